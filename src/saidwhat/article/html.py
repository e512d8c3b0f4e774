"""HTML → article text, with trafilatura (and htmldate for the date). Never fetches anything.

:func:`html_to_text` keeps the main text of a news page (boilerplate, navigation and comments
dropped by trafilatura; Barbaresi, ACL 2021 demo), one paragraph a line with a blank line between
paragraphs, and the title as the first line when the text does not already start with it, so
that a "Name: claim" headline is read like the rest. Offsets of everything extracted later index
:attr:`HtmlText.text`, not the HTML source.

When trafilatura finds no main text (a fragment such as ``<p>One sentence.</p>``), the text of the
block elements (headings, paragraphs, list items, quotes, captions) is used instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError

_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "pre", "td", "dd")
_DROP_TAGS = ("head", "title", "script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form", "svg")


@dataclass(frozen=True)
class HtmlText:
    """The article text found in an HTML page.

    Attributes:
        text: paragraphs separated by a blank line (``"\\n\\n"``); the title first when known.
        title: the page's title (trafilatura: ``og:title``, ``<h1>`` or ``<title>``), else ``None``.
        date: publication date as ISO ``YYYY-MM-DD`` (htmldate, via trafilatura), else ``None``.
        url: the URL given by the caller (or the page's canonical URL), else ``None``.
    """

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _fallback_text(html: str) -> str:
    """Text of the block elements of ``html`` (lxml), or ``""``."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for bad in list(root.iter(*_DROP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    paras = []
    blocks = list(root.iter(*_BLOCK_TAGS))
    for el in blocks:
        if any(anc.tag in _BLOCK_TAGS for anc in el.iterancestors()):
            continue  # nested block: its text is in the outer one
        t = re.sub(r"\s+", " ", el.text_content()).strip()
        if t:
            paras.append(t)
    if not paras and not blocks:
        t = re.sub(r"[ \t\r\f\v]+", " ", root.text_content())
        paras = _paragraphs(t)
    return "\n\n".join(paras)


def html_to_text(html: str, *, url: str | None = None, name: str = "input") -> HtmlText:
    """Extract the article text, title and date of an HTML page (no network access).

    Args:
        html: the page's HTML, already decoded (see :func:`saidwhat.article.encoding.decode_bytes`).
        url: the page's URL when known (kept, and used by trafilatura for metadata; never fetched).
        name: what to call the input in messages.

    Returns:
        An :class:`HtmlText`.

    Raises:
        InputError: ``html`` is not a string, or no article text can be extracted from it (empty
            or malformed HTML).
    """
    if not isinstance(html, str):
        raise InputError(f"{name}: expected HTML text (str), got {type(html).__name__}")
    if not html.strip():
        raise InputError(f"{name}: empty HTML")
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, favor_recall=True,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # lxml/trafilatura on hostile markup
        raise InputError(f"{name}: malformed HTML ({exc.__class__.__name__}: {exc})") from None
    body = ""
    title = date = None
    page_url = url
    if doc is not None:
        body = "\n\n".join(_paragraphs(doc.text or ""))
        title = (doc.title or "").strip() or None
        date = doc.date or None
        page_url = url or doc.url or None
    if not body:
        body = _fallback_text(html)
    if not re.search(r"[^\W\d_]{2}", body):
        raise InputError(f"{name}: no article text found in the HTML (empty page, or markup without text)")
    if title:
        first = body.split("\n", 1)[0]
        if re.sub(r"\W+", "", first).lower() != re.sub(r"\W+", "", title).lower():
            body = f"{title}\n\n{body}"
    return HtmlText(text=body, title=title, date=date, url=page_url)
