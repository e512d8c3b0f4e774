"""Score speaker resolution against the speaker gold set (``gold/speakers``, issue 11).

The gold set (rules in ``gold/speakers/README.md``) gives, for PolNeAR attributions (Newell,
Margolin & Ruths, LREC 2018) and cue-less quote paragraphs, the canonical speaker the source
mention refers to, as offsets into the PolNeAR texts. Two measures:

* **speaker accuracy**, by mention kind: among gold mentions whose statement the engine found (a
  predicted attribution whose content overlaps the gold content, overlap coefficient of ``\\w+``
  tokens ≥ 0.5), the share whose predicted speaker is right;
* **statement precision** of the default view (speech and writing, negated hidden, as a user
  sees it): the share of shown attributions whose content overlaps some gold content (≥ 0.5),
  whoever the speaker; meaningful on a gold that lists every attribution of its texts (the
  genre set; PolNeAR's own attributions for the PolNeAR part);
* **who-said-what** precision/recall/F1: a predicted attribution is right when it overlaps a gold
  content (≥ 0.5) **and** names the right speaker. Gold rows and predictions are paired one to
  one first; then a cue-less quote row left alone may share a prediction whose content also runs
  over it when the prediction's first partner lies elsewhere in the text (the engine joins a
  cue-less quote paragraph to the quote before it as a second piece of one attribution: both
  are attributed to that speaker). Recall counts gold rows, precision counts predictions (one
  standing for two gold rows counts once).

A predicted speaker is right for a gold **name** when its normalised name (case, punctuation,
a leading "the", honorifics and titles, a possessive ending) equals the gold name or one of its
``aliases``, or holds all of the gold name's words with the same last word ("Donald J. Trump" for
"Donald Trump"; "Trump" for "Donald Trump" is wrong); for ``anonymous`` only an ``anonymous``
speaker is right; for ``none`` no speaker (or an ``unresolved`` one) is right. ``writer`` rows
(the article's author, whom the engine cannot know from the text) are counted apart.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ..errors import InputError
from .score import OVERLAP_THRESHOLD, _greedy, _overlap, _Units

if TYPE_CHECKING:
    from rich.console import Console

    from ..types import Article

#: Mention-kind groups the issue's bars are set on.
GROUPS: dict[str, tuple[str, ...]] = {
    "pronoun": ("pronoun", "relative"),
    "nominal": ("nominal",),
    "org_description": ("org_description",),
    "cueless_quote": ("cueless_quote",),
    "full name": ("name", "org_name"),
    "not a full name": ("surname", "pronoun", "relative", "nominal", "org_description", "possessive",
                        "document", "anonymous", "no_source", "cueless_quote"),
}
SPECIAL = ("anonymous", "none", "writer")
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "president", "pres", "sir",
           "dame", "prof", "professor", "judge", "justice", "mayor", "secretary", "gen", "general", "rev", "the"}


def normalise_name(name: str) -> str:
    """Lower case, possessive and punctuation removed, titles and a leading "the" dropped.

    Unicode NFC first, so that canonically equal spellings compare equal ("Sarukha" + U+0303 + "n"
    and the precomposed "Sarukhãn": without it the combining mark splits the word), and HTML
    character references read as their character ("Simon &amp; Field" is "Simon & Field": a gold
    row may copy a scraped page's name as it stands, while the engine reads the reference).
    """
    s = re.sub(r"['’]s\b|['’]$", "", unicodedata.normalize("NFC", html.unescape(name)).strip())
    words = re.findall(r"[^\W_]+", s.lower())
    while words and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class GoldMention:
    """One row of the speaker gold set (offsets: characters of the PolNeAR text)."""

    doc: str
    item: str
    kind: str
    speaker: str
    speaker_type: str | None
    aliases: tuple[str, ...]
    source: tuple[int, int] | None
    content: tuple[int, int] | None


def read_gold(path: str | Path) -> list[GoldMention]:
    """Rows of a speaker gold file (JSON Lines, fields in ``gold/speakers/README.md``).

    Raises:
        InputError: the file is missing or a row lacks ``doc``/``item``/``kind``/``speaker``.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such speaker gold file")
    out = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        if not all(r.get(k) for k in ("doc", "item", "kind", "speaker")):
            raise InputError(f"{p}:{n}: a row needs doc, item, kind and speaker")
        src = (r["source_start"], r["source_end"]) if r.get("source_start") is not None else None
        con = (r["content_start"], r["content_end"]) if r.get("content_start") is not None else None
        out.append(GoldMention(r["doc"], r["item"], r["kind"], r["speaker"], r.get("speaker_type"),
                               tuple(r.get("aliases") or ()), src, con))
    return out


def speaker_right(gold: GoldMention, name: str | None, kind: str | None) -> bool:
    """Whether a predicted speaker (``name``, ``kind``; both ``None`` for no speaker) is right."""
    if gold.speaker == "anonymous":
        return kind == "anonymous"
    if gold.speaker == "none":
        return name is None and kind in (None, "unresolved")
    if not name:
        return False
    got = normalise_name(name)
    for want in (gold.speaker, *gold.aliases):
        w = normalise_name(want)
        if got == w:
            return True
        gw, ww = got.split(), w.split()
        if ww and gw and gw[-1] == ww[-1] and set(ww) <= set(gw):
            return True
    return False


@dataclass
class Tally:
    right: int = 0
    found: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.found if self.found else 0.0

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(self.right + other.right, self.found + other.found, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"right": self.right, "found": self.found, "total": self.total, "accuracy": round(self.accuracy, 4)}


@dataclass
class SpeakerResult:
    """Speaker accuracy by kind and group, who-said-what P/R/F1, and the errors."""

    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    tp: int = 0  # gold rows found with the right speaker (recall's numerator)
    tp_pred: int = 0  # predictions paired with a gold row and right (precision's numerator)
    n_pred: int = 0
    n_gold: int = 0
    writer: Tally = field(default_factory=Tally)
    errors: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0
    shown: int = 0  # predictions in the default view (speech + writing, not negated)
    shown_statements: int = 0  # ... whose content overlaps a gold content (≥ 0.5)
    spurious: list[dict[str, Any]] = field(default_factory=list)  # the others
    #: found rows whose prediction carries a ``speaker_confidence``: ``(confidence, right, via)``
    #: (session 17, the ``confidence`` block: :func:`confidence_report`)
    conf_rows: list[tuple[float, bool, str | None]] = field(default_factory=list)
    no_confidence: int = 0  # found rows whose prediction has no speaker (so no confidence)

    @property
    def statement_precision(self) -> float:
        """Share of the default view's attributions that are gold statements (any speaker)."""
        return self.shown_statements / self.shown if self.shown else 0.0

    def group(self, name: str) -> Tally:
        """The kinds of :data:`GROUPS` ``name`` (or the one kind ``name``) added up."""
        return sum((self.by_kind[k] for k in GROUPS.get(name, (name,)) if k in self.by_kind), Tally())

    @property
    def overall(self) -> Tally:
        return sum(self.by_kind.values(), Tally())

    @property
    def precision(self) -> float:
        """Right predictions over predictions (a prediction standing for two gold rows counts once)."""
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        """Gold rows found with the right speaker over gold rows."""
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "speaker_accuracy": self.overall.to_dict(),
            "by_kind": {k: v.to_dict() for k, v in sorted(self.by_kind.items())},
            "by_group": {g: self.group(g).to_dict() for g in GROUPS},
            "who_said_what": {"tp": self.tp, "tp_pred": self.tp_pred, "pred": self.n_pred, "gold": self.n_gold,
                              "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                              "f1": round(self.f1, 4)},
            "writer_rows": self.writer.to_dict(),
            "statement_precision": {"shown": self.shown, "statements": self.shown_statements,
                                    "precision": round(self.statement_precision, 4)},
            "confidence": {**confidence_report([(c, ok) for c, ok, _ in self.conf_rows]),
                           "no_confidence": self.no_confidence},
        }

    def print_table(self, console: "Console | None" = None) -> None:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        console = console or Console()
        table = Table(title=f"speaker resolution on {self.documents} documents")
        for col in ("mentions", "gold", "found", "right", "accuracy"):
            table.add_column(col, justify="left" if col == "mentions" else "right")
        for k, v in sorted(self.by_kind.items(), key=lambda kv: -kv[1].total):
            table.add_row(k, str(v.total), str(v.found), str(v.right), f"{v.accuracy:.3f}")
        table.add_section()
        for g in GROUPS:
            v = self.group(g)
            table.add_row(escape(f"[{g}]"), str(v.total), str(v.found), str(v.right), f"{v.accuracy:.3f}")
        o = self.overall
        table.add_section()
        table.add_row("OVERALL", str(o.total), str(o.found), str(o.right), f"{o.accuracy:.3f}")
        console.print(table)
        console.print(f"who-said-what (content overlap ≥ {OVERLAP_THRESHOLD} and right speaker): "
                      f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                      f"(tp {self.tp}, pred {self.n_pred}, gold {self.n_gold}); "
                      f"writer rows apart: {self.writer.total}")
        console.print(f"statement precision of the default view (speech + writing, not negated): "
                      f"{self.statement_precision:.3f} ({self.shown_statements} of {self.shown} shown "
                      f"overlap a gold statement)")
        c = confidence_report([(c, ok) for c, ok, _ in self.conf_rows])
        console.print(f"speaker_confidence on {c['rows']} found rows: ECE {c['ece']:.3f}  Brier {c['brier']:.3f}; "
                      + "  ".join(f"[{b['lo']:.1f},{b['hi']:.1f}{']' if b['hi'] >= 1 else ')'} "
                                  f"{b['accuracy']:.2f}/{b['mean_confidence']:.2f} n{b['n']}"
                                  for b in c["bins"] if b["n"]) + " (accuracy/mean confidence)")
        console.print("  keep >= t: " + "  ".join(f"{f['threshold']:g}: {f['kept_share']:.0%} kept, "
                                                 f"{f['accuracy']:.1%} right" for f in c["filter"]))


#: Lower edges of the confidence bins of :func:`confidence_report` (the last bin, [0.9, 1.0], is closed).
CONF_EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
#: Thresholds of its filter table ("keep the speakers we are at least t sure of"); 0.95 because the
#: calibrated values (:mod:`saidwhat.pipeline.speakers.calibration`) mostly lie above 0.9.
CONF_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def confidence_report(rows: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    """How well ``speaker_confidence`` predicts a right speaker (session 17).

    Args:
        rows: ``(confidence, right)`` for each found gold row whose prediction has a speaker
            (confidence in ``[0, 1]``, as the attribution's JSON rounds it: 4 decimals).

    Returns:
        ``rows``; ``bins``: for each bin of :data:`CONF_EDGES` (``[lo, hi)``, the last one
        ``[0.9, 1.0]``) ``n``, ``right``, ``accuracy`` and ``mean_confidence``; ``ece``: expected
        calibration error, ``sum(n_b / N * |accuracy_b - mean_confidence_b|)``; ``brier``: mean of
        ``(confidence - right)**2`` (right as 1/0); ``filter``: for each threshold ``t`` of
        :data:`CONF_THRESHOLDS` the rows with ``confidence >= t``: ``kept``, ``kept_share`` (of all
        rows) and ``accuracy`` of those kept. All 0.0 on no rows.
    """
    from bisect import bisect_right

    n_all = len(rows)
    acc: list[list[float]] = [[0, 0, 0.0] for _ in CONF_EDGES]  # n, right, sum of confidence
    for c, ok in rows:
        b = acc[max(0, bisect_right(CONF_EDGES, c) - 1)]
        b[0] += 1
        b[1] += bool(ok)
        b[2] += c
    bins, ece = [], 0.0
    for i, (n, r, sc) in enumerate(acc):
        a, m = (r / n, sc / n) if n else (0.0, 0.0)
        ece += n / n_all * abs(a - m) if n_all else 0.0
        bins.append({"lo": CONF_EDGES[i], "hi": CONF_EDGES[i + 1] if i + 1 < len(CONF_EDGES) else 1.0,
                     "n": int(n), "right": int(r), "accuracy": round(a, 4), "mean_confidence": round(m, 4)})
    brier = sum((c - bool(ok)) ** 2 for c, ok in rows) / n_all if n_all else 0.0
    filt = []
    for t in CONF_THRESHOLDS:
        kept = [ok for c, ok in rows if c >= t]
        filt.append({"threshold": t, "kept": len(kept), "kept_share": round(len(kept) / n_all, 4) if n_all else 0.0,
                     "accuracy": round(sum(kept) / len(kept), 4) if kept else 0.0})
    return {"rows": n_all, "ece": round(ece, 4), "brier": round(brier, 4), "bins": bins, "filter": filt}


def score_article(result: SpeakerResult, text: str, gold: Sequence[GoldMention], article: "Article") -> None:
    """Add one document's counts to ``result``."""
    units = _Units(text)
    rows = [g for g in gold if g.content is not None and g.content[1] > g.content[0]]
    preds = list(article.attributions)
    scored = []
    for gi, g in enumerate(rows):
        for pi, a in enumerate(preds):
            pieces = tuple((p.start_char, p.end_char) for p in (a.content.pieces or (a.content,)))
            ov, jac = _overlap(units, (g.content,), pieces)
            if ov >= OVERLAP_THRESHOLD:
                src_hit = 1.0 if (g.source and a.source and a.source.start_char < g.source[1]
                                  and g.source[0] < a.source.end_char) else 0.0
                scored.append(((src_hit, ov, jac), gi, pi))
    pairs = dict(_greedy(scored))
    # A cue-less quote paragraph has no cue of its own, so the engine may join it to the quote
    # before it (one attribution, content in several pieces): a cue-less row left unpaired takes
    # the best prediction that runs over it when that prediction's first partner lies elsewhere
    # in the text. Rows with a cue of their own stay one to one (a nested attribution is not
    # found by the quote around it).
    partner = {pi: gi for gi, pi in pairs.items()}
    for _, gi, pi in sorted(scored, key=lambda x: (tuple(-v for v in x[0]), x[1], x[2])):
        if gi in pairs or rows[gi].kind != "cueless_quote":
            continue
        other = rows[partner[pi]].content if pi in partner else None
        if other is not None and other[0] < rows[gi].content[1] and rows[gi].content[0] < other[1]:
            continue
        pairs[gi] = pi
        partner.setdefault(pi, gi)
    right_preds: set[int] = set()
    writer_preds = set()
    result.documents += 1
    for gi, g in enumerate(rows):
        pi = pairs.get(gi)
        a = preds[pi] if pi is not None else None
        sp = article.speaker(a.speaker_id) if a is not None else None
        name, kind = (sp.name, sp.kind) if sp is not None else (None, None)
        if g.speaker == "writer":
            result.writer.total += 1
            if a is not None:
                writer_preds.add(pi)
                result.writer.found += 1
            continue
        tally = result.by_kind[g.kind]
        tally.total += 1
        result.n_gold += 1
        if a is None:
            continue
        tally.found += 1
        ok = speaker_right(g, name, kind)
        if a.speaker_confidence is not None:
            result.conf_rows.append((round(float(a.speaker_confidence), 4), ok, a.speaker_via))
        else:
            result.no_confidence += 1
        if ok:
            tally.right += 1
            result.tp += 1
            right_preds.add(pi)
        else:
            result.errors.append({"doc": g.doc, "item": g.item, "kind": g.kind, "gold": g.speaker,
                                  "pred": name or kind, "source": a.source.text if a.source else None,
                                  "gold_source": text[g.source[0]:g.source[1]] if g.source else None,
                                  "content": a.content.text[:100]})
    result.n_pred += len(preds) - len(writer_preds - right_preds)
    # statement precision of the default view (speech and writing, negated hidden): a shown
    # attribution is a statement when its content overlaps some gold content (any speaker)
    from ..filters import select

    shown = {a.id for a in select(article).attributions}
    matched = {pi for _, _, pi in scored}
    for pi, a in enumerate(preds):
        if a.id in shown:
            result.shown += 1
            if pi in matched:
                result.shown_statements += 1
            else:
                result.spurious.append({"doc": rows[0].doc if rows else None, "cue": a.cue.text if a.cue else None,
                                        "cue_class": a.cue_class, "source": a.source.text if a.source else None,
                                        "content": a.content.text[:100]})
    result.tp_pred += len(right_preds)


def evaluate_speakers(gold_path: str | Path, polnear_dir: str | Path, *, mode: str | None = None,
                      limit: int | None = None) -> SpeakerResult:
    """Run the engine on every gold document and score its speakers.

    Args:
        gold_path: a speaker gold file (``gold/speakers/dev.jsonl``).
        polnear_dir: the PolNeAR folder holding ``train/text`` and ``dev/text``. A gold set
            that carries its own texts beside it (``GOLD_DIR/SPLIT/text/NAME.txt``, as
            ``gold/speakers/genre/``) is read from there first.
        mode: engine mode.
        limit: only the first N documents (by name).

    Raises:
        InputError: a gold file or a text is missing.
    """
    from .. import extract

    gold = read_gold(gold_path)
    by_doc: dict[str, list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc].append(g)
    result = SpeakerResult()
    names = sorted(by_doc)[:limit] if limit else sorted(by_doc)
    for doc in names:
        split, name = doc.split("/", 1)
        path = Path(gold_path).parent / split / "text" / f"{name}.txt"
        if not path.is_file():
            path = Path(polnear_dir) / split / "text" / f"{name}.txt"
        if not path.is_file():
            raise InputError(f"{path}: no such PolNeAR text (is --polnear the folder holding train/ and dev/?)")
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        score_article(result, text, by_doc[doc], extract(text, mode=mode))
    return result


def agreement(first: Iterable[GoldMention], second: Iterable[GoldMention]) -> dict[str, Any]:
    """Exact agreement of two annotators on ``speaker`` (normalised as the scorer does; each
    one's aliases accepted) and on ``kind``, over the rows both labelled."""
    a = {(g.doc, g.item): g for g in first}
    rows = [(a[(g.doc, g.item)], g) for g in second if (g.doc, g.item) in a]
    sp = sum(1 for x, y in rows if _same_speaker(x, y))
    kd = sum(1 for x, y in rows if x.kind == y.kind)
    kinds = Counter(x.kind for x, _ in rows)
    return {"rows": len(rows), "speaker_agree": sp, "kind_agree": kd,
            "speaker_agreement": round(sp / len(rows), 4) if rows else 0.0,
            "kind_agreement": round(kd / len(rows), 4) if rows else 0.0, "kinds": dict(kinds),
            "disagreements": [{"doc": x.doc, "item": x.item, "first": [x.kind, x.speaker], "second": [y.kind, y.speaker]}
                              for x, y in rows if not _same_speaker(x, y) or x.kind != y.kind]}


def _same_speaker(x: GoldMention, y: GoldMention) -> bool:
    if x.speaker in SPECIAL or y.speaker in SPECIAL:
        return x.speaker == y.speaker
    return speaker_right(x, y.speaker, y.speaker_type) or speaker_right(y, x.speaker, x.speaker_type)
