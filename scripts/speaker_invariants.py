"""Gold-free invariants of speaker resolution: count outputs that are wrong whatever the gold says.

Gold is small; unlabelled real text is plentiful. This tool runs the engine over a list of texts
and counts, per invariant, the attributions whose speaker breaks a rule no right answer breaks,
with examples to read (session 17, issue 11). Invariants (all offsets in characters of the text):

* **I1** a pronoun source ("he", "she", "him", "her", "his") resolved to a person whose first
  mention in the text starts after the pronoun's sentence ends: cataphora across sentences, which
  news copy does not write. The first mention is the earliest of the full name or its last word
  (whole words) and the speaker's non-pronoun mentions before the pronoun (a description the
  engine tied to the person, "A public defender … he said. The public defender, Aaron Baptiste,":
  the genre gold's reading, not a violation).
* **I2** a source span holding a capitalised personal-name run (two or more consecutive PROPN
  tokens, title case, none inside a non-PERSON entity, no organisation word) whose speaker is
  missing, ``unresolved`` or ``anonymous``: the name in the span is the speaker. Not when the run
  only modifies the source's head (a possessor, a compound, a preposition's object, an example
  after "like"/"including": "Mr. Rubio's advisers", "A spokesman for Mayor X", rightly anonymous).
* **I3** "he"/"she" resolved to a person whose gender is known otherwise to be the other one: an
  honorific ("Mr."/"Mrs."/"Ms."/"Miss") right before the name's last word in the text (only when
  all agree and no other listed given name stands before that surname: relatives share it), else a
  listed first name (:func:`saidwhat.pipeline.coref.first_name_gender`).
* **I4** a person speaker's name holding a lower-case word (name particles such as "de", "van",
  "al-" allowed) or a role/title word written in lower case or opening the name with no listed
  given name ("Arsenal boss Mikel Arteta", "Actress Eva Longoria"; not "Dean Whitcombe"; a leading
  title the evaluator drops, "Sen.", is allowed), or not found in the text at all after the evaluator's
  normalisation (:func:`saidwhat.evaluate.speakers.normalise_name`).
* **I5** a "he"/"she" source resolved to an organisation.

Some hits are right (a ship is "she"; a name first given in the headline after a byline): read
the examples before fixing anything.

Usage::

    .venv/bin/python scripts/speaker_invariants.py [--mode fast] [--limit N] [--skip-docs GOLD.jsonl]...
        [--examples K] [--json OUT.json] PATH...

``PATH`` is a ``.txt`` file, a directory (its ``*.txt`` files, sorted) or ``@LIST`` (a file of
paths, one a line). ``--skip-docs`` drops the texts whose ``<split>/<stem>`` (or stem) a gold
JSONL names in its ``doc`` field (e.g. to keep labelled or dev articles out). Prints a table of
counts per invariant and ``--examples`` examples of each; ``--json`` writes counts and every
violation. Never run it on dev texts to pick errors to fix.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

INVARIANTS: dict[str, str] = {
    "I1": "pronoun resolved to a person first named after the pronoun's sentence",
    "I2": "source span holds a personal-name run, speaker missing/unresolved/anonymous",
    "I3": "he/she resolved to a person of the other known gender",
    "I4": "person name holds a lower-case or role word, or is not in the text",
    "I5": "he/she resolved to an organisation",
}
PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
#: Every personal pronoun and relative a source can be ("who" takes its antecedent, not a mention).
PRONOUNS_ALL = PRONOUNS | {"i", "we", "they", "them", "their", "it", "its", "who", "which", "that", "hers", "me", "us"}
GENDER = {"he": "m", "she": "f"}
#: Lower-case words a personal name may hold ("Charles de Gaulle", "Ursula von der Leyen").
PARTICLES = frozenset("""de da di du des del della dos das do van von der den ter ten la le bin bint ibn al el y
e zu und st mc mac o""".split())
#: Non-PERSON entity labels: a PROPN run inside one is not a personal name.
NOT_PERSON = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
                        "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})
#: Words that make a capitalised run an organisation or a place, not a person.
ORG_WORDS = frozenset("""party department ministry office house senate congress committee council court
university college school institute center centre foundation association union agency bureau corporation
company inc corp ltd llc group news times post journal press network campaign administration government
commission board club league federation bank fund trust service services church city county state
republic kingdom nations states court police army navy force forces team fc united airlines media""".split())
_HONORIFIC = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


@dataclass
class Violation:
    """One invariant broken by one attribution.

    Attributes:
        inv: ``"I1"`` … ``"I5"``.
        doc: the text's name (file stem with its parent folder).
        item: the attribution's id.
        source: the source span's text; ``start``: its first character offset.
        speaker: the speaker's name (``None`` when it has none); ``kind``: its kind or ``None``.
        via: the attribution's ``speaker_via``.
        detail: what broke the rule (the name run, the gender source, the word…).
        context: the source's sentence, at most 200 characters.
    """

    inv: str
    doc: str
    item: str
    source: str
    start: int
    speaker: str | None
    kind: str | None
    via: str | None
    detail: str
    context: str


def _norm_text(text: str) -> str:
    """The text as :func:`normalise_name` reads a name (lower case, word characters joined by
    single spaces, possessive endings dropped), padded with spaces for whole-word lookups."""
    import html
    import unicodedata

    s = re.sub(r"['’]s\b", "", unicodedata.normalize("NFC", html.unescape(text)))
    return " " + " ".join(re.findall(r"[^\W_]+", s.lower())) + " "


def _role_words() -> frozenset[str]:
    from saidwhat.pipeline.speakers.names import _ROLE_NOUNS_BEFORE_NAME, TITLE_WORDS

    extra = {"boss", "chief", "head", "spokesman", "spokeswoman", "coach", "manager", "minister", "secretary",
             "chairman", "ceo", "official", "officials", "leader", "candidate", "nominee"}
    return frozenset(w.strip(".").lower() for w in (set(_ROLE_NOUNS_BEFORE_NAME) | set(TITLE_WORDS) | extra))


def first_mention(text: str, name: str) -> int | None:
    """Character offset of the first whole-word occurrence in ``text`` of ``name`` or of its last
    word (possessive dropped), ``None`` when neither occurs."""
    words = [w for w in re.findall(r"[^\W_][\w'’.-]*", name) if w[:1].isupper()]
    if not words:
        return None
    best = None
    for probe in {name, re.sub(r"['’]s?$", "", words[-1])}:
        if len(probe) < 2:
            continue
        m = re.search(r"(?<![\w])" + re.escape(probe) + r"(?![\w])", text)
        if m and (best is None or m.start() < best):
            best = m.start()
    return best


def known_gender(text: str, name: str) -> tuple[str | None, str]:
    """``(gender, why)`` of a person named ``name`` in ``text``: an honorific right before the
    last word anywhere in the text, else a listed first name; ``(None, "")`` when unknown."""
    from saidwhat.pipeline.coref import first_name_gender

    words = name.split()
    if not words:
        return None, ""
    last = re.sub(r"['’]s?$", "", words[-1])
    found: set[str] = set()
    for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w.'’-]*\s+)?" + re.escape(last) + r"\b", text):
        found.add(_HONORIFIC[m.group(1).lower()])
    others = {m.group(1) for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(last) + r"\b", text)
              if m.group(1) not in ("Mr", "Mrs", "Ms", "Miss", words[0]) and first_name_gender(m.group(1))}
    if len(found) == 1 and not others:  # a relative sharing the surname ("Mr Mensah", his mother Abena Mensah)
        g = found.pop()
        return g, "honorific"
    if len(words) >= 2:
        g = first_name_gender(words[0])
        if g:
            return g, f"first name {words[0]}"
    return None, ""


#: Words before a name that make it an example or a member of a group, not the source's head
#: ("presidential candidates like Donald Trump", "most presidents, including President Obama").
_EXAMPLE_WORDS = frozenset({"like", "including", "instance", "example", "as", "among", "especially"})


def _modifier_run(doc: Any, run: list[Any], span: Any) -> bool:
    """Whether the name run ``run`` (tokens) only modifies the source's head: a possessor ("Mr.
    Rubio's advisers", "Allies of Mrs Lowther"), a compound before a noun ("A top Donald Trump
    adviser"), a preposition's object ("A spokesman for Mayor X", "Analysts at Peel Hunt") or an
    example of a group ("candidates like Donald Trump"): such a source is rightly anonymous (rules
    3, 11, 12 of ``gold/speakers/README.md``)."""
    ids = {t.i for t in run}
    last = run[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.text in ("'s", "’s", "'", "’"):
        return True
    head = next((t for t in run if t.head.i not in ids or t.head.i == t.i), last)
    if head.dep_ in ("poss", "pobj", "compound", "nmod", "amod", "npadvmod"):
        return True
    if head.dep_ == "conj" and head.head.dep_ in ("pobj", "poss", "compound"):
        return True
    before = [t.lower_ for t in span if t.i < run[0].i][-4:]
    return bool(set(before) & _EXAMPLE_WORDS)


def name_runs(doc: Any, start: int, end: int) -> list[str]:
    """Capitalised personal-name runs in ``doc`` between character offsets ``start`` and ``end``:
    two or more consecutive PROPN tokens in title case, none inside a non-PERSON entity, none an
    organisation word (:data:`ORG_WORDS`), not sentence-initial words alone."""
    ent_label: dict[int, str] = {}
    for e in doc.ents:
        for t in e:
            ent_label[t.i] = e.label_
    runs: list[str] = []
    cur: list[Any] = []

    def close() -> None:
        if len(cur) >= 2 and not _modifier_run(doc, cur, span):
            runs.append(" ".join(t.text for t in cur))
        cur.clear()

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return runs
    toks = list(span)
    for t in toks:
        ok = (t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:2].islower()
              and ent_label.get(t.i) not in NOT_PERSON and t.text.lower() not in ORG_WORDS)
        if ok:
            cur.append(t)
        else:
            close()
    close()
    return runs


def check(doc: Any, name: str = "", speakers: Sequence[Any] | None = None,
          attributions: Sequence[Any] | None = None, role_words: frozenset[str] | None = None) -> list[Violation]:
    """Violations of I1–I5 in one processed Doc.

    Args:
        doc: a spaCy Doc run through the saidwhat pipeline (tokens, POS, entities, sentences).
        name: the text's name for the report.
        speakers, attributions: the records to check; the Doc's own (``doc._.speakers``,
            ``doc._.attributions``) when ``None`` (a test passes made-up ones).
        role_words: lower-case role/title words for I4 (:func:`_role_words` when ``None``).
    """
    from saidwhat.evaluate.speakers import _TITLES, normalise_name
    from saidwhat.pipeline import original_text
    from saidwhat.pipeline.coref import first_name_gender

    text = original_text(doc)
    speakers = doc._.speakers if speakers is None else speakers
    attributions = doc._.attributions if attributions is None else attributions
    roles = _role_words() if role_words is None else role_words
    by_id = {s.id: s for s in speakers}
    norm_text = None
    out: list[Violation] = []
    for a in attributions:
        src = a.source
        if src is None:
            continue
        sp = by_id.get(a.speaker_id) if a.speaker_id else None
        low = src.text.strip().lower()
        tok_span = doc.char_span(src.start_char, src.end_char, alignment_mode="expand")
        sent = tok_span[0].sent if tok_span is not None and len(tok_span) else None
        ctx = (sent.text if sent is not None else text[max(0, src.start_char - 80):src.end_char + 80]).strip()[:200]

        def add(inv: str, detail: str) -> None:
            out.append(Violation(inv, name, a.id, src.text, src.start_char, sp.name if sp else None,
                                 sp.kind if sp else None, a.speaker_via, detail, ctx.replace("\n", " ")))

        if low in PRONOUNS and sp is not None and sp.kind == "person" and sp.name:
            first = first_mention(text, sp.name)
            # a description the engine tied to the person before ("A public defender … he said.
            # The public defender, Aaron Baptiste,"): the person's first mention, not the name's
            early = [m.start_char for m in sp.mentions
                     if m.text.strip().lower() not in PRONOUNS_ALL and m.start_char < src.start_char]
            if early and (first is None or min(early) < first):
                first = min(early)
            limit = sent.end_char if sent is not None else src.end_char
            if first is not None and first >= limit:
                add("I1", f"first mention at {first}, pronoun sentence ends at {limit}")
        if low in GENDER and sp is not None and sp.kind == "person" and sp.name:
            g, why = known_gender(text, sp.name)
            if g and g != GENDER[low]:
                add("I3", why)
        if low in GENDER and sp is not None and sp.kind == "organization":
            add("I5", "organisation")
        if sp is None or sp.kind in ("unresolved", "anonymous"):
            runs = name_runs(doc, src.start_char, src.end_char)
            if runs:
                add("I2", "; ".join(runs))
        if sp is not None and sp.kind == "person" and sp.name:
            words = sp.name.split()
            bad = []
            for i, w in enumerate(words):
                wl = w.strip(".,'’").lower()
                if i == 0 and wl in _TITLES:
                    continue
                if w[:1].islower() and wl not in PARTICLES and wl.split("-")[0] not in PARTICLES:
                    bad.append(f"lower:{w}")  # not "al-Harthy", "el-Sayed", "de Graaf"
                elif wl in roles and (w[:1].islower() or i == 0 and len(words) >= 2 and not first_name_gender(w)):
                    bad.append(f"role:{w}")  # "Actress Eva Longoria"; not "Dean Whitcombe", "Rohit Sen"
            if norm_text is None:
                norm_text = _norm_text(text)
            nn = normalise_name(sp.name)
            if nn and f" {nn} " not in norm_text:
                bad.append("not in text")
            if bad:
                add("I4", ", ".join(bad))
    return out


def iter_paths(args: Iterable[str]) -> list[Path]:
    """The ``.txt`` files named by ``args`` (files, directories, ``@LIST`` files)."""
    out: list[Path] = []
    for a in args:
        if a.startswith("@"):
            out.extend(Path(line.strip()) for line in Path(a[1:]).read_text().splitlines() if line.strip())
            continue
        p = Path(a)
        out.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    return out


def doc_key(path: Path) -> str:
    """``<parent>/<stem>``: PolNeAR's ``train/text/x.txt`` gives ``train/x``."""
    parent = path.parent.parent.name if path.parent.name == "text" else path.parent.name
    return f"{parent}/{path.stem}"


def run(paths: Sequence[Path], mode: str = "fast") -> tuple[list[Violation], int, int]:
    """Run the engine over ``paths``; ``(violations, texts, attributions with a source)``."""
    import saidwhat

    nlp = saidwhat.load(mode=mode)
    roles = _role_words()
    out: list[Violation] = []
    n_src = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if not text.strip():
            continue
        doc = nlp(text)
        n_src += sum(1 for a in doc._.attributions if a.source is not None)
        out.extend(check(doc, doc_key(path), role_words=roles))
    return out, len(paths), n_src


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--mode", default="fast", choices=("fast", "accurate"))
    ap.add_argument("--limit", type=int, default=0, help="first N texts only (after --skip-docs)")
    ap.add_argument("--skip-docs", action="append", default=[], help="gold JSONL whose docs are skipped")
    ap.add_argument("--examples", type=int, default=5)
    ap.add_argument("--json", help="write counts and every violation here")
    ns = ap.parse_args(argv)
    skip: set[str] = set()
    for g in ns.skip_docs:
        for line in Path(g).read_text().splitlines():
            if line.strip():
                d = json.loads(line)["doc"]
                skip.update({d, d.rsplit("/", 1)[-1]})
    paths = [p for p in iter_paths(ns.paths) if doc_key(p) not in skip and p.stem not in skip]
    if ns.limit:
        paths = paths[:ns.limit]
    t0 = time.time()
    viol, n_texts, n_src = run(paths, ns.mode)
    counts = {k: sum(1 for v in viol if v.inv == k) for k in INVARIANTS}
    docs = {k: len({v.doc for v in viol if v.inv == k}) for k in INVARIANTS}
    print(f"{n_texts} texts, {n_src} attributions with a source, mode {ns.mode}, {time.time() - t0:.0f} s")
    print(f"{'inv':4} {'count':>6} {'docs':>5}  what")
    for k, what in INVARIANTS.items():
        print(f"{k:4} {counts[k]:6d} {docs[k]:5d}  {what}")
    for k in INVARIANTS:
        ex = [v for v in viol if v.inv == k][:ns.examples]
        if ex:
            print(f"\n{k} examples:")
            for v in ex:
                print(f"  {v.doc} {v.item} src={v.source!r} -> {v.speaker!r} ({v.kind}, via {v.via}) [{v.detail}]"
                      f"\n      {v.context[:160]}")
    if ns.json:
        Path(ns.json).write_text(json.dumps({"texts": n_texts, "sources": n_src, "mode": ns.mode, "counts": counts,
                                             "docs": docs, "violations": [asdict(v) for v in viol]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
