"""Article layout: headline, body, captions, credits… (placeholder: every paragraph is body)."""

from __future__ import annotations

import re

from ..types import Region, Span


def detect_regions(text: str) -> list[Region]:
    regions = []
    for i, m in enumerate(re.finditer(r"[^\n]+", text)):
        if m.group().strip():
            regions.append(Region(f"r{len(regions) + 1}", "body", Span.of(text, m.start(), m.end())))
    return regions
