"""Quality gate: end-to-end F1 of the engine on a fixed sample of PolNeAR dev must not drop.

Like trafilatura's CI gate: the score on a pinned sample is compared to a pinned floor, so that
lowering quality is a visible, reviewed change (edit :data:`FLOOR` in the same commit, saying why).
Scoring is :func:`saidwhat.evaluate.score.evaluate_dir` (content overlap coefficient ≥ 0.5 and
agreeing source; see that module). The sample is the first :data:`SAMPLE` documents of the dev
split in name order (one annotator per text: the first ``.ann`` file in sorted order).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from saidwhat.evaluate.score import evaluate_dir

POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"

#: Number of dev documents scored (the first ones by name).
SAMPLE = 20
#: Minimum end-to-end F1 on the sample: just under the measured score of rules + the shipped fast
#: tagger (0.701 on 2026-12-03; rules alone 0.637; see BENCHMARKS.md). Raise it with each measured
#: gain; lowering it is a reviewed change.
FLOOR = 0.69


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="PolNeAR dev split not available")
def test_end_to_end_f1_on_polnear_dev_sample_stays_above_floor() -> None:
    result = evaluate_dir(POLNEAR_DEV, limit=SAMPLE)
    assert result.documents == SAMPLE
    assert result.failed == ()
    e2e = result.end_to_end
    assert e2e.n_gold > 0
    assert e2e.f1 >= FLOOR, (f"end-to-end F1 {e2e.f1:.4f} (P {e2e.precision:.4f}, R {e2e.recall:.4f}) "
                             f"on the first {SAMPLE} PolNeAR dev documents fell below the floor {FLOOR}")
