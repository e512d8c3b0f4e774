"""The attribution pipeline, one module per stage: quotes → cue → source → content → speakers →
attribution assembly; ``component`` wires them into a spaCy component."""

from typing import Any

_TEXT_KEY = "saidwhat.text"


def doc_text(doc: Any) -> str:
    """``doc.text`` (the original text, characters as given), built once per Doc and kept in
    ``doc.user_data``: spaCy's ``Doc.text`` joins every token on each access, and the engine
    reads it in several stages (profiled on PolNeAR dev: ~10 % of ``fast`` mode's time)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
