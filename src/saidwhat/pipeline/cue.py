"""Cues: the lexical anchors of attributions.

Verbal cues are reporting verbs (PARC 3.0 annotation guidelines, Pareti 2016, section 4.2; the
PolNeAR guidelines' "cue" section, Newell et al. 2018): matched by spaCy lemma and POS, outside
quotation marks. Nominal cues ("Trump's declaration that …") are nouns of saying. Phrasal cues:
"according to", "point out". Frame cues: the colon of a "Name: claim" headline or of a lead-in
("And from council chair Ravi Menon:"), and the dash of a sign-off ("—Name").
"""

from __future__ import annotations

from spacy.tokens import Token

#: Lemmas of verbs that report speech or writing (PARC 3.0 §4.2 and the most frequent PolNeAR
#: train cues). ``call``/``label``/``describe`` need an object complement ("calling it an X").
SPEECH_VERBS: frozenset[str] = frozenset("""
say tell add note explain state claim argue insist warn ask write tweet post announce declare report
confirm deny admit acknowledge suggest reply respond answer recall urge predict promise vow stress
emphasize emphasise conclude observe comment remark accuse allege assert contend maintain reveal
disclose indicate testify boast complain concede lament joke quip muse shout scream whisper mention
charge counter reiterate repeat agree disagree criticize criticise praise blame hint speculate
demand propose recommend advise inform assure remind caution threaten pledge estimate contend
predict retort rebut dismiss concur clarify elaborate underscore highlight tout brag lash
""".split())

#: Verbs of belief, knowledge, intention and evidence: PolNeAR annotates them as attribution
#: cues (guidelines §3, "attributions of belief, intention and factuality") when they take a
#: clausal complement ("Clinton believes that …", "polls show that …", "wants to …").
BELIEF_VERBS: frozenset[str] = frozenset("""
think believe hope know fear feel expect worry show find suggest agree want plan seek decline refuse
intend doubt assume conclude realize realise recognize recognise understand predict wish
""".split())

#: Verbs of stance whose content is their direct object ("Sanders endorsed Clinton", "polls
#: show a tight race"); PolNeAR annotates them (guidelines §3: attributions of support,
#: opposition and evidence).
OBJECT_VERBS: frozenset[str] = frozenset("""
endorse support oppose criticize criticise praise defend reject accuse blame cite back slam
condemn applaud welcome dismiss question deny predict propose announce demand urge show find reveal indicate
describe mention discuss
""".split())

#: Verb + preposition cues whose content is the prepositional object ("calls for a ban",
#: "pointed to the polls"); frequent PolNeAR train cues.
PHRASAL_CUES: frozenset[tuple[str, str]] = frozenset({
    ("call", "for"), ("point", "to"), ("refer", "to"), ("argue", "for"), ("push", "for"), ("advocate", "for"),
    ("vote", "for"), ("vote", "against"), ("agree", "with"), ("speak", "about"), ("talk", "about"), ("warn", "of"),
    ("warn", "about"), ("complain", "about"), ("speak", "of"), ("hint", "at"), ("object", "to"),
})

#: Verbs that report speech only with an object complement: "calling it an 'American sovereignty' issue".
LABEL_VERBS: frozenset[str] = frozenset({"call", "label", "describe", "dub", "brand", "term"})

#: Verbs that are cues only when a quotation or a colon follows ("Caddell continued:").
FRAME_VERBS: frozenset[str] = frozenset({"continue", "go", "begin", "start", "put", "offer", "read", "conclude"})

#: Nouns of saying that head a nominal cue with a possessive source and a "that" clause.
NOMINAL_CUES: frozenset[str] = frozenset("""
declaration statement claim remark comment announcement assertion argument warning promise pledge
admission insistence suggestion accusation allegation assurance prediction contention testimony
""".split())

#: Nouns of evidence that are sources in "X leads *in a CNN poll*" (PolNeAR marks "in" as cue).
EVIDENCE_NOUNS: frozenset[str] = frozenset({"poll", "survey", "study", "report", "analysis", "census", "audit", "review",
                                            "investigation", "estimate", "projection", "count", "tally"})

#: Headline prefixes before a colon that are section labels, not speakers.
HEADLINE_LABELS: frozenset[str] = frozenset("""
watch video exclusive live breaking opinion analysis editorial photos photo update updated review
explainer factbox timeline the latest latest fact check podcast listen read more related
""".split())


#: Irregular forms of the verbs the rules look up (past, participle; "said" → "say").
IRREGULAR: dict[str, str] = {
    "said": "say", "told": "tell", "thought": "think", "knew": "know", "known": "know", "found": "find",
    "saw": "see", "seen": "see", "wrote": "write", "written": "write", "sought": "seek", "felt": "feel",
    "went": "go", "gone": "go", "began": "begin", "begun": "begin", "read": "read", "put": "put",
    "understood": "understand", "spoke": "speak", "spoken": "speak", "meant": "mean", "made": "make",
    "held": "hold", "took": "take", "taken": "take", "gave": "give", "given": "give", "led": "lead",
    "brought": "bring", "taught": "teach", "fought": "fight", "hid": "hide", "hidden": "hide",
    "was": "be", "were": "be", "is": "be", "are": "be", "am": "be", "been": "be", "has": "have", "had": "have",
    "did": "do", "does": "do", "done": "do", "ran": "run", "shown": "show", "backed": "back",
}


def _inflections(lemma: str) -> set[str]:
    """Regular English inflections of a verb or noun lemma (-s/-es, -ed/-d, -ing; e-drop and
    final-consonant doubling)."""
    forms = {lemma}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
        forms.add(lemma[:-1] + "ied")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms.update({lemma + "d", lemma[:-1] + "ing"})
    else:
        forms.update({lemma + "ed", lemma + "ing"})
        if len(lemma) >= 3 and lemma[-1] in "bdgmnprt" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


def _lemma_table() -> dict[str, str]:
    words: set[str] = set()
    for lexicon in (SPEECH_VERBS, BELIEF_VERBS, OBJECT_VERBS, LABEL_VERBS, FRAME_VERBS, NOMINAL_CUES, EVIDENCE_NOUNS):
        words.update(lexicon)
    words.update(v for v, _ in PHRASAL_CUES)
    words.update({"appear", "seem", "look", "sound", "ignore", "ask", "call", "claim", "warn", "say", "tell"})
    table: dict[str, str] = {}
    for w in sorted(words):
        for f in _inflections(w):
            table.setdefault(f, w)
    table.update(IRREGULAR)
    return table


LEMMAS: dict[str, str] = _lemma_table()


def lemma(tok: Token) -> str:
    """Lower-case lemma of ``tok``: spaCy's when a lemmatizer ran, else :data:`LEMMAS`."""
    lem = tok.lemma_
    if lem:
        return lem.lower()
    low = tok.lower_
    return LEMMAS.get(low, low)


def is_speech_verb(tok: Token) -> bool:
    """A reporting verb (by lemma) used as a verb."""
    return tok.pos_ in ("VERB", "AUX") and lemma(tok) in SPEECH_VERBS and tok.tag_ != "MD"


def is_belief_verb(tok: Token) -> bool:
    """A verb of belief/intention/evidence (:data:`BELIEF_VERBS`); a cue only with a clausal complement."""
    return tok.pos_ == "VERB" and lemma(tok) in BELIEF_VERBS


def is_object_verb(tok: Token) -> bool:
    """A stance verb (:data:`OBJECT_VERBS`); a cue when it has a source and a direct object."""
    return tok.pos_ == "VERB" and lemma(tok) in OBJECT_VERBS


def is_label_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and lemma(tok) in LABEL_VERBS


def is_frame_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and lemma(tok) in FRAME_VERBS


def is_nominal_cue(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and lemma(tok) in NOMINAL_CUES


def cue_extent(tok: Token) -> tuple[int, int]:
    """Character extent of a verbal cue: the verb with its auxiliaries, negation and particle
    ("has labelled", "went on to discuss" is left to the model), as PolNeAR marks cues."""
    start, end = tok.idx, tok.idx + len(tok)
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < tok.i and tok.i - child.i <= 3:
            start = min(start, child.idx)
        if child.dep_ == "prt" and child.i == tok.i + 1:
            end = child.idx + len(child)
    return start, end
