"""Exports: jsonl (articles, schema saidwhat/1 + metadata), csv and parquet (attributions)."""

from __future__ import annotations

import csv
import io
import json

from pathlib import Path

import pytest
from test_corpus_fixtures import OUTLET_ARTICLES, seed_article

import saidwhat
from saidwhat.corpus.export import ATTRIBUTION_COLUMNS, export
from saidwhat.corpus.ingest import add_article
from saidwhat.corpus.store import Store
from saidwhat.errors import InputError
from saidwhat.types import SCHEMA, Article


@pytest.fixture()
def store():
    s = Store(":memory:")
    for url, published, art in OUTLET_ARTICLES.values():
        add_article(s, art, {"url": url, "published": published})
    add_article(s, seed_article(), {"url": "https://apnews.com/assad", "source": "seed.txt"})
    yield s
    s.close()


def test_jsonl_is_one_article_a_line_in_schema_saidwhat_1(store):
    import jsonschema

    schema = json.loads((Path(saidwhat.__file__).parent / "schema" / "saidwhat-1.schema.json").read_text(encoding="utf-8"))
    out = io.StringIO()
    assert export(store, out, fmt="jsonl") == 4
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [d["schema"] for d in lines] == [SCHEMA] * 4
    for d in lines:
        jsonschema.validate(d, schema)
    seed = seed_article()
    assert Article.from_dict(lines[3]) == seed
    corpus = lines[3]["meta"]["corpus"]
    assert corpus["outlet"] == "apnews.com" and corpus["source"] == "seed.txt" and lines[3]["input"] == "seed.txt"
    assert set(corpus["entities"]) == {s.id for s in seed.speakers}
    for d in lines:
        for a in d["attributions"]:
            assert d["text"][a["content"]["start_char"]:a["content"]["end_char"]] == a["content"]["text"]


def test_csv_is_one_attribution_a_row(store):
    out = io.StringIO()
    n = export(store, out, fmt="csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == len(rows) == 9 + 25
    assert tuple(rows[0]) == ATTRIBUTION_COLUMNS
    anon = [r for r in rows if r["speaker_kind"] == "anonymous"]
    assert len(anon) == 1 and anon[0]["speaker_id"] == "" and anon[0]["outlet"] == "bbc.co.uk"


def test_parquet_needs_a_path_and_holds_every_attribution(store, tmp_path):
    import pyarrow.parquet as pq

    with pytest.raises(InputError, match="path"):
        export(store, io.StringIO(), fmt="parquet")
    with pytest.raises(InputError, match="unknown"):
        export(store, tmp_path / "x", fmt="xml")
    assert export(store, tmp_path / "a.parquet", fmt="parquet") == 34
    table = pq.read_table(tmp_path / "a.parquet")
    assert table.num_rows == 34 and table.column_names == list(ATTRIBUTION_COLUMNS)
    assert "Bashar Assad" in set(table.column("speaker_name").to_pylist())


def test_exports_carry_every_attribution_with_its_class(tmp_path):
    import web_fixtures as wf

    with Store(":memory:") as s:
        add_article(s, wf.classed_article(), wf.classed_metadata())
        out = io.StringIO()
        assert export(s, out, fmt="csv") == 8  # the export is the whole corpus: no class filter
        rows = list(csv.DictReader(io.StringIO(out.getvalue())))
        assert [(r["attribution_id"], r["cue_class"], r["negated"], r["question"]) for r in rows] == [
            (aid, c or "", str(n), str(q)) for aid, (c, n, q, _s) in wf.CLASSED.items()]
        export(s, tmp_path / "a.parquet", fmt="parquet")
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "a.parquet")
    assert table.column("cue_class").to_pylist() == [c for c, _n, _q, _s in wf.CLASSED.values()]
    assert table.column("negated").to_pylist() == [n for _c, n, _q, _s in wf.CLASSED.values()]
