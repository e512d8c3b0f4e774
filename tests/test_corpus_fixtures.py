"""Hand-built Article records for the corpus tests (exact speakers, no model), and tests of them."""

from __future__ import annotations

import io
import json
import re
import time
from collections import defaultdict
from pathlib import Path

from saidwhat.engine import text_sha256
from saidwhat.types import Article, Attribution, Region, Span, Speaker

from case_paths import cases_root

CASES = cases_root()
SEED_TEXT = CASES / "articles" / "assad-us-troops.txt"
SEED_GOLD = CASES / "gold" / "assad-us-troops.jsonl"
ORGANIZATIONS = {"Syrian government", "Kremlin"}


def make_article(text: str, speakers: list[tuple[str | None, str, str | None]],
                 attributions: list[tuple[int | None, str]], *, title: str | None = None) -> Article:
    """An Article with the given speakers ``(name, kind, role)`` (ids s1, s2, …) and attributions
    ``(speaker number or None, content substring)``; the cue is the first "said" after the content
    when there is one."""
    sp = []
    for i, (name, kind, role) in enumerate(speakers, 1):
        mentions = ()
        if name and name in text:
            s = text.index(name)
            mentions = (Span.of(text, s, s + len(name)),)
        sp.append(Speaker(f"s{i}", name, kind, role, mentions))
    atts = []
    for j, (si, content) in enumerate(attributions, 1):
        start = text.index(content)
        cue_at = text.find("said", start + len(content))
        cue = Span.of(text, cue_at, cue_at + 4) if cue_at >= 0 else None
        src = sp[si - 1].mentions[0] if si and sp[si - 1].mentions else None
        atts.append(Attribution(f"a{j}", "indirect", "body", f"s{si}" if si else None, src, cue,
                                Span.of(text, start, start + len(content))))
    return Article(text, text_sha256(text), title, (Region("r1", "body", Span.of(text, 0, len(text))),),
                   tuple(sp), tuple(atts), {"hand_built": True})


def seed_article() -> Article:
    """The seed article with the gold's attributions and speakers (organisations: Kremlin,
    Syrian government); split quotes become one attribution with pieces."""
    text = SEED_TEXT.read_text(encoding="utf-8")
    groups: dict[int, list[dict]] = defaultdict(list)
    for line in SEED_GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            seg = json.loads(line)
            groups[seg["attribution"]].append(seg)
    names: list[str] = []
    roles: dict[str, str] = {}
    for segs in groups.values():
        for seg in segs:
            if seg["speaker"] not in names:
                names.append(seg["speaker"])
            if seg.get("speaker_role"):
                roles[seg["speaker"]] = seg["speaker_role"]
    speakers = tuple(Speaker(f"s{i}", n, "organization" if n in ORGANIZATIONS else "person", roles.get(n))
                     for i, n in enumerate(names, 1))
    atts = []
    for j, (_, segs) in enumerate(sorted(groups.items(), key=lambda kv: kv[1][0]["content_start"]), 1):
        content = Span.join(text, [(s["content_start"], s["content_end"]) for s in segs])
        atts.append(Attribution(f"a{j}", segs[0]["type"], segs[0].get("region", "body"),
                                f"s{names.index(segs[0]['speaker']) + 1}", None, None, content,
                                nested=bool(segs[0].get("nested"))))
    return Article(text, text_sha256(text), "Assad: US Troops Welcome in Syria to Fight Terrorism",
                   (Region("r1", "body", Span.of(text, 0, len(text))),), speakers, tuple(atts), {"hand_built": True, "from": "gold"})


#: Three outlets; Bashar Assad under three names, two other Assads and two Trumps.
OUTLET_ARTICLES = {
    "nytimes": ("https://www.nytimes.com/2017/02/10/world/assad.html", "2017-02-10", make_article(
        "Syrian President Bashar Assad said the United States is welcome to fight terrorism. "
        "Ivanka Trump said she admired the effort.",
        [("Bashar Assad", "person", "Syrian President"), ("Ivanka Trump", "person", "adviser")],
        [(1, "the United States is welcome to fight terrorism"), (2, "she admired the effort")])),
    "bbc": ("https://www.bbc.co.uk/news/world-middle-east-1", "2017-02-11", make_article(
        "Bashar al-Assad said the Russians were genuine. Donald Trump said he would decide soon. "
        "One official said the talks had failed.",
        [("Bashar al-Assad", "person", None), ("Donald Trump", "person", "President"), (None, "anonymous", None)],
        [(1, "the Russians were genuine"), (2, "he would decide soon"), (3, "the talks had failed")])),
    "ap": ("https://apnews.com/article/syria-assad", "2017-02-12", make_article(
        "President Assad said the war would end this year. Asma Assad said the hospital had reopened. "
        "Trump said nothing new about terrorism. He said it was over.",
        [("President Assad", "person", None), ("Asma Assad", "person", "first lady"), ("Trump", "person", None),
         (None, "unresolved", None)],
        [(1, "the war would end this year"), (2, "the hospital had reopened"), (3, "nothing new about terrorism"),
         (4, "it was over")])),
}


def test_make_article_spans_index_the_text():
    art = OUTLET_ARTICLES["bbc"][2]
    for a in art.attributions:
        assert art.text[a.content.start_char:a.content.end_char] == a.content.text
    assert art.speaker("s3").kind == "anonymous" and art.speaker("s3").name is None


def test_seed_article_from_gold_has_split_quotes():
    art = seed_article()
    assert len(art.attributions) == 25
    assert any(a.content.pieces for a in art.attributions)
    assert {s.name for s in art.speakers} >= {"Bashar Assad", "Dmitry Peskov", "Kremlin"}


_SAID = re.compile(r"(One official|(?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+) said (?:that )?([^.]+)\.")


def fake_extract_many(items, *, n_process=1, config=None, delay=0.0, **_):
    """A stand-in for ``saidwhat.extract_many`` with no model: every "Name said X." is one
    indirect attribution of the person "Name" (the words "One official" make an anonymous
    speaker, "He" an unresolved one). Same contract: one Article or SaidwhatError per input,
    in order."""
    from saidwhat.config import Config
    from saidwhat.engine import check_text
    from saidwhat.errors import SaidwhatError

    cfg = config or Config()
    for item in items:
        text, ctx = item if isinstance(item, tuple) else (item, {})
        try:
            check_text(text, cfg, name=str(ctx.get("name", "input")))
        except SaidwhatError as exc:
            yield exc
            continue
        if delay:
            time.sleep(delay)
        speakers: dict[str, Speaker] = {}
        atts = []
        for m in _SAID.finditer(text):
            name = m.group(1)
            kind = "anonymous" if name == "One official" else "unresolved" if name == "He" else "person"
            if name not in speakers:
                speakers[name] = Speaker(f"s{len(speakers) + 1}", None if kind != "person" else name, kind, None,
                                         (Span.of(text, m.start(1), m.end(1)),))
            cue = m.start(1) + len(name) + 1
            atts.append(Attribution(f"a{len(atts) + 1}", "indirect", "body", speakers[name].id,
                                    Span.of(text, m.start(1), m.end(1)), Span.of(text, cue, cue + 4),
                                    Span.of(text, m.start(2), m.end(2))))
        yield Article(text, text_sha256(text), ctx.get("title"), (Region("r1", "body", Span.of(text, 0, len(text))),),
                      tuple(speakers.values()), tuple(atts), {"fake_engine": True, **(ctx.get("meta") or {})})


def html_page(title: str, body: str, date: str | None = None) -> str:
    """A small news page whose main text trafilatura finds."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p)
    return (f"<!doctype html><html><head><title>{title}</title>{meta}</head><body><nav>Home | World</nav>"
            f"<article><h1>{title}</h1>{paras}</article><footer>Copyright</footer></body></html>")


def write_warc(path: Path, pages: list[tuple[str, str]], *, extra: bool = True) -> None:
    """A gzipped WARC of HTTP responses ``(url, html)``; with ``extra``, also a request record,
    an image response and a redirect, which are no articles."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        if extra:
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
            writer.write_record(writer.create_warc_record("https://example.com/", "request", http_headers=req))
        for url, html in pages:
            data = html.encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(data), length=len(data),
                                                          http_headers=headers))
        if extra:
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record("https://example.com/a.png", "response",
                                                          payload=io.BytesIO(b"\x89PNG...."), length=8, http_headers=img))
            moved = StatusAndHeaders("301 Moved", [("Location", "https://example.com/b")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record("https://example.com/old", "response", payload=io.BytesIO(b""),
                                                          length=0, http_headers=moved))


def news_text(i: int) -> str:
    """A distinct short article with two attributions."""
    return (f"Story number {i} from the capital.\n\nMaria Lopez said the budget {i} would pass. "
            f"Officials met on day {i}. One official said talks on item {i} had stalled.\n")
