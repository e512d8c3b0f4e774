"""The speaker resolver: the cascade that takes each source mention of an article to a speaker.

Stage: the last of speaker resolution, called by :mod:`saidwhat.pipeline.attribution` once per
article (``SpeakerResolver(doc)``, then :meth:`SpeakerResolver.resolve` for each source in text
order). It holds no rule of its own beyond the order in which it asks the stage modules:

0. the source phrase is read up to its head (:func:`.forms.source_head`, :data:`_S11_HEAD`): a
   trailing relative clause, participle phrase or "of ORG" affiliation only describes the speaker,
   and nothing named in it is the speaker; the attribution's source span keeps the whole phrase;
1. a generic pronoun ("those", "some") is anonymous (:mod:`.groups`);
2. before the learned ranker (:meth:`SpeakerResolver._ranked`): a full name or an organisation
   in apposition (:mod:`.names`, :mod:`.org_descriptions`); unnamed people and "the two"
   (:mod:`.groups`); an organisation named in the mention; a full name inside the mention leaves
   the mention to the name rules; "it" of a document, a name after a place's possessive,
   organisation descriptions (one owner, :meth:`~.org_descriptions.OrgDescriptionRules._org_description`:
   named after a person, kind word, named possessor, type word), documents (:mod:`.documents`);
3. the ranker (:mod:`saidwhat.pipeline.coref`) for pronouns, surnames, nominals and organisation
   names, with the nominal rules (:mod:`.nominals`) and pronoun rules (:mod:`.pronouns`) that
   decide before it scores, and the anonymous and salience fallbacks after it;
4. without an answer from 2–3 (or with no ranker), the rules alone
   (:meth:`SpeakerResolver._resolve`): a name inside the mention, a pronoun's previous speaker,
   an indefinite source (anonymous), an organisation word, a surname, a role.

Every answer sets :attr:`SpeakerResolver.via` (how it was reached: ``name``, ``pronoun``,
``nominal``, ``organization``, ``document``, ``possessive``, ``relative``, ``anonymous``,
``unresolved``) and :attr:`SpeakerResolver.confidence`.

Offsets are ``[start, end)`` characters of the Doc's text.
"""

from __future__ import annotations

import math
import re
import sys
from bisect import bisect_left

from spacy.tokens import Doc

from ...article.structure import detect_regions
from ...types import FURNITURE_KINDS, Span, Speaker
from .. import coref as _coref
from .. import doc_text, original_text
from ..coref import (Candidates, Cluster, PairContext, _head_part, bound_out, candidate_list, co_arguments, compatible,
                     first_name_gender, has_caps, held_ents, mention_class, nationality_words, norm_tokens, span_text,
                     DEMONYMS)
from ..coref import fill_deferred
from ..quotes import DASHES
from .documents import DocumentOwners, document_in_name, document_span, seen_by
from . import documents as _documents
from . import names as _names_mod
from . import groups as _groups
from .entities import ORG_HEADS, PRONOUNS, EntityRegistry, _Entity, _org_kind_head
from .groups import (ANON_DETS, ANON_HEADS, GENERIC_PRONOUNS, _THE_TWO, GroupRules, _plural_possessed, _possessed_group,
                     anonymous_people, given_name, given_name_after)
from .ner_fix import add_org_mentions, is_dateline
from .names import (_EXAMPLE_BEFORE, _S9_NAMES2, HONORIFICS, NameRules, _apposition_role, _strip_poss, _titles,
                    named_mentions, possessor_in_apposition)
from .nominals import (_S8N2, _S9_NOMINALS, _S11_PTRAIN_PLURAL, NominalRules, _the_capitalised_epithet,
                       commanding_subjects, plural_description, subject_np, _person_noun)
from .org_descriptions import _ORG_PAIR_WORDS, OrgDescriptionRules, _ends_mention, _pp_object
from . import org_descriptions as _org_descriptions
from . import organisations as _organisations
from . import pronouns as _pronouns
from .organisations import OrganisationRules
from .pronouns import _S9_PRONOUNS, _S9_RUNS, PronounRules, relative_antecedent
from .forms import FormRules, source_head

#: Patterns of hot call sites, compiled once (speed, session 13).
_RX_0 = re.compile(r"[\w.\-’']+")
#: A one-word brand or body name ("Lumen", "Kestrel+"): groups._S14_ORGN_MIDCAP in :meth:`SpeakerResolver._resolve`.
_BRAND_WORD = re.compile(r"[A-Z][a-z]+\+?")
_RX_1 = re.compile(r"['’]")

#: Session 11: a source phrase with a trailing non-restrictive relative clause, participle phrase
#: or "of ORG" affiliation ("The union, which represents staff at Harlow's warehouses,", "The
#: study, published in the journal X,", "Jane Roe of Acme Ltd") names its speaker by the phrase's
#: *head* (:func:`.forms.source_head`); the clause only describes it. ``False`` gives the old
#: behaviour (the whole phrase is read, and an entity inside the clause can take the speaker).
_S11_HEAD = True

#: Session 14 (pronoun agreement): a he/she/him/her/his source never resolves to an organisation,
#: nor to a PERSON-tagged cluster the article shows is a body ("Blue Cedar" of "Blue Cedar Music";
#: "Port Autonome de Dakar (PAD)"): such candidates leave the pool before ranking and a previous
#: speaker who is one is not continued (gender/animacy agreement as a hard filter: Hobbs 1978;
#: Lappin & Leass 1994). :meth:`SpeakerResolver._body_not_person`. ``False``: the old pool.
#: Ships False: genre train +3, genre dev -4 (session 14 round 3).
_S14_GEND_AGREE = False
#: Session 14: with the same test, a previous speaker who is a body is not continued by "he"/"she".
#: Ships False: genre train -1, genre dev -1.
_S14_GEND_PREV = False
#: "Port Autonome de Dakar (PAD)": a name followed by the bracketed acronym of its capitalised words.
#: Session 14: "she" right after a source resolved to an "organisation" whose name holds a given
#: name of the pronoun's gender ("senior coroner Helena Strzelecka\nsaid", a name the NER typed ORG
#: across a hard line break) continues that source (:meth:`SpeakerResolver._ranked`).
#: Ships False: genre train -2, genre dev -1; no invented test reproduces the NER's ORG tag.
_S14_GEND_TYPED_ORG = False
#: Session 16 (h5; genre train series w science_w01): a he/she right after a source the resolver
#: typed an organisation whose whole name is the surname part of exactly one person candidate
#: ("Siobhán Ní Bhriain … ¶ *Ní Bhriain* said she understood …. *She* said": "Ní Bhriain" tagged
#: ORG by the NER) continues that person, when no other person of the pronoun's gender is named
#: outside quotation marks in between (:meth:`SpeakerResolver._typed_org_person`). ``False``: the old rules.
#: Ships False: no change on genre train/dev, series w or PolNeAR dev once names._S16_H6_GAELIC
#: types "Ní Bhriain" a person upstream; no invented row reproduces the ORG tag.
_S16_H5_PREV_SURNAME_ORG = False
_RX_NAME_ACRONYM = re.compile(r"\s*\(([A-Z]{2,6})\)")

#: Session 15 (names): a source span that ends on a word whose character reference the text
#: decoded ("Hannah O&#8217;Driscoll" is read "Hannah O’Driscoll      ", the padding after the
#: word: :func:`saidwhat.pipeline.entity_text`) ends at the decoded word's end, which in the input
#: falls inside the word ("… Hannah O&#8217;Dr"); the name mention ends after the padding
#: (:func:`.names._cover_padding`), so it no longer lay inside the source and "A spokeswoman for
#: the group, Hannah O&#8217;Driscoll" was anonymous. The resolver reads the source to the
#: padding's end (:func:`_over_padding`). Series u, local_u02. ``False``: old behaviour.
_S15_NAME_PAD_END = True
#: Switch for session 15's apposed bodies (series u, genre train; org descriptions): a description
#: whose head is an organisation word with a capitalised name in apposition that no organisation
#: cluster holds ("Their label, Eko Sound Records,", "Her management, Marina Artists,") is that name
#: (:meth:`~.org_descriptions.OrgDescriptionRules._named_in_apposition`), decided before the
#: ranker can call it anonymous; and a capitalised name right after "<his/her/their/its/the> [mod]
#: W," (W an organisation word or "management", not a band/team word) is that body even when it
#: opens with a given name ("His management, Marina Artists, said"), before the apposed-person
#: rules (:meth:`~.org_descriptions.OrgDescriptionRules._body_after_desc`, :meth:`_apposed_last_name`).
#: Rule 3 of ``gold/speakers/README.md``. ``False``: the ranker and the name rules decide.
_S15_APPOS_BODY_NAME = True
#: Session 15 (names): a source phrase that ends with a full name in apposition after a comma
#: ("Counsel for Aldbury, Katarzyna Nowak,"; "Opening the second reading of the Rivers
#: (Discharges) Bill, the water minister, Catrin Llewellyn-Jones,") is that person, before the
#: ranker reads the head, which took the organisation or the bill ("[Bill]/PERSON")
#: (:meth:`SpeakerResolver._apposed_last_name`; series u courts_u02, ukpress_u01). ``False``: old.
_S15_NAME_APPOSED_LAST = True
#: Session 15 round 2 (nominals; series u music copy): a person noun heading the source whose
#: body follows a preposition after modifiers ("The frontman of *the Manchester indie band* Glass
#: Harbour", "the spokeswoman for London-based charity Shelter") is the person, as "the head of
#: the Senate" already was (:func:`.org_descriptions._pp_object`, which accepts only "of (the)"
#: right before the name): the organisation is the head's description (:func:`_person_pp_object`).
#: ``False`` gives the old behaviour.
_S15_PP_OBJECT_MODS = True
#: "<person noun> of|for|at|from|with [the|a|an] <one to four modifier words> " ending the text
#: before the body's name (:data:`_S15_PP_OBJECT_MODS`).
_PERSON_PP_MODS = re.compile(r"(?<![\w'’-])([a-z][a-z-]+)\s+(?:of|for|at|from|with)\s+(?:the\s+|an?\s+)?"
                             r"((?:[\w'’-]+\s+){1,4})$")
#: Session 15 round 2 (nominals; series u "*The Polish-born guitarist* added"): a description
#: stating a nationality ("Polish-born", "Dutch") whose head role word (not a title or office,
#: :data:`.names.TITLE_WORDS`: "the French president" when only Obama is a president stays no one)
#: one person's stated roles hold, and no candidate's words state that nationality nor the person's
#: another (:data:`..coref.DEMONYMS`), is that person: the article left the nationality unstated
#: (:meth:`SpeakerResolver._nat_unknown_role`; :func:`..coref.compatible` dropped them, role head
#: with the nationality missing). ``False`` gives the old behaviour.
_S15_NAT_UNKNOWN_ROLE = True
_PP_MOD_STOP = frozenset("of for at from with in on and or but who which that said says told to by".split())


_ALL_DEMONYM_WORDS = frozenset().union(*DEMONYMS.values())


#: Session 16 (helper h3; train series w "*The Dutch-born developer*, who has built apartment
#: blocks …, also questioned …"): a nominal whose head phrase holds "<Place>-born" describes a
#: person (only people are born), so the organisation-description rules
#: (:mod:`.org_descriptions`: a place and a body noun, "developer", "operator") are skipped for it
#: and the person rules decide. ``False`` gives the old behaviour.
_S16_H3_BORN_PERSON = True
#: Session 16 round 2 (r2a; train series w science_w01): a group source with a "led by" clause
#: ("The researchers, led by Prof Kieran X,") is the person named as its leader (rule 12 of
#: ``gold/speakers/README.md``; :meth:`SpeakerResolver._led_by_person`). ``False``: old behaviour.
_S16_R2A_LED_BY = True
#: ", led by " after a group noun phrase (:data:`_S16_R2A_LED_BY`).
_LED_BY = re.compile(r",\s+(?:jointly\s+)?led\s+by\s+")
#: After "led by": a title (group 1) and a name of two to four words, particles allowed (group 2).
_LED_BY_TITLED = re.compile(r"(Prof\.?|Professor|Dr\.?|Doctor|Dame|Sir)\s+"
                            r"((?:[A-Z][\w'’-]+\s+)(?:(?:de|van|von|der|da|di|du|le|la|ní|nic|mac|bin|al)\s+)?"
                            r"(?:[A-Z][\w'’-]+\s+){0,2}?[A-Z][\w'’-]+)(?=\s*[,)\n]|\s*$)")
_BORN_WORD = re.compile(r"\w-born\b")


def _person_pp_object(c: Cluster, start: int, end: int, text: str) -> bool:
    """Whether ``c``'s first mention inside ``[start, end)`` (character offsets into ``text``) ends a
    prepositional phrase after a person noun, past modifiers ("The frontman of the Manchester indie
    band *Glass Harbour*"; :data:`_S15_PP_OBJECT_MODS`)."""
    ms = [s for s, e, _, _ in c.mentions if start <= s and e <= end]
    if not ms:
        return False
    m = _PERSON_PP_MODS.search(text[start:ms[0]])
    return bool(m) and _person_noun(m.group(1)) and not any(
        w.lower() in _PP_MOD_STOP for w in m.group(2).split())


def _over_padding(text: str, orig: str, end: int) -> int:
    """``end`` (a character offset into ``text``, the decoded text, same offsets as ``orig``, the
    input) moved past a character reference's padding when ``text[end-1:end]`` is a letter and
    ``orig[end]`` still goes on with the word (:data:`_S15_NAME_PAD_END`); else ``end``."""
    n = len(text)
    if orig is text or not (0 < end < n) or text[end] != " " or orig[end].isspace() or orig[end] in "&,;:.!?)\"'’”" \
            or not text[end - 1].isalpha():
        return end
    j = end
    while j < n and text[j] == " ":
        j += 1
    return j


#: Session 15 (series u wire copy, headlines topic): a source span that begins with a wire dateline
#: ("DUBAI/MANAMA, March 3 (Reuters) - Oman's Sohar Air and Bahrain-based Dilmun Airways …", where
#: the source finder ran the lead's subject back over the dateline) is read from after the
#: dateline's dash (:data:`_DATELINE_LEAD`): the dateline is page furniture, never part of a
#: speaker (``gold/speakers/genre/README.md``, furniture). ``False`` gives the old behaviour.
_S15_DATELINE_LEAD = True
#: A dateline opening a line: one to four words in capitals (places joined by "/"), an optional
#: ", Month D[, YYYY]" and "(Agency)", then a dash with space after it and before it or after the
#: agency, so that "UK-based firm X" keeps its words (:data:`_S15_DATELINE_LEAD`).
_DATELINE_LEAD = re.compile(r"[A-Z][A-Z.'’/-]+(?:[ \t]+[A-Z][A-Z.'’/-]+){0,3}"
                            r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)?"
                            r"(?:[ \t]*\([A-Za-z]+\)[ \t]*|[ \t]+)(?:--|[-—–])[ \t]+")
#: Session 16 (helper h2, PolNeAR train, real wire copy): a dateline in title case with a news
#: agency in parentheses ("New York (AFP) – Vice President Joe Biden said", "Mexico City (Reuters) -
#: …"), or an agency alone opening the line ("(CNN) — …", "(CNN) Senator X said"), is page
#: furniture too (:data:`_DATELINE_LEAD_TC`): before, the place was read as the speaker ("New
#: York"). Only with an agency of :data:`_WIRE_AGENCIES`, so that "Ted Cruz (R) -" keeps its name.
#: Read through :data:`_DATELINE_LEAD` (both regexes), so that the attribution step sees it too.
#: ``False`` gives the session-15 behaviour.
_S16_H2_DATELINE = True
#: News agencies and outlets that sign a dateline (:data:`_S16_H2_DATELINE`).
_WIRE_AGENCIES = ("AFP|AP|Reuters|CNN|UPI|Bloomberg|dpa|DPA|Xinhua|IANS|PTI|ANI|AAP|EFE|ANSA|Kyodo|Yonhap|TASS"
                  "|Interfax|Anadolu|IRNA|KUNA|WAFA|BBC|CNBC|NPR|CBS|NBC|ABC|Sputnik|RIA|MarketWatch|Politico")
#: A title-case dateline: one to four capitalised place words (", State" and a date allowed), the
#: agency in parentheses, then a dash (or, after the agency, only spaces); or the agency alone.
_DATELINE_LEAD_TC = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|of|de|la|el)){0,3}"
    r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)?[ \t]+)?"
    rf"\((?:{_WIRE_AGENCIES})\)[ \t]*(?:(?:--|[-—–])[ \t]+)?")
_DATELINE_LEAD_S15 = _DATELINE_LEAD
#: Session 16 (helper h2, PolNeAR train, real text): a source span that opens with the tail of a
#: parenthesis closed inside it ("Harvard Business Review Press), Stephen S. Cohen and J. Bradford
#: DeLong of …", where the source finder ran back into a book's citation) is read from after the
#: closing parenthesis: the tail belongs to the sentence before. ``False`` gives the old behaviour.
_S16_H2_PAREN_TAIL = True
#: Session 17 E2 (PolNeAR train usa-today 2016-07-18 "*Team Trump* sees the Republican National
#: Convention as a second chance", nyt 2016-04-23 "*Campaign for Trump* says he'll recast image":
#: both resolved to Donald Trump): an organisation word around a person's surname names the
#: person's campaign, an organisation ("Trump campaign" in the gold; rule 7 of
#: ``gold/speakers/README.md``: campaigns are organisations), not the person
#: (:meth:`SpeakerResolver._team_of_person`, :data:`_TEAM_OF`). ``False`` gives the old behaviour.
_S17_E2_TEAM_OF = True
#: Session 17 E2 (PolNeAR train nyt 2016-04-23: "*Donald J. Trump's newly installed campaign
#: chief* has sought to assure members …" went to Trump, the possessor): a full name that
#: possesses a person noun ("X's campaign chief", "X's lawyer") names whose post it is, never the
#: post's holder (a possessor is no referent of its own noun phrase, the i-within-i condition);
#: the mention is left to the nominal rules with the possessor bound out
#: (:meth:`SpeakerResolver._possessor_of_post`), as "the Maple Falls mayor" is
#: (:meth:`~.nominals.NominalRules._name_as_modifier`). ``False`` gives the old behaviour.
_S17_E2_POSSESSOR_POST = True
#: Session 17 INV (gold-free invariant I2 of ``scripts/speaker_invariants.py``: a source span whose
#: head is a personal-name run came out ``unresolved``): a source whose syntactic head (the span's
#: root) is an untagged proper noun, with a listed given name (:func:`~..coref.first_name_gender`)
#: right before it among its compounds ("Arsenal boss *Mikel Arteta* insisted", "said Harbour
#: Dockers Union Secretary-Treasurer *Lionel Brackett*"), names that person: the small NER misses
#: names it has not seen, and news style puts the role before the name
#: (:meth:`SpeakerResolver._untagged_name_head`). ``False`` gives the old behaviour.
_S17_INV_NAME_RUN = True
#: Session 17 U (genre and PolNeAR train: 45 and 19 sources came out ``unresolved`` although the
#: gold speaker is among the candidate clusters, and the scorer counts ``unresolved`` wrong always):
#: where the learned ranker preferred "no candidate" for a he/she/they or a person or body
#: description (classes :data:`_S17_U_CLASSES`) and the rules after it found nobody either (the
#: mention's final speaker is ``unresolved``), take the ranker's best *compatible* candidate
#: (:func:`~..coref.compatible`: gender, number, kind; an organisation for a body description or
#: an organisation word, "The campaign", "The operator") instead, with ``via`` of the mention's kind
#: ("pronoun"/"nominal"/"organization") and a low confidence (0.5), only when its score leads the
#: second such candidate's by :data:`_S17_U_MARGIN` or more (at 0.0, the best whatever the second).
#: Anonymous and document sources are left alone (:meth:`SpeakerResolver._u_keep`,
#: :meth:`SpeakerResolver._ranked`, :meth:`SpeakerResolver.resolve`). ``False`` gives the old behaviour.
#: Shipped False: genre dev +3 but PolNeAR speaker dev -1 (fast; 1.0 margin: +1 and 0).
_S17_U_FALLBACK = False
#: The mention classes (:func:`~..coref.mention_class`) the fallback of :data:`_S17_U_FALLBACK` serves.
_S17_U_CLASSES = frozenset({"pronoun_m", "pronoun_f", "pronoun_pl", "nominal", "org_desc"})
#: The least lead, in ranker score units (a softmax logit), of the best compatible candidate over
#: the second for :data:`_S17_U_FALLBACK` (0.0 tuned on the two train sets: 1.0 and 0.5 fixed fewer).
_S17_U_MARGIN = 0.0
#: Words that end a capitalised run naming a place, a building or a body, never a person
#: (:data:`_S17_INV_NAME_RUN`).
_NOT_SURNAME = frozenset(ORG_HEADS) | {"center", "centre", "street", "avenue", "road", "square", "park", "hall", "tower",
                                       "bridge", "river", "lake", "county", "city", "state", "times", "post", "news",
                                       "journal", "inc", "corp", "ltd", "llc", "fc", "united", "poll", "school",
                                       "college", "hospital", "airport", "stadium", "foundation", "institute"}

#: "Team Trump", "Campaign for Donald J. Trump", "the Sanders camp" (a whole source text).
_TEAM_OF = re.compile(r"(?:[Tt]he\s+)?(?:Team\s+(?P<a>[A-Z][\w'’-]+)|[Cc]ampaign\s+for\s+(?:[A-Z][\w.]*\s+){0,3}"
                      r"(?P<b>[A-Z][\w'’-]+)|(?P<c>[A-Z][\w'’-]+)\s+camp)")


class _DatelineLead:
    """The dateline regexes as one: ``match(text, pos, endpos)`` tries the session-15 capitals
    form, then (with :data:`_S16_H2_DATELINE`) the title-case agency form; a ``re.Match`` or
    ``None``. Offsets are characters of the article text."""

    @staticmethod
    def match(text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        m = _DATELINE_LEAD_S15.match(text, pos, endpos)
        if m is None and _S16_H2_DATELINE and "(" in text[pos:endpos]:  # the agency's "(" (speed)
            m = _DATELINE_LEAD_TC.match(text, pos, endpos)
        return m


_DATELINE_LEAD = _DatelineLead()
#: Session 15 (PolNeAR train, helper g4): an intensive reflexive after the source's head ("Sanders
#: himself acknowledged", "The minister herself said", "the company itself said") adds emphasis,
#: not a person: the source is read without it (:data:`_REFLEXIVE_END`), so the head resolves as
#: the name or description it is (rule 1 of gold/speakers/README.md). ``False``: old behaviour.
_S15_SOURCE_REFLEXIVE = True
#: A reflexive pronoun closing a source span of more words (:data:`_S15_SOURCE_REFLEXIVE`).
_REFLEXIVE_END = re.compile(r"(?<=\w)[ \t]+(?:himself|herself|itself|themselves)[ \t]*$")


class SpeakerResolver(EntityRegistry, NameRules, OrganisationRules, OrgDescriptionRules, DocumentOwners, NominalRules,
                      PronounRules, GroupRules, FormRules):
    """Resolves source mentions of one article to speakers, in text order.

    Usage: ``r = SpeakerResolver(doc)``; ``sid = r.resolve(start, end, prev_sid)`` for each source
    (``prev_sid``: the speaker of the previous attribution, for pronouns); ``r.speakers()``.
    """

    #: Mention classes the learned ranker (:mod:`saidwhat.pipeline.coref`) decides.
    RANKED = frozenset({"pronoun_m", "pronoun_f", "pronoun_pl", "pronoun_it", "pronoun_1", "surname", "nominal",
                        "org_desc", "document", "possessive", "org_name"})
    _VIA = {"pronoun_m": "pronoun", "pronoun_f": "pronoun", "pronoun_pl": "pronoun", "pronoun_it": "pronoun",
            "pronoun_1": "pronoun", "surname": "surname", "nominal": "nominal", "org_desc": "organization",
            "org_name": "organization", "document": "document", "possessive": "possessive"}

    def __init__(self, doc: Doc, in_quote: bytearray | None = None, *, use_ranker: bool = True,
                 regions=None) -> None:
        # the Doc's entities, read once for the resolver's life (:func:`~..coref.doc_ents`; speed,
        # session 13): the stages read ``doc.ents`` through it while the resolver works
        self._ents = doc.ents
        with held_ents(doc, self._ents):
            self._setup(doc, in_quote, use_ranker, regions)

    def _setup(self, doc: Doc, in_quote: bytearray | None, use_ranker: bool, regions) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        # Page furniture never yields a speaker (issue 12, gold/speakers/genre/README.md: furniture
        # has no rows): a name in a byline or credit ("Jane Doe, Health Correspondent", "Reporting
        # by …") is no candidate, so that "she said" in the body cannot take the journalist.
        # ``regions``: the article's layout (:func:`~saidwhat.article.structure.detect_regions`),
        # computed here when not given.
        self._layout = detect_regions(self.text) if regions is None else regions  # once (nominals reads it)
        furn = [(r.span.start_char, r.span.end_char) for r in self._layout if r.kind in FURNITURE_KINDS]

        def in_furniture(a: int) -> bool:
            return any(s <= a < e for s, e in furn)

        self.named = [m for m in named_mentions(doc) if not in_furniture(m.start)] if furn else named_mentions(doc)
        self.entities: dict[str, _Entity] = {}
        #: Character offsets of headline plurals resolved to a body (:data:`~.org_descriptions._S13_ORG5_PLURAL`).
        self.org5_plural_at: set[int] = set()
        self.order: list[str] = []
        self._anon = 0
        self.cands = Candidates(doc, self.named, in_quote)
        add_org_mentions(self.cands, doc, self.named)  # "The union Accord", "Championship Hockey said it" (issue 11)
        if furn:  # organisations and surnames the candidates found in furniture ("Jane Doe and John Roe, BBC News")
            for c in self.cands.clusters:
                c.mentions = [m for m in c.mentions if not in_furniture(m[0])]
            self.cands.clusters = [c for c in self.cands.clusters if c.mentions]
        self._role_gender_votes()  # "Her son, Tunde Ross,": a man (pronouns._S12_PRON_ROLE_GENDER)
        # looked up on the package, so that ``speakers.load_ranker = …`` swaps the ranker
        # (benchmarks/bench_speakers.py --designs)
        self.ranker = sys.modules[__package__].load_ranker() if use_ranker else None
        self.history: list[tuple[int, Cluster]] = []
        self._history_ids: set[int] = set()  # ``{id(c) for _, c in history}``, kept as history grows (speed)
        self.key_cluster: dict[str, Cluster] = {}
        #: how the last :meth:`resolve` reached its speaker, and how sure it is
        self.via: str | None = None
        self.confidence: float | None = None
        #: the trailing clause cut off the source phrase being resolved (:data:`_S11_HEAD`), or ``None``
        self._clause: tuple[int, int] | None = None
        #: the content pieces (``[(start, end)]`` characters) of the attribution whose source is being
        #: resolved, set by the attribution stage before :meth:`resolve`, or ``None``
        #: (:data:`.pronouns._S17_E1_CONTENT_NAMES`)
        self.content: list[tuple[int, int]] | None = None

    def resolve(self, start: int, end: int, prev: str | None, *, forward: bool = False,
                antecedent: tuple[int, int] | None = None) -> str:
        """Speaker key for the source mention ``text[start:end]``; a relative pronoun ("who")
        is resolved through its ``antecedent`` (a character extent)."""
        if _S15_NAME_PAD_END:
            end = _over_padding(self.text, original_text(self.doc), end)  # "Hannah O&#8217;Driscoll"
        if _S15_DATELINE_LEAD and (start == 0 or self.text[start - 1] == "\n"):
            m = _DATELINE_LEAD.match(self.text, start, end)
            if m is not None and m.end() < end - 1:
                start = m.end()  # "DUBAI/MANAMA, March 3 (Reuters) - Oman's Sohar Air …": the subject
        if _S16_H2_PAREN_TAIL and antecedent is None and ")" in self.text[start:end]:
            seg = self.text[start:end]
            i = seg.find(")")
            rest = re.match(r"\)[\s,;:]*(?=[A-Z])", seg[i:])
            if "(" not in seg[:i] and rest is not None and end - (start + i + rest.end()) > 3:
                start += i + rest.end()  # "Harvard Business Review Press), Stephen S. Cohen and …": the tail is no part (session 16)
        if antecedent is None and _groups._S16_H2_COORD and " and " in self.text[start:end]:
            cut = self._first_conjunct_end(start, end)
            if cut is not None:
                end = cut  # "she and European leaders": the first-named party (rule 6; session 16)
        with held_ents(self.doc, self._ents):
            return self._resolve_source(start, end, prev, forward, antecedent)

    def _resolve_source(self, start: int, end: int, prev: str | None, forward: bool,
                        antecedent: tuple[int, int] | None) -> str:
        a, b = antecedent if antecedent is not None else (start, end)
        if antecedent is not None and _S9_PRONOUNS:
            # "Democracy for America, a … outfit, that", "Maya Rahman of the group Green Delta, who" (issue 11)
            a, b = relative_antecedent(self.doc, self.text[start:end].strip().lower(), a, b,
                                       is_person=self._person_at)
        if _S11_HEAD and b - a > 12 and ("name" not in self.text[a:b] and "only" not in self.text[a:b]
                                         or given_name(self.text[a:b]) is None):
            # "The GMB union, which represents staff at Harlow's …", "The study, published in the
            # journal …", "Jane Roe of Acme": the phrase's head names the speaker (forms.source_head);
            # the source span itself (start, end) is kept. Not "One trader, who gave her name only
            # as Neema" (rule 16: the clause gives the name)
            cut = source_head(self.doc, self.text, self._names_in(a, b), a, b)
            self._clause = (cut, b) if cut < b else None
            b = cut
        else:
            self._clause = None
        if _S15_SOURCE_REFLEXIVE and antecedent is None:
            rm = _REFLEXIVE_END.search(self.text, a, b)
            if rm is not None:
                b = rm.start()  # "Sanders himself acknowledged": Sanders (session 15)
        if b - a > 12 and antecedent is None:
            np_ = subject_np(self.text, a, b, self.doc)  # "the 41-year-old told probation officers she felt" (session 13)
            if np_ is not None:
                a, b = np_
        span = self.doc.char_span(a, b, alignment_mode="expand")
        mention = self.text[a:b]
        self.via, self.confidence = None, None
        key = None
        if mention.strip().lower() in GENERIC_PRONOUNS:
            # "those describing themselves as conservative", "some said": people in general
            key = self._new_unnamed("anonymous", a)
        elif is_dateline(self.text, a, b):
            key = self._new_unnamed("unresolved", a)  # "LIMA, Nov 4, 2026 (AFP)": page furniture, no speaker
        if key is None and antecedent is None and _groups._S16_H2_INCLUDING:
            key = self._including_member(start, end)  # "Some observers, including professor X," (session 16)
            if key is None:
                key = self._named_next(start, end)  # "Two of the Republicans … . Ben Carson and X raised" (session 16)
            if key is None:
                key = self._outlet_role_name(start, end)  # "CBS" | "This Morning co-Anchor DeMarco Morgan said" (session 16)
        if key is None and antecedent is None:
            # "DARROW: …", "Q: …", a live-blog post's "Union: …" (session 10; :mod:`.forms`)
            key = self._form_label(a, b) or self._surname_tagged_org(a, b)
            if key is None:
                key = self._country_ministry(a, b)  # "Doha said": Qatar's foreign ministry (org_descriptions; session 16)
            if key is None:
                key = self._short_form_source(a, b)  # "Rovers said": Dunmore Rovers (organisations._S13_SHORT_SOURCE)
            if key is None and self._clause is not None:
                key = self._which_named_org(start, self._clause[0])  # "Unite, which …" (organisations._S14_ORGN_WHICH)
            if key is None:
                key = self._party_source(a, b)  # "Conservatives say …" (organisations._S14_ORGN_PARTY)
            if key is None:
                key = self._headline_un_agency(a, b)  # "UN warns …" headline: the agency named below (session 14)
        if key is None and antecedent is None:
            holder = self._post_source(a, b)  # "finance chief", "The CFO", "his agent" (nominals._S14_ROLE_POSTS)
            if holder is not None:
                key = self._adopt(holder, a, "nominal", 0.7)
        if key is None and antecedent is None:
            # "Father says …", "Brothers deny …", "Rovers boss: …", "Ministry says …" above the
            # lead: the body person or body the bare noun stands for (nominals._S14_HEAD_BARE)
            key = self._headline_bare_noun(span, a, b)
        if key is None and antecedent is None:
            kin = self._possessed_kin(span, a, b)  # "Solheim's younger brother" (nominals._S16_H3_KIN_POSS)
            if kin == "anonymous":
                self.via, self.confidence = "anonymous", 0.7
                key = self._new_unnamed("anonymous", a)
            elif kin is not None:
                key = self._adopt(kin, a, "nominal", 0.7)
        if key is None and antecedent is None and _S15_NAME_APPOSED_LAST and ", " in mention:
            key = self._apposed_last_name(a, b)  # "Counsel for Aldbury, Katarzyna Nowak," (session 15)
        if key is None and antecedent is None and _S16_R2A_LED_BY and "led by" in self.text[start:end]:
            key = self._led_by_person(start, end)  # "The researchers, led by Prof X," (rule 12; session 16)
        if key is None and antecedent is None and _S17_INV_NAME_RUN and span is not None and len(span):
            key = self._untagged_name_head(span, a)  # "Arsenal boss Mikel Arteta" untagged (session 17 INV)
        self._u_fallback = None
        if key is None:
            key = self._ranked(span, a, b, prev, forward)
        if key is None:
            key = self._resolve(span, mention, a, prev, forward)
        ent = self.entities[key]
        if _S17_U_FALLBACK and ent.kind == "unresolved" and self._u_fallback is not None and self._u_fallback[0] == a:
            # nobody found: the ranker's one clear compatible candidate, at low confidence (session 17 U)
            if not ent.mentions and self.order and self.order[-1] == key:
                del self.entities[key]  # the unresolved record just made for this mention only
                self.order.pop()
            _, cand, via = self._u_fallback
            if cand.kind == "person":
                key = self._adopt(cand, a, via, 0.5)
            else:
                key = self._organization(cand.name, a, cand.role)
                self.key_cluster[key] = cand
                self.via, self.confidence = via, 0.5
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
            self._history_ids.add(id(cluster))
            if self.via == "pronoun":
                self._note_gender(mention.strip().lower(), cluster)  # "he tells me": a man (issue 11)
        return key

    def _nat_unknown_role(self, span, pool, cl):
        """``cl`` (the compatible ``(cluster, features)`` pairs of ``pool``) for a nominal with a
        nationality ("The Polish-born guitarist"): when no candidate left holds the head role and
        exactly one person of ``pool`` does with the nationality missing, stating no other
        nationality, and the head is no title or office, that person and "none of these"
        (:data:`_S15_NAT_UNKNOWN_ROLE`); else ``cl`` unchanged. O(candidates)."""
        if span is None or not len(span) or any(x[0] is not None and x[1].get("role_head") for x in cl):
            return cl
        words = norm_tokens(_head_part(span_text(span)))
        if not words or words[-1] in _titles():
            return cl
        hit = [x for x in pool if x[0] is not None and x[0].kind == "person" and x[1].get("role_head")
               and x[1].get("nat_missing") and not x[1].get("office_conflict")]
        if len(hit) != 1 or any(x[1].get("nat_match") for x in pool if x[0] is not None):
            return cl
        c = hit[0][0]
        if (c.role_words | set(c.tokens)) & _ALL_DEMONYM_WORDS:
            return cl  # "the Czech-born striker" is not "Polish striker X"
        return [hit[0]] + [x for x in cl if x[0] is None]

    def _untagged_name_head(self, span, start: int) -> str | None:
        """The person key for a source ``span`` (a spaCy Span; ``start`` its first character)
        whose root is an untagged, title-case proper noun with a listed given name
        (:func:`~..coref.first_name_gender`) right before it, or two words before it with a
        capitalised word or an initial between ("Frank G. Jackson"); the words before the given
        name are the role ("Arsenal boss"). ``None`` when the span holds a name the NER or the name
        rules found (but for one before a lower-case role word: "[Brentwick]/PERSON boss Anders
        Talvik", a club the NER took for a person), the root is tagged as an entity, is possessed
        or ends a place or a body's name, a word of the run is a title ("the Lord Mayor"), or the
        line is a Title Case headline. O(span) after a constant root test. Session 17 INV
        (:data:`_S17_INV_NAME_RUN`): gold-free invariant I2 over 300 unlabelled PolNeAR train
        texts and the genre train."""
        root = span.root
        w = root.text
        if root.pos_ != "PROPN" or root.ent_type_ or not w[:1].isupper() or not w[1:2].islower() \
                or w.lower() in _NOT_SURNAME or root.i + 1 < len(root.doc) and root.doc[root.i + 1].tag_ == "POS":
            return None
        i = root.i - span.start
        if i < 1:
            return None
        toks = list(span)
        g = i - 1
        if _coref.first_name_gender(toks[g].text) is None and g >= 1 and toks[g].text[:1].isupper() \
                and toks[g].pos_ == "PROPN" and not toks[g].ent_type_:
            g -= 1  # a middle name or initial
        given = toks[g]
        if not given.text[:1].isupper() or given.ent_type_ or given.pos_ != "PROPN" \
                or _coref.first_name_gender(given.text) is None:
            return None
        titles = _titles()
        if any(t.lower_.rstrip(".") in titles or t.lower_ in HONORIFICS for t in toks[g:i + 1]):
            return None  # "the Lord Mayor", "Sir Keir": a title, no given name
        a, b = given.idx, root.idx + len(w)

        def apart(x: int, y: int) -> bool:  # "[Brentwick]/PERSON boss": a club the NER took for a person, then a role
            return y <= a and any(t.is_lower for t in span if y <= t.idx < a)
        if any(e.label_ == "PERSON" and not apart(e.start_char, e.end_char) for e in span.ents) \
                or any(not apart(n.start, n.end) for n in self._names_in(span.start_char, span.end_char)):
            return None  # a name the other rules read
        line_a = self.text.rfind("\n", 0, a) + 1
        line_b = self.text.find("\n", b)
        lw = re.findall(r"[^\W\d_][\w'’-]*", self.text[line_a: line_b if line_b >= 0 else len(self.text)])
        if len(lw) >= 4 and sum(1 for x in lw if x[0].isupper()) / len(lw) >= 0.7:
            return None  # a Title Case headline
        role = self.text[span.start_char:a].strip(" ,") or None
        self.via, self.confidence = "name", 0.8
        return self._person(self.text[a:b], role, start).key

    def _led_by_person(self, start: int, end: int) -> str | None:
        """The person a group source names as its leader in a participle clause: "The
        researchers, led by Prof Kieran X,", "A delegation, led by the deputy minister Ana Y,"
        (rule 12 of ``gold/speakers/README.md``: a group with no name of its own takes the member
        named as leading it). The name (of :attr:`named`, two words or more) must start within 40
        characters after "led by", and the group before the comma hold no name of its own.
        ``None`` otherwise. Session 16 round 2 (:data:`_S16_R2A_LED_BY`; train series w science_w01)."""
        m = _LED_BY.search(self.text, start, end)
        if m is None or self._names_in(start, m.start()):
            return None
        got = next((n for n in self._names_in(m.end(), min(end, m.end() + 40)) if len(n.name.split()) >= 2), None)
        if got is not None and got.end <= end:
            self.via, self.confidence = "name", 0.8
            return self._person(got.name, got.role, start).key
        # the NER missed or mis-typed the name ("Prof [Kieran de Búrca]/ORG"): a title and a name's shape
        w = _LED_BY_TITLED.match(self.text, m.end(), end)
        if w is None:
            return None
        self.via, self.confidence = "name", 0.7
        return self._person(w.group(2), w.group(1), start).key

    def _apposed_last_name(self, start: int, end: int) -> str | None:
        """The person whose full name (two words or more, of :attr:`named`) ends the source
        ``text[start:end]`` in apposition, after a comma, with nothing but commas and spaces after
        it: "Counsel for Aldbury, Katarzyna Nowak,", "Opening the second reading of the Rivers
        (Discharges) Bill, the water minister, Catrin Llewellyn-Jones," (the apposed name is the
        phrase's referent: the head names a post or opens a participle clause; an organisation or
        a one-word "name" in it, "[Bill]/PERSON", is not the speaker). Not when the words before
        hold another full name or "and" (a pair: rule 6, the first-named). ``None`` otherwise.
        Session 15 (:data:`_S15_NAME_APPOSED_LAST`; series u courts_u02, ukpress_u01)."""
        inside = self._names_in(start, end)
        if not inside:
            return None
        m = max(inside, key=lambda x: x.end)
        if m.end > end or len(m.name.split()) < 2 or self.text[m.end:end].strip(" ,\n"):
            return None
        head = self.text[start:m.start]
        if not head.rstrip(" ").endswith(",") or re.search(r"\band\b|&", head) \
                or any(x is not m and len(x.name.split()) >= 2 for x in inside):
            return None
        if _S15_APPOS_BODY_NAME:
            body = self._body_after_desc(None, start, end)
            if body is not None:
                return body  # "His management, Rosa Talent,": a body's name, no person (session 15)
        self.via, self.confidence = "name", 0.9
        return self._person(m.name, m.role, start).key

    def _ranked(self, span, start: int, end: int, prev: str | None, forward: bool) -> str | None:
        """The speaker key the learned ranker chooses for a mention it handles, else ``None``."""
        if self.ranker is None or span is None or not len(span):
            return None
        head_end = start + len(_head_part(span_text(span)))
        cls = mention_class(span)
        if _S17_E2_TEAM_OF and cls in ("surname", "name", "org_name", "org_desc", "nominal"):
            team = self._team_of_person(span, start)
            if team is not None:
                return team  # "Team Trump", "Campaign for Trump", "the Sanders camp": the campaign (session 17)
        if cls == "anonymous" and self._opens_with_name(start, head_end):
            cls = "name"  # "Arturo SarukhÃ¡n, Mexico's ambassador …" (mojibake read as a number): the name
        if cls == "anonymous" and self._above_lead(start):
            label = self._headline_label_name(start, end)
            if label is not None:
                # "A lesson from Ana Roe: '…'", "Roe said" below: the person (names._S12_HEAD_LABEL)
                self.via, self.confidence = "name", 0.8
                return self._person(label.name, label.role, start).key
        joint = self._joint_plural(span_text(span)) if cls in ("surname", "org_name", "nominal", "anonymous", "name") else None
        if joint is not None:
            # "the Khans" after "Khizr and Ghazala Khan": the joint name (rule 6; names.joint_names)
            self.via, self.confidence = "name", 0.9
            return self._person(joint.name, joint.role, start).key
        if cls in ("org_name", "org_desc", "nominal", "surname"):
            org_pair = self._first_of_org_and_body(span, start)
            if org_pair is not None:
                return org_pair  # "Pennine Connect and the combined authority": the first-named (rule 6)
        wdoc = _documents.witnessed_document(span) if _documents._S14_DOC_WITNESS else None
        if wdoc is not None:
            # "An internal memo, seen by this newspaper, suggests": the memo's maker, not its witness (session 14)
            return self._document(wdoc, wdoc.start_char, prev)
        if _documents._S16_H1_UNOWNED and cls in ("anonymous", "nominal", "document") and _documents.unowned_thing(span):
            self.via, self.confidence = "unresolved", 0.6
            return self._new_unnamed("unresolved", start)  # "The landmark 31-page agreement", "The spat" (session 16)
        if cls in ("anonymous", "nominal"):
            dspan = document_span(span)
            if dspan is not None:
                span, cls = dspan, "document"  # "An MRI", "security logs", "A risk| assessment …"
        elif cls == "document" and document_in_name(span):
            cls = "org_name"  # "Ashgrove Records, the band's label,": a name, no document
        elif cls == "document" and _organisations._S14_ORGQ_PAPER:
            cls = self._paper_class(span, start) or cls  # "The Manchester Evening Record", "The paper said"
        if _S15_APPOS_BODY_NAME and cls in ("anonymous", "org_name", "nominal", "org_desc"):
            named = self._body_after_desc(span, start, end)
            if named is not None:
                return named  # "His management, Marina Artists, said": the body, no person (session 15)
        app = self._appositive_name(start, end, head_end) if cls not in ("name", "surname", "org_name") else None
        if app is not None:
            # "Two military analysts, Patrick Megahan and Chris Harman,", "Trump's running mate —
            # Indiana Gov. Mike Pence —": the name in apposition to the description
            self.via, self.confidence = "name", 1.0
            return self._person(app.name, app.role, start).key
        app_org = self._appositive_org(start, end, head_end) if cls in ("nominal", "org_desc", "org_name") else None
        if app_org is not None and _S9_NAMES2 and cls == "org_name" and possessor_in_apposition(self.text, head_end, end):
            app_org = None  # "Lakeside Capital, Harbour's largest shareholder,": Harbour is the possessor
        if app_org is None and _S15_APPOS_BODY_NAME and cls in ("nominal", "org_desc") \
                and span[0].lower_ in ("his", "her", "their", "its"):
            # "The manufacturer, Veltria Diagnostics of Stuttgart,": the ranker's (a place after "of")
            named = self._named_in_apposition(span, start)
            if named is not None:
                return named  # "Their label, Eko Sound Records,": a name the NER left untagged (session 15)
        if app_org is None and cls in ("nominal", "org_desc", "anonymous") and _organisations._S14_ORGN_APPOSED:
            rel = self._relative_apposed_org(start, max(end, self._clause[1]) if self._clause else end, head_end)
            if rel is not None:
                return rel  # "The union that backed the claim, the Cabin Crew Alliance," (session 14)
        if app_org is not None:
            # "Britain's medicines regulator, the MHRA", "her management company, Apex Sports" (issue 11)
            self.via, self.confidence = "organization", 0.9
            key = self._organization(self._named_body(app_org.name), start, app_org.role)  # "(SMA)": its name
            self.key_cluster[key] = app_org
            return key
        if cls in ("nominal", "anonymous", "surname", "org_name", "org_desc", "name"):
            # "Both ministers", "The couple, who …", "the Nakamuras": the first-named of the people
            # the text put together, or the relative who spoke (rules 6, 12; groups._S14_PAIR_)
            pair = self._plural_people(span, start, end, forward or self._above_lead(start))
            if pair is not None:
                return self._adopt(pair, start, "nominal", 0.7)
        if cls == "anonymous":
            intro = self._introduced_body(span, start, end, head_end)
            if intro is not None:
                return intro  # "A second group, Green Delta Aid,": the body named (session 12, org_descriptions)
            if _org_descriptions._S13_ORG5_PLURAL and (forward or self._above_lead(start)):
                plural = self._headline_org_plural(span, start)
                if plural is not None:
                    return plural  # "Two unions say …" in a standfirst: the first-named union (rule 6; session 13)
        if cls in ("surname", "org_name", "org_desc", "nominal") and (forward or self._above_lead(start)):
            headed = self._headline_org_word(span, start)
            if headed is not None:
                return headed  # "Band cites …", "Furniture group blames …": the body's organisation (session 9)
        cap_epithet = cls in ("surname", "org_name") and _S8N2 and _the_capitalised_epithet(span, self.cands.clusters)
        if cap_epithet:
            cls = "nominal"  # "The Glaswegian", "The former Olympian", "The Edinburgh Central MSP" (issue 11)
        if (cls in ("nominal", "org_desc") and _possessed_group(span)
                or cls == "possessive" and _S8N2 and _possessed_group(span)
                or cls == "nominal" and self._unnamed_back_reference(span, start)
                or cls == "nominal" and self._hired_unnamed(span)  # "Her barrister" (nominals._S13_NOM3_HIRED)
                or cls == "nominal" and self._unnamed_speaker_continued(span, start, prev)):
            # "Lindgren's family", "the prime minister's official spokesman", "A person close to
            # Fontaine … the person said": people the article leaves unnamed (issue 11, rules 8, 12)
            self.via, self.confidence = "anonymous", 0.7
            return self._new_unnamed("anonymous", start)
        if _THE_TWO.match(_head_part(span_text(span))):
            pair = self._coordinated_before(start)
            if pair is not None:
                # "Hillary Clinton and Bernie Sanders are both progressives. … The two admit …":
                # the first-named (rule 6 of gold/speakers/README.md)
                return self._adopt(pair, start, "nominal", 0.7)
        if _ORG_PAIR_WORDS.match(_head_part(span_text(span)).strip()):
            pair_org = self._first_of_pair(span, start)
            if pair_org is not None:
                return pair_org  # "Both companies": the first-named of "A and B" (rule 6; issue 11)
        given = given_name(self.text[start:end]) if cls in ("anonymous", "nominal") else None
        if given is None and cls == "anonymous" and _groups._S14_LATE_GIVEN:
            given = given_name_after(self.text, end)  # "A fan outside the ground, who gave his name only as X," (session 14)
        if given is not None:
            # "One resident, a retired nurse who gave her name only as Edith," (rule 16)
            self.via, self.confidence = "name", 0.8
            return self._person(given, None, start).key
        if cls in ("anonymous", "nominal") and given is None and _groups.says_unnamed(self.text[start:end]):
            # "Her neighbour, a retired teacher who asked not to be named," (rule 8; groups._S15_GRP_UNNAMED_SAYS)
            self.via, self.confidence = "anonymous", 0.8
            return self._new_unnamed("anonymous", start)
        kin = self._kin_named_later(span, start) if cls in ("surname", "nominal", "anonymous", "org_name") else None
        if kin is not None:
            # "Daughter of man who died …" in a headline, "His daughter, Karen Lowe," below (session 9)
            return self._adopt(kin, start, "nominal", 0.6)
        if cls in ("surname", "document", "nominal", "org_name", "org_desc") and anonymous_people(
                span, self._name_words_of_people() if _groups._S13_NOM3_BARE_PLURAL else self._cluster_words()):
            cls = "anonymous"  # "Boatmen fear", "Some music figures say", "Staff told": unnamed people (rule 11)
        if cls in ("anonymous", "nominal"):
            later = self._role_named_later(span, start, headline=forward)
            if later is None and cls == "nominal":
                later = self._headline_role_holder(span, start, headline=forward)  # "Leeds public health chief" (session 13)
            if later is None and cls == "anonymous":
                later = self._described_then_named(span, start, end)  # "A local shopkeeper …" … "The shopkeeper, X," (session 14)
            if later is not None:
                # "A public defender who … said" … "The public defender, Omar Reyes," (rule 1)
                return self._adopt(later, start, "nominal", 0.6)
        if cls == "anonymous" or (cls == "nominal" and _plural_possessed(span)
                                  and not (_groups._S15_GRP_AUTHORS and self._lead_author(span) is not None)):
            # "Twelve percent", "Republicans", "his surrogates": a group the article leaves unnamed
            # ("Its authors" of a study with a named leader: below, groups._S15_GRP_AUTHORS)
            self.via, self.confidence = "anonymous", 0.8
            return self._new_unnamed("anonymous", start)
        if cls in ("org_name", "org_desc"):
            pair = self._first_party(span, start)
            if pair is not None:
                return pair  # "Japan and the European Union": the first-named (rule 6)
        org = self.cands.cluster_of(start, head_end) if not cap_epithet else None
        if org is not None and cls == "nominal" and _coref._S16_H3_DEMONYM_MODS \
                and (org.name.lower() in _coref._REGION_DEMONYMS or org.name.lower() in _coref.DEMONYMS):
            org = None  # "the 52-year-old Basque": a person by nationality, not a body "Basque" (session 16)
        if cls == "document" and seen_by(span):
            org = None  # "A draft communiqué seen by Bloomberg": who saw it, not its maker (documents)
        if org is not None and org.kind == "organization" and _ends_mention(org, start, head_end, self.text) and not any(
                m.start >= start and m.end <= head_end for m in self.named) and not _pp_object(org, start, head_end, self.text) \
                and not (_S15_PP_OBJECT_MODS and cls == "nominal" and _person_pp_object(org, start, head_end, self.text)):
            # an organisation named in the mention ("the weekly Der Kurier", "The broadcaster NTV")
            self.via, self.confidence = "organization", 1.0
            at = self.text.find(org.name, start, head_end)
            name = org.name
            if at >= 0:
                # "Welsh and Western Power Networks", "the U.N. Office for Disaster Risk Reduction"
                name = self._left_joined_name(org.name, at, start)[:-len(org.name)] + self._right_joined_name(
                    org.name, at + len(org.name))
            name = self._named_body(name)  # "the Alder Falls council": the article's Alder Falls City Council
            key = self._organization(name, start, org.role)
            self.key_cluster[key] = org
            if cls == "document" and _documents._S13_DOC_REMEMBER:
                # "A report by the X Agency found …. The figures show …": X is the last document's
                # owner for a later definite document (documents._S13_DOC_REMEMBER)
                self._remember_doc(self._doc_head(span), key)
            return key
        owner = self._possessor_of_post(span, cls, head_end) if _S17_E2_POSSESSOR_POST else None
        if self._full_name_within(start, head_end) and not (cls == "nominal" and self._name_as_modifier(span)) \
                and owner is None:
            return None  # a full name in the mention: the name rules decide; not "the Maple Falls mayor"
        if _S9_RUNS and cls == "nominal" and any(
                head_end <= m.start and m.end <= end and len(m.name.split()) >= 2 and not self.text[m.end:end].strip(" ,")
                and re.search(r",\s*(?:[A-Z][\w.]*\s+){0,3}$", self.text[start:m.start]) for m in self.named):
            # "Kent County Council's cabinet member for parks, libraries and leisure, Cllr Helen
            # Marsh,": a full name closing the mention in apposition, past a list in the description
            # (issue 11, session 9 round 2)
            return None
        if cls == "pronoun_it" and self._no_agent_it(span, cls):
            # "it's assumed the ruling …", "The result doesn't … . It probably signals …" (rule 4)
            self.via, self.confidence = "unresolved", 0.6
            return self._new_unnamed("unresolved", start)
        if cls == "pronoun_it":
            owner = self._document_it(span, start, prev)
            if owner is not None:
                return owner  # "Mr Evans's own letter … was read out. “…,” it said" (issue 11)
            owner = self._document_again(span, cls, start, prev) or self._statement_it(span, cls, prev)
            if owner is not None:
                # "Dr Adeyemi's letter … said …. It also said …": the document's writer again (issue 11)
                self.via, self.confidence = "pronoun", 0.8
                return owner
            owner = self._it_subject_source(span, cls)
            if owner is not None:
                # "The Madrid-based bank said …. It said …": the subject source before (pronouns._S14_PRON_IT_SOURCE)
                self.via, self.confidence = "pronoun", 0.8
                return owner
        if cls in ("org_name", "surname", "possessive"):
            named = self._possessed_name(span, start)
            if named is not None:
                return named  # "Germany's Vogel", "Brazil's Camila Duarte": the person (issue 11)
            owned = self._org_after_possessor(span, start) if cls != "surname" else None
            if owned is not None:
                return owned  # "Denmark's Ministry of Food, Agriculture and Fisheries": the ministry
        born = _S16_H3_BORN_PERSON and cls == "nominal" and _BORN_WORD.search(self.text, start, head_end) is not None
        described = self._org_description(span, cls, start, prev) if not born else None
        if described is not None:
            return described  # "the Obama administration", "The carrier", "Gallup's poll", "the network"
        if cls == "org_name" and org is not None and org.kind == "person":
            cls = "surname"  # "Ham" tagged ORG by the NER, a person's surname in this article
        # "The band", "The race", "The four-piece": an organisation word, never a person (session 9)
        org_word = cls in ("nominal", "document") and self._org_word_of(span, cls) is not None
        if org_word and cls == "document":
            body = self._org_word_fallback(span, cls, start)
            if body is not None:
                return body
        if cls == "document":
            return self._document(span, start, prev)
        if cls == "surname":
            hon = self._honorific_speaker(start, end)
            if hon is not None:
                return hon  # "Mr Holt" after "Jean Holt" and her son "Owen Holt" (names._S10_HONORIFIC)
        if cls not in self.RANKED:
            return None
        para_start = self.text.rfind("\n", 0, start) + 1
        ctx = PairContext(pos=start, words=norm_tokens(_head_part(span_text(span))), cls=cls,
                          prev=self.key_cluster.get(prev) if prev else None,
                          para_speakers={id(c) for p, c in self.history if p >= para_start},
                          speakers=set(self._history_ids), sent_start=span.sent.start_char,
                          para_start=para_start, end=end, caps=has_caps(span), nat=nationality_words(span))
        # a name given as an example ("Constitutionalists, like Sen. Ted Cruz,") is not the mention's own
        ctx.end = min((m.start for m in self.named if head_end <= m.start < end
                       and _EXAMPLE_BEFORE.search(self.text, start, m.start)), default=end)
        # the features of candidates :func:`~..coref.compatible` drops by kind wait (coref._S15_SPEED_LAZY);
        # nothing below reads them before ``fill_deferred``
        pool = candidate_list(self.cands, ctx, forward=forward, lazy=True)
        if _S16_H5_PREV_SURNAME_ORG and cls in ("pronoun_m", "pronoun_f") and prev:
            who = self._typed_org_person(span, cls, start, prev, pool)
            if who is not None:
                return self._adopt(who, start, "pronoun", 0.7)  # "Ní Bhriain said …. She said" (session 16)
        if (_S14_GEND_AGREE or _S14_GEND_PREV or _S14_GEND_TYPED_ORG) and cls in ("pronoun_m", "pronoun_f"):
            if _S14_GEND_AGREE:
                # "she" is no record label or port authority the NER tagged PERSON (session 14)
                pool = [x for x in pool if x[0] is None or not self._body_not_person(x[0])]
            last = self.entities.get(prev) if prev else None
            want = "m" if cls == "pronoun_m" else "f"
            if _S14_GEND_TYPED_ORG and last is not None and last.kind == "organization" and last.name and any(
                    first_name_gender(w) == want for w in last.name.title().split()[:-1]):
                # "senior coroner Helena Strzelecka\nsaid she …. She said": a person the NER typed an
                # organisation (a name wrapped across a line), whose given name agrees: her again
                self.via, self.confidence = "pronoun", 0.6
                return prev
            if _S14_GEND_PREV and (ctx.prev is not None and self._body_not_person(ctx.prev) or last is not None and (
                    last.kind == "organization" or last.kind == "person" and last.name and self._body_name(last.name))):
                ctx.prev, prev = None, None  # no "previous speaker" continuation through a body
        if _S11_HEAD and self._clause is not None:
            # "The Chilean, who took over at Salar Andino in June,": nothing named in the head's own
            # clause is the head (the i-within-i condition, as below for nominals; forms.source_head)
            pool = bound_out(pool, [self._clause])
        if cls.startswith("pronoun"):
            pool = bound_out(pool, co_arguments(span))  # "She asked Richards": not Richards
        if _pronouns._S17_E1_CONTENT_NAMES and (cls in ("pronoun_m", "pronoun_f") or cls == "possessive") and len(span) == 1:
            # "“…,” he said. “Trump's best argument …”": not Trump (binding principle C; session 17)
            pool = bound_out(pool, self._content_names(span[0].lower_, start, end))
        elif cls == "nominal":
            pool = bound_out(pool, commanding_subjects(span))  # "Trump … after the Democrat said": not Trump
            pool = self.nominal_bars(span, start, pool)  # not another party's, nor another age (session 11)
            if owner is not None:
                pool = bound_out(pool, [owner])  # "Donald J. Trump's campaign chief": not Trump (session 17)
            if _S9_NOMINALS and re.match(r"\s*,\s*(?:who|whose|which|that)\b", self.text[head_end:end]):
                # "The engineer, who joined Nasa …,": nothing named in its own relative clause (the
                # i-within-i condition; session 9)
                pool = bound_out(pool, [(head_end, end)])
            if cap_epithet:  # not the NER's cluster of the epithet itself ("The Glaswegian" tagged a name)
                pool = [(c, f) for c, f in pool if c is None or any(not start <= s < end for s, _, _, _ in c.mentions)]
        if cls == "nominal" and not org_word:
            lead = self._lead_author(span)
            if lead is not None:
                return self._adopt(lead, start, "nominal", 0.7)  # "the researchers" → who led the study
            rel = self._relation_speaker(start, head_end, prev)
            if rel is not None:
                return rel  # "his wife said" → the wife the text names (names._S14_FAM_GENDER)
            kin = self._family_speaker(span, start)
            if kin is not None:
                return self._adopt(kin, start, "nominal", 0.7)  # "The family said" → the relative who spoke (rule 12)
            rival = self._rival_person(span, start, pool, ctx.prev)
            if rival is not None:
                return self._adopt(rival, start, "nominal", 0.7)  # "His rival said": the pair's other (nominals._S14_NOMMOD_RIVAL)
            described = self._described_person(span, start, pool, early=True, prev=ctx.prev)
            if described is not None:
                # "Its president, X, said … the federation boss said" (issue 11)
                return self._adopt(described, start, "nominal", 0.7)
            ahead = self._forward_role(span, start)
            if ahead is not None:
                # "its chief executive warned …" in the lead, "Henrik Aas, the chief executive," below
                return self._adopt(ahead, start, "nominal", 0.7)
            accused = self._the_defendant(span)
            if accused is not None:
                return self._adopt(accused, start, "nominal", 0.7)  # "the defendant": who pleaded (issue 11)
            epithet = self._epithet_person(span, start, pool)
            if epithet is not None:
                # "The Swede", "the 58-year-old", "the Ashford manager" (issue 11)
                return self._adopt(epithet, start, "nominal", 0.7)
            described = self._described_person(span, start, pool, prev=ctx.prev)
            if described is not None:
                # "Cllr Rebecca Hollis … The Labour councillor" (issue 11)
                return self._adopt(described, start, "nominal", 0.7)
        run = self._quote_run_speaker(span, cls, start, prev) or self._plural_lead_key(span, cls, prev)
        if run is not None:
            # "‘She was in charge,’ he said. ‘… ¶ ‘I wish I had …’": the quote run's speaker; "The
            # researchers said … However, they cautioned": the lead they stood for (issue 11)
            self.via, self.confidence = "pronoun", 0.7
            return run
        unnamed = self._unnamed_prev(span, cls, start, prev)
        if unnamed is not None:
            # "One skipper … said he still owed …. ¶ ‘…,’ he said": the unnamed previous speaker (issue 11)
            self.via, self.confidence = "pronoun", 0.7
            return unnamed
        answer = self._rebuttal_person(span, cls, para_start, pool)
        if answer is not None:
            # "…, a claim Menon rejected on the call. ¶ “We haven't lost …,” he said" (session 13)
            return self._adopt(answer, start, "pronoun", 0.8)
        asked = self._answerer(span, cls, pool)
        if asked is not None:
            # "Y asked her whether …. She replied that …": the person asked answers (session 13 round 2)
            return self._adopt(asked, start, "pronoun", 0.8)
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
        signer = self._signed_by(span, cls, start) if _S9_PRONOUNS else None
        if signer is not None:
            # "I think this meeting is too little too late. ¶ @hotflesh.": the letter's signature (issue 11)
            self.via, self.confidence = "pronoun", 0.8
            return self._person(signer, None, start).key
        since = self._subject_since(span, cls, start, prev, pool) if _pronouns._S16_H5_SUBJECT_SINCE else None
        if since is not None and since[0] == "person":
            # "Watanabe, told of …, smiled. “…,” he said": the subject before, not the last speaker (session 16)
            return self._adopt(since[1], start, "pronoun", 0.7)
        if since is not None:
            # "A senior official …, was less categorical. “…,” he said": an unnamed person (rule 8; session 16)
            self.via, self.confidence = "anonymous", 0.6
            return self._new_unnamed("anonymous", start)
        again = self._previous_speaker(span, cls, start, prev, pool) if _S9_PRONOUNS else None
        if again is not None:
            # "Quispe said he had not earned anything …, he said": the previous speaker (issue 11)
            return self._adopt(again, start, "pronoun", 0.8)
        untagged = self._unclustered_prev(span, cls, prev)
        if untagged is not None:
            # "Rahul Mehrotra … asked why …. He said": a person the NER missed (session 13)
            self.via, self.confidence = "pronoun", 0.8
            return untagged
        intro = self._paragraph_before_person(span, cls, start, pool) if _pronouns._S17_E1_PARA_BEFORE else None
        if intro is not None:
            # "For Major, a retiree …, making calls … ¶ “…,” she said": the person the paragraph before introduced (session 17)
            return self._adopt(intro, start, "pronoun", 0.7)
        if cls == "pronoun_pl" or ctx.words in (["two"], ["both"]):
            pair = self._pair_subject(span, cls, pool) or self._coordinated_before(start)
            body = self._plural_subject(span, cls) if pair is None and cls == "pronoun_pl" else None
            if body is not None:
                # "Both companies said …, which they expect …": the plural subject's speaker (session 13 round 2)
                self.via, self.confidence = "pronoun", 0.7
                return body
            last = self.key_cluster.get(prev) if prev else None
            if pair is None and last is not None and last.coord and any(a < start for a in last.coord):
                pair = last  # "they" again, after a "they" that was "Cohen and DeLong"
            if pair is not None:
                # "Stephen Cohen and Bradford DeLong suggest … they argue": the first-named
                return self._adopt(pair, start, "pronoun" if cls == "pronoun_pl" else "nominal", 0.7)
        if _coref._S17_SPEED_LAZY_PEOPLE and cls in _coref._LAZY_PEOPLE_CLASSES:
            # the people's features, which compatible and the rules after it read (speed, session 17)
            fill_deferred([x for x in pool if x[0] is not None and x[0].kind == "person"])
        cl = compatible(cls, pool)
        if _S15_NAT_UNKNOWN_ROLE and cls == "nominal" and not org_word:
            cl = self._nat_unknown_role(span, pool, cl)
        if _organisations._S14_ORGQ_ITS and cls == "possessive" and span[0].lower_ == "its":
            # "Its statement blamed …": "its" is a thing's, never a person's (organisations._S14_ORGQ_ITS)
            orgs = {r.name for r in self.org_refs()}  # "Kestrel General" tagged PERSON, typed an organisation
            cl = [x for x in cl if x[0] is None or x[0].kind != "person" or x[0].name in orgs
                  or self._full_org_name(x[0].name) is not None]  # "Kestrel": Kestrel General's short form
        fill_deferred(cl)  # what the ranker and the rules below read (coref._S15_SPEED_LAZY)
        if cls in ("pronoun_m", "pronoun_f") and not any(x[0] is not None for x in cl):
            late = self._named_after(span.sent.end_char, "m" if cls == "pronoun_m" else "f")
            if late is not None:
                # "A woman who has accused … She also described … ¶ Juanita Broaddrick, who …"
                return self._adopt(late, start, "pronoun", 0.5)
        if cls == "nominal" and not org_word and not any(x[0] is not None and x[1].get("role_head") for x in cl):
            late = self._late_named_intro(span, start)
            if late is not None:
                # "a cashew farmer … the 58-year-old said … The farmer, Raimundo X," (nominals._S15_NOM_LATE_INTRO)
                return self._adopt(late, start, "nominal", 0.6)
        if cls == "nominal" and not org_word and not any(x[0] is not None and x[1].get("role_head") for x in cl) \
                and self._introduced_unnamed(span, start):
            # "A judge in Ohio ruled … The judge said": the person the article introduced unnamed
            self.via, self.confidence = "anonymous", 0.7
            return self._new_unnamed("anonymous", start, same_as="anon " + span_text(span))
        if cls == "nominal" and not org_word and not any(x[0] is not None and x[1].get("role_head") for x in cl):
            new = self._just_introduced(span, pool)
            if new is not None:
                # "Tom Bright, 19, had travelled … The apprentice said": the person just introduced
                return self._adopt(new, start, "nominal", 0.7)
        scores = [self.ranker.score(f) for _, f in cl]
        best = max(range(len(cl)), key=lambda i: scores[i])
        top = scores[best]
        z = sum(math.exp(x - top) for x in scores)
        c = cl[best][0]
        if org_word and (c is None or c.kind == "person"):
            if _S17_U_FALLBACK and cls in _S17_U_CLASSES:
                # "The operator": the ranker's one clear organisation, kept for :meth:`resolve` (session 17 U)
                self._u_keep(cl, scores, start, cls, lambda x: x.kind != "person")
            return self._org_word_fallback(span, cls, start)  # the ranker's organisation, else the rule's
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
        if _S11_PTRAIN_PLURAL and cls == "nominal" and (c is None or c.kind == "person" and not c.coord) \
                and plural_description(span):
            # "The Republican leaders who …", "The local councillors said": several people are no one
            # person (number agreement), the unnamed group of rule 8
            self.via, self.confidence = "anonymous", 0.6
            return self._new_unnamed("anonymous", start)
        if c is None and cls in ("possessive", "pronoun_it") and len(span) and span[0].lower_ in ("its", "it"):
            c = self._subject_org(span)  # "X was fined …. Its filing said": the subject before (session 13)
            if c is not None:
                z = 1.0 / 0.6  # confidence 0.6
            elif cls == "possessive":
                described = self._described_subject_org(span, prev)  # "The bank, … made …. Its statement"
                if described is not None:
                    self.via, self.confidence = "possessive", 0.6
                    return described
        if c is None and cls == "possessive" and len(span) and span[0].lower_ == "their":
            # "Researchers at X studied …. Their findings" (nominals._S13_NOM3_THEIR_DOC)
            c = self._their_doc_owner(span)
            if c is not None:
                z = 1.0 / 0.6  # confidence 0.6
        if c is None and _S17_U_FALLBACK and cls in _S17_U_CLASSES and not org_word:
            # the ranker's best named candidate, kept for :meth:`resolve` should the rules below find nobody
            # a body description ("The campaign") falls back to a body only, never a person
            self._u_keep(cl, scores, start, cls, (lambda x: x.kind != "person") if cls == "org_desc" else (lambda x: True))
        if c is None:
            return None  # a speaker not among the candidates: the rules name it, or not
        if c.kind == "person":
            key = self._person(c.name, c.role, start).key
        else:
            name = c.name
            if _organisations._S12_ORG4_RUNS and (at := self.text.find(name, start, end)) >= 0:
                more = _organisations.run_continuation(self.text, at + len(name), name, self.doc)
                if more and at + len(name) + len(more) <= end:
                    name += more  # the mention writes the name the NER cut in full ("Ministry of X and Y")
            key = self._organization(name, start, c.role)
        self.key_cluster[key] = c
        self.via, self.confidence = self._VIA.get(cls, cls), 1.0 / z
        return key

    def _typed_org_person(self, span, cls: str, start: int, prev: str, pool) -> Cluster | None:
        """The person candidate (of ``pool``, the ranker's, a list of ``(Cluster, features)``) whose
        surname part is the whole name of the previous speaker ``prev`` when that is an
        organisation (:data:`_S16_H5_PREV_SURNAME_ORG`), else ``None``: exactly one such person, of
        no other gender than the he/she at ``start`` (character offset), the pronoun outside
        quotation marks, and no other person of that gender named outside quotation marks between
        ``prev``'s last mention and the pronoun. O(candidates)."""
        ent = self.entities.get(prev)
        if ent is None or ent.kind != "organization" or not ent.name or not ent.mentions or span is None \
                or not len(span) or self.cands._quoted(span[0].idx):
            return None
        words = norm_tokens(ent.name)
        want = "m" if cls == "pronoun_m" else "f"
        if not words or len(words) > 3:
            return None
        fits = [c for c, _ in pool if c is not None and c.kind == "person" and len(c.tokens) > len(words)
                and c.tokens[-len(words):] == words and c.gender in (None, want)]
        if len(fits) != 1:
            return None
        e = max(m[1] for m in ent.mentions)
        if e > start:
            return None
        for o in self.cands.clusters:
            if o is fits[0] or o.kind != "person" or o.gender not in (None, want):
                continue
            if any(e <= m[0] < start and not m[3] for m in o.mentions):
                return None  # someone else named since
        return fits[0]

    def _body_not_person(self, c: Cluster) -> bool:
        """Whether the candidate cluster ``c`` cannot be "he"/"she" (:data:`_S14_GEND_AGREE`): an
        organisation cluster, or a PERSON-tagged one whose name is one of the article's
        organisations (:meth:`org_refs`) or the words that open one ("Blue Cedar" for "Blue Cedar
        Music"), a short form of one (:meth:`_full_org_name`), or is written followed by the bracketed acronym of
        its own capitalised words ("Port Autonome de Dakar (PAD)": people get no acronym). Memoised
        per cluster and article."""
        return c.kind != "person" or self._body_name(c.name)

    def _body_name(self, name: str) -> bool:
        """The name test of :meth:`_body_not_person` for a PERSON name, memoised per name."""
        memo = self.__dict__.setdefault("_body_memo", {})
        got = memo.get(name)
        if got is None:
            got = any(r.name == name or r.name.startswith(name + " ") for r in self.org_refs()) \
                or self._full_org_name(name) is not None
            if not got and len(name.split()) >= 2:
                initials = "".join(w[0] for w in name.split() if w[:1].isupper())
                at = self.text.find(name)
                while not got and at >= 0:
                    m = _RX_NAME_ACRONYM.match(self.text, at + len(name))
                    got = m is not None and m.group(1) == initials
                    at = self.text.find(name, at + 1)
            memo[name] = got
        return got

    def _name_words_of_people(self) -> set[str]:
        """The lower-cased words of every candidate cluster's name but the words inside a longer
        organisation name ("insurers" of "Association of British Insurers"), built once per article
        (groups._S13_NOM3_BARE_PLURAL). Do not modify it."""
        got = self.__dict__.get("_people_words_memo")
        if got is None or got[0] is not self.cands.clusters:
            got = self._people_words_memo = (self.cands.clusters, {w for c in self.cands.clusters for w in c.tokens
                                                                   if c.kind != "organization" or len(c.tokens) == 1})
        return got[1]

    def _cluster_words(self) -> set[str]:
        """The lower-cased words of every candidate cluster's name (:attr:`cands`), built once per
        article: the clusters are complete when :meth:`__init__` returns. Do not modify it."""
        got = self.__dict__.get("_cluster_words_memo")
        if got is None or got[0] is not self.cands.clusters:
            got = self._cluster_words_memo = (self.cands.clusters, {w for c in self.cands.clusters for w in c.tokens})
        return got[1]

    def _names_in(self, start: int, end: int) -> list:
        """The names of :attr:`named` that start in ``[start, end)``: a binary search over their
        starts, kept per article."""
        got = self.__dict__.get("_named_starts_memo")
        if got is None or got[0] is not self.named:
            ms = sorted(self.named, key=lambda m: m.start)
            got = self._named_starts_memo = (self.named, [m.start for m in ms], ms)
        i = bisect_left(got[1], start)
        return got[2][i:bisect_left(got[1], end, i)]

    def _full_name_within(self, start: int, end: int) -> bool:
        """Whether a name of two words or more of :attr:`named` lies within ``[start, end)``: a
        binary search over the names' starts, kept per article (no scan of every name for every
        mention)."""
        got = self.__dict__.get("_multi_named_memo")
        if got is None or got[0] is not self.named:
            spans = sorted((m.start, m.end) for m in self.named if len(m.name.split()) >= 2)
            got = self._multi_named_memo = (self.named, [a for a, _ in spans], spans)
        starts, spans = got[1], got[2]
        for i in range(bisect_left(starts, start), len(starts)):
            a, b = spans[i]
            if a > end:
                break
            if b <= end:
                return True
        return False

    def _possessor_of_post(self, span, cls: str, head_end: int) -> tuple[int, int] | None:
        """``[start, end)`` characters of the full name that possesses a nominal's person noun
        ("*Donald J. Trump*'s newly installed campaign chief"), else ``None``: a name, the
        possessive ending, then only lower-case words up to ``head_end``, the last a person noun
        (:func:`.nominals._person_noun`). :data:`_S17_E2_POSSESSOR_POST`."""
        if cls != "nominal" or "'" not in span.text and "’" not in span.text:
            return None
        toks = [t for t in span if t.idx < head_end and not t.is_punct]
        pos = next((k for k, t in enumerate(toks) if t.tag_ == "POS"), None)
        if pos is None or pos < 2 or pos == len(toks) - 1:
            return None
        rest = toks[pos + 1:]
        if not all(t.text.islower() and t.is_alpha for t in rest) or not _person_noun(rest[-1].lower_):
            return None
        name = toks[:pos]
        if not all(t.text[:1].isupper() or t.text == "." for t in name):
            return None
        a, b = name[0].idx, name[-1].idx + len(name[-1])
        c = self.cands.cluster_of(a, b)
        return (a, b) if c is not None and c.kind == "person" else None

    def _team_of_person(self, span, start: int) -> str | None:
        """The key of the organisation "<Surname> campaign" for a source that names a person's
        campaign by an organisation word around the person's surname (:data:`_TEAM_OF`: "Team
        Trump", "Campaign for Trump", "the Sanders camp"), when the surname is the last word of a
        person candidate's name; else ``None``. :data:`_S17_E2_TEAM_OF`."""
        text = span_text(span).strip()
        if len(text) > 60 or not ("Team" in text or "amp" in text):
            return None  # cheap pre-test: "Team", "Campaign", "camp"
        m = _TEAM_OF.fullmatch(text)
        if m is None:
            return None
        surname = _strip_poss(m.group("a") or m.group("b") or m.group("c"))
        low = surname.lower()
        if not any(c.kind == "person" and c.tokens and c.tokens[-1] == low for c in self.cands.clusters):
            return None
        self.via, self.confidence = "organization", 0.8
        return self._organization(f"{surname} campaign", start)

    def _u_keep(self, cl, scores: list[float], start: int, cls: str, ok) -> None:
        """Keep in :attr:`_u_fallback` ``(start, cluster, via)`` the best-scoring candidate of ``cl``
        (the compatible ``(cluster or None, features)`` pairs, ``scores`` the ranker's, in order)
        that passes ``ok``, when it leads the second such by :data:`_S17_U_MARGIN` or more; the
        mention at character ``start`` falls back to it if nothing else names its speaker
        (:data:`_S17_U_FALLBACK`, session 17 U)."""
        named = sorted((scores[i], i) for i in range(len(cl)) if cl[i][0] is not None and ok(cl[i][0]))
        if named and (len(named) == 1 or named[-1][0] - named[-2][0] >= _S17_U_MARGIN):
            best = cl[named[-1][1]][0]
            via = "pronoun" if cls.startswith("pronoun") else "organization" if cls == "org_desc" or best.kind != "person" \
                else "nominal"
            self._u_fallback = (start, best, via)

    def _adopt(self, cand: Cluster, start: int, via: str, confidence: float) -> str:
        """Resolve the mention at ``start`` to the person cluster ``cand`` (a rule's choice, not
        the ranker's): set :attr:`via` and :attr:`confidence`, return the person's key."""
        self.via, self.confidence = via, confidence
        key = self._person(cand.name, cand.role, start).key
        self.key_cluster[key] = cand
        return key

    def _resolve(self, span, mention: str, start: int, prev: str | None, forward: bool) -> str:
        words = [w for w in _RX_0.findall(mention)]
        low = [w.lower() for w in words]
        # a PERSON name inside the mention
        inside = [m for m in self.named if m.start >= start and m.end <= start + len(mention)
                  and not _EXAMPLE_BEFORE.search(self.text, start, m.start)]
        if inside:
            linked = self._linked_org_name(start, start + len(mention), inside)
            if linked is not None:
                return self._organization(linked, start)  # "The Comhairle nan Eilean Siar, the islands council," (session 14)
        joint = self._joint_in(start, start + len(mention)) if inside else None
        if joint is not None:
            # "Khizr and Ghazala Khan, the Gold Star parents …": the joint name (rule 6; names.joint_names)
            return self._person(joint.name, joint.role, start).key
        if inside:
            head_tok = span.root if span is not None and len(span) else None
            # the name the mention is about: the one holding its head word, else one that is not a
            # possessor ("Trump's running mate, Indiana Gov. Mike Pence," is Pence)
            owners = [m for m in inside if not _RX_1.match(self.text[m.end:m.end + 1])]
            m = next((m for m in inside if head_tok is not None and m.role_start <= head_tok.idx < m.end),
                     (owners or inside)[0])
            role = re.split(rf"\s[{DASHES}-]{{1,2}}\s?|[{DASHES}]|[,:;(]", self.text[start:m.start])[-1].strip(" ,.") or None
            if role:
                role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
                role = " ".join(w for w in role.split() if w.lower() not in HONORIFICS) or None
            role = role or m.role or _apposition_role(self.text[m.end:start + len(mention)])
            return self._person(m.name, role, start).key
        if len(low) == 1 and low[0] in PRONOUNS:
            return self._pronoun(span, low[0], start, prev)
        head = span.root if span is not None and len(span) else None
        ents = [head] if head is not None and head.ent_type_ in ("ORG", "GPE", "NORP", "FAC") else []
        if _S9_NAMES2 and not ents and head is not None and head.ent_type_ == "PERSON" and _org_kind_head(
                [t for t in span if not t.is_punct and t.tag_ != "POS"]):
            ents = [head]  # "Castleford Rovers said" tagged PERSON: a club (names.named_mentions skips it too)
        if ents and head.ent_type_ == "NORP" and len(low) == 2 and low[0] == "the" and head.tag_ in ("NNP", "NN"):
            ents = []  # "the Republican said": one member of a party, a person
        if ents and _coref._S16_H3_DEMONYM_MODS and head.ent_type_ == "NORP" and low and low[0] in ("the", "this") \
                and head.i == span[-1].i and mention_class(span) == "nominal":
            ents = []  # "the 52-year-old Basque said": a person (coref._S16_H3_DEMONYM_MODS)
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
            return self._organization(name, start)
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
                return self._person(self._untagged_full_name(_strip_poss(mention), start) or _strip_poss(mention), None, start).key
            if len(words) == 1 and mention[:1].isupper() and not mention.isupper() and span.root.ent_type_ in ("", "PERSON") \
                    and span.root.dep_ in ("nsubj", "nsubjpass") and low[0] not in _titles() and low[0] not in ORG_HEADS:
                # "“…,” Hale said": a capitalised subject the NER left untagged is a person's surname,
                # named in full where the text writes it after a given name (session 13)
                return self._person(self._untagged_full_name(_strip_poss(mention), start) or _strip_poss(mention), None, start).key
            # a capitalised name the NER missed ("Chief Ana Paz"): titles become the role
            words_only = [w for w in words if w[:1].isupper()]
            titles = []
            while words_only and (words_only[0].lower() in _titles() or _names_mod._S13_NAME_TITLES and len(words_only) > 2
                                  and words_only[0].lower() in _names_mod._S13_TITLES):
                titles.append(words_only.pop(0))  # "Prosecutor Olusegun Bello" untagged: the job title is the role (session 13)
            if len(words_only) >= 2 and len(words_only) == len(words) - len(titles) and not (set(low) & _titles() - {w.lower() for w in titles}):
                return self._person(_strip_poss(" ".join(words_only)), " ".join(titles) or None, start).key
        if _groups._S14_ORGN_MIDCAP and len(words) == 1 and head is not None and head.pos_ in ("NOUN", "PROPN") \
                and _BRAND_WORD.fullmatch(_strip_poss(mention)) and head.ent_type_ == "" \
                and _groups.written_mid_sentence(span.doc, _strip_poss(mention)) \
                and self._full_name_for(words[0], start) is None:
            # "Lumen said …", "Kestrel+ confirmed …": a one-word name the NER leaves untagged that the
            # article writes capitalised mid-sentence ("streaming on Lumen"): a body's name (session 14)
            return self._organization(_strip_poss(mention), start)
        # definite nominal: match a named person's role words; a bare capitalised title used as
        # a name ("Mayor: …" in a headline) may refer forward to "Mayor Ines Duarte"
        bare_title = bool(low) and mention[:1].isupper() and all(w in _titles() for w in low)
        role_match = self._by_role(low, start, forward=forward or bare_title, nat=nationality_words(span))
        if role_match:
            return role_match
        named = self._capitalised_name(mention, start)
        if named is not None:
            return named
        return self._new_unnamed("unresolved", start, same_as=mention)

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
