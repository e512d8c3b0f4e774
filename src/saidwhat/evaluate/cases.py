"""Judge an :class:`~saidwhat.types.Article` against hand-made gold rows of ``shared/cases``.

The rule is the one of ``shared/cases/README.md``: a gold segment is *found* when a predicted
attribution's content overlaps it (in character offsets) with a token overlap coefficient of at
least 0.5 (tokens = ``\\w+``, lowercased, as multisets; coefficient = shared tokens / tokens of the
shorter span) and the predicted speaker names the same person (same surname) or organisation
(same name, ignoring a leading "the"). A gold ``speaker`` of ``null`` is matched only by a
prediction with no named speaker. Optional segments count neither way. A prediction that matches
no gold segment, or only segments another prediction already matched, is a false positive.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..types import Article, Attribution

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def overlap_coefficient(a: str, b: str) -> float:
    """Shared ``\\w+`` tokens / tokens of the shorter text (0 when either has none)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return sum((ta & tb).values()) / min(sum(ta.values()), sum(tb.values()))


def _norm_name(name: str) -> str:
    name = re.sub(r"['’]s?$", "", name.strip())
    return re.sub(r"^the\s+", "", name, flags=re.I).lower()


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Same person (same surname) or organisation (same name); ``None`` matches ``None``."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = _norm_name(gold), _norm_name(predicted)
    if g == p:
        return True
    gs, ps = g.split(), p.split()
    return bool(gs and ps and gs[-1] == ps[-1] and (len(gs) == 1 or len(ps) == 1 or gs[0] == ps[0] or len(gs) > 2 or len(ps) > 2))


def _content_text(text: str, a: Attribution) -> str:
    pieces = a.content.pieces or (a.content,)
    return " ".join(text[p.start_char:p.end_char] for p in pieces)


def _chars_overlap(a: Attribution, start: int, end: int) -> bool:
    pieces = a.content.pieces or (a.content,)
    return any(p.start_char < end and start < p.end_char for p in pieces)


@dataclass
class CaseResult:
    """Outcome of judging one article.

    Attributes:
        found: non-optional gold segments found.
        total: non-optional gold segments.
        false_positives: predictions that match no (new) gold segment, as dicts.
        missed: the non-optional gold rows not found.
    """

    found: int
    total: int
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)


def judge(article: Article, gold: list[dict[str, Any]]) -> CaseResult:
    """Judge ``article`` against ``gold`` rows (the fields of ``shared/cases/README.md``)."""
    text = article.text
    matched_gold: set[int] = set()
    fps: list[dict[str, Any]] = []
    for a in article.attributions:
        sp = article.speaker(a.speaker_id)
        name = sp.name if sp else None
        ptext = _content_text(text, a)
        hits = []
        for gi, g in enumerate(gold):
            if not _chars_overlap(a, g["content_start"], g["content_end"]):
                continue
            if overlap_coefficient(ptext, g["content"]) >= 0.5 and same_speaker(g.get("speaker"), name):
                hits.append(gi)
        new = [gi for gi in hits if gi not in matched_gold]
        matched_gold.update(hits)
        if not new and not any(gold[gi].get("optional") for gi in hits):
            fps.append({"speaker": name, "content": a.content.text, "start_char": a.content.start_char,
                        "duplicate": bool(hits)})
    required = [gi for gi, g in enumerate(gold) if not g.get("optional")]
    found = sum(1 for gi in required if gi in matched_gold)
    missed = [gold[gi] for gi in required if gi not in matched_gold]
    return CaseResult(found, len(required), fps, missed)


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a ``gold/NAME.jsonl`` file."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
