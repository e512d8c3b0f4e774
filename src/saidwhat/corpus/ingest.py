"""Ingest: read inputs, extract attributions (in parallel), write each article to the store.

Idempotent and resumable: an article is keyed by the SHA-256 of its text; a text already stored
is not extracted again (unless ``force``), so a re-run adds nothing and a run stopped at any
point (even by SIGKILL) continues where it stopped: every article is committed in its own
transaction, after its extraction.

Every input of a text is an *appearance* (url, outlet, published date, source): a text that
another outlet republished is stored once and gets one more appearance; the same input read
again adds none (see :meth:`saidwhat.corpus.store.Store.add_appearance`).
"""

from __future__ import annotations

import os
import re
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import urlsplit

from ..config import Config
from ..engine import text_sha256
from ..errors import InputError, SaidwhatError
from ..parallel import Extractor, extract_parallel
from ..parallel import extract_batch as _extract_batch  # noqa: F401  (the old private names, re-exported)
from ..parallel import init_worker as _init_worker  # noqa: F401
from ..types import Article
from .readers import Record, cause_of, read_records
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


def with_outlet(metadata: dict[str, Any], outlet: str | None) -> dict[str, Any]:
    """``metadata`` with ``outlet`` added when it gives neither an outlet nor a URL with a host
    (a folder of one outlet's text files: ``--outlet``); unchanged otherwise."""
    if outlet and not metadata.get("outlet") and not outlet_of(metadata.get("url")):
        return {**metadata, "outlet": outlet}
    return metadata


def timed(items: Iterable[Any], timing: dict[str, float], key: str) -> Iterator[Any]:
    """``items``, adding the seconds spent producing each one to ``timing[key]``."""
    it = iter(items)
    while True:
        t = time.perf_counter()
        try:
            item = next(it)
        except StopIteration:
            return
        finally:
            timing[key] += time.perf_counter() - t
        yield item


@dataclass(frozen=True)
class Outcome:
    """What became of one input record in :func:`extract_records`.

    Attributes:
        record: the record.
        key: the SHA-256 of its text (``None`` for a record the reader rejected).
        article: the extracted article (``kind == "extracted"``).
        cause: why it was rejected (``kind == "rejected"``): the reader's cause, an
            :class:`~saidwhat.errors.InputError`'s cause, or ``"extraction-error"``.
        message: a one-line message naming the input (rejected records).
        repeats: records of the same text read while it was being extracted (a republished
            article), in reading order; they were not extracted again.
    """

    record: Record
    key: str | None = None
    article: Article | None = None
    cause: str | None = None
    message: str | None = None
    repeats: tuple[Record, ...] = ()

    @property
    def kind(self) -> str:
        """``"rejected"``, ``"known"`` (its text was ``known``: not extracted) or ``"extracted"``."""
        if self.cause is not None:
            return "rejected"
        return "extracted" if self.article is not None else "known"


def extract_records(records: Iterable[Record], *, known: Callable[[str], bool], skipped: Callable[[Outcome], None],
                    n_process: int, config: Config, extractor: Extractor | None = None) -> Iterator[Outcome]:
    """Extract the text of each record once, isolating failures: the loop shared by
    :func:`ingest` and the batch tasks (:func:`saidwhat.batch.run.process_shard`).

    Every record gets one :class:`Outcome`, except a record whose text is being extracted,
    which becomes one of that text's ``repeats``:

    - a record the reader rejected (``rejected``, the reader's cause, ``key`` ``None``) and a
      record whose text is ``known(key)`` (``known``: already stored, or already extracted by the
      caller; not extracted again) are passed to ``skipped`` as they are read, so nothing piles
      up on an input of known texts (a re-run);
    - every other text is extracted through :func:`saidwhat.parallel.extract_parallel`
      (``n_process`` processes) and yielded, in reading order: ``extracted``, or ``rejected``
      when the engine fails on it (an :class:`~saidwhat.errors.InputError`'s cause, else
      ``"extraction-error"``); the others go on.

    ``known`` is asked as each record is read, after the yielded outcomes of the texts read
    before it were handled, so a caller that marks what it writes sees a later copy as known.

    Raises:
        SaidwhatError: an extraction worker process died.
        ModelError: the pipeline can't be loaded.
    """
    pending: deque[tuple[Record, str]] = deque()
    in_flight: dict[str, list[Record]] = {}  # text key -> its repeats so far

    def todo() -> Iterator[tuple[str, dict[str, Any]]]:
        for rec in records:
            if rec.cause is not None or rec.text is None:
                skipped(Outcome(rec, cause=rec.cause or "invalid-input", message=rec.message or rec.source))
                continue
            key = text_sha256(rec.text)
            if key in in_flight:
                in_flight[key].append(rec)
            elif known(key):
                skipped(Outcome(rec, key))
            else:
                in_flight[key] = []
                pending.append((rec, key))
                yield rec.text, {"title": rec.title, "meta": rec.meta, "name": rec.source}

    for result in extract_parallel(todo(), n_process=n_process, config=config, extractor=extractor):
        rec, key = pending.popleft()
        repeats = tuple(in_flight[key])
        if isinstance(result, SaidwhatError):
            cause = cause_of(result) if isinstance(result, InputError) else "extraction-error"
            yield Outcome(rec, key, cause=cause, message=str(result), repeats=repeats)
        else:
            yield Outcome(rec, key, article=result, repeats=repeats)
        del in_flight[key]  # after the caller handled it: a copy read from now on asks `known`


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
        (and ``replace`` is false): ``metadata`` is then recorded as one more appearance of it
        (unless it is one already: the same url, else source, else outlet and date). A replaced
        article keeps its appearances.

    Raises:
        StoreError: the database can't be written.
    """
    md = normalize_metadata(metadata)
    key = article.text_sha256
    with store.transaction() as c:
        if store.has_article(key):
            if not replace:
                store.add_appearance(key, md)
                return False
            kept = c.execute("SELECT url, outlet, published, source, place, added_at FROM appearances WHERE article_id = ? "
                             "ORDER BY id", (key,)).fetchall()
            store.delete_article(key)
            store.insert_article(article, md)
            for r in kept:  # the earlier appearances stay, each with the time it was first recorded
                c.execute("INSERT INTO appearances (article_id, url, outlet, published, source, place, added_at) "
                          "VALUES (?,?,?,?,?,?,?) ON CONFLICT(article_id, place) DO UPDATE SET added_at = excluded.added_at",
                          (key, r["url"], r["outlet"], r["published"], r["source"], r["place"], r["added_at"]))
        else:
            store.insert_article(article, md)
        if md.get("source"):
            store.clear_reject(str(md["source"]))
    return True


def add_appearance(store: Store, article_id: str, metadata: dict[str, Any] | None = None) -> bool:
    """Record one more appearance (``url``, ``outlet``, ``published``, ``source``: see
    :func:`normalize_metadata`) of a stored text, in its own transaction.

    Returns:
        Whether it was new (``False`` also when no article has this id).

    Raises:
        StoreError: the database can't be written.
    """
    md = normalize_metadata(metadata)
    with store.transaction():
        if not store.has_article(article_id):
            return False
        added = store.add_appearance(article_id, md)
        if md.get("source"):
            store.clear_reject(str(md["source"]))
    return added


@dataclass(frozen=True)
class IngestSummary:
    """What an ingest run did.

    Attributes:
        ingested: articles extracted and written (replaced ones included, with ``force``).
        already_present: inputs whose text was already stored (or repeated in this run).
        rejected: ``{cause: count}`` of inputs that could not be ingested (see
            :class:`~saidwhat.corpus.readers.Record` for the causes; ``extraction-error`` for
            an engine failure).
        failures: ``(source, cause, message)`` of the first rejected inputs (at most 100).
        words: words (``\\w+``) in the ingested articles.
        seconds: wall-clock time of the run.
        store_seconds: time spent writing to the store (part of ``seconds``).
        read_seconds: time spent reading and decoding inputs and checking for known texts.
        run_id: the ``runs`` row of this run.
        appearances: new appearances among ``already_present``: inputs of a stored text from
            another url, source or outlet (a republished article).
    """

    ingested: int = 0
    already_present: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    failures: tuple[tuple[str, str, str], ...] = ()
    words: int = 0
    seconds: float = 0.0
    store_seconds: float = 0.0
    read_seconds: float = 0.0
    run_id: int | None = None
    appearances: int = 0

    @property
    def n_rejected(self) -> int:
        """All rejected inputs."""
        return sum(self.rejected.values())

    @property
    def articles_per_second(self) -> float:
        """Ingested articles per second of the run."""
        return self.ingested / self.seconds if self.seconds > 0 else 0.0

    @property
    def status(self) -> str:
        """``"ok"`` (nothing rejected), ``"some-failed"`` or ``"all-failed"`` (nothing
        ingested or present, something rejected)."""
        if not self.n_rejected:
            return "ok"
        return "all-failed" if not (self.ingested or self.already_present) else "some-failed"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (with ``n_rejected``, ``articles_per_second`` and ``status``)."""
        return {"ingested": self.ingested, "already_present": self.already_present, "appearances": self.appearances,
                "rejected": dict(self.rejected),
                "n_rejected": self.n_rejected, "status": self.status,
                "failures": [{"source": s, "cause": c, "message": m} for s, c, m in self.failures],
                "words": self.words, "seconds": round(self.seconds, 3), "store_seconds": round(self.store_seconds, 3),
                "read_seconds": round(self.read_seconds, 3), "articles_per_second": round(self.articles_per_second, 3),
                "run_id": self.run_id}


_WORD = re.compile(r"\w+")
MAX_FAILURES_KEPT = 100


class _Progress:
    """A rich progress display on stderr (articles done, articles/s), or nothing."""

    def __init__(self, enabled: bool) -> None:
        self.bar: Any = None
        if enabled:
            from rich.console import Console
            from rich.progress import (
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self.bar = Progress(SpinnerColumn(), TextColumn("[bold]ingest[/]"), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]:.1f} articles/s"),
                                TextColumn("new {task.fields[new]} · present {task.fields[present]} · rejected {task.fields[bad]}"),
                                TimeElapsedColumn(), console=Console(stderr=True), transient=False)
            self.task = self.bar.add_task("ingest", total=None, rate=0.0, new=0, present=0, bad=0)
            self.bar.start()
        self.t0 = time.perf_counter()

    def update(self, new: int, present: int, bad: int) -> None:
        if self.bar is not None:
            dt = time.perf_counter() - self.t0
            self.bar.update(self.task, completed=new + present + bad, rate=new / dt if dt > 0 else 0.0,
                            new=new, present=present, bad=bad)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def ingest(paths: Iterable[str | os.PathLike[str]], *, db: str | os.PathLike[str] | Store, processes: int = 1,
           force: bool = False, progress: bool = True, config: Config | None = None,
           outlet: str | None = None, extractor: Extractor | None = None) -> IngestSummary:
    """Read ``paths`` (files and folders of .txt, .html, .jsonl, .warc[.gz]), extract who said
    what in every new article and store it.

    Idempotent and resumable: a text whose SHA-256 is already stored is not extracted again
    (``already_present``), unless ``force`` (then it is re-extracted and replaced); its input is
    recorded as one more appearance of it when it is a new one (another url, source, or outlet
    and date: ``appearances``), so a re-run adds nothing. Each article
    is committed alone after its extraction, so an interrupted run (even by SIGKILL) loses no
    committed article and the next run continues. Bad records are recorded in the ``rejects``
    table with their cause; the run goes on.

    Args:
        paths: files and folders (walked recursively in sorted order).
        db: the database path (created when missing) or an open :class:`Store`.
        processes: extraction processes (see :func:`saidwhat.parallel.extract_parallel`).
        force: re-extract and replace articles already stored.
        progress: show a progress bar on stderr.
        config: limits and model choice; ``Config.from_env()`` when ``None``.
        outlet: the outlet of inputs that give neither an outlet nor a URL (a folder of one
            outlet's text files).
        extractor: a callable like :func:`saidwhat.extract_many` (the default), called on
            batches with ``n_process=1``; with several processes it must be picklable.

    Returns:
        An :class:`IngestSummary`.

    Raises:
        StoreError: the database can't be opened or written.
        InputError: ``processes`` is below 1.
        ModelError: the spaCy model can't be loaded.
    """
    if processes < 1:
        raise InputError(f"processes must be 1 or more, got {processes}")
    cfg = config or Config.from_env()
    paths = [os.fspath(p) for p in paths]
    store = db if isinstance(db, Store) else Store(db)
    t0 = time.perf_counter()
    counts: Counter[str] = Counter()
    failures: list[tuple[str, str, str]] = []
    timing = {"store": 0.0, "read": 0.0}
    words = ingested = present = appeared = 0
    written: set[str] = set()  # with force: texts written in this run (not extracted again)
    bar = _Progress(progress)
    run_id = store.start_run(paths, processes, force)

    def reject(source: str, cause: str, message: str) -> None:
        counts[cause] += 1
        if len(failures) < MAX_FAILURES_KEPT:
            failures.append((source, cause, message))
        t = time.perf_counter()
        store.record_reject(source, cause, message, run_id)
        timing["store"] += time.perf_counter() - t

    def appearance(key: str, rec: Record) -> None:
        nonlocal appeared
        t = time.perf_counter()
        appeared += add_appearance(store, key, with_outlet(rec.metadata, outlet))
        timing["store"] += time.perf_counter() - t

    def known(key: str) -> bool:
        t = time.perf_counter()
        try:
            return key in written or (not force and store.has_article(key))
        finally:
            timing["read"] += time.perf_counter() - t

    def skipped(o: Outcome) -> None:
        nonlocal present
        if o.kind == "rejected":
            reject(o.record.source, str(o.cause), str(o.message))
        else:  # already stored (or written by this run): one more appearance of it
            present += 1
            appearance(str(o.key), o.record)
        bar.update(ingested, present, sum(counts.values()))

    try:
        records = timed(read_records(paths, config=cfg), timing, "read")
        for o in extract_records(records, known=known, skipped=skipped, n_process=processes, config=cfg, extractor=extractor):
            present += len(o.repeats)  # read while their text was being extracted
            if o.article is None:
                reject(o.record.source, str(o.cause), str(o.message))
            else:
                t = time.perf_counter()
                add_article(store, o.article, with_outlet(o.record.metadata, outlet), replace=force)
                timing["store"] += time.perf_counter() - t
                if force:  # later copies in this run stay "present" (the store would say so without force)
                    written.add(str(o.key))
                for rep in o.repeats:
                    appearance(o.article.text_sha256, rep)
                ingested += 1
                words += len(_WORD.findall(o.article.text))
            bar.update(ingested, present, sum(counts.values()))
    finally:
        bar.close()
        seconds = time.perf_counter() - t0
        store.finish_run(run_id, ingested=ingested, present=present, rejected=sum(counts.values()), appeared=appeared)
        if not isinstance(db, Store):
            store.close()
    return IngestSummary(ingested, present, dict(sorted(counts.items())), tuple(failures), words, seconds,
                         timing["store"], timing["read"], run_id, appeared)
