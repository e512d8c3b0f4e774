"""What cue classification costs inside the fast pipeline (issue 12: must stay under 2 %).

Runs ``saidwhat.extract(mode="fast")`` on the first N PolNeAR dev texts (sorted by name) and
times every call of the cue-class function the attribution stage makes (features + the learned
model, or the lexicon alone with ``--lexicon``), against the whole extraction's CPU time.

Usage: python benchmarks/bench_cue_class.py [--polnear ../shared/data/polnear] [--docs 20] [--lexicon]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import saidwhat
from saidwhat.pipeline import attribution, cue_class

from _machine import cpu_model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", type=Path, default=Path("../shared/data/polnear"))
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--lexicon", action="store_true", help="time the lexicon alone (no learned model)")
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((args.polnear / "dev" / "text").glob("*.txt"))[:args.docs]]
    inner = cue_class.lexicon_class if args.lexicon else cue_class.classify
    spent = [0.0, 0]

    def timed(*a, **kw):
        t = time.process_time()
        try:
            return inner(*a, **kw)
        finally:
            spent[0] += time.process_time() - t
            spent[1] += 1

    attribution.cue_class_of = timed
    saidwhat.extract(texts[0], mode="fast")  # load the pipeline and the weights outside the timing
    spent[:] = [0.0, 0]
    t0 = time.process_time()
    for text in texts:
        saidwhat.extract(text, mode="fast")
    total = time.process_time() - t0
    print(f"{cpu_model()}; {len(texts)} dev texts, fast mode, {'lexicon' if args.lexicon else 'classifier'}: "
          f"extract {total:.2f} CPU s, cue classes {spent[0] * 1000:.1f} ms for {spent[1]} attributions "
          f"({spent[0] / total:.2%} of the pipeline, {spent[0] / max(spent[1], 1) * 1e6:.0f} µs each)")


if __name__ == "__main__":
    main()
