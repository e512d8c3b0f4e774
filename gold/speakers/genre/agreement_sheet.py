"""Blind sheet for the second annotation of the genre dev half (issue 11, session 7).

Picks 60 rows of ``dev.jsonl`` with ``random.Random(7).sample`` over the rows (file order) and
writes them without ``kind``, ``speaker``, ``speaker_type``, ``aliases`` or ``note``, so that a
second annotator labels them from the text and ``../README.md`` alone.

Usage: python gold/speakers/genre/agreement_sheet.py OUT.jsonl [DEV.jsonl]

The session-7 sample was drawn from the 335-row ``dev.jsonl`` of commit 3ba2396 (before the
adjudication added two rows); to redraw it, pass that file as DEV.jsonl
(``git show 3ba2396:gold/speakers/genre/dev.jsonl > /tmp/dev.jsonl``).
"""
import json
import random
import sys
from pathlib import Path

KEEP = ("doc", "item", "source_start", "source_end", "source_text", "cue_text",
        "content_start", "content_end", "content_head")


def main(out: str, dev: str | None = None) -> None:
    path = Path(dev) if dev else Path(__file__).parent / "dev.jsonl"
    rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    pick = random.Random(7).sample(rows, 60)
    with open(out, "w", encoding="utf-8") as f:
        for r in pick:
            f.write(json.dumps({k: r.get(k) for k in KEEP}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
