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
from .coref import _FEMALE, _MALE, _PARTY_WORDS
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
        head = [t for t in span if not t.is_punct][-1:] if span is not None else []
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

    def _document(self, span, start: int) -> str:
        """The body behind a document source: a named organisation or person that owns the
        document in the mention ("a new Washington Post-ABC News poll", "the Reuters/Ipsos poll",
        "a study by the Department of Veterans Affairs", "a new article in Politico"); else, for a
        definite one ("the poll", a headline "Poll"), the owner of the nearest earlier document of
        the same kind ("the latest Quinnipiac University poll", "X said in a statement", "X writes
        in his book"), or of one soon after it (a headline, or "a new national poll shows … The
        latest Rasmussen Reports poll"); else the body behind the last document source of the
        article; else no speaker (an unowned "review of records")."""
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
            self.doc_owner = owner
            self.confidence = 0.8
            return owner
        headline = "\n" in self.text[start:start + 200] and "\n" not in self.text[max(0, start - 1):start] and start < 300
        definite = lead in ("the", "this", "that", "its", "their") or (len(span) <= 2 and span.text[:1].isupper()
                                                                     and lead not in ("a", "an")
                                                                     and span[-1].tag_ not in ("NNS", "NNPS"))
        if head is not None:
            kind = _doc_kind(head.lower_)
            if definite:
                for t in reversed(self.doc[max(0, span.start - 600): span.start]):
                    if _doc_kind(t.lower_) == kind and t.pos_ in ("NOUN", "PROPN"):
                        owner = self._doc_owner_of(t, statement_subject=True)
                        if owner is not None:
                            break
            if owner is None and (headline or lead in ("a", "an") or definite):
                stop = span.end + (120 if not headline else 200)
                for t in self.doc[span.end: min(len(self.doc), stop)]:
                    if _doc_kind(t.lower_) == kind and t.pos_ in ("NOUN", "PROPN"):
                        owner = self._doc_owner_of(t)
                        if owner is not None:
                            break
            if owner is not None:
                self.doc_owner = owner
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
        return toks[0] if toks else None

    def _doc_owner_of(self, t: Token, *, statement_subject: bool = False) -> str | None:
        """Speaker key of the owner of the document noun ``t``: the capitalised name right before
        it ("the latest Rasmussen Reports poll", "a USA TODAY analysis", "CNN/ORC poll"), its
        possessor ("Conason's book"), a "by/from/in X" after it ("an article in Politico"); with
        ``statement_subject``, also the subject of "X said in a statement"."""
        doc = t.doc
        i = t.i - 1
        while i >= 0 and (doc[i].text[:1].isupper() or doc[i].text in ("/", "-", "&")) and doc[i].ent_type_ not in (
                "DATE", "TIME", "CARDINAL", "ORDINAL") and doc[i].lower_ not in _DETS and "\n" not in doc[i].whitespace_:
            i -= 1
        run = doc[i + 1: t.i]
        if len(run) and run[0].text not in ("/", "-", "&") and (any(x.ent_type_ in ("ORG", "PERSON", "GPE") for x in run)
                                                                 or all(x.is_upper for x in run if x.is_alpha)):
            name = _strip_poss(doc_text(doc)[run.start_char:run.end_char]).strip(" -/")
            label = "PERSON" if all(x.ent_type_ == "PERSON" for x in run) and _doc_kind(t.lower_) != "poll" else "ORG"
            if name and not (len(run) == 1 and run[0].ent_type_ == "NORP"):
                return self._owner_key(run.start_char, run.end_char, name, label)
        for ch in t.children:
            if ch.dep_ == "poss" and (ch.ent_type_ in ("ORG", "PERSON") or ch.pos_ == "PROPN"):
                a, b = ch.left_edge.idx, ch.idx + len(ch)
                return self._owner_key(a, b, _strip_poss(doc_text(doc)[a:b]), ch.ent_type_ or "PERSON")
            if ch.dep_ == "prep" and ch.lower_ in ("by", "from", "in", "of"):
                for pobj in ch.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in ("ORG", "PERSON"):
                        a, b = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge)
                        ent = next((e for e in doc.ents if e.start <= pobj.i < e.end), None)
                        if ent is not None:
                            a, b = ent.start_char, ent.end_char
                        return self._owner_key(a, b, re.sub(r"^(?:the|The)\s+", "", _strip_poss(doc_text(doc)[a:b])),
                                               pobj.ent_type_)
        if statement_subject and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB":
            subj = next((c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                for ent in doc[subj.left_edge.i: subj.right_edge.i + 1].ents:
                    if ent.label_ in ("ORG", "PERSON"):
                        return self._owner_key(ent.start_char, ent.end_char, _strip_poss(ent.text), ent.label_)
        return None

    def _owner_key(self, a: int, b: int, name: str, label: str) -> str:
        """Speaker key for a document's owner named at ``[a, b)``: the person or organisation
        cluster there, or the organisation cluster whose name it starts ("Rasmussen" →
        "Rasmussen Reports"), else a new organisation (or person, for a PERSON name)."""
        name = re.sub(r"^(?:the|The)\s+", "", name).strip()
        c = self.cands.cluster_of(a, b)
        toks = norm_tokens(name)
        org = next((o for o in self.cands.clusters if o.kind == "organization" and toks and
                    (o.tokens == toks or o.tokens[:len(toks)] == toks and len(o.tokens) > len(toks))), None)
        if org is not None and (c is None or c.kind == "organization" or label == "ORG"):
            return self._entity("O:" + org.name.lower(), org.name, "organization", org.role, a).key
        if c is not None and c.kind == "person":
            return self._person(c.name, c.role, a).key
        if label == "PERSON":
            return self._person(name, None, a).key
        name = c.name if c is not None and len(c.tokens) >= len(toks) else name
        return self._entity("O:" + name.lower(), name, "organization", None, a).key

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
        if cls == "org_name" and org is not None and org.kind == "person":
            cls = "surname"  # "Ham" tagged ORG by the NER, a person's surname in this article
        if cls == "document":
            return self._document(span, start)
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
        only = self._paragraph_person(span, cls, para_start, pool)
        if only is not None:
            # "… listening to FBI Director James Comey's statement. He called it …" (issue 13)
            return self._adopt(only, start, "pronoun", 0.9)
        gov = self._governing_subject(span, cls, pool)
        if gov is not None:
            # "Donald Trump responded from the heart as he live-tweeted …": the main clause's subject
            return self._adopt(gov, start, "pronoun", 0.9)
        if cls == "pronoun_pl" or ctx.words in (["two"], ["both"]):
            pair = self._coordinated_before(start)
            last = self.key_cluster.get(prev) if prev else None
            if pair is None and last is not None and last.coord and any(a < start for a in last.coord):
                pair = last  # "they" again, after a "they" that was "Cohen and DeLong"
            if pair is not None:
                # "Stephen Cohen and Bradford DeLong suggest … they argue": the first-named
                return self._adopt(pair, start, "pronoun" if cls == "pronoun_pl" else "nominal", 0.7)
        cl = compatible(cls, pool)
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
                                 and not any(m[0] <= t.idx < m[1] for m in c.mentions) for t in lo_tok):
            return None  # "The radio talker has filled his speeches for Cruz. He …": a described subject
        want = "m" if cls == "pronoun_m" else "f"
        if c.gender is not None and c.gender != want:
            return None
        return c if any(x[0] is c for x in pool) else None

    def _coordinated_before(self, pos: int) -> Cluster | None:
        """The first-named person of coordinated names ("Autor and Dorn") in the sentence before
        ``pos`` or the one before it, when no other person or organisation is named after them."""
        sents = [s for s in self.doc.sents if s.start_char < pos]
        if not sents:
            return None
        lo = sents[-2].start_char if len(sents) >= 2 else sents[-1].start_char
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
