"""Hand-built Article records for the statement tests (issue 13): one utterance of Mayor Lena
Ortiz reported by six outlets with the variants drift must tell apart, and one text republished
by a seventh outlet.

=========  ==========  ==========  ===========================================================
outlet     published   variant     content
=========  ==========  ==========  ===========================================================
courier    2024-03-01  canonical   “We will rebuild every school the storm destroyed, and we will
                                   do it before winter,” (the first appearance)
wire       2024-03-02  trimmed     “We will rebuild every school the storm destroyed,”
gazette    2024-03-02  split       the whole quote split by its cue (“…,” Ortiz said, “…”)
post       2024-03-02  ellipsis    “We will rebuild every school the storm destroyed … before winter,”
ledger     2024-03-03  changed     “We will rebuild every hospital …” (one word changed)
herald     2024-03-03  speaker     the whole quote credited to Governor Mark Bell
wire2      2024-03-04  (copy)      the ledger's text republished: one article, two appearances
=========  ==========  ==========  ===========================================================

Every article also has a second, unrelated attribution (no statement joins them).
"""

from __future__ import annotations

from saidwhat.engine import text_sha256
from saidwhat.types import Article, Attribution, Region, Span, Speaker

FULL = "We will rebuild every school the storm destroyed, and we will do it before winter"
TRIMMED = "We will rebuild every school the storm destroyed"
ELLIPSIS = "We will rebuild every school the storm destroyed … before winter"
CHANGED = "We will rebuild every hospital the storm destroyed, and we will do it before winter"

#: (key, outlet domain, published, title, quote, speaker name, speaker role, other attribution:
#: (role, name, cue, content))
REPORTS = (
    ("courier", "courier.example", "2024-03-01", "Ortiz Vows to Rebuild Schools", FULL, "Lena Ortiz", "Mayor",
     ("Fire Chief", "Sam Dale", "said", "the shelters would stay open through the weekend for every family")),
    ("wire", "wire.example", "2024-03-02", "Mayor Pledges School Rebuild", TRIMMED, "Lena Ortiz", "Mayor",
     ("Teacher", "Ana Ruiz", "said", "classes would move to the library for the coming months")),
    ("gazette", "gazette.example", "2024-03-02", "Storm Recovery Plan Unveiled", FULL, "Lena Ortiz", "Mayor",
     ("Engineer", "Tom Hill", "said", "the bridge inspection would finish by the end of the month at the latest")),
    ("post", "post.example", "2024-03-02", "Schools Before Winter", ELLIPSIS, "Lena Ortiz", "Mayor",
     ("Coach", "Eli Stone", "said", "the football season would go on at the county field after the storm")),
    ("ledger", "ledger.example", "2024-03-03", "Hospitals First, Mayor Says", CHANGED, "Lena Ortiz", "Mayor",
     ("Nurse", "Joy Park", "said", "the clinic had treated more than forty people since the storm hit the town")),
    ("herald", "herald.example", "2024-03-03", "Governor Promises Rebuild", FULL, "Mark Bell", "Governor",
     ("Senator", "Kim Lowe", "said", "the state budget would cover the repairs without any new taxes this year")),
)
#: The ledger's text as republished by another outlet (the same text: one article).
REPUBLISHED = ("ledger", "wire2.example", "2024-03-04")


def _report(key: str) -> tuple:
    return next(r for r in REPORTS if r[0] == key)


def report_text(key: str) -> str:
    _, _, _, title, quote, name, role, other = _report(key)
    return quote_text(title, quote, name, role, other, split=key == "gazette")


def report_article(key: str) -> Article:
    """One report: a headline, the quote (attribution a1) and the other sentence (a2)."""
    _, _, _, title, quote, name, role, other = _report(key)
    return quote_article(title, quote, name, role, other, split=key == "gazette")


def quote_text(title: str, quote: str, name: str, role: str, other: tuple[str, str, str, str], *, split: bool = False) -> str:
    role2, name2, cue2, content2 = other
    if split:  # the whole quote, split by its cue
        first, second = quote.split(", ")
        body = f"“{first},” {role} {name} said, “{second}.”"
    else:
        body = f"“{quote},” {role} {name} said on Monday."
    return f"{title}\n\n{body}\n\n{role2} {name2} {cue2} {content2}.\n"


def quote_article(title: str, quote: str, name: str, role: str, other: tuple[str, str, str, str], *,
                  split: bool = False) -> Article:
    """An article of a headline, ``“quote,” role name said`` (a1; ``split``: the quote cut at its
    comma by the cue) and ``role2 name2 cue2 content2.`` (a2, indirect)."""
    role2, name2, cue2, content2 = other
    text = quote_text(title, quote, name, role, other, split=split)

    def at(s: str, start: int = 0) -> Span:
        i = text.index(s, start)
        return Span.of(text, i, i + len(s))

    source = at(f"{role} {name}")
    if split:
        first, second = quote.split(", ")
        p1, p2 = at(f"“{first},”"), at(f"“{second}.”")
        content = Span.join(text, [(p1.start_char, p1.end_char), (p2.start_char, p2.end_char)])
    else:
        content = at(f"“{quote},”")
    source2 = at(f"{role2} {name2}")
    speakers = (Speaker("s1", name, "person", role, (source,)),
                Speaker("s2", name2, "person", role2, (source2,)))
    attributions = (
        Attribution("a1", "direct", "body", "s1", source, at("said", source.end_char), content, confidence=0.95,
                    cue_class="speech"),
        Attribution("a2", "indirect", "body", "s2", source2, at(cue2, source2.end_char), at(content2), confidence=0.9,
                    cue_class="speech"),
    )
    headline = text.index("\n")
    regions = (Region("r1", "headline", Span.of(text, 0, headline)),
               Region("r2", "body", Span.of(text, headline + 2, len(text) - 1)))
    return Article(text, text_sha256(text), title, regions, speakers, attributions, {"text_source": "test"})


def report_metadata(key: str) -> dict:
    _, outlet, published, *_ = _report(key)
    return {"url": f"https://{outlet}/{key}", "published": published}


def reports() -> list[tuple[Article, dict]]:
    """Every report with its metadata, the republished copy last."""
    items = [(report_article(r[0]), report_metadata(r[0])) for r in REPORTS]
    key, outlet, published = REPUBLISHED
    items.append((report_article(key), {"url": f"https://{outlet}/{key}-copy", "published": published}))
    return items


def article_id(key: str) -> str:
    return report_article(key).text_sha256
