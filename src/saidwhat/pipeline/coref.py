"""Source-mention coreference: which person or organisation a source mention refers to.

A mention-ranking resolver (after Denis & Baldridge 2008; Wiseman et al. 2015, in the light form
used for quotation attribution by Muzny et al. 2017, "A Two-stage Sieve Approach for Quote
Attribution"): the article's **candidates** are clusters of PERSON and ORG names (spaCy NER), each
with its mentions, subject positions, roles (title words before a name, appositions), gender
(honorifics, the pronouns that follow its subject mentions, a short first-name list, then a larger
one built from nomquamgender, :func:`first_name_gender`), and whether
each mention sits inside a quotation. A source mention is first classed by its own words
(:func:`mention_class`: pronoun, surname, nominal, organisation description, document, …); each
candidate then gets a feature vector (:func:`pair_features`: recency, previous speaker, subject
position, salience (the subject of the sentence before, the latest subject outside quotes),
gender and number agreement, surname and role match, nationality fit, organisation type words,
coordinated names, inside-quote penalty), crossed with the mention class, and a linear scorer picks
the best one; below a threshold the mention stays unresolved. Hard constraints come first
(:func:`compatible`, :func:`bound_out`): a nominal names a person whose role fits, "he"/"she" a
person of that gender, "they" an organisation (or, before ranking, the first of coordinated
names), and a pronoun never a name among its own verb's objects ("She asked Richards"). The weights are learned from the speaker
gold set's train part (``gold/speakers/train.jsonl``, :mod:`saidwhat.model.train_coref`) and
shipped in ``model/weights/coref.json``.

Offsets are ``[start, end)`` characters of the Doc's text.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from copy import copy
from functools import lru_cache, partial
from itertools import accumulate, repeat
from operator import itemgetter, mul
from pathlib import Path
from typing import Sequence

from spacy.tokens import Doc, Token

from . import doc_text, padding_token

#: Patterns of hot call sites, compiled once (speed, session 13).
_RX_0 = re.compile(r"['’]s$|['’]$")
_RX_1 = re.compile(r"[\w'.\-]+")
_RX_2 = re.compile(r"^(?:the|The)\s+")
_RX_3 = re.compile(r"['’]s?$")
_RX_4 = re.compile(r"\s*,\s*(?:\d+\s*,\s*)?(?:an?|the|his|her|its|their)\s+([^,.;]{3,80}?)(?:,|\.|;| who\b)")
_RX_5 = re.compile(r"\s*,\s*(\d{1,3})\s*,")
_RX_6 = re.compile(r",|\s\(|\s(?:who|which|that)\s|\s[—–-]{1,2}\s")

#: Mention classes, decided by the mention's own words.
CLASSES = ("pronoun_m", "pronoun_f", "pronoun_pl", "pronoun_it", "pronoun_1", "surname", "nominal", "org_name",
           "org_desc", "document", "possessive", "name", "anonymous", "other")
PRON_CLASS = {"he": "pronoun_m", "him": "pronoun_m", "his": "pronoun_m", "she": "pronoun_f", "her": "pronoun_f",
              "hers": "pronoun_f", "they": "pronoun_pl", "them": "pronoun_pl", "their": "pronoun_pl",
              "it": "pronoun_it", "its": "pronoun_it", "i": "pronoun_1", "we": "pronoun_1", "my": "pronoun_1",
              "our": "pronoun_1", "you": "pronoun_1"}
ANON_DETS = {"a", "an", "one", "some", "several", "two", "three", "four", "five", "many", "few", "other", "another",
             "multiple", "any", "numerous", "various", "certain", "most", "no", "both", "all", "nearly", "only",
             "about", "almost", "more", "half", "dozens", "hundreds", "thousands", "millions", "others"}
DOC_NOUNS = {"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "data",
             "ruling", "letter", "book", "article", "transcript", "document", "documents", "statement", "video",
             "slide", "review", "memo", "filing", "lawsuit", "complaint", "release", "findings", "figures", "records",
             "email", "emails", "post", "tweet", "tweets", "website", "ad", "advertisement", "commercial", "film",
             "documentary", "decision", "order", "opinion", "editorial", "column", "piece", "story", "paper",
             "research", "estimate", "estimates", "projection", "projections", "forecast", "outlook", "average",
             "index", "numbers", "results", "count", "tally", "audit", "investigation", "inquiry", "probe",
             "indictment", "verdict", "filings", "record", "message", "speech", "interview", "plan", "proposal",
             "platform", "policy", "bill", "measure", "legislation", "resolution", "rule", "law", "guidance",
             "notice", "assessment", "model", "map", "evidence", "reply", "reporting", "coverage", "footage", "clip",
             "excerpt", "polling", "history"}
#: Group nouns: a crowd or a public the article leaves unnamed ("the crowd", "the American people",
#: "Bernie Sanders supporters"); the speaker gold rules (``gold/speakers/README.md``, rule 3) make them
#: anonymous.
GROUP_NOUNS = frozenset({"crowd", "audience", "public", "people", "voters", "supporters", "protesters", "demonstrators",
                         "fans", "critics", "opponents", "residents", "onlookers", "spectators", "attendees"})
ORG_WORDS = {"government", "ministry", "kremlin", "administration", "campaign", "committee", "department", "police",
             "company", "agency", "office", "party", "council", "court", "army", "military", "coalition",
             "commission", "board", "house", "senate", "congress", "cabinet", "embassy", "group", "organization",
             "organisation", "union", "university", "network", "team", "firm", "bank", "fund", "foundation",
             "institute", "regime", "presidency", "pentagon", "channel", "broadcaster", "newspaper", "paper",
             "weekly", "daily", "magazine", "outlet", "station", "agency", "processor", "corporation", "corp",
             "inc", "service", "center", "centre", "association", "federation", "league", "club", "school",
             "hospital", "legislature", "parliament", "assembly", "bureau", "authority", "commission", "panel",
             "tribunal", "caucus", "movement", "alliance", "society", "trust", "lab", "laboratory", "times",
             "post", "journal", "news", "press", "tribune", "herald", "guardian", "telegraph", "reuters", "state",
             "country", "nation", "city", "county", "town", "province", "region", "staff", "aides", "people"}
#: Organisation type words that describe the same kind of body ("the network" for "the broadcaster NTV").
ORG_TYPES = [{"channel", "network", "broadcaster", "station", "tv", "television", "cable"},
             {"paper", "newspaper", "weekly", "daily", "magazine", "tabloid", "outlet", "publication", "journal",
              "times", "post", "tribune", "herald", "news"},
             {"company", "firm", "processor", "corporation", "corp", "inc", "maker", "manufacturer", "business",
              "group", "retailer", "giant", "carrier", "airline", "bank", "lender", "insurer"},
             {"ministry", "department", "agency", "office", "bureau", "authority", "administration", "government"},
             {"court", "tribunal", "judge", "panel"},
             {"campaign", "team", "committee"},
             {"fund", "bank", "institution", "organization", "organisation", "body", "group"},
             {"party", "caucus", "movement", "coalition", "alliance"},
             {"university", "school", "college", "institute", "center", "centre", "lab"}]
HONOR_M = {"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "mister"}
HONOR_F = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess", "sister", "mother"}
#: Nationality nouns and adjectives a person may be called by ("the Swede", "The Frenchwoman", "the
#: Brazilian"), each with the words that say that nationality in a name's surroundings ("Brazil's
#: Camila Duarte", "the world No 2 from Sweden", "French striker Ana Roux"). Sports, culture and
#: wire copy use them as epithets (issue 11, gold/speakers/genre).
_NATIONS = {
    "france": "french frenchman frenchwoman", "sweden": "swede swedish", "brazil": "brazilian",
    "portugal": "portuguese", "spain": "spaniard spanish", "germany": "german", "italy": "italian",
    "netherlands holland": "dutch dutchman dutchwoman", "belgium": "belgian",
    "england": "english englishman englishwoman", "scotland": "scot scots scottish scotsman scotswoman",
    "wales": "welsh welshman welshwoman", "ireland": "irish irishman irishwoman",
    "britain uk": "briton british", "america us usa": "american", "canada": "canadian", "mexico": "mexican",
    "argentina": "argentine argentinian argentinean", "colombia": "colombian", "chile": "chilean",
    "uruguay": "uruguayan", "peru": "peruvian", "australia": "australian", "zealand": "zealander kiwi",
    "japan": "japanese", "china": "chinese", "korea": "korean", "india": "indian", "pakistan": "pakistani",
    "nigeria": "nigerian", "ghana": "ghanaian", "kenya": "kenyan", "ethiopia": "ethiopian",
    "egypt": "egyptian", "morocco": "moroccan", "senegal": "senegalese", "cameroon": "cameroonian",
    "serbia": "serb serbian", "croatia": "croat croatian", "poland": "pole polish", "russia": "russian",
    "ukraine": "ukrainian", "czech czechia": "czech", "hungary": "hungarian", "romania": "romanian",
    "greece": "greek", "turkey": "turk turkish", "denmark": "dane danish", "norway": "norwegian",
    "finland": "finn finnish", "switzerland": "swiss", "austria": "austrian", "israel": "israeli",
    "iran": "iranian", "iraq": "iraqi", "syria": "syrian", "jamaica": "jamaican", "cuba": "cuban",
    "philippines": "filipino filipina", "vietnam": "vietnamese", "indonesia": "indonesian",
}
#: Nationality word → every word of that nationality (country names included).
DEMONYMS: dict[str, frozenset[str]] = {
    w: frozenset(countries.split()) | frozenset(words.split())
    for countries, words in _NATIONS.items() for w in words.split()}
#: Gendered nationality nouns ("Frenchwoman" is a woman).
DEMONYM_GENDER = {w: ("f" if w.endswith("woman") or w == "filipina" else "m") for w in DEMONYMS
                  if (w.endswith(("man", "woman")) and w != "german") or w == "filipina"}
#: First names by gender (a short list of common English and international first names; a
#: pronoun seen after a subject mention overrides it).
_FEMALE = set("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel
catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan
evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany
natalie isabella charlotte rose alexis kayla hillary hilary melania ivanka chelsea nancy elizabeth kamala theresa
angela nikki sarah michele condoleezza madeleine ruth sonia elena huma kellyanne hope ivana tiffany ana dana
gillian ines claire connie tina olive megyn ava angela michelle ghazala jeanne cecile susan janet christine marine
sheila tulsi jill carly katie nina jane ann anne""".split())
_MALE = set("""james robert john michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold
keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce
albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny
barack bernie ted marco jeb rand mike mitt newt chris rudy reince paul bill vladimir bashar recep dmitry sergei
tim ben lindsey jim harry mitch rex jared steve karl milo ravi numan boris emmanuel justin xi kim abe enrique
ildefonso khizr pat rush sean lester matt wolf jake chuck cory elijah hakeem kevin""".split())


#: Nouns of office and occupation: a mention headed by one is a description, capitalised or not.
ROLE_NOUNS = frozenset("""president senator lawmaker congressman congresswoman representative governor mayor judge
justice general admiral colonel officer minister secretary chancellor premier leader chief spokesman spokeswoman
spokesperson director chairman chairwoman chair commissioner ambassador attorney lawyer doctor candidate nominee
member official aide adviser advisor strategist pollster economist analyst professor author writer host anchor
sheriff prosecutor detective coach manager founder executive ceo""".split())
#: Role modifiers that make another office ("Vice President" is not "the president").
OFFICE_MODIFIERS = frozenset({"vice", "deputy", "former", "assistant", "acting", "associate", "lieutenant", "ex", "then"})
#: Session 15 (series u, "Dr Efua X, … a former deputy finance minister … *The former minister*
#: said"): a mention that says "former" (or "ex") of a candidate whose roles say so too is no
#: office conflict for the candidate's other office words ("deputy"): a past post is named by its
#: plain title (:func:`_former_both`). ``False`` gives the old behaviour.
_S15_NOM_FORMER = True
#: Session 16 (helper h2, PolNeAR train, real text): a role before a name that the name finder
#: cut at a coordination ("Popular Christian and corporate speaker Lance Wallnau": role "corporate
#: speaker") gives the person's cluster the words of the first conjunct too (:data:`_COORD_ROLE_BEFORE`),
#: so that "The Christian speaker" and a headline's "Christian Speaker" find that person (rule 2 of
#: ``gold/speakers/README.md``). Role words only: the mention's role string is unchanged. ``False``:
#: old behaviour.
_S16_H2_COORD_ROLE = True
#: Session 16 (helper h3; train series w: "Speaking after a friendly, *the Basque* said",
#: "Asked whether …, *the 52-year-old Basque* said"): a definite mention headed by a nationality
#: or regional people's noun (:data:`DEMONYMS`, :data:`_REGION_DEMONYMS`) after lower-case
#: modifiers (an age, "veteran") is a person description, class ``nominal`` (:func:`mention_class`),
#: not an organisation or a name. :data:`_REGION_DEMONYMS` is read only here (not by the
#: nationality features). ``False`` gives the old behaviour (two-word "the Swede" only).
_S16_H3_DEMONYM_MODS = True
#: Session 17 E2 (PolNeAR train wash-post 2016-08-10: "one *lawmaker* called Trump …", "In
#: *response* to Trump's comments", "*afternoon*, Trump included …" made "lawmaker", "response",
#: "afternoon" role words of Trump, NER-tagged ORG, so "The lawmaker, who represents a district …"
#: went to him): the common nouns that describe an ORG-tagged entity are those of the title run
#: right before it ("the insurer Aviva", "Philippine dictator X"), a run of nouns, proper nouns
#: and adjectives ending at the name; a verb, preposition, determiner or punctuation ends it, where
#: before any noun in the three tokens before the entity counted. ``False`` gives the old behaviour.
#: Ships False (session 17, fast, against all E2 switches off but this one on): genre dev -2
#: (2821 against 2823), PolNeAR speaker dev +1 (668/801 against 667), genre train +1, PolNeAR
#: speaker train 0, the 16 new PolNeAR train articles +1 (the lawmaker article: two rows fixed,
#: "the U.S. presidential candidate" lost to the lawmaker then made the previous speaker).
_S17_E2_ORG_RUN = False
#: Peoples of regions and nations without a state in :data:`_NATIONS` (singular nouns), for
#: :data:`_S16_H3_DEMONYM_MODS`.
_REGION_DEMONYMS = frozenset("""basque catalan galician andalusian corsican breton sicilian sardinian bavarian
flemish walloon scot scotsman scotswoman welshman welshwoman cornishman ulsterman kurd tamil sikh texan
californian quebecer quebecker bengali punjabi yorkshireman geordie scouser glaswegian dubliner
londoner parisian muscovite""".split())
#: One or two capitalised or lower-case words and "and"/"&" right before a role (no sentence end).
_COORD_ROLE_BEFORE = re.compile(r"(?<![\w.])((?:[A-Za-z][\w-]*[ \t]+)?[A-Za-z][\w-]*)[ \t]+(?:and|&)[ \t]+$")
_PAST_TENURE = frozenset({"former", "ex"})


def _former_both(words, role_words) -> bool:
    """Whether the mention's lower-cased ``words`` and a candidate's ``role_words`` both hold
    "former"/"ex" (:data:`_S15_NOM_FORMER`)."""
    return _S15_NOM_FORMER and bool(_PAST_TENURE & set(words)) and bool(_PAST_TENURE & role_words)
_LEAD_VERBS = frozenset("""lead leads led leading head heads headed heading chair chairs chaired chairing run runs ran
running direct directs directed directing found founded manage manages managed managing captain captains
captained coach coaches coached""".split())

#: Session 10: a person whose first name is not in the short lists above gets its gender from the
#: larger first-name list (``speakers/data/first_names.tsv``, see :func:`first_name_gender`).
_S10_GENDER = True
#: A listed name counts as female at ``p(gf) >=`` this, as male at ``p(gf) <= 1 -`` this.
_FIRST_NAME_P = 0.95
#: The votes a listed first name gives (the short lists give 3; each following pronoun 1).
_FIRST_NAME_VOTES = 2
_FIRST_NAMES_PATH = Path(__file__).resolve().parent / "speakers" / "data" / "first_names.tsv"
#: Words that open a person cluster's name without being a first name ("General", "Prime", "Lady").
_NOT_FIRST = ROLE_NOUNS | OFFICE_MODIFIERS | HONOR_M | HONOR_F | frozenset(DEMONYMS) | frozenset(
    "prime sen rep gov dr prof gen col capt sgt lt cllr rev saint st".split())
#: Session 12, speed round 2: byte-identical speedups of candidate building
#: (:class:`Candidates`: the ORG-entity overlap test by binary search, one ``str.find`` scan per
#: surname instead of a pattern compiled per article), of :func:`candidate_list` /
#: :func:`pair_features` (a candidate's mentions before the source by binary search: they are
#: kept sorted) and a memo of :func:`first_name_gender` per word; ``False`` gives the old code.
_S12_SPEED2 = True
#: Session 13 (pronouns): a he/she votes at most once for a cluster's gender, though it follows
#: several of its subject mentions ("Tom Ridley announced …. “…,” Ridley said. ¶ *She* said …":
#: one stray "she" counted twice cancelled the first name's two votes): :meth:`Candidates._pronoun_votes`.
#: Design switch, shipped ``True``.
_S13_PRON_VOTE_ONCE = True
#: Session 13 (people descriptions, round 3; genre train): in :func:`mention_class` a possessor's
#: noun is never the mention's head, so a participle after it ("the town's newly *elected* mayor")
#: does not stop the head search at the possessor ("town", an organisation word). ``False`` gives the
#: old behaviour.
_S13_NOM3_POSS_HEAD = True
#: Session 13 (round 3; genre train): in :func:`mention_class` a lower-case noun closing a mention
#: after a body's name that holds a preposition ("A Department *of* Health and Social Care
#: spokesperson", "a Bank of England official") is the head, not the name's first noun (the
#: preposition belongs to the name): so the mention is an unnamed person (rule 3 of
#: ``gold/speakers/README.md``), not the body. ``False`` gives the old behaviour.
_S13_NOM3_NAME_OF_HEAD = True
#: The people nouns that close such a mention (:data:`_S13_NOM3_NAME_OF_HEAD`): a body's unnamed
#: spokespeople and officials (not "the Bureau of Labor Statistics report", a document).
_SPOKES_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
                           "official", "officials", "source", "sources", "insider", "insiders", "aide", "aides",
                           "representative", "representatives", "staffer", "staffers"})
#: Letters that NFKD does not split into a base letter and a mark.
_UNACCENT = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "ð": "d", "þ": "th", "ı": "i"})


@lru_cache(maxsize=1)
def _first_name_table() -> dict[str, str]:
    """The first-name list, read once per process: unaccented lower-cased name → ``m`` or ``f``
    (only names past :data:`_FIRST_NAME_P`)."""
    table: dict[str, str] = {}
    with open(_FIRST_NAMES_PATH, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            name, _, p = line.rstrip("\n").partition("\t")
            pgf = float(p)
            if pgf >= _FIRST_NAME_P:
                table[name] = "f"
            elif pgf <= 1 - _FIRST_NAME_P:
                table[name] = "m"
    return table


def first_name_gender(first: str) -> str | None:
    """The gender a first name says: ``"f"``, ``"m"``, or ``None`` (not listed, or not clearly one).

    ``first`` is one name word in any case, accents allowed ("Fiona", "josé", "Bjørn"). The list is
    built by ``scripts/build_name_gender.py`` from nomquamgender 0.1.4 (MIT; Van Buskirk, Clauset &
    Larremore, ICWSM 2023): names known to at least 4 sources and 30 counted people; a name counts
    when its probability of being gendered female is at least :data:`_FIRST_NAME_P` or at most
    ``1 -`` it (so "Jordan", "Jean", "Kim" give ``None``).
    """
    if _S12_SPEED2:
        table = _first_name_table()
        memo = _FIRST_NAME_MEMO
        if memo.get(None) is not table:  # the table was rebuilt (a test changed the list): start afresh
            memo.clear()
            memo[None] = table
        got = memo.get(first, _FIRST_NAME_MEMO)
        if got is not _FIRST_NAME_MEMO:
            return got
        if len(memo) > 65536:
            memo.clear()
            memo[None] = table
        got = memo[first] = table.get(_first_name_key(first))
        return got
    return _first_name_table().get(_first_name_key(first))


#: :func:`first_name_gender` per word asked (``None``: the table the answers came from)
_FIRST_NAME_MEMO: dict = {}


def _first_name_key(first: str) -> str:
    """The lookup form of a first name: lower-cased, unaccented (NFKD without marks, :data:`_UNACCENT`)."""
    import unicodedata

    key = unicodedata.normalize("NFKD", first.lower().translate(_UNACCENT))
    return "".join(ch for ch in key if not unicodedata.combining(ch))


@dataclass
class Cluster:
    """A candidate speaker: one person or organisation named in the article.

    Attributes:
        name: the fullest name form seen ("Bashar Assad", "New York Post").
        kind: ``person`` or ``organization``.
        mentions: ``(start_char, end_char, is_subject, in_quote)`` in text order.
        role_words: lower-cased words of its titles and appositions.
        gender: ``m``, ``f`` or ``None``.
    """

    name: str
    kind: str
    mentions: list[tuple[int, int, bool, bool]] = field(default_factory=list)
    role_words: set[str] = field(default_factory=set)
    role: str | None = None
    votes: dict[str, int] = field(default_factory=lambda: {"m": 0, "f": 0})
    first_name_full: bool = False
    #: starts of the mentions that are the first of coordinated names ("*Autor* and Dorn")
    coord: set[int] = field(default_factory=set)

    @property
    def gender(self) -> str | None:
        m, f = self.votes["m"], self.votes["f"]
        if m > f:
            return "m"
        if f > m:
            return "f"
        return None

    @property
    def tokens(self) -> list[str]:
        """:func:`norm_tokens` of :attr:`name`, kept per name (``name`` may be reassigned when a
        fuller form turns up): one shared list, which callers only read."""
        got = self.__dict__.get("_tokens_of")
        if got is None or got[0] is not self.name and got[0] != self.name:
            got = self.__dict__["_tokens_of"] = (self.name, list(_norm_tokens(self.name)))
        return got[1]


#: Session 13 (speed): ``[doc, ents]`` while a speaker resolver works on ``doc``
#: (:func:`held_ents`, :meth:`~.speakers.resolver.SpeakerResolver.resolve`), else ``[None, None]``.
_ENTS_HELD: list = [None, None]


def doc_ents(doc) -> tuple:
    """``doc.ents`` (spaCy rebuilds the tuple, a Span per entity, on every access): the tuple read
    once per resolver while one works on ``doc`` (:class:`held_ents`), a fresh read otherwise.
    The Doc's entities do not change while its speakers are resolved."""
    held = _ENTS_HELD
    if held[0] is doc:
        return held[1]
    return doc.ents


def span_ents(span) -> list:
    """``span.ents`` (the entities wholly inside ``span``, as spaCy's ``Span.ents`` walks them),
    read from :func:`doc_ents`."""
    a, b = span.start, span.end
    out = []
    for ent in doc_ents(span.doc):
        if ent.start >= a:
            if ent.end <= b:
                out.append(ent)
            else:
                break
    return out


class held_ents:
    """``with held_ents(doc, ents):`` :func:`doc_ents` answers ``ents`` for ``doc`` inside the
    block (the previous holding comes back after it)."""

    __slots__ = ("doc", "ents", "saved")

    def __init__(self, doc, ents) -> None:
        self.doc, self.ents = doc, ents

    def __enter__(self) -> None:
        self.saved = (_ENTS_HELD[0], _ENTS_HELD[1])
        _ENTS_HELD[0], _ENTS_HELD[1] = self.doc, self.ents

    def __exit__(self, *exc) -> None:
        _ENTS_HELD[0], _ENTS_HELD[1] = self.saved


def norm_tokens(name: str) -> list[str]:
    """Lower-cased name words, curly apostrophes straightened, possessive and "the" dropped."""
    return list(_norm_tokens(name))


@lru_cache(maxsize=8192)
def _norm_tokens(name: str) -> tuple[str, ...]:
    s = _RX_0.sub("", name.strip()).replace("’", "'")
    words = [w for w in _RX_1.findall(s.lower()) if w not in ("the",)]
    return tuple(w.strip(".") for w in words if w.strip("."))


def span_text(span) -> str:
    """``span.text`` of a spaCy Span, sliced from the Doc's text (:func:`doc_text`, kept per Doc)
    instead of joined from its tokens (spaCy builds a Token per word on every access; speed,
    session 13): the same string (the span's characters without the last token's whitespace)."""
    if span.end <= span.start:
        return ""
    out = doc_text(span.doc)[span.start_char:span.end_char]
    return out


def _acronym(tokens: Sequence[str]) -> str:
    return "".join(w[0] for w in tokens if w not in ("of", "for", "and", "the", "on", "in", "to") and w)


class Candidates:
    """Every PERSON and ORG cluster of one Doc (see the module docstring)."""

    def __init__(self, doc: Doc, named: Sequence, in_quote: bytearray | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.in_quote = in_quote
        self.clusters: list[Cluster] = []
        fast = _S12_SPEED2
        # each name's span and its root (``None``: no token), by ``(start, end)``: :meth:`_leader_roles`
        # and :meth:`_pronoun_votes` read the same spans again (speed, session 13)
        spans: dict[tuple[int, int], tuple] = {}
        self._name_spans = spans
        for m in named:
            tok = doc.char_span(m.start, m.end, alignment_mode="expand")
            if fast:  # the span's root found once (spaCy walks the span for it on every access)
                root = tok.root if tok is not None and len(tok) else None
                spans[(m.start, m.end)] = (tok, root)
                subj = root is not None and (any(t.dep_ in ("nsubj", "nsubjpass") for t in tok)
                                             or _appos_of_subject(root))
            else:
                subj = bool(tok is not None and len(tok) and (any(t.dep_ in ("nsubj", "nsubjpass") for t in tok)
                                                              or _appos_of_subject(tok.root)))
            c = self._person_cluster(m.name, m.start)
            c.mentions.append((m.start, m.end, subj, self._quoted(m.start)))
            if (root is not None and _coordinated(root)) if fast else \
                    (tok is not None and len(tok) and _coordinated(tok.root)):
                c.coord.add(m.start)
            if m.role:
                c.role = c.role or m.role
                c.role_words |= set(norm_tokens(m.role))
                if _S16_H2_COORD_ROLE:
                    cm = _COORD_ROLE_BEFORE.search(self.text, max(0, m.role_start - 40), m.role_start)
                    if cm is not None:
                        c.role_words |= set(norm_tokens(cm.group(1)))  # "Popular *Christian* and corporate speaker X"
            before = self.text[max(0, m.start - 6):m.start].lower().split()
            if before and before[-1] in HONOR_M:
                c.votes["m"] += 3
            elif before and before[-1] in HONOR_F:
                c.votes["f"] += 3
            self._apposition(c, m.end)
        from .speakers import occupation_led
        from .speakers.names import person_org_names

        ents = doc_ents(doc)  # spaCy rebuilds the tuple on every access: read once
        # kept from named_mentions for this Doc (given the PERSON entities, it does not read
        # ``doc.ents`` again: _S12_SPEED2)
        org_names = person_org_names(doc, [e for e in ents if e.label_ == "PERSON"]) if fast else \
            person_org_names(doc)
        text = self.text
        # the starts of the person mentions, sorted (kept up to date below): whether an ORG entity
        # covers one is a binary search, not a scan of every mention per entity (_S12_SPEED2)
        pstarts = sorted(s for c in self.clusters if c.kind == "person" for s, _, _, _ in c.mentions) \
            if _S12_SPEED2 else None
        for ent in ents:
            if fast:  # the entity's text as a slice (``Span.text`` joins its tokens on every access)
                label = ent.label_
                if label == "PERSON" and text[ent.start_char:ent.end_char] in org_names:
                    pass
                elif label not in ("ORG", "NORP", "GPE") or not any(
                        ch.isupper() for ch in text[ent.start_char:ent.end_char]) or occupation_led(ent):
                    continue
            elif ent.label_ == "PERSON" and ent.text in org_names:
                pass  # "the weekly Der Kurier": an organisation the NER took for a person
            elif ent.label_ not in ("ORG", "NORP", "GPE") or not any(ch.isupper() for ch in ent.text) or occupation_led(ent):
                continue
            if ent.label_ in ("NORP", "GPE") and not (ent.root.dep_ in ("nsubj", "nsubjpass", "poss")):
                continue
            if ent.label_ == "NORP" and _one_member(ent):
                continue  # "the Republican said": a person described by party, not an organisation
            if ent.label_ == "ORG" and (
                    (k := bisect_left(pstarts, ent.start_char)) < len(pstarts) and pstarts[k] < ent.end_char
                    if pstarts is not None else
                    any(ent.start_char <= s < ent.end_char for c in self.clusters
                        if c.kind == "person" for s, _, _, _ in c.mentions)):
                continue  # "Cllr Marsh", "Brazil's Camila Duarte": a person's name the NER tagged ORG
            name = _RX_2.sub("", _RX_3.sub("", text[ent.start_char:ent.end_char]
                                                          if fast else ent.text)).strip()
            if not name:
                continue
            toks = norm_tokens(name)  # (read once: speed, session 13)
            if toks and len(toks) == 1 and toks[0] in DEMONYMS:
                continue  # "The Frenchwoman" tagged ORG: a person described by nationality
            person = next((c for c in self.clusters if c.kind == "person" and (_ct := c.tokens)
                           and toks[0] in (_ct[-1], _ct[0])), None) if ent.label_ == "ORG" and len(toks) == 1 else None
            if ent.label_ in ("NORP", "GPE") and len(toks) == 1 and ent.root.dep_ in ("nsubj", "nsubjpass"):
                # "Cuban said …" after "Mark Cuban": a known person's surname read as a nationality
                person = next((c for c in self.clusters if c.kind == "person" and len(_ct := c.tokens) >= 2
                               and _ct[-1] == toks[0]), None)
            # "Trump" tagged ORG by the NER: a person's surname is that person
            c = person or self._org_cluster(name)
            subj = ent.root.dep_ in ("nsubj", "nsubjpass")
            c.mentions.append((ent.start_char, ent.end_char, subj, self._quoted(ent.start_char)))
            if pstarts is not None and c.kind == "person":
                insort(pstarts, ent.start_char)
            if _S17_E2_ORG_RUN:
                for t in reversed(doc[max(ent.start - 3, 0):ent.start]):
                    if t.pos_ == "NOUN":
                        c.role_words.add(t.lower_)
                    elif not (t.pos_ in ("PROPN", "ADJ") or t.tag_ == "HYPH"):
                        break  # "one lawmaker called Trump", "In response to Trump's": no title of his
            else:
                for t in doc[max(ent.start - 3, 0):ent.start]:
                    if t.pos_ in ("NOUN",):
                        c.role_words.add(t.lower_)
            after = doc[ent.end].lower_ if ent.end < len(doc) else None
            if after is not None and any(after in g for g in ORG_TYPES):
                c.role_words.add(after)  # "Family Circle magazine"
        self._national_bodies()
        self._surname_mentions()
        self._leader_roles()
        for c in self.clusters:
            c.mentions.sort()
            first = c.tokens[0] if c.tokens else ""
            if c.kind == "person" and len(c.tokens) >= 2:
                if first in _FEMALE and first not in _MALE:
                    c.votes["f"] += 3
                elif first in _MALE and first not in _FEMALE:
                    c.votes["m"] += 3
                elif (_S10_GENDER and first not in _FEMALE and first not in _MALE and first not in _NOT_FIRST
                      and (g := first_name_gender(first)) is not None):
                    # a first name outside the short lists ("Fiona Grant"): a full name's first word;
                    # 2 votes: one stray pronoun vote (:meth:`_pronoun_votes`) does not flip it, two
                    # cancel it (no gender), three outvote it
                    c.votes[g] += _FIRST_NAME_VOTES
        self._pronoun_votes()

    def _national_bodies(self) -> None:
        """"The Mexican government", "the Turkish military": a body named by a nationality or place
        and an organisation word is an organisation of its own ("Mexican government")."""
        low = self.text.lower()
        if not any(w in low for w in _NATIONAL_BODIES) and not _CASE_FOLDS_RE.search(self.text):
            return  # no body word at all (the case-insensitive scan below is the dearer test)
        for m in (_national_body_words(self.text, low) if _S12_SPEED2 else _NATIONAL_BODIES_RE.finditer(self.text)):
            span = self.doc.char_span(m.start(), m.end())
            if span is None or len(span) != 1:
                continue
            t = span[0]
            if t.pos_ != "NOUN":
                continue
            mods = [c for c in t.children if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
                    and c.i == t.i - 1 and c.lower_ not in _PARTY_WORDS]
            if not mods:
                continue
            m = mods[0]
            name = f"{_strip_poss_word(m.text)} {t.lower_}"
            c = self._org_cluster(name)
            c.role_words.add(t.lower_)
            c.mentions.append((m.idx, t.idx + len(t), t.dep_ in ("nsubj", "nsubjpass"), self._quoted(m.idx)))

    def _surname_mentions(self) -> None:
        """Every capitalised occurrence of a person's surname that the NER left untagged ("Ham
        went on to explain …") is a mention of that person, when only one person of the article
        has that surname."""
        owners: dict[str, list[Cluster]] = {}
        for c in self.clusters:
            if c.kind == "person" and len(c.tokens) >= 2:
                owners.setdefault(c.name.split()[-1], []).append(c)
        taken = {(s, e) for c in self.clusters for s, e, _, _ in c.mentions}
        single = {surname: cs[0] for surname, cs in owners.items()
                  if len(cs) == 1 and len(surname) >= 3 and surname[:1].isupper()}
        if not single:
            return
        # one pass over the text for all surnames (a pattern per surname compiled per article cost
        # about a tenth of the resolver); at one position at most one surname can match, since the
        # lookahead rejects a surname that is a prefix of a longer word
        alts = "|".join(re.escape(x) for x in sorted(single, key=len, reverse=True))
        # whether a position lies inside a taken extent: the extents by start, and the furthest end
        # reached so far (a binary search instead of a scan of every extent per match; speed)
        spans = sorted(taken)
        starts = [a for a, _ in spans]
        reach = list(accumulate((b for _, b in spans), max))
        for s, e, c in (self._surname_hits(single) if _S12_SPEED2 else
                        ((m.start(), m.end(), single[m.group()])
                         for m in re.finditer(rf"(?<![\w’'-])(?:{alts})(?![\w-])", self.text))):
            i = bisect_right(starts, s)
            if i and reach[i - 1] > s:
                continue
            tok = _token_of(self.doc, s)
            subj = tok is not None and tok.dep_ in ("nsubj", "nsubjpass")
            c.mentions.append((s, e, subj, self._quoted(s)))

    def _surname_hits(self, single: dict[str, Cluster]) -> list[tuple[int, int, Cluster]]:
        """The matches of ``(?<![\\w’'-])(?:S1|S2|…)(?![\\w-])`` in the text, the surnames of
        ``single`` longest first, as ``(start, end, cluster)`` in text order, found with one
        ``str.find`` scan per surname instead of compiling that pattern per article (session 12,
        :data:`_S12_SPEED2`; the same matches: at one position the longest surname that fits wins,
        and a match hides those that start inside it)."""
        text = self.text
        found: dict[int, str] = {}
        for x in sorted(single, key=len, reverse=True):
            i = text.find(x)
            while i >= 0:
                if i not in found and _SURNAME_OPEN.match(text, i) and _SURNAME_CLOSE.match(text, i + len(x)):
                    found[i] = x  # a longer surname that fits here came first
                i = text.find(x, i + 1)
        out = []
        reach = -1
        for i in sorted(found):
            if i < reach:
                continue  # inside the match before (finditer does not overlap)
            x = found[i]
            reach = i + len(x)
            out.append((i, reach, single[x]))
        return out

    def _leader_roles(self) -> None:
        """"X has led the Green Party", "X heads the ministry": X's role words take the body's
        words and "leader"/"head" ("the Green leader")."""
        spans = self.__dict__.get("_name_spans") or {}
        for c in self.clusters:
            if c.kind != "person":
                continue
            for s, e, subj, _ in c.mentions:
                if (s, e) in spans:  # a name's span, its root read in __init__
                    root = spans[(s, e)][1]
                    if root is None:
                        continue
                else:
                    span = self.doc.char_span(s, e, alignment_mode="expand")
                    if span is None or not len(span):
                        continue
                    root = span.root
                verb = root.head
                if root.dep_ != "nsubj" or verb.lower_ not in _LEAD_VERBS:
                    continue
                for obj in verb.children:
                    if obj.dep_ == "dobj":
                        a, b = obj.left_edge.i, obj.right_edge.i + 1
                        c.role_words |= set(norm_tokens(self.doc[a:b].text)) | {"leader", "head", "chief"}

    def _quoted(self, pos: int) -> bool:
        return bool(self.in_quote is not None and pos < len(self.in_quote) and self.in_quote[pos])

    def _apposition(self, c: Cluster, end: int) -> None:
        m = _RX_4.match(self.text[end:end + 120])
        if m:
            words = norm_tokens(m.group(1))
            if words and len(words) <= 10:
                c.role_words |= set(words)
                c.role = c.role or m.group(1).strip()
        age = _RX_5.match(self.text[end:end + 12])
        if age:
            c.role_words |= {f"{age.group(1)}-year-old"}

    def _person_cluster(self, name: str, pos: int) -> Cluster:
        toks = norm_tokens(name)
        if not toks:
            toks = [name.lower()]
        best = None
        best_key: tuple | None = None
        # the name's length, first and last words and joined form read once, not per cluster (speed,
        # session 13; the same tests in the same order)
        nt, t0, tl = len(toks), toks[0], toks[-1]
        joined = " ".join(toks)
        for c in self.clusters:
            if c.kind != "person":
                continue
            ct = c.tokens
            if not ct:
                continue
            if toks == ct:
                return c
            nc = len(ct)
            if nt == 1 and (t0 == ct[-1] or t0 == ct[0]):
                # a surname or first name alone: the clusters it fits as a surname first ("Trump"
                # is Donald Trump's, not the headline's "Trump Calls"), then the most mentioned
                key = (nc >= 2 and t0 == ct[-1], len(c.mentions))
                if best is None or len(best.tokens) < 2 or (best_key is not None and key > best_key):
                    best, best_key = c, key
            elif nc == 1 and (ct[0] == tl or ct[0] == t0):
                best = best or c
            elif nt >= 2 and nc >= 2 and ct[-1] == tl and (ct[0] == t0 or ct[0][0] == t0[0]):
                best = c
            elif nt >= 2 and nc >= 2 and joined.endswith(" ".join(ct)):
                best = c
        if best is not None:
            if len(toks) > len(best.tokens):
                best.name = name
            return best
        c = Cluster(name, "person")
        self.clusters.append(c)
        return c

    def _org_cluster(self, name: str) -> Cluster:
        toks = norm_tokens(name)
        nt = len(toks)  # read once, not per cluster (speed, session 13; the same tests in the same order)
        for c in self.clusters:
            if c.kind != "organization":
                continue
            ct = c.tokens
            nc = len(ct)
            if ct == toks or (nt == 1 and (toks[0] == _acronym(ct) or toks[0] in ct[-1:])) or \
                    (nc == 1 and (ct[0] == _acronym(toks) or ct[0] in toks[-1:])) or \
                    ((nc if nc < nt else nt) >= 2 and (ct[-nt:] == toks or toks[-nc:] == ct)):
                # "Daily News" and "New York Daily News": one organisation
                if len(toks) > len(ct):
                    c.name = name
                return c
        c = Cluster(name, "organization")
        self.clusters.append(c)
        return c

    def _pronoun_votes(self) -> None:
        """A pronoun (he/she) in the sentence after a subject mention of a person who is the only
        person named in that sentence votes for that person's gender: the first such pronoun
        outside quotes from the mention's end to 40 tokens past its sentence."""
        doc = self.doc
        n = len(doc)
        pron: list[int] | None = None  # token indices of he/she words (found once, when first needed)
        spans = self.__dict__.get("_name_spans") or {}
        for c in self.clusters:
            if c.kind != "person":
                continue
            voted: set[int] = set()  # pronouns that voted for ``c`` (session 13: once each)
            for s, e, subj, quoted in c.mentions:
                if not subj or quoted:
                    continue
                got = spans.get((s, e))  # a name's span, read in __init__ (speed, session 13)
                span = got[0] if got is not None else doc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                sent = span.sent
                if pron is None:
                    pron = _gender_pronouns(doc)
                # the tokens after the mention in its sentence, then up to 40 past the sentence
                # (no Span is made: an empty one at the document's end rebuilds the whole text)
                stop = min(sent.end + 40, n)
                k = bisect_left(pron, min(span.end, sent.end))
                if k == len(pron) or pron[k] >= stop:
                    continue  # no he/she within reach: no vote (tested before the dearer tests below; speed)
                main_subject = any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" for t in span)
                if not main_subject:
                    lo, hi = sent.start_char, sent.end_char
                    if any(o is not c and o.kind == "person" and any(lo <= ms < hi for ms, _, _, _ in o.mentions)
                           for o in self.clusters):
                        continue
                while k < len(pron) and pron[k] < stop:
                    t = doc[pron[k]]
                    k += 1
                    if self._quoted(t.idx):
                        continue  # "‘He talks about an open door,’ she said": the quote's "he" is someone else
                    if _S13_PRON_VOTE_ONCE:
                        if t.i in voted:
                            break
                        voted.add(t.i)
                    c.votes[_PRON_GENDER[t.lower_]] += 1
                    break

    def cluster_of(self, start: int, end: int) -> Cluster | None:
        for c in self.clusters:
            for s, e, _, _ in c.mentions:
                if s >= start and e <= end:
                    return c
        return None


#: the lookbehind and lookahead around a surname in :meth:`Candidates._surname_hits` (matched at a
#: position: a lookbehind reads the characters before it)
_SURNAME_OPEN = re.compile(r"(?<![\w’'-])")
_SURNAME_CLOSE = re.compile(r"(?![\w-])")


#: The pronouns that vote for a person's gender in :meth:`Candidates._pronoun_votes`.
_PRON_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _gender_pronouns(doc: Doc) -> list[int]:
    """Token indices (ascending) of the words of :data:`_PRON_GENDER` in ``doc`` (one array pass).
    The LOWER hashes are read as a list and tested against a set (speed, session 16: ``np.isin``
    sorts both arrays on every call; the same indices)."""
    from spacy.attrs import LOWER

    strings = doc.vocab.strings
    keys = {strings[w] for w in _PRON_GENDER}
    return [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in keys]


#: Organisation words that a nationality or place makes a body of its own ("the Mexican government").
_NATIONAL_BODIES = frozenset({"government", "military", "army", "navy", "police", "embassy", "parliament", "regime",
                              "cabinet", "administration", "authorities", "consulate"})
#: the words of :data:`_NATIONAL_BODIES` in running text (a scan of the text is cheaper than
#: making a spaCy Token of every word)
_NATIONAL_BODIES_RE = re.compile(r"\b(?:" + "|".join(sorted(_NATIONAL_BODIES)) + r")\b", re.I)
#: characters that ``re.I`` matches to an ASCII letter but ``str.lower`` does not lower to it
#: (long s, Kelvin sign, dotted and dotless I): with one in the text the word pre-check is not
#: conclusive
_CASE_FOLDS_RE = re.compile("[\u017f\u212a\u0130\u0131]")


def _national_body_words(text: str, low: str) -> list:
    """The matches of :data:`_NATIONAL_BODIES_RE` in ``text`` (``low``: ``text.lower()``), in text
    order, found by ``str.find`` of each word in ``low`` and checked with the pattern at that
    position (session 12, :data:`_S12_SPEED2`: a case-insensitive alternation scanned the whole
    text at about five times the cost). The same matches: a match is a whole word, so matches
    never overlap; with a character of :data:`_CASE_FOLDS_RE` in the text (which ``re.I`` folds
    but ``str.lower`` does not, or lowers to two characters) the pattern's own scan is used."""
    if _CASE_FOLDS_RE.search(text):
        return list(_NATIONAL_BODIES_RE.finditer(text))
    out = []
    for w in _NATIONAL_BODIES:
        i = low.find(w)
        while i >= 0:
            m = _NATIONAL_BODIES_RE.match(text, i)
            if m:
                out.append(m)
            i = low.find(w, i + 1)
    out.sort(key=_match_start)
    return out


def _match_start(m) -> int:
    return m.start()


def _strip_poss_word(w: str) -> str:
    return _RX_3.sub("", w)


def _coordinated(tok: Token) -> bool:
    """The first of two or more people's names joined by a conjunction ("*Stephen Cohen* and
    Bradford DeLong"): the speaker the gold rules give to "they" and "the two" after them."""
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in tok.children)


def _one_member(ent) -> bool:
    """A NORP entity that names one member ("the Republican", "a Democrat"), not a group."""
    i = ent.start
    return (len(ent) == 1 and i >= 1 and ent.doc[i - 1].lower_ in ("the", "a", "an")
            and ent.root.tag_ in ("NNP", "NN") and not ent.text.endswith("s"))


def _appos_of_subject(tok: Token) -> bool:
    """A name in apposition to a subject ("Trump's running mate — Indiana Gov. Mike Pence — has …"):
    the name is the subject too."""
    return tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")


@lru_cache(maxsize=8192)
def _head_part(text: str) -> str:
    """The mention without apposition or relative clause ("Schiff, 56, who has …" → "Schiff")."""
    return _RX_6.split(text)[0].strip() or text.strip()


def has_caps(span) -> float:
    """1.0 when a word after the first of the mention's head part is capitalised ("The Syrian
    government", "the Clinton campaign")."""
    words = _head_part(span_text(span)).split()
    # a party word is not a name ("The Republican candidate")
    return 1.0 if any(w[:1].isupper() and w.lower().strip(".,’'s") not in _PARTY_WORDS for w in words[1:]) else 0.0


_MID_SENTENCE_MEMO: list = [None, 0, None]  # (weak reference to the Doc, its length, its counts)


def _mid_sentence_words(doc: Doc) -> dict[int, int]:
    """How often each word form (``Token.orth``) occurs in ``doc`` not starting a sentence; kept
    for the last Doc asked about (:func:`mention_class` asks once per source mention)."""
    ref, n, counts = _MID_SENTENCE_MEMO
    if ref is None or ref() is not doc or n != len(doc):
        from collections import Counter

        from spacy.attrs import ORTH, SENT_START

        arr = doc.to_array([ORTH, SENT_START])  # SENT_START: 1 starts a sentence, 0 unknown, -1 not
        counts = Counter(arr[arr[:, 1] != 1, 0].tolist()) if len(doc) else Counter()
        import weakref

        _MID_SENTENCE_MEMO[:] = [weakref.ref(doc), len(doc), counts]
    return counts


def mention_class(span) -> str:
    """The class of a source mention (a spaCy Span): see :data:`CLASSES`."""
    if span is None or not len(span):
        return "other"
    text = span_text(span)
    head_text = _head_part(text)
    words = norm_tokens(head_text)
    if not words:
        return "other"
    if len(words) == 1 and words[0] in PRON_CLASS:
        return PRON_CLASS[words[0]]
    # a character reference's padding is no word ("The&nbsp;Swede": two words; session 12, _S12_PAD)
    toks = [t for t in span if span.start_char <= t.idx < span.start_char + len(head_text)
            and not (t.is_punct or padding_token(t))]
    if not toks:
        return "other"
    # the head: the last noun of the head part before a preposition
    head = None
    for t in toks:
        if _S13_NOM3_POSS_HEAD and t.tag_ == "POS" and t.i < toks[-1].i:
            head = None  # "the town's newly elected mayor": the possessor is no head (session 13)
            continue
        if t.pos_ in ("ADP", "VERB", "AUX") and head is not None:
            break  # "a Wall Street Journal article published Friday": the head is "article"
        if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not (head is not None and t.ent_type_ in ("DATE", "TIME")):
            head = t  # not "week" in "The Republican National Committee this week"
    head = head or toks[-1]
    if _S13_NOM3_NAME_OF_HEAD and head is not toks[-1] and toks[-1].pos_ == "NOUN" and toks[-1].lower_ in _SPOKES_HEADS:
        # "A Department of Health and Social Care spokesperson", "a Bank of England official": the
        # preposition was inside the body's name, and the noun after the name is the head (session 13)
        k = next(k for k, t in enumerate(toks) if t is head)
        mid = toks[k + 1:-1]
        if any(t.text[:1].isupper() for t in mid) and all(
                t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "&", "the", "on", "in") for t in mid):
            head = toks[-1]
    first = toks[0].lower_
    if len(toks) == 2 and first in ("the", "this") and head.lower_ in DEMONYMS:
        return "nominal"  # "The Frenchwoman", "the Swede": a person by nationality (issue 11)
    if _S16_H3_DEMONYM_MODS and first in ("the", "this") and head is toks[-1] and head.tag_ in ("NNP", "NN", "JJ") \
            and (head.lower_ in DEMONYMS or head.lower_ in _REGION_DEMONYMS) \
            and all((t.is_alpha or t.like_num or t.text == "-") and not t.text[:1].isupper() for t in toks[1:-1]):
        return "nominal"  # "the Basque", "the 52-year-old Basque", "the veteran Swede" (session 16)
    if toks[0].tag_ in ("PRP$",) or (len(toks) > 1 and toks[1].tag_ == "POS"):
        if head.lower_ in DOC_NOUNS or head.lower_ in ("remarks", "comments", "words", "answer", "response", "view",
                                                       "account", "claim", "argument", "position", "submission",
                                                       "spokesman", "spokeswoman", "spokesperson"):
            return "possessive"
    if head.lower_ in GROUP_NOUNS and head.ent_type_ not in ("PERSON", "ORG"):
        return "anonymous"
    if (first in ANON_DETS or head.ent_type_ in ("PERCENT", "CARDINAL") or head.lower_ == "percent") \
            and not (head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", "ORG")):
        if head.lower_ in DOC_NOUNS:
            return "document"
        return "anonymous"
    if head.lower_ in DOC_NOUNS:
        return "document"
    if head.lower_ in ROLE_NOUNS and head.ent_type_ not in ("PERSON", "ORG"):
        return "nominal"  # "Retired General", "Lawmaker" in a headline
    # a plural common noun capitalised only because it opens the sentence ("Analysts at Barclays
    # said", "Allies say"): a bare plural, not a name (issue 11)
    sentence_cap = head.tag_ == "NNS" and head.pos_ == "NOUN" and head.i == toks[0].i and head.text[1:].islower() and not (
        _mid_sentence_words(span.doc).get(head.orth, 0) - (0 if head.is_sent_start else 1) > 0)  # not "Veritas" again mid-sentence
    if head.pos_ == "PROPN" or (head.text[:1].isupper() and not sentence_cap):
        if head.ent_type_ in ("ORG",) or head.lower_ in ORG_WORDS:
            return "org_name" if any(t.text[:1].isupper() for t in toks) else "org_desc"
        if head.ent_type_ == "PERSON":
            propn = [t for t in toks if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
            return "name" if len(propn) >= 2 else "surname"
        if head.ent_type_ in ("NORP",) and head.tag_ in ("NNPS", "NNS"):
            return "anonymous"
        if head.ent_type_ == "NORP" and first in ("the", "a", "an") and len(toks) == 2:
            return "nominal" if first == "the" else "anonymous"  # "the Republican", "a Democrat"
        if head.ent_type_ in ("GPE",):
            return "org_name"
        if len(toks) <= 3:
            return "surname"
    if head.lower_ in ORG_WORDS:
        return "org_desc"
    if head.tag_ in ("NNS", "NNPS") and first not in ("the", "his", "her", "their", "its", "this", "these", "that", "those"):
        return "anonymous"  # bare plural: "Demonstrators", "Voting rights advocates"
    return "nominal"


ROLE_SYNONYMS = {"leader": {"president", "prime", "minister", "chancellor", "king", "premier", "chief", "leader", "head"},
                 "congressman": {"rep", "rep.", "representative", "congressman", "congresswoman", "lawmaker"},
                 "congresswoman": {"rep", "rep.", "representative", "congressman", "congresswoman", "lawmaker"},
                 "lawmaker": {"rep", "rep.", "representative", "congressman", "congresswoman", "sen", "sen.", "senator",
                              "lawmaker", "legislator", "mp"},
                 "senator": {"sen", "sen.", "senator"}, "governor": {"gov", "gov.", "governor"},
                 "nominee": {"nominee", "candidate"}, "candidate": {"nominee", "candidate", "hopeful"},
                 "gop": {"republican", "gop"}, "republican": {"republican", "gop"},
                 "democrat": {"democratic", "democrat"}, "democratic": {"democratic", "democrat"},
                 "judge": {"judge", "justice"}, "executive": {"ceo", "executive", "chief"},
                 "ceo": {"ceo", "executive", "chief"}, "spokesman": {"spokesman", "spokeswoman", "spokesperson"},
                 "president": {"president"}, "minister": {"minister"}, "secretary": {"secretary"},
                 "general": {"gen", "general"}, "doctor": {"dr", "doctor", "physician"}}
_STOP = {"the", "a", "an", "his", "her", "its", "their", "former", "current", "then", "of", "and", "for", "'s", "s"}


_PREPS = frozenset({"from", "of", "in", "at", "for", "to", "on", "with"})


def _role_score(words: list[str], c: Cluster) -> tuple[float, float]:
    """(head match, share of modifiers found) of a nominal's words against a candidate's roles."""
    rw = c.role_words
    if not rw:
        return 0.0, 0.0
    parts = _role_parts(tuple(words))  # the same for every candidate of a mention: made once
    if parts is None:
        return 0.0, 0.0
    return _role_match(parts, rw)


def _role_match(parts: tuple, rw) -> tuple[float, float]:
    """``(head, modifiers)`` of :func:`_role_score` for a mention's role ``parts`` (head, its
    synonyms, the modifiers with theirs; :func:`_role_parts`) against a candidate's role words ``rw``:
    1.0 when the head or a synonym is among them, and the share of modifiers found (1.0 with none)."""
    head, syn, mods = parts
    head_ok = 1.0 if (syn & rw) or head in rw else 0.0
    found = 0
    for w_syn, w in mods:
        if w_syn & rw or w in rw:
            found += 1
    return head_ok, (found / len(mods) if mods else 1.0)


@lru_cache(maxsize=4096)
def _role_parts(words: tuple[str, ...]) -> tuple[str, set[str], tuple[tuple[set[str], str], ...]] | None:
    """What :func:`_role_score` reads from the mention's words: its head, the head's synonyms, and
    each modifier with its synonyms (``None``: no content word); shared, read-only."""
    cut = next((i for i, w in enumerate(words) if i and w in _PREPS), len(words))
    content = [w for w in words[:cut] if w not in _STOP]  # "Senator from Texas": the head is "senator"
    if not content:
        return None
    head = content[-1]
    return head, ROLE_SYNONYMS.get(head, {head}), tuple((ROLE_SYNONYMS.get(w, {w}), w) for w in content[:-1])


def _org_type_match(words: list[str], c: Cluster) -> float:
    wset = set(words)
    names = set(c.tokens) | c.role_words
    if wset & names:
        return 1.0
    for group in ORG_TYPES:
        if wset & group and names & group:
            return 1.0
    return 0.0


#: Session 11: a description's head noun ("the insurer", "the striker") against what the article
#: says of each candidate (:func:`type_similarity`), a ranker feature (``type_sim``) of the
#: description classes :data:`_TYPE_CLASSES`. Measured in session 11 and not shipped (off): refit
#: with it, 5-fold CV on train 2287/2998 against 2290 without, mention-level dev 1447/1887 against
#: 1442, genre dev fast 1193/1441 against 1194; set True (and refit) to measure it again.
_S11_TYPESIM = False
_TYPE_CLASSES = frozenset({"nominal", "org_desc"})
#: Tokens either side of a candidate's first mentions whose common nouns describe it ("the insurer
#: Aviva", "Ferrow striker Jo Hale", "Dana Cole, who coaches the side,").
_TYPE_WINDOW = 3
#: How many of a candidate's first mentions lend their surrounding nouns.
_TYPE_MENTIONS = 2
_TYPE_SKIP = _STOP | {"mr", "mrs", "ms", "dr", "who", "which", "that", "said", "says"}
_VECTORS_DIR = Path(__file__).resolve().parents[1] / "model" / "weights" / "accurate"


@lru_cache(maxsize=1)
def _static_table():
    """The shipped MiniLM's input embedding table (``word.weight``, 30522 × 384, float16, read by
    memory map from ``model/weights/accurate/minilm.safetensors``: only the rows looked up are read)
    and its WordPiece vocabulary (``tokenizer.json``); ``None`` when either file is absent."""
    import struct

    import numpy as np

    st, tj = _VECTORS_DIR / "minilm.safetensors", _VECTORS_DIR / "tokenizer.json"
    if not st.is_file() or not tj.is_file():
        return None
    with open(st, "rb") as fh:
        n = struct.unpack("<Q", fh.read(8))[0]
        head = json.loads(fh.read(n))
    meta = head.get("word.weight")
    if meta is None or meta.get("dtype") != "F16":
        return None
    a, _ = meta["data_offsets"]
    table = np.memmap(st, dtype=np.float16, mode="r", offset=8 + n + a, shape=tuple(meta["shape"]))
    vocab = json.loads(tj.read_text(encoding="utf-8"))["model"]["vocab"]
    return table, vocab


def _word_pieces(word: str, vocab: dict[str, int]) -> list[int]:
    """Greedy longest-match WordPiece ids of one lower-cased word ("broadcaster" → broadcast ##er)."""
    out, i = [], 0
    while i < len(word):
        for j in range(len(word), i, -1):
            piece = word[i:j] if i == 0 else "##" + word[i:j]
            if piece in vocab:
                out.append(vocab[piece])
                break
        else:
            return []
        i = j
    return out


@lru_cache(maxsize=16384)
def word_vector(word: str):
    """A static, unit-length vector of one word (``float32``, 384 values): the mean of its
    WordPiece rows of the MiniLM input embedding table (:func:`_static_table`); ``None`` for a word
    with no letters or no pieces, or when the table is absent. Cached per word."""
    import numpy as np

    got = _static_table()
    if got is None or not any(ch.isalpha() for ch in word):
        return None
    table, vocab = got
    ids = _word_pieces(word.lower(), vocab)
    if not ids:
        return None
    v = np.asarray(table[ids], dtype=np.float32).mean(axis=0)
    norm = float(np.linalg.norm(v))
    return v / norm if norm else None


def _type_matrix(cands: "Candidates", c: Cluster):
    """The unit vectors (rows) of what the article says of ``c``: its name words (suffixes such as
    "Ltd", "FC", "Council" included), role and apposition words, and the common nouns within
    :data:`_TYPE_WINDOW` tokens of its first :data:`_TYPE_MENTIONS` mentions (same sentence).
    Cached on the cluster, rebuilt when its roles or first mentions change; ``None`` if empty."""
    import numpy as np

    key = (len(c.role_words), tuple(m[0] for m in c.mentions[:_TYPE_MENTIONS]), c.name)
    got = c.__dict__.get("_s11_types")
    if got is not None and got[0] == key:
        return got[1]
    words = set(c.tokens) | c.role_words
    doc = cands.doc
    for s, e, _, _ in c.mentions[:_TYPE_MENTIONS]:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span.sent
        for t in doc[max(span.start - _TYPE_WINDOW, sent.start):min(span.end + _TYPE_WINDOW, sent.end)]:
            if t.pos_ == "NOUN" and not (span.start <= t.i < span.end):
                words.add(t.lower_)
    vecs = [v for w in sorted(words - _TYPE_SKIP) if (v := word_vector(w)) is not None]
    mat = np.vstack(vecs) if vecs else None
    c.__dict__["_s11_types"] = (key, mat)
    return mat


def _description_head(words: list[str]) -> str | None:
    """The head noun of a description's words (the last content word before a preposition, as
    :func:`_role_score` takes it): "the Swindon-based insurer" → "insurer"."""
    cut = next((i for i, w in enumerate(words) if i and w in _PREPS), len(words))
    content = [w for w in words[:cut] if w not in _STOP]
    return content[-1] if content else None


def type_similarity(cands: "Candidates", words: list[str], c: Cluster) -> float:
    """Type compatibility of a description (its normalised words, e.g. ``["the", "insurer"]``) and
    candidate ``c``: the highest cosine between the description's head noun and the words of
    :func:`_type_matrix`, clipped at 0 (``0.0`` when either side has no vector). Session 11: the
    descriptions unseen in training ("the broadcaster", "the coroner") get a graded fit instead of
    the exact word lists of :func:`_role_score` and :func:`_org_type_match`. Cost: one table row
    per new word (cached) and one small matrix–vector product per candidate."""
    head = _description_head(words)
    if head is None:
        return 0.0
    h = word_vector(head)
    if h is None:
        return 0.0
    mat = _type_matrix(cands, c)
    if mat is None:
        return 0.0
    return max(0.0, round(float((mat @ h).max()), 4))


#: Names of the pair features (before crossing with the mention class).
FEATURES = ("bias", "prev_speaker", "speaker_in_para", "recency_0", "recency_1", "recency_2", "recency_3",
            "log_dist", "last_subject", "log_mentions", "same_sentence", "only_in_quotes",
            "gender_match", "gender_mismatch", "is_person", "is_org", "surname_match", "first_match",
            "role_head", "role_mods", "office_conflict", "org_type", "after_only", "was_speaker", "self_mention",
            "nat_match", "nat_missing", "org_head_same", "last_coord", "subj_recent", "salient_subject", "type_sim")


@dataclass
class PairContext:
    """What the features of one mention need besides the candidate."""

    pos: int
    words: list[str]
    cls: str
    prev: Cluster | None
    para_speakers: set[int]
    speakers: set[int]
    sent_start: int
    para_start: int
    end: int = -1
    caps: float = 0.0
    nat: frozenset[str] = frozenset()



def _base_features(c: Cluster, ctx: PairContext, before: list, last, cid: int, rank: int,
                   far: float) -> dict[str, float]:
    """The candidate-level features every pair starts with (:func:`pair_features` and its fast
    path), as one dict display whose keys come in the order the ranker's sum reads them (speed,
    session 11): ``before`` the candidate's mentions before the source, ``last`` the latest of them
    (or ``None``), ``rank`` its recency rank capped at 3, ``far`` the distance feature with no mention."""
    return {
        "bias": 1.0,
        "prev_speaker": 1.0 if ctx.prev is c else 0.0,
        "speaker_in_para": 1.0 if cid in ctx.para_speakers else 0.0,
        "was_speaker": 1.0 if cid in ctx.speakers else 0.0,
        _RECENCY[rank] if rank >= 0 else f"recency_{rank}": 1.0,
        "log_dist": math.log1p((ctx.pos - last[1]) / 100) if last else far,
        "last_subject": 1.0 if last and last[2] else 0.0,
        "log_mentions": math.log1p(len(c.mentions)),
        "same_sentence": 1.0 if last and last[0] >= ctx.sent_start else 0.0,
        "only_in_quotes": 1.0 if before and all(map(itemgetter(3), before)) else 0.0,
    }

def pair_features(cands: Candidates, ctx: PairContext, c: Cluster, recency_rank: int,
                  before: list | None = None, shared: tuple | None = None) -> dict[str, float]:
    """The pair features of mention ``ctx`` and candidate ``c`` (:data:`FEATURES`). ``before``
    (``c``'s mentions that start before ``ctx.pos``) and ``shared`` (:func:`_mention_parts`) may be
    passed by a caller that has them; they are computed here otherwise."""
    if before is None:
        before = c.mentions[:bisect_left(c.mentions, (ctx.pos,))] if _S12_SPEED2 else \
            [m for m in c.mentions if m[0] < ctx.pos]
    hw, wset, far = shared if shared is not None else _mention_parts(cands, ctx)
    last = before[-1] if before else None
    cid = id(c)
    rank = min(recency_rank, 3)
    f = _base_features(c, ctx, before, last, cid, rank, far)
    if ctx.cls in ("pronoun_m", "pronoun_f") and c.kind == "person":
        g = c.gender
        want = "m" if ctx.cls == "pronoun_m" else "f"
        f["gender_match"] = 1.0 if g == want else 0.0
        f["gender_mismatch"] = 1.0 if g is not None and g != want else 0.0
    f["is_person"] = 1.0 if c.kind == "person" else 0.0
    f["is_org"] = 1.0 if c.kind == "organization" else 0.0
    ct = c.tokens
    if hw and ct:
        f["surname_match"] = 1.0 if hw[-1] == ct[-1] or " ".join(hw) == " ".join(ct[-len(hw):]) else 0.0
        f["first_match"] = 1.0 if hw[0] == ct[0] else 0.0
    rh, rm = _role_score(ctx.words, c)
    f["role_head"], f["role_mods"] = rh, rm
    if rh and (c.role_words & OFFICE_MODIFIERS) - wset and not _former_both(wset, c.role_words):
        f["office_conflict"] = 1.0
    f["org_type"] = _org_type_match(hw, c) if c.kind == "organization" else 0.0
    f["org_head_same"] = 1.0 if c.kind == "organization" and hw and (hw[-1] in ct or hw[-1] in c.role_words) else 0.0
    f["last_coord"] = 1.0 if last and last[0] in c.coord else 0.0
    if _S11_TYPESIM and ctx.cls in _TYPE_CLASSES:
        ts = type_similarity(cands, ctx.words, c)  # "the insurer" and "Aviva, the insurance group" (session 11)
        if ts:
            f["type_sim"] = ts
    if ctx.nat and c.kind == "person":
        # "the French president": the nationality must be the candidate's (in its roles or name)
        hit = bool(ctx.nat & c.role_words) or not ctx.nat.isdisjoint(ct)
        f["nat_match"], f["nat_missing"] = (1.0, 0.0) if hit else (0.0, 1.0)
    f["after_only"] = 1.0 if not before else 0.0
    pos, end = ctx.pos, ctx.end
    if _S12_SPEED2:
        # ``before`` is the sorted mentions' prefix before ``pos``: the next mention decides
        ms, k = c.mentions, len(before)
        f["self_mention"] = 1.0 if k < len(ms) and pos <= ms[k][0] < end else 0.0
    else:
        f["self_mention"] = 1.0 if any(pos <= m[0] < end for m in c.mentions) else 0.0
    return f


def _ctx_parts(cands: Candidates, ctx: PairContext) -> tuple:
    """What :func:`_pair_features_fast` reads from the mention once for all its candidates: the
    shared parts of :func:`_mention_parts`, then the pronoun's gender, the name words' set and the
    :data:`ORG_TYPES` groups they touch, the role parts of :func:`_role_parts`, and whether
    :func:`type_similarity` applies (session 12, :data:`_S12_SPEED2`)."""
    hw, wset, far = _mention_parts(cands, ctx)
    cls = ctx.cls
    want = "m" if cls == "pronoun_m" else "f" if cls == "pronoun_f" else None
    hwset = set(hw)
    groups = [g for g in ORG_TYPES if hwset & g]
    return (hw, wset, far, want, hwset, groups, _role_parts(tuple(ctx.words)),
            _S11_TYPESIM and cls in _TYPE_CLASSES)


def _pair_features_fast(cands: Candidates, ctx: PairContext, c: Cluster, recency_rank: int, before: list,
                        parts: tuple) -> dict[str, float]:
    """:func:`pair_features` for :func:`candidate_list`: the same features in the same order and
    the same values, with what depends on the mention alone read from ``parts``
    (:func:`_ctx_parts`) and ``before`` the prefix of ``c.mentions`` before ``ctx.pos`` (session
    12, :data:`_S12_SPEED2`)."""
    hw, wset, far, want, hwset, groups, rparts, typesim = parts
    last = before[-1] if before else None
    cid = id(c)
    rank = recency_rank if recency_rank < 3 else 3
    kind = c.kind
    ms = c.mentions
    # :func:`_base_features` inline (no call per pair; speed, session 13): the same keys in the same
    # order, the same values
    f = {
        "bias": 1.0,
        "prev_speaker": 1.0 if ctx.prev is c else 0.0,
        "speaker_in_para": 1.0 if cid in ctx.para_speakers else 0.0,
        "was_speaker": 1.0 if cid in ctx.speakers else 0.0,
        _RECENCY[rank] if rank >= 0 else f"recency_{rank}": 1.0,
        "log_dist": math.log1p((ctx.pos - last[1]) / 100) if last else far,
        "last_subject": 1.0 if last and last[2] else 0.0,
        "log_mentions": math.log1p(len(ms)),
        "same_sentence": 1.0 if last and last[0] >= ctx.sent_start else 0.0,
        "only_in_quotes": 1.0 if before and all(map(itemgetter(3), before)) else 0.0,
    }
    person = kind == "person"
    org = kind == "organization"
    if want is not None and person:
        g = c.gender
        f["gender_match"] = 1.0 if g == want else 0.0
        f["gender_mismatch"] = 1.0 if g is not None and g != want else 0.0
    f["is_person"] = 1.0 if person else 0.0
    f["is_org"] = 1.0 if org else 0.0
    ct = c.tokens
    if hw and ct:
        f["surname_match"] = 1.0 if hw[-1] == ct[-1] or " ".join(hw) == " ".join(ct[-len(hw):]) else 0.0
        f["first_match"] = 1.0 if hw[0] == ct[0] else 0.0
    rw = c.role_words
    # _role_score
    if not rw or rparts is None:
        rh = rm = 0.0
    else:
        rh, rm = _role_match(rparts, rw)
    f["role_head"], f["role_mods"] = rh, rm
    if rh and (rw & OFFICE_MODIFIERS) - wset and not _former_both(wset, rw):
        f["office_conflict"] = 1.0
    if org:
        # _org_type_match
        names = set(ct) | rw
        f["org_type"] = 1.0 if hwset & names or any(names & g for g in groups) else 0.0
        f["org_head_same"] = 1.0 if hw and (hw[-1] in ct or hw[-1] in rw) else 0.0
    else:
        f["org_type"] = 0.0
        f["org_head_same"] = 0.0
    f["last_coord"] = 1.0 if last and last[0] in c.coord else 0.0
    if typesim:
        ts = type_similarity(cands, ctx.words, c)  # "the insurer" and "Aviva, the insurance group" (session 11)
        if ts:
            f["type_sim"] = ts
    nat = ctx.nat
    if nat and person:
        hit = bool(nat & rw) or not nat.isdisjoint(ct)
        f["nat_match"], f["nat_missing"] = (1.0, 0.0) if hit else (0.0, 1.0)
    f["after_only"] = 0.0 if before else 1.0
    k = len(before)
    f["self_mention"] = 1.0 if k < len(ms) and ctx.pos <= ms[k][0] < ctx.end else 0.0
    return f


class _CrossedNames(dict):
    """``{feature: "feature@class"}`` for one class, filled on first use (:func:`_crossed_fast`)."""

    __slots__ = ("cls",)

    def __init__(self, cls: str) -> None:
        super().__init__()
        self.cls = cls

    def __missing__(self, k: str) -> str:
        n = self[k] = f"{k}@{self.cls}"
        return n


_CROSSED_FAST: dict[str, _CrossedNames] = {}


def _crossed_fast(f: dict[str, float], cls: str) -> dict[str, float]:
    """:func:`crossed`, the same keys in the same order (session 12, :data:`_S12_SPEED2`)."""
    names = _CROSSED_FAST.get(cls)
    if names is None:
        names = _CROSSED_FAST[cls] = _CrossedNames(cls)
    out = dict(f)
    if _S12_SPEED3:  # a plain loop, no dict built in between (speed, round 3; the same keys in the same order)
        for k, v in f.items():
            if v:
                out[names[k]] = v
        return out
    out.update({names[k]: v for k, v in f.items() if v})
    return out


#: Session 12 (speed, round 3): :func:`_crossed_fast` fills the crossed names in a plain loop;
#: ``False`` gives the old code path (the same results).
_S12_SPEED3 = True


#: The recency feature names by rank (0–3).
_RECENCY = ("recency_0", "recency_1", "recency_2", "recency_3")


def _mention_parts(cands: Candidates, ctx: PairContext) -> tuple[list[str], set[str], float]:
    """What :func:`pair_features` takes from the mention alone, the same for every candidate:
    its words without :data:`_STOP`, its word set, and ``log_dist`` for a candidate not yet named."""
    return [w for w in ctx.words if w not in _STOP], set(ctx.words), math.log1p(len(cands.text) / 100)


#: ``{class: {feature: "feature@class"}}``: the crossed names, formatted once (speed, session 11)
_CROSSED_NAMES: dict[str, dict[str, str]] = {}


def crossed(f: dict[str, float], cls: str) -> dict[str, float]:
    """Each feature twice: shared, and crossed with the mention class (``name@class``)."""
    out = dict(f)
    names = _CROSSED_NAMES.get(cls)
    if names is None:
        names = _CROSSED_NAMES[cls] = {}
    for k, v in f.items():
        if v:
            n = names.get(k)
            if n is None:
                n = names[k] = f"{k}@{cls}"
            out[n] = v
    return out


@dataclass
class Ranker:
    """A linear scorer over crossed pair features; ``threshold``: the least score accepted."""

    weights: dict[str, float]
    threshold: float = 0.0

    def score(self, feats: dict[str, float]) -> float:
        # the same products summed in the same order as ``sum(w.get(k, 0.0) * v for k, v in
        # feats.items())``, without a Python frame per feature (speed, session 11)
        return sum(map(mul, map(self.weights.get, feats, repeat(0.0)), feats.values()))


class MLPRanker(Ranker):
    """A linear scorer plus one hidden layer over the same crossed pair features (session 8):
    ``score(f) = Σ weights[k]·f[k] + v · tanh(W[:, f] · f + b)``, still read as a softmax over each
    mention's candidates. Pure NumPy, one small gather and dot per candidate.

    Args:
        weights: the linear part, ``{feature: weight}`` (as :class:`Ranker`).
        features: the hidden layer's input features, in the column order of ``W``; a feature not
            listed is ignored by the hidden layer.
        W: hidden weights, ``H × len(features)``; b: hidden biases (``H``); v: output weights (``H``).
        threshold: the least score accepted.

    Raises:
        ValueError: the shapes of ``W``, ``b``, ``v`` and ``features`` disagree.
    """

    def __init__(self, weights: dict[str, float], features: Sequence[str], W, b, v, threshold: float = 0.0) -> None:
        import numpy as np

        super().__init__(weights, threshold)
        self.index = {k: i for i, k in enumerate(features)}
        self.W = np.asarray(W, dtype=float)
        self.b = np.asarray(b, dtype=float)
        self.v = np.asarray(v, dtype=float)
        if self.W.shape != (len(self.b), len(self.index)) or self.v.shape != self.b.shape:
            raise ValueError(f"MLPRanker: W {self.W.shape}, b {self.b.shape}, v {self.v.shape}, "
                             f"{len(self.index)} features")

    def score(self, feats: dict[str, float]) -> float:
        import numpy as np

        lin = super().score(feats)
        idx = [(self.index[k], x) for k, x in feats.items() if x and k in self.index]
        z = self.b
        if idx:
            cols, vals = zip(*idx)
            z = z + self.W[:, list(cols)] @ np.asarray(vals)
        return lin + float(self.v @ np.tanh(z))


WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "model" / "weights" / "coref.json"


def ranker_from_dict(d: dict) -> Ranker:
    """A ranker from its JSON form: ``{"weights": {...}, "threshold": t}`` (linear), plus
    ``"hidden": {"features": [...], "W": [[...]], "b": [...], "v": [...]}`` for :class:`MLPRanker`."""
    h = d.get("hidden")
    if h:
        return MLPRanker(d["weights"], h["features"], h["W"], h["b"], h["v"], d.get("threshold", 0.0))
    return Ranker(d["weights"], d.get("threshold", 0.0))


@lru_cache(maxsize=1)
def load_ranker() -> Ranker | None:
    """The shipped ranker (``model/weights/coref.json``), or ``None`` when absent."""
    if not WEIGHTS_PATH.is_file():
        return None
    return ranker_from_dict(json.loads(WEIGHTS_PATH.read_text(encoding="utf-8")))


def salience_features(pool: Sequence[tuple[Cluster, int]], ctx: PairContext) -> dict[int, dict[str, float]]:
    """Article-level salience features (session 8, measured for the learned rankers of
    :mod:`saidwhat.model.train_coref` ``--salience``; not shipped: no engine-level gain on dev,
    and the resolver skips them): per candidate (``id(cluster)``), ``first_intro`` (the first-introduced
    candidate of its kind), ``mention_share`` (its share of the candidates' mentions before
    ``ctx.pos``) and ``same_para`` (its last mention before the mention lies in the mention's
    paragraph). ``pool``: ``(cluster, start of its last mention before the mention or -1)``."""
    first_of: dict[str, Cluster] = {}
    for c, _ in sorted(pool, key=lambda x: x[0].mentions[0][0] if x[0].mentions else ctx.pos):
        first_of.setdefault(c.kind, c)
    counts = {id(c): bisect_left(c.mentions, (ctx.pos,)) for c, _ in pool}  # mentions are sorted
    total = max(1, sum(counts.values()))
    return {id(c): {"first_intro": 1.0 if c is first_of.get(c.kind) else 0.0, "mention_share": counts[id(c)] / total,
                    "same_para": 1.0 if at >= ctx.para_start else 0.0} for c, at in pool}


#: Session 15 (speed): with ``lazy=True`` (the resolver), :func:`candidate_list` defers the pair
#: features of the candidates whose kind :func:`compatible` drops for the mention class before it
#: reads their features (:data:`_LAZY_KIND`): they get an empty :class:`_Deferred` dict, filled in
#: place by :func:`fill_deferred` (the resolver fills what :func:`compatible` keeps). The same
#: features, the same key order, the same scores; ``False``: every candidate's features at once.
_S15_SPEED_LAZY = True

#: ``{mention class: the one cluster kind whose features are computed at once}``: the others'
#: wait. :func:`compatible` keeps only that kind (and ``None``) for these classes, or reads no
#: feature of another kind but ``org_type`` (0.0 for any non-organisation) for ``org_desc``; for
#: he/she and "it" its fallbacks (``cl``) are filled after it (:func:`fill_deferred`).
#: Session 17 (speed, byte-identical): for he/she and nominals (:data:`_LAZY_PEOPLE_CLASSES`) the
#: person candidates' features wait too: the rules between :func:`candidate_list` and
#: :func:`compatible` read only the clusters of the pool, and most such mentions are settled by a
#: rule before the ranker (four he/she in five, one nominal in two on PolNeAR dev). The resolver
#: fills the people's features right before :func:`compatible` (which reads their
#: ``gender_mismatch``, ``role_head``, ...). ``False``: the people's at once.
_S17_SPEED_LAZY_PEOPLE = True
#: The mention classes of :data:`_S17_SPEED_LAZY_PEOPLE` (all three keep ``person`` in :data:`_LAZY_KIND`).
_LAZY_PEOPLE_CLASSES = ("pronoun_m", "pronoun_f", "nominal")

_LAZY_KIND = {"nominal": "person", "pronoun_m": "person", "pronoun_f": "person", "org_desc": "organization",
              "pronoun_pl": "organization", "pronoun_it": "organization"}


class _Deferred(dict):
    """A candidate's crossed pair features, empty until :func:`fill_deferred` (``make``: the
    call that computes them, ``None`` once filled). Session 15, :data:`_S15_SPEED_LAZY`."""

    __slots__ = ("make",)


def fill_deferred(cl: list[tuple[Cluster | None, dict[str, float]]]) -> list[tuple[Cluster | None, dict[str, float]]]:
    """``cl`` with every deferred feature dict (:class:`_Deferred`) filled in place; returns ``cl``."""
    for _, f in cl:
        if type(f) is _Deferred and f.make is not None:
            f.update(f.make())
            f.make = None
    return cl


def _deferred_features(cands: Candidates, ctx: PairContext, c: Cluster, rank: int, before: list, parts: tuple,
                       recent: bool, latest: bool) -> dict[str, float]:
    """The crossed features :func:`candidate_list` gives ``c`` (``ctx``: a copy taken then)."""
    f = _pair_features_fast(cands, ctx, c, rank, before, parts)
    f["subj_recent"] = 1.0 if recent else 0.0
    f["salient_subject"] = 1.0 if latest else 0.0
    return _crossed_fast(f, ctx.cls)


def _surname_fits(hw: list[str], c: Cluster, before: list, ctx: PairContext) -> bool:
    """Whether :func:`compatible` keeps the person ``c`` for a single name: its features
    ``surname_match``, ``first_match`` or ``self_mention`` (as :func:`_pair_features_fast` sets
    them; ``hw``: the mention's words without :data:`_STOP`) is set (:data:`_S15_SPEED_LAZY`)."""
    ct = c.tokens
    if hw and ct and (hw[-1] == ct[-1] or " ".join(hw) == " ".join(ct[-len(hw):]) or hw[0] == ct[0]):
        return True
    ms, k = c.mentions, len(before)
    return k < len(ms) and ctx.pos <= ms[k][0] < ctx.end


def candidate_list(cands: Candidates, ctx: PairContext, *, forward: bool,
                   salience: bool = False, lazy: bool = False) -> list[tuple[Cluster | None, dict[str, float]]]:
    """Each candidate with its crossed features; candidates are clusters mentioned before the
    mention (or anywhere, for a headline or caption that names someone below), and last ``None``:
    a speaker not among them (the rules then name it from the mention, or leave it unnamed).
    ``salience``: add :func:`salience_features` (off in the resolver). ``lazy``: defer the features
    of candidates of another kind than :data:`_LAZY_KIND` keeps (:data:`_S15_SPEED_LAZY`); the
    caller fills them (:func:`fill_deferred`) before it reads them."""
    pool = []
    pos, end, prev = ctx.pos, ctx.end, ctx.prev
    fast = _S12_SPEED2
    key = (pos,)
    for c in cands.clusters:
        if fast:
            # a cluster's mentions are sorted (Candidates, ner_fix.add_org_mentions): those before
            # the mention are a prefix, and the next one tells whether the mention holds one
            ms = c.mentions
            k = bisect_left(ms, key)
            before = ms[:k]
            if not k and not forward and not (prev is c) and not (k < len(ms) and ms[k][0] < end):
                continue
        else:
            before = [m for m in c.mentions if m[0] < pos]
            if not before and not forward and not (prev is c) and not any(pos <= m[0] < end for m in c.mentions):
                continue
        # mentions that are the source itself do not count as antecedents
        pool.append((c, before[-1][0] if before else -1, before))
    order = sorted(pool, key=lambda x: -x[1])
    ranks: dict[int, int] = {}
    seen_kind: dict[str, int] = {}
    for c, _, _ in order:
        r = ranks[id(c)] = seen_kind.get(c.kind, 0)
        seen_kind[c.kind] = r + 1
    # salience (Grosz, Joshi & Weinstein 1995, centering): the subject of the sentence before, and
    # the latest subject mention outside quotes
    if fast:
        lo = _sentence_before_start(cands, ctx.sent_start)
    else:
        tok = _token_of(cands.doc, ctx.sent_start)
        sent = tok.sent if tok is not None else None
        lo = cands.doc[sent.start - 1].sent.start_char if sent is not None and sent.start > 0 else ctx.sent_start
    latest, latest_at = None, -1
    recent: set[int] = set()  # candidates with a subject mention outside quotes from ``lo`` to the mention
    for c, _, before in pool:
        # (a mention before ``pos`` is never the source's own); ``before``: those of ``c.mentions``
        if fast:
            # ``before`` is sorted by start, all before ``pos``: its last subject mention outside
            # quotes decides both (the loop below reads every mention to the same end; speed, session 13)
            for m in reversed(before):
                if m[2] and not m[3]:
                    if latest_at < m[0]:
                        latest, latest_at = c, m[0]
                    if lo <= m[0]:
                        recent.add(id(c))
                    break
            continue
        for m in c.mentions:
            if m[2] and not m[3] and m[0] < pos:
                if latest_at < m[0]:
                    latest, latest_at = c, m[0]
                if lo <= m[0]:
                    recent.add(id(c))
    extra = salience_features([(c, at) for c, at, _ in pool], ctx) if salience else {}
    out: list[tuple[Cluster | None, dict[str, float]]] = []
    if fast:
        parts = _ctx_parts(cands, ctx)
        cls = ctx.cls
        keep = _LAZY_KIND.get(cls) if lazy and _S15_SPEED_LAZY and not extra else None
        if keep is not None and _S17_SPEED_LAZY_PEOPLE and cls in _LAZY_PEOPLE_CLASSES:
            keep = ""  # no kind: every candidate waits, the people until compatible (_S17_SPEED_LAZY_PEOPLE)
        # a single name keeps only the people it names (compatible, _S8_SURNAME): the others wait
        sur = lazy and _S15_SPEED_LAZY and not extra and cls == "surname" and _S8_SURNAME
        snap = None
        for c, _, before in pool:
            cid = id(c)
            if keep is not None and c.kind != keep or sur and c.kind == "person" and not _surname_fits(
                    parts[0], c, before, ctx):
                if snap is None:
                    snap = copy(ctx)  # the resolver may change ``ctx.prev`` before it fills them
                d = _Deferred()
                d.make = partial(_deferred_features, cands, snap, c, ranks[cid], before, parts, cid in recent,
                                 c is latest)
                out.append((c, d))
                continue
            f = _pair_features_fast(cands, ctx, c, ranks[cid], before, parts)
            f["subj_recent"] = 1.0 if cid in recent else 0.0
            f["salient_subject"] = 1.0 if c is latest else 0.0
            if extra:
                f.update(extra.get(id(c), ()))
            out.append((c, _crossed_fast(f, cls)))
        out.append((None, _crossed_fast(new_features(ctx), cls)))
        return out
    shared = _mention_parts(cands, ctx)
    for c, _, before in pool:
        f = pair_features(cands, ctx, c, ranks[id(c)], before, shared)
        f["subj_recent"] = 1.0 if id(c) in recent else 0.0
        f["salient_subject"] = 1.0 if c is latest else 0.0
        f.update(extra.get(id(c), ()))
        out.append((c, crossed(f, ctx.cls)))
    out.append((None, crossed(new_features(ctx), ctx.cls)))
    return out


def _sentence_before_start(cands: Candidates, sent_start: int) -> int:
    """The start character of the sentence before the one starting at ``sent_start`` (that start
    itself for the first sentence, or where no token starts there), as :func:`candidate_list`
    reads it; kept per Candidates and sentence (session 12, :data:`_S12_SPEED2`)."""
    memo = cands.__dict__.get("_s12_sent_before")
    if memo is None:
        memo = cands.__dict__["_s12_sent_before"] = {}
    lo = memo.get(sent_start)
    if lo is None:
        tok = _token_of(cands.doc, sent_start)
        sent = tok.sent if tok is not None else None
        lo = memo[sent_start] = cands.doc[sent.start - 1].sent.start_char if sent is not None and sent.start > 0 \
            else sent_start
    return lo


#: Set False to let a single name rank any person (session 8 measurements of :func:`compatible`).
_S8_SURNAME = True


def compatible(cls: str, cl: list[tuple[Cluster | None, dict[str, float]]]) -> list[tuple[Cluster | None, dict[str, float]]]:
    """Hard compatibility before ranking: a nominal whose head and every modifier match a
    candidate's roles ("the Chilean president" needs "Chilean"; "the 63-year-old") keeps only such
    candidates; an organisation description whose type word fits candidates ("the network" for
    "the broadcaster NTV") keeps only those."""
    if cls == "nominal":
        # a description of a person ("the gambling tycoon") is not an organisation; "the president"
        # is not the Vice President: an office modifier of the candidate's role that the mention
        # lacks rules the candidate out
        cl = [x for x in cl if x[0] is None or (x[0].kind == "person" and not x[1].get("office_conflict"))]
        full = [x for x in cl if x[0] is not None and x[1].get("role_head") and x[1].get("role_mods", 0) >= 1.0
                and not x[1].get("nat_missing")]
        head = [x for x in cl if x[0] is not None and x[1].get("role_head") and not x[1].get("nat_missing")]
        # "the French president" when only Obama has "president" among his roles: not Obama
        rest = [x for x in cl if not (x[1].get("role_head") and x[1].get("nat_missing"))]
        return full or head or rest
    if cls == "org_desc":
        typed = [x for x in cl if x[0] is not None and x[1].get("org_type")]
        # a description of an organisation ("The finance ministry") is no person (issue 11)
        return typed or [x for x in cl if x[0] is None or x[0].kind == "organization"]
    if cls == "org_name":
        # an organisation's name is no person unless it is the person's name ("Ham" tagged ORG)
        return [x for x in cl if x[0] is None or x[0].kind == "organization" or x[1].get("surname_match")]
    if cls == "surname" and _S8_SURNAME:
        # a single name is a person's only when it is that person's last (or first) name, or the
        # person is named in the mention itself ("Republican, presidential candidate Sen. Ana
        # Roe"): a company's short name ("Penfold said" after "Minister Ana Roe") is not Roe (issue 11)
        return [x for x in cl if x[0] is None or x[0].kind != "person"
                or x[1].get("surname_match") or x[1].get("first_match") or x[1].get("self_mention")]
    if cls in ("pronoun_m", "pronoun_f"):
        # he/she: a person, never one known to be of the other gender (agreement is a hard
        # constraint: Hobbs 1978; Lappin & Leass 1994); with no person left, "none of these"
        people = [x for x in cl if x[0] is not None and x[0].kind == "person"]
        fits = [x for x in people if not x[1].get("gender_mismatch")]
        return fits or [x for x in cl if x[0] is None] or cl
    if cls == "pronoun_pl":
        # "they" is a group: an organisation, or people the article leaves unnamed (coordinated
        # names, "Autor and Dorn … they", are taken before ranking), not one person
        return [x for x in cl if x[0] is None or x[0].kind == "organization"]
    if cls == "pronoun_it":
        orgs = [x for x in cl if x[0] is not None and x[0].kind == "organization"]
        return orgs or cl
    return cl


#: NORP words that name a party or a persuasion rather than a nationality ("the Republican senator").
_PARTY_WORDS = frozenset({"republican", "republicans", "democratic", "democrat", "democrats", "gop", "conservative",
                          "liberal", "libertarian", "progressive", "independent", "green", "labour", "tory", "socialist"})


def nationality_words(span) -> frozenset[str]:
    """Lower-cased nationality modifiers (NORP) of a nominal mention ("the *French* president"),
    without its head word and without party words; places are left out ("the Texas senator" is
    often "Sen. Ted Cruz", whose title does not name the state)."""
    if span is None or not len(span):
        return frozenset()
    head_text = _head_part(span_text(span))
    toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
    return frozenset(norm_tokens(t.text)[0] for t in toks[:-1] if t.ent_type_ == "NORP" and norm_tokens(t.text)
                     and norm_tokens(t.text)[0] not in _PARTY_WORDS)


def co_arguments(span) -> list[tuple[int, int]]:
    """Character extents ``[start, end)`` of the other arguments of the verb a pronoun is the
    subject of ("She asked *Richards* …", "he said *of Trump*", "he told *Clinton* …"), and (with
    :data:`_S16_R2D_CCOMP_SUBJ`) the subject of the clause its verb reports ("he said *Mr. Trump*
    could …"): by binding (Chomsky's principles B and C) the pronoun cannot refer to a name among them."""
    if span is None or len(span) != 1:
        return []
    tok = span[0]
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = tok.head
    out = []
    for ch in verb.children:
        if ch.dep_ in ("dobj", "dative", "iobj", "attr", "oprd"):
            out.append((ch.left_edge.idx, _phrase_end(ch)))
        elif ch.dep_ == "prep" and ch.lower_ in ("of", "about", "to", "with", "at", "against"):
            out.append((ch.idx, _phrase_end(ch)))
        elif _S16_R2D_CCOMP_SUBJ and ch.dep_ == "ccomp" and ch.i > verb.i:
            subj = next((c for c in ch.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # doc_text: the Doc's text kept per Doc (``Doc.text`` joins every token on each access)
            if subj is not None and not _QUOTE_CHARS.intersection(doc_text(tok.doc)[verb.idx:subj.left_edge.idx]):
                out.append((subj.left_edge.idx, _phrase_end(subj)))
    return out


#: Session 16 (r2d; PolNeAR train nyt 2016-04-23 "Campaign for Trump …": "Mr. Wiley walked them
#: through a slide show …. ¶ And in other … states, *he* said *Mr. Trump* could force Mrs. Clinton
#: …"): the subject of the clause a pronoun's verb reports or thinks (its ``ccomp`` after the verb,
#: no quotation mark between) is among :func:`co_arguments`: the pronoun c-commands it, so by
#: binding principle C (Chomsky 1981) it cannot be that name. A clause before the verb ("“…,”
#: he said") is left out (a speaker may name himself in a quotation). ``False``: old behaviour.
_S16_R2D_CCOMP_SUBJ = True
#: Quotation marks, for :data:`_S16_R2D_CCOMP_SUBJ`.
_QUOTE_CHARS = frozenset("\"“”‘«'")


#: Clauses inside an argument noun phrase that :func:`co_arguments` leaves out of its extent.
_NP_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _phrase_end(tok: Token) -> int:
    """The character end of ``tok``'s phrase without the clauses it holds: "he was echoing *Ryan*,
    who used the same words when asked if he would endorse Trump" ends after "Ryan". A name in a
    relative clause of the object is not a co-argument of the verb: the pronoun's antecedent may
    be named there again (West Journal, PolNeAR train: "When Trump used the words …, he was
    echoing Ryan, who … endorse Trump")."""
    last = tok
    stack = [tok]
    while stack:
        t = stack.pop()
        if t.i > last.i:
            last = t
        stack.extend(c for c in t.children if c.dep_ not in _NP_CLAUSES and not (c.dep_ == "punct" and c.i > tok.i))
    return last.idx + len(last)


def bound_out(cl: list[tuple[Cluster | None, dict[str, float]]], ranges: Sequence[tuple[int, int]]):
    """``cl`` without the candidates that have a mention inside one of ``ranges`` (see
    :func:`co_arguments`); the "none of these" choice always stays."""
    if not ranges:
        return cl
    return [x for x in cl if x[0] is None or not any(a <= m[0] < b for m in x[0].mentions for a, b in ranges)]


def new_features(ctx: PairContext) -> dict[str, float]:
    """Features of the "none of these" choice: the mention names a new speaker, or none."""
    words = ctx.words
    f = {"new": 1.0}
    if words:
        f["new_org_word"] = 1.0 if words[-1] in ORG_WORDS else 0.0
        f["new_doc_word"] = 1.0 if words[-1] in DOC_NOUNS else 0.0
    f["new_caps"] = ctx.caps
    return f


def _token_of(doc: Doc, pos: int) -> Token | None:
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
