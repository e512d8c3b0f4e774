"""saidwhat.pipeline.doc_text: the engine builds ``Doc.text`` once per document.

spaCy's ``Doc.text`` joins every token on each access; read once per attribution by the cue-class
and speaker stages, it was 30-40 % of ``fast`` mode's CPU time on PolNeAR dev (issue 15,
BENCHMARKS.md throughput notes). These tests count the reads on a Doc subclass.
"""

import pytest
import spacy
from spacy.tokens import Doc

from saidwhat.pipeline import doc_text

TEXT = ("Mayor Ana Ruiz said the bridge would open in May. “We are ready,” she told reporters.\n\n"
        "According to the council, the budget is balanced. Council chair Leo Marsh warned that "
        "costs could rise, and he denied that the city had misled voters.\n\n"
        "“It is not over,” Marsh said. Critics called the plan “a fantasy.”")


class CountingDoc(Doc):
    """A Doc that counts how often its ``text`` is read."""

    reads = 0

    @property
    def text(self) -> str:
        type(self).reads += 1
        return Doc.text.__get__(self)


def _counting_doc(nlp, text: str) -> CountingDoc:
    made = nlp.make_doc(text)
    return CountingDoc(nlp.vocab, words=[t.text for t in made], spaces=[bool(t.whitespace_) for t in made])


def test_doc_text_is_the_text_and_is_built_once():
    doc = _counting_doc(spacy.blank("en"), TEXT)
    CountingDoc.reads = 0
    assert doc_text(doc) == TEXT and doc_text(doc) == TEXT
    assert CountingDoc.reads == 1


@pytest.mark.model
@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_the_engine_reads_doc_text_once_per_document(mode):
    import saidwhat
    from saidwhat.engine import article_from_doc

    nlp = saidwhat.load(mode=mode)
    doc = _counting_doc(nlp, TEXT)
    CountingDoc.reads = 0
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    article = article_from_doc(doc, mode=mode)
    assert len(article.attributions) >= 4  # cue classes, negation and speakers were all computed
    assert CountingDoc.reads <= 1, f"Doc.text read {CountingDoc.reads} times; use saidwhat.pipeline.doc_text"
