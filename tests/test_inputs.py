"""Tests of saidwhat.article.inputs: read_path / read_stdin → InputDocument."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from saidwhat.article.inputs import InputDocument, read_path, read_stdin
from saidwhat.config import Config
from saidwhat.errors import InputError, InputTooLargeError


def test_text_file(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text("Mayor said “no”.\n", encoding="utf-8")
    doc = read_path(p)
    assert isinstance(doc, InputDocument)
    assert doc.name == str(p) and doc.text == "Mayor said “no”.\n" and doc.title is None
    assert doc.meta == {"source": str(p.resolve()), "content_type": "text/plain", "encoding": "utf-8",
                        "repaired": False, "notes": [], "text_source": "original"}


@pytest.mark.parametrize("suffix", [".html", ".HTM"])
def test_html_file_by_suffix(tmp_path: Path, suffix):
    p = tmp_path / f"page{suffix}"
    p.write_text("<html><head><title>Budget vote</title></head><body><p>Mayor Ines Duarte said the city "
                 "would balance its budget.</p></body></html>", encoding="utf-8")
    doc = read_path(str(p))
    assert doc.title == "Budget vote"
    assert doc.text == "Budget vote\n\nMayor Ines Duarte said the city would balance its budget."
    assert doc.meta["content_type"] == "text/html" and doc.meta["text_source"] == "html"
    assert "date" in doc.meta and "url" in doc.meta


def test_html_looking_txt_stays_text(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text("<p>Not parsed</p>", encoding="utf-8")
    assert read_path(p).text == "<p>Not parsed</p>"


def test_errors_name_the_path(tmp_path: Path):
    with pytest.raises(InputError, match=r"nope\.txt: no such file$"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 100)
    with pytest.raises(InputTooLargeError, match=r"big\.txt: 500 bytes, over the limit of 100"):
        read_path(big, config=Config(max_input_bytes=100))


def test_stdin_text_html_and_limit():
    doc = read_stdin(stream=io.BytesIO("He said “yes”.".encode()))
    assert doc.name == "-" and doc.text == "He said “yes”." and doc.meta["source"] == "<stdin>"
    page = read_stdin(stream=io.BytesIO(b"<!DOCTYPE html><html><body><p>Mayor Ines Duarte said no.</p></body></html>"))
    assert page.meta["content_type"] == "text/html" and page.text == "Mayor Ines Duarte said no."
    forced = read_stdin(stream=io.BytesIO(b"<p>kept as text</p>"), html=False)
    assert forced.text == "<p>kept as text</p>"
    with pytest.raises(InputTooLargeError):
        read_stdin(stream=io.BytesIO(b"x" * 50), config=Config(max_input_bytes=10))
    with pytest.raises(InputError, match="^-: empty input"):
        read_stdin(stream=io.BytesIO(b""))


@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
                    reason="root reads any file")
def test_unreadable_file(tmp_path: Path):
    p = tmp_path / "secret.txt"
    p.write_text("text", encoding="utf-8")
    p.chmod(0)
    try:
        with pytest.raises(InputError, match=r"secret\.txt: permission denied$"):
            read_path(p)
    finally:
        p.chmod(0o644)
