"""The corpus commands: ingest, speakers, quotes, export (engine replaced by a fake)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_corpus_fixtures import fake_extract_many
from test_corpus_ingest import make_corpus
from typer.testing import CliRunner

import saidwhat
from saidwhat.cli import app


@pytest.fixture()
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(saidwhat, "extract_many", fake_extract_many)
    make_corpus(tmp_path / "in")
    return tmp_path


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_ingest_summary_exit_codes_and_rerun(corpus):
    db = corpus / "c.db"
    r = run("ingest", corpus / "in", "--db", db, "--no-progress")
    assert r.exit_code == 1, r.output
    assert "ingested 12, already present 0, rejected 2 (invalid-json 1, truncated 1)" in r.stdout
    assert "invalid-json:" in r.stderr
    r = run("ingest", corpus / "in" / "txt", "--db", db, "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["already_present"] == 5
    (corpus / "bad.jsonl").write_text("nope\n", encoding="utf-8")
    assert run("ingest", corpus / "bad.jsonl", "--db", db).exit_code == 3
    assert run("ingest", corpus / "nowhere", "--db", db).exit_code == 2
    assert run("ingest", corpus / "in", "--db", db, "--processes", "0").exit_code == 2


def test_speakers_and_quotes_formats(corpus):
    db = corpus / "c.db"
    run("ingest", corpus / "in", "--db", db)
    r = run("speakers", "--db", db, "--format", "json")
    rows = json.loads(r.stdout)
    assert r.exit_code == 0 and rows[0]["name"] == "Maria Lopez" and rows[0]["n_articles"] == 12
    assert rows[-1]["kind"] == "anonymous" and rows[-1]["id"] is None
    r = run("speakers", "--db", db, "--outlet", "bbc.co.uk", "--format", "csv")
    got = list(csv.DictReader(io.StringIO(r.stdout)))
    assert got[0]["n_attributions"] == "3" and json.loads(got[0]["outlets"]) == {"bbc.co.uk": 3}
    table = run("speakers", "--db", db).stdout
    assert "Maria Lopez" in table and "(anonymous, not a person)" in table
    # fixed bug (session 6, newcomer report): .txt files (no outlet, no URL) showed "{}" and 0
    # outlets with no word of the attributions counted apart; now as the viewer shows them
    r = run("speakers", "--db", db, "--format", "csv")
    lopez = next(g for g in csv.DictReader(io.StringIO(r.stdout)) if g["name"] == "Maria Lopez")
    assert int(lopez["unknown_outlet"]) > 0
    assert "unknown outlet" in table
    r = run("quotes", "--db", db, "--speaker", "Maria Lopez", "--search", "budget 3", "--format", "json")
    assert [q["content"]["text"] for q in json.loads(r.stdout)] == ["the budget 3 would pass"]
    r = run("quotes", "--db", db, "--speaker", "anonymous", "--since", "2017-03-01", "--format", "csv")
    got = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(got) == 4 and {g["outlet"] for g in got} == {"apnews.com"}
    assert "the budget" in run("quotes", "--db", db, "-n", "3").stdout


def test_usage_errors(corpus):
    db = corpus / "c.db"
    assert run("speakers", "--db", db).exit_code == 2  # no database yet
    run("ingest", corpus / "in", "--db", db)
    assert run("speakers", "--db", db, "--since", "last week").exit_code == 2
    assert run("quotes", "--db", db, "--format", "xml").exit_code == 2
    assert run("export", "--db", db, "--format", "parquet").exit_code == 2


def test_export_jsonl_to_stdout_and_parquet_to_file(corpus):
    db = corpus / "c.db"
    run("ingest", corpus / "in", "--db", db)
    r = run("export", "--db", db)
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 12
    assert json.loads(r.stdout.splitlines()[0])["schema"] == "saidwhat/1"
    r = run("export", "--db", db, "--format", "parquet", "-o", corpus / "a.parquet")
    assert r.exit_code == 0 and (corpus / "a.parquet").stat().st_size > 0


def test_ingest_outlet_option_applies_to_inputs_without_url(corpus):
    db = corpus / "c.db"
    run("ingest", corpus / "in", "--db", db, "--outlet", "example.org")
    rows = json.loads(run("speakers", "--db", db, "--format", "json").stdout)
    assert rows[0]["outlets"] == {"example.org": 5, "apnews.com": 4, "bbc.co.uk": 3}


def test_speakers_and_quotes_count_speech_and_writing_unless_told(tmp_path):
    import web_fixtures as wf

    db = tmp_path / "c.db"
    wf.fill_store(db, [(wf.classed_article(), wf.classed_metadata())])
    names = lambda *args: {r["name"]: r["n_attributions"] for r in json.loads(run("speakers", "--db", db, "-f", "json", *args).stdout)}  # noqa: E731
    assert names() == {"Nora Cole": 4}
    assert names("--classes", "all") == {"Nora Cole": 4, "Raj Patel": 2, "Dana Ruiz": 1, None: 1}
    assert names("--classes", "all", "--no-negated") == {"Nora Cole": 4, "Raj Patel": 2, None: 1}
    assert names("--classes", "speech", "--negated") == {"Nora Cole": 3, "Dana Ruiz": 1}
    quotes = lambda *args: list(csv.DictReader(io.StringIO(run("quotes", "--db", db, "-f", "csv", *args).stdout)))  # noqa: E731
    assert [q["attribution_id"] for q in quotes()] == ["a1", "a2", "a7", "a8"]
    got = quotes("--classes", "thought,stance")
    assert [(q["attribution_id"], q["cue_class"]) for q in got] == [("a3", "thought"), ("a4", "stance")]
    table = run("quotes", "--db", db, "--classes", "all").stdout
    assert "speech, negated" in table and "evidence" in table
    r = run("speakers", "--db", db, "--classes", "speach")
    assert r.exit_code == 2 and "--classes: unknown class 'speach'" in r.stderr and "Traceback" not in r.output
    assert run("quotes", "--db", db, "--classes", "").exit_code == 2
