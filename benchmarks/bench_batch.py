"""Batch throughput: ``saidwhat batch`` on a LocalCluster with 1 and 2 worker processes.

A CC-NEWS-shaped archive (``make_ccnews_fixture.py``: PolNeAR train texts as news pages in gzip
WARC shards of equal size, with its few corrupt records) is made once; then, for each number of
workers, in turn and into a fresh output folder, :func:`saidwhat.batch.run.run_batch` runs on a new
LocalCluster (one thread per worker process, native thread pools at 1, the worker profiler off).
Start-up (cluster, pipeline loaded and warmed up on each worker by the plugin) is timed apart; the
throughput is over the run itself, from the first task submitted to the last shard finished, and
covers everything a shard does: reading the WARC (FastWARC), HTML → text (trafilatura),
extraction, Parquet writing.

Reported per run: articles/s, words/s, words/s per core (per worker: each has one core), speed-up
and scaling efficiency over 1 worker, CPU seconds of the tasks (words per CPU-second is what other
jobs on a shared machine disturb least), peak RSS per worker, per-shard time (spread, and the split
into reading, extraction and writing), each worker's idle time at the end (waiting for the last
shard of another: what unequal shards cost), and a projection to articles per day on a 16-core
node. Before the Dask runs, the **machine's own ceiling**: the same extraction in 1, then 2 plain
processes at once (no Dask), so that a speed-up short of 2x can be told apart as the machine's
(shared or hyper-threaded cores, other jobs) or the batch path's.

Usage::

    .venv/bin/python benchmarks/bench_batch.py                      # 2,000 articles, 8 shards, fast mode (~20 min on 2 idle cores)
    .venv/bin/python benchmarks/bench_batch.py --write              # ... and write the BENCHMARKS.md section
    .venv/bin/python benchmarks/bench_batch.py --articles 160 --shards 8 --ceiling-texts 10   # a quick look (~3 min)
    .venv/bin/python benchmarks/bench_batch.py --render --write     # the section again from the saved JSON

Results go to ``artifacts/bench_batch.json`` and ``artifacts/bench_batch.md``; ``--write`` also
replaces the section "Corpus scale on Dask (issue 14)" of BENCHMARKS.md. A measurement, not a test:
nothing here asserts a speed. On a shared machine, run it alone (the load average before and after
each run is recorded).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import multiprocessing
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _machine import cpu_model  # noqa: E402  (benchmarks/ is on sys.path when run as a script)
from make_ccnews_fixture import make_fixture, polnear_texts  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
BENCHMARKS = ROOT / "BENCHMARKS.md"
SECTION = "## Corpus scale on Dask (issue 14)"
NODE_CORES = 16


# -- the machine's ceiling: the same extraction in 1 and 2 plain processes ------------------------

def _ceiling_worker(texts: list[str], mode: str, barrier: Any, results: Any) -> None:
    import saidwhat
    from saidwhat.config import Config
    from saidwhat.parallel import limit_threads

    limit_threads(1)
    cfg = Config(mode=mode)
    saidwhat.load(config=cfg)
    list(saidwhat.extract_many(texts[:2], config=cfg))  # warm up
    barrier.wait()
    t, c = time.perf_counter(), time.process_time()
    list(saidwhat.extract_many(texts, config=cfg))
    results.put((time.perf_counter() - t, time.process_time() - c))


def ceiling(n_texts: int, mode: str, processes: tuple[int, ...] = (1, 2)) -> list[dict[str, Any]]:
    """Throughput of ``n_texts`` PolNeAR texts extracted in each of N processes started together."""
    texts = [t[3] for t in polnear_texts()[:n_texts]]
    words = sum(len(re.findall(r"\w+", t)) for t in texts)
    ctx = multiprocessing.get_context("spawn")
    rows = []
    for n in processes:
        barrier, results = ctx.Barrier(n), ctx.Queue()
        procs = [ctx.Process(target=_ceiling_worker, args=(texts, mode, barrier, results)) for _ in range(n)]
        for p in procs:
            p.start()
        got = [results.get() for _ in procs]
        for p in procs:
            p.join()
        wall = max(w for w, _ in got)
        rows.append({"processes": n, "wall_s": wall, "words_per_s": n * words / wall,
                     "cpu_s": sum(c for _, c in got), "load_after": os.getloadavg()[0]})
        print(f"ceiling, {n} process(es): {n * words / wall:,.0f} words/s", file=sys.stderr, flush=True)
    return rows


# -- the Dask runs ----------------------------------------------------------------------------------

def one_run(fixture: Path, out: Path, workers: int, mode: str) -> dict[str, Any]:
    from saidwhat.batch.run import run_batch

    load0 = os.getloadavg()[0]
    s = run_batch([fixture], out, workers=workers, mode=mode)
    load1 = os.getloadavg()[0]
    again = run_batch([fixture], out, workers=workers, mode=mode)
    entries = list(s.entries)
    rss: dict[str, float] = {}
    busy: dict[str, float] = {}
    for e in entries:
        rss[e["worker"]] = max(rss.get(e["worker"], 0.0), float(e.get("peak_rss_mib") or 0.0))
        busy[e["worker"]] = busy.get(e["worker"], 0.0) + float(e["seconds"])
    cpu = sum(float(e["cpu_seconds"]) for e in entries)
    shard_s = sorted(float(e["seconds"]) for e in entries)

    def part(k: str) -> float:
        return sum(float(e.get(k) or 0.0) for e in entries)

    return {
        "workers": workers, "shards": s.shards, "done": s.done, "articles": s.articles, "attributions": s.attributions,
        "rejected": s.rejected, "failed": len(s.failed), "words": s.words, "wall_s": s.seconds,
        "startup_s": s.startup_seconds, "articles_per_s": s.articles / s.seconds, "words_per_s": s.words / s.seconds,
        "words_per_s_per_core": s.words / s.seconds / workers, "task_cpu_s": cpu, "words_per_cpu_s": s.words / cpu,
        "peak_rss_mib_per_worker": sorted(rss.values()), "shard_seconds": shard_s,
        "shard_articles": sorted(int(e["articles"]) for e in entries),
        # each worker's time without a task (waiting at the end for another worker's last shard)
        "idle_s_per_worker": sorted(max(s.seconds - b, 0.0) for b in busy.values()),
        "split_s": {"read": part("read_seconds"), "write": part("write_seconds"),
                    "extract": sum(shard_s) - part("read_seconds") - part("write_seconds")},
        "load_before": load0, "load_after": load1,
        "rerun": {"skipped": again.skipped, "done": again.done, "articles": again.articles},
    }


def markdown(results: list[dict[str, Any]], ceil: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    lines = [
        SECTION,
        "",
        f"`benchmarks/bench_batch.py`: {meta['fixture']}, mode `{meta['mode']}`; one LocalCluster per row (worker "
        f"processes, 1 thread each, native thread pools at 1, worker profiler off), start-up (cluster, pipeline loaded "
        f"and warmed up by the plugin) timed apart. {meta['date']}, {meta['cpus']} CPUs ({meta['cpu']}), "
        f"Python {meta['python']}.",
        "",
        "| workers | articles | wall s | start-up s | articles/s | words/s | words/s per core | task CPU s "
        "| words per CPU-s | peak RSS per worker MiB | shard s min / median / max | idle at end s per worker "
        "| load avg before → after | re-run |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---|",
    ]
    for r in results:
        sh = r["shard_seconds"]
        lines.append(
            f"| {r['workers']} | {r['articles']:,} | {r['wall_s']:.1f} | {r['startup_s']:.1f} | {r['articles_per_s']:.2f} "
            f"| {r['words_per_s']:,.0f} | {r['words_per_s_per_core']:,.0f} | {r['task_cpu_s']:.0f} | {r['words_per_cpu_s']:,.0f} "
            f"| {', '.join(f'{m:.0f}' for m in r['peak_rss_mib_per_worker'])} "
            f"| {sh[0]:.1f} / {statistics.median(sh):.1f} / {sh[-1]:.1f} "
            f"| {', '.join(f'{x:.1f}' for x in r['idle_s_per_worker'])} "
            f"| {r['load_before']:.2f} → {r['load_after']:.2f} | {r['rerun']['skipped']} skipped, {r['rerun']['done']} done |")
    rej = ", ".join(f"{c} {n}" for c, n in results[0]["rejected"].items()) or "none"
    split = results[0]["split_s"]
    total = sum(split.values()) or 1.0
    lines += ["", f"Rejected records, counted by cause and not fatal: {rej}. Where a shard's time goes "
                  f"({results[0]['workers']} worker): reading (WARC, HTML → text) {100 * split['read'] / total:.0f} %, "
                  f"extraction {100 * split['extract'] / total:.0f} %, Parquet rows and files {100 * split['write'] / total:.0f} %."]
    one = next((r for r in results if r["workers"] == 1), None)
    for r in results:
        if one is not None and r is not one:
            speedup = r["articles_per_s"] / one["articles_per_s"]
            lines += ["", f"**{r['workers']} workers vs 1: speed-up {speedup:.2f}x, scaling efficiency "
                          f"{speedup / r['workers']:.2f}** (target: >= 1.8x, >= 0.9); words per task CPU-second "
                          f"{r['words_per_cpu_s'] / one['words_per_cpu_s']:.2f}x the 1-worker rate (below 1: each "
                          f"worker's core did less per second, shared with the other worker or other jobs); the "
                          f"cores the runs got (task CPU s / wall s): {one['task_cpu_s'] / one['wall_s']:.2f} and "
                          f"{r['task_cpu_s'] / r['wall_s']:.2f}."]
    if ceil:
        c1 = next(c for c in ceil if c["processes"] == 1)
        parts = ", ".join(f"{c['processes']} processes {c['words_per_s'] / c1['words_per_s']:.2f}x"
                          for c in ceil if c is not c1)
        lines += ["", f"The machine's ceiling, no Dask (the same extraction of {meta['ceiling_texts']} PolNeAR texts in "
                      f"N plain processes started together): 1 process {c1['words_per_s']:,.0f} words/s; {parts}. "
                      "A batch speed-up near this ratio is all the machine gives; one well below it is the batch path's."]
    best = max(results, key=lambda r: r["workers"])
    per_worker = best["articles_per_s"] / best["workers"]
    per_cpu = best["articles"] / best["task_cpu_s"]
    lines += ["", f"Projection to a {NODE_CORES}-core node, {NODE_CORES} single-threaded workers, if the per-core rate "
                  f"holds (shards share nothing): by wall clock {per_worker:.2f} articles/s per worker (the "
                  f"{best['workers']}-worker run) → {per_worker * NODE_CORES:.1f} articles/s, about "
                  f"{per_worker * NODE_CORES * 86400:,.0f} articles a day; by CPU time, what a dedicated core gives, "
                  f"{per_cpu:.2f} articles per CPU-second → about {per_cpu * NODE_CORES * 86400:,.0f} articles a day; "
                  f"memory {NODE_CORES} × {max(best['peak_rss_mib_per_worker']):.0f} MiB."]
    return "\n".join(lines) + "\n"


def write_section(md: str, path: Path = BENCHMARKS) -> None:
    """Replace the section :data:`SECTION` of ``path`` (up to the next ``## `` heading) by ``md``,
    or append it."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    start = text.find(SECTION + "\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + md
    else:
        nxt = text.find("\n## ", start + len(SECTION))
        text = text[:start] + md + (text[nxt:] if nxt >= 0 else "")
    path.write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--shards", type=int, default=8, help="shards of equal size (at least 4 per worker keeps the tail short)")
    ap.add_argument("--mode", default="fast", choices=("fast", "accurate"))
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts, run in this order")
    ap.add_argument("--ceiling-texts", type=int, default=40, help="texts per process of the no-Dask ceiling (0: skip it)")
    ap.add_argument("--fixture", type=Path, default=None, help="reuse this fixture folder (made when missing)")
    ap.add_argument("--out", type=Path, default=ARTIFACTS / "bench_batch", help="results: OUT.json and OUT.md")
    ap.add_argument("--write", action="store_true", help=f"replace the section '{SECTION[3:]}' of BENCHMARKS.md")
    ap.add_argument("--render", action="store_true", help="only rewrite OUT.md (and with --write, BENCHMARKS.md) from OUT.json")
    args = ap.parse_args()
    if args.render:
        saved = json.loads(args.out.with_suffix(".json").read_text())
        md = markdown(saved["results"], saved.get("ceiling", []), saved["meta"])
    else:
        tmp = Path(tempfile.mkdtemp(prefix="saidwhat-bench-batch-"))
        fixture = args.fixture or tmp / "fixture"
        try:
            if not (fixture / "expected.json").is_file():
                make_fixture(fixture, shards=args.shards, articles=args.articles, corrupt=True)
            exp = json.loads((fixture / "expected.json").read_text())
            meta = {"fixture": f"{args.articles:,} PolNeAR-train news pages in {exp['shards']} CC-NEWS-shaped gzip WARC "
                               f"shards of equal size ({exp['articles']:,} articles after its corrupt records)",
                    "mode": args.mode, "date": f"{_dt.datetime.now(_dt.timezone.utc):%Y-%m-%d %H:%M} UTC",
                    "cpus": os.cpu_count(), "cpu": cpu_model(), "python": platform.python_version(),
                    "host": platform.node(), "ceiling_texts": args.ceiling_texts}
            ceil = ceiling(args.ceiling_texts, args.mode) if args.ceiling_texts > 0 else []
            results = []
            for n in (int(x) for x in args.workers.split(",")):
                t = time.perf_counter()
                r = one_run(fixture, tmp / f"out-{n}", n, args.mode)
                print(f"workers {n}: {r['articles']} articles in {r['wall_s']:.1f} s ({r['articles_per_s']:.2f}/s, "
                      f"{r['words_per_s']:,.0f} words/s), start-up {r['startup_s']:.1f} s, total {time.perf_counter() - t:.0f} s",
                      file=sys.stderr, flush=True)
                results.append(r)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        md = markdown(results, ceil, meta)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.with_suffix(".json").write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "meta": meta,
                                                             "ceiling": ceil, "results": results}, indent=2) + "\n")
    args.out.with_suffix(".md").write_text(md)
    if args.write:
        write_section(md)
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
