"""The Parquet outputs of a batch run: one file per shard and table, written under a temporary
name and renamed when complete.

Layout of the output folder ``OUT``::

    OUT/manifest.jsonl                 one line per finished shard (see saidwhat.batch.run)
    OUT/articles/KEY.parquet           one row per article (ARTICLE_SCHEMA)
    OUT/attributions/KEY.parquet       one row per attribution, schema saidwhat/1 flattened (ATTRIBUTION_SCHEMA)
    OUT/rejects/KEY.parquet            one row per rejected record (REJECT_SCHEMA)

``KEY`` is :attr:`saidwhat.batch.shards.Shard.key`. While a shard is being written its files are
``OUT/TABLE/.KEY.parquet.TOKEN.tmp`` (hidden, and not matched by ``*.parquet``), so a reader
never sees a half-written file and a worker killed mid-shard leaves only a temporary file,
removed by the next run.

Offsets are ``[start_char, end_char)`` in characters of the article's ``text`` (the ``text``
column of the articles table), as everywhere in saidwhat.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..types import Article, Attribution, Span

TABLES = ("articles", "attributions", "rejects")
#: Rows buffered before a row group is written.
ROW_GROUP_ARTICLES = 256
COMPRESSION = "zstd"

_SPAN = pa.struct([("start_char", pa.int64()), ("end_char", pa.int64()), ("text", pa.string())])

#: One row per article. ``record`` is the whole ``saidwhat/1`` record without its text
#: (:meth:`saidwhat.types.Article.to_dict` with ``include_text=False``: regions, speakers with
#: their mentions, attributions, meta), so ``saidwhat load`` rebuilds the article exactly;
#: ``metadata`` is the corpus metadata (url, outlet, published, source, title, crawled …) as
#: JSON, as the store keeps it. A text repeated within the shard (republished under another URL)
#: is extracted once: each repeat is a row with ``duplicate`` true, its own metadata, and no
#: ``text``, ``record``, counts or attribution rows (count articles with ``WHERE NOT duplicate``).
ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("duplicate", pa.bool_()), ("shard", pa.string()), ("source", pa.string()),
    ("url", pa.string()), ("outlet", pa.string()), ("published", pa.string()), ("title", pa.string()), ("mode", pa.string()),
    ("n_chars", pa.int64()), ("n_words", pa.int64()), ("n_speakers", pa.int64()), ("n_attributions", pa.int64()),
    ("text", pa.string()), ("metadata", pa.string()), ("record", pa.string()),
])

#: One row per attribution: every field of a ``saidwhat/1`` attribution record (spans as
#: ``*_start``/``*_end``/``*_text``, the content's pieces as a list), its speaker's name, kind
#: and role (``speaker_kind`` is ``unresolved`` when the attribution has no speaker, as in the
#: store), and its article's id, url, outlet, date and title for queries without a join.
ATTRIBUTION_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("shard", pa.string()), ("source", pa.string()), ("url", pa.string()),
    ("outlet", pa.string()), ("published", pa.string()), ("title", pa.string()),
    ("attribution_id", pa.string()), ("type", pa.string()), ("region", pa.string()), ("nested", pa.bool_()),
    ("confidence", pa.float64()),
    ("speaker_id", pa.string()), ("speaker_name", pa.string()), ("speaker_kind", pa.string()), ("speaker_role", pa.string()),
    ("speaker_via", pa.string()), ("speaker_confidence", pa.float64()),
    ("cue_class", pa.string()), ("negated", pa.bool_()), ("question", pa.bool_()),
    ("source_start", pa.int64()), ("source_end", pa.int64()), ("source_text", pa.string()),
    ("cue_start", pa.int64()), ("cue_end", pa.int64()), ("cue_text", pa.string()),
    ("content_start", pa.int64()), ("content_end", pa.int64()), ("content_text", pa.string()),
    ("content_pieces", pa.list_(_SPAN)),
    ("addressee_start", pa.int64()), ("addressee_end", pa.int64()), ("addressee_text", pa.string()),
])

#: One row per rejected record: where it came from, the cause code (as ``saidwhat ingest``
#: gives it) and a one-line message.
REJECT_SCHEMA = pa.schema([("shard", pa.string()), ("source", pa.string()), ("cause", pa.string()), ("message", pa.string())])

SCHEMAS = {"articles": ARTICLE_SCHEMA, "attributions": ATTRIBUTION_SCHEMA, "rejects": REJECT_SCHEMA}


def final_path(out: str | os.PathLike[str], table: str, key: str) -> Path:
    """``OUT/TABLE/KEY.parquet``."""
    return Path(out) / table / f"{key}.parquet"


def _span_cols(prefix: str, span: Span | None) -> dict[str, Any]:
    if span is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {f"{prefix}_start": span.start_char, f"{prefix}_end": span.end_char, f"{prefix}_text": span.text}


def attribution_row(article: Article, a: Attribution, context: dict[str, Any]) -> dict[str, Any]:
    """The flat row of one attribution (keys of :data:`ATTRIBUTION_SCHEMA`)."""
    sp = article.speaker(a.speaker_id)
    return {
        **context,
        "attribution_id": a.id, "type": a.type, "region": a.region, "nested": bool(a.nested),
        "confidence": float(a.confidence),
        "speaker_id": a.speaker_id, "speaker_name": sp.name if sp else None,
        "speaker_kind": sp.kind if sp else "unresolved", "speaker_role": sp.role if sp else None,
        "speaker_via": a.speaker_via,
        "speaker_confidence": None if a.speaker_confidence is None else float(a.speaker_confidence),
        "cue_class": a.cue_class, "negated": bool(a.negated), "question": bool(a.question),
        **_span_cols("source", a.source), **_span_cols("cue", a.cue), **_span_cols("content", a.content),
        "content_pieces": [{"start_char": p.start_char, "end_char": p.end_char, "text": p.text} for p in a.content.pieces],
        **_span_cols("addressee", a.addressee),
    }


class ShardWriter:
    """Writes one shard's three Parquet files under temporary names; :meth:`commit` renames them
    into place (each file ``fsync``-ed first), :meth:`abort` removes them.

    Args:
        out: the output folder (its ``articles/``, ``attributions/`` and ``rejects/`` sub-folders
            are created when missing).
        key: the shard's key (output file stem).
        shard: the shard's URI, stored in every row.
    """

    def __init__(self, out: str | os.PathLike[str], key: str, shard: str) -> None:
        self.out, self.key, self.shard = Path(out), key, shard
        token = uuid.uuid4().hex[:12]
        self.tmp = {t: self.out / t / f".{key}.parquet.{os.getpid()}-{token}.tmp" for t in TABLES}
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts = {t: 0 for t in TABLES}
        for t in TABLES:
            (self.out / t).mkdir(parents=True, exist_ok=True)
            self.writers[t] = pq.ParquetWriter(self.tmp[t], SCHEMAS[t], compression=COMPRESSION)

    def add_article(self, article: Article, metadata: dict[str, Any], n_words: int) -> None:
        """Buffer one article and its attributions (``metadata``: normalized corpus metadata)."""
        context = {"article_id": article.text_sha256, "shard": self.shard, "source": metadata.get("source"),
                   "url": metadata.get("url"), "outlet": metadata.get("outlet"), "published": metadata.get("published"),
                   "title": article.title or metadata.get("title")}
        self.rows["articles"].append({
            **context, "duplicate": False, "mode": article.meta.get("mode"), "n_chars": len(article.text), "n_words": n_words,
            "n_speakers": len(article.speakers), "n_attributions": len(article.attributions), "text": article.text,
            "metadata": json.dumps(metadata, ensure_ascii=False, default=str),
            "record": json.dumps(article.to_dict(include_text=False), ensure_ascii=False, default=str),
        })
        self.rows["attributions"].extend(attribution_row(article, a, context) for a in article.attributions)
        if len(self.rows["articles"]) >= ROW_GROUP_ARTICLES:
            self.flush()

    def add_duplicate(self, article_id: str, metadata: dict[str, Any]) -> None:
        """Buffer the row of a repeat of an article already added (its metadata only)."""
        self.rows["articles"].append({
            "article_id": article_id, "duplicate": True, "shard": self.shard, "source": metadata.get("source"),
            "url": metadata.get("url"), "outlet": metadata.get("outlet"), "published": metadata.get("published"),
            "title": metadata.get("title"), "metadata": json.dumps(metadata, ensure_ascii=False, default=str)})

    def add_reject(self, source: str, cause: str, message: str) -> None:
        """Buffer one rejected record."""
        self.rows["rejects"].append({"shard": self.shard, "source": source, "cause": cause, "message": message})

    def flush(self) -> None:
        """Write the buffered rows as row groups."""
        for t in TABLES:
            if self.rows[t]:
                self.writers[t].write_table(pa.Table.from_pylist(self.rows[t], schema=SCHEMAS[t]))
                self.counts[t] += len(self.rows[t])
                self.rows[t] = []

    def commit(self) -> dict[str, str]:
        """Flush, close, ``fsync`` and rename the three files into place (``os.replace``: atomic
        on one file system; a file already there from an earlier attempt of the same shard is
        replaced whole). Returns ``{table: path relative to OUT}``."""
        self.flush()
        for t in TABLES:
            self.writers[t].close()
        done: dict[str, str] = {}
        for t in TABLES:
            fd = os.open(self.tmp[t], os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            dest = final_path(self.out, t, self.key)
            os.replace(self.tmp[t], dest)
            done[t] = f"{t}/{dest.name}"
        for t in TABLES:
            _fsync_dir(self.out / t)
        return done

    def abort(self) -> None:
        """Close and remove the temporary files (after a failure)."""
        for t in TABLES:
            try:
                self.writers[t].close()
            except Exception:  # noqa: BLE001  (already failing: the files are removed below)
                pass
            try:
                os.unlink(self.tmp[t])
            except FileNotFoundError:
                pass


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_temporary(out: str | os.PathLike[str]) -> int:
    """Remove the temporary files left in ``OUT/TABLE/`` by killed or failed attempts; returns how
    many. Call only when no task of a run on ``OUT`` is running."""
    n = 0
    for t in TABLES:
        folder = Path(out) / t
        if folder.is_dir():
            for p in folder.glob(".*.parquet.*.tmp"):
                try:
                    p.unlink()
                    n += 1
                except FileNotFoundError:
                    pass
    return n
