"""Page furniture never yields a statement (issue 12): archive headers, image credits, widgets,
related-story lists, newsletter and share boxes, reader comments. Each case sits in a short
article beside a real quote: the furniture lines are tagged as furniture regions, no attribution
touches them, and the real quote is still found."""

from __future__ import annotations

import pytest

import saidwhat
from saidwhat.article.structure import detect_regions
from saidwhat.types import FURNITURE_KINDS

FURNITURE = [
    # archive headers (LexisNexis / Factiva exports)
    "DATE: THURSDAY, May 7, 1998",
    "SECTION: NATIONAL",
    "SOURCE: Associated Press",
    "DATELINE: NEW YORK",
    "LENGTH: 734 words",
    "BYLINE: Jane Smith",
    "LOAD-DATE: May 8, 1998",
    "LANGUAGE: ENGLISH",
    "PUBLICATION-TYPE: Newspaper",
    "HIGHLIGHT: Mayor says budget will pass",
    "DOCUMENT-TYPE: News",
    # image credits
    "Source: Shutterstock",
    "Photo: J. Lind/Agency",
    "Image: Getty Images",
    "Credit: Reuters/Jane Doe",
    "Video: CNN",
    # widgets and related stories
    "You may also want to watch:",
    "You might also like",
    "Related: Mayor says budget will pass",
    "Read more: Mayor Ann Lee says taxes will fall",
    "READ MORE: Council: 'We will not back down'",
    "Watch: Senator Doe: 'This is a disgrace'",
    "Related stories\n1. Mayor: 'Budget will pass'\n2. Smith says taxes will rise\n3. Council votes on plan",
    "More from Politics\nGovernor says he will veto the bill\nSenate leader: 'No deal yet'",
    "Most read\n• Police chief says crime is down\n• Critics say the plan is too costly",
    "Recommended for you\nLee: 'I never promised that'",
    # newsletter, share and promotion boxes
    "Sign up for our morning newsletter",
    "Subscribe to The Daily for $1 a week",
    "Share this article",
    "Share on Facebook",
    "Follow us on Twitter",
    "Advertisement",
    "Get the latest news delivered to your inbox",
    "Continue reading the main story",
    "Enter your email address",
    "Tweet",
    "Email",
    "Print",
    # reader comments
    "Comments (12)\nJohnDoe: This mayor said nothing true.\nAnnaB: \"We never listen,\" she said.",
    "Reader comments\nMike: The council is wrong about everything.",
    "Join the conversation\nPat: Lee said taxes would rise, but they did not.",
    # boilerplate
    "Copyright 2020 The Associated Press. All rights reserved.",
    "Updated: 3:45 PM",
    "Posted: May 7, 2020",
]

BODY = ("Budget plan passes first vote\n\n{furniture}\n\nMayor Ann Lee said on Monday that the budget would pass "
        "before the summer recess.\n\n\"We have the votes,\" she said.\n\n{furniture}")
#: Reader comments close a page: everything after their header is a comment, so they go last only.
BODY_END = ("Budget plan passes first vote\n\nMayor Ann Lee said on Monday that the budget would pass "
            "before the summer recess.\n\n\"We have the votes,\" she said.\n\n{furniture}")


def _article(block: str) -> str:
    template = BODY_END if block.split("\n")[0].startswith(("Comments", "Reader comments", "Join the")) else BODY
    return template.format(furniture=block)


def _furniture_spans(text: str, block: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    while True:
        i = text.find(block, start)
        if i < 0:
            return out
        out.append((i, i + len(block)))
        start = i + len(block)


def test_there_are_forty_furniture_cases():
    assert len(FURNITURE) >= 40


@pytest.mark.parametrize("block", FURNITURE)
def test_furniture_lines_are_tagged_as_furniture(block):
    text = _article(block)
    regions = detect_regions(text)
    for s, e in _furniture_spans(text, block):
        for r in regions:
            if s <= r.span.start_char < e:
                assert r.kind in FURNITURE_KINDS, (r.kind, r.span.text)


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("block", FURNITURE)
def test_furniture_never_yields_an_attribution(block, mode):
    text = _article(block)
    art = saidwhat.extract(text, mode=mode)
    spans = _furniture_spans(text, block)
    for a in art.attributions:
        for sp in (a.source, a.cue, a.content):
            if sp is None:
                continue
            assert not any(s < sp.end_char and sp.start_char < e for s, e in spans), (block, sp.text)
    assert any("We have the votes" in a.content.text for a in art.attributions)
    for sp in art.speakers:
        for m in sp.mentions:
            if any(s <= m.start_char < e for s, e in spans):
                # a name inside furniture may be listed as a mention only if it also speaks in the body
                assert any(a.speaker_id == sp.id for a in art.attributions)
