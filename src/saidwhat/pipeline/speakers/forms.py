"""Speakers of interview turns and live-blog post headings (session 10, genre train series h).

Stage: a mixin of :class:`~.resolver.SpeakerResolver`, asked before the learned ranker for a
source mention that is the label of a "Label: text" line (:meth:`FormRules._form_label`). Two
forms the rules of the other stage modules read wrongly (``gold/speakers/genre/README.md``,
"Dev half, series g, and train half, series h"):

* a **transcript turn** of a Q&A interview: "DARROW: They told me …", "KIT DARROW: …" — the
  interviewee's name in capitals is that person (a surname, rule 1 of
  ``gold/speakers/README.md``: the full name the article writes), not an organisation called
  "DARROW"; the interviewer's "Q:" turn is the writer (rule 5), whom the engine cannot know from
  the text, so its speaker is ``unresolved`` and is never given to anyone else;
* a **live-blog post heading** (a line after a post's timestamp, "20:42 GMT" or "2.15pm"):
  "Opposition leader: ‘…’", "Union: staff ‘at breaking point’", "Residents’ group: ‘…’" — the
  speaker is the person or body the post names (the README's reading of "Name: claim" post
  headings): for an organisation word ("union", "group", …) the first organisation named in the
  post, else the first person named in it with two words or more (one whose role holds the
  label's head word first).

Session 11: :func:`source_head`, the head of a source phrase with a trailing relative clause,
participle phrase or "of ORG" affiliation ("The union, which represents staff at …,"), which the
resolver reads instead of the whole phrase (``resolver._S11_HEAD``).

All offsets are ``[start, end)`` characters of the Doc's text. The rules read only the label's
line, the line before it and the post (up to the next timestamp line); nothing scans the whole
document per mention.
"""

from __future__ import annotations

import re

from ..coref import first_name_gender, norm_tokens
from .entities import DESC_KINDS, ORG_HEADS
from .names import HONORIFICS, _strip_poss, _titles

#: Patterns of hot call sites, compiled once (speed, session 13).
_RX_0 = re.compile(r"[ \t]*:")
_RX_1 = re.compile(r"[A-Z][a-z][\w’'\-]*")

#: Switch for the session-10 forms (interview turns, live-blog post headings, possessive verdicts,
#: signed reader comments); read at call time, so tests and measures may toggle it.
_S10_FORMS = True
#: Switch for session 13's post heading by kind (organisation descriptions, genre train): a live-blog
#: post heading's organisation word ("Hospital: …", "Water company: …") is the first organisation
#: the post names whose name holds the word or whose kinds fit it
#: (:meth:`~.org_descriptions.OrgDescriptionRules._fits_word`), before the first organisation
#: cluster of the post (a radio station the chief executive spoke to); shipped ``True``.
_S13_ORG_POST_KIND = True
#: Session 14 (genre train, live blogs): a post heading in capitals that is a post's acronym
#: ("MP: 'Utterly unacceptable'", "CEO: …") is no interview turn's surname: it is read as a
#: descriptive label (:meth:`FormRules._post_heading`: the person the post names); and a reader's
#: heading ("Reader: '…'", "Viewer: …") is the contributor whose sign-off closes the post ("– Amira,
#: Sevenbridge"), a first name alone included (rule 16 of ``gold/speakers/README.md``: a name
#: given only as a first name is that name). ``False`` gives the old behaviour.
_S14_HEAD_POST_ACRONYM = True
#: Session 15 (names): the one-word source the NER tagged as a body of that word
#: (:meth:`FormRules._surname_tagged_org`) may be any word of a full name written before it, not
#: only its last: a name written surname first ("Chong Wei Ming" … "Chong said", Chicago Manual of
#: Style 8.14), a first of two surnames ("Rosario Condori Huanca" … "Condori"), a given name used
#: alone (rule 1 of gold/speakers/README.md: the full name). Series u ukpress_u03. ``False``: old.
_S15_NAME_INNER_WORD = True
#: Session 15 (PolNeAR train, helper g4): :meth:`FormRules._surname_tagged_org` also reads a
#: one-word source the NER left untagged there while it tagged the same word as an organisation
#: elsewhere in the article ("Rubio donor Luther Stan Pate IV—a Tuscaloosa tycoon …" … "Pate and
#: his allies—" tagged ORG … "Pate claimed …" untagged): the ranker otherwise joined it to that
#: organisation cluster by its name. Rule 1 of gold/speakers/README.md. ``False``: old behaviour.
_S15_SURNAME_ORG_ELSEWHERE = True
#: Session 17 (task X, sports series x): :meth:`FormRules._surname_tagged_org` also reads a headline's
#: or standfirst's one-word source (above the lead, :meth:`~.organisations.OrganisationRules._above_lead`)
#: whose full name the article writes only below it ("[Montoya]/GPE: 'I have not lost the dressing
#: room'" over "Castlebridge Rovers boss Javier Montoya Ruiz has insisted …"): a headline names its
#: speaker before the lead introduces him (cataphora of news layout), and the NER, without context,
#: tags a headline's lone surname as a place or body. ``False``: a full name before the source only.
_S17_X_HEAD_SURNAME_AFTER = True
#: Post acronyms a live-blog heading may use (:data:`_S14_HEAD_POST_ACRONYM`).
_POST_ACRONYMS = frozenset({"mp", "mps", "msp", "mep", "ms", "am", "mla", "td", "ceo", "cfo", "coo", "pm", "gp", "kc", "qc"})
#: Readers' headings of :data:`_S14_HEAD_POST_ACRONYM`.
_READER_WORDS = frozenset({"reader", "viewer", "listener", "contributor"})
#: A contributor's sign-off closing a line: a dash, a capitalised name of one to three words, an
#: optional ", Place" (:data:`_S14_HEAD_POST_ACRONYM`).
_SIGN_OFF_LINE = re.compile(r"[–—-]\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:\s*,\s*[A-Z][\w ’'-]{0,40})?\s*$", re.M)

#: A live-blog post's timestamp line: "20:42 GMT", "2.15pm", "09:05 BST", "14:32".
TIMESTAMP_LINE = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?|GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|PST|PDT|AEST|AEDT|IST|local)?"
    r"[ \t]*$", re.I | re.M)

#: The interviewer's turn label in a Q&A ("Q:", "Question:", "INTERVIEWER:").
_QUESTION_LABELS = frozenset({"q", "q.", "question", "interviewer"})

#: Capitalised words before a surname that are no given name ("When Darrow …", "The Darrow …").
_NOT_GIVEN = frozenset({"the", "a", "an", "when", "then", "but", "and", "as", "if", "so", "after", "before", "while",
                        "says", "said", "asked", "tells", "told", "with", "for", "of", "by", "to", "from", "at", "in",
                        "on", "singer", "actor", "actress", "star", "player", "manager", "coach", "leader"})

#: Organisation words a post heading may use for a body the post names ("Union: …", "Residents’
#: group: …"), beyond :data:`~.entities.ORG_HEADS`.
_POST_ORG_WORDS = ORG_HEADS | {"campaign", "campaigners", "charity", "club", "association", "federation", "trust",
                               "society", "authority", "regulator", "watchdog", "airline", "operator", "insurer",
                               "retailer", "supermarket", "label", "band", "unions", "groups"}

#: Head words of bodies whose names hold them ("Hospital: …" over a post naming Sevenbridge General
#: Hospital): :meth:`FormRules._post_body_of_kind` (session 13).
_POST_BODY_HEADS = frozenset({"hospital", "school", "college", "academy", "museum", "theatre", "gallery", "zoo",
                              "library", "airport", "port", "prison", "inquiry", "tribunal"})


def line_start(text: str, pos: int) -> int:
    """Start of the line holding ``pos``."""
    return text.rfind("\n", 0, pos) + 1


def after_timestamp(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` follows a live-blog timestamp line (blank lines between
    allowed, at most one)."""
    ls = line_start(text, pos)
    prev_end = ls - 1
    for _ in range(2):
        if prev_end < 0:
            return False
        prev_start = line_start(text, prev_end)
        line = text[prev_start:prev_end]
        if line.strip():
            return TIMESTAMP_LINE.match(line) is not None
        prev_end = prev_start - 1
    return False


def label_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a line's label: only spaces or an opening quotation mark
    before it on its line, and a colon right after it ("DARROW: …", "Union: …")."""
    return bool(_RX_0.match(text[end:end + 3])) and not text[line_start(text, start):start].strip(" \t\"“‘'")


class FormRules:
    """Interview-turn and post-heading labels (mixin of :class:`~.resolver.SpeakerResolver`;
    uses its ``text``, ``named``, ``cands``, ``_person``, ``_organization``, ``_new_unnamed``,
    ``_full_name_for``)."""

    def _form_label(self, start: int, end: int) -> str | None:
        """The speaker key of a label source ``text[start:end]`` ("DARROW", "Q", "Opposition
        leader" before a colon; :func:`label_at`), or ``None`` when the mention is no such label
        or the rules find nobody (the other stages then decide). Sets ``via``/``confidence``."""
        if not _S10_FORMS or not label_at(self.text, start, end):
            return None
        label = self.text[start:end].strip()
        if label.lower() in _QUESTION_LABELS:
            # the interviewer's turn: the writer (rule 5), not known from the text
            self.via, self.confidence = "unresolved", 0.5
            return self._new_unnamed("unresolved", start, same_as="interviewer question")
        letters = [ch for ch in label if ch.isalpha()]
        if len(letters) >= 2 and all(ch.isupper() for ch in letters) and not (
                _S14_HEAD_POST_ACRONYM and label.lower() in _POST_ACRONYMS and after_timestamp(self.text, start)):
            return self._capitals_turn(label, start)
        if after_timestamp(self.text, start):
            return self._post_heading(label, start)
        return None

    def _capitals_turn(self, label: str, start: int) -> str | None:
        """"DARROW", "KIT DARROW", "O'NEILL": the person the article names so (the full name
        when the label is one, else the full name ending with the label's last word)."""
        want = norm_tokens(label)
        if not want:
            return None
        m = next((m for m in self.named if norm_tokens(m.name) == want and len(want) >= 2), None)
        if m is None:
            m = self._full_name_for(label.split()[-1], start)
        if m is not None and len(m.name.split()) >= 2:
            self.via, self.confidence = "name", 0.9
            return self._person(m.name, m.role, start).key
        name = self._written_full_name(label.split()[-1])
        if name is None:
            return None
        self.via, self.confidence = "name", 0.8
        return self._person(name, None, start).key

    def _written_full_name(self, surname: str) -> str | None:
        """The first full name the text writes in ordinary case ending with ``surname`` (any
        case: "DARROW" finds "Kit Darrow"), for a name the NER left untagged; ``None`` if none.
        One scan of the text per surname, kept per article."""
        memo = self.__dict__.setdefault("_written_full_name_memo", {})
        key = surname.lower()
        if key in memo:
            return memo[key]
        found = None
        pat = re.compile(r"\b((?:[A-Z][a-z][\w’'\-]*[ \t]+){1,2})(" + re.escape(surname) + r")\b", re.I)
        for mm in pat.finditer(self.text):
            last = mm.group(2)
            if last.isupper() or not last[:1].isupper():
                continue
            first = [w for w in mm.group(1).split() if w[:1].isupper() and not w[1:2].isupper()]
            first = [w for w in first if w.lower().rstrip(".") not in HONORIFICS and w.lower() not in _titles()
                     and w.lower() not in _NOT_GIVEN]
            if first and len(first) == len(mm.group(1).split()):
                found = " ".join(first + [last])
                break
        memo[key] = found
        return found

    def _post_heading(self, label: str, start: int) -> str | None:
        """A live-blog post heading's descriptive label ("Opposition leader", "Union",
        "Residents’ group": first word capitalised, no other capitalised word): the body or
        person the post names (see the module docstring)."""
        words = re.findall(r"[\w’'\-]+", label)
        if not 1 <= len(words) <= 4 or any(w[:1].isupper() for w in words[1:]):
            return None
        if any(norm_tokens(m.name)[-1:] == norm_tokens(words[-1]) for m in self.named):
            return None  # a surname ("Okoye: …"): the name rules decide
        head = re.sub(r"['’]s?$", "", words[-1]).lower()
        text = self.text
        post_start = text.find("\n", start)
        if post_start < 0:
            return None
        nxt = TIMESTAMP_LINE.search(text, post_start + 1)
        post_end = nxt.start() if nxt is not None else len(text)
        if _S13_ORG_POST_KIND and (head in _POST_ORG_WORDS or head in DESC_KINDS or head in _POST_BODY_HEADS):
            body = self._post_body_of_kind(head, post_start, post_end)
            if body is not None:
                self.via, self.confidence = "organization", 0.7
                return self._organization(self._ref_name(body), start)
        if head in _POST_ORG_WORDS:
            first = None
            for c in self.cands.clusters:
                if c.kind != "organization":
                    continue
                at = min((s for s, *_ in c.mentions if post_start <= s < post_end), default=None)
                if at is not None and (first is None or at < first[0]):
                    first = (at, c)
            if first is None:
                return None
            self.via, self.confidence = "organization", 0.7
            return self._organization(first[1].name, start, first[1].role)
        if _S14_HEAD_POST_ACRONYM and head in _READER_WORDS:
            sign = _SIGN_OFF_LINE.search(text, post_start, post_end)
            if sign is not None:
                self.via, self.confidence = "name", 0.7  # "Reader: '…'" … "– Amira, Sevenbridge"
                return self._person(sign.group(1), None, start).key
        people = [m for m in self.named if post_start <= m.start < post_end and len(m.name.split()) >= 2]
        if not people:
            return None
        m = next((m for m in people if m.role and head in m.role.lower().split()), people[0])
        self.via, self.confidence = "nominal", 0.7
        return self._person(m.name, m.role, start).key

    def _post_body_of_kind(self, head: str, lo: int, hi: int) -> str | None:
        """The name of the organisation first named in the post ``[lo, hi)`` (characters) that a
        heading's organisation word ``head`` ("hospital", "company") may call so: its name holds
        the word ("Sevenbridge General Hospital") or its kinds fit the word
        (:meth:`~.org_descriptions.OrgDescriptionRules._fits_word`; unknown kinds fit), from the
        article's organisations (:meth:`~.organisations.OrganisationRules.org_refs`: names the NER
        left untagged too); ``None`` when none. Rule 3 of ``gold/speakers/README.md`` (session 13)."""
        best = None
        for r in self.org_refs():
            at = next((s for s in r.starts if lo <= s < hi), None)
            if at is None or (best is not None and at >= best[0]):
                continue
            if head in r.tokens or head in r.words or head in DESC_KINDS and self._fits_word(head, r.kinds):
                best = (at, r.name)
        return best[1] if best is not None else None

    def _surname_tagged_org(self, start: int, end: int) -> str | None:
        """A one-word source ("Penhale", "Penhale’s" before "verdict") that the NER tagged as an
        organisation of that one word, while the article has named a person with that surname
        before it ("Kelham manager Gary Penhale"): that person (rule 1 of
        ``gold/speakers/README.md``: a surname is the full name the article writes), else
        ``None``. Checks the person first (a memoised look-up), the cluster only then."""
        if not _S10_FORMS:
            return None
        word = _strip_poss(self.text[start:end])
        if not _RX_1.fullmatch(word):
            return None
        m = self._full_name_for(word, start)
        if m is not None and m.start >= start and _S17_X_HEAD_SURNAME_AFTER and self._above_lead(start):
            pass  # "[Montoya]/GPE: '…'" in the headline, "Javier Montoya Ruiz" in the lead below (session 17)
        elif m is None or m.start >= start:
            return None
        if len(m.name.split()) < 2 or norm_tokens(m.name)[-1:] != norm_tokens(word) \
                and not (_S15_NAME_INNER_WORD and len(norm_tokens(word)) == 1 and norm_tokens(word)[0] in norm_tokens(m.name)):
            return None
        c = self.cands.cluster_of(start, end)
        if c is None and _S15_SURNAME_ORG_ELSEWHERE:
            want = norm_tokens(word)  # the word's organisation cluster named elsewhere (one pass over the clusters)
            c = next((k for k in self.cands.clusters if k.kind == "organization" and k.tokens == want), None)
        if c is None or c.kind != "organization" or norm_tokens(c.name) != norm_tokens(word):
            return None
        self.via, self.confidence = "surname", 0.8
        return self._person(m.name, m.role, start).key


#: Words that open a non-restrictive relative clause after a comma or dash.
_RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom", "where"})
#: The affiliation prepositions after a person's name ("Jane Roe of Acme", "… from the institute").
_AFFILIATION = re.compile(r"\s+(?:of|from|at)\s+(?=\S)")


def source_head(doc, text: str, named, a: int, b: int) -> int:
    """End of the head of the source phrase ``[a, b)`` of ``doc`` (characters; ``text``: its text), ``b`` when the
    phrase has no trailing clause to cut; the attribution's source span itself is not changed.

    The phrase is cut before the first of (news style: "Smith, who chairs the committee, said"):

    - a comma or dash that opens a non-restrictive relative clause ("The GMB union*, which
      represents staff at …*", "Park*, who has since been nominated …*");
    - a comma that opens a participle phrase, optionally after one adverb ("The study*, published
      in the journal …*", "Bloom*, speaking separately,*", "One message*, sent at 9.47pm,*"), but
      not a passive one with a "by" agent ("The petition, started by parent Lisa Harker": the
      agent is the document's author, gold/speakers/README.md on documents and their owners);
    - an "of"/"from"/"at" affiliation right after a person's name that starts the phrase
      (``named``: the article's :class:`~.names.NamedMention` items that start in ``[a, b)``,
      or more; "Kavya Raghunathan* of
      Brennan Stroud*"), or to two or three capitalised words the first of which is a first name
      (:func:`~saidwhat.pipeline.coref.first_name_gender`), for a name the NER missed.

    An apposition ("Smith, the committee's chair,") is kept: it names or describes the head
    (rule 1 of gold/speakers/README.md), and the apposition rules read it. A cut never leaves an
    empty head. Cost: the tokens of the phrase and the names given."""
    inner = text[a:b]  # the tokens between the first and the last lie inside [a, b)
    marks = "," in inner or "—" in inner or "–" in inner or "--" in inner
    low = inner.lower()
    if not marks and "of" not in low and "from" not in low and "at" not in low:
        return b  # no comma or dash to cut at and no affiliation word (every cut below needs one)
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) < 3:
        return b
    toks = list(span)
    for i in range(1, len(toks) - 1 if marks else 1):
        t = toks[i]
        if t.text not in (",", "—", "–", "--"):
            continue
        nxt = toks[i + 1]
        cut = False
        if nxt.lower_ in _RELATIVE_WORDS:
            cut = True
        elif t.text == ",":
            j = i + 1
            if toks[j].pos_ == "ADV" and j + 1 < len(toks):
                j += 1  # "The paper, also published in …"
            v = toks[j]
            if v.tag_ in ("VBN", "VBG") and v.text[:1].islower():
                rest = toks[j + 1:]
                stop = next((k for k, r in enumerate(rest) if r.text in (",", "—", "–")), len(rest))
                cut = not (v.tag_ == "VBN" and any(r.lower_ == "by" for r in rest[:stop]))
        if cut and toks[i - 1].tag_ == "POS":
            return b  # "Penfold's, which is controlled by …": a name ending in "'s" reads as a possessor cut off
        if cut:
            return max(a + 1, t.idx)
    for m in named:
        if m.role_start <= a <= m.start < b and m.end < b:
            hit = _AFFILIATION.match(text, m.end, b)
            if hit is not None and hit.end() < b and (text[hit.end()].isupper() or text.startswith("the ", hit.end())):
                return m.end
    k = next((i for i, t in enumerate(toks[:4]) if t.lower_ in ("of", "from", "at")), None)
    if k is not None and 2 <= k and k + 1 < len(toks) and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in toks[:k]) \
            and (toks[k + 1].text[:1].isupper() or toks[k + 1].lower_ == "the") and first_name_gender(toks[0].text):
        # a name the NER missed, opened by a first name ("Kavya Raghunathan of Brennan Stroud"); not
        # "Bank of England", "Friends of the Earth" (no first name)
        return toks[k - 1].idx + len(toks[k - 1].text)
    return b
