"""The manifest of a batch output folder: ``OUT/manifest.jsonl``, one JSON line per finished
shard, appended by the driver (never by a worker) after the shard's files were renamed into
place. A shard is *done* when it has a line and its three files exist; a line cut short by a crash
is ignored (that shard is simply run again).

Each line: ``shard`` (its URI), ``key``, ``kind``, ``files`` (``{table: path relative to
OUT}``), ``records`` (records read: articles, duplicates and rejects), ``articles``,
``attributions``, ``duplicates`` (texts repeated within the shard, extracted once),
``rejected`` (``{cause: count}``), ``words``, ``seconds`` (the task's wall time),
``read_seconds`` (of it, reading the shard: WARC/JSONL decoding, HTML → text),
``write_seconds`` (building and writing the Parquet rows; the rest is extraction),
``cpu_seconds`` (CPU time of the worker process meanwhile), ``started_at``, ``finished_at``,
``worker`` (the Dask worker's address), ``host``, ``pid``, ``peak_rss_mib`` (the worker
process's peak resident memory so far), ``mode`` and ``saidwhat`` (the version).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .parquet import TABLES, final_path

MANIFEST = "manifest.jsonl"


def manifest_path(out: str | os.PathLike[str]) -> Path:
    """``OUT/manifest.jsonl``."""
    return Path(out) / MANIFEST


def read_manifest(out: str | os.PathLike[str]) -> dict[str, dict[str, Any]]:
    """``{shard key: its entry}`` of the finished shards (the last line of a key wins; unreadable
    lines are skipped). Empty when there is no manifest."""
    path = manifest_path(out)
    entries: dict[str, dict[str, Any]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return entries
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("key"), str):
            entries[entry["key"]] = entry
    return entries


def is_done(out: str | os.PathLike[str], entry: dict[str, Any] | None) -> bool:
    """Whether a shard with this manifest entry is done: the entry exists and its files too."""
    return entry is not None and all(final_path(out, t, entry["key"]).is_file() for t in TABLES)


def append_entry(out: str | os.PathLike[str], entry: dict[str, Any]) -> None:
    """Append one line and ``fsync`` it (a line left unterminated by a crash is closed first)."""
    path = manifest_path(out)
    line = json.dumps(entry, ensure_ascii=False, sort_keys=False) + "\n"
    with open(path, "a+b") as fh:
        fh.seek(0, os.SEEK_END)
        if fh.tell() > 0:
            fh.seek(-1, os.SEEK_END)
            if fh.read(1) != b"\n":
                line = "\n" + line
        fh.write(line.encode("utf-8"))
        fh.flush()
        os.fsync(fh.fileno())
