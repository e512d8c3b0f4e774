"""Nominal sources: definite descriptions and epithets of a person ("the Syrian leader", "The
Swede", "the 58-year-old", "the United boss", "The real estate mogul").

Stage: speaker resolution for a nominal the ranker handles, before it scores candidates: a named
person whose role fits the description's words (:meth:`NominalRules._by_role`), a role written
only later in the article, an epithet by nationality, age or club, the one person named in the
sentence before, the article's dominant person; an indefinite or headline role the article names
later (:meth:`NominalRules._role_named_later`, :meth:`NominalRules._lead_named_next`), a
description right after a person's introduction, the one asked before a reply; the person whose
stated post fits the description's head or a word of the same post
(:meth:`NominalRules._described_person`: "Cllr X … the Labour councillor", "Its president, X …
the federation boss"); capitalised epithets the NER takes for names ("The Glaswegian", "The
Edinburgh Central MSP": :func:`_the_capitalised_epithet`); and the binding constraint that keeps
an epithet from its commanding subject (:func:`commanding_subjects`).

Rules and their sources: a definite nominal links to a named person whose role shares a word with
it (Pareti 2015, ch. 6); binding principle C for epithets (Lasnik 1989); most anaphoric definites
find their antecedent in the sentence before (Poesio & Vieira 1998); a definite epithet names the
discourse's most salient person of its kind (Ariel 1990; centering, Grosz, Joshi & Weinstein
1995), the main clause's subject of the sentence before, photo captions aside; nationality, age
and club or company epithets are the shapes of issue 11's genre gold (sports, culture, business
copy); a speaker the article names later is that name (rule 1 of ``gold/speakers/README.md``).

Offsets are ``[start, end)`` characters of the Doc's text.
"""

from __future__ import annotations

import re

from .. import doc_text, last_paragraph_break, one_space, padding_token
from ..coref import (_PARTY_WORDS, DEMONYM_GENDER, DEMONYMS, DOC_NOUNS, Cluster, _head_part, doc_ents,
                     nationality_words, norm_tokens, span_text)
from .entities import OCCUPATIONS, ORG_HEADS
from ..coref import _former_both
from .. import coref as _coref
from .groups import ANON_HEADS
from .names import _DETS, _R2C_TITLE_WORDS, TITLE_WORDS, _occurrences, _titles
from . import names as _names_mod

#: Patterns of hot call sites, compiled once (speed, session 13).
_RX_0 = re.compile(r"[\w\-]+")
_RX_1 = re.compile(r"([A-Z][\w.’'-]*)\s+$")
_RX_2 = re.compile(r"[\n:;]|[.!?][\"”’']?\s")
_RX_3 = re.compile(r"who\s")
_RX_4 = re.compile(r"['’]s$")
_RX_5 = re.compile(r"[\n:;(]|[.!?][\"”’']?\s")
_RX_6 = re.compile(r"\b(?:group|party)['’]s\b")

TITLE_SYNONYMS = {"leader": {"president", "prime", "minister", "chancellor", "king", "premier", "chief", "leader", "head"},
                  "president": {"president"}, "minister": {"minister"}, "official": set(), "chief": {"chief", "head"}}
#: Role modifiers that make a different office ("Vice President" is not "the president").
OFFICE_MODIFIERS = {"vice", "deputy", "former", "assistant", "acting", "associate", "lieutenant", "ex", "then"}
#: How clearly one person must lead the article for :meth:`SpeakerResolver._dominant_person`:
#: subject mentions outside quotes so far, and the ratio to the next person's.
_DOMINANT_MIN = 3
_DOMINANT_RATIO = 2.0
#: Role nouns of a club's people ("the United *boss*", "the Ashford *manager*").
_CLUB_ROLES = frozenset("""boss manager coach captain chairman chairwoman owner skipper keeper goalkeeper striker
defender midfielder forward winger player""".split())


#: Head nouns that name a person's post or job, for a role description named only later
#: (:meth:`NominalRules._forward_role`): title words, club roles and these.
_PERSON_ROLES = frozenset(_CLUB_ROLES | TITLE_WORDS | OCCUPATIONS | frozenset("""prosecutor barrister solicitor lawyer
drummer guitarist bassist singer frontman frontwoman vocalist keyboardist founder president executive mayor""".split()))
_PERSON_ROLES_R2C = _PERSON_ROLES | _R2C_TITLE_WORDS


def _person_roles() -> frozenset[str]:
    """:data:`_PERSON_ROLES`, with the titles of :data:`~.names._R2C_TITLE_WORDS` while
    :data:`~.names._S16_R2C_TITLES` is on (read per call)."""
    return _PERSON_ROLES_R2C if _names_mod._S16_R2C_TITLES else _PERSON_ROLES


#: Titles that hold a role noun's office under another name ("prosecutor": "Assistant District
#: Attorney Maria Okafor"), for :meth:`NominalRules._role_named_later`.
_ROLE_EQUIVALENTS = {"prosecutor": ("district attorney", "prosecuting attorney", "state attorney", "crown prosecutor",
                                    "prosecuting counsel", "prosecution counsel", "prosecuting barrister"),
                     "defender": ("public defender",)}
#: Role heads whose indefinite mention stays an unnamed person even when someone of that role is
#: named later ("a Pentagon spokesman", "a senior official"; rule 3 of gold/speakers/README.md).
_UNNAMED_ROLE_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "insider",
                                 "diplomat", "person", "representative", "member", "staffer", "adviser", "advisor"})


#: Role heads that name one post under different words ("the barrister" for "defence solicitor
#: X"; "the federation boss" for "Its president, X"; "the Labour councillor" for "Cllr X"), for
#: :meth:`NominalRules._described_person`.
_ROLE_FAMILIES = (frozenset({"lawyer", "barrister", "solicitor", "attorney", "counsel", "advocate", "qc", "kc"}),
                  frozenset({"minister", "secretary"}),
                  frozenset({"striker", "forward", "footballer", "player"}),
                  frozenset({"councillor", "cllr", "alderman", "councilman", "councilwoman"}),
                  frozenset({"boss", "chief", "head", "president", "chairman", "chairwoman", "chair", "ceo",
                             "director", "leader"}))
#: Words that end a run of title words before a name (:meth:`NominalRules._role_evidence`).
_RUN_STOPS = frozenset("""the a an and or but to of by for with from in on at as than that who which said says told
tells asked added is was are were has had have be been his her their its our my your this these those said while
after before when if""".split())
#: Design switch of session 8's second nominal round (``False`` gives the earlier rules, to measure
#: before/after in one process; shipped ``True``; :mod:`.resolver` reads this one, :mod:`.groups` has its own).
_S8N2 = True
#: Switch for session 9's nominal rules (the article's home country, :meth:`NominalRules._home_national`;
#: a colleague's post, :data:`_PEER_WORDS`; :mod:`.resolver` reads it for the i-within-i condition);
#: measurement only, shipped ``True``.
_S9_NOMINALS = True
#: Words that give a person the post of someone else named ("Her Republican colleague Carol Estes"):
#: :meth:`NominalRules._described_person` (session 9).
_PEER_WORDS = frozenset({"colleague", "counterpart", "fellow"})
#: Every nationality and country word of :data:`~saidwhat.pipeline.coref.DEMONYMS`.
_ALL_NATIONALITY_WORDS = frozenset(w for ws in DEMONYMS.values() for w in ws)
#: Switch for session 9's people round of issue 11 (a former role is not its sitting holder,
#: :data:`_FORMER_WORDS`; club roles that clash, :func:`_club_role_clash`; a kin description the
#: article names later, :meth:`NominalRules._kin_named_later`; a name modifying a description,
#: :meth:`NominalRules._name_as_modifier`; an organisation's short form is no person,
#: :meth:`NominalRules._org_short_person`; a resolved description's words describe its person);
#: measurement only, shipped ``True``; :mod:`.resolver` reads it.
_S9_PEOPLE = True
#: Modifiers that make a description's post a past one ("the former striker" is not the club's
#: sitting striker).
_FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "one-time", "onetime"})
#: Switch for session 10's people round (issue 11, genre train series h): a description's own
#: words and a relative clause's are no evidence about the person named beside them
#: (:meth:`NominalRules._person_evidence`); a subject's apposition is a subject, a paragraph's
#: opening subject its topic, and a bare nationality word no person (:meth:`NominalRules._topic_person`);
#: among several holders of a post, the one named in the description's paragraph, and court copy's
#: "Defending, X" a lawyer (:meth:`NominalRules._described_person`); "the family" the relative who
#: spoke for it (:meth:`NominalRules._family_speaker`). Measurement only, shipped ``True``.
_S10_PEOPLE = True
#: The labels of counsel in a British court report ("*Prosecuting*, Catherine Aldous said",
#: "*Defending*, Richard Vane said"): a lawyer's post (:meth:`NominalRules._described_person`).
_COURT_COUNSEL = frozenset({"defending", "prosecuting"})

#: Session 10 round 3: a possessor opening an apposition states a post ("Frost, *Albion's director of
#: programmes*,"); a description's own age ("The veteran presenter, *57*,") is evidence of its
#: person and rules out a person of another stated age; a person description no stated post fits
#: continues the paragraph's topic person (:meth:`NominalRules._described_person`); a club epithet
#: prefers the holder of the role itself, not a former holder ("the Ashdown captain"); a one-word
#: "person" the text only ever writes after an article ("The guild said") is no person.
_S10_PEOPLE2 = True
#: Session 11 (PolNeAR speaker train): number agreement for descriptions. A definite description
#: of several people ("The Republican leaders who …") is no one person the ranker scores: it is
#: the unnamed group of rule 8 (gold/speakers/README.md), ``anonymous``, unless a rule before the
#: ranker took it (a name in apposition, the first-named of a pair, a study's lead author, a
#: family's speaker). :func:`plural_description`; :mod:`.resolver` reads the switch (shipped ``True``).
_S11_PTRAIN_PLURAL = True
#: Session 11 (genre series k, nominals): a nationality description with a role noun ("the
#: Japanese nephrologist", "the Chilean-born executive", "The Ghanaian-born analyst") is an epithet
#: like "the Swede" (:meth:`NominalRules._epithet_person`); without a stated nationality it takes
#: only the discourse focus (:meth:`NominalRules._focus_person`), never the wider topic person.
_S11_NOM_DESC = True
#: Session 11: an age or nationality epithet with no stated fit and no topic person takes the
#: discourse focus (the speaker of the attribution just before, in this or the previous sentence,
#: else the one person first named in the sentence before); a candidate a stated different age or
#: nationality bars is never taken
#: (:meth:`NominalRules._focus_person`).
_S11_NOM_FOCUS = True
#: "the Chilean-born executive": a demonym + "-born" + up to three lower-case words, the last a
#: person noun (:data:`_S11_NOM_DESC`).
_NAT_ROLE = re.compile(r"(?:[Tt]he|[Tt]his)\s+([A-Z][a-z]+)(?:-born)?((?:\s+[a-z][a-z-]*){0,3})")
#: Session 11 round 1b (genre series k; PolNeAR "the Republican nominee"): a party epithet ("the
#: Lib Dem", "The Tory", "the Labour leader", "the GOP nominee") is the person the article ties to
#: that party (a title run before a name, "Labour's Tom X", "Republican X"; an apposition, "X, the
#: Liberal Democrat leader,"; brackets, "Sen. X (R-Texas)", "X (Lab)"; "X, the group's finance
#: spokesman," after a sentence naming one party), with the party's synonyms (Tory = Conservative,
#: Lib Dem = Liberal Democrat, GOP = Republican); a person tied to another party only is never it
#: (:meth:`NominalRules._party_person`, :meth:`NominalRules.nominal_bars`).
_S11_NOM2_PARTY = True
#: Session 11 round 1b: a nominal that states an age ("The 44-year-old", "The presenter, 57,") never
#: takes a person the article states another age of, in every path, the ranker's included
#: (:meth:`NominalRules.nominal_bars`); the one person first named outside quotes in the sentence
#: before is the focus even when a quote named them earlier (:meth:`NominalRules._focus_person`);
#: an age epithet with no stated fit takes the speaker of the attribution just before when that
#: speaker is its sentence's main-clause subject ("X was on his feet. He said …. The 58-year-old
#: said"), before the wider topic person (:meth:`NominalRules._epithet_person`).
_S11_NOM2_AGE = True
#: Session 11 round 1b: a role the article gives one person by a verb in apposition ("X, who chairs
#: the beach unit," is the unit's chair, so "the fishermen's leader"), a description with a plural
#: common-noun possessor ("The fishermen's leader") read as one with modifiers, and a role noun no
#: one's stated post holds after a question put by a named person ("X was pressed by Y, who asked
#: …. The analyst said") taken as the questioner (:meth:`NominalRules._described_person`,
#: :meth:`NominalRules._asker_before`).
_S11_NOM2_ROLE = True
#: Party names and their synonyms, case-sensitive (:data:`_S11_NOM2_PARTY`): canonical key per group.
_PARTY_NAMES = (("libdem", r"Liberal Democrats?|Lib ?Dems?"), ("con", r"Conservatives?|Tory|Tories"),
                ("lab", r"Labour"), ("dem", r"Democrats?|Democratic"), ("rep", r"Republicans?|GOP"),
                ("snp", r"SNP"), ("green", r"Greens?"), ("plaid", r"Plaid Cymru|Plaid"), ("ukip", r"UKIP|Ukip"))
_PARTY_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _PARTY_NAMES) + r")\b")
#: "Sen. X (R-Texas)", "X (D-Calif.)", "X (Lab)", "X (Con, Eastgate)": a party in brackets after a name.
_PARTY_BRACKET = re.compile(r"\s*\(\s*(?:([RD])\s*[-–]\s*[A-Z][\w. ]{0,20}|(Lab|Con|LD|Lib Dem|SNP|Green)\b[^)]{0,25})\)")
_BRACKET_PARTY = {"R": "rep", "D": "dem", "Lab": "lab", "Con": "con", "LD": "libdem", "Lib Dem": "libdem",
                  "SNP": "snp", "Green": "green"}
#: "the Lib Dem", "The Tory", "the Labour leader", "the GOP presidential nominee", "the former
#: Conservative MP": "the", an optional status word, a party in the singular, up to three words.
_PARTY_EPITHET = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?:(?:former|veteran|senior|new|outgoing|local|leading)\s+)?"
                            r"(Liberal Democrat|Lib ?Dem|Conservative|Tory|Labour|Democrat|Democratic|Republican|GOP"
                            r"|SNP|Green)((?:\s+(?:[a-z][a-z-]*|MP|MSP|MEP|AM)){0,3})")
#: "pressed on the dividend by ", "questioned by ": a question's asker follows (:data:`_S11_NOM2_ROLE`).
_ASKED_BY = re.compile(r"\b(?:pressed|questioned|quizzed|challenged|asked)\b[^.?!;\n]{0,60}?\bby\s+$")
#: "(Y) of Berrow Securities, who asked": a question's asker before it (:data:`_S11_NOM2_ROLE`).
_WHO_ASKED = re.compile(r"(?:\s+(?:of|from|at)\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})?\s*,\s*who\s+"
                        r"(?:asked|wanted to know|pressed|questioned)\b")
#: A verb of leading in an apposition ("who chairs the unit") and the post it gives (:data:`_S11_NOM2_ROLE`).
_LEAD_VERBS = {"chairs": "chair", "leads": "leader", "heads": "head", "runs": "boss", "coaches": "coach",
               "manages": "manager", "founded": "founder"}
_POSSESSOR_APPOSITION = re.compile(r"\s*,\s*([A-Z][\w&-]*(?:\s+[A-Z][\w&+-]*){0,2}['’]s\s+[a-z][^,.;\n]{0,50})")
_AGE_APPOSITION = re.compile(r"\s*,\s*(\d{1,3})\s*,")
#: Written forms of verbs of saying whose subject speaks (:meth:`NominalRules._family_speaker`).
_SAY_FORMS = frozenset("""say says said saying tell tells told telling add adds added write writes wrote
""".split())
#: Relative words that end the words "before" a mention that describe it ("Fenwick, a Scot *who*
#: played under Dunmore": "Scot" is not Dunmore's).
_RELATIVE_CUT = re.compile(r"^.*\b(?:who|whom|whose|which|that)\b", flags=re.I | re.S)
#: Kinship nouns of a relation description ("The daughter of a 79-year-old man …", "Widow of …").
_KIN_WORDS = frozenset("""son daughter widow widower mother father husband wife brother sister grandson granddaughter
grandmother grandfather nephew niece partner fiancé fiancée""".split())
#: A club's staff (:data:`_CLUB_ROLES`), its players, and the players' positions.
_CLUB_STAFF = frozenset({"boss", "manager", "coach", "chairman", "chairwoman", "owner"})
_CLUB_PLAYERS = _CLUB_ROLES - _CLUB_STAFF
_CLUB_POSITIONS = (frozenset({"keeper", "goalkeeper"}), frozenset({"striker", "forward"}), frozenset({"defender"}),
                   frozenset({"midfielder"}), frozenset({"winger"}))


def _club_role_clash(role: str, ev: set[str]) -> bool:
    """Whether the words ``ev`` that describe a person give them a club role other than ``role``
    (a word of :data:`_CLUB_ROLES`): a manager is not "the Ashvale defender", a striker not "the
    Rovers boss", a defender not "the striker"; "captain" and "player" fit any position."""
    staff, players = ev & _CLUB_STAFF, ev & _CLUB_PLAYERS
    if role in _CLUB_STAFF:
        return bool(players) and not staff
    if staff and not players:
        return True
    pos = next((p for p in _CLUB_POSITIONS if role in p), None)
    return pos is not None and bool(ev & frozenset().union(*_CLUB_POSITIONS)) and not ev & pos


#: The shape of a noun of a person by what they do ("newcomer", "councillor", "epidemiologist").
_PERSON_NOUN_SHAPE = re.compile(r"[a-z]{2,}(?:er|or|ist|ian|man|woman|ee|eer|ive|ess)")


def _person_noun(word: str) -> bool:
    """Whether ``word`` (lower case) names a person by post or trade: a role word
    (:data:`_PERSON_ROLES`, :data:`_ROLE_FAMILIES`, :data:`_HOLDER_TITLES`) or a noun of that
    shape (:data:`_PERSON_NOUN_SHAPE`); not "community", "government"."""
    return (word in _person_roles() or word in _HOLDER_TITLES or any(word in f for f in _ROLE_FAMILIES)
            or word in _PERSON_NOUNS or bool(_PERSON_NOUN_SHAPE.fullmatch(word))
            or _S13_NOM3_PERSON_NOUNS and word in _S13_PERSON_NOUNS  # "the gambling tycoon" (session 13)
            or _S12_NOM_COUNTRY and word == "international")  # "The Ghana international" (session 12)


#: Person nouns outside :data:`_PERSON_NOUN_SHAPE` ("the student", "the defendant").
_PERSON_NOUNS = frozenset("""student agent resident defendant consultant assistant accountant specialist candidate
nominee incumbent veteran activist official boss chief head host""".split())


#: Session 13 (people descriptions, round 3; PolNeAR train "the gambling tycoon"): epithets of a
#: person by wealth or fame outside :data:`_PERSON_NOUN_SHAPE` are person nouns (:func:`_person_noun`),
#: so the description rules (:meth:`NominalRules._described_person`) take them. ``False`` gives the
#: old behaviour.
_S13_NOM3_PERSON_NOUNS = True
#: Session 13 (round 3; PolNeAR train): an epithet no one's stated post holds, after a sentence whose
#: main subject is "he"/"she" (the topic person going on) and which names another person only inside
#: its clauses ("he did say he found *Trump* …"), is the previous speaker, not that other person
#: (:meth:`NominalRules._described_person`; centering: the pronoun subject is the backward-looking
#: centre, Grosz, Joshi & Weinstein 1995). ``False`` gives the old behaviour.
_S13_NOM3_HE_BEFORE = True
#: Session 13 (round 3; genre train, inquest copy): a long standfirst above the byline is not the
#: lead (:meth:`NominalRules._in_lead`): the lead is the first long body paragraph below the byline
#: ("By X ¶ Updated: … ¶ [caption] ¶ *A coroner* has ruled …"), where a lead's unnamed role is the
#: person named below it (:meth:`NominalRules._role_named_later`). ``False`` gives the old behaviour.
_S13_NOM3_LEAD_BELOW_BYLINE = True
#: Session 16 round 2 (r2b; genre train series w: "Updated 14:05 GMT ¶ headline ¶ standfirst ¶ By X"):
#: page furniture above the headline (a timestamp line, a metadata line: regions ``boilerplate`` and
#: ``metadata``) does not stop :meth:`NominalRules._lead_below_byline` from reading the layout;
#: shipped ``True``.
_S16_R2B_LEAD_FURNITURE = True
#: Session 13 (round 3; genre train): a possessed kinship noun in a headline, standfirst or lead
#: ("*Her son* said she died peacefully", then "Her son, Kayode X, said") is the one person first
#: named after it whom the article states as that kin (:meth:`NominalRules._kin_named_later`, as
#: "Daughter of man who died …"). ``False`` gives the old behaviour.
_S13_NOM3_KIN_POSS = True
_S13_PERSON_NOUNS = frozenset("tycoon mogul magnate heir superstar socialite hopeful".split())


def plural_description(span) -> bool:
    """Whether the description ``span`` (a spaCy Span) is headed by a plural common noun ("The
    Republican leaders", "the debate moderators"; not "the Joneses", a plural name): the head is
    the last noun of the words before any preposition, relative word or comma."""
    head = None
    for t in span:
        if t.tag_ == "POS" or t.text in ("'", "’") and head is not None and head.tag_ == "NNS":
            head = None  # "The referees' body": the possessor is no head
            continue
        if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX") or t.lower_ in ("who", "whom", "which", "that"):
            if head is not None:
                break
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
    return head is not None and head.tag_ == "NNS" and head.pos_ == "NOUN" and head.lower_ not in _LED_GROUPS


#: Plural heads of groups that rule 12 of ``gold/speakers/README.md`` gives to the member the article
#: names as leading them ("the researchers", "the authors" → the lead author): not made anonymous by
#: :func:`plural_description`.
_LED_GROUPS = frozenset({"researchers", "authors", "co-authors", "scientists", "investigators"})


def role_family(head: str) -> frozenset[str]:
    """The head noun ``head`` with the role words that name the same post (:data:`_ROLE_FAMILIES`)."""
    out = {head}
    for fam in _ROLE_FAMILIES:
        if head in fam:
            out |= fam
    if _S12_NOM_POLICE and head in _POLICE_FAMILY:
        out |= _POLICE_FAMILY
    return frozenset(out)


#: Session 12 (people, genre train series m): a police rank written before a name ("PC Daniel X",
#: "Det Sgt Ana Y", "Inspector Z") states the post that "the officer", "the detective" name
#: (:func:`role_family`; UK police ranks and their press abbreviations). ``False`` gives the old
#: behaviour.
_S12_NOM_POLICE = True
_POLICE_FAMILY = frozenset("""officer policeman policewoman constable pc wpc dc sergeant sgt ds dsgt detective det
inspector insp di dci superintendent supt chief-inspector""".split())


#: Verbs of answering, whose speaker is the one asked (:meth:`NominalRules._asked_before`), in
#: their written forms (the fast pipeline has no lemmatiser).
_REPLY_VERBS = frozenset("reply replies replied replying respond responds responded responding answer answers answered "
                         "answering".split())
_ASK_FORMS = frozenset({"ask", "asks", "asked", "asking"})
#: Session 13 (round 2; genre series o): "X asked Y whether …. The Norwegian-born executive *said*
#: …": a plain verb of saying right after a question put to a person answers it as "replied" does
#: (:meth:`NominalRules._asked_before`). ``False`` gives the old behaviour.
_S13_NOM2_ASKED_SAID = True
_SAY_REPLIES = frozenset("said says told tells insisted insists".split())
#: Words that open an indirect question after "ask X" (for :data:`_S13_NOM2_ASKED_SAID`).
_QUESTION_WORDS = frozenset("whether if why how what when where who which".split())
#: Verbs whose subject is the accused in court copy (:meth:`NominalRules._the_defendant`).
_PLEAD_FORMS = frozenset({"plead", "pleads", "pleaded", "pled", "pleading"})
_CHARGE_FORMS = frozenset({"charged", "accused", "indicted"})


def _desc_demonym(word: str, text: str = "") -> frozenset[str]:
    """:func:`genre_demonym`, else for a capitalised "-an" word of a place the table lacks
    ("Ugandan", "Tanzanian") whose place the article ``text`` writes ("Uganda's minister") the
    word and its place ("uganda"): a nationality description's words (session 11,
    :data:`_S11_NOM_DESC`); not a party word ("Republican": no place "Republica")."""
    got = genre_demonym(word)
    if not got and _S12_NOM_COUNTRY and word[:1].isupper():
        got = _COUNTRY_NATIONALITY.get(word.lower(), frozenset())  # "The Ghana international" (session 12)
    if got or len(word) < 5 or not word[:1].isupper() or not word.endswith("an") \
            or word.lower() in _PARTY_WORDS or not re.search(rf"\b{re.escape(word[:-1])}\b", text):
        return got
    return frozenset({word.lower(), word.lower()[:-1]})


#: Session 12 (people, genre train series m): a country's name as the modifier of a person noun
#: ("The Ghana international", "the Wales captain") states a nationality as its demonym does: the
#: words of the demonym whose table entry holds the country (:data:`_COUNTRY_NATIONALITY`), read by
#: :func:`_desc_demonym`; and "international" (a player capped by a country) is a person noun
#: (:data:`_PERSON_NOUNS`). ``False`` gives the old behaviour.
_S12_NOM_COUNTRY = True
#: A country's name (lower case) → the nationality words of the demonym whose entry holds it, for
#: the names that are no demonym themselves ("ghana" → ghanaian, ghana).
_COUNTRY_NATIONALITY = {w: ws for d, ws in sorted(DEMONYMS.items()) for w in ws
                        if w not in DEMONYMS and not w.endswith(("man", "woman"))}


#: Session 12 (people, genre train series m): a club epithet with a role ("The Rovers manager")
#: whose club's stated people hold none of them the role ("Marsden's chief executive, X") is the
#: one person the article gives the role with no other club ("His manager, Y"), not a holder of
#: another post at the club (:meth:`NominalRules._epithet_person`). ``False`` gives the old behaviour.
_S12_NOM_CLUB_ROLE = True


#: Session 12 (people, genre train series m): a lead's or standfirst's bare role with modifiers
#: ("Independent candidate says …") is the one person named below whose stated post holds every
#: modifier ("independent Kwabena X"), before one who holds only the head ("The Green candidate,
#: Y"): :meth:`NominalRules._lead_named_next`. ``False`` gives the old behaviour.
_S12_NOM_LEAD_MODS = True


#: Session 12 (people, genre train series m): a description of a post "of" a body ("The head of
#: Wealdmere Water") is not the person the article gives that post of something else ("The
#: company's head of operations, X"): :meth:`NominalRules._forward_role` leaves them out
#: (:meth:`NominalRules._other_post_of`). ``False`` gives the old behaviour.
_S12_NOM_HEAD_OF = True


#: Session 12 (people, genre train series m): a post given to a person by a verb of election or
#: appointment right after their name ("X was declared the first directly elected mayor of Y", "X
#: has been appointed chief executive", "X was named captain") is a stated post
#: (:meth:`NominalRules._role_evidence`), as an apposition's is, so "The new mayor" is X.
#: ``False`` gives the old behaviour.
_S12_NOM_PREDICATE = True
#: The post after a passive verb of election or appointment (:data:`_S12_NOM_PREDICATE`): up to
#: five words before "of"/"for"/"in"/… or a punctuation mark.
_PREDICATE_ROLE = re.compile(r"\s+(?:has\s+been|have\s+been|had\s+been|was|is|were|will\s+be)\s+(?:declared|elected|"
                             r"named|appointed|confirmed|installed|sworn\s+in|chosen)\s+(?:as\s+)?(?:the|a|an|its|their)?"
                             r"\s*((?:[\w-]+\s+){0,4}?[a-z][\w-]*)(?=\s+(?:of|for|in|at|on|by|after|with|and|to|until)\b|[,.;:\n])")


#: Session 12 round 2 (people; genre train series d, f, h, i): a past post no one's stated post
#: holds ("The former paramedic", "the former striker", where the article states no paramedic or
#: striker at all) is the person's history, an epithet like any post no one holds: the one person
#: named in the sentence before, else the previous speaker, else the paragraph's topic person
#: (:meth:`NominalRules._described_person`; Ariel 1990). A past post some sitting holder's stated
#: post holds still goes to the topic person among the others (session 9). ``False`` gives the old
#: behaviour (``None``: the ranker's pick).
_S12_NOM2_FORMER = True


#: Session 12 round 2 (people; genre train series k, m): a nationality epithet with an occupation
#: ("The Turkish-born businessman", "the Japanese nephrologist") that no one's stated words fit and
#: no attribution just before continues the main clause's subject of the sentence before
#: (:meth:`NominalRules._prev_main_subject`), unless its noun is an office ("the French
#: president", :data:`~.names.TITLE_WORDS`), which names a holder the text may never name.
#: ``False`` gives the old behaviour.
_S12_NOM2_DESC = True


def genre_demonym(word: str) -> frozenset[str]:
    """Nationality words for a nationality noun ("swede" → sweden, swedish, swede), else empty."""
    return DEMONYMS.get(word.lower(), frozenset())


#: Dependencies of a clause on the verb above it, through which :func:`commanding_subjects` climbs.
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "conj"})
#: Session 13 (nominal descriptions of people, genre train): a conjoined clause with its own subject
#: is not commanded by the first conjunct's subject ("Van der Berg said he could not rule it out,
#: but *the Dutchman* added that …": the epithet may be Van der Berg; c-command, Reinhart 1983),
#: so :func:`commanding_subjects` stops climbing there; a shared subject ("X criticised Y and
#: attacked the senator") still binds. ``False`` gives the old behaviour.
_S13_NOM_CONJ_BIND = True


def commanding_subjects(span) -> list[tuple[int, int]]:
    """Character extents ``[start, end)`` of the subjects, before ``span``, of the verbs above it
    in the parse ("*Mr. Trump* took on Hillary Clinton after the Democratic front-runner had
    said …").

    A definite description used as an epithet cannot take as antecedent a name that commands it
    (binding principle C, which holds for epithets: Lasnik 1989, *Essays on Anaphora*), so the
    subject of a clause that holds the nominal is not its referent; a subject after the nominal
    (a fronted clause, "After the senator spoke, Smith left") and a subject the nominal is in
    apposition to ("said Kerlikowske, the commissioner, who …") are left alone, and only
    clauses (adverbial, complement, conjoined) are climbed: a relative clause inside a noun
    phrase ("Schiff called on Obama to retaliate for meddling the California congressman said
    is designed to …", PolNeAR dev) does not bind its epithet. Issue 13: the
    statement gold's u14 report in the New York Times, 2015-12-22.

    Args:
        span: the nominal source mention (a spaCy ``Span``), or ``None``.

    Returns:
        Extents in characters of the document text; ``[]`` when none.
    """
    if span is None or not len(span):
        return []
    out = []
    tok = span.root
    path = {tok.i}
    sent = span.sent
    fronted_end = -1
    if _S13_NOM2_FRONTED and _FRONTED_OPENER.match(doc_text(sent.doc), sent.start_char):
        # "When Echeverría is shown that clip, the 47-year-old laughs": the fronted adverbial
        # clause's subject commands nothing in the main clause (whatever the parser made of it)
        fronted_end = doc_text(sent.doc).rfind(",", sent.start_char, span.start_char)
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head  # up to the mention's own verb
        path.add(tok.i)
    while True:
        for ch in tok.children:
            # not a subject the mention is part of ("said Kerlikowske, the commissioner, who …")
            if ch.dep_ in ("nsubj", "nsubjpass") and ch.i < span.start and ch.i not in path \
                    and not ch.idx < fronted_end:
                out.append((ch.left_edge.idx, ch.right_edge.idx + len(ch.right_edge)))
        if tok.head.i == tok.i or tok.dep_ not in _CLAUSE_DEPS or tok.head.pos_ not in ("VERB", "AUX"):
            break  # only through clauses: "Schiff called for … meddling the congressman said …" is free
        if _S13_NOM_CONJ_BIND and tok.dep_ == "conj" and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children):
            break  # a conjoined clause with its own subject: "X said …, but the Dutchman added" is free
        tok = tok.head
        path.add(tok.i)
    return out


#: Session 13 (nominal descriptions of people, round 2; genre train): a source span that runs past
#: its epithet into the clause the epithet is the subject of ("the 41-year-old told probation
#: officers she felt", "clip, the 47-year-old laughs and") is read as the epithet alone (the span
#: handed back is not changed), so the description rules (age, nationality), which match the whole
#: head, see it. ``False`` gives the old behaviour.
_S13_NOM2_SUBJECT_NP = True
#: "the"/"this" + an age ("41-year-old") or a capitalised word (a demonym, "Lagos-born"), and one
#: lower-case word after it (a person noun, kept; else the clause's verb, cut), for :func:`subject_np`.
_EPITHET_IN_SPAN = re.compile(r"(?:(?<=^)|(?<=[,;:—–] ))(?:[Tt]he|[Tt]his)\s+(\d{1,3}-year-old|[A-Z][a-z]+(?:-born)?)"
                              r"(?:\s+([a-z]+))?\s+([a-z]+)\s+\w")


#: Session 13 (round 2; genre train): "the Crestmoor boss" is the body's chief executive or manager
#: (words :data:`_BOSS_POSTS` in the person's description), before its chairman or another post
#: holder of it named later (:meth:`NominalRules._epithet_person`; news usage: "the BP boss" is
#: its chief executive). ``False`` gives the old behaviour.
_S13_NOM2_BOSS = True
#: A body's "boss": words of the executive post (chief executive, CEO, managing director, manager).
_BOSS_POSTS = frozenset({"executive", "ceo", "manager", "md", "managing"})
#: Session 13 (round 2; genre train, series o): a bare role after a body's or place's name in a
#: headline or standfirst ("Leeds public health chief on the outbreak", "Calderbrook leader: '…'")
#: is the one person the article describes with that role (:meth:`NominalRules._headline_role_holder`).
#: ``False`` gives the old behaviour.
_S13_NOM2_HEADLINE_ROLE = True
#: Words that make a role another post ("Opposition leader", "deputy leader"), for
#: :data:`_S13_NOM2_HEADLINE_ROLE`.
_ROLE_QUALIFIERS = frozenset({"opposition", "deputy", "former", "ex", "shadow", "acting", "interim", "vice",
                              "assistant"})
#: Session 13 (round 2; genre train, series o): a birthplace epithet of a place no demonym table
#: holds ("The Lagos-born director", "the Seoul-born musician") is a nationality description whose
#: word is the place itself (:meth:`NominalRules._epithet_person`). ``False`` gives the old behaviour.
_S13_NOM2_BORN = True
#: Session 13 (round 2; genre train): an age or nationality epithet that is the main subject after
#: a fronted adverbial clause of its own sentence ("When X is shown that clip, the 47-year-old
#: laughs") is that clause's subject (:meth:`NominalRules._epithet_fronted_subject`), before the
#: speaker of the attribution just before. ``False`` gives the old behaviour.
_S13_NOM2_FRONTED = True
#: Subordinators that open a fronted adverbial clause, for :data:`_S13_NOM2_FRONTED`.
_FRONTED_OPENER = re.compile(r"(?:When|After|As|Once|While|Before|Although|Though|Since|Until|Asked whether)\s")


#: Session 13 (people descriptions, round 3; genre train, invented probes): a possessed description
#: of someone hired to act or speak for the possessor ("Her barrister", "his lawyer", "The Spaniard's
#: solicitor", "her agent at the time", "Its clerk") whose post no person of the article is stated to
#: hold (:meth:`NominalRules._hired_unnamed`; the lawyer words as one post, :func:`role_family`) is an
#: unnamed person: ``anonymous`` (rules 3 and 8 of ``gold/speakers/README.md``), not the possessor
#: nor the unresolved fallback. ``False`` gives the old behaviour.
_S13_NOM3_HIRED = True
#: Heads of such a description: people engaged by the possessor (:data:`_S13_NOM3_HIRED`); kin,
#: rivals and teams are left out (they are named or an organisation as often: "His team" of a
#: campaign, "Her son").
_HIRED_HEADS = frozenset({"lawyer", "lawyers", "barrister", "barristers", "solicitor", "solicitors", "attorney",
                          "attorneys", "counsel", "advocate", "agent", "agents", "assistant", "publicist", "clerk",
                          "accountant", "doctor", "doctors", "gp", "representative", "representatives", "secretary"})

#: Session 13 (round 3; invented probes): "Their findings suggest …" after "Researchers at the
#: Halden Institute studied …" is the document of the plural subject of the sentence before: its
#: first-named party (:meth:`NominalRules._their_doc_owner`), not the unresolved fallback.
#: ``False`` gives the old behaviour.
_S13_NOM3_THEIR_DOC = True
#: Session 13 (round 3; invented probes): "The forecast says …" after "The Met Office has issued a
#: warning" takes the maker of the nearest earlier forecast, warning or alert
#: (:meth:`NominalRules._warning_owner`), not the unresolved fallback. ``False`` gives the old behaviour.
_S13_NOM3_WARNING = True
#: Nouns of one family of forecasts and warnings, for :data:`_S13_NOM3_WARNING`.
_WARNING_NOUNS = frozenset({"forecast", "forecasts", "outlook", "warning", "warnings", "alert", "alerts", "advisory",
                            "prediction", "predictions"})
#: Session 13 (round 3; invented probes): "An email to passengers said …" after "A spokeswoman for
#: Crane Airways said" is the body that writes to its own passengers, customers, staff or members
#: (:meth:`NominalRules._addressed_owner`), not the unresolved fallback. ``False`` gives the old behaviour.
_S13_NOM3_ADDRESSED = True
#: Documents a body sends to its people, for :data:`_S13_NOM3_ADDRESSED`.
_ADDRESSED_DOCS = frozenset({"email", "emails", "letter", "letters", "message", "messages", "memo", "note", "notice",
                             "text", "circular", "newsletter", "update", "statement"})
#: "to (all|its|their) passengers": the addressees of :data:`_ADDRESSED_DOCS` (a body's own people).
_ADDRESSEES = re.compile(r"(?:\s+(?:sent|sent\s+out|issued|circulated))?\s+to\s+(?:all\s+)?(?:(?:its|their|the)\s+)?"
                         r"(?:[a-z]+\s+)?(?:passengers|customers|clients|staff|employees|workers|members|shareholders|"
                         r"investors|parents|pupils|students|residents|tenants|patients|fans|subscribers|users|"
                         r"supporters|season-ticket\s+holders|policyholders|bondholders|creditors|suppliers)\b")

#: Session 14 (genre train series q; earnings calls, transfer sagas, court copy): a source that is
#: only a post ("…, says finance chief", "CFO", "The CFO", "its chief financial officer", "Agent",
#: "his agent", "The prosecutor") is the one person the article states holds that post under any
#: of its synonyms (:data:`_POSTS`), never a person named after the post word; when no one is so
#: stated, the person named first as a subject right after the article's first "its/the … post"
#: (:meth:`NominalRules._post_holder`). Rule 1 of ``gold/speakers/README.md`` (a speaker the
#: article names is that name). ``False`` gives the old behaviour.
_S14_ROLE_POSTS = True
#: One post under its news synonyms: canonical key, regex of the wordings (lower case). Sources:
#: business copy ("finance chief", "finance director", "CFO" for the chief financial officer;
#: "boss" is left to :data:`_S13_NOM2_BOSS`), UK court copy ("X KC, prosecuting," is the prosecutor).
_POSTS = (("cfo", r"cfo|chief\s+financial\s+officer|chief\s+finance\s+officer|finance\s+chief|finance\s+director"
                  r"|financial\s+director|finance\s+boss|head\s+of\s+finance|director\s+of\s+finance"
                  r"|finance\s+role|finance\s+job"),
          ("ceo", r"ceo|chief\s+executive(?:\s+officer)?"),
          ("chair", r"chairman|chairwoman|chairperson"),
          ("prosecutor", r"prosecutor|prosecuting(?:\s+counsel|\s+barrister)?|prosecution\s+counsel"
                         r"|crown\s+prosecutor"),
          ("agent", r"agent"))
#: Session 14 round 3 (genre train series r, public-inquiry copy): "*counsel* said", "Counsel to the
#: inquiry" is the one person the article states as counsel to the inquiry or inquest ("Sushila X KC,
#: counsel to the inquiry,", "Counsel to the inquiry, Rajiv Y KC,"), through :data:`_S14_ROLE_POSTS`'
#: post machinery. ``False`` gives the old behaviour.
_S14_GRP_COUNSEL = True
_POSTS = _POSTS + (("counsel", r"counsel(?:\s+to\s+the\s+(?:inquiry|inquest|tribunal|hearing))?"),)


def _post_patterns(posts: tuple, modifier: str = r"[A-Za-z-]", title: str = "") -> tuple:
    """The patterns of the post table ``posts`` (``(kind, regex)`` pairs): ``(res, source, before,
    after)``. ``res``: each kind's compiled regex; ``source``: a source that is only a post (an
    optional determiner or possessor, up to two ``modifier`` words, the post); ``before``: a post
    written right before a name ("Rovers chairman X", "Mr Bakare's agent, X", "its chief financial
    officer, the Belgian X"; ``title``: an optional pattern between the post's comma and the name);
    ``after``: a post in apposition after a name ("X, who took the finance role,", "X KC,
    prosecuting,")."""
    alts = "|".join(p for _, p in posts)
    res = tuple((k, re.compile(rf"(?:{p})", re.I)) for k, p in posts)
    source = re.compile(r"(?:(?:the|its|his|her|their|our|[A-Z][\w&.-]*['’]s)\s+)?((?:" + modifier + r"+\s+){0,2}?)"
                        r"(" + alts + r")", re.I)
    before = re.compile(r"(?:" + alts + r")(?:\s*,\s*(?:the|a|an)\s+(?:[A-Z][\w-]*\s+){0,2}"
                        r"|\s*,\s*" + title + r"|\s+)$", re.I)
    after = re.compile(r"(?:\s+(?:KC|QC))?\s*,\s*(?:who\s+(?:is|was|took|became|has\s+been|had\s+been|joined\s+as"
                       r"|serves\s+as)\s+)?(?:(?:the|a|an|its|his|her|their|[A-Z][\w-]*['’]s)\s+)?"
                       r"(?:[A-Za-z-]+\s+){0,3}?(?:" + alts + r")\b", re.I)
    return res, source, before, after


_POST_RES, _POST_SOURCE, _POST_BEFORE, _POST_AFTER = _post_patterns(_POSTS)

#: Session 16 round 2 (r2a; train series w science_w02): "chair" is the chair's post ("The G77
#: chair said", after "The G77 and China …, a sum its chair, Ambassador Grace X of Uganda,"), a
#: post's modifier may hold digits ("G77"), and a title may follow the post's comma before the name
#: ("its chair, Ambassador X", "the chairman, Dr X"): the post's holder (rule 2 of
#: ``gold/speakers/README.md``; :meth:`NominalRules._post_source`). ``False``: old behaviour.
_S16_R2A_CHAIR_POST = True
_POSTS_R2A = tuple((k, p + r"|chair(?![\w-])" if k == "chair" else p) for k, p in _POSTS)
_POST_RES_R2A, _POST_SOURCE_R2A, _POST_BEFORE_R2A, _POST_AFTER_R2A = _post_patterns(
    _POSTS_R2A, modifier=r"[\w-]", title=r"(?:[A-Z][a-z]+\.?\s+)?")


def _post_rx() -> tuple:
    """``(posts, post_res, source, before, after)``: the post tables :data:`_S16_R2A_CHAIR_POST` picks."""
    if _S16_R2A_CHAIR_POST:
        return _POSTS_R2A, _POST_RES_R2A, _POST_SOURCE_R2A, _POST_BEFORE_R2A, _POST_AFTER_R2A
    return _POSTS, _POST_RES, _POST_SOURCE, _POST_BEFORE, _POST_AFTER


#: Modifiers that make another post ("the former chairman", "the interim CFO").
_POST_OTHER = frozenset(OFFICE_MODIFIERS | _FORMER_WORDS | {"new", "interim", "shadow", "opposition", "previous",
                                                            "outgoing", "incoming", "next", "joint", "co"})

#: Session 14 (people described first and named later; genre train series q): an indefinite
#: singular description of a person as source ("*A local shopkeeper who opened his store at dawn*
#: said …", "*A retired bus driver from Leicester* told the BBC …", "*a woman who had cycled
#: over* … said") is the person the article names right after it in a definite apposition ("The
#: shopkeeper, Imran X, 58, said", "The former driver, Y,", "The baker, Z, said"): its role
#: noun re-used anywhere below, any person noun within the next two sentences when the
#: description's head is a bare person word ("woman", "fan", "resident") and no other person is
#: named between (:meth:`NominalRules._described_then_named`); in the lead, also any person
#: noun ("A businessman …") named in the next paragraph (:meth:`NominalRules._lead_named_next`).
#: Rule 1 of ``gold/speakers/README.md`` with the series-b/d reading of ``genre/README.md`` (an
#: indefinite mention of a person named later takes that name); "a senior official", "a
#: source", "a spokesman" stay anonymous (:data:`_UNNAMED_ROLE_HEADS`, rule 3). ``False`` gives
#: the old behaviour.
_S14_LATE_NAMED = True
#: Session 14 (PolNeAR speaker train, "*The British capital's new mayor* on Tuesday rejected …",
#: then "Khan, a Muslim, was elected as mayor of London last week"): a role description that the
#: article names only later (:meth:`NominalRules._forward_role`) and that opens the story
#: (:meth:`NominalRules._opens_story`; a headline or lead before anyone is named) matches the post the article
#: states for a person (:meth:`NominalRules._role_evidence`: titles, appositions, and a predicate
#: of election also after a short apposition, "X, a Muslim, was elected as mayor") besides their
#: role words, without its modifiers of tenure (:data:`_VAGUE_MODS`: "new", "incoming"), which
#: the apposition or predicate naming the person rarely repeats. ``False`` gives the old behaviour.
_S14_PN_FORWARD_POST = True
#: Modifiers of a role that say when its holder took it, not which post (:data:`_S14_PN_FORWARD_POST`).
_VAGUE_MODS = frozenset({"new", "newly", "incoming", "newest"})
#: A short apposition right after a name (", a Muslim,", ", 45,"), skipped before a predicate of
#: election (:data:`_S14_PN_FORWARD_POST`).
_SHORT_APPOSITION = re.compile(r",\s*[^,.;:\n]{1,40},")
#: Bare person words ("a woman", "a fan") whose next-sentence apposition may use another noun
#: ("The baker, X,"), for :data:`_S14_LATE_NAMED`; with their gender where they carry one.
_S14_LATE_BARE = {"woman": "f", "man": "m", "mother": "f", "father": "m", "grandmother": "f", "grandfather": "m",
                  "girl": "f", "boy": "m", "fan": None, "resident": None, "local": None, "neighbour": None,
                  "neighbor": None, "passer-by": None, "onlooker": None, "witness": None, "customer": None,
                  "shopper": None, "parent": None, "pensioner": None, "villager": None, "commuter": None,
                  "passenger": None, "supporter": None, "spectator": None, "patient": None, "tenant": None,
                  "motorist": None, "student": None, "worker": None, "volunteer": None, "visitor": None}
#: "The [up to three lower-case modifiers] noun, " opening a sentence, before a capitalised name:
#: the definite apposition that names a person described before (:data:`_S14_LATE_NAMED`).
_S14_THE_NOUN_NAME = re.compile(r"(?:(?<=^)|(?<=[.!?\"”’]\s)|(?<=\n))The\s+((?:[a-z][\w-]*\s+){0,3})"
                                r"([a-z][a-z-]+)\s*,\s+(?=[A-Z])", re.M)

#: Session 15 (series u, feature leads "For eleven years, *a cashew farmer from Piauí* has lived
#: … ', *the 58-year-old* said' … The farmer, Raimundo Nonato Sousa, will …"; "*a seismologist*
#: in Arequipa … 'We expected …,' *the seismologist* said. … Dr Lucía X, who leads …"; "A winch
#: operator … told the court … *the witness* said … the witness, Mwansa X, agreed"): a definite
#: description ("the"/"this" + lower-case modifiers + a person noun, or an age "the 64-year-old")
#: that refers back to a person the article introduced unnamed ("a"/"an" + person noun, outside
#: quotation marks, not in apposition) takes the person the article names next after it
#: (:meth:`NominalRules._late_named_intro`): rule 1 of ``gold/speakers/README.md`` with the
#: series-b/d reading of ``genre/README.md`` (a person described before being named takes the
#: name). Before, the description was ``anonymous`` (:meth:`~.groups.GroupRules._introduced_unnamed`)
#: or ``unresolved`` (no candidate before it). ``False`` gives the old behaviour.
_S15_NOM_LATE_INTRO = True
#: Session 15 round 2 (PolNeAR train, US news: "A judge in Ohio issued a ruling … The judge ruled
#: … Joh Husted, Ohio Secretary of State, voiced …"): the person named after a description of
#: :data:`_S15_NOM_LATE_INTRO` is not its referent when the article states that person's post (a
#: title run before a mention or an apposition, :meth:`NominalRules._role_evidence` ``written``)
#: with a person noun and none of the post of the description's head or the introduction's noun
#: (:func:`role_family`): a secretary of state is no judge. Rule 1 of ``gold/speakers/README.md``
#: (the judge stays ``anonymous``, rule 16). ``False`` gives the round-1 behaviour.
_S15_LATE_ROLE_CLASH = True
#: Title words that state no office for :data:`_S15_LATE_ROLE_CLASH` ("Dr X" may be "the seismologist").
_NOT_OFFICES = frozenset({"dr", "doctor", "prof", "professor", "the", "mr", "mrs", "ms", "miss", "sir", "dame"})
#: The rest of a capitalised name from its first character (:data:`_S15_LATE_ROLE_CLASH`).
_NAME_TAIL = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|di|al))*")
#: ", Ohio Secretary of State," / ", the county sheriff,": the apposition after a name.
_OFFICE_APPOSITION = re.compile(r"\s*,\s*([^,.;:\n\"“”]{2,70}?)\s*[,.;]")
#: An age description's words after "the" ("64-year-old", "58-year-old"), :data:`_S15_NOM_LATE_INTRO`.
_S15_AGE = re.compile(r"\d{1,3}\s*-\s*year\s*-\s*old")
#: How far after the description (characters) the naming of the introduced person may come.
_S15_LATE_INTRO_CHARS = 1200
#: "the [mods] noun, " right before a name: a definite apposition re-identifying a person.
_S15_THE_APPOS = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}[\w-]+\s*,\s*$")

#: Session 15 round 3 (PolNeAR train and US/wire copy: "Jon Husted, Ohio Secretary of State,",
#: "Carl Dean, CEO of Ridgeway,"): a post stated in apposition with no determiner (capitalised
#: title words, "of"/"for"/"and" and names, holding a title word of :data:`TITLE_WORDS`, ending at a
#: comma, full stop or semicolon) counts as the person's stated post in
#: :meth:`NominalRules._role_evidence` (:data:`_CAP_POST_APPOSITION`), as ", the secretary of
#: state," does. Before, only "a/an/the/…" appositions counted. ``False`` gives the old behaviour.
_S15_POST_NO_DET = True
#: ", Ohio Secretary of State," / ", CEO of Ridgeway," / ", Deputy Director for Policy.": a
#: capitalised post with no determiner right after a name (group 1), :data:`_S15_POST_NO_DET`.
_CAP_POST_APPOSITION = re.compile(
    r"\s*,\s*((?:[A-Z][\w.&’'-]*|U\.S\.)(?:\s+(?:[A-Z][\w.&’'-]*|of|for|and|on|the|de|du|at)){0,7})\s*[,.;](?!\w)")
#: Session 15 round 3 (genre train, council copy: "Conservative group leader Desmond X said …. The
#: former headteacher accused Cllr Y of …"): the title run before a mention
#: (:meth:`NominalRules._role_evidence`) stops at a finite verb (tag VBD/VBZ/VBP), so Y gets no
#: "former headteacher". ``False`` gives the old behaviour.
_S15_RUN_VERB_STOP = True
#: Session 17 E2 (PolNeAR train wash-post 2016-08-10: "one lawmaker called Trump “the orange
#: prince …”"; for a PERSON-tagged name the title run before it gave him the post "lawmaker", so
#: "The lawmaker, who represents a district …" went to him; the ORG-tagged case is
#: :data:`~saidwhat.pipeline.coref._S17_E2_ORG_RUN`): the parser reads a verb between a noun and a
#: name as a reduced relative ("a lawmaker [who is] called X", tag VBN), which
#: :data:`_S15_RUN_VERB_STOP` did not stop at. A lower-case VBN right before the mention, after a
#: noun or pronoun, also ends the title run (:meth:`NominalRules._finite_verb_end`): title words
#: are nouns and adjectives, and a participle right before a name after a noun is a verb of
#: naming, praising or blaming ("lawmaker called X", "critics blasted X"), never a title ("newly
#: elected mayor X": the participle is not next to the name). ``False`` gives the old behaviour.
_S17_E2_RUN_VBN_STOP = True
#: Session 17 E2 (PolNeAR train huff-post 2016-08-17: "as he was becoming chairman of Donald
#: Trump's campaign, Paul Manafort …. *The Republican presidential nominee* has not stepped forward
#: to defend Manafort" went to Manafort): role-noun classes that exclude each other. A principal
#: (who runs or holds office: :data:`_PRINCIPAL_HEADS`) is never a person the article states only as
#: working for someone (:data:`_STAFF_WORDS`, or a campaign's chairman, manager, chief:
#: :data:`_CAMPAIGN_LEAD_WORDS`), and a staff description ("the aide", "the campaign manager") is
#: never a person stated only as a principal (a senator, a candidate). Political, business and
#: sports copy all pair principals with the staff who speak for them; the two posts are held by
#: different people. :meth:`NominalRules._described_person` bars such candidates (fits and the
#: fallback to the sentence before). ``False`` gives the old behaviour.
_S17_E2_ROLE_CLASS = True
#: Session 17 (speed, byte-identical): :meth:`NominalRules._role_evidence` with ``written=False``
#: reuses the ``written=True`` scan of the same cluster and adds the cluster's role words, instead of
#: scanning its mentions a second time. ``False``: two scans.
_S17_SPEED_ROLE_SHARE = True
_PRINCIPAL_HEADS = frozenset("""candidate nominee hopeful contender frontrunner front-runner challenger incumbent
lawmaker legislator senator congressman congresswoman governor president mayor""".split())
_PRINCIPAL_WORDS = _PRINCIPAL_HEADS | frozenset({"sen", "gov", "rep", "presidential"})
_STAFF_WORDS = frozenset("""aide aides adviser advisor advisers strategist pollster consultant staffer operative surrogate
spokesman spokeswoman spokesperson""".split())
_CAMPAIGN_LEAD_WORDS = frozenset({"chairman", "chairwoman", "chair", "manager", "chief", "director"})


def _principal_staff_clash(head: str, mods: set[str], ev: set[str], fam: frozenset[str]) -> bool:
    """Whether a description with head noun ``head`` and lower-cased modifiers ``mods`` cannot be a
    person whose stated post words are ``ev`` (:meth:`NominalRules._role_evidence`) by role class
    (:data:`_S17_E2_ROLE_CLASS`): a principal head ("nominee", "front-runner", read as head
    "runner" with modifier "front"; "senator") against a person stated as staff only, or a staff
    head ("aide", "spokesman"; "manager"/"chairman"/"chief" with modifier "campaign") against a
    person stated as a principal only. A person whose post holds the head's own family
    (``fam``) never clashes."""
    if ev & fam:
        return False
    staff = bool(ev & _STAFF_WORDS) or "campaign" in ev and bool(ev & _CAMPAIGN_LEAD_WORDS)
    principal = bool(ev & _PRINCIPAL_WORDS)
    if head in _PRINCIPAL_HEADS or head == "runner" and "front" in mods:
        return staff and not principal
    if head in _STAFF_WORDS or head in _CAMPAIGN_LEAD_WORDS and "campaign" in mods:
        return principal and not staff
    return False
#: Session 15 round 3 (US copy, "the secretary of state said"): a definite description "the" + person
#: noun + "of" + a lower-case noun that is no person noun ("state"/"house" count as none) has the person
#: noun as its head in :func:`_definite_person_description` (so :meth:`NominalRules._described_person`
#: reads "secretary"; before, "state", no person's post). ``False``: old behaviour.
_S15_HEAD_OF_PP = True
#: Words of a post for :data:`_S15_POST_NO_DET` (not a courtesy or academic title, not "State").
_CAP_POST_WORDS = (_PERSON_ROLES | {"ceo", "cfo", "coo", "cto", "chief", "head"}) - _NOT_OFFICES - {
    "state", "house", "lady", "lord", "father", "king", "queen", "prince", "princess", "former"}
_CAP_POST_WORDS_R2C = _CAP_POST_WORDS | _R2C_TITLE_WORDS


def _cap_post_words() -> frozenset[str]:
    """:data:`_CAP_POST_WORDS`, with the titles of :data:`~.names._R2C_TITLE_WORDS` while
    :data:`~.names._S16_R2C_TITLES` is on (read per call)."""
    return _CAP_POST_WORDS_R2C if _names_mod._S16_R2C_TITLES else _CAP_POST_WORDS
#: Session 15 round 3 (genre train, local election copy: "Mr Bakare's agent, Stanisław X, asked …. *The
#: former councillor* told reporters …", the late councillor Derek Y named before): when a past post
#: ("the former councillor") fits no one and only sitting holders were left out, the one person named
#: (else the one subject) in the sentence before takes it, before the paragraph's topic person
#: (:meth:`NominalRules._described_person`; Poesio & Vieira 1998, as the no-sitting branch).
#: ``False`` gives the old behaviour (the topic person).
_S15_FORMER_PREV_SENT = True

#: Session 14 round 2 (genre train, committee and court copy, issue 11): a relational noun with a
#: possessive pronoun ("*His rival* said …", "*Her opponent* said …") is the OTHER member of the
#: pair the text contrasts, never the possessor (:meth:`NominalRules._rival_person`); and an
#: apposition "X, a civil engineer by training," states a past career, so "the former engineer"
#: is X (:meth:`NominalRules._role_evidence`). ``False`` gives the old behaviour.
_S14_NOMMOD_RIVAL = True
#: Session 14 round 2 (genre train, committee and business copy): "the Severnside chief" is a body's
#: boss, as "the Severnside boss" (:meth:`NominalRules._epithet_person`); and the words before a name
#: stop at a coordination (", and"), so "X, chief executive of Northline Rail, and Y" gives Y no
#: Northline word (:meth:`NominalRules._person_evidence`). ``False`` gives the old behaviour.
_S14_NOMMOD_CHIEF = True
#: Session 14 round 2 (genre train, UK court copy): "*For Rees*, Tomás X said his client …" states X's
#: post as defence counsel, as "Defending, X" does (:meth:`NominalRules._role_evidence`), so "The
#: barrister" picks between both counsel. ``False`` gives the old behaviour.
_S14_NOMMOD_FOR_COUNSEL = True
#: Session 14 round 3 (genre train series r, UK inquest copy): "the coroner" is the assistant,
#: area or senior coroner who holds the inquest ("assistant coroner Helen X … the coroner added"),
#: not barred as another office the way "the president" is not Vice President X
#: (:meth:`NominalRules._described_person`); an inquest has one coroner. ``False`` gives the old
#: behaviour.
_S14_GRP_CORONER = True
#: Session 14 round 3 (genre train series r, Westminster live blogs): "The minister" and "The
#: Transport Secretary" are never the opposition's "shadow transport secretary X": a shadow post is
#: another office, as "Vice President X" is not "the president" (:meth:`NominalRules._described_person`
#: bars a person whose stated post says "shadow" unless the description does). ``False`` gives the
#: old behaviour.
_S14_GRP_SHADOW = True
#: Modifiers that make a post another office for :data:`_S14_GRP_SHADOW`.
_SHADOW_MODS = frozenset({"shadow"})
#: Session 14 round 3 (genre train series r, inquiry copy): a person stated to have held a post in
#: the past is "the former chief executive" / "Former director": an "ex-" word before the name
#: ("Ex-Aldwater chief executive X") and a relative clause of tenure ended ("X, who ran the
#: laboratory from 2017 to 2022,", "who led Aldwater Utilities from 2016 to 2022") add "former" and the
#: post the verb states to :meth:`NominalRules._role_evidence`; a headline's "Former director" is
#: a role word of :data:`_S14_HEAD_BARE`. ``False`` gives the old behaviour.
_S14_GRP_FORMER = True
#: Past-tense verbs of running a body and the posts they state (:data:`_S14_GRP_FORMER`).
_PAST_LEAD_VERBS = {"ran": {"boss", "head", "director"}, "led": {"leader", "head", "chief"},
                    "headed": {"head", "director"}, "chaired": {"chair", "chairman"}, "managed": {"manager"},
                    "directed": {"director"}}
#: ", who ran|led … from 2016 to 2022" right after a name: a tenure that ended (:data:`_S14_GRP_FORMER`).
_PAST_TENURE = re.compile(r"\s*,\s*who\s+(ran|led|headed|chaired|managed|directed)\b[^,.;\n]{0,80}?\bfrom\s+"
                          r"(?:19|20)\d\d\s+(?:to|until)\s+(?:19|20)\d\d\b")
#: Heads whose "assistant"/"deputy" holder is the post's one holder in the story (:data:`_S14_GRP_CORONER`).
_CORONER_HEADS = frozenset({"coroner"})
#: "For [Mr] Surname," opening a sentence right before a name (:data:`_S14_NOMMOD_FOR_COUNSEL`).
_FOR_CLIENT = re.compile(r"(?:^|(?<=[.!?\n\"”’])\s*)For\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+"
                         r"(?:\s+[A-Z][\w'’-]+)?\s*,\s*$", re.M)
#: Relational heads whose referent is never their possessor (:data:`_S14_NOMMOD_RIVAL`).
_RIVAL_HEADS = frozenset({"rival", "opponent", "adversary", "counterpart", "challenger", "opposite"})
#: An apposition that states a past career ("a lawyer by training", "an engineer by trade").
_BY_TRAINING = re.compile(r"\bby\s+(?:training|trade|background)\b")

#: Session 14 (genre train, headlines and standfirsts): a headline's or standfirst's source that is
#: only a bare common noun, with no determiner ("*Father* says son …", "*Brothers* deny …",
#: "*Family* says …", "*MP* says …", "… , says *new mayor*"), is never a name: it resolves
#: forward to the first body person that fits it (:meth:`NominalRules._headline_bare_noun`): a
#: kin word the person the article states as that kin ("his father, Hiroshi X,"), a plural kin
#: word the first-named of those kin and their namesakes (rule 6), "family" the relative who
#: speaks for it (rule 12), a role word the first person whose stated posts hold it or a
#: synonym. Rules 1, 6 and 12 of ``gold/speakers/README.md``; headline cataphora of
#: ``genre/README.md``. ``False`` gives the old behaviour.
_S14_HEAD_BARE = True
#: Plural kin words of :data:`_S14_HEAD_BARE`, with the singular kin words their members are stated as.
_HEAD_KIN_PLURAL = {"brothers": {"brother"}, "sisters": {"sister"}, "siblings": {"brother", "sister"},
                    "twins": {"brother", "sister", "twin"}, "parents": {"mother", "father"},
                    "couple": {"husband", "wife", "partner"}, "sons": {"son"}, "daughters": {"daughter"}}
#: Role words of :data:`_S14_HEAD_BARE` beyond :data:`TITLE_SYNONYMS`' keys, with the posts that
#: fill them ("Rovers boss" is the club's manager; sports and business copy).
_HEAD_ROLE_SYN = {"boss": {"boss", "manager", "coach", "ceo", "chief", "executive", "head"},
                  "manager": {"manager", "boss", "coach"}, "coach": {"coach", "manager", "boss"},
                  "mp": {"mp"}, "msp": {"msp"}, "mep": {"mep"}, "mayor": {"mayor"}, "councillor": {"councillor", "cllr"},
                  "chairman": {"chairman", "chair", "chairwoman"}, "chair": {"chair", "chairman", "chairwoman"},
                  "minister": {"minister"}, "judge": {"judge"}, "coroner": {"coroner"}, "headteacher": {"headteacher", "head"},
                  "captain": {"captain", "skipper"}, "skipper": {"skipper", "captain"}, "owner": {"owner"},
                  "chief": {"chief", "ceo", "executive", "boss"}, "founder": {"founder"}, "landlord": {"landlord"}}
#: Session 14 round 3 (genre train series r, inquest and court copy): a standfirst's "*Family's
#: lawyer* says …" is the lawyer the body states acts for the family ("the family's barrister, X"),
#: under any word for counsel (:data:`_S14_HEAD_BARE`). ``False`` gives the old behaviour.
_S14_GRP_LAWYER = True
#: Session 15 (groups; genre train series u, court and disaster copy): "*The families* say …" (the
#: plural, several bereaved families) is a family source too, and the relative who speaks for it
#: need not be stated as kin: a person named as the subject of a verb of saying (before the
#: mention) whose own clause, apposition or reported words hold "family"/"families" ("Grace X,
#: whose husband died and who chairs a committee of the bereaved families, said the families
#: wanted …"; not "told the families", the hearers) speaks for them
#: (:meth:`NominalRules._family_speaker`). Rule 12 of ``gold/speakers/README.md``. ``False``
#: gives the old behaviour.
_S15_GRP_FAMILIES = True
#: Session 15 (groups; genre train series u): "one" + a role noun in a headline, standfirst or lead
#: ("Researchers say …; *one volcanologist* says the images are 'overinterpreted'") introduces a
#: person the article names below as it does "a"/"an" (:meth:`NominalRules._role_named_later`: the
#: one person whose stated role holds the noun, "Kenji X, a volcanologist at …"). In the body "One
#: member", "One skipper", "One critic" stay anonymous (genre gold). ``False`` gives the old behaviour.
_S15_GRP_ONE_LEAD = True
if _S14_GRP_LAWYER:
    _HEAD_ROLE_SYN = {**_HEAD_ROLE_SYN, **{w: {"lawyer", "barrister", "solicitor", "counsel", "attorney", "advocate"}
                                           for w in ("lawyer", "barrister", "solicitor", "attorney")},
                      "pathologist": {"pathologist"}}
#: Session 15 (series u, headlines and standfirsts): a bare role label above the lead that is a
#: person noun outside :data:`_HEAD_ROLE_SYN`, with no modifier ("*Frontman* says …", "*Singer*
#: tells podcast …", "*Champion*: '…'"; not a body's agent noun, :data:`_HEAD_BODY_AGENTS`) is read like the listed role words, with the
#: word itself as its only post (:meth:`NominalRules._headline_bare_noun`): the first body person
#: whose stated posts hold it, else the person the body's first definite description with it
#: stands for ("The frontman of … Glass Harbour has said", "according to *their singer*"). A person
#: noun: :func:`_person_noun` or :data:`_HEAD_ROLE_EXTRA`. ``False`` gives the old behaviour.
_S15_HEAD_ROLE_ANY = True
#: Session 15 round 2 (nominals; series u sports copy): a role description whose head no named
#: person's stated roles hold is not read forward to the person named next
#: (:meth:`NominalRules._forward_role`'s fallback) when its own paragraph already named a person
#: as a subject, outside quotation marks, before it (not "*Kirkby Moor's* lido", a place the NER
#: took for a person) ("Quaye's trainer, Ebenezer Lamptey, insisted … 'Ask the
#: hotel,' *the veteran coach* said. ¶ Salcedo's trainer, Héctor X, said …": Lamptey, not X; an
#: anaphoric definite's antecedent lies just before it, Poesio & Vieira 1998). The rules after it
#: (epithets, the ranker) decide. ``False`` gives the old behaviour.
_S15_FWD_PARA_NAMED = True
#: Person words of :data:`_S15_HEAD_ROLE_ANY` outside :func:`_person_noun`'s shapes (sports and
#: entertainment headlines).
#: Agent nouns of :data:`_S15_HEAD_ROLE_ANY` that headlines use for bodies ("*Regulator* says …",
#: "*Forecaster* warns …": the Met Office), left to the organisation rules (genre train).
_HEAD_BODY_AGENTS = frozenset("regulator forecaster watchdog operator carrier provider insurer lender retailer "
                              "manufacturer producer broadcaster publisher developer supplier organiser "
                              "promoter investor owner employer".split())
#: Session 16 (helper h2, PolNeAR train, real text): a title-case role label above the lead with
#: capitalised modifiers ("*Christian Speaker* Just Shared This 'Prophetic Prayer'", "Republican
#: Senator Says …") is the one body person, named in full, whose stated post holds the head word and
#: every modifier ("Popular Christian and corporate speaker Lance Wallnau"; rule 2 of
#: ``gold/speakers/README.md``); none or several: the other rules decide. Before, a capitalised label
#: ("Christian Speaker") was read as a person's name. :meth:`NominalRules._headline_bare_noun`;
#: ``False`` gives the old behaviour.
_S16_H2_HEAD_ROLE_CAPS = True
_HEAD_ROLE_EXTRA = frozenset("champion star legend icon hero frontman frontwoman bassist drummer guitarist "
                             "pundit chef".split())
if _S14_GRP_FORMER:
    _HEAD_ROLE_SYN = {**_HEAD_ROLE_SYN, "director": {"director"}}
#: Session 16 (h3; train series w, "*Solheim's younger brother* said … ¶ Arne Solheim, 39, …",
#: "*the player's father* has accused …" then "Rubén Quispe, who acts as his son's representative,",
#: "*Kamau's mother* … said" with no mother named): a kin word possessed by a name or a noun
#: ("X's [younger] brother", "the injured captain's father") is the relative the article names for
#: it (:meth:`NominalRules._possessed_kin`), else an unnamed relative, ``anonymous`` (rule 8 of
#: ``gold/speakers/README.md``: unnamed, identifiable people; genre README rule 9). ``False`` gives
#: the old behaviour (the ranker's nearest person, often the possessor).
_S16_H3_KIN_POSS = True
#: Session 16 round 2 (r2a; train series w sports_w01): in a definite description a country's name
#: as modifier ("The *Japan* coach", "the Wales captain") states a nationality as a demonym does
#: (:data:`_COUNTRY_NATIONALITY`), so :meth:`NominalRules._described_person` leaves out a person whose
#: stated words give another country ("The Fiji head coach, X"): the nationality check of "the
#: French president" (NER tags the country GPE, not NORP, so :func:`nationality_words` misses it).
#: ``False`` gives the old behaviour.
_S16_R2A_COUNTRY_MOD = True
#: Words between a possessive and a kin word in :meth:`NominalRules._possessed_kin`.
_KIN_MODS = frozenset("younger elder older eldest youngest late estranged former twin step".split())


def subject_np(text: str, a: int, b: int, doc=None) -> tuple[int, int] | None:
    """Character extent ``[start, end)`` of the epithet inside the overlong source span
    ``[a, b)`` of ``text``, or ``None`` (the usual case: the span is the noun phrase).

    The span opens (or, after a comma or dash, goes on) with "the"/"this" + an age or a demonym
    ("The Kenyan", "the Lagos-born") and a lower-case word follows: a person noun after it is kept
    ("the 41-year-old mother"), else the epithet ends before the next word, the verb of its clause
    ("clip, *the 47-year-old* laughs and"), when that word is tagged a verb in ``doc`` (the spaCy
    ``Doc`` of ``text``) or is an "-s" word before "and"/"but"/"that" ("laughs and", which the small
    tagger reads as a plural noun). A surface rule: the small parser reads "told" in "the
    41-year-old told probation officers" as an adjective. Cost: one regex over the span.
    :data:`_S13_NOM2_SUBJECT_NP`; shapes of genre train (courts, reviews)."""
    if not _S13_NOM2_SUBJECT_NP:
        return None
    inner = text[a:b]
    for m in _EPITHET_IN_SPAN.finditer(inner):
        word, noun = m.group(1), m.group(2)
        if not word[0].isdigit() and not word.endswith("-born") and not (
                DEMONYMS.get(word.lower()) or genre_demonym(word)):
            continue
        # "the 41-year-old told probation officers": a second word that is no person noun is the verb
        end = m.end(2) if noun and _person_noun(noun) else m.end(1)
        verb = doc.char_span(a + end, b, alignment_mode="expand") if doc is not None else None
        if verb is None or not len(verb):
            return None
        v = verb[0]
        nxt = doc[v.i + 1] if v.i + 1 < len(doc) else None
        if not (v.tag_.startswith("VB") or v.tag_ == "MD" or v.lower_.endswith("s") and nxt is not None
                and nxt.lower_ in ("and", "but", "that")):
            return None  # "The Chinese foreign ministry", "the Korean-born respiratory specialist": no clause
        return a + m.start(), a + end
    return None



def _definite_person_description(span) -> list | None:
    """The words (up to the head) of "the" + a singular common-noun head that is not an
    organisation, group or document word and has no possessor ("The former Heisman Trophy
    winner", "the real estate mogul"), or ``None``: the mentions the two fallbacks below take."""
    if span is None or not len(span):
        return None
    head_text = _head_part(span_text(span))
    toks = [t for t in span if not t.is_punct and t.idx < span.start_char + len(head_text)]
    if _S11_NOM2_ROLE and len(toks) >= 4 and toks[0].lower_ == "the" and all(
            t.text.islower() and t.tag_ == "NNS" for t in toks if t.dep_ == "poss") and any(
            t.tag_ == "POS" for t in toks[:-1]):
        # "The fishermen's leader": a plural common-noun possessor, a group of people, is a
        # modifier; not "the club's chairman", whose body names the post (:data:`_S11_NOM2_ROLE`)
        toks = [t for t in toks if t.tag_ != "POS"]
    if len(toks) < 2 or toks[0].lower_ != "the" or any(t.tag_ == "POS" or t.dep_ == "poss" and not (
            _S11_NOM2_ROLE and t.text.islower() and t.tag_ == "NNS") for t in toks):
        return None
    if _S15_HEAD_OF_PP and len(toks) >= 4 and toks[-2].lower_ == "of" and toks[-1].is_lower \
            and toks[-1].is_alpha and not toks[-1].like_num and toks[-3].lower_ in _cap_post_words() \
            and _person_noun(toks[-3].lower_) and (toks[-1].lower_ in ("state", "house") or not _person_noun(toks[-1].lower_)):
        toks = toks[:-2]  # "the secretary of state": the post's head is "secretary" (session 15 round 3)
        if toks[-1].is_lower and toks[-1].tag_ == "NNP":
            return toks  # the small model tags "secretary of state" NNP
    head = toks[-1]
    if head.tag_ != "NN" and not (_S10_PEOPLE2 and head.lower_ in _HOLDER_TITLES and head.is_alpha) \
            or head.lower_ in ORG_HEADS or head.lower_ in DOC_NOUNS or head.lower_ in ANON_HEADS:
        return None  # (session 10 round 3: a member's title in capitals, "The Labour MP", is a person's)
    return toks

def _the_capitalised_epithet(span, clusters) -> bool:
    """Whether a source the mention classes read as a surname or an organisation's name is a
    definite epithet: "the"/"a" and capitalised words that end in a holder's title ("The
    Edinburgh Central MSP", "The former Olympian", "a local MSP"), or "the" and a word shaped
    like a demonym that is no word of a name the article writes elsewhere ("The Glaswegian"),
    so a description of a person, not a name
    (a surname has no article: "the" + a name is a shortened organisation, "the Post", whose
    words are a candidate's). ``clusters``: the article's candidates
    (:class:`~saidwhat.pipeline.coref.Cluster`). Issue 11, genre train series d."""
    lim = span.start_char + len(_head_part(span_text(span)))  # read once, not per token (speed)
    toks = [t for t in span if not (t.is_punct or padding_token(t)) and t.idx < lim]
    if len(toks) < 2 or toks[0].lower_ not in ("the", "a", "an") or any(t.tag_ == "POS" for t in toks):
        return False
    head = toks[-1]
    if _S12_NOM_COUNTRY and len(toks) == 3 and toks[0].lower_ == "the" and head.is_lower and head.is_alpha \
            and toks[1].text[:1].isupper() and toks[1].lower_ in _COUNTRY_NATIONALITY and _person_noun(head.lower_):
        return True  # "The Ghana international", "the Wales captain": a country's player or post holder (session 12)
    if _S13_NOM2_BORN and head.is_lower and _person_noun(head.lower_) and re.fullmatch(
            r"(?:[Tt]he|[Tt]his)\s+[A-Z][a-z]+-born(?:\s+[a-z]+){1,2}", one_space(_head_part(span.text).strip())):
        return True  # "The Lagos-born director": a birthplace epithet (session 13)
    if not head.text[:1].isupper() or not head.is_alpha:
        return False
    if _S11_NOM2_PARTY and toks[0].lower_ == "the" and _PARTY_EPITHET.fullmatch(one_space(_head_part(span_text(span)).strip())):
        return True  # "the Lib Dem", "The Tory": one member of a party (:data:`_S11_NOM2_PARTY`)
    # a person's word ("MSP", "Olympian", "Glaswegian"), else no named body ("the Fed")
    if head.lower_ in _HOLDER_TITLES:
        return True  # "The Edinburgh Central MSP", "The former Olympian", "a local MSP": a holder's title
    if toks[0].lower_ != "the" or not _DEMONYM_SHAPE.fullmatch(head.lower_):
        return False  # "the White House", "the Islamic State": a name
    if head.ent_type_ in ("ORG", "FAC") or head.ent_type_ == "PERSON" and not _DEMONYM_SHAPE.fullmatch(head.lower_):
        return False  # "The Guardian" tagged ORG; "the Jordan" a name
    # the words of names the article writes elsewhere (not a cluster the NER made of this mention)
    a, b = span.start_char, span.end_char
    words = {w for c in clusters if any(not (a <= s < b) for s, _, _, _ in c.mentions) for w in c.tokens}
    return not any(t.lower_ in words for t in toks[1:] if t.text[:1].isupper())


#: A description in apposition after a name (:meth:`NominalRules._role_evidence`): ", a retired
#: solicitor,", ", the SNP member for …", ", who has five children,", ", 41,"; not a clause ("Rubio,
#: it doesn't sound like …", "in La Paz, Minister of Mining …").
_APPOSITION = re.compile(r"\s*,\s*((?:a|an|the|who|whose|his|her|their|its|now|then|himself|herself|\d)\b[^,.;\n]{0,59})")
#: A byline ("By Kirsty MacInnes, …", "EXCLUSIVE by …").
_BYLINE = re.compile(r"\s*(?:EXCLUSIVE\s+)?[Bb]y\s")
#: Titles of elected members written as capitals ("the Edinburgh Central MSP").
_HOLDER_TITLES = frozenset({"mp", "msp", "mep", "mla", "td", "olympian", "paralympian"})
#: The shape of a demonym of a place ("Glaswegian", "Parisian", "Texan" aside).
_DEMONYM_SHAPE = re.compile(r"[a-z]{3,}(?:ian|ean|ite|ese)")


class NominalRules:
    """Rules that resolve a definite description or epithet of a person: mixed into
    :class:`~saidwhat.pipeline.speakers.SpeakerResolver` (uses ``doc``, ``text``, ``named``,
    ``cands``, the registry's methods and :meth:`~.organisations.OrganisationRules.org_refs` for
    clubs)."""

    def _hired_unnamed(self, span) -> bool:
        """Whether the nominal ``span`` (a spaCy Span) is a possessed description of someone hired
        by the possessor whom the article leaves unnamed (:data:`_S13_NOM3_HIRED`): a possessive
        pronoun or a possessor ("Her barrister", "The Spaniard's solicitor", "Kovac's lawyer"), then
        lower-case words ending in a head of :data:`_HIRED_HEADS` (a phrase after it, "her agent at
        the time", is left aside), and no person of the article whose stated post
        (:meth:`_role_evidence`) holds the head or a word of its post (:func:`role_family`:
        "defence solicitor Kieran Molloy" is "his barrister"). Rules 3 and 8 of
        ``gold/speakers/README.md``."""
        if not _S13_NOM3_HIRED or span is None or not len(span):
            return False
        head_text = _head_part(span.text)
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
        cut = next((k for k, t in enumerate(toks) if k and t.pos_ == "ADP"), len(toks))
        toks = toks[:cut]  # "her agent at the time"
        if len(toks) < 2 or toks[-1].lower_ not in _HIRED_HEADS:
            return False
        owner: set[str] = set()
        if toks[0].tag_ == "PRP$" and toks[0].lower_ in ("his", "her", "their", "its"):
            rest = toks[1:]
        else:
            pos = next((k for k, t in enumerate(toks) if t.tag_ == "POS" or t.lower_ in ("'s", "’s")), None)
            if pos is None or pos == 0:
                return False
            rest = toks[pos + 1:]
            owner = {t.lower_ for t in toks[:pos]}  # "The Spaniard's": not "Bankole's barrister, X"
        if not rest or not all(t.text.islower() and t.pos_ in ("ADJ", "NOUN") for t in rest):
            return False
        word = rest[-1].lower_
        one = word[:-1] if word.endswith("s") and word[:-1] in _HIRED_HEADS else word  # "lawyers": a lawyer
        post = role_family(one) | {word}
        for c in self.cands.clusters:
            if c.kind != "person" or not self._role_evidence(c) & post:
                continue
            if owner:
                # a holder stated as another possessor's ("Bankole's barrister, Richard X,") is not
                # the described possessor's
                first = min(m[0] for m in c.mentions)
                of = re.search(r"(\w+)['’]s\s+(?:[a-z]+\s+){0,2}(\w+)\s*,?\s*$", self.text[max(0, first - 60):first])
                if of is not None and of.group(2).lower() in post and of.group(1).lower() not in owner:
                    continue
            return False
        return True

    def _their_doc_owner(self, span) -> Cluster | None:
        """The party a "Their …" document or statement source (kind ``possessive``: "Their findings
        suggest", "Their letter said") takes from the sentence before, or ``None``
        (:data:`_S13_NOM3_THEIR_DOC`): that sentence's main-clause subject is plural or coordinated
        ("*Researchers at the Halden Institute* studied …", "*Mr Vane and his colleagues* wrote …")
        and the first person or organisation mentioned in it, outside quotation marks, is the
        owner: the body the researchers work at (rule 13 of ``gold/speakers/README.md``: a study by
        researchers at a named body → that body), the first-named (rules 6 and 12). Only when the
        source opens its sentence's first clause outside quotation marks. O(candidate mentions)."""
        if not _S13_NOM3_THEIR_DOC or span is None or not len(span) or span[0].lower_ != "their":
            return None
        tok = span[0]
        before = self._opening_sentence_before(tok)
        if before is None:
            return None
        subj = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.cands._quoted(subj.idx) or self.cands._quoted(before.root.idx):
            return None
        if subj.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in subj.children):
            return None
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        best, at = None, hi
        for c in self.cands.clusters:
            for s, _, _, q in c.mentions:
                if lo <= s < at and not q:
                    best, at = c, s
        return best

    def _warning_owner(self, span, head) -> str | None:
        """Speaker key of the maker of a definite forecast or warning ("The forecast says …", "The
        alert said") whose noun the article has not used before, from the nearest earlier noun of
        the same family (:data:`_WARNING_NOUNS`: "The Met Office has issued *a warning* …") within
        600 tokens, by that noun's own owner (:meth:`~.documents.DocumentOwners._doc_owner_of`, a
        verb of producing, :meth:`~.documents.DocumentOwners._producer_of`), or ``None``
        (:data:`_S13_NOM3_WARNING`; rule 13 of ``gold/speakers/README.md``: a document takes its
        maker). ``head``: the document's noun token."""
        if not _S13_NOM3_WARNING or head is None or head.lower_ not in _WARNING_NOUNS:
            return None
        by_lower = self._nouns()[0]
        lo = max(0, span.start - 600)
        earlier = sorted((i for w in _WARNING_NOUNS for i in by_lower.get(w, ()) if lo <= i < span.start), reverse=True)
        known = getattr(self, "doc_owners", {})
        for i in earlier:
            t = self.doc[i]
            if self.cands._quoted(t.idx):
                continue
            owner = known.get(i) or self._doc_owner_of(t, statement_subject=True) or self._producer_of(t)
            if owner is not None:
                return owner
        return None

    def _addressed_owner(self, span, head, start: int, prev: str | None) -> str | None:
        """Speaker key of the body behind an unowned document addressed to its own people ("An
        email to passengers said …", "a letter to shareholders", "a message sent to staff"), or
        ``None`` (:data:`_S13_NOM3_ADDRESSED`): the previous attribution's speaker when it is an
        organisation, else the organisation of its source ("A spokeswoman *for Crane Airways*
        said"), else the last organisation named outside quotation marks in the mention's
        paragraph or the one before (a body writes to its customers, staff or members: rule 13 of
        ``gold/speakers/README.md``, a document takes its maker). ``head``: the document's noun."""
        if not _S13_NOM3_ADDRESSED or head is None or head.lower_ not in _ADDRESSED_DOCS:
            return None
        m = _ADDRESSEES.match(self.text, head.idx + len(head), span.end_char + 1)
        if m is None:
            return None
        if prev and self.entities[prev].kind == "organization":
            return prev
        brk, _ = last_paragraph_break(self.text, start)
        lo = last_paragraph_break(self.text, brk)[1] if brk > 0 else 0  # the paragraph before's start
        best, at = None, -1
        for c in self.cands.clusters:
            if c.kind != "organization":
                continue
            for s, e, _, q in c.mentions:
                if lo <= s < start and not q and s > at:
                    best, at = c, s
        if best is None:
            return None
        key = self._organization(best.name, start, best.role)
        self.key_cluster[key] = best
        return key

    def _post_source(self, a: int, b: int) -> Cluster | None:
        """The person a source that is only a post stands for (:data:`_S14_ROLE_POSTS`): the source
        ``text[a:b]`` is an optional determiner or possessor, up to two modifiers and a post of
        :data:`_POSTS` ("finance chief", "The CFO", "his agent", "Ashford chairman"), none of them
        a modifier of another post (:data:`_POST_OTHER`); the person is :meth:`_post_holder`'s,
        and a capitalised modifier ("Ashford", "Conservative") must not be barred: a holder whose
        stated post carries another capitalised word of the same kind is still taken when the
        only holder. ``None`` otherwise (the other rules decide). Offsets: characters."""
        if not _S14_ROLE_POSTS:
            return None
        _, post_res, post_source, _, _ = _post_rx()
        m = post_source.fullmatch(one_space(self.text[a:b]).strip())
        if m is None:
            return None
        mods = m.group(1).split()
        if any(w.lower() in _POST_OTHER for w in mods) or any(w.lower() in ("a", "an") for w in mods):
            return None
        post = next(k for k, rx in post_res if rx.fullmatch(m.group(2)))
        if post == "counsel" and not _S14_GRP_COUNSEL:
            return None
        holders = self._post_holders(post)
        if not holders:
            return self._post_intro_holder(post, a)
        caps = {w.lower() for w in mods if w[:1].isupper()}
        if caps and len(holders) > 1:
            holders = [c for c in holders if caps & (self._role_evidence(c) | self._post_context(c))]
        return holders[0] if len(holders) == 1 else None

    def _post_context(self, c: Cluster) -> set[str]:
        """Lower-cased words of the 60 characters before each mention of ``c`` (the post's body or
        party: "Rovers chairman X", "Mr Bakare's agent, X"), for :meth:`_post_source`."""
        out: set[str] = set()
        for s, _, _, _ in c.mentions:
            out |= set(norm_tokens(self.text[max(0, s - 60):s]))
        return out

    def _post_holders(self, post: str) -> list:
        """The people the article states hold ``post`` (a key of :data:`_POSTS`): a wording of the
        post written right before a mention (:data:`_POST_BEFORE`) or in apposition after it
        (:data:`_POST_AFTER`), outside quotation marks. Once per article and post. O(mentions)."""
        memo = self.__dict__.setdefault("_post_holders_memo", {})
        if post in memo:
            return memo[post]
        _, post_res, _, post_before, post_after = _post_rx()
        rx = dict(post_res)[post]
        out = []
        for c in self.cands.clusters:
            if c.kind != "person" or c.coord:
                continue
            for s, e, _, q in c.mentions:
                if q:
                    continue
                before = _RX_2.split(self.text[max(0, s - 60):s])[-1]
                pm = post_before.search(before)
                if pm is not None and post == "counsel" and before[:pm.start()].rstrip().endswith(","):
                    pm = None  # "Philippa X KC, counsel to the inquiry, Declan Y said": X's apposition
                after = post_after.match(self.text, e, e + 90)
                got = [x for x in (pm.group(0) if pm else None, after.group(0) if after else None) if x]
                if any(rx.search(g) for g in got):
                    out.append(c)
                    break
        memo[post] = out
        return out

    def _post_intro_holder(self, post: str, a: int) -> Cluster | None:
        """The person first named as a subject, outside quotation marks, in the sentences that
        follow the article's first body mention "its/the/their/X's <post>" (the lead's "… and *its
        chief financial officer* told analysts …", then "'…,' Priyanka X said"), or ``None``:
        a news lead introduces its people by post and names them in the next sentence (inverted
        pyramid; rule 1 of ``gold/speakers/README.md``), within the two sentences after its own (a
        quote split off its "…," X said). The person must not be stated to hold another post of
        :data:`_POSTS`. Once per article and post."""
        memo = self.__dict__.setdefault("_post_intro_memo", {})
        if post in memo:
            return memo[post]
        memo[post] = None
        posts = _post_rx()[0]
        rx = dict(posts)[post]
        self._in_lead(0)
        lo = self._lead[0]  # the body: not the headline's or standfirst's own post
        intro = re.compile(rf"\b(?:its|the|their|[A-Z][\w&-]*['’]s)\s+(?:{rx})\b(?!\s*,)", re.I)
        m = intro.search(self.text, lo)
        if m is None or self.cands._quoted(m.start()):
            return None
        tok = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if tok is None or not len(tok):
            return None
        hi, end = tok.sent.end_char, tok.sent.end
        for _ in range(2):  # the two sentences after (a quote split off its "…," X said)
            if end < len(self.doc):
                hi, end = self.doc[end].sent.end_char, self.doc[end].sent.end
        others = {k for k, _ in posts if k != post and k != "counsel"}  # a prosecutor is counsel too
        best = None
        for c in self.cands.clusters:
            if c.kind != "person" or c.coord:
                continue
            first = min(s for s, _, _, _ in c.mentions)
            if not m.end() <= first < hi or best is not None and first >= best[0]:
                continue
            if any(c in self._post_holders(k) for k in others):
                continue
            if any(s == first and subj and not q for s, _, subj, q in c.mentions):
                best = (first, c)
        memo[post] = best[1] if best is not None else None
        return memo[post]

    def _he_subject(self, sent) -> bool:
        """Whether the sentence ``sent`` (a spaCy Span) has "he" or "she" as its main verb's subject
        outside quotation marks (:data:`_S13_NOM3_HE_BEFORE`; "While …, *he* did say he found Trump
        …": not "Trump", the subject of "to be" below it)."""
        return any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and not self.cands._quoted(t.idx)
                   for t in sent.root.children)

    def _by_role(self, low: list[str], pos: int, *, forward: bool, nat: frozenset[str] = frozenset()) -> str | None:
        """A named person whose role fits the nominal's words ``low`` (head word or a synonym, and
        a modifier when it has any); ``nat``: nationality words the role must hold ("the French
        president" is not "President Barack Obama")."""
        content = [w for w in low if w not in _DETS and w not in ("’s", "'s")]
        if not content:
            return None
        head = content[-1]
        syn = TITLE_SYNONYMS.get(head, {head})
        best = None
        for m in self.named:
            if not m.role or (m.start > pos and not forward):
                continue
            rw = set(_RX_0.findall(m.role.lower()))
            mods = set(content[:-1])
            if (rw & OFFICE_MODIFIERS) - mods:
                continue  # "the president" is not the Vice President
            if nat and not nat & (rw | set(norm_tokens(m.name))):
                continue
            if (syn & rw and (not mods or mods & rw)) or (head in rw):
                if m.start <= pos or best is None:
                    best = m
        if best is None:
            return None
        return self._person(best.name, best.role, pos).key

    def _forward_role(self, span, start: int) -> Cluster | None:
        """A role description that the article names only later ("Nordavia … swung to a profit,
        but *its chief executive* warned …", then "Henrik Aas, the chief executive, said"; "a
        project *the sheriff* says is needed", then "Sheriff Ray Tolliver told the board"; "*The
        band's drummer* told a fan …", then "Theo Blackwood, who formed the band, added"), or
        ``None``.

        The description: "the"/"its"/"their" or a possessor ("the band's") or nothing before a
        capitalised title ("First Minister: …" in a headline), then modifiers and a head noun,
        up to an "of" ("The chairman of Ashby Thorpe Parish Council"). When no person named
        before ``start`` has the head among their roles: the one person first named after
        ``start`` whose roles hold the head and every lower-case modifier; else, when no such
        person's roles hold the head at all and the head is a person's role word, the person
        first named as a subject in the two sentences after the description's, when their roles
        say nothing else. Cataphoric roles in leads (wire, business, local and culture copy;
        issue 11). Session 9 (:data:`_S9_PEOPLE`): a "the" description that opens the story
        (:meth:`_opens_story`) may hold a nationality and any person noun (:func:`_person_noun`:
        "The Dutch chemist at the centre of …"), and its person is the first named after its
        sentence, not quoted, whose roles give no other person noun, subject or not."""
        head_text = _head_part(span_text(span))
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
        cut = next((k for k, t in enumerate(toks) if k and t.pos_ == "ADP"), None)
        toks = toks[:cut] if cut is not None else toks
        if not toks:
            return None
        det = toks[0].lower_ in ("the", "its", "their")
        poss = [k for k, t in enumerate(toks) if t.tag_ == "POS"]
        body = toks[poss[-1] + 1:] if poss else toks[1:] if det else toks
        # a capitalised title ("First Minister: …"), or a headline label in sentence case before
        # its colon ("Club secretary: 'We were never consulted'")
        titled = not det and not poss and (all(t.text[:1].isupper() for t in body) or (
            body[:1] != [] and body[0].text[:1].isupper()
            and self.text[span.end_char:span.end_char + 2].lstrip()[:1] == ":"))
        if not body or not (det or poss or titled) or body[-1].pos_ not in ("NOUN", "PROPN") \
                or body[-1].tag_ in ("NNS", "NNPS") or not all(t.is_alpha for t in body):
            return None
        # session 9: a lead's description that opens the story before anyone is named ("The Dutch
        # chemist at the centre of … has said", then "Pieter van Dam, 51, said"): its nationality and any
        # person noun, the person named next
        opening = _S9_PEOPLE and det and self._opens_story(start)
        if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and not t.text.islower()
               and not (opening and t.lower_ in _ALL_NATIONALITY_WORDS) for t in body) and not titled:
            return None  # "the Meridian boss", "the French president": a named body or nation decides
        words = [t.lower_ for t in body]
        head = words[-1]
        if head in ORG_HEADS or head in DOC_NOUNS or head in ANON_HEADS or head in DEMONYMS:
            return None
        nat = {w for w in words if w in _ALL_NATIONALITY_WORDS}
        words = [w for w in words if w not in nat]
        people = [c for c in self.cands.clusters if c.kind == "person"]
        if any(head in c.role_words and any(s < start for s, _, _, _ in c.mentions) for c in people):
            return None
        later = [c for c in people if all(s > start for s, _, _, _ in c.mentions)]
        if _S12_NOM_HEAD_OF and cut is not None and toks and self.text[toks[-1].idx + len(toks[-1]):].lstrip()[:3] == "of ":
            later = [c for c in later if not self._other_post_of(c, head, span, toks[-1])]
        fit = [c for c in later if set(words) <= c.role_words]
        if _S14_PN_FORWARD_POST and not fit and opening:
            # a description that opens the story: "The British capital's *new* mayor …", then
            # "Khan, a Muslim, was elected as mayor of London": the post the article states (an
            # apposition, a predicate of election), without a modifier that says when, not which,
            # post (session 14)
            fit = [c for c in later if set(words) - _VAGUE_MODS <= c.role_words | self._role_evidence(c)]
        if len(fit) == 1:
            return fit[0]
        if fit or len(words) < 2 and not (det or poss or titled) or any(head in c.role_words for c in later):
            return None
        if head not in _person_roles() and not (opening and _person_noun(head)):
            return None
        sent = span.sent
        lo = sent.end_char
        nxt = sent.end
        for _ in range(2):
            if nxt < len(self.doc):
                nxt = self.doc[nxt].sent.end
        hi = self.doc[nxt - 1].idx + len(self.doc[nxt - 1]) if nxt > 0 else lo
        new = sorted(((min(s for s, _, _, _ in c.mentions), c) for c in later), key=lambda x: x[0])
        new = [(s, c) for s, c in new if lo <= s < hi]
        if not new:
            return None
        if _S10_PEOPLE2 and sent.start > 0:
            lo0 = self.doc[sent.start - 1].sent.start_char
            if any(c.kind == "person" and any(lo0 <= m[0] < sent.start_char and m[2] and not m[3] for m in c.mentions)
                   for c in self.cands.clusters):
                return None  # a person just named as the subject: the description goes on about them
        if _S15_FWD_PARA_NAMED:
            para = self.text.rfind("\n", 0, start) + 1
            if any(c.kind == "person" and any(para <= m[0] < start and m[2] and not m[3] for m in c.mentions)
                   for c in self.cands.clusters):
                return None  # "Quaye's trainer, Ebenezer Lamptey, insisted … '…,' the veteran coach said"
        s0, c0 = new[0]
        if _S10_PEOPLE2 and self._age_clash(span, c0):
            return None  # "The veteran presenter, 57," is not "Lane, 29," named next
        first = next(m for m in c0.mentions if m[0] == s0)
        other = {w for w in c0.role_words - set(words) - nat - {"the", "a", "an"}
                 if not re.fullmatch(r"\d+(?:-year-old)?", w)}
        if opening and not first[3] and not any(_person_noun(w) for w in other if w.isalpha()):
            return c0  # the story's first description: the next person named, not given another post
        if not first[2] or first[3] or other:
            return None  # not a subject, inside a quote, or described as something else (an age is no role)
        return c0

    def _other_post_of(self, c: Cluster, head: str, span, last) -> bool:
        """Whether the article states for the person ``c`` the post ``head`` "of" something other
        than what the description ``span`` names after its head token ``last`` ("The head of
        Wealdmere Water" is not "The company's head of operations, X"): a role of ``c``'s names
        (:class:`~.names.NamedMention`) holding ``head`` "of" words none of which the description
        has (:data:`_S12_NOM_HEAD_OF`)."""
        want = set(norm_tokens(self.text[last.idx + len(last):span.end_char])) - {"of", "the"}
        spans = {s for s, _, _, _ in c.mentions}
        for m in self.named:
            if m.start not in spans or not m.role:
                continue
            got = re.search(rf"\b{re.escape(head)}\s+of\s+(.+)", m.role.lower())
            if got is not None and not (set(norm_tokens(got.group(1))) - {"the"}) & want:
                return True
        return False

    def _opens_story(self, start: int) -> bool:
        """Whether ``start`` lies in the article's lead (:meth:`_in_opening`) and no person is named
        in the body before it (a headline's names aside): the description that opens the story
        (session 9)."""
        if not self._in_opening(start):
            return False
        self._in_lead(start)
        lo = self._lead[0] if self._lead[0] <= start else self.text.rfind("\n", 0, start) + 1
        return not any(c.kind == "person" and lo <= s < start for c in self.cands.clusters for s, _, _, _ in c.mentions)

    def _role_named_later(self, span, start: int, *, headline: bool) -> Cluster | None:
        """The person the article names later for an indefinite or bare role source, or ``None``:
        "*A public defender* who has represented many inmates said …", then "The public defender,
        Omar Reyes, said"; a lead's "*a prosecutor* told jurors on Tuesday", then "Assistant
        District Attorney Maria Okafor said"; a headline's "…, *prosecutor* tells jury".

        The mention: "a"/"an" (or, in a headline, nothing) + lower-case modifiers + a singular
        role noun of :data:`_PERSON_ROLES` or :data:`_ROLE_EQUIVALENTS` that is not a
        spokesperson's or official's (rule 3 of ``gold/speakers/README.md``: "a Pentagon
        spokesman" stays anonymous). The person: the only one whose roles hold the head (or an
        equivalent title, "district attorney" for "prosecutor") and every modifier, no one named
        before ``start`` holding it; and the article names them so either in a definite
        apposition ("The public defender, Omar Reyes,") or, for a mention in the headline or
        the lead paragraph, anywhere after (a news lead introduces its people unnamed and names
        them below; session 9: also a bare role opening a lead or standfirst line in sentence
        case, "Lead author says …"). A speaker the article names is a name (rule 1), not
        ``anonymous``."""
        head_text = _head_part(span_text(span))
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
        if not toks:
            return None
        det = toks[0].lower_ in ("a", "an")
        if _S15_GRP_ONE_LEAD and toks[0].lower_ == "one" and len(toks) > 1 and (
                headline or self._above_lead(start) or self._in_lead(start)):
            det = True  # a standfirst's "one volcanologist says …", named below (session 15)
        body = toks[1:] if det else toks
        if _S14_LATE_NAMED and det:
            # "A landlord accused with his cousin of …": the noun phrase before its participle or preposition (session 14)
            cut = next((k for k, t in enumerate(body) if k and (t.pos_ in ("ADP", "VERB") or t.tag_ == "VBN")), None)
            body = body[:cut] if cut is not None else body
        # session 9: a bare role opening a standfirst or lead line ("Lead author says finding is …"),
        # its first word in sentence case, as a headline's
        label = (_S9_PEOPLE and not det and not headline and (self._in_lead(start) or self._above_lead(start))
                 and self.text[self.text.rfind("\n", 0, start) + 1:start].strip() == "")
        headline = headline or label
        # an elected member's title in capitals ("a local MSP", "A Labour MP")
        holder = _S8N2 and bool(body) and body[-1].lower_ in _HOLDER_TITLES and all(t.is_alpha for t in body)
        lower = all(t.is_alpha and (t.text.islower() or label and k == 0 and t.text[1:].islower())
                    for k, t in enumerate(body))
        if not body or not (det or headline) or not (holder or lower) \
                or body[-1].tag_ != "NN" and not holder:
            return None
        words = [t.lower_ for t in body]
        head = words[-1]
        known = head in _person_roles() or head in _ROLE_EQUIVALENTS or holder
        if not known and not _S8N2 or head in _UNNAMED_ROLE_HEADS:
            return None  # (a role word outside the lists, "a coroner", when one person later holds it: below)
        variants = [set(words)] + [set(words[:-1]) | set(eq.split()) for eq in _ROLE_EQUIVALENTS.get(head, ())]
        people = [c for c in self.cands.clusters if c.kind == "person"]
        if any(any(v <= c.role_words for v in variants) and any(s < start for s, _, _, _ in c.mentions)
               for c in people):
            return None  # someone named before holds the role: not introduced here
        fit = [c for c in people if any(v <= c.role_words for v in variants)]
        if not fit and (known or _S14_LATE_NAMED and det and _person_noun(head)) and _S8N2 \
                and (headline or self._in_opening(start)):  # session 14: "A businessman accused ..."
            return self._lead_named_next(span, start, head, people, mods=words[:-1])
        if len(fit) != 1:
            return None
        first = min(s for s, _, _, _ in fit[0].mentions)
        phrase = r"\s+".join(map(re.escape, words))
        appos = re.search(rf"\b[Tt]he\s+{phrase}\s*,\s*$", self.text[max(0, first - 60):first])
        if appos is None and not (headline or self._in_lead(start)
                                  or _S15_GRP_ONE_LEAD and self._above_lead(start)):  # a standfirst (session 15)
            return None
        return fit[0]

    def _described_then_named(self, span, start: int, end: int) -> Cluster | None:
        """The person an indefinite singular description names in a definite apposition below,
        or ``None`` (:data:`_S14_LATE_NAMED`): "*A local shopkeeper who opened his store at dawn*
        said …" … "The shopkeeper, Imran X, 58, said"; "*a woman who had cycled over* … said …
        The baker, Ines Y, said".

        The mention ``span`` (``[start, end)`` characters of the text): "a"/"an", lower-case
        modifiers and a singular person noun (:func:`_person_noun` or :data:`_S14_LATE_BARE`),
        cut before a preposition, relative pronoun or comma ("from Leicester", "who …"); not an
        unnamed role (:data:`_UNNAMED_ROLE_HEADS`). The apposition: a sentence opening "The
        [mods] noun, Name" (:data:`_S14_THE_NOUN_NAME`) after ``end`` whose person is first
        named there (none named before ``start``); its noun the mention's head or of its role
        family anywhere below, or, for a bare person head, any noun within the two sentences
        after the mention's, no other person named between outside quotation marks and no clash
        of gender."""
        if not _S14_LATE_NAMED or span is None or not len(span) or span[0].lower_ not in ("a", "an"):
            return None
        body = []
        for t in span[1:]:
            if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX") or t.lower_ in ("who", "which", "that", "whose"):
                break
            body.append(t)
        if not body or not all(t.is_alpha or t.text.replace("-", "").isalpha() for t in body) \
                or not all(t.text.islower() for t in body) or body[-1].tag_ not in ("NN",):
            return None
        head = body[-1].lower_
        bare = head in _S14_LATE_BARE
        if head in _UNNAMED_ROLE_HEADS or not (bare or _person_noun(head)):
            return None
        cache = getattr(self, "_s14_appos", None)
        if cache is None:  # once per article: each "The noun, Name" opening and the person named there
            starts = {}
            for c in self.cands.clusters:
                if c.kind == "person":
                    for s, _, _, _ in c.mentions:
                        starts.setdefault(s, c)
            cache = self._s14_appos = [(m.start(), m.group(2), starts[m.end()])
                                       for m in _S14_THE_NOUN_NAME.finditer(self.text) if m.end() in starts]
        if not cache:
            return None
        fam = role_family(head) | {head}
        sent = span[0].sent
        near_end = sent.end
        for _ in range(2):  # the two sentences after the mention's
            if near_end < len(self.doc):
                near_end = self.doc[near_end].sent.end
        near_end_char = self.doc[near_end - 1].idx + len(self.doc[near_end - 1]) if near_end else len(self.text)
        for pos, noun, c in cache:
            if pos < end:
                continue
            first = min(s for s, _, _, _ in c.mentions)
            if first < pos:
                continue  # named before: no introduction here
            if noun in fam or head in role_family(noun):
                return c
            if not bare or pos > near_end_char:
                continue
            between = any(o is not c and o.kind == "person" and any(end <= s < pos and not q for s, _, _, q in o.mentions)
                          for o in self.cands.clusters)
            want = _S14_LATE_BARE[head]
            if not between and not (want and c.gender and c.gender != want):
                return c
        return None

    def _late_named_intro(self, span, start: int) -> Cluster | None:
        """The person the article names just after a definite description ``span`` (starting at
        character ``start``) that refers back to a person introduced unnamed, or ``None``
        (:data:`_S15_NOM_LATE_INTRO`).

        The description: "the"/"this" + lower-case modifiers + a singular person noun
        (:func:`_person_noun`, :data:`_S14_LATE_BARE`; not :data:`_UNNAMED_ROLE_HEADS`, rule 3), or
        an age ("the 64-year-old", :data:`_S15_AGE`). The introduction: the last "a"/"an" +
        singular person noun before it, outside quotation marks and not in apposition nor a
        predicate ("X, *a former minister*," describes X), with no person named as a subject
        outside quotation marks between the two (a cached per-article index of introductions).
        The person: the first one first named after the description's sentence, within
        :data:`_S15_LATE_INTRO_CHARS` characters, outside quotation marks, as a subject or after
        a definite apposition ("The grandmother, Gurdeep X,"); not of the other gender than the
        he/she outside quotation marks between the introduction and the description."""
        if not _S15_NOM_LATE_INTRO or span is None or not len(span):
            return None
        lim = span.start_char + len(_head_part(span_text(span)))
        toks = [t for t in span if not t.is_punct and t.idx < lim]
        if len(toks) < 2 or toks[0].lower_ not in ("the", "this"):
            return None
        if not _S15_AGE.fullmatch(self.text[toks[1].idx:lim].strip()):
            head = toks[-1].lower_
            if not all(t.text.islower() and t.text.replace("-", "").isalpha() for t in toks[1:]) \
                    or toks[-1].tag_ != "NN" or head in _UNNAMED_ROLE_HEADS \
                    or not (head in _S14_LATE_BARE or _person_noun(head)):
                return None
        intros = getattr(self, "_s15_intros", None)
        if intros is None:  # once per article: each unnamed "a/an + person noun" (token index, character)
            intros = self._s15_intros = [
                (t.i, t.idx) for t in self.doc
                if t.tag_ == "NN" and t.pos_ == "NOUN" and t.dep_ not in ("appos", "attr", "conj")
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                and not self.cands._quoted(t.idx) and t.lower_ not in _UNNAMED_ROLE_HEADS
                and (t.lower_ in _S14_LATE_BARE or _person_noun(t.lower_))]
        intro = next((x for x in reversed(intros) if x[0] < span.start), None)
        if intro is None:
            return None
        lo = intro[1]
        people = [c for c in self.cands.clusters if c.kind == "person" and c.mentions]
        if any(lo <= s < start and subj and not q for c in people for s, _, subj, q in c.mentions):
            return None  # someone named as a subject since the introduction: no longer its referent
        sent_end = span.sent.end_char
        best, at = None, None
        for c in people:
            s0, _, subj, q = min(c.mentions)
            if not sent_end <= s0 <= sent_end + _S15_LATE_INTRO_CHARS or q:
                continue
            if not subj and not _S15_THE_APPOS.search(self.text[max(0, s0 - 60):s0]):
                continue
            if at is None or s0 < at:
                best, at = c, s0
        if best is not None and _S15_LATE_ROLE_CLASH and toks[-1].lower_ in _titles() \
                and self._late_office_clash(at, toks[-1].lower_, self.doc[intro[0]].lower_):
            return None  # "Joh Husted, Ohio Secretary of State," is not "the judge"
        if best is None or best.gender is None:
            return best
        genders = {("f" if t.lower_ in ("she", "her") else "m") for t in self.doc[self.doc[intro[0]].i:span.start]
                   if t.lower_ in ("she", "her", "he", "his", "him") and not self.cands._quoted(t.idx)}
        return None if genders and genders != {best.gender} else best

    def _late_office_clash(self, at: int, head: str, intro: str) -> bool:
        """Whether the person first named at character ``at`` is stated to hold another office
        than ``head``/``intro`` (the description's and the introduction's nouns, lower case): a
        title word (:data:`TITLE_WORDS`, not an academic or medical title of :data:`_NOT_OFFICES`)
        in the apposition right after the name ("Joh Husted, *Ohio Secretary of State*,") or among
        the three words right before it ("Gov. John X"), none of the post of ``head`` or ``intro``
        (:func:`role_family`). :data:`_S15_LATE_ROLE_CLASH`."""
        fam = role_family(head) | role_family(intro)
        m = _NAME_TAIL.match(self.text, at, at + 60)
        end = m.end() if m else at
        app = _OFFICE_APPOSITION.match(self.text, end, end + 80)
        words = norm_tokens(app.group(1)) if app else []
        words += norm_tokens(self.text[max(0, at - 40):at])[-3:]
        offices = {w.rstrip(".") for w in words} & _titles() - _NOT_OFFICES
        return bool(offices) and not offices & fam

    def _headline_role_holder(self, span, start: int, *, headline: bool) -> Cluster | None:
        """The person a bare role with a body's or place's name before it in a headline or
        standfirst stands for ("*Leeds public health chief* on the outbreak", "*Calderbrook
        leader*: 'We cannot pay …'"), or ``None``.

        The mention: no determiner, one to three capitalised words, up to three lower-case
        modifiers and a role noun (:func:`_person_noun`). The person: the only one whose
        description (:meth:`_person_evidence`) holds a word of the role's family
        (:func:`role_family`; a "boss" or "chief" is also a chief executive or manager,
        :data:`_BOSS_POSTS`) and every modifier ("Dr Miriam Adeyemi, the city's director of public
        health"), without a qualifier the mention lacks ("Opposition leader X" is no "Calderbrook
        leader"); among several, the only one whose description holds a capitalised word.
        :data:`_S13_NOM2_HEADLINE_ROLE`; genre train (headlines, transcripts' standfirsts)."""
        if not _S13_NOM2_HEADLINE_ROLE or span is None or not (headline or self._above_lead(start)):
            return None
        words = _head_part(span.text).split()
        m = re.fullmatch(r"((?:[A-Z][\w'’-]+\s+){1,3})((?:[a-z][a-z-]+\s+){0,3})([a-z]+)", " ".join(words))
        if m is None or not _person_noun(m.group(3)) or m.group(1).split()[0].lower() in ("the", "a", "an", "this"):
            return None
        caps = set(norm_tokens(m.group(1)))
        mods = set(m.group(2).split())
        head = m.group(3)
        fam = set(role_family(head)) | (set(_BOSS_POSTS) | {"manager", "coach"} if head in ("boss", "chief") else set())
        # the words of the article's other bodies ("Kelham Athletic manager X" is no "Rovers boss")
        bodies = {w for cl in self.cands.clusters if cl.kind == "organization" and not set(cl.tokens) & caps
                  for w in cl.tokens[:1]} - caps - mods - fam
        fits = []
        for c in self.cands.clusters:
            if c.kind != "person" or not any(s > start for s, _, _, _ in c.mentions):
                continue
            ev = self._role_evidence(c) | set(c.role_words)
            if ev & fam and mods <= ev and not (ev & _ROLE_QUALIFIERS) - mods and not (ev & bodies and not ev & caps):
                fits.append((c, ev))
        if len(fits) > 1:
            fits = [(c, ev) for c, ev in fits if ev & caps]
        return fits[0][0] if len(fits) == 1 else None

    def _in_opening(self, pos: int) -> bool:
        """Whether ``pos`` lies in the article's lead (:meth:`_in_lead`), or in the first body
        paragraph of at least 12 words after it when no person is named before that paragraph
        outside a byline (a standfirst of 12 words reads as the lead)."""
        if self._in_lead(pos):
            return True
        if getattr(self, "_long_bodies", None) is None:  # once per article
            self._long_bodies = [r.span for r in self._regions() if r.kind == "body" and len(r.span.text.split()) >= 12]
        body = self._long_bodies
        if len(body) < 2 or not body[1].start_char <= pos < body[1].end_char:
            return False
        for c in self.cands.clusters:
            for s, _, _, _ in c.mentions:
                line = self.text[self.text.rfind("\n", 0, s) + 1:s + 1]
                if c.kind == "person" and s < body[1].start_char and not _BYLINE.match(line):
                    return False
        return True

    def _lead_named_next(self, span, start: int, head: str, people, mods=()) -> Cluster | None:
        """The person a news lead's indefinite role names, the article naming them only below
        ("*A coroner* has said …", then "area coroner Dr Joanne Penrose said"; "*A Labour MP*
        has launched an attack …", then "Tom Harland, who represents Poplar, told …"), or
        ``None``: a news lead introduces its people unnamed and names them in the paragraphs
        after (the inverted pyramid), and a speaker the article names is that name (rule 1 of
        ``gold/speakers/README.md``). The one person first named after ``start`` whose post
        (:meth:`_role_evidence`) holds the head or a word of its post (:data:`_ROLE_FAMILIES`);
        else, when no one named after holds another such word, the person first named as the
        subject of the next paragraph's first sentence, outside quotation marks. Issue 11,
        genre train (series b and d readings)."""
        fam = role_family(head) | ({"member", "mp", "msp", "politician"} if head in _HOLDER_TITLES else set())
        later = [c for c in people if all(s > start for s, _, _, _ in c.mentions)]
        fit = [c for c in later if self._role_evidence(c) & fam]
        if _S12_NOM_LEAD_MODS and mods:
            # "Independent candidate says …": the one person described as "independent"
            # ("independent Kwabena X"), not "The Green candidate, Y" (session 12)
            want = {w for w in mods if w not in _FORMER_WORDS and w not in ("new", "local", "senior")}
            modded = [c for c in later if want and want <= self._role_evidence(c)]
            if len(modded) == 1 and (modded[0] in fit or not any(want <= self._role_evidence(c) for c in fit)):
                return modded[0]
        if len(fit) == 1:
            return fit[0]
        if fit:
            return None
        nxt = self.text.find("\n", span.end_char)  # the paragraph after the mention's
        if _S14_LATE_NAMED and nxt >= 0 and self.text[nxt - 1:nxt] not in (".", "!", "?", '"', "”", "’", "'", ":"):
            # a hard-wrapped lead ("… of a £3.4m\nVAT fraud told a jury …"): the break after its sentence (session 14)
            nxt = self.text.find("\n", max(span.end_char, span[0].sent.end_char - 1))
        if nxt < 0:
            return None
        while nxt < len(self.text) and self.text[nxt].isspace():
            nxt += 1
        tok = self.doc.char_span(nxt, min(len(self.text), nxt + 1), alignment_mode="expand")
        if tok is None or not len(tok):
            return None
        sent = tok.sent
        firsts = [(min(s for s, _, _, _ in c.mentions), c) for c in later]
        subj = [c for s, c in firsts if sent.start_char <= s < sent.end_char
                and any(m[0] == s and m[2] and not m[3] for m in c.mentions)]
        if _S14_LATE_NAMED and len(subj) > 1:
            # "Emre X, 52, …, said his brother Kaan ran the books": the one opening the sentence (session 14)
            subj = [c for s, c in firsts if c in subj and s == sent.start_char]
        return subj[0] if len(subj) == 1 else None

    def _the_defendant(self, span) -> Cluster | None:
        """The person "the defendant" or "the accused" refers to: the one person the article
        names as pleading or as charged, accused or indicted ("Ana Roe, 44, has pleaded not guilty
        to 26 counts", "Roe was charged with theft"), or ``None`` (none or several). Court copy
        (issue 11): the role is the trial's, not a title any apposition writes."""
        toks = [t for t in span if not t.is_punct]
        if len(toks) != 2 or toks[0].lower_ != "the" or toks[1].lower_ not in ("defendant", "accused"):
            return None
        if getattr(self, "_accused", None) is None:
            found: dict[int, Cluster] = {}
            for tok in self.doc:
                plead = tok.lower_ in _PLEAD_FORMS
                if tok.pos_ not in ("VERB", "AUX") or not plead and tok.lower_ not in _CHARGE_FORMS:
                    continue
                for ch in tok.children:
                    if ch.dep_ == ("nsubj" if plead else "nsubjpass"):
                        c = self.cands.cluster_of(ch.left_edge.idx, ch.idx + len(ch))
                        if c is not None and c.kind == "person":
                            found[id(c)] = c
            self._accused = list(found.values())
        return self._accused[0] if len(self._accused) == 1 else None

    def _regions(self) -> list:
        """The article's layout (:func:`~saidwhat.article.structure.detect_regions`), computed once
        per article (the resolver keeps the one it was built with)."""
        if getattr(self, "_layout", None) is None:
            from ...article.structure import detect_regions
            self._layout = detect_regions(self.text)
        return self._layout

    def _in_lead(self, pos: int) -> bool:
        """Whether ``pos`` lies in the article's lead: the first body paragraph of at least 12 words
        (:func:`~saidwhat.article.structure.detect_regions`; a score line or byline is shorter)."""
        if getattr(self, "_lead", None) is None:
            self._lead = next(((r.span.start_char, r.span.end_char) for r in self._regions()
                               if r.kind == "body" and len(r.span.text.split()) >= 12), (0, 0))
            if _S13_NOM3_LEAD_BELOW_BYLINE:
                self._lead = self._lead_below_byline(self._lead)
        return self._lead[0] <= pos < self._lead[1]

    def _lead_below_byline(self, lead: tuple[int, int]) -> tuple[int, int]:
        """The lead ``lead`` (``[start, end)`` characters), or, when it lies above the article's
        first byline in a layout of a headline and at most two body paragraphs before that byline
        (a standfirst: "Emeka X, 41, waited almost five hours …" then "By …"), the first body
        paragraph of at least 12 words after the byline (:data:`_S13_NOM3_LEAD_BELOW_BYLINE`; the
        layout test of :meth:`~.organisations.OrganisationRules._above_lead`)."""
        regions = self._regions()
        bodies = 0
        for k, r in enumerate(regions):
            if r.kind == "byline":
                if lead[1] > r.span.start_char:
                    return lead
                return next(((x.span.start_char, x.span.end_char) for x in regions[k + 1:]
                             if x.kind == "body" and len(x.span.text.split()) >= 12), lead)
            bodies += r.kind == "body"
            if _S16_R2B_LEAD_FURNITURE and r.kind in ("boilerplate", "metadata") and bodies == 0:
                continue  # "Updated 14:05 GMT" above the headline: furniture, no part of the layout
            if r.kind not in ("headline", "body") or bodies > 2:
                return lead
        return lead

    def _just_named(self, span, pool) -> Cluster | None:
        """The one person named in the sentence before a definite description that opens its
        sentence and that no candidate's role fits, or ``None``.

        "Not everyone is on the Trump train. Just ask former NFL star Herschel Walker. ¶ *The
        former Heisman Trophy winner* … endorsed …" (West Journal, PolNeAR train): a definite
        description that says more about the entity just introduced (Poesio & Vieira 1998, "A
        corpus-based investigation of definite description use": most anaphoric definites find
        their antecedent in the sentence before or the one before that). Only a "the" + singular
        common-noun head that is not an organisation, group or document word, with no possessor;
        only when exactly one person is named outside quotation marks in the sentence before (not
        counting a person the mention's nationality rules out: "President Obama" for "the French
        president") and that person is among the ranker's candidates (``pool``, after binding).
        """
        toks = _definite_person_description(span)
        if toks is None:
            return None
        sent = span.sent
        if sent.start == 0 or any(not (t.is_punct or t.is_space) for t in self.doc[sent.start:toks[0].i]):
            return None  # not the sentence's first words
        lo, hi = self.doc[sent.start - 1].sent.start_char, sent.start_char
        out = {id(c) for c, f in pool if c is not None and f.get("nat_missing")}
        there = [c for c in self.cands.clusters if c.kind == "person" and id(c) not in out
                 and any(lo <= m[0] < hi and not m[3] for m in c.mentions)]
        if len(there) != 1 or not any(c is there[0] for c, _ in pool):
            return None
        return there[0]

    def _just_introduced(self, span, pool) -> Cluster | None:
        """:meth:`_just_named`'s person when the sentence before is where the article first names
        them ("Tom Bright, 19, had travelled from York for the show. *The apprentice* said …"),
        else ``None``: a definite description opening the sentence after a person's introduction
        describes that new person (Poesio & Vieira 1998), before the ranker weighs the article's
        better-known people (issue 11, culture and local copy)."""
        c = self._just_named(span, pool)
        if c is None:
            return None
        sent = span.sent
        lo = self.doc[sent.start - 1].sent.start_char
        return c if min(s for s, _, _, _ in c.mentions) >= lo else None

    def _dominant_person(self, span, start: int, pool) -> Cluster | None:
        """The article's clearly dominant person, for a definite singular person description that
        no candidate's role fits ("The real estate mogul declined to elaborate", "the gambling
        tycoon"), or ``None``.

        A definite description used as an epithet refers to the discourse's most salient entity
        of its kind (Ariel 1990, *Accessing Noun-Phrase Antecedents*: definite descriptions are
        low/mid accessibility markers for an established topic; centering's preferred center,
        Grosz, Joshi & Weinstein 1995). Here: the person (among the ranker's candidates ``pool``,
        after binding) with the most subject mentions outside quotation marks before ``start``,
        at least :data:`_DOMINANT_MIN` of them and at least :data:`_DOMINANT_RATIO` times the
        next person's. Only for "the" + singular common-noun head that is not an organisation,
        group or document word, with no possessor ("his spokesman") and no place or nationality
        word (the "French president" is someone's role the text has not written).
        """
        toks = _definite_person_description(span)
        if toks is None:
            return None
        if any(t.ent_type_ in ("NORP", "GPE", "LOC") and t.lower_ not in _PARTY_WORDS for t in toks):
            return None
        counts = []
        for c, _ in pool:
            if c is None or c.kind != "person":
                continue
            n = sum(1 for s, _, subj, q in c.mentions if subj and not q and s < start)
            counts.append((n, c))
        counts.sort(key=lambda x: -x[0])
        if not counts or counts[0][0] < _DOMINANT_MIN:
            return None
        if len(counts) > 1 and counts[0][0] < _DOMINANT_RATIO * counts[1][0]:
            return None
        return counts[0][1]

    def _person_evidence(self, c: Cluster, upto: int | None = None) -> set[str]:
        """Lower-cased words that describe the person ``c``: role words, name, the words just
        before each mention ("*Brazil's* Camila Duarte", "*French striker* Ana Roux") and the
        apposition after it ("Lindqvist, *the world No 2 from Sweden*,"); session 9
        (:data:`_S9_PEOPLE`): the words of the descriptions of 120 characters or fewer already
        resolved to the person ("The 52-year-old, a former Norwegian navy officer"). Session 10
        (:data:`_S10_PEOPLE`): ``upto``, the description's start, ends an apposition ("read by
        Mr Vane, *the 58-year-old* said": the description is no evidence about Vane), and the
        words before a mention stop at a relative word ("Fenwick, a Scot who played under
        Dunmore": no Scot's word for Dunmore), and an age in apposition ("Thackeray, 34,") gives
        the age's epithet ("34-year-old"). Session 14 round 2 (:data:`_S14_NOMMOD_CHIEF`): the words
        before a mention also stop at a coordination ("X, chief executive of Northline Water, *and*
        Y": no Northline word for Y)."""
        words = set(c.role_words) | set(c.tokens)
        spans = {(s, e) for s, e, _, _ in c.mentions}
        last = c.name.split()[-1] if c.name.split() else ""
        if len(last) >= 3:
            # every occurrence of the surname, also where the NER missed the name ("Portugal's Rita
            # Moreira" tagged nothing): the words before it reach past a first name
            spans |= {(i, i + len(last)) for i in _occurrences(self.text, last)}
        for s, e in sorted(spans):
            # the words before, in the same clause: not across a line, sentence or label break
            # ("Giro d'Italia: Forsberg takes the lead" says nothing of Forsberg's nationality)
            before = re.split(r"[\n:;]|[.!?][\"”’']?\s", self.text[max(0, s - 40):s])[-1]
            if _S10_PEOPLE:
                before = _RELATIVE_CUT.sub("", before)  # "a Scot who played under Dunmore": not Dunmore's
            if _S14_NOMMOD_CHIEF:
                # "X, chief executive of Northline Rail, and Y": the first conjunct's words are not Y's (session 14)
                before = re.split(r",\s+(?:and|or|but)\s+", before)[-1]
            words |= set(norm_tokens(before)[-4:])
            hi = e + 70 if not _S10_PEOPLE or upto is None or not e <= upto < e + 70 else upto
            app = re.match(r"\s*,\s*([^,.;\n]{1,60})", self.text[e:hi])
            if app:
                words |= set(norm_tokens(app.group(1)))
                if _S10_PEOPLE and re.fullmatch(r"\d{1,3}", app.group(1).strip()):
                    words.add(app.group(1).strip() + "-year-old")  # "Thackeray, 34," is the 34-year-old
        if _S9_PEOPLE:
            # the descriptions already resolved to the person ("The 52-year-old, a former Norwegian
            # navy officer" … "the Norwegian")
            for key, cl in self.key_cluster.items():
                if cl is not c and (cl.kind != c.kind or cl.name != c.name) or key not in self.entities:
                    continue
                for s, e in self.entities[key].mentions:
                    if (s, e) not in spans and e - s <= 120:
                        if re.match(r"\s*(?:the|a|an)\s", self.text[s:e], flags=re.I):
                            words |= set(norm_tokens(self.text[s:e]))
                            age = re.search(r",\s*(\d{1,3})\s*,?\s*$", self.text[s:e]) if _S10_PEOPLE2 else None
                            if age:
                                words.add(age.group(1) + "-year-old")  # "The veteran presenter, 57,"
        return {re.sub(r"['’]s$", "", w) for w in words}

    def _epithet_person(self, span, start: int, pool) -> Cluster | None:
        """The person a definite epithet refers to, or ``None``: a nationality ("The Swede", "the
        Brazilian", "The Frenchwoman"), an age ("the 58-year-old") or a club and a role ("the
        United boss", "the Ashford manager").

        The person the article describes so (:meth:`_person_evidence`: "Lindqvist, the world No 2
        from Sweden", "Brazil's Camila Duarte", "Kowalski, 31,"), the latest named; else the
        latest person who is a subject outside quotation marks in the paragraph or the two before
        it (an epithet names the topic person; Ariel 1990), of the epithet's gender ("-woman") and
        not described by another nationality or club. Candidates are the ranker's ``pool`` (after
        binding). Shapes of issue 11's genre gold (sports, culture, business copy). Session 9
        (:data:`_S9_PEOPLE`): a person whose words give another club role is out
        (:func:`_club_role_clash`: the Ashvale manager is not "the Ashvale defender"), and so
        is an organisation's short form the NER took for a person (:meth:`_org_short_person`)."""
        party = self._party_person(span, start, pool)
        if party is not None:
            return party  # "The Tory" after "The Conservative group leader, X," (:data:`_S11_NOM2_PARTY`)
        head_text = _head_part(span_text(span))
        desc = _S11_NOM_DESC and head_text[:1].isalpha() and _NAT_ROLE.fullmatch(head_text.strip())
        if desc:
            # "the Japanese nephrologist", "the Chilean-born executive", "the Kenyan-born": a
            # nationality and a person noun (session 11, :data:`_S11_NOM_DESC`)
            rest = desc.group(2).split()
            born_in = _S13_NOM2_BORN and "-born" in head_text and len(desc.group(1)) > 2
            if not (_desc_demonym(desc.group(1), self.text) or born_in) or not rest and "-born" not in head_text \
                    or rest and not _person_noun(rest[-1]):
                desc = None
        if desc:
            age, nat_word, club, role = None, desc.group(1), None, None
        else:
            m = re.fullmatch(r"(?:the|this)\s+(?:(\d{1,3})-year-old|([A-Za-z]+)|([A-Z][\w’'-]+)\s+([a-z]+))",
                             head_text.strip(), flags=re.I)
            m2 = None
            if m is None and _coref._S16_H3_DEMONYM_MODS:
                # "the 52-year-old Basque": an age and a people's noun (coref._S16_H3_DEMONYM_MODS)
                m2 = re.fullmatch(r"(?:the|this)\s+(\d{1,3})-year-old\s+([A-Z][a-z]+)", head_text.strip())
                if m2 is not None and not (m2.group(2).lower() in DEMONYMS or m2.group(2).lower() in _coref._REGION_DEMONYMS):
                    m2 = None
            if m is None and m2 is None or not head_text[:1].isalpha():
                return None
            age, nat_word, club, role = (m.group(1), m.group(2), m.group(3), m.group(4)) if m is not None else \
                (m2.group(1), m2.group(2), None, None)
        nat = (_desc_demonym(nat_word, self.text) if desc else genre_demonym(nat_word)) if nat_word else frozenset()
        if not nat and nat_word and _coref._S16_H3_DEMONYM_MODS and nat_word.lower() in _coref._REGION_DEMONYMS:
            nat = frozenset({nat_word.lower()})  # "the Basque": a region's people (session 16)
        if desc and not nat and _S13_NOM2_BORN:
            nat = frozenset({nat_word.lower()})  # "The Lagos-born director": a birthplace (session 13)
        if nat_word and not nat and not (_S8N2 and nat_word[:1].isupper() and _DEMONYM_SHAPE.fullmatch(nat_word.lower())):
            return None  # a demonym of a place the table lacks ("The Mancunian"): the topic person below
        club_ref = None
        if club:
            if _S14_NOMMOD_CHIEF and role == "chief":
                role = "boss"  # "The Severnside chief": the body's boss (session 14 round 2)
            if role not in _CLUB_ROLES or not club[:1].isupper():
                return None
            named = [r for r in self.org_refs() if r.kinds and (
                norm_tokens(club)[0] in r.tokens or self._short_forms.get(norm_tokens(club)[0]) is r)]
            # a club first ("the Rovers boss"); else a company or other body ("the Northgate boss")
            club_ref = next((r for r in named if "club" in r.kinds), named[0] if len(named) == 1 else None)
            if club_ref is None:
                return None
        gender = DEMONYM_GENDER.get(nat_word.lower()) if nat_word else None
        people = [c for c, _ in pool if c is not None and c.kind == "person" and any(s < start for s, _, _, _ in c.mentions)
                  and not self._org_short_person(c) and not self._nationality_person(c)]
        all_nats = {w for ws in DEMONYMS.values() for w in ws}
        # the other bodies of the same kind ("Calder's chief executive" is not the Northgate boss)
        other_clubs = {w for r in self.org_refs() if club_ref is not None and r.kinds & club_ref.kinds
                       and r is not club_ref for w in r.tokens[:1]}

        def last(c: Cluster) -> int:
            return max(s for s, _, _, _ in c.mentions if s < start)

        excluded = set()
        fits = []
        for c in people:
            ev = self._person_evidence(c, start)
            if gender and c.gender and c.gender != gender:
                excluded.add(id(c))
            elif _S9_PEOPLE and club_ref is not None and _club_role_clash(role, ev):
                excluded.add(id(c))  # "the Ashvale defender" is not the Ashvale manager
            elif nat and ev & nat:
                fits.append(c)
            elif nat and ev & (all_nats - nat):
                excluded.add(id(c))
            elif age and f"{age}-year-old" in ev:
                fits.append(c)
            elif age and any(re.fullmatch(r"\d+-year-old", w) for w in ev):
                excluded.add(id(c))
            elif club_ref is not None and ev & set(club_ref.tokens[:1]):
                fits.append(c)
            elif club_ref is not None and ev & other_clubs:
                excluded.add(id(c))
        if _S12_NOM_CLUB_ROLE and club_ref is not None and role and fits and not any(
                role in self._person_evidence(c, start) for c in fits):
            # "Marsden's chief executive, X" is no "Rovers manager"; "His manager, Y" is (session 12)
            holders = [c for c in people if id(c) not in excluded and role in self._person_evidence(c, start)]
            if len(holders) > 1:  # not "the Hollinsgate manager" (a body the NER took for a name) for "the Rovers manager"
                names = {w for c in self.cands.clusters if c is not club_ref for w in c.tokens} - set(club_ref.tokens)
                holders = [c for c in holders if not (self._person_evidence(c, start) & names) - set(c.tokens)]
            if len(holders) == 1:
                return holders[0]
        if _S13_NOM2_BOSS and role == "boss" and club_ref is not None and not any(
                self._person_evidence(c, start) & _BOSS_POSTS for c in fits):
            # "Chief executive Martin Howell said the company …" is "the Crestmoor boss", not
            # "Crestmoor's chairman, Sir Philip Danvers": the one executive no other body claims
            execs = [c for c in people if id(c) not in excluded and (ev := self._person_evidence(c, start)) & _BOSS_POSTS
                     and not ev & _FORMER_WORDS and not ev & other_clubs]
            if len(execs) == 1:
                return execs[0]
        if fits and _S10_PEOPLE2 and club_ref is not None:
            # the holder of the role itself, not a former one ("Ashdown captain X" over "Y, a
            # former Rovers captain", and over "Ashdown's winner, scored by Z")
            return max(fits, key=lambda c: (role in (ev := self._person_evidence(c, start))
                                            and not ev & _FORMER_WORDS,
                                            _S13_NOM2_BOSS and role == "boss" and bool(ev & _BOSS_POSTS)
                                            and not ev & _FORMER_WORDS, last(c)))
        if fits:
            return max(fits, key=last)
        asked = self._asked_before(span, start)
        if asked is not None and id(asked) not in excluded and any(c is asked for c in people):
            return asked  # "X asked the CFO why … The 52-year-old … replied": the one asked
        fronted = self._epithet_fronted_subject(span, start, people, excluded) if (age or nat) else None
        if fronted is not None:
            return fronted  # "When X is shown that clip, the 47-year-old laughs" (session 13)
        if _S11_NOM2_AGE and age and not desc:
            focus = self._focus_person(span, start, people, excluded, introduced=False)
            at = max((p for p, c in self.history if c is focus and p < start), default=None) if focus else None
            if at is not None and self._subject_rank(at, at + 1)[1]:
                # "X … was on his feet. He said …. The 58-year-old said": the main clause's speaker
                # just before, not "… after referee Y ruled that …" (a subordinate clause's)
                return focus
        topic = None if desc else self._topic_person(start, people, excluded)
        if topic is None and _S11_NOM_FOCUS and (age or nat):
            # no topic person (a nationality and a post never takes one: "the French president"):
            # the discourse focus
            focus = self._focus_person(span, start, people, excluded, introduced=not desc)
            noun = desc.group(2).split()[-1:] if desc else []
            if focus is None and _S12_NOM2_DESC and noun and noun[0].lower() not in _titles():
                # "X, a 49-year-old restaurant owner …, shook Y's hand. The Turkish-born businessman
                # said": an occupation, not an office, continues the main clause's subject before
                focus = self._prev_main_subject(span, people, excluded)
            if focus is None and _S13_NOM2_BORN and desc and "-born" in head_text and not nat & set(
                    w for c in people for w in self._person_evidence(c, start)):
                # "The Lagos-born director" with no one else described: the one person the headline
                # names, the article's subject (session 13)
                heads = [c for c in people if id(c) not in excluded and any(self._above_lead(s) for s, _, _, _ in c.mentions)]
                focus = heads[0] if len(heads) == 1 else None
            return focus
        return topic

    def _prev_main_subject(self, span, people, excluded) -> Cluster | None:
        """The one person of ``people`` (not in ``excluded``, ids) who is the main clause's subject,
        outside quotation marks, of the sentence before ``span``'s (:meth:`_subject_rank`), else
        ``None``: the preferred centre of the utterance before, which an epithet with an
        occupation no one's stated words hold continues ("Dr X of the Y Institute, who has studied
        …, went further. “…,” *the Japanese nephrologist* said"; Grosz, Joshi & Weinstein 1995).
        Session 12 round 2 (:data:`_S12_NOM2_DESC`). O(mentions of ``people``)."""
        sent = span.sent
        if sent.start == 0:
            return None
        lo, hi = self.doc[sent.start - 1].sent.start_char, sent.start_char
        got = {id(c): c for c in people if id(c) not in excluded and any(
            lo <= s < hi and subj and not q and self._subject_rank(s, e)[1] for s, e, subj, q in c.mentions)}
        return next(iter(got.values())) if len(got) == 1 else None

    def _focus_person(self, span, start: int, people, excluded, introduced: bool = True) -> Cluster | None:
        """The discourse focus for an epithet at ``start`` (``span``): the speaker of the latest
        attribution in this sentence or the one before ("Finance chief X struck a cautious note.
        He said …. ¶ “…,” *the Chilean-born executive* added"), else the one person of ``people``
        the sentence before names for the first time ("Hana is Hana Kobayashi, the series
        producer. *The 44-year-old* said …") when no attribution lies in that window and
        ``introduced`` (not for a nationality and a post: "President Obama had a talk with Francois
        Hollande. The French president …", where the NER may miss the second name), leaving out
        the ids in ``excluded`` (a stated different age, nationality or gender); ``None`` when
        neither is among ``people``.
        Centering's backward-looking center (Grosz, Joshi & Weinstein 1995); session 11
        (:data:`_S11_NOM_FOCUS`). O(attributions before + candidates)."""
        sent = span.sent
        lo = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        ids = {id(c) for c in people if id(c) not in excluded}
        for p, c in reversed(self.history):
            if p < lo:
                break
            if p < start:
                # the latest speaker, or no focus: someone the mention cannot be (a bound or barred
                # person) holds it ("Van der Berg said …, but the Dutchman added")
                return c if c is not None and id(c) in ids else None
        new = [c for c in people if id(c) in ids and lo <= min(
            (s for s, _, _, q in c.mentions if not (_S11_NOM2_AGE and q)), default=-1) < sent.start_char]
        if not introduced or len(new) != 1:
            return None
        # the only person named there: "President Obama had a talk with Francois Hollande. The
        # French president …" names two, whether or not both are candidates
        last = {m.name.split()[-1] for m in self.named if lo <= m.start < sent.start_char and m.name.split()}
        return new[0] if len(last) <= 1 else None

    def _epithet_fronted_subject(self, span, start: int, people, excluded) -> Cluster | None:
        """The subject of a fronted adverbial clause opening the epithet's own sentence ("*When*
        Echeverría is shown that clip, the 47-year-old laughs"), outside quotation marks: the
        latest of ``people`` (clusters, not in the ids ``excluded``) with a subject mention between
        the sentence's start and ``start`` (characters); else ``None``. The main clause's epithet
        picks up the clause's subject (news style). :data:`_S13_NOM2_FRONTED`; genre train."""
        if not _S13_NOM2_FRONTED or span is None or not len(span):
            return None
        lo = span.sent.start_char
        if not _FRONTED_OPENER.match(self.text, lo) or "," not in self.text[lo:start]:
            return None
        best = None
        for c in people:
            if id(c) in excluded:
                continue
            for s, _, subj, quoted in c.mentions:
                if subj and not quoted and lo <= s < start and (best is None or s > best[0]):
                    best = (s, c)
        return best[1] if best is not None else None

    def _topic_person(self, start: int, people, excluded=frozenset()) -> Cluster | None:
        """The latest of ``people`` (clusters) who is a subject outside quotation marks in the
        paragraph of ``start`` or the two before it (photo captions aside), the main clause's
        subject first within the nearest sentence, leaving out the ids in ``excluded``; or
        ``None``. An epithet names the topic person (Ariel 1990; Grosz, Joshi & Weinstein 1995)."""
        captions = self._caption_extents()
        para = last_paragraph_break(self.text, start)[0]  # "\n\n", or "\n" one paragraph a line
        back = 0
        while back < 2 and para > 0:
            nxt, after = last_paragraph_break(self.text, para)
            if not any(a <= after < b for a, b in captions):
                back += 1  # a caption paragraph does not count as one of the two
            para = nxt
        lo = max(para, 0)
        best: tuple[tuple[int, int, int], Cluster] | None = None
        for c in people:
            if id(c) in excluded or self._nationality_person(c):
                continue
            for s, e, subj, quoted in c.mentions:
                if quoted or not lo <= s < start or any(a <= s < b for a, b in captions):
                    continue  # a photo caption is not the discourse ("X celebrates … Photograph: …")
                app = None
                if not subj:
                    app = self._appositive_subject(s, e) if _S10_PEOPLE else None
                    if app is None:
                        continue
                sent, main = self._subject_rank(s, e) if app is None else self._subject_rank(app[0], app[1])
                rank = (sent, main, s)  # the nearest sentence; in it, the main clause's subject
                if best is None or rank > best[0]:
                    best = (rank, c)
        if _S10_PEOPLE and best is not None:
            opener = self._paragraph_opener(best[1], best[0][2], start, people, excluded)
            if opener is not None:
                return opener
        return best[1] if best is not None else None

    def _paragraph_opener(self, late: Cluster, at: int, start: int, people, excluded) -> Cluster | None:
        """The person of ``people`` who is the subject of the first sentence of the paragraph (line)
        where :meth:`_topic_person` found ``late`` at ``at``, when ``late`` is first named in that
        paragraph after them ("*McAllister* was still shaking his head … Referee Martin Greaves
        disallowed the goal. ¶ “…,” *the Scot* said"), else ``None``: a person introduced in passing
        in a paragraph about someone else is not its topic, whom the epithet continues (centering's
        backward-looking center; Grosz, Joshi & Weinstein 1995). Session 10 (:data:`_S10_PEOPLE`)."""
        para = self.text.rfind("\n", 0, at) + 1
        if min(s for s, _, _, _ in late.mentions) < para:
            return None  # named before this paragraph: an established person
        tok = self.doc.char_span(para, min(len(self.text), para + 1), alignment_mode="expand")
        if tok is None or not len(tok):
            return None
        first = tok[0].sent
        if first.end_char > at:
            return None  # the same sentence
        for c in people:
            if c is late or id(c) in excluded:
                continue
            if any(para <= s < first.end_char and subj and not q for s, _, subj, q in c.mentions) \
                    and min(s for s, _, _, _ in c.mentions) < at:
                return c
        return None

    def _appositive_subject(self, s: int, e: int) -> tuple[int, int] | None:
        """The extent ``[start, end)`` of the subject noun that the name at ``[s, e)`` stands in
        apposition to ("*Her counterpart* at Maple & Vine, Deborah Quayle, who …, said"), or
        ``None``: the person so introduced is the clause's subject, the center an epithet after it
        continues (Grosz, Joshi & Weinstein 1995). Session 10 (:data:`_S10_PEOPLE`)."""
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            return None
        root = span.root
        if root.dep_ != "appos":
            return None
        head = root.head
        while head.dep_ in ("pobj", "prep", "conj", "cc") and head.head.i != head.i:
            head = head.head  # the parser may hang it on the subject's "of"/"at" phrase ("at Maple & Vine, X")
        if head.dep_ not in ("nsubj", "nsubjpass") or head.i >= root.i:
            return None
        return (head.idx, head.idx + len(head))

    def _nationality_person(self, c: Cluster) -> bool:
        """Whether the person cluster ``c`` is a nationality noun the NER took for a name ("the
        *Scot* said"): one word, a nationality word (:data:`~saidwhat.pipeline.coref.DEMONYMS`)
        or shaped like a demonym (:data:`_DEMONYM_SHAPE`), after an article at every mention ("the
        Scot", "a Scot"). An epithet describes a person; it is no person of its own (session 10,
        :data:`_S10_PEOPLE`)."""
        if not _S10_PEOPLE or c.kind != "person" or len(c.tokens) != 1:
            return False
        w = c.tokens[0]
        common = _S10_PEOPLE2 and any(self.text[s:e].islower() for s, e, _, _ in c.mentions)
        if w not in _ALL_NATIONALITY_WORDS and not _DEMONYM_SHAPE.fullmatch(w) and not common:
            return False  # (session 10 round 3: a common noun, "The guild said", is no name either)
        return all(re.search(r"\b(?:the|a|an)\s+$", self.text[max(0, s - 5):s], flags=re.I)
                   for s, _, _, _ in c.mentions)

    def _org_short_person(self, c: Cluster) -> bool:
        """Whether the person cluster ``c`` is an organisation's short form the NER took for a
        person: one word, the first word of an organisation's name of two words or more ("Nordwing"
        for Nordwing Air), and no person's title before it (session 9, :data:`_S9_PEOPLE`)."""
        if not _S9_PEOPLE or c.kind != "person" or len(c.tokens) != 1:
            return False
        if getattr(self, "_org_firsts", None) is None:
            self._org_firsts = frozenset(r.tokens[0] for r in self.org_refs() if len(r.tokens) >= 2)
        return c.tokens[0] in self._org_firsts and not c.role_words & _titles()

    def _name_as_modifier(self, span) -> bool:
        """Whether a nominal ``span`` is "the" + a capitalised name + a lower-case noun of a
        person's post ("the Maple Falls mayor", "the Northgate chief executive"): the name (a place,
        club or company) only says whose post it is, and the description is resolved as a
        nominal, not as the name (session 9, :data:`_S9_PEOPLE`)."""
        if not _S9_PEOPLE or span is None or not len(span):
            return False
        head_text = _head_part(span_text(span))
        toks = [t for t in span if not t.is_punct and t.idx < span.start_char + len(head_text)]
        if len(toks) < 3 or toks[0].lower_ != "the" or not toks[-1].text.isalpha() or not toks[-1].text.islower():
            return False
        return any(t.text[:1].isupper() for t in toks[1:-1]) and _person_noun(toks[-1].lower_)

    def _kin_named_later(self, span, start: int) -> Cluster | None:
        """The person a relation description in a headline or lead names before the article does
        ("*Daughter of man who died in corridor* says …", "*The daughter of a 79-year-old man
        who died …* has said …", then "His daughter, Karen Lowe, 51, said"), or ``None``.

        The mention: an optional article, a kinship noun (:data:`_KIN_WORDS`) and "of". The person:
        the only one first named after ``start`` whom the article states as that kin (the title
        run before a mention or an apposition, :meth:`_role_evidence`), no one named before
        ``start`` being so stated: a speaker the article names is that name (rule 1 of
        ``gold/speakers/README.md``); cataphora of a news lead (session 9)."""
        if not _S9_PEOPLE or span is None:
            return None
        toks = [t for t in span if not t.is_punct][:3]
        k = 1 if toks and toks[0].lower_ in ("the", "a", "an") else 0
        if _S13_NOM3_KIN_POSS and len(toks) == 2 and toks[0].lower_ in ("his", "her", "their") \
                and toks[1].lower_ in _KIN_WORDS and (self._above_lead(start) or self._in_lead(start)):
            k = 1  # "Her son said she died peacefully" in a standfirst, "Her son, Kayode X, said" below
        elif len(toks) < k + 2 or toks[k].lower_ not in _KIN_WORDS or toks[k + 1].lower_ != "of":
            return None
        head = toks[k].lower_
        fit = []
        for c in self.cands.clusters:
            if c.kind != "person" or head not in self._role_evidence(c, written=True):
                continue
            if any(s < start for s, _, _, _ in c.mentions):
                return None
            fit.append(c)
        return fit[0] if len(fit) == 1 else None

    def _possessed_kin(self, span, start: int, end: int) -> Cluster | str | None:
        """The relative a possessed kin word stands for, ``"anonymous"`` when the article names
        none, or ``None`` (the other rules decide) (:data:`_S16_H3_KIN_POSS`).

        The mention (``span``, the source ``text[start:end]`` cut to its head): optional
        determiner, the possessor's words, "'s", words of :data:`_KIN_MODS`, a kin word of
        :data:`_KIN_WORDS` (not "partner"): "Solheim's younger brother", "the player's father",
        "The injured captain's father". Not a pronoun possessor ("His son": :meth:`_kin_named_later`).
        The relative: the one person the article states as that kin (:meth:`_role_evidence`);
        else, for a possessor name (a word of a named person's name, "Solheim's"), the one other
        person bearing that word when first named within 1,500 characters after the mention
        ("Arne Solheim, 39,"), ``"anonymous"`` when no other person bears it ("Kamau's mother");
        for a possessor noun, the first person first named in full within 1,500 characters after
        the mention, a capitalised word of whose name other than the first stands in the text
        before that outside the person's own mentions (the family name: "Mateo Quispe Huamán" … "Rubén
        Quispe"), else ``"anonymous"``. Character offsets.
        O(people) per kin mention. Session 16 (h3; train series w wire_w01, sports_w01/w02, courts_w01)."""
        if not _S16_H3_KIN_POSS or span is None or not len(span):
            return None
        seg = self.text[span.start_char:span.end_char]
        if "'" not in seg and "’" not in seg:
            return None  # no possessive "'s"/"’" token: the early return below, without the token scans (speed)
        cut = next((t.i for t in span if t.text == ","), span.end)  # ", himself a former lock,": the head phrase
        after = next((t for t in span.doc[cut:span.end] if not t.is_punct and not t.is_space), None)
        if after is not None and after.text[:1].isupper():
            return None  # "Okonkwo's mother, Ngozi,": the apposed name is the speaker (rule 1), the name rules'
        toks = [t for t in span.doc[span.start:cut] if not t.is_punct or t.tag_ == "POS"]
        if len(toks) < 3 or toks[-1].lower_ not in _KIN_WORDS or toks[-1].lower_ == "partner":
            return None
        head = toks[-1].lower_
        i = len(toks) - 2
        while i > 0 and toks[i].lower_ in _KIN_MODS:
            i -= 1
        if toks[i].lower_ not in ("'s", "’s", "'", "’"):
            return None
        owner = [t for t in toks[:i] if t.lower_ not in ("the", "a", "an")]
        if not owner or any(t.pos_ == "PRON" or t.lower_ in ("his", "her", "their", "its", "my", "our", "your")
                            for t in owner):
            return None
        people = [c for c in self.cands.clusters if c.kind == "person" and c.mentions]
        last = owner[-1].text
        holders = [c for c in people if last in c.name.split()] if last[:1].isupper() else []
        stated = [c for c in people if head in self._role_evidence(c, written=True)
                  and (not holders or last in c.name.split())]
        if len(stated) == 1:
            return stated[0]
        if stated:
            return None
        lim = end + 1500
        if holders:
            before = [c for c in holders if c.mentions[0][0] < start]
            ref = max(before, key=lambda c: max(s for s, _, _, _ in c.mentions if s < start)) if before else \
                min(holders, key=lambda c: c.mentions[0][0])
            mine = set(ref.name.split())
            others = [c for c in holders if c is not ref and len(c.name.split()) >= 2
                      and not (set(c.name.split()) <= mine or mine <= set(c.name.split()))]
            if not others:
                return "anonymous"  # "Otieno" and "Kevin Otieno Odhiambo": one person, the possessor
            if len(others) == 1 and start < self._kin_intro(others[0]) <= lim:
                return others[0]
            return None
        if last[:1].isupper() and any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in owner):
            return None  # a name the article gives no person ("Pfizer's", "Leeds's"): not this rule's
        for c in sorted(people, key=self._kin_intro):
            f = self._kin_intro(c)
            names = c.name.split()
            if not start < f <= lim or len(names) < 2 or c.name in self.text[:f]:
                continue
            own = [(s, e) for s, e, _, _ in c.mentions if s < f]
            if any(len(w) > 2 and w[:1].isupper() and any(not any(s <= m.start() < e for s, e in own)
                                                          for m in re.finditer(r"\b%s\b" % re.escape(w), self.text[:f]))
                   for w in names[1:]):
                return c  # "Rubén Quispe" after "Mateo Quispe Huamán": the family name, not its own mention
        return "anonymous"

    def _kin_intro(self, c: Cluster) -> int:
        """Start (character offset) of the first mention of ``c`` holding its first name word
        ("Rubén Quispe", not a "Quispe" the clustering gave it), else of its first mention."""
        first = c.name.split()[0]
        return next((s for s, e, _, _ in c.mentions if first in self.text[s:e]), c.mentions[0][0])

    def _headline_bare_noun(self, span, a: int, b: int) -> str | None:
        """Speaker key of a headline's or standfirst's source ``text[a:b]`` (characters) that is only
        a bare common noun (:data:`_S14_HEAD_BARE`): no determiner, up to two modifiers that are
        capitalised (a body: "Rovers boss") or of tenure (:data:`_VAGUE_MODS`: "new mayor"), then
        a kin word, a plural kin word (:data:`_HEAD_KIN_PLURAL`), "family" or a role word
        (:data:`_HEAD_ROLE_SYN`); ``None``
        otherwise or when the body names no one that fits (the other rules decide). The person:
        the first named in the body whose stated posts (:meth:`_role_evidence`) hold the word (a
        plural kin word: its singular, and the namesakes of those kin, "Brothers deny …" is the
        first-named of "Emre X … his brother Kaan"); a capitalised modifier must be among the
        words of their posts or the 60 characters before a mention; when no one's posts hold the
        word, the person the body's first definite description with it stands for
        (:meth:`_forward_role`: "the town's newly elected mayor"). Organisation words are left to
        the organisation rules (tried on genre train: a name look-up took "Medicines" for
        "Regulator" and "Eindhoven" for "Watchdog").
        Sets ``via``/``confidence``. O(clusters) per source above the lead."""
        if not _S14_HEAD_BARE or span is None or not self._above_lead(a):
            return None
        words = re.findall(r"[\w’'&-]+", self.text[a:b])
        if _S14_GRP_LAWYER and len(words) >= 2:
            words = [re.sub(r"['’]s$", "", w) for w in words[:-1]] + words[-1:]  # "Family's lawyer"
        if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words):
            return None
        head, mods = words[-1].lower(), words[:-1]
        if head.upper() == words[-1] and len(head) > 3:
            return None  # an acronym body ("UNICEF"): the name rules decide
        if any(not (m[:1].isupper() or m.lower() in _VAGUE_MODS) for m in mods) or any(
                m.lower() in _DETS or m.lower() in ("his", "her", "their", "its", "our", "my", "your")
                for m in mods):
            return None  # "Her son said …": a possessed kin word, :meth:`_kin_named_later`'s
        self._in_lead(0)
        lo = self._lead[0]
        people = [c for c in self.cands.clusters if c.kind == "person" and not c.coord
                  and any(s >= lo for s, _, _, _ in c.mentions)]

        def first(c):
            return min(s for s, _, _, _ in c.mentions if s >= lo)

        if head == "family" and not mods:
            kin = self._family_speaker(span, a, by_speech=True)
            return self._adopt(kin, a, "nominal", 0.6) if kin is not None else None
        if head in _KIN_WORDS or head in _HEAD_KIN_PLURAL:
            want = _HEAD_KIN_PLURAL.get(head, {head})
            fit = [c for c in people if self._role_evidence(c, written=True) & want]
            if head in _HEAD_KIN_PLURAL and fit:
                last = {c.name.split()[-1] for c in fit if len(c.name.split()) >= 2}
                fit += [c for c in people if c not in fit and len(c.name.split()) >= 2 and c.name.split()[-1] in last]
            if not fit:
                return None
            return self._adopt(min(fit, key=first), a, "nominal", 0.6)
        role_any = (_S15_HEAD_ROLE_ANY and not mods and head not in _HEAD_ROLE_SYN and not head.endswith("s")
                    and head not in _HEAD_BODY_AGENTS and (head in _HEAD_ROLE_EXTRA or _person_noun(head)))
        if (_S16_H2_HEAD_ROLE_CAPS and not role_any and mods and head not in _HEAD_ROLE_SYN and not head.endswith("s")
                and head not in _HEAD_BODY_AGENTS and words[-1][:1].isupper() and all(m[:1].isupper() for m in mods)
                and (head in _HEAD_ROLE_EXTRA or _person_noun(head))):
            # "Christian Speaker Just Shared …" above "Popular Christian and corporate speaker Lance X
            # believes …": the one body person holding the word with every modifier (session 16)
            caps = {m.lower() for m in mods}
            fit = [c for c in self.cands.clusters if c.kind == "person" and len(c.tokens) >= 2
                   and any(s >= lo for s, _, _, _ in c.mentions) and self._holds_word(c, head)
                   and caps <= (self._role_evidence(c) | self._post_context(c))]
            return self._adopt(min(fit, key=first), a, "nominal", 0.6) if len(fit) == 1 else None
        if head in _HEAD_ROLE_SYN or role_any:
            syn = _HEAD_ROLE_SYN[head] if head in _HEAD_ROLE_SYN else {head}
            fit = [c for c in people if self._role_evidence(c) & syn]
            if role_any:
                # coordinated names count ("X and Y pulled apart …", then "X, the champion,"); a
                # possessor's post is not one's own ("The champion's promoter, Eddie X,")
                fit = [c for c in self.cands.clusters if c.kind == "person"
                       and any(s >= lo for s, _, _, _ in c.mentions) and self._holds_word(c, head)]
            caps = {m.lower() for m in mods if m[:1].isupper()}
            if caps:  # "Rovers boss" is not "Kelham manager Gary X"
                fit = [c for c in fit if caps & (self._role_evidence(c) | self._post_context(c))]
            if not fit and role_any and not caps:
                ahead = self._next_named_after(head, lo)
                return self._adopt(ahead, a, "nominal", 0.6) if ahead is not None else None
            if not fit:
                # "… , says new mayor", then "the town's newly elected mayor accused …": the body's
                # first definite description with the word, named later (:meth:`_forward_role`)
                m = re.compile(rf"\b(?:the|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){{0,3}}?{head}\b",
                               re.I).search(self.text, lo)
                d = self.doc.char_span(m.start(), m.end(), alignment_mode="expand") if m is not None else None
                ahead = self._forward_role(d, m.start()) if d is not None and len(d) else None
                return self._adopt(ahead, a, "nominal", 0.6) if ahead is not None else None
            return self._adopt(min(fit, key=first), a, "nominal", 0.6)
        return None

    def _holds_word(self, c: Cluster, word: str) -> bool:
        """Whether the article states ``word`` (a lower-case person noun) as the post of ``c``
        (:data:`_S15_HEAD_ROLE_ANY`): in the 50 characters before a mention, not as a possessor
        ("Okonkwo's trainer, X" is not Okonkwo), or in an apposition right after one ("X, the
        champion, weighed in"). O(mentions of ``c``)."""
        before = re.compile(rf"\b(?i:{re.escape(word)})\b(?!['’]s)(?:\s+[A-Z][\w.-]*)*[\s,]*$")
        after = re.compile(rf"\s*(?:,\s*\d+\s*)?,\s*(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(word)}\b(?!['’]s)", re.I)
        return any(before.search(self.text, max(0, s - 50), s) or after.match(self.text, e, e + 90)
                   for s, e, _, q in c.mentions if not q)

    def _next_named_after(self, word: str, lo: int) -> Cluster | None:
        """The person a body's first definite description with the person noun ``word`` stands
        for (:data:`_S15_HEAD_ROLE_ANY`): "The frontman of … Glass Harbour has said …", then "Kemal
        X, 38, told …"; "according to *their singer*", then "Nadia X announced …". The description:
        "the"/"their"/"its"/a possessor, up to three words, then ``word``, at or after ``lo``
        (characters, the body's start); the person: the first person mentioned outside quotation
        marks after it, up to the end of the next sentence, as a grammatical subject. ``None``
        when there is no such description or person. O(clusters)."""
        m = re.compile(rf"\b(?:the|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(word)}\b(?!['’]s)",
                       re.I).search(self.text, lo)
        if m is None:
            return None
        tok = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if tok is None or not len(tok):
            return None
        sent = tok.sent
        hi = self.doc[sent.end].sent.end_char if sent.end < len(self.doc) else sent.end_char
        np_end = max(t.idx + len(t) for t in tok[-1].subtree)  # not "… the band Glass Harbour" inside it
        best = None
        for c in self.cands.clusters:
            if c.kind != "person":
                continue
            for s, _, subj, q in c.mentions:
                if max(m.end(), np_end) <= s < hi and subj and not q and (best is None or s < best[0]):
                    best = (s, c)
        return best[1] if best is not None else None

    def _family_speaker(self, span, start: int, *, by_speech: bool = False) -> Cluster | None:
        """The relative who speaks for a family source ("*The family* said a funeral would be
        held …", a headline's "*Family* says …"), or ``None``.

        A group with no name of its own takes the member the article quotes as speaking for it
        (rule 12 of ``gold/speakers/README.md``: "His daughter, Mrs Carys Lloyd, said the family had
        been left 'broken'"). The mention: "the"/"The" or nothing, then "family" (a possessed
        family, "Lindgren's family", is :func:`~.groups._possessed_group`'s). The person: of the
        people the article states as kin (:data:`_KIN_WORDS` among the title words before a
        mention or in an apposition, :meth:`_role_evidence`: "Her daughter, Clare Ward, said"),
        those named as the subject of a verb of saying; the first named of them, else ``None``
        ("Her husband, Peter, died in 2015" speaks for no one). Session 10 (:data:`_S10_PEOPLE`).
        ``by_speech`` (a headline's "Family says …", :data:`_S14_HEAD_BARE`): the one whose first
        speaking mention comes first, not the first named (a cluster may hold a namesake's mention
        in the headline: "Kwabena Asante" read as his brother "Kofi Asante"). Session 15
        (:data:`_S15_GRP_FAMILIES`): also "(the) families", and a person stated as no kin who,
        before ``start``, speaks with "family"/"families" in their own phrase or reported clause
        (:meth:`_speaks_for_family`)."""
        if not _S10_PEOPLE or span is None:
            return None
        toks = [t.lower_ for t in span if not t.is_punct][:3]
        plural = _S15_GRP_FAMILIES and toks in (["families"], ["the", "families"])
        if toks not in (["family"], ["the", "family"]) and not plural:
            return None
        best = None
        for c in self.cands.clusters:
            kin = c.kind == "person" and bool(self._role_evidence(c, written=True) & _KIN_WORDS)
            if c.kind != "person" or not kin and not _S15_GRP_FAMILIES:
                continue
            first = min(s for s, _, _, _ in c.mentions)
            if best is not None and first >= best[0] and not by_speech:
                continue
            for s, e, subj, q in c.mentions:
                if not subj or q or not kin and s >= start:
                    continue
                tok = self.doc.char_span(s, e, alignment_mode="expand")
                if tok is None or not len(tok):
                    continue
                h = tok.root
                if h.dep_ == "appos":
                    h = h.head  # "Her daughter, Clare Ward, said": the subject it stands beside
                if not kin and not (h.dep_ in ("nsubj", "nsubjpass") and self._speaks_for_family(h)):
                    continue  # session 15: no kin stated, and no "family" in what they said or are (rule 12)
                if h.dep_ in ("nsubj", "nsubjpass") and h.head.lower_ in _SAY_FORMS:
                    if by_speech and (best is None or s < best[0]):
                        best = (s, c)
                    elif not by_speech:
                        best = (first, c)
                    break
        return best[1] if best is not None else None

    @staticmethod
    def _speaks_for_family(subj) -> bool:
        """Whether the subject token ``subj`` of a verb of saying speaks for a family
        (:data:`_S15_GRP_FAMILIES`): "family"/"families" stands in the subject's own phrase (its
        relative clause or apposition: "who chairs a committee of the bereaved families") or in
        the verb's reported clause ("said the families wanted"), not as the verb's object or
        addressee ("told the families")."""
        verb = subj.head
        if verb.lower_ not in _SAY_FORMS:
            return False
        parts = [subj] + [ch for ch in verb.children if ch.dep_ in ("ccomp", "xcomp", "advcl") and ch.i > verb.i]
        return any(t.lower_ in ("family", "families") for p in parts for t in p.subtree)

    def _rival_person(self, span, start: int, pool, prev: Cluster | None) -> Cluster | None:
        """The other member of a contrasted pair for "his/her + [modifiers] + rival/opponent/
        counterpart" (:data:`_RIVAL_HEADS`), or ``None`` (:data:`_S14_NOMMOD_RIVAL`): "Mr Henriksen
        blamed rainfall …. *His rival* said …" is not Henriksen. The possessor: ``prev``, the
        previous attribution's speaker, of the pronoun's gender, when one of its mentions lies in
        this sentence or the one before; the referent: among the ranker's ``pool`` (after binding),
        the person other than the possessor named latest before ``start`` (characters) outside
        quotation marks within 1,500 characters, those sharing a stated post word with the possessor
        (:meth:`_role_evidence`: "Ngozi Eze KC" and "Helena von Arnim KC") first. A rival is never
        its possessor (the relational noun's argument; Barker 1995, *Possessive Descriptions*)."""
        if not _S14_NOMMOD_RIVAL or span is None or len(span) < 2 or prev is None or prev.kind != "person":
            return None
        toks = [t for t in span if not t.is_punct]
        if toks[0].lower_ not in ("his", "her") or toks[-1].lower_ not in _RIVAL_HEADS \
                or not all(t.text.islower() for t in toks[1:]):
            return None
        want = "m" if toks[0].lower_ == "his" else "f"
        if prev.gender and prev.gender != want:
            return None
        sent = span.sent
        lo = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        if not any(lo <= s < start for s, _, _, _ in prev.mentions):
            return None  # the possessor is not the person just spoken of
        cands = []
        for c, _ in pool:
            if c is None or c is prev or c.kind != "person":
                continue
            at = max((s for s, _, _, q in c.mentions if s < start and not q), default=-1)
            if at >= 0 and start - at <= 1500:
                cands.append((at, c))
        if not cands:
            return None
        mine = self._role_evidence(prev, written=True) - _FORMER_WORDS
        same = [(at, c) for at, c in cands if mine & self._role_evidence(c, written=True)]
        return max(same or cands, key=lambda x: x[0])[1]

    def _role_evidence(self, c: Cluster, *, written: bool = False) -> set[str]:
        """Lower-cased words that state the person ``c``'s post: role words, the run of title
        words written right before a mention ("defence solicitor Kieran Molloy", "Its president,
        Jackson Kiprono", "Cllr Rebecca Hollis") and an apposition after it ("Denise Holloway, a
        retired solicitor,"); not any word near a mention ("the prosecutor said Mr Garside …").
        ``written``: only the title runs and appositions, without the candidate's role words.
        Session 9: a title alone after the last comma reaches back past it ("Its lead author, Dr X").
        Built once per cluster and article (the clusters are complete when the resolver is built);
        do not modify the returned set."""
        memo = self.__dict__.get("_role_evidence_memo")
        if memo is None:
            memo = self._role_evidence_memo = {}
        got = memo.get((id(c), written))
        if got is None or got[0] is not c:
            if _S17_SPEED_ROLE_SHARE and not written:
                # the unwritten set is the written one with the candidate's role words (speed, session 17)
                got = (c, self._role_evidence(c, written=True) | {_RX_4.sub("", w) for w in c.role_words})
                memo[(id(c), written)] = got
            else:
                got = memo[(id(c), written)] = (c, self._role_evidence_scan(c, written))
        return got[1]

    def _finite_verb_end(self, s: int) -> int:
        """The character end of the last lower-case finite verb (tags VBD/VBZ/VBP) among the eight
        tokens before character ``s``, else 0: where a title run before a mention must stop
        (:data:`_S15_RUN_VERB_STOP`). Kept per character and article (speed, session 16)."""
        memo = self.__dict__.get("_finite_verb_end_memo")
        if memo is None:
            memo = self._finite_verb_end_memo = {}
        got = memo.get(s)
        if got is None:
            got = memo[s] = self._finite_verb_end_scan(s)
        return got

    def _finite_verb_end_scan(self, s: int) -> int:
        """:meth:`_finite_verb_end` uncached."""
        sp = self.doc.char_span(s, s + 1, alignment_mode="expand") if s < len(self.text) else None
        if sp is None or not len(sp):
            return 0
        i = sp.start
        for k, t in enumerate(reversed(self.doc[max(0, i - 8):i])):
            if t.tag_ in ("VBD", "VBZ", "VBP") and t.text.islower():
                return t.idx + len(t.text)
            if _S17_E2_RUN_VBN_STOP and k == 0 and t.tag_ == "VBN" and t.text.islower() and i >= 2 \
                    and self.doc[i - 2].pos_ in ("NOUN", "PROPN", "PRON"):
                return t.idx + len(t.text)  # "one lawmaker *called* Trump": a verb, no title word
        return 0

    def _role_evidence_scan(self, c: Cluster, written: bool) -> set[str]:
        """:meth:`_role_evidence` uncached."""
        words = set() if written else set(c.role_words)
        spans = {(s, e) for s, e, _, _ in c.mentions}
        last = c.name.split()[-1] if c.name.split() else ""
        if len(last) >= 3:
            own = set(c.tokens) | _titles()
            for i in _occurrences(self.text, last):
                prior = _RX_1.search(self.text[max(0, i - 30):i])
                if prior is None or prior.group(1).lower().rstrip(".") in own or prior.group(1).lower() in own:
                    spans.add((i, i + len(last)))  # not a namesake ("former President *Bill* Clinton")
        for s, e in sorted(spans):
            lo = max(0, s - 50)
            if _S15_RUN_VERB_STOP:
                lo = max(lo, self._finite_verb_end(s))  # "The former headteacher *accused* Cllr Y"
            before = _RX_2.split(self.text[lo:s])[-1]
            parts = before.rstrip(" ,").split(",")
            if _S9_PEOPLE and len(parts) >= 2 and norm_tokens(parts[-1]) and all(
                    w.rstrip(".") in _titles() for w in norm_tokens(parts[-1])):
                parts = parts[:-1] + [parts[-2] + " " + parts[-1]]  # "Its lead author, Dr X": the title run goes on
            toks = norm_tokens(parts[-1])  # "Its president, X"; not "On Friday, area coroner X"
            kept = []
            for w in reversed(toks):
                if w in _RUN_STOPS or w.isdigit():
                    break
                kept.append(w)
            words |= set(kept[:4])
            if _S14_NOMMOD_FOR_COUNSEL and _FOR_CLIENT.search(self.text, max(0, s - 50), s):
                words.add("defending")  # "For Rees, Tomás X said": counsel for the defendant (session 14)
            # a description in apposition ("X, a retired solicitor,", "X, who has five children,"),
            # not the next clause's name ("in La Paz, Minister of Mining Rodrigo Achá said")
            if _S12_NOM_PREDICATE:
                pred = _PREDICATE_ROLE.match(self.text, e, e + 110)
                if pred is None and _S14_PN_FORWARD_POST:
                    # "Khan, a Muslim, was elected as mayor of London" (session 14)
                    skip = _SHORT_APPOSITION.match(self.text, e, e + 50)
                    pred = _PREDICATE_ROLE.match(self.text, skip.end(), skip.end() + 110) if skip else None
                if pred is not None:  # "X was declared the first directly elected mayor of Y" (session 12)
                    words |= set(norm_tokens(pred.group(1)))
            if _S14_GRP_FORMER:
                if any(w.startswith("ex-") for w in kept[:4]):
                    words.add("former")  # "Ex-Aldwater chief executive X" (session 14 round 3)
                past = _PAST_TENURE.match(self.text, e, e + 130)
                if past is not None:  # "X, who ran the laboratory from 2017 to 2022,": its former director
                    words |= {"former"} | _PAST_LEAD_VERBS[past.group(1).lower()]
            app = _APPOSITION.match(self.text, e, e + 70)
            if app is None and _S10_PEOPLE2:
                app = _POSSESSOR_APPOSITION.match(self.text, e, e + 70)  # "Frost, Albion's director of programmes,"
            if app is None and _S15_POST_NO_DET:
                cap = _CAP_POST_APPOSITION.match(self.text, e, e + 80)  # "Husted, Ohio Secretary of State,"
                if cap is not None and {w.rstrip(".") for w in norm_tokens(cap.group(1))} & _cap_post_words():
                    app = cap
            if app:
                app_words = set(norm_tokens(app.group(1)))
                if _S14_NOMMOD_RIVAL and _BY_TRAINING.search(app.group(1)):
                    app_words.add("former")  # "X, a civil engineer by training,": the former engineer (session 14)
                words |= app_words
                if _S11_NOM2_ROLE and _RX_3.match(app.group(1)):
                    # "X, who chairs the beach unit,": the unit's chair (:data:`_S11_NOM2_ROLE`)
                    words |= {_LEAD_VERBS[w] for w in app_words if w in _LEAD_VERBS}
        return {_RX_4.sub("", w) for w in words}

    def _described_person(self, span, start: int, pool, *, early: bool = False,
                          prev: Cluster | None = None) -> Cluster | None:
        """The person the article describes with a definite description's head noun, or ``None``:
        "Cabinet member Cllr Rebecca Hollis said … *The Labour councillor* said"; "newcomer Amber
        Cole" in a standfirst, then "*The newcomer* said"; "Its president, Jackson Kiprono, said
        … *the federation boss* said"; "defence solicitor X … *the lawyer*".

        A definite description links to the named person whose description shares its head
        (Pareti 2015, ch. 6; Poesio & Vieira 1998): here the head noun or a word of the same post
        (:data:`_ROLE_FAMILIES`) among what the article states as each person's post, for each
        person named before ``start`` (:meth:`_role_evidence`: role words, the title words right
        before a mention, an apposition after it; a person called a colleague, counterpart or fellow
        of someone, :data:`_PEER_WORDS`, holds the post of those who fit, session 9: "Council member
        Dana Roe … Her Republican colleague Carol Ames, … the two-term member said"; a nationality
        the person's words lack may be the article's home country, :meth:`_home_national`).
        Candidates are the ranker's ``pool`` (after binding). One person
        so described: that person; several: the one whose description also holds the mention's
        modifiers, when only one does, else ``prev``, the previous attribution's speaker, when it
        is one of them ("Ibbotson said … "…," *the veteran councillor* said": the topic person;
        Ariel 1990; session 10: among those whose stated post holds the head itself, when any
        does), else (session 10) the one named just before (:meth:`_named_near`), else ``None``
        (the ranker weighs them). ``early``: the call before
        :meth:`_forward_role`, which leaves "the defendant" and capitalised modifiers ("the
        Ashford manager", "The Labour councillor") to the rules that follow it. Only "the" + modifiers + a
        singular common-noun head (:func:`_definite_person_description`). Issue 11, genre train
        series d. Session 9 (:data:`_S9_PEOPLE`): a past post (:data:`_FORMER_WORDS`, "the former
        striker") is not a person whose stated post holds it with every lower-case modifier and no
        "former" (the sitting holder); when only sitting holders fit, the topic person
        (:meth:`_topic_person`) among the others, and among several fits of a past post the topic
        person before ``prev``; a capitalised modifier ("the Maple Falls mayor") and an
        organisation's short form (:meth:`_org_short_person`) are never the referent. Session 10
        round 3 (:data:`_S10_PEOPLE2`): when no one's stated post holds the head (not ``early``, not
        a past post, not a head the article introduced unnamed, "A judge … The judge", and no person
        named before it in its own sentence), the one person named (else the one subject) in the
        sentence before ("Reyes, the Spaniard who joined …, was equally calm. *The midfielder*
        told …"), else ``prev``, else the topic person (:meth:`_topic_person`), leaving out those
        whose stated age (:meth:`_age_clash`), nationality or club role (:func:`_club_role_clash`)
        differs."""
        if not _S8N2:
            return None
        toks = _definite_person_description(span)
        if toks is None:
            return None
        head = toks[-1].lower_
        # "The former paramedic": a past post the speech verb's subject held, a person noun there
        # whatever its shape (session 12 round 2, :data:`_S12_NOM2_FORMER`)
        past_post = _S12_NOM2_FORMER and any(t.lower_ in _FORMER_WORDS for t in toks[1:-1]) \
            and toks[-1].pos_ == "NOUN" and head not in ORG_HEADS and head not in DOC_NOUNS
        if not head.isalpha() or head in DEMONYMS or not (_person_noun(head) or past_post):
            return None  # "the community" is no person's post
        if early and (head in ("defendant", "accused") or any(t.text[:1].isupper() for t in toks[1:])):
            return None  # before the role named later: not "the defendant", "the Ashford manager" (their rules)
        fam = role_family(head)
        if _S10_PEOPLE and "counsel" in fam:
            fam |= _COURT_COUNSEL  # "Defending, Richard Vane said" … "the barrister said"
        mods = {t.lower_ for t in toks[1:-1]} - {"former", "new", "the"}
        nat = frozenset(w for n in nationality_words(span) for w in DEMONYMS.get(n, frozenset()) | {n})
        country_nat = False  # nationality from a country's name: bars only a person stating another place
        if _S16_R2A_COUNTRY_MOD and not nat:
            # "The Japan coach": a country's name as modifier states a nationality (session 16)
            nat = frozenset(w for t in toks[1:-1] if t.text[:1].isupper()
                            for w in _COUNTRY_NATIONALITY.get(t.lower_, frozenset()))
            country_nat = bool(nat)
        fits = []
        peers = []
        # session 9: a past post ("the former striker") is not its sitting holder; a name that
        # modifies the description ("the Maple Falls mayor") is a constraint, never the referent
        former = _S9_PEOPLE and any(t.lower_ in _FORMER_WORDS for t in toks[1:-1])
        lmods = {t.lower_ for t in toks[1:-1] if t.text.islower()} - _FORMER_WORDS - {"new", "the"}
        capmods = {t.lower_ for t in toks[1:-1] if t.text[:1].isupper()} if _S9_PEOPLE else set()
        sitting = set()
        barred: set[int] = set()  # holders of another office of that name ("Vice President X")
        others = []
        for c, _ in pool:
            if c is None or c.kind != "person" or not any(s < start for s, _, _, _ in c.mentions):
                continue
            if _S9_PEOPLE and (self._org_short_person(c) or c.tokens and set(c.tokens) <= capmods):
                continue
            others.append(c)
            ev = self._role_evidence(c)
            if _S17_E2_ROLE_CLASS and _principal_staff_clash(head, mods, ev, fam):
                barred.add(id(c))  # "The Republican presidential nominee" is not his campaign chief (session 17)
                continue
            if former and ev & fam and lmods <= ev and not ev & _FORMER_WORDS:
                sitting.add(id(c))
                continue  # "the former striker" is not the club's striker
            if _S14_GRP_SHADOW and _SHADOW_MODS & ev - mods and ev & fam:
                barred.add(id(c))  # "The minister" is not the shadow secretary (session 14 round 3)
                continue
            if (c.role_words & OFFICE_MODIFIERS) - mods - {"former", "new"} and c.role_words & fam \
                    and not (_S14_GRP_CORONER and head in _CORONER_HEADS) \
                    and not (former and _former_both(_FORMER_WORDS, c.role_words)):  # coref._S15_NOM_FORMER
                barred.add(id(c))  # nor the fallback's person below (fixed bug, session 10)
                continue  # "the president" is not Vice President Biden (as :meth:`_by_role`)
            if nat and not nat & (ev | set(c.tokens)) and not self._home_national(nat, ev):
                continue  # "the French president" is not President Obama
            if ev & fam:
                fits.append((c, bool(mods & ev)))
            elif _S9_NOMINALS and ev & _PEER_WORDS:
                peers.append((c, bool(mods & ev)))
        if not fits and _S11_NOM2_ROLE and not sitting and not early and not former:
            asker = self._asker_before(span, start, [c for c in others if id(c) not in barred])
            if asker is not None:
                return asker  # "X was pressed by Y of Z, who asked … The analyst said": Y
        if not fits:
            # the sitting holder left out: the topic person ("Harbour City manager X was furious. …
            # The former striker … said")
            if not sitting and _S10_PEOPLE2 and not early and (not former or _S12_NOM2_FORMER) \
                    and (former or not self._introduced_unnamed(span, start)) \
                    and not any(c.kind == "person" and any(span.sent.start_char <= m[0] < start and not m[3]
                                                           for m in c.mentions) for c in others):
                # (not "A judge in Ohio … The judge ruled", an unnamed person; not with a person named
                # before it in its own sentence, whom the parse leaves to the ranker)
                # no one's stated post holds it: the previous speaker, else the paragraph's topic person, unless their age,
                # nationality or club role says otherwise ("Reyes, the Spaniard who joined …, was
                # equally calm. *The midfielder* told …"; Ariel 1990)
                out = barred | {id(c) for c in others if self._age_clash(span, c)
                       or nat and not nat & (self._role_evidence(c) | set(c.tokens)) and not self._home_national(nat, self._role_evidence(c))
                       and not (country_nat and not self._role_evidence(c) & self._nat_place_words())
                       or head in _CLUB_ROLES and not former and _club_role_clash(head, self._person_evidence(c, start))}
                ok = [c for c in others if id(c) not in out]
                sent = span.sent
                if sent.start > 0:
                    # the one person named in the sentence before ("Her neighbour X disagreed. The
                    # delivery driver said"; Poesio & Vieira 1998)
                    lo, hi = self.doc[sent.start - 1].sent.start_char, sent.start_char
                    there = [c for c in ok if any(lo <= m[0] < hi and not m[3] for m in c.mentions)]
                    subj = [c for c in there if any(lo <= m[0] < hi and m[2] and not m[3] for m in c.mentions)]
                    if _S13_NOM3_HE_BEFORE and prev is not None and any(c is prev for c in ok) \
                            and prev not in there and self._he_subject(self.doc[sent.start - 1].sent):
                        return prev  # "…, he did say he found Trump …. “…,” the gambling tycoon told Reuters"
                    if len(there) == 1 or len(subj) == 1:
                        return there[0] if len(there) == 1 else subj[0]  # its subject, among several
                if prev is not None and any(c is prev for c in ok):
                    return prev  # the previous speaker goes on
                return self._topic_person(start, others, out)
            if sitting and _S15_FORMER_PREV_SENT and span.sent.start > 0:
                # "Mr Bakare's agent, Stanisław X, asked …. The former councillor told": the one person
                # named (else the one subject) in the sentence before, not a sitting holder
                lo, hi = self.doc[span.sent.start - 1].sent.start_char, span.sent.start_char
                ok = [c for c in others if id(c) not in sitting and id(c) not in barred
                      and not self._age_clash(span, c) and not set(c.tokens) <= _PARTY_WORDS]  # not "Labour"
                there = [c for c in ok if any(lo <= m[0] < hi and not m[3]  # not a possessor ("Mr Bakare's")
                                              and self.text[m[1]:m[1] + 2] not in ("'s", "’s") for m in c.mentions)]
                subj = [c for c in there if any(lo <= m[0] < hi and m[2] and not m[3] for m in c.mentions)]
                if len(there) == 1 or len(subj) == 1:
                    return there[0] if len(there) == 1 else subj[0]
            return self._topic_person(start, others, sitting) if sitting else None
        if peers:
            # "Council member X … Her Republican colleague Y said": a colleague holds the same post
            fits += peers
        if len(fits) == 1:
            return fits[0][0]
        written = [c for c, _ in fits if self._role_evidence(c, written=True) & (fam | _PEER_WORDS)]
        if len(written) == 1:
            return written[0]  # the one the article writes so ("Defence solicitor X"), over role words
        modded = [c for c, m in fits if m]
        if len(modded) == 1:
            return modded[0]
        # several compatible people and no modifier to tell them apart: for a past post ("the
        # former finance chief", which no one's stated post holds) the topic person among them
        # (session 9), else the previous speaker if compatible (an epithet continues the topic
        # person), else (session 10) the one named just before, else the ranker decides
        if former:
            topic = self._topic_person(start, [c for c, _ in fits])
            if topic is not None:
                return topic
        if _S10_PEOPLE:
            # those whose stated post holds the head itself before those of another word of the post
            # ("the leader": "Council leader X" before "Their chair, Y")
            colleagues = {id(c) for c, _ in peers}  # a colleague holds the post itself
            exact = [(c, m) for c, m in fits if id(c) in colleagues or head in self._role_evidence(c)]
            fits = exact or fits
        if prev is not None and any(c is prev for c, _ in fits):
            return prev
        if _S10_PEOPLE:
            # not the previous speaker: the one the text has just named ("Angela Morrow has opened
            # the debate. The leader told councillors", after a resident spoke)
            return self._named_near(start, [c for c, _ in fits])
        return None

    def _party_ties(self, c: Cluster) -> frozenset[str]:
        """Canonical parties (:data:`_PARTY_NAMES`) the article ties the person ``c`` to: a party
        word in the title run before a mention ("Labour's Tom X", "Republican X", "The Conservative
        group leader, X,"), in an apposition after it ("X, the Liberal Democrat leader,") or in
        brackets ("Sen. X (R-Texas)", "X (Lab)"); an apposition with "the group's"/"the party's"
        and no party word takes the one party the sentence or the sentence before names ("Then it
        was the turn of the Liberal Democrats. X, the group's finance spokesman,"). Cached per
        cluster (:data:`_S11_NOM2_PARTY`)."""
        memo = self.__dict__.get("_party_memo")
        if memo is None:
            memo = self._party_memo = {}
        got = memo.get(id(c))
        if got is not None and got[0] is c:
            return got[1]
        out: set[str] = set()
        for s, e, _, _ in c.mentions:
            before = _RX_5.split(self.text[max(0, s - 50):s])[-1].rstrip(" ,").split(",")[-1]
            run: list[str] = []
            for w in reversed(before.split()):
                if w.lower() in _RUN_STOPS or w.isdigit():
                    break  # the title run only: "The Conservative group leader, X", not "after the Labour vote X"
                run.insert(0, w)
            found = {m.lastgroup for m in _PARTY_RE.finditer(" ".join(run))}
            br = _PARTY_BRACKET.match(self.text, e, e + 40)
            if br:
                found.add(_BRACKET_PARTY.get(br.group(1) or br.group(2), ""))
            app = _APPOSITION.match(self.text, e, e + 70) or _POSSESSOR_APPOSITION.match(self.text, e, e + 70)
            if app:
                got_app = {m.lastgroup for m in _PARTY_RE.finditer(one_space(app.group(1)))}  # _S12_PAD
                found |= got_app
                if not got_app and _RX_6.search(app.group(1)):
                    span = self.doc.char_span(s, e, alignment_mode="expand")
                    if span is not None and len(span):
                        sent = span.sent
                        lo = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
                        named = {m.lastgroup for m in _PARTY_RE.finditer(one_space(self.text[lo:s]))}
                        if len(named) == 1:
                            found |= named
            out |= found
        res = frozenset(out - {""})
        memo[id(c)] = (c, res)
        return res

    def _party_epithet(self, span) -> tuple[str, str] | None:
        """The canonical party and head word ("" for none) of a party epithet ``span`` ("the Lib
        Dem", "The Tory": ("con", ""), "the Labour leader": ("lab", "leader")), else ``None``."""
        if not _S11_NOM2_PARTY or span is None or not len(span):
            return None
        m = _PARTY_EPITHET.fullmatch(one_space(_head_part(span_text(span)).strip()))  # "the Lib&nbsp;Dem" (_S12_PAD)
        if m is None:
            return None
        rest = m.group(2).split()
        if rest and not (_person_noun(rest[-1].lower()) or rest[-1].lower() in _HOLDER_TITLES
                         or rest[-1].lower() in _titles()):
            return None  # "the Republican establishment", "the Labour manifesto": no person
        party = _PARTY_RE.fullmatch(m.group(1))
        return (party.lastgroup, rest[-1].lower() if rest else "") if party else None

    def _party_person(self, span, start: int, pool) -> Cluster | None:
        """The person a party epithet refers to (:meth:`_party_epithet`), or ``None``: the one
        person of ``pool`` named before ``start`` the article ties to that party
        (:meth:`_party_ties`); among several, the one whose stated post holds the epithet's head
        ("the Labour leader"), else ``None`` (the other rules decide, without those tied to
        another party only: :meth:`nominal_bars`). Session 11 round 1b (:data:`_S11_NOM2_PARTY`)."""
        got = self._party_epithet(span)
        if got is None:
            return None
        party, head = got
        fits = [c for c, _ in pool if c is not None and c.kind == "person" and any(s < start for s, _, _, _ in c.mentions)
                and party in self._party_ties(c)]
        fits = list({id(c): c for c in fits}.values())
        if len(fits) > 1 and head:
            fam = role_family(head)
            exact = [c for c in fits if self._role_evidence(c) & fam]
            fits = exact if exact else fits
        return fits[0] if len(fits) == 1 else None

    def nominal_bars(self, span, start: int, pool):
        """``pool`` (the ranker's ``(cluster, features)`` pairs) without the people a nominal
        cannot be: for a party epithet, those the article ties to other parties only
        (:data:`_S11_NOM2_PARTY`); for a description that states an age ("The 44-year-old", "The
        presenter, 57,"), those whose stated age differs (:data:`_S11_NOM2_AGE`). O(candidates);
        the pool unchanged for other nominals."""
        if span is None or not len(span):
            return pool
        head_text = _head_part(span_text(span))
        age = None
        if _S11_NOM2_AGE:
            m = re.search(r"\b(\d{1,3})-year-old\b", head_text) or _AGE_APPOSITION.match(self.text, span.start_char + len(head_text))
            age = m.group(1) if m else None
        party = self._party_epithet(span)
        if age is None and party is None:
            return pool
        out = []
        for c, f in pool:
            if c is not None and c.kind == "person":
                if party is not None:
                    ties = self._party_ties(c)
                    if ties and party[0] not in ties:
                        continue
                if age is not None:
                    ages = {w for w in self._person_evidence(c, start) if re.fullmatch(r"\d+-year-old", w)}
                    if ages and f"{age}-year-old" not in ages:
                        continue
            out.append((c, f))
        return out

    def _asker_before(self, span, start: int, people) -> Cluster | None:
        """The latest person of ``people`` who put a question, outside quotation marks, in the
        paragraph of ``start`` or the one before ("X was *pressed* on the dividend *by Y* of Z,
        *who asked* whether …. He replied …. ¶ *The analyst* said …"): a name right after "pressed
        (…) by" (:data:`_ASKED_BY`) or right before ", who asked" (:data:`_WHO_ASKED`, past an "of"
        + a capitalised name); ``None`` when none. A role noun no one's stated post holds, said
        after a question and its reply, continues the questioner (an adjacency pair: Schegloff &
        Sacks 1973). Text patterns, not the parse, which hangs "by Y" and "who asked" on other
        words. Session 11 round 1b (:data:`_S11_NOM2_ROLE`); O(mentions of ``people``)."""
        if not people:
            return None
        line = self.text.rfind("\n", 0, start) + 1
        k = line - 1
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        lo = self.text.rfind("\n", 0, k) + 1 if k > 0 else 0
        best, at = None, -1
        for c in people:
            for s, e, _, q in c.mentions:
                if q or not lo <= s < start:
                    continue
                # "pressed on costs by Y", "Y of Berrow Securities, who asked whether …"
                if _ASKED_BY.search(self.text, max(lo, s - 80), s) and s > at or \
                        _WHO_ASKED.match(self.text, e) and s > at:
                    best, at = c, s
        return best

    def _age_clash(self, span, c: Cluster) -> bool:
        """Whether the description ``span`` states an age in apposition ("The veteran presenter,
        *57*,") and the person ``c``'s words (:meth:`_person_evidence`) state another ("Lane, 29,";
        "the 29-year-old"). Session 10 round 3 (:data:`_S10_PEOPLE2`)."""
        m = _AGE_APPOSITION.match(self.text, span.start_char + len(_head_part(span_text(span))))
        if m is None:
            return False
        ev = self._person_evidence(c, span.start_char)
        ages = {w for w in ev if re.fullmatch(r"\d+-year-old", w)}
        return bool(ages) and f"{m.group(1)}-year-old" not in ages

    def _named_near(self, start: int, fits) -> Cluster | None:
        """The one person of ``fits`` (clusters) named outside quotation marks before ``start`` in
        its paragraph (its line), else, none named there, in it and the one before; or ``None``
        (none or several): among several holders of a post ("Council leader X", "Conservative group leader Y"), a
        description continues the one the text has just named ("X has opened the debate. *The
        leader* told councillors"; Poesio & Vieira 1998: the antecedent of an anaphoric
        definite lies in the sentences just before). Session 10 (:data:`_S10_PEOPLE`)."""
        line = self.text.rfind("\n", 0, start) + 1
        k = line - 1
        while k > 0 and self.text[k - 1].isspace():
            k -= 1  # back over the blank lines to the paragraph before
        lo = self.text.rfind("\n", 0, k) + 1 if k > 0 else 0
        for a in (line, lo):  # its own paragraph first, then with the one before
            near = [c for c in fits if any(a <= s < start and not q for s, _, _, q in c.mentions)]
            if near:
                return near[0] if len(near) == 1 else None
        return None

    def _nat_place_words(self) -> frozenset[str]:
        """Lower-cased words of the article's places and nationalities (NER GPE/NORP) and the
        nationality table's words, for :data:`_S16_R2A_COUNTRY_MOD`: a person whose stated words
        hold one of them states a country ("The Fiji head coach"). Computed once per article."""
        got = getattr(self, "_r2a_places", None)
        if got is None:
            got = frozenset(w for ent in doc_ents(self.doc) if ent.label_ in ("GPE", "NORP")
                            for w in norm_tokens(ent.text)) | _ALL_NATIONALITY_WORDS
            self._r2a_places = got
        return got

    def _home_nation(self) -> frozenset[str]:
        """Lower-cased words of the article's home country: for an article under a dateline
        ("LA PAZ, March 11 (Reuters) - …"), the place the NER tags GPE most often in the article,
        when it is written at least three times and at least twice as often as any other
        ("Bolivia has suspended … Bolivia's …"), with its nationality words
        (:data:`~saidwhat.pipeline.coref.DEMONYMS`); empty when no place dominates or the article
        has no dateline (a comment piece is set nowhere). Computed once per article."""
        if getattr(self, "_home", None) is None and self._dateline_place(len(self.text)) is None:
            self._home = frozenset()
        if getattr(self, "_home", None) is None:
            counts: dict[str, int] = {}
            for ent in doc_ents(self.doc):
                if ent.label_ == "GPE":
                    w = " ".join(norm_tokens(ent.text))
                    if w:
                        counts[w] = counts.get(w, 0) + 1
            ranked = sorted(counts.items(), key=lambda x: -x[1])
            home: frozenset[str] = frozenset()
            if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
                top = ranked[0][0]
                home = frozenset({top}) | next((ws for ws in DEMONYMS.values() if top in ws), frozenset())
            self._home = home
        return self._home

    def _home_national(self, nat: frozenset[str], ev: set[str]) -> bool:
        """Whether a nominal's nationality words ``nat`` ("the *Bolivian* minister") name the
        article's home country (:meth:`_home_nation`; a demonym the table lacks by its stem:
        "bolivian" for "bolivia") and the person's stated words ``ev`` give no nationality of
        their own: a post in the country the article is set in is that country's ("Bolivia has
        suspended … Minister of Mining Rodrigo Achá said … the Bolivian minister told Reuters").
        Issue 11, genre train (session 9)."""
        if not _S9_NOMINALS:
            return False
        home = self._home_nation()
        if not home:
            return False
        fits = bool(nat & home) or any(len(h) >= 4 and n.startswith(h[:-1]) and len(n) <= len(h) + 2
                                       for n in nat for h in home if " " not in h)
        if not fits:
            return False
        return not ev & _ALL_NATIONALITY_WORDS and not any(_DEMONYM_SHAPE.fullmatch(w) for w in ev)

    def _asked_before(self, span, start: int) -> Cluster | None:
        """The person asked in the sentence before a nominal whose verb answers ("Omar Patel asked
        *the CFO* why inventories had risen. The 52-year-old … replied that …"), or ``None``.

        A reply's speaker is the one the question was put to (an adjacency pair: Schegloff & Sacks
        1973, "Opening up closings"), not the asker who is the sentence's subject. The one asked:
        the object of "ask" in the sentence before, a person named there or a definite role
        ("the CFO", "the chief executive") that one person's role holds (an acronym by its
        initials: "CFO" for "Chief Financial Officer"). Issue 11, earnings-call copy."""
        verb = span.root.head
        said = _S13_NOM2_ASKED_SAID and verb.lower_ in _SAY_REPLIES
        if verb.lower_ not in _REPLY_VERBS and not said or span.sent.start == 0:
            return None
        prev = self.doc[span.sent.start - 1].sent
        for tok in prev:
            if tok.lower_ not in _ASK_FORMS or tok.pos_ not in ("VERB", "AUX"):
                continue
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
            if obj is None:
                continue
            if verb.lower_ not in _REPLY_VERBS and not (
                    obj.right_edge.i + 1 < len(self.doc) and self.doc[obj.right_edge.i + 1].lower_ in _QUESTION_WORDS):
                continue  # "said" answers only a question put to the one asked ("asking X whether …")
            s0, e0 = obj.left_edge.idx, obj.idx + len(obj)
            named = self.cands.cluster_of(s0, e0)
            if named is not None and named.kind == "person":
                return named
            if not any(c.lower_ in ("the", "their", "its", "her", "his") for c in obj.children):
                return None
            word = obj.text
            fit = [c for c in self.cands.clusters if c.kind == "person" and any(m[0] < s0 for m in c.mentions)
                   and (word.lower() in c.role_words
                        or (word.isupper() and len(word) >= 2 and c.role is not None
                            and "".join(w[0] for w in re.findall(r"[A-Za-z]+", c.role)).lower() == word.lower()))]
            return fit[0] if len(fit) == 1 else None
        return None

    def _caption_extents(self) -> list[tuple[int, int]]:
        """``[start, end)`` extents of the article's photo captions and credits
        (:func:`~saidwhat.article.structure.detect_regions`), computed once per article."""
        if getattr(self, "_captions", None) is None:
            self._captions = [(r.span.start_char, r.span.end_char) for r in self._regions()
                              if r.kind in ("caption", "credit")]
        return self._captions

    def _subject_rank(self, s: int, e: int) -> tuple[int, int]:
        """For a subject mention ``[s, e)``: the start of its sentence, and 1 when it is the subject
        of the sentence's main clause (its verb is the root or conjoined to it: "*Lena Forsberg*
        won the sprint after race leader Tom Baert crashed", "…, and *Mark Dyer* said"),
        else 0. An epithet names the preferred centre of the utterance before it, the main
        clause's subject (Grosz, Joshi & Weinstein 1995; Ariel 1990)."""
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            return (s, 0)
        # the subject word itself (a name the parser split across a sentence break: "Lena | Forsberg won")
        tok = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass")), span.root)
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return (tok.sent.start_char, int(tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ROOT"))
