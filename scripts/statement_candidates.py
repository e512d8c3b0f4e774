"""Find candidate "same utterance" clusters for gold/statements (issue 13).

This is the search aid used to build gold/statements/clusters.jsonl; its output is a list of
*candidates* for a human to read, split and clean, never gold itself.

Three modes, all over PolNeAR train + dev (``read_corpus``):

* default (content shingles): every attribution with a Content span is cut into word shingles
  (lower-cased, quotes and punctuation dropped, ``--k`` words). An inverted index gives every
  pair of attributions from *different* documents that share shingles; a pair is kept when it
  shares at least ``--min-shared`` shingles and its containment (shared / shingles of the
  shorter content) is at least ``--min-containment``. Kept pairs are joined into connected
  components (union-find), written one JSON line per component, most documents first. Shingles
  found in more than ``--max-df`` documents (boilerplate, slogans) are ignored.
* ``--quotes``: the same over the *quoted passages of the article texts* (text between “ ”,
  " " or '' ''), which also finds quotes whose PolNeAR Content span is short or split; one line
  per document pair with the number of shared quoted shingles and the first and last shared one,
  most shared first.
* ``--grep PHRASE``: every attribution whose Content contains PHRASE (word-normalised).

Near-duplicate documents (two versions of one story, e.g. an updated NYT or Washington Post
article re-filed the next day) are detected by containment of 6-word shingles over the whole
text (>= ``--dup-containment``); pairs between such documents are skipped, because a quote
they share is one article's copy, not two reports. ``--list-dups`` prints those pairs.

Pure Python, no datasketch needed (the corpus is ~22k attributions); a run takes seconds.

Usage:
    .venv/bin/python scripts/statement_candidates.py /work/shared/data/polnear --out /tmp/cand.jsonl
    .venv/bin/python scripts/statement_candidates.py /work/shared/data/polnear --quotes | head -80
    .venv/bin/python scripts/statement_candidates.py /work/shared/data/polnear --grep "basket of deplorables"
    .venv/bin/python scripts/statement_candidates.py /work/shared/data/polnear --list-dups
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from saidwhat.evaluate.brat import read_corpus  # noqa: E402

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_QUOTED = re.compile(r"“([^”]{10,}?)”|\"([^\"]{10,}?)\"|''(.{10,}?)''", re.S)


def words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def shingles(ws: list[str], k: int) -> set[tuple[str, ...]]:
    if len(ws) < k:
        return {tuple(ws)} if len(ws) >= 3 else set()
    return {tuple(ws[i:i + k]) for i in range(len(ws) - k + 1)}


def load(polnear: Path):
    """Return ({doc: text}, [attribution records]) over train and dev."""
    texts: dict[str, str] = {}
    recs: list[dict] = []
    for split in ("train", "dev"):
        for doc in read_corpus(polnear / split):
            name = f"{split}/{doc.name}"
            texts[name] = doc.text
            for i, a in enumerate(doc.attributions):
                if a.content is None:
                    continue
                recs.append({
                    "doc": name, "item": f"a{i}", "event": a.id,
                    "content_start": a.content.start_char, "content_end": a.content.end_char,
                    "content_text": a.content.text,
                    "source_text": a.source.text if a.source else None,
                    "cue_text": a.cue.text if a.cue else None,
                })
    return texts, recs


def near_duplicates(texts: dict[str, str], threshold: float) -> dict[tuple[str, str], float]:
    """Pairs of documents whose 6-word shingle containment is >= threshold."""
    sh = {n: shingles(words(t), 6) for n, t in texts.items()}
    index: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for n, s in sh.items():
        for g in s:
            index[g].append(n)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for ds in index.values():
        if 1 < len(ds) < 20:
            for a, b in itertools.combinations(sorted(ds), 2):
                shared[(a, b)] += 1
    out = {}
    for (a, b), c in shared.items():
        cont = c / max(1, min(len(sh[a]), len(sh[b])))
        if cont >= threshold:
            out[(a, b)] = round(cont, 2)
    return out


def find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def content_clusters(recs, dups, args):
    sh = [shingles(words(r["content_text"]), args.k) for r in recs]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, s in enumerate(sh):
        for g in s:
            index[g].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in index.values():
        docs = {recs[i]["doc"] for i in ids}
        if len(docs) < 2 or len(docs) > args.max_df:
            continue
        for i, j in itertools.combinations(ids, 2):
            a, b = sorted((recs[i]["doc"], recs[j]["doc"]))
            if a != b and (a, b) not in dups:
                shared[(i, j)] += 1
    parent = list(range(len(recs)))
    kept = 0
    for (i, j), n in shared.items():
        small = min(len(sh[i]), len(sh[j])) or 1
        if n >= args.min_shared and n / small >= args.min_containment:
            parent[find(parent, i)] = find(parent, j)
            kept += 1
    comps: dict[int, list[int]] = defaultdict(list)
    for i in range(len(recs)):
        comps[find(parent, i)].append(i)
    clusters = [c for c in comps.values() if len({recs[i]["doc"] for i in c}) >= 2]
    clusters.sort(key=lambda c: (-len({recs[i]["doc"] for i in c}), c[0]))
    print(f"{len(recs)} attributions, {kept} pairs kept, {len(clusters)} candidate clusters", file=sys.stderr)
    for n, c in enumerate(clusters):
        yield {"candidate": n, "n_docs": len({recs[i]["doc"] for i in c}), "members": [recs[i] for i in c]}


def quote_pairs(texts, dups, args):
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for name, text in texts.items():
        for m in _QUOTED.finditer(text):
            q = next(g for g in m.groups() if g)
            for g in shingles(words(q), args.k):
                index[g].add(name)
    pairs: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for g, ds in index.items():
        if 2 <= len(ds) <= args.max_df:
            for a, b in itertools.combinations(sorted(ds), 2):
                if (a, b) not in dups:
                    pairs[(a, b)].append(g)
    rows = sorted(pairs.items(), key=lambda x: (-len(x[1]), x[0]))
    for (a, b), gs in rows:
        if len(gs) >= args.min_shared:
            gs = sorted(gs)
            yield {"a": a, "b": b, "shared_quoted_shingles": len(gs),
                   "example": " ".join(gs[0]), "example_last": " ".join(gs[-1])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("polnear", type=Path)
    ap.add_argument("--out", type=Path, default=None, help="JSONL output (default stdout)")
    ap.add_argument("--k", type=int, default=5, help="shingle size in words")
    ap.add_argument("--min-shared", type=int, default=2)
    ap.add_argument("--min-containment", type=float, default=0.3)
    ap.add_argument("--max-df", type=int, default=40, help="ignore shingles found in more documents than this")
    ap.add_argument("--dup-containment", type=float, default=0.45,
                    help="documents sharing this share of their 6-word shingles are versions of one story")
    ap.add_argument("--quotes", action="store_true", help="document pairs sharing quoted passages")
    ap.add_argument("--grep", default=None, help="attributions whose content has this phrase")
    ap.add_argument("--list-dups", action="store_true", help="print near-duplicate document pairs")
    args = ap.parse_args()

    texts, recs = load(args.polnear)
    if args.grep:
        pat = " ".join(words(args.grep))
        rows = ({k: r[k] for k in ("doc", "item", "content_start", "content_end", "source_text", "cue_text", "content_text")}
                for r in recs if pat in " ".join(words(r["content_text"])))
    else:
        dups = near_duplicates(texts, args.dup_containment)
        if args.list_dups:
            rows = ({"a": a, "b": b, "containment": c} for (a, b), c in sorted(dups.items(), key=lambda x: -x[1]))
        elif args.quotes:
            rows = quote_pairs(texts, dups, args)
        else:
            rows = content_clusters(recs, dups, args)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    try:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    except BrokenPipeError:
        pass
    finally:
        if args.out:
            out.close()


if __name__ == "__main__":
    main()
