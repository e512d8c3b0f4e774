"""Write the speaker-annotation task sheets for gold/speakers (issue 11).

For each chosen PolNeAR article (train and dev, a fixed-seed sample of articles with 4–22
attributions) one JSONL sheet lists every PolNeAR attribution (its Source, Cue and Content
offsets) plus every paragraph that opens with a quotation mark and holds no PolNeAR cue (a
candidate cue-less quote paragraph). Annotators fill ``kind`` and ``speaker`` by the rules in
gold/speakers/README.md. Offsets are [start, end) characters of the PolNeAR .txt file.

Usage: python scripts/speaker_tasks.py ../shared/data/polnear gold/speakers/tasks

More train articles later (session 6: 39 articles, seed 16), none with a sheet in OUT already::

    python scripts/speaker_tasks.py ../shared/data/polnear gold/speakers/tasks --more 39 16
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
            cues = []
            for i, a in enumerate(doc.attributions):
                src = a.source
                row = {"doc": f"{split}/{doc.name}", "item": f"a{i}", "kind": None, "speaker": None,
                       "source_start": src.start_char if src else None, "source_end": src.end_char if src else None,
                       "source_text": src.text if src else None,
                       "cue_text": a.cue.text if a.cue else None,
                       "content_start": a.content.start_char if a.content else None,
                       "content_end": a.content.end_char if a.content else None,
                       "content_head": (a.content.text[:90] if a.content else None)}
                if a.cue:
                    cues.append((a.cue.start_char, a.cue.end_char))
                rows.append(row)
            for m in re.finditer(r"[^\n]+", doc.text):
                para = m.group(0).strip()
                if not para or para[0] not in QUOTE_OPEN:
                    continue
                if any(m.start() <= s < m.end() for s, _ in cues):
                    continue
                lead = len(m.group(0)) - len(m.group(0).lstrip())
                rows.append({"doc": f"{split}/{doc.name}", "item": f"q{m.start()}", "kind": "cueless_quote",
                             "speaker": None, "source_start": None, "source_end": None, "source_text": None,
                             "cue_text": None, "content_start": m.start() + lead, "content_end": m.end(),
                             "content_head": para[:90]})
            (outdir / f"{split}__{doc.name}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            written.append(f"{split}__{doc.name}.jsonl")
    return written


if __name__ == "__main__":
    if "--more" in sys.argv:
        i = sys.argv.index("--more")
        names = main(sys.argv[1], sys.argv[2], int(sys.argv[i + 1]), 0, int(sys.argv[i + 2]), more=True)
    else:
        names = main(sys.argv[1], sys.argv[2])
    print("\n".join(names))
