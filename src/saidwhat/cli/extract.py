"""``saidwhat extract FILE... [-]``: who said what in one or more articles.

Reads each input with :func:`saidwhat.article.inputs.read_path` (``-``: standard input), runs
:func:`saidwhat.extract` (one input) or :func:`saidwhat.extract_many` (several), and prints a
table (default), one JSON document, or JSON lines. A bad input is reported on stderr in one line
and the others go on. Exit codes: 0 all inputs done, 1 some input failed, 2 usage error.

``--classes speech,writing`` keeps the attributions of those cue classes (every attribution by
default, as the engine returns them; ``all`` is every class) and ``--negated/--no-negated`` shows
or hides speech that did not happen (hidden when ``--classes`` names classes): see
:mod:`saidwhat.filters`.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Annotated, Any, Iterator

import typer

from . import app
from ..config import Config
from ..errors import InputError, SaidwhatError
from ..filters import resolve
from ..types import CUE_CLASSES, Article

FORMATS = ("table", "json", "jsonl")
MODES = ("accurate", "fast")
#: Longest content shown in a table cell, in characters.
TABLE_CONTENT_CHARS = 160

_TEXT_SOURCE_NOTE = {
    "decoded": "offsets index the decoded text",
    "repaired": "offsets index the repaired text",
    "html": "offsets index the text extracted from the HTML",
}


class _UsageError(Exception):
    """A bad option or argument: exit code 2."""


def _err(message: str) -> None:
    print(f"saidwhat extract: {message}", file=sys.stderr, flush=True)


def _one_line(s: str) -> str:
    return " ".join(str(s).split())


def _trim(s: str, n: int) -> str:
    s = _one_line(s)
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _speaker_label(article: Article, speaker_id: str | None, source: Any = None) -> str:
    """Name and role; for a speaker with no name, its kind and how the text refers to it
    ("(unresolved: my father)"), so the reader can still tell sources apart."""
    sp = article.speaker(speaker_id)
    if sp is None:
        return "—"
    if sp.name is None:
        mention = source.text if source is not None else (sp.mentions[0].text if sp.mentions else "")
        return f"({sp.kind}: {_one_line(mention)})" if mention else f"({sp.kind})"
    return f"{sp.name}, {sp.role}" if sp.role else sp.name


def _class_label(a: Any) -> str:
    """The attribution's cue class ("—" when it has none), with "negated" and "question"."""
    return ", ".join([a.cue_class or "—"] + ["negated"] * bool(a.negated) + ["question"] * bool(a.question))


def _header(name: str, article: Article) -> str:
    meta = article.meta
    title = f" “{_one_line(article.title)}”" if article.title else ""
    parts = [f"{len(article.attributions)} attribution{'s' * (len(article.attributions) != 1)}",
             f"{len(article.speakers)} speaker{'s' * (len(article.speakers) != 1)}",
             f"{len(article.text):,} characters"]
    line = f"{name}{title}: " + ", ".join(parts)
    src = meta.get("text_source")
    if src in _TEXT_SOURCE_NOTE:
        enc = meta.get("encoding")
        line += f"; {_TEXT_SOURCE_NOTE[src]}" + (f" ({enc})" if enc and src != "html" else "")
    return line


def render_table(name: str, article: Article, out: IO[str], *, color: bool | None = None) -> None:
    """Print one article as a who-said-what table (rich) with a header line.

    Args:
        name: the input's name for the header.
        article: the result of :func:`saidwhat.extract`.
        out: where to write.
        color: force colour on or off; ``None``: colour when ``out`` is a terminal.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    is_tty = hasattr(out, "isatty") and out.isatty()
    console = Console(file=out, force_terminal=color if color is not None else None,
                      no_color=(color is False) or not is_tty, width=None if is_tty else 160,
                      highlight=False, soft_wrap=False)
    console.print(Text(_header(name, article), style="bold"))
    for note in article.meta.get("notes", ()) or ():
        console.print(Text(f"  note: {_one_line(note)}", style="dim"))
    if not article.attributions:
        console.print("  no attributions found")
        console.print()
        return
    table = Table(show_lines=False, expand=False)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("speaker", style="bold cyan", overflow="fold")
    table.add_column("type", no_wrap=True)
    table.add_column("class", no_wrap=True)
    table.add_column("cue", style="magenta", overflow="fold")
    table.add_column("content", overflow="fold", ratio=1)
    table.add_column("region", no_wrap=True)
    table.add_column("chars", justify="right", style="dim", no_wrap=True)
    for a in article.attributions:
        table.add_row(
            a.id.lstrip("a"),
            _speaker_label(article, a.speaker_id, a.source),
            a.type,
            _class_label(a),
            _one_line(a.cue.text) if a.cue else "—",
            _trim(" … ".join(p.text for p in a.content.pieces) if a.content.pieces else a.content.text, TABLE_CONTENT_CHARS),
            a.region + (" (nested)" if a.nested else ""),
            f"{a.content.start_char}–{a.content.end_char}",
        )
    console.print(table)
    console.print()


def _documents(files: list[str], cfg: Config, failed: list[str]) -> Iterator[Any]:
    """Read each input; yield ``InputDocument``s and report (and record) the ones that fail."""
    from ..article.inputs import read_path, read_stdin

    for f in files:
        try:
            yield read_stdin(config=cfg) if f == "-" else read_path(f, config=cfg)
        except InputError as exc:
            _err(_one_line(str(exc)))
            failed.append(f)


def _meta(doc: Any) -> dict[str, Any]:
    return {**doc.meta, "input": doc.name}


def _results(files: list[str], cfg: Config, failed: list[str], filters: dict[str, Any] | None = None) -> Iterator[tuple[str, Article]]:
    """``(input name, Article)`` for each input that could be read and extracted, in order;
    ``filters`` are the ``classes`` and ``negated`` arguments of :func:`saidwhat.extract`."""
    import saidwhat

    filters = filters or {}
    docs = _documents(files, cfg, failed)
    if len(files) == 1:
        for doc in docs:
            try:
                yield doc.name, saidwhat.extract(doc.text, title=doc.title, config=cfg, meta=_meta(doc), **filters)
            except InputError as exc:
                _err(_one_line(str(exc)))
                failed.append(doc.name)
        return
    names: list[str] = []

    def pairs() -> Iterator[tuple[str, dict[str, Any]]]:
        for doc in docs:
            names.append(doc.name)
            yield doc.text, {"title": doc.title, "meta": _meta(doc), "name": doc.name}

    for i, result in enumerate(saidwhat.extract_many(pairs(), config=cfg, **filters)):
        if isinstance(result, SaidwhatError):
            _err(_one_line(str(result)))
            failed.append(names[i])
        else:
            yield names[i], result


def _open_output(output: Path | None) -> IO[str]:
    if output is None:
        return sys.stdout
    try:
        return open(output, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise _UsageError(f"-o/--output: cannot write {str(output)!r} ({exc.strerror or exc.__class__.__name__})") from None


def _quiet_libraries() -> None:
    """Keep trafilatura's and htmldate's log records off stderr (our errors are one line each)."""
    import logging

    for name in ("trafilatura", "htmldate", "charset_normalizer"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def _filters(classes: str | None, negated: bool | None) -> dict[str, Any]:
    """``--classes``/``--negated`` as the ``classes``/``negated`` arguments of :func:`saidwhat.extract`
    (``{}``: every attribution). Raises :class:`_UsageError` for an unknown class."""
    try:
        wanted, with_negated = resolve(classes, negated, None)
    except InputError as exc:
        raise _UsageError(f"--{_one_line(str(exc))}") from None
    if wanted is None and with_negated:
        return {}
    return {"classes": "all" if wanted is None else wanted, "negated": with_negated}


def run_extract(files: list[str], *, fmt: str = "table", output: Path | None = None, mode: str | None = None,
                classes: str | None = None, negated: bool | None = None) -> int:
    """The ``extract`` command without typer: returns the exit code (0, 1 or 2).

    Args:
        files: paths, ``"-"`` for standard input.
        fmt: ``"table"``, ``"json"`` or ``"jsonl"``.
        output: file to write instead of standard output.
        mode: ``"accurate"`` or ``"fast"``; ``None``: the :class:`Config` default.
        classes: cue classes to keep, comma-separated (``"speech,writing"``; ``"all"``);
            ``None``: every attribution.
        negated: keep (``True``) or hide (``False``) negated attributions; ``None``: hidden
            when ``classes`` names classes, else kept.
    """
    try:
        if not files:
            raise _UsageError("no input files (give FILE... or - for standard input)")
        if fmt not in FORMATS:
            raise _UsageError(f"--format: unknown format {fmt!r} (use one of: {', '.join(FORMATS)})")
        if mode is not None and mode not in MODES:
            raise _UsageError(f"--mode: unknown mode {mode!r} (use one of: {', '.join(MODES)})")
        filters = _filters(classes, negated)
        try:
            cfg = Config.from_env(mode=mode)
        except (TypeError, ValueError) as exc:
            raise _UsageError(f"bad SAIDWHAT_* environment setting ({_one_line(str(exc))})") from None
        out = _open_output(output)
    except _UsageError as exc:
        _err(str(exc))
        return 2

    _quiet_libraries()
    failed: list[str] = []
    try:
        try:
            if fmt == "json":
                many = len(files) > 1
                items = [art.to_dict() for _name, art in _results(files, cfg, failed, filters)]
                if many or items:
                    out.write(json.dumps(items if many else items[0], ensure_ascii=False, indent=2) + "\n")
            else:
                for name, art in _results(files, cfg, failed, filters):
                    if fmt == "jsonl":
                        out.write(json.dumps({"input": name, **art.to_dict()}, ensure_ascii=False) + "\n")
                    else:
                        render_table(name, art, out)
                    out.flush()
        finally:
            if out is not sys.stdout:
                out.close()
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so the interpreter's final flush can't fail
        except OSError:
            pass
        return 1 if failed else 0
    except SaidwhatError as exc:  # ModelError and the like: nothing more can be done
        _err(_one_line(str(exc)))
        return 1
    except OSError as exc:
        _err(f"cannot write output ({exc.strerror or exc.__class__.__name__})")
        return 1
    if failed:
        _err(f"{len(failed)} of {len(files)} input{'s' * (len(files) != 1)} failed")
        return 1
    return 0


@app.command("extract")
def extract_command(
    files: Annotated[list[str] | None, typer.Argument(metavar="FILE", show_default=False,
                                                      help="Article files (.txt, .html, ...); - reads standard input.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="table|json|jsonl",
                                     help="Output: a table for people, one JSON document, or JSON lines.")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="OUT",
                                                help="Write to OUT instead of standard output.")] = None,
    mode: Annotated[str | None, typer.Option("--mode", metavar="accurate|fast",
                                             help="Extraction mode (default: accurate).")] = None,
    classes: Annotated[str | None, typer.Option("--classes", metavar="CLASSES",
                                                help=f"Keep only these cue classes, comma-separated: {', '.join(CUE_CLASSES)} "
                                                     "or all (default: every attribution). speech,writing is who said what.")] = None,
    negated: Annotated[bool | None, typer.Option("--negated/--no-negated",
                                                 help="Show or hide speech that did not happen ('declined to comment'); "
                                                      "hidden by default when --classes names classes.")] = None,
) -> None:
    """Find who said what in news articles: source, cue, content and speaker of each attribution."""
    raise typer.Exit(run_extract(list(files or []), fmt=fmt, output=output, mode=mode, classes=classes, negated=negated))
