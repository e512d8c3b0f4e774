"""Turn an :class:`~saidwhat.types.Article` into plain data that the page templates render.

The article text is cut at every span boundary into *segments*; each segment knows which
attribution contents, cues and source mentions cover it, so the template can wrap it in properly
nested elements even when spans overlap or nest (a nested attribution inside another's content,
a cue inside a split quote's range). Nothing here builds HTML: the templates do, with Jinja2's
autoescaping, so article text can never become markup.

All offsets are ``[start_char, end_char)`` in characters of ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..article.structure import headline_title
from ..types import Article, Attribution, Span

#: Number of distinct speaker colours (CSS classes ``sp-0`` … ``sp-7``, Paul Tol's colour-blind-safe
#: "light" scheme, made for dark text on coloured cells); speakers cycle through them.
N_COLOURS = 8
#: CSS class of a content whose speaker is unknown.
NO_SPEAKER_CLASS = "sp-none"


@dataclass(frozen=True)
class SpeakerView:
    """A speaker as shown on a page.

    Attributes:
        id: the article-level id (``"s1"``).
        label: the name, or a description for anonymous/unresolved speakers (never invented).
        kind: one of ``saidwhat.types.SPEAKER_KINDS``.
        role: the role the article gives, or ``None``.
        colour: CSS class of the speaker's colour (``"sp-3"``).
        n_attributions: attributions of this speaker in the article.
        href: link to the speaker's corpus page, when the article is stored and the speaker known.
    """

    id: str
    label: str
    kind: str
    role: str | None
    colour: str
    n_attributions: int
    href: str | None = None


@dataclass(frozen=True)
class AttributionView:
    """One row of the who-said-what table (and the data of a highlight's hover card).

    ``cue_class``, ``negated`` and ``question`` are the record's (issue 12): the table labels each
    row with its class (none when the engine gave none)."""

    id: str
    speaker_id: str | None
    speaker_label: str
    role: str | None
    colour: str
    type: str
    region: str
    confidence: float
    cue: str | None
    source: str | None
    content: str
    addressee: str | None
    nested: bool
    cue_class: str | None = None
    negated: bool = False
    question: bool = False


@dataclass
class Segment:
    """A run of text ``[start_char, end_char)`` covered by the same set of spans.

    Attributes:
        text: the characters of the segment (rendered escaped).
        content_ids: ids of the attributions whose content covers it, outermost first.
        colour: colour class of the innermost content, or ``None`` when no content covers it.
        cue_id: id of an attribution whose cue covers it, else ``None``.
        source_speaker: article speaker id of a source mention covering it, else ``None``.
        anchors: ``id`` attributes to put on the segment (first segment of each content, ``c-a1``).
        region: the region kind covering it (``body`` when none does).
        duplicate: whether that region repeats an earlier line (``Region.duplicate_of``).
        repeats_line: for a duplicate, the line number (1-based, every line of the text
            counted) where the region it repeats starts; else ``None``.
        focus: whether this segment is the keyboard stop of its (innermost) content: the first
            segment marked with that attribution, which shows the hover card on focus.
    """

    start_char: int
    end_char: int
    text: str
    content_ids: list[str] = field(default_factory=list)
    colour: str | None = None
    cue_id: str | None = None
    source_speaker: str | None = None
    anchors: list[str] = field(default_factory=list)
    region: str = "body"
    duplicate: bool = False
    repeats_line: int | None = None
    focus: bool = False

    @property
    def content_id(self) -> str | None:
        """The innermost covering content's attribution id, or ``None``."""
        return self.content_ids[-1] if self.content_ids else None


@dataclass(frozen=True)
class ArticleView:
    """Everything a page needs to show one article.

    Attributes:
        title: the article's title, else its detected headline (``title_from_headline``), else
            ``None``.
    """

    title: str | None
    text_sha256: str
    n_chars: int
    segments: list[Segment]
    speakers: list[SpeakerView]
    attributions: list[AttributionView]
    title_from_headline: bool = False

    @property
    def has_duplicates(self) -> bool:
        """Whether some line repeats an earlier one (the page then explains the strike-through)."""
        return any(s.duplicate for s in self.segments)

    def row(self, attribution_id: str | None) -> AttributionView | None:
        """The table row of the attribution with this id, or ``None``."""
        return next((a for a in self.attributions if a.id == attribution_id), None)


def speaker_label(kind: str, name: str | None, role: str | None = None) -> str:
    """The text shown for a speaker: its name, else ``"(anonymous: role)"`` or ``"(unresolved)"``."""
    if name:
        return name
    if kind == "anonymous":
        return f"(anonymous: {role})" if role else "(anonymous)"
    return "(unresolved)"


def _pieces(span: Span | None) -> tuple[Span, ...]:
    if span is None:
        return ()
    return span.pieces or (span,)


def _valid(span: Span, n: int) -> bool:
    return 0 <= span.start_char < span.end_char <= n


def build_view(article: Article, *, speaker_links: dict[str, str] | None = None,
               colour_order: list[str] | None = None) -> ArticleView:
    """Build the page data of ``article``.

    Args:
        article: the record to show (from :func:`saidwhat.extract` or the corpus store).
        speaker_links: optional map from article speaker id (``"s1"``) to a URL of the speaker's
            page, used for stored articles.
        colour_order: the speaker ids that colours are given by, in order (the unfiltered
            article's speakers, so that a speaker keeps its colour whichever attributions a class
            filter shows); ``article.speakers`` when ``None``.

    Returns:
        An :class:`ArticleView`; its segments concatenate back to ``article.text`` exactly.
        Spans whose offsets fall outside the text are skipped (never raise on a bad record).
    """
    text = article.text
    n = len(text)
    links = speaker_links or {}
    counts: dict[str, int] = {}
    for a in article.attributions:
        if a.speaker_id:
            counts[a.speaker_id] = counts.get(a.speaker_id, 0) + 1
    order = {sid: i for i, sid in enumerate(colour_order if colour_order is not None else [s.id for s in article.speakers])}
    colours: dict[str, str] = {}
    speakers: list[SpeakerView] = []
    for i, s in enumerate(article.speakers):
        colours[s.id] = f"sp-{order.get(s.id, len(order) + i) % N_COLOURS}"
        speakers.append(SpeakerView(s.id, speaker_label(s.kind, s.name, s.role), s.kind, s.role, colours[s.id],
                                    counts.get(s.id, 0), links.get(s.id)))
    by_id = {s.id: s for s in speakers}

    rows: list[AttributionView] = []
    for a in article.attributions:
        sv = by_id.get(a.speaker_id or "")
        rows.append(AttributionView(
            id=a.id, speaker_id=sv.id if sv else None,
            speaker_label=sv.label if sv else "(no speaker)", role=sv.role if sv else None,
            colour=sv.colour if sv else NO_SPEAKER_CLASS, type=a.type, region=a.region,
            confidence=round(float(a.confidence), 2), cue=a.cue.text if a.cue else None,
            source=a.source.text if a.source else None, content=" … ".join(p.text for p in _pieces(a.content)),
            addressee=a.addressee.text if a.addressee else None, nested=a.nested,
            cue_class=a.cue_class, negated=a.negated, question=a.question,
        ))

    title = article.title
    headline = None if title else headline_title(article.regions)
    return ArticleView(title or headline, article.text_sha256, n, _segments(article, colours), speakers, rows,
                       title_from_headline=headline is not None)


def _segments(article: Article, colours: dict[str, str]) -> list[Segment]:
    text = article.text
    n = len(text)
    # (start, end, payload) intervals of each layer.
    contents: list[tuple[int, int, Attribution]] = []
    cues: list[tuple[int, int, str]] = []
    sources: list[tuple[int, int, str]] = []
    regions: list[tuple[int, int, str, int | None]] = []
    for a in article.attributions:
        for p in _pieces(a.content):
            if _valid(p, n):
                contents.append((p.start_char, p.end_char, a))
        for p in _pieces(a.cue):
            if _valid(p, n):
                cues.append((p.start_char, p.end_char, a.id))
        if a.speaker_id:
            for p in _pieces(a.source):
                if _valid(p, n):
                    sources.append((p.start_char, p.end_char, a.speaker_id))
    for s in article.speakers:
        for m in s.mentions:
            if _valid(m, n):
                sources.append((m.start_char, m.end_char, s.id))
    region_by_id = {r.id: r for r in article.regions}
    for r in article.regions:
        if _valid(r.span, n):
            repeats = None
            if r.duplicate_of is not None:
                original = region_by_id.get(r.duplicate_of)
                repeats = _line_of(text, original.span.start_char) if original is not None else 0
            regions.append((r.span.start_char, r.span.end_char, r.kind, repeats))

    # Sweep over the span boundaries, keeping the spans of each layer that cover the current
    # segment (O(boundaries + spans), then the few active spans per segment).
    layers = (contents, cues, sources, regions)
    starts: dict[int, list[tuple[int, int]]] = {}
    ends: dict[int, list[tuple[int, int]]] = {}
    for li, layer in enumerate(layers):
        for idx, iv in enumerate(layer):
            starts.setdefault(iv[0], []).append((li, idx))
            ends.setdefault(iv[1], []).append((li, idx))
    bounds = sorted({0, n, *starts, *ends})
    active: tuple[dict[int, None], ...] = ({}, {}, {}, {})
    first_seen: set[str] = set()
    segments: list[Segment] = []
    for start, end in zip(bounds, bounds[1:]):
        for li, idx in ends.get(start, ()):
            active[li].pop(idx, None)
        for li, idx in starts.get(start, ()):
            active[li][idx] = None
        seg = Segment(start, end, text[start:end])
        # Outermost first: earlier-starting (then longer) contents before the ones nested in them.
        covering = sorted((contents[i] for i in active[0]), key=lambda c: (c[0], -c[1]))
        seg.content_ids = [c[2].id for c in covering]
        if covering:
            inner = covering[-1][2]
            seg.colour = colours.get(inner.speaker_id or "", NO_SPEAKER_CLASS)
            for c in covering:
                if c[2].id not in first_seen:
                    first_seen.add(c[2].id)
                    seg.anchors.append(f"c-{c[2].id}")
        if active[1]:
            seg.cue_id = cues[min(active[1])][2]
        if active[2]:
            seg.source_speaker = sources[min(active[2])][2]
        if active[3]:
            reg = regions[min(active[3])]
            seg.region, seg.duplicate = reg[2], reg[3] is not None
            seg.repeats_line = reg[3] or None
        segments.append(seg)
    merged = _merge(segments)
    stops: set[str] = set()
    for seg in merged:
        cid = seg.content_id
        if cid is not None and cid not in stops:
            stops.add(cid)
            seg.focus = True
    return merged


def _line_of(text: str, start_char: int) -> int:
    """The 1-based line number of character ``start_char`` (every line counted, blank ones too)."""
    return text.count("\n", 0, max(0, start_char)) + 1


def _merge(segments: list[Segment]) -> list[Segment]:
    """Join neighbouring segments that carry exactly the same marks (fewer elements to render)."""
    out: list[Segment] = []
    for seg in segments:
        prev = out[-1] if out else None
        if (prev is not None and not seg.anchors and prev.content_ids == seg.content_ids and prev.cue_id == seg.cue_id
                and prev.source_speaker == seg.source_speaker and prev.region == seg.region
                and prev.duplicate == seg.duplicate and prev.repeats_line == seg.repeats_line):
            prev.end_char = seg.end_char
            prev.text += seg.text
        else:
            out.append(seg)
    return out



def content_parts(content: dict | None, matches: list[dict] | None = None) -> list[dict]:
    """A stored content (``Span.to_dict()``: text, offsets, optional ``pieces``) as the parts a
    list page shows: each piece's text cut at the ``matches`` (spans in characters of the
    article text, from :func:`saidwhat.corpus.query.quotes`), with a gap between pieces.

    Returns:
        ``[{"text": str, "match": bool, "gap": bool}]``; the texts (gaps left out) are the
        pieces' texts in order. A match that lies outside every piece (in the words between the
        pieces of a split quote) is not shown.
    """
    if not content:
        return []
    pieces = content.get("pieces") or [content]
    spans = sorted((int(m["start_char"]), int(m["end_char"])) for m in matches or () if m)
    parts: list[dict] = []
    for i, piece in enumerate(pieces):
        if i:
            parts.append({"text": " … ", "match": False, "gap": True})
        text = piece.get("text") or ""
        start = int(piece.get("start_char", 0))
        end = start + len(text)
        pos = start
        for s, e in spans:
            s, e = max(s, pos), min(e, end)
            if s >= e:
                continue
            if s > pos:
                parts.append({"text": text[pos - start:s - start], "match": False, "gap": False})
            parts.append({"text": text[s - start:e - start], "match": True, "gap": False})
            pos = e
        if pos < end or not text:
            parts.append({"text": text[pos - start:], "match": False, "gap": False})
    return parts


def variant_parts(text: str, canonical: str, added: list[str] | tuple[str, ...] | None = None) -> list[dict]:
    """A statement variant's text (``text``) cut into parts, with the words it has and its
    statement's earliest full form (``canonical``) does not marked: the words of
    :attr:`saidwhat.statements.Drift.added`, found where the drift's word alignment put them.

    The words and their alignment are :func:`saidwhat.statements.drift.words` and ``difflib``'s,
    as :func:`saidwhat.statements.classify` computes them; when they do not give ``added``
    (another drift version stored it), ``added`` is marked in order, from the left.

    Editorial insertions in square brackets ("[the mayor]", which the words leave out) are
    marked apart (``bracket``).

    Returns:
        ``[{"text": str, "added": bool, "bracket": bool}]``; the texts concatenate back to ``text``.
    """
    import difflib
    import re

    from ..statements.drift import tokens, words

    # the word tokens of `text` with their character offsets (tokens are substrings, in order)
    spans: list[tuple[int, int, str]] = []
    brackets: list[tuple[int, int]] = []
    pos = 0
    for tok in tokens(text):
        start = text.find(tok, pos)
        if start < 0:
            break
        pos = start + len(tok)
        word = tok.lower().strip("'’")
        if tok.startswith("["):
            brackets.append((start, pos))
        elif re.match(r"\w", tok) and word:
            spans.append((start, pos, word))
    vw = [w for _, _, w in spans]
    marked: set[int] = set()
    if vw == words(text):
        sm = difflib.SequenceMatcher(a=words(canonical), b=vw, autojunk=False)
        for op, _a0, _a1, b0, b1 in sm.get_opcodes():
            if op in ("replace", "insert"):
                marked.update(range(b0, b1))
    wanted = list(added) if added is not None else None
    if wanted is not None and [vw[i] for i in sorted(marked)] != wanted:
        marked, j = set(), 0
        for i, w in enumerate(vw):
            if j < len(wanted) and w == wanted[j]:
                marked.add(i)
                j += 1
    marks = sorted([(s, e, "added") for i, (s, e, _) in enumerate(spans) if i in marked]
                   + [(s, e, "bracket") for s, e in brackets])
    parts: list[dict] = []
    pos = 0
    for start, end, kind in marks:
        gap = text[pos:start]
        if parts and parts[-1].get(kind) and not gap.strip():  # neighbouring marks of one kind: one mark
            parts[-1]["text"] += gap + text[start:end]
        else:
            if gap:
                parts.append({"text": gap, "added": False, "bracket": False})
            parts.append({"text": text[start:end], "added": kind == "added", "bracket": kind == "bracket"})
        pos = end
    if pos < len(text) or not parts:
        parts.append({"text": text[pos:], "added": False, "bracket": False})
    return parts
