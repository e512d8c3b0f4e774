"""Export the store: ``jsonl`` (one article a line, schema ``saidwhat/1``, its corpus metadata
in ``meta["corpus"]``), ``csv`` and ``parquet`` (one attribution a row, with its article and
speaker).

Offsets in every format are ``[start_char, end_char)`` in characters of the article's text.
"""

from __future__ import annotations

import csv
import json
import os
from typing import IO, Any, Iterator

from ..errors import InputError
from .query import article
from .store import Store

FORMATS = ("jsonl", "csv", "parquet")

#: Columns of the csv and parquet exports, in order.
ATTRIBUTION_COLUMNS = (
    "article_id", "title", "url", "outlet", "published", "source", "attribution_id", "type", "region", "nested",
    "confidence", "speaker_id", "speaker_name", "speaker_kind", "article_speaker_id", "article_speaker_name",
    "speaker_role", "source_text", "cue_text", "content_text", "content_start", "content_end", "cue_class", "negated",
    "question",
)
_PARQUET_BATCH = 5000


def article_ids(store: Store) -> Iterator[str]:
    """Ids of stored articles in the order they were added."""
    for (aid,) in store.conn.execute("SELECT id FROM articles ORDER BY rowid").fetchall():
        yield aid


def article_records(store: Store) -> Iterator[dict[str, Any]]:
    """One dict per article, valid against ``schema/saidwhat-1.schema.json``:
    :meth:`saidwhat.types.Article.to_dict` with ``input`` (where the article was read from) and
    its corpus metadata as ``meta["corpus"]`` (url, outlet, published, source, added_at … and
    ``entities``: article speaker id → corpus speaker id)."""
    for aid in article_ids(store):
        got = article(store, aid)
        if got is not None:
            art, md = got
            d = art.to_dict()
            d["meta"] = {**d["meta"], "corpus": md}
            if md.get("source"):
                d = {"schema": d["schema"], "input": str(md["source"]), **{k: v for k, v in d.items() if k != "schema"}}
            yield d


def attribution_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One flat dict per attribution, keys :data:`ATTRIBUTION_COLUMNS`, in article order: every
    attribution, whatever its class (``cue_class`` empty when the engine gave none, which the
    queries count as speech), ``negated`` and ``question`` as booleans."""
    sql = (
        "SELECT a.article_id, ar.title, ar.url, ar.outlet, ar.published, ar.source, a.attribution_id, a.type, a.region, "
        "a.nested, a.confidence, a.entity_id AS speaker_id, e.name AS speaker_name, "
        "CASE WHEN a.entity_id IS NOT NULL THEN a.speaker_kind WHEN a.speaker_kind = 'anonymous' THEN 'anonymous' "
        "ELSE 'unresolved' END AS speaker_kind, a.speaker_id AS article_speaker_id, s.name AS article_speaker_name, "
        "s.role AS speaker_role, a.source_text, a.cue_text, a.content_text, a.content_start, a.content_end, "
        "a.cue_class, a.negated, a.question "
        "FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN entities e ON e.id = a.entity_id "
        "LEFT JOIN speakers s ON s.article_id = a.article_id AND s.speaker_id = a.speaker_id "
        "ORDER BY ar.rowid, a.rowid")
    for r in store.conn.execute(sql):
        d = dict(r)
        d["nested"] = bool(d["nested"])
        d["negated"] = bool(d["negated"])
        d["question"] = bool(d["question"])
        yield d


def export(store: Store, out: str | os.PathLike[str] | IO[str], *, fmt: str = "jsonl") -> int:
    """Write the corpus to ``out`` (a path, or a text stream for ``jsonl`` and ``csv``).

    Returns:
        The number of records written (articles for ``jsonl``, attributions otherwise).

    Raises:
        InputError: unknown ``fmt``, or ``parquet`` asked for a stream.
        OSError: ``out`` can't be written.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (use one of: {', '.join(FORMATS)})")
    if fmt == "parquet":
        if not isinstance(out, (str, os.PathLike)):
            raise InputError("parquet export needs a file path (-o/--output)")
        return _parquet(store, out)
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return export(store, fh, fmt=fmt)
    n = 0
    if fmt == "jsonl":
        for rec in article_records(store):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    writer = csv.DictWriter(out, fieldnames=ATTRIBUTION_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in attribution_rows(store):
        writer.writerow(row)
        n += 1
    return n


def _parquet(store: Store, path: str | os.PathLike[str]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        ("article_id", pa.string()), ("title", pa.string()), ("url", pa.string()), ("outlet", pa.string()),
        ("published", pa.string()), ("source", pa.string()), ("attribution_id", pa.string()), ("type", pa.string()),
        ("region", pa.string()), ("nested", pa.bool_()), ("confidence", pa.float64()), ("speaker_id", pa.int64()),
        ("speaker_name", pa.string()), ("speaker_kind", pa.string()), ("article_speaker_id", pa.string()),
        ("article_speaker_name", pa.string()), ("speaker_role", pa.string()), ("source_text", pa.string()),
        ("cue_text", pa.string()), ("content_text", pa.string()), ("content_start", pa.int64()), ("content_end", pa.int64()),
        ("cue_class", pa.string()), ("negated", pa.bool_()), ("question", pa.bool_()),
    ])
    n = 0
    with pq.ParquetWriter(os.fspath(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in attribution_rows(store):
            batch.append(row)
            if len(batch) >= _PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
