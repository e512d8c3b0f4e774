"""The corpus store: one SQLite database (WAL mode), schema and migrations in
:mod:`saidwhat.corpus.migrations`.

Every article is written in one transaction with its speakers, attributions, entity links and
full-text rows, so a crash (even SIGKILL) at any moment leaves each article either wholly
present or absent. In WAL mode with ``synchronous=NORMAL`` a committed transaction survives a
crash of the process (not necessarily a power loss: SQLite documentation, "WAL mode").
"""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from ..article.structure import headline_title
from ..errors import StoreError
from ..types import Article
from . import entities
from .migrations import LATEST_VERSION, migrate

_WORD = re.compile(r"\w+")


def appearance_place(metadata: dict[str, Any]) -> str:
    """What makes an appearance of a text one (unique per article): its ``url``, else its
    ``source`` (a path, ``path:LINE``, ``path@OFFSET``), else ``"outlet|published"``."""
    url, source = metadata.get("url"), metadata.get("source")
    if url:
        return str(url)
    if source:
        return str(source)
    return f"{metadata.get('outlet') or ''}|{metadata.get('published') or ''}"


def utcnow() -> str:
    """The current UTC time as ISO 8601 with seconds."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Store:
    """An open corpus database; a context manager.

    Args:
        path: the database file (created when missing, with its parent folder), or
            ``":memory:"``.
        readonly: open without writing or migrating (the database must exist and be current).
        timeout: seconds to wait for another writer's lock.

    Raises:
        StoreError: the file can't be opened or created, is not a SQLite database, or its
            schema is newer than this saidwhat knows or can't be migrated.

    The connection may be used from another thread than the one that opened it, but not from
    two threads at once: use one :class:`Store` per thread (SQLite connections are cheap).
    """

    def __init__(self, path: str | Path, *, readonly: bool = False, timeout: float = 30.0) -> None:
        self.path = str(path)
        self.readonly = readonly
        try:
            if readonly:
                if self.path != ":memory:" and not Path(self.path).is_file():
                    raise StoreError(f"{self.path}: no such corpus database")
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False)
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{self.path}: cannot open the corpus database: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if readonly:
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if version != LATEST_VERSION:
                    raise StoreError(f"{self.path}: store schema version {version}, expected {LATEST_VERSION}; "
                                     "open it once read-write to migrate it")
            else:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self.conn)
        except (sqlite3.Error, ValueError) as exc:
            if self.conn.in_transaction:
                self.conn.rollback()
            self.conn.close()
            raise StoreError(f"{self.path}: cannot use the corpus database: {exc}") from exc

    # -- life cycle -------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection (idempotent)."""
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on any exception).

        Raises:
            StoreError: a database error inside the block (the transaction is rolled back).
        """
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write: {exc}") from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: write failed: {exc}") from exc
            raise

    # -- reading ----------------------------------------------------------------------------
    @property
    def version(self) -> int:
        """The schema version (``PRAGMA user_version``)."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id (text SHA-256) is stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def counts(self) -> dict[str, int]:
        """Row counts: articles, speakers, entities, attributions, rejects (the tables of every
        version; :meth:`count` counts any table)."""
        out = {}
        for table in ("articles", "speakers", "entities", "attributions", "rejects"):
            out[table] = int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
        return out

    def count(self, table: str) -> int:
        """Rows of one table of the schema (``appearances``, ``statements`` …).

        Raises:
            ValueError: not a table of the store.
        """
        names = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        if table not in names:
            raise ValueError(f"no table {table!r} in the store")
        return int(self.conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])

    # -- writing (call inside transaction()) ------------------------------------------------
    def insert_article(self, article: Article, metadata: dict[str, Any]) -> None:
        """Insert an article, its speakers (linked to entities) and attributions.

        Call inside :meth:`transaction`. ``metadata`` keys used as columns: ``url``,
        ``outlet``, ``published``, ``source`` and ``title`` (when the article has none); the
        whole dict is kept as JSON. An article with no title either way is given its detected
        headline (:func:`saidwhat.article.structure.headline_title`), and its metadata then
        says ``"title_source": "headline"``. ``metadata`` is also the article's first appearance
        (:meth:`add_appearance`).
        """
        c = self.conn
        md = {k: v for k, v in metadata.items() if v is not None}
        title = article.title or md.get("title")
        if not title:
            title = headline_title(article.regions)
            if title:
                md["title_source"] = "headline"
        c.execute(
            "INSERT INTO articles (id, title, url, outlet, published, source, text, n_chars, n_words, n_speakers, "
            "n_attributions, regions, meta, metadata, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (article.text_sha256, title, md.get("url"), md.get("outlet"), md.get("published"), md.get("source"),
             article.text, len(article.text), len(_WORD.findall(article.text)), len(article.speakers),
             len(article.attributions), json.dumps([r.to_dict() for r in article.regions], ensure_ascii=False),
             json.dumps(article.meta, ensure_ascii=False, default=str), json.dumps(md, ensure_ascii=False, default=str),
             utcnow()),
        )
        speaker_entity: dict[str, int | None] = {}
        speaker_kind: dict[str, str] = {}
        touched: set[int] = set()
        relink: set[str] = set()
        for s in article.speakers:
            key = entities.name_key(s.name, s.kind, s.role)
            entity_id = None
            if key is not None:
                entity_id, changed = entities.link(c, key, s.kind, s.name or "", s.role)
                touched.add(entity_id)
                if changed:
                    relink.add(key.key_last)
            speaker_entity[s.id] = entity_id
            speaker_kind[s.id] = s.kind
            c.execute("INSERT INTO speakers (article_id, speaker_id, name, kind, role, entity_id, name_key, title, key_last, "
                      "key_first, mentions) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                      (article.text_sha256, s.id, s.name, s.kind, s.role, entity_id,
                       key.name_key if key else None, key.title if key else None, key.key_last if key else None,
                       key.key_first if key else None, json.dumps([m.to_dict() for m in s.mentions], ensure_ascii=False)))
        for a in article.attributions:
            kind = speaker_kind.get(a.speaker_id or "", "unresolved")
            c.execute(
                "INSERT INTO attributions (article_id, attribution_id, type, region, speaker_id, speaker_kind, entity_id, "
                "source_text, cue_text, content_text, content_start, content_end, confidence, nested, record, cue_class, "
                "negated, question) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (article.text_sha256, a.id, a.type, a.region, a.speaker_id, kind, speaker_entity.get(a.speaker_id or ""),
                 a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text,
                 a.content.start_char, a.content.end_char, float(a.confidence), int(a.nested),
                 json.dumps(a.to_dict(), ensure_ascii=False), a.cue_class, int(a.negated), int(a.question)),
            )
        for key_last in sorted(relink):
            touched |= entities.relink_bare(c, key_last)
        for entity_id in sorted(touched):
            entities.refresh_name(c, entity_id)
        self.add_appearance(article.text_sha256, md)

    def add_appearance(self, article_id: str, metadata: dict[str, Any]) -> bool:
        """Record that the stored text ``article_id`` appeared where ``metadata`` says (``url``,
        ``outlet``, ``published``, ``source``; normalised as :func:`saidwhat.corpus.ingest.normalize_metadata`
        does). Call inside :meth:`transaction`.

        An appearance is one per article and :func:`appearance_place` (the url, else the source,
        else outlet and date): the same input read again adds nothing.

        Returns:
            Whether a new appearance was written.
        """
        md = metadata
        cur = self.conn.execute(
            "INSERT INTO appearances (article_id, url, outlet, published, source, place, added_at) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(article_id, place) DO NOTHING",
            (article_id, md.get("url"), md.get("outlet"), md.get("published"), md.get("source"), appearance_place(md),
             utcnow()))
        return cur.rowcount > 0

    def appearances(self, article_id: str) -> list[dict[str, Any]]:
        """The appearances of one stored text, earliest date first (undated last), then in the
        order they were recorded: dicts ``url``, ``outlet``, ``published``, ``source``, ``added_at``."""
        return [dict(r) for r in self.conn.execute(
            "SELECT url, outlet, published, source, added_at FROM appearances WHERE article_id = ? "
            "ORDER BY published IS NULL, published, added_at, id", (article_id,))]

    def delete_article(self, article_id: str) -> bool:
        """Delete an article and its rows (call inside :meth:`transaction`); entities it used
        get their roles and names recomputed and bare surnames re-linked. Entities left with
        no speaker stay (they are not listed). Returns whether it existed."""
        c = self.conn
        touched = {r[0]: r[1] for r in c.execute(
            "SELECT DISTINCT s.entity_id, e.key_last FROM speakers s JOIN entities e ON e.id = s.entity_id "
            "WHERE s.article_id = ? AND e.kind = 'person'", (article_id,))}
        touched.update({r[0]: None for r in c.execute(
            "SELECT DISTINCT entity_id FROM speakers WHERE article_id = ? AND kind = 'organization' AND entity_id IS NOT NULL",
            (article_id,))})
        c.execute("DELETE FROM attributions WHERE article_id = ?", (article_id,))
        c.execute("DELETE FROM speakers WHERE article_id = ?", (article_id,))
        existed = c.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0
        ids = set(touched)
        for entity_id in touched:
            entities.rebuild_roles(c, entity_id)
        for key_last in sorted({k for k in touched.values() if k}):
            ids |= entities.relink_bare(c, key_last)
        for entity_id in sorted(ids):
            entities.refresh_name(c, entity_id)
        return existed

    def start_run(self, paths: list[str], processes: int, force: bool) -> int:
        """Open a ``runs`` row for one ``ingest`` or ``load`` (own transaction); return its id.

        ``paths``: the inputs as given (``parquet:DIR`` for a load), stored as a JSON list."""
        with self.transaction() as c:
            return int(c.execute("INSERT INTO runs (started_at, paths, processes, force) VALUES (?,?,?,?)",
                                 (utcnow(), json.dumps(paths), processes, int(force))).lastrowid)

    def finish_run(self, run_id: int, *, ingested: int, present: int, rejected: int, appeared: int) -> None:
        """Close the ``runs`` row ``run_id`` with its counts (own transaction)."""
        with self.transaction() as c:
            c.execute("UPDATE runs SET finished_at = ?, ingested = ?, already_present = ?, rejected = ?, appearances = ? "
                      "WHERE id = ?", (utcnow(), ingested, present, rejected, appeared, run_id))

    def record_reject(self, source: str, cause: str, message: str, run_id: int | None = None) -> None:
        """Record (or update) why ``source`` could not be ingested (own transaction)."""
        with self.transaction() as c:
            c.execute("INSERT INTO rejects (source, cause, message, at, run_id) VALUES (?,?,?,?,?) "
                      "ON CONFLICT(source) DO UPDATE SET cause = excluded.cause, message = excluded.message, "
                      "at = excluded.at, run_id = excluded.run_id", (source, cause, message, utcnow(), run_id))

    def clear_reject(self, source: str) -> None:
        """Forget an earlier reject of ``source`` (call inside :meth:`transaction`)."""
        self.conn.execute("DELETE FROM rejects WHERE source = ?", (source,))
