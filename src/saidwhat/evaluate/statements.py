"""Score statement grouping and drift classes on the statement gold set (``gold/statements``).

Clustering: the engine extracts every article that holds a gold member or a near miss (PolNeAR
train+dev texts, Newell et al., LREC 2018); all its attributions (speakers as the engine resolves
them, with the speaker's role and the source mention; outlet and date from PolNeAR's
``metadata.tsv``) go through a
:class:`~saidwhat.statements.StatementIndex` in date order. Each gold member is mapped to the
engine attribution whose content overlaps it most (overlap coefficient of ``\\w+`` tokens ≥ 0.5);
then, over the mapped gold members only (the gold is complete for its utterances, not for the
corpus), pairwise precision/recall (same gold utterance ↔ same predicted statement), B-cubed
precision/recall, and the near-miss pairs wrongly merged.

Drift: each synthetic pair of ``variants.jsonl`` is extracted (base and variant paragraphs), the
attribution of each is taken (the longest), and :func:`saidwhat.statements.classify` must give the
pair's class; speaker conflicts are checked against the speakers the engine resolved.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from ..errors import InputError

_WORD = re.compile(r"\w+")


def _overlap(a: set[int], b: set[int]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _tokens(text: str, start: int, end: int) -> set[int]:
    """Start offsets of the ``\w+`` tokens of ``text[start:end]`` (in characters of ``text``)."""
    return {m.start() for m in _WORD.finditer(text, start, end)}


def evaluate_clusters(gold_dir: str | Path, polnear_dir: str | Path, *, mode: str | None = "fast",
                      encoder: Any = "auto") -> dict[str, Any]:
    """Pairwise and B-cubed precision/recall of the engine's statements on ``clusters.jsonl``.

    ``encoder`` is the :class:`~saidwhat.statements.StatementIndex`'s (``"auto"``: the shipped
    sentence encoder when installed; ``None``: no paraphrase links). The result's
    ``paraphrase_links`` counts the paraphrase links made, ``lead_in_links`` the links of an
    indirect report to the quote that follows it, and ``embedded`` the attributions embedded.

    Raises:
        InputError: a gold file or a PolNeAR text is missing.
    """
    from .. import extract
    from ..statements import StatementIndex
    from ..statements.index import attribution_appearances

    gdir, pdir = Path(gold_dir), Path(polnear_dir)
    cpath, npath = gdir / "clusters.jsonl", gdir / "near_misses.jsonl"
    if not cpath.is_file():
        raise InputError(f"{cpath}: no such statement gold file")
    clusters = [json.loads(x) for x in cpath.read_text(encoding="utf-8").splitlines() if x.strip()]
    near = [json.loads(x) for x in npath.read_text(encoding="utf-8").splitlines() if x.strip()] if npath.is_file() else []
    meta: dict[str, dict[str, str]] = {}
    mpath = pdir / "metadata.tsv"
    if mpath.is_file():
        with open(mpath, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                meta[f"{row['compartment']}/{row['filename']}"] = row
    docs = sorted({m["doc"] for c in clusters for m in c["members"]} | {n[k]["doc"] for n in near for k in ("a", "b")})
    texts, arts = {}, {}
    for d in docs:
        split, name = d.split("/", 1)
        path = pdir / split / "text" / f"{name}.txt"
        if not path.is_file():
            raise InputError(f"{path}: no such PolNeAR text")
        with open(path, encoding="utf-8", newline="") as fh:
            texts[d] = fh.read()
        arts[d] = extract(texts[d], mode=mode)
    order = sorted(docs, key=lambda d: (meta.get(d, {}).get("publication_date") or "9999", d))
    ix = StatementIndex(encoder=encoder)
    for d in order:
        m = meta.get(d, {})
        for app in attribution_appearances(d, arts[d], outlet=m.get("publisher"), published=m.get("publication_date")):
            ix.add(app)

    def mapped(member: dict) -> str | None:
        d = member["doc"]
        text = texts[d]
        g = _tokens(text, member["content_start"], member["content_end"])
        best, score = None, 0.0
        for a in arts[d].attributions:
            pieces = a.content.pieces or (a.content,)
            p = set().union(*(_tokens(text, x.start_char, x.end_char) for x in pieces))
            ov = _overlap(g, p)
            if ov > score:
                best, score = f"{d}:{a.id}", ov
        return best if score >= 0.5 else None

    gold_of: dict[str, str] = {}
    unmapped = 0
    n_members = 0
    for c in clusters:
        for m in c["members"]:
            n_members += 1
            k = mapped(m)
            if k is None:
                unmapped += 1
            else:
                gold_of.setdefault(k, c["id"])
    keys = sorted(gold_of)
    pred_of = {k: ix.of[k] for k in keys}
    tp = fp = fn = 0
    for a, b in combinations(keys, 2):
        same_g, same_p = gold_of[a] == gold_of[b], pred_of[a] == pred_of[b]
        tp += same_g and same_p
        fp += same_p and not same_g
        fn += same_g and not same_p
    by_g: dict[str, set[str]] = defaultdict(set)
    by_p: dict[int, set[str]] = defaultdict(set)
    for k in keys:
        by_g[gold_of[k]].add(k)
        by_p[pred_of[k]].add(k)
    bp = sum(len(by_g[gold_of[k]] & by_p[pred_of[k]]) / len(by_p[pred_of[k]]) for k in keys) / len(keys) if keys else 0
    br = sum(len(by_g[gold_of[k]] & by_p[pred_of[k]]) / len(by_g[gold_of[k]]) for k in keys) / len(keys) if keys else 0
    merged_near = 0
    near_scored = 0
    for n in near:
        ka, kb = mapped(n["a"]), mapped(n["b"])
        if ka and kb and ka != kb:
            near_scored += 1
            merged_near += ix.of[ka] == ix.of[kb]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 0.0
    detail = {c["id"]: [(k, pred_of[k]) for k in keys if gold_of[k] == c["id"]] for c in clusters}
    return {"detail": detail, "utterances": len(clusters), "members": n_members, "members_found": len(keys), "members_not_found": unmapped,
            "pairwise": {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4)},
            "bcubed": {"precision": round(bp, 4), "recall": round(br, 4)},
            "near_misses": {"scored": near_scored, "merged": merged_near},
            "attributions_indexed": len(ix.of), "statements": len(ix.statements),
            "paraphrase_links": len(ix.paraphrase_links), "lead_in_links": len(getattr(ix, "lead_in_links", ())),
            "embedded": len(ix._vectors)}


def evaluate_drift(gold_dir: str | Path, *, mode: str | None = "fast") -> dict[str, Any]:
    """Drift-class accuracy on ``variants.jsonl`` (the pair's class among the predicted ones)."""
    from .. import extract
    from ..statements import classify, content_text

    path = Path(gold_dir) / "variants.jsonl"
    if not path.is_file():
        raise InputError(f"{path}: no such variants file")
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    right = 0
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors = []
    for r in rows:
        got = []
        for side in ("base", "variant"):
            art = extract(r[side]["text"], mode=mode)
            a = max(art.attributions, key=lambda x: len(x.content.text), default=None)
            sp = art.speaker(a.speaker_id) if a else None
            got.append((a, sp))
        (ba, bs), (va, vs) = got
        cls = r["class"]
        per[cls][1] += 1
        if ba is None or va is None:
            errors.append({"id": r["id"], "class": cls, "pred": None, "why": "no attribution found"})
            continue
        d = classify(content_text(ba), content_text(va), variant_type=va.type,
                     canonical_speaker=bs.name if bs else None, variant_speaker=vs.name if vs else None)
        if cls in d.classes:
            right += 1
            per[cls][0] += 1
        else:
            errors.append({"id": r["id"], "class": cls, "pred": list(d.classes), "base": content_text(ba),
                           "variant": content_text(va), "speakers": [bs and bs.name, vs and vs.name]})
    return {"pairs": len(rows), "accuracy": round(right / len(rows), 4) if rows else 0.0,
            "by_class": {k: {"right": a, "total": b} for k, (a, b) in sorted(per.items())}, "errors": errors}
