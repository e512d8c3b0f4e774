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


# -- issue 11, second round: shapes found on the speaker gold's train part (invented text) -----------
#: (shape, text, a piece of the content, the speaker's name)
WHO_MORE = [
    ('doc_owner_run',
     'Poll: Smith holds narrow lead in Ohio\n\nSmith holds a narrow lead among likely voters in the state, according to the latest Harbor Research poll released Wednesday.\n\nThe survey found that most voters had not decided.',
     'Smith holds narrow lead', 'Harbor Research'),
    ('doc_slash',
     'Voters are split.\n\nThe latest Reuters/Ipsos poll showed Smith leading the field with 31 percent of voters.',
     'Smith leading the field', 'Reuters/Ipsos'),
    ('doc_statement',
     'Former Secretary Colin Powell spoke to the panel on Monday. “He did write the memo,” Powell’s office said in a statement.\n\nThe statement added that Powell used a separate computer for classified work.',
     'Powell used a separate computer', 'Colin Powell'),
    ('norp_surname',
     'Tech investor Mark Cuban spoke at the festival on Saturday.\n\nIn describing the race, Cuban said he sees no candidate with real curiosity.',
     'he sees no candidate', 'Mark Cuban'),
    ('national_body',
     'Carlos Sada will take over as the senior Foreign Ministry official responsible for North America.\n\nThe Mexican government is worried that the rhetoric could hurt investment.',
     'the rhetoric could hurt investment', 'Mexican government'),
    ('team_campaign',
     'Dana Hale spoke in Ohio on Monday. The Hale campaign said the rally was full.\n\nThe Hale team said the candidate would return in June.',
     'the candidate would return', 'Hale campaign'),
    ('org_suffix',
     'The New York Daily News suggested on Monday that the law was weak.\n\nThe Daily News claims the rule is itself a danger to the public.',
     'the rule is itself a danger', 'New York Daily News'),
    ('untagged_org_appos',
     'Progressive groups jumped on the comments.\n\nPriorities USA, a pro-Clinton super PAC, emailed a link to the video with one sentence: "THIS IS NOT OK."',
     'THIS IS NOT OK', 'Priorities USA'),
    ('they_coord',
     'In their new book (Harvard Business Review Press), Stephen Cohen and Bradford DeLong of the University of California, Berkeley suggest that the fault lay with policy.\n\nThe country might have leaned against the strategy, they argue.',
     'The country might have leaned', 'Stephen Cohen'),
    ('she_binding',
     'Reporter Maria Menendez hosted the forum on Monday. Planned Parenthood president Cecile Richards spoke about the new law.\n\nShe asked Richards what impact the law has had on women.',
     'what impact the law has had', 'Maria Menendez'),
    ('they_again',
     'In a new study, Ana Berg and Lars Holm of the Nordic Institute examined the records of 4,000 workers.\n\nThe adjustment, they concluded, never happened.\n\nWall Street delivered the worst recession in decades. Even at best, they write, finance produced little of value.',
     'finance produced little', 'Ana Berg'),
    ('name_of_place',
     'A group marched in silence through the city. Juan "Chico" Manriquez of Oakland carried one of the photos. "I cried the whole parade," he said.',
     'I cried the whole parade', 'Juan "Chico" Manriquez'),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name", WHO_MORE, ids=[r[0] for r in WHO_MORE])
def test_who_said_it_more_shapes(shape, text, content, name, mode):
    art = saidwhat.extract(text, mode=mode)
    hits = [a for a in art.attributions if content in a.content.text]
    assert hits, [a.content.text for a in art.attributions]
    sp = art.speaker(hits[0].speaker_id)
    assert sp is not None and sp.name == name, (shape, sp, hits[0].source)


#: (shape, text, a piece of the content, the speaker kind; or "not NAME")
WHO_NOT_NAMED = [
    ('they_group',
     'Foreign Minister Claudia Ruiz met reporters in Washington on Monday.\n\nMexican officials conducted polling in the United States in recent months. The outreach, they said, raised new worries about the mood.',
     'raised new worries', 'anonymous'),
    ('judge_indef',
     'A judge in Ohio issued a ruling on Friday that should please Sanders.\n\nThe judge ruled that 17-year-olds may vote in the primary.',
     '17-year-olds may vote', 'anonymous'),
    ('crowd',
     'Trump spoke for an hour in Iowa. The crowd chanted that the wall would be built.',
     'the wall would be built', 'anonymous'),
    ('french_president',
     'President Barack Obama had a talk this week with Francois Hollande. The French president said the attack was an act of terror.',
     'the attack was an act of terror', 'not Barack Obama'),
    ('republican_one',
     'Ben Carson spoke in Cincinnati on Tuesday.\n\n“It drives the prices of everything up,” the Republican said this week.',
     'It drives the prices', 'not organization'),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, text, content, want", WHO_NOT_NAMED, ids=[r[0] for r in WHO_NOT_NAMED])
def test_who_said_it_unnamed_shapes(shape, text, content, want):
    """"A judge … The judge said" and "the crowd" stay anonymous; "the French president" is not
    the only president with a role; "the Republican" is a person, not an organisation."""
    art = saidwhat.extract(text, mode="fast")
    hits = [a for a in art.attributions if content in a.content.text]
    assert hits, [a.content.text for a in art.attributions]
    sp = art.speaker(hits[0].speaker_id)
    assert sp is not None, shape
    if want == "anonymous":
        assert sp.kind == "anonymous" and sp.name is None, (shape, sp)
    elif want == "not organization":
        assert sp.kind != "organization", (shape, sp)
    else:
        assert sp.name != want.removeprefix("not "), (shape, sp)


def test_an_opening_phrase_is_not_a_role():
    art = saidwhat.extract(WHO_MORE[[r[0] for r in WHO_MORE].index("they_again")][1], mode="fast")
    berg = next(sp for sp in art.speakers if sp.name == "Ana Berg")
    assert berg.role is None  # not "new study" from "In a new study, Ana Berg …"


# -- issue 11, third round: source spans found wrong on the speaker gold's train part (invented text)
#: (shape, text, a piece of the content, the speaker's name)
WHO_SOURCE = [
    # a gerund cue under a preposition of a verb takes the verb's subject (was: no source)
    ('gerund_before_adding',
     'Mayor Lena Ortega spoke on Monday. "If she wins, nothing changes," Ortega said before adding: "Maybe there is a way."',
     'Maybe there is a way', 'Lena Ortega'),
    ('gerund_by_saying',
     'Mayor Lena Ortega lost the vote on Monday.\n\nOrtega continued by saying, "We will appeal this decision."',
     'We will appeal this decision', 'Lena Ortega'),
    ('gerund_after_saying',
     'Dana Ruiz campaigned in Ohio this week. Yet she is facing criticism after saying in a recent debate that she views herself as neutral.',
     'she views herself as neutral', 'Dana Ruiz'),
    # "“…?” asked O'Neill.": spaCy parses the name as the cue's object (was: no source)
    ('inverted_object_name',
     'Councillor Brian O\'Neill chaired the meeting.\n\n"Will it pass before the summer?" asked O\'Neill.',
     'Will it pass before the summer', "Brian O'Neill"),
    # an attribution reported inside another: the outer one is found too (was: only the inner)
    ('according_to_nested',
     'Rafael Ortega spoke after the count. On Monday, Ortega said he was "happy to see" that Khan won, according to The Daily Ledger.',
     'Ortega said he was', 'Daily Ledger'),
    ('reported_nested',
     'Dana Hale spoke to reporters. Hale told investigators in July she was advised by a former aide to use a private account, the Daily Ledger reported late Thursday.',
     'Hale told investigators', 'Daily Ledger'),
    # a cue with two subjects, one inside the quote's clause (was: no source)
    ('second_subject',
     'Sen. Mark Dale spoke on Fox News after the speech. Nothing the governor said "will assuage people\'s fears," the Ohio senator said.',
     "will assuage people's fears", 'Mark Dale'),
    # '… saying his comment “…” and said …': the quote is the statement's, not the coordinated
    # verb's (was: a sourceless quote "“…” and")
    ('coordinated_said',
     'Rival groups reacted at once. Civic Action President Jane Hollis issued a statement saying the plan "has no place in our city" and said the council must answer for it.',
     'has no place in our city', 'Jane Hollis'),
]


def test_those_is_people_in_general():
    """"those describing themselves as …": the participle's source is "those" (was: the subject of
    a misparsed clause, "Cruz"), and a generic pronoun is anonymous, never the nearest name."""
    text = ("Donald Trump leads the field in the new poll.\n\nCruz holds a lead among evangelical Christians "
            "and those describing themselves as very conservative, the poll found.")
    art = saidwhat.extract(text, mode="fast")
    hits = [a for a in art.attributions if a.content.text.startswith("themselves as very conservative")]
    assert hits and hits[0].source is not None and hits[0].source.text == "those", hits
    sp = art.speaker(hits[0].speaker_id)
    assert sp is not None and sp.kind == "anonymous" and sp.name is None, sp


# -- issue 11, round 4: shapes from the speaker gold's train part (invented text; each row failed on
# the round-3 code in at least one mode)
WHO_ROUND4 = [
    # a name in apposition to an indefinite description is the speaker (was: anonymous / no name)
    ('appositive_after_anonymous',
     'Two trade economists, Lena Brody and Omar Fitch, found that the tariffs cost thousands of jobs.',
     'the tariffs cost', 'Lena Brody'),
    ('appositive_after_dash',
     'A former Labour minister -- Peter Quill, who lost his seat in 2015 -- said the budget was a mistake.',
     'the budget was a mistake', 'Peter Quill'),
    # the apposition's name, not a name inside the description (was: Jim Ward)
    ('appositive_after_long_head',
     'The head of the super PAC backing former Ohio Gov. Jim Ward for president, Tom Reyes, said the ad was brilliant.',
     'the ad was brilliant', 'Tom Reyes'),
    # "of State" after the head noun is not the organisation "State" (was: State)
    ('office_of_place',
     'Former Secretary of State Ana Lutz spoke to donors in Miami on Friday.\n\n'
     'The former secretary of State said the treaty was a mistake.',
     'the treaty was a mistake', 'Ana Lutz'),
    # a he/she subject of an adverbial clause takes its main clause's subject (was: Paul Hart)
    ('adverbial_clause_pronoun',
     'While Governor Paul Hart defended the budget in Albany, Mark Delaney attacked it on the radio as he said '
     'the cuts were cruel.',
     'the cuts were cruel', 'Mark Delaney'),
]


def test_a_name_given_as_an_example_is_not_the_speaker():
    """"Constitutionalists, like Texas Sen. Ted Cruz,": a group with an example, never the example's
    name (was: Ted Cruz, by the ranker's self-mention feature)."""
    art = saidwhat.extract("Constitutionalists, like Texas Sen. Ted Cruz, consider the plan a fraud.", mode="fast")
    for a in art.attributions:
        sp = art.speaker(a.speaker_id)
        assert sp is None or sp.name != "Ted Cruz", (sp, a.source)


WHO_ROUND5 = [
    # a sentence-initial modal of a question headline is not a first name (was: a speaker "Will Hale")
    ('question_headline_modal',
     'Will Hale come down off the fence?\n\nThe senator has one week left. Hale said on Monday that she needed '
     'more time to decide.',
     'she needed more time', 'Hale'),
    # a he/she subject of the main clause after a fronted clause with a named subject (was: Tom Reyes)
    ('fronted_clause_pronoun',
     'Running mate Tom Reyes endorsed Mark Ellison on Tuesday. Reyes said he was sure the two men would work '
     'together, and he added that the party was united.\n\n'
     'When Ellison used the words, “We are not there yet,” he was echoing a line from an old speech.',
     'We are not there yet', 'Mark Ellison'),
    # a name inside a relative clause of the object does not bind the subject pronoun (was: unresolved)
    ('object_relative_clause_not_bound',
     'Running mate Tom Reyes endorsed Mark Ellison on Tuesday. Reyes said he was sure the two men would work '
     'together, and he added that the party was united.\n\n'
     'When Ellison used the words, “We are not there yet,” he was echoing Reyes, who used the same words when '
     'asked if he would back Ellison.',
     'We are not there yet', 'Mark Ellison'),
    # a definite person description with no role written anywhere: the article's clearly dominant
    # person (was: unresolved, the ranker's "none of these")
    ('description_without_role_dominant_person',
     'Republican hopeful Carl Brandt, the self-styled outsider, is set to meet party leaders on Monday when he '
     'arrives in Denver to promote his campaign and his hotels.\n\n'
     'The meeting is expected to draw his two rivals -- Utah Gov. Ed Lomax and Idaho Sen. Rita Vance -- along '
     'with Democratic hopeful Maria Cole.\n\n'
     'Brandt also is set to meet privately with a group of donors. His campaign confirmed that Brandt would be '
     'meeting with party officials but would not offer details of the agenda.\n\n'
     'The real estate mogul declined to elaborate on his planned speech to the donors.',
     'elaborate on his planned speech', 'Carl Brandt'),
]


WHO_ROUND6 = [
    # digest layout "HEADLINE - Name: “…”": the name after the dash, not the headline's subject (was: unresolved "Pollsters")
    ('digest_dash_name',
     'This is the Ledger Pollster for Wednesday.\n\nPollsters agree - Dana Whitfield: “Although the polls '
     'missed the result on Tuesday night, it is not because they were wrong. They just ended too early.” [Ledger.]',
     'Although the polls missed', 'Dana Whitfield'),
    # "-More from Name:" in a digest (was: a speaker "Whitfield" of its own, the headline's clause taken)
    ('digest_more_from',
     'Voters shifted late - Dana Whitfield: “The surveys caught a late shift in the last four days of the race.” [Ledger.]\n\n'
     'Signs of a late swing were there all along -More from Whitfield: “Data collected by our firm show the swing '
     'among older voters in the final week.” [Ledger.]',
     'Data collected by our firm', 'Dana Whitfield'),
    # a camel-case brand alone is an organisation (was: source "polls", unresolved)
    ('digest_camel_case_outlet',
     'This is the digest for Wednesday.\n\nBut polls did predict the Democratic race - PollWatcher: “Most pollsters fared '
     'much better with the Democratic results, and the final average was close.” [Ledger.]',
     'Most pollsters fared', 'PollWatcher'),
    # "As reported by X, …" is X's attribution (was: none)
    ('as_reported_by',
     'The committee met on Monday.\n\nAs reported by the Valley Courier, investigators found over 400 emails '
     'containing classified material on the private server.',
     'investigators found over 400', 'Valley Courier'),
    # ", saying, “…”" after "X said Y will …": X's participle, not Y's (was: Mark Ellison)
    ('trailing_participle_reporter',
     'Mayor Mark Ellison has stayed silent on the case.\n\nAlongside the protests, even a top party strategist said '
     'Ellison will have to choose a side, saying, “At some point, he is going to have to come out and tell us where '
     'he stands.”',
     'At some point', 'anonymous'),
    # a leading focus adverb is no part of the source ("even a top party strategist"; was: unresolved)
    ('focus_adverb_not_in_source',
     'Mayor Mark Ellison has stayed silent on the case.\n\nAlongside the protests, even a top party strategist said on Monday that Ellison '
     'will have to choose a side soon.',
     'will have to choose a side', 'anonymous'),
]


#: Every fixed source/speaker shape of issue 11's rounds 3–6 (each row failed on the code before its round).
WHO_SHAPES = WHO_SOURCE + WHO_ROUND4 + WHO_ROUND5 + WHO_ROUND6


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name", WHO_SHAPES, ids=[r[0] for r in WHO_SHAPES])
def test_who_said_it_fixed_shapes(shape, text, content, name, mode):
    """The attribution whose content starts nearest the piece ``content`` names ``name`` (or is of
    the kind ``name``, e.g. ``anonymous``)."""
    art = saidwhat.extract(text, mode=mode)
    hits = sorted((a for a in art.attributions if content in a.content.text),
                  key=lambda a: (a.content.text.find(content), -len(a.content.text)))
    assert hits, [a.content.text for a in art.attributions]
    sp = art.speaker(hits[0].speaker_id)
    assert sp is not None and (sp.name or sp.kind) == name, (shape, sp, hits[0].source)


def test_a_question_word_is_never_a_first_name():
    """"Will Sanders come down …?", "Did Hale …": the NER's PERSON entity loses its opening
    modal or question word; "Will Hale, the new coach," keeps its first name."""
    names = {s.name for s in saidwhat.extract('Did Hale lie about the deal?\n\nHale said on Monday that the deal '
                                              'was fair.', mode="fast").speakers}
    assert not any(n and n.startswith("Did ") for n in names), names
    names = {s.name for s in saidwhat.extract('Will Hale, the new coach, spoke on Monday. Hale said that the team '
                                              'needed more time.', mode="fast").speakers}
    assert "Will Hale" in names, names
