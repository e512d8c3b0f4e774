"""Batch runs at corpus scale on a Dask cluster: web archives (WARC, JSONL, folders) → Parquet.

- :mod:`saidwhat.batch.shards`: inputs → shards, and each shard's records (FastWARC, ``fsspec``);
- :mod:`saidwhat.batch.run`: the Dask driver (:func:`run_batch`) and the per-shard task;
- :mod:`saidwhat.batch.plugin`: the ``WorkerPlugin`` that loads the pipeline once per worker;
- :mod:`saidwhat.batch.parquet`: the flattened ``saidwhat/1`` tables and their atomic writer;
- :mod:`saidwhat.batch.manifest`: the record of finished shards (what a re-run skips);
- :mod:`saidwhat.batch.load`: Parquet output → the SQLite corpus store (:func:`load_parquet`).

Needs the ``batch`` extra (``pip install 'saidwhat[batch]'``: dask[distributed], fastwarc, fsspec,
duckdb). Nothing is imported from Dask until a run starts.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BatchSummary", "load_parquet", "run_batch"]


def __getattr__(name: str) -> Any:
    if name in ("BatchSummary", "run_batch"):
        from . import run

        return getattr(run, name)
    if name == "load_parquet":
        from .load import load_parquet

        return load_parquet
    raise AttributeError(name)
