"""Speed of the input side (not a test): layout regions, byte decoding and HTML extraction.

Times, on this machine, in one process:

- :func:`saidwhat.article.structure.detect_regions` over every PolNeAR train+dev text (the real
  case: it runs on every article) and over a 50,000-line synthetic text (the linear-time check);
- :func:`saidwhat.article.encoding.decode_bytes` on UTF-8, Windows-1252 and mojibake copies of
  the seed article;
- :func:`saidwhat.article.html.html_to_text` on the seed article wrapped in HTML.

Usage::

    .venv/bin/python benchmarks/bench_input.py [--repeat 3] [--write]

``--write`` replaces this benchmark's section of ``BENCHMARKS.md`` (between its markers; appended
under an "Input side" heading the first time).
"""

from __future__ import annotations

import argparse
import glob
import html
import os
import platform
import time
from datetime import datetime, timezone
from pathlib import Path

from saidwhat.article.encoding import decode_bytes
from saidwhat.article.html import html_to_text
from saidwhat.article.structure import detect_regions

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "examples" / "assad-us-troops.txt"
BENCHMARKS_MD = REPO / "BENCHMARKS.md"
START, END = "<!-- bench_input:start -->", "<!-- bench_input:end -->"


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()

    rows: list[tuple[str, str, str]] = []
    paths = sorted(glob.glob(str(SHARED / "data" / "polnear" / "train" / "text" / "*.txt")))
    paths += sorted(glob.glob(str(SHARED / "data" / "polnear" / "dev" / "text" / "*.txt")))
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    if texts:
        chars = sum(map(len, texts))
        t = best_of(args.repeat, lambda: [detect_regions(x) for x in texts])
        rows.append(("detect_regions, PolNeAR train+dev", f"{len(texts)} texts, {chars:,} chars",
                     f"{t:.2f} s = {len(texts) / t:,.0f} articles/s, {chars / t / 1e6:.1f} M chars/s"))
    many = "Headline\n\n" + "\n".join(f"Line {i} of the text said something." for i in range(50_000))
    t = best_of(args.repeat, lambda: detect_regions(many))
    rows.append(("detect_regions, one text of 50,000 lines", f"{len(many):,} chars", f"{t:.2f} s"))

    seed = SEED.read_text(encoding="utf-8")
    variants = {
        "UTF-8": seed.encode("utf-8"),
        "Windows-1252": seed.encode("cp1252", "replace"),
        "mojibake (UTF-8 read as cp1252)": seed.encode("utf-8").decode("cp1252", "replace").encode("utf-8"),
    }
    for label, data in variants.items():
        n = 20
        t = best_of(args.repeat, lambda: [decode_bytes(data) for _ in range(n)]) / n
        rows.append((f"decode_bytes, seed article as {label}", f"{len(data):,} bytes", f"{t * 1000:.2f} ms"))
    page = "<html><head><title>Assad</title></head><body><article>" + "".join(
        f"<p>{html.escape(p)}</p>" for p in seed.split("\n") if p.strip()) + "</article></body></html>"
    n = 10
    t = best_of(args.repeat, lambda: [html_to_text(page) for _ in range(n)]) / n
    rows.append(("html_to_text, seed article as HTML", f"{len(page):,} chars", f"{t * 1000:.1f} ms"))

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs (shared; load average {load} at the end), Python {platform.python_version()}"
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [START, f"Machine: {machine}; {when}; best of {args.repeat}; run `.venv/bin/python benchmarks/bench_input.py --write`.", "",
             "| what | input | time |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    lines.append(END)
    block = "\n".join(lines)
    print(block)
    if args.write:
        md = BENCHMARKS_MD.read_text(encoding="utf-8") if BENCHMARKS_MD.exists() else "# Benchmarks\n"
        if START in md and END in md:
            md = md[: md.index(START)] + block + md[md.index(END) + len(END):]
        else:
            md = md.rstrip("\n") + "\n\n## Input side (layout, decoding, HTML)\n\n" + block + "\n"
        BENCHMARKS_MD.write_text(md, encoding="utf-8")


if __name__ == "__main__":
    main()
