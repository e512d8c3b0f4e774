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
class). The cue words were drawn from PolNeAR **train** cues; the labelled dev sample in
``gold/cue_classes`` (rules there) measures the result (``saidwhat evaluate --cue-classes``).

All functions take spaCy tokens of a parsed Doc; nothing here changes the Doc.
"""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Doc, Token

WRITING = frozenset("""write wrote written writes writing tweet tweeted tweets tweeting post posted posts posting
publish published publishes blog blogged email emailed emails text texted pen penned sign signed print printed
read reads retweet retweeted caption captioned headline headlined title titled file filed scrawl scrawled
author authored editorialize editorialized type typed""".split())
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
eyes""".split())
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
proposal proposed propose proposes""".split())
EVIDENCE = frozenset("""show shows showed shown showing find finds found finding findings indicate indicates
indicated indicating reveal reveals revealed revealing demonstrate demonstrates demonstrated confirm
confirms confirmed estimate estimates estimated project projects projected predict predicts predicted rank
ranks ranked rate rates rated measure measured illustrate illustrates illustrated suggest suggests suggested
suggesting prove proves proved proven record recorded document documented reflect reflects reflected
discover discovers discovered illustrate reportedly clear""".split())
#: Nouns of documents and measurements: as the source of "says" they write; of "shows" they are evidence.
DOCUMENTS = frozenset("""report reports study studies poll polls survey surveys data analysis review records record
document documents letter memo statement release filing lawsuit complaint ruling book article transcript email
emails video footage figures numbers statistics research estimate estimates projection index results audit
investigation inquiry tally census model forecast assessment findings website post tweet column editorial
paper clip spot ad ads advertisement commercial case bylaws rules rule convention filings missive account policy
law laws constitution treaty order decision documents page""".split())
MEASUREMENTS = frozenset("""poll polls survey surveys data figures numbers statistics research estimate estimates
projection projections index results tally census model forecast count counts averages average""".split())
#: A medium of writing named anywhere in the cue's sentence ("… Trump accused Clinton in a tweet").
_MEDIUM_WORDS = re.compile(r"\b(?:tweet|tweets|tweeted|Twitter|Facebook|Instagram|op-ed|column|letter|memo|e-?mails?|"
                           r"statement|press release|blog|website|advertisement|ad|ads|spot|post|posted|filings?|"
                           r"ruling|bylaws|book|memoir)\b")
#: Published outlets: what they state is written ("PolitiFact says", "the Times reported").
_OUTLET = re.compile(r"\b(?:Times|Post|Journal|News|Review|Tribune|Herald|Gazette|Magazine|Daily|Weekly|Politico|"
                     r"POLITICO|PolitiFact|Politifact|Hedge|Reuters|Associated Press|AP|Bloomberg|Axios|Vox|BuzzFeed|"
                     r"HuffPost|Huffington|Breitbart|Hill|CNS|Atlantic|Economist|Guardian|Telegraph|Observer|Globe|"
                     r"Register|Examiner|Star|Sun|Mirror|Express|Wire|Beast|Slate|Salon|Intercept|Report)\b")
_MEDIUM_WRITING = re.compile(r"\b(?:in|on|via|through)\s+(?:a|an|the|his|her|their|its)?\s*(?:\w+\s+){0,2}"
                             r"(?:statement|letter|memo|op-ed|column|essay|email|e-mail|post|tweet|blog|book|memoir|"
                             r"release|filing|report|article|message|note|editorial|Twitter|Facebook|Instagram|"
                             r"website|newsletter)\b", re.I)
SPEECH_NOUN_WRITING = frozenset({"statement", "letter", "tweet", "post", "memo", "essay", "column", "op-ed", "release"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "neither"})
#: Cue heads whose "not" means the speech did not happen (PolNeAR keeps "has not said when").
REFUSAL_HEADS = frozenset({"decline", "declined", "declines", "declining", "refuse", "refused", "refuses",
                           "refusing"})
SPEECH_OBJECTS = frozenset({"comment", "say", "speak", "discuss", "answer", "respond", "reply", "elaborate",
                            "specify", "explain", "confirm", "disclose", "reveal", "identify", "talk", "detail",
                            "address"})


def _head(cue_tokens: Sequence[Token]) -> Token | None:
    """The cue's head word: its last verb, else its last noun or adjective, else its last word."""
    words = [t for t in cue_tokens if not t.is_punct and not t.is_space]
    for pos in (("VERB",), ("NOUN", "ADJ", "PROPN"), ("AUX",)):
        cands = [t for t in words if t.pos_ in pos]
        if cands:
            return cands[-1]
    return words[-1] if words else None


def _source_head(doc: Doc, source: tuple[int, int] | None) -> str | None:
    if source is None:
        return None
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ in ("NOUN", "PROPN"):
        return root.lower_
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    return (nouns[-1] if nouns else root).lower_


def classify(doc: Doc, cue: tuple[int, int] | None, source: tuple[int, int] | None,
             content: Sequence[tuple[int, int]]) -> str:
    """The cue class of one attribution (characters of ``doc.text``).

    Args:
        doc: the parsed Doc.
        cue: the cue's ``(start_char, end_char)``, or ``None`` (a floating quote: ``speech``).
        source: the source's extent, or ``None``.
        content: the content pieces.

    Returns:
        One of ``speech``, ``writing``, ``thought``, ``stance``, ``evidence``.
    """
    if cue is None:
        return "speech"
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    toks = list(span) if span is not None else []
    text = doc.text[cue[0]:cue[1]].lower().strip()
    if not toks or text in (":", "-", "—", "–", "―"):
        return "speech"
    src = _source_head(doc, source)
    sent = toks[0].sent
    clause = doc.text[sent.start_char:max(cue[1], sent.end_char)]
    if text.startswith("according to") or text in ("according", "per"):
        if src in MEASUREMENTS:
            return "evidence"
        if src in DOCUMENTS:
            return "writing"
        return "speech"
    head = _head(toks)
    word = head.lower_ if head is not None else text.split()[-1]
    lemma = head.lemma_.lower() if head is not None and head.lemma_ else word
    words = {word, lemma}
    if words & WRITING:
        return "writing"
    if words & EVIDENCE and (src in DOCUMENTS or src in MEASUREMENTS or source is None or word in ("reportedly", "clear")):
        if word.startswith("suggest") and src not in MEASUREMENTS and src not in DOCUMENTS:
            return "speech"
        return "evidence"
    if words & THOUGHT:
        if word in ("see", "sees", "saw", "view", "views", "viewed") and src in DOCUMENTS:
            return "evidence"
        return "thought"
    if word in REFUSAL_HEADS:
        xcomp = [c for c in head.children if c.dep_ == "xcomp"]
        if not xcomp or any(c.lower_ in SPEECH_OBJECTS for c in xcomp):
            return "speech"  # "declined to comment": a refusal to speak (flagged negated)
    if words & STANCE:
        # "call for", "push for" and an infinitive object keep the stance; "agreed that" is speech
        if word.startswith("agree") and any(t.lower_ == "that" for t in head.children):
            return "speech"
        return "stance"
    if word in ("call", "calls", "called", "calling") and any(c.lower_ == "for" for c in head.children):
        return "stance"
    if src in DOCUMENTS and src not in ("statement", "letter", "tweet", "post", "email", "emails", "memo"):
        return "evidence" if src in MEASUREMENTS else "writing"
    near = doc.text[max(sent.start_char, cue[0] - 40):min(sent.end_char, cue[1] + 40)]
    if src in SPEECH_NOUN_WRITING or _MEDIUM_WRITING.search(clause) or _MEDIUM_WORDS.search(near):
        return "writing"
    if source is not None and _OUTLET.search(doc.text[source[0]:source[1]]):
        return "writing"
    return "speech"


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
        tail = doc.text[content[-1][0]:content[-1][1]].rstrip(" ”\"'’)")
        if tail.endswith("?"):
            return True
    if cue is None:
        return False
    text = doc.text[cue[0]:cue[1]].lower()
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
    text = " ".join(doc.text[cue[0]:cue[1]].split())
    if _NOT_CUES.match(text):
        return True
    if re.match(r"^(?:cite|cites|cited|citing)$", text, re.I) and content:
        span = doc.char_span(content[0][0], content[-1][1], alignment_mode="expand")
        if span is not None and len(span) and span.root.lower_ in _GENERIC_OBJECTS:
            return True
    return False
