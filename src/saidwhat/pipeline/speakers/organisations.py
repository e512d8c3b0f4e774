"""Organisations: the article's organisations, with their kinds and the names it writes them by.

Stage: speaker resolution, the organisations a source may name or describe.
:meth:`OrganisationRules.org_refs` gathers the organisations an article names (the NER's
organisation clusters, capitalised names holding a kind word, their later occurrences and short
forms: "Veritas" for Veritas Semiconductor; PERSON-tagged names the article types as a thing,
:meth:`OrganisationRules._typed_person_names`); the fuller name an organisation is written in
(:meth:`OrganisationRules._full_org_name`, :meth:`OrganisationRules._written_full_org_name`; the
words the NER cut off either end, :meth:`OrganisationRules._left_joined_name`,
:meth:`OrganisationRules._right_joined_name`); a name's initialism written in brackets
(:meth:`OrganisationRules._initialisms`, :meth:`OrganisationRules._named_body`); demonyms and the
article's places (:meth:`OrganisationRules._demonym_like`, :meth:`OrganisationRules._place_words`,
:meth:`OrganisationRules._dateline_place`); and where page furniture and the lead lie
(:meth:`OrganisationRules._in_furniture`, :meth:`OrganisationRules._above_lead`). Which of these
organisations a description ("the regulator", "the club", "his campaign") refers to is
:mod:`.org_descriptions`.

Rules and their sources: rule 3 of ``gold/speakers/README.md`` (a description of an organisation
the article names is that organisation, as the article writes it); the organisation kinds of
issue 11's genre gold (``gold/speakers/genre``: business, sports, culture and local copy).
The switches :data:`_S9_ORGS` and :data:`_S10_ORGS` also gate steps of :mod:`.org_descriptions`,
which reads them here at call time (one switch per rule).

Offsets are ``[start, end)`` characters of the Doc's text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import ENT_TYPE, LOWER

from .. import one_space
from ..coref import _NATIONS, DEMONYMS, Cluster, doc_ents, norm_tokens
from . import entities as _entities
from .entities import _KNOWN_KINDS, _S10_ORGS2, DESC_KINDS, ORG_KIND_OF, _context_kinds, _context_words, _word_kinds
from . import names as _names
from .names import _FIRST_NAMES, _occurrence_end, _occurrences, _strip_poss
from .ner_fix import _S9_NAMES, place_ended_name

#: Patterns of hot call sites, compiled once (speed, session 13).
_RX_0 = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)\s+(?:and|&)\s+$")
_RX_1 = re.compile(r",?\s+the\s+two\s+(?:companies|firms|businesses|groups)\b")
_RX_2 = re.compile(r"[A-Z][a-z]+[^s]s")
_RX_3 = re.compile(r"^(?:the|The)\s+")
_RX_4 = re.compile(r"(?<![.!?]\s)\b[A-Z][\w’'&-]*[ \t]$")
_RX_5 = re.compile(r"[A-Z][\w&+.]*")
#: (capital first, then the lookbehind on the character before it: the same matches, found faster; speed, session 16)
_RX_6 = re.compile(r"[A-Z](?<![\w-].)\w*")
_RX_7 = re.compile(r"(?:an|ese|ish|ic|i|ch)$")
_RX_8 = re.compile(r"([A-Z][a-z]+?)(?:i?an|n)")
#: Session 14 (speed): :meth:`OrganisationRules.org_refs` reads a name run's extent once per run
#: and :meth:`OrganisationRules._demonym_test` builds the text's capitalised words on first need;
#: ``False`` gives the old code paths (the same results).
_S14_SPEED_ORG_REFS = True
#: Session 17 (speed): :meth:`OrganisationRules.org_refs` finds a run's first person start and its
#: overlap with a person's name by bisecting the sorted person spans; ``False`` gives the old
#: code paths (the same results).
_S17_SPEED_ORG_REFS = True

#: Kinds whose names are shortened to their first word ("Harvest" for Harvest Foods, "Medway" for
#: Medway Town): businesses, clubs, outlets, charities, not public bodies ("Texas" is no short form
#: of the Texas Department of Transportation).
_SHORTENED_KINDS = frozenset({"company", "airline", "bank", "club", "festival", "charity", "broadcaster", "paper",
                              "union"})
#: Switch for session 9's second round of organisation-description rules (issue 11: nationality
#: words are no short forms, descriptions with an apposition or a type word before a name, the
#: description's own words are no name); measurement only, shipped ``True``.
_S9_ORGS = True
#: Switch for session 10's organisation-description rules (issue 11 genre train, series h): a
#: nationality or place modifier fits the organisation whose own name holds the place ("The Tanzanian
#: regulator" → Tanzania Civil Aviation Authority), a body word names the latest body whose name has
#: it as its head ("The theatre", "The committee" → "Joint Committee on Vaccination and
#: Immunisation"), "The boards of both companies" is the first-named company (rule 6), an initialism
#: written in brackets after a name is that name ("the DGA"); measurement only, shipped ``True``.
_S10_ORGS = True
# Session 10's second round of organisation-description rules (issue 11 genre train, series h) reads
# the one switch :data:`~.entities._S10_ORGS2` (it also sets that module's word lists at import): a
# discourse word before a comma is no name in apposition ("Well, the label would say that"), a kind
# noun read before a name across a verb is none of its words ("The regulator said Puquios …"), "the
# company" after a body's possessive in its sentence is that body ("X's largest shareholder, …, the
# company said").
#: Switch for session 11's organisation-description rules (issue 11 genre train, series k):
#: page furniture (archive headers, copyright lines, bylines, credits: the
#: :data:`~saidwhat.types.FURNITURE_KINDS` regions) yields no organisation name or occurrence
#: (:meth:`OrganisationRules._in_furniture`), nor does a name the NER ran across a headline's section
#: separator ("Calder | Football"); measurement only, shipped ``True``.
_S11_ORG_FURNITURE = True
#: Switch for session 11's name runs across a parser's sentence break (issue 11 genre train, series
#: k): the parser may open a sentence inside "Halvard Mutual, the …" with no punctuation or line
#: break between the words; :meth:`OrganisationRules.org_refs` keeps such a run whole; measurement
#: only, shipped ``True``.
_S11_ORG_SENT_CUT = True
#: Session 11's listed-company kind ("Shares in X fell", "X shares slide": X is a company,
#: :meth:`OrganisationRules.org_refs`) has one switch, :data:`~.entities._S11_ORG_SHARES`, read at
#: call time, which also makes the NER's PERSON entity so written an organisation.
_S11_SHARES_BEFORE = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+(?:the\s+)?\Z")
_S11_SHARES_AFTER = re.compile(r"(?:['’]s?)?\s+shares\b")
#: A headline's section label joined to a name ("Calder | Football"), :meth:`OrganisationRules.org_refs`.
_S11_SECTION_BAR = re.compile(r"\s[|•·]\s")
#: Switch for session 11's organisations the NER tags PERSON (issue 11 genre train; the gold
#: organisation was no candidate of the org descriptions): a PERSON name of two words or more that
#: the article itself types as a thing, by a "which" relative ("X, which holds 30% of the project,":
#: a person takes "who") or an apposition or type word naming an organisation kind ("X, the
#: low-cost airline", "X, Spain's fourth-largest lender"), is one of
#: :meth:`OrganisationRules.org_refs` (:meth:`OrganisationRules._typed_person_names`);
#: measurement only, shipped ``True``.
_S11_ORGC = True
#: Session 12 (speed, round 3): :meth:`OrganisationRules.org_refs` matches ", the two companies"
#: with a pattern compiled once, on the text itself (no slice); ``False`` gives the old code path
#: (the same results).
_S12_SPEED3 = True
_TWO_BODIES = re.compile(r",?\s+the\s+two\s+(?:companies|firms|businesses|groups)\b")
#: Switch for session 12's place modifier (org round 3, genre train): a one-word place name right
#: after "the" ("The Leeds firm said", "The Bristol insurer blamed") modifies the description's kind
#: word and is no organisation of :meth:`OrganisationRules.org_refs` (the description then finds the
#: body it describes); shipped ``True``.
_S12_ORG3_PLACE_MOD = True
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: Switch for session 12's brand names (org round 3, genre train): a one-word name the tagger reads
#: as a common noun is still a name in :meth:`OrganisationRules.org_refs` when its form is no
#: ordinary word's: a "+" after it ("Kestrel+") or a capital inside it ("SkyTembo"); shipped ``True``.
_S12_ORG3_BRAND = True
_BRAND_FORM = re.compile(r"[A-Z][a-z]+(?:\+|[A-Z][A-Za-z]*\+?)")
#: Switch for session 14's "its" sources (series q, genre train): a possessive source opening with
#: "its" ("Its statement blamed …", "Its filing to the stock exchange") is never a person's; the
#: ranker's person candidates are dropped (:meth:`~.resolver.SpeakerResolver._ranked`), so the
#: organisation that is the sentence before's subject takes it; shipped ``True``.
_S14_ORGQ_ITS = True
#: Switch for session 14's names with "and" inside (series q, genre train): "Bedfordshire Fire and
#: Rescue Service", "X Health and Care Trust" is one body's name, no pair of organisations
#: "Bedfordshire Fire" and "Rescue Service" (:func:`_one_body_and` in
#: :meth:`OrganisationRules.org_refs`); shipped ``True``.
_S14_ORGQ_AND_NAME = True
#: Switch for session 14's papers read as documents (series q, genre train): "The Manchester Evening
#: Record reported", "The paper said" after a named paper are the newspaper, no document
#: (:meth:`OrganisationRules._paper_class`); shipped ``True``.
_S14_ORGQ_PAPER = True
#: Words of a newspaper's name or type word (:meth:`OrganisationRules._paper_class`); and those of a
#: journal's, whose "the paper" is a study.
_S14_NEWSPAPER_WORDS = frozenset("""newspaper daily weekly tabloid broadsheet times post herald tribune gazette
telegraph guardian courier chronicle ledger mail express observer record echo argus sentinel dispatch advertiser
examiner enquirer inquirer recorder""".split())
_S14_JOURNAL_WORDS = frozenset("""journal journals letters proceedings review lancet study research""".split())
#: Switch for session 14's article before a name run (series q, genre train): "A Rovers source" is
#: no organisation "A Rovers" (:meth:`OrganisationRules.org_refs`), which kept "Rovers" from being
#: the one club's short form (Ashford Rovers); shipped ``True``.
_S14_ORGQ_ARTICLE = True
#: Switch for session 14's place after a company's name (series q, genre train): "Veltria
#: Diagnostics of Stuttgart" is Veltria Diagnostics (:meth:`OrganisationRules._place_of_cut`, from
#: :meth:`~.entities.EntityRegistry._organization`); shipped ``True``.
_S14_ORGQ_OF_PLACE = True
#: Switch for session 14's kind words that point forward (series q, genre train): a bare "the
#: maker", "the manufacturer" with no organisation of a fitting kind named before it is the first
#: one named after it within :data:`_S14_CATAPHOR_CHARS` characters ("… recalled after the maker
#: found …. The manufacturer, Veltria Diagnostics, said"; :meth:`~.org_descriptions.OrgDescriptionRules._org_by_kind`);
#: shipped ``True``.
_S14_ORGQ_CATAPHOR = True
#: How far after a forward-pointing kind word its organisation may be named (characters: about
#: two short paragraphs of news copy).
_S14_CATAPHOR_CHARS = 600
#: Last words of a name's part before "of" that a body's own name holds ("Bank of Scotland",
#: "University of Leeds", "Friends of …"): no place cut there.
_S14_OF_HEADS = frozenset("""bank university college school church cathedral museum hospital port city republic
state society institute chamber friends people diocese archdiocese duchy kingdom province county borough district
academy guild league order knights sisters brothers daughters sons house court palace theatre orchestra opera
ballet gallery library tribunal parliament assembly government council isle bay lord duke prince princess queen king
mayor bishop""".split())
#: A capitalised run and "and" right before a name (:meth:`OrganisationRules._left_joined_name`).
_S14_CAPS_AND = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*[ \t]+){1,4})and[ \t]+\Z")
#: Last words of a name's first part that end a name of its own (a club's, a town's), no field word.
_S14_NOT_FIELD_WORDS = frozenset({"town", "city", "county", "water", "group", "partners", "capital", "air", "airways",
                                  "ventures", "investments", "bros", "brothers", "rovers", "athletic", "wanderers"})
_CTX_KIND_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
#: Switch for session 14's named organisation before a "which" relative (round 2, genre train kind
#: org_name): "Unite, which represents most of the drivers,", "Friends of Kirkby Lido, which has
#: collected …", "Its rival Lagoon Sound, which bought …" is the organisation the capitalised run
#: before the comma names ("which" types it as a thing, as :data:`_S11_ORGC` reads it), not the
#: ranker's pick (:meth:`OrganisationRules._which_named_org`); shipped ``True``.
_S14_ORGN_WHICH = True
#: Switch for session 14's name apposed after a described organisation with a restrictive relative
#: (round 2, genre train): "The care provider that owns the home, Larchwood Care,", "The union that
#: backed the claim, the Cabin Crew Alliance," is the organisation named after the comma
#: (:meth:`OrganisationRules._relative_apposed_org`; rule 3 of ``gold/speakers/README.md``);
#: shipped ``True``.
_S14_ORGN_APPOSED = True
#: Switch for session 14's British party plurals (round 2, genre train): a source that is a party's
#: plural name alone ("Conservatives say they will not challenge the result", "Tories", "Greens",
#: "Lib Dems") or its adjective before "headquarters"/"HQ" ("Conservative headquarters") is the
#: party, named as the article writes it (genre README, series p and q readings: "Conservatives"
#: with no full party name is its own ``org_name``) (:meth:`OrganisationRules._party_source`).
#: American "Republicans", "Democrats" stay members, ``anonymous`` (PolNeAR gold, rule 11); shipped ``True``.
_S14_ORGN_PARTY = True
#: British party plurals (lower-cased) → the adjective their "… Party" name opens with.
_S14_PARTY_PLURALS = {"conservatives": "Conservative", "tories": "Conservative", "greens": "Green",
                      "lib dems": "Liberal Democrat", "liberal democrats": "Liberal Democrat"}
#: A party adjective before its headquarters ("Conservative headquarters", "Green Party HQ").
_S14_PARTY_HQ = re.compile(r"(?:[Tt]he[ \t]+)?(Conservative|Tory|Green|Lib[ \t]+Dem|Liberal[ \t]+Democrat|Labour)"
                           r"(?:[ \t]+Party)?[ \t]+(?:headquarters|HQ|party[ \t]+headquarters)")
#: Session 14 round 3 (genre train series r, council copy): a party's council group as source ("*the
#: Conservative group* said residents had been let down", "The Labour group said") is that group, a
#: body of its own named in the article's words ("Conservative group"), never the ruling party nor
#: another body named before (:meth:`OrganisationRules._party_source`; series r reading, rule 1 of
#: ``gold/speakers/README.md`` for a body's name). ``False`` gives the old behaviour.
_S14_GRP_PARTY_GROUP = True
#: "the Conservative group", "The Lib Dem opposition group" (:data:`_S14_GRP_PARTY_GROUP`); group 1 the party.
_S14_PARTY_GROUP = re.compile(r"(?:[Tt]he[ \t]+)?(Conservative|Tory|Green|Lib[ \t]+Dem|Liberal[ \t]+Democrat|Labour"
                              r"|Reform(?:[ \t]+UK)?|SNP|Plaid[ \t]+Cymru|Independent|Residents['’]?)"
                              r"(?:[ \t]+(?:opposition|council|councillors['’]?))?[ \t]+group")
#: The plural of a party adjective (:data:`_S14_PARTY_HQ`).
_S14_PARTY_PLURAL_OF = {"conservative": "Conservatives", "tory": "Tories", "green": "Greens", "lib dem": "Lib Dems",
                        "liberal democrat": "Liberal Democrats", "labour": "Labour"}
#: Switch for session 14's names the NER cut at a link word (round 2, genre train): "General
#: Fisheries Commission" (the NER's) of "The General Fisheries Commission for the Mediterranean
#: (GFCM)" is the name the article defines its initialism by (:meth:`OrganisationRules._initialism_full`,
#: from :meth:`~.entities.EntityRegistry._organization`); and a PERSON name that ends a longer
#: capitalised name with a lower-case link, typed as a body by its apposition ("The Comhairle nan
#: Eilean Siar, the islands council,") is that body (:meth:`OrganisationRules._linked_org_name`); shipped ``True``.
_S14_ORGN_LINKED = True
#: An apposition's head word after a name ("…, the islands council,"): group 1.
_S14_APPOS_HEAD = re.compile(r",[ \t]+(?:the|a|an|its)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?([a-z]+)[ \t]*(?:,|$)")
#: Switch for session 14's parent body in a headline (round 2, genre train): a headline's or
#: standfirst's "UN" ("UN warns of …") is the UN agency the article names below ("the U.N. World Food
#: Programme said"), as the genre README's metonyms read it (series a: "UN" → World Food Programme)
#: (:meth:`OrganisationRules._headline_un_agency`); shipped ``True``.
_S14_ORGN_UN_AGENCY = True
#: Switch for session 14's initialisms as one body with their full form (round 3, genre train
#: series r): an initialism the article defines in brackets ("The East Midlands Ambulance Service
#: (EMAS)", "Port Autonome de Dakar (PAD)") and a cut tail of that full form ("Healthcare products
#: Regulatory Agency") are the full form's organisation (:meth:`OrganisationRules._initialism_full`,
#: from :meth:`~.entities.EntityRegistry._organization`); the full form is read back from the
#: initialism's letters, lower-case words inside allowed ("Medicines and Healthcare *products*
#: Regulatory Agency (MHRA)": :func:`_letters_name`). Rule 1 of ``gold/speakers/README.md`` (the
#: long form is the name, the initialism an alias); shipped ``True``.
_S14_ONAME_INITIALS = True
#: Switch for session 14's clean organisation names (round 3, genre train series r): a name never
#: carries markup or a sentence's full stop ("Kessling Bank.</p>" → "Kessling Bank";
#: :func:`clean_org_name`, from :meth:`~.entities.EntityRegistry._entity`); shipped ``True``.
_S14_ONAME_CLEAN = True
#: Switch for session 14's bank named with its country (round 3, genre train series r): "Gulf
#: Meridian Bank of Bahrain" is Gulf Meridian Bank when the name before "Bank" has two words or
#: more and the article writes its first word without the place ("Gulf Meridian said"); "Bank of
#: Scotland", "Royal Bank of Scotland", "Central Bank of Nigeria" keep their "of" (:meth:`OrganisationRules._place_of_cut`); shipped ``True``.
_S14_ONAME_BANK_OF = True
#: Markup glued to a name's end ("</p>", "<br>", "</p" cut by the tokenizer) and the full stop before it.
_S14_MARKUP_TAIL = re.compile(r"(?:[ \t]*</?[a-zA-Z][^<>]{0,20}>?)+$")
#: Abbreviations whose full stop is the name's own.
_S14_ABBR_STOP = ("Inc.", "Co.", "Ltd.", "Corp.", "Bros.", "Plc.", "Ltda.", "Cie.", "Bhd.", "Pty.")
#: A UN agency's name after "UN"/"U.N."/"United Nations" (group 1, the name without the prefix).
_S14_UN_AGENCY = re.compile(r"(?<![\w.])(?:U\.?N\.?|United[ \t]+Nations)(?:['’]s)?[ \t]+"
                            r"((?:[A-Z][\w’'-]*[ \t]+(?:(?:for|of|on|and)[ \t]+)?){0,4}"
                            r"(?:Programme|Program|Agency|Fund|Office|Organi[sz]ation|Commission|Council|Mission|"
                            r"Development[ \t]+Programme|Children['’]s[ \t]+Fund))\b")
#: A ", which" relative opening right at a source's cut (:data:`_S14_ORGN_WHICH`).
_S14_WHICH_AT = re.compile(r"[ \t]*,[ \t\n]+which\b")
#: Lower-case words inside an organisation's name between capitalised ones ("Friends of X",
#: "Commission for the Mediterranean", "Comhairle nan Eilean Siar").
_S14_NAME_LINKS = frozenset({"of", "the", "for", "and", "&", "de", "del", "la", "le", "nan", "na", "an", "du", "von",
                             "van", "on"})
#: A capitalised word of a name (a brand's "+" or "?" kept: "Kestrel+", "Which?").
_S14_CAP_WORD = re.compile(r"[A-Z][\w’'&.+-]*\??|[A-Z]")
#: A restrictive relative after a description and the name in apposition after its comma
#: ("… that owns the home, Larchwood Care,"): group 1 the name (:data:`_S14_ORGN_APPOSED`).
_S14_REL_APPOSED = re.compile(r"[ \t]+(?:that|which)[ \t]+[^,;:()\n]{1,80}?,[ \t]+(?:the[ \t]+)?"
                              r"([A-Z][\w’'&.+-]*(?:[ \t]+(?:(?:of|the|for|and|&|de|nan|na)[ \t]+){0,2}[A-Z][\w’'&.+-]*){0,5})"
                              r"[ \t]*(?=[,.;)]|$)")


def _tail_name(head: str) -> tuple[int, str] | None:
    """The capitalised name run that ends ``head`` (a source's part before its relative clause) and
    where it starts in ``head`` (characters): capitalised words (:data:`_S14_CAP_WORD`) with the
    lower-case links of :data:`_S14_NAME_LINKS` between them ("Friends of Kirkby Lido", "Its rival
    *Lagoon Sound*"); a leading "The" left out; ``None`` when ``head`` does not end in one."""
    words = list(re.finditer(r"\S+", head))
    k = len(words)
    first = None
    while k > 0:
        w = words[k - 1].group()
        if _S14_CAP_WORD.fullmatch(w) or first == k and w in _S14_NAME_LINKS:
            first = k - 1  # "of", "for the" in "Friends of Kirkby Lido", "… for the Mediterranean"
        else:
            break
        k -= 1
    if first is None:
        return None
    while first < len(words) and (words[first].group() in ("The", "the") or words[first].group() in _S14_NAME_LINKS):
        first += 1
    if first >= len(words):
        return None
    s = words[first].start()
    return s, head[s:].strip()




def _place_modifier(text: str, s: int, e: int) -> bool:
    """Whether the one-word name at ``[s, e)`` stands between "the" and a description's kind word
    (:data:`~.entities.DESC_KINDS`): "The Bristol insurer" (:data:`_S12_ORG3_PLACE_MOD`)."""
    if not _THE_BEFORE.search(text, max(0, s - 5), s):
        return False
    m = _CTX_KIND_AFTER.match(text, e, e + 20)
    return m is not None and m.group(1) in DESC_KINDS
_S11_ORGC_WHICH = re.compile(r",[ \t]+which\b")
_S11_ORGC_POSS = re.compile(r",[ \t]+[A-Z][\w-]*['’]s[ \t]+(?:[\w-]+[ \t]+){0,3}?([a-z]+?)s?[ \t]*[,.;]")
#: Switch for session 15's untyped operators (series u, wire copy; organisation names): a name the
#: NER took for a PERSON that the text writes as operating something ("the pit operated by Karadeniz
#: Kömür") and, at another mention, as speaking of itself ("Karadeniz Kömür said it had suspended …")
#: is a company (:meth:`OrganisationRules._typed_person_names`), so a later "the company" is it (rule
#: 3 of ``gold/speakers/README.md``). Both cues are needed: a person may own or run a business, and
#: "X said it" may speak of anything. ``False``: such a name stays a person's.
_S15_ORG_OPERATOR = True
_S15_OPERATED_BY = re.compile(r"\b(?:operated|owned|run|managed)[ \t]+by[ \t]+$")
_S15_SAID_ITSELF = re.compile(r"[ \t]+(?:said|says|added)(?:[ \t]+that)?[ \t]+it(?:s|[ \t]+(?:had|has|would|will|was|is))\b")


def _shares_before(text: str, s: int) -> bool:
    """Whether "Shares in"/"Shares of" (:data:`_S11_SHARES_BEFORE`) ends right before ``s``; the
    pattern's search runs only when "hares" is in its 16-character window."""
    lo = max(0, s - 16)
    return text.find("hares", lo, s) >= 0 and _S11_SHARES_BEFORE.search(text, lo, s) is not None


#: Words that open a sentence capitalised and are no part of a name before it.
_S10_NOT_NAME_WORDS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "but", "and",
                                 "when", "while", "as", "if", "after", "before", "since", "yesterday", "today"})
#: Discourse words that open a spoken sentence before a comma ("Well, …", "Look, …"): no name.
_S10_FILLERS = frozenset({"well", "so", "look", "listen", "yes", "yeah", "no", "actually", "now", "okay", "ok",
                          "right", "oh", "sure", "honestly", "frankly", "anyway", "still", "again", "indeed",
                          "however", "meanwhile", "also", "then", "and", "but", "sorry", "please", "thanks", "hey"})
#: A name followed by its initialism in brackets ("the General Water Directorate (DGA)").
_S10_INITIALS = re.compile(r"(?=[A-Z])(?<![\w’'&.-])((?:[A-Z][\w’'&.-]*[ \t]+(?:(?:of|the|for|and|on|de|del|&)[ \t]+){0,2})*"
                           r"[A-Z][\w’'&.-]*)[ \t]*\(([A-Z]{2,7})\)")
#: The bracketed initialism :data:`_S10_INITIALS` ends in: its cheap test first.
_S10_BRACKETED = re.compile(r"\(([A-Z]{2,7})\)")
#: Words of the members a trade union's name holds ("Health Workers Alliance", "Royal College of Nurses").
_MEMBER_WORDS = frozenset({"workers", "workers'", "workers’", "employees", "nurses", "teachers", "drivers",
                           "doctors", "staff", "pilots", "firefighters", "dockers", "miners"})
#: A capitalised organisation name ("Skyline Live", "Superintendency of the Environment", "Energía
#: Austral", "Refinería del Pacífico").
_ORG_NAME = r"[A-Z][\w’'&.-]*(?:[ \t]+(?:(?:of|the|del|de|la|and|for|&)[ \t]+){0,2}[A-Z][\w’'&.-]*){0,5}"
#: Head words of a public body's name that a "for/of the …" part may follow ("Office for
#: Disaster Risk Reduction", "Department of Transport").
_BODY_HEADS = frozenset({"office", "department", "ministry", "commission", "council", "bureau", "agency", "institute",
                         "centre", "center", "board", "committee", "fund", "authority", "secretariat", "directorate"})
#: Capitalised first words that are no short form of a name ("New York Times", "United Airlines").
_NOT_SHORT = frozenset("""the new united national american british european international royal federal state
north south east west central great first general world global city county""".split())
#: (the capital first, then the lookbehind on the character before it: the same matches as the old
#: leading lookbehind, but re skips to a capital directly; speed, session 16)
_NAME_RUN = re.compile(r"([A-Z](?<![\w’'&+.-].)[\w’'&+.-]*(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?[A-Z][\w’'&+.-]*){0,5})")
#: Switch for session 12's name runs that go on past a cut (org round 4, genre train): an
#: organisation name cut by the source span or the NER before a plural possessive's apostrophe and
#: its head word, an "and" inside a body's name, or a lower-case particle between capitalised words
#: goes on to its end (:func:`run_continuation`); shipped ``True``.
_S12_ORG4_RUNS = True
#: Switch for session 16's places joined by "and" inside a body's name (h4, genre train series w):
#: "Catholic Bishops' Conference of England and Wales", "Methodist Council of Scotland and Ireland"
#: is one body whose "of"/"for" phrase names two places, no body "… of England" and a place
#: "Wales" (:func:`run_continuation`; the NER tags both places GPE/LOC); shipped ``True``.
_S16_H4_AND_PLACES = True
#: Countries' names, lower-cased, one word each (:data:`~saidwhat.pipeline.coref._NATIONS`): a place
#: after "and" that the NER tagged ORG ("… of England and *Wales*") still counts (:data:`_S16_H4_AND_PLACES`).
_S16_NATION_WORDS = frozenset(w for k in _NATIONS for w in k.split())
#: Switch for session 13's place-and-kind short form (organisation descriptions, round 2, genre
#: train series o): a one-word name typed only by the lower-case kind word after it ("Kirkhaven
#: council", "Leeds council") is the one fuller body of that kind that opens with the word and ends
#: with the kind word ("Kirkhaven Borough Council"), not an organisation of its own that every
#: later "Kirkhaven" (the town, "BBC Radio Kirkhaven") would be a mention of
#: (:meth:`OrganisationRules.org_refs`); shipped ``True``.
_S13_ORG2_PLACE_KIND = True
#: Switch for session 13's nested short forms (organisation short forms, genre train series i): a
#: first word shared by several names of :meth:`OrganisationRules.org_refs` is still the short form
#: of the shortest when every other one is that name with more words after it ("Kingsmere" is
#: Kingsmere Rovers, not Kingsmere Rovers Supporters' Trust: the longer name holds the club's own);
#: shipped ``True``.
_S13_SHORT_NESTED = True
#: Switch for session 13's short-form sources (genre train, series k, m): a one-word source that is
#: an organisation's short form (:meth:`OrganisationRules._full_org_name`: "Rovers" for Dunmore
#: Rovers, "Castleton" for Castleton Rovers) and no person's surname is that organisation
#: (:meth:`OrganisationRules._short_form_source`), before the ranker or the bare-plural rule
#: ("Rovers insisted" is no unnamed group); rule 1 of ``gold/speakers/README.md``; shipped ``True``.
_S13_SHORT_SOURCE = True
#: Switch for session 13's leading-words short forms (genre train, series m): a name of two or three
#: words that the article types as an organisation (:meth:`OrganisationRules._typed_person_names`,
#: the NER's organisation) and that opens exactly one longer organisation name whose further words
#: name its kind ("Pennine Ridge" for Pennine Ridge Building Society) is that organisation
#: (:meth:`OrganisationRules._full_org_name`); shipped ``True``.
_S13_SHORT_PREFIX = True
#: Switch for session 13's scoreline clubs (genre train, series o): the two sides of a result line
#: ("Wexmoor Town 2 Brindle United 2", "Harrowfield Athletic 2-2 Castleton Rovers: …"), names of two
#: to four capitalised words each, are clubs of :meth:`OrganisationRules.org_refs` (so "Wexmoor" is
#: the short form of Wexmoor Town though the NER tags no Wexmoor Town); sports copy's result line
#: (issue 11 genre gold); shipped ``True``.
_S13_SHORT_SCORELINE = True
_SIDE = r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3})"
#: A result line, whole or before a headline's colon: "A 2 B 2" or "A 2-2 B" (:data:`_S13_SHORT_SCORELINE`).
_SCORELINE = re.compile(r"(?m)^" + _SIDE + r"[ \t]+(?:\d{1,2}[ \t]+" + _SIDE + r"[ \t]+\d{1,2}|\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]+"
                        + _SIDE + r")[ \t]*(?::|\r?$)")
#: Lower-case particles inside a name between capitalised words (Gaelic "nan", "na"; Romance and
#: Germanic "de", "da", "van", "der", …).
_RUN_PARTICLES = frozenset({"nan", "na", "de", "da", "do", "dos", "das", "di", "du", "des", "del", "la", "van", "der",
                            "den", "von", "y"})
_RUN_CAPS = r"[A-Z][\w’'&+-]*(?:[ \t]+[A-Z][\w’'&+-]*)*"
_RUN_APOS = re.compile(r"['’](?=[ \t]+[A-Z])([ \t]+" + _RUN_CAPS + ")")
_RUN_PART = re.compile(r"[ \t]+(" + "|".join(sorted(_RUN_PARTICLES)) + r")[ \t]+" + _RUN_CAPS)
_RUN_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+(?!The\b)" + _RUN_CAPS)


def run_continuation(text: str, end: int, name: str, doc=None) -> str:
    """The words that carry the capitalised organisation name ``name`` ending at ``end`` of
    ``text`` on past a cut, as written there ("" when none): a plural possessive's apostrophe and
    the capitalised words after it ("Finance Workers" → "' Union"), a lower-case particle
    (:data:`_RUN_PARTICLES`) and the capitalised words after it ("Comhairle" → " nan Eilean Siar"),
    and "and"/"&" with the capitalised words after it when the whole is one body's name: the name
    opens with a body's head word and "of"/"for" ("Ministry of Transport and Works"), or the
    whole ends in an organisation's head word (:data:`_BODY_HEADS`,
    :data:`~.entities.ORG_KIND_OF`: "Harbour and Marine Authority") and ``name`` does not (two
    names: "Harvest Foods and Corbett Stores"), or ``doc``'s NER tags the
    whole an organisation, or (:data:`_S16_H4_AND_PLACES`) the name holds "of"/"for" and the words
    either side of "and" are places ("Conference of England and Wales"). Never across a line break or a sentence's full stop. Rule 1 of
    ``gold/speakers/README.md`` (the fullest name); :data:`_S12_ORG4_RUNS` (``""`` when off)."""
    if not _S12_ORG4_RUNS or not name[:1].isupper():
        return ""
    out, e, cur = "", end, name
    for _ in range(3):
        m = None
        if cur.endswith("s"):
            m = _RUN_APOS.match(text, e, e + 80)
        if m is None:
            m = _RUN_PART.match(text, e, e + 80)
        if m is None:
            a = _RUN_AND.match(text, e, e + 80)
            if a is not None:
                whole = cur + a.group(0)
                ws = whole.split()
                ws = ws[1:] if ws[0] in ("The", "the") else ws
                low = ws[-1].lower()
                last = cur.split()[-1].lower()
                ok = (low in _BODY_HEADS or low in ORG_KIND_OF) and last not in _BODY_HEADS and last not in ORG_KIND_OF or (
                    len(ws) >= 3 and ws[0].lower().strip("’'") in _BODY_HEADS and ws[1] in ("of", "for"))
                if not ok and _S16_H4_AND_PLACES and doc is not None and re.search(r"\s(?:of|for)\s", cur) \
                        and not re.search(r"['’]s?$", a.group(0)):
                    # "… Conference of England | and Wales": the word after "and" is a place the NER tags, the
                    # word before one too or inside the body's ORG span; no possessive ("and France's bank")
                    lhs = doc.char_span(e - len(cur.split()[-1]), e, alignment_mode="expand")
                    rhs = doc.char_span(a.end() - len(a.group(0).split()[-1]), a.end(), alignment_mode="expand")
                    ok = len(a.group(0).split()) <= 3 and all(
                        x is not None and len(x) > 0 and all(t.ent_type_ in kinds or t.lower_ in _S16_NATION_WORDS for t in x)
                        for x, kinds in ((lhs, ("GPE", "LOC", "ORG")), (rhs, ("GPE", "LOC"))))
                if not ok and doc is not None:
                    span = doc.char_span(e - len(cur), a.end(), alignment_mode="expand")
                    ok = span is not None and len(span) > 0 and all(t.ent_type_ == "ORG" for t in span
                                                                    if not t.is_punct and t.lower_ not in ("the",))
                m = a if ok else None
        if m is None:
            break
        out += m.group(0)
        cur += m.group(0)
        e = m.end()
    return out


def _one_body_and(left: str, right: str) -> bool:
    """Whether "``left`` and ``right``" (capitalised names of two words or more each, split at
    " and ") is one body's name: ``right`` ends in an organisation's head word (:data:`_BODY_HEADS`,
    :data:`~.entities.ORG_KIND_OF`: "Rescue *Service*", "Care *Trust*", "Rescue *Authority*") and
    ``left`` ends in a field word that names no organisation kind ("Bedfordshire *Fire*", "Leeds
    Community *Health*"), where two names each end in their own kind word ("Aldgate *Insurance* and
    Meridian Life", "Castleford *Town* and …"). UK public bodies' names (fire and rescue services,
    health and care trusts); series q of the genre train gold (:data:`_S14_ORGQ_AND_NAME`)."""
    last = left.split()[-1].lower().strip("’'")
    low = right.split()[-1].lower()
    return ((low in _BODY_HEADS or low in ORG_KIND_OF) and last not in _BODY_HEADS and last not in ORG_KIND_OF
            and last not in _S14_NOT_FIELD_WORDS)


def clean_org_name(name: str) -> str:
    """``name`` without markup glued to its end and without a sentence's full stop ("Kessling
    Bank.</p>" → "Kessling Bank", "Harrow Lane Records." → "Harrow Lane Records"); an
    abbreviation's own stop kept ("Acme Inc."); ``name`` itself when nothing is left
    (:data:`_S14_ONAME_CLEAN`; gold names never carry markup)."""
    if not _S14_ONAME_CLEAN or not name or "<" not in name and not name.endswith("."):
        return name
    out = _S14_MARKUP_TAIL.sub("", name).rstrip() if "<" in name else name
    if not out.endswith(_S14_ABBR_STOP) and re.search(r"[a-z]{2}\.$", out):
        out = out[:-1]  # the sentence's full stop
    return out if out else name


def _letters_name(text: str, at: int, initials: str) -> str | None:
    """The name right before ``at`` (the "(" of a bracketed initialism) whose capitalised words'
    first letters spell ``initials`` in order: "East Midlands Ambulance Service" for EMAS,
    "Port Autonome de Dakar" for PAD, "Medicines and Healthcare products Regulatory Agency" for
    MHRA (lower-case words skipped, at most two in a row; never across a line break or a
    punctuation mark); the shortest such run, else ``None`` (:data:`_S14_ONAME_INITIALS`)."""
    line = text[max(0, at - 160):at]
    line = line[line.rfind("\n") + 1:]
    words = re.findall(r"\S+", line)
    want, got, lows = initials.upper(), "", 0
    k = len(words)
    while k > 0 and len(got) < len(want):
        w = words[k - 1]
        if not re.fullmatch(r"[\w’'&-]+", w):
            return None  # "…, the", "lenders." : the run stops at punctuation
        if w[:1].isupper():
            got = w[0] + got
            lows = 0
            if not want.endswith(got):
                return None
        elif w.isalpha() and w.islower():
            lows += 1
            if lows > 2 or not got:
                return None
        else:
            return None
        k -= 1
    if got != want or len(words) - k < 2:
        return None
    return " ".join(words[k:])


def _pad_free_before(text: str, x: int) -> str:
    """The 30 characters of ``text`` before ``x`` for a pattern that ends in one space before a
    word: a run of spaces right before ``x`` (a character reference's padding,
    :data:`~.names._S12_PAD2`) read as one space; the plain slice otherwise."""
    before = text[max(0, x - 30):x]
    if _names._S12_PAD2 and before.endswith("  "):
        before = before.rstrip(" ") + " "
    return before


@dataclass
class OrgRef:
    """An organisation of the article with the kinds its name and descriptions give it.

    Attributes:
        name: its fullest name ("Veritas Semiconductor").
        kinds: :data:`DESC_KINDS` kinds ("company", "club", …).
        starts: character starts of its mentions, short forms included, sorted.
        words: the type words it is called or described by ("magazine" for "Family Circle
            magazine"), matched exactly before kinds are.
    """

    name: str
    kinds: set[str] = field(default_factory=set)
    starts: list[int] = field(default_factory=list)
    words: set[str] = field(default_factory=set)

    @property
    def tokens(self) -> list[str]:
        return norm_tokens(self.name)


class OrganisationRules:
    """The organisations of an article, their kinds and their names: mixed into
    :class:`~saidwhat.pipeline.speakers.SpeakerResolver` (uses ``doc``, ``text``, ``named``,
    ``cands``, ``entities`` and the registry's methods); the descriptions that refer to them are
    :class:`~.org_descriptions.OrgDescriptionRules`."""

    def _in_furniture(self, pos: int) -> bool:
        """Whether ``pos`` lies in page furniture (a byline, credit, boilerplate line such as
        "Copyright 2026 X Ltd. All Rights Reserved", archive metadata, a dateline: the
        :data:`~saidwhat.types.FURNITURE_KINDS` regions of the resolver's layout): no organisation
        is named there for a speaker (gold/speakers/genre/README.md: furniture has no rows).
        The regions are read once per article; ``False`` when :data:`_S11_ORG_FURNITURE` is off."""
        furn = self.__dict__.get("_s11_furn")
        if furn is None:
            from ...types import FURNITURE_KINDS
            layout = self.__dict__.get("_layout") or ()
            regions = sorted((r.span.start_char, r.span.end_char) for r in layout
                             if r.kind in FURNITURE_KINDS and r.span.start_char < r.span.end_char) if _S11_ORG_FURNITURE else []
            merged: list[list[int]] = []
            for s, e in regions:  # their union as disjoint [start, end) runs, for a binary search per position
                if merged and s <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], e)
                else:
                    merged.append([s, e])
            furn = self._s11_furn = ([s for s, _ in merged], [e for _, e in merged])
        if not furn[0]:
            return False
        i = bisect_right(furn[0], pos) - 1
        return i >= 0 and pos < furn[1][i]

    def _above_lead(self, pos: int) -> bool:
        """Whether ``pos`` lies before the article's lead paragraph (:meth:`~.nominals.NominalRules._in_lead`):
        in the headline or standfirst (a long standfirst above the byline is no lead since session 13,
        :data:`~.nominals._S13_NOM3_LEAD_BELOW_BYLINE`)."""
        self._in_lead(pos)
        if pos < self._lead[0]:
            return True
        return False

    def _left_joined_name(self, name: str, s: int, lo: int | None = None) -> str:
        """The organisation name ``name`` written at ``s`` with the adjective the NER cut off its
        front: "*Scottish and* Southern Electricity Networks" (the NER tags "Scottish" NORP and
        the rest ORG). Only one capitalised word tagged NORP joined by "and"/"&", right before the
        name; else ``name``. With ``lo`` (the start of the source mention holding the name), also
        the capitalised words that open the mention before a place the NER tagged alone: "*Cancer
        Research* UK", "*Transport* Scotland" (:func:`~.ner_fix.place_ended_name`)."""
        if lo is not None:
            full = place_ended_name(self.doc, self.text, lo, s, s + len(name))
            if full is not None:
                return full
        if _S14_ORGQ_AND_NAME and lo is not None and lo < s:
            j = _S14_CAPS_AND.search(self.text, lo, s)
            if j is not None and _one_body_and(j.group(1), name):
                return self.text[j.start(1):s] + name  # "Northmoor Fire and" + "Rescue Service" (the NER's ORG)
        m = _RX_0.search(self.text[max(0, s - 40):s])
        if m is None:
            return name
        a = s - len(m.group(0))
        tok = self.doc.char_span(a, a + len(m.group(1)), alignment_mode="expand")
        if tok is None or len(tok) != 1 or tok[0].ent_type_ != "NORP":
            return name
        return self.text[a:s] + name

    def _right_joined_name(self, name: str, e: int) -> str:
        """The organisation name ``name`` ending at ``e`` with the "for/of the …" part the NER or
        the source span cut off: "the U.N. Office" | "for Disaster Risk
        Reduction". Only after a body's head word (:data:`_BODY_HEADS`) and for capitalised words
        after "for/of (the)"; else ``name``. First, with :data:`_S12_ORG4_RUNS`, the run's own
        continuation past a cut (:func:`run_continuation`: "Finance Workers" | "' Union")."""
        if _S12_ORG4_RUNS:
            more = run_continuation(self.text, e, name, self.doc)
            if more:
                return name + more  # "Ministry of Disaster Risk and Relief", "Workers' Union"
        if not name.split() or name.split()[-1].lower() not in _BODY_HEADS:
            return name
        m = re.match(rf"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?{_ORG_NAME}", self.text[e:e + 80])
        if m is None:
            return name
        tail = self.doc.char_span(e, e + len(m.group(0)), alignment_mode="expand")
        if tail is None or any(t.ent_type_ in ("DATE", "TIME", "PERSON") for t in tail):
            return name  # "the City Council on Wednesday", "the Office of Jane Doe"
        tail = m.group(0)
        if re.search(r"[a-z]{2,}\.$", tail) and tail.split()[-1] not in ("Inc.", "Co.", "Ltd.", "Corp.", "Bros."):
            tail = tail[:-1]  # the sentence's full stop
        return name + tail

    def _dateline_place(self, pos: int) -> str | None:
        """The place of the article's dateline ("RIVERTON — The City Council …" → "Riverton"), when
        it comes before ``pos``."""
        m = re.search(r"(?m)^([A-Z][A-Z .'’-]{2,40}?)(?:,\s*[^—–\n]{0,40})?\s*(?:\([^)\n]{1,20}\)\s*)?[—–-]{1,2}\s",
                      self.text[:pos])
        return m.group(1).strip().title() if m else None

    def _place_of_cut(self, name: str) -> str:
        """``name`` without a trailing "of <Place>" that says where a company is, not what it is
        called: "Veltria Diagnostics *of Stuttgart*" → "Veltria Diagnostics" (rule 1 of
        ``gold/speakers/README.md``: the name as written; the "of" phrase is the place). Only when
        the part before "of" has two words or more, ends in no word that takes an "of" in a
        body's own name (:data:`_S14_OF_HEADS`, :data:`_BODY_HEADS`, organisation kind words other
        than a company's: "Bank of Scotland", "University of Leeds", "Ministry of Health"), the
        place is one or two capitalised words, and the article writes the name's first word
        without the place elsewhere ("Veltria said"). Else ``name``. Series q of the genre train
        gold (:data:`_S14_ORGQ_OF_PLACE`)."""
        if not _S14_ORGQ_OF_PLACE:
            return name
        memo = self.__dict__.get("_place_of_memo")
        if memo is None or memo[0] is not self.text:
            memo = self._place_of_memo = (self.text, {})
        got = memo[1].get(name)
        if got is None:
            got = memo[1][name] = self._place_of_scan(name)
        return got

    def _place_of_scan(self, name: str) -> str:
        """:meth:`_place_of_cut` uncached (one pass over the text for the name's first word)."""
        head, _, place = name.rpartition(" of ")
        hw, pw = head.split(), place.split()
        if len(hw) < 2 or not 1 <= len(pw) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in pw + hw):
            return name  # not "U.N. Office for the Coordination of Humanitarian Affairs"
        last = hw[-1].lower()
        if last in _S14_OF_HEADS or last in _BODY_HEADS or (last in ORG_KIND_OF and "company" not in ORG_KIND_OF[last]):
            if not (_S14_ONAME_BANK_OF and last == "bank" and len(hw) >= 3):
                return name  # but "Gulf Meridian Bank of Bahrain": a lender's own name before the place
        first = hw[0]
        text = self.text
        at = text.find(first)
        while at >= 0:
            if not text.startswith(name, at) and not (text[at - 1:at].isalnum() or text[at + len(first):at + len(first) + 1].isalnum()):
                return head  # "Veltria said", "Veltria's medical director": the name without its place
            at = text.find(first, at + len(first))
        return name

    def _paper_class(self, span, start: int) -> str | None:
        """The mention class a "document" source ``span`` at ``start`` takes when it is a
        newspaper: ``"org_name"`` for the paper's own name with its article ("The Manchester
        Evening Record": "record" is a document noun too), ``"org_desc"`` for "the paper"/"the
        newspaper" once the article has named a paper before ``start`` (:meth:`org_refs`, kind
        ``paper``); else ``None`` (the document rules decide: "a paper published in Nature"). UK
        press style (the paper a story cites); series q of the genre train gold
        (:data:`_S14_ORGQ_PAPER`)."""
        if not _S14_ORGQ_PAPER or span is None or not len(span):
            return None
        words = [t for t in span if not t.is_punct]
        if not words or words[0].lower_ != "the" or len(words) < 2:
            return None
        rest = " ".join(t.text for t in words[1:])
        if len(words) == 2 and words[1].lower_ in ("paper", "newspaper"):
            # a newspaper named before: by its name's head or a type word ("the Croatian daily X"),
            # no journal ("a paper in Marine Ecology Letters": "the paper" is the study)
            return "org_desc" if any("paper" in r.kinds and min(r.starts, default=start) < start
                                     and r.words & _S14_NEWSPAPER_WORDS and not r.words & _S14_JOURNAL_WORDS
                                     for r in self.org_refs()) else None
        if all(t.text[:1].isupper() for t in words[1:]) and any(
                r.name == rest and "paper" in r.kinds for r in self.org_refs()):
            return "org_name"
        return None

    # -- the article's organisations (issue 11, gold/speakers/genre) ---------------------------
    def _typed_person_names(self) -> dict[str, tuple[set[str], int]]:
        """The PERSON names of :attr:`named` (two words or more) that the article types as an
        organisation (:data:`_S11_ORGC`): one mention followed by a "which" relative, or typed by
        an apposition or a type word of an organisation kind (:func:`~.entities._context_words`,
        or ", Spain's fourth-largest lender"). Maps the name to its kinds (empty for "which") and
        the ``[start`` character of its first mention. Once per article (from :meth:`org_refs`)."""
        text = self.text
        out: dict[str, tuple[set[str], int]] = {}
        for m in self.named:
            if len(m.name.split()) < 2:
                continue
            which = _S11_ORGC_WHICH.match(text, m.end, m.end + 10) is not None
            if m.role and not which:
                continue  # "Chief executive Anna Berg, the airline's boss": a title says a person
            kinds = _context_kinds(_context_words(text, m.start, m.end))
            p = _S11_ORGC_POSS.match(text, m.end, m.end + 60)
            if p:
                kinds |= _context_kinds({p.group(1)})
            if _S15_ORG_OPERATOR and not kinds and not m.role and _S15_OPERATED_BY.search(
                    text, max(0, m.start - 20), m.start) and any(
                    _S15_SAID_ITSELF.match(text, o.end, o.end + 30) for o in self.named if o.name == m.name):
                kinds = {"company"}  # "the pit operated by Karadeniz Kömür … Karadeniz Kömür said it had"
            if not kinds and not which:
                continue
            old = out.get(m.name)
            out[m.name] = (kinds | (old[0] if old else set()), old[1] if old else m.start)
        return out

    def org_refs(self) -> list[OrgRef]:
        """The article's organisations with their kinds (:class:`OrgRef`), built once: the
        organisation clusters, capitalised names holding a kind word ("Harvest Foods", "Kent
        Police") or typed by an apposition or a type word before them ("Nordavia, the low-cost
        airline"), every later occurrence of each name, and the short forms of businesses and
        clubs ("Veritas" for Veritas Semiconductor, "Medway" for Medway Town), like a surname for
        a person. Offsets are characters of the text."""
        if getattr(self, "_org_refs", None) is not None:
            return self._org_refs
        text = self.text
        refs: dict[tuple[str, ...], OrgRef] = {}
        self._org_pairs: list[tuple[int, str, str]] = []  # (start, first, second) of "A and B"
        typed = self._typed_person_names() if _S11_ORGC else {}
        named = [m for m in self.named if m.name not in typed] if typed else self.named
        person_spans = [(m.start, m.end) for m in named]
        if _S17_SPEED_ORG_REFS:
            # the spans' starts sorted, and the largest end among the first k of them (the cut and
            # overlap tests below by bisection, not one pass over the spans per run; speed, session 17)
            by_start = sorted(person_spans)
            p_starts = [a for a, _ in by_start]
            p_maxend: list[int] = []
            for _, b in by_start:
                p_maxend.append(b if not p_maxend or b > p_maxend[-1] else p_maxend[-1])
        person_words = {w for m in named if len(norm_tokens(m.name)) >= 2 for w in norm_tokens(m.name)}
        ner_named: set[tuple[str, ...]] = set()  # names of two words or more the NER tagged as organisations

        def add(name: str, kinds: set[str], words: set[str], start: int | None = None) -> None:
            toks = tuple(norm_tokens(name))
            if not toks:
                return
            if _S9_ORGS and len(toks) >= 2 and set(toks) & _MEMBER_WORDS:
                kinds = kinds | {"union"}  # "Health Workers Alliance", "Lithuanian Aviation Workers’ Union"
            ref = refs.get(toks)
            if ref is None:
                ref = refs[toks] = OrgRef(name)
            ref.kinds |= kinds
            ref.words |= words | set(toks)
            if start is not None:
                ref.starts.append(start)

        for c in self.cands.clusters:
            if c.kind != "organization" or not c.tokens:
                continue
            if _S9_ORGS and len(c.tokens) == 1 and self._demonym_like(c.name):
                continue  # "the Lithuanian carrier" tagged ORG: a nationality word, no organisation's name
            if _S12_ORG3_PLACE_MOD and len(c.tokens) == 1 and c.mentions and all(
                    _place_modifier(text, ms, me) for ms, me, _, _ in c.mentions):
                continue  # "The Bristol insurer" tagged ORG: a place modifying the kind word, no name
            if _S11_ORG_FURNITURE and _S11_SECTION_BAR.search(c.name):
                continue  # "Calder | Football": a headline's section label joined to a name, no name
            kinds = _word_kinds(c.tokens)
            if len(c.tokens) == 2 and c.tokens[-1] in ("town", "city", "county") and not any(
                    t.ent_type_ in ("GPE", "LOC") for s, _, _, _ in c.mentions[:1]
                    for t in (self.doc.char_span(s, s + 1, alignment_mode="expand") or [])):
                kinds.add("club")  # "Medway Town" tagged ORG: a club named after its town
            words = {w for w in c.role_words if w in ORG_KIND_OF or w in DESC_KINDS}
            if _S10_ORGS2 and words:
                split, joined = self._split_nouns(c)
                words -= split  # "The regulator said Puquios had …": no word of Puquios
                kinds |= _context_kinds(words & joined)  # "copper miner Andescobre": a company
            for s, e, _, _ in c.mentions:
                words |= _context_words(text, s, e)
                if _entities._S11_ORG_SHARES and (_shares_before(text, s) or _S11_SHARES_AFTER.match(text, e)):
                    kinds = kinds | {"company"}  # "Shares in Halvorsen Mutual fell": a listed company
            name = c.name
            if c.mentions and text[c.mentions[0][0]:c.mentions[0][1]].strip() == c.name:
                name = self._left_joined_name(c.name, c.mentions[0][0])  # "Welsh and Western …"
            add(name, kinds | _context_kinds(words - c.role_words), words)
            if _S9_NAMES and len(c.tokens) >= 2 and name == c.name:
                ner_named.add(tuple(norm_tokens(name)))
        for name, (kinds, start) in typed.items():
            add(name, kinds, set(), start)  # "Salar Andino, which holds 30%": the NER's PERSON is an organisation
        for m in _NAME_RUN.finditer(text):
            s, e = m.start(), m.end()
            if self._in_furniture(s):
                continue  # "Copyright 2026 X Ltd. All Rights Reserved": furniture names no speaker
            ws = m.group().split()
            two = _TWO_BODIES.match(text, e, e + 30) if _S12_SPEED3 else \
                _RX_1.match(text[e:e + 30])
            shares = _entities._S11_ORG_SHARES and len(ws) >= 2 and bool(
                _shares_before(text, s) or _S11_SHARES_AFTER.match(text, e))
            if not two and not shares and not _context_words(text, s, e) and (len(ws) < 2 or not (
                    _word_kinds(norm_tokens(m.group())) or _RX_2.fullmatch(ws[-1]))):
                continue  # no kind word in it or around it, and no team name ("Sacramento Kestrels")
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            toks = list(span)
            while toks and (toks[0].lower_ in ("the", "of", "and", "for", "&")
                            or _S14_ORGQ_ARTICLE and toks[0].lower_ in ("a", "an") and toks[0].tag_ == "DT"
                            or toks[0].pos_ != "PROPN" and (
                    len(toks) == 1 or toks[1].lower_ in ("of", "and", "for", "&"))
                    and not (_S12_ORG3_BRAND and len(toks) == 1 and _BRAND_FORM.fullmatch(toks[0].text))):
                toks.pop(0)  # "Shares of Veritas Semiconductor": the sentence's first word is no name
            brk = next((k for k, t in enumerate(toks) if k and t.is_sent_start and not (
                _S11_ORG_SENT_CUT and toks[k - 1].whitespace_ == " " and toks[k - 1].text[-1:].isalpha())), None)
            toks = toks[:brk] if brk is not None else toks  # "… Seattle. Sportsbooks …": two sentences
            if not toks:
                continue
            if _S17_SPEED_ORG_REFS:  # the first person start inside (lo_, hi_): the same cut
                lo_, hi_ = toks[0].idx, toks[-1].idx + len(toks[-1])
                k_ = bisect_right(p_starts, lo_)
                cut = p_starts[k_] if k_ < len(p_starts) and p_starts[k_] < hi_ else None
            elif _S14_SPEED_ORG_REFS:  # the run's extent read once, not per person span (the same cut)
                lo_, hi_ = toks[0].idx, toks[-1].idx + len(toks[-1])
                cut = min((a for a, b in person_spans if lo_ < a < hi_), default=None)
            else:
                cut = min((a for a, b in person_spans if toks[0].idx < a < toks[-1].idx + len(toks[-1])), default=None)
            if cut is not None:
                toks = [t for t in toks if t.idx + len(t) <= cut]  # "Harvest Foods and Penfold's"
            while toks and (toks[-1].is_punct or toks[-1].tag_ == "POS" or toks[-1].ent_type_ in ("DATE", "TIME")
                            or toks[-1].text[:1].islower()):  # "California-based", "Department of"
                toks.pop()
            if not toks:
                continue
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
            if _S17_SPEED_ORG_REFS:
                k_ = bisect_left(p_starts, e)  # the spans starting before e: does one end after s?
                if k_ and p_maxend[k_ - 1] > s:
                    continue
            elif any(a < e and s < b for a, b in person_spans):
                continue
            name = _strip_poss(text[s:e]).strip()
            words = norm_tokens(name)
            if _S9_ORGS and len(words) == 1 and self._demonym_like(name):
                continue  # "the Lithuanian carrier": a nationality word, no organisation's name
            if _S12_ORG3_PLACE_MOD and len(toks) == 1 and toks[0].ent_type_ in ("GPE", "LOC", "NORP") \
                    and _THE_BEFORE.search(text, max(0, s - 5), s):
                continue  # "The Leeds firm", "the Bristol insurer": a place modifying a kind word, no name
            kinds = _word_kinds(words) if len(words) >= 2 else set()
            if len(words) >= 2 and toks[0].ent_type_ == "GPE" and toks[-1].ent_type_ != "GPE" \
                    and _RX_2.fullmatch(toks[-1].text) and words[-1] not in ORG_KIND_OF:
                kinds.add("club")  # "Sacramento Kestrels": a place and a plural name, a team
            around = _context_words(text, s, e)
            kinds |= _context_kinds(around)
            if shares and len(words) >= 2:
                kinds.add("company")  # "Shares in Tamsworth Mutual fell": a listed company
            left, _, right = name.partition(" and ")
            if _S9_ORGS and right and len(left.split()) == 1 and tuple(norm_tokens(right)) in ner_named \
                    and not any(_word_kinds(norm_tokens(w)) for w in left.split()):
                # "available on Lumen+ and Albion Player": a one-word name joined to an organisation
                # the NER tags is an organisation of its own (its kinds unknown), not one name
                add(left, set(), set())
                continue
            if right and len(left.split()) >= 2 and norm_tokens(left)[-1] in ORG_KIND_OF and _word_kinds(norm_tokens(right)):
                # "Brightwater Foods and Corbett Stores": two companies ("Competition and Markets
                # Authority" is one: its first part names no kind)
                add(left, _word_kinds(norm_tokens(left)), set())
                add(right, _word_kinds(norm_tokens(right)), around)
            elif right and (kinds or two) \
                    and len(left.split()) >= 2 and len(right.split()) >= 2 \
                    and all(w[:1].isupper() for w in left.split() + right.split()) \
                    and not (_S14_ORGQ_AND_NAME and _one_body_and(left, right)):
                kinds = kinds or {"company"}
                # "Aldgate Insurance and Meridian Life …, the two companies said": two names of two
                # words or more each, no "of"/"for" in them ("Department of Health and Human
                # Services" is one body); each side keeps the kinds its words or the whole's context say
                add(left, _word_kinds(norm_tokens(left)) or kinds, set(), s)
                add(right, _word_kinds(norm_tokens(right)) or kinds, around, s + len(left) + 5)
                self._org_pairs.append((s, left, right))
            elif kinds and not all(w in ORG_KIND_OF for w in words):
                add(name, kinds, around)
        if _S13_SHORT_SCORELINE and "\n" in text:
            for m in _SCORELINE.finditer(text):
                if not self._in_furniture(m.start()):
                    for g in (1, 2, 3):
                        if m.group(g):
                            add(m.group(g), {"club"}, set(), m.start(g))  # "Wexmoor Town 2 Brindle United 2"
        # every occurrence of each name; the short forms of businesses and clubs
        firsts: dict[str, list[OrgRef]] = {}
        lasts: dict[str, list[OrgRef]] = {}
        places = self._place_words() if ner_named else set()  # the words of GPE, NORP and LOC entities
        for ref in list(refs.values()):
            if _S9_NAMES and len(ref.tokens) >= 2 and "club" in ref.kinds:
                last = ref.name.split()[-1]
                if len(last) >= 4 and last[:1].isupper() and last.lower() in ORG_KIND_OF:
                    lasts.setdefault(last, []).append(ref)  # "Rovers" for Bramley Rovers
            if len(ref.tokens) >= 2 and (ref.kinds & _SHORTENED_KINDS or (
                    tuple(ref.tokens) in ner_named and ref.tokens[0] not in places and len(ref.tokens) <= 3)):
                # a business or club, or any name the NER tags as an organisation ("Brightwater
                # Health", "Bridgeway Ministries"), not one opening with a place ("Washington Post")
                first = ref.name.split()[0]
                if len(first) >= 3 and first[:1].isupper() and first.lower() not in _NOT_SHORT \
                        and first.lower() not in _FIRST_NAMES and first.lower() not in person_words \
                        and first.lower() not in DEMONYMS and first.lower() not in ORG_KIND_OF \
                        and first.lower() not in _KNOWN_KINDS and not (_S9_ORGS and self._demonym_like(first)):
                    firsts.setdefault(first, []).append(ref)
        if _S13_SHORT_NESTED:
            for first, rs in firsts.items():
                base = min(rs, key=lambda r: len(r.tokens))
                if len(rs) > 1 and all(r is base or r.tokens[:len(base.tokens)] == base.tokens for r in rs):
                    firsts[first] = [base]  # "Kingsmere": Kingsmere Rovers, not Kingsmere Rovers Supporters' Trust
        prefix_of: dict[tuple[str, ...], OrgRef] = {}
        if _S13_SHORT_PREFIX:
            for toks, ref in refs.items():
                if 2 <= len(toks) <= 3 and (ref.name in typed or toks in ner_named) and not _word_kinds(list(toks)):
                    longer = [r for t2, r in refs.items() if len(t2) > len(toks) and t2[:len(toks)] == toks
                              and _word_kinds(list(t2[len(toks):])) and t2[len(toks):] not in refs
                              and r.name[len(ref.name):len(ref.name) + 1] == " "]  # not "Lantern Pictures/Brightside TV"
                    if len(longer) == 1:
                        prefix_of[toks] = longer[0]  # "Pennine Ridge" for Pennine Ridge Building Society
        out: list[OrgRef] = []
        lasts = {w: rs for w, rs in lasts.items() if len(rs) == 1 and w not in firsts}
        for toks, ref in refs.items():
            if toks in prefix_of:
                prefix_of[toks].kinds |= ref.kinds
                prefix_of[toks].words |= ref.words
                prefix_of[toks].starts.extend(x for x in _occurrences(text, ref.name) if not self._in_furniture(x))
                continue
            if len(toks) == 1 and len(firsts.get(ref.name, [])) == 1:
                firsts[ref.name][0].kinds |= ref.kinds  # "Medway" merges into "Medway Town"
                firsts[ref.name][0].words |= ref.words
                continue
            if len(toks) == 1 and ref.name in lasts:
                lasts[ref.name][0].kinds |= ref.kinds  # "Rovers" merges into "Bramley Rovers"
                lasts[ref.name][0].words |= ref.words
                continue
            if _S13_ORG2_PLACE_KIND and len(toks) == 1 and ref.kinds:
                fuller = [r for t2, r in refs.items() if len(t2) >= 3 and t2[0] == toks[0] and t2[-1] in ref.words
                          and ref.kinds <= r.kinds]
                if len(fuller) == 1:  # "Kirkhaven council" is Kirkhaven Borough Council
                    fuller[0].words |= ref.words
                    word = fuller[0].tokens[-1]
                    fuller[0].starts.extend(x for x in _occurrences(text, ref.name) if re.match(
                        rf"[ \t]+{re.escape(word)}\b", text[x + len(ref.name):x + len(ref.name) + len(word) + 3]))
                    continue
            out.append(ref)
        for ref in out:
            ref.starts.extend(x for x in _occurrences(text, _RX_3.sub("", ref.name))
                              if not self._in_furniture(x))
        for first, rs in firsts.items():
            parts = rs[0].name.split()
            if len(rs) != 1 or len(parts) < 2:
                continue  # two bodies share the word, or a one-word name of several tokens ("Tyne-Wear"): no short form
            second = parts[1]
            for x in _occurrences(text, first):
                if _S9_ORGS and _RX_4.search(_pad_free_before(text, x)):
                    continue  # "Health" of Harbour Health is no short form of Health Workers Alliance
                if not text[x + len(first):x + len(first) + len(second) + 1].strip().startswith(second):
                    rs[0].starts.append(x)
        for last, rs in lasts.items():
            parts = rs[0].name.split()
            if len(parts) < 2:
                continue
            first = parts[-2]
            for x in _occurrences(text, last):
                if not text[max(0, x - len(first) - 1):x].strip().endswith(first):
                    rs[0].starts.append(x)
        for ref in out:
            ref.starts = sorted(set(ref.starts))
        self._org_refs = out
        self._short_forms = {first.lower(): rs[0] for first, rs in firsts.items() if len(rs) == 1}
        self._short_forms.update({last.lower(): rs[0] for last, rs in lasts.items() if last.lower() not in self._short_forms})
        self._prefix_forms = {refs[t].name.lower(): r for t, r in prefix_of.items()}
        return out

    def _split_nouns(self, c: Cluster) -> tuple[set[str], set[str]]:
        """The lower-cased nouns of the three tokens before a mention of the organisation cluster
        ``c`` that a verb, preposition, pronoun, conjunction or punctuation parts from it ("The
        *regulator* said Puquios had …"), less those written right before one of its mentions
        ("copper *producer* Andescobre"); and those written right before one (the second set).
        The NER's cluster takes all such nouns as the name's type words
        (:class:`~saidwhat.pipeline.coref.Candidates`), but the first belong to another phrase.
        Issue 11 genre train, series h (:data:`_S10_ORGS2`)."""
        doc = self.doc
        split: set[str] = set()
        joined: set[str] = set()
        for s, _, _, _ in c.mentions:
            span = doc.char_span(s, s + 1, alignment_mode="expand")
            if span is None or not len(span):
                continue
            i = span.start
            for t in doc[max(i - 3, 0):i]:
                if t.pos_ != "NOUN":
                    continue
                if any(x.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ", "PRON", "DET") for x in doc[t.i + 1:i]):
                    split.add(t.lower_)
                else:
                    joined.add(t.lower_)
        return split - joined, joined

    def _place_words(self) -> set[str]:
        """The lower-cased words of the Doc's tokens inside a GPE, NORP or LOC entity, read from
        the Doc's arrays (no Token object per token)."""
        doc = self.doc
        if not len(doc):
            return set()
        strings = doc.vocab.strings
        kinds = {strings[k] for k in ("GPE", "NORP", "LOC")}
        if _entities._S12_SPEED:
            # the entity rows picked from the arrays (NumPy), not a Python int per token (speed, session 12)
            arr = doc.to_array([ENT_TYPE, LOWER])
            col = arr[:, 0]
            mask = None
            for k in kinds:
                hit = col == np.uint64(k)
                mask = hit if mask is None else mask | hit
            return {strings[low] for low in arr[mask, 1].tolist()}
        return {strings[low] for ent, low in doc.to_array([ENT_TYPE, LOWER]).tolist() if ent in kinds}

    def _written_full_org_name(self, name: str) -> str:
        """The fuller name that the organisation name ``name`` is always written in, else ``name``:
        when every occurrence of ``name`` in the text follows capitalised words of the same name
        ("*Sevenbridge* General Hospital", "*Vale and* Downs NHS Foundation Trust", "The *Midwives'*
        Guild", "*Medicines and Healthcare products* Regulatory Agency"), the name as written at
        its first occurrence. The words taken: capitalised tokens the NER tags no person, date or
        number (not a sentence's opening function word, not "X-based"), a plural possessive's
        apostrophe ("Midwives'"), and "and"/"&" or one lower-case plural noun between capitalised
        words (not after a nationality: "Lithuanian carriers Ambera");
        never across a line break or a possessive "'s". Rule 1 of ``gold/speakers/README.md`` (the
        fullest form of the name the article uses); issue 11 genre train, series i
        (:data:`~.org_descriptions._S10_ORGS3`). Kept per name and article."""
        memo = self.__dict__.get("_written_full_memo")
        if memo is None:
            memo = self._written_full_memo = {}
        got = memo.get(name)
        if got is None:
            got = memo[name] = self._written_full_scan(name)
        return got

    def _written_full_scan(self, name: str) -> str:
        """:meth:`_written_full_org_name` uncached."""
        occ = _occurrences(self.text, name)
        if not occ or not name[:1].isupper():
            return name
        fronts = []
        for x in occ:
            span = self.doc.char_span(x, _occurrence_end(self.text, name, x), alignment_mode="expand")
            if span is None or not len(span):
                return name
            j, first, edge = span.start - 1, None, False
            while j >= 0:
                t = self.doc[j]
                if "\n" in t.whitespace_ or "\n" in t.text:
                    break
                if t.text[:1].isupper() and t.is_alpha or t.text[:1].isupper() and _RX_5.fullmatch(t.text):
                    if t.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL") \
                            or t.lower_ in _S10_NOT_NAME_WORDS or t.lower_ in _S10_FILLERS:
                        break
                    first = j
                elif t.text in ("'", "’") and j > 0 and self.doc[j - 1].text.endswith("s") \
                        and not self.doc[j - 1].whitespace_ and self.doc[j - 1].text[:1].isupper():
                    pass  # "Midwives' Guild"
                elif (t.lower_ in ("and", "&") or t.is_lower and t.is_alpha and not t.is_stop and t.tag_ == "NNS"
                      and self.doc[j - 1].ent_type_ != "NORP") and j > 0 \
                        and self.doc[j - 1].text[:1].isupper() and (span.start if first is None else first) == j + 1:
                    edge = edge or first is None and t.lower_ in ("and", "&")  # "Vale and Downs", "Healthcare products"
                else:
                    break
                j -= 1
            if first is None:
                return name  # written alone somewhere: the name as it is
            if edge and sum(1 for t in self.doc[first:span.start] if t.text[:1].isupper()) > 1:
                return name  # "Harvest Foods and Corbett Stores": two names, not one
            fronts.append(first)
        a = self.doc[fronts[0]].idx
        full = _strip_poss(self.text[a:_occurrence_end(self.text, name, occ[0])]).strip()
        return one_space(full) if _names._S12_PAD2 else full  # "Sevenbridge Borough Council"

    def _initialisms(self) -> dict[str, str]:
        """The initialisms the article defines by writing them in brackets after a name of two
        words or more ("The General Water Directorate (DGA)", "the Superintendency of the
        Environment (SMA)"): initialism → the name, leading "The" left out, the first definition
        kept; built once per article. Rule 1 of ``gold/speakers/README.md`` (the long form, the
        short one an alias), whatever language the initials come from."""
        got = self.__dict__.get("_initialisms_memo")
        if got is None:
            got = self._initialisms_memo = {}
            if _S14_ONAME_INITIALS and "(" in self.text:
                for b in _S10_BRACKETED.finditer(self.text):  # the name the letters spell first (session 14)
                    name = _letters_name(self.text, b.start(), b.group(1))
                    if name is not None and name.split()[0].lower() not in _FIRST_NAMES:
                        got.setdefault(b.group(1), name)  # "Medicines and Healthcare products Regulatory Agency"
            # no bracketed initialism anywhere (most articles): nothing to scan for (the same result)
            for m in (_S10_INITIALS.finditer(self.text) if _S10_BRACKETED.search(self.text) else ()):
                name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1).strip())
                if len(name.split()) >= 2 and not name.isupper() and name.split()[0].lower() not in _FIRST_NAMES:
                    got.setdefault(m.group(2), name)
        return got

    def _named_body(self, name: str) -> str:
        """The article's proper name of the body that ``name`` describes with a lower-case head
        word ("Alder Falls council" → "Alder Falls City Council", "Kent county council" → "Kent
        County Council"): the one organisation of :meth:`org_refs` whose name opens with the
        description's capitalised words and ends with its head word, longer than it; else ``name``.
        Rule 1 of ``gold/speakers/README.md`` (the fullest form of the name the article uses) and
        rule 3 (a description of a body the article names is that body); issue 11 genre train,
        series f. ``name``: the organisation name as the mention writes it."""
        words = name.split()
        if _S10_ORGS and len(words) == 1 and words[0].isupper():
            full = self._initialisms().get(words[0])
            if full is not None:
                return full  # "the DGA" after "The General Water Directorate (DGA)"
        if not _S9_ORGS or len(words) < 2 or not words[-1].islower() or not words[0][:1].isupper():
            return name
        toks = norm_tokens(name)
        found = {r.name for r in self.org_refs() if len(r.tokens) > len(toks) and r.tokens[-1] == toks[-1]
                 and r.tokens[:len(toks) - 1] == toks[:-1] and r.name.split()[-1][:1].isupper()}
        return found.pop() if len(found) == 1 else name

    def _demonym_like(self, word: str) -> bool:
        """Whether the capitalised ``word`` is a nationality or place word rather than a short form
        of a name ("Lithuanian" of the Lithuanian Aviation Workers' Union, "Bolivian" of Bolivian
        Mining Corp): a nationality word of :data:`~saidwhat.pipeline.coref.DEMONYMS`; a word the NER
        tags NORP somewhere that ends like one ("-an", "-ese", "-ish", "-i"; the NER tags brand names
        NORP or GPE too: "Harbour", "Nordavia"); a place name with "-n"/"-an"/"-ian" added that the
        article writes ("Lithuania" → "Lithuanian", "Kenya" →
        "Kenyan", "Canada" → "Canadian"); a hyphenated word when each part is one ("Chinese-Russian").
        Issue 11 genre train (series f)."""
        memo = getattr(self, "_demonym_memo", None)
        if memo is None:
            memo = self._demonym_memo = {}
        if word not in memo:
            memo[word] = self._demonym_test(word)
        return memo[word]

    def _demonym_test(self, word: str) -> bool:
        """:meth:`_demonym_like` uncached."""
        norp = getattr(self, "_norp_words", None)
        if norp is None:  # once per article: the NER's NORP words and the text's capitalised words
            norp = self._norp_words = {t.lower_ for e in doc_ents(self.doc) if e.label_ == "NORP" for t in e}
            if not _S14_SPEED_ORG_REFS:
                self._cap_words = set(_RX_6.findall(self.text))  # "Lithuania’s": Lithuania
        if "-" in word.strip("-"):
            return all(w[:1].isupper() and self._demonym_like(w) for w in word.split("-"))  # "Chinese-Russian"
        low = word.lower()
        if low in DEMONYMS or low in norp and _RX_7.search(low):
            return True  # tagged NORP and spelt like a nationality: not "Harbour" tagged NORP
        m = _RX_8.fullmatch(word)
        if m is not None and _S14_SPEED_ORG_REFS and getattr(self, "_cap_words", None) is None:
            self._cap_words = set(_RX_6.findall(self.text))  # built on first need (speed, session 14)
        return m is not None and any(stem in self._cap_words
                                     for stem in {m.group(1), m.group(1) + "a", word[:-1]} if len(stem) >= 4)

    def _short_form_source(self, start: int, end: int) -> str | None:
        """The organisation speaker key of a one-word source ``[start, end)`` (characters; a
        possessive "'s" left off) that is an organisation's short form (:meth:`_full_org_name`:
        "Rovers" for Dunmore Rovers, "Kingsmere" for Kingsmere Rovers), and no surname of a person
        the article names (:meth:`~.names.NameRules._full_name_for`); else ``None``. Rule 1 of
        ``gold/speakers/README.md`` (the fullest name the article writes); :data:`_S13_SHORT_SOURCE`."""
        if not _S13_SHORT_SOURCE:
            return None
        word = _strip_poss(self.text[start:end]).strip()
        if not word or not word[:1].isupper() or not word.isalpha() or word.isupper():
            return None
        full = self._full_org_name(word)
        if full is None or self._full_name_for(word, start) is not None:
            return None
        self.via, self.confidence = "surname", 0.8
        key = self._organization(full, start)
        c = self.cands.cluster_of(start, end)
        if c is not None and norm_tokens(word)[0] in c.tokens:
            self.key_cluster[key] = c  # as the ranker keeps its pick: the cluster the short form is in
        return key

    def _which_named_org(self, a: int, cut: int) -> str | None:
        """The organisation speaker key of a source ``[a, cut)`` (characters; ``cut``: where its
        ", which …" relative opens) that is, or ends in, a capitalised name: "Unite, which
        represents …", "Friends of Kirkby Lido, which has collected …", "Its rival Lagoon Sound,
        which bought …", "Velora's rival Sennet Therapeutics, which makes …". The words before the
        name may be "The" or a short lower-case description with a possessor ("Its rival"); the
        name opens with no given name, no pronoun, and a one-word name is no PERSON mention. A one-word name that is an
        organisation's short form is its full name (:meth:`_full_org_name`). ``None`` otherwise.
        "which" types the antecedent as a thing (:data:`_S11_ORGC`); rule 1 of
        ``gold/speakers/README.md`` (the name the article writes); :data:`_S14_ORGN_WHICH`."""
        if not _S14_ORGN_WHICH or not _S14_WHICH_AT.match(self.text, cut):
            return None
        head = self.text[a:cut]
        got = _tail_name(head)
        if got is None:
            return None
        s, name = got
        prefix = head[:s].strip()
        if prefix and not re.fullmatch(r"(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[A-Z][\w’'-]*['’]s?)"
                                       r"(?:[ \t]+[a-z][\w-]*){1,3}", prefix):
            return None  # "Trade body chief Jane Roe's group" and other shapes: not this rule
        name = _strip_poss(name).strip(" ,")
        first = name.split()[0].lower() if name.split() else ""
        if not name or first in _FIRST_NAMES or first in _S10_NOT_NAME_WORDS or first in _entities.PRONOUNS:
            return None
        ns, ne = a + s, a + s + len(name)
        if len(name.split()) < 2 and any(m.start < ne and m.end > ns for m in self.named):
            return None  # a one-word PERSON name; "Marlin Sound, which" tagged PERSON is a thing (as _S11_ORGC)
        if len(name.split()) == 1:
            name = self._full_org_name(name) or name  # "Rovers" → Dunmore Rovers
        return self._named_org_at(name, a, ns, ne)

    def _initialism_full(self, name: str) -> str:
        """The name an initialism is defined by (:meth:`_initialisms`) that opens with ``name`` and
        goes on with a link word ("General Fisheries Commission" → "General Fisheries Commission
        for the Mediterranean"), the NER having cut it there; with :data:`_S14_ONAME_INITIALS`, also the
        defined initialism itself ("EMAS") and a tail of two words or more of the defined name
        ("Healthcare products Regulatory Agency"); else ``name``. Rule 1 of
        ``gold/speakers/README.md`` (the fullest form); :data:`_S14_ORGN_LINKED`."""
        if _S14_ONAME_INITIALS and len(name) >= 2:
            inits = self._initialisms()  # built once per article
            if name.isupper() and name.isalpha() and name in inits:
                return inits[name]  # "EMAS" → "East Midlands Ambulance Service" (one body)
            n = len(name)
            if " " in name:
                for full in inits.values():
                    if len(full) > n + 1 and full.endswith(name) and full[-n - 1] == " ":
                        return full  # "Healthcare products Regulatory Agency": the NER's cut tail
        if not _S14_ORGN_LINKED or len(name) < 4:
            return name
        n = len(name)
        for full in self._initialisms().values():  # built once per article
            if len(full) > n + 1 and full.startswith(name) and full[n] == " " and full[n + 1:].split()[0] in _S14_NAME_LINKS:
                return full
        return name

    def _linked_org_name(self, start: int, end: int, inside: list) -> str | None:
        """The organisation name of a source ``[start, end)`` (characters) whose head part is a
        capitalised name with a lower-case link that a PERSON mention (``inside``: the
        :class:`~.names.NamedMention` items in it) ends, typed as a body by an apposition after it
        ("The Comhairle nan Eilean Siar, the islands council,": the apposition's head
        "council" an organisation word, :data:`~.entities.ORG_HEADS` or
        :data:`~.entities.DESC_KINDS`); else ``None``. :data:`_S14_ORGN_LINKED`."""
        if not _S14_ORGN_LINKED:
            return None
        text = self.text[start:end]
        comma = text.find(",")
        if comma < 0:
            return None
        m = _S14_APPOS_HEAD.match(text, comma)
        if m is None or not (m.group(1) in _entities.ORG_HEADS or m.group(1) in DESC_KINDS):
            return None
        got = _tail_name(text[:comma])
        if got is None:
            return None
        s, name = got
        words = name.split()
        if len(words) < 3 or not any(w in _S14_NAME_LINKS for w in words[1:-1]):
            return None
        ns = start + s
        if not any(ns < x.start < start + comma for x in inside):
            return None  # the person's name opens the run: a person of somewhere ("Ana Roe of Acme")
        return name

    def _headline_un_agency(self, a: int, b: int) -> str | None:
        """The organisation speaker key of a headline's or standfirst's "UN" source ``[a, b)``
        (characters; "U.N.", "United Nations" too): the first UN agency the article names below it
        (:data:`_S14_UN_AGENCY`: "the U.N. World Food Programme" → World Food Programme); else
        ``None``. :data:`_S14_ORGN_UN_AGENCY`."""
        if not _S14_ORGN_UN_AGENCY:
            return None
        src = _strip_poss(self.text[a:b].strip())
        if src not in ("UN", "U.N.", "U.N", "United Nations", "The UN", "The U.N.") or not self._above_lead(a):
            return None
        m = _S14_UN_AGENCY.search(self.text, b)
        if m is None:
            return None
        self.via, self.confidence = "organization", 0.7
        return self._organization(one_space(m.group(1)), a)

    def _party_source(self, a: int, b: int) -> str | None:
        """The organisation speaker key of a source ``[a, b)`` (characters) that is a British
        party's plural alone ("Conservatives", "The Tories", "Greens'", :data:`_S14_PARTY_PLURALS`)
        or its headquarters ("Conservative headquarters", :data:`_S14_PARTY_HQ`): the party as the
        article writes it, the plural when written, else "X Party" when written; else ``None``.
        :data:`_S14_ORGN_PARTY`."""
        if not _S14_ORGN_PARTY:
            return None
        src = _strip_poss(one_space(self.text[a:b].strip(" ,"))).strip()
        if not src or src[0] not in "CTGLNUtRSPI":
            return None  # cheap test first
        if _S14_GRP_PARTY_GROUP:
            g = _S14_PARTY_GROUP.fullmatch(src)
            if g is not None:  # "the Conservative group": the party's council group (session 14 round 3)
                self.via, self.confidence = "organization", 0.85
                return self._organization(f"{one_space(g.group(1))} group", a)
        if src[0] not in "CTGLNUt":
            return None
        bare = _RX_3.sub("", src)
        if bare.lower() in _S14_PARTY_PLURALS and bare[:1].isupper():
            name = bare
        else:
            m = _S14_PARTY_HQ.fullmatch(src)
            if m is None:
                return None
            adj = one_space(m.group(1)).lower()
            plural = _S14_PARTY_PLURAL_OF[adj]
            if plural == "Labour" or re.search(rf"\b{plural}\b", self.text):
                name = plural
            elif re.search(rf"\b{m.group(1)} Party\b", self.text):
                name = f"{m.group(1)} Party"
            else:
                name = plural
        self.via, self.confidence = "organization", 0.85
        return self._organization(name, a)

    def _relative_apposed_org(self, start: int, end: int, head_end: int) -> str | None:
        """The organisation speaker key of a description with a restrictive relative and a name in
        apposition after its comma ("The care provider that owns the home, *Larchwood Care*,",
        "The union that backed the claim, *the Cabin Crew Alliance*,"): the name, when it is no
        person's (no given name first, no PERSON mention over it); else ``None``. ``[start, end)``:
        the source (characters), ``head_end``: where its head part ends (before "that").
        Rule 3 of ``gold/speakers/README.md`` (a description of a named organisation is that
        organisation); :data:`_S14_ORGN_APPOSED`."""
        if not _S14_ORGN_APPOSED:
            return None
        m = _S14_REL_APPOSED.match(self.text, head_end, end)
        if m is None:
            return None
        name = m.group(1).strip()
        if name.split()[0].lower() in _FIRST_NAMES or name.split()[0].lower() in _S10_NOT_NAME_WORDS:
            return None
        ns, ne = m.start(1), m.end(1)
        if any(x.start < ne and x.end > ns for x in self.named):
            return None
        return self._named_org_at(name, start, ns, ne)

    def _named_org_at(self, name: str, pos: int, ns: int, ne: int) -> str:
        """Speaker key of the organisation ``name`` for a source at ``pos``, its name written at
        characters ``[ns, ne)``; the candidate cluster there is linked to the key when it is an
        organisation's. Sets ``via``/``confidence`` (session 14: the ", which" and apposed-name rules)."""
        self.via, self.confidence = "organization", 0.85
        key = self._organization(name, pos)
        c = self.cands.cluster_of(ns, ne)
        if c is not None and c.kind == "organization":
            self.key_cluster[key] = c
        return key

    def _full_org_name(self, name: str) -> str | None:
        """The full name of the organisation that the one word ``name`` is the short form of, else
        ``None`` (:meth:`org_refs`): the first word of a business or club ("Harvest" → "Harvest
        Foods") or of a name of two or three words the NER tags as an organisation ("Brightwater"
        → "Brightwater Health", "Bridgeway" → "Bridgeway Ministries"), or a club's last word
        ("Rovers" → "Bramley Rovers"); with :data:`_S13_SHORT_PREFIX`, a typed organisation name of
        two or three words that opens one longer name ("Pennine Ridge" → "Pennine Ridge Building
        Society"). Rule 1 of ``gold/speakers/README.md``: the fullest form of the name the article uses."""
        toks = norm_tokens(name)
        if _S13_SHORT_PREFIX and 2 <= len(toks) <= 3:
            self.org_refs()
            ref = self._prefix_forms.get(name.lower())
            return ref.name if ref is not None else None  # "Pennine Ridge" → Pennine Ridge Building Society
        if len(toks) != 1 or getattr(self, "_org_refs", None) is None and not self._written_in_name(name):
            return None  # never written next to another capitalised word: no short form (cheap test first)
        self.org_refs()
        ref = self._short_forms.get(toks[0])
        return ref.name if ref is not None else None

    def _written_in_name(self, name: str) -> bool:
        """Whether the word ``name`` is written somewhere next to another capitalised word (the
        cheap test of :meth:`_full_org_name`), kept per word and article."""
        memo = self.__dict__.get("_written_in_name_memo")
        if memo is None:
            memo = self._written_in_name_memo = {}
        got = memo.get(name)
        if got is None:
            got = memo[name] = any(
                self.text[i + len(name) + 1: i + len(name) + 2].isupper()
                or _names._S12_PAD2 and re.match(r" {2,}[A-Z]", self.text[i + len(name):i + len(name) + 12])
                or _S9_NAMES and re.search(r"[A-Z][\w’'-]*[ \t]$", _pad_free_before(self.text, i))
                for i in _occurrences(self.text, name))
        return got
