"""Shared fixtures: paths to ../shared/cases and the pipeline (loaded once per test session)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CASES = SHARED / "cases"
POLNEAR = SHARED / "data" / "polnear"


def field_cases() -> list[dict]:
    path = CASES / "field-cases.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def nlp():
    import saidwhat

    return saidwhat.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (CASES / "articles" / "assad-us-troops.txt").read_text(encoding="utf-8")
