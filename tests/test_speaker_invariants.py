"""scripts/speaker_invariants.py (session 17 INV): the gold-free invariants on a made-up text, with
made-up speaker records that break each one, and the records the engine gives for a clean text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import saidwhat
from saidwhat.types import Attribution, Span, Speaker

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("speaker_invariants", ROOT / "scripts" / "speaker_invariants.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # (its dataclass reads its own module)
    spec.loader.exec_module(mod)
    return mod


TEXT = ("Mr. Bram Ostrander opened the meeting on Monday.\n\n"
        "\"The harbour will be dredged,\" he said.\n\n"
        "\"We will not wait for the ministry,\" she said.\n\n"
        "Harbour Board boss Ingrid Solvang added that the work could start in May.\n\n"
        "Later, Tomasz Wierzba, a fisherman, spoke.\n")


def _span(text: str, needle: str, start: int = 0) -> Span:
    i = text.index(needle, start)
    return Span(i, i + len(needle), needle)


def _attr(aid: str, sid: str | None, src: Span, via: str) -> Attribution:
    return Attribution(aid, "direct", "body", sid, src, None, src, speaker_via=via)


@pytest.mark.model
def test_invariants_on_made_up_records():
    si = _script()
    doc = saidwhat.load(mode="fast")(TEXT)
    he = _span(TEXT, "he said")
    he = Span(he.start_char, he.start_char + 2, "he")
    she = _span(TEXT, "she said")
    she = Span(she.start_char, she.start_char + 3, "she")
    boss = _span(TEXT, "Harbour Board boss Ingrid Solvang")
    speakers = [
        Speaker("s1", "Tomasz Wierzba", "person"),  # first named after the "he" (I1)
        Speaker("s2", "Bram Ostrander", "person"),  # "Mr." and a listed given name: a man, for "she" (I3)
        Speaker("s3", None, "unresolved"),  # a name in the source span, unresolved (I2)
        Speaker("s4", "Harbour Board boss Ingrid Solvang", "person"),  # a lower-case role word (I4)
        Speaker("s5", "Harbour Board", "organization"),  # "she" as an organisation (I5)
    ]
    attrs = [_attr("a1", "s1", he, "pronoun"), _attr("a2", "s2", she, "pronoun"), _attr("a3", "s3", boss, "unresolved"),
             _attr("a4", "s4", boss, "name"), _attr("a5", "s5", she, "pronoun")]
    got = {(v.inv, v.item) for v in si.check(doc, "made-up", speakers, attrs)}
    assert got == {("I1", "a1"), ("I3", "a2"), ("I2", "a3"), ("I4", "a4"), ("I5", "a5")}, got


@pytest.mark.model
def test_invariants_quiet_on_right_records():
    """A possessor, a group example and a person named before the pronoun break nothing."""
    si = _script()
    text = ("Ana Kovacs, the mayor, spoke first.\n\n\"We will rebuild,\" she said.\n\n"
            "Mrs. Kovacs's advisers said the plan was ready.\n")
    doc = saidwhat.load(mode="fast")(text)
    she = _span(text, "she")
    adv = _span(text, "Mrs. Kovacs's advisers")
    speakers = [Speaker("s1", "Ana Kovacs", "person"), Speaker("s2", None, "anonymous")]
    attrs = [_attr("a1", "s1", she, "pronoun"), _attr("a2", "s2", adv, "anonymous")]
    assert si.check(doc, "made-up", speakers, attrs) == []


def test_first_mention_and_paths(tmp_path):
    si = _script()
    assert si.first_mention("He said so. Later, Tom Ellery left.", "Tom Ellery") == 19
    assert si.first_mention("Ellery's goal. Tom Ellery left.", "Tom Ellery") == 0
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text("x")
    assert [si.doc_key(p) for p in si.iter_paths([str(tmp_path / "text")])] == [f"{tmp_path.name}/a"]
