"""Read PolNeAR attribution annotations (brat standoff) into frozen gold records.

PolNeAR (Newell, Margolin & Ruths, "An Attribution Relations Corpus for Political News",
LREC 2018) ships one folder per split, laid out as::

    SPLIT/text/NAME.txt                       the article text (UTF-8)
    SPLIT/attributions/NAME_ANNOTATOR.ann     brat standoff annotations by one annotator

An ``.ann`` file holds text-bound annotations and events (brat standoff format,
https://brat.nlplab.org/standoff.html)::

    T1<TAB>Source 89 106<TAB>The New York Post
    T2<TAB>Cue 107 114<TAB>reports
    T3<TAB>Content 115 290;300 310<TAB>that … (pieces joined by one space)
    T4<TAB>Attribution 107 114<TAB>reports
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1

Offsets are ``[start, end)`` in characters (Unicode code points) of the ``.txt`` file read as
UTF-8 with newlines kept as they are (no ``\\r\\n`` translation). A discontinuous span lists its
pieces separated by ``;``; brat writes its text as the pieces' texts joined by one space. A span
whose text has a line break continues on the next line(s) of the ``.ann`` file.

How events become :class:`GoldAttribution` records:

* the trigger type is ``Attribution`` or ``Attribution-no-source`` (the guidelines' marker for
  an attribution whose source is not in the text); other text-bound types (``Discard``,
  ``Discuss``) are ignored;
* ``Source``, ``Cue`` and ``Content`` arguments become ``source``, ``cue`` and ``content``; an
  argument may be missing (``None``) and one span may be shared by several events;
* a second content argument (``Content2``, used in a few files) is merged into ``content``: the
  pieces of both are merged and sorted, so ``content`` is one (possibly discontinuous) span.

Which annotator: a text annotated by several annotators (a few texts have several
``NAME_*.ann`` files) is read from the **first file in sorted file-name order**, so the choice
is deterministic; :attr:`GoldDocument.annotator` says which one was used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from ..errors import InputError

if TYPE_CHECKING:
    from ..types import Attribution

ATTRIBUTION_TRIGGERS: tuple[str, ...] = ("Attribution", "Attribution-no-source")
"""brat trigger types that mark an attribution event."""

_ROLE_OF_ARG: dict[str, str] = {"Source": "source", "Cue": "cue", "Content": "content", "Content2": "content"}
_ANN_LINE = re.compile(r"^[TERAMN*#]\d*\t")
_ANN_NAME = re.compile(r"^(?P<name>.+)_(?P<annotator>[^_]+)\.ann$")


@dataclass(frozen=True)
class GoldSpan:
    """A gold span: one or more ``[start, end)`` pieces of the document text.

    Attributes:
        pieces: ``(start_char, end_char)`` pairs in characters of the document text, sorted
            and non-overlapping; more than one for a discontinuous span.
        text: the pieces' texts, in text order, joined by one space (as brat writes it).
    """

    pieces: tuple[tuple[int, int], ...]
    text: str

    @property
    def start_char(self) -> int:
        """Start (inclusive) of the first piece, in characters of the document text."""
        return self.pieces[0][0]

    @property
    def end_char(self) -> int:
        """End (exclusive) of the last piece, in characters of the document text."""
        return self.pieces[-1][1]


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution event.

    Attributes:
        id: the brat event id (``"E3"``), unique within its document.
        source: the source span, or ``None`` (``Attribution-no-source`` events, or none given).
        cue: the cue span, or ``None`` when the annotator gave none.
        content: the content span (``Content`` and ``Content2`` merged), or ``None`` when the
            annotator gave none (a handful of unfinished events).
    """

    id: str
    source: GoldSpan | None
    cue: GoldSpan | None
    content: GoldSpan | None


@dataclass(frozen=True)
class GoldDocument:
    """One annotated text.

    Attributes:
        name: the text's file stem (``"breitbart_2016-09-12_stealth-over-health-hillary-clin"``).
        text: the text exactly as read (UTF-8, newlines untranslated); every offset indexes it.
        attributions: the attribution events, in the order of the ``.ann`` file.
        annotator: the annotator id from the ``.ann`` file name (``"ef2d"``).
    """

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    annotator: str


def _read_text(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return fh.read()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc


def _parse_pieces(spec: str, where: str) -> tuple[tuple[int, int], ...]:
    pieces: list[tuple[int, int]] = []
    for part in spec.split(";"):
        try:
            s, e = part.split()
            pieces.append((int(s), int(e)))
        except ValueError as exc:
            raise InputError(f"{where}: bad offsets {spec!r} (expected 'START END[;START END…]')") from exc
    return tuple(pieces)


def _make_span(text: str, pieces: tuple[tuple[int, int], ...], ann_text: str | None, where: str) -> GoldSpan:
    """Check ``pieces`` against ``text`` (and the ``.ann`` text when given) and build the span.

    A leading BOM in the text file is the only offset shift we repair: when ``text`` starts
    with U+FEFF and the pieces match one character further on, the pieces are shifted.

    Raises:
        InputError: a piece is out of range or its text does not match the ``.ann`` text.
    """
    for s, e in pieces:
        if not 0 <= s <= e <= len(text):
            raise InputError(f"{where}: span [{s}, {e}) is outside the text ({len(text)} characters)")
    # brat writes a discontinuous span's text in the order its pieces are listed, which is not
    # always text order; compare in that order, then keep the pieces sorted.
    got = " ".join(text[s:e] for s, e in pieces)
    if ann_text is not None and got != ann_text:
        shifted = tuple((s + 1, e + 1) for s, e in pieces)
        if text.startswith("\ufeff") and " ".join(text[s:e] for s, e in shifted) == ann_text:
            pieces = shifted
        else:
            raise InputError(f"{where}: span {list(pieces)} reads {got[:60]!r} in the text, "
                             f"but the annotation says {ann_text[:60]!r}")
    merged = tuple(sorted(set(pieces)))
    return GoldSpan(merged, " ".join(text[s:e] for s, e in merged))


def _merge(text: str, found: list[GoldSpan], where: str) -> GoldSpan | None:
    """``None``, the one span, or the spans' pieces merged into one span (``Content`` + ``Content2``)."""
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    return _make_span(text, tuple(p for sp in found for p in sp.pieces), None, where)


def read_document(text_path: str | Path, ann_path: str | Path) -> GoldDocument:
    """Read one text and one annotator's ``.ann`` file.

    Args:
        text_path: ``.../text/NAME.txt``.
        ann_path: ``.../attributions/NAME_ANNOTATOR.ann``.

    Returns:
        The :class:`GoldDocument`; offsets are characters of the text read as UTF-8 with
        newlines untranslated, and ``text[s:e]`` matches the ``.ann`` text of every piece.

    Raises:
        InputError: a file is missing or not UTF-8, a line is malformed, an event refers to an
            unknown id, or a span's offsets don't match its text.
    """
    text_path, ann_path = Path(text_path), Path(ann_path)
    text = _read_text(text_path)
    raw = _read_text(ann_path)
    m = _ANN_NAME.match(ann_path.name)
    annotator = m.group("annotator") if m else ""

    # Join continuation lines (span texts containing line breaks) to the line they belong to.
    lines: list[str] = []
    for line in raw.split("\n"):
        if _ANN_LINE.match(line) or not lines:
            lines.append(line)
        else:
            lines[-1] += "\n" + line
    tbound: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{ann_path}: annotation {n}"
        fields = line.split("\t")
        ident = fields[0]
        if ident.startswith("T"):
            if len(fields) < 3:
                raise InputError(f"{where}: bad text-bound line {line[:80]!r}")
            label, _, spec = fields[1].partition(" ")
            tbound[ident] = (label, _parse_pieces(spec, where), "\t".join(fields[2:]).rstrip("\r\n"))
        elif ident.startswith("E"):
            if len(fields) < 2:
                raise InputError(f"{where}: bad event line {line[:80]!r}")
            args = []
            for arg in fields[1].split():
                role, sep, ref = arg.partition(":")
                if not sep:
                    raise InputError(f"{where}: bad event argument {arg!r}")
                args.append((role, ref))
            events.append((ident, args))
        # R (relations), A/M (attributes), N (normalizations), # (notes): not used by PolNeAR attributions.

    spans: dict[str, GoldSpan] = {}

    def span_of(ref: str, where: str) -> GoldSpan:
        if ref not in tbound:
            raise InputError(f"{where}: unknown annotation id {ref!r}")
        if ref not in spans:
            _, pieces, ann_text = tbound[ref]
            spans[ref] = _make_span(text, pieces, ann_text, f"{ann_path}: {ref}")
        return spans[ref]

    attributions: list[GoldAttribution] = []
    for ident, args in events:
        where = f"{ann_path}: {ident}"
        if not args or args[0][0] not in ATTRIBUTION_TRIGGERS:
            continue
        roles: dict[str, list[GoldSpan]] = {"source": [], "cue": [], "content": []}
        for role, ref in args[1:]:
            key = _ROLE_OF_ARG.get(role) or _ROLE_OF_ARG.get(role.rstrip("0123456789"))
            if key is not None:
                roles[key].append(span_of(ref, where))
        one = [_merge(text, roles[key], where) for key in ("source", "cue", "content")]
        attributions.append(GoldAttribution(ident, *one))
    return GoldDocument(text_path.stem, text, tuple(attributions), annotator)


def annotation_files(directory: str | Path) -> dict[str, Path]:
    """Map each text name of a split to the ``.ann`` file used for it.

    Args:
        directory: a split folder holding ``text/`` and ``attributions/``.

    Returns:
        ``{name: ann_path}`` for every ``text/NAME.txt`` that has at least one
        ``attributions/NAME_*.ann``; with several, the first in sorted file-name order.
    """
    directory = Path(directory)
    found: dict[str, Path] = {}
    for ann in sorted((directory / "attributions").glob("*.ann")):
        m = _ANN_NAME.match(ann.name)
        if m and m.group("name") not in found and (directory / "text" / f"{m.group('name')}.txt").is_file():
            found[m.group("name")] = ann
    return found


def read_corpus(directory: str | Path) -> list[GoldDocument]:
    """Read every annotated text of a PolNeAR split folder.

    Args:
        directory: a split folder (``.../polnear/dev`` or ``.../polnear/train``) holding
            ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``.

    Returns:
        One :class:`GoldDocument` per text that has an annotation file, sorted by name; for a
        text with several annotators, the first ``.ann`` file in sorted order is used.

    Raises:
        InputError: the folder lacks ``text/`` or ``attributions/``, holds no annotated text, or
            a file is malformed (see :func:`read_document`).
    """
    directory = Path(directory)
    for sub in ("text", "attributions"):
        if not (directory / sub).is_dir():
            raise InputError(f"{directory}: not a PolNeAR split folder (no {sub}/ inside)")
    files = annotation_files(directory)
    if not files:
        raise InputError(f"{directory}: no text/NAME.txt with an attributions/NAME_*.ann file")
    return [read_document(directory / "text" / f"{name}.txt", ann) for name, ann in sorted(files.items())]


def to_ann(attributions: Iterable[Attribution], text: str) -> str:
    """Write attributions as brat standoff in PolNeAR's labels (to view in brat or score with
    ``saidwhat evaluate --pred``).

    Each attribution gives ``Source``/``Cue``/``Content`` text-bound annotations (the ones it
    has), an ``Attribution`` trigger (``Attribution-no-source`` when it has no source) on its cue,
    or on its content when it has no cue, and one event.

    Args:
        attributions: :class:`~saidwhat.types.Attribution` records of ``text``.
        text: the text their offsets index.

    Returns:
        The ``.ann`` file's content; reading it back with :func:`read_document` gives the same
        pieces.
    """
    lines: list[str] = []
    n = 0
    for e, a in enumerate(attributions, 1):
        args: list[str] = []
        for label, span in (("Source", a.source), ("Cue", a.cue), ("Content", a.content)):
            if span is None:
                continue
            n += 1
            pieces = [(p.start_char, p.end_char) for p in span.pieces] or [(span.start_char, span.end_char)]
            spec = ";".join(f"{s} {t}" for s, t in pieces)
            lines.append(f"T{n}\t{label} {spec}\t" + " ".join(text[s:t] for s, t in pieces))
            args.append(f"{label}:T{n}")
        anchor = a.cue or a.content
        trigger = "Attribution" if a.source is not None else "Attribution-no-source"
        n += 1
        lines.append(f"T{n}\t{trigger} {anchor.start_char} {anchor.end_char}\t{text[anchor.start_char:anchor.end_char]}")
        lines.append(f"E{e}\t{trigger}:T{n} " + " ".join(args))
    return "\n".join(lines) + ("\n" if lines else "")
