"""British single quotation (session 11): ‘…’ pairing when ’ is also the apostrophe.

Invented rows; each one fails with the ``_S11_SINGLE*`` constants of
:mod:`saidwhat.pipeline.quotes` turned off (checked by ``test_rows_need_the_switches``).
"""

import pytest

from saidwhat.pipeline import quotes
from saidwhat.pipeline.quotes import find_quotes

SWITCHES = [k for k in dir(quotes) if k.startswith("_S11_SINGLE")]


def flat(text):
    """Every quote, nested ones included, as ``(text, closed)`` in start order."""
    out = []

    def walk(qs):
        for q in qs:
            out.append((q.start, text[q.start:q.end], q.closed))
            walk(q.children)

    walk(find_quotes(text))
    return [(s, c) for _, s, c in sorted(out)]


QUOTES_S11_SINGLE = [
    # s’ before a function word closes the quote (a plural possessive is followed by its noun)
    ("The firm was in ‘early conversations’ with a buyer and saw ‘no guarantee’ of a sale.",
     [("‘early conversations’", True), ("‘no guarantee’", True)]),
    # s’ before a content word closes it when the next clear single mark opens another quote
    ("The club called the fines ‘unfair on players’ wages’ and the league ‘deaf to reason’.",
     [("‘unfair on players’ wages’", True), ("‘deaf to reason’", True)]),
    # a word’s ’s right after a quote: a second single quote cannot open inside the first
    ("Critics said the ‘Gang of Four’s budget was ‘dead on arrival’, she wrote.",
     [("‘Gang of Four’", True), ("‘dead on arrival’", True)]),
    # a multi-paragraph single quote: each paragraph re-opens with ‘, only the last closes
    ("‘We opened two wards in May.\n\n‘The winter will still be hard,’ the director said.\n\nNext.",
     [("‘We opened two wards in May.\n\n‘The winter will still be hard,’", True)]),
    # the same with straight marks
    ("'I was never told.\n\n'Nobody rang me,' she said.",
     [("'I was never told.\n\n'Nobody rang me,'", True)]),
    # a straight ' before closing punctuation closes a scare quote
    ("Staff called the rota 'unworkable'. Managers said it was 'fair', and the union 'disagreed'.",
     [("'unworkable'", True), ("'fair'", True), ("'disagreed'", True)]),
    ("'We will not be moved': tenants reject offer",
     [("'We will not be moved'", True)]),
    # three apostrophes that open a quote: the double mark first, then the nested single one
    ("He tells them, '''Sir, we are staying.'.'' And they do.",
     [("'''Sir, we are staying.'.''", True), ("'Sir, we are staying.'", True)]),
]

#: Shapes that already paired before session 11 and must keep doing so.
QUOTES_S11_SINGLE_KEPT = [
    ("The coach was ‘gutted’ and urged the board to ‘think again.’ He left.",
     [("‘gutted’", True), ("‘think again.’", True)]),
    ("‘The voters’ choice is clear,’ she said.", [("‘The voters’ choice is clear,’", True)]),
    ("‘We won’t go back to the ’90s,’ said O’Neill. ‘Lancs’ clubs know that.’",
     [("‘We won’t go back to the ’90s,’", True), ("‘Lancs’ clubs know that.’", True)]),
    ("‘He told me, “Keep going,” and I did,’ she said.",
     [("‘He told me, “Keep going,” and I did,’", True), ("“Keep going,”", True)]),
    ("Rovers’ manager said it was ‘a disgrace’.", [("‘a disgrace’", True)]),
    ("“We opened two wards.\n\n“The winter will be hard,” she said.",
     [("“We opened two wards.\n\n“The winter will be hard,”", True)]),
    ("He said ‘this never closes\n\nThen ‘another one’ follows.",
     [("‘this never closes", False), ("‘another one’", True)]),
]


@pytest.mark.parametrize("text,expected", QUOTES_S11_SINGLE + QUOTES_S11_SINGLE_KEPT)
def test_single_quote_pairing_s11(text, expected):
    assert flat(text) == expected


@pytest.mark.parametrize("text,expected", QUOTES_S11_SINGLE)
def test_rows_need_the_switches(monkeypatch, text, expected):
    for name in SWITCHES:
        monkeypatch.setattr(quotes, name, False)
    assert flat(text) != expected


def test_switches_are_on():
    assert SWITCHES and all(getattr(quotes, name) is True for name in SWITCHES)


#: British-style articles read by the models with American marks (``american_marks``): same
#: length, apostrophes kept, nested double quotes swapped to single; American copy unchanged.
AMERICAN_MARKS_S11 = [
    ("‘We won’t go,’ she said. ‘He told me, “Keep going,” and I did.\n\n‘The players’ union agrees.’",
     "“We won’t go,” she said. “He told me, ‘Keep going,’ and I did.\n\n“The players’ union agrees.”"),
    ("'It's late,' she said. Fans were 'gutted'.", "“It's late,” she said. Fans were “gutted”."),
    ("“US style,” he said of the 'living room' idea. “Fine.”", "“US style,” he said of the 'living room' idea. “Fine.”"),
    ("Cooper upsets ‘Sniper’ fans\n\nThe actor’s remarks drew criticism.",
     "Cooper upsets ‘Sniper’ fans\n\nThe actor’s remarks drew criticism."),
]


@pytest.mark.parametrize("text,expected", AMERICAN_MARKS_S11)
def test_american_marks_s11(text, expected):
    out = quotes.american_marks(text)
    assert out == expected and len(out) == len(text)


def test_american_marks_needs_its_switch(monkeypatch):
    monkeypatch.setattr(quotes, "_S11_SINGLE_SPACY", False)
    text, expected = AMERICAN_MARKS_S11[0]
    assert quotes.american_marks(text) == text != expected


def test_spacy_reads_british_quotes_as_american_s11():
    from saidwhat.pipeline import spacy_text
    text, expected = AMERICAN_MARKS_S11[1]
    assert spacy_text(text) == expected
