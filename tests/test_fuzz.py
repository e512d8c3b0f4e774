"""Structure-aware fuzzing (issue 10): a fixed-seed slice of ``benchmarks/fuzz.py`` in both modes,
the fixed-bug input, the shrunk regressions the fuzzer found, a sample of real PolNeAR texts, and
checks that the fuzz harness itself is faithful (same records as ``saidwhat.extract``) and that
its grammar and invariants do what they say.

Run long fuzzing with ``make fuzz`` (``benchmarks/fuzz.py``), not here.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from fuzz import grammar
from fuzz.invariants import check_article, kinds
from fuzz.runner import MODES, Runner, extract_outcome, reduce_text, signature_parts

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "data" / "polnear"
REGRESSIONS = Path(__file__).parent / "fuzz" / "regressions.jsonl"

#: The input of issue 10: the colon lead-in rule built a cue ending before it starts, which lost
#: the whole article in both modes.
FIXED_BUG = 'Ann Lee runs a bakery.\n\n"Prices are up," she says. Of the council: "They never listen."'

#: The CI slice: inputs 0 … SLICE_N - 1 of seed SLICE_SEED (about a minute on 2 CPU cores).
SLICE_SEED = 20240610
SLICE_N = 600

_RUNNER: dict[str, Runner] = {}


def runner() -> Runner:
    """One engine for the whole module (both modes share each parse)."""
    if "r" not in _RUNNER:
        _RUNNER["r"] = Runner(MODES)
    return _RUNNER["r"]


def corpus() -> grammar.Corpus | None:
    if "corpus" not in _RUNNER:
        _RUNNER["corpus"] = grammar.Corpus.load()  # type: ignore[assignment]
    return _RUNNER["corpus"]  # type: ignore[return-value]


def _report(texts: list[str], results: list[dict]) -> str:
    """Distinct failures with their first input, for an assertion message."""
    first: dict[tuple[str, str], tuple[int, str]] = {}
    count: Counter = Counter()
    for i, res in enumerate(results):
        for m, o in res.items():
            for part in signature_parts(o):
                count[(m, part)] += 1
                if (m, part) not in first:
                    detail = o.error or "; ".join(o.violations + o.warnings[:3])
                    first[(m, part)] = (i, detail)
    lines = []
    for (m, part), n in count.most_common():
        i, detail = first[(m, part)]
        lines.append(f"[{m}] x{n} {part}\n    first: {texts[i][:300]!r}\n    {detail[:400]}")
    return "\n".join(lines)


# -- the fixed bug ------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("mode", MODES)
def test_fixed_bug_colon_lead_in_keeps_the_article(mode):
    import saidwhat

    article = saidwhat.extract(FIXED_BUG, mode=mode)  # raised ValueError: bad span [73, 66)
    assert check_article(article, FIXED_BUG) == []
    contents = [a.content.text for a in article.attributions]
    assert any("Prices are up" in c for c in contents), contents


@pytest.mark.model
@pytest.mark.parametrize("mode", MODES)
def test_according_to_with_a_stray_mark_keeps_its_source(mode):
    """Fuzz seed 20 (session 8): "according to» an analysis by …" made the parser take the stray
    mark as the object of "to"; the source came out reversed and the draft was dropped. The noun
    phrase after the mark is now the source."""
    import saidwhat

    text = ("This year's primaries have sparked record turnout by Republican voters, according to» an "
            "analysis by the Pew Research Center.")
    article = saidwhat.extract(text, mode=mode)
    assert check_article(article, text) == []
    sources = [a.source.text for a in article.attributions if a.source is not None]
    assert any(s.startswith("an analysis") for s in sources), sources


# -- regressions the fuzzer found, shrunk ----------------------------------------------------------
def _regressions() -> list[dict]:
    if not REGRESSIONS.is_file():
        return []
    return [json.loads(line) for line in REGRESSIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.model
@pytest.mark.parametrize("row", _regressions(), ids=lambda r: f"{r['mode']}:{r['text'][:40]!r}")
def test_fuzz_regression(row):
    """Each shrunk input ``benchmarks/fuzz.py --reduce`` wrote to ``tests/fuzz/regressions.jsonl``
    goes through ``saidwhat.extract`` with no exception and no invariant broken."""
    o = extract_outcome(row["text"], row["mode"])
    assert o is not None and o.ok, (row["error"], o and (o.error or o.violations, o.warnings))


# -- the fixed-seed slice ------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.slow
def test_fuzz_slice_both_modes():
    c = corpus()
    texts = [grammar.sample_at(SLICE_SEED, i, corpus=c).text for i in range(SLICE_N)]
    r = runner()
    results = []
    for k in range(0, len(texts), r.batch_size):
        results += r.run(texts[k:k + r.batch_size])
    assert all(set(res) == set(MODES) for res in results)  # none refused, every mode ran
    assert sum(o.n_attributions for res in results for o in res.values()) > SLICE_N  # the rules were reached
    failing = [res for res in results if any(not o.ok for o in res.values())]
    if failing:
        pytest.fail(f"{len(failing)} of {SLICE_N} inputs failed (seed {SLICE_SEED}):\n" + _report(texts, results), pytrace=False)


@pytest.mark.model
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(text=grammar.articles(corpus=grammar.Corpus.load()))
def test_fuzz_hypothesis_articles(text):
    """The same grammar under hypothesis: a failing input shrinks (fewer paragraphs, plainer marks, no noise)."""
    res = runner().run([text])[0]
    bad = {m: o.error or o.violations for m, o in res.items() if not o.ok}
    assert not bad, (text, bad)


# -- real texts --------------------------------------------------------------------------------
def _polnear_sample() -> list[Path]:
    files = sorted((POLNEAR / "train" / "text").glob("*.txt")) + sorted((POLNEAR / "dev" / "text").glob("*.txt"))
    files += sorted((SHARED / "cases" / "articles").glob("*.txt"))
    return files[::46][:20] + files[-1:] if files else []


@pytest.mark.model
@pytest.mark.slow
def test_polnear_sample_keeps_the_invariants():
    """~20 PolNeAR train/dev texts and the acceptance case (all 924 + cases: ``benchmarks/fuzz.py --polnear``)."""
    files = _polnear_sample()
    if not files:
        pytest.skip(f"{POLNEAR} not found: PolNeAR lives in ../shared next to the repository")
    texts = [f.read_text(encoding="utf-8") for f in files]
    results = runner().run(texts)
    failing = [f.name for f, res in zip(files, results) if any(not o.ok for o in res.values())]
    if failing:
        pytest.fail(f"{failing}:\n" + _report(texts, results), pytrace=False)


# -- the harness is faithful ----------------------------------------------------------------------
@pytest.mark.model
def test_shared_parse_gives_what_extract_gives():
    """Running both modes' components on one parse (what the fuzzer does for speed) gives the same
    records as ``saidwhat.extract`` in each mode."""
    import saidwhat
    from saidwhat.engine import article_from_doc

    c = corpus()
    texts = [FIXED_BUG] + [grammar.sample_at(99, i, corpus=c).text for i in range(12)]
    r = runner()
    docs = r._parse(texts)
    for mode in MODES:
        comp, tagger = r.components[mode], r.taggers[mode]
        tagged = tagger.predict_many(docs) if tagger is not None else [None] * len(docs)
        for text, doc, t in zip(texts, docs, tagged):
            comp.set_annotations(doc, comp.predict(doc, tagged=t))
            mine = article_from_doc(doc, mode=mode).to_dict()
            ref = saidwhat.extract(text, mode=mode).to_dict()
            assert mine == ref, (mode, text)


def test_grammar_is_deterministic_and_covers_the_constructs():
    c = corpus()
    a = [grammar.sample_at(5, i, corpus=c) for i in range(1500)]
    b = [grammar.sample_at(5, i, corpus=c) for i in range(1500)]
    assert [s.text for s in a] == [s.text for s in b]
    assert grammar.generate(random.Random(3)) == grammar.generate(random.Random(3))
    tags = Counter(t for s in a for t in set(s.tags))
    wanted = {"quote_after", "quote_before", "split_quote", "colon_lead_in", "dash_signoff", "according_to",
              "indirect", "mixed", "question_negation", "nested", "multi_paragraph_quote", "unbalanced_quote",
              "apostrophes", "transcript", "one_word", "caption", "related", "boilerplate", "headline", "byline",
              "dateline", "duplicate_line", "html", "crlf", "invisible", "emoji", "starts_mid_quote",
              "ends_mid_quote", "lone_mark_at_end"}
    if c is not None:
        wanted |= {"polnear", "mut_shuffle", "mut_drop", "mut_duplicate", "mut_delete_marks", "mut_insert_marks",
                   "mut_swap_marks", "mut_cut"}
    assert wanted <= set(tags), sorted(wanted - set(tags))
    assert all(s.text.strip() for s in a)
    marks = "".join(s.text for s in a)
    for ch in "\"“”'‘’«»„`\u00a0\u200b\u202e\r":
        assert ch in marks, repr(ch)


def test_huge_is_about_a_megabyte():
    text = grammar.huge(random.Random(1), None, size=grammar.MAX_CHARS)
    assert len(text) == grammar.MAX_CHARS


def test_invariants_catch_broken_records():
    from saidwhat.types import Article, Attribution, Span

    text = 'He said "no way" today.'
    good = Span.of(text, 8, 16)
    bad_text = Span(8, 16, "no way!!")
    pieces = Span(0, 16, text[0:16], (Span.of(text, 8, 12), Span.of(text, 0, 2)))

    def art(content, meta=None, cue=None):
        a = Attribution("a1", "direct", "body", None, None, cue, content)
        return Article(text, "", attributions=(a,), meta=meta or {})

    assert "sha256" in kinds(check_article(art(good)))
    import hashlib

    sha = hashlib.sha256(text.encode()).hexdigest()

    def ok(a):
        return Article(a.text, sha, a.title, a.regions, a.speakers, a.attributions, a.meta)

    assert check_article(ok(art(good))) == []
    assert kinds(check_article(ok(art(bad_text)))) == ["span-text"]
    assert "pieces-order" in kinds(check_article(ok(art(pieces))))
    assert kinds(check_article(ok(art(Span(20, 10, ""))))) == ["span-bounds"]
    assert kinds(check_article(ok(art(good, {"dropped_drafts": 2})))) == ["dropped-drafts"]
    assert kinds(check_article(ok(art(good, {"failed_stages": ["quote"]})))) == ["failed-stages"]
    assert kinds(check_article(ok(art(good, cue=Span.of(text, 9, 12))))) == ["role-crosses-content"]


def test_reducer_shrinks_to_the_failing_core():
    text = "One two three.\nfour FIVE six.\nseven eight nine ten.\n" * 3
    small = reduce_text(text, lambda t: "FIVE" in t)
    assert small == "FIVE"
