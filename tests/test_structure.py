"""Tests of saidwhat.article.structure: layout regions against the seed gold and hand-made texts."""

from __future__ import annotations

import glob
import json
from pathlib import Path

import pytest

from saidwhat.article.structure import detect_regions, region_at
from saidwhat.types import REGION_KINDS

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CASES = SHARED / "cases"
SEED = CASES / "articles" / "assad-us-troops.txt"
SEED_GOLD = CASES / "gold" / "assad-us-troops.structure.json"
POLNEAR_DEV = sorted(glob.glob(str(SHARED / "data" / "polnear" / "dev" / "text" / "*.txt")))

needs_seed = pytest.mark.skipif(not SEED.exists(), reason="seed case not available")


def _check_invariants(text: str) -> list:
    regions = detect_regions(text)
    ids = [r.id for r in regions]
    assert ids == [f"r{i}" for i in range(1, len(regions) + 1)]
    assert [(r.span.start_char, -r.span.end_char) for r in regions] == sorted(
        (r.span.start_char, -r.span.end_char) for r in regions)
    known = set()
    for r in regions:
        assert r.kind in REGION_KINDS
        assert text[r.span.start_char:r.span.end_char] == r.span.text
        assert r.span.text == r.span.text.strip() and r.span.text
        if r.duplicate_of is not None:
            assert r.duplicate_of in known
        known.add(r.id)
    # every non-blank line is covered by one top-level region
    top = [r for r in regions if r.kind not in ("dateline",) and not any(
        o is not r and o.span.start_char <= r.span.start_char and r.span.end_char <= o.span.end_char
        and len(o.span) > len(r.span) for o in regions)]
    covered = "".join(text[r.span.start_char:r.span.end_char] for r in top)
    assert "".join(text.split()) == "".join(covered.split())
    return regions


def _by(regions, kind):
    return [(r.span.start_char, r.span.end_char) for r in regions if r.kind == kind]


@needs_seed
def test_seed_matches_structure_gold():
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    regions = _check_invariants(text)
    by_span = {(r.span.start_char, r.span.end_char): r for r in regions}
    ids = {r.id: r for r in regions}

    head = by_span[tuple(gold["headline"])]
    assert head.kind == "headline" and head.duplicate_of is None
    for dup in gold["duplicate_headlines"]:
        r = by_span[tuple(dup)]
        assert r.kind == "headline" and r.duplicate_of == head.id
    for cap in gold["captions"]:
        r = by_span[tuple(cap)]
        assert r.kind == "caption" and r.duplicate_of is None
    for dup in gold["duplicate_captions"]:
        r = by_span[tuple(dup)]
        assert r.kind == "caption" and r.duplicate_of is not None
        assert ids[r.duplicate_of].kind == "caption"
        orig = ids[r.duplicate_of].span
        assert [orig.start_char, orig.end_char] in gold["captions"]
    for s, e in gold["credits_and_boilerplate"]:
        assert by_span[(s, e)].kind in ("credit", "boilerplate")
    s, e = gold["first_body_paragraph"]
    assert by_span[(s, e)].kind == "body"
    datelines = [r for r in regions if r.kind == "dateline"]
    assert [r.span.text for r in datelines] == [gold["dateline"]]
    assert s <= datelines[0].span.start_char < datelines[0].span.end_char <= e
    # every other line is body, and no body line is a duplicate
    assert all(r.duplicate_of is None for r in regions if r.kind == "body")
    assert len(_by(regions, "headline")) == 2
    assert len(_by(regions, "caption")) == 5


@needs_seed
def test_seed_region_at_labels_caption_and_body_content():
    text = SEED.read_text(encoding="utf-8")
    regions = detect_regions(text)
    assert region_at(regions, 230, 320).kind == "caption"  # gold attribution 2
    assert region_at(regions, 579, 745).kind == "body"  # gold attribution 4
    assert region_at(regions, 7, 52).kind == "headline"
    assert region_at(regions, 454, 465).kind == "credit"
    assert region_at(regions, len(text) + 5) is None


def test_headline_colon_single_quotes_field_case():
    text = ("Mayor: ‘We will not raise taxes’\n\nMayor: ‘We will not raise taxes’\n\n"
            "Mayor Ines Duarte said on Monday that the city would balance its budget without new levies.")
    regions = _check_invariants(text)
    assert [(r.kind, r.duplicate_of) for r in regions] == [("headline", None), ("headline", "r1"), ("body", None)]
    assert regions[1].span.start_char == text.index("Mayor", 5)


@pytest.mark.parametrize("text", [
    "Finance officials met on Tuesday.\n\n\" Rates will fall by spring , \" the treasurer said .",
    "“The new depot will cut waiting times in half.” —Transit Commissioner Lena Ortiz",
    "Maya Chen, a paramedic, said: “Patients wait hours for a transfer.”\n\n“Some should not be waiting at all,” she added.",
    "The vote was close. And from council chair Ravi Menon:\n\n“This budget protects every branch library in the county.”",
    "Shelter director Ana Ortiz spoke on Monday.\n\n“The shelter is full every night,” Ortiz said. “We have added twenty beds."
    "\n\n“But winter has not even started.”",
])
def test_short_snippets_are_all_body(text):
    regions = _check_invariants(text)
    assert {r.kind for r in regions} == {"body"}


def test_field_cases_have_valid_regions():
    path = CASES / "field-cases.jsonl"
    if not path.exists():
        pytest.skip("field cases not available")
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        regions = _check_invariants(case["text"])
        for exp in case["expect"]:
            if exp.get("region", "body") == "body" and "content_start" in exp:
                assert region_at(regions, exp["content_start"], exp["content_end"]).kind == "body"


def test_byline_wire_credit_and_boilerplate():
    text = ("Storm knocks out power across the region\n"
            "By ZEINA KARAM and SARAH EL DEEB, Associated Press\n"
            "Updated: Feb 10, 2017 10:03 AM\n\n"
            "WASHINGTON (AP) — The storm cut power to 20,000 homes, officials said on Monday.\n\n"
            "Crews worked through the night.\n\n"
            "Copyright 2017 The Associated Press. All rights reserved.\n"
            "Jane Doe contributed to this report.")
    regions = _check_invariants(text)
    kinds = [(r.kind, r.span.text[:20]) for r in regions]
    assert kinds == [
        ("headline", "Storm knocks out pow"),
        ("byline", "By ZEINA KARAM and S"),
        ("boilerplate", "Updated: Feb 10, 201"),
        ("body", "WASHINGTON (AP) — Th"),
        ("dateline", "WASHINGTON (AP)"),
        ("body", "Crews worked through"),
        ("boilerplate", "Copyright 2017 The A"),
        ("boilerplate", "Jane Doe contributed"),
    ]


def test_caption_credit_variants_and_duplicates():
    cap = "Firefighters battle a blaze in Athens, Greece, on July 23, 2018."
    text = (f"Wildfires spread near Athens\n\n{cap} (AP Photo/Thanassis Stavrakis)\n{cap}\n"
            "Thanassis Stavrakis/AP\n\n"
            "The fire spread quickly, the fire service said.\n\n"
            "A man poses for a photo in front of his burned house in Mati, Greece, on July 24, 2018. "
            "Reuters\n\nMore rain is expected.")
    regions = _check_invariants(text)
    caps = [r for r in regions if r.kind == "caption"]
    assert len(caps) == 3
    assert caps[0].duplicate_of is None and caps[1].duplicate_of == caps[0].id and caps[2].duplicate_of is None
    credits = [r.span.text for r in regions if r.kind == "credit"]
    assert credits == ["(AP Photo/Thanassis Stavrakis)", "Thanassis Stavrakis/AP", "Reuters"]
    assert [r.kind for r in regions if r.span.text.startswith("The fire")] == ["body"]


def test_caption_verb_needs_a_credit_line():
    text = "Flood waters rise\n\nResidents walk through water in Dhaka on Aug. 3, 2020.\n\nMore rain is due, officials said."
    regions = _check_invariants(text)
    assert [r.kind for r in regions] == ["headline", "body", "body"]


def test_body_paragraph_mentioning_ap_is_not_a_caption():
    text = ("Vote count continues\n\nThe results were reported by the news agency via AP.\n\n"
            "Officials said the count would end on Friday, Reuters reported.")
    assert {r.kind for r in _check_invariants(text)} == {"headline", "body"}


def test_crlf_whitespace_and_empty_texts():
    assert detect_regions("") == []
    assert detect_regions(" \n\t\n ") == []
    text = "  Bridge to reopen in May \r\n\r\nThe bridge will reopen in May, according to city engineer Priya Raman.\r\n"
    regions = _check_invariants(text)
    assert [r.kind for r in regions] == ["headline", "body"]
    assert regions[0].span.text == "Bridge to reopen in May"


def test_single_line_is_body_even_without_a_period():
    assert [r.kind for r in _check_invariants("Governor Ruth Alvarez told reporters the state would appeal")] == ["body"]


def test_repeated_body_paragraph_is_a_duplicate():
    para = "The council approved the budget on Tuesday after a long debate."
    regions = _check_invariants(f"Budget passes\n\n{para}\n\nIt was close.\n\n{para}")
    assert regions[-1].kind == "body" and regions[-1].duplicate_of == regions[1].id


@pytest.mark.skipif(not POLNEAR_DEV, reason="PolNeAR dev texts not available")
def test_polnear_dev_first_line_is_headline_rest_mostly_body():
    heads = 0
    body = other = 0
    for path in POLNEAR_DEV:
        text = Path(path).read_text(encoding="utf-8")
        regions = _check_invariants(text)
        heads += regions[0].kind == "headline"
        for r in regions[1:]:
            if r.kind == "body":
                body += 1
            elif r.kind not in ("dateline",):
                other += 1
    assert heads >= 0.95 * len(POLNEAR_DEV)
    assert other <= 0.03 * body


def test_caption_phrases_alone():
    text = ("Flood waters rise\n\n"
            "In this Aug. 3, 2020 photo, residents wade through water in Dhaka.\n\n"
            "Residents wade through water in Dhaka, in this photo released by the city.\n\n"
            "Officials said the man in this photo is a suspect, and police want to hear from anyone who knows him.\n\n"
            "More rain is due, officials said.")
    assert [r.kind for r in _check_invariants(text)] == ["headline", "caption", "caption", "body", "body"]


@pytest.mark.parametrize("line,kind", [
    ("Updated:", "boilerplate"),
    ("Updated 10:03 AM ET, Fri February 10, 2017", "boilerplate"),
    ("Published: Feb 10, 2017", "boilerplate"),
    ("Posted 3 hours ago", "boilerplate"),
    ("© 2017 The Associated Press. All rights reserved.", "boilerplate"),
    ("Published reports say the deal is off, the minister said on Friday.", "body"),
    ("Copyright law experts said the ruling would be appealed.", "body"),
    ("Posted guards stood at the gate, witnesses said.", "body"),
    ("The company said all rights reserved by the state would be sold by the end of the year.", "body"),
])
def test_boilerplate_lines_are_specific(line, kind):
    text = f"Storm hits the coast\n\nThe storm hit the coast on Monday, officials said.\n\n{line}\n\nCrews are at work."
    regions = _check_invariants(text)
    assert [r.kind for r in regions if r.span.text == line] == [kind]


@pytest.mark.parametrize("credit", [
    "REUTERS/Kevin Lamarque",
    "(Photo by Chip Somodevilla/Getty Images)",
    "Credit...Doug Mills/The New York Times",
    "Photo: Jane Doe",
    "(AP Photo/Evan Vucci)",
])
def test_caption_credit_styles(credit):
    cap = f"President Donald Trump speaks in the Rose Garden of the White House in Washington on Monday. {credit}"
    text = f"Trump signs order\n\n{cap}\n\nThe order was signed on Monday, aides said."
    regions = _check_invariants(text)
    assert [r.kind for r in regions] == ["headline", "caption", "credit", "body"]
    assert regions[2].span.text == credit


def test_hard_wrapped_first_paragraph_is_not_a_headline():
    text = ("Syrian President Bashar Assad said in an interview released on Friday\n"
            "that the United States is welcome to join the battle against terrorists\n"
            "in Syria, as long as it is in cooperation with his government.\n")
    assert {r.kind for r in _check_invariants(text)} == {"body"}


@pytest.mark.parametrize("line", ["By Jane Doe | The Washington Post", "Jane Doe, Reuters",
                                  "JANE DOE, Associated Press Writer", "By JANE DOE and JOHN ROE"])
def test_byline_styles(line):
    text = f"Storm hits the coast\n{line}\n\nThe storm hit the coast on Monday, officials said."
    assert [r.kind for r in _check_invariants(text)] == ["headline", "byline", "body"]


def test_headline_title_is_the_first_headline_that_repeats_nothing():
    from saidwhat.article.structure import headline_title
    from saidwhat.types import Region, Span

    text = "Storm  hits\tthe coast\nStorm hits the coast\n\nThe storm hit the coast on Monday, officials said."
    regions = detect_regions(text)
    assert [(r.kind, r.duplicate_of) for r in regions][:2] == [("headline", None), ("headline", "r1")]
    assert headline_title(regions) == "Storm hits the coast"  # whitespace runs collapsed
    assert headline_title(list(reversed(regions))) == "Storm hits the coast"  # text order, not list order
    dup_first = (Region("r1", "headline", Span.of(text, 0, 5), "r9"), Region("r2", "headline", regions[1].span))
    assert headline_title(dup_first) == "Storm hits the coast"  # the first one repeats a line: skipped
    assert headline_title([r for r in regions if r.kind != "headline"]) is None
    assert headline_title(()) is None


# -- session 8: bylines and credit lines without "By" (page furniture, never a speaker) ----------------
#: Byline forms of real papers without "By": a name and a journalist's title, an outlet or a place;
#: a name line above a title line; a title line under a "By" line.
S8_BYLINES = [
    "Priya Raman, Technology Reporter",
    "Jane Doe, Health Correspondent",
    "Jane Doe | Political Editor",
    "Jane Doe and John Roe, BBC News",
    "JANE DOE, Chief Political Correspondent",
    "Jane Doe - Columnist",
    "Jane Doe — Senior Writer",
    "Jane Doe, Staff Writer",
    "Jane Doe, Editor-in-Chief",
    "Jane Doe, BBC News, Kyiv",
    "Jane Doe, Business reporter, BBC News",
    "Jane Doe in Kyiv",
    "Jane Doe and John Roe in Kyiv",
    "By Jane Doe in Kyiv",
    "Jane Doe\nChief Political Correspondent",
    "Jane Doe\nBusiness reporter, BBC News",
    "Jane Doe\nBBC News",
    "By Jane Doe\nStaff writer",
]
#: Lines that must stay body: real sentences with a name and a title, a name and a place, titles
#: that are no journalist's, and a name alone with no title line under it.
S8_NOT_BYLINES = [
    "Jane Doe, health minister, said the plan would work.",
    "Jane Doe, a reporter, said the plan would work.",
    "Jane Doe in Kyiv said the talks had failed.",
    "Jane Doe, the editor, declined to comment.",
    "The correspondent said the city was calm.",
    "Jane Doe, Health Minister",
    "Jane Doe, Chief of Staff",
    "Jane Doe, former editor",
    "Jane Doe, editor of the Gazette, said the paper would close",
    "Jane Doe",
]


@pytest.mark.parametrize("where", ["top", "end"])
@pytest.mark.parametrize("block", S8_BYLINES)
def test_s8_bylines_without_by_are_furniture(block, where):
    body = ("The hospital opened a new ward on Monday.\n\n\"We are ready for winter,\" she said.\n\n"
            "The health board said the ward would take 40 patients.")
    text = f"Hospital opens new ward\n{block}\n\n{body}" if where == "top" else f"Hospital opens new ward\n\n{body}\n\n{block}"
    regions = _check_invariants(text)
    s = text.index(block)
    got = [r.kind for r in regions if s <= r.span.start_char < s + len(block)]
    assert got and set(got) == {"byline"}, got
    assert [r.kind for r in regions if r.span.text.startswith("The hospital")] == ["body"]


@pytest.mark.parametrize("where", ["top", "middle", "end"])
@pytest.mark.parametrize("line", S8_NOT_BYLINES)
def test_s8_name_and_title_sentences_stay_body(line, where):
    paras = ["The hospital opened a new ward on Monday.", "\"We are ready for winter,\" she said.",
             "The health board said the ward would take 40 patients."]
    paras.insert({"top": 0, "middle": 2, "end": 3}[where], line)
    text = "Hospital opens new ward\n\n" + "\n\n".join(paras)
    regions = _check_invariants(text)
    assert [r.kind for r in regions if r.span.text == line] == ["body"]


def test_s8_name_place_line_is_a_byline_only_near_the_top_or_end():
    paras = [f"Ward {n} opened on Monday." for n in range(1, 10)]
    for pos, kind in ((0, "byline"), (1, "byline"), (5, "body"), (9, "byline")):
        lines = paras[:pos] + ["Jane Doe in Kyiv"] + paras[pos:]
        text = "Hospital opens new ward\n\n" + "\n\n".join(lines)
        regions = _check_invariants(text)
        assert [r.kind for r in regions if r.span.text == "Jane Doe in Kyiv"] == [kind], pos  # mid-article: a subhead


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("block", [b for b in S8_BYLINES if "\n" in b or "," in b or " in " in b]
                         + ["Reporting by Jane Doe; Editing by John Roe", "Additional reporting by Jane Doe in London"])
def test_s8_byline_name_is_never_a_speaker(block, mode):
    import saidwhat

    body = ("The hospital opened a new ward on Monday.\n\n\"We are ready for winter,\" she said.\n\n"
            "The health board said the ward would take 40 patients.\n\nHe told reporters the plan was sound.")
    text = f"Hospital opens new ward\n{block}\n\n{body}"
    s, e = text.index(block), text.index(block) + len(block)
    art = saidwhat.extract(text, mode=mode)
    assert any("ready for winter" in a.content.text for a in art.attributions)
    for a in art.attributions:
        for sp in (a.source, a.cue, a.content):
            assert sp is None or not (sp.start_char < e and s < sp.end_char), sp.text
        spk = next(x for x in art.speakers if x.id == a.speaker_id) if a.speaker_id else None
        assert spk is None or not any(s <= m.start_char < e for m in spk.mentions), (spk.name, a.source)
        assert spk is None or not ({"Jane", "Doe", "John", "Roe"} & set((spk.name or "").split())), spk.name
