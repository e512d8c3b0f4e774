"""Draft attributions and the checks every draft passes before it becomes a record.

Each rule stage of :mod:`.attribution` (and the learned tagger's hook) appends :class:`Draft`
objects; :func:`check_draft` then decides, for each one, whether it can become an
:class:`~saidwhat.types.Attribution`. A draft that a rule built wrongly (a span out of the
text or reversed, a cue or source crossing the content) is **dropped on its own**, with a warning
naming the rule that built it, so that one bad rule costs one attribution and never the article
(issue 10). Two conventions are repaired rather than dropped, because they are span-edge choices
and not rule bugs:

* a source or cue never crosses a line break: a source that runs over a paragraph break (a photo
  credit before a name, "SANA via AP\\n\\nAssad") keeps the part on the cue's side; a cue keeps its
  longest line;
* a content piece does not start with the punctuation that separated it from its cue
  (``", there are …"`` → ``"there are …"``; PolNeAR guidelines, "Content": the content is the
  reported proposition, without the connecting punctuation).

All offsets are ``[start, end)`` in characters of the original text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("saidwhat.pipeline")

#: Characters stripped from the start of a content piece (never a quotation mark).
#: Characters a cue does not end or start with (quotation marks, spaces), though ":" may be a cue.
_CUE_EDGE = " \t\r\n\u00a0\"“”‘’'«»„"
_LEAD_PUNCT = " \t\r\n\u00a0\u200b,;:)]}–—―"


@dataclass
class Draft:
    """An attribution being assembled (mutable; turned into a frozen record at the end).

    Attributes:
        content: ``(start_char, end_char)`` pieces of the content.
        source, cue, addressee: ``(start_char, end_char)`` or ``None``.
        type: ``direct``, ``indirect`` or ``mixed``.
        confidence: 0–1.
        follow: a floating quote's speaker comes from this earlier draft.
        cue_token: index of the cue's head token in the Doc, when known.
        nested: the draft sits inside another attribution's content.
        speaker_key: set by speaker resolution.
        rule: name of the stage that built it (for warnings and ``Article.meta``).
        extra: stage-specific notes.
    """

    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    type: str
    confidence: float
    addressee: tuple[int, int] | None = None
    follow: "Draft | None" = None
    cue_token: int | None = None
    nested: bool = False
    speaker_key: str | None = None
    rule: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


class DraftError(ValueError):
    """A draft attribution that cannot become a record (the message says why)."""


def _in_text(span: tuple[int, int] | None, n: int) -> bool:
    return span is None or (isinstance(span, tuple) and len(span) == 2 and 0 <= span[0] < span[1] <= n)


def _one_line(text: str, span: tuple[int, int], keep: str) -> tuple[int, int] | None:
    """``span`` cut to one line: the last line (``keep="last"``), the first (``"first"``) or the
    longest (``"longest"``) that holds a word character; ``None`` when none does."""
    s, e = span
    if "\n" not in text[s:e]:
        return span
    lines: list[tuple[int, int]] = []
    pos = s
    for part in text[s:e].split("\n"):
        a, b = pos, pos + len(part)
        pos = b + 1
        seg = text[a:b]
        if any(ch.isalnum() for ch in seg):
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            lines.append((a + lead, b - trail))
    if not lines:
        return None
    if keep == "first":
        return lines[0]
    if keep == "last":
        return lines[-1]
    return max(lines, key=lambda p: p[1] - p[0])


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def check_draft(text: str, d: Draft) -> Draft:
    """Check (and repair edge conventions of) one draft in place.

    Args:
        text: the article text the offsets index.
        d: the draft, changed in place: pieces sorted and merged, content edges without leading
            separator punctuation, source and cue cut to one line.

    Returns:
        ``d``.

    Raises:
        DraftError: a span out of ``[0, len(text)]``, empty or reversed; no content; a cue or
            source overlapping the content or each other.
    """
    n = len(text)
    if not d.content:
        raise DraftError("no content")
    for piece in d.content:
        if not _in_text(piece, n):
            raise DraftError(f"content piece {piece} out of a text of {n} characters")
    for name in ("source", "cue", "addressee"):
        if not _in_text(getattr(d, name), n):
            raise DraftError(f"{name} {getattr(d, name)} out of a text of {n} characters or reversed")
    merged: list[list[int]] = []
    for s, e in sorted(d.content):
        while s < e and text[s] in _LEAD_PUNCT:
            s += 1
        if s >= e:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    if not merged:
        raise DraftError("content holds only punctuation")
    d.content = [(s, e) for s, e in merged]
    if d.source is not None:
        before_cue = d.cue is None or d.source[0] < d.cue[0]
        d.source = _one_line(text, d.source, "last" if before_cue else "first")
    if d.cue is not None:
        d.cue = _one_line(text, d.cue, "longest")
        if d.cue is None:
            raise DraftError("cue holds no word")
        s, e = d.cue
        while e > s and text[e - 1] in _CUE_EDGE:  # 'was “' tagged over the opening mark
            e -= 1
        while s < e and text[s] in _CUE_EDGE and text[s] not in ":":
            s += 1
        if s < e:
            d.cue = (s, e)
    if d.source is not None and d.cue is not None and _overlaps(d.source, d.cue):
        # a cue tagged over its subject ("Trump tweeted"): the cue keeps the part beside the source
        cs, ce = d.cue
        if d.source[0] <= cs:
            cs = max(cs, d.source[1])
        else:
            ce = min(ce, d.source[0])
        cs, ce = _strip(text, cs, ce)
        if cs >= ce:
            raise DraftError(f"cue {d.cue} lies inside the source {d.source}")
        d.cue = (cs, ce)
    for hole in (d.source, d.cue):
        if hole is not None and any(_overlaps(hole, p) for p in d.content):
            # the content never holds its own cue or source: cut them out of it
            cut = [q for s, e in d.content for q in ((s, min(e, hole[0])), (max(s, hole[1]), e)) if q[1] > q[0]]
            cut = [(a, b) for a, b in (_strip(text, *q) for q in cut) if b > a and any(ch.isalnum() for ch in text[a:b])]
            if not cut and hole == d.source:
                d.source = None  # a "source" inside the content is no source
                continue
            if not cut:
                raise DraftError(f"content {d.content} lies inside the cue {hole}")
            d.content = cut
    for name in ("source", "cue"):
        span = getattr(d, name)
        if span is not None and any(_overlaps(span, p) for p in d.content):
            raise DraftError(f"{name} {span} overlaps the content {d.content}")
    if d.source is not None and d.cue is not None and _overlaps(d.source, d.cue):
        raise DraftError(f"source {d.source} overlaps the cue {d.cue}")
    return d


def keep_checked(text: str, drafts: list[Draft], meta: dict[str, Any]) -> list[Draft]:
    """The drafts that pass :func:`check_draft`; each one dropped is logged (a warning naming its
    rule) and counted in ``meta["dropped_drafts"]``, with ``meta["dropped_by_rule"]`` by rule."""
    kept = []
    for d in drafts:
        try:
            kept.append(check_draft(text, d))
        except DraftError as exc:
            rule = d.rule or "unknown"
            log.warning("dropped a draft attribution built by rule %r: %s", rule, exc)
            meta["dropped_drafts"] = meta.get("dropped_drafts", 0) + 1
            by_rule = meta.setdefault("dropped_by_rule", {})
            by_rule[rule] = by_rule.get(rule, 0) + 1
    return kept
