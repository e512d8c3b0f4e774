"""Calibrated speaker confidence (session 17, task C): the resolver's hand value → observed accuracy.

The resolver sets :attr:`~.resolver.SpeakerResolver.confidence` by hand (``"pronoun", 0.8``) or
from the learned ranker's softmax (``1.0 / z``); a continuation takes 0.8 × its quote's value. Those
numbers were never measured. This module maps ``(speaker_via, hand confidence)`` to the share of
such speakers that were right on the TRAIN speaker gold (``gold/speakers/genre/train.jsonl`` and
``gold/speakers/train.jsonl``, PolNeAR train; fast mode), so that ``speaker_confidence`` ≥ 0.9
keeps speakers that were right about 90 % of the time.

The table (``data/speaker_calibration.json``, rebuilt by ``scripts/build_speaker_calibration.py``)
holds, for each via, a value per confidence cell: the cell of a value ``c`` in ``[0, 1]`` is
``int(round(c, 4) * 10)`` (0 … 10: the hand values 0.5 … 1.0 each have their own cell, a softmax
value falls in its tenth; 1.0 is cell 10). Cell values are the train accuracy smoothed toward the
via's mean (additive: ``(right + k·mean) / (n + k)``), made non-decreasing in the cell within a
via (a higher hand value never means less sure), cells without train rows filled with the via's
mean kept inside its neighbours. A via the table lacks keeps its hand value.

Applied once, where the attribution is built (:mod:`saidwhat.pipeline.attribution`); the speaker
itself is never changed. Cost: one dict lookup per attribution.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

#: Session 17 (task C): ``speaker_confidence`` is the calibrated value of :func:`calibrated`.
#: Shipped OFF: fit on train, it lowers genre dev ECE (0.081 → 0.063, Brier 0.102 → 0.097) but
#: raises PolNeAR speaker dev ECE (0.032 → 0.083, Brier 0.103 → 0.119; fast mode, session 17): train
#: accuracy is optimistic (the rules were tuned on train: pronoun speakers 0.96 right on train,
#: 0.84–0.89 on dev), so a table read off train is overconfident on new text. Speakers are the same
#: on and off (checked on both dev sets).
_S17_C_CALIBRATED = False

TABLE_PATH = Path(__file__).resolve().parent / "data" / "speaker_calibration.json"


def cell(confidence: float) -> int:
    """The confidence cell 0 … 10 of a value in ``[0, 1]`` (values outside are clipped)."""
    return max(0, min(10, int(round(confidence, 4) * 10 + 1e-9)))


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[int, float]]:
    """``{via: {cell: calibrated value}}`` from :data:`TABLE_PATH` (``{}`` when it is missing)."""
    if not TABLE_PATH.is_file():
        return {}
    data = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
    return {via: {int(c): float(v) for c, v in cells.items()} for via, cells in data["table"].items()}


def calibrated(via: str | None, confidence: float | None) -> float | None:
    """The calibrated ``speaker_confidence`` for a speaker reached ``via`` with the resolver's
    ``confidence``; the value itself when the switch is off, the via is not in the table, or
    either is ``None``."""
    if not _S17_C_CALIBRATED or via is None or confidence is None:
        return confidence
    cells = _table().get(via)
    if cells is None:
        return confidence
    return cells.get(cell(confidence), confidence)
