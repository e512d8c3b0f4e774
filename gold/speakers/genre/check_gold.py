"""Consistency check of the genre speaker gold (issue 11).

For every row of ``train.jsonl``, ``dev.jsonl`` and the ``agreement*.jsonl`` files beside this file:
``text[source_start:source_end] == source_text`` (or all three null) and the source span cuts no
word (session 12: a writer's "he" found inside "switched"), ``content_head`` is the
start of ``text[content_start:content_end]``, items unique per document, ``aN`` consecutive and
numbered in text order (by the earlier of source start and content start; on a tie, the
attribution that ends first, i.e. the one nested in the other's content, whose cue comes first), ``qOFFSET`` with
OFFSET == content_start, kinds and genres from the README lists, ``speaker_type`` set exactly
when ``speaker`` is a name, a text file for every document. Offsets are ``[start, end)`` code
points of the file read with ``open(path, encoding="utf-8", newline="")``.

Usage: python gold/speakers/genre/check_gold.py   (exit status 1 on any problem)
"""
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"name", "org_name", "surname", "pronoun", "relative", "nominal", "org_description",
         "possessive", "document", "anonymous", "no_source", "cueless_quote"}
GENRES = {"wire": "wire", "sports": "sports", "courts": "courts", "business": "business",
          "local": "local_politics", "ukpress": "uk_press", "science": "science_health",
          "entertainment": "entertainment"}
SPECIAL = {"anonymous", "none", "writer"}


def check(fname: str) -> list[str]:
    bad = []
    rows = [json.loads(l) for l in (HERE / fname).read_text(encoding="utf-8").splitlines() if l.strip()]
    texts, items = {}, defaultdict(list)
    for r in rows:
        where = f"{fname} {r['doc']} {r['item']}"
        split, name = r["doc"].split("/", 1)
        if r["doc"] not in texts:
            p = HERE / split / "text" / f"{name}.txt"
            if not p.is_file():
                bad.append(f"{where}: no text file {p}")
                continue
            with open(p, encoding="utf-8", newline="") as f:
                texts[r["doc"]] = f.read()
        t = texts[r["doc"]]
        s, e = r.get("source_start"), r.get("source_end")
        if s is None or e is None:
            if s is not None or e is not None or r.get("source_text") is not None:
                bad.append(f"{where}: half-null source")
        elif t[s:e] != r.get("source_text"):
            bad.append(f"{where}: source {t[s:e]!r} != {r.get('source_text')!r}")
        elif (s > 0 and t[s - 1].isalnum() and t[s].isalnum()) or (e < len(t) and t[e - 1].isalnum() and t[e].isalnum()):
            bad.append(f"{where}: source {t[s:e]!r} cuts a word ({t[max(0, s - 10):e + 10]!r})")
        cs, ce = r["content_start"], r["content_end"]
        if not (0 <= cs < ce <= len(t)) or not t[cs:ce].startswith(r["content_head"]) or not r["content_head"]:
            bad.append(f"{where}: content head {t[cs:cs + 40]!r} != {r['content_head'][:40]!r}")
        if r["kind"] not in KINDS:
            bad.append(f"{where}: kind {r['kind']!r}")
        if r.get("genre") != GENRES.get(name.split("_")[0]):
            bad.append(f"{where}: genre {r.get('genre')!r}")
        if (r["speaker"] in SPECIAL) == (r.get("speaker_type") in ("person", "organization")):
            bad.append(f"{where}: speaker {r['speaker']!r} with speaker_type {r.get('speaker_type')!r}")
        if r["kind"] != "cueless_quote" and (r["kind"] == "no_source") != (s is None):
            bad.append(f"{where}: kind {r['kind']} with source {s}")
        if r["item"].startswith("q"):
            if r["kind"] != "cueless_quote" or int(r["item"][1:]) != cs or r.get("cue_text"):
                bad.append(f"{where}: q item")
        items[r["doc"]].append(r)
    for doc, rs in items.items():
        ids = [r["item"] for r in rs]
        if len(ids) != len(set(ids)):
            bad.append(f"{fname} {doc}: duplicate items")
        if fname.startswith("agreement"):
            continue
        a = [r for r in rs if r["item"].startswith("a")]
        nums = sorted(int(r["item"][1:]) for r in a)
        if nums != list(range(len(a))):
            bad.append(f"{fname} {doc}: a-items not a0..a{len(a) - 1}")
        key = lambda r: (min(x for x in (r["source_start"], r["content_start"]) if x is not None),
                         max(x for x in (r["source_end"], r["content_end"]) if x is not None))
        order = [r["item"] for r in sorted(a, key=key)]
        if order != [f"a{i}" for i in range(len(a))]:
            bad.append(f"{fname} {doc}: a-items not in text order: {order}")
    if not fname.startswith("agreement"):
        split = fname.split(".")[0]
        files = {f"{split}/{p.stem}" for p in (HERE / split / "text").glob("*.txt")}
        if files != set(items):
            bad.append(f"{fname}: documents {sorted(files ^ set(items))} lack a text file or rows")
    return bad


if __name__ == "__main__":
    problems = [b for f in ("train.jsonl", "dev.jsonl", "agreement.jsonl", "agreement_c.jsonl", "agreement_e.jsonl", "agreement_g.jsonl", "agreement_j.jsonl", "agreement_l.jsonl", "agreement_n.jsonl", "agreement_p.jsonl", "agreement_s.jsonl", "agreement_t.jsonl", "agreement_v.jsonl") for b in check(f)]
    print("\n".join(problems) or "ok: offsets, content heads, items, kinds, genres, speaker types")
    sys.exit(1 if problems else 0)
