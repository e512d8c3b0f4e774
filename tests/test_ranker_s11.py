"""Session 11: the mention ranker's type-compatibility feature (``coref.type_similarity``, behind
``coref._S11_TYPESIM``) and the trainer's ``--out`` option (invented text)."""

import pytest


def test_word_vectors_are_unit_length_and_cached():
    from saidwhat.pipeline import coref

    if coref._static_table() is None:
        pytest.skip("model/weights/accurate is not installed")
    v = coref.word_vector("insurer")
    assert v is not None and v.shape == (384,) and abs(float(v @ v) - 1.0) < 1e-3
    assert coref.word_vector("insurer") is v  # one table lookup per word
    assert coref.word_vector("1,200") is None  # no letters


def test_a_description_fits_the_candidate_the_article_describes_alike(nlp):
    """"the insurer": the company the article called an insurance group fits better than any
    other candidate; "the striker": the footballer better than the council leader."""
    from saidwhat.pipeline import coref
    from saidwhat.pipeline.speakers import named_mentions

    if coref._static_table() is None:
        pytest.skip("model/weights/accurate is not installed")
    text = ("Pellworth Mutual Ltd, the insurance group, lost money on floods this year. Dunmere Rovers FC "
            "lost again on Saturday, and the club sacked its manager. Council leader Ruth Okafor "
            "opened a library, while midfielder Tom Varga scored twice.\n\n"
            "The insurer said claims had doubled. The striker said he was happy.")
    doc = nlp(text)
    cands = coref.Candidates(doc, named_mentions(doc))
    by_name = {c.name: c for c in cands.clusters}
    insurer = by_name.get("Pellworth Mutual Ltd")
    assert insurer is not None, by_name
    sim = coref.type_similarity
    assert all(sim(cands, ["the", "insurer"], insurer) > sim(cands, ["the", "insurer"], c)
               for c in cands.clusters if c is not insurer)
    okafor, varga = by_name.get("Ruth Okafor"), by_name.get("Tom Varga")
    assert okafor is not None and varga is not None, by_name
    assert sim(cands, ["the", "striker"], varga) > sim(cands, ["the", "striker"], okafor)


def test_type_sim_is_a_feature_of_descriptions_only(nlp, monkeypatch):
    from saidwhat.pipeline import coref
    from saidwhat.pipeline.speakers import named_mentions

    if coref._static_table() is None:
        pytest.skip("model/weights/accurate is not installed")
    text = "Pellworth Mutual Ltd, the insurance group, lost money on floods.\n\nThe insurer said claims had doubled."
    doc = nlp(text)
    cands = coref.Candidates(doc, named_mentions(doc))
    pos = text.index("The insurer")

    def feats(cls, words):
        ctx = coref.PairContext(pos=pos, words=words, cls=cls, prev=None, para_speakers=set(), speakers=set(),
                                sent_start=pos, para_start=pos, end=pos + 11)
        return coref.pair_features(cands, ctx, cands.clusters[0], 0)

    monkeypatch.setattr(coref, "_S11_TYPESIM", True)  # measured, not shipped (off by default)
    assert feats("org_desc", ["the", "insurer"]).get("type_sim", 0) > 0.3
    assert "type_sim" not in feats("pronoun_it", ["it"])
    monkeypatch.setattr(coref, "_S11_TYPESIM", False)
    assert "type_sim" not in feats("org_desc", ["the", "insurer"])


def test_description_head_is_the_last_content_word_before_a_preposition():
    from saidwhat.pipeline.coref import _description_head

    assert _description_head(["the", "swindon-based", "insurer"]) == "insurer"
    assert _description_head(["the", "head", "of", "the", "club"]) == "head"
    assert _description_head(["the"]) is None


def test_trainer_out_writes_candidate_weights_elsewhere(monkeypatch, tmp_path):
    """``train_coref --out PATH``: the weights go to PATH, never over the shipped ``coref.json``."""
    import json
    from types import SimpleNamespace

    from saidwhat.model import train_coref as T

    g = SimpleNamespace(doc="train/d0", speaker="Ana Ruiz", kind="pronoun")
    rows = [(g, [(object(), {"bias": 1.0, "prev_speaker": 1.0}), (None, {"new": 1.0})], 0, "pronoun_f")]
    monkeypatch.setattr(T, "_read_all", lambda *a, **k: rows)
    monkeypatch.setattr(T, "WEIGHTS_PATH", tmp_path / "shipped.json")
    import spacy

    monkeypatch.setattr(spacy, "load", lambda *a, **k: SimpleNamespace(add_pipe=lambda *a, **k: None))
    out = tmp_path / "cand.json"
    T.main(["--dev", "--out", str(out)])
    assert json.loads(out.read_text())["weights"] and not (tmp_path / "shipped.json").exists()
