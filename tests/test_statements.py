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


# ---- quoted fragments, source mentions, affiliations (issue 13, clustering recall) ----------------
# Each rule has a row that must join and rows that must not; the texts are invented.

FULL = "“The levee plan is utterly reckless, and the county will fight it in every court it can,”"


def test_a_short_quoted_fragment_joins_the_fuller_quote_of_the_same_speaker():
    ix, sids = _ix(
        Appearance("a:1", FULL, speaker="Lena Ortiz", published="2024-03-01"),
        Appearance("b:1", "that the plan was “utterly reckless” and would be fought", "mixed", speaker="Ortiz",
                   published="2024-03-03"),
        Appearance("c:1", "“utterly reckless,” and", "mixed", speaker="Lena Ortiz", published="2024-03-04"),
    )
    assert sids[0] == sids[1] == sids[2]


@pytest.mark.parametrize("fragment, speaker, published", [
    ("that the plan was “utterly reckless”", "Mark Bell", "2024-03-03"),        # another speaker
    ("that the plan was “reckless”", "Lena Ortiz", "2024-03-03"),               # one word
    ("that it was “and the county”", "Lena Ortiz", "2024-03-03"),               # a run with only one word...
    ("that she said “and the”", "Lena Ortiz", "2024-03-03"),                    # function words only
    ("that the plan was “utterly reckless”", "Lena Ortiz", "2024-09-30"),       # outside the date window
    ("that the plan was “utterly reckless” and “a scandal”", "Lena Ortiz", "2024-03-03"),  # one fragment not in it
    ("that the plan was utterly reckless", "Lena Ortiz", "2024-03-03"),        # nothing quoted: no fragment
])
def test_a_fragment_that_is_not_evidence_does_not_join(fragment, speaker, published):
    ix, sids = _ix(Appearance("a:1", FULL, speaker="Lena Ortiz", published="2024-03-01"),
                   Appearance("b:1", fragment, "mixed", speaker=speaker, published=published))
    assert (sids[0] == sids[1]) == (fragment == "that it was “and the county”"), fragment  # ...that is not a function word joins


def test_a_fragment_of_two_different_quotes_joins_neither():
    # a phrase the speaker repeats: two different full quotes hold it, the short report fits both
    ix, sids = _ix(
        Appearance("a:1", "“Crooked Harold Vance has never built a single bridge in this county,”", speaker="Jo Park",
                   published="2024-03-01"),
        Appearance("b:1", "“The tax plan of Crooked Harold Vance will ruin every farm from here to the river,”",
                   speaker="Jo Park", published="2024-03-02"),
        Appearance("c:1", "“Crooked Harold Vance”", "mixed", speaker="Jo Park", published="2024-03-03"),
    )
    assert len(set(sids)) == 3


def test_a_fuller_quote_does_not_join_by_a_phrase_another_full_quote_of_the_statement_holds():
    ix, sids = _ix(
        Appearance("a:1", "“Crooked Harold Vance has never built a single bridge in this county,”", speaker="Jo Park",
                   published="2024-03-01"),
        Appearance("b:1", "he called his rival “Crooked Harold Vance”", "mixed", speaker="Jo Park", published="2024-03-02"),
        Appearance("c:1", "“The tax plan of Crooked Harold Vance will ruin every farm from here to the river,”",
                   speaker="Jo Park", published="2024-03-03"),
    )
    assert sids[0] == sids[1] != sids[2]


@pytest.mark.parametrize("role, joined", [("Harbor Authority chairman", True), ("Port Council chairman", False),
                                          (None, False)])
def test_an_organisation_and_its_officer_share_a_fragment(role, joined):
    ix, sids = _ix(
        Appearance("a:1", FULL, speaker="Paul Wren", speaker_kind="person", speaker_role=role, published="2024-03-01"),
        Appearance("b:1", "that the plan was “utterly reckless”", "mixed", speaker="Harbor Authority",
                   speaker_kind="organization", published="2024-03-02"),
    )
    assert (sids[0] == sids[1]) == joined
    if joined:
        st = ix.statements[sids[0]]
        assert {"speaker-conflict", "laundered"} & set(st.drift(st.members[1]).classes)


def test_attributions_of_one_source_mention_join_and_others_do_not():
    ix, sids = _ix(
        Appearance("a:1", "that the plan was “utterly reckless”", "mixed", speaker="Lena Ortiz", source_key="a@10",
                   published="2024-03-01"),
        Appearance("a:2", "that the county would take the state to court", "indirect", speaker="Lena Ortiz",
                   source_key="a@10", published="2024-03-01"),
        Appearance("a:3", "that the bridge on Mill Road would open again in the spring", "indirect", speaker="Lena Ortiz",
                   source_key="a@90", published="2024-03-01"),
    )
    assert sids[0] == sids[1] != sids[2]


def test_an_unresolved_speaker_is_no_conflict_and_curly_apostrophes_are_not_changed_words():
    # fixed bug: a report whose speaker was not resolved needed 0.9 containment, and "it’s" != "it's"
    ix, sids = _ix(
        Appearance("a:1", "“I cannot believe how civil it’s been up here,”", speaker="Jo Park", published="2024-03-10"),
        Appearance("b:1", "''So far, I cannot believe how civil it's been up here.''", speaker=None, published="2024-03-12"),
    )
    assert sids[0] == sids[1]
    assert "changed-words" not in classify("“how civil it’s been”", "\"how civil it's been\"").classes


@pytest.mark.parametrize("fragment, kind, joined", [
    # fixed (round 3): "the Democratic front-runner had said … that he was ''becoming ISIS' best
    # recruiter''", its speaker left unresolved, stayed apart from the quote it trims
    ("that the mayor was ''becoming the county's worst landlord''", "unresolved", True),
    ("that she was “not a natural campaigner,”", "anonymous", True),
    ("that the plan was “utterly reckless”", "unresolved", False),      # too short without a speaker
    ("that he was “becoming the county's best landlord”", "unresolved", False),  # not in the quote
])
def test_a_longer_fragment_of_an_unresolved_speaker_joins_the_fuller_quote(fragment, kind, joined):
    full = ("“The plan is utterly reckless. He is becoming the county’s worst landlord, and I am not a natural "
            "campaigner, as everyone knows,”")
    ix, sids = _ix(Appearance("a:1", full, speaker="Lena Ortiz", speaker_kind="person", published="2024-03-01"),
                   Appearance("b:1", fragment, "mixed", speaker=None, speaker_kind=kind, published="2024-03-03"))
    assert (sids[0] == sids[1]) == joined, fragment
    ix0 = StatementIndex(unresolved_fragment=0)
    assert ix0.add(Appearance("a:1", full, speaker="Lena Ortiz", published="2024-03-01")) != ix0.add(
        Appearance("b:1", fragment, "mixed", speaker=None, speaker_kind=kind, published="2024-03-03"))


# ---- one occasion: cue, continuation; paraphrases (round 2) ---------------------------------------

from saidwhat.statements.index import occasion_keys  # noqa: E402


def test_a_cueless_quote_paragraph_takes_the_source_key_of_the_quote_it_continues():
    # ("id", content start, content end, source start, cue start, speaker id, speaker via)
    keys = occasion_keys("art", [
        ("a1", 100, 180, 182, 185, "s1", "name"),           # “A,” he said.
        ("a2", 200, 260, None, None, "s1", "continuation"),  # ¶ “B.”
        ("a3", 300, 340, 342, 346, "s2", "name"),           # “C,” she said.
        ("a4", 360, 400, None, None, "s1", "continuation"),  # a quote given back to s1 further on
        ("a5", 420, 460, None, None, "s2", "unresolved"),    # no source, not a continuation
    ])
    assert keys["a1"] == ("art@182", "art#185")
    assert keys["a2"] == ("art@182", None)   # one attribution in PolNeAR: one occasion
    assert keys["a3"] == ("art@342", "art#346")
    assert keys["a4"] == ("art@182", None)   # the nearest earlier attribution of its own speaker
    assert keys["a5"] == (None, None)


def test_contents_of_one_cue_or_one_continued_quote_join_and_others_do_not():
    ix, sids = _ix(
        Appearance("a:1", "“utterly reckless,” but", "mixed", speaker=None, cue_key="a#50", published="2024-03-01"),
        Appearance("a:2", "the county should take the state to court", "indirect", speaker="Lena Ortiz",
                   source_key="a@20", cue_key="a#50", published="2024-03-01"),
        Appearance("a:3", "“The bridge on Mill Road will open again in the spring.”", speaker="Lena Ortiz",
                   source_key="a@20", published="2024-03-01"),
        Appearance("a:4", "“The levee will hold this winter, whatever the river does.”", speaker="Lena Ortiz",
                   source_key="a@90", cue_key="a#95", published="2024-03-01"),
    )
    assert sids[0] == sids[1] == sids[2] != sids[3]


class FakeEncoder:
    """Embeds by a table (text without marks -> vector); counts what it embedded."""

    def __init__(self, table):
        import numpy as np

        self.table = {k: np.asarray(v, dtype=np.float32) / np.linalg.norm(v) for k, v in table.items()}
        self.seen = []

    def encode(self, texts):
        import numpy as np

        self.seen.extend(texts)
        return np.stack([self.table.get(t, np.asarray([0, 0, 0, 1], dtype=np.float32)) for t in texts])


QUOTE = "“The county will not raise the sales tax to pay for the new stadium,”"
PARA = "that the county would keep the sales tax where it is"


def _para_ix(enc, *apps, **kw):
    """The quote is reported twice (a paraphrase joins a statement of two reports or more)."""
    ix = StatementIndex(encoder=enc, **kw)
    sids = []
    for a in apps:
        sids.append(ix.add(a))
        if a.key == "a:1":
            ix.add(Appearance("a:2", QUOTE, speaker="Lena Ortiz", published="2024-03-01"))
            assert ix.of["a:2"] == ix.of["a:1"]
    return ix, [ix.of[a.key] for a in apps]


def test_two_lone_reports_do_not_join_by_paraphrase_alone():
    ix = StatementIndex(encoder=_enc(0.9))
    a = ix.add(Appearance("a:1", QUOTE, speaker="Lena Ortiz", published="2024-03-01"))
    b = ix.add(Appearance("b:1", PARA, "indirect", speaker="Lena Ortiz", published="2024-03-03"))
    assert a != b and not ix.paraphrase_links


def _enc(cos: float) -> FakeEncoder:
    import math

    return FakeEncoder({"The county will not raise the sales tax to pay for the new stadium,": [1, 0, 0, 0],
                        PARA: [cos, math.sqrt(1 - cos * cos), 0, 0]})


def test_an_indirect_report_close_in_meaning_joins_the_quote_of_the_same_speaker_as_a_paraphrase():
    enc = _enc(0.9)
    ix, sids = _para_ix(enc,
                        Appearance("a:1", QUOTE, speaker="Lena Ortiz", published="2024-03-01"),
                        Appearance("b:1", PARA, "indirect", speaker="Ortiz", published="2024-03-03"))
    assert sids[0] == sids[1]
    assert [(k, o) for k, o, _ in ix.paraphrase_links] == [("b:1", "a:1")]
    st = ix.statements[sids[0]]
    assert st.drift(next(m for m in st.members if m.key == "b:1")).classes == ("paraphrase",)
    # an earlier indirect report is found by a later quote (here the second report of the quote)
    enc = _enc(0.9)
    ix, sids = _para_ix(enc,
                        Appearance("b:1", PARA, "indirect", speaker="Lena Ortiz", published="2024-03-01"),
                        Appearance("a:1", QUOTE, speaker="Lena Ortiz", published="2024-03-01"))
    assert ix.of["b:1"] == ix.of["a:1"] == ix.of["a:2"]


@pytest.mark.parametrize("cos, speaker, vtype, published, text", [
    (0.6, "Lena Ortiz", "indirect", "2024-03-03", PARA),             # not close enough
    (0.9, "Mark Bell", "indirect", "2024-03-03", PARA),              # another speaker
    (0.9, None, "indirect", "2024-03-03", PARA),                     # no speaker: no paraphrase evidence
    (0.9, "Lena Ortiz", "direct", "2024-03-03", "“" + PARA + "”"),   # neither side indirect
    (0.9, "Lena Ortiz", "indirect", "2024-09-03", PARA),             # outside the date window
    (0.9, "Lena Ortiz", "indirect", "2024-03-03", "that it would go ahead"),  # too short, no shared word
])
def test_a_paraphrase_without_all_the_evidence_does_not_join(cos, speaker, vtype, published, text):
    enc = _enc(cos)
    ix, sids = _para_ix(enc,
                        Appearance("a:1", QUOTE, speaker="Lena Ortiz", published="2024-03-01"),
                        Appearance("b:1", text, vtype, speaker=speaker, published=published))
    assert sids[0] != sids[1] and not ix.paraphrase_links


def test_only_the_candidates_of_a_paraphrase_are_embedded_and_no_encoder_means_no_links():
    enc = _enc(0.9)
    ix, sids = _para_ix(enc,
                        Appearance("a:1", QUOTE, speaker="Lena Ortiz", published="2024-03-01"),
                        Appearance("c:1", "“The harbor will be dredged before the summer season begins,”",
                                   speaker="Sam Dale", published="2024-03-01"),
                        Appearance("d:1", "that the harbor would be dredged before the summer", "indirect",
                                   speaker="Kim Lowe", published="2024-03-02"),
                        Appearance("b:1", PARA, "indirect", speaker="Lena Ortiz", published="2024-03-03"))
    assert sids[0] == sids[3]
    assert sorted(enc.seen) == sorted(["The county will not raise the sales tax to pay for the new stadium,", PARA])
    ix, sids = _para_ix(None,
                        Appearance("a:1", QUOTE, speaker="Lena Ortiz", published="2024-03-01"),
                        Appearance("b:1", PARA, "indirect", speaker="Lena Ortiz", published="2024-03-03"))
    assert sids[0] != sids[1]


def test_a_paraphrase_joins_the_one_closest_statement():
    other = "“The county will not raise the property tax this year, or the next,”"
    # cosines: PARA-QUOTE 0.95, PARA-other 0.82, both above the threshold
    enc = FakeEncoder({"The county will not raise the sales tax to pay for the new stadium,": [1, 0, 0, 0],
                       "The county will not raise the property tax this year, or the next,": [0.6, 0.8, 0, 0],
                       PARA: [0.95, 0.31, 0, 0]})
    ix, sids = _para_ix(enc,
                        Appearance("a:1", QUOTE, speaker="Lena Ortiz", published="2024-03-01"),
                        Appearance("c:1", other, speaker="Lena Ortiz", published="2024-03-01"),
                        Appearance("b:1", PARA, "indirect", speaker="Lena Ortiz", published="2024-03-03"))
    assert sids[2] == sids[0] != sids[1]


@pytest.mark.parametrize("first, second, cos, speaker, joined", [
    (("x:a1", PARA, "indirect"), ("x:a2", QUOTE, "direct"), 0.6, "Ortiz", True),       # the lead-in and its quote
    (("x:a1", PARA, "indirect"), ("x:a2", QUOTE, "direct"), 0.5, "Ortiz", False),      # not close enough
    (("x:a1", PARA, "indirect"), ("x:a2", QUOTE, "direct"), 0.6, "Mark Bell", False),  # another speaker
    (("x:a1", PARA, "indirect"), ("x:a3", QUOTE, "direct"), 0.6, "Ortiz", False),      # not consecutive
    (("y:a1", PARA, "indirect"), ("x:a2", QUOTE, "direct"), 0.6, "Ortiz", False),      # two articles
    (("x:a1", QUOTE, "direct"), ("x:a2", PARA, "indirect"), 0.6, "Ortiz", False),      # the quote comes first
])
def test_an_indirect_report_joins_the_quote_of_the_same_speaker_that_follows_it_in_its_article(
        first, second, cos, speaker, joined):
    # "Ortiz claimed that …" ¶ "“…,” she said.": one utterance reported twice in one article, below
    # the paraphrase threshold and both lone (statement gold u05's headline, u14's lead)
    ix = StatementIndex(encoder=_enc(cos))
    (k1, t1, y1), (k2, t2, y2) = first, second
    ix.add(Appearance(k1, t1, y1, speaker="Lena Ortiz" if y1 == "indirect" else speaker, published="2024-03-01"))
    ix.add(Appearance(k2, t2, y2, speaker=speaker if y1 == "indirect" else "Lena Ortiz", published="2024-03-01"))
    assert (ix.of[k1] == ix.of[k2]) is joined
    assert bool(ix.lead_in_links) is joined
    if joined:  # also when the quote was placed first (a store adds in any order)
        ix = StatementIndex(encoder=_enc(cos))
        ix.add(Appearance(k2, t2, y2, speaker=speaker, published="2024-03-01"))
        ix.add(Appearance(k1, t1, y1, speaker="Lena Ortiz", published="2024-03-01"))
        assert ix.of[k1] == ix.of[k2]


CUT_A = "that she would end “waste in every agency” and said “we end the governor’s reckless spending plan before it starts.”"
CUT_B = ("“The governor’s reckless spending plan before it starts is the only thing I will talk about today, "
         "and the council knows why,”")


@pytest.mark.parametrize("a, b, speaker, published, joined", [
    (CUT_A, CUT_B, "Ortiz", "2024-03-02", True),     # one passage of A opens B's quote (two cuts of one text)
    (CUT_A, "“Yes, we end the governor’s reckless spending plan before it starts, whatever the council says,”",
     "Ortiz", "2024-03-02", True),                     # one passage of A inside B's, the other not quoted there
    (CUT_A, CUT_B, "Mark Bell", "2024-03-02", False),  # another speaker
    (CUT_A, CUT_B, "Ortiz", "2024-03-20", False),      # more than overlap_days apart: a line said again
    (CUT_A, "“Drop the governor’s reckless spending plan, and the council knows why it matters to all of us,”",
     "Ortiz", "2024-03-02", False),                    # the same phrase going on differently: a repeated phrase
    ("that she would end “waste in every agency” and speak “for all of the”",
     "“It is for all of the county, and the council knows why it matters so much to every one of us,”",
     "Ortiz", "2024-03-02", False),                    # an overlap of function words only
])
def test_two_quotes_that_overlap_as_cuts_of_one_text_join(a, b, speaker, published, joined):
    ix, sids = _ix(Appearance("a:1", a, "mixed", speaker="Lena Ortiz", published="2024-03-01"),
                   Appearance("b:1", b, speaker=speaker, published=published))
    assert (sids[0] == sids[1]) is joined
