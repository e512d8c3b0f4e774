"""Speaker resolution: its share of the pipeline's time and its accuracy per design (issue 11).

Usage: python benchmarks/bench_speakers.py [--docs 40] [--mode fast] [--designs]

``--designs`` also scores each resolver design on ``gold/speakers/dev.jsonl`` (engine level):
``learned`` (the shipped ranker, ``model/weights/coref.json``), ``rules-scorer`` (the same features
with the hand-set weights of ``saidwhat.model.train_coref.RULE_WEIGHTS``) and ``no-ranker`` (the
rule cascade of the ``pipeline/speakers`` package alone, with this session's class rules).

Time: every PolNeAR dev text (the first --docs by name) is extracted once to warm up, then again
with the resolver's work (``SpeakerResolver.__init__`` + ``resolve``, which builds the candidate
clusters and ranks them) timed inside the run; the share is that time over the whole extraction.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import saidwhat
from saidwhat.pipeline import speakers as S

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--mode", default="fast")
    ap.add_argument("--designs", action="store_true")
    args = ap.parse_args()
    if args.designs:
        designs(args.mode)
    texts = [p.read_text(encoding="utf-8") for p in sorted((POLNEAR / "dev" / "text").glob("*.txt"))[:args.docs]]
    spent = [0.0]

    def timed(fn):
        def wrap(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[0] += time.perf_counter() - t
        return wrap

    for t in texts[:3]:
        saidwhat.extract(t, mode=args.mode)
    S.SpeakerResolver.__init__ = timed(S.SpeakerResolver.__init__)
    S.SpeakerResolver.resolve = timed(S.SpeakerResolver.resolve)
    t0 = time.perf_counter()
    words = 0
    for t in texts:
        saidwhat.extract(t, mode=args.mode)
        words += len(t.split())
    total = time.perf_counter() - t0
    print(f"{len(texts)} docs, {words} words, mode {args.mode}: total {total:.2f} s, speaker resolution "
          f"{spent[0]:.3f} s = {100 * spent[0] / total:.1f} % of the pipeline")


def designs(mode: str) -> None:
    from saidwhat.evaluate.speakers import evaluate_speakers
    from saidwhat.model.train_coref import RULE_WEIGHTS
    from saidwhat.pipeline import coref

    gold = Path(__file__).resolve().parents[1] / "gold" / "speakers" / "dev.jsonl"
    shipped = coref.load_ranker()
    for name, ranker in (("learned", shipped), ("rules-scorer", coref.Ranker(RULE_WEIGHTS)), ("no-ranker", None)):
        S.load_ranker = lambda r=ranker: r
        r = evaluate_speakers(gold, POLNEAR, mode=mode)
        g = {k: round(r.group(k).accuracy, 3) for k in ("pronoun", "nominal", "org_description", "full name",
                                                        "not a full name")}
        print(f"{name:13s} accuracy {r.overall.accuracy:.3f} (found {r.overall.found})  who-said-what P "
              f"{r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f}  {g}")
    S.load_ranker = coref.load_ranker


if __name__ == "__main__":
    main()
