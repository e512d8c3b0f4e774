"""The records of saidwhat, schema ``saidwhat/1``: one place to learn every field.

All offsets are ``[start_char, end_char)`` in **characters (Unicode code points) of the
original input text** (standoff): ``text[start_char:end_char] == span.text`` always holds, so a
user can highlight and check every span. Nothing is ever deleted from or normalised in the text
that offsets index.

Terms follow PARC 3.0 (Pareti 2016) and PolNeAR (Newell, Margolin & Ruths, LREC 2018): an
*attribution* relates a *source* (the mention of who speaks), a *cue* (the lexical anchor:
"said", "according to", ":") and a *content* (what is attributed). The *speaker* is the entity
the source resolves to across the article ("he", "the Syrian leader" -> Bashar Assad).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "saidwhat/1"

RegionKind = Literal["headline", "byline", "dateline", "body", "caption", "credit", "boilerplate"]
SpeakerKind = Literal["person", "organization", "anonymous", "unresolved"]
AttributionType = Literal["direct", "indirect", "mixed"]

REGION_KINDS: tuple[str, ...] = ("headline", "byline", "dateline", "body", "caption", "credit", "boilerplate",
                                  "metadata", "related", "promo", "comments")
#: Page furniture: regions that never yield an attribution, a speaker or a statement (issue 12):
#: archive headers ("SECTION: NATIONAL"), related-story lists and "Read more"/"Watch" widgets,
#: newsletter and share boxes, reader comments, credits, bylines, datelines and boilerplate.
FURNITURE_KINDS: tuple[str, ...] = ("byline", "dateline", "credit", "boilerplate", "metadata", "related", "promo",
                                    "comments")
SPEAKER_KINDS: tuple[str, ...] = ("person", "organization", "anonymous", "unresolved")
ATTRIBUTION_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")
CUE_CLASSES: tuple[str, ...] = ("speech", "writing", "thought", "stance", "evidence")
#: The classes a reader of "who said what" counts by default (``classes=`` filters).
DEFAULT_CLASSES: tuple[str, ...] = ("speech", "writing")


@dataclass(frozen=True)
class Span:
    """A standoff span ``[start_char, end_char)`` of the original text.

    Attributes:
        start_char: index of the first character (Unicode code point) of the span.
        end_char: index one past the last character (end exclusive).
        text: ``original_text[start_char:end_char]``, kept so that a record is readable alone.
        pieces: for a discontinuous span (a quote split by its cue: "A," he said. "B."), the
            contiguous parts in text order; ``start_char``/``end_char`` then cover first to last
            piece. Empty for a contiguous span.
    """

    start_char: int
    end_char: int
    text: str
    pieces: tuple["Span", ...] = ()

    @classmethod
    def of(cls, text: str, start_char: int, end_char: int) -> "Span":
        """Make the span ``text[start_char:end_char]``.

        Raises:
            ValueError: when the offsets are out of ``[0, len(text)]`` or reversed.
        """
        if not 0 <= start_char <= end_char <= len(text):
            raise ValueError(f"bad span [{start_char}, {end_char}) for a text of {len(text)} characters")
        return cls(start_char, end_char, text[start_char:end_char])

    @classmethod
    def join(cls, text: str, pieces: list[tuple[int, int]]) -> "Span":
        """A span over several ``(start_char, end_char)`` pieces of ``text`` (sorted, merged).

        A single piece gives a contiguous span with no ``pieces``.
        """
        parts = sorted(p for p in pieces if p[1] > p[0])
        if not parts:
            raise ValueError("a span needs at least one non-empty piece")
        merged: list[list[int]] = []
        for s, e in parts:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        start, end = merged[0][0], merged[-1][1]
        if len(merged) == 1:
            return cls.of(text, start, end)
        return cls(start, end, text[start:end], tuple(cls.of(text, s, e) for s, e in merged))

    def __len__(self) -> int:
        return self.end_char - self.start_char

    def overlaps(self, other: "Span") -> bool:
        return self.start_char < other.end_char and other.start_char < self.end_char

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start_char": self.start_char, "end_char": self.end_char, "text": self.text}
        if self.pieces:
            d["pieces"] = [p.to_dict() for p in self.pieces]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Span":
        return cls(d["start_char"], d["end_char"], d["text"], tuple(cls.from_dict(p) for p in d.get("pieces", ())))


@dataclass(frozen=True)
class Region:
    """A layout region of the article (a line or paragraph, or part of one).

    Attributes:
        id: ``"r1"``, ``"r2"``, … in text order.
        kind: one of :data:`REGION_KINDS`.
        span: where it lies in the original text.
        duplicate_of: the ``id`` of an earlier region this one repeats (a duplicated headline
            or photo caption), else ``None``. Attributions are never reported from duplicates.
    """

    id: str
    kind: str
    span: Span
    duplicate_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "duplicate_of": self.duplicate_of, **self.span.to_dict()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Region":
        return cls(d["id"], d["kind"], Span.from_dict(d), d.get("duplicate_of"))


@dataclass(frozen=True)
class Speaker:
    """An entity that is the source of one or more attributions in one article.

    Attributes:
        id: ``"s1"``, ``"s2"``, … in order of first mention.
        name: canonical name, the fullest form the article uses ("Bashar Assad"); ``None`` for
            ``anonymous`` ("one official") and ``unresolved`` (a pronoun with no antecedent)
            speakers, never a made-up placeholder such as "Unknown".
        kind: one of :data:`SPEAKER_KINDS`.
        role: a title or description the text gives ("Kremlin spokesman"), else ``None``.
        mentions: every span that refers to this speaker as a source or by name.
    """

    id: str
    name: str | None
    kind: str
    role: str | None = None
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Speaker":
        return cls(d["id"], d.get("name"), d["kind"], d.get("role"), tuple(Span.from_dict(m) for m in d.get("mentions", ())))


@dataclass(frozen=True)
class Attribution:
    """One attribution relation: who (source/speaker) said what (content), how (cue).

    Attributes:
        id: ``"a1"``, ``"a2"``, … in order of content start.
        type: ``direct`` (all content within quotation marks), ``indirect`` (no marks) or
            ``mixed`` (reported speech with a quoted fragment); PARC 3.0 section 3.
        region: kind of the region the content lies in (``body``, ``headline``, ``caption``…).
        speaker_id: id of the :class:`Speaker`, or ``None`` when no source could be found.
        source: the source mention's span, or ``None`` for a floating quote (no source in the
            sentence; the speaker comes from context).
        cue: the cue span, or ``None`` (a floating quote, a dash sign-off).
        content: the content span; ``pieces`` is set when it is discontinuous. Direct content
            includes its quotation marks, as PolNeAR does.
        addressee: to whom it was said ("Yahoo News" in "told Yahoo News"), else ``None``.
        confidence: in ``[0, 1]``.
        nested: ``True`` when the attribution lies inside another one's content.
        speaker_via: how the speaker was reached from the source mention: ``name`` (a name in
            the mention), ``surname``, ``pronoun``, ``nominal`` ("the senator"),
            ``organization`` (an organisation named or described), ``possessive``, ``document``
            (the body behind "the poll"), ``relative`` ("who", through its antecedent),
            ``anonymous``, ``continuation`` (a quote without a cue: the previous speaker),
            ``unresolved``; ``None`` without a speaker.
        speaker_confidence: in ``[0, 1]``: the resolver's score for the chosen speaker, set by
            hand per rule (1.0 for a name in the mention) or the learned ranker's softmax among the
            article's candidates; ``None`` without a speaker. Not a calibrated probability: measured
            on the dev speaker gold (session 17, fast mode; ``saidwhat evaluate --speakers``, its
            ``confidence`` block), speakers scored ≥ 0.9 were right 94.7 % (genre dev) and 96.5 %
            (PolNeAR dev), ≥ 0.7 91.5 % / 90.7 %, those in [0.5, 0.6) only 35 % / 39 % (mostly
            ``unresolved``); expected calibration error 0.081 / 0.032. A table calibrated on the
            train gold exists (:mod:`saidwhat.pipeline.speakers.calibration`) but is off: it made
            PolNeAR dev worse.
        cue_class: what the source did, one of :data:`CUE_CLASSES`: ``speech``, ``writing``,
            ``thought`` (belief, knowledge, feeling), ``stance`` (support, opposition, intention,
            refusal) or ``evidence`` (a poll, a report's findings, data); ``None`` when unknown.
        negated: the cue is negated or a refusal ("did not say", "declined to comment"): speech
            that did not happen; hidden by the default filters.
        question: the content is a question asked ("asked whether …").
    """

    id: str
    type: str
    region: str
    speaker_id: str | None
    source: Span | None
    cue: Span | None
    content: Span
    addressee: Span | None = None
    confidence: float = 1.0
    nested: bool = False
    speaker_via: str | None = None
    speaker_confidence: float | None = None
    cue_class: str | None = None
    negated: bool = False
    question: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = {
            "id": self.id,
            "type": self.type,
            "region": self.region,
            "speaker_id": self.speaker_id,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "confidence": round(float(self.confidence), 4),
            "nested": self.nested,
        }
        if self.speaker_via is not None:
            d["speaker_via"] = self.speaker_via
        if self.speaker_confidence is not None:
            d["speaker_confidence"] = round(float(self.speaker_confidence), 4)
        if self.cue_class is not None:
            d["cue_class"] = self.cue_class
        if self.negated:
            d["negated"] = True
        if self.question:
            d["question"] = True
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Attribution":
        opt = lambda k: Span.from_dict(d[k]) if d.get(k) else None  # noqa: E731
        return cls(
            d["id"], d["type"], d["region"], d.get("speaker_id"), opt("source"), opt("cue"),
            Span.from_dict(d["content"]), opt("addressee"), d.get("confidence", 1.0), d.get("nested", False),
            d.get("speaker_via"), d.get("speaker_confidence"), d.get("cue_class"), d.get("negated", False),
            d.get("question", False),
        )


@dataclass(frozen=True)
class Article:
    """The result of reading one article: its text, layout, speakers and attributions.

    Attributes:
        text: the text every offset indexes (the input as given, or as decoded/repaired from
            bytes or extracted from HTML; see ``meta["text_source"]``).
        text_sha256: hex SHA-256 of ``text`` encoded as UTF-8: the article's stable key.
        title: the title when one was given or extracted from HTML, else ``None``.
        regions: layout regions in text order.
        speakers: the article's speakers.
        attributions: the article's attributions, in order of content start.
        meta: free-form provenance (``encoding``, ``repaired``, ``url``, ``mode``…).
    """

    text: str
    text_sha256: str
    title: str | None = None
    regions: tuple[Region, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        """The :class:`Speaker` with this id, or ``None``."""
        for s in self.speakers:
            if s.id == speaker_id:
                return s
        return None

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """The JSON form, schema ``saidwhat/1`` (``schema/saidwhat-1.schema.json``)."""
        d: dict[str, Any] = {"schema": SCHEMA, "text_sha256": self.text_sha256, "title": self.title}
        if include_text:
            d["text"] = self.text
        d["regions"] = [r.to_dict() for r in self.regions]
        d["speakers"] = [s.to_dict() for s in self.speakers]
        d["attributions"] = [a.to_dict() for a in self.attributions]
        d["meta"] = dict(self.meta)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        return cls(
            d["text"], d["text_sha256"], d.get("title"),
            tuple(Region.from_dict(r) for r in d.get("regions", ())),
            tuple(Speaker.from_dict(s) for s in d.get("speakers", ())),
            tuple(Attribution.from_dict(a) for a in d.get("attributions", ())),
            dict(d.get("meta", {})),
        )
