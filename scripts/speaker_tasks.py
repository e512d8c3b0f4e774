"""Write the speaker-annotation task sheets for gold/speakers (issue 11).

For each chosen PolNeAR article (train and dev, a fixed-seed sample of articles with 4–22
attributions) one JSONL sheet lists every PolNeAR attribution (its Source, Cue and Content
offsets) plus every paragraph that opens with a quotation mark and holds no PolNeAR cue (a
candidate cue-less quote paragraph). Annotators fill ``kind`` and ``speaker`` by the rules in
gold/speakers/README.md. Offsets are [start, end) characters of the PolNeAR .txt file.

Usage: python scripts/speaker_tasks.py ../shared/data/polnear gold/speakers/tasks
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


def main(polnear: str, out: str, n_train: int = 62, n_dev: int = 45) -> None:
    outdir = Path(out)
    outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(11)
    for split, n in (("train", n_train), ("dev", n_dev)):
        hi = 22 if split == "train" else 28
        docs = [d for d in read_corpus(Path(polnear) / split) if 4 <= len(d.attributions) <= hi]
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


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
