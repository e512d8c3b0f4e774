"""Speaker accuracy and who-said-what F1 under plain-text layouts (session 10).

Usage: python benchmarks/bench_layout.py [--speakers gold/speakers/genre/train.jsonl] [--mode fast]
                                          [--layouts original,wrap,lines,crlf,indent,wrap-indent]

Each gold text is rewritten in one layout, the gold offsets are carried over to the new text
(``[start, end)`` characters; a layout that changes the length maps every offset through the
edit), and the rewritten article is scored as ``saidwhat evaluate --speakers`` scores it. Layouts:

- ``original``: the text as stored (blank line between paragraphs);
- ``wrap``: each line greedily hard-wrapped at a width of 64–78 columns (a space becomes a line
  break; the width is fixed per document by its name), blank lines kept: plain-text wire archives
  and e-mail copies;
- ``lines``: one paragraph per line, a single ``"\\n"`` between paragraphs (no blank line);
- ``crlf``: every ``"\\n"`` becomes ``"\\r\\n"``;
- ``indent``: one paragraph per line, each indented by four spaces;
- ``wrap-indent``: hard-wrapped as ``wrap``, no blank line between paragraphs, the first line of
  each paragraph indented by four spaces (classic typed plain text).

Prints one markdown table row per layout: found (gold rows with a paired prediction), right,
accuracy, who-said-what P/R/F1. Genre train takes about 10 s a layout in fast mode.
"""
from __future__ import annotations

import argparse
import re
import zlib
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"

Mapped = tuple[str, list[int]]  # new text, new offset of every old offset 0..len(old)


def _sub(pattern: str, repl: Callable[[re.Match], str], text: str) -> Mapped:
    """``re.sub`` that also returns where each old offset lands: a character outside any match
    moves by the length change so far; inside a match, offsets map into the replacement (clamped)."""
    out: list[str] = []
    pos = [0] * (len(text) + 1)
    last = shift = 0
    for m in re.finditer(pattern, text):
        for i in range(last, m.start()):
            pos[i] = i + shift
        new = repl(m)
        for k, i in enumerate(range(m.start(), m.end())):
            pos[i] = m.start() + shift + min(k, len(new))
        out.append(text[last:m.start()])
        out.append(new)
        shift += len(new) - (m.end() - m.start())
        last = m.end()
    for i in range(last, len(text) + 1):
        pos[i] = i + shift
    out.append(text[last:])
    return "".join(out), pos


def _compose(a: Mapped, b: Mapped) -> Mapped:
    return b[0], [b[1][p] for p in a[1]]


def _wrap_width(name: str) -> int:
    return 64 + zlib.crc32(name.encode()) % 15


def wrap(text: str, name: str, indent: str = "") -> Mapped:
    """Greedy hard wrap of every line at the document's width (spaces become line breaks)."""
    width = _wrap_width(name)
    chars = list(text)
    col = 0
    last_space = -1
    for i, c in enumerate(chars):
        if c == "\n":
            col, last_space = 0, -1
            continue
        col += 1
        if c == " ":
            last_space = i
        if col > width and last_space >= 0:
            chars[last_space] = "\n"
            col = i - last_space
            last_space = -1
    return "".join(chars), list(range(len(text) + 1))


LAYOUTS: dict[str, Callable[[str, str], Mapped]] = {
    "original": lambda t, n: (t, list(range(len(t) + 1))),
    "wrap": wrap,
    "lines": lambda t, n: _sub(r"\n(?:[ \t]*\n)+", lambda m: "\n", t),
    "crlf": lambda t, n: _sub(r"\n", lambda m: "\r\n", t),
    "indent": lambda t, n: _sub(r"\n(?:[ \t]*\n)+", lambda m: "\n    ", t),
    "wrap-indent": lambda t, n: _compose(wrap(t, n), _sub(r"\n(?:[ \t]*\n)+", lambda m: "\n    ", wrap(t, n)[0])),
}


def rewritten(gold_path: Path, rewrite: Callable[[str, str], Mapped]):
    """Yield ``(doc, new_text, rows)`` for each document of the speaker gold ``gold_path``: its text
    rewritten by ``rewrite(text, name)`` and its gold rows with every ``[start, end)`` offset carried
    over to the new text (shared with ``bench_noise.py``)."""
    from saidwhat.evaluate.speakers import read_gold

    by_doc = defaultdict(list)
    for g in read_gold(gold_path):
        by_doc[g.doc].append(g)
    for doc in sorted(by_doc):
        split, name = doc.split("/", 1)
        path = gold_path.parent / split / "text" / f"{name}.txt"
        if not path.is_file():
            path = POLNEAR / split / "text" / f"{name}.txt"
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        new, pos = rewrite(text, name)
        yield doc, new, [replace(g, source=g.source and (pos[g.source[0]], pos[g.source[1]]),
                                 content=g.content and (pos[g.content[0]], pos[g.content[1]])) for g in by_doc[doc]]


def run(gold_path: Path, layout: str, mode: str) -> dict:
    from saidwhat import extract
    from saidwhat.evaluate.speakers import SpeakerResult, score_article

    result = SpeakerResult()
    for _doc, new, rows in rewritten(gold_path, LAYOUTS[layout]):
        score_article(result, new, rows, extract(new, mode=mode))
    o = result.overall
    return {"layout": layout, "right": o.right, "found": o.found, "total": o.total, "accuracy": o.accuracy,
            "p": result.precision, "r": result.recall, "f1": result.f1}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--speakers", default=str(ROOT / "gold" / "speakers" / "genre" / "train.jsonl"))
    ap.add_argument("--mode", default="fast")
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    args = ap.parse_args()
    print(f"{args.speakers}, mode {args.mode}\n")
    print("| layout | right/found | accuracy | found/gold | who-said-what P | R | F1 |")
    print("|---|---|---|---|---|---|---|")
    for layout in args.layouts.split(","):
        r = run(Path(args.speakers), layout, args.mode)
        print(f"| {layout} | {r['right']}/{r['found']} | {r['accuracy']:.3f} | {r['found']}/{r['total']} | "
              f"{r['p']:.3f} | {r['r']:.3f} | {r['f1']:.3f} |", flush=True)


if __name__ == "__main__":
    main()
