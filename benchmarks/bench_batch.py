"""Batch throughput: ``saidwhat batch`` on a LocalCluster with 1 and 2 worker processes.

A CC-NEWS-shaped archive (``make_ccnews_fixture.py``: PolNeAR train texts as news pages in gzip
WARC shards, with its few corrupt records) is made once; then, for each number of workers, in turn
and into a fresh output folder, :func:`saidwhat.batch.run.run_batch` runs on a new LocalCluster
(one thread per worker). Start-up (cluster, pipeline loaded on each worker by the plugin) is timed
apart; the throughput is over the run itself, from the first task submitted to the last shard
finished, and covers everything a shard does: reading the WARC (FastWARC), HTML → text
(trafilatura), extraction, Parquet writing. Reported: articles/s, words/s, words/s per worker,
speed-up and scaling efficiency over 1 worker, CPU seconds of the tasks (words per CPU-second is
what other jobs on a shared machine disturb least), peak RSS per worker, and a projection to
articles per day on a 16-core node (16 single-threaded workers, assuming the per-worker rate of
the 2-worker run holds: extraction is CPU-bound and shards share nothing).

Usage::

    .venv/bin/python benchmarks/bench_batch.py                      # 2,000 articles, 8 shards, fast mode
    .venv/bin/python benchmarks/bench_batch.py --articles 200 --shards 4   # a quick look
    .venv/bin/python benchmarks/bench_batch.py --mode accurate

Results go to ``artifacts/bench_batch.json`` and ``artifacts/bench_batch.md`` (not BENCHMARKS.md).
A measurement, not a test: nothing here asserts a speed. On a shared machine, run it alone.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _machine import cpu_model  # noqa: E402  (benchmarks/ is on sys.path when run as a script)
from make_ccnews_fixture import make_fixture  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"


def one_run(fixture: Path, out: Path, workers: int, mode: str) -> dict[str, Any]:
    from saidwhat.batch.run import run_batch

    load0 = os.getloadavg()[0]
    s = run_batch([fixture], out, workers=workers, mode=mode)
    again = run_batch([fixture], out, workers=workers, mode=mode)
    entries = list(s.entries)
    by_worker: dict[str, float] = {}
    for e in entries:
        by_worker[e["worker"]] = max(by_worker.get(e["worker"], 0.0), float(e.get("peak_rss_mib") or 0.0))
    cpu = sum(float(e["cpu_seconds"]) for e in entries)
    return {
        "workers": workers, "shards": s.shards, "done": s.done, "articles": s.articles, "attributions": s.attributions,
        "rejected": s.rejected, "failed": len(s.failed), "words": s.words, "wall_s": s.seconds,
        "startup_s": s.startup_seconds, "articles_per_s": s.articles / s.seconds, "words_per_s": s.words / s.seconds,
        "words_per_s_per_worker": s.words / s.seconds / workers, "task_cpu_s": cpu, "words_per_cpu_s": s.words / cpu,
        "peak_rss_mib_per_worker": sorted(by_worker.values()), "shard_seconds": sorted(e["seconds"] for e in entries),
        "load_before": load0, "load_after": os.getloadavg()[0],
        "rerun": {"skipped": again.skipped, "done": again.done, "articles": again.articles},
    }


def markdown(results: list[dict[str, Any]], args: argparse.Namespace, fixture_desc: str) -> str:
    lines = [
        "## Batch (`saidwhat batch`, Dask LocalCluster)",
        "",
        f"`benchmarks/bench_batch.py`: {fixture_desc}, mode `{args.mode}`; one LocalCluster per row (worker processes, "
        f"1 thread each), start-up timed apart. {_dt.datetime.now(_dt.timezone.utc):%Y-%m-%d %H:%M} UTC, "
        f"{os.cpu_count()} CPUs ({cpu_model()}), Python {platform.python_version()}.",
        "",
        "| workers | articles | rejected | wall s | start-up s | articles/s | words/s | words/s per worker "
        "| task CPU s | words per CPU-s | peak RSS per worker MiB | load avg before → after | re-run |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|",
    ]
    for r in results:
        rej = ", ".join(f"{c} {n}" for c, n in r["rejected"].items()) or "0"
        lines.append(
            f"| {r['workers']} | {r['articles']} | {rej} | {r['wall_s']:.1f} | {r['startup_s']:.1f} | {r['articles_per_s']:.2f} "
            f"| {r['words_per_s']:,.0f} | {r['words_per_s_per_worker']:,.0f} | {r['task_cpu_s']:.0f} | {r['words_per_cpu_s']:,.0f} "
            f"| {', '.join(f'{m:.0f}' for m in r['peak_rss_mib_per_worker'])} | {r['load_before']:.2f} → {r['load_after']:.2f} "
            f"| {r['rerun']['skipped']} skipped, {r['rerun']['done']} done |")
    one = next((r for r in results if r["workers"] == 1), None)
    for r in results:
        if one is not None and r is not one:
            speedup = r["articles_per_s"] / one["articles_per_s"]
            lines += ["", f"{r['workers']} workers vs 1: speed-up {speedup:.2f}x, scaling efficiency "
                          f"{speedup / r['workers']:.2f} (target: >= 1.8x, >= 0.9); by CPU (words per task CPU-second) "
                          f"{r['words_per_cpu_s'] / one['words_per_cpu_s']:.2f}x the 1-worker rate."]
    best = max(results, key=lambda r: r["workers"])
    per_worker = best["articles_per_s"] / best["workers"]
    per_cpu = min(r["articles"] / r["task_cpu_s"] for r in results)
    cpu_share = ", ".join(f"{r['workers']} worker{'s' if r['workers'] > 1 else ''}: {r['task_cpu_s'] / r['wall_s']:.2f} cores"
                          for r in results)
    lines += ["", f"CPU the runs got (task CPU seconds / wall seconds): {cpu_share} (of {os.cpu_count()}; the rest went to "
                  "other jobs on the machine).",
              "", f"Projection to a 16-core node, 16 single-threaded workers: by wall clock, {per_worker:.2f} articles/s per "
                  f"worker (the {best['workers']}-worker run) -> {per_worker * 16:.1f} articles/s, about "
                  f"{per_worker * 16 * 86400:,.0f} articles a day; by CPU time, which is what a dedicated core gives, "
                  f"{per_cpu:.2f} articles per CPU-second (the slower run) -> {per_cpu * 16:.1f} articles/s, about "
                  f"{per_cpu * 16 * 86400:,.0f} articles a day (if the per-core rate holds: shards share nothing; "
                  f"memory: 16 x {max(best['peak_rss_mib_per_worker']):.0f} MiB)."]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--mode", default="fast", choices=("fast", "accurate"))
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts, run in this order")
    ap.add_argument("--fixture", type=Path, default=None, help="reuse this fixture folder (made when missing)")
    ap.add_argument("--out", type=Path, default=ARTIFACTS / "bench_batch", help="results: OUT.json and OUT.md")
    ap.add_argument("--render", action="store_true", help="only rewrite OUT.md from OUT.json")
    args = ap.parse_args()
    if args.render:
        saved = json.loads(args.out.with_suffix(".json").read_text())
        args.mode = saved["args"]["mode"]
        md = markdown(saved["results"], args, saved["fixture"])
        args.out.with_suffix(".md").write_text(md)
        print(md)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="saidwhat-bench-batch-"))
    fixture = args.fixture or tmp / "fixture"
    try:
        if not (fixture / "expected.json").is_file():
            make_fixture(fixture, shards=args.shards, articles=args.articles, corrupt=True)
        exp = json.loads((fixture / "expected.json").read_text())
        desc = (f"{args.articles:,} PolNeAR-train news pages in {exp['shards']} CC-NEWS-shaped gzip WARC shards "
                f"({exp['articles']:,} articles after its corrupt records: {exp['rejected']})")
        results = []
        for n in (int(x) for x in args.workers.split(",")):
            t = time.perf_counter()
            r = one_run(fixture, tmp / f"out-{n}", n, args.mode)
            print(f"workers {n}: {r['articles']} articles in {r['wall_s']:.1f} s ({r['articles_per_s']:.2f}/s, "
                  f"{r['words_per_s']:,.0f} words/s), start-up {r['startup_s']:.1f} s, total {time.perf_counter() - t:.0f} s",
                  file=sys.stderr, flush=True)
            results.append(r)
        md = markdown(results, args, desc)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.with_suffix(".json").write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()},
                                                             "fixture": desc, "results": results}, indent=2) + "\n")
        args.out.with_suffix(".md").write_text(md)
        print(md)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
