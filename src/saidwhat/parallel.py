"""Run the pipeline on many documents and isolate each failure: the one parallel path.

:func:`saidwhat.extract_many` with ``n_process > 1``, corpus ingest
(:func:`saidwhat.corpus.ingest.ingest`) and the Dask batch tasks (:mod:`saidwhat.batch`) all
extract through :func:`extract_parallel` / :func:`extract_batch`: one result per document, in
order, where a document the engine fails on becomes a :class:`~saidwhat.errors.SaidwhatError`
naming it and the others go on.

This module imports neither the engine nor the corpus package at import time (they import it),
so there is no import circle: the default extractor, :func:`saidwhat.extract_many`, is looked up
when a batch runs.
"""

from __future__ import annotations

import os
import time
from collections import deque
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from .config import Config
from .errors import ModelError, SaidwhatError
from .types import Article

#: Environment variables that size native thread pools (OpenMP, BLAS…; ONNX Runtime's tagger
#: reads ``OMP_NUM_THREADS`` too): set in every worker process, unless already set, to its share
#: of the cores (1 with one process per core), so that N worker processes run N × share threads,
#: not N × cores.
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS",
                    "VECLIB_MAXIMUM_THREADS")


def limit_threads(threads: int = 1) -> None:
    """Set :data:`THREAD_VARIABLES` to ``threads`` where not already set; call it in a worker
    process before the pipeline is loaded (the native libraries read them when they start)."""
    for var in THREAD_VARIABLES:
        os.environ.setdefault(var, str(threads))


#: A callable like :func:`saidwhat.extract_many`: ``(items, n_process=1, config=...)`` → one
#: :class:`Article` or :class:`SaidwhatError` per ``(text, context)`` item, in order.
Extractor = Callable[..., Iterator[Article | SaidwhatError]]


def extract_batch(batch: list[tuple[str, dict[str, Any]]], config: Config,
                  extractor: Extractor | None = None) -> list[Article | SaidwhatError]:
    """Extract one batch (in a worker process or in this one): one result per item, in order.

    An unexpected exception of the engine on the batch is retried item by item, and an item
    that still fails becomes a :class:`SaidwhatError` naming it (``context["name"]``), so one
    bad text never stops a run.

    Args:
        batch: ``(text, context)`` pairs; ``context`` may hold ``title``, ``meta`` and ``name``.
        config: limits and model choice.
        extractor: a callable like :func:`saidwhat.extract_many` (the default, looked up at call
            time), called with ``n_process=1``.

    Raises:
        ModelError: the pipeline can't be loaded (every document would fail the same way).
    """
    if extractor is None:
        from . import extract_many as extractor  # noqa: N813
    try:
        return list(extractor(batch, n_process=1, config=config))
    except ModelError:
        raise
    except Exception:  # noqa: BLE001  (an engine bug on some text: isolate it below)
        pass
    out: list[Article | SaidwhatError] = []
    for item in batch:
        try:
            out.extend(extractor([item], n_process=1, config=config))
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001
            out.append(SaidwhatError(f"{item[1].get('name', 'input')}: extraction failed ({exc.__class__.__name__}: {exc})"))
    return out


def init_worker(config: Config, load: bool, parent: int, threads: int = 1) -> None:
    """Worker start-up: ``threads`` per native thread pool (:func:`limit_threads`; the worker's
    share of the cores), exit when the parent process dies (even by SIGKILL, which leaves it no
    chance to stop its workers), and build the pipeline once, before the first batch."""
    import threading

    limit_threads(threads)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="saidwhat-parent-watch", daemon=True).start()
    if load:
        from . import load as load_pipeline

        load_pipeline(config=config)


def extract_parallel(items: Iterable[tuple[str, dict[str, Any]]], *, n_process: int, config: Config,
                     batch_size: int | None = None, extractor: Extractor | None = None) -> Iterator[Article | SaidwhatError]:
    """Like :func:`saidwhat.extract_many`: one result per item, in order, but batches go to
    ``n_process`` worker processes (``spawn``; each builds the pipeline once, with its share of the
    cores for native thread pools: :func:`limit_threads`) that return
    finished :class:`~saidwhat.types.Article` records; with ``n_process=1`` batches run here
    (what each Dask batch task does on its worker).

    At most ``2 * n_process`` batches are in flight, so memory stays bounded on an endless
    input. ``items`` is consumed in this process only (it may read the store). Workers exit when
    this process dies. As with any ``spawn`` multiprocessing, a script calling this with
    ``n_process > 1`` must guard its top level with ``if __name__ == "__main__":``.

    Raises:
        SaidwhatError: a worker process died.
        ModelError: the pipeline can't be loaded.
    """
    bs = batch_size or config.batch_size
    it = iter(items)
    if n_process <= 1:
        while batch := list(islice(it, bs)):
            yield from extract_batch(batch, config, extractor)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=n_process, mp_context=multiprocessing.get_context("spawn"),
                               initializer=init_worker,
                               initargs=(config, extractor is None, os.getpid(), max(1, (os.cpu_count() or 1) // n_process)))
    futures: deque[Future[list[Article | SaidwhatError]]] = deque()
    try:
        def submit() -> bool:
            batch = list(islice(it, bs))
            if batch:
                futures.append(pool.submit(extract_batch, batch, config, extractor))
            return bool(batch)

        for _ in range(2 * n_process):
            if not submit():
                break
        while futures:
            try:
                results = futures.popleft().result()
            except BrokenProcessPool as exc:
                raise SaidwhatError("an extraction worker process died (out of memory or killed; or a script that calls "
                                    "ingest with several processes lacks `if __name__ == '__main__':`)") from exc
            submit()
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
