"""Stand-in extractors for the serving tests (tests/test_web_serving.py).

Module-level functions, so that ``spawn`` worker processes can unpickle them (this folder is on
the workers' ``sys.path`` as on the test process's). Each returns a small :class:`Article` whose
``meta["pid"]`` is the process that extracted it.
"""

from __future__ import annotations

import os
import threading
import time

from saidwhat.config import Config
from saidwhat.engine import text_sha256
from saidwhat.types import Article

#: Thread-mode extractions whose text is ``"block"`` wait on this event (set it to release them).
GATE = threading.Event()


def _article(text: str, title: str | None, meta: dict | None) -> Article:
    return Article(text, text_sha256(text), title, (), (), (), {**(meta or {}), "pid": os.getpid()})


def sleepy_extract(text: str, *, title: str | None = None, config: Config | None = None,
                   meta: dict | None = None) -> Article:
    """``"sleep S"`` sleeps S seconds, ``"die"`` ends the process at once (a crash); anything else
    returns at once."""
    if text.startswith("sleep "):
        time.sleep(float(text.split()[1]))
    elif text == "die":
        os._exit(3)
    return _article(text, title, meta)


def gated_extract(text: str, *, title: str | None = None, config: Config | None = None,
                  meta: dict | None = None) -> Article:
    """``"block"`` waits until :data:`GATE` is set (60 s at most); anything else returns at once."""
    if text == "block":
        GATE.wait(60)
    return _article(text, title, meta)
