"""Space-like characters (NBSP and the other Unicode space separators) at the input (session 9).

spaCy splits words only at U+0020 and makes a NO-BREAK SPACE a token of its own, so "Mr\\xa0Okafor"
was three tokens and the NER and parser misread it. The engine hands spaCy the text with each
space-like character replaced by a plain space (one for one: every offset stays the same), and the
Article keeps the original: ``Article.text`` is the input byte for byte and every span's text is
``input[start:end]``.
"""

from __future__ import annotations

import sys
import unicodedata

import pytest

import saidwhat
from saidwhat.pipeline import SPACE_LIKE, original_text, spacy_text

NBSP, THIN, NARROW, IDEO = "\u00a0", "\u2009", "\u202f", "\u3000"

# invented article: NBSP inside names ("Mr Tembe", "Rosalind Achterberg") and numbers
ARTICLE = ("Harbour levy to rise by 9" + NBSP + "per cent\n\n"
           "The port authority will raise its harbour levy by 9" + NBSP + "per cent next year, "
           "Rosalind" + NBSP + "Achterberg, the authority's finance director, said on Monday.\n\n"
           "\u201cThe ferries cannot carry the cost alone,\u201d said Mr" + NBSP + "Tembe, "
           "who runs the island's ferry cooperative.\n")


def _spans(article: saidwhat.Article):
    for r in article.regions:
        yield r.span
    for s in article.speakers:
        yield from s.mentions
    for a in article.attributions:
        for sp in (a.source, a.cue, a.content, a.addressee):
            if sp is not None:
                yield sp
                yield from sp.pieces


def _assert_original(article: saidwhat.Article, text: str) -> None:
    assert article.text == text and article.text.encode("utf-8") == text.encode("utf-8")
    assert article.text_sha256 == saidwhat.engine.text_sha256(text)
    spans = list(_spans(article))
    assert spans
    for sp in spans:
        assert sp.text == text[sp.start_char:sp.end_char]


def test_space_like_is_every_space_separator_but_the_space():
    zs = {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs"} - {0x20}
    assert set(SPACE_LIKE) == zs
    text = "a\u00a0b\u2007c\u2009d\u202fe\u3000f\u200bg\t\n\u2028h"
    plain = spacy_text(text)
    assert plain == "a b c d e f\u200bg\t\n\u2028h" and len(plain) == len(text)
    ascii_text = "Plain text, nothing to replace."
    assert spacy_text(ascii_text) is ascii_text


def test_nbsp_names_and_numbers_keep_the_original_and_find_the_speaker():
    article = saidwhat.extract(ARTICLE, mode="fast")
    _assert_original(article, ARTICLE)
    by_content = {a.content.text: article.speaker(a.speaker_id) for a in article.attributions}
    quote = "\u201cThe ferries cannot carry the cost alone,\u201d"
    assert quote in by_content
    tembe = by_content[quote]
    # the old code read "Mr", "\xa0", "Tembe" and took "Mr Tembe" for an organisation
    assert tembe is not None and tembe.kind == "person" and tembe.name == "Tembe"
    levy = [sp for c, sp in by_content.items() if c.startswith("The port authority will raise")]
    assert levy and levy[0] is not None and levy[0].name == "Rosalind Achterberg"
    assert any(NBSP in sp.text for sp in _spans(article))  # the spans keep the NBSP


def test_nlp_doc_reads_plain_spaces_and_keeps_the_original():
    nlp = saidwhat.load(mode="fast")
    doc = nlp(ARTICLE)
    assert not any(NBSP in t.text for t in doc)
    assert len(doc.text) == len(ARTICLE) and NBSP not in doc.text
    assert original_text(doc) == ARTICLE
    for a in doc._.attributions:
        assert a.content.text == ARTICLE[a.content.start_char:a.content.end_char]


@pytest.mark.parametrize("space", [THIN, NARROW, IDEO, "\u2007"])
def test_other_space_like_characters_keep_the_original(space):
    text = ARTICLE.replace(NBSP, space)
    (article,) = list(saidwhat.extract_many([text], mode="fast"))
    _assert_original(article, text)
    assert article.to_dict()["text"] == text
