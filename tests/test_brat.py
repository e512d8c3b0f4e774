"""Tests for saidwhat.evaluate.brat: the PolNeAR brat standoff reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from saidwhat.errors import InputError
from saidwhat.evaluate.brat import GoldSpan, annotation_files, read_corpus, read_document, to_ann
from saidwhat.types import Attribution, Span

POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"

TEXT = 'Officials said the plan works. "It is bad," he said. "Very bad."\nShe added:\n"No."'


def _write_split(root: Path, name: str, text: str, anns: dict[str, str]) -> Path:
    (root / "text").mkdir(parents=True, exist_ok=True)
    (root / "attributions").mkdir(parents=True, exist_ok=True)
    (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    for annotator, body in anns.items():
        (root / "attributions" / f"{name}_{annotator}.ann").write_text(body, encoding="utf-8", newline="")
    return root


def _ann(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _piece(sub: str, start_at: int = 0) -> tuple[int, int]:
    s = TEXT.index(sub, start_at)
    return s, s + len(sub)


def test_reads_source_cue_content_with_offsets_matching_text(tmp_path: Path) -> None:
    src, cue, con = _piece("Officials"), _piece("said"), _piece("the plan works")
    ann = _ann([
        f"T1\tSource {src[0]} {src[1]}\tOfficials",
        f"T2\tCue {cue[0]} {cue[1]}\tsaid",
        f"T3\tContent {con[0]} {con[1]}\tthe plan works",
        f"T4\tAttribution {cue[0]} {cue[1]}\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    ])
    d = _write_split(tmp_path, "doc", TEXT, {"ab12": ann})
    doc = read_document(d / "text" / "doc.txt", d / "attributions" / "doc_ab12.ann")
    assert doc.name == "doc" and doc.annotator == "ab12" and doc.text == TEXT
    (a,) = doc.attributions
    assert a.id == "E1"
    assert a.source == GoldSpan((src,), "Officials")
    assert a.cue is not None and a.cue.text == "said"
    assert a.content is not None and (a.content.start_char, a.content.end_char) == con
    assert TEXT[a.content.start_char:a.content.end_char] == "the plan works"


def test_discontinuous_content_pieces_listed_out_of_text_order(tmp_path: Path) -> None:
    p1, p2 = _piece('"It is bad,"'), _piece('"Very bad."')
    # brat joins the pieces' texts with one space, in the order the pieces are listed.
    ann = _ann([
        f"T1\tContent {p2[0]} {p2[1]};{p1[0]} {p1[1]}\t\"Very bad.\" \"It is bad,\"",
        "T2\tCue 47 51\tsaid",
        "T3\tSource 44 46\the",
        "T4\tAttribution 47 51\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
    ])
    d = _write_split(tmp_path, "doc", TEXT, {"ab12": ann})
    (a,) = read_document(d / "text" / "doc.txt", d / "attributions" / "doc_ab12.ann").attributions
    assert a.content is not None
    assert a.content.pieces == (p1, p2)
    assert a.content.text == '"It is bad," "Very bad."'
    assert (a.content.start_char, a.content.end_char) == (p1[0], p2[1])


def test_multiline_span_text_and_missing_source_and_shared_cue(tmp_path: Path) -> None:
    con = _piece("She added:\n\"No.\"")
    cue = _piece("added")
    ann = _ann([
        f"T1\tContent {con[0]} {con[1]}\tShe added:",
        '"No."',
        f"T2\tCue {cue[0]} {cue[1]}\tadded",
        f"T3\tAttribution-no-source {cue[0]} {cue[1]}\tadded",
        "E1\tAttribution-no-source:T3 Content:T1 Cue:T2 ",
        "E2\tAttribution-no-source:T3 Cue:T2",
        "T9\tDiscard 0 9\tOfficials",
        "#1\tAnnotatorNotes T1\ta note",
    ])
    d = _write_split(tmp_path, "doc", TEXT, {"ab12": ann})
    doc = read_document(d / "text" / "doc.txt", d / "attributions" / "doc_ab12.ann")
    a1, a2 = doc.attributions
    assert a1.source is None and a1.content is not None and a1.content.text == 'She added:\n"No."'
    assert a2.content is None and a2.cue == a1.cue


def test_content2_is_merged_into_content(tmp_path: Path) -> None:
    p1, p2 = _piece('"It is bad,"'), _piece('"Very bad."')
    ann = _ann([
        f"T1\tContent {p1[0]} {p1[1]}\t\"It is bad,\"",
        f"T2\tContent {p2[0]} {p2[1]}\t\"Very bad.\"",
        "T3\tAttribution 47 51\tsaid",
        "E1\tAttribution:T3 Content:T1 Content2:T2",
    ])
    d = _write_split(tmp_path, "doc", TEXT, {"ab12": ann})
    (a,) = read_document(d / "text" / "doc.txt", d / "attributions" / "doc_ab12.ann").attributions
    assert a.content is not None and a.content.pieces == (p1, p2)
    assert a.source is None and a.cue is None


def test_crlf_text_keeps_offsets_in_characters_of_the_file(tmp_path: Path) -> None:
    text = "Line one.\r\nHe said: yes."
    s = text.index("yes")
    ann = _ann([f"T1\tContent {s} {s + 3}\tyes", "T2\tAttribution 14 18\tsaid", "E1\tAttribution:T2 Content:T1"])
    d = _write_split(tmp_path, "doc", text, {"ab12": ann})
    doc = read_document(d / "text" / "doc.txt", d / "attributions" / "doc_ab12.ann")
    assert doc.text == text  # no newline translation
    assert doc.attributions[0].content == GoldSpan(((s, s + 3),), "yes")


def test_bom_shift_is_repaired(tmp_path: Path) -> None:
    text = "\ufeffHe said yes."
    ann = _ann(["T1\tContent 8 11\tyes", "T2\tAttribution 3 7\tsaid", "E1\tAttribution:T2 Content:T1"])
    d = _write_split(tmp_path, "doc", text, {"ab12": ann})
    doc = read_document(d / "text" / "doc.txt", d / "attributions" / "doc_ab12.ann")
    content = doc.attributions[0].content
    assert content is not None and content.pieces == ((9, 12),)
    assert text[9:12] == "yes"


def test_offset_mismatch_raises_input_error(tmp_path: Path) -> None:
    ann = _ann(["T1\tContent 0 9\tOfficialz", "T2\tAttribution 10 14\tsaid", "E1\tAttribution:T2 Content:T1"])
    d = _write_split(tmp_path, "doc", TEXT, {"ab12": ann})
    with pytest.raises(InputError, match="T1"):
        read_document(d / "text" / "doc.txt", d / "attributions" / "doc_ab12.ann")


def test_out_of_range_and_unknown_id_raise(tmp_path: Path) -> None:
    d = _write_split(tmp_path, "doc", TEXT, {
        "aa": _ann(["T1\tContent 0 9999\tx", "T2\tAttribution 10 14\tsaid", "E1\tAttribution:T2 Content:T1"]),
        "bb": _ann(["T2\tAttribution 10 14\tsaid", "E1\tAttribution:T2 Content:T7"]),
    })
    with pytest.raises(InputError, match="outside"):
        read_document(d / "text" / "doc.txt", d / "attributions" / "doc_aa.ann")
    with pytest.raises(InputError, match="unknown annotation id"):
        read_document(d / "text" / "doc.txt", d / "attributions" / "doc_bb.ann")


def test_read_corpus_picks_first_annotator_in_sorted_order(tmp_path: Path) -> None:
    one = _ann(["T1\tContent 15 29\tthe plan works", "T2\tAttribution 10 14\tsaid", "E1\tAttribution:T2 Content:T1"])
    none = _ann(["T9\tDiscard 0 9\tOfficials"])
    d = _write_split(tmp_path, "b_doc", TEXT, {"ff00": none, "0a1b": one})
    _write_split(tmp_path, "a_doc", "He said no.", {"zz": _ann([])})
    (tmp_path / "attributions" / "orphan_x1.ann").write_text("", encoding="utf-8")  # no text: skipped
    files = annotation_files(d)
    assert files["b_doc"].name == "b_doc_0a1b.ann"
    docs = read_corpus(d)
    assert [doc.name for doc in docs] == ["a_doc", "b_doc"]
    assert docs[1].annotator == "0a1b" and len(docs[1].attributions) == 1
    assert docs[0].attributions == ()


def test_read_corpus_rejects_a_folder_without_text(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="text/"):
        read_corpus(tmp_path)


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="PolNeAR dev split not present")
def test_polnear_dev_reads_and_every_piece_matches_the_text() -> None:
    docs = read_corpus(POLNEAR_DEV)
    assert len(docs) == 84
    n = 0
    for doc in docs:
        for a in doc.attributions:
            for span in (a.source, a.cue, a.content):
                if span is None:
                    continue
                n += 1
                assert list(span.pieces) == sorted(span.pieces)
                assert span.text == " ".join(doc.text[s:e] for s, e in span.pieces)
    assert n > 5000


def test_to_ann_round_trips_through_read_document(tmp_path: Path) -> None:
    attrs = [
        Attribution("a1", "indirect", "body", None, Span.of(TEXT, *_piece("Officials")), Span.of(TEXT, *_piece("said")),
                    Span.of(TEXT, *_piece("the plan works"))),
        Attribution("a2", "direct", "body", None, Span.of(TEXT, 44, 46), Span.of(TEXT, 47, 51),
                    Span.join(TEXT, [_piece('"It is bad,"'), _piece('"Very bad."')])),
        Attribution("a3", "direct", "body", None, None, None, Span.of(TEXT, *_piece('She added:\n"No."'))),
    ]
    d = _write_split(tmp_path, "doc", TEXT, {"pred": to_ann(attrs, TEXT)})
    doc = read_document(d / "text" / "doc.txt", d / "attributions" / "doc_pred.ann")
    assert len(doc.attributions) == 3
    for a, g in zip(attrs, doc.attributions):
        for role in ("source", "cue", "content"):
            span, gold = getattr(a, role), getattr(g, role)
            if span is None:
                assert gold is None
            else:
                pieces = tuple((p.start_char, p.end_char) for p in span.pieces) or ((span.start_char, span.end_char),)
                assert gold is not None and gold.pieces == pieces
    assert to_ann([], TEXT) == ""
