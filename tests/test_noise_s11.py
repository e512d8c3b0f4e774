"""Session 11: speaker resolution under the text noise of scraped pages (benchmarks/bench_noise.py).

Each row is an invented text in a noisy shape that the engine got wrong before the session's
``_S11_NOISE*`` switches; the tests switch each one off to check that the row fails without it.
"""

import pytest

import saidwhat
from saidwhat import pipeline
from saidwhat.pipeline.speakers import names

#: HTML character references left in plain text (bench_noise.py ``entities``).
ENTITIES = [
    # a no-break space inside the name of the source
    ("The mayor&#8217;s office confirmed the closure on Monday. Councillor Petra&nbsp;Langley said the "
     "depot would reopen in the spring.", "the depot would reopen", "Petra Langley"),
    # quotation marks as references: the quote is found and its pronoun source resolved
    ("Dorian Vasquez, the union&#8217;s secretary, said the offer was an insult.\n\n&#8220;We will not sign "
     "this contract. Not now, not ever,&#8221; he said.", "We will not sign this contract", "Dorian Vasquez"),
    # the same person once with a no-break space, once with a plain one: one speaker
    ("Officials at Harwick &amp; Lowe said Nadia&nbsp;Ferreira had resigned.\n\n&#8220;It was time to "
     "go,&#8221; Nadia Ferreira said.", "It was time to go", "Nadia Ferreira"),
]


def _who(text, content):
    art = saidwhat.extract(text, mode="fast")
    hits = [a for a in art.attributions if content in a.content.text.replace("&#8217;", "’")]
    if not hits:
        return None, art
    sp = art.speaker(hits[0].speaker_id)
    return (sp.name if sp else None), art


@pytest.mark.model
@pytest.mark.parametrize("text, content, name", ENTITIES)
def test_character_references_are_read_as_characters(text, content, name):
    got, art = _who(text, content)
    assert got == name, [(a.source and a.source.text, a.content.text) for a in art.attributions]
    for a in art.attributions:  # every span is the original text's, never half a reference
        for span in (a.source, a.cue, a.content):
            if span is not None:
                assert span.text == text[span.start_char:span.end_char]
                assert not span.text.startswith((";", "#")) and not span.text.endswith("&")


@pytest.mark.model
@pytest.mark.parametrize("text, content, name", ENTITIES)
def test_character_references_fail_without_the_switch(monkeypatch, text, content, name):
    monkeypatch.setattr(pipeline, "_S11_NOISE_ENTITIES", False)
    monkeypatch.setattr(names, "_S11_NOISE_NAMES", False)
    got, _ = _who(text, content)
    assert got != name


def test_entity_text_keeps_length_and_words():
    t = "said Ana&nbsp;Roe, &#8220;We&#8217;re ready,&#8221; AT&amp;T &quot;x&quot; &bogus; caf&eacute;"
    v = pipeline.entity_text(t)
    assert len(v) == len(t)
    assert v.split() == ["said", "Ana", "Roe,", "“", "We’re", "ready,", "”", "AT&", "T", '"', "x", '"',
                         "&bogus;", "caf&eacute;"]
    # the opening mark sits at the reference's first character, the closing one at its last
    assert v[t.index("&#8220;")] == "“" and v[t.index("&#8221;") + 6] == "”"


#: A headline and a byline in capitals (bench_noise.py ``caps-head``).
CAPS = [
    ("NORTHGATE FOODS AGREES TAKEOVER OF RIVAL BAKER CRUMBWELL\n\nBY SAM PIKE\n\nNorthgate Foods has agreed to "
     "buy the family-owned baker Crumbwell for £40 million, the grocer said on Monday.\n\nThe deal would close in "
     "March, the company said in a statement.", "The deal would close in March", "Northgate Foods"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, content, name", CAPS)
def test_a_headline_in_capitals_is_no_organisation(text, content, name):
    assert _who(text, content)[0] == name


@pytest.mark.model
@pytest.mark.parametrize("text, content, name", CAPS)
def test_a_headline_in_capitals_fails_without_the_switch(monkeypatch, text, content, name):
    monkeypatch.setattr(pipeline, "_S11_NOISE_CAPS", False)
    assert _who(text, content)[0] != name


def test_caps_text_takes_the_articles_casing():
    t = "ACME FOODS AGREES £2BN DEAL WITH UK RIVAL\n\nBY JO LEE\n\nAcme Foods said the UK deal was done.\n"
    v = pipeline.caps_text(t)
    assert len(v) == len(t)
    assert v.splitlines()[0] == "Acme Foods agrees £2bn deal with UK rival"
    assert v.splitlines()[2] == "By Jo Lee"
    assert v.splitlines()[4] == t.splitlines()[4]
