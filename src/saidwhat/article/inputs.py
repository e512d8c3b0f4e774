"""Files and standard input → :class:`InputDocument` (text + provenance), ready for extraction.

``.html``/``.htm``/``.xhtml`` files go through :func:`~saidwhat.article.html.html_to_text`; every
other file is read as text with :func:`~saidwhat.article.encoding.decode_bytes`. Standard input is
HTML when it looks like HTML (or when asked), text otherwise. The offsets of a later extraction
index :attr:`InputDocument.text`; ``meta["text_source"]`` says how that text relates to the bytes.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..config import Config
from ..errors import InputError, InputTooLargeError
from .encoding import DecodedText, decode_bytes
from .html import html_to_text

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_SNIFF_RE = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<article\b|<(?:div|p|meta|title)\b)", re.I)


@dataclass(frozen=True)
class InputDocument:
    """One article as read from a file, standard input or a corpus record.

    Attributes:
        name: how to call it in messages and output (the path as given, ``"-"`` for stdin).
        text: the text to extract from; every offset of the result indexes it (characters).
        title: the title when the input gave one (HTML), else ``None``.
        meta: provenance, kept in ``Article.meta``: ``source`` (path), ``content_type``
            (``"text/plain"``/``"text/html"``), ``encoding``, ``repaired``, ``notes`` (list of
            one-line remarks), ``text_source`` (``"original"``: the UTF-8 text as given;
            ``"decoded"``: decoded from another encoding or after a byte order mark;
            ``"repaired"``: mojibake repaired; ``"html"``: extracted from HTML), and for HTML
            ``date`` and ``url`` when known.
    """

    name: str
    text: str
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def _text_source(decoded: DecodedText) -> str:
    if decoded.repaired:
        return "repaired"
    return "decoded" if decoded.notes or decoded.encoding != "utf-8" else "original"


def document_from_bytes(data: bytes, *, name: str, html: bool, source: str | None = None,
                        url: str | None = None, config: Config | None = None) -> InputDocument:
    """Decode ``data`` and, for HTML, extract its article text.

    Args:
        data: raw bytes of the input.
        name: what to call the input in messages.
        html: read ``data`` as an HTML page.
        source: the path it came from, kept in ``meta["source"]``.
        url: the page's URL (HTML), kept in ``meta["url"]``; never fetched.
        config: limits; ``Config.from_env()`` when ``None``.

    Raises:
        InputError: see :func:`~saidwhat.article.encoding.decode_bytes` and
            :func:`~saidwhat.article.html.html_to_text`.
    """
    decoded = decode_bytes(data, name=name, config=config)
    meta: dict[str, Any] = {
        "source": source,
        "content_type": "text/html" if html else "text/plain",
        "encoding": decoded.encoding,
        "repaired": decoded.repaired,
        "notes": list(decoded.notes),
        "text_source": _text_source(decoded),
    }
    if not html:
        return InputDocument(name=name, text=decoded.text, title=None, meta=meta)
    page = html_to_text(decoded.text, url=url, name=name)
    meta.update(text_source="html", date=page.date, url=page.url)
    meta["notes"].append("article text extracted from HTML with trafilatura; offsets index the extracted text")
    return InputDocument(name=name, text=page.text, title=page.title, meta=meta)


def _read_limited(stream: BinaryIO, limit: int, name: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(f"{name}: over the limit of {limit:,} bytes "
                                 "(set SAIDWHAT_MAX_INPUT_BYTES or Config.max_input_bytes)")
    return data


def read_path(path: str | os.PathLike[str], *, config: Config | None = None) -> InputDocument:
    """Read one file as an article (HTML by suffix, else text).

    Args:
        path: the file.
        config: limits (``max_input_bytes``); ``Config.from_env()`` when ``None``.

    Returns:
        An :class:`InputDocument` named by ``path`` as given.

    Raises:
        InputError: the path is missing, a directory or unreadable; the content is empty,
            binary, undecodable or HTML without text. The message is one line naming the path.
        InputTooLargeError: the file has more than ``config.max_input_bytes`` bytes.
    """
    cfg = config or Config.from_env()
    name = os.fspath(path)
    p = Path(name)
    try:
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not a file")
        size = p.stat().st_size
        if size > cfg.max_input_bytes:
            raise InputTooLargeError(f"{name}: {size:,} bytes, over the limit of {cfg.max_input_bytes:,} "
                                     "(set SAIDWHAT_MAX_INPUT_BYTES or Config.max_input_bytes)")
        with p.open("rb") as fh:
            data = _read_limited(fh, cfg.max_input_bytes, name)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    html = p.suffix.lower() in HTML_SUFFIXES
    return document_from_bytes(data, name=name, html=html, source=str(p.resolve()), config=cfg)


def read_stdin(*, config: Config | None = None, html: bool | None = None, stream: BinaryIO | None = None,
               name: str = "-") -> InputDocument:
    """Read one article from standard input (``"-"`` on the command line).

    Args:
        config: limits; ``Config.from_env()`` when ``None``.
        html: read it as HTML (``True``), as text (``False``), or decide from its first
            characters (``None``: a doctype or an ``<html>``/``<body>``/``<p>``… tag).
        stream: a binary stream to read instead of ``sys.stdin.buffer`` (tests).
        name: what to call the input in messages.

    Raises:
        InputError: as :func:`read_path`; also when standard input can't be read.
    """
    cfg = config or Config.from_env()
    src = stream if stream is not None else sys.stdin.buffer
    try:
        data = _read_limited(src, cfg.max_input_bytes, name)
    except OSError as exc:
        raise InputError(f"{name}: cannot read standard input ({exc.strerror or exc.__class__.__name__})") from None
    if html is None:
        html = bool(_HTML_SNIFF_RE.match(data[:512].decode("utf-8", "ignore")))
    return document_from_bytes(data, name=name, html=html, source="<stdin>", config=cfg)
