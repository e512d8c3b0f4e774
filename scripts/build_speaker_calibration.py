"""Rebuild ``src/saidwhat/pipeline/speakers/data/speaker_calibration.json`` (session 17, task C).

Runs the engine (fast mode, calibration switched off so the resolver's hand values are read) on
the TRAIN speaker gold only: ``gold/speakers/genre/train.jsonl`` and ``gold/speakers/train.jsonl``
(PolNeAR train texts, ``--polnear``). Each found gold row whose prediction has a speaker gives
``(speaker_via, hand confidence, right)``; :func:`fit` turns them into the table that
:mod:`saidwhat.pipeline.speakers.calibration` reads. Dev gold is never read.

    .venv/bin/python scripts/build_speaker_calibration.py --polnear /work/shared/data/polnear

About 5 minutes on one core.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ("gold/speakers/genre/train.jsonl", "gold/speakers/train.jsonl")
#: additive smoothing: a cell counts as ``K`` pseudo-rows at its via's mean (a via, at the global mean); 30 chosen
#: on train alone (fit on the genre part, scored on the PolNeAR part and the other way: lowest ECE and Brier both
#: ways among 1, 3, 10, 30, 100)
K = 30.0


def _pav(values: list[float], weights: list[float]) -> list[float]:
    """Weighted pool-adjacent-violators: the non-decreasing sequence closest to ``values``."""
    blocks: list[list[float]] = []  # [value, weight, count]
    for v, w in zip(values, weights):
        blocks.append([v, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            v2, w2, c2 = blocks.pop()
            v1, w1, c1 = blocks.pop()
            blocks.append([(v1 * w1 + v2 * w2) / (w1 + w2), w1 + w2, c1 + c2])
    return [v for v, _, c in blocks for _ in range(c)]


def fit(rows: list[tuple[float, bool, str | None]], k: float = K) -> dict:
    """The calibration table of ``rows`` (``(hand confidence, right, via)``, one per found gold row).

    Returns ``{"table": {via: {cell: value}}, "counts": {via: {cell: [right, n]}}, "via_mean": {via:
    value}, "global": value}``; cells as :func:`saidwhat.pipeline.speakers.calibration.cell`. A cell's
    value is ``(right + k * via_mean) / (n + k)``; a via's mean is itself smoothed toward the global
    accuracy (``(right_v + k * global) / (n_v + k)``); the cells of a via are then made
    non-decreasing (weighted PAV, weights ``n + k``), and the cells 0 … 10 without rows get the via's
    mean clipped between the nearest filled cells below and above (so the table stays monotone).
    Values rounded to 4 decimals.
    """
    from saidwhat.pipeline.speakers.calibration import cell

    counts: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for conf, ok, via in rows:
        if via is None:
            continue
        c = counts[via][cell(conf)]
        c[0] += bool(ok)
        c[1] += 1
    right = sum(r for v in counts.values() for r, _ in v.values())
    n = sum(m for v in counts.values() for _, m in v.values())
    glob = right / n if n else 0.0
    table, via_mean = {}, {}
    for via, cells in sorted(counts.items()):
        rv, nv = sum(r for r, _ in cells.values()), sum(m for _, m in cells.values())
        mean = (rv + k * glob) / (nv + k)
        keys = sorted(cells)
        vals = _pav([(cells[c][0] + k * mean) / (cells[c][1] + k) for c in keys], [cells[c][1] + k for c in keys])
        filled = dict(zip(keys, vals))
        out = {}
        for c in range(11):
            if c in filled:
                out[c] = filled[c]
            else:
                lo = max((filled[x] for x in keys if x < c), default=0.0)
                hi = min((filled[x] for x in keys if x > c), default=1.0)
                out[c] = min(max(mean, lo), hi)
        table[via] = {str(c): round(v, 4) for c, v in out.items()}
        via_mean[via] = round(mean, 4)
    return {"table": table, "counts": {v: {str(c): cells[c] for c in sorted(cells)} for v, cells in sorted(counts.items())},
            "via_mean": via_mean, "global": round(glob, 4)}


def train_rows(polnear: Path) -> tuple[list[tuple[float, bool, str | None]], dict]:
    """Run the engine (fast, calibration off) on the TRAIN gold; the rows and per-file counts."""
    from saidwhat.evaluate.speakers import evaluate_speakers
    from saidwhat.pipeline.speakers import calibration

    calibration._S17_C_CALIBRATED = False
    rows, files = [], {}
    for rel in TRAIN:
        path = ROOT / rel
        r = evaluate_speakers(path, polnear, mode="fast")
        rows += r.conf_rows
        files[rel] = {"sha256": hashlib.sha256(path.read_bytes()).hexdigest()[:16], "documents": r.documents,
                      "found_rows_with_confidence": len(r.conf_rows), "right": sum(ok for _, ok, _ in r.conf_rows)}
    return rows, files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", type=Path, default=Path("/work/shared/data/polnear"))
    ap.add_argument("--out", type=Path, default=ROOT / "src/saidwhat/pipeline/speakers/data/speaker_calibration.json")
    a = ap.parse_args()
    rows, files = train_rows(a.polnear)
    table = fit(rows)
    data = {"provenance": {"built_by": "scripts/build_speaker_calibration.py", "date": datetime.date.today().isoformat(),
                           "mode": "fast", "gold": files, "rows": len(rows), "smoothing_k": K,
                           "note": "train gold only; key: speaker_via and cell int(round(hand confidence, 4) * 10)"},
            **table}
    a.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{a.out}: {len(rows)} rows, {len(table['table'])} vias")


if __name__ == "__main__":
    main()
