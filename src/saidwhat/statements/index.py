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

Prior art: MemeTracker clusters quoted phrases by containment in a phrase graph (Leskovec et al.,
KDD 2009); Quotebank merges exact matches (Vaucher et al., WSDM 2021); passim aligns reused
passages after an n-gram index (Smith et al. 2014). Here the speaker entity and indirect reports
with shared words join in.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date

from datasketch import LeanMinHash, MinHash, MinHashLSH

from .drift import Drift, classify, words


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
    """

    key: str
    text: str
    type: str = "direct"
    speaker: str | None = None
    speaker_kind: str | None = None
    outlet: str | None = None
    published: str | None = None


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
        return None if na == nb else False
    if na == nb:
        return True
    ta, tb = na.split(), nb.split()
    return ta[-1] == tb[-1] and (len(ta) == 1 or len(tb) == 1 or ta[0] == tb[0])


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) if a and b else None
    except ValueError:
        return None


class StatementIndex:
    """Statements of a growing set of appearances; :meth:`add` places one appearance.

    Args:
        num_perm: MinHash permutations per window.
        window, step: window length and stride, in words.
        lsh_threshold: Jaccard threshold of the LSH index (windows' bigram sets).
        min_words: contents shorter than this (in words) never join another appearance.
        min_shared: the least number of words an alignment must share.
        min_containment: shared words over the shorter content's words.
        conflict_containment: the containment above which the same words under another speaker
            still join (as a ``speaker-conflict``/``laundered`` variant).
        window_days: the most days between two appearances of one statement (when both dated).
        merge: a new appearance that joins several statements merges them (transitivity: a
            fuller report holding two parts of one utterance that others quoted apart).
    """

    def __init__(self, *, num_perm: int = 64, window: int = 8, step: int = 3, lsh_threshold: float = 0.5,
                 min_words: int = 5, min_shared: int = 5, min_containment: float = 0.7,
                 conflict_containment: float = 0.9, window_days: int = 120, merge: bool = True) -> None:
        self.num_perm, self.window, self.step = num_perm, window, step
        self.min_words, self.min_shared = min_words, min_shared
        self.min_containment, self.conflict_containment = min_containment, conflict_containment
        self.window_days = window_days
        self.lsh = MinHashLSH(threshold=lsh_threshold, num_perm=num_perm)
        self.statements: dict[int, Statement] = {}
        self.of: dict[str, int] = {}
        self.apps: dict[str, Appearance] = {}
        self._words: dict[str, list[str]] = {}
        self.merge = merge
        #: ``(from, into)`` statement ids merged by later appearances (a store re-points members)
        self.merged: list[tuple[int, int]] = []
        self._last_id = 0

    # -- windows ---------------------------------------------------------------------------
    def windows(self, ws: list[str]) -> list[LeanMinHash]:
        """One MinHash per window of ``ws`` (word bigrams; a short content is one window)."""
        n, w = len(ws), self.window
        starts = list(range(0, max(n - w, 0) + 1, self.step))
        if n > w and starts[-1] != n - w:
            starts.append(n - w)
        out = []
        for s in starts:
            part = ws[s:s + w]
            grams = {f"{a} {b}".encode() for a, b in zip(part, part[1:])} or {part[0].encode()}
            mh = MinHash(num_perm=self.num_perm, seed=13)
            mh.update_batch(list(grams))
            out.append(LeanMinHash(mh))
        return out

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
        for i, sig in enumerate(sigs):
            self.lsh.insert(f"{app.key}#{i}", sig, check_duplication=False)
        return sid

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
        """Shared words when ``a`` and ``b`` report one utterance, else 0."""
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
        if _same_speaker(a, b) is False and containment < self.conflict_containment:
            return 0
        return shared
