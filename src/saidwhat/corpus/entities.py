"""Corpus-level speaker entities: which article speakers are the same person or organisation.

Article speakers (:class:`saidwhat.types.Speaker`) are resolved within one article by the engine.
Across articles, this module links each named ``person`` / ``organization`` speaker to an entity
of the store, so that "Bashar Assad", "Bashar al-Assad" and "President Assad" in three outlets
count as one speaker. ``anonymous`` and ``unresolved`` speakers are never linked.

Rules (heuristics of this project, conservative on purpose: a missed merge shows a speaker twice,
a wrong merge silently gives one person's words to another):

* Names are parsed with ``nameparser`` (title, first, middle, last). A one-word name is a
  surname ("Assad"). Surnames are normalised: accents removed, lowercased, Arabic and European
  particles dropped (al-, el-, ad-, van, von, de …), so "al-Assad" and "Assad" share a key.
* **Full names** (a first name and a surname): same surname and compatible first names (equal,
  one an initial of the other, a common nickname, or ``rapidfuzz`` ratio >= 85 for names of six
  letters or more with the same initial, e.g. Mohammad / Mohammed) → same person. Two people who
  share a surname (Donald Trump, Ivanka Trump) are never merged on the surname.
* **A bare surname** ("President Assad", "Assad") is linked to a full-name person with that
  surname when a role word (from the title in the name or the speaker's role, e.g. "president")
  is shared with exactly one such person's roles, or when only one person of that surname is
  known and no role contradicts it. Otherwise (two known Trumps and a plain "Trump") it is
  linked to the surname-only entity of that surname ("Trump"), which stands for "someone called
  Trump". Bare surnames are re-linked whenever a full-name person of that surname appears or
  its role words change, so the result does not depend on the order articles arrive in: a
  second Assad makes an earlier plain "Assad" link ambiguous and undoes it.
* Organisations are merged on their normalised name ("the Kremlin" = "Kremlin").
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from nameparser import HumanName
from rapidfuzz import fuzz

#: Particles dropped from the front of a surname (Arabic article forms, Dutch/German/Romance).
SURNAME_PARTICLES = frozenset(
    "al el ad as ash at az ar an ul van von der den de del della di da du la le ter".split()
)
#: Words that are no evidence of a role: honorifics, function words, qualifiers, demonyms and
#: parties that many different people share.
ROLE_STOPWORDS = frozenset(
    """a an the of for and in on at to mr mrs ms miss mx sir dr former then acting deputy vice
    senior top chief head spokesman spokeswoman spokesperson official officials us u.s. uk un
    american british russian syrian turkish chinese french german israeli iraqi iranian
    palestinian korean japanese indian mexican european african democrat democratic republican
    gop labour conservative state federal national""".split()
)
#: Common English nicknames (first name ↔ nickname), for first-name compatibility.
NICKNAMES: dict[str, str] = {
    "bill": "william", "will": "william", "bob": "robert", "rob": "robert", "bobby": "robert",
    "mike": "michael", "jim": "james", "jimmy": "james", "joe": "joseph", "tom": "thomas",
    "dick": "richard", "rick": "richard", "dan": "daniel", "dave": "david", "chris": "christopher",
    "tony": "anthony", "ted": "edward", "ed": "edward", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "katherine", "steve": "steven", "jeb": "john", "bernie": "bernard", "chuck": "charles",
    "charlie": "charles", "nick": "nicholas", "matt": "matthew", "pat": "patrick", "sam": "samuel",
    "ben": "benjamin", "andy": "andrew", "alex": "alexander", "jon": "jonathan", "don": "donald",
}

_TOKEN = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*", re.UNICODE)


def fold(s: str) -> str:
    """Lowercase, accents removed, curly apostrophes straightened, spaces collapsed."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.replace("’", "'").lower().split())


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name.strip())


def surname_key(last: str) -> str:
    """Normalised surname: "al-Assad" → ``"assad"``, "van Beethoven" → ``"beethoven"``."""
    parts = [p for p in re.split(r"[\s\-]+", fold(_strip_possessive(last)).replace(".", "")) if p]
    while len(parts) > 1 and parts[0] in SURNAME_PARTICLES:
        parts = parts[1:]
    return "".join(re.sub(r"[^\w]", "", p) for p in parts)


def organization_key(name: str) -> str:
    """Normalised organisation name: "the Kremlin's" → ``"kremlin"``, "U.S. Army" → ``"us army"``."""
    s = fold(_strip_possessive(name)).replace(".", "")
    s = re.sub(r"^the\s+", "", s)
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def role_words(*texts: str | None) -> frozenset[str]:
    """The evidence words of roles and titles ("Syrian President" → ``{"president"}``)."""
    words: set[str] = set()
    for t in texts:
        if t:
            words.update(w for w in (m.group(0).rstrip(".") for m in _TOKEN.finditer(fold(t))) if w not in ROLE_STOPWORDS and len(w) > 1)
    return frozenset(words)


@dataclass(frozen=True)
class ParsedName:
    """A person's name split for matching.

    Attributes:
        first: normalised first name ('' when only a surname is known).
        last: normalised surname key (:func:`surname_key`).
        title: the title nameparser found ("President", "Sen."), '' when none.
    """

    first: str
    last: str
    title: str


def parse_person(name: str, role: str | None = None) -> ParsedName:
    """Split a person's name; a role written before the name ("Syrian President Bashar Assad"
    with role "Syrian President") is removed first."""
    n = _strip_possessive(" ".join(name.split()))
    if role and fold(n).startswith(fold(role) + " "):
        n = n[len(role):].strip()
    h = HumanName(n)
    first, last = h.first, h.last
    if not last and first:  # a single word: nameparser calls it a first name; it is a surname
        first, last = "", first
    first_key = fold(first).replace(".", "")
    return ParsedName(first_key.split()[0] if first_key else "", surname_key(last), h.title)


def first_names_compatible(a: str, b: str) -> bool:
    """Whether two normalised first names may be the same person's (see module docstring)."""
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if NICKNAMES.get(a, a) == NICKNAMES.get(b, b):
        return True
    return len(a) >= 6 and len(b) >= 6 and a[0] == b[0] and fuzz.ratio(a, b) >= 85


@dataclass(frozen=True)
class NameKey:
    """What an article speaker is matched on (stored in ``speakers``).

    Attributes:
        name_key: the folded name, for look-ups by name.
        key_last: person: normalised surname; organisation: normalised name; '' when unusable.
        key_first: person: normalised first name, '' for a bare surname or an organisation.
        title: person: the title in the name ("President"), else ''.
    """

    name_key: str
    key_last: str
    key_first: str
    title: str


def name_key(name: str | None, kind: str, role: str | None = None) -> NameKey | None:
    """The matching keys of a speaker, or ``None`` for kinds that are never an entity
    (``anonymous``, ``unresolved``) and empty names."""
    if kind not in ("person", "organization") or not name or not name.strip():
        return None
    if kind == "organization":
        key = organization_key(name)
        return NameKey(fold(name), key, "", "") if key else None
    p = parse_person(name, role)
    return NameKey(fold(name), p.last, p.first, p.title) if p.last else None


def _entity(conn: sqlite3.Connection, kind: str, name: str, key_last: str, key_first: str) -> int:
    return int(conn.execute("INSERT INTO entities (kind, name, key_last, key_first) VALUES (?, ?, ?, ?)",
                            (kind, name.strip(), key_last, key_first)).lastrowid)


def link(conn: sqlite3.Connection, key: NameKey, kind: str, name: str, role: str | None) -> tuple[int, bool]:
    """The entity of a named speaker (created when new). Full-name persons and organisations
    gain the speaker's role and title in ``entity_roles``; a bare surname goes through
    :func:`link_bare`. Call inside the store's transaction.

    Returns:
        ``(entity_id, changed)``: ``changed`` is true when a full-name person was created or
        gained a role, i.e. when bare surnames of its surname must be re-linked
        (:func:`relink_bare`).
    """
    created = False
    if kind == "organization":
        row = conn.execute("SELECT id FROM entities WHERE kind = 'organization' AND key_last = ?", (key.key_last,)).fetchone()
        entity_id = int(row[0]) if row else _entity(conn, kind, name, key.key_last, "")
    elif not key.key_first:
        return link_bare(conn, key.key_last, role_words(role, key.title)), False
    else:
        rows = conn.execute("SELECT id, key_first FROM entities WHERE kind = 'person' AND key_last = ? AND key_first <> '' "
                            "ORDER BY id", (key.key_last,)).fetchall()
        same = [r for r in rows if first_names_compatible(key.key_first, r[1])]
        exact = [r for r in same if r[1] == key.key_first]
        if same:
            entity_id = int((exact or same)[0][0])
        else:
            entity_id, created = _entity(conn, kind, name, key.key_last, key.key_first), True
    gained = False
    before = _roles_of(conn, entity_id) if kind == "person" and not created else frozenset()
    for r in (role, key.title):
        if r and r.strip():
            gained |= conn.execute("INSERT OR IGNORE INTO entity_roles (entity_id, role) VALUES (?, ?)",
                                   (entity_id, r.strip())).rowcount > 0
    # bare surnames need re-linking only when the evidence they are matched against changed
    return entity_id, kind == "person" and (created or (gained and _roles_of(conn, entity_id) != before))


def _roles_of(conn: sqlite3.Connection, entity_id: int) -> frozenset[str]:
    return role_words(*(r for (r,) in conn.execute("SELECT role FROM entity_roles WHERE entity_id = ?", (entity_id,))))


def _people_roles(conn: sqlite3.Connection, key_last: str) -> list[tuple[int, frozenset[str]]]:
    people = conn.execute("SELECT id FROM entities WHERE kind = 'person' AND key_last = ? AND key_first <> '' ORDER BY id",
                          (key_last,)).fetchall()
    return [(int(r[0]), _roles_of(conn, int(r[0]))) for r in people]


def link_bare(conn: sqlite3.Connection, key_last: str, evidence: frozenset[str],
              people: list[tuple[int, frozenset[str]]] | None = None) -> int:
    """The entity of a bare surname with role ``evidence``: the one full-name person of that
    surname whose roles share a word with it, else the surname-only entity (created when new).
    ``people`` (ids and role words of the full-name persons of that surname) may be given when
    already known."""
    people = people if people is not None else _people_roles(conn, key_last)
    if evidence:
        hits = [pid for pid, roles in people if evidence & roles]
        if len(hits) == 1:
            return hits[0]
    if len(people) == 1 and (not evidence or not people[0][1]):
        return people[0][0]  # the only person known by that surname, and no role says otherwise
    row = conn.execute("SELECT id FROM entities WHERE kind = 'person' AND key_last = ? AND key_first = ''", (key_last,)).fetchone()
    if row:
        return int(row[0])
    name = conn.execute("SELECT name FROM speakers WHERE kind = 'person' AND key_last = ? AND key_first = '' LIMIT 1",
                        (key_last,)).fetchone()
    return _entity(conn, "person", name[0] if name else key_last.title(), key_last, "")


def relink_bare(conn: sqlite3.Connection, key_last: str) -> set[int]:
    """Re-link every bare-surname speaker with this surname (after a full-name person of it
    appeared or gained a role), updating their attributions too. Returns the entity ids whose
    speakers changed."""
    touched: set[int] = set()
    people = _people_roles(conn, key_last)
    for rowid, article_id, speaker_id, role, title, old in conn.execute(
            "SELECT rowid, article_id, speaker_id, role, title, entity_id FROM speakers "
            "WHERE kind = 'person' AND key_last = ? AND key_first = ''", (key_last,)).fetchall():
        new = link_bare(conn, key_last, role_words(role, title), people)
        if new != old:
            conn.execute("UPDATE speakers SET entity_id = ? WHERE rowid = ?", (new, rowid))
            conn.execute("UPDATE attributions SET entity_id = ? WHERE article_id = ? AND speaker_id = ?",
                         (new, article_id, speaker_id))
            touched.update(e for e in (old, new) if e is not None)
    return touched


def rebuild_roles(conn: sqlite3.Connection, entity_id: int) -> None:
    """Recompute ``entity_roles`` of an entity from its full-name speakers (after a delete)."""
    conn.execute("DELETE FROM entity_roles WHERE entity_id = ?", (entity_id,))
    for role, title in conn.execute("SELECT role, title FROM speakers WHERE entity_id = ? AND (kind = 'organization' OR "
                                    "key_first <> '')", (entity_id,)).fetchall():
        for r in (role, title):
            if r and r.strip():
                conn.execute("INSERT OR IGNORE INTO entity_roles (entity_id, role) VALUES (?, ?)", (entity_id, r.strip()))


def refresh_name(conn: sqlite3.Connection, entity_id: int) -> None:
    """Set an entity's canonical name: among its article speakers' names, a full name beats a
    bare surname, then the most used, then the longest, then alphabetical."""
    rows = conn.execute("SELECT name, MAX(key_first <> ''), COUNT(*) FROM speakers WHERE entity_id = ? AND name IS NOT NULL "
                        "GROUP BY name", (entity_id,)).fetchall()
    if not rows:
        return
    best = min(rows, key=lambda r: (-int(r[1] or 0), -r[2], -len(r[0]), r[0]))[0]
    conn.execute("UPDATE entities SET name = ? WHERE id = ? AND name <> ?", (best, entity_id, best))
