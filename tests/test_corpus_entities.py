"""Name keys and matching rules of corpus-level speakers."""

from __future__ import annotations

import pytest

from saidwhat.corpus.entities import (
    first_names_compatible,
    name_key,
    organization_key,
    parse_person,
    role_words,
    surname_key,
)


@pytest.mark.parametrize("last, key", [("al-Assad", "assad"), ("Assad", "assad"), ("el-Sisi", "sisi"),
                                       ("van Beethoven", "beethoven"), ("Erdoğan", "erdogan"), ("Trump’s", "trump")])
def test_surname_key_drops_particles_accents_and_possessives(last, key):
    assert surname_key(last) == key


@pytest.mark.parametrize("name, role, first, last, title", [
    ("Bashar al-Assad", None, "bashar", "assad", ""),
    ("President Assad", None, "", "assad", "President"),
    ("Assad", None, "", "assad", ""),
    ("Syrian President Bashar Assad", "Syrian President", "bashar", "assad", ""),
    ("Sen. Bernie Sanders", None, "bernie", "sanders", "Sen."),
])
def test_parse_person(name, role, first, last, title):
    p = parse_person(name, role)
    assert (p.first, p.last, p.title) == (first, last, title)


@pytest.mark.parametrize("a, b, same", [("bashar", "bashar", True), ("j", "john", True), ("bill", "william", True),
                                        ("mohammad", "mohammed", True), ("john", "joan", False),
                                        ("donald", "ivanka", False), ("", "donald", False)])
def test_first_names_compatible(a, b, same):
    assert first_names_compatible(a, b) is same


def test_role_words_keep_the_role_not_demonyms_or_honorifics():
    assert role_words("Syrian President", "Mr.") == {"president"}
    assert role_words("former Vice President") == {"president"}
    assert role_words(None, "") == frozenset()


def test_organization_key_and_kinds_never_linked():
    assert organization_key("the Kremlin's") == organization_key("Kremlin") == "kremlin"
    assert organization_key("U.S. Army") == "us army"
    assert name_key(None, "anonymous") is None
    assert name_key("one official", "anonymous") is None
    assert name_key("he", "unresolved") is None
