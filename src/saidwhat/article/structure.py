"""Article layout: headline, byline, dateline, body, captions, credits and boilerplate.

:func:`detect_regions` splits an article's text into layout regions with line-based regular
expressions (no spaCy: it runs on every article). Nothing is deleted or normalised: every region
is a :class:`~saidwhat.types.Span` of the original text, in characters (Unicode code points),
``[start_char, end_char)``, with leading and trailing whitespace of its line left out.

Each non-empty line is one top-level region (``headline``, ``byline``, ``body``, ``caption``,
``credit`` or ``boilerplate``). Two kinds of region nest inside a line:

- a ``dateline`` ("BEIRUT", "WASHINGTON (AP)") at the start of a body paragraph, before its dash;
- a ``credit`` at the end of a photo caption ("SANA via AP", "(THOMAS COEX/AFP/Getty Images)").

Bylines come with "By" ("By Jane Doe, Health Correspondent") or without it: a name and a
journalist's title or outlet ("Priya Raman, Technology Reporter", "Jane Doe | Political Editor",
"Jane Doe and John Roe, BBC News"), a name and a place near the top or the end ("Jane Doe in
Kyiv"), a name line above a title line ("Jane Doe" / "Chief Political Correspondent"). Only a whole
short line is one, so that "Jane Doe, health minister, said …" stays body. Credit lines
("Reporting by …; Editing by …", "Additional reporting by …") are ``credit``. Both are furniture:
no attribution and no speaker candidate comes from them.

A line that repeats an earlier line (a republished headline, a caption repeated with or without
its credit) gets the earlier line's kind and ``duplicate_of`` set to the earlier region's id;
the attribution pipeline reports nothing from such duplicates.

The heuristics follow common wire and web news layouts (AP and Reuters style: datelines in
capitals before a dash, photo credits "NAME/AGENCY" or "via AP" closing captions, present-tense
captions with a date), and the PolNeAR corpus layout (Newell et al., LREC 2018): a headline line,
often ending with a period, then a blank line and the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Region, Span

#: News and photo agencies that close captions and make up credit lines.
_AGENCY = (
    r"(?:The\s+Associated\s+Press|Associated\s+Press|AP(?:\s+Photo)?|Reuters|REUTERS|AFP|Getty\s+Images|EPA(?:-EFE)?"
    r"|The\s+New\s+York\s+Times|UPI|Xinhua|Shutterstock|Bloomberg|NurPhoto|SIPA|Pool|POOL|ANSA|dpa|TASS|Sputnik)"
)
#: A credit that closes a caption: "SANA via AP", "(AP Photo/Hassan Ammar)", "THOMAS COEX/AFP/Getty Images",
#: "Photo: Jane Doe", possibly in parentheses and after an HTML line break.
_CREDIT_BODY = (
    r"(?:(?:[A-Z][\w.&'’-]*\s+){1,5}via\s+" + _AGENCY  # SANA via AP
    + r"|(?:[^\s()/<>][^()/<>]{0,60}/)+\s*" + _AGENCY + r"(?:/[^()/<>]{1,60})*"  # THOMAS COEX/AFP/Getty Images
    + r"|" + _AGENCY + r"(?:/[^()/<>]{1,60})+"  # REUTERS/Kevin Lamarque
    + r"|AP\s+Photo(?:/[^()<>]{1,60})?"  # AP Photo/Name
    + r"|(?:Photo|Photograph|Picture|Image|Credit|Photo\s+credit)s?\s*(?::|by|\.\.\.|…)\s*[^()<>]{2,80}"  # Photo: Name
    + r"|" + _AGENCY + r")"
)
_CAPTION_CREDIT_RE = re.compile(
    r"(?:(?<=[.!?\"”’)\]])|(?<=<br>)|(?<=<br/>)|(?<=<br />))\s*(\(\s*" + _CREDIT_BODY + r"\s*\)|" + _CREDIT_BODY + r")\s*$"
)
#: A line that is only a credit ("THOMAS COEX/AFP/Getty Images", "The Associated Press", "(Reuters)").
_CREDIT_LINE_RE = re.compile(r"^\(?\s*" + _CREDIT_BODY + r"\s*\)?$")
_REPORTING_CREDIT_RE = re.compile(r"^\(?(?:Reporting|Additional reporting|Writing|Editing)\s+by\b.{0,200}\)?$")
#: Boilerplate lines: time stamps, copyright, "contributed to this report", page furniture.
_BOILERPLATE_RE = re.compile(
    r"^(?:Last\s+)?(?:Updated|Published|Posted|First\s+published|Modified)"
    r"(?:\s*:.{0,60}|\s+(?:on\s+|at\s+)?[\w ,./:-]{0,50}\d[\w ,./:-]{0,30})?$"
    r"|^(?:Copyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4})|All\s+rights\s+reserved\.?$"
    r"|\bcontributed\s+to\s+this\s+(?:report|story|article)\.?$"
    r"|^(?:Advertisement|ADVERTISEMENT|Related(?:\s+(?:Articles|Stories|Coverage))?:?|Read\s+more\b.{0,80}"
    r"|Share\s+this\b.{0,40}|Click\s+here\b.{0,80}|Sign\s+up\b.{0,80}|Follow\s+.{1,60}\s+on\s+(?:Twitter|X|Facebook)\b.{0,40}"
    r"|ABSTRACT\.?|LETTERS\.?|Letters\.?|Subscribe\b.{0,60}|Watch:?|WATCH:?|Loading\.*|Comments?)$",
    re.IGNORECASE,
)
#: Archive and CMS metadata lines ("SECTION: NATIONAL", "LENGTH: 734 words", "Source: Shutterstock",
#: "Photo: J. Lind/Agency"): a label from the fields of news archives (LexisNexis, Factiva, CMS
#: exports) or an all-capitals label, a colon, a short value.
_METADATA_RE = re.compile(
    r"^\s*(?:(?:DATE|SECTION|SOURCE|DATELINE|LENGTH|BYLINE|HEADLINE|HIGHLIGHT|LOAD-DATE|LANGUAGE|"
    r"PUBLICATION-TYPE|DOCUMENT-TYPE|GRAPHIC|TYPE|EDITION|PAGE|COLUMN|ORIGINAL SOURCE|WORD COUNT|DISTRIBUTION|"
    r"CORRECTION-DATE|JOURNAL-CODE|ACC-NO|SUBJECT|GEOGRAPHIC|COMPANY|ORGANIZATION|PERSON|CITY|STATE|COUNTRY|"
    r"NOTES|NOTE|URL|TITLE|AUTHOR|PUBLISHER|KEYWORDS?|TAGS?|TOPICS?|CATEGOR(?:Y|IES))\s*:\s*.{0,120}"
    r"|(?:Source|Photo|Photos|Photograph|Image|Images|Picture|Credit|Illustration|Graphic|Video|Filed under|Tags?|"
    r"Topics?|Categor(?:y|ies)|Posted in|Keywords?|Section|Published|Updated|Length|Edition|Page)\s*:\s*.{0,80}"
    r"|Page\s+\d+(?:\s+of\s+\d+)?|\d+\s+words|[A-Z][A-Z-]{2,}\s*:\s*[A-Z0-9][A-Z0-9 ,./&'’-]{0,60})\s*$"
)
#: Headers of related-story lists and video widgets; the short lines after one are the list.
_RELATED_HEAD_RE = re.compile(
    r"^\s*(?:(?:You\s+(?:may|might)\s+also\s+(?:like|want\s+to\s+(?:watch|read|see))|Related(?:\s+(?:stories|"
    r"articles|coverage|content|links|news|reading|video))?|More\s+(?:from|on|stories|news|coverage)\b.{0,40}|"
    r"Recommended(?:\s+for\s+you)?|Most\s+(?:read|popular|viewed|shared)|Trending(?:\s+now)?|Read\s+more|"
    r"READ\s+MORE|See\s+also|Also\s+read|Also\s+on\b.{0,30}|Watch(?:\s+now|\s+more)?|Up\s+next|Don['’]t\s+miss|"
    r"Editor['’]s\s+picks?|Top\s+stories|Latest\s+news|In\s+other\s+news|Further\s+reading)"
    r"\s*[:.!…]?\s*(?:\(\d+\))?)\s*$", re.I)
#: One related-story link on its own line: "Related: Mayor says …", "READ MORE: …", "Watch: …".
_RELATED_LINE_RE = re.compile(r"^\s*(?:Related|RELATED|Read\s+more|READ\s+MORE|Read\s+also|Watch|WATCH|See\s+also|"
                              r"Also\s+read|ALSO\s+READ|Also\s+see|MORE|Listen|LISTEN)\s*:\s*\S.{0,160}$")
_LIST_ITEM_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[•·▪►▶*–—-])\s+\S")
#: Newsletter, share and subscription boxes.
_PROMO_RE = re.compile(
    r"^\s*(?:Sign\s+up\b|Subscribe\b|Get\s+(?:the|our)\s+(?:latest|best|morning|evening|daily|weekly)\b|"
    r"(?:Our|The)\s+\w+\s+newsletter\b|Newsletter\b|Share\s+(?:this|on|via)\b|Share\s*$|Tweet\s*$|Email\s*$|"
    r"Print\s*$|Copy\s+link|Follow\s+us\b|Like\s+us\s+on\b|Download\s+(?:our|the)\s+app\b|Support\s+(?:our|"
    r"independent)\s+journalism\b|Enter\s+your\s+email\b|By\s+(?:signing\s+up|clicking)\b|Advertisement\s*$|"
    r"Sponsored\b|Promoted\b|Continue\s+reading\b|Skip\s+(?:to|Ad)\b|Listen\s+to\s+this\s+article)", re.I)
#: A header opening reader comments; every line after it is a comment.
_COMMENTS_HEAD_RE = re.compile(
    r"^\s*(?:\d+\s+)?(?:Comments?|Reader\s+comments|Readers['’]?\s+comments|Join\s+the\s+(?:conversation|"
    r"discussion)|Leave\s+a\s+(?:comment|reply)|Add\s+a\s+comment|Show\s+comments|View\s+comments|"
    r"Conversation)\s*(?:\(\d+\))?\s*[:.]?\s*$", re.I)
_BYLINE_RE = re.compile(
    r"^By\s+(?:[A-Z][\w.'’-]*|[A-Z]\.)(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|da|del|van|von|der|bin|al|el|le|la))*"
    r"(?:\s*(?:,|\||—|-)\s*[^.]{1,60})?$"
)
#: A byline without "By": "Jane Doe, Reuters", "JANE DOE | The Associated Press".
_NAME_AGENCY_RE = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*(?:,|\||—|-)\s*" + _AGENCY + r"(?:\s+[Ww]riter)?$"
)
#: One person's name in a byline: two to four capitalised words or initials ("Priya Raman", "J. R. Doe",
#: "JANE DOE", "Ana de la Cruz"), for the byline forms without "By" below.
_BY_NAME = (r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)(?:\s+(?:de|da|del|della|van|von|der|den|bin|al|el|le|la|du|dos|ter))*"
            r"(?:\s+(?:[A-Z][\w'’-]*\.?|[A-Z]\.)(?:\s+(?:de|da|del|della|van|von|der|den|bin|al|el|le|la|du|dos|ter))*){1,3}")
#: One to three names: "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe and Ann Poe".
_BY_NAMES = _BY_NAME + r"(?:\s*,\s*" + _BY_NAME + r"){0,2}(?:\s*,?\s+(?:and|&)\s+" + _BY_NAME + r")?"
#: A journalist's job title: up to four modifiers before a role word ("Technology Reporter", "Chief
#: Political Correspondent", "Business reporter", "Staff Writer", "Columnist"); articles, "former"
#: and the like are no modifiers, so that "a reporter" or "the editor" is no title.
_BY_ROLE = (r"(?:(?!(?:a|an|the|our|his|her|their|its|former|ex|who|and|or|of)\b)[A-Za-z][\w'’&-]*\s+){0,4}"
            r"(?:[Rr]eporters?|REPORTERS?|[Cc]orrespondents?|CORRESPONDENTS?|[Ee]ditors?|EDITORS?|[Ww]riters?|WRITERS?"
            r"|[Cc]olumnists?|COLUMNISTS?|[Jj]ournalists?|JOURNALISTS?|[Ss]taff|STAFF)(?:-in-[Cc]hief|-at-[Ll]arge)?")
#: News outlets a byline names without a job title ("Jane Doe and John Roe, BBC News").
_BY_OUTLET = (r"(?:BBC(?:\s+News)?(?:\s+[A-Z][\w-]+)?|CNN|NPR|Sky\s+News|Al\s+Jazeera|(?:ABC|CBS|NBC|Fox)\s+News|Politico"
              r"|Axios|Local\s+Democracy\s+Reporting\s+Service|" + _AGENCY + r")")
#: "in Kyiv", "in Washington, D.C.": where the journalist files from.
_BY_PLACE = r"in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
_BY_SEP = r"\s*(?:,|\||—|–|-)\s*"
#: What follows a byline's names: a job title, an outlet or both, possibly a place ("Technology Reporter",
#: "Health Correspondent, BBC News", "BBC News, Kyiv", "Political Editor in Westminster").
_BY_TAIL = (r"(?:" + _BY_ROLE + r"(?:" + _BY_SEP + r"(?:" + _BY_OUTLET + r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))?"
            r"|" + _BY_OUTLET + r")(?:" + _BY_SEP + r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|\s+" + _BY_PLACE + r")?")
#: A byline without "By": names, a separator, a job title or outlet ("Priya Raman, Technology Reporter",
#: "Jane Doe | Political Editor", "Jane Doe and John Roe, BBC News", "JANE DOE - Columnist"). A whole
#: short line: "Jane Doe, health minister, said …" has more after the title and is body.
_NAME_ROLE_RE = re.compile(r"^" + _BY_NAMES + _BY_SEP + _BY_TAIL + r"$")
#: A byline naming only where the journalist is: "Jane Doe in Kyiv", "Jane Doe and John Roe in
#: Kyiv": tagged only in the byline zone (:func:`_in_byline_zone`), as "Joe Biden in Kyiv" is a headline too.
_NAME_PLACE_RE = re.compile(r"^" + _BY_NAMES + r"\s+" + _BY_PLACE + r"(?:\s+and\s+" + _BY_NAME + r"\s+" + _BY_PLACE + r")?$")
#: A name alone on its line, the first line of a two-line byline ("Jane Doe" / "Chief Political Correspondent").
_NAME_ONLY_RE = re.compile(r"^" + _BY_NAMES + r"$")
#: The second line of a two-line byline, or a title line under a "By" line: a job title, an outlet or a
#: place ("Chief Political Correspondent", "Business reporter, BBC News", "BBC News", "in Kyiv").
_ROLE_LINE_RE = re.compile(r"^(?:" + _BY_TAIL + r"|" + _BY_PLACE + r")$")
#: A dateline at the start of a body paragraph, before its dash: "BEIRUT—", "WASHINGTON (AP) —",
#: "HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "NEWPORT NEWS, Va. - ", with the year that AFP and
#: Reuters datelines carry: "SANTIAGO, Nov 4, 2026 (AFP) -" (issue 11).
_DATELINE_RE = re.compile(
    r"^((?:[A-Z][A-Z.'’-]+)(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"
    r"(?:\s*\((?:AP|UPI|Reuters|AFP|CNN|Bloomberg|dpa|Xinhua)\))?)"
    r"(?:\s*[—―–]\s*|\s*--\s*|\s+-\s+)(?=\S)"
)
#: Photo-caption wording that marks a caption on its own: "In this Feb. 10, 2017 photo, ...",
#: "..., in this photo released by ...", "(AP Photo/...)".
_CAPTION_STRONG_RE = re.compile(
    r"^In\s+this\s+(?:[\w.,'’-]+\s+){0,6}(?:file\s+)?(?:photo|picture|image|handout(?:\s+photo)?|frame\s+grab|video\s+grab)\b"
    r"|,\s+in\s+this\s+(?:[\w.,'’-]+\s+){0,4}(?:photo|picture|image|handout)\b"
    r"|\((?:AP|Reuters|AFP)\s+Photo\b"
)
#: Caption wording that needs a credit line right below it to make a caption.
_CAPTION_WEAK_RE = re.compile(r"\b(?:in\s+this\s+(?:\w+\s+){0,3}photo|file\s+photo|pictured|poses?\s+for)\b", re.I)
_CAPTION_VERB_RE = re.compile(
    r"\b(?:speaks?|speaking|talks?|gestures?|waves?|poses?|attends?|arrives?|leaves?|looks?\s+on|listens?|smiles?"
    r"|stands?|walks?|patrols?|holds?|sits?|meets?|shakes?\s+hands|delivers?|addresses|reacts?|celebrates?"
    r"|march(?:es)?|gathers?|rides?|visits?|greets?|prays?|signs?)\b"
)
_DATE_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
)
_SMALL_WORDS = frozenset(
    "a an the and or but nor of to in on at for by with from as vs via into onto over than this that its is".split()
)
#: How far from the end of a line a caption's closing credit may start.
_CREDIT_TAIL_CHARS = 240
_TAG_RE = re.compile(r"<[^>]{0,40}>")
_NON_WORD_RE = re.compile(r"[\W_]+")
_CLOSERS = "\"'”’»)]*"
_OPENERS = "\"'“‘«"


@dataclass
class _Line:
    start: int
    end: int
    text: str
    kind: str = "body"
    duplicate_of: int | None = None  # index of the earlier line
    credit: tuple[int, int] | None = None  # absolute offsets of a caption's closing credit
    dateline: tuple[int, int] | None = None


def _lines(text: str) -> list[_Line]:
    """Non-empty lines of ``text`` with their offsets, surrounding whitespace left out."""
    out = []
    for m in re.finditer(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+", text):
        s, e = m.start(), m.end()
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        s += len(line) - len(line.lstrip())
        e -= len(line) - len(line.rstrip())
        out.append(_Line(s, e, text[s:e]))
    return out


def _words(line: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’.-]*|\d[\w,.]*", line)


def _title_case_ratio(line: str) -> float:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in _SMALL_WORDS]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def _final_char(line: str) -> str:
    core = line.rstrip().rstrip(_CLOSERS + " ;")
    return core[-1:] if core else ""


def _norm(s: str) -> str:
    """Comparison key of a line: HTML tags dropped, letters and digits only, lower case."""
    return _NON_WORD_RE.sub("", _TAG_RE.sub(" ", s).lower())


def _caption_credit(line: _Line) -> tuple[int, int] | None:
    """Absolute offsets of the credit closing a caption line, else ``None``."""
    if len(line.text) < 40:
        return None
    off = max(0, len(line.text) - _CREDIT_TAIL_CHARS)  # a credit is short: search the tail only
    m = _CAPTION_CREDIT_RE.search(line.text, off)
    if m is None or m.start(1) < 20:
        return None
    return line.start + m.start(1), line.start + m.end(1)


def _is_credit_line(s: str) -> bool:
    return len(s) <= 120 and bool(_CREDIT_LINE_RE.match(s) or _REPORTING_CREDIT_RE.match(s))


def _is_boilerplate(s: str) -> bool:
    return len(s) <= 200 and bool(_BOILERPLATE_RE.search(s))


def _is_byline(s: str) -> bool:
    return len(s) <= 100 and len(s.split()) <= 14 and bool(
        _BYLINE_RE.match(s) or _NAME_AGENCY_RE.match(s) or _NAME_ROLE_RE.match(s))


def _short(s: str) -> bool:
    return len(s) <= 100 and len(s.split()) <= 14


def _looks_like_headline(line: _Line, rest: list[_Line], next_line: _Line | None) -> bool:
    """Whether the article's first content line is a headline (see the rules in the body)."""
    s = line.text
    words = _words(s)
    if not words or len(s) > 250 or len(words) > 30:
        return False
    last = _final_char(s)
    if last in ":,-–—":
        return False
    if last not in ".!?…":
        return True  # "Assad: US Troops Welcome in Syria to Fight Terrorism"
    if len(words) > 22:
        return False
    if last in "?!" and len(words) <= 16:
        return True
    if next_line is not None and _DATELINE_RE.match(next_line.text):
        return True  # a headline, then "HEMPSTEAD, N.Y., Sept. 26 (UPI) — ..."
    if _title_case_ratio(s) >= 0.75 and len(words) >= 3:
        return True  # Title Case Headline Ending With A Period.
    # Sentence-case single line with a period (PolNeAR appends one): a headline when a real
    # article follows (three or more paragraphs), not in a two-paragraph snippet.
    # A first line that opens with a quote and closes it with a comma is a quote lede ("“We're
    # done,” the mayor said."), not a headline ("'SNL' has fun with Clinton's struggles.").
    quote_lede = s.lstrip()[:1] in _OPENERS and re.search(r",\s*[\"”’']", s) is not None
    return len(words) <= 18 and len(rest) >= 3 and not quote_lede


def detect_regions(text: str) -> list[Region]:
    """Find the layout regions of an article.

    Args:
        text: the article's text (the string every offset indexes).

    Returns:
        Regions in text order (by start, an enclosing region before the regions nested in it),
        with ids ``"r1"``, ``"r2"``, …. Every non-empty line is covered by exactly one top-level
        region; ``dateline`` regions nest at the start of a body line and ``credit`` regions at
        the end of a caption line. ``Region.span`` offsets are characters of ``text``. An empty
        or whitespace-only text gives ``[]``.
    """
    lines = _lines(text)
    if not lines:
        return []

    # 1. Lines whose form alone tells their kind; page furniture (issue 12): archive metadata,
    #    related-story lists and widgets, promotion boxes, reader comments.
    in_comments = False
    in_related = 0
    for ln in lines:
        s = ln.text
        if in_comments:
            ln.kind = "comments"
        elif _COMMENTS_HEAD_RE.match(s):
            ln.kind, in_comments = "comments", True
        elif _RELATED_HEAD_RE.match(s):
            ln.kind, in_related = "related", 8
        elif _RELATED_LINE_RE.match(s):
            ln.kind, in_related = "related", 0
        elif in_related and (len(s) <= 140 and (_LIST_ITEM_RE.match(s) or _final_char(s) not in ".!?\"”’")):
            ln.kind, in_related = "related", in_related - 1
        elif _is_boilerplate(s):
            in_related = 0
            ln.kind = "boilerplate"
        elif _METADATA_RE.match(s) and len(s) <= 140:
            ln.kind, in_related = "metadata", 0
        elif _PROMO_RE.match(s) and len(s) <= 200:
            ln.kind, in_related = "promo", 0
        elif _is_credit_line(s):
            in_related = 0
            ln.kind = "credit"
        elif _is_byline(s):
            in_related = 0
            ln.kind = "byline"
        else:
            in_related = 0

    # 2. Headline: the first line that is not furniture, among the first two lines, when more follows.
    head_idx = next((i for i, ln in enumerate(lines[:2]) if ln.kind == "body"), None)
    if head_idx is not None:
        head = lines[head_idx]
        key = _norm(head.text)
        rest = [ln for ln in lines[head_idx + 1:] if ln.kind == "body" and _norm(ln.text) != key]
        nxt = next((ln for ln in lines[head_idx + 1:] if _norm(ln.text) != key), None)
        # a hard-wrapped paragraph going on in the next line (no blank line, lower-case start)
        wrapped = nxt is not None and nxt.text[:1].islower() and "\n\n" not in text[head.end:nxt.start].replace("\r", "")
        if rest and not wrapped and _looks_like_headline(head, rest, nxt):
            head.kind = "headline"

    # 2b. Bylines that need their place to be read as one: in the byline zone (the first four lines
    #     after the headline, or the first four lines when there is none, and the last three lines),
    #     "Jane Doe in Kyiv"; anywhere, a name alone on its line right above a job-title line ("Jane
    #     Doe" / "Chief Political Correspondent"), and a job-title line right below a byline ("By Jane
    #     Doe" / "Staff Writer"). A line that closes a sentence is never one.
    first = head_idx + 1 if head_idx is not None and lines[head_idx].kind == "headline" else 0
    zone = set(range(first, min(first + 4, len(lines)))) | set(range(max(first, len(lines) - 3), len(lines)))
    for i, ln in enumerate(lines):
        s = ln.text
        if ln.kind != "body" or not _short(s) or _final_char(s) in ".!?:;\"”’":
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        prev = lines[i - 1] if i > 0 else None
        if i in zone and _NAME_PLACE_RE.match(s):
            ln.kind = "byline"
        elif (nxt is not None and _NAME_ONLY_RE.match(s) and _short(nxt.text) and nxt.kind in ("body", "byline")
              and _ROLE_LINE_RE.match(nxt.text) and "\n\n" not in text[ln.end:nxt.start].replace("\r", "")):
            ln.kind = nxt.kind = "byline"
        elif (prev is not None and prev.kind == "byline" and _ROLE_LINE_RE.match(s)
              and "\n\n" not in text[prev.end:ln.start].replace("\r", "")):
            ln.kind = "byline"

    # 3. Captions: a line closed by a photo credit, or caption wording followed by a credit line.
    for i, ln in enumerate(lines):
        if ln.kind != "body":
            continue
        credit = _caption_credit(ln)
        if credit is not None:
            ln.kind, ln.credit = "caption", credit
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        adjacent_credit = nxt is not None and nxt.kind == "credit" and "\n\n" not in text[ln.end:nxt.start].replace("\r", "")
        if _CAPTION_STRONG_RE.search(ln.text) or (adjacent_credit and (
            _CAPTION_VERB_RE.search(ln.text) or _DATE_RE.search(ln.text) or _CAPTION_WEAK_RE.search(ln.text)
        )):
            ln.kind = "caption"

    # 4. Duplicates: a line repeating an earlier one (credit suffixes and HTML tags ignored), or
    #    the start of one (>= 80 % of it: a caption repeated without its trailing credit). Lines are
    #    bucketed by their first 40 key characters, so this stays linear in the number of lines.
    exact: dict[str, int] = {}
    by_prefix: dict[str, list[int]] = {}
    keys: list[str] = []
    for i, ln in enumerate(lines):
        core = ln.text if ln.credit is None else text[ln.start:ln.credit[0]]
        key = _norm(core)
        keys.append(key)
        if len(key) < 12:
            continue
        j = exact.get(key)
        if j is None and len(key) >= 40:
            for k in by_prefix.get(key[:40], ()):
                short, long_ = sorted((key, keys[k]), key=len)
                if long_.startswith(short) and len(short) >= 0.8 * len(long_):
                    j = k
                    break
        if j is not None:
            j = j if lines[j].duplicate_of is None else lines[j].duplicate_of
            ln.duplicate_of = j
            ln.kind = lines[j].kind
            if ln.kind == "caption" and ln.credit is None:
                ln.credit = _caption_credit(ln)
            continue
        if ln.kind in ("credit", "boilerplate", "byline", "metadata", "related", "promo", "comments"):
            continue
        exact[key] = i
        if len(key) >= 40:
            bucket = by_prefix.setdefault(key[:40], [])
            if len(bucket) < 8:
                bucket.append(i)

    # 5. Datelines at the start of body lines: anywhere when they carry a state, a date or an
    #    agency ("WASHINGTON (AP)"), else (a bare "BEIRUT") only in the first two body lines, so that
    #    capitalised section leads further down ("QUESTIONABLE CLAIMS — ...") are not taken.
    n_body = 0
    for ln in lines:
        if ln.kind == "body" and ln.duplicate_of is None:
            n_body += 1
            m = _DATELINE_RE.match(ln.text)
            if m is None or len(m.group(1)) < 3 or sum(c.isupper() for c in m.group(1)[:3]) < 2:
                continue
            if n_body <= 2 or "," in m.group(1) or "(" in m.group(1):
                ln.dateline = (ln.start + m.start(1), ln.start + m.end(1))

    # 6. Regions in text order, nested ones after their line.
    raw: list[tuple[int, int, str, int | None, int]] = []  # start, end, kind, duplicate line index, line index
    for i, ln in enumerate(lines):
        raw.append((ln.start, ln.end, ln.kind, ln.duplicate_of, i))
        if ln.dateline is not None:
            raw.append((ln.dateline[0], ln.dateline[1], "dateline", None, -1))
        if ln.credit is not None and ln.credit[1] - ln.credit[0] < ln.end - ln.start:
            raw.append((ln.credit[0], ln.credit[1], "credit", None, -1))
    raw.sort(key=lambda r: (r[0], -r[1]))
    line_id: dict[int, str] = {}
    regions: list[Region] = []
    for n, (s, e, kind, _dup, li) in enumerate(raw, start=1):
        if li >= 0:
            line_id[li] = f"r{n}"
    for n, (s, e, kind, dup, li) in enumerate(raw, start=1):
        regions.append(Region(f"r{n}", kind, Span.of(text, s, e), line_id[dup] if dup is not None else None))
    return regions


def region_at(regions: list[Region] | tuple[Region, ...], start_char: int, end_char: int | None = None) -> Region | None:
    """The innermost region containing ``[start_char, end_char)`` (or the character at ``start_char``).

    Args:
        regions: regions from :func:`detect_regions`.
        start_char: first character of the span (characters of the article text).
        end_char: one past its last character; ``start_char + 1`` when ``None``.

    Returns:
        The smallest region that contains the span, else the top-level region containing
        ``start_char``, else ``None``.
    """
    end = start_char + 1 if end_char is None else max(end_char, start_char + 1)
    best: Region | None = None
    for r in regions:
        if r.span.start_char <= start_char and end <= r.span.end_char:
            if best is None or len(r.span) < len(best.span):
                best = r
    if best is None:
        for r in regions:
            if r.span.start_char <= start_char < r.span.end_char and r.kind not in ("dateline", "credit"):
                return r
    return best


def headline_title(regions: list[Region] | tuple[Region, ...]) -> str | None:
    """The article's headline as a title: the text of the first ``headline`` region that does not
    repeat an earlier line (``duplicate_of`` unset), whitespace runs collapsed to one space.

    Used where an article has no given title (a plain ``.txt`` ingest): the corpus store records
    it as the title and the web viewer shows it.

    Args:
        regions: regions from :func:`detect_regions` (or a stored article's regions).

    Returns:
        The headline text, or ``None`` when no non-duplicate headline region has any text.
    """
    for r in sorted(regions, key=lambda r: r.span.start_char):
        if r.kind == "headline" and r.duplicate_of is None:
            title = " ".join(r.span.text.split())
            if title:
                return title
    return None
