"""Quotation-mark pairing (saidwhat.pipeline.quotes): pure text in, offsets out."""

import pytest

from saidwhat.pipeline.quotes import find_quotes


def spans(text):
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize("text,expected", [
    ("He said “we agree,” and left.", ["“we agree,”"]),
    ('He said "we agree," and left.', ['"we agree,"']),
    ("“We expect a full recovery by autumn,\" coach Dara Quinn said.", ["“We expect a full recovery by autumn,\""]),
    ("Mayor: ‘We will not raise taxes’", ["‘We will not raise taxes’"]),
    ("The country’s leader didn’t say.", []),
    ("Mina Okafor told staff the plan \"wasn‘t ready\" and left.", ["\"wasn‘t ready\""]),
    ("Back in the ’90s it was “different.”", ["“different.”"]),
    ('\n" Rates will fall by spring , " the treasurer said .', ['" Rates will fall by spring , "']),
])
def test_pairs_marks(text, expected):
    assert spans(text) == expected


def test_multi_paragraph_quote_runs_to_the_last_closing_mark():
    text = "“We have added twenty beds.\n\n“But winter has not even started.” She left."
    qs = find_quotes(text)
    assert len(qs) == 1
    assert text[qs[0].start:qs[0].end] == "“We have added twenty beds.\n\n“But winter has not even started.”"
    assert qs[0].closed


def test_unclosed_quote_ends_at_its_paragraph():
    text = "He said “this never closes\n\nNext paragraph here."
    qs = find_quotes(text)
    assert len(qs) == 1 and not qs[0].closed
    assert text[qs[0].start:qs[0].end] == "“this never closes"


def test_nested_quotes_are_children():
    text = '"She read the question: “Do you agree?” Then she stopped," he said.'
    qs = find_quotes(text)
    assert len(qs) == 1
    assert [text[c.start:c.end] for c in qs[0].children] == ["“Do you agree?”"]


def test_plural_possessive_does_not_close_a_single_quote_early():
    text = "‘The voters’ choice is clear,’ she said."
    assert spans(text) == ["‘The voters’ choice is clear,’"]


def test_two_apostrophes_are_a_double_mark():
    text = "''I hope so,'' Mrs. Clinton said. ''Part of it is 'real,''' he said."
    assert spans(text) == ["''I hope so,''", "''Part of it is 'real,'''"]
