"""Versioned migrations of the corpus store (SQLite).

The store's version is SQLite's ``PRAGMA user_version``: a new database is at version 0, and
:func:`migrate` applies every migration whose number is higher, each in one transaction, in
order. A migration is never edited once released; a schema change is a new migration appended
to :data:`MIGRATIONS`.

Schema (version 4), one row per …
    ``articles``: article, keyed by ``id`` = the SHA-256 (hex) of its text encoded as UTF-8
        (:attr:`saidwhat.types.Article.text_sha256`). Holds the text, the layout regions and the
        engine's ``meta`` (JSON), and the corpus metadata: ``url``, ``outlet`` (the URL's domain
        when not given), ``published`` (ISO 8601 date), ``source`` (where it was read: a path,
        ``path:LINE`` for JSONL, ``path@OFFSET`` for WARC) and ``metadata`` (JSON, everything).
    ``speakers``: speaker of one article (:class:`saidwhat.types.Speaker`), with ``entity_id``
        linking named persons and organisations to a corpus-level entity. ``anonymous`` and
        ``unresolved`` speakers are kept with ``entity_id`` NULL: they are never an entity.
    ``entities``: corpus-level speaker (a person or an organisation) that several article
        speakers may resolve to; ``key_last``/``key_first`` are the normalised surname and first
        name (see :mod:`saidwhat.corpus.entities`); ``entity_roles`` holds the roles and titles
        its full-name speakers were given (the evidence a bare surname is matched against). The
        names an entity goes by are its speakers' names.
    ``attributions``: attribution of one article (:class:`saidwhat.types.Attribution`), with the
        columns queries need (type, region, speaker, content text and offsets in characters of
        the article's text) and the full record as JSON. ``speaker_kind`` is the kind of its
        speaker, ``unresolved`` when it has none. ``attributions_fts`` is an FTS5 index of
        ``content_text`` kept in step by triggers.
    ``entity_aliases`` (a view, version 2): the names each entity went by in articles
        ("Bashar Assad", "Bashar al-Assad", "President Assad"), with counts.
    ``rejects``: input that could not be ingested, keyed by ``source``, with its ``cause``
        (``undecodable``, ``invalid-json``, ``truncated``, ``empty``, ``too-large``,
        ``unsupported``, ``invalid-input``, ``extraction-error``) and message.
    ``runs``: ingest run with its paths, options and counts.
    ``appearances`` (version 4): each place a text appeared: ``url``, ``outlet``, ``published``,
        ``source`` (as ``articles``, whose columns keep the first one). One text republished by
        several outlets is one article with several appearances; ``place`` (the url, else the
        source, else ``outlet|published``) is unique per article, so re-reading the same input
        adds nothing. The migration copies every existing article's columns into it.
    ``statements``, ``statement_members``, ``statement_signatures`` (version 4, issue 13):
        attributions across articles that report one utterance (:mod:`saidwhat.corpus.statements`,
        written by ``saidwhat track``): a member per attribution with its drift against the
        statement's earliest full form, and the window MinHashes (datasketch hash values as a
        BLOB) that rebuild the LSH index without re-tokenising. Members and signatures go with
        their attribution (a deleted or re-extracted article leaves its statements to the next
        ``track``).
"""

from __future__ import annotations

import sqlite3

#: ``(version, description, SQL script)`` in order. Append only.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial schema: articles, speakers, entities, attributions (+FTS5), rejects, runs", """
CREATE TABLE articles (
    id              TEXT PRIMARY KEY,           -- SHA-256 hex of the text (UTF-8)
    title           TEXT,
    url             TEXT,
    outlet          TEXT,
    published       TEXT,                       -- ISO 8601 date (YYYY-MM-DD) or NULL
    source          TEXT,                       -- path, path:LINE, path@OFFSET
    text            TEXT NOT NULL,
    n_chars         INTEGER NOT NULL,
    n_words         INTEGER NOT NULL,
    n_speakers      INTEGER NOT NULL,
    n_attributions  INTEGER NOT NULL,
    regions         TEXT NOT NULL,              -- JSON: [Region.to_dict()]
    meta            TEXT NOT NULL,              -- JSON: Article.meta
    metadata        TEXT NOT NULL,              -- JSON: corpus metadata as given/derived
    added_at        TEXT NOT NULL               -- UTC, ISO 8601
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
    name        TEXT NOT NULL,                  -- canonical: the fullest, most used form
    key_last    TEXT NOT NULL,                  -- person: normalised surname; organisation: normalised name
    key_first   TEXT NOT NULL DEFAULT ''        -- person: normalised first name, '' when unknown
);
CREATE INDEX entities_key ON entities(kind, key_last);

CREATE TABLE entity_roles (                     -- roles and titles of an entity's full-name speakers
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    PRIMARY KEY (entity_id, role)
);

CREATE TABLE speakers (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id  TEXT NOT NULL,                  -- article-local: s1, s2, ...
    name        TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'anonymous', 'unresolved')),
    role        TEXT,
    entity_id   INTEGER REFERENCES entities(id),  -- NULL for anonymous / unresolved
    name_key    TEXT,                           -- folded name (lowercase, no accents) for look-ups
    title       TEXT,                           -- person: title in the name ("President" Assad)
    key_last    TEXT,                           -- person: normalised surname; organisation: normalised name
    key_first   TEXT,                           -- person: normalised first name, '' when only a surname
    mentions    TEXT NOT NULL,                  -- JSON: [Span.to_dict()]
    PRIMARY KEY (article_id, speaker_id)
);
CREATE INDEX speakers_entity ON speakers(entity_id);
CREATE INDEX speakers_name_key ON speakers(name_key);
CREATE INDEX speakers_person_key ON speakers(kind, key_last, key_first);

CREATE TABLE attributions (
    rowid           INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    attribution_id  TEXT NOT NULL,              -- article-local: a1, a2, ...
    type            TEXT NOT NULL,
    region          TEXT NOT NULL,
    speaker_id      TEXT,                       -- article-local speaker id or NULL
    speaker_kind    TEXT NOT NULL,              -- the speaker's kind; 'unresolved' when no speaker
    entity_id       INTEGER REFERENCES entities(id),
    source_text     TEXT,
    cue_text        TEXT,
    content_text    TEXT NOT NULL,
    content_start   INTEGER NOT NULL,           -- characters of articles.text, end exclusive
    content_end     INTEGER NOT NULL,
    confidence      REAL NOT NULL,
    nested          INTEGER NOT NULL,
    record          TEXT NOT NULL,              -- JSON: Attribution.to_dict()
    UNIQUE (article_id, attribution_id)
);
CREATE INDEX attributions_entity ON attributions(entity_id);
CREATE INDEX attributions_kind ON attributions(speaker_kind);

CREATE VIRTUAL TABLE attributions_fts USING fts5(content_text, content='attributions', content_rowid='rowid');
CREATE TRIGGER attributions_ai AFTER INSERT ON attributions BEGIN
    INSERT INTO attributions_fts(rowid, content_text) VALUES (new.rowid, new.content_text);
END;
CREATE TRIGGER attributions_ad AFTER DELETE ON attributions BEGIN
    INSERT INTO attributions_fts(attributions_fts, rowid, content_text) VALUES ('delete', old.rowid, old.content_text);
END;

CREATE TABLE rejects (
    source      TEXT PRIMARY KEY,
    cause       TEXT NOT NULL,
    message     TEXT NOT NULL,
    at          TEXT NOT NULL,
    run_id      INTEGER
);

CREATE TABLE runs (
    id              INTEGER PRIMARY KEY,
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    paths           TEXT NOT NULL,              -- JSON list
    processes       INTEGER NOT NULL,
    force           INTEGER NOT NULL,
    ingested        INTEGER NOT NULL DEFAULT 0,
    already_present INTEGER NOT NULL DEFAULT 0,
    rejected        INTEGER NOT NULL DEFAULT 0
);
"""),
    (2, "view entity_aliases: the names each entity went by, with counts", """
CREATE VIEW entity_aliases AS
    SELECT entity_id, name AS alias, COUNT(*) AS n_speakers, COUNT(DISTINCT article_id) AS n_articles
    FROM speakers WHERE entity_id IS NOT NULL AND name IS NOT NULL GROUP BY entity_id, name;
"""),
    (3, "attributions: cue_class, negated, question (issue 12), filled from the stored records", """
ALTER TABLE attributions ADD COLUMN cue_class TEXT;             -- speech, writing, thought, stance, evidence; NULL = speech
ALTER TABLE attributions ADD COLUMN negated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attributions ADD COLUMN question INTEGER NOT NULL DEFAULT 0;
UPDATE attributions SET
    cue_class = json_extract(record, '$.cue_class'),
    negated = COALESCE(json_extract(record, '$.negated'), 0) != 0,
    question = COALESCE(json_extract(record, '$.question'), 0) != 0
WHERE json_extract(record, '$.cue_class') IS NOT NULL OR json_extract(record, '$.negated') OR json_extract(record, '$.question');
CREATE INDEX attributions_class ON attributions(cue_class, negated);
"""),
    (4, "appearances of each text (url, outlet, date, source), filled from articles; statements across articles "
        "(issue 13): statements, statement_members, statement_signatures", """
CREATE TABLE appearances (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url         TEXT,
    outlet      TEXT,
    published   TEXT,                           -- ISO 8601 date (YYYY-MM-DD) or NULL
    source      TEXT,                           -- path, path:LINE, path@OFFSET
    place       TEXT NOT NULL,                  -- what makes it one: the url, else the source, else 'outlet|published'
    added_at    TEXT NOT NULL,                  -- UTC, ISO 8601
    UNIQUE (article_id, place)
);
CREATE INDEX appearances_outlet ON appearances(outlet);
ALTER TABLE runs ADD COLUMN appearances INTEGER NOT NULL DEFAULT 0;   -- new appearances of texts already stored
INSERT INTO appearances (article_id, url, outlet, published, source, place, added_at)
    SELECT id, url, outlet, published, source,
           COALESCE(url, source, COALESCE(outlet, '') || '|' || COALESCE(published, '')), added_at
    FROM articles ORDER BY added_at, id;

CREATE TABLE statements (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,   -- never reused: a statement's URL stays its own
    canonical_article     TEXT NOT NULL,        -- the earliest full form (statements.index.Statement.canonical)
    canonical_attribution TEXT NOT NULL,
    text                  TEXT NOT NULL,        -- the canonical content's text
    entity_id             INTEGER,              -- the canonical's corpus speaker, NULL when not named
    speaker_name          TEXT,
    n_members             INTEGER NOT NULL,     -- attributions (one per article)
    n_articles            INTEGER NOT NULL,
    n_appearances         INTEGER NOT NULL,     -- appearances of the member articles
    n_outlets             INTEGER NOT NULL,     -- known outlets among them
    outlets               TEXT NOT NULL,        -- JSON: [outlet], every appearance's, sorted
    first_published       TEXT,
    last_published        TEXT,
    drift_classes         TEXT NOT NULL,        -- JSON: the members' drift classes, in DRIFT_CLASSES order
    merged_into           INTEGER,              -- set when a later report merged it into that statement (no members left)
    updated_at            TEXT NOT NULL
);
CREATE INDEX statements_outlets ON statements(n_outlets, n_appearances);

CREATE TABLE statement_members (              -- an attribution placed in a statement (by saidwhat track)
    article_id      TEXT NOT NULL,
    attribution_id  TEXT NOT NULL,
    statement_id    INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,           -- placing order (the index is rebuilt in it)
    outlet          TEXT,                       -- the article's earliest appearance
    published       TEXT,
    canonical       INTEGER NOT NULL DEFAULT 0, -- 1 for the statement's earliest full form
    drift           TEXT NOT NULL,              -- JSON: statements.drift.Drift.to_dict() against the canonical
    added_at        TEXT NOT NULL,
    PRIMARY KEY (article_id, attribution_id),
    FOREIGN KEY (article_id, attribution_id) REFERENCES attributions(article_id, attribution_id) ON DELETE CASCADE
);
CREATE INDEX statement_members_statement ON statement_members(statement_id);
CREATE INDEX statement_members_seq ON statement_members(seq);

CREATE TABLE statement_signatures (           -- the window MinHashes of a placed attribution
    article_id      TEXT NOT NULL,
    attribution_id  TEXT NOT NULL,
    fingerprint     TEXT NOT NULL,              -- the index settings they were made with (changed: recomputed)
    seed            INTEGER NOT NULL,
    scheme          TEXT NOT NULL,              -- datasketch permutation scheme
    dtype           TEXT NOT NULL,              -- numpy dtype of the hash values ('<u4')
    n_windows       INTEGER NOT NULL,
    hashvalues      BLOB NOT NULL,              -- n_windows x num_perm hash values, row after row
    PRIMARY KEY (article_id, attribution_id),
    FOREIGN KEY (article_id, attribution_id) REFERENCES attributions(article_id, attribution_id) ON DELETE CASCADE
);
"""),
)

#: The version a store has after :func:`migrate`.
LATEST_VERSION = MIGRATIONS[-1][0]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database of ``conn`` to :data:`LATEST_VERSION`.

    Each migration runs in its own transaction together with the ``user_version`` bump, so a
    crash leaves the database at the previous version, never half-migrated.

    Returns:
        The version before migrating (0 for a new database).

    Raises:
        sqlite3.DatabaseError: when a migration fails (the store wraps it in ``StoreError``).
        ValueError: when the database is newer than this saidwhat knows.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION:
        raise ValueError(f"store schema version {version} is newer than this saidwhat knows ({LATEST_VERSION}); upgrade saidwhat")
    for number, _description, script in MIGRATIONS:
        if number <= version:
            continue
        # executescript() commits first; wrap the script and the version bump in one transaction.
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    return version
