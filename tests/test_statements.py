"""Statements across articles (statements/index.py) and drift classes (statements/drift.py)."""

from __future__ import annotations

import pytest

from saidwhat.statements import Appearance, StatementIndex, classify

BASE = "“We will rebuild every school the storm destroyed, and we will do it before winter,”"


def _ix(*apps):
    ix = StatementIndex()
    return ix, [ix.add(a) for a in apps]


def test_reports_of_one_utterance_are_one_statement_and_other_quotes_are_not():
    ix, sids = _ix(
        Appearance("a:1", BASE, speaker="Lena Ortiz", outlet="a.com", published="2024-03-01"),
        Appearance("b:1", "“We will rebuild every school the storm destroyed”", speaker="Lena Ortiz",
                   outlet="b.com", published="2024-03-02"),
        Appearance("c:1", "“we will rebuild every school the storm destroyed, and we will do it before winter”",
                   speaker="Ortiz", outlet="c.com", published="2024-03-02"),
        Appearance("d:1", "“The storm destroyed more than we feared, and the schools will wait until spring,”",
                   speaker="Lena Ortiz", outlet="d.com", published="2024-03-02"),
    )
    assert sids[0] == sids[1] == sids[2] != sids[3]


def test_the_same_words_under_another_speaker_join_as_a_conflict_or_laundered():
    ix, sids = _ix(
        Appearance("a:1", BASE, speaker="Lena Ortiz", published="2024-03-01"),
        Appearance("b:1", BASE, speaker="Mark Bell", published="2024-03-02"),
        Appearance("c:1", BASE, speaker="The Daily Courier", published="2024-03-02"),
    )
    assert len(set(sids)) == 1
    st = ix.statements[sids[0]]
    by_key = {m.key: st.drift(m).classes for m in st.members}
    assert "speaker-conflict" in by_key["b:1"]
    assert "laundered" in by_key["c:1"]


def test_a_short_shared_phrase_of_other_speakers_is_not_one_statement():
    ix, sids = _ix(
        Appearance("a:1", "“This is a disgrace for the whole city and its people,”", speaker="Lena Ortiz"),
        Appearance("b:1", "“This is a disgrace,” and the council knows it", speaker="Mark Bell"),
    )
    assert sids[0] != sids[1]


def test_statements_outside_the_date_window_stay_apart():
    ix, sids = _ix(
        Appearance("a:1", BASE, speaker="Lena Ortiz", published="2024-03-01"),
        Appearance("b:1", BASE, speaker="Lena Ortiz", published="2025-03-01"),
    )
    assert sids[0] != sids[1]


@pytest.mark.parametrize("variant, vtype, expected", [
    ("“We will rebuild every school the storm destroyed”", "direct", {"trimmed"}),
    ("“We will rebuild every school … before winter”", "direct", {"ellipsis"}),
    ("“We will rebuild every school [in Harlow County], and we will do it before winter”", "direct", {"bracketed"}),
    ("“we will rebuild every school the storm destroyed and we will do it before winter”", "direct",
     {"punctuation/case"}),
    ("“We will rebuild every hospital the storm destroyed, and we will do it before winter”", "direct",
     {"changed-words"}),
    ("that every school destroyed by the storm would be rebuilt before winter", "indirect", {"paraphrase"}),
])
def test_drift_classes(variant, vtype, expected):
    got = set(classify(BASE, variant, variant_type=vtype).classes)
    assert expected <= got, got
    if expected != {"punctuation/case"}:
        assert "punctuation/case" not in got


def test_identical_reports_have_no_drift():
    assert classify(BASE, BASE).classes == ()
