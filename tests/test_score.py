"""Tests for saidwhat.evaluate.score: per-role and end-to-end scoring on hand-built gold and Articles."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from saidwhat.engine import text_sha256
from saidwhat.errors import InputError
from saidwhat.evaluate.brat import GoldAttribution, GoldDocument, GoldSpan
from saidwhat.evaluate.score import (
    PredictedAttribution,
    Score,
    annotator_agreement,
    content_kind,
    document_errors,
    evaluate_dir,
    from_article,
    score_document,
    score_documents,
)
from saidwhat.types import Article, Attribution, Span

TEXT = ('Trump said the wall will be built soon. "We will win," Clinton told reporters. "Big."\n'
        'Critics: the plan fails. Trump was there too.')


def _at(sub: str, nth: int = 0) -> tuple[int, int]:
    s = -1
    for _ in range(nth + 1):
        s = TEXT.index(sub, s + 1)
    return s, s + len(sub)


def gspan(*subs: str | tuple[int, int]) -> GoldSpan:
    pieces = tuple(sorted(_at(s) if isinstance(s, str) else s for s in subs))
    return GoldSpan(pieces, " ".join(TEXT[a:b] for a, b in pieces))


def pspan(*subs: str | tuple[int, int]) -> Span:
    return Span.join(TEXT, [_at(s) if isinstance(s, str) else s for s in subs])


GOLD = GoldDocument("doc", TEXT, (
    GoldAttribution("E1", gspan("Trump"), gspan("said"), gspan("the wall will be built soon")),
    GoldAttribution("E2", gspan("Clinton"), gspan("told"), gspan('"We will win,"', '"Big."')),
    GoldAttribution("E3", None, gspan(":"), gspan("the plan fails")),
), "ab12")


def article(*attrs: tuple[Span | None, Span | None, Span]) -> Article:
    return Article(TEXT, text_sha256(TEXT), attributions=tuple(
        Attribution(f"a{i}", "indirect", "body", None, s, c, t) for i, (s, c, t) in enumerate(attrs, 1)))


PERFECT = article(
    (pspan("Trump"), pspan("said"), pspan("the wall will be built soon")),
    (pspan("Clinton"), pspan("told"), pspan('"We will win,"', '"Big."')),
    (None, pspan(":"), pspan("the plan fails")),
)


def test_perfect_prediction_scores_one_everywhere() -> None:
    result = score_documents([GOLD], [PERFECT])
    for (role, match), s in result.roles.items():
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), (role, match)
    assert result.end_to_end == Score(3, 3, 3) and result.end_to_end.f1 == 1.0
    assert result.content_only.f1 == 1.0
    assert result.roles[("source", "exact")] == Score(2, 2, 2)  # gold E3 has no source
    assert result.failed == ()


def test_empty_prediction_scores_zero_without_dividing_by_zero() -> None:
    result = score_documents([GOLD], [article()])
    assert result.end_to_end == Score(0, 0, 3)
    assert (result.end_to_end.precision, result.end_to_end.recall, result.end_to_end.f1) == (0.0, 0.0, 0.0)


def test_shifted_content_is_partial_but_not_exact_match() -> None:
    # one word less and one more: 6 gold tokens, 6 predicted, 5 shared -> overlap 5/6
    s = _at("the wall will be built soon")
    shifted = pspan((s[0] + 4, s[1] + 5))
    assert shifted.text == "wall will be built soon. \"We"
    result = score_documents([GOLD], [article((pspan("Trump"), pspan("said"), shifted))])
    assert result.roles[("content", "exact")].tp == 0
    assert result.roles[("content", "overlap")].tp == 1
    assert result.end_to_end == Score(1, 1, 3)


def test_content_overlap_below_half_is_no_match() -> None:
    wide = pspan('built soon. "We will win," Clinton told')
    result = score_documents([GOLD], [article((pspan("Trump"), pspan("said"), wide))])
    # tokens: built soon We will win Clinton told (7); shared with E1: built soon (2/6); with E2: We will win (3/4)
    assert result.roles[("content", "overlap")].tp == 1  # matches E2's content, by containment
    assert result.end_to_end.tp == 0  # ... but E2's source is Clinton, not Trump


def test_whitespace_at_edges_does_not_break_exact_match() -> None:
    s = _at("the wall will be built soon")
    result = score_documents([GOLD], [article((pspan("Trump"), pspan("said"), pspan((s[0] - 1, s[1]))))])
    assert result.roles[("content", "exact")].tp == 1


def test_missing_source_counts_against_end_to_end_only() -> None:
    result = score_documents([GOLD], [article((None, pspan("said"), pspan("the wall will be built soon")))])
    assert result.content_only == Score(1, 1, 3)
    assert result.end_to_end == Score(0, 1, 3)


def test_no_source_gold_needs_a_no_source_prediction() -> None:
    with_source = score_documents([GOLD], [article((pspan("Critics"), pspan(":"), pspan("the plan fails")))])
    without = score_documents([GOLD], [article((None, pspan(":"), pspan("the plan fails")))])
    assert with_source.end_to_end.tp == 0 and with_source.content_only.tp == 1
    assert without.end_to_end.tp == 1


def test_source_must_share_a_token_by_position_not_by_string() -> None:
    other_trump = pspan(_at("Trump", 1))
    result = score_documents([GOLD], [article((other_trump, pspan("said"), pspan("the wall will be built soon")))])
    assert result.end_to_end.tp == 0
    wider = pspan((0, _at("said")[1]))  # "Trump said" shares "Trump" with the gold source
    assert score_documents([GOLD], [article((wider, pspan("said"), pspan("the wall will be built soon")))]).end_to_end.tp == 1


def test_discontinuous_content_pieces() -> None:
    both = score_documents([GOLD], [article((pspan("Clinton"), pspan("told"), pspan('"We will win,"', '"Big."')))])
    assert both.roles[("content", "exact")].tp == 1
    first_only = score_documents([GOLD], [article((pspan("Clinton"), pspan("told"), pspan('"We will win,"')))])
    assert first_only.roles[("content", "exact")].tp == 0
    assert first_only.roles[("content", "overlap")].tp == 1  # contained: overlap coefficient 1.0
    assert first_only.end_to_end.tp == 1
    # one contiguous span over both pieces and the cue between them is not an exact match
    s, e = _at('"We will win,"')[0], _at('"Big."')[1]
    covering = score_documents([GOLD], [article((pspan("Clinton"), pspan("told"), pspan((s, e))))])
    assert covering.roles[("content", "exact")].tp == 0
    # 4 gold tokens (We will win Big), 7 predicted, all 4 shared -> 4/4
    assert covering.roles[("content", "overlap")].tp == 1


def test_matching_is_one_to_one() -> None:
    content = pspan("the wall will be built soon")
    result = score_documents([GOLD], [article((pspan("Trump"), pspan("said"), content),
                                              (pspan("Trump"), pspan("said"), pspan("wall will be built")))])
    assert result.end_to_end == Score(1, 2, 3)
    # the role level deduplicates identical predicted spans: one source, one cue, two contents
    assert result.roles[("source", "exact")] == Score(1, 1, 2)
    assert result.roles[("content", "overlap")] == Score(1, 2, 3)


def test_one_prediction_matches_at_most_one_gold() -> None:
    gold = GoldDocument("d", TEXT, (
        GoldAttribution("E1", gspan("Trump"), None, gspan("the wall will be built")),
        GoldAttribution("E2", gspan("Trump"), None, gspan("the wall will be built soon")),
    ), "x")
    pred = [PredictedAttribution(((0, 5),), None, (_at("the wall will be built soon"),))]
    _, e2e, _ = score_document(gold, pred)
    assert e2e == Score(1, 1, 2)


def test_punctuation_only_cue_is_compared_by_characters() -> None:
    result = score_documents([GOLD], [article((None, pspan(":"), pspan("the plan fails")))])
    assert result.roles[("cue", "exact")].tp == 1 and result.roles[("cue", "overlap")].tp == 1
    wrong = score_documents([GOLD], [article((None, pspan((_at(".")[0], _at(".")[1])), pspan("the plan fails")))])
    assert wrong.roles[("cue", "overlap")].tp == 0


def test_failed_document_is_scored_empty_and_listed() -> None:
    result = score_documents([GOLD, GOLD], [PERFECT, InputError("boom")])
    assert result.end_to_end == Score(3, 3, 6)
    assert result.failed == ("doc: boom",)
    assert result.per_document[1].failed == "boom"


def test_text_mismatch_and_length_mismatch_raise() -> None:
    other = Article(TEXT + " ", text_sha256(TEXT + " "))
    with pytest.raises(InputError, match="differs"):
        score_documents([GOLD], [other])
    with pytest.raises(ValueError):
        score_documents([GOLD], [])


def test_document_errors_name_missed_spurious_and_wrong_source() -> None:
    pred = from_article(article(
        (pspan("Trump"), pspan("said"), pspan("the wall will be built soon")),     # right
        (pspan("reporters"), pspan("told"), pspan('"We will win,"', '"Big."')),    # wrong source
        (pspan("Trump"), None, pspan("was there too")),                           # spurious
    ))
    errors = document_errors(GOLD, pred)
    assert [e["kind"] for e in errors] == ["wrong_source", "missed", "spurious"]
    assert errors[0]["gold"]["source"] == "Clinton" and errors[0]["pred"]["source"] == "reporters"
    assert errors[0]["gold"]["content"] == '"We will win," … "Big."'
    assert errors[1]["gold_id"] == "E3" and errors[1]["pred"] is None
    assert errors[2]["gold"] is None and errors[2]["pred"]["cue"] is None
    assert score_documents([GOLD], [pred], keep_errors=True).errors == tuple(errors)
    assert score_documents([GOLD], [pred]).errors == ()


@pytest.mark.parametrize("text, kind", [
    ('"We will win."', "direct"),
    ("“We will win,”", "direct"),
    ("''It works.''", "direct"),
    ('"We will win," "Big."', "direct"),
    ('"It is bad".', "direct"),
    ('that the plan was "a disaster"', "mixed"),
    ("that ''nothing'' changed", "mixed"),
    ("the plan fails", "indirect"),
    ("Clinton’s plan won’t work", "indirect"),
])
def test_content_kind(text: str, kind: str) -> None:
    assert content_kind(text) == kind


def test_recall_by_kind() -> None:
    # E1 indirect (right), E2 direct (missed), E3 indirect (right)
    pred = article((pspan("Trump"), pspan("said"), pspan("the wall will be built soon")),
                   (None, pspan(":"), pspan("the plan fails")))
    result = score_documents([GOLD], [pred])
    assert result.recall_by_kind == {"direct": (0, 1), "mixed": (0, 0), "indirect": (2, 2)}
    assert result.to_dict()["recall_by_kind"]["indirect"] == {"tp": 2, "n_gold": 2, "recall": 1.0}


def test_from_article_keeps_pieces() -> None:
    (pred,) = from_article(article((None, None, pspan('"We will win,"', '"Big."'))))
    assert pred.content == (_at('"We will win,"'), _at('"Big."')) and pred.source is None


def test_to_dict_is_json_and_table_prints() -> None:
    result = score_documents([GOLD], [PERFECT], meta={"gold_dir": "g", "mode": "accurate"})
    d = json.loads(json.dumps(result.to_dict()))
    assert d["end_to_end"]["f1"] == 1.0 and d["roles"]["content"]["exact"]["tp"] == 3
    assert d["documents"] == 1 and d["per_document"][0]["name"] == "doc"
    buf = io.StringIO()
    result.print_table(Console(file=buf, width=120))
    out = buf.getvalue()
    assert "END TO END" in out and "content" in out and "1.000" in out
    assert "recall by gold kind: direct 1.000 (1/1)" in out


def _gold_split(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "doc.txt").write_text(TEXT, encoding="utf-8", newline="")
    lines, n = [], 0
    for i, a in enumerate(GOLD.attributions, 1):
        args = []
        for role, label in ((a.source, "Source"), (a.cue, "Cue"), (a.content, "Content")):
            if role is not None:
                n += 1
                spec = ";".join(f"{s} {e}" for s, e in role.pieces)
                lines.append(f"T{n}\t{label} {spec}\t{role.text}")
                args.append(f"{label}:T{n}")
        n += 1
        cue = a.cue.pieces[0] if a.cue else (0, 1)
        trig = "Attribution" if a.source else "Attribution-no-source"
        lines.append(f"T{n}\t{trig} {cue[0]} {cue[1]}\t{TEXT[cue[0]:cue[1]]}")
        lines.append(f"E{i}\t{trig}:T{n} " + " ".join(args))
    (root / "attributions" / "doc_ab12.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_evaluate_dir_reads_json_and_brat_predictions(tmp_path: Path) -> None:
    gold_dir = _gold_split(tmp_path / "gold")
    json_dir = tmp_path / "json"
    json_dir.mkdir()
    (json_dir / "doc.json").write_text(json.dumps(PERFECT.to_dict()), encoding="utf-8")
    assert evaluate_dir(gold_dir, pred_dir=json_dir).end_to_end == Score(3, 3, 3)
    (json_dir / "doc.json").write_text(json.dumps(PERFECT.to_dict(include_text=False)), encoding="utf-8")
    assert evaluate_dir(gold_dir, pred_dir=json_dir).end_to_end == Score(3, 3, 3)
    # brat predictions: the gold file itself scores 1.0
    result = evaluate_dir(gold_dir, pred_dir=gold_dir / "attributions")
    assert result.end_to_end == Score(3, 3, 3) and result.meta["pred_dir"].endswith("attributions")


def test_evaluate_dir_missing_and_bad_predictions_fail_softly(tmp_path: Path) -> None:
    gold_dir = _gold_split(tmp_path / "gold")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = evaluate_dir(gold_dir, pred_dir=empty)
    assert result.end_to_end == Score(0, 0, 3) and len(result.failed) == 1
    (empty / "doc.json").write_text("{not json", encoding="utf-8")
    assert "not a saidwhat/1 article" in evaluate_dir(gold_dir, pred_dir=empty).failed[0]


def test_evaluate_dir_rejects_bad_arguments(tmp_path: Path) -> None:
    gold_dir = _gold_split(tmp_path / "gold")
    with pytest.raises(InputError, match="not a folder"):
        evaluate_dir(gold_dir, pred_dir=tmp_path / "nope")
    with pytest.raises(InputError, match="limit"):
        evaluate_dir(gold_dir, pred_dir=gold_dir, limit=0)
    with pytest.raises(InputError, match="split folder"):
        evaluate_dir(tmp_path)


def test_annotator_agreement_pairs_each_annotator_with_the_others(tmp_path: Path) -> None:
    gold_dir = _gold_split(tmp_path / "gold")
    ann = (gold_dir / "attributions" / "doc_ab12.ann").read_text(encoding="utf-8")
    # a second annotator who left out the last event (E3 and its text-bound lines)
    keep = [line for line in ann.splitlines() if not line.startswith(("E3\t", "T9\t", "T10\t", "T11\t"))]
    (gold_dir / "attributions" / "doc_cd34.ann").write_text("\n".join(keep) + "\n", encoding="utf-8")
    result = annotator_agreement(gold_dir)
    assert result.documents == 2  # (ab12, cd34) and (cd34, ab12)
    assert result.end_to_end == Score(4, 5, 5)
    assert result.meta["texts"] == 1


@pytest.mark.model
def test_evaluate_dir_runs_the_engine(tmp_path: Path) -> None:
    gold_dir = _gold_split(tmp_path / "gold")
    result = evaluate_dir(gold_dir)
    assert result.documents == 1 and result.failed == ()
    assert result.end_to_end.n_gold == 3
    assert result.meta["mode"] == "accurate"


def test_floating_quote_scores_through_its_speakers_mention():
    from saidwhat.evaluate.brat import GoldAttribution, GoldDocument, GoldSpan
    from saidwhat.evaluate.score import from_article, score_document
    from saidwhat.types import Article, Attribution, Span, Speaker

    text = "Ana Ruiz spoke. “The bridge is safe.”"
    gold = GoldDocument("d", text, (GoldAttribution("E1", GoldSpan(((0, 8),), "Ana Ruiz"), None,
                                                    GoldSpan(((16, 37),), "“The bridge is safe.”")),), "x")
    sp = Speaker("s1", "Ana Ruiz", "person", None, (Span.of(text, 0, 8),))
    floating = Attribution("a1", "direct", "body", "s1", None, None, Span.of(text, 16, 37))
    art = Article(text, "0" * 64, None, (), (sp,), (floating,))
    _, e2e, _ = score_document(gold, from_article(art))
    assert e2e.tp == 1
    unresolved = Article(text, "0" * 64, None, (), (), (Attribution("a1", "direct", "body", None, None, None,
                                                                  Span.of(text, 16, 37)),))
    _, e2e, _ = score_document(gold, from_article(unresolved))
    assert e2e.tp == 0
