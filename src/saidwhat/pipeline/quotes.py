"""Quotation-mark pairing on raw text.

Handles curly (“ ” ‘ ’), straight (" ') and low/guillemet (‚ „ « ») marks; a quote opened with one
kind and closed with another (“…"); apostrophes and stray glyphs that are not marks ("wasn‘t",
"country’s", "’90s"); and quotes that run over several paragraphs, where each new paragraph
re-opens the quote and only the last one closes it (the convention of AP, Chicago Manual of Style
§13.30). Nested quotes are kept as children of their outer quote.

All offsets are ``[start, end)`` in characters of the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
DOUBLE_AMBIG = '"″'
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
SINGLE_AMBIG = "'"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_AMBIG + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_AMBIG

_PARA_BREAK = re.compile(r"\n")

#: Dash characters that set off a sign-off, a role or an aside: em dash, en dash and the
#: horizontal bar ("” ― Francisco Herrero", readers' letters in PolNeAR); "-" is added where a
#: hyphen may stand for one.
DASHES = "—–―"


@dataclass
class Quote:
    """A paired quotation.

    Attributes:
        start: offset of the opening mark.
        end: offset one past the closing mark (or past the last character when unclosed).
        double: ``True`` for double marks, ``False`` for single.
        closed: ``False`` when the quote reached the end of its paragraph without a closing mark.
        children: quotes nested inside this one.
    """

    start: int
    end: int
    double: bool
    closed: bool = True
    children: list["Quote"] = field(default_factory=list)

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the text between the marks."""
        return (self.start + 1, self.end - 1 if self.closed else self.end)


def _is_word(c: str) -> bool:
    return c.isalnum()


def _classify(text: str, i: int, width: int = 1) -> str | None:
    """``"open"``, ``"close"`` or ``"ambig"`` for a mark at ``i``, or ``None`` when it is not a
    quotation mark (an apostrophe, a prime, a stray glyph between letters)."""
    c = text[i] if width == 1 else '"'  # two apostrophes or backticks stand for a double mark
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + width] if i + width < len(text) else "\n"
    # left-flanking (can open): next is not space; right-flanking (can close): prev is not space
    can_open = not nxt.isspace()
    can_close = not prev.isspace()
    if c in SINGLE_OPEN + SINGLE_CLOSE + SINGLE_AMBIG:
        if _is_word(prev) and _is_word(nxt):
            return None  # apostrophe: don't, country’s, wasn‘t
        if nxt.isdigit() and not _is_word(prev) and (c in SINGLE_CLOSE + SINGLE_AMBIG or
                                                     text[i + width:i + width + 3].rstrip()[2:3] in ("", " ", "s")):
            return None  # ’90s, ‘16 (a year)
        if c in SINGLE_CLOSE + SINGLE_AMBIG and prev in "sS" and nxt.isspace():
            return "close?"  # plural possessive (voters’) or a closing mark
        if c in SINGLE_OPEN:
            return "open" if can_open else ("close" if can_close else None)
        if c in SINGLE_CLOSE:
            return "close" if can_close else ("open" if can_open else None)
        if can_open and not can_close:
            return "open"
        if can_close and not can_open:
            return "close"
        return None
    if c in DOUBLE_OPEN:
        if can_close and not can_open:
            return "close"  # misused: word“ then space
        return "open"
    if c in DOUBLE_CLOSE:
        if can_open and not can_close and prev in " \t\n([{-" + DASHES:
            return "open"  # misused ” as opener
        return "close"
    # straight double
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if prev in "([{-/" + DASHES or prev.isspace():
        return "open" if can_open else "ambig"
    if not _is_word(prev) and _is_word(nxt):
        return "ambig"
    return "ambig"


def find_quotes(text: str) -> list[Quote]:
    """Pair the quotation marks of ``text``.

    Returns:
        Top-level quotes in text order (nested ones in ``Quote.children``). A quote left open at
        the end of a paragraph continues when the next paragraph starts with an opening mark
        (multi-paragraph quote); otherwise it is returned with ``closed=False`` and ends at its
        paragraph's end.
    """
    marks = _marks(text)
    if not marks:
        return []
    result: list[Quote] = []
    stack: list[Quote] = []
    para_ends = [m.start() for m in _PARA_BREAK.finditer(text)] + [len(text)]
    pe_idx = 0

    def para_end_after(pos: int) -> int:
        nonlocal pe_idx
        while para_ends[pe_idx] < pos:
            pe_idx += 1
        return para_ends[pe_idx]

    def close_top(end: int, closed: bool = True) -> None:
        q = stack.pop()
        q.end = end
        q.closed = closed
        (stack[-1].children if stack else result).append(q)

    cur_para_end = para_end_after(marks[0][0])
    skip_open_at: set[int] = set()
    for i, width in marks:
        if i in skip_open_at:
            continue
        if i > cur_para_end:
            # paragraph(s) ended with quotes still open
            if stack:
                nxt_start = _next_paragraph_start(text, cur_para_end)
                if (nxt_start is not None and nxt_start == i and text[i] in DOUBLE_OPEN + DOUBLE_AMBIG
                        and stack[-1].double and len(stack) == 1):
                    # multi-paragraph quote: the re-opening mark continues it
                    cur_para_end = para_end_after(i)
                    continue
                while stack:
                    close_top(_rstrip_end(text, cur_para_end), closed=False)
            cur_para_end = para_end_after(i)
        kind = _classify(text, i, width)
        if kind is None:
            continue
        c = text[i] if width == 1 else '"'
        double = c in DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_AMBIG
        if kind == "close?":
            # "voters’ choice": a plural possessive when a clearer closing mark follows in the paragraph
            if stack and not stack[-1].double and not _later_single_close(text, i + 1, cur_para_end):
                close_top(i + width)
            continue
        if kind == "ambig":
            kind = "close" if any(q.double == double for q in stack) else "open"
        if kind == "open":
            if double and stack and stack[-1].double and c in DOUBLE_AMBIG and not _inner_open_context(text, i):
                close_top(i + width)
                continue
            stack.append(Quote(i, i + width, double))
        else:  # close
            # close the innermost quote of the same family, dropping unclosed single ones above it
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth].double == double:
                    while len(stack) > depth + 1:
                        stack.pop()  # a stray single opener inside: not a quote
                    close_top(i + width)
                    break
            # a closer with no opener is a stray glyph: ignored
    if stack:
        while stack:
            close_top(_rstrip_end(text, cur_para_end), closed=False)
    result.sort(key=lambda q: q.start)
    return result


def _marks(text: str) -> list[tuple[int, int]]:
    """Positions and widths of quotation-mark candidates. Two apostrophes or backticks in a row
    are one double mark, as in texts typed without double quotes (some newspapers' archives);
    in a run of three apostrophes the single mark comes first (it closes a nested quote).
    """
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "'`" and i + 1 < n and text[i + 1] == c:
            if c == "'" and i + 2 < n and text[i + 2] == "'":
                out.append((i, 1))
                out.append((i + 1, 2))
                i += 3
                continue
            out.append((i, 2))
            i += 2
            continue
        if c in ALL_MARKS:
            out.append((i, 1))
        i += 1
    return out


def _later_single_close(text: str, start: int, end: int) -> bool:
    for j in range(start, min(end, len(text))):
        if text[j] in SINGLE_CLOSE + SINGLE_AMBIG and _classify(text, j) == "close":
            return True
    return False


def _inner_open_context(text: str, i: int) -> bool:
    """A straight double mark at ``i`` inside a double quote opens a nested one only when it
    clearly opens (space before, word after)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return prev.isspace() and not nxt.isspace() and nxt not in ".,;:!?"


def _next_paragraph_start(text: str, para_end: int) -> int | None:
    j = para_end
    while j < len(text) and text[j].isspace():
        j += 1
    return j if j < len(text) else None


def _rstrip_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))
