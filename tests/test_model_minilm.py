"""Pure helpers of the MiniLM tagger (no torch or onnxruntime needed): windows, BIO decoding, weight names."""

from __future__ import annotations

import pytest

from saidwhat.model.minilm import MIN_OVERLAP, TAGS, decode, hf_to_ours, windows


def _check_cover(ws, n, size, min_overlap):
    assert ws[0][0] == 0 and ws[-1][1] == n
    covered = set()
    for (s, e), nxt in zip(ws, ws[1:] + [None]):
        assert e - s == min(size, n)
        if nxt is not None:
            assert e - nxt[0] >= min_overlap and nxt[0] > s
        covered.update(range(s, e))
    assert covered == set(range(n))


@pytest.mark.parametrize("n", [1, 10, 254, 255, 300, 508, 509, 600, 2000, 5003])
@pytest.mark.parametrize("min_overlap", [0, 32, 64, 127])
def test_windows_cover_everything_with_the_least_overlap_asked(n, min_overlap):
    ws = windows(n, size=254, min_overlap=min_overlap)
    _check_cover(ws, n, 254, min_overlap)
    if n > 254:  # as few windows as that overlap allows
        step = 254 - min_overlap
        assert len(ws) == max(2, -(-(n - min_overlap) // step))


def test_windows_default_overlap_and_sizes():
    assert windows(10, size=254) == [(0, 10)]
    assert windows(600, size=254, min_overlap=0) == [(0, 254), (173, 427), (346, 600)]
    assert windows(508, size=254, min_overlap=0) == [(0, 254), (254, 508)]
    assert len(windows(600, size=254)) == len(windows(600, size=254, min_overlap=MIN_OVERLAP))
    with pytest.raises(ValueError):
        windows(600, size=254, min_overlap=254)


def test_decode_bio_into_char_spans():
    t = {tag: i for i, tag in enumerate(TAGS)}
    offsets = [(0, 5), (6, 10), (11, 15), (16, 19), (19, 20), (21, 25)]
    tags = [t["B-SOURCE"], t["B-CUE"], t["B-CONTENT"], t["I-CONTENT"], t["I-CONTENT"], t["O"]]
    assert decode(tags, offsets) == [(0, 5, "SOURCE"), (6, 10, "CUE"), (11, 20, "CONTENT")]


def test_decode_starts_a_span_at_a_stray_inside_tag():
    t = {tag: i for i, tag in enumerate(TAGS)}
    assert decode([t["O"], t["I-CUE"], t["I-CUE"]], [(0, 1), (2, 3), (4, 5)]) == [(2, 5, "CUE")]
    assert decode([t["I-CUE"], t["I-SOURCE"]], [(0, 1), (2, 3)]) == [(0, 1, "CUE"), (2, 3, "SOURCE")]


@pytest.mark.parametrize("hf, ours", [
    ("embeddings.word_embeddings.weight", "word.weight"),
    ("embeddings.LayerNorm.bias", "ln.bias"),
    ("encoder.layer.3.attention.self.query.weight", "layers.3.q.weight"),
    ("encoder.layer.0.attention.output.LayerNorm.weight", "layers.0.ln1.weight"),
    ("encoder.layer.5.output.dense.bias", "layers.5.ff2.bias"),
    ("encoder.layer.5.intermediate.dense.weight", "layers.5.ff1.weight"),
    ("pooler.dense.weight", None),
])
def test_hugging_face_names_map_to_ours(hf, ours):
    assert hf_to_ours(hf) == ours


def test_snap_widens_to_words_and_joins_across_spaces():
    from saidwhat.model.minilm import snap

    text = "Officials were saying that it is over"
    i = text.index("saying")
    assert snap(text, [(i, i + 3, "CUE")]) == [(i, i + 6, "CUE")]
    j = text.index("it")
    assert snap(text, [(j, j + 5, "CONTENT"), (j + 6, len(text), "CONTENT")]) == [(j, len(text), "CONTENT")]
    assert snap(text, [(0, 9, "SOURCE"), (10, 14, "CUE")]) == [(0, 9, "SOURCE"), (10, 14, "CUE")]


def test_snap_joins_a_negative_contraction_split_by_wordpieces():
    from saidwhat.model.minilm import snap

    t = "the incident hasn’t hurt the talks"
    a, b = t.index("incident"), t.index("hasn") + 4
    c = t.index("t hurt")
    assert [t[s:e] for s, e, _ in snap(t, [(a, b, "CONTENT"), (c, c + 6, "CONTENT")])] == ["incident hasn’t hurt"]
    u = "Trump’s plan"
    assert snap(u, [(0, 5, "SOURCE")]) == [(0, 5, "SOURCE")]  # a possessive is not a contraction


def _logprobs(rows):
    """Log-probabilities from rows of {tag: prob} (the rest of the mass spread over the other tags)."""
    import numpy as np

    out = []
    for row in rows:
        rest = (1.0 - sum(row.values())) / (len(TAGS) - len(row))
        out.append([row.get(tag, rest) for tag in TAGS])
    return np.log(np.array(out))


def test_viterbi_never_starts_a_span_with_an_inside_tag():
    from saidwhat.model.minilm import viterbi

    # argmax per wordpiece would read O, I-CUE, I-CUE: a span without a beginning
    lp = _logprobs([{"O": 0.9}, {"I-CUE": 0.5, "B-CUE": 0.3}, {"I-CUE": 0.8}])
    assert [TAGS[t] for t in viterbi(lp)] == ["O", "B-CUE", "I-CUE"]


def test_viterbi_keeps_a_span_whole_across_one_uncertain_wordpiece():
    from saidwhat.model.minilm import viterbi

    # argmax: B-CONTENT I-CONTENT I-SOURCE I-CONTENT; I-SOURCE cannot follow I-CONTENT
    lp = _logprobs([{"B-CONTENT": 0.9}, {"I-CONTENT": 0.9}, {"I-SOURCE": 0.45, "I-CONTENT": 0.4}, {"I-CONTENT": 0.9}])
    assert [TAGS[t] for t in viterbi(lp)] == ["B-CONTENT", "I-CONTENT", "I-CONTENT", "I-CONTENT"]
    assert viterbi(lp[:0]) == []


def test_viterbi_follows_a_confident_argmax():
    from saidwhat.model.minilm import viterbi

    rows = [{"B-SOURCE": 0.9}, {"B-CUE": 0.9}, {"B-CONTENT": 0.9}, {"I-CONTENT": 0.9}, {"O": 0.9}]
    assert [TAGS[t] for t in viterbi(_logprobs(rows))] == ["B-SOURCE", "B-CUE", "B-CONTENT", "I-CONTENT", "O"]
