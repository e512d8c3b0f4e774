"""Groups and unnamed people: anonymous sources ("one official", "those polled", "his aides", "a
person close to X … the person said"), two people named together ("the two", "they"), and a
research team that takes its named leader.

Stage: speaker resolution for sources that name no one, or name a group through its members.
Indefinite and generic sources are ``anonymous`` and never given a name, save the one first name
an unnamed source is given (rule 16: :func:`given_name`); bare groups the mention classes miss
("Boatmen fear", "Staff told", "some music figures": :func:`anonymous_people`) are anonymous; a
group with no name of its own takes the member named as leading it; "the two"/"they" after
coordinated names take the first-named.

Rules and their sources: rules 3, 6, 8, 11, 12 and 16 of ``gold/speakers/README.md`` (a group is
anonymous; of several named people the first-named; a back-reference to someone introduced unnamed
stays anonymous; a possessed group, "Lindgren's family", is unnamed people; a research team is its
leader); shapes from PolNeAR train and issue 11's genre gold.

Offsets are ``[start, end)`` characters of the Doc's text.
"""

from __future__ import annotations

import re

from ..coref import Cluster, _head_part, norm_tokens, span_text
from .entities import ORG_HEADS, ORG_KIND_OF

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
#: A definite description of two people named just before ("the two", "both men", "the pair").
_THE_TWO = re.compile(r"^(?:the\s+two|both|the\s+pair|the\s+duo)(?:\s+(?:men|women|candidates|rivals|leaders))?$", re.I)

#: Session 16 (helper h2, PolNeAR train, real text): a plural group source that names a member
#: with "including" or "among them" by full name takes that member, the first-named (rules 6 and
#: 12 of ``gold/speakers/README.md``; :meth:`GroupRules._including_member`). ``False``: old behaviour.
_S16_H2_INCLUDING = True
_INCLUDING = re.compile(r",?[ \t]*(?:--|[—–])?[ \t]*\b(?:including|among them)[ \t]+")
#: The head of a group of people: a lower-case plural ("candidates", "observers", "experts").
_PLURAL_HEAD = re.compile(r"[a-z][a-z-]*[a-z]s")
#: Session 16 (helper h2, PolNeAR train, real text): a source joining a pronoun or a definite
#: named party and an unnamed group with "and" ("she and European leaders", "The Clinton campaign
#: and some cybersecurity experts") is read as its first party (rule 6 of
#: ``gold/speakers/README.md``, the first-named; :meth:`GroupRules._first_conjunct_end`).
#: Before, the group made the whole source anonymous. ``False``: old behaviour.
_S16_H2_COORD = True
#: With :data:`_S16_H2_COORD`: a person's name as the first party, when the group is "others …" or
#: that person's own ("Vargas and others seeking …", "Yellen and her advisers"): the name.
_S16_H2_COORD_NAME = True
#: Session 17 INV (gold-free invariant I2 of ``scripts/speaker_invariants.py``, PolNeAR train nyt:
#: "*Mr. Rubio* and his advisers", "*Mrs. Clinton* and her surrogates" came out anonymous): with
#: :data:`_S16_H2_COORD_NAME`, the first party's name may open with honorifics or titles ("Mr.",
#: "Sen.", "Dr"), which the found name leaves out; the name is the first-named party (rule 6 of
#: ``gold/speakers/README.md``). ``False`` gives the old behaviour.
_S17_INV_COORD_TITLED = True
#: "<party> and <determiner or adjectives> <lower-case plural>" (:data:`_S16_H2_COORD`).
_PARTY_AND_GROUP = re.compile(r"(.+?)\s+and\s+((?:(?:some|other|many|several|his|her|their|its|the|a few|"
                              r"[A-Z][a-z]+an|[a-z][\w-]*)\s+){0,3}[a-z][a-z-]*[a-z]s)")
#: Heads of a definite party that is a body ("The Clinton campaign") (:data:`_S16_H2_COORD`).
_BODY_WORDS = frozenset({"campaign", "government", "administration", "company", "party", "committee", "council",
                         "department", "ministry", "agency", "commission", "team"})

#: Session 16 (helper h2, PolNeAR train, real text): a numbered group that opens a sentence ("Two
#: of the Republicans seeking the presidency have released …") and the next sentence opening with
#: the people coordinated ("Ben Carson and Sen. Ted Cruz raised …") is the first-named of them
#: (rules 6 and 12 of ``gold/speakers/README.md``; :meth:`GroupRules._named_next`). ``False``: old
#: behaviour.
_S16_H2_NAMED_NEXT = True
#: "Two of the Republicans", "Three senators", "Two of the candidates seeking the presidency".
_NUM_GROUP = re.compile(r"(?:[Tt]wo|[Tt]hree|[Bb]oth)(?:\s+of\s+the)?\s+(?:[\w-]+\s+){0,2}?[A-Za-z-]+s"
                        r"(?:\s+(?:seeking|running|vying|competing|who|that)\b[^,;:]*)?")

#: Session 14 (genre train series q, couples and families): a plural description of people the text
#: has just put together ("Both men", "Both ministers", "the two countries' fisheries ministers",
#: "each country's fisheries minister", "The pair", "The siblings", "The couple, who …", "Couple"
#: or "Brothers" in a headline) takes the first-named of them, and a family surname plural ("the
#: Nakamuras", "The Adeyemis") the one relative of that name who spoke, else the first-named (rules
#: 6 and 12 of ``gold/speakers/README.md``; genre README, series p and q). Never a new person named
#: "Nakamuras". :meth:`GroupRules._plural_people`; ``False`` gives the old behaviour.
_S14_PAIR_ = True
#: Session 16 (r2d; PolNeAR train nyt 2016-05-27: "The new poll takes into account *both Democrats*
#: and independent voters who said they would vote …" gave Hillary Clinton, a Democrat): "both"
#: followed after its noun by "and" is the correlative "both X and Y", not "the two X"; the
#: mention is no pair of people (:meth:`GroupRules._plural_people` answers ``None``). ``False``:
#: old behaviour.
_S16_R2D_BOTH_AND = True
#: "and" right after a mention (spaces allowed), for :data:`_S16_R2D_BOTH_AND`.
_AND_NEXT = re.compile(r"[ \t]*(?:and\b|&)")
#: Session 14 round 3 (genre train series r, inquest copy): "the coroner" after a lead's "*A coroner*
#: has ruled …" that the resolver already gave the named "assistant coroner Helen X" is that
#: person, not a new unnamed one (:meth:`GroupRules._introduced_unnamed` skips an indefinite
#: introduction resolved to a named person; rule 1 of ``gold/speakers/README.md``, series r
#: reading). ``False`` gives the old behaviour. Shipped False: no train or dev row changes with it
#: (nominals._S14_GRP_CORONER already gives "the coroner" its holder), and no test row.
_S14_GRP_NAMED_INTRO = False
#: Session 17 E2: :data:`_S14_GRP_NAMED_INTRO` on (its own switch, so that the lead can measure it
#: alone). PolNeAR train wash-post 2016-08-10: "*A lawmaker in the Philippines* is calling for …"
#: (the lead, resolved to Joey Salceda named in the next paragraph) … "*The lawmaker*, who
#: represents a district …, said" was left anonymous as a person introduced unnamed; an
#: indefinite lead description that the resolver gave a named person introduces that person,
#: and the definite description after it goes to the ranker and the description rules (rule 1 of
#: ``gold/speakers/README.md``: a speaker the article names is that name). Off in session 14
#: because no row changed then; the lead's named-next rules fire more often since
#: :data:`~saidwhat.pipeline.coref._S17_E2_ORG_RUN`. ``False`` gives the old behaviour.
_S17_E2_NAMED_INTRO = True
#: Session 16 round 2 (r2a; train series w entertainment_w01, courts_w01): a plural or "any" noun
#: ("*executives* told her", "14 *students*", "before any *student* had thrown") introduces no one
#: unnamed person for a later singular "The executive"/"The student" (not "the lawyers") when a named person is mentioned
#: between the two (the definite singular is then that person, rule 1 of
#: ``gold/speakers/README.md``; :meth:`GroupRules._introduced_unnamed`). ``False``: old behaviour.
_S16_R2A_PLURAL_INTRO = True
#: "Both men", "the two countries' fisheries ministers", "each country's fisheries minister",
#: "The couple", "Siblings", "The pair" (lower-cased mention head, for :data:`_S14_PAIR_`):
#: group 1 a kin/pair noun alone, group 2 the last word (the people noun) after a quantifier.
_PAIR_PLURAL = re.compile(
    r"^(?:the\s+)?(couple|siblings|brothers|sisters|pair|duo|trio)(?:\s+(?:who|that)\b.*)?$"
    r"|^(?:both|each|the\s+two|the\s+three|the\s+pair\s+of)\s+(?:[a-z-]+(?:['’]s?)?\s+){0,3}?([a-z-]+)$", re.S)
#: People nouns after "both"/"the two" that say a gender or kin and no role.
_PAIR_KIN = {"men": "m", "brothers": "m", "women": "f", "sisters": "f", "siblings": None, "couple": None,
             "pair": None, "duo": None, "trio": None}
#: Nouns after "both"/"the two"/"each" that are no people (bodies: "both companies" is
#: organisations' rule; times: "both sides", "each year").
_PAIR_NOT_PEOPLE = frozenset("""companies company firms firm unions union clubs club sides side governments government
    countries country teams team parties party groups group councils council boards board banks bank agencies agency
    ministries ministry bodies body organisations organizations days day years year times time cases case
    people persons sources individuals insiders""".split())  # "the two people briefed on the talks": anonymous (rule 11)


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


#: Bare nouns of a person that say nothing of a role ("the woman", "the man"), for
#: :meth:`GroupRules._unnamed_speaker_continued`.
_BARE_PERSON_HEADS = frozenset({"woman", "man", "worker", "employee", "insider", "mother", "father", "fan",
                                "pensioner", "teenager", "driver", "passenger", "student", "nurse", "local"})
#: Design switch of session 8's second nominal round (``False`` gives the earlier rules, to measure
#: before/after in one process; shipped ``True``).
_S8N2 = True
#: Issue 11, session 8 (pronouns): only a main-clause subject blocks coordinated names (design
#: switch as :data:`_S8N2`; shipped ``True``).
_S8_COORD = True
#: how many sentences before a "they"/"the two" :meth:`GroupRules._coordinated_before` looks
_COORD_SENTS = 3 if _S8_COORD else 2


#: "who gave her name only as Edith", "identified only as Ruben", "who would give only his first
#: name, Tomas": the one name an unnamed source is given (rule 16 of ``gold/speakers/README.md``).
_GIVEN_NAME = re.compile(
    r"\b(?:(?:gave|give|giving|gives|offered|provided)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+"
    r"(?:only\s+)?(?:as\s+)?|(?:identified|identifying|named|known)\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?"
    r"only\s+(?:by\s+(?:his|her|their)\s+first\s+name\s*,?\s*|as\s+))([A-Z][a-z’'-]+)\b(?!\s+[A-Z])")


#: Session 15 (groups; genre train series u): a description whose own words say the person goes
#: unnamed ("Her neighbour, a retired teacher *who asked not to be named*,", "a miner, speaking on
#: condition of anonymity,", "who declined to give her name") is ``anonymous`` (rule 8 of
#: ``gold/speakers/README.md``: a person the article leaves unnamed), never ``unresolved`` nor the
#: ranker's guess (:func:`says_unnamed`). ``False`` gives the old behaviour.
_S15_GRP_UNNAMED_SAYS = True
_SAYS_UNNAMED = re.compile(
    r"\b(?:(?:asked|wished|wanted|want|wants|preferred|prefers)\s+not\s+to\s+be\s+(?:named|identified)"
    r"|(?:did|does|would)\s+not\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)"
    r"|(?:declined|refused)\s+to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+(?:full\s+)?name)"
    r"|(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|(?:requested|asked\s+for)\s+anonymity)\b", re.I)


def says_unnamed(mention: str) -> bool:
    """Whether a source mention's words (a description with its relative or participle clause)
    say its person asked to go unnamed ("who asked not to be named", "speaking on condition of
    anonymity"): :data:`_S15_GRP_UNNAMED_SAYS`, rule 8 of ``gold/speakers/README.md``."""
    return _S15_GRP_UNNAMED_SAYS and _SAYS_UNNAMED.search(mention) is not None


def given_name(mention: str) -> str | None:
    """The only name the article gives an indefinite source, from the mention's own words ("One
    resident, a retired nurse who gave her name only as Edith," → "Edith"; "a fan identified
    only as Ruben"), or ``None``. Rule 16 of ``gold/speakers/README.md``: the speaker is that
    name, the only one the article uses."""
    m = _GIVEN_NAME.search(mention)
    return m.group(1) if m else None


#: Session 14 (genre train series q): the source span may stop before the relative clause that
#: gives its one name ("*A fan outside the ground*, who gave his name only as Callum, said"):
#: :func:`given_name_after` reads the clause right after it (rule 16 of ``gold/speakers/README.md``).
#: ``False`` gives the old behaviour.
_S14_LATE_GIVEN = True
#: A relative or participle clause opening right after a mention, up to its closing comma or dash.
_AFTER_CLAUSE = re.compile(r"\s*[,(–—-]?\s*(?:who|identified|identifying|named|giving|known)\b[^,.;:()\n–—]{0,80}")


def given_name_after(text: str, end: int) -> str | None:
    """The one name an indefinite source is given in the clause that follows its span (``end``: the
    span's end, characters of ``text``), or ``None``: ", who gave his name only as Callum," →
    "Callum" (:data:`_S14_LATE_GIVEN`; :func:`given_name` reads the words)."""
    m = _AFTER_CLAUSE.match(text, end)
    return given_name(m.group(0)) if m else None


#: Plural nouns of people by trade or role that are no name even when capitalised ("*Boatmen*
#: fear …" in a standfirst): a bare plural of people is anonymous (rule 11 of
#: ``gold/speakers/README.md``).
#: Switch for session 14's one-word names in a plural's shape (round 2, genre train kind org_name):
#: "Lumen said …" (a streamer the tagger reads as a plural noun like "Boatmen") is no bare group of
#: people in :func:`anonymous_people` when the article writes the word capitalised mid-sentence
#: too ("streaming on Lumen"), as :func:`~saidwhat.pipeline.coref.mention_class` reads
#: "Veritas"; shipped ``True``.
_S14_ORGN_MIDCAP = True
_PEOPLE_PLURAL = re.compile(r"[a-z]*(?:men|women|people|folk|ers|ists|ians|ants|ents|ors)$")
#: Plurals in :data:`_PEOPLE_PLURAL`'s shape that are no people.
_NOT_PEOPLE = frozenset({"headquarters", "papers", "letters", "numbers", "orders", "others", "matters", "documents",
                         "reports", "comments", "remarks", "minutes", "transcripts"})
#: Collective nouns of a body's unnamed people, bare ("Staff", "Personnel"): rule 11.
_COLLECTIVE_PEOPLE = frozenset({"staff", "staffers", "personnel", "employees", "workers"})
#: Modifiers that make "figures" people ("some music figures", "senior party figures"), not
#: numbers ("figures show").
_FIGURE_PEOPLE = frozenset({"industry", "party", "senior", "leading", "prominent", "public", "political", "key",
                            "establishment", "opposition", "government", "club", "business", "sporting", "music",
                            "community", "religious", "media", "football", "cultural", "labour", "tory"})


#: Session 13 (people descriptions, round 3; genre train): the plural of an abbreviated title
#: ("MPs say", "GPs say", "MSPs") is a bare plural of people (rule 11 of
#: ``gold/speakers/README.md``), and a plural of people that is only a word inside a longer
#: organisation name of the article ("Insurers say" beside "the Association of British Insurers")
#: is no name (:func:`anonymous_people`, ``name_words``). ``False`` gives the old behaviour.
_S13_NOM3_BARE_PLURAL = True
#: Session 15 (groups; genre train series u, parliamentary copy): a title plural is unnamed people
#: also when the tagger reads it as a name ("as *MPs* demanded …" tagged ORG) and with modifiers
#: before it ("*opposition MPs* accused …", "Tory MPs", "two Labour MPs"), not only alone
#: (:func:`anonymous_people`; rule 11 of ``gold/speakers/README.md``). ``False`` gives the old behaviour.
_S15_GRP_TITLE_PLURAL = True
#: Abbreviated titles whose plural is a bare group of people, for :data:`_S13_NOM3_BARE_PLURAL`.
_TITLE_PLURALS = frozenset({"mp", "msp", "mep", "mla", "td", "gp", "ceo", "cfo"})


#: Session 15 (groups; genre train series u): the authors of a study written with its possessive or
#: its noun ("*Its authors* say …" after "The study, which she led, …"; "the study's authors", "the
#: paper authors") are its lead author, as "the authors" (:meth:`GroupRules._lead_author`; rule 12
#: of ``gold/speakers/README.md``); only "authors": "Its scientists" are a body's unnamed staff
#: (rule 11). ``False`` gives the old behaviour.
_S15_GRP_AUTHORS = True
#: Nouns of a study whose authors :data:`_S15_GRP_AUTHORS` reads.
_STUDY_WORDS = frozenset({"study", "paper", "report", "trial", "research", "analysis", "review"})


def written_mid_sentence(doc, word: str) -> bool:
    """Whether the capitalised ``word`` is written somewhere in ``doc`` right after a lower-case word
    or a comma ("streaming on Lumen", "said Lumen,"): a name, not a word capitalised because it opens
    a sentence, a line or a headline; not "British Insurers" (:data:`_S14_ORGN_MIDCAP`). Asked only
    of one-word sources that pass every other test (rare): the search runs over the text then.
    ``word`` may end in a brand's "+" ("Kestrel+")."""
    return re.search(rf"(?:(?<![\w’'-])[a-z][\w’'-]*|,)[ \t]+{re.escape(word)}(?![\w’'+-])", doc.text) is not None


def anonymous_people(span, name_words: set[str] = frozenset()) -> bool:
    """Whether the source ``span`` (a spaCy Span) is a bare group of unnamed people that the
    mention classes miss: a single capitalised plural noun of people with no determiner ("Boatmen
    fear", "Residents said" where the tagger reads a proper noun; not a possessor, nor a word of
    ``name_words``, the lower-cased words of the article's names), or "figures" of people ("Some
    music figures say", "senior party figures"). Rules 3 and 11 of ``gold/speakers/README.md``:
    bare plural groups are anonymous."""
    toks = [t for t in span if not t.is_punct]
    if not toks or span_text(span).rstrip()[-1:] in ("'", "’") or any(t.tag_ == "POS" for t in span):
        return False  # a possessor ("Sanders’ campaign"), not a group
    head = toks[-1]
    if _S15_GRP_TITLE_PLURAL and re.fullmatch(r"[A-Z]{2,4}s", head.text) and head.text[:-1].lower() in _TITLE_PLURALS \
            and all(t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or t.lower_ in ANON_DETS for t in toks[:-1]):
        return True  # "MPs demanded", "opposition MPs accused", "Tory MPs": members of a title, unnamed (session 15)
    if len(toks) == 1:
        w = head.text
        if _S13_NOM3_BARE_PLURAL and re.fullmatch(r"[A-Z]{2,4}s", w) and w[:-1].lower() in _TITLE_PLURALS \
                and head.ent_type_ not in ("ORG", "PERSON"):
            return True  # "MPs say", "GPs say": members of a title, unnamed (session 13)
        if head.lower_ in name_words:
            return False  # a name of the article's ("Sanders", "Powers")
        if w.lower() in _COLLECTIVE_PEOPLE:
            return True  # "Staff soon after alerted …": the body's unnamed people
        return (w.lower() not in _NOT_PEOPLE and w[:1].isupper() and w[1:].islower() and head.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")
                and bool(_PEOPLE_PLURAL.fullmatch(w.lower()))
                and not (_S14_ORGN_MIDCAP and written_mid_sentence(span.doc, w)))
    if head.lower_ != "figures":
        return False
    mods = {t.lower_ for t in toks[:-1]}
    return bool(mods & _FIGURE_PEOPLE) and (toks[0].lower_ in ANON_DETS or toks[0].pos_ in ("ADJ", "NOUN"))


def _plural_possessed(span) -> bool:
    """"his operatives", "Her aides": a plural group owned by someone, left unnamed."""
    toks = [t for t in span if not t.is_punct]
    return bool(toks) and toks[0].tag_ == "PRP$" and toks[-1].tag_ in ("NNS", "NNPS")


def _possessed_group(span) -> bool:
    """A name's or description's possessed group or spokesperson with no name in apposition
    ("Lindgren's family", "the prime minister's official spokesman", "Mr Finch's relatives"):
    unnamed people (rules 8 and 12 of ``gold/speakers/README.md``)."""
    head_text = _head_part(span_text(span))
    toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
    pos = next((k for k, t in enumerate(toks) if t.tag_ == "POS"), None)
    if pos is None or pos == 0 or pos == len(toks) - 1:
        return False
    rest = toks[pos + 1:]
    return rest[-1].lower_ in _UNNAMED_GROUP_HEADS and all(t.pos_ in ("ADJ", "NOUN") and t.text.islower() for t in rest)


class GroupRules:
    """Rules for groups and people the article leaves unnamed: mixed into
    :class:`~saidwhat.pipeline.speakers.SpeakerResolver` (uses ``doc``, ``text``, ``named`` and
    ``cands``)."""

    def _introduced_unnamed(self, span, start: int) -> bool:
        """Whether a definite nominal's head noun ("the judge", "the official") was introduced
        earlier in the article as an unnamed person: indefinite ("a federal judge", "one
        official") or a bare plural ("Mexican officials")."""
        lim = span.start_char + len(_head_part(span_text(span)))  # read once, not per token (speed)
        toks = [t for t in span if not t.is_punct and t.idx < lim]
        if not toks or toks[0].lower_ not in ("the", "that", "this"):
            return False
        head = toks[-1].lower_
        if not head.isalpha() or toks[-1].pos_ != "NOUN":
            return False
        # only the earlier nouns written with the head word (:meth:`~.entities.EntityRegistry._nouns`)
        by_lower = self._nouns()[0]
        earlier = sorted(i for w in (head, head + "s") for i in by_lower.get(w, ()) if i < span.start)
        for t in (self.doc[i] for i in earlier):
            if t.lower_ not in (head, head + "s") or t.pos_ != "NOUN":
                continue
            dets = [c.lower_ for c in t.children if c.dep_ in ("det", "poss", "nummod", "quantmod")]
            if _S16_R2A_PLURAL_INTRO and toks[-1].tag_ == "NN" and (t.tag_ == "NNS" or dets[:1] == ["any"]) \
                    and self._named_between(t.idx, span.start_char):
                continue  # "executives told her … Folasade X, … disputed … The executive added": X (session 16)
            if dets and dets[0] in ANON_DETS:
                if (_S14_GRP_NAMED_INTRO or _S17_E2_NAMED_INTRO) and self._intro_resolved_person(t):
                    continue  # "A coroner has ruled …" resolved to "assistant coroner Helen X" (session 14)
                return True
            if not dets and t.tag_ == "NNS" and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children):
                return True
        return False

    def _named_between(self, lo: int, hi: int) -> bool:
        """Whether a named person (a ``person`` cluster of two words or more) is mentioned in
        ``text[lo:hi]`` (characters), for :data:`_S16_R2A_PLURAL_INTRO`. O(person mentions)."""
        return any(c.kind == "person" and c.name and " " in c.name.strip()
                   and any(lo < m[0] < hi for m in c.mentions) for c in self.cands.clusters)

    def _intro_resolved_person(self, t) -> bool:
        """Whether the indefinite noun token ``t`` ("A *coroner* has ruled …") heads a source the
        resolver already gave a named person (its lead's post named below), for
        :data:`_S14_GRP_NAMED_INTRO`: the source starts at ``t``'s leftmost word (characters)."""
        lo = t.left_edge.idx
        return any(s == lo and c is not None and c.kind == "person" and c.name
                   for s, c in getattr(self, "history", ()))

    def _unnamed_back_reference(self, span, start: int) -> bool:
        """"The person", "the source", "the official" after the article introduced such a person
        unnamed ("A person close to Fontaine said …"; :meth:`_introduced_unnamed`): anonymous
        even when a named person's role holds the word (rule 8 of ``gold/speakers/README.md``)."""
        head_text = _head_part(span_text(span))
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
        return (len(toks) == 2 and toks[1].lower_ in _UNNAMED_PERSON_HEADS
                and self._introduced_unnamed(span, start))

    def _unnamed_speaker_continued(self, span, start: int, prev: str | None) -> bool:
        """Whether a definite description of an unnamed kind of person ("The insider", "The
        woman", "the worker") continues the previous attribution's unnamed speaker ``prev`` ("But a
        source on the programme said … *The insider* claimed …"; "A neighbour …, who did not want
        to be named, said … *The woman* said …"): rule 8 of ``gold/speakers/README.md`` (a
        definite back-reference to an unnamed person is anonymous), when the words differ from
        the introduction's.

        Only "the"/"this"/"that" + one head of :data:`_UNNAMED_PERSON_HEADS` or a bare person
        noun ("woman", "man"); ``prev`` is an ``anonymous`` speaker whose last mention ends
        before ``start`` in the same paragraph or the one before; no person named before
        ``start`` holds the head among their role words, and none is named outside quotation
        marks in a sentence between that mention's and the description's ("Priya Lal, 22, had
        travelled … The student said" is Priya Lal). Issue 11, genre train series d."""
        if prev is None or not _S8N2:
            return False
        lim = span.start_char + len(_head_part(span_text(span)))  # read once, not per token (speed)
        toks = [t for t in span if not t.is_punct and t.idx < lim]
        if len(toks) != 2 or toks[0].lower_ not in ("the", "this", "that"):
            return False
        head = toks[1].lower_
        if head not in _UNNAMED_PERSON_HEADS | _BARE_PERSON_HEADS:
            return False
        ent = self.entities.get(prev)
        if ent is None or ent.kind != "anonymous" or not ent.mentions:
            return False
        e = max(m[1] for m in ent.mentions)
        if e > start or len(re.findall(r"\n+", self.text[e:start])) > 1:
            return False
        last = self.doc.char_span(max(0, e - 1), e, alignment_mode="expand")
        lo = last.sent.end_char if last is not None and len(last) else e
        for c in self.cands.clusters:
            if c.kind != "person":
                continue
            if head in c.role_words and any(s < start for s, _, _, _ in c.mentions):
                return False  # a named person holds the word
            if any(lo <= s < span.sent.start_char and not q for s, _, _, q in c.mentions):
                return False  # someone named since ("Priya Lal, 22, had travelled … The student said")
        return True

    def _coordinated_before(self, pos: int) -> Cluster | None:
        """The first-named person of coordinated names ("Autor and Dorn") in the sentence before
        ``pos`` or the one before it, when no other person or organisation is named after them
        ("Hillary Clinton and Bernie Sanders are both progressives. Their shared goals … are
        closely aligned. The two admit …").

        Issue 11 (PolNeAR train, "three economists -- David Autor at …, David Dorn at … and Gordon
        Hanson at … -- raised … In theory, a developed industrial country like the United States
        adjusts … ¶ They examined … after China erupted … The presumed adjustment, *they*
        concluded"): the names may stand up to three sentences before the mention's, and only a
        person or organisation named after them as the subject of a main clause, outside quotation
        marks, is another referent ("China" in "after China erupted" is not; centering's subject
        preference, Grosz, Joshi & Weinstein 1995)."""
        sents = [s for s in self.doc.sents if s.start_char < pos]
        if not sents:
            return None
        lo = sents[max(0, len(sents) - (_COORD_SENTS + 1))].start_char  # sents[-1]: the mention's own
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
            for s, e, subj, quoted in c.mentions:
                # someone named after the coordination (beyond the names and appositions it holds)
                if at + 200 < s < pos and (not _S8_COORD or subj and not quoted and self._main_subject(s, e)):
                    return None
        return best

    def _main_subject(self, start: int, end: int) -> bool:
        """Whether the name at ``[start, end)`` is the subject of its sentence's main verb (or of a
        verb coordinated with it), not of a subordinate clause ("after *China* erupted")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span.root
        if tok.dep_ == "appos":
            tok = tok.head
        head = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass") and (
            head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT"))

    def _lead_author(self, span) -> Cluster | None:
        """"The researchers", "the authors", "the scientists" of a study whose leader the article
        names ("Dr Priya Nair, a neurologist at University College London who led the study", "a
        study led by Ana Berg", "lead author Ana Berg"): that person, before or after the mention
        (rule 12 of ``gold/speakers/README.md``: a group with no name of its own takes the member
        named as leading it). ``None`` when no one is named so, or several are. Session 15
        (:data:`_S15_GRP_AUTHORS`): also "Its authors", "their authors", "the study('s) authors"."""
        head_text = _head_part(span_text(span))
        toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
        if _S15_GRP_AUTHORS and len(toks) == 3 and toks[0].lower_ == "the" and toks[1].lower_ in _STUDY_WORDS \
                and toks[2].lower_ == "authors":
            toks = [toks[0], toks[2]]  # "the study authors", "the paper authors"
        if len(toks) == 4 and _S15_GRP_AUTHORS and toks[0].lower_ == "the" and toks[1].lower_ in _STUDY_WORDS \
                and toks[2].tag_ == "POS" and toks[3].lower_ == "authors":
            toks = [toks[0], toks[3]]  # "the study's authors"
        its = _S15_GRP_AUTHORS and len(toks) == 2 and toks[0].lower_ in ("its", "their") and toks[1].lower_ == "authors"
        if len(toks) != 2 or toks[0].lower_ != "the" and not its or toks[1].lower_ not in (
                "researchers", "authors", "scientists", "investigators"):
            return None
        # the one person named as leading the study (:meth:`.documents.DocumentOwners._study_leader`,
        # shared with the study documents of rule 13)
        return self._study_leader()

    def _pair_sents(self) -> list[tuple[int, int]]:
        """``[start, end)`` characters of the Doc's sentences, built once per article."""
        got = self.__dict__.get("_pair_sents_memo")
        if got is None:
            got = self._pair_sents_memo = [(s.start_char, s.end_char) for s in self.doc.sents]
        return got

    def _pair_people_in(self, lo: int, hi: int) -> list[Cluster]:
        """Person clusters named in ``[lo, hi)`` outside quotation marks, by a mention or by a
        name of :attr:`named` ("*Chandrasekhar's* agent"), in text order; only full names of two
        words or more, or one a source already took (no "Wolof", "Dakar")."""
        out: list[tuple[int, Cluster]] = []
        people = [c for c in self.cands.clusters if c.kind == "person"]
        for c in people:
            at = next((s for s, _, _, q in c.mentions if lo <= s < hi and not q), None)
            if at is None and len(c.tokens) >= 2:
                w = re.search(r"(?<![\w’'-])" + re.escape(c.name.split()[-1]) + r"(?![\w-])", self.text[lo:hi])
                if w is not None and not self._pair_quoted(lo + w.start()):
                    at = lo + w.start()
            if at is not None and (len(c.tokens) >= 2 or id(c) in self._history_ids
                                   and self.text[max(0, at - 4):at].lower() != "the "):
                out.append((at, c))  # not "The Londoner": a description, no second person
        return [c for _, c in sorted(out, key=lambda x: x[0])]

    def _pair_quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks (the candidates' quote map)."""
        q = getattr(self.cands, "in_quote", None)
        return bool(q) and pos < len(q) and bool(q[pos])

    def _first_named_of(self, group: list[Cluster]) -> Cluster:
        """The person of ``group`` the article names first: the earliest mention of the cluster or
        of a longer name ending with its name ("Ould Sidi" is first named as "Mohamed Lemine Ould
        Sidi"), that longer cluster returned."""
        def full(c: Cluster) -> Cluster:
            n = len(c.tokens)
            longer = [o for o in self.cands.clusters if o.kind == "person" and len(o.tokens) > n
                      and o.tokens[-n:] == c.tokens]
            return min(longer, key=lambda o: o.mentions[0][0]) if len(longer) == 1 else c
        return min((full(c) for c in group), key=lambda o: min(s for s, _, _, _ in o.mentions))

    def _plural_people(self, span, start: int, end: int, forward: bool) -> Cluster | None:
        """The person a plural description of people the text put together stands for
        (:data:`_S14_PAIR_`; rules 6 and 12 of ``gold/speakers/README.md``), else ``None``.

        Shapes (the mention's head, :data:`_PAIR_PLURAL`): "Both men", "both women", "Both
        ministers", "the two countries' fisheries ministers", "each country's fisheries
        minister", "The pair", "The siblings", "The couple, who …", "Couple"/"Brothers" in a
        headline; and a family surname plural "the Nakamuras" (a surname of a person cluster, the
        joint name of :meth:`~.names.NameRules._joint_plural` having been tried first).

        The people: walking back sentence by sentence from the mention (its own sentence first,
        up to 8 sentences), the persons named outside quotation marks (:meth:`_pair_people_in`)
        of the description's gender ("men", "women", "brothers") or, for a role noun, holding it
        (a role word, or the noun in the sentence naming them: "Forestry Minister Mehmet Ali
        Karataş"), until two are found; ahead of the mention when none stands before it (a
        headline, a lead's "the two countries' fisheries ministers"). Kin words ("couple",
        "siblings", "pair") prefer a surname two persons of the article share ("Babatunde
        Adeyemi, 44, and Folake Adeyemi"). The answer is the first-named of them
        (:meth:`_first_named_of`); for a surname plural the one person of that surname a source
        already took (rule 12: the relative who speaks for the family), else the first-named.
        Offsets ``[start, end)`` are characters."""
        if not _S14_PAIR_ or span is None or not len(span):
            return None
        head = _head_part(span_text(span)).strip(" ,.:;\n")
        low = re.sub(r"\s+", " ", head.lower())
        if not low.endswith(("s", "s'", "s’")) and _PAIR_PLURAL.match(low) is None:
            return None  # neither a surname plural nor a pair word: no scan of the clusters (speed, session 14)
        people = [c for c in self.cands.clusters if c.kind == "person" and c.mentions]
        sm = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][\w’'-]+?)(?:e?s)(?:['’])?", head)
        if sm is not None:
            want = norm_tokens(sm.group(1))
            fam = [c for c in people if want and len(c.tokens) >= 2 and c.tokens[-1:] == want[-1:]]
            if len(fam) < 2 and not any(len(c.tokens) >= 2 and c.tokens[-1:] == want[-1:] for c in fam):
                return None
            before = [c for c in fam if min(s for s, _, _, _ in c.mentions) < start] or fam
            spoke = next((c for _, c in reversed(self.history) if c in before), None)
            return spoke if spoke is not None else self._first_named_of(before)
        m = _PAIR_PLURAL.match(low)
        if m is None:
            return None
        if _S16_R2D_BOTH_AND and low.startswith("both ") and _AND_NEXT.match(self.text, span.end_char) is not None:
            return None  # "both Democrats and independent voters, who said": "both … and …" (session 16 r2d)
        noun = m.group(1) or m.group(2)
        if noun in _PAIR_NOT_PEOPLE or noun is None:
            return None
        gender = _PAIR_KIN.get(noun)
        kin = noun in ("couple", "siblings", "brothers", "sisters", "pair", "duo", "trio")
        role = None
        if noun not in _PAIR_KIN:
            role = noun[:-1] if noun.endswith("s") and m.group(2) and not low.startswith("each") else noun
            if not role.isalpha() or len(role) < 3:
                return None
            if role in ORG_KIND_OF or role in ORG_HEADS:
                return None  # "Both lenders said their boards …": two bodies, the organisations' rules
        sents = self._pair_sents()
        k = next((i for i, (a, b) in enumerate(sents) if a <= start < b), None)
        if k is None:
            return None

        def fits(c: Cluster, lo: int, hi: int) -> bool:
            if gender is not None and c.gender != gender:
                return False
            if role is not None:
                # a role word, or the noun in the sentence naming them or the next ("Ould Sidi rejected
                # the charge. … the Mauritanian minister said")
                nxt = next((b for a, b in sents if a >= hi), hi)
                return role in c.role_words or re.search(r"\b" + role + r"s?\b", self.text[lo:nxt], re.I) is not None
            return True

        got: list[Cluster] = []
        order = [(sents[k][0], start)] + [sents[i] for i in range(k - 1, max(-1, k - 9 if role is None else -1), -1)]
        if not forward:
            for lo, hi in order:
                for c in self._pair_people_in(lo, hi):
                    if c not in got and fits(c, lo, hi):
                        got.append(c)
                if len(got) >= 2:
                    break
        if not got:
            # a headline's "Couple", a lead's "the two countries' fisheries ministers": those named next
            for lo, hi in [(end, sents[k][1])] + sents[k + 1:k + 9]:
                if lo < end:
                    continue
                for c in self._pair_people_in(lo, hi):
                    if c not in got and fits(c, lo, hi):
                        got.append(c)
                if got and (not kin or self._pair_family(got, people)):
                    break
        if kin and (forward or got and got[0].mentions[0][0] > start) and not self._pair_family(got, people):
            return None  # a headline's "Couple" with no couple named below
        if not got:
            return None
        if kin and len(got) < 2 and not self._pair_family(got, people):
            return None  # one person is no couple or trio: "The band said … The trio added" (the band, not its singer)
        if kin:
            fam = self._pair_family(got, people)
            if fam:
                return self._first_named_of(fam)
        return self._first_named_of(got)

    @staticmethod
    def _pair_family(got: list[Cluster], people: list[Cluster]) -> list[Cluster]:
        """The persons of ``people`` sharing the surname of the earliest of ``got`` that shares
        its surname with someone else ("Babatunde Adeyemi" and "Folake Adeyemi"), else ``[]``."""
        for c in got:
            if len(c.tokens) >= 2:
                fam = [o for o in people if len(o.tokens) >= 2 and o.tokens[-1] == c.tokens[-1]]
                if len(fam) >= 2:
                    return fam
        return []

    def _including_member(self, start: int, end: int) -> str | None:
        """The speaker key of the first member a plural group source names with "including" or
        "among them", by a full name of two words or more written there ("Democratic presidential
        candidates, including Hillary Clinton and Senator Bernie Sanders of Vermont,", "Some
        observers, including University of North Carolina professor Zeynep Tufekci,"), else
        ``None``. Rules 6 and 12 of ``gold/speakers/README.md`` as the PolNeAR train annotators of
        session 16 read them (a group with no name of its own takes its first-named member). Not a
        name after "like"/"such as" (an example: "Constitutionalists, like Texas Sen. Ted Cruz,"
        stays anonymous), nor a surname alone ("Democrats -- including Clinton --", anonymous in
        the gold), nor a group whose head is capitalised (a party, a body). Offsets ``[start, end)``
        are characters; one binary search over :attr:`named`. :data:`_S16_H2_INCLUDING`."""
        if not _S16_H2_INCLUDING:
            return None
        m = _INCLUDING.search(self.text, start, end)
        if m is None:
            return None
        head = self.text[start:m.start()].strip()
        words = head.split()
        if not words or not _PLURAL_HEAD.fullmatch(words[-1]) or len(words) > 6:
            return None
        names = [x for x in self._names_in(m.end(), end) if x.end <= end]
        if not names or len(names[0].name.split()) < 2 or re.search(r"[,;:()]|\band\b", self.text[m.end():names[0].start]):
            return None
        n = names[0]
        self.via, self.confidence = "name", 0.8
        return self._person(n.name, n.role, start).key

    def _first_conjunct_end(self, start: int, end: int) -> int | None:
        """The end of the first party of a source that joins a named or pronoun party and an
        unnamed group with "and" ("she and European leaders", "The Clinton campaign and some
        cybersecurity experts", "he and his aides"): rule 6 of ``gold/speakers/README.md``, the
        first-named party is the speaker, so the source is read up to its end. ``None`` when the
        source is no such pair: more than one "and", a comma in the first party, a second party
        that is no lower-case plural of people ("the Senate", "Healthcare products Regulatory
        Agency"), a first party that is a bare plural ("Republicans and the Black Lives Matter
        movement", anonymous), or an entity of the NER across the "and" ("The Competition and
        Markets Authority"). Offsets ``[start, end)`` are characters. :data:`_S16_H2_COORD`."""
        if not _S16_H2_COORD or end - start > 90:
            return None
        mention = self.text[start:end]
        m = _PARTY_AND_GROUP.fullmatch(mention.rstrip(" ,"))
        if m is None:
            return None
        first = m.group(1)
        if "," in first or " and " in m.group(2):
            return None
        fw = first.split()
        cut = start + len(first)
        if not (len(fw) == 1 and fw[0].lower() in ("he", "she")
                or fw[0] in ("The", "the") and len(fw) >= 2 and not fw[-1].islower() or fw[-1].lower() in _BODY_WORDS
                or _S16_H2_COORD_NAME and fw[0][:1].isupper() and m.group(2).split()[0] in ("others", "other", "his", "her")
                and (any(x.start == start and x.end == cut for x in self._names_in(start, cut))
                     or _S17_INV_COORD_TITLED and self._titled_name_to(start, cut)
                     or len(fw) == 1 and any(c.kind == "person" and len(c.tokens) >= 2 and c.tokens[-1] == fw[0].lower()
                                             for c in self.cands.clusters))):
            return None
        if any(e.start_char < cut < e.end_char for e in self.doc.ents if e.start_char < end and e.end_char > start):
            return None
        return cut

    def _titled_name_to(self, start: int, cut: int) -> bool:
        """Whether a found name (of :attr:`named`, starting in ``[start, cut)``) ends at ``cut``
        with only honorifics and title words between ``start`` and its start ("Mr. Rubio",
        "Sen. Ana Roe"): :data:`_S17_INV_COORD_TITLED`. Offsets are characters."""
        from .names import HONORIFICS, _bare_titles, _titles
        for x in self._names_in(start, cut):
            if x.end != cut:
                continue
            words = self.text[start:x.start].split()
            if words and all(w.lower() in HONORIFICS or w.lower().rstrip(".") in _bare_titles()
                             or w.lower() in _titles() for w in words):
                return True
        return False

    def _named_next(self, start: int, end: int) -> str | None:
        """The speaker key of the first of the people the sentence after a numbered group source
        opens with ("Two of the Republicans seeking the presidency have released their totals. Ben
        Carson and Sen. Ted Cruz raised …" → Ben Carson), else ``None``: the source is a "two/three/
        both (of the) <plural>" phrase (:data:`_NUM_GROUP`) and the next sentence starts with a
        full name (titles allowed) joined by "and" (or a comma) to another name. Rules 6 and 12 of
        ``gold/speakers/README.md`` (the first-named of the group's members). Offsets ``[start,
        end)`` are characters; one lookup of the sentence list and a binary search over
        :attr:`named`. :data:`_S16_H2_NAMED_NEXT`."""
        if not _S16_H2_NAMED_NEXT or _NUM_GROUP.fullmatch(self.text[start:end].strip(" ,")) is None:
            return None
        sents = self._pair_sents()
        k = next((i for i, (a, b) in enumerate(sents) if a <= start < b), None)
        if k is None or k + 1 >= len(sents):
            return None
        lo, hi = sents[k + 1]
        names = self._names_in(lo, hi)
        if len(names) < 2 or self.text[lo:names[0].role_start].strip() or len(names[0].name.split()) < 2:
            return None
        if not re.fullmatch(r"\s*(?:,|,?\s+and)\s*", self.text[names[0].end:names[1].role_start]):
            return None
        n = names[0]
        self.via, self.confidence = "name", 0.7
        return self._person(n.name, n.role, start).key
