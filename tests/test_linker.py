"""The linker groups tagged SOURCE / CUE / CONTENT spans into attributions (no model needed)."""

from __future__ import annotations

from saidwhat.model.linker import link, paragraph_starts


def spans_of(text: str, *parts: tuple[str, str]) -> list[tuple[int, int, str]]:
    """``(substring, label)`` pairs -> labelled char spans (first occurrence after the previous)."""
    out, pos = [], 0
    for sub, label in parts:
        start = text.index(sub, pos)
        out.append((start, start + len(sub), label))
        pos = start + len(sub)
    return out


def texts(text: str, atts) -> list[tuple[str | None, str | None, list[str]]]:
    return [
        (
            text[slice(*a.source)] if a.source else None,
            text[slice(*a.cue)] if a.cue else None,
            [text[s:e] for s, e in a.content],
        )
        for a in atts
    ]


def test_simple_said_that():
    text = "Smith said that taxes will rise."
    spans = spans_of(text, ("Smith", "SOURCE"), ("said", "CUE"), ("taxes will rise", "CONTENT"))
    assert texts(text, link(text, spans)) == [("Smith", "said", ["taxes will rise"])]


def test_split_quote_is_one_content_with_two_pieces():
    text = "“We will win,” she said. “No doubt.”"
    spans = spans_of(text, ("“We will win,”", "CONTENT"), ("she", "SOURCE"), ("said", "CUE"), ("“No doubt.”", "CONTENT"))
    assert texts(text, link(text, spans)) == [("she", "said", ["“We will win,”", "“No doubt.”"])]


def test_inverted_said_source_after_cue():
    text = "“It is over,” said the mayor."
    spans = spans_of(text, ("“It is over,”", "CONTENT"), ("said", "CUE"), ("the mayor", "SOURCE"))
    assert texts(text, link(text, spans, [0])) == [("the mayor", "said", ["“It is over,”"])]


def test_one_source_serves_two_cues():
    text = "Trump said the wall works, adding that Mexico will pay."
    spans = spans_of(text, ("Trump", "SOURCE"), ("said", "CUE"), ("the wall works", "CONTENT"),
                     ("adding", "CUE"), ("Mexico will pay", "CONTENT"))
    assert texts(text, link(text, spans, [0])) == [
        ("Trump", "said", ["the wall works"]),
        ("Trump", "adding", ["Mexico will pay"]),
    ]


def test_two_speakers_in_one_sentence_take_their_nearest_cue():
    text = "Smith said no, while Jones argued yes."
    spans = spans_of(text, ("Smith", "SOURCE"), ("said", "CUE"), ("no", "CONTENT"),
                     ("Jones", "SOURCE"), ("argued", "CUE"), ("yes", "CONTENT"))
    assert texts(text, link(text, spans, [0])) == [("Smith", "said", ["no"]), ("Jones", "argued", ["yes"])]


def test_cue_without_content_gives_nothing():
    text = "Smith said nothing."
    spans = spans_of(text, ("Smith", "SOURCE"), ("said", "CUE"))
    assert link(text, spans) == []


def test_source_of_another_sentence_is_not_taken_by_default():
    text = "Smith arrived. The plan was called a failure.\nNext line."
    spans = spans_of(text, ("Smith", "SOURCE"), ("called", "CUE"), ("a failure", "CONTENT"))
    starts = [0, text.index("The plan"), text.index("Next")]
    assert texts(text, link(text, spans, starts)) == [(None, "called", ["a failure"])]
    assert texts(text, link(text, spans, starts, fallback_paragraph=True)) == [("Smith", "called", ["a failure"])]


def test_quote_continuing_in_next_paragraph_joins_previous_content():
    text = "He said: “First part.\n“Second part.”"
    spans = spans_of(text, ("He", "SOURCE"), ("said:", "CUE"), ("“First part.", "CONTENT"), ("“Second part.”", "CONTENT"))
    got = texts(text, link(text, spans))
    assert got == [("He", "said:", ["“First part.", "“Second part.”"])]


def test_content_of_another_paragraph_without_cue_is_dropped():
    text = "He said it.\nA new paragraph, then “a quote”"
    spans = spans_of(text, ("He", "SOURCE"), ("said", "CUE"), ("it", "CONTENT"), ("“a quote”", "CONTENT"))
    assert texts(text, link(text, spans)) == [("He", "said", ["it"])]


def test_paragraph_starts():
    assert paragraph_starts("a\n\nb\nc") == [0, 2, 3, 5]
    assert paragraph_starts("no break") == [0]


def test_require_source_drops_sourceless_attributions():
    text = "The plan was called a failure."
    spans = spans_of(text, ("called", "CUE"), ("a failure", "CONTENT"))
    assert texts(text, link(text, spans)) == [(None, "called", ["a failure"])]
    assert link(text, spans, require_source=True) == []
