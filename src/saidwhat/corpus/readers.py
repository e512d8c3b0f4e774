"""Corpus inputs → documents: plain text and HTML files, JSONL dumps, WARC files; folders walked.

Every input yields :class:`Record` items, one per article or per bad record, in a stable order
(paths as given; folders walked in sorted order). A bad record (undecodable bytes, a line that is
not JSON, a truncated WARC record or gzip member, an empty page, an over-long text) is a
:class:`Record` with ``cause`` and ``message`` set, never an exception, so a run goes on.

Formats:
    ``.txt`` and any other explicitly named file: text, decoded by
        :func:`saidwhat.article.inputs.read_path` (HTML for ``.html``/``.htm``/``.xhtml``).
    ``.jsonl`` / ``.ndjson`` (optionally ``.gz``): one article an object, with ``text`` or
        ``html`` and optional ``url``, ``title``, ``outlet``, ``published`` (or ``date``); other
        keys are kept as metadata.
    ``.warc`` / ``.warc.gz``: HTTP ``response`` records with status 200 and an HTML content
        type (``warcio``); the text, title and date come from trafilatura/htmldate through
        :func:`saidwhat.article.html.html_to_text`. Other records (requests, metadata, images,
        redirects) are skipped, not rejected. A truncated record or gzip member is rejected and
        reading resumes at the next record when one can be found.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

from ..config import Config
from ..errors import InputError, InputTooLargeError

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Files a walked folder contributes (other files in folders are ignored).
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b\x08"


@dataclass(frozen=True)
class Record:
    """One article read from an input, or why it could not be read.

    Attributes:
        source: where it comes from: a path, ``path:LINE`` (JSONL, 1-based) or ``path@OFFSET``
            (WARC, byte offset of the record).
        text: the article text (offsets of the extraction index it), ``None`` when rejected.
        title: its title when known.
        metadata: ``url``, ``outlet``, ``published``, ``source`` and other given fields.
        meta: provenance for ``Article.meta`` (encoding, repaired, text_source …).
        cause: ``None``, or why it was rejected (``undecodable``, ``invalid-json``,
            ``truncated``, ``empty``, ``too-large``, ``invalid-html``, ``missing-text``,
            ``unreadable``, ``invalid-input``).
        message: a one-line message naming the source, when rejected.
    """

    source: str
    text: str | None = None
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    cause: str | None = None
    message: str | None = None


def cause_of(exc: BaseException) -> str:
    """A short cause code for an input error (see :class:`Record`)."""
    if isinstance(exc, InputTooLargeError):
        return "too-large"
    msg = str(exc).lower()
    if "empty" in msg or "no article text" in msg or "whitespace" in msg:
        return "empty"
    if "binary data" in msg or "encoding" in msg or "byte order mark" in msg or "decode" in msg:
        return "undecodable"
    if "malformed html" in msg:
        return "invalid-html"
    if "no such file" in msg or "permission" in msg or "cannot read" in msg or "directory" in msg:
        return "unreadable"
    return "invalid-input"


def _why_warc(exc: BaseException) -> str:
    """A reader's words for why warcio stopped on a record: its own message where it gives one
    (``ArchiveLoadFailed``), else what kind of damage (never a Python class name, which reads as a
    crash to a user)."""
    from warcio.exceptions import ArchiveLoadFailed

    if isinstance(exc, ArchiveLoadFailed):
        msg = str(exc).strip()
        if msg.lower().startswith("unknown archive format"):
            return "not a WARC record: unknown archive format"
        msg = msg.split(",")[0].split(":")[0] if msg else ""
        return msg if msg.isprintable() and msg else "not a WARC record"
    if isinstance(exc, (EOFError, zlib.error)):
        return "the compressed stream is cut or damaged"
    if isinstance(exc, OSError):
        return f"unreadable: {exc.strerror or exc}"
    return "headers missing or malformed"


def _reject(source: str, cause: str, message: str) -> Record:
    return Record(source=source, cause=cause, message=message if message.startswith(source) else f"{source}: {message}")


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for s in sorted(KNOWN_SUFFIXES, key=len, reverse=True):
        if name.endswith(s):
            return s
    return path.suffix.lower()


def walk(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files to read: each path as given; folders walked recursively in sorted order, keeping
    files with a known suffix and skipping hidden files and folders."""
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    fp = Path(root) / f
                    if not f.startswith(".") and _suffix(fp) in KNOWN_SUFFIXES:
                        yield fp
        else:
            yield p


def read_records(paths: Iterable[str | os.PathLike[str]], *, config: Config | None = None) -> Iterator[Record]:
    """Every article (or rejected record) of ``paths``, in order. Never raises for a bad input."""
    cfg = config or Config.from_env()
    for path in walk(paths):
        suffix = _suffix(path)
        if not path.exists():
            yield _reject(str(path), "unreadable", "no such file or folder")
        elif suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, config=cfg)
        elif suffix in WARC_SUFFIXES:
            yield from read_warc(path, config=cfg)
        else:
            yield read_file(path, config=cfg)


def read_file(path: Path, *, config: Config) -> Record:
    """One text or HTML file (see :func:`saidwhat.article.inputs.read_path`)."""
    from ..article.inputs import read_path

    name = str(path)
    try:
        doc = read_path(path, config=config)
    except InputError as exc:
        return _reject(name, cause_of(exc), str(exc))
    md: dict[str, Any] = {"source": name}
    if doc.meta.get("url"):
        md["url"] = doc.meta["url"]
    if doc.meta.get("date"):
        md["published"] = doc.meta["date"]
    if doc.title:
        md["title"] = doc.title
    return Record(name, doc.text, doc.title, md, dict(doc.meta))


def _open_lines(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_jsonl(path: Path, *, config: Config) -> Iterator[Record]:
    """One record per non-blank line of a JSONL file (``.gz`` allowed)."""
    name = str(path)
    try:
        fh = _open_lines(path)
    except OSError as exc:
        yield _reject(name, "unreadable", f"cannot read ({exc.strerror or exc.__class__.__name__})")
        return
    with fh:
        yield from read_jsonl_lines(fh, name, config=config)


def read_jsonl_lines(fh: Iterable[bytes], name: str, *, config: Config) -> Iterator[Record]:
    """One record per non-blank line of an open binary stream (already decompressed), sources
    ``NAME:LINE``; a stream that breaks off (truncated or corrupt gzip data) ends with one
    ``truncated`` reject. Used for local files and for the ``fsspec`` streams of batch shards."""
    lineno = 0
    try:
        for raw in fh:
            lineno += 1
            if raw.strip():
                yield _jsonl_record(raw, f"{name}:{lineno}", config)
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as exc:
        yield _reject(f"{name}:{lineno + 1}", "truncated", f"truncated or corrupt gzip data ({exc.__class__.__name__}: {exc})")


def _jsonl_record(raw: bytes, source: str, config: Config) -> Record:
    if len(raw) > config.max_input_bytes:
        return _reject(source, "too-large", f"{len(raw):,} bytes, over the limit of {config.max_input_bytes:,} "
                                            "(set SAIDWHAT_MAX_INPUT_BYTES or Config.max_input_bytes)")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _reject(source, "undecodable", f"not valid UTF-8 at byte {exc.start}")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return _reject(source, "invalid-json", f"not JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return _reject(source, "invalid-json", f"expected a JSON object, got {type(obj).__name__}")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    md = {k: v for k, v in obj.items() if k not in ("text", "html") and v is not None}
    if "published" not in md and "date" in md:
        md["published"] = md.pop("date")
    md["source"] = source
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    meta: dict[str, Any] = {"source": source}
    if isinstance(obj.get("text"), str):
        text = obj["text"]
        meta.update(content_type="text/plain", text_source="original")
    elif isinstance(obj.get("html"), str):
        from ..article.html import html_to_text

        try:
            page = html_to_text(obj["html"], url=url, name=source)
        except InputError as exc:
            return _reject(source, cause_of(exc), str(exc))
        text = page.text
        title = title or page.title
        if page.date and "published" not in md:
            md["published"] = page.date
        meta.update(content_type="text/html", text_source="html", date=page.date, url=page.url)
    else:
        return _reject(source, "missing-text", 'no "text" or "html" string')
    if not text.strip():
        return _reject(source, "empty", "empty text (nothing but whitespace)")
    if title:
        md["title"] = title
    return Record(source, text, title, md, meta)


def read_warc(path: Path, *, config: Config) -> Iterator[Record]:
    """Article records of a WARC file (``.warc`` or ``.warc.gz``); see the module docstring."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        size = path.stat().st_size
        fh = path.open("rb")
    except OSError as exc:
        yield _reject(name, "unreadable", f"cannot read ({exc.strerror or exc.__class__.__name__})")
        return
    gz = name.lower().endswith(".gz")
    with fh:
        start = 0
        while start < size:
            fh.seek(start)
            end = start  # end of the last complete record
            it = ArchiveIterator(fh)
            try:
                for rec in it:
                    item = _warc_record(rec, name, start, it, config)
                    end = it.get_record_offset() + it.get_record_length()  # warcio offsets are absolute (the stream was seeked)
                    if item is not None:
                        yield item
            except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError, AttributeError) as exc:
                yield _reject(f"{name}@{end}", "truncated", f"corrupt or truncated WARC record ({_why_warc(exc)})")
                nxt = _next_record_start(fh, end + 1, gz)
                if nxt is None:
                    return
                start = nxt
                continue
            fh.seek(end)
            if fh.read(64).strip(b"\r\n\x00 "):
                yield _reject(f"{name}@{end}", "truncated", "truncated WARC record at the end of the file")
            return


def _next_record_start(fh: BinaryIO, pos: int, gz: bool) -> int | None:
    """Byte offset of the next gzip member (``.gz``) or ``WARC/`` line after ``pos``, or None."""
    marker = _GZIP_MAGIC if gz else b"\nWARC/"
    fh.seek(pos)
    buf_start, tail = pos, b""
    while True:
        chunk = fh.read(1 << 20)
        if not chunk:
            return None
        data = tail + chunk
        i = data.find(marker)
        if i >= 0:
            return buf_start - len(tail) + i + (0 if gz else 1)
        tail = data[-(len(marker) - 1):]
        buf_start += len(chunk)


def _warc_record(rec: Any, name: str, start: int, it: Any, config: Config) -> Record | None:
    """The article of one WARC record, a reject, or ``None`` for a record that is no article."""
    if rec.rec_type != "response" or rec.http_headers is None:
        rec.content_stream().read()
        return None
    status = rec.http_headers.get_statuscode()
    ctype = (rec.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if status != "200" or ctype not in HTML_CONTENT_TYPES:
        rec.content_stream().read()
        return None
    limit = config.max_input_bytes
    stream = rec.content_stream()
    data = stream.read(limit + 1)
    source = f"{name}@{it.get_record_offset()}"
    if len(data) > limit:
        while stream.read(1 << 20):
            pass
        return _reject(source, "too-large", f"over the limit of {limit:,} bytes (set SAIDWHAT_MAX_INPUT_BYTES or Config.max_input_bytes)")
    if getattr(rec.raw_stream, "limit", 0):
        return _reject(source, "truncated", f"truncated WARC record ({rec.raw_stream.limit:,} bytes missing)")
    return warc_payload_record(source, data, rec.rec_headers.get_header("WARC-Target-URI"),
                               rec.rec_headers.get_header("WARC-Date"), config)


def warc_payload_record(source: str, data: bytes, url: str | None, crawled: str | None,
                        config: Config | None = None) -> Record:
    """One WARC ``response`` record's payload (``data``: the HTTP body, bytes) as a :class:`Record`.

    Shared by the warcio reader here and the FastWARC shard reader of :mod:`saidwhat.batch.shards`
    (the two read the record differently and hand over the same things). ``url`` is the record's
    ``WARC-Target-URI`` and ``crawled`` its ``WARC-Date`` (kept as ``crawled``; the page's own date,
    when the HTML gives one, as ``published``). Never raises: an input the decoder refuses
    (:class:`saidwhat.errors.InputError`) comes back as a rejected record with its cause.
    """
    from ..article.inputs import document_from_bytes

    try:
        doc = document_from_bytes(data, name=source, html=True, source=source, url=url, config=config)
    except InputError as exc:
        return _reject(source, cause_of(exc), str(exc))
    md: dict[str, Any] = {"source": source, "url": url or doc.meta.get("url")}
    if doc.meta.get("date"):
        md["published"] = doc.meta["date"]
    if doc.title:
        md["title"] = doc.title
    if crawled:
        md["crawled"] = crawled
    return Record(source, doc.text, doc.title, {k: v for k, v in md.items() if v}, dict(doc.meta))
