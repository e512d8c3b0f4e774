"""Corpus ingest throughput: ``saidwhat.corpus.ingest`` on the PolNeAR train+dev texts.

For each number of processes (default 1 and 2), in a fresh Python process and a fresh database:
the spaCy pipeline is loaded first (not timed), then ``ingest([train/text, dev/text], db=...,
processes=N)`` is timed. Reported: articles/s and words/s (words = ``\\w+`` tokens of the ingested
texts) by wall clock, CPU seconds (the process and its extraction workers), peak RSS of the main
process and of the largest worker, and where the time went: ``read`` (reading, decoding and
hashing inputs, checking the store for known texts), ``store`` (writing articles, speakers,
entities, attributions and the FTS index, one transaction per article) and the rest, which is
extraction (and, with several processes, waiting for the workers). The share of time spent
outside extraction is ``(read + store) / wall``; the store overhead is ``store / (wall - read -
store)``. Then a re-run on the same database is timed (it must add nothing).

Usage::

    .venv/bin/python benchmarks/bench_ingest.py                 # 924 articles, 1 and 2 processes
    .venv/bin/python benchmarks/bench_ingest.py --limit 40      # a quick look
    .venv/bin/python benchmarks/bench_ingest.py --write         # also update BENCHMARKS.md

A measurement, not a test: nothing here asserts a speed. On a shared machine, run it alone.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _machine import cpu_model  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
BENCHMARKS_MD = ROOT / "BENCHMARKS.md"
START, END = "<!-- bench_ingest:start -->", "<!-- bench_ingest:end -->"


def one_run(paths: list[str], processes: int, db: str, mode: str | None) -> dict[str, Any]:
    """Run in a child process: load the pipeline, ingest, return the measures."""
    import saidwhat
    from saidwhat.config import Config
    from saidwhat.corpus.ingest import ingest

    cfg = Config.from_env(mode=mode)
    saidwhat.load(config=cfg)  # model load is not part of ingest throughput
    ru0, ruc0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    s = ingest(paths, db=db, processes=processes, progress=False, config=cfg)
    ru1, ruc1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    # acceptance: the JSONL and WARC files the tests generate (each with one corrupt record) go
    # into the same database; then everything again, which must add nothing
    sys.path.insert(0, str(ROOT / "tests"))
    from test_corpus_ingest import make_corpus

    extras = Path(db).with_suffix(".extras")
    make_corpus(extras, n_txt=0)
    x = ingest([extras], db=db, processes=processes, progress=False, config=cfg)
    t = time.perf_counter()
    again = ingest([*paths, extras], db=db, processes=processes, progress=False, config=cfg)
    rerun_s = time.perf_counter() - t
    extract_s = max(s.seconds - s.read_seconds - s.store_seconds, 1e-9)
    return {
        "processes": processes, "ingested": s.ingested, "rejected": s.n_rejected, "words": s.words,
        "wall_s": s.seconds, "articles_per_s": s.ingested / s.seconds, "words_per_s": s.words / s.seconds,
        "cpu_main_s": (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime),
        "cpu_workers_s": (ruc1.ru_utime + ruc1.ru_stime) - (ruc0.ru_utime + ruc0.ru_stime),
        "peak_rss_main_mib": ru1.ru_maxrss / 1024, "peak_rss_worker_mib": ruc1.ru_maxrss / 1024,
        "read_s": s.read_seconds, "store_s": s.store_seconds, "extract_s": extract_s,
        "outside_share": (s.read_seconds + s.store_seconds) / s.seconds, "store_overhead": s.store_seconds / extract_s,
        "present_in_first_run": s.already_present, "extras_ingested": x.ingested, "extras_rejected": x.rejected,
        "rerun_s": rerun_s, "rerun_ingested": again.ingested, "rerun_present": again.already_present,
        "rerun_rejected": again.rejected,
        "db_mib": sum(Path(db + x).stat().st_size for x in ("", "-wal") if Path(db + x).exists()) / 2**20,
    }


def markdown(results: list[dict[str, Any]], n_paths: str, mode: str) -> str:
    load = os.getloadavg()
    lines = [
        "## Corpus ingest",
        "",
        f"`benchmarks/bench_ingest.py`: `saidwhat ingest` of {n_paths} into a new SQLite database, mode `{mode}`, "
        f"model loaded before timing. {_dt.datetime.now(_dt.timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs "
        f"({cpu_model()}), load average before the run {load[0]:.2f}, Python {platform.python_version()}.",
        "",
        "| processes | articles | articles/s | words/s | wall s | CPU s (main + workers) | peak RSS main / worker MiB "
        "| read s | store s | outside extraction | store / extraction | articles per CPU-s | re-run |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['processes']} | {r['ingested']} | {r['articles_per_s']:.2f} | {r['words_per_s']:,.0f} | {r['wall_s']:.1f} "
            f"| {r['cpu_main_s']:.0f} + {r['cpu_workers_s']:.0f} | {r['peak_rss_main_mib']:.0f} / {r['peak_rss_worker_mib']:.0f} "
            f"| {r['read_s']:.2f} | {r['store_s']:.2f} | {r['outside_share']:.1%} | {r['store_overhead']:.1%} "
            f"| {r['ingested'] / max(r['cpu_main_s'] + r['cpu_workers_s'], 1e-9):.2f} "
            f"| {r['rerun_ingested']} added, {r['rerun_present']} present, {r['rerun_s']:.1f} s |")
    if len(results) >= 2:
        base = results[0]
        for r in results[1:]:
            lines.append("")
            lines.append(f"Speed-up with {r['processes']} processes: {r['articles_per_s'] / base['articles_per_s']:.2f}x "
                         f"(target >= 1.6x). Database size: {results[-1]['db_mib']:.1f} MiB.")
    r = results[0]
    lines += ["", f"Acceptance (each run): then the JSONL and WARC files the tests generate (`make_corpus` in "
              f"`tests/test_corpus_ingest.py`, each with one corrupt record) into the same database: "
              f"{r['extras_ingested']} ingested, rejected {r['extras_rejected']}; "
              f"then everything again (re-run column): nothing added, {r['rerun_present']} present, rejected "
              f"{r['rerun_rejected']}. Texts repeated within PolNeAR in the first run: {r['present_in_first_run']}.",
              "", "The store writes one transaction per article (WAL, synchronous=NORMAL); `read` covers reading, "
              "decoding and hashing the inputs and checking the store for each text."]
    return "\n".join(lines) + "\n"


def write_section(text: str) -> None:
    block = f"{START}\n{text}{END}\n"
    old = BENCHMARKS_MD.read_text(encoding="utf-8") if BENCHMARKS_MD.exists() else "# Benchmarks\n"
    if START in old and END in old:
        new = old[: old.index(START)] + block + old[old.index(END) + len(END) + 1:]
    else:
        new = old.rstrip("\n") + "\n\n" + block
    BENCHMARKS_MD.write_text(new, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=POLNEAR, help="PolNeAR folder (train/text and dev/text are read)")
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--limit", type=int, default=None, help="only the first N texts (copied to a temporary folder)")
    ap.add_argument("--mode", default="accurate")
    ap.add_argument("--write", action="store_true", help="update the section in BENCHMARKS.md")
    ap.add_argument("--child", nargs=3, metavar=("PROCESSES", "DB", "PATHS_JSON"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        res = one_run(json.loads(args.child[2]), int(args.child[0]), args.child[1], args.mode)
        print("RESULT " + json.dumps(res))
        return
    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        paths = [str(args.data / "train" / "text"), str(args.data / "dev" / "text")]
        what = "the PolNeAR train+dev texts"
        if args.limit:
            sample = Path(tmp) / "sample"
            sample.mkdir()
            files = sorted(Path(paths[0]).glob("*.txt")) + sorted(Path(paths[1]).glob("*.txt"))
            for f in files[: args.limit]:
                shutil.copy(f, sample / f.name)
            paths, what = [str(sample)], f"the first {args.limit} PolNeAR train+dev texts"
        results = []
        for n in args.processes:
            db = str(Path(tmp) / f"bench-{n}.db")
            out = subprocess.run([sys.executable, __file__, "--mode", args.mode, "--child", str(n), db, json.dumps(paths)],
                                 capture_output=True, text=True, check=False)
            line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
            if line is None:
                sys.exit(f"run with {n} processes failed:\n{out.stderr[-3000:]}")
            results.append(json.loads(line[7:]))
            print(json.dumps(results[-1]), file=sys.stderr)
        r0 = results[0]
        text = markdown(results, f"{what} ({r0['ingested'] + r0['present_in_first_run']} files, "
                                 f"{r0['ingested']} distinct texts)", args.mode)
    print(text)
    if args.write:
        write_section(text)


if __name__ == "__main__":
    main()
