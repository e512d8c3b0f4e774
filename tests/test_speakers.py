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
