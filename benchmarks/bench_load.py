"""Load benchmark of the HTTP API (not a test): concurrent ``POST /v1/extract`` of the seed article.

For each ``--workers`` count (default ``1,2``) it starts ``saidwhat serve --workers W`` in a second
process on 127.0.0.1 and a free port, waits until ``/readyz`` says ready (every worker's pipeline
loaded), warms each worker with one request, then for each ``--concurrency`` level (default
``1,10,50,200``) sends ``--requests`` POSTs (default: 40, or twice the level when that is more)
from that many clients at once (httpx, asyncio, in this process). Each client sends its next
request when its last one is answered; after a 503 it first waits the ``Retry-After`` the server
gave (at most ``--max-backoff`` s), as a well-behaved client does.

Reported per run: requests/s (accepted answers over the run's wall time), p50/p95/p99/max latency
of the **accepted** requests (send to full response, so the wait in the server's queue is in it),
how many were **shed** (503, the queue full: the server's admission control) and how many
**failed** otherwise (any other status or a transport error). While each run goes, a light
``GET /healthz`` and ``GET /openapi.json`` alternate every 0.5 s on their own connection, to show
that routes that don't extract stay responsive.

Issue 15's bars, checked and printed: no failure other than explicit 503s; p95 of accepted requests
at most 10x the single-request p50 (the concurrency-1 run of the same worker count); 2 workers give
at least 1.7x the requests/s of 1 (the best run of each).

Usage::

    .venv/bin/python benchmarks/bench_load.py [--workers 1,2] [--concurrency 1,10,50,200]
        [--requests N] [--queue N] [--timeout S] [--write]

The full default run sends 580 requests per worker count, but the shed ones cost next to nothing:
at most about 210 service times divided by the workers, per worker count, plus a start-up of about
10 s each; some 5 minutes on a quiet 2-core machine (a service time of about 0.5 s), 15 or more on
a busy one. ``--write`` replaces this benchmark's
section of ``BENCHMARKS.md`` (between its markers; appended under a "Web API" heading the first
time). The exit status is 1 when a request failed (other than a 503) or a bar was missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx

from _machine import cpu_model  # noqa: E402  (benchmarks/ is on sys.path when run as a script)
from saidwhat.config import DEFAULT_QUEUE_PER_WORKER, DEFAULT_REQUEST_TIMEOUT_S

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "examples" / "assad-us-troops.txt"
BENCHMARKS_MD = REPO / "BENCHMARKS.md"
START, END = "<!-- bench_load:start -->", "<!-- bench_load:end -->"
#: Issue 15's bars.
P95_OVER_P50 = 10.0
TWO_OVER_ONE = 1.7


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    """The ``q``-quantile (0..1) by linear interpolation; ``nan`` for no values."""
    if not values:
        return float("nan")
    xs = sorted(values)
    pos = (len(xs) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def serve_command(port: int, workers: int, queue: int | None, timeout: float | None) -> list[str]:
    """``saidwhat serve`` on 127.0.0.1:``port`` with the pool's options."""
    exe = Path(sys.executable).with_name("saidwhat")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", "from saidwhat.cli import main; main()"]
    cmd += ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    if queue is not None:
        cmd += ["--queue", str(queue)]
    if timeout is not None:
        cmd += ["--timeout", str(timeout)]
    return cmd


def start_server(cmd: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 600.0) -> float:
    """Seconds until ``/readyz`` answers 200 (the app's start-up waits for every worker's pipeline)."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode(errors='replace') if proc.stderr else ''}")
        try:
            if httpx.get(base + "/readyz", timeout=2.0).status_code == 200:
                return time.perf_counter() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("server did not become ready")


async def run_level(base: str, body: bytes, n: int, concurrency: int, timeout: float,
                    max_backoff: float) -> dict[str, Any]:
    """``n`` POSTs from ``concurrency`` clients; latencies of the accepted ones, shed and failed counts."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    latencies: list[float] = []
    failed: list[str] = []
    shed = 0
    probe: list[float] = []
    n_attr: set[int] = set()
    remaining = n
    done = asyncio.Event()

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as client:
        async def one_client() -> None:
            nonlocal remaining, shed
            while remaining > 0:
                remaining -= 1
                t = time.perf_counter()
                try:
                    r = await client.post("/v1/extract", content=body, headers={"content-type": "application/json"})
                except httpx.HTTPError as exc:
                    failed.append(f"{type(exc).__name__}: {exc}")
                    continue
                if r.status_code == 200:
                    latencies.append(time.perf_counter() - t)
                    n_attr.add(len(r.json()["attributions"]))
                elif r.status_code == 503 and "retry-after" in r.headers:
                    shed += 1
                    await asyncio.sleep(min(float(r.headers["retry-after"]), max_backoff))
                else:
                    failed.append(f"HTTP {r.status_code}: {r.text[:200]}")

        async def prober() -> None:
            async with httpx.AsyncClient(base_url=base, timeout=timeout) as side:
                i = 0
                while not done.is_set():
                    t = time.perf_counter()
                    r = await side.get("/healthz" if i % 2 == 0 else "/openapi.json")
                    if r.status_code == 200:
                        probe.append(time.perf_counter() - t)
                    i += 1
                    try:
                        await asyncio.wait_for(done.wait(), 0.5)
                    except asyncio.TimeoutError:
                        pass

        probe_task = asyncio.create_task(prober())
        t0 = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(min(concurrency, n))))
        wall = time.perf_counter() - t0
        done.set()
        await probe_task
    return {"latencies": latencies, "failed": failed, "shed": shed, "wall_s": wall, "probe": probe,
            "n_attributions": sorted(n_attr)}


def summarize(res: dict[str, Any], workers: int, requests: int, concurrency: int) -> dict[str, Any]:
    lat = res["latencies"]
    wall = float(res["wall_s"])
    probe = res["probe"]
    ms = lambda v: round(1000 * v, 1) if v == v else None  # noqa: E731  (nan: no value)
    return {
        "workers": workers, "requests": requests, "concurrency": concurrency, "accepted": len(lat),
        "shed": res["shed"], "failed": len(res["failed"]),
        "p50_s": round(percentile(lat, 0.5), 3), "p95_s": round(percentile(lat, 0.95), 3),
        "p99_s": round(percentile(lat, 0.99), 3), "max_s": round(max(lat), 3) if lat else None,
        "wall_s": round(wall, 2), "req_per_s": round(len(lat) / wall, 3) if wall else None,
        "attributions_per_response": res["n_attributions"],
        "probe_n": len(probe), "probe_p50_ms": ms(percentile(probe, 0.5)), "probe_max_ms": ms(max(probe)) if probe else None,
    }


def check_bars(runs: list[dict[str, Any]]) -> list[tuple[str, bool, str]]:
    """Issue 15's bars over the runs: ``(bar, held, the numbers)``."""
    out = []
    failed = sum(r["failed"] for r in runs)
    out.append(("no failure other than 503", failed == 0, f"{failed} failed"))
    for w in sorted({r["workers"] for r in runs}):
        mine = [r for r in runs if r["workers"] == w]
        single = next((r for r in mine if r["concurrency"] == 1 and r["accepted"]), None)
        if single is None:
            continue
        worst = max((r["p95_s"] for r in mine if r["accepted"]), default=float("nan"))
        ratio = worst / single["p50_s"] if single["p50_s"] else float("nan")
        out.append((f"{w} worker(s): p95 of accepted <= {P95_OVER_P50:g}x single-request p50", ratio <= P95_OVER_P50,
                    f"worst p95 {worst:.3f} s / p50 {single['p50_s']:.3f} s = {ratio:.1f}x"))
    best = {w: max((r["req_per_s"] or 0) for r in runs if r["workers"] == w) for w in {r["workers"] for r in runs}}
    if 1 in best and 2 in best and best[1]:
        ratio = best[2] / best[1]
        out.append((f"2 workers >= {TWO_OVER_ONE:g}x the requests/s of 1", ratio >= TWO_OVER_ONE,
                    f"{best[2]:.2f} / {best[1]:.2f} = {ratio:.2f}x"))
    return out


def markdown(info: dict[str, Any], runs: list[dict[str, Any]], bars: list[tuple[str, bool, str]]) -> str:
    """The BENCHMARKS.md section for one invocation."""
    rows = "\n".join(
        f"| {r['workers']} | {r['concurrency']} | {r['requests']} | {r['accepted']} | {r['shed']} | {r['failed']} | "
        f"{r['req_per_s']} | {r['p50_s']} | {r['p95_s']} | {r['p99_s']} | {r['max_s']} | "
        f"{r['probe_p50_ms']} / {r['probe_max_ms']} |" for r in runs)
    bar_rows = "\n".join(f"| {name} | {'yes' if held else '**no**'} | {numbers} |" for name, held, numbers in bars)
    attrs = sorted({a for r in runs for a in r["attributions_per_response"]})
    return f"""{START}
### Load: concurrent `POST /v1/extract` (`benchmarks/bench_load.py`)

{info['date']}; {info['cpu']}, {info['machine']}; load average {info['load']:.1f} when it started.
`saidwhat serve --workers W` (one server process, W extraction worker processes; queue
{info['queue']}, time limit {info['timeout']}) on 127.0.0.1; the clients (httpx, asyncio) in a second
process post the seed article (`examples/assad-us-troops.txt`, {info['chars']:,} characters,
{', '.join(map(str, attrs))} attributions per response), each sending its next request when the last
is answered, and waiting `Retry-After` (at most {info['max_backoff']:g} s) after a 503. Latencies are
of accepted requests, send to full response (the wait in the queue included); *shed* = 503 with
`Retry-After` (the queue full), *failed* = anything else. A light `GET /healthz` or `/openapi.json`
every 0.5 s during each run shows how free the server stays.

| workers | in flight | requests | accepted | shed (503) | failed | requests/s | p50 (s) | p95 (s) | p99 (s) | max (s) | light GET p50 / max (ms) |
|---|---|---|---|---|---|---|---|---|---|---|---|
{rows}

| issue 15 bar | held | |
|---|---|---|
{bar_rows}

Server start-up until `/readyz` (every worker's pipeline loaded): {info['startup_s']}.
{END}
"""


def write_section(path: Path, section: str) -> None:
    """Replace the text between this benchmark's markers in ``path``, or append it under "## Web API"."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if START in old and END in old:
        head, rest = old.split(START, 1)
        tail = rest.split(END, 1)[1]
        new = head + section.rstrip("\n") + tail
    else:
        new = old.rstrip("\n") + "\n\n## Web API\n\n" + section
    path.write_text(new, encoding="utf-8")


def int_list(value: str) -> list[int]:
    try:
        xs = [int(v) for v in value.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r}: give whole numbers separated by commas") from None
    if not xs or min(xs) < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give whole numbers of 1 or more")
    return xs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int_list, default=[1, 2], help="worker counts, comma-separated (default 1,2)")
    ap.add_argument("--concurrency", type=int_list, default=[1, 10, 50, 200],
                    help="clients in flight at once, comma-separated (default 1,10,50,200)")
    ap.add_argument("--requests", type=int, default=None,
                    help="requests of each run (default: 40, or twice the concurrency when that is more)")
    ap.add_argument("--queue", type=int, default=None, help="saidwhat serve --queue (default: the server's, 4 x workers)")
    ap.add_argument("--timeout", type=float, default=None, help="saidwhat serve --timeout (default: the server's)")
    ap.add_argument("--client-timeout", type=float, default=600.0, help="seconds the client allows each request")
    ap.add_argument("--max-backoff", type=float, default=5.0, help="longest wait after a 503 (seconds)")
    ap.add_argument("--write", action="store_true", help=f"update this benchmark's section of {BENCHMARKS_MD.name}")
    args = ap.parse_args()

    load = os.getloadavg()[0]
    text = SEED.read_text(encoding="utf-8")
    body = json.dumps({"text": text, "title": "Assad: US Troops Welcome in Syria to Fight Terrorism"}).encode()
    runs: list[dict[str, Any]] = []
    failures: list[str] = []
    startup: dict[int, float] = {}
    for w in args.workers:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        proc = start_server(serve_command(port, w, args.queue, args.timeout))
        try:
            startup[w] = round(wait_ready(base, proc), 1)
            warm = asyncio.run(run_level(base, body, w, w, args.client_timeout, args.max_backoff))
            if warm["failed"]:
                raise RuntimeError(f"warm-up failed: {warm['failed'][:3]}")
            for conc in args.concurrency:
                n = args.requests or max(40, 2 * conc)
                res = asyncio.run(run_level(base, body, n, conc, args.client_timeout, args.max_backoff))
                runs.append(summarize(res, w, n, conc))
                failures += res["failed"]
                print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
        finally:
            stop_server(proc)
    bars = check_bars(runs)
    info = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d"), "cpu": cpu_model(),
            "machine": f"{os.cpu_count()} CPUs, Python {platform.python_version()}", "load": load,
            "chars": len(text), "queue": f"{DEFAULT_QUEUE_PER_WORKER} x workers" if args.queue is None else args.queue,
            "timeout": f"{args.timeout or DEFAULT_REQUEST_TIMEOUT_S:g} s", "max_backoff": args.max_backoff,
            "startup_s": ", ".join(f"{w} worker(s) {s} s" for w, s in startup.items())}
    print(json.dumps({**info, "runs": runs, "bars": bars}, indent=2))
    for e in failures[:5]:
        print("failed:", e, file=sys.stderr)
    section = markdown(info, runs, bars)
    print(section)
    if args.write:
        write_section(BENCHMARKS_MD, section)
    return 1 if failures or not all(held for _, held, _ in bars) else 0


if __name__ == "__main__":
    raise SystemExit(main())
