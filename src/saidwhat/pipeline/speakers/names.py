"""Personal names in the text: NER PERSON entities and the names the NER misses or mis-tags, with
the titles, honorifics and roles written around them.

Stage: the mentions of people that speaker resolution starts from (:func:`named_mentions`, built
once per article), and the name rules of the resolver (:class:`NameRules`): a surname to the full
name that ends with it, a full name in apposition to a description, a name after a place's
possessive, a capitalised name the NER did not tag.

Rules and their sources: title words are the role, not the name ("Kremlin spokesman Dmitry
Peskov", "Mayor Ines Duarte"), honorifics are neither (news style; the Gender Gap Tracker's name
handling, Asr et al. 2021); British, police and military titles without a full stop ("Cllr",
"Det Insp": UK press style, issue 11's genre gold); a headline's question word or a Title Case
headline's verbs are no part of a name (PolNeAR train); the first-named of several names in
apposition is the speaker, a joint name the article uses ("Khizr and Ghazala Khan", "the Khans")
stays joint (rule 6 of ``gold/speakers/README.md``; :func:`joint_names`); a list bullet glued to a
line's first word ("-Nate Cohn") is no part of a name (session 9).

Offsets are ``[start, end)`` characters of the Doc's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS as _spacy_stop_words
from spacy.tokens import Doc, Token

from .. import doc_text, original_text
from ..coref import _FEMALE, _MALE, _head_part, doc_ents, first_name_gender, norm_tokens
from ..cue import lemma
from ..quotes import DASHES
from .entities import (_KNOWN_KINDS, NON_PERSON_HEADS, OCCUPATIONS, ORG_HEADS, ORG_KIND_OF, PRONOUNS,
                       _named_after_person, _org_kind_head, occupation_led, org_typed)
from .ner_fix import _NAME_WORD3, _POST_NOMINAL_CAPS, _S9_NAMES, alone_surnames, evidenced_names

#: Patterns of hot call sites, compiled once (speed, session 13).
_RX_0 = re.compile(r"[^\W\d_][\w'’-]*")
_RX_1 = re.compile(r"[\s-]+")
_RX_2 = re.compile(r"\s*,\s*(?:an?|the)\s+([^,]{3,80}?)(?:\s*,|\s+who\b|\s+which\b|$)")
_RX_3 = re.compile(r"\d")
_RX_4 = re.compile(r"(Mr|Mrs|Ms|Miss|Sir|Dame)\.?[ \t]+")

#: Title words that spaCy's NER often includes in a PERSON entity ("Mayor Ines Duarte"); they are
#: moved from the name into the role. Without the session-16 r2c titles: rules read
#: :func:`_titles`, which adds them while :data:`_S16_R2C_TITLES` is on.
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
#: British, police and military titles written without a full stop ("Cllr Jean Marsh", "Det Insp
#: Ana Roe", "Supt Ray Cole", "Baroness Hale"): title words, moved from the name into the role
#: (UK press style; issue 11, gold/speakers/genre).
UK_TITLES = frozenset({"cllr", "cllr.", "insp", "insp.", "det", "det.", "supt", "supt.", "pc", "dci", "dcs", "sgt",
                       "cpl", "pte", "lt", "col", "capt", "maj", "gen", "brig", "cmdr", "adm", "prof", "rev",
                       "baroness", "baron", "lord", "lady", "dr", "mr", "mrs", "ms", "miss"})
TITLE_WORDS |= UK_TITLES
#: Honorifics: part of how a name is written, not a role.
HONORIFICS = {"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "mx.", "sir", "dame"}
#: Titles that make the capitalised words after them a person's name, without their full stop
#: ("Cllr", "Dr", "Det Insp", "Judge"); not role words that also stand before bodies ("Former
#: White House", "State Department").
_BARE_TITLES = frozenset(w.rstrip(".") for w in UK_TITLES | HONORIFICS) | frozenset(
    {"judge", "mayor", "councillor", "councilor", "senator", "sen", "rep", "gov", "inspector", "sergeant",
     "detective", "constable", "superintendent", "professor"})
_FIRST_NAMES = _FEMALE | _MALE
#: Set False to switch off session 9's second round of name rules (issue 11): a first name and a
#: surname the NER split ("[Nicholas] [Varley]", "[Gail] Ashworth": :func:`_split_full_name`),
#: for before/after measurements.
_S9_NAMES2 = True
#: Post-nominal letters after a name: honours, professional ranks and seats ("Nicholas Brereton
#: KC", "Jo Hale MP", "Ann Reid OBE"); the role, not the name. Generational suffixes ("Jr.",
#: "III") stay in the name. UK and Irish press style (issue 11, gold/speakers/genre).
POST_NOMINALS = frozenset({"kc", "qc", "sc", "mp", "msp", "mep", "td", "am", "mla", "obe", "mbe", "cbe", "kbe",
                           "dbe", "phd", "ph.d.", "ph.d", "md", "m.d.", "esq", "esq."})
_POSS = re.compile(r"(?:['’]s|['’])$")
#: Set False to switch off session 10's international-name rules (hyphenated given names, lower-case
#: surname particles, headline verbs only in their written forms), for before/after measurements.
_S10_INTL_NAMES = True
#: Lower-case particles that open a surname ("Ahmed el-Sayed", "Ms al-Harbi", "Pieter van der Berg",
#: "Ana dos Santos", "Osama bin Laden"): part of the name, never a word the name ends before.
#: Arabic, Dutch, German, Romance and Celtic naming (Chicago Manual of Style 8.5-8.16).
NAME_PARTICLES = frozenset("""al el bin ibn bint abu van von der den de del della di da dos das do du la le ter ten
zu""".split())
_PARTICLE_LAST = frozenset(p[-1] for p in NAME_PARTICLES)  # a particle's last letter (:func:`_particle_full_name`'s quick test)
#: The written forms of the speech verbs a Title Case headline glues to a name ("Obama Says"): a name
#: word the lemmatiser reads as a verb ("Sayed" → "say") is no headline verb (session 10).
_HEADLINE_VERB_FORMS = frozenset("say says said tell tells told claim claims claimed warn warns warned".split())
#: Word parts that open a hyphenated modifier, never a hyphenated given name ("Ex-minister", "Pro-EU").
_HYPHEN_PREFIXES = frozenset("anti pro ex non co post pre neo mid self vice multi inter cross semi".split())
_DETS = {"the", "a", "an", "this", "that", "these", "those"}
#: Set False to switch off session 10's second round of name rules (a given name and a particle
#: surname the NER split, "[Pieter] ter [Horst]"; capitalised particles, "Van der [Berg]"), for
#: before/after measurements.
_S10_NAMES2 = True
#: Set False to switch off session 10's third round of name rules (a surname written alone as a
#: reporting verb's subject as person evidence, "Asante said"; capitals outside Latin-1, "Ō-Yamada",
#: "Çelik"; a title before an untagged given name, "Sheriff Çağrı [Aydın]"; a hyphenated given name
#: the NER cut after its first part, "[Seo]-yeon"; names in apposition to a role before them), for
#: before/after measurements.
_S10_NAMES3 = True
#: Set False to switch off session 10's honorific rule for a shared surname: "Mrs Holt" after
#: "Amy Holt" and her mother "Jean Holt" is the nearest full name before it whose
#: gender fits the honorific (Mr/Sir → male; Mrs/Ms/Miss/Dame → female), not the one named most
#: often (:meth:`NameRules._honorific_name`; gold/speakers/README.md rule 6, the person the
#: reader would take), for before/after measurements.
_S10_HONORIFIC = True
#: A gendered honorific right before a surname: group 1 is the honorific.
_GENDERED_HONORIFIC = re.compile(r"(?<![\w.])(Mr|Mrs|Ms|Miss|Sir|Dame)\.?[ \t]+$")
_HONORIFIC_GENDER = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f"}
#: First letters of the honorifics of :data:`_GENDERED_HONORIFIC` (a cheap test before the patterns).
_HONORIFIC_INITIALS = frozenset("MSD")
#: Session 14 (families sharing a surname, genre train series q): in :meth:`NameRules._honorific_name`
#: a person's gender comes first from a clear listed given name ("Kenji" → m), then from a gendered
#: kin noun written before the name ("his wife, the costume designer *Aiko Nakamura*" → f), and only
#: then from the person's coref cluster, whose pronoun votes a shared surname mixes up; a "Mrs X" no
#: woman named X fits is the woman the text marries to an X ("Asante married *Comfort Mensah*",
#: "his wife, Comfort Mensah": her maiden name, the only full form); "Mr and Mrs X" is the person the
#: first honorific picks (rule 6, the first-named); a one-word given name written right after a kin
#: noun of a person named in full ("Funmilayo Adeyemi and her husband, *Adewale*") takes that
#: person's surname (rule 1, the full name) when the text never writes it with another.
#: Set False for before/after measurements.
_S14_FAM_GENDER = True
#: A kin noun of :data:`_KIN_GENDER` ending the text before a name: a comma and up to four
#: lower-case words may stand between ("his wife, the costume designer "); group "noun".
_KIN_BEFORE_NAME = re.compile(r"(?<![\w-])(?P<noun>[a-z]+)(?:-in-law)?[ \t]*(?:,[ \t]+(?:the|a|an)(?:[ \t]+[a-z][a-z-]*){1,3}|,)?[ \t]*$")
#: Set False to switch off session 14's surname for a given name in apposition to a kin noun
#: (:func:`_kin_given_surnames`), for before/after measurements.
_S14_FAM_GIVEN = True
#: "his/her/their <kin noun>, " ending the text right before a name; group "noun".
_KIN_APPOSITION = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:(?:older|younger|elder|late)[ \t]+)?(?P<noun>[a-z]+),[ \t]*$")
#: Two honorifics joined by "and" before a shared surname ("Mr and Mrs "): group 1 the first.
_JOINT_HONORIFIC = re.compile(r"(Mr|Mrs|Ms|Miss|Sir|Dame)\.?[ \t]+and[ \t]+(?:Mr|Mrs|Ms|Miss|Sir|Dame|Lady)\.?[ \t]+")
#: Kin nouns that tell the gender of the person named after them (Hobbs 1978, agreement).
_KIN_GENDER = {**dict.fromkeys("son father husband brother grandson grandfather nephew uncle stepson stepfather "
                                "widower fiancé".split(), "m"),
               **dict.fromkeys("daughter mother wife sister granddaughter grandmother niece aunt stepdaughter "
                                "stepmother widow fiancée".split(), "f")}
#: A marriage written before a name, with its groom's or bride's side before the verb or noun
#: ("Asante *married* ", "his *wife*, "): group "rel" the word.
_SPOUSE_BEFORE_NAME = re.compile(r"(?<![\w-])(?P<rel>married|wife|husband|widow|widower)[ \t]*(?:,[ \t]+(?:the|a|an)(?:[ \t]+[a-z][a-z-]*){1,3}|,)?[ \t]*$")


@dataclass
class NamedMention:
    """A PERSON name in the text with the title words before it."""

    start: int
    end: int
    name: str
    role: str | None
    role_start: int

    def __post_init__(self) -> None:
        if _S11_NOISE_NAMES and "  " in self.name:
            self.name = _SPACE_RUN.sub(" ", self.name)
        if _S11_ENT3 and self.role and "  " in self.role:
            self.role = _SPACE_RUN.sub(" ", self.role)  # "Chief&nbsp;Executive": one space


#: Session 11: a name read from a text with padded character references ("Henrik&nbsp;Aas" is
#: read as "Henrik      Aas", :func:`saidwhat.pipeline.entity_text`) has each run of spaces made
#: one space, so that it is the same name as "Henrik Aas". ``False`` gives the old behaviour.
_S11_NOISE_NAMES = True
_SPACE_RUN = re.compile(r" {2,}")
#: Session 11 (names, issue 11 genre train series k): the fullest name the article writes for a
#: person (rule 1 of ``gold/speakers/README.md``) where the NER cuts or mis-tags it:
#: :data:`_S11_NAMES_TITLE_GIVEN` "Redcliffe manager [Dean] Whitcombe" (a title word that is a given
#: name after a role noun); :data:`_S11_NAMES_HYPHEN_LOC` "Dr [Hyun-woo] [Park]/LOC" (a hyphenated
#: given name's surname tagged a place); :data:`_S11_NAMES_MISREAD` "[Luís de Almeida]/ORG",
#: "[Kwabena Asante]/WORK_OF_ART" (a listed first name and a surname the article writes alone);
#: :data:`_S11_NAMES_ORG_TAIL` "[Walkley Streets]/PERSON for People" (an organisation's name, no
#: person). ``False`` gives the old behaviour, for before/after measurements.
_S11_NAMES_TITLE_GIVEN = True
_S11_NAMES_HYPHEN_LOC = True
_S11_NAMES_MISREAD = True
_S11_NAMES_ORG_TAIL = True
#: "[Walkley Streets] for People", "[Friends] of the Earth": "for"/"of", "the", then a capitalised word.
_ORG_TAIL = re.compile(r"[ \t]+(for|of)[ \t]+(?:the[ \t]+)?[A-ZÀ-ÖØ-Þ]")
#: Session 11 (input robustness): a character reference's padding (``"Cllr&nbsp;Marsh"`` read as
#: ``"Cllr      Marsh"``, :func:`saidwhat.pipeline.entity_text`) is a whitespace token between two
#: words; the name rules here skip it (:func:`_padding`) where they read a name's words and the
#: title words before it, so "Cllr&nbsp;Marsh" is the name "Marsh" with the title "Cllr", as
#: "Cllr Marsh" is. ``False`` gives the old behaviour.
_S11_ENT3 = True

#: Session 12 (speed): entity texts read as slices of the Doc's text, per-article memos; ``False``
#: gives the old code paths (same results).
_S12_SPEED = True

#: Session 12 (input robustness, round 2): a name looked up in the text (:func:`_occurrences`)
#: matches where its words are written with a character reference's padding between them
#: ("Sevenbridge Borough&nbsp;Council" read as "Sevenbridge Borough      Council" holds "Borough
#: Council"), each space of the name standing for a run of plain spaces (:func:`_occurrence_end`
#: gives where such an occurrence ends); the titles before a name and the organisation name runs
#: read a padding run as one space. Texts without a run of spaces are read as before. ``False``
#: gives the old behaviour.
_S12_PAD2 = True


#: Session 12 (people, genre train series m): a one-word PERSON entity that opens its sentence and
#: is a common noun there ("*Turnout* was 29.4 per cent.") is no name: the article writes the word
#: in lower case elsewhere ("on a turnout of 29%"), or it is no listed given name and a form of
#: "be" and a number follow it (a statistic). :func:`_common_noun_opener`. ``False`` gives the old
#: behaviour.
_S12_NAMES_COMMON = True

#: Session 12 (people, PolNeAR dev shape): a headline's "Label: claim" label that is a phrase
#: holding one person's full name ("A lesson from Ana Roe: '…'", "Why Ana Roe won't quit: '…'",
#: "Five minutes with Ana Roe: '…'") is that person when the body names them again (rule 1 of
#: ``gold/speakers/README.md``: the fullest name), no anonymous group
#: (:meth:`NameRules._headline_label_name`). ``False`` gives the old behaviour (anonymous).
_S12_HEAD_LABEL = True


#: Session 12 (people, genre train series m): a listed given name with a clear gender
#: (:func:`~..coref.first_name_gender`) right before a PERSON entity, with no punctuation between,
#: is the person's given name the NER left out ("the Conservative candidate, Mehmet [Yıldız]",
#: "Dr Ciarán [Mac Giolla Bhríde]", whose entity may open with a Gaelic particle,
#: :data:`_GAELIC_PARTICLES`), not a role word: rule 1 of ``gold/speakers/README.md``. ``False``
#: gives the old behaviour.
_S12_NAMES_GIVEN = True
#: Capitalised particles that open Irish and Scottish Gaelic surnames ("Mac Giolla Bhríde", "Ní
#: Bhriain", "Ó Súilleabháin", "Nic an tSaoi").
_GAELIC_PARTICLES = frozenset({"Mac", "Mc", "Nic", "Ní", "Ó", "O", "Ua", "Uí", "Mhic"})
#: Session 16 h6 (names from many cultures, genre train series w): a Gaelic particle the NER left
#: out before a PERSON entity ("Róisín Mac [Giolla Phádraig]") is put back in front of it, with the
#: given name before it ("Róisín Mac Giolla Phádraig", rule 1 of ``gold/speakers/README.md``, not
#: "Giolla Phádraig"); a particle surname written alone and tagged ORG ("[Ní Bhriain]/ORG said")
#: is the full name of the article ending with it ("Siobhán Ní Bhriain"; :func:`_gaelic_surnames`).
#: ``False`` gives the old behaviour.
_S16_H6_GAELIC = True
#: The particles of :data:`_GAELIC_PARTICLES` that stand as words of their own before a surname
#: ("Mc" and "O" are glued or apostrophed: "McBride", "O'Brien"; :data:`_S16_H6_GAELIC`).
_GAELIC_SPACED = frozenset({"Mac", "Nic", "Ní", "Ó", "Ua", "Uí", "Mhic"})
#: Session 16 h6: a listed given name between a title, honorific or role noun and a two-word PERSON
#: entity is the first of three name words ("Dr Rukia [Hassan Mwinyi]", East African and Arabic
#: names with a father's name) and goes in the name: "Rukia Hassan Mwinyi" (rule 1), not "Hassan
#: Mwinyi" with the role "Dr Rukia". ``False`` gives the old behaviour.
_S16_H6_TITLED_GIVEN = True
#: Session 16 r2c (names the NER misses, genre train series w): titles of local government and of
#: chiefly and honorary rank that stand before a personal name like "Cllr" and are missing from
#: :data:`TITLE_WORDS` / :data:`_BARE_TITLES`: "Cr" (Australian and New Zealand councillors, "Cr
#: Aroha Te Rangi"), "Ratu" (Fijian chiefly title, "Ratu Isikeli Naivalu"), "Tun", "Datuk", "Dato",
#: "Datin" (Malaysian honorifics). They go into the role, not the name (rule 1 of
#: ``gold/speakers/README.md``: the name without titles). The titles stay in their own set,
#: :data:`_R2C_TITLE_WORDS`, and the switch is read when a rule runs: :func:`_titles`,
#: :func:`_bare_titles`, :func:`_role_noun` and :func:`_r2c_title` (for the sets built from
#: :data:`TITLE_WORDS` elsewhere: ``nominals._person_roles``, ``ner_fix._bad_word``) hold them while
#: it is on. ``False`` gives the old behaviour.
_S16_R2C_TITLES = True
_R2C_TITLE_WORDS = frozenset({"cr", "cr.", "ratu", "tun", "datuk", "dato", "dato'", "datin"})
#: :data:`TITLE_WORDS` and :data:`_BARE_TITLES` with the titles of :data:`_R2C_TITLE_WORDS` (bare: no
#: full stop), built once for :func:`_titles` and :func:`_bare_titles`.
_TITLE_WORDS_R2C = frozenset(TITLE_WORDS | _R2C_TITLE_WORDS)
_BARE_TITLES_R2C = _BARE_TITLES | frozenset(w.rstrip(".") for w in _R2C_TITLE_WORDS)


def _titles() -> frozenset[str] | set[str]:
    """The lower-case title words: :data:`TITLE_WORDS`, and the titles of :data:`_R2C_TITLE_WORDS`
    while :data:`_S16_R2C_TITLES` is on (read per call)."""
    return _TITLE_WORDS_R2C if _S16_R2C_TITLES else TITLE_WORDS


def _bare_titles() -> frozenset[str]:
    """The titles that make the capitalised words after them a name, without their full stop:
    :data:`_BARE_TITLES`, and those of :data:`_R2C_TITLE_WORDS` while :data:`_S16_R2C_TITLES` is on
    (read per call)."""
    return _BARE_TITLES_R2C if _S16_R2C_TITLES else _BARE_TITLES


def _r2c_title(low: str) -> bool:
    """Whether the lower-cased word ``low`` is a title of :data:`_R2C_TITLE_WORDS` and
    :data:`_S16_R2C_TITLES` is on (read per call): the check that adds them to a set built from
    :data:`TITLE_WORDS` at import."""
    return bool(_S16_R2C_TITLES) and low in _R2C_TITLE_WORDS


#: A word character, apostrophe or hyphen (:func:`_whole_word_in`).
_NAME_CHAR = re.compile(r"[\w’'-]")


def _whole_word_in(text: str, word: str) -> bool:
    """Whether ``word`` (not empty) occurs in ``text`` with no word character, apostrophe or hyphen
    on either side (:data:`_NAME_CHAR`): the same as the pattern search it replaces, by ``str.find``
    (no pattern compiled per word; speed, :data:`_S12_SPEED`)."""
    n, i = len(word), text.find(word)
    while i >= 0:
        if (i == 0 or not _NAME_CHAR.match(text, i - 1)) and not _NAME_CHAR.match(text, i + n):
            return True
        i = text.find(word, i + 1)
    return False


#: Session 12 (people, genre train series m): a PERSON entity opening with a weather system's
#: title ("Cyclone Rekha", "Storm Ffion", "Hurricane Ida"; the Met Office's and WMO's naming) is
#: no person. ``False`` gives the old behaviour.
_S12_NAMES_WEATHER = True
_WEATHER_TITLES = frozenset({"Storm", "Hurricane", "Cyclone", "Typhoon", "Tropical", "Tornado", "Windstorm"})


def _common_noun_opener(t: Token, text: str) -> bool:
    """Whether the one name word ``t`` of a PERSON entity opens its sentence as a common noun
    (:data:`_S12_NAMES_COMMON`): the word is capitalised only by its place, written in lower case
    as a whole word elsewhere in ``text``, or it is no listed given name and "was"/"is"/"stood at"
    and a number follow it. One scan of ``text`` for the lower-case word."""
    word = t.text
    if not t.is_sent_start or not word[:1].isupper() or not word[1:].islower() or len(word) < 3:
        return False
    low = word.lower()
    if _S12_SPEED:
        if _whole_word_in(text, low):
            return True
    elif re.search(rf"(?<![\w’'-]){re.escape(low)}(?![\w’'-])", text):
        return True
    doc = t.doc
    if t.i + 2 >= len(doc) or first_name_gender(word) is not None:
        return False
    nxt, num = doc[t.i + 1], doc[t.i + 2]
    return nxt.lower_ in ("was", "is", "were", "are") and (num.like_num or num.text[:1].isdigit())


def _padding(t: Token) -> bool:
    """Whether ``t`` is a run of spaces only (no line break): a character reference's padding."""
    return _S11_ENT3 and t.is_space and t.text.strip(" ") == ""


def _strip_poss(s: str) -> str:
    """``s`` without a possessive ending and surrounding spaces ("Trump's" → "Trump")."""
    return _POSS.sub("", s).strip()


#: A list bullet glued to the first word of a line ("-Nate Cohn explains …", "•Ana Roe says …").
_BULLET = re.compile(r"[-•*·–—]+(?=[A-ZÀ-ÖØ-Þ][^\W\d_])")
#: The characters a :data:`_BULLET` opens with (a cheap pre-test before the token is read).
_BULLET_FIRST = frozenset("-•*·–—")


#: Session 16 (helper h2, PolNeAR train, HuffPollster roundups): a bulleted line "-Craig Fehrman
#: explains why …" whose bullet is glued to the given name ("-Craig", untagged) and whose surname the
#: NER tagged ORG alone is that person's full name (:func:`_misread_person_names`; the given name must
#: be in the name lists): before, the speaker was an organisation "Fehrman" (rule 1 of
#: ``gold/speakers/README.md``). ``False`` gives the old behaviour.
_S16_H2_BULLET_SURNAME = True


def _bullet_len(tok: Token, text: str) -> int:
    """Length of a list bullet glued to the front of ``tok`` when ``tok`` opens its line ("-Nate"
    in a news roundup's "-Nate Cohn explains why …": PolNeAR train, HuffPollster), else 0. The
    bullet is no part of a name (session 9, :data:`~.ner_fix._S9_NAMES`)."""
    if not _S9_NAMES:
        return 0
    m = _BULLET.match(tok.text)
    if m is None or text[text.rfind("\n", 0, tok.idx) + 1:tok.idx].strip():
        return 0
    return m.end()


def _occurrences(text: str, phrase: str) -> list[int]:
    """Starts of ``phrase`` in ``text`` as whole words (not inside a longer word or name)."""
    return list(_occurrences_memo(text, phrase))


@lru_cache(maxsize=4096)
def _occurrences_memo(text: str, phrase: str) -> tuple[int, ...]:
    """:func:`_occurrences` kept per text and phrase: the rules ask for the same surname or
    organisation word in one article many times (each a scan of the whole text)."""
    return tuple(_occurrences_scan(text, phrase))


def _occurrences_scan(text: str, phrase: str) -> list[int]:
    """:func:`_occurrences` uncached."""
    if _padded_phrase(text, phrase):
        return [a for a, _ in _padded_occurrences(text, phrase)]
    out = []
    i = text.find(phrase)
    while i >= 0:
        before = text[i - 1:i]
        after = text[i + len(phrase): i + len(phrase) + 1]
        if not (before and (before.isalnum() or before in "’'&+.-_")) and not (after and (after.isalnum() or after in "-_")):
            out.append(i)
        i = text.find(phrase, i + 1)
    return out


def _padded_phrase(text: str, phrase: str) -> bool:
    """Whether :func:`_occurrences` reads ``phrase``'s spaces as runs of spaces in ``text``
    (:data:`_S12_PAD2`): a phrase of several words without edge spaces, in a text that holds a
    run of two spaces or more."""
    return _S12_PAD2 and " " in phrase and phrase == phrase.strip() and "  " in text


def spaced_search(text: str, words: list[str], pos: int = 0) -> tuple[int, int] | None:
    """The first match at or after ``pos`` of the pattern ``" +".join(map(re.escape, words))``
    (each word literally, one run of spaces or more between two), as ``(start, end)``, without
    compiling a pattern per phrase (speed, session 13). ``words``: non-empty words without spaces,
    so that the run of spaces is always read whole (no backtracking can change a match)."""
    first = words[0]
    n = len(text)
    i = text.find(first, pos)
    while i >= 0:
        j = i + len(first)
        for w in words[1:]:
            k = j
            while k < n and text[k] == " ":
                k += 1
            if k == j or not text.startswith(w, k):
                j = -1
                break
            j = k + len(w)
        if j >= 0:
            return i, j
        i = text.find(first, i + 1)
    return None


def spaced_finditer(text: str, words: list[str]):
    """``(start, end)`` of each match of ``re.finditer`` for :func:`spaced_search`'s pattern (the
    matches do not overlap: the next search starts at the end of the last)."""
    at = spaced_search(text, words, 0)
    while at is not None:
        yield at
        at = spaced_search(text, words, at[1])


@lru_cache(maxsize=1024)
def _padded_occurrences(text: str, phrase: str) -> tuple[tuple[int, int], ...]:
    """The ``[start, end)`` occurrences of ``phrase`` in ``text`` as whole words, each space of
    ``phrase`` (or run of them) matching a run of plain spaces (:data:`_S12_PAD2`)."""
    words = [w for w in phrase.split(" ") if w]  # (a phrase of several words: _padded_phrase)
    out = []
    m = spaced_search(text, words)
    while m is not None:
        i, j = m
        before, after = text[i - 1:i], text[j:j + 1]
        if not (before and (before.isalnum() or before in "’'&+.-_")) and not (after and (after.isalnum() or after in "-_")):
            out.append((i, j))
        m = spaced_search(text, words, i + 1)
    return tuple(out)


def _occurrence_end(text: str, phrase: str, i: int) -> int:
    """The end of the occurrence of ``phrase`` that :func:`_occurrences` found at ``i``:
    ``i + len(phrase)``, or further where a padding run stands for a space (:data:`_S12_PAD2`)."""
    if _padded_phrase(text, phrase):
        return next((b for a, b in _padded_occurrences(text, phrase) if a == i), i + len(phrase))
    return i + len(phrase)


# -- where a name starts and ends ----------------------------------------------------------------
#: A sentence-opening prepositional phrase ("In a new study, …", "At the meeting, …").
_INTRO_PP = re.compile(r"(?:^|[.!?\n]\s*)(?:In|At|On|During|After|Before|With|For|From|Under|Over|Since|Despite)\s*$")
_ROLE_BEFORE = re.compile(r"(?:^|[\s(])(?:the|a|an)\s+([^,.;:\n\"“”]{3,60}?),\s*$", re.I)


#: Words that open a question or a headline and are never a first name ("Why Sanders lags …", "Did
#: Trump …"): an auxiliary, a modal or a question word the NER joined to the name after it.
QUESTION_OPENERS = frozenset("""why how what who whom whose where when which did does do is are was were has have
had should would could can must shall might""".split())
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
    words = _RX_0.findall(text[a:b if b >= 0 else len(text)])
    return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) / len(words) >= 0.7


def _name_after_quote(ent) -> bool:
    """A WORK_OF_ART-like entity that is a person's name with titles: right after a closing
    quotation mark or the subject of a verb, two or three capitalised name words once title words
    are set aside ("State Treasurer Lionel Agyeman", "Delphine Okonkwo-Hart")."""
    doc = ent.doc
    toks = [t for t in ent if not t.is_punct]
    names = [t for t in toks if t.lower_ not in _titles() and t.lower_ not in OCCUPATIONS]
    if not 2 <= len(names) <= 3 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in names):
        return False
    before = doc_text(doc)[max(0, ent.start_char - 4):ent.start_char]
    subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in ent)
    return bool(re.search(r"[”\"'’]\s*,?\s*$", before)) or subject


#: Session 15 (pronouns, genre train series u): a PERSON entity whose first word names a kind of
#: mountain or lake ("*Nevado* Quilcha", "*Mount* Kerinci", "*Cerro* Azul", "*Loch* Ness") is a place,
#: never a person: it makes no person mention, so no he/she takes it (:data:`_S15_PLACE_WORDS`:
#: toponym kind words that are no given names, unlike "Lake", "Monte", "Rio"). ``False``: the old reading.
_S15_PLACE_FIRST = True
#: Session 15 (pronouns, genre train series r and u): a PERSON entity right after a noun of a work,
#: bare or with a comma ("His memoir, *Counting In*, published last autumn,", "Her second album,
#: *Salt Roads*,", "the podcast *Low End*") is the work's title in apposition, no person: it makes no
#: person mention (so no he/she and no source holding it takes it). ``False``: the old reading.
_S15_WORK_TITLE = True
_S15_WORK_BEFORE = re.compile(r"(?<![\w-])(?:album|albums|memoir|autobiography|biography|novel|book|song|single|EP|LP"
                              r"|mixtape|documentary|film|podcast|play|musical|record)[ \t]*,?[ \t]*$")
#: Session 15: a PERSON entity read as an organisation (:func:`person_org_names`) is one also in the
#: possessive ("Danfo Drive’s"), so that form makes no person mention either. ``False``: exact texts only.
_S15_BODY_KIND_POSS = True
#: First words of a mountain's or a lake's name, for :data:`_S15_PLACE_FIRST`.
_S15_PLACE_WORDS = frozenset("mount mt mt. nevado cerro volcán volcan volcano loch lago glacier".split())
#: Session 17 (task X, UK press series x): a PERSON entity right after a legislator's or councillor's
#: seat phrase ("the Tory MP for *Wealdbridge*", "MSP for *Kirkhope*", "the member for Harleston and
#: *Kings Ripton*", "councillor for *Eastgate* ward") is the constituency or ward, a place the small NER
#: misreads as a person (invented and real seat names alike): it makes no person mention, so no
#: he/she/who and no nominal holding it ("The veteran MP for …") takes it. UK parliamentary and
#: local-government style (Guardian and BBC style guides: "Labour MP for Xbridge").
#: :data:`_S17_X_SEAT_BEFORE` on the 60 characters before the entity. ``False``: the old reading.
#: Shipped ``False``: series x +3 (one article), genre train -2 (ukpress_u01: the pronouns then take
#: another person, E1's salience), genre dev -1.
_S17_X_SEAT_NOT_PERSON = False
_S17_X_SEAT_BEFORE = re.compile(r"(?<![\w-])(?:MPs?|MSPs?|MEPs?|MLAs?|AMs?|MSs?|TDs?|[Mm]ember|[Cc]ouncillors?|Cllr"
                                r"|[Cc]andidate)[ \t]+for[ \t]+(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
                                r"(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+))?$")


def named_mentions(doc: Doc) -> list[NamedMention]:
    """PERSON entities with their roles (the title words right before the name, e.g. "Kremlin
    spokesman" in "Kremlin spokesman Dmitry Peskov")."""
    out = []
    text = doc_text(doc)
    ents = doc_ents(doc)  # spaCy rebuilds the tuple on every access
    # each entity's label and text read once (Span.text builds its tokens on every access)
    labels = [e.label_ for e in ents]
    # the text's slice is Span.text (the tokens joined, the last one's trailing space off) without
    # building the tokens (:data:`_S12_SPEED`)
    texts = [text[e.start_char:e.end_char] for e in ents] if _S12_SPEED else [e.text for e in ents]
    person_ents = [e for e, lab in zip(ents, labels) if lab == "PERSON"]
    person_texts = [t for t, lab in zip(texts, labels) if lab == "PERSON"]
    words = _entity_words(ents, labels, texts)
    org_names = person_org_names(doc, person_ents, person_texts)
    joined: set[int] = set()  # starts of PERSON entities taken into the name before them (_S9_NAMES2)
    hyphened: list[tuple[int, int]] = []  # names given back their hyphenated given name (_S10_INTL_NAMES)
    person_words = set(person_texts) if _S9_NAMES2 else set()
    tails_memo: list[set[str]] = []
    # the texts of PERSON entities written as a work's title somewhere ("her second album, Salt Roads,"): _S15_WORK_TITLE
    work_titles = {_strip_poss(t) for e, t in zip(person_ents, person_texts)
                   if _S15_WORK_BEFORE.search(text, max(0, e.start_char - 40), e.start_char)} if _S15_WORK_TITLE else set()

    def tails() -> set[str]:  # surnames the article writes for a person (_surname_evidence), built on first need
        if not tails_memo:
            tails_memo.append(_surname_evidence(text, ents, person_texts))
        return tails_memo[0]
    for ent, label, ent_text in zip(ents, labels, texts):
        if ent.start_char in joined:
            continue
        if label == "ORG" and occupation_led(ent):
            pass  # "Comedian Milo Evans" tagged ORG: a person with an occupation before the name
        elif label in ("WORK_OF_ART", "PRODUCT", "EVENT") and _name_after_quote(ent):
            pass  # '“…,” State Treasurer Lionel Agyeman said': the NER reads a name after a quote as a title
        elif label != "PERSON" or ent_text in org_names:
            continue  # "the weekly Der Kurier" tagged PERSON: an organisation, wherever it recurs
        toks = [t for t in ent if not (t.is_punct or t.tag_ == "POS" or _padding(t))]
        if len(toks) > 1 and _question_opener(toks[0], text):
            toks.pop(0)  # "Will Sanders come down off the pique?": "Will" is the question's modal
        if _named_after_person(toks):
            continue  # "Trump Tower": a building, not a person
        if _S15_PLACE_FIRST and len(toks) >= 2 and toks[0].lower_ in _S15_PLACE_WORDS and toks[0].text[:1].isupper():
            continue  # "Nevado Quilcha", "Mount Kerinci" tagged PERSON: a mountain, no one a "she" takes (session 15)
        if _S15_WORK_TITLE and work_titles and _strip_poss(ent_text) in work_titles:
            continue  # "His memoir, Counting In,", "her second album, Salt Roads," tagged PERSON: a title (session 15)
        if _S17_X_SEAT_NOT_PERSON and " for " in text[max(0, ent.start_char - 60):ent.start_char] \
                and _S17_X_SEAT_BEFORE.search(text, max(0, ent.start_char - 60), ent.start_char):
            continue  # "the Tory MP for [Wealdbridge]/PERSON": the seat, a place (session 17, task X)
        if _org_kind_head(toks):
            continue  # "Hartley Rovers", "Brightwater Foods" tagged PERSON: an organisation (issue 11)
        if _S11_NAMES_ORG_TAIL and label == "PERSON" and toks and _org_name_tail(doc, text, ent.end, toks[-1]):
            continue  # "[Walkley Streets] for People": the head of an organisation's name
        full_toks = toks[:]
        while len(toks) > 1 and (lemma(toks[-1]) in ("say", "tell", "claim", "warn") and (
                not _S10_INTL_NAMES or toks[-1].lower_ in _HEADLINE_VERB_FORMS) or toks[-1].is_lower
                and not (_S10_NAMES2 and _hyphen_glued(toks[-1]))):
            toks.pop()  # "Obama Says" in a headline; "Juan Manriquez of" (Oakland); not "el-Sayed"
        if _S15_NAME_PARTICLE_CUT and len(toks) < len(full_toks) and ent.end < len(doc):
            toks = toks + _particle_cut_surname(full_toks[len(toks):], doc[ent.end], ent.end)
        post = []
        while len(toks) > 2 and _post_nominal(toks[-1]):
            post.insert(0, toks.pop())  # "Nicholas Brereton KC": KC is a rank, not a name
        if _place_not_person(words, ent, ent_text):
            continue  # "If Chile wants …" tagged PERSON where the article tags Chile GPE
        if _S12_NAMES_WEATHER and len(toks) >= 2 and toks[0].text in _WEATHER_TITLES:
            continue  # "Cyclone Rekha", "Storm Ffion": a weather system's name, no person
        if _S12_NAMES_COMMON and len(toks) == 1 and _common_noun_opener(toks[0], text):
            continue  # "Turnout was 29.4 per cent.": a common noun opening its sentence
        if _S13_NAME_HEADLINE_VERB and len(toks) == 2 and toks[0].text.endswith("ed") and toks[0].text[:1].isupper() \
                and toks[0].lower_ not in _FIRST_NAMES and first_name_gender(toks[0].text) is None \
                and any(p.endswith(" " + toks[1].text) and not p.startswith(toks[0].text) for p in person_texts) \
                and _title_case_line(text, ent.start_char):
            toks.pop(0)  # "… Senator Endorsed [Trump]" in a Title Case headline: a verb, then the surname
        if len(toks) >= 3 and _title_case_line(text, ent.start_char):
            # "Clinton Hid Past Health …" in a Title Case headline: keep the longest prefix that is
            # a name elsewhere in the article, else nothing
            for k in range(len(toks) - 1, 0, -1):
                cand = text[toks[0].idx: toks[k - 1].idx + len(toks[k - 1])]
                if any(e.label_ == "PERSON" and e.text == cand and e.start_char != ent.start_char for e in ents) \
                        or text.count(cand) > 1 and k <= 2:
                    toks = toks[:k]
                    break
            else:
                continue
        if _S9_NAMES and len(toks) == 1 and ent.end < len(doc) and _split_surname(doc[ent.end], toks[0], text):
            toks.append(doc[ent.end])  # "[Arturo] SarukhÃ¡n": the NER stopped at a non-ASCII surname
        elif _S9_NAMES2 and len(toks) == 1 and ent.end < len(doc):
            nxt = _split_full_name(doc[ent.end], toks[0], text, person_words)
            if nxt is not None:
                toks.append(nxt)  # "[Nicholas] [Varley]", "[Gail] Ashworth": the NER split the name
                if nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
                    joined.add(nxt.idx)
        after = ent.end  # the token after the name's words
        if _S10_NAMES3 and toks and toks[-1].i == ent.end - 1 and ent.end + 1 < len(doc) and not post \
                and doc[ent.end].text in ("-", "‐", "‑") and not toks[-1].whitespace_ and not doc[ent.end].whitespace_ \
                and doc[ent.end + 1].is_alpha and doc[ent.end + 1].is_lower and toks[-1].text[:1].isupper():
            toks = toks + [doc[ent.end + 1]]  # "[Seo]-yeon Ō-Yamada": the NER cut the hyphenated given name
            after = ent.end + 2
        if _S10_NAMES2 and toks and toks[-1].i == after - 1 and after < len(doc) and not post:
            more = _surname_after(toks, doc[after], text, tails)
            if more:  # "[Van Minh] [Kim]", "Superintendent [Van Minh] Park", "[Min-jun] [Tanaka]/ORG"
                toks = toks + more
                if more[0].ent_type_ == "PERSON":
                    joined.add(more[0].idx)
        if _S10_NAMES2 and toks:
            n0 = len(toks)
            toks = _particle_full_name(toks, text)  # "[Pieter] ter [Horst]", "Van der [Berg]"
        particled = _S10_NAMES2 and bool(toks) and len(toks) > n0
        if _S10_INTL_NAMES and toks:
            n0 = len(toks)
            toks = _hyphen_given_name(toks)  # "Ji-woo [Kim]", "Seo-[yeon Park]": the NER split the given name
            if len(toks) > n0:
                while _S10_NAMES3 and len(toks) > 2 and _post_nominal(toks[-1]):
                    post.insert(0, toks.pop())  # "Min-jun [Tanaka KC]": the given name put back, then the rank set aside
                hyphened.append((toks[0].idx, toks[-1].idx + len(toks[-1])))
        lead_titles = []
        while len(toks) > 1 and (toks[0].lower_ in _titles() or toks[0].lower_ in OCCUPATIONS
                                 or _S13_NAME_TITLES and toks[0].lower_ in _S13_TITLES
                                 and (len(toks) > 2 or first_name_gender(toks[0].text) is None)) \
                and not (_S11_NAMES_TITLE_GIVEN and len(toks) == 2 and _title_given_name(toks[0])):
            lead_titles.append(toks.pop(0))
        if not toks:
            continue
        a0 = toks[0].idx + _bullet_len(toks[0], text)  # "-David Andersen and …" in a bulleted roundup
        name = _strip_poss(text[a0: toks[-1].idx + len(toks[-1])])
        if not name or not name[0].isupper() and not _particle_name(name):
            continue
        i = (min(ent.start, toks[0].i) if _S10_INTL_NAMES else ent.start) - 1
        role_toks: list[Token] = []
        while i >= 0 and len(role_toks) < 5:
            t = doc[i]
            if _padding(t) and i > 0:
                i -= 1  # "Chief&nbsp;Executive": the padding between two title words
                continue
            if t.is_punct or t.is_space or "\n" in t.whitespace_ or (t.is_upper and len(t) > 2 and t.ent_type_ == "GPE"):
                break  # a dateline ("WASHINGTON --") or a line break ends the role
            if t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_punct and t.ent_type_ not in ("DATE", "TIME", "CARDINAL") \
                    and t.dep_ not in ("nsubj", "dobj", "pobj") or (t.pos_ == "PROPN" and t.ent_type_ in ("NORP", "GPE", "ORG")):
                role_toks.append(t)
                i -= 1
            else:
                break
        role_toks.reverse()
        if _S16_H6_GAELIC and role_toks and role_toks[-1].text in _GAELIC_SPACED and role_toks[-1].i == toks[0].i - 1 \
                and toks[0].text[:1].isupper() and toks[0].text not in _GAELIC_PARTICLES and len(toks) <= 2 \
                and "\n" not in role_toks[-1].whitespace_:
            toks.insert(0, role_toks.pop())  # "Róisín Mac [Giolla Phádraig]": the particle opens the surname
            a0 = toks[0].idx
            name = _strip_poss(text[a0: toks[-1].idx + len(toks[-1])])
        if role_toks and (len(toks) == 1 or len(toks) == 2 and len(role_toks) == 1
                          or _S15_NAME_HYPHEN_ONE and " " not in name and "-" in name  # "Prof X [Nnamdi-Ross]"
                          or _S12_NAMES_GIVEN and 2 <= len(toks) <= 3 and toks[0].text in _GAELIC_PARTICLES
                          or _S16_H6_TITLED_GIVEN and len(toks) == 2 and len(role_toks) >= 2
                          and role_toks[-1].i == toks[0].i - 1 and role_toks[-1].ent_type_ == ""
                          and first_name_gender(role_toks[-1].text) is not None
                          and (role_toks[-2].lower_.rstrip(".") in _bare_titles() or role_toks[-2].lower_ in HONORIFICS
                               or _role_noun(role_toks[-2].lower_))) \
                and _split_first_name(role_toks, text, after_punct=len(toks) == 2):
            # "Mads [Kjeldsen]", "“Morning Edition,” Teodor [Vasilescu Brandt]": the NER left the
            # first name out
            toks.insert(0, role_toks.pop())
            a0 = toks[0].idx + _bullet_len(toks[0], text)  # "-Nate [Cohn] explains …"
            name = _strip_poss(text[a0: toks[-1].idx + len(toks[-1])])
            if _S15_NAME_TWO_GIVEN and role_toks and _second_given(role_toks[-1], toks[0]):
                toks.insert(0, role_toks.pop())  # "Dr [Ana] Beatriz [Cavalcanti]": both given names
                a0 = toks[0].idx
                name = _strip_poss(text[a0: toks[-1].idx + len(toks[-1])])
                hyphened.append((a0, toks[-1].idx + len(toks[-1])))  # no "Ana" of its own inside the name
        elif _S15_NAME_TWO_GIVEN and role_toks and len(toks) == 2 and role_toks[-1].i == toks[0].i - 1 \
                and role_toks[-1].ent_type_ == "PERSON" and _second_given(role_toks[-1], toks[0]):
            toks.insert(0, role_toks.pop())  # "[Dr Ana] [Paula Cavalheiro]": both given names
            a0 = toks[0].idx
            name = _strip_poss(text[a0: toks[-1].idx + len(toks[-1])])
            hyphened.append((a0, toks[-1].idx + len(toks[-1])))
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
            # the pattern ends in a comma and blanks: not searched where the text before the name ends otherwise
            m = _ROLE_BEFORE.search(text, max(0, toks[0].idx - 80), toks[0].idx) if not _S12_SPEED or text[
                max(0, toks[0].idx - 80):toks[0].idx].rstrip().endswith(",") else None
            if m is not None and _INTRO_PP.search(text, max(0, m.start() - 30), m.start() + 1):
                m = None  # "In a new study, Ana Berg …": an introductory phrase, not a role
            if m is not None:
                # the last "the …" before the comma: "hosted by the US ambassador to Lima, "
                last = re.split(r"\b(?:the|a|an)\s+", m.group(1), flags=re.I)[-1].strip()
                if last and not re.search(r"\b(?:and|or|said|says|was|were|is|are)\b", last):
                    role = last
        if post:
            role = " ".join(([role] if role else []) + [t.text for t in post])
        if particled:  # the given name tagged alone ("[Pieter] ter Horst") is inside this name
            hyphened.append((a0, toks[-1].idx + len(toks[-1])))
        out.append(NamedMention(a0, toks[-1].idx + len(toks[-1]), name, role,
                                role_toks[0].idx if role_toks else a0))
    if hyphened:  # "[Seo]-yeon [Tanaka]": the given name's first part, tagged alone, is inside the full name
        out = [x for x in out if not any(a <= x.start and x.end <= b and b - a > x.end - x.start for a, b in hyphened)]
    extra = _possessed_names(doc, ents)  # ``ents``: doc.ents read once (spaCy rebuilds it on each access)
    persons = {w for t in person_texts for w in norm_tokens(t)}
    extra += _titled_names(doc, ents) + _misread_person_names(doc, persons, ents)  # "Cllr Marsh", "Brazil's Camila Duarte" (issue 11)
    office = _office_titled_names(doc, text, ents) if _S8_OFFICE else []
    if office:
        # "Minister of Fisheries Tane Wharepapa": the name after a long title of office replaces any
        # mention the NER made of the title's department and the name ("Fisheries Tane Wharepapa")
        def clear(x: NamedMention) -> bool:
            return not any(x.start < o.end and o.role_start < x.end for o in office)
        out = [x for x in out if clear(x)]
        extra = [x for x in extra if clear(x)] + office
    # "Ms Siobhán Carraher" inside an ORG, "Ludo Brisk, Vermont Secretary of State," (issue 11)
    extra += evidenced_names(doc, out + extra, ents, person_ents, person_texts)
    if _S13_AGE_HYPHEN_FULL and "-" in text:
        extra += _hyphen_full_names(text, out + extra)  # "Felicity [Dunmore-Hale]/ORG" … "Ms Dunmore-Hale"
    if _S10_NAMES2 and hyphened:  # "[Dr Ines]/ORG van der Berg": no "Ines" of its own inside the full name
        extra = [x for x in extra if not any(a <= x.start and x.end <= b and b - a > x.end - x.start for a, b in hyphened)]
    if _S10_INTL_NAMES:
        _particle_surnames(out + extra)
    if _S16_H6_GAELIC and any(lab in ("ORG", "PERSON") and t.split(" ", 1)[0] in _GAELIC_SPACED
                              for lab, t in zip(labels, texts)):
        extra += _gaelic_surnames(text, ents, labels, texts, out + extra)  # "[Ní Bhriain]/ORG said"
    if _S15_NAME_NICK and ("“" in text or '"' in text or "‘" in text):
        nick = _nicknamed_names(text)  # "Chiamaka “Ama” Okonkwo" → "Chiamaka Okonkwo"
        if nick:
            def clear_nick(x: NamedMention) -> bool:
                return not any(x.start < b and a < x.end for a, b, _ in nick)
            out = [x for x in out if clear_nick(x)]
            extra = [x for x in extra if clear_nick(x)] + [NamedMention(a, b, n, None, a) for a, b, n in nick]
        if _S16_R2C_NICK:
            alias = _nickname_aliases(text, out + extra, nick)  # '… known as "Tank"' … 'Tank told reporters'
            if alias:
                def clear_alias(x: NamedMention) -> bool:
                    return not any(x.start < b and a < x.end for a, b, _ in alias)
                out = [x for x in out if clear_alias(x)]
                extra = [x for x in extra if clear_alias(x)] + [NamedMention(a, b, n, None, a) for a, b, n in alias]
    if _S11_ENT3 and "  " in text:
        _cover_padding(text, original_text(doc), out + extra)
    if _S14_FAM_GIVEN:
        _kin_given_surnames(text, out + extra)  # "Funmilayo Adeyemi and her husband, Adewale" → "Adewale Adeyemi"
    return sorted(out + extra, key=lambda m: m.start) if extra else out


#: Session 15 (names): a hyphenated surname the NER tagged alone ("Prof Ikechukwu
#: [Nnamdi-Ross]/PERSON", three tokens) is one word when the given name left out before it is put
#: back (:func:`_split_first_name`), as a one-word surname is: "Ikechukwu Nnamdi-Ross", not
#: "Nnamdi-Ross" with the role "Prof Ikechukwu". ``False``: old behaviour.
_S15_NAME_HYPHEN_ONE = True

#: Session 15 (names): a name with two given names whose first the NER tagged with the title
#: before it and whose surname alone ("[Dr Ana]/PERSON Beatriz [Cavalcanti]/PERSON") keeps both
#: given names, "Ana Beatriz Cavalcanti" (rule 1, the full name; Portuguese, Spanish, Filipino and
#: Vietnamese copy often writes two; series u science_u03), not "Beatriz Cavalcanti" with the
#: role "Dr Ana" (:func:`_second_given`). ``False``: old behaviour.
_S15_NAME_TWO_GIVEN = True


def _second_given(t: Token, given: Token) -> bool:
    """Whether ``t``, the word right before the given name ``given`` the rules put back in front
    of a surname, is a first given name too: capitalised, a proper noun, no title or honorific, a
    listed first name of ``given``'s gender (:func:`~..coref.first_name_gender`), untagged or
    PERSON, on the same line (:data:`_S15_NAME_TWO_GIVEN`)."""
    if not t.text[:1].isupper() or t.pos_ != "PROPN" or t.ent_type_ not in ("", "PERSON") or "\n" in t.whitespace_:
        return False
    low = t.lower_
    if low in _titles() or low in HONORIFICS or low in OCCUPATIONS:
        return False
    g = first_name_gender(t.text)
    return g is not None and g == first_name_gender(given.text)


#: Session 15 (names): a nickname in quotation marks inside a name, "Chiamaka “Ama” Okonkwo",
#: "Oluwaseun &#8220;Seun&#8221; Balogun" (decoded and padded, :func:`saidwhat.pipeline.entity_text`),
#: "Earvin \"Magic\" Johnson", is one person, named "Chiamaka Okonkwo" (rule 1: the name, the
#: nickname left out; series u entertainment_u03). The NER splits such names ("[Oluwaseun]/ORG
#: [Seun” Balogun]/WORK_OF_ART"), leaving no name. :func:`_nicknamed_names`. ``False``: old behaviour.
_S15_NAME_NICK = True
#: Session 15 round 2 (PolNeAR train, US news: "Juan \"Chico\" Manriquez of Oakland … he said",
#: gold ``Juan "Chico" Manriquez``): the name of :data:`_S15_NAME_NICK` keeps the quoted nickname,
#: ``Given "Nick" Surname``, the fullest form the article uses (rule 1 of
#: ``gold/speakers/README.md``); the scorer takes it for a gold name without the nickname too
#: (all of the gold name's words, the same last word). ``False``: the round-1 name without it.
_S15_NICK_KEEP = True
#: A quoted nickname of one or two capitalised words between a given name and a surname; group
#: "nick" the nickname, "sur" the surname (one capitalised word, hyphen or apostrophe inside).
_NICK_RE = re.compile(r"[“\"‘] *(?P<nick>[A-Z][\w’'.-]{0,15}(?: [A-Z][\w’'.-]{0,15})?) *[”\"’] +"
                      r"(?P<sur>(?:(?:van|von|de|da|del|di|le|la|al|el|bin|binti|ibn) )?[A-Z][\w’'-]*[a-z][\w’'-]*)\b")
#: The given name ending the text before the quoted nickname; group "given".
_NICK_GIVEN = re.compile(r"(?<![\w’'-])(?P<given>[A-Z][a-z][\w’'-]*) +$")


def _nicknamed_names(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each name written with a quoted nickname between its given name
    and its surname in ``text`` (the decoded text; offsets are characters): "Chiamaka “Ama”
    Okonkwo" → ``(i, j, "Chiamaka Okonkwo")``. The given name must be a listed first name
    (:func:`~..coref.first_name_gender`) or hold the nickname's first three letters ("Oluwaseun"
    / "Seun"), and be no title word; the surname ends the capitalised run. :data:`_S15_NAME_NICK`."""
    out = []
    for m in _NICK_RE.finditer(text):
        g = _NICK_GIVEN.search(text, max(0, m.start() - 30), m.start())
        if g is None:
            continue
        given, nick = g.group("given"), m.group("nick")
        if given.lower() in _titles() or given.lower() in HONORIFICS:
            continue
        if first_name_gender(given) is None and nick.lower()[:3] not in given.lower() and not (
                _S16_R2C_NICK and given.lower() not in _SPACY_STOP and given.lower() not in _titles()
                and m.group("sur").lower() not in _SPACY_STOP and not _POSS.search(given)
                and (len(_occurrences(text, m.group("sur"))) > 1 or len(_occurrences(text, nick)) > 1)):
            continue
        out.append((g.start("given"), m.end("sur"),
                    f'{given} "{nick}" {m.group("sur")}' if _S15_NICK_KEEP else f"{given} {m.group('sur')}"))
    return out


#: Session 16 r2c (names the NER misses, genre train series w sports_w01): a quoted nickname is
#: that person's name where it is written alone later ('Isikeli "Bulldozer" Naivalu' or "Isikeli
#: Naivalu, the flanker known throughout Fijian rugby as “Bulldozer”," … "“Ready,” Bulldozer told
#: reporters" → "Isikeli Naivalu"; rule 1 of ``gold/speakers/README.md``: the full name); and the
#: given name of :func:`_nicknamed_names` need not be a listed first name when the surname or the
#: nickname recurs in the article ("Kalolo “Tank” Havili-Moala"). :func:`_nickname_aliases`.
#: ``False`` gives the old behaviour.
_S16_R2C_NICK = True
#: A nickname introduced after a name: "known (throughout Fijian rugby) as “Bulldozer”",
#: "nicknamed “Tank”", "dubbed “El Gato”"; group "nick" one or two capitalised words ("called"
#: names shows and films too often: left out).
_NICK_KNOWN_AS = re.compile(r"\b(?:known|nicknamed|dubbed)\b(?:[^.,;:!?\n“”\"]{0,40}?\bas\b)?[ \t]+"
                            r"[“\"‘](?P<nick>[A-Z][\w’'.-]{0,15}(?: [A-Z][\w’'.-]{0,15})?)[,.]?[”\"’]")
#: spaCy's English stop words: never a given name or surname around a quoted nickname ('Felt
#: "Invisible" As' in a Title Case headline).
_SPACY_STOP = frozenset(_spacy_stop_words)


def _nickname_aliases(text: str, named: list[NamedMention], nicks: list[tuple[int, int, str]]
                      ) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each occurrence of a person's quoted nickname written alone
    (capitalised as given, a whole word, not in quotation marks; a headline's before the name too)
    in ``text`` (character offsets):
    the person's name. Nicknames come from ``nicks`` (the
    ``(start, end, 'Given "Nick" Surname')`` of :func:`_nicknamed_names`, whose name is kept) and from
    :data:`_NICK_KNOWN_AS` after the nearest named mention of ``named`` (two words or more) that ends
    before it in the same sentence (at most 160 characters, no full stop between), whose name is
    the alias's. :data:`_S16_R2C_NICK`."""
    pairs: list[tuple[str, str, int]] = []  # (nickname, full name, end of its introduction)
    for a, b, n in nicks:
        q = re.search(r'"([^"]+)"', n)
        if q is not None:
            pairs.append((q.group(1), n, b))  # the name as :func:`_nicknamed_names` writes it
    if "known" in text or "nicknamed" in text or "dubbed" in text:
        ordered = sorted(named, key=lambda x: x.end)
        for m in _NICK_KNOWN_AS.finditer(text):
            prev = [x for x in ordered if x.end <= m.start() and m.start() - x.end <= 160
                    and "." not in text[x.end:m.start()].replace("Mr.", "").replace("Dr.", "")
                    and " " in x.name and '"' not in x.name]
            if prev:
                pairs.append((m.group("nick"), prev[-1].name, m.end()))
    out: list[tuple[int, int, str]] = []
    for nick, name, _ in pairs:
        if not name or nick.lower() in _SPACY_STOP or nick in name.split():
            continue
        for o in _occurrences(text, nick):
            e = o + len(nick)
            if o > 0 and text[o - 1:o] in "“\"‘'" or text[e:e + 1] in "”\"’":
                continue
            out.append((o, e, name))
    return out


def _kin_given_surnames(text: str, named: list[NamedMention]) -> None:
    """Give the surname of the person a kin noun belongs to to a one-word given name written in
    apposition right after it ("Funmilayo Adeyemi and her husband, *Adewale*," → "Adewale
    Adeyemi"): the name a listed given name (:func:`~..coref.first_name_gender`), the noun one of
    :data:`_KIN_GENDER` after "his"/"her"/"their" and a comma, the possessor the nearest full name
    (two words or more) before it in the same sentence, and no mention of ``named`` writing that
    given name with a surname. Renames in place (``name`` only; offsets unchanged). Session 14
    (:data:`_S14_FAM_GIVEN`; rule 1, the person's full name; genre train series q). O(mentions²)
    on the few that fit."""
    for x in named:
        if " " in x.name or first_name_gender(x.name) is None:
            continue
        k = _KIN_APPOSITION.search(text, max(0, x.start - 40), x.start)
        if k is None or _KIN_GENDER.get(k.group("noun")) is None:
            continue
        lo = max(text.rfind(". ", 0, k.start()), text.rfind("\n", 0, k.start()), 0)
        owner = [m for m in named if lo <= m.start and m.end <= k.start() and len(m.name.split()) >= 2]
        if not owner or any(m.name.split()[0] == x.name and len(m.name.split()) >= 2 for m in named):
            continue
        x.name = f"{x.name} {owner[-1].name.split()[-1]}"


def _cover_padding(text: str, orig: str, named: list[NamedMention]) -> None:
    """Each mention in ``named`` whose name ends a word that goes on in ``orig`` (the input:
    ``"O&#8217;Neill"`` is read ``"O’Neill      "``, :func:`saidwhat.pipeline.entity_text` putting
    the padding after the word) ends after the padding instead, so that ``orig[start:end)`` is
    the whole name. In place (:data:`_S11_ENT3`)."""
    if orig is text:
        return
    n = len(text)
    for m in named:
        e = m.end
        if 0 < e < n and text[e] == " " and not orig[e].isspace() and orig[e] != "&" and not orig[e - 1].isspace():
            j = e
            while j < n and text[j] == " ":
                j += 1
            m.end = j


#: Title words that stay titles before a name even after a role noun ("club owner Prince Ali"):
#: ranks, nobility, clergy and offices (:func:`_title_given_name`).
_RANK_TITLES = frozenset("""lord lady sir dame baron baroness king queen prince princess bishop general lieutenant
governor chancellor prime emir imam rabbi pastor sheriff""".split())


def _title_given_name(t: Token) -> bool:
    """Whether ``t``, a capitalised title word opening a two-word PERSON entity, is the person's
    given name: a listed first name with a clear gender (:func:`~..coref.first_name_gender`), no
    rank (:data:`_RANK_TITLES`) or British title, right after a lower-case role noun
    (:data:`_ROLE_NOUNS_BEFORE_NAME`): "Redcliffe manager *Dean* Whitcombe" (titles do not stack
    after a role noun). Session 11 (:data:`_S11_NAMES_TITLE_GIVEN`; issue 11 genre train, series k)."""
    if t.i == 0 or not t.text[:1].isupper() or t.is_upper or t.lower_ in _RANK_TITLES or t.lower_ in _bare_titles():
        return False
    prev = t.doc[t.i - 1]
    return prev.is_lower and _role_noun(prev.lower_) and first_name_gender(t.text) is not None


def _org_name_tail(doc: Doc, text: str, end: int, last: Token) -> bool:
    """Whether the PERSON entity whose last name word is ``last`` and whose tokens end at token
    ``end`` is the head of an organisation's name that goes on with "for" or "of" and capitalised
    words the NER tagged nothing: "[Walkley Streets] for People", "[Friends] of the Earth". "for"
    any such word ("Brennan Center for Justice"); "of" only after a plural proper noun (NNPS), since
    "Charles Myers of Evercore" is a person and their company (PolNeAR train). The word after is no
    title ("… for Mayor"). Session 11 (:data:`_S11_NAMES_ORG_TAIL`; issue 11 genre train, series k)."""
    if end >= len(doc) or doc[end].lower_ not in ("for", "of"):
        return False
    m = _ORG_TAIL.match(text, doc[end - 1].idx + len(doc[end - 1]))
    if m is None or m.group(1) == "of" and last.tag_ != "NNPS":
        return False
    k = end + 2 if end + 2 < len(doc) and doc[end + 1].lower_ == "the" else end + 1  # the capitalised word
    nxt = doc[k] if k < len(doc) else None
    return nxt is not None and nxt.ent_type_ == "" and nxt.lower_ not in _titles() and nxt.pos_ in ("PROPN", "NOUN") \
        and not _title_case_line(text, nxt.idx)


def _particle_surnames(named: list[NamedMention]) -> None:
    """Give a surname with a particle, written alone ("De la Cruz, 54, added", "Van der Berg said",
    capitalised at a sentence's start), the full name that ends with it ("Maria de la Cruz"), when
    one full name of the article does: a name of several words is otherwise read as a full name of
    its own. In place; only names opening with a particle of :data:`NAME_PARTICLES` are compared
    (session 10)."""
    for m in named:
        words = _RX_1.split(m.name)
        if len(words) < 2 or words[0].lower() not in NAME_PARTICLES:
            continue
        want = norm_tokens(m.name)
        full = {x.name for x in named if len(norm_tokens(x.name)) > len(want) and norm_tokens(x.name)[-len(want):] == want}
        if len(full) == 1:
            m.name = full.pop()


def _gaelic_surnames(text: str, ents: tuple, labels: list[str], texts: list[str],
                     named: list[NamedMention]) -> list[NamedMention]:
    """Mentions of Gaelic particle surnames written alone ("Ní Bhriain said", "Mac Giolla Phádraig
    added"): each ORG or PERSON entity of two or three capitalised words opening with a particle of
    :data:`_GAELIC_SPACED`, whose words end exactly one longer name of ``named`` ("Siobhán Ní
    Bhriain"), gets a mention with that full name (the NER tags "[Ní Bhriain]/ORG"; rule 1 of
    ``gold/speakers/README.md``). A mention of ``named`` already there with the short name is
    renamed in place instead. ``ents``/``labels``/``texts``: the doc's entities, their labels and
    texts (character offsets of ``text``). Session 16 h6 (:data:`_S16_H6_GAELIC`; Irish names,
    series w)."""
    out = []
    for ent, lab, t in zip(ents, labels, texts):
        t = _strip_poss(t)
        words = t.split()
        if lab not in ("ORG", "PERSON") or not 2 <= len(words) <= 3 or words[0] not in _GAELIC_SPACED \
                or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words[1:]):
            continue
        want = norm_tokens(t)
        full = {x.name for x in named if len(norm_tokens(x.name)) > len(want) and norm_tokens(x.name)[-len(want):] == want}
        if len(full) != 1:
            continue
        whole = full.pop()
        a = ent.start_char
        same = [x for x in named if x.start == a and norm_tokens(x.name) == want]
        for x in same:
            x.name = whole
        if not same and not any(x.start <= a < x.end for x in named):
            out.append(NamedMention(a, a + len(t), whole, None, a))
    return out


def _particle_name(name: str) -> bool:
    """Whether ``name`` opens with a lower-case surname particle of :data:`NAME_PARTICLES` and
    goes on with a capitalised word ("el-Sayed", "van der Berg" after "Ms" or "Dr"): a surname, which
    a name's lower-case start does not rule out (session 10, :data:`_S10_INTL_NAMES`)."""
    if not _S10_INTL_NAMES:
        return False
    words = re.split(r"[\s-]+", name)
    i = 0
    while i < len(words) - 1 and words[i] in NAME_PARTICLES:
        i += 1
    return i > 0 and words[i][:1].isupper()


def _is_particle(t: Token, *, first: bool) -> bool:
    """Whether ``t`` is a surname particle of :data:`NAME_PARTICLES` written as one: lower case
    ("ter", "dos"), or capitalised ("Van der", "Di Stefano", "Le Goff"), except "Do" (an
    auxiliary); only ``first`` may be capitalised when lower-case particles follow it."""
    low = t.lower_
    if low not in NAME_PARTICLES or not t.is_alpha:
        return False
    return t.text == low or first and t.text == low.capitalize() and low != "do"


#: An honorific or title and the capitalised word after it ("Mr Tanaka", "Cllr Ō-Yamada").
_HONORIFIC_SURNAME = re.compile(r"(?=[MDPCS])(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Sir|Dame)\.?[ \t]+([A-ZÀ-ÖØ-Þ][\w'’-]+)")
#: :data:`_HONORIFIC_SURNAME` with the capitals of Latin Extended-A ("Mr Ō-Yamada", "Cllr Çelik"; :data:`_S10_NAMES3`).
# (opening with the honorific's first letter, the lookbehind testing the character before it: re scans
# for an opening letter class in C, about twice as fast as a leading lookahead; the same matches)
_HONORIFIC_SURNAME3 = re.compile(r"[MDPCS](?<![\w.].)(?:(?<=M)(?:rs|r|s|iss|x)|(?<=D)(?:r|ame)|(?<=P)rof|(?<=C)llr|(?<=S)ir)\.?[ \t]+(" + _NAME_WORD3 + ")")


def _hyphen_glued(t: Token) -> bool:
    """Whether ``t`` is the lower-case second part of a hyphenated given name, glued by a hyphen
    with no space to a capitalised word ("Min-[jun]", "Seo-[yeon]"): no word a name ends before."""
    d = t.doc
    return t.i >= 2 and d[t.i - 1].text in ("-", "‐", "‑") and not d[t.i - 1].whitespace_ \
        and not d[t.i - 2].whitespace_ and d[t.i - 2].text[:1].isupper() and t.is_alpha


def _surname_evidence(text: str, ents: tuple, person_texts: list[str] | None = None) -> set[str]:
    """Lower-cased words the article writes as a person's surname: the last word of each PERSON
    entity and the word after an honorific or a British title ("Mr Tanaka", "Cllr Nakamura"),
    possessive off. Built once per article (:func:`named_mentions`). ``person_texts``: the texts
    of the PERSON entities of ``ents`` when the caller has read them already."""
    if person_texts is None:
        person_texts = [e.text for e in ents if e.label_ == "PERSON"]
    out = {norm_tokens(t)[-1] for t in person_texts if norm_tokens(t)}
    pat = _HONORIFIC_SURNAME3 if _S10_NAMES3 else _HONORIFIC_SURNAME
    out.update(norm_tokens(m.group(1))[-1] for m in pat.finditer(text) if norm_tokens(m.group(1)))
    if _S10_NAMES3:
        out.update(alone_surnames(text))  # "Ō-Yamada said", "Asante told reporters"
    return out


#: Session 13 (names, genre train series o): a one-word NORP entity after a hyphenated given name is
#: its surname ("[Ji]-woo [Han]/NORP": the small NER reads "Han" as the people), as a LOC, FAC or GPE
#: one is (:data:`_S11_NAMES_HYPHEN_LOC`, :func:`_surname_after`). ``False`` gives the old behaviour.
_S13_NAME_HYPHEN_NORP = True


def _surname_after(toks: list[Token], nxt: Token, text: str, tails: set[str] | Callable[[], set[str]]) -> list[Token]:
    """The surname the NER left out of a PERSON entity whose name words are ``toks``, when it
    stands one space after it: ``nxt`` (the next token) opens a capitalised word, hyphenated
    parts glued on ("Ō-Yamada"), that is a one-word PERSON entity ("[Van Minh] [Kim]"), or untagged
    or a one-word ORG entity that the article writes as a person's surname elsewhere (``tails``:
    :func:`_surname_evidence`, or a function that builds it, called only when a word gets that far;
    "Superintendent [Van Minh] Park … Mr Park", "[Min-jun] [Tanaka]/ORG").
    The entity holds one or two name words besides titles; the word is no title, first name of
    the list, organisation or function word; not on a Title Case headline line. Two-word given
    names and East Asian surnames (session 10, :data:`_S10_NAMES2`); a one-word LOC, FAC or GPE
    entity after a hyphenated given name ("Dr [Hyun-woo] [Park]/LOC": session 11,
    :data:`_S11_NAMES_HYPHEN_LOC`; a NORP one, "[Ji]-woo [Han]/NORP": :data:`_S13_NAME_HYPHEN_NORP`).
    Empty when there is none."""
    doc = nxt.doc
    last = toks[-1]
    names = [t for t in toks if t.lower_ not in _titles() and t.lower_ not in OCCUPATIONS]
    if not 1 <= len(names) <= 2 or last.whitespace_ != " " or "\n" in last.whitespace_:
        return []
    types = ("", "PERSON", "ORG") + (("PRODUCT", "WORK_OF_ART", "NORP", "GPE") if _S10_NAMES3 else ()) \
        + (("LOC", "FAC") if _S11_NAMES_HYPHEN_LOC else ())
    if nxt.ent_type_ not in types or nxt.ent_type_ and nxt.ent_iob_ != "B" or not nxt.is_alpha:
        return []
    j = nxt.i
    while j + 2 < len(doc) and doc[j + 1].text in ("-", "‐", "‑") and not doc[j].whitespace_ \
            and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha and doc[j + 2].text[:1].isupper():
        j += 2  # "Ō-Yamada", "Adebayo-Clarke"
    written = doc[nxt.i:j + 1].text
    if not (written[:1].isupper() and not written.isupper() and len(written) > 1):
        return []
    if j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I" and doc[j + 1].ent_type_ == nxt.ent_type_ and nxt.ent_type_:
        return []  # the next entity runs on: a name or body of its own
    word = doc[nxt.i:j + 1]
    low = nxt.lower_
    if low in _titles() or low in ORG_HEADS or low in ORG_KIND_OF or low in _KNOWN_KINDS or low in OCCUPATIONS \
            or low in QUESTION_OPENERS or low in HONORIFICS or low in NAME_PARTICLES:
        return []
    # (not on a Title Case headline line: tested only where a surname is found, the line's scan being the dearest test)
    key = norm_tokens(word.text)[-1:] if norm_tokens(word.text) else []
    if nxt.ent_type_ == "PERSON" and j == nxt.i and len(names) == 2:
        return [] if _title_case_line(text, nxt.idx) else [nxt]  # "[Van Minh] [Kim]": two PERSON entities one space apart
    if key and key[0] in (tails() if callable(tails) else tails) \
            and not (nxt.ent_type_ == "PERSON" and j == nxt.i and len(names) == 1) \
            and (nxt.ent_type_ in ("", "PERSON") or j == nxt.i) and low not in _FIRST_NAMES:
        return [] if _title_case_line(text, nxt.idx) else [t for t in word if not t.is_punct]
    given = text[names[0].idx:last.idx + len(last)]
    if _S10_NAMES3 and "-" in given and not any(c.isspace() for c in given) and last.is_lower \
            and (nxt.ent_type_ == "" or (nxt.ent_type_ == "ORG" or _S11_NAMES_HYPHEN_LOC and nxt.ent_type_ in ("LOC", "FAC", "GPE")
                                         or _S13_NAME_HYPHEN_NORP and nxt.ent_type_ == "NORP")
                 and j == nxt.i) and low not in _FIRST_NAMES:
        # "[Min-jun] [Tanaka]/ORG said": a hyphenated given name, then its surname
        return [] if _title_case_line(text, nxt.idx) else [t for t in word if not t.is_punct]
    return []


def _given_name_word(t: Token) -> bool:
    """Whether ``t``, the word right before a particle surname that is not in a PERSON entity, is
    the given name: a capitalised proper noun of letters, untagged or a one-word entity of a type
    the NER gives unknown names (ORG, NORP, PRODUCT, WORK_OF_ART: "[Aoife]/ORG ter Horst") or the last
    word of such an entity after title words ("[Dr Ines]/ORG van der Berg"), no title, occupation, organisation word or honorific (:func:`_particle_full_name`)."""
    if t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.is_upper:
        return False
    if t.ent_type_ and (t.ent_type_ not in ("ORG", "NORP", "PRODUCT", "WORK_OF_ART")
                        or t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I"):
        return False
    j = t.i
    while t.ent_type_ and t.doc[j].ent_iob_ == "I":  # "[Dr Ines]/ORG van der Berg": titles, then the given name
        j -= 1
        if t.doc[j].lower_.rstrip(".") not in _bare_titles() and t.doc[j].lower_ not in _titles():
            return False
    low = t.lower_
    return not (low in _titles() or low in OCCUPATIONS or low in ORG_HEADS or low in ORG_KIND_OF
                or low in _KNOWN_KINDS or low in HONORIFICS or low in QUESTION_OPENERS)


#: Session 15 (names in messy layouts): a PERSON entity the small NER cut after the surname's
#: particles ("[Cordelia von] Platen", "[Jean-Luc van] Damme") gets the capitalised surname
#: after them back (:func:`_particle_cut_surname`); before, the particles were dropped and the
#: given name stood alone ("Cordelia"), so "Mrs von Platen" found no full name. ``False`` gives
#: the old behaviour.
_S15_NAME_PARTICLE_CUT = True


def _particle_cut_surname(popped: list[Token], nxt: Token, end: int) -> list[Token]:
    """The tokens to put back on a PERSON entity's name whose last words ``popped`` (the entity's
    lower-case tail) are surname particles of :data:`NAME_PARTICLES` ("von", "van der"), the last
    one ending the entity (token ``end - 1``), and ``nxt`` (the token after the entity, ``end``)
    a capitalised proper noun on the same line that names no place, building or organisation:
    ``popped + [nxt]``; ``[]`` otherwise. Session 15 (:data:`_S15_NAME_PARTICLE_CUT`)."""
    if not popped or popped[-1].i != end - 1 or "\n" in popped[-1].whitespace_ or not popped[-1].whitespace_ \
            or not all(t.is_lower and t.lower_ in NAME_PARTICLES for t in popped):
        return []
    low = nxt.lower_
    if not (nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper and nxt.pos_ == "PROPN") \
            or nxt.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "NORP", "DATE") or low in ORG_HEADS or low in ORG_KIND_OF \
            or low in NON_PERSON_HEADS or low in _titles() or low in OCCUPATIONS:
        return []
    return popped + [nxt]


def _particle_full_name(toks: list[Token], text: str) -> list[Token]:
    """``toks`` (a PERSON entity's name words) with a surname's particles, and the given name
    before them, put back in front: spaCy's NER tags "Pieter ter Horst" as "[Pieter] ter [Horst]",
    "Anne-Sophie van der Berg" as "[Anne-Sophie] van der [Berg]", and a sentence's "Van der Berg
    said" as "Van der [Berg]". The particles are one to three words of :data:`NAME_PARTICLES`
    (:func:`_is_particle`), one space apart on one line, right before the entity; the given name is
    the PERSON entity ending one space before them (its title words are set aside later), or an
    untagged known first name (:data:`_FIRST_NAMES`). A capitalised particle after a given name
    ("Ines Di Stefano") is kept as written. Dutch, German, Portuguese, Italian and French
    surnames (Chicago Manual of Style 8.5-8.16; session 10, :data:`_S10_NAMES2`)."""
    j = toks[0].idx
    if text[j - 1:j] != " " or text[j - 2:j - 1] not in _PARTICLE_LAST:
        return toks  # the word before is no particle one space before the name (``text`` is the doc's text)
    doc = toks[0].doc
    i = toks[0].i
    if not toks[0].text[:1].isupper() or toks[0].lower_ in NAME_PARTICLES:
        return toks
    k = i
    while k > 0 and i - k < 3 and doc[k - 1].whitespace_ == " " and _is_particle(doc[k - 1], first=True):
        k -= 1
    while k < i and not _is_particle(doc[k], first=True):
        k += 1
    # lower-case particles after a capitalised one only: "Van der", not "Di van"
    while k < i and any(doc[j].text != doc[j].lower_ for j in range(k + 1, i)):
        k += 1
    if k == i:
        return toks
    parts = list(doc[k:i])
    prev = doc[k - 1] if k > 0 else None
    if prev is None or prev.whitespace_ != " " or prev.is_punct:
        return parts + toks  # ", ter [Horst] said", a line's "Van der [Berg]"
    if prev.ent_type_ == "PERSON":
        a = k - 1
        while a > 0 and doc[a].ent_iob_ == "I":
            a -= 1
        given = [t for t in doc[a:k] if not t.is_punct]
        if given and not any(t.tag_ == "POS" for t in given):
            return given + parts + toks  # "[Pieter] ter [Horst]"
    elif _given_name_word(prev):
        return [prev] + parts + toks  # "Łukasz dos [Santos]", "[Aoife]/ORG ter [Horst]"
    return parts + toks  # "Mr ter [Horst]", "Dr Van der [Berg]"


def _hyphen_given_name(toks: list[Token]) -> list[Token]:
    """``toks`` (a PERSON entity's name words) with the hyphenated given name the NER split off
    put back in front: "Ji-woo [Kim]" (the entity is "Kim"), "Seo-[yeon Park]". spaCy splits a word
    at an inner hyphen, and its NER then tags only the part after it: the words before, joined
    to the name's first word by hyphens with no space, or standing one space before a one- or
    two-word name as one hyphenated word whose first part is capitalised, are the given name,
    unless a part is a title, an occupation or a modifier prefix ("Ex-", "Pro-"), or an entity of
    another type ("Franco-German"). East Asian and French given names (session 10)."""
    doc = toks[0].doc
    i = toks[0].i
    # a cheap test first: a hyphen right before the name, or before the one word of letters and the
    # space before it (both shapes below need one there)
    text, a = doc_text(doc), toks[0].idx - 1
    if a >= 0 and text[a].isspace():
        a -= 1
        while a >= 0 and text[a].isalpha():
            a -= 1
    if a < 0 or text[a] not in ("-", "‐", "‑"):
        return toks

    def part_ok(t: Token) -> bool:
        return t.is_alpha and t.ent_type_ in ("", "PERSON") and t.lower_ not in _titles() \
            and t.lower_ not in OCCUPATIONS and t.lower_ not in _HYPHEN_PREFIXES

    def glued(j: int) -> int | None:
        """Start of the hyphenated word ending at token ``j``, if any (``j`` itself when none)."""
        k = j
        while k >= 2 and doc[k - 1].text in ("-", "‐", "‑") and not doc[k - 1].whitespace_ \
                and not doc[k - 2].whitespace_ and part_ok(doc[k - 2]):
            k -= 2
        return k

    k = glued(i)
    if k < i and doc[k].text[:1].isupper():
        return [t for t in doc[k:i] if not t.is_punct] + toks  # "Seo-[yeon Park]"
    if len(toks) <= 2 and i >= 3 and doc[i - 1].whitespace_ == " " and part_ok(doc[i - 1]):
        k = glued(i - 1)
        if k < i - 1 and doc[k].text[:1].isupper() and "\n" not in doc[k:i].text:
            return [t for t in doc[k:i] if not t.is_punct] + toks  # "Ji-woo [Kim]"
    return toks


#: Session 15 (names): a word of surname shape "O’Keeffe", "D’Souza", "N’Diaye" (one capital,
#: an apostrophe, a capitalised word; Irish, Italian, Indian and West African surnames) right after a
#: listed first name the NER tagged alone ("[Bernadette] O&#8217;Keeffe") is that person's surname
#: even when written once (:func:`_split_full_name`; genre train business_q01). ``False``: old.
_S15_NAME_APOS_SURNAME = True
_APOS_SURNAME = re.compile(r"[A-Z][’'][A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _split_full_name(nxt: Token, first: Token, text: str, person_words: set[str]) -> Token | None:
    """The surname of the one-word PERSON entity ``first`` that the NER split off, else ``None``.
    ``nxt`` is the token right after ``first``, after one space (a no-break space reaches spaCy as a
    plain space: :func:`saidwhat.pipeline.doc_text`). The surname is a capitalised word of letters,
    no title, first name or organisation word, and no part of a longer entity; it is a PERSON
    entity alone or untagged, and ``first`` is a known first name (:data:`_FIRST_NAMES`) or never
    written alone elsewhere while the surname ends a PERSON entity elsewhere ("Judge [Nicholas]
    [Varley] told jurors", "its managing director, [Gail] Ashworth, … Ms Ashworth said"). The full
    name is the canonical form
    (rule 1 of ``gold/speakers/README.md``; issue 11, genre train series f; :data:`_S9_NAMES2`)."""
    doc = nxt.doc
    if nxt.idx != first.idx + len(first) + 1 or first.whitespace_ != " ":
        return None
    w = nxt.text
    apos = _S15_NAME_APOS_SURNAME and bool(_APOS_SURNAME.fullmatch(w))  # "Bernadette O’Keeffe"
    if not (w[:1].isupper() and (w.isalpha() or apos) and len(w) > 1 and not w.isupper()):
        return None
    if apos and (first.lower_ in _FIRST_NAMES or first_name_gender(first.text) is not None) \
            and nxt.ent_type_ in ("", "PERSON") and first.lower_ not in _titles():
        return nxt  # an O’/D’ surname is a surname on its first writing
    if nxt.ent_type_ not in ("", "PERSON"):
        return None
    if nxt.ent_type_ and nxt.ent_iob_ != "B" or nxt.i + 1 < len(doc) and doc[nxt.i + 1].ent_iob_ == "I":
        return None  # the next entity is longer than one word: a name of its own
    low, flow = w.lower(), first.lower_
    if low in _titles() or low in _FIRST_NAMES or low in ORG_HEADS or flow in _titles() or not first.text[:1].isupper():
        return None
    if flow in _FIRST_NAMES:
        return nxt if nxt.ent_type_ == "PERSON" or len(_occurrences(text, w)) > 1 else None
    ends = (" " + w, " " + w + "’s", " " + w + "'s")
    if len(_occurrences(text, first.text)) == 1 and any(p != w and p.endswith(ends) for p in person_words):
        return nxt
    return None


_APPOS_POSSESSOR = re.compile(rf"\s*(?:,|\(|[{DASHES}])\s*(?:the\s+)?(?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*['’]s?\s+[a-z]")


def possessor_in_apposition(text: str, head_end: int, end: int) -> bool:
    """Whether the apposition after a name (``text[head_end:end]``) opens with a possessor,
    "Lakeside Capital, *Harbour’s* largest shareholder,": the possessor's name is whose the
    description is, not the name of the speaker (the speaker is the head name; rule 3 of
    ``gold/speakers/README.md``; issue 11, genre train series f; :data:`_S9_NAMES2`)."""
    return _S9_NAMES2 and head_end < end and _APPOS_POSSESSOR.match(text, head_end, end) is not None


def _split_surname(nxt: Token, first: Token, text: str) -> bool:
    """Whether ``nxt``, the word right after a one-word PERSON entity ``first``, is the person's
    surname the NER left out: a capitalised word with a letter outside ASCII (a diacritic, or
    the mojibake of one: "Arturo SarukhÃ¡n", which the NER tags CARDINAL or nothing), not an
    entity of another kind, written alone elsewhere in the article. PolNeAR train
    (session 9, :data:`~.ner_fix._S9_NAMES`)."""
    w = nxt.text
    if not w[:1].isupper() or w.isascii() or nxt.is_punct or nxt.ent_type_ in ("ORG", "GPE", "LOC", "NORP", "FAC", "PERSON"):
        return False
    if nxt.idx != first.idx + len(first) + 1 or not first.text[:1].isupper() or first.lower_ in _titles():
        return False
    if any(ch.isdigit() for ch in w):
        return False
    return len(_occurrences(text, w)) > 1


def _post_nominal(tok: Token) -> bool:
    """Whether ``tok`` (the last word of a PERSON entity) is a post-nominal of
    :data:`POST_NOMINALS` written as one: capitals ("KC", "MBE") or "PhD", "Esq"."""
    return tok.lower_ in POST_NOMINALS and (tok.text.replace(".", "").isupper() or tok.text.rstrip(".") in ("PhD", "Esq"))


def _entity_words(ents: tuple, labels: list[str] | None = None, texts: list[str] | None = None
                  ) -> tuple[set[str], set[str], list[str]]:
    """For :func:`_place_not_person`: the texts of the GPE and ORG entities (possessive and a
    leading "the" off the ORGs) and of the PERSON entities, computed once per Doc. ``labels``,
    ``texts``: the entities' labels and texts when the caller has read them already."""
    if labels is None or texts is None:
        labels, texts = [e.label_ for e in ents], [e.text for e in ents]
    gpe = {_strip_poss(t) for t, lab in zip(texts, labels) if lab == "GPE"}
    org = {_THE_START.sub("", _strip_poss(t)) for t, lab in zip(texts, labels) if lab == "ORG"}
    return gpe, org, [t for t, lab in zip(texts, labels) if lab == "PERSON"]


_THE_START = re.compile(r"^the\s+", re.I)

#: Key in ``Doc.user_data`` of the PERSON entities read as organisations (:func:`person_org_names`):
#: the entities' token offsets and the texts.
_PERSON_ORGS_KEY = "saidwhat.person_org_names"


#: Session 16 r2c (person candidates the NER mistypes, series w sports_w02): a PERSON entity opening
#: with a sports club's prefix word ("Atlético Vallemar", "Deportivo Lorca", "SV Rheinfeld") is the
#: club, and so is its one-word place name written alone ("Vallemar said", "Vallemar's board"),
#: never a person a "the Basque" or "he" can take (:func:`person_org_names`). ``False`` gives the
#: old behaviour.
_S16_R2C_CLUB = True
#: Words that open the names of football and other sports clubs (Spanish, Portuguese, Italian,
#: French, German, Dutch, Belgian and Balkan naming): never a given name.
#: Two-letter prefixes that are also countries or offices ("US", "AC", "CA") are left out.
_CLUB_PREFIXES = frozenset("""Atlético Atletico Athletic Atlètic Deportivo Sporting Racing Olympique Dinamo Dynamo
Real Rayo Inter Borussia Eintracht Werder Hapoel Maccabi Partizan Crvena Estudiantes
FC AFC CF SV VfB VfL TSV FSV SSC RCD KRC KAA HNK GNK PSV""".split())


def person_org_names(doc: Doc, person_ents: list | None = None, person_texts: list[str] | None = None) -> set[str]:
    """Texts of the PERSON entities of ``doc`` that :func:`~.entities.org_typed` reads as
    organisations ("the weekly Der Kurier"), kept in the Doc's ``user_data`` while its entities
    stay the same (:func:`named_mentions` and :class:`~..coref.Candidates` both ask).
    ``person_ents``, ``person_texts``: the Doc's PERSON entities and their texts when the caller
    has read them already. A fresh set each call."""
    if person_ents is None:
        person_ents = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    key = tuple((e.start, e.end) for e in person_ents)
    memo = doc.user_data.get(_PERSON_ORGS_KEY)
    if memo is not None and memo[0] == key:
        return set(memo[1])
    if person_texts is None:
        person_texts = [e.text for e in person_ents]
    out = {t for e, t in zip(person_ents, person_texts) if org_typed(e)}
    if _S16_R2C_CLUB and person_texts:
        # "Atlético Vallemar" tagged PERSON: a sports club's name, and its place name alone ("Vallemar said") too
        clubs = {t for t in person_texts if " " in t and t.split(" ", 1)[0] in _CLUB_PREFIXES}
        if clubs:
            out |= clubs | {_strip_poss(t.split(" ", 1)[1]) for t in clubs if " " not in t.split(" ", 1)[1].strip()}
    if _S15_BODY_KIND_POSS and out:
        # "Danfo Drive’s last show" after "the trio Danfo Drive": the possessive is the same body (session 15)
        out |= {_strip_poss(t) + p for t in out for p in ("’s", "'s", "’", "'")}
    doc.user_data[_PERSON_ORGS_KEY] = (key, tuple(out))  # plain tuples: a DocBin with user data can store them
    return out


def _place_not_person(words: tuple[set[str], set[str], list[str]], ent, ent_text: str | None = None) -> bool:
    """Whether a PERSON entity ``ent`` is a place: the NER tags the same words GPE elsewhere in
    the article, never ORG, and no longer PERSON name holds them ("If *Chile* wants …", "*Buenos
    Aires* said …" in an article that tags Chile and Buenos Aires GPE; issue 11, wire copy).
    ``words``: :func:`_entity_words` of the Doc's entities."""
    gpe, org, persons = words
    if ent_text is None:
        ent_text = ent.text
    word = _strip_poss(ent_text)
    if word not in gpe:
        return False
    if word in org:
        return False  # "Penfold" tagged GPE, ORG and PERSON: a company the NER cannot place
    return not any(len(t) > len(ent_text) and re.search(rf"\b{re.escape(word)}\b", t) for t in persons)


def _split_first_name(role_toks: list[Token], text: str, *, after_punct: bool = False) -> bool:
    """Whether the last word of ``role_toks`` (the words right before a one-word PERSON entity) is
    the person's first name the NER left out ("Mads [Kjeldsen] took the yellow jersey"): a
    capitalised proper noun with no entity type, not a title, occupation or organisation word, and
    either a known first name or the only word between the name and the start of its line or
    sentence (issue 11, sports copy). With ``after_punct`` (a two-word entity after it), also the
    only word between the name and a comma or quotation mark ("“Morning Edition,” Teodor
    [Vasilescu Brandt], the programmer": PolNeAR train)."""
    t = role_toks[-1]
    bullet = _bullet_len(t, text) if len(role_toks) == 1 else 0
    if bullet:  # "-Nate [Cohn] explains …": a bulleted line's first word (session 9)
        word = t.text[bullet:]
        return word.isalpha() and not word.isupper() and t.ent_type_ in ("", "PERSON") and not (
            word.lower() in _titles() or word.lower() in OCCUPATIONS or word.lower() in ORG_HEADS
            or word.lower() in ORG_KIND_OF or word.lower() in _KNOWN_KINDS or word.lower() in QUESTION_OPENERS)
    if t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.is_upper or t.ent_type_ not in ("", "PERSON"):
        return False
    low = t.lower_
    if low in _titles() or low in OCCUPATIONS or low in ORG_HEADS or low in ORG_KIND_OF or low in _KNOWN_KINDS:
        return False
    if _S13_NAME_TITLES and low in _S13_TITLES and first_name_gender(t.text) is None:
        return False  # "Prosecutor [Jane Mills]": a job title opening the sentence (session 13)
    if low in _FIRST_NAMES:
        return True
    if _S12_NAMES_GIVEN and first_name_gender(t.text) is not None and not t.whitespace_.count("\n") \
            and t.i + 1 < len(t.doc) and not t.doc[t.i + 1].is_punct:
        return True  # "the Conservative candidate, Mehmet [Yıldız]": a listed given name right before the surname
    if _S10_NAMES3 and len(role_toks) >= 2 and role_toks[-2].i == t.i - 1:
        prev = role_toks[-2].lower_
        if prev in _titles() or prev.rstrip(".") in _bare_titles() or prev in OCCUPATIONS or _role_noun(prev):
            return True  # "Sheriff Çağrı [Aydın]", "campaigner Tunde [Oyelaran]": a title, then the given name
    line_start = text.rfind("\n", 0, t.idx) + 1
    if after_punct and len(role_toks) == 1 and t.i > 0 and t.doc[t.i - 1].is_punct and t.doc[t.i - 1].text in ",”\"’':;":
        return True
    return len(role_toks) == 1 and (t.i == t.sent.start or not text[line_start:t.idx].strip())


def _possessed_names(doc: Doc, ents: tuple | None = None) -> list[NamedMention]:
    """Personal names inside an ORG entity after its possessive ("National Review’s Ian Tuttle",
    which spaCy's small model tags ORG whole): the name after "’s", two or three capitalised
    words opening with a known first name or ending with a word the article uses again alone
    ("Tuttle also asserts …"), is a person whose role is the organisation."""
    out = []
    text = doc_text(doc)
    for ent in (doc_ents(doc) if ents is None else ents):
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


#: Session 17 (task X, UK local press series x): a title and a surname opening with lower-case
#: particles that the NER tagged ORG ("[Cllr de Villiers]/ORG said", "Lord van der Berg") is a person
#: named by the surname "de Villiers" (:func:`_titled_names`), so the surname joins the full name the
#: article writes ("Hugh de Villiers"); before, the entity became an organisation named "Cllr de
#: Villiers". Particles: :data:`NAME_PARTICLES` (Dutch, French, Spanish, Italian, Afrikaans, Arabic
#: names in any outlet). ``False``: the old reading.
_S17_X_TITLED_PARTICLE = True


def _titled_names(doc: Doc, ents: tuple | None = None) -> list[NamedMention]:
    """Personal names after a title that the NER did not tag PERSON ("*Cllr Marsh* said", tagged
    ORG; "Det Insp Ana Roe"): a non-PERSON entity, or the words right after a sentence-initial
    title, made of :data:`UK_TITLES` / :data:`TITLE_WORDS` words and then one to three capitalised
    proper nouns. The title is the role unless it is an honorific. UK press style (issue 11)."""
    out = []
    text = doc_text(doc)
    for ent in (doc_ents(doc) if ents is None else ents):
        if ent.label_ == "PERSON":
            continue
        toks = [t for t in ent if not (t.is_punct or t.tag_ == "POS" or _padding(t))]
        titles = []
        i = ent.start - 1
        # ``t``: ``doc[i]``, read once per step (speed, session 13)
        while i >= 0 and ((t := doc[i]).lower_.rstrip(".") in _bare_titles() and t.text[:1].isupper()
                          or _padding(t) and i > 0) and len(titles) < 3:
            if not _padding(t):
                titles.insert(0, t)  # "Dr [Nkechi Obi]" with the title outside the entity
            i -= 1
        while toks and toks[0].lower_.rstrip(".") in _bare_titles() and toks[0].text[:1].isupper():
            titles.append(toks.pop(0))
        if _S17_X_TITLED_PARTICLE and titles and 2 <= len(toks) <= 4 and toks[0].text in NAME_PARTICLES \
                and toks[-1].text[:1].isupper() and all(t.text in NAME_PARTICLES for t in toks[:-1]):
            pass  # "[Cllr de Villiers]/ORG", "Lord van der Berg": lower-case particles, then the surname (session 17)
        elif not titles or not 1 <= len(toks) <= 3 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in toks):
            continue
        if any(t.lower_ in ORG_KIND_OF or t.lower_ in _KNOWN_KINDS or t.lower_ in ORG_HEADS for t in toks):
            continue  # "Gen Motors", "Det Police", "Sen. House": not a name
        if _S12_NAMES_GIVEN and len(toks) == 1 and ent.end < len(doc) and ent.end == toks[-1].i + 1:
            nxt = doc[ent.end]  # "[Councillor Amrit]/ORG [Sandhu]/ORG": the NER cut the name after the given name
            if not toks[-1].whitespace_.count("\n") and nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[:1].isupper() \
                    and not nxt.is_upper and nxt.lower_ not in ORG_HEADS and nxt.lower_ not in ORG_KIND_OF \
                    and nxt.lower_ not in _KNOWN_KINDS and nxt.lower_ not in _titles() \
                    and len(_occurrences(text, nxt.text)) > 1:
                toks.append(nxt)
        name = _strip_poss(text[toks[0].idx: toks[-1].idx + len(toks[-1])])
        role = " ".join(t.text for t in titles if t.lower_ not in HONORIFICS and t.lower_.rstrip(".") not in
                        ("dr", "prof", "mr", "mrs", "ms", "miss", "lord", "lady", "baroness", "baron", "rev"))
        out.append(NamedMention(toks[0].idx, toks[-1].idx + len(toks[-1]), name, role or None, titles[0].idx))
    return out


def _misread_person_names(doc: Doc, persons: set[str], ents: tuple | None = None) -> list[NamedMention]:
    """Two- or three-word names the NER tagged ORG whose last word is a person's name elsewhere in
    the article ("Brazil's *Camila Duarte*" tagged ORG, then "Duarte said", tagged PERSON):
    persons (``persons``: lower-cased PERSON words of the article); also after a title word, which
    becomes the role with the capitalised words before it ("Chilean Foreign Minister *Carolina
    Ibáñez*" tagged ORG; issue 11, wire copy). Not when a word names an
    organisation kind ("Duarte Foods"). Session 11 (:data:`_S11_NAMES_MISREAD`): also a name tagged
    ORG or one of :data:`_MISREAD_LABELS` with :func:`_listed_name_alone`'s evidence ("head coach
    [Luís de Almeida]/ORG", "[Kwabena Asante]/WORK_OF_ART … Asante said"), and a capitalised particle
    name tagged ORG ("[De Almeida]/ORG") that ends a full name found here."""
    out = []
    text = doc_text(doc)
    particled: list = []  # "[De Almeida]/ORG": a surname with a particle, read after the full names (_S11_NAMES_MISREAD)
    for ent in (doc_ents(doc) if ents is None else ents):
        if _S16_H2_BULLET_SURNAME and len(ent) == 1 and ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT") and ent.start > 0 \
                and text[ent.start_char - 1:ent.start_char] == " " \
                and text[text.rfind("\n", 0, ent.start_char) + 1:ent.start_char - 1].lstrip()[:1] in _BULLET_FIRST:
            # (the two text tests: a space before the entity, a bullet opening its line; speed)
            prev = doc[ent.start - 1]
            bl = _bullet_len(prev, text)
            given = prev.text[bl:]
            if bl and prev.whitespace_ == " " and given.isalpha() and given[:1].isupper() and (given.lower() in _FIRST_NAMES or first_name_gender(given) is not None) \
                    and ent[0].is_alpha and ent[0].text[:1].isupper() and not ent[0].is_upper:
                a = prev.idx + bl
                out.append(NamedMention(a, ent.end_char, text[a:ent.end_char], None, a))  # "-Craig [Fehrman]/ORG explains"
                continue
        if _S13_NAME_OF_FIRM and ent.label_ == "ORG" and len(ent) >= 4:
            got = _name_of_firm(ent, text)
            if got is not None:
                out.append(got)  # "[Anand Venkatesh of Stanmore Securities]/ORG": the person, the firm the role
                continue
        if _S13_NAME_COLON_LABEL and ent.label_ == "ORG" and len(ent) >= 3 and ":" in text[ent.start_char:ent.end_char]:
            got = _colon_label_name(ent, text, persons)
            if got is not None:
                out.append(got)  # "[De Blasio: Trust Bratton]/ORG": the label's surname (headline)
                continue
        if ent.label_ != "ORG" and not (_S11_NAMES_MISREAD and ent.label_ in _MISREAD_LABELS) or len(ent) < 2:
            continue  # (one token: no name of two words or more)
        toks = [t for t in ent if not (t.is_punct or t.tag_ == "POS" or _padding(t))]
        if toks and toks[0].lower_ == "the":
            continue
        if _S15_NAME_POSTNOMINAL_TRIM:
            while len(toks) > 2 and toks[-1].text in _POST_NOMINAL_CAPS:
                toks.pop()  # "[Helena von Arnim KC]/ORG": the letters are no part of the name (session 15)
        if _S15_NAME_HONORIFIC_ORG and ent.label_ == "ORG" and 2 <= len(toks) <= 4 and _honorific_surname(toks):
            a, b = toks[1].idx, toks[-1].idx + len(toks[-1])
            out.append(NamedMention(a, b, text[a:b], None, toks[0].idx))  # "[Mrs de Villiers]/ORG": her surname
            continue
        # "[Anne-Sophie de la Cruz]/ORG": lower-case surname particles inside the name (_S10_NAMES2)
        core = [t for t in toks[1:-1] if not (_S10_NAMES2 and t.text in NAME_PARTICLES)]
        core = toks[:1] + core + toks[-1:] if len(toks) > 1 else toks
        if not 2 <= len(core) <= 3 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" and t.is_alpha for t in core):
            continue
        if any(t.lower_ in ORG_KIND_OF or t.lower_ in _KNOWN_KINDS or t.lower_ in _titles() or t.lower_ in OCCUPATIONS
               for t in toks):
            continue  # "Comedian Milo Evans" is :func:`occupation_led`'s
        role_toks = []
        i = ent.start - 1
        while i >= 0 and len(role_toks) < 4 and doc[i].text[:1].isupper() and doc[i].is_alpha \
                and "\n" not in doc[i].whitespace_ and (doc[i].pos_ in ("PROPN", "NOUN", "ADJ") or doc[i].ent_type_ == "NORP"):
            role_toks.insert(0, doc[i])
            i -= 1
        titled = bool(role_toks) and role_toks[-1].lower_ in _titles() and role_toks[-1].lower_ not in HONORIFICS
        if ent.label_ != "ORG" or toks[-1].lower_ not in persons and not titled:
            if not (_S11_NAMES_MISREAD and _listed_name_alone(toks, core, text)
                    or _S13_NAME_APPOS and _appositive_name(toks, core, text)):
                if _S11_NAMES_MISREAD and ent.label_ == "ORG" and toks[0].lower_ in NAME_PARTICLES:
                    particled.append(toks)
                continue  # "Chilean Foreign Minister [Carolina Ibáñez]" tagged ORG: a title before it says person
        role = text[role_toks[0].idx: role_toks[-1].idx + len(role_toks[-1])] if titled else None
        out.append(NamedMention(toks[0].idx, toks[-1].idx + len(toks[-1]),
                                text[toks[0].idx: toks[-1].idx + len(toks[-1])], role,
                                role_toks[0].idx if titled else toks[0].idx))
    for toks in particled:  # "[De Almeida]/ORG" after "[Luís de Almeida]/ORG": that person's surname
        want = [t.lower_ for t in toks]
        if any(x.name.lower().split()[-len(want):] == want and len(x.name.split()) > len(want) for x in out):
            a, b = toks[0].idx, toks[-1].idx + len(toks[-1])
            out.append(NamedMention(a, b, text[a:b], None, a))
    return out


#: Session 15 (names in messy layouts): post-nominal letters the NER kept inside a misread
#: entity ("Asked by [Helena von Arnim KC]/ORG, defending,") are taken off its end before
#: :func:`_misread_person_names` reads the words: the letters (:data:`~.ner_fix._POST_NOMINAL_CAPS`)
#: only follow a person's name, and left on they made the last word capitals, no surname (UK court
#: and parliament copy; genre train courts_q03). ``False`` gives the old behaviour.
_S15_NAME_POSTNOMINAL_TRIM = True


#: Session 15 (names in messy layouts): an ORG entity that is a personal honorific and a surname,
#: lower-case particles allowed ("[Mrs de Villiers]/ORG", "[Mr van Tonder]/ORG"), is that person's
#: surname (:func:`_honorific_surname`): no organisation's name opens with Mr, Mrs, Ms, Miss or Mx.
#: Before, the engine made an organisation "Mrs de Villiers". ``False`` gives the old behaviour.
_S15_NAME_HONORIFIC_ORG = True
_PERSONAL_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx"})


def _honorific_surname(toks: list[Token]) -> bool:
    """Whether ``toks`` (an entity's words, punctuation and possessive off) are a personal honorific
    (:data:`_PERSONAL_HONORIFICS`, full stop allowed) and then one to three surname words: capitalised
    proper words, not in capitals, or lower-case particles of :data:`NAME_PARTICLES`, the last one
    capitalised, none an organisation head or kind. :data:`_S15_NAME_HONORIFIC_ORG`."""
    if toks[0].text.rstrip(".") not in _PERSONAL_HONORIFICS or not toks[-1].text[:1].isupper():
        return False
    for t in toks[1:]:
        low = t.lower_
        if not (t.is_alpha and (t.text[:1].isupper() and not t.is_upper or t.is_lower and low in NAME_PARTICLES)) \
                or low in ORG_HEADS or low in ORG_KIND_OF or low in _KNOWN_KINDS:
            return False
    return True


#: Session 13 (names): an ORG entity "<First> <Surname> of <Firm>" ("[Anand Venkatesh of Stanmore
#: Securities]/ORG", "[Maria Kowalczyk of Brightwater Capital]/ORG") is a person, the firm their role
#: (:func:`_name_of_firm`; the small NER's error on 6 of 25 invented names of that shape; rule 1 of
#: ``gold/speakers/README.md``, the person's name without descriptors). ``False`` gives the old
#: behaviour (one organisation).
_S13_NAME_OF_FIRM = True


#: Session 13 (names, PolNeAR train): an ORG entity that runs across a headline label's colon ("[De
#: Blasio: Trust Bratton on security]/ORG") holds, before the colon, a name whose last word is a word
#: of the article's PERSON entities ("Bill de Blasio"): that part is the person's mention
#: (:func:`_colon_label_name`). ``False`` gives the old behaviour (one organisation).
_S13_NAME_COLON_LABEL = True


def _colon_label_name(ent, text: str, persons: set[str]) -> NamedMention | None:
    """The mention of the one- to three-word capitalised name before the first colon of an ORG entity
    (a spaCy Span) when its last word, lower-cased, is in ``persons`` (the lower-cased words of the
    article's PERSON entities) and no word is an organisation head or kind; offsets are characters of
    ``text``; ``None`` otherwise. Session 13 (:data:`_S13_NAME_COLON_LABEL`)."""
    toks = list(ent)
    k = next((i for i, t in enumerate(toks) if t.text == ":"), None)
    if k is None or not 1 <= k <= 3:
        return None
    left = toks[:k]
    if not all(t.text[:1].isupper() and t.is_alpha or t.lower_ in NAME_PARTICLES for t in left) \
            or left[-1].lower_ not in persons or any(
                t.lower_ in ORG_HEADS or t.lower_ in ORG_KIND_OF or t.lower_ in _KNOWN_KINDS or t.lower_ in _titles()
                for t in left):
        return None
    a, b = left[0].idx, left[-1].idx + len(left[-1])
    return NamedMention(a, b, text[a:b], None, a)


def _name_of_firm(ent, text: str) -> NamedMention | None:
    """The person of an ORG entity (a spaCy Span) "<First> <Surname> of <Firm ...>": its first word a
    listed given name with a clear gender (:func:`~..coref.first_name_gender`), its second a
    capitalised proper noun (hyphen parts glued: "Mensah-Appiah"), no title,
    occupation, organisation head or kind, place or building head ("Grace Church of …", "Christian
    Brothers of …"), nor a listed given name before a one-word place ("Maria Theresa of Austria"),
    then "of" and capitalised words. The mention's ``name`` is the two words, its
    ``role`` the words after "of" ("Stanmore Securities"); offsets are characters of ``text``. ``None``
    when the entity is not of that shape. Session 13 (:data:`_S13_NAME_OF_FIRM`)."""
    toks = [t for t in ent if not _padding(t)]
    k = 1
    while k + 2 < len(toks) and toks[k + 1].text in ("-", "‐", "‑") and not toks[k].whitespace_ \
            and not toks[k + 1].whitespace_ and toks[k + 2].text[:1].isupper():
        k += 2  # "Kofi Mensah-Appiah of …"
    if len(toks) < k + 3 or toks[k + 1].lower_ != "of" or first_name_gender(toks[0].text) is None:
        return None
    first, sur = toks[0], toks[1:k + 1]
    firm = [t for t in toks[k + 2:] if not (t.is_punct or t.tag_ == "POS")]
    if not firm or not all(t.text[:1].isupper() or t.lower_ in ("and", "&", "of", "the") for t in firm) \
            or not firm[0].text[:1].isupper():
        return None
    for t in [first] + [t for t in sur if t.is_alpha]:
        low = t.lower_
        if not (t.is_alpha and t.text[:1].isupper() and not t.is_upper) or low in _titles() or low in OCCUPATIONS \
                or low in ORG_HEADS or low in ORG_KIND_OF or low in _KNOWN_KINDS or low in NON_PERSON_HEADS:
            return None
    if len(sur) == 1 and (sur[0].pos_ != "PROPN" or first_name_gender(sur[0].text) is not None and len(firm) == 1):
        return None  # "Maria Theresa of Austria": a given name again and one word (a place), a monarch's style
    a, b = first.idx, sur[-1].idx + len(sur[-1])
    role = text[firm[0].idx: firm[-1].idx + len(firm[-1])]
    return NamedMention(a, b, text[a:b], role, a)


#: Session 13 (names): a two-word name the NER tagged a place, building or body ("Her successor,
#: [Leo Park]/GPE, said") standing between commas after "the/his/her/its/X's … <role or relation
#: noun>," is the person the noun describes (:func:`_appositive_name`). ``False`` gives the old
#: behaviour.
_S13_NAME_APPOS = True
#: Nouns for a person's relation to another or to a post, besides the role nouns of
#: :data:`_ROLE_NOUNS_BEFORE_NAME` (:func:`_appositive_name`).
_RELATION_NOUNS = frozenset("""successor predecessor wife husband partner widow widower son daughter mother father
brother sister spouse fiancé fiancée colleague neighbour neighbor friend boss mentor deputy rival opponent
replacement stepson stepdaughter niece nephew cousin grandson granddaughter""".split())
_APPOS_ROLE_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w'’-]*['’]s?)"
                                r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+([a-z]+)[ \t]*,[ \t]*$")


def _appositive_name(toks: list[Token], core: list[Token], text: str) -> bool:
    """Whether a non-PERSON entity of two capitalised name words (``core``; ``toks`` its words) is a
    person's name in apposition: its first word a listed given name with a clear gender
    (:func:`~..coref.first_name_gender`), its last no organisation head or kind, a comma right
    after it, and before it "the/his/her/its/<Name>'s …" ending in a lower-case role or relation
    noun and a comma ("Her successor, [Leo Park]/GPE,", "The club's captain, [Aisha Hall]/FAC,").
    Offsets: characters of ``text``. Session 13 (:data:`_S13_NAME_APPOS`)."""
    if len(core) != 2 or first_name_gender(core[0].text) is None:
        return False
    last = toks[-1]
    low = last.lower_
    if low in ORG_HEADS or low in ORG_KIND_OF or low in _KNOWN_KINDS or last.is_upper:
        return False
    end = last.idx + len(last)
    if text[end:end + 1] != ",":
        return False
    m = _APPOS_ROLE_BEFORE.search(text, max(0, toks[0].idx - 60), toks[0].idx)
    return m is not None and (m.group(1) in _RELATION_NOUNS or _role_noun(m.group(1)))


#: Entity labels the small NER gives a person's name besides ORG ("[Kwabena Asante]/WORK_OF_ART",
#: "[Lars Eide]/PRODUCT"), read by :func:`_misread_person_names` with :func:`_listed_name_alone`'s evidence.
_MISREAD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "FAC", "LOC", "GPE"})


def _listed_name_alone(toks: list[Token], core: list[Token], text: str) -> bool:
    """Whether a non-PERSON entity of two or three capitalised name words (``core``; ``toks`` with
    any lower-case surname particles) is a person's full name: its first word is a listed first
    name with a clear gender (:func:`~..coref.first_name_gender`), its last word no place,
    building or organisation head (:data:`~.entities.NON_PERSON_HEADS`, :data:`~.entities.ORG_HEADS`),
    and either the article writes the last word more often than the whole name (the surname
    alone: "Kwabena Asante … Asante, for his part, told …") or a lower-case role noun stands right
    before it ("head coach [Luís de Almeida]/ORG"). Session 11 (:data:`_S11_NAMES_MISREAD`; issue 11
    genre train, series k)."""
    last = toks[-1]
    if first_name_gender(core[0].text) is None or last.lower_ in NON_PERSON_HEADS or last.lower_ in ORG_HEADS \
            or last.is_upper or len(last) < 2:
        return False
    doc = last.doc
    prev = doc[toks[0].i - 1] if toks[0].i > 0 else None
    if prev is not None and prev.is_lower and _role_noun(prev.lower_):
        return True
    full = text[toks[0].idx: last.idx + len(last)]
    n_full = text.count(full)
    if text.count(last.text) <= n_full:
        return False  # the whole-word matches are never more than the plain occurrences
    return len(re.findall(rf"(?<![\w'’-]){re.escape(last.text)}(?![\w'’-])", text)) > n_full


#: A capitalised title of office followed by "of" or "for" ("Minister of", "Secretary for",
#: "Chancellor of the"), the start of :func:`_office_titled_names`' shape.
_OFFICE_OF = re.compile(r"([A-Z](?<![\w'’.-].)[a-z]+)[ \t]+(?:of|for)[ \t]+")  # (opening class: as _HONORIFIC_SURNAME3)
#: One word after an office's "of"/"for": a capitalised word or a connector ("the", "and").
_OFFICE_WORD = re.compile(r"[ \t]*([A-ZÀ-ÖØ-Þ][\w'’-]*|the|and|of|for|on)(?![\w'’-])")
#: Capitalised words that may stand before an office title as part of it ("Deputy Minister for …").
_OFFICE_LEAD = frozenset({"acting", "junior", "shadow", "interim"})
_CONNECTORS = frozenset({"the", "and", "of", "for", "on"})
#: Session 13 (names): capitalised job titles the NER keeps inside a PERSON entity ("[Prosecutor
#: Jane Mills]", "[Barrister Tomás Ruiz]") besides :data:`TITLE_WORDS` and
#: :data:`~.entities.OCCUPATIONS`: the role, not the name ("descriptors and titles out of names into
#: ``role``", rule 1 of ``gold/speakers/README.md``). Taken off the name's front in
#: :func:`named_mentions` when two name words follow, or one and the title is no listed given name
#: ("Constable Okoro"; not "Chase Okoro"); never read as a given name the NER left out
#: (:func:`_split_first_name`: "Prosecutor [Jane Mills]"); the role of an untagged capitalised source
#: of three words or more ("Prosecutor Olusegun Bello", :class:`~.resolver.SpeakerResolver`).
#: ``False`` gives the old behaviour.
_S13_NAME_TITLES = True
_S13_TITLES = frozenset("""prosecutor barrister solicitor counsel magistrate coroner constable paramedic firefighter
midwife headteacher headmaster headmistress principal vicar reverend archbishop archdeacon canon priest minister
manager captain skipper referee umpire midfielder striker defender goalkeeper winger forward economist spokesman
chairperson councillor envoy diplomat consul mp mep senator governor mayor drummer guitarist bassist keyboardist
vocalist pianist violinist cellist""".split())


#: Session 13 (names, genre train series o): a title and two capitalised words whose second is the
#: surname of a full PERSON name of the article ("Her father, Pastor Olumide [Adesanya]/GPE" beside
#: "Ife Adesanya") is a person of that family even when the given name is not listed
#: (:func:`~.ner_fix.evidenced_names`), not the named person the surname alone would give. ``False``
#: gives the old behaviour.
_S13_NAME_TITLED_KIN = True


#: Session 13 (names, PolNeAR train): a two-word PERSON entity on a Title Case headline line whose
#: first word is a past-tense verb ("Big-Name Senator [Endorsed Trump]": ends in "-ed", no listed
#: given name) and whose second ends a full name of the article ("Donald Trump") is that surname
#: alone (:func:`named_mentions`). ``False`` gives the old behaviour.
_S13_NAME_HEADLINE_VERB = True


#: Session 13 (ages and surnames; genre train): a hyphenated surname the article names a person by
#: ("Ms [Dunmore-Hale]", a PERSON name of one hyphenated word) written elsewhere right after a
#: capitalised listed given name ("The Conservative MP Felicity Dunmore-Hale", where the small NER
#: tagged the surname ORG and the given name nothing) is that person's full name there
#: (:func:`_hyphen_full_names`); the speaker then takes the full name (rule 1 of
#: ``gold/speakers/README.md``). ``False`` gives the old behaviour (the surname alone).
_S13_AGE_HYPHEN_FULL = True


#: Session 13 (ages and surnames; genre train): a one-word capitalised surname the resolver names a
#: person by where no PERSON name of the article holds it ("Bloom, speaking separately, said", with
#: "Harriet Bloom" written untagged in a question line) takes the full name the text writes with a
#: listed given name (:meth:`NameRules._untagged_full_name`). ``False`` gives the old behaviour.
_S13_AGE_GIVEN_FULL = False  # shipped off: no train case (the one seen, "Harriet", is no listed given name), no test row


def _hyphen_full_names(text: str, named: list[NamedMention]) -> list[NamedMention]:
    """Mentions "<Given> <Hyphen-Surname>" for each one-word hyphenated name in ``named`` (character
    offsets into ``text``) that the text also writes after a capitalised word that is a listed
    given name (:func:`~..coref.first_name_gender`), where no mention of ``named`` covers that
    occurrence. Cost: one substring scan per hyphenated surname (rare)."""
    out: list[NamedMention] = []
    seen: set[str] = set()
    for m in named:
        sur = m.name
        if " " in sur or "-" not in sur.strip("-") or sur in seen or not sur[:1].isupper():
            continue
        seen.add(sur)
        for g in re.finditer(r"\b([A-Z][a-z\u00c0-\u024f'’]+)[ \u00a0]" + re.escape(sur) + r"\b", text):
            a, b = g.start(), g.end()
            if first_name_gender(g.group(1)) is None or any(x.start < b and a < x.end for x in named):
                continue
            out.append(NamedMention(a, b, f"{g.group(1)} {sur}", None, a))
    return out


#: Set False to switch :func:`_office_titled_names` off (session 8 measurements).
_S8_OFFICE = True


def _alone_elsewhere(text: str, word: str, a: int, b: int) -> bool:
    """Whether ``word`` occurs in ``text`` outside ``[a, b)`` as a whole word not right after
    another capitalised word other than a title or honorific ("Wharepapa, a former union leader",
    "said Mr Wharepapa"; not "Tane Wharepapa" again)."""
    for i in _occurrences(text, word):
        if a <= i < b:
            continue
        prev = re.search(r"([\w'’.-]+)[ \t]+$", text[max(0, i - 30):i])
        if prev is None or not prev.group(1)[:1].isupper() or prev.group(1).lower() in _titles():
            return True
    return False


def _office_titled_names(doc: Doc, text: str, ents: tuple) -> list[NamedMention]:
    """Personal names after a long title of office, "<Title> of|for <capitalised words> <First>
    <Last>" ("Minister of Fisheries *Tane Wharepapa*", "Secretary of State *Antony Blinken*",
    "Chancellor of the Exchequer *Rachel Reeves*", "Director of Public Prosecutions *Max Hill*"),
    which the NER tags ORG whole, leaves untagged, or tags PERSON with the department's last word
    ("Agriculture Orla Kinsella"). The title is a capitalised :data:`TITLE_WORDS` word (not an
    honorific) followed by "of" or "for"; the department is one or more capitalised words (with
    "the", "and", "of", "for" between them); the name is the last two or three capitalised words,
    where the article says so: a PERSON entity ending the run after the department's first word,
    a known first name (:data:`_FIRST_NAMES`), the surname written alone elsewhere in the article
    ("Wharepapa rejected the charge"), or a PERSON entity over the whole run. The role is the title and
    department ("Minister of Fisheries"), with a lead word of :data:`_OFFICE_LEAD` or a title word
    before it ("Deputy Minister for Health"). Not on a Title Case headline line. News style for
    offices (issue 11, genre train wire copy); offsets ``[start, end)`` characters of ``text``."""
    out: list[NamedMention] = []
    persons = None
    seen = 0  # the end of the last title's words: "State for …" inside "Secretary of State for …" is no title
    for m in _OFFICE_OF.finditer(text):
        title = m.group(1).lower()
        if title not in _titles() or title in HONORIFICS or title in UK_TITLES or m.start() < seen:
            continue
        words: list[tuple[int, int]] = []
        pos = m.end()
        while len(words) < 10:
            w = _OFFICE_WORD.match(text, pos)
            if w is None:
                break
            words.append((w.start(1), w.end(1)))
            pos = w.end(1)
        seen = pos
        while words and text[words[-1][0]:words[-1][1]] in _CONNECTORS:
            words.pop()
        if words and _POSS.search(text[words[-1][0]:words[-1][1]]):
            a, b = words[-1]
            words[-1] = (a, b - len(_POSS.search(text[a:b]).group()))
        tail = []  # the capitalised words after the last connector
        for a, b in reversed(words):
            if text[a:b] in _CONNECTORS:
                break
            tail.insert(0, (a, b))
        if len(tail) < 3 or _title_case_line(text, m.start()):
            continue  # "Minister of Mines Ana Roe Resigns Over Deal": a headline's words run on
        low = [text[a:b].lower() for a, b in tail]
        if persons is None:
            persons = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"]
        k = None
        for ps, pe in persons:
            if pe >= tail[-1][1] - 1 and ps <= tail[-1][0]:  # a PERSON entity ending the run
                if ps <= tail[0][0]:
                    k = len(tail) - 2  # "[Agriculture Orla Kinsella]": the NER joined the department
                else:  # "State [Antony Blinken]": the NER's name, of two or three words
                    k = next((i for i, (a, _) in enumerate(tail) if a == ps and len(tail) - 3 <= i <= len(tail) - 2),
                             None)
                break
        if k is None:
            k = next((i for i in range(max(1, len(tail) - 3), len(tail) - 1) if low[i] in _FIRST_NAMES), None)
        if k is None and _alone_elsewhere(text, text[tail[-1][0]:tail[-1][1]], m.start(), tail[-1][1]):
            k = len(tail) - 2  # "Minister of Fisheries Tane Wharepapa … Wharepapa said"
        if k is None or any(w in _titles() or w in ORG_HEADS or w in ORG_KIND_OF or w in _KNOWN_KINDS
                            or w in OCCUPATIONS for w in low[k:]):
            continue
        rs = m.start()
        while True:  # "Deputy Minister for …", "Acting Secretary of …"
            lead = re.search(r"([A-Z][a-z]+)[ \t]+$", text[max(0, rs - 20):rs])
            if lead is None or (lead.group(1).lower() not in _OFFICE_LEAD and lead.group(1).lower() not in _titles()) \
                    or lead.group(1).lower() in HONORIFICS:
                break
            rs -= len(lead.group(0))
        a, b = tail[k][0], tail[-1][1]
        role = text[rs:tail[k - 1][1]]
        out.append(NamedMention(a, b, text[a:b], role, rs))
    return out


def _apposition_role(rest: str) -> str | None:
    """The role in an apposition after the name: "Chad Bown, *an expert on trade at the Peterson
    Institute*, said" → "expert on trade at the Peterson Institute" (up to a relative clause)."""
    m = _RX_2.match(rest)
    if not m:
        return None
    role = m.group(1).strip(" ,.;:")
    return role if role and not _RX_3.match(role) else None


# -- name rules of the resolver ------------------------------------------------------------------
#: What may stand between a description and a name in apposition to it: a comma, dash or opening
#: parenthesis, then capitalised words only ("— Indiana Gov. ").
#: Session 16 (helper h2, PolNeAR train, real text): a plural source span that stops before its
#: modifier and a dashed apposition ("The Republican senators" | "running for president -- Ted Cruz of
#: Texas, Lindsey Graham of South Carolina … --") takes the first name of the apposition, as "Two
#: economists, Lena Brody and …" does (rule 6 of ``gold/speakers/README.md``, the first-named;
#: :meth:`NameRules._appositive_name`). ``False`` gives the old behaviour.
_S16_H2_DASH_APPOS = True
#: The gap between such a span and the name: one to five lower-case words, then a dash (and titles).
_MODIFIER_DASH_GAP = re.compile(rf"^\s+(?:[a-z][\w'’-]*\s+){{1,5}}(?:--?|[{DASHES}])\s*(?:[A-Z][\w.'’-]*\s+)*$")
#: Session 16 (helper h2, PolNeAR train, real text): a short capitalised source span followed by
#: capitalised words, a title and a full name that a speech verb follows ("CBS | This Morning
#: co-Anchor DeMarco Morgan said") is that person, not the outlet (:meth:`NameRules._outlet_role_name`).
#: ``False`` gives the old behaviour.
_S16_H2_OUTLET_ROLE = True
#: Capitalised words (a show's or desk's name) and a title ("co-Anchor", "anchor") before the name.
_OUTLET_TITLE_GAP = re.compile(r"\s+(?:[A-Z][\w'’.&-]*\s+){0,4}(?:[\w-]*[A-Za-z]\s+)?")
#: A speech verb right after the name (:data:`_S16_H2_OUTLET_ROLE`).
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|tells|asked|asks|added|adds|noted|notes|wrote|writes)\b")
_APPOS_GAP = re.compile(rf"^\s*(?:,|\(|[{DASHES}]|--?)\s*(?:[A-Z][\w.'’-]*\s+)*$")
#: Session 16 h6 (genre train series w): a name in apposition after a description may carry its
#: own lower-case role noun ("Another resident, retired engineer Tavita Fa'amausili,", "a
#: neighbour, local farmer Ana Ruiz,"): the name is still the speaker (rule 6 of
#: ``gold/speakers/README.md``), not an anonymous source. ``False`` gives the old behaviour.
_S16_H6_APPOS_ROLE = True
#: A comma, then one to three lower-case words ending with a role noun (group "noun", checked
#: against :data:`_ROLE_NOUNS_BEFORE_NAME`), then capitalised words only, up to the name
#: (:data:`_S16_H6_APPOS_ROLE`; matched from the description's end to the name's start).
_APPOS_ROLE_GAP = re.compile(r"\s*,\s*(?:[a-z][\w'’-]*\s+){0,2}(?P<noun>[a-z][\w-]*)\s+(?:[A-Z][\w.'’-]*\s+)*$")
#: Words that make the lower-case gap of :data:`_APPOS_ROLE_GAP` an example or a list, not a role
#: ("Critics, including lawyer Ana Ruiz,").
_APPOS_NOT_ROLE = frozenset("""like including include includes such as and or with among especially notably
from of for by to who which the a an his her their its""".split())


#: A brand written in camel case: an inner capital after three or more lower-case letters
#: ("HuffPollster", "PolitiFact"), which surnames with a Mc/Mac/De/La prefix do not have.
_CAMEL_BRAND = re.compile(r"[A-Z][a-z]{3,}[A-Z]")


#: A name given as an example of a group ("Constitutionalists, like Texas Sen. Ted Cruz,", "experts
#: such as Ana Ruiz"): not the group's name (rule 3 of ``gold/speakers/README.md``: the group is
#: anonymous).
_EXAMPLE_BEFORE = re.compile(r"\b(?:like|such as|including|especially|notably)\s+(?:[A-Z][\w.'’-]*\s+)*$")


#: Role nouns that stand right before a name as its title ("Bernstein *analyst* Marcus Lee", "union
#: *organiser* Ana Roe"): occupations and title words written in lower case.
_ROLE_NOUNS_BEFORE_NAME = frozenset(w for w in TITLE_WORDS | OCCUPATIONS if w.isalpha()) | frozenset(
    """analyst analysts economist strategist researcher professor lawyer attorney spokesman spokeswoman
    spokesperson organiser organizer campaigner activist consultant adviser advisor pollster chief executive
    manager coach striker midfielder defender captain founder owner chairman chairwoman director editor
    correspondent reporter columnist""".split()) - {"former", "state", "house", "candidate", "nominee", "vice", "deputy",
                                                    "prime", "general", "chief"}
#: Session 14 round 3 (genre train series r, inquest and inquiry copy): court and inquest posts
#: written in lower case right before a name ("senior *coroner* Helena X", "consultant *pathologist*
#: Dr Y", "*barrister* Z") make the name a person whatever the NER tagged (the small model took
#: "senior coroner Helena X" for an ORG, so "Coroner criticises …" took an organisation "Coroner").
#: ``False`` gives the old behaviour.
_S14_GRP_COURT_ROLES = True
if _S14_GRP_COURT_ROLES:
    _ROLE_NOUNS_BEFORE_NAME = _ROLE_NOUNS_BEFORE_NAME | frozenset(
        """coroner pathologist barrister solicitor prosecutor magistrate registrar""".split())
#: Session 15 (names in messy layouts): more lower-case role nouns that stand right before a name
#: ("Opposition *lawmaker* [Fatou Bintou Sarr]/FAC", "Leeds *winger* X", "Ryanair *pilot* Y",
#: "*midwife* Z"): legislators, sport positions, trades and professions of news copy (AP and
#: Reuters style put the role, lower case, before the name). Not "official" nor "resident", which
#: also modify an organisation's name ("the official Xinhua News Agency"). Genre train wire_r01.
#: ``False`` gives the old behaviour.
_S15_ROLE_NOUNS_MORE = True
_S15_ROLE_NOUNS_ADDED = frozenset(
    """lawmaker lawmakers legislator legislators winger forward goalkeeper keeper trainer promoter pilot
        guitarist drummer bassist engineer driver envoy diplomat banker trader skipper batsman bowler jockey
        boxer referee cyclist sprinter swimmer midwife paramedic firefighter dentist pharmacist psychiatrist
        therapist priest vicar cleric restaurateur lecturer headteacher headmaster academic epidemiologist
    virologist counsellor mediator negotiator rapporteur""".split()) - _ROLE_NOUNS_BEFORE_NAME
if _S15_ROLE_NOUNS_MORE:
    _ROLE_NOUNS_BEFORE_NAME = _ROLE_NOUNS_BEFORE_NAME | _S15_ROLE_NOUNS_ADDED


def _role_noun(low: str) -> bool:
    """Whether the lower-cased word ``low`` is a role noun that stands right before a name:
    :data:`_ROLE_NOUNS_BEFORE_NAME`, or a title of letters only of :data:`_R2C_TITLE_WORDS` while
    :data:`_S16_R2C_TITLES` is on (:func:`_r2c_title`, read per call)."""
    return low in _ROLE_NOUNS_BEFORE_NAME or (low.isalpha() and _r2c_title(low))
#: "Khizr and " right before a full name ("Khizr and Ghazala Khan"): a given name and "and".
_JOINT_FIRST = re.compile(r"(?<![\w’'.-])([A-ZÀ-ÖØ-Þ][a-zà-ÿ][\w’'-]*)[ \t]+and[ \t]+$")


def joint_names(text: str, named: list[NamedMention]) -> list[NamedMention]:
    """Joint names of two people who share a surname, "<First> and <First> <Surname>" ("Khizr and
    Ghazala Khan", "David and Jeanne Heidler"), as one :class:`NamedMention` each (name as
    written, ``[start, end)`` from the first given name to the surname). Rule 6 of
    ``gold/speakers/README.md``: a joint name the article itself uses stays joint. ``named``:
    :func:`named_mentions`; the second person is one of them, of two words; the first word is a
    given name: a known first name, a PERSON mention of its own, or written with the same surname
    elsewhere ("Khizr Khan"); not a capitalised word's continuation ("Donald Trump and Melania
    Trump"), a surname of the article, or a first name the article uses alone for someone with another
    surname ("Bernie and Hillary Clinton" when "Bernie Sanders" and "Bernie" are written). Empty when session 9's rules are off."""
    if not _S9_NAMES:
        return []
    out: list[NamedMention] = []
    full = [norm_tokens(m.name) for m in named if len(norm_tokens(m.name)) >= 2]
    surnames = {t[-1] for t in full}
    alone = {m.start for m in named if len(m.name.split()) == 1}
    for m in named:
        toks = norm_tokens(m.name)
        if len(toks) != 2 or len(m.name.split()) != 2:
            continue
        j = _JOINT_FIRST.search(text, max(0, m.start - 40), m.start)
        if j is None or re.search(r"[A-Z][\w’'.-]*[ \t]+$", text[max(0, j.start() - 30):j.start()]):
            continue
        x = norm_tokens(j.group(1))
        if len(x) != 1:
            continue
        w = x[0]
        if w in surnames or w in _titles() or w in OCCUPATIONS or w in ORG_HEADS or w in ORG_KIND_OF \
                or w in PRONOUNS or w in QUESTION_OPENERS:
            continue
        if any(t[0] == w and t[-1] != toks[-1] for t in full) and any(
                norm_tokens(n.name) == [w] for n in named if n.start != j.start(1)):
            continue  # "Bernie and Hillary Clinton" where "Bernie" alone is Bernie Sanders
        if not (w in _FIRST_NAMES or j.start(1) in alone or [w, toks[-1]] in full):
            continue
        out.append(NamedMention(j.start(1), m.end, f"{j.group(1)} and {m.name}", m.role, j.start(1)))
    return out


class NameRules:
    """Rules that resolve a mention by a name written in or next to it: mixed into
    :class:`~saidwhat.pipeline.speakers.SpeakerResolver` (uses ``text``, ``named``, ``cands`` and
    the registry's :meth:`~.entities.EntityRegistry._person`)."""

    def _full_name_for(self, surname: str, pos: int) -> NamedMention | None:
        """Nearest longer PERSON name ending (or starting) with ``surname`` (one or more words,
        compared without case and apostrophe style: "De Blasio" → "Bill de Blasio",
        "O'Neill" → "James O’Neill"), before ``pos`` if any, else the first after it."""
        want = norm_tokens(surname)
        n = len(want)
        if not n:
            return None
        memo = self.__dict__.get("_full_name_memo")
        if memo is None or memo[0] is not self.named:
            memo = self._full_name_memo = (self.named, {})
        cands = memo[1].get(tuple(want))
        if cands is None:
            cands = memo[1][tuple(want)] = self._full_name_cands(want)
        if _S10_HONORIFIC and pos < len(self.text):
            m = self._honorific_name(want, pos, memo[1])
            if m is not None:
                return m
        before = [m for m in cands if m.start < pos]
        if before:
            return before[-1]
        return cands[0] if cands else None

    def _untagged_full_name(self, surname: str, pos: int) -> str | None:
        """The full name "<Given> <surname>" the text writes for a one-word surname the NER tagged
        nowhere with its given name ("Q: Harriet Bloom plays …" untagged, then "Bloom, speaking
        separately, said"): the capitalised word right before an occurrence of ``surname`` that is
        a listed given name (:func:`~..coref.first_name_gender`), when all such occurrences give
        the same one; else ``None``. ``pos`` (the mention's start) is not itself a candidate.
        Session 13 (:data:`_S13_AGE_GIVEN_FULL`; rule 1 of ``gold/speakers/README.md``: the
        person's full name). One substring scan of the text per call."""
        if not _S13_AGE_GIVEN_FULL or " " in surname or len(surname) < 3 or not surname[:1].isupper():
            return None
        given = {g.group(1) for g in re.finditer(r"\b([A-Z][a-z\u00c0-\u024f'’]+)[ \u00a0]" + re.escape(surname) + r"\b",
                                                self.text) if g.end(1) + 1 != pos
                 and g.group(1).lower() not in _titles() and first_name_gender(g.group(1)) is not None}
        return f"{given.pop()} {surname}" if len(given) == 1 else None

    def _honorific_name(self, want: list[str], pos: int, memo: dict, gender: str | None = None) -> NamedMention | None:
        """The full name a surname written after a gendered honorific at ``pos`` stands for when
        two or more people of the article share that surname ("Amy Holt" and her mother
        "Jean Holt", then "Mrs Holt"; "Jean" and her son "Owen Holt", then "Mr Holt"):
        the nearest full name before ``pos`` of the honorific's gender (Mr/Sir → ``m``,
        Mrs/Ms/Miss/Dame → ``f``; gender from the name's cluster, which holds first-name and pronoun
        votes, else :func:`~saidwhat.pipeline.coref.first_name_gender`), else the first after it;
        names of unknown gender only when none is known to fit. ``None`` when there is no such
        honorific (the text may open with it at ``pos`` or end with it just before), one person
        only, or no name that fits: :meth:`_full_name_for` then chooses as before. British and US
        news style (an honorific refers back to the adult last named with it); the person the reader
        would take (rule 6 of ``gold/speakers/README.md``). O(candidates) per call."""
        text = self.text
        if gender is not None:
            g = gender  # ``gender``: the caller read the honorific ("Mr and Mrs Adeyemi": the first's, session 14)
        else:
            if text[pos:pos + 1] not in _HONORIFIC_INITIALS and not any(c in _HONORIFIC_INITIALS for c in text[max(0, pos - 8):pos]):
                return None  # no honorific's first letter at ``pos`` or in the 8 characters before it: neither pattern below can match
            h = _RX_4.match(text[pos:pos + 8])
            if h is not None and _S14_FAM_GENDER and text.startswith("and ", pos + h.end()):
                h = _JOINT_HONORIFIC.match(text[pos:pos + 24])  # "Mr and Mrs Adeyemi": the first's (rule 6)
            if h is None or norm_tokens(text[pos + h.end():pos + h.end() + 60])[:len(want)] != want:
                h = _GENDERED_HONORIFIC.search(text, max(0, pos - 8), pos)
            if h is None:
                return None
            g = _HONORIFIC_GENDER[h.group(1).lower()]
        raw = memo.get(("raw",) + tuple(want))
        if raw is None:
            raw = memo[("raw",) + tuple(want)] = self._full_name_cands(want, raw=True)
        if len({m.name for m in raw}) < 2:
            if _S14_FAM_GENDER and raw and self._fam_gender(raw[0].name) not in (None, g):
                return self._spouse_name(want, g, pos)  # "Mrs Asante" where only her husband is named Asante
            return None
        known, unknown = [], []
        for m in raw:
            mg = self._name_gender(m.name)
            (known if mg == g else unknown if mg is None else []).append(m)
        pool = known or unknown
        if not known and _S14_FAM_GENDER:
            spouse = self._spouse_name(want, g, pos)
            if spouse is not None:
                return spouse  # "Mrs Asante" after "Asante married Comfort Mensah"
        if not pool:
            return None
        before = [m for m in pool if m.start < pos]
        return before[-1] if before else pool[0]

    def _honorific_speaker(self, start: int, end: int) -> str | None:
        """The speaker key of a surname mention ``[start, end)`` that opens with a gendered
        honorific ("Mr Holt", "Mrs Holt") when two or more people of the article share the
        surname (:meth:`_honorific_name`), else ``None`` (the ranker or the name rules decide)."""
        if not _S10_HONORIFIC:
            return None
        words = self.text[start:end].split()
        gender = None
        if _S14_FAM_GENDER and 4 <= len(words) <= 5 and words[1] == "and" and words[0].rstrip(".").lower() \
                in _HONORIFIC_GENDER and words[2].rstrip(".").lower() in _HONORIFIC_GENDER:
            # "Mr and Mrs Adeyemi": the first-named, whom the first honorific picks (rule 6)
            gender = _HONORIFIC_GENDER[words[0].rstrip(".").lower()]
            words = words[:1] + words[3:]
        if not 2 <= len(words) <= 3 or words[0].rstrip(".").lower() not in _HONORIFIC_GENDER:
            return None
        want = norm_tokens(_strip_poss(" ".join(words[1:]).strip(" ,.;:")))
        if not want:
            return None
        memo = self.__dict__.get("_full_name_memo")
        if memo is None or memo[0] is not self.named:
            memo = self._full_name_memo = (self.named, {})
        m = self._honorific_name(want, start, memo[1], gender)
        if m is None:
            return None
        self.via, self.confidence = "name", 0.9
        return self._person(m.name, m.role, start).key

    def _name_gender(self, name: str) -> str | None:
        """``m``, ``f`` or ``None`` for the person ``name``: its cluster's gender (first-name and
        pronoun votes, :class:`~saidwhat.pipeline.coref.Cluster`), else its first word's
        (:func:`~saidwhat.pipeline.coref.first_name_gender`)."""
        if _S14_FAM_GENDER:
            got = self._fam_gender(name)
            if got is not None:
                return got
        cl = getattr(getattr(self, "cands", None), "clusters", None) or []
        c = next((c for c in cl if c.kind == "person" and c.name == name), None)
        if c is not None and c.gender is not None:
            return c.gender
        first = norm_tokens(name)[:1]
        if not first:
            return None
        if first[0] in _FEMALE and first[0] not in _MALE:
            return "f"
        if first[0] in _MALE and first[0] not in _FEMALE:
            return "m"
        return first_name_gender(first[0])

    def _fam_gender(self, name: str) -> str | None:
        """``m``/``f`` for the person ``name`` from its given name alone (a clear listed first name,
        :func:`~saidwhat.pipeline.coref.first_name_gender`) or from a gendered kin noun written right
        before one of its mentions ("his *wife*, the costume designer Aiko Nakamura",
        :data:`_KIN_BEFORE_NAME`), else ``None``. Session 14 (:data:`_S14_FAM_GENDER`): where people
        share a surname their clusters' pronoun votes are mixed, so these come first. O(mentions)."""
        first = norm_tokens(name)[:1]
        if first:
            if first[0] in _FEMALE and first[0] not in _MALE:
                return "f"
            if first[0] in _MALE and first[0] not in _FEMALE:
                return "m"
            g = first_name_gender(first[0])
            if g is not None:
                return g
        for m in self.named:
            if m.name == name:
                k = _KIN_BEFORE_NAME.search(self.text, max(0, m.start - 60), m.start)
                g = _KIN_GENDER.get(k.group("noun")) if k is not None else None
                if g is not None:
                    return g
        return None

    def _spouse_name(self, want: list[str], g: str, pos: int) -> NamedMention | None:
        """The person a "Mrs X" (``g`` ``f``) or "Mr X" (``m``) at ``pos`` stands for when no one
        the text names X fits the honorific: the person of a full name not ending in X whom the
        text marries to an X ("Asante *married* Comfort Mensah", "X and his *wife*, Comfort
        Mensah": her maiden name, the only full form the text gives), the sentence before the verb
        or noun naming the surname ``want``; the nearest before ``pos``, else ``None``. Session 14
        (:data:`_S14_FAM_GENDER`; genre README, series q: "Mrs Asante" takes her maiden name)."""
        best = None
        for m, t in self._named_tokens():
            if len(t) < 2 or t[-len(want):] == want or m.start >= pos and best is not None:
                continue
            k = _SPOUSE_BEFORE_NAME.search(self.text, max(0, m.start - 60), m.start)
            if k is None or {"wife": "f", "widow": "f", "husband": "m", "widower": "m"}.get(k.group("rel"), g) != g:
                continue
            lo = max(self.text.rfind(". ", 0, k.start()), self.text.rfind("\n", 0, k.start()), 0)
            if want != norm_tokens(self.text[lo:k.start()])[-len(want):] and not any(
                    want == norm_tokens(w)[-len(want):] for w in re.findall(r"[A-Z][\w'’-]*", self.text[lo:k.start()])):
                continue
            if self._fam_gender(m.name) not in (None, g):
                continue
            if m.start < pos or best is None:
                best = m
        return best

    def _relation_speaker(self, start: int, end: int, prev: str | None) -> str | None:
        """The speaker key of a bare kin source "his wife", "Her husband", "their mother" at
        ``[start, end)`` (a possessive determiner and a gendered kin noun of :data:`_KIN_GENDER`,
        nothing else): the person the text names in that relation before it (the nearest name
        written right after the same noun, "Funmilayo Adeyemi and her *husband*, Adewale"), else
        the person sharing the surname of the previous speaker ``prev`` whose gender fits the noun
        and who is not ``prev`` ("Mr Adeyemi said … ¶ ‘…,’ *his wife* said" → Folake Adeyemi),
        never the possessor. ``None`` when neither is found. Session 14 (:data:`_S14_FAM_GENDER`;
        rule 1, the person the mention stands for). O(named mentions)."""
        if not _S14_FAM_GENDER:
            return None
        words = self.text[start:end].split()
        if len(words) != 2 or words[0].lower() not in ("his", "her", "their"):
            return None
        noun = words[1].lower()
        g = _KIN_GENDER.get(noun)
        if g is None:
            return None
        best = None
        for m in self.named:
            if m.start >= start:
                break
            k = _KIN_BEFORE_NAME.search(self.text, max(0, m.start - 60), m.start)
            if k is not None and k.group("noun") == noun and len(m.name.split()) <= 3:
                best = m
        if best is None and prev is not None and prev in self.entities and noun in ("wife", "husband"):
            pname = self.entities[prev].name
            ptoks = norm_tokens(pname)
            if len(ptoks) >= 2:
                fam = [m for m, t in self._named_tokens() if m.start < start and len(t) >= 2 and t[-1] == ptoks[-1]
                       and m.name != pname and self._name_gender(m.name) in (None, g)]
                if len({m.name for m in fam}) == 1:
                    best = fam[-1]
        if best is None:
            return None
        self.via, self.confidence = "nominal", 0.7
        return self._person(best.name, best.role, start).key

    def _named_tokens(self) -> list[tuple[NamedMention, list[str]]]:
        """Each mention of :attr:`named` with :func:`~saidwhat.pipeline.coref.norm_tokens` of its
        name (one shared list per mention, which callers only read), in :attr:`named`'s order; built
        once per article (rebuilt when :attr:`named` is replaced)."""
        got = self.__dict__.get("_named_tokens_memo")
        if got is None or got[0] is not self.named:
            got = self._named_tokens_memo = (self.named, [(m, norm_tokens(m.name)) for m in self.named])
        return got[1]

    def _full_name_cands(self, want: list[str], raw: bool = False) -> list[NamedMention]:
        """The names of :attr:`named` that :meth:`_full_name_for` chooses among for the name words
        ``want`` (not empty), in text order; the same for every position, so kept per article.
        ``raw``: every such name, before several people sharing the surname are cut to the one
        named most often."""
        n = len(want)
        named = self._named_tokens()  # (mention, its name words), once per article
        cands = [m for m, t in named if len(t) > n and t[-n:] == want]
        if not cands and n == 1:
            cands = [m for m, t in named if len(m.name.split()) >= 2 and want[0] in t]
        if len(cands) > 1 and not raw:
            # several people share the surname: the one named most often (the article's subject)
            counts: dict[str, int] = {}
            ctoks = [(c, norm_tokens(c.name)) for c in cands]
            for m, t in named:
                for c, ct in ctoks:
                    if t == ct or (len(t) == 1 and t[0] in (ct[0], ct[-1])):
                        counts[c.name] = counts.get(c.name, 0) + 1
            top = max(counts.values(), default=0)
            if top and sum(1 for v in counts.values() if v == top) == 1:
                cands = [c for c in cands if counts.get(c.name) == top]
        return cands

    def _outlet_role_name(self, start: int, end: int) -> str | None:
        """The speaker key of the full name that a short capitalised source span (an outlet, a
        body: "CBS") only opens, when the span runs on in capitalised words and a title to that
        name and a speech verb follows it ("CBS | This Morning co-Anchor DeMarco Morgan said"): the
        source finder stopped at the outlet, the title names the speaker (rule 1 of
        ``gold/speakers/README.md``). ``None`` otherwise. Offsets ``[start, end)`` are characters;
        one binary search over :attr:`named`. :data:`_S16_H2_OUTLET_ROLE`."""
        if not _S16_H2_OUTLET_ROLE or end - start > 30 or not self.text[start:start + 1].isupper():
            return None
        if len(self.text[start:end].split()) > 3 or not all(w[:1].isupper() for w in self.text[start:end].split()):
            return None
        m = next(iter(self._names_in(end, end + 60)), None)
        if m is None or m.role is None or len(m.name.split()) < 2:
            return None
        if not _OUTLET_TITLE_GAP.fullmatch(self.text[end:m.start]) or not _SPEECH_AFTER.match(self.text, m.end):
            return None
        self.via, self.confidence = "name", 0.8
        return self._person(m.name, m.role, start).key

    def _named_joint(self) -> list[NamedMention]:
        """:attr:`named` with each joint name (:func:`joint_names`) in place of the names it
        holds ("Khizr and Ghazala Khan" for "Khizr" and "Ghazala Khan" there), by start; built once."""
        got = getattr(self, "_named_j", None)
        if got is None:
            joints = self._joints()
            got = sorted([m for m in self.named if not any(j.start <= m.start < j.end for j in joints)] + joints,
                         key=lambda m: m.start) if joints else self.named
            self._named_j = got
        return got

    def _joints(self) -> list[NamedMention]:
        """The article's joint names (:func:`joint_names`), built once."""
        got = getattr(self, "_joint_list", None)
        if got is None:
            got = self._joint_list = joint_names(self.text, self.named)
        return got

    def _joint_in(self, start: int, end: int) -> NamedMention | None:
        """The joint name (:func:`joint_names`) that opens the names of the mention ``[start, end)``
        ("*Khizr and Ghazala Khan*, the Gold Star parents whose appearance … for Donald Trump,"),
        else ``None``."""
        joints = self._joints()
        if not joints:
            return None
        j = next((j for j in joints if start <= j.start and j.end <= end), None)
        if j is None or any(start <= m.start < j.start for m in self.named):
            return None
        return j

    def _headline_label_name(self, start: int, end: int) -> NamedMention | None:
        """The person a headline label ``text[start:end]`` names, or ``None`` (:data:`_S12_HEAD_LABEL`).

        The label must hold exactly one PERSON name of :attr:`named`, of two words or more and no
        possessor ("Ana Roe's"), and the body must name that person again after ``end`` (the same
        full name, or its last word alone): "A lesson from Ana Roe: '…'" … "Roe said". The caller
        checks that the mention lies above the lead and is classed anonymous. Cost: one pass over
        :attr:`named` per such mention (headlines only)."""
        if not _S12_HEAD_LABEL:
            return None
        inside = self._names_in(start, end)
        inside = [m for m in inside if m.end <= end]
        if len(inside) != 1:
            return None
        m = inside[0]
        words = m.name.split()
        if len(words) < 2 or re.match(r"['’]s?\b", self.text[m.end:m.end + 2]):
            return None
        last = words[-1]
        if not any(o.start >= end and (o.name == m.name or o.name == last) for o in self.named):
            return None
        return m

    def _opens_with_name(self, start: int, head_end: int) -> bool:
        """Whether the mention's head part ``[start, head_end)`` is a full name of two words or more
        (:attr:`named`, after an optional "the" or titles it holds): "Arturo SarukhÃ¡n, Mexico's
        ambassador …", whose mojibake surname the NER tags CARDINAL, is that person, no anonymous
        group (rule 1 of ``gold/speakers/README.md``; session 9)."""
        return _S9_NAMES and any(m.role_start <= start + 4 and start <= m.start and m.end <= head_end
                                 and m.end >= head_end - 3 and len(m.name.split()) >= 2 for m in self.named)

    def _joint_plural(self, mention: str) -> NamedMention | None:
        """The joint name a plural surname stands for ("the Khans", "Khans:" in a headline, for
        "Khizr and Ghazala Khan"; rule 6 of ``gold/speakers/README.md``), else ``None``."""
        joints = self._joints()
        if not joints:
            return None
        m = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][\w’'-]*?)(?:e?s)(?:['’])?", mention.strip(" ,.:;"))
        if m is None:
            return None
        want = norm_tokens(m.group(1))
        return next((j for j in joints if want and norm_tokens(j.name)[-1:] == want), None)

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
        A span that stops at a role noun right before a full name ("Bernstein analyst" | "Marcus
        Lee said …") takes that name: the role is the name's title (session 9).
        Offsets ``[start, end)`` are characters.
        """
        for m in self._named_joint():
            if m.start < head_end or len(m.name.split()) < 2:
                continue
            if _S9_NAMES and head_end >= end - 1 and m.start in (end + 1, end + 2) and self.text[end:m.start].strip() == "" \
                    and re.search(r"(?<![\w’'-])[a-z]{3,}$", self.text[start:end].rstrip()) \
                    and _role_noun(self.text[start:end].rstrip().rsplit(None, 1)[-1]):
                return m  # "Bernstein analyst" | "Marcus Lee said": the role's holder
            if _S16_H2_DASH_APPOS and m.end > end and head_end >= end - 1 and m.start - end < 60 \
                    and _MODIFIER_DASH_GAP.match(self.text[end:m.start]) \
                    and re.search(r"(?<![\w’'-])[a-z]{3,}s$", self.text[start:end].rstrip()) \
                    and re.match(rf"\s*(?:of\b[^,{DASHES}]*)?(?:,|[{DASHES}]|--?|and\b)", self.text[m.end:m.end + 60]):
                return m  # "The Republican senators" | "running for president -- Ted Cruz of Texas, …" (session 16)
            if m.end > end and not (head_end >= end - 1 and m.start - end < 40
                                    and re.match(rf"\s*(?:,|\)|[{DASHES}]|--?|and\b)", self.text[m.end:m.end + 5])):
                break  # past the mention: only an apposition the source span left out ("Two economists, Lena Brody and …")
            if _APPOS_GAP.match(self.text[head_end:m.start]):
                return m
            if _S16_H6_APPOS_ROLE:
                g = _APPOS_ROLE_GAP.match(self.text, head_end, m.start)
                if g is not None and _role_noun(g.group("noun").lower()) \
                        and not any(w.lower() in _APPOS_NOT_ROLE for w in g.group(0).split()):
                    return m  # "Another resident, retired engineer Tavita Fa'amausili,": the role's holder
            break
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

    def _capitalised_name(self, mention: str, start: int) -> str | None:
        """A capitalised name the NER did not tag, with or without an apposition ("Black Lives
        Matter", "Priorities USA, a pro-Clinton super PAC,", "The Islamic State", "HUFFPOLLSTER"):
        a person when a first name or a title says so ("Joh Husted, Ohio Secretary of State,"),
        else an organisation."""
        head = _head_part(mention)
        rest = mention[len(head):] if mention.startswith(head) else ""
        from . import organisations as _orgs
        if _orgs._S12_ORG4_RUNS and head == mention.strip() and self.text.startswith(head, start):
            # a source span cut inside the name: "The Finance Workers" | "' Union" (org round 4)
            head += _orgs.run_continuation(self.text, start + len(head), head, self.doc)
        head = re.sub(r"^(?:the|The|THE)\s+", "", _strip_poss(head)).strip()
        ws = head.split()
        if not 1 <= len(ws) <= 5 or not ws[0][:1].isupper() or self.text[start:start + 1].islower():
            return None
        if not all(w[:1].isupper() or w in ("of", "for", "and", "de", "the", "on") or _orgs._S12_ORG4_RUNS
                   and w in _orgs._RUN_PARTICLES for w in ws):
            return None
        low = [w.lower() for w in ws]
        if all(w in _titles() or w in OCCUPATIONS or w in ORG_HEADS for w in low) or low[0] in PRONOUNS:
            return None
        first = norm_tokens(ws[0])[:1]
        rest_words = set(re.findall(r"[a-z]+", rest.lower()))
        if len(ws) in (2, 3) and not any(w in ORG_HEADS for w in low) and (
                (first and (first[0] in _FIRST_NAMES)) or rest_words & (_titles() | OCCUPATIONS)):
            return self._person(head, None, start).key
        if len(ws) == 1 and not ws[0].isupper() and not _CAMEL_BRAND.search(ws[0]):
            # a single capitalised word: a surname or a place, not an organisation; a camel-case
            # brand is one ("HuffPollster", "SurveyMonkey"; "McCain", "DeSantis" are not brands)
            return None
        self.via, self.confidence = "organization", 0.6
        return self._organization(head, start)
