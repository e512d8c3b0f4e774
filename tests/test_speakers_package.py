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


def test_no_two_speaker_stage_mixins_define_the_same_method() -> None:
    """Fixed bug (session 10): ``OrganisationRules._written_full_name`` (a new organisation rule)
    silently shadowed ``FormRules._written_full_name`` (interview turns) through the resolver's
    method resolution order, so "ROSALIND PENFOLD:" stopped resolving to Rosalind Penfold. Each
    stage module is a mixin of :class:`SpeakerResolver`; a method name defined in two of them is
    one overriding the other by the order of the bases, never what either author meant."""
    import itertools

    from saidwhat.pipeline.speakers.resolver import SpeakerResolver

    bases = [c for c in SpeakerResolver.__mro__ if c is not object]
    own = {c: {k for k in vars(c) if not k.startswith("__")} for c in bases}
    clashes = {(a.__name__, b.__name__): sorted(own[a] & own[b])
               for a, b in itertools.combinations(bases, 2) if own[a] & own[b]}
    assert clashes == {}
