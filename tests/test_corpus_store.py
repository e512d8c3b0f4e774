"""The SQLite store: schema version, round trip, idempotence, atomic writes."""

from __future__ import annotations

import sqlite3

import pytest
from test_corpus_fixtures import OUTLET_ARTICLES, make_article, seed_article

from saidwhat.corpus import entities
from saidwhat.corpus.ingest import add_article
from saidwhat.corpus.migrations import LATEST_VERSION
from saidwhat.corpus.query import article, quotes
from saidwhat.corpus.store import Store
from saidwhat.errors import StoreError


def test_new_store_is_migrated_in_wal_mode(tmp_path):
    with Store(tmp_path / "sub" / "c.db") as store:
        assert store.version == LATEST_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.counts() == {"articles": 0, "speakers": 0, "entities": 0, "attributions": 0, "rejects": 0}
    with Store(tmp_path / "sub" / "c.db") as store:  # reopening does not migrate again
        assert store.version == LATEST_VERSION


def test_store_newer_than_code_is_refused(tmp_path):
    db = tmp_path / "c.db"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(db)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    db = tmp_path / "c.db"
    db.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store(db)


def test_readonly_store_needs_an_existing_database(tmp_path):
    with pytest.raises(StoreError, match="no such"):
        Store(tmp_path / "missing.db", readonly=True)
    with Store(tmp_path / "c.db") as store:
        add_article(store, seed_article(), {"url": "https://apnews.com/x"})
    with Store(tmp_path / "c.db", readonly=True) as ro:
        assert ro.counts()["articles"] == 1
        with pytest.raises(StoreError):
            with ro.transaction() as c:
                c.execute("DELETE FROM articles")


def test_article_round_trips_exactly():
    art = seed_article()
    with Store(":memory:") as store:
        assert add_article(store, art, {"url": "https://www.apnews.com/a", "published": "2017-02-10T08:00:00Z",
                                        "source": "seed.txt", "section": "world"})
        back, md = article(store, art.text_sha256)
    assert back == art
    assert back.meta == art.meta
    assert md["outlet"] == "apnews.com" and md["published"] == "2017-02-10" and md["section"] == "world"
    assert md["published_raw"] == "2017-02-10T08:00:00Z"
    assert set(md["entities"]) == {s.id for s in art.speakers}


def test_adding_the_same_text_twice_adds_nothing():
    art = seed_article()
    with Store(":memory:") as store:
        assert add_article(store, art, {}) is True
        before = store.counts()
        assert add_article(store, art, {"outlet": "other"}) is False
        assert store.counts() == before


def test_replace_rewrites_the_article_and_its_index():
    text = "Bashar Assad said the war would end. Later he said peace was near."
    old = make_article(text, [("Bashar Assad", "person", None)], [(1, "the war would end")])
    new = make_article(text, [("Bashar Assad", "person", None)], [(1, "peace was near")])
    with Store(":memory:") as store:
        add_article(store, old, {})
        assert add_article(store, new, {}, replace=True) is True
        assert store.counts()["articles"] == 1 and store.counts()["attributions"] == 1
        assert [q["content"]["text"] for q in quotes(store, search="peace")] == ["peace was near"]
        assert quotes(store, search="war") == []


def test_a_failed_write_leaves_no_part_of_the_article(monkeypatch):
    art = OUTLET_ARTICLES["bbc"][2]
    calls = []

    def boom(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # fail after the article row and one speaker were written
            raise sqlite3.OperationalError("disk I/O error (simulated)")
        return real(*args, **kwargs)

    real = entities.link
    monkeypatch.setattr(entities, "link", boom)
    with Store(":memory:") as store:
        with pytest.raises(StoreError, match="simulated"):
            add_article(store, art, {})
        assert store.counts() == {"articles": 0, "speakers": 0, "entities": 0, "attributions": 0, "rejects": 0}
        monkeypatch.setattr(entities, "link", real)
        assert add_article(store, art, {})
        assert store.counts()["attributions"] == 3


def test_reject_is_recorded_and_cleared_when_the_source_is_ingested():
    art = seed_article()
    with Store(":memory:") as store:
        store.record_reject("a.txt", "undecodable", "a.txt: cannot decode")
        store.record_reject("a.txt", "empty", "a.txt: empty")  # updated, not duplicated
        assert [tuple(r) for r in store.conn.execute("SELECT cause FROM rejects")] == [("empty",)]
        add_article(store, art, {"source": "a.txt"})
        assert store.counts()["rejects"] == 0


def test_a_version_1_store_is_migrated_to_the_latest(tmp_path):
    from saidwhat.corpus.migrations import MIGRATIONS

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.executescript(MIGRATIONS[0][2] + "\nPRAGMA user_version = 1;")
    conn.close()
    with Store(db) as store:
        assert store.version == LATEST_VERSION >= 2
        add_article(store, OUTLET_ARTICLES["bbc"][2], {})
        aliases = [tuple(r) for r in store.conn.execute("SELECT alias, n_articles FROM entity_aliases ORDER BY alias")]
        assert aliases == [("Bashar al-Assad", 1), ("Donald Trump", 1)]


# ---- version 3: cue_class, negated, question per attribution (issue 12) ---------------------------

def _version_2_store(path, art, *, old_records: tuple[str, ...]) -> None:
    """A store as saidwhat wrote it before version 3: the version 1 and 2 scripts, and ``art``
    inserted with the columns of those versions only. The records of ``old_records`` lose their
    cue_class (written before records had one); the others keep theirs (written by a saidwhat whose
    records had classes but whose store had no column for them)."""
    import json

    from saidwhat.corpus.migrations import MIGRATIONS

    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0][2] + MIGRATIONS[1][2] + "\nPRAGMA user_version = 2;")
    conn.execute("INSERT INTO articles (id, title, url, outlet, published, source, text, n_chars, n_words, n_speakers, "
                 "n_attributions, regions, meta, metadata, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                 (art.text_sha256, art.title, None, "old.example", "2016-05-01", "old.txt", art.text, len(art.text), 60,
                  len(art.speakers), len(art.attributions), json.dumps([r.to_dict() for r in art.regions]), "{}",
                  json.dumps({"outlet": "old.example", "published": "2016-05-01"}), "2016-05-02T00:00:00+00:00"))
    entity = {}
    for i, s in enumerate(art.speakers, 1):
        first, last = s.name.split()
        conn.execute("INSERT INTO entities (id, kind, name, key_last, key_first) VALUES (?,?,?,?,?)",
                     (i, "person", s.name, last.lower(), first.lower()))
        entity[s.id] = i
        conn.execute("INSERT INTO speakers (article_id, speaker_id, name, kind, role, entity_id, name_key, title, key_last, "
                     "key_first, mentions) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     (art.text_sha256, s.id, s.name, s.kind, s.role, i, s.name.lower(), None, last.lower(), first.lower(),
                      json.dumps([m.to_dict() for m in s.mentions])))
    for a in art.attributions:
        record = a.to_dict()
        if a.id in old_records:
            record.pop("cue_class", None)
        conn.execute("INSERT INTO attributions (article_id, attribution_id, type, region, speaker_id, speaker_kind, entity_id, "
                     "source_text, cue_text, content_text, content_start, content_end, confidence, nested, record) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (art.text_sha256, a.id, a.type, a.region, a.speaker_id, "person" if a.speaker_id else "unresolved",
                      entity.get(a.speaker_id or ""), a.source.text if a.source else None, a.cue.text if a.cue else None,
                      a.content.text, a.content.start_char, a.content.end_char, a.confidence, int(a.nested),
                      json.dumps(record)))
    conn.commit()
    conn.close()


def test_a_version_2_store_with_rows_keeps_working_after_migration(tmp_path):
    import web_fixtures as wf

    from saidwhat.corpus import query

    art = wf.classed_article()
    db = tmp_path / "v2.db"
    _version_2_store(db, art, old_records=("a1", "a2", "a3"))
    with pytest.raises(StoreError, match="schema version 2, expected"):  # the web app reads read-only: migrate first
        Store(db, readonly=True)
    with Store(db) as store:
        assert store.version == LATEST_VERSION >= 3
        got = {r["attribution_id"]: (r["cue_class"], r["negated"], r["question"]) for r in store.conn.execute(
            "SELECT attribution_id, cue_class, negated, question FROM attributions")}
    # old records: NULL (counted as speech); newer ones: filled from the stored record
    assert got == {"a1": (None, 0, 0), "a2": (None, 0, 0), "a3": (None, 0, 0), "a4": ("stance", 0, 0),
                   "a5": ("evidence", 0, 0), "a6": ("speech", 1, 0), "a7": ("speech", 0, 1), "a8": (None, 0, 0)}
    with Store(db, readonly=True) as store:
        named = {r["name"]: r["n_attributions"] for r in query.speakers(store)}
        # a2 (writing) and a3 (thought) lost their class with the old records: both count as speech now
        assert named == {"Nora Cole": 4, "Raj Patel": 1}  # a4 stance, a5 evidence (unresolved) and a6 negated left out
        assert {r["name"]: r["n_attributions"] for r in query.speakers(store, classes=None, negated=True)} == {
            "Nora Cole": 4, "Raj Patel": 2, "Dana Ruiz": 1, None: 1}
        assert [q["id"] for q in query.quotes(store, search="levy")] == []  # a4 is a stance
        assert [q["id"] for q in query.quotes(store, search="levy", classes="all")] == ["a4"]
        assert [q["id"] for q in query.quotes(store, search="deficit")] == ["a3"]  # an old row: speech
        back, _ = query.article(store, art.text_sha256)
        assert back.attributions[4].cue_class == "evidence" and back.attributions[0].cue_class is None


def test_new_rows_store_their_class_negation_and_question():
    import web_fixtures as wf

    art = wf.classed_article()
    with Store(":memory:") as store:
        add_article(store, art, {})
        rows = [tuple(r) for r in store.conn.execute(
            "SELECT attribution_id, cue_class, negated, question FROM attributions ORDER BY rowid")]
        assert rows == [(aid, c, int(n), int(q)) for aid, (c, n, q, _s) in wf.CLASSED.items()]
        back, _ = article(store, art.text_sha256)
    assert back == art
