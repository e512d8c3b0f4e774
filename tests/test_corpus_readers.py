"""Corpus readers: folders, text/HTML files, JSONL and WARC, with bad records rejected by cause."""

from __future__ import annotations

import gzip
import json

from test_corpus_fixtures import html_page, news_text, write_warc

from saidwhat.config import Config
from saidwhat.corpus.readers import read_records, walk


def _by_source(records):
    return {r.source: r for r in records}


def test_folders_are_walked_in_order_keeping_known_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(news_text(2), encoding="utf-8")
    (tmp_path / "1.txt").write_text(news_text(1), encoding="utf-8")
    (tmp_path / "notes.ann").write_text("T1 x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    assert [p.name for p in walk([tmp_path])] == ["1.txt", "2.txt"]
    recs = list(read_records([tmp_path]))
    assert [r.text for r in recs] == [news_text(1), news_text(2)]
    assert recs[0].metadata == {"source": str(tmp_path / "1.txt")} and recs[0].cause is None


def test_bad_files_are_rejected_with_their_cause(tmp_path):
    (tmp_path / "latin.txt").write_bytes(b"\x00\x01\x02\x03 binary \x00\x00")
    (tmp_path / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "big.txt").write_text("word " * 100, encoding="utf-8")
    recs = _by_source(read_records([tmp_path, tmp_path / "missing.txt"], config=Config(max_input_bytes=300)))
    causes = {k.rsplit("/", 1)[-1]: r.cause for k, r in recs.items()}
    assert causes == {"big.txt": "too-large", "blank.txt": "empty", "empty.html": "empty", "latin.txt": "undecodable",
                      "missing.txt": "unreadable"}
    assert all(r.message and r.text is None for r in recs.values())


def test_html_file_gives_text_title_and_date(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(html_page("Assad speaks", "Bashar Assad said the war would end soon in Syria, officials heard.",
                              "2017-02-10"), encoding="utf-8")
    (rec,) = read_records([page])
    assert "Bashar Assad said the war" in rec.text and rec.title == "Assad speaks"
    assert rec.metadata["published"] == "2017-02-10"


def test_jsonl_lines_good_and_bad(tmp_path):
    lines = [
        json.dumps({"text": news_text(1), "url": "https://www.bbc.co.uk/news/1", "title": "One", "published": "2017-02-11",
                    "section": "world"}),
        "{not json",
        json.dumps({"html": html_page("Two", "Maria Lopez said the second budget would pass this week in the city."),
                    "url": "https://apnews.com/2", "outlet": "AP"}),
        json.dumps({"title": "no text"}),
        json.dumps([1, 2]),
        json.dumps({"text": "   "}),
        "",
        json.dumps({"html": "<html><body><script>x</script></body></html>"}),
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8") + b'{"text": "caf\xe9"}\n'
    path = tmp_path / "dump.jsonl"
    path.write_bytes(data)
    recs = list(read_records([path]))
    got = [(r.source.rsplit(":", 1)[1], r.cause) for r in recs]
    assert got == [("1", None), ("2", "invalid-json"), ("3", None), ("4", "missing-text"), ("5", "invalid-json"),
                   ("6", "empty"), ("8", "empty"), ("9", "undecodable")]
    first, third = recs[0], recs[2]
    assert first.text == news_text(1) and first.title == "One"
    assert first.metadata == {"url": "https://www.bbc.co.uk/news/1", "title": "One", "published": "2017-02-11",
                              "section": "world", "source": f"{path}:1"}
    assert "Maria Lopez said" in third.text and third.metadata["outlet"] == "AP" and third.title == "Two"


def test_truncated_gzip_jsonl_keeps_the_lines_before(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    blob = gzip.compress(("\n".join(json.dumps({"text": news_text(i)}) for i in range(200)) + "\n").encode())
    path.write_bytes(blob[: len(blob) * 2 // 3])
    recs = list(read_records([path]))
    assert recs[-1].cause == "truncated"
    assert len(recs) > 1 and all(r.cause is None for r in recs[:-1])


def _pages(n, start=0):
    return [(f"https://www.outlet{i % 3}.com/story/{i}",
             html_page(f"Story {i}", f"Maria Lopez said the budget {i} would pass after a long debate in the city council.",
                       f"2017-03-{i + 1:02d}")) for i in range(start, start + n)]


def test_warc_responses_become_records_and_other_records_are_skipped(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, _pages(3))
    recs = list(read_records([path]))
    assert [r.cause for r in recs] == [None, None, None]
    assert [r.metadata["url"] for r in recs] == [u for u, _ in _pages(3)]
    assert recs[1].metadata["published"] == "2017-03-02" and recs[1].title == "Story 1"
    assert all(r.source.startswith(f"{path}@") for r in recs)
    assert "crawled" in recs[0].metadata


def test_truncated_last_warc_record_is_rejected(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, _pages(3), extra=False)
    data = path.read_bytes()
    for cut in (40, 150, 300):
        path.write_bytes(data[:-cut])
        recs = list(read_records([path]))
        assert [r.cause for r in recs][-1] == "truncated", cut
        assert [r.cause for r in recs[:-1]] == [None] * (len(recs) - 1)


def test_corrupt_warc_member_in_the_middle_is_skipped_and_reading_resumes(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, _pages(5), extra=False)
    data = bytearray(path.read_bytes())
    # find the third gzip member and damage its compressed bytes
    starts = [i for i in range(len(data) - 2) if data[i:i + 3] == b"\x1f\x8b\x08"]
    for i in range(starts[2] + 20, starts[2] + 60):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    recs = list(read_records([path]))
    ok = [r for r in recs if r.cause is None]
    bad = [r for r in recs if r.cause is not None]
    assert len(bad) == 1 and bad[0].cause == "truncated"
    assert [r.title for r in ok] == ["Story 0", "Story 1", "Story 3", "Story 4"]


def test_plain_warc_is_read_too(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, _pages(2))
    assert [r.title for r in read_records([path])] == ["Story 0", "Story 1"]


def test_broken_warc_messages_name_the_damage_not_a_python_class(tmp_path):
    # fixed bug (session 6, newcomer report): a gzipped WARC header with no target URI said
    # "corrupt or truncated WARC record (AttributeError)", which reads as a crash
    import random

    (tmp_path / "hdr.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n"))
    # fixed bytes: with os.urandom, warcio sometimes read the noise as an ARC record instead
    (tmp_path / "rnd.warc.gz").write_bytes(gzip.compress(random.Random(16).randbytes(3000)))
    recs = list(read_records([tmp_path / "hdr.warc.gz", tmp_path / "rnd.warc.gz"], config=Config()))
    assert [r.cause for r in recs] == ["truncated", "truncated"]
    for r in recs:
        assert "Error" not in r.message and r.message.isprintable(), r.message
    assert "headers missing or malformed" in recs[0].message
    assert "not a WARC record" in recs[1].message or "ARC record" in recs[1].message, recs[1].message
