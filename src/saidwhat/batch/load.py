"""Load a batch run's Parquet output into the SQLite corpus store (``saidwhat load``).

Every shard the manifest lists as done is read, in the order of the shards' names (not of their
finishing, so the store and its ids do not depend on which worker was first): each article row is
rebuilt into its :class:`~saidwhat.types.Article` from its ``record`` and ``text`` columns and
written with :func:`saidwhat.corpus.ingest.add_article` (one transaction per article: speakers
linked to corpus entities, attributions, full-text rows), each rejected record goes to the
``rejects`` table. So the store ends up as ``saidwhat ingest`` of the same inputs would leave it, and the
counts are the same: ``ingested`` (articles written), ``already_present`` (texts already in the
store, or repeated within a shard), ``appearances`` (the new appearances among them: each such
row's url, outlet and date are recorded with :func:`saidwhat.corpus.ingest.add_appearance`, as
ingest records them) and ``rejected`` by cause.
Idempotent like ingest: loading the same folder again adds nothing (unless ``force``).
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from typing import Any

from ..corpus.ingest import MAX_FAILURES_KEPT, IngestSummary, add_appearance, add_article
from ..corpus.store import Store
from ..errors import InputError, SaidwhatError
from ..types import Article
from .manifest import manifest_path, read_manifest
from .parquet import final_path

_READ_BATCH = 256


def load_parquet(out: str | os.PathLike[str], *, db: str | os.PathLike[str] | Store, force: bool = False) -> IngestSummary:
    """Load the finished shards of the batch output folder ``out`` into the store ``db``.

    Args:
        out: a ``saidwhat batch`` output folder (with ``manifest.jsonl``).
        db: the database path (created when missing) or an open :class:`Store`.
        force: replace stored articles with the same text by the loaded ones (after
            ``saidwhat batch --force`` with a new model), as ``ingest --force`` does; their
            appearances are kept.

    Returns:
        An :class:`~saidwhat.corpus.ingest.IngestSummary` (``read_seconds``: reading Parquet).

    Raises:
        InputError: ``out`` has no manifest.
        SaidwhatError: a file the manifest lists is missing or unreadable.
        StoreError: the database can't be opened or written.
    """
    import pyarrow.parquet as pq

    if not manifest_path(out).is_file():
        raise InputError(f"{out}: no batch output here (no {manifest_path(out).name}; "
                         f"write one with: saidwhat batch INPUT... --out {out})")
    entries = sorted(read_manifest(out).values(), key=lambda e: (str(e.get("shard")), e["key"]))
    store = db if isinstance(db, Store) else Store(db)
    t0 = time.perf_counter()
    counts: Counter[str] = Counter()
    failures: list[tuple[str, str, str]] = []
    timing = {"store": 0.0, "read": 0.0}
    ingested = present = appeared = words = 0
    written: set[str] = set()  # with force: texts written by this load (a later copy is an appearance)
    run_id = store.start_run([f"parquet:{os.fspath(out)}"], 1, force)
    try:
        for entry in entries:
            t = time.perf_counter()
            files = {table: final_path(out, table, entry["key"]) for table in ("rejects", "articles")}
            try:
                repeated = _repeated_ids(files["articles"])
                readers = {table: pq.ParquetFile(path).iter_batches(batch_size=_READ_BATCH) for table, path in files.items()}
            except (OSError, ValueError) as exc:
                raise SaidwhatError(f"{out}: cannot read the files of shard {entry.get('shard')} "
                                    f"({exc.__class__.__name__}: {exc})") from exc
            timing["read"] += time.perf_counter() - t
            # repeats of a text the engine failed on have no row: they count as present, as in ingest
            present += max(int(entry.get("duplicates", 0)) - sum(repeated.values()), 0)
            for table, batches in readers.items():
                while True:
                    t = time.perf_counter()
                    batch = next(batches, None)
                    timing["read"] += time.perf_counter() - t
                    if batch is None:
                        break
                    for row in batch.to_pylist():
                        t = time.perf_counter()
                        if table == "rejects":
                            counts[row["cause"]] += 1
                            if len(failures) < MAX_FAILURES_KEPT:
                                failures.append((row["source"], row["cause"], row["message"]))
                            store.record_reject(row["source"], row["cause"], row["message"], run_id)
                        elif row.get("duplicate") or row["article_id"] in written or (
                                not force and store.has_article(row["article_id"])):
                            # a repeat within the shard, or a text already stored: one more appearance
                            if not store.has_article(row["article_id"]):
                                raise SaidwhatError(f"{files['articles']}: a repeat of article {row['article_id']} "
                                                    "comes before the article")
                            present += 1
                            appeared += add_appearance(store, row["article_id"], _metadata(row))
                        else:
                            article, metadata = _article(row)
                            add_article(store, article, metadata, replace=force)
                            if force:
                                written.add(row["article_id"])
                            ingested += 1
                            words += int(row["n_words"] or 0)
                        timing["store"] += time.perf_counter() - t
    finally:
        store.finish_run(run_id, ingested=ingested, present=present, rejected=sum(counts.values()), appeared=appeared)
        if not isinstance(db, Store):
            store.close()
    return IngestSummary(ingested, present, dict(sorted(counts.items())), tuple(failures), words,
                         time.perf_counter() - t0, timing["store"], timing["read"], run_id, appeared)


def _repeated_ids(path: Any) -> Counter[str]:
    """``{article id: repeats}`` of an articles file (its ``duplicate`` rows)."""
    import pyarrow.parquet as pq

    t = pq.read_table(path, columns=["article_id", "duplicate"]).to_pydict()
    return Counter(a for a, d in zip(t["article_id"], t["duplicate"]) if d)


def _metadata(row: dict[str, Any]) -> dict[str, Any]:
    """The corpus metadata of one row of an articles table.

    Raises:
        SaidwhatError: its ``metadata`` is not JSON.
    """
    try:
        return json.loads(row["metadata"] or "{}")
    except (TypeError, ValueError) as exc:
        raise SaidwhatError(f"article {row.get('article_id')}: bad metadata ({exc.__class__.__name__}: {exc})") from exc


def _article(row: dict[str, Any]) -> tuple[Article, dict[str, Any]]:
    """The article and corpus metadata of one row of an articles table.

    Raises:
        SaidwhatError: the row's ``record`` or ``metadata`` is not what ``saidwhat batch`` writes.
    """
    try:
        record = json.loads(row["record"])
        record["text"] = row["text"]
        return Article.from_dict(record), _metadata(row)
    except (KeyError, TypeError, ValueError) as exc:
        raise SaidwhatError(f"article {row.get('article_id')}: not a saidwhat/1 record ({exc.__class__.__name__}: {exc})") from exc
