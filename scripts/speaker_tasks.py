"""Write the speaker-annotation task sheets for gold/speakers (issue 11).

For each chosen PolNeAR article (train and dev, a fixed-seed sample of articles with 4–22
attributions) one JSONL sheet lists every PolNeAR attribution (its Source, Cue and Content
offsets) plus every paragraph that opens with a quotation mark and holds no PolNeAR cue (a
candidate cue-less quote paragraph). Annotators fill ``kind`` and ``speaker`` by the rules in
gold/speakers/README.md. Offsets are [start, end) characters of the PolNeAR .txt file.

Usage: python scripts/speaker_tasks.py ../shared/data/polnear gold/speakers/tasks

More train articles later (session 6: 39 articles, seed 16), none with a sheet in OUT already::

    python scripts/speaker_tasks.py ../shared/data/polnear gold/speakers/tasks --more 39 16

The cue-less quote paragraphs of a whole split, as one sheet (session 7)::

    python scripts/speaker_tasks.py ../shared/data/polnear gold/speakers/tasks --cueless dev
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from saidwhat.evaluate.brat import read_corpus  # noqa: E402

QUOTE_OPEN = "\"“‘'«"


def main(polnear: str, out: str, n_train: int = 62, n_dev: int = 45, seed: int = 11,
         more: bool = False) -> list[str]:
    """Write one sheet per sampled article to ``out``; return the sheet names written.

    ``more``: sample ``n_train`` train articles (seed ``seed``) among those with no sheet in
    ``out`` yet, and no dev articles.
    """
    outdir = Path(out)
    outdir.mkdir(parents=True, exist_ok=True)
    have = {f.name for f in outdir.glob("*.jsonl")}
    written = []
    rng = random.Random(seed)
    for split, n in (("train", n_train), ("dev", 0 if more else n_dev)):
        if n == 0:
            continue
        hi = 22 if split == "train" else 28
        docs = [d for d in read_corpus(Path(polnear) / split) if 4 <= len(d.attributions) <= hi
                and not (more and f"{split}__{d.name}.jsonl" in have)]
        docs.sort(key=lambda d: d.name)
        for doc in sorted(rng.sample(docs, min(n, len(docs))), key=lambda d: d.name):
            rows = []
            for i, a in enumerate(doc.attributions):
                src = a.source
                row = {"doc": f"{split}/{doc.name}", "item": f"a{i}", "kind": None, "speaker": None,
                       "source_start": src.start_char if src else None, "source_end": src.end_char if src else None,
                       "source_text": src.text if src else None,
                       "cue_text": a.cue.text if a.cue else None,
                       "content_start": a.content.start_char if a.content else None,
                       "content_end": a.content.end_char if a.content else None,
                       "content_head": (a.content.text[:90] if a.content else None)}
                rows.append(row)
            rows.extend(cueless_paragraphs(doc, split))
            (outdir / f"{split}__{doc.name}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            written.append(f"{split}__{doc.name}.jsonl")
    return written


def cueless_paragraphs(doc, split: str) -> list[dict]:
    """Candidate cue-less quote paragraphs of one PolNeAR document, as sheet rows (``kind``
    ``cueless_quote``, ``speaker`` to fill).

    A candidate is a paragraph (a maximal run of non-newline characters) that opens with a
    quotation mark, holds no PolNeAR cue, and is not already the Content of a PolNeAR
    attribution (more than half of it inside one: the quote after "Caddell continued:" or
    "He said:" is that attribution's content, not a cue-less quote; sessions 1-6 listed those
    too, and the scorer could never count them found, since the engine's match went to the
    attribution's own row).
    """
    cues = [(a.cue.start_char, a.cue.end_char) for a in doc.attributions if a.cue]
    contents = [(a.content.start_char, a.content.end_char) for a in doc.attributions if a.content]
    rows = []
    for m in re.finditer(r"[^\n]+", doc.text):
        para = m.group(0).strip()
        if not para or para[0] not in QUOTE_OPEN:
            continue
        s, e = m.start(), m.end()
        if any(s <= c < e for c, _ in cues):
            continue
        if any(min(e, ce) - max(s, cs) > (e - s) / 2 for cs, ce in contents):
            continue
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        rows.append({"doc": f"{split}/{doc.name}", "item": f"q{s}", "kind": "cueless_quote",
                     "speaker": None, "source_start": None, "source_end": None, "source_text": None,
                     "cue_text": None, "content_start": s + lead, "content_end": e,
                     "content_head": para[:90]})
    return rows


def cueless_sheet(polnear: str, out: str, split: str) -> Path:
    """Write ``OUT/cueless__SPLIT.jsonl``: the candidate cue-less quote paragraphs of every
    article of ``split`` (one sheet; the speaker gold's cue-less part, issue 11)."""
    rows = [r for d in sorted(read_corpus(Path(polnear) / split), key=lambda d: d.name)
            for r in cueless_paragraphs(d, split)]
    path = Path(out) / f"cueless__{split}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


if __name__ == "__main__":
    if "--cueless" in sys.argv:
        names = [str(cueless_sheet(sys.argv[1], sys.argv[2], sys.argv[sys.argv.index("--cueless") + 1]))]
    elif "--more" in sys.argv:
        i = sys.argv.index("--more")
        names = main(sys.argv[1], sys.argv[2], int(sys.argv[i + 1]), 0, int(sys.argv[i + 2]), more=True)
    else:
        names = main(sys.argv[1], sys.argv[2])
    print("\n".join(names))
