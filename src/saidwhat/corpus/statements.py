"""Statements across the corpus store (issue 13): :func:`track` places every attribution in a
statement and keeps the statements, their members' drift and the members' window MinHashes in
the store (tables ``statements``, ``statement_members``, ``statement_signatures``, see
:mod:`saidwhat.corpus.migrations`).

Incremental: :func:`track` rebuilds a :class:`~saidwhat.statements.StatementIndex` from the
stored members (their stored signatures go straight into the LSH index; nothing is re-tokenised
or re-hashed unless the index settings changed), then adds every attribution not yet placed, in
date order (the article's earliest appearance, then the time it was stored), writes the new
members and recomputes the drift of every statement that changed. A re-run adds nothing.

An article with several appearances (one text republished by several outlets) contributes each
attribution once, with its earliest appearance's outlet and date; a statement's outlets, dates
and appearance counts are those of every appearance of its member articles. What is placed
defaults to what people count: speech and writing, negated attributions left out
(:mod:`saidwhat.filters`).

The content a statement compares is the content's text; a quote split by its cue ("A," he said.
"B.") is its pieces joined by a space, without the cue between them
(:func:`saidwhat.statements.content_text`). When a new report joins several statements, the index
merges them (:class:`~saidwhat.statements.StatementIndex`'s ``merge``): the merged statement keeps
the lowest id, and the others' ids lead to it (``merged_into``).

Paraphrase links (an indirect report joining a statement by sentence embedding) use the index's
encoder (the shipped one when installed, :mod:`saidwhat.model.sentence`); embeddings are not
stored: a run embeds the candidates of the attributions it places, and a re-run with nothing new
embeds nothing. A cue-less quote paragraph continuing a quote is linked to it within the run that
places its article (:func:`saidwhat.statements.index.occasion_keys`).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
from datasketch import LeanMinHash

from ..filters import ClassesArg
from ..statements import DRIFT_CLASSES, Appearance, Statement, StatementIndex
from ..statements.index import occasion_keys
from ..statements.drift import words
from ..types import DEFAULT_CLASSES
from .store import Store, utcnow

#: Words the index's settings are fingerprinted with (stored signatures made with other settings
#: are recomputed).
_PROBE = "saidwhat statements probe one two three four five six seven eight nine ten eleven twelve".split()

#: How :func:`saidwhat.statements.drift.words` cuts text, in the fingerprint: 2 = curly apostrophes
#: straightened (signatures stored under 1 are recomputed once).
_WORDS_SCHEME = 2

#: SQL (a CTE named ``first_app``) for each article's earliest appearance: the earliest date
#: (undated last), then the first recorded; an article with no appearance row (not possible after
#: migration 4, but cheap to allow) falls back to its own columns.
_FIRST_APP = (
    "first_app AS (SELECT article_id, outlet, published FROM ("
    "SELECT article_id, outlet, published, ROW_NUMBER() OVER (PARTITION BY article_id "
    "ORDER BY published IS NULL, published, added_at, id) AS rn FROM appearances) WHERE rn = 1)")
_APP_COLUMNS = (
    "a.article_id, a.attribution_id, a.content_text, json_extract(a.record, '$.content.pieces') AS pieces, a.type, "
    "a.speaker_kind, a.entity_id, COALESCE(e.name, s.name) AS speaker, s.role AS speaker_role, "
    "json_extract(a.record, '$.source.start_char') AS source_start, json_extract(a.record, '$.cue.start_char') AS cue_start, "
    "json_extract(a.record, '$.content.start_char') AS content_start, json_extract(a.record, '$.content.end_char') AS content_end, "
    "a.speaker_id AS speaker_key, json_extract(a.record, '$.speaker_via') AS speaker_via, "
    "COALESCE(f.outlet, ar.outlet) AS outlet, COALESCE(f.published, ar.published) AS published, ar.added_at")
_APP_JOINS = (
    "JOIN articles ar ON ar.id = a.article_id "
    "LEFT JOIN first_app f ON f.article_id = a.article_id "
    "LEFT JOIN entities e ON e.id = a.entity_id "
    "LEFT JOIN speakers s ON s.article_id = a.article_id AND s.speaker_id = a.speaker_id")

#: ``progress(phase, done, total)``: ``phase`` is ``"restore"`` (stored members back into the index),
#: ``"place"`` (new attributions) or ``"drift"`` (statements rewritten).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class TrackSummary:
    """What a :func:`track` run did.

    Attributes:
        placed: attributions placed in this run.
        new_statements: statements this run started.
        joined: attributions of this run placed in a statement that existed before it.
        changed: statements whose members, dates or drift were rewritten.
        removed: statements that lost every member (their articles deleted or re-extracted) and
            were deleted.
        merged: statements of earlier runs merged into another (a new report joined both: see
            :class:`~saidwhat.statements.StatementIndex`'s ``merge``); their ids lead to it.
        statements: statements in the store after the run.
        reported: statements with two appearances or more.
        multi_outlet: statements reported by two known outlets or more.
        resigned: stored signatures recomputed because the index settings changed.
        seconds: wall-clock time of the run.
    """

    placed: int = 0
    new_statements: int = 0
    joined: int = 0
    changed: int = 0
    removed: int = 0
    merged: int = 0
    statements: int = 0
    reported: int = 0
    multi_outlet: int = 0
    resigned: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"placed": self.placed, "new_statements": self.new_statements, "joined": self.joined,
                "changed": self.changed, "removed": self.removed, "merged": self.merged, "statements": self.statements,
                "reported": self.reported, "multi_outlet": self.multi_outlet, "resigned": self.resigned,
                "seconds": round(self.seconds, 3)}


# ---- signatures ------------------------------------------------------------------------------

def fingerprint(index: StatementIndex) -> str:
    """A short digest of the settings ``index`` makes window signatures with (window, step and
    the hash values of a fixed probe text, so the permutations, seed and scheme count too)."""
    h = hashlib.sha256(json.dumps([getattr(index, "num_perm", None), index.window, index.step, _WORDS_SCHEME]).encode())
    for sig in index.windows(list(_PROBE)):
        h.update(f"{sig.seed}/{sig.scheme}/".encode())
        h.update(np.ascontiguousarray(sig.hashvalues).tobytes())
    return h.hexdigest()[:16]


def signatures_to_blob(signatures: list[LeanMinHash]) -> tuple[int, str, str, int, bytes]:
    """The window MinHashes of one attribution as ``(seed, scheme, dtype, n_windows, blob)``:
    their hash values, window after window, little-endian (``dtype`` is numpy's, e.g. ``<u4``)."""
    if not signatures:
        return 0, "", "", 0, b""
    first = signatures[0]
    values = np.stack([np.asarray(s.hashvalues) for s in signatures])
    values = values.astype(values.dtype.newbyteorder("<"), copy=False)
    return int(first.seed), str(first.scheme), values.dtype.str, len(signatures), values.tobytes()


def signatures_from_blob(seed: int, scheme: str, dtype: str, n_windows: int, blob: bytes) -> list[LeanMinHash]:
    """The inverse of :func:`signatures_to_blob`."""
    if not n_windows:
        return []
    values = np.frombuffer(blob, dtype=np.dtype(dtype)).reshape(n_windows, -1)
    return [LeanMinHash(seed=seed, hashvalues=row, scheme=scheme) for row in values]


# ---- rebuilding an index -----------------------------------------------------------------------

class _LazyWords(dict):
    """The index's words per appearance key, tokenised on first use (stored members are only
    tokenised when a new appearance's window hits them)."""

    def __init__(self, apps: dict[str, Appearance], known: dict[str, list[str]]) -> None:
        super().__init__(known)
        self.apps = apps

    def __missing__(self, key: str) -> list[str]:
        ws = words(self.apps[key].text)
        self[key] = ws
        return ws


def prepare(index: StatementIndex) -> None:
    """Make ``index`` ready for :func:`restore` (words of restored members tokenised lazily)."""
    if not isinstance(index._words, _LazyWords):
        index._words = _LazyWords(index.apps, index._words)


def restore(index: StatementIndex, app: Appearance, statement_id: int, signatures: list[LeanMinHash], *,
            register: bool = True) -> None:
    """Put an appearance that a store already placed back in ``index``, in statement
    ``statement_id``, with its window signatures in the LSH index (and, with ``register``, its
    quoted word pairs and source mention, which quoted-fragment and source-mention evidence look
    up), without re-deciding where it goes (what :meth:`StatementIndex.add` does for a new one).
    Call :func:`prepare` first."""
    st = index.statements.get(statement_id)
    if st is None:
        st = index.statements[statement_id] = Statement(statement_id)
    st.members.append(app)
    index.of[app.key] = statement_id
    index.apps[app.key] = app
    for i, sig in enumerate(signatures):
        index.lsh.insert(f"{app.key}#{i}", sig, check_duplication=False)
    if register and hasattr(index, "_register"):
        index._register(app)


def content_for_statements(content_text: str, pieces_json: str | None) -> str:
    """The text a statement compares, from a stored content: its text, or a split quote's pieces
    joined by a space without the cue between them (as :func:`saidwhat.statements.content_text`
    reads an :class:`~saidwhat.types.Attribution`: "“A,” he said. “B.”" → "“A,” “B.”").

    Args:
        content_text: the stored content's text.
        pieces_json: the stored content's ``pieces`` (JSON), or ``None``.
    """
    if pieces_json:
        try:
            return " ".join(str(p["text"]) for p in json.loads(pieces_json))
        except (ValueError, KeyError, TypeError):
            pass
    return content_text


def _appearance(r: Any, keys: dict[str, tuple[str | None, str | None]] | None = None) -> Appearance:
    """The appearance of a stored attribution row; ``keys`` (:func:`_occasion_keys`) gives a
    continuation the source key of the attribution it continues."""
    source, cue = r["source_start"], r["cue_start"]
    skey, ckey = (keys or {}).get(r["attribution_id"], (f"{r['article_id']}@{source}" if source is not None else None,
                                                         f"{r['article_id']}#{cue}" if cue is not None else None))
    return Appearance(f"{r['article_id']}:{r['attribution_id']}", content_for_statements(r["content_text"], r["pieces"]),
                      type=r["type"], speaker=r["speaker"], speaker_kind=r["speaker_kind"], outlet=r["outlet"],
                      published=r["published"], speaker_role=r["speaker_role"], source_key=skey, cue_key=ckey)


def _occasion_keys(rows: list[Any]) -> dict[str, dict[str, tuple[str | None, str | None]]]:
    """``article_id -> attribution_id -> (source_key, cue_key)`` of stored rows
    (:func:`saidwhat.statements.index.occasion_keys`)."""
    by: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        by[r["article_id"]].append(r)
    return {art: occasion_keys(art, [(r["attribution_id"], r["content_start"], r["content_end"], r["source_start"],
                                      r["cue_start"], r["speaker_key"], r["speaker_via"]) for r in rs])
            for art, rs in by.items()}


# ---- track -------------------------------------------------------------------------------------

def track(store: Store, *, classes: ClassesArg = DEFAULT_CLASSES, negated: bool = False,
          index: StatementIndex | None = None, progress: Progress | None = None) -> TrackSummary:
    """Place every attribution of the store not yet placed in a statement, incrementally.

    Args:
        store: an open (writable) store.
        classes: which attributions are placed (speech and writing by default; ``None`` or
            ``"all"``: every class; no class counts as speech). Attributions placed by an earlier
            run with other classes stay.
        negated: place negated attributions ("declined to comment") too.
        index: an empty :class:`~saidwhat.statements.StatementIndex` with the settings to use
            (its defaults when ``None``).
        progress: called as ``progress(phase, done, total)`` on the way (see :data:`Progress`).

    Returns:
        A :class:`TrackSummary`.

    Raises:
        InputError: an unknown class name.
        StoreError: the store can't be written (nothing of the run is then kept: it is written
            in one transaction).
    """
    from .query import _class_filter

    t0 = time.perf_counter()
    cwhere, cargs = _class_filter(classes, negated)
    ix = index or StatementIndex()
    prepare(ix)
    fp = fingerprint(ix)
    c = store.conn

    # 1. every attribution not yet placed, in date order; the stored members, back into the index
    # in their placing order (their signatures into its LSH index only when something is to be placed)
    todo = c.execute(
        f"WITH {_FIRST_APP} SELECT {_APP_COLUMNS} FROM attributions a {_APP_JOINS} "
        "LEFT JOIN statement_members m ON m.article_id = a.article_id AND m.attribution_id = a.attribution_id "
        f"WHERE m.article_id IS NULL{cwhere} "
        "ORDER BY COALESCE(f.published, ar.published) IS NULL, COALESCE(f.published, ar.published), ar.added_at, "
        "a.article_id, a.rowid", cargs).fetchall()
    before: set[int] = set()
    entity_of: dict[str, int | None] = {}
    resign: dict[str, list[LeanMinHash]] = {}
    changed: set[int] = set()
    max_seq = 0
    n_stored = c.execute("SELECT COUNT(*) FROM statement_members").fetchone()[0]
    rows = c.execute(
        f"WITH {_FIRST_APP} SELECT {_APP_COLUMNS}, m.statement_id, m.seq, m.outlet AS m_outlet, m.published AS m_published, "
        f"g.fingerprint, g.seed, g.scheme, g.dtype, g.n_windows, {'g.hashvalues' if todo else 'NULL AS hashvalues'} "
        f"FROM statement_members m JOIN attributions a ON a.article_id = m.article_id AND a.attribution_id = m.attribution_id "
        f"{_APP_JOINS} LEFT JOIN statement_signatures g ON g.article_id = m.article_id AND g.attribution_id = m.attribution_id "
        "ORDER BY m.seq")
    for n, r in enumerate(rows, 1):
        if progress is not None and (n % 1000 == 0 or n == n_stored):
            progress("restore", n, n_stored)
        app = _appearance(r)
        sid = int(r["statement_id"])
        if not todo:
            sigs = []  # nothing to place: no candidates to find (stale signatures wait for a run that needs them)
        elif r["fingerprint"] == fp:
            sigs = signatures_from_blob(r["seed"], r["scheme"], r["dtype"], r["n_windows"], r["hashvalues"])
        else:
            ws = words(app.text)
            sigs = ix.windows(ws) if ws else []
            resign[app.key] = sigs
        restore(ix, app, sid, sigs, register=bool(todo))
        before.add(sid)
        entity_of[app.key] = r["entity_id"]
        if (r["m_outlet"], r["m_published"]) != (app.outlet, app.published):
            changed.add(sid)  # the article got an earlier appearance
        max_seq = max(max_seq, int(r["seq"]))
    stored = {int(r[0]): int(r[1]) for r in c.execute("SELECT id, n_members FROM statements WHERE merged_into IS NULL")}
    empty = sorted(set(stored) - before)
    changed |= {sid for sid in before if stored.get(sid) != len(ix.statements[sid].members)}
    if hasattr(ix, "_last_id"):  # statements this run starts get index ids above every store id
        top = c.execute("SELECT MAX(n) FROM (SELECT MAX(id) AS n FROM statements UNION ALL "
                        "SELECT seq FROM sqlite_sequence WHERE name = 'statements')").fetchone()[0]
        ix._last_id = max(ix._last_id, int(top or 0))

    # 2. every attribution not yet placed (read above), in date order
    new: list[tuple[Appearance, tuple[int, str, str, int, bytes]]] = []  # (appearance, its signatures as stored)
    joined = 0
    n_todo = len(todo)
    okeys = _occasion_keys(todo)
    todo.reverse()
    while todo:  # popped as placed: the rows are not all held to the end
        r = todo.pop()
        app = _appearance(r, okeys.get(r["article_id"]))
        ws = words(app.text)
        sigs = ix.windows(ws) if ws else []
        joined += ix.add(app, signatures=sigs) in before
        entity_of[app.key] = r["entity_id"]
        new.append((app, signatures_to_blob(sigs)))
        if progress is not None:
            progress("place", len(new), n_todo)

    # 3. which store statement each index statement is: an index statement holding stored ones
    # (it merged them, StatementIndex.merged) keeps the lowest of their ids, the others point to it
    parent = dict(getattr(ix, "merged", ()))

    def root(sid: int) -> int:
        while sid in parent:
            sid = parent[sid]
        return sid

    held: dict[int, list[int]] = defaultdict(list)
    for sid in sorted(before):
        held[root(sid)].append(sid)
    ids = {sid: olds[0] for sid, olds in held.items()}
    gone = {old: olds[0] for olds in held.values() for old in olds[1:]}
    changed = ({root(sid) for sid in changed} | {ix.of[app.key] for app, _ in new}
               | {sid for sid, olds in held.items() if len(olds) > 1})
    created = sorted(sid for sid in ix.statements if sid not in ids)

    # 4. write it all in one transaction
    now = utcnow()
    with store.transaction():
        for sid in empty:
            c.execute("DELETE FROM statements WHERE id = ? OR merged_into = ?", (sid, sid))
        for old, into in sorted(gone.items()):  # a merged statement's id leads to the one that holds it now
            c.execute("UPDATE statements SET merged_into = ?, n_members = 0, n_articles = 0, n_appearances = 0, n_outlets = 0, "
                      "updated_at = ? WHERE id = ? OR merged_into = ?", (into, now, old, old))
        for sid in created:  # store ids come from AUTOINCREMENT: never one a deleted statement had
            ids[sid] = c.execute(
                "INSERT INTO statements (canonical_article, canonical_attribution, text, n_members, n_articles, n_appearances, "
                "n_outlets, outlets, drift_classes, updated_at) VALUES ('', '', '', 0, 0, 0, 0, '[]', '[]', ?)",
                (now,)).lastrowid
        c.executemany(
            "INSERT INTO statement_members (article_id, attribution_id, statement_id, seq, outlet, published, drift, added_at) "
            "VALUES (?,?,?,?,?,?,'{}',?)",
            [(*app.key.split(":", 1), ids[ix.of[app.key]], max_seq + i, app.outlet, app.published, now)
             for i, (app, _) in enumerate(new, 1)])
        blobs = {key: signatures_to_blob(sigs) for key, sigs in resign.items()}
        blobs.update({app.key: blob for app, blob in new})
        c.executemany(
            "INSERT OR REPLACE INTO statement_signatures (article_id, attribution_id, fingerprint, seed, scheme, dtype, "
            "n_windows, hashvalues) VALUES (?,?,?,?,?,?,?,?)",
            [(*key.split(":", 1), fp, *blob) for key, blob in blobs.items()])
        for n, sid in enumerate(sorted(changed), 1):
            _write_statement(c, ix.statements[sid], ids[sid], entity_of, now)
            if progress is not None and (n % 200 == 0 or n == len(changed)):
                progress("drift", n, len(changed))
        _refresh_appearances(c, now)
        total, reported, multi = c.execute(
            "SELECT COUNT(*), COALESCE(SUM(n_appearances >= 2), 0), COALESCE(SUM(n_outlets >= 2), 0) FROM statements "
            "WHERE merged_into IS NULL").fetchone()
    return TrackSummary(len(new), len(created), joined, len(changed), len(empty), len(gone), int(total), int(reported),
                        int(multi), len(resign), time.perf_counter() - t0)


def _write_statement(c: Any, st: Statement, store_id: int, entity_of: dict[str, int | None], now: str) -> None:
    """Rewrite one statement's members (dates, canonical flag, drift) and its member-based summary."""
    canonical = st.canonical
    classes: set[str] = set()
    rows = []
    for m in st.members:
        drift = st.drift(m).to_dict() if m is not canonical else {"classes": [], "added": [], "dropped": [], "kept": 1.0}
        classes.update(drift["classes"])
        rows.append((store_id, m.outlet, m.published, int(m is canonical), json.dumps(drift, ensure_ascii=False),
                     *m.key.split(":", 1)))
    c.executemany("UPDATE statement_members SET statement_id = ?, outlet = ?, published = ?, canonical = ?, drift = ? "
                  "WHERE article_id = ? AND attribution_id = ?", rows)
    article_id, attribution_id = canonical.key.split(":", 1)
    c.execute("UPDATE statements SET canonical_article = ?, canonical_attribution = ?, text = ?, entity_id = ?, "
              "speaker_name = ?, n_members = ?, n_articles = ?, drift_classes = ?, updated_at = ? WHERE id = ?",
              (article_id, attribution_id, canonical.text, entity_of.get(canonical.key), canonical.speaker, len(st.members),
               len({m.key.split(":", 1)[0] for m in st.members}),
               json.dumps([k for k in DRIFT_CLASSES if k in classes]), now, store_id))


def _refresh_appearances(c: Any, now: str) -> None:
    """Recount every statement's appearances, outlets and dates from the appearances of its
    member articles (another outlet may have republished a member article since the last run)."""
    agg: dict[int, dict[str, Any]] = defaultdict(lambda: {"n": 0, "outlets": set(), "dates": []})
    for sid, outlet, published in c.execute(
            "SELECT m.statement_id, ap.outlet, ap.published "
            "FROM (SELECT DISTINCT statement_id, article_id FROM statement_members) m JOIN appearances ap ON ap.article_id = m.article_id"):
        a = agg[sid]
        a["n"] += 1
        if outlet:
            a["outlets"].add(outlet)
        if published:
            a["dates"].append(published)
    updates = []
    for r in c.execute("SELECT id, n_appearances, n_outlets, outlets, first_published, last_published FROM statements "
                       "WHERE merged_into IS NULL"):
        a = agg.get(r[0]) or {"n": 0, "outlets": set(), "dates": []}
        outlets = json.dumps(sorted(a["outlets"]), ensure_ascii=False)
        values = (a["n"], len(a["outlets"]), outlets, min(a["dates"], default=None), max(a["dates"], default=None))
        if values != tuple(r[1:]):
            updates.append((*values, now, r[0]))
    c.executemany("UPDATE statements SET n_appearances = ?, n_outlets = ?, outlets = ?, first_published = ?, "
                  "last_published = ?, updated_at = ? WHERE id = ?", updates)

