"""Batch commands: ``saidwhat batch`` (shards → Parquet on a Dask cluster) and ``saidwhat load``
(Parquet → the corpus store).

Exit codes, as for ``ingest``: 0 done, nothing rejected; 1 some records were rejected or some
shards failed (or the store, the scheduler or a file failed); 3 everything failed; 2 usage error
(bad option, no such input, no batch output to load); 130 interrupted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from . import app
from .corpus import EXIT_ALL_FAILED, EXIT_SOME_FAILED, DbOption, _check_format, _err, _run, _store_summary, _Usage

_EXIT = {"ok": 0, "some-failed": EXIT_SOME_FAILED, "all-failed": EXIT_ALL_FAILED}


@app.command("batch")
def batch_command(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT...", show_default=False,
        help="Shards: .warc[.gz] and .jsonl[.gz] files (paths or s3://, https:// URLs), folders, .paths lists.")],
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Output folder (Parquet files and manifest).")],
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="tcp://HOST:PORT",
                                                  help="A running Dask scheduler (default: a local cluster).")] = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", metavar="N",
                                                help="Worker processes of the local cluster (default: the CPUs).")] = None,
    mode: Annotated[str | None, typer.Option("--mode", metavar="accurate|fast", help="Extraction mode.")] = None,
    retries: Annotated[int, typer.Option("--retries", metavar="N", help="Retries of a shard whose task failed.")] = 2,
    force: Annotated[bool, typer.Option("--force", help="Run the shards already done again (replacing their files).")] = False,
    outlet: Annotated[str | None, typer.Option("--outlet", metavar="OUTLET",
                                               help="Outlet of records that give neither an outlet nor a URL.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="A line on stderr per finished shard.")] = True,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|json", help="Summary format.")] = "text",
) -> None:
    """Run saidwhat over web archives on a Dask cluster: Parquet per shard, a manifest; re-runs skip done shards."""

    def body() -> int:
        from ..config import Config
        from ..errors import InputError
        from ..batch.run import run_batch

        _check_format(fmt, ("text", "json"))
        if scheduler is not None and workers is not None:
            raise _Usage("--scheduler and --workers: give one or the other")
        if workers is not None and workers < 1:
            raise _Usage(f"--workers: must be 1 or more, got {workers}")
        if retries < 0:
            raise _Usage(f"--retries: must be 0 or more, got {retries}")
        if mode is not None and mode not in ("accurate", "fast"):
            raise _Usage(f"--mode: unknown mode {mode!r} (use one of: accurate, fast)")
        if out.exists() and not out.is_dir():
            raise _Usage(f"--out: {str(out)!r} is a file, not a folder")
        try:
            cfg = Config.from_env(mode=mode)
        except (TypeError, ValueError) as exc:
            raise _Usage(f"bad SAIDWHAT_* environment setting ({exc})") from None

        def shard_done(e: dict[str, Any]) -> None:
            if progress:
                causes = ", ".join(f"{c} {n}" for c, n in e["rejected"].items())
                _err("batch", f"{e['shard']}: {e['articles']} articles, {sum(e['rejected'].values())} rejected"
                              + (f" ({causes})" if causes else "") + f" in {e['seconds']:.1f} s on {e['worker']}")

        try:
            s = run_batch(inputs, out, scheduler=scheduler, workers=workers, config=cfg, retries=retries, force=force,
                          outlet=outlet, on_shard=shard_done, on_failure=lambda shard, msg: _err("batch", f"{shard}: failed ({msg})"))
        except InputError as exc:
            raise _Usage(str(exc)) from None
        if fmt == "json":
            print(json.dumps(s.to_dict(), ensure_ascii=False, indent=2))
        else:
            causes = ", ".join(f"{c} {n}" for c, n in s.rejected.items())
            print(f"shards {s.shards}: done {s.done}, skipped {s.skipped} (done before), failed {len(s.failed)}; "
                  f"articles {s.articles}, attributions {s.attributions}, duplicates {s.duplicates}, rejected {s.n_rejected}"
                  + (f" ({causes})" if causes else "")
                  + (f" in {s.seconds:.1f} s ({s.articles_per_second:.1f} articles/s on {s.workers} "
                     f"worker{'' if s.workers == 1 else 's'})" if s.done else "")
                  + f"; output in {out}")
        return _EXIT[s.status]

    _run("batch", body)


@app.command("load")
def load_command(
    parquet: Annotated[Path, typer.Option("--parquet", metavar="DIR", help="A `saidwhat batch` output folder.")],
    db: DbOption = Path("corpus.db"),
    force: Annotated[bool, typer.Option("--force", help="Replace stored articles with the same text.")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|json", help="Summary format.")] = "text",
) -> None:
    """Load a batch run's Parquet output into DB, as ingest of the same inputs would (a re-run adds nothing)."""

    def body() -> int:
        from ..batch.load import load_parquet
        from ..batch.manifest import manifest_path

        _check_format(fmt, ("text", "json"))
        if not parquet.is_dir():
            raise _Usage(f"--parquet: no such folder: {str(parquet)!r}")
        if not manifest_path(parquet).is_file():
            raise _Usage(f"--parquet: {str(parquet)!r} holds no batch output (no manifest.jsonl)")
        s = load_parquet(parquet, db=db, force=force)
        if fmt == "json":
            print(json.dumps(s.to_dict(), ensure_ascii=False, indent=2))
        else:
            print(_store_summary("loaded", s))
        return _EXIT[s.status]

    _run("load", body)
