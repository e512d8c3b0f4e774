"""Structure-aware fuzzing of saidwhat, as long as asked (issue 10; ``make fuzz``).

Generates news-like inputs (``tests/fuzz/grammar.py``: quotes of every mark kind, cue frames,
colon lead-ins, layout lines, noise, mutated PolNeAR train texts), parses each once with spaCy
and runs every requested mode's ``saidwhat`` component on the parse (``tests/fuzz/runner.py``),
in worker processes started with ``spawn``, and checks the invariants of
``tests/fuzz/invariants.py`` (no exception, every span indexes the text, pieces ordered inside
their content, no dropped draft, no failed rule stage).

Input ``i`` of a run depends only on ``(seed, i)``: ``--show-input I`` prints it again.

Usage::

    .venv/bin/python benchmarks/fuzz.py --seed 1 --n 200000 --modes fast,accurate
    .venv/bin/python benchmarks/fuzz.py --seed 7 --minutes 10 --out fuzz-7.json
    .venv/bin/python benchmarks/fuzz.py --polnear                    # every PolNeAR train+dev text and ../shared/cases
    .venv/bin/python benchmarks/fuzz.py --repro artifacts/fuzz/seed-1/<sig>/<file>.txt   # re-check one saved input via saidwhat.extract
    .venv/bin/python benchmarks/fuzz.py --show-input 1234 --seed 1
    .venv/bin/python benchmarks/fuzz.py --reduce-saved artifacts/fuzz/seed-1 --regressions tests/fuzz/regressions.jsonl

Prints progress every ``--progress`` seconds and a final summary (inputs, exceptions, dropped
drafts, invariant failures, seconds, seed, inputs/s, time per mode); writes every failing input
(text + JSON details, at most ``--keep`` per distinct failure) under ``--failures``
(default ``artifacts/fuzz/seed-S/``) and the summary as JSON to ``--out``. With ``--reduce`` each
distinct failure is then shrunk to a small input and appended to ``--regressions`` as
``{"text", "mode", "error"}`` lines. Exit code 1 when anything failed.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import hashlib
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the fuzz package lives in tests/fuzz

from fuzz import grammar  # noqa: E402

SHARED = ROOT.parent / "shared"
DEFAULT_FAILURES = ROOT / "artifacts" / "fuzz"

_STATE: dict[str, Any] = {}


def is_huge(i: int, every: int) -> bool:
    """Whether input ``i`` is a ~1 MB text: one in every ``every`` (the middle one, so a run of
    ``every`` inputs has it and does not end waiting for it)."""
    return bool(every) and i % every == every // 2 - 1


# -- worker side --------------------------------------------------------------------------------
def _init_worker(modes: tuple[str, ...], batch_size: int, use_corpus: bool, ort_threads: int = 1) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    from fuzz.runner import Runner

    _STATE["runner"] = Runner(modes, batch_size=batch_size, ort_threads=ort_threads or None)
    _STATE["corpus"] = grammar.Corpus.load() if use_corpus else None


def _work(task: dict[str, Any]) -> dict[str, Any]:
    """Run one chunk of inputs (generated from ``(seed, index)``, or given texts) in every mode."""
    from fuzz.runner import signature_parts

    runner = _STATE["runner"]
    t0 = time.perf_counter()
    before = dict(runner.seconds)
    if "texts" in task:
        items = [(name, text, ["corpus"]) for name, text in task["texts"]]
    else:
        items = []
        for i in range(task["start"], task["end"]):
            if is_huge(i, task["huge_every"]):
                import random

                s = grammar.Sample(grammar.huge(random.Random(f"{task['seed']}:{i}"), _STATE["corpus"]), ["huge"])
            else:
                s = grammar.sample_at(task["seed"], i, corpus=_STATE["corpus"], polnear_rate=task["polnear_rate"])
            items.append((i, s.text, s.tags))
    texts = [t for _, t, _ in items]
    crash_at = os.environ.get("SAIDWHAT_FUZZ_CRASH_AT")  # test hook: die like a segfault at this input
    if crash_at is not None and any(str(ident) == crash_at for ident, _, _ in items):
        os._exit(70)
    out: dict[str, Any] = {"n": len(items), "chars": sum(len(t) for t in texts), "refused": 0, "failures": [],
                           "counts": {m: {"exceptions": 0, "dropped": 0, "invariants": 0, "attributions": 0}
                                      for m in runner.modes}}
    big = [k for k, t in enumerate(texts) if len(t) > 100_000]
    small = [k for k in range(len(texts)) if k not in set(big)]
    results: list[dict[str, Any]] = [{} for _ in texts]
    bs = runner.batch_size
    for s in range(0, len(small), bs):
        chunk = small[s:s + bs]
        for k, r in zip(chunk, runner.run([texts[k] for k in chunk])):
            results[k] = r
    for k in big:  # alone: a 1 MB Doc in a batch holds the others' memory too
        results[k] = runner.run([texts[k]])[0]
    for (ident, text, tags), res in zip(items, results):
        if not res:
            out["refused"] += 1
            continue
        for m, o in res.items():
            c = out["counts"][m]
            c["attributions"] += o.n_attributions
            if o.ok:
                continue
            if o.exception:
                c["exceptions"] += 1
            elif o.dropped:
                c["dropped"] += 1
            else:
                c["invariants"] += 1
            out["failures"].append({"id": ident, "mode": m, "parts": signature_parts(o), "text": text, "tags": tags,
                                    "outcome": o.to_dict()})
    out["seconds"] = {k: runner.seconds[k] - before.get(k, 0.0) for k in runner.seconds}
    out["wall"] = time.perf_counter() - t0
    return out


def _reduce(job: dict[str, Any]) -> dict[str, Any]:
    """Shrink one distinct failure: to whole words first (readable), then to single characters
    (minimal); then say in which modes each form fails, directly and through ``saidwhat.extract``."""
    from fuzz.runner import extract_outcome, reduce_failure, signature_parts

    runner = _STATE["runner"]
    t0 = time.perf_counter()
    kw = {"max_checks": job["max_checks"], "max_seconds": job["max_seconds"] / 2}
    words = reduce_failure(runner, job["text"], job["mode"], job["part"], chars=False, **kw)
    minimal = reduce_failure(runner, words, job["mode"], job["part"], chars=True, **kw)
    out = {**job, "reduced": words, "minimal": minimal, "reduce_seconds": 0.0, "modes_failing": [], "outcomes": {}}
    for m in runner.modes:
        o = runner.run_one(words, m)
        via = extract_outcome(words, m)
        if o is not None and job["part"] in signature_parts(o):
            out["modes_failing"].append(m)
            out["outcomes"][m] = {"outcome": o.to_dict(),
                                  "reproduced_by_extract": bool(via and job["part"] in signature_parts(via))}
    out["reduce_seconds"] = time.perf_counter() - t0
    return out


def _error_of(o: dict[str, Any]) -> str:
    warn = "; ".join(o.get("warnings", [])[:3])
    return o.get("error") or (("; ".join(o.get("violations", [])) + (f" [{warn}]" if warn else "")))


# -- parent side --------------------------------------------------------------------------------
class Tally:
    def __init__(self, modes: tuple[str, ...], failures_dir: Path, keep: int) -> None:
        self.modes = modes
        self.n = self.chars = self.refused = 0
        self.counts = {m: {"exceptions": 0, "dropped": 0, "invariants": 0, "attributions": 0} for m in modes}
        self.seconds = {"parse": 0.0, **{m: 0.0 for m in modes}}
        self.parts: dict[tuple[str, str], dict[str, Any]] = {}  # (mode, part) -> first example + count
        self.failed_inputs: set[Any] = set()
        self.crashes: list[dict[str, str]] = []
        self.dir = failures_dir
        self.keep = keep

    def add(self, res: dict[str, Any]) -> None:
        self.n += res["n"]
        self.chars += res["chars"]
        self.refused += res["refused"]
        for m, c in res["counts"].items():
            for k, v in c.items():
                self.counts[m][k] += v
        for k, v in res["seconds"].items():
            self.seconds[k] = self.seconds.get(k, 0.0) + v
        for f in res["failures"]:
            self.failed_inputs.add(f["id"])
            for part in f["parts"]:
                key = (f["mode"], part)
                entry = self.parts.get(key)
                if entry is None:
                    entry = self.parts[key] = {"mode": f["mode"], "part": part, "count": 0, "example": f,
                                               "ids": []}
                    self._print_new(entry)
                entry["count"] += 1
                if len(entry["ids"]) < self.keep:
                    entry["ids"].append(f["id"])
                    self._save(f, part)

    def worker_died(self, label: str, why: str) -> None:
        """A chunk lost with its worker process (the process itself crashed: worse than an exception)."""
        self.crashes.append({"chunk": label, "why": why})
        print(f"  WORKER DIED on {label}: {why}", flush=True)

    def _folder(self, part: str) -> Path:
        return self.dir / hashlib.sha1(part.encode()).hexdigest()[:10]

    def _save(self, f: dict[str, Any], part: str) -> None:
        d = self._folder(part)
        d.mkdir(parents=True, exist_ok=True)
        stem = f"{str(f['id']).replace('/', '_')}-{f['mode']}"
        (d / f"{stem}.txt").write_text(f["text"], encoding="utf-8", errors="surrogatepass")
        (d / f"{stem}.json").write_text(json.dumps({**{k: v for k, v in f.items() if k != "text"}, "part": part},
                                                   ensure_ascii=False, indent=1), encoding="utf-8")
        (d / "SIGNATURE").write_text(part + "\n", encoding="utf-8")

    def _print_new(self, e: dict[str, Any]) -> None:
        f = e["example"]
        print(f"  NEW FAILURE [{e['mode']}] {e['part']}\n    input {f['id']} ({len(f['text'])} chars, {','.join(f['tags'][:6])}): "
              f"{f['text'][:160]!r}", flush=True)

    def summary(self, seed: Any, wall: float, n_workers: int) -> dict[str, Any]:
        per_mode = {}
        for m in self.modes:
            cpu = self.seconds["parse"] + self.seconds[m]
            per_mode[m] = {**self.counts[m],
                           "component_seconds": round(self.seconds[m], 1),
                           "ms_per_input": round(1000 * self.seconds[m] / max(self.n, 1), 2),
                           # what a run of this mode alone would do: its own parse + component, n_workers processes
                           "inputs_per_s_alone": round(n_workers * self.n / cpu, 1) if cpu else None}
        return {
            "seed": seed, "code": code_version(), "date": time.strftime("%Y-%m-%d %H:%M"), "inputs": self.n, "refused": self.refused, "chars": self.chars,
            "mean_chars": round(self.chars / max(self.n, 1), 1),
            "seconds": round(wall, 1), "workers": n_workers,
            "inputs_per_s": round(self.n / wall, 2) if wall else None,
            "parse_seconds": round(self.seconds["parse"], 1),
            "parse_ms_per_input": round(1000 * self.seconds["parse"] / max(self.n, 1), 2),
            "modes": per_mode,
            "exceptions": sum(c["exceptions"] for c in self.counts.values()),
            "dropped_drafts": sum(c["dropped"] for c in self.counts.values()),
            "invariant_failures": sum(c["invariants"] for c in self.counts.values()),
            "failed_inputs": len(self.failed_inputs),
            "worker_crashes": self.crashes,
            "distinct_failures": [{"mode": e["mode"], "failure": e["part"], "count": e["count"],
                                   "first_input": e["example"]["id"], "folder": str(self._folder(e["part"]))}
                                  for e in sorted(self.parts.values(), key=lambda e: -e["count"])],
        }


def code_version() -> str:
    """``git describe``-like: the commit, with ``+dirty`` when src/ has uncommitted changes."""
    import subprocess

    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"], capture_output=True,
                               text=True, check=True).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _print_summary(s: dict[str, Any]) -> None:
    print("\n== fuzz summary ==")
    print(f"code {s['code']}, {s['date']}")
    print(f"seed {s['seed']}: {s['inputs']:,} inputs ({s['mean_chars']} chars on average, {s['refused']} refused up front) "
          f"in {s['seconds']:.0f} s with {s['workers']} workers = {s['inputs_per_s']} inputs/s, every mode on each")
    print(f"  spaCy parse (shared): {s['parse_ms_per_input']} ms/input")
    for m, c in s["modes"].items():
        print(f"  {m:9s} exceptions {c['exceptions']:,}  dropped drafts {c['dropped']:,}  invariant failures "
              f"{c['invariants']:,}  | component {c['ms_per_input']} ms/input; alone ~{c['inputs_per_s_alone']} inputs/s "
              f"| {c['attributions']:,} attributions")
    print(f"  totals: exceptions {s['exceptions']:,}, dropped drafts {s['dropped_drafts']:,}, invariant failures "
          f"{s['invariant_failures']:,} ({s['failed_inputs']:,} failing inputs)")
    for c in s["worker_crashes"]:
        print(f"  WORKER DIED on {c['chunk']}: {c['why']}")
    for d in s["distinct_failures"]:
        print(f"  - [{d['mode']}] x{d['count']}: {d['failure']}  (first: input {d['first_input']}; {d['folder']})")


def _executor(n: int, init: Any, initargs: tuple) -> cf.ProcessPoolExecutor:
    return cf.ProcessPoolExecutor(max_workers=n, mp_context=mp.get_context("spawn"), initializer=init,
                                  initargs=initargs)


def _task_label(task: dict[str, Any]) -> str:
    if "texts" in task:
        return ", ".join(name for name, _ in task["texts"])
    return f"seed {task['seed']} inputs {task['start']}..{task['end'] - 1}"


def _run(tasks_iter: Any, args: argparse.Namespace, modes: tuple[str, ...], tally: Tally, *, deadline: float | None,
         use_corpus: bool) -> None:
    """Feed tasks to the workers (at most two in flight per worker), tally results, print progress.
    A worker that dies (a segfault, the OOM killer) loses its chunk: the chunk is recorded as a
    ``worker-died`` failure (rerun it with ``--start``/``--n``) and a fresh pool goes on."""
    t_start = time.monotonic()
    last = t_start
    while True:
        ex = _executor(args.workers, _init_worker, (modes, args.batch, use_corpus, args.ort_threads))
        pending: dict[cf.Future, dict[str, Any]] = {}
        broken = False

        def fill() -> None:
            while len(pending) < 2 * args.workers:
                if deadline is not None and time.monotonic() > deadline:
                    return
                task = next(tasks_iter, None)
                if task is None:
                    return
                pending[ex.submit(_work, task)] = task

        try:
            fill()
            while pending:
                done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                for fut in done:
                    task = pending.pop(fut)
                    try:
                        tally.add(fut.result())
                    except cf.process.BrokenProcessPool as exc:
                        broken = True
                        tally.worker_died(_task_label(task), f"{type(exc).__name__}: {exc}")
                if broken:
                    for task in pending.values():
                        tally.worker_died(_task_label(task), "lost with the pool (rerun to tell which chunk killed it)")
                    pending.clear()
                    break
                fill()
                now = time.monotonic()
                if now - last >= args.progress:
                    last = now
                    el = now - t_start
                    c = tally.counts
                    print(f"[{el:7.0f} s] {tally.n:,} inputs, {tally.n / el:.1f}/s | "
                          + " | ".join(f"{m}: exc {c[m]['exceptions']} drop {c[m]['dropped']} inv {c[m]['invariants']}"
                                       for m in modes)
                          + f" | distinct {len(tally.parts)}", flush=True)
        finally:
            ex.shutdown(wait=not broken, cancel_futures=True)
        if not broken:
            return
        print("  a worker died: starting a fresh pool", flush=True)


def _generated_tasks(args: argparse.Namespace, modes: tuple[str, ...]):
    i = args.start
    end = args.start + args.n if args.n else None
    while end is None or i < end:
        j = i + args.chunk if end is None else min(i + args.chunk, end)
        yield {"seed": args.seed, "start": i, "end": j, "polnear_rate": args.polnear_rate,
               "huge_every": args.huge_every}
        i = j


def corpus_texts() -> list[tuple[str, str]]:
    """``(name, text)`` of every PolNeAR train and dev text, ``../shared/cases/articles`` and the
    texts of ``../shared/cases/field-cases.jsonl``."""
    out: list[tuple[str, str]] = []
    for split in ("train", "dev"):
        for f in sorted((SHARED / "data" / "polnear" / split / "text").glob("*.txt")):
            out.append((f"polnear/{split}/{f.name}", f.read_text(encoding="utf-8")))
    for f in sorted((SHARED / "cases" / "articles").glob("*.txt")):
        out.append((f"cases/{f.name}", f.read_text(encoding="utf-8")))
    fc = SHARED / "cases" / "field-cases.jsonl"
    if fc.is_file():
        for line in fc.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((f"field-cases/{row.get('id')}", row["text"]))
    return out


def _corpus_tasks(args: argparse.Namespace):
    texts = corpus_texts()
    if not texts:
        sys.exit(f"no texts under {SHARED}: PolNeAR and the cases live in ../shared next to the repository")
    print(f"{len(texts)} texts ({sum(1 for n, _ in texts if n.startswith('polnear/'))} PolNeAR train+dev)", flush=True)
    # longest first, so the last chunks are short ones
    texts.sort(key=lambda nt: -len(nt[1]))
    for k in range(0, len(texts), 8):
        yield {"texts": texts[k:k + 8]}


def _saved_failures(folders: list[Path]) -> list[dict[str, Any]]:
    """The failures saved under ``folders`` (a run's failure folder, or some of its per-failure
    folders) as :class:`Tally` ``parts`` entries, one per saved input and failure."""
    out = []
    for folder in folders:
        subs = [folder] if (folder / "SIGNATURE").is_file() else sorted(p for p in folder.iterdir() if (p / "SIGNATURE").is_file())
        for sub in subs:
            part = (sub / "SIGNATURE").read_text(encoding="utf-8").strip()
            for js in sorted(sub.glob("*.json")):
                meta = json.loads(js.read_text(encoding="utf-8"))
                text = js.with_suffix(".txt").read_text(encoding="utf-8", errors="surrogatepass")
                out.append({"mode": meta["mode"], "part": part, "example": {"text": text, "id": meta["id"]}})
    return out


def _reduce_all(tally: Tally, args: argparse.Namespace, modes: tuple[str, ...],
                entries: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    by_part: dict[str, dict[str, Any]] = {}
    for e in sorted(tally.parts.values() if entries is None else entries, key=lambda e: len(e["example"]["text"])):
        if e["part"] not in by_part:  # once per failure, from its shortest example; modes checked after
            by_part[e["part"]] = {"mode": e["mode"], "part": e["part"], "text": e["example"]["text"],
                                  "id": e["example"]["id"], "max_checks": args.reduce_checks,
                                  "max_seconds": args.reduce_seconds}
    jobs = list(by_part.values())
    if not jobs:
        return []
    print(f"\nreducing {len(jobs)} distinct failures ...", flush=True)
    out = []
    with _executor(min(args.workers, len(jobs)), _init_worker, (modes, 1, False, args.ort_threads)) as ex:
        for r in ex.map(_reduce, jobs):
            out.append(r)
            print(f"  {r['part']}  [{','.join(r['modes_failing']) or 'not reproduced'}]\n"
                  f"    {len(r['text'])} -> {len(r['reduced'])} chars: {r['reduced']!r}\n"
                  f"    minimal ({len(r['minimal'])} chars): {r['minimal']!r}", flush=True)
            for m, v in r["outcomes"].items():
                print(f"    [{m}] {_error_of(v['outcome'])[:300]}\n    reproduced by saidwhat.extract: "
                      f"{v['reproduced_by_extract']}", flush=True)
    return out


def _write_regressions(reduced: list[dict[str, Any]], path: Path) -> None:
    """Append one ``{"text", "mode", "error", "failure", "minimal"}`` line per reduced failure and
    mode it fails in (lines already in the file are not repeated)."""
    seen = set()
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                seen.add((row["text"], row["mode"]))
    n = 0
    with path.open("a", encoding="utf-8") as fh:
        for r in reduced:
            for m, v in r["outcomes"].items():
                if (r["reduced"], m) in seen:
                    continue
                seen.add((r["reduced"], m))
                fh.write(json.dumps({"text": r["reduced"], "mode": m, "error": _error_of(v["outcome"]),
                                     "failure": r["part"], "minimal": r["minimal"],
                                     "reproduced_by_extract": v["reproduced_by_extract"]}, ensure_ascii=False) + "\n")
                n += 1
    print(f"appended {n} rows to {path}")


def _repro(paths: list[str], modes: tuple[str, ...]) -> int:
    from fuzz.runner import extract_outcome, signature

    bad = 0
    for p in paths:
        text = Path(p).read_text(encoding="utf-8", errors="surrogatepass")
        for m in modes:
            o = extract_outcome(text, m)
            sig = signature(o) if o else "refused"
            bad += bool(o and not o.ok)
            print(f"{p} [{m}]: {sig or 'ok'}")
            if o and o.error:
                print(o.trace)
            for v in (o.violations if o else [])[:10]:
                print("   ", v)
            for w in (o.warnings if o else [])[:10]:
                print("    warning:", w)
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=0, help="inputs to run (0: until --minutes is up)")
    ap.add_argument("--minutes", type=float, default=None, help="stop starting new work after this long")
    ap.add_argument("--modes", default="fast,accurate")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch", type=int, default=32, help="texts per nlp.pipe / tagger batch")
    ap.add_argument("--chunk", type=int, default=128, help="inputs per task sent to a worker")
    ap.add_argument("--ort-threads", type=int, default=1,
                    help="ONNX Runtime threads per worker for the accurate tagger (0: the engine's default, one per core)")
    ap.add_argument("--start", type=int, default=0, help="index of the first input")
    ap.add_argument("--polnear-rate", type=float, default=0.2, help="share of mutated PolNeAR train texts")
    ap.add_argument("--huge-every", type=int, default=200_000,
                    help="one ~1 MB text in every N inputs, input N/2-1 of each N (0: never); ~6 CPU-minutes each")
    ap.add_argument("--polnear", action="store_true", help="check every PolNeAR train+dev text and ../shared/cases instead")
    ap.add_argument("--out", type=Path, default=None, help="write the summary (JSON) here")
    ap.add_argument("--failures", type=Path, default=None, help="folder for failing inputs (default artifacts/fuzz/seed-S)")
    ap.add_argument("--keep", type=int, default=20, help="failing inputs saved per distinct failure")
    ap.add_argument("--progress", type=float, default=30.0, help="seconds between progress lines")
    ap.add_argument("--reduce", action="store_true", help="shrink each distinct failure to a small input at the end")
    ap.add_argument("--reduce-checks", type=int, default=1500)
    ap.add_argument("--reduce-seconds", type=float, default=240.0)
    ap.add_argument("--regressions", type=Path, default=None, help="append reduced failures here (JSON lines)")
    ap.add_argument("--repro", nargs="+", default=None, help="re-check saved input files through saidwhat.extract")
    ap.add_argument("--reduce-saved", nargs="+", type=Path, default=None,
                    help="shrink the failures saved in these folders (a run's --failures folder or its subfolders)")
    ap.add_argument("--show-input", type=int, default=None, help="print input I of --seed and exit")
    args = ap.parse_args(argv)
    modes = tuple(m.strip() for m in args.modes.split(",") if m.strip())
    if any(m not in ("fast", "accurate") for m in modes):
        ap.error("--modes: fast and/or accurate")

    if args.show_input is not None:
        corpus = grammar.Corpus.load()
        if is_huge(args.show_input, args.huge_every):
            import random

            sys.stdout.write(grammar.huge(random.Random(f"{args.seed}:{args.show_input}"), corpus))
        else:
            s = grammar.sample_at(args.seed, args.show_input, corpus=corpus, polnear_rate=args.polnear_rate)
            print(json.dumps({"tags": s.tags, "text": s.text}, ensure_ascii=False))
        return 0
    if args.repro:
        return _repro(args.repro, modes)
    if args.reduce_saved:
        reduced = _reduce_all(Tally(modes, Path("."), 0), args, modes, _saved_failures(args.reduce_saved))
        if args.regressions:
            _write_regressions(reduced, args.regressions)
        if args.out:
            args.out.write_text(json.dumps(reduced, ensure_ascii=False, indent=1), encoding="utf-8")
        return 1 if any(r["modes_failing"] for r in reduced) else 0
    if not args.polnear and not args.n and args.minutes is None:
        ap.error("give --n and/or --minutes (or --polnear)")

    seed_label: Any = "polnear+cases" if args.polnear else args.seed
    failures_dir = args.failures or DEFAULT_FAILURES / ("polnear" if args.polnear else f"seed-{args.seed}")
    tally = Tally(modes, failures_dir, args.keep)
    print(f"saidwhat fuzz: seed {seed_label}, modes {','.join(modes)}, {args.workers} workers (spawn), "
          f"{'n ' + format(args.n, ',') if args.n else ''} {'minutes ' + str(args.minutes) if args.minutes else ''}; "
          f"failing inputs -> {failures_dir}", flush=True)
    t0 = time.monotonic()
    deadline = t0 + 60 * args.minutes if args.minutes else None
    tasks = _corpus_tasks(args) if args.polnear else _generated_tasks(args, modes)
    try:
        _run(tasks, args, modes, tally, deadline=deadline, use_corpus=not args.polnear)
    except KeyboardInterrupt:
        print("interrupted: summary of what ran", flush=True)
    wall = time.monotonic() - t0
    summary = tally.summary(seed_label, wall, args.workers)
    _print_summary(summary)
    if args.reduce and tally.parts:
        reduced = _reduce_all(tally, args, modes)
        summary["reduced"] = [{"failure": r["part"], "text": r["reduced"], "minimal": r["minimal"],
                               "modes": r["modes_failing"],
                               "errors": {m: _error_of(v["outcome"]) for m, v in r["outcomes"].items()},
                               "reproduced_by_extract": {m: v["reproduced_by_extract"] for m, v in r["outcomes"].items()}}
                              for r in reduced]
        if args.regressions:
            _write_regressions(reduced, args.regressions)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {args.out}")
    return 1 if tally.parts or tally.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
