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
    # session 8: "she" right after "one official said" continues that unnamed official (rule 2)
    assert {s.kind for s in kinds.values()} == {"anonymous"}
    assert len({s.id for s in kinds.values()}) == 1
    assert all(s.name is None for s in kinds.values())
    art = saidwhat.extract("“It will fail,” she said. “It is late,” one official said.")
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


# -- issue 11: who said it (fixed-bug rows from the issue's table, invented text) ---------------
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
     # session 17 (documents._S17_S2_JOINT_FIRST): a joint sponsor gives the first-named (gold rule 6)
     'Smith leading the field', 'Reuters'),
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
    sp, hit = _speaker_of(art, content)
    assert sp is not None and (sp.name or sp.kind) == name, (shape, sp, hit.source)


def test_a_question_word_is_never_a_first_name():
    """"Will Sanders come down …?", "Did Hale …": the NER's PERSON entity loses its opening
    modal or question word; "Will Hale, the new coach," keeps its first name."""
    names = {s.name for s in saidwhat.extract('Did Hale lie about the deal?\n\nHale said on Monday that the deal '
                                              'was fair.', mode="fast").speakers}
    assert not any(n and n.startswith("Did ") for n in names), names
    names = {s.name for s in saidwhat.extract('Will Hale, the new coach, spoke on Monday. Hale said that the team '
                                              'needed more time.', mode="fast").speakers}
    assert "Will Hale" in names, names


#: Issue 11, genre speaker gold (gold/speakers/genre): shapes of news outside US politics, each on
#: new invented text (wire, sports, courts, business, local politics, UK press, science, culture).
WHO_GENRE = [
    # an organisation description by its kind: the airline named before it (was: unresolved)
    ('carrier_is_the_airline',
     'Skyline Air, the Irish budget airline, cut its profit forecast on Tuesday.\n\n'
     'The carrier said higher fuel costs would weigh on its winter results.',
     'higher fuel costs would weigh', 'Skyline Air'),
    # "the company" is the company that is a subject, not an analyst's bank named since (was: the bank)
    ('company_is_the_subject_company',
     'Brightwater Foods said sales rose 4 percent in the quarter.\n\n'
     '"Volumes are holding up," analysts at Kestrel Markets wrote in a note.\n\n'
     'The company said it would open 30 new stores next year.',
     'it would open 30 new stores', 'Brightwater Foods'),
    # a short form of a business's name is the business (was: a speaker "Brightwater")
    ('short_form_of_a_company',
     'Brightwater Foods and Corbett Stores are in talks about a merger.\n\n'
     'Brightwater said there was no certainty that a deal would be agreed.',
     'there was no certainty', 'Brightwater Foods'),
    # "the club" is the club named before it; "police" the force named after it
    ('club_is_the_club',
     'Hartley Rovers beat Ashby Town 3-0 on Saturday.\n\n'
     'The club said it would investigate reports of racist chanting.',
     'it would investigate reports', 'Hartley Rovers'),
    ('police_is_the_force',
     'A 30-year-old man was arrested after a crash on the ring road, police said.\n\n'
     'Derbyshire Police said the road would stay closed overnight.',
     'A 30-year-old man was arrested', 'Derbyshire Police'),
    # a UK title without a full stop is no part of the name (was: a speaker "Cllr Ashby")
    ('uk_title_without_stop',
     'Council leader Cllr Tom Ashby defended the budget at the meeting.\n\n'
     'Cllr Ashby said the council had no other choice.',
     'the council had no other choice', 'Tom Ashby'),
    # a nationality epithet is the person of that nationality (was: a speaker "Swede" or the coach)
    ('nationality_epithet',
     'Norway\'s Ingrid Dahl beat Anna Visser, the world No 4 from the Netherlands, in straight sets.\n\n'
     'Her coach, Peter Hall, said she had played her best tennis.\n\n'
     'The Dutchwoman said she had been unwell all week.',
     'she had been unwell all week', 'Anna Visser'),
    # an age epithet right before the cue is the source (was: no source) and the subject before it
    ('age_epithet_source',
     'Tom Reilly was not in the mood to celebrate.\n\n'
     '"We were lucky today," the 41-year-old said. "We know it."',
     'We were lucky today', 'Tom Reilly'),
    # staff of a named body written as a bare plural are anonymous (was: the bank)
    ('analysts_at_a_bank',
     'Shares in Corbett Stores fell 3 percent.\n\n'
     'Analysts at Northgate said the merger would face a long review.',
     'the merger would face a long review', 'anonymous'),
    # a named person's family with no relative named is anonymous (was: the person)
    ('possessed_family_is_anonymous',
     'Tom Hollis, 19, died at the scene.\n\n'
     'Hollis\'s family said in a statement that he loved football.',
     'he loved football', 'anonymous'),
    # "it" after a letter of a named writer is the writer (was: the court)
    ('letter_it_is_its_writer',
     'Ben Carter admitted the assault at Exeter Crown Court.\n\n'
     'Mr Carter\'s letter to the court was read out by his lawyer. "I am sorry for what I did," it said.',
     'I am sorry for what I did', 'Ben Carter'),
    # an organisation in apposition to a description is the source (was: the person named before)
    ('appositive_organisation',
     'Dr Lena Ford led the trial.\n\n'
     'The country\'s drugs regulator, the MDA, said it would review the data.',
     'it would review the data', 'MDA'),
    # "the researchers" are the person named as leading the study (was: unresolved)
    ('researchers_are_the_lead_author',
     'The drug slowed decline by a third, the researchers reported in a journal.\n\n'
     '"This is a real step," said Dr Lena Ford, a chemist at Leeds University who led the study.',
     'The drug slowed decline', 'Lena Ford'),
    # a lead's role description named only further down (was: unresolved)
    ('lead_role_named_later',
     'Skyline Air swung to a profit on Thursday, but its chief executive warned that fares were falling.\n\n'
     '"It was a good summer," Mark Dunne, the chief executive, said.',
     'fares were falling', 'Mark Dunne'),
    # a nationality epithet takes the person a place's possessive describes, where the NER missed the
    # full name (was: anonymous)
    ('nationality_from_place_possessive',
     'Anna Lopes will next face Portugal\'s Rita Moreira, who beat Britain\'s Jo Dale 6-2, 6-4 on Monday. '
     'Moreira said she had watched Lopes play.\n\n'
     '"She is fearless," the Portuguese said. "I remember that feeling."',
     'She is fearless', 'Rita Moreira'),  # "Portugal's Rita Moreira" read whole since session 12 (_S12_NAMES_LISTED_GIVEN)
    # "she" after a paragraph whose only person is the subject before it, past an organisation subject
    # and a quoted "Kenyan" (was: the previous speaker, Mary Kimani)
    ('pronoun_past_organisation_subject',
     'Aid worker Mary Kimani, the agency\'s country director, said the camps were full. "We are watching '
     'families make choices no family should make," she told reporters.\n\nShe said food would run out in May.\n\n'
     'The Kenyan government disputes the figures. Health Secretary Joan Otieno told reporters on Tuesday that '
     'the government was coping and that "no Kenyan will go hungry." She accused aid groups of "inflating numbers."',
     'inflating numbers', 'Joan Otieno'),
    # "the city" of an article that names no city body is the dateline's place (was: unresolved)
    ('city_is_the_dateline_place',
     'By Ana Cruz\n\nMILLBROOK — The council voted 5-4 on Tuesday to close the library.\n\n'
     'The city said the building would be sold next year.',
     'the building would be sold', 'Millbrook'),
    # a quoted "he" does not make the speaker a man: "she" after her is her (was: the byline's Ruth Lane)
    ('quoted_pronoun_casts_no_gender_vote',
     'By Ruth Lane\n\nThe minister said the door was open.\n\nDr Nkechi Obi, who chairs the union\'s '
     'committee, told the BBC the minister was wrong.\n\n\'He talks about an open door. We walked through it,\' '
     'she said.',
     'He talks about an open door', 'Nkechi Obi'),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name", WHO_GENRE, ids=[r[0] for r in WHO_GENRE])
def test_who_said_it_genre_shapes(shape, text, content, name, mode):
    """Issue 11's genre shapes: the attribution whose content starts nearest ``content`` names
    ``name`` (or is of the kind ``name``)."""
    art = saidwhat.extract(text, mode=mode)
    sp, hit = _speaker_of(art, content)
    assert sp is not None and (sp.name or sp.kind) == name, (shape, sp, hit.source)


#: Issue 11, documents and organisation descriptions: a document source takes the body that
#: produced it when the article names one, and no speaker when it names none; an organisation
#: description takes the organisation of its type the article names (rules 3 and 4 of
#: ``gold/speakers/README.md``). Each row: (shape, text, content, speaker name or kind, speaker_via);
#: each failed on the code before it (invented texts after PolNeAR train shapes).
WHO_DOCUMENTS = [
    # "a new statewide poll has found. The poll, released … by X": the agent of the later mention
    ('poll_forward_to_its_agent',
     'Voters in Ohio are split on the plan, a new statewide poll has found.\n\nThe poll, released on Tuesday by the '
     'Keystone Research Center, showed 48 percent of voters backing it.',
     'Voters in Ohio are split', 'Keystone Research Center', 'document'),
    # "X released a report … The report says": the subject of a verb of producing
    ('report_released_by_subject',
     'The Marlow Fund released a report on Monday about rural hospitals.\n\nThe report says that many rural hospitals '
     'will close within five years.',
     'many rural hospitals', 'Marlow Fund', 'document'),
    # "X, which conducted the survey": the antecedent of the relative clause
    ('survey_of_which_clause',
     'Most residents back the new park, according to the Brenner Group, which conducted the survey last week.\n\n'
     'The survey also found that most residents want more buses.',
     'most residents want more buses', 'Brenner Group', 'document'),
    # "a report from the city's chief auditor": the person named later with that role
    ('report_from_a_named_role',
     'According to a report from the city\'s chief auditor, the program lost money for three years.\n\n'
     'The chief auditor, Dana Whitfield, declined to comment further.',
     'the program lost money', 'Dana Whitfield', 'document'),
    # "The IG report": the initials of a named person's office (was: an organisation "IG")
    ('office_initials_report',
     'Inspector General Paula Grant reviewed the contracts last year.\n\nThe IG report found that the agency '
     'overpaid its vendors.',
     'the agency overpaid', 'Paula Grant', 'document'),
    # "X confirmed … According to the statement": the previous speaker's statement
    ('statement_of_previous_speaker',
     'The Hadley Foundation confirmed that its director had resigned.\n\nAccording to the statement, the director '
     'will leave the foundation in June.',
     'the director will leave', 'Hadley Foundation', 'document'),
    # a headline "Report:" and "…, the Riverside Gazette reported" below it
    ('headline_report_then_reported',
     'Report: Mayor Plans to Resign\n\nMayor Tom Baxter plans to resign next month, the Riverside Gazette reported '
     'on Thursday.',
     'Mayor Plans to Resign', 'Riverside Gazette', 'document'),
    # "an article in Politico" (the NER tags Politico a place)
    ('article_in_publication',
     'The county has picked the winner of every election since 1960, according to a new article in Politico.',
     'The county has picked', 'Politico', 'document'),
    # "Gallup's own tracking poll" is Gallup's, not the last person's
    ('possessor_of_a_poll_not_the_last_person',
     'Gallup analyst Jeffrey Mills wrote about the trend in April.\n\nGallup’s own tracking poll puts the '
     'president\'s approval at 49.5 percent this year.',
     'approval at 49.5', 'Gallup', 'possessive'),
    # "National Review's Ian Tuttle" (one ORG entity): the person, then "Tuttle's article" is his
    ('name_after_a_publication_possessive',
     'An article written by National Review’s Ian Tuttle accuses the mayor of hiding the deficit.\n\n'
     'Tuttle’s article also attacked the council for its silence.',
     'the council for its silence', 'Ian Tuttle', 'possessive'),
    # "Garden Circle magazine … The magazine said": the name written with the type word
    ('the_magazine_by_its_type_word',
     'Readers of Garden Circle magazine chose the winning recipe in May.\n\nThe magazine said the winner had '
     'predicted five elections in a row.',
     'the winner had predicted', 'Garden Circle', 'organization'),
    # "His campaign" after another organisation was the last speaker: the subject's campaign
    ('his_campaign_of_the_subject',
     'Senator Ray Holt will speak to the American Dairy Association on Monday. Holt also is set to meet party '
     'leaders in private.\n\nHis campaign confirmed that Holt would meet officials in Columbus.',
     'Holt would meet officials', 'Holt campaign', 'organization'),
    # "the group" is the organisation that acted before it, though the NER missed its name
    ('the_group_is_the_organisation_that_spoke',
     'The parade was held in the rain. Clean Water Action issued a statement saying it would march anyway.\n\n'
     '"We will not be silenced," the group said in a statement.',
     'We will not be silenced', 'Clean Water Action', 'organization'),
    # "Powell's office, when contacted by Reuters,": the head part's "office" is Powell's
    ('office_of_a_person_with_apposition',
     'Former secretary Colin Powell wrote to the committee in May.\n\nPowell’s office, when contacted by Reuters, '
     'said he could not recall the dinner.',
     'he could not recall the dinner', 'Colin Powell', 'possessive'),
]
#: Documents with no named producer stay without a speaker (rule 4: "polls", "the data", "a study"
#: by no named body): a place after "in" and a party group are no producers.
WHO_DOCUMENTS_NONE = [
    ('place_after_in_is_no_producer', 'Most voters oppose the new tax, according to a new poll in Iowa.',
     'Most voters oppose'),
    ('party_group_is_no_producer',
     'House Republicans released a report on Monday about the attack.\n\nThe report says that the agency ignored '
     'the warnings.', 'the agency ignored'),
    ('generic_data_is_none', 'The data show that crime fell in most large cities last year.', 'crime fell'),
]


#: Speaker kinds a switch row may expect instead of a name (``sp.kind``); any other string is a name.
_SWITCH_ROW_KINDS = ("anonymous", "unresolved")


def _switch_module(module):
    """``module`` itself, or the module named by the string: ``saidwhat.pipeline.speakers.<module>``
    where there is one, else ``saidwhat.pipeline.<module>`` ("attribution", "source", "coref",
    "speakers.nominals"), else ``saidwhat.<module>`` ("pipeline.source")."""
    if not isinstance(module, str):
        return module
    import importlib
    for package in ("saidwhat.pipeline.speakers.", "saidwhat.pipeline.", "saidwhat."):
        try:
            return importlib.import_module(package + module)
        except ModuleNotFoundError:
            pass
    raise ModuleNotFoundError(module)


def _is_speaker(sp, want: str) -> bool:
    """``sp`` is ``want``: the kind for a kind word of :data:`_SWITCH_ROW_KINDS`, else the name."""
    if sp is None:
        return False
    return sp.kind == want if want in _SWITCH_ROW_KINDS else sp.name == want


def _check_switch_row(monkeypatch, module, const: str, shape: str, text: str, content: str, name: str,
                      also: tuple = (), off: str | None = None, shipped: bool = True) -> None:
    """A switch row (fast mode): the statement holding ``content`` has the speaker ``name`` with
    ``module.const`` on, and another one (or none) with it off; with ``off`` given, exactly that
    speaker with it off. ``name``/``off``: a name, or a kind of :data:`_SWITCH_ROW_KINDS`.
    ``module``: a module or its name (:func:`_switch_module`). ``also``: ``(module, const)`` pairs of
    later switches that reach the same answer by another rule, turned off with it. ``shipped``:
    the switch's shipped value (False: a rule shipped off, turned on for the "on" check)."""
    module = _switch_module(module)
    assert bool(getattr(module, const)) == shipped, (shape, const, "shipped value")
    if not shipped:
        monkeypatch.setattr(module, const, True)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert _is_speaker(sp, name), (shape, sp, hit.source if hit is not None else None)
    monkeypatch.setattr(module, const, False)
    for mod, other in also:
        monkeypatch.setattr(_switch_module(mod), other, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    if off is None:
        assert not _is_speaker(sp, name), (shape, "passes with the switch off", sp)
    else:
        assert _is_speaker(sp, off), (shape, "switch off", sp, hit.source if hit is not None else None)


def _speaker_of(art, content):
    hits = sorted((a for a in art.attributions if content in a.content.text),
                  key=lambda a: (a.content.text.find(content), -len(a.content.text)))
    assert hits, [a.content.text for a in art.attributions]
    return art.speaker(hits[0].speaker_id), hits[0]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name, via", WHO_DOCUMENTS, ids=[r[0] for r in WHO_DOCUMENTS])
def test_documents_and_organisation_descriptions_resolve_to_their_owner(shape, text, content, name, via, mode):
    """The attribution whose content starts nearest ``content`` names ``name``, reached by
    ``speaker_via`` ``via`` (document, organization or possessive)."""
    sp, a = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and (sp.name or sp.kind) == name, (shape, sp, a.source)
    assert a.speaker_via == via, (shape, a.speaker_via)


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content", WHO_DOCUMENTS_NONE, ids=[r[0] for r in WHO_DOCUMENTS_NONE])
def test_documents_with_no_named_producer_have_no_speaker(shape, text, content, mode):
    sp, a = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and sp.name is None and sp.kind == "unresolved", (shape, sp, a.source)


# Issue 11, pronoun and nominal sources (PolNeAR train shapes, invented texts): each row failed on the
# code before this round in both modes.
WHO_PRONOUN_NOMINAL = [
    # a PERSON entity ending in a building/institution noun is no person: "Brenner" and "he" are not
    # the tower's (was: Brenner Tower; "Trump Tower", West Journal 2016-04-13)
    ('facility_named_after_a_person_is_no_person',
     'Developer Hal Brenner bought Brenner Tower in 1990. Brenner Tower has 40 floors. Brenner Tower '
     'was sold on Monday, and Brenner wants it back.\n\n"It was a mistake to sell," he said.',
     'It was a mistake to sell', 'Hal Brenner'),
    # "the two" after coordinated names two sentences back: the first-named, gold rule 6 (was: anonymous)
    ('the_two_after_coordinated_names',
     'Michael Brown and Sarah Klein are both economists at Stanford. Their work on trade is widely '
     'cited. The two argue that tariffs raise prices for families.',
     'tariffs raise prices', 'Michael Brown'),
    # a he-subject continuing a chain of he-subjects from a named subject, past the previous speaker
    # (centering's continue; was: the reporter quoted before, Matt Kline)
    ('he_continues_the_subject_chain_past_the_previous_speaker',
     'Reporter Matt Kline wrote on Sunday that the senator had changed his tone.\n\nSenator Ted Marsh '
     'has sharpened his language on trade, eager to keep his hold on angry voters.\n\nHe has coined a '
     'new phrase to describe his rivals. He expressed amusement that his rivals had copied it.',
     'his rivals had copied it', 'Ted Marsh'),
    # "she" with no woman named before: not the only man, but the woman named as a subject in the next
    # sentences (was: Bill Hart, of the other gender)
    ('she_with_no_woman_before_takes_the_woman_named_next',
     'A woman who has accused former Governor Bill Hart of fraud said on Sunday that he had called '
     'her at work. She also described a meeting with his lawyer that she said was tense.\n\nDana '
     'Whitfield, who worked for Hart in 1998, recounted the call on a radio show.',
     'a meeting with his lawyer', 'Dana Whitfield'),
    # a definite description with no written role opening the sentence after the one person named
    # (was: unresolved)
    ('definite_description_of_the_person_just_named',
     'Not everyone backs the stadium plan. Just ask former chess champion Lena Varga.\n\nThe former '
     'world title holder said the plan would ruin the park.',
     'the plan would ruin the park', 'Lena Varga'),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name", WHO_PRONOUN_NOMINAL, ids=[r[0] for r in WHO_PRONOUN_NOMINAL])
def test_who_said_it_pronoun_nominal_shapes(shape, text, content, name, mode):
    """Issue 11's pronoun and nominal shapes: the attribution whose content starts nearest
    ``content`` names ``name``."""
    art = saidwhat.extract(text, mode=mode)
    sp, hit = _speaker_of(art, content)
    assert sp is not None and (sp.name or sp.kind) == name, (shape, sp, hit.source)


def test_a_surname_alone_joins_the_name_it_ends(nlp):
    """"Trump" alone is Donald Trump's, not the headline's "Trump Calls" (a PERSON the NER made of
    a headline's name and verb; it took every later "Trump" and the "he" after them: West Journal
    2016-06-13, PolNeAR train)."""
    from saidwhat.pipeline.coref import Candidates
    from saidwhat.pipeline.speakers import NamedMention

    text = "Trump Calls On Board To Resign.\n\nDonald Trump was calling for change. Trump said the board failed."
    doc = nlp(text)
    donald, last = text.index("Donald"), text.rindex("Trump")
    spans = [(0, 11), (donald, donald + 12), (last, last + 5)]
    named = [NamedMention(s, e, text[s:e], None, s) for s, e in spans]
    cands = Candidates(doc, named)
    assert cands.cluster_of(*spans[2]).name == "Donald Trump"


def test_coref_cross_validation_scores_each_article_by_weights_fit_without_it():
    """``train_coref.cross_validate``: folds by article; every named row is scored once."""
    from types import SimpleNamespace

    from saidwhat.model.train_coref import cross_validate

    rows = []
    for d in range(4):
        g = SimpleNamespace(doc=f"train/d{d}", speaker="Ana Ruiz", kind="pronoun")
        cl = [(object(), {"bias": 1.0, "prev_speaker": 1.0}), (object(), {"bias": 1.0}), (None, {"new": 1.0})]
        rows.append((g, cl, 0, "pronoun_f"))
    acc = cross_validate(rows, folds=2)
    assert acc["ALL"] == (4, 4) and acc["pronoun"] == (4, 4)


@pytest.mark.parametrize("shape,text,content,name", [
    ("word itself, after",
     "Folk band Amber Wells have postponed their spring tour, saying their singer, Ruth Okafor, needs rest.\n\n"
     "In a post on Instagram, the band said they were \"heartbroken\" and would announce new dates soon.",
     "they were", "Amber Wells"),
    ("word itself, apposition",
     "Mining firm Cobrex Andina wants to dig near the river. The regulator, Agencia Fluvial, said the builder, "
     "Terranova Obras, had ignored two reports.\n\nThe builder said the reports were out of date.",
     "the reports were", "Terranova Obras"),
    ("acting organisation",
     "Caledonia Ferries has cancelled all sailings until Monday. 'Passenger safety comes first,' the operator "
     "said.",
     "Passenger safety", "Caledonia Ferries"),
    ("as written",
     "A statement from the appeals jury was posted at the finish.\n\nThe jury said no rider would be "
     "penalised for the crash.",
     "no rider", "appeals jury"),
])
def test_organisation_descriptions_by_their_word(shape, text, content, name):
    """Issue 11 (genre train: "the band" → Hollow Pines, "The watchdog"/"The company" → the bodies
    introduced as "watchdog, the …" / "the developer, …", "the operator" → ScotRail, "The jury" →
    "race jury"): step 1b of ``OrgDescriptionRules._org_description``."""
    art = saidwhat.extract(text, mode="fast")
    hits = [a for a in art.attributions if content in a.content.text]
    assert hits, [a.content.text for a in art.attributions]
    sp = art.speaker(hits[0].speaker_id)
    assert sp is not None and sp.name == name, (shape, sp, hits[0].source)


#: Issue 11 (people by role, title, post-nominal or nationality): new invented text, one row a shape.
WHO_ROLE_TITLE_NATIONALITY = [
    # a post-nominal is no part of the name: "Mr Brereton" and "he" are Nicholas Brereton (was: "Nicholas Brereton KC")
    ('post_nominal_is_not_part_of_the_name',
     'Opening the case, Nicholas Brereton KC told jurors the attack was planned. Mr Brereton said the '
     'defendant had waited outside the shop for an hour.',
     'the defendant had waited outside', 'Nicholas Brereton'),
    # a role description in the lead, the person named with that title later (was: unresolved)
    ('role_description_named_later_by_title',
     'The county will spend $20 million on a new jail, a plan the sheriff says is overdue.\n\n'
     'Sheriff Dale Whitcombe told the board that the cells were unsafe.',
     'is overdue', 'Dale Whitcombe'),
    # "The band's drummer" then the person first named as the next sentence's subject (was: the singer)
    ('possessed_role_then_the_person_named_next',
     'Singer Callie Rowe said the tour was off. "I need to rest," she said.\n\n'
     'The band\'s drummer told a fan online that the group was "taking a break". Owen Pratt, who formed '
     'the band in 2015, added that he was sad.',
     'that the group was', 'Owen Pratt'),
    # a demonym goes to the person of that nationality whose name the NER tagged ORG after a title,
    # not to the country (was: a place tagged PERSON)
    ('demonym_goes_to_the_person_of_that_nationality',
     'SANTIAGO, May 3 (AFP) - Chilean Foreign Minister Carolina Ibáñez said Buenos Aires had ignored the '
     'treaty. Her Argentine counterpart, Lucía Ferraro, rejected the charge in Buenos Aires.\n\n'
     'The Chilean dismissed that as "a distraction".',
     'a distraction', 'Carolina Ibáñez'),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name", WHO_ROLE_TITLE_NATIONALITY,
                         ids=[r[0] for r in WHO_ROLE_TITLE_NATIONALITY])
def test_who_said_it_role_title_nationality_shapes(shape, text, content, name, mode):
    """Issue 11's role, title, post-nominal and nationality shapes: the attribution whose content
    starts nearest ``content`` names ``name``."""
    art = saidwhat.extract(text, mode=mode)
    sp, hit = _speaker_of(art, content)
    assert sp is not None and (sp.name or sp.kind) == name, (shape, sp, hit.source)


def test_a_first_name_the_ner_left_out_joins_the_surname(nlp):
    """"Mads [Kjeldsen] took the yellow jersey": the NER tagged only the surname; the capitalised
    word before it, alone on its line, is the first name, not a role (issue 11, sports copy)."""
    from saidwhat.pipeline.speakers import named_mentions
    from saidwhat.pipeline.speakers.names import _split_first_name

    text = "Mads Kjeldsen took the yellow jersey on Wednesday."
    doc = nlp(text)
    names = {m.name for m in named_mentions(doc)}
    if "Kjeldsen" in {e.text for e in doc.ents if e.label_ == "PERSON"}:
        assert "Mads Kjeldsen" in names and "Kjeldsen" not in names
    assert _split_first_name([doc[0]], text) and not _split_first_name([doc[1]], text)


@pytest.mark.parametrize("shape,text,content,name", [
    ("the two companies",
     "Calder Insurance and Northgate Life have agreed to merge, the two companies said on Friday.\n\n"
     "Shares in both rose. Analysts called the price fair.\n\n"
     "Both companies said the deal would close next year.",
     "the deal would close", "Calder Insurance"),
    ("the county",
     "BRAXTON, Ore. — The Braxton County Board of Commissioners voted on Monday to close two libraries.\n\n"
     "The county says the savings will pay for road repairs.",
     "the savings", "Braxton County"),
])
def test_organisation_pairs_and_counties(shape, text, content, name):
    """Issue 11 (genre train: "Both companies" → Aldgate Insurance, the first-named of "Aldgate
    Insurance and Meridian Life" (rule 6); "The county" → Marlowe County, not its board)."""
    art = saidwhat.extract(text, mode="fast")
    hits = [a for a in art.attributions if content in a.content.text]
    assert hits, [a.content.text for a in art.attributions]
    sp = art.speaker(hits[0].speaker_id)
    assert sp is not None and sp.name == name, (shape, sp, hits[0].source)


# -- issue 11, session 8: nominal descriptions and anonymous sources (genre train shapes, invented text)
#: (shape, text, a piece of the content, the speaker's name, or "anonymous")
WHO_S8_NOMINAL = [
    # an epithet names the main clause's subject of the sentence before, not a subordinate clause's
    # (was: the race leader who crashed)
    ('epithet_takes_the_main_clause_subject',
     'Lena Forsberg won the sprint on Sunday after race leader Tom Baert crashed on the final bend.\n\n'
     'The Swede, who finished third here last year, said the win had come as a surprise.',
     'the win had come', 'Lena Forsberg'),
    ('age_epithet_takes_the_main_clause_subject',
     'Saints wing Tom Harlow scored the decisive try after referee Ian Pell ruled that Rams lock Dan Vos '
     'had been offside. The 24-year-old, who also kicked two conversions, said he had "never heard a '
     'louder crowd".',
     'never heard a', 'Tom Harlow'),
    # a photo caption is not the discourse an epithet looks back on (was: the player in the caption)
    ('caption_is_not_the_discourse',
     'Ana Ruiz scored in the 90th minute to give Eastfield Rovers a 1-0 win, and Mark Dyer said afterwards '
     'that she had "won it on her own".\n\n'
     'The forward, who had missed two chances earlier, met a low cross from Jo Platt to send the home fans '
     'wild.\n\n'
     'Ana Ruiz celebrates her goal at Mill Road. Photograph: Sam Lee/PA\n\n'
     '"She has worked so hard for this," the Rovers boss told reporters.',
     'She has worked so hard', 'Mark Dyer'),
    # a company + role epithet: the person the article describes with that company (was: the other CEO)
    ('company_boss_epithet',
     'Calder Insurance and Northgate Life agreed to merge on Monday. Calder\'s chief executive, Simon Hart, '
     'will run the group, while his Northgate counterpart, Paul Reed, will become chairman.\n\n'
     'Mr Hart said the talks had been friendly. The Northgate boss said he had made the first approach in '
     'March.',
     'he had made the first approach', 'Paul Reed'),
    # an answer's epithet is the one asked in the sentence before, by role acronym (was: the asker)
    ('epithet_replying_is_the_one_asked',
     'Chief Financial Officer Dana Kirsch said margins would narrow in the second half.\n\n'
     'Omar Patel of Redwood Capital asked the CFO why inventories had risen. The 52-year-old, who joined '
     'the company from Siemens in May, replied that the build-up was planned.',
     'the build-up was planned', 'Dana Kirsch'),
    # a lead's role description, the person first named as the next sentence's subject with only an
    # age in apposition (was: unresolved, the age read as another role)
    ('role_named_next_with_only_an_age',
     'The singer, who has sold 10 million records, said the tour would resume in May.\n\n'
     'Maya Stone, 29, cancelled 12 dates last month.',
     'the tour would resume', 'Maya Stone'),
    # "the defendant" is the one person the article names as pleading or charged (was: the last witness)
    ('the_defendant_is_who_pleaded',
     'A former care worker stole cash from residents, a prosecutor said on Monday.\n\n'
     'Ana Roe, 39, has pleaded not guilty to 12 counts of theft.\n\n'
     'The first witness, Joan Pell, told the jury her mother\'s purse went missing twice. "We trusted '
     'her," she said.\n\n'
     'The defendant has told police she was "set up" by a manager.',
     'set up', 'Ana Roe'),
    # rule 16: an unnamed source given only a first name is that name (was: anonymous)
    ('only_a_first_name_given',
     'More than 40 people spoke at the meeting. One resident, a retired nurse who gave her name only as '
     'Edith, said the road outside the school was unsafe.',
     'the road outside the school', 'Edith'),
    # an indefinite role named later in a definite apposition (was: anonymous)
    ('indefinite_role_named_later',
     'The board voted 3-2 to expand the jail.\n\n'
     'A public defender who has represented many inmates said the jail was already half empty.\n\n'
     'The public defender, Omar Reyes, said after the vote that his office would appeal.',
     'the jail was already half empty', 'Omar Reyes'),
    # a lead's "a prosecutor", named below under an equivalent title (was: anonymous)
    ('lead_prosecutor_named_below',
     'A former bank clerk stole $200,000 from elderly customers over three years, a prosecutor told '
     'jurors on Tuesday as the trial opened.\n\n'
     'John Pace, 51, has pleaded not guilty to 14 counts of theft.\n\n'
     'In her opening statement, Assistant District Attorney Maria Okafor said the thefts began in 2021.',
     'stole $200,000', 'Maria Okafor'),
    # a definite description right after a person's introduction is that person (was: the singer)
    ('description_after_an_introduction',
     'Singer Rosa Vane thanked the crowd twice on Saturday. "You carried us tonight," Vane said.\n\n'
     'Tom Bright, 19, had travelled from York for the show. The apprentice said it was the best night '
     'of his life.',
     'the best night', 'Tom Bright'),
    # a headline label in sentence case, the person named with that role below (was: unresolved)
    ('headline_label_role_named_below',
     'Quay homes approved despite fury over berths\n\n'
     "Club secretary: 'We were never consulted'\n\n"
     'Plans for a new marina at Kilmore were approved by the county council on Tuesday.\n\n'
     'Sailing club secretary Colm Daly, 60, said the fleet would lose half its berths.',
     'We were never consulted', 'Colm Daly'),
    # bare groups of people the mention classes missed: anonymous (rule 11; was: unresolved)
    # a named person's aides are unnamed people, even where the mention class reads an organisation
    # description (rule 12; was: the person)
    ('possessed_aides_are_anonymous',
     'Senator Ruth Lane spent the week in Iowa. Ms. Lane\'s aides said the campaign had raised $4 million '
     'since January.',
     'the campaign had raised', 'anonymous'),
    ('bare_staff_are_anonymous',
     'The inspector general faulted the Transport Department in a report on Monday. Staff told the '
     'inspectors that the records had been lost in a move.',
     'the records had been lost', 'anonymous'),
    ('industry_figures_are_people',
     'The band cancelled 20 dates. Some industry figures say the schedule was too long for any artist.',
     'the schedule was too long', 'anonymous'),
]


# Issue 11, session 8: pronouns and cue-less quote paragraphs (genre train shapes, invented texts);
# each row failed on the code before this round.
WHO_S8_PRONOUN = [
    # a "he" resolved to a person of unknown gender makes him a man, so a later "she" is the profile's
    # subject (was: Aurel Vance)
    ('he_resolved_earlier_makes_the_person_a_man',
     'Edda Lorne is late, and she is sorry. "The traffic was a nightmare," she says.\n\nThe somebody is the '
     'director Aurel Vance, 38, who cast her after seeing her read at a gala.\n\n"The room went silent," he '
     'tells me on the phone from Berlin, where he is rehearsing. Vance\'s verdict is simple: "She is the '
     'bravest actor I know."\n\nHer forties, she says, were the loneliest decade of her life.',
     'were the loneliest decade', 'Edda Lorne'),
    # a cue-less quote after the writer's own question ("I ask Brandt whether …") is the answer of the
    # one asked (was: unresolved, the writer)
    ('cueless_quote_after_the_writers_question_is_the_answer_of_the_one_asked',
     'Oskar Brandt is on time, and he wants me to know it.\n\n"I have never been late in my life," he says.'
     '\n\nThe producer is Mara Lind, who hired him last spring. "He never stops working," she says.\n\nI ask '
     'Brandt whether the long days ever wear him down. He shrugs.\n\n"I sleep on the train. It is the only '
     'place nobody can find me."',
     'I sleep on the train', 'Oskar Brandt'),
    # "he" right after an unnamed speaker ("One skipper, who did not want to be named, said …") is that
    # speaker, not the man named before (was: Peter Ryland)
    ('he_after_an_unnamed_speaker_continues_the_unnamed_speaker',
     'Local councillor Peter Ryland said the harbour would survive the cuts. "We have seen worse," he said.'
     '\n\nOne skipper, who did not want to be named, said he still owed a large sum on a boat he bought in '
     '2021.\n\n"The bank does not care about quotas," he said. "The bank wants its money on the first of the '
     'month."',
     'The bank does not care about quotas', 'anonymous'),
]


def test_a_capitalised_bare_plural_of_people_is_anonymous():
    """A standfirst's "Boatmen fear …", tagged a proper noun, is a bare group of unnamed people
    (rule 11 of gold/speakers/README.md; issue 11, session 8; was: a person "Boatmen"). Fast mode:
    the accurate mode reads no attribution in this standfirst."""
    text = ("'We are being sold out': Kilmore trawlers block port\n\n"
            "Boatmen fear 'lost summer' as port closes\n\n"
            "Dozens of boats blocked the harbour mouth on Monday in protest at a quota cut.")
    art = saidwhat.extract(text, mode="fast")
    hits = [a for a in art.attributions if "lost summer" in a.content.text]
    assert hits, [a.content.text for a in art.attributions]
    sp = art.speaker(hits[0].speaker_id)
    assert sp is not None and sp.kind == "anonymous" and sp.name is None, sp


#: Session 8, issue 11: the NER correction layer (``pipeline/speakers/ner_fix.py``, ``names.py``).
#: spaCy's small model tags people ORG or nothing and organisations PERSON or nothing; the
#: article's own evidence corrects it. Each row: (shape, text, content, speaker name or kind,
#: speaker kind); each failed on the code before it (invented texts after genre train and
#: PolNeAR train shapes).
WHO_S8_NER = [
    # an honorific after a long title inside an ORG entity: the name after it (was: "Minister for Transport")
    ('honorific_after_long_title',
     'Trawler crews blocked the harbour at Greencastle on Monday.\n\n'
     'Minister for Transport, Tourism and the Islands Ms Siobhán Carraher told the Dáil that talks '
     'would resume this week.\n\n'
     'She said the fleet had been "heard loud and clear".',
     'the fleet had been', 'Siobhán Carraher', 'person'),
    # a profiled person the NER tags ORG everywhere, "Ms Marchbank" below (was: unresolved)
    ('name_with_honorific_surname_elsewhere',
     "Ysolde Marchbank: 'At 70, I have stopped apologising'\n\n"
     'Ysolde Marchbank is late, and she would like me to know it is not her fault. "The taxi was slow," she says.\n\n'
     'I ask Marchbank about the play. Ms Marchbank laughs.',
     'The taxi was slow', 'Ysolde Marchbank', 'person'),
    # an age in apposition makes an untagged name a person (was: unresolved)
    ('name_with_age_apposition',
     'Bex Tarrow, 71, opens in the title role next month.\n\n'
     '"It is the best part ever written," she says.',
     'the best part ever written', 'Bex Tarrow', 'person'),
    # a title in apposition makes an untagged name a person (was: an organisation)
    ('name_with_title_apposition',
     'Voting rules were changed on Monday.\n\n'
     'Ludo Brisk, Vermont Secretary of State, voiced his anger at the ruling.\n\n'
     '"This has to stop," Brisk said.',
     'This has to stop', 'Ludo Brisk', 'person'),
    # the first name the NER left out of a two-word name after a quoted title (was: "Vasilescu Brandt")
    ('first_name_after_quoted_title',
     'Speaking on Tuesday\'s "Morning Edition," Teodor Vasilescu Brandt, the programmer known as "Ghost," '
     'said he had copied the files.',
     'he had copied the files', 'Teodor Vasilescu Brandt', 'person'),
    # "the union X": an organisation type word before an untagged name (was: unresolved)
    ('type_word_before_untagged_name',
     'Harbour Mutual plans to cut 900 jobs.\n\n'
     'The union Accord said the plan was "a betrayal".',
     'a betrayal', 'Accord', 'organization'),
    # "X said it would not comment": an untagged subject acting as a body (was: a person)
    ('subject_taken_up_by_it',
     'The referee awarded a late penalty.\n\n'
     'Championship Hockey said it would not comment on individual decisions.',
     'not comment on individual decisions', 'Championship Hockey', 'organization'),
    # a capital standing for its country's government, the country named in the article (was: "Lima")
    ('capital_for_its_country',
     'Peru and Ecuador traded accusations on Monday over a border river.\n\n'
     'Lima said it would take the case to a regional court.',
     'take the case to a regional court', 'Peru', 'organization'),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name, kind", WHO_S8_NER, ids=[r[0] for r in WHO_S8_NER])
def test_who_said_it_s8_ner_shapes(shape, text, content, name, kind, mode):
    """Issue 11, NER corrections: the attribution whose content starts nearest ``content`` names
    ``name`` as a speaker of kind ``kind``."""
    art = saidwhat.extract(text, mode=mode)
    sp, hit = _speaker_of(art, content)
    assert sp is not None and sp.name == name and sp.kind == kind, (shape, sp, hit.source)


@pytest.mark.model
def test_s8_dateline_is_no_speaker(nlp):
    """A wire dateline taken for a source ("LIMA, Nov 4, 2026 (AFP)") yields no named speaker
    (issue 11, genre train wire copy); other capitalised line openings are not datelines."""
    from saidwhat.pipeline.speakers import SpeakerResolver
    from saidwhat.pipeline.speakers.ner_fix import is_dateline

    text = "Border talks collapse\n\nLIMA, Nov 4, 2026 (AFP) - Peru said on Tuesday that talks had failed."
    r = SpeakerResolver(nlp(text))
    key = r.resolve(text.find("LIMA"), text.find("(AFP") + 4, None)
    assert r.entities[key].name is None and r.entities[key].kind == "unresolved"
    assert is_dateline("x\nWASHINGTON (AP) — The", 2, 12)
    assert not is_dateline("x\nNASA said on Monday", 2, 6) and not is_dateline("x\nUN officials said", 2, 4)


#: Issue 11, documents and organisation sources (session 8): a document takes its maker as the article
#: names it, no speaker when it names none (rule 13 of ``gold/speakers/README.md``); an organisation
#: description takes the organisation it describes (rule 3), a body never named its own words. Each row:
#: (shape, text, content, speaker name or kind); each failed on the code before this round (fast mode).
WHO_S8_DOCS = [
    # a scan named by a word outside the old document list, with no maker: no speaker (rule 13; was: anonymous)
    ('scan_with_no_maker_is_none',
     'The goalkeeper limped off in the second half. An MRI on Tuesday showed a small tear in his left calf, '
     'the club confirmed.',
     'a small tear in his left calf', 'unresolved'),
    # a bare plural of records of unstated authorship (was: anonymous)
    ('bare_plural_logs_are_none',
     'The defendant said he had never entered the vault. The door was opened twice that night, according to '
     'security logs that the prosecution will show the jury.',
     'The door was opened twice', 'unresolved'),
    # "seen by X": who saw the document, not its maker (was: Bloomberg)
    ('draft_seen_by_an_outlet_is_none',
     'Talks went on past midnight. A draft communiqué seen by Bloomberg, dated March 2, says that ministers '
     'will cut tariffs on steel.',
     'ministers will cut tariffs', 'unresolved'),
    # the agent of "compiled by" is the maker even when the NER tags it a place (was: anonymous)
    ('odds_compiled_by_a_bookmaker',
     'The Hawks lost their captain on Sunday. They drifted to 12-1 to win the title, according to odds '
     'compiled by PlayWell.',
     'They drifted to 12-1', 'PlayWell'),
    # a body the article never names takes its own words (was: the country, or anonymous)
    ('statement_from_an_unnamed_office_as_written',
     'Police in Lima arrested two men on Friday. Both will be charged with fraud, according to a statement '
     "from the district attorney's office.",
     'Both will be charged with fraud', "district attorney's office"),
    ('communique_from_an_unnamed_panel_as_written',
     'Three riders crashed on the final descent. According to a communiqué from the race panel, no rider '
     'will be fined.',
     'no rider will be fined', 'race panel'),
    # "by the trade magazine Stage Weekly": the name in apposition to the description (was: unresolved)
    ('tally_by_a_described_publication_with_its_name',
     'The studio has closed three theatres this year, according to a count by the trade magazine Stage Weekly.',
     'The studio has closed three theatres', 'Stage Weekly'),
    # an acronym and a proper noun compounded on the document noun (was: unresolved)
    ('acronym_body_before_figures',
     'Hospitals are under strain. NHS Wales figures published on Monday show that 9,000 patients waited more '
     'than a year.',
     '9,000 patients waited', 'NHS Wales'),
    # a study with no maker of its own: the body its researchers work at, named later (was: unresolved)
    ('study_by_researchers_at_a_body',
     'People who walk daily sleep better, according to a study of 8,000 Norwegians.\n\nThe study, by '
     'researchers at the Bergen Heart Institute, followed volunteers for six years.',
     'People who walk daily sleep better', 'Bergen Heart Institute'),
    # results and the paper of a trial whose leader the article names (rule 13; was: unresolved)
    ('paper_of_a_trial_is_its_leader',
     'A new pill lowered blood pressure in older adults, according to results of a trial published on '
     'Monday.\n\n"This is a real step forward," said Dr Anna Berg, a cardiologist at Lund University who led '
     'the study.\n\nFour patients had side effects, the paper said.',
     'Four patients had side effects', 'Anna Berg'),
    # the statement of unnamed relatives is anonymous, not the person they are named after (was: Marta Ortiz)
    ('family_statement_is_anonymous',
     'Marta Ortiz, 34, died at the scene.\n\nOrtiz\'s family, in a statement released through their lawyer, '
     'described her as generous.\n\n"She lit up every room," the statement said.',
     'She lit up every room', 'anonymous'),
    # "according to a statement" right after an organisation spoke: that organisation (was: unresolved)
    ('statement_after_an_organisation_spoke',
     'The probe has recovered, the Nordic Space Agency said on Monday.\n\nEngineers have regained a signal '
     'from the spacecraft, according to a statement.',
     'Engineers have regained a signal', 'Nordic Space Agency'),
    # a description with "known by its initials X" (was: unresolved), and "The agency" after it (was: Brazil)
    ('watchdog_known_by_its_initials',
     "Brazil's environmental watchdog, known by its Portuguese initials IBAMA, said the spill was larger "
     'than reported. The agency said it had fined the company.',
     'the spill was larger', 'IBAMA'),
    ('the_agency_after_a_watchdog_known_by_its_initials',
     "Brazil's environmental watchdog, known by its Portuguese initials IBAMA, said the spill was larger "
     'than reported. The agency said it had fined the company.',
     'it had fined the company', 'IBAMA'),
    # a description and the name in apposition, untagged by the NER (was: a person)
    ('watchdog_with_its_name_in_apposition',
     'Minister Luis Ortega said the dam was safe.\n\nChile\'s water regulator, the Superintendency of the '
     'Sea, said on Friday that the river could lose a third of its flow.',
     'the river could lose a third', 'Superintendency of the Sea'),
    # a name ending in a document word is a name ("Ashgrove Records"; was: unresolved)
    ('label_name_ending_in_a_document_word',
     'The singer cancelled her tour on Monday.\n\nAshgrove Records, the band\'s label, said the album would '
     'come out in May.',
     'the album would come out', 'Ashgrove Records'),
    # "The company" after "The festival's promoter, Bright Arc," (was: unresolved)
    ('the_company_after_a_promoter_in_apposition',
     'The festival was called off. The festival\'s promoter, Bright Arc, said refunds would be automatic. The '
     'company added that it hoped to return next year.',
     'it hoped to return next year', 'Bright Arc'),
    # a place's body in lower-case words the article never names: its words (was: a university)
    ('place_body_as_written',
     'Geologists at the University of Norway measured the uplift.\n\nNorway\'s coastal safety agency raised '
     'its alert level and said no one would be moved.',
     'no one would be moved', "Norway's coastal safety agency"),
    # two parties: the first-named (rule 6; was: European Union)
    ('first_of_two_parties',
     'Talks on farm subsidies stalled on Thursday, with Japan and the European Union blaming each other for '
     'the delay.',
     'each other for the delay', 'Japan'),
]


def test_coref_trainer_reads_genre_gold_texts_beside_the_gold_file(nlp, tmp_path):
    """``train_coref.examples`` (session 8) reads a genre gold file's texts from
    ``GOLD_DIR/SPLIT/text/NAME.txt`` (as ``evaluate_speakers``), before the PolNeAR folder."""
    import json

    from saidwhat.errors import InputError
    from saidwhat.evaluate.speakers import read_gold
    from saidwhat.model.train_coref import examples, text_path

    text = "City mayor Linda Carter opened the new bridge on Monday.\n\nShe said the crossing would cut journeys by an hour."
    (tmp_path / "train" / "text").mkdir(parents=True)
    (tmp_path / "train" / "text" / "civic_01_bridge.txt").write_text(text, encoding="utf-8")
    s = text.index("She")
    row = {"doc": "train/civic_01_bridge", "item": "a0", "kind": "pronoun", "speaker": "Linda Carter",
           "speaker_type": "person", "source_start": s, "source_end": s + 3,
           "content_start": text.index("the crossing"), "content_end": len(text) - 1}
    gold_file = tmp_path / "train.jsonl"
    gold_file.write_text(json.dumps(row) + "\n", encoding="utf-8")
    nowhere = tmp_path / "no-polnear"
    assert text_path(nowhere, gold_file, "train/civic_01_bridge") == tmp_path / "train" / "text" / "civic_01_bridge.txt"
    with pytest.raises(InputError):
        text_path(nowhere, None, "train/civic_01_bridge")
    rows = list(examples(nlp, nowhere, read_gold(gold_file), gold_file))
    assert len(rows) == 1
    g, cl, idx, cls = rows[0]
    assert cls == "pronoun_f" and cl[idx][0] is not None and cl[idx][0].name == "Linda Carter"


def test_mlp_ranker_is_the_linear_score_plus_its_hidden_layer():
    """``coref.MLPRanker`` (session 8): linear part + ``v · tanh(W f + b)``; read from JSON by
    ``ranker_from_dict``; a linear JSON stays a plain ``Ranker``."""
    import math

    from saidwhat.pipeline.coref import MLPRanker, Ranker, ranker_from_dict

    d = {"weights": {"bias": 0.5, "prev_speaker": 2.0},
         "hidden": {"features": ["prev_speaker", "recency_0"], "W": [[1.0, -1.0]], "b": [0.25], "v": [2.0]}}
    r = ranker_from_dict(d)
    assert isinstance(r, MLPRanker)
    f = {"bias": 1.0, "prev_speaker": 1.0, "recency_0": 1.0, "unknown": 3.0}
    assert r.score(f) == pytest.approx(0.5 + 2.0 + 2.0 * math.tanh(1.0 - 1.0 + 0.25))
    assert type(ranker_from_dict({"weights": {"bias": 1.0}})) is Ranker
    with pytest.raises(ValueError):
        MLPRanker({}, ["a"], [[1.0, 2.0]], [0.0], [1.0])


#: Issue 11, organisation descriptions (session 8, series d of the genre gold): "the W" is the
#: organisation the paragraph's main clause has as its subject when its kinds fit W; a place
#: modifier ("Oslo-based", "London-listed") picks the organisation written with that place; "the
#: group" after a subsidiary's sentence is its owner (rule 3 of ``gold/speakers/README.md``). Each row:
#: (shape, text, content, speaker name); each failed on the code before this round (fast mode).
WHO_S8_ORGDESC = [
    # a passive's agent with an apposition of its kind, then "The firm" (was: unresolved)
    ('the_firm_after_an_agent_in_apposition',
     'The debris was first tracked by Skywatch, a small company in Denver that sells radar data. The firm said '
     'its sensors had logged the pass a week early.',
     'its sensors had logged the pass', 'Skywatch'),
    # two operators: "The operator" is the one of the sentence before (was: the first operator)
    ('the_operator_is_the_latest_subject',
     'Ferry operator SeaLink said on Monday that the crossing was suspended.\n\nBut a rival firm, Northern Isles '
     'Freight, which runs a cargo service, said it had offered to help. The operator said it had written to '
     'ministers twice.',
     'it had written to ministers twice', 'Northern Isles Freight'),
    # "The service" is the body that is the main subject of the paragraph, not the other body of the
    # sentence before (was: unresolved)
    ('the_service_is_the_paragraph_subject',
     'The coroner criticised Northgate Hospitals NHS Trust, saying the organisation had let the family down.\n\n'
     'Eastmoor Ambulance Service, which took Mia to hospital, was also criticised. The coroner found that her call '
     'had been wrongly graded. The service said it had since changed its questions.',
     'since changed its questions', 'Eastmoor Ambulance Service'),
    # "The charity" for a fund, not the researcher quoted before (was: the researcher)
    ('the_charity_for_a_research_fund',
     'Dr Maria Santos said the findings were worrying.\n\nThe Lung Health Fund, which paid for the study, said it '
     'showed the need for action. The charity is calling for earlier scans.',
     'earlier scans', 'Lung Health Fund'),
    # a place modifier matched against what the article says of each airline (was: unresolved)
    ('place_based_airline',
     'Skyway Air has accused Fjord Airways of hoarding slots at Gatwick.\n\nFjord Airways, which is listed in '
     'Bergen, rejected the claim. The Bergen-based airline said its planes were full.',
     'its planes were full', 'Fjord Airways'),
    ('place_listed_carrier',
     'Skyway Air has accused Fjord Airways of hoarding slots at Gatwick.\n\nFjord Airways closed flat in Bergen. '
     'Shares in Skyway Air rose 2 per cent in London.\n\nThe London-listed carrier said profits had doubled.',
     'profits had doubled', 'Skyway Air'),
    # "The group" after a subsidiary's sentence is the owner (was: the subsidiary)
    ('the_group_after_a_subsidiary_is_its_owner',
     'Shares in Oakfield Stores fell on Thursday.\n\nMaple Living, which Oakfield Stores bought in 2020, has '
     'been the weaker chain. The group said Maple would make a loss.',
     'Maple would make a loss', 'Oakfield Stores'),
    # "The agency" after a relief body in apposition (was: a news agency)
    ('the_agency_after_a_relief_arm',
     'The storm killed 30 people, AFP reported.\n\nCaritas Borneo, the relief arm of the church, said it had sent '
     'rice by road. The agency said priests were handing out food.',
     'priests were handing out food', 'Caritas Borneo'),
    # a league as the modifier is no club; the club of the paragraph, by its full name (was: the league)
    ('league_modified_club_is_the_paragraph_club',
     'Ashford Town were knocked out of the cup by Kelby Rovers on Saturday.\n\nRovers said they would give their '
     'share of the gate to Ashford. The Championship club said the board had agreed.',
     'the board had agreed', 'Kelby Rovers'),
    # a description in the lead before the body is named: the later organisation of its kind whose name
    # holds the description's modifier (was: unresolved)
    ('lead_description_named_later',
     'Two airlines clash over slots\n\nThe boss of Kestrel Air has accused a rival of hoarding slots at Luton, as '
     'the aviation regulator confirmed it would review how slots are shared.\n\nThe Civil Aviation Commission said '
     'on Monday that the review would start in May.',
     'would review how slots are shared', 'Civil Aviation Commission'),
]


WHO_S8_SOURCE = [
    # shape, text, content (a piece of it), source text, speaker name or kind (None: not checked)
    # a wire dateline with a year is furniture, and the subject after its dash is the source
    # (was: "OSLO, Mar 2, 2027 (AFP" as source)
    ('dateline_with_a_year',
     'Norway and Sweden trade blame over cod quotas\n\nOSLO, Mar 2, 2027 (AFP) - Norway and Sweden accused each '
     'other on Monday of breaking a fishing accord signed in 1998.\n\nNorwegian Fisheries Minister Ola Brekke said '
     'the quotas had been exceeded twice.',
     'each other on Monday', 'Norway and Sweden', None),
    # a section label before a headline colon is no source; the dash sign-off is, without its topic
    # (was: "Interview" as source)
    ('section_label_then_dash_sign_off',
     "Interview: 'We will not close a single school' - Marlow education chief on the merger\n\nMarlow council "
     "has proposed merging four primary schools.",
     'We will not close a single school', 'Marlow education chief', None),
    # an agentless passive inside a reported clause does not block the reporting verb (was: no source)
    ('passive_inside_reported_clause',
     'Jane Pike, who wore a grey coat and took notes throughout, is expected to give evidence, her barrister said.',
     'who wore a grey coat', 'her barrister', None),
    ('passive_inside_according_to',
     'The council has approved the new bridge.\n\nWork is expected to start in May, according to a council source.',
     'Work is expected', 'a council source', 'anonymous'),
    # a subject phrase that the parse runs into the quotation stops at the cue (was: no source)
    ('subject_stops_at_its_cue',
     "Labour played down the row. A No 10 spokeswoman said: 'The Prime Minister thanks Helen for her work on the "
     "board. These plans will build the schools the city needs.'",
     'thanks Helen', 'A No 10 spokeswoman', 'anonymous'),
    # a fronted participle clause swallows the subject in the parse (was: no source)
    ('fronted_participle_swallows_the_subject',
     'Speaking to reporters in Puerto Montt, Minister of Energy Tomás Peña said the consortium had failed to '
     'submit its studies.',
     'the consortium had failed', 'Minister of Energy Tomás Peña', None),
    ('fronted_participle_and_aside',
     'Opening the case at Leeds Crown Court on Monday, Sarah Whitcombe KC, prosecuting, told the jury that the '
     'defendant had lied to the police about the van.',
     'the defendant had lied', 'Sarah Whitcombe KC', 'Sarah Whitcombe'),
    # ", posting a video" after a quotation reports the video, not the quotation (was: no source)
    ('participle_with_its_own_object',
     'Cardiff lost 20-17.\n\nThe Welsh lock Rhys Morgan, who was sent off in the second half, insisted on social '
     'media that he had "never touched the ball", posting a video of the tackle with a question mark.',
     'never touched the ball', 'The Welsh lock Rhys Morgan', 'Rhys Morgan'),
    # a tagged source inside the subject phrase, without its head, is the whole subject
    # (was: "the company")
    ('tagged_source_inside_the_subject',
     'The chain reported a loss of 30 million pounds, against a profit a year earlier. Analysts polled by the '
     'company had expected a loss of 12 million pounds.',
     'a loss of 12 million', 'Analysts polled by the company', 'anonymous'),
    # a quotation that ends a sentence with its own cue before it; the next sentence's cue is not its
    # (was: the coach of the next sentence)
    ('quote_reported_earlier_in_its_sentence',
     'Lewis Grant, whose tackle drew no card, said after the match that it was "a fair challenge, nothing more." '
     'Leeds coach Dan Pryce agreed. "Lewis plays hard," he said.',
     'a fair challenge', 'Lewis Grant', 'Lewis Grant'),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, source, name", WHO_S8_SOURCE, ids=[r[0] for r in WHO_S8_SOURCE])
def test_who_said_it_s8_source_shapes(shape, text, content, source, name, mode):
    """Issue 11's source-span shapes (session 8): the attribution whose content starts nearest
    ``content`` has a source starting with ``source`` (and the speaker ``name`` when given)."""
    art = saidwhat.extract(text, mode=mode)
    hits = sorted((a for a in art.attributions if content in a.content.text),
                  key=lambda a: (a.content.text.find(content), -len(a.content.text)))
    assert hits, [a.content.text for a in art.attributions]
    src = hits[0].source
    assert src is not None and src.text.startswith(source), (shape, src)
    if name is not None:
        sp = art.speaker(hits[0].speaker_id)
        assert sp is not None and (sp.name or sp.kind) == name, (shape, sp, src)


WHO_S8_NOT_A_SOURCE = [
    # headline kickers and hearers never yield a source (issue 11)
    ('headline_kicker',
     'Bombshell: The Senate Just Gave the Governor a New Problem\n\nThe Senate voted 51-49 on Tuesday.',
     'Bombshell'),
    # the court is the hearer, not the speaker (gold rule 14)
    ('court_heard',
     'A builder has been jailed for four years for defrauding pensioners.\n\nThe court heard that Cole would '
     'knock on doors claiming to have seen loose slates on the roof.',
     'court'),
    ('headline_kicker_clause',
     'DEAL IS OFF: Union Leaders Reject the Pay Offer\n\nUnion leaders rejected the offer on Tuesday.',
     'DEAL IS OFF'),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, text, bad", WHO_S8_NOT_A_SOURCE, ids=[r[0] for r in WHO_S8_NOT_A_SOURCE])
def test_who_said_it_s8_furniture_is_no_source(shape, text, bad):
    """A headline kicker ("Bombshell:", "DEAL IS OFF:") or a court that heard is never a source."""
    for mode in ("fast", "accurate"):
        art = saidwhat.extract(text, mode=mode)
        assert not any(a.source is not None and bad in a.source.text for a in art.attributions), (
            shape, mode, [a.source.text for a in art.attributions if a.source])


# Issue 11, session 8, second nominal round: a description matched against what the article says
# of each person (title runs, appositions, posts of the same kind), salience among compatible
# people, capitalised epithets, and unnamed speakers continued (genre train series d shapes,
# invented texts); each row failed on the code before this round.
#: (shape, text, a piece of the content, the speaker's name, or "anonymous")
WHO_S8_NOMINAL2 = [
    # "Cllr" is a councillor: not the unnamed councillors who voted (was: anonymous)
    ('councillor_by_abbreviated_title',
     'Councillors in Ravensby voted on Monday to sell the old library.\n\n'
     'Cabinet member for housing Cllr Ann Pryce said the sale was "painful but necessary". The Green '
     'councillor said the money would fund 40 new homes.',
     'the money would fund', 'Ann Pryce'),
    # of two compatible people, the one whose description holds the modifier, else the last one
    # mentioned (was: anonymous)
    ('last_mentioned_compatible_councillor',
     'Councillors in Ravensby voted on Monday to sell the old library.\n\n'
     'Council leader Cllr Ann Pryce said the sale was "painful but necessary".\n\n'
     'Opposition leader Cllr Mark Tovey said the town had lost its heart. "This is a sad day," the '
     'veteran councillor said.',
     'This is a sad day', 'Mark Tovey'),
    # "the lawyer" is the post a title run calls "solicitor" (was: the defendant)
    ('lawyer_is_the_defence_solicitor',
     'Dean Roper, 44, admitted 11 counts of fraud at Chester Crown Court.\n\n'
     'Defence solicitor Kieran Moyes said his client had a gambling addiction.\n\n'
     'Judge Martin Lyle said the addiction did not explain the planning. "That is a business," the '
     'judge said.\n\n'
     'The lawyer said Roper would appeal against the sentence.',
     'Roper would appeal', 'Kieran Moyes'),
    # "The <Demonym>" the NER takes for a name: a description of the person just introduced
    # (was: a person called "Mancunian")
    ('capitalised_demonym_epithet',
     'Indie band Copperline have cancelled their summer tour.\n\n'
     'Kyle Dunn, 31, said in a video that doctors had told him to rest. The Mancunian said he was '
     '"gutted" to let fans down.',
     'gutted', 'Kyle Dunn'),
    # a holder's title in capitals ends a description, not an organisation's name; a lead's "a
    # local MSP" is the member named next (was: an organisation "MSP")
    ('lead_holder_title_named_next',
     'Island communities have been "abandoned" by the government, a local MSP claimed yesterday.\n\n'
     'Alasdair Munro, the SNP member for the Western Isles, said shops had run out of milk.\n\n'
     'Transport secretary Iona Grant told MSPs at Holyrood that she understood the anger. The '
     'Aberdeen North MSP said two new vessels would arrive next year.',
     'abandoned', 'Alasdair Munro'),
    ('former_olympian_epithet',
     'The runner-up lodged a protest on Monday.\n\n'
     'Her coach, Ben Sato, said the team had filed a complaint with the organisers. The former '
     'Olympian said he had video of the pacer at 35km.',
     'he had video of the pacer', 'Ben Sato'),
    # a named person's spokesman is an unnamed person even as a possessive mention (rule 8)
    ('possessive_spokesman_is_anonymous',
     'Singer Kyle Dunn left the band on Friday.\n\n'
     'Dunn\'s spokesman said the two had since spoken and that there was "no split".',
     'the two had since spoken', 'anonymous'),
    # a definite back-reference in other words to the unnamed previous speaker (rule 8; was: a
    # person named earlier)
    ('insider_continues_an_unnamed_source',
     'Presenter Joan Price has quit the breakfast show after eight years.\n\n'
     'But a source on the programme said relations between Price and her co-host had been "frosty". '
     'The insider claimed the two had stopped speaking off air in March.',
     'stopped speaking off air', 'anonymous'),
    ('woman_continues_an_unnamed_neighbour',
     'Builder Dean Roper, 44, was jailed for four years on Monday.\n\n'
     'A neighbour of one victim, who did not want to be named, said Roper had been "charming". The '
     'woman said she had recommended him to a friend.',
     'recommended him to a friend', 'anonymous'),
    # a lead's indefinite role, named in the next paragraph (was: anonymous)
    ('lead_member_named_next_paragraph',
     "MP attacks architect's tower plan\n\n"
     'A Green MP has launched an attack on a 40-storey tower planned for the edge of a park in east '
     'Bristol, saying it would "loom over every garden".\n\n'
     'Ruth Coles, who represents Bristol East, told the Evening Post that the council should reject it.',
     'loom over every garden', 'Ruth Coles'),
    ('lead_role_named_below_by_its_title',
     'Coroner criticises delays in death of student\n\n'
     'A coroner has said there were "repeated missed chances" to treat a student who died of sepsis '
     'after waiting nine hours in a hospital corridor.\n\n'
     'Ella Marsh, 19, died at Kent and Canterbury Hospital in March.\n\n'
     'Recording a narrative conclusion on Friday, area coroner Dr Joanne Hale said the delays had '
     'contributed to her death.',
     'repeated missed chances', 'Joanne Hale'),
]


# Issue 11, session 8, second pronoun round (PolNeAR train and genre train series d shapes, invented
# texts): the subject chain, coordinated names; each row failed on the code before this round.
WHO_S8_PRONOUN2 = [
    # "they" three sentences after coordinated names, past a subordinate-clause subject ("after Britain
    # closed them"): the first-named (rule 6; was: anonymous)
    ('they_after_coordinated_names_three_sentences_back',
     'In a new paper, three historians -- Laura Finch at the University of Oxford, Peter Marsh at the University of Leeds and Ravi Shah at the University of York -- raised a '
     'challenge to the standard account of the strike. In theory, a mining town like Barnsley recovers quickly from a closure.'
     '\n\nThey studied the records of the pits after Britain closed them in the 1980s. The promised recovery, '
     'they concluded, never came.',
     'never came', 'Laura Finch'),
    # "“….  …,” she said": the subject chain skips the quotation the pronoun attributes (was: Anne Holt)
    ('she_after_a_quote_continues_the_subject_before_the_quote',
     'Governor Anne Holt defended the budget on Monday. "We kept our promises," Holt said.\n\n'
     'A nurse who worked at the county hospital for 20 years, Maria Velde, told the Herald that managers '
     'ignored her warnings. She described a meeting with Holt in 2019.\n\n'
     '"I told them the ward was unsafe. Nobody wrote anything down," she said.',
     'I told them the ward was unsafe', 'Maria Velde'),
    # "Dunne's reply was that … She said": the named possessor of a subject that is no person (was: Joan Pike)
    ('she_after_a_thing_possessed_by_a_named_woman',
     'Health minister Clare Dunne told MPs that she understood the anger of patients.\n\n'
     'Her shadow, Joan Pike, said families had heard that promise before. "They were told this in 2017," '
     'Pike said. She accused the minister of "hiding behind the figures".\n\nDunne\'s reply was that she had visited six hospitals in a month with Dr Tom Reyes. '
     'She said she would not "take lectures" from a party that had cut funding.',
     'take lectures', 'Clare Dunne'),
    # "Footage of Rahimi again appears. “…,” he says": the person named after "of" (was: Paul Kerr)
    ('he_after_footage_of_a_named_man',
     'The video opens with a speech by the preacher Omar Rahimi, filmed in 2009. Senator Paul Kerr then '
     'appears in a clip from a rally, saying the border must close.\n\nFootage of Rahimi again appears. '
     '"The West will turn on you," he says.',
     'The West will turn on you', 'Omar Rahimi'),
    # "the government declared Kaya was a leader … He was detained. He denied": the reported clause's
    # subject when the main subject is an organisation (was: Yusuf Demir)
    ('he_after_an_organisation_declared_a_named_man',
     'President Yusuf Demir said the plotters would pay. "They will answer for this," Demir said.\n\n'
     'Demir has repeatedly called on Germany to hand over the cleric. After the riots, the Turkish government declared Kaya was a leader of the plot. He was briefly '
     'detained. He denied any role, telling reporters he had nothing to do with it.',
     'he had nothing to do with it', 'Kaya'),
]


#: Issue 11, names after a long title of office (session 8): "<Title> of|for <department> <First>
#: <Last>" names the person after the department, the title and department being the role; a
#: single name is a person's only when it is that person's last or first name. Each row: (shape,
#: text, content, speaker name, role or None); each failed on the code before this round.
WHO_S8_TITLES = [
    # the surname alone later says where the name starts (was: an organisation, the whole title)
    ('office_title_surname_later',
     'Quota talks ended without a deal on Thursday.\n\n'
     'Speaking in Port Ellery, Minister of Fisheries Tane Wharepapa said the hake quota would be cut by a fifth.\n\n'
     'Wharepapa, a former skipper, said the stocks were at their lowest in a decade.',
     'the hake quota would be cut', 'Tane Wharepapa', 'Minister of Fisheries'),
    # a known first name says where the name starts (was: an organisation, the whole title)
    ('office_title_first_name',
     'The new hospital wing will open in March.\n\n'
     'Minister for Health Stephen Calloway said the wing would add 120 beds.',
     'the wing would add 120 beds', 'Stephen Calloway', 'Minister for Health'),
    # the NER's PERSON joins the department's last word (was: "Agriculture Orla Kinsella")
    ('office_title_ner_joined_department',
     'Grants for hedgerow planting will end this year.\n\n'
     'Minister for Agriculture Orla Kinsella said the scheme had met its targets. Kinsella said farmers had been told.',
     'the scheme had met its targets', 'Orla Kinsella', 'Minister for Agriculture'),
    # a two-word department (was: "Brennock", no role)
    ('office_title_two_word_department',
     'The fraud trial collapsed on Friday.\n\n'
     'Director of Public Prosecutions Ruairi Brennock said the evidence had been lost. Brennock said an inquiry would follow.',
     'the evidence had been lost', 'Ruairi Brennock', 'Director of Public Prosecutions'),
    # "Secretary of State for …": one title, not "State for …" again (was: "Ferris", role "… Declan")
    ('office_title_of_state_for',
     'Border checks will resume next week.\n\n'
     'Secretary of State for Northern Ireland Declan Ferris told reporters the checks were temporary. '
     'Ferris said talks would continue.',
     'the checks were temporary', 'Declan Ferris', 'Secretary of State for Northern Ireland'),
    # a company's short name is not the minister who spoke before it (was: the minister)
    ('company_short_name_not_the_minister',
     'Minister of Mines Joaquín Ferraz suspended the copper licence on Monday, saying the operator, led by '
     'Lima-based Qorimet Andina, had missed deadlines. "We cannot wait forever," the 61-year-old said.\n\n'
     'Qorimet said in a statement that it had delivered every report requested.\n\n'
     'Ferraz, a former geologist, rejected that. "The reports were late," Ferraz said. '
     'Ferraz also said the licence could be restored.',
     'it had delivered every report', 'Qorimet Andina', None),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name, role", WHO_S8_TITLES, ids=[r[0] for r in WHO_S8_TITLES])
def test_who_said_it_s8_title_shapes(shape, text, content, name, role, mode):
    """Issue 11, names after a long title of office: the attribution whose content starts nearest
    ``content`` names ``name`` (with ``role`` when given)."""
    art = saidwhat.extract(text, mode=mode)
    sp, hit = _speaker_of(art, content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source)
    if role is not None:
        assert sp.role == role, (shape, sp)


@pytest.mark.model
def test_s8_title_apposition_needs_a_closed_apposition(nlp):
    """A place before ", <Title> of <department> <name> said …" is no person: the "of" phrase runs
    on into a clause, so it is no title in apposition (issue 11, genre train wire copy)."""
    from saidwhat.pipeline.speakers import named_mentions

    doc = nlp("Speaking in Port Ellery, Minister of Fisheries Tane Wharepapa said the quota, set in May, would be cut.")
    assert all(m.name != "Port Ellery" for m in named_mentions(doc))


#: Issue 11, pronouns and relative pronouns (session 9): a relative pronoun whose parsed antecedent
#: is a description in apposition to a name, the first word of a name with "for", an
#: organisation an "of" phrase attaches to a person, or a predicate noun of "be" takes the name or
#: the person
#: (:func:`saidwhat.pipeline.speakers.pronouns.relative_antecedent`); a he/she opening a sentence
#: after "But" takes the one person its paragraph names, a plural subject being no rival
#: (:meth:`~saidwhat.pipeline.speakers.pronouns.PronounRules._paragraph_person`); a reader's "I" is
#: the handle or name signed under it (:meth:`~saidwhat.pipeline.speakers.pronouns.PronounRules._signed_by`). Each row: (shape, text,
#: content, speaker name); each failed on the code before this round.
WHO_S9_PRONOUNS = [
    # "said X of the group Y, who estimated": "who" is the person, not the group (was: the group)
    ('who_after_person_of_organisation',
     'Environmental groups welcomed the move but said it did not go far enough.\n\n"Diesel is still burning '
     'at every mine," said Lena Okafor of the Lagos-based group Clean Delta, who estimated that the '
     'generators had a combined capacity of 3 gigawatts.',
     'the generators had', 'Lena Okafor'),
    # "Name for Place, a … outfit, that said": the whole name, not its first word (was: unresolved)
    ('that_after_name_with_for_and_apposition',
     'The debate was heated. Justice for Wales, a digital progressive activism outfit, that said the vote '
     'was "a disgrace", urged members to call.',
     'the vote was', 'Justice for Wales'),
    # "the Greens turned to a young lawyer, X. But he argued": the one person the paragraph names,
    # past "But" and a plural subject that cannot be "he" (was: the previous speaker)
    ('he_after_but_takes_the_one_person_of_the_paragraph',
     'Mayor Paul Ortiz opened the bridge in June. "It is a great day," Ortiz said.\n\nIn 1990, the Greens '
     'turned to a young lawyer, Dan Moretti. But he argued that the bridge was "a waste of money".',
     'a waste of money', 'Dan Moretti'),
    ('he_after_but_past_an_earlier_speaker_two_paragraphs_back',
     'In 1964 the Liberals chose an outsider, Walter Brandt, and were crushed. His rival, Hugo Lind, said '
     'the party "had lost its soul".\n\nBy contrast, the party later rebuilt its base.\n\nIn 1980, the '
     'Liberals again turned to a rural conservative, Otto Kemper. But he told voters that the party "must '
     'win the towns", and it did.',
     'must win the towns', 'Otto Kemper'),
    # a reader's post and the handle or name printed on the line under it (was: unresolved)
    ('i_signed_by_the_handle_on_the_next_line',
     'TWITTER.\n\nWe asked our followers what they thought of the mayor\'s new bus plan.\n\nI think this plan '
     'is too little too late, and it will not win back riders.\n\n@riverfan22.\n\nIt is a good start. Let the '
     'buses roll.\n\n@kate_on_wheels.',
     'this plan is too little', '@riverfan22'),
    ('i_signed_by_the_name_on_the_next_line',
     'Letters to the editor.\n\nI believe the council should listen to the parents before it closes the '
     'school.\n\nMargaret O. Delaney.\n\nSpringfield.',
     'the council should listen', 'Margaret O. Delaney'),
    # "X is a retired teacher who says": the subject the predicate noun describes (was: anonymous)
    ('who_after_predicate_noun_of_a_named_subject',
     'The school board met on Monday. Mayor Ann Ruiz opened the session.\n\nTom Hale is a retired '
     'teacher who says the school "has lost its way".',
     'has lost its way', 'Tom Hale'),
]


# Issue 11, session 9 (documents): a document's maker as the article names it (rule 13 of
# gold/speakers/README.md); each row failed on the code before this round (`documents._S9_DOCUMENTS`),
# save the anonymous petition, a guard that the new petition rule keeps an unnamed starter anonymous.
WHO_S9_DOCUMENTS = [
    ('petition_started_by_named_person',
     'The town pool will close in June, the council said. More than 3,000 people have signed a petition.\n\n'
     'The petition, started by parent Maria Delgado, urges the council to keep the pool open. '
     'She said she would hand it in next week.',
     'to keep the pool open', 'Maria Delgado'),
    ('petition_started_by_unnamed_people_is_anonymous',
     'The club lost the replay on penalties.\n\n'
     'A petition started by two supporters calls on the league to review the goal. '
     'It had 9,000 signatures by Monday.',
     'the league to review the goal', 'anonymous'),
    ('textbook_of_no_named_body_is_none',
     'Relations between the two countries have warmed, officials in Cairo said.\n\n'
     'A Jordanian textbook just published for secondary schools describes "the value of trade with our '
     'neighbours" in a new chapter.',
     '"the value of trade with our', 'unresolved'),
    ('described_possessor_of_figures_is_the_named_body',
     'Lowmoor Food Festival said it had sold out for the first time. The festival said queues had formed before dawn.\n\n'
     'The novelist Ann Kerr, who opened the festival, said readers were "hungry for stories".\n\n'
     'According to the festival\'s own figures, children\'s books made up a third of sales.',
     "children's books made up", 'Lowmoor Food Festival'),
    ('study_takes_the_body_its_researchers_work_at',
     'Daily walks may cut the risk of heart disease in older adults, according to a large study published on '
     'Tuesday.\n\nResearchers at the University of Castlemere followed 40,000 people for ten years.\n\n'
     'The study found that the benefit held for people who started walking after 70.',
     'that the benefit held', 'University of Castlemere'),
    ('county_land_records_are_the_county',
     'The developer, Arlo Finch, said the sale was legal.\n\n'
     'Marion County land records show that the company sold the site for $2 million a week later.',
     'that the company sold the site', 'Marion County'),
]


# Issue 11, session 9, nominals and organisation descriptions (genre train shapes, invented texts):
# the home country of a datelined article, organisation words that are never a person (an event, a
# band), a headline's kind word, a colleague's post, the i-within-i condition; each row failed on the
# code before this round (`nominals._S9_NOMINALS`,
# `org_descriptions._S9_NOMINALS`).
WHO_S9_NOMINALS = [
    # a nationality of the country a datelined article is set in fits a post the article gives
    # without a nationality (was: unresolved)
    ('home_country_nationality',
     'LIMA, June 3 (Reuters) - Peru has halted a copper mine permit pending a review, the government '
     'said on Monday. Peru wants more oversight of water use.\n\n'
     'Speaking to reporters, Minister of Energy Carlos Rivas said the permit lacked water studies.\n\n'
     'Rivas, a former engineer from Cusco, defended the move. "We follow the law," the Peruvian '
     'minister told reporters.\n\nPeru produces a tenth of the world\'s copper, and Peru exports most of it.',
     'We follow the law', 'Carlos Rivas'),
    # an event word is the event the article names, never a person (was: the coach)
    ('the_race_is_the_event',
     'Alice Wanjiru finished second on Sunday.\n\n'
     'Her coach, Peter Ochieng, said the team had complained to the Lisbon Marathon. The former '
     'sprinter said he had video of the pacer.\n\n'
     'The race said in a statement that pacing had followed the rules and that no protest had been upheld.',
     'pacing had followed the rules', 'Lisbon Marathon'),
    # a band introduced by its kind ("Folk rockers X") is "the band" and "the trio", not its
    # singer (was: the singer; unresolved)
    ('the_band_is_the_act',
     'Folk rockers Tidewell have cancelled their spring tour, with the band\'s singer saying he was exhausted.\n\n'
     'Singer Sam Reid, 29, said in a video that doctors had told him to rest. The Londoner said he was sorry '
     'to let fans down.\n\n'
     'The band said in a statement that all of its dates had been postponed. The trio added that the '
     'decision had been unanimous.',
     'all of its dates had been postponed', 'Tidewell'),
    ('the_trio_is_the_act',
     'Folk rockers Tidewell have cancelled their spring tour, with the band\'s singer saying he was exhausted.\n\n'
     'Singer Sam Reid, 29, said in a video that doctors had told him to rest. The Londoner said he was sorry '
     'to let fans down.\n\n'
     'The band said in a statement that all of its dates had been postponed. The trio added that the '
     'decision had been unanimous.',
     'the decision had been unanimous', 'Tidewell'),
    # a standfirst's bare organisation word is the organisation the body names (was: the words
    # themselves, as a name)
    ('standfirst_kind_word',
     'Pellow Outdoor shares fall 12% after profit warning\n\n'
     'Furniture group blames wet summer and delays at Tilbury\n\n'
     'By Jo Marsh\n\n'
     'Shares in Pellow Outdoor Group fell sharply on Thursday after the garden furniture retailer cut its '
     'profit forecast for the second time this year.',
     'wet summer and delays', 'Pellow Outdoor Group'),
    # "Her colleague X" holds the post of the person named before, and the previous speaker wins
    # among two holders (was: the first council member)
    ('colleague_shares_the_post',
     'Council member Ruth Okafor, who represents the north ward, said the depot plan was "overdue".\n\n'
     'Her Labour colleague Denis Hart, who voted against, said the council had ignored local traders. '
     '"We are not against the depot. We are against the site," the three-term member said.',
     'We are not against the depot', 'Denis Hart'),
    # a name inside the description's own relative clause is not its referent (was: the agency
    # the NER took for a person in the headline)
    ('no_referent_inside_own_relative_clause',
     'Dead Korva satellite came within 40 metres of Japanese probe, agencies confirm\n\n'
     'A defunct Korva weather satellite came within 40 metres of a Japanese probe last week, the two '
     'agencies said on Monday.\n\n'
     'Korva said in a statement that it had tracked the satellite for years.\n\n'
     'Dr James Whitfield, Korva\'s orbital debris manager, said the agency supported "stronger norms". '
     'The engineer, who joined Korva from the US Air Force in 2008, said lessons had been learned.',
     'lessons had been learned', 'James Whitfield'),
]


# Issue 11, session 9 (names): full and partial names resolved to the wrong form or entity (rule 1 of
# gold/speakers/README.md: the fullest form the article uses; rule 6: a joint name stays joint); each row
# failed on the code before this round (`ner_fix._S9_NAMES`, `entities._S9_JOINT`), save the guard.
WHO_S9_NAMES = [
    # an organisation name ending in a place the NER tagged alone (was: the place)
    ('org_name_ending_in_place_ner_cut',
     'Screening rates fell again last year.\n\nChildcare Scotland said the fall was "deeply worrying" and '
     'urged councils to act.',
     'the fall was', 'Childcare Scotland'),
    # the same, with an apposition after the name (was: the place)
    ('org_name_ending_in_place_with_apposition',
     'Floods cut off three villages.\n\nCaritas Kenya, the relief arm of the Catholic Church, said food '
     'would reach them on Monday.',
     'food would reach', 'Caritas Kenya'),
    # a first-word short form of a name the NER tags ORG, no kind word in it (was: the short form)
    ('short_form_of_ner_organisation',
     'Orrin Robotics announced a deal with Larkspur Health to place robots in 12 hospitals.\n\nLarkspur said '
     'the machines would free nurses for patient care.',
     'the machines would', 'Larkspur Health'),
    # a club called by its name's last word (was: the short form)
    ('club_called_by_last_word',
     'Holt scored twice as Ashcombe United beat Fenwick Rovers 3-1 on Saturday.\n\nRovers said they would '
     'appeal against the red card shown to their captain.',
     'they would appeal', 'Fenwick Rovers'),
    # a bulleted line: the bullet is no part of the name, the first name is (was: the surname)
    ('bulleted_roundup_first_name_left_out',
     'POLL ROUNDUP\n\n-Tessa Quinlan argues that turnout models missed young voters. [Medium.]\n\n-Rory '
     'Vance says the margin was never safe. [Blog.]',
     'turnout models missed', 'Tessa Quinlan'),
    # a joint name the article uses stays joint, rule 6 (was: the first person)
    ('joint_name_of_couple_stays_joint',
     'Omar and Leila Haddad, the parents whose son died in the crash, say they want a public '
     'inquiry.\n\nOmar Haddad, 58, runs a bakery.',
     'they want a public', 'Omar and Leila Haddad'),
    # a plural surname is the joint name, rule 6 (was: the plural as a name)
    ('plural_surname_is_the_joint_name',
     'Omar and Leila Haddad lost their son in the crash.\n\nOmar Haddad, 58, runs a bakery in the '
     'town.\n\nThe Haddads said they would keep campaigning until the road was made safe.',
     'they would keep', 'Omar and Leila Haddad'),
    # a joint name in apposition to a possessed group, rule 6 (was: the first name alone)
    ('joint_name_in_apposition_to_possessive_group',
     "The ship sank in 1871. The captain's descendants, Marco and Ilse Brandt, said the wreck should stay "
     'where it lies.',
     'the wreck should', 'Marco and Ilse Brandt'),
    # a full name with a mojibake surname the NER tags CARDINAL opens the source (was: anonymous)
    ('name_opening_source_with_garbled_surname',
     "Talks stalled in May.\n\nJoaquin FerrÃ\x83Â¡ndez, Chile's envoy to the talks from 2009 to 2013, said "
     'the offer was weak. FerrÃ\x83Â¡ndez later left the post.',
     'the offer was weak', 'Joaquin FerrÃ\x83Â¡ndez'),
    # a title word, a known first name and a surname the NER left untagged (was: the previous speaker)
    ('titled_name_the_ner_missed',
     'The board voted 4-1 to approve the plan.\n\nThe public defender, Omar Reyes, said the jail was already '
     'full.\n\nBoard Chair Dennis Kearney said the county had no choice.',
     'the county had no', 'Dennis Kearney'),
    # guard: two full names sharing a surname are no joint name; the first-named (rule 6)
    ('guard_two_full_names_take_the_first',
     'The farm flooded twice this winter.\n\nTom Reid and Ana Reid, who run it with their son, said the '
     'river had never risen so fast.',
     'the river had never', 'Tom Reid'),
]


@pytest.mark.model
@pytest.mark.parametrize("role, text, name", [
    ("Bernstein analyst", "Shares in Orvane fell 9 per cent.\n\nBernstein analyst Priya Raman said the forecast was "
                          "cautious.", "Priya Raman"),
    ("Unite organiser", "The union rejected the offer.\n\nUnite organiser Sarah Collins said members would strike.",
     "Sarah Collins"),
])
def test_s9_source_cut_before_name_takes_the_name(nlp, role, text, name):
    """A source span that stops at a role noun right before a full name ("Bernstein analyst" |
    "Priya Raman said …") is that person (issue 11 session 9, genre train business copy; was: the
    firm, or no speaker)."""
    from saidwhat.pipeline.speakers import SpeakerResolver

    r = SpeakerResolver(nlp(text))
    a = text.find(role)
    key = r.resolve(a, a + len(role), None)
    assert r.entities[key].name == name


# Issue 11, session 9 round 2 (quote runs and continuing pronouns, `pronouns._S9_RUNS`): each row
# failed on the code before this round, save the last, a guard for the trailing-apposition hook
# the quote-run rule needs (it makes the letter writer the previous speaker).
WHO_S9_RUNS = [
    # a paragraph that is quotation from end to end continues the quote run before it: its "I" is
    # that run's speaker, not the writer (was: unresolved)
    ('i_in_a_cueless_paragraph_of_a_quote_run',
     'The inquiry heard from Tom Reeve, the depot’s former safety officer, who said he had warned '
     'managers twice.\n\nMr Reeve said he had been told to ‘stop making noise’. ‘She was in charge,’ he said. '
     '‘I had no reason to doubt her.\n\n‘I wish I had gone to the regulator. I think about the drivers every day.’'
     '\n\nThe hearing continues on Friday.',
     'the drivers every day', 'Tom Reeve'),
    # "X's letter adds: ‘…. ¶ ‘We have asked …’": the letter's writer (was: unresolved)
    ('we_in_a_cueless_paragraph_after_a_letter',
     'A rescue charity is to end its patrols next summer.\n\nIn a letter to councillors, the charity’s director, '
     'Ruth Mallory, said the cut had been ‘a heavy blow’.\n\nMs Mallory’s letter adds: ‘We will not send '
     'volunteers out without the right kit.\n\n‘We have asked for a meeting three times since May. We have had '
     'no answer.’\n\nThe council said it had no money left.',
     'a meeting three times', 'Ruth Mallory'),
    # "The researchers said … However, they warned": the lead author the group stood for, rule 12
    # (was: anonymous)
    ('they_continues_researchers_that_took_the_lead_author',
     'Coffee drinkers had fewer strokes, a study has found.\n\nThe research was led by Dr Nina Hale, an '
     'epidemiologist at the university, who said the effect was "modest but real".\n\n"We are not saying '
     'coffee prevents strokes," Dr Hale said.\n\nThe researchers said the results held after they adjusted '
     'for age and income. However, they warned that the study could not prove cause and effect.',
     'the study could not prove', 'Nina Hale'),
    # a parenthetical "he said" inside unquoted speech continues the paragraph's subject, not the
    # speaker of the quote before (was: the previous speaker)
    ('parenthetical_he_said_takes_the_paragraph_subject',
     'Rovers lost 2-1 at home on Saturday.\n\nFerris, who was booked after the final whistle, was asked '
     'whether he feared a ban.\n\n“Ban me. I don’t care,” he said. “Somebody has to say it.”\n\nDoyle, leaving '
     'the ground an hour later, smiled when told of his rival’s words. The chairman and he have talked about '
     'a new contract, he said, but nothing had been agreed.',
     'The chairman and he have talked', 'Doyle'),
    # "X's letter … said …. It also said": the document's writer again, rule 13 (was: an
    # organisation named nearby)
    ('it_after_a_letter_takes_its_writer',
     'A woman died after waiting nine hours outside Wexford General Hospital.\n\nHer son, Paul Lowe, 50, said '
     'nobody had apologised.\n\nThe Wexford Hospitals Trust said its wards had been full. Its chief executive, '
     'Dr Sam Adeyemi, said he was \'deeply sorry\'.\n\nDr Adeyemi\'s letter to the family, seen by the Echo, '
     'said the hospital had \'fallen short\'. It also said nurses had checked on Mrs Lowe \'every hour\'.',
     'nurses had checked', 'Sam Adeyemi'),
    # "Name, a spokesman for Org, who confirmed": the person the apposition describes (was: the firm)
    ('who_after_a_spokesman_for_an_organisation',
     'The council has approached a private firm, Seaview Leisure, about a paid service. Dan Hollis, a '
     'spokesman for Seaview Leisure, who confirmed that talks had taken place, said the firm would not comment.',
     'talks had taken place', 'Dan Hollis'),
]
WHO_S9_RUNS += [
    # a full name closing the mention in apposition, past a list inside the description: the name,
    # not the previous speaker (a guard: the quote run above makes that speaker the previous one)
    ('name_after_a_description_with_a_list',
     'A rescue charity is to end its patrols next summer.\n\nIn a letter to councillors, the charity’s chief '
     'executive, Ruth Mallory, said the cut had been ‘a heavy blow’.\n\nMs Mallory’s letter adds: ‘We will not '
     'send volunteers out without the right kit.\n\n‘We have asked for a meeting three times since May. We have '
     'had no answer.’\n\nKent County Council’s cabinet member for parks, libraries and leisure, Cllr Helen '
     'Marsh, said the authority had faced ‘impossible choices’.',
     'the authority had faced', 'Helen Marsh'),
]


# Issue 11, session 9 (people): descriptions of people on unseen text (`nominals._S9_PEOPLE`); each
# row failed on the code before this round.
WHO_S9_PEOPLE = [
    # a past post is not its sitting holder: the topic person who once held it (was: the striker)
    ('former_post_not_sitting_holder',
     'Dunmore Town striker Piotr Nowak went down in the box late on, and Nowak scored the penalty.\n\n'
     'Harbour City manager Alan Pike was furious. "That is never a penalty," he said.\n\n'
     'The former striker, who played 300 games in midfield and attack, said officials had been fooled.',
     'officials had been fooled', 'Alan Pike'),
    # a former post nobody holds: the topic person of the paragraph, not the previous speaker
    # (was: the chief executive who spoke before)
    ('former_post_topic_person',
     'Harlow Foods chief executive Mark Selby said the bid was fair. "We have offered a good price," he said.\n\n'
     'Keswick Mills\' chief executive, Ruth Alder, was unimpressed. "It is far too low," the former sales '
     'chief told reporters.',
     'It is far too low', 'Ruth Alder'),
    # a club and a position: the club's manager is not its defender (was: the manager)
    ('club_position_not_manager',
     'Ashvale United manager Tony Brennan blamed the referee after a 2-1 defeat, saying the penalty was "a joke".\n\n'
     'Brennan said the club would appeal.\n\n'
     'Jack Ferris, 24, was calmer. "I might have clipped him," the Ashvale defender said.',
     'might have clipped him', 'Jack Ferris'),
    # a place named in the description says whose mayor, and is not the speaker (was: the place)
    ('place_modifies_mayor',
     'Maple Falls Mayor Linda Farrow said on Monday that the river bridge should be shared.\n\n'
     'Pine Hollow Mayor Ed Grant disagreed. "We paid for the last repair," he said.\n\n'
     '"If Maple Falls wants a fight, we will see them in court."\n\n'
     'Asked about the bill on Tuesday, the Maple Falls mayor said she would "see them in court".',
     'see them in court', 'Linda Farrow'),
    # a kin description in the headline, named below (was: unresolved)
    ('kin_description_named_later',
     'Daughter of man who died in hospital corridor says nurses were "exhausted"\n\n'
     'The daughter of a 79-year-old man who died after waiting 14 hours on a trolley has said staff were '
     '"overwhelmed" and "close to tears".\n\n'
     'Arthur Lowe, a retired postman, was taken to hospital in March. His daughter, Karen Lowe, 51, said '
     'she had complained to the trust.',
     'exhausted', 'Karen Lowe'),
    # a nationality the person's resolved description gave; an organisation's short form the NER
    # calls a person is not "the Norwegian" (was: the company)
    ('nationality_from_resolved_description',
     'Nordwing Air has bid for Baltic rival Kestra Airlines.\n\n'
     'Nordwing chief executive Ingrid Dahl said she was "disappointed" the bid was rejected.\n\n'
     'The 52-year-old, a former Norwegian navy officer who founded Nordwing in 2009, added that the airline '
     'would keep its base.\n\n'
     'Kestra\'s chief executive, Tomas Bergs, said the bid was "far too low".\n\n'
     'Asked whether Nordwing would raise its bid, the Norwegian said only: "We will talk to shareholders."',
     'We will talk to shareholders', 'Ingrid Dahl'),
    # the lead's opening description, with a nationality and a person noun outside the role lists,
    # is the person named next (was: unresolved)
    ('lead_description_named_next',
     'Chemist who leaked drug trial data admits fraud\n\n'
     'The Dutch chemist at the centre of a drug trial scandal has said he forged two of the documents.\n\n'
     'In a statement to the court, Pieter van Dam, 51, said that he regretted "every page".\n\n'
     'Prosecutor Anne Ruiz said the case was closed.',
     'he forged two of the documents', 'Pieter van Dam'),
    # a standfirst's bare role in sentence case, named below with a title between the comma and the
    # name ("Its lead author, Dr X,") (was: unresolved)
    ('standfirst_role_named_below',
     'Night shifts linked to poorer memory in nurses, study finds\n\n'
     'Lead author says the effect is "small but real", but other scientists urge caution over the findings\n\n'
     'By Sam Okoro, Science Reporter\n\n'
     'Nurses who worked night shifts for ten years or more scored lower on memory tests, according to a study '
     'published on Tuesday.\n\n'
     'Researchers at the University of Kelston followed 40,000 nurses for two decades.\n\n'
     'Its lead author, Dr Maria Lund, said the effect was "small but real". She said rotas could be changed.',
     'the effect is', 'Maria Lund'),
]


# Issue 11, session 9 second name round (names, possessives and documents on genre train series f:
# `names._S9_NAMES2`, `entities._S9_JOINT2`, `documents._S9_DOCUMENTS2`): each row failed on the code
# before this round, save the last, a guard.
WHO_S9_NAMES2 = [
    # a full name the NER split at a no-break space, after a title (was: the surname alone)
    ('judge_name_split_by_no_break_space',
     'The trial of two former directors of Kelso Freight opened on Monday.\n\nJudge Miriam\xa0Ostrander told the '
     'jurors they must ignore anything they had read about the case. The judge said the trial would last six weeks.',
     'they must ignore', 'Miriam Ostrander'),
    # a first name the NER tagged alone, its surname untagged, then "Ms <surname>" (was: the surname alone)
    ('first_name_split_from_untagged_surname',
     'Hillside Coaches, whose owner, Gail\xa0Brathwaite, drove the route for a decade, said it could take over '
     'some journeys.\n\nMs Brathwaite said the firm had not been offered a contract. "We would do it '
     'tomorrow," she said.',
     'the firm had not', 'Gail Brathwaite'),
    # a place's possessive before a ministry's full name (was: the place)
    ('place_possessive_before_ministry_name',
     'Fishing crews in the north sea face new limits.\n\nNorway\'s Ministry of Trade, Industry and Fisheries said '
     'the quota would be cut by a fifth.',
     'the quota would', 'Ministry of Trade, Industry and Fisheries'),
    # a club the NER tags PERSON, with "Rovers captain <name>" in the article (was: the captain)
    ('club_tagged_person_with_captain_role',
     'Millbrook Rovers lost 2-1 at Ashcombe United on Saturday.\n\nRovers captain Dean Mallory said the '
     'goal should have stood.\n\nMillbrook Rovers said they would write to the league.',
     'they would write', 'Millbrook Rovers'),
    # a document from a described body the article named before (was: the description as a name)
    ('described_maker_of_a_press_release',
     'Scientists at the Utrecht Soil Institute found that worm numbers fell by half.\n\nA press release '
     'from the Dutch institute said the decline was "steep and sudden".',
     'the decline was', 'Utrecht Soil Institute'),
    # a described possessor whose word is inside the body's name, not its last word (was: no speaker)
    ('described_possessor_inside_the_name',
     'Schools Inspectorate Scotland visited the academy in March.\n\nAccording to the inspectorate’s report, '
     'pupils had lost 40 teaching days to staff absence.',
     'pupils had lost', 'Schools Inspectorate Scotland'),
    # a study by scientists at two bodies, the parser taking the second as the object: the first-named
    # (rule 6; was: the second body)
    ('study_by_scientists_at_two_bodies_first_named',
     'Warmer seas are pushing cod north, according to a study published on Monday.\n\nThe study, by scientists at '
     "Sweden's Lysekil Institute for Marine Research and Finland's Aland Marine Laboratory, appears in the "
     'journal Marine Ecology Letters. It found that catches had moved 200km in a decade.',
     'Warmer seas are pushing', 'Lysekil Institute for Marine Research'),
    # guard: a document of another kind after an owned report has no author stated (rule 13)
    ('guard_other_document_has_no_author',
     'According to the council’s report, pupils had lost 40 days. Harbridge Council said it would act.\n\n'
     'The indictment alleges that the claims were false.',
     'the claims were false', None),
]


@pytest.mark.model
def test_s9_organisation_and_lower_case_body_take_the_first(nlp):
    """"Pennant Link and the combined authority said in a joint statement": a joint source of a
    named organisation and a body in lower case is the first-named (rule 6; issue 11 session 9,
    genre train series f; was: no speaker)."""
    from saidwhat.pipeline.speakers import SpeakerResolver

    text = ("Fares rose again.\n\nPennant Link and the combined authority said in a joint statement that talks "
            "would go on.")
    m = "Pennant Link and the combined authority"
    r = SpeakerResolver(nlp(text))
    a = text.find(m)
    key = r.resolve(a, a + len(m), None)
    assert r.entities[key].name == "Pennant Link"


@pytest.mark.parametrize("text, appos, expected", [
    ("Lakemoor Capital, Harbour’s largest shareholder, said", ", Harbour’s largest shareholder,", True),
    ("Lakemoor Capital, the largest shareholder, said", ", the largest shareholder,", False),
    ("Lakemoor Capital, the fund, said", ", the fund,", False),
])
def test_s9_possessor_in_apposition(text, appos, expected):
    """The apposition after an organisation's name that opens with a possessor ("Lakemoor Capital,
    Harbour’s largest shareholder,") describes the head name: the possessor is not the speaker
    (issue 11 session 9, genre train series f; was: the possessor)."""
    from saidwhat.pipeline.speakers.names import possessor_in_apposition

    a = text.find(appos)
    assert possessor_in_apposition(text, a, a + len(appos)) is expected


# Issue 11, session 9 (organisation descriptions, `organisations._S9_ORGS`): each row failed on the code
# before this round, in both modes.
WHO_S9_ORGS = [
    # a standfirst's "<Nationality> carrier's board" is the airline the article writes with the
    # nationality (was: the description's words as a name)
    ('standfirst_nationality_carrier_board',
     'Vestra Air makes bid for Latvian rival Daugava Airlines\n\n'
     'Latvian carrier\'s board says offer is far too low\n\n'
     'Vestra Air has made an offer for Daugava Airlines, the Oslo-based carrier said on Friday.\n\n'
     'Daugava\'s board rejected the approach within hours.\n\n'
     'The Latvian Cabin Workers\' Union, which represents 900 Daugava staff, said it opposed the deal.',
     'offer is far too low', 'Daugava Airlines'),
    # the organisation of the paragraph's person subject ("X chief executive Y rejected …") (was: the
    # description's words as a name)
    ('place_based_firm_after_its_chief_executive',
     'Peru suspended a copper contract with Canada\'s Osprey Copper Corp on Friday, Mining Minister Luis '
     'Quispe said.\n\n'
     'Osprey chief executive Dana Holt rejected the accusations. The Toronto-based firm said it had met every '
     'deadline.',
     'it had met every deadline', 'Osprey Copper Corp'),
    # "the streaming service": the organisation of the sentence, a name coordinated with a tagged one
    # (was: unresolved)
    ('streaming_service_in_its_sentence',
     'Director Anna Bright has accused Vesper+ of killing her drama Tidewater, days after the streaming service '
     'said the show would not return.\n\n'
     'Tidewater is still available on Vesper+ and Albion Player.',
     'the show would not return', 'Vesper+'),
    # "The operator" of the paragraph before, named as the agent of "plans by" (was: unresolved)
    ('operator_named_as_an_agent_before',
     'Councillors have united to oppose plans by Moorland Connect to withdraw two bus routes serving villages '
     'above Hebden Bridge.\n\n'
     'The operator told the council last month that the services would end in March.\n\n'
     'Moorland Connect said later that all options remained open.',
     'the services would end in March', 'Moorland Connect'),
    # "the <Place> council" is the article's "<Place> City Council" (was: "Alder Falls council")
    ('place_council_is_the_named_city_council',
     'The mayor told the Pine Hollow City Council on Monday that the town would stop paying.\n\n'
     'The Cedar Creek City Council said it remained committed to the deal. Across the river, the Pine Hollow '
     'council said it would hire an outside engineer.',
     'it would hire an outside engineer', 'Pine Hollow City Council'),
    # a bare "union" in the standfirst is the union named below, a "Workers" name (was: unresolved)
    ('standfirst_union_is_the_workers_alliance',
     'Harbour Clinics agrees takeover by rival Greystone Care\n\n'
     'Deal would create a large hospital group, as union warns of job cuts\n\n'
     'Harbour Clinics has agreed to be bought by Greystone Care, the two firms said on Monday.\n\n'
     'The Care Workers Alliance, which represents staff at the two groups, said it feared redundancies.',
     'job cuts', 'Care Workers Alliance'),
]


def test_s9_orgs_named_body_words_never_fit_unknown_kinds():
    """"the ministry", "the council" is never an organisation of unknown kinds (a company the NER
    tagged with no kind word: "Kestrel employs 900 people, according to the ministry"); other
    organisation words still fit one (issue 11 session 9, genre train series f)."""
    from saidwhat.pipeline.speakers.org_descriptions import OrgDescriptionRules

    assert not OrgDescriptionRules._fits_word("ministry", set())
    assert not OrgDescriptionRules._fits_word("council", set())
    assert OrgDescriptionRules._fits_word("firm", set())
    assert OrgDescriptionRules._fits_word("ministry", {"ministry"})


@pytest.mark.model
def test_s9_orgs_nationality_word_is_no_short_form_and_board_by_its_title(nlp):
    """A nationality word opening a union's name is no short form of it ("the Latvian carrier" is
    no mention of the Latvian Cabin Workers' Union), and "The board" is the body named "… Board"
    just before it (issue 11 session 9, genre train series f)."""
    from saidwhat.pipeline.speakers import SpeakerResolver

    text = ("Vestra Air makes bid for Latvian rival Daugava Airlines\n\n"
            "The Latvian Cabin Workers' Union, which represents 900 Daugava staff, said it opposed the deal.\n\n"
            "In a statement, the Latvian carrier said the offer was too low.\n\n"
            "The Officiating Standards Board, which oversees the exchange, said it was correct. The board added "
            "that it would publish the file.")
    r = SpeakerResolver(nlp(text))
    carrier = text.find("Latvian carrier")
    assert all(carrier not in ref.starts for ref in r.org_refs()), [(x.name, x.starts) for x in r.org_refs()]
    at = text.find("The board")
    toks = [t for t in r.doc.char_span(at, at + len("The board"))]
    key = r._titled_body(toks, at)
    assert key is not None and r.entities[key].name == "Officiating Standards Board"


# Issue 11, session 8: the shape tables of the session's rounds (pronouns, documents and
# organisations, organisation descriptions, second pronoun round), one row per shape, invented texts;
# each row failed on the code before its round.
WHO_S8 = [(table, *row) for table, rows in (
    ("pronoun", WHO_S8_PRONOUN), ("docs", WHO_S8_DOCS), ("orgdesc", WHO_S8_ORGDESC),
    ("pronoun2", WHO_S8_PRONOUN2)) for row in rows]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("table, shape, text, content, name", WHO_S8, ids=[f"{r[0]}-{r[1]}" for r in WHO_S8])
def test_who_said_it_s8_shapes(table, shape, text, content, name, mode):
    """The attribution whose content starts nearest ``content`` names ``name`` (a person's or an
    organisation's name, or its kind such as ``anonymous``)."""
    art = saidwhat.extract(text, mode=mode)
    sp, hit = _speaker_of(art, content)
    assert sp is not None and (sp.name or sp.kind) == name, (table, shape, sp, hit.source)


# Issue 11, session 8: the two nominal rounds (epithets, captions skipped, rule 16 first names,
# indefinite roles named later, headline labels, bare groups; descriptions matched against title runs
# and appositions, salience among compatible people, unnamed speakers continued, lead roles named below).
WHO_S8_NOMINALS = [(table, *row) for table, rows in (
    ("nominal", WHO_S8_NOMINAL), ("nominal2", WHO_S8_NOMINAL2)) for row in rows]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("table, shape, text, content, name", WHO_S8_NOMINALS,
                         ids=[f"{r[0]}-{r[1]}" for r in WHO_S8_NOMINALS])
def test_who_said_it_s8_nominal_shapes(table, shape, text, content, name, mode):
    """The attribution whose content starts nearest ``content`` is a person named ``name``, or
    ``anonymous`` with no name."""
    art = saidwhat.extract(text, mode=mode)
    sp, hit = _speaker_of(art, content)
    want = ("anonymous", None) if name == "anonymous" else (sp.kind if sp else None, name)
    assert sp is not None and (sp.kind, sp.name) == want, (table, shape, sp, hit.source)


# Issue 11, session 9: every shape table of the round (pronouns, documents, nominals, names, quote runs,
# people, names round two, organisations), one row per shape, invented texts; each row failed on the
# code before its rule (the table's comment says which switch), save the rows marked as guards.
WHO_S9 = [(table, *row) for table, rows in (
    ("pronouns", WHO_S9_PRONOUNS), ("documents", WHO_S9_DOCUMENTS), ("nominals", WHO_S9_NOMINALS),
    ("names", WHO_S9_NAMES), ("runs", WHO_S9_RUNS), ("people", WHO_S9_PEOPLE), ("names2", WHO_S9_NAMES2),
    ("orgs", WHO_S9_ORGS)) for row in rows]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("table, shape, text, content, name", WHO_S9, ids=[f"{r[0]}-{r[1]}" for r in WHO_S9])
def test_who_said_it_s9_shapes(table, shape, text, content, name, mode):
    """The attribution whose content starts nearest ``content`` names ``name`` (a person's or an
    organisation's name, or the kind ``anonymous``/``unresolved``); ``None``: no named speaker."""
    art = saidwhat.extract(text, mode=mode)
    sp, hit = _speaker_of(art, content)
    where = (table, shape, sp, hit.source if hit is not None else None)
    if name is None:
        assert sp is None or sp.name is None, where
    else:
        assert sp is not None and (sp.name or sp.kind) == name, where


# Session 10 (gender of unseen first names, `coref._S10_GENDER`): a first name outside the short
# lists gets its gender from the larger list (speakers/data/first_names.tsv, from nomquamgender), so
# "she" after two people takes the woman, though the man was named last; each row failed before.
WHO_S10_FIRST_NAMES = [
    ('she_takes_the_woman_named_first',
     'Fiona Grant runs the harbour trust. Neil Mackie chairs the fishermen\'s association.\n\n"The quay '
     'must be rebuilt before the winter storms," she said.',
     'The quay must be rebuilt', 'Fiona Grant'),
    ('he_takes_the_man_named_first',
     'Neil Mackie runs the harbour trust. Fiona Grant chairs the fishermen\'s association.\n\n"The quay '
     'must be rebuilt before the winter storms," he said.',
     'The quay must be rebuilt', 'Neil Mackie'),
    ('she_takes_the_woman_international_names',
     'Ingrid Solberg leads the union. Derek Ochieng manages the depot.\n\n"The drivers deserve better '
     'pay," she said.',
     'The drivers deserve better', 'Ingrid Solberg'),
]


def test_s10_first_name_gender_loader():
    from saidwhat.pipeline.coref import first_name_gender

    assert first_name_gender("Fiona") == "f" and first_name_gender("ingrid") == "f"
    assert first_name_gender("Neil") == "m" and first_name_gender("Bjørn") == "m"  # accents folded
    assert first_name_gender("Zoë") == "f"
    # ambiguous (p(gf) between the cuts) or unknown: no gender
    assert first_name_gender("Jordan") is None and first_name_gender("Jean") is None
    assert first_name_gender("Kim") is None and first_name_gender("Xqzvw") is None


# Session 10, international names (names._S10_INTL_NAMES): hyphenated given names the NER splits, lower-case
# surname particles, a surname the lemmatiser reads as "say", post-nominal letters as evidence of a name,
# a particle surname written alone at a sentence's start. Invented texts; each row fails with the switch off.
WHO_S10_INTL_NAMES = [
    ("hyphen_given", "Ji-woo Kim said the vaccine worked. Kim, a virologist, said trials were ongoing.",
     "trials were ongoing", "Ji-woo Kim"),
    ("hyphen_given_split", "The club's head coach, Seo-yeon Tanaka, said the squad was ready for the final.",
     "the squad was ready", "Seo-yeon Tanaka"),
    ("particle_sayed", "“The ruling is a disgrace,” said Hoda el-Sayed, a lawyer for the family. Ms el-Sayed said "
     "she would appeal.", "she would appeal", "Hoda el-Sayed"),
    ("post_nominal", "Ifeoma Adekunle KC said the sentence was unduly lenient and would be referred.",
     "the sentence was unduly lenient", "Ifeoma Adekunle"),
    ("particle_alone", "Lucia de la Vega said prices had risen. De la Vega, 54, added that rents were "
     "climbing too.", "that rents were climbing", "Lucia de la Vega"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, text, content, name", WHO_S10_INTL_NAMES, ids=[r[0] for r in WHO_S10_INTL_NAMES])
def test_s10_international_names(shape, text, content, name):
    """The attribution whose content starts nearest ``content`` names the person ``name``."""
    art = saidwhat.extract(text, mode="fast")
    sp, hit = _speaker_of(art, content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source)


# Session 10, organisation descriptions (organisations._S10_ORGS): a nationality or place modifier fits
# the body whose own name holds the place (a source running on into "on Monday" trimmed), a body word
# names the latest body headed by it ("The theatre", a name with "on …"), "The boards of both
# companies" is the first-named company (rule 6), initials in brackets after a name are that name.
# Invented texts; each row fails with the switch off (fast and accurate).
WHO_S10_ORGS = [
    ("nationality_modifier", "LILONGWE (Reuters) - The Malawi Energy Regulatory Authority raised fuel prices on Monday, "
     "a week after the Zambia Energy Regulatory Authority held them at October levels.\n\nThe Zambian regulator said on "
     "Tuesday that its review was complete.\n\nThe Malawian regulator said the rise would take effect at midnight.",
     "the rise would take effect", "Malawi Energy Regulatory Authority"),
    ("place_possessive_runs_on", "KAMPALA (Reuters) - Uganda's aviation regulator on Monday said two airlines had "
     "failed safety inspections.\n\nThe Uganda Civil Aviation Authority published the list later that day, and the "
     "Rwanda Civil Aviation Authority said it would review its own audits.",
     "two airlines had failed", "Uganda Civil Aviation Authority"),
    ("body_word_head", "Dorothy Pike founded the Saltmarsh Community Theatre in a scout hut in 1972.\n\nHer son, Alan "
     "Pike, said she had died peacefully at home on Friday.\n\nThe theatre said it would close on Monday as a mark of "
     "respect.", "it would close on Monday", "Saltmarsh Community Theatre"),
    ("body_name_with_on", "The Standing Committee on Rural Transport, which advises ministers, met on Tuesday. The "
     "committee said bus fares in villages should be capped.", "bus fares in villages",
     "Standing Committee on Rural Transport"),
    ("boards_of_both", "Grangefield Foods has agreed to buy its smaller rival Orchard Lane Stores for £300m in cash.\n\n"
     "The boards of both companies said they would recommend the offer to shareholders.",
     "they would recommend the offer", "Grangefield Foods"),
    ("bracketed_initials", "The National Fisheries Directorate (DINAPE) said catches had fallen by a fifth.\n\n"
     "Fishermen disputed the figures. According to the DINAPE, stocks would recover by 2030.",
     "stocks would recover", "National Fisheries Directorate"),
]


# Session 10, interview and live-blog forms (`speakers.forms._S10_FORMS`; genre README, series g/h):
# "SURNAME:"/"FULL NAME:" turns in capitals are the person the article names, "Q:" turns name nobody
# (the writer, rule 5), a live-blog post heading "Role: …"/"Body word: …" is the person or body the
# post names, a reader's comment signed "– First name, Place" is that first name (rule 16), a surname
# the NER tagged as an organisation is the person named in full before. Invented texts; each row
# failed with the switch off save the guards (capitals_turn_is_the_named_interviewee,
# post_heading_body_word_…, surname_tagged_as_organisation_…: the NER reads these texts right).
WHO_S10_FORMS = [
    ('capitals_turn_is_the_named_interviewee',
     'Rosalind Penfold: ‘I nearly quit music’\n\nThe Cardiff pianist on her new record.\n\nRosalind Penfold is '
     'early for our interview, and orders tea.\n\nQ: Why did you leave the orchestra?\n\nPENFOLD: The money ran out, '
     'and so did my patience. I wanted to play my own music.\n\nQ: What comes next?\n\nPENFOLD: A long sleep, then a tour '
     'of small halls in Wales.',
     'The money ran out', 'Rosalind Penfold'),
    ('full_name_in_capitals_is_the_person',
     'Rosalind Penfold is early for our interview, and orders tea.\n\nQ: Why did you leave the orchestra?\n\n'
     'ROSALIND PENFOLD: The money ran out, and so did my patience. I wanted to play my own music.',
     'The money ran out', 'Rosalind Penfold'),
    ('question_turn_is_nobody_named',
     'Rosalind Penfold is early for our interview, and orders tea.\n\nQ: Why did you leave the orchestra, after '
     'twenty years?\n\nPENFOLD: The money ran out, and so did my patience.',
     'Why did you leave the orchestra', None),
    ('post_heading_role_is_the_person_the_post_names',
     'Harton council budget LIVE\n\nLive updates from the town hall.\n\n19:40 GMT\nOpposition leader: ‘This budget '
     'betrays the town’\n\nLabour group leader Gareth Pryce has spoken for the opposition. He said the cuts fell '
     'hardest on the poorest wards.\n\n19:05 GMT\nLeader opens debate\n\nCouncil leader Helen Ashby has opened the '
     'debate, saying the council had no choice.',
     'This budget betrays the town', 'Gareth Pryce'),
    ('post_heading_body_word_is_the_body_the_post_names',
     'Harton council budget LIVE\n\nLive updates from the town hall.\n\n19:40 GMT\nUnion: jobs ‘cut to the bone’\n\n'
     'The Western Council Workers Union has issued a statement. The union says 80 posts will go.\n\n19:05 GMT\n'
     'Leader opens debate\n\nCouncil leader Helen Ashby has opened the debate, saying the council had no choice.',
     'jobs ‘cut to the bone’', 'Western Council Workers Union'),
    ('post_heading_possessive_group_is_the_group_the_post_names',
     'Harton council budget LIVE\n\nLive updates from the town hall.\n\n19:40 GMT\nParents’ group: ‘Nobody asked us’\n\n'
     'Members of the Save Harton Nurseries campaign are in the gallery. Their chair, Joan Ruddock, told me they had '
     'written to every councillor.\n\n19:05 GMT\nLeader opens debate\n\nCouncil leader Helen Ashby has opened the debate.',
     'Nobody asked us', 'Save Harton Nurseries'),
    ('surname_tagged_as_organisation_is_the_person',
     'Visiting manager Colin Treharne, whose side are fourth, had not seen a replay. Treharne’s verdict on the '
     'decision was short: “The referee got it right.”',
     'The referee got it right', 'Colin Treharne'),
    ('signed_reader_comment_over_the_lead_in',
     'Harton council budget LIVE\n\nLive updates from the town hall.\n\n18:47 GMT\n\nFrom our readers:\n\n'
     '"I have paid more every year and the roads are still full of holes." – Margaret, Eastfield\n\n18:30 GMT\n\n'
     'Council leader Helen Ashby has opened the debate.',
     'I have paid more every year', 'Margaret'),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name", WHO_S10_FORMS, ids=[r[0] for r in WHO_S10_FORMS])
def test_s10_interview_and_liveblog_forms(shape, text, content, name, mode):
    art = saidwhat.extract(text, mode=mode)
    if name is None:  # a "Q:" turn: no attribution, or one whose speaker has no name
        hits = [a for a in art.attributions if content in a.content.text]
        assert all(art.speaker(a.speaker_id) is None or art.speaker(a.speaker_id).name is None for a in hits), \
            (shape, [art.speaker(a.speaker_id) for a in hits])
        return
    sp, hit = _speaker_of(art, content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source if hit is not None else None)


# Session 10, people's descriptions among same-gender rivals (`speakers.nominals._S10_PEOPLE`; issue 11,
# genre train series h): words before a name stop at a relative clause ("X, a Scot who played under Y":
# not Y's), a description is no evidence about the name it follows ("read by Mr Y, the 62-year-old
# said"), a subject's apposition is a subject and the first sentence's subject of a paragraph its topic
# over a person named in passing, among several holders of a post those whose post is the head word
# itself and then the one named in the description's paragraph, "The family" the relative who spoke
# for it (rule 12). Invented texts; each row fails with
# the switch off, save court_counsel_label_… (a guard: with the switch on, "the 58-year-old" no longer
# gives the barrister's prior speaker by accident, and "Defending, X" must give the lawyer's post).
WHO_S10_PEOPLE = [
    ("relative_clause_words_are_not_the_named_persons",
     "Kieran Doyle blamed the referee after Brixworth lost 2-1 at home.\n\nAshvale manager Rob Tennant, a Scot who "
     "played under Doyle at Brixworth a decade ago, took a different view.\n\n“Kieran is a friend, but he is wrong "
     "about this one,” the Scot said.", "Kieran is a friend", "Rob Tennant"),
    ("description_is_no_evidence_about_the_name_before_it",
     "Graham Lusk, 62, of Thornaby, admitted nine counts of theft.\n\nDefending, Paul Ardern said his client had been "
     "under great strain.\n\nIn a letter read to the court by Mr Ardern, the 62-year-old said he was "
     "'deeply ashamed' of what he had done.", "deeply ashamed", "Graham Lusk"),
    ("subject_in_apposition_is_the_topic_person",
     "Harrow Foods has agreed to buy Pinewood Stores.\n\nHarrow's chief executive, Janet Ruddle, said the deal "
     "made sense.\n\nHer counterpart at Pinewood, Alison Marr, who will step down, said she had rejected two earlier "
     "bids.\n\n“This offer was different,” the 59-year-old said.", "This offer was different", "Alison Marr"),
    ("paragraph_opener_over_a_person_named_in_passing",
     "Declan Keane was still furious an hour after the final whistle. The Brixworth manager had watched his side's "
     "late winner ruled out. Referee Tom Ashby disallowed the goal for a push.\n\n“It was a perfectly good goal,” the "
     "Scot said. “Everybody saw it.”\n\nThe 52-year-old said he would write to the league on Monday.",
     "he would write to the league", "Declan Keane"),
    ("one_of_several_holders_named_just_before",
     "Opposition leader Tom Pike said the cuts were cruel.\n\nTheir chair, Ruth Gale, said the library must stay "
     "open.\n\nCouncil leader Mary Booth has opened the debate. The leader told councillors the council had lost "
     "£50m since 2015.", "the council had lost", "Mary Booth"),
    ("family_is_the_relative_who_spoke_for_it",
     "Joan Hartley, who ran the village shop for 40 years, has died aged 88.\n\nHer son, David Hartley, said she had "
     "died peacefully at home.\n\nHer husband, Frank, died in 2010.\n\nThe family said a funeral would be held "
     "next month.", "a funeral would be held", "David Hartley"),
    ("court_counsel_label_is_a_lawyers_post",
     "Dennis Crowe, 58, of Stockton, admitted fraud.\n\nProsecuting, Anna Lowe said the thefts were planned. "
     "Defending, Mark Fenn said his client had been under pressure.\n\nIn a letter read to the court by Mr Fenn, "
     "the 58-year-old said he was ashamed.\n\n'He has lost his home and his family,' the barrister said.",
     "He has lost his home", "Mark Fenn"),
]


# Session 10, international names round 2 (names._S10_NAMES2): a given name and a particle surname the
# NER splits ("[Pieter] ter [Horst]", the given name untagged, tagged ORG or after a title inside an ORG),
# a particle name tagged ORG whole, a two-word given name and the surname tagged apart ("[Van Minh]
# [Kim]"), a surname after a titled name that the article writes as a surname elsewhere ("Mr Park"), a
# hyphenated given name's lower-case part ("Min-jun"). Invented texts; each row fails with the switch off
# (fast and accurate).
WHO_S10_INTL_NAMES2 = [
    ("particle_given_split", "Mayor Pieter ter Horst, who chairs the board, said the vote was close. Mr ter Horst "
     "said he would not resign.", "he would not resign", "Pieter ter Horst"),
    ("particle_given_untagged", "Skylark's chief executive, Łukasz dos Santos, said the slots were vital. "
     "He said the airline would fight.", "the airline would fight", "Łukasz dos Santos"),
    ("particle_given_titled_org", "The area coroner Dr Ines van der Berg said the teenager died of sepsis. Dr van der "
     "Berg said she would write to the trust.", "she would write to the trust", "Ines van der Berg"),
    ("particle_name_tagged_org", "Her mother, Anne-Sophie de la Cruz, told the inquest she was angry. Outside "
     "court, Mrs de la Cruz said the family would appeal.", "the family would appeal", "Anne-Sophie de la Cruz"),
    ("two_word_given_split", "Sheriff Van Minh Kim told the board the jail was full. He said new cells were "
     "needed.", "new cells were needed", "Van Minh Kim"),
    ("surname_after_title_untagged", "Chief Superintendent Van Minh Park said: 'Stay at home tonight.' Mr Park "
     "said roads were closed.", "roads were closed", "Van Minh Park"),
    ("hyphen_given_lower_part", "Shadow housing secretary Min-jun Tanaka said: 'This plan fails renters.' Mr Tanaka "
     "said it would be opposed.", "This plan fails renters", "Min-jun Tanaka"),
]


# Session 10, names from other cultures, round 3 (speakers.names._S10_NAMES3): a surname written alone as a
# reporting verb's subject is person evidence for the full name ending with it ("Ō-Yamada said"), capitals
# outside Latin-1, a title before an untagged given name ("Sheriff Çağrı [Aydın]"), a role noun and a comma
# before a name, a hyphenated given name cut after its first part ("[Seo]-yeon"), post-nominal letters after
# a given name put back, a British title before an untagged name. Invented texts; each row fails with the
# switch off (fast and accurate).
WHO_S10_INTL_NAMES3 = [
    ('surname_alone_said', 'Van Minh Ō-Yamada, the chief executive, said bookings were strong. Ō-Yamada said the '
     'winter schedule would grow.',
     'bookings were strong', 'Van Minh Ō-Yamada'),
    ('untagged_name_surname_said', 'Tunde Asante took the yellow jersey on Sunday. "It is a dream," Asante said after the '
     'stage.',
     'It is a dream', 'Tunde Asante'),
    ('role_before_apposition', 'Its chief executive, Min-jun Ng, said the centre would close in May.',
     'the centre would close', 'Min-jun Ng'),
    ('title_before_given_name', 'Sheriff Çağrı Aydın told the board the jail was full. He said new cells were needed.',
     'the jail was full', 'Çağrı Aydın'),
    ('hyphen_given_forward', "The club's head coach, Seo-yeon Ō-Yamada, said the pool would reopen.",
     'the pool would reopen', 'Seo-yeon Ō-Yamada'),
    ('post_nominal_after_hyphen_given', 'Min-jun Tanaka KC, prosecuting, told the court the attack was planned. Mr Tanaka said '
     'the defendant had lied.',
     'the defendant had lied', 'Min-jun Tanaka'),
    ('uk_title_untagged2', 'The library will close in June.\n\nCllr Folake Balogun, who leads the Conservative group, '
     'said the cuts were reckless.',
     'the cuts were reckless', 'Folake Balogun'),
]


# Session 10, organisation descriptions round 2 (organisations._S10_ORGS2, entities._S10_ORGS2): business
# kind words ("The discounter"), a discourse word before a comma is no name in apposition ("Well, the
# label …"), a one-word company after a kind word in wire style ("gold miner X") and a club or fund whose
# name ends in an organisation word are organisations even where the NER tags a person, a water company
# in an apposition the parser reads as a conjunct, a description whose apposition names a body after its
# type word ("X's largest shareholder, the fund Y,"). Invented texts; each row fails with the switches off.
WHO_S10_ORGS2 = [
    ("business_kind_word", "Penbury, the discount grocer, has agreed to buy its smaller rival Ashcombe Stores for "
     "£600m.\n\nPenbury's chief executive, Mark Hollis, said the deal would lower prices. \"Customers will see the "
     "difference,\" he said.\n\nThe discounter said it expected annual savings of £40m.",
     "it expected annual savings", "Penbury"),
    ("filler_before_comma", "Her fourth album comes out on Friday on Bellwood Music, the small Bristol label run by "
     "Anna Crane.\n\nQ: Your old label said the last record flopped.\n\nMARLOW: Well, the label would say that. We "
     "sold 20,000 copies.\n\nThe label said pre-orders were the highest in its history.",
     "pre-orders were the highest", "Bellwood Music"),
    ("company_after_bare_kind_word", "LIMA (Reuters) - Peru's environmental regulator on Monday fined gold miner "
     "Auricana $3 million and ordered its rival Minera Huallpa to stop dumping waste.\n\nThe Environmental Oversight "
     "Directorate said Auricana had exceeded its limits for two years.\n\nThe regulator said Huallpa had 30 days to "
     "present a plan.\n\nAuricana said it would appeal. \"We have met every condition,\" the firm said.",
     "We have met every condition", "Auricana"),
    ("club_name_tagged_person", "Kelby Town snatched a 1-1 draw at Ashfield United with a late penalty.\n\nAshfield "
     "manager Rob Kerr said the referee had lost control. \"It was never a penalty,\" he said.\n\nKelby, meanwhile, "
     "said its striker Tom Reid had hurt his knee. The club said it was too early to say how long he would be out.",
     "too early to say", "Kelby Town"),
    ("water_company_apposition", "Wye Valley Water, which runs 12 overflows upstream, said it was investing £200m.\n\n"
     "Its neighbour, Usk & Teifi Water, was less welcoming. The firm said the survey had not tested a single drop of "
     "water.", "the survey had not tested", "Usk & Teifi Water"),
    ("kind_noun_before_verb_is_no_type_word", "SANTIAGO (Reuters) - Chile's mining regulator on Monday fined Cobre "
     "Andino Corp and ordered its rival Pacifico Minerals Ltd to halt pumping.\n\nThe Superintendency of Mines said "
     "Cobre Andino had exceeded its permit.\n\nThe regulator said Pacifico Minerals had 30 days to present a plan.",
     "had 30 days", "Superintendency of Mines"),
    ("typed_name_in_apposition", "Halden Foods has made a £900m offer for Kirkby Brands.\n\nKirkby's largest "
     "shareholder, the Leeds-based fund Corrie Capital, which holds 9% of the company, said it would back the offer.",
     "it would back the offer", "Corrie Capital"),
]


# Session 10: "Mrs X" / "Mr X" when two people of the article share the surname X (a mother and
# daughter, a mother and son): the nearest full name before it whose gender fits the honorific, not
# the one named most often (names._S10_HONORIFIC). Invented texts; each row fails with the switch off.
WHO_S10_HONORIFIC = [
    ("mother_after_daughter", "Student Nadia Kerridge, 20, died in hospital in March, an inquest in Truro heard.\n\n"
     "Nadia Kerridge had been studying geography at Falmouth. Nadia had complained of headaches for a week, the "
     "court was told.\n\nHer mother, Paula Kerridge, told the hearing she had rung the surgery three times.\n\n"
     "After the hearing, Mrs Kerridge said the family wanted changes. \"Nobody listened to us,\" she said.",
     "the family wanted changes", "Paula Kerridge"),
    ("son_after_mother", "Son of pensioner left on floor for nine hours demands apology\n\n"
     "Doreen Ashby, 84, a retired school cook from Leek, waited nine hours for an ambulance after a fall. Her son, "
     "Neil Ashby, 55, said she had been left on the kitchen floor. 'She was freezing,' he said.\n\n"
     "Mr Ashby said the ambulance service had not apologised.\n\n"
     "Mrs Ashby was later treated for a broken hip. The trust said it was sorry for Mrs Ashby's wait.",
     "the ambulance service had not apologised", "Neil Ashby"),
]


# Session 10, round 3 (org_descriptions._S10_ORGS3): an organisation name the article never writes alone
# is the fuller name it is always written in ("Licensing Authority" → "Food and Veterinary products
# Licensing Authority", "Guild" → "Porters' Guild"); a description whose head word is the head of a
# body's name is that body, its modifiers in the name ("The inspectorate", "The town council"), or the
# one such body named after a standfirst. Invented texts; each row fails with the switch off.
WHO_S10_ORGS3 = [
    ("lower_case_word_in_name", "The Food and Veterinary products Licensing Authority said it would examine any "
     "application 'on its merits'. The authority said it could not give a timetable.",
     "it could not give a timetable", "Food and Veterinary products Licensing Authority"),
    ("plural_possessive_name", "Market traders walked out on Monday.\n\nThe Porters' Guild, the smaller of the two "
     "unions, said it had not been consulted. The guild said members would return on Thursday.",
     "members would return on Thursday", "Porters' Guild"),
    ("name_head_word", "Bathing water at six beaches failed tests in July.\n\nThe Coastal Waters Inspectorate, which "
     "monitors bathing sites, said samples had improved since June. Councillors welcomed the findings.\n\n"
     "The inspectorate said it would publish weekly results from August.",
     "it would publish weekly results", "Coastal Waters Inspectorate"),
    ("modifier_in_name", "Ferncombe Town Council, which runs the park, said it wanted talks about the pavilion. "
     "Brackley District Council said the site was not for sale.\n\nThe town council said it would write to the "
     "district before Christmas.", "it would write to the district", "Ferncombe Town Council"),
    ("standfirst_before_name", "Nurses and hospital bosses clash over night shifts\n\nUnion says staff are "
     "exhausted - the trust says it has offered more than its neighbours\n\nNurses at two hospitals in Devon began "
     "a 48-hour strike on Tuesday.\n\nMarlow Valley NHS Foundation Trust, which runs both hospitals, said planned "
     "clinics would go ahead.", "it has offered more than its neighbours", "Marlow Valley NHS Foundation Trust"),
]


# Session 10, round 3 (nominals._S10_PEOPLE2): a description's own age in apposition ("The veteran host,
# 61,") rules out a person of another age named next and makes "the 61-year-old" later; a description no
# one's stated post holds ("The winger", "the defender") is the person just named in the sentence before,
# else the previous speaker, else the paragraph's topic person, unless their age, nationality or club role
# says otherwise; "The Labour MP" (a holder's title in capitals) is a person description. Invented texts;
# each row fails with the switch off.
WHO_S10_PEOPLE2 = [
    ("age_apposition_not_next_named", "Dana Holt announced on Friday that she is leaving Channel Six after 20 years."
     "\n\nThe veteran host, 61, says the move was \"entirely my own decision\", although colleagues say otherwise.\n\n"
     "Channel Six confirmed that Amy Reed, 31, who has co-hosted the summer series, will take over in January.",
     "the move was", "Dana Holt"),
    ("age_of_description_epithet", "Dana Holt announced on Friday that she is leaving Channel Six after 20 years.\n\n"
     "The veteran host, 61, says the move was her own decision.\n\nViewers were divided. Maureen Clegg, from Leeds, "
     "wrote online: \"It won't be the same.\"\n\n\"The studio lights,\" the 61-year-old says, when asked what she "
     "will miss. \"And the live audience.\"", "The studio lights", "Dana Holt"),
    ("unheld_position_sentence_before", "Ferndale boss Colin Marsh said his side had deserved the win. \"We kept our "
     "shape,\" Marsh said.\n\nOliveira, the Portuguese who joined from Braga in the summer, was just as calm. The "
     "winger told the club's website he had \"just kept running\".", "just kept running", "Oliveira"),
    ("unheld_position_after_quote", "Rovers boss Tim Bell said the penalty decision had been wrong.\n\nThe league "
     "said it would review the footage.\n\nRovers captain Sam Okafor, who scored the opener, was more measured. \"We "
     "lost it in the first half,\" the defender said.", "We lost", "Sam Okafor"),
    ("holder_title_in_capitals", "Residents in Hartmoor have had no water since Sunday.\n\nHartmoor's MP, Priya "
     "Desai, has written to the company demanding compensation. The Labour MP said it was \"utterly unacceptable\" "
     "that families had learned of the outage online.\n\nThe company said engineers were working through the night.",
     "utterly unacceptable", "Priya Desai"),
]


# Session 10's shape tables with one body (the attribution whose content starts nearest ``content``
# names the speaker ``name``), each table a helper's round, each row an invented text that failed
# before its rule (first-name gender, organisation descriptions 1-3, people 1-2, names from other
# cultures 2-3, honorifics with a shared surname).
WHO_S10 = [(tab, *row) for tab, rows in (
    ("s10_first_names", WHO_S10_FIRST_NAMES),
    ("s10_orgs", WHO_S10_ORGS),
    ("s10_people", WHO_S10_PEOPLE),
    ("s10_intl_names2", WHO_S10_INTL_NAMES2),
    ("s10_intl_names3", WHO_S10_INTL_NAMES3),
    ("s10_orgs2", WHO_S10_ORGS2),
    ("s10_honorific", WHO_S10_HONORIFIC),
    ("s10_orgs3", WHO_S10_ORGS3),
    ("s10_people2", WHO_S10_PEOPLE2),
) for row in rows]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("table, shape, text, content, name", WHO_S10, ids=[f"{r[0]}-{r[1]}" for r in WHO_S10])
def test_who_said_it_s10_shapes(table, shape, text, content, name, mode):
    art = saidwhat.extract(text, mode=mode)
    sp, hit = _speaker_of(art, content)
    assert sp is not None and sp.name == name, (table, shape, sp, hit.source if hit is not None else None)


# Session 11, PolNeAR speaker train round: invented texts in shapes of real news that failed
# before their rule (``name``: the speaker's name, else its kind: ``unresolved`` is no speaker,
# rule 4 of gold/speakers/README.md; ``anonymous`` an unnamed group, rule 8).
WHO_S11_PTRAIN = [
    # pronouns._S11_PTRAIN_IT: an "it" continuing a previous subject that is no speaker
    ("it_continues_result", "The Harlow Party lost two of its five council seats on Thursday, and its leader, "
     "Gwen Ashby, conceded defeat before midnight.\n\nThe result does not settle who will run the council next "
     "year. It suggests that voters in the northern wards have tired of both main parties.",
     "voters in the northern wards", "unresolved"),
    # nominals._S11_PTRAIN_PLURAL: a plural description is no one person (number agreement)
    ("plural_description_relative", "After the vote, Senator Dana Whitcombe accused the governor of ignoring rural "
     "schools. The Republican leaders who criticised the budget said it would close six schools in the valley.",
     "six schools", "anonymous"),
    ("plural_description_unnamed", "Mayor Ruth Calder opened the new bridge over the Wenn on Friday, two years after "
     "work began.\n\nThe local councillors said the project had run two years late and far over budget.",
     "two years late", "anonymous"),
    # ... but "the researchers" is the lead author the article names (rule 12), not anonymous
    ("plural_researchers_lead_author", "A study led by Dr Ines Valdivia of the Lund Heart Institute followed 4,000 "
     "cyclists for ten years.\n\nThe researchers said regular cycling cut the risk of heart disease by a fifth.",
     "regular cycling cut the risk", "Ines Valdivia"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name", WHO_S11_PTRAIN, ids=[r[0] for r in WHO_S11_PTRAIN])
def test_who_said_it_s11_ptrain(shape, text, content, name, mode):
    art = saidwhat.extract(text, mode=mode)
    sp, hit = _speaker_of(art, content)
    assert sp is not None and (sp.name or sp.kind) == name, (shape, sp, hit.source)


# Session 11, genre series k nominals: invented texts in shapes of real copy that failed before
# their rule (``const``: the nominals switch that must be on; ``name``: the speaker's name).
WHO_S11_NOMINALS = [
    # nominals._S11_NOM_DESC: a nationality and a person noun, "-born" included, is the focus person
    ("nationality_role", "S11_NOM_DESC", "The study followed 900 rice farmers for two summers.\n\nDr Kenji Watanabe "
     "of the Osaka Kidney Institute said the results were alarming. “Heat is the accelerator,” the Japanese "
     "nephrologist added.",
     "Heat is the accelerator", "Kenji Watanabe"),
    # nominals._S11_NOM_FOCUS: an age epithet with no stated age and no topic person takes the focus
    ("age_just_introduced", "S11_NOM_FOCUS", "Judges gave the top prize to Priya Nair, a nurse from Leeds, and the "
     "runner-up award to a team from Hull.\n\n“I still cannot quite believe it,” the 34-year-old said.",
     "I still cannot quite believe it", "Priya Nair"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, const, text, content, name", WHO_S11_NOMINALS, ids=[r[0] for r in WHO_S11_NOMINALS])
def test_who_said_it_s11_nominals(shape, const, text, content, name, mode):
    from saidwhat.pipeline.speakers import nominals
    assert getattr(nominals, "_" + const)  # the rule the row tests is on
    art = saidwhat.extract(text, mode=mode)
    sp, hit = _speaker_of(art, content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source if hit is not None else None)


# Session 11, genre series k organisation descriptions: invented texts in shapes of real copy that
# failed before their rule (``const``: the switch, in :mod:`~saidwhat.pipeline.speakers.organisations`,
# :mod:`~saidwhat.pipeline.speakers.org_descriptions` or :mod:`~saidwhat.pipeline.speakers.entities`,
# without which the row fails; ``name``: the speaker's name, ``None`` for no named speaker).
WHO_S11_ORGS = [
    # furniture (a copyright archive header) names no speaker, not even of a fitting kind
    ("furniture_copyright_header", "_S11_ORG_FURNITURE", "Copyright 2026 Lanyard Financial Wire Ltd. All Rights "
     "Reserved\nSection: Companies; Length: 310 words\n\nFlood claims bite\n\nBy Oona Tiernan\n\nLEEDS, March 3 -- "
     "Home insurance premiums will rise again this year after the company said claims from the winter floods would "
     "wipe out its annual underwriting profit.\n\nIts chief executive, Marcus Ede, said premiums had further to rise.",
     "claims from the winter floods", None),
    # "The rival airline": the body of that kind other than the one in focus
    ("rival_of_the_focus", "_S11_ORG_RIVAL", "Ashcombe Airways has cut its summer timetable by a fifth, the airline "
     "said on Monday, blaming late aircraft deliveries.\n\nAshcombe's chief executive, Lena Varga, said the cuts "
     "would fall mostly on leisure routes. Ashcombe Airways also said fares would rise.\n\nThe contrast with Pellham "
     "Air was stark. The rival airline said last week that it would add 30 routes this summer.",
     "it would add 30 routes", "Pellham Air"),
    # "The Cardiff-based carrier" that no sentence writes with its place is still a kind word
    ("place_based_kind_word", "_S11_ORG_PLACE_MOD", "A baggage handler who was dismissed after reporting a faulty "
     "conveyor has won his claim against the regional airline Tern Air.\n\nThe tribunal found that Tern Air had "
     "failed to investigate his complaint.\n\nThe Cardiff-based carrier said last night it was 'disappointed' by the "
     "ruling.",
     "disappointed", "Tern Air"),
    # "Shares in X fell … after the insurer said": X is a listed company
    ("shares_make_a_company", "_S11_ORG_SHARES", "Shares in Orvale Marlow fell 9 per cent on Wednesday after the "
     "insurer said winter flooding would cost it more than expected.\n\nAnalysts said the fall was overdone.",
     "winter flooding would cost", "Orvale Marlow"),
    # "Rovers said …" read as a plural noun is still the paragraph's latest subject
    ("short_plural_club_subject", "_S11_ORG_SUBJECTS", "Ferncliffe Athletic 1-0 Holloway Rovers\n\nFerncliffe "
     "Athletic beat Holloway Rovers 1-0 on Saturday.\n\nAthletic said after the match that they would not appeal "
     "against the red card. Rovers said in a statement that they would ask the league for an explanation. The club "
     "added that its captain had been abused online.",
     "its captain had been abused", "Holloway Rovers"),
    # a kind word heading a name the NER tags as a person ("X Pharma") makes it an organisation
    ("kind_word_heads_a_name", "_S11_ORG_HEADS", "A trial funded by the inhaler's maker, Corvane Pharma, found fewer "
     "admissions.\n\nCorvane said in a statement that the trial spoke for itself. The drugmaker said it had never "
     "claimed more.",
     "never claimed more", "Corvane Pharma"),
    # "The board" of an article that names no board: the company in focus
    ("board_of_the_company_in_focus", "_S11_ORG_BOARD", "Shares in Pemberly Foods fell 4 per cent on Friday after "
     "the grocer cut its profit forecast.\n\nPemberly Foods said cold weather had hit sales of salads. Its chief "
     "executive, Ruth Amis, said the company would cut prices.\n\nThe board also confirmed that Amis's contract had "
     "been extended to 2029.",
     "Amis's contract had been extended", "Pemberly Foods"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, const, text, content, name", WHO_S11_ORGS, ids=[r[0] for r in WHO_S11_ORGS])
def test_who_said_it_s11_orgs(shape, const, text, content, name, mode, monkeypatch):
    """The row's speaker with its switch on, another one with it off (the row tests that rule)."""
    from saidwhat.pipeline.speakers import entities, org_descriptions, organisations
    mods = [m for m in (organisations, org_descriptions, entities) if hasattr(m, const)]
    assert mods and all(getattr(m, const) for m in mods)  # the rule the row tests is on
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source if hit is not None else None)
    for m in mods:
        monkeypatch.setattr(m, const, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)


# Session 11, pronoun sources (genre train series k): invented rows, each failing with its switch
# (in :mod:`~saidwhat.pipeline.speakers.pronouns`) off; ``name``: the speaker's name.
WHO_S11_PRONOUNS = [
    # a lower-case role noun before a name the NER misses ("… councillor Rhian Corley says"): the
    # name is a person, and the "She" of the next sentence is her, not the woman of the post before
    ("role_noun_before_name", "_S11_PRON_ROLE_NAME", "18:05 GMT\n\nCouncil leader Sandra Okoye has opened the "
     "debate, saying the rise is needed to protect social care.\n\n18:20 GMT\n\nOpposition leader Fiona Blake "
     "says the budget is a tax on families. She calls the rise unfair.\n\n18:40 GMT\n\nLiberal Democrat councillor "
     "Rhian Corley says her group will vote against the budget.\n\nShe tells the chamber the rise is \"too much, "
     "too soon\".",
     "too much", "Rhian Corley"),
    # "In a statement read by his brother, X, the family said … ¶ “…,” it said": the statement's
    # reader (rules 12 and 13), not an organisation named earlier
    ("it_continues_a_statement", "_S11_PRON_STATEMENT_IT", "Kestrel Ambulance Service said it had hired 90 more "
     "paramedics since March.\n\nThe coroner recorded a narrative conclusion.\n\nIn a statement read outside "
     "court by his brother, Tomasz Nowak, the family said he had been a gentle man.\n\n“We waited four hours for "
     "help that never came,” it said.",
     "four hours for help", "Tomasz Nowak"),
    # "Defending, X said" in a court report: X is counsel, a person, whatever the NER tagged, and
    # the "she" after the quote is X, not the woman who spoke before
    ("counsel_before_name", "_S11_PRON_ROLE_NAME", "A former bookkeeper who stole £80,000 from a village school "
     "has been jailed.\n\nIn a statement read to the court, the head teacher's daughter, Joanna Pell, said her "
     "mother had trusted the defendant.\n\n'She sat with Mum every week,' she wrote.\n\nDefending, Amanda Kestle "
     "said her client had built up debts after her divorce.\n\n'She has lost everything she worked for,' she added.",
     "lost everything she worked", "Amanda Kestle"),
    # a main verb parsed with no subject ("…, the widow's son, X, said …"): the he/she subject
    # chain takes the person named right before the verb, not the previous speaker
    ("subject_left_unparsed", "_S11_PRON_BARE_SUBJECT", "Prosecuting, Daniel Marsh said the builder had taken "
     "£30,000 in total. \"He chose them because they were old,\" Mr Marsh said.\n\nIn a victim statement read to "
     "the court, the widow's son, Owen Castell, said his mother had stopped answering the door. \"She used to love "
     "visitors. Now she sits alone,\" he wrote.",
     "sits alone", "Owen Castell"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, const, text, content, name", WHO_S11_PRONOUNS, ids=[r[0] for r in WHO_S11_PRONOUNS])
def test_who_said_it_s11_pronouns(shape, const, text, content, name, mode, monkeypatch):
    """The row's speaker with its switch on, another one with it off (the row tests that rule)."""
    from saidwhat.pipeline.speakers import pronouns
    assert getattr(pronouns, const)  # the rule the row tests is on
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source if hit is not None else None)
    if shape == "subject_left_unparsed":
        return  # the accurate parser finds the subject itself, and since session 11's later input and span
        # changes the fast path does too: only the answer with the switch on is asked
    monkeypatch.setattr(pronouns, const, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)


#: Session 11, the head of a source phrase (resolver._S11_HEAD, forms.source_head): an entity
#: named inside the phrase's trailing relative clause or participle phrase is not the speaker.
#: Each row: (shape, text, content, speaker name); each fails with the switch off.
WHO_S11_HEAD = [
    # "The X union, which represents staff at Y's depots,": the union, not the company
    ("relative_clause_names_an_org", "Shares in Corlett Haulage fell 6 per cent after the company closed its Barnsley "
     "depot.\n\nThe Unite union, which represents drivers at Corlett's three depots, said the closure had been "
     "announced without any consultation.", "announced without any consultation", "Unite union"),
    # "The paper, published in The Lancet,": the study's makers, not the journal
    ("participle_names_a_journal", "A new malaria jab cut infections by half in a trial led by researchers at the "
     "Accra Centre for Tropical Medicine.\n\nThe paper, published in The Lancet, reported that protection lasted a "
     "year.", "protection lasted a year", "Accra Centre for Tropical Medicine"),
]

#: forms.source_head on its own: (phrase, the head it keeps).
S11_HEAD_CUTS = [
    ("Tarn Valley Buses, which employs Mr Nowak,", "Tarn Valley Buses"),
    ("Holm, who took over in June,", "Holm"),
    ("The study, published in the journal Water Letters,", "The study"),
    ("Bloom, speaking separately,", "Bloom"),
    ("Meera Iyer of Carrick Stroud", "Meera Iyer"),
    # kept whole: an apposition, a passive with its agent (the author), a name ending in "'s", an "of" name
    ("Moraes, the Brazilian midfielder,", "Moraes, the Brazilian midfielder,"),
    ("The petition, started by parent Lisa Hart,", "The petition, started by parent Lisa Hart,"),
    ("Penrose's, which is listed in London,", "Penrose's, which is listed in London,"),
    ("Friends of Kelby Lido", "Friends of Kelby Lido"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name", WHO_S11_HEAD, ids=[r[0] for r in WHO_S11_HEAD])
def test_who_said_it_s11_source_head(shape, text, content, name, mode, monkeypatch, nlp):
    """The row's speaker with the switch on, another one with it off; the source span itself is the
    whole phrase either way. Then the cuts of :func:`forms.source_head` (switch-independent)."""
    from saidwhat.pipeline.speakers import resolver
    from saidwhat.pipeline.speakers.forms import source_head
    from saidwhat.pipeline.speakers.names import named_mentions

    assert resolver._S11_HEAD
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source if hit is not None else None)
    assert hit.source is not None and "," in hit.source.text  # the span keeps its clause
    monkeypatch.setattr(resolver, "_S11_HEAD", False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)
    if mode == "fast" and shape == WHO_S11_HEAD[0][0]:
        for phrase, head in S11_HEAD_CUTS:
            doc = nlp(phrase + " said the plan was wrong.")
            assert doc.text[:source_head(doc, doc.text, named_mentions(doc), 0, len(phrase))] == head, phrase


# Session 11, names the NER cuts or mis-tags (genre train series k): invented rows, each failing with
# its switch (in :mod:`~saidwhat.pipeline.speakers.names`) off; ``name``, ``kind``: the speaker's.
WHO_S11_NAMES = [
    # a title word that is a given name after a role noun: "manager Dean Foxley" is Dean Foxley
    ("title_word_given_name", "_S11_NAMES_TITLE_GIVEN", "Harbury held on for a point at Castle Lane.\n\nVisiting "
     "manager Dean Foxley said his players had \"run themselves into the ground\".\n\n\"We could have nicked it at "
     "the end,\" the Harbury boss said. \"But I'll take a draw.\"", "We could have nicked it at the end",
     "Dean Foxley", "person"),
    # a hyphenated given name whose surname the NER tags a place ("Dr [Jae-won] [Lake]/LOC")
    ("hyphen_given_surname_place", "_S11_NAMES_HYPHEN_LOC", "The trial was small.\n\nThe review's senior author, Dr "
     "Jae-won Lake, told us the result was “real, and robust”. But the Korean-born specialist stressed that those "
     "were 640 patients with frequent attacks.", "those were 640 patients", "Jae-won Lake", "person"),
    # a particle name tagged ORG after a role noun: a person candidate for "the Portuguese"
    ("particle_name_tagged_org", "_S11_NAMES_MISREAD", "Athletic beat Rovers 2-1 on Saturday, with Kenji Sato "
     "scoring both goals.\n\nAthletic head coach Tiago de Sousa praised his side's resolve. \"With ten men, in this "
     "weather, I asked for character and they gave me character,\" said the Portuguese.", "I asked for character",
     "Tiago de Sousa", "person"),
    # a listed first name and a surname written alone later, tagged FAC: the full name
    ("first_name_surname_tagged_fac", "_S11_NAMES_MISREAD", "Okafor opened the scoring after 11 minutes, turning "
     "inside Kwabena Owusu before finishing low.\n\nOwusu, for his part, told the club's website that he had \"no "
     "complaints\". The defender said the squad would go again on Tuesday.", "the squad would go again on Tuesday",
     "Kwabena Owusu", "person"),
    # "[Harwick Streets]/PERSON for People": an organisation's name, which "The group" is too
    ("org_name_for_tail", "_S11_NAMES_ORG_TAIL", "The council voted 31-20 to keep the bus gate.\n\nOutside, the two "
     "groups were not reconciled. Harwick Streets for People, which campaigned for the trial, said the vote was \"a "
     "win for everyone\". The group said it would now push for a second gate.", "a win for everyone",
     "Harwick Streets for People", "organization"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, const, text, content, name, kind", WHO_S11_NAMES, ids=[r[0] for r in WHO_S11_NAMES])
def test_who_said_it_s11_names(shape, const, text, content, name, kind, mode, monkeypatch):
    """The row's speaker (name and kind) with its switch on, another one with it off."""
    from saidwhat.pipeline.speakers import names, ner_fix
    assert getattr(names, const)  # the rule the row tests is on
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and (sp.name, sp.kind) == (name, kind), (shape, sp, hit.source if hit is not None else None)
    monkeypatch.setattr(names, const, False)
    # session 12: a listed given name and a surname written alone is also read by ner_fix (same shape)
    monkeypatch.setattr(ner_fix, "_S12_NAMES_LISTED_GIVEN", False)
    # session 14: "X, which campaigned …" is an organisation by its relative pronoun too (same row)
    from saidwhat.pipeline.speakers import organisations
    monkeypatch.setattr(organisations, "_S14_ORGN_WHICH", False)
    # session 15: "head coach Tiago de Sousa" is also read by ner_fix's particle runs (same row)
    monkeypatch.setattr(ner_fix, "_S15_NAME_PARTICLE_GIVEN", False)
    ner_fix._alone_memo.cache_clear()
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is None or (sp.name, sp.kind) != (name, kind), (shape, "passes with the switch off", sp)


WHO_S11_NOMINALS2 = [
    # a party epithet: the person a premodifier ties to the party (Tory = Conservative), not the
    # mayor named last
    ("party_tory", "_S11_NOM2_PARTY", "The committee met for four hours on Tuesday.\n\nThe committee chair, Priya Lal, "
     "said the depot would close in May. “We have no money left for it,” the chair said.\n\nThe Conservative group "
     "leader, Helen Marsh, called the plan \"a disgrace\".\n\nWhen Marsh tried to speak again, the mayor, Cllr Owen "
     "Price, ruled her out of order. The Tory left the room, telling reporters that the vote had been \"rigged\".",
     "the vote had been", "Helen Marsh"),
    # "X, the group's housing spokeswoman," after a sentence naming one party (Lib Dem = Liberal Democrat)
    ("party_group_possessor", "_S11_NOM2_PARTY", "The debate on the library ran late.\n\nThe council leader, Sam "
     "Okoro, said the branch would shut in June. \"There is no other way,\" he said.\n\nThen the Liberal Democrats had "
     "their say. Ruth Ellery, the group's housing spokeswoman, suggested a volunteer rota.\n\nOkoro said that had been "
     "tried. \"It has been tried and it works,\" the Lib Dem replied.", "It has been tried and it works", "Ruth Ellery"),
    # a stated different age bars a candidate when the ranker decides; the one person first named
    # outside quotes in the sentence before is the focus
    ("age_bars_ranker", "_S11_NOM2_AGE", "Halfway through the first episode, Lena Moreau stands in her kitchen and "
     "admits she burns everything. \"I cook badly so that someone has to help me,\" the 38-year-old says.\n\n\"Every "
     "producer wanted me to smile all the time,\" she said. \"Tomas was the first one who let me be grumpy on camera."
     "\"\n\nThe show follows her back to the town where she grew up.\n\nCredit for that goes to Tomas Berg, the series "
     "editor, who spent two years pitching the show. The 51-year-old said the channel had turned it down twice.",
     "the channel had turned it down twice", "Tomas Berg"),
    # "X, who chairs the riders' association," is its leader: "The riders' leader" (a plural possessor)
    ("role_verb_plural_possessor", "_S11_NOM2_ROLE", "Police seized 40 motorbikes in Eldoret on Friday.\n\nTransport "
     "Minister Joseph Kamau told reporters the bikes had no permits. \"The law is the law,\" the minister said.\n\n"
     "Peter Wanjala, who chairs the town's rider association, said some riders had been beaten.\n\nThe riders' leader "
     "said they would stay off the roads on Monday.", "they would stay off the roads on Monday", "Peter Wanjala"),
    # a role noun no one's stated post holds, after a question and its reply: the questioner
    ("role_after_question", "_S11_NOM2_ROLE", "Chief executive Anna Berg told analysts on a call that margins had "
     "recovered. \"We walked away from bad business,\" she said.\n\nBerg was pressed on costs by Omar Haddad, who "
     "asked whether the new plant would open on time. She replied that it would.\n\nThe analyst said he would wait "
     "for the spring figures before changing his view.", "he would wait for the spring figures", "Omar Haddad"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, const, text, content, name", WHO_S11_NOMINALS2, ids=[r[0] for r in WHO_S11_NOMINALS2])
def test_who_said_it_s11_nominals2(shape, const, text, content, name, mode, monkeypatch):
    """The row's speaker with its switch on (both modes); another one with it off (fast mode,
    where every row's rule decides)."""
    from saidwhat.pipeline.speakers import nominals
    assert getattr(nominals, const)  # the rule the row tests is on
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source)
    if mode == "fast":
        monkeypatch.setattr(nominals, const, False)
        sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
        assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)


_S11_ORGC_TEXT = (
    "Uganda suspends Pearl Air licence after safety audit\n\nBy Amina Nakato\n\nKAMPALA (Reuters) - Uganda's "
    "aviation regulator suspended the licence of Pearl Air on Monday, Transport Minister John Byaruhanga said."
    "\n\nKato Airlinks, the regional airline that competes with Pearl Air on the Entebbe routes, moved quickly "
    "to add flights.\n\nThe regional airline said it would lease two more jets before December.")


# Session 12 (input robustness): a character reference's padding ("The&nbsp;Swede" read as
# "The      Swede", benchmarks/bench_noise.py entities) is no word of a mention, and the parse the
# rules read keeps the parser's heads around it (pipeline._S12_PAD). Invented rows; each fails
# with the switch off (fast mode).
WHO_S12_PAD = [
    # a nationality epithet written with &nbsp;: the nominal "The Swede" (was: unresolved)
    ("nationality_epithet_padded",
     "Lars Ekdahl, the chief executive of Norrvik Insurance, spoke to analysts on Monday.\n\n"
     "\"We will pay every valid claim,\" he said.\n\n"
     "The&nbsp;Swede said the firm had set aside enough money. \"It is enough,\" the&nbsp;Swede added.",
     "the firm had set aside", "Lars Ekdahl"),
    # "X&#8217;s advice was practical:": the possessor is the answer noun's again, not the padding's
    # (was: the quote taken as cue-less, the organisation named before)
    ("possessive_answer_with_reference",
     "Dr Priya Nandakumar, a GP in Dunmore, has treated dozens of cases this month.\n\n"
     "The Lakeside Trust, a charity, said the river was safe for swimmers.\n\n"
     "What should swimmers do?\n\n"
     "Nandakumar&#8217;s advice was practical: &#8220;Cover any cuts and shower as soon as you get out.&#8221;",
     "Cover any cuts", "Priya Nandakumar"),
    # a party epithet and a party in apposition, each with &nbsp; (was: the other party's councillor)
    ("party_epithet_padded",
     "Councillors in Eastvale voted on Monday to close the library.\n\n"
     "Cllr Oliver Tennant, who leads the Liberal&nbsp;Democrat group, opposed the plan. Cllr Ruth Malik, the "
     "Labour cabinet member for culture, defended it.\n\n"
     "\"This town deserves better,\" the Lib&nbsp;Dem said.",
     "This town deserves better", "Oliver Tennant"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name", WHO_S12_PAD, ids=[r[0] for r in WHO_S12_PAD])
def test_who_said_it_s12_padding(shape, text, content, name, mode, monkeypatch):
    """The row's speaker with pipeline._S12_PAD on (both modes); another one with it off (fast)."""
    from saidwhat import pipeline
    assert pipeline._S12_PAD
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source)
    if mode == "fast":
        monkeypatch.setattr(pipeline, "_S12_PAD", False)
        sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
        assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)


@pytest.mark.model
def test_s12_padded_parse_keeps_the_parsers_heads(monkeypatch):
    """After unpad_doc, every word of a text with &nbsp; padding has the head it has in the same
    text written with plain spaces (the retokenizer hung a split word's dependents on the padding
    and pointed a split word whose head was split too one token off; pipeline._S12_PAD)."""
    from saidwhat import pipeline
    nlp = saidwhat.load("fast")
    padded = ('"Every customer call ended with storage," Chief&nbsp;Executive Jonathan&nbsp;Reyes said. '
              'Harris&#8217;s answer was short.')
    plain = padded.replace("&nbsp;", " ").replace("&#8217;", "’")

    def heads(doc):
        words = [t for t in doc if not t.is_space]
        return [(t.text, t.head.text) for t in words]

    assert heads(nlp(padded)) == heads(nlp(plain))
    monkeypatch.setattr(pipeline, "_S12_PAD", False)
    assert heads(nlp(padded)) != heads(nlp(plain))


# Session 12 (input robustness, round 2): the name look-ups of candidate building read a
# character reference's padding between a name's words as one space (speakers.names._S12_PAD2):
# the fuller organisation name written around what the NER tagged, an organisation name ending in
# a place, an untagged name after a capitalised title. Invented rows; each fails with the switch
# off (fast mode).
WHO_S12_PAD2 = [
    # the NER tags "District Council" only; the name is written whole (was: "District Council")
    ("org_name_cut_at_padding",
     "The plan was attacked by residents. Stonebridge District&nbsp;Council said it would \"review the matter\".",
     "review the matter", "Stonebridge District Council"),
    # an organisation name ending in a place the NER tagged alone (was: "Scotland")
    ("place_ended_org_padded",
     "Patients face long waits, a report found.\n\nTransport&nbsp;Scotland, a charity that supports families, "
     "said the figures were \"a national scandal\".",
     "a national scandal", "Transport Scotland"),
    # a capitalised title, then a first name and a surname the NER leaves untagged (was: the
    # person named before)
    ("titled_untagged_name_padded",
     "The board voted 4-1 to build the new jail.\n\nThe public defender, Aaron Ruiz, said his office would "
     "consider a challenge.\n\nBoard&nbsp;Chair Dennis&nbsp;Hollis, who voted yes, said the board "
     "\"cannot keep waiting\".",
     "cannot keep waiting", "Dennis Hollis"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, text, content, name", WHO_S12_PAD2, ids=[r[0] for r in WHO_S12_PAD2])
def test_who_said_it_s12_padding_names(shape, text, content, name, mode, monkeypatch):
    """The row's speaker with speakers.names._S12_PAD2 on (both modes); another one with it off (fast)."""
    from saidwhat.pipeline.speakers import names
    assert names._S12_PAD2
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source)
    if mode == "fast":
        monkeypatch.setattr(names, "_S12_PAD2", False)
        names._occurrences_memo.cache_clear()  # kept per text and phrase
        try:
            sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
        finally:
            names._occurrences_memo.cache_clear()
        assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)


# Session 12 (organisation kinds, issue 11 genre train series m): kind words from the article's
# own words. Invented rows; fast mode. The ``switch`` rows fail with their
# org_descriptions switch off; the others with entities._S12_ORG_KINDS off (read at import).
WHO_S12_ORGS = [
    # "X Building Society" is a lender: "The mutual" (was: unresolved)
    ("building_society_mutual", None,
     "Kirkdale Bank reported a fall in profits on Tuesday.\n\n"
     "The figures came a day after Thornbury Building Society, a rival lender, cut its provisions. "
     "The mutual said its members were \"paying on time\".",
     "paying on time", "Thornbury Building Society"),
    # an initialism defined in brackets has its full name's kinds: the agency is no manufacturer
    ("initialism_not_manufacturer", "_S12_ORG_ACRONYM",
     "Vellmoor Appliances, which makes the Sona kettle, is recalling 20,000 kettles.\n\n"
     "The Office for Consumer Safety (OCS) said it had received nine reports of fires.\n\n"
     "Vellmoor said the fault was rare.\n\n"
     "The OCS said it would report in the spring. The manufacturer said owners could get a refund.",
     "owners could get a refund", "Vellmoor Appliances"),
    # "the agency" prefers an agency over a regulator named later (was: the regulator)
    ("agency_over_regulator", "_S12_ORG_EXACT_KIND",
     "The National Crime Office (NCO) said the two men had stolen £2m.\n\n"
     "The Care Standards Commission said its inspections had found nothing.\n\n"
     "The agency said it would try to recover the money.",
     "try to recover the money", "National Crime Office"),
    # a headline's bare word: the body the article calls by it ("X Mutual, the home insurer")
    ("headline_insurer_own_word", "_S12_ORG_EXACT_KIND",
     "Dalvik recalls heaters; insurer says fires were linked\n\n"
     "Dalvik Home, which makes the Brio heater, said on Monday it was recalling 10,000 panels.\n\n"
     "Farnley Mutual, the home insurer, said it had handled six claims.",
     "fires were linked", "Farnley Mutual"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, switch, text, content, name", WHO_S12_ORGS, ids=[r[0] for r in WHO_S12_ORGS])
def test_who_said_it_s12_orgs(shape, switch, text, content, name, monkeypatch):
    """The row's speaker with the session 12 organisation-kind switches on; another with the row's
    switch off (rows naming one)."""
    from saidwhat.pipeline.speakers import entities, org_descriptions
    assert entities._S12_ORG_KINDS and org_descriptions._S12_ORG_ACRONYM and org_descriptions._S12_ORG_EXACT_KIND
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert hit and sp is not None and sp.name == name, (shape, sp)
    if switch is not None:
        monkeypatch.setattr(org_descriptions, switch, False)
        sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
        assert sp is None or sp.name != name, ("passes with the switch off", sp)


#: Session 12 organisation focus (genre train series m; ``org_descriptions._S12_ORG_FOCUS``): between
#: two bodies of one kind, the one in focus. Each row: shape, text, content, name.
WHO_S12_ORG_FOCUS = [
    # "A second group, <Name>,": the body named in apposition, no unnamed group
    ("second_group_apposition",
     "Flooding cuts off villages\n\n"
     "Harbour Relief, a local aid group, said its boats had reached 300 families.\n\n"
     "A second group, Red Estuary Aid, said its volunteers could not reach the islands.",
     "its volunteers could not reach", "Red Estuary Aid"),
    # "Another manufacturer, Leeds-based X,": the name after the place modifier
    ("another_firm_place_mod",
     "Sensor recall widens\n\n"
     "Vantex Devices said it was recalling 20,000 sensors.\n\n"
     "Another manufacturer, Leeds-based Corvel, said its own sensors were not affected.",
     "its own sensors were not affected", "Corvel"),
    # a headline's bare kind word: the body in focus where the text first writes "The forecaster"
    ("headline_word_focus",
     "Villages evacuated; forecaster says more rain is coming\n\n"
     "More than 200 homes were evacuated overnight, with the Rivers Agency warning of danger to life.\n\n"
     "The Rivers Agency said levels had peaked at 3 metres.\n\n"
     "The Weather Agency has issued an amber warning for Saturday. The forecaster said the ground was saturated.",
     "more rain is coming", "Weather Agency"),
]


#: The sentence-before part of the organisation focus, shipped off (``org_descriptions._S12_ORG_FOCUS_PREV``:
#: +1 on genre train, -2 on genre dev); rows kept so the code stays right if it is switched on.
WHO_S12_ORG_FOCUS_PREV = [
    # "The party" right after "Labour said": the sentence before's subject, not the "X Party" named
    ("party_after_subject",
     "Ashby by-election: Labour hold seat\n\n"
     "The Green Party won 900 votes, its best result in the ward.\n\n"
     "Rita Vale, the Conservative candidate, said she was disappointed.\n\n"
     "Labour said in a statement that the result was \"a vote for the library\". "
     "The party added that its new councillor would take her seat in January.",
     "its new councillor would take", "Labour"),
    # "The committee" after "The Health Committee said … the Finance Committee": the subject, not the latest
    ("committee_subject_not_latest",
     "Care homes inquiry\n\n"
     "The Health Committee said on Monday that it would question the chair of the Finance Committee next month. "
     "The committee added that it had received 300 written submissions.",
     "it had received 300 written", "Health Committee"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, text, content, name", WHO_S12_ORG_FOCUS_PREV, ids=[r[0] for r in WHO_S12_ORG_FOCUS_PREV])
def test_s12_org_focus_on_the_sentence_before_when_switched_on(shape, text, content, name, monkeypatch):
    """Off by default: another speaker as shipped; the row's speaker with the switch on."""
    from saidwhat.pipeline.speakers import org_descriptions
    assert not org_descriptions._S12_ORG_FOCUS_PREV
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is None or sp.name != name, ("passes with the switch off", sp)
    monkeypatch.setattr(org_descriptions, "_S12_ORG_FOCUS_PREV", True)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert hit and sp is not None and sp.name == name, (shape, sp)


#: Session 12 people round (genre train series m): descriptions whose person the article states
#: (``nominals._S12_NOM_*``). Each row: shape, module, switch, text, content, name, kind.
WHO_S12_PEOPLE = [
    # a country's name before a person noun: a nationality epithet ("The Ghana international")
    ("country_epithet", "nominals", "_S12_NOM_COUNTRY", "Athletic drew 1-1 with Town.\n\nKofi Mensah-Larbi, who has "
     "nine goals this season, said the dressing room was \"flat\". The Ghana international added that the players had "
     "believed they had done enough.", "the players had believed", "Kofi Mensah-Larbi", "person"),
    # "the Rovers manager": the one person given the role, not the club's chief executive
    ("club_role_holder", "nominals", "_S12_NOM_CLUB_ROLE", "Rovers reject second bid\n\nMarsden Rovers have "
     "turned down a second bid for their captain. His manager, Pieter Janssen, said he would not sell.\n\n"
     "Marsden's chief executive, Grace Obuya, said the club's finances were \"healthy\".\n\nThe Rovers manager later "
     "said he had \"no hard feelings\".", "he had \"no hard feelings\"", "Pieter Janssen", "person"),
    # a standfirst's bare role with a modifier: the person the modifier describes, not one with the head only
    ("lead_role_modifier", "nominals", "_S12_NOM_LEAD_MODS", "Eastmoor by-election: Labour hold ward by 40 votes\n\n"
     "Independent candidate says result shows the ward is 'nobody's safe seat any more'\n\nBy Ewa Nowak, Local "
     "Democracy Reporter\n\nLabour has held the Eastmoor ward on Thornley council by 40 votes after a recount.\n\n"
     "Aisha Rahman, a 44-year-old pharmacist, took 1,212 votes to the 1,172 of independent Kwabena Asamoah-Boateng. "
     "The Green candidate, Martin Hale, was third with 688.", "result shows the ward is", "Kwabena Asamoah-Boateng", "person"),
    # "the officer": the person with a police rank ("PC X"), not the driver named before
    ("police_rank_officer", "nominals", "_S12_NOM_POLICE", "The inquest heard evidence on Tuesday.\n\nPC Ravi "
     "Chandran, a collision investigator, said the camera showed the cyclist in a blind spot.\n\nThe van driver, "
     "Owen Lattimer, 51, told the inquest he had checked his mirrors twice. Asked by the coroner whether the layout had "
     "played a part, the officer said it had.", "it had", "Ravi Chandran", "person"),
    # "The head of X": not the person given the post of something else ("head of operations")
    ("head_of_other_post", "nominals", "_S12_NOM_HEAD_OF", "The head of Calder Water apologised on Friday for "
     "waiting almost a day before telling customers that a burst main would leave them without water.\n\n'We "
     "should have told people sooner,' Declan Moorcroft told a press conference.\n\nThe company's head of "
     "operations, Piotr Zielinski, said crews had worked all night.", "a burst main would leave them", "Declan Moorcroft", "person"),
    # "X was declared the first elected mayor": a stated post, which "The new mayor" takes
    ("predicate_post", "nominals", "_S12_NOM_PREDICATE", "Mayor result\n\nLabour's Hamid Saleem was declared the "
     "first elected mayor of Ashvale on Friday.\n\nThe returning officer, Clare Whitbread, said turnout had been low.\n\n"
     "The new mayor told supporters he would \"start with the buses\".", "start with the buses", "Hamid Saleem",
     "person"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, module, const, text, content, name, kind", WHO_S12_PEOPLE,
                         ids=[r[0] for r in WHO_S12_PEOPLE])
def test_who_said_it_s12_people(shape, module, const, text, content, name, kind, mode, monkeypatch):
    """The row's speaker (name and kind) with its switch on, another one with it off."""
    import importlib

    mod = importlib.import_module(f"saidwhat.pipeline.speakers.{module}")
    assert getattr(mod, const)  # the rule the row tests is on
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and (sp.name, sp.kind) == (name, kind), (shape, sp, hit.source if hit is not None else None)
    monkeypatch.setattr(mod, const, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is None or (sp.name, sp.kind) != (name, kind), (shape, "passes with the switch off", sp)


#: Session 12 people round: names the NER cuts or invents (``names._S12_NAMES_*``,
#: ``ner_fix._S12_NAMES_*``). Each row: switch module, switch, text, a (name, role) that the
#: switch adds, a name that it removes (or ``None``).
S12_PEOPLE_NAMES = [
    ("names", "_S12_NAMES_COMMON", "The count ended at 3am. Turnout was 29.4 per cent. Labour's Hamid Saleem won.",
     ("Hamid Saleem", None), "Turnout"),
    ("names", "_S12_NAMES_GIVEN", "The chief executive was flanked by the borough council's leader, Councillor Amrit "
     "Sandhu, and an official. Mr Sandhu was sharper.", ("Amrit Sandhu", "Councillor"), "Amrit"),
    ("names", "_S12_NAMES_GIVEN", "Her colleague in Dublin, Dr Ciarán Mac Giolla Bhríde, said the device was safe.",
     ("Ciarán Mac Giolla Bhríde", "Dr"), "Mac Giolla Bhríde"),
    ("names", "_S12_NAMES_GIVEN", "The returning officer announced that Saleem had won 18,402 votes to 17,188 for the "
     "Conservative candidate, Mehmet Yıldız.\n\nYıldız said he would stay on.",
     ("Mehmet Yıldız", "Conservative candidate"), None),
    ("ner_fix", "_S12_NAMES_LISTED_GIVEN", "Mehmet Yıldırım was third, and the Conservatives' Harriet Pole fourth with "
     "402 votes.\n\nPole said she was disappointed.", ("Harriet Pole", None), None),
    ("ner_fix", "_S12_NAMES_CONNECTOR", "The Consumer Council for Water said it had received complaints. The head of "
     "Calder Water apologised.", None, "Calder Water"),
    ("names", "_S12_NAMES_WEATHER", "Cyclone Rekha live: storm makes landfall\n\nCyclone Rekha made landfall near "
     "the port on Tuesday, the meteorological department said.", None, "Cyclone Rekha"),
]


@pytest.mark.model
@pytest.mark.parametrize("module, const, text, added, removed", S12_PEOPLE_NAMES,
                         ids=[f"{r[1]}-{k}" for k, r in enumerate(S12_PEOPLE_NAMES)])
def test_s12_people_names(module, const, text, added, removed, nlp, monkeypatch):
    """Session 12 name rules: with the switch on the names hold ``added`` and not ``removed``;
    with it off, the other way round (the NER's cut or invented name)."""
    import importlib

    from saidwhat.pipeline.speakers import named_mentions, ner_fix

    mod = importlib.import_module(f"saidwhat.pipeline.speakers.{module}")
    assert getattr(mod, const)
    doc = nlp(text)
    ner_fix._alone_memo.cache_clear()
    got = [(m.name, m.role) for m in named_mentions(doc)]
    assert (added is None or added in got) and all(n != removed for n, _ in got), got
    monkeypatch.setattr(mod, const, False)
    ner_fix._alone_memo.cache_clear()
    got = [(m.name, m.role) for m in named_mentions(doc)]
    assert (added is not None and added not in got) or any(n == removed for n, _ in got), ("same with the switch off", got)
    ner_fix._alone_memo.cache_clear()


#: Session 12 pronouns, possessives and cue-less quotes (genre train series m): each row is (shape,
#: module under ``saidwhat.pipeline``, switch, text, content, speaker name); the row fails with its switch off.
WHO_S12_PRONOUNS = [
    # an owned answer noun, the subject of the colon's clause, far from the colon (attribution._possessed_answer)
    ('answer_subject_far_from_colon', 'attribution', '_S12_PRON_ANSWER_SUBJECT',
     "Dovecote Foods said it had recalled 9,000 jars of pesto after a labelling error.\n\nIts "
     "sales director, Miriam Okello, said shops had been told on Monday.\n\nTrading standards "
     'officer Paul Renfrew said the council had received three complaints. "We acted as soon as '
     'we heard," he said.\n\nOkello\'s answer, when asked whether the firm had known for weeks, was '
     'short: "Absolutely not."',
     'Absolutely not', 'Miriam Okello'),
    # "In a statement read by his daughter, X, the family said …": the statement is whom "the family" resolved to
    ('statement_of_resolved_subject', 'speakers.documents', '_S12_PRON_DOC_SUBJECT',
     "A coroner has recorded a conclusion of misadventure in the death of a climber.\n\nArea "
     "coroner Philip Ashe said the rope had not been checked.\n\nIn a statement read by his "
     'daughter, Rosa Lindqvist, the family said Erik had been "happiest on a hill".\n\n"He taught '
     'all of us to climb," the statement said.',
     'taught all of us', 'Rosa Lindqvist'),
    # "X, whose father …, read a statement on behalf of the family. “…,” it said": the reader (rule 12)
    ('it_after_statement_read_by', 'speakers.pronouns', '_S12_PRON_READER',
     "Two nursing home owners were convicted of fraud on Friday.\n\nThe Care Standards Board said "
     "it would review how the homes were inspected.\n\nOutside court, Tomasz Wrona, whose father "
     'Henryk lived at the home, read a statement on behalf of the family. "We trusted them with '
     'everything he had," it said.',
     'trusted them with everything', 'Tomasz Wrona'),
    # "A rival analyst had estimated …, he said, and he asked": the second "he" is not the nested unnamed source
    ('he_not_nested_unnamed', 'speakers.pronouns', '_S12_PRON_SPOKE_SINCE',
     "Lindgate Bank reported lower profits on Thursday.\n\nOskar Brandt, an analyst at Fellwood "
     "Securities, pressed the point. A rival analyst had estimated that the bank could lose £1 "
     "billion, he said, and he asked whether the board had planned for that.",
     'whether the board had planned', 'Oskar Brandt'),
    # "Her son, X, said she had died": "son" makes X a man, so the "he" after is X
    ('kin_noun_gives_gender', 'speakers.pronouns', '_S12_PRON_ROLE_GENDER',
     "Marguerite Okafor-Lane, the Enugu-born potter, has died aged 80.\n\nHer son, Chidi Lane, "
     'said she had died "surrounded by her pots". In a statement he added: "Mum never made '
     'anything twice."',
     'never made anything twice', 'Chidi Lane'),
    # a live-blog heading's pull quote: the speaker of the quote that repeats it below, not the post before
    ('heading_pull_quote', 'attribution', '_S12_PRON_ECHO',
     'Storm Kelda live: rivers peak across the north\n\n09:15 GMT - Roads closed\n\nRavensworth '
     "Police said six roads had been closed overnight because of flooding.\n\n08:50 GMT - 'We lost "
     "the whole ground floor'\n\nVillagers in Lowick described water rising within minutes. Amara "
     'Lindholm, 52, said she had moved her dogs upstairs.\n\n"We lost the whole ground floor in '
     'about twenty minutes," she said. "The sofa floated."',
     "'We lost the whole ground floor'", 'Amara Lindholm'),
    # "Storm X: ‘…’": the headline label is a topic; the quote is the body speaker's who repeats it
    ('headline_label_pull_quote', 'attribution', '_S12_PRON_ECHO',
     "Storm Kelda: 'The lane turned into a river in seconds'\n\nBy Joe Bloggs\n\nHundreds of homes "
     'were flooded in Lowick overnight.\n\nEdith Ransome, 81, was carried from her cottage by '
     "firefighters. 'The lane turned into a river in seconds,' she said. 'I have never seen "
     "anything like it.'",
     "river in seconds'", 'Edith Ransome'),
    # the answer noun's sentence parsed as running on into the quotation: still the lead-in's subject
    ('answer_subject_run_into_quote', 'attribution', '_S12_PRON_ANSWER_SUBJECT',
     'Dorothy Fenwick, who founded the Tynemouth Youth Theatre, has died aged 88.\n\nCouncil '
     'leader Cllr Janet Roper said the town had lost a great woman. She said a memorial would be '
     "discussed.\n\nMrs Fenwick's own verdict on her work, in a 2015 interview with this paper, "
     "was typically blunt: 'I don't give speeches. Put the children on the stage and let them "
     "talk.'",
     'give speeches', 'Dorothy Fenwick'),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, module, const, text, content, name", WHO_S12_PRONOUNS,
                         ids=[r[0] for r in WHO_S12_PRONOUNS])
def test_who_said_it_s12_pronouns(shape, module, const, text, content, name, mode, monkeypatch):
    """The row's speaker with its switch on, another one with it off (the row tests that rule)."""
    import importlib
    mod = importlib.import_module("saidwhat.pipeline." + module)
    assert getattr(mod, const)  # the rule the row tests is on
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source if hit is not None else None)
    if shape in ("it_after_statement_read_by", "answer_subject_run_into_quote") and mode == "accurate":
        return  # the accurate parser reads these sentences right itself: only the answer is asked
    monkeypatch.setattr(mod, const, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)



# Session 12, speed round 2 (`coref._S12_SPEED2`): the faster candidate building and ranking
# features give the same results as the code they replace (invented text).
_S12_SPEED2_TEXT = (
    "Mara Lindqvist, the chief executive of Harbour Foods, said the Swedish government had to act.\n\n"
    "Lindqvist added that the company would appeal. \"We will fight this,\" she said.\n\n"
    "Jon Abel-Lindqvist, a spokesman for the Swedish Police, said officers were ready. Abel-Lindqvist "
    "said the police had warned Harbour Foods. The GOVERNMENT declined to comment, the firm said.")


def test_s12_speed2_identity(monkeypatch):
    import re
    from types import SimpleNamespace

    from saidwhat.pipeline import coref

    single = {"Lindqvist": "a", "Abel-Lindqvist": "b", "Abel": "c", "Ortiz": "d"}
    for text in (_S12_SPEED2_TEXT, "Abel-Lindqvistx Abel Lindqvist's O'Lindqvist -Abel Ortiz-Ortiz Ortiz_ Ortiz."):
        alts = "|".join(re.escape(x) for x in sorted(single, key=len, reverse=True))
        want = [(m.start(), m.end(), single[m.group()])
                for m in re.finditer(rf"(?<![\w’'-])(?:{alts})(?![\w-])", text)]
        assert coref.Candidates._surname_hits(SimpleNamespace(text=text), single) == want
    for text in (_S12_SPEED2_TEXT, "Governments government-run ARMY army. \u017fhip police\u0130 regime"):
        got = coref._national_body_words(text, text.lower())
        assert [m.span() for m in got] == [m.span() for m in coref._NATIONAL_BODIES_RE.finditer(text)]
    f = {"bias": 1.0, "recency_0": 1.0, "log_dist": 0.0, "role_mods": 0.5}
    assert list(coref._crossed_fast(f, "nominal").items()) == list(coref.crossed(f, "nominal").items())
    assert [coref.first_name_gender(w) for w in ("Fiona", "fiona", "Bjørn", "Kim", "Zzyx")] == \
        [coref._first_name_table().get(coref._first_name_key(w)) for w in ("Fiona", "fiona", "Bjørn", "Kim", "Zzyx")]

    def speakers():
        art = saidwhat.extract(_S12_SPEED2_TEXT, mode="fast")
        return [(a.source, a.speaker_id, a.speaker_via, a.speaker_confidence) for a in art.attributions], art.speakers

    monkeypatch.setattr(coref, "_S12_SPEED2", False)
    before = speakers()
    monkeypatch.setattr(coref, "_S12_SPEED2", True)
    assert speakers() == before


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_s12_headline_label_naming_a_quoted_person_stays_the_source(mode):
    """Session 12 (PolNeAR dev, found by the end-to-end check): the pull-quote rule
    (``attribution._S12_PRON_ECHO``) made a headline's label a topic when the body repeats its
    quote; a label that names someone the body quotes ("A lesson from Mara Quist: '…'", "Quist
    said" below) stays the source. Invented text; failed before the fix (no source)."""
    text = ("A lesson from Mara Quist: 'Be the voice that people hear.'\n\nAs a summer associate at a law firm in "
            "Ohio, Mara Quist said she was asked to present research to a client. A partner had a young man sit in "
            "to watch.\n\nQuist said her colleague had not worked on the case. But the client put every question "
            "to him anyway.\n\nNow the county's chief prosecutor, Quist told a group of law students on Tuesday "
            "that such moments stay with you.\n\n\"Be the voice that people hear,\" she said. \"Nobody will hand "
            "it to you.\"")
    art = saidwhat.extract(text, mode=mode)
    head = [a for a in art.attributions if a.content.end_char <= text.index("\n")]
    assert head and head[0].source is not None and "Quist" in head[0].source.text, [
        (a.source.text if a.source else None, a.content.text) for a in art.attributions]
    sp = art.speaker(head[0].speaker_id)  # the person the label names (names._S12_HEAD_LABEL)
    assert sp is not None and sp.name == "Mara Quist" and sp.kind == "person", sp


#: Session 12 (``names._S12_HEAD_LABEL``): a headline's "Label: claim" label that is a phrase
#: holding one person's full name is that person when the body names them again. Each row:
#: shape, text (invented), the speaker's name.
WHO_S12_HEAD_LABEL = [
    ("a lesson from NAME",
     "A lesson from Ruth Adeyemi: 'Speak so the room listens.'\n\nAs a young nurse at a clinic in Leeds, Ruth "
     "Adeyemi said she was asked to brief a visiting surgeon. A porter was told to stay and listen.\n\nAdeyemi "
     "said the porter had never seen the patient. But the surgeon put every question to him anyway.\n\nNow the "
     "hospital's chief nurse, Adeyemi told a group of students on Tuesday that such moments stay with you."
     "\n\n\"Speak so the room listens,\" she said. \"Nobody will hand it to you.\"",
     "Ruth Adeyemi"),
    ("five minutes with NAME",
     "Five minutes with Tomas Ferrante: 'Keep the doors open.'\n\nAs a volunteer at a shelter in Turin, Tomas "
     "Ferrante said he was asked to lock up early one winter night. A guard was told to send people away."
     "\n\nFerrante said the guard had never met the families. But the board backed the guard anyway.\n\nNow "
     "the charity's director, Ferrante told a group of donors on Monday that such nights stay with you."
     "\n\n\"Keep the doors open,\" he said. \"Somebody has to.\"",
     "Tomas Ferrante"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape,text,name", WHO_S12_HEAD_LABEL, ids=[r[0] for r in WHO_S12_HEAD_LABEL])
def test_s12_head_label_names_the_person(shape, text, name, mode):
    """A headline label holding a person's full name ("Why Ana Roe won't quit: '…'") resolves
    to that person, not an anonymous group (``names._S12_HEAD_LABEL``); failed before the fix."""
    art = saidwhat.extract(text, mode=mode)
    head = [a for a in art.attributions if a.content.end_char <= text.index("\n")]
    assert head and head[0].speaker_id, [(a.source.text if a.source else None, a.content.text)
                                         for a in art.attributions]
    sp = art.speaker(head[0].speaker_id)
    assert sp.name == name and sp.kind == "person", (shape, head[0].source.text if head[0].source else None, sp)


def test_s12_speed3_context_words_identity(monkeypatch):
    """Session 12 speed round 3: :func:`~saidwhat.pipeline.speakers.entities._context_words_of`
    skips the type-word patterns before a name whose last word is no kind word; the type words
    stay the same as on the old path (invented text)."""
    import re

    from saidwhat.pipeline.speakers import entities as E

    text = ("Shares of the chipmaker Veritas rose after rival grocer Fernbrook said fined copper miner\n"
            "Andescobre, the Chilean producer, and the trade publication Screen Ledger agreed. A spokesman "
            "for Norvik said the miner \nTalca and the bank  Orrin, which makes the Lumo heater, would join "
            "Calvora Home magazine and its discounter Pellham.")
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", text)]
    got = {}
    for flag in (False, True):
        monkeypatch.setattr(E, "_S12_SPEED3", flag)
        got[flag] = [E._context_words_of(text, s, e) for s, e in spans]
    assert got[True] == got[False]
    assert any(got[True])  # some names get type words ("chipmaker", "grocer", "publication")


#: Session 12 organisation descriptions, round 3 (genre train; ``entities._S12_ORG3_FRONT``,
#: ``entities._S12_ORG3_KINDS``): the article's own words type a body. Each row: shape, switch,
#: text, content, name (invented text).
WHO_S12_ORG3 = [
    # a description before the name in apposition types it: "The regulator" (was: unresolved)
    ("fronted_apposition_types_name", "_S12_ORG3_FRONT",
     "Flights were cut at the Tambo hub on Monday.\n\n"
     "The country's aviation authority, the TCAA, said fuel stocks were low.\n\n"
     "Tembo Air, the national carrier, said it would cancel 12 flights. Simba Fuels, which supplies the "
     "airport, said a tanker had been delayed.\n\n"
     "Analysts at Mkoa Capital said the cuts could cost $2 million.\n\n"
     "The regulator said it would review the order on Friday.",
     "review the order on Friday", "TCAA"),
    # a name ending "Assurance" is an insurer: "The insurer" (was: unresolved)
    ("assurance_is_an_insurer", "_S12_ORG3_KINDS",
     "Pelham Assurance cut its profit forecast on Monday.\n\n"
     "Kestwick Homes said it had paid for repairs itself. Lorne Builders said the same.\n\n"
     "The insurer said claims for storm damage had doubled.",
     "claims for storm damage had doubled", "Pelham Assurance"),
    # a name only org_refs found (the tagger reads it as a common noun) is that organisation (was: unresolved)
    ("untagged_name_is_its_organisation", "org_descriptions._S12_ORG3_REF_NAME",
     "The presenter will leave the morning show in May after nine years.\n\n"
     "She told viewers she was ready for a change. Her replacement has not been named.\n\n"
     "Orbital+, the US-owned streamer that launched in Britain last year, said the new show would start in June.",
     "the new show would start in June", "Orbital+"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, switch, text, content, name", WHO_S12_ORG3, ids=[r[0] for r in WHO_S12_ORG3])
def test_who_said_it_s12_org3(shape, switch, text, content, name, monkeypatch):
    """The row's speaker with the round-3 switches on; another with the row's switch off."""
    from saidwhat.pipeline.speakers import entities, org_descriptions, organisations
    assert entities._S12_ORG3_FRONT and entities._S12_ORG3_KINDS and org_descriptions._S12_ORG3_REF_NAME
    assert organisations._S12_ORG3_BRAND and organisations._S12_ORG3_PLACE_MOD
    monkeypatch.setattr(entities, "_CTX_MEMO", [None, {}])
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert hit and sp is not None and sp.name == name, (shape, sp)
    module, _, switch = switch.rpartition(".")
    monkeypatch.setattr(org_descriptions if module == "org_descriptions" else entities, switch, False)
    monkeypatch.setattr(entities, "_CTX_MEMO", [None, {}])
    if switch == "_S12_ORG3_KINDS":  # read at import: take its word out for the run
        monkeypatch.delitem(entities.ORG_KIND_OF, "assurance")
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is None or sp.name != name, ("passes with the switch off", sp)


def test_s12_org3_place_before_kind_word_is_no_organisation():
    """"The Leeds firm said": the place between "the" and a kind word is no organisation name
    (``organisations._S12_ORG3_PLACE_MOD``); "Leeds United said" keeps its name."""
    from saidwhat.pipeline.speakers.organisations import _place_modifier
    text = "The Leeds firm said so. Leeds United said no."
    assert _place_modifier(text, 4, 9)
    assert not _place_modifier(text, 24, 29)


# Session 12, org round 4 (invented texts): a name run goes on past a cut
# (organisations._S12_ORG4_RUNS, organisations.run_continuation): "and" inside a body's name the
# NER cut, a lower-case particle between capitalised words.
WHO_S12_ORG4 = [
    # "Ministry of X and Y": one body, not two parties (was: "Ministry of Flood Control")
    ("and_inside_a_body_name",
     "Rivers burst their banks across the delta on Sunday.\n\n"
     "The Ministry of Flood Control and Relief said about 300,000 people had been moved to shelters along "
     "the coast. The ministry said evacuation had been orderly.",
     "300,000 people", "Ministry of Flood Control and Relief"),
    # a lower-case particle inside a name (was: unresolved)
    ("particle_inside_a_name",
     "Ferries to the islands were cancelled again on Friday.\n\n"
     "The Comhairle nan Oileanan Siar, the islands council, said the cancellations had cost shops £400,000. "
     "Its leader said the service must improve.",
     "the cancellations had cost", "Comhairle nan Oileanan Siar"),
]


@pytest.mark.parametrize("text, name, more", [
    ("The Dock Workers' Union said so.", "The Dock Workers", "' Union"),
    ("The Ministry of Flood Control and Relief said so.", "The Ministry of Flood Control", " and Relief"),
    ("Harbour and Marine Authority said so.", "Harbour", " and Marine Authority"),
    ("Harvest Foods and Corbett Stores said so.", "Harvest Foods", ""),
    ("The Comhairle nan Oileanan Siar said so.", "The Comhairle", " nan Oileanan Siar"),
    ("Smith and Jones said so.", "Smith", ""),
    ("The Ministry of Health and the Treasury said so.", "The Ministry of Health", ""),
])
def test_s12_org4_run_continuation(text, name, more, monkeypatch):
    """:func:`~saidwhat.pipeline.speakers.organisations.run_continuation`: the words that carry a
    cut name on (a plural possessive's head word, a particle, "and" inside one body's name); none
    for two names or with the switch off."""
    from saidwhat.pipeline.speakers import organisations
    end = text.index(name) + len(name)
    assert organisations.run_continuation(text, end, name) == more
    monkeypatch.setattr(organisations, "_S12_ORG4_RUNS", False)
    assert organisations.run_continuation(text, end, name) == ""



# Session 12, people round 2 (invented texts): "The researchers" take a study's leader named in
# apposition to the post (documents._S12_NOM2_LEADER); a past post no one's stated post holds is an
# epithet of the person just named or the topic person (nominals._S12_NOM2_FORMER); a nationality
# epithet with an occupation continues the sentence before's main subject (nominals._S12_NOM2_DESC).
WHO_S12_NOM2 = [
    ('researchers_take_lead_author_in_apposition', 'speakers.documents', '_S12_NOM2_LEADER',
     "Coffee drinkers sleep less, study finds\n\nPeople who drank four cups of coffee a day slept 40 minutes "
     "less than those who drank none, according to a study of 2,300 adults in Norway.\n\nIts lead author, "
     "Dr Sigrid Haugen, said the effect was strongest in people over 60.\n\n"
     "Dr Paul Ames, a sleep specialist at Leeds who was not involved, said the study was careful. "
     "The British Sleep Society said adults should stop drinking coffee by mid-afternoon.\n\nThe researchers said they "
     "had not measured the caffeine in each cup.",
     "they had not measured", "Sigrid Haugen"),
    ('researchers_take_trial_chief_investigator', 'speakers.documents', '_S12_NOM2_LEADER',
     "A new asthma inhaler cut hospital visits by a third in a trial of 5,000 children.\n\nProf Tendai "
     "Moyo, the trial's chief investigator, said the drop was larger than expected.\n\n"
     "Dr Anna Reid of the Lung Trust, who was not involved, said the results were encouraging.\n\nThe researchers "
     "said a longer trial was needed to check the effect on growth.",
     "a longer trial was needed", "Tendai Moyo"),
    ('former_post_no_one_holds_is_the_person_just_named', 'speakers.nominals', '_S12_NOM2_FORMER',
     "Margaret Lowe waited nine hours for an ambulance. Her daughter said paramedics had told her "
     "there were no crews.\n\nThe ambulance service said it was reviewing the case.\n\n"
     "Owen Pryor, the Labour MP for Eastmere, said the case was 'a disgrace'. The former paramedic "
     "told the Commons he had written to the minister.",
     "he had written to the minister", "Owen Pryor"),
    ('former_player_post_is_not_barred_by_a_manager_role', 'speakers.nominals', '_S12_NOM2_FORMER',
     "Millbrook manager Dennis Ogle has criticised the league after his side's game was called off.\n\n"
     "The club had asked for the match to be moved to a Sunday.\n\n"
     "\"Nobody picked up the phone,\" the former goalkeeper said.",
     "Nobody picked up the phone", "Dennis Ogle"),
    ('occupation_epithet_continues_previous_main_subject', 'speakers.nominals', '_S12_NOM2_DESC',
     "Karin Vogt won the seat by 212 votes, the returning officer said.\n\n"
     "Emre Aksoy, a 52-year-old baker who came to the town as a child, congratulated Vogt on the stage. "
     "The Turkish-born shopkeeper said he would stand again in four years.",
     "he would stand again", "Emre Aksoy"),
]


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("shape, module, const, text, content, name", WHO_S12_NOM2, ids=[r[0] for r in WHO_S12_NOM2])
def test_who_said_it_s12_nom2(shape, module, const, text, content, name, mode, monkeypatch):
    """The row's speaker with its switch on, another one with it off (the row tests that rule)."""
    import importlib
    mod = importlib.import_module("saidwhat.pipeline." + module)
    assert getattr(mod, const)  # the rule the row tests is on
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source if hit is not None else None)
    if shape == "occupation_epithet_continues_previous_main_subject":
        return  # both pipelines find this one without the rule since the session-13 ranker refit: only the answer is asked
    monkeypatch.setattr(mod, const, False)
    if shape == "former_post_no_one_holds_is_the_person_just_named":
        # session 16 r2a: "paramedics had told her … Owen Pryor, … The former paramedic" reaches Pryor
        # by another rule too (groups._S16_R2A_PLURAL_INTRO: a plural introduces no one once a name follows)
        from saidwhat.pipeline.speakers import groups as _grp
        monkeypatch.setattr(_grp, "_S16_R2A_PLURAL_INTRO", False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode=mode), content)
    assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)


# session 13: nominal descriptions of people (invented texts): a conjoined clause with its own
# subject does not bind an epithet (nominals._S13_NOM_CONJ_BIND); an untagged name followed by a
# relative "who", or a listed given name with an apposition, is a candidate (ner_fix._S13_NOM_WHO).
WHO_S13_NOM = [
    ('conjoined_clause_subject_does_not_bind_epithet', 'speakers.nominals', '_S13_NOM_CONJ_BIND',
     "Halden Fjord Capital has cut its holding in Torvik Shipping.\n\n"
     "The analysts' call was brief. Ingrid Solvang said the fund would not sell its remaining stake, but the "
     "Norwegian added that it would vote against the board in May.",
     "it would vote against the board", "Ingrid Solvang"),
    ('untagged_name_before_who_is_a_candidate', 'speakers.ner_fix', '_S13_NOM_WHO',
     "Pickets gathered outside the depot at dawn.\n\nSeo-yun Stone, who has driven buses in the town for "
     "eleven years, joined them at six. The 44-year-old said she had not had a pay rise since 2021.",
     "she had not had a pay rise", "Seo-yun Stone"),
    ('surname_alone_before_who_evidences_the_full_name', 'speakers.ner_fix', '_S13_NOM_WHO',
     "Q: How did the series start?\n\nA: Through Seo-yun, honestly. Seo-yun Stone plays the sister.\n\n"
     "Stone, who has since won an award, wrote online that the cast had been told by email. "
     "The 31-year-old added: \"We were furious.\"",
     "We were furious", "Seo-yun Stone"),
    ('listed_given_name_with_article_apposition_is_a_candidate', 'speakers.ner_fix', '_S13_NOM_WHO',
     "Nurses walked out at the hospital on Monday.\n\nAmong those on the picket line was Ella Stone, a "
     "ward sister from Dunholm. The mother of two said she had worked 20 unpaid hours last month.",
     "she had worked 20 unpaid hours", "Ella Stone"),
]


# session 13: organisation descriptions (invented texts): a standfirst above the byline is above the
# lead (now nominals._S13_NOM3_LEAD_BELOW_BYLINE, which moved the lead below the byline for every rule); a live-blog post heading's organisation word is the post's
# body of that kind (forms._S13_ORG_POST_KIND); "The Leeds firm" is the body named just before
# (org_descriptions._S13_ORG_PLACE_PREV).
WHO_S13_ORG = [
    ('standfirst_bare_org_word_is_body_named_below', 'speakers.nominals', '_S13_NOM3_LEAD_BELOW_BYLINE',
     "Brenmoor pulls 30,000 electric blankets from shelves\n\n"
     "Watchdog says buyers should stop using the blankets at once; retailer promises refunds to all customers\n\n"
     "By Tamsin Oduya, Consumer Editor\n\n"
     "A bedding maker is recalling 30,000 electric blankets after a string of small fires in homes across Wales.\n\n"
     "The Office for Home Appliance Safety said it had opened an inquiry in November. Brenmoor Textiles said "
     "it was sorry.",
     "buyers should stop using", "Office for Home Appliance Safety"),
    ('post_heading_body_word_is_post_body_holding_it', 'speakers.forms', '_S13_ORG_POST_KIND',
     "Dunlow floods live: river bursts its banks as 2,000 homes evacuated\n\n"
     "By Carys Penrose\n\n"
     "11:20 GMT\n\n"
     "Hospital: 'Only come to us in an emergency'\n\n"
     "Radio Dunlow reported that Dunlow Royal Infirmary Hospital had closed its car park. The hospital said "
     "staff were being driven in by volunteers.\n\n"
     "10:55 GMT\n\n"
     "Police close the ring road\n\n"
     "Officers said the ring road would stay closed overnight.",
     "Only come to us in an emergency", "Dunlow Royal Infirmary Hospital"),
    ('post_heading_kind_word_is_post_body_of_that_kind', 'speakers.forms', '_S13_ORG_POST_KIND',
     "Dunlow floods live: river bursts its banks as 2,000 homes evacuated\n\n"
     "By Carys Penrose\n\n"
     "11:20 GMT\n\n"
     "Energy company: 'Our engineers are on their way'\n\n"
     "Speaking to BBC Radio Dunlow, Tarrow Valley Power's operations director, Ines Caldwell, said 4,000 homes had "
     "lost power.\n\n"
     "10:55 GMT\n\n"
     "Police close the ring road\n\n"
     "Officers said the ring road would stay closed overnight.",
     "Our engineers are on their way", "Tarrow Valley Power"),
    ('place_modified_kind_word_is_body_just_named', 'speakers.org_descriptions', '_S13_ORG_PLACE_PREV',
     "Parish council delays vote on village hall\n\n"
     "Ashcombe Parish Council has put off a decision on the future of its village hall until the spring.\n\n"
     "A report written by Quill & Barnaby for the council found damp in the walls and a failing roof. "
     "The Sheffield firm said repairs would cost at least £180,000.",
     "repairs would cost", "Quill & Barnaby"),
    ('body_word_is_the_one_body_of_sentence_before', 'speakers.org_descriptions', '_S13_ORG_PREV_SENT',
     "Van driver jailed for cloned number plates\n\n"
     "A van driver who used cloned number plates to dodge 140 speeding fines has been jailed for 18 months.\n\n"
     "The inquiry was run by the Wessex Roads Policing Group's Plate Fraud Bureau. "
     "The unit said it would now seek to recover the fines.",
     "it would now seek to recover", "Plate Fraud Bureau"),
]


# session 13: pronouns and possessives (invented texts): a possessed thing as the sentence before's
# subject hands the he/she chain its possessor (pronouns._S13_PRON_POSSESSOR); a he/she after a
# paragraph ending on a claim a named person rejects is that person (pronouns._S13_PRON_REBUTTAL); a
# he/she votes once for a cluster's gender (coref._S13_PRON_VOTE_ONCE); "Its filing" with no ranked
# candidate takes the organisation subject of the sentence before (pronouns._S13_PRON_ITS_SUBJECT); a
# he/she continues a previous speaker the NER missed (pronouns._S13_PRON_NOCLUSTER); "they" after "He and
# his partner" is the first-named (pronouns._S13_PRON_PAIR_SUBJECT).
WHO_S13_PRON = [
    ('possessed_thing_subject_hands_chain_its_possessor', 'speakers.pronouns', '_S13_PRON_POSSESSOR',
     "Senator Mark Hollis leads the Republican field with 31 percent, a new poll found.\n\n"
     "Casino owner Walter Brandt said he had not yet chosen a candidate. “We like several of them,” Brandt said "
     "during an interview in Macau.\n\nAsked what he wanted in a nominee, Brandt said, “They have got to be able "
     "to win.”\n\nHollis’s blunt, off-the-cuff style has not dented his popularity, despite predictions to the "
     "contrary. But on trade, he did find himself in trouble last month, and he also told farmers the tariffs "
     "would be “temporary”.",
     "the tariffs", "Mark Hollis"),
    ('he_after_claim_a_named_person_rejected_is_that_person', 'speakers.pronouns', '_S13_PRON_REBUTTAL',
     "Analyst Mark Fell said the company was losing customers to rival Zentra, a claim chief executive Ian Moss "
     "rejected on the call.\n\n\"We have not lost a single contract,\" he said.",
     "We have not lost", "Ian Moss"),
    ('pronoun_votes_once_for_a_gender', 'coref', '_S13_PRON_VOTE_ONCE',
     "Council leader Tom Ridley announced the inquiry on Monday. \"I have asked Judge Sarah Quinn to lead the "
     "review, and she has agreed,\" Ridley said.\n\nShe said she would report by June.",
     "she would report by June", "Sarah Quinn"),
    ('its_document_takes_previous_organisation_subject', 'speakers.pronouns', '_S13_PRON_ITS_SUBJECT',
     "Greenvale Water was fined £2m on Tuesday after a sewage spill into the River Dene. Its filing with the "
     "stock exchange said profits would fall.",
     "profits would fall", "Greenvale Water"),
    ('he_continues_previous_speaker_the_ner_missed', 'speakers.pronouns', '_S13_PRON_NOCLUSTER',
     "Bramley Mutual reported a profit of £41m on Wednesday.\n\nAnalysts on the call were less interested in "
     "bad debts than in savings. Sterling Price of Stanmore Securities asked why the bank was paying easy-access "
     "savers 1.9% when Harrow Vale paid 3.1%. He said the gap was “hard to justify to anyone who reads a table”.",
     "the gap was", "Sterling Price"),
    ('they_after_coordinated_subject_is_first_named', 'speakers.pronouns', '_S13_PRON_PAIR_SUBJECT',
     "The parade featured heavy security. Tom Alvarez said seeing so many police officers at the march was a "
     "welcome sight. He and his partner came to the events because they wanted to show that \"they can not "
     "scare us back into the closet.\"",
     "they can not scare us", "Tom Alvarez"),
]


# session 13: documents
# Invented texts, one per shape (documents._S13_DOC_*): a described maker or possessor read as the
# organisation description it is; a family's statement anonymous; a body's own website or account;
# "papers" a document; a document that nominalises an earlier verb; a sentence-opening common word
# no maker; the owner of a document named in an organisation-resolved mention remembered.
WHO_S13_DOC = [
    ('statement_from_the_described_club', '_S13_DOC_DESCRIBED',
     "Ashby Wanderers have parted company with their coach, Neil Farrow.\n\n"
     "A statement from the club said the decision had been taken with great regret.",
     "the decision had been taken", "Ashby Wanderers"),
    ('statement_released_by_the_family_is_anonymous', '_S13_DOC_FAMILY',
     "Tributes have been paid to Owen Tarrant, who died in a crash near Kelso on Friday.\n\n"
     "A statement released by the family said he was \"the kindest man we knew\".",
     "the kindest man we knew", "anonymous"),
    ('post_on_a_named_band_account', '_S13_DOC_ON_ACCOUNT',
     "A post on Marrow Lane's Instagram account said the drummer had broken his wrist.",
     "the drummer had broken his wrist", "Marrow Lane"),
    ('court_papers_have_no_maker', '_S13_DOC_NOUNS',
     "A plumber from Wexcombe has been charged with theft.\n\n"
     "Court papers say he took £12,000 from two elderly customers.",
     "he took £12,000", "unresolved"),
    ('the_ruling_of_a_judge_who_ruled', '_S13_DOC_VERB',
     "Judge Harriet Okonjo ruled that the lease was void.\n\n"
     "The ruling said the landlord had misled his tenants.",
     "the landlord had misled", "Harriet Okonjo"),
    ('court_documents_opening_the_sentence', '_S13_DOC_OPENER',
     "Figures from the Office for Harbour Statistics show that 300 boats were laid up.\n\n"
     "Court documents show that the marina owed £2m to its suppliers.",
     "the marina owed", "unresolved"),
    ('the_figures_after_a_report_by_a_named_body', '_S13_DOC_REMEMBER',
     "A report by the Coastal Fisheries Agency found cod catches fell by half.\n\n"
     "The figures show that haddock catches also fell.",
     "haddock catches also fell", "Coastal Fisheries Agency"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, const, text, content, name", WHO_S13_DOC, ids=[r[0] for r in WHO_S13_DOC])
def test_who_said_it_s13_documents(shape, const, text, content, name, monkeypatch):
    """The row's speaker (a name, or ``anonymous``/``unresolved`` for no name) with its switch on,
    another one with it off (fast mode)."""
    from saidwhat.pipeline.speakers import documents
    assert getattr(documents, const)  # the rule the row tests is on
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and (sp.name or sp.kind) == name, (shape, sp, hit.source)
    monkeypatch.setattr(documents, const, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is None or (sp.name or sp.kind) != name, (shape, "passes with the switch off", sp)


# session 13: nominal descriptions of people, round 2
# Invented texts, one per shape (nominals._S13_NOM2_*): an age epithet inside a source span that runs
# into its clause; an epithet after a fronted clause is that clause's subject; a birthplace epithet of
# a city; "said" after a question put to a person; a body's "boss" its chief executive, not its
# chairman; a headline's place and role the one person the article gives that role. Each row:
# (shape, switch, text, source mention, speaker name); the mention is resolved alone (SpeakerResolver).
WHO_S13_NOM2 = [
    ('age_epithet_in_an_overlong_source', '_S13_NOM2_SUBJECT_NP',
     "Carla Brennick, 44, was jailed for two years at Wexcombe Crown Court on Monday for stealing from residents.\n\n"
     "According to a pre-sentence report, the 44-year-old told probation officers she felt \"sick with shame\".",
     "the 44-year-old told probation officers she felt", "Carla Brennick"),
    ('fronted_clause_subject_is_the_age_epithet', '_S13_NOM2_FRONTED',
     "The documentary follows Rosa Quintero, the chef whose Bristol bistro closed last year.\n\n"
     "Her former partner, Hanne Visser, is its other voice. Visser says the trouble began long before the closure. "
     "When Quintero is shown that interview, the 51-year-old laughs and says: \"It began on the first day.\"",
     "the 51-year-old", "Rosa Quintero"),
    ('birthplace_epithet_of_a_city', '_S13_NOM2_BORN',
     "Adaeze Okafor has quit the band Lantern Row after eight years. Okafor wrote that she needed a rest.\n\n"
     "The Lagos-born singer said she would release a solo album in the spring.",
     "The Lagos-born singer", "Adaeze Okafor"),
    ('said_after_a_question_put_to_them', '_S13_NOM2_ASKED_SAID',
     "Erik Solberg, chief executive of Fjordline Water, and Dele Amusan, his counterpart at Marsh Vale Water, gave evidence to MPs.\n\n"
     "The committee's chair, Ruth Kemble, opened by asking Mr Solberg whether he would give up his bonus. "
     "The Norwegian-born executive said the decision was \"for the board, not for me\".",
     "The Norwegian-born executive", "Erik Solberg"),
    ('the_body_boss_is_its_chief_executive', '_S13_NOM2_BOSS',
     "Harlowe Homes, the housebuilder, has blamed two insurers for a fall in profits. Chief executive Helen Marwood said the "
     "company had \"done right by its customers\".\n\n"
     "Harlowe's chairman, Sir Nigel Bream, called for a review of the regulator.\n\n"
     "The Harlowe boss said the firm would decide by March whether to appeal.",
     "The Harlowe boss", "Helen Marwood"),
    ('headline_place_and_role', '_S13_NOM2_HEADLINE_ROLE',
     "Kelbridge leader: 'We cannot pay what we do not have'\n\n"
     "Bin collections in Kelbridge have been suspended for a third week.\n\n"
     "The council leader, Cllr Naomi Fairweather, said the council had offered staff a fair rise.",
     "Kelbridge leader", "Naomi Fairweather"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, const, text, source, name", WHO_S13_NOM2, ids=[r[0] for r in WHO_S13_NOM2])
def test_who_said_it_s13_nominals_round2(shape, const, text, source, name, nlp, monkeypatch):
    """The source mention resolves to ``name`` with its switch on, to another speaker with it off
    (a mention in the first paragraph is resolved as a headline's, ``forward``)."""
    from saidwhat.pipeline.speakers import SpeakerResolver, nominals
    assert getattr(nominals, const)  # the rule the row tests is on
    a = text.find(source)

    def who() -> str:
        r = SpeakerResolver(nlp(text))
        key = r.resolve(a, a + len(source), None, forward=text.rfind("\n\n", 0, a) < 0)
        return r.entities[key].name or r.entities[key].kind

    assert who() == name, shape
    monkeypatch.setattr(nominals, const, False)
    assert who() != name, (shape, "passes with the switch off")


# session 13: organisation descriptions, round 2 (invented texts): "Dunmere council" is the one fuller
# body of that kind opening with the place (organisations._S13_ORG2_PLACE_KIND), not an organisation
# "Dunmere" that the town's later mentions ("BBC Radio Dunmere") would be.
WHO_S13_ORG2 = [
    ('place_and_kind_word_is_the_fuller_body', 'speakers.organisations', '_S13_ORG2_PLACE_KIND',
     "Library closures approved after late-night vote\n\n"
     "Dunmere council says it has \"no money left\" as three branches close\n\n"
     "By Ola Brightwell\n\n"
     "Three libraries in Dunmere will close in April after talks between Dunmere Metropolitan Council and two "
     "unions failed on Tuesday night.\n\n"
     "Unison said the council had walked away. Residents in Dunmere said they were angry.\n\n"
     "In a statement, the council said the closures would save £600,000 a year.",
     "the closures would save", "Dunmere Metropolitan Council"),
]


# session 13: names
# Invented texts, one per shape (names._S13_NAME_*): "<First> <Surname> of <Firm>" tagged one ORG is
# the person; a NORP-tagged surname after a hyphenated given name; a job title before a tagged or
# untagged name is the role; a name tagged a place in apposition after a relation noun ("Her
# successor, X,"); a titled relative with an unlisted given name sharing a named person's surname;
# a Title Case headline's "-ed" verb the NER glued to a surname ("Backed Whitfield"); a headline
# label's surname inside an ORG entity that runs across the colon.
# Each row: (shape, switch, text, source mention, speaker name); the mention is resolved alone
# (SpeakerResolver).
WHO_S13_NAME = [
    ('firstname_surname_of_firm_tagged_one_org', '_S13_NAME_OF_FIRM',
     "The pound slid against the dollar.\n\n"
     "Anand Iyer of Brackley Securities said traders were \"running for cover\".",
     "Anand Iyer of Brackley Securities", "Anand Iyer"),
    ('hyphenated_given_name_then_a_norp_surname', '_S13_NAME_HYPHEN_NORP',
     "The Corvell Institute published its findings on sleep and memory on Friday.\n\n"
     "The study's lead author, Min-seo Han, said the effect was \"far larger than we expected\".",
     "The study's lead author, Min-seo Han,", "Min-seo Han"),
    ('job_title_inside_a_tagged_name', '_S13_NAME_TITLES',
     "A man has been charged over the fire at the Aldgate mill.\n\n"
     "Prosecutor Ingrid Solberg said the damage was \"enormous and deliberate\".",
     "Prosecutor Ingrid Solberg", "Ingrid Solberg"),
    ('job_title_before_an_untagged_name', '_S13_NAME_TITLES',
     "The fire destroyed the old mill at Carrow Bridge.\n\n"
     "Prosecutor Olusegun Bello told the court the fire had been started deliberately.",
     "Prosecutor Olusegun Bello", "Olusegun Bello"),
    ('relation_noun_apposition_name_tagged_a_place', '_S13_NAME_APPOS',
     "Mara Lindqvist stepped down as head of the coastal agency in March.\n\n"
     "Her successor, Leo Park, said the agency would \"start again from scratch\".",
     "Her successor, Leo Park,", "Leo Park"),
    ('titled_relative_sharing_a_surname', '_S13_NAME_TITLED_KIN',
     "Kemi Nkemelu has won the regional poetry prize.\n\n"
     "Her father, Pastor Babajide Nkemelu, said she had been writing since she was six.",
     "Her father, Pastor Babajide Nkemelu,", "Babajide Nkemelu"),
    ('title_case_headline_verb_glued_to_a_surname', '_S13_NAME_HEADLINE_VERB',
     "Hours After Veteran Senator Backed Whitfield, Donors Fled.\n\n"
     "Senator Grace Tilley threw her support behind Marcus Whitfield on Sunday. Whitfield said he was \"humbled\".",
     "Backed Whitfield", "Marcus Whitfield"),
    ('headline_label_org_across_the_colon', '_S13_NAME_COLON_LABEL',
     "Del Rio: Trust Bratt on security, not 'blowhard' Pryor.\n\n"
     "Mayor Marco del Rio rejected criticism from Republican presidential candidate Tom Pryor on Thursday, "
     "saying the police commissioner was doing a fine job.",
     "Del Rio", "Marco del Rio"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, const, text, source, name", WHO_S13_NAME, ids=[r[0] for r in WHO_S13_NAME])
def test_who_said_it_s13_names(shape, const, text, source, name, nlp, monkeypatch):
    """The source mention resolves to the person ``name`` (no title, no firm) with its switch on, to
    another speaker with it off."""
    from saidwhat.pipeline.speakers import SpeakerResolver, names
    assert getattr(names, const)  # the rule the row tests is on
    a = text.find(source)

    def who() -> str:
        r = SpeakerResolver(nlp(text))
        key = r.resolve(a, a + len(source), None, forward=text.rfind("\n\n", 0, a) < 0)
        return r.entities[key].name or r.entities[key].kind

    assert who() == name, shape
    monkeypatch.setattr(names, const, False)
    from saidwhat.pipeline.speakers import resolver  # session 17 INV: an untagged name head after a role names it too
    monkeypatch.setattr(resolver, "_S17_INV_NAME_RUN", False)
    assert who() != name, (shape, "passes with the switch off")


# session 13: organisation descriptions, round 3 (invented texts; org_descriptions._S13_ORG3_PLACE_MOD):
# "The Lisbon-based bank" is not the body written "Bristol-based" but the other bank named before;
# "The Danish regulator" is the body of its paragraph whose name holds the place whatever its kinds
# ("The Bank of Denmark"); "Chile's mining ministry" is "the Chilean Ministry of Mines" named later.
WHO_S13_ORG3 = [
    ('based_elsewhere_body_is_not_the_place_modified_one', '_S13_ORG3_PLACE_MOD',
     "Banco Alvorada bids for Severn Mutual\n\n"
     "By Priya Lund\n\n"
     "Banco Alvorada, Portugal's third-largest lender, has made a £2bn offer for Severn Mutual, the "
     "Bristol-based savings bank.\n\n"
     "The Lisbon-based bank said the offer was \"fair and generous\". Severn Mutual said it would consider it.",
     "the offer was", "Banco Alvorada"),
    ('place_named_body_of_paragraph_is_the_national_regulator', '_S13_ORG3_PLACE_MOD',
     "Nordhavn Bank bid faces scrutiny\n\n"
     "By Priya Lund\n\n"
     "The Financial Conduct Authority has been told of the plan. The Bank of Denmark said it was \"studying the "
     "proposal\". The Danish regulator said any deal would need its consent.",
     "any deal would need", "Bank of Denmark"),
    ('country_possessive_body_is_the_demonym_named_ministry', '_S13_ORG3_PLACE_MOD',
     "Chile suspends copper licences\n\n"
     "By Priya Lund\n\n"
     "SANTIAGO, Dec 6 (Reuters) - Chile's mining ministry said on Saturday that four copper licences in the "
     "Atacama region had been suspended.\n\n"
     "In a statement, the Chilean Ministry of Mines said the firms had broken water rules.",
     "four copper licences", "Chilean Ministry of Mines"),
]


# session 13: people descriptions, round 3
# Invented texts, one per shape (switches _S13_NOM3_* in nominals, coref and groups): a possessed
# description of someone hired and unnamed ("Her barrister", "The Spaniard's solicitor") is anonymous;
# "Their findings" takes the body of the researchers before; "The forecast" the maker of the warning
# before; "An email to passengers" the airline; a possessor is no head ("the town's newly elected
# mayor"); "A Department of X spokesman" is an unnamed person; "MSPs say" a bare group; "the property
# mogul" a person noun, after a "he" subject the previous speaker; a long standfirst above the byline
# is no lead ("A coroner" in the lead below it); "Her son" in a standfirst the son named below. Each
# row: (shape, module, switch, text, sources resolved before it in order, source mention, speaker).
WHO_S13_NOM3 = [
    ('possessed_barrister_unnamed', 'nominals', '_S13_NOM3_HIRED',
     "Anna Kovac, 38, denies fraud at Selby Crown Court.\n\n"
     "Her barrister told the jury that Kovac had been \"used by her employer\".",
     (), "Her barrister", "anonymous"),
    ('described_possessor_solicitor_not_another_clients_barrister', 'nominals', '_S13_NOM3_HIRED',
     "Lucas Moreno and Peter Osei were convicted of fraud at Bristol Crown Court on Friday. Osei's barrister, "
     "Helen Parkhurst, had told the jury her client was misled.\n\n"
     "Moreno, who denied all the charges, shook his head as the verdicts were read. "
     "The Spaniard's solicitor said in a statement that her client would appeal.",
     (), "The Spaniard's solicitor", "anonymous"),
    ('their_findings_after_researchers_at_a_body', 'nominals', '_S13_NOM3_THEIR_DOC',
     "Researchers at the Halden Institute studied 4,000 patients over ten years.\n\n"
     "Their findings suggest that daily walks cut the risk of stroke.",
     (), "Their findings", "Halden Institute"),
    ('the_forecast_after_a_warning_issued', 'nominals', '_S13_NOM3_WARNING',
     "The Met Office has issued a warning for heavy snow across Scotland.\n\n"
     "The forecast says up to 20cm could fall on high ground.",
     (), "The forecast", "Met Office"),
    ('an_email_to_passengers_is_the_airlines', 'nominals', '_S13_NOM3_ADDRESSED',
     "Flights were cancelled across Europe on Tuesday. A spokeswoman for Crane Airways said 40 flights were "
     "affected.\n\n"
     "An email to passengers said refunds would be paid within a week.",
     ("A spokeswoman for Crane Airways",), "An email to passengers", "Crane Airways"),
    ('possessor_then_participle_is_no_head', 'coref', '_S13_NOM3_POSS_HEAD',
     "Lido row deepens\n\n"
     "A row over the future of Elmbridge's lido deepened on Tuesday when the town's newly elected mayor accused the "
     "district council of \"walking away\" from the pool.\n\n"
     "Priya Nandakumar, who was elected in May, told a packed meeting that residents had been ignored.",
     (), "the town's newly elected mayor", "Priya Nandakumar"),
    ('a_ministry_of_x_spokesman_is_unnamed', 'coref', '_S13_NOM3_NAME_OF_HEAD',
     "Hospital waiting lists in Kent rose for a fifth month in October.\n\n"
     "A Department of Health and Social Care spokesman said the figures were \"disappointing\".",
     (), "A Department of Health and Social Care spokesman", "anonymous"),
    ('abbreviated_title_plural_is_a_bare_group', 'groups', '_S13_NOM3_BARE_PLURAL',
     "Rail bosses 'ignored warnings', MSPs say\n\n"
     "The heads of two train operators were criticised on Tuesday after a winter of cancellations.",
     (), "MSPs", "anonymous"),
    ('wealth_epithet_is_a_person_noun', 'nominals', '_S13_NOM3_PERSON_NOUNS',
     "Shipping magnate Victor Lantz said on Friday he had met the prime minister, Ana Ruiz, this week.\n\n"
     "While the magnate would not say what they discussed, he did say he found Ruiz \"very warm\".\n\n"
     "\"It was a good meeting,\" the property mogul told reporters in Oslo.",
     ("Shipping magnate Victor Lantz", "he did"), "the property mogul", "Victor Lantz"),
    ('epithet_after_a_he_subject_is_the_previous_speaker', 'nominals', '_S13_NOM3_HE_BEFORE',
     "Shipping magnate Victor Lantz said on Friday he had met the prime minister, Ana Ruiz, this week.\n\n"
     "While the magnate would not say what they discussed, he did say he found Ruiz \"very warm\".\n\n"
     "\"It was a good meeting,\" the property mogul told reporters in Oslo.",
     ("Shipping magnate Victor Lantz", "he did"), "the property mogul", "Victor Lantz"),
    ('lead_below_the_byline_names_the_coroner', 'nominals', '_S13_NOM3_LEAD_BELOW_BYLINE',
     "Cyclist died after 'avoidable' delay, coroner finds\n\n"
     "Daniel Okoro, 52, was struck by a van on the A40 near Witney in March last year\n\n"
     "By Rhys Morgan\n\n"
     "A coroner has ruled that a faulty traffic light contributed to the death of a cyclist in Oxfordshire.\n\n"
     "Recording a narrative conclusion on Friday, senior coroner Helen Ashdown said the council had missed chances to "
     "repair the light.",
     (), "A coroner", "Helen Ashdown"),
    ('possessed_kin_in_a_standfirst_named_below', 'nominals', '_S13_NOM3_KIN_POSS',
     "Ada Nwankwo, composer who scored a generation of Nollywood films, dies aged 81\n\n"
     "The Enugu-born composer wrote more than 40 film scores. Her son said she died peacefully at home.\n\n"
     "By Tom Hale | Published 5 December 2026\n\n"
     "Ada Nwankwo, the composer whose scores took Nigerian cinema to festivals abroad, has died at the age of 81.\n\n"
     "Her son, Michael Adeyemi, said she had died on Sunday at her home in Leeds after a short illness.",
     (), "Her son", "Michael Adeyemi"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, module, const, text, prior, source, name", WHO_S13_NOM3,
                         ids=[r[0] for r in WHO_S13_NOM3])
def test_who_said_it_s13_people_round3(shape, module, const, text, prior, source, name, nlp, monkeypatch):
    """The source mention resolves to ``name`` with its switch on, to another speaker with it off
    (the mentions of ``prior`` are resolved first, each the previous speaker of the next; a mention
    in the first paragraph is resolved as a headline's, ``forward``)."""
    import importlib

    from saidwhat.pipeline.speakers import SpeakerResolver
    package = "saidwhat.pipeline." if module == "coref" else "saidwhat.pipeline.speakers."
    mod = importlib.import_module(package + module)
    assert getattr(mod, const)  # the rule the row tests is on

    def who() -> str:
        r = SpeakerResolver(nlp(text))
        prev = None
        for p in prior:
            s = text.find(p)
            prev = r.resolve(s, s + len(p), prev, forward=text.rfind("\n\n", 0, s) < 0)
        a = text.find(source)
        key = r.resolve(a, a + len(source), prev, forward=text.rfind("\n\n", 0, a) < 0)
        return r.entities[key].name or r.entities[key].kind

    assert who() == name, shape
    monkeypatch.setattr(mod, const, False)
    if const == "_S13_NOM3_BARE_PLURAL":
        # session 15's title plurals ("Tory MPs", "MSPs" tagged ORG) reach the same answer: off with it
        monkeypatch.setattr(mod, "_S15_GRP_TITLE_PLURAL", False)
    assert who() != name, (shape, "passes with the switch off")


# session 13: pronouns, round 2 (invented texts): a he/she replying right after "Y asked her whether …"
# is the person asked (pronouns._S13_PRON2_ANSWERER); "Her counterpart at Firm, Name, went further. She
# said" gives the subject chain the name hung under the firm (pronouns._S13_PRON2_APPOS_OF); "who" after
# "Name of Firm" is the person though the NER typed the whole phrase an organisation
# (pronouns._S13_PRON2_WHO_FIRM); "they" under a main clause whose plural subject is a resolved
# source is that source's body (pronouns._S13_PRON2_THEY_SUBJECT).
WHO_S13_PRON2 = [
    ('she_replying_after_asked_her_is_the_person_asked', 'speakers.pronouns', '_S13_PRON2_ANSWERER',
     "Ms Okafor said staff shortages had caused most of the delays and that the trust was hiring 80 new "
     "nurses. The Labour MP Harriet Pellow-Vance asked her whether the board had paid bonuses last year. "
     "She replied that it had, but that they had been \"sharply cut\".",
     "sharply cut", "Okafor"),
    ('she_after_counterpart_at_firm_with_name_is_that_name', 'speakers.pronouns', '_S13_PRON2_APPOS_OF',
     "Appearing before the committee, Tollmere Water's chief executive, Ruth Abernathy, admitted that her "
     "company did not publish spill figures daily.\n\n\"That is not good enough,\" she told MPs.\n\n"
     "Her counterpart at Saxby Rivers, Marisol Quintana, went further. She said her company had missed 6 per "
     "cent of its targets in March.",
     "her company had missed", "Marisol Quintana"),
    ('who_after_name_of_firm_typed_an_organisation_is_the_person', 'speakers.pronouns', '_S13_PRON2_WHO_FIRM',
     "Finance chief Rafael Ortiz struck a more cautious note. He said average claims had risen 11% over the "
     "period.\n\n\"I would not want anyone to leave this call thinking inflation is behind us,\" the executive "
     "added. \"It isn't.\"\n\nAdvertisement\n\nAdeyemi was pressed on the dividend by Lukasz Kaminski of "
     "Castlegate Securities, who asked whether the higher payout left enough headroom if the winter turned severe.",
     "whether the higher payout", "Lukasz Kaminski"),
    ('they_under_a_resolved_plural_subject_is_its_body', 'speakers.pronouns', '_S13_PRON2_THEY_SUBJECT',
     "Harwick Building Society has agreed to buy Fenmore Bank for £1.2bn, creating the country's fifth-largest "
     "mortgage lender.\n\nHarwick's chief executive, Owen Price, said the deal would \"give savers a stronger "
     "home\".\n\nBoth lenders said their boards had unanimously backed the deal, which they expect to "
     "complete in the spring.",
     "complete in the spring", "Harwick Building Society"),
]


# session 13: organisation descriptions, round 4 (invented texts): "The broadcaster" after "Lumora's
# head of drama, Name, told …" and "The operator" after "Eastmoor Valley's statement … said" is the body
# written before the role or document noun (org_descriptions._S13_ORG4_AFFIL); "The ministry" whose
# paragraph opened "Peru's energy ministry took …" is that body as written, and "The Chilean ministry"
# is the "Chilean mining ministry" written before (org_descriptions._S13_ORG4_LOWER_BODY); "The party"
# right after "Labour said …" is that party, not the "<X> Party" named before
# (org_descriptions._S13_ORG4_HEADED_FOCUS, shipped False, on in its row).
WHO_S13_ORG4 = [
    ('broadcaster_after_body_possessed_role_with_named_holder', '_S13_ORG4_AFFIL',
     "Rival channels fight over quiz format\n\n"
     "By Priya Lund\n\n"
     "Halberd TV said it was proud of the format. Its rival Lumora, which made the pilot, bid for it in 2024.\n\n"
     "Lumora&#8217;s head of drama, Tobias Wrenfield, told a festival audience that the channel had been "
     "\"outbid\". The broadcaster later said Wrenfield had been joking about the bid.",
     "Wrenfield had been joking", "Lumora"),
    ('operator_after_body_possessed_statement', '_S13_ORG4_AFFIL',
     "Rail firms questioned by MPs\n\n"
     "By Priya Lund\n\n"
     "The chief executive of Eastmoor Valley Trains, Ines Corrigan, gave evidence to MPs. The Department for Transport "
     "said it expected firms to publish their figures.\n\n"
     "Eastmoor Valley's statement after the hearing said that its manager had answered openly. The operator "
     "said its cancellation figures would be published on Monday.",
     "its cancellation figures", "Eastmoor Valley Trains"),
    ('ministry_after_place_possessed_ministry_subject', '_S13_ORG4_LOWER_BODY',
     "Andean talks on gas pipeline stall\n\n"
     "LIMA, March 3 (Reuters) - Bolivia's energy ministry said the pipeline talks had stalled.\n\n"
     "Peru's energy ministry took a softer line. Its spokeswoman, Lucia Montalvo Arce, said Lima "
     "welcomed the talks. The ministry added that Peru would host the next round.",
     "Peru would host", "Peru's energy ministry"),
    ('demonym_ministry_is_the_fuller_form_written_before', '_S13_ORG4_LOWER_BODY',
     "Copper talks end without deal\n\n"
     "SANTIAGO, March 3 (Reuters) - The Chilean mining ministry said on Tuesday that the talks had ended.\n\n"
     "Two officials who attended said the sticking point was royalties. The Argentine delegation declined "
     "to comment.\n\n"
     "The Chilean ministry later said the next round should take place in May.",
     "the next round should", "Chilean mining ministry"),
    ('party_after_party_subject_is_not_the_named_party', '_S13_ORG4_HEADED_FOCUS',
     "By-election result in Glanferry\n\n"
     "By Priya Lund\n\n"
     "The Harbour Party said it had doubled its share of the vote in the north of the ward.\n\n"
     "Labour said in a statement that the result was \"a vote of confidence\". The party added that its "
     "new councillor would take her seat on Monday.",
     "its new councillor", "Labour"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, const, text, content, name", WHO_S13_ORG4, ids=[r[0] for r in WHO_S13_ORG4])
def test_who_said_it_s13_org4(shape, const, text, content, name, monkeypatch):
    """The row's organisation with its switch on, another speaker with it off (fast mode);
    ``_S13_ORG4_HEADED_FOCUS`` ships ``False`` (it lost a genre dev row) and is turned on here."""
    from saidwhat.pipeline.speakers import org_descriptions
    if const == "_S13_ORG4_HEADED_FOCUS":
        monkeypatch.setattr(org_descriptions, const, True)
    assert getattr(org_descriptions, const)  # the rule the row tests is on
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source if hit is not None else None)
    monkeypatch.setattr(org_descriptions, const, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)


# session 13: organisation short forms (invented texts): "Fernleigh" is Fernleigh Albion when the
# article also names "Fernleigh Albion Supporters' Club" (organisations._S13_SHORT_NESTED); a bare
# "Wanderers" source is Ostbury Wanderers, not the other club nor an unnamed group
# (organisations._S13_SHORT_SOURCE); "Larchmont Vale, which …" tagged a person is Larchmont Vale
# Building Society (organisations._S13_SHORT_PREFIX); "Harwick" is Harwick Town when the result line
# "Harwick Town 1 Selby Forge 3" is the only place its full name is written
# (organisations._S13_SHORT_SCORELINE).
WHO_S13_SHORT = [
    ('first_word_of_club_and_its_supporters_trust', '_S13_SHORT_NESTED',
     "Fernleigh beaten at home again\n\n"
     "By Priya Lund\n\n"
     "Fernleigh Albion manager Tomasz Kerrigan blamed the pitch after a 3-0 defeat to Oakhurst City on Saturday.\n\n"
     "Both clubs spoke after the match. Fernleigh said it would review its groundsman's contract.\n\n"
     "The Fernleigh Albion Supporters' Club, which has 4,000 members, said fans had been patient for too long.",
     "it would review its groundsman", "Fernleigh Albion"),
    ('club_last_word_alone_as_source', '_S13_SHORT_SOURCE',
     "Ostbury Wanderers 0-1 Penrick Athletic\n\n"
     "By Priya Lund\n\n"
     "Penrick Athletic beat Ostbury Wanderers 1-0 with a late goal from Sami Okafor.\n\n"
     "Athletic said after the match that they would not comment on the referee. Wanderers said in a short "
     "statement that they would \"seek clarification\" on the penalty.",
     "seek clarification", "Ostbury Wanderers"),
    ('typed_leading_words_of_building_society', '_S13_SHORT_PREFIX',
     "Lenders hold rates\n\n"
     "By Priya Lund\n\n"
     "Larchmont Vale Building Society, the region's largest mutual, held its savings rate at 3.2% on Monday.\n\n"
     "Analysts said the rivals had little room to move. Larchmont Vale, which has no shareholders, "
     "said it would keep the rate until the spring.",
     "it would keep the rate", "Larchmont Vale Building Society"),
    ('one_word_club_named_in_full_only_in_result_line', '_S13_SHORT_SCORELINE',
     "Selby Forge cruise to derby win\n\n"
     "Harwick Town 1 Selby Forge 3\n\n"
     "By Priya Lund at Mill Lane\n\n"
     "Selby Forge scored three times in the second half to win the derby at Mill Lane on Saturday.\n\n"
     "Harwick led through an early penalty from Dale Murray.\n\n"
     "Harwick said in a statement that the club would not comment on the referee.",
     "the club would not comment", "Harwick Town"),
]


# session 13: ages and surnames
WHO_S13_AGE = [
    ('hyphen_surname_given_name_untagged', 'names', '_S13_AGE_HYPHEN_FULL',
     "Water chiefs questioned\n\n"
     "By Priya Lund\n\n"
     "Mr Okoro said the leaks had been fixed. The Labour MP Rosalind Ashby-Thorne asked him whether bonuses "
     "had been paid. He replied that they had.\n\n"
     "Ms Ashby-Thorne was unimpressed. She later wrote on X that the hearing had been \"a waste of an afternoon\".",
     "a waste of an afternoon", "Rosalind Ashby-Thorne"),
    ('age_epithet_subject_then_she', 'pronouns', '_S13_AGE_CHAIN',
     "Maya Ellingham: 'I almost said no'\n\n"
     "By Priya Lund\n\n"
     "Ellingham, 41, has spent the year on a film set in Wales. She plays a vet in the new drama.\n\n"
     "Producer Dana Kell has called the shoot \"the hardest winter of my life\". When we meet at a cafe near "
     "her flat, the 41-year-old shakes her head.\n\n"
     "\u201cThe hardest winter? It was the only winter,\u201d she says.",
     "It was the only winter", "Maya Ellingham"),
]


# session 13: organisation descriptions, round 5
WHO_S13_ORG5 = [
    ('standfirst_number_plural_first_named', '_S13_ORG5_PLURAL',
     "Bus drivers strike over rota at Marlow depot\n\n"
     "Two unions say the depot is 'one breakdown from collapse' as the operator blames sickness\n\n"
     "By Hanna Vesey, Transport Correspondent\n\n"
     "MORE than 90 bus drivers walked out at the Marlow depot of Tamberly Coaches on Monday.\n\n"
     "The Road Crews Union, which represents most of the drivers, said its members had run out of patience. "
     "A second union, the Drivers' Federation, said it would ballot its members next week.\n\n"
     "Tamberly Coaches said it had offered a 6% rise.",
     "the depot is", "Road Crews Union"),
    ('standfirst_modified_plural_first_named', '_S13_ORG5_PLURAL',
     "Pollen count soars across the Fens\n\n"
     "Health agencies urge hay fever sufferers to stay indoors on Friday afternoon\n\n"
     "By Hanna Vesey\n\n"
     "The East Anglia Air Quality Agency (EAAQA) said the count was the highest since 2019. The agency said "
     "people with asthma should carry inhalers.\n\n"
     "The Fenland Health Agency said surgeries were already busy.",
     "to stay indoors", "East Anglia Air Quality Agency"),
    ('council_after_union_spoke_is_no_union', '_S13_ORG5_ACT_KINDS',
     "Refuse strike enters second month\n\n"
     "By Tomas Reilly, Local Democracy Reporter\n\n"
     "Bin collections across the borough will not resume this week after talks between the council and "
     "Corvex, the drivers' union, broke down.\n\n"
     "Corvex said the offer was an insult. The union added that its members would stay out until May.\n\n"
     "The council said it would respond to the union in writing.\n\n"
     "Harwick Borough Council has set aside \u00a3200,000 for temporary skips.",
     "it would respond to the union", "Harwick Borough Council"),
]


# session 14: bare role nouns as sources (headlines, standfirsts) and role synonyms (_S14_ROLE_*)
WHO_S14_ROLE = [
    ('lead_chief_financial_officer_is_the_person_named_next',
     "Corvane Foods profit dips as costs bite\n\n"
     "By Ilse Marwood, Business Reporter\n\n"
     "Corvane Foods reported a 9% fall in half-year profit on Wednesday, and its chief financial officer "
     "told analysts that packaging costs had peaked.\n\n"
     "\"We think the worst is behind us,\" Teodora Villanueva said on the call.\n\n"
     "Bruno Kessling, the chief executive, said the company would not cut prices.\n\n"
     "The union's national officer, Greta Olsen, said staff had not been told.",
     "packaging costs had peaked", "Teodora Villanueva"),
    ('role_noun_is_no_name', 
     "Ostrava Rail shares slide as CFO defends debt plan\n\n"
     "By Ilse Marwood\n\n"
     "Ostrava Rail, the freight operator, said on Monday that revenue fell 4%.\n\n"
     "The chief financial officer, Lucan Abernethy, told analysts the bonds were safe.\n\n"
     "The CFO said the company would refinance in May.",
     "the company would refinance", "Lucan Abernethy"),
    ('standfirst_agent_is_the_agent_named_below',
     "Dornier stays put as bid stalls\n\n"
     "Agent accuses Wexford of \"mind games\" over striker\n\n"
     "By Pell Ansary\n\n"
     "Fenmoor striker Kai Dornier will stay at the club until the summer, the 22-year-old said on Friday.\n\n"
     "His agent, Rafferty Quill, was less calm. He said Wexford had played games all month.",
     "mind games", "Rafferty Quill"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, text, content, name", WHO_S14_ROLE, ids=[r[0] for r in WHO_S14_ROLE])
def test_who_said_it_s14_role(shape, text, content, name, monkeypatch):
    """The row's person with :data:`~saidwhat.pipeline.speakers.nominals._S14_ROLE_POSTS` on,
    another speaker with it off (fast mode): a source that is only a post ("finance chief", "The
    CFO", "Agent") is the person the article states holds it, never a person named after the word."""
    from saidwhat.pipeline.speakers import nominals
    assert nominals._S14_ROLE_POSTS
    # session 15's bare headline role label reaches the same person ("Agent accuses …"): off with it
    _check_switch_row(monkeypatch, nominals, "_S14_ROLE_POSTS", shape, text, content, name,
                      also=((nominals, "_S15_HEAD_ROLE_ANY"),))


# session 14: several people who share a surname, and relation nouns (names._S14_FAM_GENDER)
WHO_S14_FAM = [
    ('mrs_picks_the_wife_not_the_husbands_cluster',
     "Painter Ilse Varga dies at 81\n\n"
     "Tributes came from the art world. The gallerist Hiroshi Tanabe, who showed her work for thirty years, "
     "called her \"the most stubborn genius I knew\".\n\n"
     "He and his wife, the framer Haruka Tanabe, had known Varga since 1968. "
     "Mrs Tanabe, who framed her first show, recalled that the painter had refused to sign anything unfinished. "
     "\"She said a signature was a promise,\" she said.",
     "the painter had refused", "Haruka Tanabe"),
    ('mrs_is_the_maiden_name_married_to_the_surname',
     "Drummer Yaw Boakye dies aged 80\n\n"
     "Yaw Boakye, whose band played every wedding in Kumasi, has died. He was 80.\n\n"
     "He formed the band with his younger brother, Kwame Boakye, in 1965. Kwame Boakye said the pair had "
     "argued for sixty years.\n\n"
     "Boakye married Sakura Ito, a teacher, in 1975. Mrs Boakye said on Monday that the house had been "
     "\"full of drums\" in his last weeks.",
     "the house had been", "Sakura Ito"),
    ('mr_and_mrs_is_the_first_named',
     "Fire forces families out of Leeds block\n\n"
     "Firefighters were called to Ashby Court at 3am on Monday.\n\n"
     "Chinedu Okafor, 50, and Ngozi Okafor, 47, who live on the fifth floor, were the first to raise the alarm. "
     "Mrs Okafor said she smelled smoke first.\n\n"
     "Mr and Mrs Okafor said their children were staying with friends in Headingley.",
     "their children were staying", "Chinedu Okafor"),
    ('his_wife_is_the_wife_not_the_possessor',
     "Fire forces families out of Leeds block\n\n"
     "Firefighters were called to Ashby Court at 3am on Monday.\n\n"
     "Chinedu Okafor, 50, and Ngozi Okafor, 47, who live on the fifth floor, were the first to raise the alarm. "
     "Mr Okafor said he woke to find the stairwell full of smoke.\n\n"
     "\"We knocked on every door on the landing,\" his wife said. \"Nobody was answering.\"",
     "We knocked on every door", "Ngozi Okafor"),
]
#: (names._S14_FAM_GIVEN) a given name in apposition to a kin noun takes the possessor's surname
WHO_S14_FAM_GIVEN = [
    ('kin_apposition_given_name_takes_the_surname',
     "Family rescued from flat above burning shop\n\n"
     "Firefighters were called to Mill Lane at 1am on Sunday.\n\n"
     "Ngozi Okafor and her husband, Daniel, lowered their two sons from a window before crews arrived. "
     "\"We just kept counting them,\" Mrs Okafor said.\n\n"
     "Her husband said the smoke alarm had woken him. \"Without it we would not be here,\" he said.",
     "the smoke alarm had woken him", "Daniel Okafor"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, text, content, name", WHO_S14_FAM, ids=[r[0] for r in WHO_S14_FAM])
def test_who_said_it_s14_family(shape, text, content, name, monkeypatch):
    """The row's person with the switch on, another speaker with it off (fast mode): a gendered
    honorific before a shared surname picks the family member of that gender, "Mrs X" with no
    woman named X her maiden name, "Mr and Mrs X" the first-named, "his wife" the wife."""
    from saidwhat.pipeline.speakers import names
    assert names._S14_FAM_GENDER
    _check_switch_row(monkeypatch, names, "_S14_FAM_GENDER", shape, text, content, name)


# session 14: people described first and named later; documents and their makers
WHO_S14_LATE = [
    ('same_role_named_in_apposition_below', 'nominals', '_S14_LATE_NAMED',
     "Flood water reaches high street in Pelham\n\nBy Orla Fennimore\n\n"
     "Shops in Pelham were flooded on Sunday after the river burst its banks.\n\n"
     "The Environment Agency said two flood warnings remained in place.\n\n"
     "A local baker who opened his shop at dawn to hand out bread said the drains had been blocked for weeks. "
     "\"Nobody came,\" he said. The baker, Tomasz Wrobel, 61, said he had lost two ovens.",
     "the drains had been blocked", "Tomasz Wrobel"),
    ('bare_person_named_next_sentence', 'nominals', '_S14_LATE_NAMED',
     "Ferry delays frustrate islanders\n\nBy Orla Fennimore\n\n"
     "Ferries to Carrick Isle were cancelled for a third day on Tuesday.\n\n"
     "The operator, Westsound Ferries, said a spare part was on its way.\n\n"
     "Outside the terminal, a woman who had queued since dawn with her dog said she had \"never seen it this "
     "bad\". The grocer, Kirsty Moffat, said her stock would not last the week.",
     "never seen it", "Kirsty Moffat"),
    ('lead_person_noun_named_next_paragraph', 'nominals', '_S14_LATE_NAMED',
     "Builder denies mortgage fraud\n\nBy Orla Fennimore\n\n"
     "LEEDS -- A builder accused with his cousin of a mortgage fraud told a jury on Monday that he had "
     "signed loan forms without reading them because he trusted his cousin.\n\n"
     "Dariusz Nowak, 49, giving evidence through an interpreter, said his cousin Marek kept the accounts and "
     "that he had trusted him.\n\n"
     "The trial continues.",
     "signed loan forms", "Dariusz Nowak"),
    ('given_name_in_clause_after_span', 'groups', '_S14_LATE_GIVEN',
     "Rovers fans turn on manager\n\nBy Orla Fennimore\n\n"
     "Rovers lost 3-0 at home on Saturday. The manager, Gil Varga, said the team had been unlucky.\n\n"
     "A supporter outside the stadium, who gave her name only as Sinead, said the team \"looks tired\".",
     "looks tired", "Sinead"),
    ('memo_written_by_post_then_name', 'documents', '_S14_DOC_MAKER',
     "Glucose monitor maker knew of fault\n\nBy Orla Fennimore\n\n"
     "Kestrel Health has recalled 8,000 monitors. The company said the fault was rare.\n\n"
     "An internal memo, seen by this newspaper, suggests engineers had raised concerns in May. The memo, "
     "written by Kestrel's head of quality, Dr Wiebke Arnholt, warned that \"readings drift at low values\" "
     "and urged a recall. Kestrel said the memo was one of several reviews.",
     "readings drift", "Wiebke Arnholt"),
    ('memo_seen_by_this_newspaper_is_its_makers', 'documents', '_S14_DOC_WITNESS',
     "Glucose monitor maker knew of fault\n\nBy Orla Fennimore\n\n"
     "Kestrel Health has recalled 8,000 monitors. The company said the fault was rare.\n\n"
     "An internal memo, seen by this newspaper, suggests engineers had raised concerns in May. The memo, "
     "written by Kestrel's head of quality, Dr Wiebke Arnholt, warned that \"readings drift at low values\" "
     "and urged a recall. Kestrel said the memo was one of several reviews.",
     "engineers had raised concerns", "Wiebke Arnholt"),
    ('org_name_before_schedule', 'documents', '_S14_DOC_MAKER',
     "Directors deny fuel duty fraud\n\nBy Orla Fennimore\n\n"
     "Two directors of Harlow Fuels deny cheating the public revenue.\n\n"
     "According to a DVLA schedule shown to the jury, the firm's sales doubled in a year.",
     "the firm's sales doubled", "DVLA"),
    ('leaked_letter_then_signed_by', 'documents', '_S14_DOC_MAKER',
     "Norway and Iceland clash over herring quota\n\nBy Orla Fennimore\n\n"
     "OSLO (Reuters) - Norway accused Iceland on Monday of breaking a 2019 herring deal after a leaked letter "
     "suggested that Reykjavik planned to raise its own quota by a fifth.\n\n"
     "The letter, dated March 2 and signed by Iceland's fisheries minister, Gudrun Eiriksdottir, asks the "
     "European Union to back the change.",
     "Reykjavik planned to raise", "Gudrun Eiriksdottir"),
    ('body_word_compound_is_named_body', 'documents', '_S14_DOC_MAKER',
     "Greens win Marsh End by-election\n\nBy Orla Fennimore\n\n"
     "The Green candidate, Pia Lindqvist, won the Marsh End seat on Harwick Borough Council by 212 votes.\n\n"
     "Turnout was the lowest in the ward since 2009, according to council figures.",
     "Turnout was the lowest", "Harwick Borough Council"),
    ('short_tail_of_longer_name', 'entities', '_S14_DOC_TAIL_NAME',
     "Fishing fees row deepens\n\nBy Orla Fennimore\n\n"
     "Gambia's fisheries minister, Lamin Jallow, said the fees were unfair.\n\n"
     "Her counterpart, Khadijetou Mint Sidi Baba, said in Nouakchott that the fees had not changed since 2015.\n\n"
     "A letter from Mint Sidi Baba to the European Commission, dated May 2 and seen by Reuters, accused Gambian "
     "boats of \"hiding\" their catch.",
     "Gambian boats", "Khadijetou Mint Sidi Baba"),
]


# session 14: two or more people as one source (rule 6 first-named; rule 12 a family's speaker)
WHO_S14_PAIR = [
    ('both_role_plural_first_named',
     "Water talks end without deal\n\n"
     "By Tomasz Weller\n\n"
     "Agriculture Minister Halvard Brennick told reporters that the offer was \"an insult to our farmers\".\n\n"
     "His neighbouring counterpart, Ottilie Sandqvist, said the proposal had been \"written in a hurry\".\n\n"
     "The two ministers had been expected to sign a treaty. Both ministers said the talks would resume in March.",
     "the talks would resume", "Halvard Brennick"),
    ('couple_sharing_surname_first_named',
     "Fire in Dunmere flats\n\n"
     "By Tomasz Weller\n\n"
     "Oskar Lindqvist, 51, and Maren Lindqvist, 49, were among the first to raise the alarm. Mr Lindqvist said "
     "the corridor was full of smoke.\n\n"
     "'We knocked on every door,' his wife said.\n\n"
     "The couple, who have lived in the block since 2009, said they had complained about the fire doors.",
     "complained about the fire doors", "Oskar Lindqvist"),
    ('family_surname_plural_is_no_new_person',
     "Tributes to stage designer\n\n"
     "By Tomasz Weller\n\n"
     "The director Anselm Varga, who worked with her for a decade, called her \"the kindest person in the building\".\n\n"
     "He and his wife, the painter Edda Varga, had known her since 1980. In a joint statement, the Vargas said "
     "they had lost a dear friend.",
     "they had lost a dear friend", "Anselm Varga"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, text, content, name", WHO_S14_PAIR, ids=[r[0] for r in WHO_S14_PAIR])
def test_who_said_it_s14_pair(shape, text, content, name, monkeypatch):
    """The first-named of people the text put together (rule 6) with :data:`groups._S14_PAIR_` on,
    another speaker with it off (fast mode); never a person named after the plural ("Vargas")."""
    from saidwhat.pipeline.speakers import groups
    assert groups._S14_PAIR_
    _check_switch_row(monkeypatch, groups, "_S14_PAIR_", shape, text, content, name)


@pytest.mark.model
@pytest.mark.parametrize("shape, text, content, name", WHO_S14_FAM_GIVEN, ids=[r[0] for r in WHO_S14_FAM_GIVEN])
def test_who_said_it_s14_family_given(shape, text, content, name, monkeypatch):
    """The row's person, given name and the surname of the kin noun's possessor, with the switch
    on; another speaker with it off (fast mode)."""
    from saidwhat.pipeline.speakers import names
    assert names._S14_FAM_GIVEN
    _check_switch_row(monkeypatch, names, "_S14_FAM_GIVEN", shape, text, content, name)


# -- session 14: organisation names and descriptions (series q, genre train; _S14_ORGQ_*) -----------
WHO_S14_ORGQ = [
    ('its_source_is_no_person', 'organisations', '_S14_ORGQ_ITS',
     "Lender's profit falls\n\nBy Orla Fennimore\n\n"
     "Corvane Bank reported a 9% fall in half-year profit on Friday.\n\n"
     "\"We expect margins to recover next year,\" Tamsin Ellory, its finance director, said on a call with analysts.\n\n"
     "The bank, Scotland's third-largest lender, made a pre-tax profit of £210m in the six months to June. Its statement blamed higher funding "
     "costs and a £40m charge on shop loans.",
     "higher funding", "Corvane Bank"),
    ('and_inside_public_body_name', 'organisations', '_S14_ORGQ_AND_NAME',
     "Warehouse blaze\n\nBy Orla Fennimore\n\n"
     "Fire crews spent the night at a warehouse in Thornby.\n\n"
     "Northmoor Fire and Rescue Service said six engines were sent to the site after 11pm.",
     "six engines were sent", "Northmoor Fire and Rescue Service"),
    ('paper_name_read_as_document', 'organisations', '_S14_ORGQ_PAPER',
     "Tower block doors\n\nBy Orla Fennimore\n\n"
     "Residents of Calder House were moved out on Monday.\n\n"
     "The Halbridge Evening Record reported in May that several fire doors had failed an inspection. "
     "The paper said the council had promised repairs by the summer.",
     "promised repairs", "Halbridge Evening Record"),
    ('place_after_company_name', 'organisations', '_S14_ORGQ_OF_PLACE',
     "Lens recall\n\nBy Orla Fennimore\n\n"
     "Contact lenses sold in 14 countries are being recalled.\n\n"
     "The manufacturer, Quintell Optics of Lyon, said a coating had failed in a small number of batches. "
     "Quintell said refunds would be paid within a month.",
     "refunds would be paid", "Quintell Optics"),
    ('maker_named_after_lead', 'organisations', '_S14_ORGQ_CATAPHOR',
     "Hearing aid recall\n\nBy Orla Fennimore\n\n"
     "About 9,000 hearing aids are being recalled after the maker said a battery could overheat in rare cases.\n\n"
     "The manufacturer, Brenlow Medical, apologised to users on Wednesday.",
     "a battery could overheat", "Brenlow Medical"),
    ('apposition_head_before_of', 'entities', '_S14_ORGQ_APPOS_OF',
     "Pump recall\n\nBy Orla Fennimore\n\n"
     "Korvel Health, the Leeds-based maker of the Pulse 2 insulin pump, is recalling 3,000 units.\n\n"
     "\"Nobody should rely on a faulty pump,\" Korvel said on Tuesday.",
     "Nobody should rely", "Korvel Health"),
]


@pytest.mark.model
def test_who_said_it_s14_orgq_service(monkeypatch):
    """"The service said" after a fire and rescue service is that service (entities._S14_ORGQ_TYPE_WORDS,
    read at import: the test takes "service" out of the description kinds for "off")."""
    from saidwhat.pipeline.speakers import entities
    assert entities._S14_ORGQ_TYPE_WORDS
    text = ("Warehouse blaze\n\nBy Orla Fennimore\n\n"
            "Fire crews spent the night at a warehouse in Thornby.\n\n"
            "Northmoor Fire and Rescue Service (NFRS) said six engines were sent to the site after 11pm.\n\n"
            "Group manager Ilse Marchetti, who led the crews, said the roof had collapsed within an hour. "
            "\"It was a very difficult night,\" she said.\n\n"
            "The service said the cause of the fire was not yet known.")
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), "the cause of the fire")
    assert sp is not None and sp.name == "Northmoor Fire and Rescue Service", (sp, hit)
    monkeypatch.delitem(entities.DESC_KINDS, "service")
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), "the cause of the fire")
    assert sp is None or sp.name != "Northmoor Fire and Rescue Service", (sp, hit)


@pytest.mark.model
def test_s14_orgq_article_before_name_run(nlp, monkeypatch):
    """"A Rovers source" names no organisation "A Rovers" (organisations._S14_ORGQ_ARTICLE), so
    "Rovers" stays the one club's short form (Harwick Rovers); with the switch off "A Rovers" is one."""
    from saidwhat.pipeline.speakers import SpeakerResolver
    from saidwhat.pipeline.speakers import organisations

    text = ("Striker saga rumbles on\n\nBy Orla Fennimore\n\n"
            "Harwick Rovers have rejected a second offer from Castlemoor Athletic for striker Tomas Leary.\n\n"
            "People close to the talks said Castlemoor were preparing a third bid. A Rovers source said the club "
            "would not accept less than £20 million.\n\n"
            "Both clubs declined to comment on those figures. Rovers said only that \"our position has not changed\".")
    assert organisations._S14_ORGQ_ARTICLE
    names = {r.name for r in SpeakerResolver(nlp(text)).org_refs()}
    assert "A Rovers" not in names and "Harwick Rovers" in names
    monkeypatch.setattr(organisations, "_S14_ORGQ_ARTICLE", False)
    assert "A Rovers" in {r.name for r in SpeakerResolver(nlp(text)).org_refs()}


# session 14: PolNeAR speaker train (source spans across hyphens and before a time phrase; a
# story-opening post named later)
WHO_S14_PN = [
    ('cue_first_co_founder', 'pipeline.source', '_S14_PN_HYPHEN_SPAN',
     "The studio has doubled its staff since March.\n\n"
     "\u201cWe are thrilled,\u201d said Falcon co-founder Deshawn Pike.",
     "We are thrilled", "Deshawn Pike"),
    ('quote_then_mused_co_host', 'pipeline.source', '_S14_PN_HYPHEN_SPAN',
     "The podcast has doubled its audience since March, and its hosts are taking it on tour.\n\n"
     "\u201cWe never expected this many listeners,\u201d mused Radio Falcon co-host Gretchen Albury. "
     "\u201cIt is a lot of pressure.\u201d",
     "We never expected", "Gretchen Albury"),
    ('lead_new_mayor_elected_after_apposition', 'pipeline.speakers.nominals', '_S14_PN_FORWARD_POST',
     "Harbour town's new mayor rejects ferry fee rise\n\n"
     "The coastal town's new mayor on Tuesday rejected the ferry company's plan to double fares, calling it "
     "\"a tax on islanders\".\n\n"
     "Orla Brennick, a former teacher, was elected as mayor of Skelby last week, the first woman to hold the post.",
     "the ferry company's plan", "Orla Brennick"),
]


@pytest.mark.model
def test_source_without_time_tail_s14_polnear(monkeypatch):
    """"The coastal town's new mayor on Tuesday rejected …": the source stops before the time
    phrase (source._S14_PN_TIME_TAIL); with the switch off it runs over it."""
    from saidwhat.pipeline import source
    text = WHO_S14_PN[2][3]
    assert source._S14_PN_TIME_TAIL
    _, hit = _speaker_of(saidwhat.extract(text, mode="fast"), "the ferry company's plan")
    assert hit.source.text == "The coastal town's new mayor"
    monkeypatch.setattr(source, "_S14_PN_TIME_TAIL", False)
    _, hit = _speaker_of(saidwhat.extract(text, mode="fast"), "the ferry company's plan")
    assert hit.source.text == "The coastal town's new mayor on Tuesday"


# session 14: lead review, rule-6 pairs
def test_s14_pair_two_unnamed_people_stay_anonymous() -> None:
    """"the two people briefed on the talks" are unnamed sources (rule 11), not the first-named
    person of the article (groups._PAIR_NOT_PEOPLE); fails if the pair rule takes them."""
    import saidwhat
    text = ('Port deal under scrutiny\n\n'
            'Transport minister Ousmane Kane and the harbour chief Fatou Sy met bidders last month.\n\n'
            'The tender was rigged in favour of one bidder, according to two people briefed on the talks. '
            'The two people said the final scores had been changed overnight.\n')
    r = saidwhat.extract(text, mode="fast")
    names = {s.id: s for s in r.speakers}
    a = next(a for a in r.attributions if "scores had been changed" in text[a.content.start_char:a.content.end_char])
    sp = names.get(a.speaker_id)
    assert sp is None or sp.kind not in ("person", "organization"), sp


# session 14 round 2: modifiers that pick among candidates of one role (nominals._S14_NOMMOD_RIVAL)
WHO_S14_NOMMOD = [
    ('his_rival_is_the_other_of_the_pair',
     "Rail bosses questioned by MPs\n\n"
     "Tobias Grunwald, chief executive of Northline Rail, and Kwame Asare-Lind, his counterpart at Eastway "
     "Trains, appeared before the transport committee on Tuesday.\n\n"
     "Mr Asare-Lind, a signalling engineer by training, said his company had cut cancellations by a fifth.\n\n"
     "But the two men disagreed on the cause of the delays. Mr Grunwald blamed the weather. "
     "His rival said that was \"an excuse the whole industry hides behind\".",
     "an excuse the whole industry", "Kwame Asare-Lind"),
    ('former_engineer_by_training',
     "Rail bosses questioned by MPs\n\n"
     "Tobias Grunwald, chief executive of Northline Rail, and Kwame Asare-Lind, his counterpart at Eastway "
     "Trains, appeared before the transport committee on Tuesday.\n\n"
     "Mr Asare-Lind, a signalling engineer by training, said his company had cut cancellations by a fifth. "
     "Mr Grunwald said the weather had been the worst in a decade.\n\n"
     "\"Signals do not fail because it rains,\" the former engineer told MPs.",
     "Signals do not fail", "Kwame Asare-Lind"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, text, content, name", WHO_S14_NOMMOD, ids=[r[0] for r in WHO_S14_NOMMOD])
def test_who_said_it_s14_nommod(shape, text, content, name, monkeypatch):
    """"His rival said" is the other man of the contrasted pair, never the possessor; "the former
    engineer" is the man the text calls "an engineer by training" (nominals._S14_NOMMOD_RIVAL);
    with the switch off another speaker."""
    from saidwhat.pipeline.speakers import nominals
    assert nominals._S14_NOMMOD_RIVAL
    _check_switch_row(monkeypatch, nominals, "_S14_NOMMOD_RIVAL", shape, text, content, name)


# session 14: organisation descriptions (org_descriptions._S14_ORGD_MODS)
WHO_S14_ORGD = [
    ("competition name before a club word",
     "Fenwick Albion boss Lewis Hardcastle has criticised the Regional Football Board after a cup tie was moved.\n\n"
     "The Southern Counties League club had asked for the tie against Marston Dale to be played on Saturday.\n",
     "the tie against Marston Dale", "Fenwick Albion"),
    ("party that runs a body",
     "Refuse talks collapse in Oakhampton\n\n"
     "Talks between Oakhampton District Council and the Transport Workers Union broke down on Monday.\n\n"
     "Union organiser Maria Kovacs said the council had walked away.\n\n"
     "Bins have not been emptied for a fortnight. In a statement, the Labour-controlled authority said it had made \"a generous offer\".\n",
     "a generous offer", "Oakhampton District Council"),
    ("unit of a body described by a kind word",
     "Pest fears grow in Oakhampton\n\n"
     "Oakhampton District Council said collections would resume next week.\n\n"
     "The council's trading standards office said it had received 40 complaints since the dispute began.\n",
     "received 40 complaints", "Oakhampton District Council"),
    ("body named for the people it represents",
     "Linden United manager Paulo Serra said he would complain about the decision.\n\n"
     "Linden said they would write to the National Umpires Council. The club said it wanted the footage.\n\n"
     "The umpires' body said it would review the incident next week.\n",
     "review the incident next week", "National Umpires Council"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape,text,content,name", WHO_S14_ORGD, ids=[r[0] for r in WHO_S14_ORGD])
def test_s14_org_description_modifiers(monkeypatch, shape, text, content, name):
    """Modifiers that name no speaker ("The X League club", "the Labour-run authority", "The
    council's environmental health team") and a body named for its members ("The referees' body"):
    the body itself (org_descriptions._S14_ORGD_MODS); each row fails with the switch off."""
    from saidwhat.pipeline.speakers import org_descriptions
    assert org_descriptions._S14_ORGD_MODS
    _check_switch_row(monkeypatch, org_descriptions, "_S14_ORGD_MODS", shape, text, content, name)


# session 14: headline and standfirst sources (switches _S14_HEAD_*: attribution, nominals, forms)
WHO_S14_HEAD = [
    ("topic_label_then_says_role", "attribution", "_S14_HEAD_SAYS_TAIL",
     "Bandstand row: county council 'walked away' from park, says new mayor\n\n"
     "By Orla Fenwick, Local Democracy Reporter\n\n"
     "A row over the future of Ashcombe's Victorian bandstand deepened on Monday when the town's newly "
     "elected mayor accused the county council of walking away from the park.\n\n"
     "Priya Lindqvist, who was elected in May, told a packed meeting that residents had been ignored.\n",
     "county council 'walked away' from park", "Priya Lindqvist"),
    ("bare_kin_word_in_headline", "nominals", "_S14_HEAD_BARE",
     "Father says sprinter 'was never told about the test'\n\n"
     "By Jonas Eberle\n\n"
     "The family of a teenage sprinter banned for four years has criticised the athletics federation over "
     "the way her case was handled.\n\n"
     "Her father, Tomasz Wren, who coached her until last year, told local radio that she had never been "
     "warned about the new rules.\n",
     "sprinter 'was never told about the test'", "Tomasz Wren"),
    ("bare_plural_kin_word_in_headline", "nominals", "_S14_HEAD_BARE",
     "Sisters deny £2m pension fraud at family firm\n\n"
     "By Aled Morrow, Court Reporter\n\n"
     "Two sisters accused of stealing from the pension fund of their family's haulage company went on "
     "trial at Cardiff Crown Court on Monday.\n\n"
     "Marta Olesen, 44, told the jury that she had signed whatever the accountant gave her. Her sister "
     "Ingrid Olesen, 41, ran the accounts, the court heard.\n",
     "£2m pension fraud at family firm", "Marta Olesen"),
    ("bare_family_in_headline", "nominals", "_S14_HEAD_BARE",
     "Folk fiddler Ruairi Dunne dies aged 81\n"
     "Family says fiddler died 'with a tune in his head'\n"
     "By Meera Castell, Arts Correspondent\n"
     "Ruairi Dunne, the Donegal fiddler who toured with half the folk bands of the 1970s, has died at his home. He was 81.\n"
     "His granddaughter, Saoirse Kelleher, said he had died on Friday evening 'with a tune in his head'.\n",
     "fiddler died 'with a tune in his head'", "Saoirse Kelleher"),
    ("bare_role_word_in_headline", "nominals", "_S14_HEAD_BARE",
     "MP says maternity unit closure is 'a betrayal'\n\n"
     "By Callum Voss, Health Reporter\n\n"
     "Plans to close the maternity unit at Ashcombe Community Hospital have been condemned by campaigners "
     "and the town's Conservative member of parliament.\n\n"
     "Ashcombe's MP, Helena Markby, has written to the health secretary. Campaigner Joan Pellow said "
     "2,000 people had signed a petition.\n",
     "maternity unit closure is 'a betrayal'", "Helena Markby"),
    ("watchdog_after_preposition", "attribution", "_S14_HEAD_TIME_PREP",
     "Ferry firms clash as inquiry opens\n\n"
     "Island operators trade blows after watchdog says it will examine how sailings are shared\n\n"
     "By Mirela Oancea, Transport Correspondent\n\n"
     "The boss of Skerry Ferries has accused a rival of hoarding sailings, as the Competition and Markets "
     "Authority confirmed it would review how timetable slots are allocated.\n",
     "it will examine how sailings are shared", "Competition and Markets Authority"),
    ("post_acronym_heading_in_live_blog", "forms", "_S14_HEAD_POST_ACRONYM",
     "Ashcombe power cut live: 12,000 homes without electricity\n\n"
     "Latest updates as engineers work to restore supply\n\n"
     "14:10 GMT\n\n"
     "MP: 'This is a disgrace'\n\n"
     "Ashcombe's MP, Helena Markby, has written to the network operator. The Labour MP said it was "
     "'a disgrace' that residents had been left in the dark.\n\n"
     "13:55 GMT\n\n"
     "Minister: 'We will get answers'\n\n"
     "The energy minister, Rhodri Vance, told MPs in the Commons that he had asked the operator for a full report.\n\n"
     "13:40 GMT\n\n"
     "Reader: 'No heating and a newborn'\n\n"
     "'We have a week-old baby and no heating at all.' – Leonie, Ashcombe\n",
     "'This is a disgrace'", "Helena Markby"),
    ("reader_heading_in_live_blog", "forms", "_S14_HEAD_POST_ACRONYM",
     "Ashcombe power cut live: 12,000 homes without electricity\n\n"
     "Latest updates as engineers work to restore supply\n\n"
     "14:10 GMT\n\n"
     "MP: 'This is a disgrace'\n\n"
     "Ashcombe's MP, Helena Markby, has written to the network operator. The Labour MP said it was "
     "'a disgrace' that residents had been left in the dark.\n\n"
     "13:55 GMT\n\n"
     "Minister: 'We will get answers'\n\n"
     "The energy minister, Rhodri Vance, told MPs in the Commons that he had asked the operator for a full report.\n\n"
     "13:40 GMT\n\n"
     "Reader: 'No heating and a newborn'\n\n"
     "'We have a week-old baby and no heating at all.' – Leonie, Ashcombe\n",
     "'No heating and a newborn'", "Leonie"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape,module,switch,text,content,name", WHO_S14_HEAD, ids=[r[0] for r in WHO_S14_HEAD])
def test_s14_headline_sources(monkeypatch, shape, module, switch, text, content, name):
    """A headline's or standfirst's source that is a topic label before ", says X", a bare kin,
    role or organisation word ("Father says", "Sisters deny", "Athletic boss:", "Ministry says"),
    a noun after "after" misparsed into another phrase, or a live-blog heading "MP:"/"Reader:":
    the body person or body it stands for (switches ``_S14_HEAD_*``); each row fails with its
    switch off."""
    import importlib
    mod = importlib.import_module("saidwhat.pipeline." + ("attribution" if module == "attribution"
                                                          else "speakers." + module))
    assert getattr(mod, switch)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source if hit is not None else None)
    if shape == "post_acronym_heading_in_live_blog":
        # with the switch off "MP" is read as a surname in capitals; what follows then depends on
        # the NER's tag for "MP" (genre train: an organisation "MP"; this text: the ranker's
        # person), so only the rule's own answer is checked here
        return
    monkeypatch.setattr(mod, switch, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)


_S14_NOMMOD_CHIEF_TEXT = (
    "Rail bosses questioned by MPs\n\n"
    "Tobias Grunwald, chief executive of Northline Water, and Kwame Asare-Lind, his counterpart at Eastway "
    "Water, appeared before the transport committee on Tuesday.\n\n"
    "Mr Grunwald blamed the weather for the cancellations. Mr Asare-Lind said that was \"an excuse\".\n\n"
    "The Northline chief later said the remark was unworthy of a fellow chief executive.")


# --- session 14: organisation names as sources (switches organisations._S14_ORGN_*, groups._S14_ORGN_MIDCAP) ---
WHO_S14_ORGN = [
    ("which_relative_union", "organisations", "_S14_ORGN_WHICH",
     "Thornbury council accuses Graftwell of 'moving the goalposts' as cleaners strike\n\n"
     "Thornbury District Council said on Monday it had made its final offer to the cleaning staff. Council "
     "leader Ann Bexley said the offer was fair.\n\n"
     "Graftwell, which represents most of the 80 cleaners and porters, said the offer was an insult to its members.\n",
     "the offer was an insult", "Graftwell"),
    ("which_relative_rival", "organisations", "_S14_ORGN_WHICH",
     "Obituary: Kofi Mensah, highlife guitarist\n\n"
     "Kofi Mensah, who has died aged 81, recorded for Bluefin Records for thirty years. His manager, Samuel "
     "Oduro, said he had been 'the heartbeat of the label'.\n\n"
     "Its rival Tidewater Sound, which bought the rights to the catalogue in 2004 after a long legal fight, "
     "said it would reissue the albums.\n",
     "it would reissue the albums", "Tidewater Sound"),
    ("one_word_name_read_as_noun", "groups", "_S14_ORGN_MIDCAP",
     "TV review: Night Ferry, Lumen, all episodes streaming now\n\n"
     "The series was first commissioned by Channel Orme, which dropped it last year. Lumen picked it up "
     "weeks later.\n\n"
     "Lumen said the series had been its most-watched documentary of the year.\n\n"
     "Night Ferry is streaming on Lumen.\n",
     "the series had been its most-watched", "Lumen"),
    ("relative_then_apposed_name", "organisations", "_S14_ORGN_APPOSED",
     "Care home closure\n\n"
     "Residents were told on Friday that the Maple Lane home would close, said Dorothy Pryce, whose mother "
     "lives there.\n\n"
     "The care provider that owns the home, Oakhollow Care, said it had run out of money.\n",
     "it had run out of money", "Oakhollow Care"),
    ("party_plural_standfirst", "organisations", "_S14_ORGN_PARTY",
     "Labour's Ruth Okonedo elected mayor of Stanwick\n\n"
     "Okonedo wins by 600 votes; Tories say they will not ask for a recount\n\n"
     "Labour's Ruth Okonedo was elected mayor of Stanwick on Friday, beating the Conservative candidate, "
     "Dennis Lowe, by 600 votes.\n",
     "they will not ask for a recount", "Tories"),
    ("initialism_name_cut_at_link", "organisations", "_S14_ORGN_LINKED",
     "Fishing quotas\n\n"
     "The Regional Fisheries Council for the North Atlantic (RFCNA), the regional body that sets catch advice, "
     "said stocks were at their lowest level in 30 years.\n",
     "stocks were at their lowest level", "Regional Fisheries Council for the North Atlantic"),
    ("un_headline_is_named_agency", "organisations", "_S14_ORGN_UN_AGENCY",
     "UN warns of 'severe flooding season' in southern Malawi\n\n"
     "LILONGWE, Malawi (AP) — More than a million people in southern Malawi face flooding this spring, the U.N. "
     "Refugee Agency said Tuesday, warning that its camps there were already full.\n",
     "'severe flooding season'", "U.N. Refugee Agency"),  # the body's speaker, as the article writes it
]


@pytest.mark.model
@pytest.mark.parametrize("shape,module,switch,text,content,name", WHO_S14_ORGN, ids=[r[0] for r in WHO_S14_ORGN])
def test_s14_org_name_sources(monkeypatch, shape, module, switch, text, content, name):
    """An organisation's name as source: before a ", which" relative ("Unite, which represents …"),
    apposed after a description with a restrictive relative ("The care provider that owns the
    home, Larchwood Care,"), a British party's plural ("Conservatives say"), a name the NER cut at
    "for the" whose initialism the article defines (switches ``_S14_ORGN_*``); each row fails with
    its switch off."""
    import importlib
    mod = importlib.import_module("saidwhat.pipeline.speakers." + module)
    assert getattr(mod, switch)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and sp.name == name and sp.kind == "organization", (shape, sp, hit.source if hit is not None else None)
    monkeypatch.setattr(mod, switch, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is None or sp.name != name or sp.kind != "organization", (shape, "passes with the switch off", sp)


# --- Session 14: pronoun sources and cue-less quote paragraphs (pronouns._S14_PRON_*) ---
WHO_S14_PRON = [
    ("it_continues_subject_source", "_S14_PRON_IT_SOURCE",
     "Alcora makes £3.2bn bid for Dellmore as Spanish lender eyes UK mortgages\n\n"
     "Dellmore board rejects approach as 'opportunistic'; union warns of branch closures\n\n"
     "By Sam Reid, Banking Editor\n\n"
     "Mon 7 Dec 2026, 09.15 GMT\n\n"
     "Banco Alcora, Spain's fifth-largest lender, has made an unsolicited £3.2bn offer for Dellmore Bank, the "
     "Bristol-based mortgage specialist, in the biggest cross-border banking deal in Britain since 2019.\n\n"
     "The Madrid-based bank said on Monday that its offer of 190p a share represented a 31% premium to "
     "Dellmore's closing price on Friday. It said the combination would \"build a real challenger\" in British "
     "home loans.\n\n"
     "Dellmore said within an hour that its board had unanimously rejected the proposal.\n",
     "the combination would", "Banco Alcora"),
    ("epithet_subject_keeps_center", "_S14_PRON_EPITHET",
     "Carrow sticks with Moreno as Kilby circle\n\n"
     "By Dan Price\n\n"
     "Carrow City manager Paulo Esteves said on Thursday that Luis Moreno would not be sold in January. "
     "\"He is our best player and he stays,\" the Portuguese said.\n\n"
     "Kilby's manager, Tomasz Wielicki, was asked on Friday whether his club wanted the winger. "
     "The Pole smiled. \"He is a fine player and he plays for another club,\" he said. \"That is all.\"\n",
     "He is a fine player", "Tomasz Wielicki"),
    ("pronoun_after_missed_full_stop", "_S14_PRON_SPLIT",
     "Greta Lund quits Northern Lights: \"I was the last to know\"\n"
     "Singer posts long Instagram statement as bandmate Mira Solberg says the split was \"agreed in spring\"\n"
     "By Ola Berg, Music Editor\n"
     "Greta Lund has left Northern Lights, the Bristol trio she co-founded in 2015, with a long Instagram post "
     "in which she accused her bandmates of recording a new album without her.\n"
     "\"I found out from a studio invoice that somebody forgot to hide,\" the 33-year-old wrote on Sunday "
     "night. \"Nine years, and I was the last to know.\"\n"
     "\"I'm not angry any more. I'm just tired of pretending this is a family.\"\n"
     "Within hours, Mira Solberg, the band's drummer and co-writer, posted her own account on X. She wrote "
     "that the split had been \"agreed in spring, in a room, with lawyers\" and that Lund's post was unfair.\n",
     "that the split had been", "Mira Solberg"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape,switch,text,content,name", WHO_S14_PRON, ids=[r[0] for r in WHO_S14_PRON])
def test_s14_pronoun_sources(monkeypatch, shape, switch, text, content, name):
    """An "It" after a sentence whose subject source was resolved to an organisation, a he/she
    chain through an epithet subject ("The Pole smiled"), and a capitalised "She" after a full stop
    the parser missed ("on X. She wrote"): the centre the pronoun continues (switches
    ``pronouns._S14_PRON_*``; the epithet rule ships off); each row fails with its switch off."""
    from saidwhat.pipeline.speakers import pronouns as mod
    assert getattr(mod, switch) or switch == "_S14_PRON_EPITHET"  # shipped False (genre dev -2)
    monkeypatch.setattr(mod, switch, True)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source if hit is not None else None)
    monkeypatch.setattr(mod, switch, False)
    if switch == "_S14_PRON_EPITHET":  # session 15's adjacent-sentence epithet rule covers this row too
        monkeypatch.setattr(mod, "_S15_PRON_EPITHET_NEXT", False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)


_S14_NOMMOD_FOR_COUNSEL_TEXT = (
    "Van driver jailed for killing pedestrian\n\n"
    "A van driver who killed a pedestrian while using his phone has been jailed for six years.\n\n"
    "Gareth Pryce, 31, of Neath, admitted causing death by dangerous driving.\n\n"
    "Prosecuting, Imelda Sandoval said Pryce had been \"scrolling, not steering\". She told the court "
    "the victim had been crossing on a green light.\n\n"
    "For Mr Pryce, Richard Hughes said his client was \"consumed by remorse\". The barrister said "
    "the 31-year-old had sold his van and would never drive again.")


# --- session 14: personal pronouns never resolve to organisations (resolver._S14_GEND_AGREE) ---
_S14_GEND_AGREE_TEXT = (
    "The singer on loss, and her split from Red Willow\n\nBy Tom Reilly\n\n"
    "Grace Adeyemi is late, and apologetic. Her third record was finished in 2022 and then shelved when "
    "she left Red Willow Music, the label that signed her after a festival set in 2015. Red Willow said "
    "at the time that the parting was \"friendly\".\n\n"
    "\"It was a divorce where one side kept the furniture,\" she says. \"I kept the songs.\"\n")


# --- session 14 round 3: organisation name forms (organisations._S14_ONAME_*) ---
def test_s14_oname_initialism_is_full_name(monkeypatch):
    """A bracketed initialism and a cut tail of its full form are the full form's body; the full form
    is read back from the initialism's letters, lower-case words inside kept
    (organisations._S14_ONAME_INITIALS); with the switch off the initialism stays itself."""
    from saidwhat.pipeline.speakers import organisations as mod

    class _Rules(mod.OrganisationRules):
        pass

    text = ("The North Wessex Ambulance Service (NWAS) accepted that it was late. In Britain, the Food and "
            "Veterinary products Safety Agency (FVSA) said it had no application.")
    assert mod._S14_ONAME_INITIALS
    r = _Rules()
    r.text = text
    assert r._initialism_full("NWAS") == "North Wessex Ambulance Service"
    assert r._initialism_full("Veterinary products Safety Agency") == "Food and Veterinary products Safety Agency"
    assert r._initialism_full("Wessex Police") == "Wessex Police"
    monkeypatch.setattr(mod, "_S14_ONAME_INITIALS", False)
    r = _Rules()
    r.text = text
    assert r._initialism_full("NWAS") == "NWAS"
    assert r._initialism_full("Veterinary products Safety Agency") == "Veterinary products Safety Agency"


def test_s14_oname_clean_and_bank_of(monkeypatch):
    """A name never carries markup or a sentence's full stop (organisations._S14_ONAME_CLEAN), and
    "Red Dune Bank of Oman" is Red Dune Bank when the article writes "Red Dune" alone, while "Royal
    Bank of Oman" keeps its "of" (organisations._S14_ONAME_BANK_OF); each fails with its switch off."""
    from saidwhat.pipeline.speakers import organisations as mod

    class _Rules(mod.OrganisationRules):
        pass

    assert mod._S14_ONAME_CLEAN and mod._S14_ONAME_BANK_OF
    assert mod.clean_org_name("Holmcroft Bank.</p>") == "Holmcroft Bank"
    assert mod.clean_org_name("Tarrow Holdings Inc.") == "Tarrow Holdings Inc."
    r = _Rules()
    r.text = "Two lenders, Red Dune Bank of Oman and Royal Bank of Oman, are involved. Red Dune said no."
    assert r._place_of_scan("Red Dune Bank of Oman") == "Red Dune Bank"
    assert r._place_of_scan("Royal Bank of Oman") == "Royal Bank of Oman"
    monkeypatch.setattr(mod, "_S14_ONAME_CLEAN", False)
    monkeypatch.setattr(mod, "_S14_ONAME_BANK_OF", False)
    assert mod.clean_org_name("Holmcroft Bank.</p>") == "Holmcroft Bank.</p>"
    assert r._place_of_scan("Red Dune Bank of Oman") == "Red Dune Bank of Oman"


# --- Session 14 round 3: party groups, campaigns and office-holders (inquest copy; _S14_GRP_*) ---
_S14_GRP_INQUEST = (
    "Coroner warns care home over bed rails\n\n"
    "Family's lawyer says home \"ignored every warning\"\n\n"
    "By Test Writer\n\n"
    "A coroner has said a care home's failure to fit bed rails contributed to the death of an "
    "86-year-old resident in Carlisle.\n\n"
    "Margaret Tullow fell from her bed at Fellside House in May. The inquest heard staff had "
    "raised concerns twice.\n\n"
    "Recording a narrative conclusion, assistant coroner Ottilie Vandermeer said the home had been "
    "\"slow and careless\". She said she would write to the regulator.\n\n"
    "Outside court, the family's barrister, Cosmin Achterberg, said the home had \"ignored every warning\". "
    "\"Nobody listened,\" he said.\n\n"
    "Records showed the rails had been ordered in January, the coroner added, and never fitted.")


@pytest.mark.model
def test_s14_grp_inquest_posts(monkeypatch):
    """A headline "Coroner warns …" and a lead "A coroner has said" are the "area coroner X" named
    below, here "assistant coroner X" (the NER tags the name ORG after a lower-case post: names._S14_GRP_COURT_ROLES); "the
    coroner added" is X too although her post says "assistant" (nominals._S14_GRP_CORONER); a
    standfirst "Family's lawyer says" is the family's barrister (nominals._S14_GRP_LAWYER). The
    "the coroner" check fails with _S14_GRP_CORONER off."""
    from saidwhat.pipeline.speakers import names, nominals
    assert names._S14_GRP_COURT_ROLES and nominals._S14_GRP_CORONER and nominals._S14_GRP_LAWYER
    art = saidwhat.extract(_S14_GRP_INQUEST, mode="fast")
    for content, name in (("a care home's failure", "Ottilie Vandermeer"), ("Records showed the rails", "Ottilie Vandermeer"),
                          ("home \"ignored every warning\"", "Cosmin Achterberg")):
        sp, hit = _speaker_of(art, content)
        assert sp is not None and sp.name == name, (content, sp, hit.source if hit is not None else None)
    # (the lawyer row passes through the ranker with _S14_GRP_LAWYER off here: one counsel only)
    monkeypatch.setattr(nominals, "_S14_GRP_CORONER", False)
    sp, _ = _speaker_of(saidwhat.extract(_S14_GRP_INQUEST, mode="fast"), "Records showed the rails")
    assert sp is None or sp.name != "Ottilie Vandermeer", ("coroner passes with the switch off", sp)
    # (the NER tags "Ottilie Vandermeer" PERSON here, so _S14_GRP_COURT_ROLES has no off-check row)


_S14_GRP_COUNCIL = (
    "Swimming pool to close after Dunmoor council vote\n\n"
    "By Test Writer\n\n"
    "Dunmoor Borough Council voted on Tuesday to close the Riverside pool, the ruling Labour group "
    "having backed the plan.\n\n"
    "Cllr Petra Lindqvist, the council's leader, said the pool cost £900,000 a year to run. Labour "
    "had promised to protect leisure services, she said.\n\n"
    "Swimmers from the Keep Riverside Swimming group, who packed the gallery, booed the result.\n\n"
    "After the meeting, the group said it would take legal advice.\n\n"
    "In a statement, the Liberal Democrat group said the decision was \"short-sighted and cruel\".")


_S14_GRP_SHADOW_TEXT = (
    "Minister unveils flood grants\n\n"
    "By Test Writer\n\n"
    "Labour's shadow housing secretary, Idris Penhallow, said the £20m scheme was \"too little, too late\".\n\n"
    "The minister replied that the grants would reach every affected household by spring.\n\n"
    "The housing minister, Rosalind Okonedo-Barr, told MPs the fund would open on Monday.")


_S14_GRP_FORMER_TEXT = (
    "Dam inquiry live: ex-operator boss questioned\n\n"
    "By Test Writer\n\n"
    "10:05 — Counsel to the inquiry, Marguerite Osei-Lund KC, asked Mr Tavistock-Ruiz about the spillway "
    "inspection reports.\n\n"
    "\"I do not remember seeing them,\" the former managing director said.\n\n"
    "09:30 — Anselm Tavistock-Ruiz, who ran Greyfell Water from 2011 to 2020, began by apologising to the "
    "people of Greyfell.")


_S14_GRP_COUNSEL_TEXT = (
    "Hospital inquiry hears of ignored alarms\n\n"
    "By Test Writer\n\n"
    "The former estates manager of Brightmoor hospital told a public inquiry he had not seen the alarm logs.\n\n"
    "Under questioning from Philippa Nakashima KC, counsel to the inquiry, Declan Fairweather-Obi said the "
    "logs had been kept by a contractor.\n\n"
    "\"You were responsible for the contractor,\" counsel said. \"Did you ask for them?\"\n\n"
    "Mr Fairweather-Obi said he had not.")


# --- Session 15, nominal descriptions of people (e3): a definite description that refers back to a
# person introduced unnamed takes the person named next (nominals._S15_NOM_LATE_INTRO)

_S15_NOM_LATE_AGE_TEXT = (
    "New hip implant lets patients walk sooner, hospital says\n\n"
    "By Test Writer\n\n"
    "For six years, a retired ferry engineer from Grimsby could barely climb the stairs of his terraced house.\n\n"
    "\"I used to fix engines all day. Now I need a rest halfway to the bedroom,\" the 71-year-old said at a "
    "clinic in Hull, where he was one of 90 patients in a trial of the new implant.\n\n"
    "The grandfather, Osvaldo Pereira-Lindqvist, will have a check-up next month.\n\n"
    "Dr Harriet Quennell, who led the trial, said the early results were encouraging.")

_S15_NOM_LATE_ROLE_TEXT = (
    "Glacier melting faster than thought, survey finds\n\n"
    "By Test Writer\n\n"
    "For a decade, a glaciologist in the Chilean town of Coyhaique has been measuring a glacier most "
    "visitors thought was stable.\n\n"
    "Her stakes, drilled into the ice, show it losing several metres each summer, she says.\n\n"
    "\"We expected some loss,\" the glaciologist said. \"We did not expect it to be this fast.\"\n\n"
    "Dr Ximena Arrau Toledo, who heads the ice studies unit at the Austral University, said the survey "
    "would be repeated next year.")


# --- Session 15, headlines, standfirsts and datelines (e1): a bare role label above the lead is the
# body person holding it (nominals._S15_HEAD_ROLE_ANY); "Topic: X says …" is no "Name: claim" frame
# (attribution._S15_HEAD_SAYS_HEAD); "…, <place> court told" has no source (attribution._S15_HEARER_TOLD);
# a dateline is no source ("PLACE:" attribution._S15_DATELINE_LABEL; "PLACE, Date (Agency) - "
# resolver._S15_DATELINE_LEAD)

_S15_HEAD_ROLE_TEXT = (
    "Velvet Quarry to split after final tour\n\n"
    "Drummer says the band \"had nothing left to say\"\n\n"
    "By Test Writer\n\n"
    "The drummer of the Leeds rock band Velvet Quarry has said the group will split after one last tour.\n\n"
    "Tomasz Wierzbicki-Hale, 41, told a radio show on Monday that the decision had been made in March.\n\n"
    "\"We were tired,\" he said.")

_S15_HEAD_ROLE_APPOS_TEXT = (
    "Brannock and Selwyn clash at press conference\n\n"
    "Holder: \"He will not last five rounds\"\n\n"
    "By Test Writer\n\n"
    "Ruairi Brannock and Dev Selwyn traded insults on Thursday ahead of their title fight in Belfast.\n\n"
    "Brannock, the holder, said he had never felt fitter. \"I will finish him early,\" the 28-year-old said.\n\n"
    "The holder's promoter, Gideon Farrow-Pike, said ticket sales had been strong.")

_S15_HEAD_SAYS_TEXT = (
    "Copperline outage: Okafor-Lindgren says fault is fixed as engineers dispute timeline\n\n"
    "By Test Writer\n\n"
    "Copperline Broadband has restored service to 20,000 homes after a two-day outage, its chief executive said.\n\n"
    "Adaeze Okafor-Lindgren said the fault had been traced to a failed router in Swindon.")

_S15_COURT_TOLD_TEXT = (
    "Quarry firm 'ignored warnings', Tamale court told\n\n"
    "By Test Writer\n\n"
    "A former foreman has told the Tamale High Court that managers at Volta Aggregates ignored his reports of "
    "loose rock.\n\n"
    "\"I told them twice,\" the witness said.")

_S15_DATELINE_LABEL_TEXT = (
    "Budget vote delayed after walkout\n\n"
    "By Test Writer\n\n"
    "KUALA LUMPUR: The opposition walked out of the chamber yesterday, saying the budget papers had arrived late.\n\n"
    "Finance Minister Azlan Rahmat-Yusof said the papers had been sent on time.")

_S15_DATELINE_LEAD_TEXT = (
    "UPDATE 1-Oman's Qurum Air, Bahrain's Tylos Airways agree $1.4 bln merger\n\n"
    "* Combined group to be based in Muscat\n"
    "* Bahrain ministry says it will study deal 'without delay'\n"
    "* Tylos shares jump 9%\n\n"
    "By Wanjiru Kamau and Okello Obura\n\n"
    "DUBAI/MANAMA, March 3 (Reuters) - Oman's Qurum Air and Bahrain-based Tylos Airways agreed on Monday "
    "to merge in an all-share deal valuing the combined group at about $1.4 billion, the two carriers said.\n\n"
    "The airlines said the deal would close next year.")


@pytest.mark.model
@pytest.mark.parametrize("shape, const, text, content, bad", [
    ("headline '…, <place> court told'", "_S15_HEARER_TOLD", _S15_COURT_TOLD_TEXT, "ignored warnings", "court"),
    ("'PLACE:' dateline opening the lead", "_S15_DATELINE_LABEL", _S15_DATELINE_LABEL_TEXT, "The opposition walked",
     "KUALA"),
    ("'Topic: X says claim' headline", "_S15_HEAD_SAYS_HEAD", _S15_HEAD_SAYS_TEXT, "fault is fixed",
     "Copperline outage"),
])
def test_s15_headline_no_source(monkeypatch, shape, const, text, content, bad):
    """A hearer in a headline ("Tamale court told") and a "PLACE:" dateline are no sources; with the
    switch off they are."""
    from saidwhat.pipeline import attribution

    def sources(art):
        return [a.source.text for a in art.attributions if content in a.content.text and a.source is not None]

    assert getattr(attribution, const)
    assert not any(bad in s for s in sources(saidwhat.extract(text, mode="fast"))), shape
    monkeypatch.setattr(attribution, const, False)
    assert any(bad in s for s in sources(saidwhat.extract(text, mode="fast"))), (shape, "passes with the switch off")


# --- Session 15: groups, anonymous people and people named late (helper e7) ---

_S15_GRP_FAMILIES_TEXT = (
    "Quarry firm on trial over landslide\n\n"
    "By Test Writer\n\n"
    "The trial of Redstone Aggregates over the Tolmere landslide opened on Monday.\n\n"
    "Relatives of the dead filled the gallery. Odile Marchetti-Vance, who lost her brother in the slide and who "
    "leads a group of the bereaved families, said the families wanted \"answers, not cheques\".\n\n"
    "The families say the company has offered each household a small payment and no apology.")


_S15_GRP_AUTHORS_TEXT = (
    "Glacier lake is draining faster than thought, study finds\n\n"
    "By Test Writer\n\n"
    "A lake beneath the Vardøy glacier is losing water twice as fast as models predicted.\n\n"
    "The study, which she led and which was published in the journal Cryosphere Letters, combined radar "
    "soundings with satellite images. Its authors say the lake could empty within a decade.\n\n"
    "Dr Sunniva Aasheim-Kowalczyk, who leads the polar hydrology group at the University of Tromsø, said the "
    "drainage was \"a warning we should not ignore\".")


@pytest.mark.model
def test_s15_grp_its_authors_take_the_group_leader(monkeypatch):
    """"Its authors say" of a study "which she led" takes the one person named as heading a research
    group (groups._S15_GRP_AUTHORS with documents._S15_GRP_GROUP_LEADER; rule 12); fails with the
    switches off."""
    from saidwhat.pipeline.speakers import documents, groups
    assert groups._S15_GRP_AUTHORS and documents._S15_GRP_GROUP_LEADER
    sp, hit = _speaker_of(saidwhat.extract(_S15_GRP_AUTHORS_TEXT, mode="fast"), "empty within a decade")
    assert sp is not None and sp.name == "Sunniva Aasheim-Kowalczyk", (sp, hit.source if hit is not None else None)
    monkeypatch.setattr(groups, "_S15_GRP_AUTHORS", False)
    sp, _ = _speaker_of(saidwhat.extract(_S15_GRP_AUTHORS_TEXT, mode="fast"), "empty within a decade")
    assert sp is None or sp.name != "Sunniva Aasheim-Kowalczyk", ("passes with the switch off", sp)


_S15_GRP_ONE_LEAD_TEXT = (
    "Ancient forest found under peat bog\n\n"
    "Researchers say the trees are 7,000 years old; one dendrochronologist says the dates are \"too neat\"\n\n"
    "By Test Writer\n\n"
    "The stumps of a drowned pine forest have been found beneath a bog in County Mayo.\n\n"
    "The team dated the wood using radiocarbon measurements from 40 trees.\n\n"
    "Not everyone is convinced. Tadhg Ó Floinn-Brennan, a dendrochronologist at Queen's University Belfast who "
    "was not involved, said the dates were \"too neat\" and needed checking against tree rings.")


_S15_GRP_UNNAMED_TEXT = (
    "Villagers still waiting for flood payments\n\n"
    "By Test Writer\n\n"
    "Marisol Etxeberria-Lund, 61, said her kitchen had been under water for three days.\n\n"
    "Her neighbour, a retired postman who asked not to be named, said most households had received nothing.")


# --- Session 15, documents (joint statements, possessed documents, addressees, unnamed writers) ---
_S15_DOC_ROWS = [
    ("joint statement", "_S15_DOC_JOINT",
     "Two ferry firms to merge\n\nBy Test Writer\n\n"
     "Hallam Shipping Group and Tidewater Lines agreed on Tuesday to combine, the two companies said.\n\n"
     "The merged firm will keep both brands until 2030, according to a joint statement.\n\n"
     "Unions welcomed the deal.",
     "keep both brands", "Hallam Shipping Group"),
    ("plural possessor's statement", "_S15_DOC_JOINT",
     "Two ferry firms to merge\n\nBy Test Writer\n\n"
     "Hallam Shipping Group and Tidewater Lines agreed on Tuesday to combine.\n\n"
     "Ossington's Ministry of Transport said in a statement that it would review the deal quickly.\n\n"
     "No jobs will go at the ports, the companies' statement said.",
     "No jobs will go", "Hallam Shipping Group"),
    ("possessed minutes tagged as time", "_S15_DOC_POSS_NOUN",
     "Rates held in Varnholm\n\nBy Test Writer\n\n"
     "The Varnholm Rate Committee kept its main rate at 9 per cent on Thursday.\n\n"
     "Two members wanted a cut, the committee's minutes showed.",
     "wanted a cut", "Varnholm Rate Committee"),
    ("band's announcement", "_S15_DOC_POSS_NOUN",
     "Indie band Copper Lantern split\n\nBy Test Writer\n\n"
     "Copper Lantern have split after 12 years, their singer Odile Fenwick-Arslan said on Monday.\n\n"
     "\"It was time,\" she said.\n\n"
     "The band's announcement, posted on its website, said the final tour would go ahead.",
     "final tour would go ahead", "Copper Lantern"),
    ("report to a council's cabinet", "_S15_DOC_ADDRESSEE",
     "Village library to close\n\nBy Test Writer\n\n"
     "A report to Marrowdale Council's cabinet says the library in Upper Fenby costs too much to run.\n\n"
     "Residents said they would fight the plan.",
     "costs too much", "unresolved"),
    ("email from an unnamed engineer", "_S15_DOC_UNNAMED_PERSON",
     "Factory fined over press injury\n\nBy Test Writer\n\n"
     "Grindwell Presswork Ltd was fined after a worker lost two fingers in 2024.\n\n"
     "An email from the engineer described the press as \"a disaster waiting to happen\".",
     "disaster waiting", "anonymous"),
    ("bare published results", "_S15_DOC_RESULTS",
     "Pill slows kidney damage\n\nBy Test Writer\n\n"
     "A cheap pill slowed kidney damage in a trial of 900 patients.\n\n"
     "Results published on Monday in The Lancet show that patients on the drug lost 30 per cent less function. "
     "The trial was run by researchers at the Halvard Institute of Nephrology.\n\n"
     "Patients welcomed the news.",
     "lost 30 per cent", "Halvard Institute of Nephrology"),
    ("ministry statement signed by an official", "_S15_DOC_SIGNED",
     "Dam wall cracks in Ostravia\n\nBy Test Writer\n\n"
     "Ostravia's Ministry of Water Works said in a statement that engineers were at the dam.\n\n"
     "The statement, signed by Deputy Minister Radek Holub-Varga, said the town was not at risk.",
     "not at risk", "Ministry of Water Works"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, const, text, content, want", _S15_DOC_ROWS, ids=[r[0] for r in _S15_DOC_ROWS])
def test_s15_doc_documents_resolve_to_their_maker(shape, const, text, content, want, monkeypatch):
    """Session 15 documents: a document source takes its maker (rules 6 and 13 of
    ``gold/speakers/README.md``); each row fails with its ``documents`` switch off."""
    from saidwhat.pipeline.speakers import documents
    assert getattr(documents, const)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and (sp.name or sp.kind) == want, (shape, sp, hit.source)
    monkeypatch.setattr(documents, const, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is None or (sp.name or sp.kind) != want, (shape, "passes with the switch off", sp, hit.source)


# -- session 15, organisation descriptions and names (e2): name heads and possessed body names ----------
_S15_ORGD_ROWS = [
    # (shape, module, switch, text, content, speaker name)
    ("plural business head: 'The firm'", "entities", "_S15_ORG_NAME_HEAD",
     "Brewery fined after worker scalded\n\nBy Test Writer\n\n"
     "Pellow & Strand Brewers pleaded guilty at Truro Crown Court to breaching safety law.\n\n"
     "Prosecuting for the Marine Safety Executive, Idris Vantongeren said the valve had leaked for months.\n\n"
     "The firm said in response that it \"accepts the findings in full\".",
     "accepts the findings", "Pellow & Strand Brewers"),
    ("'Ministry of <kind word>' is no company", "entities", "_S15_ORG_NAME_HEAD",
     "Miners trapped in Valdoria\n\nBy Test Writer\n\n"
     "Cerro Plata Andina, a gold miner, said on Monday that six miners were trapped 200 metres underground.\n\n"
     "The Ministry of Energy and Mines said it had sent two inspectors to the site.\n\n"
     "The company said the men had food and water.",
     "had food and water", "Cerro Plata Andina"),
    ("record label named '... Records'", "entities", "_S15_ORG_NAME_HEAD",
     "Indie duo Lantern Fox split\n\nBy Test Writer\n\n"
     "Lantern Fox have split after nine years, singer Odalys Brennan-Kurt said on Friday.\n\n"
     "Their label, Halvorsen Records, said it would release a last single in May. "
     "The label declined to say whether Brennan-Kurt remained under contract.",
     "remained under contract", "Halvorsen Records"),
    ("place's capitalised ministry", "org_descriptions", "_S15_POSS_BODY_NAME",
     "Dam cracks in Ostravel\n\nBy Test Writer\n\n"
     "Engineers were sent to the Vrana dam on Sunday.\n\n"
     "Ostravel's Ministry of Energy and Mines said it would drain the reservoir by a third.",
     "drain the reservoir", "Ministry of Energy and Mines"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, module, const, text, content, name", _S15_ORGD_ROWS,
                         ids=[r[0] for r in _S15_ORGD_ROWS])
def test_s15_orgd_descriptions_and_body_names(shape, module, const, text, content, name, monkeypatch):
    """Session 15 org descriptions (series u): a name's head word types it ("Ministry of Energy", "…
    Bakeries", "… Records"), and "Place's Ministry of X" is the ministry; each row fails with its switch
    off (rule 3 of ``gold/speakers/README.md``)."""
    import importlib
    mod = importlib.import_module("saidwhat.pipeline.speakers." + module)
    assert getattr(mod, const)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and sp.name == name, (shape, sp, hit.source)
    monkeypatch.setattr(mod, const, False)
    if const == "_S15_ORG_NAME_HEAD":
        for w in mod._S15_COMPANY_PLURALS:
            monkeypatch.delitem(mod.ORG_KIND_OF, w)  # the import-time part of the switch, off with it
        from saidwhat.pipeline.speakers import resolver
        # round 2's "Their label, X," apposition reaches the same body: off with it
        monkeypatch.setattr(resolver, "_S15_APPOS_BODY_NAME", False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is None or sp.name != name, (shape, "passes with the switch off", sp)


_S15_NOM_FORMER_TEXT = (
    "Central bank holds rates as one member dissents\n\n"
    "By Test Writer\n\n"
    "The central bank of Norlandia kept its main rate at 12 per cent on Monday, Governor Piet Ansong-Mireku said.\n\n"
    "Dr Abena Tsikata-Mornay, an external member of the committee and a former deputy trade minister, voted "
    "against the hold.\n\n"
    "The former minister said small firms were being punished for no fault of their own.")


@pytest.mark.model
def test_s15_nom_former_deputy(monkeypatch):
    """"a former deputy trade minister … The former minister said": the deputy's "former" post
    is no office conflict (coref._S15_NOM_FORMER); fails with the switch off."""
    from saidwhat.pipeline import coref
    assert coref._S15_NOM_FORMER
    sp, hit = _speaker_of(saidwhat.extract(_S15_NOM_FORMER_TEXT, mode="fast"), "small firms were being punished")
    assert sp is not None and sp.name == "Abena Tsikata-Mornay", (sp, hit.source if hit is not None else None)
    monkeypatch.setattr(coref, "_S15_NOM_FORMER", False)
    sp, _ = _speaker_of(saidwhat.extract(_S15_NOM_FORMER_TEXT, mode="fast"), "small firms were being punished")
    assert sp is None or sp.name != "Abena Tsikata-Mornay", ("passes with the switch off", sp)


# --- Session 15, e5: person names, forms of names in real copy (invented rows) ---

_S15_NAME_ROWS = [
    # (module, switch, shape, text, content, name)
    ("names", "_S15_NAME_NICK", "nickname_in_curly_quotes",
     "Band split\n\nBy Test Writer\n\nThe singer's former bandmate Oluwaseun “Seun” Balogun said the split was "
     "\"painful\".\n\nThe band formed in 2015.", "the split was", 'Oluwaseun "Seun" Balogun'),  # names._S15_NICK_KEEP (round 2)
    ("names", "_S15_NAME_NICK", "nickname_in_character_references",
     "Band split\n\nBy Test Writer\n\nThe singer's former bandmate Oluwaseun &#8220;Seun&#8221; Balogun said the "
     "split was \"painful\".\n\nThe band formed in 2015.", "the split was", 'Oluwaseun "Seun" Balogun'),  # names._S15_NICK_KEEP
    ("names", "_S15_NAME_TWO_GIVEN", "two_given_names_first_tagged_with_title",
     "Trial results\n\nBy Test Writer\n\n\"This is the first drug in decades that protects the kidney, not only the "
     "blood,\" said Dr Ana Paula Cavalheiro, the nephrologist who led the trial.", "This is the first drug",
     "Ana Paula Cavalheiro"),
    ("names", "_S15_NAME_HYPHEN_ONE", "title_unlisted_given_hyphenated_surname",
     "Study\n\nBy Test Writer\n\nProf Ikechukwu Nnamdi-Ross said the data were clear.\n\n\"The effect is real,\" "
     "Prof Nnamdi-Ross said.", "The effect is real", "Ikechukwu Nnamdi-Ross"),
    ("resolver", "_S15_NAME_PAD_END", "apposed_name_with_character_reference",
     "School closure row\n\nBy Test Writer\n\nA spokeswoman for the group, Orla Mac&#8217;Intyre, said lawyers "
     "were already examining it.", "lawyers were already", "Orla Mac’Intyre"),
    ("resolver", "_S15_NAME_APPOSED_LAST", "counsel_for_company_then_name",
     "Tribunal ruling\n\nBy Test Writer\n\nBrightwell Hospitality, which runs the hotel, denied the claim.\n\n"
     "Counsel for Brightwell, Agnieszka Wojcik, had argued that the dismissal was fair.", "the dismissal was fair",
     "Agnieszka Wojcik"),
    ("resolver", "_S15_NAME_APPOSED_LAST", "opening_participle_bill_then_name",
     "Commons clash\n\nBy Test Writer\n\nOpening the second reading of the Coastal Waters (Protection) Bill, the "
     "environment minister, Gwenllian Pryce-Morgan, said the measure was overdue.\n\nMPs will vote next week.",
     "the measure was overdue", "Gwenllian Pryce-Morgan"),
    ("names", "_S15_NAME_APOS_SURNAME", "apostrophe_surname_after_tagged_given_name",
     "Insurer review\n\nBy Test Writer\n\nThe Insurance Workers Union said its members had learned of the review "
     "from a leak. The union&#8217;s national officer, Geraldine O&#8217;Keeffe, said it would seek an urgent meeting "
     "with management.", "seek an urgent meeting", "Geraldine O’Keeffe"),
    ("ner_fix", "_S15_NAME_DOUBLE_SURNAME", "spanish_two_surnames_first_alone",
     "Drought\n\nBy Test Writer\n\nRosario Condori Huanca, a farmer in Oruro, said the water had gone.\n\n"
     "\"We cannot plant,\" Ms Condori said.", "We cannot plant", "Rosario Condori Huanca"),
]

#: later switches that reach the same name by another rule, turned off with the row's own
_S15_NAME_ALSO = {"title_unlisted_given_hyphenated_surname": (("names", "_S16_H6_TITLED_GIVEN"),)}


@pytest.mark.model
@pytest.mark.parametrize("mod, const, shape, text, content, name", _S15_NAME_ROWS, ids=[r[2] for r in _S15_NAME_ROWS])
def test_s15_name_forms(monkeypatch, mod, const, shape, text, content, name):
    """Forms of person names in real copy resolve to the full name (rule 1), each with its switch
    on, and not with it off (session 15, e5)."""
    import importlib
    module = importlib.import_module(f"saidwhat.pipeline.speakers.{mod}")
    assert getattr(module, const)
    _check_switch_row(monkeypatch, module, const, shape, text, content, name, also=_S15_NAME_ALSO.get(shape, ()))


@pytest.mark.model
def test_s15_name_surname_first_tagged_place(monkeypatch):
    """A Malaysian Chinese name written surname first, its surname later alone and tagged a place
    ("Chong Siew Mei … ', Chong said'") is the full name (forms._S15_NAME_INNER_WORD); fails with the
    switch off when the NER tags the surname as a body."""
    from saidwhat.pipeline.speakers import forms
    assert forms._S15_NAME_INNER_WORD
    text = ("Relief fund row\n\nBy Test Writer\n\nOpening the debate on the relief Bill, Rural Development "
            "Minister Chong Siew Mei said every ringgit of the fund had been accounted for.\n\n'The money reached "
            "families in Sabah, Sarawak and Johor. None of it went missing,' Chong said.")
    _check_switch_row(monkeypatch, forms, "_S15_NAME_INNER_WORD", "surname_first_tagged_place", text,
                      "The money reached", "Chong Siew Mei")


# --- Session 15, pronouns: bodies the NER tags PERSON never become people a he/she takes ---
_S15_PRON_BODY_ROWS = [
    # (shape, module, switch, text, content, the speaker with the switch on, the speaker with it off)
    ("band after a modified kind word", "entities", "_S15_BODY_KIND",
     "Kobalt Vane split after eight years\n\nBy Test Writer\n\n"
     "LAGOS - The Afro-pop trio Kobalt Vane have split after eight years, guitarist Femi Adekunle-Roe confirmed "
     "on Monday.\n\n"
     "Adekunle-Roe said the decision was final. \"We tried,\" he said.\n\n"
     "Kobalt Vane's last show, in Abuja in May, ended early. At the time, the band blamed \"a sound problem\".",
     "a sound problem", "Kobalt Vane", "unresolved"),
    ("mountain named by its kind", "names", "_S15_PLACE_FIRST",
     "Magma store under Andean volcano\n\nBy Test Writer\n\n"
     "Researchers say Nevado Tarqui is not about to erupt.\n\n"
     "For a decade, a seismologist in the city of Cusco has listened to a mountain most people thought was asleep.\n\n"
     "Her sensors, buried in the slopes of Nevado Tarqui, pick up tiny earthquakes, too regular, she says, to be random.",
     "to be random", "unresolved", "Nevado Tarqui"),
    ("band's possessive after a kind word", "names", "_S15_BODY_KIND_POSS",
     "Kobalt Vane split after eight years\n\nBy Test Writer\n\n"
     "LAGOS - The Afro-pop trio Kobalt Vane have split after eight years, guitarist Femi Adekunle-Roe confirmed "
     "on Monday.\n\n"
     "Their singer, Amaka Orji-Bell, stayed silent.\n\n"
     "Kobalt Vane's last show, in Abuja in May, ended early. \"It was loud,\" she said.",
     "It was loud", "Amaka Orji-Bell", "Kobalt Vane"),
    ("memoir title in apposition", "names", "_S15_WORK_TITLE",
     "The drummer looks back\n\nBy Test Writer\n\n"
     "Kenji Marlowe-Ito left the band in 2019. His memoir, Counting Down, published last autumn, describes the split."
     "\n\nCounting Down sold well. \"It was honest,\" he said.",
     "It was honest", "Kenji Marlowe-Ito", "Counting Down"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, module, const, text, content, want_on, want_off", _S15_PRON_BODY_ROWS,
                         ids=[r[0] for r in _S15_PRON_BODY_ROWS])
def test_s15_pron_bodies_are_no_people(shape, module, const, text, content, want_on, want_off, monkeypatch):
    """Session 15 pronouns: a band after "the <modifier> trio" (also in the possessive), a mountain
    named "Nevado …" and a memoir's title in apposition are no person mention, so "the band" takes
    the band and no he/she takes the band, the mountain or the book; each row gives the old answer
    with its switch off."""
    import importlib
    mod = importlib.import_module(f"saidwhat.pipeline.speakers.{module}")
    assert getattr(mod, const)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and (sp.name or sp.kind) == want_on, (shape, sp, hit.source)
    monkeypatch.setattr(mod, const, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and (sp.name or sp.kind) == want_off, (shape, "switch off", sp, hit.source)


_S15_GRP_TITLE_PLURAL_TEXT = (
    "Uproar in parliament over flood money\n\n"
    "By Test Writer\n\n"
    "The chamber descended into uproar yesterday as opposition MPs accused the government of losing track of "
    "flood relief, and the Speaker ordered one of them out.\n\n"
    "Earlier, MPs demanded to know why ministers had ignored the warnings.")


@pytest.mark.model
def test_s15_grp_title_plural_with_modifier_is_anonymous(monkeypatch):
    """"opposition MPs accused …" is unnamed members of a title, anonymous (rule 11;
    groups._S15_GRP_TITLE_PLURAL), not unresolved; fails with the switch off."""
    from saidwhat.pipeline.speakers import groups
    assert groups._S15_GRP_TITLE_PLURAL
    sp, hit = _speaker_of(saidwhat.extract(_S15_GRP_TITLE_PLURAL_TEXT, mode="fast"), "losing track")
    assert sp is not None and sp.kind == "anonymous", (sp, hit.source if hit is not None else None)
    monkeypatch.setattr(groups, "_S15_GRP_TITLE_PLURAL", False)
    sp, _ = _speaker_of(saidwhat.extract(_S15_GRP_TITLE_PLURAL_TEXT, mode="fast"), "losing track")
    assert sp is None or sp.kind != "anonymous", ("passes with the switch off", sp)


# --- Session 15 round 2: nominal descriptions of people (person noun + "of <band>", nationality unknown) ---
_S15_NOM_R2_ROWS = [
    ("person noun of a modified band", "_S15_PP_OBJECT_MODS",
     "Tariq Osei-Lind: \"I read about it online\"\n\nBy Test Writer\n\n"
     "The drummer of the Leeds garage band Copper Lanterns has said he learned of the split \"on my phone, on a bus\".\n\n"
     "Tariq Osei-Lind, 41, told a radio show on Monday that he had no warning.",
     "on my phone", "Tariq Osei-Lind", "Copper Lanterns"),
    ("nationality unstated, one holder of the role", "_S15_NAT_UNKNOWN_ROLE",
     "Copper Lanterns split: members disagree\n\nBy Test Writer\n\n"
     "Copper Lanterns, the Leeds four-piece, have broken up, according to singer Mirela Castellano.\n\n"
     "Bassist Tomasz Nowicki disputed that within hours. In a post on Instagram, he said no vote had ever been "
     "taken.\n\n"
     "\"There was no meeting. There was no conversation,\" he wrote. \"Mirela has decided something and told a "
     "microphone before she told us.\"\n\n"
     "The Hungarian-born bassist added that he had been writing new songs as recently as May.",
     "writing new songs", "Tomasz Nowicki", "unresolved"),
    ("role description after a person named in its paragraph", "_S15_FWD_PARA_NAMED",
     "Weigh-in turns ugly in Kumasi\n\nBy Test Writer\n\n"
     "KUMASI - Kofi Mensah-Baah made the weight on Friday for his title defence against Diego Arrieta.\n\n"
     "Mensah-Baah's trainer, Yaw Ofori-Dankwa, insisted his fighter was in perfect shape. \"He ate rice at noon. "
     "Ask the chef,\" the veteran coach said.\n\n"
     "Arrieta's trainer, Julio Cárdenas, said his man had sparred 200 rounds.",
     "Ask the chef", "Yaw Ofori-Dankwa", "Julio Cárdenas"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, const, text, content, want_on, want_off", _S15_NOM_R2_ROWS,
                         ids=[r[0] for r in _S15_NOM_R2_ROWS])
def test_s15_nom_r2_people_descriptions(shape, const, text, content, want_on, want_off, monkeypatch):
    """Session 15 round 2 (nominals): "The drummer of the Leeds garage band X" is the drummer, not
    the band (resolver._S15_PP_OBJECT_MODS); "The Hungarian-born bassist" is the one bassist when the
    article states no nationality (resolver._S15_NAT_UNKNOWN_ROLE); "the veteran coach" after "X's
    trainer, Y, insisted" in its paragraph is Y, not the trainer named next
    (nominals._S15_FWD_PARA_NAMED); each row gives the old answer with its switch off."""
    from saidwhat.pipeline.speakers import nominals, resolver
    mod = resolver if hasattr(resolver, const) else nominals
    assert getattr(mod, const)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and (sp.name or sp.kind) == want_on, (shape, sp, hit.source if hit else None)
    monkeypatch.setattr(mod, const, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and (sp.name or sp.kind) == want_off, (shape, "switch off", sp, hit.source if hit else None)


# --- Session 15 round 2, f5: PolNeAR train (real US news), round-1 regressions (invented rows) ---

_S15_F5_ROWS = [
    # (module, switch, shape, text, content, name with the switch on)
    ("names", "_S15_NICK_KEEP", "nickname_kept_in_name",
     "Parade\n\nBy Test Writer\n\nIn Tacoma, marchers carried photographs. Rosalind \"Roz\" Kettleworth of Olympia "
     "carried one of them. \"I could not stop crying,\" she said.", "I could not stop crying",
     'Rosalind "Roz" Kettleworth'),
]


@pytest.mark.model
@pytest.mark.parametrize("mod, const, shape, text, content, name", _S15_F5_ROWS, ids=[r[2] for r in _S15_F5_ROWS])
def test_s15_f5_polnear_shapes(monkeypatch, mod, const, shape, text, content, name):
    """PolNeAR-style copy (session 15 round 2, f5): each row names ``name`` with its switch on and
    not with it off."""
    import importlib
    module = importlib.import_module(f"saidwhat.pipeline.speakers.{mod}")
    assert getattr(module, const)
    _check_switch_row(monkeypatch, module, const, shape, text, content, name)


_S15_F5_JUDGE = (
    "Court ruling\n\nBy Test Writer\n\nA judge in Maine issued a ruling on Friday that should please the "
    "candidate Ada Voss.\n\nThe judge ruled that ballots postmarked by Tuesday must be counted.\n\n"
    "This could help Voss, whose campaign had asked for more time.\n\n"
    "The ruling made by the judge was in response to another case.\n\n"
    "Dorian Blaikie, Maine Secretary of State, voiced his disapproval of the ruling. \"We will appeal,\" Blaikie said.")


# -- session 15 round 2: organisation descriptions, part 2 (f1_orgdesc) -------------------------
_S15_ORGD2_ROWS = [
    ("institution_is_no_authority", "entities", "_S15_ORG_INSTITUTION",
     "Village school to shut\n\n"
     "A small primary school will close next year after Marlbury District Council's cabinet voted to shut it.\n\n"
     "Fenwick Lane Primary School, which opened in 1902, will merge with a school in the next town. "
     "The local authority says falling rolls have left the building half empty.",
     "falling rolls", "Marlbury District Council"),
    ("group_is_no_council", "org_descriptions", "_S15_GROUP_NOT_PUBLIC",
     "Parents fight closure\n\n"
     "Cllr Ivo Brandt said Thornbury Vale Council had no choice but to close the library.\n\n"
     "Keep Ashcombe Reading, the campaign group formed by residents last month, said 900 people had signed "
     "its letter.\n\n"
     "Thornbury Vale Council said in a report that visits had halved since 2019.\n\n"
     "The group says the council's numbers ignore the new estate.",
     "the council's numbers", "Keep Ashcombe Reading"),
    ("name_before_apposition_source", "org_descriptions", "_S15_NAME_BEFORE_APPOS",
     "Parents fight closure\n\n"
     "Cllr Ivo Brandt said Thornbury Vale Council had no choice but to close the library.\n\n"
     "Keep Ashcombe Reading, the campaign group formed by residents last month, said 900 people had signed "
     "its letter.",
     "900 people", "Keep Ashcombe Reading"),
    ("management_name_with_given_name", "resolver", "_S15_APPOS_BODY_NAME",
     "Band splits after ten years\n\n"
     "Lagos trio Copper Wren have split, singer Ada Nnaji said on Monday. \"We are done,\" she said.\n\n"
     "Guitarist Femi Aluko has stayed quiet. His management, Rosa Talent, said in a statement that the "
     "guitarist was focused on new songs.",
     "focused on new songs", "Rosa Talent"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, module, const, text, content, name", _S15_ORGD2_ROWS,
                         ids=[r[0] for r in _S15_ORGD2_ROWS])
def test_s15_orgd2_bodies(shape, module, const, text, content, name, monkeypatch):
    """Session 15 org descriptions part 2: a school is no "local authority"; "the group" is no
    council; a name before an apposition source and a body named in apposition after "Their
    label," / "His management," is that body; each fails with its switch off (fast mode)."""
    import importlib
    mod = importlib.import_module(f"saidwhat.pipeline.speakers.{module}")
    assert getattr(mod, const)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is not None and sp.name == name and sp.kind == "organization", (shape, sp, hit.source)
    monkeypatch.setattr(mod, const, False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), content)
    assert sp is None or sp.name != name or sp.kind != "organization", (shape, "passes with the switch off", sp)


# --- Session 15 round 2, f2: pronouns between two people of one gender (invented rows) ---

_S15_F2_PRON_ROWS = [
    # (switch of pronouns.py, shape, text, content, name with the switch on)
    ("_S15_PRON_EPITHET_NEXT", "epithet_after_named_subject",
     'Boxing\n\nBy Test Writer\n\nHamid Farouk and Tomasz Kowalczyk had to be separated at the press '
     'conference in Glasgow on Thursday.\n\nFarouk, the champion, said he was ready. "He is a tourist," '
     'the 28-year-old said.\n\nKowalczyk, 30, was asked about the insult on Friday. The Pole smiled. '
     '"In Gdansk we let the gloves speak," he said.\n',
     'In Gdansk', 'Tomasz Kowalczyk'),
    ("_S15_PRON_ASKED_NOUN", "asked_the_witness_replies",
     'Bridge inquiry hears of ignored warnings\n\nBy Test Writer\n\nDr Rafael Quintero, the former '
     'chief engineer of Harlow Bridges, told the inquiry on Tuesday that cracks had been found in 2019. '
     'He said the repairs had been delayed twice.\n\nThe company said in a statement that it had '
     'cooperated fully.\n\nThe chairman of the inquiry, Sir Edwin Marlow, a retired judge, intervened '
     'to ask the witness whether he had warned the board. He said he had raised it at a meeting in '
     'March.\n',
     'he had raised it', 'Rafael Quintero'),
]


@pytest.mark.model
@pytest.mark.parametrize("const, shape, text, content, name", _S15_F2_PRON_ROWS, ids=[r[1] for r in _S15_F2_PRON_ROWS])
def test_s15_f2_pronoun_rivals(monkeypatch, const, shape, text, content, name):
    """Session 15 round 2 (f2, pronouns): "Kowalczyk, 30, was asked …. The Pole smiled. “…,” he
    said" is Kowalczyk, not the rival named before (pronouns._S15_PRON_EPITHET_NEXT); "X intervened
    to ask the witness whether …. He said" is the witness last heard, not the asker
    (pronouns._S15_PRON_ASKED_NOUN); each row names ``name`` with its switch on and not with it off."""
    from saidwhat.pipeline.speakers import pronouns
    if const == "_S15_PRON_EPITHET_NEXT":
        # shipped off: genre dev -2 at train +3 (session 15, like _S14_PRON_EPITHET); the shape is kept testable
        assert not pronouns._S15_PRON_EPITHET_NEXT
        monkeypatch.setattr(pronouns, const, True)
    assert getattr(pronouns, const)
    _check_switch_row(monkeypatch, pronouns, const, shape, text, content, name)



# --- Session 15 round 2 (names in messy layouts): role nouns before a misread name, post-nominal
# letters inside a misread entity, particle names with a listed given name (invented rows) ---

def _s15_wrap(text, width):
    """``text`` hard-wrapped at ``width`` columns, paragraphs kept apart by blank lines (wire archive copy)."""
    import textwrap
    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))


_S15_LAYOUT_ROLE = ("Port row deepens as bids close\n\nBy Test Writer\n\nDAKAR, March 2 (Reuters) - The Port Authority "
                    "of Ziguinchor (PAZ), the state body that runs the southern port, said on Monday the tender had "
                    "been fair and open to all bidders.\n\nThe deal is politically sensitive. Opposition lawmaker "
                    "{name} said parliament should see the contract before it was signed. She said her party would "
                    "table questions.")


@pytest.mark.model
@pytest.mark.parametrize("name", ["Fatoumata Binta Sow", "Coumba Gaye Sarr"])
def test_s15_layout_role_noun_before_hard_wrapped_name(name, monkeypatch):
    """"Opposition lawmaker <Name>" hard-wrapped, the small NER leaving the name untagged: the role
    noun "lawmaker" (names._S15_ROLE_NOUNS_MORE) makes it a person; without it, unresolved."""
    from saidwhat.pipeline.speakers import names
    text = _s15_wrap(_S15_LAYOUT_ROLE.format(name=name), 68)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), "parliament should")
    assert sp is not None and sp.name == name, (sp, hit.source)
    monkeypatch.setattr(names, "_ROLE_NOUNS_BEFORE_NAME", names._ROLE_NOUNS_BEFORE_NAME - names._S15_ROLE_NOUNS_ADDED)
    from saidwhat.pipeline.speakers import resolver  # session 17 INV: an untagged name head after a role names it too
    monkeypatch.setattr(resolver, "_S17_INV_NAME_RUN", False)
    sp, hit = _speaker_of(saidwhat.extract(text, mode="fast"), "parliament should")
    assert sp is None or sp.name != name, ("switch off", sp)


@pytest.mark.model
def test_s15_layout_post_nominal_inside_misread_entity(monkeypatch):
    """"Asked by [Annelie de Villiers KC]/ORG, defending," in hard-wrapped court copy: the letters
    come off before the misread entity is read as a name (names._S15_NAME_POSTNOMINAL_TRIM)."""
    from saidwhat.engine import get_nlp
    from saidwhat.config import Config
    from saidwhat.pipeline.speakers import names
    text = _s15_wrap(
        "Mill owner set fire to his own premises, jury told\n\nBy Test Writer\n\nA mill owner set fire to his own "
        "premises in Bolton to claim on his insurance, a jury heard yesterday.\n\nThe night watchman, Tariq Bhatti, "
        "gave evidence through an interpreter. He said he had smelt petrol and seen \"a figure\" by the gate. Asked "
        "by Annelie de Villiers KC, defending, whether the figure could have been her client, the 58-year-old "
        "replied: \"I cannot say.\"\n\nMrs de Villiers suggested that the watchman had been asleep in his cabin. "
        "He denied it.", 70)
    doc = get_nlp(Config(mode="fast"))(text)
    assert "Annelie de Villiers" in [m.name for m in names.named_mentions(doc)]
    monkeypatch.setattr(names, "_S15_NAME_POSTNOMINAL_TRIM", False)
    assert "Annelie de Villiers" not in [m.name for m in names.named_mentions(doc)]


_S15_LAYOUT_PARTICLE_TEXT = (
    "DOCKERS THREATEN STRIKE OVER TERMINAL PLAN\n\nBy Test Writer\n\nANTWERP, March 3 - Dock workers at the "
    "port of Antwerp will strike next month unless the operator withdraws its plan, union leaders said on "
    "Tuesday. Pieter-Jan de Graaf, who leads the dockers' branch of the ACV union, said members had voted by "
    "a large majority. \"We were not asked once,\" he said.\n\nJean-Luc van Damme, a harbour consultant, "
    "said the delay would cost the port millions.")


_S15_LAYOUT_COUNSEL = (
    "Mill owner set fire to his own premises, jury told\n\nBy Test Writer\n\nA mill owner set fire to his own premises "
    "in Bolton to claim on his insurance, a jury heard yesterday.\n\nThe night watchman, Tariq Bhatti, gave evidence "
    "through an interpreter. He said he had smelt petrol and seen \"a figure\" by the gate. Asked by {name} KC, "
    "defending, whether the figure could have been her client, the 58-year-old replied: \"I cannot say.\"\n\n"
    "Mrs {sur} suggested that the watchman had been asleep in his cabin. He denied it.")


_S15_F2_ANON = (
    'Tower fire: residents trapped\n\nBy Test Writer\n\nFire crews were still working at the tower '
    'block in Salford on Tuesday night.\n\nA firefighter at the scene, speaking on condition of '
    'anonymity because he was not authorised to talk to reporters, said crews had reached the ninth '
    'floor.\n\n"We can hear people calling for help," he said.\n\nIts managing director, Gregor '
    'Malinowski, said the alarms had been tested in May.\n')


# --- Session 15 round 3: pronouns in interviews and exchanges (question -> answer) ---

_S15_G3_INTERVIEW = (
    "Marguerite Delacroix: \"I sing for the back row\"\n\nThe jazz singer on leaving her label\n\nBy Test Writer\n\n"
    "Marguerite Delacroix arrives early for our interview. It is a habit, she tells me, from her years on tour. "
    "\"Being late was a sin in my house,\" she says.\n\n"
    "Delacroix left Pellham Records last spring. Delacroix has not spoken about it until now.\n\n"
    "The station WKVL, which plays her single, said listeners loved it. Its programme director, Ingrid Sokolova, "
    "called the record \"the best thing this year\".\n\n"
    "Before I leave, I ask whether she would ever sign with Pellham again. She thinks about it for a long time.\n"
    "\"Never is a long word,\" she says finally. \"But it fits.\"\n")


_S15_G3_DENIAL = (
    "School fire: caretaker cross-examined\n\nBy Test Writer\n\nThe caretaker, Desmond Achterberg, told the "
    "tribunal he had locked every door. \"I checked them twice,\" he said.\n\nGareth Pemberton-Shaw, for the "
    "council, suggested that the caretaker had left the boiler room open. He denied it, telling the panel: "
    "\"That door was locked at six.\"\n")


# --- Session 15 round 3 (g1): posts stated with no determiner; "the former X" after a just-named subject ---
_S15_G1_ROWS = [
    ("post-no-determiner", "_S15_POST_NO_DET",
     'Voting rules upheld\n\nBy Test Writer\n\nA federal court heard arguments on Monday over the new voting '
     'rules.\n\nLena Marsh, Ohio Secretary of State, defended the rules in a filing last week.\n\nCivil rights '
     'lawyer Tom Quill said the rules would keep thousands from voting. "This is a clear attempt to shrink the '
     'electorate," Quill said.\n\nMr Quill plans to appeal.\n\n"The rules are lawful and fair," the secretary '
     'of state said in a statement.\n', "The rules are lawful", "Lena Marsh"),
    ("title-run-stops-at-verb", "_S15_RUN_VERB_STOP",
     'Pool closures approved\n\nBy Test Writer\n\nThe council voted on Tuesday to close two swimming pools.\n\n'
     'The council leader, Nadia Brightwell, said the authority had no choice.\n\nOpposition leader Gideon '
     'Farrant said the plan was a disgrace. The former paramedic accused Cllr Brightwell of "ignoring '
     'residents for years".\n', "ignoring residents for years", "Gideon Farrant"),
    ("secretary-of-state-head", "_S15_HEAD_OF_PP",
     'Voting rules upheld\n\nBy Test Writer\n\nA federal court heard arguments on Monday over the new voting '
     'rules.\n\nLena Marsh, Ohio Secretary of State, defended the rules in a filing last week.\n\nCivil rights '
     'lawyer Tom Quill said the rules would keep thousands from voting. "This is a clear attempt to shrink the '
     'electorate," Quill said.\n\nMr Quill plans to appeal.\n\n"The rules are lawful and fair," the secretary '
     'of state said in a statement.\n', "The rules are lawful", "Lena Marsh"),
    ("former-post-after-named-subject", "_S15_FORMER_PREV_SENT",
     'Recount called in Ashby ward\n\nBy Test Writer\n\nLabour held the Ashby seat after a recount.\n\n'
     'Corinne Vale, a 39-year-old nurse, won with 980 votes, 40 ahead of the Conservative, Alan Dunmore. The by-election followed the death of the '
     'Labour councillor Peter Greaves in March.\n\nMs Vale said the result was "a win for every street". '
     'Ms Vale thanked her volunteers.\n\nShortly after 1am the returning officer agreed to a full recount requested by '
     'Zbigniew Łukaszczyk, who is Mr Dunmore\'s agent. The former councillor told reporters the piles had been '
     '"counted far too fast".\n\nIn her speech, Ms Vale thanked the count staff. Ms Vale will take her seat '
     'in April, and Ms Vale said she would start with the bins.\n', "counted far too fast", "Zbigniew Łukaszczyk"),
]


@pytest.mark.model
@pytest.mark.parametrize("shape, const, text, content, name", _S15_G1_ROWS, ids=[r[0] for r in _S15_G1_ROWS])
def test_s15_g1_posts(shape, const, text, content, name, monkeypatch):
    """A post in apposition with no determiner ("Lena X, Ohio Secretary of State,") is the person's
    stated post; the title run before "Cllr Y" stops at a finite verb ("The former paramedic
    *accused* Cllr Y"); "the former councillor" after "Mr Z's agent, Ryszard X, asked …" is X, not
    the topic person (nominals._S15_POST_NO_DET/_S15_RUN_VERB_STOP/_S15_FORMER_PREV_SENT); each
    fails with its switch off."""
    from saidwhat.pipeline.speakers import nominals
    assert getattr(nominals, const)
    _check_switch_row(monkeypatch, nominals, const, shape, text, content, name)


# --- Session 15, helper g4: PolNeAR speaker train (real copy, round 3) ---

_S15_G4_SURNAME = (
    "Donor behind banner flights named\n\nIt turns out that the donor behind the banner flights was Walter "
    "Dean Hollis IV—a Mobile shipping magnate worth millions.\n\nHollis claimed in an interview with the Gazette "
    "that he is not backing any particular candidate.\n\nRecords show Hollis backed two governors in 2008, and on "
    "the Democratic side Hollis backed a senator from Ohio.\n\nHollis also told the Gazette he would support a "
    "third-party candidate in a general election.\n")
_S15_G4_REFLEXIVE = (
    "Ravenscroft trails in the count\n\nGovernor Ellen Markby could have most of the delegates needed after the "
    "votes are counted on Tuesday. Senator Tobias Ravenscroft said on Monday that the race was not over.\n\n"
    "Markby thanked her volunteers in a speech on Tuesday night. Ravenscroft himself acknowledged in a radio "
    "forum Monday night \"it will be very hard for us to win\" if he keeps losing ground.\n")


@pytest.mark.model
@pytest.mark.parametrize("module, const, other_module, other, content", [
    ("org_descriptions", "_S15_REF_NOT_SURNAME", "forms", "_S15_SURNAME_ORG_ELSEWHERE", "not backing"),
    ("forms", "_S15_SURNAME_ORG_ELSEWHERE", "org_descriptions", "_S15_REF_NOT_SURNAME", "third-party"),
])
def test_s15_g4_surname_of_suffixed_name_not_org(monkeypatch, module, const, other_module, other, content):
    """"… Walter Dean Hollis IV—a … magnate …" then "Hollis claimed …" where the NER or an org context
    word ("on the Democratic side Hollis backed": a team's side) made another "Hollis" a body: the
    surname is the person (forms._S15_SURNAME_ORG_ELSEWHERE, org_descriptions._S15_REF_NOT_SURNAME;
    each tested with the other switched off); fails with the switch off."""
    import importlib
    mod = importlib.import_module(f"saidwhat.pipeline.speakers.{module}")
    monkeypatch.setattr(importlib.import_module(f"saidwhat.pipeline.speakers.{other_module}"), other, False)
    assert getattr(mod, const)
    sp, hit = _speaker_of(saidwhat.extract(_S15_G4_SURNAME, mode="fast"), content)
    assert sp is not None and sp.name == "Walter Dean Hollis IV", (sp, hit.source)
    monkeypatch.setattr(mod, const, False)
    sp, _ = _speaker_of(saidwhat.extract(_S15_G4_SURNAME, mode="fast"), content)
    assert sp is None or sp.name != "Walter Dean Hollis IV", ("switch off", sp)


# --- session 15 round 3, organisation names part 3 (g2): untyped operators, place-modified bodies,
# "the local authority" named after, "its petition" ---
_S15_G2_OPERATOR = (
    'Four workers hurt in blast at Chilean copper smelter\n\nANTOFAGASTA, Chile, May 4 - Four workers '
    'were injured on Monday in an explosion at a copper smelter in northern Chile, officials said.\n\n'
    'The blast hit the Sierra Verde plant operated by Quilapán Minera, the regional emergency office'
    ' said.\n\nQuilapán Minera said it had halted work at the smelter and would cooperate with investi'
    'gators. Its plant manager, Rodrigo Lagos, told reporters that the furnace had been checked last'
    " month.\n\nThe workers' union Sindicato Norte said staff had complained about the furnace in Marc"
    'h.\n\nIn a later statement, the company said every complaint had been "answered in writing".\n')
_S15_G2_PLACE_OFFICE = (
    'Two detained after bridge collapse in Anatolia\n\nISTANBUL, March 2 - A road bridge collapsed on '
    "Sunday in the Turkish province of Kastamonu, killing three people, officials said.\n\nTurkey's Mi"
    'nistry of Transport and Infrastructure said in a statement that engineers would inspect every b'
    "ridge on the route.\n\nThe contractor declined to comment.\n\nThe Kastamonu chief prosecutor's offi"
    'ce said it had detained two site engineers for questioning.\n')
_S15_G2_LOCAL = (
    'Villagers fight plan to shut library\n\nBy Staff Reporter\n\nResidents of the village of Harwick ha'
    've started a campaign to keep their library open after the local authority confirmed plans to c'
    "lose it in April.\n\nA report to Thornmere District Council's cabinet says the building needs rep"
    'airs costing more than £400,000.\n\nKeep Harwick Reading, the campaign group set up by residents '
    'last month, said more than 900 people had signed its petition. The petition asks the council to'
    ' hand the building to a community trust.\n')


# --- Switch rows (folded in session 16 from near-identical on/off tests, ``duplicates`` D1): each row
# is one former test (param id: its old name without ``test_``; a former parametrized test's rows:
# ``<old name>-<its row id>``). Row: (module, switch, shape: the old docstring's why, text, content,
# speaker with the switch on, speaker with it off (None: any other, or none), also, shipped); see
# :func:`_check_switch_row`.
def _switch_rows(old: str, module, rows, const=None):
    """Rows of a former parametrized test ``old``: ``(shape, [module,] [const,] text, content, name)``
    (``module``/``const`` given here when the old test fixed them)."""
    out = []
    for r in rows:
        shape, rest = r[0], list(r[1:])
        mod = rest.pop(0) if module is None else module
        con = rest.pop(0) if const is None else const
        text, content, name = rest
        out.append(pytest.param(mod, con, shape, text, content, name, None, (), True, id=f"{old}-{shape}"))
    return out


def _switch_row(old, module, const, shape, text, content, on, off=None, also=(), shipped=True):
    return pytest.param(module, const, shape, text, content, on, off, also, shipped, id=old)


SWITCH_ROWS = [
    *_switch_rows("who_said_it_s12_org_focus", "org_descriptions", WHO_S12_ORG_FOCUS, "_S12_ORG_FOCUS"),
    *_switch_rows("who_said_it_s12_org4", "organisations", WHO_S12_ORG4, "_S12_ORG4_RUNS"),
    *_switch_rows("who_said_it_s13_nom", None, WHO_S13_NOM),
    *_switch_rows("who_said_it_s13_org", None, WHO_S13_ORG),
    *_switch_rows("who_said_it_s13_pron", None, WHO_S13_PRON),
    *_switch_rows("who_said_it_s13_org2", None, WHO_S13_ORG2),
    *_switch_rows("who_said_it_s13_org3", "org_descriptions", WHO_S13_ORG3),
    *_switch_rows("who_said_it_s13_pron2", None, WHO_S13_PRON2),
    *_switch_rows("who_said_it_s13_short", "organisations", WHO_S13_SHORT),
    *_switch_rows("who_said_it_s13_age", None, WHO_S13_AGE),
    *_switch_rows("who_said_it_s13_org5", "org_descriptions", WHO_S13_ORG5),
    *_switch_rows("who_said_it_s14_late", None, WHO_S14_LATE),
    *_switch_rows("who_said_it_s14_orgq", None, WHO_S14_ORGQ),
    *_switch_rows("who_said_it_s14_polnear", None, WHO_S14_PN),
    _switch_row("who_said_it_s11_org_candidates", "organisations", "_S11_ORGC",
                "an organisation the NER tags PERSON but an apposition types (\"X, the regional airline that …\") "
                "is a candidate of a later \"The regional airline said\"",
                _S11_ORGC_TEXT, "it would lease two more jets", "Kato Airlinks"),
    _switch_row("body_chief_epithet_s14_nommod", "nominals", "_S14_NOMMOD_CHIEF",
                "\"The Northline chief\" is the body's boss, as \"the Northline boss\" (off: the ranker's "
                "previous speaker)", _S14_NOMMOD_CHIEF_TEXT, "the remark was unworthy", "Tobias Grunwald"),
    _switch_row("for_client_counsel_s14_nommod", "nominals", "_S14_NOMMOD_FOR_COUNSEL",
                "\"For Mr Pryce, Richard X said his client …\" is defence counsel, so \"The barrister\" after him "
                "is Richard X, not the prosecutor", _S14_NOMMOD_FOR_COUNSEL_TEXT, "had sold his van",
                "Richard Hughes"),
    _switch_row("she_not_label_short_form_s14_gend", "resolver", "_S14_GEND_AGREE",
                "\"she\" after \"Red Willow said\" (the label's short form, tagged PERSON) is the singer, never "
                "the label (shipped False: genre dev -4, train +3)", _S14_GEND_AGREE_TEXT, "It was a divorce",
                "Grace Adeyemi", shipped=False),
    _switch_row("s14_grp_shadow_post", "nominals", "_S14_GRP_SHADOW",
                "\"The minister replied\" is never the opposition's shadow secretary named before it: the "
                "minister named after it (off: the shadow secretary)", _S14_GRP_SHADOW_TEXT,
                "grants would reach", "Rosalind Okonedo-Barr", "Idris Penhallow"),
    _switch_row("s14_grp_former_post", "nominals", "_S14_GRP_FORMER",
                "\"the former managing director said\" is the witness \"who ran X from 2011 to 2020\" (a tenure "
                "that ended), not counsel to the inquiry named before it", _S14_GRP_FORMER_TEXT,
                "I do not remember", "Anselm Tavistock-Ruiz"),
    _switch_row("s14_grp_counsel_to_inquiry", "nominals", "_S14_GRP_COUNSEL",
                "a bare \"counsel said\" is the person stated as \"counsel to the inquiry\" (through the "
                "_S14_ROLE_POSTS post machinery), not the witness", _S14_GRP_COUNSEL_TEXT,
                "responsible for the contractor", "Philippa Nakashima"),
    _switch_row("s14_grp_council_groups-party_group", "organisations", "_S14_GRP_PARTY_GROUP",
                "\"the Liberal Democrat group said\" is that party's council group, named in the article's words",
                _S14_GRP_COUNCIL, "short-sighted", "Liberal Democrat group"),
    _switch_row("s14_grp_council_groups-typed_latest", "org_descriptions", "_S14_GRP_TYPED_LATEST",
                "\"the group said\" after \"Swimmers from the Keep Riverside Swimming group\" is that campaign, "
                "not the ruling Labour group, an earlier subject", _S14_GRP_COUNCIL, "take legal advice",
                "Keep Riverside Swimming"),
    _switch_row("s15_nom_late_intro-age", "nominals", "_S15_NOM_LATE_INTRO",
                "\"a retired ferry engineer … the 71-year-old said … The grandfather, X,\": the person named next",
                _S15_NOM_LATE_AGE_TEXT, "I used to fix engines", "Osvaldo Pereira-Lindqvist"),
    _switch_row("s15_nom_late_intro-role", "nominals", "_S15_NOM_LATE_INTRO",
                "\"a glaciologist … the glaciologist said … Dr X, who heads …\": the person named next",
                _S15_NOM_LATE_ROLE_TEXT, "We expected some loss", "Ximena Arrau Toledo"),
    _switch_row("s15_headline_labels-standfirst_bare_role", "nominals", "_S15_HEAD_ROLE_ANY",
                "standfirst bare role, body description then name: the role, not read as a name",
                _S15_HEAD_ROLE_TEXT, "the band", "Tomasz Wierzbicki-Hale"),
    _switch_row("s15_headline_labels-headline_bare_role_apposition", "nominals", "_S15_HEAD_ROLE_ANY",
                "headline bare role, apposition, not the possessor's promoter", _S15_HEAD_ROLE_APPOS_TEXT,
                "not last five rounds", "Ruairi Brannock"),
    _switch_row("s15_headline_labels-wire_dateline", "resolver", "_S15_DATELINE_LEAD",
                "wire dateline before the lead's subject: the dateline is not part of the source",
                _S15_DATELINE_LEAD_TEXT, "all-share deal", "Oman's Qurum Air"),
    _switch_row("s15_grp_families_take_their_speaker", "nominals", "_S15_GRP_FAMILIES",
                "\"The families say\" takes the relative named as speaking for the bereaved families (rule 12), "
                "though she is a sister only through \"lost her brother\"", _S15_GRP_FAMILIES_TEXT,
                "offered each household", "Odile Marchetti-Vance"),
    _switch_row("s15_grp_one_role_in_standfirst_named_below", "nominals", "_S15_GRP_ONE_LEAD",
                "a standfirst's \"one dendrochronologist says\" is the one person named below with that role "
                "(rule 1, series b reading)", _S15_GRP_ONE_LEAD_TEXT, "the dates are", "Tadhg Ó Floinn-Brennan"),
    _switch_row("s15_grp_asked_not_to_be_named_is_anonymous", "groups", "_S15_GRP_UNNAMED_SAYS",
                "a description that says its person asked not to be named is anonymous (rule 8)",
                _S15_GRP_UNNAMED_TEXT, "most households", "anonymous"),
    _switch_row("s15_f5_late_intro_other_office", "nominals", "_S15_LATE_ROLE_CLASH",
                "\"A judge … The judge ruled … Dorian X, Maine Secretary of State, voiced …\": a person stated to "
                "hold another office is not the judge introduced unnamed (off: Dorian X)", _S15_F5_JUDGE,
                "ballots postmarked", "anonymous", "Dorian Blaikie"),
    _switch_row("s15_layout_particle_name_with_listed_given_name", "ner_fix", "_S15_NAME_PARTICLE_GIVEN",
                "\"Pieter-Jan de Graaf, who leads …\" tagged DATE after \"on Tuesday.\": the listed given name "
                "before the particle makes a person, so the \"he said\" after his quote is his",
                _S15_LAYOUT_PARTICLE_TEXT, "We were not asked", "Pieter-Jan de Graaf"),
    _switch_row("s15_layout_counsel_particle_surname-honorific-particle-surname-tagged-org", "names",
                "_S15_NAME_HONORIFIC_ORG",
                "hard-wrapped court copy: \"Mrs de Villiers\" tagged ORG resolves to counsel's full name",
                _s15_wrap(_S15_LAYOUT_COUNSEL.format(name="Annelie de Villiers", sur="de Villiers"), 70),
                # session 17 X's titled-particle rule reads "Mrs de Villiers" tagged ORG as a person too
                "asleep in his", "Annelie de Villiers", also=(("names", "_S17_X_TITLED_PARTICLE"),)),
    _switch_row("s15_layout_counsel_particle_surname-person-entity-cut-after-particle", "names",
                "_S15_NAME_PARTICLE_CUT",
                "hard-wrapped court copy: \"[Cordelia von]/PERSON Platen\" resolves to counsel's full name",
                _s15_wrap(_S15_LAYOUT_COUNSEL.format(name="Cordelia von Platen", sur="von Platen"), 70),
                "asleep in his", "Cordelia von Platen"),
    _switch_row("s15_f2_unnamed_by_request_not_named_next", "pronouns", "_S15_PRON_ANON_STAYS",
                "\"A firefighter, speaking on condition of anonymity …, said …. ¶ “…,” he said. ¶ Its managing "
                "director, Gregor X, said\": the he continues the unnamed firefighter (off: Gregor X)",
                _S15_F2_ANON, "We can hear people", "anonymous", "Gregor Malinowski"),
    _switch_row("s15_g3_interview_i_ask_she_says", "pronouns", "_S15_PRON_INTERVIEW_ASK",
                "interview copy \"I ask whether she …. ¶ “…,” she says\": the interviewee (the woman mentioned "
                "most), not the woman quoted last", _S15_G3_INTERVIEW, "Never is a long word",
                "Marguerite Delacroix"),
    _switch_row("s15_g3_accusation_then_denial", "pronouns", "_S15_PRON_DENIAL",
                "\"X suggested that the caretaker had left the door open. He denied it\": the accused's denial, "
                "not the accuser's (shipped False: genre dev -1, train +0)", _S15_G3_DENIAL,
                "That door was locked", "Desmond Achterberg", shipped=False),
    _switch_row("s15_g4_surname_then_reflexive", "resolver", "_S15_SOURCE_REFLEXIVE",
                "\"Ravenscroft himself acknowledged …\": the intensive reflexive adds no person; not the woman "
                "named in the sentence before", _S15_G4_REFLEXIVE, "very hard", "Tobias Ravenscroft"),
    _switch_row("s15_g2_org_names-_S15_ORG_OPERATOR", "organisations", "_S15_ORG_OPERATOR",
                "\"the company\" after an operator the NER took for a person (\"the plant operated by X … X said\")",
                _S15_G2_OPERATOR, "answered in writing", "Quilapán Minera"),
    _switch_row("s15_g2_org_names-_S15_PLACE_MOD_BODY", "org_descriptions", "_S15_PLACE_MOD_BODY",
                "\"The <Place> chief prosecutor's office\" as the article's words, not a ministry named before",
                _S15_G2_PLACE_OFFICE, "detained two site engineers", "Kastamonu chief prosecutor's office"),
    _switch_row("s15_g2_org_names-_S15_LOCAL_CATAPHOR", "org_descriptions", "_S15_LOCAL_CATAPHOR",
                "\"the local authority\" in the lead is the council named in the next paragraph",
                _S15_G2_LOCAL, "to close it in April", "Thornmere District Council"),
    _switch_row("s15_g2_org_names-_S15_DOC_ITS_EARLIER", "documents", "_S15_DOC_ITS_EARLIER",
                "\"The petition\" after \"<Body> … said … signed its petition\" is the body's",
                _S15_G2_LOCAL, "hand the building", "Keep Harwick Reading"),
]


# --- session 16 h1: documents, polls and outlets' bodies on real text (invented rows) ---------------
_S16_H1_POLL_TEXT = ("Poll: Governor Aldana Leads Senator Whitcombe in Three-Way Race.\n\n"
                     "Governor Rosa Aldana holds a narrow lead over Senator Paul Whitcombe, according to a new poll.\n\n"
                     "With businessman Carl Ostrander weighing a run, a Harbor Ridge Poll found that he would "
                     "draw most of his support from Whitcombe voters.\n\n"
                     "Aldana received 41 percent and Whitcombe had 38 percent, according to the results.\n")
_S16_H1_CAMEL_TEXT = ("Senator Paul Whitcombe campaigned in Reno on Tuesday.\n\n"
                      "In Nevada, he is up an average of 4.1 points, according to the PollTrackerDaily polling "
                      "average.\n")
_S16_H1_EDITORIAL_TEXT = ("Mayor Lena Castellanos should resign, a headline from the Harbor Tribune editorial board "
                          "says in a piece published on Sunday.\n\n"
                          "Castellanos has failed the city on housing, the editorial board writes. \"The mayor "
                          "promised new homes and delivered none.\"\n")


# Session 16 h1: a poll's unnamed-by-NER maker ("a Harbor Ridge Poll", "the PollTrackerDaily polling average") and
# "the editorial board" of an outlet named with it (rules 3 and 13).
SWITCH_ROWS.extend(_switch_rows("s16_h1_documents", None, [
    ("s16_h1_poll_maker_propn_compound", "documents", "_S16_H1_POLL_MAKER", _S16_H1_POLL_TEXT, "he would draw most",
     "Harbor Ridge"),
    ("s16_h1_poll_results_take_maker", "documents", "_S16_H1_POLL_MAKER", _S16_H1_POLL_TEXT, "Aldana received 41",
     "Harbor Ridge"),
    ("s16_h1_camelcase_poll_maker", "documents", "_S16_H1_POLL_MAKER", _S16_H1_CAMEL_TEXT, "up an average",
     "PollTrackerDaily"),
    ("s16_h1_editorial_board_outlet", "org_descriptions", "_S16_H1_EDITORIAL", _S16_H1_EDITORIAL_TEXT,
     "The mayor promised", "Harbor Tribune"),
]))


# --- session 16 h2: sources on real text -- datelines, groups naming members (invented rows) -------
_S16_H2_DATELINE_TEXT = ("Ostrander, campaigning in Ohio, attacks Whitcombe.\n\n"
                         "Columbus (AFP) – Senator Carl Ostrander on Tuesday hit the campaign trail in Ohio, "
                         "accusing Governor Paul Whitcombe of neglecting the state's farmers.\n\n"
                         "Ostrander said the governor had not visited a farm in four years.\n")
_S16_H2_INCLUDING_TEXT = ("Senate candidates, including Marisol Quintana and Senator Dale Pruitt of Idaho, have proposed "
                          "large increases in spending on rural broadband.\n\n"
                          "The budget office said the deficit would rise next year.\n")
_S16_H2_OBSERVERS_TEXT = ("Some observers, including University of Leeds professor Halima Okonjo, have criticized the "
                          "archive for publishing the names of private citizens.\n\n"
                          "The archive said it would review its policy.\n")
_S16_H2_PRONOUN_PAIR_TEXT = ("Chancellor Ingrid Vollmer met the refugees in Passau on Monday.\n\n"
                             "Last year, she and European leaders said that Europe must not forget the lessons of "
                             "the war.\n")
_S16_H2_BODY_PAIR_TEXT = ("The leak of the party's emails shook the Ostrander campaign on Friday.\n\n"
                          "The Ostrander campaign and some security researchers have said that a foreign "
                          "government was behind the release.\n")


# Session 16 h2: a title-case wire dateline ("Columbus (AFP) –") is no speaker; a plural group naming members with
# "including" takes the first-named by full name; "she and European leaders", "The X campaign and some researchers"
# take the first party (rules 6 and 12).
SWITCH_ROWS.extend(_switch_rows("s16_h2_real_text_sources", None, [
    ("s16_h2_group_including_first_member", "groups", "_S16_H2_INCLUDING", _S16_H2_INCLUDING_TEXT, "large increases",
     "Marisol Quintana"),
    ("s16_h2_observers_including_professor", "groups", "_S16_H2_INCLUDING", _S16_H2_OBSERVERS_TEXT,
     "the archive for publishing", "Halima Okonjo"),
    ("s16_h2_pronoun_and_group_first_party", "groups", "_S16_H2_COORD", _S16_H2_PRONOUN_PAIR_TEXT,
     "Europe must not forget", "Ingrid Vollmer"),
    ("s16_h2_campaign_and_group_first_party", "groups", "_S16_H2_COORD", _S16_H2_BODY_PAIR_TEXT, "a foreign government",
     "Ostrander campaign"),
]))


_S16_H1_COMMISSION_TEXT = ("Senator Dale Varga faced a challenge to his place on the ballot last month.\n\n"
                           "But a Vermont election review commission in February was more cautious.\n\n"
                           "In rejecting the challenge, the commission said that a court should settle the "
                           "question of his residency once and for all.\n")


# Session 16 h1: "a Vermont election review commission … the commission said" is that body as written (rule 3;
# :data:`~saidwhat.pipeline.speakers.org_descriptions._S16_H1_BODY_PHRASE`).
SWITCH_ROWS.append(_switch_row("s16_h1_commission_as_written", "org_descriptions", "_S16_H1_BODY_PHRASE", "s16_h1",
                               _S16_H1_COMMISSION_TEXT, "a court should settle",
                               "Vermont election review commission"))


@pytest.mark.model
def test_s16_h2_titlecase_dateline_is_no_speaker(nlp, monkeypatch):
    """A source span that opens with a title-case dateline and an agency ("Columbus (AFP) – Senator
    Carl Ostrander", "(CNN) — …") is read after it: the place is no speaker (resolver._S16_H2_DATELINE;
    PolNeAR train "New York (AFP) – Vice President Joe Biden" gave "New York"). "Name (R) -" keeps its
    words."""
    from saidwhat.pipeline.speakers import SpeakerResolver
    from saidwhat.pipeline.speakers import resolver as res

    text = _S16_H2_DATELINE_TEXT
    a, b = text.find("Columbus"), text.find(" on Tuesday")
    r = SpeakerResolver(nlp(text))
    assert r.entities[r.resolve(a, b, None)].name == "Carl Ostrander"
    m = res._DATELINE_LEAD.match("(CNN) — Senator Ana Ruiz", 0)
    assert m is not None and m.end() == len("(CNN) — ")
    assert res._DATELINE_LEAD.match("Ted Cruz (R) - Texas", 0) is None
    monkeypatch.setattr(res, "_S16_H2_DATELINE", False)
    r = SpeakerResolver(nlp(text))
    assert r.entities[r.resolve(a, b, None)].name != "Carl Ostrander"


_S16_H1_ACCORD_TEXT = ("Senator Maria Okafor on Sunday criticised the ocean protection accord adopted after two weeks of "
                       "talks in Lisbon, saying the accord goes \"nowhere near far enough.\"\n\n"
                       "The landmark 40-page accord includes a pledge to cut fishing fleets by a third, calling on rich "
                       "nations to pay for the change.\n")


# Session 16 h1: "The landmark 40-page accord includes …" states no maker: no speaker (rule 13;
# :data:`~saidwhat.pipeline.speakers.documents._S16_H1_UNOWNED`; off: the senator).
SWITCH_ROWS.append(_switch_row("s16_h1_unowned_accord", "documents", "_S16_H1_UNOWNED", "s16_h1", _S16_H1_ACCORD_TEXT,
                               "cut fishing fleets", "unresolved", off="Maria Okafor"))


# --- session 16 h6: name forms from many cultures (Gaelic particles, three-part names, a role in apposition; invented rows) ---
_S16_H6_GAELIC_TEXT = ("The Minister for Housing, Aoibheann Mac Giolla Chomhaill, said the scheme was \"long overdue\" "
                       "and would open in May.\n")
_S16_H6_GAELIC_ALONE_TEXT = ("Dr Sinéad Ní Bhriain, the service's clinical director, said the kits were accurate.\n\n"
                             "Ní Bhriain said she understood the concern but that every patient would be contacted.\n")
_S16_H6_TITLED_TEXT = ("The school's bursar, Dr Rukia Omari Mfinanga, told the court last week that repairs had cost "
                       "about 18 million shillings.\n")
_S16_H6_APPOS_TEXT = ("Another neighbour, retired teacher Sione Latu, said the drains had overflowed three times last "
                      "winter.\n")


# Session 16 h6: a Gaelic particle the NER left out of a name and a particle surname alone tagged ORG; a listed given
# name between a title and a two-word entity; a name in apposition with its own lower-case role noun after a
# description (rules 1 and 6).
SWITCH_ROWS.extend(_switch_rows("s16_h6_names", "names", [
    ("s16_h6_gaelic_particle_outside_entity", "_S16_H6_GAELIC", _S16_H6_GAELIC_TEXT, "the scheme was",
     "Aoibheann Mac Giolla Chomhaill"),
    ("s16_h6_title_given_two_word_entity", "_S16_H6_TITLED_GIVEN", _S16_H6_TITLED_TEXT, "repairs had cost",
     "Rukia Omari Mfinanga"),
    ("s16_h6_appositive_name_with_role_noun", "_S16_H6_APPOS_ROLE", _S16_H6_APPOS_TEXT, "the drains had overflowed",
     "Sione Latu"),
]))


# --- session 16 h3: possessed kin words as sources ("X's younger brother", "the player's father"; invented rows) ---
_S16_H3_KIN_NAMED_TEXT = ("Swedish sailor Erik Lindqvist, 27, has been missing since his yacht capsized off the Azores on "
                          "Sunday, the Portuguese navy said.\n\n"
                          "Lindqvist's elder sister said the family was \"holding on to hope\". \"He is the strongest "
                          "swimmer I know,\" she told Swedish radio.\n\n"
                          "Maja Lindqvist, 31, a nurse in Gothenburg, flew to Ponta Delgada on Monday.\n")
_S16_H3_KIN_UNNAMED_TEXT = ("Tariq Farouk, 19, was arrested on Friday after the protest outside the ministry, police said.\n\n"
                            "A police spokesman, Inspector Colm Brady, said the student had been released on bail.\n\n"
                            "Farouk's mother said her son had \"never thrown a stone in his life\".\n")
_S16_H3_KIN_NOUN_TEXT = ("Rovers have turned down a third bid for Pawel Nowicki, the 20-year-old goalkeeper, and the "
                         "player's father has accused the club of breaking its word.\n\n"
                         "The club said the offer was \"nowhere near\" its valuation.\n\n"
                         "Dariusz Nowicki, a former miner who acts as his son's agent, said the family had been promised "
                         "a move in January.\n")


# Session 16 h3: a kin word possessed by a name or a noun is the relative the article names for it (the possessor's
# family name on a person named just after), else an unnamed relative, ``anonymous`` (rule 8;
# :data:`~saidwhat.pipeline.speakers.nominals._S16_H3_KIN_POSS`).
SWITCH_ROWS.extend(_switch_rows("s16_h3_possessed_kin", "nominals", [
    ("s16_h3_kin_possessor_name_relative_named_later", _S16_H3_KIN_NAMED_TEXT, "holding on to hope", "Maja Lindqvist"),
    ("s16_h3_kin_possessor_name_unnamed_relative", _S16_H3_KIN_UNNAMED_TEXT, "never thrown a stone", "anonymous"),
    ("s16_h3_kin_possessor_noun_family_name_later", _S16_H3_KIN_NOUN_TEXT, "breaking its word", "Dariusz Nowicki"),
], "_S16_H3_KIN_POSS"))


# --- session 16 h5: pronouns in long articles (another person the subject since the last speaker; invented rows) ---
_S16_H5_ANON_SUBJECT_TEXT = (
    "The transport ministry said no new routes were planned before the election. \"We will not be rushed into "
    "anything,\" its spokesman, Tomasz Wielgosz, said in a statement.\n\n"
    "A senior official at the ministry, speaking on condition of anonymity, was less cautious. \"Everything is on "
    "the table,\" he said. \"Very little is settled.\"\n")


# Session 16 h5: "A senior official …, was less cautious. “…,” he said" after another speaker's paragraph: the
# unnamed official (rule 8), not the spokesman heard last
# (:data:`~saidwhat.pipeline.speakers.pronouns._S16_H5_SUBJECT_SINCE`; off: the spokesman).
SWITCH_ROWS.append(_switch_row("s16_h5_unnamed_subject_before_pronoun", "pronouns", "_S16_H5_SUBJECT_SINCE", "s16_h5",
                               _S16_H5_ANON_SUBJECT_TEXT, "Everything is on the table", "anonymous",
                               off="Tomasz Wielgosz"))


_S16_H2_NAMED_NEXT_TEXT = ("Two of the Democrats seeking the governorship have released their fundraising totals. Marisol "
                           "Quintana and Sen. Dale Pruitt raised $3 million and $2 million, respectively, in the last "
                           "quarter.\n\nQuintana's haul is a big jump from the summer.\n")
_S16_H2_DASH_TEXT = ("The budget bill passed the Senate on Friday. The Democratic senators running for governor -- Marisol "
                     "Quintana of Idaho, Dale Pruitt of Utah and Ana Ruiz of Nevada -- all voted in favor of the "
                     "provision.\n")
_S16_H2_OUTLET_TEXT = ("Governor Whitcombe rarely gives interviews.\n\n"
                       "“But that was the first time in a long time, governor,” WKNX Evening Report co-Anchor Priya "
                       "Talwar said. “He doesn’t do it that often.”\n")
_S16_H2_PAREN_TEXT = ("In their book on trade (“Concrete Economics,” Lakeshore University Press), Daniel Whitford and "
                      "Laura Fenwick of the University of Utrecht argue that the policy choices were at fault.\n")
_S16_H2_OTHERS_TEXT = ("The activist Ngozi Okafor has campaigned for years on the issue.\n\n"
                       "Okafor and others seeking legal status for migrants prefer the term “undocumented workers.”\n")
_S16_H2_HEAD_ROLE_TEXT = ("Christian Pastor Just Shared A Warning About Whitcombe.\n\n"
                          "Popular Christian and radio pastor Delphine Arceneaux believes the governor has lost his way.\n\n"
                          "Arceneaux, who grew up in Baton Rouge, recently posted a video from a concert.\n\n"
                          "The Christian pastor said that the governor had not kept his promises.\n")


@pytest.mark.model
@pytest.mark.parametrize("module, const, text, source, last, name", [
    pytest.param("speakers.groups", "_S16_H2_NAMED_NEXT", _S16_H2_NAMED_NEXT_TEXT, "Two of the Democrats", False,
                 "Marisol Quintana", id="s16_h2_numbered_group_named_next"),
    pytest.param("speakers.names", "_S16_H2_DASH_APPOS", _S16_H2_DASH_TEXT, "The Democratic senators", False,
                 "Marisol Quintana", id="s16_h2_group_modifier_dash_apposition"),
    pytest.param("speakers.nominals", "_S16_H2_HEAD_ROLE_CAPS", _S16_H2_HEAD_ROLE_TEXT, "Christian Pastor", False,
                 "Delphine Arceneaux", id="s16_h2_titlecase_headline_role"),
    pytest.param("coref", "_S16_H2_COORD_ROLE", _S16_H2_HEAD_ROLE_TEXT, "The Christian pastor", True,
                 "Delphine Arceneaux", id="s16_h2_coordinated_role_words"),
    pytest.param("speakers.names", "_S16_H2_OUTLET_ROLE", _S16_H2_OUTLET_TEXT, "WKNX", False,
                 "Priya Talwar", id="s16_h2_outlet_show_title_name"),
    pytest.param("speakers.resolver", "_S16_H2_PAREN_TAIL", _S16_H2_PAREN_TEXT,
                 "Lakeshore University Press), Daniel Whitford and Laura Fenwick of the University of Utrecht", False,
                 "Daniel Whitford", id="s16_h2_source_opens_with_paren_tail"),
    pytest.param("speakers.groups", "_S16_H2_COORD_NAME", _S16_H2_OTHERS_TEXT, "Okafor and others", False,
                 "Ngozi Okafor", id="s16_h2_name_and_others_first_party"),
])
def test_s16_h2_group_and_role_spans(module, const, text, source, last, name, nlp, monkeypatch):
    """Session 16 h2, the resolver on a given source span (the source finder's cut varies with the
    parse): "Two of the X … . A and B raised" → A; "The X senators" | "running for … -- A of …, B
    …" → A; a title-case headline role ("Christian Pastor") and "The Christian pastor" → the body
    person whose coordinated role ("Popular Christian and radio pastor A") holds the words (rules 2, 6,
    12). With the switch off, another speaker."""
    import importlib

    from saidwhat.pipeline.speakers import SpeakerResolver

    mod = importlib.import_module(f"saidwhat.pipeline.{module}")
    a = text.rfind(source) if last else text.find(source)
    for on in (True, False):
        monkeypatch.setattr(mod, const, on)
        r = SpeakerResolver(nlp(text))
        got = r.entities[r.resolve(a, a + len(source), None)].name
        assert (got == name) == on, (const, on, got)


# --- session 16 h4: organisation names and descriptions (invented rows) -----------------------------
_S16_H4_AND_TEXT = ("Church leaders have criticised a plan to house workers on river barges in Tynemouth.\n\n"
                    "The Methodist Council of Scotland and Ireland said it had \"serious doubts\" about the scheme.\n")
_S16_H4_INTRO_TEXT = ("The crew of a Baltic Star ferry were ordered to leave port at Kiel despite an engine alarm.\n\n"
                      "A Danish seafarers' union, the Sømandsforbundet Nord, said that the captain had been told to "
                      "\"keep to the timetable\" by managers in Copenhagen.\n")
_S16_H4_NEXT_TEXT = ("Hackers hit Lisbon water utility\n\n"
                     "A Porto cyber-security consultancy said on Friday that the utility's billing system had been "
                     "offline for six days. That consultancy, Farol Cyber Labs, said the attackers had used a stolen "
                     "password.\n\n"
                     "A group calling itself Sombra Negra said in an online post that it had taken 300 gigabytes of "
                     "customer records.\n")
_S16_H4_MINISTRY_TEXT = ("Oman says talks on freeing sailors are 'advanced'\n\n"
                         "MUSCAT, May 4 (Reuters) - Talks to free six sailors held in Yemen were \"advanced\", a "
                         "mediator said on Monday.\n\n"
                         "Oman's foreign ministry said in a statement that it was working with \"all parties\" to "
                         "secure their release.\n\n"
                         "Muscat has mediated several such releases. Muscat said it had never paid a ransom.\n")

_S16_H4_PLACE_POSS_TEXT = ("Talks on engineers advance\n\n"
                           "BAMAKO, June 2 (AFP) - Talks to free two engineers were advancing, a mediator said.\n\n"
                           "Mali's defence ministry said no prisoner release was under discussion.\n")


# Session 16 h4: a body's name with "of A and B" places; an indefinite organisation word named in apposition past the
# source span, in the next sentence ("That firm, X,") or by "calling itself X" (README rule 3); a country or capital
# speaking for its foreign ministry (genre README readings).
SWITCH_ROWS.extend(_switch_rows("s16_h4_orgs", None, [
    ("s16_h4_and_places_in_body_name", "organisations", "_S16_H4_AND_PLACES", _S16_H4_AND_TEXT, "serious doubts",
     "Methodist Council of Scotland and Ireland"),
    ("s16_h4_indefinite_body_apposition_past_span", "org_descriptions", "_S16_H4_INTRO_BODY", _S16_H4_INTRO_TEXT,
     "the captain had been told", "Sømandsforbundet Nord"),
    ("s16_h4_indefinite_body_named_next_sentence", "org_descriptions", "_S16_H4_INTRO_BODY", _S16_H4_NEXT_TEXT,
     "billing system", "Farol Cyber Labs"),
    ("s16_h4_group_calling_itself", "org_descriptions", "_S16_H4_INTRO_BODY", _S16_H4_NEXT_TEXT, "300 gigabytes",
     "Sombra Negra"),
    ("s16_h4_capital_is_foreign_ministry", "org_descriptions", "_S16_H4_COUNTRY_MINISTRY", _S16_H4_MINISTRY_TEXT,
     "never paid a ransom", "Oman's foreign ministry"),
    ("s16_h4_country_possessive_ministry_as_written", "org_descriptions", "_S16_H4_PLACE_POSS", _S16_H4_PLACE_POSS_TEXT,
     "no prisoner release", "Mali's defence ministry"),
]))


_S16_H5_ROLE_SUBJECT_TEXT = (
    "Ngozi Okafor-Bright, the showrunner who created the legal drama in 2019, learned of the decision from a press release.\n"
    "Her agent, Tolu Bankole, said her client was \"weighing every option\" and would \"not act in anger\".\n"
    "By Sunday the showrunner sounded calmer. \"The characters will live somewhere,\" she wrote in a second post.\n")


# Session 16 h5: "By Sunday the showrunner sounded calmer. “…,” she wrote" after her agent spoke: the one
# candidate of that role, not the agent heard last
# (:data:`~saidwhat.pipeline.speakers.pronouns._S16_H5_ROLE_SUBJECT`; off: the agent).
SWITCH_ROWS.append(_switch_row("s16_h5_role_subject_before_pronoun", "pronouns", "_S16_H5_ROLE_SUBJECT", "s16_h5",
                               _S16_H5_ROLE_SUBJECT_TEXT, "live somewhere", "Ngozi Okafor-Bright",
                               off="Tolu Bankole"))


@pytest.mark.model
def test_s16_h2_bullet_given_name_org_surname(nlp, monkeypatch):
    """A roundup bullet glued to the given name ("-Bruno Kessler explains why …") whose surname alone
    the NER tagged ORG is the person's full name, no organisation (names._S16_H2_BULLET_SURNAME;
    PolNeAR train HuffPollster "-Craig Fehrman"). The entity is set by hand: the NER's tag varies."""
    from spacy.tokens import Span

    from saidwhat.pipeline.speakers import names

    text = "Polls in brief.\n-Bruno Kessler explains why Ohio is “weird.” [538]\n-Nothing else today.\n"
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == "Kessler")
    assert doc[i - 1].text == "-Bruno"
    doc.ents = [Span(doc, i, i + 1, label="ORG")]
    got = [m.name for m in names._misread_person_names(doc, set())]
    assert "Bruno Kessler" in got
    monkeypatch.setattr(names, "_S16_H2_BULLET_SURNAME", False)
    assert "Bruno Kessler" not in [m.name for m in names._misread_person_names(doc, set())]


# --- session 16 h3 (continued): a people noun after an age, a "-born" description (invented rows) ---
_S16_H3_DEMONYM_AGE_TEXT = ("Striking dockers in Bilbao will stay out until Friday, their union said on Tuesday.\n\n"
                            "'We have not been offered a single thing,' the union's president, Aitor Zubizarreta, told "
                            "reporters at the port gates.\n\n"
                            "Zubizarreta said the port authority had cancelled two meetings. Asked whether the strike "
                            "could spread to Pasaia, the 48-year-old Basque said: 'Ask the port authority.'\n")


# Session 16 h3: "the 48-year-old Basque" is a person by people and age, the topic person
# (:data:`~saidwhat.pipeline.coref._S16_H3_DEMONYM_MODS`; off: a body "Basque" or no one).
SWITCH_ROWS.append(_switch_row("s16_h3_demonym_with_age", "coref", "_S16_H3_DEMONYM_MODS", "s16_h3",
                               _S16_H3_DEMONYM_AGE_TEXT, "Ask the port authority", "Aitor Zubizarreta"))


_S16_H3_BORN_TEXT = ("The planning committee deferred the application for the 40-storey tower on Wednesday.\n\n"
                     "Kestrel Homes' managing director, Pieter de Waal, told councillors the company had already spent "
                     "$9 million on the site.\n\n"
                     "The Irish-born developer, who has built towers in Cork and Limerick, also questioned why the "
                     "planners had backed the scheme.\n")


# Session 16 h3: "The Irish-born developer" is a person (only people are born), not a body "Irish-born
# developer" (:data:`~saidwhat.pipeline.speakers.resolver._S16_H3_BORN_PERSON`).
SWITCH_ROWS.append(_switch_row("s16_h3_born_description_is_a_person", "resolver", "_S16_H3_BORN_PERSON", "s16_h3",
                               _S16_H3_BORN_TEXT, "why the planners had backed", "Pieter de Waal"))


# --- session 16 r2a: nominals left after round 1 (invented rows) ---
_S16_R2A_PLURAL_INTRO_TEXT = ("Radio Meridian has dropped its breakfast show after eleven years.\n\n"
                              "The presenter, Tomasz Wierzbicki, said executives had assured him in June that the show "
                              "was safe.\n\n"
                              "Meridian's director of programmes, Ingrid Solbakken-Moe, rejected that account. \"No "
                              "promise was ever made,\" she said on Tuesday.\n\n"
                              "The executive added that listening figures had fallen by a quarter since the spring.\n")


# Session 16 r2a: "executives had assured him" (a bare plural) introduces no unnamed person for a later "The
# executive" once a named person is mentioned between them
# (:data:`~saidwhat.pipeline.speakers.groups._S16_R2A_PLURAL_INTRO`; off: anonymous).
SWITCH_ROWS.append(_switch_row("s16_r2a_plural_intro_then_named", "groups", "_S16_R2A_PLURAL_INTRO", "s16_r2a",
                               _S16_R2A_PLURAL_INTRO_TEXT, "listening figures had fallen", "Ingrid Solbakken-Moe"))


_S16_R2A_COUNTRY_MOD_TEXT = ("Samoa coach Tuiasosopo: 'We will attack from the first minute'\n\n"
                             "Canada insist they are ready as the two-Test series opens in Apia\n\n"
                             "Filipo Tuiasosopo did not fly to Apia to defend. The Samoa head coach, who took charge "
                             "a year ago, said on Thursday that his side would attack from the first minute.\n\n"
                             "His opposite number, Duncan MacIsaac, was more cautious. The Canada coach, a former lock "
                             "who won 30 caps, said the heat in Apia would decide the match.\n")


# Session 16 r2a: "The Canada coach" is not the Samoa head coach: a country's name as a modifier states a
# nationality (:data:`~saidwhat.pipeline.speakers.nominals._S16_R2A_COUNTRY_MOD`).
SWITCH_ROWS.append(_switch_row("s16_r2a_country_modifier_nationality", "nominals", "_S16_R2A_COUNTRY_MOD", "s16_r2a",
                               _S16_R2A_COUNTRY_MOD_TEXT, "the heat in Apia", "Duncan MacIsaac"))


# --- session 16 r2c: names and person candidates the NER misses or mistypes (invented rows) ---
_S16_R2C_TITLED_TEXT = ("The two councillors for the ward split on the vote. Cr Leilani Fonoti, who moved the motion to "
                        "defer, said the board needed \"more time to read the flood modelling\".\n\n"
                        "Cr Mereana Te Huia, who chairs the committee, voted against the deferral. She said Porirua "
                        "badly needed houses and that a further delay would \"send the wrong signal to every "
                        "builder\".\n\n"
                        "She told reporters afterwards that her colleague had been under \"enormous pressure\" from "
                        "residents.\n")


# Session 16 r2c: "Cr" (Australian and New Zealand councillor) is a title, not a name word: "Cr Mereana Te Huia" is
# not the "Cr Leilani Fonoti" before her, and "She" takes her
# (:data:`~saidwhat.pipeline.speakers.names._S16_R2C_TITLES`, read when the rules run since session 17, so the
# row can turn it off; off: "Cr Leilani Fonoti").
SWITCH_ROWS.append(_switch_row("s16_r2c_councillor_title_cr", "names", "_S16_R2C_TITLES", "s16_r2c",
                               _S16_R2C_TITLED_TEXT, "Porirua badly needed", "Mereana Te Huia"))



# --- session 16 r2d: pronouns and relatives in long real articles (invented rows) ---
_S16_R2D_COLON_LIST_TEXT = ("Graham Telford, the Liberal campaign chief, briefed donors in Halifax on Friday.\n\n"
                            "\"We can win here,\" Mr. Telford said.\n\n"
                            "Telford was joined by Arnav Desai, the campaign's new field director. As the donors ate "
                            "lobster, Mr. Desai walked them through a map of the ridings the party has not held since "
                            "1993: Kings, Hants, Colchester and Pictou.\n\n"
                            "And in the rural seats, he said the party could force the Conservatives to spend money "
                            "defending them.\n")


# Session 16 r2d: the subject chain walks past a verbless list the parser split off at a colon ("…: Kings,
# Hants, Colchester and Pictou.") to "Mr. Desai walked them"
# (:data:`~saidwhat.pipeline.speakers.pronouns._S16_R2D_COLON_LIST`; off: the previous speaker).
SWITCH_ROWS.append(_switch_row("s16_r2d_subject_chain_past_colon_list", "pronouns", "_S16_R2D_COLON_LIST", "s16_r2d",
                               _S16_R2D_COLON_LIST_TEXT, "could force the Conservatives", "Arnav Desai"))


_S16_R2D_CCOMP_SUBJ_TEXT = ("Declan Moyles, Governor Tom Brekke's campaign manager, spoke to reporters in Dayton on "
                            "Monday.\n\n"
                            "Governor Brekke has trailed in every Ohio poll since March. In the suburbs, though, he said "
                            "Mr. Brekke could still win by ten points.\n")


# Session 16 r2d: "he said Mr. Brekke could still win": by binding principle C "he" is not the subject of the
# clause it reports (:data:`~saidwhat.pipeline.coref._S16_R2D_CCOMP_SUBJ`; off: Brekke, the subject of the
# sentence before).
SWITCH_ROWS.append(_switch_row("s16_r2d_pronoun_not_its_clause_subject", "coref", "_S16_R2D_CCOMP_SUBJ", "s16_r2d",
                               _S16_R2D_CCOMP_SUBJ_TEXT, "could still win", "Declan Moyles",
                               also=(("pronouns", "_S17_E1_CONTENT_NAMES"),)))  # session 17: names in the content


_S16_R2D_SUCH_AS_TEXT = ("The ferry operator has denied the reports.\n\n"
                         "The rumour spread through outlets such as Meridian FM and the Harbour Gazette, which reported "
                         "that the service to Skerry Island would end in May.\n")


# Session 16 r2d: "outlets such as Meridian FM and the Harbour Gazette, which reported": the first-named
# example (rule 6) (:data:`~saidwhat.pipeline.speakers.pronouns._S16_R2D_SUCH_AS`; off: the last-named, where
# the parser hangs the clause).
SWITCH_ROWS.append(_switch_row("s16_r2d_relative_after_examples", "pronouns", "_S16_R2D_SUCH_AS", "s16_r2d",
                               _S16_R2D_SUCH_AS_TEXT, "the service to Skerry Island", "Meridian FM"))


_S16_R2D_CLASH_AT_TEXT = ("Democrats in Lansing said Mr. Farrow had betrayed rural voters.\n\n"
                          "Governor Dennis Farrow vetoed the clinic funding bill on Monday. Farrow called the bill "
                          "reckless.\n\n"
                          "And as the clinic director pointed out, the veto leaves eleven clinics with no funding. She "
                          "asked Whitcombe what the veto would mean for rural clinics.\n\n"
                          "\"We will close three sites,\" said Whitcombe.\n")


# Session 16 r2d: the last fallback for "She" skips "Mr. Farrow" (a man written by his surname, found by the
# mention's offset in Dennis Farrow's cluster)
# (:data:`~saidwhat.pipeline.speakers.pronouns._S16_R2D_CLASH_AT`; off: Dennis Farrow).
SWITCH_ROWS.append(_switch_row("s16_r2d_she_not_a_man_named_short", "pronouns", "_S16_R2D_CLASH_AT", "s16_r2d",
                               _S16_R2D_CLASH_AT_TEXT, "what the veto", "unresolved"))


_S16_R2A_LED_BY_TEXT = ("Home bowel screening kits will be posted to 300,000 men from March, the health board said on "
                        "Monday.\n\n"
                        "Dr Aoife Ní Chonaill, the board's screening director, said the kits were \"as accurate as a "
                        "hospital test\".\n\n"
                        "The decision follows a pilot in Sligo. A report on the pilot by researchers at Atlantic "
                        "University found that one in 40 of the men had an early cancer.\n\n"
                        "The researchers, led by Prof Cathal de Paor, estimated that the kits could prevent about 60 "
                        "deaths a year.\n")


# Session 16 r2a: "The researchers, led by Prof X," is X (rule 12: a group takes the member named as leading
# it), also where the NER misses the name (:data:`~saidwhat.pipeline.speakers.resolver._S16_R2A_LED_BY`; off:
# anonymous).
SWITCH_ROWS.append(_switch_row("s16_r2a_researchers_led_by", "resolver", "_S16_R2A_LED_BY", "s16_r2a",
                               _S16_R2A_LED_BY_TEXT, "could prevent about", "Cathal de Paor"))


_S16_R2C_NICK_KNOWN_TEXT = ("Tonga will be led by Viliami Fekitoa-Lolo, the 29-year-old lock known throughout Pacific rugby "
                            "as \"Tank\", who trained fully on Wednesday despite a calf strain.\n\n"
                            "Coach Peni Latu said the side had \"nothing to fear\" from Samoa.\n\n"
                            "\"Calf is fine. Legs are fine. Ready,\" Tank told reporters on his way out of the hotel.\n")
_S16_R2C_NICK_GIVEN_TEXT = ("Tonga will be led by Kalolo \"Tank\" Havili-Moala, who trained fully on Wednesday despite a "
                            "calf strain.\n\n"
                            "The 29-year-old lock said the side had \"nothing to fear\" from Samoa.\n\n"
                            "\"Calf is fine. Legs are fine. Ready,\" Tank told reporters on his way out of the hotel.\n")


# Session 16 r2c: a nickname introduced by "known … as “Tank”" after a name is that person where it is written
# alone later (:data:`~saidwhat.pipeline.speakers.names._S16_R2C_NICK`; off: a person "Tank").
SWITCH_ROWS.append(_switch_row("s16_r2c_nickname_known_as", "names", "_S16_R2C_NICK", "s16_r2c",
                               _S16_R2C_NICK_KNOWN_TEXT, "Calf is fine", "Viliami Fekitoa-Lolo"))


# Session 16 r2c: 'Kalolo "Tank" Havili-Moala' with a given name outside the name lists is one name (the
# nickname recurs) and "Tank" alone later is that person
# (:data:`~saidwhat.pipeline.speakers.names._S16_R2C_NICK`; off: "Tank").
SWITCH_ROWS.append(_switch_row("s16_r2c_nickname_unlisted_given", "names", "_S16_R2C_NICK", "s16_r2c",
                               _S16_R2C_NICK_GIVEN_TEXT, "Calf is fine", 'Kalolo "Tank" Havili-Moala'))


# --- session 16 r2b: organisation descriptions left after round 1 (invented rows) --------------------
_S16_R2B_NATION_TEXT = ("Qatar says talks on freeing engineers are 'close'\n\n"
                        "DOHA, May 4 (Reuters) - Qatar said on Monday that talks to free four engineers held in Sudan "
                        "were \"close\", and that a deal could come within days.\n\n"
                        "Qatar's foreign ministry said in a statement that it was speaking to \"every side\" to secure "
                        "their release. The Danish foreign ministry said it was in daily contact with Doha.\n\n"
                        "Doha has mediated several such releases.\n")
_S16_R2B_UNION_TEXT = ("Dockers were ordered to work in high winds, says union after Porto accident\n\n"
                       "By Marta Quelhas in Lisbon\n\n"
                       "A Portuguese dockers' union has claimed that crane drivers at the port of Leixões were told to "
                       "keep loading ships on Friday despite wind warnings, hours before a container fell onto a "
                       "quay.\n\n"
                       "Two workers were taken to hospital with leg injuries, the port authority said.\n\n"
                       "The Sindicato de Estivadores de Leixões (SEL), which represents about 900 dock workers, said "
                       "three drivers had asked to stop work and were refused.\n\n"
                       "'Our members were told the ship had to leave on time,' the union's president, Joaquim Ferraz, "
                       "told reporters.\n")
_S16_R2B_SHORT_TEXT = ("Brekke loses £210m tax case over Swiss licensing deal\n\n"
                       "Tribunal says fees paid to Zug subsidiary were \"artificial\"; dairy group vows to appeal\n\n"
                       "By Ellen Marsh, Business Reporter\n\n"
                       "Brekke Foods, the Danish maker of Solbak butter, has lost a four-year dispute with HMRC over "
                       "£210m in unpaid tax, after a tribunal ruled that fees paid to a Swiss subsidiary were "
                       "\"artificial\".\n\n"
                       "The tribunal found that the group's UK arm paid £700m over seven years to Brekke Holdings AG, "
                       "a Zug company with three staff, for the use of brand names.\n\n"
                       "Brekke said it was \"disappointed\" by the decision. The group, which is listed in Copenhagen "
                       "and London, said it had paid \"every pound the law requires\".\n")
_S16_R2B_ROLE_TEXT = ("Ferry route to close in June\n\n"
                      "Operator says route 'has lost money every winter for a decade'; islanders plan protest\n\n"
                      "By Iona Baird\n\n"
                      "The only ferry link between Kerrera Sound and the mainland will close on 30 June, the "
                      "operator, Corvane Marine Services, confirmed on Thursday.\n\n"
                      "Islanders said they would hold a protest at the harbour on Saturday. \"We were told nothing,\" "
                      "said Morag Laing, who runs the island shop.\n")
_S16_R2B_COMMITTEE_TEXT = ("Harbour plan vote put off again\n\n"
                           "WELLINGTON – Wellington City Council's regulatory committee has put off a decision on a "
                           "300-berth marina at Evans Bay, after councillors said they needed more information about "
                           "wave heights.\n\n"
                           "The marina's backers, Tasman Berths, said the delay was \"frustrating\".\n\n"
                           "Residents' groups have opposed the plan since it was first lodged in 2022. They say the "
                           "breakwater would block views from the bay's cycleway.\n\n"
                           "Ms Tane said the group would keep campaigning.\n\n"
                           "Councillors will visit the site next month. The committee has asked GNS Science to report "
                           "on wave heights in the bay before it meets again in May.\n")
_S16_R2B_FURNITURE_TEXT = ("Updated 09:10 GMT\n\n"
                           "Fishing quota cut 'will close half the fleet'\n\n"
                           "Watchdog says cut is needed to save cod stocks; trawler group warns of job losses\n\n"
                           "By Ruth Carver, Rural Affairs Reporter\n\n"
                           "The Marine Stocks Authority cut the cod quota for Irish Sea boats by 40 per cent on "
                           "Monday.\n\n"
                           "Fleetwood Fishing Group, which owns 40 trawlers, said on Tuesday that the cut would force "
                           "half its boats to tie up by the end of the year.\n")


@pytest.mark.model
@pytest.mark.parametrize("module, const, text, content, name, also", [
    pytest.param("org_descriptions", "_S16_R2B_NATION_MATCH", _S16_R2B_NATION_TEXT, "daily contact with Doha",
                 "Danish foreign ministry", (), id="s16_r2b_nationality_must_match_body"),
    pytest.param("entities", "_S16_R2B_FOREIGN_HEADS", _S16_R2B_UNION_TEXT, "crane drivers at the port",
                 "Sindicato de Estivadores de Leixões", (), id="s16_r2b_foreign_head_first_name_kind"),
    pytest.param("org_descriptions", "_S16_R2B_NAMED_LATER", _S16_R2B_UNION_TEXT, "crane drivers at the port",
                 "Sindicato de Estivadores de Leixões", (), id="s16_r2b_indefinite_body_named_later"),
    pytest.param("org_descriptions", "_S16_R2B_SHORT_FIRST", _S16_R2B_SHORT_TEXT, "every pound the law",
                 "Brekke Foods", (), id="s16_r2b_short_form_is_first_written_body"),
    pytest.param("org_descriptions", "_S16_R2B_HEADLINE_LOWER", _S16_R2B_SHORT_TEXT, "to appeal",
                 "Brekke Foods", (), id="s16_r2b_standfirst_lower_case_org_word"),
    pytest.param("org_descriptions", "_S16_R2B_HEADLINE_ROLE", _S16_R2B_ROLE_TEXT, "has lost money",
                 "Corvane Marine Services", (), id="s16_r2b_headline_role_word_body_introduced"),
    pytest.param("org_descriptions", "_S16_R2B_POSS_COMMITTEE", _S16_R2B_COMMITTEE_TEXT, "GNS Science",
                 "Wellington City Council's regulatory committee", (), id="s16_r2b_possessed_committee_as_written"),
    pytest.param("nominals", "_S16_R2B_LEAD_FURNITURE", _S16_R2B_FURNITURE_TEXT, "cut is needed",
                 "Marine Stocks Authority", (), id="s16_r2b_furniture_above_headline_keeps_standfirst"),
])
def test_s16_r2b_orgs(module, const, text, content, name, also, monkeypatch):
    """Session 16 r2b: a nationality modifier must fit the body; a foreign name's head-first kind
    word; an indefinite lead description of the one body of its kind named later (genre README
    reading 1); a short form is the body first written in full; a standfirst's lower-case or role
    organisation word; "the committee" as "<Body>'s … committee" written before; a timestamp line
    above the headline leaves the standfirst above the lead. ``_S16_R2B_NAMED_LATER`` ships off (its
    guard was shaped after a genre dev row); its row turns it on, and the other rows, written with it
    on, run with it on too (the head-first name's union is found through it)."""
    from saidwhat.pipeline.speakers import org_descriptions
    if const != "_S16_R2B_NAMED_LATER":
        monkeypatch.setattr(org_descriptions, "_S16_R2B_NAMED_LATER", True)
    _check_switch_row(monkeypatch, module, const, "s16_r2b", text, content, name, also=also,
                      shipped=const != "_S16_R2B_NAMED_LATER")


_S16_R2D_BOTH_AND_TEXT = ("Ellen Vasquez-Toth leads Martin Greaves in the state, a Marist poll found on Thursday.\n\n"
                          "The new poll takes into account both Democrats and independent voters who said they would "
                          "vote in the Democratic primary.\n")


# Session 16 r2d: "both Democrats and independent voters who said" is the correlative "both … and …", no pair
# of people standing for the Democrat named before
# (:data:`~saidwhat.pipeline.speakers.groups._S16_R2D_BOTH_AND`; off: Ellen Vasquez-Toth).
SWITCH_ROWS.append(_switch_row("s16_r2d_both_and_is_no_pair", "groups", "_S16_R2D_BOTH_AND", "s16_r2d",
                               _S16_R2D_BOTH_AND_TEXT, "would vote in the", "anonymous"))


_S16_R2A_CHAIR_TEXT = ("Climate talks in Bonn ended on Thursday without agreement on a loss and damage target.\n\n"
                       "The G33 and India, the bloc of 47 developing nations, has asked for at least $200bn a year, a sum its "
                       "chair, Ambassador Teuila Faleolo-Smith of Samoa, called \"the floor, not the ceiling\".\n\n"
                       "Negotiators from the European Union said the figure was not realistic. Germany's envoy, Anja "
                       "Reinholt, said Berlin would host a meeting of ministers in October.\n\n"
                       "Others were blunter. Climate Action Network, which represents more than 1,900 groups, said "
                       "rich countries had \"spent ten days hiding behind process\".\n\n"
                       "The Brazilian presidency of COP30 said it would hold informal consultations in Brasília in "
                       "September.\n\n"
                       "The G33 chair said she would attend. \"We will go anywhere to talk,\" Ms Faleolo-Smith said.\n")


@pytest.mark.model
def test_s16_r2a_chair_post_holder(monkeypatch, nlp):
    """Session 16 r2a: "The G33 chair" is the person the article gives that post ("its chair,
    Ambassador X of Samoa,"), a post of a named body (the post rule,
    :data:`~saidwhat.pipeline.speakers.nominals._S16_R2A_CHAIR_POST`; off: no post, the other
    rules decide). The full row passes either way here (the ranker takes the one woman); on train
    series w science_w02 the ranker left it unresolved."""
    from saidwhat.pipeline.speakers import SpeakerResolver, nominals
    _check_switch_row(monkeypatch, "nominals", "_S16_R2A_CHAIR_POST", "s16_r2a", _S16_R2A_CHAIR_TEXT,
                      "she would attend", "Teuila Faleolo-Smith", off="Teuila Faleolo-Smith")
    text = _S16_R2A_CHAIR_TEXT
    a = text.find("The G33 chair")
    monkeypatch.setattr(nominals, "_S16_R2A_CHAIR_POST", True)
    got = SpeakerResolver(nlp(text))._post_source(a, a + len("The G33 chair"))
    assert got is not None and got.name == "Teuila Faleolo-Smith"
    monkeypatch.setattr(nominals, "_S16_R2A_CHAIR_POST", False)
    assert SpeakerResolver(nlp(text))._post_source(a, a + len("The G33 chair")) is None


_S16_R2C_CLUB_TEXT = ("Atlético Monteluz have rejected a second offer from Benfica for their 20-year-old winger, and the "
                      "player's agent has accused the club of breaking a promise.\n\n"
                      "Monteluz said in a statement that no promise had been made \"to the player or any "
                      "intermediary\".\n\n"
                      "Monteluz's coach, Xabier Urrutikoetxea, was more direct. Speaking after a friendly in Cádiz, "
                      "the Basque said he had spoken to the winger that morning and found him \"calm and focused\".\n")


@pytest.mark.model
def test_s16_r2c_club_tagged_person(monkeypatch):
    """Session 16 r2c: "Atlético Monteluz" tagged PERSON is a club, and so is "Monteluz" alone: an
    organisation speaker, no person candidate
    (:data:`~saidwhat.pipeline.speakers.names._S16_R2C_CLUB`; off: a person "Atlético Monteluz")."""
    from saidwhat.pipeline.speakers import names
    assert names._S16_R2C_CLUB
    sp, _ = _speaker_of(saidwhat.extract(_S16_R2C_CLUB_TEXT, mode="fast"), "no promise had been made")
    assert sp is not None and (sp.kind, sp.name) == ("organization", "Atlético Monteluz"), sp
    monkeypatch.setattr(names, "_S16_R2C_CLUB", False)
    sp, _ = _speaker_of(saidwhat.extract(_S16_R2C_CLUB_TEXT, mode="fast"), "no promise had been made")
    assert sp is None or sp.kind != "organization", sp


# Session 17 S2 (documents as sources): a poll of two sponsors joined by a slash takes the first-named
# (rule 6; :data:`~saidwhat.pipeline.speakers.documents._S17_S2_JOINT_FIRST`; off: the joint name), and
# "the note" after "a handwritten note from X" is X's (:data:`~...documents._S17_S2_NOTE`; off: anonymous), and
# "X provides exit poll results that show" is X's (:data:`~...documents._S17_S2_MAKER`: "provide" makes a document, and
# "exit *poll* results" takes the clause of the compound's head; off: unresolved).
_S17_S2_JOINT_TEXT = ("Levy backed by most voters, poll finds\n\n"
                      "Most voters in Ashcombe support a new levy for road repairs, according to a Dunmore Herald/Pellston "
                      "College poll released on Tuesday. The survey of 800 adults found 61 percent in favour.\n")
SWITCH_ROWS.append(_switch_row("s17_s2_slash_sponsors_first_named", "documents", "_S17_S2_JOINT_FIRST", "s17_s2",
                               _S17_S2_JOINT_TEXT, "support a new levy", "Dunmore Herald",
                               off="Dunmore Herald/Pellston College"))
_S17_S2_NOTE_TEXT = ("On her kitchen wall, the novelist Clara Venn has a framed, handwritten note from Arnold Pashley. "
                     "\"You will never sell a single copy,\" the note says.\n\nMr Pashley, a publisher, turned down her "
                     "first book. Ms Venn has since sold two million.\n")
SWITCH_ROWS.append(_switch_row("s17_s2_the_note_from_named_writer", "documents", "_S17_S2_NOTE", "s17_s2",
                               _S17_S2_NOTE_TEXT, "never sell a single copy", "Arnold Pashley"))
_S17_S2_MAKER_TEXT = ("NOTES FROM THE COUNT\n\n"
                      "- Turnout in the Ostrava mayoral race was the lowest in two decades. [Local Ledger.]\n\n"
                      "- The Halvard Tribune provides exit poll results that show which districts swung to Kovacs. "
                      "[Full results.]\n\n- Turnout among under-30s fell again.\n")
SWITCH_ROWS.append(_switch_row("s17_s2_provided_compound_document", "documents", "_S17_S2_MAKER", "s17_s2",
                               _S17_S2_MAKER_TEXT, "which districts swung", "Halvard Tribune"))


# Session 17 S1: wrong source spans upstream (attribution.py / source.py, switches _S17_S1_*). Invented rows,
# one per fixed cause; each fails with its switch off (the off speaker in the row, or another one / none).
_S17_S1_COLON_POBJ_TEXT = ("Harbour towns braced for the storm on Sunday.\n\nCouncillor Mirela Vantongeren, who chairs the "
                           "harbour board, said that given the state of the piers on both banks:\n\n\"Nobody should sail "
                           "tonight. We cannot send the lifeboat out twice.\"\n")
_S17_S1_COLON_POBJ2_TEXT = ("Senator Delphine Okafor attacked the ferry bill on Monday.\n\nShe called the vote \"a farce,\" "
                            "saying in a short post on Twitter: \"The ferry bill will never pass this chamber.\"\n")
_S17_S1_WINDOW_TEXT = ("The council voted on the depot plan on Tuesday.\n\n“The plan is dead,” councilmember Oskar Brannigan "
                       "said of the proposal to move the bus depot. The vote was 9-2.\n")
_S17_S1_TIME_TEXT = ("The mayor's staff meet the other campaigns every week.\n\nAlthough there is no such overlap with "
                     "Brannigan's team, a city hall official who spoke anonymously to discuss internal strategy said "
                     "Tuesday, \"Certainly there are discussions between the mayor and the Brannigan campaign.\"\n")
_S17_S1_CONJ_TEXT = ("Comedian Rafferty Quillon opened the charity gala in Leeds on Friday.\n\nHe then adopted a fake Texan "
                     "accent and joked, “But I’m just gonna make it easier for them to laugh at me.”\n")
_S17_S1_APPOS_TEXT = ("The education minister toured the north on Wednesday.\n\nAt the forum in Port Elgin, a retired teacher "
                      "who had worked in the district for thirty years asked the minister why the school would close.\n")
SWITCH_ROWS.append(_switch_row("s17_s1_colon_pobj_clause_subject", "attribution", "_S17_S1_COLON_POBJ", "s17_s1",
                               _S17_S1_COLON_POBJ_TEXT, "Nobody should sail tonight", "Mirela Vantongeren",
                               off="anonymous"))
SWITCH_ROWS.append(_switch_row("s17_s1_colon_pobj_platform", "attribution", "_S17_S1_COLON_POBJ", "s17_s1",
                               _S17_S1_COLON_POBJ2_TEXT, "The ferry bill will never pass", "Delphine Okafor"))
SWITCH_ROWS.append(_switch_row("s17_s1_subject_cut_at_quote", "attribution", "_S17_S1_WINDOW_SUBJECT", "s17_s1",
                               _S17_S1_WINDOW_TEXT, "The plan is dead", "Oskar Brannigan"))
SWITCH_ROWS.append(_switch_row("s17_s1_time_word_no_source", "pipeline.source", "_S17_S1_TIME_SUBJECT", "s17_s1",
                               _S17_S1_TIME_TEXT, "Certainly there are discussions", "anonymous", off="unresolved",
                               also=(("pipeline.source", "_S17_S1_FRONTED_APPOS"),)))
SWITCH_ROWS.append(_switch_row("s17_s1_conj_on_object_noun", "pipeline.source", "_S17_S1_CONJ_ON_OBJECT", "s17_s1",
                               _S17_S1_CONJ_TEXT, "easier for them to laugh", "Rafferty Quillon"))
SWITCH_ROWS.append(_switch_row("s17_s1_fronted_pp_apposition", "pipeline.source", "_S17_S1_FRONTED_APPOS", "s17_s1",
                               _S17_S1_APPOS_TEXT, "why the school would close", "anonymous"))


@pytest.mark.model
def test_s17_s1_colon_from_report_keeps_source(monkeypatch):
    """Session 17 S1: the colon rule (:data:`~saidwhat.pipeline.attribution._S17_S1_COLON_POBJ`) leaves a
    preposition that names a source alone: "More from the report: “…”" keeps "the report"
    (``attribution._SOURCE_PREPS``; without that guard the rule dropped two PolNeAR train rows)."""
    from saidwhat.pipeline import attribution as attribution_mod
    assert attribution_mod._S17_S1_COLON_POBJ
    text = ("A new Halvorsen Institute report compares rural broadband providers.\n\nWhat the report does mean - Not "
            "all rural networks are built equal. From the report: “In general, networks with more towers and longer "
            "contracts produced faster service. The slower networks tended to be rural only.”\n")

    def _src():
        art = saidwhat.extract(text, mode="fast")
        return [a.source.text if a.source else None for a in art.attributions if "In general" in a.content.text]

    assert _src() == ["the report"]
    monkeypatch.setattr(attribution_mod, "_SOURCE_PREPS", frozenset())
    assert _src() != ["the report"]  # the guard is what keeps it


_S17_S1_CONJ_REPORT_TEXT = ("Talk-show host Marisol Ventanilla interviewed the senator on Sunday.\n\nShe told NBC on Monday the "
                            "mood of the meeting was calm, with tense moments, and predicted viewers “will find it a little "
                            "awkward.”\n")


@pytest.mark.model
def test_s17_s1_conj_in_reported_clause_source(monkeypatch):
    """Session 17 S1: "She told NBC the mood of the meeting was calm … and predicted viewers “…”":
    "predicted" (parsed as coordinated with "was" of the reported clause) shares the subject of
    "told", not "the mood of the meeting" (:data:`~saidwhat.pipeline.source._S17_S1_CONJ_IN_REPORTED`,
    shipped False).
    The speaker row passes either way here (the ranker picks the one person), so the source span is checked."""
    from saidwhat.pipeline import source as source_mod

    def _src():
        art = saidwhat.extract(_S17_S1_CONJ_REPORT_TEXT, mode="fast")
        return [a.source.text if a.source else None for a in art.attributions if a.cue and a.cue.text == "predicted"]

    assert not source_mod._S17_S1_CONJ_IN_REPORTED  # shipped False (dev measurements, see the constant)
    monkeypatch.setattr(source_mod, "_S17_S1_CONJ_IN_REPORTED", True)
    assert _src() == ["She"]
    monkeypatch.setattr(source_mod, "_S17_S1_CONJ_IN_REPORTED", False)
    assert _src() != ["She"]


# Session 17 E2: role and organisation-kind compatibility of descriptions (nominals, org descriptions).
_S17_E2_ROLE_CLASS_TEXT = (
    "WASHINGTON — Forrester campaign chairman Miles Okonjo told friends in May that the candidate knew all about his "
    "work abroad.\n\nNow, after a series of reports on Okonjo’s work in Ukraine, he is on the losing end of a power "
    "struggle in the Forrester camp.\n\nThe Republican presidential nominee said on Tuesday that he trusted his whole "
    "team.\n")
_S17_E2_OUTLET_TEXT = (
    "Sen. Ilse Varga is running for president.\n\nIn a back-and-forth email thread with Varga’s campaign, Ridgeline "
    "News asked several times whether Sen. Varga disavowed the governor’s endorsement, but the campaign refused to "
    "answer on multiple occasions.\n")
_S17_E2_NAMED_INTRO_TEXT = (
    "Kenyan lawmaker wants Dalton banned from country.\n\nA lawmaker in Kenya is calling for Rex Dalton to be banned "
    "from the country after the American tycoon suggested that Kenyan migrants posed a threat.\n\n“There is no basis "
    "for such remarks,” Amos Kiprotich said in a motion filed in Nairobi, according to the Daily Nation.\n\nKiprotich, "
    "citing official data, said that many Kenyans live in the United States. The lawmaker, who represents a district in "
    "Kisumu, said Dalton’s remarks “have shamed our people.”\n\nLast year one lawmaker called Dalton “a disgrace.” In "
    "response to Dalton’s comments, the ministry released a statement.\n")
SWITCH_ROWS.append(_switch_row("s17_e2_nominee_not_campaign_chairman", "nominals", "_S17_E2_ROLE_CLASS",
                               "\"The Republican presidential nominee\" is not the one stated as the campaign's "
                               "chairman (a principal is never his staff)", _S17_E2_ROLE_CLASS_TEXT,
                               "he trusted his whole team", "Forrester", off="Miles Okonjo"))
SWITCH_ROWS.append(_switch_row("s17_e2_campaign_not_outlet", "org_descriptions", "_S17_E2_OUTLET_NOT_CAMPAIGN",
                               "\"the campaign\" is never a news outlet named beside the campaign", _S17_E2_OUTLET_TEXT,
                               "on multiple occasions", "Varga campaign", off="Ridgeline News",
                               also=(("coref", "_S17_E2_ORG_RUN"),)))
SWITCH_ROWS.append(_switch_row("s17_e2_org_entity_title_run", "coref", "_S17_E2_ORG_RUN",
                               "an ORG-tagged entity's role words are the title run before it, not a noun past a "
                               "comma (\"Varga's campaign, Ridgeline News asked\")", _S17_E2_OUTLET_TEXT,
                               "on multiple occasions", "Varga campaign", off="Ridgeline News",
                               also=(("org_descriptions", "_S17_E2_OUTLET_NOT_CAMPAIGN"),), shipped=False))
_S17_E2_TEAM_TEXT = (
    "Team Varga sees the convention as a second chance for Ilse Varga to win over suburban women.\n\nThe senator’s "
    "standing with those voters has slipped since the spring, aides said.\n")
SWITCH_ROWS.append(_switch_row("s17_e2_team_of_person", "resolver", "_S17_E2_TEAM_OF",
                               "\"Team Varga\" is Varga's campaign, an organisation, not the senator",
                               _S17_E2_TEAM_TEXT, "a second chance", "Varga campaign"))
_S17_E2_POSSESSOR_TEXT = (
    "Campaign for Varga says she will recast image.\n\nThe manager, Tomasz Belka, suggested that the candidate's style "
    "was an act.\n\nIlse Varga's newly installed campaign manager has sought to assure donors that Ms. Varga recognized "
    "the need to reshape her image.\n\nAddressing about 100 donors, the campaign manager, Tomasz Belka, said the "
    "candidate was ready.\n")
SWITCH_ROWS.append(_switch_row("s17_e2_possessor_not_post_holder", "resolver", "_S17_E2_POSSESSOR_POST",
                               "\"Ilse Varga's newly installed campaign manager\" is not Varga, the possessor",
                               _S17_E2_POSSESSOR_TEXT, "Ms. Varga recognized the need", "Tomasz Belka",
                               off="Ilse Varga"))
SWITCH_ROWS.append(_switch_row("s17_e2_lead_description_named_intro", "groups", "_S17_E2_NAMED_INTRO",
                               "\"A lawmaker in Kenya\" (the lead, named below) introduces no unnamed person: "
                               "\"The lawmaker, who represents …\" is the man named", _S17_E2_NAMED_INTRO_TEXT,
                               "have shamed our people", "Amos Kiprotich", off="anonymous"))
SWITCH_ROWS.append(_switch_row("s17_e2_title_run_ends_at_participle", "nominals", "_S17_E2_RUN_VBN_STOP",
                               "\"one lawmaker called Dalton\" gives Dalton no post \"lawmaker\", so \"The "
                               "lawmaker, who …\" is not him", _S17_E2_NAMED_INTRO_TEXT, "have shamed our people",
                               "Amos Kiprotich", off="Rex Dalton"))


# Session 17 E1: pronouns in long real articles (pronouns.py, switches _S17_E1_*). Invented rows; each fails
# with its switch off.
_S17_E1_CONTENT_TEXT = ("Governor Odell Brantley has struggled with older voters all year.\n\n"
                        "Republican strategist Hamish Trevelyan is doubtful the governor can win them back. But Brantley "
                        "could still change the subject.\n\n\"What Odell Brantley needs is to talk about jobs,\" he said. "
                        "\"Nobody else will.\"\n")
_S17_E1_CONJ_TEXT = ("Professor Anton Marchetti has coached at the club for a decade.\n\nLeon Fairweather won the regional "
                     "final on Sunday after a long season.\n\nMarchetti said he would not expect an upset at the nationals, "
                     "but he said the young player could struggle on clay.\n")
SWITCH_ROWS.append(_switch_row("s17_e1_not_named_in_own_quote", "pronouns", "_S17_E1_CONTENT_NAMES", "s17_e1",
                               _S17_E1_CONTENT_TEXT, "needs is to talk about jobs", "Hamish Trevelyan",
                               off="Odell Brantley"))
SWITCH_ROWS.append(_switch_row("s17_e1_conj_clause_subject", "pronouns", "_S17_E1_CONJ_SUBJECT", "s17_e1",
                               _S17_E1_CONJ_TEXT, "the young player could struggle", "Anton Marchetti",
                               off="Leon Fairweather"))
_S17_E1_PARA_BEFORE_TEXT = (
    "The first two volunteers at the Harbour Street clinic on Tuesday were Odile Fenwick and Priya Sandhu.\n\n"
    "\"We have never been busier,\" said Margot Hale, the clinic's director. \"Some days we see two hundred people.\"\n\n"
    "For Fenwick, a retired nurse and one of the longest-serving volunteers, the weekly shifts are a way to stay useful.\n\n"
    "\"The patients keep me young,\" she said. \"I would not miss a Tuesday.\"\n")
SWITCH_ROWS.append(_switch_row("s17_e1_person_of_paragraph_before", "pronouns", "_S17_E1_PARA_BEFORE", "s17_e1",
                               _S17_E1_PARA_BEFORE_TEXT, "The patients keep me young", "Odile Fenwick",
                               off="Margot Hale"))


# Session 17 INV: causes behind the commonest gold-free invariant violations (scripts/speaker_invariants.py;
# resolver._S17_INV_NAME_RUN, groups._S17_INV_COORD_TITLED). Invented rows; each fails with its switch off.
_S17_INV_NAME_RUN_TEXT = ("Brentwick boss Anders Talvik insisted his side could still go up. "
                          "\"We are not done yet,\" he said.\n\n\"We had to fix the pension plan first,\" said Harbour "
                          "Dockers Union Secretary-Treasurer Lionel Brackett.\n")
_S17_INV_COORD_TITLED_TEXT = ("Mrs. Adebola Okafor was first elected to the council in 2010.\n\n"
                              "Mrs. Okafor and her advisers recognized long ago that the race would be close.\n")
SWITCH_ROWS.append(_switch_row("s17_inv_untagged_name_head", "resolver", "_S17_INV_NAME_RUN", "s17_inv",
                               _S17_INV_NAME_RUN_TEXT, "We are not done yet", "Anders Talvik"))
SWITCH_ROWS.append(_switch_row("s17_inv_untagged_name_head_after_org", "resolver", "_S17_INV_NAME_RUN", "s17_inv",
                               _S17_INV_NAME_RUN_TEXT, "fix the pension plan", "Lionel Brackett"))
SWITCH_ROWS.append(_switch_row("s17_inv_titled_first_party", "groups", "_S17_INV_COORD_TITLED", "s17_inv",
                               _S17_INV_COORD_TITLED_TEXT, "the race would be close", "Adebola Okafor",
                               off="anonymous"))

# Session 17 X: UK press and sports shapes (names._S17_X_SEAT_NOT_PERSON, names._S17_X_TITLED_PARTICLE,
# forms._S17_X_HEAD_SURNAME_AFTER). Invented rows; each fails with its switch off.
_S17_X_SEAT_TEXT = ("Minister under fire over leaked remarks\n\nSir Colin Marr, who chairs the Shires Group of "
                    "Conservative MPs, said he expected an apology.\n\nHe was backed by Eleanor Whitcombe, the Tory MP "
                    "for Ashcombe, who said colleagues were \"angry\". She said the minister had ignored them.\n")
_S17_X_PARTICLE_TEXT = ("Conservative group leader Cllr Pieter de Groot opposed the cuts on Tuesday.\n\nThe two leaders "
                        "rarely agree. But Cllr de Groot said he had spoken to his counterpart about a joint motion.\n")
_S17_X_HEAD_TEXT = ("Toledo: 'We are still alive'\n\nHarbury Town boss Andrés Toledo Ortiz has insisted his side can "
                    "still avoid relegation after a sixth straight defeat.\n\n\"We are still alive,\" Toledo said.\n")
SWITCH_ROWS.append(_switch_row("s17_x_seat_who_not_place", "names", "_S17_X_SEAT_NOT_PERSON",
                               "\"X, the Tory MP for [Ashcombe]/PERSON, who said\": the seat is a place, \"who\" is X",
                               _S17_X_SEAT_TEXT, "colleagues were", "Eleanor Whitcombe", off="Ashcombe", shipped=False))
SWITCH_ROWS.append(_switch_row("s17_x_seat_she_not_place", "names", "_S17_X_SEAT_NOT_PERSON",
                               "\"She said\" after \"the Tory MP for [Ashcombe]/PERSON\" is never the seat",
                               _S17_X_SEAT_TEXT, "the minister had ignored them", "Eleanor Whitcombe", off="Ashcombe", shipped=False))
SWITCH_ROWS.append(_switch_row("s17_x_titled_particle_surname", "names", "_S17_X_TITLED_PARTICLE",
                               "\"[Cllr de Groot]/ORG said\" is Pieter de Groot, not a body named with the title",
                               _S17_X_PARTICLE_TEXT, "he had spoken to his counterpart", "Pieter de Groot",
                               off="Cllr de Groot"))
SWITCH_ROWS.append(_switch_row("s17_x_headline_first_surname", "forms", "_S17_X_HEAD_SURNAME_AFTER",
                               "\"[Toledo]/GPE: '…'\" in the headline is Andrés Toledo Ortiz named in the lead below",
                               _S17_X_HEAD_TEXT, "'We are still alive'", "Andrés Toledo Ortiz", off="Toledo"))

# Session 17 U: a description the ranker and the rules leave unresolved takes the ranker's one clear
# compatible candidate at low confidence (resolver._S17_U_FALLBACK). Invented row; fails with the switch off.
_S17_U_WIDOW_TEXT = ("Ottilie Brannström sat in the front row as the verdict was read.\n\n"
                     "Afterwards, the widow said justice had been done at last.\n")
SWITCH_ROWS.append(_switch_row("s17_u_unresolved_fallback", "resolver", "_S17_U_FALLBACK",
                               "\"the widow said\" with no role written anywhere: the ranker's one compatible person, "
                               "not unresolved", _S17_U_WIDOW_TEXT, "justice had been done", "Ottilie Brannström",
                               off="unresolved", shipped=False))

# The switch table, with the session-16 rows appended above (SWITCH_ROWS.append): defined last so that
# its parametrisation sees every row.
@pytest.mark.model
@pytest.mark.parametrize("module, const, shape, text, content, on, off, also, shipped", SWITCH_ROWS)
def test_switch_row(module, const, shape, text, content, on, off, also, shipped, monkeypatch):
    """The row's speaker (a name, or a kind: anonymous/unresolved) with its switch on; with it off
    (and ``also``), the row's ``off`` speaker, or any other when the row names none (fast mode)."""
    _check_switch_row(monkeypatch, module, const, shape, text, content, on, also=also, off=off, shipped=shipped)


# Session 17 speed 2 (byte-identical): the people's pair features deferred for he/she and nominals
# (coref._S17_SPEED_LAZY_PEOPLE), one role-evidence scan shared (nominals._S17_SPEED_ROLE_SHARE) and
# the content-name pre-test (pronouns._S17_SPEED_CONTENT_NAMES): the same speakers with them off.
# Invented text.
_S17_SPEED2_TEXT = ("Ferry operator cuts winter timetable\n\nMarlow Ferries chief executive Odile Brannagh said the "
                    "cuts were unavoidable. \"Fuel costs have doubled,\" she said.\n\nUnion organiser Tomasz Welke, "
                    "a former deckhand, disagreed. \"Brannagh knows the crews will pay for this,\" he said.\n\n"
                    "The chief executive said talks would continue. The organiser said he was not hopeful, and "
                    "Welke added that the company had ignored its own safety review.\n")


@pytest.mark.model
def test_s17_speed2_identity(monkeypatch):
    from saidwhat.pipeline import coref
    from saidwhat.pipeline.speakers import nominals, pronouns

    def speakers():
        art = saidwhat.extract(_S17_SPEED2_TEXT, mode="fast")
        return [(a.source, a.speaker_id, a.speaker_via, a.speaker_confidence) for a in art.attributions], art.speakers

    on = speakers()
    for mod, const in ((coref, "_S17_SPEED_LAZY_PEOPLE"), (nominals, "_S17_SPEED_ROLE_SHARE"),
                       (pronouns, "_S17_SPEED_CONTENT_NAMES")):
        monkeypatch.setattr(mod, const, False)
    assert speakers() == on
