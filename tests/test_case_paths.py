"""The fallback copy of the acceptance cases (``tests/cases``) matches ``../shared/cases`` (session 15)."""
from __future__ import annotations

import pytest

from case_paths import REPO, cases_root

SHARED = REPO.parent / "shared" / "cases"
COPY = REPO / "tests" / "cases"


def test_the_fallback_copy_matches_the_shared_cases() -> None:
    """Every file of ``tests/cases`` but its README is byte-identical to ``../shared/cases``, and every
    shared file is copied: a stale copy would let a clone outside the workspace test old cases."""
    if not SHARED.is_dir():
        pytest.skip("../shared/cases not present: nothing to compare the copy with")
    shared = {p.relative_to(SHARED) for p in SHARED.rglob("*") if p.is_file() and p.name != "README.md"}
    copied = {p.relative_to(COPY) for p in COPY.rglob("*") if p.is_file() and p.name != "README.md"}
    assert shared == copied
    for rel in shared:
        assert (SHARED / rel).read_bytes() == (COPY / rel).read_bytes(), rel


def test_cases_root_prefers_the_environment_then_the_workspace(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("SAIDWHAT_CASES", str(tmp_path))
    assert cases_root() == tmp_path
    monkeypatch.delenv("SAIDWHAT_CASES")
    assert cases_root() == (SHARED if SHARED.is_dir() else COPY)
