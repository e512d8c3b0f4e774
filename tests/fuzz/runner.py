"""Runs inputs through saidwhat for fuzzing: one spaCy parse per input, both modes' components.

:class:`Runner` loads the engine's pipeline (:func:`saidwhat.engine.get_nlp`) once, parses a
batch of texts with ``nlp.pipe`` (every component but ``saidwhat``), then for each mode runs that
mode's :class:`~saidwhat.pipeline.component.SaidwhatComponent` on the parsed Doc the way
``component.pipe`` does (the learned tagger's ``predict_many`` over the batch, then ``predict`` and
``set_annotations`` per Doc) and builds the record with :func:`saidwhat.engine.article_from_doc`.
The component's ``predict`` has no side effect on the Doc and ``set_annotations`` replaces what
the previous mode set, so both modes see the same parse as ``saidwhat.extract`` would give them
(``tests/test_fuzz.py`` checks this against ``saidwhat.extract``).

Each ``(input, mode)`` gives an :class:`Outcome`: the exception (with the stage it came from) or
the invariant violations (:mod:`.invariants`), the engine's warnings, and a :func:`signature`
that groups failures of the same bug. :func:`reduce_text` shrinks a failing input while its
signature stays the same.
"""

from __future__ import annotations

import logging
import re
import time
import traceback
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Sequence

from .invariants import check_article

MODES = ("fast", "accurate")


@dataclass
class Outcome:
    """What one mode made of one input."""

    mode: str
    stage: str | None = None          # "parse", "tagger", "component", "article" when it raised
    error: str | None = None          # "ValueError: bad span [73, 66) ..."
    trace: str | None = None
    violations: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    n_attributions: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and not self.violations

    @property
    def exception(self) -> bool:
        return self.error is not None

    @property
    def dropped(self) -> bool:
        return any(v.startswith(("dropped-drafts", "failed-stages")) for v in self.violations)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_NUM = re.compile(r"\d+")
_QUOTED = re.compile(r"'(?:[^'\\]|\\.){0,200}'|\"(?:[^\"\\]|\\.){0,200}\"")
_PAIRLIST = re.compile(r"\[(?:\(N, N\)(?:, )?)+\]")
_RULE = re.compile(r"built by rule (\S+?): (\w+)[^:]*?((?:overlaps the \w+)|out of|holds \w+|no content|reversed|\w+ \w+)")
_STAGE = re.compile(r"rule stage (\S+) failed \((\w+)")


def _norm(msg: str) -> str:
    msg = _NUM.sub("N", msg)
    msg = _PAIRLIST.sub("[..]", msg)
    msg = _QUOTED.sub("'…'", msg)
    return msg[:160]


def _last_frame(trace: str | None) -> str:
    """``file:function`` of the innermost saidwhat frame of a traceback."""
    frames = re.findall(r'File "([^"]+)", line \d+, in (\S+)', trace or "")
    for path, fn in reversed(frames):
        if "saidwhat" in path:
            return f"{path.split('saidwhat/', 1)[-1]}:{fn}"
    return f"{frames[-1][0].rsplit('/', 1)[-1]}:{frames[-1][1]}" if frames else "?"


def signature_parts(o: Outcome) -> list[str]:
    """Short keys shared by failures of the same bug (empty when ``o`` is fine): the exception's
    type, normalised message and innermost saidwhat frame; or one key per violation kind, and for
    dropped drafts and failed stages one per rule and reason (read from the engine's warnings)."""
    if o.ok:
        return []
    if o.error is not None:
        etype, _, msg = o.error.partition(":")
        return [f"exception[{o.stage}] {etype}: {_norm(msg.strip())} @ {_last_frame(o.trace)}"]
    parts: set[str] = set()
    for v in o.violations:
        kind = v.split(":", 1)[0]
        if kind == "dropped-drafts":
            why = {f"dropped-drafts rule {m.group(1)}: {m.group(2)} {m.group(3)}"
                   for w in o.warnings for m in [_RULE.search(w)] if m}
            parts |= why or {f"dropped-drafts {_norm(v)}"}
        elif kind == "failed-stages":
            why = {f"failed-stage {m.group(1)}: {m.group(2)}" for w in o.warnings for m in [_STAGE.search(w)] if m}
            parts |= why or {f"failed-stages {_norm(v)}"}
        else:
            parts.add(kind)
    return sorted(parts)


def signature(o: Outcome) -> str | None:
    """All of :func:`signature_parts` in one string, or ``None`` when ``o`` is fine."""
    parts = signature_parts(o)
    return " | ".join(parts) if parts else None


class _Capture(logging.Handler):
    """Collects the engine's warnings (a dropped draft, a failed stage) for the input at hand."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.records.append(record.getMessage()[:500])
        except Exception:  # noqa: BLE001
            self.records.append(str(record.msg)[:500])


class Runner:
    """The engine, loaded once, for fuzzing ``modes`` on shared parses.

    Args:
        modes: which ``saidwhat`` modes to run on each parsed Doc.
        batch_size: texts per ``nlp.pipe`` batch and per tagger batch.
        quiet: keep the engine's warnings off stderr (they are still captured per input).
        ort_threads: cap ONNX Runtime's threads in the ``accurate`` tagger (its default is one per
            core: with one worker process per core the workers' threads would contend); ``None``
            leaves the engine's default. Best effort: ignored when the tagger runs otherwise.
    """

    def __init__(self, modes: Sequence[str] = MODES, *, batch_size: int = 32, quiet: bool = True,
                 ort_threads: int | None = None) -> None:
        from saidwhat.config import Config
        from saidwhat.engine import get_nlp
        from saidwhat.pipeline.attribution import get_tagger
        from saidwhat.pipeline.component import SaidwhatComponent

        self.modes = tuple(modes)
        self.batch_size = batch_size
        self.config = Config.from_env(mode=self.modes[0])
        self.nlp = get_nlp(self.config)
        self.components = {m: SaidwhatComponent(self.nlp, "saidwhat", mode=m) for m in self.modes}
        self.taggers = {m: get_tagger(m) for m in self.modes}
        if ort_threads:
            self._cap_ort_threads(ort_threads)
        self.parse_pipes = [p for p in self.nlp.pipe_names if p != "saidwhat"]
        self.capture = _Capture()
        self.quiet = quiet
        #: seconds spent, by "parse" and by mode (summed over :meth:`run` calls)
        self.seconds: dict[str, float] = {"parse": 0.0, **{m: 0.0 for m in self.modes}}

    def _cap_ort_threads(self, threads: int) -> None:
        for tagger in self.taggers.values():
            runner = getattr(tagger, "runner", None)
            if type(runner).__name__ == "OnnxRunner" and getattr(runner, "path", None) is not None:
                try:
                    tagger.runner = type(runner)(runner.path, threads=threads)
                except Exception:  # noqa: BLE001 - keep the engine's own runner
                    pass

    # -- parsing --------------------------------------------------------------------------------
    def _parse(self, texts: list[str]) -> list[Any]:
        """Docs (or the exception a text raised) for ``texts``; a batch that raises is parsed
        again one text at a time so that only the culprit fails."""
        try:
            with self.nlp.select_pipes(enable=self.parse_pipes):
                return list(self.nlp.pipe(texts, batch_size=self.batch_size))
        except Exception:  # noqa: BLE001
            out: list[Any] = []
            for t in texts:
                try:
                    with self.nlp.select_pipes(enable=self.parse_pipes):
                        out.append(self.nlp(t))
                except Exception as exc:  # noqa: BLE001
                    out.append(exc)
            return out

    # -- one batch ------------------------------------------------------------------------------
    def run(self, texts: Sequence[str], modes: Sequence[str] | None = None) -> list[dict[str, Outcome]]:
        """Outcomes of every text in every mode: ``[{mode: Outcome}, …]`` in input order. A text
        the engine refuses up front (:func:`saidwhat.engine.check_text`: empty, too long) gets no
        outcome (an empty dict). The engine's warnings are captured per input meanwhile (and kept
        off stderr when ``quiet``); the ``saidwhat`` logger is left as it was."""
        logger = logging.getLogger("saidwhat")
        propagate = logger.propagate
        logger.addHandler(self.capture)
        if self.quiet:
            logger.propagate = False
        try:
            return self._run(texts, modes)
        finally:
            logger.removeHandler(self.capture)
            logger.propagate = propagate

    def _run(self, texts: Sequence[str], modes: Sequence[str] | None) -> list[dict[str, Outcome]]:
        from saidwhat.engine import article_from_doc, check_text
        from saidwhat.errors import InputError

        modes = tuple(modes or self.modes)
        results: list[dict[str, Outcome]] = [{} for _ in texts]
        idx: list[int] = []
        for i, t in enumerate(texts):
            try:
                check_text(t, self.config)
                idx.append(i)
            except InputError:
                continue
        t0 = time.process_time()
        docs = self._parse([texts[i] for i in idx])
        self.seconds["parse"] += time.process_time() - t0
        parsed: list[tuple[int, Any]] = []
        for i, d in zip(idx, docs):
            if isinstance(d, Exception):
                tr = "".join(traceback.format_exception(type(d), d, d.__traceback__))
                for m in modes:
                    results[i][m] = Outcome(m, "parse", f"{type(d).__name__}: {d}"[:2000], tr[-6000:])
            else:
                parsed.append((i, d))
        for m in modes:
            comp, tagger = self.components[m], self.taggers[m]
            t0 = time.process_time()
            tagged: list[Any] = [None] * len(parsed)
            tag_err: dict[int, tuple[str, str]] = {}
            if tagger is not None and hasattr(tagger, "predict_many") and parsed:
                # as component.pipe does: one call per batch (an exception there loses the batch
                # in extract_many, so it is a failure of its own, pinned to the input that raised)
                try:
                    tagged = tagger.predict_many([d for _, d in parsed])
                except Exception:  # noqa: BLE001
                    for k, (_, d) in enumerate(parsed):
                        try:
                            tagged[k] = tagger.predict_many([d])[0]
                        except Exception as exc:  # noqa: BLE001
                            tag_err[k] = (f"{type(exc).__name__}: {exc}"[:2000], traceback.format_exc()[-6000:])
            t_tag = (time.process_time() - t0) / max(len(parsed), 1)
            for k, (i, doc) in enumerate(parsed):
                t1 = time.process_time()
                self.capture.records = []
                if k in tag_err:
                    o = Outcome(m, "tagger", *tag_err[k])
                else:
                    o = Outcome(m)
                    stage = "component"
                    try:
                        pred = comp.predict(doc, tagged=tagged[k])
                        comp.set_annotations(doc, pred)
                        stage = "article"
                        art = article_from_doc(doc, mode=m)
                        o.n_attributions = len(art.attributions)
                        stage = "invariants"
                        o.violations = check_article(art, texts[i])
                    except Exception as exc:  # noqa: BLE001
                        o.stage = stage
                        o.error = f"{type(exc).__name__}: {exc}"[:2000]
                        o.trace = traceback.format_exc()[-6000:]
                o.warnings = list(self.capture.records[:50])
                o.seconds = time.process_time() - t1 + t_tag
                results[i][m] = o
            self.seconds[m] += time.process_time() - t0
        return results

    def run_one(self, text: str, mode: str) -> Outcome | None:
        """The outcome of one text in one mode (``None`` when the engine refuses the text)."""
        return self.run([text], [mode])[0].get(mode)


def extract_outcome(text: str, mode: str) -> Outcome | None:
    """The outcome of ``saidwhat.extract(text, mode=mode)``, the public path (no shared parse),
    to confirm a failure the fuzzer found (``None`` when the text is refused up front)."""
    import saidwhat
    from saidwhat.errors import InputError

    o = Outcome(mode)
    cap = _Capture()
    logger = logging.getLogger("saidwhat")
    logger.addHandler(cap)
    try:
        art = saidwhat.extract(text, mode=mode)
        o.violations = check_article(art, text)
        o.n_attributions = len(art.attributions)
    except InputError:
        return None
    except Exception as exc:  # noqa: BLE001
        o.stage, o.error, o.trace = "extract", f"{type(exc).__name__}: {exc}"[:2000], traceback.format_exc()[-6000:]
    finally:
        logger.removeHandler(cap)
    o.warnings = cap.records[:50]
    return o


# -- reduction ----------------------------------------------------------------------------------
def _ddmin(parts: list[str], test: Callable[[str], bool], budget: list[int]) -> list[str]:
    """Remove chunks of ``parts`` while ``test("".join(parts))`` stays true (a simple ddmin)."""
    n = 2
    while len(parts) >= 2 and budget[0] > 0:
        size = max(1, -(-len(parts) // n))
        removed = False
        for s in range(0, len(parts), size):
            if budget[0] <= 0:
                break
            cand = parts[:s] + parts[s + size:]
            if not cand:
                continue
            budget[0] -= 1
            if test("".join(cand)):
                parts = cand
                n = max(n - 1, 2)
                removed = True
                break
        if not removed:
            if size == 1:
                break
            n = min(len(parts), n * 2)
    return parts


def reduce_text(text: str, still_fails: Callable[[str], bool], *, chars: bool = True, max_checks: int = 2500,
                max_seconds: float = 300.0) -> str:
    """A small input for which ``still_fails`` holds, found by removing lines, then sentences,
    then words and punctuation and, with ``chars``, single characters of ``text`` (which must fail
    to begin with). Without ``chars`` the result keeps whole words: readable, if a little longer."""
    deadline = time.monotonic() + max_seconds
    budget = [max_checks]

    def test(t: str) -> bool:
        if time.monotonic() > deadline:
            budget[0] = 0
            return False
        return bool(t.strip()) and still_fails(t)

    splitters: list[Callable[[str], list[str]]] = [
        lambda t: re.findall(r"[^\n]*\n|[^\n]+$", t),
        lambda t: re.findall(r"[^.!?\n]*[.!?]+\s*|[^.!?\n]*\n|[^.!?\n]+$", t),
        lambda t: re.findall(r"\s+|\w+|[^\w\s]", t),
    ]
    if chars:
        splitters.append(lambda t: list(t) if len(t) <= 400 else re.findall(r"\s+|\w+|[^\w\s]", t))
    cur = text
    for splitter in splitters:
        parts = [p for p in splitter(cur) if p]
        if "".join(parts) != cur:
            continue
        cur = "".join(_ddmin(parts, test, budget))
        if budget[0] <= 0:
            break
    # a last pass: collapse runs of spaces and blank lines where that keeps the failure
    for pat, rep in ((r"[ \t]{2,}", " "), (r"\n{3,}", "\n\n")):
        cand = re.sub(pat, rep, cur)
        if cand != cur and budget[0] > 0 and test(cand):
            cur = cand
    return cur


def reduce_failure(runner: Runner, text: str, mode: str, part: str, **kw: Any) -> str:
    """:func:`reduce_text` keeping the failure ``part`` (one of :func:`signature_parts`) of
    ``text`` in ``mode``."""
    def still(t: str) -> bool:
        o = runner.run_one(t, mode)
        return o is not None and part in signature_parts(o)

    return reduce_text(text, still, **kw)
