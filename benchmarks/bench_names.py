"""Speaker resolution on names from other cultures: a speaker gold set with its people renamed.

Usage: python benchmarks/bench_names.py [GOLD] [--mode fast] [--pools a,b] [--seed 7] [--keep DIR]

GOLD: a speaker gold file whose texts lie beside it (``gold/speakers/genre/train.jsonl``, the
default, to tune on; ``gold/speakers/genre/dev.jsonl`` only to measure). For each pool of
:data:`POOLS` (and the original), every person speaker of two words or more has the first and
last word of the name replaced, the same way all over the article, by a given name of the same
gender and a surname of the pool (no pool name twice in one article); any other "<First> <Last>"
pair of the text whose surname is a speaker's is renamed too (a relative or namesake keeps
sharing the surname, not the first name of the original). Source and content offsets are
remapped, the speaker and aliases rewritten. Then the engine is scored
(:func:`saidwhat.evaluate.speakers.evaluate_speakers`) and a table printed: pool, right/found,
speaker accuracy, who-said-what F1.

Gender comes from the gold itself (a pronoun row "he"/"she" for the speaker), an honorific
before the surname in the text ("Ms Aas"), or the engine's first-name lists; a person with no
evidence keeps the original name. Pools mix the shapes that break name parsing: hyphenated given
names and surnames, lower-case particles ("al-", "el-", "van der", "de la", "dos"), apostrophes
and prefixes ("O'", "Mc"), and letters outside ASCII. Seeded: the same seed gives the same texts.
"""
from __future__ import annotations

import argparse
import bisect
import json
import random
import re
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"

#: pool → (female given names, male given names, surnames).
POOLS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "west_africa": (
        ["Ngozi", "Chiamaka", "Funmilayo", "Adaeze", "Yetunde", "Abena", "Efua", "Nneka", "Amara", "Folake"],
        ["Chukwuemeka", "Olusegun", "Babatunde", "Kwabena", "Obinna", "Kofi", "Tunde", "Ikenna", "Yaw", "Emeka"],
        ["Okonkwo", "Adeyemi", "Balogun", "Mensah", "Nwachukwu", "Oyelaran", "Asante", "Eze", "Ogunleye", "Boateng",
         "Okafor", "Adebayo", "Adebayo-Clarke", "Owusu-Ansah", "Danjuma", "Acheampong"]),
    "south_asia": (
        ["Priyanka", "Lakshmi", "Ananya", "Shreya", "Kavitha", "Nandini", "Farzana", "Deepika", "Meenakshi", "Sunita"],
        ["Venkatesh", "Arjun", "Siddharth", "Rajesh", "Imran", "Harpreet", "Sanjay", "Abhishek", "Gurpreet", "Mohan"],
        ["Raghunathan", "Iyer", "Chatterjee", "Venkataraman", "Siddiqui", "Bhattacharya", "Gill", "Krishnamurthy",
         "Qureshi", "Nair", "Deshpande", "Chowdhury", "Sen Gupta", "Das", "Reddy", "Menon"]),
    "east_asia": (
        ["Mei", "Yuki", "Ji-woo", "Hui", "Xiaoling", "Haruka", "Seo-yeon", "Lan", "Thi Hoa", "Su-bin"],
        ["Wei", "Hiroshi", "Min-jun", "Jian", "Takeshi", "Jae-hyun", "Zhiwei", "Kenji", "Van Minh", "Dong-hyun"],
        ["Zhang", "Nakamura", "Park", "Liu", "Tanaka", "Choi", "Huang", "Watanabe", "Kim", "Zhou", "Yamamoto",
         "Lim", "Nguyen", "Ō-Yamada", "Ng", "Tran"]),
    "arabic_turkish": (
        ["Fatima", "Layla", "Zeynep", "Aisha", "Elif", "Noor", "Yasmin", "Rania", "Şule", "Gülşen"],
        ["Abdulrahman", "Mustafa", "Emre", "Khalid", "Yusuf", "Tariq", "Burak", "Omar", "Çağrı", "İsmail"],
        ["al-Harbi", "Yıldırım", "Haddad", "Demir", "el-Sayed", "Öztürk", "Mansour", "Khoury", "Aydın", "al-Qahtani",
         "Nasser", "Çelik", "bin Laden", "Abu Zeid", "Şahin", "Al Maktoum"]),
    "europe_particles": (
        ["Marie-Claire", "Anne-Sophie", "Siobhán", "Małgorzata", "Ines", "Ingrid", "Aoife", "Zoë", "Hélène", "Dagný"],
        ["Jean-Luc", "Jean-Pierre", "Søren", "Dáithí", "Jürgen", "Joaquín", "Pieter", "Seán", "Łukasz", "Hans-Peter"],
        ["van der Berg", "de la Cruz", "dos Santos", "O'Sullivan", "McAllister", "Ó Briain", "von Trapp", "Di Stefano",
         "Müller", "Nørgaard", "Fitzgerald-Hayes", "MacLeod", "da Silva", "D'Angelo", "ter Horst", "Le Goff"]),
}

_PRON = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_WORD = re.compile(r"[A-Z][a-z]+")


def _first_names() -> tuple[set[str], set[str]]:
    from saidwhat.pipeline.coref import _FEMALE, _MALE
    return _FEMALE, _MALE


def _gender(person: str, rows: list[dict], text: str) -> str | None:
    """'f', 'm' or None for the speaker ``person`` of an article (module docstring)."""
    votes = [_PRON[r["source_text"].lower()] for r in rows
             if r["speaker"] == person and (r.get("source_text") or "").lower() in _PRON]
    if votes and len(set(votes)) == 1:
        return votes[0]
    last = person.split()[-1]
    hon = set(re.findall(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+{re.escape(last)}\b", text))
    if hon and len({"m" if h == "Mr" else "f" for h in hon}) == 1:
        return "m" if "Mr" in hon else "f"
    fem, mal = _first_names()
    f = person.split()[0].lower()
    if (f in fem) != (f in mal):
        return "f" if f in fem else "m"
    return None


def rename(pool: str, gold: Path, out: Path, seed: int = 7) -> Path:
    """Write the renamed gold file and texts under ``out`` (``out/SPLIT/text/NAME.txt`` and
    ``out/<gold file name>``); return the gold file's path. ``pool`` "original" copies as is."""
    src = gold.parent
    if out.exists():
        shutil.rmtree(out)
    rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    bydoc: dict[str, list[dict]] = {}
    for r in rows:
        bydoc.setdefault(r["doc"], []).append(r)
    rnd = random.Random(seed)
    fem_all, mal_all = _first_names()
    lines = []
    for doc in sorted(bydoc):
        rs = bydoc[doc]
        split, name = doc.split("/", 1)
        (out / split / "text").mkdir(parents=True, exist_ok=True)
        with open(src / split / "text" / f"{name}.txt", encoding="utf-8", newline="") as fh:
            text = fh.read()
        mp: dict[str, str] = {}
        if pool != "original":
            fem, mal, sur = (list(x) for x in POOLS[pool])
            rnd.shuffle(fem), rnd.shuffle(mal), rnd.shuffle(sur)
            people = sorted({r["speaker"] for r in rs if r.get("speaker_type") == "person"
                             and len(r["speaker"].split()) >= 2})
            genders: dict[str, str] = {}
            for p in people:
                first, last = p.split()[0], p.split()[-1]
                g = _gender(p, rs, text)
                if g is None or not _WORD.fullmatch(first) or not _WORD.fullmatch(last):
                    continue
                firsts = fem if g == "f" else mal
                if (first not in mp and not firsts) or (last not in mp and not sur):
                    continue  # the pool is spent: keep the name
                if first not in mp:
                    mp[first] = firsts.pop()
                if last not in mp:
                    mp[last] = sur.pop()
                genders[first] = g
                if last.upper() in text and last.upper() not in mp:
                    mp[last.upper()] = mp[last].upper()  # "ORMEROD:" in a Q&A's speaker lines
            # namesakes and relatives: "<First> <Last>" with a renamed surname and another given name
            surnames = {k for k in mp if k not in genders and not k.isupper()}
            if surnames:
                rx = re.compile(r"\b([A-Z][a-z]+)[ \t]+(" + "|".join(map(re.escape, sorted(surnames))) + r")\b")
                for m in rx.finditer(text):
                    f = m.group(1)
                    if f in mp:
                        continue
                    g = "f" if f.lower() in fem_all and f.lower() not in mal_all else \
                        "m" if f.lower() in mal_all and f.lower() not in fem_all else None
                    pick = (fem if g == "f" else mal) if g else None
                    if pick:
                        mp[f] = pick.pop()
        if mp:
            rx = re.compile(r"(?<![\w'’-])(" + "|".join(map(re.escape, sorted(mp, key=len, reverse=True))) + r")(?![\w-])")
            parts, pos, shift, olds, shifts = [], 0, 0, [0], [0]
            for m in rx.finditer(text):
                rep = mp[m.group(1)]
                parts += [text[pos:m.start()], rep]
                shift += len(rep) - (m.end() - m.start())
                olds.append(m.end())
                shifts.append(shift)
                pos = m.end()
            parts.append(text[pos:])
            ntext = "".join(parts)

            def conv(o: int) -> int:
                return o + shifts[bisect.bisect_right(olds, o) - 1]

            def sub(s: str) -> str:
                return rx.sub(lambda m: mp[m.group(1)], s)
        else:
            ntext = text

            def conv(o: int) -> int:
                return o

            def sub(s: str) -> str:
                return s
        with open(out / split / "text" / f"{name}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(ntext)
        for r in rs:
            r = dict(r)
            for k in ("source_start", "source_end", "content_start", "content_end"):
                if r.get(k) is not None:
                    r[k] = conv(r[k])
            r["speaker"] = sub(r["speaker"])
            r["aliases"] = [sub(a) for a in r.get("aliases") or []]
            for k in ("source_text", "content_head"):
                if r.get(k):
                    r[k] = sub(r[k])
            if r.get("source_start") is not None:
                assert ntext[r["source_start"]:r["source_end"]] == r["source_text"], (doc, r["item"])
            lines.append(json.dumps(r, ensure_ascii=False))
    path = out / gold.name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=str(ROOT / "gold" / "speakers" / "genre" / "train.jsonl"))
    ap.add_argument("--mode", default="fast")
    ap.add_argument("--pools", default="original," + ",".join(POOLS))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", help="write the renamed sets and each pool's errors (JSON) under this folder")
    args = ap.parse_args()
    from saidwhat.evaluate.speakers import evaluate_speakers

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_names_"))
    print(f"{'pool':18s} {'right/found':>11s} {'accuracy':>8s} {'wsw F1':>7s}")
    for pool in args.pools.split(","):
        path = rename(pool, Path(args.gold), base / pool, args.seed)
        r = evaluate_speakers(path, POLNEAR, mode=args.mode)
        t = r.overall
        print(f"{pool:18s} {f'{t.right}/{t.found}':>11s} {t.accuracy:8.3f} {r.f1:7.3f}", flush=True)
        if args.keep:
            (base / f"{pool}.json").write_text(json.dumps({**r.to_dict(), "errors": r.errors}, ensure_ascii=False, indent=1), encoding="utf-8")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
