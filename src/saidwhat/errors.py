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
