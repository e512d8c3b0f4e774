"""Pronoun sources: he, she, they, I, we; agreement, binding and the person a pronoun continues.

Stage: speaker resolution for a pronoun, before the ranker scores candidates (the one person a
paragraph named, the subject of the governing or the fronted clause, a chain of he/she subjects,
a person named just after, an unnamed previous speaker) and after it
(:meth:`PronounRules._pronoun`: the previous speaker, else the nearest person named before, when
the ranker leaves the pronoun); a he/she it resolves tells its person's gender (:meth:`PronounRules._note_gender`).

Rules and their sources: a pronoun links to the previous attribution's speaker, else to the
nearest person named before it (Pouliquen et al. 2007; Pareti 2015, ch. 6); gender agreement
(honorifics and first names, :mod:`saidwhat.pipeline.coref`); a pronoun never names its own
verb's other arguments (binding principle B, :func:`~saidwhat.pipeline.coref.co_arguments`);
centering's continue transition and subject preference (Grosz, Joshi & Weinstein 1995; Kameyama
1986); cataphora within a lead (Halliday & Hasan 1976, ch. 2). Shapes from PolNeAR train and the
statement gold of issue 13.

Offsets are ``[start, end)`` characters of the Doc's text.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..coref import DEMONYM_GENDER, DEMONYMS, DOC_NOUNS, Cluster, _head_part, co_arguments, norm_tokens
from ..source import np_extent
from .entities import OCCUPATIONS, _not_a_person
from .groups import says_unnamed
from .names import _title_case_line

#: Subordinators of a fronted adverbial clause whose named subject a main-clause he/she takes
#: (:meth:`SpeakerResolver._fronted_clause_subject`).
_SUBORDINATORS = frozenset({"when", "as", "while", "after", "before", "once", "since", "because", "although",
                            "though", "if", "whenever"})
#: How far after a he/she with no antecedent of its gender its referent may be named
#: (:meth:`SpeakerResolver._named_after`), in characters.
_LATE_NAME_CHARS = 600
#: How many sentences back :meth:`SpeakerResolver._subject_chain` walks.
_CHAIN_SENTENCES = 4
#: Issue 11, session 8 (pronoun subject chain over quotes, possessors, "footage of X"): design
#: switch (``False`` gives the earlier rules, to measure before/after in one process; shipped ``True``).
_S8_CHAIN = True
#: Issue 11, session 9 (relative pronouns through an apposition or an "of" phrase, a he/she that
#: attributes a quotation to the previous speaker): design switch (``False`` gives the earlier
#: rules, to measure before/after in one process; shipped ``True``).
_S9_PRONOUNS = True
#: Issue 11, session 9, round 2 (quote runs and continuing pronouns: an "I"/"we" inside a
#: paragraph that is all quotation, "they" after a group that stood for its lead, "It" after a
#: document, a parenthetical "he said", "who" after "X, a spokesman for Y,"): design switch
#: (``False`` gives the earlier rules, to measure before/after in one process; shipped ``True``).
_S9_RUNS = True
#: Issue 11, session 11 (PolNeAR speaker train): an "it" that is no speaker (an extraposition
#: subject, "it's assumed the ruling should …"; or the previous sentence's subject when that is a
#: common noun the article never makes a speaker, "The result doesn't … . It probably signals …"):
#: :meth:`PronounRules._no_agent_it`. Design switch (``False`` gives the earlier rules, to measure
#: before/after in one process; shipped ``True``).
_S11_PTRAIN_IT = True
#: Session 11 (genre train series k): a known first name after a lower-case role noun is a person
#: whatever the NER tagged ("Save the Pool organiser Nadia Rahman" with the campaign tagged PERSON and
#: the organiser ORG, so a later "she" took the campaign): :func:`~.ner_fix._role_word_before`.
#: Design switch (``False`` gives the earlier rules, to measure before/after; shipped ``True``).
_S11_PRON_ROLE_NAME = True
#: Session 11 (genre train series k): an "it" that continues a statement the sentence before
#: introduced ("In a statement read by his sister, X, the family said …. ¶ “…,” *it* said"): the
#: previous speaker (:meth:`PronounRules._statement_it`). Design switch, shipped ``True``.
_S11_PRON_STATEMENT_IT = True
#: Session 11 (genre train): a main verb the parser left with no subject takes the person named
#: right before it (:meth:`PronounRules._named_before_verb`) in the he/she subject chain. Design
#: switch, shipped ``True``.
_S11_PRON_BARE_SUBJECT = True
#: Session 12 (genre train series m): an "it" that takes up a statement a named person read out in
#: the sentence before ("X read a statement on behalf of the family. “…,” *it* said") is that
#: person (:meth:`PronounRules._statement_reader`). Design switch, shipped ``True``.
_S12_PRON_READER = True
#: Session 12 (genre train series m): an unnamed previous speaker is no he/she's referent when a
#: source between them was resolved to a person (:meth:`PronounRules._unnamed_prev`). Design
#: switch, shipped ``True``.
_S12_PRON_SPOKE_SINCE = True
#: Session 12 (genre train series m): a gendered kin or role noun right before a person's name
#: ("Her son, Tunde Ross,", "spokeswoman Ana Roe") gives that person's gender, stronger than a
#: stray pronoun vote (:meth:`PronounRules._role_gender_votes`). Design switch, shipped ``True``.
_S12_PRON_ROLE_GENDER = True
#: Session 13 (PolNeAR speaker train): a main-clause subject that is a singular common noun
#: naming no person, with a named possessor ("*Trump's brash style* has not dented his
#: popularity. But on Israel, *he* did find himself in trouble"), hands the he/she subject chain
#: its possessor, though the noun is no organisation word :func:`~.entities._not_a_person` knows
#: (the possessor is the center; Grosz, Joshi & Weinstein 1995): :meth:`PronounRules._subject_speaker`.
#: Design switch, shipped ``True``.
_S13_PRON_POSSESSOR = True
#: Session 13 (genre train series m): a he/she main-clause subject continues the previous
#: attribution's speaker when that speaker is a person the NER never tagged (no candidate
#: cluster, so the ranker cannot choose it) and its source was the subject of the sentence before
#: ("Rahul Mehrotra of Stanmore Securities asked why … . *He* said the gap was …"):
#: :meth:`PronounRules._unclustered_prev`. Design switch, shipped ``True``.
_S13_PRON_NOCLUSTER = True
#: Session 13 (genre train series 0): a he/she that attributes the paragraph right after one
#: ending on a claim a named person rejects ("Lee said Veritas was losing share …, *a claim Menon
#: rejected on the call*. ¶ “We haven't lost a single socket …,” *he* said") is that person, who
#: answers the claim, not the claim's maker (the previous speaker): :meth:`PronounRules._rebuttal_person`.
#: Design switch, shipped ``True``.
_S13_PRON_REBUTTAL = True
#: Session 13 (pronouns, "its filing"): an "it"/"its …" source the ranker leaves with no
#: candidate takes the organisation that is the main-clause subject of the sentence before
#: ("Greenvale Water was fined £2m on Tuesday. *Its filing* with the exchange said …"; centering's
#: continue transition): :meth:`PronounRules._subject_org`. Design switch, shipped ``True``.
_S13_PRON_ITS_SUBJECT = True
#: Session 13 (PolNeAR speaker train): a "they" inside a clause whose main subject is a
#: coordination that opens with a person or a he/she ("*He and his partner* came to the events
#: because *they* wanted to show …") is that coordination, whose first-named person speaks
#: (gold/speakers/README.md rule 6): :meth:`PronounRules._pair_subject`. Design switch, shipped ``True``.
_S13_PRON_PAIR_SUBJECT = True
#: Session 13 round 2 (genre train series o, committee hearings): a he/she subject of a reply verb
#: right after a sentence whose main verb asks someone ("Y asked *her* whether the company had paid
#: bonuses. *She* replied that it had") is the person asked, not the asker who is the sentence's
#: subject (a question and its answer, an adjacency pair; Schegloff & Sacks 1973):
#: :meth:`PronounRules._answerer`. Design switch, shipped ``True``.
_S13_PRON2_ANSWERER = True
#: Session 13 round 2 (genre train series o): in the he/she subject chain a subject that is a
#: description with an "at"/"of" phrase whose organisation carries the person's name in apposition
#: ("*Her counterpart at Western Shires Trains, Beatriz Solano,* went further. *She* said": the
#: parser hangs the name under the organisation) gives that person (:meth:`PronounRules._subject_chain`).
#: Design switch, shipped ``True``.
_S13_PRON2_APPOS_OF = True
#: Session 13 round 2 (genre train): "who" after an organisation that an "of"/"at"/"from"/"with"
#: phrase attaches to a name the article's candidates hold as a person though the NER typed the
#: whole phrase an organisation ("pressed by *Tomasz Wieczorek of Berrow Securities, who* asked")
#: is the person (:func:`relative_antecedent`'s ``is_person``). Design switch, shipped ``True``.
_S13_PRON2_WHO_FIRM = True
#: Session 13 round 2 (genre train): a "they" under a main clause whose subject is a plural noun
#: phrase already resolved as a source ("*Both companies* said their boards had recommended the
#: deal, which *they* expect to complete …") is that source's speaker, a body or group, not a new
#: unnamed group (:meth:`PronounRules._plural_subject`). Design switch, shipped ``True``.
_S13_PRON2_THEY_SUBJECT = True
#: Session 14 (pronoun sources, genre train): an "It" that opens its sentence as the subject of a
#: speech verb continues the organisation that the sentence before's main-clause subject, itself a
#: source, was resolved to ("*The Madrid-based bank* said its offer …. *It* said the combination
#: …"; centering's continue transition, Grosz, Joshi & Weinstein 1995), before the ranker, which
#: may pick an organisation named later in that sentence (:meth:`PronounRules._it_subject_source`).
#: Design switch, shipped ``True``.
_S14_PRON_IT_SOURCE = True
#: Session 14 (pronoun sources, genre train): in the he/she subject chain a main-clause subject that
#: is an epithet of a person already introduced, a definite nationality noun or a status noun ("*The
#: Ukrainian* smiled", "*The newcomer* said …", :data:`_EPITHET_NOUNS`), which no rule resolved to
#: another person, keeps the center and the walk goes on to the sentence before (an epithet
#: re-mentions the topic person, Ariel 1990; :meth:`PronounRules._subject_chain`). ``False`` stops the
#: walk there (the old behaviour). Shipped ``False``: genre train +1 (sports_q03 a20) but genre dev
#: fast -2 (2012 -> 2010 of 2341) in session 14.
_S14_PRON_EPITHET = False
#: Session 14 (pronoun sources, genre train): a capitalised he/she right after a full stop inside
#: what the parser took for one sentence ("… posted her own account on *X. She* wrote …": "X." read
#: as an abbreviation) treats the words before it as the sentence before in the subject chain
#: (:meth:`PronounRules._subject_chain`). ``False`` gives the old behaviour.
_S14_PRON_SPLIT = True
#: Session 15 round 2 (pronouns, rivals of one gender): the subject chain walks through a
#: main-clause subject that is an epithet (:meth:`PronounRules._epithet_subject`: "The Russian",
#: "The newcomer") only to the sentence right before it in the same paragraph, and only when that
#: sentence's subject is a named person ("*Petrov, 34,* laughed off the threat. *The Russian* said
#: …. ¶ “…,” *he* said"; "*Cole, 29,* joined …. *The newcomer* said …"): a name and its epithet in
#: adjacent sentences is the continue transition at its surest (Grosz, Joshi & Weinstein 1995;
#: Ariel 1990), where :data:`_S14_PRON_EPITHET` (any distance, across paragraphs) lost on dev in
#: session 14. ``False`` gives the old behaviour (the walk stops at the epithet).
#: Shipped False (session 15 measure: genre dev -2, genre train +3, the same trade as _S14_PRON_EPITHET).
_S15_PRON_EPITHET_NEXT = False
#: Session 15 round 2 (pronouns, genre train): the answerer rule (:meth:`PronounRules._answerer`,
#: :data:`_S13_PRON2_ANSWERER`) also reads an asking verb under the main verb ("Sir Anthony
#: *intervened to ask* the witness whether …") and a definite common-noun person as the one asked
#: ("asked *the witness*", "*the minister*"; then, as for "asked him", the person last heard before
#: that sentence who is not the asker): the reply's speaker is the person asked, not the asker whom
#: the subject chain continues (an adjacency pair, Schegloff & Sacks 1973). ``False``: the old rule.
_S15_PRON_ASKED_NOUN = True
#: Session 15 round 2 (pronouns, genre train series u): a he/she continues the unnamed previous
#: speaker (:meth:`PronounRules._unnamed_prev`) even when a person of its gender is named just
#: after, when the sentence of that speaker's source says the person stays unnamed ("A rescue
#: coordinator, *speaking on condition of anonymity* because he was not authorised …, said …. ¶
#: “…,” *he* said. ¶ … Its general manager, Murat X, said": no cataphora to a name the source
#: refused; :func:`~.groups.says_unnamed`, rule 8 of gold/speakers/README.md). ``False``: the old rule.
_S15_PRON_ANON_STAYS = True
#: Session 15 round 3 (pronouns, interviews and exchanges; genre train entertainment_r01): in
#: first-person interview copy a he/she that replies ("Before I leave, *I ask* whether *she* would
#: ever work with them again. She considers it for a long time. ¶ “…,” *she* says finally") is the
#: interviewee, the person of that gender the article mentions most, not the person named last (a
#: source quoted in between): the writer asks, the person interviewed answers (an adjacency pair,
#: Schegloff & Sacks 1973); the asking sentence has "I"/"we" as subject of an asking verb in any
#: tense and a he/she/him/her of the pronoun's gender, and up to two sentences whose subject is that
#: same he/she may stand between (:meth:`PronounRules._interview_answerer`). ``False``: the old rule
#: (only "asked him/her/Name" in the sentence right before).
_S15_PRON_INTERVIEW_ASK = True
#: Session 15 round 3 (pronouns, exchanges; genre train courts_q03): a he/she that denies
#: ("*He* denied it", "*She* rejected that", "*He* disputed the claim") right after a sentence that
#: accuses or suggests something of a person ("Mrs X suggested that *the watchman* had been asleep
#: in his cabin. *He* denied it"; "X accused *him* of lying"; "X said *Okafor* had misled the
#: board") is the person accused, not the accuser the subject chain continues (an accusation and
#: its denial form an adjacency pair, Schegloff & Sacks 1973; :meth:`PronounRules._denied_by`).
#: ``False``: the old rules.
#: Shipped False (session 15 measure: genre dev -1, genre train +0).
_S15_PRON_DENIAL = False
#: Forms (the pipeline runs no lemmatizer) of the main verb of a denying he/she, for :data:`_S15_PRON_DENIAL`.
_DENY_LEMMAS = frozenset("denied denies deny rejected rejects reject disputed disputes dispute dismissed dismisses "
                          "rebutted rebuts refuted refutes contested contests".split())
#: Forms of the main verb of the accusing sentence before it, for :data:`_S15_PRON_DENIAL`; the
#: accused is the reported clause's subject or, for the verbs of :data:`_ACCUSE_OBJ`, the object.
_ACCUSE_LEMMAS = frozenset("suggested suggests alleged alleges claimed claims accused accuses said says told tells put "
                           "puts insisted insists argued argues contended contends implied implies charged blamed blames "
                           "asserted asserts maintained maintains".split())
#: Person nouns and person-noun endings ("watchman", "caretaker", "defendant", "inspector") an
#: accused definite noun must have, for :data:`_S15_PRON_DENIAL` (with :data:`_GENDERED_ROLES` and
#: :data:`~.entities.OCCUPATIONS`): "the collapse", "the water" are nobody.
_PERSON_NOUNS = frozenset("witness coach chef nurse doctor boy girl child guard pilot captain chief minister "
                          "official player star boss pupil student tenant victim suspect accused".split())
_PERSON_ENDS = ("man", "woman", "er", "or", "ist", "ant", "ent", "ee", "ian", "ess")
#: Asking verbs of the writer in interview copy, for :data:`_S15_PRON_INTERVIEW_ASK`.
_ASK_FORMS = frozenset("ask asked press pressed put".split())
_ACCUSE_OBJ = frozenset("accused accuses charged blamed blames told tells put puts".split())
#: Asking verbs under a main verb, for :data:`_S15_PRON_ASKED_NOUN`.
_ASK_VERBS = frozenset("ask asked press pressed question questioned quiz quizzed challenge challenged".split())
#: Person nouns that re-mention an introduced person rather than introduce one (epithets, Ariel
#: 1990), for :data:`_S14_PRON_EPITHET`; nationality nouns come from :data:`~..coref.DEMONYMS`.
_EPITHET_NOUNS = frozenset("newcomer veteran youngster teenager teen rookie debutant".split())

#: Session 16 (h5, long articles; genre train series w wire_w01, sports_w01): a he/she that would
#: continue the previous attribution's speaker (:meth:`PronounRules._previous_speaker`) does not
#: when the narration sentence right before it (after that speaker's last source, in the
#: pronoun's paragraph) has another person as its main-clause subject: "…,” its spokesman,
#: Boubacar Maïga, said …. ¶ *A senior official at the ministry*, speaking on condition of
#: anonymity, was less categorical. “Everything is discussed,” *he* said" (an unnamed person:
#: ``anonymous``, rule 8); "*Watanabe*, told of his opponent's confidence, smiled. “…,” *he*
#: said" (a surname the NER left untagged: the one person whose name holds it); Centering's
#: subject preference (Grosz, Joshi & Weinstein 1995) over the last speaker
#: (:meth:`PronounRules._subject_since`). ``False``: the old rules.
_S16_H5_SUBJECT_SINCE = True
#: Session 16 (h5; genre train entertainment_w01): with :data:`_S16_H5_SUBJECT_SINCE`, a definite
#: person-noun subject ("By Sunday *the showrunner* sounded more wistful than angry. “…,” *she*
#: wrote") that is a role word of exactly one person candidate ("Showrunner Adaeze Okonkwo-Bello")
#: other than the last speaker gives that person. ``False``: only names and unnamed people.
_S16_H5_ROLE_SUBJECT = True
#: Session 16 (r2d; PolNeAR train nyt 2016-04-23: "Mr. Wiley walked them through a slide show that
#: predicted victory … in states that Republicans have not captured since the 1980s: Pennsylvania,
#: Michigan …. ¶ And in other … states, *he* said …"): the parser ends a sentence at a colon and
#: makes the list after it a sentence with no verb; :meth:`PronounRules._subject_chain` walks
#: past such a verbless piece (its root no verb or auxiliary, the token before it a colon on the
#: same line) to the clause it belongs to. ``False``: old behaviour (the walk stops there).
_S16_R2D_COLON_LIST = True
#: Session 16 (r2d; PolNeAR train huff-post 2016-04-08: "And as Menendez pointed out, …. *She* asked
#: Richards …" resolved to Donald Trump): the last fallback of :meth:`PronounRules._pronoun` (the
#: nearest person named before a he/she) skips a name of the other gender also when the name is
#: written short ("Trump") and its cluster is found by the mention's offset, not by the name.
#: ``False``: only a cluster whose name is the mention's.
_S16_R2D_CLASH_AT = True
#: Session 17 (e1, pronouns in long real articles; PolNeAR train usa-today 2016-07-18, wash-post
#: 2016-08-10, west-journal 2015-11-10, genre train entertainment_r02): a he/she/his/her source is
#: never a person named inside the content it attributes ("“His better bet is …,” *he* said.
#: “*Trump*'s best argument …”"; "In *his* proposed legislation to ban *Trump*, Salceda cited";
#: "*Wróbel*, *she* tells me, “saw …”"): in reported speech the pronoun c-commands the reported
#: clause (binding principle C, Chomsky 1981), and a speaker quoted directly speaks of himself
#: in the first person. Measured on the train gold: of 1,035 he/she/his/her person rows none has
#: its speaker's name in its content except as a vocative inside a quoted quote ("Everyone says:
#: *Ines*, you will be fine"), which is left out (:meth:`PronounRules._content_names`). The
#: content is the attribution's (``SpeakerResolver.content``, set by the attribution stage).
#: ``False``: old behaviour (only :func:`~..coref.co_arguments`).
_S17_E1_CONTENT_NAMES = True
#: Session 17 (e1; PolNeAR train politico 2016-03-07: "*Beck* said he wouldn't expect a Clinton-Trump
#: race to scuttle Ohio's bellwether status, but *he* said Trump could crack …" resolved to Bernie
#: Sanders, the subject of the sentence before): a he/she subject of a clause coordinated with the
#: main clause (spaCy ``conj`` of the root) takes the main clause's named subject before it, as a
#: pronoun in an adverbial clause does (:meth:`PronounRules._governing_subject`): the coordinated
#: clause continues its first conjunct's center (Grosz, Joshi & Weinstein 1995; Kameyama 1986),
#: which the walk back of :meth:`PronounRules._subject_chain` (from the sentence before) misses.
#: ``False``: old behaviour.
_S17_E1_CONJ_SUBJECT = True
#: Session 17 (e1; PolNeAR train wash-post 2016-02-17, usa-today 2016-07-18): a he/she that
#: attributes a quotation opening its paragraph, with no rule before it sure, takes the one person
#: the narration paragraph right before names (:meth:`PronounRules._paragraph_before_person`), not
#: the speaker of an earlier paragraph the ranker prefers. ``False``: old behaviour.
_S17_E1_PARA_BEFORE = True
#: Session 17 (speed, byte-identical): :meth:`PronounRules._content_names` drops empty content
#: pieces, returns ``[]`` when none is left and skips mentions outside the pieces' overall extent
#: before testing each piece. ``False``: every mention against every piece.
_S17_SPEED_CONTENT_NAMES = True
#: Characters before a vocative name inside a quotation ("says: *Ines*, you", "‘*Kenji*, if").
_VOCATIVE_BEFORE = frozenset(":‘“\"';")


#: Session 13 (ages and surnames; genre train): a he/she subject continues a main-clause subject
#: that is an age epithet ("When we meet …, *the 34-year-old* pulls a face. “…,” *she* says") when
#: one person's stated age is that age ("Thackeray, 34,"; :meth:`PronounRules._aged_subject`),
#: Centering's continue transition as :meth:`PronounRules._subject_chain`. ``False`` gives the old
#: behaviour (the chain stops at the epithet).
_S13_AGE_CHAIN = True
_AGE_EPITHET = re.compile(r"(?:[Tt]he|[Tt]his)\s+(\d{1,3})-year-old")
#: The age epithet that ends the text before a main verb the parser left with no subject, after a
#: comma, dash or nothing ("When we meet …, *the 41-year-old* shakes her head"); group 1 the epithet.
_AGE_BEFORE_VERB = re.compile(r"(?:(?<=[,;—–])\s*|(?<=\s)|(?<=^))((?:[Tt]he|[Tt]his)\s+\d{1,3}-year-old)\s+$")
#: Kin and role nouns that tell a person's gender (agreement, Hobbs 1978), for
#: :meth:`PronounRules._role_gender_votes`.
_GENDERED_ROLES = {
    **dict.fromkeys("son father husband brother grandson grandfather nephew uncle stepson stepfather boyfriend "
                    "widower spokesman chairman businessman congressman councilman sportsman".split(), "m"),
    **dict.fromkeys("daughter mother wife sister granddaughter grandmother niece aunt stepdaughter stepmother "
                    "girlfriend widow spokeswoman chairwoman businesswoman congresswoman councilwoman "
                    "sportswoman actress".split(), "f")}
#: A gendered role noun ending the text right before a name, a comma or nothing between
#: ("Her son, ", "the family's spokeswoman "), not after "of" ("the son of X").
_ROLE_BEFORE_NAME = re.compile(r"(?<![\w-])(?P<noun>[a-z]+)(?:-in-law)?[ \t]*,?[ \t]*$")
#: Nouns of a group of people, which a he/she does not continue through its possessor ("Trump's
#: team said … He"), for :meth:`PronounRules._possessed_thing`.
_GROUP_NOUNS = frozenset("team staff family campaign camp side office administration government party committee "
                         "aide friend partner colleague rival opponent successor predecessor".split())
#: A paragraph that ends on a claim a named person rejects (", a claim Menon rejected on the
#: call."): the next paragraph's he/she answers it (:meth:`PronounRules._rebuttal_person`).
_REBUTTAL = re.compile(
    r",\s+(?:a|an|the)\s+(?:claim|charge|accusation|allegation|suggestion|assertion|criticism|characteri[sz]ation"
    r"|account|version|figure|estimate)\s+(?:that\s+)?(?P<who>(?:[a-z]+\s+){0,3}[A-Z][^,.;:\n“”\"]{1,80}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:strongly\s+|flatly\s+|firmly\s+|angrily\s+|quickly\s+)?(?:rejected|denied|disputed|dismissed|rebutted|refuted"
    r"|contested|rejects|denies|disputes|dismisses|rebuts|refutes|contests)\b[^.\n“”\"]*\.[ \t]*$")
#: Main verbs of a he/she that answers the question the sentence before asked (:meth:`PronounRules._answerer`).
_REPLY_VERBS = frozenset("replied answered responded said says told insisted conceded admitted acknowledged "
                         "confirmed denied explained added".split())
#: Opening quotation marks that start a paragraph of a quote run.
_OPENERS = "‘“\"'«"
#: Prepositions after a person's name that attach the organisation the person belongs to
#: ("Maya Rahman *of* the group Green Delta, who …").
_AFFILIATION_PREPS = frozenset({"of", "at", "from", "with"})
#: Forms of "be" whose predicate noun describes the subject (:func:`relative_antecedent`).
_BE_FORMS = frozenset({"is", "are", "was", "were", "'s", "’s", "'re", "’re", "been", "be"})
#: A signature line after a reader's letter or post: a handle or a name of two to four capitalised
#: words, alone on its line (:meth:`PronounRules._signed_by`).
_SIGNATURE = re.compile(r"\s*\n\s*(@\w{2,30}|[A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){1,3}?)\.?[ \t]*(?:\n|$)")


def _they_subject(span, cls: str):
    """The token of a source that is a lone "they" (mention class ``pronoun_pl``) standing as a
    subject, or ``None``; for the session-13 "they" rules (which also want it outside quotes)."""
    if cls != "pronoun_pl" or span is None or len(span) != 1:
        return None
    tok = span[0]
    if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return tok


class PronounRules:
    """Rules that resolve a personal pronoun: mixed into
    :class:`~saidwhat.pipeline.speakers.SpeakerResolver` (uses ``doc``, ``text``, ``named``,
    ``cands``, ``entities``, ``key_cluster`` and the registry's methods)."""

    def _opening_sentence_before(self, tok):
        """The sentence before the one ``tok`` (a spaCy ``Token``, a source's first word) opens, or
        ``None``: ``tok`` stands outside quotation marks, its sentence is not the document's first,
        and no noun or pronoun comes before it in its sentence (it opens the first clause)."""
        if self.cands._quoted(tok.idx) or tok.sent.start == 0:
            return None
        if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in self.doc[tok.sent.start:tok.i]):
            return None
        return self.doc[tok.sent.start - 1].sent

    def _unquoted_sentence_before(self, sent, tries: int = 4):
        """The nearest of the ``tries`` sentences before ``sent`` (a spaCy sentence ``Span``) whose
        root stands outside quotation marks, or ``None`` (none such, or the document's start reached
        first): the narration a pronoun or document reading goes back to, past quoted sentences."""
        for _ in range(tries):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            if not self.cands._quoted(sent.root.idx):
                return sent
        return None

    def _pronoun(self, span, word: str, start: int, prev: str | None) -> str:
        """Speaker key for the personal pronoun ``word`` (lower-cased, of :data:`~.entities.PRONOUNS`)
        at ``start`` that the ranker left (or with no ranker): the previous attribution's speaker
        ``prev`` when it is a person or organisation that agrees in gender, is not bound
        (:func:`~saidwhat.pipeline.coref.co_arguments`: "She asked Richards" is not Richards) and,
        for "they", is no single person; else, for he/she, the nearest person named before it who
        agrees and is not bound; else a new ``unresolved`` speaker (Pouliquen et al. 2007;
        Pareti 2015, ch. 6)."""
        want = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}.get(word)
        bound = co_arguments(span)
        if _S17_E1_CONTENT_NAMES:
            bound = bound + self._content_names(word, start, start + len(word))  # not a name its content gives
        if prev and self.entities[prev].kind in ("person", "organization") and word not in ("i", "we", "you") \
                and not self._gender_clash(prev, want) and not self._bound(prev, bound) \
                and not (word in ("they", "their") and self.entities[prev].kind == "person"):
            return prev
        if want:
            # the last such name: read from the end, stopping at the first (speed; same name as the full list's last)
            last = next((m for m in reversed(self.named) if m.end <= start
                         and not self._gender_clash_name(m.name, want, m.start) and not self._named_in(m.name, bound)), None)
            if last is not None:
                return self._person(last.name, last.role, start).key
        return self._new_unnamed("unresolved", start)

    def _unnamed_prev(self, span, cls: str, start: int, prev: str | None) -> str | None:
        """The previous attribution's speaker ``prev`` when it is one unnamed person whom a he/she
        at ``start`` continues, else ``None``.

        "One skipper, who did not want to be named, said he still owed €1.4m … ¶ ‘The bank
        doesn't care about quotas,’ *he* said": the pronoun continues the previous speaker
        (Pareti 2015, ch. 6), who has no name, so the ranker (whose candidates are named
        people) would give it to a man named earlier. Only when ``prev`` is ``anonymous``
        (gold/speakers/README.md rules 3 and 8), its last source is a singular noun phrase
        ("One skipper", "A public defender", not "Fishermen") of no other gender ("a
        spokeswoman" is no "he"), it ends in the pronoun's paragraph or the one before, no
        person is named outside quotation marks between it and the pronoun, and none of its
        gender is named just after as a subject (:meth:`_named_after`: the unnamed person is
        named next, "A woman who has accused … ¶ Juanita Broaddrick, who …", PolNeAR train).
        Issue 11, genre train. Offsets are characters."""
        if cls not in ("pronoun_m", "pronoun_f") or prev is None or span is None or len(span) != 1:
            return None
        ent = self.entities.get(prev)
        if ent is None or ent.kind != "anonymous" or not ent.mentions:
            return None
        s, e = max(ent.mentions, key=lambda m: m[1])
        if e > start or len(re.findall(r"\n+", self.text[e:start])) > 1:
            return None
        src = self.doc.char_span(s, e, alignment_mode="expand")
        if src is None or not len(src):
            return None
        head = src.root
        if head.tag_ not in ("NN", "NNP") or head.pos_ not in ("NOUN", "PROPN"):
            return None  # "Fishermen", "officials", "they": a group, not one person
        low = head.lower_
        if (cls == "pronoun_m" and low.endswith("woman")) or (cls == "pronoun_f" and low.endswith("man")
                                                             and not low.endswith("woman")):
            return None
        # someone named in between, or in the source after its head ("The petition, started by
        # parent Lisa Harker,": a participle or relative clause naming a person), is the likelier referent
        lo = s + len(_head_part(self.text[s:e])) if _S8_CHAIN else e
        if any(c.kind == "person" and any(lo <= m[0] < start and not m[3] for m in c.mentions)
               for c in self.cands.clusters):
            return None
        if _S12_PRON_SPOKE_SINCE and any(e <= p < start and c.kind == "person" for p, c in self.history):
            # "A rival analyst had estimated …, *he* said, and *he* asked": a source between them
            # resolved to a person (the nested attribution's speaker is not the last one heard)
            return None
        if self._named_after(span.sent.end_char, "m" if cls == "pronoun_m" else "f") is not None \
                and not (_S15_PRON_ANON_STAYS and says_unnamed(src.sent.text)):
            return None  # "A woman who has accused … She also described … ¶ Dana Whitfield, who …": named next
        return prev

    def _he_she_subject_after_person(self, cls: str, prev: str | None, span) -> tuple | None:
        """The shared guard of :meth:`_subject_since` and :meth:`_previous_speaker`: ``(tok, ent)``
        when the mention ``span`` is one he/she token that is a clause subject (``nsubj``/
        ``nsubjpass``) outside quotation marks and ``prev`` is a person entity with mentions;
        else ``None``."""
        if cls not in ("pronoun_m", "pronoun_f") or prev is None or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.cands._quoted(tok.idx):
            return None
        ent = self.entities.get(prev)
        if ent is None or ent.kind != "person" or not ent.mentions:
            return None
        return tok, ent

    def _subject_since(self, span, cls: str, start: int, prev: str | None, pool) -> tuple[str, Cluster | None] | None:
        """Another person who is the main-clause subject of the narration sentence right before a
        he/she subject at ``start`` (character offset) that would continue the previous speaker
        ``prev`` (:data:`_S16_H5_SUBJECT_SINCE`), or ``None``.

        The sentence is the nearest of the two before the pronoun's whose root stands outside
        quotation marks (:meth:`_unquoted_sentence_before`); it must start after ``prev``'s last
        source and in the pronoun's paragraph (no blank line between; no line break where the
        article writes its paragraphs one a line). Its subject (``nsubj``/``nsubjpass`` of the
        root, outside quotation marks) gives: ``("person", c)`` for a proper noun that lies in no
        cluster, tagged no body or place, equal to a word of exactly one person candidate ``c`` of
        ``pool`` other than ``prev``'s and not of the other gender ("Watanabe" of "Watanabe
        Kenji"); ``("anonymous", None)`` for "a"/"an"/"one" and a singular person noun of no other
        gender ("A senior official at the ministry", not "A spokeswoman" for "he"); else ``None``.
        O(sentence + candidates), for a he/she subject only."""
        found = self._he_she_subject_after_person(cls, prev, span)
        if found is None:
            return None
        tok, ent = found
        e = max(m[1] for m in ent.mentions)
        sent = self._unquoted_sentence_before(tok.sent, 2)
        if sent is None or sent.start_char < e or e > start:
            return None
        gap = self.text[sent.start_char:start]
        if "\n\n" in gap or "\n" in gap and "\n\n" not in self.text:
            return None
        subj = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.cands._quoted(subj.idx):
            return None
        want = "m" if cls == "pronoun_m" else "f"
        c_prev = self.key_cluster.get(prev)
        if subj.pos_ == "PROPN":
            if subj.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"):
                return None
            if any(s <= subj.idx < e2 for c in self.cands.clusters for s, e2, _, _ in c.mentions):
                return None  # a named candidate: the rules and ranker see it
            word = norm_tokens(subj.text)
            hits = [c for c, _ in pool if c is not None and c.kind == "person" and word and word[0] in c.tokens]
            if len(hits) != 1 or hits[0] is c_prev or hits[0].gender not in (None, want):
                return None
            return "person", hits[0]
        if subj.pos_ != "NOUN" or subj.tag_ != "NN" or _not_a_person(subj, self.cands):
            return None
        low = subj.lower_
        if (want == "m" and low.endswith("woman")) or (want == "f" and low.endswith("man") and not low.endswith("woman")):
            return None
        det = [t for t in subj.lefts if t.dep_ in ("det", "nummod")]
        if _S16_H5_ROLE_SUBJECT and det and det[0].lower_ == "the" and det[0].i == subj.left_edge.i:
            hits = [c for c, _ in pool if c is not None and c.kind == "person" and c.gender in (None, want)
                    and (low in c.role_words or low in c.tokens[:-1] or c.role and low in c.role.lower().split())]
            if len(hits) == 1 and hits[0] is not c_prev:
                return "person", hits[0]  # "the showrunner": the one candidate of that role
            return None
        from ..coref import ROLE_NOUNS
        if not (low in ROLE_NOUNS or low in OCCUPATIONS or low in _PERSON_NOUNS or low.endswith(("man", "woman"))):
            return None
        if not det or det[0].lower_ not in ("a", "an", "one") or det[0].i != subj.left_edge.i:
            return None
        return "anonymous", None

    def _previous_speaker(self, span, cls: str, start: int, prev: str | None, pool) -> Cluster | None:
        """The previous attribution's speaker ``prev`` when a he/she subject at ``start`` continues
        it, else ``None``.

        "Quispe said he had not earned anything since the leak. Like others in the port, *he* wants
        compensation …, *he* said"; "the widow's son, Peter Gaskell, said … “She used to love
        visitors …,” *he* wrote": a pronoun that attributes the next statement links to the previous
        attribution's speaker (Pouliquen et al. 2007; Pareti 2015, ch. 6), which the ranker may
        pass over for a person named earlier. Only when ``prev`` is a person among the ranker's
        candidates (``pool``, after binding) and not of the other gender, its last source ends in
        the pronoun's paragraph or the one before, the pronoun stands outside quotation marks,
        and no other person not of the other gender is named outside quotation marks between that
        source and the pronoun (a possessor, "Trump's claims", does not count: it is no center,
        Grosz, Joshi & Weinstein 1995). Issue 11, session 9; genre and PolNeAR train. Offsets are
        characters."""
        found = self._he_she_subject_after_person(cls, prev, span)
        if found is None:
            return None
        tok, ent = found
        c = self.key_cluster.get(prev)
        if c is None or not any(x[0] is c for x in pool):
            return None
        want = "m" if cls == "pronoun_m" else "f"
        if c.gender is not None and c.gender != want:
            return None
        e = max(m[1] for m in ent.mentions)
        if e > start or len(re.findall(r"\n+", self.text[e:start])) > 1:
            return None
        for o in self.cands.clusters:
            if o is c or o.kind != "person" or (o.gender is not None and o.gender != want):
                continue
            if any(e <= m[0] < start and not m[3] and self.text[m[1]:m[1] + 2] not in ("'s", "’s")
                   for m in o.mentions):
                return None  # someone else named since: the likelier referent
        return c

    def _paragraph_sep(self) -> str:
        """The article's paragraph separator: a blank line where the article has blank lines, else a
        line break (one paragraph a line); read once per article (the text does not change)."""
        sep = self.__dict__.get("_para_sep")
        if sep is None:
            sep = self._para_sep = "\n\n" if "\n\n" in self.text else "\n"
        return sep

    def _paragraph_before_person(self, span, cls: str, start: int, pool) -> Cluster | None:
        """The one person the narration paragraph right before names, for a he/she subject at
        ``start`` (character offset) that attributes a quotation opening its own paragraph, or
        ``None`` (:data:`_S17_E1_PARA_BEFORE`).

        "For *Major*, a retiree and one of the volunteers …, making calls … is an opportunity …. ¶
        “Bernie has a passionate …,” *she* said" (Washington Post); "Republican pollster *Whit
        Ayres* … is skeptical Trump can overcome …. ¶ “His better bet is …,” *he* said. “Trump's
        best argument …”" (USA Today; Trump is out of ``pool`` by :data:`_S17_E1_CONTENT_NAMES`):
        the paragraph that introduces a person without quoting them hands the quotation that
        opens the next paragraph to that person, not to the speaker of an earlier paragraph (the
        backward-looking center of the quote paragraph is the one entity the paragraph before
        offers; Grosz, Joshi & Weinstein 1995). Only when the pronoun stands outside quotation
        marks after a quotation that opens its paragraph, the paragraph before holds no source
        already resolved (``self.history``) and no quotation mark, and exactly one person of
        ``pool`` (the ranker's candidates, after binding) not of the other gender is named there
        outside quotation marks. Paragraphs: blank-line separated where the article has blank
        lines, else one a line. O(candidate mentions)."""
        if cls not in ("pronoun_m", "pronoun_f") or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.cands._quoted(tok.idx):
            return None
        text = self.text
        sep = self._paragraph_sep()
        para = text.rfind(sep, 0, start)
        if para < 0:
            return None
        lead = text[para:start].lstrip()
        if lead[:1] not in _OPENERS or sep in text[para + len(sep):start]:
            return None  # the pronoun's paragraph must open with the quotation it attributes
        hi = len(text[:para].rstrip())
        lo = text.rfind(sep, 0, hi)
        lo = 0 if lo < 0 else lo + len(sep)
        if hi <= lo or any(ch in text[lo:hi] for ch in "\"“”«»") or any(lo <= p < hi for p, _ in self.history):
            return None
        want = "m" if cls == "pronoun_m" else "f"
        named = [c for c, _ in pool if c is not None and c.kind == "person" and c.gender in (None, want)
                 and any(lo <= m[0] < hi and not m[3] for m in c.mentions)]
        return named[0] if len(named) == 1 else None

    def _signed_by(self, span, cls: str, start: int) -> str | None:
        """The signature under the paragraph of a first-person "I" at ``start``, or ``None``.

        "I think this meeting is too little too late … ¶ @hotflesh. ¶ It's an act of …": a reader's
        letter or post that a page prints with its writer's handle or name on the line after it
        (a letters page, "We asked our followers …"; gold/speakers/README.md, a source is whoever
        the text presents as the author). Only for "I" outside quotation marks whose paragraph is
        followed, after blank lines, by a line holding nothing but a social-media handle
        ("@name") or two to four capitalised words that open a person's name the NER tags
        ("Marshall H. Tanick.", not a subheading "Political Frankenstein."), with an optional
        final full stop. Issue 11, session 9; PolNeAR train. Offsets are characters."""
        if cls != "pronoun_1" or span is None or len(span) != 1 or span[0].lower_ != "i":
            return None
        if self.cands._quoted(span[0].idx):
            return None
        end = self.text.find("\n", start)
        if end < 0:
            return None
        m = _SIGNATURE.match(self.text, end)
        if m is None:
            return None
        if not m.group(1).startswith("@") and not any(n.start == m.start(1) for n in self.named):
            return None  # a subheading ("Political Frankenstein."), not a name the NER tags PERSON
        name = m.group(1)
        return name[:-1] if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name) else name

    def _quote_run_speaker(self, span, cls: str, start: int, prev: str | None) -> str | None:
        """The previous attribution's speaker ``prev`` for an "I"/"we" at ``start`` inside a
        paragraph that is quotation from end to end, else ``None``.

        "Mr Reeve said … ‘She was in charge,’ he said. ‘I had no reason to doubt her. ¶
        ‘*I* wish I had gone to the regulator.’": a paragraph with no cue of its own continues the
        quote run of the paragraph before (a quote run's speaker is the last attribution's;
        gold/speakers/README.md, a cue-less quote takes the speaker of the quote it continues),
        so its first-person pronoun is that speaker, not the writer. Only for "I"/"we" inside
        quotation marks, when the paragraph opens with a quotation mark, every letter of it lies
        inside quotation marks (O(paragraph) characters), and ``prev`` is a person ("we" also an
        organisation) whose last source ends at most two paragraph breaks and 600 characters
        before. Issue 11, session 9 round 2; genre train series f. Offsets are characters."""
        if not _S9_RUNS or cls != "pronoun_1" or prev is None or span is None or len(span) != 1:
            return None
        word = span[0].lower_
        if word not in ("i", "we") or not self.cands._quoted(start):
            return None
        ent = self.entities.get(prev)
        kinds = ("person",) if word == "i" else ("person", "organization")
        if ent is None or not ent.mentions or ent.kind not in kinds:
            return None
        e = max(m[1] for m in ent.mentions)
        if e > start or start - e > 600 or len(re.findall(r"\n\s*", self.text[e:start])) > 2:
            return None
        lo = self.text.rfind("\n", 0, start) + 1
        hi = self.text.find("\n", start)
        hi = len(self.text) if hi < 0 else hi
        para = self.text[lo:hi]
        head = para.lstrip()
        if not head or head[0] not in _OPENERS:
            return None
        if any(ch.isalpha() and not self.cands._quoted(lo + i) for i, ch in enumerate(para)):
            return None  # a cue or narration of its own: not a cue-less paragraph
        return prev

    def _plural_lead(self, span, cls: str, prev: str | None) -> Cluster | None:
        """The one person a "they" main-clause subject continues when the previous sentence's
        subject was a group that stood for that person, else ``None``.

        "The research was led by Dr Nina Hale … The researchers said the findings held. However,
        *they* cautioned …": "the researchers" took the study's lead author (gold/speakers/README.md
        rule 12: a group that speaks through its lead), and a "they" that continues that subject
        (centering's continue transition, Grosz, Joshi & Weinstein 1995) is the same speaker,
        though a "they" is otherwise no single person. Only for "they" outside quotation marks that
        is the subject of its sentence's main verb (or a verb coordinated with it), when the main
        clause of the sentence before has a plural common-noun subject (NNS) that was a source
        resolved to ``prev``, a person. Issue 11, session 9 round 2; genre train series f."""
        if not _S9_RUNS or cls != "pronoun_pl" or prev is None or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass") or self.cands._quoted(tok.idx):
            return None
        if tok.head.dep_ != "ROOT" and not (tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT"):
            return None
        c = self.key_cluster.get(prev)
        if c is None or c.kind != "person" or tok.sent.start == 0:
            return None
        before = self.doc[tok.sent.start - 1].sent
        subj = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.tag_ != "NNS" or subj.pos_ != "NOUN":
            return None
        lo, hi = subj.left_edge.idx, subj.idx + len(subj.text)
        heard = next((x for p, x in reversed(self.history) if lo <= p < hi), None)
        return c if heard is c else None

    def _plural_lead_key(self, span, cls: str, prev: str | None) -> str | None:
        """``prev`` when :meth:`_plural_lead` finds its person, else ``None``."""
        return prev if self._plural_lead(span, cls, prev) is not None else None

    def _document_again(self, span, cls: str, start: int, prev: str | None) -> str | None:
        """The previous attribution's speaker ``prev`` for an "It" that continues a document
        source, else ``None``.

        "Dr Adeyemi's letter to the family said the hospital had 'fallen short'. *It* also said
        …": the pronoun's antecedent is the document that was the previous sentence's subject, and
        a document takes its writer or maker (gold/speakers/README.md rule 13), the speaker the
        previous attribution already resolved. Only for "it" that is the subject of its
        sentence's main verb (the sentence before is the document's, so a quotation around the
        pronoun is not asked: a phrase in straight single quotes misleads the quote marks), when
        the main clause of the sentence before has as
        subject a document noun (:data:`~saidwhat.pipeline.coref.DOC_NOUNS`) that was that
        attribution's source (``prev`` a person or organisation). Issue 11, session 9 round 2;
        genre train series f."""
        if not _S9_RUNS or cls != "pronoun_it" or prev is None or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
            return None  # (quotation marks not asked: straight single quotes around a phrase before it mislead them)
        ent = self.entities.get(prev)
        if ent is None or ent.kind not in ("person", "organization") or not ent.mentions or tok.sent.start == 0:
            return None
        before = self.doc[tok.sent.start - 1].sent
        subj = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ not in DOC_NOUNS:
            return None
        lo, hi = subj.left_edge.idx, subj.idx + len(subj.text)
        return prev if any(lo <= m[0] < hi for m in ent.mentions) else None

    def _statement_it(self, span, cls: str, prev: str | None) -> str | None:
        """The previous attribution's speaker ``prev`` for an "it" that takes up a statement the
        sentence before introduced, else ``None``.

        "In a statement read outside court by his sister, Ana Roe, the family said …. ¶ “…,” *it*
        said": the pronoun's antecedent is the statement (a document noun,
        :data:`~saidwhat.pipeline.coref.DOC_NOUNS`, written outside quotation marks), and a
        document takes whoever the previous attribution gave it (gold/speakers/README.md rules 12
        and 13: a statement read for a family is the relative's), not an organisation named earlier.
        Only for an "it" outside quotation marks that is the subject of a verb, when the last
        sentence before the pronoun's sentence whose main verb stands outside quotation marks
        (quoted sentences between are skipped, at most three) holds a document noun outside
        quotation marks and ``prev``'s latest source, ``prev`` being a person or an organisation.
        Session 11 (:data:`_S11_PRON_STATEMENT_IT`); genre train series k. Offsets are characters."""
        if not _S11_PRON_STATEMENT_IT or cls != "pronoun_it" or span is None or len(span) != 1:
            return None
        if prev is None and not _S12_PRON_READER:
            return None
        tok = span[0]
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or self.cands._quoted(tok.idx):
            return None
        ent = self.entities.get(prev) if prev is not None else None
        if (ent is None or ent.kind not in ("person", "organization") or not ent.mentions) and not _S12_PRON_READER:
            return None
        sent = self._unquoted_sentence_before(tok.sent)
        if sent is None:
            return None
        docs = [t for t in sent if t.lower_ in DOC_NOUNS and t.pos_ == "NOUN" and not self.cands._quoted(t.idx)]
        if not docs:
            return None
        if ent is not None and ent.kind in ("person", "organization") and ent.mentions \
                and sent.start_char <= max(m[0] for m in ent.mentions) < sent.end_char:
            return prev
        return self._statement_reader(docs) if _S12_PRON_READER else None

    def _statement_reader(self, docs: list[Token]) -> str | None:
        """The person who read out, issued or released the statement an "it" takes up: "Outside
        court, X, whose mother …, *read a statement* on behalf of the family. “…,” *it* said" is
        X (gold/speakers/README.md rule 12: a statement read for a family is the relative's who
        read it; rule 13, a document takes its maker). ``docs``: the document nouns outside
        quotation marks of the sentence before the pronoun's (:meth:`_statement_it`); only one
        that is the direct object of a verb whose subject is a person named there (a candidate
        mention outside quotation marks), else ``None``. Session 12 (:data:`_S12_PRON_READER`);
        genre train series m. O(document nouns × candidate mentions)."""
        for t in docs:
            if t.dep_ != "dobj" or t.head.pos_ != "VERB":
                continue
            verb = t.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                # the subject, or a name the parser joined to it ("Outside court, X, …, read": X a
                # conjunct of "court")
                heads = [subj] + [c for c in subj.children if c.dep_ in ("conj", "appos")]
                subj = next((h for h in heads if h.pos_ == "PROPN" and not self.cands._quoted(h.idx)), None)
                if subj is None:
                    continue
                lo, hi = subj.left_edge.idx, subj.idx + 1
            else:
                # the parser left the verb with no subject: the first person named outside
                # quotation marks between the sentence's start and it
                lo, hi = verb.sent.start_char, verb.idx
            got = [(m[0], c) for c in self.cands.clusters if c.kind == "person"
                   for m in c.mentions if lo < m[1] and m[0] < hi and not m[3]]
            if got:
                c = min(got, key=lambda x: x[0])[1]
                key = self._person(c.name, c.role, lo).key
                self.key_cluster[key] = c
                return key
        return None

    def _no_agent_it(self, span, cls: str) -> bool:
        """Whether an "it" source outside quotation marks stands for no speaker (rule 4 of
        gold/speakers/README.md: an expletive "it", or no person or organisation, ``none``).

        Two shapes, both from the clause structure (PolNeAR train; session 11): (1) an
        extraposition subject, whose verb is passive or a form of "be" with an adjective and
        carries the clause that is the real subject ("While *it*'s assumed the ruling should
        benefit …", "*It* is clear that …"); (2) a main-clause "it" that continues the subject of
        the sentence before (centering's continue transition, Grosz, Joshi & Weinstein 1995) when
        that subject is a lower-case common noun that names no document
        (:data:`~saidwhat.pipeline.coref.DOC_NOUNS`, whose maker rule 13 gives), no organisation
        (:data:`~.entities.ORG_HEADS`) and no person, and that the article never makes the
        subject of a verb of saying (:meth:`_speaking_nouns`: "The carrier said …" makes "the
        carrier" a speaker): "The result doesn't … . *It* probably signals …", "That
        disproportionate impact suggests … . Most important, *it* points to …". Offsets are
        characters."""
        if not _S11_PTRAIN_IT or cls != "pronoun_it" or span is None or len(span) != 1:
            return False
        tok = span[0]
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass", "expl") or self.cands._quoted(tok.idx):
            return False
        verb = tok.head
        deps = {c.dep_ for c in verb.children if c.i > tok.i}
        if "ccomp" in deps and ("auxpass" in deps or tok.dep_ == "nsubjpass") or tok.dep_ == "expl" or (
                verb.lemma_ == "be" or verb.lower_ in ("is", "'s", "’s", "was")) and "acomp" in deps and deps & {"ccomp", "xcomp"}:
            return True  # "it's assumed the ruling …", "It is clear that …", "It's impossible to …"
        if verb.dep_ != "ROOT" or tok.sent.start == 0:
            return False
        if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in self.doc[tok.sent.start:tok.i]):
            return False  # not the clause's first noun phrase
        before = self.doc[tok.sent.start - 1].sent
        subj = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or not subj.text.islower() or subj.ent_type_:
            return False
        w = subj.lower_
        from ..coref import ORG_WORDS
        from .entities import ORG_HEADS
        from .nominals import _person_noun
        if w in DOC_NOUNS or w in ORG_WORDS or w in ORG_HEADS or _person_noun(w) or w in self._speaking_nouns():
            return False
        return not any(c.dep_ == "poss" for c in subj.children)  # "its report", "Gallup's …": a maker

    def _speaking_nouns(self) -> frozenset[str]:
        """Lower-case common nouns the article makes the subject of a verb of saying ("The carrier
        said", "the airline added"), built once per article (one pass over the tokens)."""
        got = self.__dict__.get("_speaking_nouns_memo")
        if got is None:
            from .nominals import _SAY_FORMS
            got = self._speaking_nouns_memo = frozenset(
                t.lower_ for t in self.doc if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
                and t.head.lower_ in _SAY_FORMS)
        return got

    def _role_gender_votes(self) -> None:
        """Votes for the gender of each person cluster named right after a gendered kin or role
        noun (:data:`_GENDERED_ROLES`: "Her *son*, Tunde Ross, said she had died …", where the
        reported clause's "she" would otherwise vote him a woman; "*spokeswoman* Ana Roe"): three
        votes, as a listed first name gives (:mod:`~saidwhat.pipeline.coref`), once per cluster.
        Only mentions outside quotation marks; the noun must stand at most a comma and spaces
        before the name. Called once per article (O(person mentions)). Session 12
        (:data:`_S12_PRON_ROLE_GENDER`); genre train series m."""
        if not _S12_PRON_ROLE_GENDER:
            return
        for c in self.cands.clusters:
            if c.kind != "person":
                continue
            for s, _, _, quoted in c.mentions:
                m = None if quoted else _ROLE_BEFORE_NAME.search(self.text, max(0, s - 40), s)
                g = _GENDERED_ROLES.get(m.group("noun")) if m is not None else None
                if g is not None:
                    c.votes[g] += 3
                    break

    def _note_gender(self, word: str, cluster: Cluster | None) -> None:
        """A "he"/"she" source resolved to a person of unknown gender tells that gender (one vote
        for :attr:`~saidwhat.pipeline.coref.Cluster.gender`): "“…,” *he* tells me" makes the
        director a man, so that a later "she" is not him (agreement, Hobbs 1978; issue 11, genre
        train). A person whose gender is known keeps it."""
        want = {"he": "m", "she": "f"}.get(word)
        if want and cluster is not None and cluster.kind == "person" and cluster.gender is None:
            cluster.votes[want] += 1

    def _gender_clash(self, key: str, want: str | None) -> bool:
        """Whether the speaker ``key`` is known to be of the other gender than ``want`` (``m``/``f``),
        or is an organisation while ``want`` is set ("she" is not the previous speaker, a man)."""
        if want is None:
            return False
        if self.entities[key].kind != "person":
            return True
        c = self.key_cluster.get(key) or self._cluster_for(self.entities[key])
        return c is not None and c.gender is not None and c.gender != want

    def _bound(self, key: str, ranges: list[tuple[int, int]]) -> bool:
        """Whether speaker ``key`` is named inside one of ``ranges`` (:func:`~.coref.co_arguments`)."""
        if not ranges:
            return False
        c = self.key_cluster.get(key) or self._cluster_for(self.entities[key])
        name = self.entities[key].name
        return (c is not None and any(a <= m[0] < b for m in c.mentions for a, b in ranges)) or bool(
            name and self.entities[key].kind == "person" and self._named_in(name, ranges))

    def _person_at(self, pos: int) -> bool:
        """Whether a candidate person's mention holds the character offset ``pos`` (for
        :func:`relative_antecedent`, :data:`_S13_PRON2_WHO_FIRM`). O(candidate mentions)."""
        return any(c.kind == "person" and any(s <= pos < e for s, e, _, _ in c.mentions) for c in self.cands.clusters)

    def _named_in(self, name: str, ranges: list[tuple[int, int]]) -> bool:
        """Whether the person ``name`` (or its surname, said alone) is named inside one of ``ranges``."""
        last = norm_tokens(name)[-1:]
        return any(c.kind == "person" and c.tokens[-1:] == last and a <= m[0] < b
                   for c in self.cands.clusters for m in c.mentions for a, b in ranges)

    def _content_names(self, word: str, start: int, end: int) -> list[tuple[int, int]]:
        """``[(s, s + 1)]`` for each person candidate's mention starting inside the content of the
        attribution whose source is the he/she/his/her ``word`` at ``[start, end)`` (character
        offsets; the content: ``self.content``, a list of ``(start, end)`` pieces the attribution
        stage sets, or ``None``), the source itself and vocatives left out ("says: *Ines*, you"):
        the extents :func:`~..coref.bound_out` and :meth:`_bound` read, as
        :func:`~..coref.co_arguments` (:data:`_S17_E1_CONTENT_NAMES`). Only mentions in the
        pronoun's paragraph, and in a piece before the pronoun only when it opens with a quotation
        mark. ``[]`` when the switch is off, the word is another or no content is set.
        O(candidate mentions)."""
        pieces = getattr(self, "content", None) if _S17_E1_CONTENT_NAMES else None
        if not pieces or word not in ("he", "she", "his", "her"):
            return []
        text = self.text
        # only the pronoun's own paragraph, and a piece before the pronoun only when it is a quotation
        # ("“…,” she said"): a content the attribution stage ran back over another attribution
        # ("… ,” Broaddrick said. ¶ “She tried …,” she said") or over the clause before a
        # subordinate "before she authorized" names no one the pronoun c-commands
        sep = self._paragraph_sep()
        lo = text.rfind(sep, 0, start)
        lo = 0 if lo < 0 else lo + len(sep)
        hi = text.find(sep, end)
        hi = len(text) if hi < 0 else hi
        pieces = [(max(a, lo), min(b, hi)) for a, b in pieces if a >= end or text[a:a + 1] in _OPENERS]
        p_lo = p_hi = 0
        if _S17_SPEED_CONTENT_NAMES:
            # empty pieces hold no mention; a mention outside [p_lo, p_hi) is in none (speed, session 17)
            pieces = [(a, b) for a, b in pieces if a < b]
            if not pieces:
                return []
            p_lo, p_hi = min(a for a, _ in pieces), max(b for _, b in pieces)
        out = []
        for c in self.cands.clusters:
            if c.kind != "person":
                continue
            for m in c.mentions:
                s = m[0]
                if _S17_SPEED_CONTENT_NAMES and not p_lo <= s < p_hi:
                    continue
                if start <= s < end or not any(a <= s < b for a, b in pieces):
                    continue
                before = text[max(0, s - 3):s].rstrip()
                if before[-1:] in _VOCATIVE_BEFORE and text[m[1]:m[1] + 1] == ",":
                    continue  # "Everyone says: Ines, you will be fine": the one spoken to
                out.append((s, s + 1))
        return out

    def _gender_clash_name(self, name: str, want: str | None, pos: int | None = None) -> bool:
        """Whether the person ``name`` (named at character offset ``pos``) is known to be of the
        other gender than ``want`` (``m``/``f``): the candidate cluster of that name, or (with
        :data:`_S16_R2D_CLASH_AT`) the person cluster holding a mention at ``pos`` ("Trump",
        a surname, in "Donald Trump"'s cluster). O(clusters) when ``want`` is set."""
        if want is None:
            return False
        c = next((c for c in self.cands.clusters if c.kind == "person" and c.name == name), None)
        if c is None and _S16_R2D_CLASH_AT and pos is not None:
            c = next((c for c in self.cands.clusters if c.kind == "person"
                      and any(s <= pos < e for s, e, _, _ in c.mentions)), None)
        return c is not None and c.gender is not None and c.gender != want

    def _paragraph_person(self, span, cls: str, para_start: int, pool) -> Cluster | None:
        """The one person a paragraph has named before a he/she that opens a later sentence of it,
        or ``None``.

        "That might sound strange to anyone listening to FBI Director James Comey's statement.
        He called her handling … “extremely careless”": a paragraph that names one person
        (outside quotation marks, in the sentences before the pronoun's) and goes on with a
        subject "he"/"she" is about that person, not about the speaker of the paragraph before
        (centering: the pronoun realises the backward-looking center, the one entity the
        previous utterance offers; Grosz, Joshi & Weinstein 1995). Only when that person is
        among the ranker's candidates (``pool``, after binding), not of the other gender, and no
        noun phrase other than that person is the subject of a sentence there ("The radio talker
        … for Cruz. He …" is the talker; a plural subject is no rival, as it does not agree in
        number: "In 1980, the Republicans turned to a Western conservative, Ronald Reagan. But
        *he* embraced …", issue 11, session 9). Organisations named there do not count ("FBI
        Director James Comey"). Issue 13: the statement gold's u43 report in Politico, 2016-07-05.
        """
        if cls not in ("pronoun_m", "pronoun_f") or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        sent = tok.sent
        if any(not (t.is_punct or t.is_space or (_S9_PRONOUNS and t.dep_ == "cc")) for t in self.doc[sent.start:tok.i]):
            return None  # not the sentence's first word (after "But", "And")
        lo, hi = para_start, sent.start_char
        if hi <= lo:
            return None  # the paragraph's first sentence
        named = [c for c in self.cands.clusters
                 if c.kind == "person" and any(lo <= m[0] < hi and not m[3] for m in c.mentions)]
        if len(named) != 1:
            return None
        c = named[0]
        lo_tok = self.doc.char_span(lo, hi, alignment_mode="expand")
        if lo_tok is None or any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
                                 and not any(m[0] <= t.idx < m[1] for m in c.mentions)
                                 and not _not_a_person(t, self.cands) and not self.cands._quoted(t.idx)
                                 and not (_S8_CHAIN and self._made_by(t, c))
                                 and not (_S9_PRONOUNS and t.tag_ in ("NNS", "NNPS")) for t in lo_tok):
            return None  # "The radio talker has filled his speeches for Cruz. He …": a described subject
        want = "m" if cls == "pronoun_m" else "f"
        if c.gender is not None and c.gender != want:
            return None
        return c if any(x[0] is c for x in pool) else None

    @staticmethod
    def _made_by(t: Token, c: Cluster) -> bool:
        """Whether the noun ``t`` is a thing whose maker is the person ``c``, named as the agent of
        a participle that modifies it ("The petition, *started by* parent Lisa Harker, calls on …
        She said": the petition is no rival for "she"; issue 11, genre train series d)."""
        for acl in t.children:
            if acl.dep_ != "acl" or acl.tag_ != "VBN":
                continue
            for agent in acl.children:
                if agent.dep_ == "agent" and any(m[0] <= o.idx < m[1] for o in agent.children
                                                 if o.dep_ == "pobj" for m in c.mentions):
                    return True
        return False

    def _governing_subject(self, span, cls: str, pool) -> Cluster | None:
        """The person who is the subject of the clause that a he/she subject's adverbial clause
        modifies, or ``None``.

        "As President Obama lectured the nation …, Donald Trump responded from the heart as *he*
        live-tweeted the address": a pronoun subject of an adverbial clause (spaCy ``advcl``: as,
        when, after, because, while …) that follows its main clause's subject takes that subject
        (the pronoun is c-commanded by it and the subject is the clause's center; Grosz, Joshi &
        Weinstein 1995). Only a person named there outside quotation marks, among the ranker's
        candidates (``pool``, after binding) and not of the other gender. The mirror case, a
        pronoun subject of the main clause after a fronted clause with a named subject ("When
        Trump used the words, “…,” he was echoing Ryan"), is :meth:`_fronted_clause_subject`'s.
        """
        if cls not in ("pronoun_m", "pronoun_f") or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if tok.head.dep_ == "advcl":
            gov = tok.head.head
            subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        elif _S17_E1_CONJ_SUBJECT and tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT" \
                and not self.cands._quoted(tok.idx):
            # "Beck said he wouldn't expect …, but *he* said Trump could …": the first conjunct's subject
            gov = tok.head.head
            subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        else:
            subj = self._fronted_clause_subject(tok)
        if subj is None or subj.pos_ != "PROPN":
            return None
        c = next((c for c in self.cands.clusters if c.kind == "person"
                  and any(s <= subj.idx < e and not q for s, e, _, q in c.mentions)), None)
        if c is None or not any(x[0] is c for x in pool):
            return None
        want = "m" if cls == "pronoun_m" else "f"
        return None if c.gender is not None and c.gender != want else c

    @staticmethod
    def _fronted_clause_subject(tok: Token) -> Token | None:
        """The subject of a subordinate clause that opens ``tok``'s sentence, when ``tok`` (a
        he/she subject) is the first subject of the main clause after it, or ``None``.

        "When Trump used the words, “I’m not quite there yet,” *he* was echoing Ryan" (West
        Journal, PolNeAR train): a fronted adverbial clause (when, as, while, after, before, once,
        since, because, although, if) whose subject is named, followed by a main clause whose
        subject is a pronoun: the pronoun takes the clause's subject (the clause's subject is the
        sentence's first-mentioned, preferred center; Grosz, Joshi & Weinstein 1995). The mirror
        of the rule of :meth:`_governing_subject` for a pronoun inside the subordinate clause. Only when the
        subordinator is the sentence's first word and no other noun-phrase subject stands between
        the clause's subject and the pronoun outside a quotation (the parser may hang the clause
        under a quoted verb: it is looked for among the tokens before the pronoun).
        """
        sent = tok.sent
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if not words or words[0].lower_ not in _SUBORDINATORS or words[0].i >= tok.i:
            return None
        clause = words[0].head
        if clause.dep_ != "advcl" or clause.i >= tok.i or words[0].dep_ not in ("mark", "advmod"):
            return None
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if subj is None:
            return None
        # the clause must end before the pronoun and hang (through any quoted verbs) under its verb
        anc = {a.i for a in clause.ancestors}
        if tok.head.i not in anc:
            return None
        quoted = False
        for t in sent.doc[clause.i + 1: tok.i]:
            if t.text in ("“", "”", '"'):
                quoted = not quoted if t.text == '"' else t.text == "“"
                continue
            if not quoted and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") \
                    and not (subj.left_edge.i <= t.i <= subj.i):
                return None  # "When Trump spoke, the crowd cheered and he …": another subject first
        return subj

    def _subject_chain(self, span, cls: str, pool) -> Cluster | None:
        """The person a he/she main-clause subject continues from the sentences before, or ``None``.

        Centering's *continue* transition (Grosz, Joshi & Weinstein 1995; the subject preference
        of Kameyama 1986): walking back sentence by sentence, each main clause whose subject is
        "he"/"she" of the same gender keeps the same center, and the first main clause whose
        subject is a named person (or a description with a name in apposition: "Trump's running
        mate — Indiana Gov. Mike Pence — has …") gives it: "Mr. Cruz has sharpened his … language
        … ¶ He has coined a new phrase … *He* expressed amusement …" (Breitbart, PolNeAR train:
        Cruz, not the reporter quoted two paragraphs before). The walk stops, with no answer, at a
        main clause whose subject is anything else (another noun phrase, another pronoun, none),
        that lies inside quotation marks or is a Title Case headline, and after
        :data:`_CHAIN_SENTENCES` sentences. Only for a pronoun outside quotation marks that is the
        subject of its sentence's main verb (or of a verb coordinated with it, or, under
        :data:`_S9_RUNS`, of a reporting verb inserted after unquoted reported speech: "Doyle
        smiled …. The chairman and he have talked about a deal, *he* said, but …", genre train series f);
        the person must be
        among the ranker's candidates (``pool``, after binding) and not of the other gender.
        """
        if cls not in ("pronoun_m", "pronoun_f") or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.cands._quoted(tok.idx):
            return None
        if tok.head.dep_ != "ROOT" and not (tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT") and not (
                _S9_RUNS and tok.head.dep_ == "parataxis" and tok.head.head.dep_ == "ROOT"
                and tok.head.i > tok.head.head.i
                and not self.cands._quoted(tok.head.head.idx)):
            # (session 9 round 2) "Doyle smiled. The chairman and he have talked about a deal, *he*
            # said, but …": a reporting clause inserted after reported speech that is not quoted
            return None
        want = "m" if cls == "pronoun_m" else "f"
        form = "he" if want == "m" else "she"
        sent = tok.sent
        # (session 14) "… posted her own account on X. She wrote": the parser missed the full stop
        split = _S14_PRON_SPLIT and tok.i > sent.start + 1 and tok.text[:1].isupper() \
            and self.doc[tok.i - 1].text[-1:] in (".", "!", "?")
        steps = skipped = 0
        epi = None  # start of the epithet sentence walked through (_S15_PRON_EPITHET_NEXT)
        while steps < _CHAIN_SENTENCES:
            if split:
                sent, split = self.doc[sent.start:tok.i], False  # the words before the pronoun, to its full stop
            else:
                if sent.start == 0:
                    return None
                sent = self.doc[sent.start - 1].sent
            root = sent.root
            if _S16_R2D_COLON_LIST and root.pos_ not in ("VERB", "AUX") and sent.start > 0 \
                    and self.text[self.doc[sent.start - 1].idx:sent.start_char].rstrip().endswith(":") \
                    and "\n" not in self.text[self.doc[sent.start - 1].idx:sent.start_char]:
                continue  # "…, Mr. Wiley walked them through … states …: Pennsylvania, Michigan …." (one sentence)
            if epi is not None and "\n" in self.text[sent.start_char:epi].rstrip():
                return None  # the name must stand in the epithet's own paragraph (session 15)
            if _title_case_line(self.text, sent.start_char):
                return None  # a headline ("Trump Calls On Obama …")
            if self.cands._quoted(root.idx):
                skipped += 1
                if _S8_CHAIN and steps == 0 and skipped <= _CHAIN_SENTENCES:
                    continue  # the quotation the pronoun's clause attributes ("“…. …,” *he* wrote")
                return None  # a quotation
            steps += 1
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and _S11_PRON_BARE_SUBJECT:
                # "In a victim statement read to the court, the widow's son, Peter Gaskell, said …"
                # parsed with no subject under "said": the person named right before the main verb
                # (only commas between) is its subject (session 11, genre train)
                c = self._named_before_verb(root)
                if c is not None and (c.gender is None or c.gender == want) and any(x[0] is c for x in pool):
                    return c
            if subj is None and _S13_AGE_CHAIN:
                # "…, the 41-year-old shakes her head": the small parser hangs "old" on the verb as amod
                e = _AGE_BEFORE_VERB.search(self.text, sent.start_char, root.idx)
                if e is not None and e.start(1) != sent.start_char and self.text[sent.start_char:e.start(1)].rstrip()[-1:] not in ",;—–":
                    e = None  # "… near the 41-year-old shakes": no subject of its own
                c = self._aged_subject(e.start(1), e.end(1), want, pool) if e is not None else None
                if c is not None:
                    return c
            if subj is None or self.cands._quoted(subj.idx):
                return None
            if subj.lower_ == form and epi is None:
                continue
            heard = self._subject_speaker(subj, resolved=True) if _S8_CHAIN else None
            for t in [subj] + [c for c in subj.children if c.dep_ == "appos"] + self._appos_through_prep(subj):
                c = heard or next((c for c in self.cands.clusters if c.kind == "person"
                                   and any(s <= t.idx < e for s, e, _, _ in c.mentions)), None)
                if c is not None:
                    if (c.gender is not None and c.gender != want) or not any(x[0] is c for x in pool):
                        return None
                    return c
            if epi is not None:
                return None  # after an epithet only a named subject in the sentence before (session 15)
            c = self._subject_speaker(subj, resolved=False) if _S8_CHAIN else None
            if c is None and _S13_AGE_CHAIN:
                aged = self._aged_subject(subj.left_edge.idx, subj.idx + len(subj.text), want, pool)
                if aged is not None:
                    return aged  # "…, the 34-year-old pulls a face. “…,” she says"
            if c is not None and (c.gender is None or c.gender == want) and any(x[0] is c for x in pool):
                return c
            if c is None and _S14_PRON_EPITHET and self._epithet_subject(subj, want):
                continue  # "X was asked …. The Ukrainian smiled. “…,” he said": X (session 14)
            if c is None and _S15_PRON_EPITHET_NEXT and self._epithet_subject(subj, want):
                epi = sent.start_char  # "Petrov, 34, laughed …. The Russian said …": the sentence before
                continue
            return None
        return None

    def _epithet_subject(self, subj: Token, want: str) -> bool:
        """Whether the main-clause subject ``subj`` is an epithet that re-mentions a person already
        introduced, through which :meth:`_subject_chain` walks on (:data:`_S14_PRON_EPITHET`):
        a singular noun with "the"/"this" that is a nationality noun (:data:`~..coref.DEMONYMS`,
        not of the other gender than ``want``, ``m``/``f``: "The Ukrainian", not "The Frenchwoman"
        for "he") or one of :data:`_EPITHET_NOUNS` ("The newcomer"), with no other word before it
        but the determiner, and that no source resolved to anyone but an ``unresolved`` speaker
        (a source at it resolved to an unnamed person, "The judge said", stops the walk).
        Ariel 1990 (epithets as anaphors). O(entities) for such a subject only."""
        low = subj.lower_
        if low not in _EPITHET_NOUNS and low not in DEMONYMS or subj.tag_ not in ("NN", "NNP"):
            return False
        if DEMONYM_GENDER.get(low, want) != want:
            return False
        left = [t for t in subj.lefts]
        if len(left) != 1 or left[0].lower_ not in ("the", "this") or left[0].dep_ != "det":
            return False
        lo, hi = subj.left_edge.idx, subj.idx + len(subj.text)
        return all(ent.kind == "unresolved" for ent in self.entities.values() if any(lo <= m[0] < hi for m in ent.mentions))

    def _aged_subject(self, lo: int, hi: int, want: str, pool) -> Cluster | None:
        """The one person of the article's candidate clusters (not only the ranker's ``pool``: an age
        stated once is evidence at any distance) the article states the age of when
        the subject at ``[lo, hi)`` (character offsets) is an age epithet ("the 34-year-old" after
        "Thackeray, 34,", "the 34-year-old Thackeray"; :meth:`~.nominals.NominalRules._person_evidence`),
        named before it and not of the other gender than ``want`` (``m``/``f``), else ``None``.
        Session 13 (:data:`_S13_AGE_CHAIN`). O(candidates) for an age epithet only."""
        m = _AGE_EPITHET.fullmatch(self.text[lo:hi])
        if m is None:
            return None
        age = m.group(1) + "-year-old"
        fits = {id(c): c for c in self.cands.clusters if c.kind == "person" and (c.gender in (None, want))
                and any(s < lo for s, _, _, _ in c.mentions) and age in self._person_evidence(c, lo)}
        return next(iter(fits.values())) if len(fits) == 1 else None

    @staticmethod
    def _appos_through_prep(subj: Token) -> list[Token]:
        """Proper nouns in apposition to the object of an "at"/"of"/"for"/"from"/"with" phrase of a
        common-noun subject ("Her *counterpart* at Western Shires Trains, *Beatriz Solano*, went
        further": the parser hangs the name under "Trains", not under "counterpart"), when that
        object is no proper noun tagged PERSON: the name the description stands with. Empty
        under :data:`_S13_PRON2_APPOS_OF` off or for a proper-noun or pronoun subject. O(children)."""
        if not _S13_PRON2_APPOS_OF or subj.pos_ != "NOUN":
            return []
        return [a for p in subj.children if p.dep_ == "prep" and p.lower_ in ("at", "of", "for", "from", "with")
                for o in p.children if o.dep_ == "pobj" and o.ent_type_ != "PERSON"
                for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > o.i]

    def _named_before_verb(self, verb: Token) -> Cluster | None:
        """The person whose mention ends right before ``verb`` with nothing but commas and spaces
        between, outside quotation marks ("…, the widow's son, *Peter Gaskell*, said"), or ``None``:
        the subject of a main verb the parser left without one (:meth:`_subject_chain`, under
        :data:`_S11_PRON_BARE_SUBJECT`). O(candidate mentions)."""
        v = verb.idx
        for c in self.cands.clusters:
            if c.kind == "person" and any(e <= v and not q and not self.text[e:v].strip(" ,")
                                          for _, e, _, q in c.mentions):
                return c
        return None

    def _subject_speaker(self, subj: Token, *, resolved: bool) -> Cluster | None:
        """The person a main-clause subject stands for, or ``None``: with ``resolved``, a source
        already resolved to a person named before it ("On Monday *the new course record holder*
        said she … *She* said": the earlier attribution's speaker; "*The Glaswegian* said" is the
        singer even where the NER took "Glaswegian" for a name); else the named possessor of a
        subject that is no person ("*Lockhart's reply* was that she had visited … *She* said":
        the possessor is the center; Grosz, Joshi & Weinstein 1995), or the person named after
        "of" ("*Footage of Al-Awlaki* again appears. “…,” *he* says"), or, failing both, the
        subject of the clause the verb reports ("*The Turkish government* declared Oksuz was a
        leader of the plot. … *He* denounced …": a he/she is no organisation, and the reported
        clause's subject is the next center). Issue 11, genre train series d and PolNeAR train."""
        lo, hi = subj.left_edge.idx, subj.idx + len(subj.text)
        if resolved:
            c = next((c for p, c in reversed(self.history) if lo <= p < hi), None)
            return c if c is not None and c.kind == "person" and any(m[1] <= lo for m in c.mentions) else None
        if not _not_a_person(subj, self.cands):
            if not (_S13_PRON_POSSESSOR and self._possessed_thing(subj)):
                return None
            # "Trump's brash style has …": only the possessor (session 13)
            names = [t for t in subj.children if t.dep_ == "poss" and t.pos_ == "PROPN"]
            return next((c for t in names if not self.cands._quoted(t.idx) for c in self.cands.clusters
                         if c.kind == "person" and any(s <= t.idx < e for s, e, _, _ in c.mentions)), None)
        names = [t for t in subj.children if t.dep_ == "poss" and t.pos_ == "PROPN"]
        names += [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        names += [s for v in subj.head.children if v.dep_ == "ccomp"
                  for s in v.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PROPN"]
        for t in names:
            if self.cands._quoted(t.idx):
                continue
            c = next((c for c in self.cands.clusters if c.kind == "person"
                      and any(s <= t.idx < e for s, e, _, _ in c.mentions)), None)
            if c is None:  # a surname the NER missed here ("Footage of Al-Awlaki"): one person's surname
                words = norm_tokens(self.doc[t.left_edge.i:t.i + 1].text)
                same = [c for c in self.cands.clusters if c.kind == "person" and len(c.tokens) > 1
                        and words and c.tokens[-len(words):] == words]
                c = same[0] if len(same) == 1 else None
            if c is not None:
                return c
        return None

    def _unclustered_prev(self, span, cls: str, prev: str | None) -> str | None:
        """The previous attribution's speaker ``prev`` for a he/she that continues it when ``prev``
        is a person with no candidate cluster, else ``None``.

        "Rahul Mehrotra of Stanmore Securities asked why the bank was paying …. *He* said the gap
        was …": the NER missed the name (a rule named the speaker), so neither the ranker nor the
        subject chain (:meth:`_subject_chain`, which walks clusters) can give it, and a he/she
        went to a person named in the clause after. Centering's continue transition (Grosz, Joshi
        & Weinstein 1995): only for a pronoun outside quotation marks that is the subject of its
        sentence's main verb (or of a verb coordinated with it), when the main verb of the last
        sentence before whose main verb stands outside quotation marks (at most three quoted ones
        skipped) has a subject inside ``prev``'s latest source, and ``prev`` (a person) has no
        cluster (:meth:`~.entities.EntityRegistry._cluster_for`). Session 13
        (:data:`_S13_PRON_NOCLUSTER`); genre train series m."""
        if not _S13_PRON_NOCLUSTER or cls not in ("pronoun_m", "pronoun_f") or prev is None \
                or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.cands._quoted(tok.idx):
            return None
        if tok.head.dep_ != "ROOT" and not (tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT"):
            return None
        ent = self.entities.get(prev)
        if ent is None or ent.kind != "person" or not ent.mentions or not ent.name:
            return None
        if self.key_cluster.get(prev) is not None or self._cluster_for(ent) is not None:
            return None
        sent = self._unquoted_sentence_before(tok.sent)
        if sent is None:
            return None
        subj = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.cands._quoted(subj.idx):
            return None
        s, e = max(ent.mentions, key=lambda m: m[1])
        return prev if s <= subj.idx < e and e <= tok.idx else None

    def _rebuttal_person(self, span, cls: str, para_start: int, pool) -> Cluster | None:
        """The person who rejects a claim at the end of the paragraph before a he/she's, or ``None``.

        "Lee said Veritas was also losing share to a larger rival, *a claim Menon rejected on the
        call*. ¶ “We haven't lost a single socket …,” *he* said": the rejecting person answers in
        the next paragraph (an adjacency pair, claim and rebuttal; the reply's speaker is the
        rejecter, not the claim's maker, who is the previous attribution's speaker). Only for a
        he/she outside quotation marks, when the paragraph before the pronoun's (blank lines
        between allowed) ends on ", a claim/charge/allegation … (that) NAME (has) rejected/denied/
        disputed/dismissed …." (:data:`_REBUTTAL`), NAME holds a person's mention outside
        quotation marks, that person is among the ranker's candidates (``pool``) and not of the
        other gender, and no other person is named outside quotation marks in the pronoun's
        paragraph before it. Session 13 (:data:`_S13_PRON_REBUTTAL`); genre train. Offsets are
        characters; O(paragraph + candidate mentions)."""
        if not _S13_PRON_REBUTTAL or cls not in ("pronoun_m", "pronoun_f") or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.cands._quoted(tok.idx) or para_start <= 0:
            return None
        end = para_start
        while end > 0 and self.text[end - 1] in "\n \t\r":
            end -= 1
        lo = self.text.rfind("\n", 0, end) + 1
        m = _REBUTTAL.search(self.text, lo, end)
        if m is None:
            return None
        a, b = m.span("who")
        want = "m" if cls == "pronoun_m" else "f"
        got = None
        for c in self.cands.clusters:
            if c.kind != "person":
                continue
            if any(a <= x[0] < b and not x[3] for x in c.mentions):
                got = c
            elif any(para_start <= x[0] < tok.idx and not x[3] for x in c.mentions):
                return None  # someone else named in the pronoun's paragraph first
        if got is None or (got.gender is not None and got.gender != want) or not any(x[0] is got for x in pool):
            return None
        return got

    def _answerer(self, span, cls: str, pool) -> Cluster | None:
        """The person asked in the sentence before a he/she that replies, or ``None``.

        "Mrs Adeyinka said driver shortages had caused most of the cancellations. The Conservative
        MP Felicity Dunmore-Hale asked *her* whether the company had paid bonuses. *She* replied that
        it had": the answer's speaker is the person asked, not the asker (a question and its answer
        form an adjacency pair, Schegloff & Sacks 1973), though the asker is the subject the
        subject chain (:meth:`_subject_chain`) would continue. Only for a he/she outside quotation
        marks that is the subject of its sentence's main verb, a verb of replying or saying
        (:data:`_REPLY_VERBS`), when the last sentence before whose main verb stands outside
        quotation marks (at most three quoted ones skipped) has as main verb "asked"/"pressed"/
        "questioned"/"quizzed"/"challenged" with a direct object that is a person's name (a
        candidate mention) or a he/she/him/her (then the latest attribution's speaker before that
        sentence who is a person of that gender and not the asker); the person must be among the
        ranker's candidates (``pool``), not of the other gender. Session 13 round 2
        (:data:`_S13_PRON2_ANSWERER`); genre train series o. O(sentence + candidate mentions)."""
        if not _S13_PRON2_ANSWERER or cls not in ("pronoun_m", "pronoun_f") or span is None or len(span) != 1:
            return None
        tok = span[0]
        # "He denied it, telling the court: “…”": the parser may hang the denial under the quotation
        deny = _S15_PRON_DENIAL and tok.head.lower_ in _DENY_LEMMAS and (tok.head.dep_ == "ROOT" or (
            tok.head.dep_ == "ccomp" and tok.head.head.dep_ == "ROOT" and tok.head.head.i > tok.head.i))
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.cands._quoted(tok.idx) \
                or tok.head.dep_ != "ROOT" and not deny or tok.head.lower_ not in _REPLY_VERBS and not deny:
            return None
        if deny:
            got = self._denied_by(tok, cls, pool)
            if got is not None or tok.head.lower_ not in _REPLY_VERBS or tok.head.dep_ != "ROOT":
                return got  # "Mrs X suggested that the watchman had been asleep. He denied it" (session 15)
        if _S15_PRON_INTERVIEW_ASK:
            got = self._interview_answerer(tok, cls, pool)
            if got is not None:
                return got  # "I ask whether she …. She considers it. ¶ “…,” she says" (session 15)
        sent = self._unquoted_sentence_before(tok.sent)
        if sent is None:
            return None
        root = sent.root
        top = root
        if _S15_PRON_ASKED_NOUN and root.lower_ not in _ASK_VERBS:
            # "X intervened to ask the witness whether …": the asking verb under the main verb (session 15)
            root = next((c for c in root.children if c.dep_ in ("xcomp", "advcl") and c.lower_ in _ASK_VERBS
                         and c.i > top.i), root)
        if root.lower_ not in ("asked", "pressed", "questioned", "quizzed", "challenged") \
                and not (_S15_PRON_ASKED_NOUN and root is not top):
            return None
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        if obj is None or self.cands._quoted(obj.idx):
            return None
        subj = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        asker = None if subj is None else next(
            (c for c in self.cands.clusters if any(s <= subj.idx < e for s, e, _, _ in c.mentions)), None)
        want = "m" if cls == "pronoun_m" else "f"
        if obj.lower_ in ("him", "her"):
            if (obj.lower_ == "him") != (want == "m"):
                return None
            got = next((c for p, c in reversed(self.history) if p < sent.start_char and c is not None
                        and c.kind == "person" and c is not asker and c.gender in (None, want)), None)
        elif obj.pos_ == "PROPN":
            got = next((c for c in self.cands.clusters if c.kind == "person"
                        and any(s <= obj.idx < e and not q for s, e, _, q in c.mentions)), None)
        elif _S15_PRON_ASKED_NOUN and obj.pos_ == "NOUN" and obj.tag_ == "NN" \
                and any(t.lower_ == "the" and t.dep_ == "det" for t in obj.lefts) and not _not_a_person(obj, self.cands):
            # "… asked the witness whether he had told the board. He said …": the person last heard
            # before that sentence who is not the asker, as for "asked him" (session 15)
            got = next((c for p, c in reversed(self.history) if p < sent.start_char and c is not None
                        and c.kind == "person" and c is not asker and c.gender in (None, want)), None)
        else:
            return None
        if got is None or got is asker or (got.gender is not None and got.gender != want) \
                or not any(x[0] is got for x in pool):
            return None
        return got

    def _denied_by(self, tok: Token, cls: str, pool) -> Cluster | None:
        """The person a denying he/she (``tok``, a spaCy ``Token``, main-clause subject of a verb of
        :data:`_DENY_LEMMAS` outside quotation marks, checked by :meth:`_answerer`) answers, or ``None``.

        The last narration sentence before (quoted ones skipped, :meth:`_unquoted_sentence_before`)
        must have as main verb one of :data:`_ACCUSE_LEMMAS`; the accused is, for the verbs of
        :data:`_ACCUSE_OBJ`, its direct object, else the subject of its reported clause (``ccomp``),
        outside quotation marks: a person's name (the candidate cluster holding it), a
        he/him/she/her of the pronoun's gender, or a definite singular common noun that names a
        person ("the watchman": not :func:`~.entities._not_a_person`, and a person noun or ending,
        :data:`_PERSON_NOUNS`, :data:`_PERSON_ENDS`); for the last two, the latest attribution's
        speaker before that sentence who is a person of the pronoun's gender, no body
        (:meth:`_body_not_person`), and not the accuser (the main subject's cluster or resolved source). The person must not be the
        accuser, be of that gender or of none known, and be among the ranker's candidates
        (``pool``). Session 15 round 3 (:data:`_S15_PRON_DENIAL`); genre train courts_q03 a9.
        O(sentence + candidate mentions)."""
        sent = self._unquoted_sentence_before(tok.sent)
        if sent is None:
            return None
        root = sent.root
        lemma = root.lower_
        if lemma not in _ACCUSE_LEMMAS:
            return None
        want = "m" if cls == "pronoun_m" else "f"
        if lemma in _ACCUSE_OBJ:
            obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        else:
            obj = None
        if obj is None:
            comp = next((c for c in root.children if c.dep_ == "ccomp"), None)
            obj = None if comp is None else next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if obj is None or self.cands._quoted(obj.idx):
            return None
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        asker = None
        if subj is not None:
            lo, hi = subj.left_edge.idx, subj.idx + len(subj.text)
            asker = next((c for p, c in reversed(self.history) if lo <= p < hi), None) or next(
                (c for c in self.cands.clusters if any(s <= subj.idx < e for s, e, _, _ in c.mentions)), None)
        low = obj.lower_
        if low in ("he", "him", "she", "her") or obj.pos_ == "NOUN" and obj.tag_ == "NN" and any(
                t.lower_ == "the" and t.dep_ == "det" for t in obj.lefts) and not _not_a_person(obj, self.cands) \
                and (low in _GENDERED_ROLES or low in OCCUPATIONS or low in _PERSON_NOUNS or low.endswith(_PERSON_ENDS)):
            if low in ("he", "him", "she", "her") and (low in ("he", "him")) != (want == "m"):
                return None
            got = next((c for p, c in reversed(self.history) if p < sent.start_char and c is not None
                        and c.kind == "person" and c is not asker and c.gender in (None, want)
                        and not self._body_not_person(c)), None)
        elif obj.pos_ == "PROPN":
            got = next((c for c in self.cands.clusters if c.kind == "person"
                        and any(s <= obj.idx < e and not q for s, e, _, q in c.mentions)), None)
        else:
            return None
        if got is None or got is asker or got.gender not in (None, want) or not any(x[0] is got for x in pool):
            return None
        return got

    def _interview_answerer(self, tok: Token, cls: str, pool) -> Cluster | None:
        """The interviewee a replying he/she (``tok``, a spaCy ``Token``, main-clause subject of a
        reply verb outside quotation marks, checked by :meth:`_answerer`) stands for, or ``None``.

        Walks back over at most three narration sentences (quoted ones skipped,
        :meth:`_unquoted_sentence_before`): one whose main subject is the same he/she ("She
        considers it", "She laughs") is passed; the first other one must have "I"/"we" as the
        subject of an asking verb (:data:`_ASK_FORMS`), present or past, and hold outside
        quotation marks a he/she/him/her of the pronoun's gender ("I ask whether *she* …", "I asked
        *him* if …"). The answer is then the person cluster of that gender (or of no known gender
        but mentioned at least twice and no body, :meth:`_body_not_person`; one of that gender
        first) with the most mentions before ``tok`` outside quotation marks, the interview's
        subject; it must be among the ranker's candidates (``pool``).
        Session 15 round 3 (:data:`_S15_PRON_INTERVIEW_ASK`); genre train entertainment_r01 a17.
        O(three sentences + candidate mentions)."""
        want = "m" if cls == "pronoun_m" else "f"
        forms = ("he", "him") if want == "m" else ("she", "her")
        sent = tok.sent
        for _ in range(3):
            sent = self._unquoted_sentence_before(sent)
            if sent is None:
                return None
            root = sent.root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ == forms[0]:
                continue
            if subj is None or subj.lower_ not in ("i", "we") or root.lower_ not in _ASK_FORMS:
                return None
            if not any(t.lower_ in forms and not self.cands._quoted(t.idx) for t in sent if t.i != subj.i):
                return None
            break
        else:
            return None
        best, most = None, (False, 0)
        for c in self.cands.clusters:
            if c.kind != "person" or c.gender not in (None, want) or not any(x[0] is c for x in pool):
                continue
            n = sum(1 for s, _, _, q in c.mentions if s < tok.idx and not q)
            if c.gender is None and n < 2 or self._body_not_person(c):
                continue  # "Blue Cedar", a label the NER tagged PERSON
            if (c.gender == want, n) > most:
                best, most = c, (c.gender == want, n)
        return best

    def _subject_org(self, span) -> Cluster | None:
        """The organisation cluster that is the main-clause subject of the sentence before the one
        of an "it"/"its …" source ``span``, or ``None``: "Greenvale Water was fined £2m on
        Tuesday. *Its filing* with the exchange said profits would fall" (the pronoun continues the
        previous subject, Grosz, Joshi & Weinstein 1995; a he/she-less "it" is no person). Only
        when the source stands outside quotation marks and opens its sentence's first clause (no
        noun before it), the sentence before's main verb and subject stand outside quotation marks,
        and an organisation mention (not a person's) holds the subject's head. Session 13
        (:data:`_S13_PRON_ITS_SUBJECT`). O(candidate mentions)."""
        if not _S13_PRON_ITS_SUBJECT or span is None or not len(span):
            return None
        tok = span[0]
        before = self._opening_sentence_before(tok)
        if before is None:
            return None
        if self.cands._quoted(before.root.idx):
            return None
        subj = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.cands._quoted(subj.idx):
            return None
        got = [c for c in self.cands.clusters if any(s <= subj.idx < e and not q for s, e, _, q in c.mentions)]
        return got[0] if len(got) == 1 and got[0].kind == "organization" else None

    def _it_subject_source(self, span, cls: str) -> str | None:
        """The organisation key of the source that is the main-clause subject of the sentence
        before an "It" source, or ``None``.

        "*The Madrid-based bank* said on Monday that its offer … represented a 34% premium to
        Castellane's closing price. *It* said the combination would …"; "*Public Health Scotland*
        said it had written to midwives …. *It* said symptoms could appear …": an "it" subject
        continues the previous utterance's subject (centering's continue transition, Grosz, Joshi &
        Weinstein 1995), which was itself resolved as a source; the ranker may take an organisation
        named later in that sentence. Only for a lone "it" (``cls`` ``pronoun_it``) that is a
        subject outside quotation marks and opens its sentence's first clause
        (:meth:`_opening_sentence_before`), when the sentence before's main verb and subject stand
        outside quotation marks and a source starting inside that subject (``self.entities``
        mentions, character offsets) was resolved to an organisation. Session 14
        (:data:`_S14_PRON_IT_SOURCE`). O(entities) for such an "It" only."""
        if not _S14_PRON_IT_SOURCE or cls != "pronoun_it" or span is None or len(span) != 1:
            return None
        tok = span[0]
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        before = self._opening_sentence_before(tok)
        if before is None or self.cands._quoted(before.root.idx):
            return None
        subj = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.cands._quoted(subj.idx):
            return None
        lo, hi = subj.left_edge.idx, subj.idx + len(subj.text)
        got = [k for k, ent in self.entities.items() if any(lo <= m[0] < hi for m in ent.mentions)]
        if len(got) != 1 or self.entities[got[0]].kind != "organization":
            return None
        return got[0]

    def _described_subject_org(self, span, prev: str | None) -> str | None:
        """The organisation key of the sentence before's subject when that subject is an
        organisation description ("*The bank*, Britain's fifth-largest lender, made …. Its
        statement blamed …") or a person's possessor that is one ("*The commission's* permanent
        secretary said …. Its latest assessment warned …"), resolved as an organisation description
        (:meth:`~.org_descriptions.OrgDescriptionRules._org_description`), or ``None``. The
        fallback of an "its …" source after :meth:`_subject_org` finds no organisation cluster;
        same conditions on the sentence before. Session 14 (:data:`~.organisations._S14_ORGQ_ITS`)."""
        from . import organisations as _orgs
        from .entities import DESC_KINDS, ORG_HEADS
        if not _orgs._S14_ORGQ_ITS or span is None or not len(span) or span[0].lower_ != "its":
            return None
        before = self._opening_sentence_before(span[0])
        if before is None or self.cands._quoted(before.root.idx):
            return None
        subj = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.cands._quoted(subj.idx):
            return None
        heads = [subj] + [t for t in subj.children if t.dep_ == "poss"]
        for h in heads:
            if h.lower_ not in DESC_KINDS and h.lower_ not in ORG_HEADS or not h.text.islower():
                continue
            if not any(c.lower_ == "the" for c in h.children if c.dep_ == "det"):
                continue
            sp = self.doc[h.left_edge.i:h.i + 1]
            key = self._org_description(sp, "org_desc", sp.start_char, prev)
            if key is not None and self.entities[key].kind == "organization":
                return key
        return None

    def _pair_subject(self, span, cls: str, pool) -> Cluster | None:
        """The first-named person of a coordinated subject that a "they" in the same sentence
        takes up, or ``None``.

        "Manny Gomez said …. *He and his partner* came to the events because *they* wanted to
        show …": the plural pronoun's antecedent is the coordination that is the subject of the
        clause it hangs under (a "they" agrees in number with a coordination, not with either
        conjunct), and a joint source is its first-named person (gold/speakers/README.md rule 6).
        Only for "they" outside quotation marks, when one of its verb's ancestors (the pronoun's
        own verb excluded) has a subject before the pronoun that has an "and" conjunct; the first
        conjunct is a person's mention outside quotation marks, or a "he"/"she" that the subject
        chain resolves (:meth:`_subject_chain`); the person must be among the ranker's candidates
        (``pool``). Session 13 (:data:`_S13_PRON_PAIR_SUBJECT`)."""
        tok = _they_subject(span, cls) if _S13_PRON_PAIR_SUBJECT else None
        if tok is None or self.cands._quoted(tok.idx):
            return None
        for verb in tok.head.ancestors:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
            if subj is None:
                continue
            if not any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children) \
                    or not any(c.dep_ == "conj" for c in subj.children) or self.cands._quoted(subj.idx):
                return None
            if subj.lower_ in ("he", "she"):
                c = self._subject_chain(self.doc[subj.i:subj.i + 1], "pronoun_m" if subj.lower_ == "he" else "pronoun_f",
                                        pool)
            else:
                c = next((c for c in self.cands.clusters if c.kind == "person"
                          and any(s <= subj.idx < e and not q for s, e, _, q in c.mentions)), None)
            return c if c is not None and any(x[0] is c for x in pool) else None
        return None

    def _plural_subject(self, span, cls: str) -> str | None:
        """The speaker key of the plural main-clause subject a "they" in the same sentence takes up,
        or ``None``.

        "*Both companies* said their boards had unanimously recommended the deal, which *they*
        expect to complete …": the pronoun agrees in number with the sentence's subject, a source
        the resolver already gave a body (or a person standing for a group), so it is that speaker
        (centering, the subject is the preferred center, Grosz, Joshi & Weinstein 1995), not a new
        unnamed group. Only for "they" outside quotation marks that is a subject, when its
        sentence's main verb (an ancestor of the pronoun's verb) stands outside quotation marks
        and has before the pronoun a plural common-noun subject (NNS) that holds the start of a
        source resolved to a person or an organisation (``entities``' mentions), and no other subject on the way up from the pronoun's verb is a plural
        noun without a possessive pronoun ("their boards" is the same group's). Session 13 round 2
        (:data:`_S13_PRON2_THEY_SUBJECT`); genre train. O(sentence depth + speakers' mentions)."""
        tok = _they_subject(span, cls) if _S13_PRON2_THEY_SUBJECT else None
        if tok is None or self.cands._quoted(tok.idx):
            return None
        for verb in tok.head.ancestors:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
            if verb.dep_ != "ROOT":
                if subj is not None and subj.tag_ in ("NNS", "NNPS") \
                        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
                    return None  # another plural subject nearer: its own antecedent
                continue
            if subj is None or subj.tag_ != "NNS" or subj.pos_ != "NOUN" or self.cands._quoted(subj.idx) \
                    or self.cands._quoted(verb.idx):
                return None
            lo, hi = subj.left_edge.idx, subj.idx + len(subj.text)
            return next((k for k, ent in self.entities.items() if ent.kind in ("person", "organization")
                         and any(lo <= m[0] < hi for m in ent.mentions)), None)
        return None

    @staticmethod
    def _possessed_thing(subj: Token) -> bool:
        """Whether the subject ``subj`` is a singular common noun (NN) with a proper-noun possessor
        that names no person by post, trade or kin ("Trump's *style*", "Clinton's *campaign*"; not
        "Trump's *lawyer*", "Smith's *wife*": :func:`~.nominals._person_noun`,
        :data:`_GENDERED_ROLES`) nor a group ("Clinton's *team*"). Session 13
        (:data:`_S13_PRON_POSSESSOR`); PolNeAR speaker train."""
        if subj.tag_ != "NN" or subj.pos_ != "NOUN" or subj.ent_type_:
            return False
        if not any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in subj.children):
            return False
        from .nominals import _person_noun
        low = subj.lower_
        return not (_person_noun(low) or low in _GENDERED_ROLES or low in _GROUP_NOUNS)

    def _named_after(self, start: int, want: str) -> Cluster | None:
        """The person of gender ``want`` whom the article names first shortly after a he/she
        that has no antecedent of that gender, or ``None``.

        "A woman who has accused former President Bill Clinton of rape said … *She* also
        described an interaction with Hillary Clinton … ¶ Juanita Broaddrick, who said …,
        recounted …" (West Journal, PolNeAR train): a pronoun whose referent the lead leaves
        unnamed until the next sentences (Halliday & Hasan 1976, ch. 2, on cataphora). Only the
        first person mentioned as a subject outside quotation marks at or after ``start`` (the end
        of the pronoun's sentence: a name in the pronoun's own clause is not its referent, binding
        principle C, "*She* also described an interaction with Hillary Clinton") and within
        :data:`_LATE_NAME_CHARS` characters of it, if that person is known to be of gender
        ``want``. Offsets are characters.
        """
        best = None
        for c in self.cands.clusters:
            if c.kind != "person" or not c.mentions:
                continue
            s0, _, subj, quoted = c.mentions[0]
            if not start <= s0 <= start + _LATE_NAME_CHARS or not subj or quoted:
                continue
            if best is None or s0 < best.mentions[0][0]:
                best = c
        return best if best is not None and best.gender == want else None


#: Session 16 (r2d; PolNeAR train wash-post 2015-12-12 "sources … such as *Fox News* and the Drudge
#: Report, which devoted attention …", usa-today 2015-12-16 "candidates such as *Marco Rubio* and
#: John Kasich, who show …"): a relative clause after named examples ("such as", "like",
#: "including" X and Y) stands for the examples, the first-named (rule 6 of
#: gold/speakers/README.md), whether the parser hangs it on the last example or on the noun the
#: examples illustrate (:func:`_first_example`). ``False``: the parser's antecedent.
_S16_R2D_SUCH_AS = True
#: Prepositions that open a list of examples, for :data:`_S16_R2D_SUCH_AS` ("such as" is "as"
#: with a "such" child, or a "such as" fixed pair).
_EXAMPLE_PREPS = frozenset({"as", "like", "including"})


def _first_example(root):
    """The first proper-noun example of the list a relative pronoun's antecedent ``root`` (a spaCy
    ``Token``) belongs to or introduces, or ``None`` (:data:`_S16_R2D_SUCH_AS`): ``root`` is a
    conjunct of such a list ("such as Fox News and *the Drudge Report*") or the noun right before
    it ("*candidates* such as Marco Rubio and John Kasich"), and the list has two or more proper
    nouns coordinated. Token indices only; O(list)."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is root:
        prep = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ in _EXAMPLE_PREPS
                     and (c.lower_ != "as" or c.i > 0 and c.doc[c.i - 1].lower_ == "such")), None)
        first = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if first is None:
            return None
    elif not (first.dep_ == "pobj" and first.head.lower_ in _EXAMPLE_PREPS):
        return None
    if first.pos_ != "PROPN" or not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in first.children):
        return None
    return first


def _seat_word(doc, obj) -> bool:
    """Whether token ``obj`` (the object of "for") opens a seat after a legislator's or councillor's
    title ("MP for *Wealdbridge*"): :data:`~.names._S17_X_SEAT_BEFORE` on the 60 characters before it,
    under :data:`~.names._S17_X_SEAT_NOT_PERSON` (session 17, task X)."""
    from . import names as _nm
    if not _nm._S17_X_SEAT_NOT_PERSON:
        return False
    text = doc.text
    # the seat's first capitalised word: "for Harleston and Kings Ripton" names "Kings Ripton" or "Ripton"
    i = obj.i
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ == "compound":
        i -= 1
    return _nm._S17_X_SEAT_BEFORE.search(text, max(0, doc[i].idx - 60), doc[i].idx) is not None


def relative_antecedent(doc, word: str, a: int, b: int, is_person=None) -> tuple[int, int]:
    """The character extent ``[start, end)`` that a relative pronoun ``word`` ("who", "that",
    "which", lower-cased) stands for, given the parser's antecedent ``[a, b)`` (the noun phrase its
    relative clause modifies, :func:`~saidwhat.pipeline.source.antecedent_of`); ``(a, b)`` itself
    when none of the shapes below applies.

    - An unnamed description in apposition to a name ("Democracy for America, *a digital activism
      outfit*, that said …"): the clause hangs under the appositive, which is the name's
      description; the speaker is the name the apposition describes (an apposition and its head
      corefer; gold/speakers/README.md rule 1, names before descriptions). Only when the
      appositive has no proper noun of its own.
    - a capitalised head followed by "for"/"of" and a capitalised proper noun ("*Democracy for
      America*, a … outfit, that"): the antecedent is the whole name, not its first word (not
      after a plural noun: "Supporters of Trump, who" are no name).
    - "who" after an organisation that an "of"/"at"/"from"/"with" phrase attaches to a person
      ("said Maya Rahman *of the group Green Delta*, who estimated …"): "who" refers to a person,
      not to the organisation, so the antecedent is the phrase's head, the person (the parser
      attaches the clause to the nearest noun). Only when that head is a proper noun tagged
      PERSON (or, under :data:`_S13_PRON2_WHO_FIRM`, one that ``is_person``, a callable from a
      character offset to whether a candidate person's mention holds it, says is a person: the
      NER typed "Tomasz Wieczorek of Berrow Securities" one organisation) and the organisation
      (or the noun its name stands in apposition to: "the group Green Delta") is no person.
    - "who" after an organisation that a "for"/"of"/"at"/"from"/"with" phrase attaches to an
      unnamed description in apposition to a person ("Dan Hollis, *a spokesman for Seaview
      Leisure*, who confirmed …"): the person the apposition describes (session 9 round 2,
      :data:`_S9_RUNS`; genre train series f).
    - "who" after an unnamed predicate noun of "be" ("Tom Hale is *a retired teacher* who says
      …", "X and his wife are newcomers, *naturalized citizens* who …"): a predicate noun
      describes its subject, so the antecedent is the subject, when it is a proper noun.
    """
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return a, b
    root = span.root
    head = None
    if _S16_R2D_SUCH_AS and word in ("who", "which", "that"):
        ex = _first_example(root)
        if ex is not None:
            s, e = np_extent(ex)
            return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    if root.dep_ == "appos" and root.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in span) \
            and root.head.text[:1].isupper() and root.head.pos_ in ("PROPN", "NOUN") and root.head.i < root.i:
        head = root.head
    else:
        obj = root
        while obj.dep_ == "appos" and obj.head.i < obj.i:
            obj = obj.head  # "of the Jakarta-based group Bumi Bersih": the group
        if word == "who" and obj.dep_ == "pobj" and obj.head.lower_ in _AFFILIATION_PREPS \
                and obj.ent_type_ != "PERSON" and obj.head.head.pos_ == "PROPN" \
                and (obj.head.head.ent_type_ == "PERSON" or (
                    _S13_PRON2_WHO_FIRM and is_person is not None and is_person(obj.head.head.idx)
                    and not is_person(obj.idx))):
            head = obj.head.head
        elif _S9_RUNS and word == "who" and obj.dep_ == "pobj" and obj.head.lower_ in _AFFILIATION_PREPS | {"for"} \
                and obj.ent_type_ != "PERSON" and obj.head.head.dep_ == "appos" and obj.head.head.pos_ == "NOUN" \
                and obj.head.head.head.pos_ == "PROPN" and obj.head.head.head.ent_type_ == "PERSON" \
                and obj.head.head.head.i < obj.head.head.i:
            # "Dan Hollis, a spokesman for Seaview Leisure, who confirmed …": the person the
            # apposition describes (session 9 round 2)
            head = obj.head.head.head
        elif word == "who" and obj.dep_ == "pobj" and obj.head.lower_ == "for" and obj.head.head.dep_ == "appos" \
                and obj.head.head.head.ent_type_ == "PERSON" and obj.head.head.head.i < obj.head.head.i \
                and _seat_word(doc, obj):
            # "Harriet X, the Tory MP for [Wealdbridge]/PERSON, who said …": the seat is a place, the
            # MP the person the apposition describes (session 17, task X; names._S17_X_SEAT_NOT_PERSON)
            head = obj.head.head.head
        elif word == "who" and obj.dep_ == "attr" and obj.head.lower_ in _BE_FORMS and not any(
                t.pos_ == "PROPN" for t in span):
            # "Tom Hale is a retired teacher who says": the subject the predicate noun describes
            head = next((c for c in obj.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < obj.i
                         and c.pos_ == "PROPN"), None)
    if head is None:
        if root.i != span[-1].i:
            return a, b
        start, e, end = a, root.i + 1, b
        head = root
    else:
        s, e = np_extent(head)
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    # "Democracy for America, … that": a capitalised head whose "for"/"of" phrase with a proper
    # noun goes on with the name (np_extent cuts every trailing prepositional phrase)
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")
                 and c.i == head.i + 1), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if head.text[:1].isupper() and head.tag_ != "NNS" and e == head.i + 1 and obj is not None \
            and obj.pos_ == "PROPN" and all(t.text[:1].isupper() for t in doc[head.i + 2:obj.i + 1] if not t.is_punct):
        end = obj.idx + len(obj.text)
    return start, end
