"""Group tagged SOURCE / CUE / CONTENT spans into attributions.

The tagger (:mod:`saidwhat.model.tagger`) finds spans; this module decides which source and
which content pieces belong to which cue. The rules follow how PolNeAR annotates (Newell,
Margolin & Ruths, LREC 2018; PARC 3.0, Pareti 2016): every attribution has one cue; its source
and content are usually in the cue's sentence; a quotation split by its cue ("A," he said, "B.")
is one content with two pieces.

1. Each CONTENT piece attaches to the nearest cue of its paragraph, a cue of its own sentence
   first; a piece with no cue in its paragraph continues the previous content when it directly
   follows it (a quotation running over several paragraphs), else it is dropped.
2. Each cue takes the nearest SOURCE of its sentence (one source may serve several cues: "Trump
   said X, adding Y"); with ``fallback_paragraph``, a cue with none takes the nearest source
   before it in its paragraph (off by default: it lowered F1 on PolNeAR dev, 0.962 vs 0.969 with
   gold spans).
3. A cue with no content gives no attribution (nor, with ``require_source``, one with no source).

All offsets are ``[start_char, end_char)`` characters of the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LinkedAttribution:
    """One attribution assembled from tagged spans.

    Attributes:
        source: ``(start_char, end_char)`` of the source, or ``None``.
        cue: ``(start_char, end_char)`` of the cue, or ``None`` (a content whose cue was not found).
        content: the content's pieces ``((start_char, end_char), ...)``, sorted, at least one.
    """

    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: tuple[tuple[int, int], ...]


@dataclass
class _Cue:
    span: tuple[int, int]
    source: tuple[int, int] | None = None
    source_dist: int = 0
    content: list[tuple[int, int]] = field(default_factory=list)


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the paragraphs of ``text`` (a paragraph ends at a line break)."""
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n" and i + 1 < len(text):
            starts.append(i + 1)
    return starts


def _index(starts: Sequence[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


_THAT = re.compile(r"that\b", re.I)


def _own_clause(text: str, cue: tuple[int, int], pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A cue's content pieces without those before the cue when the piece right after the cue
    opens the cue's own "that" clause ("In a signal that the incident hasn't hurt …, Peskov said
    that Erdogan …": the fronted clause belongs to "signal", not to "said"); a fronted piece is the
    cue's content only when the part after the cue is no clause of its own."""
    after = [p for p in pieces if p[0] >= cue[1]]
    if not after or not any(p[1] <= cue[0] for p in pieces):
        return pieces
    if _THAT.match(text, after[0][0], after[0][1]) and not text[cue[1]:after[0][0]].strip(" ,"):
        return [p for p in pieces if p[1] > cue[0]]
    return pieces


def link(
    text: str,
    spans: Sequence[tuple[int, int, str]],
    sentence_starts: Sequence[int] | None = None,
    fallback_paragraph: bool = False,
    require_source: bool = False,
    choose_source: "Callable[[tuple[int, int]], tuple[int, int] | None] | None" = None,
    choose_cue: "Callable[[tuple[int, int]], tuple[int, int] | None] | None" = None,
    keep_sourceless: "Callable[[tuple[int, int]], bool] | None" = None,
) -> list[LinkedAttribution]:
    """Assemble attributions from non-overlapping labelled spans.

    Args:
        text: the document text.
        spans: ``(start_char, end_char, label)`` with label ``"SOURCE"``, ``"CUE"`` or
            ``"CONTENT"``, non-overlapping.
        sentence_starts: sorted start offsets of the sentences (e.g. from ``doc.sents``);
            ``None`` treats each paragraph as one sentence.
        fallback_paragraph: let a cue with no source in its sentence take one from its paragraph.
        require_source: drop attributions without a source. With *predicted* spans these are
            mostly a missed source rather than a PolNeAR ``Attribution-no-source`` (precision 0.08
            on dev, against 0.88 with a source), so the tagger sets it.
        choose_source: picks the source of a cue (``(start_char, end_char)`` of the cue ->
            the source's or ``None``) instead of rule 2, e.g. the learned
            :class:`saidwhat.model.learned_linker.SourceLinker`; called only for cues with content.
        choose_cue: picks the cue of a CONTENT span (``(start_char, end_char)`` -> one of the CUE
            spans, or ``None`` to leave it to rule 1).
        keep_sourceless: with ``require_source``, still keep a sourceless attribution whose cue
            this returns true for (a passive cue with no agent: "was accused of").

    Returns:
        Attributions in text order of their first span.
    """
    pstarts = paragraph_starts(text)
    sstarts = list(sentence_starts) if sentence_starts else pstarts
    spans = sorted(spans)
    cues = [_Cue((s, e)) for s, e, lab in spans if lab == "CUE"]
    cue_par = [_index(pstarts, c.span[0]) for c in cues]
    cue_sent = [_index(sstarts, c.span[0]) for c in cues]

    def nearest(span: tuple[int, int], same_sentence_only: bool, pred=None) -> int | None:
        par = _index(pstarts, span[0])
        sent = _index(sstarts, span[0])
        sent_end = _index(sstarts, max(span[0], span[1] - 1))
        best: tuple[int, int, int] | None = None
        for i, c in enumerate(cues):
            if cue_par[i] != par and not (sent <= cue_sent[i] <= sent_end):
                continue
            in_sent = sent <= cue_sent[i] <= sent_end
            if same_sentence_only and not in_sent:
                continue
            if pred is not None and not pred(c):
                continue
            key = (0 if in_sent else 1, _gap(span, c.span), i)
            if best is None or key < best:
                best = key
        return None if best is None else best[2]

    orphans: list[LinkedAttribution] = []
    last_content_cue: int | None = None
    last_content_end = -1
    for s, e, lab in spans:
        if lab != "CONTENT":
            continue
        i = None
        if choose_cue is not None:
            picked = choose_cue((s, e))
            i = next((k for k, c in enumerate(cues) if c.span == picked), None) if picked else None
        if i is None:
            i = nearest((s, e), same_sentence_only=False)
        if i is None:
            between = text[last_content_end:s] if last_content_end >= 0 else "x"
            if last_content_cue is not None and not any(c.isalnum() for c in between):
                cues[last_content_cue].content.append((s, e))
                last_content_end = e
            continue
        cues[i].content.append((s, e))
        last_content_cue, last_content_end = i, e
    sources = [(s, e) for s, e, lab in spans if lab == "SOURCE"]
    for i, c in enumerate(cues):
        if choose_source is not None:
            if c.content:
                c.source = choose_source(c.span)
            continue
        best: tuple[int, int, int] | None = None
        for k, src in enumerate(sources):
            sent = _index(sstarts, src[0])
            if sent != cue_sent[i]:
                continue
            key = (_gap(src, c.span), 0 if src[1] <= c.span[0] else 1, k)
            if best is None or key < best:
                best = key
        if best is None and fallback_paragraph:
            # no source in the cue's sentence: the nearest source before it in the paragraph
            for k, src in enumerate(sources):
                if src[1] <= c.span[0] and _index(pstarts, src[0]) == cue_par[i]:
                    key = (_gap(src, c.span), 0, k)
                    if best is None or key < best:
                        best = key
        if best is not None:
            c.source = sources[best[2]]
    out = [
        LinkedAttribution(c.source, c.span, tuple(_own_clause(text, c.span, sorted(c.content))))
        for c in cues
        if c.content and (c.source is not None or not require_source
                          or (keep_sourceless is not None and keep_sourceless(c.span)))
    ]
    out.extend(orphans)
    out.sort(key=lambda a: min(x for x in (a.content[0][0], *(a.cue or ()), *(a.source or ()))))
    return out
