"""Statement commands (issue 13): ``saidwhat track`` and ``saidwhat statements``.

``track`` places every attribution of a corpus store not yet placed in a statement (the same
utterance reported across articles; :func:`saidwhat.corpus.statements.track`), incrementally: a
re-run adds nothing. ``statements`` lists them (:func:`saidwhat.corpus.query.statements`). Exit
codes as the corpus commands': 0 done, 1 the store failed, 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from . import app
from .corpus import (
    CONTENT_CHARS,
    QUERY_FORMATS,
    ClassesOption,
    DbOption,
    FormatOption,
    NegatedOption,
    _check_format,
    _class_filter,
    _open_store,
    _run,
    _Usage,
    _write_rows,
)


class _Bar:
    """A rich progress bar on stderr for a long ``track`` (phases of 2,000 items or more), or nothing."""

    SHOW_FROM = 2000
    LABELS = {"restore": "reading stored statements", "place": "placing attributions", "drift": "writing statements"}

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None
        self.tasks: dict[str, Any] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        if not self.enabled or total < self.SHOW_FROM:
            return
        if self.bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("[bold]track[/] {task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=False)
            self.bar.start()
        if phase not in self.tasks:
            self.tasks[phase] = self.bar.add_task(self.LABELS.get(phase, phase), total=total)
        if done == total or done % 200 == 0:
            self.bar.update(self.tasks[phase], completed=done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command("track")
def track_command(
    db: DbOption,
    classes: ClassesOption = None,
    negated: NegatedOption = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar on stderr.")] = True,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|json", help="Summary format.")] = "text",
) -> None:
    """Group the attributions of DB that report one utterance into statements (incremental: a re-run adds nothing)."""

    def body() -> int:
        from ..corpus.statements import track

        _check_format(fmt, ("text", "json"))
        filters = _class_filter(classes, negated)
        bar = _Bar(progress and sys.stderr.isatty())
        try:
            with _open_store(db) as store:
                s = track(store, progress=bar, **filters)
        finally:
            bar.close()
        if fmt == "json":
            print(json.dumps(s.to_dict(), ensure_ascii=False, indent=2))
        else:
            print(f"placed {s.placed} attribution{'s' if s.placed != 1 else ''}: {s.new_statements} new statements, "
                  f"{s.joined} joined earlier ones; {s.changed} statements written"
                  + (f", {s.removed} removed" if s.removed else "") + f" in {s.seconds:.1f} s")
            print(f"{s.statements} statements in all: {s.reported} reported more than once, "
                  f"{s.multi_outlet} by two outlets or more")
        return 0

    _run("track", body)


@app.command("statements")
def statements_command(
    db: DbOption,
    speaker: Annotated[str | None, typer.Option("--speaker", "-s", metavar="NAME",
                                                help="Statements that credit this speaker (a name or id).")] = None,
    min_outlets: Annotated[int | None, typer.Option("--min-outlets", metavar="N",
                                                    help="Only statements reported by N outlets or more.")] = None,
    drift: Annotated[str | None, typer.Option("--drift", metavar="CLASS",
                                              help="Only statements with a variant of this drift class (trimmed, ellipsis, "
                                                   "bracketed, punctuation/case, changed-words, paraphrase, "
                                                   "speaker-conflict, laundered).")] = None,
    min_appearances: Annotated[int, typer.Option("--min-appearances", metavar="N",
                                                 help="Only statements that appeared N times or more (1: every one).")] = 2,
    limit: Annotated[int, typer.Option("--limit", "-n", metavar="N", help="At most N statements (0: all).")] = 50,
    fmt: FormatOption = "table",
) -> None:
    """Statements across the corpus (run `saidwhat track` first): one utterance, its outlets and how its words drifted."""

    def body() -> int:
        from ..corpus import query
        from ..errors import InputError

        _check_format(fmt, QUERY_FORMATS)
        if min_outlets is not None and min_outlets < 1:
            raise _Usage(f"--min-outlets: must be 1 or more, got {min_outlets}")
        if min_appearances < 1:
            raise _Usage(f"--min-appearances: must be 1 or more, got {min_appearances}")
        with _open_store(db) as store:
            try:
                rows = query.statements(store, speaker=speaker, min_outlets=min_outlets, drift=drift,
                                        min_appearances=min_appearances, limit=limit or None)
            except InputError as exc:
                raise _Usage(f"--{exc}") from None
        if fmt == "json":
            _write_rows(rows, [], fmt, sys.stdout, "")
            return 0
        for r in rows:
            r["first_article"] = r["canonical"]["article_id"]
            r["first_attribution"] = r["canonical"]["attribution_id"]
            r["first_outlet"] = r["canonical"]["outlet"]
            r["drift"] = ", ".join(r["drift"])
            if fmt == "table":
                text = " ".join(r["text"].split())
                r["text"] = text if len(text) <= CONTENT_CHARS else text[:CONTENT_CHARS - 1] + "…"
                r["outlets"] = ", ".join(r["outlets"][:4]) + ("…" if len(r["outlets"]) > 4 else "")
                r["speaker_name"] = r["speaker_name"] or "(not named)"
            else:
                r["outlets"] = "; ".join(r["outlets"])
        cols = (["id", "speaker_name", "text", "n_articles", "n_outlets", "first_published", "first_outlet", "drift"]
                if fmt == "table" else
                ["id", "speaker_id", "speaker_name", "text", "n_members", "n_articles", "n_appearances", "n_outlets", "outlets",
                 "first_published", "last_published", "first_outlet", "first_article", "first_attribution", "drift"])
        _write_rows(rows, cols, fmt, sys.stdout, f"{len(rows)} statements")
        return 0

    _run("statements", body)
