"""Export the fine-tuned ``accurate`` MiniLM tagger to ONNX, for :class:`saidwhat.model.minilm.OnnxRunner`.

``python -m saidwhat.model.export_onnx`` (``make export-onnx``) reads ``minilm.json`` and
``minilm.safetensors`` in ``model/weights/accurate/`` and writes ``minilm.onnx`` next to them:

1. **export**: the tagger as an ONNX graph (opset 17; batch and length dynamic; inputs
   ``input_ids`` and ``attention_mask``, int64, right-padded; output ``logprobs``, the
   log-softmax of the tag scores, float32), by torch's TorchScript exporter from
   :class:`_ExportGraph`: the same weights and arithmetic as :func:`~saidwhat.model.minilm.build_model`
   in eval mode, with the attention written out as Hugging Face's ``BertModel`` writes it, which
   is the pattern ONNX Runtime's transformer optimiser recognises;
2. **graph optimisation**: ``onnxruntime.transformers.optimizer.optimize_model`` (model type
   ``bert``, 12 heads, hidden 384) fuses each layer's attention into one ``Attention`` node, the
   residual additions with their layer norms (``SkipLayerNormalization``) and the GELU with its
   bias (``BiasGelu``); the result is saved portable (contrib operators of the CPU provider, no
   hardware-specific kernels). ONNX Runtime applies its own level-3 optimisations when it loads
   the file;
3. **precision** (``--precision``):

   - ``fp32`` (default, shipped): float32 arithmetic, the weights stored in float16 (the same
     numbers as ``minilm.safetensors``, which is float16; 45 MB), cast once when the file is
     loaded, except the embedding tables, which stay float16 and whose gathered rows are cast
     (:func:`_weights_to_float16`). It gives PyTorch's tags (log-probabilities within 3e-5; the same spans on all 84
     PolNeAR dev texts) at about twice PyTorch's speed;
   - ``int8``: dynamic quantisation (:func:`onnxruntime.quantization.quantize_dynamic`): weights
     of every ``MatMul``, ``Attention`` and embedding ``Gather`` in signed int8, one scale per
     output channel, activations quantised per run; 23 MB and about twice as fast again, but it
     changes the best tag of about 2.5 % of wordpieces and PolNeAR dev end-to-end F1 by -0.002
     to -0.0055 depending on where the windows fall (mean about -0.003 over 8 window settings),
     most of the issue-15 budget of 0.005, so it is not shipped. (One scale per tensor instead
     of per channel: -0.013.)

Needs the ``train`` extra (``torch``, ``safetensors``, ``onnx``) and ``onnxruntime``; the file
written needs only ``onnxruntime`` (with ``numpy`` and ``tokenizers``) at run time.
:func:`check` compares the graph's log-probabilities with the PyTorch tagger's on a few texts.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

from .minilm import ONNX_FILE, TAGS, WINDOW, load_torch_model
from .train import WEIGHTS_DIR

#: ONNX operator set of the export.
OPSET = 17
#: Metadata key of the SHA-256 of the ``minilm.safetensors`` an ONNX file was exported from.
SOURCE_KEY = "saidwhat.source_sha256"
#: Precisions :func:`export` writes (see the module docstring); the first is the default.
PRECISIONS: tuple[str, ...] = ("fp32", "int8")


def encoder_states(m: Any, ids: Any, attention: Any, n_heads: int) -> Any:
    """Last hidden states ``(batch, tokens, hidden)`` of :func:`~saidwhat.model.minilm.build_model`'s
    encoder ``m`` for ``ids``/``attention`` ``(batch, tokens)``, with the attention spelled out for
    ONNX Runtime's fusions (shared by the tagger's and the sentence encoder's exports)."""
    import torch

    b, t = ids.shape
    h = m.word.weight.shape[1]
    d = h // n_heads
    x = m.ln(m.word(ids) + m.pos(torch.arange(t, device=ids.device))[None] + m.segment(torch.zeros_like(ids)))
    # additive mask as BertModel's (a padded key gets -10000 before the softmax); every row
    # has at least its [CLS], so the softmax is the same as the boolean mask's
    mask = (1.0 - attention[:, None, None, :].to(x.dtype)) * -10000.0
    for layer in m.layers:
        q = layer.q(x).view(b, t, n_heads, d).permute(0, 2, 1, 3)
        k = layer.k(x).view(b, t, n_heads, d).permute(0, 2, 3, 1)
        v = layer.v(x).view(b, t, n_heads, d).permute(0, 2, 1, 3)
        p = torch.softmax(torch.matmul(q, k) / math.sqrt(d) + mask, -1)
        a = torch.matmul(p, v).permute(0, 2, 1, 3).reshape(b, t, h)
        x = layer.ln1(layer.o(a) + x)
        x = layer.ln2(layer.ff2(torch.nn.functional.gelu(layer.ff1(x))) + x)
    return x


def _export_graph(model: Any, n_heads: int) -> Any:
    """:func:`build_model`'s tagger in eval mode, with the attention spelled out for the optimiser."""
    import torch

    class _ExportGraph(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.m = model

        def forward(self, ids: Any, attention: Any) -> Any:
            return torch.log_softmax(self.m.head(encoder_states(self.m, ids, attention, n_heads)), -1)

    return _ExportGraph().eval()


def _weights_to_float16(path: Path) -> None:
    """Store ``path``'s large float32 weights as float16, computing in float32 all the same.

    An embedding table (read only by ``Gather``) stays float16 in memory too: the rows gathered
    are cast to float32 (half of the tagger's weights are the word embeddings: 23 MB less
    resident). Any other weight is read through a ``Cast`` to float32, which ONNX Runtime folds
    when it loads the graph. Lossless here: the weights come from a float16 file (a weight
    float16 cannot hold exactly is left float32).
    """
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    consumers: dict[str, list[Any]] = {}
    for node in graph.node:
        for i, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node, i))
    before: list[Any] = []  # casts of weights, at the top of the graph
    after: dict[str, Any] = {}  # gather output -> its cast to float32
    for init in list(graph.initializer):
        if init.data_type != TensorProto.FLOAT or math.prod(init.dims) < 1024:
            continue
        arr = numpy_helper.to_array(init)
        half = arr.astype(np.float16)
        if not np.array_equal(half.astype(np.float32), arr):
            continue
        users = consumers.get(init.name, [])
        graph.initializer.remove(init)
        if users and all(node.op_type == "Gather" and i == 0 for node, i in users):
            graph.initializer.append(numpy_helper.from_array(half, init.name))
            for node, _ in users:
                out = node.output[0]
                node.output[0] = out + "_fp16"
                after[node.output[0]] = helper.make_node("Cast", [node.output[0]], [out], to=TensorProto.FLOAT,
                                                         name=node.name + "_to_fp32")
        else:
            graph.initializer.append(numpy_helper.from_array(half, init.name + "_fp16"))
            before.append(helper.make_node("Cast", [init.name + "_fp16"], [init.name], to=TensorProto.FLOAT,
                                           name=init.name + "_cast"))
    nodes = list(before)
    for node in graph.node:
        nodes.append(node)
        if node.output and node.output[0] in after:
            nodes.append(after[node.output[0]])
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


def export(weights_dir: Path = WEIGHTS_DIR / "accurate", out: Path | None = None, precision: str = PRECISIONS[0]) -> Path:
    """Write the tagger of ``weights_dir`` as ONNX (``out``, default ``weights_dir / ONNX_FILE``).

    Args:
        weights_dir: a folder with ``minilm.json`` and ``minilm.safetensors``.
        out: the file to write.
        precision: one of :data:`PRECISIONS`.

    Returns:
        The path written.

    Raises:
        ValueError: an unknown ``precision``.
        ImportError: ``torch``, ``safetensors``, ``onnx`` or ``onnxruntime`` is missing.
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    if precision not in PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}; expected one of {', '.join(PRECISIONS)}")
    weights_dir = Path(weights_dir)
    out = Path(out) if out is not None else weights_dir / ONNX_FILE
    cfg = json.loads((weights_dir / "minilm.json").read_text(encoding="utf-8"))["config"]
    graph = _export_graph(load_torch_model(weights_dir), cfg["num_attention_heads"])
    with tempfile.TemporaryDirectory(prefix="saidwhat-onnx-") as tmp:
        optimised, fused = trace_and_fuse(graph, Path(tmp), "logprobs", {0: "batch", 1: "length"},
                                          cfg["num_attention_heads"], cfg["hidden_size"])
        print("fused: " + ", ".join(f"{k} {v}" for k, v in fused.items() if v), file=sys.stderr)
        out.parent.mkdir(parents=True, exist_ok=True)
        if precision == "int8":
            # DefaultTensorType: the fused contrib nodes have no inferred output types
            quantize_dynamic(str(optimised), str(out), weight_type=QuantType.QInt8, per_channel=True,
                             extra_options={"DefaultTensorType": 1})
        else:
            _weights_to_float16(optimised)
            out.write_bytes(optimised.read_bytes())
    _stamp(out, {"saidwhat.precision": precision, "saidwhat.window": str(WINDOW), "saidwhat.tags": ",".join(TAGS),
                 SOURCE_KEY: safetensors_digest(weights_dir)})
    return out


def trace_and_fuse(graph: Any, tmp: Path, output: str, output_axes: dict[int, str], num_heads: int,
                   hidden_size: int) -> tuple[Path, dict[str, int]]:
    """Trace a BERT-style ``graph`` (``(input_ids, attention_mask)`` → ``output``, both inputs
    ``[batch, length]`` int64) to ONNX (opset :data:`OPSET`, the TorchScript exporter) and fuse it
    with ONNX Runtime's transformer optimiser (attention, LayerNorm, GELU): returns the fused graph
    written to ``tmp/optimised.onnx`` and the optimiser's fused-operator counts. Shared by the tagger's
    export here and the sentence encoder's (:func:`saidwhat.model.sentence.export`)."""
    import torch
    from onnxruntime.transformers.optimizer import optimize_model

    ids = torch.randint(1000, 2000, (2, 16))
    attention = torch.ones_like(ids)
    attention[1, 12:] = 0
    raw, optimised = tmp / "raw.onnx", tmp / "optimised.onnx"
    with torch.no_grad(), warnings.catch_warnings():
        # the TorchScript exporter is deprecated in favour of torch.export's, which needs
        # onnxscript and writes a graph the transformer optimiser does not fuse as well
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        torch.onnx.export(
            graph, (ids, attention), str(raw), dynamo=False, opset_version=OPSET,
            input_names=["input_ids", "attention_mask"], output_names=[output],
            dynamic_axes={"input_ids": {0: "batch", 1: "length"}, "attention_mask": {0: "batch", 1: "length"},
                          output: output_axes})
    opt = optimize_model(str(raw), model_type="bert", num_heads=num_heads, hidden_size=hidden_size,
                         opt_level=0, use_gpu=False)
    fused = opt.get_fused_operator_statistics()
    opt.save_model_to_file(str(optimised))
    return optimised, fused


def safetensors_digest(weights_dir: Path) -> str:
    """SHA-256 of ``minilm.safetensors`` in ``weights_dir``: what an ONNX file was exported from."""
    import hashlib

    h = hashlib.sha256()
    with open(Path(weights_dir) / "minilm.safetensors", "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _stamp(path: Path, meta: dict[str, str]) -> None:
    """Write ``meta`` into the model's ``metadata_props`` (ONNX Runtime: ``custom_metadata_map``)."""
    import onnx

    model = onnx.load(str(path))
    del model.metadata_props[:]
    for key, value in meta.items():
        model.metadata_props.add(key=key, value=value)
    model.producer_name = "saidwhat.model.export_onnx"
    onnx.save(model, str(path))


def check(weights_dir: Path, onnx_path: Path, texts: list[str]) -> dict[str, float]:
    """Compare ``onnx_path`` with the PyTorch tagger of ``weights_dir`` on ``texts``.

    Returns:
        ``max_abs_logprob``: the largest difference of a log-probability; ``argmax_agreement``:
        the share of wordpieces whose best tag is the same; ``span_agreement``: the share of
        texts whose decoded spans are all the same.
    """
    import numpy as np

    from .minilm import MiniLMTagger, OnnxRunner

    torch_tagger = MiniLMTagger.from_disk(weights_dir, runtime="torch")
    onnx_tagger = MiniLMTagger(OnnxRunner(onnx_path), torch_tagger.tokenizer, torch_tagger.calibration)
    worst, same, total, same_spans = 0.0, 0, 0, 0
    for text in texts:
        ids = torch_tagger.tokenizer.encode(text, add_special_tokens=False).ids
        if not ids:
            continue
        a, b = torch_tagger.logprobs(ids), onnx_tagger.logprobs(ids)
        worst = max(worst, float(np.abs(a - b).max()))
        same += int((a.argmax(-1) == b.argmax(-1)).sum())
        total += len(ids)
        same_spans += torch_tagger.tag_text(text) == onnx_tagger.tag_text(text)
    return {"max_abs_logprob": worst, "argmax_agreement": same / max(total, 1),
            "span_agreement": same_spans / max(len(texts), 1)}


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m saidwhat.model.export_onnx [--precision int8|fp32] [--check DIR]``."""
    ap = argparse.ArgumentParser(prog="python -m saidwhat.model.export_onnx", description=__doc__.split("\n\n")[0])
    ap.add_argument("--weights", type=Path, default=WEIGHTS_DIR / "accurate", help="folder with minilm.safetensors")
    ap.add_argument("--out", type=Path, default=None, help=f"ONNX file to write (default: WEIGHTS/{ONNX_FILE})")
    ap.add_argument("--precision", choices=PRECISIONS, default=PRECISIONS[0])
    ap.add_argument("--check", type=Path, default=None, metavar="DIR",
                    help="then compare with the PyTorch tagger on the .txt files of DIR (e.g. PolNeAR dev text/)")
    ap.add_argument("--check-limit", type=int, default=20, help="texts compared by --check")
    args = ap.parse_args(argv)
    out = export(args.weights, args.out, args.precision)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, {args.precision}, {len(TAGS)} tags, window {WINDOW})")
    if args.check is not None:
        texts = [p.read_text(encoding="utf-8") for p in sorted(args.check.glob("*.txt"))[:args.check_limit]]
        print(json.dumps(check(args.weights, out, texts), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
