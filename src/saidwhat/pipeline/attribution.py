"""Attribution assembly: (source, cue, content) triples → :class:`~saidwhat.types.Attribution`.

Stages, in order (each claims what it finds so later ones don't report it twice):

1. headline frame "Name: claim" (PolNeAR marks the colon as cue);
2. quotations (:mod:`.quotes`) with their cue clause after ("…,” Assad said") or before
   ("He said, “…”", "said: “…”", a colon lead-in in the previous paragraph), a dash sign-off,
   a digest's "Headline - Name:" lead-in,
   the continuation of a split quote ("A," he said. "B."), or floating (no cue: the speaker of
   the previous attribution, as the AP Stylebook convention of attributing once per paragraph);
3. reporting verbs with a clausal complement (indirect and mixed speech), including
   participial ("…, saying …") and parenthetical ("…, she said, …") cues;
4. "according to X", "as reported by X";
5. nominal cues with a possessive source ("Trump's declaration that …").

Then sources are resolved to speakers (:mod:`.speakers`), attributions in duplicated regions
are dropped, and records are numbered in text order.
"""

from __future__ import annotations

import bisect
import logging
import re
from functools import partial
from typing import Any, Sequence

from spacy.tokens import Doc, Token

from ..types import FURNITURE_KINDS, Attribution, Region, Span
from . import doc_text, paragraph_distance
from .content import content_type, pieces_around, snap_to_quotes, verbal_content
from .cue import (BELIEF_VERBS, EVIDENCE_NOUNS, HEADLINE_LABELS, LABEL_VERBS, OBJECT_VERBS, PHRASAL_CUES, SPEECH_VERBS, cue_extent, is_belief_verb, is_frame_verb, is_label_verb,
                  is_nominal_cue, is_object_verb, is_speech_verb, lemma)
from .cue_class import classify as cue_class_of
from .cue_class import is_question, not_a_statement
from .cue_class import negated as is_negated
from .drafts import Draft, keep_checked
from .quotes import DASHES, Quote, find_quotes, word_count
from .source import (addressee_span, antecedent_of, char_extent, np_before, np_extent, source_extent,
                     source_span, subject_of, tidy_source)
from . import source as _source_mod
from .speakers import SpeakerResolver
from .speakers import forms as _forms
from .speakers import resolver as _resolver_mod
from .speakers.calibration import calibrated as _calibrated

log = logging.getLogger("saidwhat.pipeline")

_REGION_PRIORITY = {"headline": 0, "caption": 1, "body": 2, "byline": 3, "boilerplate": 4, "credit": 5, "dateline": 6,
                    "metadata": 3, "related": 3, "promo": 3, "comments": 3}


class _Ctx:
    def __init__(self, doc: Doc, regions: Sequence[Region]):
        self.doc = doc
        self.text = doc_text(doc)
        self.regions = sorted(regions, key=lambda r: r.span.start_char)
        self._region_starts = [r.span.start_char for r in self.regions]
        self.quotes = find_quotes(self.text)
        self.in_quote = bytearray(len(self.text) + 1)
        for q in self.quotes:
            self.in_quote[q.start:q.end] = b"\x01" * (q.end - q.start)
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n+", self.text)]
        self.drafts: list[Draft] = []
        self.used_cues: set[int] = set()
        self.floating: list[Quote] = []

    def region_at(self, pos: int) -> Region | None:
        """The region holding ``pos``; among nested ones (a credit in a caption, a dateline in a
        body paragraph), the one whose kind says most about an attribution there."""
        i = bisect.bisect_right(self._region_starts, pos)
        best = None
        for r in self.regions[max(0, i - 4):i]:
            if r.span.start_char <= pos < r.span.end_char:
                if best is None or _REGION_PRIORITY.get(r.kind, 9) < _REGION_PRIORITY.get(best.kind, 9):
                    best = r
        return best

    def para_bounds(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, (len(self.text) if end < 0 else end)

    def token_at(self, pos: int) -> Token | None:
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return list(span) if span is not None else []

    def claimed(self, start: int, end: int) -> bool:
        for d in self.drafts:
            for s, e in d.content:
                if min(e, end) - max(s, start) > 0.5 * min(e - s, end - start):
                    return True
        return False

    def claimed_outside(self, pieces: Sequence[tuple[int, int]], cue: tuple[int, int]) -> bool:
        """Whether ``pieces`` overlap a draft's content (as :meth:`claimed`) other than a whole
        attribution reported inside them: a draft whose content, cue and source all lie within
        ``pieces``' extent while ``cue`` lies outside that draft ("Trump said he was “happy”,
        according to the Times": the Times' content holds Trump's attribution; PolNeAR marks both,
        the inner one nested), or a sourceless one whose content and cue lie within them ("X is
        expected to testify, her lawyer said")."""
        lo, hi = min(s for s, _ in pieces), max(e for _, e in pieces)
        for d in self.drafts:
            if not any(min(e, hi2) - max(s, lo2) > 0.5 * min(e - s, hi2 - lo2)
                       for s, e in d.content for lo2, hi2 in pieces):
                continue
            spans = [*d.content, *(x for x in (d.cue, d.source) if x is not None)]
            # a sourceless one inside ("X is expected to testify, her lawyer said": the agentless
            # passive is nested in the lawyer's content) does not block the outer one (issue 11)
            whole = (d.cue is not None and all(lo <= s and e <= hi for s, e in spans)
                     and not (d.start < cue[1] and cue[0] < d.end)
                     and not (d.cue[0] < cue[1] and cue[0] < d.cue[1]))  # the same cue is no inner attribution
            if not whole:
                return True
        return False


def find_attributions(doc: Doc, regions: Sequence[Region], *, mode: str = "accurate",
                      tagged: list | None = None, meta: dict[str, Any] | None = None) -> tuple[list, list]:
    """Find the attributions of a parsed Doc.

    Each stage runs on its own: a stage that raises loses only the drafts it was building (logged,
    counted in ``meta["failed_stages"]``), and every draft is checked before it becomes a record
    (:func:`.drafts.keep_checked`), so one bad rule never loses the article.

    Args:
        doc: a Doc processed by spaCy's English pipeline (tagger, parser, NER).
        regions: the article layout (:func:`saidwhat.article.structure.detect_regions`).
        mode: ``"accurate"`` or ``"fast"``.
        tagged: the learned tagger's attributions of ``doc`` when already computed (a batch in
            ``nlp.pipe``); ``None`` runs the tagger of ``mode`` on ``doc``.
        meta: a dict that receives ``dropped_drafts`` / ``dropped_by_rule`` / ``failed_stages``
            when a draft or a stage fails (nothing is written when all goes well).

    Returns:
        ``(speakers, attributions)``: lists of :class:`~saidwhat.types.Speaker` and
        :class:`~saidwhat.types.Attribution`, offsets in characters of ``doc.text``.
    """
    meta = {} if meta is None else meta
    ctx = _Ctx(doc, regions)
    stages = (("headline_frame", _headline_frames), ("speaker_label", _speaker_labels),
              ("quote", _quote_attributions), ("model", partial(_extra_from_model, mode=mode, tagged=tagged)),
              ("reporting_verb", _verbal_attributions), ("according_to", _according_to),
              ("as_reported_by", _as_reported_by),
              ("evidence", _in_evidence), ("nominal_cue", _nominal_attributions), ("floating_quote", _floating_quotes))
    for name, stage in stages:
        n = len(ctx.drafts)
        try:
            stage(ctx)
        except Exception as exc:  # noqa: BLE001 - one failing rule must not lose the article
            log.warning("rule stage %r failed (%s: %s); its drafts are dropped", name, type(exc).__name__, exc)
            del ctx.drafts[n:]
            meta.setdefault("failed_stages", []).append(name)
        for d in ctx.drafts[n:]:
            d.rule = d.rule or name
    return _finish(ctx, meta)


# -- 1. headline "Name: claim" -----------------------------------------------------------------
_HEADLINE_FRAME = re.compile(r"^[ \t]*(?P<src>[A-Z][^:\n]{0,60}?)[ \t]*(?P<cue>:)[ \t]+(?P<content>\S[^\n]*?)[ \t]*$", re.M)


#: Section labels and kickers before a headline's colon ("Transcript:", "Interview:", "Bombshell:"):
#: no speaker (issue 11).
_SECTION_LABELS = HEADLINE_LABELS | frozenset({"transcript", "full transcript", "interview", "q&a", "in full",
                                               "recap", "preview", "profile", "comment", "letters", "obituary",
                                               "bombshell", "boom", "wow", "flashback", "just in", "must see",
                                               "must-see", "busted", "shock", "exposed", "revealed", "confirmed"})
#: The topic after a sign-off's name ("“…” - Leeds health chief on the outbreak"): not the source.
_SIGN_OFF_TOPIC = re.compile(r"\s+(?:on|about|over|after|as)\s+(?=[a-z\d“\"'‘])")
#: Session 14 (genre train, local and courts copy): a headline "Topic: claim, says X" ("Lido row:
#: district council 'washed its hands' of pool, says new mayor", "Care home fraud: ‘…’, says SFO")
#: is no "Name: claim" frame: the label before the colon is the story's topic and the inverted
#: verb's subject after the last comma is the source, which the reporting-verb stage finds
#: (:func:`_verbal_attributions`). ``False`` gives the old behaviour.
_S14_HEAD_SAYS_TAIL = True
#: ", says new mayor" closing a headline line: a comma, a present-tense verb of saying, then a
#: short noun phrase (up to five words) to the end of the line (:data:`_S14_HEAD_SAYS_TAIL`).
_HEAD_SAYS_TAIL = re.compile(r"[,’'\"”]\s*(?:says|said|claims|warns|insists|admits|tells|argues|vows|declares)"
                             r"\s+[\w’'&.-]+(?:\s+[\w’'&.-]+){0,4}\s*$")

#: Session 15 (series u; genre train "Lindmoor inquiry live: former water boss …"): a headline
#: "Topic: X says claim" ("Salt Meridian split: Haddad says band …", "Telvani outage: watchdog
#: says …") is no "Name: claim" frame either: the label is the story's topic or event and the
#: subject of the verb of saying that opens the text after the colon is the source, which the
#: reporting-verb stage finds (:func:`_verbal_attributions`), as :data:`_S14_HEAD_SAYS_TAIL` for
#: the inverted ", says X". ``False`` gives the old behaviour.
_S15_HEAD_SAYS_HEAD = True
#: A short subject (one to five words, no quotation mark first) and a present-tense verb of saying
#: opening a headline's text after its colon (:data:`_S15_HEAD_SAYS_HEAD`).
_HEAD_SAYS_HEAD = re.compile(r"[A-Za-z][\w’'&.-]*(?:\s+[\w’'&.-]+){0,4}?\s+(?:says|tells|warns|insists|claims|admits"
                             r"|argues|vows|denies|urges|reveals|confirms|accuses|blames|defends|hits\s+back)\b")


def _headline_frames(ctx: _Ctx) -> None:
    for r in ctx.regions:
        if r.kind != "headline":
            continue
        line = r.span.text
        m = _HEADLINE_FRAME.match(line)
        if not m:
            continue
        if _S14_HEAD_SAYS_TAIL and _HEAD_SAYS_TAIL.search(m.group("content")):
            continue  # "Lido row: …, says new mayor": a topic label, the source is after "says"
        if _S15_HEAD_SAYS_HEAD and _HEAD_SAYS_HEAD.match(m.group("content")):
            continue  # "Band split: Singer says …": a topic label, the source says it after the colon
        src = m.group("src").strip()
        if src.lower() in _SECTION_LABELS or len(src.split()) > 5 or re.search(r"\d", src):
            continue
        base = r.span.start_char
        s0, s1 = base + m.start("src"), base + m.start("src") + len(src)
        toks = ctx.tokens_in(s0, s1)
        if not toks or any(t.pos_ in ("VERB", "AUX") for t in toks) or not any(
                t.pos_ in ("PROPN", "NOUN") or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in toks):
            continue
        c0, c1 = base + m.start("content"), base + m.end("content")
        pieces = [(c0, c1)]
        ctx.drafts.append(Draft(pieces, (s0, s1), (base + m.start("cue"), base + m.end("cue")),
                                content_type(pieces, ctx.quotes), 0.75))


_SPEAKER_LABEL = re.compile(r"^[ \t\"“]*(?P<src>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3})[ \t]*(?P<cue>:)[ \t]+(?P<content>\S[^\n]*?)[ \t]*$", re.M)

#: Session 15 (series u, Malaysian and wire copy): a label in capitals before a colon that is the
#: text's only such label and opens a news lead ("KUALA LUMPUR: The Dewan Rakyat descended into
#: uproar …") is a dateline, not a transcript's "TAPPER:" turn (a transcript
#: has two turns at least): no attribution (:func:`_lone_caps_label`). ``False``: old behaviour.
_S15_DATELINE_LABEL = True
from .speakers.ner_fix import CAPITALS as _CAPITALS  # noqa: E402
_CAPITAL_CITIES = frozenset(_CAPITALS)


def _lone_caps_label(text: str, at: int, src: str) -> bool:
    """Whether the capitals label ``src`` at ``at`` (characters) is a dateline
    (:data:`_S15_DATELINE_LABEL`): no other line of ``text`` opens with a label in capitals and a
    colon, and the text after the colon opens with "The"/"A"/"An" (a news lead) or the label is a
    capital city (:data:`~.speakers.ner_fix.CAPITALS`)."""
    others = [m for m in _SPEAKER_LABEL.finditer(text) if m.group("src").isupper() and m.start("src") != at]
    if others:
        return False
    after = text[at + len(src):at + len(src) + 40].lstrip(" \t:")
    first = re.match(r"[A-Za-z]+", after)
    return bool(first) and (first.group(0) in ("The", "A", "An") or src.lower() in _CAPITAL_CITIES)


def _speaker_labels(ctx: _Ctx) -> None:
    """Transcript and interview layout: a paragraph "TAPPER: And obviously, …" or "Jeb Bush:
    Student loans …" is an attribution with the colon as cue (PolNeAR guidelines, cues)."""
    for m in _SPEAKER_LABEL.finditer(ctx.text):
        src = m.group("src")
        if src.lower() in _SECTION_LABELS or src.rstrip(".").lower() in ("updated", "posted", "published", "note", "editor", "q", "a"):
            continue
        reg = ctx.region_at(m.start("src"))
        if reg is not None and (reg.kind != "body" or reg.duplicate_of):
            continue
        toks = ctx.tokens_in(m.start("src"), m.end("src"))
        if not toks or not all(t.pos_ in ("PROPN", "NOUN") or t.text.isupper() for t in toks if not t.is_punct):
            continue
        if any(t.ent_type_ in ("DATE", "TIME", "GPE", "CARDINAL") for t in toks):
            continue
        if _S15_DATELINE_LABEL and src.isupper() and _lone_caps_label(ctx.text, m.start("src"), src):
            continue  # "KUALA LUMPUR: The Dewan Rakyat descended …": a dateline, not a transcript turn
        pieces = [(m.start("content"), m.end("content"))]
        if ctx.claimed(*pieces[0]):
            continue
        ctx.drafts.append(Draft(pieces, (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")),
                                content_type(pieces, ctx.quotes), 0.7))
    if _forms._S10_FORMS:
        _post_headings(ctx)


#: A live-blog post heading "Opposition leader: ‘…’", "Residents’ group: …": a label of one to four
#: words (the first capitalised) before a colon, the claim after it on the same line.
_POST_HEADING = re.compile(r"^[ \t]*(?P<src>[A-Z][\w'’\-]*(?:[ \t]+[\w'’\-]+){0,3})[ \t]*(?P<cue>:)[ \t]+"
                           r"(?P<content>\S[^\n]*?)[ \t]*$", re.M)


def _post_headings(ctx: _Ctx) -> None:
    """A live-blog post's heading "Label: claim" on the line after the post's timestamp ("20:42
    GMT", "2.15pm"; :func:`~.speakers.forms.after_timestamp`) whose label is a description in
    sentence case ("Opposition leader", "Union", "Residents’ group"), which
    :func:`_speaker_labels` (capitalised words only) does not read: the label is the source,
    the colon the cue (``gold/speakers/genre/README.md``, series g/h: the speaker is the person or
    body the post names; :mod:`.speakers.forms`). Session 10."""
    for m in _POST_HEADING.finditer(ctx.text):
        src = m.group("src")
        if src.lower() in _SECTION_LABELS or re.search(r"\d", src) or not _forms.after_timestamp(ctx.text, m.start("src")):
            continue
        reg = ctx.region_at(m.start("src"))
        if reg is not None and (reg.kind != "body" or reg.duplicate_of):
            continue
        toks = [t for t in ctx.tokens_in(m.start("src"), m.end("src")) if not t.is_punct and t.tag_ != "POS"]
        if not toks or any(t.pos_ in ("VERB", "AUX", "ADP", "PRON", "NUM") for t in toks) \
                or toks[-1].pos_ not in ("NOUN", "PROPN"):
            continue
        pieces = [(m.start("content"), m.end("content"))]
        if ctx.claimed(*pieces[0]):
            continue
        ctx.drafts.append(Draft(pieces, (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")),
                                content_type(pieces, ctx.quotes), 0.7, rule="post_heading"))


# -- 2. quotations ------------------------------------------------------------------------------
def _opens_own_content(clause: list[Token], cue: Token) -> bool:
    """Whether the cue clause after a quote that ends its sentence ("….” He said that …") goes
    on to a content of its own, so that the cue is not the quote's."""
    after = [t for t in clause if t.i > cue.i and not t.is_punct and not t.is_space]
    return len(after) > 4 or any(t.lower_ == "that" or t.pos_ in ("VERB", "AUX") for t in after)


def _participle_with_own_object(cue: Token) -> bool:
    """Whether ``cue`` is a participle after a comma with a thing as its own object ("… had
    “stayed on my feet the whole time”, *posting* a photograph of the ruck"): it reports that
    object, not the quotation before it, which belongs to the clause it sits in (issue 11).
    A person as object is an addressee ("…,” telling reporters), so that cue is kept."""
    if cue.tag_ != "VBG" or cue.i == 0 or cue.doc[cue.i - 1].text != ",":
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.ent_type_ != "PERSON" for c in cue.children) and \
        lemma(cue) not in ("tell", "inform", "assure", "remind", "warn", "urge", "ask", "advise")


def _reported_before(ctx: _Ctx, q: Quote, cue: Token) -> bool:
    """Whether the quotation ``q`` is the content of a speech verb earlier in its own sentence,
    one with a subject ("Jackson said after the game that it was “a football play.”"), while
    ``cue`` lies in a later sentence: then ``cue`` is not the quotation's (issue 11)."""
    first = ctx.token_at(q.inner[0])
    if first is None or cue.sent.start <= first.i:
        return False
    for a in first.ancestors:
        if a.i < first.i and a.sent.start == first.sent.start and is_speech_verb(a) \
                and not ctx.in_quote[a.idx] and source_span(a) is not None:
            return True
    return False


def _speechlike(ctx: _Ctx, q: Quote) -> bool:
    a, b = q.inner
    inner = ctx.text[a:b].strip()
    n = word_count(inner)
    return n >= 4 or (n >= 2 and inner[-1:] in ".,!?…") 


def _cue_in(ctx: _Ctx, toks: list[Token], *, allow_frame: bool = False) -> Token | None:
    for t in toks:
        if t.i in ctx.used_cues or ctx.in_quote[t.idx]:
            continue
        if is_speech_verb(t) or (allow_frame and is_frame_verb(t)):
            return t
    return None


#: Session 17 S1 (wrong source spans upstream, PolNeAR speaker train). ``False`` gives the old
#: behaviour of each.
#: The cue's subject whose phrase the parser ran back over the quotation before it ("“It’s
#: unanimous,” councilmember Mark Levine said": the subject's left edge at "It") is cut at the
#: quotation's end (before: no source, the title taken into the content); and a lead-in cue's
#: subject in the same sentence before an earlier quotation ("The retired neurosurgeon addressed
#: … with “The View,” remarking …: “…”") is its source (before: no source). :func:`_source_near`.
_S17_S1_WINDOW_SUBJECT = True
#: A colon lead-in whose last noun phrase is the object of a preposition ("… kill in a 30-minute
#: shooting spree:", "… the candidates on both sides:", "… in a post on Twitter:") is no "Name:"
#: label: the subject of the nearest verb up the tree that has one is the source, else none
#: (before: the prepositional object). :func:`_clause_before_colon`.
_S17_S1_COLON_POBJ = True


def _source_near(ctx: _Ctx, cue: Token, lo: int, hi: int, *, before_ok: bool = False) -> tuple[int, int] | None:
    """Source of ``cue`` restricted to ``[lo, hi)``: its subject, else the noun phrase right
    after an inverted cue ("said Caddell"), else a subject near the cue that is not inside a
    quotation; never a span holding the cue word ("Said Ellis:" → "Ellis").
    With :data:`_S17_S1_WINDOW_SUBJECT`: a subject phrase that starts before ``lo`` while its head
    lies inside is cut at ``lo``; with ``before_ok`` (a lead-in cue before its quotation), the
    cue's subject may lie before ``lo`` in the cue's own sentence, outside any quotation (``lo``
    is then the end of an earlier quotation in that sentence)."""
    src = _source_near_any(ctx, cue, lo, hi)
    if src is None and _S17_S1_WINDOW_SUBJECT:
        src = _subject_across_window(ctx, cue, lo, hi, before_ok)
    if src is None:
        return None
    cue_end = cue.idx + len(cue)
    if src[0] <= cue.idx < src[1]:
        rest = ctx.text[cue_end:src[1]]
        if not rest.strip():
            return None
        src = (cue_end + len(rest) - len(rest.lstrip()), src[1])
    return src


def _subject_across_window(ctx: _Ctx, cue: Token, lo: int, hi: int, before_ok: bool) -> tuple[int, int] | None:
    """The cue's subject phrase (:func:`.source.source_span`) that the window ``[lo, hi)`` of
    :func:`_source_near` cut off (:data:`_S17_S1_WINDOW_SUBJECT`): its part from ``lo`` when its
    head word lies in the window before the cue, or (``before_ok``) the whole phrase when it ends
    before ``lo`` in the cue's sentence; never a phrase holding quoted text. Else ``None``."""
    src = source_span(cue)
    subj = subject_of(cue)
    if src is None or subj is None or src[1] > hi or src[1] > cue.idx:
        return None
    if src[0] < lo < src[1] and lo <= subj.idx < cue.idx:
        s = lo
        while s < src[1] and (ctx.text[s].isspace() or not ctx.text[s].isalnum()):
            s += 1
        if s < src[1] and not any(ctx.in_quote[s:src[1]]):
            return s, src[1]
        return None
    if before_ok and src[1] <= lo and src[0] >= cue.sent.start_char and subj.idx >= cue.sent.start \
            and src[0] <= subj.idx and not any(ctx.in_quote[src[0]:src[1]]):
        return src
    return None


def _source_near_any(ctx: _Ctx, cue: Token, lo: int, hi: int) -> tuple[int, int] | None:
    src = source_span(cue)
    if src is not None and lo <= src[0] and src[1] <= hi:
        return src
    # a second subject inside the window ("Nothing the president said “…,” the Florida senator
    # said.": spaCy gives "said" both "Nothing" and "senator" as subjects)
    for c in cue.children:
        if c.dep_ == "nsubj" and lo <= c.idx < hi and c.pos_ in ("PROPN", "NOUN", "PRON"):
            s, e = source_extent(c)
            inner = char_extent(cue.doc, s, e)
            if inner is not None and lo <= inner[0] and inner[1] <= hi and not inner[0] <= cue.idx < inner[1]:
                return inner
    # inverted: "…,” said Caddell." — not a coordinated verb ("…” and said Stevens's rescue …")
    prev_tok = cue.doc[cue.i - 1] if cue.i > 0 else None
    coordinated = prev_tok is not None and prev_tok.lower_ in ("and", "but", "or", "nor")
    nxt = [t for t in cue.doc[cue.i + 1: cue.i + 8] if lo <= t.idx < hi] if not coordinated else []
    # "“…?” asked O'Neill.": spaCy reads the name after a subjectless cue right after a closing
    # quote as its object; there it is the inverted subject
    after_quote = prev_tok is not None and prev_tok.tag_ == "''" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cue.children)
    for t in nxt:
        if _source_mod._S17_S1_TIME_SUBJECT and t.lower_ in _source_mod._TIME_WORDS:
            continue  # "… said Wednesday, “…”": a time word, never an inverted subject
        if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in ("dobj", "dative") or t.dep_ in ("nsubj",) or (
                after_quote and t.dep_ == "dobj" and t.pos_ == "PROPN" and t.head.i == cue.i
                and (t.right_edge.i + 1 >= len(cue.doc) or cue.doc[t.right_edge.i + 1].is_punct)):
            doc = cue.doc
            s, e = np_extent(t.head if t.dep_ == "compound" else t)
            if e <= s or doc[s].idx < lo or doc[e - 1].idx >= hi:
                # the compound's head lies past the window (a parse running into the next
                # paragraph: "…,” asked O'Neill.\n\nJeb Carson waves …") or the phrase is only
                # punctuation: the token's own phrase, else no source
                s, e = np_extent(t)
                if e <= s:
                    break
            return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        if t.is_punct or t.pos_ == "ADP":
            break
    if src is not None and abs(src[0] - cue.idx) < 80 and not any(ctx.in_quote[src[0]:src[1]]):
        return src
    return None


def _quote_attributions(ctx: _Ctx) -> None:
    text = ctx.text
    quotes = ctx.quotes
    prev_draft: Draft | None = None
    prev_end = 0
    for qi, q in enumerate(quotes):
        reg = ctx.region_at(q.start)
        if reg is not None and reg.duplicate_of:
            continue
        if any(d.extra.get("headline") for d in ctx.drafts) and ctx.claimed(q.start, q.end):
            continue
        if ctx.claimed(q.start, q.end):
            prev_end = q.end
            continue
        pstart, pend = ctx.para_bounds(q.start)
        _, qpend = ctx.para_bounds(max(q.end - 1, q.start))
        nxt_q = quotes[qi + 1].start if qi + 1 < len(quotes) else len(text)
        post_hi = min(nxt_q, qpend)
        pre_lo = max(prev_end, pstart)
        pre_text = text[pre_lo:q.start]
        inner_a, inner_b = q.inner
        inner = text[inner_a:inner_b].rstrip()
        speech = _speechlike(ctx, q)
        draft: Draft | None = None

        # (a) cue clause after the quote: "…,” Assad said." / "…” of Syria, he added."
        # the clause runs to the first sentence-final token ("Mr." is one token, so it is no end)
        post_toks = []
        for t in ctx.tokens_in(q.end, post_hi):
            if not t.is_space:
                post_toks.append(t)
            if t.text in (".", "!", "?", ";"):
                break
        post_clause_hi = post_toks[-1].idx + len(post_toks[-1]) if post_toks else q.end
        if speech and post_toks:
            cue = _cue_in(ctx, post_toks[:9])
            if cue is not None and inner.endswith(".") and _opens_own_content(post_toks, cue):
                # '… another address." He said that if …': a new sentence with its own content
                cue = None
            if cue is not None and _participle_with_own_object(cue):
                cue = None
            if cue is not None and inner[-1:] in ".!?" and _reported_before(ctx, q, cue):
                # 'X said that it was "a football play." Houston's coach agreed.': the quote
                # ends a sentence whose own cue comes before it; the next sentence's cue is not its
                cue = None
            if cue is not None:
                src = _source_near(ctx, cue, q.end, post_clause_hi)
                if src is not None:
                    src = tidy_source(ctx.doc, src, cue.i)  # '…,” mused Blaze co-host X' (source._S14_PN_HYPHEN_SPAN)
                lead = [t for t in post_toks if t.i < cue.i and (src is None or t.idx < src[0]) and not t.is_punct]
                pieces = [(q.start, q.end)]
                typ = "direct"
                if lead and lead[0].pos_ == "PROPN" and lead[0].text[:1].isupper():
                    # "…,” Sarandon, 69, told MSNBC Monday": the name before the cue is the source
                    head = lead[0]
                    while head.dep_ in ("compound", "flat") and head.head.i < cue.i:
                        head = head.head
                    a, b = np_extent(head)
                    if b <= cue.i:
                        # the name's phrase, never reaching back into the quote ("…,” Sarandon, 69, told")
                        src = (max(ctx.doc[a].idx, lead[0].idx), ctx.doc[b - 1].idx + len(ctx.doc[b - 1]))
                        lead = []
                    # else the phrase runs over its own cue (a broken parse of all-caps text: "SAID
                    # GUARDIAN, WHO DECLINED TO SAY …", fuzz seed 13): no cue here (``lead`` stays)
                if lead and lead[0].lower_ in ("and", "but", "or", "nor") and src is None:
                    # '… saying his comment “has no place” and said …': a verb coordinated with
                    # the clause the quote sits in, not this quote's cue
                    cue = None
                elif lead and len(lead) <= 6 and lead[0].text[:1].islower() and not any(t.pos_ in ("VERB", "AUX") for t in lead):
                    pieces = [(q.start, lead[-1].idx + len(lead[-1]))]
                    typ = "mixed"
                elif lead:
                    cue = None
                if cue is not None:
                    draft = Draft(pieces, src, cue_extent(cue), typ, 0.95 if src else 0.7,
                                  addressee=addressee_span(cue), cue_token=cue.i)
        # (b) cue clause before the quote: "He said, “…”", "said: “…”", "told Yahoo News: “…”"
        if draft is None and speech:
            pre_strip = pre_text.rstrip()
            lead_in_lo = pre_lo
            if not pre_strip and q.start == pstart and pstart > 0:
                # colon lead-in in the previous paragraph
                ppstart, _ = ctx.para_bounds(max(pstart - 2, 0))
                prev_para = text[ppstart:pstart].rstrip()
                if prev_para.endswith(":") and prev_end <= ppstart:
                    lead_in_lo, pre_strip = ppstart, prev_para
            if pre_strip.endswith((",", ":")) or (pre_strip.endswith(("—", "–")) is False and pre_strip.endswith(":")):
                end_char = lead_in_lo + len(pre_strip)
                toks = [t for t in ctx.tokens_in(lead_in_lo, end_char) if not t.is_space and not t.is_punct]
                digest = _DIGEST_BYLINE.search(pre_strip) if pre_strip.endswith(":") else None
                cue = None if digest else _cue_in(ctx, toks[-6:], allow_frame=pre_strip.endswith(":"))
                if digest:
                    # digest layout "IOWA POLLS NOT WRONG - Mark Blumenthal and Jon Cohen: “…”",
                    # "Pollsters agree - Carl Bialik:": the name after the dash is the source, the
                    # colon the cue (PolNeAR train, HuffPollster digests); the headline is no clause
                    s0 = lead_in_lo + digest.start("src")
                    draft = Draft([(q.start, q.end)], (s0, s0 + len(digest.group("src"))), (end_char - 1, end_char),
                                  "direct", 0.8)
                elif cue is not None:
                    src = _source_near(ctx, cue, lead_in_lo, end_char, before_ok=True)
                    draft = Draft([(q.start, q.end)], src, cue_extent(cue), "direct", 0.9 if src else 0.7,
                                  addressee=addressee_span(cue), cue_token=cue.i)
                elif pre_strip.endswith(":"):
                    framed = _clause_before_colon(ctx, toks, lead_in_lo, end_char)
                    if _TOPIC_LEAD_IN.search(text, lead_in_lo, end_char):
                        # "Of the council: “They never listen.”": a topic, not a source; the
                        # quote is the previous speaker's (a floating quote)
                        if word_count(inner) >= 2:
                            ctx.floating.append(q)
                    elif _possessed_answer(ctx, toks) is not None:
                        # "Harris's answer was short: “No. Never.”": the possessor is the source
                        src, cue_span = _possessed_answer(ctx, toks)
                        draft = Draft([(q.start, q.end)], src, cue_span, "direct", 0.75)
                    elif framed is not None:
                        # "Sanders made the following comment: “…”": the clause's subject is the
                        # source, the verb phrase up to the colon the cue (PolNeAR dev)
                        src, cue_span = framed
                        draft = Draft([(q.start, q.end)], src, cue_span, "direct", 0.75)
                    else:
                        src = np_before(ctx.doc, end_char - 1)
                        if _S17_S1_COLON_POBJ and src is not None and toks:
                            src = _colon_pobj_source(ctx, toks, lead_in_lo, end_char, src)
                        if src is not None and text[src[0]:src[1]].lower() in _SECTION_LABELS:
                            src = None  # "Transcript: “…”": a section label, not a speaker
                        if src is not None:
                            draft = Draft([(q.start, q.end)], src, (end_char - 1, end_char), "direct", 0.75)
        # (c) dash sign-off: "“…” —Transit Commissioner Lena Ortiz"; session 10: it is the quote's
        # source over a lead-in in the previous paragraph ("From our comments: ¶ “…” – Eileen,
        # Westgate": a reader's signed comment, rule 16 of gold/speakers/README.md)
        led_from_before = _forms._S10_FORMS and draft is not None and draft.source is not None \
            and draft.source[1] <= pstart
        if (draft is None or led_from_before) and speech:
            m2 = re.match(rf"[ \t]*[{DASHES}-]{{1,2}}[ \t]*([A-Z][^\n]{{1,80}}?)[ \t.]*$", text[q.end:qpend])
            if m2 and len(m2.group(1).split()) <= 8:
                s0 = q.end + m2.start(1)
                sign = _SIGN_OFF_TOPIC.split(m2.group(1), 1)[0]
                if _forms._S10_FORMS and re.match(r"[A-Z][a-z]+,[ \t]+[A-Z]", sign):
                    sign = sign.split(",", 1)[0]  # "– Eileen, Westgate": a reader's first name, then the place
                draft = Draft([(q.start, q.end)], (s0, s0 + len(sign)), None, "direct", 0.8)
        # (d) continuation of a split quote: "A," he said. "B."
        if draft is None and prev_draft is not None and prev_draft.cue_token is not None and speech:
            cue_tok = ctx.doc[prev_draft.cue_token]
            if pre_lo <= cue_tok.idx < q.start and pre_lo == prev_draft.end and ctx.para_bounds(pre_lo)[0] == pstart:
                prev_draft.content.append((q.start, q.end))
                prev_draft.type = "direct" if prev_draft.type == "direct" else "mixed"
                prev_end = q.end
                continue
        # (e) floating quote: no cue; resolved after the other stages (:func:`_floating_quotes`)
        if draft is None and speech and (word_count(inner) >= 5 or inner[-1:] in ".!?"):
            ctx.floating.append(q)
        if draft is not None:
            for hole in (draft.cue, draft.source):
                if hole is not None:
                    draft.content = _cut(draft.content, hole) or draft.content
            ctx.drafts.append(draft)
            if draft.cue_token is not None:
                ctx.used_cues.add(draft.cue_token)
            prev_draft = draft
        prev_end = q.end


#: A digest item's lead-in: a headline, a dash, then the quoted writer's or outlet's name and a
#: colon ("… JUST TOO EARLY - Mark Blumenthal and Jon Cohen:", "… all along -More from Blumenthal
#: and Cohen:"); the dash must follow a space, so a hyphenated word is no dash, and every word of
#: the name is capitalised ("and" between names), so a clause ("— he said:") does not match.
_DIGEST_BYLINE = re.compile(r"\S[ \t]+[-–—][ \t]*(?:More[ \t]+from[ \t]+)?"
                            r"(?P<src>[A-Z][\w.'’\-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w.'’\-]*){0,5})[ \t]*:$")


#: A colon lead-in that names a topic, not a source: "Of the council:", "On immigration:", "As for
#: the budget:", "Asked about X:" (the speaker is the previous one or the one named after).
_TOPIC_LEAD_IN = re.compile(r"(?:^|[.!?\n]\s*|[”\"]\s*)(?:Of|On|About|As for|As to|Regarding|Asked about|When asked about|Asked)\b[^.!?:,\n]{0,80}:\s*$")


#: Nouns of a reply that, owned by someone, introduce what they said ("Harris's answer was short:").
_ANSWER_NOUNS = frozenset({"answer", "reply", "response", "retort", "message", "verdict", "comment", "comments",
                           "reaction", "statement", "words", "advice", "warning", "explanation", "assessment"})


#: Session 12 (genre train series m): the owned answer noun of a colon lead-in may stand far from
#: the colon when it is the subject of the lead-in's main clause ("Mensah's response, posted on
#: social media shortly after 2am, was two words long:"). Design switch (``False`` gives the earlier
#: rule, to measure before/after in one process; shipped ``True``).
_S12_PRON_ANSWER_SUBJECT = True


def _possessed_answer(ctx: _Ctx, toks: list[Token]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``(source, cue)`` of a colon lead-in whose subject is someone's answer ("Harris's answer
    was short:", "His reply:"): the possessor and the answer noun. An answer noun among the last
    eight words, or (:data:`_S12_PRON_ANSWER_SUBJECT`) one further back that is the subject of the
    verb the colon closes ("Ruiz's reply, when asked whether the firm knew, was brief:"; the
    clause between is the noun's own). ``toks``: the lead-in's words, the colon left out."""
    far = []
    if _S12_PRON_ANSWER_SUBJECT and len(toks) > 8:
        root = toks[-1]
        while root.head.i != root.i and root.head.i <= toks[-1].i \
                and not (root.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)):
            root = root.head
        # the subject of that verb, or a subject the parser hung on a verb past the colon (the
        # sentence run on into the quotation: "X's own verdict …, was blunt: ‘I don't do …’")
        far = [t for t in toks[:-8] if t.dep_ in ("nsubj", "nsubjpass") and (t.head.i == root.i or t.head.i > toks[-1].i)]
    for t in far + toks[-8:]:
        if t.lower_ in _ANSWER_NOUNS:
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            if poss is None:
                continue
            a, b = poss.left_edge.i, poss.i + 1
            return (ctx.doc[a].idx, ctx.doc[b - 1].idx + len(ctx.doc[b - 1])), (t.idx, t.idx + len(t))
    return None


def _clause_before_colon(ctx: _Ctx, toks: list[Token], lo: int, colon_end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``(source, cue)`` of a lead-in clause ending in a colon whose last noun phrase is the object
    of a verb with a subject ("I had to change my answer:", "The piece used … as its headline:"),
    else ``None`` (a bare "Name:" label keeps the noun phrase as its source)."""
    if not toks:
        return None
    t = toks[-1]
    verb = None
    while t.head is not t and t.dep_ in ("dobj", "pobj", "prep", "attr", "dative", "compound", "amod", "poss", "xcomp", "conj"):
        t = t.head
        if t.pos_ in ("VERB", "AUX") and lo <= t.idx < colon_end:
            verb = t
            break
    if verb is None:
        return None
    src = source_span(verb)
    if src is None or src[0] < lo or src[1] > verb.idx:
        return None
    # the cue starts after its source ("― Sanders made the following comment:")
    start = max(cue_extent(verb)[0], src[1])
    while start < colon_end and ctx.text[start].isspace():
        start += 1
    return src, (start, colon_end)


#: Prepositions whose object is a source ("From the report:", "according to the memo:", "a
#: statement by the ministry:"): :func:`_colon_pobj_source` keeps their noun phrase.
_SOURCE_PREPS = frozenset({"from", "to", "by", "via"})


def _colon_pobj_source(ctx: _Ctx, toks: list[Token], lo: int, colon_end: int,
                       src: tuple[int, int]) -> tuple[int, int] | None:
    """The source of a colon lead-in whose last noun phrase ``src`` (:func:`.source.np_before`)
    is the object of a preposition ("the Daily News focuses on how many people … were able to kill
    in a 30-minute shooting spree:", "saying in a Trumpian post on Twitter:"): a "Name:" label is
    never a prepositional object, so the subject of the nearest verb up the tree that has one in
    the lead-in (or before an earlier quotation of the same sentence) is the source, else ``None``
    (:data:`_S17_S1_COLON_POBJ`, PolNeAR speaker train). Any other ``src`` is returned unchanged.
    ``toks``: the lead-in's words without punctuation; offsets in characters."""
    t = toks[-1]
    while t.dep_ in ("compound", "amod", "nummod", "poss", "case", "flat") and t.head.i > t.i \
            and t.head.idx < colon_end:
        t = t.head
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or not (src[0] <= t.idx < src[1]) \
            or t.head.lower_ in _SOURCE_PREPS:
        return src  # "From the report:", "More from the report:": a preposition that names a source
    cur = t
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            continue
        got = source_span(cur)
        if got is None or got[1] > cur.idx or any(ctx.in_quote[got[0]:got[1]]):
            continue
        if got[0] >= lo or got[0] >= cur.sent.start_char:
            return got
    return None


def _floating_quotes(ctx: _Ctx) -> None:
    """A quote with no cue takes the speaker of the nearest attribution before it, when that one
    ends at most two paragraphs and 600 characters earlier; else it is not reported. When that
    attribution is the writer's own question or remark to someone ("I ask Fairbanks whether …"),
    the quote is the answer of the one asked (:func:`_writer_addressee`, resolved in :func:`_finish`)."""
    if _S12_PRON_ECHO:
        speaking = {w.lower() for x in ctx.drafts if x.source is not None and x.rule != "headline_frame"
                    for w in re.findall(r"[A-Z][\w’'-]{2,}", ctx.text[x.source[0]:x.source[1]])}
        for d in [d for d in ctx.drafts if d.rule == "headline_frame" and len(d.content) == 1]:
            # "Storm Ffion: ‘The river came through the front door like a train’": a headline's
            # label before a pull quote the body repeats is a topic; the quote is the body speaker's.
            # A label naming someone the body quotes stays the source ("A lesson from Loretta
            # Lynch: ‘…’" with "Lynch said" below; PolNeAR dev)
            if d.source is not None and any(w.lower() in speaking for w in
                                            re.findall(r"[A-Z][\w’'-]{2,}", ctx.text[d.source[0]:d.source[1]])):
                continue
            q = next((q for q in ctx.quotes if q.start == d.content[0][0] and q.end == d.content[0][1]), None)
            echo = _echoed_later(ctx, q) if q is not None else None
            if echo is not None:
                d.source, d.cue, d.follow = None, None, echo
    for q in ctx.floating:
        if ctx.claimed(q.start, q.end) or _title_like(ctx.text[q.inner[0]:q.inner[1]]) or not _stands_alone(ctx, q):
            continue
        echo = _echoed_later(ctx, q) if _S12_PRON_ECHO else None
        if echo is not None:
            # "08:10 GMT - ‘The water came in through the floor’ ¶ … ¶ “The water came in through the
            # floor, not the door,” she said": a heading's pull quote is the speaker's it repeats
            ctx.drafts.append(Draft([(q.start, q.end)], None, None, "direct", 0.55, follow=echo))
            continue
        before = [d for d in ctx.drafts if d.end <= q.start]
        if not before:
            continue
        last = max(before, key=lambda d: d.end)
        if q.start - last.end < 600 and _para_distance(ctx, last.end, q.start) <= 2:
            ctx.drafts.append(Draft([(q.start, q.end)], None, None, "direct", 0.55, follow=last))


#: Session 12 (genre train series m): a cue-less quote whose words an attributed quote soon after
#: repeats (a headline's or a live-blog heading's pull quote) takes that quote's speaker, not the
#: previous one (:func:`_echoed_later`). Design switch (``False`` gives the earlier rules, to measure
#: before/after; shipped ``True``).
_S12_PRON_ECHO = True
#: How far after a pull quote the quote it repeats may start (:func:`_echoed_later`), in characters.
_ECHO_CHARS = 2500


def _echoed_later(ctx: _Ctx, q: Quote) -> Draft | None:
    """The first draft with a source that starts after the cue-less quote ``q`` (within
    :data:`_ECHO_CHARS` characters) and whose content repeats ``q``'s words, four or more, in a
    row ("Storm Ffion: ‘The river came through the front door like a train’" in a headline, then
    "‘The river came through the front door like a train,’ she said" in the body), else ``None``:
    a pull quote is the words of whoever the article quotes saying them (gold/speakers/README.md,
    a cue-less quote takes the speaker of the quote it belongs to). O(drafts)."""
    words = re.findall(r"\w+", ctx.text[q.inner[0]:q.inner[1]].lower())
    if len(words) < 4:
        return None
    key = " " + " ".join(words) + " "
    for d in sorted((d for d in ctx.drafts if d.source is not None and q.end <= d.start < q.end + _ECHO_CHARS),
                    key=lambda d: d.start):
        body = " " + " ".join(w for s, e in d.content for w in re.findall(r"\w+", ctx.text[s:e].lower())) + " "
        if key in body:
            return d
    return None


#: First-person sources that are the writer speaking (gold/speakers/README.md, rule 5).
_WRITER_SOURCES = frozenset({"i", "we"})


def _writer_addressee(ctx: _Ctx, d: Draft) -> tuple[int, int] | None:
    """The addressee ``[start, end)`` of ``d`` when ``d`` is the writer's own question or remark to
    someone ("I ask Fairbanks whether …", "I tell her that …": source "I"/"we" outside quotation
    marks, a cue with an addressee), else ``None``. A floating quote after it is the answer of the
    one asked, not the writer's (interview profiles; gold/speakers/README.md rules 2 and 5; issue
    11, genre train)."""
    if d.source is None or d.addressee is None or ctx.in_quote[d.source[0]]:
        return None
    if ctx.text[d.source[0]:d.source[1]].strip().lower() not in _WRITER_SOURCES:
        return None
    return d.addressee


def _stands_alone(ctx: _Ctx, q: Quote) -> bool:
    """A quote that is a sentence of its own: only a sentence end, a colon, a dash or a line
    break before it, and nothing but punctuation or a dash sign-off after it in its sentence.
    A phrase quoted inside a sentence ("a 'living room' in Pennsylvania") is not a floating quote."""
    before = ctx.text[max(0, q.start - 3):q.start].strip()
    if before and before[-1] not in ".!?:-”\"'’)" + DASHES:
        return False
    tail = ctx.text[q.end:ctx.para_bounds(q.end)[1] if q.end < len(ctx.text) else q.end]
    nxt = tail.lstrip()[:1]
    return not nxt or not nxt.isalnum() or nxt.isupper()


_RELATIVE_END = re.compile(r"(?:,\s*|\s)(who|which|that)$", re.I)


#: A focus adverb opening a source span: any case for "even", "also", "especially",
#: "particularly", "notably"; "only"/"just" lower-case only ("Just Energy" is a name).
_FOCUS_ADVERB = re.compile(r"(?:(?i:even|also|especially|particularly|notably)|only|just)\s+(?=\S)")


def _source_edges(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """A source span cut as PolNeAR marks sources (guidelines, "Source"): a mention ending in a
    relative pronoun ("Mr. Kamin, who") is the pronoun alone (its antecedent still resolves the
    speaker); an apposition's closing comma belongs to it ("Flynn, a top Trump surrogate,"), a
    comma after a plain name does not; a leading focus adverb is no part of it ("even a top GOP
    strategist said" → "a top GOP strategist", PolNeAR train)."""
    s, e = source
    m = _FOCUS_ADVERB.match(text, s, e)
    if m is not None and m.end() < e:
        s = m.end()
    m = _RELATIVE_END.search(text, s, e)
    if m is not None and m.end() == e:
        return m.start(1), e
    inner_comma = "," in text[s:e].rstrip(", ")
    if text[s:e].endswith(","):
        return (s, e) if inner_comma else (s, e - 1)
    if inner_comma and text[e:e + 1] == ",":
        return s, e + 1
    return s, e


def _antecedent(ctx: _Ctx, source: tuple[int, int]) -> tuple[int, int] | None:
    if ctx.text[source[0]:source[1]].lower() not in ("who", "that", "which"):
        return None
    tok = ctx.token_at(source[0])
    return antecedent_of(tok) if tok is not None else None


def _title_like(inner: str) -> bool:
    """Title Case text ("Stop Mass Naturalization", "The Quiet Harbour") is a title or slogan,
    not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    if not words:
        return True
    caps = sum(1 for w in words if w[0].isupper())
    return len(words) <= 12 and caps / len(words) >= 0.6


def _para_distance(ctx: _Ctx, a: int, b: int) -> int:
    return paragraph_distance(ctx.text, a, b)  # blank lines, or runs of line breaks one paragraph a line


# -- 3. reporting verbs ------------------------------------------------------------------------
def _verbal_attributions(ctx: _Ctx) -> None:
    for tok in ctx.doc:
        if tok.i in ctx.used_cues or ctx.in_quote[tok.idx]:
            continue
        belief = is_belief_verb(tok) and not is_speech_verb(tok)
        stance = is_object_verb(tok) or any(c.dep_ == "prep" and (lemma(tok), c.lower_) in PHRASAL_CUES
                                            for c in tok.rights)
        if not (is_speech_verb(tok) or is_label_verb(tok) or belief or stance):
            continue
        if tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
            continue  # reduced passive: "when asked if …", "the plan, announced on Monday, …"
        reg = ctx.region_at(tok.idx)
        if reg is not None and reg.duplicate_of:
            continue
        src = source_span(tok)
        if is_label_verb(tok) and not is_speech_verb(tok) and not _specific_label(tok):
            continue
        pieces = verbal_content(tok) or _object_quote(ctx, tok) or (_object_content(tok) if stance and src else None)
        if not pieces:
            continue
        if src is not None:
            pieces = _cut(pieces, src)
            if not pieces:
                continue
        if ctx.claimed_outside(pieces, cue_extent(tok)):
            continue
        typ = content_type(pieces, ctx.quotes)
        if belief and (src is None or any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in tok.children)
                       or _question_or_generic(tok)):
            continue  # "asked if he wants …", "do you think …?": a question or condition, not a stance
        conf = (0.6 if belief else 0.85) if src else 0.5
        cue = cue_extent(tok)
        if src is not None and src[0] < cue[1] and cue[0] < src[1]:
            continue  # subject inside the cue: an inverted question ("would you still vote for her?")
        pieces = _cut(pieces, cue)  # "which her campaign refers to as a firewall": the cue is no content
        if not pieces:
            continue
        ctx.drafts.append(Draft(pieces, src, cue, typ, conf, addressee=addressee_span(tok), cue_token=tok.i))
        ctx.used_cues.add(tok.i)


def _question_or_generic(tok: Token) -> bool:
    """"Do you think …?": a question, not a stance of a source in the story."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    inverted = any(c.dep_ == "aux" and c.lower_ in ("do", "does", "did") and subj is not None and c.i < subj.i
                   for c in tok.children)
    return inverted


def _specific_label(tok: Token) -> bool:
    """A labelling verb ("call", "describe") reports speech unless its subject is generic: a
    bare plural or a vague pronoun ("Critics have called her style 'slow cinema'", "they call
    it …" is a description). The subject may be inherited ("Rendell … said … and called it a
    common ailment"); with none found ("a statement calling …", "stopped short of calling …")
    the tagger's reading stands, as it does for "called for/on" (PolNeAR annotates all of these)."""
    if any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "out") and c.i == tok.i + 1 for c in tok.children):
        return True
    subj = subject_of(tok)
    if subj is None:
        return True
    if subj.pos_ == "PRON":
        return subj.lower_ not in ("they", "it", "many", "some", "others", "one", "you")
    bare_plural = subj.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in subj.children)
    return not bare_plural


def _object_quote(ctx: _Ctx, tok: Token) -> list[tuple[int, int]] | None:
    """Content of "told staff the plan “wasn't ready”": an object followed by a quoted predicate."""
    for child in tok.rights:
        if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
            end = child.right_edge.idx + len(child.right_edge)
            for q in ctx.quotes:
                if end <= q.start <= end + 2 or (child.right_edge.i >= 0 and q.start <= end <= q.end and q.start > child.idx):
                    return [(child.left_edge.idx, q.end)]
    return None


def _object_content(tok: Token) -> list[tuple[int, int]] | None:
    """Content of a stance verb: its direct object with a following "for/of/over/as" phrase
    ("accused Clinton of lying")."""
    doc = tok.doc
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None:
        prep = next((c for c in tok.rights if c.dep_ == "prep" and (lemma(tok), c.lower_) in PHRASAL_CUES), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ == "PRON" and obj.lower_ in ("it", "this", "that"):
        return None
    s, e = obj.left_edge.i, obj.right_edge.i + 1
    for c in tok.rights:
        if c.dep_ == "prep" and c.i >= e and c.lower_ in ("for", "of", "over", "as"):
            e = max(e, c.right_edge.i + 1)
    while e > s and (doc[e - 1].is_punct and doc[e - 1].text not in "”\"’'"):
        e -= 1
    return [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))] if e > s else None


def _cut(pieces: list[tuple[int, int]], hole: tuple[int, int]) -> list[tuple[int, int]]:
    out = []
    for s, e in pieces:
        if hole[1] <= s or hole[0] >= e:
            out.append((s, e))
            continue
        if s < hole[0]:
            out.append((s, hole[0]))
        if hole[1] < e:
            out.append((hole[1], e))
    return [(s, e) for s, e in out if e - s > 1]


# -- 4. according to ---------------------------------------------------------------------------
def _according_to(ctx: _Ctx) -> None:
    doc = ctx.doc
    for tok in doc:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        s, e = np_extent(pobj)
        if e <= s:
            # "according to» an analysis by …": the parser made a stray mark the object; the noun
            # phrase after it is the source (fuzz seed 20), else no attribution
            nxt = next((t for t in doc[to.i + 1: to.i + 4] if not t.is_punct and not t.is_space), None)
            head = nxt if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "PRON") else (nxt.head if nxt is not None else None)
            if head is None or head.i <= to.i:
                continue
            pobj = head
            s, e = np_extent(pobj)
            if e <= s:
                continue
        src = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
        sent = tok.sent
        # content: the sentence without the "according to X" phrase and its commas
        pieces = pieces_around(doc, sent.start, sent.end, tok.i, max(pobj.right_edge.i + 1, e))
        if not pieces or ctx.claimed_outside(pieces, (tok.idx, to.idx + len(to))):
            continue
        ctx.drafts.append(Draft(pieces, src, (tok.idx, to.idx + len(to)), content_type(pieces, ctx.quotes), 0.85))


def _as_reported_by(ctx: _Ctx) -> None:
    """"As reported by Western Journalism, investigators found …": the agent of "reported" is the
    source, "reported" the cue and the rest of the sentence the content, as PolNeAR marks it
    (train: west-journal articles); the same frame as "according to X"."""
    doc = ctx.doc
    for tok in doc:
        if (tok.lower_ != "as" or tok.i + 3 >= len(doc) or doc[tok.i + 1].lower_ != "reported"
                or doc[tok.i + 2].lower_ != "by" or ctx.in_quote[tok.idx]):
            continue
        rep, by = doc[tok.i + 1], doc[tok.i + 2]
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        s, e = np_extent(pobj)
        if e <= s:
            continue
        src = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
        sent = tok.sent
        pieces = pieces_around(doc, sent.start, sent.end, tok.i, max(pobj.right_edge.i + 1, e))
        cue = (rep.idx, rep.idx + len(rep))
        if not pieces or ctx.claimed_outside(pieces, cue):
            continue
        ctx.drafts.append(Draft(pieces, src, cue, content_type(pieces, ctx.quotes), 0.85))


def _in_evidence(ctx: _Ctx) -> None:
    """"Clinton held a 24-point lead *in a CNN national poll*": the poll is the source, "in" the
    cue and the clause the content (PolNeAR guidelines: sources of evidence)."""
    doc = ctx.doc
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep" or ctx.in_quote[tok.idx]:
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        head = tok.head
        if pobj is None or lemma(pobj) not in EVIDENCE_NOUNS or head.pos_ not in ("VERB", "AUX"):
            continue
        if is_speech_verb(head) or any(is_speech_verb(c) for c in head.children):
            continue
        src = (pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge))
        pieces = pieces_around(doc, head.left_edge.i, head.right_edge.i + 1, tok.left_edge.i, tok.right_edge.i + 1)
        if not pieces or any(ctx.claimed(a, b) for a, b in pieces):
            continue
        ctx.drafts.append(Draft(pieces, src, (tok.idx, tok.idx + len(tok)), content_type(pieces, ctx.quotes), 0.6))


# -- 5. nominal cues ---------------------------------------------------------------------------
def _nominal_attributions(ctx: _Ctx) -> None:
    doc = ctx.doc
    for tok in doc:
        if not is_nominal_cue(tok) or ctx.in_quote[tok.idx]:
            continue
        # a possessor that is itself punctuation ("al-Assad's" parsed with "-" as a poss) is no source
        poss = next((c for c in tok.children if c.dep_ == "poss" and not c.is_punct), None)
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if poss is None or clause is None or poss.pos_ not in ("PROPN", "NOUN"):
            continue
        s, e = np_extent(poss)
        if e <= s:
            continue
        src = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
        a, b = clause.left_edge.i, clause.right_edge.i + 1
        while a < b and (doc[a].dep_ == "mark" or doc[a].is_punct):
            a += 1
        while b > a and doc[b - 1].is_punct:
            b -= 1
        if b <= a:
            continue
        pieces = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))]
        nested = any(d.start <= pieces[0][0] and pieces[0][1] <= d.end for d in ctx.drafts)
        ctx.drafts.append(Draft(pieces, src, (tok.idx, tok.idx + len(tok)), content_type(pieces, ctx.quotes), 0.6,
                                nested=nested))


def _extra_from_model(ctx: _Ctx, mode: str, tagged: list | None = None) -> None:
    """Hook for the learned tagger (``saidwhat.model``): adds attributions the rules missed."""
    if tagged is None:
        tagger = get_tagger(mode)
        if tagger is None:
            return
        tagged = tagger.predict(ctx.doc)
    for t in tagged:
        pieces = list(t.content)
        for hole in (t.cue, t.source):
            if hole is not None:
                pieces = _cut(pieces, hole)  # a tagged content never runs over its own cue or source
        if not pieces or any(ctx.claimed(s, e) for s, e in pieces):
            continue
        reg = ctx.region_at(pieces[0][0])
        if reg is not None and reg.duplicate_of:
            continue
        if not _model_gate(ctx, t.cue, pieces):
            continue
        if t.source is None and not _sourceless_ok(ctx, t.cue):
            continue
        host = _coordinated_host(ctx, t.cue)
        if host is not None:
            # "… were the result of X and showed Y": a coordinated predicate of another content
            host.content = sorted(host.content + [(t.cue[0], pieces[-1][1])])
            for hole in (host.cue, host.source):
                if hole is not None:
                    host.content = _cut(host.content, hole) or host.content
            continue
        cue, source = t.cue, t.source
        if cue is not None and source is not None and cue[0] <= source[0] and source[1] <= cue[1]:
            # a cue tagged over its own source ("… ahead of what many expect"): the cue is the
            # part after the source
            rest = ctx.text[source[1]:cue[1]]
            if not rest.strip():
                continue
            cue = (source[1] + len(rest) - len(rest.lstrip()), cue[1])
        verb = next((x for x in reversed(ctx.tokens_in(*cue)) if x.pos_ == "VERB"), None) if cue else None
        if verb is not None and source is not None:
            source = _whole_subject(ctx, verb, source)
            if _S11_SPAN_NP:
                source = _whole_noun_phrase(ctx, verb, source)
            # "Falcon co-founder X", "The mayor on Tuesday" (source._S14_PN_HYPHEN_SPAN, _S14_PN_TIME_TAIL)
            source = tidy_source(ctx.doc, source, verb.i)
        ctx.drafts.append(Draft(pieces, source, cue, content_type(pieces, ctx.quotes), float(t.confidence),
                                addressee=addressee_span(verb) if verb is not None else None,
                                cue_token=verb.i if verb is not None else None))
        if verb is not None:
            ctx.used_cues.add(verb.i)


#: Session 11: a tagged source that is only part of the cue verb's subject noun phrase ("*The
#: Bristol* insurer blamed", "Britain's biggest *builder* says") is widened to that noun phrase (:func:`_whole_noun_phrase`). ``False`` gives the old behaviour.
_S11_SPAN_NP = True


def _whole_noun_phrase(ctx: _Ctx, verb: Token, source: tuple[int, int]) -> tuple[int, int]:
    """A tagged ``source`` (``[start, end)`` characters) that lies inside the noun phrase of the
    cue ``verb``'s nominal subject without covering all of it, widened to that noun phrase
    (:func:`.source.np_extent`: determiner, possessor, adjectives and compound modifiers, head
    noun; no apposition, relative clause or trailing prepositional phrase): the learned tagger
    stops at a capitalised modifier or keeps only the head ("The Bristol" for "The Bristol
    insurer blamed", "builder" for "Britain's biggest builder says"). PolNeAR marks the subject's
    whole phrase as the source (guidelines, "Source"); gold/speakers README: the source span is
    the speaker's mention. A source that is only the subject's possessor stays as it is ("*Sanders'*
    fundraising email said": PolNeAR marks the possessor of a document as its source). Else
    ``source`` unchanged."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None:
        return source
    s, e = np_extent(subj)
    if not s < e <= verb.i:
        return source
    np = char_extent(ctx.doc, s, e)
    if np is None or np == source or not (np[0] <= source[0] and source[1] <= np[1]):
        return source
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is not None and poss.left_edge.idx <= source[0] and source[1] <= poss.right_edge.idx + len(poss.right_edge):
        return source  # the possessor alone ("*Sanders'* fundraising email said"): PolNeAR's source
    return np


def _whole_subject(ctx: _Ctx, verb: Token, source: tuple[int, int]) -> tuple[int, int]:
    """A tagged ``source`` that is only the object of a preposition inside the cue verb's subject
    phrase ("Analysts polled by *the company* had expected …"), widened to the subject's phrase
    (:func:`.source.source_span`: "Analysts polled by the company"); else ``source`` unchanged,
    an apposition of the subject included (issue 11, genre speaker gold: the subject speaks)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or source[0] <= subj.idx < source[1]:
        return source
    whole = source_span(verb)
    if whole is None or not (whole[0] <= source[0] and source[1] <= whole[1]) or whole == source:
        return source
    if not whole[0] <= subj.idx < whole[1]:
        return source
    # only a noun hung on the subject by a preposition ("polled *by* the company", "a spokesman
    # *for* the ministry"); an apposition ("a rival firm, *Western Isles Ferries*,") names the subject
    root = next((t for t in ctx.tokens_in(*source) if not source[0] <= t.head.idx < source[1]), None)
    path = []
    cur = root
    while cur is not None and cur.i != subj.i and cur.head is not cur and len(path) < 6:
        path.append(cur.dep_)
        cur = cur.head
    if cur is None or cur.i != subj.i or "pobj" not in path or any(p in ("appos", "conj") for p in path):
        return source
    between = [t for t in root.ancestors if t.i != subj.i and subj in t.ancestors] if root is not None else []
    if _S14_HEAD_TIME_PREP and any(t.dep_ == "prep" and t.lower_ in _TIME_PREPS for t in between) and not any(
            t.pos_ in ("VERB", "AUX") for t in between):  # not "a woman who had queued since dawn with her dog"
        return source  # "Budget carriers trade blows after *watchdog* says …": a clause misparsed, not the subject's phrase
    return whole


#: Session 14 (genre train, standfirsts): a tagged source hung on the cue's parsed subject by a
#: preposition of time or circumstance ("Budget carriers trade blows *after* watchdog says it will
#: …", where the small parser reads "after watchdog" as a modifier of "blows") is not widened to
#: that subject by :func:`_whole_subject`: such a preposition opens a clause the headline
#: compresses, and its own subject is the speaker. ``False`` gives the old behaviour.
_S14_HEAD_TIME_PREP = True
#: Prepositions of time or circumstance for :data:`_S14_HEAD_TIME_PREP`.
_TIME_PREPS = frozenset({"after", "before", "as", "since", "until", "amid", "despite", "while", "when", "following"})


#: Verbs of judgment that PolNeAR marks in agentless passives ("was accused of", "were rated",
#: "are being debated"; guidelines, "Attribution-no-source"), beside the cue lexicons.
_SOURCELESS_EXTRA = frozenset({"rate", "consider", "deem", "regard", "define", "debate", "suspect", "implicate",
                               "see", "view", "nominate", "expect"})


def _sourceless_ok(ctx: _Ctx, cue: tuple[int, int] | None) -> bool:
    """Keep a learned attribution with no source (an agentless passive: "has been harshly
    criticized for …") only when its cue is a verb of saying, belief or judgment; not "known for"."""
    if cue is None:
        return False
    verbs = [t for t in ctx.tokens_in(*cue) if t.pos_ == "VERB"]
    if not verbs:
        return False
    lem = lemma(verbs[-1])
    return lem != "know" and (lem in SPEECH_VERBS or lem in BELIEF_VERBS or lem in OBJECT_VERBS
                              or lem in LABEL_VERBS or lem in _SOURCELESS_EXTRA)


def _coordinated_host(ctx: _Ctx, cue: tuple[int, int] | None) -> Draft | None:
    """The attribution whose content holds the verb that ``cue`` is coordinated with, if any."""
    if cue is None:
        return None
    tok = ctx.token_at(cue[0])
    if tok is None or tok.dep_ != "conj":
        return None
    head = tok.head.idx
    for d in ctx.drafts:
        if any(s <= head < e for s, e in d.content):
            return d
    return None


#: Cue lemmas of appearance and inaction that PolNeAR annotates as evidential attributions but a
#: reader of "who said what" does not count as saying anything ("appeared to make a gesture",
#: "ignored the coalition").
NOT_SAYING = frozenset({"appear", "seem", "look", "sound", "ignore"})


#: Verbs whose negation is a refusal to speak ("would not comment on …", "did not respond to …"):
#: what follows is a topic, not something said. Other negated cues are kept ("has not said when",
#: "did not consider him a realistic option"): PolNeAR annotates them, with the negation inside
#: the cue span (guidelines, cue annotation), so a reader sees "has not said".
REFUSALS = frozenset({"comment", "respond", "reply", "answer", "discuss"})


def get_tagger(mode: str) -> Any:
    """The learned tagger of ``mode`` (``saidwhat.model.load_tagger``), or ``None``."""
    try:
        from ..model import load_tagger
    except ImportError:
        return None
    return load_tagger(mode)


def _unasked_question(head: Token) -> bool:
    """"When asked if …": a question cue ("ask" with a "whether/if" clause or a wh-word below it)
    with no asker of its own (PolNeAR marks "Lawmakers asked whether …", which has one)."""
    if lemma(head) != "ask" or any(c.dep_ == "nsubj" for c in head.children):
        return False
    return any(c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" for m in c.children) or c.tag_ in ("WRB", "WP")
               for c in head.subtree)


def _model_gate(ctx: _Ctx, cue: tuple[int, int] | None, pieces: list[tuple[int, int]]) -> bool:
    """Keep a learned attribution only where the rules' own tests of a cue agree: not an
    appearance or an inaction (:data:`NOT_SAYING`), not a refusal (:data:`REFUSALS`: "would not comment"), not a
    question with no asker ("When asked if …"; "Lawmakers asked whether …" is kept, as PolNeAR marks
    it), not a description ("critics have called her style …")."""
    if cue is None:
        return True
    toks = ctx.tokens_in(*cue)
    if toks and all(t.pos_ in ("DET", "CCONJ", "SCONJ", "PART", "PRON", "NUM") for t in toks):
        return False  # a tagged cue "a" or "that" names no act of saying
    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX", "NOUN")]
    if not verbs:
        return True
    head = verbs[-1]
    if lemma(head) in NOT_SAYING:
        return False
    if lemma(head) in REFUSALS and any(c.dep_ == "neg" for c in head.children):
        return False
    if _unasked_question(head):
        return False
    if is_label_verb(head) and not is_speech_verb(head) and not _specific_label(head):
        return False
    return True


# -- assembly ----------------------------------------------------------------------------------
def _asked_frame(ctx: _Ctx, cue: tuple[int, int] | None) -> bool:
    """Whether ``cue`` is a fronted participle "Asked (about) …," opening its sentence.

    Its question was put by someone the text does not name (a reporter, a moderator); the
    subject of the main clause ("Asked about the move, **he** said …") is the one asked, not the
    asker. PolNeAR marks these cues without a Source (all 45 cues "Asked…" of its train split),
    so the attribution keeps no source and no speaker.

    Args:
        ctx: the article context.
        cue: the cue's ``[start, end)`` characters.
    """
    if cue is None:
        return False
    tok = ctx.token_at(cue[0])
    if tok is None or tok.lower_ != "asked" or tok.tag_ != "VBN":
        return False
    first = tok.sent[0]
    while first.i < tok.i and (first.is_punct or first.is_space):
        first = first.doc[first.i + 1]
    return first.i == tok.i and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def _relative_outside_its_clause(ctx: _Ctx, source: tuple[int, int],
                                 cue: tuple[int, int] | None) -> tuple[int, int] | None:
    """The source for a relative pronoun given as the source of a cue outside its own clause.

    "The analyst, **who** asked not to be named, said talks had stalled": "who" is the subject of
    "asked", and the source of "said" is the noun phrase the clause modifies ("The analyst, who
    asked not to be named,"), as PolNeAR marks it. The learned tagger sometimes links the
    pronoun to the main verb (seen on genre train text, accurate mode).

    Returns:
        The antecedent's ``[start, end)`` characters when ``source`` is such a pronoun, the cue
        lies outside its relative clause, and the antecedent is the cue's subject; else ``None``.
    """
    if cue is None or ctx.text[source[0]:source[1]].strip().lower() not in ("who", "that", "which"):
        return None
    rel, verb = ctx.token_at(source[0]), ctx.token_at(cue[0])
    if rel is None or verb is None:
        return None
    clause = rel.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.left_edge.i <= verb.i <= clause.right_edge.i:
        return None
    noun = clause.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != verb.i:
        return None
    return antecedent_of(rel)


def _off_furniture(ctx: _Ctx, source: tuple[int, int], cue: tuple[int, int] | None) -> tuple[int, int] | None:
    """``source`` ``[start, end)`` without the page furniture it runs over: a dateline, byline,
    credit or other :data:`~saidwhat.types.FURNITURE_KINDS` region, or a caption that does not
    hold the ``cue``, never names a speaker, so a subject parsed across "SANTIAGO, Nov 4, 2026
    (AFP) - Chile and Argentina accused …" keeps only what follows the dateline and its dash
    ("Chile and Argentina"); a source wholly inside furniture gives ``None`` (issue 11; PolNeAR
    guidelines: the source is a mention of the speaker in the text)."""
    s, e = source
    for r in ctx.regions:
        if r.span.end_char <= s or r.span.start_char >= e:
            continue
        if r.kind not in FURNITURE_KINDS and not (
                r.kind == "caption" and (cue is None or not r.span.start_char <= cue[0] < r.span.end_char)):
            continue
        if r.span.start_char <= s:
            s = r.span.end_char
        else:
            e = r.span.start_char
    while s < e and (ctx.text[s].isspace() or ctx.text[s] in "-–—―:|,.()"):
        s += 1
    while e > s and (ctx.text[e - 1].isspace() or ctx.text[e - 1] in "-–—―:|,(" ):
        e -= 1
    return (s, e) if s < e else None


#: Bodies that hear evidence: "The court heard that …", "the inquest was told …".
_HEARERS = frozenset({"court", "inquest", "jury", "jurors", "tribunal", "hearing", "trial", "inquiry", "magistrates",
                      "coroner"})

#: Session 15 (series u court copy, headlines topic): a headline's "…, Kitwe court told" (a passive
#: "was told" with its auxiliary dropped, no object after "told") names the hearer as
#: :func:`_hearer_source`'s "The court heard" does: no source (gold rule 14). ``False``: old behaviour.
_S15_HEARER_TOLD = True


def _hearer_source(ctx: _Ctx, source: tuple[int, int], cue: tuple[int, int] | None) -> bool:
    """Whether ``source`` is a court, inquest, jury or the like that *heard* the content ("The
    court heard that …", "Jurors heard …"): the hearer is not who spoke, so the attribution has
    no source (speaker gold rule 14, ``gold/speakers/README.md``)."""
    if cue is None:
        return False
    verbs = [t for t in ctx.tokens_in(*cue) if t.pos_ in ("VERB", "AUX")]
    told = (_S15_HEARER_TOLD and verbs and verbs[-1].lower_ == "told"
            and re.match(r"[ \t]*(?:[.,;:!?|]|$)", ctx.text[cue[1]:cue[1] + 3], re.M) is not None)
    if not verbs or (lemma(verbs[-1]) != "hear" and verbs[-1].lower_ not in ("heard", "hears", "hear", "hearing")
                     and not told):
        return False
    toks = [t for t in ctx.tokens_in(*source) if not t.is_punct]
    return bool(toks) and len(toks) <= 5 and toks[-1].lower_ in _HEARERS


def _finish(ctx: _Ctx, meta: dict[str, Any]) -> tuple[list, list]:
    text = ctx.text
    drafts = sorted(keep_checked(text, ctx.drafts, meta), key=lambda d: d.start)
    # drop drafts in duplicated regions and exact repeats of an earlier content
    seen: set[str] = set()
    kept = []
    for d in drafts:
        reg = ctx.region_at(d.start)
        if reg is not None and (reg.duplicate_of or reg.kind in FURNITURE_KINDS):
            continue  # a repeated line, or page furniture: never a statement
        if not_a_statement(ctx.doc, d.cue, d.content):
            continue
        d.content = snap_to_quotes(d.content, ctx.quotes)
        key = re.sub(r"\W+", " ", " ".join(text[s:e] for s, e in d.content)).strip().lower()
        if key in seen:
            continue
        seen.add(key)
        kept.append(d)
    for d in kept:
        if d.source is not None and _asked_frame(ctx, d.cue):
            d.source = None  # "Asked about X, he said ...": the one asked is not the asker
        if d.source is not None:
            d.source = _off_furniture(ctx, d.source, d.cue)
        if d.source is not None and _hearer_source(ctx, d.source, d.cue):
            d.source = None  # "The court heard that …": the hearer, not the speaker (gold rule 14)
        if d.source is not None and _resolver_mod._S15_DATELINE_LEAD and (d.source[0] == 0 or text[d.source[0] - 1] == "\n"):
            m = _resolver_mod._DATELINE_LEAD.match(text, d.source[0], d.source[1])
            if m is not None and m.end() < d.source[1] - 1:
                d.source = (m.end(), d.source[1])  # "DUBAI, March 3 (Reuters) - X …": the dateline is furniture
        if d.source is not None:
            d.source = _source_edges(text, d.source)
            d.source = _relative_outside_its_clause(ctx, d.source, d.cue) or d.source
    kept = keep_checked(text, kept, meta)  # snapping and source edges moved spans: check again
    resolver = SpeakerResolver(ctx.doc, ctx.in_quote, regions=ctx.regions)
    prev_key: str | None = None
    for d in kept:
        if d.source is not None:
            reg = ctx.region_at(d.start)
            try:
                resolver.content = list(d.content)  # the attribution's content (pronouns._S17_E1_CONTENT_NAMES)
                d.speaker_key = resolver.resolve(d.source[0], d.source[1], prev_key,
                                                 forward=reg is not None and reg.kind in ("headline", "caption"),
                                                 antecedent=_antecedent(ctx, d.source))
                d.extra["via"], d.extra["speaker_confidence"] = resolver.via, resolver.confidence
            except Exception as exc:  # noqa: BLE001 - an unresolved speaker, not a lost article
                log.warning("speaker resolution failed for source %s (%s: %s)", d.source, type(exc).__name__, exc)
                meta.setdefault("failed_stages", []).append("speakers")
                d.speaker_key = None
        elif d.follow is not None:
            d.speaker_key = d.follow.speaker_key
            asked = _writer_addressee(ctx, d.follow)
            if asked is not None:
                # "I ask Fairbanks whether … She laughs. ¶ “He's young enough …”": the one asked answers
                try:
                    resolver.content = None
                    d.speaker_key = resolver.resolve(asked[0], asked[1], prev_key)
                except Exception as exc:  # noqa: BLE001 - an unresolved speaker, not a lost article
                    log.warning("speaker resolution failed for addressee %s (%s: %s)", asked,
                                type(exc).__name__, exc)
            if d.speaker_key is not None:
                d.extra["via"] = "continuation"
                d.extra["speaker_confidence"] = 0.8 * (d.follow.extra.get("speaker_confidence") or 1.0)
        if d.speaker_key is not None:
            prev_key = d.speaker_key
    for d in kept:
        if d.source is None and d.follow is not None and d.speaker_key is None and d.follow.speaker_key is not None:
            # a pull quote that follows a later quote (_S12_PRON_ECHO): resolved once that one is
            d.speaker_key = d.follow.speaker_key
            d.extra["via"] = "continuation"
            d.extra["speaker_confidence"] = 0.8 * (d.follow.extra.get("speaker_confidence") or 1.0)
    resolver.add_name_mentions()
    speakers, ids = resolver.speakers()
    out = []
    for d in kept:
        reg = ctx.region_at(d.start)
        content = Span.join(text, d.content)
        nested = d.nested or any(o is not d and o.start <= d.start and d.end <= o.end and o.source != d.source for o in kept)
        out.append(Attribution(
            id=f"a{len(out) + 1}",
            type=d.type,
            region=reg.kind if reg is not None else "body",
            speaker_id=ids.get(d.speaker_key) if d.speaker_key else None,
            source=Span.of(text, *d.source) if d.source else None,
            cue=Span.of(text, *d.cue) if d.cue else None,
            content=content,
            addressee=Span.of(text, *d.addressee) if d.addressee else None,
            confidence=max(0.0, min(1.0, d.confidence)),
            nested=nested,
            speaker_via=d.extra.get("via") if d.speaker_key else None,
            # the resolver's hand value, calibrated on the train speaker gold (calibration._S17_C_CALIBRATED)
            speaker_confidence=(_calibrated(d.extra.get("via"), d.extra.get("speaker_confidence"))
                                if d.speaker_key else None),
            cue_class=cue_class_of(ctx.doc, d.cue, d.source, d.content),
            negated=is_negated(ctx.doc, d.cue),
            question=is_question(ctx.doc, d.cue, d.content),
        ))
    return speakers, out
