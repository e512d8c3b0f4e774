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
