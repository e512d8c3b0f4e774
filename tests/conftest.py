"""Shared fixtures: paths to ../shared/cases and the pipeline (loaded once per test session)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
#: The acceptance cases: ``$SAIDWHAT_CASES`` when set, else ``../shared/cases``, else the fallback copy
#: ``tests/cases`` (:func:`case_paths.cases_root`).
from case_paths import cases_root  # noqa: E402

CASES = cases_root()
POLNEAR = SHARED / "data" / "polnear"


def field_cases() -> list[dict]:
    """Rows of ``../shared/cases/field-cases.jsonl`` (none when ``../shared`` is absent: the
    parametrized tests are then reported as skipped, not a collection error)."""
    path = CASES / "field-cases.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def nlp():
    import saidwhat

    return saidwhat.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = CASES / "articles" / "assad-us-troops.txt"
    if not path.is_file():
        pytest.skip(f"{path} not found: the acceptance cases live in ../shared next to the repository")
    return path.read_text(encoding="utf-8")
