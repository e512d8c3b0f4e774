"""The Dask worker plugin of batch runs: the pipeline is loaded once per worker, never pickled
with a task. Imported only when a batch runs (it imports ``distributed``)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from distributed import WorkerPlugin

from ..config import Config
from ..errors import ModelError
from ..parallel import THREAD_VARIABLES, limit_threads

__all__ = ["THREAD_VARIABLES", "WARM_UP_PAGE", "PipelinePlugin"]

log = logging.getLogger(__name__)

#: A small news page run through the whole task path once when a worker starts, so that the
#: first shard does not pay for what a first call costs (imports of the HTML and Parquet
#: libraries, spaCy's and the rules' lazy set-up: about a CPU-second in ``fast`` mode).
WARM_UP_PAGE = (b"<!doctype html><html><head><meta charset=\"utf-8\"><title>Council passes budget</title></head>"
                b"<body><article><h1>Council passes budget</h1><p>By Staff Reporter</p>"
                b"<p>The city council approved the budget on Monday. \"We have the votes,\" Mayor Jane Doe told "
                b"reporters after the meeting.</p><p>Officials said the plan would take effect in May, according "
                b"to a statement from the mayor's office.</p></article></body></html>")


class PipelinePlugin(WorkerPlugin):
    """Sizes the worker's native thread pools, loads the saidwhat pipeline once and warms it up,
    when the worker starts (or when the plugin is registered on a running worker), so that the
    tasks find it in the process's cache (:func:`saidwhat.engine.get_nlp`) and the first shard
    runs at full speed.

    ``OMP_NUM_THREADS`` and the like (:data:`saidwhat.parallel.THREAD_VARIABLES`) are set to the
    worker's task threads (1 by default) unless already set (a ``LocalCluster``'s nanny sets
    them to 1 before the worker process starts); ONNX Runtime's tagger takes its thread count
    from ``OMP_NUM_THREADS`` and, in ``accurate`` mode on the PyTorch path, torch gets as many
    intra-op threads, so N single-threaded workers use N cores.

    Args:
        config: limits and model choice (the mode).
        warm_up: run :data:`WARM_UP_PAGE` through HTML extraction and the pipeline once after
            loading (a failure there is logged, not raised, unless the model can't load).
    """

    name = "saidwhat-pipeline"
    idempotent = False

    def __init__(self, config: Config, warm_up: bool = True) -> None:
        self.config = config
        self.warm_up = warm_up

    async def setup(self, worker: Any) -> None:
        threads = max(1, int(getattr(worker.state, "nthreads", 1) or 1))
        limit_threads(threads)
        # off the worker's event loop, so that it keeps answering the scheduler meanwhile
        await asyncio.get_running_loop().run_in_executor(None, self._load, threads)

    def _load(self, threads: int) -> None:
        if self.config.mode == "accurate":
            try:
                import torch

                torch.set_num_threads(threads)
            except ImportError:  # the ONNX Runtime path, or fast without either
                pass
        from .. import load

        load(config=self.config)
        if self.warm_up:
            self._warm_up()

    def _warm_up(self) -> None:
        from .. import extract_many
        from ..article.inputs import document_from_bytes
        from . import run  # noqa: F401  (the task's module: pyarrow, the Parquet writer)

        try:
            import fastwarc.warc  # noqa: F401
        except ImportError:
            pass
        try:
            doc = document_from_bytes(WARM_UP_PAGE, name="warm-up", html=True, source="warm-up",
                                      url="https://example.org/warm-up", config=self.config)
            list(extract_many([(doc.text, {"title": doc.title})], n_process=1, config=self.config))
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001  (only a speed-up: the tasks report real failures)
            log.warning("saidwhat warm-up failed (%s: %s); the first shard will pay for it", exc.__class__.__name__, exc)
