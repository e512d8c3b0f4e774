"""The ``saidwhat`` spaCy component: ``nlp.add_pipe("saidwhat")``.

It sets, on each Doc:

- ``doc._.regions``: tuple of :class:`~saidwhat.types.Region` (article layout);
- ``doc._.speakers``: tuple of :class:`~saidwhat.types.Speaker`;
- ``doc._.attributions``: tuple of :class:`~saidwhat.types.Attribution`;
- ``doc.spans["attribution_source"|"attribution_cue"|"attribution_content"]``: span groups
  (token-aligned; a content with pieces gives one Span per piece), labelled with the
  attribution id.

The rules read ``doc.text``, where spaCy read space-like characters (NBSP…) as plain spaces
(:func:`saidwhat.pipeline.spacy_text`); every record's span text is the original input's
(:func:`saidwhat.pipeline.original_text`) at the same offsets.

``__call__`` is two steps, as in spaCy's own components: :meth:`predict` (pure) then
:meth:`set_annotations`.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from ..article.structure import detect_regions
from ..types import Attribution, Region, Speaker
from . import doc_text, original_text, unpad_doc
from .attribution import find_attributions, get_tagger

EXTENSIONS = ("regions", "speakers", "attributions")


#: Where the records live on a Doc, as plain dicts (their ``to_dict`` forms), so that a Doc
#: crosses process boundaries (``nlp.pipe(n_process=…)`` serialises user data with msgpack).
DATA_EXTENSION = "saidwhat_data"
_RECORD_TYPES = {"regions": Region, "speakers": Speaker, "attributions": Attribution}


def _getter(name: str):
    record = _RECORD_TYPES[name]

    def get(doc: Doc) -> tuple:
        data = doc._.get(DATA_EXTENSION) or {}
        return tuple(record.from_dict(d) for d in data.get(name, ()))

    get.__name__ = f"get_{name}"
    return get


def _register_extensions() -> None:
    if not Doc.has_extension(DATA_EXTENSION):
        Doc.set_extension(DATA_EXTENSION, default=None)
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_getter(name))


@Language.factory(
    "saidwhat",
    default_config={"mode": "accurate"},
    assigns=["doc._.regions", "doc._.speakers", "doc._.attributions", "doc.spans"],
    requires=["token.dep", "token.pos", "token.lemma", "doc.ents", "doc.sents"],
)
def make_saidwhat(nlp: Language, name: str, mode: str) -> "SaidwhatComponent":
    """Factory of the ``saidwhat`` component (``mode``: ``"accurate"`` or ``"fast"``)."""
    _register_extensions()
    from . import SpaceTokenizer

    if isinstance(nlp.tokenizer, SpaceTokenizer):
        nlp.tokenizer.absorb_padding = True  # this component splits the padding off (unpad_doc)
    return SaidwhatComponent(nlp, name, mode=mode)


@Language.component("saidwhat_paragraphs", assigns=["token.is_sent_start"])
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    Article text often lacks final punctuation at line ends (headlines, captions, credits,
    "Updated:" stubs); without this, the parser runs a credit line into the next paragraph's
    first sentence. The parser keeps these preset boundaries.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not tok.is_space:
                tok.is_sent_start = True
    return doc


def _original_span_texts(record: Any, original: str) -> None:
    """Set, in place, the ``text`` of every span dict in ``record`` (nested dicts and lists:
    regions, speaker mentions, attribution spans and their pieces; a span dict has ``start_char``,
    ``end_char`` and ``text``) to ``original[start_char:end_char]``: the rules read the text spaCy
    read (space-like characters as plain spaces, :func:`saidwhat.pipeline.spacy_text`), the
    records keep the original's characters at the same offsets."""
    if isinstance(record, dict):
        if "start_char" in record and "end_char" in record and "text" in record:
            record["text"] = original[record["start_char"]:record["end_char"]]
        for value in record.values():
            if isinstance(value, (dict, list)):
                _original_span_texts(value, original)
    elif isinstance(record, list):
        for value in record:
            _original_span_texts(value, original)


class SaidwhatComponent:
    """Finds attributions in a parsed Doc; see the module docstring for what it sets."""

    def __init__(self, nlp: Language, name: str = "saidwhat", *, mode: str = "accurate") -> None:
        self.name = name
        self.mode = mode

    def __call__(self, doc: Doc) -> Doc:
        doc = unpad_doc(doc)  # a character reference's padding: a token again (_S11_ENT2)
        return self.set_annotations(doc, self.predict(doc))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Process a stream of Docs, running the learned tagger once per batch."""
        for batch in minibatch(stream, size=batch_size):
            batch = [unpad_doc(doc) for doc in batch]  # _S11_ENT2
            tagger = get_tagger(self.mode)
            tagged = tagger.predict_many(batch) if tagger is not None and hasattr(tagger, "predict_many") else [None] * len(batch)
            for doc, t in zip(batch, tagged):
                yield self.set_annotations(doc, self.predict(doc, tagged=t))

    def predict(self, doc: Doc, *, tagged: list | None = None) -> tuple[Any, Any, Any, dict[str, Any]]:
        """Regions, speakers, attributions and extraction notes of ``doc`` (no side effect on
        ``doc``); ``tagged``: the learned tagger's output for ``doc`` when the caller batched it.
        The notes (``dropped_drafts``, ``dropped_by_rule``, ``failed_stages``) are empty when
        every rule built sound drafts; they end up in ``Article.meta``."""
        regions = detect_regions(doc_text(doc))
        meta: dict[str, Any] = {}
        speakers, attributions = find_attributions(doc, regions, mode=self.mode, tagged=tagged, meta=meta)
        return regions, speakers, attributions, meta

    def set_annotations(self, doc: Doc, predicted: tuple[Any, ...]) -> Doc:
        regions, speakers, attributions = predicted[:3]
        notes = predicted[3] if len(predicted) > 3 else {}
        data = {
            "meta": dict(notes),
            "regions": [r.to_dict() for r in regions],
            "speakers": [sp.to_dict() for sp in speakers],
            "attributions": [a.to_dict() for a in attributions],
        }
        original = original_text(doc)
        if original is not doc_text(doc):
            for key in ("regions", "speakers", "attributions"):
                _original_span_texts(data[key], original)
        doc._.set(DATA_EXTENSION, data)
        groups: dict[str, list[Any]] = {"attribution_source": [], "attribution_cue": [], "attribution_content": []}
        for a in attributions:
            for key, span in (("attribution_source", a.source), ("attribution_cue", a.cue), ("attribution_content", a.content)):
                if span is None:
                    continue
                for piece in span.pieces or (span,):
                    s = doc.char_span(piece.start_char, piece.end_char, label=a.id, alignment_mode="expand")
                    if s is not None:
                        groups[key].append(s)
        for key, spans in groups.items():
            doc.spans[key] = spans
        return doc
