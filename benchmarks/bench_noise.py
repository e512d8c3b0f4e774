"""Speaker accuracy and who-said-what F1 under the text noise of scraped pages (session 11).

Usage: python benchmarks/bench_noise.py [--speakers gold/speakers/genre/train.jsonl] [--mode fast]
                                         [--variants original,straight,...] [--diff VARIANT]
                                         [--off _S11_NOISE_ENTITIES,_S11_NOISE_NAMES,_S11_NOISE_CAPS]

Same design as ``bench_layout.py`` (whose ``_sub`` offset map it imports; its scoring loop is
``bench_layout.run``'s with a per-row status added for ``--diff``): each gold text is rewritten in one variant, the gold ``[start, end)`` offsets are carried
over to the new text, and the article is scored as ``saidwhat evaluate --speakers`` scores it.
Every variant is deterministic per document (a choice that varies uses ``crc32`` of its name):

- ``original``: the text as stored;
- ``straight``: every curly quote and apostrophe becomes straight (``“ ” ‘ ’`` → ``" " ' '``);
- ``curly``: straight double quotes become typographic by position (``“`` at the start of a
  line or after a space or opening bracket, ``”`` otherwise); an apostrophe between two letters
  becomes ``’``;
- ``entities``: HTML-escaped leftovers: ``&`` → ``&amp;``, ``“ ” ‘ ’`` → ``&#8220; &#8221;
  &#8216; &#8217;``, and every other space between two capitalised words → ``&nbsp;``;
- ``caps-head``: the headline (first line) and every short furniture line (six words or fewer,
  no sentence punctuation at its end) upper-cased, and a byline in capitals (the article's own
  ``By ...`` line upper-cased, or ``By JANE ROE`` inserted after the headline);
- ``nbsp``: every space between two capitalised words becomes U+00A0;
- ``dashes``: all spaced dashes (`` - ``, `` – ``, `` — ``, `` -- ``) and unspaced em dashes or
  ``--`` take one style per document (`` - ``, `` -- `` or ``—`` unspaced): datelines
  ("OSLO, Oct 23 — ..."), dashed asides and dash-introduced attributions alike;
- ``single-quotes``: British quotation: double quotes (curly or straight) become single
  ``‘…’`` and single quotes inside them become double; apostrophes stay.

Prints one markdown row per variant: found (gold rows with a paired prediction), right,
accuracy, who-said-what P/R/F1. ``--diff VARIANT`` also lists the gold rows right in
``original`` but wrong or unfound under VARIANT (tune on train only); ``--off`` turns session 11's
noise switches off (:func:`saidwhat.pipeline.entity_text`, :func:`saidwhat.pipeline.caps_text`,
``speakers.names._S11_NOISE_NAMES``) to measure before/after. Genre train takes about 10 s a
variant in fast mode on a quiet machine.
"""
from __future__ import annotations

import argparse
import re
import sys
import zlib
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_layout import ROOT, Mapped, _sub, rewritten  # noqa: E402

_CAP = r"[A-Z][\w'’.\-]*"


def _same(text: str) -> Mapped:
    return text, list(range(len(text) + 1))


def straight(text: str, name: str) -> Mapped:
    return _same(text.translate(str.maketrans("“”‘’", "\"\"''")))


def curly(text: str, name: str) -> Mapped:
    out = re.sub(r'(?:(?<=^)|(?<=[\s(\[—–-]))"', "“", text, flags=re.M).replace('"', "”")
    return _same(re.sub(r"(?<=[^\W\d_])'(?=[^\W\d_])", "’", out))


def entities(text: str, name: str) -> Mapped:
    ents = {"&": "&amp;", "“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;"}
    seen = [zlib.crc32(name.encode())]

    def repl(m: re.Match) -> str:
        if m.group(0) in ents:
            return ents[m.group(0)]
        seen[0] += 1  # a space between two capitalised words: every other one
        return "&nbsp;" if seen[0] % 2 else " "

    return _sub(r"[&“”‘’]|(?<=[a-z]) (?=[A-Z][a-z])",
                lambda m: repl(m) if m.group(0) != " " or _capitalised_before(m) else " ", text)


def _capitalised_before(m: re.Match) -> bool:
    w = re.search(r"(\S+)$", m.string[max(0, m.start() - 40):m.start()])
    return bool(w and w.group(1)[0].isupper())


def _upper(s: str) -> str:
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in s)


def caps_head(text: str, name: str) -> Mapped:
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        words = line.split()
        furniture = words and len(words) <= 6 and not re.search(r"[.?!:;,\"”’']\s*$", line)
        out.append(_upper(line) if i == 0 or furniture or line.startswith("By ") else line)
    new = "\n".join(out)
    if re.search(r"^BY ", new, flags=re.M):
        return _same(new)
    first = new.find("\n")
    if first < 0:
        return _same(new)
    return _sub(r"\A[^\n]*\n", lambda m: m.group(0) + "\nBy JANE ROE\n", new)


def nbsp(text: str, name: str) -> Mapped:
    return _same(re.sub(rf"(\b{_CAP}) (?=[A-Z])", lambda m: m.group(1) + "\u00a0", text))


_DASH_STYLES = (" - ", " -- ", "—")


def dashes(text: str, name: str) -> Mapped:
    style = _DASH_STYLES[zlib.crc32(name.encode()) % 3]
    return _sub(r" (?:-|--|–|—) |(?<=\w)(?:—|--)(?=\w)", lambda m: style, text)


def single_quotes(text: str, name: str) -> Mapped:
    """Swap double and single quotation marks (module docstring); same length."""
    chars = list(text)
    inner = False
    for i, c in enumerate(text):
        prev = text[i - 1] if i else "\n"
        nxt = text[i + 1] if i + 1 < len(text) else "\n"
        if c == "\n":
            inner = False
        elif c == "“":
            chars[i], inner = "‘", False
        elif c == "”":
            chars[i], inner = "’", False
        elif c == '"':
            chars[i], inner = ("‘" if prev.isspace() or prev in "([—–-" else "’"), False
        elif c in "‘'" and (prev.isspace() or prev in "“\"(") and nxt.isalnum():
            chars[i], inner = "“", True
        elif c in "’'" and inner and not (prev.isalpha() and nxt.isalpha()):
            chars[i], inner = "”", False
    return _same("".join(chars))


VARIANTS: dict[str, Callable[[str, str], Mapped]] = {
    "original": lambda t, n: _same(t),
    "straight": straight,
    "curly": curly,
    "entities": entities,
    "caps-head": caps_head,
    "nbsp": nbsp,
    "dashes": dashes,
    "single-quotes": single_quotes,
}


def run(gold_path: Path, variant: str, mode: str, rows_out: dict | None = None) -> dict:
    """Score one variant; with ``rows_out``, store ``(doc, item) → 'right'|'wrong'|'missed'``."""
    from saidwhat import extract
    from saidwhat.evaluate.speakers import SpeakerResult, score_article

    result = SpeakerResult()
    for doc, new, rows in rewritten(gold_path, VARIANTS[variant]):
        art = extract(new, mode=mode)
        n_err = len(result.errors)
        score_article(result, new, rows, art)
        if rows_out is not None:
            wrong = {e["item"]: e for e in result.errors[n_err:]}
            for g in rows:
                if g.content is None or g.speaker == "writer":
                    continue
                one = SpeakerResult()
                score_article(one, new, [g], art)
                status = "wrong" if g.item in wrong else ("right" if one.overall.right else
                                                          "missed" if not one.overall.found else "wrong")
                rows_out[(doc, g.item)] = (status, wrong.get(g.item, {}).get("pred"), g.speaker,
                                           new[g.source[0]:g.source[1]] if g.source else None)
    o = result.overall
    return {"variant": variant, "right": o.right, "found": o.found, "total": o.total, "accuracy": o.accuracy,
            "p": result.precision, "r": result.recall, "f1": result.f1}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--speakers", default=str(ROOT / "gold" / "speakers" / "genre" / "train.jsonl"))
    ap.add_argument("--mode", default="fast")
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--diff", default=None, help="list rows right in original but not under this variant")
    ap.add_argument("--off", default="", help="session 11 switches to turn off, e.g. _S11_NOISE_ENTITIES,_S11_NOISE_CAPS")
    args = ap.parse_args()
    from saidwhat import pipeline
    from saidwhat.pipeline.speakers import names
    for const in filter(None, args.off.split(",")):
        setattr(names if hasattr(names, const) else pipeline, const, False)
    print(f"{args.speakers}, mode {args.mode}{', off: ' + args.off if args.off else ''}\n")
    print("| variant | right/found | accuracy | found/gold | who-said-what P | R | F1 |")
    print("|---|---|---|---|---|---|---|")
    variants = args.variants.split(",")
    keep: dict[str, dict] = {}
    if args.diff:
        variants = ["original", args.diff] if args.diff != "original" else ["original"]
    for v in variants:
        keep[v] = {}
        r = run(Path(args.speakers), v, args.mode, keep[v] if args.diff else None)
        print(f"| {v} | {r['right']}/{r['found']} | {r['accuracy']:.3f} | {r['found']}/{r['total']} | "
              f"{r['p']:.3f} | {r['r']:.3f} | {r['f1']:.3f} |", flush=True)
    if args.diff and args.diff != "original":
        print()
        for key, (st, pred, gold, src) in sorted(keep[args.diff].items()):
            if keep["original"].get(key, ("?",))[0] == "right" and st != "right":
                print(f"{key[0]} {key[1]}: {st} pred={pred!r} gold={gold!r} source={src!r}")


if __name__ == "__main__":
    main()
