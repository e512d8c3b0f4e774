"""Ingest: read inputs, extract attributions (in parallel), write each article to the store.

Idempotent and resumable: an article is keyed by the SHA-256 of its text; a text already stored
is not extracted again (unless ``force``), so a re-run adds nothing and a run stopped at any
point (even by SIGKILL) continues where it stopped: every article is committed in its own
transaction, after its extraction.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import urlsplit

from ..config import Config
from ..errors import InputError, InputTooLargeError, SaidwhatError, StoreError
from ..types import Article
from .store import Store

#: Metadata keys stored as columns of ``articles`` (all metadata is kept as JSON too).
METADATA_COLUMNS = ("url", "outlet", "published", "source")


def outlet_of(url: str | None) -> str | None:
    """The outlet named by a URL: its host, lowercased, without ``www.``
    ("https://www.apnews.com/x" → ``"apnews.com"``); ``None`` when there is no host."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def normalize_date(value: Any) -> str | None:
    """An ISO 8601 date ``YYYY-MM-DD`` from a date, datetime, ISO string or RFC 2822 string
    ("Fri, 10 Feb 2017 12:00:00 GMT"); ``None`` when it can't be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def normalize_metadata(metadata: dict[str, Any] | None) -> dict[str, Any]:
    """Corpus metadata with ``outlet`` from the URL's domain when not given and ``published``
    as ``YYYY-MM-DD`` (the raw value kept as ``published_raw`` when it differs)."""
    md = {k: v for k, v in (metadata or {}).items() if v is not None and v != ""}
    if md.get("outlet"):
        md["outlet"] = str(md["outlet"]).strip()
    elif md.get("url"):
        outlet = outlet_of(str(md["url"]))
        if outlet:
            md["outlet"] = outlet
    if "published" in md:
        iso = normalize_date(md["published"])
        if iso != md["published"]:
            md["published_raw"] = str(md["published"])
        if iso:
            md["published"] = iso
        else:
            del md["published"]
    return md


def add_article(store: Store, article: Article, metadata: dict[str, Any] | None = None, *, replace: bool = False) -> bool:
    """Write one extracted article with its speakers (linked to corpus entities) and
    attributions, in one transaction.

    Args:
        store: an open store.
        article: the engine's result (its ``text_sha256`` is the key).
        metadata: ``url``, ``title``, ``outlet``, ``published``, ``source`` and any other
            JSON-ready values (see :func:`normalize_metadata`).
        replace: replace a stored article with the same text (``--force``).

    Returns:
        ``True`` when written, ``False`` when an article with the same text was already stored
        (and ``replace`` is false).

    Raises:
        StoreError: the database can't be written.
    """
    md = normalize_metadata(metadata)
    with store.transaction():
        if store.has_article(article.text_sha256):
            if not replace:
                return False
            store.delete_article(article.text_sha256)
        store.insert_article(article, md)
        if md.get("source"):
            store.clear_reject(str(md["source"]))
    return True
