"""Quotation-mark pairing on raw text.

Handles curly (“ ” ‘ ’), straight (" ') and low/guillemet (‚ „ « ») marks; a quote opened with one
kind and closed with another (“…"); apostrophes and stray glyphs that are not marks ("wasn‘t",
"country’s", "’90s"); and quotes that run over several paragraphs, where each new paragraph
re-opens the quote and only the last one closes it (the convention of AP, Chicago Manual of Style
§13.30). Nested quotes are kept as children of their outer quote.

British copy quotes with single marks (‘…’), whose closing glyph is also the apostrophe; session 11
(the ``_S11_SINGLE*`` switches) reads ``’`` between two letters or before digits as an apostrophe,
``s’`` before a space as a plural possessive only when a clearer closing mark follows and the next
word may follow a possessive, a straight ``'`` before closing punctuation as a closing mark, a
second single quote opening inside a single one as the sign that the first closed at an earlier
``s’``/``’s``, and lets single quotes run over paragraphs like double ones.

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

#: Characters that may follow a closing quotation mark directly.
_CLOSING_PUNCT = frozenset(".,;:!?)]}…—–")

#: Dash characters that set off a sign-off, a role or an aside: em dash, en dash and the
#: horizontal bar ("” ― Francisco Herrero", readers' letters in PolNeAR); "-" is added where a
#: hyphen may stand for one.
DASHES = "—–―"

#: Session 11, British single quotation (‘…’ shares its closing glyph with the apostrophe ’).
#: A single quote left open when its paragraph ends continues into the next paragraph when that
#: paragraph starts with an opening single mark, as a double one does (AP/Chicago §13.30; the
#: British house styles of the Guardian and the BBC keep the same convention with ‘).
_S11_SINGLE_PARAS = True
#: ``s’`` before a space closes a single quote when the next word is a function word (a plural
#: possessive is followed by its noun, never by "with", "and", "the") or when the next clear single
#: mark of the paragraph opens a quote (‘preliminary talks’ with X and ‘no certainty’); it stays a
#: possessive only when a clearer closing mark follows ("‘The voters’ choice is clear,’").
_S11_SINGLE_POSSESSIVE = True
#: A single quote still open when a second single quote opens inside it (no double quote in
#: between), or when its paragraph ends, is closed at its last apostrophe-like candidate: ``s’``
#: read as a possessive, or ``’s`` after a word ("the ‘Big Three’s plan"), instead of running on.
_S11_SINGLE_REPAIR = True
#: A straight ``'`` after a non-space and before closing punctuation (``'like family'.``,
#: ``'Mrs E',``, ``'…himself':``) closes a quote; it was left unclassified, so the quote ran on.
_S11_SINGLE_PUNCT = True
#: Three apostrophes that open a quote (after a space, before a word) are a double mark and then
#: a nested single one (``he said, '''Sir, ...'.''``); closing runs keep the single mark first.
#: A straight ``'`` right after an opening double mark and before a word opens a nested quote.
_S11_SINGLE_TRIPLE = True
#: :func:`american_marks`: the text the models read has a British-style article's quotes in
#: American marks (“…” outside, ‘…’ inside).
_S11_SINGLE_SPACY = True
#: A quote still open at a single line break (no blank line) continues over it when the next
#: quotation mark that is not an apostrophe can close it: a hard-wrapped paragraph (plain-text
#: wire archives, e-mail copy, lines that :func:`saidwhat.pipeline.layout_text` left unjoined
#: because they are ragged) has single line breaks inside its sentences, and there a line break
#: is a space for pairing too. A line that starts with an opening mark still starts a paragraph,
#: and when the open quote's wrapped lines end at such a line it is the re-opening mark of a
#: multi-paragraph quote (AP/Chicago §13.30, as for unwrapped paragraphs); a blank line ends a
#: paragraph otherwise. Session 11 (issue 11, ``bench_layout.py`` ``wrap``).
_S11_WRAPQ = True

#: Closed-class words that cannot follow a plural possessive (``voters’ choice``): after ``s’`` and a
#: space they mark the ``’`` as a closing quotation mark. English grammar: a possessive determiner
#: is followed by its head noun or that noun's modifiers.
_NOT_AFTER_POSSESSIVE = frozenset("""
a an the this that these those and or but nor so yet if as than then when while because since
until unless though although whether which who whom whose what where with without within to
for of in on at by from into onto over under after before about against among between through
during despite toward towards per via is are was were be been being has have had do does did
will would shall should can could may might must not he she it we they i you him her them us
me my your his its our their said says told added according""".split())


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
    #: apostrophe-like candidates inside a single quote where it may have closed instead
    #: (``_S11_SINGLE_REPAIR``): ``(offset of the ’, True for s’ before a space / False for a
    #: word’s ’s)``; internal, not part of the result.
    _weak: list[tuple[int, bool]] = field(default_factory=list, repr=False, compare=False)

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
        if _S11_SINGLE_TRIPLE and c in SINGLE_AMBIG and _is_word(nxt) and _after_double_opener(text, i):
            return "open"  # right after an opening double mark: "'Sir, ...", '''Sir, ...
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
        if _S11_SINGLE_PUNCT and nxt in _CLOSING_PUNCT:
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
        paragraph's end. A single line break inside a wrapped paragraph ends no quote
        (:data:`_S11_WRAPQ`).
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

    def close_top_weak() -> None:
        """Close the innermost (single) quote at its last apostrophe-like candidate; quotes nested
        in it after that point become its siblings."""
        q = stack[-1]
        cut = q._weak[-1][0]
        close_top(cut + 1)
        moved = [c for c in q.children if c.start > cut]
        if moved:
            q.children = [c for c in q.children if c.start <= cut]
            (stack[-1].children if stack else result).extend(moved)

    def close_para() -> None:
        """Close every quote left open at the end of the paragraph."""
        while stack:
            if _S11_SINGLE_REPAIR and not stack[-1].double and any(s for _, s in stack[-1]._weak):
                stack[-1]._weak = [w for w in stack[-1]._weak if w[1]]  # only ``s’`` ones here
                close_top_weak()
            else:
                close_top(_rstrip_end(text, cur_para_end), closed=False)

    cur_para_end = para_end_after(marks[0][0])
    skip_open_at: set[int] = set()
    for k, (i, width) in enumerate(marks):
        if i in skip_open_at:
            continue
        if i > cur_para_end:
            # paragraph(s) ended with quotes still open
            wrapq = _wrapped_quote(text, marks, k, cur_para_end, stack[-1].double) if stack and _S11_WRAPQ else None
            if wrapq is not None and (wrapq[1] or len(stack) == 1):
                j, reopen = wrapq
                cur_para_end = para_end_after(j)  # a wrapped line: the quote runs on
                if reopen:
                    skip_open_at.add(j)  # a multi-paragraph quote's re-opening mark after wrapped lines
                    if j == i:
                        continue
            elif stack:
                nxt_start = _next_paragraph_start(text, cur_para_end)
                if nxt_start is not None and nxt_start == i and len(stack) == 1 and (
                        (text[i] in DOUBLE_OPEN + DOUBLE_AMBIG and stack[-1].double)
                        or (_S11_SINGLE_PARAS and width == 1 and not stack[-1].double
                            and text[i] in SINGLE_OPEN + SINGLE_AMBIG and _classify(text, i) == "open")):
                    # multi-paragraph quote: the re-opening mark continues it
                    cur_para_end = para_end_after(i)
                    continue
                close_para()
            cur_para_end = para_end_after(i)
        kind = _classify(text, i, width)
        if kind is None:
            if (_S11_SINGLE_REPAIR and width == 1 and stack and not stack[-1].double
                    and text[i] in SINGLE_CLOSE + SINGLE_AMBIG and _word_s(text, i)):
                stack[-1]._weak.append((i, False))  # the ‘Big Three’s plan
            continue
        c = text[i] if width == 1 else '"'
        double = c in DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_AMBIG
        if kind == "close?":
            # "voters’ choice": a plural possessive when a clearer closing mark follows in the paragraph
            if stack and not stack[-1].double:
                if not _S11_SINGLE_POSSESSIVE:
                    closes = not _later_single_close(text, i + 1, cur_para_end)
                else:
                    closes = (_next_word(text, i + 1) in _NOT_AFTER_POSSESSIVE
                              or _next_single_kind(text, i + 1, cur_para_end) != "close")
                if closes:
                    close_top(i + width)
                else:
                    stack[-1]._weak.append((i, True))
            continue
        if kind == "ambig":
            kind = "close" if any(q.double == double for q in stack) else "open"
        if kind == "open":
            if double and stack and stack[-1].double and c in DOUBLE_AMBIG and not _inner_open_context(text, i):
                close_top(i + width)
                continue
            if _S11_SINGLE_REPAIR and not double and stack and not stack[-1].double and stack[-1]._weak:
                close_top_weak()  # no single quote inside a single one: the outer one closed earlier
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
    close_para()
    result.sort(key=lambda q: q.start)
    return result


def _marks(text: str) -> list[tuple[int, int]]:
    """Positions and widths of quotation-mark candidates. Two apostrophes or backticks in a row
    are one double mark, as in texts typed without double quotes (some newspapers' archives);
    in a run of three apostrophes the single mark comes first (it closes a nested quote), unless
    the run opens a quote (``_S11_SINGLE_TRIPLE``).
    """
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "'`" and i + 1 < n and text[i + 1] == c:
            if c == "'" and i + 2 < n and text[i + 2] == "'":
                if (_S11_SINGLE_TRIPLE and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([{")
                        and i + 3 < n and not text[i + 3].isspace()):
                    out.append((i, 2))  # opening: the double mark first (he said, '''Sir, ...)
                    out.append((i + 2, 1))
                else:
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


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _wrapped_quote(text: str, marks: list[tuple[int, int]], k: int, line_end: int,
                   double: bool) -> tuple[int, bool] | None:
    """How the quote open at the line break ``line_end`` goes on past it (:data:`_S11_WRAPQ`),
    ``marks[k]`` being the first mark after the break: ``(j, False)`` when the first quotation
    mark of ``marks[k:]`` (apostrophes skipped), at offset ``j``, can close a quote of the open
    one's family (double or single) and no blank line lies between the break and it (the
    quote's paragraph is wrapped); ``(j, True)`` when that mark is an opening one of the family
    at the start of a line and only single line breaks lie between ``line_end`` and the line
    break right before it (a multi-paragraph quote whose first paragraph is wrapped); else
    ``None``."""
    for i, width in marks[k:]:
        kind = _classify(text, i, width)
        if kind is None:
            continue
        c = text[i] if width == 1 else '"'
        if (c in DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_AMBIG) != double:
            return None
        if kind in ("close", "ambig", "close?"):
            return None if _BLANK_LINE.search(text, line_end, i) else (i, False)
        line = text.rfind("\n", line_end, i)
        if (kind != "open" or line <= line_end or text[line + 1:i].strip()
                or not (double or (width == 1 and c in SINGLE_OPEN + SINGLE_AMBIG))):
            return None
        while line > line_end and text[line - 1].isspace():
            line -= 1  # the paragraph break before the re-opening mark
        if line <= line_end or _BLANK_LINE.search(text, line_end, line + 1):
            return None  # the next paragraph re-opens (the multi-paragraph rule), or a blank line between
        return i, True
    return None


def _later_single_close(text: str, start: int, end: int) -> bool:
    for j in range(start, min(end, len(text))):
        if text[j] in SINGLE_CLOSE + SINGLE_AMBIG and _classify(text, j) == "close":
            return True
    return False


def _after_double_opener(text: str, i: int) -> bool:
    """An opening double mark ends right before ``i``: ``“``, or ``"``/``''``/````` ```` after a
    space, an opening bracket or the start of the text."""
    if i >= 1 and text[i - 1] in DOUBLE_OPEN:
        return True
    for width, marks in ((1, '"'), (2, ("''", "``"))):
        j = i - width
        if j >= 0 and text[j:i] in marks and (j == 0 or text[j - 1].isspace() or text[j - 1] in "([{"):
            return True
    return False


def _next_single_kind(text: str, start: int, end: int) -> str | None:
    """``"open"`` or ``"close"`` for the next clear single quotation mark in ``[start, end)``
    (apostrophes and ``s’`` marks skipped unless a function word follows), ``None`` when none."""
    for j in range(start, min(end, len(text))):
        if text[j] in SINGLE_OPEN + SINGLE_CLOSE + SINGLE_AMBIG:
            kind = _classify(text, j)
            if kind in ("open", "close"):
                return kind
            if kind == "close?" and _next_word(text, j + 1) in _NOT_AFTER_POSSESSIVE:
                return "close"
    return None


def _next_word(text: str, start: int) -> str:
    """The lower-cased word after the spaces at ``start`` ("" when none)."""
    m = _WORD_AFTER.match(text, start)
    return m.group(1).lower() if m else ""


_WORD_AFTER = re.compile(r"[ \t\u00a0]*([^\W\d_]+)")


def _word_s(text: str, i: int) -> bool:
    """``’s`` closing a word at ``i`` (a letter before, ``s`` and then no letter after)."""
    return (i > 0 and text[i - 1].isalpha() and text[i + 1:i + 2] in ("s", "S")
            and not text[i + 2:i + 3].isalnum())


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


def american_marks(text: str) -> str:
    """``text`` with a British-style article's quotation marks written the American way, for the
    models to read: same length, same offsets, apostrophes untouched.

    An article quotes British-style when at least two of its top-level quotes (:func:`find_quotes`)
    are single and more are single than double. Then every top-level single quote's marks become ``“``/``”`` (the
    re-opening marks of a multi-paragraph quote too) and the double quotes nested in it become
    ``‘``/``’``. Any other text is returned as it is. The spaCy models and the learned tagger were
    trained on American copy (PolNeAR), where ``‘`` opens a nested quote at most; read as given,
    a British quote's words are taken for the writer's own (session 11, ``bench_noise.py``
    ``single-quotes``).
    """
    if not _S11_SINGLE_SPACY or not any(c in text for c in SINGLE_OPEN + SINGLE_AMBIG):
        return text  # no opening single mark: nothing to pair (apostrophes alone)
    quotes = find_quotes(text)
    singles = [q for q in quotes if not q.double]
    if len(singles) < 2 or len(singles) <= sum(q.double for q in quotes):
        return text  # American copy (a lone 'title' in a headline stays as it is)
    chars = list(text)

    def swap(q: Quote, opening: str, closing: str, marks: str) -> None:
        if chars[q.start] in marks:
            chars[q.start] = opening
        if q.closed and q.end - 1 > q.start and chars[q.end - 1] in marks:
            chars[q.end - 1] = closing

    single_marks = SINGLE_OPEN + SINGLE_CLOSE + SINGLE_AMBIG
    for q in singles:
        swap(q, "“", "”", single_marks)
        for m in re.finditer(r"\n[^\S\n]*\n?[^\S\n]*([‘'])", text[q.start:q.end]):
            chars[q.start + m.start(1)] = "“"  # a multi-paragraph quote's re-opening mark
        for child in q.children:
            if child.double:
                swap(child, "‘", "’", DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_AMBIG)
    return "".join(chars)


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))
