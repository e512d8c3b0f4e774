"""Write a CC-NEWS-shaped web archive from the PolNeAR texts: gzip WARC shards of HTML pages.

Each shard is named like Common Crawl's news crawl (``CC-NEWS-20170210120000-00000.warc.gz``) and
laid out like it: a ``warcinfo`` record, then one gzip member per record, ``response`` records
(``application/http; msgtype=response``) with ``WARC-Target-URI``, ``WARC-Date``, block and
payload digests, and an HTTP 200 ``text/html`` page per article: a news page (navigation,
``<article>`` with headline, byline and paragraphs, a related-stories box, a footer) made from a
PolNeAR text (its first line is the headline; the outlet and date come from its file name). Each
shard also holds a redirect and a PDF (no articles, skipped by readers), and with ``corrupt``:

- shard 0: a record whose gzip member is damaged in the middle (``truncated``);
- the last shard: a page with no article text (``empty``) and a final record cut short
  (``truncated``), as an interrupted download leaves it.

More articles than texts: a text is used again with "(update N)" in its headline, so every
article text is distinct. Nothing is downloaded.

Usage::

    .venv/bin/python benchmarks/make_ccnews_fixture.py --out /tmp/ccnews --shards 8 --articles 2000
"""

from __future__ import annotations

import argparse
import hashlib
import html
import io
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"

OUTLETS = {"breitbart": "www.breitbart.com", "huff-post": "www.huffingtonpost.com", "nyt": "www.nytimes.com",
           "politico": "www.politico.com", "usa-today": "www.usatoday.com", "wash-post": "www.washingtonpost.com",
           "west-journal": "www.westernjournal.com"}
_NAME = re.compile(r"^(?P<outlet>[a-z-]+?)_(?P<date>\d{4}-\d{2}-\d{2})_(?P<slug>.+)\.txt$")


def polnear_texts(folder: Path = POLNEAR_TRAIN) -> list[tuple[str, str, str, str]]:
    """``(outlet host, date, slug, text)`` of every PolNeAR text in ``folder``, sorted by name."""
    out = []
    for p in sorted(folder.glob("*.txt")):
        m = _NAME.match(p.name)
        if m and m["outlet"] in OUTLETS:
            out.append((OUTLETS[m["outlet"]], m["date"], m["slug"], p.read_text(encoding="utf-8")))
    return out


def news_page(title: str, paragraphs: list[str], outlet: str, date: str) -> str:
    """A news page whose main text trafilatura finds (headline, byline, paragraphs), with the
    furniture of a real one around it."""
    e = html.escape
    paras = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{e(title)} | {e(outlet)}</title>"
        f"<meta property=\"og:title\" content=\"{e(title)}\">"
        f"<meta property=\"article:published_time\" content=\"{date}T12:00:00Z\">"
        "<link rel=\"stylesheet\" href=\"/static/site.css\"></head>\n<body>"
        "<header><nav><a href=\"/\">Home</a> | <a href=\"/politics\">Politics</a> | <a href=\"/world\">World</a></nav></header>\n"
        f"<main><article><h1>{e(title)}</h1><p class=\"byline\">By Staff Reporter</p>\n{paras}\n</article>"
        "<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">More politics</a></li>"
        "<li><a href=\"/b\">Opinion</a></li></ul></aside></main>\n"
        f"<footer><p>Copyright {date[:4]} {e(outlet)}. All rights reserved.</p></footer></body></html>\n"
    )


def _record(writer, url: str, body: bytes, ctype: str, when: datetime, status: str = "200 OK",
            extra: list[tuple[str, str]] | None = None):
    from warcio.statusandheaders import StatusAndHeaders

    headers = [("Content-Type", ctype), ("Content-Length", str(len(body))), ("Date", when.strftime("%a, %d %b %Y %H:%M:%S GMT")),
               ("Server", "nginx"), ("X-Crawler-Content-Encoding", "gzip"), *(extra or [])]
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    warc_headers = {"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "WARC-IP-Address": "192.0.2.10"}
    rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
                                    warc_headers_dict=warc_headers)
    return rec


def write_shard(path: Path, pages: list[tuple[str, str, datetime]], *, empty_page: bool = False,
                damage_middle: bool = False, cut_last: bool = False) -> dict[str, int]:
    """One gzip WARC shard of ``(url, html, crawl time)`` pages; returns the expected counts:
    ``articles``, ``truncated``, ``empty``."""
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    info = {"software": "saidwhat make_ccnews_fixture", "format": "WARC File Format 1.1",
            "isPartOf": "CC-NEWS-fixture", "description": "PolNeAR texts as news pages"}
    writer.write_record(writer.create_warcinfo_record(path.name, info))
    starts: list[int] = []
    t0 = pages[0][2] if pages else datetime(2017, 1, 1, tzinfo=timezone.utc)
    writer.write_record(_record(writer, "http://example.com/old-story", b"", "text/html", t0, "301 Moved Permanently",
                                [("Location", "https://example.com/new-story")]))
    counts = {"articles": len(pages), "truncated": 0, "empty": 0}
    for i, (url, page, when) in enumerate(pages):
        starts.append(buf.tell())
        writer.write_record(_record(writer, url, page.encode("utf-8"), "text/html; charset=UTF-8", when))
        if i == 0 and empty_page:  # a gallery page: no article text
            writer.write_record(_record(writer, url.rstrip("/") + "-gallery/", b"<html><head><title></title></head><body>"
                                        b"<div class=\"gallery\"> </div></body></html>", "text/html; charset=UTF-8", when))
            counts["empty"] += 1
        if i == len(pages) // 2:
            writer.write_record(_record(writer, url.rstrip("/") + "/report.pdf", b"%PDF-1.4 fixture", "application/pdf", when))
    data = bytearray(buf.getvalue())
    if damage_middle and len(starts) >= 3:
        s, e = starts[1], starts[2]
        mid = s + (e - s) // 2
        data[mid:mid + 24] = bytes(24)  # zeros in the middle of the deflate stream
        counts["articles"] -= 1
        counts["truncated"] += 1
    if cut_last and len(starts) >= 2 and not (damage_middle and len(starts) < 4):
        del data[len(data) - 40:]  # the last record (an article) cut short
        counts["articles"] -= 1
        counts["truncated"] += 1
    path.write_bytes(bytes(data))
    return counts


def make_fixture(out: Path, *, shards: int = 3, articles: int = 12, corrupt: bool = True, seed: int = 0,
                 texts: list[tuple[str, str, str, str]] | None = None, max_words: int | None = None) -> dict[str, object]:
    """Write ``shards`` WARC shards with ``articles`` articles in all under ``out``; returns the
    expected totals (``articles``, ``rejected`` by cause, ``files``, ``words``) and writes them to
    ``out/expected.json``.

    Args:
        max_words: keep only the first paragraphs of each text, up to about this many words
            (small, fast test fixtures).
    """
    texts = texts if texts is not None else polnear_texts()
    if not texts:
        raise SystemExit(f"no PolNeAR texts in {POLNEAR_TRAIN}")
    rng = random.Random(seed)
    order = list(range(len(texts)))
    rng.shuffle(order)
    out.mkdir(parents=True, exist_ok=True)
    pages: list[tuple[str, str, datetime]] = []
    for n in range(articles):
        host, date, slug, text = texts[order[n % len(texts)]]
        copy = n // len(texts)
        paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        title, body = paras[0], paras[1:]
        if max_words is not None:
            kept, words = [], 0
            for p in body:
                kept.append(p)
                words += len(p.split())
                if words >= max_words:
                    break
            body = kept
        if copy:
            title = f"{title} (update {copy})"
        when = datetime.fromisoformat(date).replace(tzinfo=timezone.utc) + timedelta(hours=12, minutes=n % 60)
        url = f"https://{host}/{date.replace('-', '/')}/{slug}{'-' + str(copy) if copy else ''}/"
        pages.append((url, news_page(title, body, host, date), when))
    totals = {"articles": 0, "truncated": 0, "empty": 0}
    files = []
    per = [pages[i::shards] for i in range(shards)]
    for i, part in enumerate(per):
        stamp = (part[0][2] if part else datetime(2017, 1, 1, tzinfo=timezone.utc)).strftime("%Y%m%d%H%M%S")
        path = out / f"CC-NEWS-{stamp}-{i:05d}.warc.gz"
        c = write_shard(path, part, empty_page=corrupt and i == shards - 1, damage_middle=corrupt and i == 0,
                        cut_last=corrupt and i == shards - 1)
        for k in totals:
            totals[k] += c[k]
        files.append(path.name)
    rejected = {k: totals[k] for k in ("empty", "truncated") if totals[k]}
    expected = {"articles": totals["articles"], "rejected": rejected, "files": files, "shards": shards,
                "sha256": {f: hashlib.sha256((out / f).read_bytes()).hexdigest() for f in files}}
    (out / "expected.json").write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    return expected


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="folder to write the shards to")
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-words", type=int, default=None, help="cut each article to about N words")
    ap.add_argument("--no-corrupt", action="store_true", help="no corrupt records")
    args = ap.parse_args(argv)
    exp = make_fixture(args.out, shards=args.shards, articles=args.articles, corrupt=not args.no_corrupt, seed=args.seed,
                       max_words=args.max_words)
    print(json.dumps({k: v for k, v in exp.items() if k != "sha256"}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
