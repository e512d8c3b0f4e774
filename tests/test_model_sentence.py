"""The sentence encoder of paraphrase links (model/sentence.py): all-MiniLM-L6-v2 on ONNX Runtime."""

from __future__ import annotations

import pytest

pytest.importorskip("onnxruntime")
np = pytest.importorskip("numpy")

from saidwhat.model.sentence import DIMENSIONS, SENTENCE_DIR, SENTENCE_FILE, SentenceEncoder, load_encoder  # noqa: E402

pytestmark = pytest.mark.skipif(not (SENTENCE_DIR / SENTENCE_FILE).is_file(), reason="no exported sentence encoder")


@pytest.fixture(scope="module")
def enc():
    return SentenceEncoder()


def test_embeddings_are_unit_rows_and_do_not_depend_on_their_neighbours(enc):
    texts = ["he's not ready to support Trump", "I'm just not ready to do that at this point", ""]
    got = enc.encode(texts)
    assert got.shape == (3, DIMENSIONS) and got.dtype == np.float32
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-4)
    alone = enc.encode([texts[1]])
    assert np.array_equal(alone[0], got[1])


def test_a_paraphrase_is_closer_than_another_claim_of_the_same_speaker(enc):
    quote, para, other = enc.encode([
        "The county will not raise the sales tax to pay for the new stadium",
        "the county would not pay for the stadium with a higher sales tax",
        "the bridge on Mill Road would open again in the spring",
    ])
    assert float(quote @ para) > float(quote @ other) + 0.2


def test_a_missing_file_gives_no_encoder(tmp_path):
    assert load_encoder(tmp_path / "none.onnx") is None
    with pytest.raises(FileNotFoundError):
        SentenceEncoder(tmp_path / "none.onnx")
