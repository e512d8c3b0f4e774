"""``saidwhat evaluate``: score the engine (or stored predictions) on a PolNeAR split
(:func:`saidwhat.evaluate.score.evaluate_dir`)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from . import app

_FORMATS = ("table", "json")
_MODES = ("accurate", "fast")


def _usage(message: str) -> typer.Exit:
    typer.echo(f"saidwhat evaluate: {message}", err=True)
    return typer.Exit(2)


@app.command("evaluate")
def evaluate(
    gold: Path | None = typer.Option(None, "--gold", help="PolNeAR split folder holding text/ and attributions/ (e.g. .../polnear/dev)."),
    speakers: Path | None = typer.Option(None, "--speakers", dir_okay=False,
                                         help="Score speaker resolution on a speaker gold file instead "
                                              "(e.g. gold/speakers/dev.jsonl; rules in gold/speakers/README.md)."),
    cue_classes: Path | None = typer.Option(None, "--cue-classes", dir_okay=False,
                                            help="Score the cue-class classifier on a labelled cue file instead "
                                                 "(e.g. gold/cue_classes/dev.jsonl)."),
    statements: Path | None = typer.Option(None, "--statements", file_okay=False,
                                           help="Score statement grouping and drift classes on a statement gold "
                                                "folder instead (e.g. gold/statements)."),
    polnear: Path = typer.Option(Path("../shared/data/polnear"), "--polnear",
                                 help="With --speakers: the PolNeAR folder holding train/ and dev/."),
    pred: Path | None = typer.Option(None, "--pred", help="Folder of predictions NAME.json (saidwhat/1) or NAME.ann (brat); "
                                     "without it the engine is run on the gold texts."),
    mode: str | None = typer.Option(None, "--mode", help="Engine mode: accurate (default) or fast."),
    limit: int | None = typer.Option(None, "--limit", help="Score only the first N documents by name."),
    fmt: str = typer.Option("table", "--format", help="Output: table (rich) or json."),
    n_process: int = typer.Option(1, "--n-process", help="spaCy worker processes when running the engine."),
    errors: Path | None = typer.Option(None, "--errors", dir_okay=False,
                                       help="Also write every end-to-end error (missed, spurious, wrong_source) "
                                            "to this JSON Lines file."),
) -> None:
    """Per-role (source, cue, content; exact and overlap≥0.5) and end-to-end precision/recall/F1.

    End to end: a predicted attribution is right when its content overlaps a gold content
    (overlap coefficient of \\w+ tokens ≥ 0.5) and its source shares a token with the gold
    source (or neither has one). Exit 1 when some documents failed (scored as empty).

    With --speakers: speaker accuracy by mention kind (among gold statements found) and
    who-said-what P/R/F1 (content overlap ≥ 0.5 and the right speaker).
    """
    if speakers is not None:
        _evaluate_speakers(speakers, polnear, mode, limit, fmt)
        return
    if cue_classes is not None:
        _evaluate_cue_classes(cue_classes, polnear, fmt)
        return
    if statements is not None:
        _evaluate_statements(statements, polnear, mode, fmt)
        return
    if gold is None:
        raise _usage("--gold (a PolNeAR split folder) or --speakers (a speaker gold file) is required")
    if fmt not in _FORMATS:
        raise _usage(f"--format {fmt!r}: use one of {', '.join(_FORMATS)}")
    if mode is not None and mode not in _MODES:
        raise _usage(f"--mode {mode!r}: use one of {', '.join(_MODES)}")
    if not gold.is_dir():
        raise _usage(f"--gold {gold}: not a folder")
    if pred is not None and not pred.is_dir():
        raise _usage(f"--pred {pred}: not a folder")
    if limit is not None and limit < 1:
        raise _usage(f"--limit {limit}: must be a positive number of documents")
    if n_process < 1:
        raise _usage(f"--n-process {n_process}: must be at least 1")
    if pred is not None and (mode is not None or n_process != 1):
        raise _usage("--mode and --n-process apply to the engine; they can't be used with --pred")

    from ..errors import SaidwhatError
    from ..evaluate.score import evaluate_dir

    try:
        result = evaluate_dir(gold, pred_dir=pred, mode=mode, limit=limit, n_process=n_process,
                              keep_errors=errors is not None)
    except SaidwhatError as exc:
        typer.echo(f"saidwhat evaluate: {exc}", err=True)
        raise typer.Exit(1) from None
    if errors is not None:
        try:
            with open(errors, "w", encoding="utf-8") as fh:
                for e in result.errors:
                    fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        except OSError as exc:
            typer.echo(f"saidwhat evaluate: --errors {errors}: {exc.strerror or exc}", err=True)
            raise typer.Exit(1) from None
    if fmt == "json":
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        result.print_table()
    if result.failed:
        raise typer.Exit(1)


def _evaluate_speakers(speakers: Path, polnear: Path, mode: str | None, limit: int | None, fmt: str) -> None:
    if fmt not in _FORMATS:
        raise _usage(f"--format {fmt!r}: use one of {', '.join(_FORMATS)}")
    if mode is not None and mode not in _MODES:
        raise _usage(f"--mode {mode!r}: use one of {', '.join(_MODES)}")
    if not speakers.is_file():
        raise _usage(f"--speakers {speakers}: not a file")
    if not polnear.is_dir():
        raise _usage(f"--polnear {polnear}: not a folder")
    if limit is not None and limit < 1:
        raise _usage(f"--limit {limit}: must be a positive number of documents")

    from ..errors import SaidwhatError
    from ..evaluate.speakers import evaluate_speakers

    try:
        result = evaluate_speakers(speakers, polnear, mode=mode, limit=limit)
    except SaidwhatError as exc:
        typer.echo(f"saidwhat evaluate: {exc}", err=True)
        raise typer.Exit(1) from None
    if fmt == "json":
        typer.echo(json.dumps({**result.to_dict(), "errors": result.errors, "spurious": result.spurious}, indent=2,
                              ensure_ascii=False))
    else:
        result.print_table()


def _evaluate_cue_classes(path: Path, polnear: Path, fmt: str) -> None:
    if fmt not in _FORMATS:
        raise _usage(f"--format {fmt!r}: use one of {', '.join(_FORMATS)}")
    if not path.is_file():
        raise _usage(f"--cue-classes {path}: not a file")
    if not polnear.is_dir():
        raise _usage(f"--polnear {polnear}: not a folder")
    from ..errors import SaidwhatError
    from ..evaluate.cue_classes import evaluate_cue_classes

    try:
        result = evaluate_cue_classes(path, polnear)
    except SaidwhatError as exc:
        typer.echo(f"saidwhat evaluate: {exc}", err=True)
        raise typer.Exit(1) from None
    if fmt == "json":
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    typer.echo(f"cue classes: accuracy {result['accuracy']:.3f} on {result['rows']} labelled cues")
    for c, v in result["by_class"].items():
        typer.echo(f"  {c:9s} gold {v['gold']:4d}  pred {v['pred']:4d}  P {v['precision']:.3f}  R {v['recall']:.3f}")


def _evaluate_statements(path: Path, polnear: Path, mode: str | None, fmt: str) -> None:
    if fmt not in _FORMATS:
        raise _usage(f"--format {fmt!r}: use one of {', '.join(_FORMATS)}")
    if mode is not None and mode not in _MODES:
        raise _usage(f"--mode {mode!r}: use one of {', '.join(_MODES)}")
    if not path.is_dir():
        raise _usage(f"--statements {path}: not a folder")
    from ..errors import SaidwhatError
    from ..evaluate.statements import evaluate_clusters, evaluate_drift

    try:
        clusters = evaluate_clusters(path, polnear, mode=mode or "fast")
        drift = evaluate_drift(path, mode=mode or "fast")
    except SaidwhatError as exc:
        typer.echo(f"saidwhat evaluate: {exc}", err=True)
        raise typer.Exit(1) from None
    clusters.pop("detail", None)
    if fmt == "json":
        typer.echo(json.dumps({"clusters": clusters, "drift": drift}, indent=2, ensure_ascii=False))
        return
    pw, b3 = clusters["pairwise"], clusters["bcubed"]
    typer.echo(f"statements: {clusters['utterances']} utterances, {clusters['members_found']} of "
               f"{clusters['members']} members found by the engine")
    typer.echo(f"  pairwise P {pw['precision']:.3f} R {pw['recall']:.3f}   B-cubed P {b3['precision']:.3f} "
               f"R {b3['recall']:.3f}   near misses merged {clusters['near_misses']['merged']} of "
               f"{clusters['near_misses']['scored']}")
    typer.echo(f"  paraphrase links {clusters['paraphrase_links']}, lead-in links {clusters.get('lead_in_links', 0)}"
               f" ({clusters['embedded']} texts embedded"
               f"{'' if clusters['embedded'] else '; no sentence encoder or nothing to embed'})")
    typer.echo(f"drift: accuracy {drift['accuracy']:.3f} on {drift['pairs']} synthetic pairs")
    for c, v in drift["by_class"].items():
        typer.echo(f"  {c:17s} {v['right']}/{v['total']}")
