"""Load benchmark of the HTTP API (not a test): concurrent ``POST /v1/extract`` of the seed article.

It starts ``saidwhat serve`` in a second process on 127.0.0.1 and a free port, waits until the
pipeline is loaded, then from this process (httpx) sends ``--sequential`` POSTs one at a time (the
service time; default 20), then ``--requests`` POSTs (default 200) with at most ``--concurrency``
in flight (default 200: all at once), and reports errors, p50/p95/max latency and requests per
second of each run. While the load runs it also times a light ``GET /openapi.json``
now and then, to show the event loop stays free while extraction works on its thread.

Usage::

    .venv/bin/python benchmarks/bench_load.py [--requests 200] [--concurrency 200] [--write]

``--write`` replaces this benchmark's section of ``BENCHMARKS.md`` (between its markers; appended
under a "Web API" heading the first time).

The loop is bounded: exactly ``--requests`` requests, each with a ``--timeout`` (default 600 s).
The exit status is 1 when any request failed.
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

import httpx

from _machine import cpu_model  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "examples" / "assad-us-troops.txt"
BENCHMARKS_MD = REPO / "BENCHMARKS.md"
START, END = "<!-- bench_load:start -->", "<!-- bench_load:end -->"


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


def start_server(port: int) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("saidwhat")
    cmd = [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port)] if exe.exists() else \
        [sys.executable, "-c", "from saidwhat.cli import main; main()", "serve", "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 300.0) -> float:
    """Seconds until the server answers (its lifespan loads the pipeline before it listens)."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode(errors='replace') if proc.stderr else ''}")
        try:
            if httpx.get(base + "/openapi.json", timeout=2.0).status_code == 200:
                return time.perf_counter() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("server did not become ready")


async def run_load(base: str, body: bytes, n: int, concurrency: int, timeout: float) -> dict[str, object]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    latencies: list[float] = []
    errors: list[str] = []
    probe: list[float] = []
    sem = asyncio.Semaphore(concurrency)
    n_attr: set[int] = set()
    done = asyncio.Event()

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as client:
        async def one() -> None:
            async with sem:
                t = time.perf_counter()
                try:
                    r = await client.post("/v1/extract", content=body, headers={"content-type": "application/json"})
                    if r.status_code != 200:
                        errors.append(f"HTTP {r.status_code}: {r.text[:200]}")
                        return
                    n_attr.add(len(r.json()["attributions"]))
                    latencies.append(time.perf_counter() - t)
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__}: {exc}")

        async def prober() -> None:
            async with httpx.AsyncClient(base_url=base, timeout=timeout) as side:
                while not done.is_set():
                    t = time.perf_counter()
                    r = await side.get("/openapi.json")
                    if r.status_code == 200:
                        probe.append(time.perf_counter() - t)
                    try:
                        await asyncio.wait_for(done.wait(), 0.5)
                    except asyncio.TimeoutError:
                        pass

        probe_task = asyncio.create_task(prober())
        t0 = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(n)))
        wall = time.perf_counter() - t0
        done.set()
        await probe_task
    return {"latencies": latencies, "errors": errors, "wall_s": wall, "probe": probe, "n_attributions": sorted(n_attr)}


def summarize(res: dict[str, object], requests: int, concurrency: int) -> dict[str, object]:
    lat = res["latencies"]
    wall = float(res["wall_s"])
    probe = res["probe"]
    return {
        "requests": requests, "concurrency": concurrency, "ok": len(lat), "errors": len(res["errors"]),
        "p50_s": round(percentile(lat, 0.5), 3), "p95_s": round(percentile(lat, 0.95), 3),
        "max_s": round(max(lat), 3) if lat else None, "wall_s": round(wall, 2),
        "req_per_s": round(len(lat) / wall, 2) if wall else None,
        "attributions_per_response": res["n_attributions"],
        "probe_n": len(probe), "probe_p50_ms": round(1000 * percentile(probe, 0.5), 1) if probe else None,
        "probe_max_ms": round(1000 * max(probe), 1) if probe else None,
    }


def markdown(info: dict[str, object], runs: list[dict[str, object]]) -> str:
    """The BENCHMARKS.md section for one invocation (a sequential baseline, then the burst)."""
    burst = runs[-1]
    rows = "\n".join(
        f"| {r['requests']} / {r['concurrency']} | {r['errors']} | {r['p50_s']} | {r['p95_s']} | {r['max_s']} | "
        f"{r['req_per_s']} | {r['probe_p50_ms']} / {r['probe_max_ms']} |" for r in runs)
    return f"""{START}
### Load: concurrent `POST /v1/extract` (`benchmarks/bench_load.py`)

{info['date']}; {info['cpu']}, {info['machine']}; load average {info['load']:.1f} when it started (a shared
machine: other jobs ran meanwhile). `saidwhat serve` in its own process on 127.0.0.1 (one pipeline, one
extraction thread); the client (httpx, asyncio) in a second process posts the seed article
(`examples/assad-us-troops.txt`, {info['chars']:,} characters, {', '.join(map(str, burst['attributions_per_response']))}
attributions per response): first one request at a time (the service time), then {burst['requests']} with
{burst['concurrency']} in flight at once. Latency is from send to full response, so under the burst it includes
the wait in the queue: requests are extracted one after another, and the last of the burst waits for all
the others. A light `GET /openapi.json` every 0.5 s during each run shows how free the event loop stays.

| requests / in flight | errors | p50 (s) | p95 (s) | max (s) | requests/s | light GET p50 / max (ms) |
|---|---|---|---|---|---|---|
{rows}

Server start-up (the pipeline loads before it listens): {info['startup_s']} s. Throughput is one extraction
at a time (1 / the service time); run more server processes behind a proxy to use more cores.
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--requests", type=int, default=200, help="requests of the burst")
    ap.add_argument("--concurrency", type=int, default=200, help="requests in flight at once in the burst")
    ap.add_argument("--sequential", type=int, default=20, help="requests of the one-at-a-time baseline (0: none)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds allowed to each request")
    ap.add_argument("--write", action="store_true", help=f"update this benchmark's section of {BENCHMARKS_MD.name}")
    args = ap.parse_args()

    load = os.getloadavg()[0]
    text = SEED.read_text(encoding="utf-8")
    body = json.dumps({"text": text, "title": "Assad: US Troops Welcome in Syria to Fight Terrorism"}).encode()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(port)
    runs: list[dict[str, object]] = []
    try:
        startup = wait_ready(base, proc)
        warm = httpx.post(base + "/v1/extract", content=body, headers={"content-type": "application/json"}, timeout=120)
        warm.raise_for_status()
        plan = ([(args.sequential, 1)] if args.sequential > 0 else []) + [(args.requests, args.concurrency)]
        errors: list[str] = []
        for n, conc in plan:
            res = asyncio.run(run_load(base, body, n, conc, args.timeout))
            runs.append(summarize(res, n, conc))
            errors += res["errors"]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    info = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d"), "cpu": cpu_model(),
            "machine": f"{os.cpu_count()} CPUs, Python {platform.python_version()}", "load": load,
            "chars": len(text), "startup_s": round(startup, 1)}
    print(json.dumps({**info, "runs": runs}, indent=2))
    for e in errors[:5]:
        print("error:", e, file=sys.stderr)
    section = markdown(info, runs)
    print(section)
    if args.write:
        write_section(BENCHMARKS_MD, section)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
