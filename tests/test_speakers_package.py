"""The speakers package (pipeline/speakers/): its public surface after the split by stage."""
from __future__ import annotations

import pytest


def test_the_package_reexports_the_resolver_and_the_ranker_hook() -> None:
    from saidwhat.pipeline import speakers as S

    assert callable(S.SpeakerResolver) and callable(S.load_ranker)


@pytest.mark.model
def test_swapping_load_ranker_on_the_package_swaps_the_resolvers_ranker(monkeypatch) -> None:
    """benchmarks/bench_speakers.py --designs sets ``speakers.load_ranker``; the resolver must look
    it up on the package at construction, not on the module it was defined in."""
    import saidwhat
    from saidwhat.pipeline import speakers as S

    calls = []
    monkeypatch.setattr(S, "load_ranker", lambda: calls.append(1))
    saidwhat.extract('"We will appeal," said Maria Lund, the club\'s lawyer.', mode="fast")
    assert calls, "the resolver did not call the package's load_ranker"
