"""The frozen records of saidwhat.types."""

import pytest

from saidwhat.types import Article, Attribution, Region, Span, Speaker


def test_span_of_checks_bounds_and_keeps_text():
    text = "Assad said hello."
    assert Span.of(text, 0, 5).text == "Assad"
    with pytest.raises(ValueError):
        Span.of(text, 5, 100)
    with pytest.raises(ValueError):
        Span.of(text, 6, 5)


def test_span_join_merges_and_orders_pieces():
    text = "“A,” he said. “B.”"
    s = Span.join(text, [(14, 18), (0, 4)])
    assert (s.start_char, s.end_char) == (0, 18)
    assert [p.text for p in s.pieces] == ["“A,”", "“B.”"]
    assert Span.join(text, [(0, 3), (2, 4)]).pieces == ()


def test_article_round_trips_through_dict():
    text = "Ana Ortiz said it works."
    sp = Speaker("s1", "Ana Ortiz", "person", "director", (Span.of(text, 0, 9),))
    at = Attribution("a1", "indirect", "body", "s1", Span.of(text, 0, 9), Span.of(text, 10, 14),
                     Span.join(text, [(15, 23)]), None, 0.9)
    art = Article(text, "x" * 64, None, (Region("r1", "body", Span.of(text, 0, len(text))),), (sp,), (at,), {"mode": "fast"})
    d = art.to_dict()
    assert d["schema"] == "saidwhat/1"
    assert Article.from_dict(d) == art
    assert art.speaker("s1") is sp and art.speaker("nope") is None
