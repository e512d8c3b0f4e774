"""Write the cue-class annotation sheet for gold/cue_classes (issue 12).

A fixed-seed sample of PolNeAR dev attributions (Newell et al., LREC 2018) with a cue: one JSON
line each with the cue's [start, end) character offsets into the dev text, its text, and the
content's extent, for annotators to give the cue class (rules in gold/cue_classes/README.md).

Usage: python scripts/cue_class_tasks.py ../shared/data/polnear gold/cue_classes/tasks.jsonl [N]
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from saidwhat.evaluate.brat import read_corpus  # noqa: E402


def main(polnear: str, out: str, n: int = 440) -> None:
    rows = []
    for doc in read_corpus(Path(polnear) / "dev"):
        for i, a in enumerate(doc.attributions):
            if a.cue is None:
                continue
            rows.append({"doc": f"dev/{doc.name}", "item": f"a{i}", "cue_start": a.cue.start_char,
                         "cue_end": a.cue.end_char, "cue_text": a.cue.text,
                         "source_text": a.source.text if a.source else None,
                         "content_start": a.content.start_char if a.content else None,
                         "content_end": a.content.end_char if a.content else None, "cue_class": None})
    rng = random.Random(12)
    sample = sorted(rng.sample(rows, min(n, len(rows))), key=lambda r: (r["doc"], r["cue_start"]))
    Path(out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample), encoding="utf-8")
    print(f"{len(sample)} of {len(rows)} dev cues")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(x) for x in sys.argv[3:4]))
