"""What must hold for every :class:`saidwhat.Article`, whatever the input (issue 10).

:func:`check_article` returns a list of violations (empty when all hold), each a short string
that starts with a stable *kind* (``"span-text"``, ``"dropped-drafts"``, …) followed by ``": "``
and the details, so that failures group by kind.

Checked:

- every span — regions, speakers' mentions, each attribution's source, cue, content, each content
  piece and addressee — has ``0 <= start_char <= end_char <= len(text)`` and
  ``text[start_char:end_char] == span.text``; source, cue, content and pieces are not empty;
- a content's pieces: at least two when present, each non-empty, in order, not overlapping or
  touching, the first starting and the last ending where the content does;
- no source or cue crosses a content piece, and source and cue do not overlap (the lead's draft
  checks: one that crosses is a rule's bug);
- attribution ids ``a1…an`` in order of content start; speaker ids unique and every
  ``speaker_id`` names one; ``type``, ``region`` and region kinds from the schema's lists;
  ``confidence`` in ``[0, 1]``; ``cue_class`` one of ``CUE_CLASSES`` when set; ``text_sha256``
  is the text's;
- ``meta["dropped_drafts"]`` is 0 (absent) and ``meta["failed_stages"]`` is empty: any draft a
  rule built wrongly, or any stage that raised, is a bug even though the engine survives it.
"""

from __future__ import annotations

import hashlib
from typing import Any, Iterable

from saidwhat import types as _types
from saidwhat.types import ATTRIBUTION_TYPES, REGION_KINDS, SPEAKER_KINDS, Article, Span

CUE_CLASSES: tuple[str, ...] = getattr(_types, "CUE_CLASSES", ())


def _span(text: str, span: Any, where: str, out: list[str], *, nonempty: bool = False) -> bool:
    n = len(text)
    try:
        s, e, t = span.start_char, span.end_char, span.text
    except AttributeError:
        out.append(f"span-type: {where} is {type(span).__name__}, not a Span")
        return False
    if not (isinstance(s, int) and isinstance(e, int)):
        out.append(f"span-type: {where} offsets {s!r}, {e!r} are not ints")
        return False
    if not 0 <= s <= e <= n:
        out.append(f"span-bounds: {where} [{s}, {e}) for a text of {n} characters")
        return False
    if text[s:e] != t:
        out.append(f"span-text: {where} [{s}, {e}) is {text[s:e]!r} in the text but {t!r} in the record")
        return False
    if nonempty and s == e:
        out.append(f"span-empty: {where} [{s}, {e}) is empty")
        return False
    return True


def _overlap(a: Span, b: Span) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char


def _pieces(span: Span) -> tuple[Span, ...]:
    return span.pieces or (span,)


def check_article(article: Article, text: str | None = None) -> list[str]:
    """Violations of the invariants by ``article`` (``text``: the input, when it must equal
    ``article.text``); an empty list when all hold."""
    out: list[str] = []
    t = article.text
    if text is not None and t != text:
        out.append(f"text-changed: the article's text ({len(t)} chars) is not the input ({len(text)} chars)")
    if article.text_sha256 != hashlib.sha256(t.encode("utf-8", "surrogatepass")).hexdigest():
        out.append("sha256: text_sha256 is not the text's SHA-256")

    for r in article.regions:
        _span(t, r.span, f"region {r.id}", out)
        if r.kind not in REGION_KINDS:
            out.append(f"region-kind: region {r.id} has kind {r.kind!r}")
    region_ids = [r.id for r in article.regions]
    if len(set(region_ids)) != len(region_ids):
        out.append("region-ids: region ids repeat")
    for r in article.regions:
        if r.duplicate_of is not None and r.duplicate_of not in region_ids:
            out.append(f"region-duplicate: region {r.id} is a duplicate of unknown {r.duplicate_of!r}")

    speaker_ids = [s.id for s in article.speakers]
    if len(set(speaker_ids)) != len(speaker_ids):
        out.append(f"speaker-ids: speaker ids repeat: {speaker_ids}")
    for sp in article.speakers:
        if sp.kind not in SPEAKER_KINDS:
            out.append(f"speaker-kind: speaker {sp.id} has kind {sp.kind!r}")
        for j, m in enumerate(sp.mentions):
            _span(t, m, f"speaker {sp.id} mention {j}", out)

    prev_start = -1
    for i, a in enumerate(article.attributions):
        where = f"attribution {a.id}"
        if a.id != f"a{i + 1}":
            out.append(f"attribution-ids: attribution #{i + 1} has id {a.id!r}")
        if a.type not in ATTRIBUTION_TYPES:
            out.append(f"attribution-type: {where} has type {a.type!r}")
        if a.region not in REGION_KINDS:
            out.append(f"attribution-region: {where} has region {a.region!r}")
        cue_class = getattr(a, "cue_class", None)
        if cue_class is not None and CUE_CLASSES and cue_class not in CUE_CLASSES:
            out.append(f"cue-class: {where} has cue_class {cue_class!r}")
        if not 0.0 <= float(a.confidence) <= 1.0:
            out.append(f"confidence: {where} has confidence {a.confidence!r}")
        if a.speaker_id is not None and a.speaker_id not in speaker_ids:
            out.append(f"speaker-ref: {where} names unknown speaker {a.speaker_id!r}")
        content = a.content
        if content is None:
            out.append(f"content-missing: {where} has no content")
            continue
        ok = _span(t, content, f"{where} content", out, nonempty=True)
        if ok and content.start_char < prev_start:
            out.append(f"attribution-order: {where} starts at {content.start_char}, before the previous one ({prev_start})")
        if ok:
            prev_start = content.start_char
        if content.pieces:
            ps = content.pieces
            if len(ps) < 2:
                out.append(f"pieces-one: {where} content has a single piece listed")
            good = all([_span(t, p, f"{where} content piece {k}", out, nonempty=True) for k, p in enumerate(ps)])
            if good:
                for k in range(1, len(ps)):
                    if ps[k].start_char <= ps[k - 1].end_char:
                        out.append(f"pieces-order: {where} piece {k} [{ps[k].start_char}, {ps[k].end_char}) does not "
                                   f"start after piece {k - 1} [{ps[k - 1].start_char}, {ps[k - 1].end_char})")
                if ps[0].start_char != content.start_char or ps[-1].end_char != content.end_char:
                    out.append(f"pieces-extent: {where} pieces run [{ps[0].start_char}, {ps[-1].end_char}) but the "
                               f"content [{content.start_char}, {content.end_char})")
                if any(p.start_char < content.start_char or p.end_char > content.end_char for p in ps):
                    out.append(f"pieces-outside: {where} a piece lies outside the content")
                if any(p.pieces for p in ps):
                    out.append(f"pieces-nested: {where} a piece has pieces of its own")
        roles: dict[str, Span] = {}
        for name in ("source", "cue", "addressee"):
            span = getattr(a, name)
            if span is None:
                continue
            if _span(t, span, f"{where} {name}", out, nonempty=name != "addressee"):
                roles[name] = span
            if getattr(span, "pieces", ()):
                out.append(f"pieces-role: {where} {name} has pieces")
        if content is not None and not any(v.startswith(f"span-") and f"{where} content" in v for v in out):
            for name in ("source", "cue"):
                span = roles.get(name)
                if span is not None and any(_overlap(span, p) for p in _pieces(content)):
                    out.append(f"role-crosses-content: {where} {name} [{span.start_char}, {span.end_char}) "
                               f"{span.text!r} overlaps the content")
        if "source" in roles and "cue" in roles and _overlap(roles["source"], roles["cue"]):
            out.append(f"source-crosses-cue: {where} source {roles['source'].text!r} overlaps cue {roles['cue'].text!r}")

    meta = article.meta or {}
    dropped = meta.get("dropped_drafts", 0)
    if dropped:
        out.append(f"dropped-drafts: {dropped} dropped ({meta.get('dropped_by_rule', {})})")
    failed = meta.get("failed_stages") or []
    if failed:
        out.append(f"failed-stages: {list(failed)}")
    return out


def kinds(violations: Iterable[str]) -> list[str]:
    """The distinct kinds (the part before ``": "``) of ``violations``, sorted."""
    return sorted({v.split(":", 1)[0] for v in violations})


def assert_article_ok(article: Article, text: str | None = None) -> None:
    """Raise ``AssertionError`` listing the violations of ``article``, if any."""
    problems = check_article(article, text)
    assert not problems, "\n".join(problems)
