"""The server-rendered pages of saidwhat.web (render.py segments, templates, escaping, limits)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from saidwhat.config import Config
from saidwhat.engine import text_sha256
from saidwhat.types import Article, Attribution, Span, Speaker
from saidwhat.web.app import CSP, create_app
from saidwhat.web.render import build_view

import web_fixtures as wf


def fixed(article: Article):
    """An extract_fn that ignores its input and returns ``article``."""
    def extract_fn(text: str, *, title=None, config=None, meta=None) -> Article:
        return article
    return extract_fn


def echo(text: str, *, title=None, config=None, meta=None) -> Article:
    """An extract_fn that finds nothing."""
    return Article(text, text_sha256(text), title, (), (), (), dict(meta or {}))


class Tags(HTMLParser):
    """Collects start tags with their attributes, and checks that tags nest properly."""

    VOID = {"meta", "link", "input", "br", "img", "hr", "col", "source", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()


def parse(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    p.close()
    return p


def assert_inert(html: str) -> None:
    """No hostile markup of web_fixtures became markup: no injected script, handler or link."""
    for marker in wf.HOSTILE_MARKERS:
        assert marker not in html, marker
    tags = parse(html)
    assert not tags.errors, tags.errors[:3]
    for tag, attrs in tags.tags:
        assert tag not in ("img", "iframe", "object", "embed"), tag
        if tag == "script":
            assert attrs.get("src") == "/static/app.js", attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name, value)


# ---- render.build_view ----------------------------------------------------------------------

def test_segments_cover_the_text_exactly_once() -> None:
    article = wf.seed_article()
    view = build_view(article)
    assert "".join(s.text for s in view.segments) == article.text
    pos = 0
    for seg in view.segments:
        assert seg.start_char == pos and article.text[seg.start_char:seg.end_char] == seg.text
        pos = seg.end_char
    assert pos == len(article.text)


def test_every_content_character_is_marked_with_its_speaker_colour() -> None:
    article = wf.seed_article()
    view = build_view(article)
    colour = {s.id: s.colour for s in view.speakers}
    for a in article.attributions:
        for piece in a.content.pieces or (a.content,):
            covering = [s for s in view.segments if piece.start_char <= s.start_char and s.end_char <= piece.end_char]
            assert "".join(s.text for s in covering) == piece.text
            assert all(a.id in s.content_ids for s in covering)
            inner = [s for s in covering if s.content_id == a.id]
            assert inner and all(s.colour == colour[a.speaker_id] for s in inner)
    anchors = [anchor for s in view.segments for anchor in s.anchors]
    assert sorted(anchors) == sorted(f"c-{a.id}" for a in article.attributions)


def test_nested_and_split_spans_give_nested_segments() -> None:
    text = 'Ann said Bob told her "we go" today. "One," he said, "two."'
    at = lambda word, nth=0: [m.start() for m in re.finditer(re.escape(word), text)][nth]  # noqa: E731
    span = lambda word, nth=0: Span.of(text, at(word, nth), at(word, nth) + len(word))  # noqa: E731
    ann = Speaker("s1", "Ann", "person", None, (span("Ann"),))
    bob = Speaker("s2", "Bob", "person", "mayor", (span("Bob"), Span.of(text, at("he said"), at("he said") + 2)))
    outer = Attribution("a1", "indirect", "body", "s1", span("Ann"), span("said"), Span.of(text, at("Bob"), at(" today")))
    inner = Attribution("a2", "direct", "body", "s2", span("Bob"), span("told"), span('"we go"'), nested=True)
    split = Attribution("a3", "direct", "body", "s2", bob.mentions[1], span("said", 1),
                        Span.join(text, [(at('"One,"'), at('"One,"') + 6), (at('"two."'), at('"two."') + 6)]))
    article = Article(text, text_sha256(text), None, (), (ann, bob), (outer, inner, split))
    view = build_view(article)
    by_text = {s.text: s for s in view.segments}
    assert by_text["Bob"].content_ids == ["a1"] and by_text["Bob"].source_speaker == "s2"
    assert by_text["told"].cue_id == "a2"
    assert by_text['"we go"'].content_ids == ["a1", "a2"] and by_text['"we go"'].colour == "sp-1"
    assert by_text['"One,"'].content_ids == ["a3"] and by_text['"two."'].content_ids == ["a3"]
    assert by_text["said"].cue_id == "a3" and not by_text["said"].content_ids
    assert by_text['"One,"'].anchors == ["c-a3"] and by_text['"two."'].anchors == []
    assert view.row("a3").role == "mayor" and view.row("a9") is None


def test_spans_outside_the_text_are_skipped() -> None:
    text = "short"
    bad = Attribution("a1", "direct", "body", "s9", None, None, Span(2, 99, "ort"))
    view = build_view(Article(text, text_sha256(text), None, (), (), (bad,)))
    assert [s.text for s in view.segments] == ["short"]
    assert view.attributions[0].speaker_label == "(no speaker)"


def test_anonymous_and_unresolved_speakers_get_no_invented_name() -> None:
    text = 'One official said "no".'
    anon = Speaker("s1", None, "anonymous", "official", (Span.of(text, 0, 12),))
    a = Attribution("a1", "direct", "body", "s1", Span.of(text, 0, 12), Span.of(text, 13, 17), Span.of(text, 18, 22))
    view = build_view(Article(text, text_sha256(text), None, (), (anon,), (a,)))
    assert view.speakers[0].label == "(anonymous: official)"
    assert "Unknown" not in view.speakers[0].label


# ---- the Extract page -----------------------------------------------------------------------

def test_extract_page_declares_utf8_and_a_strict_csp() -> None:
    r = TestClient(create_app(extract_fn=echo)).get("/")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert '<meta charset="utf-8">' in r.text
    assert r.headers["content-security-policy"] == CSP
    assert "unsafe-inline" not in CSP and "script-src 'self'" in CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert 'enctype="multipart/form-data"' in r.text and 'name="text"' in r.text and 'name="file"' in r.text
    assert not re.search(r"\sstyle=", r.text), "inline styles are blocked by the CSP"


def test_pasting_an_article_shows_highlights_and_the_table() -> None:
    seed = wf.seed_article()
    r = TestClient(create_app(extract_fn=fixed(seed))).post("/extract", data={"text": seed.text, "title": "Assad"})
    assert r.status_code == 200
    tags = parse(r.text)
    assert not tags.errors, tags.errors[:3]
    marked = {attrs["data-a"] for tag, attrs in tags.tags if tag == "mark"}
    assert marked == {a.id for a in seed.attributions}
    rows = [attrs for tag, attrs in tags.tags if tag == "tr" and "attr-row" in (attrs.get("class") or "")]
    assert [row["data-a"] for row in rows] == [a.id for a in seed.attributions]
    assert {row["data-speaker-label"] for row in rows} >= {"Bashar Assad", "Dmitry Peskov"}
    cues = [attrs for tag, attrs in tags.tags if tag == "u" and "cue" in (attrs.get("class") or "")]
    assert len(cues) >= len({(a.cue.start_char, a.cue.end_char) for a in seed.attributions if a.cue})
    sources = [attrs for tag, attrs in tags.tags if tag == "a" and "src" in (attrs.get("class") or "")]
    assert sources and all(s["href"] == f"#speaker-{s['data-speaker']}" for s in sources)
    ids = {attrs.get("id") for _, attrs in tags.tags}
    assert {f"speaker-{s.id}" for s in seed.speakers} <= ids
    assert {f"c-{a.id}" for a in seed.attributions} <= ids
    first = next(attrs for tag, attrs in tags.tags if tag == "mark")
    assert first["title"].startswith("Bashar Assad") and "confidence 0.9" in first["title"]


def test_the_article_text_survives_the_page_unchanged() -> None:
    seed = wf.seed_article()
    r = TestClient(create_app(extract_fn=fixed(seed))).post("/extract", data={"text": seed.text})
    body = r.text[r.text.index('id="article-text">') + len('id="article-text">'):]
    body = body[:body.index("</div>")]
    import html as html_lib

    assert html_lib.unescape(re.sub(r"<[^>]+>", "", body)) == seed.text


def test_an_uploaded_file_is_read_from_the_request_only() -> None:
    client = TestClient(create_app(extract_fn=echo))
    r = client.post("/extract", data={"text": ""},
                    files={"file": ("/etc/passwd", "Caf\u00e9 owner said \u201cyes\u201d.".encode("cp1252"), "text/plain")})
    assert r.status_code == 200
    assert "Café owner said “yes”." in r.text and "root:" not in r.text


def test_an_uploaded_html_file_goes_through_html_extraction() -> None:
    pytest.importorskip("saidwhat.article.html")
    client = TestClient(create_app(extract_fn=echo))
    page = ("<html><head><title>T</title></head><body><article><p>The mayor said the budget was balanced and that "
            "taxes would not rise this year, according to the statement.</p></article></body></html>")
    r = client.post("/extract", data={"text": ""}, files={"file": ("a.html", page.encode(), "text/html")})
    assert r.status_code == 200
    assert "The mayor said the budget was balanced" in r.text and "&lt;p&gt;" not in r.text


def test_extract_page_errors_are_shown_on_the_page() -> None:
    client = TestClient(create_app())  # the real library refuses empty text before loading a model
    r = client.post("/extract", data={"text": "   "})
    assert r.status_code == 422
    assert 'role="alert"' in r.text and "empty" in r.text
    r = client.post("/extract", data={"text": ""}, files={"file": ("x.bin", bytes(range(256)) * 8, "application/octet-stream")})
    assert r.status_code in (200, 422)
    assert "<html" in r.text.lower()


def test_an_oversized_form_gets_an_html_413() -> None:
    client = TestClient(create_app(config=Config(max_input_bytes=2000), extract_fn=echo))
    r = client.post("/extract", data={"text": "x" * 3000})
    assert r.status_code == 413
    assert r.headers["content-type"].startswith("text/html")
    assert "over the limit of 2,000 bytes" in r.text


# ---- hostile articles render inert everywhere ----------------------------------------------

@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    db = tmp_path / "corpus.db"
    wf.fill_store(db, [(wf.seed_article(), wf.seed_metadata()), (wf.hostile_article(), wf.hostile_metadata())])
    return db


def test_the_hostile_article_is_inert_on_the_extract_page() -> None:
    hostile = wf.hostile_article()
    client = TestClient(create_app(extract_fn=fixed(hostile)))
    r = client.post("/extract", data={"text": hostile.text, "title": hostile.title})
    assert r.status_code == 200
    assert_inert(r.text)
    assert "&lt;script&gt;window.__xss" in r.text
    assert len({attrs["data-a"] for tag, attrs in parse(r.text).tags if tag == "mark"}) == 2


def test_the_hostile_article_is_inert_on_every_corpus_page(corpus: Path) -> None:
    client = TestClient(create_app(corpus, extract_fn=echo))
    hostile = wf.hostile_article()
    speakers = client.get("/v1/speakers").json()["items"]
    hostile_ids = [s["id"] for s in speakers if s["name"] and ("Mallory" in s["name"] or "Eve" in s["name"])]
    assert hostile_ids
    pages = ["/articles", f"/articles/{hostile.text_sha256}", "/speakers", "/quotes?q=click",
             "/quotes?q=fine", "/quotes?speaker=Mallory", *[f"/speakers/{i}" for i in hostile_ids],
             "/articles?outlet=" + "Evil <script>window.__xss = 1; alert(\"xss\")</script> Outlet"]
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        assert_inert(r.text)
    article_page = client.get(f"/articles/{hostile.text_sha256}").text
    assert "&lt;img src=x onerror=" in article_page and "javascript:alert(4)" in article_page


def test_error_pages_escape_what_the_client_sent(corpus: Path) -> None:
    client = TestClient(create_app(corpus, extract_fn=echo))
    r = client.get('/articles/<script>window.__xss=1')
    assert r.status_code == 404
    assert "<script>window.__xss" not in r.text and "&lt;script&gt;" in r.text
    r = client.get("/speakers/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    assert r.status_code == 404
    assert "<img" not in r.text


# ---- corpus pages ---------------------------------------------------------------------------

def test_pages_without_a_store_say_how_to_get_one() -> None:
    client = TestClient(create_app(extract_fn=echo))
    for path in ("/articles", "/speakers", "/quotes", "/articles/abc", "/speakers/1"):
        r = client.get(path)
        assert r.status_code == 503, path
        assert "saidwhat serve --db" in r.text


def test_stored_article_page_links_speakers_to_their_corpus_pages(corpus: Path) -> None:
    client = TestClient(create_app(corpus, extract_fn=echo))
    seed = wf.seed_article()
    r = client.get(f"/articles/{seed.text_sha256}")
    assert r.status_code == 200
    tags = parse(r.text)
    assert not tags.errors
    legend = {a["data-speaker"]: a["href"] for tag, a in tags.tags if tag == "a" and "legend-item" in (a.get("class") or "")}
    assert set(legend) == {s.id for s in seed.speakers}
    assert all(re.fullmatch(r"/speakers/\d+", href) for href in legend.values())
    assert {a["data-a"] for tag, a in tags.tags if tag == "mark"} == {a.id for a in seed.attributions}
    assert "The Associated Press" in r.text


def test_speaker_page_links_every_attribution_back_to_its_highlight(corpus: Path) -> None:
    client = TestClient(create_app(corpus, extract_fn=echo))
    top = client.get("/v1/speakers").json()["items"][0]
    r = client.get(f"/speakers/{top['id']}")
    assert r.status_code == 200
    links = [a["href"] for tag, a in parse(r.text).tags if tag == "a" and "article-link" in (a.get("class") or "")]
    assert len(links) == top["n_attributions"]
    seed = wf.seed_article()
    article_ids = {f"/articles/{seed.text_sha256}#c-{a.id}" for a in seed.attributions if a.speaker_id == "s1"}
    assert set(links) == article_ids
    article_page = client.get(f"/articles/{seed.text_sha256}").text
    for link in links:
        assert f'id="{link.split("#")[1]}"' in article_page


def test_speakers_page_has_a_bar_per_speaker_scaled_to_counts(corpus: Path) -> None:
    client = TestClient(create_app(corpus, extract_fn=echo))
    items = client.get("/v1/speakers").json()["items"]
    r = client.get("/speakers")
    assert r.status_code == 200
    tags = parse(r.text)
    rects = [a for tag, a in tags.tags if tag == "rect"]
    assert len(rects) == sum(len(s["outlets"]) for s in items)
    widths = [float(a["width"]) for a in rects]
    assert max(widths) == pytest.approx(560 - 180 - 50)
    assert widths == sorted(widths, reverse=True)
    assert "The Associated Press" in r.text and "Evil &lt;script&gt;" in r.text
    r = client.get("/speakers", params={"outlet": "The Associated Press"})
    assert "Mallory" not in r.text and "Bashar Assad" in r.text


def test_quote_search_page_finds_and_pages(corpus: Path) -> None:
    client = TestClient(create_app(corpus, extract_fn=echo))
    r = client.get("/quotes", params={"q": "terrorism"})
    assert r.status_code == 200
    rows = [a for tag, a in parse(r.text).tags if tag == "tr" and a.get("class") == "quote-row"]
    assert rows
    assert client.get("/quotes", params={"q": "zzzzqqq"}).text.count('id="no-results"') == 1
    r = client.get("/quotes", params={"speaker": "Assad", "limit": 2})
    assert 'rel="next"' in r.text and "offset=2" in r.text and "speaker=Assad" in r.text


def test_a_split_content_reads_as_its_pieces_in_the_table() -> None:
    text = '"One," he said. "Two."'
    he = Span.of(text, 7, 9)
    a = Attribution("a1", "direct", "body", "s1", he, Span.of(text, 10, 14), Span.join(text, [(0, 6), (16, 22)]))
    view = build_view(Article(text, text_sha256(text), None, (), (Speaker("s1", None, "unresolved", None, (he,)),), (a,)))
    assert view.attributions[0].content == '"One," … "Two."'
    assert view.attributions[0].speaker_label == "(unresolved)"


def test_split_contents_read_as_pieces_on_speaker_and_quote_pages(corpus: Path) -> None:
    client = TestClient(create_app(corpus, extract_fn=echo))
    split = next(a for a in wf.seed_article().attributions if a.content.pieces)
    joined = " … ".join(p.text for p in split.content.pieces)
    top = client.get("/v1/speakers").json()["items"][0]
    import html as html_lib

    assert joined in html_lib.unescape(client.get(f"/speakers/{top['id']}").text)
    words = split.content.pieces[0].text.strip("“”\" ,").split()[:3]
    found = client.get("/quotes", params={"q": " ".join(words)}).text
    assert joined in html_lib.unescape(re.sub(r"</?mark[^>]*>", "", found))  # the matched words are marked


def test_speaker_page_pages_through_every_attribution(corpus: Path) -> None:
    client = TestClient(create_app(corpus, extract_fn=echo))
    top = client.get("/v1/speakers").json()["items"][0]
    links: list[str] = []
    path = f"/speakers/{top['id']}?limit=7"
    while path:
        tags = parse(client.get(path).text).tags
        links += [a["href"] for tag, a in tags if tag == "a" and "article-link" in (a.get("class") or "")]
        path = next((a["href"] for tag, a in tags if tag == "a" and a.get("rel") == "next"), None)
    assert len(links) == len(set(links)) == top["n_attributions"]


# ---- issue 16: the viewer as a newsroom tool --------------------------------------------------

@pytest.fixture
def newsroom(tmp_path: Path) -> TestClient:
    """The seed (AP, dated), the hostile article and an untitled plain-text one (no outlet, no date)."""
    db = tmp_path / "newsroom.db"
    wf.fill_store(db, [(wf.seed_article(), wf.seed_metadata()), (wf.hostile_article(), wf.hostile_metadata()),
                       (wf.untitled_article(), wf.untitled_metadata())])
    return TestClient(create_app(db, extract_fn=echo))


def text_of(html: str) -> str:
    """The visible text of some HTML, whitespace collapsed."""
    import html as html_lib

    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def cells(html: str, table_id: str, column: int) -> list[str]:
    """The HTML of one column's cells in the body of table ``table_id``."""
    body = html[html.index(f'id="{table_id}"'):]
    body = body[body.index("<tbody>"):body.index("</tbody>")]
    return [re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)[column] for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]


def test_an_article_is_named_title_outlet_date_everywhere(newsroom: TestClient) -> None:
    untitled, seed = wf.untitled_article(), wf.seed_article()
    head = wf.UNTITLED_HEADLINE
    listing = newsroom.get("/articles").text
    assert "(untitled" not in listing and f">{head}</a>" in listing
    page = newsroom.get(f"/articles/{untitled.text_sha256}").text
    assert f"<title>{head} · saidwhat</title>" in page
    assert re.search(rf'<h1 class="article-title" id="article-title">{re.escape(head)}</h1>', page)
    assert "unknown outlet · undated" in text_of(page[page.index('id="article-where"'):][:300])
    lee = next(s for s in newsroom.get("/v1/speakers").json()["items"] if s["name"] == "Ann Lee")
    for path, table, column in ((f"/speakers/{lee['id']}", "speaker-attributions", 4), ("/quotes?q=bridge", "quotes", 3)):
        html = newsroom.get(path).text
        assert "fc05de" not in html and "(untitled" not in html, path
        named = cells(html, table, column)
        assert named, path
        for cell in named:
            if untitled.text_sha256 in cell:
                assert text_of(cell) == f"{head} · unknown outlet · undated", path
            else:
                assert text_of(cell) == f"{seed.title} · The Associated Press · 2017-02-10", path
            href = re.search(r'href="([^"]+)"', cell).group(1)
            assert re.fullmatch(r"/articles/[0-9a-f]{64}#c-a\d+", href), href
    # every link to an attribution lands on an element of that id in the article page
    for href in re.findall(r'class="article-link" href="([^"]+)"', newsroom.get(f"/speakers/{lee['id']}").text):
        path, anchor = href.split("#")
        assert f'id="{anchor}"' in newsroom.get(path).text


def test_the_extract_page_titles_an_untitled_text_by_its_headline() -> None:
    untitled = wf.untitled_article()
    r = TestClient(create_app(extract_fn=fixed(untitled))).post("/extract", data={"text": untitled.text})
    assert re.search(rf'<h2 class="article-title">{re.escape(wf.UNTITLED_HEADLINE)} <span', r.text)


def test_the_speakers_chart_draws_unknown_outlets(tmp_path: Path) -> None:
    db = tmp_path / "txt.db"
    wf.fill_store(db, [(wf.untitled_article(), wf.untitled_metadata())])
    client = TestClient(create_app(db, extract_fn=echo))
    items = client.get("/v1/speakers").json()["items"]
    html = client.get("/speakers").text
    tags = parse(html)
    rects = [a for tag, a in tags.tags if tag == "rect"]
    assert len(rects) == len(items) == 2
    assert all(a["class"] == "ol-unknown" and a["data-outlet"] == "unknown outlet" and float(a["width"]) > 0 for a in rects)
    assert float(rects[0]["width"]) == pytest.approx(560 - 180 - 50)  # Ann Lee: 2 of 2
    assert float(rects[1]["width"]) == pytest.approx((560 - 180 - 50) / 2)  # Bob Stone: 1 of 2
    legend = html[html.index('id="chart-legend"'):html.index("</figcaption>")]
    assert "unknown outlet" in text_of(legend)
    assert [text_of(c) for c in cells(html, "speakers", 4)] == ["1", "1"]  # Outlets: the unknown one
    assert [text_of(c) for c in cells(html, "speakers", 5)] == ["unknown outlet 2", "unknown outlet 1"]


def test_a_mixed_chart_keeps_known_and_unknown_outlets_apart(newsroom: TestClient) -> None:
    tags = parse(newsroom.get("/speakers").text).tags
    outlets = {a["data-outlet"]: a["class"] for tag, a in tags if tag == "rect"}
    assert outlets["The Associated Press"].startswith("ol-") and outlets["unknown outlet"] == "ol-unknown"
    assert outlets["The Associated Press"] != "ol-unknown"


def test_duplicated_lines_say_which_line_they_repeat() -> None:
    untitled = wf.untitled_article()
    r = TestClient(create_app(extract_fn=fixed(untitled))).post("/extract", data={"text": untitled.text})
    text_part = r.text[r.text.index('id="article-text"'):]
    dups = [a for tag, a in parse(text_part).tags if tag == "span" and "dup" in (a.get("class") or "").split()]
    titles = sorted(a["title"] for a in dups)
    assert titles == ["duplicate caption: repeats line 8", "duplicate headline: repeats line 1"], titles
    assert untitled.text.split("\n")[7] == wf.UNTITLED_CAPTION  # line 8 is the caption
    assert 'id="legend-dup"' in r.text and "repeat an earlier line" in r.text
    # an article without duplicates gets no such note
    seed = wf.seed_article()
    assert 'id="legend-dup"' not in TestClient(create_app(extract_fn=fixed(seed))).post("/extract", data={"text": seed.text}).text


def test_quote_search_page_marks_the_matched_words(newsroom: TestClient) -> None:
    html = newsroom.get("/quotes", params={"q": "terrorism"}).text
    tags = parse(html)
    assert not tags.errors
    marks = re.findall(r'<mark class="match">(.*?)</mark>', html)
    assert marks and {m.lower() for m in marks} == {"terrorism"}
    rows = re.findall(r'<tr class="quote-row">(.*?)</tr>', html, re.S)
    assert rows and all('<mark class="match">' in row for row in rows)
    assert not re.findall(r'<mark class="match">', newsroom.get("/quotes", params={"speaker": "Assad"}).text)


def test_quote_search_page_has_a_date_range_a_sort_and_downloads(newsroom: TestClient) -> None:
    html = newsroom.get("/quotes", params={"q": "terrorism", "since": "2017-02-01", "until": "2017-02-28", "sort": "oldest"}).text
    inputs = {a.get("name"): a for tag, a in parse(html).tags if tag in ("input", "select")}
    assert inputs["since"]["type"] == "date" and inputs["since"]["value"] == "2017-02-01"
    assert inputs["until"]["type"] == "date" and inputs["until"]["value"] == "2017-02-28"
    assert re.search(r'<option value="oldest" selected>', html)
    assert re.findall(r'<tr class="quote-row">', html)
    links = {a["id"]: a["href"] for tag, a in parse(html).tags if tag == "a" and a.get("id", "").startswith("download-")}
    assert set(links) == {"download-csv", "download-json"}
    for fmt, href in (("csv", links["download-csv"]), ("json", links["download-json"])):
        assert href.startswith("/v1/quotes/download?")
        for part in ("q=terrorism", "since=2017-02-01", "until=2017-02-28", "sort=oldest", f"format={fmt}"):
            assert part in href, (href, part)
        got = newsroom.get(href.replace("&amp;", "&"))
        assert got.status_code == 200 and "attachment" in got.headers["content-disposition"]
    assert newsroom.get("/quotes", params={"q": "terrorism", "since": "2017-03-01"}).text.count('id="no-results"') == 1
    bad = newsroom.get("/quotes", params={"since": "02/10/2017"})
    assert bad.status_code == 422 and "YYYY-MM-DD" in bad.text and bad.headers["content-type"].startswith("text/html")


# ---- issue 12: speech and writing by default, a switch for all, each attribution's class -------

@pytest.fixture
def classed(tmp_path: Path) -> TestClient:
    """The classed article (every cue class, a refusal, a question, one unclassified) and the seed."""
    db = tmp_path / "classed.db"
    wf.fill_store(db, [(wf.classed_article(), wf.classed_metadata()), (wf.seed_article(), wf.seed_metadata())])
    return TestClient(create_app(db, extract_fn=fixed(wf.classed_article())))


def switch(html: str) -> dict[str, dict]:
    """The class switch's links by id (``show-speech-writing``, ``show-all``), with their attributes."""
    part = html[html.index('id="class-switch"'):]
    part = part[:part.index("</div>")]
    return {a["id"]: a for tag, a in parse('<div ' + part + "</div>").tags if tag == "a"}


def marked(html: str) -> list[str]:
    """Ids of the highlighted attributions (each once, in text order) and of the table's rows."""
    tags = parse(html).tags
    marks = list(dict.fromkeys(a["data-a"] for tag, a in tags if tag == "mark" and "hl" in (a.get("class") or "")))
    rows = [a["data-a"] for tag, a in tags if tag == "tr" and "attr-row" in (a.get("class") or "")]
    assert marks == rows
    return rows


def test_the_article_page_shows_speech_and_writing_with_a_switch_for_all(classed: TestClient) -> None:
    art = wf.classed_article()
    path = f"/articles/{art.text_sha256}"
    html = classed.get(path).text
    assert not parse(html).errors
    assert marked(html) == list(wf.CLASSED_DEFAULT)
    links = switch(html)
    assert links["show-speech-writing"]["href"] == path and links["show-speech-writing"].get("aria-current") == "page"
    assert links["show-all"]["href"] == f"{path}?classes=all" and "aria-current" not in links["show-all"]
    assert "4 of 8 attributions shown" in text_of(html)
    legend = [a["data-speaker"] for tag, a in parse(html).tags if tag == "a" and "legend-item" in (a.get("class") or "")]
    assert legend == ["s1"]  # only the speakers of what is shown

    html = classed.get(f"{path}?classes=all").text
    assert marked(html) == list(wf.CLASSED)
    assert switch(html)["show-all"].get("aria-current") == "page"
    assert "8 of 8 attributions shown" in text_of(html)
    column = [text_of(c) for c in cells(html, "who-said-what", 5)]  # the Class column
    assert column == ["speech", "writing", "thought", "stance", "evidence", "speech negated", "speech question", "—"]
    rows = {a["data-a"]: a for tag, a in parse(html).tags if tag == "tr" and "attr-row" in (a.get("class") or "")}
    assert rows["a3"]["data-class"] == "thought" and rows["a8"]["data-class"] == ""
    legend = {a["data-speaker"]: a["href"] for tag, a in parse(html).tags if tag == "a" and "legend-item" in (a.get("class") or "")}
    assert set(legend) == {"s1", "s2", "s3"}
    assert all(re.fullmatch(r"/speakers/\d+\?classes=all", href) for href in legend.values())  # the switch carries over
    assert classed.get(f"{path}?classes=thought").text.count('class="attr-row"') == 1


def test_the_speakers_page_counts_speech_and_writing_unless_switched(classed: TestClient) -> None:
    html = classed.get("/speakers").text
    names = [text_of(c) for c in cells(html, "speakers", 0)]
    assert "Nora Cole" in names and "Raj Patel" not in names and "Dana Ruiz" not in names
    assert switch(html)["show-speech-writing"].get("aria-current") == "page"
    assert switch(html)["show-all"]["href"] == "/speakers?classes=all"
    html = classed.get("/speakers", params={"classes": "all", "outlet": "springfield.example"}).text
    counts = {text_of(c[0]): text_of(c[1]) for c in zip(cells(html, "speakers", 0), cells(html, "speakers", 2))}
    assert counts == {"Nora Cole": "4", "Raj Patel": "2", "Dana Ruiz": "1", "(unresolved sources)": "1"}
    assert switch(html)["show-all"].get("aria-current") == "page"
    assert switch(html)["show-speech-writing"]["href"] == "/speakers?outlet=springfield.example"  # other filters kept
    hrefs = [a["href"] for tag, a in parse(html).tags if tag == "a" and "speaker-link" in (a.get("class") or "")]
    assert hrefs and all(h.endswith("?classes=all") for h in hrefs)
    assert '<input type="hidden" name="classes" value="all">' in html  # the outlet form keeps the switch
    by_outlet = [a["href"] for tag, a in parse(html).tags if tag == "a" and a.get("href", "").startswith("/quotes?speaker=")]
    assert by_outlet and all(h.endswith("&classes=all") for h in by_outlet)


def test_the_speaker_page_follows_the_switch_and_links_land_on_highlights(classed: TestClient) -> None:
    patel = next(s for s in classed.get("/v1/speakers?classes=all").json()["items"] if s["name"] == "Raj Patel")
    html = classed.get(f"/speakers/{patel['id']}").text
    assert "No attributions." in html and 'id="speaker-count">0 in 0 articles' in html
    assert switch(html)["show-all"]["href"] == f"/speakers/{patel['id']}?classes=all"
    html = classed.get(f"/speakers/{patel['id']}", params={"classes": "all"}).text
    assert [text_of(c) for c in cells(html, "speaker-attributions", 2)] == ["indirect thought", "indirect stance"]
    links = re.findall(r'class="article-link" href="([^"]+)"', html)
    assert links == [f"/articles/{wf.classed_article().text_sha256}?classes=all#c-a3",
                     f"/articles/{wf.classed_article().text_sha256}?classes=all#c-a4"]
    for href in links:
        path, anchor = href.split("#")
        assert f'id="{anchor}"' in classed.get(path).text


def test_the_quotes_page_searches_speech_and_writing_unless_switched(classed: TestClient) -> None:
    html = classed.get("/quotes", params={"q": "levy"}).text
    assert 'id="no-results"' in html
    assert switch(html)["show-all"]["href"] == "/quotes?q=levy&sort=relevance&classes=all"
    html = classed.get("/quotes", params={"q": "levy", "classes": "all"}).text
    assert switch(html)["show-speech-writing"]["href"] == "/quotes?q=levy&sort=relevance"
    assert switch(html)["show-all"]["href"] == "/quotes?q=levy&sort=relevance&classes=all"  # not twice
    rows = re.findall(r'<tr class="quote-row">(.*?)</tr>', html, re.S)
    assert len(rows) == 1 and '<span class="tag cue-class">stance</span>' in rows[0]
    assert '<input type="hidden" name="classes" value="all">' in html
    downloads = re.findall(r'id="download-(?:csv|json)" href="([^"]+)"', html)
    assert len(downloads) == 2 and all("classes=all" in d for d in downloads)
    assert re.search(r'href="/articles/[0-9a-f]{64}\?classes=all#c-a4"', html)
    refusal = classed.get("/quotes", params={"speaker": "Dana Ruiz", "classes": "all"}).text
    assert '<span class="tag cue-negated">negated</span>' in refusal


def test_the_articles_page_counts_follow_the_switch(classed: TestClient) -> None:
    counts = lambda html: dict(zip((text_of(c) for c in cells(html, "articles", 1)), (text_of(c) for c in cells(html, "articles", 3))))  # noqa: E731
    assert counts(classed.get("/articles").text)["springfield.example"] == "4"
    html = classed.get("/articles?classes=all").text
    assert counts(html)["springfield.example"] == "8"
    assert re.search(rf'href="/articles/{wf.classed_article().text_sha256}\?classes=all"', html)


def test_the_extract_page_shows_speech_and_writing_unless_all_is_chosen(classed: TestClient) -> None:
    home = classed.get("/").text
    select = re.search(r'<select id="classes" name="classes">(.*?)</select>', home, re.S).group(1)
    assert re.findall(r'<option value="([^"]*)"( selected)?>([^<]+)</option>', select) == [
        ("", " selected", "Speech and writing only"), ("all", "", "All attributions")]
    assert '<label for="classes">' in home
    html = classed.post("/extract", data={"text": "Any text."}).text
    assert marked(html) == list(wf.CLASSED_DEFAULT)
    assert "Speech and writing only: 4 of 8 attributions shown" in text_of(html)
    html = classed.post("/extract", data={"text": "Any text.", "classes": "all"}).text
    assert marked(html) == list(wf.CLASSED)
    assert re.search(r'<option value="all" selected>', html)  # the choice is kept for the next run
    bad = classed.post("/extract", data={"text": "Any text.", "classes": "speach"})
    assert bad.status_code == 422 and "unknown class" in bad.text and 'id="error"' in bad.text


@pytest.mark.parametrize("path", ["/speakers", "/speakers/1", "/quotes", "/articles", f"/articles/{wf.classed_article().text_sha256}"])
def test_pages_refuse_an_unknown_class(classed: TestClient, path: str) -> None:
    r = classed.get(path, params={"classes": "gossip"})
    assert r.status_code == 422 and "unknown class" in r.text and "<html" in r.text
    assert classed.get(path, params={"classes": ""}).status_code == 200  # an empty field: the default


def test_a_speaker_keeps_its_colour_whichever_attributions_are_shown(classed: TestClient) -> None:
    path = f"/articles/{wf.classed_article().text_sha256}"
    colours = lambda html: {a["data-speaker"]: a["class"].split()[1] for tag, a in parse(html).tags  # noqa: E731
                            if tag == "a" and "legend-item" in (a.get("class") or "")}
    every = colours(classed.get(f"{path}?classes=all").text)
    assert every == {"s1": "sp-0", "s2": "sp-1", "s3": "sp-2"}
    assert colours(classed.get(f"{path}?classes=thought").text) == {"s2": "sp-1"}
    assert colours(classed.get(path).text) == {"s1": "sp-0"}
