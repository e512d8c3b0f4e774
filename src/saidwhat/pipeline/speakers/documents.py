"""Documents and their owners: a poll, report, statement, letter or article as a source, resolved
to the body or person behind it.

Stage: speaker resolution for document sources ("a new Washington Post-ABC News poll", "the
report", "Gallup's own tracking poll", "“…,” it said" of a letter read out) and for the named
possessor of a possessive source. The owner is the name before the document noun, its possessor,
"by/from/in X" after it, the agent or subject of a verb of producing ("a survey conducted by X",
"X released a poll"), the owner of an earlier document of the same kind for a definite one, or
the previous speaker for "the statement".

Rules and their sources: rule 4 of ``gold/speakers/README.md`` (a document takes the named body
that wrote it; "Trump's statement" is Donald Trump; an unowned document has no speaker); the
shapes are PolNeAR train's (Newell et al., LREC 2018) and issue 11's genre gold.

Offsets are ``[start, end)`` characters of the Doc's text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Token

from .. import doc_text
from ..coref import DOC_NOUNS, doc_ents, mention_class, norm_tokens, span_ents, span_text
from .entities import ORG_HEADS
from .names import _DETS, _strip_poss
from .org_descriptions import _AS_WRITTEN_WORDS, _GENERIC_ORG_WORDS, _PERSON_ORGS

#: Document nouns that name the same kind of document ("the survey" after "the Quinnipiac poll").
_DOC_KINDS = {"polls": "poll", "survey": "poll", "surveys": "poll", "polling": "poll", "reports": "report",
              "review": "report", "inquiry": "report", "investigation": "report", "analysis": "report",
              "audit": "report", "probe": "report", "findings": "report", "release": "statement",
              "statements": "statement", "studies": "study", "research": "study", "paper": "study",
              "book": "book", "letters": "letter", "footage": "video", "clip": "video"}


#: Design switch of session 9's document round (issue 11): written things that are documents
#: (:data:`_S9_DOC_NOUNS`), verbs of starting one (:data:`_S9_PRODUCE`), an unnamed maker
#: (:meth:`DocumentOwners._unnamed_maker`), a described possessor ("the festival's own figures"),
#: the body of a study's researchers (:meth:`DocumentOwners._study_body`), a place's records
#: ("Bergen County land records") and a document noun after a verb-tagged compound ("the chip
#: timing data"). ``False`` gives the earlier rules, to measure before/after in one process;
#: shipped ``True``.
_S9_DOCUMENTS = True
#: Set False to switch off session 9's second round on documents: a described maker or possessor
#: ("from the German laboratory", "compiled by the board", "the inspectorate's report") is the one
#: body named earlier whose name holds its word (:meth:`DocumentOwners._org_named_with`), for
#: before/after measurements.
_S9_DOCUMENTS2 = True
#: Session 12 (genre train series m): the statement of "In a statement read by his sister, X, the
#: family said …" is whoever its subject, a source already resolved, was resolved to (the relative
#: who read it, rule 12), not a new anonymous group (:meth:`DocumentOwners._doc_owner_of`). Design
#: switch (``False`` gives the earlier rule, to measure before/after; shipped ``True``).
_S12_PRON_DOC_SUBJECT = True
#: Session 12 round 2 (people; genre train series d, h, i): a study's leader is also the person
#: named in apposition to the post ("Its lead author, Dr X, said"; "The paper's lead author, X,")
#: and the person a study's, trial's or paper's chief or principal investigator is in apposition
#: ("Prof X, the trial's chief investigator, said"), so "The researchers" take them (rule 12 of
#: gold/speakers/README.md; :meth:`DocumentOwners._study_leader`). ``False`` gives the old rule.
_S12_NOM2_LEADER = True
#: Session 13 (documents): a described maker or possessor of a document that the earlier rules
#: leave unowned ("A statement *from the club*", "*The company's* statement", "figures released by
#: *the retailer*") is resolved as the organisation description it is, by the one owner of those
#: (:meth:`~.org_descriptions.OrgDescriptionRules._org_description`, as "the club said" is): rule
#: 13 of ``gold/speakers/README.md`` with rule 3 (a description of a named body takes its name).
#: ``False`` gives the earlier rule; shipped ``True``.
_S13_DOC_DESCRIBED = True
#: Session 13: a document made by a family or other group with no name of its own ("A statement
#: *released by the family*", "a statement issued *on behalf of his family*", "*the family's*
#: statement") is ``anonymous`` (rule 13: the statement of an unnamed family); "on behalf of X"
#: names the maker X of any document.
_S13_DOC_FAMILY = True
#: Session 13: a document "on" a body's own website, page or account ("A statement *on the club's
#: website*", "A post on *the band's* Instagram account") is the possessor's, not the platform's
#: (rule 13; genre train: "the band's Instagram statement" → the band).
_S13_DOC_ON_ACCOUNT = True
#: Session 13: "papers", "paperwork" and "inspection(s)" are documents ("Court papers say", "leaked
#: papers", "An inspection by Ofsted found"), no anonymous group: their named maker, else no speaker
#: (rule 13: "court records" → none; genre train: "an inspection by Care Inspectorate Wales").
_S13_DOC_NOUNS = True
_S13_EXTRA_DOC_NOUNS = frozenset({"papers", "paperwork", "inspection", "inspections"})
#: Session 14 (documents; genre train series q): (1) the written things of court and business copy
#: are documents too ("*an HMRC schedule* shown to the jury", "a spreadsheet", "a dossier"), so an
#: organisation's name before the noun is their maker (:data:`_S14_EXTRA_DOC_NOUNS`); (2) a letter
#: or memo "signed by X", "sent by X" names its maker as "written by X" does
#: (:data:`_S14_DOC_MAKE_FORMS`); (3) a maker described by a post with the person's name in
#: apposition after it ("The memo, written by *Lumira's head of quality, Dr Anneke X*,") is that
#: person, not the post's possessor (:meth:`DocumentOwners._appos_person_after`). Rule 13 of
#: ``gold/speakers/README.md`` (a document takes its maker). ``False`` gives the old behaviour.
_S14_DOC_MAKER = True
_S14_EXTRA_DOC_NOUNS = frozenset({"schedule", "schedules", "spreadsheet", "spreadsheets", "dossier", "dossiers",
                                  "memorandum", "ledger", "ledgers", "invoice", "invoices", "breakdown", "submission",
                                  "submissions", "bulletin", "memos", "briefing"})
#: (4) A body's type word compounded with the document noun ("according to *council* figures",
#: "*police* records") is the one body of that type the article names before it
#: (:meth:`DocumentOwners._org_named_with`), as "the council's figures" is.
_S14_BODY_WORDS = frozenset({"council", "police", "government", "ministry", "department", "club", "company",
                             "board", "trust", "agency", "university", "hospital", "union", "party", "commission",
                             "authority", "service", "bank", "airline", "charity", "firm", "federation", "league"})
_S14_DOC_MAKE_FORMS = frozenset({"signed", "sent", "penned", "co-signed", "cosigned", "co-written", "addressed"})
#: Session 13: a definite document with no owner in the text before ("The ruling", "The survey",
#: "The lawsuit") is the act of the named subject of the nearest earlier verb it nominalises ("Judge
#: Mary Cole *ruled* …", "The X Federation *surveyed* 2,000 officers", "X *has sued* the council"):
#: :meth:`DocumentOwners._verb_owner`, :data:`_DOC_VERBS`; rule 13 (a document takes its maker).
_S13_DOC_VERB = True
#: Document noun → lemmas of the verbs whose act it names, for :data:`_S13_DOC_VERB`.
_DOC_VERBS = {"ruling": ("rule",), "rulings": ("rule",), "decision": ("decide", "rule"),
              "survey": ("survey", "poll"), "poll": ("poll", "survey"), "polling": ("poll", "survey"),
              "study": ("study", "research"), "research": ("research", "study"),
              "lawsuit": ("sue", "file"), "complaint": ("complain", "file"), "filing": ("file",),
              "forecast": ("forecast", "predict"), "review": ("review",), "investigation": ("investigate", "probe"),
              "inquiry": ("investigate",), "probe": ("investigate", "probe"), "audit": ("audit",),
              "analysis": ("analyse", "analyze"), "estimate": ("estimate",), "estimates": ("estimate",),
              "assessment": ("assess",), "inspection": ("inspect",), "letter": ("write",), "email": ("email", "write"),
              "tweet": ("tweet",), "post": ("post",), "order": ("order",), "proposal": ("propose",),
              "count": ("count",), "tally": ("count", "tally")}


def _verb_forms(lemma: str) -> frozenset[str]:
    """The inflected forms of a regular English verb ``lemma`` ("rule" → rule, rules, ruled,
    ruling), with the irregular ones of :data:`_DOC_VERBS` ("write" → wrote, written): the fast
    pipeline has no lemmatiser."""
    out = {lemma}
    if lemma.endswith("e"):
        out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x")):
        out |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        out |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return frozenset(out | {"write": {"wrote", "written"}, "forecast": {"forecasted"}}.get(lemma, set()))


#: Document noun → inflected forms of the verbs whose act it names (:data:`_DOC_VERBS`).
_DOC_VERB_FORMS = {n: frozenset().union(*(_verb_forms(v) for v in vs)) for n, vs in _DOC_VERBS.items()}
#: Session 13: a common word capitalised only because it opens the sentence ("*Court* documents
#: show", "*Media* reports said") is no maker's name before a document noun: the document has no
#: named maker (rule 13: "court records" → none) unless another rule finds one.
_S13_DOC_OPENER = True
_COMMON_OPENERS = frozenset({"court", "courts", "media", "news", "press", "government", "official", "industry",
                             "hospital", "company", "school", "state", "federal", "city", "county", "council",
                             "internal", "leaked", "local", "national", "public", "private", "trial", "prison",
                             "medical", "financial", "bank", "party", "campaign", "military", "army", "tax",
                             "sales", "market", "election", "census", "land", "property", "criminal", "civil"})


def _common_opener(tok: Token) -> bool:
    """Whether ``tok`` is a word of :data:`_COMMON_OPENERS` capitalised only because it opens its
    sentence or line ("*Court* documents show"), for :data:`_S13_DOC_OPENER`."""
    return (tok.lower_ in _COMMON_OPENERS and tok.text[1:].islower()
            and (tok.is_sent_start or tok.i == 0 or not tok.doc[tok.i - 1].is_alpha))


#: Session 13: a document mention whose maker the resolver takes from an organisation named in it
#: ("A report by the Marine Stocks Agency", resolved in :meth:`~.resolver.SpeakerResolver._ranked`)
#: is remembered as the last document's owner too, as :meth:`DocumentOwners._document` does for its
#: own, so a later definite document ("The figures show") can take it (rule 13).
_S13_DOC_REMEMBER = True
#: Nouns of a body's own outlet ("on the club's *website*"), for :data:`_S13_DOC_ON_ACCOUNT`.
_ON_OUTLETS = frozenset({"website", "site", "web", "page", "account", "accounts", "channel", "feed", "blog",
                         "homepage", "profile", "handle"})
_LEADER_BEFORE = re.compile(r"\b(?:lead|senior|first) author,\s+(?:(?:Dr|Prof|Professor)\.?\s+)?$")
_LEADER_AFTER = re.compile(r"\s*,\s*(?:the|its|their)\s+(?:(?:study|trial|paper|research)['’]s\s+(?:lead|senior|first|"
                           r"chief|principal)\s+(?:author|investigator)|(?:lead|senior|first)\s+author)\b")
#: Session 15 (groups; genre train series u): when the article names no one as leading its study
#: (the study "which she led" before she is named), the one person named as heading a research group
#: or team (", who leads the volcano seismology group at …", ", head of the X lab,") is its lead
#: author (:meth:`DocumentOwners._study_leader`; rule 12 of ``gold/speakers/README.md``). ``False``
#: gives the old behaviour.
_S15_GRP_GROUP_LEADER = True
_GROUP_LEADER_AFTER = re.compile(r"\s*,\s*(?:who\s+(?:leads|led|heads|headed|runs|ran)\s+the|(?:the\s+)?(?:head|leader)\s+of\s+the)"
                                 r"\s+(?:[\w-]+\s+){0,4}?(?:research\s+)?(?:group|team|lab|laboratory|unit)\b")
#: Written things beyond :data:`EXTRA_DOC_NOUNS` that are documents under :data:`_S9_DOCUMENTS`
#: ("An Egyptian textbook just published", "The petition, started by parent X,"): rule 13 of
#: ``gold/speakers/README.md`` (a petition takes its named starter, else anonymous or none).
_S9_DOC_NOUNS = frozenset({"textbook", "textbooks", "petition", "petitions", "manifesto", "pamphlet", "pamphlets",
                           "leaflet", "leaflets", "brochure", "handbook"})
#: Verbs of starting a document, beyond :data:`_PRODUCE_FORMS` ("a petition *started* by X",
#: "Supporters have *launched* a petition"): its maker is their agent or subject (rule 13).
_S9_PRODUCE = frozenset("""start starts started starting launch launches launched launching organise organises
organised organising organize organizes organized organizing create creates created creating""".split())
#: Document nouns of a body's records, before which lower-case compounds may stand between the
#: body's name and the noun ("*Bergen County* land records", "*NHS England* waiting-list figures").
_RECORD_NOUNS = frozenset({"records", "record", "data", "figures", "statistics"})
#: Papers of a court case, filed by a prosecutor or a party, never by the body whose document
#: the article cited last: no last-owner fallback (:data:`_S9_DOCUMENTS2`; rule 13).
_COURT_PAPERS = frozenset({"indictment", "indictments", "charge", "charges", "affidavit", "affidavits", "lawsuit",
                           "complaint", "filing", "filings", "summons", "writ", "warrant", "subpoena"})


def _produces(word: str) -> bool:
    """Whether ``word`` (lower case) is a form of a verb of producing a document
    (:data:`_PRODUCE_FORMS`, and :data:`_S9_PRODUCE` under :data:`_S9_DOCUMENTS`)."""
    return word in _PRODUCE_FORMS or (_S9_DOCUMENTS and word in _S9_PRODUCE) or (
        _S14_DOC_MAKER and word in _S14_DOC_MAKE_FORMS) or (_S17_S2_MAKER and word in _S17_S2_MAKE_FORMS)


def _extra_doc(word: str) -> bool:
    """Whether ``word`` (lower case) is a document noun of :data:`EXTRA_DOC_NOUNS` (or of
    :data:`_S9_DOC_NOUNS` under :data:`_S9_DOCUMENTS`; :data:`_S13_EXTRA_DOC_NOUNS` under
    :data:`_S13_DOC_NOUNS`)."""
    return word in EXTRA_DOC_NOUNS or (_S9_DOCUMENTS and word in _S9_DOC_NOUNS) or (
        _S13_DOC_NOUNS and word in _S13_EXTRA_DOC_NOUNS) or (_S14_DOC_MAKER and word in _S14_EXTRA_DOC_NOUNS) or (
        _S15_DOC_POSS_NOUN and word in _S15_DOC_NOUNS) or (_S17_S2_NOTE and word in _S17_S2_NOTE_NOUNS)


def _doc_kind(word: str) -> str:
    return _DOC_KINDS.get(word, word)


#: Inflected forms of the verbs by which a body produces a document ("X released a poll", "a survey
#: conducted by X", "X, which commissioned the study"): the document's owner is the verb's subject
#: or agent (rule 4 of ``gold/speakers/README.md``: a document takes the named body that wrote it).
_PRODUCE_FORMS = frozenset("""release releases released releasing publish publishes published publishing conduct
conducts conducted conducting issue issues issued issuing commission commissions commissioned commissioning file files
filed filing post posts posted posting produce produces produced producing write writes wrote written writing
author authors authored prepare prepares prepared preparing compile compiles compiled compiling unveil unveils
unveiled unveiling submit submits submitted submitting sponsor sponsors sponsored sponsoring carry carries carried
draft drafts drafted drafting put puts putting run runs ran running""".split())
#: Document nouns that a publication carries ("an article in Politico"): only for these is a place-like
#: name after "in" the publication (the NER tags "Politico" GPE), never for "a poll in Iowa".
_MEDIA_PIECES = frozenset({"article", "story", "piece", "column", "editorial", "op-ed", "essay", "interview",
                           "feature", "report", "investigation", "analysis"})
#: Document nouns beyond :data:`~.coref.DOC_NOUNS` that make a source a document, also after an
#: indefinite determiner or as a bare plural ("An MRI on Tuesday showed", "A post-mortem
#: examination found", "according to security logs", "A draft communiqué seen by Bloomberg", "a copy of
#: the treaty", "odds compiled by PlayWell", "a communiqué from the race panel"): shapes of
#: issue 11's genre train gold, rule 13 of ``gold/speakers/README.md`` (a document takes its named
#: maker, else no speaker).
EXTRA_DOC_NOUNS = frozenset({"mri", "scan", "scans", "x-ray", "examination", "autopsy", "post-mortem", "logs", "log",
                             "text", "draft", "copy", "odds", "communiqué", "communique", "communiqués", "readout",
                             "minutes", "messages", "diary", "tests", "test", "trial", "trials"})
#: Participles of getting hold of a document, not of making it ("a draft *seen by* Bloomberg", "a
#: memo *obtained by* the Times"): their agent is no maker (genre train gold: "seen by" an agency is not
#: a source; rule 13 of ``gold/speakers/README.md``).
_SEEN_FORMS = frozenset({"seen", "obtained", "reviewed", "viewed", "read", "examined", "cited", "quoted", "leaked",
                         "shown", "received", "acquired"})


#: Session 14 (documents; genre train series q): a source span that is only the witness of a document
#: ("An internal memo, seen by *this newspaper*, suggests"; "The memo, dated 2 October and seen by
#: *this newspaper*, says") stands for the document (:func:`witnessed_document`), whose maker is the
#: speaker (rule 13 of ``gold/speakers/README.md``); the outlet that saw it is a witness, no source.
#: ``False`` gives the old behaviour.
_S14_DOC_WITNESS = True

#: Session 15 (documents; train series u): a joint statement ("according to a joint statement", "the
#: carriers' statement", "the two companies' statement") is the joint source's: the first-named party
#: of the latest "A and B" pair the article wrote (rule 6 of ``gold/speakers/README.md``; rule 13: a
#: document takes its maker). :meth:`DocumentOwners._joint_owner`.
_S15_DOC_JOINT = True
#: Plural possessors that stand for the two parties of a pair ("the carriers' statement").
_S15_PAIR_POSSESSORS = frozenset({"carriers", "companies", "firms", "airlines", "banks", "lenders", "groups", "clubs",
                                  "parties", "sides", "insurers", "businesses", "organisations", "organizations",
                                  "governments", "countries", "nations", "unions", "partners"})
#: Session 15 (documents; train series u): (1) a document noun with a possessor is a document even when the
#: NER tags it as a time ("the committee's *minutes*" tagged TIME); (2) an announcement or notice is a
#: document (:data:`_S15_DOC_NOUNS`): "The band's announcement" → the band (rule 13).
_S15_DOC_POSS_NOUN = True
_S15_DOC_NOUNS = frozenset({"announcement", "announcements", "notice", "notices", "obituary", "newsletter"})
#: Session 15 (documents; train series u): a name in a "to/into/about/against" phrase of the document noun
#: is its addressee or subject, not its maker ("A report *to Eden Fells Council's cabinet*", "a letter
#: to the FA", "a complaint against X"): with no maker stated the document is ``none`` (rule 13).
_S15_DOC_ADDRESSEE = True
#: Prepositions whose object is no maker of the document before them (:data:`_S15_DOC_ADDRESSEE`).
_S15_NOT_MAKER_PREPS = frozenset({"to", "into", "about", "against", "over", "on", "for"})
#: Session 15 (documents; train series u): a document from/by an unnamed person the article identifies
#: ("An email from *the engineer*", "a letter from a neighbour") is ``anonymous`` when no named
#: person holds the description (rule 13 of ``gold/speakers/README.md``: identified but not named).
_S15_DOC_UNNAMED_PERSON = True
#: Session 15 (documents; train series u): bare "Results"/"Findings" published (in a journal) are the
#: article's study's: its body or lead author (rule 13), as "results of a trial" are.
_S15_DOC_RESULTS = True
#: Switch for session 15's "its" documents (series u, council copy; organisation names): a definite
#: document ("The petition calls on …") after "<Body> … said 1,200 people had signed its petition" is
#: that body's (:meth:`DocumentOwners._its_doc_owner` from :meth:`DocumentOwners._earlier_owner`), when
#: the body is an organisation speaker of that sentence. ``False``: such a document has no owner.
_S15_DOC_ITS_EARLIER = True
#: Session 15 (documents; train series u): a definite statement "signed by" an official after a body's
#: statement ("X Ministry said in a statement … The statement, signed by Vice-Minister Y, said") is the
#: body's: the official signed it for the body (rule 13: a ministry statement takes the ministry).
_S15_DOC_SIGNED = True
#: Session 17 (S2, documents): a document's owner written as two sponsors joined by a slash ("an NBC
#: News/Wall Street Journal poll", "a CNN/ORC poll", "a new poll from USA TODAY/Suffolk University")
#: is the first-named sponsor (rule 6 of ``gold/speakers/README.md``, as harmonised in session 16:
#: the joint form is only an alias), in :meth:`DocumentOwners._owner_key`. ``False``: the joint name.
_S17_S2_JOINT_FIRST = True
#: Session 17 (S2, documents): a note is a document ("a handwritten note from X … the note says", "X
#: said in a note to clients"; :data:`_S17_S2_NOTE_NOUNS`), so a later definite back-reference ("the
#: note says") takes the maker of the earlier one (rule 13). ``False`` gives the old behaviour.
_S17_S2_NOTE = True
_S17_S2_NOTE_NOUNS = frozenset({"note", "notes"})
#: Session 17 (S2, documents): "make" and "provide" are verbs of producing a document ("a statement
#: made by X", "figures provided by the ministry", "The New York Times provides entrance poll results
#: that show …"; :data:`_S17_S2_MAKE_FORMS`), and a document noun compounded before another ("entrance
#: *poll* results", "the *survey* data") falls back to the compound's head for its maker's clause
#: (:meth:`DocumentOwners._document`). Rule 13 (a document takes its maker). ``False``: the old behaviour.
_S17_S2_MAKER = True
_S17_S2_MAKE_FORMS = frozenset({"make", "makes", "made", "making", "provide", "provides", "provided", "providing"})


def witnessed_document(span):
    """The noun phrase ``[left edge, noun]`` of the document that the mention ``span`` is the agent
    of seeing ("An internal memo, seen by *this newspaper*," → "An internal memo"), or ``None``: the
    span's root is the object of "by" after a participle of :data:`_SEEN_FORMS` that modifies (or is
    joined to a participle modifying) a document noun (:data:`~.coref.DOC_NOUNS`, :func:`_extra_doc`)."""
    if span is None or not len(span):
        return None
    if not span.start or span.doc[span.start - 1].lower_ != "by":
        return None  # "by" stands right before the agent: no root look-up otherwise (speed, session 14)
    root = span.root
    by = root.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return None
    verb = by.head
    if verb.lower_ not in _SEEN_FORMS:
        return None
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "dated 2 October and seen by": the first participle
    noun = verb.head
    if verb.dep_ != "acl" or not (noun.lower_ in DOC_NOUNS or _extra_doc(noun.lower_)) or noun.i >= span.start:
        return None
    return noun.doc[noun.left_edge.i: noun.i + 1]


def seen_by(span) -> bool:
    """Whether the mention ``span`` holds a participle of :data:`_SEEN_FORMS` ("A draft text *seen*
    by Bloomberg"), or (:data:`_S13_DOC_JOURNAL`) is a study published in a journal ("A study
    published in the journal Sleep"): a name after it is who got hold of the document or printed
    it, not its maker."""
    return any(t.lower_ in _SEEN_FORMS and t.tag_ == "VBN" for t in span) or (_S13_DOC_JOURNAL and _in_journal(span))


#: Session 13: a study, paper or trial "published in" or "appeared in" a journal, or "in the
#: journal X", is not the journal's: the journal only printed it (rule 13 of
#: ``gold/speakers/README.md``; genre train: "The paper, published in The Lancet" → the
#: study's body). Its maker is then found as for any study (:meth:`DocumentOwners._study_body`).
#: Shipped ``False``: neutral on genre train and dev, one row lost on PolNeAR speaker dev (fast).
_S13_DOC_JOURNAL = False
_JOURNAL_RE = re.compile(r"\b(?:published|appeared|appears|reported)\s+(?:online\s+)?in\b|\bjournals?\b", re.I)


def _in_journal(span, end: int | None = None) -> bool:
    """Whether the mention ``span`` is a study's document (:func:`_is_study`) printed in a journal
    (:data:`_JOURNAL_RE` in its text, before character ``end`` when given)."""
    if span is None or not len(span):
        return False
    head = next((t for t in span if t.lower_ in _STUDY_NOUNS), None)
    if head is None or not _is_study(head):
        return False
    text = doc_text(span.doc) if end is None else doc_text(span.doc)[:end]
    return _JOURNAL_RE.search(text, span.start_char, span.end_char if end is None else min(end, span.end_char)) is not None


#: Session 16 (h1; PolNeAR train "The landmark 31-page agreement includes …", "The spat spotlights
#: …"): a pact or a quarrel as a source, with no possessor and no name in it, has no maker the
#: article states: no speaker (rule 13 of ``gold/speakers/README.md``: a document whose author the
#: article does not state is ``none``; PolNeAR train labels all four such rows ``none``).
#: :func:`unowned_thing`. ``False`` leaves them to the ranker.
_S16_H1_UNOWNED = True
_S16_UNOWNED_NOUNS = frozenset({"agreement", "accord", "treaty", "pact", "spat", "feud", "clash", "quarrel"})


def unowned_thing(span) -> bool:
    """Whether the source mention ``span`` (a spaCy Span) is a pact or quarrel (head noun, the last
    token of the head part, in :data:`_S16_UNOWNED_NOUNS`) opened by "the/this/that/a/an" or
    nothing, with no possessor, no capitalised word after its first token and no "by/from/of/
    between" phrase. :data:`_S16_H1_UNOWNED`."""
    if span is None or not len(span):
        return False
    head_text = span_text(span).split(",")[0]
    low = head_text.lower()
    if not any(w in low for w in _S16_UNOWNED_NOUNS):
        return False  # no pact or quarrel word written in the head part (speed)
    toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
    if not toks or toks[-1].lower_ not in _S16_UNOWNED_NOUNS or not (
            toks[-1].pos_ == "NOUN" or len(toks) > 1 and toks[0].pos_ == "DET"):  # "The spat" tagged VBD
        return False
    head = toks[-1]
    if toks[0].pos_ == "DET" and toks[0].lower_ not in ("the", "this", "that", "a", "an"):
        return False
    if any(t.text[:1].isupper() for t in toks[1:]) or any(t.dep_ == "poss" or t.tag_ in ("PRP$", "POS") for t in toks):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("by", "from", "of", "between", "with") for c in head.children)


def document_in_name(span) -> bool:
    """Whether a mention that :func:`~.coref.mention_class` reads as a document only has its
    document noun inside a name ("*Ashgrove Records*, the band's label,", "Rasmussen
    *Reports*" alone): the head part's last word is a capitalised document noun after another
    capitalised proper noun, with no determiner before it and no poll noun ("a national Gallup
    Poll" stays a document). Such a mention is an organisation's name."""
    if span is None or not len(span):
        return False
    head_text = span_text(span).split(",")[0]
    toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
    if len(toks) < 2:
        return False
    last, before = toks[-1], toks[-2]
    if toks[0].pos_ == "DET" or _doc_kind(last.lower_) == "poll":
        return False  # "a national Gallup Poll", "AP-GfK Poll: …": a document with its maker's name
    text = doc_text(span.doc)
    a, b = text.rfind("\n", 0, span.start_char) + 1, text.find("\n", span.end_char)
    line = text[a: b if b >= 0 else len(text)].split()
    if len(line) >= 4 and sum(w[:1].isupper() for w in line) >= 0.6 * len(line):
        return False  # "Leaked Documents Reveal …", "New Poll Shows …": a Title Case headline
    return (last.lower_ in DOC_NOUNS and last.text[:1].isupper() and last.pos_ == "PROPN"
            and before.pos_ == "PROPN" and before.text[:1].isupper() and not last.is_sent_start)


def document_span(span):
    """The document mention that a source mention ``span`` (a spaCy Span) is when its head is a
    document noun of :data:`EXTRA_DOC_NOUNS` ("An MRI", "electronic logs", "A draft communiqué seen by
    Bloomberg"), or when the span stops inside a compound before a document noun ("A risk" of "A
    risk assessment published by …": then the span up to that noun); else ``None``. The mention
    class of :func:`~.coref.mention_class` reads these as anonymous or nominal; the resolver then
    takes them as documents (rule 13 of ``gold/speakers/README.md``)."""
    if span is None or not len(span):
        return None
    doc = span.doc
    last = span[-1]
    if last.dep_ == "compound" and last.head.i == span.end and last.head.pos_ == "NOUN" \
            and (last.head.lower_ in DOC_NOUNS or _extra_doc(last.head.lower_)):
        return doc[span.start: span.end + 1]  # "A risk" | "assessment published by …"
    head_text = span_text(span).split(",")[0]
    toks = [t for t in span if t.idx < span.start_char + len(head_text) and not t.is_punct]
    head = None
    for t in toks:
        if t.pos_ in ("ADP", "VERB", "AUX") and head is not None:
            break
        if t.pos_ in ("NOUN", "PROPN") and (t.ent_type_ not in ("DATE", "TIME") or _S15_DOC_POSS_NOUN and _extra_doc(
                t.lower_) and any(c.dep_ == "poss" for c in t.children)):
            head = t  # "the committee's minutes" tagged TIME: a possessed document (session 15)
    if _S9_DOCUMENTS and toks and head is not None and toks[-1] is not head and toks[-1].pos_ == "NOUN" \
            and toks[-1].lower_ in DOC_NOUNS and toks[-1].dep_ != "compound" \
            and all(t.dep_ in ("compound", "amod", "det") for t in toks[:-1]):
        return span  # "the chip timing data": "timing" tagged VERB cut the head search short
    if head is None or not _extra_doc(head.lower_) or head.ent_type_ == "PERSON":
        return None
    if head.lower_ in ("test", "tests", "text", "copy") and head.text[:1].isupper() and not head.is_sent_start:
        return None  # a name ("the Ashes Test")
    return span


#: People who make a study ("a study by *researchers* at X"): the maker is the body they work at.
_RESEARCH_PEOPLE = frozenset({"researchers", "scientists", "team", "academics", "economists", "experts", "doctors",
                              "investigators", "epidemiologists", "analysts"})
#: Document nouns of a study (after "results of", "findings of" too): with no named maker, the person
#: the article names as leading the study (rule 13 of ``gold/speakers/README.md``: "the paper" of a
#: study "led" by a named scientist → that scientist, as rule 12 gives her for "the researchers").
_STUDY_NOUNS = frozenset({"study", "studies", "trial", "trials", "results", "findings", "paper", "research"})
#: Words before a study noun that make it another study than the article's own ("Earlier research").
_OTHER_STUDY = frozenset({"earlier", "previous", "prior", "past", "other", "older", "some", "many", "several"})

#: Groups of people with no name of their own who put out a statement ("Ortiz's *family*, in a
#: statement"): the statement is anonymous (rule 13 of ``gold/speakers/README.md``).
_UNNAMED_GROUPS = frozenset({"family", "relatives", "parents", "friends", "lawyers", "attorneys", "neighbours",
                             "neighbors", "colleagues", "supporters", "children"})

#: Words for the people a poll asked ("a poll of likely *voters* conducted by …").
_POLLED = frozenset({"voters", "adults", "americans", "residents", "respondents", "people", "likely", "democrats",
                     "republicans", "independents", "caucusgoers", "members", "households"})


def doc_tokens(t: Token) -> list[Token]:
    """The tokens of the phrase ``t`` heads (its subtree), in text order."""
    return list(t.doc[t.left_edge.i: t.right_edge.i + 1])


def _agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's "by" ("released … by *X*"), or ``None``."""
    return next((p for g in verb.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"), None)


def _name_joint(doc: Doc, i: int) -> bool:
    """Whether the lower-case word ``doc[i]`` joins two capitalised words of one name ("Rock *the*
    Vote", "Bureau *of* Labor Statistics"): "the/of/for/and" between proper nouns."""
    return (doc[i].lower_ in ("the", "of", "for", "and") and 0 < i < len(doc) - 1
            and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() and doc[i - 1].ent_type_ != "DATE"
            and doc[i + 1].text[:1].isupper())


def _is_study(head: Token) -> bool:
    """Whether the document noun ``head`` is a study's ("the paper", "a study", "results of a
    trial"): :data:`_STUDY_NOUNS`, itself or as the object of its "of"."""
    if head.lower_ in _STUDY_NOUNS and head.lower_ not in ("results", "findings"):
        return True
    return head.lower_ in ("results", "findings") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in _STUDY_NOUNS for o in p.children)
        for p in head.children)


def _name_end(ent) -> int:
    """The end character of the organisation name the entity ``ent`` starts: past its end when the
    NER stopped at a joining word ("the Ohio Board of Parole and" | "Community Services"),
    through the capitalised words after it."""
    doc = ent.doc
    i = ent.end
    if ent[-1].lower_ not in ("and", "of", "for", "the", "&"):
        return ent.end_char
    while i < len(doc) and (doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN" or _name_joint(doc, i)):
        i += 1
    return doc[i - 1].idx + len(doc[i - 1]) if i > ent.end else ent.end_char


def _propn_compound(run, t: Token) -> bool:
    """Whether the capitalised words ``run`` right before the document noun ``t`` are proper
    nouns compounded on it, one of them an acronym ("*NHS Wales* figures"; the NER leaves such
    names untagged): the document's maker (rule 13 of ``gold/speakers/README.md``)."""
    return (all(x.pos_ == "PROPN" for x in run if x.is_alpha) and run[-1].dep_ == "compound"
            and run[-1].head.i == t.i and any(x.is_upper and len(x) >= 2 for x in run if x.is_alpha))


#: Session 16 (h1, documents on real text; PolNeAR train "a Morning Consult Poll", "the
#: RealClearPolitics polling average", "a recent poll by RealClearPolitics"): a poll's maker is
#: (1) the capitalised proper nouns compounded on a poll noun even with no acronym and no NER tag
#: (:func:`_poll_maker_run`), and (2) a CamelCase word ("RealClearPolitics", "YouGov"; often
#: tagged NNS and left untagged by the NER) before or after "by/from" a document noun
#: (:func:`_camel_name`). Rule 13 of ``gold/speakers/README.md`` (a document takes its maker).
#: ``False`` gives the earlier rules.
_S16_H1_POLL_MAKER = True
_CAMEL_RE = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]*)+$")


def _camel_name(tok: Token) -> bool:
    """Whether ``tok`` is one CamelCase word ("RealClearPolitics", "YouGov"; each capital followed by
    lower-case letters: "SurveyUSA" is not one; "McDonald" is, unless the NER tags it PERSON), a
    brand name whatever its POS tag, not a date, time or person the NER tagged."""
    return bool(_CAMEL_RE.match(tok.text)) and tok.ent_type_ not in ("DATE", "TIME", "PERSON")


def _poll_maker_run(run, t: Token) -> bool:
    """Whether the capitalised words ``run`` before the poll noun ``t`` ("a *Morning Consult*
    Poll", "the *Monmouth University* poll") are its maker's name: all proper nouns (or CamelCase
    words), the last compounded on ``t`` (or on the noun ``t`` is compounded on), ``t`` a poll noun (:data:`_DOC_KINDS` → "poll"), no
    common word capitalised to open a sentence, and not a Title Case headline line. Tokens: spaCy
    tokens of one Doc. :data:`_S16_H1_POLL_MAKER`."""
    if not len(run) or _doc_kind(t.lower_) != "poll" or _common_opener(run[0]):
        return False
    if not all((x.pos_ == "PROPN" or _camel_name(x)) and x.text[:1].isupper() for x in run if x.is_alpha):
        return False
    on_t = run[-1].head.i == t.i or (t.dep_ == "compound" and run[-1].head.i == t.head.i)  # "X polling average"
    if run[-1].dep_ != "compound" or not on_t or any(x.ent_type_ == "NORP" for x in run):
        return False
    text = doc_text(t.doc)
    a = text.rfind("\n", 0, run.start_char) + 1
    b = text.find("\n", t.idx)
    line = text[a: b if b >= 0 else len(text)].split()
    return not (len(line) >= 4 and sum(w[:1].isupper() for w in line) >= 0.6 * len(line))


def _title_run(run, t: Token) -> bool:
    """Whether the capitalised words ``run`` before the document noun ``t`` are part of one
    entity that goes on past ``t`` ("Leaked Documents Reveal Democratic Campaign Donors" in a
    Title Case headline): the words of a headline, not the document's owner."""
    ent = next((e for e in doc_ents(t.doc) if e.start <= run.start < e.end), None)
    return ent is not None and ent.end > t.i + 1


def _addressee(head: Token, ent) -> bool:
    """Whether the entity ``ent`` sits in a phrase of the document noun ``head`` that names its
    addressee or subject (a prep of :data:`_S15_NOT_MAKER_PREPS`: "A report *to Eden Fells
    Council's cabinet*", "a complaint *against* X"), not its maker. :data:`_S15_DOC_ADDRESSEE`."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _S15_NOT_MAKER_PREPS \
                and prep.left_edge.i <= ent.start and ent.end <= prep.right_edge.i + 1:
            return True
    return False


def _published_results(head: Token) -> bool:
    """Whether the bare document noun ``head`` is "Results"/"Findings" of the article's study, made
    public ("Results *published* on Wednesday in The Lancet …", "Findings presented at …"): a
    participle of publishing or presenting on it. :data:`_S15_DOC_RESULTS`; rule 13."""
    if head.lower_ not in ("results", "findings") or any(c.dep_ == "poss" for c in head.children):
        return False
    return any(c.dep_ == "acl" and c.lower_ in ("published", "presented", "released", "reported", "announced")
               for c in head.children)


class DocumentOwners:
    """Who is behind a document source, and the named possessor of a possessive one: mixed into
    :class:`~saidwhat.pipeline.speakers.SpeakerResolver` (uses ``doc``, ``text``, ``named``,
    ``cands``, ``entities``, the registry's methods and, for "by the organization", the
    organisation rules). Sets ``doc_owner`` (the last document's owner) and ``doc_owners``
    (document noun index → owner) on the resolver as it goes."""

    def _document(self, span, start: int, prev: str | None = None) -> str:
        """The body behind a document source: a named organisation or person that owns the
        document in the mention ("a new Washington Post-ABC News poll", "the Reuters/Ipsos poll",
        "a study by the Department of Veterans Affairs", "a new article in Politico"); else, for a
        definite one ("the poll", a headline "Poll"), the owner of the nearest earlier document of
        the same kind ("the latest Quinnipiac University poll", "X said in a statement", "X writes
        in his book"), or of one soon after it (a headline, or "a new national poll shows … The
        latest Rasmussen Reports poll"); else, for a definite statement ("According to the
        statement"), the previous attribution's speaker (``prev``) when it is named, and for a bare
        "a statement" the previous speaker when that is an organisation ("…, the agency said. …,
        according to a statement."); else, for a study's document ("the paper", "results of a
        trial"; not "Earlier research") the one person the article names as leading the study
        (:meth:`_study_leader`; rule 13); else the body behind the last document source of the
        article (a definite mention); else no speaker (an unowned "review of records", "An MRI",
        "A draft seen by Bloomberg"): rules 4 and 13 of ``gold/speakers/README.md``. Owners are
        found by :meth:`_doc_owner_of` and :meth:`_producer_of`."""
        self.via = "document"
        words = span_text(span).split()
        lead = words[0].lower() if words else ""
        head = self._doc_head(span)
        if _S15_DOC_JOINT and head is not None:
            owner = self._joint_owner(head, start, prev)
            if owner is not None:
                self._remember_doc(head, owner)
                self.confidence = 0.7
                return owner  # "according to a joint statement", "the carriers' statement" (session 15)
        owner = self._doc_owner_of(head) if head is not None else None
        if owner is None and _S17_S2_MAKER and head is not None and head.dep_ == "compound" \
                and span.start <= head.head.i < span.end and head.head.lower_ in DOC_NOUNS:
            # "entrance poll results that show …" after "X provides": the compound's head carries the clause
            owner = self._doc_owner_of(head.head)
        if owner is not None and _S15_DOC_SIGNED and head is not None:
            owner = self._signed_for_body(span, head, owner)  # "The statement, signed by Vice-Minister X," (session 15)
        if owner is None:
            for ent in span_ents(span):
                if head is not None and ent.start == head.i and len(ent) == 1:
                    continue  # "An MRI" tagged ORG: the document itself, no owner
                if _S15_DOC_ADDRESSEE and head is not None and _addressee(head, ent):
                    continue  # "A report to Eden Fells Council's cabinet": its addressee (session 15)
                if any(t.lower_ in _SEEN_FORMS for t in self.doc[span.start: ent.start]):
                    continue  # "A draft communiqué seen by Bloomberg": who saw it, not who wrote it
                if _S13_DOC_OPENER and len(ent) == 1 and _common_opener(ent[0]):
                    continue  # "Court documents show": no maker named (session 13)
                if _S13_DOC_JOURNAL and _in_journal(span, ent.start_char):
                    continue  # "A study published in the journal Sleep": the journal printed it
                if ent.label_ in ("ORG", "PERSON") and "such as" not in self.text[span.start_char:ent.start_char]:
                    owner = self._owner_key(ent.start_char, ent.end_char, _strip_poss(ent.text), ent.label_)
                    break
        if owner is not None:
            self._remember_doc(head, owner)
            self.confidence = 0.8
            return owner
        if _S9_DOCUMENTS and head is not None and self._unnamed_maker(span, head):
            # "An online petition started by a viewer in Ohio", "Supporters have started a
            # petition", then "the petition says": its author is identified, not named (rule 13)
            self.via, self.confidence = "anonymous", 0.7
            return self._new_unnamed("anonymous", start)
        headline = "\n" in self.text[start:start + 200] and "\n" not in self.text[max(0, start - 1):start] and start < 300
        definite = lead in ("the", "this", "that", "its", "their") or (len(span) <= 2 and span_text(span)[:1].isupper()
                                                                     and lead not in ("a", "an")
                                                                     and span[0].lower_ not in _OTHER_STUDY
                                                                     and span[-1].tag_ not in ("NNS", "NNPS"))
        if head is not None:
            kind = _doc_kind(head.lower_)
            if definite:
                owner = self._earlier_owner(span, head, kind)
                if owner is None and kind == "statement":
                    owner = self._statement_of_prev(prev)
                if owner is None and _S13_DOC_VERB:
                    owner = self._verb_owner(span, head)  # "Judge X ruled … The ruling said" (session 13)
            if owner is None and (headline or lead in ("a", "an") or definite):
                stop = span.end + (120 if not headline else 200)
                for t in self.doc[span.end: min(len(self.doc), stop)]:
                    if _doc_kind(t.lower_) == kind and t.pos_ in ("NOUN", "PROPN"):
                        owner = self._doc_owner_of(t)
                    elif headline and t.pos_ == "VERB" and t.lower_.startswith(head.lower_):
                        owner = self._reporting_subject(t)  # "Report: …" then "the Times reported"
                    if owner is not None:
                        break
            if owner is None and definite:
                # "The forecast" after "X issued a warning" (nominals._S13_NOM3_WARNING)
                owner = self._warning_owner(span, head)
            if owner is None:
                # "An email to passengers" (nominals._S13_NOM3_ADDRESSED)
                owner = self._addressed_owner(span, head, start, prev)
            if owner is None and kind == "statement" and lead in ("a", "an") and len(span) == 2 and prev \
                    and self.entities[prev].kind == "organization":
                # "the agency said on Friday … according to a statement.": the organisation that
                # last spoke put it out (genre train gold)
                owner = prev
            if owner is not None:
                self._remember_doc(head, owner)
                self.confidence = 0.6
                return owner
        if head is not None and (_is_study(head) or _S15_DOC_RESULTS and _published_results(head)) \
                and not any(t.lower_ in _OTHER_STUDY for t in span):
            body = self._study_body() if _S9_DOCUMENTS else None
            if body is not None:
                # "a large study published on Monday … Researchers at the University of X followed
                # …": the body its researchers work at (rule 13: a named body before a person)
                self._remember_doc(head, body)
                self.confidence = 0.6
                return body
            leader = self._study_leader()
            if leader is not None:
                # "results of a large international trial", "the paper": the study's leader (rule 13)
                self.confidence = 0.6
                return self._person(leader.name, leader.role, start).key
        if definite and getattr(self, "doc_owner", None) and not (
                _S9_DOCUMENTS2 and head is not None and head.lower_ in _COURT_PAPERS):
            # the last document's owner; not for a court paper ("The indictment alleges" after "the
            # inspectorate's report": its author is not stated, rule 13)
            self.confidence = 0.6
            return self.doc_owner
        self.via, self.confidence = "unresolved", 0.5
        return self._new_unnamed("unresolved", start)

    def _org_named_with(self, word: str, pos: int) -> str | None:
        """The speaker key of the organisation named last before ``pos`` whose name ends in the
        type word ``word`` ("Fernhill Festival" for "the festival"), among the organisation clusters
        and the organisation speakers resolved so far, when one organisation's name does; else
        ``None``. For a described possessor of a document (rule 3 of
        ``gold/speakers/README.md``: a description of a named body takes its name)."""
        fits = []
        for c in self.cands.clusters:
            if c.kind != "organization" or not c.tokens or len(c.tokens) < 2:
                continue
            if c.tokens[-1] != word and not (_S9_DOCUMENTS2 and word in c.tokens[1:-1] and len(word) > 3):
                continue  # "Care Inspectorate Wales" for "the inspectorate" (session 9, second round)
            last = max((m[0] for m in c.mentions if m[0] < pos), default=-1)
            if last >= 0:
                fits.append(c)
        names = {c.name: c.role for c in fits}
        for e in self.entities.values():
            # an organisation resolved from a source the NER did not tag ("Fernhill Festival said")
            toks = norm_tokens(e.name) if e.kind == "organization" and e.name else []
            if len(toks) >= 2 and (toks[-1] == word or _S9_DOCUMENTS2 and word in toks[1:-1] and len(word) > 3) \
                    and any(m[0] < pos for m in e.mentions):
                names.setdefault(e.name, e.role)
        if len(names) != 1:
            return None
        name, role = next(iter(names.items()))
        return self._organization(name, pos, role)

    def _study_body(self) -> str | None:
        """The speaker key of the one organisation the article names as the workplace of a study's
        people ("Researchers at the University of Northgate followed …", "scientists from the X
        Institute", "a team at X"; :data:`_RESEARCH_PEOPLE` + "at/from" + an ORG entity), or
        ``None`` (none, or several bodies). Rule 13 of ``gold/speakers/README.md``: a study takes
        the named body that made it ("a study led by scientists at the Lindholm Institute").
        Computed once per article."""
        if hasattr(self, "_s9_body"):
            return self._s9_body
        bodies: dict[str, tuple[int, int, str]] = {}
        for tok in self.doc:
            if tok.lower_ not in _RESEARCH_PEOPLE or tok.pos_ != "NOUN" or self.cands._quoted(tok.idx):
                continue
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("at", "from"):
                    continue
                for obj in prep.children:
                    e = next((e for e in doc_ents(obj.doc) if e.start <= obj.i < e.end), None) if obj.dep_ == "pobj" else None
                    if e is not None and e.label_ == "ORG":
                        end = _name_end(e)
                        name = re.sub(r"^(?:the|The)\s+", "", _strip_poss(self.text[e.start_char:end]))
                        bodies.setdefault(name.lower(), (e.start_char, end, name))
        self._s9_body = None
        if len(bodies) == 1:
            a, b, name = next(iter(bodies.values()))
            self._s9_body = self._owner_key(a, b, name, "ORG")
        return self._s9_body

    def _maker_token(self, t: Token) -> Token | None:
        """The token naming who made the document noun ``t`` through a verb of producing
        (:func:`_produces`): a participle's agent ("a petition *started by* a viewer"), a relative
        clause's subject, the agent of the passive ``t`` is the subject of, or the subject of the
        verb ``t`` is the object of ("*Supporters* have started a petition"); ``None`` if none."""
        for ch in t.children:
            if ch.dep_ in ("acl", "relcl") and ch.pos_ == "VERB" and _produces(ch.lower_):
                agent = _agent_of(ch)
                if agent is not None:
                    return agent
                subj = next((g for g in ch.children if g.dep_ == "nsubj"), None)
                if ch.dep_ == "relcl" and subj is not None and subj.lower_ not in ("that", "which", "who"):
                    return subj
        v = t.head
        if v.pos_ != "VERB" or not _produces(v.lower_):
            return None
        if t.dep_ == "nsubjpass":
            return _agent_of(v)
        if t.dep_ == "dobj":
            return next((g for g in v.children if g.dep_ == "nsubj"), None)
        return None

    def _unnamed_maker(self, span, head: Token) -> bool:
        """Whether the document ``head`` of the mention ``span`` was made by people the article
        identifies but does not name: the maker (:meth:`_maker_token`) is an indefinite or bare
        plural common noun of no organisation or name ("started by *a viewer* in Ohio",
        "*Supporters* have started a petition"); for a definite mention ("the petition says") the
        nearest earlier same noun, within 600 tokens, so made. Rule 13 of
        ``gold/speakers/README.md``: such a document is ``anonymous``."""
        def unnamed(tok: Token | None) -> bool:
            if tok is None or tok.pos_ != "NOUN" or tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
                return False
            if tok.lower_ in ORG_HEADS or tok.lower_ in _GENERIC_ORG_WORDS or tok.lower_ in _PERSON_ORGS \
                    or tok.lower_ in _AS_WRITTEN_WORDS:
                return False  # "the campaign", "the panel": a body, named elsewhere or as written
            if any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in tok.children):
                return False  # "parent Lisa Harker"
            dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "quantmod", "poss")]
            return (bool(dets) and dets[0] in ("a", "an", "one", "some", "several", "many", "two", "three")
                    or not dets and tok.tag_ == "NNS")
        if unnamed(self._maker_token(head)):
            return True
        lead = span[0].lower_ if len(span) else ""
        if lead not in ("the", "this", "that"):
            return False
        for t in reversed(self.doc[max(0, span.start - 600): span.start]):
            if t.lower_ == head.lower_ and t.pos_ == "NOUN":
                return unnamed(self._maker_token(t))
        return False

    def _study_leader(self):
        """The one person the article names as leading its study ("Dr Anna Berg, a cardiologist
        … who led the study", "a study led by Ana Berg", "lead author Ana Berg"), as a person
        cluster, or ``None`` (none or several)."""
        if hasattr(self, "_leader"):
            return self._leader
        leaders: dict[int, object] = {}
        for m in self.named:
            after = self.text[m.end:m.end + 120].split("\n")[0]
            before = self.text[max(0, m.start - 30):m.start]
            if re.search(r"\bwho (?:led|leads|co-led) (?:the|this) (?:study|trial|research|team|paper|work)\b", after) \
                    or re.search(r"\b(?:led by|lead author|senior author)\s+(?:(?:Dr|Prof|Professor)\.?\s+)?$", before) \
                    or re.match(r"\s*,\s*(?:the\s+)?(?:study's\s+|paper's\s+)?(?:lead|senior) author\b", after) \
                    or _S12_NOM2_LEADER and (_LEADER_BEFORE.search(before) or _LEADER_AFTER.match(after)):
                c = self.cands.cluster_of(m.start, m.end)
                if c is not None and c.kind == "person":
                    leaders[id(c)] = c
        if not leaders and _S15_GRP_GROUP_LEADER:
            # session 15: no one named as leading the study; the one named as heading a research
            # group or team ("Dr X, who leads the volcano seismology group at …") leads its authors
            for m in self.named:
                after = self.text[m.end:m.end + 120].split("\n")[0]
                if _GROUP_LEADER_AFTER.match(after):
                    c = self.cands.cluster_of(m.start, m.end)
                    if c is not None and c.kind == "person":
                        leaders[id(c)] = c
        self._leader = next(iter(leaders.values())) if len(leaders) == 1 else None
        return self._leader

    @staticmethod
    def _doc_head(span) -> Token | None:
        """The document noun of a document mention: the first token that is one of
        :data:`~.coref.DOC_NOUNS`, preferring the last of a compound ("Reuters/Ipsos poll")."""
        toks = [t for t in span if (t.lower_ in DOC_NOUNS or _extra_doc(t.lower_)) and t.pos_ in ("NOUN", "PROPN")]
        # a capitalised name word before the noun is the owner's name ("Rasmussen *Reports* poll")
        named = [t for t in toks[:-1] if t.pos_ == "PROPN" and t.dep_ == "compound" and t.text[:1].isupper()]
        toks = [t for t in toks if t not in named]
        return toks[0] if toks else None

    def _doc_owner_of(self, t: Token, *, statement_subject: bool = False) -> str | None:
        """Speaker key of the owner of the document noun ``t``: the capitalised name right before
        it ("the latest Rasmussen Reports poll", "a USA TODAY analysis", "CNN/ORC poll"), its
        possessor ("Conason's book"), a "by/from/in X" after it ("an article in Politico"); with
        ``statement_subject``, also the subject of "X said in a statement"."""
        doc = t.doc
        i = t.i - 1
        if _S9_DOCUMENTS and t.lower_ in _RECORD_NOUNS:
            j = i
            while j >= 0 and doc[j].pos_ == "NOUN" and doc[j].dep_ == "compound" and doc[j].text.islower():
                j -= 1
            if j < i and j >= 0 and doc[j].ent_type_ in ("GPE", "ORG") and doc[j].text[:1].isupper():
                i = j  # "Bergen County land records": the place's or body's records (rule 13)
        while i >= 0 and (doc[i].text[:1].isupper() or doc[i].text in ("/", "-", "&") or _name_joint(doc, i)) \
                and doc[i].ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL") \
                and (doc[i].lower_ not in _DETS or _name_joint(doc, i)) and "\n" not in doc[i].whitespace_:
            i -= 1
        run = doc[i + 1: t.i]
        if _S9_DOCUMENTS and len(run) and t.lower_ in _RECORD_NOUNS:
            k = len(run)
            while k and run[k - 1].text.islower():
                k -= 1
            run = run[:k] if k else run  # drop the lower-case compounds ("land") from the name
        if len(run) and _title_run(run, t):
            run = run[:0]  # "Leaked Documents Reveal …": a Title Case headline, not an owner
        if _S13_DOC_OPENER and len(run) == 1 and _common_opener(run[0]):
            run = run[:0]  # "Court documents show", "Media reports said": a common word capitalised to open the sentence
        if len(run) and run[0].text not in ("/", "-", "&") and (any(x.ent_type_ in ("ORG", "PERSON", "GPE") for x in run)
                                                                 or all(x.is_upper for x in run if x.is_alpha)
                                                                 or _propn_compound(run, t)
                                                                 or _S16_H1_POLL_MAKER and _poll_maker_run(run, t)):
            name = _strip_poss(doc_text(doc)[run.start_char:run.end_char]).strip(" -/")
            label = "PERSON" if all(x.ent_type_ == "PERSON" for x in run) and _doc_kind(t.lower_) != "poll" else "ORG"
            if name and not (len(run) == 1 and run[0].ent_type_ == "NORP"):
                office = self._role_initials(name)
                if office is not None:
                    return office  # "the IG report" by the inspector general the article names
                return self._owner_key(run.start_char, run.end_char, name, label)
        for ch in t.children:
            if ch.dep_ == "poss" and (ch.ent_type_ in ("ORG", "PERSON") or ch.pos_ == "PROPN") \
                    and ch.ent_type_ not in ("DATE", "TIME"):  # not "Friday's ruling"
                a, b = ch.left_edge.idx, ch.idx + len(ch)
                return self._owner_key(a, b, _strip_poss(doc_text(doc)[a:b]), ch.ent_type_ or "PERSON")
            if _S13_DOC_FAMILY and ch.dep_ == "poss" and ch.pos_ == "NOUN" and ch.lower_ in _UNNAMED_GROUPS:
                return self._new_unnamed("anonymous", ch.idx)  # "The family's statement" (rule 13; session 13)
            if _S9_DOCUMENTS and ch.dep_ == "poss" and ch.pos_ == "NOUN" and ch.lower_ not in _UNNAMED_GROUPS \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in ch.children):
                owner = self._described_owner(ch) or self._org_named_with(ch.lower_, ch.idx)
                if owner is not None:
                    return owner  # "the festival's own figures": the festival the article names (rule 13)
            if ch.dep_ == "prep" and ch.lower_ in ("by", "from", "in", "of"):
                for pobj in ch.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("ORG", "PERSON") and ch.lower_ != "of":
                        # "in Politico" (tagged GPE), "by the organization"
                        owner = self._np_owner(pobj, t, place_ok=ch.lower_ == "in")
                        if owner is not None:
                            return owner
                        if _S15_DOC_UNNAMED_PERSON and ch.lower_ in ("by", "from") and self._unnamed_person(pobj):
                            # "An email from the engineer": identified, not named (rule 13; session 15)
                            return self._new_unnamed("anonymous", pobj.idx)
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in ("ORG", "PERSON"):
                        if _S9_DOCUMENTS2 and pobj.ent_type_ == "ORG" and pobj.pos_ == "NOUN" and pobj.text.islower() \
                                and (pobj.i + 1 >= len(doc) or pobj.doc[pobj.i + 1].ent_iob_ != "I"):
                            # "from the Dutch institute" tagged ORG: a description, the body it
                            # describes (rule 3 of gold/speakers/README.md; session 9)
                            owner = self._described_owner(pobj)
                            if owner is not None:
                                return owner
                        a, b = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge)
                        ent = next((e for e in doc_ents(doc) if e.start <= pobj.i < e.end), None)
                        if ent is not None:
                            a, b = ent.start_char, ent.end_char
                        return self._owner_key(a, b, re.sub(r"^(?:the|The)\s+", "", _strip_poss(doc_text(doc)[a:b])),
                                               pobj.ent_type_)
        if _S13_DOC_FAMILY or _S13_DOC_ON_ACCOUNT:
            owner = self._behalf_or_outlet(t)
            if owner is not None:
                return owner  # "issued on behalf of his family", "posted on the club's website" (session 13)
        owner = self._producer_of(t)
        if owner is not None:
            return owner
        if _S14_DOC_MAKER:
            comp = next((c for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower()
                         and c.lower_ in _S14_BODY_WORDS and c.i == t.i - 1), None)
            if comp is not None and not any(c.dep_ == "poss" for c in t.children):
                owner = self._org_named_with(comp.lower_, t.idx)
                if owner is not None:
                    return owner  # "according to council figures": the one council named before (session 14)
        if statement_subject and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB":
            subj = next((c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if _S12_PRON_DOC_SUBJECT and subj is not None:
                lo, at = subj.left_edge.idx, subj.idx
                heard = next((e.key for e in self.entities.values() if e.kind in ("person", "organization")
                              and any(lo <= m[0] <= at < m[1] for m in e.mentions)), None)  # holding the head
                if heard is not None:
                    return heard  # the subject was a source: its speaker ("the family" → the relative who read it)
            if subj is not None and subj.pos_ == "NOUN" and subj.lower_ in _UNNAMED_GROUPS:
                # "Ortiz's family, in a statement released through …": unnamed people's statement
                # (rule 13 of gold/speakers/README.md: anonymous), not the possessor's
                return self._new_unnamed("anonymous", subj.idx)
            if subj is not None:
                for ent in span_ents(doc[subj.left_edge.i: subj.right_edge.i + 1]):
                    if ent.label_ in ("ORG", "PERSON"):
                        return self._owner_key(ent.start_char, ent.end_char, _strip_poss(ent.text), ent.label_)
        return None

    def _unnamed_person(self, tok: Token) -> bool:
        """Whether the noun ``tok`` is a person the article describes but does not name ("the
        engineer", "a neighbour", "the company's own maintenance engineer"): a singular person
        noun (:func:`~.nominals._person_noun`) with "the/a/an" or a possessor, no capitalised word in
        its phrase and no named person whose role holds it. :data:`_S15_DOC_UNNAMED_PERSON`."""
        from .nominals import _person_noun
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not _person_noun(tok.lower_) or tok.ent_type_:
            return False
        if any(t.text[:1].isupper() for t in tok.doc[tok.left_edge.i: tok.right_edge.i + 1] if t.i != tok.left_edge.i):
            return False
        if not any(c.dep_ in ("det", "poss") for c in tok.children):
            return False
        return not any(m.role and tok.lower_ in norm_tokens(m.role) for m in self.named)

    def _owner_key(self, a: int, b: int, name: str, label: str) -> str:
        """Speaker key for a document's owner named at ``[a, b)``: the person or organisation
        cluster there, or the organisation cluster (or organisation speaker already resolved)
        whose name it starts ("Rasmussen" → "Rasmussen Reports"), else a new organisation (or
        person, for a PERSON name). An ``ORG`` owner with more words than the person cluster
        inside it ("Rasmussen Reports" around a PERSON "Rasmussen") is that organisation. Two sponsors
        joined by a slash ("NBC News/Wall Street Journal") are the first-named (:data:`_S17_S2_JOINT_FIRST`),
        written in full when one earlier joint name's first part ends with it ("Register/…" after "Des
        Moines Register/…"); a joint cluster at ``[a, b)`` is never the owner then."""
        name = re.sub(r"^(?:the|The)\s+", "", name).strip()
        joint = False
        if _S17_S2_JOINT_FIRST and "/" in name:
            first, _, rest = name.partition("/")
            first = first.strip()
            if first[:1].isupper() and rest.strip()[:1].isupper():
                b = min(b, self.text.find(first, a) + len(first)) if self.text.find(first, a) >= 0 else b
                name, joint = first, True  # rule 6: the first-named sponsor (session 16 harmonisation)
                short = norm_tokens(name)
                fuller = {f for f in (cl.name.partition("/")[0].strip() for cl in self.cands.clusters if "/" in cl.name)
                          if len(norm_tokens(f)) > len(short) and norm_tokens(f)[-len(short):] == short}
                if len(fuller) == 1:
                    name = fuller.pop()  # "the new Register/Bloomberg Politics survey" after "A Des Moines Register/…"
        c = self.cands.cluster_of(a, b)
        if _S17_S2_JOINT_FIRST and c is not None and "/" in c.name:
            c = None  # a joint sponsors' cluster: not the one sponsor written here, nor the first-named alone
        toks = norm_tokens(name)
        org = next((o for o in self.cands.clusters if o.kind == "organization" and toks and not (joint and "/" in o.name) and
                    (o.tokens == toks or o.tokens[:len(toks)] == toks and len(o.tokens) > len(toks))), None)
        if org is not None and (c is None or c.kind == "organization" or label == "ORG"):
            return self._organization(org.name, a, org.role)
        if label == "ORG" and toks:
            known = next((e for e in self.entities.values() if e.kind == "organization" and e.name
                          and not (joint and "/" in e.name) and norm_tokens(e.name)[:len(toks)] == toks), None)
            if known is not None:
                return known.key  # "the Rasmussen poll" after "the latest Rasmussen Reports poll"
            if c is not None and c.kind == "person" and len(toks) > len(c.tokens):
                return self._organization(name, a)
        if c is not None and c.kind == "person":
            return self._person(c.name, c.role, a).key
        if label == "PERSON":
            return self._person(name, None, a).key
        name = c.name if c is not None and len(c.tokens) >= len(toks) else name
        return self._organization(name, a)

    def _np_owner(self, tok: Token, doc_tok: Token, *, place_ok: bool = False, agent: bool = False) -> str | None:
        """Speaker key of the body a noun ``tok`` names as the producer of the document noun
        ``doc_tok`` ("by *the Public Policy Institute of California*", "in *Politico*", "by *the
        organization*", "from *the State Department's inspector general*"), or ``None``.

        A named organisation or person is that speaker; a capitalised name the NER tagged as a
        place is one only after "in" (``place_ok``) and for a piece a publication carries
        (:data:`_MEDIA_PIECES`); a group by nationality or party ("House *Republicans*") is none;
        a description is resolved by :meth:`_described_owner`. With ``agent`` (``tok`` is the agent
        of a verb of producing: "odds *compiled by* PlayWell"), a single capitalised word the NER
        tagged as a place is the producer too. A description with a name in apposition ("by the
        trade magazine *Stage Weekly*") is that name (genre train gold)."""
        doc = tok.doc
        if tok.pos_ == "PRON":
            return None
        if _S14_DOC_MAKER and tok.pos_ == "NOUN":
            named = self._appos_person_after(tok)
            if named is not None:
                return named  # "written by Lumira's head of quality, Dr Anneke X," (session 14)
        if _S13_DOC_FAMILY and tok.pos_ == "NOUN" and tok.lower_ in _UNNAMED_GROUPS and not any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
            # "A statement released by the family": people with no name of their own (rule 13)
            return self._new_unnamed("anonymous", tok.idx)
        if tok.pos_ == "NOUN" and tok.lower_ in _RESEARCH_PEOPLE:
            # "a study by researchers at the Bergen Heart Institute": the body they work at (rule 13)
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("at", "from"):
                    for obj in prep.children:
                        e = next((e for e in doc_ents(doc) if e.start <= obj.i < e.end), None)
                        if _S9_DOCUMENTS2 and obj.dep_ == "pobj":
                            # "scientists at Denmark's Kattegat Institute … and Germany's Elbe
                            # Laboratory" (parsed with the second as the object): the first-named
                            # body of the object's phrase (rule 6 of gold/speakers/README.md)
                            e = next((x for x in doc_ents(doc) if obj.left_edge.i <= x.start and x.end <= obj.right_edge.i + 1
                                      and x.label_ == "ORG"), e)
                        if obj.dep_ == "pobj" and e is not None and e.label_ == "ORG":
                            end = _name_end(e)
                            return self._owner_key(e.start_char, end, _strip_poss(self.text[e.start_char:end]), "ORG")
        if tok.pos_ == "NOUN":
            app = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper()
                        and c.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "TIME")), None)
            if app is not None:
                return self._np_owner(app, doc_tok)  # "the trade magazine Stage Weekly"
        ent = next((e for e in doc_ents(doc) if e.start <= tok.i < e.end), None)
        if ent is not None and ent.label_ in ("ORG", "PERSON"):
            end = _name_end(ent)
            return self._owner_key(ent.start_char, end, _strip_poss(self.text[ent.start_char:end]), ent.label_)
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            if ent is not None and ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY",
                                                  "QUANTITY"):
                return None
            if ent is not None and ent.label_ in ("GPE", "LOC", "NORP") and not (
                    place_ok and ent.label_ != "NORP" and doc_tok.lower_ in _MEDIA_PIECES) and not (agent and ent.label_ != "NORP"):
                return None  # "a poll in Iowa": a place, not a producer; "Republicans": a group
            a, b = (ent.start_char, ent.end_char) if ent is not None else (tok.left_edge.idx, tok.idx + len(tok))
            name = re.sub(r"^(?:the|The)\s+", "", _strip_poss(self.text[a:b])).strip()
            return self._owner_key(a, b, name, "ORG") if name else None
        if _S16_H1_POLL_MAKER and ent is None and _camel_name(tok):
            return self._owner_key(tok.idx, tok.idx + len(tok), tok.text, "ORG")  # "by RealClearPolitics" (session 16)
        if tok.pos_ == "NOUN":
            return self._described_owner(tok)
        return None

    def _appos_person_after(self, tok: Token) -> str | None:
        """Speaker key of the person named in apposition right after the noun phrase a post
        ``tok`` heads ("by *Lumira's head of quality*, Dr Anneke X,"; "signed by *Mauritania's
        fisheries minister*, Mohamed Y"), or ``None``: a comma, then the first mention of a person
        candidate within four characters (a title may open it). :data:`_S14_DOC_MAKER`; rule 13 of
        ``gold/speakers/README.md`` (the maker is the person the article names)."""
        from .nominals import _person_noun
        if not (_person_noun(tok.lower_) or tok.lower_ in ("head", "chief", "boss")):
            return None
        end = tok.right_edge.idx + len(tok.right_edge)
        m = re.match(r"\s*,\s*", self.text[end:end + 6])
        if m is None:
            return None
        at = end + m.end()
        for c in self.cands.clusters:
            if c.kind == "person" and any(at <= s <= at + 4 for s, _, _, _ in c.mentions):
                return self._person(c.name, c.role, at).key
        return None

    def _described_owner(self, tok: Token) -> str | None:
        """The body a description names as a document's producer: an organisation word ("the
        organization", "the network") is the latest organisation of that type named before it
        (:meth:`_org_of_type`); "his office" is the person last named as a subject, "her
        campaign" that person's campaign (:meth:`_subject_person`); a person's role ("the State
        Department's inspector general") is the named person whose role holds every word of it
        ("State Department inspector general, Steve Linick"), before or after; else ``None``. Under
        :data:`_S9_DOCUMENTS2`, "the" + a word first takes the one body named earlier whose name
        holds the word (:meth:`_org_named_with`: "from the Dutch institute" → the Utrecht Soil
        Institute), before the words as written."""
        word = tok.lower_
        poss = next((t for t in tok.children if t.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in ("his", "her") and word in _PERSON_ORGS:
            # "His office is preparing an additional report": the office of the person last named
            c = self._subject_person(tok.idx, "m" if poss.lower_ == "his" else "f")
            if c is None:
                return None
            if word == "office":
                return self._person(c.name, c.role, tok.idx).key  # the gold rules: the person
            return self._persons_org(c.name.split()[-1], word, tok.idx)
        if _S9_DOCUMENTS2 and poss is None and tok.pos_ == "NOUN" and any(
                t.dep_ == "det" and t.lower_ == "the" for t in tok.children):
            named = self._org_named_with(word, tok.left_edge.idx)
            if named is not None:
                # "A press release from the German laboratory", "data compiled by the board": the
                # one body named earlier whose name holds the word (rule 3 of gold/speakers/README.md)
                return named
        if word in _AS_WRITTEN_WORDS and poss is None or poss is not None and poss.pos_ == "NOUN" and word == "office":
            # "a communiqué from the race panel", "a statement from the district attorney's office": a
            # body the article never names takes its words (genre train gold), unless a named
            # person holds the possessor's role ("the district attorney's office" of a named
            # Attorney General is that person: "Powell's office" is Powell)
            if poss is not None:
                role = {t.lower_ for t in doc_tokens(poss) if t.pos_ in ("NOUN", "PROPN", "ADJ")}
                holder = next((m for m in self.named if m.role and role <= set(norm_tokens(m.role))), None)
                if holder is not None:
                    return self._person(holder.name, holder.role, tok.idx).key
            np = [t for t in tok.doc[tok.left_edge.i: tok.i + 1] if not t.is_punct]
            if np and np[0].lower_ in ("the", "this", "that") and len(np) > 1 \
                    and not any(t.text[:1].isupper() for t in np[1:]):
                name = self._as_written(np, tok.idx)
                if name:
                    return self._organization(name, tok.idx)
        if word == "campaign" and poss is None:
            # "a statement released by the campaign", "the Trump campaign issued a statement"
            return self._campaign_before(tok.idx + len(tok))
        c = self._org_of_type(word, tok.idx)
        if c is not None:
            return self._organization(c.name, tok.idx, c.role)
        if _S13_DOC_DESCRIBED and poss is None:
            key = self._described_as_org(tok)
            if key is not None:
                return key  # "A statement from the club", "The company's statement" (session 13)
        if word in ORG_HEADS or word in _GENERIC_ORG_WORDS:
            return None
        words = {t.lower_ for t in tok.children if t.dep_ in ("compound", "amod") and t.i < tok.i} | {word}
        best = None
        for m in self.named:
            if m.role and words <= set(norm_tokens(m.role)):
                if best is None or m.start <= tok.idx:
                    best = m
        return self._person(best.name, best.role, tok.idx).key if best is not None else None

    def _verb_owner(self, span, head: Token) -> str | None:
        """Speaker key of the maker of a definite document ``head`` ("The ruling") that nominalises
        a verb used before it (:data:`_DOC_VERBS`): the named subject (a person or organisation the
        NER tags, or a source already resolved there) of the nearest such verb outside quotation
        marks within 300 tokens before the mention ("Judge Mary Cole *ruled* that …"), or ``None``.
        :data:`_S13_DOC_VERB`; rule 13 of ``gold/speakers/README.md``."""
        forms = _DOC_VERB_FORMS.get(head.lower_)
        if not forms:
            return None
        for v in reversed(self.doc[max(0, span.start - 300): span.start]):
            if v.pos_ != "VERB" or v.lower_ not in forms or self.cands._quoted(v.idx):
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            lo, at = subj.left_edge.idx, subj.idx
            heard = next((e.key for e in self.entities.values() if e.kind in ("person", "organization")
                          and any(lo <= m[0] <= at < m[1] for m in e.mentions)), None)
            if heard is not None:
                return heard  # the subject was a source: its speaker
            if subj.pos_ == "PRON":
                return None
            ent = next((e for e in self.doc.ents if e.start <= subj.i < e.end and e.label_ in ("ORG", "PERSON")), None)
            if ent is not None:
                end = _name_end(ent) if ent.label_ == "ORG" else ent.end_char
                return self._owner_key(ent.start_char, end, _strip_poss(self.text[ent.start_char:end]), ent.label_)
            return self._np_owner(subj, head) if subj.pos_ in ("PROPN", "NOUN") else None
        return None

    def _behalf_or_outlet(self, t: Token) -> str | None:
        """Speaker key of the maker of the document noun ``t`` named in its phrase (its subtree)
        by "on behalf of X" ("a statement issued *on behalf of his family*": X's owner by
        :meth:`_np_owner`, under :data:`_S13_DOC_FAMILY`) or by the possessor of a body's own outlet
        after "on" ("A statement on *the club's* website", "a post on *Hollow Pines'* Instagram
        account": under :data:`_S13_DOC_ON_ACCOUNT`); else ``None``. Rule 13 of
        ``gold/speakers/README.md``: a document takes its maker, not the platform it is on."""
        for x in doc_tokens(t):
            if x.i <= t.i or x.dep_ != "pobj" or x.head.dep_ != "prep":
                continue
            if _S13_DOC_FAMILY and x.lower_ == "behalf" and x.head.lower_ == "on":
                obj = next((o for p in x.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"), None)
                if obj is None:
                    continue
                ent = next((e for e in t.doc.ents if e.start <= obj.i < e.end), None)
                if ent is not None and ent.label_ in ("ORG", "PERSON"):
                    return self._owner_key(ent.start_char, ent.end_char, _strip_poss(ent.text), ent.label_)
                owner = self._np_owner(obj, t, agent=True)
                if owner is not None:
                    return owner
            if _S13_DOC_ON_ACCOUNT and x.lower_ in _ON_OUTLETS and x.head.lower_ in ("on", "via", "through", "from"):
                poss = next((c for c in x.children if c.dep_ == "poss"), None)
                if poss is None or poss.pos_ == "PRON":
                    continue
                if poss.pos_ == "PROPN" or poss.ent_type_ in ("ORG", "PERSON"):
                    a, b = poss.left_edge.idx, poss.idx + len(poss)
                    ent = next((e for e in t.doc.ents if e.start <= poss.i < e.end), None)
                    if ent is not None and ent.label_ in ("NORP", "DATE", "TIME"):
                        continue
                    if ent is not None:
                        a = min(a, ent.start_char)
                    label = "PERSON" if poss.ent_type_ == "PERSON" else "ORG"
                    return self._owner_key(a, b, _strip_poss(self.text[a:b]), label)
                if poss.pos_ == "NOUN":
                    owner = self._np_owner(poss, t)
                    if owner is not None:
                        return owner
        return None

    def _described_as_org(self, tok: Token) -> str | None:
        """Speaker key of the organisation that "the (…) W" headed by ``tok`` describes (W an
        organisation word, :meth:`~.org_descriptions.OrgDescriptionRules._focus_word`: "the club",
        "the company", "the retailer"), read as an ``org_desc`` mention by
        :meth:`~.org_descriptions.OrgDescriptionRules._org_description`, the rules "the club
        said" takes; ``None`` when it finds none or the phrase is no such description. The
        resolver's ``via`` and ``confidence`` are left as they were (the caller is the document
        rule). :data:`_S13_DOC_DESCRIBED`; rules 3 and 13 of ``gold/speakers/README.md``."""
        if tok.pos_ != "NOUN" or not self._focus_word(tok.lower_) or tok.lower_ in _UNNAMED_GROUPS:
            return None
        np = tok.doc[tok.left_edge.i: tok.i + 1]
        if not len(np) or np[0].lower_ != "the" or any(t.text[:1].isupper() for t in np[1:]) \
                or any(t.dep_ == "poss" for t in np[:-1]):
            return None
        via, conf = self.via, self.confidence
        try:
            key = self._org_description(np, "org_desc", np.start_char, None)
        finally:
            self.via, self.confidence = via, conf
        if key is None or self.entities[key].kind != "organization":
            return None
        return key

    def _producer_of(self, t: Token) -> str | None:
        """The owner of the document noun ``t`` named by a verb of producing
        (:data:`_PRODUCE_FORMS`): its agent ("The poll, released on Wednesday by *X*", "The survey
        was conducted by *X*"), the subject of a relative clause on it ("the report *the FBI*
        released"), or the subject of the verb it is the object of ("*X* released a poll", "*X*,
        which conducted the poll": the relative clause's antecedent), or ``None``."""
        kids = list(t.children) + self._polled_people_clauses(t)
        if _S14_DOC_MAKER:
            # "The letter, dated February 12 and signed by X": the participles joined to the first (session 14)
            kids += [cj for ch in kids if ch.dep_ in ("acl", "relcl") for cj in ch.children
                     if cj.dep_ == "conj" and cj.pos_ == "VERB"]
        for ch in kids:
            if ch.dep_ in ("acl", "relcl", "conj") and ch.pos_ == "VERB":
                agent = _agent_of(ch)
                if agent is not None and ch.lower_ in _SEEN_FORMS:
                    continue  # "a draft seen by Bloomberg": who saw it, not its maker
                if agent is not None:
                    return self._np_owner(agent, t, agent=_produces(ch.lower_))
                if ch.dep_ == "relcl" and _produces(ch.lower_):
                    subj = next((g for g in ch.children if g.dep_ == "nsubj"), None)
                    if subj is not None and subj.lower_ not in ("that", "which", "who"):
                        return self._np_owner(subj, t)
        v = t.head
        if v.pos_ != "VERB" or not _produces(v.lower_):
            return None
        if t.dep_ == "nsubjpass":
            agent = _agent_of(v)
            return self._np_owner(agent, t, agent=True) if agent is not None else None
        if t.dep_ != "dobj":
            return None
        subj = next((g for g in v.children if g.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("which", "who", "that") and v.dep_ == "relcl":
            subj = v.head  # "Quinnipiac, which conducted the poll"
        return self._np_owner(subj, t) if subj is not None else None

    def _role_initials(self, name: str) -> str | None:
        """The named person whose office the all-capital ``name`` abbreviates ("IG" for "State
        Department inspector general, Steve Linick"; "DNI" for a Director of National
        Intelligence): the initials of the role's last words, without "of/for/and/the"; ``None``
        for any other name or when no role or two people's roles fit."""
        if not (2 <= len(name) <= 4 and name.isalpha() and name.isupper()):
            return None
        want = name.lower()
        found = {}
        for m in self.named:
            words = [w for w in norm_tokens(m.role or "") if w not in ("of", "for", "and", "the", "on")]
            if len(words) >= len(want) and "".join(w[0] for w in words[-len(want):]) == want:
                found.setdefault(m.name if len(m.name.split()) > 1 else None, m)
        found.pop(None, None)
        if len(found) != 1:
            return None
        m = next(iter(found.values()))
        return self._person(m.name, m.role, m.start).key

    @staticmethod
    def _polled_people_clauses(t: Token) -> list[Token]:
        """Participle clauses on the people a poll asked ("a poll *of 400 registered Latino voters
        released on Friday by Latino Decisions*"; the parser hangs "released" on "voters"): the
        clauses of the object of "of" after a poll or survey noun, when that object is counted
        or a word for people polled."""
        if _doc_kind(t.lower_) != "poll":
            return []
        out = []
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and (any(c.dep_ == "nummod" for c in obj.children) or obj.lower_ in _POLLED):
                    out.extend(c for c in obj.children if c.dep_ in ("acl", "relcl"))
        return out

    def _reporting_subject(self, v: Token) -> str | None:
        """The named subject of a verb of the headline's document word ("Report: …" then "the New
        York Times *reported*"), or ``None``."""
        subj = next((g for g in v.children if g.dep_ == "nsubj"), None)
        if subj is None:
            return None
        ent = next((e for e in doc_ents(v.doc) if e.start <= subj.i < e.end), None)
        if ent is None or ent.label_ not in ("ORG", "PERSON"):
            return None
        return self._owner_key(ent.start_char, ent.end_char, _strip_poss(ent.text), ent.label_)

    def _remember_doc(self, head: Token | None, owner: str) -> None:
        """Note ``owner`` as the body behind the document source whose noun is ``head`` (for a
        later "the statement" that refers to it) and as the last document owner."""
        self.doc_owner = owner
        if head is not None:
            if not hasattr(self, "doc_owners"):
                self.doc_owners: dict[int, str] = {}
            self.doc_owners[head.i] = owner

    def _earlier_owner(self, span, head: Token, kind: str) -> str | None:
        """The owner of the nearest earlier document with an owner, within 600 tokens before a
        definite document mention ("the report" after "a report from X"): first one with the same
        noun ("report"), then one of the same kind ("the survey" after "the Quinnipiac poll"). An
        earlier document source already resolved counts with its speaker ("According to the
        statement, …" → Fox News, then "…,” the statement read")."""
        # only the window's nouns and proper nouns (:meth:`~.entities.EntityRegistry._nouns`)
        nominal = self._nouns()[1]
        lo, hi = bisect_left(nominal, max(0, span.start - 600)), bisect_left(nominal, span.start)
        window = [self.doc[i] for i in nominal[lo:hi]]
        same = head.lower_
        known = getattr(self, "doc_owners", {})
        for exact in (True, False):
            for t in reversed(window):
                if t.pos_ not in ("NOUN", "PROPN") or (t.lower_ == same) != exact or _doc_kind(t.lower_) != kind:
                    continue
                owner = known.get(t.i) or self._doc_owner_of(t, statement_subject=True)
                if owner is None and _S15_DOC_ITS_EARLIER:
                    owner = self._its_doc_owner(t)
                if owner is not None:
                    return owner
        return None

    def _its_doc_owner(self, t: Token) -> str | None:
        """The organisation speaker that "its" before the document noun ``t`` refers to: the latest
        organisation speaker (:attr:`entities`, resolved so far) with a mention in ``t``'s sentence
        before it ("Save St Aidan's, the campaign group …, said 1,200 people had signed *its*
        petition. The petition calls on …"), else ``None`` (no "its", or none such).
        :data:`_S15_DOC_ITS_EARLIER`; rule 13 of ``gold/speakers/README.md`` (a document is its
        maker's)."""
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in t.children):
            return None
        lo = t.sent.start_char
        best: tuple[int, str] | None = None
        for e in self.entities.values():
            if e.kind != "organization":
                continue
            at = max((m[0] for m in e.mentions if lo <= m[0] < t.idx), default=-1)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, e.key)
        return best[1] if best is not None else None

    def _statement_of_prev(self, prev: str | None) -> str | None:
        """A definite statement with no owner in the text ("Fox News confirmed that Kelly met with
        Trump. According to *the statement*, …") is the previous attribution's speaker, when that
        is a named person or organisation."""
        if prev and self.entities[prev].kind in ("person", "organization"):
            return prev
        return None

    def _joint_owner(self, head: Token, start: int, prev: str | None) -> str | None:
        """Speaker key of the first-named party of a joint document ``head`` ("a *joint* statement",
        "the carriers' statement", "the two companies' statement": an amod "joint", or a plural
        possessor of :data:`_S15_PAIR_POSSESSORS`), or ``None`` for any other document: the first
        organisation of the latest "A and B" pair written at or before ``start``
        (:meth:`~.org_descriptions.OrgDescriptionRules.org_refs`; for a plural possessor, else the first
        written organisation of its kind, :meth:`~.org_descriptions.OrgDescriptionRules._first_named_org`),
        else the first of coordinated
        people in the sentences before (:meth:`~.groups.GroupRules._coordinated_before`), else, for
        "joint", the previous speaker when named. :data:`_S15_DOC_JOINT`; rule 6 of
        ``gold/speakers/README.md``."""
        joint = any(c.dep_ == "amod" and c.lower_ == "joint" for c in head.children)
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        pair_poss = poss is not None and poss.pos_ == "NOUN" and poss.lower_ in _S15_PAIR_POSSESSORS and (
            poss.tag_ == "NNS") and any(c.lower_ in ("the", "two", "both") for c in poss.children)
        if not joint and not pair_poss:
            return None
        self.org_refs()
        pairs = [p for p in getattr(self, "_org_pairs", ()) if p[0] <= start]
        if pairs:
            self.via = "document"
            return self._organization(max(pairs)[1], start)
        if pair_poss:
            first = self._first_named_org(poss.lower_, start)  # "Both carriers" with no "A and B" written
            if first is not None:
                self.via = "document"
                return self._organization(first, start)
        ent = self._first_of_coordinated_ents(start, "ORG")
        if ent is not None:
            self.via = "document"
            end = _name_end(ent)
            return self._owner_key(ent.start_char, end, _strip_poss(self.text[ent.start_char:end]), "ORG")
        if pair_poss:
            return None
        c = self._coordinated_before(start)
        if c is not None:
            self.via = "document"
            return self._person(c.name, c.role, start).key if c.kind == "person" else self._organization(c.name, start)
        if prev and self.entities[prev].kind in ("person", "organization"):
            return prev
        return None

    def _first_of_coordinated_ents(self, start: int, label: str):
        """The first entity of the latest pair of ``label`` entities coordinated by "and" before
        character ``start`` ("*Kestrel Ferries* and Tidewater Lines", "Oman's *Sohar Air* and
        Bahrain-based Dilmun Airways": up to three words of no such entity between "and" and the
        second name), outside quotation marks, or ``None``. :data:`_S15_DOC_JOINT` (rule 6)."""
        ents = [e for e in doc_ents(self.doc) if e.end_char <= start]
        for e1, e2 in zip(reversed(ents[:-1]), reversed(ents[1:])):
            if e1.label_ != label or e2.label_ != label or self.cands._quoted(e1.start_char):
                continue
            between = self.doc[e1.end: e2.start]
            if len(between) and between[0].lower_ == "and" and len(between) <= 4 and "\n" not in between.text \
                    and not any(t.ent_type_ in ("ORG", "PERSON") for t in between):
                return e1
        return None

    def _signed_for_body(self, span, head: Token, owner: str) -> str:
        """The owner of a definite statement "signed by" a person (``owner``, from :meth:`_producer_of`):
        the organisation that put out the nearest earlier statement within 600 tokens ("Peru's
        Ministry of Energy and Mines said in a statement … The statement, signed by Vice-Minister
        X, said" → the ministry), else ``owner``. :data:`_S15_DOC_SIGNED`; rule 13 of
        ``gold/speakers/README.md`` (a ministry statement signed by an official → the ministry)."""
        if self.entities[owner].kind != "person" or not len(span) or span[0].lower_ not in ("the", "this", "that"):
            return owner
        verbs = [c for c in head.children if c.dep_ == "acl"]
        verbs += [cj for v in verbs for cj in v.children if cj.dep_ == "conj"]
        if not any(v.lower_ in ("signed", "co-signed", "cosigned") for v in verbs):
            return owner
        body = self._earlier_owner(span, head, _doc_kind(head.lower_))
        if body is not None and self.entities[body].kind == "organization":
            return body
        return owner

    def _document_it(self, span, start: int, prev: str | None) -> str | None:
        """"It" whose antecedent is a document with a named possessor ("Mr Evans's own letter to the
        court was read out by his barrister. “I lost my temper …,” *it* said"): the document's
        writer (rule 4 of ``gold/speakers/README.md``: a letter read out → its writer). The
        antecedent is the latest subject outside quotation marks in the pronoun's sentence or the
        one before; only when that subject is a document noun (:data:`~.coref.DOC_NOUNS`) with a
        possessive name. ``None`` otherwise."""
        if span is None or len(span) != 1 or span[0].dep_ not in ("nsubj", "nsubjpass"):
            return None
        sent = span[0].sent
        lo = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        subj = None
        for t in self.doc[lo: span[0].i]:
            if t.dep_ in ("nsubj", "nsubjpass") and not self.cands._quoted(t.idx):
                subj = t
        if subj is None or subj.lower_ not in DOC_NOUNS:
            return None
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if poss is None:
            return None
        sub = self.doc[poss.left_edge.i: subj.i + 1]
        return self._possessor(sub, start, prev)

    def _possessor(self, span, start: int, prev: str | None) -> str | None:
        """The named possessor of a possessive source ("*Gallup’s* own tracking poll", "*Tuttle’s*
        article", "*the Washington Post’s* investigative unit"): the statement, document or unit
        is that person's or organisation's (rule 4 of ``gold/speakers/README.md``: "Trump's
        statement" → Donald Trump). The possessor is resolved as the name it is, alone (a surname
        to its full name, as the same surname elsewhere). ``None`` when the possessor is not a
        capitalised name."""
        pos_tok = next((t for t in span if t.tag_ == "POS"), None)
        if pos_tok is None or pos_tok.i == span.start:
            return None
        owner = self.doc[pos_tok.i - 1]
        if owner.pos_ != "PROPN" or not owner.text[:1].isupper():
            return None
        ent = next((e for e in doc_ents(self.doc) if e.start <= owner.i < e.end and e.label_ in ("ORG", "PERSON")), None)
        a = max(ent.start_char, span.start_char) if ent is not None else owner.left_edge.idx
        b = owner.idx + len(owner)
        sub = self.doc.char_span(a, b, alignment_mode="expand")
        if sub is None or not len(sub) or mention_class(sub) not in ("name", "surname", "org_name"):
            return None
        key = self._ranked(sub, a, b, prev, False)
        if key is None:
            key = self._resolve(sub, self.text[a:b], a, prev, False)
        if self.entities[key].kind not in ("person", "organization"):
            return None
        self.via, self.confidence = "possessive", 0.8
        return key
