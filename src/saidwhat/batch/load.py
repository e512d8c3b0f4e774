"""Load a batch run's Parquet output into the SQLite corpus store (``saidwhat load``).

Every shard the manifest lists as done is read, in the order of the shards' names (not of their
finishing, so the store and its ids do not depend on which worker was first): each article row is
rebuilt into its :class:`~saidwhat.types.Article` from its ``record`` and ``text`` columns and
written with :func:`saidwhat.corpus.ingest.add_article` (one transaction per article: speakers
linked to corpus entities, attributions, full-text rows), each rejected record goes to the
``rejects`` table. So the store ends up as ``saidwhat ingest`` of the same inputs would leave it, and the
counts are the same: ``ingested`` (articles written), ``already_present`` (texts already in the
store, or repeated within a shard: each repeat's row goes through ``add_article`` too, so the
store records it as ingest would) and ``rejected`` by cause.
Idempotent like ingest: loading the same folder again adds nothing.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from typing import Any

from ..corpus.ingest import MAX_FAILURES_KEPT, IngestSummary, add_article
from ..corpus.store import Store, utcnow
from ..errors import InputError, SaidwhatError
from ..types import Article
from .manifest import manifest_path, read_manifest
from .parquet import final_path

_READ_BATCH = 256


def load_parquet(out: str | os.PathLike[str], *, db: str | os.PathLike[str] | Store) -> IngestSummary:
    """Load the finished shards of the batch output folder ``out`` into the store ``db``.

    Args:
        out: a ``saidwhat batch`` output folder (with ``manifest.jsonl``).
        db: the database path (created when missing) or an open :class:`Store`.

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
    ingested = present = words = 0
    with store.transaction() as c:
        run_id = c.execute("INSERT INTO runs (started_at, paths, processes, force) VALUES (?,?,?,?)",
                           (utcnow(), json.dumps([f"parquet:{os.fspath(out)}"]), 1, 0)).lastrowid
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
            cache: dict[str, Article] = {}  # articles of this shard that have repeats
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
                        elif row.get("duplicate"):
                            article = cache.get(row["article_id"])
                            metadata = json.loads(row["metadata"] or "{}")
                            if article is None or add_article(store, article, metadata):
                                raise SaidwhatError(f"{files['articles']}: a repeat of article {row['article_id']} "
                                                    "comes before the article")
                            present += 1
                        else:
                            article, metadata = _article(row)
                            if row["article_id"] in repeated:
                                cache[row["article_id"]] = article
                            if add_article(store, article, metadata):
                                ingested += 1
                                words += int(row["n_words"] or 0)
                            else:
                                present += 1
                        timing["store"] += time.perf_counter() - t
    finally:
        with store.transaction() as c:
            c.execute("UPDATE runs SET finished_at = ?, ingested = ?, already_present = ?, rejected = ? WHERE id = ?",
                      (utcnow(), ingested, present, sum(counts.values()), run_id))
        if not isinstance(db, Store):
            store.close()
    return IngestSummary(ingested, present, dict(sorted(counts.items())), tuple(failures), words,
                         time.perf_counter() - t0, timing["store"], timing["read"], run_id)


def _repeated_ids(path: Any) -> Counter[str]:
    """``{article id: repeats}`` of an articles file (its ``duplicate`` rows)."""
    import pyarrow.parquet as pq

    t = pq.read_table(path, columns=["article_id", "duplicate"]).to_pydict()
    return Counter(a for a, d in zip(t["article_id"], t["duplicate"]) if d)


def _article(row: dict[str, Any]) -> tuple[Article, dict[str, Any]]:
    """The article and corpus metadata of one row of an articles table.

    Raises:
        SaidwhatError: the row's ``record`` or ``metadata`` is not what ``saidwhat batch`` writes.
    """
    try:
        record = json.loads(row["record"])
        record["text"] = row["text"]
        return Article.from_dict(record), json.loads(row["metadata"] or "{}")
    except (KeyError, TypeError, ValueError) as exc:
        raise SaidwhatError(f"article {row.get('article_id')}: not a saidwhat/1 record ({exc.__class__.__name__}: {exc})") from exc
