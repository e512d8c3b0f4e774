"""Organisation descriptions: the organisation a description ("the carrier", "the network", "his
campaign", "the Obama administration") refers to.

Stage: speaker resolution for organisation descriptions, on the article's organisations of
:mod:`.organisations` (:meth:`~.organisations.OrganisationRules.org_refs`).
:meth:`OrgDescriptionRules._org_description` is the one owner of descriptions, with its order
written out there; organisations named after a person ("the Clinton campaign", also asked by
:mod:`.documents` for "his campaign") and in apposition ("Britain's medicines regulator, the
MHRA") are here too, and so are the description steps the resolver asks itself (a headline's
organisation word, :meth:`OrgDescriptionRules._headline_org_word`; "the two companies",
:meth:`OrgDescriptionRules._first_of_pair`; a two-party mention, :meth:`OrgDescriptionRules._first_party`;
an organisation word with no organisation, :meth:`OrgDescriptionRules._org_word_fallback`).

Rules and their sources: rule 3 of ``gold/speakers/README.md`` (a description of an organisation
the article names is that organisation, as the article writes it; "Powell's office" is the
person); the type-word groups of :data:`~saidwhat.pipeline.coref.ORG_TYPES`; the organisation
kinds of issue 11's genre gold (``gold/speakers/genre``: business, sports, culture and local
copy). The switches :data:`~.organisations._S9_ORGS` and :data:`~.organisations._S10_ORGS` live in
:mod:`.organisations` (its code reads them too) and are read there at call time.

Offsets are ``[start, end)`` characters of the Doc's text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .. import doc_text, last_paragraph_break
from ..coref import DEMONYMS, ORG_TYPES, ORG_WORDS, Cluster, _head_part, doc_ents, norm_tokens, span_text
from ..cue import SPEECH_VERBS
from ..quotes import DASHES
from . import ner_fix as _ner_fix
from . import organisations as _organisations
from .entities import _S10_ORGS2, DESC_KINDS, ORG_HEADS, ORG_KIND_OF, _context_kinds, _context_words, _word_kinds
from .names import _DETS, _FIRST_NAMES, _strip_poss
from .names import HONORIFICS as _HONORIFICS, _titles
from .organisations import _ORG_NAME, _S10_FILLERS, OrgRef

#: Patterns of hot call sites, compiled once (speed, session 13).
_RX_0 = re.compile(r"(?:the\s+)?([A-Z]{2,7})")
_RX_1 = re.compile(r"(?:the\s+)?([A-Z][^,]*?)\s+(?:and|&)\s+(?:the\s+)?[A-Z][^,]*")
_RX_2 = re.compile(r"^(?:the|The)\s+")
_RX_3 = re.compile(r"^(?:The|A|An)\s+")

#: Organisations named after a person ("the Obama administration", "the Clinton campaign").
_PERSON_ORGS = frozenset({"administration", "campaign", "camp", "team", "government", "foundation", "organization",
                          "office", "transition", "White House".lower()})
#: Organisation words that fit an organisation of any type ("the group", "the organization").
_GENERIC_ORG_WORDS = frozenset({"group", "organization", "organisation", "body", "outfit", "entity", "watchdog",
                                "nonprofit", "charity"})
#: The type words of well-known organisations whose names do not say what they are ("the network"
#: for CNN, "the party" for the GOP, "the bureau" for the FBI): matched with :data:`~.coref.ORG_TYPES`.
_KNOWN_ORG_TYPES = {"cnn": "network", "msnbc": "network", "fox": "network", "nbc": "network", "abc": "network",
                    "cbs": "network", "pbs": "network", "npr": "network", "bbc": "broadcaster", "cnbc": "network",
                    "univision": "network", "telemundo": "network", "reuters": "agency", "ap": "agency",
                    "politico": "outlet", "breitbart": "outlet", "buzzfeed": "outlet", "axios": "outlet",
                    "huffpost": "outlet", "gop": "party", "dnc": "committee", "rnc": "committee", "fbi": "bureau",
                    "cia": "agency", "nsa": "agency", "epa": "agency", "irs": "agency", "fec": "commission",
                    "pentagon": "department", "scotus": "court"}
#: Organisation types that a generic "the group" / "the organization" does not describe: outlets,
#: government bodies, courts (the :data:`~.coref.ORG_TYPES` groups holding these words).
_NOT_A_GROUP = [g for g in ORG_TYPES if g & {"network", "newspaper", "ministry", "court"}]
#: Words that describe an organisation of any kind by what it does ("the band", "the operator",
#: "the developer"): step 1b of :meth:`OrgDescriptionRules._org_description` (issue 11 genre gold).
_ROLE_ORG_WORDS = frozenset({"band", "operator", "developer", "promoter", "utility", "provider", "owner", "label",
                             "organiser", "organizer", "distributor", "supplier", "publisher", "builder",
                             "consultancy"})
#: Words that describe an organisation and may refer back to the organisation that is the subject
#: in the paragraph ("Orbitrack … The firm said", "Caritas Philippines … The agency, which …"):
#: :meth:`OrgDescriptionRules._paragraph_org` (issue 11 genre gold, series d).
_SALIENT_WORDS = (frozenset(DESC_KINDS) | _ROLE_ORG_WORDS | _GENERIC_ORG_WORDS | frozenset(
    {"team", "service", "race", "consultancy", "nonprofit", "four-piece", "body", "federation", "association", "fund",
     "institute", "society", "airport", "trust"})) - {"city", "town", "county", "state", "police", "force"}
#: Organisation words whose description never refers to a person ("The band", "The race", "The
#: charity"): :meth:`OrgDescriptionRules._org_word_of`, :meth:`OrgDescriptionRules._headline_org_word`
#: (session 9). Not words a person may be called ("the owner", "the developer", "the promoter").
_S9_ORG_WORDS = (frozenset(DESC_KINDS) - {"city", "town", "county", "state", "maker", "brand", "studio"}) | frozenset(
    {"band", "race", "four-piece", "three-piece", "five-piece", "trio", "quartet", "quintet", "charity", "federation",
     "association", "institute", "society", "label", "utility", "consultancy", "nonprofit", "watchdog", "broadcaster",
     "outlet", "tournament", "league"})
#: Words a music act is called or introduced by ("The band", "The four-piece"; "Indie rockers X").
_ACT_WORDS = ("band", "four-piece", "three-piece", "five-piece", "trio", "quartet", "quintet", "duo", "rockers",
              "outfit", "act")
#: Last words of an event's name ("Berlin Marathon", "Tour de France" aside): "the race" is the event.
_EVENT_HEADS = frozenset({"marathon", "race", "rally", "tour", "classic", "games", "cup", "championship",
                          "championships", "prix", "derby", "regatta", "half-marathon", "10k"})
#: Kinds of public and civic bodies (:data:`~.entities.DESC_KINDS`): "the agency", "the body", "the
#: service", "the team" may describe any of them ("Caritas … The agency", "Wirral Trading Standards …
#: The team"), "the charity", "the trust", "the fund" any charity, agency or union.
_PUBLIC_KINDS = frozenset({"regulator", "agency", "ministry", "council", "police", "charity", "union", "club",
                           "festival"})
_LOOSE_PUBLIC_WORDS = frozenset({"agency", "organisation", "organization", "body", "service", "team", "authority",
                                 "watchdog", "regulator", "department", "group"})
_LOOSE_CHARITY_WORDS = frozenset({"charity", "nonprofit", "trust", "foundation", "fund"})
#: Kinds of commercial bodies, whose names are written short ("Harlow Home" for Harlow Home Group).
_COMMERCIAL_KINDS = frozenset({"company", "airline", "bank", "charity", "union"})
#: Words for a parent organisation ("The group said" after a subsidiary's sentence) and the
#: clause that names a subsidiary's owner ("Pennant Living, which Harlow bought in 2021,").
_PARENT_WORDS = frozenset({"group", "parent", "owner", "conglomerate"})
_OWNED_BY = re.compile(r",\s+which\s+([A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})\s+"
                       r"(?:bought|owns|acquired|controls|runs|took\s+over)\b")
#: An apposition after a name whose head is an organisation word ("Orbitrack, a private company in
#: Colorado", "Caritas Philippines, the relief arm of the Church"): group 1 is the head.
_ORG_APPOS = re.compile(r"\s*,\s*(?:a|an|the|its)\s+(?:[\w’'-]+\s+){0,3}?(company|firm|agency|charity|arm|unit|"
                        r"subsidiary|division|body|organi[sz]ation|group|operator|regulator|watchdog|trust|"
                        r"nonprofit|consultancy|club|union|federation|association|airline|carrier|broadcaster|"
                        r"network|service|foundation|fund|bank|lender|insurer|retailer|chain|miner|developer|"
                        r"promoter|label|publisher|council|authority|department|ministry|institute|society)\b")
#: A place modifier of a description ("The Oslo-based airline", "The London-listed carrier").
_PLACE_MOD = re.compile(r"([A-Z][\w’'.]*)-(?:based|listed|headquartered|registered|owned|run)$")
#: Switch for the paragraph-salience step (:meth:`OrgDescriptionRules._paragraph_org`); measurement only.
_SALIENCE = True
#: Switch for session 9's organisation-description rules (:meth:`OrgDescriptionRules._speaking_body`,
#: :meth:`OrgDescriptionRules._org_word_of`, :meth:`OrgDescriptionRules._org_word_fallback`,
#: :meth:`OrgDescriptionRules._headline_org_word`); measurement only, shipped ``True``.
_S9_NOMINALS = True
#: Switch for session 10's third round of organisation rules (issue 11 genre train, series i): an
#: organisation name the article never writes alone is the fuller name it is always written in
#: (:meth:`~.organisations.OrganisationRules._written_full_org_name`: "General Hospital" → "Sevenbridge General
#: Hospital", "Guild" → "Midwives' Guild"); a description whose head word is the head of a body's
#: capitalised name is the latest such body, its modifiers fitting (:meth:`OrgDescriptionRules._headed_body`);
#: measurement only, shipped ``True``.
_S10_ORGS3 = True
#: Switch for session 11's rival step (issue 11 genre train, series k): "The rival insurer", "the
#: other club" is the body of that kind other than the one in focus (:meth:`OrgDescriptionRules._rival_org`);
#: measurement only, shipped ``True``.
_S11_ORG_RIVAL = True
#: Switch for session 11's place-modified kind word (issue 11 genre train, series k): "The
#: Edinburgh-based carrier" that no sentence of a body writes with its place is still a kind word
#: for :meth:`OrgDescriptionRules._org_by_kind` (the tokenizer splits "Edinburgh - based": no name in
#: the mention); measurement only, shipped ``True``.
_S11_ORG_PLACE_MOD = True
#: Switch for session 11's subject names (issue 11 genre train, series k) in
#: :meth:`OrgDescriptionRules._subject_names`: "Rovers said …" that the tagger reads as a plural noun
#: is a subject name when it is a word of one of the article's organisations, and a subject name
#: keeps its "for/of X" part ("Walkley Streets for People, which …"); measurement only, shipped ``True``.
_S11_ORG_SUBJECTS = True
#: Switch for session 11's governing body of the company in focus (issue 11 genre train, series k):
#: "The board", "The directors" of an article that names no body titled so is the business named
#: most often before it (:meth:`OrgDescriptionRules._board_of_focus`); measurement only, shipped ``True``.
_S11_ORG_BOARD = True
#: Switch for session 12's initialism kinds (issue 11 genre train, series m): an initialism the
#: article defines in brackets ("The Office for Product Safety and Standards (OPSS)") has the kinds
#: of its full name in :meth:`OrgDescriptionRules._name_kinds` (an agency is no "manufacturer");
#: measurement only, shipped ``True``.
_S12_ORG_ACRONYM = True
#: Switch for session 12's exact kind (series m): a kind word that fits several kinds ("the
#: agency": an agency or a regulator) prefers, in :meth:`OrgDescriptionRules._org_by_kind`, a body
#: of the kind the word itself names; a headline's bare word ("insurer says …") prefers, in
#: :meth:`OrgDescriptionRules._headline_org_word`, a body the article calls by that word
#: ("Halcombe Mutual, the home insurer"); measurement only, shipped ``True``.
_S12_ORG_EXACT_KIND = True
#: Switch for session 12's organisation in focus (issue 11 genre train, series m and earlier): "The
#: party added" right after "Labour said …" is the body that is the subject of the sentence before
#: (:meth:`OrgDescriptionRules._focus_org`), before the name-head and kind steps; "A second group,
#: Green Delta Aid, said" introduces the body named in apposition (:meth:`OrgDescriptionRules._introduced_body`);
#: a headline's bare word ("… as forecaster warns") is the body in focus where the text first writes
#: "the forecaster" (:meth:`OrgDescriptionRules._headline_org_word`); measurement only, shipped ``True``.
_S12_ORG_FOCUS = True
#: The first of those three parts alone, the subject of the sentence before (:meth:`OrgDescriptionRules._focus_org`),
#: shipped ``False``: on genre train it fired about 95 times, all but one agreeing with the gold, but
#: decided only one row the other steps did not (+1), while genre dev lost 2 rows fast and accurate
#: with it (measured by toggling, session 12; a dev-informed choice, said so in BENCHMARKS.md).
_S12_ORG_FOCUS_PREV = False
#: Switch for session 12's organisation names of round 3 (genre train): a name mention whose head
#: part is the name of one of :meth:`~.organisations.OrganisationRules.org_refs`, written there, is
#: that organisation (:meth:`OrgDescriptionRules._ref_named`: "Kestrel+ said", "Channel 7 said" the
#: NER left untagged); shipped ``True``.
_S12_ORG3_REF_NAME = True
#: Session 15 (PolNeAR train, helper g4): a one-word name mention that is a word of a person's full
#: name of two words or more written before it ("Rubio donor Luther Stan Pate IV—a Tuscaloosa
#: tycoon …" … "Pate claimed …", where the NER tagged another "Pate" as an organisation) is no
#: organisation reference (:meth:`OrgDescriptionRules._ref_named` gives way: the surname rules
#: resolve it to the person; rule 1 of gold/speakers/README.md). ``False`` gives the old behaviour.
_S15_REF_NOT_SURNAME = True
#: Switch for session 13's place-modified kind word of the body just named (organisation
#: descriptions, genre train): "The Leeds firm", "The Bristol insurer" that no step placed (no body
#: is written with the place, :meth:`OrgDescriptionRules._modified_org`) is the organisation named
#: latest in the sentence before whose kinds fit the word (:meth:`OrgDescriptionRules._place_word_prev`);
#: shipped ``True``.
_S13_ORG_PLACE_PREV = True
#: Switch for session 13's body of the sentence before (organisation descriptions, genre train):
#: "The force", "The unit", "The platform" opening its sentence that every other step left
#: unresolved is the one organisation named in the sentence before ("Detective Sergeant Lorna Pike
#: of West Yorkshire Police said … The force said"; :meth:`OrgDescriptionRules._body_just_named`);
#: shipped ``True``.
_S13_ORG_PREV_SENT = True
#: Switch for session 13's place modifiers, round 3 (organisation descriptions, genre train): in
#: :meth:`OrgDescriptionRules._modified_org` a body the article writes "Leeds-based" is no "Madrid-based
#: bank" (the latest other body of the kind is, when such a clash ruled one out), a body named inside
#: the mention is none ("The National League club"), and a "federation"/"association" is no body of
#: other known kinds (a broadcaster); in :meth:`OrgDescriptionRules._place_named_org` a public-body
#: word ("The Spanish regulator", "The Scottish agency") with no body of a fitting kind is the body of
#: the mention's paragraph whose name holds the place ("The Bank of Spain said … The Spanish
#: regulator said"); shipped ``True``.
_S13_ORG3_PLACE_MOD = True
#: "Castellane Bank, the Leeds-based mortgage specialist", "Leeds-based Castellane": the place a body
#: is written as based in, before its name (group 1) or in its apposition (group 2).
_S13_BASED_BEFORE = re.compile(r"([A-Z][\w’'.]*)\s*-\s*(?:based|headquartered)\s+(?:[a-z][\w-]*\s+){0,2}$")
_S13_BASED_AFTER = re.compile(r"(?:['’]s?)?\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?([A-Z][\w’'.]*)\s*-\s*"
                              r"(?:based|headquartered)\b")
#: Words for a membership body that no body of other known kinds is called ("The Kenyan athletics
#: federation" is no broadcaster): their kinds in :data:`~.entities.ORG_KIND_OF`.
_S13_MEMBER_WORDS = frozenset({"federation", "association"})
#: Words for a public body that a body of the mention's paragraph whose name holds the modifier's
#: place may be called whatever its kinds ("The Bank of Spain … The Spanish regulator").
_S13_PLACE_PUBLIC_WORDS = _LOOSE_PUBLIC_WORDS | _S13_MEMBER_WORDS
#: Words a body is called by at the head of "The W" that :meth:`OrgDescriptionRules._body_just_named`
#: takes beyond the kind words of :data:`~.entities.DESC_KINDS` and :data:`_ROLE_ORG_WORDS`.
_S13_BODY_WORDS = frozenset({"unit", "division", "arm", "force", "platform", "service", "department", "body",
                             "organisation", "organization", "outfit", "squad", "team", "office", "board"})
#: Switch for session 13's organisation descriptions, round 4 (genre train): the organisation of a
#: subject of :meth:`OrgDescriptionRules._affiliation_of_subject` is also a body before a document
#: or spokesperson noun ("Western Shires' statement after the hearing said …", "A Northline
#: spokesperson said …") and before a role whose named holder the parser hung on its "of" phrase
#: ("Northstar's head of factual, Dominic Asante, told …"); so "The operator", "The streamer" of
#: the next sentence is that body (:meth:`OrgDescriptionRules._paragraph_org`); shipped ``True``.
_S13_ORG4_AFFIL = True
#: Switch for session 13's lower-case bodies, round 4 (genre train): "The ministry" whose paragraph's
#: latest subject is "Egypt's foreign ministry" is that body as written (:meth:`OrgDescriptionRules._possessed_subject`
#: in :meth:`OrgDescriptionRules._paragraph_org`); shipped ``True``.
_S13_ORG4_LOWER_BODY = True
#: Switch for session 13's name-head body against the focus, round 4 (genre train): "The party"
#: that :meth:`OrgDescriptionRules._headed_body` would take to the latest "<X> Party" is instead
#: the organisation subject of the sentence before when that fits the word and is another body
#: ("Labour said in a statement … The party added"; :meth:`OrgDescriptionRules._focus_subject`). Shipped
#: ``False``: genre train fast +1 (2690 -> 2691/2844) but genre dev fast -1 (1723 -> 1722/2018; PolNeAR
#: speaker dev unchanged), the same trade as :data:`_S12_ORG_FOCUS_PREV` (a dev-informed choice).
_S13_ORG4_HEADED_FOCUS = False
#: Switch for session 13's organisation descriptions, round 5 (genre train): a headline's or
#: standfirst's bare plural of an organisation word ("…, agencies confirm", "Health agencies urge",
#: "Two unions say") is the first organisation the article names below whose kinds fit the word
#: (:meth:`OrgDescriptionRules._headline_org_plural`; rule 6 of ``gold/speakers/README.md`` as the
#: genre README reads it for series i and j: a standfirst plural of agencies or unions takes the
#: first-named), not an anonymous group; shipped ``True``.
_S13_ORG5_PLURAL = True
#: Switch for session 13's organisation descriptions, round 5 (genre train): in
#: :meth:`OrgDescriptionRules._acting_org` an organisation already resolved as a speaker (or the
#: previous speaker) whose kinds the article's own words give (:meth:`org_refs`: "Unite" that "the
#: union" was resolved to) is no body that acted for a word of another kind ("The council said"
#: after Unite spoke is no union); the later steps then take the council the article names
#: (:meth:`OrgDescriptionRules._headed_body`). Rule 3 of ``gold/speakers/README.md``; shipped ``True``.
_S13_ORG5_ACT_KINDS = True
#: Switch for session 14's modifiers that name no speaker (organisation descriptions, genre train):
#: :meth:`OrgDescriptionRules._bare_body_word` reads "The National League club" (a competition's name
#: before a club word), "the Labour-run authority" (a party that runs the body) and "The council's
#: environmental health team" (a unit of a body described by a kind word) as the bare "The club",
#: "the authority", "The council", and :meth:`OrgDescriptionRules._members_body` resolves "The actors'
#: union", "The referees' body" (a body named for the people it represents) to a membership body, never
#: a club, company or outlet. Rule 3 of ``gold/speakers/README.md`` and the genre README's reading
#: "The council's environmental health team takes the council" (series o).
_S14_ORGD_MODS = True
#: Switch for session 15's possessed body names (series u, wire copy): "Peru's Ministry of Energy
#: and Mines said" is the ministry, not Peru (:meth:`OrgDescriptionRules._possessed_body_name`);
#: ``False`` leaves the possessor step to take the place.
_S15_POSS_BODY_NAME = True
#: Switch for session 15's "the group" (series u, genre train; org descriptions): the generic word
#: "group" in :meth:`OrgDescriptionRules._org_of_type` takes no organisation whose name says a
#: public body or an institution (:data:`_S15_NOT_GROUP_KINDS` by :func:`~.entities._word_kinds`:
#: "Eden Fells Council", "Ministry of Health", "Hollins Brook Primary School"); a campaign group,
#: company or charity is still one (rule 3 of ``gold/speakers/README.md``); and an organisation
#: speaker whose name the NER clustered as a person ("Save St Aidan's, the campaign group …, said")
#: joins the pool as the organisation. ``False`` gives the old pool.
_S15_GROUP_NOT_PUBLIC = True
#: Switch for session 15's name before an apposition source (series u, genre train): "<Name>, the
#: campaign group set up by parents, said" with the description taken as the source is the name
#: (:meth:`OrgDescriptionRules._name_before_appos`). ``False``: only a name after the description.
_S15_NAME_BEFORE_APPOS = True
_S15_NOT_GROUP_KINDS = frozenset({"council", "ministry", "police", "regulator", "institution"})
#: Switch for session 15's place-modified bodies (series u, wire copy; organisation names): "The
#: Zonguldak chief prosecutor's office said" (a place written before lower-case words and a body
#: word, no possessive after the place) is a body the article never names properly: the article's
#: words, as "Norway's coastal safety agency" (:meth:`OrgDescriptionRules._place_body`), not the
#: ranker's nearest organisation (a ministry named paragraphs before). ``False``: only "<Place>'s …".
_S15_PLACE_MOD_BODY = True
#: Switch for session 15's "the local authority" in the lead (series u, council copy; organisation
#: names): "… after the local authority confirmed plans …", with the council named only in the next
#: paragraph ("A report to Eden Fells Council's cabinet"), is that council: the session-14 forward
#: step of :meth:`OrgDescriptionRules._org_by_kind` (a bare business word opening a story's body),
#: widened to "the local" + a council word (:data:`_S15_LOCAL_BODY_WORDS`). ``False``: businesses only.
_S15_LOCAL_CATAPHOR = True
_S15_LOCAL_BODY_WORDS = frozenset({"authority", "council"})
#: Switch for session 16's country or capital speaking for its foreign ministry (h4, genre train
#: series o and w, wire copy): "Kyrgyzstan declined", "Doha said", "Malaysia ordered" in an
#: article that names that country's foreign ministry ("Qatar's foreign ministry", "The Kyrgyz
#: foreign ministry", "the Malaysian Ministry of Foreign Affairs") is that ministry as the article
#: words it (``gold/speakers/genre/README.md`` readings of series o and u: "a country standing for
#: its ministry takes the ministry in the article's words", "Moscow"/"Beijing" likewise). Only
#: foreign ministries (every train row of this shape); a capital through
#: :data:`~.ner_fix.CAPITALS` and :data:`_S16_MORE_CAPITALS`, a country when the NER tags it GPE.
#: :meth:`OrgDescriptionRules._country_ministry`; shipped ``True``.
_S16_H4_COUNTRY_MINISTRY = True
#: Capitals missing from :data:`~.ner_fix.CAPITALS` (capital → country, lower-cased), read only
#: by :meth:`OrgDescriptionRules._country_ministry`. No "Brussels" (the EU's voice, not Belgium's).
_S16_MORE_CAPITALS = {"doha": ("qatar",), "tashkent": ("uzbekistan",), "bishkek": ("kyrgyzstan",),
                      "astana": ("kazakhstan",), "dushanbe": ("tajikistan",), "ashgabat": ("turkmenistan",),
                      "abu dhabi": ("united arab emirates", "uae"), "muscat": ("oman",), "manama": ("bahrain",),
                      "kuwait city": ("kuwait",), "niamey": ("niger",), "bamako": ("mali",), "dakar": ("senegal",),
                      "accra": ("ghana",), "kampala": ("uganda",), "kigali": ("rwanda",), "lusaka": ("zambia",),
                      "harare": ("zimbabwe",), "rabat": ("morocco",), "algiers": ("algeria",), "tunis": ("tunisia",),
                      "tripoli": ("libya",), "bern": ("switzerland",), "ulaanbaatar": ("mongolia",),
                      "kathmandu": ("nepal",), "colombo": ("sri lanka",), "naypyidaw": ("myanmar",),
                      "phnom penh": ("cambodia",), "vientiane": ("laos",), "port moresby": ("papua new guinea",)}
#: Switch for session 16's countries the NER tags no place (h4, genre train series w): "Niger's
#: justice ministry said" is that ministry in the article's words, as "Kenya's agriculture ministry"
#: (:meth:`OrgDescriptionRules._place_body`), not Niger; a country of :data:`_S16_COUNTRY_WORDS`
#: counts whatever its tag; shipped ``True``.
_S16_H4_PLACE_POSS = True
#: Countries' names, lower-cased, one word each (:data:`~saidwhat.pipeline.coref.DEMONYMS`' countries,
#: :data:`~.ner_fix.CAPITALS`' and :data:`_S16_MORE_CAPITALS`' countries).
_S16_COUNTRY_WORDS = frozenset({c for v in list(_ner_fix.CAPITALS.values()) + list(_S16_MORE_CAPITALS.values())
                                for c in v if " " not in c} | {w for v in DEMONYMS.values() for w in v if w.islower()}
                               - {w for w in DEMONYMS})
#: "Qatar's foreign ministry", "The Kyrgyz foreign ministry" (group 1 the place or nationality word,
#: group 2 a possessive) and "the Malaysian Ministry of Foreign Affairs", "Peru's Foreign Ministry"
#: (group 3 the proper name) (:meth:`OrgDescriptionRules._country_ministry`).
_S16_FOREIGN_MINISTRY = re.compile(r"\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(['’]s)?[ \t]+(?:foreign[ \t]+ministry\b|"
                                   r"(Ministry[ \t]+of[ \t]+(?:Foreign|External)[ \t]+Affairs(?:[ \t]+and[ \t]+[A-Z][a-z]+)?"
                                   r"|Foreign[ \t]+Ministry)\b)")
#: A source that is a country or capital alone, after an optional "the"/"host" (group 1; matched on
#: the text between the source's character offsets; :meth:`OrgDescriptionRules._country_ministry`).
_S16_COUNTRY_SOURCE = re.compile(r"\s*(?:(?:[Tt]he|[Hh]ost)\s+)?([A-Z][A-Za-z]+(?:[ \t][A-Z][a-z]+){0,2})\s*")
#: Session 16 (h1, documents on real text; PolNeAR train "the Wall Street Journal editorial board …
#: the editorial board writes"): "the editorial board" / "the editors" / "the editorial page" is
#: the outlet the article names with it ("X editorial board", "X's editorial board", "the editorial
#: board of X"), nearest before (else first after) the mention; rule 3 of ``gold/speakers/README.md``
#: (a description of a named body takes its name). :meth:`OrgDescriptionRules._editorial_outlet`.
#: ``False`` gives the earlier rules.
_S16_H1_EDITORIAL = True
#: Session 16 (h1; PolNeAR train "a New Hampshire ballot commission … the commission said", "The EP
#: Committee on Civil Liberties, Justice and Home Affairs … the Committee should"): a bare "the
#: commission/committee" that no step resolved is the latest body written before it with that word
#: after a capitalised modifier (and an "on/of/for <Name>" tail), as written (rule 3 of
#: ``gold/speakers/README.md``; a body the article never names properly takes its words).
#: :meth:`OrgDescriptionRules._body_phrase_before`. ``False`` gives the earlier rules.
_S16_H1_BODY_PHRASE = True
_S16_BODY_PHRASE_WORDS = frozenset({"commission", "committee"})
_S16_EDITORIAL_RE = re.compile(r"^(?:the|its|their)\s+(?:editorial\s+(?:board|page|team|writers)|editors)$", re.I)
_S16_EDITORIAL_NAME_RE = re.compile(
    r"((?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*?)(?:['’]s?)?\s+editorial\s+(?:board|page|team|writers)\b"
    r"|editorial\s+(?:board|page)\s+(?:of|at)\s+(?:the\s+)?((?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*)")
#: Session 14 round 3 (genre train series r, council copy): a bare "the group" / "the union" whose
#: word several named bodies were written with ("the ruling Labour group" in a standfirst, then
#: "Campaigners from the Save Elmfield Library group") is the one the text last wrote with the word,
#: when that writing comes after the other's latest mention, not the earlier subject
#: (:meth:`OrgDescriptionRules._org_by_kind`; rule 3 of ``gold/speakers/README.md``). ``False``
#: gives the old behaviour.
_S14_GRP_TYPED_LATEST = True
#: Last words of a competition's name ("National League", "Premier League", "FA Cup"): a club word
#: after it is a club that plays in it, never the competition (:data:`_S14_ORGD_MODS`).
_S14_COMPETITION_HEADS = frozenset({"league", "cup", "championship", "premiership", "division", "conference",
                                    "trophy", "series", "liga", "bundesliga", "ligue", "eredivisie", "superleague"})
#: Club words a competition's name may stand before (:data:`_S14_ORGD_MODS`).
_S14_CLUB_WORDS = frozenset({"club", "side", "team", "outfit", "franchise"})
#: Party words that run a body ("the Labour-run authority", "the Tory-led council"; :data:`_S14_ORGD_MODS`).
_S14_PARTY_WORDS = frozenset({"labour", "conservative", "tory", "liberal", "lib", "green", "snp", "plaid", "reform",
                              "democrat", "democratic", "republican", "gop", "independent", "ukip", "sinn", "dup"})
_S14_RUN_BY = re.compile(r"([A-Z][\w’']*(?:\s+[A-Z][\w’']*){0,2})\s*-\s*(?:run|led|controlled)\s*$")
#: Units of a body that speak for it ("The council's environmental health team"; :data:`_S14_ORGD_MODS`).
_S14_UNIT_WORDS = frozenset({"team", "office", "department", "unit", "division", "section", "directorate",
                             "service", "press"})
#: Words for a body named for the people it represents ("The actors' union", "The referees' body") and the
#: name heads and kinds such a body may have (:meth:`OrgDescriptionRules._members_body`).
_S14_MEMBERS_WORDS = frozenset({"union", "body", "association", "federation", "board", "guild", "organisation",
                                "organization", "group", "council", "society", "league"})
_S14_MEMBERS_KINDS = frozenset({"union", "regulator", "agency", "charity"})
#: Number words that may stand before a headline's plural organisation word (:data:`_S13_ORG5_PLURAL`).
_S13_ORG5_NUMBERS = frozenset({"two", "three", "four", "five", "several", "both"})
#: Subject nouns that speak for the body written before them (:data:`_S13_ORG4_AFFIL`).
_S13_ORG4_SPEAKING_NOUNS = frozenset({"statement", "letter", "submission", "announcement", "spokesperson",
                                      "spokesman", "spokeswoman"})
#: Place words whose description is no body in focus ("the city": the dateline's place, not the
#: council that spoke; :meth:`OrgDescriptionRules._focus_org`).
_NO_FOCUS_WORDS = frozenset({"city", "town", "county", "state", "country", "police", "force", "government"})
#: "A second group, Green Delta Aid,", "Another charity, Oxfam,", "A rival firm, Ostrava-based
#: Medilink,": an indefinite organisation word and the name in apposition after its comma (group 1
#: the organisation word; :meth:`OrgDescriptionRules._introduced_body`).
_INTRODUCED_HEAD = re.compile(r"(?:A|An|Another|One)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)")
#: Switch for session 16's introduced bodies with capitalised or possessive modifiers (h4, genre
#: train series w): "A Spanish pilots' union, the Sindicato X,", "A Cape Town threat-intelligence
#: firm, Kestrel Y," introduce the body named in apposition, also where the source span stops at the
#: description's comma (:meth:`OrgDescriptionRules._introduced_body`; :data:`_INTRODUCED_HEAD_S16`);
#: shipped ``True``.
_S16_H4_INTRO_BODY = True
#: Switch for session 16 round 2 (r2b; h4's probe "Oman's foreign ministry said … The Belgian foreign
#: ministry said", genre train series w): a description whose modifier is a country or nationality
#: ("The Belgian ministry", "the Spanish union", "Kenya's regulator") is no body whose name carries
#: another country ("Oman's foreign ministry", "Mali"): :meth:`OrgDescriptionRules._s16_nation_clash`,
#: read by :meth:`OrgDescriptionRules._paragraph_org`.
#: Rule 3 of ``gold/speakers/README.md`` (a description refers to the body it describes); shipped ``True``.
_S16_R2B_NATION_MATCH = True
#: Switch for session 16 round 2 (r2b, genre train series w: "A Spanish pilots' union has claimed …"
#: in the lead, "The Sindicato de Pilotos de Línea (SPL) … said" paragraphs below): an indefinite
#: description of a specific kind is the one body of that kind the article names later
#: (:meth:`OrgDescriptionRules._s16_named_later`, asked by :meth:`OrgDescriptionRules._introduced_body`);
#: reading 1 of ``gold/speakers/genre/README.md``. Shipped ``False``: +1 on train, 0 on genre dev, but
#: its guard (no "for the"/"of the" between "A" and the kind word: "A spokesman for the agency") was
#: written after its engineer saw a genre dev row it broke, so dev no longer measures it cleanly.
_S16_R2B_NAMED_LATER = False
#: Switch for session 16 round 2 (r2b, genre train series w: "Halvorsen Brands, the Anglo-Norwegian
#: maker …", later "Halvorsen IP BV, an Amsterdam company", then "The group, which is listed in
#: London and Oslo,"): a short form that begins or ends two organisations' names that are not nested
#: is the one whose full name the article writes first (:meth:`OrgDescriptionRules._ref_name`; off:
#: the short form as written). Rule 3 of ``gold/speakers/README.md`` (the body as the article names
#: it); shipped ``True``.
_S16_R2B_SHORT_FIRST = True
#: Switch for session 16 round 2 (r2b, genre train series w: a standfirst "Tribunal says …; drinks
#: group vows to appeal"): a headline's or standfirst's lower-case modified organisation word that
#: opens a clause after ";", "," or ":" is headline style as a capitalised one is
#: (:meth:`OrgDescriptionRules._headline_org_word`); shipped ``True``.
_S16_R2B_HEADLINE_LOWER = True
#: Switch for session 16 round 2 (r2b, genre train series w: a standfirst "Developer says project …"
#: and "…, a move the developer, Harbourline Developments, described as"): a headline's bare role
#: word of :data:`_ROLE_ORG_WORDS` ("Developer", "Operator", "Promoter") is the body the article
#: introduces by that word (:meth:`OrgDescriptionRules._introduced_as`), as genre README's "manufacturer
#: confirms" takes the body named later (:meth:`OrgDescriptionRules._headline_org_word`); shipped ``True``.
_S16_R2B_HEADLINE_ROLE = True
#: Switch for session 16 round 2 (r2b, genre train series w: "Auckland Council's planning committee
#: has put off …" many paragraphs before "The committee has asked Watercare …"): when no "a/the …
#: committee" phrase is near, "the committee"/"the commission" is the latest "<Name>'s [one or two
#: lower-case words] committee" written before it, as written (the genre README's as-written
#: reading for a body the article never names properly; :meth:`OrgDescriptionRules._body_phrase_before`);
#: shipped ``True``.
_S16_R2B_POSS_COMMITTEE = True
#: Session 17 E2 (PolNeAR train breitbart 2016-03-20: "In a back-and-forth email thread with Cruz's
#: campaign, Breitbart News asked …, but *the campaign* refused to answer" went to Breitbart News,
#: which took the role word "campaign" from the phrase before it): organisation kinds exclude each
#: other, and a body whose name ends in a news outlet's word (:data:`_OUTLET_NAME_WORDS`: "News",
#: "Times", "Post", "Network", …; the outlet and channel groups of
#: :data:`~saidwhat.pipeline.coref.ORG_TYPES`) is never "the campaign"
#: (:meth:`OrgDescriptionRules._campaign_before`); the surname's campaign before it is. Outlets are
#: named in almost every political article, often right beside the campaign they question.
#: ``False`` gives the old behaviour.
_S17_E2_OUTLET_NOT_CAMPAIGN = True
_OUTLET_NAME_WORDS = frozenset(ORG_TYPES[0] | ORG_TYPES[1]) - {"weekly", "daily", "outlet", "publication", "station"}
#: :data:`_INTRODUCED_HEAD` with modifiers that are capitalised (a place, a nationality: "Cape Town",
#: "Spanish") or a plural possessive ("pilots'"); the head word (group 1) still lower case.
_INTRODUCED_HEAD_S16 = re.compile(r"(?:A|An|Another|One)\s+(?:[A-Za-z][\w’'-]*\s+){0,4}?([a-z][\w-]*)")
#: "calling itself Ansar al-Wadi", "known as the Kestrel Group" after an indefinite organisation
#: word (:data:`_S16_H4_INTRO_BODY`; group 1 the name; lower-case Arabic particles "al-"/"el-" inside).
_S16_NAME_RUN = r"[A-Z][\w’'&.+-]*(?:[ \t]+(?:(?:of|for|and|&|the|de)[ \t]+)?(?:[A-Z]|al-|el-)[\w’'&.+-]*){0,5}"
_S16_CALLED_NAME = re.compile(r"\s*,?\s*(?:(?:which|that)\s+calls\s+itself|calling\s+itself|known\s+as)\s+(?:the\s+)?("
                              + _S16_NAME_RUN + r")(?=\s*[,.;]|\s+(?:has|had|have|was|is|said|says|told|claimed|"
                                                r"warned|announced|added|stated|posted|issued|released|[a-z]+ed)\b)")
#: "That firm, Kestrel Threat Labs," / "The group, X," opening a sentence (group ``w`` the
#: organisation word, group 1 the name; :meth:`OrgDescriptionRules._s16_next_sentence_name`).
_S16_THAT_WORD_NAME = re.compile(r"(?:That|This|The)\s+(?P<w>[a-z][\w-]*)\s*,\s*(?:the\s+)?(" + _S16_NAME_RUN
                                 + r")\s*,")
_INTRODUCED_NAME = re.compile(r"\s*,\s*(?:the\s+)?(?:[A-Z][\w’'.]*-(?:based|listed|headquartered|registered|owned|run)"
                              r"\s+)?([A-Z][\w’'&.+-]*(?:[ \t]+(?:(?:of|for|and|&|the|de)[ \t]+)?[A-Z][\w’'&.+-]*)"
                              r"{0,5})\s*(?:,|$)")
#: Head words of a description and the heads of the names they describe (:meth:`OrgDescriptionRules._headed_body`).
_S10_HEAD_WORDS = {"force": ("police", "constabulary"), "theatre": ("theatre", "theater", "playhouse"),
                   "school": ("school", "academy")}
#: Body words whose organisations have the word (or a synonym) as the head of their name ("Humber
#: Youth Theatre", "Wyke Playhouse", "University of Leeds"): :meth:`OrgDescriptionRules._titled_body`.
_S10_BODY_WORDS = {"theatre": ("theatre", "theater", "playhouse"), "theater": ("theatre", "theater", "playhouse"),
                   "playhouse": ("playhouse",), "museum": ("museum",), "gallery": ("gallery",),
                   "orchestra": ("orchestra",), "choir": ("choir",), "hospital": ("hospital",),
                   "school": ("school", "academy"), "college": ("college",), "university": ("university",),
                   "library": ("library",), "zoo": ("zoo",)}
#: "The boards of both companies": a governing body of two organisations (rule 6: the first-named).
_S10_LINKS = frozenset({"of", "on", "for", "and", "the", "&", "de", "del"})
#: (the capital first, then the lookbehind on the character before it: the same matches, found faster; speed, session 16)
_S10_NAME_RE = re.compile(r"([A-Z](?<![\w’'&.-].)[\w’'&.-]*(?:[ \t]+(?:(?:of|on|the|del|de|la|and|for|&)[ \t]+){0,2}"
                          r"[A-Z][\w’'&.-]*){0,6})")
_S10_BOARDS_OF = re.compile(r"(?:the\s+)?(?:boards?|directors|management|shareholders)\s+of\s+", re.I)
#: Bodies the article may leave unnamed and call by its own words ("the race jury", "the sheriff's
#: office"): gold/speakers/genre README, a body the article never names properly takes its words.
_AS_WRITTEN_WORDS = frozenset({"jury", "office", "panel", "tribunal"})
#: Organisation words of public bodies whose names hold the word ("Ministry of Mining", "Alder Falls
#: City Council"): an organisation of unknown kinds is never called so (:meth:`OrgDescriptionRules._fits_word`).
_NAMED_BODY_WORDS = frozenset({"ministry", "council", "court", "police", "department", "embassy", "parliament",
                               "senate", "government"})
#: Body words a description may use for a body named with the word capitalised ("The Officiating
#: Standards Board … The board"): :meth:`OrgDescriptionRules._titled_body`.
_BODY_TITLE_WORDS = frozenset({"board", "committee", "commission", "panel", "tribunal", "bureau", "institute",
                               "directorate", "secretariat", "inquiry", "review", "taskforce"})
#: A body that speaks for its organisation ("the carrier’s board"): the gold's speaker is the organisation.
_GOVERNING_WORDS = frozenset({"board", "directors", "management", "shareholders"})
#: Generic heads of a description whose modifier says the kind ("the streaming service").
_SERVICE_HEADS = frozenset({"service", "platform", "provider", "outfit"})
#: Plural descriptions of two organisations ("the two companies", "Both companies", "both firms").
_ORG_PAIR_WORDS = re.compile(r"(?:the\s+two|both(?:\s+the)?)\s+(?:companies|firms|groups|businesses|banks|insurers|"
                             r"clubs|organisations|organizations|carriers|airlines|lenders)$", re.I)


def _org_words(c: Cluster, doc: Doc | None = None) -> set[str]:
    """What an organisation cluster is called and described as: its name words, the type word
    written right before or after one of its mentions ("Family Circle *magazine*", "the
    *broadcaster* NTV", "Hillary for America, the Clinton *campaign*"; with ``doc``, else its
    role words) and, for a well-known name, its type (:data:`_KNOWN_ORG_TYPES`). Words merely
    near a mention ("LGBT Pride *events*", "police *officers*") are not what it is called."""
    words = set(c.tokens)
    if doc is None:
        words |= c.role_words
    else:
        text = doc_text(doc)
        for s, e, _, _ in c.mentions:
            before = re.search(r"\b(?:the|a|an)\s+(?:[a-z-]+\s+)?([a-z]+)\s+$", text[max(0, s - 40):s])
            after = re.match(r"(?:['’]s)?\s*(?:,\s*(?:the|an?)\s+(?:[\w-]+\s+){0,3}?)?([a-z]+)\b", text[e:e + 60])
            for m in (before, after):
                if m is not None and (m.group(1) in ORG_HEADS or any(m.group(1) in g for g in ORG_TYPES)):
                    words.add(m.group(1))
    for w in c.tokens:
        words.update(w.split("-"))  # "Sun-Times"
        if w in _KNOWN_ORG_TYPES:
            words.add(_KNOWN_ORG_TYPES[w])
    return words


def _ends_mention(c: Cluster, start: int, end: int, text: str) -> bool:
    """Whether a mention of ``c`` inside ``[start, end)`` is the mention's last word ("the
    broadcaster NTV", not "The Green leader")."""
    tail = text[start:end].rstrip(" ,.'’s")
    return any(start <= s and e >= start + len(tail) - 1 for s, e, _, _ in c.mentions if s < end)


def _pp_object(c: Cluster, start: int, end: int, text: str) -> bool:
    """Whether ``c``'s mention inside ``[start, end)`` is the object of a preposition after the
    mention's head noun ("The former secretary *of State*", "the head of *the Senate*"): the
    mention is then the head's description, not the organisation."""
    ms = [s for s, e, _, _ in c.mentions if start <= s and e <= end]
    if not ms:
        return False
    before = text[start:ms[0]]
    return bool(re.search(r"\w\s+(?:of|for|at|from|in|with)\s+(?:the\s+)?$", before, re.I))


def _without_date(toks: list[Token]) -> list[Token]:
    """``toks`` without a trailing time phrase ("… regulator *on Thursday*", "… *late on Sunday*"):
    tokens the NER tags DATE or TIME at the end, and the lower-case preposition or adverb before
    them (or ending the tokens alone: "… regulator on"); unchanged when that would leave fewer than
    two tokens."""
    i = len(toks)
    while i > 0 and toks[i - 1].ent_type_ in ("DATE", "TIME"):
        i -= 1
    while i > 0 and toks[i - 1].tag_ in ("IN", "RB") and toks[i - 1].text.islower():
        i -= 1  # "… regulator on": a preposition ends no noun phrase
    return toks[:i] if 2 <= i < len(toks) else toks


def _brand_word(word: str) -> bool:
    """Whether ``word`` is written like a brand, a capital inside it after lower-case letters
    ("TransLink", "PlayWell"; not "McAllen", "DeKalb", "LaSalle"): the NER tags such names GPE, but
    places are not spelt so."""
    return bool(re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]+", word)) and not re.match(r"(?:Mc|Mac|De|Di|Du|La|Le|Van)[A-Z]", word)


class OrgDescriptionRules:
    """The descriptions that refer to an article's organisations: mixed into
    :class:`~saidwhat.pipeline.speakers.SpeakerResolver` after
    :class:`~.organisations.OrganisationRules`, whose methods (:meth:`~.organisations.OrganisationRules.org_refs`
    and the name helpers) it uses, with ``doc``, ``text``, ``named``, ``cands``, ``entities`` and
    the registry's methods."""

    def _org_description(self, span, cls: str, start: int, prev: str | None) -> str | None:
        """The organisation (or named owner) that a description refers to, or ``None`` (the ranker
        then decides): the one owner of organisation descriptions in the resolver's cascade.

        Rule 3 of ``gold/speakers/README.md``: a description of an organisation the article names
        ("the Obama administration", "the carrier", "the network", "His campaign") is that
        organisation, as the article writes it. The steps, in this order, each only for the
        mention classes (:func:`~saidwhat.pipeline.coref.mention_class`) named:

        0. any class: an organisation **named after a person** (:meth:`_person_org`): "the Obama
           administration", "the Clinton campaign", "her campaign" (the previous speaker's, when
           that is a person); "Powell's office" is Powell (the gold's rule).
        0'. ``org_desc``, ``org_name``, ``surname``, ``nominal`` (session 10, :data:`~.organisations._S10_ORGS`):
           **initials defined in brackets** ("the DGA" after "The General Water Directorate (DGA)";
           :meth:`_initialisms`); "The boards of both companies" reaches the pair step below; the
           head part loses a trailing time phrase ("regulator on Thursday", :func:`_without_date`);
           a nationality or place modifier fits the body whose name holds the place
           (:meth:`_place_named_org`, from :meth:`_modified_org` and :meth:`_place_body`).
        0''. ``nominal`` (session 10, :data:`_S10_ORGS2`): a description whose **apposition names a
           body after its type word** ("X's largest shareholder, the Edinburgh-based fund Y,";
           :meth:`_typed_apposition`). Also with that switch: a discourse word before a comma is no
           name in apposition (:meth:`_introduced_as`), a noun a verb parts from a name is none of
           its type words (:meth:`_split_nouns`), an apposition the parser made a conjunct of the
           subject is the subject's (:meth:`_subject_names`), and an acting organisation's known
           kinds must fit the word (:meth:`_acting_org`, :meth:`_ref_kinds`).
        0'''. ``org_desc``, ``nominal``, ``org_name`` (session 11, :data:`_S11_ORG_RIVAL`): "The
           **rival** insurer", "the other club" is the body of that kind other than the one in focus
           (:meth:`_rival_org`). Also in session 11: page furniture names no organisation
           (:meth:`_in_furniture`), "Shares in X" makes X a company, "The Edinburgh-based carrier"
           is a kind word for step 1, "Rovers said" read as a plural noun and "X for Y, which …"
           are subject names (:meth:`_subject_names`).
        0a. ``org_desc``, ``nominal`` (session 9, :data:`~.organisations._S9_ORGS`): a **body word after the body
           named with it** ("The Officiating Standards Board … The board added"; :meth:`_titled_body`)
           and a **bare organisation word** in headline style ("…, as union warns of job cuts";
           :meth:`_headline_org_word`).
        0b. ``org_desc``, ``nominal``, ``org_name``, ``document``: the **organisation of the
           paragraph** (:meth:`_paragraph_org`): "The firm", "The agency", "The operator" is the
           organisation that is the latest main-clause subject of its paragraph when its kinds fit the
           word; "The Oslo-based airline", "The London-listed carrier" the one written with that place;
           "The group" after "X, which Y bought," is Y (issue 11 genre train, series d).
        1. ``org_desc``, ``nominal``, ``org_name``: the **kind word** (:meth:`_org_by_kind`): "The
           carrier", "the chipmaker", "the club", "police", "the city" to an organisation of a
           fitting kind (:data:`~.entities.DESC_KINDS`) among all the article's organisations
           (:meth:`org_refs`: the NER's clusters and the capitalised names holding a kind word,
           with their later occurrences and short forms).
        2. ``possessive``, ``org_desc``, ``org_name``: a **named possessor** in the mention
           (:meth:`~.documents.DocumentOwners._possessor`): "Gallup's own tracking poll", "the
           Washington Post's investigative unit" (rule 4).
        3. ``org_desc``: the **type word** (:meth:`_org_by_type`): "his/her campaign" (the latest
           person of that gender who is a subject just before, when step 0 had no previous
           speaker to take), "the campaign" (the latest "<Surname> campaign"), and the type words
           of :data:`~saidwhat.pipeline.coref.ORG_TYPES` and :data:`_GENERIC_ORG_WORDS` ("the
           network", "the magazine", "the group") to the latest NER organisation cluster called
           or typed so (:meth:`_org_of_type`), or a name written with the type word after it
           ("Family Circle magazine").

        Steps 1 and 3 overlap on the words that are both kind and type words ("the network", "the
        magazine", "the department", "the group", "the company"): step 1 looks among more of the
        article's organisations (names the NER left untagged, short forms) and comes first; step
        3 takes what it leaves and the words only it knows ("the campaign", "the party", "the
        court"). Steps 1 and 3 read the head part (:func:`~saidwhat.pipeline.coref._head_part`)
        and give up on a capitalised word after its first word, where a possessor would stand, so
        step 2 meets them only through a possessive after the head part. This is the order the
        speaker gold was measured with (issue 11): it was gathered here from two mechanisms
        (``_genre_org_description`` before ``_described_org``) and :meth:`_person_org`, which
        stood before the document and place-possessive rules of the cascade, rules that no
        organisation description reaches.

        An organisation named in the mention or in apposition to it is decided before this, in
        :meth:`~.resolver.SpeakerResolver._ranked`. A document's producer given as a description
        ("a statement released by the campaign") uses step 3's parts through
        :meth:`~.documents.DocumentOwners._described_owner`.
        """
        key = self._person_org(span, start, prev)  # "the Obama administration", "her campaign"
        if key is not None:
            return key
        if _S16_H1_EDITORIAL and cls in ("org_desc", "nominal"):
            key = self._editorial_outlet(span, start)  # "the X editorial board … the editorial board writes"
            if key is not None:
                return key
        if cls in ("org_desc", "nominal", "org_name"):
            key = self._named_in_apposition(span, start)  # "Brazil's watchdog, known by its initials IBAMA,"
            if key is None and _S10_ORGS2 and cls == "nominal":
                key = self._typed_apposition(span, start)  # "X's largest shareholder, the fund Norfell Capital,"
            if key is not None:
                return key
        if _organisations._S10_ORGS and cls in ("org_desc", "org_name", "surname", "nominal"):
            acr = _RX_0.fullmatch(_head_part(span_text(span)))
            full = self._initialisms().get(acr.group(1)) if acr is not None else None
            if full is not None:
                self.via, self.confidence = "organization", 0.9
                return self._organization(full, start)  # "the DGA" after "The General Water Directorate (DGA)"
        if _S12_ORG3_REF_NAME and cls in ("org_name", "surname", "nominal"):
            key = self._ref_named(span, start, cls)  # "Kestrel+ said", "Channel 7 said": a name the NER left untagged
            if key is not None:
                return key
        key = self._first_of_pair(span, start)  # "Both companies", "Aldgate Insurance and Meridian Life"
        if key is not None:
            return key
        head_text = _head_part(span_text(span))
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
        if _S11_ORG_RIVAL and cls in ("org_desc", "nominal", "org_name"):
            key = self._rival_org(toks, start)  # "Kestrel General … The rival insurer said"
            if key is not None:
                return key
        if _organisations._S10_ORGS:
            toks = _without_date(toks)  # "Kenya's aviation regulator on Thursday": the source ran on
        if _S14_ORGD_MODS and cls in ("org_desc", "nominal", "org_name"):
            key = self._members_body(toks, start)  # "The actors' union", "The referees' body"
            if key is not None:
                return key
            toks = self._bare_body_word(toks)  # "The National League club", "the Labour-run authority": "The club"
        if cls in ("org_desc", "nominal", "org_name"):
            key = self._focus_org(toks, start)  # "Labour said … The party added": the sentence before's subject
            if key is not None:
                return key
        if cls in ("org_desc", "nominal") and _organisations._S9_ORGS:
            key = self._titled_body(toks, start)  # "The Officiating Standards Board … The board added"
            if key is None and _S10_ORGS3:
                key = self._headed_body(toks, start, early=True)  # "… Inspectorate … The inspectorate said"
            if key is None and _S11_ORG_BOARD:
                key = self._board_of_focus(toks, start)  # "The board also confirmed …": the company in focus
            if key is None and len(toks) == 1 and toks[0].text.islower() and toks[0].tag_ == "NN":
                # "…, as union warns of job cuts": a bare singular organisation word is headline style,
                # the body it names below (:meth:`_headline_org_word`), wherever the layout put it
                key = self._headline_org_word(span, start)
            if key is not None:
                return key
        if cls in ("org_desc", "nominal", "org_name", "document") and _SALIENCE:
            key = self._paragraph_org(span, toks, start)  # "Orbitrack, a private company … The firm said"
            if key is not None:
                return key
        if cls in ("org_desc", "nominal", "org_name"):
            key = self._org_by_kind(toks, start)  # "The carrier", "the club" (issue 11)
            if key is None:
                key = self._org_by_word(toks, start, prev)  # "the band", "The company" (issue 11)
            if key is None:
                key = self._place_body(toks, start)  # "Norway's coastal safety agency"
            if key is None and _S13_ORG_PLACE_PREV:
                key = self._place_word_prev(toks, start)  # "… by Hale & Orme. The Leeds firm said"
            if key is not None:
                return key
        if _S15_POSS_BODY_NAME and cls in ("possessive", "org_name"):
            key = self._possessed_body_name(span, start)  # "Peru's Ministry of Energy and Mines": the ministry
            if key is not None:
                return key
        if cls in ("possessive", "org_desc", "org_name"):
            key = self._possessor(span, start, prev)  # "Gallup's own tracking poll"
            if key is not None:
                return key
        if cls == "org_desc":
            key = self._org_by_type(toks, start)  # "the campaign", "the network", "His campaign"
        if key is None and _S10_ORGS3 and cls in ("org_desc", "nominal"):
            key = self._headed_body(toks, start, early=False)  # "the trust" in the standfirst
        if key is None and _S13_ORG_PREV_SENT and cls in ("org_desc", "nominal"):
            key = self._body_just_named(toks, start)  # "… of West Yorkshire Police said … The force said"
        if key is None and _S13_ORG4_LOWER_BODY and cls in ("org_desc", "nominal", "org_name"):
            key = self._fuller_as_written(toks, start)  # "The Uzbek foreign ministry … The Uzbek ministry"
        if key is None and _S16_H1_BODY_PHRASE and cls in ("org_desc", "nominal", "org_name"):
            key = self._body_phrase_before(toks, start)  # "a New Hampshire ballot commission … the commission said"
        return key

    def _body_phrase_before(self, toks: list[Token], start: int) -> str | None:
        """Speaker key of the body "the commission"/"the Committee" (``toks``: the head part, "the" +
        a word of :data:`_S16_BODY_PHRASE_WORDS`) refers to: the latest phrase before character
        ``start`` in the same or the two paragraphs before, "a/an/the" + one to four capitalised
        words + up to two lower-case words + the word (+ "on/of/for" and capitalised words joined by
        commas or "and"), as written without its determiner; ``None`` when none.
        :data:`_S16_H1_BODY_PHRASE`."""
        if len(toks) != 2 or toks[0].lower_ not in ("the", "this") or toks[1].lower_ not in _S16_BODY_PHRASE_WORDS:
            return None
        word = toks[1].lower_
        rx = (rf"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w.&’'-]*\s+){{1,4}}(?:[a-z][\w-]*\s+){{0,2}}"
              rf"(?:{word}|{word.capitalize()})(?:\s+(?:on|of|for)\s+[A-Z][\w’'-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w’'-]*){{0,6}})?)\b")
        lo = start
        for _ in range(3):
            lo = self.text.rfind("\n\n", 0, max(0, lo - 1))
            if lo < 0:
                lo = 0
                break
        found = None
        for m in re.finditer(rx, self.text[lo:start]):
            found = (lo + m.start(1), m.group(1))
        if found is None and _S16_R2B_POSS_COMMITTEE:
            # "Auckland Council's planning committee has put off …" paragraphs before "The committee
            # has asked …": the body a named body owns, as written (anywhere before the mention)
            for m in re.finditer(rf"(?<![\w’'-])((?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.&-]*['’]s\s+(?:[a-z][\w-]*\s+)"
                                 rf"{{0,2}}{word})\b", self.text[:start]):
                if m.group(1).split()[0] not in ("The", "A", "An", "In", "At", "But", "And"):
                    found = (m.start(1), m.group(1))
        if found is None:
            return None
        a, name = found
        self.via, self.confidence = "organization", 0.6
        return self._organization(name, a)

    def _editorial_outlet(self, span, start: int) -> str | None:
        """Speaker key of the outlet whose editorial board the description ``span`` ("the editorial
        board", "the editors"; :data:`_S16_EDITORIAL_RE`) is: the name written with "editorial
        board/page" (:data:`_S16_EDITORIAL_NAME_RE`) nearest before character ``start``, else the
        first after it; a leading "the" and a possessive ending dropped. ``None`` when the span is
        no such description or no outlet is written so. :data:`_S16_H1_EDITORIAL`."""
        if not _S16_EDITORIAL_RE.match(span_text(span).strip()):
            return None
        best = None
        for m in _S16_EDITORIAL_NAME_RE.finditer(self.text):
            g = 1 if m.group(1) else 2
            name = _RX_2.sub("", m.group(g)).strip()
            if not name or name.lower() in ("the", "its", "their", "an", "a"):
                continue
            if m.start(g) < start or best is None:
                best = (m.start(g), m.start(g) + len(m.group(g)), name)
            if m.start(g) >= start:
                break
        if best is None:
            return None
        a, b, name = best
        self.via, self.confidence = "organization", 0.8
        return self._organization(self._ref_name(name), a)

    def _possessed_body_name(self, span, start: int) -> str | None:
        """"*Peru's* Ministry of Energy and Mines", "Kenya's National Treasury": a possessive whose
        possessed part is a body's capitalised name (its first word a body word: :data:`_NAMED_BODY_WORDS`,
        :data:`_BODY_TITLE_WORDS` or a kind word of :data:`~.entities.ORG_KIND_OF`; "National",
        "Federal"… before it allowed) is that body, named without the place (rule 3 of
        ``gold/speakers/README.md``; genre train series u, wire copy: gold "Ministry of Energy and
        Mines"). ``None`` when the possessed part is no such name ("Gallup's own tracking poll",
        "Peru's mining ministry" go on to the possessor and kind steps). Session 15,
        :data:`_S15_POSS_BODY_NAME`."""
        head_end = span.start_char + len(_head_part(span_text(span)))
        pos_tok = next((t for t in span if t.tag_ == "POS"), None)
        if pos_tok is None or pos_tok.i == span.start:
            return None
        toks = [t for t in self.doc[pos_tok.i + 1: span.end] if t.idx < head_end and not t.is_punct]
        if len(toks) < 2 or not toks[0].text[:1].isupper():
            return None
        if not all(t.text[:1].isupper() or t.lower_ in _S10_LINKS for t in toks) or toks[-1].lower_ in _S10_LINKS:
            return None
        words = [t.lower_ for t in toks]
        body = next((i for i, w in enumerate(words) if w in _NAMED_BODY_WORDS or w in _BODY_TITLE_WORDS
                     or w in ORG_KIND_OF), None)
        if body is None or body > 2 or any(w in _S10_LINKS for w in words[:body]):
            return None  # "Peru's Energy Minister Ana Ruiz": no body word leads the name
        if not any(w in _NAMED_BODY_WORDS or w in _BODY_TITLE_WORDS or ORG_KIND_OF.get(w, frozenset()) & _PUBLIC_KINDS
                   for w in words[body: body + 1]):
            return None  # a company's name after a place ("Peru's Andina Mining Company"): the name rules
        name = self.text[toks[0].idx: toks[-1].idx + len(toks[-1])]
        self.via, self.confidence = "organization", 0.8
        return self._organization(name, start)

    def _bare_body_word(self, toks: list[Token]) -> list[Token]:
        """``toks`` (a description's head-part tokens, punctuation left out) as the bare "The W" when
        its modifier names no speaker: a competition's capitalised name before a club word ("The
        National League club": :data:`_S14_COMPETITION_HEADS`, :data:`_S14_CLUB_WORDS`), a party
        that runs the body ("the Labour-run authority", "the Tory-led council": :data:`_S14_PARTY_WORDS`
        or a body of the article of kind ``party``) or a unit of a body described by a kind word ("The
        council's environmental health team": :data:`_S14_UNIT_WORDS`); else ``toks`` unchanged.
        The club plays in the league, the party runs the authority, the team speaks for the council
        (rule 3 of ``gold/speakers/README.md``; genre README series o; session 14, :data:`_S14_ORGD_MODS`)."""
        if len(toks) < 3 or toks[0].lower_ not in ("the", "this", "that"):
            return toks
        word = toks[-1].lower_
        if word in _S14_CLUB_WORDS and toks[-1].text.islower() and toks[-2].lower_ in _S14_COMPETITION_HEADS \
                and all(t.text[:1].isupper() for t in toks[1:-1]):
            return [toks[0], toks[-1]]  # "The National League club": the club, not the league
        if toks[-1].text.islower() and (word in DESC_KINDS or word in _S13_PLACE_PUBLIC_WORDS):
            m = _S14_RUN_BY.search(self.text, toks[1].idx, toks[-1].idx)
            if m is not None and m.start() == toks[1].idx:
                party = m.group(1).lower()
                if party.split()[0] in _S14_PARTY_WORDS or any(
                        "party" in r.kinds and party in (r.name.lower(), " ".join(r.tokens)) for r in self.org_refs()):
                    return [toks[0], toks[-1]]  # "the Labour-run authority": the authority
        if word in _S14_UNIT_WORDS and toks[2].tag_ == "POS" and toks[1].text.islower() \
                and (toks[1].lower_ in DESC_KINDS or toks[1].lower_ in _S13_PLACE_PUBLIC_WORDS) \
                and all(t.text.islower() for t in toks[3:]):
            return [toks[0], toks[1]]  # "The council's environmental health team": the council
        return toks

    def _members_body(self, toks: list[Token], start: int) -> str | None:
        """"The actors' union", "The referees' body", "the players' association": a body word of
        :data:`_S14_MEMBERS_WORDS` after a plural possessive (the people it represents) is the
        latest organisation named before ``start`` that may be such a body: one whose name holds a
        body word of that set ("Professional Match Officials Board"), of a kind of
        :data:`_S14_MEMBERS_KINDS`, or of no known kind ("Equity"); never a club, company or outlet
        of the article (the body in focus is often the club it rules on); one of no known kind only
        where it is a subject. ``toks``: the head-part
        tokens, punctuation left out. A body whose name holds the body word itself ranks first,
        then one whose name holds any body word, then the latest. ``None`` for other shapes or
        when none fits (rule 3 of ``gold/speakers/README.md``; session 14, :data:`_S14_ORGD_MODS`)."""
        if len(toks) != 3 or toks[0].lower_ not in ("the", "this", "that") or toks[1].tag_ != "NNS" \
                or not toks[1].text.islower() or not toks[2].text.islower() or toks[2].lower_ not in _S14_MEMBERS_WORDS:
            return None
        gap = self.text[toks[1].idx + len(toks[1]): toks[2].idx]
        if gap.strip() not in ("'", "’"):
            return None
        word = toks[2].lower_
        best: tuple[int, int, int, str] | None = None
        for r in self.org_refs():
            before = [s for s in r.starts if s < start]
            if not before or self._name_is_place(r.name):
                continue
            heads = set(r.tokens) & _S14_MEMBERS_WORDS
            if r.kinds and not r.kinds & _S14_MEMBERS_KINDS and not heads:
                continue  # a club, company or outlet represents no referees
            if not r.kinds and not heads and not any(self._ref_subject(s) for s in before):
                continue  # a name of no known kind only where it acted ("Equity were brilliant"; not "on Instagram")
            rank = (1 if word in r.tokens else 0, 1 if heads else 0, before[-1], r.name)
            if best is None or rank > best:
                best = rank
        if best is None:
            return None
        self.via, self.confidence = "organization", 0.7
        return self._organization(self._ref_name(best[-1]), start)

    def _fuller_as_written(self, toks: list[Token], start: int) -> str | None:
        """"The Uzbek ministry" after "The Uzbek foreign ministry said …": "The <Demonym or Place> W"
        (W a lower-case organisation word of :data:`~.entities.DESC_KINDS` or :data:`_NAMED_BODY_WORDS`)
        that no step resolved is the one fuller form the text wrote before ``start`` with the same
        capitalised modifier and one or two lower-case words before W: that form, as written (the
        as-written reading of ``gold/speakers/genre/README.md``: a ministry the article never names
        properly takes its words). ``toks``: the head-part tokens, punctuation left out. ``None``
        for any other shape or when none or several fuller forms were written (session 13,
        :data:`_S13_ORG4_LOWER_BODY`)."""
        if len(toks) != 3 or toks[0].lower_ not in ("the", "this") or not toks[1].text[:1].isupper() \
                or not toks[1].is_alpha or toks[1].ent_type_ not in ("NORP", "GPE", "LOC") or not toks[2].is_lower:
            return None
        word = toks[2].lower_
        if word not in DESC_KINDS and word not in _NAMED_BODY_WORDS:
            return None
        fuller = rf"\b[Tt]he\s+({re.escape(toks[1].text)}\s+(?:[a-z][\w-]*\s+){{1,2}}{re.escape(word)})\b"
        found = {m.group(1) for m in re.finditer(fuller, self.text[:start])}
        if len(found) != 1:
            return None
        self.via, self.confidence = "organization", 0.6
        return self._organization(found.pop(), start)

    @staticmethod
    def _focus_word(word: str) -> bool:
        """Whether the lower-case ``word`` is an organisation word a body in focus may be called by
        ("party", "club", "group", "board", "theatre", "forecaster"): a kind word of
        :data:`~.entities.DESC_KINDS`, a word of :data:`_SALIENT_WORDS`, :data:`_BODY_TITLE_WORDS`,
        :data:`_S10_BODY_WORDS`, :data:`~saidwhat.pipeline.coref.ORG_WORDS` or
        :data:`~saidwhat.pipeline.coref.ORG_TYPES`; not a place word (:data:`_NO_FOCUS_WORDS`) nor
        a word of an organisation named after a person (:data:`_PERSON_ORGS`)."""
        if word in _NO_FOCUS_WORDS or word in _PERSON_ORGS or word in ("house", "office"):
            return False
        return word in DESC_KINDS or word in _SALIENT_WORDS or word in _BODY_TITLE_WORDS or word in _S10_BODY_WORDS \
            or word in ORG_WORDS or any(word in g for g in ORG_TYPES)

    def _focus_org(self, toks: list[Token], start: int) -> str | None:
        """"The W" (W an organisation word, :meth:`_focus_word`; no modifier) opening a sentence
        whose sentence before, in the same paragraph, has an organisation as its main-clause subject
        (:meth:`_subject_names`: a name, its apposition, a passive's agent): that organisation, when
        its kinds fit W (:meth:`_fits_word`; a word that names no kind of
        :data:`~.entities.DESC_KINDS`, "the party", "the board", fits a body of unknown kinds or one
        whose name holds it). "Labour said in a statement … The party added …" is Labour, not
        the Green Party the article also names; "A second group, Green Delta Aid, said … The
        group said" is Green Delta Aid. The subject of the sentence before is the centre a
        sentence-initial definite description continues (the focus), ahead of the name-head
        (:meth:`_headed_body`, :meth:`_titled_body`) and kind (:meth:`_org_by_kind`) steps, which
        look beyond it. ``None`` when the sentence before has no organisation subject, the first
        one does not fit W, or it is a subsidiary whose owner a parent word means ("X, which Y
        bought, … The group"). Rule 3 of
        ``gold/speakers/README.md``; issue 11 genre train, series m (:data:`_S12_ORG_FOCUS`; off unless
        :data:`_S12_ORG_FOCUS_PREV`). ``toks``: the head-part tokens, punctuation left out."""
        if not _S12_ORG_FOCUS_PREV:
            return None
        got = self._focus_subject(toks, start)
        return self._subject_key(got[0], got[1], start, 0.75) if got is not None else None

    def _focus_subject(self, toks: list[Token], start: int) -> tuple[str, int] | None:
        """The organisation subject of :meth:`_focus_org`: its name as written and its first
        character, or ``None``."""
        if not _S12_ORG_FOCUS or len(toks) != 2 or toks[0].lower_ not in ("the", "this") \
                or not toks[1].is_lower or not toks[1].is_alpha or toks[1].tag_ in ("NNS", "NNPS"):
            return None
        word = toks[1].lower_
        if not self._focus_word(word):
            return None
        sent = toks[0].sent
        if sent.start == 0 or self.text[sent.start_char:start].strip(" \t\"'“‘") != "":
            return None  # not the sentence's opening words
        before = self.doc[sent.start - 1].sent
        para = self.text.rfind("\n", 0, sent.start_char) + 1
        if before.start_char < para or self.text[before.start_char:para].strip():
            return None  # the sentence before is in another paragraph
        for s, e in self._subject_names(before.start_char, before.end_char):
            name = _strip_poss(self.text[s:e]).strip()
            kinds = self._name_kinds(name, s, e)
            if kinds is None:
                continue  # a person or a place
            if word in DESC_KINDS:
                ok = self._fits_word(word, kinds)
            else:
                ok = not kinds or word in kinds or word in norm_tokens(name)
            if not ok or word in _PARENT_WORDS and _OWNED_BY.match(self.text, e):
                return None
            return name, s
        return None

    def _subject_key(self, name: str, s: int, start: int, confidence: float) -> str:
        """The speaker key of the organisation subject ``name`` written at ``s`` (a name of
        :meth:`_subject_names`), for a description at ``start``: the organisation already resolved
        at that mention ("The CAA" → Civil Aviation Authority), else the article's fullest form
        of the name (:meth:`_ref_name`; "Huaxin" → "Huaxin Lithium", :meth:`_org_cued_name`)."""
        self.via, self.confidence = "organization", confidence
        full = self._ref_name(name)
        if _organisations._S9_ORGS and full == name:
            full = self._org_cued_name(name) or full
        words = set(norm_tokens(full))
        for x in self.entities.values():
            if x.kind == "organization" and x.name and any(a <= s < b for a, b in x.mentions) \
                    and (words <= set(norm_tokens(x.name)) or name.isupper()):
                return x.key
        return self._organization(full, start)

    def _introduced_body(self, span, start: int, end: int, head_end: int) -> str | None:
        """"A second group, Green Delta Aid,", "Another charity, Oxfam,", "A second manufacturer,
        Ostrava-based Medilink,": an indefinite organisation word (:meth:`_focus_word`, singular)
        and a capitalised name in apposition after its comma, inside the mention ``[start, end)``
        (``head_end``: the end of its head part, :func:`~saidwhat.pipeline.coref._head_part`),
        introduce that body: the speaker is the name (rule 3 of ``gold/speakers/README.md``: a
        description of a body the article names is that body), not an unnamed group. The
        organisation counterpart of the person rule for "Two analysts, A and B,". ``None`` for any
        other mention, a name with a first name, or with :data:`_S12_ORG_FOCUS` off (the resolver
        asks it for a mention of class ``anonymous``). Issue 11 genre train, series m."""
        if not _S12_ORG_FOCUS or span is None or not len(span):
            return None
        head = self.text[start:head_end].strip()
        m = (_INTRODUCED_HEAD_S16 if _S16_H4_INTRO_BODY else _INTRODUCED_HEAD).fullmatch(head)
        if m is None or not self._focus_word(m.group(1).lower()):
            return None
        last = next((t for t in reversed(span) if t.idx < head_end and not t.is_punct), None)
        if last is None or last.tag_ in ("NNS", "NNPS"):
            return None
        n = _INTRODUCED_NAME.match(self.text[:end], head_end)
        if n is None and _S16_H4_INTRO_BODY and end <= head_end + 1:
            # the source stops at the description ("A Spanish pilots' union| , the Sindicato X, said"):
            # the apposition right after it, closed by its comma, on the same line
            line_end = self.text.find("\n", head_end) % (len(self.text) + 1)
            n = _INTRODUCED_NAME.match(self.text[:line_end], head_end)
            n = n if n is not None and self.text[n.end() - 1:n.end()] == "," else None
            if n is None:  # "A group calling itself Ansar al-Wadi said" (the name past the source span)
                n = _S16_CALLED_NAME.match(self.text, head_end, min(line_end, head_end + 120))
            if n is None:  # "A Cape Town threat-intelligence firm said … . That firm, Kestrel Threat Labs, said"
                n = self._s16_next_sentence_name(m.group(1), end)
        if n is None and _S16_R2B_NAMED_LATER:
            later = self._s16_named_later(m.group(1).lower(), head, start, end)
            if later is not None:
                self.via, self.confidence = "organization", 0.7
                return self._organization(self._ref_name(later), start)  # "A Spanish pilots' union has claimed"
        if n is None:
            return None
        g = n.lastindex or 1  # the name's group (:data:`_S16_THAT_WORD_NAME` has its word first)
        name = n.group(g).rstrip(".")
        if n.re is not _S16_CALLED_NAME and (name.split()[0].lower() in _FIRST_NAMES or any(
                m2.start < n.end(g) and n.start(g) < m2.end for m2 in self.named)):
            return None  # a person in apposition: the name rules ("calling itself X": a body whatever the NER says)
        self.via, self.confidence = "organization", 0.85
        return self._organization(name, start)

    def _s16_named_later(self, word: str, head: str, start: int, end: int) -> str | None:
        """:data:`_S16_R2B_NAMED_LATER`: the body an indefinite description ``head`` ("A Spanish pilots'
        union", its kind word ``word`` of :data:`~.entities.DESC_KINDS`, not a generic word such as
        "group") at ``[start, end)`` (characters) introduces when the article names it only later: the one
        organisation of :meth:`org_refs` whose known kinds hold the word's (:data:`~.entities.DESC_KINDS`),
        first written after ``end``, when no organisation of those kinds is written before ``start``
        and a country or nationality modifier does not clash (:meth:`_s16_nation_clash`); its name as
        :meth:`org_refs` gives it, else ``None``. Reading 1 of ``gold/speakers/genre/README.md`` ("a
        rights group said" → the group named later in the article)."""
        want = DESC_KINDS.get(word)
        if not want or word in _GENERIC_ORG_WORDS or word in _PARENT_WORDS:
            return None
        if any(w.lower() in _DETS or w.lower() in ("for", "of", "at", "from", "with", "in", "to")
               for w in head.split()[1:-1]):
            return None  # "A spokesman for the agency": a person of a body, the word no head
        mods = [w for w in head.split()[1:-1] if w[:1].isupper()]
        found: list[str] = []
        for r in self.org_refs():
            if not r.kinds or not want & r.kinds or not r.starts:
                continue
            if r.starts[0] < start:
                return None  # a body of that kind already written: the description may be another
            if r.starts[0] > end and not self._s16_nation_clash(mods, r.name):
                found.append(r.name)
        return found[0] if len(found) == 1 else None

    def _s16_next_sentence_name(self, word: str, end: int):
        """:data:`_S16_H4_INTRO_BODY`: the match of :data:`_S16_THAT_WORD_NAME` for the organisation
        word ``word`` ("That firm, Kestrel Threat Labs,") opening the sentence right after the one
        holding the source that ends at ``end`` (characters), in the same paragraph or the next one;
        ``None`` when that sentence opens otherwise. The name is in group 1."""
        stop = re.compile(r"[.!?][\"'’”]?\s+|\n\s*").search(self.text, end, end + 600)
        if stop is None:
            return None
        m = _S16_THAT_WORD_NAME.match(self.text, stop.end(), stop.end() + 160)
        return m if m is not None and m.group("w").lower() == word.lower() else None

    def _rival_org(self, toks: list[Token], start: int) -> str | None:
        """"The rival insurer", "the other club", "The rival airline": the body of the word's kind
        *other than* the one in focus. Among the organisations of :meth:`org_refs` named before
        ``start`` whose kinds fit the word (:meth:`_fits_word`; unknown kinds only when named in
        the mention's paragraph or the one before), the focus is the one named most often before
        the mention (the earliest-named on a tie); the rival is the latest-named of the others.
        ``None`` when the mention is no "the rival/other W" with W a kind word
        (:data:`~.entities.DESC_KINDS`), or no other body fits. Rule 3 of
        ``gold/speakers/README.md``; issue 11 genre train, series h and k (:data:`_S11_ORG_RIVAL`).
        ``toks``: the head-part tokens, punctuation left out."""
        if len(toks) != 3 or toks[0].lower_ not in ("the", "a", "its", "their") \
                or toks[1].lower_ not in ("rival", "other", "competing") or not toks[2].text.islower():
            return None
        word = toks[2].lower_
        want = DESC_KINDS.get(word)
        if want is None:
            return None
        para = self.text.rfind("\n", 0, start) + 1
        lo = last_paragraph_break(self.text, max(para - 2, 0))[0] + 1  # the paragraph before
        cands: list[tuple[int, int, int, OrgRef]] = []
        for r in self.org_refs():
            before = [x for x in r.starts if x < start]
            if not before or not self._fits_word(word, r.kinds) or not r.kinds and before[-1] < lo:
                continue
            cands.append((len(before), -before[0], before[-1], r))
        if len(cands) < 2:
            return None
        focus = max(cands, key=lambda c: (c[0], c[1]))[3]
        best = max((c for c in cands if c[3] is not focus), key=lambda c: c[2])[3]
        self.via, self.confidence = "organization", 0.75
        return self._organization(self._ref_name(best.name), start)

    def _board_of_focus(self, toks: list[Token], start: int) -> str | None:
        """"The board", "The directors", "the management" when the article names no body titled so
        (:meth:`_titled_body` comes first): the company that governing body speaks for, the
        business of :meth:`org_refs` (kinds of :data:`_COMMERCIAL_KINDS`) named most often before
        ``start`` (the earliest-named on a tie). The gold's speaker of "the carrier's board" is the
        organisation (rule 3 of ``gold/speakers/README.md``); issue 11 genre train, series k
        (:data:`_S11_ORG_BOARD`). ``None`` for any other mention or no such business."""
        if len(toks) != 2 or toks[0].lower_ != "the" or toks[1].lower_ not in _GOVERNING_WORDS - {"shareholders"}:
            return None
        best: tuple[int, int, OrgRef] | None = None
        for r in self.org_refs():
            if not r.kinds & _COMMERCIAL_KINDS - {"charity", "union"}:
                continue
            before = [x for x in r.starts if x < start]
            if before and (best is None or (len(before), -before[0]) > best[:2]):
                best = (len(before), -before[0], r)
        if best is None or best[0] < 2:
            return None
        self.via, self.confidence = "organization", 0.6
        return self._organization(self._ref_name(best[2].name), start)

    def _org_word_form(self, low: str) -> bool:
        """Whether the lower-cased word ``low`` is the short form of one of the article's
        organisations or a word of one's name (:meth:`org_refs`): "rovers" of Dunmore Rovers."""
        self.org_refs()
        return low in self._short_forms or any(low in r.tokens for r in self._org_refs)

    def _headline_org_word(self, span, start: int) -> str | None:
        """A headline's or standfirst's bare organisation word ("*Band* cites 'exhaustion'",
        "*Furniture group* blames winter trading", "*Watchdog* to review slots"): the organisation
        of that kind the article names below, or ``None``. A headline writes the story's main body
        by its kind and the body names it (the inverted pyramid; rule 3 of
        ``gold/speakers/README.md``).

        The mention: a capitalised organisation word of :data:`_S9_ORG_WORDS` with at most two
        lower-case modifiers before it and no determiner. The organisation: for a music act
        (:data:`_ACT_WORDS`), the one introduced by an act word ("Indie rockers Saltmarsh"); else
        the first organisation named after ``start`` whose known kinds fit the word
        (:meth:`org_refs`, :meth:`_fits_word`), by its fullest name (:meth:`_ref_name`). Only for
        mentions above the lead (:meth:`_above_lead`) or resolved forward. Issue 11 genre train
        (session 9)."""
        if not _S9_NOMINALS or span is None or not len(span):
            return None
        words = _head_part(span_text(span)).split()
        if _organisations._S9_ORGS and 2 <= len(words) <= 4:
            key = self._modified_headline_org(words, span, start)
            if key is not None:
                return key  # "Lithuanian carrier’s board says …": the airline the article writes with "Lithuanian"
        lower_clause = _S16_R2B_HEADLINE_LOWER and 2 <= len(words) <= 3 and all(w.isalpha() and w.islower()
                                                                                for w in words) \
            and self.text[:start].rstrip(" \t")[-1:] in (";", ",", ":")  # "…; drinks group vows to appeal"
        if not 1 <= len(words) <= 3 or words[0].lower() in _DETS \
                or not (words[0][:1].isupper() or _organisations._S9_ORGS and len(words) == 1 and words[0].isalpha()
                        or lower_clause) \
                or any(not w.islower() for w in words[1:]) or (len(words) > 1 and words[0].isupper()):
            return None
        word = words[-1].strip(",.;:").lower()
        if _S16_R2B_HEADLINE_ROLE and word in _ROLE_ORG_WORDS and word not in _S9_ORG_WORDS:
            # "Developer says …" above "… the developer, Harbourline Developments, described": the body
            # the article introduces by the word (a person so called is the person rules')
            m = re.compile(rf"\b{re.escape(word)}(?:,\s+|\s+)(?:the\s+)?({_ORG_NAME})").search(self.text, start + len(word))
            name = self._introduced_as(word, m.end()) if m is not None else None
            if name is None and m is not None:
                # "the developer, Harbourline Developments," that the NER tagged a person's name: a
                # name of two words or more opening with no first name is the body so introduced
                cand = _strip_poss(m.group(1)).strip()
                if len(cand.split()) >= 2 and cand.split()[0].lower() not in _FIRST_NAMES:
                    name = cand
            if name is None:
                return None
            self.via, self.confidence = "organization", 0.6
            return self._organization(self._ref_name(name), start)
        if word not in _S9_ORG_WORDS or word in ("league", "race", "tournament"):
            return None
        name = None
        if word in _ACT_WORDS:
            found = [(self.text.find(n), n) for w in _ACT_WORDS for n in [self._introduced_as(w, len(self.text))] if n]
            name = min(found)[1] if found else None
        elif _S12_ORG_FOCUS and word in DESC_KINDS and (name := self._focus_below(word, start)) is not None:
            pass  # "… as forecaster warns": the body in focus where the text first writes "The forecaster"
        else:
            after = [(min(s for s in r.starts if s > start), r.name) for r in self.org_refs()
                     if r.kinds and self._fits_word(word, r.kinds) and word in DESC_KINDS
                     and any(s > start for s in r.starts)]
            if _S12_ORG_EXACT_KIND:
                # one the article calls by the word itself ("Halcombe Mutual, the home insurer") first
                own = [(s, n) for s, n in after for r in self.org_refs() if r.name == n and word in r.words]
                if _S16_R2B_HEADLINE_LOWER and len(words) > 1 and own:
                    # "drinks group": the body called "group" counts as its own only with the modifier too
                    # (no "shareholder group" named later)
                    mods = {w.lower() for w in words[:-1]}
                    own = [(s, n) for s, n in own for r in self.org_refs() if r.name == n and mods & r.words]
                after = own or after
            name = min(after)[1] if after else None
        if name is None:
            return None
        self.via, self.confidence = "organization", 0.6
        return self._organization(self._ref_name(name), start)

    def _headline_org_plural(self, span, start: int) -> str | None:
        """A headline's or standfirst's bare plural organisation word ("Dead satellite passed …,
        *agencies* confirm", "*Health agencies* urge parents …", "*Two unions* say …"): the first
        organisation named after ``start`` (character offset of the mention in the text) whose
        known kinds fit the singular word (:meth:`org_refs`, :meth:`_fits_word`; one the article
        calls by the word itself first, as :meth:`_headline_org_word`), by its fullest name; else
        ``None``. The mention: one to three words with no determiner, the last a plural
        (``NNS``) whose singular is a kind word of both :data:`_S9_ORG_WORDS` and
        :data:`~.entities.DESC_KINDS`, the words before it a number word of
        :data:`_S13_ORG5_NUMBERS` or one modifier ("Health"). Rule 6 of ``gold/speakers/README.md``
        (several parties take the first-named), as the genre README reads a standfirst plural of
        agencies or unions; the caller asks only above the lead or forward (session 13,
        :data:`_S13_ORG5_PLURAL`)."""
        if span is None or not 1 <= len(span) <= 3:
            return None
        toks = [t for t in span if not t.is_punct]
        if not toks or toks[-1].tag_ != "NNS" or not toks[-1].is_lower or len(toks) > 2:
            return None
        if len(toks) == 2 and not (toks[0].lower_ in _S13_ORG5_NUMBERS or toks[0].pos_ in ("NOUN", "ADJ", "PROPN")
                                   and toks[0].is_alpha and toks[0].ent_type_ != "PERSON"):
            return None  # "Two unions", "Health agencies": a number word or one modifier
        if toks[0].lower_ in _DETS:
            return None
        plural = toks[-1].lower_
        word = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1] if plural.endswith("s") else None
        if word is None or word not in _S9_ORG_WORDS or word not in DESC_KINDS \
                or word in ("league", "race", "tournament"):
            return None
        after = [(min(s for s in r.starts if s > start), r.name) for r in self.org_refs()
                 if r.kinds and self._fits_word(word, r.kinds) and any(s > start for s in r.starts)]
        own = [(s, n) for s, n in after for r in self.org_refs() if r.name == n and word in r.words]
        after = own or after
        if not after:
            return None
        self.via, self.confidence = "organization", 0.6
        self.org5_plural_at.add(start)  # a group's mention: no body that acted (:meth:`_acting_org`)
        return self._organization(self._ref_name(min(after)[1]), start)

    def _focus_below(self, word: str, start: int) -> str | None:
        """The organisation a headline's bare kind word ``word`` ("forecaster", "watchdog") names:
        the body in focus (:meth:`_focus_subject`) where the text after ``start`` first opens a
        sentence with "The ``word``" ("The Met Office has issued … The forecaster said" →
        Met Office, not the Environment Agency the lead names first); ``None`` when that first
        "The ``word``" has no organisation subject in the sentence before it. The article's own
        words say which of two bodies of a kind the word is (rule 3 of
        ``gold/speakers/README.md``; issue 11 genre train, series m, :data:`_S12_ORG_FOCUS`)."""
        m = re.compile(rf"(?<![\w’'-])[Tt]he\s+{re.escape(word)}(?![\w’'-])").search(self.text, start + len(word))
        if m is None:
            return None
        span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) != 2:
            return None
        got = self._focus_subject(list(span), m.start())
        return got[0] if got is not None else None

    def _modified_headline_org(self, words: list[str], span, start: int) -> str | None:
        """A headline's or standfirst's organisation word after a nationality or place modifier
        and no determiner, or that word's possessive before a governing body ("*Lithuanian
        carrier’s board* says offer undervalues …", "*Oslo-based airline* …"): the organisation
        of a fitting kind the article writes with the modifier (:meth:`_modified_org`), or
        ``None``. ``words``: the mention's head part split at spaces. Rule 3 of
        ``gold/speakers/README.md`` (a board speaks for its company: the gold's speaker is the
        company); issue 11 genre train, series f."""
        ws = list(words)
        if ws[-1].lower() in _GOVERNING_WORDS and len(ws) >= 3 and re.search(r"['’]s$", ws[-2]):
            ws = ws[:-2] + [re.sub(r"['’]s$", "", ws[-2])]  # "carrier’s board": the carrier
        word = ws[-1].lower()
        if len(ws) < 2 or word not in DESC_KINDS or not ws[-1].islower() or ws[0].lower() in _DETS:
            return None
        mods = []
        for w in ws[:-1]:
            m = _PLACE_MOD.match(w)
            if m:
                mods.append(m.group(1))
            elif w[:1].isupper() and self._demonym_like(w):
                mods.append(w)
            else:
                return None
        key = self._modified_org(word, mods, span, start)
        return key or None

    def _org_word_of(self, span, cls: str) -> str | None:
        """The organisation word of a description that never refers to a person ("The band", "The
        race", "the four-piece"; :data:`_S9_ORG_WORDS`): "the"/"this", lower-case modifiers and the
        word, singular; else ``None``. ``cls``: the mention's class; a ``document`` only for an act
        word whose last part reads as a document ("four-piece")."""
        if not _S9_NOMINALS or span is None or not len(span):
            return None
        head_text = _head_part(span_text(span))
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
        words = head_text.split()
        if len(toks) < 2 or toks[0].lower_ not in ("the", "this") or any(not t.text.islower() for t in toks[1:]):
            return None
        word = words[-1].strip(",.;:").lower()  # "four-piece" is one word here
        if word not in _S9_ORG_WORDS or toks[-1].tag_ in ("NNS", "NNPS") or cls == "document" and word not in _ACT_WORDS:
            return None
        return word

    def _org_word_fallback(self, span, cls: str, start: int) -> str | None:
        """The organisation a music act's or an event's description refers to when the steps of
        :meth:`_org_description` found none and the ranker chose no organisation, or ``None``:
        "Indie rockers Saltmarsh … The band said" (the one act the article introduces by an act
        word, :data:`_ACT_WORDS`, :meth:`_introduced_as`), "a protest with the Berlin Marathon …
        The race said" (the one event name before it, :data:`_EVENT_HEADS`). Rule 3 of
        ``gold/speakers/README.md``. The resolver calls it for every organisation word
        (:meth:`_org_word_of`), after which the person rules of the nominal cascade (epithets,
        descriptions, salience) do not take the mention: with ``None`` the rules alone decide
        (:meth:`~.resolver.SpeakerResolver._resolve`). Issue 11, genre train (session 9: "The race"
        taken as the coach, "The band" as the frontman). ``cls``: the mention's class
        (:func:`~saidwhat.pipeline.coref.mention_class`), ``nominal`` or, for an act word whose
        last part reads as a document ("four-piece"), ``document``."""
        word = self._org_word_of(span, cls)
        if word is None:
            return None
        named = None
        if word in _ACT_WORDS:
            # "Indie rockers Saltmarsh …, the band's singer … The band said": introduced as a band
            found = {n for w in _ACT_WORDS for n in [self._introduced_as(w, start)] if n}
            named = found.pop() if len(found) == 1 else None  # one act only: two bands compete
        elif word in ("race", "event"):
            # "a protest with the Berlin Marathon … The race said": the latest name of an event
            found = [re.split(r"[.!?]\s", m.group(1))[0].rstrip(".")
                     for m in re.finditer(rf"(?<![\w’'&.-])({_ORG_NAME})", self.text[:start])]
            found = [n for n in found if len(n.split()) >= 2 and _strip_poss(n).split()[-1].lower() in _EVENT_HEADS]
            found = {_strip_poss(n) for n in found}
            named = found.pop() if len(found) == 1 else None  # one event only
        if named is None:
            return None
        self.via, self.confidence = "organization", 0.6
        return self._organization(self._ref_name(named), start)

    def _paragraph_org(self, span, toks: list[Token], start: int) -> str | None:
        """"The W" (W an organisation word of :data:`_SALIENT_WORDS`: "The firm", "The agency",
        "The charity", "The team", "The operator") is the organisation that is the **latest subject**
        (or its apposition, or a passive's agent) **in the mention's paragraph** before it, when the
        organisation's kinds fit W (:meth:`_fits_word`): "Orbitrack, a private company …, spotted it.
        The firm said"; "Caritas Philippines, the relief arm of the Church, said … The agency, which
        …". With a place modifier or a capitalised modifier ("The Oslo-based airline", "The
        London-listed carrier", "The US agency", "The Championship club") it is instead the
        organisation of a fitting kind whose sentences write that word ("Norvik, which is listed in
        Oslo"; "Shares in Skylark rose … in London"), the latest such before the mention when several
        are.

        Rule 3 of ``gold/speakers/README.md`` (a description of an organisation the article names is
        that organisation); issue 11 genre train gold (series d: two bodies of one type in an
        article, the body of the paragraph). ``span``: the source mention; ``toks``: its head-part
        tokens, punctuation left out; ``start``: its first character. Returns the speaker key, or
        ``None`` (the later steps decide)."""
        if len(toks) < 2 or toks[0].lower_ not in ("the", "this", "that"):
            return None
        word = toks[-1].lower_
        if word not in _SALIENT_WORDS or not toks[-1].text[:1].islower():
            return None
        if span is not None and len(span) and span_text(span)[:1].isalpha() and word in DESC_KINDS \
                and "paper" in DESC_KINDS[word]:
            return None  # "the paper", "the publication": a document or an outlet, not this step's
        mods: list[str] = []
        text = self.text
        mod_text = text[toks[1].idx: toks[-1].idx].strip() if len(toks) > 2 else ""
        for w in mod_text.split():
            m = _PLACE_MOD.match(w)
            if m:
                mods.append(m.group(1))
            elif w[:1].isupper():
                mods.append(w)
        if mods:
            key = self._modified_org(word, mods, span, start)
            if key != "":
                return key  # the organisation the modifier's word is written with, or none
        elif any(t.text[:1].isupper() for t in toks[1:]):
            return None
        para = text.rfind("\n", 0, start) + 1
        best: tuple[int, str] | None = None
        for s, e in self._subject_names(para, start):
            name = _strip_poss(text[s:e]).strip()
            kinds = self._name_kinds(name, s, e)
            if kinds is None or not self._fits_word(word, kinds):
                continue
            if mods and self._s16_nation_clash(mods, text[s:e]):
                continue  # "The Belgian foreign ministry" is not "Oman" (r2b)
            owner = _OWNED_BY.match(text, e) if word in _PARENT_WORDS else None
            if owner is not None:
                name = owner.group(1)  # "Pennant Living, which Harlow bought in 2021, … The group said": Harlow
            if best is None or s > best[0]:
                best = (s, name)
        if _S13_ORG4_LOWER_BODY:
            low = self._possessed_subject(word, para, start)
            if low is not None and mods and self._s16_nation_clash(mods, low[1]):
                low = None  # "The Belgian foreign ministry" is not "Oman's foreign ministry" (r2b)
            if low is not None and (best is None or low[0] > best[0]):
                self.via, self.confidence = "organization", 0.7
                return self._organization(low[1], start)  # "Egypt's foreign ministry took … The ministry added"
        if best is None:
            return None
        self.via, self.confidence = "organization", 0.75
        full = self._ref_name(best[1])
        if _organisations._S9_ORGS and full == best[1]:
            full = self._org_cued_name(best[1]) or full  # "Huaxin" → "Huaxin Lithium", as the article first writes it
        words = set(norm_tokens(full))
        for x in self.entities.values():
            # the organisation already resolved at that mention ("The CAA" → Civil Aviation Authority),
            # unless it is a part of the name ("Scotland" for "Transport Scotland")
            if x.kind == "organization" and x.name and any(a <= best[0] < b for a, b in x.mentions) \
                    and (words <= set(norm_tokens(x.name)) or best[1].isupper()):
                return x.key
        return self._organization(full, start)

    def _possessed_subject(self, word: str, lo: int, hi: int) -> tuple[int, str] | None:
        """The latest main-clause subject in ``[lo, hi)`` (characters) written "<Place>'s [lower-case
        words] ``word``" ("Egypt's foreign ministry took a softer line"), a body the article never
        names properly: its first character and its words as written, else ``None``. Rule 3 of
        ``gold/speakers/README.md`` with the as-written reading of ``gold/speakers/genre/README.md``
        (session 13, :data:`_S13_ORG4_LOWER_BODY`)."""
        span = self.doc.char_span(lo, hi, alignment_mode="contract") if hi > lo else None
        got = None
        for t in span if span is not None else ():
            if t.lower_ != word or not t.is_lower or t.dep_ not in ("nsubj", "nsubjpass") or t.head != t.sent.root:
                continue
            poss = [c for c in t.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP", "LOC")
                    and c.text[:1].isupper()]
            if not poss:
                continue
            c = poss[0]
            mid = self.doc[c.i + 1: t.i]
            if not len(mid) or mid[0].tag_ != "POS" or not all(x.is_lower and x.is_alpha for x in mid[1:]):
                continue
            first = c
            while first.i > 0 and self.doc[first.i - 1].head == c and self.doc[first.i - 1].dep_ == "compound" \
                    and self.doc[first.i - 1].text[:1].isupper():
                first = self.doc[first.i - 1]  # "Saudi Arabia's foreign ministry"
            got = (first.idx, self.text[first.idx: t.idx + len(t)])
        return got

    def _modified_org(self, word: str, mods: list[str], span, start: int) -> str:
        """"The Oslo-based airline": among the article's organisations whose kinds fit ``word``
        (:meth:`org_refs`), the one written in a sentence of the article holding one of ``mods``
        (not the mention's own sentence; an organisation the modifier itself names is none), the
        latest before ``start`` when several are, else the first after it; ``""`` when no
        organisation is written with them (the paragraph's subject then decides)."""
        own = span.sent if span is not None and len(span) else None
        best: tuple[int, str] | None = None
        if _organisations._S10_ORGS:
            key = self._place_named_org(word, mods, start, (span.end_char if _S13_ORG3_PLACE_MOD and span is not None
                                                            and len(span) else None))
            if key is not None:
                return key  # "The Tanzanian regulator": the Tanzania Civil Aviation Authority
        placed: set[str] = set()
        end = span.end_char if span is not None and len(span) else start
        if _S13_ORG3_PLACE_MOD:
            placed = {m.lower() for m in mods if re.search(rf"(?<![\w-]){re.escape(m)}\s*-\s*(?:based|headquartered)\b",
                                                            self.text[start:end])}
        clash = False
        for r in self.org_refs():
            if placed and (based := self._based_places(r)) and not based & placed:
                clash = True
                continue  # "The Madrid-based bank" is not "Castellane Bank, the Leeds-based lender"
            if not self._fits_word(word, r.kinds) or not r.kinds and word not in r.words:
                continue
            if norm_tokens(" ".join(mods)) == r.tokens:
                continue  # "The Championship club": the league the modifier names is not the club
            if _S13_ORG3_PLACE_MOD:
                if any(start <= s < end for s in r.starts):
                    continue  # "The National League club": the body the modifier names is not the club
                if word in _S13_MEMBER_WORDS and DESC_KINDS.get(word) is None and r.kinds \
                        and not r.kinds & ORG_KIND_OF[word] and word not in r.words:
                    continue  # "The Kenyan athletics federation" is no broadcaster
            for s in r.starts:
                tok = self.doc.char_span(s, s + 1, alignment_mode="expand")
                if tok is None or not len(tok):
                    continue
                sent = tok[0].sent
                if own is not None and sent.start == own.start:
                    continue
                if any(re.search(rf"(?<![\w-]){re.escape(m)}(?![\w-])", sent.text) for m in mods):
                    rank = s if s < start else -s  # the latest before, else the first after
                    if best is None or rank > best[0]:
                        best = (rank, r.name)
        if best is None and clash:
            best = self._latest_unplaced(word, placed, start)
        if best is None:
            return ""
        self.via, self.confidence = "organization", 0.7
        return self._organization(best[1], start)

    def _based_places(self, r: OrgRef) -> set[str]:
        """The lower-cased places the article writes the organisation ``r`` as based in, right
        before one of its names ("Leeds-based Castellane") or in the apposition after it
        ("Castellane Bank, the Leeds-based mortgage specialist"): :data:`_S13_BASED_BEFORE`,
        :data:`_S13_BASED_AFTER`. Offsets of ``r.starts`` are characters of the Doc's text."""
        out: set[str] = set()
        text = self.text
        for s in r.starts:
            m = _S13_BASED_BEFORE.search(text, max(0, s - 60), s)
            if m is not None and m.end() == s:
                out.add(m.group(1).lower())
            tok = self.doc.char_span(s, s + 1, alignment_mode="expand")
            if tok is None or not len(tok):
                continue
            e = s + len(r.name) if text.startswith(r.name, s) else tok[-1].idx + len(tok[-1])
            m = _S13_BASED_AFTER.match(text, e)
            if m is not None:
                out.add(m.group(1).lower())
        return out

    def _latest_unplaced(self, word: str, placed: set[str], start: int) -> tuple[int, str] | None:
        """For "The Madrid-based bank" where some body of the kind is written as based elsewhere
        ("Castellane Bank, the Leeds-based mortgage specialist") and none with Madrid: the body
        fitting ``word`` (:meth:`_fits_word`; of unknown kinds, a name of two words or more that is
        no place) named latest before ``start`` that the
        article writes as based nowhere else than ``placed`` (the mention's lower-cased places), as
        ``(start, name)``; ``None`` when there is none. The place the modifier gives rules the other
        bodies out (rule 3 of ``gold/speakers/README.md``; session 13, :data:`_S13_ORG3_PLACE_MOD`)."""
        best: tuple[int, str] | None = None
        for r in self.org_refs():
            if not self._fits_word(word, r.kinds) or not r.kinds and (len(r.tokens) < 2 or self._name_is_place(r.name)):
                continue  # unknown kinds: a name of two words or more that is no place ("Banco Alvorada")
            based = self._based_places(r)
            if based and not based & placed:
                continue
            before = [x for x in r.starts if x < start]
            if before and (best is None or before[-1] > best[0]):
                best = (before[-1], r.name)
        return best

    def _country_ministry(self, a: int, b: int) -> str | None:
        """:data:`_S16_H4_COUNTRY_MINISTRY`: the source ``text[a:b]`` (characters) is a country the
        NER tags GPE, or a capital (:data:`~.ner_fix.CAPITALS`, :data:`_S16_MORE_CAPITALS`), after an
        optional "the"/"host", and the article names that country's foreign ministry
        (:data:`_S16_FOREIGN_MINISTRY`; its place or nationality word read by :meth:`_place_forms`, a
        nationality that opens the country's name counts: "Kyrgyz" / Kyrgyzstan): that ministry's
        key, its proper name first ("Malaysian Ministry of Foreign Affairs"; after a possessive the
        name alone), else the article's words ("Qatar's foreign ministry", "Kyrgyz foreign
        ministry"). ``None`` otherwise. The ministries are found once per article (one regex pass)."""
        if not _S16_H4_COUNTRY_MINISTRY:
            return None
        found = self.__dict__.get("_s16_h4_ministries")
        if found is None and "inistry" not in self.text:
            found = self.__dict__["_s16_h4_ministries"] = []  # no ministry written: no match below (speed)
        if found is not None and not found:
            return None  # the article names no foreign ministry (speed, session 16)
        m = _S16_COUNTRY_SOURCE.fullmatch(self.text, a, b)
        if m is None:
            return None
        low = m.group(1).lower()
        countries = _ner_fix.CAPITALS.get(low) or _S16_MORE_CAPITALS.get(low)
        if countries is None:
            span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if span is None or not len(span) or any(t.ent_type_ != "GPE" for t in span):
                return None
            countries = (low,)
        if found is None:
            found = []
            for f in _S16_FOREIGN_MINISTRY.finditer(self.text):
                mod = re.sub(r"^(?:The|the)\s+", "", f.group(1))
                if mod in ("The", "A", "An", "Its", "Their", "His", "Her"):
                    continue
                if f.group(3) is None:  # "Qatar's foreign ministry": the words as written, from the place
                    name = self.text[f.end(1) - len(mod):f.end()]
                else:  # "Malaysian Ministry of Foreign Affairs"; "Peru's Ministry of …": the name alone
                    name = f.group(3) if f.group(2) else mod + " " + f.group(3)
                found.append((f.group(3) is not None, f.start(), self._place_forms(mod), " ".join(name.split())))
            self.__dict__["_s16_h4_ministries"] = found
        fits = [x for x in found if any(c in x[2] or any(len(p) >= 4 and c.startswith(p) for p in x[2])
                                        for c in countries)]
        if not fits:
            return None
        best = max(fits, key=lambda x: (x[0], -x[1]))  # a proper name first, then the first written
        self.via, self.confidence = "organization", 0.8
        return self._organization(best[3], a)

    def _place_forms(self, mod: str) -> set[str]:
        """The lower-cased place words a nationality or place modifier stands for: the word itself
        ("Kenya", "Kenya's" → "kenya"), the countries of a nationality word
        (:data:`~saidwhat.pipeline.coref.DEMONYMS`: "Chilean" → "chile"), and a place the article
        writes that the word is spelt from ("Tanzanian" → "tanzania", "Kenyan" → "kenya"; as
        :meth:`_demonym_like`). Issue 11 genre train (series h)."""
        low = re.sub(r"['’]s?$", "", mod).lower()
        forms = {low} | set(DEMONYMS.get(low, ()))
        m = re.fullmatch(r"([a-z]+?)(?:i?an|n|ese|i)", low)
        if m is not None and self._demonym_like(re.sub(r"['’]s?$", "", mod)):
            forms |= {x for x in (m.group(1), m.group(1) + "a", m.group(1) + "i", low[:-1]) if len(x) >= 4}
        return forms

    def _s16_nation_clash(self, mods: list[str], name: str) -> bool:
        """:data:`_S16_R2B_NATION_MATCH`: whether a description's capitalised modifiers ``mods`` hold a
        country or nationality word (:data:`~saidwhat.pipeline.coref.DEMONYMS`, :data:`_S16_COUNTRY_WORDS`)
        and the body ``name`` (as the article writes it) holds one too, none of whose place forms
        (:meth:`_place_forms`) are the modifier's: "Belgian" and "Oman's foreign ministry" clash;
        "Belgian" and "Belgium's foreign ministry", or a name with no country word ("Red Cross"), do not."""
        if not _S16_R2B_NATION_MATCH:
            return False

        def nations(words) -> list[str]:
            out = []
            for w in words:
                low = re.sub(r"['’]s?$", "", w).lower()
                if w[:1].isupper() and (low in DEMONYMS or low in _S16_COUNTRY_WORDS):
                    out.append(low)
            return out

        mine = nations(mods)
        theirs = nations(name.split())
        if not mine or not theirs:
            return False
        forms: set[str] = set()
        for m in mine:
            forms |= self._place_forms(m)
        return not any(self._place_forms(t) & forms for t in theirs)

    def _place_named_org(self, word: str, mods: list[str], start: int, end: int | None = None) -> str | None:
        """"The Tanzanian regulator", "Kenya's aviation regulator": the organisation of
        :meth:`org_refs` of two words or more whose own name holds the place a modifier stands for
        (:meth:`_place_forms`) and whose kinds fit ``word`` (known kinds only: a place's other
        bodies are many), the latest written before ``start``, else the first after; ``None`` when
        there is none. The modifier must fit the candidate (issue 11 genre train, series h: two
        regulators of one type told apart by their countries). ``end``: the mention's end, when
        given a body named inside ``[start, end)`` is none ("The National League club")."""
        forms = set()
        for m in mods:
            forms |= self._place_forms(m)
        best: tuple[int, str] | None = None
        for r in self.org_refs():
            if len(r.tokens) < 2 or not r.kinds or not self._fits_word(word, r.kinds):
                continue
            if not forms & set(r.tokens) and not (_S13_ORG3_PLACE_MOD and any(
                    t[:1].isalpha() and forms & self._place_forms(t) for t in r.name.split() if t[:1].isupper())):
                continue  # "Kenya's fisheries ministry": "the Kenyan Ministry of Fisheries" holds the place too
            if end is not None and any(start <= x < end for x in r.starts):
                continue  # the body the modifier names is not the one described
            for s in r.starts:
                rank = s if s < start else -s
                if best is None or rank > best[0]:
                    best = (rank, r.name)
        if best is None and _S13_ORG3_PLACE_MOD and word in _S13_PLACE_PUBLIC_WORDS:
            # "The Bank of Spain said … The Spanish regulator said": no body of a fitting kind holds the
            # place; the one of the mention's paragraph whose name holds it, whatever its kinds
            para = self.text.rfind("\n", 0, start) + 1
            for r in self.org_refs():
                if len(r.tokens) < 2 or not forms & set(r.tokens):
                    continue
                for s in r.starts:
                    if para <= s < start and (best is None or s > best[0]):
                        best = (s, r.name)
        if best is None:
            return None
        self.via, self.confidence = "organization", 0.75
        return self._organization(best[1], start)

    def _subject_names(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The capitalised names that are a subject (or a subject's apposition, or a passive's
        "by" agent) in ``[lo, hi)``: ``(start, end)`` characters, leading type words left out
        ("Promoter Larkspur Live" → "Larkspur Live")."""
        span = self.doc.char_span(lo, hi, alignment_mode="contract") if hi > lo else None
        out: list[tuple[int, int]] = []
        if span is None:
            return out
        for t in span:
            if t.pos_ != "PROPN" and not (_S11_ORG_SUBJECTS and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS"
                                          and t.text[:1].isupper() and self._org_word_form(t.lower_)) \
                    or not t.text[:1].isupper():
                continue  # "Rovers said …" tagged a plural noun: a club's short form is still a name
            root = t.sent.root
            ok = t.dep_ in ("nsubj", "nsubjpass") and t.head == root \
                or t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head == root \
                or t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head == root
            if not ok and _S10_ORGS2 and t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass") \
                    and t.head.head == root and t.head.pos_ == "NOUN" and t.i > 0 and self.doc[t.i - 1].text == ",":
                ok = True  # "Its neighbour, Dee & Teme Water, was …": an apposition the parser made a conjunct
            if not ok and _organisations._S9_ORGS and t.dep_ in ("compound", "amod", "nmod", "poss"):
                aff = self._affiliation_of_subject(t)
                if aff is not None:
                    out.append(aff)  # "Kestrel chief executive Graham Pell rejected …": Kestrel
                continue
            if not ok:
                continue  # a subject of the sentence's main verb only ("CalMac confirmed that the ship …")
            i = t.i
            while i > span.start and self.doc[i - 1].pos_ == "PROPN" and self.doc[i - 1].text[:1].isupper() \
                    and self.doc[i - 1].head.i > i - 1 and self.doc[i - 1].head.i <= t.i:
                i -= 1
            while i < t.i and (self.doc[i].lower_ in ORG_KIND_OF or self.doc[i].lower_ in _ROLE_ORG_WORDS
                               or self.doc[i].lower_ in ("the", "rival", "promoter")):
                i += 1
            j = t.i + 1
            while j < span.end and self.doc[j].head.i == t.i and self.doc[j].dep_ in ("nummod", "flat", "compound") \
                    and (self.doc[j].like_num or self.doc[j].pos_ == "PROPN"):
                j += 1  # "Channel 7"
            if _S11_ORG_SUBJECTS and j + 1 < span.end and self.doc[j].lower_ in ("for", "of", "on") \
                    and self.doc[j].head.i == j - 1 and self.doc[j + 1].pos_ == "PROPN" \
                    and self.doc[j + 1].text[:1].isupper() and self.doc[j + 1].head.i == j:
                j += 2  # "Walkley Streets for People, which …": the name's "for/of X" part
            if _S10_ORGS2 and t.dep_ == "conj" and t.ent_iob_ == "B" and t.ent_type_ == "ORG":
                while j < span.end and self.doc[j].ent_iob_ == "I":
                    j += 1  # "Dee & Teme Water": the NER's whole name
            out.append((self.doc[i].idx, self.doc[j - 1].idx + len(self.doc[j - 1])))
        return out

    def _affiliation_of_subject(self, t: Token) -> tuple[int, int] | None:
        """The organisation name ``t`` opens when it is the first of a capitalised run written
        before a lower-case role word inside a person subject of the sentence's main verb:
        "*Kestrel* chief executive Graham Pell rejected …", "*Skyra*'s chief executive, Ingrid
        Solberg, said …": ``(start, end)`` characters of the run, else ``None``. The person's
        organisation is the paragraph's organisation (issue 11 genre train, series f: "The
        Vancouver-based firm said" after its chief executive's sentence)."""
        doc = self.doc
        speaks = False  # a possessed document or spokesperson noun (:data:`_S13_ORG4_AFFIL`)
        if _S13_ORG4_AFFIL and (t.dep_ == "poss" or t.dep_ == "compound" and t.head.dep_ == "poss"):
            h = t if t.dep_ == "poss" else t.head
            k = h.i + 1
            while k < len(doc) and (doc[k].tag_ == "POS" or doc[k].is_space):
                k += 1
            speaks = k < len(doc) and doc[k].lower_ in _S13_ORG4_SPEAKING_NOUNS and doc[k].i == h.head.i \
                and all(doc[x].pos_ == "PROPN" and doc[x].text[:1].isupper() for x in range(t.i, h.i + 1))
        if t.ent_type_ in ("GPE", "NORP", "LOC") or not t.text[:1].isupper() \
                or not speaks and any(m.start <= t.idx < m.end and len(m.name.split()) >= 2 for m in self.named) \
                or t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper():
            return None
        j = t.i
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper() \
                and (speaks or not any(m.start <= doc[j + 1].idx < m.end and len(m.name.split()) >= 2
                                       for m in self.named)):
            j += 1
        k = j + 1 + (j + 1 < len(doc) and doc[j + 1].tag_ == "POS")
        while _S13_ORG4_AFFIL and k < len(doc) and doc[k].is_space:
            k += 1  # "Northstar&#8217;s head": the padding of a character reference the text decoded
        if k >= len(doc) or not doc[k].text.islower() or doc[k].pos_ not in ("NOUN", "ADJ"):
            return None
        head = doc[j].head
        while head.dep_ in ("compound", "amod", "poss") and head.head.i > head.i:
            head = head.head
        root = t.sent.root
        if head.dep_ not in ("nsubj", "nsubjpass") or head.head != root:
            return None
        person = any(m.start <= head.idx < m.end for m in self.named) or any(
            c.dep_ == "appos" and any(m.start <= c.idx < m.end for m in self.named) for c in head.children)
        if not person and _S13_ORG4_AFFIL:
            if head.lower_ in _S13_ORG4_SPEAKING_NOUNS:
                person = True  # "Western Shires' statement … said", "A Northline spokesperson said"
            elif head.lower_ == "head" or head.tag_ == "NN" and any(c.dep_ == "prep" for c in head.children):
                # "Northstar's head of factual, Dominic Asante, told …": the parser hung the
                # apposed person on the role's "of" phrase; a named person after a comma in the subject
                end = head.right_edge.idx + len(head.right_edge)
                person = any(head.idx < m.start < end and self.text[:m.start].rstrip().endswith(",")
                             for m in self.named)
        if not person:
            return None
        return t.idx, doc[j].idx + len(doc[j])

    def _name_kinds(self, name: str, s: int, e: int) -> set[str] | None:
        """The kinds of the capitalised name ``name`` at ``[s, e)`` when it is an organisation: one of
        :meth:`org_refs` (its kinds), tagged ORG by the NER, an organisation speaker already, or
        written with ", which" or an apposition or type word of an organisation after or before it
        (:func:`~.entities._context_words`); ``None`` for a person or a place."""
        text = self.text
        words = norm_tokens(name)
        if not words or words[0] in _FIRST_NAMES:
            return None
        if any(m.start < e and s < m.end and m.name.split()[0].lower() in _FIRST_NAMES for m in self.named):
            return None  # "Kestrels QB Marcus Bell": a person
        around = _context_words(text, s, e)
        kinds = _word_kinds(words) | _context_kinds(around)
        if _S12_ORG_ACRONYM and len(words) == 1 and name.isupper():
            full = self._initialisms().get(name)
            if full is not None:
                kinds |= _word_kinds(norm_tokens(full))  # "The OPSS said": the kinds of its full name
        if around or re.match(r"\s*,\s*which\b", text[e:e + 12]):
            return kinds
        appos = _ORG_APPOS.match(text, e)
        if appos is not None:
            # "Orbitrack, a private company in Colorado that …", "Caritas Philippines, the relief arm of …"
            return kinds | ORG_KIND_OF.get(appos.group(1), frozenset()) | DESC_KINDS.get(appos.group(1), frozenset())
        for r in self.org_refs():
            if r.tokens == words or len(words) == 1 and words[0] in r.tokens:
                return kinds | r.kinds
        if _S13_ORG4_AFFIL and len(words) >= 2:
            for r in self.org_refs():
                if len(r.tokens) > len(words) and list(r.tokens[:len(words)]) == list(words):
                    return kinds | r.kinds  # "Western Shires' statement": Western Shires Trains written short
        tok = self.doc.char_span(s, e, alignment_mode="expand")
        if tok is not None and any(t.ent_type_ == "ORG" for t in tok):
            return kinds
        if any(x.kind == "organization" and x.name and norm_tokens(x.name) == words for x in self.entities.values()):
            return kinds
        if _S9_NOMINALS and self._speaking_body(words, s, e, tok):
            return kinds  # "Cancer Research UK said …": a body of unknown kind (fits any word)
        if _organisations._S9_ORGS and self._org_cued_name(name) is not None:
            return kinds  # "led by Shenzhen-based Huaxin Lithium … Huaxin said": a body the NER took for a person
        return None

    def _org_cued_name(self, name: str) -> str | None:
        """The fullest name of the capitalised ``name`` when the article writes it as an
        organisation's, after a place modifier ("Shenzhen-based Huaxin Lithium") or before ", which"
        ("Salar Andino, which holds 30% of the project"), even where the NER tags it a person; else
        ``None``. A name opening with a first name is none. Issue 11 genre train (series d, f)."""
        if not name or name.split()[0].lower() in _FIRST_NAMES:
            return None
        n = re.escape(name)
        rest = r"(?:[ \t]+[A-Z][\w’'&-]*){0,3}"
        m = re.search(rf"[A-Z][\w’'.]*-(?:based|listed|headquartered|owned)[ \t]+({n}{rest})\b", self.text) \
            or re.search(rf"(?<![\w’'&.-])({n}{rest}),[ \t]+which\b", self.text)
        return m.group(1) if m else None

    def _speaking_body(self, words: list[str], s: int, e: int, tok) -> bool:
        """Whether the capitalised name at ``[s, e)`` (lower-cased ``words``; ``tok`` its Span) is a
        body the NER left untagged or tagged by a part ("Cancer Research UK" with "UK" a place):
        a name of two words or more, the subject of a speech verb ("said", "warned"), with no first
        name, no person named or tagged in it, and not a place as a whole. Its kinds are then
        unknown, and an unknown kind fits any organisation word (:meth:`_fits_word`): "Cancer
        Research UK said … The charity said". Rule 3 of ``gold/speakers/README.md``; issue 11 genre
        train (session 9)."""
        if len(words) < 2 or tok is None or not len(tok):
            return False
        if any(t.ent_type_ in ("PERSON", "NORP") for t in tok) or all(t.ent_type_ in ("GPE", "LOC") for t in tok):
            return False
        if any(m.start < e and s < m.end for m in self.named):
            return False
        c = self.cands.cluster_of(s, e)
        if c is not None and c.kind == "person":
            return False
        root = tok.root
        verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        return verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in SPEECH_VERBS

    @staticmethod
    def _fits_word(word: str, kinds: set[str]) -> bool:
        """Whether an organisation of ``kinds`` may be called "the ``word``": the kinds the word
        says (:data:`~.entities.DESC_KINDS`) meet them, or ``word`` is a loose public word ("the
        agency", "the body", "the service") and the kinds are those of public or civic bodies
        (:data:`_PUBLIC_KINDS`), or a charity word ("the charity", "the fund") and the kinds hold a
        charity, agency or union. Unknown kinds fit any word."""
        want = DESC_KINDS.get(word)
        if not kinds and _organisations._S9_ORGS and word in _NAMED_BODY_WORDS:
            return False  # "according to the ministry": no body of unknown kind (a ministry's name says so)
        if not kinds or want is None or want & kinds:
            return True
        if word in _LOOSE_PUBLIC_WORDS and kinds <= _PUBLIC_KINDS:
            return True
        return word in _LOOSE_CHARITY_WORDS and bool(kinds & {"charity", "agency", "union"})

    def _ref_name(self, name: str) -> str:
        """The fuller name of the article's organisation that ``name`` is a short form of
        ("Rovers" → "Bramley Rovers", "Harlow" → "Harlow Home Group"): the organisation of
        :meth:`org_refs` whose name begins or ends with its words, the fullest when those are
        nested ("Harlow Home", "Harlow Home Group"); else ``name``."""
        words = norm_tokens(name)
        if not words:
            return name
        n = len(words)
        fuller = [r for r in self.org_refs() if len(r.tokens) > n and (r.tokens[:n] == words or r.tokens[-n:] == words)]
        if not fuller:
            return name
        top = max(fuller, key=lambda r: len(r.tokens))
        # nested names ("Harlow Home", "Harlow Home Group") are one organisation: its fullest name
        if all(r.tokens == top.tokens[:len(r.tokens)] for r in fuller):
            return top.name
        if _S16_R2B_SHORT_FIRST and n == 1 and words[0] not in ORG_KIND_OF and words[0] not in DESC_KINDS \
                and not self._demonym_like(name) and all(r.tokens[:1] == words for r in fuller):
            # "Halvorsen Brands, the Anglo-Norwegian maker …" before "Halvorsen IP BV, an Amsterdam
            # company": the short form (one word that is no kind or place word: not "Scottish", not
            # "Ministry") is the body whose full name, opening with it, the article writes first
            at = [(self.text.find(r.name), r.name) for r in fuller]
            at = [x for x in at if x[0] >= 0]
            if at:
                return min(at)[1]
        return name

    def _first_party(self, span, start: int) -> str | None:
        """"Japan and the European Union blaming each other": a mention that is two parties, the
        first a place or organisation the NER tags (GPE, ORG), takes the first-named (rule 6 of
        ``gold/speakers/README.md``). ``None`` for any other mention (people: the name rules)."""
        head = _head_part(span_text(span))
        m = _RX_1.fullmatch(head)
        if m is None:
            return None
        a = start + span_text(span).find(head) + m.start(1)
        first = self.doc.char_span(a, a + len(m.group(1)), alignment_mode="expand")
        if first is None or not len(first):
            return None
        ent = next((e for e in doc_ents(self.doc) if e.start == first.start and e.end == first.end), None)
        if ent is None or ent.label_ not in ("GPE", "ORG"):
            return None
        more = _organisations.run_continuation(self.text, ent.end_char, ent.text, self.doc) if ent.label_ == "ORG" else ""
        self.via, self.confidence = "organization", 0.7
        # "the Ministry of Transport and Works": one body's name the NER cut at "and"
        # (:data:`~.organisations._S12_ORG4_RUNS`), named in full
        return self._organization(_RX_2.sub("", ent.text) + more, start)

    def _named_in_apposition(self, span, start: int) -> str | None:
        """A description of an organisation followed by its name in apposition, in the mention or
        right after it: "Chile's water regulator, the Superintendency of the Sea,",
        "Brazil's environmental watchdog, known by its Portuguese initials IBAMA,", "the regulator (the
        MHRA)". The description's last word must be an organisation word (:data:`DESC_KINDS`,
        :data:`~.entities.ORG_KIND_OF`, :data:`_ROLE_ORG_WORDS`, :data:`_GENERIC_ORG_WORDS`); the
        name is a capitalised run (:data:`~.organisations._ORG_NAME`) that is no person's name. Rule 3 of
        ``gold/speakers/README.md`` (a description of a named organisation is that organisation);
        the NER often leaves such names untagged, so :meth:`_appositive_org` misses them. Returns
        the organisation's key, or ``None``."""
        head_text = _head_part(span_text(span))
        words = head_text.split()
        if len(words) < 2 or not head_text[:1].isalpha():
            return None
        word = words[-1].lower()
        if not (word in DESC_KINDS or word in ORG_KIND_OF or word in _ROLE_ORG_WORDS or word in _GENERIC_ORG_WORDS):
            if _S15_NAME_BEFORE_APPOS and words[0].lower() in ("the", "a", "an") and self._org_root(span):
                return self._name_before_appos(start)  # "X, the campaign group set up by parents last week,"
            return None
        head_end = start + span_text(span).find(head_text) + len(head_text)
        rest = self.text[head_end: max(span.end_char, head_end) + 90]
        m = re.match(rf"\s*(?:,|\(|[{DASHES}])\s*(?:(?:known|referred\s+to)\s+(?:as|by\s+(?:its|the|their)\s+"
                     rf"(?:[A-Za-z]+\s+)?(?:initials|acronym|abbreviation|name))\s+)?(?:the\s+)?({_ORG_NAME})"
                     rf"\s*(?:[,.;)]|[{DASHES}]|$)", rest)
        if m is None:
            if _S15_NAME_BEFORE_APPOS and words[0].lower() in ("the", "a", "an") and self._org_root(span):
                return self._name_before_appos(start)
            return None
        return self._apposed_org(m.group(1), head_end + m.start(1), start)

    @staticmethod
    def _org_root(span) -> bool:
        """Whether the syntactic head of the mention ``span`` is an organisation word ("the campaign
        *group* set up by parents"; not "the company *chairman*"): :data:`_S15_NAME_BEFORE_APPOS`."""
        w = span.root.lower_ if span is not None and len(span) else ""
        return w in DESC_KINDS or w in _GENERIC_ORG_WORDS or w in _ROLE_ORG_WORDS

    def _body_after_desc(self, span, start: int, end: int) -> str | None:
        """:data:`~.resolver._S15_APPOS_BODY_NAME`: a capitalised name ``span`` at ``[start, end)``
        (characters) right after "<his/her/their/its/the> [modifier] W, ", or the name closing such a
        mention opened by a possessive determiner ("The manufacturer, X of Stuttgart," stays the
        ranker's), with W an organisation
        word ("His management, *Marina Artists*, said", "The label, *Eko Sound*, said") is that
        body as written, even where its first word is a given name: the description before it says
        a body, not a person. Rule 3 of ``gold/speakers/README.md``; series u, genre train."""
        inside = re.fullmatch(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+)?([a-z]+),\s*([^,]+?)[\s,]*",
                              self.text[start:end])
        name = (inside.group(2) if inside else self.text[start:end]).strip(" ,")
        words = name.split()
        if not words or not all(w[:1].isupper() or w.lower() in ("of", "&", "the", "for") for w in words):
            return None  # "Their band, Ana Ruiz and Bo Lind,": people
        m = inside or re.search(r"(?:^|[^\w’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+(?:[a-z-]+\s+)?([a-z]+),\s*$",
                                self.text[max(0, start - 50):start])
        if m is None:
            return None
        w = m.group(1)
        if not (w in DESC_KINDS or w in _ROLE_ORG_WORDS or w in _GENERIC_ORG_WORDS or w == "management") \
                or w in ("team", "side", "band", "duo", "trio", "group"):  # "The duo, Ana Ruiz and …": members
            return None
        if words[0].lower() in _HONORIFICS or words[0].lower() in _titles():
            return None
        self.via, self.confidence = "organization", 0.8
        return self._organization(_strip_poss(name), start)

    def _name_before_appos(self, start: int) -> str | None:
        """:data:`_S15_NAME_BEFORE_APPOS`: the description at ``start`` (characters) is an apposition
        of the capitalised name that opens its sentence right before it ("*Save St Aidan's*, the
        campaign group set up by parents last week, said"): that name as written (a trailing "'s"
        kept, it is the name's own), unless it is a place, a person's name or a first name. Rule 3 of
        ``gold/speakers/README.md``; series u, genre train."""
        lo = max(0, start - 120)
        m = re.search(rf"(?:^|\n|[.!?][\"”’']?[ \t]+)({_ORG_NAME}),[ \t]*$", self.text[lo:start])
        if m is None:
            return None
        s, name = lo + m.start(1), m.group(1)
        e = s + len(name)
        tok = self.doc.char_span(s, e, alignment_mode="expand")
        if tok is None or not len(tok) or any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE") for t in tok):
            return None  # "In Kenya, the regulator said": a place (a body's name the NER may call a person)
        if len(name.split()) < 2 and not name.isupper():
            return None  # "However, the group": one word may be a discourse word or a place
        first = name.split()[0].lower()
        if first in _HONORIFICS or first in _titles() or first in _FIRST_NAMES or first in _DETS:
            return None  # "Mr Okafor, the group": a person (a name the NER calls a person but whose
            # apposition's head is a body word, "Save St Aidan's, the campaign group", is the body)
        self.via, self.confidence = "organization", 0.75
        return self._organization(name, start)

    def _typed_apposition(self, span, start: int) -> str | None:
        """A description of no organisation word whose apposition names an organisation after its
        type word: "Brightwater's largest *shareholder*, the Edinburgh-based *fund* Norfell Capital,"
        → Norfell Capital. The apposition: a comma, "the/a/an", up to three modifiers, a kind word
        (:data:`~.entities.DESC_KINDS`, :data:`~.entities.ORG_KIND_OF`, :data:`_ROLE_ORG_WORDS`,
        :data:`_GENERIC_ORG_WORDS`), then a capitalised name (:data:`~.organisations._ORG_NAME`) that opens with no
        first name and is no person's name the article writes; the apposition says what the
        speaker is (rule 3 of ``gold/speakers/README.md``). ``None`` for any other shape. Issue 11
        genre train, series h (:data:`_S10_ORGS2`)."""
        head_text = _head_part(span_text(span))
        if len(head_text.split()) < 2:
            return None
        head_end = start + span_text(span).find(head_text) + len(head_text)
        m = re.match(rf",\s+(?:the|an?)\s+((?:[\w’'-]+\s+){{0,3}}?)([a-z]+)\s+({_ORG_NAME})\s*(?:[,.;)]|[{DASHES}]|$)",
                     self.text[head_end: max(span.end_char, head_end) + 120])
        if m is None:
            return None
        word = m.group(2)
        if not (word in DESC_KINDS or word in ORG_KIND_OF or word in _ROLE_ORG_WORDS or word in _GENERIC_ORG_WORDS):
            return None
        return self._apposed_org(m.group(3), head_end + m.start(3), start)

    def _apposed_org(self, raw: str, s: int, start: int) -> str | None:
        """The organisation named ``raw`` (a possessive stripped) at ``s`` in an apposition of the
        mention at ``start`` (:meth:`_named_in_apposition`, :meth:`_typed_apposition`), or ``None``
        when the name is a single character, opens with a first name, is a determiner, or overlaps a
        person's name of two words or more the article writes ("the band's manager, Hugo
        Barraclough": a person)."""
        name = _strip_poss(raw).strip()
        e = s + len(name)
        if len(name) < 2 or name.split()[0].lower() in _FIRST_NAMES or name.lower() in _DETS:
            return None
        if any(n.start < e and s < n.end and len(n.name.split()) >= 2 for n in self.named):
            return None
        self.via, self.confidence = "organization", 0.8
        return self._organization(name, start)

    def _ref_named(self, span, start: int, cls: str) -> str | None:
        """The organisation of :meth:`org_refs` whose name is the whole head part of the mention
        ``span`` at ``start`` ("Kestrel+ said", "Channel 7 said in a statement"), when one of its
        mentions starts there, no NER organisation or person's name stands there, and (for a mention
        the tagger read as a surname or a common noun, ``cls``) the article gives it a kind; ``None``
        otherwise. The names the NER tags reach the resolver as clusters; these are the names only
        :meth:`org_refs` found (rule 3 of ``gold/speakers/README.md``: an organisation is the name
        the article writes). :data:`_S12_ORG3_REF_NAME`."""
        here = [r for r in self.org_refs() if start in r.starts and (r.kinds or cls == "org_name")]
        if not here:
            return None  # the common case, first (O(organisations), no parse)
        head = _head_part(span_text(span))
        words = norm_tokens(_strip_poss(head))
        if words[:1] == ["the"]:
            words = words[1:]
        if not words or self.cands.cluster_of(start, start + len(head)) is not None \
                or any(m.start == start for m in self.named):
            return None
        if _S15_REF_NOT_SURNAME and len(words) == 1 and cls == "surname":
            m = self._full_name_for(words[0], start)
            if m is not None and m.start < start and len(norm_tokens(m.name)) >= 2 and words[0] in norm_tokens(m.name):
                return None  # "Luther Stan Pate IV" … "Pate claimed": the person's surname (session 15)
        for r in here:
            if r.tokens == words:
                self.via, self.confidence = "organization", 0.9
                return self._organization(self._ref_name(r.name), start)  # its fullest name
        return None

    def _org_by_kind(self, toks: list[Token], start: int) -> str | None:
        """Step 1 of :meth:`_org_description`: a description by its kind word ("The carrier", "the
        chipmaker", "The broadcaster", "The regulator", "the club", "the union", "The festival",
        "police", "the city") resolved to an organisation of a fitting kind
        (:data:`~.entities.DESC_KINDS`) named before it: one called by the word itself first ("the
        magazine": "Family Circle magazine"), then the latest one named as a subject or possessor,
        else the latest one named at all; "police" may take a force named after it ("…, police
        said. … according to the New York Police Department"), "the city" the place of the
        dateline; "the finance ministry" that the article never names is the ministry by these words.
        With none before it, "the aviation regulator" is the first organisation of a fitting kind
        named after it whose name holds a lower-case modifier of the mention (the Civil Aviation
        Authority of a later paragraph); a commercial body's name is its fullest nested form
        (:meth:`_ref_name`: "Harlow Home" → Harlow Home Group).
        ``toks``: the mention's head-part tokens, punctuation left out. Rule 3 of
        ``gold/speakers/README.md`` (the description is the organisation the article names);
        shapes of issue 11's genre gold. ``None`` when the word is no kind word or nothing fits."""
        if not toks:
            return None
        word = toks[-1].lower_
        want = DESC_KINDS.get(word)
        if want is None or not toks[-1].text[:1].islower() and len(toks) > 1:
            return None
        if len(toks) == 1:
            if word != "police":
                return None
        elif toks[0].lower_ not in ("the", "this", "that"):
            return None
        if any(t.text[:1].isupper() and not ("-" in t.text and t.text.split("-")[-1].islower())
               and not (_S11_ORG_PLACE_MOD and _PLACE_MOD.match(self.text[t.idx:].split(None, 1)[0]))
               for t in toks[1:]):
            return None  # a name in the mention ("the BBC network"): the name rules decide
        refs = [r for r in self.org_refs() if r.kinds & want or word in r.words]
        best: tuple[int, int, int, OrgRef] | None = None
        for r in refs:
            before = [s for s in r.starts if s < start]
            if not before:
                continue
            subj = max((s for s in before if self._ref_subject(s)), default=-1)
            # the word itself first ("the magazine": "Family Circle magazine"), then a subject
            rank = (1 if word in r.words else 0, 1 if subj >= 0 else 0, subj if subj >= 0 else before[-1])
            if _S12_ORG_EXACT_KIND and len(want) > 1 and not want <= _COMMERCIAL_KINDS:
                # "The agency": a body of that very kind before one the word fits loosely (a regulator)
                rank = (rank[0], 1 if word in r.kinds else 0, *rank[1:])
            if best is None or rank > best[:-1]:
                best = (*rank, r)
        ref = best[-1] if best is not None else None
        if _S14_GRP_TYPED_LATEST and best is not None and best[0] == 1 and len(toks) == 2:
            # "Campaigners from the Save Elmfield Library group … the group said": the body the text
            # last wrote with the word itself, not an earlier subject also so called (session 14 round 3)
            typed = self._typed_name_before(word, start)
            if typed is not None and typed[1] != ref.name:
                alt = [r for r in refs if word in r.words and r.name == typed[1]
                       and max((s for s in r.starts if s < start), default=-1) < typed[0] + len(typed[1]) + 2]
                if alt and typed[0] > max(s for s in ref.starts if s < start):
                    ref = alt[0]
        if ref is None and len(toks) > 2 and _SALIENCE:
            # "the aviation regulator" in the lead, the Civil Aviation Authority named later: the first
            # organisation of a fitting kind after it whose name holds a modifier of the mention
            mods = {t.lower_ for t in toks[1:-1] if t.text.islower()}
            after = [(min(s for s in r.starts if s > start), r) for r in refs
                     if mods & set(r.tokens) and any(s > start for s in r.starts)]
            ref = min(after, key=lambda x: x[0])[1] if after else None
        if ref is None and word == "police":
            ref = min((r for r in refs if r.starts), key=lambda r: r.starts[0], default=None)
        if ref is None and _organisations._S14_ORGQ_CATAPHOR and (
                len(toks) == 2 and want <= _COMMERCIAL_KINDS or _S15_LOCAL_CATAPHOR and word in _S15_LOCAL_BODY_WORDS
                and len(toks) == 3 and toks[1].lower_ == "local") \
                and not self._above_lead(start) and not any(s < start for r in refs for s in r.starts):
            # "… is being recalled after the maker found …" in the lead, "The manufacturer, Veltria
            # Diagnostics," in the next paragraph: the first business of a fitting kind named after
            # it, close by (a bare kind word that opens a story's body points forward; session 14)
            after = [(min(s for s in r.starts if s > start), r) for r in refs if any(s > start for s in r.starts)]
            first = min(after, key=lambda x: x[0], default=None)
            if first is not None and first[0] - start <= _organisations._S14_CATAPHOR_CHARS:
                ref = first[1]
        if ref is not None:
            self.via, self.confidence = "organization", 0.8
            name = ref.name
            if want <= _COMMERCIAL_KINDS and _SALIENCE:
                name = self._ref_name(name)  # "The company": "Harlow Home" written short for Harlow Home Group
            return self._organization(name, start)
        if word == "ministry" and len(toks) >= 3 and all(t.text.islower() for t in toks[1:]):
            # "The finance ministry" of an article that never names it: the article's words
            # (gold/speakers/genre README: a ministry the article never names properly)
            name = self.text[toks[1].idx: toks[-1].idx + len(toks[-1])]
            self.via, self.confidence = "organization", 0.6
            return self._organization(name, start)
        if "place" in want:
            place = self._dateline_place(start)
            if place is not None:
                self.via, self.confidence = "organization", 0.6
                return self._organization(place, start)
        return None

    def _place_word_prev(self, toks: list[Token], start: int) -> str | None:
        """"The Leeds firm", "The Bristol insurer": a definite kind word (:data:`~.entities.DESC_KINDS`)
        after capitalised place or nationality words only (tagged GPE, LOC or NORP, or
        :meth:`_demonym_like`, or one capitalised word that is no word of an organisation named
        outside the mention, :meth:`_named_elsewhere`) is the organisation of :meth:`org_refs` written latest in the
        sentence before the mention or in the mention's own sentence before it, whose kinds fit the
        word (:meth:`_fits_word`; unknown kinds fit, not after an untagged modifier) and which is no
        place itself; ``None`` else.
        ``toks``: the head-part tokens, punctuation left out; ``start``: the mention's first
        character. A place modifier says more about the body just named (Poesio & Vieira 1998 on
        definite descriptions; rule 3 of ``gold/speakers/README.md``); issue 11 genre train,
        session 13."""
        if len(toks) < 3 or toks[0].lower_ not in ("the", "this") or not toks[-1].text.islower():
            return None
        word = toks[-1].lower_
        if word not in DESC_KINDS or "place" in DESC_KINDS[word]:
            return None
        mods = toks[1:-1]
        caps = [t for t in mods if t.text[:1].isupper()]
        if not caps or len(caps) != len(mods):
            return None  # "The Cardiff-based carrier": :data:`_S11_ORG_PLACE_MOD`'s shape, not this one
        tagged = all(t.ent_type_ in ("GPE", "LOC", "NORP") or self._demonym_like(t.text) for t in caps)
        if not tagged and not (len(caps) == 1 and caps[0].text.isalpha() and caps[0].text[1:].islower()
                               and not self._named_elsewhere(caps[0])):
            return None  # "The Bristol insurer" (tagged ORG with its word): no organisation's word
        sent = toks[0].sent
        lo = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        mod_toks = norm_tokens(" ".join(t.text for t in caps))
        best: tuple[int, str] | None = None
        for r in self.org_refs():
            at = max((x for x in r.starts if lo <= x < start), default=None)
            if at is None or (best is not None and at <= best[0]) or r.tokens == mod_toks:
                continue
            if not self._fits_word(word, r.kinds) or self._is_place(at) or not tagged and not r.kinds:
                continue  # an untagged modifier may be a name ("The Usdaw union"): a body of known kinds only
            best = (at, r.name)
        if best is None:
            return None
        self.via, self.confidence = "organization", 0.7
        name = best[1]
        if DESC_KINDS[word] <= _COMMERCIAL_KINDS:
            name = self._ref_name(name)
        return self._organization(name, start)

    def _body_just_named(self, toks: list[Token], start: int) -> str | None:
        """"The force", "The unit", "The platform" (``toks``: "The"/"This" and a lower-case body
        word of :data:`~.entities.DESC_KINDS`, :data:`_ROLE_ORG_WORDS` or :data:`_S13_BODY_WORDS`,
        opening its sentence) is the organisation named in the sentence before, when that sentence
        names exactly one whose kinds fit the word (:meth:`_fits_word`) and that is no place (an
        organisation of :meth:`org_refs` or an NER organisation cluster, or a capitalised name whose
        last word is the body word or its head, :data:`_S10_HEAD_WORDS`; a name nested in another,
        "City of London Police's Insurance Fraud Enforcement Department", and a possessor before the
        body it owns count as the latest written); ``None`` else. The last step of
        :meth:`_org_description`: a definite description opening a sentence says more of what the
        sentence before introduced (Poesio & Vieira 1998);
        rule 3 of ``gold/speakers/README.md``. Issue 11 genre train, session 13."""
        if len(toks) != 2 or toks[0].lower_ not in ("the", "this") or not toks[1].text.islower():
            return None
        word = toks[1].lower_
        if word not in DESC_KINDS and word not in _ROLE_ORG_WORDS and word not in _S13_BODY_WORDS:
            return None
        if word in DESC_KINDS and "place" in DESC_KINDS[word]:
            return None
        sent = toks[0].sent
        if toks[0].i != sent.start or sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        lo, hi = prev.start_char, prev.end_char
        found: dict[str, tuple[int, int]] = {}
        for r in self.org_refs():
            for x in r.starts:
                if lo <= x < hi and not self._is_place(x):
                    found[r.name] = max(found.get(r.name, (x, x)), (x, x + len(r.name)))
        for c in self.cands.clusters:
            if c.kind != "organization" or not c.tokens:
                continue
            for x, e, _, _ in c.mentions:
                if lo <= x < hi and not self._is_place(x) \
                        and not any(x <= a < e2 or a <= x < e2 for a, e2 in found.values()):
                    found[c.name] = max(found.get(c.name, (x, e)), (x, e))
        heads = _S10_HEAD_WORDS.get(word, (word,))
        for m in _S10_NAME_RE.finditer(self.text, lo, hi):
            # a name the NER left in a person's affiliation ("Lorna Pike of West Yorkshire Police")
            # whose last word is the body word ("force": Police, Constabulary)
            x, e = m.span(1)
            x = max([x] + [n.end for n in self.named if x <= n.start and n.end < e])  # after "Lorna Pike"
            name = re.sub(r"^(?:\s*(?:of|for|at|and|the|&)\s+)+", "", self.text[x:e].strip() + " ").strip()
            x = e - len(name)
            if name and name.split()[-1].lower() in heads and len(name.split()) >= 2 \
                    and not any(a <= x < b for a, b in found.values()):
                found[name] = (x, e)
        kinds = self._ref_kinds()
        fit = [(at, name) for name, at in found.items()
               if self._fits_word(word, next((r.kinds for r in self.org_refs() if r.name == name), None)
                                  or kinds.get(tuple(norm_tokens(name)), set()))]
        if not fit:
            return None
        # names nested in one another ("X Police's Y Department") count once: the latest written
        fit.sort()
        outer = [f for f in fit if not any(g is not f and g[0][0] <= f[0][0] < g[0][1] for g in fit)]
        # "the X Police's Y Department": the possessor is the parent of the unit named after it
        outer = [f for f in outer if not any(
            g is not f and re.fullmatch(r"['’]s?\s+(?:the\s+)?", self.text[f[0][1]:g[0][0]]) for g in outer)]
        if len(outer) != 1:
            return None
        name = fit[-1][1]
        self.via, self.confidence = "organization", 0.6
        return self._organization(self._ref_name(name), start)

    def _named_elsewhere(self, t: Token) -> bool:
        """Whether the word of token ``t`` is a word of one of :meth:`org_refs` written somewhere
        other than at ``t`` ("Bristol" of "The Bristol insurer" that the NER alone made a name is not)."""
        low = t.lower_
        return any(low in r.tokens and any(not (t.idx - 8 <= x <= t.idx) for x in r.starts) for r in self.org_refs())

    def _first_of_pair(self, span, start: int) -> str | None:
        """"the two companies", "Both companies", or a mention that is itself two names ("Aldgate
        Insurance and Meridian Life"): the first-named of the latest pair of organisations the
        article wrote as "A and B" (:meth:`org_refs`) at or before ``start``. Rule 6 of
        ``gold/speakers/README.md`` (a joint source takes the first-named party; genre train README:
        "the two companies", "Both companies"). ``None`` when the mention is no such plural or
        the article names no pair."""
        if span is None or not len(span):
            return None
        head = _head_part(span_text(span)).strip()
        boards = _S10_BOARDS_OF.match(head) if _organisations._S10_ORGS else None
        if boards is not None:
            head = head[boards.end():]  # "The boards of both companies": the companies (rule 6)
        plural = _ORG_PAIR_WORDS.match(head)
        if not plural and (" and " not in head or boards is not None):
            return None
        self.org_refs()
        pairs = [p for p in self._org_pairs if p[0] <= start]
        if not pairs and plural and _organisations._S10_ORGS:
            first = self._first_named_org(head.split()[-1], start)
            if first is not None:
                self.via, self.confidence = "organization", 0.6
                return self._organization(first, start)  # "X has agreed to buy rival Y … Both companies"
        if not pairs:
            return None
        at, first, second = max(pairs)
        if not plural and not (at == start and head.startswith(first) and head.rstrip(" ,").endswith(second)):
            return None
        self.via, self.confidence = "organization", 0.7
        return self._organization(first, start)

    def _first_named_org(self, plural: str, start: int) -> str | None:
        """The first-named of "both companies" when the article wrote no "A and B" pair: the
        organisation of :meth:`org_refs` written first before ``start`` whose known kinds fit the
        singular of ``plural`` ("companies" → company), when at least two such are written before
        it; places (of no known kind, tagged so) are none. Rule 6 of ``gold/speakers/README.md`` (issue 11 genre
        train, series h: a takeover's two companies, the buyer named first)."""
        word = {"companies": "company", "businesses": "business"}.get(plural.lower(), plural.lower().rstrip("s"))
        firsts = []
        for r in self.org_refs():
            before = [s for s in r.starts if s < start]
            if not before or not self._fits_word(word, r.kinds):
                continue
            tok = self.doc.char_span(before[0], before[0] + 1, alignment_mode="expand")
            if not r.kinds and (tok is None or not len(tok) or tok[0].ent_type_ in ("GPE", "LOC", "NORP")):
                continue  # "Britain": a place, no company
            firsts.append((min(before), r.name))
        if len(firsts) < 2:
            return None
        return min(firsts)[1]

    def _org_by_word(self, toks: list[Token], start: int, prev: str | None) -> str | None:
        """Step 1b of :meth:`_org_description`, for what step 1 leaves: "the W" (W a kind word of
        :data:`~.entities.DESC_KINDS` or a word of :data:`_ROLE_ORG_WORDS`: "the band", "the
        operator", "The watchdog", "The company") is, in this order:

        1. the organisation the article **introduced with the word itself** before ``pos``
           ("Indie rock *band* Hollow Pines", "the *developer*, Energía Austral,", "The tour's
           *promoter*, Skyline Live,", "Nordavia, the low-cost *airline*"; :meth:`_introduced_as`);
        0. "the county": the latest "<Name> County Council" written before it, else the latest
           "<Name> County" ("Marlowe County", not the "Marlowe County Board of Supervisors" that
           holds it);
        2. a body **named by the article's own words** when it has no proper name ("a communiqué
           from the race jury … The jury said" → "race jury"; "the sheriff's office" as written):
           the words of :data:`_AS_WRITTEN_WORDS` only (:meth:`_as_written`);
        3. the **organisation that acted last** in the paragraph (or the previous speaker, when an
           organisation of the paragraph or the one before): "ScotRail has suspended all
           services. '…,' the operator said"; "Scottish and Southern Electricity Networks says …
           The company warned" (:meth:`_acting_org`), when its known kinds do not contradict the
           word.

        Rule 3 of ``gold/speakers/README.md`` (a description of an organisation the article names is
        that organisation); the as-written reading of ``gold/speakers/genre/README.md`` ("A
        government or ministry the article never names properly takes the article's words"). Shapes
        of issue 11's genre train gold. ``toks``: the head-part tokens, punctuation left out.
        Returns the speaker key, or ``None``."""
        if len(toks) < 2 or toks[0].lower_ not in ("the", "this", "that"):
            return None
        word = toks[-1].lower_
        if _organisations._S9_ORGS and word in _SERVICE_HEADS and len(toks) >= 3 and toks[-2].lower_ in ORG_KIND_OF \
                and all(t.text.islower() for t in toks[1:]):
            # "the streaming service": the kind its modifier says (a broadcaster), an organisation
            # that acted last in the paragraph or the one before (issue 11 genre train, series f)
            name = self._acting_org(word, start, prev, ORG_KIND_OF[toks[-2].lower_])
            if name is None:
                return None
            self.via, self.confidence = "organization", 0.7
            return self._organization(name, start)
        if word not in DESC_KINDS and word not in _ROLE_ORG_WORDS and word not in _AS_WRITTEN_WORDS \
                and word != "county":
            return None
        if any(t.text[:1].isupper() for t in toks[1:]):
            return None
        if word == "county" and len(toks) == 2:
            # "The county says": the "<Name> County" the article writes ("the Marlowe County Board of
            # Supervisors" → Marlowe County, the county, not its board)
            found = [m.group(1) for m in re.finditer(r"\b(?!The\b|A\b)([A-Z][\w’'-]+\s+County(?:\s+Council)?)\b",
                                                     self.text[:start])]
            if found:
                # an English "<Name> County Council" is the county's own body (genre train local_b02)
                name = next((f for f in reversed(found) if f.endswith("Council")), found[-1])
                self.via, self.confidence = "organization", 0.7
                return self._organization(name, start)
        if word in ("city", "town", "county", "state", "borough", "group"):
            return None  # places: the kind step and the dateline decide; "the group": step 3 (PolNeAR train)
        name = self._introduced_as(word, start)
        if name is None and word in _AS_WRITTEN_WORDS:
            name = self._as_written(toks, start)
        if name is None and word not in _AS_WRITTEN_WORDS:
            name = self._acting_org(word, start, prev)
        if name is None and word in ("company", "firm", "business"):
            name = self._introduced_in_role(start)
        if name is None:
            return None
        self.via, self.confidence = "organization", 0.7
        return self._organization(name, start)

    def _place_body(self, toks: list[Token], start: int) -> str | None:
        """"Norway's coastal safety agency", "Brazil's environment ministry": a place's body
        described in lower-case words that the article does not name (a name in apposition is
        taken before this, :meth:`_named_in_apposition`; an organisation of the article whose name
        holds the place and fits the word, "the Bank of Japan" for "Japan's central bank", leaves it
        to the later steps): the body by the article's own words, the place's possessive included. The as-written reading of ``gold/speakers/genre/README.md``
        ("A government or ministry the article never names properly takes the article's words").
        ``toks``: the head-part tokens, punctuation left out. ``None`` for any other shape."""
        if _S15_PLACE_MOD_BODY and len(toks) >= 4 and toks[0].lower_ == "the" and toks[1].text[:1].isupper() \
                and (toks[1].ent_type_ in ("GPE", "LOC") or self._name_is_place(toks[1].text)) \
                and self.text[toks[1].idx + len(toks[1]): toks[1].idx + len(toks[1]) + 1] not in ("'", "’") \
                and toks[2].tag_ != "POS" and all(t.text.islower() or t.tag_ == "POS" for t in toks[2:]) \
                and toks[-1].tag_ != "POS":  # not "The Greens' regional office": a possessor
            toks = toks[1:]  # "The Zonguldak chief prosecutor's office": the place as a modifier
        elif len(toks) < 4 or toks[1].tag_ != "POS" or toks[0].i != toks[1].i - 1 or toks[0].ent_type_ not in ("GPE", "LOC") \
                and not (_S16_H4_PLACE_POSS and toks[0].lower_ in _S16_COUNTRY_WORDS):
            return None  # (a country the NER tagged otherwise, "Niger's justice ministry", still counts: session 16)
        rest = toks[2:] if toks[1].tag_ == "POS" else toks[1:]
        word = rest[-1].lower_
        if not all(t.text.islower() or t.tag_ == "POS" for t in rest) or not (word in DESC_KINDS or word in ORG_KIND_OF) \
                or word in ("company", "firm", "group", "business", "team", "club", "side"):
            return None
        want = DESC_KINDS.get(word) or ORG_KIND_OF.get(word, frozenset())
        place = toks[0].lower_
        if _organisations._S10_ORGS:
            key = self._place_named_org(word, [toks[0].text], start)
            if key is not None:
                return key  # "Kenya's aviation regulator": the Kenya Civil Aviation Authority the article names
        for r in self.org_refs():
            if place in r.tokens and (r.kinds & want or word in r.tokens):
                return None  # "Japan's central bank" of an article that names the Bank of Japan
        name = self.text[toks[0].idx: rest[-1].idx + len(rest[-1])]
        self.via, self.confidence = "organization", 0.6
        return self._organization(name, start)

    def _introduced_in_role(self, pos: int) -> str | None:
        """"The company" after "The festival's *promoter*, Bright Arc, said …" in the same paragraph:
        the latest name written in apposition to a word of what an organisation does
        (:data:`_ROLE_ORG_WORDS`: promoter, operator, label, developer …) in the paragraph of
        ``pos``, even when the NER took it for a person's name, unless its first word is a first
        name. Rule 3 of ``gold/speakers/README.md``; genre train gold. ``None`` when there is none."""
        para = self.text.rfind("\n", 0, pos) + 1
        words = "|".join(sorted(_ROLE_ORG_WORDS))
        best = None
        for m in re.finditer(rf"\b(?:{words}),\s+(?:the\s+)?({_ORG_NAME}),", self.text[para:pos]):
            best = m.group(1)
        if best is None or best.split()[0].lower() in _FIRST_NAMES or len(best.split()) > 5:
            return None
        return _strip_poss(best).strip()

    def _introduced_as(self, word: str, pos: int) -> str | None:
        """The latest organisation name written with the type word ``word`` before ``pos``: right
        after it ("band Hollow Pines", "the developer, Energía Austral", "watchdog, the
        Superintendency of the Environment") or as the head of its apposition ("Nordavia, the
        low-cost airline"); a person's name is none. ``None`` when there is none."""
        text = self.text[:pos]
        w = re.escape(word)
        best: tuple[int, str] | None = None
        for m in re.finditer(rf"\b{w}(?:,\s+|\s+)(?:the\s+)?({_ORG_NAME})", text):
            best = (m.start(1), m.group(1))
        for m in re.finditer(rf"({_ORG_NAME}),\s+(?:the|an?|its)\s+(?:[\w-]+\s+){{0,4}}?{w}\b(?!['’])", text):
            if _S10_ORGS2 and m.group(1).lower() in _S10_FILLERS:
                continue  # "Well, the label would say that": a discourse word, no name in apposition
            if best is None or m.start(1) > best[0]:
                best = (m.start(1), m.group(1))
        if best is None:
            return None
        s, name = best
        name = _strip_poss(name).strip()
        e = s + len(name)
        if any(m.start < e and s < m.end for m in self.named) or name.split()[0].lower() in _FIRST_NAMES:
            return None  # "the band's singer Callie Redfern": a person
        if name.lower() in _DETS or len(name) < 2:
            return None
        return name

    def _as_written(self, toks: list[Token], pos: int) -> str | None:
        """"The jury" after "the race jury", "the sheriff's office": the body by the article's
        own words, when no organisation was introduced with the word (:data:`_AS_WRITTEN_WORDS`).
        The fullest lower-case form written before ``pos`` (or the mention itself)."""
        word = toks[-1].lower_
        own = self.text[toks[1].idx: toks[-1].idx + len(toks[-1])]
        if len(toks) > 2:
            return own if own[:1].islower() else None  # "the sheriff's office", "the race jury"
        found = None
        for m in re.finditer(rf"\bthe\s+((?:[a-z][\w-]*(?:['’]s)?\s+){{1,2}}{re.escape(word)})\b", self.text[:pos]):
            found = m.group(1)
        return found

    def _acting_org(self, word: str, pos: int, prev: str | None, kinds: frozenset[str] | None = None) -> str | None:
        """The organisation that acted last before ``pos`` in its paragraph or the one before (a subject, agent or
        possessor of :meth:`_ref_subject`; an organisation of :meth:`org_refs` or the NER's), or
        the previous speaker when an organisation spoken of in this paragraph or the one before;
        one whose known kinds contradict ``word`` ("the company" is no regulator), or a place
        (GPE), is none. ``kinds``: the kinds the word stands for, when not those of
        :data:`~.entities.DESC_KINDS` ("the streaming service": broadcaster).

        With none of these (session 9, ``_S9_ORGS``): of the organisations of :meth:`org_refs`
        named as a verb's object or an agent in those paragraphs (:meth:`_object_or_agent`) whose
        known kinds fit, the one the article names most often, then the latest ("plans by
        Pennine Connect to withdraw two routes. ¶ The operator told …"; "accused Lumen+ of …,
        days after the streaming service said")."""
        want = kinds if kinds is not None else DESC_KINDS.get(word)
        para = self.text.rfind("\n", 0, pos) + 1
        lo = last_paragraph_break(self.text, max(para - 2, 0))[0] + 1  # the paragraph before

        def fits(kinds: set[str]) -> bool:
            return want is None or not kinds or bool(kinds & want)

        best: tuple[int, str] | None = None
        # the known kinds of the article's organisations by name (:data:`_S13_ORG5_ACT_KINDS`)
        known = {r.name: r.kinds for r in self.org_refs() if r.kinds} if _S13_ORG5_ACT_KINDS else {}
        for r in self.org_refs():
            if not fits(r.kinds):
                continue
            for s in r.starts:
                if lo <= s < pos and self._ref_subject(s) and not self._is_place(s) \
                        and (best is None or s > best[0]):
                    best = (s, r.name)
        for c in self.cands.clusters:
            if c.kind != "organization" or not c.tokens or not fits(_word_kinds(c.tokens)):
                continue
            if _S10_ORGS2 and not fits(self._ref_kinds().get(tuple(c.tokens), set())):
                continue  # "copper miner Andescobre": a company, no regulator
            for s, _, subj, quoted in c.mentions:
                if lo <= s < pos and subj and not quoted and not self._is_place(s) \
                        and (best is None or s > best[0]):
                    best = (s, c.name)
        for e in self.entities.values():
            # an organisation already resolved as a speaker in these paragraphs, whose name the NER
            # left untagged ("Brazil's environmental watchdog, known by its Portuguese initials IBAMA, said
            # … The agency said"): a source acts by definition
            if e.kind != "organization" or not e.name or not fits(_word_kinds(norm_tokens(e.name))):
                continue
            if self._name_is_place(e.name) or _S13_ORG5_ACT_KINDS and not fits(known.get(e.name, set())):
                continue  # "Unite" the article calls "the union" is no "council" (session 13)
            for s, t in e.mentions:
                # later, or holding the name found ("Welsh and Western Power Networks" over
                # a cluster "WWPN" whose mention is its last three words); a headline plural
                # ("Two unions say") is no act of the first-named body (session 13)
                if lo <= s < pos and (best is None or s > best[0] or s <= best[0] < t) \
                        and s not in getattr(self, "org5_plural_at", ()):
                    best = (s, e.name)
        if best is not None:
            return best[1]
        ent = self.entities.get(prev) if prev else None
        if ent is not None and ent.kind == "organization" and ent.name and ent.mentions:
            last = max((s for s, _ in ent.mentions if s not in getattr(self, "org5_plural_at", ())), default=-1)
            if lo <= last < pos and fits(_word_kinds(norm_tokens(ent.name))) and not self._is_place(last) \
                    and not (_S13_ORG5_ACT_KINDS and not fits(known.get(ent.name, set()))):
                return ent.name
        if _organisations._S9_ORGS:
            ranked: tuple[int, int, str] | None = None
            for r in self.org_refs():
                if not fits(r.kinds):
                    continue
                near = [s for s in r.starts if lo <= s < pos and self._object_or_agent(s) and not self._is_place(s)]
                # the most often named of the article's organisations there, then the latest
                if near and (ranked is None or (len(r.starts), near[-1]) > ranked[:2]):
                    ranked = (len(r.starts), near[-1], r.name)
            if ranked is not None:
                return ranked[2]
        return None

    def _object_or_agent(self, pos: int) -> bool:
        """Whether the name starting at ``pos`` is a verb's object ("accused *Lumen+* of …") or an
        agent ("plans *by* Pennine Connect"), not a place or medium ("in a post on Instagram")."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        t = span[0]
        while t.dep_ in ("compound", "flat") and t.head.i > t.i:
            t = t.head
        return t.dep_ in ("dobj", "nsubj", "nsubjpass", "poss") or t.dep_ == "pobj" and t.head.lower_ == "by"

    def _name_is_place(self, name: str) -> bool:
        """Whether the name ``name`` is tagged a place or a people where the text first writes it."""
        i = self.text.find(name)
        return i >= 0 and self._is_place(i + len(name) - 1)  # its last word: "Welsh and Western …" is none

    def _is_place(self, pos: int) -> bool:
        """Whether the name at ``pos`` is tagged a place (GPE, LOC) or a people (NORP)."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[0].ent_type_ in ("GPE", "LOC", "NORP") \
            and not _brand_word(span[0].text)

    def _org_by_type(self, toks: list[Token], start: int) -> str | None:
        """Step 3 of :meth:`_org_description`: a description that names no one ("the campaign", "the
        network", "the magazine", "the group", "His campaign") resolved to the organisation of that
        type the article names (rule 3 of ``gold/speakers/README.md``: "the campaign" meaning the
        Trump campaign is that organisation, as the article writes it). ``toks``: the mention's
        head-part tokens, punctuation left out.

        "his/her campaign" (any :data:`_PERSON_ORGS` word) is the campaign of the latest person of
        that gender who is a subject before it in the paragraph (or the sentence before);
        "the campaign" is the latest "<Surname>('s) campaign" the article writes before it, or an
        organisation described as a campaign; other type words go to :meth:`_org_of_type`.
        ``None`` when nothing fits (the ranker then decides)."""
        if not toks or any(t.text[:1].isupper() for t in toks[1:]):
            return None
        head = toks[-1]
        word = head.lower_
        if toks[0].tag_ == "PRP$":
            if toks[0].lower_ not in ("his", "her") or word not in _PERSON_ORGS:
                return None
            c = self._subject_person(start, "m" if toks[0].lower_ == "his" else "f")
            if c is None:
                return None
            self.via, self.confidence = "organization", 0.7
            return self._persons_org(c.name.split()[-1], word, start)
        if toks[0].lower_ not in ("the", "that", "this"):
            return None
        if word == "campaign":
            found = self._campaign_before(start)
            if found is not None:
                self.via, self.confidence = "organization", 0.7
                return found
        c = self._org_of_type(word, start)
        named = self._typed_name_before(word, start)
        if named is not None and (c is None or named[0] > max(m[0] for m in c.mentions if m[0] < start)):
            # "Family Circle magazine’s … poll. The magazine said": a name the NER left untagged
            self.via, self.confidence = "organization", 0.7
            return self._organization(named[1], start)
        if c is None:
            return None
        self.via, self.confidence = "organization", 0.8
        key = self._organization(c.name, start, c.role)
        if any(c is x for x in self.cands.clusters):
            self.key_cluster[key] = c
        return key

    def _person_org(self, span, start: int, prev: str | None) -> str | None:
        """"the Obama administration", "the Clinton campaign", "her campaign": an organisation
        named after a person (the possessive pronoun's person: the previous speaker, if a person)."""
        # the head part's last word ("Powell's office, when contacted by Reuters," is "office")
        if span is not None:
            lim = span.start_char + len(_head_part(span_text(span)))  # read once, not per token (speed)
            head = [t for t in span if not t.is_punct and t.idx < lim][-1:]
        else:
            head = []
        if not head or head[0].lower_ not in _PERSON_ORGS:
            return None
        h = head[0]
        mods = [t for t in h.children if t.dep_ in ("compound", "poss", "nmod") and t.i < h.i]
        if h.lower_ == "office":
            # "Powell's office said": the gold rules (gold/speakers/README.md) take the person
            poss = next((t for t in mods if t.dep_ == "poss" and t.ent_type_ == "PERSON"), None)
            c = self.cands.cluster_of(poss.idx, poss.idx + len(poss)) if poss is not None else None
            if c is not None and c.kind == "person":
                self.via, self.confidence = "possessive", 0.8
                return self._person(c.name, c.role, start).key
            return None
        for t in mods:
            if t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.text[:1].isupper()):
                surname = _strip_poss(t.text)
                c = next((c for c in self.cands.clusters if c.kind == "person" and c.tokens
                          and c.tokens[-1] == surname.lower()), None)
                if c is None:
                    return None
                self.via, self.confidence = "organization", 0.9
                return self._persons_org(c.name.split()[-1], h.lower_, start)
            if t.tag_ == "PRP$" and t.lower_ in ("his", "her") and prev and self.entities[prev].kind == "person":
                self.via, self.confidence = "organization", 0.7
                return self._persons_org(self.entities[prev].name.split()[-1], h.lower_, start)
        return None

    def _org_word(self, surname: str, word: str) -> str:
        """"team" or "camp" is the campaign when the article names "<surname> campaign"
        ("The Trump team" after "the Trump campaign")."""
        if word in ("team", "camp") and re.search(rf"\b{re.escape(surname)}(?:['’]s)? campaign\b", self.text):
            return "campaign"
        return word

    def _persons_org(self, surname: str, word: str, pos: int) -> str:
        """Key of the organisation "<surname> <word>" named after a person ("Clinton campaign",
        "Trump administration"; :meth:`_org_word` for "team"/"camp"), created at ``pos`` if new."""
        name = f"{surname} {self._org_word(surname, word)}"
        return self._organization(name, pos)

    def _org_of_type(self, word: str, pos: int) -> Cluster | None:
        """The organisation that a description with the type word ``word`` ("the network", "the
        magazine", "the department", "the court", "the group") refers to: among the organisation
        clusters named before ``pos``, the latest one called or described with ``word`` itself
        ("Family Circle magazine" for "the magazine"), else the latest of the same type
        (:data:`~.coref.ORG_TYPES`: channel/network/broadcaster; paper/magazine; company/firm;
        ministry/department/agency; court; campaign; party; university/institute); a generic word
        (:data:`_GENERIC_ORG_WORDS`) fits any organisation that is not a place, an outlet, a
        government body or a court and has acted before (:meth:`_has_acted`: "Black Lives Matter
        issued a statement … the group said"). ``None`` when
        ``word`` is no organisation word or nothing fits."""
        generic = word in _GENERIC_ORG_WORDS
        groups = [g for g in ORG_TYPES if word in g]
        if not generic and not groups:
            return None
        exact: tuple[int, Cluster] | None = None
        typed: tuple[int, Cluster] | None = None
        pool = [c for c in self.cands.clusters if c.kind == "organization"]
        named = {id(c) for c in pool}
        for e in self.entities.values():
            # an organisation resolved from a source the NER did not tag ("Black Lives Matter issued …")
            if e.kind == "organization" and e.name and (self._cluster_for(e) is None or _S15_GROUP_NOT_PUBLIC and (
                    self._cluster_for(e).kind != "organization")):  # "Save St Aidan's" the NER took for a person
                c = Cluster(e.name, "organization", [(s, t, True, False) for s, t in e.mentions])
                if id(c) not in named:
                    pool.append(c)
        for c in pool:
            last = max((m[0] for m in c.mentions if m[0] < pos), default=-1)
            if last < 0:
                continue
            words = _org_words(c, self.doc)
            if word in words:
                if exact is None or last > exact[0]:
                    exact = (last, c)
            elif generic or any(words & g for g in groups):
                if generic:
                    if any(words & g for g in _NOT_A_GROUP) or not self._has_acted(c, pos):
                        continue  # "the group" is not a newspaper, a ministry or a court; it has acted
                    if _S15_GROUP_NOT_PUBLIC and word == "group" and _word_kinds(c.tokens) & _S15_NOT_GROUP_KINDS:
                        continue  # "Eden Fells Council … The group says": a council is no group
                    tok = self.doc.char_span(last, last + 1, alignment_mode="expand")
                    if tok is not None and len(tok) and tok[0].ent_type_ in ("GPE", "LOC", "NORP") \
                            and not c.role_words & ORG_HEADS:
                        continue  # "Mexico said": a country, not "the group"
                if typed is None or last > typed[0]:
                    typed = (last, c)
        best = exact or typed
        return best[1] if best is not None else None

    def _has_acted(self, c: Cluster, pos: int) -> bool:
        """Whether the organisation ``c`` is, before ``pos``, a subject, an agent ("released by
        *X*") or a possessor ("*X*'s report"): an actor, as "the group" that speaks must be."""
        for s, e, subj, _ in c.mentions:
            if s >= pos:
                continue
            if subj:
                return True
            tok = self.doc.char_span(s, e, alignment_mode="expand")
            root = tok.root if tok is not None and len(tok) else None
            if root is not None and (root.dep_ == "poss" or root.dep_ == "pobj" and root.head.lower_ == "by"):
                return True
        return False

    def _typed_name_before(self, word: str, pos: int) -> tuple[int, str] | None:
        """The latest capitalised name written with the type word ``word`` after it before ``pos``
        ("Family Circle magazine", "the Des Moines Register newspaper"), as ``(start, name)``, or
        ``None``; only for a type word of :data:`~.coref.ORG_TYPES`."""
        if word == "campaign" or not any(word in g for g in ORG_TYPES):
            return None
        best = None
        for m in re.finditer(rf"((?:[A-Z][\w&.'’-]*\s+){{1,4}}){re.escape(word)}\b", self.text[:pos]):
            name = _strip_poss(m.group(1).strip())
            if _organisations._S9_ORGS:
                name = re.split(r"(?<=[a-z]{2})[.!?]\s+", name)[-1]  # "in Toronto. The Chilean company": one sentence
            name = _strip_poss(re.sub(r"^(?:The|A|An|In|At|On|For|From|By|To|With|And|But|As)\s+", "", name)).strip()
            if _organisations._S9_ORGS and name and all(self._demonym_like(w) for w in name.split()):
                continue  # "The Chilean company": a nationality, no name
            if name and name[:1].isupper() and name.lower() not in _DETS:
                best = (m.start(1) + m.group(1).find(name), name)
        return best

    def _campaign_before(self, pos: int) -> str | None:
        """The latest campaign the article names before ``pos``: "<Surname>('s) campaign" for a
        person of the article ("the Trump campaign", "Clinton's campaign"), or an organisation
        cluster described as a campaign ("Hillary for America, the Clinton campaign")."""
        best: tuple[int, str] | None = None
        surnames = {c.tokens[-1] for c in self.cands.clusters if c.kind == "person" and c.tokens}
        for m in re.finditer(r"\b([A-Z][\w'’.-]+?)(?:['’]s)?\s+(?:presidential\s+|re-?election\s+)?campaign\b",
                             self.text[:pos]):
            if norm_tokens(m.group(1))[-1:] and norm_tokens(m.group(1))[-1] in surnames:
                best = (m.start(), f"{_strip_poss(m.group(1))} campaign")
        for c in self.cands.clusters:
            if c.kind == "organization" and "campaign" in c.role_words:
                if _S17_E2_OUTLET_NOT_CAMPAIGN and c.tokens and c.tokens[-1] in _OUTLET_NAME_WORDS:
                    continue  # "In an email thread with Cruz's campaign, Breitbart News asked": an outlet (session 17)
                last = max((m[0] for m in c.mentions if m[0] < pos), default=-1)
                if last >= 0 and (best is None or last > best[0]):
                    best = (last, c.name)
        if best is None:
            return None
        return self._organization(best[1], pos)

    def _subject_person(self, pos: int, gender: str) -> Cluster | None:
        """The latest person of ``gender`` (or of unknown gender) who is a subject outside
        quotation marks before ``pos``, in the paragraph or the sentence before it: the owner of a
        "his/her" organisation ("Trump also is set to huddle … *His campaign* confirmed")."""
        para = self.text.rfind("\n", 0, pos) + 1
        tok = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        lo = para
        if tok is not None and len(tok) and tok[0].sent.start > 0:
            lo = min(para, self.doc[tok[0].sent.start - 1].sent.start_char)
        best: tuple[int, Cluster] | None = None
        for c in self.cands.clusters:
            if c.kind != "person" or (c.gender is not None and c.gender != gender):
                continue
            for s, _, subj, quoted in c.mentions:
                if subj and not quoted and lo <= s < pos and (best is None or s > best[0]):
                    best = (s, c)
        return best[1] if best is not None else None

    def _appositive_org(self, start: int, end: int, head_end: int) -> Cluster | None:
        """An organisation named in apposition to a description that opens the mention
        ("Britain's medicines regulator, *the MHRA*,", "her management company, *Apex Sports*"),
        inside the mention or right after a source span that stops before it; else ``None``.
        The organisation counterpart of :meth:`_appositive_name` (rule 3 of
        ``gold/speakers/README.md``: a description of a named organisation is that organisation)."""
        best: tuple[int, Cluster] | None = None
        for c in self.cands.clusters:
            if c.kind != "organization":
                continue
            for s, e, _, _ in c.mentions:
                if s < head_end or s > max(end, head_end) + 3 or (best is not None and s >= best[0]):
                    continue
                if re.fullmatch(rf"\s*(?:,|\(|[{DASHES}])\s*(?:the\s+)?", self.text[head_end:s], flags=re.I) \
                        and (e <= end or re.match(r"\s*(?:[,.;)]|$)", self.text[e:e + 2])):
                    best = (s, c)
        return best[1] if best is not None else None

    def _ref_kinds(self) -> dict[tuple[str, ...], set[str]]:
        """The known kinds of :meth:`org_refs` by the name's words (:func:`~saidwhat.pipeline.coref.norm_tokens`),
        built once per article. Do not modify the returned containers."""
        got = self.__dict__.get("_ref_kinds_memo")
        if got is None:
            got = self._ref_kinds_memo = {tuple(r.tokens): r.kinds for r in self.org_refs()}
        return got

    def _titled_body(self, toks: list[Token], start: int) -> str | None:
        """"The board", "the committee", "the panel" (a body word of :data:`_BODY_TITLE_WORDS` that
        names no kind of :data:`~.entities.DESC_KINDS`) is the latest capitalised name ending in
        that word written in its paragraph or the one before ("The Officiating Standards Board,
        which oversees referees, said … The board added"); ``None`` when there is none or the
        mention is another shape. Rule 3 of ``gold/speakers/README.md``; issue 11 genre train,
        series f. With :data:`~.organisations._S10_ORGS` (series h) also the words of :data:`_S10_BODY_WORDS` ("The
        theatre" → "Wyke Playhouse"), a name's head before "of/on/for …" ("Joint Committee on
        Vaccination and Immunisation"), and any paragraph before when those two hold none.
        ``toks``: the head-part tokens, punctuation left out."""
        if len(toks) != 2 or toks[0].lower_ not in ("the", "this", "that") or not toks[1].text.islower():
            return None
        word = toks[1].lower_
        if word not in _BODY_TITLE_WORDS and not (_organisations._S10_ORGS and word in _S10_BODY_WORDS):
            return None
        para = self.text.rfind("\n", 0, start) + 1
        lo = last_paragraph_break(self.text, max(para - 2, 0))[0] + 1  # the paragraph before
        best = None
        if _organisations._S10_ORGS:
            # "Joint Committee on Vaccination and Immunisation", "Wyke Playhouse", "University of Leeds":
            # the name's head (its last word before "of/on/for …") is the word or its synonym
            heads = _S10_BODY_WORDS.get(word, (word,))
            for a in (lo, 0) if lo > 0 else (0,):  # its paragraph or the one before, else any before
                for m in _S10_NAME_RE.finditer(self.text, a, start):
                    name = re.sub(r"^(?:The|A|An)\s+", "", _strip_poss(m.group(1)).strip())
                    ws = name.split()
                    head = next((w for i, w in enumerate(ws) if i + 1 < len(ws) and ws[i + 1] in _S10_LINKS), ws[-1])
                    if len(ws) >= 2 and head.lower() in heads:
                        best = name
                if best is not None:
                    break
        else:
            for m in re.finditer(rf"(?<![\w’'&.-])({_ORG_NAME})", self.text[lo:start]):
                name = re.sub(r"^(?:The|A|An)\s+", "", _strip_poss(m.group(1)).strip())
                if len(name.split()) >= 2 and name.split()[-1] == word.capitalize():
                    best = name
        if best is None or best.split()[0].lower() in _FIRST_NAMES:
            return None
        self.via, self.confidence = "organization", 0.75
        return self._organization(best, start)

    def _headed_body(self, toks: list[Token], start: int, early: bool) -> str | None:
        """"The inspectorate", "The league, which …", "The town council", "The force": the body whose
        capitalised name of two words or more has the description's head word (or a synonym:
        :data:`_S10_HEAD_WORDS`) as its head ("Drinking Water Inspectorate", "Wessex Football
        League", "Kirkby Moor Town Council", "West Yorkshire Police") and holds each of its
        lower-case modifiers ("town"); the latest such name in the mention's paragraph or the one
        before, else the latest before it, else the one such name the article writes after it (a
        headline or standfirst describing a body the text then names). ``early``: the step before
        the kind rules, only for a head word that names no kind of :data:`~.entities.DESC_KINDS`
        or a description with modifiers; else the fallback after them. ``None`` when no name
        fits. Rule 3 of ``gold/speakers/README.md``; issue 11 genre train, series i
        (:data:`_S10_ORGS3`). ``toks``: the head-part tokens, punctuation left out."""
        if len(toks) < 2 or toks[0].lower_ not in ("the", "this", "that") or not all(
                t.is_lower and t.is_alpha for t in toks[1:]) or len(toks) > 4:
            return None
        word, mods = toks[-1].lower_, [t.lower_ for t in toks[1:-1]]
        if early and word in DESC_KINDS and not mods:
            return None
        heads = _S10_HEAD_WORDS.get(word, (word,))
        para = self.text.rfind("\n", 0, start) + 1
        lo = last_paragraph_break(self.text, max(para - 2, 0))[0] + 1  # the paragraph before
        before, after = [], set()
        for name, a in self._s10_body_names():
            ws = [w.lower() for w in name.split()]
            head = next((w for i, w in enumerate(ws) if i + 1 < len(ws) and ws[i + 1] in _S10_LINKS), ws[-1])
            if head not in heads or not all(x in ws for x in mods):
                continue
            if a < start:
                before.append((a, name))
            else:
                after.add(name)
        near = [n for a, n in before if a >= lo]
        best = near[-1] if near else before[-1][1] if before else after.pop() if len(after) == 1 else None
        if best is None or best.split()[0].lower() in _FIRST_NAMES:
            return None
        if _S13_ORG4_HEADED_FOCUS:
            got = self._focus_subject(toks, start)
            if got is not None and not set(norm_tokens(got[0])) <= set(norm_tokens(best)):
                # "Labour said in a statement … The party added": the sentence before's subject, not
                # the Green Party named earlier (:meth:`_focus_subject`)
                return self._subject_key(got[0], got[1], start, 0.7)
        self.via, self.confidence = "organization", 0.7
        return self._organization(best, start)

    def _s10_body_names(self) -> list[tuple[str, int]]:
        """The capitalised names of two words or more the text writes (:data:`_S10_NAME_RE`, a
        leading "The" and a possessive left out) with their starts, in text order; built once per
        article (:meth:`_headed_body`)."""
        got = self.__dict__.get("_s10_body_memo")
        if got is None:
            got = self._s10_body_memo = []
            for m in _S10_NAME_RE.finditer(self.text):
                if self._in_furniture(m.start(1)):
                    continue
                raw = m.group(1)
                name = _RX_3.sub("", _strip_poss(raw).strip())
                if len(name.split()) >= 2:
                    got.append((name, m.start(1)))
        return got

    def _ref_subject(self, pos: int) -> bool:
        """Whether the organisation name starting at ``pos`` is a subject or a possessor."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        t = span[0]
        while t.dep_ == "compound" and t.head.i > t.i:
            t = t.head
        return t.dep_ in ("nsubj", "nsubjpass", "poss") or (t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass"))
