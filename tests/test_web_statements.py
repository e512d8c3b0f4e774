"""Statements in the web app (issue 13): ``/v1/statements``, ``/v1/statements/{id}`` and the
``/statements`` pages, over hand-built reports of one quote (statement_fixtures), tracked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import statement_fixtures as sf
import web_fixtures as wf
from fastapi.testclient import TestClient
from test_web_pages import assert_inert, echo, parse
from test_web_palette import MIN_CONTRAST, contrast, variable

from saidwhat.corpus.statements import track
from saidwhat.corpus.store import Store
from saidwhat.web.app import _timeline_chart, create_app
from saidwhat.web.render import variant_parts


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    db = tmp_path / "c.db"
    wf.fill_store(db, [*sf.reports(), (wf.hostile_article(), wf.hostile_metadata())])
    with Store(db) as store:
        track(store)
    return TestClient(create_app(db, extract_fn=echo))


def ortiz(client: TestClient) -> int:
    return client.get("/v1/statements", params={"min_outlets": 3}).json()["items"][0]["id"]


def test_statements_are_listed_in_pages_most_outlets_first(client: TestClient) -> None:
    page = client.get("/v1/statements").json()
    assert [(s["speaker_name"], s["n_outlets"]) for s in page["items"]] == [("Lena Ortiz", 7), ("Joy Park", 2)]
    assert page["next_offset"] is None and page["limit"] == 50
    first = client.get("/v1/statements?limit=1").json()
    assert (len(first["items"]), first["next_offset"]) == (1, 1)
    assert len(client.get("/v1/statements?min_appearances=1").json()["items"]) == 9  # 7 of the reports, 2 hostile
    s = page["items"][0]
    assert s["canonical"]["article_id"] == sf.article_id("courier") and s["canonical"]["outlet"] == "courier.example"
    assert s["drift"] == ["trimmed", "ellipsis", "punctuation/case", "changed-words", "speaker-conflict"]


@pytest.mark.parametrize("params, expected", [
    ({"speaker": "Mark Bell"}, ["Lena Ortiz"]), ({"drift": "changed-words"}, ["Lena Ortiz"]),
    ({"min_outlets": 3}, ["Lena Ortiz"]), ({"drift": "laundered"}, []), ({"speaker": "Nobody"}, []),
])
def test_statements_filter_by_speaker_drift_and_outlets(client: TestClient, params: dict, expected: list) -> None:
    assert [s["speaker_name"] for s in client.get("/v1/statements", params=params).json()["items"]] == expected


@pytest.mark.parametrize("query", ["drift=misquote", "min_outlets=0", "limit=0", "min_appearances=0", "limit=201"])
def test_bad_statement_parameters_get_422(client: TestClient, query: str) -> None:
    r = client.get(f"/v1/statements?{query}")
    assert r.status_code == 422 and r.json()["status"] == 422


def test_one_statement_has_members_timeline_and_links(client: TestClient) -> None:
    sid = ortiz(client)
    st = client.get(f"/v1/statements/{sid}").json()
    assert st["first_appearance"]["outlet"] == "courier.example"
    assert st["first_appearance"]["link"] == f"/articles/{sf.article_id('courier')}#c-a1"
    assert len(st["members"]) == 6 and st["members"][0]["canonical"]
    ledger = next(m for m in st["members"] if m["article_id"] == sf.article_id("ledger"))
    assert ledger["drift"]["classes"] == ["changed-words"] and ledger["drift"]["added"] == ["hospital"]
    assert [a["outlet"] for a in ledger["appearances"]] == ["ledger.example", "wire2.example"]
    assert [o["outlet"] for o in st["by_outlet"]] == ["courier.example", "gazette.example", "post.example", "wire.example",
                                                      "herald.example", "ledger.example", "wire2.example"]
    assert client.get("/v1/statements/999").status_code == 404
    assert client.get("/v1/statements/nope").json()["status"] == 404


def test_the_statements_routes_answer_503_without_a_store() -> None:
    c = TestClient(create_app(None, extract_fn=echo))
    assert c.get("/v1/statements").status_code == 503
    assert c.get("/statements").status_code == 503 and c.get("/statements/1").status_code == 503


def test_the_api_lists_the_statement_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/v1/statements" in paths and "/v1/statements/{statement_id}" in paths


# ---- pages ---------------------------------------------------------------------------------------

def test_the_statements_page_lists_filters_and_links(client: TestClient) -> None:
    html = client.get("/statements").text
    assert not parse(html).errors
    assert html.count('class="statement-row"') == 2
    assert '<a href="/statements">Statements</a>' in html  # in the navigation
    assert f'href="/articles/{sf.article_id("courier")}#c-a1"' in html
    filtered = client.get("/statements?speaker=&min_outlets=&drift=changed-words").text
    assert filtered.count('class="statement-row"') == 1 and '<option value="changed-words" selected>' in filtered
    assert "No statements match." in client.get("/statements?drift=laundered").text
    assert client.get("/statements?min_outlets=two").status_code == 422
    assert client.get("/statements?drift=misquote").status_code == 422
    assert client.head("/statements").status_code == 200


def test_the_statement_page_shows_the_timeline_and_the_variants_side_by_side(client: TestClient) -> None:
    sid = ortiz(client)
    r = client.get(f"/statements/{sid}")
    html = r.text
    assert r.status_code == 200 and "'unsafe-inline'" not in r.headers["content-security-policy"]
    tags = parse(html)
    assert not tags.errors
    assert [a for t, a in tags.tags if t == "script"] == [{"src": "/static/app.js", "defer": None}]
    assert not any("style" in a for _, a in tags.tags)  # no inline style (CSP): geometry is SVG attributes
    assert html.count("<circle ") == 7 and len(re.findall(r'<article class="variant[ "]', html)) == 6
    assert re.search(r'id="first-appearance">courier\.example · 2024-03-01 · <a class="article-link" '
                     rf'href="/articles/{sf.article_id("courier")}#c-a1">Ortiz Vows to Rebuild Schools</a>', html)
    assert '<mark class="added">hospital</mark>' in html
    assert html.count('<mark class="added">') == 2  # hospital, and the legend's sample
    assert "Leaves out: <del>school</del>" in html
    for key in ("courier", "wire", "gazette", "post", "ledger", "herald"):
        assert f'href="/articles/{sf.article_id(key)}#c-a1"' in html
    assert client.get("/statements/999").status_code == 404
    assert client.head(f"/statements/{sid}").status_code == 200


def test_an_article_page_lists_where_its_text_appeared(client: TestClient) -> None:
    html = client.get(f"/articles/{sf.article_id('ledger')}").text
    assert 'id="appearances"' in html and "wire2.example" in html and "https://wire2.example/ledger-copy" in html
    assert 'id="appearances"' not in client.get(f"/articles/{sf.article_id('courier')}").text  # one appearance: no list
    body = client.get(f"/v1/articles/{sf.article_id('ledger')}").json()
    assert [a["outlet"] for a in body["metadata"]["appearances"]] == ["ledger.example", "wire2.example"]
    assert {a["id"]: a["n_appearances"] for a in client.get("/v1/articles").json()["items"]}[sf.article_id("ledger")] == 2


def test_hostile_text_is_inert_on_the_statement_pages(client: TestClient) -> None:
    html = client.get("/statements?min_appearances=1").text
    assert "Mallory" in html
    assert_inert(html)
    for item in client.get("/v1/statements?min_appearances=1&limit=200").json()["items"]:
        if item["speaker_name"] and item["speaker_name"].startswith(("Mallory", "Eve")):
            assert_inert(client.get(f"/statements/{item['id']}").text)


# ---- render helpers ------------------------------------------------------------------------------

@pytest.mark.parametrize("variant, marked", [
    (f"“{sf.CHANGED},”", ["hospital"]),
    ("“We will rebuild every school the storm destroyed, and we will do it before winter and spring,”", ["and spring"]),
    ("“We will rebuild every new school the storm destroyed, and then we will do it before winter,”", ["new", "then"]),
    (f"“{sf.TRIMMED},”", []),
])
def test_variant_parts_mark_the_words_the_drift_added(variant: str, marked: list[str]) -> None:
    from saidwhat.statements import classify

    canonical = f"“{sf.FULL},”"
    parts = variant_parts(variant, canonical, classify(canonical, variant).added)
    assert "".join(p["text"] for p in parts) == variant
    assert [p["text"] for p in parts if p["added"]] == marked


def test_variant_parts_mark_bracketed_insertions_and_fall_back_to_the_stored_words() -> None:
    parts = variant_parts("“We will rebuild [the county’s] schools”", "“We will rebuild schools”", ())
    assert [p["text"] for p in parts if p["bracket"]] == ["[the county’s]"] and not any(p["added"] for p in parts)
    # a stored drift whose words this alignment does not give: marked in order from the left
    parts = variant_parts("one two three two", "one two three", ("two",))
    assert [i for i, p in enumerate(parts) if p["added"]] == [1]


def test_the_timeline_spreads_dates_and_puts_undated_appearances_apart() -> None:
    chart = _timeline_chart([
        {"outlet": "a.example", "appearances": [{"published": "2024-03-01"}, {"published": "2024-03-11"}]},
        {"outlet": None, "appearances": [{"published": None}]},
    ])
    (a, b), (c,) = (r["marks"] for r in chart["rows"])
    assert a["x"] == chart["axis"]["x0"] and b["x"] == chart["axis"]["x1"] and chart["axis"]["days"] == 10
    assert not c["dated"] and c["x"] > chart["axis"]["x1"] and chart["axis"]["undated"]
    assert [r["colour"] for r in chart["rows"]] == ["ol-0", "ol-unknown"] and chart["rows"][1]["label"] == "unknown outlet"


def test_the_variant_marks_have_aa_contrast() -> None:
    for name in ("added-bg", "bracket-bg", "variant-bg"):
        assert contrast(variable("fg"), variable(name)) >= MIN_CONTRAST, name
    assert contrast(variable("muted"), variable("variant-bg")) >= MIN_CONTRAST


def test_a_merged_statement_page_leads_to_the_statement_that_holds_it(tmp_path: Path) -> None:
    other = ("Clerk", "Ida Moss", "said", "the town hall would open again on the first day of next month")
    db = tmp_path / "m.db"
    with Store(db) as store:
        for i, half in enumerate(("We will rebuild every school the storm destroyed", "and we will do it before winter")):
            wf.fill_store(db, [(sf.quote_article(f"Half {i}", half, "Lena Ortiz", "Mayor", other),
                                {"url": f"https://h{i}.example/", "published": "2024-03-01"})])
        track(store)
        old = [r[0] for r in store.conn.execute("SELECT statement_id FROM statement_members WHERE attribution_id = 'a1' "
                                                "ORDER BY statement_id")]
        wf.fill_store(db, [(sf.report_article("courier"), sf.report_metadata("courier"))])
        assert track(store).merged == 1
    c = TestClient(create_app(db, extract_fn=echo))
    r = c.get(f"/statements/{old[1]}", follow_redirects=False)
    assert r.status_code == 301 and r.headers["location"] == f"/statements/{old[0]}"
    assert c.get(f"/v1/statements/{old[1]}").json()["id"] == old[0]
