"""Where the tests find the acceptance cases (session 15: one rule for every test module).

``$SAIDWHAT_CASES`` when set; else ``../shared/cases`` next to the repository when it exists (the
workspace's authority); else ``tests/cases``, the fallback copy kept in the repository so that a clone
made anywhere runs every test (``tests/cases/README.md``).
"""
from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def cases_root() -> Path:
    """The acceptance cases folder (holds ``articles/``, ``gold/`` and ``field-cases.jsonl``)."""
    env = os.environ.get("SAIDWHAT_CASES")
    if env:
        return Path(env)
    shared = REPO.parent / "shared" / "cases"
    return shared if shared.is_dir() else REPO / "tests" / "cases"
