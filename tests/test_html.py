"""Tests of saidwhat.article.html.html_to_text (trafilatura; no network)."""

from __future__ import annotations

import pytest

from saidwhat.article.html import HtmlText, html_to_text
from saidwhat.errors import InputError

PAGE = """<!doctype html><html><head><title>Assad: US troops welcome | Example News</title>
<meta property="og:title" content="Assad: US Troops Welcome in Syria">
<meta property="article:published_time" content="2017-02-10T10:00:00Z"></head>
<body><nav>Home | World | Sports</nav>
<article><h1>Assad: US Troops Welcome in Syria</h1>
<p>BEIRUT—Syrian President Bashar Assad said in an interview released on Friday that the United States is welcome
to join the battle against terrorists in Syria.</p>
<p>“We agree about this priority,” Assad said of Trump. “That’s our position in Syria, the priority is to fight terrorism.”</p>
<p>In an interview with Yahoo News, Assad said he has not had any communication with President Donald Trump.</p>
</article><footer>Copyright 2017 Example News. All rights reserved.</footer></body></html>"""


def test_article_text_title_and_date():
    r = html_to_text(PAGE, url="https://example.com/assad", name="page.html")
    assert isinstance(r, HtmlText)
    assert r.title == "Assad: US Troops Welcome in Syria"
    assert r.date == "2017-02-10"
    assert r.url == "https://example.com/assad"
    paras = r.text.split("\n\n")
    assert paras[0] == "Assad: US Troops Welcome in Syria"
    assert paras[2].startswith("“We agree about this priority,” Assad said")
    assert "Home | World" not in r.text and "Copyright" not in r.text
    assert "\n\n\n" not in r.text


def test_title_is_prepended_when_the_text_lacks_it():
    html = ("<html><head><title>Big news</title></head><body><article><p>Mayor Ines Duarte said on Monday "
            "that the city would balance its budget without new levies or any other taxes this year.</p>"
            "</article></body></html>")
    r = html_to_text(html)
    assert r.title == "Big news"
    assert r.text.startswith("Big news\n\nMayor Ines Duarte said")


def test_fragment_falls_back_to_block_text():
    r = html_to_text("<p>Mayor Ines Duarte said on Monday that the city would balance its budget.</p>")
    assert r.text == "Mayor Ines Duarte said on Monday that the city would balance its budget."
    assert r.title is None and r.date is None


@pytest.mark.parametrize("html", [PAGE, "https://example.com/article", "www.example.com"])
def test_url_is_never_fetched(monkeypatch, html):
    import socket

    def boom(*a, **k):  # pragma: no cover - only runs on a regression
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "getaddrinfo", boom)
    monkeypatch.setattr(socket, "create_connection", boom)
    monkeypatch.setattr(socket.socket, "connect", boom)
    r = html_to_text(html, url="https://example.invalid/never")
    assert r.url == "https://example.invalid/never"
    assert r.text


@pytest.mark.parametrize("html", [
    "",
    "   \n ",
    "<html><body></body></html>",
    "<html><head><title>T</title></head><body><script>var x = 1;</script></body></html>",
    "<<<>>>",
    "<div>   </div>",
])
def test_no_article_text_is_an_input_error(html):
    with pytest.raises(InputError) as ei:
        html_to_text(html, name="bad.html")
    assert str(ei.value).startswith("bad.html: ") and "\n" not in str(ei.value)


def test_non_string_is_refused():
    with pytest.raises(InputError, match="expected HTML text"):
        html_to_text(b"<p>bytes</p>")  # type: ignore[arg-type]
