"""The attribution pipeline, one module per stage: quotes → cue → source → content → speakers →
attribution assembly; ``component`` wires them into a spaCy component."""

import re
from typing import Any, Iterable, Iterator

from ..article.structure import _METADATA_RE
from .quotes import american_marks

_TEXT_KEY = "saidwhat.text"
_ORIGINAL_KEY = "saidwhat.original_text"

#: Session 9: the text spaCy reads has every single space-like character replaced by a plain
#: space (see :data:`SPACE_LIKE`); the original text is kept for the output. ``False`` gives
#: the old behaviour (spaCy reads the text as given), to measure the change.
_S9_SPACES = True

#: Space-like characters spaCy reads as a plain space: every Unicode space separator (category
#: Zs) but U+0020 itself: NO-BREAK SPACE U+00A0, OGHAM SPACE MARK U+1680, U+2000–U+200A (en/em
#: quads and spaces, figure U+2007, punctuation, thin U+2009, hair), NARROW NO-BREAK SPACE
#: U+202F, MEDIUM MATHEMATICAL SPACE U+205F, IDEOGRAPHIC SPACE U+3000. One character for one, so
#: every offset is the same in both texts. spaCy splits words only at U+0020 and makes any other
#: space character a token of its own ("Gail", "\xa0", "Ashworth"), which splits names in the
#: NER and misleads the parser. Left as they are: tabs and line breaks (U+2028, U+2029; line and
#: paragraph layout that the region and sentence rules read) and zero-width characters (U+200B,
#: U+2060, U+FEFF: they join, not separate, what they stand between).
SPACE_LIKE = {cp: " " for cp in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}

# one regex substitution does what ``text.translate(SPACE_LIKE)`` does, ~14x faster on PolNeAR
# train texts (31 against 425 µs a text: str.translate maps a non-ASCII text character by character)
_SPACE_LIKE_RE = re.compile("[" + "".join(map(chr, SPACE_LIKE)) + "]")


def spacy_text(text: str) -> str:
    """``text`` as spaCy reads it: its plain-text layout read as paragraphs
    (:func:`layout_text`), then each :data:`SPACE_LIKE` character replaced by U+0020. Same
    length, same offsets; ``text`` itself when nothing changes (or both switches are off)."""
    if _S10_LAYOUT and ("\n" in text or "\r" in text):
        text = layout_text(text)
    if _S11_NOISE_ENTITIES and "&" in text and ";" in text:
        text = entity_text(text)
    if _S11_NOISE_CAPS and _CAPS_LINE_RE.search(text):
        text = caps_text(text)
    text = american_marks(text)  # British ‘…’ quotes read as “…” (quotes._S11_SINGLE_SPACY)
    if not _S9_SPACES or text.isascii():
        return text
    return _SPACE_LIKE_RE.sub(" ", text)


#: Session 11: the text spaCy reads has each line written all in capitals (a headline, a
#: byline, a section line of a scraped page: "HALDEN ENERGY AGREES TAKEOVER") in the casing the
#: article itself gives its words (:func:`caps_text`). ``False`` gives the old behaviour.
_S11_NOISE_CAPS = True

# a line of two words or more, each letter a capital (digits, signs and marks may stand between)
_CAPS_LINE_RE = re.compile(r"^[^\S\n]*[^a-z\n]*[A-Z]{2}[^a-z\n]*?[^\W\d_][^\w\n]+[^a-z\n]*[A-Z][^a-z\n]*$", re.M)
_WORD_RE = re.compile(r"[^\W\d_]+")


def caps_text(text: str) -> str:
    """``text`` with each line of :data:`_CAPS_LINE_RE` (all its letters capitals, two words or
    more) re-cased word by word, same length and offsets: a word takes the casing the same word
    has most often in the article's other lines ("HALDEN" → "Halden" when the body writes
    "Halden"), else lower case (capitalised on a byline, "BY JANE ROE" → "By Jane Roe"), with the
    line's first word capitalised. Lines with a lower-case
    letter are left as they are, and so are archive metadata lines (``article.structure._METADATA_RE``).
    A word whose lower- or title-case form would change its length
    (a rare letter such as "ß") keeps its capitals."""
    # archive metadata lines ("LANGUAGE: ENGLISH", "SECTION: NATIONAL") stay in capitals: read as
    # written they are furniture, and recased "Language: English" reads as a "Name: claim" headline
    spans = [(m.start(), m.end()) for m in _CAPS_LINE_RE.finditer(text) if not _METADATA_RE.match(m.group(0))]
    if not spans:
        return text
    seen: dict[str, dict[str, int]] = {}
    last = 0
    for a, b in spans + [(len(text), len(text))]:
        for w in _WORD_RE.findall(text[last:a]):
            forms = seen.setdefault(w.upper(), {})
            forms[w] = forms.get(w, 0) + 1
        last = b
    out = []
    last = 0
    for a, b in spans:
        out.append(text[last:a])
        first = True
        byline = text.startswith("BY ", a)

        def recase(m: re.Match) -> str:
            nonlocal first
            w = m.group(0)
            forms = seen.get(w)
            if forms:
                new = max(forms.items(), key=lambda kv: (kv[1], kv[0] != kv[0].lower()))[0]
            else:
                new = w.lower()
                if first or len(w) == 1 or byline:
                    new = w[:1] + new[1:]
            if first:
                new = new[:1].upper() + new[1:]
            first = False
            return new if len(new) == len(w) else w

        out.append(_WORD_RE.sub(recase, text[a:b]))
        last = b
    out.append(text[last:])
    return "".join(out)


#: Session 11: the text spaCy reads has the HTML character references that careless scrapers
#: leave in plain text (``&amp;``, ``&nbsp;``, ``&#8220;``, ``&#x2019;``, ``&quot;``) read as the
#: characters they stand for (:func:`entity_text`). ``False`` gives the old behaviour.
_S11_NOISE_ENTITIES = True

# a named, decimal or hexadecimal character reference, then the letters that follow it
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});([^\W_]*)")
_OPENING = frozenset("“‘«‹([{")
_QUOTES = frozenset("\"'")
_CLOSING = frozenset("”’»›)]}")


def entity_text(text: str) -> str:
    """``text`` with each HTML character reference that stands for one character read as that
    character, padded with spaces to the reference's length, so that the result has the same
    length and offsets as ``text``. The padding goes where it splits no word, on the inner side
    of a quotation mark or bracket, so that a span that takes the mark takes all of its
    reference: after an opening one (``"&#8220;We"`` → ``"“      We"``; a straight quote opens
    at the start of a line or after a space or opening mark), before a closing one
    (``"&#8221; said"`` → ``"      ” said"``), after any other character (``"&amp;"`` →
    ``"&    "``); a space-like reference (``&nbsp;``, ``&ensp;``, ``&thinsp;``...) is all
    spaces. An apostrophe between letters (``"Co&#8217;s"``) takes the rest of its word
    along and the padding after it (``"Co’s      "``), so the letters from there to the word's
    end sit at earlier offsets than in ``text``. References to nothing known, to several
    characters, or to a letter are left as they are. Source: HTML5 named character
    references (:func:`html.unescape`)."""
    import html

    def repl(m: re.Match) -> str:
        rest = m.group(1)
        ref = m.group(0)[:m.end() - m.start() - len(rest)]
        ch = html.unescape(ref)
        if len(ch) != 1 or ch == ref or ch.isalnum():
            return m.group(0)
        pad = " " * (len(ref) - 1)
        if ch.isspace():
            return " " * len(ref) + rest
        prev = m.string[m.start() - 1] if m.start() else "\n"
        if ch in _OPENING or (ch in _QUOTES and (prev.isspace() or prev in _OPENING) and rest):
            return ch + pad + rest
        if rest and (ch == "’" or ch == "'") and prev.isalpha():
            return ch + rest + pad
        if ch in _CLOSING or ch in _QUOTES:
            return pad + ch + rest
        return ch + pad + rest

    return _ENTITY_RE.sub(repl, text)


#: Session 10: the text spaCy reads has the plain-text layout of the input read as paragraphs
#: (:func:`layout_text`: hard-wrapped lines joined, CRLF line ends and indented paragraph starts
#: made ``"\n"`` and blank lines). ``False`` gives the old behaviour, to measure the change.
_S10_LAYOUT = True

#: Session 11: in a hard-wrapped text, a line break before a line that starts with a lower-case
#: word is joined even when the line before is short: the sentence runs on (a paragraph re-wrapped
#: at a narrower width leaves ragged short lines, "... today than" / "dress it up in March."; a
#: headline, byline or new paragraph starts with a capital, digit or mark). ``False``: old behaviour.
_S11_WRAPQ_JOIN = True

#: Session 11: in a hard-wrapped text whose paragraphs are set off by blank lines, every single
#: line break of a block (the lines between two blank lines) that has a full line before its
#: last one is joined: the block is one wrapped paragraph, its short lines ragged ("... Dean" /
#: "Whitcombe said"); bylines, credits and other furniture lines still stay lines. A short line
#: right after a full one counts as a wrapped line when the text is tested for a common width
#: (a ragged re-wrap alternates the two). ``False``: old behaviour.
_S11_WRAPQ_BLOCK = True

# a run of line ends with only blank (or white-space-only) lines between them: a paragraph break
_BLANK_RUN_RE = re.compile(r"[ \t\r]*\n(?:[ \t\r]*\n)+")
_CR_RE = re.compile(r"\r\n?")
_FIRST_WORD_RE = re.compile(r"\S+")


def _is_furniture(line: str) -> bool:
    """Whether a line is a byline, credit, boilerplate ("Updated: …") or metadata line of
    :mod:`saidwhat.article.structure`: such lines stand one to a line and are never joined."""
    from ..article import structure as st

    s = line.strip()
    return bool(st._is_byline(s) or st._is_credit_line(s) or st._is_boilerplate(s)
                or (len(s) <= 140 and st._METADATA_RE.match(s)))


def layout_text(text: str) -> str:
    """``text`` with its plain-text layout made the layout the rules read, character for
    character (same length, same offsets; ``text`` itself when nothing changes):

    - line ends: ``"\r\n"`` becomes ``" \n"``, a lone ``"\r"`` ``"\n"``, and a run of line
      ends with only blank or white-space-only lines between them all ``"\n"`` (a blank line,
      the paragraph break the rules look for);
    - hard-wrapped paragraphs (plain-text wire archives, e-mail copies): when the text's lines
      stop at a common width (90th percentile of the line lengths ``W`` ≤ 120 columns, and most
      lines followed by another line within ``[0.75 W, W]``), a single line break between two
      lines becomes a space when the line before is full (the next line's first word would not
      have fitted on it, or it is at least ``0.8 W`` long, or the next line starts with a
      lower-case word: :data:`_S11_WRAPQ_JOIN`, or the lines stand in a blank-line block with a
      full line: :data:`_S11_WRAPQ_BLOCK`), the next line is not indented
      deeper than the text's usual line and neither line is furniture (a byline, credit,
      boilerplate or metadata line, :mod:`saidwhat.article.structure`): headlines, bylines and
      captions standing one to a line are short and stay lines;
    - an indented line after a single line break starts a paragraph: its first indenting
      character becomes ``"\n"`` (one paragraph per line, first lines indented).

    One paragraph per line with no indent has no spare character for a blank line and stays
    as it is (the rules read a line as a paragraph)."""
    out = text
    if "\r" in out:
        out = _CR_RE.sub(lambda m: " \n" if len(m.group()) == 2 else "\n", out)
    out = _BLANK_RUN_RE.sub(lambda m: "\n" * len(m.group()), out)
    lines = out.split("\n")
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    chars: list[str] | None = None
    lens = [len(ln.rstrip()) for ln in lines]
    full = sorted(n for n in lens if n)
    # pairs of lines with one line break between them
    pairs = [i for i in range(len(lines) - 1) if lens[i] and lines[i + 1].strip()]
    if len(full) >= 4 and len(pairs) >= 3:
        width = full[min(len(full) - 1, int(0.9 * len(full)))]
        near = sum(1 for i in pairs if 0.75 * width <= lens[i] <= width
                   or (_S11_WRAPQ_BLOCK and i and 0.75 * width <= lens[i - 1] <= width and lens[i] < 0.75 * width
                       and lines[i - 1].strip()))  # a ragged remainder after a full line
        if width <= 120 and near >= 0.6 * len(pairs):
            indents = sorted(len(ln) - len(ln.lstrip(" \t")) for ln in lines if ln.strip())
            usual = indents[len(indents) // 2]
            wrapped_block = [False] * len(lines)  # the line is in a block with a full line (_S11_WRAPQ_BLOCK)
            if _S11_WRAPQ_BLOCK and "\n\n" in out:
                first = 0
                for j in range(len(lines) + 1):
                    if j == len(lines) or not lines[j].strip():
                        if any(lens[b] >= 0.75 * width for b in range(first, j - 1)):
                            wrapped_block[first:j] = [True] * (j - first)
                        first = j + 1
            for i in pairs:
                nxt = lines[i + 1]
                indent = len(nxt) - len(nxt.lstrip(" \t"))
                if indent > usual:
                    continue
                word = _FIRST_WORD_RE.search(nxt)
                if not (lens[i] + 1 + len(word.group()) > width or lens[i] >= 0.8 * width
                        or (_S11_WRAPQ_JOIN and word.group()[0].islower()) or wrapped_block[i]):
                    continue
                if _is_furniture(lines[i]) or _is_furniture(nxt):
                    continue
                if chars is None:
                    chars = list(out)
                chars[starts[i + 1] - 1] = " "
    # an indented line after a single line break (not joined above) starts a paragraph
    for i in range(len(lines) - 1):
        nxt = lines[i + 1]
        if lens[i] and nxt[:1] in (" ", "\t") and nxt.strip():
            j = starts[i + 1]
            if chars is None:
                chars = list(out)
            if chars[j - 1] == "\n":
                chars[j] = "\n"
    if chars is not None:
        out = "".join(chars)
    return out


#: Session 10: one paragraph per line (a single ``"\n"`` between paragraphs, no blank line: how
#: scrapers, copy-paste and text exports deliver articles) is read as the same article with blank
#: lines between paragraphs: the rules that look for a paragraph break ask
#: :func:`paragraph_break` instead of looking for ``"\n\n"``, and spaCy reads a line-break token
#: as it reads a blank line (:class:`SpaceTokenizer`). ``False`` gives the old behaviour.
_S10_LINES = True

# a run of line breaks with only white space between them (one "\n": a single line break)
_BREAK_RUN_RE = re.compile(r"\n(?:[ \t\r]*\n)*")
_LINE_RUN_RE = re.compile(r"\n+")


def _paragraph_break(text: str) -> str:
    singles = blanks = 0
    for m in _BREAK_RUN_RE.finditer(text.strip()):
        if m.end() - m.start() == 1:
            singles += 1
        else:
            blanks += 1
    return "\n" if singles >= 2 and singles > 3 * blanks else "\n\n"


_BREAK_CACHE: dict[int, tuple[str, str]] = {}


def paragraph_break(text: str) -> str:
    """What separates two paragraphs of ``text``: ``"\n\n"`` (a blank line) when the text has
    blank lines between its paragraphs, ``"\n"`` when its lines are its paragraphs (no blank
    line, or more than three single line breaks between two text lines for every blank line: a
    header block set off by a blank line above a body of one paragraph per line). A hard-wrapped
    text has its wrapped lines joined before the rules read it (:func:`layout_text`), so its
    single line breaks left are paragraph or furniture breaks. Computed once per text (the last
    few texts are kept); always ``"\n\n"`` with :data:`_S10_LINES` off."""
    if not _S10_LINES:
        return "\n\n"
    hit = _BREAK_CACHE.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    brk = _paragraph_break(text)
    if len(_BREAK_CACHE) >= 8:
        _BREAK_CACHE.clear()
    _BREAK_CACHE[id(text)] = (text, brk)
    return brk


def has_paragraph_break(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end)`` holds a paragraph break (:func:`paragraph_break`)."""
    return text.find(paragraph_break(text), start, end) >= 0


def last_paragraph_break(text: str, end: int, start: int = 0) -> tuple[int, int]:
    """The last paragraph break (:func:`paragraph_break`) in ``text[start:end)`` as
    ``(where it starts, where the paragraph after it starts)``, or ``(-1, start)`` when there is
    none. With ``"\n\n"`` breaks, ``text.rfind("\n\n", start, end)`` and two past it; with
    ``"\n"`` breaks, the whole run of line breaks (a blank line too is one break)."""
    brk = paragraph_break(text)
    k = text.rfind(brk, start, end)
    if k < 0:
        return -1, start
    if brk == "\n\n":
        return k, k + 2
    after = k + 1
    while k > start and text[k - 1] == "\n":
        k -= 1
    return k, after


def paragraph_distance(text: str, start: int, end: int) -> int:
    """How many paragraph breaks lie in ``text[start:end)``: with ``"\n\n"`` breaks
    (:func:`paragraph_break`) the blank lines, or 1 for single line breaks only (a stack of
    lines); with ``"\n"`` breaks the runs of line breaks."""
    if paragraph_break(text) == "\n":
        return len(_LINE_RUN_RE.findall(text, start, end))
    n = text.count("\n\n", start, end)
    return n if n else (1 if text.find("\n", start, end) >= 0 else 0)


class SpaceTokenizer:
    """A spaCy tokenizer wrapper (``nlp.tokenizer = SpaceTokenizer(nlp.tokenizer)``): tokenizes
    :func:`spacy_text` of the text and, when that differs from the text, keeps the original in
    ``doc.user_data`` for :func:`original_text`. ``doc.text`` and every token offset are then the
    normalised text's, which has the original's length, so every ``[start, end)`` offset holds
    for both. Any other attribute is the wrapped tokenizer's."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        vocab = getattr(tokenizer, "vocab", None)
        if _S10_LINES and vocab is not None:
            # a line-break token has the suffix and shape features of a blank line's ("\n\n"),
            # which the model knows as a paragraph break; its norm is set per document in
            # __call__ (one paragraph a line), the only feature a token can change on its own
            line, blank = vocab["\n"], vocab["\n\n"]
            line.suffix_, line.shape_ = blank.suffix_, blank.shape_

    #: set by the ``saidwhat`` component's factory, which splits the padding off again
    #: (:func:`unpad_doc`): :data:`_S11_ENT2`'s padding absorbed into the word after it
    absorb_padding = False

    def __call__(self, text: str) -> Any:
        plain = spacy_text(text)
        doc = self.tokenizer(plain)
        if _S11_ENT2 and self.absorb_padding and plain is not text and "  " in plain:
            doc = _absorb_padding(doc, text)
        if _S10_LINES and "\n" in plain and paragraph_break(plain) == "\n":
            for tok in doc:
                if tok.text == "\n":
                    tok.norm_ = "\n\n"  # the model reads a paragraph's line break as a blank line
        if plain is not text and plain != text:
            doc.user_data[_ORIGINAL_KEY] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Any]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


#: Session 11: a character reference's padding (:func:`entity_text`: ``"Joseph&nbsp;Mwangi"`` is
#: read as ``"Joseph      Mwangi"``) is not a token of its own while the models run: spaCy makes
#: each run of spaces after the first a whitespace token, which splits names, titles and
#: organisation names for the tagger, parser and NER ("Joseph", "     ", "Mwangi"). The tokenizer
#: (:class:`SpaceTokenizer`) folds such a padding token into the word after it, whose features
#: (norm, prefix, suffix, shape, flags) are the bare word's, so the models read "Joseph Mwangi";
#: after the NER :func:`unpad_doc` splits the padding off again, keeping the word's annotations,
#: so the rules see the same tokens and every offset as before. ``False`` gives the old behaviour.
_S11_ENT2 = True
_PADDED_KEY = "saidwhat.padded"

#: Session 12 (input robustness): the rules that read a source mention word by word skip a
#: character reference's padding (:func:`padding_token`) as they skip punctuation, so that
#: "The&nbsp;Swede" (read "The      Swede", three tokens) is the two-word nominal "The Swede" and
#: "Harris&#8217;s answer" the possessive "Harris's answer". ``False`` gives the old behaviour.
_S12_PAD = True


def padding_token(t: Any) -> bool:
    """Whether the spaCy token ``t`` is a whitespace token of plain spaces only (U+0020, no line
    break; spaCy makes each space after a word's first one such a token): the padding of a
    character reference (:func:`entity_text`) or a doubled space, which separates words as one
    space does. ``False`` for every token while :data:`_S12_PAD` is off."""
    return _S12_PAD and t.is_space and t.text.strip(" ") == ""


_SPACE_RUN_RE = re.compile(r" {2,}")


def one_space(s: str) -> str:
    """``s`` with each run of plain spaces made one space ("the Lib      Dem" → "the Lib Dem"),
    for a pattern matched against a mention's words, not for offsets (the length changes); ``s``
    itself when it has no run or :data:`_S12_PAD` is off."""
    return _SPACE_RUN_RE.sub(" ", s) if _S12_PAD and "  " in s else s


def _absorb_padding(doc: Any, text: str) -> Any:
    """``doc`` rebuilt with each padding token (spaces only, where ``text`` has a character
    reference, between two words) folded into the word after it; ``doc`` itself when there is
    none. Same text, same length, every other token as it was."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    bases: dict[int, Any] = {}  # index in words -> the bare word's token
    pad = ""
    for tok in doc:
        t = tok.text
        if (tok.i and tok.i + 1 < len(doc) and t.strip(" ") == "" and not tok.whitespace_
                and not doc[tok.i - 1].is_space and not doc[tok.i + 1].is_space
                and text[tok.idx:tok.idx + len(t)].strip()):
            pad = t  # the next word takes it
            continue
        if pad:
            bases[len(words)] = tok
            t, pad = pad + t, ""
        words.append(t)
        spaces.append(bool(tok.whitespace_))
    if not bases:
        return doc
    vocab = doc.vocab
    new = Doc(vocab, words=words, spaces=spaces)
    for j, base in bases.items():
        lex, blex = vocab[new[j].text], base.lex
        lex.norm_, lex.prefix_, lex.suffix_, lex.shape_ = blex.norm_, blex.prefix_, blex.suffix_, blex.shape_
        lex.lower_ = blex.lower_
        lex.flags = blex.flags
    j = 0
    for tok in doc:
        while j < len(new) and new[j].idx + len(new[j]) <= tok.idx:
            j += 1
        if j < len(new) and tok.norm_ != tok.lex.norm_ and new[j].idx + len(new[j]) == tok.idx + len(tok):
            new[j].norm_ = tok.norm_  # a tokenizer exception's norm
    new.user_data.update(doc.user_data)
    new.user_data[_PADDED_KEY] = True
    return new


def unpad_doc(doc: Any) -> Any:
    """``doc`` with each word that :func:`_absorb_padding` gave padding split into a whitespace
    token (tag ``_SP``, pos ``SPACE``, attached to the word) and the word, the word keeping its tag,
    head, dependents (:data:`_S12_PAD`), dependency, morphology and lemma: the tokens the tokenizer
    made, at the same offsets.
    Entities keep their characters less the padding at their edges. A no-op for any other doc.
    In place; returns ``doc``."""
    if not doc.user_data.pop(_PADDED_KEY, None):
        return doc
    padded = [t for t in doc if t.text.startswith(" ") and t.text.strip()]
    if not padded:
        return doc
    ents = [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents]
    want: list[tuple[int, int]] = []
    if _S12_PAD:
        # each dependency that touches a padded word, as (dependent, head) word start offsets
        word_at = {t.i: t.idx + len(t.text) - len(t.text.lstrip(" ")) for t in padded}
        want = [(word_at.get(t.i, t.idx), word_at.get(t.head.i, t.head.idx)) for t in doc
                if t.i in word_at or t.head.i in word_at]
    with doc.retokenize() as retok:
        for tok in padded:
            base = tok.text.lstrip(" ")
            head = tok.head
            h = (tok, 1) if head.i == tok.i else ((head, 1) if head in padded else head)
            retok.split(tok, [tok.text[:len(tok.text) - len(base)], base], heads=[(tok, 1), h],
                        attrs={"TAG": ["_SP", tok.tag_], "POS": ["SPACE", tok.pos_],
                               "DEP": ["dep", tok.dep_], "LEMMA": [" ", tok.lemma_.lstrip(" ") or base],
                               "MORPH": ["", str(tok.morph)]})
    if want:
        # the retokenizer attaches a split word's dependents to its first piece, the padding
        # ("Harris’s      answer": "Harris" the possessor of the padding), and points a split word
        # whose head is split too one token off: each back to the head the parser chose
        at = {t.idx: t for t in doc}
        for a, b in want:
            t, h = at.get(a), at.get(b)
            if t is not None and h is not None and t.head.i != h.i:
                t.head = h
    spans = []
    text = doc.text
    for a, b, label, kb in ents:
        while b > a and text[b - 1] == " ":
            b -= 1
        while a < b and text[a] == " ":
            a += 1
        sp = doc.char_span(a, b, label=label, kb_id=kb)
        if sp is not None:
            spans.append(sp)
    doc.ents = spans
    return doc


def doc_text(doc: Any) -> str:
    """``doc.text``: the text spaCy read (:func:`spacy_text` of the input: space-like characters
    as plain spaces, same length and offsets as the original), built once per Doc and kept in
    ``doc.user_data``: spaCy's ``Doc.text`` joins every token on each access, and the engine
    reads it in several stages (profiled on PolNeAR dev: ~10 % of ``fast`` mode's time). The
    rules read this text; output records take their text from :func:`original_text`."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def original_text(doc: Any) -> str:
    """The input text exactly as given (before :func:`spacy_text`; same length and offsets as
    :func:`doc_text`): the text of ``Article.text`` and of every output span."""
    text = doc.user_data.get(_ORIGINAL_KEY)
    return doc_text(doc) if text is None else text
