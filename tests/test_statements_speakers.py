"""Speaker shapes that split reports of one statement (issue 13, round 3; invented text).

A report credited to the wrong speaker never joins the statement of its utterance: the statement
gold's u43 report ("… FBI Director James Comey's statement. He called her handling … “extremely
careless”", given to the expert quoted the paragraph before) and u14's ("Mr. Trump took on
Hillary Clinton … after the Democratic front-runner had said …", given to Trump). The rules are
in :mod:`saidwhat.pipeline.speakers` (``SpeakerResolver._paragraph_person``,
``commanding_subjects``).
"""

from __future__ import annotations

import pytest

import saidwhat

#: (shape, text, a piece of the content, the speaker's name, or "not NAME", or "kind:KIND")
SHAPES = [
    ("paragraph_person",  # the one person a paragraph names, then "He …": that person
     "“We cannot build a budget on hope,” said Tom Reyes, a professor of law at Lakeview College. "
     "“The numbers are simply not there.”\n\n"
     "That might sound odd to anyone who listened to Governor Paul Dunn’s address on Monday. "
     "He called the plan “deeply irresponsible,” and said any “careful reader” should have seen the gap.",
     "deeply irresponsible", "Paul Dunn"),
    ("paragraph_described_subject",  # a described subject ("The radio host") is who "He" is
     "Radio host Glen Marsh spoke in Fort Wayne on Sunday.\n\n"
     "The radio host has filled his speeches for Ted Cruz with religious imagery. He has declared Cruz to be "
     "“anointed” by God and “a man raised for these times.”",
     "anointed", "not Ted Cruz"),
    ("epithet_not_the_subject",  # principle C: the subject above the nominal is not its referent
     "Even the day after the forum, the candidate in the spotlight was Paul Dunn, who defended his tax plan on "
     "the radio.\n\nMr. Dunn took on Maria Lopez on Sunday after the Democratic senator had said on Saturday "
     "that he was ''a danger to the state.''",
     "a danger to the state", "not Paul Dunn"),
    ("epithet_in_apposition",  # the nominal in apposition to the subject is the subject
     "Border agents have found more tunnels this year. ''But you don't know what you don't know,'' said "
     "Carl Benning, the regional customs commissioner, who conceded that many more tunnels might exist.",
     "many more tunnels might exist", "Carl Benning"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, text, content, want", SHAPES, ids=[r[0] for r in SHAPES])
def test_speaker_shapes_of_statement_reports(shape, text, content, want):
    art = saidwhat.extract(text, mode="fast")
    hits = [a for a in art.attributions if content in a.content.text]
    assert hits, [a.content.text for a in art.attributions]
    sp = art.speaker(hits[0].speaker_id)
    if want.startswith("not "):
        assert sp is None or sp.name != want[4:], (shape, sp)
    else:
        assert sp is not None and sp.name == want, (shape, sp, hits[0].source)
