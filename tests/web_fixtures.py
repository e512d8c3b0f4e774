"""Hand-built Article records for the web tests (exact highlights without the rules).

- :func:`seed_article`: the seed article ``assad-us-troops`` with its gold attributions
  (``/work/shared/cases`` layout, found through ``SAIDWHAT_CASES`` or next to the repo).
- :func:`hostile_article`: an article whose text, title, speaker name and role carry markup
  (``<script>``, ``<img onerror>``, a ``javascript:`` link) that must render inert everywhere.
- :func:`untitled_article`: a plain-text article with no given title (a ``.txt`` ingest: no
  outlet, no date) whose layout has a headline, a repeated headline and a repeated photo caption.
- :func:`classed_article`: an article with one attribution of every cue class, a negated one, a
  question and one the engine did not classify (issue 12's filters).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from saidwhat.engine import text_sha256
from saidwhat.types import Article, Attribution, Region, Span, Speaker

REPO = Path(__file__).resolve().parents[1]
CASE = "assad-us-troops"

#: Markup that must never become live in a page.
SCRIPT = '<script>window.__xss = 1; alert("xss")</script>'
IMG = '<img src=x onerror="window.__xss = 2; alert(2)">'
LINK = '<a href="javascript:window.__xss=3;alert(3)">click me</a>'
HOSTILE_MARKERS = ("<script>window.__xss", "<img src=x onerror", 'href="javascript:', "<i>boss</i>")


def cases_dir() -> Path:
    """The acceptance cases folder (``$SAIDWHAT_CASES``, ``../shared/cases`` or ``examples``)."""
    for candidate in (os.environ.get("SAIDWHAT_CASES"), REPO.parent / "shared" / "cases", REPO / "tests" / "cases"):
        if candidate and (Path(candidate) / "articles" / f"{CASE}.txt").is_file():
            return Path(candidate)
    raise FileNotFoundError("acceptance cases not found; set SAIDWHAT_CASES")


def seed_text() -> str:
    """The seed article's text exactly as on disk (UTF-8, no newline translation)."""
    path = REPO / "examples" / f"{CASE}.txt"
    if not path.is_file():
        path = cases_dir() / "articles" / f"{CASE}.txt"
    return path.read_bytes().decode("utf-8")


def _nearest(text: str, needle: str, start: int, end: int, *, window: int = 400) -> Span | None:
    """The occurrence of ``needle`` nearest to ``[start, end)`` and outside it, within ``window``."""
    best: tuple[int, int] | None = None
    for m in re.finditer(re.escape(needle), text[max(0, start - window):end + window]):
        s = m.start() + max(0, start - window)
        e = s + len(needle)
        if s < end and start < e:
            continue
        dist = start - e if e <= start else s - end
        if best is None or dist < best[0]:
            best = (dist, s)
    return Span.of(text, best[1], best[1] + len(needle)) if best else None


def seed_article() -> Article:
    """The seed article with its gold attributions as an :class:`Article` (source and cue found
    as the gold mention/cue text nearest to the content)."""
    text = seed_text()
    rows = [json.loads(line) for line in (cases_dir() / "gold" / f"{CASE}.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    groups: dict[int, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["attribution"], []).append(row)
    order = sorted(groups.values(), key=lambda g: min(r["content_start"] for r in g))
    names: list[str] = []
    for g in order:
        if g[0]["speaker"] not in names:
            names.append(g[0]["speaker"])
    sid = {name: f"s{i + 1}" for i, name in enumerate(names)}
    roles: dict[str, str] = {}
    mentions: dict[str, list[Span]] = {name: [] for name in names}
    attributions = []
    for i, g in enumerate(order):
        first = g[0]
        content = Span.join(text, [(r["content_start"], r["content_end"]) for r in g])
        source = _nearest(text, first["speaker_mention"], content.start_char, content.end_char)
        cue = _nearest(text, first["cue"], content.start_char, content.end_char)
        if source is not None and all(not source.overlaps(m) for m in mentions[first["speaker"]]):
            mentions[first["speaker"]].append(source)
        if first.get("speaker_role"):
            roles.setdefault(first["speaker"], first["speaker_role"])
        types = {r["type"] for r in g}
        attributions.append(Attribution(
            id=f"a{i + 1}", type=types.pop() if len(types) == 1 else "mixed", region=first.get("region", "body"),
            speaker_id=sid[first["speaker"]], source=source, cue=cue, content=content,
            confidence=0.9, nested=bool(first.get("nested")),
        ))
    kind = lambda n: "organization" if re.search(r"(?i)news|agency|press|ministry|government|kremlin|house", n) else "person"  # noqa: E731
    speakers = tuple(Speaker(sid[n], n, kind(n), roles.get(n), tuple(sorted(mentions[n], key=lambda s: s.start_char)))
                     for n in names)
    return Article(text, text_sha256(text), "Assad: US Troops Welcome in Syria to Fight Terrorism", (), speakers,
                   tuple(attributions), {"text_source": "gold"})


def hostile_text() -> str:
    return (f"Mallory {SCRIPT} said \u201c{IMG} is fine\u201d on Monday.\n\n"
            f"Eve told reporters: \u201c{LINK} and {SCRIPT}\u201d\n")


def hostile_article() -> Article:
    """An article whose every user-visible string carries markup."""
    text = hostile_text()
    c1s = text.index("\u201c")
    c1e = text.index("\u201d", c1s) + 1
    c2s = text.index("\u201c", c1e)
    c2e = text.index("\u201d", c2s) + 1
    said = text.index(" said ") + 1
    told = text.index("told")
    eve = text.index("Eve")
    mallory = Speaker("s1", f"Mallory {SCRIPT}", "person", "<i>boss</i> " + IMG, (Span.of(text, 0, said - 1),))
    eve_sp = Speaker("s2", f"Eve {LINK}", "person", None, (Span.of(text, eve, eve + 3),))
    return Article(
        text, text_sha256(text), f"Hostile {SCRIPT} {IMG} {LINK}", (),
        (mallory, eve_sp),
        (Attribution("a1", "direct", "body", "s1", Span.of(text, 0, said - 1), Span.of(text, said, said + 4),
                     Span.of(text, c1s, c1e), confidence=0.8),
         Attribution("a2", "direct", "body", "s2", Span.of(text, eve, eve + 3), Span.of(text, told, told + 4),
                     Span.of(text, c2s, c2e), confidence=0.7)),
        {"text_source": "test"},
    )


def hostile_metadata() -> dict:
    return {"outlet": f"Evil {SCRIPT} Outlet", "url": "javascript:alert(4)", "title": f"Hostile {SCRIPT}",
            "published": f"2017-02-10 {IMG}"}


def seed_metadata() -> dict:
    return {"outlet": "The Associated Press", "url": "https://example.org/assad", "published": "2017-02-10"}


def fill_store(path: Path, items: list[tuple[Article, dict]]) -> None:
    """Write ``(article, metadata)`` pairs into a corpus store at ``path`` (created)."""
    from saidwhat.corpus.store import Store

    try:
        from saidwhat.corpus.ingest import add_article
    except ImportError:  # the ingest module not written yet: the store's own insert
        add_article = None
    with Store(path) as store:
        for article, metadata in items:
            if add_article is not None:
                add_article(store, article, metadata)
            else:
                with store.transaction():
                    store.insert_article(article, metadata)


#: The untitled article: its headline (line 1) is repeated on line 2, its photo caption (line 8)
#: on line 12.
UNTITLED_HEADLINE = "Mayor Says Elm Street Bridge Will Reopen in May"
UNTITLED_CAPTION = "Workers repair the Elm Street bridge in Springfield on Monday. (AP Photo/John Doe)"


def untitled_text() -> str:
    return (f"{UNTITLED_HEADLINE}\n{UNTITLED_HEADLINE}\n\nBy Jane Roe\n\n"
            "SPRINGFIELD \u2014 \u201cThe bridge will reopen in May,\u201d Mayor Ann Lee said on Tuesday.\n\n"
            f"{UNTITLED_CAPTION}\n\n"
            "Council member Bob Stone told reporters that the bridge repairs would cost $4 million.\n\n"
            f"{UNTITLED_CAPTION}\n\n"
            "Lee said the city would pay for the repairs without raising taxes.\n")


def untitled_article() -> Article:
    """A plain-text article with no title: regions (hand-built, as ``structure.detect_regions``
    lays out such a text) with a headline, its duplicate, a byline, a dateline, a caption with
    its credit and the caption's duplicate; two speakers, three attributions."""
    text = untitled_text()
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    (h1, h2, by, body1, cap1, body2, cap2, body3) = lines
    credit = text.index("(AP Photo/John Doe)")
    credit2 = text.index("(AP Photo/John Doe)", cap2[0])
    regions = (
        Region("r1", "headline", Span.of(text, *h1)),
        Region("r2", "headline", Span.of(text, *h2), "r1"),
        Region("r3", "byline", Span.of(text, *by)),
        Region("r4", "body", Span.of(text, *body1)),
        Region("r5", "dateline", Span.of(text, body1[0], body1[0] + len("SPRINGFIELD"))),
        Region("r6", "caption", Span.of(text, *cap1)),
        Region("r7", "credit", Span.of(text, credit, credit + len("(AP Photo/John Doe)"))),
        Region("r8", "body", Span.of(text, *body2)),
        Region("r9", "caption", Span.of(text, *cap2), "r6"),
        Region("r10", "credit", Span.of(text, credit2, credit2 + len("(AP Photo/John Doe)"))),
        Region("r11", "body", Span.of(text, *body3)),
    )
    at = lambda s, start=0: Span.of(text, text.index(s, start), text.index(s, start) + len(s))  # noqa: E731
    lee_full, stone, lee = at("Mayor Ann Lee"), at("Council member Bob Stone"), at("Lee said", body3[0])
    lee = Span.of(text, lee.start_char, lee.start_char + 3)
    speakers = (Speaker("s1", "Ann Lee", "person", "Mayor", (lee_full, lee)),
                Speaker("s2", "Bob Stone", "person", "Council member", (stone,)))
    attributions = (
        Attribution("a1", "direct", "body", "s1", lee_full, at("said", body1[0]),
                    at("\u201cThe bridge will reopen in May,\u201d"), confidence=0.95),
        Attribution("a2", "indirect", "body", "s2", stone, at("told"), at("the bridge repairs would cost $4 million"),
                    confidence=0.85),
        Attribution("a3", "indirect", "body", "s1", lee, at("said", body3[0]),
                    at("the city would pay for the repairs without raising taxes"), confidence=0.9),
    )
    return Article(text, text_sha256(text), None, regions, speakers, attributions, {"text_source": "test"})


def untitled_metadata() -> dict:
    """What a plain ``.txt`` ingest knows: where it was read, nothing else."""
    return {"source": "articles/bridge.txt"}


#: The classed article: its attributions by id, as (cue class, negated, question, speaker id).
CLASSED = {
    "a1": ("speech", False, False, "s1"),
    "a2": ("writing", False, False, "s1"),
    "a3": ("thought", False, False, "s2"),
    "a4": ("stance", False, False, "s2"),
    "a5": ("evidence", False, False, None),
    "a6": ("speech", True, False, "s3"),
    "a7": ("speech", False, True, "s1"),
    "a8": (None, False, False, "s1"),
}
#: What the default filter (speech and writing, negated hidden) keeps of it: no class counts as speech.
CLASSED_DEFAULT = ("a1", "a2", "a7", "a8")


def classed_text() -> str:
    return ("Council Weighs Levy\n\n"
            "Mayor Nora Cole said the budget would pass. Cole wrote in a memo that taxes would stay flat. "
            "Treasurer Raj Patel believes the deficit will shrink. Patel opposes the new levy. "
            "A city audit found that spending rose 4 percent. Police Chief Dana Ruiz declined to comment on the plan. "
            "Cole asked whether the council would vote this week. Cole told reporters the vote was close.\n")


def classed_article() -> Article:
    """An article with every kind of attribution issue 12 filters: speech, writing, thought,
    stance, evidence (no speaker), a negated speech ("declined to comment"), a question and one
    with no class (counted as speech); see :data:`CLASSED`. Three speakers: Nora Cole (four
    attributions, all speech or writing), Raj Patel (a thought and a stance), Dana Ruiz (the
    refusal)."""
    text = classed_text()
    at = lambda s, start=0: Span.of(text, text.index(s, start), text.index(s, start) + len(s))  # noqa: E731
    cole, patel, ruiz = at("Mayor Nora Cole"), at("Treasurer Raj Patel"), at("Police Chief Dana Ruiz")
    cole2 = at("Cole wrote")
    cole2 = Span.of(text, cole2.start_char, cole2.start_char + 4)
    cole3 = Span.of(text, text.index("Cole asked"), text.index("Cole asked") + 4)
    cole4 = Span.of(text, text.index("Cole told"), text.index("Cole told") + 4)
    patel2 = Span.of(text, text.index("Patel opposes"), text.index("Patel opposes") + 5)
    speakers = (Speaker("s1", "Nora Cole", "person", "Mayor", (cole, cole2, cole3, cole4)),
                Speaker("s2", "Raj Patel", "person", "Treasurer", (patel, patel2)),
                Speaker("s3", "Dana Ruiz", "person", "Police Chief", (ruiz,)))
    rows = {  # id: (source, cue, content)
        "a1": (cole, at("said"), at("the budget would pass")),
        "a2": (cole2, at("wrote"), at("taxes would stay flat")),
        "a3": (patel, at("believes"), at("the deficit will shrink")),
        "a4": (patel2, at("opposes"), at("the new levy")),
        "a5": (at("A city audit"), at("found"), at("spending rose 4 percent")),
        "a6": (ruiz, at("declined to comment"), at("on the plan")),
        "a7": (cole3, at("asked"), at("whether the council would vote this week")),
        "a8": (cole4, at("told"), at("the vote was close")),
    }
    attributions = tuple(
        Attribution(aid, "indirect", "body", CLASSED[aid][3], source, cue, content, confidence=0.9,
                    cue_class=CLASSED[aid][0], negated=CLASSED[aid][1], question=CLASSED[aid][2])
        for aid, (source, cue, content) in rows.items())
    headline = text.index("\n")
    regions = (Region("r1", "headline", Span.of(text, 0, headline)),
               Region("r2", "body", Span.of(text, headline + 2, len(text) - 1)))
    return Article(text, text_sha256(text), "Council Weighs Levy", regions, speakers, attributions, {"text_source": "test"})


def classed_metadata() -> dict:
    return {"outlet": "springfield.example", "url": "https://springfield.example/levy", "published": "2017-03-01"}
