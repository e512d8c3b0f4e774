"""Golden table: text → expected (speaker, cue, content, type) rows for the layouts in issue 2's
coverage list that the field cases don't already hold. Judged like the acceptance cases:
content token-overlap ≥ 0.5 with the same speaker (saidwhat.evaluate.cases.judge)."""

import pytest

import saidwhat
from saidwhat.evaluate.cases import judge


def row(text, speaker, cue, content, typ, **kw):
    start = text.index(content)
    return {"speaker": speaker, "cue": cue, "content": content, "type": typ, "content_start": start,
            "content_end": start + len(content), **kw}


GOLDEN = [
    ("said-name", "“We will build it,” said Mayor Jane Doe.",
     [row("“We will build it,” said Mayor Jane Doe.", "Jane Doe", "said", "We will build it,", "direct")]),
    ("saying", "Senator Ann Lee left the room, saying the bill was dead.",
     [row("Senator Ann Lee left the room, saying the bill was dead.", "Ann Lee", "saying", "the bill was dead", "indirect")]),
    ("noting-that", "Coach Tim Ray praised the team, noting that injuries had piled up.",
     [row("Coach Tim Ray praised the team, noting that injuries had piled up.", "Tim Ray", "noting", "injuries had piled up",
          "indirect"),
      # a stance (PolNeAR annotates "praised X"): finding it or not are both fine
      row("Coach Tim Ray praised the team, noting that injuries had piled up.", "Tim Ray", "praised", "the team",
          "indirect", optional=True)]),
    ("calling-it", "Judge Maria Cole rejected the motion, calling it a “fishing expedition.”",
     [row("Judge Maria Cole rejected the motion, calling it a “fishing expedition.”", "Maria Cole", "calling",
          "it a “fishing expedition.”", "mixed"),
      row("Judge Maria Cole rejected the motion, calling it a “fishing expedition.”", "Maria Cole", "rejected",
          "the motion", "indirect", optional=True)]),
    ("according-to-middle", "Prices, according to the Labor Department, rose 3 percent in May.",
     [row("Prices, according to the Labor Department, rose 3 percent in May.", "Labor Department", "according to",
          "rose 3 percent in May", "indirect")]),
    ("split-quote", "“We are ready,” Chief Ana Paz said. “The trucks are fueled.”",
     [row("“We are ready,” Chief Ana Paz said. “The trucks are fueled.”", "Ana Paz", "said", "We are ready,", "direct"),
      row("“We are ready,” Chief Ana Paz said. “The trucks are fueled.”", "Ana Paz", "said", "The trucks are fueled.",
          "direct")]),
    ("told-that-pronoun", "Omar Haddad runs the port. He told Reuters that shipping would resume on Monday.",
     [row("Omar Haddad runs the port. He told Reuters that shipping would resume on Monday.", "Omar Haddad", "told",
          "shipping would resume on Monday", "indirect")]),
    ("organization", "The Kremlin said the talks would continue next week.",
     [row("The Kremlin said the talks would continue next week.", "Kremlin", "said", "the talks would continue next week",
          "indirect")]),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expect", GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden(name, text, expect):
    article = saidwhat.extract(text)
    result = judge(article, expect)
    assert result.found == result.total, [a.to_dict() for a in article.attributions]
    assert not result.false_positives, result.false_positives
