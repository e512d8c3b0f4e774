"""Extraction workers of the web server, with admission control: :class:`ExtractionPool`.

``saidwhat serve --workers N`` runs **one server process** (uvicorn, the FastAPI app, the corpus
store) **and a pool of N extraction worker processes**, each started with ``spawn`` and loading the
pipeline once (:func:`saidwhat.parallel.init_worker`: it also makes a worker exit when the server
dies). Why this and not N uvicorn processes each with its own pipeline (issue 15):

- **Admission control is exact.** One process sees every extraction request, so the bound on
  requests in flight (``--workers`` running + ``--queue`` waiting) is one counter; past it a request
  gets 503 with ``Retry-After`` at once. With N server processes the kernel hands connections to
  processes, not requests to idle workers: each process needs its own bound, a keep-alive client
  stays on one process, and one process can shed load while another idles.
- **The time limit can be enforced.** A thread running a spaCy/ONNX extraction can't be stopped;
  a worker process can. Past ``--timeout`` the worker running the request is killed and a fresh one
  started in its place, so a pathological text never wedges a worker. With in-process extraction
  the only remedy would be to kill a whole server process, with every request it holds.
- **Light routes stay light.** The server process does no extraction, so pages, ``/openapi.json``,
  the corpus routes (read-only SQLite, a connection per request) and ``/healthz``/``/readyz`` never
  wait behind the extraction's CPU work or its GIL; ``/readyz`` tells the truth about the one queue.
- **Memory is the same:** N pipelines either way; the server process itself loads no model. The
  price is pickling each request and its result across a pipe: about 0.8 ms for the seed article's
  record (15 kB; the API's JSON, another 0.8 ms, is built in the worker), against 0.5-2 s of
  extraction.

Measured (2026-12-06, the 2-core development machine under a load average of about 10 from other
jobs, so only the comparison counts): 2 workers each way, the seed article, 24 requests from 8
clients at once (``bench_load.run_level``), two runs each, alternating. *A* = ``uvicorn --workers 2``
with extraction on a thread of each process (queue 4 each, ``OMP_NUM_THREADS=1``); *B* = this pool
(queue 8).

====  ==============  =====================  ==========  ==============  =========
      requests/s      shed (of 24; 8 in      p95 (s)     light GET max   RSS, all
                      flight < capacity 10)              (ms)            processes
====  ==============  =====================  ==========  ==============  =========
A     0.504, 0.418    1, 5                   20.8, 25.1  117, 105        ~1.0 GiB
B     0.464, 0.452    0, 0                   18.0, 19.6  57, 62          ~1.0 GiB
====  ==============  =====================  ==========  ==============  =========

The same throughput within the noise (both designs are bound by the two cores) and the same
memory; A shed requests while under its total capacity (each process has its own queue, and the
kernel, not the queue, picks the process) and had the longer tail. Hence B.

Semantics:

- a request is *admitted* when fewer than ``workers + queue`` extraction requests are in flight
  (running or waiting); otherwise :class:`~saidwhat.errors.OverloadedError` (HTTP 503,
  ``Retry-After``: an estimate from the recent service time);
- its deadline is ``timeout_s`` after admission, the wait for a worker included; past it the
  request gets :class:`~saidwhat.errors.TimeLimitError` (HTTP 504): if it was still waiting it is
  dropped, if it was running its worker is killed (``SIGKILL``) and replaced;
- a request whose client goes away while it waits is dropped without running;
- a worker process that dies (out of memory, a crash) fails its request with a
  :class:`~saidwhat.errors.SaidwhatError` (HTTP 503) and is replaced.
- each worker process runs ONNX Runtime on ``cpu_count // workers`` threads (1 at least;
  ``OMP_NUM_THREADS`` in the environment wins), so N workers don't run more threads than cores.

With ``processes=False`` the workers are threads of this process (the tests' stand-in extractors,
which need not be picklable): the same admission and deadlines, but a timed-out thread can't be
stopped, only abandoned (its slot gets a fresh thread; the old one runs on until it returns).
"""

from __future__ import annotations

import asyncio
import json
import math
import multiprocessing
import os
import gc
import signal
import threading
import time
from collections import deque
from concurrent.futures import Executor, Future, InvalidStateError, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Callable

from ..config import DEFAULT_QUEUE_PER_WORKER, DEFAULT_REQUEST_TIMEOUT_S, DEFAULT_SERVE_WORKERS, Config
from ..errors import ModelError, OverloadedError, SaidwhatError, TimeLimitError
from ..types import Article

#: ``(text, *, title, config, meta) -> Article``, like :func:`saidwhat.extract`.
ExtractFn = Callable[..., Article]

#: Weight of the newest extraction in the running mean service time (for ``Retry-After``).
_EWMA_ALPHA = 0.2


@dataclass(frozen=True)
class Job:
    """One extraction request, as a worker receives it (picklable).

    Attributes:
        text: the article's text (``data`` is then ``None``).
        data: raw bytes instead (an upload, or an HTML body): decoded by
            :func:`saidwhat.article.inputs.document_from_bytes`.
        name: how error messages name the input (``"request body"``, ``"uploaded file 'a.txt'"``).
        html: ``data`` is an HTML page (its main text and title are extracted first).
        title: the article's title when given.
        filters: ``{"classes": tuple | None, "negated": bool}`` (:func:`saidwhat.filters.resolve`) to
            apply to the result; ``None`` keeps the record whole.
        as_json: return the record as UTF-8 JSON bytes (schema ``saidwhat/1``, as
            ``Article.to_dict``), built in the worker, instead of the :class:`Article`.
    """

    text: str | None = None
    data: bytes | None = None
    name: str = "request body"
    html: bool = False
    title: str | None = None
    filters: dict[str, Any] | None = None
    as_json: bool = False


def filtered(article: Article, filters: dict[str, Any] | None) -> Article:
    """``article`` with only the attributions that ``filters`` (``{"classes", "negated"}`` as
    :func:`saidwhat.filters.resolve` returns them; ``None``: all) keeps; ids unchanged."""
    from ..filters import ALL, select

    if filters is None or (filters["classes"] is None and filters["negated"]):
        return article
    return select(article, ALL if filters["classes"] is None else filters["classes"], filters["negated"])


def run_job(job: Job, config: Config, extract_fn: ExtractFn | None = None) -> Article | bytes:
    """Run one :class:`Job` here (in a worker): decode, extract, filter, and maybe encode.

    Returns:
        The :class:`Article`, or its JSON (UTF-8 bytes) when ``job.as_json``.

    Raises:
        InputError: the input can't be read (empty, undecodable, too large: 422/413).
        ModelError: the pipeline can't be loaded (503).
    """
    if extract_fn is None:
        from .. import extract as extract_fn  # noqa: N813
    if job.data is not None:
        from ..article.inputs import document_from_bytes

        doc = document_from_bytes(job.data, name=job.name, html=job.html, config=config)
        meta = {k: v for k, v in doc.meta.items() if k != "source" and v not in (None, [], "")}
        article = extract_fn(doc.text, title=job.title or doc.title, config=config, meta=meta)
    else:
        article = extract_fn(job.text or "", title=job.title, config=config, meta=None)
    article = filtered(article, job.filters)
    if job.as_json:  # what starlette's JSONResponse would send, built here rather than in the server
        return json.dumps(article.to_dict(), ensure_ascii=False, allow_nan=False, indent=None,
                          separators=(",", ":")).encode("utf-8")
    return article


# ---- inside a worker --------------------------------------------------------------------------

#: Per worker (each worker is one thread: of its own process, or of the server in thread mode):
#: ``load_error``, why its pipeline could not be built.
_worker = threading.local()


def _load(config: Config) -> None:
    """Build the pipeline now; a failure is kept (each extraction then answers it: 503), so the
    worker stays up and ``/readyz`` can say why."""
    try:
        from .. import load

        load(config=config)
        _worker.load_error = None
    except Exception as exc:  # noqa: BLE001  (ModelError, or a broken install: reported, not fatal)
        _worker.load_error = str(exc) or exc.__class__.__name__


def _init_process(config: Config, load: bool, parent: int, threads: int) -> None:
    from ..parallel import init_worker

    os.environ.setdefault("OMP_NUM_THREADS", str(threads))  # ONNX Runtime's threads (unless the operator set it)
    init_worker(config, False, parent)  # exit when the server process dies
    if load:
        _load(config)


def _init_thread(config: Config, load: bool) -> None:
    if load:
        _load(config)


def _ready() -> tuple[int, str | None]:
    """The worker's process id and its pipeline's load error (``None``: fine); runs right after
    the worker's initializer, so its result says the worker is up."""
    return os.getpid(), getattr(_worker, "load_error", None)


# ---- in the server ----------------------------------------------------------------------------

class _Ticket:
    """An admitted request: its job, its answer (a future), its deadline."""

    __slots__ = ("job", "future", "deadline", "started")

    def __init__(self, job: Job, deadline: float) -> None:
        self.job = job
        self.future: Future[Article | bytes] = Future()
        self.deadline = deadline
        self.started: float | None = None


class _Slot:
    """One worker: its executor (one process or one thread), its readiness, its current ticket."""

    __slots__ = ("index", "executor", "ready", "ticket", "generation")

    def __init__(self, index: int) -> None:
        self.index = index
        self.executor: Executor | None = None
        self.ready: Future[tuple[int, str | None]] | None = None
        self.ticket: _Ticket | None = None
        self.generation = 0


def _settle(fut: Future[Any], result: Any = None, exc: BaseException | None = None) -> None:
    """Answer a ticket's future unless it is already answered or cancelled (a client gone)."""
    try:
        if exc is not None:
            fut.set_exception(exc)
        else:
            fut.set_result(result)
    except InvalidStateError:
        pass


class ExtractionPool:
    """N extraction workers behind one bounded queue, with a per-request deadline.

    Thread-safe and not bound to an event loop (a lock, stdlib futures and a watchdog thread), so
    one pool serves any number of event loops (Starlette's TestClient makes one per request).

    Args:
        config: limits and model choice, passed to every job.
        extract_fn: the extractor (``(text, *, title, config, meta) -> Article``);
            :func:`saidwhat.extract` when ``None``. With ``processes=True`` it must be picklable (a
            module-level function).
        workers: extraction workers (1 or more).
        queue: requests that may wait for a worker beyond those running (0 or more);
            ``DEFAULT_QUEUE_PER_WORKER * workers`` when ``None``.
        timeout_s: seconds from admission to answer (more than 0).
        processes: workers are ``spawn`` processes (else threads of this process).
        load: build the pipeline in each worker when it starts (else on its first extraction).

    Raises:
        ValueError: ``workers``, ``queue`` or ``timeout_s`` out of range.
    """

    def __init__(self, config: Config, *, extract_fn: ExtractFn | None = None,
                 workers: int = DEFAULT_SERVE_WORKERS, queue: int | None = None,
                 timeout_s: float = DEFAULT_REQUEST_TIMEOUT_S, processes: bool = True, load: bool = False) -> None:
        if workers < 1:
            raise ValueError(f"workers: {workers!r}; give 1 or more")
        if queue is not None and queue < 0:
            raise ValueError(f"queue: {queue!r}; give 0 or more")
        if not timeout_s > 0:
            raise ValueError(f"timeout_s: {timeout_s!r}; give a number of seconds over 0")
        self.config = config
        self.extract_fn = extract_fn
        self.workers = workers
        self.queue = DEFAULT_QUEUE_PER_WORKER * workers if queue is None else queue
        self.timeout_s = float(timeout_s)
        self.processes = processes
        self.load = load
        self._lock = threading.Condition(threading.RLock())
        self._pending: deque[_Ticket] = deque()
        self._slots: list[_Slot] = []
        self._admitted = 0
        self._started = False
        self._closed = False
        self._service_s: float | None = None
        self._watchdog: threading.Thread | None = None
        self._retired: list[threading.Thread] = []  # stopped process pools' manager threads, for join()

    @property
    def threads_per_worker(self) -> int:
        """Native threads (``OMP_NUM_THREADS``, which sizes ONNX Runtime's pool) of each worker
        process unless the environment sets it: the CPU cores shared among the workers, 1 at
        least, so that N workers never run more threads than there are cores."""
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        return max(1, cores // self.workers)

    @property
    def capacity(self) -> int:
        """Most extraction requests in flight at once: ``workers + queue``."""
        return self.workers + self.queue

    # ---- life cycle ---------------------------------------------------------------------------
    def start(self) -> None:
        """Start the workers (idempotent; the first extraction starts them too)."""
        with self._lock:
            if self._started or self._closed:
                return
            self._started = True
            self._slots = [_Slot(i) for i in range(self.workers)]
            for slot in self._slots:
                self._spawn(slot)
            self._watchdog = threading.Thread(target=self._watch, name="saidwhat-extract-watchdog", daemon=True)
            self._watchdog.start()

    async def wait_started(self) -> None:
        """Start the workers and wait until each has run its initializer (loaded its pipeline
        when ``load``)."""
        self.start()
        with self._lock:
            ready = [s.ready for s in self._slots if s.ready is not None]
        await asyncio.gather(*(asyncio.wrap_future(f) for f in ready), return_exceptions=True)

    def close(self) -> None:
        """Refuse new requests, answer waiting ones with 503 and stop the workers (a worker still
        running a request is killed; idle ones exit)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            while self._pending:
                _settle(self._pending.popleft().future, exc=ModelError("the server is shutting down"))
            for slot in self._slots:
                if slot.ticket is not None:
                    _settle(slot.ticket.future, exc=ModelError("the server is shutting down"))
                    slot.ticket = None
                    self._stop(slot, kill=True)
                else:
                    self._stop(slot, kill=False)
            self._lock.notify_all()

    def join(self, timeout_s: float = 5.0) -> bool:
        """After :meth:`close`, wait up to ``timeout_s`` seconds for the stopped workers to exit
        and their executors to release their queues and semaphores.

        A server stopped by SIGTERM exits by the signal once its lifespan ends, before the
        interpreter's own exit hooks would join the worker pools; without this join,
        multiprocessing's resource tracker then warns of leaked semaphores.

        Returns:
            ``True`` when every stopped executor finished within the time.
        """
        with self._lock:
            retired, self._retired = self._retired, []
            for slot in self._slots:
                slot.executor = slot.ready = None
        done = threading.Event()

        def wait_all() -> None:
            while retired:
                retired.pop().join()
            gc.collect()  # the queues' semaphores are released when they are collected
            done.set()

        threading.Thread(target=wait_all, name="saidwhat-extract-join", daemon=True).start()
        return done.wait(timeout_s)

    def _spawn(self, slot: _Slot) -> None:
        """Give ``slot`` a fresh executor (under the lock)."""
        slot.generation += 1
        load = self.load and self.extract_fn is None
        if self.processes:
            executor: Executor = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_init_process,
                initargs=(self.config, load, os.getpid(), self.threads_per_worker))
        else:
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"saidwhat-extract-{slot.index}",
                                          initializer=_init_thread, initargs=(self.config, load))
        slot.executor = executor
        slot.ready = executor.submit(_ready)
        generation = slot.generation
        slot.ready.add_done_callback(lambda _f: self._on_ready(slot, generation))

    def _on_ready(self, slot: _Slot, generation: int) -> None:
        """A worker has come up (or failed to): hand it waiting requests."""
        with self._lock:
            if slot.generation == generation:
                self._dispatch()

    def _stop(self, slot: _Slot, *, kill: bool) -> None:
        """Stop ``slot``'s executor; with ``kill``, kill its process first (a thread can only be
        abandoned). Never waits."""
        executor, ready = slot.executor, slot.ready
        slot.generation += 1  # whatever the old executor still answers is ignored
        if executor is None:
            return

        def stop(_: object = None) -> None:
            if kill and self.processes and ready is not None:
                try:
                    pid = ready.result()[0]
                except Exception:  # noqa: BLE001  (it never came up: nothing to kill)
                    pid = None
                if pid is not None:
                    try:
                        os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
                    except OSError:
                        pass
            # the pool's manager thread, which joins the worker and closes its queues (private to
            # concurrent.futures; None for a thread pool): shutdown(wait=False) forgets it
            manager = getattr(executor, "_executor_manager_thread", None)
            executor.shutdown(wait=False, cancel_futures=True)
            if manager is not None:
                with self._lock:
                    self._retired.append(manager)

        if kill and self.processes and ready is not None and not ready.done():
            ready.add_done_callback(stop)  # the worker is still starting: kill it once it has a pid
        else:
            stop()

    # ---- requests -----------------------------------------------------------------------------
    async def run(self, job: Job) -> Article | bytes:
        """Extract ``job`` on a worker and return what :func:`run_job` returns.

        Raises:
            OverloadedError: ``workers + queue`` requests are already in flight (503).
            TimeLimitError: no answer within ``timeout_s`` of admission (504).
            SaidwhatError: what the extraction raised (InputError: 422/413, ModelError: 503), or a
                worker process died (503).
        """
        ticket = self.submit(job)
        return await asyncio.wrap_future(ticket.future)  # a cancelled await drops a waiting ticket

    def submit(self, job: Job) -> _Ticket:
        """Admit ``job`` (or raise :class:`OverloadedError`) and queue it; see :meth:`run`."""
        with self._lock:
            if self._closed:
                raise ModelError("the server is shutting down")
            self.start()
            if self._admitted >= self.capacity:
                retry = self.retry_after_s()
                raise OverloadedError(
                    f"the server is busy: {self._admitted} extraction requests in flight, the most it takes "
                    f"({self.workers} running + {self.queue} waiting); try again in {retry} s", retry)
            ticket = _Ticket(job, time.monotonic() + self.timeout_s)
            self._admitted += 1
            self._pending.append(ticket)
            ticket.future.add_done_callback(lambda _f, t=ticket: self._ticket_done(t))
            self._dispatch()
            self._lock.notify_all()  # the watchdog: a new deadline
            return ticket

    def retry_after_s(self) -> int:
        """Seconds after which a refused request may well be taken: the queue ahead divided
        among the workers, times the recent mean service time (1 s before any); 1 at least,
        the time limit at most."""
        with self._lock:
            per = self._service_s if self._service_s is not None else 1.0
            est = per * max(self._admitted - self.workers + 1, 1) / self.workers
            return int(min(max(math.ceil(est), 1), math.ceil(self.timeout_s)))

    def _ticket_done(self, ticket: _Ticket) -> None:
        with self._lock:
            self._admitted -= 1
            if ticket.started is None:
                try:
                    self._pending.remove(ticket)  # cancelled or expired while waiting
                except ValueError:
                    pass

    def _dispatch(self) -> None:
        """Hand waiting tickets to idle workers that are up (under the lock): a request waits here,
        where it can be dropped, rather than behind a worker's start-up."""
        for slot in self._slots:
            if self._closed or not self._pending:
                return
            if slot.ticket is not None or slot.ready is None or not slot.ready.done():
                continue
            ticket = None
            while self._pending:
                candidate = self._pending.popleft()
                if candidate.future.set_running_or_notify_cancel():  # False: its client went away
                    ticket = candidate
                    break
            if ticket is None:
                return
            self._start_on(slot, ticket)

    def _start_on(self, slot: _Slot, ticket: _Ticket) -> None:
        ticket.started = time.monotonic()
        slot.ticket = ticket
        for attempt in (1, 2):
            try:
                assert slot.executor is not None
                fut = slot.executor.submit(run_job, ticket.job, self.config, self.extract_fn)
                break
            except (BrokenProcessPool, RuntimeError):  # the worker died while idle: replace it, once
                self._stop(slot, kill=False)
                self._spawn(slot)
                if attempt == 2:
                    slot.ticket = None
                    _settle(ticket.future, exc=SaidwhatError("an extraction worker could not be started"))
                    return
        generation = slot.generation
        fut.add_done_callback(lambda f: self._job_done(slot, generation, ticket, f))

    def _job_done(self, slot: _Slot, generation: int, ticket: _Ticket, fut: Future[Any]) -> None:
        with self._lock:
            if slot.generation != generation:  # killed for its deadline, or closing: already answered
                return
            slot.ticket = None
            exc = None if fut.cancelled() else fut.exception()
            if fut.cancelled():
                _settle(ticket.future, exc=SaidwhatError("the extraction was cancelled"))
            elif exc is None:
                took = time.monotonic() - (ticket.started or time.monotonic())
                self._service_s = took if self._service_s is None else \
                    (1 - _EWMA_ALPHA) * self._service_s + _EWMA_ALPHA * took
                _settle(ticket.future, fut.result())
            elif isinstance(exc, BrokenProcessPool):
                _settle(ticket.future, exc=SaidwhatError(
                    "the extraction worker process died (out of memory or killed); it is being restarted"))
                self._stop(slot, kill=False)
                self._spawn(slot)
            else:
                _settle(ticket.future, exc=exc)
            self._dispatch()

    def _watch(self) -> None:
        """The watchdog thread: answer overdue tickets with TimeLimitError, killing and replacing
        the worker of a running one."""
        with self._lock:
            while not self._closed:
                now = time.monotonic()
                for ticket in [t for t in self._pending if t.deadline <= now]:
                    self._pending.remove(ticket)
                    _settle(ticket.future, exc=TimeLimitError(
                        f"the request waited {self.timeout_s:g} s (the time limit, --timeout) without reaching "
                        "a worker: the server is busy; try again later"))
                for slot in self._slots:
                    ticket = slot.ticket
                    if ticket is not None and ticket.deadline <= now:
                        slot.ticket = None
                        self._stop(slot, kill=True)
                        self._spawn(slot)
                        _settle(ticket.future, exc=TimeLimitError(
                            f"the extraction took longer than the time limit of {self.timeout_s:g} s (--timeout); "
                            "it was stopped"))
                self._dispatch()
                deadlines = [t.deadline for t in self._pending] + \
                            [s.ticket.deadline for s in self._slots if s.ticket is not None]
                self._lock.wait(max(min(deadlines) - now, 0.0) + 0.001 if deadlines else None)

    # ---- state ------------------------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        """``{"started", "workers", "workers_ready", "running", "waiting", "in_flight", "capacity",
        "queue", "timeout_s", "load_error"}``: counts of this moment (``workers_ready``: workers up
        with their pipeline loaded, or to be loaded on first use; ``load_error``: why a pipeline
        can't be loaded, else ``None``)."""
        with self._lock:
            up, error = 0, None
            for slot in self._slots:
                ready = slot.ready
                if ready is None or not ready.done() or ready.cancelled():
                    continue
                if ready.exception() is not None:
                    error = error or f"an extraction worker failed to start ({ready.exception()!r})"
                    continue
                _, load_error = ready.result()
                if load_error is None:
                    up += 1
                else:
                    error = error or load_error
            running = sum(1 for s in self._slots if s.ticket is not None)
            return {"started": self._started, "workers": self.workers, "workers_ready": up, "running": running,
                    "waiting": len(self._pending), "in_flight": self._admitted, "capacity": self.capacity,
                    "queue": self.queue, "timeout_s": self.timeout_s, "load_error": error}

    def readiness(self) -> tuple[bool, str, dict[str, Any]]:
        """Whether an extraction request would be taken now, why not, and :meth:`status`."""
        st = self.status()
        if self._closed:
            return False, "the server is shutting down", st
        if not st["started"]:
            return False, "the extraction workers are not started (they start at start-up or on the first extraction)", st
        if st["load_error"] and st["workers_ready"] == 0:
            return False, f"the pipeline can't be loaded: {st['load_error']}", st
        if st["workers_ready"] == 0:
            return False, "the pipeline is loading", st
        if st["in_flight"] >= st["capacity"]:
            return False, f"the extraction queue is full ({st['in_flight']} of {st['capacity']} in flight)", st
        return True, "ready", st
