"""Group attributions of many articles that report one utterance into statements (issue 13).

Incremental and in memory (the corpus store persists what it needs, see
:mod:`saidwhat.corpus.statements`): each new appearance's content is cut into overlapping windows
of :attr:`StatementIndex.window` words; each window's word-bigram set gets a MinHash
(``datasketch``, Broder 1997) and goes into a MinHash LSH index. A new appearance's windows query
the index, so that a trimmed quote finds the longer one it was cut from (they share whole windows:
containment, which plain Jaccard over the whole quote would miss). Each candidate is then checked by
an alignment of the two word sequences (longest matching blocks): enough shared words, and a
containment (shared / shorter) above :attr:`StatementIndex.min_containment`. Speakers and dates
decide the rest: one speaker entity (or the same long words under another name, which is then a
``speaker-conflict`` or ``laundered`` variant), published within :attr:`StatementIndex.window_days`.
Two more kinds of evidence (see :class:`StatementIndex`): a short quoted fragment ("extremely
careless", below the window size) lying inside a fuller quote of the same speaker entity (or of an
organisation and its officer), guarded against phrases a speaker repeats; and attributions that
hang on one source mention ("Comey called it “…” but said …"), or one cue, or a quote
paragraph that continues another without a cue of its own; and, with a sentence encoder, an
indirect report whose embedding is close to a report of the same speaker (``paraphrase``).

Prior art: MemeTracker clusters quoted phrases by containment in a phrase graph (Leskovec et al.,
KDD 2009); Quotebank merges exact matches (Vaucher et al., WSDM 2021); passim aligns reused
passages after an n-gram index (Smith et al. 2014). Here the speaker entity and indirect reports
with shared words join in.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from datasketch import LeanMinHash, MinHash, MinHashLSH

from .drift import Drift, classify, words

#: Cosine at or above which an indirect report joins a report of the same speaker entity (both
#: embedded by :class:`saidwhat.model.sentence.SentenceEncoder`). Chosen on the odd-numbered half
#: of the statement gold's utterances and checked on the even half and the near misses
#: (BENCHMARKS.md, issue 13).
PARAPHRASE_THRESHOLD = 0.70

#: Cosine at or above which an indirect report joins the quote of the same speaker that follows it
#: in the same article (:meth:`StatementIndex._lead_in`).
LEAD_IN_THRESHOLD = 0.55


@dataclass
class Appearance:
    """One attribution of one article, as the statement index sees it.

    Attributes:
        key: a unique key (``"ARTICLE_ID:aN"``).
        text: the content's text (marks included).
        type: ``direct``, ``indirect`` or ``mixed``.
        speaker: the speaker's canonical name, or ``None``.
        speaker_kind: ``person``, ``organization``, ``anonymous``, ``unresolved`` or ``None``.
        outlet, published: where and when (``YYYY-MM-DD``) it appeared; ``None`` when unknown.
        speaker_role: the speaker's role or title as the article gives it ("FBI Director"), or
            ``None``; an organisation named in it is the person's affiliation (:func:`_affiliated`).
        source_key: the source mention it hangs on, unique in the corpus (``"ARTICLE_ID@START_CHAR"``
            of the source span), or ``None``: attributions of one source mention ("Comey called it
            “extremely careless” but said she should face no charges") report one occasion.
            A quote paragraph with no cue that continues the one before it (``“A,” he said.
            ¶ “B.”``) takes the source mention of the attribution it continues
            (:func:`occasion_keys`): PolNeAR makes the two one attribution, so the statement
            gold (rule 2) makes them one utterance.
        cue_key: the cue it hangs on (``"ARTICLE_ID#START_CHAR"`` of the cue span), or ``None``:
            two contents of one cue ("“extremely careless,” but said she should face no
            charges", cut in two by the extraction) report one occasion, as one source does.
    """

    key: str
    text: str
    type: str = "direct"
    speaker: str | None = None
    speaker_kind: str | None = None
    outlet: str | None = None
    published: str | None = None
    speaker_role: str | None = None
    source_key: str | None = None
    cue_key: str | None = None


def occasion_keys(article_id: str, items: list[tuple[str, int, int, int | None, int | None, str | None, str | None]]
                  ) -> dict[str, tuple[str | None, str | None]]:
    """The ``(source_key, cue_key)`` of each attribution of one article (see :class:`Appearance`).

    A continuation (``speaker_via == "continuation"``: a quote with no source and no cue that the
    pipeline gave the previous speaker, :mod:`saidwhat.pipeline.attribution`) takes the source
    key of the nearest attribution before it of the same speaker that has a source; PolNeAR
    annotates such a paragraph as part of that attribution (its Content spans both).

    Args:
        article_id: the article's id (the keys' prefix).
        items: the article's attributions as ``(attribution_id, content_start_char,
            content_end_char, source_start_char | None, cue_start_char | None, speaker_id | None,
            speaker_via | None)``, offsets in characters of the article's text.

    Returns:
        ``attribution_id -> (source_key, cue_key)``.
    """
    out: dict[str, tuple[str | None, str | None]] = {}
    for aid, start, end, src, cue, spk, via in items:
        skey = f"{article_id}@{src}" if src is not None else None
        if skey is None and cue is None and via == "continuation" and spk is not None:
            before = [it for it in items if it[2] <= start and it[3] is not None and it[5] == spk]
            if before:
                skey = f"{article_id}@{max(before, key=lambda it: it[2])[3]}"
        out[aid] = (skey, f"{article_id}#{cue}" if cue is not None else None)
    return out


def attribution_appearances(article_id: str, article, *, outlet: str | None = None, published: str | None = None
                            ) -> list[Appearance]:
    """The :class:`Appearance` of each attribution of an :class:`~saidwhat.types.Article`, with its
    speaker (name, kind, role), source, cue and continuation keys (:func:`occasion_keys`).

    Args:
        article_id: the key prefix (``"ARTICLE_ID"``; keys are ``"ARTICLE_ID:aN"``).
        article: the extracted article.
        outlet, published: where and when it appeared (``YYYY-MM-DD``), or ``None``.
    """
    atts = list(article.attributions)
    keys = occasion_keys(article_id, [(a.id, a.content.start_char, a.content.end_char,
                                       a.source.start_char if a.source else None, a.cue.start_char if a.cue else None,
                                       a.speaker_id, a.speaker_via) for a in atts])
    out = []
    for a in atts:
        sp = article.speaker(a.speaker_id)
        skey, ckey = keys[a.id]
        out.append(Appearance(f"{article_id}:{a.id}", content_text(a), a.type, sp.name if sp else None,
                              sp.kind if sp else None, outlet, published, speaker_role=sp.role if sp else None,
                              source_key=skey, cue_key=ckey))
    return out


@dataclass
class Statement:
    """One utterance and every appearance that reports it."""

    id: int
    members: list[Appearance] = field(default_factory=list)

    @property
    def canonical(self) -> Appearance:
        """The earliest full form: earliest date (unknown dates last), then direct before
        indirect, then the longest."""
        return min(self.members, key=lambda m: (m.published or "9999", m.type != "direct", -len(words(m.text))))

    def drift(self, m: Appearance) -> Drift:
        c = self.canonical
        return classify(c.text, m.text, variant_type=m.type, canonical_speaker=c.speaker, variant_speaker=m.speaker,
                        same_speaker=_same_speaker(c, m))

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.members if m.outlet})


def content_text(attribution) -> str:
    """An attribution's content as the statement index compares it: its pieces' texts joined by a
    space (a split quote without the cue between its pieces: "“A,” he said. “B.”" → "“A,” “B.”")."""
    pieces = attribution.content.pieces or (attribution.content,)
    return " ".join(p.text for p in pieces)


def _norm_name(name: str | None) -> str | None:
    if not name:
        return None
    return " ".join(name.lower().replace("’", "'").split())


def _same_speaker(a: Appearance, b: Appearance) -> bool | None:
    na, nb = _norm_name(a.speaker), _norm_name(b.speaker)
    if na is None or nb is None:
        return None  # an unresolved speaker is no evidence of another one
    if na == nb:
        return True
    ta, tb = na.split(), nb.split()
    return ta[-1] == tb[-1] and (len(ta) == 1 or len(tb) == 1 or ta[0] == tb[0])


def _affiliated(a: Appearance, b: Appearance) -> bool:
    """Whether one is an organisation named in the other's role: "The FBI" and James Comey, "FBI
    Director" (an institution credited for its officer's words, which the statement gold keeps as
    members on purpose, ``gold/statements/README.md``)."""
    for org, person in ((a, b), (b, a)):
        if org.speaker_kind == "organization" and person.speaker_kind == "person" and org.speaker and person.speaker_role:
            name = _norm_name(org.speaker) or ""
            role = f" {_norm_name(person.speaker_role)} "
            if len(name) >= 2 and f" {name} " in role:
                return True
    return False


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) if a and b else None
    except ValueError:
        return None


#: Function words that do not make a quoted fragment distinctive ("the founder", "that person").
_STOP = frozenset("""a an the and or but nor so yet of to in on at by for with from as into onto over under about
than then that this these those it its it's is are was were be been being am do does did done have has had having
i me my we us our you your he him his she her they them their there here what which who whom whose when where why
how not no yes very just also too all any some one more most much many such if up out off own same can could will
would shall should may might must s t ll re ve d m""".split())

_QUOTE_RUN = re.compile(r"“([^”]*)”|\"([^\"]*)\"|''(.*?)''|«([^»]*)»|(?<!\w)‘([^’]*(?:’\w[^’]*)*)’(?!\w)")


def quoted_runs(text: str) -> list[list[str]]:
    """The words of each passage inside quotation marks (curly, straight, doubled single ``''``,
    guillemets, curly single), in order, as :func:`~saidwhat.statements.drift.words` reads them;
    empty passages left out.

    Args:
        text: a content's text (marks included).
    """
    out = []
    for m in _QUOTE_RUN.finditer(text):
        ws = _plain(words("".join(g for g in m.groups() if g)))
        if ws:
            out.append(ws)
    return out


def _plain(ws: list[str]) -> list[str]:
    """Words with the possessive cut and apostrophes straightened ("ISIS’s" and "ISIS’" → "isis"),
    as fragments are compared."""
    out = []
    for w in ws:
        w = w.replace("’", "'")
        out.append(w[:-2] if w.endswith("'s") and len(w) > 2 else w)
    return out


def _content_words(ws: list[str]) -> set[str]:
    """Words that are not function words, a final "s" cut ("charges" = "charge")."""
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in _plain(ws) if w not in _STOP and len(w) > 2}


def _speaker_tokens(app: Appearance) -> set[str]:
    """Tokens that find the appearances a paraphrase of ``app`` may join: the last word of its
    speaker's name; an organisation's every name word and a person's role words (an
    organisation and its officer, :func:`_affiliated`)."""
    name = _norm_name(app.speaker)
    if name is None:
        return set()
    toks = {"n:" + name.split()[-1]}
    if app.speaker_kind == "organization":
        toks |= {"o:" + w for w in name.split() if w not in _STOP}
    elif app.speaker_role:
        toks |= {"o:" + w for w in (_norm_name(app.speaker_role) or "").split() if w not in _STOP}
    return toks


_MARKS = re.compile(r"[“”\"‘’«»]|''")


def _unquoted(text: str) -> str:
    """``text`` without quotation marks (what the sentence encoder reads: the words, not the
    quoting)."""
    return " ".join(_MARKS.sub(" ", text).split())


def _contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1)) if n else False


def _cut_run(a: list[str], b: list[str]) -> list[str]:
    """The longest run of words ``a`` and ``b`` share when the two can be cuts of one text: on each
    side the run reaches an end of one of them (``[x y S]`` and ``[S z]``, or one inside the
    other); ``[]`` when it does not (``[x S y]`` and ``[w S z]``: one phrase in two different
    passages, a phrase the speaker repeats)."""
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    i, j, k = sm.find_longest_match(0, len(a), 0, len(b))
    if k and (i == 0 or j == 0) and (i + k == len(a) or j + k == len(b)):
        return a[i:i + k]
    return []


def _neighbour(key: str, step: int) -> str | None:
    """The key of the attribution ``step`` places after ``key`` in its article (``"ART:a7"``, 1 ->
    ``"ART:a8"``), or ``None`` when the key does not end in ``aN``."""
    art, _, aid = key.rpartition(":")
    m = re.fullmatch(r"a(\d+)", aid)
    return f"{art}:a{int(m.group(1)) + step}" if art and m else None


def _common_run(a: list[str], b: list[str]) -> int:
    """Length of the longest contiguous word sequence ``a`` and ``b`` share."""
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return sm.find_longest_match(0, len(a), 0, len(b)).size


class StatementIndex:
    """Statements of a growing set of appearances; :meth:`add` places one appearance.

    Five kinds of evidence join two appearances (``gold/statements/README.md`` defines the unit:
    one stretch of one speaker's words on one occasion, stretches joined when a report holds them
    together):

    1. **Content**: their words align (:meth:`_accept`): enough shared words, a containment (shared /
       shorter) of at least ``min_containment``, one speaker entity or else the same words almost
       whole (``conflict_containment``: a ``speaker-conflict``/``laundered`` variant), within
       ``window_days``.
    2. **A quoted fragment** (:meth:`_fragment`): every quoted passage of one (each of at least
       ``min_fragment`` words, one of them not a function word) lies word for word inside the
       other's content, and the speakers are one entity or an organisation and its officer
       ("The FBI" / "FBI Director James Comey"), within ``window_days``: a trimmed partial quote
       ("extremely careless") of a fuller report. Weaker than content: a fragment that fits two
       different quotes joins neither (a phrase the speaker repeats), nor does one that fits
       statements through different fragments; it does not join a statement holding a quote that
       shares the fragment's words inside a different longer passage (:meth:`_clash`: one phrase
       in two different quotes, again a repeated phrase) (:meth:`_weak`). When one side's speaker
       is unresolved or anonymous (no evidence of another speaker, as for content), its every
       fragment must have at least ``unresolved_fragment`` words ("the Democratic front-runner
       had said … that he was ''becoming ISIS' best recruiter''", its speaker left unresolved).
    3. **One source mention or cue**: attributions hanging on the same source mention
       (:attr:`Appearance.source_key`: "X called it “…” but said …", and a cue-less quote
       paragraph continuing one, :func:`occasion_keys`) or on the same cue
       (:attr:`Appearance.cue_key`) report one occasion and join.
    4. **A paraphrase** (:meth:`_paraphrase`, only with an ``encoder``): one of the two is an
       ``indirect`` report, both have at least ``paraphrase_min_words`` words and share a word
       that is not a function word, one speaker entity (or an organisation and its officer), in
       the window, one of the two statements already holds two reports or more, and the cosine of
       their sentence embeddings (quotation marks taken out) is at least ``paraphrase_threshold``.
       The new appearance's statement joins the statement of its closest such report (one
       statement, never several). Two lone reports never join by paraphrase alone: on PolNeAR
       that rule left the gold scores as they were and cut the links made 64 -> 18, most of the
       cut ones the same topic on two occasions (BENCHMARKS.md, issue 13). Only appearances that pass every
       other test are embedded (lazily, once each). The indirect member's drift is
       ``paraphrase`` (:func:`~saidwhat.statements.drift.classify`).
    5. **A lead-in** (:meth:`_lead_in`, only with an ``encoder``): an ``indirect`` report and
       the ``direct``/``mixed`` report that follows it in the same article (consecutive
       attribution ids: "Clinton claimed that ISIS has used Trump in its recruitment efforts."
       ¶ "“He is becoming ISIS's best recruiter,” she said."; a headline and the body's quote),
       one speaker entity, the indirect one still a statement of its own, a shared word that is
       not a function word and a cosine of at least ``lead_in_threshold``, lower than a
       paraphrase's across articles: one article reporting one occasion twice, the second time in
       the speaker's words. Listed in :attr:`lead_in_links`.

    Besides fragments (2), two passages quoted by one speaker entity that overlap as two cuts of
    one text by at least ``overlap_run`` words (:meth:`_overlap`), published at most
    ``overlap_days`` apart, join under the same guards; such an overlap is no clash.

    Args:
        num_perm: MinHash permutations per window.
        window, step: window length and stride, in words.
        lsh_threshold: Jaccard threshold of the LSH index (windows' bigram sets).
        min_words: contents shorter than this (in words) never join another appearance by content
            (fragments and source mentions still may).
        min_shared: the least number of words an alignment must share.
        min_containment: shared words over the shorter content's words.
        conflict_containment: the containment above which the same words under another speaker
            still join (as a ``speaker-conflict``/``laundered`` variant).
        window_days: the most days between two appearances of one statement (when both dated).
        min_fragment: the fewest words of a quoted fragment; ``0`` turns fragment evidence off.
        unresolved_fragment: the fewest words of each fragment that joins when one of the two
            speakers is unresolved (``None``); ``0``: such fragments never join. 3 and 4 gave the
            same statement-gold scores (R 0.831 -> 0.869, no near miss merged; BENCHMARKS.md,
            issue 13, round 3); 4, the stricter, is the default.
        link_sources: join attributions of one source mention.
        merge: a new appearance that joins several statements by content or source mention merges
            them (transitivity: a fuller report holding two parts of one utterance that others
            quoted apart).
        encoder: an object with ``encode(texts) -> (n, d) array of unit rows``
            (:class:`saidwhat.model.sentence.SentenceEncoder`); ``"auto"`` loads the shipped one
            on first use (:func:`saidwhat.model.sentence.load_encoder`; none when its file or
            ``onnxruntime`` is missing); ``None``: no paraphrase links.
        paraphrase_threshold: the least cosine of a paraphrase link.
        paraphrase_min_words: the fewest words of either side of a paraphrase link.
        lead_in_threshold: the least cosine of a lead-in link (5); ``0``: none. 0.55 and 0.60 gave
            the same statement-gold scores (the two gold links: 0.613, 0.616); 0.55 made 8 more
            links outside the gold, all read as right (BENCHMARKS.md, issue 13, round 4).
        overlap_run: the fewest words of an overlap of two cuts; ``0``: overlaps are no evidence.
        overlap_days: the most days between two reports joined by an overlap (when both dated):
            a line a speaker repeats recurs over weeks ("the great Trojan horse of all time", a
            statement-gold near miss 33 days apart), one utterance's reports come within days.
        overlap_content: the fewest words of an overlap that are not function words.
    """

    def __init__(self, *, num_perm: int = 64, window: int = 8, step: int = 3, lsh_threshold: float = 0.5,
                 min_words: int = 5, min_shared: int = 5, min_containment: float = 0.7,
                 conflict_containment: float = 0.9, window_days: int = 120,
                 min_fragment: int = 2, link_sources: bool = True, merge: bool = True,
                 encoder: Any = "auto", paraphrase_threshold: float = PARAPHRASE_THRESHOLD,
                 paraphrase_min_words: int = 5, unresolved_fragment: int = 4,
                 lead_in_threshold: float = LEAD_IN_THRESHOLD, overlap_run: int = 4, overlap_days: int = 7,
                 overlap_content: int = 1) -> None:
        self.num_perm, self.window, self.step = num_perm, window, step
        self.min_words, self.min_shared = min_words, min_shared
        self.min_containment, self.conflict_containment = min_containment, conflict_containment
        self.window_days = window_days
        self.min_fragment, self.link_sources = min_fragment, link_sources
        self.unresolved_fragment = unresolved_fragment
        self.lead_in_threshold = lead_in_threshold
        self.overlap_run, self.overlap_days, self.overlap_content = overlap_run, overlap_days, overlap_content
        self.lsh = MinHashLSH(threshold=lsh_threshold, num_perm=num_perm)
        self.statements: dict[int, Statement] = {}
        self.of: dict[str, int] = {}
        self.apps: dict[str, Appearance] = {}
        self._words: dict[str, list[str]] = {}
        #: hash of a word pair -> keys of the appearances that quote it (:meth:`_register`)
        self._phrases: dict[int, set[str]] = defaultdict(set)
        #: hash of the first word pair of an appearance's fragment (:meth:`_fragment_runs`) -> keys
        self._heads: dict[int, set[str]] = defaultdict(set)
        #: the MinHash permutations and hashing scheme of seed 13 (:meth:`windows`), drawn once
        self._perm: tuple[Any, Any] | None = None
        #: ``(key, text, type)`` -> :meth:`_quotes` (read for every candidate pair: computed once)
        self._quote_runs: dict[tuple[str, str, str], list[list[str]]] = {}
        #: source mention -> keys of its appearances
        self._sources: dict[str, list[str]] = defaultdict(list)
        self.merge = merge
        #: ``(from, into)`` statement ids merged by later appearances (a store re-points members)
        self.merged: list[tuple[int, int]] = []
        self._last_id = 0
        self.encoder = encoder
        self.paraphrase_threshold, self.paraphrase_min_words = paraphrase_threshold, paraphrase_min_words
        #: speaker token (:func:`_speaker_tokens`) -> keys of appearances a paraphrase may join
        self._by_speaker: dict[str, list[str]] = defaultdict(list)
        #: content text (marks taken out) -> sentence embedding (computed on first need)
        self._vectors: dict[str, Any] = {}
        #: ``(key, other key, cosine)`` of each paraphrase link made
        self.paraphrase_links: list[tuple[str, str, float]] = []
        #: ``(indirect key, quote key, cosine)`` of each lead-in link made (:meth:`_lead_in`)
        self.lead_in_links: list[tuple[str, str, float]] = []

    # -- windows ---------------------------------------------------------------------------
    def windows(self, ws: list[str]) -> list[LeanMinHash]:
        """One MinHash per window of ``ws`` (word bigrams; a short content is one window)."""
        n, w = len(ws), self.window
        starts = list(range(0, max(n - w, 0) + 1, self.step))
        if n > w and starts[-1] != n - w:
            starts.append(n - w)
        out = []
        if self._perm is None:  # datasketch draws the permutations again for every MinHash made
            proto = MinHash(num_perm=self.num_perm, seed=13)
            self._perm = (proto.permutations, proto.scheme)
        for s in starts:
            part = ws[s:s + w]
            grams = {f"{a} {b}".encode() for a, b in zip(part, part[1:])} or {part[0].encode()}
            mh = MinHash(num_perm=self.num_perm, seed=13, permutations=self._perm[0], scheme=self._perm[1])
            mh.update_batch(list(grams))
            out.append(LeanMinHash(mh))
        return out

    # -- fragments ---------------------------------------------------------------------------
    def _quotes(self, app: Appearance) -> list[list[str]]:
        """What ``app`` quotes: its quoted runs (:func:`quoted_runs`), or all its words when it is a
        ``direct`` content without marks; ``[]`` for an unquoted indirect report."""
        ck = (app.key, app.text, app.type)
        runs = self._quote_runs.get(ck)
        if runs is None:
            runs = quoted_runs(app.text)
            if not runs and app.type == "direct":
                ws = _plain(self._words[app.key])
                runs = [ws] if ws else []
            self._quote_runs[ck] = runs
        return runs

    def _fragment_runs(self, app: Appearance) -> list[list[str]]:
        """``app``'s quoted runs when they can serve as a fragment: each of at least
        ``min_fragment`` words, one of them not a function word (else ``[]``: a fragment side must
        be wholly distinctive)."""
        if not self.min_fragment:
            return []
        runs = self._quotes(app)
        ok = all(len(r) >= self.min_fragment and any(w not in _STOP for w in r) for r in runs)
        return runs if runs and ok else []

    def _register(self, app: Appearance) -> None:
        """Index the word pairs of what ``app`` quotes (candidates for a fragment are looked up by
        its first two words) and its source mention."""
        for r in self._quotes(app):
            for a, b in zip(r, r[1:]):
                self._phrases[hash((a, b))].add(app.key)
        frag = self._fragment_runs(app)
        if frag and len(frag[0]) >= 2:
            self._heads[hash((frag[0][0], frag[0][1]))].add(app.key)
        for k in (app.source_key, app.cue_key):
            if k:
                self._sources[k].append(app.key)
        if self._paraphrasable(app):
            for t in _speaker_tokens(app):
                self._by_speaker[t].append(app.key)

    def _fragment(self, a: Appearance, fa: list[list[str]], b: Appearance) -> bool:
        """Whether ``a``'s quoted fragments ``fa`` each lie word for word inside one passage that
        ``b`` quotes, with one speaker entity (or an organisation and its officer) and dates within
        the window."""
        if not fa or a.key == b.key:
            return False
        same = _same_speaker(a, b)
        if same is None and self.unresolved_fragment:
            # an unresolved speaker is no evidence of another: a longer fragment still joins
            if any(len(r) < self.unresolved_fragment for r in fa):
                return False
        elif not (same is True or _affiliated(a, b)):
            return False
        days = _days(a.published, b.published)
        if days is not None and days > self.window_days:
            return False
        qb = self._quotes(b)
        return all(any(_contains(q, r) for q in qb) for r in fa)

    def _overlap(self, a: Appearance, b: Appearance) -> tuple[str, ...]:
        """The run of words by which a passage ``a`` quotes and a passage ``b`` quotes overlap as
        two cuts of one text (:func:`_cut_run`: at least ``overlap_run`` words, ``overlap_content``
        of them not function words), with one speaker entity (or an organisation and its officer),
        published at most ``overlap_days`` apart; ``()`` when none. Unlike a fragment
        (:meth:`_fragment`), one such passage is enough: "to fight “Black Lives Matter” violence
        … and to counter “Hillary Clinton's anti-firearm rhetoric”" and a fuller quote that holds
        the second passage only."""
        if not self.overlap_run or a.key == b.key or not (_same_speaker(a, b) is True or _affiliated(a, b)):
            return ()
        days = _days(a.published, b.published)
        if days is not None and days > self.overlap_days:
            return ()
        for q in self._quotes(a):
            for r in self._quotes(b):
                run = _cut_run(q, r)
                if len(run) >= self.overlap_run and sum(w not in _STOP for w in run) >= self.overlap_content:
                    return tuple(run)
        return ()

    def _clash(self, app: Appearance, st: Statement) -> bool:
        """Whether a member of ``st`` quotes a passage that shares a phrase with a passage ``app``
        quotes while both go on for more words and neither holds the other: one phrase inside two
        different longer quotes is a phrase the speaker repeats, not evidence of one utterance."""
        mine = self._quotes(app)
        for m in st.members:
            for r in self._quotes(m):
                for q in mine:
                    k = _common_run(q, r)
                    if k >= self.min_fragment and len(q) >= k + 3 and len(r) >= k + 3 \
                            and not _contains(r, q) and not _contains(q, r) \
                            and not (self.overlap_run and len(_cut_run(q, r)) >= self.overlap_run):
                        return True
        return False

    # -- placing one appearance ----------------------------------------------------------------
    def add(self, app: Appearance, signatures: list[LeanMinHash] | None = None) -> int:
        """Place ``app`` in a statement (an existing one or a new one) and index it.

        Args:
            app: the appearance (its ``key`` must be new).
            signatures: its window MinHashes when already computed (a store rebuilding the index).

        Returns:
            The statement id.
        """
        ws = words(app.text)
        self._words[app.key] = ws
        self.apps[app.key] = app
        sigs = signatures if signatures is not None else (self.windows(ws) if ws else [])
        joined: dict[int, int] = {}  # statement id -> most shared words with one of its members
        if len(ws) >= self.min_words:
            seen: set[str] = set()
            for sig in sigs:
                for hit in self.lsh.query(sig):
                    key = hit.rsplit("#", 1)[0]
                    if key in seen or key == app.key:
                        continue
                    seen.add(key)
                    shared = self._accept(app, ws, self.apps[key], self._words[key])
                    if shared:
                        sid_ = self.of[key]
                        joined[sid_] = max(joined.get(sid_, 0), shared)
        if self.link_sources:
            for k in (app.source_key, app.cue_key):
                for key in self._sources.get(k, ()) if k else ():
                    if key in self.of:
                        sid_ = self.of[key]
                        joined[sid_] = max(joined.get(sid_, 0), 1)
        if self.min_fragment:
            for sid_ in self._weak(app, ws):
                joined.setdefault(sid_, 1)
        if not joined:
            sid = self._next_id()
            self.statements[sid] = Statement(sid)
        else:
            # the statement it shares most with; a fuller report that holds two parts of one
            # utterance reported apart ("A …" in one article, "… B" in another) joins them
            sid = max(joined, key=lambda k: (joined[k], -k))
            if self.merge:
                for other in sorted(joined):
                    if other != sid:
                        self._merge(other, into=sid)
        self.statements[sid].members.append(app)
        self.of[app.key] = sid
        link = self._paraphrase(app)
        if link is not None:
            other, cos = link
            into = self.of[other]
            if self.merge or len(self.statements[sid].members) == 1:
                self._merge(sid, into=into)
                sid = into
                self.paraphrase_links.append((app.key, other, cos))
        lead = self._lead_in(app)
        if lead is not None:
            first, quote, cos = lead
            if self.of[first] != self.of[quote]:
                self._merge(self.of[first], into=self.of[quote])
                sid = self.of[app.key]
                self.lead_in_links.append((first, quote, cos))
        self._register(app)
        for i, sig in enumerate(sigs):
            self.lsh.insert(f"{app.key}#{i}", sig, check_duplication=False)
        return sid

    # -- paraphrases ---------------------------------------------------------------------------
    def _paraphrasable(self, app: Appearance) -> bool:
        """Whether ``app`` may take part in a paraphrase link: an encoder is set, a resolved
        speaker, enough words."""
        return (self.encoder is not None and _norm_name(app.speaker) is not None
                and len(self._words.get(app.key) or words(app.text)) >= self.paraphrase_min_words)

    def _vector(self, key: str) -> Any:
        """The embedding of ``key``'s content, computed once per distinct text."""
        text = _unquoted(self.apps[key].text)
        v = self._vectors.get(text)
        if v is None:
            v = self._vectors[text] = self._encoder().encode([text])[0]
        return v

    def _encoder(self) -> Any:
        if isinstance(self.encoder, str):
            from ..model.sentence import load_encoder

            self.encoder = load_encoder()
        return self.encoder

    def _paraphrase(self, app: Appearance) -> tuple[str, float] | None:
        """The closest report ``app`` joins as a paraphrase (see the class docstring), as
        ``(its key, cosine)``, or ``None``."""
        if not self._paraphrasable(app) or self._encoder() is None:
            return None
        mine = _content_words(self._words[app.key])
        own = self.of[app.key]
        cands: set[str] = set()
        for t in _speaker_tokens(app):
            cands.update(self._by_speaker.get(t, ()))
        best: tuple[float, str] | None = None
        alone = len(self.statements[own].members) < 2
        for key in sorted(cands):
            b = self.apps[key]
            if key == app.key or self.of.get(key, own) == own or "indirect" not in (app.type, b.type):
                continue
            if alone and len(self.statements[self.of[key]].members) < 2:
                continue  # two lone reports: topic, not yet evidence of one utterance
            if not (_same_speaker(app, b) is True or _affiliated(app, b)):
                continue
            days = _days(app.published, b.published)
            if days is not None and days > self.window_days:
                continue
            if not mine & _content_words(self._words[key]):
                continue
            cos = float(self._vector(app.key) @ self._vector(key))
            if cos >= self.paraphrase_threshold and (best is None or cos > best[0]):
                best = (cos, key)
        return (best[1], best[0]) if best else None

    def _lead_in(self, app: Appearance) -> tuple[str, str, float] | None:
        """An indirect report and the quote that follows it in one article (``"Clinton claimed
        that … ." ¶ "“…,” she said."``): ``(indirect key, quote key, cosine)`` when ``app`` is one of
        the two, the other is already placed, the attribution ids are consecutive, one speaker
        entity, the indirect report still a statement of its own with at least
        ``paraphrase_min_words`` words, a word that is not a function word shared, and the cosine of
        their embeddings at least ``lead_in_threshold``; else ``None``."""
        if not self.lead_in_threshold or self.encoder is None:
            return None
        pair = None
        if app.type == "indirect":
            nxt = _neighbour(app.key, 1)
            pair = (app.key, nxt) if nxt in self.apps else None
        elif app.type in ("direct", "mixed"):
            prev = _neighbour(app.key, -1)
            pair = (prev, app.key) if prev in self.apps else None
        if pair is None:
            return None
        ind, quote = self.apps[pair[0]], self.apps[pair[1]]
        if ind.type != "indirect" or quote.type not in ("direct", "mixed") or _same_speaker(ind, quote) is not True:
            return None
        if len(self.statements[self.of[ind.key]].members) != 1 or self.of[ind.key] == self.of[quote.key]:
            return None
        if len(self._words[ind.key]) < self.paraphrase_min_words:
            return None
        if not _content_words(self._words[ind.key]) & _content_words(self._words[quote.key]):
            return None
        if self._encoder() is None:
            return None
        cos = float(self._vector(ind.key) @ self._vector(quote.key))
        return (ind.key, quote.key, cos) if cos >= self.lead_in_threshold else None

    def _weak(self, app: Appearance, ws: list[str]) -> set[int]:
        """Statements ``app`` joins by a quoted fragment alone (see the class docstring): it is a
        fragment of what a member quotes, or a member is a fragment of what it quotes. Several
        statements are returned only when one and the same fragment links them all and none of
        them clashes with another (:meth:`_clash`): reports of one short quote that an earlier
        order left apart; otherwise (a fragment of two different quotes, two fragments of one
        report in two statements) none."""
        mine = self._fragment_runs(app)
        cands: set[str] = set()
        # Candidates, a superset of the matches, looked up so that a common word pair ("of the")
        # does not make every report a candidate of every other (the cost grew with the square of
        # the corpus: 25x the time for 10x the attributions in bench_track.py):
        # 1. app's fragments inside what a member quotes: the member quotes every word pair of them;
        pairs = {hash((a, b)) for r in mine for a, b in zip(r, r[1:])}
        if mine and all(len(r) >= 2 for r in mine):
            inside: set[str] | None = None
            for h in sorted(pairs, key=lambda h: len(self._phrases.get(h, ()))):
                inside = set(self._phrases.get(h, ())) if inside is None else inside & self._phrases.get(h, set())
                if not inside:
                    break
            cands |= inside or set()
        else:
            for h in pairs:
                cands |= self._phrases.get(h, set())
        # 2. a member's fragment inside what app quotes: its first word pair is one of app's.
        for r in self._quotes(app):
            for a, b in zip(r, r[1:]):
                cands |= self._heads.get(hash((a, b)), set())
        # 3. a passage overlapping one of app's by overlap_run words (:meth:`_overlap`): it quotes
        #    every word pair of some overlap_run-word stretch of app's passages.
        k = self.overlap_run
        for r in self._quotes(app) if k else ():
            for s in range(0, len(r) - k + 1):
                common: set[str] | None = None
                for h in sorted({hash(p) for p in zip(r[s:s + k], r[s + 1:s + k])},
                                key=lambda h: len(self._phrases.get(h, ()))):
                    common = set(self._phrases.get(h, ())) if common is None else common & self._phrases.get(h, set())
                    if not common:
                        break
                cands |= common or set()
        found: dict[int, set[tuple]] = defaultdict(set)
        for key in sorted(cands):
            if key == app.key or key not in self.of:
                continue
            other = self.apps[key]
            theirs = self._fragment_runs(other)
            if self._fragment(app, mine, other):
                found[self.of[key]].add(tuple(map(tuple, mine)))
            elif self._fragment(other, theirs, app):
                found[self.of[key]].add(tuple(map(tuple, theirs)))
            elif run := self._overlap(app, other):
                found[self.of[key]].add((run,))
        ok = {sid for sid in found if not self._clash(app, self.statements[sid])}
        if len(ok) <= 1:
            return ok
        phrases = set().union(*(found[sid] for sid in ok))
        sts = sorted(ok)
        if len(phrases) == 1 and not any(self._clash(m, self.statements[t]) for i, sid in enumerate(sts)
                                         for t in sts[i + 1:] for m in self.statements[sid].members):
            return ok
        return set()

    def _next_id(self) -> int:
        self._last_id += 1
        while self._last_id in self.statements:
            self._last_id += 1
        return self._last_id

    def _merge(self, other: int, *, into: int) -> None:
        for m in self.statements.pop(other).members:
            self.statements[into].members.append(m)
            self.of[m.key] = into
        self.merged.append((other, into))

    def _accept(self, a: Appearance, wa: list[str], b: Appearance, wb: list[str]) -> int:
        """Shared words when ``a`` and ``b`` report one utterance by content, else 0."""
        if len(wb) < self.min_words:
            return 0
        days = _days(a.published, b.published)
        if days is not None and days > self.window_days:
            return 0
        sm = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
        shared = sum(blk.size for blk in sm.get_matching_blocks() if blk.size >= 2)
        shorter = min(len(wa), len(wb))
        containment = shared / shorter if shorter else 0.0
        if shared < self.min_shared or containment < self.min_containment:
            return 0
        same = _same_speaker(a, b)
        if same is False and containment < self.conflict_containment:
            return 0
        return shared
