"""The Dask worker plugin of batch runs: the pipeline is loaded once per worker, never pickled
with a task. Imported only when a batch runs (it imports ``distributed``)."""

from __future__ import annotations

import asyncio
import os
from typing import Any

from distributed import WorkerPlugin

from ..config import Config

#: Environment variables that size native thread pools (OpenMP, BLAS…), set on each worker.
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS",
                    "VECLIB_MAXIMUM_THREADS")


class PipelinePlugin(WorkerPlugin):
    """Sizes the worker's native thread pools and loads the saidwhat pipeline once, when the
    worker starts (or when the plugin is registered on a running worker), so that the tasks find it
    in the process's cache (:func:`saidwhat.engine.get_nlp`).

    ``OMP_NUM_THREADS`` and the like are set to the worker's task threads (1 by default) unless
    already set (a ``LocalCluster``'s nanny sets them to 1 before the worker process starts); in
    ``accurate`` mode torch gets as many intra-op threads, so N single-threaded workers use N
    cores.

    Args:
        config: limits and model choice (the mode).
    """

    name = "saidwhat-pipeline"
    idempotent = False

    def __init__(self, config: Config) -> None:
        self.config = config

    async def setup(self, worker: Any) -> None:
        threads = max(1, int(getattr(worker.state, "nthreads", 1) or 1))
        for var in THREAD_VARIABLES:
            os.environ.setdefault(var, str(threads))
        # off the worker's event loop, so that it keeps answering the scheduler meanwhile
        await asyncio.get_running_loop().run_in_executor(None, self._load, threads)

    def _load(self, threads: int) -> None:
        if self.config.mode == "accurate":
            try:
                import torch

                torch.set_num_threads(threads)
            except ImportError:  # accurate falls back to fast without torch
                pass
        from .. import load

        load(config=self.config)
