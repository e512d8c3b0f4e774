"""The Dask driver of a batch run: shards → tasks → Parquet files and the manifest.

One task per shard (``client.map`` with ``retries=``), on a ``LocalCluster`` of worker processes
(``workers=N``) or on any running Dask scheduler (``scheduler="tcp://HOST:PORT"``: Kubernetes,
Slurm through dask-jobqueue, a cloud cluster). Each worker loads the pipeline once, when it
starts (:class:`saidwhat.batch.plugin.PipelinePlugin`, a ``WorkerPlugin``: the model is never pickled with a task);
each task reads its shard, extracts every new text through :func:`saidwhat.parallel.extract_parallel`
(the one parallel path: a bad document becomes a reject, the shard goes on) and writes its three
Parquet files under temporary names, renamed into place when complete
(:class:`saidwhat.batch.parquet.ShardWriter`). The driver appends a manifest line per finished
shard (:mod:`saidwhat.batch.manifest`).

Guarantees:
    - a re-run skips the shards already done (manifest line and files present) and writes
      nothing for them (``force=True`` runs them again);
    - a worker killed mid-shard (out of memory, a lost machine) leaves only temporary files;
      the scheduler runs the shard again on a live worker (Dask's ``allowed-failures``, 3 by
      default), and since every attempt writes the same final names by an atomic rename and only
      the driver writes the manifest, a shard is never written twice;
    - a task that raises (a network error reading ``s3://…``) is retried ``retries`` times, then
      counted as a failed shard; the other shards go on, and the next run tries it again.

The output folder must be one that every worker can write (a local disk for a ``LocalCluster``,
a shared file system for a cluster); run one batch at a time per output folder.
"""

from __future__ import annotations

import os
import re
import socket
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from ..config import Config
from ..errors import InputError, ModelError, SaidwhatError
from ..parallel import Extractor
from .manifest import append_entry, is_done, read_manifest
from .parquet import ShardWriter, remove_temporary
from .shards import Shard, discover, read_shard

_WORD = re.compile(r"\w+")
_SCHEDULER = re.compile(r"^(tcp|tls|inproc|ucx|ws|wss)://[^\s/]+$")
MAX_FAILURES_KEPT = 100


class BatchError(SaidwhatError):
    """A batch run could not start (the scheduler can't be reached, the output folder can't be
    written)."""


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("saidwhat")
    except Exception:  # noqa: BLE001  (not installed: running from a source tree)
        return "unknown"


def _utcnow() -> str:
    from ..corpus.store import utcnow

    return utcnow()


# -- on the worker ----------------------------------------------------------------------------

def _worker_identity() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return "local"


def _peak_rss_mib() -> float | None:
    try:
        import resource

        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    except (ImportError, OSError):
        return None


def process_shard(shard: Shard, out: str, config: Config, extractor: Extractor | None = None,
                  outlet: str | None = None) -> dict[str, Any]:
    """Read one shard, extract its articles and write its Parquet files (the Dask task).

    Records go through :func:`saidwhat.corpus.ingest.extract_records`, the loop ``saidwhat
    ingest`` runs, with the shard in place of the store: a text repeated within the shard (a
    republished article) is extracted once; each repeat is counted in ``duplicates`` and written
    as an articles row with ``duplicate`` true and its own metadata (url, outlet, date), without
    the text, record or attributions again. A bad record, or a text the engine fails on, is a
    reject counted by cause (as ``saidwhat ingest`` counts them), and the shard goes on.

    Args:
        shard: the shard.
        out: the output folder.
        config: limits and model choice.
        extractor: a callable like :func:`saidwhat.extract_many` (the default).
        outlet: the outlet of records that give neither an outlet nor a URL (``--outlet``).

    Returns:
        The shard's manifest entry (see :mod:`saidwhat.batch.manifest`).

    Raises:
        OSError: the shard can't be opened or read, or the output can't be written (Dask
            retries the task).
        ModelError: the pipeline can't be loaded.
    """
    from ..corpus.ingest import Outcome, extract_records, normalize_metadata, timed, with_outlet
    from ..corpus.readers import Record

    t0, cpu0 = time.perf_counter(), time.process_time()
    started = _utcnow()
    rejected: Counter[str] = Counter()
    totals = {"records": 0, "duplicates": 0, "articles": 0, "attributions": 0, "words": 0}
    timing = {"read": 0.0, "write": 0.0}
    extracted: set[str] = set()  # texts of this shard extracted so far
    writer = ShardWriter(out, shard.key, shard.uri)

    def metadata(rec: Record) -> dict[str, Any]:
        return normalize_metadata(with_outlet(rec.metadata, outlet))

    def records() -> Iterable[Record]:
        for rec in timed(read_shard(shard, config=config), timing, "read"):
            totals["records"] += 1
            yield rec

    def reject(o: Outcome) -> None:
        rejected[str(o.cause)] += 1
        writer.add_reject(o.record.source, str(o.cause), str(o.message))

    def skipped(o: Outcome) -> None:
        if o.kind == "rejected":
            reject(o)
        else:  # a repeat of a text extracted earlier in this shard
            totals["duplicates"] += 1
            writer.add_duplicate(str(o.key), metadata(o.record))

    try:
        for o in extract_records(records(), known=extracted.__contains__, skipped=skipped, n_process=1, config=config,
                                 extractor=extractor):
            totals["duplicates"] += len(o.repeats)  # read while their text was being extracted
            if o.article is None:  # the engine failed: its repeats get no row (load counts them present)
                reject(o)
                continue
            article = o.article
            words = len(_WORD.findall(article.text))
            t = time.perf_counter()
            writer.add_article(article, metadata(o.record), words)
            for rep in o.repeats:
                writer.add_duplicate(article.text_sha256, metadata(rep))
            timing["write"] += time.perf_counter() - t
            extracted.add(str(o.key))
            totals["articles"] += 1
            totals["attributions"] += len(article.attributions)
            totals["words"] += words
        t = time.perf_counter()
        files = writer.commit()
        timing["write"] += time.perf_counter() - t
    except BaseException:
        writer.abort()
        raise
    return {"shard": shard.uri, "key": shard.key, "kind": shard.kind, "files": files, **totals,
            "rejected": dict(sorted(rejected.items())), "seconds": round(time.perf_counter() - t0, 3),
            "read_seconds": round(timing["read"], 3), "write_seconds": round(timing["write"], 3),
            "cpu_seconds": round(time.process_time() - cpu0, 3), "started_at": started, "finished_at": _utcnow(),
            "worker": _worker_identity(), "host": socket.gethostname(), "pid": os.getpid(), "peak_rss_mib": _peak_rss_mib(),
            "mode": config.mode, "saidwhat": _version()}


# -- on the driver ----------------------------------------------------------------------------

@dataclass(frozen=True)
class BatchSummary:
    """What a batch run did.

    Attributes:
        out: the output folder.
        shards: shards found in the inputs.
        skipped: shards already done by an earlier run (nothing written for them).
        done: shards finished by this run.
        failed: ``(shard, message)`` of shards that failed after their retries (not in the
            manifest: the next run tries them again).
        articles, attributions, duplicates, words: totals of the shards done by this run.
        rejected: ``{cause: count}`` of rejected records in the shards done by this run.
        records: records read by this run's shards.
        seconds: wall time from the first task submitted to the last result (cluster start-up
            and pipeline loading excluded: see ``startup_seconds``).
        startup_seconds: time to start or reach the cluster and load the pipeline on its workers.
        workers: workers the run had at its start (0 when nothing had to run).
        entries: the manifest entries written by this run.
    """

    out: str
    shards: int = 0
    skipped: int = 0
    done: int = 0
    failed: tuple[tuple[str, str], ...] = ()
    articles: int = 0
    attributions: int = 0
    duplicates: int = 0
    records: int = 0
    words: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    startup_seconds: float = 0.0
    workers: int = 0
    entries: tuple[dict[str, Any], ...] = ()

    @property
    def n_rejected(self) -> int:
        """All rejected records."""
        return sum(self.rejected.values())

    @property
    def articles_per_second(self) -> float:
        """Articles per second of :attr:`seconds`."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    @property
    def status(self) -> str:
        """``"ok"`` (no failed shard, no rejected record), ``"all-failed"`` (something failed and
        nothing was written or skipped: every shard failed or every record was rejected) or
        ``"some-failed"``."""
        if not self.failed and not self.n_rejected:
            return "ok"
        if not (self.articles or self.duplicates or self.skipped):
            return "all-failed"
        return "some-failed"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (with ``n_rejected``, ``articles_per_second`` and ``status``)."""
        return {"out": self.out, "shards": self.shards, "skipped": self.skipped, "done": self.done,
                "failed": [{"shard": s, "message": m} for s, m in self.failed], "articles": self.articles,
                "attributions": self.attributions, "duplicates": self.duplicates, "records": self.records,
                "words": self.words, "rejected": dict(self.rejected), "n_rejected": self.n_rejected, "status": self.status,
                "seconds": round(self.seconds, 3), "startup_seconds": round(self.startup_seconds, 3),
                "articles_per_second": round(self.articles_per_second, 3), "workers": self.workers}


def check_scheduler(address: str) -> str:
    """``address`` if it looks like a Dask scheduler address (``tcp://HOST:PORT``, ``tls://…``).

    Raises:
        InputError: anything else.
    """
    if not _SCHEDULER.match(address.strip()):
        raise InputError(f"--scheduler: expected a Dask scheduler address such as tcp://HOST:8786, got {address!r}")
    return address.strip()


def _message(exc: BaseException | None) -> str:
    if exc is None:
        return "cancelled"
    text = " ".join(str(exc).split())
    return f"{exc.__class__.__name__}: {text}" if text else exc.__class__.__name__


def run_batch(inputs: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], *, scheduler: str | None = None,
              workers: int | None = None, mode: str | None = None, config: Config | None = None, retries: int = 2,
              force: bool = False, outlet: str | None = None, extractor: Extractor | None = None,
              load_pipeline: bool = True,
              on_shard: Callable[[dict[str, Any]], None] | None = None,
              on_failure: Callable[[str, str], None] | None = None) -> BatchSummary:
    """Run saidwhat over ``inputs`` on a Dask cluster; one Parquet file per shard and table
    under ``out``, and the manifest.

    Args:
        inputs: WARC and JSONL files (local or ``fsspec`` URLs), folders, ``.paths`` lists (see
            :mod:`saidwhat.batch.shards`).
        out: the output folder (created when missing).
        scheduler: the address of a running Dask scheduler (``tcp://HOST:8786``); when ``None``
            a ``LocalCluster`` of ``workers`` processes (one thread each) is started and closed.
        workers: worker processes of the ``LocalCluster`` (default: the CPUs of this machine).
        mode: ``"accurate"`` or ``"fast"`` (overrides ``config.mode``).
        config: limits and model choice; ``Config.from_env()`` when ``None``.
        retries: times a task that raised is run again before its shard counts as failed.
        force: run every shard again, also those already done (after a model change); each is
            replaced whole, by the same atomic rename, and gets a new manifest line (the last
            line of a shard is the one read).
        outlet: the outlet of records that give neither an outlet nor a URL (a folder of one
            outlet's text files), as ``saidwhat ingest --outlet``.
        extractor: a callable like :func:`saidwhat.extract_many` (the default); it is pickled with
            each task (tests use it; so can a custom engine).
        load_pipeline: load the pipeline on every worker at start (:class:`saidwhat.batch.plugin.PipelinePlugin`).
        on_shard: called with each manifest entry as its shard finishes (progress).
        on_failure: called with ``(shard, message)`` for each failed shard.

    Returns:
        A :class:`BatchSummary`.

    Raises:
        InputError: no shard in ``inputs``, a missing input, a bad scheduler address, both
            ``scheduler`` and ``workers`` given, ``workers`` or ``retries`` below range, an
            unknown mode.
        BatchError: the scheduler can't be reached, or ``out`` can't be created.
        ModelError: the pipeline can't be loaded on the workers.
    """
    if scheduler is not None and workers is not None:
        raise InputError("give either a scheduler address or a number of workers, not both")
    if workers is not None and workers < 1:
        raise InputError(f"workers must be 1 or more, got {workers}")
    if retries < 0:
        raise InputError(f"retries must be 0 or more, got {retries}")
    if scheduler is not None:
        scheduler = check_scheduler(scheduler)
    cfg = config or Config.from_env()
    if mode is not None:
        cfg = Config(**{**cfg.__dict__, "mode": mode})
    if cfg.mode not in ("accurate", "fast"):
        raise InputError(f"unknown mode {cfg.mode!r}: use 'accurate' or 'fast'")
    shards = discover([os.fspath(p) for p in inputs])
    if not shards:
        raise InputError("no shards: the inputs hold no .warc[.gz], .jsonl[.gz], .txt or .html file")
    out_dir = Path(out)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"{out_dir}: cannot create the output folder ({exc.strerror or exc})") from exc
    if not out_dir.is_dir():
        raise BatchError(f"{out_dir}: not a folder")
    remove_temporary(out_dir)
    manifest = read_manifest(out_dir)
    todo = list(shards) if force else [s for s in shards if not is_done(out_dir, manifest.get(s.key))]
    skipped = len(shards) - len(todo)
    if not todo:
        return BatchSummary(str(out_dir), shards=len(shards), skipped=skipped)

    t_start = time.perf_counter()
    client, cluster = _connect(scheduler, workers if workers is not None else (os.cpu_count() or 1))
    entries: list[dict[str, Any]] = []
    failed: list[tuple[str, str]] = []
    try:
        if load_pipeline:
            from .plugin import PipelinePlugin

            try:
                client.register_plugin(PipelinePlugin(cfg), name=PipelinePlugin.name)
            except ModelError:
                raise
            except Exception as exc:  # noqa: BLE001  (whatever the workers raised while loading)
                raise ModelError(f"cannot load the pipeline on the workers: {_message(exc)}") from exc
        n_workers = len(client.scheduler_info().get("workers", {}))
        startup = time.perf_counter() - t_start
        t0 = time.perf_counter()
        from distributed import as_completed

        token = os.urandom(4).hex()
        futures = client.map(process_shard, todo, out=str(out_dir), config=cfg, extractor=extractor, outlet=outlet,
                             key=[f"saidwhat-shard-{s.key}-{token}" for s in todo], retries=retries, pure=False)
        by_key = {f.key: s for f, s in zip(futures, todo)}
        for fut in as_completed(futures):
            shard = by_key[fut.key]
            if fut.status != "finished":
                exc = fut.exception() if fut.status == "error" else None
                if isinstance(exc, ModelError):
                    raise exc
                failed.append((shard.uri, _message(exc)))
                if on_failure:
                    on_failure(shard.uri, failed[-1][1])
                fut.release()
                continue
            entry = fut.result()
            fut.release()
            append_entry(out_dir, entry)
            entries.append(entry)
            if on_shard:
                on_shard(entry)
        seconds = time.perf_counter() - t0
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        remove_temporary(out_dir)
    rejected: Counter[str] = Counter()
    for e in entries:
        rejected.update(e["rejected"])
    total = lambda k: sum(int(e[k]) for e in entries)  # noqa: E731
    return BatchSummary(str(out_dir), shards=len(shards), skipped=skipped, done=len(entries),
                        failed=tuple(failed[:MAX_FAILURES_KEPT]), articles=total("articles"),
                        attributions=total("attributions"), duplicates=total("duplicates"), records=total("records"),
                        words=total("words"), rejected=dict(sorted(rejected.items())), seconds=seconds,
                        startup_seconds=startup, workers=n_workers, entries=tuple(entries))


#: Dask settings of the ``LocalCluster`` a batch starts (a cluster reached by ``scheduler=``
#: keeps its own): no statistical profiler on the workers (it samples the task thread's stack every
#: 10 ms of wall time: ~140 µs a sample on the pipeline's deep stacks, 1.4 % of a core, and more
#: per article when the cores are shared), which only the dashboard's profile page reads.
LOCAL_CLUSTER_CONFIG = {"distributed.worker.profile.enabled": False}


def _connect(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    """A Dask client on ``scheduler``, or on a new ``LocalCluster`` of ``workers`` processes
    (one thread each, :data:`LOCAL_CLUSTER_CONFIG`; its HTTP diagnostics on a free port); returns
    ``(client, cluster or None)``."""
    import logging

    import dask
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler} ({_message(exc)})") from exc
    with dask.config.set(LOCAL_CLUSTER_CONFIG):  # the nannies pass it on to their worker processes
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=logging.ERROR)
    try:
        return Client(cluster), cluster
    except BaseException:
        cluster.close()
        raise
