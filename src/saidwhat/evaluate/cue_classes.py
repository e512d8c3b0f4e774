"""Score the cue-class classifier (:mod:`saidwhat.pipeline.cue_class`) on the labelled sample.

``gold/cue_classes/dev.jsonl`` (rules in its README) labels 440 PolNeAR dev cues (Newell et al.,
LREC 2018) with a class. The classifier is run on each gold cue with its gold source and content
(PolNeAR's spans), so the score is the classifier's alone, not the cue finder's.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Callable, Iterator

from ..errors import InputError

CLASSES = ("speech", "writing", "thought", "stance", "evidence")

#: One labelled cue with its parsed document: ``(doc, (cue_start, cue_end), source span or None,
#: content pieces, gold row)``; character offsets of the PolNeAR text.
LabelledCue = tuple[Any, tuple[int, int], "tuple[int, int] | None", list, dict]


def labelled_cues(rows: list[dict[str, Any]], polnear_dir: str | Path,
                  parse: Callable[[str], Any]) -> Iterator[LabelledCue]:
    """Each gold row of ``gold/cue_classes/*.jsonl`` with its document parsed once (``parse``: a
    text → spaCy Doc) and PolNeAR's source span and content pieces for the cue, documents in name
    order, rows in their order. Shared by this scorer and :mod:`saidwhat.model.train_cue_class`.

    Raises:
        InputError: a row names a document that is not in ``polnear_dir``.
    """
    from .brat import read_corpus

    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append(r)
    docs = {}
    for split in sorted({d.split("/", 1)[0] for d in by_doc}):
        for d in read_corpus(Path(polnear_dir) / split):
            docs[f"{split}/{d.name}"] = d
    for name in sorted(by_doc):
        if name not in docs:
            raise InputError(f"{name}: not in {polnear_dir}")
        gd = docs[name]
        doc = parse(gd.text)
        for r in by_doc[name]:
            a = gd.attributions[int(r["item"][1:])]
            src = (a.source.start_char, a.source.end_char) if a.source else None
            content = list(a.content.pieces) if a.content else []
            yield doc, (r["cue_start"], r["cue_end"]), src, content, r


def evaluate_cue_classes(gold_path: str | Path, polnear_dir: str | Path) -> dict[str, Any]:
    """Accuracy, per-class precision/recall and the confusion counts.

    Raises:
        InputError: the gold file or a PolNeAR text is missing.
    """
    from ..config import Config
    from ..engine import get_nlp
    from ..pipeline.cue_class import classify
    p = Path(gold_path)
    if not p.is_file():
        raise InputError(f"{p}: no such cue-class gold file")
    rows = [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    nlp = get_nlp(Config(**{**Config.from_env().__dict__, "mode": "fast"}))
    confusion: Counter = Counter()
    errors = []
    with nlp.select_pipes(disable=["saidwhat"]):
        for doc, cue, src, content, r in labelled_cues(rows, polnear_dir, nlp):
            got = classify(doc, cue, src, content)
            confusion[(r["cue_class"], got)] += 1
            if got != r["cue_class"]:
                errors.append({"doc": r["doc"], "cue": r["cue_text"], "source": r.get("source_text"),
                               "gold": r["cue_class"], "pred": got})
    n = sum(confusion.values())
    right = sum(v for (g, p_), v in confusion.items() if g == p_)
    per = {}
    for c in CLASSES:
        tp = confusion[(c, c)]
        pred = sum(v for (g, p_), v in confusion.items() if p_ == c)
        gold = sum(v for (g, p_), v in confusion.items() if g == c)
        per[c] = {"gold": gold, "pred": pred, "precision": round(tp / pred, 4) if pred else 0.0,
                  "recall": round(tp / gold, 4) if gold else 0.0}
    return {"rows": n, "accuracy": round(right / n, 4) if n else 0.0, "by_class": per,
            "confusion": {f"{g}->{p_}": v for (g, p_), v in sorted(confusion.items())}, "errors": errors}
