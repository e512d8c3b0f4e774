"""The JSON API of saidwhat.web.app (FastAPI TestClient): /v1/extract, corpus routes, errors, limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from saidwhat.config import Config
from saidwhat.engine import text_sha256
from saidwhat.errors import InputError, ModelError
from saidwhat.types import SCHEMA, Article, Attribution, Span, Speaker
from saidwhat.web.app import create_app

import web_fixtures as wf


def stub_extract(text: str, *, title: str | None = None, config: Config | None = None, meta: dict | None = None) -> Article:
    """A stand-in for saidwhat.extract: the first "…" quote is said by the first word."""
    if not text.strip():
        raise InputError("input: empty text (nothing but whitespace)")
    first = text.split()[0]
    start = text.index(first)
    quote = text.find('"')
    end_quote = text.find('"', quote + 1) + 1 if quote >= 0 else 0
    attributions: tuple[Attribution, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    if quote >= 0 and end_quote > quote:
        source = Span.of(text, start, start + len(first))
        speakers = (Speaker("s1", first, "person", None, (source,)),)
        attributions = (Attribution("a1", "direct", "body", "s1", source, None, Span.of(text, quote, end_quote)),)
    return Article(text, text_sha256(text), title, (), speakers, attributions, dict(meta or {}))


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app(extract_fn=stub_extract))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    db = tmp_path / "corpus.db"
    wf.fill_store(db, [(wf.seed_article(), wf.seed_metadata()), (wf.hostile_article(), wf.hostile_metadata())])
    return db


@pytest.fixture
def store_client(corpus: Path) -> TestClient:
    return TestClient(create_app(corpus, extract_fn=stub_extract))


# ---- POST /v1/extract -----------------------------------------------------------------------

def test_extract_returns_the_schema_record(client: TestClient) -> None:
    text = 'Alice said "we will win" on Monday.'
    r = client.post("/v1/extract", json={"text": text, "title": "Vote"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["schema"] == SCHEMA
    assert body["text"] == text
    assert body["title"] == "Vote"
    assert body["text_sha256"] == text_sha256(text)
    assert Article.from_dict(body) == stub_extract(text, title="Vote")
    content = body["attributions"][0]["content"]
    assert text[content["start_char"]:content["end_char"]] == content["text"] == '"we will win"'


def test_extract_keeps_non_ascii_offsets_in_characters(client: TestClient) -> None:
    text = 'Zoë said "café — naïve ✓" twice.'
    body = client.post("/v1/extract", json={"text": text}).json()
    content = body["attributions"][0]["content"]
    assert body["text"] == text
    assert text[content["start_char"]:content["end_char"]] == "\"café — naïve ✓\""


def test_extract_never_reads_a_server_file_named_by_the_client(client: TestClient) -> None:
    body = client.post("/v1/extract", json={"text": "/etc/passwd"}).json()
    assert body["text"] == "/etc/passwd"
    assert "root:" not in json.dumps(body)


@pytest.mark.parametrize("payload, needle", [
    ({"text": "a", "html": "<p>b</p>"}, "exactly one of 'text' and 'html'"),
    ({}, "exactly one of 'text' and 'html'"),
    ({"title": "only a title"}, "exactly one of 'text' and 'html'"),
    ({"text": 3}, "body.text"),
    ({"text": "a", "colour": "red"}, "body.colour"),
    ([1, 2], "body"),
])
def test_extract_rejects_a_body_of_the_wrong_shape_with_422(client: TestClient, payload: object, needle: str) -> None:
    r = client.post("/v1/extract", json=payload)
    assert r.status_code == 422
    assert r.json()["status"] == 422
    assert needle in r.json()["message"]


@pytest.mark.parametrize("raw", [b"{bad json", b'{"text": "a",}', b"", "{\"text\": \"caf\u00e9\"}".encode("latin-1")])
def test_malformed_json_gets_422_with_a_json_message(client: TestClient, raw: bytes) -> None:
    r = client.post("/v1/extract", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["message"]


def test_empty_text_gets_422_from_the_library() -> None:
    client = TestClient(create_app())  # the real saidwhat.extract; it refuses before loading a model
    r = client.post("/v1/extract", json={"text": "   \n "})
    assert r.status_code == 422
    assert "empty" in r.json()["message"]


def test_a_body_over_the_default_limit_gets_413(client: TestClient) -> None:
    limit = Config().max_input_bytes
    r = client.post("/v1/extract", content=b'{"text": "' + b"x" * limit + b'"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json() == {"status": 413, "message": f"request body over the limit of {limit:,} bytes (SAIDWHAT_MAX_INPUT_BYTES)"}


def test_a_chunked_body_over_the_limit_gets_413_without_content_length() -> None:
    client = TestClient(create_app(config=Config(max_input_bytes=1000), extract_fn=stub_extract))

    def chunks():
        yield b'{"text": "'
        for _ in range(20):
            yield b"y" * 100
        yield b'"}'

    r = client.post("/v1/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_the_limit_is_the_config_limit_and_bodies_under_it_pass() -> None:
    client = TestClient(create_app(config=Config(max_input_bytes=200), extract_fn=stub_extract))
    ok = json.dumps({"text": 'Bo said "hi".'}).encode()
    assert client.post("/v1/extract", content=ok, headers={"content-type": "application/json"}).status_code == 200
    big = json.dumps({"text": "z" * 300}).encode()
    assert client.post("/v1/extract", content=big, headers={"content-type": "application/json"}).status_code == 413


def test_text_over_the_character_limit_gets_413() -> None:
    client = TestClient(create_app(config=Config(max_input_chars=10)))
    r = client.post("/v1/extract", json={"text": "word " * 10})
    assert r.status_code == 413
    assert "over the limit" in r.json()["message"]


def test_model_errors_are_503_and_unexpected_errors_500_without_a_traceback() -> None:
    def broken_model(*_: object, **__: object) -> Article:
        raise ModelError("cannot load spaCy model 'x'")

    def bug(*_: object, **__: object) -> Article:
        raise RuntimeError("secret internals /srv/app.py line 3")

    r = TestClient(create_app(extract_fn=broken_model)).post("/v1/extract", json={"text": "a"})
    assert (r.status_code, r.json()["message"]) == (503, "cannot load spaCy model 'x'")
    r = TestClient(create_app(extract_fn=bug), raise_server_exceptions=False).post("/v1/extract", json={"text": "a"})
    assert r.status_code == 500
    assert r.json() == {"status": 500, "message": "internal error"}


def test_unknown_routes_and_methods_answer_json_under_v1(client: TestClient) -> None:
    r = client.get("/v1/nothing")
    assert (r.status_code, r.json()["status"]) == (404, 404)
    r = client.get("/v1/extract")
    assert (r.status_code, r.json()["status"]) == (405, 405)


def test_openapi_lists_the_routes_and_docs_are_served(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/v1/extract", "/v1/articles", "/v1/articles/{article_id}", "/v1/speakers",
                 "/v1/speakers/{speaker_id}", "/v1/quotes"):
        assert path in spec["paths"], path
    assert "text" in json.dumps(spec["components"]["schemas"]["ExtractRequest"])
    assert client.get("/docs").status_code == 200


def test_static_files_do_not_escape_their_folder(client: TestClient) -> None:
    assert client.get("/static/app.js").status_code == 200
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static//etc/passwd"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "create_app" not in r.text and "root:" not in r.text


# ---- the corpus routes ----------------------------------------------------------------------

def test_corpus_routes_answer_503_without_a_store(client: TestClient) -> None:
    for path in ("/v1/articles", "/v1/articles/abc", "/v1/speakers", "/v1/speakers/1", "/v1/quotes?q=x"):
        r = client.get(path)
        assert r.status_code == 503, path
        assert "--db" in r.json()["message"]


def test_articles_are_listed_and_paginated(store_client: TestClient) -> None:
    page = store_client.get("/v1/articles").json()
    assert {a["id"] for a in page["items"]} == {wf.seed_article().text_sha256, wf.hostile_article().text_sha256}
    assert page["next_offset"] is None
    first = store_client.get("/v1/articles?limit=1").json()
    assert (len(first["items"]), first["next_offset"]) == (1, 1)
    second = store_client.get("/v1/articles?limit=1&offset=1").json()
    assert second["next_offset"] is None
    assert first["items"][0]["id"] != second["items"][0]["id"]
    only = store_client.get("/v1/articles", params={"outlet": "The Associated Press"}).json()["items"]
    assert [a["id"] for a in only] == [wf.seed_article().text_sha256]


@pytest.mark.parametrize("query", ["limit=0", "limit=201", "offset=-1", "limit=ten"])
def test_bad_page_parameters_get_422(store_client: TestClient, query: str) -> None:
    r = store_client.get(f"/v1/articles?{query}")
    assert r.status_code == 422
    assert r.json()["message"].startswith("query.")


def test_a_stored_article_round_trips_through_the_api(store_client: TestClient) -> None:
    seed = wf.seed_article()
    r = store_client.get(f"/v1/articles/{seed.text_sha256}")
    assert r.status_code == 200
    body = r.json()
    assert body["id"] == seed.text_sha256
    assert body["metadata"]["outlet"] == "The Associated Press"
    assert Article.from_dict(body["article"]) == seed
    assert store_client.get("/v1/articles/" + "0" * 64).status_code == 404


def test_speakers_have_counts_by_outlet_and_pages(store_client: TestClient) -> None:
    items = store_client.get("/v1/speakers").json()["items"]
    top = items[0]
    assert top["name"] == "Bashar Assad"
    assert top["n_attributions"] == sum(1 for a in wf.seed_article().attributions if a.speaker_id == "s1")
    assert top["outlets"] == {"The Associated Press": top["n_attributions"]}
    two = store_client.get("/v1/speakers?limit=2").json()
    assert [s["id"] for s in two["items"]] == [s["id"] for s in items[:2]]
    assert two["next_offset"] == 2
    rest = store_client.get("/v1/speakers?limit=2&offset=2").json()["items"]
    assert [s["id"] for s in rest] == [s["id"] for s in items[2:4]]


def test_one_speaker_lists_every_attribution(store_client: TestClient) -> None:
    top = store_client.get("/v1/speakers").json()["items"][0]
    r = store_client.get(f"/v1/speakers/{top['id']}")
    assert r.status_code == 200
    body = r.json()
    assert body["name"] == "Bashar Assad"
    assert len(body["attributions"]) == top["n_attributions"]
    assert {a["article_id"] for a in body["attributions"]} == {wf.seed_article().text_sha256}
    assert store_client.get("/v1/speakers/999999").status_code == 404
    assert store_client.get("/v1/speakers/not-a-number").status_code == 404


def test_quotes_filter_by_words_speaker_and_outlet(store_client: TestClient) -> None:
    found = store_client.get("/v1/quotes", params={"q": "terrorism"}).json()["items"]
    assert found and all("terroris" in a["content"]["text"].lower() for a in found)
    by_assad = store_client.get("/v1/quotes", params={"speaker": "Assad", "limit": 200}).json()["items"]
    assert by_assad and {a["speaker_name"] for a in by_assad} == {"Bashar Assad"}
    assert store_client.get("/v1/quotes", params={"outlet": "Nobody"}).json()["items"] == []
    page = store_client.get("/v1/quotes", params={"limit": 3}).json()
    assert len(page["items"]) == 3 and page["next_offset"] == 3


# ---- the real pipeline ----------------------------------------------------------------------

@pytest.mark.model
def test_extract_of_the_seed_article_with_the_real_pipeline() -> None:
    text = wf.seed_text()
    client = TestClient(create_app())
    r = client.post("/v1/extract", json={"text": text, "title": "Assad"})
    assert r.status_code == 200
    body = r.json()
    assert body["text"] == text and body["schema"] == SCHEMA
    article = Article.from_dict(body)
    for a in article.attributions:
        for span in (a.source, a.cue, a.content):
            if span is not None:
                assert text[span.start_char:span.end_char] == span.text


@pytest.mark.model
def test_extract_from_html_with_the_real_pipeline() -> None:
    pytest.importorskip("saidwhat.article.html")
    html = ("<html><head><title>Vote day</title></head><body><article><h1>Vote day</h1>"
            "<p>“We will win this election,” Mayor Jane Doe said on Monday in a speech to supporters.</p>"
            "<p>Her opponent, John Roe, said the result would be close and that he expected a recount.</p>"
            "</article></body></html>")
    r = TestClient(create_app()).post("/v1/extract", json={"html": html})
    assert r.status_code == 200, r.text
    body = r.json()
    assert "We will win" in body["text"] and "<p>" not in body["text"]
    assert body["meta"].get("text_source") == "html"


# ---- a live server (uvicorn) and the serve command -----------------------------------------

def test_a_live_server_answers_413_before_reading_a_huge_body() -> None:
    import socket
    import threading
    import time

    import httpx
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(extract_fn=stub_extract), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            assert thread.is_alive()
            time.sleep(0.02)
        port = sock.getsockname()[1]
        base = f"http://127.0.0.1:{port}"
        body = b'{"text": "' + b"x" * 50_000_000 + b'"}'
        # a declared length over the limit is refused on the headers alone: send only them, so
        # the answer can't race the server closing while a client still writes 50 MB
        with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
            raw.sendall(b"POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        b"Content-Length: %d\r\n\r\n" % len(body))
            head = raw.recv(4096)
        assert head.startswith(b"HTTP/1.1 413"), head[:200]
        assert b'"status":413' in head.replace(b" ", b"") or b"413" in head

        def chunks():
            for i in range(0, len(body), 1 << 16):
                yield body[i:i + (1 << 16)]

        r = httpx.post(base + "/v1/extract", content=chunks(), headers={"content-type": "application/json"}, timeout=60)
        assert r.status_code == 413
        r = httpx.post(base + "/v1/extract", json={"text": 'Al said "yes".'}, timeout=60)
        assert r.status_code == 200 and r.json()["attributions"][0]["content"]["text"] == '"yes"'
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def test_serve_binds_to_localhost_by_default_and_preloads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from saidwhat.cli import app as cli

    calls: list[tuple[object, dict]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 0, result.output
    web_app, kw = calls[0]
    assert (kw["host"], kw["port"], kw["workers"]) == ("127.0.0.1", 8000, 1)
    assert web_app.state.db_path == tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0
    assert calls[1][1]["host"] == "0.0.0.0" and "not a loopback address" in result.output


def test_serve_refuses_a_store_it_cannot_open(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from saidwhat.cli import app as cli

    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    result = CliRunner().invoke(cli, ["serve", "--db", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and "Traceback" not in result.output


def test_an_unreadable_store_gets_503_without_server_paths(tmp_path: Path) -> None:
    bad = tmp_path / "secret-folder" / "corpus.db"
    bad.parent.mkdir()
    bad.write_bytes(b"not sqlite at all" * 100)
    client = TestClient(create_app(bad, extract_fn=stub_extract))
    for path in ("/v1/articles", "/v1/speakers", "/articles", "/quotes?q=x"):
        r = client.get(path)
        assert r.status_code == 503, path
        assert "secret-folder" not in r.text and "be read now" in r.text


def test_a_speakers_attributions_come_in_pages(store_client: TestClient) -> None:
    top = store_client.get("/v1/speakers").json()["items"][0]
    first = store_client.get(f"/v1/speakers/{top['id']}", params={"limit": 5}).json()
    assert len(first["attributions"]) == 5 and first["next_offset"] == 5
    assert first["n_attributions"] == top["n_attributions"]
    seen = [(a["article_id"], a["id"]) for a in first["attributions"]]
    offset = first["next_offset"]
    while offset is not None:
        page = store_client.get(f"/v1/speakers/{top['id']}", params={"limit": 5, "offset": offset}).json()
        seen += [(a["article_id"], a["id"]) for a in page["attributions"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == top["n_attributions"]


# ---- issue 16: the viewer as a newsroom tool --------------------------------------------------

@pytest.fixture
def newsroom(tmp_path: Path) -> TestClient:
    """A store with the seed article (AP, dated), the hostile one and an untitled plain-text one
    (no outlet, no date, a headline region)."""
    db = tmp_path / "newsroom.db"
    wf.fill_store(db, [(wf.seed_article(), wf.seed_metadata()), (wf.hostile_article(), wf.hostile_metadata()),
                       (wf.untitled_article(), wf.untitled_metadata())])
    return TestClient(create_app(db, extract_fn=stub_extract))


def test_an_untitled_article_gets_its_headline_as_its_title(newsroom: TestClient, tmp_path: Path) -> None:
    untitled = wf.untitled_article()
    listed = {a["id"]: a for a in newsroom.get("/v1/articles").json()["items"]}
    assert listed[untitled.text_sha256]["title"] == wf.UNTITLED_HEADLINE
    body = newsroom.get(f"/v1/articles/{untitled.text_sha256}").json()
    assert body["article"]["title"] == wf.UNTITLED_HEADLINE
    assert body["metadata"]["title_source"] == "headline"
    quotes = newsroom.get("/v1/quotes", params={"speaker": "Ann Lee"}).json()["items"]
    assert quotes and {q["title"] for q in quotes} == {wf.UNTITLED_HEADLINE}
    # a store written before titles were taken from headlines: the headline is still shown
    import sqlite3

    with sqlite3.connect(tmp_path / "newsroom.db") as conn:
        conn.execute("UPDATE articles SET title = NULL WHERE id = ?", (untitled.text_sha256,))
    listed = {a["id"]: a for a in newsroom.get("/v1/articles").json()["items"]}
    assert listed[untitled.text_sha256]["title"] == wf.UNTITLED_HEADLINE
    assert {q["title"] for q in newsroom.get("/v1/quotes", params={"q": "taxes"}).json()["items"]} == {wf.UNTITLED_HEADLINE}


def test_the_unknown_outlet_is_a_bucket_of_its_own(newsroom: TestClient) -> None:
    speakers = {s["name"]: s for s in newsroom.get("/v1/speakers").json()["items"] if s["name"]}
    lee = speakers["Ann Lee"]
    assert (lee["n_attributions"], lee["outlets"], lee["unknown_outlet"], lee["n_outlets"]) == (2, {}, 2, 0)
    assad = speakers["Bashar Assad"]
    assert (assad["unknown_outlet"], assad["n_outlets"]) == (0, 1)
    one = newsroom.get(f"/v1/speakers/{lee['id']}").json()
    assert (one["unknown_outlet"], one["n_outlets"]) == (2, 0)


def test_quote_search_gives_the_matched_words_as_spans(newsroom: TestClient) -> None:
    items = newsroom.get("/v1/quotes", params={"q": "bridge"}).json()["items"]
    assert len(items) == 2
    texts = {a["article_id"]: newsroom.get(f"/v1/articles/{a['article_id']}").json()["article"]["text"] for a in items}
    for a in items:
        assert a["matches"], a
        for m in a["matches"]:
            assert m["text"].lower() == "bridge"
            assert texts[a["article_id"]][m["start_char"]:m["end_char"]] == m["text"]
            assert a["content"]["start_char"] <= m["start_char"] < m["end_char"] <= a["content"]["end_char"]
    phrase = newsroom.get("/v1/quotes", params={"q": '"fight terrorism"'}).json()["items"]
    assert phrase and all(m["text"].lower() == "fight terrorism" for a in phrase for m in a["matches"])
    assert all(a["matches"] == [] for a in newsroom.get("/v1/quotes", params={"speaker": "Ann Lee"}).json()["items"])


@pytest.fixture
def dated(tmp_path: Path) -> TestClient:
    """Four short articles: three dated (January, February, March 2017) and one undated."""
    from test_corpus_fixtures import make_article

    db = tmp_path / "dated.db"
    items = []
    for day, word in (("2017-01-05", "January"), ("2017-02-10", "February"), ("2017-03-20", "March"), (None, "Undated")):
        text = f"Mayor Ann Lee said the {word} budget was balanced."
        md = {"outlet": "example.org", "title": f"{word} budget"}
        if day:
            md["published"] = day
        items.append((make_article(text, [("Ann Lee", "person", "Mayor")], [(1, f"the {word} budget was balanced")]), md))
    wf.fill_store(db, items)
    return TestClient(create_app(db, extract_fn=stub_extract))


def _titles(client: TestClient, **params: str) -> list[str]:
    return [a["title"] for a in client.get("/v1/quotes", params=params).json()["items"]]


def test_quotes_filter_by_a_date_range_and_sort_by_date(dated: TestClient) -> None:
    from saidwhat.corpus.query import QUOTE_SORTS
    from saidwhat.web.app import QUOTE_SORT_LABELS

    assert tuple(v for v, _ in QUOTE_SORT_LABELS) == QUOTE_SORTS
    assert _titles(dated, since="2017-02-01", until="2017-02-28") == ["February budget"]
    assert _titles(dated, since="2017-02-10", sort="oldest") == ["February budget", "March budget"]
    assert _titles(dated, until="2017-02-10", sort="newest") == ["February budget", "January budget"]
    assert _titles(dated, sort="newest") == ["March budget", "February budget", "January budget", "Undated budget"]
    assert _titles(dated, sort="oldest") == ["January budget", "February budget", "March budget", "Undated budget"]
    assert _titles(dated, q="budget", sort="oldest")[0] == "January budget"
    assert _titles(dated, q="budget", since="", until="") and _titles(dated, q="budget", sort="relevance")
    for params in ({"since": "2017-02-30"}, {"until": "last week"}, {"sort": "loudest"}):
        r = dated.get("/v1/quotes", params=params)
        assert r.status_code == 422, params
        assert r.json()["status"] == 422 and list(params)[0] in r.json()["message"]


def test_a_quote_search_downloads_as_csv_and_json_with_the_same_rows(newsroom: TestClient) -> None:
    import csv as csv_lib
    import io

    params = {"q": "terrorism", "sort": "newest"}
    shown = newsroom.get("/v1/quotes", params={**params, "limit": 200}).json()["items"]
    r_csv = newsroom.get("/v1/quotes/download", params={**params, "format": "csv"})
    r_json = newsroom.get("/v1/quotes/download", params={**params, "format": "json"})
    assert r_csv.status_code == r_json.status_code == 200
    assert r_csv.headers["content-type"] == "text/csv; charset=utf-8"
    assert r_csv.headers["content-disposition"] == 'attachment; filename="saidwhat-quotes.csv"'
    assert r_json.headers["content-disposition"] == 'attachment; filename="saidwhat-quotes.json"'
    rows_csv = list(csv_lib.DictReader(io.StringIO(r_csv.content.decode("utf-8-sig"))))
    rows_json = r_json.json()
    assert len(rows_csv) == len(rows_json) == len(shown) > 1
    as_text = lambda v: "" if v is None else str(v)  # noqa: E731
    assert [{k: as_text(v) for k, v in row.items()} for row in rows_json] == rows_csv
    assert [(r["article_id"], r["attribution_id"]) for r in rows_json] == [(q["article_id"], q["id"]) for q in shown]
    first = rows_json[0]
    assert "terroris" in first["matched"].lower() and first["title"] and first["outlet"] == "The Associated Press"
    assert first["link"].endswith(f"/articles/{first['article_id']}#c-{first['attribution_id']}")
    assert newsroom.get("/v1/quotes/download", params={"format": "xml"}).status_code == 422


def test_a_downloaded_csv_never_carries_a_spreadsheet_formula(tmp_path: Path) -> None:
    from test_corpus_fixtures import make_article

    text = 'Eve said =HYPERLINK("http://evil.example/x","click") is fine.'
    db = tmp_path / "formula.db"
    wf.fill_store(db, [(make_article(text, [("Eve", "person", None)], [(1, '=HYPERLINK("http://evil.example/x","click") is fine')]),
                        {"outlet": "@evil", "title": "-1+2"})])
    client = TestClient(create_app(db, extract_fn=stub_extract))
    body = client.get("/v1/quotes/download", params={"format": "csv"}).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in body and "'@evil" in body and "'-1+2" in body
    assert client.get("/v1/quotes/download", params={"format": "json"}).json()[0]["content"].startswith("=HYPERLINK")


def _page_paths(client: TestClient) -> list[str]:
    """Every page route of the app (not under /v1), its path parameters filled in from the store."""
    seed = wf.seed_article()
    speaker_id = client.get("/v1/speakers").json()["items"][0]["id"]
    fill = {"{article_id}": seed.text_sha256, "{speaker_id}": str(speaker_id)}
    paths = []
    for route in client.app.routes:
        path = getattr(route, "path", "")
        methods = getattr(route, "methods", None) or set()
        if "GET" not in methods or path.startswith(("/v1", "/openapi")):
            continue
        for key, value in fill.items():
            path = path.replace(key, value)
        paths.append(path)
    return paths


def test_head_answers_on_every_page_route(newsroom: TestClient) -> None:
    paths = _page_paths(newsroom)
    assert {"/", "/articles", "/speakers", "/quotes", "/docs"} <= set(paths) and len(paths) >= 8
    for path in [*paths, "/quotes?q=terrorism", "/static/style.css"]:
        got = newsroom.get(path, follow_redirects=False)
        head = newsroom.head(path, follow_redirects=False)
        assert head.status_code == got.status_code != 405, path
        assert head.headers.get("content-type") == got.headers.get("content-type"), path
    for path in ("/", "/articles", "/speakers", "/quotes", f"/articles/{wf.seed_article().text_sha256}"):
        head = newsroom.head(path)
        assert head.status_code == 200 and head.content == b"", path


# ---- classes= and negated= (issue 12) ---------------------------------------------------------

CLASSED_ALL = list(wf.CLASSED)
NOT_NEGATED = [a for a in wf.CLASSED if not wf.CLASSED[a][1]]


def classed_extract(text: str, *, title: str | None = None, config: Config | None = None, meta: dict | None = None) -> Article:
    """A stand-in for saidwhat.extract: the classed article (every cue class, a refusal, a question)."""
    return wf.classed_article()


@pytest.fixture
def classed(tmp_path: Path) -> TestClient:
    """The classed article (springfield.example) and the seed article (no classes: speech) in a store."""
    db = tmp_path / "classed.db"
    wf.fill_store(db, [(wf.classed_article(), wf.classed_metadata()), (wf.seed_article(), wf.seed_metadata())])
    return TestClient(create_app(db, extract_fn=classed_extract))


def _ids(article: dict) -> list[str]:
    return [a["id"] for a in article["attributions"]]


@pytest.mark.parametrize("extra,expected", [
    ({}, CLASSED_ALL),  # the record whole by default
    ({"classes": ["speech", "writing"]}, list(wf.CLASSED_DEFAULT)),
    ({"classes": "speech,writing"}, list(wf.CLASSED_DEFAULT)),
    ({"classes": ["speech"], "negated": True}, ["a1", "a6", "a7", "a8"]),
    ({"classes": ["all"]}, CLASSED_ALL),
    ({"classes": "all", "negated": False}, NOT_NEGATED),
    ({"negated": False}, NOT_NEGATED),
    ({"classes": ["evidence"]}, ["a5"]),
])
def test_extract_takes_classes_and_negated(extra: dict, expected: list[str]) -> None:
    client = TestClient(create_app(extract_fn=classed_extract))
    r = client.post("/v1/extract", json={"text": "Any text.", **extra})
    assert r.status_code == 200, r.text
    body = r.json()
    assert _ids(body) == expected
    assert {a["speaker_id"] for a in body["attributions"]} - {None} == {s["id"] for s in body["speakers"]}
    by_id = {a["id"]: a for a in body["attributions"]}
    if "a6" in by_id:
        assert by_id["a6"]["negated"] is True and by_id["a6"]["cue_class"] == "speech"
    if "a8" in by_id:
        assert "cue_class" not in by_id["a8"]


@pytest.mark.parametrize("classes", [["speach"], "speech,gossip", [], ""])
def test_extract_refuses_an_unknown_class_with_422_before_extracting(classes: object) -> None:
    calls: list[str] = []

    def counting(text: str, **kwargs: object) -> Article:
        calls.append(text)
        return classed_extract(text)

    r = TestClient(create_app(extract_fn=counting)).post("/v1/extract", json={"text": "Any text.", "classes": classes})
    assert r.status_code == 422
    assert r.json()["status"] == 422 and "speech, writing, thought, stance, evidence" in r.json()["message"]
    assert calls == []


def test_corpus_speakers_count_speech_and_writing_by_default(classed: TestClient) -> None:
    names = lambda **p: {s["name"]: s["n_attributions"] for s in classed.get("/v1/speakers", params=p).json()["items"]}  # noqa: E731
    default = names()
    assert default["Nora Cole"] == 4 and "Raj Patel" not in default and "Dana Ruiz" not in default
    assert default["Bashar Assad"] == sum(1 for a in wf.seed_article().attributions if a.speaker_id == "s1")
    every = names(classes="all")
    assert (every["Nora Cole"], every["Raj Patel"], every["Dana Ruiz"], every[None]) == (4, 2, 1, 1)
    assert "Dana Ruiz" not in names(classes="all", negated="false")
    assert names(classes="speech", negated="true")["Dana Ruiz"] == 1
    assert {n for n in names(classes="thought,stance")} == {"Raj Patel"}
    assert names(classes="speech,writing") == default


def test_corpus_speaker_and_quotes_follow_classes(classed: TestClient) -> None:
    patel = next(s for s in classed.get("/v1/speakers?classes=all").json()["items"] if s["name"] == "Raj Patel")
    one = classed.get(f"/v1/speakers/{patel['id']}").json()
    assert (one["n_attributions"], one["attributions"]) == (0, [])
    one = classed.get(f"/v1/speakers/{patel['id']}", params={"classes": "all"}).json()
    assert [(a["id"], a["cue_class"]) for a in one["attributions"]] == [("a3", "thought"), ("a4", "stance")]
    quotes = lambda **p: [q["id"] for q in classed.get("/v1/quotes", params={"outlet": "springfield.example", **p}).json()["items"]]  # noqa: E731
    assert sorted(quotes()) == sorted(wf.CLASSED_DEFAULT)
    assert sorted(quotes(classes="all")) == sorted(CLASSED_ALL)
    assert quotes(classes="evidence") == ["a5"] and quotes(q="levy") == [] and quotes(q="levy", classes="all") == ["a4"]
    item = classed.get("/v1/quotes", params={"q": "council"}).json()["items"][0]
    assert (item["id"], item["cue_class"], item.get("question")) == ("a7", "speech", True)


def test_quote_downloads_follow_classes_and_carry_each_class(classed: TestClient) -> None:
    import csv as csv_lib
    import io

    rows = classed.get("/v1/quotes/download", params={"format": "json", "outlet": "springfield.example"}).json()
    assert sorted(r["attribution_id"] for r in rows) == sorted(wf.CLASSED_DEFAULT)
    body = classed.get("/v1/quotes/download", params={"format": "csv", "outlet": "springfield.example", "classes": "all"})
    rows = list(csv_lib.DictReader(io.StringIO(body.content.decode("utf-8-sig"))))
    got = {r["attribution_id"]: (r["cue_class"], r["negated"], r["question"]) for r in rows}
    assert got == {aid: (c or "", str(n), str(q)) for aid, (c, n, q, _s) in wf.CLASSED.items()}
    links = {r["attribution_id"]: r["link"].split("/articles/")[1] for r in rows}
    sha = wf.classed_article().text_sha256
    assert links["a1"] == f"{sha}#c-a1" and links["a8"] == f"{sha}#c-a8"  # shown by the article page's default
    assert links["a3"] == f"{sha}?classes=all#c-a3" and links["a6"] == f"{sha}?classes=all#c-a6"


def test_stored_article_is_the_whole_record_unless_classes_are_given(classed: TestClient) -> None:
    art = wf.classed_article()
    assert _ids(classed.get(f"/v1/articles/{art.text_sha256}").json()["article"]) == CLASSED_ALL
    got = classed.get(f"/v1/articles/{art.text_sha256}", params={"classes": "speech,writing"}).json()["article"]
    assert _ids(got) == list(wf.CLASSED_DEFAULT) and [s["id"] for s in got["speakers"]] == ["s1"]
    counts = {a["outlet"]: a["n_attributions"] for a in classed.get("/v1/articles").json()["items"]}
    assert counts["springfield.example"] == 4
    counts = {a["outlet"]: a["n_attributions"] for a in classed.get("/v1/articles?classes=all").json()["items"]}
    assert counts["springfield.example"] == 8


@pytest.mark.parametrize("path", ["/v1/speakers", "/v1/speakers/1", "/v1/quotes", "/v1/quotes/download", "/v1/articles",
                                  f"/v1/articles/{wf.classed_article().text_sha256}"])
def test_corpus_routes_refuse_an_unknown_class_with_422(classed: TestClient, path: str) -> None:
    r = classed.get(path, params={"classes": "speach"})
    assert r.status_code == 422, path
    assert "unknown class 'speach'" in r.json()["message"] and "thought, stance, evidence" in r.json()["message"]
    assert classed.get(path, params={"negated": "perhaps"}).status_code == 422
