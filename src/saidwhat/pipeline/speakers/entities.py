"""Entity kinds and speaker records: person, organisation (and which kind of organisation),
anonymous or unresolved.

Stage: the first of speaker resolution, between spaCy's NER (with the candidate clusters of
:mod:`saidwhat.pipeline.coref`) and the rules that name a speaker. It says what a name or a
mention's words make of it, and keeps the speakers found so far:

* the words that mark a mention as a personal pronoun or an organisation (:data:`PRONOUNS`,
  :data:`ORG_HEADS`);
* person-or-organisation decisions on NER entities that spaCy's small English model gets wrong
  ("Comedian Milo Evans" tagged ORG, "the weekly Der Kurier", "Trump Tower", "Hartley Rovers"
  tagged PERSON: PolNeAR train and issue 11's genre gold);
* organisation kinds (company, airline, club, broadcaster, regulator, …) from the words of a name
  and the type word around it (:data:`ORG_KIND_OF`, :data:`DESC_KINDS`; UK and US press style, the
  shapes of issue 11's genre gold, ``gold/speakers/genre``);
* the speaker records (:class:`_Entity`) and :class:`EntityRegistry`, which merges the names of one
  person into one record (a full personal name is the canonical form, a surname alone joins the
  full name that ends with it: Pouliquen et al. 2007; the Gender Gap Tracker's name merging, Asr
  et al. 2021) and keeps unnamed speakers apart (rule 4 of ``gold/speakers/README.md``).

Offsets are ``[start, end)`` characters of the Doc's text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import LOWER, POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Token

from ..coref import _FEMALE, _MALE, DOC_NOUNS, Candidates, Cluster, doc_ents, norm_tokens, span_text

if TYPE_CHECKING:
    from .names import NamedMention

#: Personal pronouns a source may be (resolved by :mod:`.pronouns` and the ranker).
#: Set False to switch off session 9's joint names in the registry (a joint name "Khizr and
#: Ghazala Khan" is one speaker of its own: :meth:`EntityRegistry._person`); with
#: :data:`~.ner_fix._S9_NAMES`, for before/after measurements.
_S9_JOINT = True
#: Set False to switch off session 9's second round: a joint source of a named organisation and a
#: body in lower case ("Pennine Connect and the combined authority") is the first-named
#: (:meth:`EntityRegistry._first_of_org_and_body`), for before/after measurements.
_S9_JOINT2 = True
#: "Acme Water and the county government": a capitalised run of two or more words, then "and the"
#: and lower-case words (group 2), the whole mention.
_ORG_AND_BODY = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w&'’.-]*\s+){1,5}[A-Z][\w&'’.-]*)"
                           r"\s+and\s+the\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*$")
PRONOUNS = {"he", "she", "him", "her", "they", "i", "we", "you", "his", "hers", "their"}
#: Head nouns of an organisation description or name ("the government", "the Kremlin", "the
#: campaign", "police"): an organisation, not a person.
ORG_HEADS = {"government", "ministry", "kremlin", "administration", "campaign", "committee", "department", "police",
             "company", "agency", "office", "party", "council", "court", "army", "military", "coalition", "commission",
             "board", "house", "senate", "congress", "cabinet", "embassy", "group", "organization", "organisation",
             "union", "university", "network", "team", "firm", "bank", "fund", "foundation", "institute", "regime",
             "presidency", "pentagon"}


@dataclass
class _Entity:
    """A speaker of the article as the resolver builds it: ``key`` (``P:``, ``O:``, ``U:``, ``A:``
    …), ``name`` (``None`` for a speaker with no name), ``kind`` (``person``, ``organization``,
    ``anonymous``, ``unresolved``), ``role``, its ``mentions`` as ``[start, end)`` characters, and
    ``first``, where it was first resolved (it orders speakers with no mention)."""

    key: str
    name: str | None
    kind: str
    role: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0


# -- person or organisation: NER entities the small model gets wrong ----------------------------
#: Occupation words that name what a person is ("Comedian Milo Evans"); spaCy's NER sometimes
#: takes the capitalised occupation and the name for an ORG.
OCCUPATIONS = frozenset("""comedian comic actor actress singer songwriter author writer novelist poet rapper artist
director producer filmmaker chef coach player lawyer attorney economist analyst historian pollster strategist
activist businessman businesswoman entrepreneur investor billionaire journalist reporter columnist host anchor
presenter designer architect scientist doctor nurse pastor bishop rabbi imam cardinal model star musician
commentator broadcaster blogger photographer sociologist psychologist physician surgeon researcher
scholar teacher student farmer""".split())
#: Words for kinds of organisation that, after "the", make the next name an organisation ("the
#: weekly Der Kurier", "the broadcaster NTV", "the firm Acme").
ORG_TYPE_WORDS = frozenset("""weekly daily newspaper paper magazine tabloid broadcaster channel network station
agency firm company group publisher outlet website site blog broadsheet journal""".split())


def _and_body_tail(doc, end: int, toks: list[Token]) -> bool:
    """Whether a PERSON entity (its words ``toks``, ending at token ``end`` of ``doc``) is the first
    part of one body's name cut at "and": "and" and one to three capitalised words follow, the whole
    is one name by :func:`~.organisations._one_body_and` ("Bedfordshire Fire | and Rescue Service").
    Session 14 (:data:`~.organisations._S14_ORGQ_AND_NAME`, read at call time)."""
    from . import organisations as _orgs
    if not _orgs._S14_ORGQ_AND_NAME:
        return False
    words = [t.text for t in toks]
    if "and" in words[1:-1]:
        k = words.index("and")  # "Bedfordshire Fire and Rescue Service" tagged PERSON whole
        return _orgs._one_body_and(" ".join(words[:k]), " ".join(words[k + 1:]))
    if words[-1] == "and" and len(words) >= 2:
        words, end = words[:-1], end - 1  # "Bedfordshire Fire and" tagged PERSON
    if end + 2 >= len(doc) or doc[end].lower_ != "and":
        return False
    j = end + 1
    while j < len(doc) and j <= end + 3 and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    if j == end + 1:
        return False
    return _orgs._one_body_and(" ".join(words), doc[end + 1:j].text)


#: Session 15 (pronouns, genre train series u): a PERSON entity after a determiner, up to two
#: modifiers and a lower-case kind word of a body (:data:`ORG_TYPE_WORDS` or :data:`_S15_BODY_WORDS`:
#: "The Afro-fusion *trio* Danfo Drive", "the Accra *record label* Kente Sound") is an organisation,
#: wherever its text recurs (:func:`~.names.person_org_names`), not a person a he/she could take
#: (news style names a band or firm by its kind: the appositive-type evidence of issue 11's
#: :func:`org_typed`). ``False`` gives the old rule (the kind word right after the determiner only).
_S15_BODY_KIND = True
#: Kind words of bands, ensembles, firms and clubs (not of people: no "pair", "couple", "sisters").
_S15_BODY_WORDS = frozenset("""band trio duo quartet quintet outfit label ensemble orchestra choir collective
troupe franchise club carrier airline insurer lender retailer miner operator producer developer manufacturer
startup start-up chain brand""".split())


def _kind_led(doc, ent) -> bool:
    """Whether PERSON entity ``ent`` follows "the"/"a"/"an", at most two modifier words (a hyphenated
    compound one word) and a lower-case
    body kind word (:data:`_S15_BODY_KIND`), and is no person's name: its first word no known given
    name, no "and" + a capitalised word after it ("the duo Ade and Bola")."""
    i = ent.start
    if i < 2:
        return False
    kind = doc[i - 1]
    if not kind.text.islower() or (kind.lower_ not in _S15_BODY_WORDS and kind.lower_ not in ORG_TYPE_WORDS):
        return False
    j, words = i - 2, 0
    while j >= 0 and doc[j].lower_ not in ("the", "a", "an"):
        t = doc[j]
        if t.tag_ == "HYPH" and not t.whitespace_ and j > 0 and not doc[j - 1].whitespace_:
            j -= 1  # "Afro-fusion": one modifier word in three tokens
            continue
        if words == 2 or t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.tag_ == "POS" or t.dep_ == "poss":
            break
        words += 1
        j -= 1
    if j < 0 or doc[j].lower_ not in ("the", "a", "an"):
        return False
    toks = [t for t in ent if not (t.is_punct or t.tag_ == "POS")]
    if not toks or toks[0].lower_ in _FEMALE or toks[0].lower_ in _MALE:
        return False
    e = ent.end
    return not (e + 1 < len(doc) and doc[e].lower_ == "and" and doc[e + 1].text[:1].isupper())


def occupation_led(ent) -> bool:
    """An ORG entity made of an occupation word and a two- or three-word name ("Comedian Milo
    Evans")."""
    if len(ent) < 3:
        return False  # fewer than three tokens: never three words (cheap test first; speed, session 16)
    toks = [t for t in ent if not t.is_punct]
    return (2 < len(toks) <= 4 and toks[0].lower_ in OCCUPATIONS
            and all(t.text[:1].isupper() for t in toks[1:]) and all(t.pos_ == "PROPN" for t in toks[1:]))


def org_typed(ent) -> bool:
    """A name right after "the" + an organisation type word ("the weekly Der Kurier"); with
    :data:`_S10_ORGS2` also a PERSON entity that ends in a word only organisations end in
    (:func:`_org_kind_head`, :data:`_S10_ORG_HEADS2`: "Castleford Town", "Norfell Capital") and a
    one-word name that is no first name right after a business kind word and a lower-case word
    before it ("copper *producer* Andescobre", "rival *grocer* Fernbrook"; :data:`_S10_KIND_WORDS2`).
    Issue 11 genre train, series h (spaCy's small model tags invented firms and clubs PERSON)."""
    doc = ent.doc
    i = ent.start
    if i >= 2 and doc[i - 1].lower_ in ORG_TYPE_WORDS and doc[i - 2].lower_ in ("the", "a", "an"):
        return True
    if _S15_BODY_KIND and ent.label_ == "PERSON" and _kind_led(doc, ent):
        return True  # "The Afro-fusion trio Danfo Drive", "the Lagos record label Ojuelegba Sound" (session 15)
    if not _S10_ORGS2 or ent.label_ != "PERSON":
        return False
    toks = [t for t in ent if not (t.is_punct or t.tag_ == "POS")]
    if _S11_ORG_SHARES and len(toks) >= 2 and toks[0].lower_ not in _FEMALE and toks[0].lower_ not in _MALE \
            and toks[-1].lower_ not in _FEMALE and toks[-1].lower_ not in _MALE and (
            i >= 2 and doc[i - 1].lower_ in ("in", "of") and doc[i - 2].lower_ == "shares"
            or ent.end < len(doc) and ent[-1].tag_ != "POS" and doc[ent.end].lower_ == "shares"
            and doc[ent.end].tag_ == "NNS"):
        return True  # "Shares in Halvorsen Mutual fell", "Halvorsen Mutual shares slide": a listed company
    if _org_kind_head(toks) and len(toks) <= 4 and all(t.text[:1].isupper() or t.text in ("&", "and", "of")
                                                       for t in toks):
        return True  # "Castleford Town", "Norfell Capital" tagged PERSON (not "A United 2-2 B Town")
    if toks and _and_body_tail(doc, ent.end, toks):
        return True  # "[Bedfordshire Fire] and Rescue Service" tagged PERSON: one body's name cut at "and"
    if len(toks) != 1 or i < 2 or not toks[0].text[:1].isupper():
        return False
    kind, mod = doc[i - 1], doc[i - 2]
    return (toks[0].lower_ not in _FEMALE and toks[0].lower_ not in _MALE and kind.text.islower()
            and (kind.lower_ in _S10_KIND_WORDS2 or bool(DESC_KINDS.get(kind.lower_, frozenset()) & _COMMERCIAL))
            and kind.lower_ not in OCCUPATIONS and mod.text.islower() and mod.is_alpha)  # "copper producer Andescobre"


#: Head nouns of places, buildings, institutions, laws and prizes: a PERSON entity that ends in one
#: is named after a person, not a person ("Trump Tower", "the Heisman Trophy", "the Tea Party").
#: Only nouns that are not also common surnames ("Hall", "Park", "Church" are left out).
NON_PERSON_HEADS = frozenset("""tower towers building center centre avenue street boulevard plaza foundation university
institute party trophy award prize act amendment doctrine hotel airport stadium arena museum library hospital
college committee corporation administration campaign""".split())


def _named_after_person(toks: list[Token]) -> bool:
    """Whether a PERSON entity's words (``toks``, punctuation and possessive dropped) end in a
    capitalised :data:`NON_PERSON_HEADS` noun: "Trump Tower" is a building named after a person
    (spaCy's small English model tags it PERSON; it then takes the "Trump" mentions of Donald
    Trump and "he" with them: PolNeAR train, West Journal 2016-04-13)."""
    if not toks or not toks[-1].text[:1].isupper() or toks[-1].lower_ not in NON_PERSON_HEADS:
        return False
    # "Trump Tower"; "the former Heisman *Trophy* winner", where the NER tags the head alone
    before = toks[0].doc[toks[0].i - 1] if toks[0].i > 0 else None
    return len(toks) >= 2 or (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper())


#: Last words that make a PERSON entity an organisation ("Hartley *Rovers*", "Brightwater *Foods*"):
#: kind words that are not also common surnames (no "Post", "Brand", "Carrier", "Banks").
_ORG_ONLY_HEADS = frozenset("""united rovers athletic wanderers albion rangers hotspur fc foods airlines airways
semiconductor therapeutics pharmaceuticals holdings inc ltd plc llc corp corporation bancorp association federation
foundation festival police constabulary council ministry department agency authority commission ombudsman
programme""".split())


#: Switch for session 10's second round of organisation rules, here and in :mod:`.organisations`
#: and :mod:`.org_descriptions` (issue 11 genre train, series h; read there at import): more name-final organisation words
#: (:data:`_S10_ORG_HEADS2`), business kind words (:data:`_S10_KIND_WORDS2`), a name ending in
#: "Water" a company, :func:`org_typed`'s PERSON entities; measurement only, shipped ``True``.
_S10_ORGS2 = True
#: Switch for session 11's listed-company shape (issue 11 genre train, series k): a PERSON entity
#: whose shares the article writes of ("*Shares in* X fell", "X *shares* slide") is a company
#: (:func:`org_typed`); measurement only, shipped ``True``.
_S11_ORG_SHARES = True
#: Switch for session 11's name-final organisation words (:func:`_org_kind_head`; issue 11 genre
#: train, series d and k: "Velora Pharma", "Kestwick Leisure Trust" tagged PERSON): a kind word of
#: :data:`ORG_KIND_OF` heading a name whose first word is no first name, or a word of
#: :data:`_S11_ORG_HEADS3`; measurement only, shipped ``True``.
_S11_ORG_HEADS = True
#: Last words only a company's name ends in ("Velora *Pharma*", "Halvard *Mutual*"): not surnames.
_S11_ORG_HEADS3 = frozenset("""mutual assurance""".split())
#: Kind words of :data:`ORG_KIND_OF` that end surnames or papers' names too: no organisation head alone.
_S11_NOT_HEADS = frozenset("""post mail times chain guardian office express news daily journal herald chronicle
gazette ledger tribune telegraph observer weekly paper station radio campaign program programme service
united""".split())
#: More last words that make a PERSON entity an organisation ("Castleford *Town*", "Norfell
#: *Capital*", "Skylark *Air*"): not common surnames.
_S10_ORG_HEADS2 = frozenset("""town city county water group partners capital air airways ventures investments
bros brothers""".split())


def _org_kind_head(toks: list[Token]) -> bool:
    """Whether a PERSON entity's words (``toks``) end in a word only organisations end in
    (:data:`_ORG_ONLY_HEADS`; with :data:`_S10_ORGS2` also :data:`_S10_ORG_HEADS2`): spaCy's
    small model tags invented clubs and firms PERSON."""
    if len(toks) < 2 or not toks[-1].text[:1].isupper():
        return False
    if toks[-1].lower_ in _ORG_ONLY_HEADS or _S10_ORGS2 and toks[-1].lower_ in _S10_ORG_HEADS2:
        return True
    if not _S11_ORG_HEADS or len(toks) < 2 or not toks[-1].text[:1].isupper():
        return False
    low = toks[-1].lower_
    if low in _S11_ORG_HEADS3:
        return True
    # "Kestwick Leisure *Trust*", "Velora *Pharma*": a kind word as the name's head after a word that
    # is no first name; not a role noun ("Brewer", "Carrier") nor a paper's head ("Post", "Times"), surnames too
    first = toks[0].lower_
    return (low in ORG_KIND_OF and not low.endswith(("er", "or")) and low not in _S11_NOT_HEADS
            and first not in _FEMALE and first not in _MALE)


# -- organisation kinds (issue 11, gold/speakers/genre) -------------------------------------------
#: Organisation kinds by the words of a name, its apposition or the type word before it ("Harvest
#: *Foods*", "Nordavia, the low-cost *airline*", "the trade *publication* Screen Ledger"). A word
#: may say several kinds ("News" is a broadcaster or a paper). Issue 11, gold/speakers/genre.
_KIND_WORDS = {
    "company": """company companies firm inc ltd plc llc corp corporation co group holdings foods food semiconductor
        semiconductors therapeutics pharmaceuticals pharma biotech energy motors technologies technology tech
        systems devices capital partners securities insurance stores brands labs industries enterprises solutions
        logistics chipmaker maker manufacturer retailer supermarket supermarkets grocer chain chains insurer developer
        conglomerate startup miner operator producer drugmaker carmaker automaker studio studios""",
    "airline": "airline airlines airways carrier aviation",
    "bank": "bank bancorp lender",
    "broadcaster": "broadcaster network channel tv television radio station streamer streaming news",
    "paper": """newspaper paper times post journal herald tribune gazette telegraph guardian courier chronicle
        ledger mail express observer daily weekly magazine tabloid publication news""",
    "regulator": "regulator watchdog authority commission ombudsman",
    "agency": "agency programme program organization organisation office fund bureau service",
    "ministry": "ministry department",
    "council": "council borough",
    "club": "club fc united rovers athletic wanderers albion rangers hotspur",
    "union": "union association federation guild",
    "festival": "festival",
    "police": "police constabulary garda",
    "charity": "foundation trust charity alliance campaign society",
}
ORG_KIND_OF: dict[str, frozenset[str]] = {}
for _kind, _words in _KIND_WORDS.items():
    for _w in _words.split():
        ORG_KIND_OF[_w] = ORG_KIND_OF.get(_w, frozenset()) | {_kind}
#: Well-known bodies whose names do not say their kind.
_KNOWN_KINDS = {"bbc": "broadcaster", "itv": "broadcaster", "sky": "broadcaster", "cnn": "broadcaster",
                "nbc": "broadcaster", "abc": "broadcaster", "cbs": "broadcaster", "rte": "broadcaster",
                "reuters": "agency", "ap": "agency", "afp": "agency", "nasa": "agency", "esa": "agency",
                "wfp": "agency", "who": "agency", "unicef": "agency", "nhs": "agency", "fifa": "agency",
                "uefa": "agency", "nfl": "agency", "nba": "agency", "mhra": "regulator", "fda": "regulator",
                "sec": "regulator", "cma": "regulator", "ofcom": "regulator", "ofgem": "regulator", "fca": "regulator",
                "nypd": "police", "lapd": "police", "bma": "union"}
_COMMERCIAL = frozenset({"company", "airline", "bank"})
#: What a description's type word may refer to ("the carrier" is an airline, "the company" any
#: commercial body, "the authority" a regulator, agency or council, "the side" a club).
DESC_KINDS: dict[str, frozenset[str]] = {
    **{w: frozenset({"airline"}) for w in ("airline", "carrier")},
    **{w: _COMMERCIAL for w in ("company", "firm", "business", "conglomerate")},
    "group": _COMMERCIAL | {"charity", "union"},
    **{w: frozenset({"company"}) for w in ("chipmaker", "maker", "manufacturer", "drugmaker", "carmaker", "automaker",
                                           "retailer", "supermarket", "grocer", "chain", "insurer", "startup",
                                           "biotech", "miner", "brand", "studio")},
    **{w: frozenset({"bank"}) for w in ("bank", "lender")},
    **{w: frozenset({"broadcaster"}) for w in ("broadcaster", "network", "channel", "station", "streamer")},
    **{w: frozenset({"paper"}) for w in ("newspaper", "paper", "tabloid", "publication", "magazine", "daily", "weekly")},
    "outlet": frozenset({"paper", "broadcaster"}),
    **{w: frozenset({"regulator"}) for w in ("regulator", "watchdog")},
    "authority": frozenset({"regulator", "council", "agency"}),
    "agency": frozenset({"agency", "regulator"}),
    "ministry": frozenset({"ministry"}), "department": frozenset({"ministry", "agency", "police"}),
    "council": frozenset({"council"}), "city": frozenset({"council", "place"}), "town": frozenset({"council", "place"}),
    **{w: frozenset({"club"}) for w in ("club", "team", "side", "franchise")},
    "union": frozenset({"union"}), "festival": frozenset({"festival"}),
    **{w: frozenset({"police"}) for w in ("police", "force", "constabulary")},
    **{w: frozenset({"charity"}) for w in ("charity", "foundation", "trust")},
    **{w: frozenset({"charity", "agency", "union"}) for w in ("organisation", "organization")},
}
#: Business kind words of :data:`_S10_ORGS2` ("The discounter", "the wholesaler"): company
#: descriptions (:data:`DESC_KINDS`) and name or apposition kind words (:data:`ORG_KIND_OF`). Not
#: words a person may be called ("producer", "developer", "operator" stay role words).
_S10_KIND_WORDS2 = ("discounter", "wholesaler", "processor", "brewer", "distiller", "refiner", "exporter",
                    "importer", "housebuilder", "shipbuilder", "bottler", "dairy", "bakery")
if _S10_ORGS2:
    for _w in _S10_KIND_WORDS2:
        DESC_KINDS[_w] = frozenset({"company"})
        ORG_KIND_OF[_w] = ORG_KIND_OF.get(_w, frozenset()) | {"company"}
#: Switch for session 12's mutual kind words (issue 11 genre train, series m): a mutual is a
#: building society or an insurer ("Halcombe Mutual", "The mutual said"), "the society" may be a
#: building society (a name ending "Building Society" is a bank, :func:`_word_kinds`), "the
#: forecaster" a weather service (an agency) or a forecasting firm; read at import, shipped ``True``.
_S12_ORG_KINDS = True
if _S12_ORG_KINDS:
    DESC_KINDS["mutual"] = frozenset({"bank", "company"})
    ORG_KIND_OF["mutual"] = ORG_KIND_OF.get("mutual", frozenset()) | {"bank", "company"}
    DESC_KINDS["society"] = frozenset({"charity", "bank"})
    DESC_KINDS["forecaster"] = frozenset({"agency", "company"})
#: Switch for session 14's type words (series q, genre train; UK press style): "the service" is a
#: public service (a fire and rescue, ambulance or health service: an agency, "service" ending its
#: name, :data:`_KIND_WORDS`) or a streaming service; newspapers' name words beyond the
#: classic heads ("Manchester Evening *Record*", "the *Echo*", "Northern *Echo*", "the *Argus*");
#: a name holding "Broadcasting" is a broadcaster ("Ghana Broadcasting Corporation", :func:`_word_kinds`);
#: read at import, shipped ``True``.
_S14_ORGQ_TYPE_WORDS = True
#: Session 14 (documents; genre train series q, wire copy): a name of three or more words that is
#: the tail of the one fuller person name the article writes ("A letter from *Mint Ahmed Salem*"
#: after "Mariem Mint Ahmed Salem") is that person (rule 1 of ``gold/speakers/README.md``: the
#: fullest name form); names of two words already go through ``_full_name_for``. ``False`` gives
#: the old behaviour.
_S14_DOC_TAIL_NAME = True
if _S14_ORGQ_TYPE_WORDS:
    DESC_KINDS["service"] = frozenset({"agency", "broadcaster"})
    for _w in ("record", "echo", "argus", "sentinel", "dispatch", "advertiser", "examiner", "enquirer", "inquirer",
               "bulletin", "recorder"):
        ORG_KIND_OF[_w] = ORG_KIND_OF.get(_w, frozenset()) | {"paper"}
#: Switch for session 12's name heads of insurers (org round 3, genre train): a name ending
#: "Assurance" ("Corrin Assurance") is a company, as one ending "Insurance" is; read at import.
_S12_ORG3_KINDS = True
if _S12_ORG3_KINDS:
    ORG_KIND_OF["assurance"] = ORG_KIND_OF.get("assurance", frozenset()) | {"company"}
#: Switch for session 15's name heads (series u, genre train; org descriptions): in a name "<W> of
#: <…>" whose word before the first "of" is a kind word and whose last word is none, that word is the
#: head ("*Ministry* of Energy and Mines" is a ministry, not an energy company; "*Department* of
#: Health", "*Bank* of Ghana"), unless a legal suffix ends the name ("Bank of America *Corp*"); a plural of a business
#: kind word heads a name as its singular does ("Hollins & Pryce *Bakeries*", "Tamsin *Brewers*";
#: not "Networks", whose singular says a broadcaster); "Records"/"Recordings" ends a record
#: label's name (a company, not the newspaper word "Record"). :func:`_word_kinds`; ``False`` gives
#: the old heads.
_S15_ORG_NAME_HEAD = True
_S15_COMPANY_PLURALS = frozenset({"records", "recordings"})
if _S15_ORG_NAME_HEAD:
    for _w in _S15_COMPANY_PLURALS:
        ORG_KIND_OF[_w] = frozenset({"company"})  # "Northbound Records": a label's name, no person's
_S15_LEGAL_SUFFIXES = frozenset({"inc", "ltd", "plc", "llc", "corp", "corporation", "co", "group", "holdings", "sa",
                                 "ag", "nv", "limited"})
#: Switch for session 15's institutions (series u, genre train; org descriptions): a name holding
#: "School", "University", "Hospital", "Museum", "Infirmary", "Academy" or ending "Primary" and no
#: kind word of :data:`ORG_KIND_OF` ("Hollins Brook Primary School", "Castlegate Primary") has the
#: kind "institution", which no description word of :data:`DESC_KINDS` says, so "The local
#: authority", "the company", "the regulator", "the union" or "the group" is no school, hospital,
#: university or museum (rule 3 of ``gold/speakers/README.md``); :func:`_word_kinds`. Only
#: :func:`_word_kinds` reads these words (no new name-head word). ``False`` gives the old kinds.
_S15_ORG_INSTITUTION = True
_S15_INSTITUTION_WORDS = frozenset({"school", "university", "hospital", "museum", "infirmary", "academy", "primary"})
#: Prepositions that make a word after them no head of an apposition ("the head *of* the airline").
_APPOS_PREPS = frozenset({"of", "at", "for", "in", "from", "to", "by", "with", "on", "about", "and"})


def _s10_orgs3() -> bool:
    """:data:`~.org_descriptions._S10_ORGS3`, read when called (that module imports this one)."""
    from . import org_descriptions
    return org_descriptions._S10_ORGS3


#: Switch for session 16 round 2 (r2b, genre train series w: "The Sindicato de Pilotos de Línea …"
#: that a headline calls "union"): a name in a language that puts its head first ("Sindicato de …",
#: "Ministerio de …", "Gewerkschaft der …") whose words hold no English kind word has the kind of its
#: first word's English equivalent (:data:`_S16_FOREIGN_HEADS`; :func:`_word_kinds`); shipped ``True``.
_S16_R2B_FOREIGN_HEADS = True
#: First words of foreign bodies' names (lower case) → the English kind word of :data:`ORG_KIND_OF`
#: (Spanish, Portuguese, Italian, French, German, Dutch; common wire-copy forms only).
_S16_FOREIGN_HEADS = {
    **{w: "union" for w in ("sindicato", "sindicat", "sindacato", "syndicat", "gewerkschaft", "vakbond",
                            "confederación", "confederação", "confederazione", "confédération", "federación",
                            "federação", "federazione", "fédération", "asociación", "associação", "associazione")},
    **{w: "ministry" for w in ("ministerio", "ministério", "ministero", "ministère", "ministerium", "ministerie")},
    **{w: "bank" for w in ("banco", "banca", "banque")},
    **{w: "police" for w in ("policía", "polícia", "polizia", "polizei", "politie", "gendarmerie", "guardia")},
    **{w: "company" for w in ("compañía", "companhia", "compagnie", "grupo", "gruppo", "groupe", "empresa",
                              "société", "sociedad", "società")},
    **{w: "council" for w in ("ayuntamiento", "ajuntament", "comune", "mairie", "consejo", "conselho", "consiglio",
                              "conseil")},
    **{w: "agency" for w in ("agencia", "agência", "agenzia", "agence", "instituto", "istituto", "institut")},
}


def _word_kinds(words) -> set[str]:
    """The organisation kinds the lower-cased name ``words`` say: those of the last kind word
    (the name's head: "Securities and Exchange *Commission*" is a regulator, not a company), and
    "police" wherever it stands ("New York Police Department"); "airline" for a name ending in
    "Air" ("Skylark Air"; issue 11 genre train, series d); a well-known name's kind
    (:data:`_KNOWN_KINDS`); a foreign name's head-first word (:data:`_S16_R2B_FOREIGN_HEADS`:
    "sindicato de pilotos" → union)."""
    out: set[str] = set()
    heads = [w for w in words if w in ORG_KIND_OF]
    if _S16_R2B_FOREIGN_HEADS and not heads:
        words = list(words)
        if words and words[0] in _S16_FOREIGN_HEADS:
            heads = [_S16_FOREIGN_HEADS[words[0]]]  # "Sindicato de Pilotos de Línea": a union
    if _S15_ORG_NAME_HEAD:
        words = list(words)
        if "of" in words:
            i = words.index("of")
            if i > 0 and words[i - 1] in ORG_KIND_OF and words[-1] not in _S15_LEGAL_SUFFIXES:
                heads = [w for w in words[:i] if w in ORG_KIND_OF]  # "Ministry of Energy and Mines"
        if words and not heads:
            w = words[-1]
            one = w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else ""
            if w in _S15_COMPANY_PLURALS or ORG_KIND_OF.get(one) == frozenset({"company"}):
                out.add("company")  # "Hollins & Pryce Bakeries", "Northbound Records"
    if heads:
        out |= ORG_KIND_OF[heads[-1]]
    if "police" in words:
        out.add("police")
    if _S15_ORG_INSTITUTION and not heads and any(w in _S15_INSTITUTION_WORDS for w in words):
        out.add("institution")  # "Hollins Brook Primary School": no authority, company, regulator or union
    if _S14_ORGQ_TYPE_WORDS and "broadcasting" in words:
        out.add("broadcaster")  # "Ghana Broadcasting Corporation": a broadcaster, whatever its head (session 14)
    if _S12_ORG_KINDS and len(words) >= 3 and tuple(words[-2:]) == ("building", "society"):
        out = {"bank"}  # "Pennine Way Building Society": a mutual lender, no charity
    if len(words) >= 2 and words[-1] == "air" and not heads:
        out.add("airline")  # "Skylark Air": "Air" as a name's last word ("Air Force" is none)
    if _S10_ORGS2 and len(words) >= 2 and words[-1] == "water" and not heads:
        out.add("company")  # "Marches Water": a water company ("Severn Institute for Water" ends otherwise)
    for w in words:
        if w in _KNOWN_KINDS:
            out.add(_KNOWN_KINDS[w])
    return out


#: The patterns of :func:`_context_words`, compiled once (speed, session 11).
_CTX_APPOS = re.compile(r"\s*(?:,|\(|[—–])\s*(?:the|a|an|its)\s+((?:[\w'’-]+\s+){0,5}?)([a-z]+?)s?\s*(?=[,.;)—–]|\s+(?:which|that|whose|based|with)\b)")
#: Switch for session 14's apposition heads before "of" (series q, genre train): "X, the
#: Cambridge-based *maker* of the Y patch," types X by "maker" (:func:`_context_words_of`); shipped ``True``.
_S14_ORGQ_APPOS_OF = True
_S14_CTX_APPOS_OF = re.compile(r"\s*(?:,|\(|[—–])\s*(?:the|a|an|its)\s+((?:[\w'’-]+\s+){0,3}?)([a-z]+?)s?\s+of\b")
_CTX_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+((?:[\w-]+\s+){0,3}?)([a-z]+)\s+$")
_CTX_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


#: Session 12 (speed): per-article memos (:func:`_context_words`, :meth:`EntityRegistry._nouns` from
#: the Doc's arrays by NumPy); ``False`` gives the old code paths (same results).
_S12_SPEED = True
#: :func:`_context_words` results of the last text read: ``[text, {(start, end): words}]``.
_CTX_MEMO: list = [None, {}]


#: Session 15 (speed, per-article setup): :func:`_context_words` answers "no type word" without
#: its patterns where no kind word lies within the name's window (:func:`_may_have_context_words`);
#: ``False`` gives the old code path (the same results).
_S15_SPEED_CTX = True
#: Start offsets (characters) of the text's kind-word runs, for the last text read: ``[text, [int]]``.
_CTX_KIND_POS: list = [None, []]
#: The kind-word pattern of :func:`_kind_run_starts` and the keys it was built from: ``[keys, pattern]``.
_CTX_KIND_RX: list = [None, None]


def _word_trie_pattern(words) -> str:
    """A regular expression (no groups) matching exactly the strings of ``words``, written as a
    trie ("firm(?:ware)?") so that a search tries one branch per character, not one per word."""
    trie: dict = {}
    for w in words:
        d = trie
        for ch in w:
            d = d.setdefault(ch, {})
        d[""] = {}

    def emit(d: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(d.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in d else body
    return emit(trie)


def _kind_run_starts(text: str) -> list[int]:
    """Sorted start offsets (characters) of the maximal ``[a-z]+`` runs of ``text`` that are a key
    of :data:`ORG_KIND_OF` or :data:`DESC_KINDS`, or one such key and a final "s"; one regex pass
    per text (kept for the last text read)."""
    memo = _CTX_KIND_POS
    if memo[0] is not text:
        keys = frozenset(ORG_KIND_OF.keys() | DESC_KINDS.keys())
        if _CTX_KIND_RX[0] != keys:
            _CTX_KIND_RX[:] = [keys, re.compile(r"(?<![a-z])(?:" + _word_trie_pattern(keys) + r")s?(?![a-z])")]
        memo[1] = [m.start() for m in _CTX_KIND_RX[1].finditer(text)]
        memo[0] = text
    return memo[1]


def _may_have_context_words(text: str, start: int, end: int) -> bool:
    """``False`` only where :func:`_context_words_of` is empty for the name at ``[start, end)``.
    Every word it keeps is a key of :data:`ORG_KIND_OF` or :data:`DESC_KINDS` and comes from one
    of its patterns: those before the name (``_CTX_BEFORE``, ``_CTX_WIRE``, ``_CTX_FRONT``) and the
    appositions after it (``_CTX_APPOS``, ``_S14_CTX_APPOS_OF``) take a whole ``[a-z]+`` run (or the
    run less a final "s") with a blank before it and no ``[a-z]`` after it, inside
    ``[start - 80, end + 90)``: such a run of a kind word starts there (:func:`_kind_run_starts`);
    ``_CTX_AFTER`` (whose window may cut a word) and "manufacturer" (``_MAKES_AFTER``) are
    tested as :func:`_context_words_of` does."""
    starts = _CTX_KIND_POS[1] if _CTX_KIND_POS[0] is text else _kind_run_starts(text)
    i = bisect_left(starts, start - 80)
    if i < len(starts) and starts[i] < end + 90:
        return True
    # ``_CTX_AFTER`` opens with a blank: not tried where none follows the name
    a = _CTX_AFTER.match(text, end, end + 20) if text[end:end + 1] in (" ", "\t") else None
    if a and (a.group(1) in ORG_KIND_OF or a.group(1) in DESC_KINDS):
        return True
    return bool(_S12_ORG_KINDS and text.startswith(",", end) and _MAKES_AFTER.match(text, end, end + 40))


def _context_words(text: str, start: int, end: int) -> set[str]:
    """Type words (a fresh set each call, kept per text and extent: :data:`_S12_SPEED`)."""
    if not _S12_SPEED:
        return _context_words_of(text, start, end)
    memo = _CTX_MEMO
    if memo[0] is not text:
        memo[0], memo[1] = text, {}
    got = memo[1].get((start, end))
    if got is None:
        got = memo[1][(start, end)] = frozenset() if _S15_SPEED_CTX and not _may_have_context_words(
            text, start, end) else frozenset(_context_words_of(text, start, end))
    return set(got)


#: Session 12 (speed, round 3): :func:`_context_words_of` searches for a type word before the name
#: only where the last word before it is a kind word (:func:`_last_word_kind`); ``False`` gives the
#: old code path (the same results).
_S12_SPEED3 = True


def _last_word_kind(left: str) -> bool:
    """Whether the last blank-separated word of ``left`` (the text before a name) is a key of
    :data:`ORG_KIND_OF` or :data:`DESC_KINDS`. Both patterns of :func:`_context_words_of` that read
    the words before the name (``_CTX_BEFORE``; the wire-style "copper *miner* Andescobre") can add
    only that word, a whole blank-separated word followed by blanks only, and its result keeps only
    such keys: where this is ``False``, neither can change the result."""
    tail = left.rstrip().rsplit(None, 1)
    w = tail[-1] if tail else ""
    return w in ORG_KIND_OF or w in DESC_KINDS


def _context_words_of(text: str, start: int, end: int) -> set[str]:
    """Type words a name at ``[start, end)`` gets from its surroundings (those of
    :data:`ORG_KIND_OF` or :data:`DESC_KINDS`): the head of an apposition ("Nordavia, *the
    Scandinavian low-cost airline*,"), a type word right before it ("the trade *publication*
    Screen Ledger", "the chipmaker Veritas") or right after it ("Family Circle *magazine*"), or the
    head of a description before the name and its comma ("The country's aviation *authority*, the
    KCAA,"; :data:`_S12_ORG3_FRONT`). The word must be the phrase's head: no preposition before it
    ("Aas, the chief executive *of the airline*" says nothing of Aas)."""
    out: set[str] = set()
    m = _CTX_APPOS.match(text, end, end + 90)
    if m and not set(m.group(1).lower().split()) & _APPOS_PREPS:
        out.add(m.group(2).lower())
    elif m is None and _S14_ORGQ_APPOS_OF:
        # "Lumira Health, the Cambridge-based *maker* of the GlucoSense 3 patch,": a kind word as the
        # apposition's head before its "of" phrase (session 14); a kind word only
        m = _S14_CTX_APPOS_OF.match(text, end, end + 60)
        if m and not set(m.group(1).lower().split()) & _APPOS_PREPS and (
                m.group(2).lower() in ORG_KIND_OF or m.group(2).lower() in DESC_KINDS):
            out.add(m.group(2).lower())
    # ``x if x > 0 else 0`` for ``max(0, x)`` here and below: the same offsets, no builtin call per
    # name (speed, session 13)
    lo = start - 60
    left = text[lo if lo > 0 else 0:start]
    # the pattern ends in blanks: a text with none right before the name is not searched (speed);
    # nor one whose last word before the name is no kind word (:func:`_last_word_kind`)
    b = _CTX_BEFORE.search(left) if left[-1:].isspace() and (not _S12_SPEED3 or _last_word_kind(left)) else None
    if b and not set(b.group(1).lower().split()) & _APPOS_PREPS:
        out.add(b.group(2))
    a = _CTX_AFTER.match(text, end, end + 20)
    if a:
        out.add(a.group(1))
    if _S10_ORGS2 and b is None:
        # "fined copper *miner* Andescobre", "rival *grocer* Fernbrook": a business kind word and a
        # lower-case word before it, no determiner (wire style); no occupation ("film producer")
        lo = start - 40
        lead = text[lo if lo > 0 else 0:start]
        # the pattern's word can only be the last blank-separated word of ``lead`` (final blanks and
        # a final newline off): test that word first, so that the pattern runs only when it may count
        last = (lead[:-1] if lead.endswith("\n") else lead).rstrip(" \t")
        sp, tab = last.rfind(" "), last.rfind("\t")
        w = last[(sp if sp > tab else tab) + 1:]
        if w not in OCCUPATIONS and (w in _S10_KIND_WORDS2 or DESC_KINDS.get(w, frozenset()) & _COMMERCIAL):
            c = _CTX_WIRE.search(lead)
            if c and c.group(1) not in OCCUPATIONS and (
                    c.group(1) in _S10_KIND_WORDS2 or DESC_KINDS.get(c.group(1), frozenset()) & _COMMERCIAL):
                out.add(c.group(1))
    if _S12_ORG_KINDS and text.startswith(",", end) and _MAKES_AFTER.match(text, end, end + 40):
        out.add("manufacturer")  # "Calvora Home, which makes the Lumo heater,": a manufacturer (series m)
    lo = start - 6
    lo = lo if lo > 0 else 0
    if _S12_ORG3_FRONT and (text.endswith(", ", lo, start) or text.endswith(", the ", lo, start)):
        # "The country's aviation *authority*, the KCAA,", "a rival *firm*, Western Isles Ferries,":
        # the description before the name in apposition is its type (its head, no preposition in it)
        lo = start - 80
        f = _CTX_FRONT.search(text, lo if lo > 0 else 0, start)
        if f and not set(f.group(1).lower().split()) & _APPOS_PREPS and f.group(2) not in OCCUPATIONS \
                and f.group(2) not in _FRONT_NOT:
            out.add(f.group(2))
    return {w for w in out if w in ORG_KIND_OF or w in DESC_KINDS}


#: The wire-style type word before a name ("fined copper *miner* Andescobre"; :func:`_context_words_of`).
_CTX_WIRE = re.compile(r"\b[a-z]+[ \t]+([a-z]+)[ \t]+$")
#: ", which makes …" after a name: the body is a manufacturer (:data:`_S12_ORG_KINDS`).
_MAKES_AFTER = re.compile(r",\s*which\s+(?:makes|manufactures|builds|produces)\b")
#: Switch for session 12's fronted apposition (org round 3, genre train): a name right after a
#: description and its comma ("The country's aviation authority, the KCAA,", "The developer,
#: Greystone Homes,") takes the description's head as a type word in :func:`_context_words_of`
#: (rule 3 of gold/speakers/README.md: the article's own words say what the body is); shipped ``True``.
_S12_ORG3_FRONT = True
#: The fronted description: a determiner or possessor, up to three modifiers, the head (group 2) and
#: the comma before the name (group 1 the modifiers).
_CTX_FRONT = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Aa]nother)|[\w’'-]+(?:'s|’s))\s+"
                        r"((?:[\w’'-]+\s+){0,3}?)([a-z]+),\s+(?:the\s+)?$")
#: Heads of a fronted description that a person is also called ("the bureau's chief forecaster,
#: Marites Eusebio"): no type word.
_FRONT_NOT = frozenset({"forecaster", "owner", "promoter", "producer", "publisher"})


def _context_kinds(words: set[str]) -> set[str]:
    """The kinds the type words ``words`` (:func:`_context_words`) say."""
    out: set[str] = set()
    for w in words:
        out |= ORG_KIND_OF.get(w, frozenset()) | DESC_KINDS.get(w, frozenset())
    return out


def _not_a_person(t: Token, cands: Candidates) -> bool:
    """Whether the subject noun ``t`` names an organisation or a thing, not someone a he/she could
    be ("*The Kenyan government* disputes the figures. Interior Cabinet Secretary Grace Wanjiru
    told reporters … She accused …": the government is no rival for "she"; issue 11)."""
    low = t.lower_
    if low in ORG_HEADS or low in DESC_KINDS or low in DOC_NOUNS or low in ORG_KIND_OF:
        return True
    return t.pos_ == "PROPN" and any(c.kind == "organization" and any(s <= t.idx < e for s, e, _, _ in c.mentions)
                                     for c in cands.clusters)



def _one_space(name: str) -> str:
    """``name`` with each run of spaces made one space when session 11's switch
    (:data:`~.names._S11_NOISE_NAMES`) is on: a name read from a text whose character references
    were padded to their length (:func:`saidwhat.pipeline.entity_text`)."""
    from . import names

    return names._SPACE_RUN.sub(" ", name) if names._S11_NOISE_NAMES else name


class EntityRegistry:
    """The speakers of one article as they are found: mixed into
    :class:`~saidwhat.pipeline.speakers.SpeakerResolver`, whose ``entities`` (key → record),
    ``order`` (keys by creation), ``_anon`` (count of unnamed speakers), ``named`` and ``cands``
    it uses. Keys: ``P:<full name>`` for a person, ``O:<name>`` for an organisation,
    ``U:<description>`` or ``A:<n>``/``U:<n>`` for speakers with no name."""

    entities: dict[str, _Entity]
    order: list[str]
    _anon: int
    named: list[NamedMention]
    cands: Candidates

    def _entity(self, key: str, name: str | None, kind: str, role: str | None, pos: int) -> _Entity:
        """The speaker record ``key``, created (first resolved at ``pos``) if new. An organisation
        named by a short form is its full name ("Harvest" → Harvest Foods:
        :meth:`~.organisations.OrganisationRules._full_org_name`); ``role`` fills an empty role."""
        if kind == "organization" and name:
            full = self._full_org_name(name)
            if full is not None:
                key, name = "O:" + full.lower(), full  # "Harvest" is Harvest Foods (issue 11)
                from . import organisations as _orgs
                if _orgs._S14_ONAME_BANK_OF and " of " in full:
                    name = self._place_of_cut(full)  # "Gulf Meridian" → Gulf Meridian Bank (of Bahrain) (session 14)
                    key = "O:" + name.lower()
            from . import organisations as _orgs
            clean = _orgs.clean_org_name(name)
            if clean != name:
                key, name = "O:" + clean.lower(), clean  # "Kessling Bank.</p>" (session 14, _S14_ONAME_CLEAN)
        elif name and "<" in name:
            from . import organisations as _orgs
            clean = _orgs.clean_org_name(name)
            if clean != name and _orgs._S14_ONAME_CLEAN:
                key, name = key[:2] + clean.lower(), clean  # a person-typed "Kessling Bank.</p>" (session 14)
        ent = self.entities.get(key)
        if ent is None:
            ent = _Entity(key, name, kind, role, first=pos)
            self.entities[key] = ent
            self.order.append(key)
        elif role and not ent.role:
            ent.role = role
        return ent

    def _organization(self, name: str, pos: int, role: str | None = None) -> str:
        """Key of the organisation speaker ``name`` (key ``O:`` + the name lower-cased; a short form
        of a business or club is its full name: :meth:`_entity`), created at ``pos`` if new."""
        if "  " in name:
            name = _one_space(name)  # session 11: "Alder      Falls" read from "Alder&nbsp;Falls"
        if _s10_orgs3():
            name = self._written_full_org_name(name)  # "General Hospital" → "Sevenbridge General Hospital"
        if " of " in name:
            name = self._place_of_cut(name)  # "Veltria Diagnostics of Stuttgart" → "Veltria Diagnostics"
        name = self._initialism_full(name)  # "General Fisheries Commission" → "… for the Mediterranean" (session 14)
        key = "O:" + name.lower()
        return self._entity(key, name, "organization", role, pos).key

    def _person(self, name: str, role: str | None, pos: int) -> _Entity:
        """The person record for ``name`` (with ``role``) resolved at ``pos``. A surname or short
        name becomes the full name the article writes (:meth:`~.names.NameRules._full_name_for`);
        the name joins a person already found with the same surname when the first names agree or
        one of the two is a surname alone (not a surname alone while two people of that surname
        are named); a one-word name with no full name that is an organisation's short form is
        that organisation ("Veritas" tagged PERSON for Veritas Semiconductor). A joint name
        ("Khizr and Ghazala Khan", :func:`~.names.joint_names`) is a speaker of its own, never
        merged with either person's (rule 6 of ``gold/speakers/README.md``)."""
        if "  " in name:
            name = _one_space(name)  # session 11: "Ana      Roe" read from "Ana&nbsp;Roe"
        parts = name.split()
        if len(parts) >= 2 and "(" in self.text:
            from . import organisations as _orgs
            if _orgs._S14_ONAME_INITIALS and name in self._initialisms().values():
                # "Port Autonome de Dakar (PAD)" tagged PERSON: a bracketed initialism names a body (session 14)
                return self._entity("O:" + name.lower(), name, "organization", None, pos)
        if _S9_JOINT and " and " in name:
            # "Khizr and Ghazala Khan": a joint name stays joint, apart from each person's own
            # (rule 6 of gold/speakers/README.md; :func:`~.names.joint_names`)
            return self._entity("P:" + name.lower(), name, "person", role, pos)
        if 2 <= len(parts) <= 3:
            full = self._full_org_name(name)  # organisations._S13_SHORT_PREFIX (None when off)
            if full is not None:
                # "Pennine Ridge, which as a mutual …" (tagged PERSON) for Pennine Ridge Building Society
                return self._entity("O:" + full.lower(), full, "organization", None, pos)
        if len(parts) == 1 and self._full_name_for(name, pos) is None:
            full = self._full_org_name(name)
            if full is None and _s10_orgs3():
                full = self._written_full_org_name(name)  # "Guild", always written "Midwives' Guild"
                full = full if full != name and _word_kinds(norm_tokens(full)) else None
            if full is not None:
                # "Veritas" (tagged PERSON) for Veritas Semiconductor: a short form (issue 11)
                return self._entity("O:" + full.lower(), full, "organization", None, pos)
        full = name
        m = self._full_name_for(name, pos) if len(parts) <= 2 else None
        if m is not None and (len(parts) == 1 or norm_tokens(m.name)[-len(parts):] == norm_tokens(name)):
            full = m.name
            role = role or m.role
        elif len(parts) > 1:
            m = next((m for m in self.named if m.name == name and m.role), None)
            role = role or (m.role if m else None)
            if _S14_DOC_TAIL_NAME and m is None and len(parts) >= 3:
                # "Mint Ahmed Salem" for "Mariem Mint Ahmed Salem" (session 14)
                toks = norm_tokens(name)
                tails = {c.name for c in self.cands.clusters if c.kind == "person"
                         and len(c.tokens) > len(toks) and c.tokens[-len(toks):] == toks}
                if len(tails) == 1:
                    full = tails.pop()
        # key: the surname plus first name when known, so two people sharing a surname stay apart
        key = "P:" + full.lower()
        # merge a new full name into an existing entity with the same surname only when one
        # name is a prefix-free extension of the other ("Bashar Assad" vs "Bashar al-Assad")
        firsts = self._firsts_of(full.lower().split()[-1])
        for k, e in self.entities.items():
            if e.kind == "person" and e.name and e.name.lower().split()[-1] == full.lower().split()[-1] \
                    and not (_S9_JOINT and " and " in e.name):
                a, b = e.name.lower().split(), full.lower().split()
                if len(a) == 1 and len(b) > 1 and len(firsts) > 1:
                    continue  # "Trump" alone while Donald and Ivanka Trump are both named: not merged
                if a[0] == b[0] or len(a) == 1 or len(b) == 1:
                    if len(b) > len(a):
                        e.name = full
                    return self._entity(k, e.name, "person", role, pos)
        return self._entity(key, full, "person", role, pos)

    def _nouns(self) -> tuple[dict[str, list[int]], list[int]]:
        """The Doc's common nouns by lower-cased word (``lower_`` → token indices, ascending) and
        the indices of its nouns and proper nouns (ascending), read once per article from the
        Doc's arrays: rules that look back for an earlier noun visit only these tokens (spaCy makes
        a Token object for every token a loop visits). Do not modify the returned containers."""
        got = self.__dict__.get("_nouns_memo")
        if got is None or got[0] is not self.doc:
            doc = self.doc
            strings = doc.vocab.strings
            by_lower: dict[str, list[int]] = {}
            nominal: list[int] = []
            if _S12_SPEED and len(doc):
                # the noun rows picked from the arrays (NumPy), not a Python step per token (speed, session 12)
                arr = doc.to_array([LOWER, POS])
                is_noun = arr[:, 1] == NOUN
                nouns = is_noun.nonzero()[0]
                for i, low in zip(nouns.tolist(), arr[nouns, 0].tolist()):
                    by_lower.setdefault(strings[low], []).append(i)
                nominal = (is_noun | (arr[:, 1] == PROPN)).nonzero()[0].tolist()
            for i, (low, pos) in enumerate(doc.to_array([LOWER, POS]).tolist() if len(doc) and not _S12_SPEED else []):
                if pos == NOUN:
                    by_lower.setdefault(strings[low], []).append(i)
                if pos == NOUN or pos == PROPN:
                    nominal.append(i)
            got = self._nouns_memo = (doc, by_lower, nominal)
        return got[1], got[2]

    def _firsts_of(self, surname: str) -> set[str]:
        """The first words (:func:`~saidwhat.pipeline.coref.norm_tokens`) of the full names of
        :attr:`named` (two words or more) whose last word, lower-cased, is ``surname``; built once
        per surname and article (:meth:`_person` asks it for every resolved name). Do not modify
        the returned set."""
        memo = self.__dict__.get("_firsts_memo")
        if memo is None or memo[0] is not self.named:
            by_last: dict[str, list] = {}  # the full names by lower-cased last word, in order (one pass)
            for m in self.named:
                if len(m.name.split()) >= 2:
                    by_last.setdefault(m.name.lower().split()[-1], []).append(m)
            memo = self._firsts_memo = (self.named, {}, by_last)
        got = memo[1].get(surname)
        if got is None:
            got = memo[1][surname] = {norm_tokens(m.name)[0] for m in memo[2].get(surname, ())}
        return got

    def _first_of_org_and_body(self, span, start: int) -> str | None:
        """A joint source of a named organisation and a body described in lower case, "Pennine
        Connect and the combined authority", "Acme Water and the county government": the
        first-named organisation (rule 6 of ``gold/speakers/README.md``; the two-name form is
        :meth:`~.org_descriptions.OrgDescriptionRules._first_party`). The first part is a capitalised run
        of two to six words, no person's name (:attr:`named`) nor a person cluster; the second is
        "the" + up to four lower-case words ending in an organisation head (:data:`ORG_HEADS`,
        "authority", "trust", "regulator"). ``None`` for any other mention. Issue 11, genre train
        series f (:data:`_S9_JOINT2`)."""
        if not _S9_JOINT2:
            return None
        text = span_text(span)
        m = _ORG_AND_BODY.match(text)
        if m is None or m.group(2).split()[-1] not in ORG_HEADS | {"authority", "authorities", "trust", "regulator"}:
            return None
        a, b = start + m.start(1), start + m.end(1)
        if any(n.start < b and a < n.end for n in self.named):
            return None  # "Jane Roe and the council": a person, the name rules decide
        org = self.cands.cluster_of(a, b)
        if org is not None and org.kind == "person":
            return None
        # the whole capitalised run is the name ("Tumaini Water Kenya", where the NER found "Kenya")
        self.via, self.confidence = "organization", 0.7
        return self._organization(m.group(1), start)

    def _org_after_possessor(self, span, start: int) -> str | None:
        """A place's or body's possessive before an organisation's name, the whole mention:
        "Denmark's Ministry of Food, Agriculture and Fisheries", "Kenya's Ministry of Health" →
        the organisation, named as the NER's ORG entity after the possessive (the possessor says
        whose body it is, as a place's possessive before a person's name does: "Brazil's Camila
        Duarte"; rule 3 of ``gold/speakers/README.md``). The possessor is a GPE, NORP or ORG
        entity; the ORG entity opens right after "'s", starts with a capitalised word and runs to
        the mention's end (trailing punctuation aside) or past it (a source span cut at the name's
        comma: "Norway's Ministry of Trade|, Industry and Fisheries"). ``None`` for any other
        mention. Issue 11, genre train series f (:data:`_S9_JOINT2`)."""
        if not _S9_JOINT2 or span is None or len(span) < 4:
            return None
        toks = [t for t in span if not (t.is_punct and t.i == span.end - 1)]
        pos_i = next((k for k, t in enumerate(toks[:4]) if t.tag_ == "POS" or t.text in ("'s", "’s")), None)
        if pos_i is None or pos_i == 0 or pos_i + 1 >= len(toks):
            return None
        if any(t.ent_type_ not in ("GPE", "NORP", "ORG") for t in toks[:pos_i]):
            return None
        first = toks[pos_i + 1]
        if first.ent_type_ != "ORG" or first.ent_iob_ != "B" or not first.text[:1].isupper():
            return None
        ent = next((e for e in doc_ents(span.doc) if e.start == first.i), None)
        if ent is None or ent.end < toks[-1].i + 1:
            return None
        self.via, self.confidence = "organization", 0.9
        return self._organization(re.sub(r"\s+", " ", ent.text), start)

    def _new_unnamed(self, kind: str, pos: int, *, same_as: str | None = None) -> str:
        """A speaker with no name. Definite descriptions written the same way ("my father", "the
        treasurer") are one speaker within the article (``same_as``); pronouns and indefinite,
        anonymous sources ("one official") are each their own."""
        if same_as:
            key = "U:" + re.sub(r"\W+", " ", same_as).strip().lower()
            if key != "U:":
                return self._entity(key, None, kind, None, pos).key
        self._anon += 1
        return self._entity(f"{kind[0].upper()}:{self._anon}", None, kind, None, pos).key

    def _cluster_for(self, ent: _Entity) -> Cluster | None:
        """The candidate cluster (:class:`~saidwhat.pipeline.coref.Cluster`) of the speaker
        ``ent``: the same name words, or the same kind and the same first and last word; ``None``
        when there is none (or ``ent`` has no name)."""
        if not ent.name or _S9_JOINT and ent.kind == "person" and " and " in ent.name:
            return None  # a joint name ("Khizr and Ghazala Khan") is no one cluster
        toks = norm_tokens(ent.name)
        for c in self.cands.clusters:
            if c.tokens == toks or (c.kind == ent.kind and c.tokens and toks and c.tokens[-1] == toks[-1]
                                    and c.tokens[0] == toks[0]):
                return c
        return None
