"""Contents: what is attributed, and whether it is direct, indirect or mixed.

Indirect content is the clausal complement of the cue with its complementizer ("said *that* …"),
as PolNeAR marks it; an interrupting cue clause ("Two years ago, she said, the clinic …") leaves
a content in two pieces around it. The type follows PARC 3.0 §3: direct when the content lies
within quotation marks, mixed when reported speech holds a quoted fragment, else indirect.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue import lemma
from .quotes import Quote

COMPLEMENT_DEPS = ("ccomp", "xcomp")


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    """Token range without leading complementizers/punctuation and trailing punctuation."""
    while start < end and (doc[start].is_punct and doc[start].text not in "“\"‘'" or doc[start].is_space
                           or doc[start].dep_ == "cc"):
        start += 1
    while end > start and ((doc[end - 1].is_punct and doc[end - 1].text not in "”\"’'") or doc[end - 1].is_space):
        end -= 1
    return start, end


def _chars(doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def verbal_content(cue: Token, *, exclude: tuple[int, int] | None = None) -> list[tuple[int, int]] | None:
    """Character pieces of the content of the verbal cue ``cue``, or ``None``.

    Looks for a clausal complement (``ccomp``; ``xcomp`` for "urged X to …"), then for an object
    complement of a labelling verb ("calling it an 'American sovereignty' issue"), then for a
    parenthetical cue ("…, she said, …"), whose content is the rest of its head's clause.
    ``exclude`` (a source's character extent) is cut out of the content.
    """
    doc = cue.doc
    lem = lemma(cue)
    comp = [c for c in cue.children if c.dep_ == "ccomp"]
    if not comp and lem in ("urge", "ask", "tell", "warn", "advise", "call", "promise", "vow", "pledge", "threaten", "demand",
                              "want", "plan", "seek", "decline", "refuse", "intend", "hope", "expect", "agree", "wish"):
        comp = [c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i]
    if comp:
        c = comp[0]
        s, e = _trim(doc, c.left_edge.i, c.right_edge.i + 1)
        if e <= s:
            return None
        if s < cue.i < e:  # the cue sits inside its complement's span: cut the cue clause out
            return _cut_clause(cue, s, e)
        return [_chars(doc, s, e)]
    if lem in ("call", "label", "describe", "dub", "brand", "term"):
        objs = [c for c in cue.rights if c.dep_ in ("dobj", "oprd", "xcomp", "attr")]
        if len(objs) >= 1 and any(c.dep_ in ("oprd", "xcomp", "attr") for c in objs) or (
                len(objs) == 1 and any(t.dep_ in ("oprd", "attr", "xcomp") for t in objs[0].rights)):
            s = min(c.left_edge.i for c in objs)
            e = max(c.right_edge.i for c in objs) + 1
            s, e = _trim(doc, s, e)
            return [_chars(doc, s, e)] if e > s else None
        return None
    if cue.dep_ in ("parataxis",) or (cue.dep_ in ("advcl", "ccomp") and cue.head.i > cue.i and cue.head.pos_ in ("VERB", "AUX")
                                        and _is_parenthetical(cue)):
        head = cue.head
        s, e = _trim(doc, head.left_edge.i, head.right_edge.i + 1)
        if e > s:
            return _cut_clause(cue, s, e)
    return None


def _is_parenthetical(cue: Token) -> bool:
    """``cue`` sits between commas: "…, she said, …"."""
    doc = cue.doc
    left, right = cue.left_edge.i, cue.right_edge.i
    return (left > 0 and doc[left - 1].text == ",") and (right + 1 < len(doc) and doc[right + 1].text == ",")


def _cut_clause(cue: Token, s: int, e: int) -> list[tuple[int, int]] | None:
    return pieces_around(cue.doc, s, e, cue.left_edge.i, cue.right_edge.i + 1)


def pieces_around(doc: Doc, start: int, end: int, hole_start: int, hole_end: int) -> list[tuple[int, int]] | None:
    """Character pieces of the tokens ``[start, end)`` left when ``[hole_start, hole_end)`` (a cue
    clause, an "according to X" phrase) is cut out, each trimmed of edge punctuation; ``None``
    when nothing is left."""
    pieces = []
    for a, b in ((start, hole_start), (hole_end, end)):
        a, b = _trim(doc, max(a, start), min(b, end))
        if b > a:
            pieces.append(_chars(doc, a, b))
    return pieces or None


def snap_to_quotes(pieces: list[tuple[int, int]], quotes: list[Quote]) -> list[tuple[int, int]]:
    """Extend content pieces that stop just inside a quotation ("… coordination.”": the parser
    leaves the final period and mark out) to take in its opening or closing mark, as PolNeAR
    contents do."""
    out = []
    for s, e in pieces:
        for q in quotes:
            if q.start < s <= q.start + 2 and q.end > s:
                s = q.start
            if q.end - 3 <= e < q.end and q.start < e:
                e = q.end
        out.append((s, e))
    return out


def quoted_share(pieces: list[tuple[int, int]], quotes: list[Quote]) -> float:
    """Share of the content's characters (non-space) that lie inside quotation marks."""
    total = sum(e - s for s, e in pieces)
    if total <= 0:
        return 0.0
    inside = 0
    for s, e in pieces:
        for q in quotes:
            a, b = max(s, q.start), min(e, q.end)
            if b > a:
                inside += b - a
    return inside / total


def content_type(pieces: list[tuple[int, int]], quotes: list[Quote]) -> str:
    """``direct``, ``mixed`` or ``indirect`` (PARC 3.0 §3)."""
    share = quoted_share(pieces, quotes)
    if share >= 0.9:
        return "direct"
    if share > 0:
        return "mixed"
    return "indirect"
