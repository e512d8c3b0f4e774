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
    # fixed (session 6; gold/cue_classes/README.md rule 8): a refusal to be interviewed or to
    # testify is a refusal to speak (was: stance, not flagged)
    "Mayor Ann Lee declined to be interviewed for this article.",
    "The senator refused to testify about the deal.",
])
def test_speech_that_did_not_happen_is_flagged_or_absent(text):
    art = saidwhat.extract(text, mode="fast")  # every attribution, negated ones included
    assert all(a.negated for a in art.attributions), [(a.cue and a.cue.text, a.negated) for a in art.attributions]
    if "interviewed" in text or "testify" in text:  # found, and flagged (not just absent)
        assert art.attributions
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


# -- the learned classifier (issue 12: trained on gold/cue_classes/train.jsonl) -------------------

@pytest.fixture(scope="module")
def parse():
    from saidwhat.config import Config
    from saidwhat.engine import get_nlp

    nlp = get_nlp(Config(mode="fast"))

    def run(text):
        with nlp.select_pipes(disable=["saidwhat"]):
            return nlp(text)

    return run


def _at(text: str, part: str | None) -> tuple[int, int] | None:
    if part is None:
        return None
    i = text.index(part)
    return i, i + len(part)


#: Shapes of train-set errors fixed in the lexicon or by the context features (invented wording;
#: the train row each comes from is named): text, cue, source, content, class.
FIXED_TRAIN_ERRORS = [
    # "the BBC reported": news reports are written (report joined the writing verbs)
    ("The Daily Ledger reported that the mayor resigned.", "reported", "The Daily Ledger", "the mayor resigned",
     "writing"),
    # "Nate Cohn, writing in The New York Times, noticed": a writing verb anywhere in the cue
    ("Nate Cole, writing in The Daily Ledger, noticed that voters had shifted.",
     "writing in The Daily Ledger, noticed", "Nate Cole", "voters had shifted", "writing"),
    # "some remained skeptical that": a light verb gives way to the adjective after it
    ("Some council members remained skeptical that the budget would pass.", "remained skeptical",
     "Some council members", "the budget would pass", "thought"),
    # "Rhonda Hughes is a fervent supporter of Trump"
    ("Ann Lee is a fervent supporter of the new budget.", "is a fervent supporter of", "Ann Lee",
     "the new budget", "stance"),
    # "renewed doubts about": the head is in no list, another cue word is
    ("Council members voiced renewed doubts about the budget.", "voiced renewed doubts about", "Council members",
     "the budget", "thought"),
    # "The debate revealed a stark contrast": an event that shows is evidence
    ("The debate revealed a stark contrast between the two candidates.", "revealed", "The debate",
     "a stark contrast between the two candidates", "evidence"),
    # "emailed supporters on Monday evening, telling them": the verb it hangs from is written
    ("Ann Lee emailed supporters on Monday, telling them that the budget would pass.", "telling", "Ann Lee",
     "the budget would pass", "writing"),
    # "His campaign protested that Clinton aides were being disingenuous": protested that = said
    ("His campaign protested that the mayor's aides were being disingenuous.", "protested", "His campaign",
     "the mayor's aides were being disingenuous", "speech"),
    # "called again for President Obama to resign": "for" heads the clause, not the verb
    ("Ann Lee called again for the police chief to resign.", "called again for", "Ann Lee",
     "the police chief to resign", "stance"),
    # "in the RealClearPolitics average of recent Hoosier polls": an average of polls is evidence
    ("Lee leads Park by nine points in the RealClearPolitics average of recent polls.", "in",
     "the RealClearPolitics average of recent polls", "Lee leads Park by nine points", "evidence"),
]


def _spans(text: str, cue: str, source: str, content: str):
    cue_at = _at(text, cue if cue != "in" else " in the ")
    if cue == "in":
        cue_at = (cue_at[0] + 1, cue_at[0] + 3)
    return cue_at, _at(text, source), [_at(text, content)]


@pytest.mark.model
@pytest.mark.parametrize("text, cue, source, content, cls", FIXED_TRAIN_ERRORS)
def test_fixed_train_set_errors_in_the_lexicon(parse, text, cue, source, content, cls):
    from saidwhat.pipeline.cue_class import lexicon_class

    assert lexicon_class(parse(text), *_spans(text, cue, source, content)) == cls


@pytest.mark.model
@pytest.mark.parametrize("text, cue, source, content, cls", [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=(
        "known gap: the learned model outweighs the lexicon's rare rules: 'written_parent' (2 train rows), "
        "'call_for' (6 train rows; since the refit on 1,392 rows, speech 1.35 vs stance 1.33)")))
    if row[1] in ("telling", "called again for") else row for row in FIXED_TRAIN_ERRORS])
def test_fixed_train_set_errors_with_the_classifier(parse, text, cue, source, content, cls):
    from saidwhat.pipeline.cue_class import classify

    assert classify(parse(text), *_spans(text, cue, source, content)) == cls


def test_shipped_weights_load_and_cover_every_class():
    from saidwhat.pipeline.cue_class import CLASSES, load_model

    model = load_model()
    assert model is not None, "model/weights/cue_class.json is missing (python -m saidwhat.model.train_cue_class --write)"
    assert model.classes == CLASSES
    assert "bias" in model.weights and any(k.startswith("rule=") for k in model.weights)
    # the lexicon's answer is the strongest single cue for its own class
    for c in CLASSES:
        w = model.weights.get(f"rule={c}")
        assert w is not None and max(range(len(CLASSES)), key=w.__getitem__) == CLASSES.index(c), (c, w)


@pytest.mark.model
def test_classification_is_deterministic(parse):
    from saidwhat.pipeline.cue_class import classify, features

    text = "In a statement, Mayor Ann Lee said the budget would pass."
    cue, src, content = _at(text, "said"), _at(text, "Mayor Ann Lee"), [_at(text, "the budget would pass")]
    first = parse(text)
    again = parse(text)
    assert features(first, cue, src, content) == features(again, cue, src, content)
    assert {classify(first, cue, src, content) for _ in range(3)} == {classify(again, cue, src, content)}


def test_training_is_deterministic_and_fits_a_separable_set():
    from saidwhat.model.train_cue_class import fit, model_of

    data = [({"bias": 1.0, f"lemma={w}": 1.0}, c, {"doc": f"d{i}"})
            for i, (w, c) in enumerate([("say", "speech"), ("write", "writing"), ("think", "thought"),
                                        ("want", "stance"), ("show", "evidence")] * 3)]
    a, b = fit(data, min_count=1), fit(data, min_count=1)
    assert a == b
    model = model_of(a)
    assert [model.predict(f) for f, _, _ in data] == [c for _, c, _ in data]


def test_model_ignores_unknown_features_and_breaks_ties_by_class_order():
    from saidwhat.pipeline.cue_class import CLASSES, CueClassModel

    model = CueClassModel(CLASSES, {"x": (0.0, 1.0, 0.0, 1.0, 0.0)})
    assert model.predict({"x": 1.0, "never seen": 1.0}) == "writing"
    assert model.predict({}) == "speech"


def test_a_corrupt_weights_file_is_a_model_error(tmp_path, monkeypatch):
    from saidwhat.errors import ModelError
    from saidwhat.pipeline import cue_class

    bad = tmp_path / "cue_class.json"
    bad.write_text('{"classes": ["speech", "writing"], "weights": {"bias": [1.0]}}', encoding="utf-8")
    monkeypatch.setattr(cue_class, "WEIGHTS_PATH", bad)
    cue_class.load_model.cache_clear()
    try:
        with pytest.raises(ModelError, match="cue_class.json"):
            cue_class.load_model()
    finally:
        cue_class.load_model.cache_clear()


# --- issue 12, round 3: the seems/appears convention (gold/cue_classes/README.md rule 11), the
# source kind, the medium in the cue's clause and WordNet supersenses as classifier features.

#: Sourceless verbs of seeming: the writer's impression, thought (rule 11; the lexicon said
#: evidence for "appeared" and speech for "looks like" before).
SEEMING = [
    ("It appeared that the mayor was unable to answer the question.", "appeared",
     "the mayor was unable to answer the question"),
    ("The race increasingly looks like a contest between two candidates.", "increasingly looks like",
     "a contest between two candidates"),
    ("The mayor may seem to be a relic of another era.", "may seem", "to be a relic of another era"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, cue, content", SEEMING)
def test_sourceless_seeming_is_thought_by_rule_11(parse, text, cue, content):
    from saidwhat.pipeline.cue_class import classify, lexicon_class

    doc = parse(text)
    assert lexicon_class(doc, _at(text, cue), None, [_at(text, content)]) == "thought"
    assert classify(doc, _at(text, cue), None, [_at(text, content)]) == "thought"


@pytest.mark.model
def test_seeming_with_a_source_keeps_the_other_rules(parse):
    from saidwhat.pipeline.cue_class import lexicon_rule

    text = "Ann Lee appeared before reporters to announce that the budget would pass."
    cls, rule = lexicon_rule(parse(text), _at(text, "appeared before reporters to announce"), _at(text, "Ann Lee"),
                             [_at(text, "the budget would pass")])
    assert rule != "seem_no_source"


@pytest.mark.model
@pytest.mark.parametrize("text, source, kind", [
    ("The survey, which polled 900 voters, suggests that the mayor is unpopular.", "which", "measure"),
    ("The lawsuit, which was filed in May, challenges the new voting rules.", "which", "text"),
    ("The newspaper's editorial board chided the mayor.", "The newspaper's editorial board", "writer"),
    ("She said the budget would pass.", "She", "pron"),
    ("The report came out on Monday. It concludes that the budget will fail.", "It", "text"),
])
def test_source_kind_resolves_relative_pronouns_and_it(parse, text, source, kind):
    from saidwhat.pipeline.cue_class import _resolved_source, source_kind

    assert source_kind(_resolved_source(parse(text), _at(text, source))) == kind


@pytest.mark.model
def test_medium_in_the_cue_clause_is_a_feature(parse):
    from saidwhat.pipeline.cue_class import features

    text = "In a statement released after the vote, Ann Lee said the budget would pass."
    f = features(parse(text), _at(text, "said"), _at(text, "Ann Lee"), [_at(text, "the budget would pass")], {})
    assert f.get("prep_w_medium") == 1.0 and "prep_s_medium" not in f and f.get("sk=person") == 1.0
    text = "Ann Lee said in an interview that the budget would pass."
    f = features(parse(text), _at(text, "said"), _at(text, "Ann Lee"), [_at(text, "the budget would pass")], {})
    assert f.get("prep_s_medium") == 1.0 and "prep_w_medium" not in f


@pytest.mark.model
def test_supersense_features_come_from_the_shipped_table(parse):
    from saidwhat.pipeline.cue_class import features, load_model

    model = load_model()
    assert model is not None and model.senses["verb"]["say"][0] == "communication"
    assert "cognition" in model.senses["verb"]["believe"] and model.senses["noun"]["poll"]
    text = "A new poll shows that most voters back the budget."
    f = features(parse(text), _at(text, "shows"), _at(text, "A new poll"), [_at(text, "most voters back the budget")])
    assert "hss1=" + model.senses["verb"]["show"][0] in f and "sss1=" + model.senses["noun"]["poll"][0] in f
    # a person's name gets no source supersense; without a table there are none at all
    text = "Ann Lee said the budget would pass."
    args = (_at(text, "said"), _at(text, "Ann Lee"), [_at(text, "the budget would pass")])
    assert not any(k.startswith("sss") for k in features(parse(text), *args))
    assert not any(k.startswith(("hss", "sss")) for k in features(parse(text), *args, {}))


#: Shapes of train-set errors the round-3 features fixed in the classifier (invented wording; the
#: lexicon alone still says speech for each): a writer as source (row 1387 "The Advocate had
#: chided"), exit polling as source (rows 233, 385).
@pytest.mark.model
@pytest.mark.parametrize("text, cue, source, content, cls", [
    ("The newspaper's editorial board chided the mayor for her vacation.", "chided", "The newspaper's editorial board",
     "the mayor for her vacation", "writing"),
    ("Exit polling showed that most voters backed the mayor.", "showed", "Exit polling",
     "most voters backed the mayor", "evidence"),
    ("Preliminary exit polling suggests the mayor will win.", "suggests", "Preliminary exit polling",
     "the mayor will win", "evidence"),
])
def test_round_3_features_fix_the_classifier(parse, text, cue, source, content, cls):
    from saidwhat.pipeline.cue_class import classify

    assert classify(parse(text), *_spans(text, cue, source, content)) == cls


def test_wordnet_supersense_table_reads_the_database_format(tmp_path):
    from saidwhat.model.train_cue_class import LEXNAMES, wordnet_supersenses
    from saidwhat.pipeline.cue_class import decode_supersenses

    header = "  1 This software and database is being provided ...\n"
    for pos, rows in (("verb", [("say", 32), ("say", 31), ("believe", 31)]),
                      ("noun", [("poll", 9), ("report", 10), ("report", 10)])):
        data, offsets = header, {}
        for i, (lemma, lexfile) in enumerate(rows):
            offsets.setdefault(lemma, []).append(len(data.encode()))
            data += f"{len(data.encode()):08d} {lexfile:02d} v 01 {lemma} 0 000 | gloss {i}\n"
        (tmp_path / f"data.{pos}").write_text(data, encoding="latin-1")
        index = header + "".join(f"{lemma} {pos[0]} {len(offs)} 1 @ {len(offs)} 0 " + " ".join(f"{o:08d}" for o in offs)
                                 + "\n" for lemma, offs in sorted(offsets.items()))
        (tmp_path / f"index.{pos}").write_text(index, encoding="latin-1")
    table = wordnet_supersenses(tmp_path, {"say", "believe", "report"})
    assert table["lexnames"] == list(LEXNAMES)
    assert table["verb"] == {"believe": "31", "say": "32 31"} and table["noun"] == {"report": "10"}
    senses = decode_supersenses(table)
    assert senses["verb"]["say"] == ("communication", "cognition") and senses["noun"]["report"] == ("communication",)


def test_a_corrupt_supersense_table_is_a_model_error(tmp_path, monkeypatch):
    from saidwhat.errors import ModelError
    from saidwhat.pipeline import cue_class

    bad = tmp_path / "cue_class.json"
    bad.write_text('{"classes": ["speech"], "weights": {"bias": [1.0]}, '
                   '"supersenses": {"lexnames": ["verb.cognition"], "verb": {"think": "7"}, "noun": {}}}',
                   encoding="utf-8")
    monkeypatch.setattr(cue_class, "WEIGHTS_PATH", bad)
    cue_class.load_model.cache_clear()
    try:
        with pytest.raises(ModelError, match="cue_class.json"):
            cue_class.load_model()
    finally:
        cue_class.load_model.cache_clear()


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The analyst, who asked not to be named because he was not authorized to speak to the media, said talks had stalled.",
    "A diplomat who requested anonymity to discuss the talks said they had failed.",
])
def test_a_request_for_anonymity_is_stance_not_speech(text: str) -> None:
    """Fixed bug (session 7, genre train): "who asked not to be named" came out as a speech
    question "not to be named …" by "who"; it is a condition of speaking (README rule 12), hidden
    by the speech + writing default, while the statement itself stays speech."""
    import saidwhat

    for mode in ("fast", "accurate"):
        art = saidwhat.extract(text, mode=mode)
        anon = [a for a in art.attributions if "anonymity" in a.content.text or "named" in a.content.text]
        assert anon and all(a.cue_class == "stance" for a in anon), (mode, anon)
        said = [a for a in art.attributions if a.cue is not None and a.cue.text == "said"]
        assert all(a.cue_class == "speech" for a in said), (mode, said)
        shown = saidwhat.select(art).attributions if hasattr(saidwhat, "select") else None
        if shown is not None:
            assert all("anonymity" not in a.content.text and "named" not in a.content.text for a in shown)
