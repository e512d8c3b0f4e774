"""The saidwhat/1 JSON Schema: it is valid draft 2020-12, real output validates against it, and
every span of any output indexes the text (``text[start_char:end_char] == span.text``)."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from saidwhat.types import Article

ROOT = Path(__file__).resolve().parents[1]
from case_paths import cases_root  # noqa: E402

CASES = cases_root()


def schema() -> dict:
    return json.loads((files("saidwhat") / "schema" / "saidwhat-1.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    s = schema()
    Draft202012Validator.check_schema(s)
    return Draft202012Validator(s)


def all_spans(d: dict):
    """Every span dict of an ``Article.to_dict()`` (regions, mentions, source, cue, content, addressee, pieces)."""
    def with_pieces(sp):
        yield sp
        yield from sp.get("pieces", ())

    for r in d["regions"]:
        yield from with_pieces(r)
    for s in d["speakers"]:
        for m in s["mentions"]:
            yield from with_pieces(m)
    for a in d["attributions"]:
        for key in ("source", "cue", "content", "addressee"):
            if a[key] is not None:
                yield from with_pieces(a[key])


def check_offsets(d: dict) -> None:
    text = d["text"]
    for sp in all_spans(d):
        assert 0 <= sp["start_char"] <= sp["end_char"] <= len(text), sp
        assert text[sp["start_char"]:sp["end_char"]] == sp["text"], sp
        for piece in sp.get("pieces", ()):
            assert sp["start_char"] <= piece["start_char"] <= piece["end_char"] <= sp["end_char"]
    region_ids = {r["id"] for r in d["regions"]}
    speaker_ids = {s["id"] for s in d["speakers"]}
    assert all(r["duplicate_of"] in region_ids for r in d["regions"] if r["duplicate_of"])
    assert all(a["speaker_id"] in speaker_ids for a in d["attributions"] if a["speaker_id"])


def test_schema_is_valid_and_rejects_drift(validator):
    good = {"schema": "saidwhat/1", "text_sha256": "0" * 64, "title": None, "text": "Hi.", "regions": [],
            "speakers": [], "attributions": [], "meta": {}}
    assert not list(validator.iter_errors(good))
    assert list(validator.iter_errors({**good, "schema": "saidwhat/2"}))
    assert list(validator.iter_errors({**good, "surprise": 1}))
    bad_region = {"id": "r1", "kind": "sidebar", "duplicate_of": None, "start_char": 0, "end_char": 3, "text": "Hi."}
    assert list(validator.iter_errors({**good, "regions": [bad_region]}))
    assert list(validator.iter_errors({**good, "meta": {"text_source": "guessed"}}))


@pytest.mark.model
def test_seed_article_output_validates(validator):
    import saidwhat

    text = (CASES / "articles" / "assad-us-troops.txt").read_text(encoding="utf-8")
    article = saidwhat.extract(text, title="Assad: US Troops Welcome in Syria to Fight Terrorism")
    d = article.to_dict()
    errors = sorted(validator.iter_errors(d), key=str)
    assert not errors, errors[0].message
    check_offsets(d)
    assert Article.from_dict(json.loads(json.dumps(d))) == article
    # the JSON-lines row of the CLI adds "input"; without the text it still validates
    assert not list(validator.iter_errors({"input": "a.txt", **d}))
    assert not list(validator.iter_errors(article.to_dict(include_text=False)))


@pytest.mark.model
def test_field_case_outputs_validate(validator):
    import saidwhat

    cases = [json.loads(line) for line in (CASES / "field-cases.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    assert cases
    for article in saidwhat.extract_many([c["text"] for c in cases]):
        assert isinstance(article, Article), article
        d = article.to_dict()
        errors = list(validator.iter_errors(d))
        assert not errors, errors[0].message
        check_offsets(d)


_WORDS = ["said", "says", "told", "according to", "added", ":", "—", "“", "”", "‘", "’", '"', "'", ",", ".", "\n",
          "\n\n", "he", "she", "The mayor", "Ana Ortiz", "officials", "Reuters", "(AP Photo/Jane Doe)", "BEIRUT—",
          "By John Smith", "Updated:", "<br/>", "\u00a0", "é", "🙂", "  "]
_texts = st.one_of(
    st.text(min_size=1, max_size=300),
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(min_size=1, max_size=12)), min_size=1, max_size=60).map(" ".join),
)


@pytest.mark.model
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts)
def test_every_span_indexes_the_text(text):
    import saidwhat

    assume(text.strip())
    article = saidwhat.extract(text)
    d = article.to_dict()
    assert d["text"] == text
    check_offsets(d)
