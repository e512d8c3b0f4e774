"""Write the cue-class annotation sheet for gold/cue_classes (issue 12).

A fixed-seed sample of PolNeAR attributions (Newell et al., LREC 2018) with a cue, from one split:
one JSON line each with the cue's [start, end) character offsets into the split's text, its text,
and the content's extent, for annotators to give the cue class (rules in
gold/cue_classes/README.md). The dev sheet (``tasks.jsonl``: 440 cues, seed 12) measures the
classifier; the train sheet (``train.jsonl``: 640 cues, seed 1212) trains it
(:mod:`saidwhat.model.train_cue_class`).

Usage::

    python scripts/cue_class_tasks.py ../shared/data/polnear gold/cue_classes/tasks.jsonl [N [SPLIT [SEED]]]
    python scripts/cue_class_tasks.py ../shared/data/polnear /tmp/train_tasks.jsonl 640 train 1212
    # more train rows, none already labelled; --rare: only cues other than the commonest saying cues
    python scripts/cue_class_tasks.py ../shared/data/polnear OUT 300 train 1214 --exclude gold/cue_classes/train.jsonl [--rare]
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from saidwhat.evaluate.brat import read_corpus  # noqa: E402


# The commonest saying cues of PolNeAR train; ``--rare`` draws from the other cues only (session 5's
# 160 added train rows, seed 1213, and session 6's, seed 1215), to see more of the rarer classes.
COMMON_CUES = {"said", "says", "say", "told", "according to", ":", "added", "wrote", "tweeted", "saying",
               "tells", "adding", "also said", "has said", "said:"}


def main(polnear: str, out: str, n: int = 440, split: str = "dev", seed: int = 12,
         exclude: str | None = None, rare: bool = False) -> None:
    """Write ``n`` cue rows of ``split`` drawn with ``seed`` to ``out`` (JSONL).

    ``exclude``: a JSONL sheet whose (``doc``, ``item``) rows are never drawn again; ``rare``: draw
    only among cues whose lower-cased text is not in :data:`COMMON_CUES`.
    """
    skip = set()
    if exclude:
        for line in Path(exclude).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                skip.add((r["doc"], r["item"]))
    rows = []
    for doc in read_corpus(Path(polnear) / split):
        for i, a in enumerate(doc.attributions):
            if a.cue is None:
                continue
            rows.append({"doc": f"{split}/{doc.name}", "item": f"a{i}", "cue_start": a.cue.start_char,
                         "cue_end": a.cue.end_char, "cue_text": a.cue.text,
                         "source_text": a.source.text if a.source else None,
                         "content_start": a.content.start_char if a.content else None,
                         "content_end": a.content.end_char if a.content else None, "cue_class": None})
    rows = [r for r in rows if (r["doc"], r["item"]) not in skip
            and not (rare and r["cue_text"].strip().lower() in COMMON_CUES)]
    rng = random.Random(seed)
    sample = sorted(rng.sample(rows, min(n, len(rows))), key=lambda r: (r["doc"], r["cue_start"]))
    Path(out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample), encoding="utf-8")
    print(f"{len(sample)} of {len(rows)} {split} cues from {len({r['doc'] for r in sample})} documents")


if __name__ == "__main__":
    args = sys.argv[1:]
    exclude = None
    if "--exclude" in args:
        i = args.index("--exclude")
        exclude = args[i + 1]
        del args[i:i + 2]
    rare = "--rare" in args
    args = [a for a in args if a != "--rare"]
    main(args[0], args[1], *(int(x) for x in args[2:3]), *args[3:4], *(int(x) for x in args[4:5]),
         exclude=exclude, rare=rare)
