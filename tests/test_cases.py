"""Acceptance cases of ../shared/cases, judged by the rule of its README (saidwhat.evaluate.cases).

Golden tables: the seed article and every field case; each fixed bug adds a row of its own kind
(see FIXED_BUGS below).
"""

from __future__ import annotations

import pytest

import saidwhat
from saidwhat.evaluate.cases import judge, load_gold, overlap_coefficient, same_speaker

from conftest import CASES, field_cases

pytestmark = pytest.mark.model

#: Floors of the quality gate on the seed article; lowering one is a visible, reviewed change.
SEED_MIN_FOUND = 24
SEED_MAX_FALSE_POSITIVES = 2


@pytest.fixture(scope="module")
def seed_article(seed_text):
    return saidwhat.extract(seed_text)


def test_seed_article_meets_the_bar(seed_article):
    gold = load_gold(CASES / "gold" / "assad-us-troops.jsonl")
    result = judge(seed_article, gold)
    assert result.total == 26
    assert result.found >= SEED_MIN_FOUND, [m["content"] for m in result.missed]
    assert len(result.false_positives) <= SEED_MAX_FALSE_POSITIVES, result.false_positives
    assert not any(fp["duplicate"] for fp in result.false_positives)


def test_seed_article_reports_nothing_from_duplicated_lines(seed_article):
    dup_regions = [r for r in seed_article.regions if r.duplicate_of]
    for a in seed_article.attributions:
        for r in dup_regions:
            assert not (r.span.start_char <= a.content.start_char < r.span.end_char), a


def test_seed_article_resolves_nominal_and_pronoun_sources(seed_article):
    by_mention = {a.source.text: seed_article.speaker(a.speaker_id) for a in seed_article.attributions if a.source}
    assert by_mention["the Syrian leader"].name == "Bashar Assad"
    assert by_mention["He"].name == "Bashar Assad"
    peskov = by_mention["Kremlin spokesman Dmitry Peskov"]
    assert peskov.name == "Dmitry Peskov" and peskov.role == "Kremlin spokesman"
    assert by_mention["Peskov"].id == peskov.id
    assert by_mention["the Kremlin"].kind == "organization"
    assert all(s.name != "Unknown" for s in seed_article.speakers)


def test_seed_article_addressee_and_split_quotes(seed_article):
    told = next(a for a in seed_article.attributions if a.cue and "told" in a.cue.text)
    assert told.addressee is not None and told.addressee.text == "Yahoo News"
    split = [a for a in seed_article.attributions if a.content.pieces]
    assert any(a.content.pieces[0].text == "“We agree about this priority,”" for a in split)


def test_seed_article_fronted_clause_of_another_cue_is_not_joined(seed_article):
    # "In a signal that the incident hasn’t hurt …, Peskov said that Erdogan is set to visit …":
    # the tagger's content pieces on both sides of "said" were joined into one content
    visit = next(a for a in seed_article.attributions if "Erdogan is set to visit" in a.content.text)
    assert "hurt" not in visit.content.text
    assert seed_article.speaker(visit.speaker_id).name == "Dmitry Peskov"


@pytest.mark.parametrize("case", field_cases(), ids=lambda c: c["id"])
def test_field_case(case):
    article = saidwhat.extract(case["text"])
    result = judge(article, case["expect"])
    assert result.found == result.total, (result.missed, [a.to_dict() for a in article.attributions])
    assert not result.false_positives, result.false_positives
    for negative in case.get("negatives", []):
        assert not any(negative in a.content.text for a in article.attributions)
    for a in article.attributions:
        sp = article.speaker(a.speaker_id)
        if sp is not None and sp.kind in ("anonymous", "unresolved"):
            assert sp.name is None


#: Each fixed bug's input, as a row: (text, speaker name or None, content substring).
FIXED_BUGS = [
    # a credit line ran into the next paragraph's sentence, so "SANA" became the source
    ("Photo of the talks. SANA via AP\nThe Associated Press\n\nAssad also told Yahoo News that his country would welcome help.",
     "Assad", "his country would welcome help"),
    # "a goal Assad said he also shares": the parser tags the name as the noun's apposition
    ("He made a gesture to fight terrorism—a goal Assad said he also shares.", "Assad", "he also shares"),
    # a reduced passive "when asked if" is not a cue of the question's content
    ("When asked if he wants troops, Assad said that troops are not enough.", "Assad", "troops are not enough"),
    # "Mr." ended the cue clause early, so the split quote's second half floated free
    ("''We will beat them with it,'' Mr. Bennett said. ''Bans tend to be politically problematic.''", "Bennett",
     "Bans tend to be politically problematic"),
    # '… another address." He said that if …': a new sentence with its own content is not the
    # quote's cue clause (the quote belongs to the colon-less lead-in "Husted said the decision")
    ("In a statement, Husted said the court's decision \"will effectively force us to put voters back on the rolls.\" "
     "He said that if the final resolution requires it, they will appeal.", "Husted", "will effectively force us"),
    # a sign-off with a horizontal bar (U+2015, readers' letters in PolNeAR) was not a dash
    ("Readers wrote in.\n\n“The most unqualified child to ever run for president.” ― Francisco Herrero\n",
     "Francisco Herrero", "The most unqualified child"),
    # a lead-in clause ending in a colon: the noun before the colon ("the following comment") was
    # taken for the source; it is the clause's subject
    ("At the rally, Senator Maria Lopez made the following comment: “We will not accept this budget, not now and not ever.”",
     "Maria Lopez", "We will not accept this budget"),
]


@pytest.mark.parametrize("text,speaker,content", FIXED_BUGS)
def test_fixed_bug(text, speaker, content):
    article = saidwhat.extract(text)
    hits = [a for a in article.attributions if content in a.content.text]
    assert hits, [a.to_dict() for a in article.attributions]
    sp = article.speaker(hits[0].speaker_id)
    assert same_speaker(speaker, sp.name if sp else None)
    assert not any("wants troops" in a.content.text for a in article.attributions)


def test_judge_rule_itself():
    assert overlap_coefficient("We agree about this", "“We agree about this priority,”") == 1.0
    assert overlap_coefficient("alpha beta", "gamma delta") == 0.0
    assert same_speaker("Bashar Assad", "Assad") and not same_speaker("Hillary Clinton", "Bill Clinton")
    assert same_speaker("Kremlin", "the Kremlin") and same_speaker(None, None) and not same_speaker(None, "Ana Ortiz")
