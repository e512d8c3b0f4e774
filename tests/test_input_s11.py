"""Session 11 (issue 11): two real-text input shapes, invented rows.

- ``quotes._S11_WRAPQ``: a quote in a hard-wrapped paragraph whose lines were left unjoined (ragged
  re-wrapped archive copy) runs on over a single line break (``benchmarks/bench_layout.py wrap``);
- ``pipeline._S11_WRAPQ_JOIN`` / ``_S11_WRAPQ_BLOCK``: such ragged lines are joined before the rules read
  them (a lower-case continuation; a blank-line block with a full line; ragged lines count toward
  the common width);
- ``pipeline._S11_ENT2``: the padding of an HTML character reference (``&nbsp;`` inside a name)
  is no token while the models run, so the NER reads the whole name
  (``benchmarks/bench_noise.py entities``); the doc the rules read keeps every token and offset.

Each test also checks that the row fails with its switch off.
"""

import pytest

from saidwhat import pipeline
from saidwhat.pipeline import quotes
from saidwhat.pipeline.quotes import find_quotes

#: (text, [(opening text, closing text)] of the top-level quotes, all closed)
WRAPPED_QUOTES = [
    # a quote whose closing mark is on the next line of its wrapped paragraph
    ('The chief executive spoke to analysts on Thursday. "We would rather tell you plainly today than\n'
     'dress it up in March," she said.\n\nThe shares fell.',
     [('"We', 'March,"')]),
    # a two-word phrase broken over the line end, the closing mark before punctuation
    ('The coach called the penalty "a\ngift". The referee declined to comment on the decision later.\n\nNext.',
     [('"a', 'gift"')]),
    # curly marks, a ragged short line between
    ('The minister said the plan would “take on the big four on price, not\njust\non convenience” and more.',
     [('“take', 'convenience”')]),
    # a multi-paragraph quote whose first paragraph is wrapped: the re-opening mark continues it
    ('He said: "Two times this season we lead in the last minute and\nwe lose points.\n\n'
     '"The manager tells us every week to stay calm."\n\nThe club said nothing.',
     [('"Two', 'calm."')]),
]


def _tops(text):
    return [(text[q.start:].split()[0], text[:q.end].split()[-1], q.closed) for q in find_quotes(text)]


@pytest.mark.parametrize("text, expected", WRAPPED_QUOTES)
def test_quote_runs_over_a_wrapped_line(text, expected):
    assert _tops(text) == [(a, b, True) for a, b in expected]


@pytest.mark.parametrize("text, expected", WRAPPED_QUOTES)
def test_quote_over_a_wrapped_line_needs_the_switch(monkeypatch, text, expected):
    monkeypatch.setattr(quotes, "_S11_WRAPQ", False)
    assert _tops(text) != [(a, b, True) for a, b in expected]


def test_wrapped_quote_keeps_paragraph_rules():
    # a blank line still ends an unclosed quote; a new paragraph's own quote stays its own
    text = 'She said "the plan is\nfine.\n\nIt is not, he said, "today".'
    qs = find_quotes(text)
    assert [(q.start, q.closed) for q in qs] == [(9, False), (text.index('"today'), True)]
    # an opening mark after the line break is no closing one: the quote ends at the line
    text = 'He called it "the end of\nthe "old" way of doing things.'
    assert not find_quotes(text)[0].closed or find_quotes(text)[0].end < text.index("way")


NBSP_NAMES = [
    ("Rwandan&nbsp;Agriculture Cabinet&nbsp;Secretary Joseph&nbsp;Mugabo Kariuki said the talks failed.",
     "Joseph&nbsp;Mugabo Kariuki"),
    ("Ugandan&nbsp;Trade Cabinet&nbsp;Secretary David&nbsp;Okello Mutua said the border would reopen.",
     "David&nbsp;Okello Mutua"),
    ("His deputy, Ana Liza&nbsp;Reyes, said the roads were closed.", "Liza&nbsp;Reyes"),
]


@pytest.fixture(scope="module")
def nlp():
    from saidwhat.engine import _config, get_nlp

    return get_nlp(_config("fast", None))


def _persons(nlp, text):
    doc = nlp(text)
    return doc, [text[e.start_char:e.end_char] for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.model
@pytest.mark.parametrize("text, name", NBSP_NAMES)
def test_padding_is_no_token_for_the_ner(nlp, monkeypatch, text, name):
    doc, names = _persons(nlp, text)
    assert name in names
    monkeypatch.setattr(pipeline, "_S11_ENT2", False)
    old, old_names = _persons(nlp, text)
    assert name not in old_names
    # the rules read the same tokens at the same offsets either way
    assert [(t.idx, t.text, t.whitespace_) for t in doc] == [(t.idx, t.text, t.whitespace_) for t in old]
    assert doc.text == old.text


#: a paragraph hard-wrapped at ~72 columns with one ragged short line (re-wrapped copy)
RAGGED = ("Shares in the insurer fell sharply on Thursday after it raised its\n"
          "estimate of storm claims for the second time in three months. The\n"
          "chief executive told analysts on a call that the bill had grown. \"I would\n"
          "rather tell you that plainly today than\n"
          "dress it up in March,\" she said. Analysts had expected a smaller rise in\n"
          "the reserve and said the company had been too slow to react to it.\n")


def test_ragged_wrapped_line_is_joined():
    out = pipeline.layout_text(RAGGED)
    assert len(out) == len(RAGGED) and "than dress" in out and out.count("\n") == 1


def test_ragged_wrapped_line_needs_the_switch(monkeypatch):
    monkeypatch.setattr(pipeline, "_S11_WRAPQ_JOIN", False)
    assert "than\ndress" in pipeline.layout_text(RAGGED)


#: blank-line paragraphs re-wrapped at a narrower width: each full line leaves a one-word remainder
REWRAPPED = ("Shares in Halden Mutual fell 7 per cent on Thursday after the\nBoard\n"
             "said claims from the storms would wipe out most of its profit for\nHalf\n"
             "a year, and its chief executive warned that premiums would rise.\n\n"
             "The reserve increase dominated the call. Priya Natarajan of Cole\nBrennan\n"
             "asked whether the insurer was still running behind the weather in\nMay\n"
             "and June, and the finance chief said he could not rule it out.\n")


def test_rewrapped_paragraphs_are_joined():
    out = pipeline.layout_text(REWRAPPED)
    assert len(out) == len(REWRAPPED) and "Cole Brennan asked" in out and out.count("\n") == 3


def test_rewrapped_paragraphs_need_the_switch(monkeypatch):
    monkeypatch.setattr(pipeline, "_S11_WRAPQ_BLOCK", False)
    assert "Cole\nBrennan\nasked" in pipeline.layout_text(REWRAPPED)


#: (text, the names found, as (original text at [start, end), role)): a character reference's
#: padding between a title and a name, and an apostrophe reference inside a name (names._S11_ENT3)
PADDED_TITLED_NAMES = [
    ("Parish leader Cllr&nbsp;Hollis Wren opened the debate. Cllr&nbsp;Wren said the hall would close.",
     ("Wren", "Cllr")),
    ("Head&nbsp;Teacher Ottoline Presk said the term would start late.", ("Ottoline Presk", "Head Teacher")),
    ("Ciaran O&#8217;Sullivan, a ferry pilot, said the crossing was rough.", ("Ciaran O&#8217;Sullivan", None)),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", PADDED_TITLED_NAMES)
def test_padding_inside_a_titled_name(nlp, monkeypatch, text, expected):
    from saidwhat.pipeline.speakers import names

    def found():
        return [(text[m.start:m.end], m.role) for m in names.named_mentions(nlp(text))]
    assert expected in found()
    monkeypatch.setattr(names, "_S11_ENT3", False)
    assert expected not in found()
