"""Batch inputs → shards, and the records of one shard.

A *shard* is the unit of work of a batch run (one Dask task, one Parquet file per table, one line
of the manifest):

- a WARC file (``.warc``, ``.warc.gz``), local or an ``fsspec`` URL (``s3://…``, ``https://…``),
  read with FastWARC (:func:`read_warc`);
- a JSONL file (``.jsonl``/``.ndjson``, optionally ``.gz``), local or an ``fsspec`` URL;
- the ``.txt``/``.html`` files of one local folder (its WARC and JSONL files are shards of their
  own; each sub-folder is walked the same way);
- a single local text or HTML file named on the command line.

A ``*.paths`` or ``*.paths.gz`` file (Common Crawl's ``warc.paths.gz`` layout) lists shards, one
path or URL a line; a relative path is taken relative to the list's folder. For CC-NEWS, whose
lists hold paths relative to the public bucket, prefix them first, e.g.
``zcat warc.paths.gz | sed 's|^|https://data.commoncrawl.org/|' > cc-news.paths``.

Records are :class:`saidwhat.corpus.readers.Record` items, exactly as ``saidwhat ingest`` reads
them (same sources, same metadata, same reject causes), so a batch run and an ingest of the same
inputs count the same articles and rejects.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from ..config import Config
from ..corpus.readers import (
    HTML_CONTENT_TYPES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    WARC_SUFFIXES,
    Record,
    _next_record_start,
    read_jsonl_lines,
    read_records,
    warc_payload_record,
)
from ..errors import InputError

PATHS_SUFFIXES = (".paths", ".paths.gz")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_KEY_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


def is_url(uri: str) -> bool:
    """Whether ``uri`` names a remote file (``scheme://…``; ``file://`` counts as local)."""
    return bool(_SCHEME.match(uri)) and not uri.lower().startswith("file://")


def _kind_of(name: str) -> str | None:
    low = name.lower()
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(PATHS_SUFFIXES):
        return "paths"
    if low.endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
        return "files"
    return None


@dataclass(frozen=True)
class Shard:
    """One unit of work of a batch run.

    Attributes:
        uri: the WARC or JSONL file (a local path or an ``fsspec`` URL), or the folder whose
            text and HTML files it holds, or the one file named.
        kind: ``"warc"``, ``"jsonl"`` or ``"files"``.
        files: for ``"files"``: the local files, in sorted order.
    """

    uri: str
    kind: str
    files: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The stable name of its outputs: the file or folder name (``.warc.gz`` etc. dropped,
        characters other than letters, digits, ``._-`` replaced) and 10 hex digits of the SHA-1 of
        ``uri``, e.g. ``CC-NEWS-20170210120000-00000-3f2a9c01bd``."""
        name = self.uri.rstrip("/").rsplit("/", 1)[-1] or "root"
        low = name.lower()
        for suffix in sorted(WARC_SUFFIXES + JSONL_SUFFIXES, key=len, reverse=True):
            if low.endswith(suffix):
                name = name[: -len(suffix)]
                break
        stem = _KEY_CHARS.sub("_", name).strip("._")[:80] or "shard"
        return f"{stem}-{hashlib.sha1(self.uri.encode('utf-8')).hexdigest()[:10]}"


def _local(uri: str) -> str:
    return uri[len("file://"):] if uri.lower().startswith("file://") else uri


def _walk_folder(folder: Path) -> Iterator[Shard]:
    """A folder's shards: each WARC/JSONL file, and the text/HTML files of each folder (one shard
    a folder), walking sub-folders in sorted order and skipping hidden names."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        loose: list[str] = []
        for f in sorted(files):
            if f.startswith("."):
                continue
            kind = _kind_of(f)
            path = os.path.join(root, f)
            if kind in ("warc", "jsonl"):
                yield Shard(path, kind)
            elif kind == "files":
                loose.append(path)
        if loose:
            yield Shard(str(root), "files", tuple(loose))


def _read_paths_list(uri: str) -> Iterator[str]:
    """The non-blank, non-comment lines of a ``.paths`` list, relative paths resolved against the
    list's folder (local lists) or URL."""
    with open_binary(uri) as raw:
        fh: IO[bytes] = gzip.open(raw) if uri.lower().endswith(".gz") else raw  # type: ignore[assignment]
        data = fh.read().decode("utf-8")
    base = uri.rsplit("/", 1)[0] if is_url(uri) else str(Path(_local(uri)).parent)
    for line in data.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_url(line) or os.path.isabs(_local(line)):
            yield line
        else:
            yield f"{base}/{line}" if is_url(uri) else os.path.join(base, line)


def discover(inputs: list[str]) -> list[Shard]:
    """The shards of ``inputs`` (paths, folders, ``.paths`` lists, URLs), in order, each once.

    Raises:
        InputError: an input that does not exist (local), a URL or list entry that is neither
            a WARC nor a JSONL file, or a ``.paths`` list that can't be read; the message names
            every such input.
    """
    shards: list[Shard] = []
    problems: list[str] = []

    def add_file(uri: str, origin: str) -> None:
        kind = _kind_of(uri)
        if kind == "paths":
            problems.append(f"{origin}: a .paths list inside a list is not followed")
        elif kind in ("warc", "jsonl"):
            shards.append(Shard(uri, kind))
        elif is_url(uri):
            problems.append(f"{uri}: a URL must name a .warc[.gz] or .jsonl[.gz] file")
        else:
            shards.append(Shard(uri, "files", (uri,)))

    for raw in inputs:
        uri = os.fspath(raw)
        kind = _kind_of(uri)
        if kind == "paths":
            if not is_url(uri) and not os.path.isfile(_local(uri)):
                problems.append(f"{uri}: no such file")
                continue
            try:
                entries = list(_read_paths_list(uri))
            except (OSError, UnicodeDecodeError, EOFError) as exc:
                problems.append(f"{uri}: cannot read the list ({exc.__class__.__name__}: {exc})")
                continue
            for entry in entries:
                add_file(entry, uri)
        elif is_url(uri):
            add_file(uri, uri)
        elif os.path.isdir(_local(uri)):
            shards.extend(_walk_folder(Path(_local(uri))))
        elif os.path.isfile(_local(uri)):
            add_file(uri, uri)
        else:
            problems.append(f"{uri}: no such file or folder")
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise InputError("; ".join(problems[:5]) + more)
    seen: set[str] = set()
    unique = []
    for s in shards:
        if s.uri not in seen:
            seen.add(s.uri)
            unique.append(s)
    return unique


def open_binary(uri: str) -> IO[bytes]:
    """A seekable binary stream of a local path or an ``fsspec`` URL (the caller closes it).

    Raises:
        OSError: it can't be opened (missing, no permission, network); ``ImportError`` when a
            URL's protocol needs a package that is not installed (``s3fs`` for ``s3://``).
    """
    if not is_url(uri):
        return open(_local(uri), "rb")
    import fsspec

    return fsspec.open(uri, "rb").open()  # type: ignore[no-any-return]


def read_shard(shard: Shard, *, config: Config) -> Iterator[Record]:
    """Every article (or rejected record) of ``shard``, in order, as ``saidwhat ingest`` reads
    it. A bad record is a rejected :class:`Record`; the shard goes on.

    Raises:
        OSError: the shard itself can't be opened or read (a missing file, a network error):
            the batch task fails and Dask retries it.
    """
    if shard.kind == "warc":
        yield from read_warc(shard.uri, config=config)
    elif shard.kind == "jsonl":
        if not is_url(shard.uri):
            if not os.path.isfile(_local(shard.uri)):
                raise FileNotFoundError(2, "no such file", shard.uri)
            yield from read_records([_local(shard.uri)], config=config)
            return
        with open_binary(shard.uri) as raw:
            fh: IO[bytes] = gzip.open(raw) if shard.uri.lower().endswith(".gz") else raw  # type: ignore[assignment]
            yield from read_jsonl_lines(fh, shard.uri, config=config)
    else:
        missing = [f for f in shard.files if not os.path.isfile(f)]
        if missing:
            raise FileNotFoundError(2, "no such file", missing[0])
        yield from read_records(list(shard.files), config=config)


# -- WARC with FastWARC --------------------------------------------------------------------------

def _reject(source: str, cause: str, message: str) -> Record:
    return Record(source=source, cause=cause, message=f"{source}: {message}")


def _next_start(fh: IO[bytes], pos: int, gz: bool) -> int | None:
    """Byte offset of the next gzip member (``.gz``) or ``WARC/`` line at or after ``pos``
    (:func:`saidwhat.corpus.readers._next_record_start`, which looks after ``pos``)."""
    if not gz and pos == 0:
        fh.seek(0)
        if fh.read(5) == b"WARC/":
            return 0
    return _next_record_start(fh, max(pos - (0 if gz else 1), 0), gz)


def _incomplete_member(fh: IO[bytes], start: int) -> int | None:
    """The offset of the first gzip member at or after ``start`` that is corrupt or breaks off
    before its end (a file cut short), or ``None`` when every member to the end is whole."""
    fh.seek(start)
    pos = member = start
    d = zlib.decompressobj(31)
    fed = False  # whether the current member has been given any bytes
    buf, buf_at = b"", start
    while True:
        if not buf:
            buf, buf_at = fh.read(1 << 16), pos
            pos += len(buf)
            if not buf:
                return member if fed else None
        fed = True
        try:
            d.decompress(buf)
        except zlib.error:
            return member
        if not d.eof:
            buf = b""
            continue
        rest = d.unused_data
        member = buf_at + len(buf) - len(rest)
        buf, buf_at = rest, member
        d, fed = zlib.decompressobj(31), False


def read_warc(uri: str, *, config: Config) -> Iterator[Record]:
    """The article records of a WARC file (``.warc`` or ``.warc.gz``, local or an ``fsspec``
    URL), read with FastWARC.

    As :func:`saidwhat.corpus.readers.read_warc`: HTTP ``response`` records with status 200 and
    an HTML content type are articles (text, title and date by trafilatura/htmldate), other
    records are skipped. A record whose ``WARC-Block-Digest`` does not match, or whose payload
    is shorter than its ``Content-Length``, is rejected as ``truncated``; a corrupt gzip member or
    record header is rejected as ``truncated`` and reading resumes at the next gzip member (or
    ``WARC/`` line), so one bad record never ends the shard; a file cut short ends with one
    ``truncated`` reject. Sources are ``URI@OFFSET``, the record's byte offset in the file.

    Raises:
        OSError: the file can't be opened.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    gz = uri.lower().endswith(".gz")
    with open_binary(uri) as fh:
        pos: int | None = 0
        while pos is not None:
            fh.seek(pos)
            last: int | None = None       # start of the last record handled
            last_bad = False              # ... and whether it was rejected as corrupt
            current: int | None = None    # start of the record being read
            try:
                for rec in ArchiveIterator(fh, parse_http=False, stream_detect=gz):
                    current = rec.stream_pos  # absolute: FastWARC counts from the start of the file
                    item = _warc_record(rec, uri, current, config) if rec.record_type == WarcRecordType.response else None
                    last, last_bad, current = current, bool(item and item.cause == "truncated"), None
                    if item is not None:
                        yield item
            except OSError as exc:
                if current is not None:
                    failing: int | None = current
                elif last is not None and last_bad:
                    failing = None  # the damage is the record already rejected
                else:
                    failing = _next_start(fh, pos if last is None else last + 1, gz)
                    if failing is None and last is None:
                        failing = pos  # nothing readable from here to the end
                if failing is not None:
                    yield _reject(f"{uri}@{failing}", "truncated", f"corrupt or truncated WARC record ({exc})")
                resume_after = failing if failing is not None else last
                pos = None if resume_after is None else _next_start(fh, resume_after + 1, gz)
                continue
            if gz:
                cut = _incomplete_member(fh, pos if last is None else last)
                if cut is not None and not (cut == last and last_bad):
                    yield _reject(f"{uri}@{cut}", "truncated", "truncated WARC record at the end of the file")
            pos = None


def _warc_record(rec: Any, uri: str, offset: int, config: Config) -> Record | None:
    """The article of one WARC response record, a reject, or ``None`` for a record that is no
    article (see :func:`read_warc`)."""
    source = f"{uri}@{offset}"
    digest = rec.headers.get("WARC-Block-Digest")
    if digest and not rec.verify_block_digest(consume=False):
        return _reject(source, "truncated", "corrupt or truncated WARC record (block digest mismatch)")
    rec.parse_http(auto_decode="all")
    http = rec.http_headers
    if http is None:
        return None
    ctype = (http.get("Content-Type") or "").split(";")[0].strip().lower()
    if http.status_code != 200 or ctype not in HTML_CONTENT_TYPES:
        return None
    limit = config.max_input_bytes
    data = rec.reader.read(limit + 1)
    if len(data) > limit:
        return _reject(source, "too-large", f"over the limit of {limit:,} bytes (set SAIDWHAT_MAX_INPUT_BYTES or "
                                            "Config.max_input_bytes)")
    if not digest and len(data) < rec.content_length:
        return _reject(source, "truncated", f"truncated WARC record ({rec.content_length - len(data):,} bytes missing)")
    return warc_payload_record(source, data, rec.headers.get("WARC-Target-URI"), rec.headers.get("WARC-Date"), config)
