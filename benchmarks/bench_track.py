"""``saidwhat track`` (issue 13) over synthetic corpora: time and peak memory, and how they grow.

For each size N (attributions; default 10,000 and 100,000), a store is built from templates: made-up
utterances (12 to 30 words of a made-up vocabulary, with the function words of English to share
bigrams the way real quotes do) by made-up speakers, each reported by 1 to 6 articles of 60
outlets within days of each other, each report a variant: the same words, trimmed, cut with an
ellipsis, one word changed, other punctuation and case, an indirect paraphrase, or the words
credited to someone else. Articles hold about 10 attributions each, of reports from the same few days; dates span two years.

Then, each in a fresh Python process (peak RSS is that process's ``ru_maxrss``):

- ``track`` from nothing (every attribution placed);
- ``track`` again (it must add nothing: the cost of rebuilding the index from stored signatures);
- ``track`` after 1 % more articles (new reports of known utterances and new ones): the incremental cost.

Also reported: the store's size and its statement tables' share, and the grouping against the
generated truth (pairwise precision and recall over attribution pairs; a report credited to
another speaker counts as the same utterance, as ``speaker-conflict`` does; an indirect paraphrase
too, which the index joins only when it shares enough words).

Usage::

    .venv/bin/python benchmarks/bench_track.py                  # 10k and 100k
    .venv/bin/python benchmarks/bench_track.py --sizes 2000     # a quick look

A measurement, not a test: nothing here asserts a speed. On a shared machine, run it alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FUNCTION_WORDS = ("the a an and of to in on for with at by from we will it is that this be not are have has our they "
                  "but as was were would can more all no so if there their about who what when than").split()
OUTLETS = [f"outlet{i:02d}.example" for i in range(60)]
VARIANTS = (("same", 0.40), ("trimmed", 0.15), ("ellipsis", 0.10), ("changed", 0.10), ("punctuation", 0.10),
            ("paraphrase", 0.10), ("speaker", 0.05))
ATTRIBUTIONS_PER_ARTICLE = 10


def _syllable_words(rng: random.Random, n: int, lo: int = 2, hi: int = 3) -> list[str]:
    onsets, vowels, codas = "b c d f g h k l m n p r s t v z br ch dr gl pl st tr".split(), "a e i o u ai ea io".split(), ["", "n", "r", "s", "l", "m"]
    seen: set[str] = set()
    out = []
    while len(out) < n:
        w = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(lo, hi))) + rng.choice(codas)
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def _variant(kind: str, ws: list[str], rng: random.Random, vocab: list[str]) -> tuple[list[str], str, bool]:
    """``(words, type, lower-case without the comma)`` of one report of the utterance ``ws``."""
    n = len(ws)
    if kind == "trimmed":
        keep = rng.randint(max(6, int(n * 0.6)), n - 1)
        start = rng.choice([0, n - keep])
        return ws[start:start + keep], "direct", False
    if kind == "ellipsis":
        cut = rng.randint(3, 5)
        at = rng.randint(3, n - cut - 3)
        return ws[:at] + ["…"] + ws[at + cut:], "direct", False
    if kind == "changed":
        out = list(ws)
        out[rng.randrange(2, n - 1)] = rng.choice(vocab)
        return out, "direct", False
    if kind == "punctuation":
        return list(ws), "direct", True
    if kind == "paraphrase":
        out = [w for w in ws if rng.random() > 0.25]
        return out, "indirect", True
    return list(ws), "direct", False


def build(db: str, n_attributions: int, *, seed: int = 13, start_article: int = 0, extra_of: str | None = None) -> dict[str, Any]:
    """Write a synthetic corpus of about ``n_attributions`` into ``db``; return its truth map
    ``{"ARTICLE:aN": utterance}`` and counts. With ``extra_of`` (a truth file of an earlier build),
    a tenth of the new reports repeat utterances of that build."""
    from saidwhat.engine import text_sha256
    from saidwhat.corpus.store import Store
    from saidwhat.types import Article, Attribution, Span, Speaker

    rng = random.Random(seed)
    vocab = _syllable_words(random.Random(1), 20000)
    firsts, lasts = _syllable_words(random.Random(2), 400), _syllable_words(random.Random(3), 3000, 2, 4)
    people = [f"{f.title()} {l.title()}" for f, l in zip((firsts * 10)[:3000], lasts)]
    earlier = json.loads(Path(extra_of).read_text()) if extra_of else None
    utterances: list[dict[str, Any]] = []
    reports: list[tuple[int, str, str, int, str, str]] = []  # (utterance, text, type, day, speaker, variant)
    while len(reports) < n_attributions:
        if earlier and rng.random() < 0.1:
            u = rng.choice(earlier["utterances"])
            u = {**u, "id": u["id"]}
        else:
            n = rng.randint(12, 30)
            ws = [rng.choice(FUNCTION_WORDS) if rng.random() < 0.35 else rng.choice(vocab) for _ in range(n)]
            u = {"id": f"{seed}-{len(utterances)}", "words": ws, "speaker": rng.choice(people), "day": rng.randrange(730)}
            utterances.append(u)
        k = min(6, 1 + int(rng.expovariate(0.7)))
        for _ in range(k):
            kind = rng.choices([v for v, _ in VARIANTS], [w for _, w in VARIANTS])[0]
            ws, typ, flat = _variant(kind, u["words"], rng, vocab)
            body = " ".join(ws)
            if not flat and len(ws) > 6:
                body = " ".join(ws[:len(ws) // 2]) + ", " + " ".join(ws[len(ws) // 2:])
            body = body[0].upper() + body[1:]
            text = f"“{body},”" if typ == "direct" else f"that {body.lower()}"
            speaker = rng.choice(people) if kind == "speaker" else u["speaker"]
            reports.append((u["id"], text, typ, u["day"] + rng.randint(0, 4), speaker, kind))
    rng.shuffle(reports)
    reports.sort(key=lambda r: r[3])  # an article reports what was said in the days before it: neighbours in time
    truth: dict[str, str] = {}
    kinds: dict[str, str] = {}
    n_articles = 0
    with Store(db) as store:
        for i in range(0, len(reports), ATTRIBUTIONS_PER_ARTICLE):
            group = reports[i:i + ATTRIBUTIONS_PER_ARTICLE]
            parts, spans = [f"Report {start_article + n_articles}\n\n"], []
            pos = len(parts[0])
            for uid, content, typ, day, speaker, _ in group:
                sentence = f"{content} {speaker} said. " if typ == "direct" else f"{speaker} said {content}. "
                c0 = pos + sentence.index(content)
                s0 = pos + sentence.index(speaker)
                spans.append((c0, c0 + len(content), s0, s0 + len(speaker), speaker))
                parts.append(sentence)
                pos += len(sentence)
            text = "".join(parts)
            names = list(dict.fromkeys(s[4] for s in spans))
            sid = {name: f"s{j + 1}" for j, name in enumerate(names)}
            speakers = tuple(Speaker(sid[name], name, "person", None,
                                     tuple(Span.of(text, s[2], s[3]) for s in spans if s[4] == name)) for name in names)
            atts = []
            for j, ((uid, _, typ, _, _, _), (c0, c1, s0, s1, name)) in enumerate(zip(group, spans)):
                said = text.index("said", s1 if typ == "direct" else s1)
                atts.append(Attribution(f"a{j + 1}", typ, "body", sid[name], Span.of(text, s0, s1), Span.of(text, said, said + 4),
                                        Span.of(text, c0, c1), confidence=0.9, cue_class="speech"))
            art = Article(text, text_sha256(text), f"Report {start_article + n_articles}", (), speakers, tuple(atts), {})
            day = max(g[3] for g in group)
            published = (date(2022, 1, 1) + timedelta(days=day)).isoformat()
            with store.transaction():
                store.insert_article(art, {"outlet": OUTLETS[(start_article + n_articles) % len(OUTLETS)], "published": published,
                                           "url": f"https://{OUTLETS[(start_article + n_articles) % len(OUTLETS)]}/{art.text_sha256[:12]}"})
            for j, g in enumerate(group):
                truth[f"{art.text_sha256}:a{j + 1}"] = g[0]
                kinds[f"{art.text_sha256}:a{j + 1}"] = g[5]
            n_articles += 1
    return {"truth": truth, "kinds": kinds, "utterances": utterances + (earlier["utterances"] if earlier else []), "articles": n_articles,
            "attributions": len(reports)}


def child_track(db: str) -> dict[str, Any]:
    """Run in a child process: one ``track``, its summary, time and peak RSS."""
    from saidwhat.corpus.statements import track
    from saidwhat.corpus.store import Store

    t0 = time.perf_counter()
    with Store(db) as store:
        s = track(store)
    wall = time.perf_counter() - t0
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return {**s.to_dict(), "wall_s": round(wall, 2), "cpu_s": round(ru.ru_utime + ru.ru_stime, 2),
            "peak_rss_mib": round(ru.ru_maxrss / 1024, 1)}


def _run_child(db: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child-track", db], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def pairwise(db: str, truth: dict[str, str], kinds: dict[str, str] | None = None) -> dict[str, Any]:
    """Pairwise precision and recall of the statements against the generated utterances, and per
    variant kind the share of reports (of utterances reported twice or more) placed in the
    statement that holds most of their utterance's reports."""
    from collections import Counter, defaultdict

    from saidwhat.corpus.store import Store

    with Store(db) as store:
        placed = {f"{r[0]}:{r[1]}": r[2] for r in store.conn.execute(
            "SELECT article_id, attribution_id, statement_id FROM statement_members")}
    cells = Counter((placed[k], truth[k]) for k in placed if k in truth)
    pred = Counter(placed[k] for k in placed if k in truth)
    gold = Counter(truth[k] for k in placed if k in truth)
    c2 = lambda n: n * (n - 1) // 2  # noqa: E731
    tp, pp, gp = sum(c2(n) for n in cells.values()), sum(c2(n) for n in pred.values()), sum(c2(n) for n in gold.values())
    out: dict[str, Any] = {"precision": round(tp / pp, 4) if pp else 1.0, "recall": round(tp / gp, 4) if gp else 1.0}
    if kinds:
        main = {}
        by_utt: dict[str, Counter] = defaultdict(Counter)
        for (sid, uid), n in cells.items():
            by_utt[uid][sid] += n
        main = {uid: c.most_common(1)[0][0] for uid, c in by_utt.items() if sum(c.values()) > 1}
        hit: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for k, sid in placed.items():
            uid = truth.get(k)
            if uid in main:
                hit[kinds[k]][1] += 1
                hit[kinds[k]][0] += sid == main[uid]
        out["joined_by_kind"] = {kind: round(a / b, 3) for kind, (a, b) in sorted(hit.items())}
    return out


def measure(n: int, workdir: Path) -> dict[str, Any]:
    db = str(workdir / f"track-{n}.db")
    t0 = time.perf_counter()
    built = build(db, n)
    build_s = time.perf_counter() - t0
    truth_file = workdir / f"truth-{n}.json"
    truth_file.write_text(json.dumps({"utterances": built["utterances"]}))
    first = _run_child(db)
    quality = pairwise(db, built["truth"], built["kinds"])
    again = _run_child(db)
    extra = build(db, max(n // 100, ATTRIBUTIONS_PER_ARTICLE), seed=99, start_article=built["articles"], extra_of=str(truth_file))
    incr = _run_child(db)
    size = os.path.getsize(db)
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        sig_bytes = conn.execute("SELECT SUM(length(hashvalues)) FROM statement_signatures").fetchone()[0] or 0
    finally:
        conn.close()
    return {"n": built["attributions"], "articles": built["articles"], "build_s": round(build_s, 1), "first": first,
            "again": again, "incremental": {**incr, "added": extra["attributions"]}, "quality": quality,
            "db_mib": round(size / 2**20, 1), "signatures_mib": round(sig_bytes / 2**20, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000", help="attribution counts, comma-separated")
    ap.add_argument("--workdir", default=None, help="where the stores go (a temporary folder by default)")
    ap.add_argument("--child-track", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_track:
        print(json.dumps(child_track(args.child_track)))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="bench-track-", dir=args.workdir) as tmp:
        results = []
        for n in sizes:
            r = measure(n, Path(tmp))
            results.append(r)
            print(json.dumps(r), file=sys.stderr, flush=True)
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print("| attributions | articles | track from nothing | peak RSS | re-run (adds nothing) | peak RSS | +1 % articles | "
          "statements | reported 2+ | store (signatures) | pairwise P / R |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        f, a, i = r["first"], r["again"], r["incremental"]
        print(f"| {r['n']:,} | {r['articles']:,} | {f['wall_s']} s | {f['peak_rss_mib']} MiB | {a['wall_s']} s (placed {a['placed']}) | "
              f"{a['peak_rss_mib']} MiB | {i['wall_s']} s ({i['added']:,} added, {i['joined']} joined) | {f['statements']:,} | "
              f"{f['reported']:,} | {r['db_mib']} MiB ({r['signatures_mib']} MiB) | {r['quality']['precision']} / {r['quality']['recall']} |")
    for r in results:
        print(f"{r['n']:,}: placed with most of their utterance's reports, by variant: "
              + ", ".join(f"{k} {v:.0%}" for k, v in r["quality"].get("joined_by_kind", {}).items()))
    if len(results) > 1:
        a, b = results[0], results[-1]
        k = b["n"] / a["n"]
        print(f"\n{k:.0f}x the attributions: track {b['first']['wall_s'] / a['first']['wall_s']:.1f}x the time, "
              f"{b['first']['peak_rss_mib'] / a['first']['peak_rss_mib']:.1f}x the peak memory; "
              f"re-run {b['again']['wall_s'] / max(a['again']['wall_s'], 0.01):.1f}x")


if __name__ == "__main__":
    main()
