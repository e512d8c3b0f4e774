"""Appearances and statements in the corpus store (issue 13): migration 4, ingest of one text from
several outlets, ``corpus.statements.track`` (incremental, signatures stored), the statement
queries and the ``track``/``statements`` commands."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
import statement_fixtures as sf
from test_corpus_fixtures import fake_extract_many, news_text
from typer.testing import CliRunner

from saidwhat.corpus import query
from saidwhat.corpus import statements as cs
from saidwhat.corpus.ingest import add_appearance, add_article, ingest
from saidwhat.corpus.migrations import LATEST_VERSION, MIGRATIONS
from saidwhat.corpus.store import Store
from saidwhat.errors import InputError
from saidwhat.statements import Appearance, StatementIndex
from saidwhat.statements.drift import words

# ---- migration 4 ---------------------------------------------------------------------------------

def _version_3_store(path, items) -> None:
    """A store as saidwhat wrote it at schema version 3 (no appearances, no statements): the first
    three migrations' scripts and each ``(article, metadata)`` inserted with the columns of then."""
    conn = sqlite3.connect(path)
    conn.executescript("".join(m[2] for m in MIGRATIONS[:3]) + "\nPRAGMA user_version = 3;")
    entity: dict[str, int] = {}
    for n, (art, md) in enumerate(items):
        conn.execute("INSERT INTO articles (id, title, url, outlet, published, source, text, n_chars, n_words, n_speakers, "
                     "n_attributions, regions, meta, metadata, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (art.text_sha256, art.title, md.get("url"), md.get("outlet"), md.get("published"), md.get("source"),
                      art.text, len(art.text), len(art.text.split()), len(art.speakers), len(art.attributions),
                      json.dumps([r.to_dict() for r in art.regions]), json.dumps(art.meta), json.dumps(md),
                      f"2024-01-0{n + 1}T00:00:00+00:00"))
        for s in art.speakers:
            first, last = s.name.split()
            if s.name not in entity:
                entity[s.name] = conn.execute("INSERT INTO entities (kind, name, key_last, key_first) VALUES (?,?,?,?)",
                                              ("person", s.name, last.lower(), first.lower())).lastrowid
            conn.execute("INSERT INTO speakers (article_id, speaker_id, name, kind, role, entity_id, name_key, title, key_last, "
                         "key_first, mentions) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                         (art.text_sha256, s.id, s.name, s.kind, s.role, entity[s.name], s.name.lower(), None, last.lower(),
                          first.lower(), json.dumps([m.to_dict() for m in s.mentions])))
        for a in art.attributions:
            sp = next(s for s in art.speakers if s.id == a.speaker_id)
            conn.execute("INSERT INTO attributions (article_id, attribution_id, type, region, speaker_id, speaker_kind, "
                         "entity_id, source_text, cue_text, content_text, content_start, content_end, confidence, nested, "
                         "record, cue_class, negated, question) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         (art.text_sha256, a.id, a.type, a.region, a.speaker_id, "person", entity[sp.name], a.source.text,
                          a.cue.text, a.content.text, a.content.start_char, a.content.end_char, a.confidence, 0,
                          json.dumps(a.to_dict()), a.cue_class, 0, 0))
    conn.commit()
    conn.close()


def _dump(db) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    out = {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}")))
           for t in ("articles", "speakers", "entities", "entity_roles", "attributions", "rejects", "runs")}
    conn.close()
    return out


def test_a_version_3_store_keeps_everything_and_gets_its_appearances(tmp_path):
    db = tmp_path / "v3.db"
    items = [(sf.report_article("courier"), {"url": "https://courier.example/x", "outlet": "courier.example",
                                             "published": "2024-03-01", "source": "in.jsonl:1"}),
             (sf.report_article("wire"), {"outlet": "wire.example", "source": "wire/a.txt"}),
             (sf.report_article("herald"), {})]
    _version_3_store(db, items)
    before = _dump(db)
    with Store(db) as store:
        assert store.version == LATEST_VERSION == 4
        rows = {r["article_id"]: (r["url"], r["outlet"], r["published"], r["source"], r["place"]) for r in store.conn.execute(
            "SELECT * FROM appearances")}
        added = {r[0] for r in store.conn.execute("SELECT added_at FROM appearances")}
    assert {k: v for k, v in _dump(db).items() if k != "runs"} == {k: v for k, v in before.items() if k != "runs"}
    assert [r[:-1] for r in _dump(db)["runs"]] == before["runs"]  # runs only gained the appearances column
    assert rows == {
        items[0][0].text_sha256: ("https://courier.example/x", "courier.example", "2024-03-01", "in.jsonl:1", "https://courier.example/x"),
        items[1][0].text_sha256: (None, "wire.example", None, "wire/a.txt", "wire/a.txt"),
        items[2][0].text_sha256: (None, None, None, None, "|"),
    }
    assert added == {"2024-01-01T00:00:00+00:00", "2024-01-02T00:00:00+00:00", "2024-01-03T00:00:00+00:00"}
    with Store(db, readonly=True) as store:
        back, md = query.article(store, items[0][0].text_sha256)
        assert back == items[0][0]
        assert md["appearances"] == [{"url": "https://courier.example/x", "outlet": "courier.example", "published": "2024-03-01",
                                      "source": "in.jsonl:1", "added_at": "2024-01-01T00:00:00+00:00"}]
        assert {r["name"] for r in query.speakers(store)} >= {"Lena Ortiz", "Mark Bell"}
    with Store(db) as store:  # the migrated store takes the same text from another outlet, and tracks
        assert add_article(store, items[0][0], {"url": "https://wire2.example/copy", "published": "2024-03-05"}) is False
        assert len(query.appearances(store, items[0][0].text_sha256)) == 2
        assert cs.track(store).placed == 6


# ---- appearances ----------------------------------------------------------------------------------

def test_the_same_text_from_two_outlets_is_one_article_with_two_appearances(tmp_path):
    text = news_text(7)
    lines = [json.dumps({"text": text, "url": "https://www.bbc.co.uk/news/7", "published": "2017-02-11"}),
             json.dumps({"text": text, "url": "https://apnews.com/7", "published": "2017-02-10"}),
             json.dumps({"text": text, "url": "https://apnews.com/7", "published": "2017-02-10"})]  # the same input twice
    (tmp_path / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    s = ingest([tmp_path / "dump.jsonl"], db=db, progress=False, extractor=fake_extract_many)
    assert (s.ingested, s.already_present, s.appearances) == (1, 2, 1)
    with Store(db) as store:
        assert store.counts()["articles"] == 1
        [row] = query.articles(store)
        assert row["outlet"] == "bbc.co.uk" and row["n_appearances"] == 2
        apps = query.appearances(store, row["id"])
        assert [(a["outlet"], a["published"], a["url"]) for a in apps] == [
            ("apnews.com", "2017-02-10", "https://apnews.com/7"), ("bbc.co.uk", "2017-02-11", "https://www.bbc.co.uk/news/7")]
        assert store.conn.execute("SELECT appearances FROM runs").fetchone()[0] == 1
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "a.txt").write_text(text, encoding="utf-8")
    s2 = ingest([tmp_path], db=db, progress=False, extractor=fake_extract_many, outlet="nytimes.com")
    assert (s2.ingested, s2.already_present, s2.appearances) == (0, 4, 1)
    s3 = ingest([tmp_path], db=db, progress=False, extractor=fake_extract_many, outlet="nytimes.com")
    assert (s3.ingested, s3.already_present, s3.appearances) == (0, 4, 0)  # re-running the same input adds nothing
    with Store(db) as store:
        assert [a["outlet"] for a in store.appearances(row["id"])] == ["apnews.com", "bbc.co.uk", "nytimes.com"]
    s4 = ingest([tmp_path], db=db, progress=False, extractor=fake_extract_many, force=True)
    assert s4.ingested == 1
    with Store(db) as store:  # re-extracting keeps every appearance
        assert len(store.appearances(row["id"])) == 3 and store.counts()["articles"] == 1


def test_a_text_repeated_in_one_run_gets_its_appearances_after_it_is_stored(tmp_path):
    (tmp_path / "a.txt").write_text(news_text(3), encoding="utf-8")
    (tmp_path / "b.txt").write_text(news_text(3), encoding="utf-8")
    s = ingest([tmp_path], db=tmp_path / "c.db", progress=False, extractor=fake_extract_many)
    assert (s.ingested, s.already_present, s.appearances) == (1, 1, 1)
    with Store(tmp_path / "c.db") as store:
        [row] = query.articles(store)
        assert [a["source"] for a in store.appearances(row["id"])] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_add_article_and_add_appearance_record_appearances_once():
    art = sf.report_article("courier")
    with Store(":memory:") as store:
        assert add_article(store, art, {"outlet": "a.example"}) is True
        assert add_article(store, art, {"outlet": "b.example"}) is False
        assert add_article(store, art, {"outlet": "b.example"}) is False
        assert add_appearance(store, art.text_sha256, {"url": "https://www.c.example/x", "published": "Fri, 01 Mar 2024 10:00:00 GMT"})
        assert not add_appearance(store, art.text_sha256, {"url": "https://www.c.example/x"})
        assert not add_appearance(store, "0" * 64, {"outlet": "d.example"})
        apps = store.appearances(art.text_sha256)
        assert [(a["outlet"], a["published"]) for a in apps] == [("c.example", "2024-03-01"), ("a.example", None), ("b.example", None)]
        assert store.count("appearances") == 3
        with pytest.raises(ValueError):
            store.count("nope")


# ---- track ---------------------------------------------------------------------------------------

@pytest.fixture()
def reports():
    with Store(":memory:") as store:
        for art, md in sf.reports():
            add_article(store, art, md)
        yield store


def _members(store, sid):
    return {r["article_id"]: json.loads(r["drift"])["classes"] for r in store.conn.execute(
        "SELECT article_id, drift FROM statement_members WHERE statement_id = ?", (sid,))}


def test_track_groups_the_reports_and_classes_each_variant(reports):
    s = cs.track(reports)
    assert (s.placed, s.new_statements, s.joined, s.removed) == (12, 7, 0, 0)
    assert s.statements == reports.count("statements") == 7 and s.reported == 2 and s.multi_outlet == 2
    [st] = query.statements(reports, min_outlets=3)
    assert st["speaker_name"] == "Lena Ortiz" and st["n_members"] == st["n_articles"] == 6
    assert (st["n_appearances"], st["n_outlets"], st["first_published"], st["last_published"]) == (7, 7, "2024-03-01", "2024-03-04")
    assert st["canonical"]["article_id"] == sf.article_id("courier") and st["canonical"]["outlet"] == "courier.example"
    assert st["text"] == f"“{sf.FULL},”"
    got = _members(reports, st["id"])
    assert got == {sf.article_id("courier"): [], sf.article_id("wire"): ["trimmed"], sf.article_id("gazette"): ["punctuation/case"],
                   sf.article_id("post"): ["ellipsis"], sf.article_id("ledger"): ["changed-words"],
                   sf.article_id("herald"): ["speaker-conflict"]}
    assert st["drift"] == ["trimmed", "ellipsis", "punctuation/case", "changed-words", "speaker-conflict"]
    # the other sentences are statements of their own, of one appearance each (the ledger's: two, it was republished)
    assert reports.conn.execute("SELECT COUNT(*) FROM statements WHERE n_members = 1").fetchone()[0] == 6


def test_track_twice_adds_nothing_the_second_time(reports):
    cs.track(reports)
    tables = ("statements", "statement_members", "statement_signatures")
    before = {t: [tuple(r) for r in reports.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in tables}
    s = cs.track(reports)
    assert (s.placed, s.new_statements, s.joined, s.changed, s.removed, s.resigned) == (0, 0, 0, 0, 0, 0)
    assert s.statements == 7
    assert {t: [tuple(r) for r in reports.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in tables} == before


def test_new_articles_join_existing_statements_without_a_rebuild(tmp_path):
    items = sf.reports()
    with Store(tmp_path / "c.db") as store:
        for art, md in items[:2]:  # courier, wire
            add_article(store, art, md)
        assert cs.track(store).placed == 4
        [first] = query.statements(store)  # the courier's quote and the wire's trim of it
        sid = first["id"]
        for art, md in items[2:]:
            add_article(store, art, md)
        s = cs.track(store)
        assert s.placed == 8 and s.joined == 4 and s.new_statements == 4
        assert [st["id"] for st in query.statements(store, min_outlets=3)] == [sid]  # the statement keeps its id
        assert len(_members(store, sid)) == 6


def test_a_later_found_earlier_report_becomes_the_canonical_form(tmp_path):
    with Store(tmp_path / "c.db") as store:
        add_article(store, sf.report_article("wire"), sf.report_metadata("wire"))  # the trimmed report, 2024-03-02
        add_article(store, sf.report_article("ledger"), sf.report_metadata("ledger"))
        cs.track(store)
        [st] = query.statements(store, speaker="Lena Ortiz")
        assert st["canonical"]["article_id"] == sf.article_id("wire")
        add_article(store, sf.report_article("courier"), sf.report_metadata("courier"))  # 2024-03-01, found later
        s = cs.track(store)
        assert s.joined == 1 and s.changed >= 1
        [st] = query.statements(store, speaker="Lena Ortiz")
        assert st["canonical"]["article_id"] == sf.article_id("courier") and st["first_published"] == "2024-03-01"
        assert _members(store, st["id"]) == {sf.article_id("courier"): [], sf.article_id("wire"): ["trimmed"],
                                             sf.article_id("ledger"): ["changed-words"]}


def test_a_new_appearance_of_a_tracked_article_counts_without_new_members(reports):
    cs.track(reports)
    [st] = query.statements(reports, min_outlets=3)
    add_appearance(reports, sf.article_id("wire"), {"url": "https://late.example/x", "published": "2024-02-28"})
    s = cs.track(reports)
    assert s.placed == 0 and s.changed == 2  # both of the wire's statements: it now dates from 2024-02-28
    [after] = query.statements(reports, min_outlets=3)
    assert after["id"] == st["id"] and after["n_outlets"] == 8 and after["first_published"] == "2024-02-28"
    assert after["canonical"]["article_id"] == sf.article_id("wire")
    detail = query.statement(reports, st["id"])
    assert detail["first_appearance"]["outlet"] == "late.example"


def test_a_deleted_or_re_extracted_article_leaves_its_statements_to_the_next_track(reports):
    cs.track(reports)
    [st] = query.statements(reports, min_outlets=3)
    with reports.transaction():
        reports.delete_article(sf.article_id("courier"))
    s = cs.track(reports)
    assert s.removed == 1 and s.placed == 0  # the courier's other sentence was alone in its statement
    [after] = query.statements(reports, min_outlets=3)
    assert after["id"] == st["id"] and after["n_members"] == 5
    assert after["canonical"]["article_id"] in {sf.article_id(k) for k in ("wire", "gazette", "post")}
    art = sf.report_article("wire")
    add_article(reports, art, sf.report_metadata("wire"), replace=True)  # --force: the attributions are new rows
    s = cs.track(reports)
    assert s.placed == 2 and s.joined == 1
    assert query.statements(reports, min_outlets=3)[0]["n_members"] == 5


def test_a_fuller_report_merges_the_statements_of_its_parts_and_the_old_id_leads_on(tmp_path):
    half_a, half_b = "We will rebuild every school the storm destroyed", "and we will do it before winter"
    other = ("Clerk", "Ida Moss", "said", "the town hall would open again on the first day of next month")
    parts = [(sf.quote_article("First Half", half_a, "Lena Ortiz", "Mayor", other), {"url": "https://a.example/1", "published": "2024-03-01"}),
             (sf.quote_article("Second Half", half_b, "Lena Ortiz", "Mayor", other), {"url": "https://b.example/1", "published": "2024-03-01"})]
    with Store(tmp_path / "c.db") as store:
        for art, md in parts:
            add_article(store, art, md)
        cs.track(store)
        ids = sorted({r[0] for r in store.conn.execute("SELECT statement_id FROM statement_members WHERE attribution_id = 'a1'")})
        assert len(ids) == 2  # the halves share no words
        add_article(store, sf.report_article("courier"), sf.report_metadata("courier"))
        s = cs.track(store)
        assert s.merged == 1 and s.placed == 2
        [st] = query.statements(store, speaker="Lena Ortiz")
        assert st["id"] == ids[0] and st["n_members"] == 3 and st["n_outlets"] == 3
        assert query.statement(store, ids[1])["id"] == ids[0]  # the merged statement's id leads to the one holding it
        assert cs.track(store).placed == 0
        assert s.statements == store.conn.execute("SELECT COUNT(*) FROM statements WHERE merged_into IS NULL").fetchone()[0]


def test_stored_signatures_rebuild_the_index_as_adding_did():
    apps = [Appearance(f"x{i}:a1", text, speaker=spk, published=f"2024-03-0{i + 1}")
            for i, (text, spk) in enumerate([(f"“{sf.FULL}”", "Lena Ortiz"), (f"“{sf.TRIMMED}”", "Lena Ortiz"),
                                             ("“The storm destroyed more than we feared, and the schools will wait”", "Lena Ortiz"),
                                             (f"“{sf.CHANGED}”", "Lena Ortiz"), (f"“{sf.ELLIPSIS}”", "Ortiz")])]
    fresh = StatementIndex()
    expected = [fresh.add(a) for a in apps]
    ix = StatementIndex()
    cs.prepare(ix)
    for a, sid in zip(apps[:3], expected[:3]):
        blob = cs.signatures_to_blob(ix.windows(words(a.text)))
        cs.restore(ix, Appearance(**a.__dict__), sid, cs.signatures_from_blob(*blob))
    assert [ix.add(Appearance(**a.__dict__)) for a in apps[3:]] == expected[3:]
    assert cs.signatures_from_blob(*cs.signatures_to_blob([])) == []


def test_changed_index_settings_recompute_the_stored_signatures(reports):
    cs.track(reports)
    assert cs.track(reports, index=StatementIndex(window=6, step=2)).resigned == 0  # nothing to place: not needed
    other = ("Clerk", "Ida Moss", "said", "the town hall would open again on the first day of next month")
    add_article(reports, sf.quote_article("Late", sf.TRIMMED, "Lena Ortiz", "Mayor", other), {"published": "2024-03-05"})
    s = cs.track(reports, index=StatementIndex(window=6, step=2))
    assert s.placed == 2 and s.joined == 1 and s.resigned == 12
    fps = {r[0] for r in reports.conn.execute("SELECT DISTINCT fingerprint FROM statement_signatures")}
    assert fps == {cs.fingerprint(StatementIndex(window=6, step=2))}
    assert cs.track(reports, index=StatementIndex(window=6, step=2)).resigned == 0


def test_track_places_speech_and_writing_unless_told(tmp_path):
    import web_fixtures as wf

    with Store(tmp_path / "c.db") as store:
        add_article(store, wf.classed_article(), wf.classed_metadata())
        assert cs.track(store).placed == len(wf.CLASSED_DEFAULT)
        assert cs.track(store, classes="all", negated=True).placed == len(wf.CLASSED) - len(wf.CLASSED_DEFAULT)
        with pytest.raises(InputError):
            cs.track(store, classes="gossip")


def test_a_split_quote_is_compared_without_its_cue():
    from saidwhat.statements import content_text

    art = sf.report_article("gazette")
    a1 = art.attributions[0]
    stored = json.dumps([p.to_dict() for p in a1.content.pieces])
    assert cs.content_for_statements(a1.content.text, stored) == content_text(a1) == \
        "“We will rebuild every school the storm destroyed,” “and we will do it before winter.”"
    assert cs.content_for_statements("plain", None) == "plain" == cs.content_for_statements("plain", "not json")


# ---- queries -------------------------------------------------------------------------------------

def test_statement_queries_filter_by_speaker_outlets_and_drift(reports):
    cs.track(reports)
    ortiz = query.statements(reports, min_outlets=3)[0]["id"]
    assert [s["id"] for s in query.statements(reports, speaker="Mark Bell")] == [ortiz]  # credited the same words
    assert [s["id"] for s in query.statements(reports, speaker="Lena Ortiz")] == [ortiz]
    assert query.statements(reports, speaker="Nobody Atall") == []
    assert [s["id"] for s in query.statements(reports, drift="changed-words")] == [ortiz]
    assert [s["id"] for s in query.statements(reports, drift="punctuation")] == [ortiz]
    assert query.statements(reports, drift="laundered") == []
    with pytest.raises(InputError, match="changed-words"):
        query.statements(reports, drift="misquote")
    assert len(query.statements(reports)) == 2 and len(query.statements(reports, min_appearances=1)) == 7
    assert len(query.statements(reports, min_appearances=1, limit=3, offset=5)) == 2
    assert query.statement(reports, 999) is None and query.statement(reports, "x") is None


def test_one_statement_lists_members_appearances_and_a_timeline(reports):
    cs.track(reports)
    st = query.statement(reports, query.statements(reports, min_outlets=3)[0]["id"])
    assert st["members"][0]["canonical"] and st["members"][0]["article_id"] == sf.article_id("courier")
    assert [m["published"] for m in st["members"][1:]] == sorted(m["published"] for m in st["members"][1:])
    ledger = next(m for m in st["members"] if m["article_id"] == sf.article_id("ledger"))
    assert ledger["drift"]["added"] == ["hospital"] and ledger["drift"]["dropped"] == ["school"]
    assert [a["outlet"] for a in ledger["appearances"]] == ["ledger.example", "wire2.example"]
    gazette = next(m for m in st["members"] if m["article_id"] == sf.article_id("gazette"))
    assert gazette["content"]["pieces"] and "said" not in gazette["text"]
    art, _ = query.article(reports, gazette["article_id"])
    c = gazette["content"]
    assert art.text[c["start_char"]:c["end_char"]] == c["text"]
    assert st["first_appearance"]["outlet"] == "courier.example"
    assert [t["published"] for t in st["timeline"]] == sorted(t["published"] for t in st["timeline"])
    assert len(st["timeline"]) == 7 and [o["outlet"] for o in st["by_outlet"]][0] == "courier.example"
    assert {o["outlet"]: len(o["appearances"]) for o in st["by_outlet"]}["wire2.example"] == 1


# ---- the commands --------------------------------------------------------------------------------

def run(*args):
    from saidwhat.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def test_track_and_statements_commands(tmp_path):
    db = tmp_path / "c.db"
    with Store(db) as store:
        for art, md in sf.reports():
            add_article(store, art, md)
    r = run("track", "--db", db)
    assert r.exit_code == 0, r.output
    assert "placed 12 attributions: 7 new statements" in r.stdout and "2 reported more than once" in r.stdout
    r = run("track", "--db", db, "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["placed"] == 0
    r = run("statements", "--db", db, "--format", "json")
    rows = json.loads(r.stdout)
    assert r.exit_code == 0 and [x["n_outlets"] for x in rows] == [7, 2]
    r = run("statements", "--db", db, "--drift", "changed-words", "--format", "csv")
    got = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(got) == 1 and got[0]["speaker_name"] == "Lena Ortiz" and "wire2.example" in got[0]["outlets"]
    assert got[0]["first_outlet"] == "courier.example" and "changed-words" in got[0]["drift"]
    table = run("statements", "--db", db, "--speaker", "Mark Bell", "--min-outlets", "3").stdout
    assert "Lena Ortiz" in table and "We will rebuild every school" in table
    assert run("statements", "--db", db, "--drift", "misquote").exit_code == 2
    assert run("statements", "--db", db, "--min-outlets", "0").exit_code == 2
    assert run("statements", "--db", db, "--format", "xml").exit_code == 2
    assert run("track", "--db", tmp_path / "missing.db").exit_code == 2
    assert run("track", "--db", db, "--classes", "gossip").exit_code == 2


def test_track_reports_its_progress_by_phase(reports):
    calls = []
    cs.track(reports, progress=lambda phase, done, total: calls.append((phase, done, total)))
    assert [c for c in calls if c[0] == "place"][-1] == ("place", 12, 12)
    assert calls[-1] == ("drift", 7, 7)
    add_article(reports, sf.quote_article("Late", sf.TRIMMED, "Lena Ortiz", "Mayor",
                                          ("Clerk", "Ida Moss", "said", "the town hall would open again next month")), {})
    calls.clear()
    cs.track(reports, progress=lambda phase, done, total: calls.append((phase, done, total)))
    assert ("restore", 12, 12) in calls and ("place", 2, 2) in calls


def test_the_track_progress_bar_draws_long_phases_only(monkeypatch):
    from saidwhat.cli.statements import _Bar

    bar = _Bar(True)
    bar("place", 10, 100)  # short: nothing
    assert bar.bar is None
    started = []
    monkeypatch.setattr("rich.progress.Progress.start", lambda self: started.append(1))
    bar("restore", 200, 5000)
    bar("restore", 5000, 5000)
    assert started == [1] and list(bar.tasks) == ["restore"]
    assert bar.bar.tasks[0].completed == 5000


def test_a_later_short_fragment_joins_a_stored_statement_and_a_rerun_adds_nothing(tmp_path):
    # quoted-fragment evidence after a restore: the stored quote's word pairs are registered again
    other = ("Clerk", "Ida Moss", "said", "the town hall would open again on the first day of next month")
    full = "The levee plan is utterly reckless, and the county will fight it in every court it can"
    with Store(tmp_path / "c.db") as store:
        add_article(store, sf.quote_article("Levee Fight", full, "Lena Ortiz", "Mayor", other),
                    {"url": "https://a.example/1", "published": "2024-03-01"})
        cs.track(store)
        [sid] = {r[0] for r in store.conn.execute("SELECT statement_id FROM statement_members WHERE attribution_id = 'a1'")}
        add_article(store, sf.quote_article("Mayor Vows Fight", "utterly reckless", "Lena Ortiz", "Mayor", other),
                    {"url": "https://b.example/1", "published": "2024-03-03"})
        s = cs.track(store)
        assert s.placed == 2 and s.joined == 2  # the fragment and the clerk's sentence (the same words)
        assert len(_members(store, sid)) == 2
        tables = ("statements", "statement_members", "statement_signatures")
        before = {t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in tables}
        again = cs.track(store)
        assert (again.placed, again.new_statements, again.joined, again.changed) == (0, 0, 0, 0)
        assert {t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in tables} == before


# ---- round 2: continued quotes, one cue, paraphrases ------------------------------------------------

def _continued_article():
    """“A,” Mayor Lena Ortiz said. ¶ “B.” (a2: no source, no cue, the previous speaker) ¶ an
    unrelated quote of the same mayor with its own cue (a3)."""
    from saidwhat.engine import text_sha256
    from saidwhat.types import Article, Attribution, Region, Span, Speaker

    text = ("Levee Plan\n\n“The levee plan is utterly reckless and the county will fight it,” Mayor Lena Ortiz said.\n\n"
            "“We will take the state to court over every single permit it signs.”\n\n"
            "“The bridge on Mill Road opens again in the spring,” Ortiz said later.\n")

    def at(s):
        i = text.index(s)
        return Span.of(text, i, i + len(s))

    src, src3 = at("Mayor Lena Ortiz"), at("Ortiz said later")
    src3 = Span.of(text, src3.start_char, src3.start_char + 5)
    c1 = at("“The levee plan is utterly reckless and the county will fight it,”")
    c2 = at("“We will take the state to court over every single permit it signs.”")
    c3 = at("“The bridge on Mill Road opens again in the spring,”")
    cue1 = Span.of(text, src.end_char + 1, src.end_char + 5)
    cue3 = Span.of(text, src3.end_char + 1, src3.end_char + 5)
    atts = (Attribution("a1", "direct", "body", "s1", src, cue1, c1, speaker_via="name", cue_class="speech"),
            Attribution("a2", "direct", "body", "s1", None, None, c2, speaker_via="continuation", cue_class="speech"),
            Attribution("a3", "direct", "body", "s1", src3, cue3, c3, speaker_via="surname", cue_class="speech"))
    regions = (Region("r1", "headline", Span.of(text, 0, 10)), Region("r2", "body", Span.of(text, 12, len(text) - 1)))
    return Article(text, text_sha256(text), "Levee Plan", regions, (Speaker("s1", "Lena Ortiz", "person", "Mayor", (src, src3)),),
                   atts, {"text_source": "test"})


def test_a_continued_quote_paragraph_is_one_statement_with_the_quote_it_continues():
    with Store(":memory:") as store:
        add_article(store, _continued_article(), {"url": "https://a.example/1", "published": "2024-03-01"})
        cs.track(store)
        sid = dict(store.conn.execute("SELECT attribution_id, statement_id FROM statement_members").fetchall())
        assert sid["a1"] == sid["a2"] != sid["a3"]


def test_a_paraphrase_joins_a_stored_statement_and_a_rerun_adds_nothing(tmp_path):
    from test_statements import PARA, _enc

    other = ("Clerk", "Ida Moss", "said", "the town hall would open again on the first day of next month")
    quote = "The county will not raise the sales tax to pay for the new stadium"
    with Store(tmp_path / "c.db") as store:
        for i, site in enumerate(("a", "b")):
            add_article(store, sf.quote_article(f"Tax Pledge {i}", quote, "Lena Ortiz", "Mayor", other),
                        {"url": f"https://{site}.example/1", "published": "2024-03-01"})
        cs.track(store, index=StatementIndex(encoder=_enc(0.9)))
        [sid] = {r[0] for r in store.conn.execute("SELECT statement_id FROM statement_members WHERE attribution_id = 'a1'")}
        add_article(store, sf.quote_article("Stadium Vote", "The harbor will be dredged before the summer season",
                                            "Sam Dale", "Harbor master", ("Mayor", "Lena Ortiz", "said", PARA)),
                    {"url": "https://c.example/1", "published": "2024-03-03"})
        s = cs.track(store, index=StatementIndex(encoder=_enc(0.9)))
        assert s.placed == 2 and s.joined == 1
        drift = {r[0]: json.loads(r[1])["classes"] for r in store.conn.execute(
            "SELECT attribution_id, drift FROM statement_members WHERE statement_id = ? AND article_id = ?",
            (sid, sf.quote_article("Stadium Vote", "The harbor will be dredged before the summer season", "Sam Dale",
                                   "Harbor master", ("Mayor", "Lena Ortiz", "said", PARA)).text_sha256))}
        assert drift == {"a2": ["paraphrase"]}
        tables = ("statements", "statement_members", "statement_signatures")
        before = {t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in tables}
        again = cs.track(store, index=StatementIndex(encoder=_enc(0.9)))
        assert (again.placed, again.new_statements, again.joined, again.changed) == (0, 0, 0, 0)
        assert {t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in tables} == before
