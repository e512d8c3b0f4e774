"""Speaker resolution: source mention → speaker (names, roles, pronouns, nominals).

A light coreference for sources, after the heuristics of news quote attribution systems
(Pouliquen et al. 2007; Pareti 2015, ch. 6; the Gender Gap Tracker's name merging, Asr et al.
2021): a full personal name is the canonical form; a surname alone links to the nearest full name
that ends with it; a pronoun links to the previous attribution's speaker, else to the nearest
person named before it; a definite nominal ("the Syrian leader") links to a named person whose
role shares a word with it ("Syrian President Bashar Assad"). Indefinite sources ("one
official") are ``anonymous``; what cannot be resolved is ``unresolved``; neither is ever given a
name.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..types import Span, Speaker
from . import doc_text
from .coref import (DOC_NOUNS, Candidates, Cluster, PairContext, _head_part, bound_out, candidate_list, co_arguments,
                    compatible, has_caps, load_ranker, mention_class, nationality_words, norm_tokens)
from .coref import _FEMALE, _MALE, _PARTY_WORDS, ORG_TYPES
from .coref import DEMONYM_GENDER, DEMONYMS
from .cue import lemma
from .quotes import DASHES

PRONOUNS = {"he", "she", "him", "her", "they", "i", "we", "you", "his", "hers", "their"}
ANON_DETS = {"a", "an", "one", "some", "several", "two", "three", "many", "few", "other", "another", "multiple", "any",
             "numerous", "various", "certain"}
#: Pronouns that stand for people in general or someone unnamed, never one named speaker ("those
#: polled said", "some argue", "someone wrote"): anonymous. "Anyone"/"nobody" are left out: a
#: hypothetical speaker ("the last place anyone would expect") is one no one can be named for,
#: ``none`` by rule 4 of ``gold/speakers/README.md``.
GENERIC_PRONOUNS = {"those", "these", "some", "many", "others", "few", "several", "most", "all", "someone",
                    "somebody"}
ANON_HEADS = {"official", "officials", "source", "sources", "people", "person", "aide", "aides", "insider", "insiders",
              "diplomat", "diplomats", "observers", "analysts", "critics", "experts", "residents", "witnesses"}
ORG_HEADS = {"government", "ministry", "kremlin", "administration", "campaign", "committee", "department", "police",
             "company", "agency", "office", "party", "council", "court", "army", "military", "coalition", "commission",
             "board", "house", "senate", "congress", "cabinet", "embassy", "group", "organization", "organisation",
             "union", "university", "network", "team", "firm", "bank", "fund", "foundation", "institute", "regime",
             "presidency", "pentagon"}
TITLE_SYNONYMS = {"leader": {"president", "prime", "minister", "chancellor", "king", "premier", "chief", "leader", "head"},
                  "president": {"president"}, "minister": {"minister"}, "official": set(), "chief": {"chief", "head"}}
#: Title words that spaCy's NER often includes in a PERSON entity ("Mayor Ines Duarte"); they are
#: moved from the name into the role.
TITLE_WORDS = {"mayor", "president", "governor", "councillor", "councilor", "senator", "sen.", "rep.", "representative",
               "dr.", "dr", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "prof.", "professor", "judge", "justice", "minister",
               "secretary", "chairman", "chairwoman", "chair", "commissioner", "director", "coach", "general", "gen.",
               "gov.", "lt.", "col.", "capt.", "sgt.", "pope", "king", "queen", "prince", "princess", "sheriff", "chief",
               "speaker", "leader", "ambassador", "chancellor", "premier", "vice", "deputy", "prime", "attorney",
               "spokesman", "spokeswoman", "spokesperson", "officer", "detective", "pastor", "rev.", "father", "sir",
               "dame", "lord", "lady", "sheikh", "emir", "ayatollah", "former", "candidate", "nominee", "house",
               "treasurer", "comptroller", "auditor", "state", "councilman", "councilwoman", "assemblyman",
               "assemblywoman", "alderman", "superintendent", "inspector", "trooper", "sergeant", "lieutenant",
               "congressman", "congresswoman", "delegate", "chancellor", "provost", "dean", "bishop", "rabbi"}
#: Honorifics: part of how a name is written, not a role.
HONORIFICS = {"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "mx.", "sir", "dame"}
#: Role modifiers that make a different office ("Vice President" is not "the president").
OFFICE_MODIFIERS = {"vice", "deputy", "former", "assistant", "acting", "associate", "lieutenant", "ex", "then"}
_FIRST_NAMES = _FEMALE | _MALE
_POSS = re.compile(r"(?:['’]s|['’])$")
_DETS = {"the", "a", "an", "this", "that", "these", "those"}


@dataclass
class _Entity:
    key: str
    name: str | None
    kind: str
    role: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0


@dataclass
class NamedMention:
    """A PERSON name in the text with the title words before it."""

    start: int
    end: int
    name: str
    role: str | None
    role_start: int


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


def occupation_led(ent) -> bool:
    """An ORG entity made of an occupation word and a two- or three-word name ("Comedian Milo
    Evans")."""
    toks = [t for t in ent if not t.is_punct]
    return (2 < len(toks) <= 4 and toks[0].lower_ in OCCUPATIONS
            and all(t.text[:1].isupper() for t in toks[1:]) and all(t.pos_ == "PROPN" for t in toks[1:]))


def _name_after_quote(ent) -> bool:
    """A WORK_OF_ART-like entity that is a person's name with titles: right after a closing
    quotation mark or the subject of a verb, two or three capitalised name words once title words
    are set aside ("State Treasurer Lionel Agyeman", "Delphine Okonkwo-Hart")."""
    doc = ent.doc
    toks = [t for t in ent if not t.is_punct]
    names = [t for t in toks if t.lower_ not in TITLE_WORDS and t.lower_ not in OCCUPATIONS]
    if not 2 <= len(names) <= 3 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in names):
        return False
    before = doc_text(doc)[max(0, ent.start_char - 4):ent.start_char]
    subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in ent)
    return bool(re.search(r"[”\"'’]\s*,?\s*$", before)) or subject


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


def org_typed(ent) -> bool:
    """A name right after "the" + an organisation type word ("the weekly Der Kurier")."""
    doc = ent.doc
    i = ent.start
    return i >= 2 and doc[i - 1].lower_ in ORG_TYPE_WORDS and doc[i - 2].lower_ in ("the", "a", "an")


def _ends_mention(c: Cluster, start: int, end: int, text: str) -> bool:
    """Whether a mention of ``c`` inside ``[start, end)`` is the mention's last word ("the
    broadcaster NTV", not "The Green leader")."""
    tail = text[start:end].rstrip(" ,.'’s")
    return any(start <= s and e >= start + len(tail) - 1 for s, e, _, _ in c.mentions if s < end)


#: A sentence-opening prepositional phrase ("In a new study, …", "At the meeting, …").
_INTRO_PP = re.compile(r"(?:^|[.!?\n]\s*)(?:In|At|On|During|After|Before|With|For|From|Under|Over|Since|Despite)\s*$")
_ROLE_BEFORE = re.compile(r"(?:^|[\s(])(?:the|a|an)\s+([^,.;:\n\"“”]{3,60}?),\s*$", re.I)


#: Words that open a question or a headline and are never a first name ("Why Sanders lags …", "Did
#: Trump …"): an auxiliary, a modal or a question word the NER joined to the name after it.
QUESTION_OPENERS = frozenset("""why how what who whom whose where when which did does do is are was were has have
had should would could can must shall might""".split())
#: Subordinators of a fronted adverbial clause whose named subject a main-clause he/she takes
#: (:meth:`SpeakerResolver._fronted_clause_subject`).
_SUBORDINATORS = frozenset({"when", "as", "while", "after", "before", "once", "since", "because", "although",
                            "though", "if", "whenever"})
#: How clearly one person must lead the article for :meth:`SpeakerResolver._dominant_person`:
#: subject mentions outside quotes so far, and the ratio to the next person's.
#: A definite description of two people named just before ("the two", "both men", "the pair").
_THE_TWO = re.compile(r"^(?:the\s+two|both|the\s+pair|the\s+duo)(?:\s+(?:men|women|candidates|rivals|leaders))?$", re.I)
#: How far after a he/she with no antecedent of its gender its referent may be named
#: (:meth:`SpeakerResolver._named_after`), in characters.
_LATE_NAME_CHARS = 600
#: How many sentences back :meth:`SpeakerResolver._subject_chain` walks.
_CHAIN_SENTENCES = 4
_DOMINANT_MIN = 3
_DOMINANT_RATIO = 2.0
#: Modals that are also first names ("Will", "May"): not a first name only at the start of a question.
_MODAL_NAMES = frozenset({"will", "may"})


def _question_opener(tok: Token, text: str) -> bool:
    """Whether ``tok``, the first word of a PERSON entity, is a sentence-initial auxiliary, modal or
    question word rather than a first name: "*Will* Sanders come down off the pique?" (a Washington
    Post headline, PolNeAR train), "*Why* Sanders Lags on Black Vote". A word of
    :data:`QUESTION_OPENERS` at the start of a sentence or line is never a first name; "Will" and
    "May" only when their sentence (up to the line's end) is a question ("Will Smith said …" keeps
    its first name)."""
    low = tok.lower_
    if low not in QUESTION_OPENERS and low not in _MODAL_NAMES:
        return False
    line_start = text.rfind("\n", 0, tok.idx) + 1
    at_start = tok.i == tok.sent.start or not text[line_start:tok.idx].strip() \
        or text[line_start:tok.idx].rstrip()[-1:] in ".!?:"
    if not at_start:
        return False
    if low in QUESTION_OPENERS:
        return True
    end = text.find("\n", tok.idx)
    rest = text[tok.idx: end if end >= 0 else len(text)]
    stop = re.search(r"[.!?]", rest)
    return bool(stop and stop.group() == "?")


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a Title Case headline (most words capitalised)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    words = re.findall(r"[^\W\d_][\w'’-]*", text[a:b if b >= 0 else len(text)])
    return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) / len(words) >= 0.7


#: Organisations named after a person ("the Obama administration", "the Clinton campaign").
_PERSON_ORGS = frozenset({"administration", "campaign", "camp", "team", "government", "foundation", "organization",
                          "office", "transition", "White House".lower()})


#: What may stand between a description and a name in apposition to it: a comma, dash or opening
#: parenthesis, then capitalised words only ("— Indiana Gov. ").
_APPOS_GAP = re.compile(rf"^\s*(?:,|\(|[{DASHES}]|--?)\s*(?:[A-Z][\w.'’-]*\s+)*$")


#: A brand written in camel case: an inner capital after three or more lower-case letters
#: ("HuffPollster", "PolitiFact"), which surnames with a Mc/Mac/De/La prefix do not have.
_CAMEL_BRAND = re.compile(r"[A-Z][a-z]{3,}[A-Z]")


#: A name given as an example of a group ("Constitutionalists, like Texas Sen. Ted Cruz,", "experts
#: such as Ana Ruiz"): not the group's name (rule 3 of ``gold/speakers/README.md``: the group is
#: anonymous).
_EXAMPLE_BEFORE = re.compile(r"\b(?:like|such as|including|especially|notably)\s+(?:[A-Z][\w.'’-]*\s+)*$")


def _pp_object(c: Cluster, start: int, end: int, text: str) -> bool:
    """Whether ``c``'s mention inside ``[start, end)`` is the object of a preposition after the
    mention's head noun ("The former secretary *of State*", "the head of *the Senate*"): the
    mention is then the head's description, not the organisation."""
    ms = [s for s, e, _, _ in c.mentions if start <= s and e <= end]
    if not ms:
        return False
    before = text[start:ms[0]]
    return bool(re.search(r"\w\s+(?:of|for|at|from|in|with)\s+(?:the\s+)?$", before, re.I))


def _plural_possessed(span) -> bool:
    """"his operatives", "Her aides": a plural group owned by someone, left unnamed."""
    toks = [t for t in span if not t.is_punct]
    return bool(toks) and toks[0].tag_ == "PRP$" and toks[-1].tag_ in ("NNS", "NNPS")


#: Document nouns that name the same kind of document ("the survey" after "the Quinnipiac poll").
_DOC_KINDS = {"polls": "poll", "survey": "poll", "surveys": "poll", "polling": "poll", "reports": "report",
              "review": "report", "inquiry": "report", "investigation": "report", "analysis": "report",
              "audit": "report", "probe": "report", "findings": "report", "release": "statement",
              "statements": "statement", "studies": "study", "research": "study", "paper": "study",
              "book": "book", "letters": "letter", "footage": "video", "clip": "video"}


def _doc_kind(word: str) -> str:
    return _DOC_KINDS.get(word, word)


#: Inflected forms of the verbs by which a body produces a document ("X released a poll", "a survey
#: conducted by X", "X, which commissioned the study"): the document's owner is the verb's subject
#: or agent (rule 4 of ``gold/speakers/README.md``: a document takes the named body that wrote it).
_PRODUCE_FORMS = frozenset("""release releases released releasing publish publishes published publishing conduct
conducts conducted conducting issue issues issued issuing commission commissions commissioned commissioning file files
filed filing post posts posted posting produce produces produced producing write writes wrote written writing
author authors authored prepare prepares prepared preparing compile compiles compiled compiling unveil unveils
unveiled unveiling submit submits submitted submitting sponsor sponsors sponsored sponsoring carry carries carried
draft drafts drafted drafting put puts putting run runs ran running""".split())
#: Document nouns that a publication carries ("an article in Politico"): only for these is a place-like
#: name after "in" the publication (the NER tags "Politico" GPE), never for "a poll in Iowa".
_MEDIA_PIECES = frozenset({"article", "story", "piece", "column", "editorial", "op-ed", "essay", "interview",
                           "feature", "report", "investigation", "analysis"})
#: Words for the people a poll asked ("a poll of likely *voters* conducted by …").
_POLLED = frozenset({"voters", "adults", "americans", "residents", "respondents", "people", "likely", "democrats",
                     "republicans", "independents", "caucusgoers", "members", "households"})
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


def _agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's "by" ("released … by *X*"), or ``None``."""
    return next((p for g in verb.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"), None)


def _name_joint(doc: Doc, i: int) -> bool:
    """Whether the lower-case word ``doc[i]`` joins two capitalised words of one name ("Rock *the*
    Vote", "Bureau *of* Labor Statistics"): "the/of/for/and" between proper nouns."""
    return (doc[i].lower_ in ("the", "of", "for", "and") and 0 < i < len(doc) - 1
            and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() and doc[i - 1].ent_type_ != "DATE"
            and doc[i + 1].text[:1].isupper())


def _title_run(run, t: Token) -> bool:
    """Whether the capitalised words ``run`` before the document noun ``t`` are part of one
    entity that goes on past ``t`` ("Leaked Documents Reveal Democratic Campaign Donors" in a
    Title Case headline): the words of a headline, not the document's owner."""
    ent = next((e for e in t.doc.ents if e.start <= run.start < e.end), None)
    return ent is not None and ent.end > t.i + 1


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


def _strip_poss(s: str) -> str:
    return _POSS.sub("", s).strip()


def named_mentions(doc: Doc) -> list[NamedMention]:
    """PERSON entities with their roles (the title words right before the name, e.g. "Kremlin
    spokesman" in "Kremlin spokesman Dmitry Peskov")."""
    out = []
    text = doc_text(doc)
    org_names = {ent.text for ent in doc.ents if ent.label_ == "PERSON" and org_typed(ent)}
    for ent in doc.ents:
        if ent.label_ == "ORG" and occupation_led(ent):
            pass  # "Comedian Milo Evans" tagged ORG: a person with an occupation before the name
        elif ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT") and _name_after_quote(ent):
            pass  # '“…,” State Treasurer Lionel Agyeman said': the NER reads a name after a quote as a title
        elif ent.label_ != "PERSON" or ent.text in org_names:
            continue  # "the weekly Der Kurier" tagged PERSON: an organisation, wherever it recurs
        toks = [t for t in ent if not (t.is_punct or t.tag_ == "POS")]
        if len(toks) > 1 and _question_opener(toks[0], text):
            toks.pop(0)  # "Will Sanders come down off the pique?": "Will" is the question's modal
        if _named_after_person(toks):
            continue  # "Trump Tower": a building, not a person
        if _org_kind_head(toks):
            continue  # "Hartley Rovers", "Brightwater Foods" tagged PERSON: an organisation (issue 11)
        while len(toks) > 1 and (lemma(toks[-1]) in ("say", "tell", "claim", "warn") or toks[-1].is_lower):
            toks.pop()  # "Obama Says" in a headline; "Juan Manriquez of" (Oakland)
        if len(toks) >= 3 and _title_case_line(text, ent.start_char):
            # "Clinton Hid Past Health …" in a Title Case headline: keep the longest prefix that is
            # a name elsewhere in the article, else nothing
            for k in range(len(toks) - 1, 0, -1):
                cand = text[toks[0].idx: toks[k - 1].idx + len(toks[k - 1])]
                if any(e.label_ == "PERSON" and e.text == cand and e.start_char != ent.start_char for e in doc.ents) \
                        or text.count(cand) > 1 and k <= 2:
                    toks = toks[:k]
                    break
            else:
                continue
        lead_titles = []
        while len(toks) > 1 and (toks[0].lower_ in TITLE_WORDS or toks[0].lower_ in OCCUPATIONS):
            lead_titles.append(toks.pop(0))
        if not toks:
            continue
        name = _strip_poss(text[toks[0].idx: toks[-1].idx + len(toks[-1])])
        if not name or not name[0].isupper():
            continue
        i = ent.start - 1
        role_toks: list[Token] = []
        while i >= 0 and len(role_toks) < 5:
            t = doc[i]
            if t.is_punct or t.is_space or "\n" in t.whitespace_ or (t.is_upper and len(t) > 2 and t.ent_type_ == "GPE"):
                break  # a dateline ("WASHINGTON --") or a line break ends the role
            if t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_punct and t.ent_type_ not in ("DATE", "TIME", "CARDINAL") \
                    and t.dep_ not in ("nsubj", "dobj", "pobj") or (t.pos_ == "PROPN" and t.ent_type_ in ("NORP", "GPE", "ORG")):
                role_toks.append(t)
                i -= 1
            else:
                break
        role_toks.reverse()
        role_toks.extend(lead_titles)
        while role_toks and role_toks[-1].lower_ in HONORIFICS:
            role_toks.pop()
        while role_toks and role_toks[0].lower_ in HONORIFICS:
            role_toks.pop(0)
        while role_toks and role_toks[0].pos_ == "ADJ" and role_toks[0].lower_ in ("former", "longtime", "new", "then"):
            break
        role = text[role_toks[0].idx: role_toks[-1].idx + len(role_toks[-1])] if role_toks else None
        if role is None:
            # a role in apposition before the name: "the US ambassador to Lima, Gillian Moss,"
            m = _ROLE_BEFORE.search(text, max(0, toks[0].idx - 80), toks[0].idx)
            if m is not None and _INTRO_PP.search(text, max(0, m.start() - 30), m.start() + 1):
                m = None  # "In a new study, Ana Berg …": an introductory phrase, not a role
            if m is not None:
                # the last "the …" before the comma: "hosted by the US ambassador to Lima, "
                last = re.split(r"\b(?:the|a|an)\s+", m.group(1), flags=re.I)[-1].strip()
                if last and not re.search(r"\b(?:and|or|said|says|was|were|is|are)\b", last):
                    role = last
        out.append(NamedMention(toks[0].idx, toks[-1].idx + len(toks[-1]), name, role,
                                role_toks[0].idx if role_toks else toks[0].idx))
    extra = _possessed_names(doc)
    persons = {w for e in doc.ents if e.label_ == "PERSON" for w in norm_tokens(e.text)}
    extra += _titled_names(doc) + _misread_person_names(doc, persons)  # "Cllr Marsh", "Brazil's Camila Duarte" (issue 11)
    return sorted(out + extra, key=lambda m: m.start) if extra else out


def _possessed_names(doc: Doc) -> list[NamedMention]:
    """Personal names inside an ORG entity after its possessive ("National Review’s Ian Tuttle",
    which spaCy's small model tags ORG whole): the name after "’s", two or three capitalised
    words opening with a known first name or ending with a word the article uses again alone
    ("Tuttle also asserts …"), is a person whose role is the organisation."""
    out = []
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        pos = next((t.i for t in ent if t.tag_ == "POS"), None)
        if pos is None or pos == ent.start:
            continue
        toks = [t for t in doc[pos + 1: ent.end] if not t.is_punct]
        if 2 <= len(toks) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in toks) and (
                norm_tokens(toks[0].text)[:1] and norm_tokens(toks[0].text)[0] in _FIRST_NAMES
                or len(re.findall(rf"\b{re.escape(toks[-1].text)}\b", text)) > 1):
            a, b = toks[0].idx, toks[-1].idx + len(toks[-1])
            out.append(NamedMention(a, b, text[a:b], text[ent.start_char: doc[pos].idx], ent.start_char))
    return out


def _apposition_role(rest: str) -> str | None:
    """The role in an apposition after the name: "Chad Bown, *an expert on trade at the Peterson
    Institute*, said" → "expert on trade at the Peterson Institute" (up to a relative clause)."""
    m = re.match(r"\s*,\s*(?:an?|the)\s+([^,]{3,80}?)(?:\s*,|\s+who\b|\s+which\b|$)", rest)
    if not m:
        return None
    role = m.group(1).strip(" ,.;:")
    return role if role and not re.match(r"\d", role) else None


#: Dependencies of a clause on the verb above it, through which :func:`commanding_subjects` climbs.
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "conj"})


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
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head  # up to the mention's own verb
        path.add(tok.i)
    while True:
        for ch in tok.children:
            # not a subject the mention is part of ("said Kerlikowske, the commissioner, who …")
            if ch.dep_ in ("nsubj", "nsubjpass") and ch.i < span.start and ch.i not in path:
                out.append((ch.left_edge.idx, ch.right_edge.idx + len(ch.right_edge)))
        if tok.head.i == tok.i or tok.dep_ not in _CLAUSE_DEPS or tok.head.pos_ not in ("VERB", "AUX"):
            break  # only through clauses: "Schiff called for … meddling the congressman said …" is free
        tok = tok.head
        path.add(tok.i)
    return out


# -- genre shapes (issue 11, gold/speakers/genre): organisations by kind, titles, epithets --------
#: British, police and military titles written without a full stop ("Cllr Jean Marsh", "Det Insp
#: Ana Roe", "Supt Ray Cole", "Baroness Hale"): title words, moved from the name into the role
#: (UK press style; issue 11, gold/speakers/genre).
UK_TITLES = frozenset({"cllr", "cllr.", "insp", "insp.", "det", "det.", "supt", "supt.", "pc", "dci", "dcs", "sgt",
                       "cpl", "pte", "lt", "col", "capt", "maj", "gen", "brig", "cmdr", "adm", "prof", "rev",
                       "baroness", "baron", "lord", "lady", "dr", "mr", "mrs", "ms", "miss"})
TITLE_WORDS |= UK_TITLES

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
#: Kinds whose names are shortened to their first word ("Harvest" for Harvest Foods, "Medway" for
#: Medway Town): businesses, clubs, outlets, charities, not public bodies ("Texas" is no short form
#: of the Texas Department of Transportation).
_SHORTENED_KINDS = frozenset({"company", "airline", "bank", "club", "festival", "charity", "broadcaster", "paper",
                              "union"})
#: Capitalised first words that are no short form of a name ("New York Times", "United Airlines").
_NOT_SHORT = frozenset("""the new united national american british european international royal federal state
north south east west central great first general world global city county""".split())
#: Prepositions that make a word after them no head of an apposition ("the head *of* the airline").
_APPOS_PREPS = frozenset({"of", "at", "for", "in", "from", "to", "by", "with", "on", "about", "and"})
#: Role nouns of a club's people ("the United *boss*", "the Ashford *manager*").
_CLUB_ROLES = frozenset("""boss manager coach captain chairman chairwoman owner skipper keeper goalkeeper striker
defender midfielder forward winger player""".split())
_NAME_RUN = re.compile(r"(?<![\w’'&+.-])([A-Z][\w’'&+.-]*(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?[A-Z][\w’'&+.-]*){0,5})")


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


def _word_kinds(words) -> set[str]:
    """The organisation kinds the lower-cased name ``words`` say: those of the last kind word
    (the name's head: "Securities and Exchange *Commission*" is a regulator, not a company), and
    "police" wherever it stands ("New York Police Department"); a well-known name's kind
    (:data:`_KNOWN_KINDS`)."""
    out: set[str] = set()
    heads = [w for w in words if w in ORG_KIND_OF]
    if heads:
        out |= ORG_KIND_OF[heads[-1]]
    if "police" in words:
        out.add("police")
    for w in words:
        if w in _KNOWN_KINDS:
            out.add(_KNOWN_KINDS[w])
    return out


def _context_words(text: str, start: int, end: int) -> set[str]:
    """Type words a name at ``[start, end)`` gets from its surroundings (those of
    :data:`ORG_KIND_OF` or :data:`DESC_KINDS`): the head of an apposition ("Nordavia, *the
    Scandinavian low-cost airline*,"), a type word right before it ("the trade *publication*
    Screen Ledger", "the chipmaker Veritas") or right after it ("Family Circle *magazine*"). The
    word must be the phrase's head: no preposition before it ("Aas, the chief executive *of the
    airline*" says nothing of Aas)."""
    out: set[str] = set()
    m = re.match(r"\s*(?:,|\(|[—–])\s*(?:the|a|an|its)\s+((?:[\w'’-]+\s+){0,5}?)([a-z]+?)s?\s*(?=[,.;)—–]|\s+(?:which|that|whose|based|with)\b)",
                 text[end:end + 90])
    if m and not set(m.group(1).lower().split()) & _APPOS_PREPS:
        out.add(m.group(2).lower())
    b = re.search(r"\b(?:the|a|an|its|their)\s+((?:[\w-]+\s+){0,3}?)([a-z]+)\s+$", text[max(0, start - 60):start])
    if b and not set(b.group(1).lower().split()) & _APPOS_PREPS:
        out.add(b.group(2))
    a = re.match(r"[ \t]+([a-z]+)\b", text[end:end + 20])
    if a:
        out.add(a.group(1))
    return {w for w in out if w in ORG_KIND_OF or w in DESC_KINDS}


def _context_kinds(words: set[str]) -> set[str]:
    """The kinds the type words ``words`` (:func:`_context_words`) say."""
    out: set[str] = set()
    for w in words:
        out |= ORG_KIND_OF.get(w, frozenset()) | DESC_KINDS.get(w, frozenset())
    return out


def genre_demonym(word: str) -> frozenset[str]:
    """Nationality words for a nationality noun ("swede" → sweden, swedish, swede), else empty."""
    return DEMONYMS.get(word.lower(), frozenset())


#: Heads of possessed descriptions of people the article leaves unnamed ("Lindgren's *family*",
#: "the prime minister's official *spokesman*", "Allies of …" aside): rules 8 and 12 of
#: ``gold/speakers/README.md`` (issue 11).
_UNNAMED_GROUP_HEADS = frozenset({"family", "relatives", "friends", "aides", "allies", "advisers", "advisors",
                                  "supporters", "spokesman", "spokeswoman", "spokesperson", "colleagues",
                                  "representatives", "loved"})
#: Heads of a definite back-reference to someone introduced unnamed ("a person close to X … the
#: person said"): rule 8 of ``gold/speakers/README.md``.
_UNNAMED_PERSON_HEADS = frozenset({"person", "source", "insider", "official", "spokesman", "spokeswoman",
                                   "spokesperson", "diplomat", "aide", "witness", "resident", "neighbour",
                                   "neighbor", "friend", "relative"})


#: Last words that make a PERSON entity an organisation ("Hartley *Rovers*", "Brightwater *Foods*"):
#: kind words that are not also common surnames (no "Post", "Brand", "Carrier", "Banks").
_ORG_ONLY_HEADS = frozenset("""united rovers athletic wanderers albion rangers hotspur fc foods airlines airways
semiconductor therapeutics pharmaceuticals holdings inc ltd plc llc corp corporation bancorp association federation
foundation festival police constabulary council ministry department agency authority commission ombudsman
programme""".split())


def _org_kind_head(toks: list[Token]) -> bool:
    """Whether a PERSON entity's words (``toks``) end in a word only organisations end in
    (:data:`_ORG_ONLY_HEADS`): spaCy's small model tags invented clubs and firms PERSON."""
    return len(toks) >= 2 and toks[-1].lower_ in _ORG_ONLY_HEADS and toks[-1].text[:1].isupper()


def _not_a_person(t: Token, cands: Candidates) -> bool:
    """Whether the subject noun ``t`` names an organisation or a thing, not someone a he/she could
    be ("*The Kenyan government* disputes the figures. Interior Cabinet Secretary Grace Wanjiru
    told reporters … She accused …": the government is no rival for "she"; issue 11)."""
    low = t.lower_
    if low in ORG_HEADS or low in DESC_KINDS or low in DOC_NOUNS or low in ORG_KIND_OF:
        return True
    return t.pos_ == "PROPN" and any(c.kind == "organization" and any(s <= t.idx < e for s, e, _, _ in c.mentions)
                                     for c in cands.clusters)


def _possessed_group(span) -> bool:
    """A name's or description's possessed group or spokesperson with no name in apposition
    ("Lindgren's family", "the prime minister's official spokesman", "Mr Finch's relatives"):
    unnamed people (rules 8 and 12 of ``gold/speakers/README.md``)."""
    head_text = _head_part(span.text)
    toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
    pos = next((k for k, t in enumerate(toks) if t.tag_ == "POS"), None)
    if pos is None or pos == 0 or pos == len(toks) - 1:
        return False
    rest = toks[pos + 1:]
    return rest[-1].lower_ in _UNNAMED_GROUP_HEADS and all(t.pos_ in ("ADJ", "NOUN") and t.text.islower() for t in rest)


#: Titles that make the capitalised words after them a person's name, without their full stop
#: ("Cllr", "Dr", "Det Insp", "Judge"); not role words that also stand before bodies ("Former
#: White House", "State Department").
_BARE_TITLES = frozenset(w.rstrip(".") for w in UK_TITLES | HONORIFICS) | frozenset(
    {"judge", "mayor", "councillor", "councilor", "senator", "sen", "rep", "gov", "inspector", "sergeant",
     "detective", "constable", "superintendent", "professor"})


def _occurrences(text: str, phrase: str) -> list[int]:
    """Starts of ``phrase`` in ``text`` as whole words (not inside a longer word or name)."""
    out = []
    i = text.find(phrase)
    while i >= 0:
        before = text[i - 1:i]
        after = text[i + len(phrase): i + len(phrase) + 1]
        if not (before and (before.isalnum() or before in "’'&+.-_")) and not (after and (after.isalnum() or after in "-_")):
            out.append(i)
        i = text.find(phrase, i + 1)
    return out


def _titled_names(doc: Doc) -> list[NamedMention]:
    """Personal names after a title that the NER did not tag PERSON ("*Cllr Marsh* said", tagged
    ORG; "Det Insp Ana Roe"): a non-PERSON entity, or the words right after a sentence-initial
    title, made of :data:`UK_TITLES` / :data:`TITLE_WORDS` words and then one to three capitalised
    proper nouns. The title is the role unless it is an honorific. UK press style (issue 11)."""
    out = []
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            continue
        toks = [t for t in ent if not (t.is_punct or t.tag_ == "POS")]
        titles = []
        i = ent.start - 1
        while i >= 0 and doc[i].lower_.rstrip(".") in _BARE_TITLES and doc[i].text[:1].isupper() and len(titles) < 3:
            titles.insert(0, doc[i])  # "Dr [Nkechi Obi]" with the title outside the entity
            i -= 1
        while toks and toks[0].lower_.rstrip(".") in _BARE_TITLES and toks[0].text[:1].isupper():
            titles.append(toks.pop(0))
        if not titles or not 1 <= len(toks) <= 3 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in toks):
            continue
        if any(t.lower_ in ORG_KIND_OF or t.lower_ in _KNOWN_KINDS or t.lower_ in ORG_HEADS for t in toks):
            continue  # "Gen Motors", "Det Police", "Sen. House": not a name
        name = _strip_poss(text[toks[0].idx: toks[-1].idx + len(toks[-1])])
        role = " ".join(t.text for t in titles if t.lower_ not in HONORIFICS and t.lower_.rstrip(".") not in
                        ("dr", "prof", "mr", "mrs", "ms", "miss", "lord", "lady", "baroness", "baron", "rev"))
        out.append(NamedMention(toks[0].idx, toks[-1].idx + len(toks[-1]), name, role or None, titles[0].idx))
    return out


def _misread_person_names(doc: Doc, persons: set[str]) -> list[NamedMention]:
    """Two- or three-word names the NER tagged ORG whose last word is a person's name elsewhere in
    the article ("Brazil's *Camila Duarte*" tagged ORG, then "Duarte said", tagged PERSON):
    persons (``persons``: lower-cased PERSON words of the article). Not when a word names an
    organisation kind ("Duarte Foods")."""
    out = []
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        toks = [t for t in ent if not (t.is_punct or t.tag_ == "POS")]
        if toks and toks[0].lower_ == "the":
            continue
        if not 2 <= len(toks) <= 3 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" and t.is_alpha for t in toks):
            continue
        if any(t.lower_ in ORG_KIND_OF or t.lower_ in _KNOWN_KINDS or t.lower_ in TITLE_WORDS or t.lower_ in OCCUPATIONS
               for t in toks):
            continue  # "Comedian Milo Evans" is :func:`occupation_led`'s
        if toks[-1].lower_ not in persons:
            continue
        out.append(NamedMention(toks[0].idx, toks[-1].idx + len(toks[-1]),
                                text[toks[0].idx: toks[-1].idx + len(toks[-1])], None, toks[0].idx))
    return out


class SpeakerResolver:
    """Resolves source mentions of one article to speakers, in text order.

    Usage: ``r = SpeakerResolver(doc)``; ``sid = r.resolve(start, end, prev_sid)`` for each source
    (``prev_sid``: the speaker of the previous attribution, for pronouns); ``r.speakers()``.
    """

    #: Mention classes the learned ranker (:mod:`.coref`) decides.
    RANKED = frozenset({"pronoun_m", "pronoun_f", "pronoun_pl", "pronoun_it", "pronoun_1", "surname", "nominal",
                        "org_desc", "document", "possessive", "org_name"})
    _VIA = {"pronoun_m": "pronoun", "pronoun_f": "pronoun", "pronoun_pl": "pronoun", "pronoun_it": "pronoun",
            "pronoun_1": "pronoun", "surname": "surname", "nominal": "nominal", "org_desc": "organization",
            "org_name": "organization", "document": "document", "possessive": "possessive"}

    def __init__(self, doc: Doc, in_quote: bytearray | None = None, *, use_ranker: bool = True) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.named = named_mentions(doc)
        self.entities: dict[str, _Entity] = {}
        self.order: list[str] = []
        self._anon = 0
        self.cands = Candidates(doc, self.named, in_quote)
        self.ranker = load_ranker() if use_ranker else None
        self.history: list[tuple[int, Cluster]] = []
        self.key_cluster: dict[str, Cluster] = {}
        #: how the last :meth:`resolve` reached its speaker, and how sure it is
        self.via: str | None = None
        self.confidence: float | None = None

    # -- names ---------------------------------------------------------------------------
    def _full_name_for(self, surname: str, pos: int) -> NamedMention | None:
        """Nearest longer PERSON name ending (or starting) with ``surname`` (one or more words,
        compared without case and apostrophe style: "De Blasio" → "Bill de Blasio",
        "O'Neill" → "James O’Neill"), before ``pos`` if any, else the first after it."""
        want = norm_tokens(surname)
        n = len(want)
        if not n:
            return None
        cands = [m for m in self.named if len(norm_tokens(m.name)) > n and norm_tokens(m.name)[-n:] == want]
        if not cands and n == 1:
            cands = [m for m in self.named if len(m.name.split()) >= 2 and want[0] in norm_tokens(m.name)]
        if len(cands) > 1:
            # several people share the surname: the one named most often (the article's subject)
            counts: dict[str, int] = {}
            for m in self.named:
                t = norm_tokens(m.name)
                for c in cands:
                    ct = norm_tokens(c.name)
                    if t == ct or (len(t) == 1 and t[0] in (ct[0], ct[-1])):
                        counts[c.name] = counts.get(c.name, 0) + 1
            top = max(counts.values(), default=0)
            if top and sum(1 for v in counts.values() if v == top) == 1:
                cands = [c for c in cands if counts.get(c.name) == top]
        before = [m for m in cands if m.start < pos]
        if before:
            return before[-1]
        return cands[0] if cands else None

    def _entity(self, key: str, name: str | None, kind: str, role: str | None, pos: int) -> _Entity:
        if kind == "organization" and name:
            full = self._full_org_name(name)
            if full is not None:
                key, name = "O:" + full.lower(), full  # "Harvest" is Harvest Foods (issue 11)
        ent = self.entities.get(key)
        if ent is None:
            ent = _Entity(key, name, kind, role, first=pos)
            self.entities[key] = ent
            self.order.append(key)
        elif role and not ent.role:
            ent.role = role
        return ent

    def _person(self, name: str, role: str | None, pos: int) -> _Entity:
        parts = name.split()
        if len(parts) == 1 and self._full_name_for(name, pos) is None:
            full = self._full_org_name(name)
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
        # key: the surname plus first name when known, so two people sharing a surname stay apart
        key = "P:" + full.lower()
        # merge a new full name into an existing entity with the same surname only when one
        # name is a prefix-free extension of the other ("Bashar Assad" vs "Bashar al-Assad")
        firsts = {norm_tokens(m.name)[0] for m in self.named
                  if len(m.name.split()) >= 2 and m.name.lower().split()[-1] == full.lower().split()[-1]}
        for k, e in self.entities.items():
            if e.kind == "person" and e.name and e.name.lower().split()[-1] == full.lower().split()[-1]:
                a, b = e.name.lower().split(), full.lower().split()
                if len(a) == 1 and len(b) > 1 and len(firsts) > 1:
                    continue  # "Trump" alone while Donald and Ivanka Trump are both named: not merged
                if a[0] == b[0] or len(a) == 1 or len(b) == 1:
                    if len(b) > len(a):
                        e.name = full
                    return self._entity(k, e.name, "person", role, pos)
        return self._entity(key, full, "person", role, pos)

    # -- resolution ----------------------------------------------------------------------
    def resolve(self, start: int, end: int, prev: str | None, *, forward: bool = False,
                antecedent: tuple[int, int] | None = None) -> str:
        """Speaker key for the source mention ``text[start:end]``; a relative pronoun ("who")
        is resolved through its ``antecedent`` (a character extent)."""
        a, b = antecedent if antecedent is not None else (start, end)
        span = self.doc.char_span(a, b, alignment_mode="expand")
        mention = self.text[a:b]
        self.via, self.confidence = None, None
        key = None
        if mention.strip().lower() in GENERIC_PRONOUNS:
            # "those describing themselves as conservative", "some said": people in general
            key = self._new_unnamed("anonymous", a)
        if key is None:
            key = self._ranked(span, a, b, prev, forward)
        if key is None:
            key = self._resolve(span, mention, a, prev, forward)
        ent = self.entities[key]
        if self.via is None:
            self.via = {"anonymous": "anonymous", "unresolved": "unresolved"}.get(ent.kind, "name")
            self.confidence = 1.0 if ent.kind in ("person", "organization") else 0.5
        if antecedent is not None and ent.kind in ("person", "organization"):
            self.via = "relative"
        ent.mentions.append((start, end))
        cluster = self.key_cluster.get(key) or self._cluster_for(ent)
        if cluster is not None:
            self.key_cluster[key] = cluster
            self.history.append((start, cluster))
        return key

    def _person_org(self, span, start: int, prev: str | None) -> str | None:
        """"the Obama administration", "the Clinton campaign", "her campaign": an organisation
        named after a person (the possessive pronoun's person: the previous speaker, if a person)."""
        # the head part's last word ("Powell's office, when contacted by Reuters," is "office")
        head = [t for t in span if not t.is_punct and t.idx < span.start_char + len(_head_part(span.text))][-1:] \
            if span is not None else []
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
                name = f"{c.name.split()[-1]} {self._org_word(c.name.split()[-1], h.lower_)}"
                self.via, self.confidence = "organization", 0.9
                return self._entity("O:" + name.lower(), name, "organization", None, start).key
            if t.tag_ == "PRP$" and t.lower_ in ("his", "her") and prev and self.entities[prev].kind == "person":
                surname = self.entities[prev].name.split()[-1]
                name = f"{surname} {self._org_word(surname, h.lower_)}"
                self.via, self.confidence = "organization", 0.7
                return self._entity("O:" + name.lower(), name, "organization", None, start).key
        return None

    def _described_org(self, span, cls: str, start: int, prev: str | None) -> str | None:
        """A possessive source's named possessor (:meth:`_possessor`), or an organisation
        description's organisation (:meth:`_org_description`), before the ranker; else ``None``."""
        if cls in ("possessive", "org_desc", "org_name"):
            owner = self._possessor(span, start, prev)
            if owner is not None:
                return owner
        if cls == "org_desc":
            return self._org_description(span, start, prev)
        return None

    def _gender_clash(self, key: str, want: str | None) -> bool:
        """Whether the speaker ``key`` is known to be of the other gender than ``want`` (``m``/``f``),
        or is an organisation while ``want`` is set ("she" is not the previous speaker, a man)."""
        if want is None:
            return False
        if self.entities[key].kind != "person":
            return True
        c = self.key_cluster.get(key) or self._cluster_for(self.entities[key])
        return c is not None and c.gender is not None and c.gender != want

    def _bound(self, key: str, ranges: list[tuple[int, int]]) -> bool:
        """Whether speaker ``key`` is named inside one of ``ranges`` (:func:`~.coref.co_arguments`)."""
        if not ranges:
            return False
        c = self.key_cluster.get(key) or self._cluster_for(self.entities[key])
        name = self.entities[key].name
        return (c is not None and any(a <= m[0] < b for m in c.mentions for a, b in ranges)) or bool(
            name and self.entities[key].kind == "person" and self._named_in(name, ranges))

    def _named_in(self, name: str, ranges: list[tuple[int, int]]) -> bool:
        """Whether the person ``name`` (or its surname, said alone) is named inside one of ``ranges``."""
        last = norm_tokens(name)[-1:]
        return any(c.kind == "person" and c.tokens[-1:] == last and a <= m[0] < b
                   for c in self.cands.clusters for m in c.mentions for a, b in ranges)

    def _gender_clash_name(self, name: str, want: str | None) -> bool:
        c = next((c for c in self.cands.clusters if c.kind == "person" and c.name == name), None)
        return want is not None and c is not None and c.gender is not None and c.gender != want

    def _org_word(self, surname: str, word: str) -> str:
        """"team" or "camp" is the campaign when the article names "<surname> campaign"
        ("The Trump team" after "the Trump campaign")."""
        if word in ("team", "camp") and re.search(rf"\b{re.escape(surname)}(?:['’]s)? campaign\b", self.text):
            return "campaign"
        return word

    def _document(self, span, start: int, prev: str | None = None) -> str:
        """The body behind a document source: a named organisation or person that owns the
        document in the mention ("a new Washington Post-ABC News poll", "the Reuters/Ipsos poll",
        "a study by the Department of Veterans Affairs", "a new article in Politico"); else, for a
        definite one ("the poll", a headline "Poll"), the owner of the nearest earlier document of
        the same kind ("the latest Quinnipiac University poll", "X said in a statement", "X writes
        in his book"), or of one soon after it (a headline, or "a new national poll shows … The
        latest Rasmussen Reports poll"); else, for a definite statement ("According to the
        statement"), the previous attribution's speaker (``prev``) when it is named; else the
        body behind the last document source of the article; else no speaker (an unowned "review
        of records"): rule 4 of ``gold/speakers/README.md``. Owners are found by
        :meth:`_doc_owner_of` and :meth:`_producer_of`."""
        self.via = "document"
        lead = span.text.split()[0].lower() if span.text.split() else ""
        head = self._doc_head(span)
        owner = self._doc_owner_of(head) if head is not None else None
        if owner is None:
            for ent in span.ents:
                if ent.label_ in ("ORG", "PERSON") and "such as" not in self.text[span.start_char:ent.start_char]:
                    owner = self._owner_key(ent.start_char, ent.end_char, _strip_poss(ent.text), ent.label_)
                    break
        if owner is not None:
            self._remember_doc(head, owner)
            self.confidence = 0.8
            return owner
        headline = "\n" in self.text[start:start + 200] and "\n" not in self.text[max(0, start - 1):start] and start < 300
        definite = lead in ("the", "this", "that", "its", "their") or (len(span) <= 2 and span.text[:1].isupper()
                                                                     and lead not in ("a", "an")
                                                                     and span[-1].tag_ not in ("NNS", "NNPS"))
        if head is not None:
            kind = _doc_kind(head.lower_)
            if definite:
                owner = self._earlier_owner(span, head, kind)
                if owner is None and kind == "statement":
                    owner = self._statement_of_prev(prev)
            if owner is None and (headline or lead in ("a", "an") or definite):
                stop = span.end + (120 if not headline else 200)
                for t in self.doc[span.end: min(len(self.doc), stop)]:
                    if _doc_kind(t.lower_) == kind and t.pos_ in ("NOUN", "PROPN"):
                        owner = self._doc_owner_of(t)
                    elif headline and t.pos_ == "VERB" and t.lower_.startswith(head.lower_):
                        owner = self._reporting_subject(t)  # "Report: …" then "the Times reported"
                    if owner is not None:
                        break
            if owner is not None:
                self._remember_doc(head, owner)
                self.confidence = 0.6
                return owner
        if definite and getattr(self, "doc_owner", None):
            self.confidence = 0.6
            return self.doc_owner
        self.via, self.confidence = "unresolved", 0.5
        return self._new_unnamed("unresolved", start)

    @staticmethod
    def _doc_head(span) -> Token | None:
        """The document noun of a document mention: the first token that is one of
        :data:`~.coref.DOC_NOUNS`, preferring the last of a compound ("Reuters/Ipsos poll")."""
        toks = [t for t in span if t.lower_ in DOC_NOUNS and t.pos_ in ("NOUN", "PROPN")]
        # a capitalised name word before the noun is the owner's name ("Rasmussen *Reports* poll")
        named = [t for t in toks[:-1] if t.pos_ == "PROPN" and t.dep_ == "compound" and t.text[:1].isupper()]
        toks = [t for t in toks if t not in named]
        return toks[0] if toks else None

    def _doc_owner_of(self, t: Token, *, statement_subject: bool = False) -> str | None:
        """Speaker key of the owner of the document noun ``t``: the capitalised name right before
        it ("the latest Rasmussen Reports poll", "a USA TODAY analysis", "CNN/ORC poll"), its
        possessor ("Conason's book"), a "by/from/in X" after it ("an article in Politico"); with
        ``statement_subject``, also the subject of "X said in a statement"."""
        doc = t.doc
        i = t.i - 1
        while i >= 0 and (doc[i].text[:1].isupper() or doc[i].text in ("/", "-", "&") or _name_joint(doc, i)) \
                and doc[i].ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL") \
                and (doc[i].lower_ not in _DETS or _name_joint(doc, i)) and "\n" not in doc[i].whitespace_:
            i -= 1
        run = doc[i + 1: t.i]
        if len(run) and _title_run(run, t):
            run = run[:0]  # "Leaked Documents Reveal …": a Title Case headline, not an owner
        if len(run) and run[0].text not in ("/", "-", "&") and (any(x.ent_type_ in ("ORG", "PERSON", "GPE") for x in run)
                                                                 or all(x.is_upper for x in run if x.is_alpha)):
            name = _strip_poss(doc_text(doc)[run.start_char:run.end_char]).strip(" -/")
            label = "PERSON" if all(x.ent_type_ == "PERSON" for x in run) and _doc_kind(t.lower_) != "poll" else "ORG"
            if name and not (len(run) == 1 and run[0].ent_type_ == "NORP"):
                office = self._role_initials(name)
                if office is not None:
                    return office  # "the IG report" by the inspector general the article names
                return self._owner_key(run.start_char, run.end_char, name, label)
        for ch in t.children:
            if ch.dep_ == "poss" and (ch.ent_type_ in ("ORG", "PERSON") or ch.pos_ == "PROPN") \
                    and ch.ent_type_ not in ("DATE", "TIME"):  # not "Friday's ruling"
                a, b = ch.left_edge.idx, ch.idx + len(ch)
                return self._owner_key(a, b, _strip_poss(doc_text(doc)[a:b]), ch.ent_type_ or "PERSON")
            if ch.dep_ == "prep" and ch.lower_ in ("by", "from", "in", "of"):
                for pobj in ch.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("ORG", "PERSON") and ch.lower_ != "of":
                        # "in Politico" (tagged GPE), "by the organization"
                        owner = self._np_owner(pobj, t, place_ok=ch.lower_ == "in")
                        if owner is not None:
                            return owner
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in ("ORG", "PERSON"):
                        a, b = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge)
                        ent = next((e for e in doc.ents if e.start <= pobj.i < e.end), None)
                        if ent is not None:
                            a, b = ent.start_char, ent.end_char
                        return self._owner_key(a, b, re.sub(r"^(?:the|The)\s+", "", _strip_poss(doc_text(doc)[a:b])),
                                               pobj.ent_type_)
        owner = self._producer_of(t)
        if owner is not None:
            return owner
        if statement_subject and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB":
            subj = next((c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                for ent in doc[subj.left_edge.i: subj.right_edge.i + 1].ents:
                    if ent.label_ in ("ORG", "PERSON"):
                        return self._owner_key(ent.start_char, ent.end_char, _strip_poss(ent.text), ent.label_)
        return None

    def _owner_key(self, a: int, b: int, name: str, label: str) -> str:
        """Speaker key for a document's owner named at ``[a, b)``: the person or organisation
        cluster there, or the organisation cluster (or organisation speaker already resolved)
        whose name it starts ("Rasmussen" → "Rasmussen Reports"), else a new organisation (or
        person, for a PERSON name). An ``ORG`` owner with more words than the person cluster
        inside it ("Rasmussen Reports" around a PERSON "Rasmussen") is that organisation."""
        name = re.sub(r"^(?:the|The)\s+", "", name).strip()
        c = self.cands.cluster_of(a, b)
        toks = norm_tokens(name)
        org = next((o for o in self.cands.clusters if o.kind == "organization" and toks and
                    (o.tokens == toks or o.tokens[:len(toks)] == toks and len(o.tokens) > len(toks))), None)
        if org is not None and (c is None or c.kind == "organization" or label == "ORG"):
            return self._entity("O:" + org.name.lower(), org.name, "organization", org.role, a).key
        if label == "ORG" and toks:
            known = next((e for e in self.entities.values() if e.kind == "organization" and e.name
                          and norm_tokens(e.name)[:len(toks)] == toks), None)
            if known is not None:
                return known.key  # "the Rasmussen poll" after "the latest Rasmussen Reports poll"
            if c is not None and c.kind == "person" and len(toks) > len(c.tokens):
                return self._entity("O:" + name.lower(), name, "organization", None, a).key
        if c is not None and c.kind == "person":
            return self._person(c.name, c.role, a).key
        if label == "PERSON":
            return self._person(name, None, a).key
        name = c.name if c is not None and len(c.tokens) >= len(toks) else name
        return self._entity("O:" + name.lower(), name, "organization", None, a).key

    def _np_owner(self, tok: Token, doc_tok: Token, *, place_ok: bool = False) -> str | None:
        """Speaker key of the body a noun ``tok`` names as the producer of the document noun
        ``doc_tok`` ("by *the Public Policy Institute of California*", "in *Politico*", "by *the
        organization*", "from *the State Department's inspector general*"), or ``None``.

        A named organisation or person is that speaker; a capitalised name the NER tagged as a
        place is one only after "in" (``place_ok``) and for a piece a publication carries
        (:data:`_MEDIA_PIECES`); a group by nationality or party ("House *Republicans*") is none;
        a description is resolved by :meth:`_described_owner`."""
        doc = tok.doc
        if tok.pos_ == "PRON":
            return None
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and ent.label_ in ("ORG", "PERSON"):
            return self._owner_key(ent.start_char, ent.end_char, _strip_poss(ent.text), ent.label_)
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            if ent is not None and ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY",
                                                  "QUANTITY"):
                return None
            if ent is not None and ent.label_ in ("GPE", "LOC", "NORP") and not (
                    place_ok and ent.label_ != "NORP" and doc_tok.lower_ in _MEDIA_PIECES):
                return None  # "a poll in Iowa": a place, not a producer; "Republicans": a group
            a, b = (ent.start_char, ent.end_char) if ent is not None else (tok.left_edge.idx, tok.idx + len(tok))
            name = re.sub(r"^(?:the|The)\s+", "", _strip_poss(self.text[a:b])).strip()
            return self._owner_key(a, b, name, "ORG") if name else None
        if tok.pos_ == "NOUN":
            return self._described_owner(tok)
        return None

    def _described_owner(self, tok: Token) -> str | None:
        """The body a description names as a document's producer: an organisation word ("the
        organization", "the network") is the latest organisation of that type named before it
        (:meth:`_org_of_type`); "his office" is the person last named as a subject, "her
        campaign" that person's campaign (:meth:`_subject_person`); a person's role ("the State
        Department's inspector general") is the named person whose role holds every word of it
        ("State Department inspector general, Steve Linick"), before or after; else ``None``."""
        word = tok.lower_
        poss = next((t for t in tok.children if t.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in ("his", "her") and word in _PERSON_ORGS:
            # "His office is preparing an additional report": the office of the person last named
            c = self._subject_person(tok.idx, "m" if poss.lower_ == "his" else "f")
            if c is None:
                return None
            if word == "office":
                return self._person(c.name, c.role, tok.idx).key  # the gold rules: the person
            name = f"{c.name.split()[-1]} {self._org_word(c.name.split()[-1], word)}"
            return self._entity("O:" + name.lower(), name, "organization", None, tok.idx).key
        if word == "campaign" and poss is None:
            # "a statement released by the campaign", "the Trump campaign issued a statement"
            return self._campaign_before(tok.idx + len(tok))
        c = self._org_of_type(word, tok.idx)
        if c is not None:
            return self._entity("O:" + c.name.lower(), c.name, "organization", c.role, tok.idx).key
        if word in ORG_HEADS or word in _GENERIC_ORG_WORDS:
            return None
        words = {t.lower_ for t in tok.children if t.dep_ in ("compound", "amod") and t.i < tok.i} | {word}
        best = None
        for m in self.named:
            if m.role and words <= set(norm_tokens(m.role)):
                if best is None or m.start <= tok.idx:
                    best = m
        return self._person(best.name, best.role, tok.idx).key if best is not None else None

    def _producer_of(self, t: Token) -> str | None:
        """The owner of the document noun ``t`` named by a verb of producing
        (:data:`_PRODUCE_FORMS`): its agent ("The poll, released on Wednesday by *X*", "The survey
        was conducted by *X*"), the subject of a relative clause on it ("the report *the FBI*
        released"), or the subject of the verb it is the object of ("*X* released a poll", "*X*,
        which conducted the poll": the relative clause's antecedent), or ``None``."""
        for ch in list(t.children) + self._polled_people_clauses(t):
            if ch.dep_ in ("acl", "relcl") and ch.pos_ == "VERB":
                agent = _agent_of(ch)
                if agent is not None:
                    return self._np_owner(agent, t)
                if ch.dep_ == "relcl" and ch.lower_ in _PRODUCE_FORMS:
                    subj = next((g for g in ch.children if g.dep_ == "nsubj"), None)
                    if subj is not None and subj.lower_ not in ("that", "which", "who"):
                        return self._np_owner(subj, t)
        v = t.head
        if v.pos_ != "VERB" or v.lower_ not in _PRODUCE_FORMS:
            return None
        if t.dep_ == "nsubjpass":
            agent = _agent_of(v)
            return self._np_owner(agent, t) if agent is not None else None
        if t.dep_ != "dobj":
            return None
        subj = next((g for g in v.children if g.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("which", "who", "that") and v.dep_ == "relcl":
            subj = v.head  # "Quinnipiac, which conducted the poll"
        return self._np_owner(subj, t) if subj is not None else None

    def _role_initials(self, name: str) -> str | None:
        """The named person whose office the all-capital ``name`` abbreviates ("IG" for "State
        Department inspector general, Steve Linick"; "DNI" for a Director of National
        Intelligence): the initials of the role's last words, without "of/for/and/the"; ``None``
        for any other name or when no role or two people's roles fit."""
        if not (2 <= len(name) <= 4 and name.isalpha() and name.isupper()):
            return None
        want = name.lower()
        found = {}
        for m in self.named:
            words = [w for w in norm_tokens(m.role or "") if w not in ("of", "for", "and", "the", "on")]
            if len(words) >= len(want) and "".join(w[0] for w in words[-len(want):]) == want:
                found.setdefault(m.name if len(m.name.split()) > 1 else None, m)
        found.pop(None, None)
        if len(found) != 1:
            return None
        m = next(iter(found.values()))
        return self._person(m.name, m.role, m.start).key

    @staticmethod
    def _polled_people_clauses(t: Token) -> list[Token]:
        """Participle clauses on the people a poll asked ("a poll *of 400 registered Latino voters
        released on Friday by Latino Decisions*"; the parser hangs "released" on "voters"): the
        clauses of the object of "of" after a poll or survey noun, when that object is counted
        or a word for people polled."""
        if _doc_kind(t.lower_) != "poll":
            return []
        out = []
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and (any(c.dep_ == "nummod" for c in obj.children) or obj.lower_ in _POLLED):
                    out.extend(c for c in obj.children if c.dep_ in ("acl", "relcl"))
        return out

    def _reporting_subject(self, v: Token) -> str | None:
        """The named subject of a verb of the headline's document word ("Report: …" then "the New
        York Times *reported*"), or ``None``."""
        subj = next((g for g in v.children if g.dep_ == "nsubj"), None)
        if subj is None:
            return None
        ent = next((e for e in v.doc.ents if e.start <= subj.i < e.end), None)
        if ent is None or ent.label_ not in ("ORG", "PERSON"):
            return None
        return self._owner_key(ent.start_char, ent.end_char, _strip_poss(ent.text), ent.label_)

    def _remember_doc(self, head: Token | None, owner: str) -> None:
        """Note ``owner`` as the body behind the document source whose noun is ``head`` (for a
        later "the statement" that refers to it) and as the last document owner."""
        self.doc_owner = owner
        if head is not None:
            if not hasattr(self, "doc_owners"):
                self.doc_owners: dict[int, str] = {}
            self.doc_owners[head.i] = owner

    def _earlier_owner(self, span, head: Token, kind: str) -> str | None:
        """The owner of the nearest earlier document with an owner, within 600 tokens before a
        definite document mention ("the report" after "a report from X"): first one with the same
        noun ("report"), then one of the same kind ("the survey" after "the Quinnipiac poll"). An
        earlier document source already resolved counts with its speaker ("According to the
        statement, …" → Fox News, then "…,” the statement read")."""
        window = self.doc[max(0, span.start - 600): span.start]
        same = head.lower_
        known = getattr(self, "doc_owners", {})
        for exact in (True, False):
            for t in reversed(window):
                if t.pos_ not in ("NOUN", "PROPN") or (t.lower_ == same) != exact or _doc_kind(t.lower_) != kind:
                    continue
                owner = known.get(t.i) or self._doc_owner_of(t, statement_subject=True)
                if owner is not None:
                    return owner
        return None

    def _statement_of_prev(self, prev: str | None) -> str | None:
        """A definite statement with no owner in the text ("Fox News confirmed that Kelly met with
        Trump. According to *the statement*, …") is the previous attribution's speaker, when that
        is a named person or organisation."""
        if prev and self.entities[prev].kind in ("person", "organization"):
            return prev
        return None

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
            if e.kind == "organization" and e.name and self._cluster_for(e) is None:
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
                    tok = self.doc.char_span(last, last + 1, alignment_mode="expand")
                    if tok is not None and len(tok) and tok[0].ent_type_ in ("GPE", "LOC", "NORP") \
                            and not c.role_words & ORG_HEADS:
                        continue  # "Mexico said": a country, not "the group"
                if typed is None or last > typed[0]:
                    typed = (last, c)
        best = exact or typed
        return best[1] if best is not None else None

    def _org_description(self, span, start: int, prev: str | None) -> str | None:
        """An organisation description that names no one ("the campaign", "the network", "the
        magazine", "the group", "His campaign") resolved to the organisation of that type the
        article names (rule 3 of ``gold/speakers/README.md``: "the campaign" meaning the Trump
        campaign is that organisation, as the article writes it).

        "his/her campaign" (any :data:`_PERSON_ORGS` word) is the campaign of the latest person of
        that gender who is a subject before it in the paragraph (or the sentence before);
        "the campaign" is the latest "<Surname>('s) campaign" the article writes before it, or an
        organisation described as a campaign; other type words go to :meth:`_org_of_type`.
        ``None`` when nothing fits (the ranker then decides)."""
        head_text = _head_part(span.text)
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
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
            surname = c.name.split()[-1]
            name = f"{surname} {self._org_word(surname, word)}"
            self.via, self.confidence = "organization", 0.7
            return self._entity("O:" + name.lower(), name, "organization", None, start).key
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
            return self._entity("O:" + named[1].lower(), named[1], "organization", None, start).key
        if c is None:
            return None
        self.via, self.confidence = "organization", 0.8
        key = self._entity("O:" + c.name.lower(), c.name, "organization", c.role, start).key
        if any(c is x for x in self.cands.clusters):
            self.key_cluster[key] = c
        return key

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
            name = _strip_poss(re.sub(r"^(?:The|A|An|In|At|On|For|From|By|To|With|And|But|As)\s+", "", name)).strip()
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
                last = max((m[0] for m in c.mentions if m[0] < pos), default=-1)
                if last >= 0 and (best is None or last > best[0]):
                    best = (last, c.name)
        if best is None:
            return None
        return self._entity("O:" + best[1].lower(), best[1], "organization", None, pos).key

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

    def _possessor(self, span, start: int, prev: str | None) -> str | None:
        """The named possessor of a possessive source ("*Gallup’s* own tracking poll", "*Tuttle’s*
        article", "*the Washington Post’s* investigative unit"): the statement, document or unit
        is that person's or organisation's (rule 4 of ``gold/speakers/README.md``: "Trump's
        statement" → Donald Trump). The possessor is resolved as the name it is, alone (a surname
        to its full name, as the same surname elsewhere). ``None`` when the possessor is not a
        capitalised name."""
        pos_tok = next((t for t in span if t.tag_ == "POS"), None)
        if pos_tok is None or pos_tok.i == span.start:
            return None
        owner = self.doc[pos_tok.i - 1]
        if owner.pos_ != "PROPN" or not owner.text[:1].isupper():
            return None
        ent = next((e for e in self.doc.ents if e.start <= owner.i < e.end and e.label_ in ("ORG", "PERSON")), None)
        a = max(ent.start_char, span.start_char) if ent is not None else owner.left_edge.idx
        b = owner.idx + len(owner)
        sub = self.doc.char_span(a, b, alignment_mode="expand")
        if sub is None or not len(sub) or mention_class(sub) not in ("name", "surname", "org_name"):
            return None
        key = self._ranked(sub, a, b, prev, False)
        if key is None:
            key = self._resolve(sub, self.text[a:b], a, prev, False)
        if self.entities[key].kind not in ("person", "organization"):
            return None
        self.via, self.confidence = "possessive", 0.8
        return key

    def _cluster_for(self, ent: _Entity) -> Cluster | None:
        if not ent.name:
            return None
        toks = norm_tokens(ent.name)
        for c in self.cands.clusters:
            if c.tokens == toks or (c.kind == ent.kind and c.tokens and toks and c.tokens[-1] == toks[-1]
                                    and c.tokens[0] == toks[0]):
                return c
        return None

    def _ranked(self, span, start: int, end: int, prev: str | None, forward: bool) -> str | None:
        """The speaker key the learned ranker chooses for a mention it handles, else ``None``."""
        if self.ranker is None or span is None or not len(span):
            return None
        head_end = start + len(_head_part(span.text))
        cls = mention_class(span)
        app = self._appositive_name(start, end, head_end) if cls not in ("name", "surname", "org_name") else None
        if app is not None:
            # "Two military analysts, Patrick Megahan and Chris Harman,", "Trump's running mate —
            # Indiana Gov. Mike Pence —": the name in apposition to the description
            self.via, self.confidence = "name", 1.0
            return self._person(app.name, app.role, start).key
        app_org = self._appositive_org(start, end, head_end) if cls in ("nominal", "org_desc", "org_name") else None
        if app_org is not None:
            # "Britain's medicines regulator, the MHRA", "her management company, Apex Sports" (issue 11)
            self.via, self.confidence = "organization", 0.9
            key = self._entity("O:" + app_org.name.lower(), app_org.name, "organization", app_org.role, start).key
            self.key_cluster[key] = app_org
            return key
        if cls == "nominal" and (_possessed_group(span) or self._unnamed_back_reference(span, start)):
            # "Lindgren's family", "the prime minister's official spokesman", "A person close to
            # Fontaine … the person said": people the article leaves unnamed (issue 11, rules 8, 12)
            self.via, self.confidence = "anonymous", 0.7
            return self._new_unnamed("anonymous", start)
        if _THE_TWO.match(_head_part(span.text)):
            pair = self._coordinated_before(start)
            if pair is not None:
                # "Hillary Clinton and Bernie Sanders are both progressives. … The two admit …":
                # the first-named (rule 6 of gold/speakers/README.md)
                return self._adopt(pair, start, "nominal", 0.7)
        if cls == "anonymous" or (cls == "nominal" and _plural_possessed(span)):
            # "Twelve percent", "Republicans", "his surrogates": a group the article leaves unnamed
            self.via, self.confidence = "anonymous", 0.8
            return self._new_unnamed("anonymous", start)
        org = self.cands.cluster_of(start, head_end)
        if org is not None and org.kind == "organization" and _ends_mention(org, start, head_end, self.text) and not any(
                m.start >= start and m.end <= head_end for m in self.named) and not _pp_object(org, start, head_end, self.text):
            # an organisation named in the mention ("the weekly Der Kurier", "The broadcaster NTV")
            self.via, self.confidence = "organization", 1.0
            key = self._entity("O:" + org.name.lower(), org.name, "organization", org.role, start).key
            self.key_cluster[key] = org
            return key
        if any(m.start >= start and m.end <= head_end and len(m.name.split()) >= 2 for m in self.named):
            return None  # a full name in the mention: the name rules decide
        named_org = self._person_org(span, start, prev)
        if named_org is not None:
            return named_org
        if cls == "pronoun_it":
            owner = self._document_it(span, start, prev)
            if owner is not None:
                return owner  # "Mr Evans's own letter … was read out. “…,” it said" (issue 11)
        if cls in ("org_name", "surname", "possessive"):
            named = self._possessed_name(span, start)
            if named is not None:
                return named  # "Germany's Vogel", "Brazil's Camila Duarte": the person (issue 11)
        if cls in ("org_desc", "nominal", "org_name"):
            genre = self._genre_org_description(span, start)  # "The carrier", "the club" (issue 11)
            if genre is not None:
                return genre
        described = self._described_org(span, cls, start, prev)
        if described is not None:
            return described
        if cls == "org_name" and org is not None and org.kind == "person":
            cls = "surname"  # "Ham" tagged ORG by the NER, a person's surname in this article
        if cls == "document":
            return self._document(span, start, prev)
        if cls not in self.RANKED:
            return None
        para_start = self.text.rfind("\n", 0, start) + 1
        ctx = PairContext(pos=start, words=norm_tokens(_head_part(span.text)), cls=cls,
                          prev=self.key_cluster.get(prev) if prev else None,
                          para_speakers={id(c) for p, c in self.history if p >= para_start},
                          speakers={id(c) for _, c in self.history}, sent_start=span.sent.start_char,
                          para_start=para_start, end=end, caps=has_caps(span), nat=nationality_words(span))
        # a name given as an example ("Constitutionalists, like Sen. Ted Cruz,") is not the mention's own
        ctx.end = min((m.start for m in self.named if head_end <= m.start < end
                       and _EXAMPLE_BEFORE.search(self.text, start, m.start)), default=end)
        pool = candidate_list(self.cands, ctx, forward=forward)
        if cls.startswith("pronoun"):
            pool = bound_out(pool, co_arguments(span))  # "She asked Richards": not Richards
        elif cls == "nominal":
            pool = bound_out(pool, commanding_subjects(span))  # "Trump … after the Democrat said": not Trump
        if cls == "nominal":
            lead = self._lead_author(span)
            if lead is not None:
                return self._adopt(lead, start, "nominal", 0.7)  # "the researchers" → who led the study
            ahead = self._forward_role(span, start)
            if ahead is not None:
                # "its chief executive warned …" in the lead, "Henrik Aas, the chief executive," below
                return self._adopt(ahead, start, "nominal", 0.7)
            epithet = self._epithet_person(span, start, pool)
            if epithet is not None:
                # "The Swede", "the 58-year-old", "the Ashford manager" (issue 11)
                return self._adopt(epithet, start, "nominal", 0.7)
        only = self._paragraph_person(span, cls, para_start, pool)
        if only is not None:
            # "… listening to FBI Director James Comey's statement. He called it …" (issue 13)
            return self._adopt(only, start, "pronoun", 0.9)
        gov = self._governing_subject(span, cls, pool)
        if gov is not None:
            # "Donald Trump responded from the heart as he live-tweeted …": the main clause's subject
            return self._adopt(gov, start, "pronoun", 0.9)
        chain = self._subject_chain(span, cls, pool)
        if chain is not None:
            # "Mr. Cruz has sharpened his language … ¶ He has coined a new phrase … He expressed …"
            return self._adopt(chain, start, "pronoun", 0.8)
        if cls == "pronoun_pl" or ctx.words in (["two"], ["both"]):
            pair = self._coordinated_before(start)
            last = self.key_cluster.get(prev) if prev else None
            if pair is None and last is not None and last.coord and any(a < start for a in last.coord):
                pair = last  # "they" again, after a "they" that was "Cohen and DeLong"
            if pair is not None:
                # "Stephen Cohen and Bradford DeLong suggest … they argue": the first-named
                return self._adopt(pair, start, "pronoun" if cls == "pronoun_pl" else "nominal", 0.7)
        cl = compatible(cls, pool)
        if cls in ("pronoun_m", "pronoun_f") and not any(x[0] is not None for x in cl):
            late = self._named_after(span.sent.end_char, "m" if cls == "pronoun_m" else "f")
            if late is not None:
                # "A woman who has accused … She also described … ¶ Juanita Broaddrick, who …"
                return self._adopt(late, start, "pronoun", 0.5)
        if cls == "nominal" and not any(x[0] is not None and x[1].get("role_head") for x in cl) \
                and self._introduced_unnamed(span, start):
            # "A judge in Ohio ruled … The judge said": the person the article introduced unnamed
            self.via, self.confidence = "anonymous", 0.7
            return self._new_unnamed("anonymous", start, same_as="anon " + span.text)
        scores = [self.ranker.score(f) for _, f in cl]
        best = max(range(len(cl)), key=lambda i: scores[i])
        top = scores[best]
        z = sum(math.exp(x - top) for x in scores)
        c = cl[best][0]
        if c is None and cls == "pronoun_pl" and ctx.words[:1] != ["we"]:
            # "Mexican officials … they said": a group the article does not name
            self.via, self.confidence = "anonymous", 0.6
            return self._new_unnamed("anonymous", start)
        if c is None and cls == "nominal" and not any(x[0] is not None and x[1].get("role_head") for x in cl):
            just = self._just_named(span, pool)
            if just is not None:
                # "Just ask former NFL star Herschel Walker. ¶ The former Heisman Trophy winner …"
                return self._adopt(just, start, "nominal", 0.6)
            top_person = self._dominant_person(span, start, pool)
            if top_person is not None:
                # "The real estate mogul declined …": a description with no role written anywhere
                return self._adopt(top_person, start, "nominal", 0.5)
        if c is None:
            return None  # a speaker not among the candidates: the rules name it, or not
        if c.kind == "person":
            key = self._person(c.name, c.role, start).key
        else:
            key = self._entity("O:" + c.name.lower(), c.name, "organization", c.role, start).key
        self.key_cluster[key] = c
        self.via, self.confidence = self._VIA.get(cls, cls), 1.0 / z
        return key

    def _named_after(self, start: int, want: str) -> Cluster | None:
        """The person of gender ``want`` whom the article names first shortly after a he/she
        that has no antecedent of that gender, or ``None``.

        "A woman who has accused former President Bill Clinton of rape said … *She* also
        described an interaction with Hillary Clinton … ¶ Juanita Broaddrick, who said …,
        recounted …" (West Journal, PolNeAR train): a pronoun whose referent the lead leaves
        unnamed until the next sentences (Halliday & Hasan 1976, ch. 2, on cataphora). Only the
        first person mentioned as a subject outside quotation marks at or after ``start`` (the end
        of the pronoun's sentence: a name in the pronoun's own clause is not its referent, binding
        principle C, "*She* also described an interaction with Hillary Clinton") and within
        :data:`_LATE_NAME_CHARS` characters of it, if that person is known to be of gender
        ``want``. Offsets are characters.
        """
        best = None
        for c in self.cands.clusters:
            if c.kind != "person" or not c.mentions:
                continue
            s0, _, subj, quoted = c.mentions[0]
            if not start <= s0 <= start + _LATE_NAME_CHARS or not subj or quoted:
                continue
            if best is None or s0 < best.mentions[0][0]:
                best = c
        return best if best is not None and best.gender == want else None

    def _subject_chain(self, span, cls: str, pool) -> Cluster | None:
        """The person a he/she main-clause subject continues from the sentences before, or ``None``.

        Centering's *continue* transition (Grosz, Joshi & Weinstein 1995; the subject preference
        of Kameyama 1986): walking back sentence by sentence, each main clause whose subject is
        "he"/"she" of the same gender keeps the same center, and the first main clause whose
        subject is a named person (or a description with a name in apposition: "Trump's running
        mate — Indiana Gov. Mike Pence — has …") gives it: "Mr. Cruz has sharpened his … language
        … ¶ He has coined a new phrase … *He* expressed amusement …" (Breitbart, PolNeAR train:
        Cruz, not the reporter quoted two paragraphs before). The walk stops, with no answer, at a
        main clause whose subject is anything else (another noun phrase, another pronoun, none),
        that lies inside quotation marks or is a Title Case headline, and after
        :data:`_CHAIN_SENTENCES` sentences. Only for a pronoun outside quotation marks that is the
        subject of its sentence's main verb (or of a verb coordinated with it); the person must be
        among the ranker's candidates (``pool``, after binding) and not of the other gender.
        """
        if cls not in ("pronoun_m", "pronoun_f") or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.cands._quoted(tok.idx):
            return None
        if tok.head.dep_ != "ROOT" and not (tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT"):
            return None
        want = "m" if cls == "pronoun_m" else "f"
        form = "he" if want == "m" else "she"
        sent = tok.sent
        for _ in range(_CHAIN_SENTENCES):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            root = sent.root
            if self.cands._quoted(root.idx) or _title_case_line(self.text, sent.start_char):
                return None  # a quotation, or a headline ("Trump Calls On Obama …")
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or self.cands._quoted(subj.idx):
                return None
            if subj.lower_ == form:
                continue
            for t in [subj] + [c for c in subj.children if c.dep_ == "appos"]:
                c = next((c for c in self.cands.clusters if c.kind == "person"
                          and any(s <= t.idx < e for s, e, _, _ in c.mentions)), None)
                if c is not None:
                    if (c.gender is not None and c.gender != want) or not any(x[0] is c for x in pool):
                        return None
                    return c
            return None
        return None

    def _governing_subject(self, span, cls: str, pool) -> Cluster | None:
        """The person who is the subject of the clause that a he/she subject's adverbial clause
        modifies, or ``None``.

        "As President Obama lectured the nation …, Donald Trump responded from the heart as *he*
        live-tweeted the address": a pronoun subject of an adverbial clause (spaCy ``advcl``: as,
        when, after, because, while …) that follows its main clause's subject takes that subject
        (the pronoun is c-commanded by it and the subject is the clause's center; Grosz, Joshi &
        Weinstein 1995). Only a person named there outside quotation marks, among the ranker's
        candidates (``pool``, after binding) and not of the other gender. The mirror case, a
        pronoun subject of the main clause after a fronted clause with a named subject ("When
        Trump used the words, “…,” he was echoing Ryan"), is :meth:`_fronted_clause_subject`'s.
        """
        if cls not in ("pronoun_m", "pronoun_f") or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if tok.head.dep_ == "advcl":
            gov = tok.head.head
            subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        else:
            subj = self._fronted_clause_subject(tok)
        if subj is None or subj.pos_ != "PROPN":
            return None
        c = next((c for c in self.cands.clusters if c.kind == "person"
                  and any(s <= subj.idx < e and not q for s, e, _, q in c.mentions)), None)
        if c is None or not any(x[0] is c for x in pool):
            return None
        want = "m" if cls == "pronoun_m" else "f"
        return None if c.gender is not None and c.gender != want else c

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
        if span is None or not len(span):
            return None
        head_text = _head_part(span.text)
        toks = [t for t in span if not t.is_punct and t.idx < span.start_char + len(head_text)]
        if len(toks) < 2 or toks[0].lower_ != "the" or any(t.tag_ == "POS" or t.dep_ == "poss" for t in toks):
            return None
        head = toks[-1]
        if head.tag_ != "NN" or head.lower_ in ORG_HEADS or head.lower_ in DOC_NOUNS or head.lower_ in ANON_HEADS:
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
        if span is None or not len(span):
            return None
        head_text = _head_part(span.text)
        toks = [t for t in span if not t.is_punct and t.idx < span.start_char + len(head_text)]
        if len(toks) < 2 or toks[0].lower_ != "the" or any(t.tag_ == "POS" or t.dep_ == "poss" for t in toks):
            return None
        head = toks[-1]
        if head.tag_ != "NN" or head.lower_ in ORG_HEADS or head.lower_ in DOC_NOUNS or head.lower_ in ANON_HEADS:
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

    @staticmethod
    def _fronted_clause_subject(tok: Token) -> Token | None:
        """The subject of a subordinate clause that opens ``tok``'s sentence, when ``tok`` (a
        he/she subject) is the first subject of the main clause after it, or ``None``.

        "When Trump used the words, “I’m not quite there yet,” *he* was echoing Ryan" (West
        Journal, PolNeAR train): a fronted adverbial clause (when, as, while, after, before, once,
        since, because, although, if) whose subject is named, followed by a main clause whose
        subject is a pronoun: the pronoun takes the clause's subject (the clause's subject is the
        sentence's first-mentioned, preferred center; Grosz, Joshi & Weinstein 1995). The mirror
        of the rule of :meth:`_governing_subject` for a pronoun inside the subordinate clause. Only when the
        subordinator is the sentence's first word and no other noun-phrase subject stands between
        the clause's subject and the pronoun outside a quotation (the parser may hang the clause
        under a quoted verb: it is looked for among the tokens before the pronoun).
        """
        sent = tok.sent
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if not words or words[0].lower_ not in _SUBORDINATORS or words[0].i >= tok.i:
            return None
        clause = words[0].head
        if clause.dep_ != "advcl" or clause.i >= tok.i or words[0].dep_ not in ("mark", "advmod"):
            return None
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if subj is None:
            return None
        # the clause must end before the pronoun and hang (through any quoted verbs) under its verb
        anc = {a.i for a in clause.ancestors}
        if tok.head.i not in anc:
            return None
        quoted = False
        for t in sent.doc[clause.i + 1: tok.i]:
            if t.text in ("“", "”", '"'):
                quoted = not quoted if t.text == '"' else t.text == "“"
                continue
            if not quoted and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") \
                    and not (subj.left_edge.i <= t.i <= subj.i):
                return None  # "When Trump spoke, the crowd cheered and he …": another subject first
        return subj

    def _appositive_name(self, start: int, end: int, head_end: int) -> NamedMention | None:
        """A full personal name in apposition to a description that opens the mention, or ``None``.

        "Two military analysts, Patrick Megahan and Chris Harman,", "three economists -- David
        Autor at MIT, …", "The head of the Super PAC backing Jeb Bush, Mike Murphy,", "Trump's
        running mate — Indiana Gov. Mike Pence —": the speaker is the first name after the
        description's comma, dash or parenthesis (``head_end``, :func:`~.coref._head_part`), with
        only capitalised words (titles, places) between; the first-named of several, by rule 6 of
        ``gold/speakers/README.md``. A name after other words ("Constitutionalists, like Sen. Ted
        Cruz,") is an example, not the speaker. A source span that stops before the apposition
        ("Two economists") takes a name right after it when the name is closed as an apposition
        is (a comma, dash, parenthesis or "and" after it: not "Republicans, Ana Ruiz said, …").
        Offsets ``[start, end)`` are characters.
        """
        for m in self.named:
            if m.start < head_end or len(m.name.split()) < 2:
                continue
            if m.end > end and not (head_end >= end - 1 and m.start - end < 40
                                    and re.match(rf"\s*(?:,|\)|[{DASHES}]|--?|and\b)", self.text[m.end:m.end + 5])):
                break  # past the mention: only an apposition the source span left out ("Two economists, Lena Brody and …")
            if _APPOS_GAP.match(self.text[head_end:m.start]):
                return m
            break
        return None

    def _adopt(self, cand: Cluster, start: int, via: str, confidence: float) -> str:
        """Resolve the mention at ``start`` to the person cluster ``cand`` (a rule's choice, not
        the ranker's): set :attr:`via` and :attr:`confidence`, return the person's key."""
        self.via, self.confidence = via, confidence
        key = self._person(cand.name, cand.role, start).key
        self.key_cluster[key] = cand
        return key

    def _paragraph_person(self, span, cls: str, para_start: int, pool) -> Cluster | None:
        """The one person a paragraph has named before a he/she that opens a later sentence of it,
        or ``None``.

        "That might sound strange to anyone listening to FBI Director James Comey's statement.
        He called her handling … “extremely careless”": a paragraph that names one person
        (outside quotation marks, in the sentences before the pronoun's) and goes on with a
        subject "he"/"she" is about that person, not about the speaker of the paragraph before
        (centering: the pronoun realises the backward-looking center, the one entity the
        previous utterance offers; Grosz, Joshi & Weinstein 1995). Only when that person is
        among the ranker's candidates (``pool``, after binding), not of the other gender, and no
        noun phrase other than that person is the subject of a sentence there ("The radio talker
        … for Cruz. He …" is the talker). Organisations named there do not count ("FBI Director
        James Comey"). Issue 13: the statement gold's u43 report in Politico, 2016-07-05.
        """
        if cls not in ("pronoun_m", "pronoun_f") or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        sent = tok.sent
        if any(not (t.is_punct or t.is_space) for t in self.doc[sent.start:tok.i]):
            return None  # not the sentence's first word
        lo, hi = para_start, sent.start_char
        if hi <= lo:
            return None  # the paragraph's first sentence
        named = [c for c in self.cands.clusters
                 if c.kind == "person" and any(lo <= m[0] < hi and not m[3] for m in c.mentions)]
        if len(named) != 1:
            return None
        c = named[0]
        lo_tok = self.doc.char_span(lo, hi, alignment_mode="expand")
        if lo_tok is None or any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
                                 and not any(m[0] <= t.idx < m[1] for m in c.mentions)
                                 and not _not_a_person(t, self.cands) and not self.cands._quoted(t.idx) for t in lo_tok):
            return None  # "The radio talker has filled his speeches for Cruz. He …": a described subject
        want = "m" if cls == "pronoun_m" else "f"
        if c.gender is not None and c.gender != want:
            return None
        return c if any(x[0] is c for x in pool) else None

    def _coordinated_before(self, pos: int) -> Cluster | None:
        """The first-named person of coordinated names ("Autor and Dorn") in the sentence before
        ``pos`` or the one before it, when no other person or organisation is named after them
        ("Hillary Clinton and Bernie Sanders are both progressives. Their shared goals … are
        closely aligned. The two admit …")."""
        sents = [s for s in self.doc.sents if s.start_char < pos]
        if not sents:
            return None
        lo = sents[max(0, len(sents) - 3)].start_char  # sents[-1] is the mention's own sentence
        best, at = None, -1
        for c in self.cands.clusters:
            for s, _, _, _ in c.mentions:
                if lo <= s < pos and s in c.coord and s > at:
                    best, at = c, s
        if best is None:
            return None
        for c in self.cands.clusters:
            if c is best:
                continue
            for s, _, _, _ in c.mentions:
                # someone named after the coordination (beyond the names and appositions it holds)
                if at + 200 < s < pos:
                    return None
        return best

    def _introduced_unnamed(self, span, start: int) -> bool:
        """Whether a definite nominal's head noun ("the judge", "the official") was introduced
        earlier in the article as an unnamed person: indefinite ("a federal judge", "one
        official") or a bare plural ("Mexican officials")."""
        toks = [t for t in span if not t.is_punct and t.idx < span.start_char + len(_head_part(span.text))]
        if not toks or toks[0].lower_ not in ("the", "that", "this"):
            return False
        head = toks[-1].lower_
        if not head.isalpha() or toks[-1].pos_ != "NOUN":
            return False
        for t in self.doc[: span.start]:
            if t.lower_ not in (head, head + "s") or t.pos_ != "NOUN":
                continue
            dets = [c.lower_ for c in t.children if c.dep_ in ("det", "poss", "nummod", "quantmod")]
            if dets and dets[0] in ANON_DETS:
                return True
            if not dets and t.tag_ == "NNS" and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children):
                return True
        return False

    def _resolve(self, span, mention: str, start: int, prev: str | None, forward: bool) -> str:
        words = [w for w in re.findall(r"[\w.\-’']+", mention)]
        low = [w.lower() for w in words]
        # a PERSON name inside the mention
        inside = [m for m in self.named if m.start >= start and m.end <= start + len(mention)
                  and not _EXAMPLE_BEFORE.search(self.text, start, m.start)]
        if inside:
            head_tok = span.root if span is not None and len(span) else None
            # the name the mention is about: the one holding its head word, else one that is not a
            # possessor ("Trump's running mate, Indiana Gov. Mike Pence," is Pence)
            owners = [m for m in inside if not re.match(r"['’]", self.text[m.end:m.end + 1])]
            m = next((m for m in inside if head_tok is not None and m.role_start <= head_tok.idx < m.end),
                     (owners or inside)[0])
            role = re.split(rf"\s[{DASHES}-]{{1,2}}\s?|[{DASHES}]|[,:;(]", self.text[start:m.start])[-1].strip(" ,.") or None
            if role:
                role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
                role = " ".join(w for w in role.split() if w.lower() not in HONORIFICS) or None
            role = role or m.role or _apposition_role(self.text[m.end:start + len(mention)])
            return self._person(m.name, role, start).key
        if len(low) == 1 and low[0] in PRONOUNS:
            want = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}.get(low[0])
            bound = co_arguments(span)
            if prev and self.entities[prev].kind in ("person", "organization") and low[0] not in ("i", "we", "you") \
                    and not self._gender_clash(prev, want) and not self._bound(prev, bound) \
                    and not (low[0] in ("they", "their") and self.entities[prev].kind == "person"):
                return prev
            before = [m for m in self.named if m.end <= start and not self._gender_clash_name(m.name, want)
                      and not self._named_in(m.name, bound)]
            if before and want:
                return self._person(before[-1].name, before[-1].role, start).key
            return self._new_unnamed("unresolved", start)
        head = span.root if span is not None and len(span) else None
        ents = [head] if head is not None and head.ent_type_ in ("ORG", "GPE", "NORP", "FAC") else []
        if ents and head.ent_type_ == "NORP" and len(low) == 2 and low[0] == "the" and head.tag_ in ("NNP", "NN"):
            ents = []  # "the Republican said": one member of a party, a person
        head_low = head.lower_ if head is not None else (low[-1] if low else "")
        if low and low[0] in ANON_DETS or (head_low in ANON_HEADS and (not low or low[0] not in ("the",))):
            return self._new_unnamed("anonymous", start)
        if ents and len(low) <= 2 and words and words[-1][:1].isupper():
            # "Trump" tagged ORG by the NER: a known person's surname is that person
            m = self._full_name_for(_strip_poss(words[-1]), start if not forward else len(self.text) + 1)
            if m is not None and m.name.split()[-1] == _strip_poss(words[-1]):
                return self._person(m.name, m.role, start).key
        if ents or head_low in ORG_HEADS:
            name = re.sub(r"^(?:the)\s+", "", _strip_poss(mention), flags=re.I)
            # an apposition is not part of the name ("ISIS, responsible for several attacks,")
            name = re.split(rf",|\s\(|\s[{DASHES}-]{{1,2}}\s", name)[0].strip() or name
            if not any(w[:1].isupper() for w in name.split()
                       if w.lower() not in ("his", "her", "its", "their", "our", "this", "that", "these", "those")):
                # "the campaign", "police", "His team": an organisation the text does not name
                return self._new_unnamed("unresolved", start, same_as=mention)
            return self._entity("O:" + name.lower(), name, "organization", None, start).key
        # capitalised single word: a surname or a title ("Mayor:" in a headline)
        if span is not None and all(t.pos_ == "PROPN" for t in span if not t.is_punct and t.tag_ != "POS") and len(low) <= 3:
            surname = _strip_poss(words[-1]) if words else mention
            m = self._full_name_for(surname, start if not forward else len(self.text) + 1)
            if m is not None:
                return self._person(m.name, m.role, start).key
            role_match = self._by_role(low, start, forward=True, nat=nationality_words(span))
            if role_match:
                return role_match
            if len(low) >= 1 and mention[:1].isupper() and span.root.ent_type_ == "PERSON":
                return self._person(_strip_poss(mention), None, start).key
            if len(words) == 1 and mention[:1].isupper() and not mention.isupper() and span.root.ent_type_ in ("", "PERSON") \
                    and span.root.dep_ in ("nsubj", "nsubjpass") and low[0] not in TITLE_WORDS and low[0] not in ORG_HEADS:
                # "“…,” Hale said": a capitalised subject the NER left untagged is a person's surname
                return self._person(_strip_poss(mention), None, start).key
            # a capitalised name the NER missed ("Chief Ana Paz"): titles become the role
            words_only = [w for w in words if w[:1].isupper()]
            titles = []
            while words_only and words_only[0].lower() in TITLE_WORDS:
                titles.append(words_only.pop(0))
            if len(words_only) >= 2 and len(words_only) == len(words) - len(titles) and not (set(low) & TITLE_WORDS - {w.lower() for w in titles}):
                return self._person(_strip_poss(" ".join(words_only)), " ".join(titles) or None, start).key
        # definite nominal: match a named person's role words; a bare capitalised title used as
        # a name ("Mayor: …" in a headline) may refer forward to "Mayor Ines Duarte"
        bare_title = bool(low) and mention[:1].isupper() and all(w in TITLE_WORDS for w in low)
        role_match = self._by_role(low, start, forward=forward or bare_title, nat=nationality_words(span))
        if role_match:
            return role_match
        named = self._capitalised_name(mention, start)
        if named is not None:
            return named
        return self._new_unnamed("unresolved", start, same_as=mention)

    def _capitalised_name(self, mention: str, start: int) -> str | None:
        """A capitalised name the NER did not tag, with or without an apposition ("Black Lives
        Matter", "Priorities USA, a pro-Clinton super PAC,", "The Islamic State", "HUFFPOLLSTER"):
        a person when a first name or a title says so ("Joh Husted, Ohio Secretary of State,"),
        else an organisation."""
        head = _head_part(mention)
        rest = mention[len(head):] if mention.startswith(head) else ""
        head = re.sub(r"^(?:the|The|THE)\s+", "", _strip_poss(head)).strip()
        ws = head.split()
        if not 1 <= len(ws) <= 5 or not ws[0][:1].isupper() or self.text[start:start + 1].islower():
            return None
        if not all(w[:1].isupper() or w in ("of", "for", "and", "de", "the", "on") for w in ws):
            return None
        low = [w.lower() for w in ws]
        if all(w in TITLE_WORDS or w in OCCUPATIONS or w in ORG_HEADS for w in low) or low[0] in PRONOUNS:
            return None
        first = norm_tokens(ws[0])[:1]
        rest_words = set(re.findall(r"[a-z]+", rest.lower()))
        if len(ws) in (2, 3) and not any(w in ORG_HEADS for w in low) and (
                (first and (first[0] in _FIRST_NAMES)) or rest_words & (TITLE_WORDS | OCCUPATIONS)):
            return self._person(head, None, start).key
        if len(ws) == 1 and not ws[0].isupper() and not _CAMEL_BRAND.search(ws[0]):
            # a single capitalised word: a surname or a place, not an organisation; a camel-case
            # brand is one ("HuffPollster", "SurveyMonkey"; "McCain", "DeSantis" are not brands)
            return None
        self.via, self.confidence = "organization", 0.6
        return self._entity("O:" + head.lower(), head, "organization", None, start).key

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
            rw = set(re.findall(r"[\w\-]+", m.role.lower()))
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

    # -- genre shapes (issue 11, gold/speakers/genre) ---------------------------------------
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
        person_spans = [(m.start, m.end) for m in self.named]
        person_words = {w for m in self.named if len(norm_tokens(m.name)) >= 2 for w in norm_tokens(m.name)}

        def add(name: str, kinds: set[str], words: set[str], start: int | None = None) -> None:
            toks = tuple(norm_tokens(name))
            if not toks:
                return
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
            kinds = _word_kinds(c.tokens)
            if len(c.tokens) == 2 and c.tokens[-1] in ("town", "city", "county") and not any(
                    t.ent_type_ in ("GPE", "LOC") for s, _, _, _ in c.mentions[:1]
                    for t in (self.doc.char_span(s, s + 1, alignment_mode="expand") or [])):
                kinds.add("club")  # "Medway Town" tagged ORG: a club named after its town
            words = {w for w in c.role_words if w in ORG_KIND_OF or w in DESC_KINDS}
            for s, e, _, _ in c.mentions:
                words |= _context_words(text, s, e)
            add(c.name, kinds | _context_kinds(words - c.role_words), words)
        for m in _NAME_RUN.finditer(text):
            s, e = m.start(), m.end()
            ws = m.group().split()
            if not _context_words(text, s, e) and (len(ws) < 2 or not (
                    _word_kinds(norm_tokens(m.group())) or re.fullmatch(r"[A-Z][a-z]+[^s]s", ws[-1]))):
                continue  # no kind word in it or around it, and no team name ("Sacramento Kestrels")
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            toks = list(span)
            while toks and (toks[0].lower_ in ("the", "of", "and", "for", "&") or toks[0].pos_ != "PROPN" and (
                    len(toks) == 1 or toks[1].lower_ in ("of", "and", "for", "&"))):
                toks.pop(0)  # "Shares of Veritas Semiconductor": the sentence's first word is no name
            brk = next((k for k, t in enumerate(toks) if k and t.is_sent_start), None)
            toks = toks[:brk] if brk is not None else toks  # "… Seattle. Sportsbooks …": two sentences
            if not toks:
                continue
            cut = min((a for a, b in person_spans if toks[0].idx < a < toks[-1].idx + len(toks[-1])), default=None)
            if cut is not None:
                toks = [t for t in toks if t.idx + len(t) <= cut]  # "Harvest Foods and Penfold's"
            while toks and (toks[-1].is_punct or toks[-1].tag_ == "POS" or toks[-1].ent_type_ in ("DATE", "TIME")
                            or toks[-1].text[:1].islower()):  # "California-based", "Department of"
                toks.pop()
            if not toks:
                continue
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
            if any(a < e and s < b for a, b in person_spans):
                continue
            name = _strip_poss(text[s:e]).strip()
            words = norm_tokens(name)
            kinds = _word_kinds(words) if len(words) >= 2 else set()
            if len(words) >= 2 and toks[0].ent_type_ == "GPE" and toks[-1].ent_type_ != "GPE" \
                    and re.fullmatch(r"[A-Z][a-z]+[^s]s", toks[-1].text) and words[-1] not in ORG_KIND_OF:
                kinds.add("club")  # "Sacramento Kestrels": a place and a plural name, a team
            around = _context_words(text, s, e)
            kinds |= _context_kinds(around)
            left, _, right = name.partition(" and ")
            if right and len(left.split()) >= 2 and norm_tokens(left)[-1] in ORG_KIND_OF and _word_kinds(norm_tokens(right)):
                # "Brightwater Foods and Corbett Stores": two companies ("Competition and Markets
                # Authority" is one: its first part names no kind)
                add(left, _word_kinds(norm_tokens(left)), set())
                add(right, _word_kinds(norm_tokens(right)), around)
            elif kinds and not all(w in ORG_KIND_OF for w in words):
                add(name, kinds, around)
        # every occurrence of each name; the short forms of businesses and clubs
        firsts: dict[str, list[OrgRef]] = {}
        for ref in list(refs.values()):
            if len(ref.tokens) >= 2 and ref.kinds & _SHORTENED_KINDS:
                first = ref.name.split()[0]
                if len(first) >= 3 and first[:1].isupper() and first.lower() not in _NOT_SHORT \
                        and first.lower() not in _FIRST_NAMES and first.lower() not in person_words \
                        and first.lower() not in DEMONYMS and first.lower() not in ORG_KIND_OF \
                        and first.lower() not in _KNOWN_KINDS:
                    firsts.setdefault(first, []).append(ref)
        out: list[OrgRef] = []
        for toks, ref in refs.items():
            if len(toks) == 1 and len(firsts.get(ref.name, [])) == 1:
                firsts[ref.name][0].kinds |= ref.kinds  # "Medway" merges into "Medway Town"
                firsts[ref.name][0].words |= ref.words
                continue
            out.append(ref)
        for ref in out:
            ref.starts.extend(_occurrences(text, re.sub(r"^(?:the|The)\s+", "", ref.name)))
        for first, rs in firsts.items():
            if len(rs) != 1:
                continue  # two bodies share the word: no short form
            second = rs[0].name.split()[1]
            for x in _occurrences(text, first):
                if not text[x + len(first):x + len(first) + len(second) + 1].strip().startswith(second):
                    rs[0].starts.append(x)
        for ref in out:
            ref.starts = sorted(set(ref.starts))
        self._org_refs = out
        self._short_forms = {first.lower(): rs[0] for first, rs in firsts.items() if len(rs) == 1}
        return out

    def _full_org_name(self, name: str) -> str | None:
        """The full name of the business or club that the one word ``name`` is the short form of
        ("Harvest" → "Harvest Foods"), else ``None`` (:meth:`org_refs`)."""
        toks = norm_tokens(name)
        if len(toks) != 1 or getattr(self, "_org_refs", None) is None and not any(
                self.text[i + len(name) + 1: i + len(name) + 2].isupper() for i in _occurrences(self.text, name)):
            return None  # never written before another capitalised word: no short form (cheap test first)
        self.org_refs()
        ref = self._short_forms.get(toks[0])
        return ref.name if ref is not None else None

    def _ref_subject(self, pos: int) -> bool:
        """Whether the organisation name starting at ``pos`` is a subject or a possessor."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        t = span[0]
        while t.dep_ == "compound" and t.head.i > t.i:
            t = t.head
        return t.dep_ in ("nsubj", "nsubjpass", "poss") or (t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass"))

    def _genre_org_description(self, span, start: int) -> str | None:
        """An organisation description by its type word ("The carrier", "the chipmaker", "The
        broadcaster", "The regulator", "the club", "the union", "The festival", "police", "the
        city") resolved to an organisation of a fitting kind (:data:`DESC_KINDS`) named before it:
        the latest one named as a subject or possessor, else the latest one named at all; "police"
        may take a force named after it ("…, police said. … according to the New York Police
        Department"), "the city" the place of the dateline. Rule 3 of ``gold/speakers/README.md``
        (the description is the organisation the article names); shapes of issue 11's genre gold.
        ``None`` when the word is no type word or nothing fits."""
        head_text = _head_part(span.text)
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
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
        if any(t.text[:1].isupper() and not ("-" in t.text and t.text.split("-")[-1].islower()) for t in toks[1:]):
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
            if best is None or rank > best[:3]:
                best = (*rank, r)
        ref = best[3] if best is not None else None
        if ref is None and word == "police":
            ref = min((r for r in refs if r.starts), key=lambda r: r.starts[0], default=None)
        if ref is not None:
            self.via, self.confidence = "organization", 0.8
            return self._entity("O:" + ref.name.lower(), ref.name, "organization", None, start).key
        if word == "ministry" and len(toks) >= 3 and all(t.text.islower() for t in toks[1:]):
            # "The finance ministry" of an article that never names it: the article's words
            # (gold/speakers/genre README: a ministry the article never names properly)
            name = self.text[toks[1].idx: toks[-1].idx + len(toks[-1])]
            self.via, self.confidence = "organization", 0.6
            return self._entity("O:" + name.lower(), name, "organization", None, start).key
        if "place" in want:
            place = self._dateline_place(start)
            if place is not None:
                self.via, self.confidence = "organization", 0.6
                return self._entity("O:" + place.lower(), place, "organization", None, start).key
        return None

    def _possessed_name(self, span, start: int) -> str | None:
        """The person named after a place's possessive ("Germany's Vogel" in a headline, "Brazil's
        Camila Duarte"): the name, not the place, is the source; ``None`` unless the possessor is
        a place (GPE) and one to three capitalised words after it name a person of the article."""
        pos_tok = next((t for t in span if t.tag_ == "POS"), None)
        if pos_tok is None or pos_tok.i == span.start or span.doc[pos_tok.i - 1].ent_type_ not in ("GPE", "NORP"):
            return None
        rest = [t for t in span.doc[pos_tok.i + 1: span.end] if not t.is_punct]
        if not 1 <= len(rest) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
            return None
        name = self.text[rest[0].idx: rest[-1].idx + len(rest[-1])]
        m = self._full_name_for(name, start) if len(rest) == 1 else None
        if m is None and not any(x.name == name for x in self.named):
            return None
        self.via, self.confidence = "name", 0.9
        return self._person(m.name if m is not None else name, m.role if m is not None else None, start).key

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

    def _document_it(self, span, start: int, prev: str | None) -> str | None:
        """"It" whose antecedent is a document with a named possessor ("Mr Evans's own letter to the
        court was read out by his barrister. “I lost my temper …,” *it* said"): the document's
        writer (rule 4 of ``gold/speakers/README.md``: a letter read out → its writer). The
        antecedent is the latest subject outside quotation marks in the pronoun's sentence or the
        one before; only when that subject is a document noun (:data:`~.coref.DOC_NOUNS`) with a
        possessive name. ``None`` otherwise."""
        if span is None or len(span) != 1 or span[0].dep_ not in ("nsubj", "nsubjpass"):
            return None
        sent = span[0].sent
        lo = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        subj = None
        for t in self.doc[lo: span[0].i]:
            if t.dep_ in ("nsubj", "nsubjpass") and not self.cands._quoted(t.idx):
                subj = t
        if subj is None or subj.lower_ not in DOC_NOUNS:
            return None
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if poss is None:
            return None
        sub = self.doc[poss.left_edge.i: subj.i + 1]
        return self._possessor(sub, start, prev)

    def _forward_role(self, span, start: int) -> Cluster | None:
        """A role description in a lead that the article names only later ("Nordavia … swung to a
        profit, but *its chief executive* warned …", then "Henrik Aas, the chief executive,
        said"): the one person named after ``start`` whose roles hold every word of the
        description (two words at least: "chief executive", "finance minister"), when no person
        named before it has the role's head word. Wire and business leads (issue 11)."""
        head_text = _head_part(span.text)
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
        if len(toks) < 3 or toks[0].lower_ not in ("the", "its", "their") or toks[-1].pos_ != "NOUN":
            return None
        words = [t.lower_ for t in toks[1:]]
        if not all(w.isalpha() and w.islower() for w in words):
            return None
        head = words[-1]
        people = [c for c in self.cands.clusters if c.kind == "person" and c.role_words]
        if any(head in c.role_words and any(s < start for s, _, _, _ in c.mentions) for c in people):
            return None
        later = [c for c in people if set(words) <= c.role_words and all(s > start for s, _, _, _ in c.mentions)]
        return later[0] if len(later) == 1 else None

    def _lead_author(self, span) -> Cluster | None:
        """"The researchers", "the authors", "the scientists" of a study whose leader the article
        names ("Dr Priya Nair, a neurologist at University College London who led the study", "a
        study led by Ana Berg", "lead author Ana Berg"): that person, before or after the mention
        (rule 12 of ``gold/speakers/README.md``: a group with no name of its own takes the member
        named as leading it). ``None`` when no one is named so, or several are."""
        head_text = _head_part(span.text)
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
        if len(toks) != 2 or toks[0].lower_ != "the" or toks[1].lower_ not in ("researchers", "authors", "scientists",
                                                                                "investigators"):
            return None
        leaders: set[int] = set()
        found: Cluster | None = None
        for m in self.named:
            after = self.text[m.end:m.end + 120].split("\n")[0]
            before = self.text[max(0, m.start - 30):m.start]
            if re.search(r"\bwho (?:led|leads|co-led) (?:the|this) (?:study|trial|research|team|paper|work)\b", after) \
                    or re.search(r"\b(?:led by|lead author|senior author)\s+(?:(?:Dr|Prof|Professor)\.?\s+)?$", before) \
                    or re.match(r"\s*,\s*(?:the\s+)?(?:study's\s+|paper's\s+)?(?:lead|senior) author\b", after):
                c = self.cands.cluster_of(m.start, m.end)
                if c is not None and c.kind == "person":
                    leaders.add(id(c))
                    found = c
        return found if len(leaders) == 1 else None

    def _unnamed_back_reference(self, span, start: int) -> bool:
        """"The person", "the source", "the official" after the article introduced such a person
        unnamed ("A person close to Fontaine said …"; :meth:`_introduced_unnamed`): anonymous
        even when a named person's role holds the word (rule 8 of ``gold/speakers/README.md``)."""
        head_text = _head_part(span.text)
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
        return (len(toks) == 2 and toks[1].lower_ in _UNNAMED_PERSON_HEADS
                and self._introduced_unnamed(span, start))

    def _dateline_place(self, pos: int) -> str | None:
        """The place of the article's dateline ("RIVERTON — The City Council …" → "Riverton"), when
        it comes before ``pos``."""
        m = re.search(r"(?m)^([A-Z][A-Z .'’-]{2,40}?)(?:,\s*[^—–\n]{0,40})?\s*(?:\([^)\n]{1,20}\)\s*)?[—–-]{1,2}\s",
                      self.text[:pos])
        return m.group(1).strip().title() if m else None

    def _person_evidence(self, c: Cluster) -> set[str]:
        """Lower-cased words that describe the person ``c``: role words, name, the words just
        before each mention ("*Brazil's* Camila Duarte", "*French striker* Ana Roux") and the
        apposition after it ("Lindqvist, *the world No 2 from Sweden*,")."""
        words = set(c.role_words) | set(c.tokens)
        spans = {(s, e) for s, e, _, _ in c.mentions}
        last = c.name.split()[-1] if c.name.split() else ""
        if len(last) >= 3:
            # every occurrence of the surname, also where the NER missed the name ("Portugal's Rita
            # Moreira" tagged nothing): the words before it reach past a first name
            spans |= {(i, i + len(last)) for i in _occurrences(self.text, last)}
        for s, e in sorted(spans):
            words |= set(norm_tokens(self.text[max(0, s - 40):s].split("\n")[-1])[-4:])
            app = re.match(r"\s*,\s*([^,.;\n]{1,60})", self.text[e:e + 70])
            if app:
                words |= set(norm_tokens(app.group(1)))
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
        binding). Shapes of issue 11's genre gold (sports, culture, business copy)."""
        head_text = _head_part(span.text)
        m = re.fullmatch(r"(?:the|this)\s+(?:(\d{1,3})-year-old|([A-Za-z]+)|([A-Z][\w’'-]+)\s+([a-z]+))", head_text.strip(),
                         flags=re.I)
        if m is None or not head_text[:1].isalpha():
            return None
        age, nat_word, club, role = m.group(1), m.group(2), m.group(3), m.group(4)
        nat = genre_demonym(nat_word) if nat_word else frozenset()
        if nat_word and not nat:
            return None
        club_ref = None
        if club:
            if role not in _CLUB_ROLES or not club[:1].isupper():
                return None
            club_ref = next((r for r in self.org_refs() if "club" in r.kinds and (
                norm_tokens(club)[0] in r.tokens or self._short_forms.get(norm_tokens(club)[0]) is r)), None)
            if club_ref is None:
                return None
        gender = DEMONYM_GENDER.get(nat_word.lower()) if nat_word else None
        people = [c for c, _ in pool if c is not None and c.kind == "person" and any(s < start for s, _, _, _ in c.mentions)]
        all_nats = {w for ws in DEMONYMS.values() for w in ws}
        other_clubs = {w for r in self.org_refs() if "club" in r.kinds and r is not club_ref for w in r.tokens[:1]}

        def last(c: Cluster) -> int:
            return max(s for s, _, _, _ in c.mentions if s < start)

        excluded = set()
        fits = []
        for c in people:
            ev = self._person_evidence(c)
            if gender and c.gender and c.gender != gender:
                excluded.add(id(c))
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
        if fits:
            return max(fits, key=last)
        para = self.text.rfind("\n\n", 0, start)
        for _ in range(2):
            if para > 0:
                para = self.text.rfind("\n\n", 0, para)
        lo = max(para, 0)
        best: tuple[int, Cluster] | None = None
        for c in people:
            if id(c) in excluded:
                continue
            for s, _, subj, quoted in c.mentions:
                if subj and not quoted and lo <= s < start and (best is None or s > best[0]):
                    best = (s, c)
        return best[1] if best is not None else None

    def add_name_mentions(self) -> None:
        """Add every PERSON mention whose name belongs to a resolved person as a mention."""
        for m in self.named:
            for e in self.entities.values():
                if e.kind == "person" and e.name and (m.name == e.name or (len(m.name.split()) == 1 and
                                                                          m.name == e.name.split()[-1])):
                    if (m.start, m.end) not in e.mentions:
                        e.mentions.append((m.start, m.end))

    def speakers(self) -> tuple[list[Speaker], dict[str, str]]:
        """The Speaker records (ids ``s1``… by first mention) and a map from key to id."""
        ordered = sorted(self.order, key=lambda k: min([s for s, _ in self.entities[k].mentions] or [self.entities[k].first]))
        ids = {k: f"s{i + 1}" for i, k in enumerate(ordered)}
        out = []
        for k in ordered:
            e = self.entities[k]
            ms = tuple(Span.of(self.text, s, t) for s, t in sorted(set(e.mentions)))
            out.append(Speaker(ids[k], e.name, e.kind, e.role, ms))
        return out, ids
