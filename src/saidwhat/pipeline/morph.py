"""Cheap coarse POS and cue lemmas, in place of spaCy's ``attribute_ruler`` + ``lemmatizer``.

Those two components cost about a quarter of ``en_core_web_sm``'s time on PolNeAR dev
(``benchmarks/bench_extract.py``), while the attribution rules need only the coarse POS of each
token and the lemma of a few hundred cue words. ``saidwhat_morph`` maps the fine-grained tag to
the coarse POS with the single-token rules of the model's own attribute ruler (its tag map and
its word exceptions, e.g. ``VBZ`` + "is" → ``AUX``), and sets the lemma of the inflected forms
of the cue lexicons (:data:`saidwhat.pipeline.cue.LEMMAS`); other tokens keep no lemma, and
:func:`saidwhat.pipeline.cue.lemma` gives their lower-case form.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .cue import LEMMAS, lemma  # noqa: F401  (re-exported)

def _pos_maps(nlp: Language) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """``tag → POS`` and ``(tag, lower) → POS`` from the single-token rules of the pipeline's
    ``attribute_ruler`` (present, possibly disabled)."""
    by_tag: dict[str, str] = {}
    by_word: dict[tuple[str, str], str] = {}
    if "attribute_ruler" not in nlp.component_names:
        return by_tag, by_word
    for rule in nlp.get_pipe("attribute_ruler").patterns:
        pos = rule["attrs"].get("POS")
        if not pos:
            continue
        for pat in rule["patterns"]:
            if len(pat) != 1 or set(pat[0]) - {"TAG", "LOWER"}:
                continue
            tags = pat[0].get("TAG")
            tags = tags["IN"] if isinstance(tags, dict) else [tags]
            lows = pat[0].get("LOWER")
            lows = lows["IN"] if isinstance(lows, dict) else [lows]
            for t in tags:
                for w in lows:
                    if t is None:
                        continue
                    if w is None:
                        by_tag.setdefault(t, pos)
                    else:
                        by_word.setdefault((t, w), pos)
    return by_tag, by_word


@Language.factory("saidwhat_morph", assigns=["token.pos", "token.lemma"], requires=["token.tag"])
def make_morph(nlp: Language, name: str) -> "FastMorph":
    """Factory of ``saidwhat_morph`` (see the module docstring)."""
    return FastMorph(*_pos_maps(nlp))


class FastMorph:
    """Sets ``token.pos`` from ``token.tag`` and ``token.lemma`` from :data:`LEMMAS`."""

    def __init__(self, by_tag: dict[str, str], by_word: dict[tuple[str, str], str]) -> None:
        self.by_tag = by_tag
        self.by_word = by_word

    def __call__(self, doc: Doc) -> Doc:
        by_tag, by_word, lemmas = self.by_tag, self.by_word, LEMMAS
        for tok in doc:
            tag, low = tok.tag_, tok.lower_
            pos = by_word.get((tag, low)) or by_tag.get(tag)
            if pos:
                tok.pos_ = pos
            lem = lemmas.get(low)
            if lem is not None:
                tok.lemma_ = lem
        return doc

    def to_disk(self, *args: Any, **kwargs: Any) -> None:  # stateless: rebuilt from the pipeline
        pass

    def from_disk(self, *args: Any, **kwargs: Any) -> "FastMorph":
        return self
