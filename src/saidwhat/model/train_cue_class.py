"""Train the cue-class classifier (:mod:`saidwhat.pipeline.cue_class`) on the train labels.

Examples: every row of ``gold/cue_classes/train.jsonl`` (1,392 hand-labelled PolNeAR **train**
cues, rules in ``gold/cue_classes/README.md``), with PolNeAR's own cue, source and content spans,
featurised by :func:`saidwhat.pipeline.cue_class.features` on the fast pipeline's parse (the
lexicon's answer is one of the features). The model is a multinomial logistic regression (one
weight per feature and class), fit by full-batch gradient descent (Adam) with L2 in NumPy;
features seen fewer than ``--min-count`` times in train are dropped. The weights go to
``model/weights/cue_class.json``, with the WordNet supersense table the features read
(:func:`wordnet_supersenses`: WordNet 3.0's lexicographer file of the first three senses of each
verb and noun that occurs in a cue or source of PolNeAR **train**, read from the WordNet database
files, Debian package ``wordnet-base``; WordNet 3.0 © Princeton University, WordNet license). Where
those files are missing, the table already in the weights file is kept.

Usage::

    python -m saidwhat.model.train_cue_class --polnear ../shared/data/polnear \\
        --train gold/cue_classes/train.jsonl --dev gold/cue_classes/dev.jsonl \\
        [--wordnet /usr/share/wordnet] [--write]

It prints the accuracy of the lexicon alone and of the learned model: 5-fold cross-validation
on train (folds by document), and on dev (the labelled sample that measures the classifier;
``--no-dev`` skips it while designing).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np

from ..pipeline.cue_class import CLASSES, WEIGHTS_PATH, CueClassModel, Supersenses, decode_supersenses, features

Example = tuple[dict[str, float], str, dict[str, Any]]


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The labelled rows of a cue-class gold file (one JSON object a line)."""
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def examples(rows: list[dict[str, Any]], polnear: Path, parse: Callable[[str], Any],
             senses: Supersenses | None = None) -> list[Example]:
    """``(features, gold class, row)`` per row, with PolNeAR's source and content for the cue.

    ``parse`` maps a text to a parsed spaCy Doc (the fast pipeline without the saidwhat stage);
    ``senses`` is the supersense table (``None``: the shipped one).

    Raises:
        InputError: a row names a document that is not in ``polnear``.
    """
    from ..evaluate.cue_classes import labelled_cues

    return [(features(doc, cue, src, content, senses), r["cue_class"], r)
            for doc, cue, src, content, r in labelled_cues(rows, polnear, parse)]


#: WordNet 3.0's lexicographer files, in the order of their numbers (``lexnames(5WN)``).
LEXNAMES = tuple("""adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object
noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state
noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption
verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative
verb.weather adj.ppl""".split())


def _word_forms(word: str) -> set[str]:
    """The word and the stems a regular inflection would leave ("polls" → "poll", "issued" → "issue")."""
    out = {word}
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("ied", "y")):
        if word.endswith(suffix):
            out.add(word[: -len(suffix)] + repl)
    return out


def polnear_cue_words(polnear: Path, split: str = "train") -> set[str]:
    """Lower-cased words of every cue and source span of a PolNeAR split, with their regular stems.

    Raises:
        InputError: the split is missing.
    """
    from ..evaluate.brat import read_corpus

    words: set[str] = set()
    for d in read_corpus(Path(polnear) / split):
        for a in d.attributions:
            for part in (a.cue, a.source):
                if part is not None:
                    for w in re.findall(r"[a-z]+(?:-[a-z]+)?", part.text.lower()):
                        words |= _word_forms(w)
    return words


def wordnet_supersenses(wordnet_dir: Path, vocabulary: set[str], senses_per_word: int = 3) -> dict[str, Any]:
    """The supersense table in its weights-file form (see
    :func:`saidwhat.pipeline.cue_class.decode_supersenses`): for each one-word verb and noun lemma
    of WordNet 3.0 in ``vocabulary``, the lexicographer files of its first ``senses_per_word``
    senses (WordNet orders senses by frequency), distinct, first sense first.

    ``wordnet_dir`` holds WordNet's ``index.verb``, ``data.verb``, ``index.noun``, ``data.noun``
    (``wndb(5WN)``: an index line is ``lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt
    offset…``; a data line at byte ``offset`` is ``offset lex_filenum …``).

    Raises:
        OSError: a WordNet file is missing.
    """
    table: dict[str, Any] = {"lexnames": list(LEXNAMES)}
    for pos in ("verb", "noun"):
        data = (Path(wordnet_dir) / f"data.{pos}").read_bytes()
        entries: dict[str, str] = {}
        for line in (Path(wordnet_dir) / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            parts = line.split()
            lemma, n_ptrs = parts[0], int(parts[3])
            if "_" in lemma or lemma not in vocabulary:
                continue
            offsets = parts[4 + n_ptrs + 2:]
            files: list[str] = []
            for off in offsets[:senses_per_word]:
                start = int(off)
                lexfile = str(int(data[start:start + 40].split()[1]))
                if lexfile not in files:
                    files.append(lexfile)
            entries[lemma] = " ".join(files)
        table[pos] = dict(sorted(entries.items()))
    return table


def fit(data: Iterable[Example], *, l2: float = 0.01, epochs: int = 300, lr: float = 0.05,
        min_count: int = 2) -> dict[str, list[float]]:
    """Fit the weights: ``{feature: [weight per class in CLASSES order]}`` (deterministic)."""
    data = list(data)
    counts = Counter(k for f, _, _ in data for k in f)
    names = {k: i for i, k in enumerate(sorted(k for k, c in counts.items() if c >= min_count or k == "bias"))}
    X = np.zeros((len(data), len(names)))
    Y = np.zeros((len(data), len(CLASSES)))
    for i, (f, y, _) in enumerate(data):
        for k, v in f.items():
            j = names.get(k)
            if j is not None:
                X[i, j] = v
        Y[i, CLASSES.index(y)] = 1.0
    W = np.zeros((len(names), len(CLASSES)))
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    for t in range(1, epochs + 1):
        S = X @ W
        P = np.exp(S - S.max(axis=1, keepdims=True))
        P /= P.sum(axis=1, keepdims=True)
        grad = X.T @ (P - Y) / len(data) + l2 * W
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        W -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return {k: [round(float(x), 4) for x in W[j]] for k, j in names.items() if np.abs(W[j]).max() >= 1e-4}


def model_of(weights: dict[str, list[float]]) -> CueClassModel:
    return CueClassModel(CLASSES, {k: tuple(v) for k, v in weights.items()})


def accuracy(data: list[Example], predict: Callable[[Example], str]) -> tuple[float, Counter]:
    """Accuracy and the ``(gold, predicted)`` confusion counts."""
    conf: Counter = Counter((y, predict(ex)) for ex in data for y in (ex[1],))
    right = sum(c for (g, p), c in conf.items() if g == p)
    return (right / len(data) if data else 0.0), conf


def learned_predict(model: CueClassModel) -> Callable[[Example], str]:
    """The model's answer as :func:`saidwhat.pipeline.cue_class.classify` gives it."""
    return lambda ex: "speech" if "no_cue" in ex[0] or "punct_cue" in ex[0] else model.predict(ex[0])


def lexicon_predict(ex: Example) -> str:
    """The lexicon's answer, read back from the ``rule=`` feature."""
    return next(k[5:] for k in ex[0] if k.startswith("rule="))


def cross_validate(data: list[Example], *, folds: int = 5, **kw: Any) -> tuple[float, Counter]:
    """Accuracy over ``folds`` folds split by document (each document's rows in one fold)."""
    docs = sorted({ex[2]["doc"] for ex in data})
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    conf: Counter = Counter()
    for k in range(folds):
        model = model_of(fit([ex for ex in data if fold_of[ex[2]["doc"]] != k], **kw))
        _, c = accuracy([ex for ex in data if fold_of[ex[2]["doc"]] == k], learned_predict(model))
        conf += c
    right = sum(c for (g, p), c in conf.items() if g == p)
    return right / sum(conf.values()), conf


def per_class(conf: Counter) -> str:
    """``class P/R`` for each class, one line."""
    parts = []
    for c in CLASSES:
        tp = conf[(c, c)]
        pred = sum(v for (g, p), v in conf.items() if p == c)
        gold = sum(v for (g, p), v in conf.items() if g == c)
        parts.append(f"{c} P {tp / pred if pred else 0:.3f} R {tp / gold if gold else 0:.3f} (n={gold})")
    return "  ".join(parts)


def fast_parser() -> Callable[[str], Any]:
    """The fast pipeline's parse (the Doc the saidwhat stage sees), without the saidwhat stage."""
    from ..config import Config
    from ..engine import get_nlp

    nlp = get_nlp(Config(**{**Config.from_env().__dict__, "mode": "fast"}))
    disabled = [n for n in ("saidwhat",) if n in nlp.pipe_names]

    def parse(text: str) -> Any:
        with nlp.select_pipes(disable=disabled):
            return nlp(text)

    return parse


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", type=Path, default=Path("../shared/data/polnear"))
    ap.add_argument("--train", type=Path, default=Path("gold/cue_classes/train.jsonl"))
    ap.add_argument("--dev", type=Path, default=Path("gold/cue_classes/dev.jsonl"))
    ap.add_argument("--no-dev", action="store_true", help="skip the dev measurement (while designing)")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"),
                    help="WordNet 3.0 database files (Debian: wordnet-base) for the supersense table")
    ap.add_argument("--write", action="store_true", help=f"write the weights to {WEIGHTS_PATH}")
    args = ap.parse_args(argv)
    parse = fast_parser()
    kw = {"l2": args.l2, "min_count": args.min_count}
    if (args.wordnet / "index.verb").is_file():
        table = wordnet_supersenses(args.wordnet, polnear_cue_words(args.polnear))
    else:
        shipped = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8")) if WEIGHTS_PATH.is_file() else {}
        table = shipped.get("supersenses") or {}
        print(f"no WordNet files in {args.wordnet}: "
              f"{'keeping the shipped supersense table' if table else 'no supersense features'}")
    senses = decode_supersenses(table)
    train = examples(read_rows(args.train), args.polnear, parse, senses)
    acc, conf = accuracy(train, lexicon_predict)
    print(f"lexicon  train     {acc:.3f}  {per_class(conf)}")
    acc, conf = cross_validate(train, **kw)
    print(f"learned  train-cv  {acc:.3f}  {per_class(conf)}")
    weights = fit(train, **kw)
    if not args.no_dev:
        dev = examples(read_rows(args.dev), args.polnear, parse, senses)
        model = model_of(weights)
        for label, pred in (("lexicon", lexicon_predict), ("learned", learned_predict(model))):
            acc, conf = accuracy(dev, pred)
            print(f"{label:8s} dev       {acc:.3f}  {per_class(conf)}")
    if args.write:
        WEIGHTS_PATH.write_text(json.dumps({"classes": list(CLASSES), "weights": weights, "l2": args.l2,
                                            "min_count": args.min_count, "trained_on": str(args.train),
                                            "supersenses": table},
                                           indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH} ({len(weights)} features)")


if __name__ == "__main__":
    main()
