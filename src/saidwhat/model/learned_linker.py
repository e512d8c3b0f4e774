"""A learned linker: which cue a content belongs to, and which mention is the cue's source.

The tagger (:mod:`saidwhat.model.minilm`, :mod:`saidwhat.model.tagger`) finds SOURCE, CUE and
CONTENT spans; :func:`saidwhat.model.linker.link` groups them. Its rules (nearest cue, nearest
source of the cue's sentence) go wrong when a sentence holds several cues or mentions ("At a news
conference announcing the suit, she said …") and when the tagger missed a source. Here two
logistic regressions score the pairs instead:

* **content → cue**: every CUE span of the content's sentence, the two before and the two after
  (:func:`cue_pair_features`); the best one is taken when its probability passes a threshold,
  else rule 1 of :func:`~saidwhat.model.linker.link` decides;
* **cue → source**: the tagged SOURCE spans of the cue's sentence, the two before and the one
  after, plus the cue's grammatical subject from spaCy's dependency parse (inherited through
  ``advcl``/``xcomp``/``conj``: "…, adding"), the agent of a passive cue ("was told by X"), the
  possessor of a nominal cue ("Trump's claim") and the noun a relative-clause cue hangs on
  ("officials who said"), each as :func:`saidwhat.pipeline.source.source_extent` gives it, when no
  tagged span covers it (:func:`pair_features`); the best one is taken when its probability
  passes a threshold, else the cue has no source.

Features: sentence distance, direction, token distance, SOURCE/CUE/CONTENT spans in between, the
dependency relation between the two spans' heads, where a candidate came from (tagger, parse,
both), part of speech and entity type, quotation marks and colons. The weights are trained on
PolNeAR train (Newell, Margolin & Ruths, LREC 2018) gold spans by
:mod:`saidwhat.model.train_linker`, the thresholds chosen on PolNeAR dev, and shipped as
``weights/linker.json`` (a few kB). All offsets are ``[start_char, end_char)`` characters of the
original text.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from ..pipeline import doc_text

Span2 = tuple[int, int]
LINKER_PATH = Path(__file__).parent / "weights" / "linker.json"
SENTENCES_BEFORE, SENTENCES_AFTER = 2, 1


def _bucket(n: int, edges: Sequence[int] = (0, 1, 2, 4, 8, 16)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _cue_head(doc: Doc, cue: Span2) -> Token | None:
    """The cue's head word: its last main verb, else its last verb or auxiliary, else its last
    noun, else the root of its tokens; ``None`` when the cue covers no token."""
    sp = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if sp is None or len(sp) == 0:
        return None
    verbs = [t for t in sp if t.pos_ in ("VERB", "AUX")]
    if verbs:
        return next((v for v in reversed(verbs) if v.pos_ == "VERB"), verbs[-1])
    nouns = [t for t in sp if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else sp.root


def is_passive(head: Token | None) -> bool:
    """A passive cue with no agent ("has been criticized", "known as"): PolNeAR marks such
    attributions without a source (guidelines, "Attribution-no-source")."""
    if head is None or head.pos_ != "VERB":
        return False
    deps = {c.dep_ for c in head.children}
    if "agent" in deps:
        return False
    return bool(deps & {"auxpass", "nsubjpass"}) or (head.tag_ == "VBN" and head.dep_ in ("acl", "amod"))


def parse_candidates(doc: Doc, cue: Span2, head: Token | None = None) -> list[tuple[Span2, str]]:
    """Source candidates of ``cue`` from the dependency parse: ``[((start_char, end_char), how)]``.

    ``how`` is ``"subj"``, ``"agent"``, ``"poss"`` or ``"relcl"``.
    """
    from ..pipeline.source import source_extent, subject_of

    head = head if head is not None else _cue_head(doc, cue)
    if head is None:
        return []
    out: list[tuple[Span2, str]] = []

    def add(tok: Token, how: str) -> None:
        s, e = source_extent(tok)
        if e > s:
            span = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
            if not (span[0] < cue[1] and cue[0] < span[1]):
                out.append((span, how))
            else:  # the subject's phrase holds the cue ("the officials who said"): its head word
                out.append(((tok.idx, tok.idx + len(tok.text)), how))

    subj = subject_of(head)
    if subj is not None:
        add(subj, "subj")
    for child in head.children:
        if child.dep_ == "agent":
            for p in child.children:
                if p.dep_ == "pobj":
                    add(p, "agent")
        if child.dep_ == "poss":
            add(child, "poss")
    if head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        add(head.head, "relcl")
    return out


def _relation(src: Token | None, cue: Token | None) -> str:
    if src is None or cue is None:
        return "none"
    if src.sent.start != cue.sent.start:
        return "othersent"
    if src.head.i == cue.i and src.i != cue.i:
        return "child:" + src.dep_
    if cue.head.i == src.i:
        return "parent:" + cue.dep_
    if src.head.i == cue.head.i:
        return "sib:" + src.dep_ + "/" + cue.dep_
    up = _steps_up(cue, src.head.i)
    if up is not None:
        return f"up{up}:" + src.dep_
    down = _steps_up(src, cue.i)
    if down is not None:
        return f"down{down + 1}"
    return "far"


def _steps_up(tok: Token, target: int, max_steps: int = 3) -> int | None:
    """How many steps up the dependency tree from ``tok`` reach the token with index ``target``
    (1 = its head), or ``None`` within ``max_steps``."""
    for k in range(1, max_steps + 1):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i == target:
            return k
    return None


def features(doc: Doc, cue: Span2, cand: Span2, origin: str, sent_starts: Sequence[int],
             tagged_sources: Sequence[Span2], cues: Sequence[Span2], contents: Sequence[Span2],
             rank: int, head: Token | None) -> list[str]:
    """The feature names of the pair (``cue``, ``cand``), ``head`` the cue's head word
    (:func:`_cue_head`); see the module docstring."""
    si = bisect.bisect_right(sent_starts, cue[0]) - 1
    sj = bisect.bisect_right(sent_starts, cand[0]) - 1
    ds = max(-SENTENCES_BEFORE - 1, min(SENTENCES_AFTER + 1, sj - si))
    before = cand[1] <= cue[0]
    lo, hi = (cand[1], cue[0]) if before else (cue[1], cand[0])
    ct = doc.char_span(cand[0], cand[1], alignment_mode="expand")
    cu = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    gap = 0
    if ct is not None and cu is not None:
        gap = max(0, (cu.start - ct.end) if before else (ct.start - cu.end))
    n_src = sum(1 for s in tagged_sources if lo <= s[0] and s[1] <= hi)
    n_cue = sum(1 for c in cues if lo <= c[0] and c[1] <= hi)
    n_con = sum(1 for c in contents if lo <= c[0] and c[1] <= hi)
    r = ct.root if ct is not None and len(ct) else None
    h = head
    rel = _relation(r, h)
    d = "before" if before else "after"
    passive = is_passive(h)
    f = [
        "bias", "origin=" + origin, f"ds={ds}", f"dir={d}", f"ds_dir={ds}_{d}", "gap=" + _bucket(gap),
        f"gap_dir={_bucket(gap)}_{d}", "nsrc=" + _bucket(n_src, (0, 1)), "ncue=" + _bucket(n_cue, (0, 1)),
        "ncon=" + _bucket(n_con, (0, 1)), "rel=" + rel, f"rel_origin={rel}_{origin}", f"rank={min(rank, 3)}",
        f"rank_dir={min(rank, 3)}_{d}", f"ncue_dir={_bucket(n_cue, (0, 1))}_{d}",
        f"passive={passive}", f"passive_rel={passive}_{rel}",
    ]
    if r is not None:
        f += ["pos=" + r.pos_, "ent=" + (r.ent_type_ or "-"), "lower=" + (r.lower_ if r.pos_ == "PRON" else "-")]
        f.append("len=" + _bucket(len(ct) if ct is not None else 0, (1, 2, 4, 8)))
    if h is not None:
        f += ["cuepos=" + h.pos_, f"cuepos_dir={h.pos_}_{d}", f"cuepos_rel={h.pos_}_{rel}"]
    return f


class PairScorer:
    """A logistic regression over feature names: ``p = sigmoid(sum of the features' weights)``.

    Args:
        weights: ``{feature name: weight}`` (the intercept is the weight of ``"bias"``).
        threshold: minimum probability for the best candidate to be taken.
    """

    def __init__(self, weights: dict[str, float], threshold: float = 0.5) -> None:
        self.weights = weights
        self.threshold = threshold

    def probability(self, feats: Sequence[str]) -> float:
        """Probability (0..1) that the pair described by ``feats`` is linked."""
        z = sum(self.weights.get(x, 0.0) for x in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def best(self, pairs: Sequence[tuple[Span2, Sequence[str]]]) -> Span2 | None:
        """The candidate of the most probable pair when it passes the threshold, else ``None``."""
        top: tuple[float, Span2] | None = None
        for cand, feats in pairs:
            p = self.probability(feats)
            if top is None or p > top[0]:
                top = (p, cand)
        return top[1] if top is not None and top[0] >= self.threshold else None

    def to_dict(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "PairScorer":
        return cls({k: float(v) for k, v in data["weights"].items()}, float(data.get("threshold", 0.5)))


class LearnedLinker:
    """The content → cue and cue → source scorers (either may be ``None``: the rule decides).

    Raises (:meth:`from_file`): ``OSError`` when the file cannot be read, ``KeyError`` or
    ``ValueError`` when it is not the JSON :mod:`saidwhat.model.train_linker` writes.
    """

    def __init__(self, source: PairScorer | None, cue: PairScorer | None = None, keep_passive: bool = False) -> None:
        self.source = source
        self.cue = cue
        self.keep_passive = keep_passive

    @classmethod
    def from_file(cls, path: str | Path = LINKER_PATH) -> "LearnedLinker":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(PairScorer.from_dict(data["source"]) if data.get("source") else None,
                   PairScorer.from_dict(data["cue"]) if data.get("cue") else None,
                   bool(data.get("keep_passive", False)))

    def choose_source(self, doc: Doc, cue: Span2, spans: Sequence[tuple[int, int, str]],
                      sent_starts: Sequence[int]) -> Span2 | None:
        """The source of ``cue`` among its candidates, or ``None``."""
        assert self.source is not None
        return self.source.best(pair_features(doc, cue, spans, sent_starts))

    def choose_cue(self, doc: Doc, content: Span2, spans: Sequence[tuple[int, int, str]],
                   sent_starts: Sequence[int], par_starts: Sequence[int], text: str | None = None) -> Span2 | None:
        """The cue of the CONTENT span ``content`` among its candidates, or ``None``."""
        assert self.cue is not None
        return self.cue.best(cue_pair_features(doc, content, spans, sent_starts, par_starts, text))


def candidates(doc: Doc, cue: Span2, spans: Sequence[tuple[int, int, str]],
               sent_starts: Sequence[int], head: Token | None = None) -> list[tuple[Span2, str]]:
    """Candidate sources of ``cue``: ``[((start_char, end_char), origin)]``, origin ``"tagged"``,
    ``"both"`` (tagged and the parse's choice) or ``"parse"``."""
    si = bisect.bisect_right(sent_starts, cue[0]) - 1
    lo_s = max(0, si - SENTENCES_BEFORE)
    lo = sent_starts[lo_s] if sent_starts else 0
    hi = sent_starts[si + SENTENCES_AFTER + 1] if si + SENTENCES_AFTER + 1 < len(sent_starts) else cue[1] + 10**9
    tagged = [(s, e) for s, e, lab in spans if lab == "SOURCE" and lo <= s and e <= hi]
    parsed = parse_candidates(doc, cue, head)
    out: list[tuple[Span2, str]] = []
    used = set()
    for t in tagged:
        hit = any(p[0] < t[1] and t[0] < p[1] for p, _ in parsed)
        out.append((t, "both" if hit else "tagged"))
        used.add(t)
    for p, how in parsed:
        if any(p[0] < t[1] and t[0] < p[1] for t in tagged):
            continue
        if any(p[0] < e and s < p[1] for s, e, lab in spans if lab == "CONTENT"):
            continue
        out.append((p, "parse_" + how))
    return out


def pair_features(doc: Doc, cue: Span2, spans: Sequence[tuple[int, int, str]],
                  sent_starts: Sequence[int]) -> list[tuple[Span2, list[str]]]:
    """``[(candidate, feature names)]`` for every candidate source of ``cue``."""
    head = _cue_head(doc, cue)
    cands = candidates(doc, cue, spans, sent_starts, head)
    tagged = [(s, e) for s, e, lab in spans if lab == "SOURCE"]
    cues = [(s, e) for s, e, lab in spans if lab == "CUE"]
    contents = [(s, e) for s, e, lab in spans if lab == "CONTENT"]
    # rank: the candidate's place among all candidates by distance to the cue
    def dist(c: Span2) -> int:
        return max(0, max(c[0], cue[0]) - min(c[1], cue[1]))
    order = {c: i for i, c in enumerate(sorted((c for c, _ in cands), key=dist))}
    return [(c, features(doc, cue, c, origin, sent_starts, tagged, cues, contents, order[c], head))
            for c, origin in cands]


def cue_candidates(content: Span2, spans: Sequence[tuple[int, int, str]], sent_starts: Sequence[int]) -> list[Span2]:
    """CUE spans within two sentences of ``content`` (either side)."""
    lo_i = max(0, bisect.bisect_right(sent_starts, content[0]) - 1 - 2)
    hi_i = bisect.bisect_right(sent_starts, max(content[0], content[1] - 1)) - 1 + 3
    lo = sent_starts[lo_i] if sent_starts else 0
    hi = sent_starts[hi_i] if hi_i < len(sent_starts) else content[1] + 10**9
    return [(s, e) for s, e, lab in spans if lab == "CUE" and lo <= s and e <= hi]


_OPEN_Q = ('"', "“", "‘", "``", "'")
_CLOSE_Q = ('"', "”", "’", "''", "'")


def cue_pair_features(doc: Doc, content: Span2, spans: Sequence[tuple[int, int, str]],
                      sent_starts: Sequence[int], par_starts: Sequence[int],
                      text: str | None = None) -> list[tuple[Span2, list[str]]]:
    """``[(cue, feature names)]`` for every candidate cue of the CONTENT span ``content``
    (``text``: ``doc.text``, passed to save rebuilding it)."""
    cands = cue_candidates(content, spans, sent_starts)
    if not cands:
        return []
    text = doc_text(doc) if text is None else text
    cues = [(s, e) for s, e, lab in spans if lab == "CUE"]
    sources = [(s, e) for s, e, lab in spans if lab == "SOURCE"]
    contents = [(s, e) for s, e, lab in spans if lab == "CONTENT"]
    ci = bisect.bisect_right(sent_starts, content[0]) - 1
    ce = bisect.bisect_right(sent_starts, max(content[0], content[1] - 1)) - 1
    cp = bisect.bisect_right(par_starts, content[0]) - 1
    cs = doc.char_span(content[0], content[1], alignment_mode="expand")
    croot = cs.root if cs is not None and len(cs) else None
    ctext = text[content[0]:content[1]].strip()
    quoted = "q_open=%s q_close=%s" % (ctext[:1] in _OPEN_Q or ctext[:2] in _OPEN_Q,
                                        ctext.rstrip(".,;:!?")[-1:] in _CLOSE_Q or ctext[-1:] in _CLOSE_Q)
    qa, qb = quoted.split()

    def gap(a: Span2, b: Span2) -> int:
        return max(0, max(a[0], b[0]) - min(a[1], b[1]))
    order = {c: i for i, c in enumerate(sorted(cands, key=lambda c: gap(c, content)))}
    out = []
    for cue in cands:
        si = bisect.bisect_right(sent_starts, cue[0]) - 1
        ds = 0 if ci <= si <= ce else (si - ce if si > ce else si - ci)
        ds = max(-3, min(3, ds))
        d = "cue_before" if cue[1] <= content[0] else "cue_after" if cue[0] >= content[1] else "cue_inside"
        lo, hi = (cue[1], content[0]) if d == "cue_before" else (content[1], cue[0])
        n_cue = sum(1 for c in cues if lo <= c[0] and c[1] <= hi)
        n_src = sum(1 for c in sources if lo <= c[0] and c[1] <= hi)
        n_con = sum(1 for c in contents if lo <= c[0] and c[1] <= hi)
        between = text[lo:hi] if hi > lo else ""
        words_between = len(between.split())
        h = _cue_head(doc, cue)
        rel = "none"
        if h is not None and croot is not None:
            if croot.head.i == h.i and croot.i != h.i:
                rel = "child:" + croot.dep_
            elif cs is not None and cs.start <= h.head.i < cs.end and not (cs.start <= h.i < cs.end):
                rel = "cue_into:" + h.dep_
            elif croot.head.i == h.head.i:
                rel = "sib:" + croot.dep_
            elif croot.sent.start != h.sent.start:
                rel = "othersent"
            else:
                rel = "desc" if _steps_up(croot, h.i) is not None else "far"
        cue_text = text[cue[0]:cue[1]].strip()
        f = ["bias", f"ds={ds}", f"dir={d}", f"ds_dir={ds}_{d}", "gap=" + _bucket(words_between),
             f"gap_dir={_bucket(words_between)}_{d}", "ncue=" + _bucket(n_cue, (0, 1)),
             f"ncue_dir={_bucket(n_cue, (0, 1))}_{d}", "nsrc=" + _bucket(n_src, (0, 1)), "ncon=" + _bucket(n_con, (0, 1)),
             "rel=" + rel, f"rel_dir={rel}_{d}", f"rank={min(order[cue], 3)}", f"rank_dir={min(order[cue], 3)}_{d}",
             f"samepar={bisect.bisect_right(par_starts, cue[0]) - 1 == cp}", qa, qb, f"{qa}_{qb}_{d}",
             f"colon={cue_text.endswith(':') or between.strip().startswith(':')}_{d}",
             "comma_between=" + str("," in between)]
        if h is not None:
            f += ["cuepos=" + h.pos_, f"cuepos_dir={h.pos_}_{d}"]
        out.append((cue, f))
    return out


@functools.lru_cache(maxsize=1)
def default_linker() -> LearnedLinker | None:
    """The shipped linker (``weights/linker.json``), loaded once; ``None`` when not shipped."""
    if not LINKER_PATH.is_file():
        return None
    return LearnedLinker.from_file(LINKER_PATH)


def _trim_source(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A SOURCE span without leading non-alphanumerics (markup: '">Sanders'); trailing
    punctuation stays, as PolNeAR's sources keep an apposition's closing comma."""
    s, e, label = span
    while s < e and not text[s].isalnum():
        s += 1
    return (s, e, label)


def link_doc(doc: Doc, spans: Sequence[tuple[int, int, str]], linker: LearnedLinker | None = None,
             sent_starts: Sequence[int] | None = None) -> list[Any]:
    """:func:`saidwhat.model.linker.link` of a parsed Doc's tagged spans, sources chosen by
    ``linker`` (default: the shipped :func:`default_linker`; the nearest-source rule without one).
    ``sent_starts``: the sentence start offsets when the caller has them (else read from ``doc``).

    Returns:
        :class:`saidwhat.model.linker.LinkedAttribution` list; attributions without a source are
        dropped (``require_source``).
    """
    from .linker import link, paragraph_starts

    text = doc_text(doc)
    # a SOURCE span without a letter or digit (a stray "," from the tagger) names nobody; one with
    # markup before it ('">Sanders') starts at the name
    spans = [_trim_source(text, sp) if sp[2] == "SOURCE" else sp for sp in spans]
    spans = [sp for sp in spans if sp[2] != "SOURCE" or sp[1] > sp[0]]
    if sent_starts is None and doc.has_annotation("SENT_START"):
        sent_starts = [s.start_char for s in doc.sents]
    linker = linker if linker is not None else default_linker()
    source_chooser = cue_chooser = None
    if linker is not None and sent_starts:
        sents = sent_starts
        if linker.source is not None:
            def source_chooser(cue: Span2) -> Span2 | None:
                return linker.choose_source(doc, cue, spans, sents)
        if linker.cue is not None:
            pars = paragraph_starts(text)

            def cue_chooser(content: Span2) -> Span2 | None:
                return linker.choose_cue(doc, content, spans, sents, pars, text)
    keep = None
    if linker is not None and linker.keep_passive:
        def keep(cue: Span2) -> bool:
            return is_passive(_cue_head(doc, cue))
    return link(text, spans, sent_starts, require_source=True, choose_source=source_chooser, choose_cue=cue_chooser,
                keep_sourceless=keep)
