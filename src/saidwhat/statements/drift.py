"""How a reported variant of a statement differs from its earliest full form (issue 13).

Each variant is aligned word by word to the statement's canonical form (``difflib``'s
longest-matching-block alignment over word tokens, case and punctuation kept apart) and its
differences are classed:

``trimmed``
    the variant is a contiguous part of the canonical words (start or end cut);
``ellipsis``
    words of the canonical form are left out in the middle and the variant marks it ("...", "…");
``bracketed``
    an editorial insertion in square brackets ("[the president]") stands for or adds words;
``punctuation/case``
    the same words, other punctuation or capitals;
``changed-words``
    words inside quotation marks that the canonical form does not have (replaced, added or
    dropped without an ellipsis): the possible misquote;
``paraphrase``
    the variant reports the statement without quoting it (indirect speech);
``speaker-conflict``
    the same words credited to another speaker entity;
``laundered``
    the same words credited to an outlet or to "reports" instead of the person.

Offsets are not used here: the inputs are the contents' texts. Sources: the classes follow the
issue's list; MemeTracker (Leskovec et al., KDD 2009) and Quotebank (Vaucher et al., WSDM 2021)
for trimming and quote variants.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

DRIFT_CLASSES = ("trimmed", "ellipsis", "bracketed", "punctuation/case", "changed-words", "paraphrase",
                 "speaker-conflict", "laundered")
_WORD = re.compile(r"[\w’'-]+|\[[^\]]*\]|\.\.\.|…|[^\w\s]")
_QUOTES = "\"“”‘’'«»„"
_OUTLET_WORDS = re.compile(r"\b(?:Times|Post|Journal|News|Review|Tribune|Herald|Gazette|Magazine|Daily|Weekly|"
                           r"Politico|Reuters|Associated Press|AP|Bloomberg|Axios|Vox|BuzzFeed|HuffPost|Breitbart|Hill|"
                           r"CNN|Fox|MSNBC|NBC|CBS|ABC|BBC|NPR|PBS|Network|TV|Radio|Channel|Report|reports|media|"
                           r"press|outlet|newspaper|paper|website|tabloid|Sentinel|Wire|Courier|Chronicle|Dispatch|"
                           r"Bulletin|Record|Ledger|Observer|Monitor|Inquirer|Standard|Express|Mail|Independent|"
                           r"Telegraph|Guardian|Star|Sun|Mirror|Globe|Register|Examiner|Enquirer|Reporter|Digest|"
                           r"Broadcasting|Television|Online|Dot|Blog|Newswire|Agency)\b", re.I)


def tokens(text: str) -> list[str]:
    """Word tokens, bracketed insertions, ellipses and punctuation, in order."""
    return _WORD.findall(text)


_WORDLIKE = re.compile(r"\w")


def words(text: str) -> list[str]:
    """Lower-case words only (no punctuation, no brackets, no ellipses), curly apostrophes
    straightened ("it’s" = "it's", a quote style, not a changed word): what is compared."""
    return [t.lower().replace("’", "'").strip("'") for t in tokens(text) if _WORDLIKE.match(t) and t.strip("'’")]


def _inner(text: str) -> str:
    return text.strip().strip(_QUOTES).strip()


_QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"|''(.*?)''|«([^»]*)»|‘([^’]*)’(?!\w)")


def quoted(text: str) -> str:
    """The words inside quotation marks, joined ("that “we will win,” he said" → "we will win,"),
    or the whole text when it quotes nothing."""
    parts = ["".join(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
    parts = [p for p in parts if p.strip()]
    return " ".join(parts) if parts else text


def _normalise(text: str) -> str:
    return re.sub(r"\.\s\.\s\.", "…", text)


@dataclass(frozen=True)
class Drift:
    """The differences of one variant: ``classes`` (some of :data:`DRIFT_CLASSES`), the words
    of the variant not in the canonical form (``added``), the canonical words it lacks
    (``dropped``), and the share of the canonical words it keeps (``kept``)."""

    classes: tuple[str, ...]
    added: tuple[str, ...]
    dropped: tuple[str, ...]
    kept: float

    def to_dict(self) -> dict:
        return {"classes": list(self.classes), "added": list(self.added), "dropped": list(self.dropped),
                "kept": round(self.kept, 4)}


def is_outlet(name: str | None) -> bool:
    """Whether a speaker name is a news outlet or a generic "reports" (laundering)."""
    return not name or bool(_OUTLET_WORDS.search(name))


def classify(canonical: str, variant: str, *, variant_type: str = "direct", canonical_speaker: str | None = None,
             variant_speaker: str | None = None, same_speaker: bool | None = None) -> Drift:
    """Class the differences of ``variant`` against ``canonical`` (both content texts).

    Args:
        canonical: the statement's earliest full form (its content text, marks included).
        variant: another appearance's content text.
        variant_type: ``direct``, ``mixed`` or ``indirect`` (PARC types) of the variant.
        canonical_speaker, variant_speaker: speaker names (``None``: no named speaker).
        same_speaker: whether both resolve to one speaker entity; ``None`` compares the names.

    Returns:
        A :class:`Drift`; ``classes`` is empty for an identical report.
    """
    classes: list[str] = []
    canonical, variant = _normalise(canonical), _normalise(variant)
    if variant_type != "indirect":
        # what is compared is what the marks quote: "that “…”" is not a changed word
        canonical, variant = quoted(canonical), quoted(variant)
    cw, vw = words(canonical), words(variant)
    sm = difflib.SequenceMatcher(a=cw, b=vw, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    matched = sum(b.size for b in blocks)
    kept = matched / len(cw) if cw else 0.0
    added: list[str] = []
    dropped: list[str] = []
    inner_gap = False
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op in ("replace", "insert"):
            added.extend(vw[b0:b1])
        if op in ("replace", "delete"):
            dropped.extend(cw[a0:a1])
            if 0 < a0 and a1 < len(cw) and op != "insert" and b0 not in (0, len(vw)):
                inner_gap = True
            elif 0 < a0 and a1 < len(cw) and op == "delete":
                inner_gap = True
    vt = tokens(variant)
    brackets = [t for t in vt if t.startswith("[")]
    bracket_words = {w.lower() for t in brackets for w in re.findall(r"[\w’'-]+", t)}
    has_ellipsis = any(t in ("...", "…") for t in vt)
    real_added = [w for w in added if w not in bracket_words]
    if variant_type == "indirect":
        classes.append("paraphrase")
    else:
        if brackets:
            classes.append("bracketed")
        if has_ellipsis and dropped:
            classes.append("ellipsis")
        if dropped and not real_added and not inner_gap and blocks and len(blocks) == 1:
            classes.append("trimmed")
        elif dropped and not real_added and has_ellipsis:
            # an ellipsis in the middle and a cut at an end
            first, last = blocks[0], blocks[-1]
            if first.a > 0 or last.a + last.size < len(cw):
                classes.append("trimmed")
        if (real_added or (dropped and not has_ellipsis and inner_gap and not brackets)) and variant_type in ("direct", "mixed"):
            classes.append("changed-words")
        if not added and not dropped and [t for t in tokens(_inner(canonical))] != [t for t in tokens(_inner(variant))]:
            classes.append("punctuation/case")
    if same_speaker is None and canonical_speaker and variant_speaker:
        same_speaker = canonical_speaker.lower() == variant_speaker.lower()
    if same_speaker is False or (same_speaker is None and canonical_speaker and not variant_speaker):
        if is_outlet(variant_speaker) and not is_outlet(canonical_speaker):
            classes.append("laundered")
        else:
            classes.append("speaker-conflict")
    return Drift(tuple(dict.fromkeys(classes)), tuple(added), tuple(dropped), kept)
