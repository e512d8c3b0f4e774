"""Session 11: a source span takes the speaker's whole noun phrase (invented texts)."""

import pytest

import saidwhat
from saidwhat.pipeline import attribution, source

# (constant module, constant, text, cue, expected source)
SPAN_S11 = [
    # the learned tagger keeps only the head noun ("trust"): the subject's whole noun phrase
    (attribution, "_S11_SPAN_NP",
     "The ambulance trust said it had ordered an external inquiry into the delay.\n",
     "said", "The ambulance trust"),
    # an age description misparsed as an adjective of the cue's object
    (source, "_S11_SPAN_SUBJ",
     "Tomas Reyes, chief executive of Corvale Rail, defended the timetable.\n\n"
     "\"We have run these trains on time for a decade,\" the 61-year-old told reporters at the depot.\n",
     "told", "the 61-year-old"),
    # a title and name hung on a fronted phrase: the cue has no subject in the parse
    (source, "_S11_SPAN_SUBJ",
     "In a note to members, seen by the Gazette, the club's chairman, Howard Pelling, said the ground "
     "would be sold by the end of the year.\n",
     "said", "the club's chairman, Howard Pelling,"),
]


@pytest.mark.parametrize("module, const, text, cue, want", SPAN_S11)
def test_source_span_s11(module, const, text, cue, want, monkeypatch):
    art = saidwhat.extract(text, mode="fast")
    got = [a.source.text for a in art.attributions if a.cue and a.cue.text == cue and a.source]
    assert got == [want], got
    monkeypatch.setattr(module, const, False)
    old = [a.source.text if a.source else None for a in saidwhat.extract(text, mode="fast").attributions
           if a.cue and a.cue.text == cue]
    assert old != [want], "the shape passes without the session 11 rule"
