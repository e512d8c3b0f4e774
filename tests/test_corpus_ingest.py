"""Ingest: counts, idempotence, --force, rejects by cause, crash safety under SIGKILL.

The engine is replaced by ``fake_extract_many`` (no model) except in the tests marked ``model``.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_corpus_fixtures import (
    SEED_TEXT,
    fake_extract_many,
    html_page,
    news_text,
    write_warc,
)

import saidwhat
from saidwhat.corpus import query
from saidwhat.corpus.ingest import IngestSummary, ingest, normalize_date, outlet_of
from saidwhat.corpus.store import Store

TESTS = Path(__file__).resolve().parent


def make_corpus(root: Path, n_txt: int = 5) -> dict[str, int]:
    """A folder of .txt files, a JSONL file and a WARC file, each of the latter with one corrupt
    record. Returns the expected counts."""
    (root / "txt").mkdir(parents=True)
    for i in range(n_txt):
        (root / "txt" / f"{i:03d}.txt").write_text(news_text(i), encoding="utf-8")
    lines = [json.dumps({"text": news_text(100 + i), "url": f"https://www.bbc.co.uk/news/{i}", "published": "2017-02-11"})
             for i in range(3)]
    lines.insert(1, '{"text": "cut off')  # the corrupt record
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pages = [(f"https://apnews.com/{i}", html_page(f"Story {i}", news_text(200 + i).replace("\n\n", "\n"), "2017-03-01"))
             for i in range(4)]
    write_warc(root / "crawl.warc.gz", pages)
    data = (root / "crawl.warc.gz").read_bytes()
    # the corrupt record: a truncated response appended at the end
    trunc = root / "t.warc.gz"
    write_warc(trunc, [("https://apnews.com/cut", html_page("Cut", news_text(999)))], extra=False)
    (root / "crawl.warc.gz").write_bytes(data + trunc.read_bytes()[:-40])
    trunc.unlink()
    return {"ingested": n_txt + 3 + 4, "invalid-json": 1, "truncated": 1}


def test_corpus_of_txt_jsonl_warc_then_rerun_adds_nothing(tmp_path):
    expected = make_corpus(tmp_path / "in")
    db = tmp_path / "corpus.db"
    s1 = ingest([tmp_path / "in"], db=db, progress=False, extractor=fake_extract_many)
    assert (s1.ingested, s1.already_present, s1.rejected) == (expected["ingested"], 0, {"invalid-json": 1, "truncated": 1})
    assert s1.status == "some-failed" and s1.words > 0
    with Store(db) as store:
        counts = store.counts()
        assert counts["articles"] == expected["ingested"] and counts["rejects"] == 2
        assert counts["attributions"] == 2 * expected["ingested"]
        outlets = {o["outlet"]: o["n_articles"] for o in query.outlets(store)}
        assert outlets == {"bbc.co.uk": 3, "apnews.com": 4}
        assert {r["cause"] for r in query.rejects(store)} == {"invalid-json", "truncated"}
        top = query.speakers(store)
        assert top[0]["name"] == "Maria Lopez" and top[0]["n_articles"] == expected["ingested"]
        assert top[0]["n_outlets"] == 2
        assert [r["kind"] for r in top if r["id"] is None] == ["anonymous"]
        before = store.counts()
    s2 = ingest([tmp_path / "in"], db=db, progress=False, extractor=fake_extract_many)
    assert (s2.ingested, s2.already_present, s2.n_rejected) == (0, expected["ingested"], 2)
    with Store(db) as store:
        assert store.counts() == before
        assert store.conn.execute("SELECT COUNT(*) FROM runs WHERE finished_at IS NOT NULL").fetchone()[0] == 2
    s3 = ingest([tmp_path / "in"], db=db, progress=False, force=True, extractor=fake_extract_many)
    assert (s3.ingested, s3.already_present) == (expected["ingested"], 0)
    with Store(db) as store:
        assert store.counts() == before


def test_same_text_twice_in_one_run_is_stored_once(tmp_path):
    (tmp_path / "a.txt").write_text(news_text(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(news_text(1), encoding="utf-8")
    s = ingest([tmp_path], db=tmp_path / "c.db", progress=False, extractor=fake_extract_many)
    assert (s.ingested, s.already_present, s.status) == (1, 1, "ok")


def test_all_inputs_failing_and_engine_rejects(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "x" \n[1]\n{"text": "' + "y " * 400 + '"}\n', encoding="utf-8")
    from saidwhat.config import Config

    s = ingest([tmp_path / "a.jsonl"], db=tmp_path / "c.db", progress=False, extractor=fake_extract_many,
               config=Config(max_input_chars=100))
    assert s.rejected == {"invalid-json": 2, "too-large": 1} and s.status == "all-failed"
    assert s.failures[0][0].endswith("a.jsonl:1") and s.to_dict()["n_rejected"] == 3


def test_summary_dict_is_json_ready():
    d = IngestSummary(ingested=3, already_present=1, rejected={"empty": 1}, seconds=2.0).to_dict()
    assert json.loads(json.dumps(d))["articles_per_second"] == 1.5 and d["status"] == "some-failed"


@pytest.mark.parametrize("url, outlet", [("https://www.nytimes.com/2017/x.html", "nytimes.com"), ("http://APNEWS.com/a", "apnews.com"),
                                         ("not a url", None), (None, None)])
def test_outlet_of(url, outlet):
    assert outlet_of(url) == outlet


@pytest.mark.parametrize("value, iso", [("2017-02-10", "2017-02-10"), ("2017-02-10T23:00:00Z", "2017-02-10"),
                                        ("Fri, 10 Feb 2017 12:00:00 GMT", "2017-02-10"), ("yesterday", None)])
def test_normalize_date(value, iso):
    assert normalize_date(value) == iso


# -- crash safety ---------------------------------------------------------------------------

_CHILD = """
import functools, sys
sys.path.insert(0, {tests!r})
from test_corpus_fixtures import fake_extract_many
from saidwhat.corpus.ingest import ingest
if __name__ == "__main__":  # worker processes are spawned: they import this file
    ingest([{src!r}], db={db!r}, progress=False, processes=int(sys.argv[1]),
           extractor=functools.partial(fake_extract_many, delay=0.03 * int(sys.argv[1])))
"""


def _children(pid: int) -> list[int]:
    """Live child processes of ``pid`` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == str(pid) and fields[0] != "Z":
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _n_articles(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return -1


def _assert_consistent(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO attributions_fts(attributions_fts) VALUES ('integrity-check')")
        half = conn.execute(
            "SELECT id FROM articles a WHERE n_attributions <> (SELECT COUNT(*) FROM attributions t WHERE t.article_id = a.id) "
            "OR n_speakers <> (SELECT COUNT(*) FROM speakers s WHERE s.article_id = a.id)").fetchall()
        assert half == []
        assert conn.execute("SELECT COUNT(*) FROM speakers WHERE kind = 'person' AND entity_id IS NULL").fetchone()[0] == 0
        return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_at_any_moment_loses_no_committed_article_and_the_next_run_continues(tmp_path):
    n = 64  # batches still to run at the last kill: two workers yield their batches close together
    src = tmp_path / "in"
    src.mkdir()
    for i in range(n):
        (src / f"{i:03d}.txt").write_text(news_text(i), encoding="utf-8")
    db = tmp_path / "corpus.db"
    script = tmp_path / "child.py"
    script.write_text(_CHILD.format(tests=str(TESTS), src=str(src), db=str(db)), encoding="utf-8")
    committed = 0
    # kill: as soon as the database file appears (maybe mid-migration), then after 3, 12, 25
    # articles; the last run extracts in two worker processes, which must not outlive it
    for threshold, processes in ((0, 1), (3, 1), (12, 1), (25, 2)):
        proc = subprocess.Popen([sys.executable, str(script), str(processes)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            workers: set[int] = set()
            while time.monotonic() < deadline and proc.poll() is None:
                if processes > 1:
                    workers.update(_children(proc.pid))  # seen while polling, not only at the kill
                if db.exists() and (threshold == 0 or _n_articles(db) >= threshold) and (processes == 1 or workers):
                    break
                time.sleep(0.002)
            workers.update(_children(proc.pid))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            if processes > 1:
                assert workers, "no worker processes seen"
                deadline = time.monotonic() + 20
                while any(_alive(w) for w in workers) and time.monotonic() < deadline:
                    time.sleep(0.1)
                assert not any(_alive(w) for w in workers), "worker processes outlived their killed parent"
            assert proc.returncode in (-signal.SIGKILL, 0), proc.stderr.read().decode()[-2000:] if proc.stderr else ""
        finally:
            proc.stderr.close()
        now = _assert_consistent(db) if db.exists() and _n_articles(db) >= 0 else 0
        assert now >= committed  # nothing committed was lost
        committed = now
    assert 0 < committed < n
    summary = ingest([src], db=db, progress=False, extractor=fake_extract_many)
    assert summary.ingested == n - committed and summary.already_present == committed
    assert _assert_consistent(db) == n
    ref = tmp_path / "ref.db"
    ingest([src], db=ref, progress=False, extractor=fake_extract_many)
    with Store(db) as a, Store(ref) as b:
        rows = "SELECT article_id, attribution_id, content_text, entity_id IS NULL FROM attributions ORDER BY 1, 2"
        assert [tuple(r) for r in a.conn.execute(rows)] == [tuple(r) for r in b.conn.execute(rows)]
        assert [r["name"] for r in query.speakers(a)] == [r["name"] for r in query.speakers(b)]


# -- with the real engine -------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.slow
def test_real_engine_on_the_seed_article_and_a_jsonl(tmp_path):
    dump = tmp_path / "a.jsonl"
    seed = SEED_TEXT.read_text(encoding="utf-8")
    dump.write_text(json.dumps({"text": seed, "url": "https://apnews.com/assad"}) + "\n"
                    + json.dumps({"text": ""}) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    s = ingest([dump, SEED_TEXT], db=db, progress=False)
    assert (s.ingested, s.already_present, s.rejected) == (1, 1, {"empty": 1})
    with Store(db) as store:
        named = [r for r in query.speakers(store) if r["id"] is not None]
        assert named and "Assad" in named[0]["name"] and named[0]["outlets"] == {"apnews.com": named[0]["n_attributions"]}
        assert all(q["speaker_name"] and "Assad" in q["speaker_name"] for q in query.quotes(store, speaker="Assad"))
        art, md = query.article(store, store.conn.execute("SELECT id FROM articles").fetchone()[0])
        assert art.text == seed and md["outlet"] == "apnews.com"
        import io

        import jsonschema

        from saidwhat.corpus.export import export

        out = io.StringIO()
        assert export(store, out, fmt="jsonl") == 1
        schema_path = Path(saidwhat.__file__).parent / "schema" / "saidwhat-1.schema.json"
        jsonschema.validate(json.loads(out.getvalue()), json.loads(schema_path.read_text(encoding="utf-8")))


def _crashy_extract_many(items, **kw):
    """The fake engine, but raising a non-saidwhat exception on texts containing "CRASH"."""
    items = list(items)
    if any("CRASH" in (i[0] if isinstance(i, tuple) else i) for i in items):
        raise IndexError("list index out of range (simulated engine bug)")
    return fake_extract_many(items, **kw)


def test_an_engine_bug_on_one_text_rejects_that_text_only(tmp_path):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(news_text(i) + ("CRASH\n" if i == 2 else ""), encoding="utf-8")
    s = ingest([tmp_path], db=tmp_path / "c.db", progress=False, extractor=_crashy_extract_many)
    assert (s.ingested, s.rejected) == (4, {"extraction-error": 1})
    assert s.failures[0][0].endswith("2.txt") and "simulated engine bug" in s.failures[0][2]


@pytest.mark.slow
def test_two_worker_processes_give_the_same_store_as_one(tmp_path):
    make_corpus(tmp_path / "in", n_txt=40)
    one = ingest([tmp_path / "in"], db=tmp_path / "one.db", progress=False, extractor=fake_extract_many)
    two = ingest([tmp_path / "in"], db=tmp_path / "two.db", processes=2, progress=False, extractor=fake_extract_many)
    assert (one.ingested, one.rejected) == (two.ingested, two.rejected) == (47, {"invalid-json": 1, "truncated": 1})
    with Store(tmp_path / "one.db") as a, Store(tmp_path / "two.db") as b:
        rows = "SELECT a.source, t.attribution_id, t.content_text FROM attributions t JOIN articles a ON a.id = t.article_id ORDER BY a.rowid, t.rowid"
        assert [tuple(r) for r in a.conn.execute(rows)] == [tuple(r) for r in b.conn.execute(rows)]
