"""The classes= and negated= filters (saidwhat.filters) and the library's use of them:
saidwhat.select, saidwhat.extract(classes=…) and saidwhat.extract_many(classes=…).

The engine does not fill cue classes everywhere yet, so the articles are built by hand
(web_fixtures.classed_article) and the pipeline is replaced by a stand-in that returns them
(:func:`fake_engine`); nothing here loads a model.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

import saidwhat
from saidwhat import engine
from saidwhat.errors import InputError
from saidwhat.filters import keeps, parse_classes, resolve, select
from saidwhat.types import CUE_CLASSES, DEFAULT_CLASSES, Article

import web_fixtures as wf

ALL_IDS = tuple(wf.CLASSED)


def ids(article: Article) -> tuple[str, ...]:
    return tuple(a.id for a in article.attributions)


class _FakeNLP:
    """Stands in for the spaCy pipeline: a "Doc" is the text itself."""

    def __call__(self, text: str) -> str:
        return text

    def pipe(self, items: Any, *, as_tuples: bool = False, **_: Any) -> Any:
        for text, ctx in items:
            yield text, ctx


def fake_engine(monkeypatch: pytest.MonkeyPatch, article: Article | None = None) -> list[str]:
    """Make :func:`saidwhat.extract` and :func:`saidwhat.extract_many` return ``article`` (the
    classed article by default, its title and meta from the call) for every text, without a
    model. Returns the list of texts the "pipeline" was given (nothing when a call fails early)."""
    art = article or wf.classed_article()
    seen: list[str] = []

    def get_nlp(config: Any) -> _FakeNLP:
        return _FakeNLP()

    def article_from_doc(doc: str, *, title: str | None = None, meta: dict | None = None, mode: str = "accurate") -> Article:
        seen.append(doc)
        return replace(art, title=title or art.title, meta={**art.meta, **(meta or {})})

    monkeypatch.setattr(engine, "get_nlp", get_nlp)
    monkeypatch.setattr(engine, "article_from_doc", article_from_doc)
    return seen


# ---- parse_classes / keeps / resolve ----------------------------------------------------------

@pytest.mark.parametrize("given,expected", [
    (None, None),
    ("all", None),
    ("ALL", None),
    (["speech", "all"], None),
    ("speech,writing", ("speech", "writing")),
    (" Writing , speech ", ("speech", "writing")),  # case and spaces ignored, CUE_CLASSES order
    (["stance"], ("stance",)),
    (("evidence", "thought", "evidence"), ("thought", "evidence")),
    (DEFAULT_CLASSES, ("speech", "writing")),
])
def test_classes_are_read_as_a_user_gives_them(given: Any, expected: Any) -> None:
    assert parse_classes(given) == expected


@pytest.mark.parametrize("bad", ["speach", "speech,opinion", ["speech", "quotes"], "", " , ", [], [3]])
def test_an_unknown_class_is_an_input_error_listing_the_valid_ones(bad: Any) -> None:
    with pytest.raises(InputError) as err:
        parse_classes(bad)
    message = str(err.value)
    assert "\n" not in message
    for name in (*CUE_CLASSES, "all"):
        assert name in message
    if bad == "speach":
        assert "'speach'" in message


def test_no_class_counts_as_speech_and_negated_needs_asking_for() -> None:
    by_id = {a.id: a for a in wf.classed_article().attributions}
    assert keeps(by_id["a8"], ("speech",), False)  # cue_class None
    assert not keeps(by_id["a8"], ("writing",), False)
    assert not keeps(by_id["a6"], ("speech",), False)  # negated speech
    assert keeps(by_id["a6"], ("speech",), True)
    assert keeps(by_id["a6"], None, True) and not keeps(by_id["a6"], None, False)
    assert keeps(by_id["a7"], ("speech",), False)  # a question is speech, not hidden


def test_front_ends_read_all_as_everything_unless_negated_says_otherwise() -> None:
    assert resolve(None, None, DEFAULT_CLASSES) == (("speech", "writing"), False)
    assert resolve("all", None, DEFAULT_CLASSES) == (None, True)
    assert resolve("all", False, DEFAULT_CLASSES) == (None, False)
    assert resolve("thought", None, DEFAULT_CLASSES) == (("thought",), False)
    assert resolve("speech", True, DEFAULT_CLASSES) == (("speech",), True)
    assert resolve(None, None, None) == (None, True)  # the record whole (CLI extract, POST /v1/extract)
    with pytest.raises(InputError, match="speach"):
        resolve("speach", None, None)


# ---- saidwhat.select --------------------------------------------------------------------------

def test_select_keeps_speech_and_writing_by_default_and_hides_negated() -> None:
    art = wf.classed_article()
    got = saidwhat.select(art)
    assert ids(got) == wf.CLASSED_DEFAULT
    assert all(a.cue_class in (None, "speech", "writing") and not a.negated for a in got.attributions)
    assert [s.id for s in got.speakers] == ["s1"]  # only the speakers still referred to
    assert (got.text, got.regions, got.title, got.meta) == (art.text, art.regions, art.title, art.meta)
    assert got.meta is not art.meta
    assert art.attributions[2].id == "a3" and ids(art) == ALL_IDS  # the input is untouched


@pytest.mark.parametrize("classes,negated,expected", [
    (None, True, ALL_IDS),
    ("all", True, ALL_IDS),
    ("all", False, ("a1", "a2", "a3", "a4", "a5", "a7", "a8")),
    (None, False, ("a1", "a2", "a3", "a4", "a5", "a7", "a8")),
    (["thought", "stance"], False, ("a3", "a4")),
    ("evidence", False, ("a5",)),
    ("speech", False, ("a1", "a7", "a8")),
    ("speech", True, ("a1", "a6", "a7", "a8")),
    ("writing", True, ("a2",)),
])
def test_select_by_class_and_negation(classes: Any, negated: bool, expected: tuple[str, ...]) -> None:
    got = saidwhat.select(wf.classed_article(), classes=classes, negated=negated)
    assert ids(got) == expected
    referred = {a.speaker_id for a in got.attributions} - {None}
    assert {s.id for s in got.speakers} == referred


def test_select_keeps_ids_so_links_to_an_attribution_still_hold() -> None:
    got = select(wf.classed_article(), classes=("thought",))
    assert [(a.id, a.content.text) for a in got.attributions] == [("a3", "the deficit will shrink")]
    assert got.to_dict()["attributions"][0]["cue_class"] == "thought"


def test_select_of_an_old_record_without_classes_keeps_everything_but_negated() -> None:
    seed = wf.seed_article()
    assert all(a.cue_class is None for a in seed.attributions)
    assert select(seed) == seed
    assert select(seed, classes=("writing",)).attributions == ()


def test_select_refuses_an_unknown_class() -> None:
    with pytest.raises(InputError, match="use any of speech, writing, thought, stance, evidence"):
        saidwhat.select(wf.classed_article(), classes=["speech", "gossip"])


# ---- saidwhat.extract / extract_many ----------------------------------------------------------

def test_extract_returns_every_attribution_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_engine(monkeypatch)
    got = saidwhat.extract("Any text at all.")
    assert ids(got) == ALL_IDS  # negated included: what PolNeAR evaluation reads
    assert len(got.speakers) == 3


def test_extract_with_classes_filters_and_hides_negated(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_engine(monkeypatch)
    assert ids(saidwhat.extract("Any text.", classes=DEFAULT_CLASSES)) == wf.CLASSED_DEFAULT
    assert ids(saidwhat.extract("Any text.", classes="speech,writing")) == wf.CLASSED_DEFAULT
    assert ids(saidwhat.extract("Any text.", classes=["speech"], negated=True)) == ("a1", "a6", "a7", "a8")
    assert ids(saidwhat.extract("Any text.", classes="all")) == ("a1", "a2", "a3", "a4", "a5", "a7", "a8")
    assert ids(saidwhat.extract("Any text.", classes="all", negated=True)) == ALL_IDS
    assert ids(saidwhat.extract("Any text.", negated=False)) == ("a1", "a2", "a3", "a4", "a5", "a7", "a8")
    got = saidwhat.extract("Any text.", classes=["stance"], title="T", meta={"url": "u"})
    assert ids(got) == ("a4",) and got.title == "T" and got.meta["url"] == "u"


def test_extract_refuses_an_unknown_class_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = fake_engine(monkeypatch)
    with pytest.raises(InputError) as err:
        saidwhat.extract("Any text.", classes=["speach", "writing"])
    assert "'speach'" in str(err.value) and "speech, writing, thought, stance, evidence" in str(err.value)
    assert seen == []


def test_extract_many_filters_each_article_and_passes_errors_on(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_engine(monkeypatch)
    out = list(saidwhat.extract_many(["One text.", "", ("Two text.", {"title": "T2"})], classes=["thought", "evidence"]))
    assert ids(out[0]) == ("a3", "a5") and isinstance(out[1], InputError)
    assert ids(out[2]) == ("a3", "a5") and out[2].title == "T2"
    assert [s.id for s in out[0].speakers] == ["s2"]
    everything = list(saidwhat.extract_many(["One text."]))
    assert ids(everything[0]) == ALL_IDS


def test_extract_many_refuses_an_unknown_class_at_the_call(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = fake_engine(monkeypatch)

    def texts():
        seen.append("read")
        yield "One text."

    with pytest.raises(InputError, match="'gossip'"):
        saidwhat.extract_many(texts(), classes="gossip")  # not on the first next(): at the call
    assert seen == []


def test_the_public_api_exports_the_filter() -> None:
    assert {"select", "DEFAULT_CLASSES", "CUE_CLASSES"} <= set(saidwhat.__all__)
    assert saidwhat.DEFAULT_CLASSES == ("speech", "writing")
