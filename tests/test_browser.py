"""Browser tests of the web viewer: Playwright for Python driving Debian's chromium.

The server (uvicorn, the real pipeline, a corpus store holding the seed article with its gold
attributions and a hostile article) runs in a thread on 127.0.0.1 and a free port. Chromium comes
from Debian (``apt-get install -y chromium``, ``make system-deps``); ``playwright install`` is
never used. Screenshots are saved under ``artifacts/browser/`` (``$SAIDWHAT_ARTIFACTS`` overrides
``artifacts``). Without ``/usr/bin/chromium`` the tests are skipped, unless
``SAIDWHAT_REQUIRE_BROWSER=1`` (CI), where they fail.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest

import web_fixtures as wf

pytestmark = [pytest.mark.browser, pytest.mark.model, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
ARTIFACTS = Path(os.environ.get("SAIDWHAT_ARTIFACTS") or wf.REPO / "artifacts") / "browser"


def _need_browser() -> None:
    if not CHROMIUM.is_file():
        message = f"{CHROMIUM} not found: apt-get install -y chromium (make system-deps)"
        if os.environ.get("SAIDWHAT_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live server on 127.0.0.1 (a socket bound to port 0, so no race for the port)."""
    _need_browser()
    import uvicorn

    from saidwhat.web.app import create_app

    db = tmp_path_factory.mktemp("web") / "corpus.db"
    wf.fill_store(db, [(wf.seed_article(), wf.seed_metadata()), (wf.hostile_article(), wf.hostile_metadata())])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, preload=True), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 180
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=15)
    sock.close()


@pytest.fixture(scope="module")
def browser(base_url: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Watch:
    """What a page did that it must not: dialogs (alert), script errors, console errors (CSP)."""

    def __init__(self, page: object) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.console: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.console.append(m.text) if m.type == "error" else None)

    def assert_clean(self) -> None:
        assert self.dialogs == [], self.dialogs
        assert self.errors == [], self.errors
        assert self.console == [], self.console


@pytest.fixture
def page(browser: object, base_url: str) -> Iterator[object]:
    context = browser.new_context(base_url=base_url, viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    pg.watch = Watch(pg)
    yield pg
    context.close()


def shot(page: object, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 1000
    return path


def highlighted_ids(page: object) -> set[str]:
    return set(page.eval_on_selector_all("#article-text mark.hl", "els => els.map(e => e.dataset.a)"))


def test_paste_the_seed_article_and_see_its_highlights_and_table(page: object) -> None:
    text = wf.seed_text()
    page.goto("/")
    page.fill("#title", "Assad: US Troops Welcome in Syria to Fight Terrorism")
    page.fill("#text", text)
    page.click("#extract-button")
    page.wait_for_selector("#article-text")
    assert page.input_value("#text") == text
    assert page.inner_text(".article-title") == "Assad: US Troops Welcome in Syria to Fight Terrorism"
    rows = page.locator("tr.attr-row")
    n = rows.count()
    assert n >= 1, "the pipeline found no attribution in the seed article"
    row_ids = [rows.nth(i).get_attribute("data-a") for i in range(n)]
    assert highlighted_ids(page) == set(row_ids)
    assert page.locator("#article-text u.cue").count() >= 1
    assert page.locator("#article-text a.src").count() >= 1

    first = page.locator("#article-text mark.hl").first
    first.hover()
    card = page.locator("#hovercard")
    card.wait_for(state="visible")
    row = page.locator(f"#attr-{first.get_attribute('data-a')}")
    assert card.locator(".hc-speaker").inner_text() == row.get_attribute("data-speaker-label")
    assert card.locator(".hc-type").inner_text() in ("direct", "indirect", "mixed")
    assert re.fullmatch(r"[01](\.\d+)?", card.locator(".hc-conf").inner_text())
    shot(page, "extract-seed-hover")

    legend = page.locator(".legend-item").first
    speaker = legend.get_attribute("data-speaker")
    legend.click()
    assert "focus" in (page.get_attribute("#viewer", "class") or "")
    focused = set(page.eval_on_selector_all("mark.hl.focused", "els => els.map(e => e.dataset.a)"))
    expected = {r for r in row_ids if page.get_attribute(f"#attr-{r}", "data-speaker") == speaker}
    assert focused == expected and focused
    shot(page, "extract-seed-focus")
    page.watch.assert_clean()


def test_click_a_speaker_then_back_to_the_highlighted_article(page: object) -> None:
    seed = wf.seed_article()
    page.goto("/articles")
    page.click(f"a.article-link[href='/articles/{seed.text_sha256}']")
    page.wait_for_selector("#article-text")
    assert highlighted_ids(page) == {a.id for a in seed.attributions}
    assert page.locator("tr.attr-row").count() == len(seed.attributions)
    shot(page, "stored-seed-article")

    page.click(".legend-item[data-speaker='s1']")
    page.wait_for_url(re.compile(r"/speakers/\d+$"))
    assert page.inner_text("#speaker-name").startswith("Bashar Assad")
    links = page.locator("#speaker-attributions a.article-link")
    assert links.count() == sum(1 for a in seed.attributions if a.speaker_id == "s1")
    shot(page, "speaker-assad")

    href = links.nth(2).get_attribute("href")
    links.nth(2).click()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    anchor = href.split("#")[1]
    target = page.locator(f"#{anchor}")
    assert target.evaluate("e => e.tagName") == "MARK"
    assert target.is_visible()
    page.watch.assert_clean()


def test_search_a_quote(page: object) -> None:
    page.goto("/quotes")
    page.fill("#q", "terrorism")
    page.click("#search-button")
    page.wait_for_url(re.compile(r"/quotes\?.*q=terrorism"))
    rows = page.locator("tr.quote-row")
    assert rows.count() >= 1
    for i in range(rows.count()):
        assert "terroris" in rows.nth(i).locator(".content-cell").inner_text().lower()
    shot(page, "quote-search")
    rows.first.locator("a.article-link").click()
    page.wait_for_selector("#article-text mark.hl")
    page.goto("/speakers")
    assert page.locator("#speakers-chart rect").count() >= 1
    shot(page, "speakers-chart")
    page.watch.assert_clean()


def test_the_hostile_article_renders_inert_on_every_page(page: object) -> None:
    hostile = wf.hostile_article()
    page.goto("/v1/speakers")
    mallory = [s["id"] for s in page.evaluate("() => fetch('/v1/speakers').then(r => r.json())")["items"]
               if s["name"] and s["name"].startswith("Mallory")]
    paths = [f"/articles/{hostile.text_sha256}", "/articles", "/speakers", "/quotes?q=click",
             *[f"/speakers/{i}" for i in mallory]]
    for path in paths:
        page.goto(path)
        page.wait_for_load_state("load")
        for mark in page.locator("mark.hl").all():
            mark.hover()
        assert page.evaluate("() => window.__xss") is None, path
        assert page.locator("img").count() == 0, path
        assert page.locator("script").count() == 1, path
        assert page.locator("a[href^='javascript:']").count() == 0, path
    page.goto(f"/articles/{hostile.text_sha256}")
    assert "<script>window.__xss = 1;" in page.inner_text("#article-text")
    shot(page, "hostile-article")

    page.goto("/")
    page.fill("#text", hostile.text)
    page.click("#extract-button")
    page.wait_for_selector("#article-text")
    assert page.input_value("#text") == hostile.text
    assert page.inner_text("#article-text") == hostile.text
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("img").count() == 0 and page.locator("script").count() == 1
    shot(page, "hostile-extract")
    page.watch.assert_clean()
