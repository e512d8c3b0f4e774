"""Attribution assembly (placeholder)."""
from __future__ import annotations
from typing import Any

def find_attributions(doc: Any, regions: Any, *, mode: str = "accurate") -> tuple[list, list]:
    return [], []
