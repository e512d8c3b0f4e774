"""Cue classes, negation and questions (pipeline/cue_class.py, issue 12)."""

from __future__ import annotations

import pytest

import saidwhat

CLASSED = [
    ("Mayor Ann Lee said the budget would pass.", "the budget would pass", "speech"),
    ("Mayor Ann Lee told reporters the budget would pass.", "the budget would pass", "speech"),
    ("Mayor Ann Lee wrote that the budget would pass.", "the budget would pass", "writing"),
    ("Mayor Ann Lee tweeted that the budget would pass.", "the budget would pass", "writing"),
    ("In a statement, Mayor Ann Lee said the budget would pass.", "the budget would pass", "writing"),
    ("Mayor Ann Lee believes the budget will pass.", "the budget will pass", "thought"),
    ("Mayor Ann Lee fears that the budget will fail.", "the budget will fail", "thought"),
    ("Mayor Ann Lee supports a tax on sugary drinks.", "a tax on sugary drinks", "stance"),
    ("Mayor Ann Lee plans to veto the budget.", "veto the budget", "stance"),
    ("A new poll shows that most voters back the budget.", "most voters back the budget", "evidence"),
    ("According to the data, crime fell by ten percent.", "crime fell by ten percent", "evidence"),
    ("According to officials, the budget will pass.", "the budget will pass", "speech"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, content, cls", CLASSED)
def test_cue_class(text, content, cls):
    art = saidwhat.extract(text, mode="fast")
    hits = [a for a in art.attributions if content in a.content.text]
    assert hits, [(a.cue and a.cue.text, a.content.text) for a in art.attributions]
    assert hits[0].cue_class == cls, (hits[0].cue and hits[0].cue.text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mayor Ann Lee declined to comment on the budget.",
    "Mayor Ann Lee refused to say whether the budget would pass.",
    "Mayor Ann Lee did not say whether the budget would pass.",
    "Mayor Ann Lee would not specify when the budget would pass.",
])
def test_speech_that_did_not_happen_is_flagged_or_absent(text):
    art = saidwhat.extract(text, mode="fast")
    assert all(a.negated for a in art.attributions), [(a.cue and a.cue.text, a.negated) for a in art.attributions]
    assert not saidwhat.extract(text, mode="fast", classes=["speech", "writing"]).attributions \
        if "classes" in saidwhat.extract.__code__.co_varnames else True


@pytest.mark.model
def test_questions_are_flagged():
    art = saidwhat.extract("Lawmakers asked whether the budget would pass before the recess.", mode="fast")
    assert art.attributions and all(a.question for a in art.attributions)
    art = saidwhat.extract("Mayor Ann Lee said the budget would pass.", mode="fast")
    assert not any(a.question for a in art.attributions)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ann Lee, known most often as the Iron Mayor, opened the session.",
    "Ann Lee waded into the debate over school funding on Monday.",
    "Ann Lee tagged the governor in a photo of the new bridge.",
    "Citing an example from last year, the council chair opened the session.",
])
def test_not_attributions_at_all(text):
    art = saidwhat.extract(text, mode="fast")
    assert not art.attributions, [(a.cue and a.cue.text, a.content.text) for a in art.attributions]
