"""Speaker resolution (saidwhat.pipeline.speakers) on small texts through the whole pipeline."""

import pytest

import saidwhat

pytestmark = pytest.mark.model


def speakers_by_content(text):
    art = saidwhat.extract(text)
    return {a.content.text: art.speaker(a.speaker_id) for a in art.attributions}


def test_honorific_is_part_of_the_name_not_a_role():
    out = speakers_by_content("Kevin McKinley runs a firm. Mr. McKinley said the plan would help families.")
    sp = out["that the plan would help families"] if "that the plan would help families" in out else next(iter(out.values()))
    assert sp.name == "Kevin McKinley" and sp.role is None


def test_apposition_gives_the_role():
    out = speakers_by_content("Chad Bown, an expert on trade at the Peterson Institute, said tariffs would hurt Mexico.")
    sp = next(iter(out.values()))
    assert sp.name == "Chad Bown"
    assert sp.role == "expert on trade at the Peterson Institute"


def test_two_people_sharing_a_surname_stay_apart():
    art = saidwhat.extract("Hillary Clinton said the plan works. Bill Clinton said the plan fails.")
    names = sorted(s.name for s in art.speakers)
    assert names == ["Bill Clinton", "Hillary Clinton"]


def test_the_president_is_not_the_vice_president():
    art = saidwhat.extract("Vice President Joseph Biden spoke first. Later, the president said the law would stand.")
    a = next(a for a in art.attributions if "law would stand" in a.content.text)
    sp = art.speaker(a.speaker_id)
    assert sp.name is None and sp.kind == "unresolved"


def test_headline_verb_is_not_part_of_a_name():
    art = saidwhat.extract("Obama Says Museum Tells the Story\n\nWASHINGTON -- President Obama said the museum tells a story.")
    assert all(s.name != "Obama Says" for s in art.speakers)
    a = next(a for a in art.attributions if "museum tells a story" in a.content.text)
    assert art.speaker(a.speaker_id).name == "Obama"


def test_anonymous_and_unresolved_sources_are_never_named():
    art = saidwhat.extract("“It will fail,” one official said. “It is late,” she said.")
    kinds = {a.content.text: art.speaker(a.speaker_id) for a in art.attributions}
    assert {s.kind for s in kinds.values()} == {"anonymous", "unresolved"}
    assert all(s.name is None for s in kinds.values())


def test_unnamed_organisations_are_not_named_and_a_known_surname_is_a_person():
    art = saidwhat.extract("Donald Trump spoke in Ohio. The campaign said the rally was full. Trump said the polls were wrong.")
    by = {a.content.text: art.speaker(a.speaker_id) for a in art.attributions}
    campaign = next(sp for c, sp in by.items() if "rally" in c)
    assert campaign.name is None and campaign.kind == "unresolved"
    trump = next(sp for c, sp in by.items() if "polls" in c)
    assert trump.name == "Donald Trump" and trump.kind == "person"


def test_the_same_unnamed_description_is_one_speaker_but_anonymous_sources_stay_apart():
    art = saidwhat.extract("“Rates will fall,” the treasurer said. “Not soon,” the treasurer added. "
                           "“It is late,” one official said. “It is early,” one official said.")
    by = {a.content.text: art.speaker(a.speaker_id) for a in art.attributions}
    treasurer = {sp.id for c, sp in by.items() if "Rates" in c or "soon" in c}
    officials = {sp.id for c, sp in by.items() if "late" in c or "early" in c}
    assert len(treasurer) == 1 and len(officials) == 2
    assert all(sp.name is None for sp in by.values())


def test_an_organisation_is_named_without_its_apposition():
    import saidwhat

    art = saidwhat.extract("ISIS, responsible for several deadly attacks around the world, has declared an Islamic caliphate.")
    names = [art.speaker(a.speaker_id).name for a in art.attributions if a.speaker_id]
    assert names and all(n == "ISIS" for n in names), names


# -- issue 11: who said it (fixed-bug rows from the table, invented text) ---------------
WHO = [
    ("Chilean President Ana Rojas met reporters in Santiago on Monday. U.S. President John Hale's plan to cut "
     "tariffs has divided the region. Hale announced the plan last week in Washington.\n\n"
     "The Chilean president said the plan ignored the needs of small farmers.", "the plan ignored", "Ana Rojas"),
    ("Finance Minister Karl Weber faced new questions on Tuesday after the weekly Der Kurier reported that his "
     "ministry had hidden losses.\n\nIn an interview with Der Kurier, he said the report was false.",
     "the report was false", "Karl Weber"),
    ("Dana Whitfield, 63, has led the Green Party since 2019. She faces a leadership vote next month.\n\n"
     "The 63-year-old said she would not step down.\n\nThe Green leader said the party needed new members.",
     "she would not step down", "Dana Whitfield"),
    ("Dana Whitfield, 63, has led the Green Party since 2019. She faces a leadership vote next month.\n\n"
     "The 63-year-old said she would not step down.\n\nThe Green leader said the party needed new members.",
     "the party needed new members", "Dana Whitfield"),
    ("The broadcaster NTV reported on Friday that the talks had collapsed.\n\nAccording to the channel, the "
     "delegations left without a statement.\n\nThe network said it would air the full interview on Sunday.",
     "the delegations left", "NTV"),
    ("The broadcaster NTV reported on Friday that the talks had collapsed.\n\nAccording to the channel, the "
     "delegations left without a statement.\n\nThe network said it would air the full interview on Sunday.",
     "it would air the full interview", "NTV"),
    ("Senator Kamala Harris left the chamber before the vote.\n\nAsked about the vote, Harris's answer was short: "
     "\"No. Never.\"", "No. Never.", "Kamala Harris"),
    ("Comedian Milo Evans spotted the poster outside the theatre.\n\nMr Evans said the slogan was \"the funniest "
     "thing I have seen all year.\"", "the slogan was", "Milo Evans"),
    ("The talks were hosted by the US ambassador to Lima, Gillian Moss, who said the two sides had agreed on a "
     "timetable.", "the two sides had agreed", "Gillian Moss"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("text, content, name", WHO)
def test_who_said_it(text, content, name, mode):
    art = saidwhat.extract(text, mode=mode)
    hits = [a for a in art.attributions if content in art.text[a.content.start_char:a.content.end_char]]
    assert hits, [a.content.text for a in art.attributions]
    sp = art.speaker(hits[0].speaker_id)
    assert sp is not None and sp.name == name, (sp, hits[0].source)
    assert hits[0].speaker_via is not None and 0 < hits[0].speaker_confidence <= 1


@pytest.mark.model
def test_organisations_and_roles_are_not_people():
    art = saidwhat.extract(WHO[1][0], mode="fast")
    assert not any(sp.name == "Der Kurier" and sp.kind == "person" for sp in art.speakers)
    art = saidwhat.extract(WHO[8][0], mode="fast")
    moss = next(sp for sp in art.speakers if sp.name == "Gillian Moss")
    assert moss.role == "US ambassador to Lima"
    art = saidwhat.extract(WHO[4][0], mode="fast")
    assert [sp.kind for sp in art.speakers if sp.name == "NTV"] == ["organization"]


@pytest.mark.model
def test_an_official_of_an_organisation_stays_anonymous():
    art = saidwhat.extract("An Interior Ministry official said the border would reopen on Monday.", mode="fast")
    (a,) = art.attributions
    sp = art.speaker(a.speaker_id)
    assert sp.kind == "anonymous" and sp.name is None
