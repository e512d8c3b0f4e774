"""The learned part of saidwhat: an attribution tagger trained on PolNeAR.

:func:`load_tagger` gives the :class:`~saidwhat.model.tagger.AttributionTagger` of a
configuration (``"accurate"`` or ``"fast"``), loaded once per process from the weights shipped in
``saidwhat/model/weights/<name>/`` (nothing is downloaded). ``make train`` writes those weights;
see :mod:`saidwhat.model.train`.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .minilm import MiniLMTagger
    from .tagger import AttributionTagger, TaggedAttribution

__all__ = ["MODES", "RUNTIME_ENV", "load_tagger", "weights_path"]

#: Configurations, best first: a mode whose weights are missing falls back to the next one.
MODES: tuple[str, ...] = ("accurate", "fast")

_WEIGHTS = Path(__file__).parent / "weights"

#: Environment variable that picks the MiniLM tagger's runtime: ``onnx`` (ONNX Runtime) or
#: ``torch`` (eager PyTorch); unset or empty: ONNX Runtime when installed, else PyTorch.
RUNTIME_ENV = "SAIDWHAT_MINILM_RUNTIME"


def weights_path(mode: str) -> Path | None:
    """The weights folder used for ``mode``, or ``None`` when none is shipped.

    ``"accurate"`` falls back to the ``"fast"`` weights while no accurate model is shipped.

    Raises:
        ValueError: ``mode`` is not one of :data:`MODES`.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
    for name in MODES[MODES.index(mode):]:
        path = _WEIGHTS / name
        if (path / "config.cfg").is_file() or (path / "minilm.json").is_file():
            return path
    return None


def load_tagger(mode: str) -> "AttributionTagger | MiniLMTagger | None":
    """The tagger of ``mode`` (cached: loaded once per process and runtime), or ``None`` with no weights.

    A weights folder with ``minilm.json`` holds the MiniLM tagger (:mod:`saidwhat.model.minilm`),
    run by ONNX Runtime (``onnxruntime``, ``tokenizers``, ``numpy``: the ``accurate`` extra) from
    ``minilm.onnx``, or by eager PyTorch (``torch``, ``safetensors``) from ``minilm.safetensors``
    where ``onnxruntime`` is not installed or :data:`RUNTIME_ENV` says ``torch``; one with
    ``config.cfg`` a spaCy pipeline. When neither runtime is installed, ``"accurate"`` falls back
    to the ``"fast"`` weights.

    Args:
        mode: ``"accurate"`` or ``"fast"``.

    Raises:
        ValueError: ``mode`` is unknown, or :data:`RUNTIME_ENV` names no runtime.
    """
    return _load_tagger(mode, (os.environ.get(RUNTIME_ENV) or None) if mode != "fast" else None)


@functools.lru_cache(maxsize=None)
def _load_tagger(mode: str, runtime: str | None) -> "AttributionTagger | MiniLMTagger | None":
    path = weights_path(mode)
    if path is None:
        return None
    if (path / "minilm.json").is_file():
        try:
            from .minilm import MiniLMTagger

            return MiniLMTagger.from_disk(path, name=path.name, runtime=runtime)
        except ImportError:
            return _load_tagger("fast", None) if mode != "fast" else None
    from .tagger import AttributionTagger

    return AttributionTagger.from_disk(path, name=path.name)


def __getattr__(name: str) -> object:
    if name in ("AttributionTagger", "TaggedAttribution"):
        from . import tagger

        return getattr(tagger, name)
    raise AttributeError(name)
