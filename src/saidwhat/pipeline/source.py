"""Sources: the mention of who speaks, tied to a cue.

The source of a verbal cue is its nominal subject; a participial or coordinated cue ("…, saying
…", "said X and added Y"), or a gerund under a preposition of a verb ("said before adding …",
"continued by saying …"), inherits the subject of the verb it depends on (PARC 3.0 §4.3). The
source span is the subject's noun phrase without appositions or relative clauses ("Maya Chen, a
paramedic, said" → "Maya Chen"), as PolNeAR marks sources.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .cue import is_speech_verb, lemma

SUBJECT_DEPS = ("nsubj", "csubj", "expl")
INHERIT_DEPS = ("advcl", "xcomp", "conj", "acl", "pcomp", "dep", "ccomp", "parataxis")
#: Pronouns of people in general that a participle cue may modify ("those describing themselves
#: as …", "others claiming …"): the pronoun is the source (PolNeAR marks it so).
GENERIC_HEADS = frozenset({"those", "others", "anyone", "everyone", "someone", "many", "some"})
_CUT_DEPS = {"appos", "relcl", "acl", "punct", "cc", "conj", "prep", "advcl"}

#: Session 17 S1 (wrong source spans upstream, PolNeAR speaker train). ``False`` gives the old
#: behaviour of each.
#: A verb the small parser coordinates with the object noun of the verb before it ("He then adopted
#: a fake accent and joked, “…”": ``joked`` conj of ``accent``) takes that verb's subject
#: (:func:`subject_of`; before: no source).
_S17_S1_CONJ_ON_OBJECT = True
#: A time word ("Wednesday", "yesterday", "last week": :data:`_TIME_WORDS`) is never a source: as
#: the cue's subject (:func:`source_span`) or as the word after an inverted cue ("… official who
#: spoke anonymously said Wednesday, “…”": ``attribution._source_near_any``); before: source
#: "Wednesday".
_S17_S1_TIME_SUBJECT = True
#: A subjectless cue right after a noun phrase that the parser hung as an apposition on the object
#: of a fronted prepositional phrase ("At the townhall in Ho Chi Minh City, a young woman who had
#: been an exchange student asked …": "woman" appos of "City"): that noun phrase is the subject
#: (:func:`_fronted_appos_subject`; before: no source).
_S17_S1_FRONTED_APPOS = True
#: A reporting verb with its own reported clause that the parser coordinated with the verb of an
#: earlier reporting verb's reported clause ("She told ABC the tone of the interview was cordial …
#: and predicted viewers “will …”", "Okafor said the service was a disgrace and warned that …":
#: ``predicted`` conj of ``was``) shares the subject of that earlier reporting verb, not the
#: reported clause's common-noun subject (:func:`subject_of`; before: "the tone of the interview").
#: Shipped False: PolNeAR end-to-end dev tp 1467 → 1466 and genre dev right 2822 → 2820 against
#: +1 row each on PolNeAR speaker train and genre train (session 17 S1).
_S17_S1_CONJ_IN_REPORTED = False


def subject_of(tok: Token, *, max_up: int = 3) -> Token | None:
    """The nominal subject of ``tok``, inherited from governing verbs when ``tok`` has none.

    Returns ``None`` for passive cues ("was told") and when no subject is found within
    ``max_up`` steps up the tree.
    """
    if tok.dep_ == "acl" and tok.head.lower_ in GENERIC_HEADS and tok.head.i < tok.i:
        return tok.head  # "those describing themselves as conservative": the pronoun it modifies
    reporter = _reporter_of_trailing_participle(tok)
    if reporter is not None:
        return reporter
    cur = tok
    if _S17_S1_CONJ_IN_REPORTED:
        cur = _reporter_of_coordinated_report(tok) or tok
    for _ in range(max_up + 1):
        subj = None
        for child in cur.children:
            if child.dep_ in ("nsubj", "csubj"):
                if subj is None or subj.i < child.i < cur.i:
                    # two subjects is a misparse ("SANTIAGO, Nov 4 (AFP) - Chile and Argentina
                    # accused": the dateline's city is taken as a subject too): the one nearest
                    # before the verb is its subject (issue 11)
                    subj = child
                continue
            if child.dep_ in ("nsubjpass", "auxpass") and cur is tok and subj is None:
                return None
        if subj is not None:
            return subj
        if cur.dep_ in INHERIT_DEPS and cur.head is not cur:
            if cur.dep_ == "ccomp" and cur is tok:
                return None
            if _S17_S1_CONJ_ON_OBJECT and cur.dep_ == "conj" and cur.pos_ == "VERB" \
                    and cur.head.pos_ in ("NOUN", "PROPN") and cur.head.dep_ == "dobj" \
                    and cur.head.head.pos_ in ("VERB", "AUX") and cur.head.head.i < cur.i:
                # a verb the parser coordinated with the object noun of the verb before it ("He
                # adopted a fake accent and joked, …": "joked" conj of "accent"): a noun has no
                # verbs coordinated with it, so "joked" shares the subject of "adopted"
                cur = cur.head.head
                continue
            if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX"):
                # a gerund under a preposition of a verb ("said before adding:", "continued by
                # saying", "is facing criticism after saying"): the verb's subject
                cur = cur.head.head
                continue
            cur = cur.head
        else:
            break
    return None


def _reporter_of_coordinated_report(tok: Token) -> Token | None:
    """The earlier reporting verb whose subject the reporting verb ``tok`` shares when the parser
    coordinated ``tok`` with the verb of that verb's reported clause (:data:`_S17_S1_CONJ_IN_REPORTED`):
    ``tok`` is a ``conj`` with a clausal complement of its own (it reports), its head is the
    ``ccomp`` of a reporting verb before it, that head is no reporting verb and its subject is a
    common noun (a person subject, "X said Jones lied and claimed …", stays ambiguous: left as
    parsed). Else ``None``."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or not any(c.dep_ == "ccomp" for c in tok.children):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.i > tok.i or is_speech_verb(clause):
        return None
    reporter = clause.head
    if reporter.i > clause.i or not is_speech_verb(reporter):
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    return reporter


def _reporter_of_trailing_participle(tok: Token) -> Token | None:
    """The subject of the reporting verb for a participle cue set off by a comma after the
    clause that verb reports: "a strategist said Clinton will have to choose …, saying, “…”" →
    "strategist", not "Clinton" (spaCy hangs "saying" on the reported clause's verb; a trailing
    participle after a comma modifies the main clause, PolNeAR train). ``None`` when ``tok`` is
    not such a participle."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    cur = tok.head
    while cur.dep_ == "xcomp" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.i > cur.i or not is_speech_verb(cur.head):
        return None
    return next((c for c in cur.head.children if c.dep_ == "nsubj"), None)


def np_extent(tok: Token) -> tuple[int, int]:
    """Token range ``[start, end)`` of the noun phrase headed by ``tok``, without appositions,
    relative clauses, coordinated phrases or trailing prepositional phrases."""
    start, end = tok.i, tok.i + 1
    for child in tok.lefts:
        if child.dep_ in _CUT_DEPS:
            continue
        start = min(start, child.left_edge.i)
    for child in tok.rights:
        if child.dep_ in _CUT_DEPS:
            break
        if child.dep_ in ("compound", "flat", "nmod", "amod", "case", "poss", "nummod") or child.i == end:
            end = max(end, child.right_edge.i + 1)
        else:
            break
    doc = tok.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def source_extent(subj: Token) -> tuple[int, int]:
    """Token range of a source: the subject's whole phrase, appositions and relative clauses
    included ("Ben Jealous, the former president of the NAACP,"), as PolNeAR marks sources
    (guidelines, "Source"); edge punctuation is left out."""
    doc = subj.doc
    start, end = subj.left_edge.i, subj.right_edge.i + 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def source_span(tok: Token) -> tuple[int, int] | None:
    """Character extent of the source of the cue ``tok``, or ``None``."""
    if _S11_SPAN_SUBJ:
        age = loose_age_subject(tok)
        if age is not None:
            return age
        if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.head.i < tok.i \
                and tok.head.pos_ in ("NOUN", "PROPN") and tok.doc[tok.i - 1].text == "," \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children):
            # a finite verb after "<noun phrase>, <name>," that spaCy hangs on the noun as a
            # clause ("The drama's star, Dev Malhotra, posted that …"): the noun phrase is its
            # subject (an ``acl`` is a participle or an infinitive, never a past or present tense)
            return _extent_before(tok.head, tok)
    subj = subject_of(tok)
    if subj is None:
        return age_subject(tok) or fronted_clause_subject(tok) or opening_participle_subject(tok) \
            or (_apposed_name_subject(tok) if _S11_SPAN_SUBJ else None) \
            or (_fronted_appos_subject(tok) if _S17_S1_FRONTED_APPOS else None)
    if _S17_S1_TIME_SUBJECT and subj.lower_ in _TIME_WORDS:
        return None  # "Wednesday said …" is a misparse: a time word is never a speaker
    if subj.lower_ in ("this", "there", "what", "which", "whom") or (
            subj.lower_ in ("who", "that") and antecedent_of(subj) is None):
        return None
    if subj.pos_ == "NOUN":
        # misparse "a goal Assad said": the name is tagged as the noun's apposition
        app = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == tok.i - 1), None)
        if app is not None:
            subj = app
    if subj.i < tok.i and tok.dep_ == "acl" and tok.head.i == subj.i:
        return char_extent(subj.doc, subj.i, subj.i + 1)  # "those" without its participle
    s, e = source_extent(subj)
    # a subject's phrase never runs over its own cue: a parse that hangs the quotation after
    # "A No 10 spokesman said: '…'" on the subject stops at the cue (issue 11)
    if subj.i < tok.i < e:
        e = tok.i
    elif s <= tok.i < subj.i:
        s = tok.i + 1
    doc = subj.doc
    while s < e and (doc[s].is_punct or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    if _S14_PN_HYPHEN_SPAN and e > s:
        s, e = _across_hyphen(doc, s, e, tok.i)
    if _S14_PN_TIME_TAIL and e > s:
        e = _without_time_tail(subj, s, e)
    return char_extent(doc, s, e)


#: Session 14 (PolNeAR speaker train, "*The British capital's new mayor* on Tuesday rejected …" →
#: source "… mayor on Tuesday", left unresolved): a time phrase the parser hung on the subject noun
#: at the end of its phrase ("on Tuesday", "late Monday", "yesterday", "last week") is no part of the
#: source (PolNeAR guidelines, "Source": the mention of the speaker; :func:`_without_time_tail`).
#: ``False`` gives the old behaviour.
_S14_PN_TIME_TAIL = True
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
morning afternoon evening night week weekend month year""".split())


def _without_time_tail(subj: Token, s: int, e: int) -> int:
    """The end ``e`` (token index, exclusive) of the source ``[s, e)`` headed by ``subj``, cut
    before a time phrase that closes it (:data:`_S14_PN_TIME_TAIL`): the tokens after the head
    ``subj`` (hung on it as a prepositional phrase, or on the cue when the subject's phrase was cut
    at the cue), when all of them are time words (:data:`_TIME_WORDS`), DATE/TIME entity tokens
    or the prepositions, determiners and modifiers of one ("on Tuesday", "late Monday", "last
    week", "yesterday"), with at least one time word or DATE/TIME token among them. Else ``e``
    unchanged (cutting a time phrase after other words of the subject's, "Sen. X of New York
    Tuesday", lost exact source matches on PolNeAR dev)."""
    doc = subj.doc
    cut = e
    timed = False
    while cut - 1 > subj.i:
        t = doc[cut - 1]
        if t.lower_ in _TIME_WORDS or t.ent_type_ in ("DATE", "TIME"):
            timed = True
        elif not (t.lower_ in ("on", "in", "at", "during", "over", "earlier", "late", "early", "last", "this", "next",
                               "the") or t.is_space):
            return e  # the subject's own words after its head: left as they are
        cut -= 1
    if not timed:
        return e
    while cut > s and (doc[cut - 1].is_punct or doc[cut - 1].is_space):
        cut -= 1
    return cut if cut > s else e


#: Session 14 (PolNeAR speaker train, "mused Blaze co-host Stu Burguiere" → source "Blaze co"): a
#: source whose edge meets a word-internal hyphen ("co-host", "co-founder", "vice-chair": spaCy's
#: tokenizer splits them into three tokens and the small model's parse hangs the parts on the cue
#: as separate subjects or objects) runs on across the hyphen and through the noun phrase's
#: remaining name words (:func:`_across_hyphen`). ``False`` gives the old behaviour.
_S14_PN_HYPHEN_SPAN = True
_HYPHENS = ("-", "‐", "‑")


def _across_hyphen(doc: Doc, s: int, e: int, cue: int) -> tuple[int, int]:
    """Token range ``[s, e)`` of a source extended across a word-internal hyphen at its edges
    (:data:`_S14_PN_HYPHEN_SPAN`): rightwards "Falcon co" + "-founder Deshawn Pike" (the nouns and
    proper nouns after the hyphen, up to punctuation, the sentence's end or the cue ``cue``, a
    token index); leftwards "founder Deshawn Pike" + "Falcon co-" (the hyphen's left word and the
    determiner, adjectives and nouns before it). A hyphen counts only with no space on either
    side. Never crosses the cue. Returns the new ``(s, e)`` (token indices)."""
    sent = doc[s].sent
    lo, hi = sent.start, sent.end

    def joint(i: int) -> bool:  # doc[i] is a hyphen inside a word
        return lo < i < hi - 1 and doc[i].text in _HYPHENS and not doc[i - 1].whitespace_ \
            and not doc[i].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha

    if e < hi and joint(e) and not e < cue < e + 2 and (s > cue or e + 1 < cue):
        e += 2
        stop = cue if s < cue else hi
        while e < stop and doc[e].pos_ in ("PROPN", "NOUN") and not doc[e].is_punct and doc[e].is_alpha:
            e += 1
    if s - 1 > lo and joint(s - 1) and not (s - 2 <= cue < s):
        s -= 2
        while s > lo and s - 1 != cue and doc[s - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET") \
                and doc[s - 1].is_alpha and (cue > s or s - 1 > cue):
            s -= 1
            if doc[s].pos_ == "DET":
                break
    return s, e


def tidy_source(doc: Doc, source: tuple[int, int], cue: int) -> tuple[int, int]:
    """A source ``[start, end)`` (characters) the learned tagger gave, run across a word-internal
    hyphen at its edges (:func:`_across_hyphen`, :data:`_S14_PN_HYPHEN_SPAN`: "founder Deshawn
    Pike" in "Falcon co-founder Deshawn Pike said") and without a closing time phrase that is no
    part of the cue's subject (:func:`_without_time_tail`, :data:`_S14_PN_TIME_TAIL`: "The club's
    new manager late Monday said"); ``cue`` is the cue's token index. Unchanged when both switches
    are off or the span does not align with tokens."""
    if not (_S14_PN_HYPHEN_SPAN or _S14_PN_TIME_TAIL):
        return source
    span = doc.char_span(source[0], source[1], alignment_mode="contract")
    if span is None or not len(span):
        return source
    s, e = span.start, span.end
    if _S14_PN_HYPHEN_SPAN:
        s, e = _across_hyphen(doc, s, e, cue)
    if _S14_PN_TIME_TAIL:
        subj = next((c for c in doc[cue].children if c.dep_ in ("nsubj", "nsubjpass") and s <= c.i < e), None)
        if subj is not None:
            e = _without_time_tail(subj, s, e)
    if (s, e) == (span.start, span.end):
        return source
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])


def age_subject(tok: Token) -> tuple[int, int] | None:
    """Character extent of an age description right before the cue ``tok`` that the parser did
    not take as its subject: "“…,” *the 58-year-old* said" (spaCy's small model hangs "old" on
    "said" as an adjective and "the" as the verb's determiner; sports, business and court copy
    use the age as the speaker's epithet: issue 11, genre speaker gold). Only "the|a|an" +
    "N-year-old" (or a spelled number) ending on the word before the cue, with no subject of
    its own; else ``None``."""
    if tok.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children):
        return None
    old = tok.doc[tok.i - 1]
    if old.lower_ != "old" or old.head.i != tok.i:
        return None
    i = old.i - 1
    while i >= 0 and (old.doc[i].text in ("-", "‐") or old.doc[i].lower_ in ("year", "years")
                      or old.doc[i].like_num) and old.i - i <= 4:
        i -= 1
    if i < 0 or old.doc[i].lower_ not in ("the", "a", "an") or old.i - i < 3:
        return None
    return char_extent(tok.doc, i, old.i + 1)


#: Session 11: an age description right before the cue, past one adverb and whatever spaCy hung
#: it on ("“…,” the 52-year-old told reporters", "The 29-year-old later told"), is the source
#: (:func:`loose_age_subject`), and a past- or present-tense cue that spaCy hung as a clause on
#: the noun before it takes that noun's phrase (:func:`source_span`), as does a cue without a
#: subject right after "<noun phrase>, <Name>," (:func:`_apposed_name_subject`). ``False`` gives
#: the old behaviour.
_S11_SPAN_SUBJ = True


def loose_age_subject(tok: Token) -> tuple[int, int] | None:
    """Character extent ``[start, end)`` of "the|a|an N-year-old" (number in digits or a
    spelled number) that ends on the word before the cue ``tok`` or before one adverb right
    before it ("the 41-year-old told", "The 29-year-old later told"), whatever the parse made of
    it: spaCy's small model tags "old" as an adjective of the cue or of the noun after it and
    then finds no subject (issue 11, genre speaker gold). Only for a cue with no nominal subject
    of its own; else ``None``."""
    doc = tok.doc
    if tok.i < 4 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children):
        return None
    j = tok.i - 1
    if doc[j].pos_ == "ADV" and doc[j].is_lower:
        j -= 1
    old = doc[j]
    if old.lower_ != "old" or old.dep_ in ("nsubj", "nsubjpass"):
        return None
    i = j - 1
    while i >= 0 and (doc[i].text in ("-", "‐") or doc[i].lower_ in ("year", "years") or doc[i].like_num) and j - i <= 4:
        i -= 1
    if i < 0 or doc[i].lower_ not in ("the", "a", "an") or j - i < 3:
        return None
    return char_extent(doc, i, j + 1)


def _apposed_name_subject(tok: Token) -> tuple[int, int] | None:
    """Character extent of "<noun phrase>, <Name>," right before a cue that has no subject: "In
    a letter to councillors, the charity's chief executive, Robert Trelawney, said …" (spaCy
    hangs the title on the fronted phrase and leaves the cue without a subject; issue 11, genre
    speaker gold). The word before the cue is a comma, the one before it a proper noun in
    apposition to a noun before it; the source is that noun's phrase with the name. Else ``None``."""
    doc = tok.doc
    if tok.i < 4 or doc[tok.i - 1].text != ",":
        return None
    name = doc[tok.i - 2]
    if name.pos_ != "PROPN":
        return None
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    if name.dep_ != "appos" or name.head.i >= name.i or name.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return _extent_before(name.head, tok)


def _fronted_appos_subject(tok: Token) -> tuple[int, int] | None:
    """Character extent of the noun phrase ending right before the subjectless cue ``tok`` that
    the parser hung as an apposition on a noun inside a fronted phrase of ``tok`` ("At the
    townhall in Ho Chi Minh City, a young woman who had been an exchange student in Montana asked
    Obama …": "woman" appos of "City", the cue without a subject; :data:`_S17_S1_FRONTED_APPOS`,
    PolNeAR speaker train). The phrase follows a comma and runs to the word before the cue; the
    fronted phrase is a left child of the cue. The source is the whole phrase, relative clause
    included (as :func:`source_extent`). Else ``None``."""
    doc = tok.doc
    if tok.i < 4 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children):
        return None
    x = doc[tok.i - 1]
    while x.dep_ != "appos" and x.head.i != x.i and x.head.i < tok.i:
        x = x.head
    if x.dep_ != "appos" or x.pos_ not in ("NOUN", "PROPN") or x.right_edge.i != tok.i - 1 \
            or x.head.i >= x.i or x.left_edge.i < 1 or doc[x.left_edge.i - 1].text != ",":
        return None
    up = x.head
    while up.head.i != up.i and up.head.i != tok.i:
        up = up.head
    if up.head.i != tok.i or up.i >= x.i or up.dep_ not in ("prep", "advcl", "npadvmod", "advmod"):
        return None
    return char_extent(doc, *source_extent(x))


def _extent_before(head: Token, cue: Token) -> tuple[int, int] | None:
    """Character extent of ``head``'s phrase up to the cue: its noun phrase's left part
    (:func:`np_extent`: no fronted clause the parse hung on it) and its appositions, edge
    punctuation left out, never running over ``cue``."""
    doc = head.doc
    s, e = np_extent(head)[0], min(head.right_edge.i + 1, cue.i)
    while s < e and (doc[s].is_punct or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    return char_extent(doc, s, e)


#: Word classes of a bare name or title phrase ("Minister of Mining Rodrigo Achá", "Nicholas
#: Brereton KC", "the prosecutor"): no verb, no clause.
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"})


def fronted_clause_subject(tok: Token) -> tuple[int, int] | None:
    """Character extent of the subject that spaCy swallows into a fronted participial clause:
    "Speaking to reporters in La Paz, *Minister of Mining Rodrigo Achá* said …", "Opening the case
    on Tuesday, *Nicholas Brereton KC*, prosecuting, told the jury …" (the small model hangs the
    name on the clause's last noun and leaves the cue without a subject; issue 11, genre speaker
    gold). Applies only to a cue with no subject of its own whose sentence opens with a
    participle (an ``advcl`` child before it); the subject is the comma-delimited phrase right
    before the cue, past one bare participle set off by commas (", prosecuting,"), and must be a
    name or title phrase (no verb, at most 8 tokens, capitalised or with a determiner). Else
    ``None``."""
    if tok.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children):
        return None
    lead = next((c for c in tok.children if c.dep_ == "advcl" and c.i < tok.i and c.tag_ in ("VBG", "VBN")), None)
    if lead is None or lead.left_edge.i != tok.sent.start:
        return None
    doc = tok.doc
    end = tok.i
    for _ in range(2):
        while end > 0 and doc[end - 1].is_punct:
            end -= 1
        start = end
        while start > lead.i + 1 and not doc[start - 1].is_punct:
            start -= 1
        if start >= end or doc[start - 1].text != ",":
            return None
        if end - start == 1 and (doc[start].tag_ in ("VBG", "VBN") or (doc[start].is_lower and doc[start].lower_.endswith("ing"))):
            end = start - 1  # ", prosecuting,": an aside between the name and the cue
            continue
        words = doc[start:end]
        if len(words) > 8 or any(t.pos_ not in _NAME_POS and t.lower_ not in ("of", "for", "'s", "’s") for t in words):
            return None
        if not (words[0].is_title or words[0].pos_ == "DET") or not any(t.pos_ in ("PROPN", "NOUN") for t in words):
            return None
        return char_extent(doc, start, end)
    return None


def opening_participle_subject(tok: Token) -> tuple[int, int] | None:
    """Character extent of the subject of a participle cue that opens its sentence and that
    spaCy made the root: "*Noting* that the policy has been to …, *Trump* reminded Americans …"
    (the main clause's subject, after the participle's comma, is the one who notes; PARC 3.0
    §4.3, PolNeAR train). The subject is the first ``nsubj`` after a comma whose head is a verb;
    ``None`` when ``tok`` is no sentence-opening participle without a subject, or none is found
    within 60 tokens."""
    if tok.tag_ != "VBG" or tok.i != tok.sent.start or tok.dep_ != "ROOT":
        return None
    doc = tok.doc
    for t in doc[tok.i + 1: min(tok.sent.end, tok.i + 60)]:
        if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN", "PRON") and t.head.pos_ == "VERB" \
                and t.left_edge.i > tok.i + 1 and doc[t.left_edge.i - 1].text == "," and t.head.i > t.i:
            s, e = t.left_edge.i, t.i + 1
            return char_extent(doc, s, e)
    return None


def char_extent(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """``(start_char, end_char)`` of the tokens ``[s, e)``, or ``None`` when that range is empty or
    runs past the Doc (a subject that is only punctuation: "«…» replied")."""
    if not 0 <= s < e <= len(doc):
        return None
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])


def antecedent_of(subj: Token) -> tuple[int, int] | None:
    """For a relative pronoun subject ("Mr. Sanders, *who* said …"), the character extent of the
    noun phrase the relative clause modifies; PolNeAR marks "who" as the source, and the speaker
    is its antecedent."""
    if subj.lower_ not in ("who", "that", "which"):
        return None
    clause = subj.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    s, e = np_extent(noun)
    doc = subj.doc
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])


def addressee_span(tok: Token) -> tuple[int, int] | None:
    """The addressee of "tell"/"inform"/"assure"/"remind" ("told Yahoo News that …")."""
    if lemma(tok) not in ("tell", "inform", "assure", "remind", "warn", "urge", "ask", "advise"):
        return None
    for child in tok.rights:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            s, e = np_extent(child)
            return char_extent(tok.doc, s, e)
    return None


def np_before(doc: Doc, end_char: int, *, max_tokens: int = 8) -> tuple[int, int] | None:
    """The noun phrase that ends right before ``end_char`` (a colon lead-in "And from council
    chair Ravi Menon:", a headline "Mayor:"), as a character extent, or ``None``."""
    span = doc.char_span(max(0, end_char - 200), end_char, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    toks = [t for t in span if not t.is_space]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return None
    out: list[Token] = []
    for t in reversed(toks):
        if t.pos_ in ("PROPN", "NOUN", "ADJ", "PRON") or (t.pos_ == "DET" and out) or t.tag_ == "POS":
            out.append(t)
            if t.pos_ == "DET" or len(out) >= max_tokens:
                break
        else:
            break
    if not out or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in out):
        return None
    out.reverse()
    return out[0].idx, out[-1].idx + len(out[-1])


def span_chars(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char
