"""saidwhat's exceptions: one base class and a few subclasses.

Messages name the bad value and what would be accepted, in one line, so that a CLI or an HTTP
route can show them as they are.
"""

from __future__ import annotations


class SaidwhatError(Exception):
    """Base class of every error saidwhat raises on purpose."""


class InputError(SaidwhatError):
    """An input can't be read as an article: missing, a directory, empty, binary, undecodable,
    too large, or malformed HTML/JSON/WARC. The message names the input and the cause."""


class InputTooLargeError(InputError):
    """An input is larger than the configured limit (``Config.max_input_chars`` /
    ``max_input_bytes``)."""


class ModelError(SaidwhatError):
    """A model or pipeline can't be loaded (missing package or weights file)."""


class StoreError(SaidwhatError):
    """The corpus store can't be opened, migrated or written."""


class OverloadedError(SaidwhatError):
    """The web server's extraction queue is full (``saidwhat serve --queue``): the request was
    refused at once instead of waiting. ``retry_after_s`` is a whole number of seconds after
    which a retry is likely to be taken (HTTP 503 with ``Retry-After``)."""

    def __init__(self, message: str, retry_after_s: int = 1) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (str(self), self.retry_after_s))


class TimeLimitError(SaidwhatError):
    """An extraction did not finish within the web server's per-request time limit
    (``saidwhat serve --timeout``; HTTP 504). The worker that ran it was stopped and replaced."""
