"""Corpus commands: ``saidwhat ingest``, ``speakers``, ``quotes`` and ``export``.

Each parses its options, calls one function of :mod:`saidwhat.corpus`, prints the result and maps
errors to an exit code: 0 done; 1 some inputs failed (ingest) or the store failed; 2 usage error
(bad option, missing database); 3 every input of an ingest failed; 130 interrupted (Ctrl-C).

``speakers`` and ``quotes`` count and list speech and writing by default, negated attributions
("declined to comment") left out; ``--classes all`` takes every attribution, ``--negated`` the
negated ones too (:mod:`saidwhat.filters`). ``export`` writes every attribution with its class.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from ..errors import InputError, SaidwhatError
from ..types import CUE_CLASSES
from . import app

EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_ALL_FAILED = 3
EXIT_INTERRUPTED = 130
QUERY_FORMATS = ("table", "json", "csv")
CONTENT_CHARS = 160

DbOption = Annotated[Path, typer.Option("--db", metavar="DB", help="The corpus database (SQLite).")]
FormatOption = Annotated[str, typer.Option("--format", "-f", metavar="table|json|csv", help="Output format.")]
OutletOption = Annotated[str | None, typer.Option("--outlet", metavar="OUTLET", help="Only this outlet (a domain, e.g. apnews.com).")]
SinceOption = Annotated[str | None, typer.Option("--since", metavar="YYYY-MM-DD", help="Only articles published on or after DATE.")]
ClassesOption = Annotated[str | None, typer.Option(
    "--classes", metavar="CLASSES",
    help=f"Count only these cue classes, comma-separated: {', '.join(CUE_CLASSES)} or all (default: speech,writing).")]
NegatedOption = Annotated[bool | None, typer.Option(
    "--negated/--no-negated", help="Count speech that did not happen ('declined to comment') too; "
                                   "by default only with --classes all.")]


class _Usage(Exception):
    """A bad option: exit code 2."""


def _err(command: str, message: str) -> None:
    print(f"saidwhat {command}: {' '.join(str(message).split())}", file=sys.stderr, flush=True)


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        raise _Usage(f"--format: unknown format {fmt!r} (use one of: {', '.join(allowed)})")


def _check_since(since: str | None) -> str | None:
    if since is None:
        return None
    try:
        return date.fromisoformat(since.strip()).isoformat()
    except ValueError:
        raise _Usage(f"--since: expected a date YYYY-MM-DD, got {since!r}") from None


def _class_filter(classes: str | None, negated: bool | None) -> dict[str, Any]:
    """``--classes``/``--negated`` as the ``classes``/``negated`` arguments of the corpus queries."""
    from ..filters import resolve
    from ..types import DEFAULT_CLASSES

    try:
        wanted, with_negated = resolve(classes, negated, DEFAULT_CLASSES)
    except InputError as exc:
        raise _Usage(f"--{exc}") from None
    return {"classes": wanted, "negated": with_negated}


def _open_store(db: Path) -> Any:
    from ..corpus.store import Store

    if not db.is_file():
        raise _Usage(f"--db: no corpus database at {str(db)!r} (create one with: saidwhat ingest PATH... --db {db})")
    return Store(db)


def _run(command: str, body: Any) -> None:
    """Run ``body()`` (returns an exit code) mapping our errors to exit codes."""
    try:
        code = body()
    except _Usage as exc:
        _err(command, str(exc))
        code = EXIT_USAGE
    except BrokenPipeError:
        sys.stderr.close()
        code = 0
    except KeyboardInterrupt:
        _err(command, "interrupted; every article committed so far is kept (run it again to continue)")
        code = EXIT_INTERRUPTED
    except SaidwhatError as exc:
        _err(command, str(exc))
        code = EXIT_SOME_FAILED
    except OSError as exc:
        _err(command, f"{exc.strerror or exc.__class__.__name__}: {getattr(exc, 'filename', '') or ''}")
        code = EXIT_SOME_FAILED
    raise typer.Exit(code)


def _write_rows(rows: list[dict[str, Any]], columns: list[str], fmt: str, out: IO[str], title: str) -> None:
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v) for k, v in r.items()})
        out.write(buf.getvalue())
        return
    from rich.console import Console
    from rich.table import Table

    is_tty = out.isatty() if hasattr(out, "isatty") else False
    console = Console(file=out, no_color=not is_tty, width=None if is_tty else 160, highlight=False)
    table = Table(title=title, title_justify="left")
    for c in columns:
        table.add_column(c, overflow="fold", justify="right" if c.startswith("n_") or c == "id" else "left")
    for r in rows:
        table.add_row(*("—" if r.get(c) is None else str(r.get(c)) for c in columns))
    console.print(table)


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", show_default=False,
                                                help="Files and folders: .txt, .html, .jsonl, .warc, .warc.gz.")],
    db: DbOption = Path("corpus.db"),
    processes: Annotated[int, typer.Option("--processes", "-p", metavar="N", help="Extraction processes.")] = 1,
    force: Annotated[bool, typer.Option("--force", help="Re-extract articles already stored.")] = False,
    mode: Annotated[str | None, typer.Option("--mode", metavar="accurate|fast", help="Extraction mode.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar on stderr.")] = True,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|json", help="Summary format.")] = "text",
    outlet: Annotated[str | None, typer.Option("--outlet", metavar="OUTLET",
                                               help="Outlet of inputs that give neither an outlet nor a URL.")] = None,
) -> None:
    """Ingest a corpus into DB: idempotent (a re-run adds nothing) and resumable."""

    def body() -> int:
        from ..config import Config
        from ..corpus.ingest import ingest

        _check_format(fmt, ("text", "json"))
        if processes < 1:
            raise _Usage(f"--processes: must be 1 or more, got {processes}")
        if mode is not None and mode not in ("accurate", "fast"):
            raise _Usage(f"--mode: unknown mode {mode!r} (use one of: accurate, fast)")
        missing = [str(p) for p in paths if not p.exists()]
        if missing and len(missing) == len(paths):
            raise _Usage(f"no such file or folder: {', '.join(missing)}")
        try:
            cfg = Config.from_env(mode=mode)
        except (TypeError, ValueError) as exc:
            raise _Usage(f"bad SAIDWHAT_* environment setting ({exc})") from None
        s = ingest(paths, db=db, processes=processes, force=force, progress=progress and sys.stderr.isatty(), config=cfg,
                   outlet=outlet)
        if fmt == "json":
            print(json.dumps(s.to_dict(), ensure_ascii=False, indent=2))
        else:
            print(_store_summary("ingested", s) + f" ({s.articles_per_second:.1f} articles/s)")
            for _source, cause, message in s.failures[:20]:
                _err("ingest", f"{cause}: {message}")
            if s.n_rejected > 20:
                _err("ingest", f"… {s.n_rejected - 20} more rejected (see the rejects table of {db})")
        return {"ok": 0, "some-failed": EXIT_SOME_FAILED, "all-failed": EXIT_ALL_FAILED}[s.status]

    _run("ingest", body)


def _store_summary(verb: str, s: Any) -> str:
    """The one-line summary of a run that filled the store (``ingest``, ``load``): ``s`` has
    ``ingested``, ``already_present``, ``appearances``, ``n_rejected``, ``rejected`` (cause → count)
    and ``seconds``."""
    causes = ", ".join(f"{c} {n}" for c, n in s.rejected.items())
    appeared = f" ({s.appearances} new appearance{'s' if s.appearances != 1 else ''})" if s.appearances else ""
    return (f"{verb} {s.ingested}, already present {s.already_present}{appeared}, rejected {s.n_rejected}"
            + (f" ({causes})" if causes else "") + f" in {s.seconds:.1f} s")


@app.command("speakers")
def speakers_command(db: DbOption, outlet: OutletOption = None, since: SinceOption = None,
                     limit: Annotated[int | None, typer.Option("--limit", "-n", metavar="N", help="At most N named speakers.")] = None,
                     fmt: FormatOption = "table", classes: ClassesOption = None, negated: NegatedOption = None) -> None:
    """Who is quoted, how often, in how many articles and outlets (anonymous and unresolved apart)."""

    def body() -> int:
        from ..corpus import query

        _check_format(fmt, QUERY_FORMATS)
        day = _check_since(since)
        filters = _class_filter(classes, negated)
        with _open_store(db) as store:
            rows = query.speakers(store, outlet=outlet, since=day, limit=limit, **filters)
        if fmt == "table":
            for r in rows:
                shown = [f"{o} {n}" for o, n in list(r["outlets"].items())[:5]]
                if r.get("unknown_outlet"):
                    # as the viewer: articles ingested with no outlet or URL (.txt files) are counted apart
                    shown.append(f"unknown outlet {r['unknown_outlet']}")
                r["outlets"] = ", ".join(shown) + ("…" if len(r["outlets"]) > 5 else "")
                if r["id"] is None:
                    r["name"] = f"({r['kind']}, not a person)"
        cols = ["id", "name", "kind", "n_attributions", "n_articles", "n_outlets"] + \
            ([] if fmt == "table" else ["unknown_outlet"]) + ["outlets"]
        _write_rows(rows, cols, fmt, sys.stdout, "speakers")
        return 0

    _run("speakers", body)


@app.command("quotes")
def quotes_command(db: DbOption,
                   speaker: Annotated[str | None, typer.Option("--speaker", "-s", metavar="NAME",
                                                               help="A speaker's name or id, or anonymous / unresolved.")] = None,
                   search: Annotated[str | None, typer.Option("--search", "-q", metavar="TEXT",
                                                              help='Words the content must contain ("a phrase" in quotes).')] = None,
                   outlet: OutletOption = None, since: SinceOption = None,
                   limit: Annotated[int, typer.Option("--limit", "-n", metavar="N", help="At most N quotes (0: all).")] = 50,
                   fmt: FormatOption = "table", classes: ClassesOption = None, negated: NegatedOption = None) -> None:
    """Quotes (attributions) by speaker, words and outlet, with their article."""

    def body() -> int:
        from ..corpus import query

        _check_format(fmt, QUERY_FORMATS)
        day = _check_since(since)
        filters = _class_filter(classes, negated)
        with _open_store(db) as store:
            rows = query.quotes(store, speaker=speaker, search=search, outlet=outlet, since=day, limit=limit or None,
                                **filters)
        if fmt != "json":
            for r in rows:
                r["content_text"] = r["content"]["text"]
                r["cue_text"] = r["cue"]["text"] if r.get("cue") else None
                r["content_start"], r["content_end"] = r["content"]["start_char"], r["content"]["end_char"]
                r["cue_class"] = r.get("cue_class")
                r["negated"], r["question"] = bool(r.get("negated")), bool(r.get("question"))
                if fmt == "table":
                    r["cue_class"] = ", ".join([r["cue_class"] or "—"] + ["negated"] * r["negated"] + ["question"] * r["question"])
                    text = " ".join(r["content_text"].split())
                    r["content_text"] = text if len(text) <= CONTENT_CHARS else text[:CONTENT_CHARS - 1] + "…"
                    r["speaker_name"] = r["speaker_name"] or f"({r['speaker_kind']})"
        cols = (["speaker_name", "type", "cue_class", "cue_text", "content_text", "outlet", "published", "title"] if fmt == "table" else
                ["article_id", "attribution_id", "speaker_id", "speaker_name", "speaker_kind", "speaker_role", "type", "region",
                 "cue_class", "negated", "question", "cue_text", "content_text", "content_start", "content_end", "outlet",
                 "published", "title", "url"])
        if fmt != "json":
            for r in rows:
                r["attribution_id"] = r["id"]
        _write_rows(rows, cols, fmt, sys.stdout, f"{len(rows)} quotes")
        return 0

    _run("quotes", body)


@app.command("export")
def export_command(db: DbOption,
                   fmt: Annotated[str, typer.Option("--format", "-f", metavar="jsonl|csv|parquet",
                                                    help="jsonl: one article a line; csv, parquet: one attribution a row.")] = "jsonl",
                   output: Annotated[Path | None, typer.Option("--output", "-o", metavar="OUT",
                                                               help="Write to OUT (needed for parquet).")] = None) -> None:
    """Export the corpus: articles as JSON lines (schema saidwhat/1, metadata in meta.corpus), or attributions as csv/parquet."""

    def body() -> int:
        from ..corpus.export import FORMATS, export

        _check_format(fmt, FORMATS)
        if fmt == "parquet" and output is None:
            raise _Usage("--format parquet needs -o/--output FILE")
        with _open_store(db) as store:
            n = export(store, output if output is not None else sys.stdout, fmt=fmt)
        if output is not None:
            _err("export", f"wrote {n} {'articles' if fmt == 'jsonl' else 'attributions'} to {output}")
        return 0

    _run("export", body)

