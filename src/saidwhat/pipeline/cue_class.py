"""Cue classes: what the source of an attribution did — ``speech``, ``writing``, ``thought``,
``stance`` or ``evidence`` — and whether the attribution is negated or a question (issue 12).

PolNeAR (Newell et al., LREC 2018) marks beliefs, intentions, stances and evidence as
attributions beside speech; a reader of *who said what* wants speech and writing first. The class
comes from a lexicon of cue words, grouped after VerbNet (Kipper Schuler 2005: *say-37.7*,
*tell-37.2*, *complain-37.8*, *lecture-37.11* → speech; *consider-29.9*, *conjecture-29.5*,
*admire-31.2* → thought; *wish-62*, *want-32.1* → stance) and FrameNet (*Text_creation* →
writing; *Evidence*, *Reveal_secret* → evidence), and from context: the medium named in the
clause ("in a statement", "on Twitter" → writing), the source (a report, poll or data that
"shows/finds" → evidence; a document that "says" → writing; "according to" takes its source's
class; a verb of seeming with no source, "it appeared that", is the writer's impression →
thought, README rule 11 after PolNeAR's guidelines pp. 2, 5, 6, 11). The cue words were drawn from
PolNeAR **train** cues and revised from the errors on the first 800 hand-labelled train cues of
``gold/cue_classes/train.jsonl``. On top of the lexicon, a small learned classifier (multinomial
logistic regression over :func:`features`: the lexicon's answer, cue words, parse context, the
kind of source, the medium in the cue's clause and WordNet supersenses; weights and the
supersense table in ``model/weights/cue_class.json``, trained by
:mod:`saidwhat.model.train_cue_class` on all 1,392 train rows) gives the class. The labelled dev sample in
``gold/cue_classes`` (rules there) measures the result (``saidwhat evaluate --cue-classes``).

All functions take spaCy tokens of a parsed Doc; nothing here changes the Doc.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from ..errors import ModelError
from . import doc_text, has_paragraph_break

WRITING = frozenset("""write wrote written writes writing tweet tweeted tweets tweeting post posted posts posting
publish published publishes blog blogged email emailed emails text texted pen penned print printed
read reads retweet retweeted caption captioned headline headlined title titled file filed scrawl scrawled
author authored editorialize editorialized type typed report reports reported reporting publicize publicized
publicizes disclose discloses disclosed list lists listed listing forward forwards forwarded""".split())
THOUGHT = frozenset("""believe believes believed believing think thinks thought thinking know knows knew known
feel feels felt feeling fear fears feared hope hopes hoped hoping expect expects expected expecting suspect
suspects suspected assume assumes assumed doubt doubts doubted worry worries worried wonder wonders wondered
consider considers considered realize realizes realized realise understand understands understood remember
remembers remembered imagine imagines imagined see sees saw seen view views viewed regard regards regarded
suppose supposes supposed trust trusts trusted sense senses sensed proud convinced aware concerned afraid happy
pleased sure confident surprised skeptical sceptical certain uncertain unsure hopeful optimistic pessimistic
appreciate appreciates appreciated like likes liked love loves loved hate hates hated dislike dislikes enjoy
enjoys enjoyed prefer prefers preferred preferring learn learned learnt learns watched watch notice noticed
assessment belief belief fears hopes view views opinion sense impression seem seems seemed appear appears
appeared mind perception perceived perceive perceives recognize recognizes recognized judged judge deem deemed
considered respect respects respected care cares cared despise despises despised offense offended anger angered
angers frustrate frustrated frustrating frustrates unsettle unsettled suspicion suspicions heard hear hears faith
eyes thrilled pumped upset excited excite excites enamored troubling troubled startle startled startles anxiety
anxious sentiment doubts speculation assumption guess guessed guesses contemplate contemplates contemplated
interpret interprets interpreted discount discounts discounted likely unlikely tussle tussling reasonable
unreasonable sympathy wondering amaze amazes amazed witness witnesses witnessed reputation infuriate infuriating
infuriated marvel marveled marvelled appealing regret regrets regretted surprise surprised intrigue intrigued
figure figured""".split())
STANCE = frozenset("""support supports supported supporting oppose opposes opposed opposing back backs backed
backing endorse endorses endorsed endorsing endorsement want wants wanted wanting plan plans planned planning
intend intends intended seek seeks sought seeking refuse refuses refused refusing agree agrees agreed agreeing
vow vows vowed vowing pledge pledges pledged pledging favor favors favored favour favours favoured reject rejects
rejected rejecting decline declines declined declining aim aims aimed try tries tried attempt attempts
attempted commit commits committed push pushes pushed pushing
champion champions championed embrace embraces embraced oppose opposition support supporter supporters
decide decides decided decision choose chose chosen resolve resolved determined threaten threatens threatened
vote votes voted voting disagree disagrees disagreed protest protested protests promote promotes promoted
encourage encourages encouraged encouraging plot plotted plotting need needs needed ready willing commitment
commitments determination effort efforts agreement override overridden overrode vie vied
boycott boycotted welcome welcomes welcomed pursue pursues pursued advocate advocates advocated ban banned
block blocked veto vetoed order ordered enact enacted impose imposed relied rely relies adopt adopted
proposal proposed propose proposes sign signs signed signing policy policies position positions stance priority
priorities aversion approval reluctance inclination eager eagerness pressure pressured balk balked boo booed
withhold withholding withheld lift lifted authorize authorized nominate nominated approve approved invite
invited focus focusing focused proposals popular brainchild named goal goals stood stand stands
designed""".split())
EVIDENCE = frozenset("""show shows showed shown showing find finds found finding findings indicate indicates
indicated indicating reveal reveals revealed revealing demonstrate demonstrates demonstrated confirm
confirms confirmed estimate estimates estimated project projects projected predict predicts predicted rank
ranks ranked rate rates rated measure measured illustrate illustrates illustrated suggest suggests suggested
suggesting prove proves proved proven record recorded document documented reflect reflects reflected
discover discovers discovered illustrate reportedly clear evidence footage""".split())
#: Nouns of documents and measurements: as the source of "says" they write; of "shows" they are evidence.
DOCUMENTS = frozenset("""report reports study studies poll polls survey surveys data analysis review records record
document documents letter memo statement release filing lawsuit complaint ruling book article transcript email
emails video footage figures numbers statistics research estimate estimates projection index results audit
investigation inquiry tally census model forecast assessment findings website post tweet column editorial
paper clip spot ad ads advertisement commercial case bylaws rules rule convention filings missive account policy
law laws constitution treaty order decision documents page lawsuits suit suits legislation bill deposition
depositions pact pacts form act contract agreement""".split())
MEASUREMENTS = frozenset("""poll polls survey surveys data figures numbers statistics research estimate estimates
projection projections index results tally census model forecast count counts averages average""".split())
#: Events that show or reveal something ("the debate revealed a contrast"): evidence, not speech.
EVENTS = frozenset("""debate debates election elections primary primaries caucus caucuses vote votes results result
victory defeat loss win""".split())
#: A medium of writing named anywhere in the cue's sentence ("… Trump accused Clinton in a tweet").
_MEDIUM_WORDS = re.compile(r"\b(?:tweet|tweets|tweeted|Twitter|Facebook|Instagram|op-ed|column|letter|memo|e-?mails?|"
                           r"statement|press release|blog|website|advertisement|ad|ads|spot|post|posted|filings?|"
                           r"ruling|bylaws|book|memoir)\b")
#: Published outlets: what they state is written ("PolitiFact says", "the Times reported").
_OUTLET = re.compile(r"\b(?:Times|Post|Journal|News|Review|Tribune|Herald|Gazette|Magazine|Daily|Weekly|Politico|"
                     r"POLITICO|PolitiFact|Politifact|Hedge|Reuters|Associated Press|AP|Bloomberg|Axios|Vox|BuzzFeed|"
                     r"HuffPost|Huffington|Breitbart|Hill|CNS|Blaze|Forbes|Vulture|Caller|Atlantic|Economist|Guardian|Telegraph|Observer|Globe|"
                     r"Register|Examiner|Star|Sun|Mirror|Express|Wire|Beast|Slate|Salon|Intercept|Report)\b")
_MEDIUM_WRITING = re.compile(r"\b(?:in|on|via|through)\s+(?:a|an|the|his|her|their|its)?\s*(?:\w+\s+){0,2}"
                             r"(?:statement|letter|memo|op-ed|column|essay|email|e-mail|post|tweet|blog|book|memoir|"
                             r"release|filing|report|article|message|note|editorial|Twitter|Facebook|Instagram|"
                             r"website|newsletter)\b", re.I)
#: Verbs and nouns of saying (VerbNet say-37.7, tell-37.2, lecture-37.11, complain-37.8, manner of
#: speaking): a head among them is speech, and no other cue word overrides it.
SPEECH = frozenset("""say said says saying tell told tells telling declare declared declares discuss discussed
discusses describe described describes stress stressed stresses share shared shares cast talk talked talks speak
spoke speaks ask asked asks claim claimed claims argue argued argues add added adds note noted notes explain
explained explains announce announced insist insisted warn warned state stated comment commented respond
responded reply replied mention mentioned deny denied acknowledge acknowledged admit admitted concede conceded
remark remarked recall recalled call called calls urge urged accuse accused criticize criticized praise praised
blast blasted slam slammed charge charged assert asserted contend contended promise promised joke joked quip
quipped boast boasted complain complained question questioned testify testified skirt skirted dodge dodged line
spiel speech remarks interview""".split())
_LISTED = WRITING | THOUGHT | STANCE | EVIDENCE
SPEECH_NOUN_WRITING = frozenset({"statement", "letter", "tweet", "post", "memo", "essay", "column", "op-ed", "release"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "neither"})
#: Cue heads whose "not" means the speech did not happen (PolNeAR keeps "has not said when").
REFUSAL_HEADS = frozenset({"decline", "declined", "declines", "declining", "refuse", "refused", "refuses",
                           "refusing"})
SPEECH_OBJECTS = frozenset({"comment", "say", "speak", "discuss", "answer", "respond", "reply", "elaborate",
                            "specify", "explain", "confirm", "disclose", "reveal", "identify", "talk", "detail",
                            "address", "interview", "interviewed", "testify"})


#: Verbs that carry little meaning before a noun or adjective in a cue ("remained skeptical",
#: "is a fervent supporter of", "have been eager"): the word after them is the head.
LIGHT_VERBS = frozenset({"be", "is", "are", "was", "were", "been", "being", "remain", "remains", "remained", "become",
                         "becomes", "became", "stay", "stayed", "have", "has", "had", "get", "got", "gets", "grow",
                         "grew", "keep", "kept"})


def _head(cue_tokens: Sequence[Token]) -> Token | None:
    """The cue's head word: its last verb, else its last noun or adjective, else its last word;
    a light verb ("remained skeptical") gives way to the last noun or adjective after it."""
    words = [t for t in cue_tokens if not t.is_punct and not t.is_space]
    for pos in (("VERB",), ("NOUN", "ADJ", "PROPN"), ("AUX",)):
        cands = [t for t in words if t.pos_ in pos]
        if cands:
            head = cands[-1]
            if pos == ("VERB",) and head.lower_ in LIGHT_VERBS:
                after = [t for t in words if t.i > head.i and t.pos_ in ("NOUN", "ADJ")]
                if after:
                    return after[-1]
            return head
    return words[-1] if words else None


def _source_span(doc: Doc, source: tuple[int, int] | None) -> Span | None:
    """The tokens of the source's ``[start, end)`` characters (widened to whole tokens), or ``None``."""
    if source is None:
        return None
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    return span if span is not None and len(span) else None


def _source_head(doc: Doc, source: tuple[int, int] | None) -> str | None:
    span = _source_span(doc, source)
    if span is None:
        return None
    root = span.root
    if root.pos_ in ("NOUN", "PROPN"):
        return root.lower_
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    return (nouns[-1] if nouns else root).lower_


def lexicon_class(doc: Doc, cue: tuple[int, int] | None, source: tuple[int, int] | None,
                  content: Sequence[tuple[int, int]]) -> str:
    """The cue class by the lexicon and context rules alone; see :func:`lexicon_rule`."""
    return lexicon_rule(doc, cue, source, content)[0]


def lexicon_rule(doc: Doc, cue: tuple[int, int] | None, source: tuple[int, int] | None,
                 content: Sequence[tuple[int, int]]) -> tuple[str, str]:
    """The cue class by the lexicon and context rules alone (characters of ``doc.text``).

    This is the rule layer: :func:`classify` uses it as one feature of the learned classifier,
    and alone when no weights are shipped.

    Args:
        doc: the parsed Doc.
        cue: the cue's ``(start_char, end_char)``, or ``None`` (a floating quote: ``speech``).
        source: the source's extent, or ``None``.
        content: the content pieces.

    Returns:
        ``(class, rule)``: one of ``speech``, ``writing``, ``thought``, ``stance``, ``evidence``,
        and the name of the rule that decided (``default`` when no word list or context matched).
    """
    if cue is None:
        return "speech", "no_cue"
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    toks = list(span) if span is not None else []
    text = doc_text(doc)[cue[0]:cue[1]].lower().strip()
    if not toks or text in (":", "-", "—", "–", "―"):
        return "speech", "punct"
    src = _source_head(doc, source)
    sent = toks[0].sent
    clause = doc_text(doc)[sent.start_char:max(cue[1], sent.end_char)]
    if text.startswith("according to") or text in ("according", "per"):
        if src in MEASUREMENTS:
            return "evidence", "according_measurement"
        if src in DOCUMENTS:
            return "writing", "according_document"
        return "speech", "according_person"
    head = _head(toks)
    word = head.lower_ if head is not None else text.split()[-1]
    lemma = head.lemma_.lower() if head is not None and head.lemma_ else word
    words = {word, lemma}
    if words & WRITING or any(t.pos_ == "VERB" and t.lower_ in WRITING for t in toks):
        return "writing", "writing_word"  # "writing in The New York Times, noticed"
    if head is not None and not words & _LISTED and not words & SPEECH:
        # the head is in no word list: the last other content word of the cue that is
        # ("renewed doubts about", "gave critical support to", "picked up the endorsement")
        other = [t for t in toks if t is not head and t.pos_ in ("NOUN", "ADJ", "VERB") and t.lower_ not in LIGHT_VERBS
                 and {t.lower_, (t.lemma_ or "").lower()} & _LISTED]
        if other:
            head = other[-1]
            word, lemma = head.lower_, (head.lemma_ or head.lower_).lower()
            words = {word, lemma}
    if words & EVIDENCE and (src in DOCUMENTS or src in MEASUREMENTS or src in EVENTS or source is None
                             or word in ("reportedly", "clear")):
        if word.startswith("suggest") and src not in MEASUREMENTS and src not in DOCUMENTS:
            return "speech", "evidence_speech"
        return "evidence", "evidence_word"
    if source is None and (lemma in ("appear", "seem") or (lemma == "look" and _followed_by_like(head))):
        # "it appeared that", "may seem", "increasingly looks like" with no source: the writer's
        # impression, thought (gold/cue_classes/README.md rule 11, after PolNeAR's guidelines
        # pp. 2, 5, 6, 11: evidence is what a source such as a report provides)
        return "thought", "seem_no_source"
    if words & THOUGHT:
        if word in ("see", "sees", "saw", "view", "views", "viewed") and src in DOCUMENTS:
            return "evidence", "thought_seen_document"
        return "thought", "thought_word"
    if word in REFUSAL_HEADS:
        xcomp = [c for c in head.children if c.dep_ == "xcomp"]
        if not xcomp or any(c.lower_ in SPEECH_OBJECTS for c in xcomp):
            return "speech", "refusal"  # "declined to comment": a refusal to speak (flagged negated)
    if words & STANCE:
        # "call for", "push for" and an infinitive object keep the stance; "agreed that" is speech
        if word.startswith(("agree", "protest", "object")) and (
                any(t.lower_ == "that" for t in head.children)
                or any(c.dep_ == "ccomp" and any(g.dep_ == "mark" for g in c.children) for c in head.children)):
            return "speech", "agree_that"
        return "stance", "stance_word"
    if word in ("call", "calls", "called", "calling") and (any(c.lower_ == "for" for c in head.children)
                                                          or any(t.lower_ == "for" for t in toks)):
        return "stance", "call_for"
    if (src in DOCUMENTS or src in MEASUREMENTS) and src not in ("statement", "letter", "tweet", "post", "email", "emails", "memo"):
        return ("evidence" if src in MEASUREMENTS else "writing"), "source_document"
    near = doc_text(doc)[max(sent.start_char, cue[0] - 40):min(sent.end_char, cue[1] + 40)]
    if src in SPEECH_NOUN_WRITING or _MEDIUM_WRITING.search(clause) or _MEDIUM_WORDS.search(near):
        return "writing", "medium"
    if source is not None and _OUTLET.search(doc_text(doc)[source[0]:source[1]]):
        return "writing", "outlet"
    if head is not None and head.dep_ in ("advcl", "conj", "xcomp") and head.head.lower_ in WRITING:
        return "writing", "written_parent"  # "emailed supporters, telling them", "tweeted …, adding"
    if src in ("it", "its"):
        ante = _subject_before(doc, sent)
        if ante is not None and (ante.lower_ in DOCUMENTS or _OUTLET.search(ante.text)):
            return ("evidence" if ante.lower_ in MEASUREMENTS else "writing"), "document_pronoun"
    if lemma in _CONTINUATIONS and sent.start > 0:
        prev = doc[sent.start - 1].sent
        if any(t.pos_ == "VERB" and t.lower_ in WRITING for t in prev):
            return "writing", "written_before"  # "… Trump tweeted. He added, …"
    return "speech", "default"


def _followed_by_like(head: Token | None) -> bool:
    """Whether the word after ``head`` is "like" ("looks like a two-person race")."""
    return head is not None and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "like"


#: Verbs that go on with the previous sentence's saying ("He added", "she continued").
_CONTINUATIONS = frozenset({"add", "added", "adds", "adding", "continue", "continued", "continues", "conclude",
                            "concluded", "go", "went"})


def _subject_before(doc: Doc, sent: Span) -> Token | None:
    """The subject of the sentence before ``sent`` (what an "it" source most likely names)."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    subj = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")]
    return subj[0] if subj else None



CLASSES = ("speech", "writing", "thought", "stance", "evidence")
#: Cues that are only punctuation: the "Name: claim" headline or transcript label and the dash
#: sign-off, always ``speech`` (gold/cue_classes/README.md, rule 6).
_PUNCT_CUES = frozenset({":", "-", "—", "–", "―"})
#: Words of a medium or a measurement named in the cue's sentence (or the one before), as features.
_CONTEXT_WORDS = re.compile(r"\b(?:tweet(?:s|ed)?|twitter|facebook|instagram|op-ed|column|letter|memo|e-?mails?|"
                            r"statement|release|blog|website|ad|ads|advertisement|spot|video|post(?:ed)?|filings?|"
                            r"ruling|lawsuit|suit|book|memoir|article|editorial|report|study|poll|polls|survey|data|"
                            r"interview|rally|speech|debate|conference|call|podcast|show|radio|tv)\b", re.I)
WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "model" / "weights" / "cue_class.json"


def _lower_lemma(t: Token) -> str:
    return (t.lemma_ or t.text).lower()


#: Source kinds for the learned classifier (issue 12, round 3): what the source's head noun names.
#: Nouns of written texts (a source that "says" is writing, rule 2; a named written instrument, rule 10).
SOURCE_TEXT_NOUNS = frozenset("""report reports study studies analysis review records record document documents letter
letters memo memos statement statements release releases filing filings lawsuit lawsuits suit suits complaint ruling
rulings book books article articles transcript email emails e-mail e-mails video videos footage website site page
pages post posts tweet tweets column columns editorial editorials paper papers clip spot spots ad ads advertisement
commercial bylaws rules law laws constitution treaty order orders bill bills legislation act deposition contract
agreement piece pieces story stories blog photo photos picture image images drama film movie song message messages
note notes platform dossier headline caption banner banners sign placard brochure manual memoir op-ed essay
newsletter opinion decision plan proposal proposals resolution indictment affidavit summary text guidelines""".split())
#: Nouns of polls, data and measurements (evidence as source, rule 3).
SOURCE_MEASURE_NOUNS = frozenset("""poll polls polling survey surveys data figures numbers statistics research estimate
estimates projection projections index results tally census model forecast count counts averages average analysis
study studies records findings exit ratings rating""".split())
#: Nouns of people and bodies who publish (a reporter, a columnist, an editorial board, a newspaper).
SOURCE_WRITER_NOUNS = frozenset("""reporter reporters columnist columnists editor editors writer writers author authors
blogger journalist journalists correspondent critic commentator board newspaper newspapers paper magazine outlet
outlets publication publisher host anchor""".split())
_PERSON_PRONOUNS = frozenset("he she i we they you him her them me us".split())
_RELATIVE_PRONOUNS = frozenset("which that who whom whose".split())
#: Objects of a preposition that name the medium ("in a statement", "on Twitter" / "in an interview").
_WRITTEN_MEDIA = frozenset("""statement letter memo op-ed column essay email e-mail post tweet blog book memoir release
filing report article message note editorial twitter facebook instagram website newsletter ad advertisement""".split())
_SPOKEN_MEDIA = frozenset("""interview interviews rally rallies speech speeches debate debates conference call calls
show radio tv television podcast broadcast hearing town hall meeting briefing""".split())


def _resolved_source(doc: Doc, source: tuple[int, int] | None) -> Token | None:
    """The source's head token, a relative pronoun ("the report, which says") replaced by the noun
    its clause modifies and "it"/"its"/"they"/"this" by the subject of the sentence before."""
    span = _source_span(doc, source)
    if span is None:
        return None
    root = span.root
    if root.lower_ in _RELATIVE_PRONOUNS and root.head is not root and root.head.head is not root.head:
        return root.head.head
    if root.lower_ in ("it", "its", "they", "this") and root.sent.start > 0:
        ante = _subject_before(doc, root.sent)
        if ante is not None:
            return ante
    return root


def source_kind(tok: Token | None) -> str:
    """What a source head names, for the classifier's ``sk=`` feature.

    Args:
        tok: the source's head token (:func:`_resolved_source`), or ``None`` for no source.

    Returns:
        ``pron`` (a personal pronoun), ``measure`` (a poll, data: rule 3), ``text`` (a report, a
        letter, a law: rules 2 and 10), ``writer`` (a reporter, a newspaper), ``person`` / ``org``
        (by its entity type), ``propn``, ``noun``, or ``none``. The word lists were drawn from the
        sources of PolNeAR **train** cues (gold/cue_classes/train.jsonl errors, issue 12 round 3).
    """
    if tok is None:
        return "none"
    w, lem = tok.lower_, _lower_lemma(tok)
    if w in _PERSON_PRONOUNS:
        return "pron"
    if w in SOURCE_MEASURE_NOUNS or lem in SOURCE_MEASURE_NOUNS:
        return "measure"
    if w in SOURCE_TEXT_NOUNS or lem in SOURCE_TEXT_NOUNS:
        return "text"
    if w in SOURCE_WRITER_NOUNS or lem in SOURCE_WRITER_NOUNS:
        return "writer"
    if tok.ent_type_ == "PERSON":
        return "person"
    if tok.ent_type_ in ("ORG", "NORP", "GPE", "FAC"):
        return "org"
    return "propn" if tok.pos_ == "PROPN" else "noun"


def _clause_media(head: Token, content: Sequence[tuple[int, int]]) -> tuple[bool, bool]:
    """Whether a preposition in the cue head's clause (outside the content) has a written
    medium ("In a statement released ..., Cruz said") or a spoken one ("in an interview") as its
    object. The clause is the subtree of the head, or of the verb it hangs from as a conjunct,
    adverbial or open complement ("wrote ..., arguing")."""
    written = spoken = False
    top = head
    while top.dep_ in ("conj", "advcl", "xcomp") and top.head is not top:
        top = top.head
    for t in top.subtree:
        if t.dep_ != "prep" or any(a <= t.idx < b for a, b in content):
            continue
        for g in t.children:
            if g.dep_ == "pobj":
                written = written or g.lower_ in _WRITTEN_MEDIA or _lower_lemma(g) in _WRITTEN_MEDIA
                spoken = spoken or _lower_lemma(g) in _SPOKEN_MEDIA
    return written, spoken


#: Supersenses (WordNet lexicographer files: "communication", "cognition", "social", …) by part
#: of speech and lemma: ``{"verb": {lemma: (first sense's, …)}, "noun": {…}}``.
Supersenses = dict[str, dict[str, tuple[str, ...]]]


def _supersense_features(tok: Token | None, prefix: str, senses: Supersenses) -> dict[str, float]:
    """``PREFIX1=`` the supersense of the word's first WordNet sense, ``PREFIXk=`` each of its
    first three senses' (verbs for a verb or auxiliary, nouns for a noun or proper noun)."""
    if tok is None:
        return {}
    pos = "verb" if tok.pos_ in ("VERB", "AUX") else "noun" if tok.pos_ in ("NOUN", "PROPN") else None
    table = senses.get(pos) if pos else None
    if not table:
        return {}
    names = table.get(_lower_lemma(tok)) or table.get(tok.lower_)
    if not names:
        return {}
    f = {f"{prefix}1={names[0]}": 1.0}
    for n in names:
        f[f"{prefix}k={n}"] = 1.0
    return f


def features(doc: Doc, cue: tuple[int, int] | None, source: tuple[int, int] | None,
             content: Sequence[tuple[int, int]], senses: Supersenses | None = None) -> dict[str, float]:
    """Sparse binary features of one attribution's cue in context, for the learned classifier.

    The lexicon's answer (:func:`lexicon_class`, ``rule=CLASS``) and its parts (which word list
    the cue head is in, the source's head noun and whether it names a document, a measurement or
    an outlet, a medium named near the cue), the cue's words and head lemma, the head's
    dependents in the parse (prepositions with their objects: ``in:statement``; a clausal or
    infinitive complement; the direct object), the word the cue head hangs from (``emailed …,
    telling``), and the words of a medium or measurement in the sentence and the one before.
    Since issue 12 round 3 also: the kind of source (:func:`source_kind` of the source's head,
    a relative pronoun or "it" resolved first: ``sk=text``, ``sk=measure``, ``sk=writer``, …;
    and whether any source word names a text, a measurement, a writer or an outlet), a written or
    spoken medium as a prepositional object in the cue's clause (``prep_w_medium``,
    ``prep_s_medium``), and the WordNet 3.0 supersenses of the cue head and of a non-person
    source head (``hss1=communication``, ``sssk=cognition``; Miller 1995, lexicographer files).

    Args:
        doc: the parsed Doc (tags, dependencies and lemmas as the saidwhat pipeline sets them).
        cue, source: ``(start_char, end_char)`` into ``doc.text`` or ``None``.
        content: the content pieces, ``(start_char, end_char)`` each.
        senses: the supersense table; ``None``: the shipped one (:func:`load_model`), none when no
            weights are shipped.

    Returns:
        Feature name -> 1.0; always has ``bias`` and one ``rule=CLASS``.
    """
    cls, rule = lexicon_rule(doc, cue, source, content)
    f: dict[str, float] = {"bias": 1.0, f"rule={cls}": 1.0, f"branch={rule}": 1.0}
    if cue is None:
        f["no_cue"] = 1.0
        return f
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    toks = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    text = " ".join(doc_text(doc)[cue[0]:cue[1]].lower().split())
    if not toks:
        f[f"cue={text}"] = 1.0
        if text in _PUNCT_CUES:
            f["punct_cue"] = 1.0
        return f
    head = _head(toks)
    lemma = _lower_lemma(head)
    f[f"lemma={lemma}"] = 1.0
    f[f"pos={head.pos_}"] = 1.0
    f[f"tag={head.tag_}"] = 1.0
    if len(toks) > 1:
        f["multiword"] = 1.0
    for t in toks:
        f[f"cw={_lower_lemma(t)}"] = 1.0
    for name, words in (("writing", WRITING), ("thought", THOUGHT), ("stance", STANCE), ("evidence", EVIDENCE)):
        if head.lower_ in words or lemma in words:
            f[f"lex={name}"] = 1.0
    if text.startswith("according to"):
        f["according"] = 1.0
    if any(t.lower_ in NEGATIONS for t in toks) or any(c.dep_ == "neg" for c in head.children):
        f["neg"] = 1.0
    for c in head.children:
        if c.dep_ in ("prep", "agent"):
            f[f"prep={c.lower_}"] = 1.0
            for g in c.children:
                if g.dep_ == "pobj":
                    f[f"prep={c.lower_}:{_lower_lemma(g)}"] = 1.0
        elif c.dep_ == "xcomp":
            f["xcomp"] = 1.0
            f[f"xcomp={_lower_lemma(c)}"] = 1.0
        elif c.dep_ == "ccomp":
            f["ccomp"] = 1.0
            if any(g.dep_ == "mark" for g in c.children):
                f["ccomp_mark"] = 1.0
        elif c.dep_ == "dobj":
            f[f"dobj={_lower_lemma(c)}"] = 1.0
        elif c.dep_ == "dative":
            f["dative"] = 1.0
    f[f"hdep={head.dep_}"] = 1.0
    if head.dep_ in ("advcl", "conj", "xcomp", "relcl", "acl", "pcomp") and head.head is not head:
        f[f"parent={_lower_lemma(head.head)}"] = 1.0
    if source is None:
        f["src_none"] = 1.0
    else:
        sspan = doc.char_span(source[0], source[1], alignment_mode="expand")
        src = _source_head(doc, source)
        f[f"src={src}"] = 1.0
        if src in MEASUREMENTS:
            f["src_measurement"] = 1.0
        elif src in DOCUMENTS:
            f["src_document"] = 1.0
        if _OUTLET.search(doc_text(doc)[source[0]:source[1]]):
            f["src_outlet"] = 1.0
        if sspan is not None and len(sspan):
            f[f"src_pos={sspan.root.pos_}"] = 1.0
            if sspan.root.ent_type_:
                f[f"src_ent={sspan.root.ent_type_}"] = 1.0  # the root's entity type (Span.ents walks all of doc.ents)
            if source[0] > cue[0]:
                f["src_after"] = 1.0
    sent = toks[0].sent
    near = doc_text(doc)[max(sent.start_char, cue[0] - 40):min(sent.end_char, cue[1] + 40)]
    if _MEDIUM_WRITING.search(doc_text(doc)[sent.start_char:max(cue[1], sent.end_char)]):
        f["medium_clause"] = 1.0
    if _MEDIUM_WORDS.search(near):
        f["medium_near"] = 1.0
    for m in _CONTEXT_WORDS.finditer(doc_text(doc)[sent.start_char:sent.end_char]):
        f[f"sent={m.group(0).lower()}"] = 1.0
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        if not has_paragraph_break(doc_text(doc), prev.end_char, sent.start_char):
            for m in _CONTEXT_WORDS.finditer(doc_text(doc)[prev.start_char:prev.end_char]):
                f[f"prev={m.group(0).lower()}"] = 1.0
    if content:
        first = doc_text(doc)[content[0][0]:content[0][1]].lstrip()
        word = first.split(None, 1)[0].lower() if first else ""
        if word[:1] in "\"“‘'":
            f["content_quote"] = 1.0
        elif word in ("that", "to", "whether", "if", "how", "why", "what", "when"):
            f[f"content={word}"] = 1.0
    stok = _resolved_source(doc, source)
    f[f"sk={source_kind(stok) if source is not None else 'none'}"] = 1.0
    if source is not None:
        sspan = doc.char_span(source[0], source[1], alignment_mode="expand")
        if sspan is not None:
            swords = {t.lower_ for t in sspan} | {_lower_lemma(t) for t in sspan}
            if swords & SOURCE_TEXT_NOUNS:
                f["src_has_text"] = 1.0
            if swords & SOURCE_MEASURE_NOUNS:
                f["src_has_measure"] = 1.0
            if swords & SOURCE_WRITER_NOUNS:
                f["src_has_writer"] = 1.0
            if _OUTLET.search(doc_text(doc)[source[0]:source[1]]):
                f["src_has_outlet"] = 1.0
    written, spoken = _clause_media(head, content)
    if written:
        f["prep_w_medium"] = 1.0
    if spoken:
        f["prep_s_medium"] = 1.0
    if senses is None:
        model = load_model()
        senses = model.senses if model is not None else {}
    f.update(_supersense_features(head, "hss", senses))
    if stok is not None and stok.ent_type_ != "PERSON" and stok.lower_ not in _PERSON_PRONOUNS:
        f.update(_supersense_features(stok, "sss", senses))
    return f


@dataclass(frozen=True)
class CueClassModel:
    """A multinomial logistic regression over :func:`features`: one weight per (feature, class).

    ``weights[feature][i]`` is the weight of ``feature`` for ``classes[i]``; an unknown feature
    weighs nothing. Trained by :mod:`saidwhat.model.train_cue_class` on
    ``gold/cue_classes/train.jsonl``.
    """

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    #: WordNet supersenses of the words the features look up (:data:`Supersenses`), shipped with
    #: the weights (empty in a weights file written before issue 12 round 3).
    senses: Supersenses = field(default_factory=dict)

    def scores(self, feats: dict[str, float]) -> list[float]:
        """The linear score of each class (``len(classes)`` floats, unnormalised logits)."""
        out = [0.0] * len(self.classes)
        for k, v in feats.items():
            w = self.weights.get(k)
            if w is not None:
                for i, x in enumerate(w):
                    out[i] += x * v
        return out

    def predict(self, feats: dict[str, float]) -> str:
        """The best-scoring class; ties go to the earlier class in ``classes``."""
        s = self.scores(feats)
        return self.classes[max(range(len(s)), key=s.__getitem__)]


@lru_cache(maxsize=1)
def load_model() -> CueClassModel | None:
    """The shipped classifier (``model/weights/cue_class.json``), or ``None`` when absent.

    Raises:
        ModelError: the file exists but is not a valid weights file.
    """
    if not WEIGHTS_PATH.is_file():
        return None
    try:
        d = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
        classes = tuple(d["classes"])
        weights = {k: tuple(float(x) for x in v) for k, v in d["weights"].items()}
        if set(classes) - set(CLASSES) or any(len(v) != len(classes) for v in weights.values()):
            raise ValueError("classes and weight rows do not match")
        senses = decode_supersenses(d.get("supersenses") or {})
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise ModelError(f"{WEIGHTS_PATH}: not a cue-class weights file ({exc})") from exc
    return CueClassModel(classes, weights, senses)


def decode_supersenses(d: dict) -> Supersenses:
    """The supersense table from its form in the weights file: ``{"lexnames": [name, …],
    "verb": {lemma: "i j k"}, "noun": {…}}`` (indexes into ``lexnames``, first sense first).

    Raises:
        ValueError, KeyError, IndexError, TypeError: a malformed table.
    """
    if not d:
        return {}
    names = [str(n).split(".")[-1] for n in d["lexnames"]]
    return {pos: {lemma: tuple(names[int(i)] for i in code.split()) for lemma, code in d[pos].items()}
            for pos in ("verb", "noun")}


#: A request for anonymity: "who asked not to be named", "requested anonymity", "spoke on
#: (the) condition of anonymity", "asked that her name not be used".
_ANONYMITY = re.compile(r"^\W*(?:(?:the\s+)?condition\s+of\s+anonymity|anonymity|not\s+to\s+be\s+(?:named|identified|"
                        r"quoted|publicly\s+identified)|(?:that\s+)?(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published))\b",
                        re.I)


def anonymity_request(doc: Doc, cue: tuple[int, int] | None, content: Sequence[tuple[int, int]]) -> bool:
    """Whether the attribution is a source's request for anonymity ("who asked not to be named
    because he was not authorised to speak", "requested anonymity", "spoke on condition of
    anonymity"): a condition of speaking, not a statement; ``stance`` by
    gold/cue_classes/README.md rule 12 (PolNeAR marks it, e.g. train "requested" → "anonymity").
    Characters of ``doc.text``."""
    if cue is None:
        return False
    text = doc_text(doc)
    if "anonymity" in text[cue[0]:cue[1]].lower():
        return True
    if not content:
        return False
    # the tagger may cut "asked not | to be named": read from the cue on
    return bool(_ANONYMITY.match(text[content[0][0]:content[-1][1]])) or bool(
        _ANONYMITY.match(re.sub(r"^\W*\w+\s+", "", text[cue[0]:content[-1][1]], count=1)))


def classify(doc: Doc, cue: tuple[int, int] | None, source: tuple[int, int] | None,
             content: Sequence[tuple[int, int]]) -> str:
    """The cue class of one attribution (characters of ``doc.text``).

    A floating quote (no cue) and a punctuation cue (":" headline, dash sign-off) are ``speech``
    (gold/cue_classes/README.md, rule 6); a request for anonymity is ``stance`` (rule 12,
    :func:`anonymity_request`); otherwise the learned classifier (:func:`load_model`)
    over :func:`features` decides, or the lexicon alone (:func:`lexicon_class`) when no weights
    are shipped.

    Args:
        doc: the parsed Doc.
        cue: the cue's ``(start_char, end_char)``, or ``None``.
        source: the source's extent, or ``None``.
        content: the content pieces.

    Returns:
        One of ``speech``, ``writing``, ``thought``, ``stance``, ``evidence``.

    Raises:
        ModelError: the shipped weights file is corrupt.
    """
    if cue is None or doc_text(doc)[cue[0]:cue[1]].strip() in _PUNCT_CUES:
        return "speech"
    if anonymity_request(doc, cue, content):
        return "stance"
    model = load_model()
    if model is None:
        return lexicon_class(doc, cue, source, content)
    return model.predict(features(doc, cue, source, content, model.senses))


def negated(doc: Doc, cue: tuple[int, int] | None) -> bool:
    """Speech that did not happen: a refusal to speak ("declined to comment", "refused to say
    whether") or a negated saying with no content of its own ("did not say", "would not
    specify"). PolNeAR keeps "has not said when …" as an attribution; it is flagged too, and the
    default filters hide it."""
    if cue is None:
        return False
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    refusal = next((t for t in span if t.lower_ in REFUSAL_HEADS), None)
    head = refusal or _head(list(span))
    if head is None:
        return False
    if head.lower_ in REFUSAL_HEADS:
        xcomp = [c for c in head.children if c.dep_ == "xcomp"]
        return not xcomp or any(c.lower_ in SPEECH_OBJECTS or c.lemma_.lower() in SPEECH_OBJECTS for c in xcomp)
    if any(t.lower_ in NEGATIONS for t in span):
        return True
    return any(c.dep_ == "neg" for c in head.children)


def is_question(doc: Doc, cue: tuple[int, int] | None, content: Sequence[tuple[int, int]]) -> bool:
    """A question asked: the cue is "ask"/"wonder"/"question" or the content ends with "?"."""
    if content:
        tail = doc_text(doc)[content[-1][0]:content[-1][1]].rstrip(" ”\"'’)")
        if tail.endswith("?"):
            return True
    if cue is None:
        return False
    text = doc_text(doc)[cue[0]:cue[1]].lower()
    return bool(re.search(r"\b(?:ask|asks|asked|asking|wonder|wondered|wonders|inquired|queried)\b", text))


#: Cue words that never report a statement, whatever the tagger says: "known (most often) as",
#: "waded into", "tagged X" (a mention on social media), "citing an example".
_NOT_CUES = re.compile(r"^(?:(?:is|was|are|were|be|been|being)\s+)?(?:(?:best|most|widely|also|often|more|most\s+often)"
                       r"\s+)*known(?:\s+\w+)?(?:\s+as)?$|^(?:wade|wades|waded|wading)\s+into$|^(?:tag|tags|tagged|tagging)$",
                       re.I)
_GENERIC_OBJECTS = frozenset({"example", "examples", "instance", "instances", "case", "cases", "precedent"})


def not_a_statement(doc: Doc, cue: tuple[int, int] | None, content: Sequence[tuple[int, int]]) -> bool:
    """A draft whose cue reports no statement at all ("known as", "waded into", "tagged the
    governor", "citing an example"): dropped, not classed."""
    if cue is None:
        return False
    text = " ".join(doc_text(doc)[cue[0]:cue[1]].split())
    if _NOT_CUES.match(text):
        return True
    if re.match(r"^(?:cite|cites|cited|citing)$", text, re.I) and content:
        span = doc.char_span(content[0][0], content[-1][1], alignment_mode="expand")
        if span is not None and len(span) and span.root.lower_ in _GENERIC_OBJECTS:
            return True
    return False
