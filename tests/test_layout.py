"""Plain-text layouts at the input (session 10): hard-wrapped paragraphs, CRLF line ends,
indented paragraph starts.

Wire archives and e-mail copies hard-wrap each paragraph at 64–78 columns: a space inside a
paragraph becomes a line break. The rules read a line break as a paragraph (and spaCy starts a
sentence there), so a wrapped article lost statements and speakers. The engine hands spaCy the
text with such soft line breaks read as spaces (:func:`saidwhat.pipeline.layout_text`, one
character for one: every offset stays the same) and keeps the original: ``Article.text`` is the
input byte for byte and every span's text is ``input[start:end]``. Each test fails with
``saidwhat.pipeline._S10_LAYOUT`` off.
"""

from __future__ import annotations

import pytest

import saidwhat
import saidwhat.pipeline as P
from saidwhat.pipeline import layout_text, spacy_text

# invented article: headline, byline, an "Updated" line, reported speech, a quote running over two
# paragraphs, a cue-less quote paragraph, pronoun and nominal sources
ARTICLE = (
    "Harbour board delays vote on ferry terminal\n\n"
    "By Maren Ostby\n\n"
    "Updated: 14 March 2026\n\n"
    "The Kestrel Bay harbour board on Tuesday postponed a vote on the new ferry terminal after residents "
    "of the old quarter complained that the plans had been changed without notice, its chair said.\n\n"
    "Ingrid Salvesen, who has chaired the board since 2019, told reporters that the delay would cost the "
    "project at least three months and that the board would publish the revised drawings before the next "
    "meeting.\n\n"
    "\u201cWe owe the people who live on the quay a proper look at what we are building next to their homes, "
    "and we will give them one,\u201d she said.\n\n"
    "\u201cNobody on this board wants a terminal that the town has not seen.\u201d\n\n"
    "Tomas Lindqvist, a fisherman whose boat is moored beside the site, said the residents had learned of "
    "the changes from a newspaper rather than from the board.\n\n"
    "\u201cThey moved the car park onto the slipway and did not tell a single one of us,\u201d he said. "
    "\u201cThat is not consultation, that is an announcement.\u201d\n\n"
    "The ferry operator said in a statement that it still expected the terminal to open in the spring "
    "of 2028.\n"
)


def wrap(text: str, width: int = 70) -> str:
    """Greedy hard wrap of every line at ``width`` columns: a space becomes a line break (same length)."""
    chars = list(text)
    col, last_space = 0, -1
    for i, c in enumerate(chars):
        if c == "\n":
            col, last_space = 0, -1
            continue
        col += 1
        if c == " ":
            last_space = i
        if col > width and last_space >= 0:
            chars[last_space] = "\n"
            col, last_space = i - last_space, -1
    return "".join(chars)


def _records(article: saidwhat.Article) -> list[tuple]:
    """Each attribution as offsets of its source, cue and content pieces and its speaker's name."""
    out = []
    for a in article.attributions:
        sp = article.speaker(a.speaker_id) if a.speaker_id else None
        spans = tuple(None if s is None else tuple((p.start_char, p.end_char) for p in (s.pieces or (s,)))
                      for s in (a.source, a.cue, a.content))
        out.append((spans, sp.name if sp is not None else None))
    return out


def _assert_original(article: saidwhat.Article, text: str) -> None:
    assert article.text == text and article.text.encode("utf-8") == text.encode("utf-8")
    spans = [r.span for r in article.regions]
    for a in article.attributions:
        spans += [s for s in (a.source, a.cue, a.content) if s is not None]
    for s in article.speakers:
        spans += list(s.mentions)
    assert spans
    for sp in spans:
        assert sp.text == text[sp.start_char:sp.end_char]


@pytest.fixture
def layout_on(monkeypatch):
    monkeypatch.setattr(P, "_S10_LAYOUT", True)


@pytest.mark.parametrize("width", [64, 68, 72, 76])
def test_wrapped_article_reads_as_unwrapped(layout_on, width):
    wrapped = wrap(ARTICLE, width)
    assert wrapped != ARTICLE and len(wrapped) == len(ARTICLE)
    plain = saidwhat.extract(ARTICLE, mode="fast")
    art = saidwhat.extract(wrapped, mode="fast")
    _assert_original(art, wrapped)
    # wrapping keeps every offset: the same attributions at the same offsets, the same speakers
    assert _records(art) == _records(plain)
    assert len(plain.attributions) >= 6
    kinds = [r.kind for r in art.regions if r.kind in ("headline", "byline", "boilerplate")]
    assert kinds == [r.kind for r in plain.regions if r.kind in ("headline", "byline", "boilerplate")]


def test_layout_text_joins_wrapped_lines_only(layout_on):
    wrapped = wrap(ARTICLE, 66)
    read = spacy_text(wrapped)
    assert len(read) == len(wrapped)
    # every soft break inside a paragraph is a space again; blank lines and furniture lines stay
    assert read == ARTICLE
    # one paragraph per line: no line is joined (lines of every length, no common width)
    lines = ARTICLE.replace("\n\n", "\n")
    assert layout_text(lines) == lines


def test_crlf_article_reads_as_lf(layout_on):
    crlf = ARTICLE.replace("\n", "\r\n")
    read = spacy_text(crlf)
    assert "\r" not in read and len(read) == len(crlf)
    plain = saidwhat.extract(ARTICLE, mode="fast")
    art = saidwhat.extract(crlf, mode="fast")
    _assert_original(art, crlf)

    def texts(article):
        return [(" ".join(a.content.text.split()), article.speaker(a.speaker_id).name if a.speaker_id else None)
                for a in article.attributions]

    assert texts(art) == texts(plain)


def test_wrapped_crlf_with_indented_paragraphs(layout_on):
    # classic typed plain text: hard-wrapped, CRLF, no blank line, each paragraph's first line indented
    paras = [p for p in ARTICLE.split("\n\n") if p.strip()]
    text = "\r\n".join([paras[0], paras[1], paras[2]] + ["    " + wrap(p, 68).replace("\n", "\r\n") for p in paras[3:]])
    read = spacy_text(text)
    assert len(read) == len(text)
    # paragraphs are blank-line paragraphs, wrapped lines joined
    body = [p.strip() for p in read.split("\n\n") if p.strip()]
    assert [" ".join(p.split()) for p in body[-len(paras[3:]):]] == [" ".join(p.split()) for p in paras[3:]]
    art = saidwhat.extract(text, mode="fast")
    _assert_original(art, text)
    names = {art.speaker(a.speaker_id).name for a in art.attributions if a.speaker_id}
    assert {"Ingrid Salvesen", "Tomas Lindqvist"} <= names



# -- one paragraph per line (session 10, ``saidwhat.pipeline._S10_LINES``) ---------------------
# Scrapers, copy-paste and text exports deliver an article with a single "\n" between paragraphs
# and no blank line. The rules that look for a paragraph break read such a text as the same
# article with blank lines (saidwhat.pipeline.paragraph_break). Invented article: a cue-less quote
# paragraph three paragraphs after the last attribution (more than two paragraphs away: no speaker
# is carried over), organisation and nominal sources.
LINES_ARTICLE = (
    "Quarry expansion divides Harwick village\n\n"
    "By Selma Quist\n\n"
    "Plans to double the size of the Harwick stone quarry were approved by Fenmoor District Council on "
    "Thursday, despite a petition signed by more than 2,000 residents.\n\n"
    "Granite Holdings, which has run the quarry since 1998, said the expansion would secure 140 jobs for "
    "another two decades.\n\n"
    "Residents fear the lorries that will use the narrow lane past the primary school. The parish council "
    "has asked for a weight limit on the lane.\n\n"
    "The company said it would pay for a new footpath beside the school.\n\n"
    "Oskar Brandt, who chairs the Harwick Residents' Association, said the village had been ignored.\n\n"
    "The primary school has 180 pupils and sits 40 metres from the lane.\n\n"
    "A traffic survey last year counted 300 vehicles a day on it.\n\n"
    "\u201cNobody asked the families who walk their children up this lane every morning.\u201d\n\n"
    "The association said it would ask for a judicial review.\n"
)


def _one_per_line(text: str) -> tuple[str, list[int]]:
    """``text`` with every blank line dropped (one paragraph per line) and the new offset of each
    old offset ``0..len(text)``."""
    out: list[str] = []
    pos: list[int] = []
    k = 0
    while k < len(text):
        pos.append(len(out))
        if text.startswith("\n\n", k):
            pos.append(len(out))
            out.append("\n")
            k += 2
            continue
        out.append(text[k])
        k += 1
    pos.append(len(out))
    return "".join(out), pos


def _mapped_records(article: saidwhat.Article, pos: list[int] | None = None) -> list[tuple]:
    recs = _records(article)
    if pos is not None:
        recs = [(tuple(None if s is None else tuple((pos[a], pos[b]) for a, b in s) for s in spans), name)
                for spans, name in recs]
    return sorted(recs, key=repr)


@pytest.fixture
def lines_on(monkeypatch):
    monkeypatch.setattr(P, "_S10_LAYOUT", True)
    monkeypatch.setattr(P, "_S10_LINES", True)


def test_one_paragraph_per_line_reads_as_blank_lines(lines_on):
    lines, pos = _one_per_line(LINES_ARTICLE)
    assert "\n\n" not in lines and lines.count("\n") == LINES_ARTICLE.count("\n\n") + 1
    plain = saidwhat.extract(LINES_ARTICLE, mode="fast")
    art = saidwhat.extract(lines, mode="fast")
    _assert_original(art, lines)
    # the same attributions at the same (mapped) offsets, the same speakers
    assert _mapped_records(art) == _mapped_records(plain, pos)
    assert len(plain.attributions) >= 5
    quote = lines.index("\u201cNobody")
    # three paragraphs after the last attribution: a cue-less quote no one is credited with
    assert not any(a.content.start_char <= quote < a.content.end_char for a in art.attributions)
    names = {art.speaker(a.speaker_id).name for a in art.attributions if a.speaker_id}
    assert {"Granite Holdings", "Oskar Brandt"} <= names


def test_paragraph_break_helpers(lines_on):
    blank = "Headline\nBy A Writer\n\nFirst paragraph.\n\nSecond one.\n\nThird one.\n"
    lines = "Headline\nBy A Writer\nFirst paragraph.\nSecond one.\nThird one.\n"
    header = "Headline\n\nBy A Writer\n\nFirst paragraph.\nSecond one.\nThird one.\nFourth.\nFifth.\nSixth.\nSeventh.\nEighth.\n"
    assert P.paragraph_break(blank) == "\n\n"
    assert P.paragraph_break(lines) == "\n"
    assert P.paragraph_break(header) == "\n"  # a header set off by blank lines over a body one per line
    assert P.paragraph_break("One paragraph only.") == "\n\n"
    i, j = blank.index("Second"), lines.index("Second")
    assert P.last_paragraph_break(blank, i) == (i - 2, i)
    assert P.last_paragraph_break(lines, j) == (j - 1, j)
    assert P.last_paragraph_break(header, header.index("First")) == (header.index("First") - 2, header.index("First"))
    assert P.paragraph_distance(blank, 0, blank.index("Third")) == 3
    assert P.paragraph_distance(lines, lines.index("First"), lines.index("Third")) == 2
    assert P.paragraph_distance(blank, blank.index("First"), blank.index("Third")) == 2
    assert P.has_paragraph_break(lines, 0, lines.index("First"))
    assert not P.has_paragraph_break(blank, 0, blank.index("By"))
