"""The attribution pipeline, one module per stage: quotes → cue → source → content → speakers →
attribution assembly; ``component`` wires them into a spaCy component."""

import re
from typing import Any, Iterable, Iterator

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
    """``text`` as spaCy reads it: each :data:`SPACE_LIKE` character replaced by U+0020 (same
    length, same offsets); ``text`` itself when it has none (or :data:`_S9_SPACES` is off)."""
    if not _S9_SPACES or text.isascii():
        return text
    return _SPACE_LIKE_RE.sub(" ", text)


class SpaceTokenizer:
    """A spaCy tokenizer wrapper (``nlp.tokenizer = SpaceTokenizer(nlp.tokenizer)``): tokenizes
    :func:`spacy_text` of the text and, when that differs from the text, keeps the original in
    ``doc.user_data`` for :func:`original_text`. ``doc.text`` and every token offset are then the
    normalised text's, which has the original's length, so every ``[start, end)`` offset holds
    for both. Any other attribute is the wrapped tokenizer's."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Any:
        plain = spacy_text(text)
        doc = self.tokenizer(plain)
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
