"""Score attribution predictions against PolNeAR gold: per role and end to end.

Definitions (all offsets are characters of the gold document text; a span is a set of
``[start, end)`` pieces, so discontinuous spans are scored by what they cover):

**Units.** A span's *tokens* are the ``\\w+`` tokens (Python ``re``, Unicode) of the document
text that overlap any of its pieces by at least one character, identified by position (the same
word elsewhere in the text is another token). A span with no ``\\w+`` token (a cue ``:`` or
``—``) is measured in its non-space characters instead, and so is the span it is compared with.

**Overlap coefficient** of spans A and B: ``|A ∩ B| / min(|A|, |B|)`` over their units (1.0 when
one contains the other, whatever their lengths).

**Per role** (``source``, ``cue``, ``content``): the distinct gold spans of that role in a
document (a span shared by several events counts once) are matched one-to-one with the distinct
predicted spans of that role, greedily by score (overlap coefficient, then Jaccard index to break
ties), best first. Two matches are reported:

* ``exact``: both spans cover the same non-space characters (so whitespace at piece edges and
  how a span is cut into pieces don't matter; everything else does);
* ``overlap``: overlap coefficient ≥ 0.5 (:data:`OVERLAP_THRESHOLD`).

Precision = matched / predicted spans, recall = matched / gold spans, summed over documents
(micro average).

**End to end**: a predicted attribution is right when (1) its content and a gold content have an
overlap coefficient ≥ 0.5, and (2) the sources agree: both have a source and they share at least
one ``\\w+`` token (by position), **or** neither has one (a PolNeAR ``Attribution-no-source``
event matched by a prediction with ``source=None``). A floating quote (``source=None``) whose
speaker was resolved stands for its speaker's nearest mention before it (after it when there is
none before): that mention is who the system says spoke (``PredictedAttribution.speaker_mention``).
Otherwise a prediction with no source never matches a gold attribution that has one, and vice
versa; both cost precision and recall. Pairs are
matched one-to-one, greedily by (content overlap coefficient, source overlap coefficient, content
Jaccard index), best first. Gold events with
no content (one in PolNeAR dev) are left out of the gold count. ``content_only`` is the same
count with condition (2) dropped, to tell content errors from source errors. End-to-end recall is also
broken down by the kind of the gold content (direct, mixed, indirect; :func:`content_kind`).

Documents whose prediction failed (engine error, missing prediction file) are scored as empty
predictions (all their gold is missed) and named in :attr:`EvalResult.failed`.
"""

from __future__ import annotations

import glob
import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ..errors import InputError, SaidwhatError
from ..types import Article, Span
from .brat import GoldDocument, GoldSpan, read_corpus, read_document

if TYPE_CHECKING:
    from rich.console import Console

ROLES: tuple[str, ...] = ("source", "cue", "content")
OVERLAP_THRESHOLD = 0.5
"""Minimum overlap coefficient for a partial (``overlap``) or end-to-end content match."""

_WORD = re.compile(r"\w+")
Pieces = tuple[tuple[int, int], ...]
KINDS: tuple[str, ...] = ("direct", "mixed", "indirect")
_OPEN = ('"', "“", "''", "‘", "``")
_CLOSE = ('"', "”", "''", "’")
_DOUBLE = re.compile(r'["“”]|\'\'|``')


def content_kind(text: str) -> str:
    """Kind of a content by its quotation marks (PARC 3.0 section 3, approximated from the text).

    ``"direct"``: starts with an opening quotation mark (``"``, ``“``, ``''``, ``‘``, ``````) and
    ends with a closing one (``"``, ``”``, ``''``, ``’``), trailing ``.,;:!?`` and spaces ignored;
    ``"mixed"``: otherwise holds a double quotation mark (``"``, ``“``, ``”``, ``''``); else
    ``"indirect"``. Single ``‘’`` inside a text count as apostrophes, not quotations.
    """
    t = text.strip()
    end = t.rstrip(".,;:!? \n")
    if t.startswith(_OPEN) and (end.endswith(_CLOSE) or t.endswith(_CLOSE)) and len(t) > 1:
        return "direct"
    return "mixed" if _DOUBLE.search(t) else "indirect"


@dataclass(frozen=True)
class PredictedAttribution:
    """A prediction reduced to what is scored: the pieces of each role (``None`` when absent)."""

    source: Pieces | None
    cue: Pieces | None
    content: Pieces | None
    #: For a floating quote (no source in its sentence), the nearest mention of its resolved
    #: speaker before the content (else after it): the end-to-end match uses it in place of the
    #: missing source, since that mention is who the system says spoke. Not a predicted source
    #: in the per-role scores.
    speaker_mention: Pieces | None = None


@dataclass(frozen=True)
class Score:
    """Counts and precision/recall/F1 of one comparison.

    Attributes:
        tp: matched pairs.
        n_pred: predicted items.
        n_gold: gold items.
    """

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "n_pred": self.n_pred, "n_gold": self.n_gold, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


ZERO = Score(0, 0, 0)


@dataclass(frozen=True)
class DocumentScore:
    """End-to-end counts of one document (for finding where the engine goes wrong)."""

    name: str
    end_to_end: Score
    failed: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, **self.end_to_end.to_dict(), "failed": self.failed}


@dataclass(frozen=True)
class EvalResult:
    """The scores of one evaluation run.

    Attributes:
        documents: number of documents scored.
        roles: ``{(role, match): Score}`` for role in :data:`ROLES`, match in ``("exact", "overlap")``.
        end_to_end: the end-to-end score (content overlap ≥ 0.5 and agreeing source).
        content_only: end to end without the source condition.
        per_document: one :class:`DocumentScore` per document, in input order.
        failed: ``"NAME: cause"`` for each document whose prediction failed (scored as empty).
        meta: how the run was made (``gold_dir``, ``pred_dir`` or ``mode``, ``limit``).
        errors: the end-to-end errors (:func:`document_errors`) when asked for with
            ``keep_errors``; not part of :meth:`to_dict`.
        recall_by_kind: ``{kind: (matched, total)}`` end-to-end recall of the gold attributions
            by :func:`content_kind` of their content (direct, mixed, indirect).
    """

    documents: int
    roles: dict[tuple[str, str], Score] = field(hash=False)
    end_to_end: Score = ZERO
    content_only: Score = ZERO
    per_document: tuple[DocumentScore, ...] = ()
    failed: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    errors: tuple[dict[str, Any], ...] = field(default=(), compare=False, hash=False)
    recall_by_kind: dict[str, tuple[int, int]] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``roles[role][match]`` = counts and P/R/F1 (rounded to 4 places)."""
        roles: dict[str, dict[str, Any]] = {}
        for (role, match), s in self.roles.items():
            roles.setdefault(role, {})[match] = s.to_dict()
        return {
            "documents": self.documents,
            "roles": roles,
            "end_to_end": self.end_to_end.to_dict(),
            "content_only": self.content_only.to_dict(),
            "recall_by_kind": {k: {"tp": tp, "n_gold": n, "recall": round(tp / n, 4) if n else 0.0}
                               for k, (tp, n) in self.recall_by_kind.items()},
            "failed": list(self.failed),
            "per_document": [d.to_dict() for d in self.per_document],
            "meta": dict(self.meta),
        }

    def print_table(self, console: "Console | None" = None) -> None:
        """Print the per-role and end-to-end scores as a rich table (to ``console`` or stdout)."""
        from rich.console import Console
        from rich.table import Table

        console = console or Console()
        meta = self.meta
        origin = f"predictions from {meta['pred_dir']}" if meta.get("pred_dir") else f"engine, mode {meta.get('mode')}"
        table = Table(title=f"{self.documents} documents of {meta.get('gold_dir', 'gold')} ({origin})")
        for col in ("role", "match", "gold", "pred", "tp", "P", "R", "F1"):
            table.add_column(col, justify="left" if col in ("role", "match") else "right")

        def row(role: str, match: str, s: Score, **kw: Any) -> None:
            table.add_row(role, match, str(s.n_gold), str(s.n_pred), str(s.tp), f"{s.precision:.3f}",
                          f"{s.recall:.3f}", f"{s.f1:.3f}", **kw)

        for role in ROLES:
            for match in ("exact", "overlap"):
                row(role, match, self.roles.get((role, match), ZERO))
        table.add_section()
        row("content only", "overlap≥0.5", self.content_only)
        row("END TO END", "content+source", self.end_to_end, style="bold")
        console.print(table)
        if self.recall_by_kind:
            parts = [f"{k} {tp / n:.3f} ({tp}/{n})" for k, (tp, n) in self.recall_by_kind.items() if n]
            console.print("End-to-end recall by gold kind: " + ", ".join(parts), markup=False)
        if self.failed:
            console.print(f"[yellow]{len(self.failed)} document(s) failed and were scored as empty:[/yellow]")
            for f in self.failed:
                console.print(f"  {f}", markup=False)


# ---------------------------------------------------------------- units and matching


class _Units:
    """Maps spans of one document to their units (``\\w+`` token positions or characters)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _WORD.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def tokens(self, pieces: Pieces) -> frozenset[int]:
        found: set[int] = set()
        for s, e in pieces:
            # tokens with end > s and start < e
            lo = bisect_right(self.ends, s)
            hi = bisect_left(self.starts, e)
            found.update(range(lo, hi))
        return frozenset(found)

    def chars(self, pieces: Pieces) -> frozenset[int]:
        return frozenset(i for s, e in pieces for i in range(s, e) if not self.text[i].isspace())


def _overlap(units: _Units, a: Pieces, b: Pieces) -> tuple[float, float]:
    """(overlap coefficient, Jaccard index) of two spans; Jaccard only breaks ties."""
    ta, tb = units.tokens(a), units.tokens(b)
    if not ta or not tb:
        ta, tb = units.chars(a), units.chars(b)
    if not ta or not tb:
        return 0.0, 0.0
    shared = len(ta & tb)
    return shared / min(len(ta), len(tb)), shared / len(ta | tb)


def _greedy(scored: list[tuple[tuple[float, ...], int, int]]) -> list[tuple[int, int]]:
    """One-to-one matching: take pairs by descending score (ties: lower indexes first)."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in sorted(scored, key=lambda x: (tuple(-v for v in x[0]), x[1], x[2])):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            pairs.append((g, p))
    return pairs


def _role_scores(units: _Units, gold: list[Pieces], pred: list[Pieces]) -> tuple[Score, Score]:
    """(exact, overlap) scores of one role in one document.

    Spans are first deduplicated by the non-space characters they cover, so a span shared by
    several events (or repeated with other whitespace) counts once.
    """
    def dedupe(spans: list[Pieces]) -> list[tuple[Pieces, frozenset[int]]]:
        seen: dict[frozenset[int], Pieces] = {}
        for sp in sorted(spans):
            seen.setdefault(units.chars(sp), sp)
        return [(sp, key) for key, sp in seen.items()]

    g, p = dedupe(gold), dedupe(pred)
    pkeys = {key for _, key in p}
    exact = Score(sum(1 for _, key in g if key in pkeys), len(p), len(g))
    scored = []
    for gi, (gs, _) in enumerate(g):
        for pi, (ps, _) in enumerate(p):
            ov, jac = _overlap(units, gs, ps)
            if ov >= OVERLAP_THRESHOLD:
                scored.append(((ov, jac), gi, pi))
    return exact, Score(len(_greedy(scored)), len(p), len(g))


def _shares_token(units: _Units, a: Pieces | None, b: Pieces | None) -> tuple[bool, float]:
    if a is None or b is None:
        return a is None and b is None, 1.0 if a is None and b is None else 0.0
    ta, tb = units.tokens(a), units.tokens(b)
    if not ta or not tb:
        return False, 0.0
    shared = len(ta & tb)
    return shared > 0, shared / min(len(ta), len(tb))


def score_document(doc: GoldDocument, pred: Sequence[PredictedAttribution]) -> tuple[dict[tuple[str, str], Score], Score, Score]:
    """Score one document's predictions.

    Args:
        doc: the gold document (its text is what every predicted offset indexes).
        pred: the predicted attributions, reduced to pieces.

    Returns:
        ``(roles, end_to_end, content_only)`` as defined in the module docstring.
    """
    roles, e2e, co, _ = _score_document(doc, pred)
    return roles, e2e, co


def _score_document(doc: GoldDocument, pred: Sequence[PredictedAttribution]) -> tuple[
        dict[tuple[str, str], Score], Score, Score, dict[str, tuple[int, int]]]:
    """:func:`score_document` plus end-to-end ``{kind: (matched gold, gold)}`` by :func:`content_kind`."""
    units = _Units(doc.text)
    roles: dict[tuple[str, str], Score] = {}
    for role in ROLES:
        g = [_pieces_of_gold(getattr(a, role)) for a in doc.attributions if getattr(a, role) is not None]
        p = [getattr(a, role) for a in pred if getattr(a, role) is not None]
        exact, overlap = _role_scores(units, g, p)  # type: ignore[arg-type]
        roles[(role, "exact")] = exact
        roles[(role, "overlap")] = overlap
    gold, preds, both, content_only = _match_end_to_end(units, doc, pred)
    matched = {g for g, _ in both}
    kinds: dict[str, tuple[int, int]] = {k: (0, 0) for k in KINDS}
    for gi, ga in enumerate(gold):
        k = content_kind(ga.content.text)
        tp, n = kinds[k]
        kinds[k] = (tp + (gi in matched), n + 1)
    return roles, Score(len(both), len(preds), len(gold)), Score(len(content_only), len(preds), len(gold)), kinds


def _match_end_to_end(units: _Units, doc: GoldDocument, pred: Sequence[PredictedAttribution]) -> tuple[
        list[Any], list[PredictedAttribution], list[tuple[int, int]], list[tuple[int, int]]]:
    """Gold and predictions with a content, and the end-to-end and content-only matchings
    (lists of ``(gold index, prediction index)``)."""
    gold = [a for a in doc.attributions if a.content is not None]
    preds = [a for a in pred if a.content is not None]
    both: list[tuple[tuple[float, ...], int, int]] = []
    content_only: list[tuple[tuple[float, ...], int, int]] = []
    for gi, ga in enumerate(gold):
        gc = _pieces_of_gold(ga.content)
        gs = _pieces_of_gold(ga.source) if ga.source is not None else None
        for pi, pa in enumerate(preds):
            ov, jac = _overlap(units, gc, pa.content)  # type: ignore[arg-type]
            if ov < OVERLAP_THRESHOLD:
                continue
            content_only.append(((ov, jac), gi, pi))
            ok, sov = _shares_token(units, gs, pa.source if pa.source is not None else pa.speaker_mention)
            if ok:
                both.append(((ov, sov, jac), gi, pi))
    return gold, preds, _greedy(both), _greedy(content_only)


def document_errors(doc: GoldDocument, pred: Sequence[PredictedAttribution]) -> list[dict[str, Any]]:
    """The end-to-end errors of one document, for reading (``saidwhat evaluate --errors``).

    Args:
        doc: the gold document.
        pred: the predicted attributions, reduced to pieces.

    Returns:
        One dict per error, in text order, with ``kind``:

        * ``"wrong_source"``: a gold attribution whose content a prediction matched (content
          only matching) but whose source disagrees;
        * ``"missed"``: a gold attribution no prediction matched, even by content;
        * ``"spurious"``: a prediction that matched no gold attribution, even by content;

        and ``doc``, ``start_char`` (of the content), ``gold`` / ``pred`` (each ``None`` or
        ``{"source", "cue", "content"}`` texts, pieces joined by " … "), ``gold_id``.
    """
    units = _Units(doc.text)
    gold, preds, both, content_only = _match_end_to_end(units, doc, pred)
    ok_g = {g for g, _ in both}
    ok_p = {p for _, p in both}
    by_content = {g: p for g, p in content_only if g not in ok_g and p not in ok_p}

    def texts(a: Any) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for role in ROLES:
            span = getattr(a, role)
            pieces = _pieces_of_gold(span) if isinstance(span, GoldSpan) else span
            out[role] = None if pieces is None else " … ".join(doc.text[s:e] for s, e in pieces)
        return out

    errors: list[dict[str, Any]] = []
    for gi, ga in enumerate(gold):
        if gi in ok_g:
            continue
        pa = preds[by_content[gi]] if gi in by_content else None
        errors.append({"doc": doc.name, "kind": "wrong_source" if pa is not None else "missed",
                       "start_char": ga.content.start_char, "gold_id": ga.id, "gold": texts(ga),
                       "pred": texts(pa) if pa is not None else None})
    used = set(by_content.values())
    for pi, pa in enumerate(preds):
        if pi in ok_p or pi in used:
            continue
        errors.append({"doc": doc.name, "kind": "spurious", "start_char": pa.content[0][0],  # type: ignore[index]
                       "gold_id": None, "gold": None, "pred": texts(pa)})
    errors.sort(key=lambda e: e["start_char"])
    return errors


def _pieces_of_gold(span: GoldSpan | None) -> Pieces | None:
    return None if span is None else span.pieces


def _pieces_of_span(span: Span | None) -> Pieces | None:
    if span is None:
        return None
    if span.pieces:
        return tuple((p.start_char, p.end_char) for p in span.pieces)
    return ((span.start_char, span.end_char),)


def from_article(article: Article) -> list[PredictedAttribution]:
    """Reduce an :class:`~saidwhat.Article`'s attributions to scored pieces."""
    out = []
    for a in article.attributions:
        mention = None
        speaker = article.speaker(a.speaker_id) if a.source is None else None
        if speaker is not None and speaker.mentions:
            before = [m for m in speaker.mentions if m.end_char <= a.content.start_char]
            m = (max(before, key=lambda m: m.end_char) if before
                 else min(speaker.mentions, key=lambda m: m.start_char))
            mention = ((m.start_char, m.end_char),)
        out.append(PredictedAttribution(_pieces_of_span(a.source), _pieces_of_span(a.cue), _pieces_of_span(a.content),
                                        mention))
    return out


def from_gold(doc: GoldDocument) -> list[PredictedAttribution]:
    """Use a :class:`GoldDocument`'s attributions as predictions (brat predictions, agreement)."""
    return [PredictedAttribution(_pieces_of_gold(a.source), _pieces_of_gold(a.cue), _pieces_of_gold(a.content))
            for a in doc.attributions]


def score_documents(gold: Sequence[GoldDocument],
                    predictions: Sequence[Article | Sequence[PredictedAttribution] | SaidwhatError | None],
                    *, meta: dict[str, Any] | None = None, keep_errors: bool = False) -> EvalResult:
    """Score predictions for gold documents, one prediction per document in the same order.

    Args:
        gold: the gold documents.
        predictions: for each document an :class:`~saidwhat.Article` (whose text must equal the
            gold text), a list of :class:`PredictedAttribution`, or an error / ``None`` for a
            failed document (scored as an empty prediction and listed in ``failed``).
        meta: kept in :attr:`EvalResult.meta`.
        keep_errors: also list every end-to-end error in :attr:`EvalResult.errors`
            (see :func:`document_errors`).

    Returns:
        The :class:`EvalResult` (micro averages over documents).

    Raises:
        ValueError: the two sequences differ in length.
        InputError: an Article's text differs from its gold text (its offsets would be meaningless).
    """
    if len(gold) != len(predictions):
        raise ValueError(f"{len(gold)} gold documents but {len(predictions)} predictions")
    roles = {(r, m): ZERO for r in ROLES for m in ("exact", "overlap")}
    e2e = co = ZERO
    per_doc: list[DocumentScore] = []
    failed: list[str] = []
    errors: list[dict[str, Any]] = []
    by_kind = {k: (0, 0) for k in KINDS}
    for doc, pred in zip(gold, predictions):
        cause: str | None = None
        if pred is None or isinstance(pred, SaidwhatError):
            cause = str(pred) if pred is not None else "no prediction"
            failed.append(f"{doc.name}: {cause}")
            attrs: Sequence[PredictedAttribution] = []
        elif isinstance(pred, Article):
            if pred.text != doc.text:
                raise InputError(f"{doc.name}: the prediction's text differs from the gold text "
                                 f"({len(pred.text)} vs {len(doc.text)} characters); offsets can't be compared")
            attrs = from_article(pred)
        else:
            attrs = pred
        r, e, c, kinds = _score_document(doc, attrs)
        roles = {k: roles[k] + r[k] for k in roles}
        e2e, co = e2e + e, co + c
        by_kind = {k: (by_kind[k][0] + kinds[k][0], by_kind[k][1] + kinds[k][1]) for k in KINDS}
        per_doc.append(DocumentScore(doc.name, e, cause))
        if keep_errors:
            errors.extend(document_errors(doc, attrs))
    return EvalResult(len(gold), roles, e2e, co, tuple(per_doc), tuple(failed), dict(meta or {}), tuple(errors),
                      by_kind)


def _read_prediction(doc: GoldDocument, gold_dir: Path, pred_dir: Path) -> Article | list[PredictedAttribution] | SaidwhatError:
    """The prediction for ``doc`` from ``pred_dir``: ``NAME.json`` (saidwhat/1), else ``NAME.ann`` or the
    first ``NAME_*.ann`` in sorted order (brat)."""
    js, ann = pred_dir / f"{doc.name}.json", pred_dir / f"{doc.name}.ann"
    if not ann.is_file():  # brat layout NAME_ANNOTATOR.ann: the first in sorted order, as for gold
        ann = next((f for f in sorted(pred_dir.glob(f"{glob.escape(doc.name)}_*.ann"))
                    if f.name.rsplit("_", 1)[0] == doc.name), ann)
    if js.is_file():
        try:
            d = json.loads(js.read_text(encoding="utf-8"))
            if "text" not in d:  # written with include_text=False: the gold text, checked by hash
                from ..engine import text_sha256

                if d.get("text_sha256") != text_sha256(doc.text):
                    raise InputError(f"{js}: text_sha256 differs from the gold text's")
                d = {**d, "text": doc.text}
            return Article.from_dict(d)
        except (ValueError, KeyError, TypeError) as exc:
            return InputError(f"{js}: not a saidwhat/1 article ({type(exc).__name__}: {exc})")
        except InputError as exc:
            return exc
    if ann.is_file():
        try:
            return from_gold(read_document(gold_dir / "text" / f"{doc.name}.txt", ann))
        except InputError as exc:
            return exc
    return InputError(f"no {doc.name}.json or {doc.name}.ann in {pred_dir}")


def evaluate_dir(gold_dir: str | Path, *, pred_dir: str | Path | None = None, mode: str | None = None,
                 limit: int | None = None, n_process: int = 1, keep_errors: bool = False) -> EvalResult:
    """Evaluate the engine (or stored predictions) on a PolNeAR split folder.

    Args:
        gold_dir: a split folder with ``text/`` and ``attributions/`` (see
            :func:`saidwhat.evaluate.brat.read_corpus`).
        pred_dir: a folder of predictions, one per gold text: ``NAME.json`` (schema saidwhat/1,
            ``Article.to_dict()``) or ``NAME.ann`` / ``NAME_ANNOTATOR.ann`` (brat standoff, PolNeAR
            labels; the first in sorted order). When ``None``
            the engine is run with :func:`saidwhat.extract_many` on the gold texts.
        mode: the engine mode (``"accurate"`` or ``"fast"``) when running the engine.
        limit: score only the first ``limit`` documents in name order.
        n_process: spaCy worker processes when running the engine.
        keep_errors: list every end-to-end error in :attr:`EvalResult.errors`.

    Returns:
        The :class:`EvalResult`. Documents whose prediction failed are scored as empty and listed
        in ``failed``.

    Raises:
        InputError: ``gold_dir`` or ``pred_dir`` is not a usable folder, a gold file is malformed,
            or ``limit`` is not positive.
        ModelError: the engine's model can't be loaded.
    """
    gold_dir = Path(gold_dir)
    if limit is not None and limit < 1:
        raise InputError(f"limit must be a positive number of documents, got {limit}")
    gold = read_corpus(gold_dir)
    if limit is not None:
        gold = gold[:limit]
    meta: dict[str, Any] = {"gold_dir": str(gold_dir), "limit": limit,
                            "annotators": {d.name: d.annotator for d in gold}}
    preds: list[Any]
    if pred_dir is not None:
        pred_dir = Path(pred_dir)
        if not pred_dir.is_dir():
            raise InputError(f"{pred_dir}: not a folder of predictions")
        meta["pred_dir"] = str(pred_dir)
        preds = [_read_prediction(d, gold_dir, pred_dir) for d in gold]
    else:
        from .. import extract_many

        meta["mode"] = mode or "accurate"
        preds = list(extract_many(_texts(gold), n_process=n_process, mode=mode))
        if preds and isinstance(preds[0], Article):
            meta["mode"] = preds[0].meta.get("mode", meta["mode"])
    return score_documents(gold, preds, meta=meta, keep_errors=keep_errors)


def annotator_agreement(gold_dir: str | Path) -> EvalResult:
    """Inter-annotator agreement under the same metrics: a ceiling for the engine's scores.

    For every text of the split with several ``NAME_ANNOTATOR.ann`` files, each ordered pair of
    its annotators (A, B) is scored with A as gold and B as prediction; the counts are summed
    over pairs, so precision equals recall (each pair is also scored the other way round).

    Args:
        gold_dir: a PolNeAR split folder (``text/`` and ``attributions/``).

    Returns:
        The :class:`EvalResult` over all pairs (``documents`` counts pairs), or an empty result
        when no text has two annotators.

    Raises:
        InputError: the folder is not a split folder or a file is malformed.
    """
    gold_dir = Path(gold_dir)
    for sub in ("text", "attributions"):
        if not (gold_dir / sub).is_dir():
            raise InputError(f"{gold_dir}: not a PolNeAR split folder (no {sub}/ inside)")
    groups: dict[str, list[Path]] = {}
    for ann in sorted((gold_dir / "attributions").glob("*.ann")):
        name = ann.name.rsplit("_", 1)[0]
        if (gold_dir / "text" / f"{name}.txt").is_file():
            groups.setdefault(name, []).append(ann)
    golds: list[GoldDocument] = []
    preds: list[Sequence[PredictedAttribution]] = []
    for name, anns in sorted(groups.items()):
        if len(anns) < 2:
            continue
        docs = [read_document(gold_dir / "text" / f"{name}.txt", a) for a in anns]
        for a in docs:
            for b in docs:
                if a is not b:
                    golds.append(a)
                    preds.append(from_gold(b))
    return score_documents(golds, preds, meta={"gold_dir": str(gold_dir), "pred_dir": "other annotators",
                                               "texts": sum(1 for v in groups.values() if len(v) > 1)})


def _texts(gold: Iterable[GoldDocument]) -> Iterable[tuple[str, dict[str, Any]]]:
    for d in gold:
        yield d.text, {"name": d.name, "meta": {"name": d.name}}


__all__ = [
    "OVERLAP_THRESHOLD", "ROLES", "DocumentScore", "EvalResult", "PredictedAttribution", "Score", "annotator_agreement",
    "KINDS", "content_kind", "document_errors", "evaluate_dir", "from_article", "from_gold", "score_document", "score_documents",
]
