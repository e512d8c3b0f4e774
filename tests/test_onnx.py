"""The accurate tagger under ONNX Runtime: same tags as PyTorch, and no torch needed to run it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from saidwhat.model import RUNTIME_ENV, weights_path
from saidwhat.model.minilm import ONNX_FILE, TAGS, MiniLMTagger, OnnxRunner

ROOT = Path(__file__).resolve().parents[1]
ACCURATE = ROOT / "src" / "saidwhat" / "model" / "weights" / "accurate"
EXAMPLE = ROOT / "examples" / "assad-us-troops.txt"

TEXTS = [
    'The senator said the bill would pass next week. "We have the votes," she told reporters.',
    "According to two officials familiar with the talks, the deal is close, though the Kremlin "
    "spokesman, Dmitry Peskov, declined to comment on Tuesday.",
    "“It’s a disgrace,” Mr. Smith wrote on Twitter, adding that the governor hasn’t said when the "
    "schools would reopen. Critics argue the plan is too slow.",
]

#: Least share of wordpieces whose best tag is the same under both runtimes, per text, and least
#: exact-span F1 between them on a whole article, by the precision of the shipped graph
#: (``saidwhat.precision`` in its metadata). The float32 graph gives PyTorch's tags. An int8 graph
#: (dynamic quantisation, per-channel weights; ``--precision int8``) changes the best tag of about
#: 2.5 % of wordpieces on PolNeAR dev, mostly at span edges (on the seed article 82 of 90 spans
#: stay the same), and lowers end-to-end F1 by 0.002-0.005 (BENCHMARKS.md).
AGREEMENT = {"fp32": (1.0, 1.0), "int8": (0.95, 0.85)}

needs_onnx = pytest.mark.skipif(not (ACCURATE / ONNX_FILE).is_file(), reason=f"no {ONNX_FILE} shipped")


def _texts() -> list[str]:
    return TEXTS + ([EXAMPLE.read_text(encoding="utf-8")] if EXAMPLE.is_file() else [])


@pytest.fixture(scope="module")
def taggers() -> tuple[MiniLMTagger, MiniLMTagger]:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("torch")
    pytest.importorskip("safetensors")
    torch_tagger = MiniLMTagger.from_disk(ACCURATE, runtime="torch")
    onnx_tagger = MiniLMTagger.from_disk(ACCURATE, runtime="onnx")
    return torch_tagger, onnx_tagger


def _meta() -> dict[str, str]:
    ort = pytest.importorskip("onnxruntime")
    return ort.InferenceSession(str(ACCURATE / ONNX_FILE), providers=["CPUExecutionProvider"]).get_modelmeta().custom_metadata_map


@needs_onnx
def test_onnx_tagger_gives_the_torch_taggers_tags(taggers):
    torch_tagger, onnx_tagger = taggers
    assert (torch_tagger.runtime, onnx_tagger.runtime) == ("torch", "onnx")
    tag_agreement, _ = AGREEMENT[_meta()["saidwhat.precision"]]
    for text in _texts():
        ids = torch_tagger.tokenizer.encode(text, add_special_tokens=False).ids
        a, b = torch_tagger.logprobs(ids), onnx_tagger.logprobs(ids)
        assert a.shape == b.shape == (len(ids), len(TAGS))
        agree = float((a.argmax(-1) == b.argmax(-1)).mean())
        assert agree >= tag_agreement, (agree, text[:60])
        if tag_agreement == 1.0:
            assert abs(a - b).max() < 1e-3


@needs_onnx
def test_onnx_tagger_finds_the_same_spans(taggers):
    torch_tagger, onnx_tagger = taggers
    for text in TEXTS:
        assert onnx_tagger.tag_text(text) == torch_tagger.tag_text(text), text
    _, span_agreement = AGREEMENT[_meta()["saidwhat.precision"]]
    if EXAMPLE.is_file():
        text = EXAMPLE.read_text(encoding="utf-8")
        a, b = set(torch_tagger.tag_text(text)), set(onnx_tagger.tag_text(text))
        assert 2 * len(a & b) / (len(a) + len(b)) >= span_agreement


@needs_onnx
def test_shipped_onnx_was_exported_from_the_shipped_weights():
    from saidwhat.model.export_onnx import SOURCE_KEY, safetensors_digest

    meta = _meta()
    assert meta.get(SOURCE_KEY) == safetensors_digest(ACCURATE), f"{ONNX_FILE} is stale: run `make export-onnx`"
    assert meta.get("saidwhat.tags") == ",".join(TAGS)
    assert meta.get("saidwhat.precision") in AGREEMENT
    assert (ACCURATE / ONNX_FILE).stat().st_size < 50e6


@pytest.mark.slow
def test_export_in_float32_gives_the_torch_taggers_spans(tmp_path):
    for name in ("torch", "safetensors", "onnx", "onnxruntime"):
        pytest.importorskip(name)
    from saidwhat.model.export_onnx import check, export

    out = export(ACCURATE, tmp_path / "fp32.onnx", precision="fp32")
    assert out.stat().st_size < 1.05 * (ACCURATE / "minilm.safetensors").stat().st_size  # weights stored in float16
    got = check(ACCURATE, out, _texts())
    assert got["max_abs_logprob"] < 1e-3 and got["argmax_agreement"] == 1.0 and got["span_agreement"] == 1.0, got


@needs_onnx
def test_onnx_runner_scores_each_window_on_its_own():
    pytest.importorskip("onnxruntime")
    import numpy as np

    runner = OnnxRunner(ACCURATE / ONNX_FILE)
    ids = np.array([[101, 1996, 5205, 2056, 102, 0, 0], [101, 2016, 2409, 2739, 2008, 2009, 102]], dtype=np.int64)
    att = (np.arange(7)[None] < np.array([[5], [7]])).astype(np.int64)
    both = runner(ids, att)
    alone = runner(ids[:1, :5], att[:1, :5])
    assert both.shape == (2, 7, len(TAGS))
    assert np.allclose(np.exp(both[0, :5]).sum(-1), 1.0, atol=1e-4)  # log-probabilities
    assert np.allclose(np.exp(both[1]).sum(-1), 1.0, atol=1e-4)
    assert (both[0, 5:] == 0).all()  # padded positions are not run
    # a window's scores depend neither on its padding nor on the other windows of the batch
    # (the int8 graph quantises activations per run, so batching would mix them)
    assert np.array_equal(both[0, :5], alone[0])
    assert np.array_equal(both[1], runner(ids[1:], att[1:])[0])


def _run_blocked(blocked: list[str], code: str) -> dict:
    """Run ``code`` in a fresh interpreter where importing any of ``blocked`` fails, as if it
    were not installed; ``code`` prints one JSON line, returned."""
    prelude = textwrap.dedent(f"""
        import importlib.abc, sys
        BLOCKED = {blocked!r}
        class _Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in BLOCKED:
                    raise ModuleNotFoundError(f"No module named {{name!r}} (blocked by the test)")
                return None
        sys.meta_path.insert(0, _Block())
    """)
    env = {k: v for k, v in __import__("os").environ.items() if k != RUNTIME_ENV}
    out = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True, text=True,
                         timeout=300, env=env, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@needs_onnx
@pytest.mark.model
@pytest.mark.slow
def test_accurate_runs_on_onnx_without_torch():
    pytest.importorskip("onnxruntime")
    got = _run_blocked(["torch", "safetensors"], """
        import json, sys
        import saidwhat
        from saidwhat.model import load_tagger
        text = 'The senator said the bill would pass next week. "We have the votes," she told reporters.'
        art = saidwhat.extract(text, mode="accurate")
        tagger = load_tagger("accurate")
        print(json.dumps({"tagger": type(tagger).__name__, "runtime": getattr(tagger, "runtime", None),
                          "torch_loaded": "torch" in sys.modules,
                          "contents": [a.content.text for a in art.attributions]}))
    """)
    assert got["tagger"] == "MiniLMTagger" and got["runtime"] == "onnx"
    assert not got["torch_loaded"]
    assert any("bill would pass" in c for c in got["contents"]), got
    assert any("We have the votes" in c for c in got["contents"]), got


@pytest.mark.model
def test_accurate_falls_back_to_fast_without_onnxruntime_and_torch():
    got = _run_blocked(["torch", "safetensors", "onnxruntime"], """
        import json
        from saidwhat.model import load_tagger
        print(json.dumps({"accurate": type(load_tagger("accurate")).__name__,
                          "same": load_tagger("accurate") is load_tagger("fast")}))
    """)
    assert got == {"accurate": "AttributionTagger", "same": True}


def test_accurate_uses_torch_without_onnxruntime():
    pytest.importorskip("torch")
    pytest.importorskip("safetensors")
    got = _run_blocked(["onnxruntime"], """
        import json
        from saidwhat.model import load_tagger
        t = load_tagger("accurate")
        print(json.dumps({"runtime": getattr(t, "runtime", None)}))
    """)
    assert got == {"runtime": "torch"}


def test_runtime_can_be_chosen(monkeypatch):
    pytest.importorskip("torch")
    from saidwhat.model import load_tagger

    monkeypatch.setenv(RUNTIME_ENV, "torch")
    assert load_tagger("accurate").runtime == "torch"
    assert weights_path("accurate") == ACCURATE
    with pytest.raises(ValueError, match="unknown MiniLM runtime"):
        MiniLMTagger.from_disk(ACCURATE, runtime="tensorflow")


@needs_onnx
def test_onnx_runner_takes_its_thread_cap_from_omp_num_threads(monkeypatch):
    """Dask's nannies and saidwhat.parallel's workers set OMP_NUM_THREADS=1 so that N worker
    processes use N cores; ONNX Runtime ignores that variable by itself (issue 14)."""
    pytest.importorskip("onnxruntime")
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    assert OnnxRunner(ACCURATE / ONNX_FILE).session.get_session_options().intra_op_num_threads == 1
    assert OnnxRunner(ACCURATE / ONNX_FILE, threads=2).session.get_session_options().intra_op_num_threads == 2
    monkeypatch.setenv("OMP_NUM_THREADS", "not a number")
    assert OnnxRunner(ACCURATE / ONNX_FILE).session.get_session_options().intra_op_num_threads == 0  # ORT's default
