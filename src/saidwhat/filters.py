"""Which attributions a reader sees: the ``classes=`` and ``negated=`` filters (issue 12).

Every attribution has a ``cue_class`` (:data:`saidwhat.types.CUE_CLASSES`: ``speech``,
``writing``, ``thought``, ``stance``, ``evidence``) and may be ``negated`` (speech that did not
happen: "declined to comment", "did not say"). A user asking *who said what* wants speech and
writing (:data:`saidwhat.types.DEFAULT_CLASSES`); researchers want every attribution PolNeAR
marks. The library, the CLI, the HTTP API, the corpus queries and the viewer all filter here:

- :func:`parse_classes` reads a filter as a user gives it (``"speech,writing"``, a list,
  ``"all"``) and refuses unknown names with an :class:`~saidwhat.errors.InputError` that lists
  the valid ones;
- :func:`keeps` says whether one attribution passes: its class is one of the classes (an
  attribution with no class, ``cue_class is None`` as in records written before classes
  existed, counts as ``speech``), and it is not negated unless negated ones are asked for;
- :func:`select` is the filtered copy of an :class:`~saidwhat.types.Article`;
- :func:`resolve` is the front ends' reading of their ``classes`` and ``negated`` parameters:
  ``all`` there means *everything*, negated attributions included, unless ``negated`` says
  otherwise.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from .errors import InputError
from .types import CUE_CLASSES, DEFAULT_CLASSES, Article, Attribution

#: The filter value that means every class.
ALL = "all"
#: The class an attribution without one (``cue_class is None``) counts as.
UNCLASSIFIED_AS = "speech"

ClassesArg = str | Iterable[str] | None


def parse_classes(classes: ClassesArg) -> tuple[str, ...] | None:
    """Read a class filter.

    Args:
        classes: ``None`` or ``"all"`` (every class); a class name or several separated by commas
            (``"speech,writing"``); or a sequence of names (``["speech", "writing"]``, which may
            hold ``"all"``). Case and spaces around names are ignored.

    Returns:
        The classes in :data:`~saidwhat.types.CUE_CLASSES` order, or ``None`` for every class.

    Raises:
        InputError: a name that is not a class, or no name at all; the message lists the valid
            names.
    """
    if classes is None:
        return None
    items = classes.split(",") if isinstance(classes, str) else list(classes)
    names: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise InputError(f"classes: {item!r} is not a class name (use any of {_valid()})")
        name = item.strip().lower()
        if name:
            names.append(name)
    if not names:
        raise InputError(f"classes: no class given (use any of {_valid()})")
    unknown = [n for n in names if n != ALL and n not in CUE_CLASSES]
    if unknown:
        raise InputError(f"classes: unknown class {', '.join(repr(n) for n in unknown)} (use any of {_valid()})")
    if ALL in names:
        return None
    return tuple(c for c in CUE_CLASSES if c in names)


def _valid() -> str:
    return ", ".join(CUE_CLASSES) + f", or {ALL}"


def keeps(attribution: Attribution, classes: tuple[str, ...] | None, negated: bool) -> bool:
    """Whether ``attribution`` passes the filter.

    Args:
        classes: as returned by :func:`parse_classes` (``None``: every class).
        negated: whether negated attributions (speech that did not happen) pass.
    """
    if attribution.negated and not negated:
        return False
    return classes is None or (attribution.cue_class or UNCLASSIFIED_AS) in classes


def select(article: Article, classes: ClassesArg = DEFAULT_CLASSES, negated: bool = False) -> Article:
    """A copy of ``article`` with only the attributions a reader asked for.

    Args:
        article: a record from :func:`saidwhat.extract` or the corpus store.
        classes: the classes to keep (see :func:`parse_classes`); speech and writing by
            default; ``None`` or ``"all"``: every class. An attribution with no class counts as
            speech.
        negated: keep negated attributions ("declined to comment") too; hidden by default.

    Returns:
        A new :class:`~saidwhat.types.Article`: the same text, regions and meta; the attributions
        that pass, with their ids unchanged (``a3`` stays ``a3``, so links to it still hold); and
        only the speakers those attributions still refer to.

    Raises:
        InputError: an unknown class name.
    """
    wanted = parse_classes(classes)
    kept = tuple(a for a in article.attributions if keeps(a, wanted, negated))
    used = {a.speaker_id for a in kept if a.speaker_id is not None}
    return replace(article, speakers=tuple(s for s in article.speakers if s.id in used), attributions=kept,
                   meta=dict(article.meta))


def resolve(classes: ClassesArg, negated: bool | None, default: Sequence[str] | None) -> tuple[tuple[str, ...] | None, bool]:
    """A front end's filter (CLI option, query parameter, form field) as ``(classes, negated)``.

    Args:
        classes: what the user gave (``None`` when nothing: then ``default``).
        negated: what the user gave for negated attributions, or ``None``.
        default: the front end's default classes (``DEFAULT_CLASSES`` where people count, ``None``
            where the record is returned whole).

    Returns:
        The classes (``None``: every class) and whether negated attributions pass: when not
        given, they pass exactly when every class does, so that ``all`` means everything.

    Raises:
        InputError: an unknown class name.
    """
    wanted = parse_classes(default if classes is None else classes)
    return wanted, (wanted is None) if negated is None else bool(negated)


def classes_param(classes: tuple[str, ...] | None, negated: bool) -> str:
    """The ``classes`` query parameter that gives this filter back through :func:`resolve` with
    the default :data:`~saidwhat.types.DEFAULT_CLASSES`: ``""`` for the default itself, ``"all"``
    for everything, else the names joined by commas."""
    if classes is None:
        return ALL
    if classes == tuple(DEFAULT_CLASSES):
        return ""
    return ",".join(classes)
