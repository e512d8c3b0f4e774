"""saidwhat: who said what in news articles.

Public API (everything else is internal)::

    import saidwhat
    article = saidwhat.extract(text, title=None)      # -> saidwhat.Article
    said = saidwhat.extract(text, classes=saidwhat.DEFAULT_CLASSES)   # speech and writing only
    for art in saidwhat.extract_many(texts, n_process=1): ...
    saidwhat.select(article, classes=("speech", "writing"), negated=False)  # a filtered copy
    nlp = saidwhat.load()                              # the spaCy pipeline, built once per process

Offsets in every record are ``[start_char, end_char)`` in characters of the original input text.
Importing this package loads no model and registers nothing; the first call does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .config import Config
from .errors import InputError, InputTooLargeError, ModelError, SaidwhatError, StoreError
from .filters import ClassesArg, select
from .types import CUE_CLASSES, DEFAULT_CLASSES, SCHEMA, Article, Attribution, Region, Span, Speaker

if TYPE_CHECKING:
    from spacy.language import Language

__version__ = "0.1.0"

__all__ = [
    "CUE_CLASSES", "DEFAULT_CLASSES", "SCHEMA", "Article", "Attribution", "Config", "InputError", "InputTooLargeError",
    "ModelError", "Region", "SaidwhatError", "Span", "Speaker", "StoreError", "extract", "extract_many", "load", "select",
]


def load(mode: str | None = None, config: Config | None = None) -> "Language":
    """The saidwhat spaCy pipeline (spaCy's small English model + the ``saidwhat`` component).

    Built once per process and per ``(mode, spacy_model)``; later calls return the same object.

    Args:
        mode: ``"accurate"`` (default) or ``"fast"``; overrides ``config.mode``.
        config: defaults; :class:`Config` when ``None``.

    Raises:
        ModelError: when the spaCy model package can't be loaded.
    """
    from .engine import get_nlp

    return get_nlp(Config.from_env(mode=mode) if config is None else config if mode is None else Config.from_env(**{**config.__dict__, "mode": mode}))


def extract(text: str, *, title: str | None = None, mode: str | None = None, config: Config | None = None,
            meta: dict[str, Any] | None = None, classes: ClassesArg = None, negated: bool | None = None) -> Article:
    """Read one article and return who said what in it.

    Args:
        text: the article's text; every offset of the result indexes this string.
        title: the article's title when known (e.g. from HTML), kept in ``Article.title``.
        mode: ``"accurate"`` or ``"fast"`` (see :class:`Config`).
        config: limits and model choice.
        meta: provenance kept in ``Article.meta`` (encoding, url…).
        classes: which attributions to return, by ``cue_class`` (see :func:`select`): ``None``
            (the default) returns every attribution, negated ones included, as PolNeAR marks
            them (what evaluation uses); a sequence of class names such as
            :data:`DEFAULT_CLASSES` (``("speech", "writing")``), a comma-separated string, or
            ``"all"`` keeps the attributions of those classes (no class counts as ``speech``)
            and hides negated ones.
        negated: ``True`` keeps negated attributions ("declined to comment") with a ``classes``
            filter; ``False`` hides them even without one.

    Returns:
        An :class:`Article` with regions, speakers and attributions (with a filter: the
        attributions that pass, ids unchanged, and the speakers they refer to).

    Raises:
        InputError: ``text`` is not a string, or is empty or whitespace only; an unknown class
            name (checked before any work; the message lists the valid ones).
        InputTooLargeError: ``text`` is longer than ``config.max_input_chars``.
    """
    from .engine import extract_one

    return extract_one(text, title=title, mode=mode, config=config, meta=meta, classes=classes, negated=negated)


def extract_many(texts: Iterable[str | tuple[str, dict[str, Any]]], *, n_process: int = 1, batch_size: int | None = None,
                 mode: str | None = None, config: Config | None = None, classes: ClassesArg = None,
                 negated: bool | None = None) -> Iterator[Article | SaidwhatError]:
    """Read many articles with ``nlp.pipe`` (optionally in ``n_process`` processes).

    Args:
        texts: texts, or ``(text, context)`` pairs where ``context`` may hold ``title`` and
            ``meta`` (a dict kept in ``Article.meta``).
        n_process: worker processes (1 = this process). Workers are started with ``spawn``, each
            loading the pipeline once, so a script calling this with ``n_process > 1`` must guard
            its top level with ``if __name__ == "__main__":``.
        batch_size: texts per batch (``config.batch_size`` when ``None``).
        classes, negated: which attributions each article keeps, as in :func:`extract` (every
            one by default).

    Yields:
        One item per input, in input order: an :class:`Article`, or the :class:`SaidwhatError`
        that input raised (empty, too large…), so a bad document never stops the batch.

    Raises:
        InputError: at the call, before any text is read: an unknown class name or mode.
    """
    from .engine import extract_stream

    return extract_stream(texts, n_process=n_process, batch_size=batch_size, mode=mode, config=config, classes=classes,
                          negated=negated)
