"""Questions to the corpus store: who is quoted, how often, in which outlets; their quotes.

Every function takes an open :class:`~saidwhat.corpus.store.Store` and returns plain, JSON-ready
dicts and lists. A *speaker* here is a corpus-level entity (a person or organisation, see
:mod:`saidwhat.corpus.entities`); ``anonymous`` and ``unresolved`` sources are counted apart, in
rows with ``id`` and ``name`` ``None``, never as a person. An attribution with no speaker at all
counts as ``unresolved``.

What is counted and listed defaults to what a reader of *who said what* wants: attributions of the
classes :data:`~saidwhat.types.DEFAULT_CLASSES` (speech and writing; an attribution with no class,
as in rows stored before classes existed, counts as speech), negated ones ("declined to comment")
left out. ``classes=None`` (or ``"all"``) counts every class and ``negated=True`` the negated ones
too (see :mod:`saidwhat.filters`).
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..filters import UNCLASSIFIED_AS, ClassesArg, parse_classes
from ..types import DEFAULT_CLASSES, Article, Attribution, Region, Span, Speaker
from .entities import first_names_compatible, fold, organization_key, parse_person, surname_key
from .store import Store

#: SQL for an attribution's corpus-level kind: the entity's kind when linked, else anonymous or
#: unresolved.
_KIND_SQL = ("CASE WHEN a.entity_id IS NOT NULL THEN a.speaker_kind "
             "WHEN a.speaker_kind = 'anonymous' THEN 'anonymous' ELSE 'unresolved' END")
NOT_NAMED = ("anonymous", "unresolved")
#: How an article with no outlet is named where articles are counted by outlet.
UNKNOWN_OUTLET = "unknown outlet"
#: Orders of :func:`quotes`: search rank (the default when searching), newest or oldest first.
QUOTE_SORTS = ("relevance", "newest", "oldest")
#: Longest title shown for an article (longer headlines or first lines are cut, with "…").
TITLE_CHARS = 160

#: SQL for an article's display title: its stored title, else its first non-duplicate headline
#: region (stores written before headlines were recorded as titles), else the start of its text
#: (cut to its first line by :func:`display_title`).
_TITLE_SQL = (
    "COALESCE(ar.title, (SELECT json_extract(r.value, '$.text') FROM json_each(ar.regions) r "
    "WHERE json_extract(r.value, '$.kind') = 'headline' AND json_extract(r.value, '$.duplicate_of') IS NULL "
    "AND trim(json_extract(r.value, '$.text')) != '' ORDER BY json_extract(r.value, '$.start_char') LIMIT 1), "
    "substr(ar.text, 1, 400))")


def display_title(value: str | None) -> str | None:
    """An article's title as shown: the first non-empty line of ``value``, whitespace runs
    collapsed, cut to :data:`TITLE_CHARS` characters (with "…"); ``None`` when nothing is left."""
    for line in (value or "").splitlines():
        title = " ".join(line.split())
        if title:
            return title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1].rstrip() + "…"
    return None


def _filters(outlet: str | None, since: str | None, until: str | None = None) -> tuple[str, list[Any]]:
    where, args = [], []
    if outlet:
        where.append("ar.outlet = ?")
        args.append(outlet)
    if since:
        where.append("ar.published >= ?")
        args.append(str(since))
    if until:
        # published is YYYY-MM-DD (or a longer ISO timestamp): compare its day
        where.append("substr(ar.published, 1, 10) <= ?")
        args.append(str(until))
    return (" AND " + " AND ".join(where)) if where else "", args


def _class_filter(classes: ClassesArg, negated: bool) -> tuple[str, list[Any]]:
    """SQL conditions (`` AND …``, on attributions ``a``) and arguments of a class filter.

    Raises:
        InputError: an unknown class name.
    """
    wanted = parse_classes(classes)
    where, args = "", []
    if not negated:
        where += " AND a.negated = 0"
    if wanted is not None:
        where += f" AND COALESCE(a.cue_class, ?) IN ({','.join('?' * len(wanted))})"
        args += [UNCLASSIFIED_AS, *wanted]
    return where, args


def articles(store: Store, *, outlet: str | None = None, limit: int = 50, offset: int = 0,
             classes: ClassesArg = DEFAULT_CLASSES, negated: bool = False) -> list[dict[str, Any]]:
    """Stored articles, newest publication date first (undated last), then by id.

    Args:
        classes, negated: which attributions ``n_attributions`` counts (see the module).

    Returns:
        Dicts with ``id`` (the text's SHA-256), ``title`` (the given title, else the detected
        headline, else the text's first line: see :func:`display_title`), ``url``, ``outlet``,
        ``published``, ``source`` (these four of its first appearance), ``n_words``, ``n_speakers``
        (the article's speakers), ``n_attributions`` (those that pass the filter), ``n_appearances``
        (the places the text appeared: see :func:`appearances`), ``added_at``.

    Raises:
        InputError: an unknown class name.
    """
    where, args = _filters(outlet, None)
    cwhere, cargs = _class_filter(classes, negated)
    rows = store.conn.execute(
        f"SELECT id, {_TITLE_SQL} AS title, url, outlet, published, source, n_words, n_speakers, "
        f"(SELECT COUNT(*) FROM attributions a WHERE a.article_id = ar.id{cwhere}) AS n_attributions, "
        "(SELECT COUNT(*) FROM appearances ap WHERE ap.article_id = ar.id) AS n_appearances, added_at "
        f"FROM articles ar WHERE 1=1{where} ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
        (*cargs, *args, int(limit), int(offset))).fetchall()
    return [{**dict(r), "title": display_title(r["title"])} for r in rows]


def article(store: Store, article_id: str) -> tuple[Article, dict[str, Any]] | None:
    """One stored article, rebuilt as the :class:`~saidwhat.types.Article` the engine returned,
    with its corpus metadata (``url``, ``outlet``, ``published``, ``source`` of its first
    appearance … ``entities``, a map from article speaker id to corpus speaker id, and
    ``appearances``, every place the text appeared: see :func:`appearances`). ``None`` when
    absent."""
    c = store.conn
    row = c.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    speakers, links = [], {}
    for s in c.execute("SELECT speaker_id, name, kind, role, entity_id, mentions FROM speakers WHERE article_id = ? ORDER BY rowid",
                       (article_id,)):
        speakers.append(Speaker(s["speaker_id"], s["name"], s["kind"], s["role"],
                                tuple(Span.from_dict(m) for m in json.loads(s["mentions"]))))
        links[s["speaker_id"]] = s["entity_id"]
    attributions = tuple(Attribution.from_dict(json.loads(r[0])) for r in
                         c.execute("SELECT record FROM attributions WHERE article_id = ? ORDER BY rowid", (article_id,)))
    art = Article(row["text"], row["id"], row["title"], tuple(Region.from_dict(r) for r in json.loads(row["regions"])),
                  tuple(speakers), attributions, json.loads(row["meta"]))
    metadata = json.loads(row["metadata"])
    metadata.update({"added_at": row["added_at"], "entities": links, "appearances": store.appearances(article_id)})
    return art, metadata


def speakers(store: Store, *, outlet: str | None = None, since: str | None = None,
             limit: int | None = None, offset: int = 0, classes: ClassesArg = DEFAULT_CLASSES,
             negated: bool = False) -> list[dict[str, Any]]:
    """Who is quoted, how often, in how many articles and outlets.

    Args:
        outlet: count only articles of this outlet.
        since: count only articles published on or after this ISO date (``YYYY-MM-DD``);
            undated articles are then left out.
        limit: at most this many named speakers; offset: skip this many named speakers first.
        classes: count only attributions of these classes (speech and writing by default;
            ``None`` or ``"all"``: every class); a speaker with none is not listed.
        negated: count negated attributions too.

    Returns:
        Named speakers, most attributions first, as dicts ``id``, ``name``, ``kind``
        (``person``/``organization``), ``n_attributions``, ``n_articles``, ``outlets``
        (``{outlet: n_attributions}`` of the known outlets), ``n_outlets`` (how many known
        outlets) and ``unknown_outlet`` (attributions in articles whose outlet is unknown, such as
        a plain ``.txt`` ingest: a bucket of its own, which the web viewer draws and counts); then
        at most two rows for ``anonymous`` and ``unresolved`` sources with ``id`` and ``name``
        ``None`` (present only when counted).

    Raises:
        InputError: an unknown class name.
    """
    where, args = _filters(outlet, since)
    cwhere, cargs = _class_filter(classes, negated)
    where, args = where + cwhere, args + cargs
    kind = _KIND_SQL
    rows = store.conn.execute(
        f"SELECT a.entity_id AS eid, {kind} AS k, COUNT(*) AS n_attributions, COUNT(DISTINCT a.article_id) AS n_articles, "
        "COUNT(DISTINCT ar.outlet) AS n_known_outlets, SUM(ar.outlet IS NULL) AS unknown_outlet "
        "FROM attributions a JOIN articles ar ON ar.id = a.article_id "
        f"WHERE 1=1{where} GROUP BY eid, k", args).fetchall()
    per_outlet: dict[tuple[Any, str], dict[str, int]] = {}
    for r in store.conn.execute(
            f"SELECT a.entity_id AS eid, {kind} AS k, ar.outlet AS outlet, COUNT(*) AS n FROM attributions a "
            f"JOIN articles ar ON ar.id = a.article_id WHERE ar.outlet IS NOT NULL{where} GROUP BY eid, k, outlet", args):
        per_outlet.setdefault((r["eid"], r["k"]), {})[r["outlet"]] = r["n"]
    names = {r[0]: r[1] for r in store.conn.execute("SELECT id, name FROM entities")}
    named, apart = [], []
    for r in rows:
        unknown = int(r["unknown_outlet"] or 0)
        d = {"id": r["eid"], "name": names.get(r["eid"]) if r["eid"] is not None else None, "kind": r["k"],
             "n_attributions": r["n_attributions"], "n_articles": r["n_articles"],
             "n_outlets": r["n_known_outlets"],
             "outlets": dict(sorted(per_outlet.get((r["eid"], r["k"]), {}).items(), key=lambda kv: (-kv[1], kv[0]))),
             "unknown_outlet": unknown}
        (apart if r["k"] in NOT_NAMED else named).append(d)
    named.sort(key=lambda d: (-d["n_attributions"], -d["n_articles"], d["name"] or "", d["id"]))
    apart.sort(key=lambda d: NOT_NAMED.index(d["kind"]))
    named = named[offset:] if offset else named
    return (named[:limit] if limit is not None else named) + apart


def find_speakers(store: Store, name: str) -> list[int]:
    """Ids of corpus speakers a user's ``name`` may mean: an id; else speakers an article called
    exactly that, or whose canonical or organisation name it is (case and accents ignored); else,
    for one word, persons with that surname; else those a name containing it was used for."""
    name = name.strip()
    if name.isdigit():
        return [int(name)]
    c = store.conn
    key = fold(name)
    ids = {r[0] for r in c.execute("SELECT DISTINCT entity_id FROM speakers WHERE name_key = ? AND entity_id IS NOT NULL", (key,))}
    ids |= {r[0] for r in c.execute("SELECT id FROM entities WHERE kind = 'organization' AND key_last = ?", (organization_key(name),))}
    ids |= {r[0] for r in c.execute("SELECT id, name FROM entities").fetchall() if fold(r[1]) == key}
    if not ids and len(name.split()) == 1:
        ids = {r[0] for r in c.execute("SELECT id FROM entities WHERE kind = 'person' AND key_last = ?", (surname_key(name),))}
    if not ids:
        # a variant of a known name, matched as entity linking does: "Bashar al-Assad" (surname
        # particles), "President Assad" (a title and a surname), "B. Assad" (an initial)
        p = parse_person(name)
        if p.last:
            rows = c.execute("SELECT id, key_first FROM entities WHERE kind = 'person' AND key_last = ?", (p.last,)).fetchall()
            ids = {r[0] for r in rows if not p.first or first_names_compatible(p.first, r[1] or "")}
    if not ids and key:
        ids = {r[0] for r in c.execute("SELECT DISTINCT entity_id FROM speakers WHERE name_key LIKE ? AND entity_id IS NOT NULL",
                                       (f"%{key}%",))}
    return sorted(ids)


def fts_query(text: str) -> str:
    """A safe FTS5 query for free text: every word must occur (``"a" "b"``); a phrase in double
    quotes stays a phrase."""
    parts = []
    for m in re.finditer(r'"([^"]+)"|(\w+)', text):
        if m.group(1):
            words = re.findall(r"\w+", m.group(1))
            if words:
                parts.append('"' + " ".join(words) + '"')
        else:
            parts.append(f'"{m.group(2)}"')
    return " ".join(parts)


#: Marks that FTS5's highlight() puts around each matched phrase (control characters: an article
#: text holding one of them gets no match offsets rather than wrong ones).
_MATCH_OPEN, _MATCH_CLOSE = "\x02", "\x03"


def _match_spans(highlighted: str | None, content_text: str, start_char: int) -> list[dict[str, Any]]:
    """Spans (article text characters) of the phrases FTS5 marked in ``highlighted``: the
    content text with :data:`_MATCH_OPEN`/:data:`_MATCH_CLOSE` around each match."""
    if not highlighted or _MATCH_OPEN in content_text or _MATCH_CLOSE in content_text:
        return []
    spans: list[tuple[int, int]] = []
    pos, opened = 0, None
    for ch in highlighted:
        if ch == _MATCH_OPEN:
            opened = pos
        elif ch == _MATCH_CLOSE:
            if opened is not None and pos > opened:
                spans.append((opened, pos))
            opened = None
        else:
            pos += 1
    if pos != len(content_text):  # not the text we stored: give nothing rather than wrong offsets
        return []
    return [{"start_char": start_char + s, "end_char": start_char + e, "text": content_text[s:e]} for s, e in spans]


def _quote_dict(r: Any) -> dict[str, Any]:
    d = json.loads(r["record"])
    d["article_speaker_id"] = d.pop("speaker_id")
    d.update({"article_id": r["article_id"], "title": display_title(r["title"]), "url": r["url"], "outlet": r["outlet"],
              "published": r["published"], "speaker_id": r["entity_id"], "speaker_kind": r["k"],
              "speaker_name": r["entity_name"] if r["entity_id"] is not None else None,
              "speaker_role": r["role"],
              "matches": _match_spans(r["highlighted"], r["content_text"], r["content_start"])})
    return d


def quotes(store: Store, *, speaker: str | int | None = None, search: str | None = None, outlet: str | None = None,
           since: str | None = None, until: str | None = None, sort: str | None = None,
           limit: int | None = 50, offset: int = 0, classes: ClassesArg = DEFAULT_CLASSES,
           negated: bool = False) -> list[dict[str, Any]]:
    """Attributions, with their article and corpus speaker.

    Args:
        speaker: a corpus speaker id, a name (see :func:`find_speakers`; all speakers it may
            mean), or ``"anonymous"`` / ``"unresolved"``.
        search: words that must all occur in the content (FTS5; ``"a phrase"`` in quotes).
        outlet: only this outlet's articles.
        since: only articles published on or after this ISO date (``YYYY-MM-DD``).
        until: only articles published on or before this ISO date. With ``since`` or
            ``until``, undated articles are left out.
        sort: one of :data:`QUOTE_SORTS`: ``relevance`` (FTS5 rank; the default when
            searching, else the same as ``newest``), ``newest`` or ``oldest`` (by publication
            date, undated articles last; then by article and text order).
        limit: at most this many (``None``: all); offset: skip this many.
        classes: only attributions of these classes (speech and writing by default; ``None`` or
            ``"all"``: every class; no class counts as speech).
        negated: negated attributions too.

    Returns:
        Dicts: the attribution's fields (:meth:`saidwhat.types.Attribution.to_dict`, offsets in
        characters of the article's text) with its article-local speaker id renamed
        ``article_speaker_id``, plus ``article_id``, ``title`` (see :func:`articles`), ``url``,
        ``outlet``, ``published``, ``speaker_id`` (the corpus speaker id, ``None`` when not
        named), ``speaker_name``, ``speaker_kind``, ``speaker_role`` (its role in that article)
        and ``matches``: the spans of the content that ``search`` matched (FTS5 ``highlight``;
        ``[{"start_char", "end_char", "text"}]`` in characters of the article's text, ``[]``
        when not searching).

    Raises:
        ValueError: ``sort`` is not one of :data:`QUOTE_SORTS`.
        InputError: an unknown class name.
    """
    if sort is not None and sort not in QUOTE_SORTS:
        raise ValueError(f"sort: {sort!r} is not one of {', '.join(QUOTE_SORTS)}")
    where, args = _filters(outlet, since, until)
    cwhere, cargs = _class_filter(classes, negated)
    where, args = where + cwhere, args + cargs
    joins = ""
    highlighted = "NULL"
    select_args: list[Any] = []
    tie = "a.article_id, a.content_start, a.rowid"
    order = f"ar.published {'ASC' if sort == 'oldest' else 'DESC'} NULLS LAST, {tie}"
    if speaker is not None and str(speaker).strip().lower() in NOT_NAMED:
        where += f" AND ({_KIND_SQL}) = ?"
        args.append(str(speaker).strip().lower())
    elif speaker is not None:
        ids = [int(speaker)] if isinstance(speaker, int) else find_speakers(store, str(speaker))
        if not ids:
            return []
        where += f" AND a.entity_id IN ({','.join('?' * len(ids))})"
        args.extend(ids)
    if search is not None:
        q = fts_query(search)
        if not q:
            return []
        joins = "JOIN attributions_fts f ON f.rowid = a.rowid"
        where += " AND attributions_fts MATCH ?"
        args.append(q)
        highlighted = "highlight(attributions_fts, 0, ?, ?)"
        select_args = [_MATCH_OPEN, _MATCH_CLOSE]
        if sort in (None, "relevance"):
            order = "f.rank, " + order
    sql = (f"SELECT a.record, a.article_id, a.entity_id, {_KIND_SQL} AS k, e.name AS entity_name, s.role AS role, "
           f"{_TITLE_SQL} AS title, ar.url, ar.outlet, ar.published, a.content_text, a.content_start, "
           f"{highlighted} AS highlighted FROM attributions a JOIN articles ar ON ar.id = a.article_id "
           f"{joins} LEFT JOIN entities e ON e.id = a.entity_id "
           "LEFT JOIN speakers s ON s.article_id = a.article_id AND s.speaker_id = a.speaker_id "
           f"WHERE 1=1{where} ORDER BY {order} LIMIT ? OFFSET ?")
    rows = store.conn.execute(sql, (*select_args, *args, -1 if limit is None else int(limit), int(offset))).fetchall()
    return [_quote_dict(r) for r in rows]


#: Columns of :func:`quote_rows` (the web viewer's CSV and JSON downloads of a quote search), in order.
QUOTE_COLUMNS = (
    "article_id", "attribution_id", "title", "outlet", "published", "url", "speaker_id", "speaker_name",
    "speaker_kind", "speaker_role", "type", "cue_class", "negated", "question", "cue", "content", "content_start",
    "content_end", "matched", "confidence",
)


def quote_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flat rows (keys :data:`QUOTE_COLUMNS`) of :func:`quotes` results: ``content`` is the
    content's text (a split quote's pieces joined by " … "), ``cue`` the cue's text,
    ``matched`` the matched phrases joined by "; ", offsets in characters of the article's text."""
    out = []
    for q in rows:
        content = q.get("content") or {}
        pieces = content.get("pieces") or [content]
        cue = q.get("cue") or {}
        out.append({
            "article_id": q["article_id"], "attribution_id": q["id"], "title": q["title"], "outlet": q["outlet"],
            "published": q["published"], "url": q["url"], "speaker_id": q["speaker_id"], "speaker_name": q["speaker_name"],
            "speaker_kind": q["speaker_kind"], "speaker_role": q["speaker_role"], "type": q["type"],
            "cue_class": q.get("cue_class"), "negated": bool(q.get("negated")), "question": bool(q.get("question")),
            "cue": cue.get("text"), "content": " … ".join(p.get("text", "") for p in pieces),
            "content_start": content.get("start_char"), "content_end": content.get("end_char"),
            "matched": "; ".join(m["text"] for m in q.get("matches") or []), "confidence": q.get("confidence"),
        })
    return out


def speaker(store: Store, speaker_id: int | str, *, limit: int | None = 100, classes: ClassesArg = DEFAULT_CLASSES,
            negated: bool = False) -> dict[str, Any] | None:
    """One corpus speaker: ``id``, ``name``, ``kind``, counts as in :func:`speakers` (``outlets``,
    ``unknown_outlet``, ``n_outlets``),
    ``aliases`` (``[{"name", "n_articles"}]``, most used first), ``roles`` (``[{"role",
    "n_articles"}]``) and ``attributions`` (as :func:`quotes`, at most ``limit``). The counts and
    attributions are those of ``classes`` and ``negated`` (as in :func:`speakers`); names and
    roles are every article's. ``None`` when there is no such speaker.

    Raises:
        InputError: an unknown class name.
    """
    cwhere, cargs = _class_filter(classes, negated)
    try:
        eid = int(speaker_id)
    except (TypeError, ValueError):
        return None
    c = store.conn
    e = c.execute("SELECT id, name, kind FROM entities WHERE id = ?", (eid,)).fetchone()
    if e is None:
        return None
    counts = c.execute("SELECT COUNT(*), COUNT(DISTINCT a.article_id), COUNT(DISTINCT ar.outlet), SUM(ar.outlet IS NULL) "
                       f"FROM attributions a JOIN articles ar ON ar.id = a.article_id WHERE a.entity_id = ?{cwhere}",
                       (eid, *cargs)).fetchone()
    unknown = int(counts[3] or 0)
    outlets = {r[0]: r[1] for r in c.execute(
        "SELECT ar.outlet, COUNT(*) AS n FROM attributions a JOIN articles ar ON ar.id = a.article_id "
        f"WHERE a.entity_id = ? AND ar.outlet IS NOT NULL{cwhere} GROUP BY ar.outlet ORDER BY n DESC, ar.outlet",
        (eid, *cargs))}
    aliases = [{"name": r[0], "n_articles": r[1]} for r in c.execute(
        "SELECT name, COUNT(DISTINCT article_id) AS n FROM speakers WHERE entity_id = ? GROUP BY name ORDER BY n DESC, name", (eid,))]
    roles = [{"role": r[0], "n_articles": r[1]} for r in c.execute(
        "SELECT role, COUNT(DISTINCT article_id) AS n FROM speakers WHERE entity_id = ? AND role IS NOT NULL "
        "GROUP BY role ORDER BY n DESC, role", (eid,))]
    return {"id": e["id"], "name": e["name"], "kind": e["kind"], "n_attributions": counts[0], "n_articles": counts[1],
            "n_outlets": counts[2], "outlets": outlets, "unknown_outlet": unknown,
            "aliases": aliases, "roles": roles,
            "attributions": quotes(store, speaker=eid, limit=limit, classes=classes, negated=negated)}


def outlets(store: Store) -> list[dict[str, Any]]:
    """Outlets with their number of articles and attributions, most articles first."""
    rows = store.conn.execute(
        "SELECT outlet, COUNT(*) AS n_articles, SUM(n_attributions) AS n_attributions FROM articles "
        "WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n_articles DESC, outlet").fetchall()
    return [dict(r) for r in rows]


def rejects(store: Store) -> list[dict[str, Any]]:
    """Inputs that could not be ingested: ``source``, ``cause``, ``message``, ``at``."""
    return [dict(r) for r in store.conn.execute("SELECT source, cause, message, at FROM rejects ORDER BY source")]


# ---- appearances and statements (issue 13) --------------------------------------------------

def appearances(store: Store, article_id: str) -> list[dict[str, Any]]:
    """Every place the text ``article_id`` appeared (``url``, ``outlet``, ``published``, ``source``,
    ``added_at``), earliest date first (undated last); ``[]`` when there is no such article."""
    return store.appearances(article_id)


#: Columns of :func:`statements` rows in the CLI's table/CSV and the order they read in.
STATEMENT_COLUMNS = ("id", "speaker_name", "text", "n_members", "n_articles", "n_appearances", "n_outlets", "outlets",
                     "first_published", "last_published", "drift")


def _statement_row(r: Any) -> dict[str, Any]:
    return {"id": r["id"], "text": r["text"], "speaker_id": r["entity_id"], "speaker_name": r["speaker_name"],
            "n_members": r["n_members"], "n_articles": r["n_articles"], "n_appearances": r["n_appearances"],
            "n_outlets": r["n_outlets"], "outlets": json.loads(r["outlets"]), "first_published": r["first_published"],
            "last_published": r["last_published"], "drift": json.loads(r["drift_classes"]),
            "canonical": {"article_id": r["canonical_article"], "attribution_id": r["canonical_attribution"],
                          "title": display_title(r["title"]), "outlet": r["c_outlet"], "published": r["c_published"],
                          "url": r["c_url"]},
            "updated_at": r["updated_at"]}


def _drift_class(drift: str | None) -> str | None:
    """A drift class as a user gives it (``changed-words``, ``punctuation``, ``speaker_conflict``).

    Raises:
        InputError: not one of :data:`saidwhat.statements.DRIFT_CLASSES`.
    """
    from ..errors import InputError
    from ..statements import DRIFT_CLASSES

    if drift is None or not str(drift).strip():
        return None
    name = str(drift).strip().lower().replace("_", "-")
    for known in DRIFT_CLASSES:
        if name in (known, known.split("/")[0]):
            return known
    raise InputError(f"drift: unknown class {drift!r} (use one of {', '.join(DRIFT_CLASSES)})")


_STATEMENT_SQL = (
    f"SELECT s.*, {_TITLE_SQL} AS title, m.outlet AS c_outlet, m.published AS c_published, ar.url AS c_url FROM statements s "
    "LEFT JOIN articles ar ON ar.id = s.canonical_article "
    "LEFT JOIN statement_members m ON m.article_id = s.canonical_article AND m.attribution_id = s.canonical_attribution")


def statements(store: Store, *, speaker: str | int | None = None, min_outlets: int | None = None,
               drift: str | None = None, min_appearances: int = 2, limit: int | None = 50,
               offset: int = 0) -> list[dict[str, Any]]:
    """Statements (an utterance and the attributions across articles that report it, placed by
    :func:`saidwhat.corpus.statements.track`), most widely reported first.

    Args:
        speaker: a corpus speaker id or a name (see :func:`find_speakers`): statements that one
            of its members credits to them (the statement's own speaker is its earliest full
            form's; another speaker credited with the same words is a ``speaker-conflict``).
        min_outlets: only statements reported by at least this many known outlets.
        drift: only statements with a member of this drift class (one of
            :data:`saidwhat.statements.DRIFT_CLASSES`; ``punctuation`` and ``_`` for ``-`` are
            accepted).
        min_appearances: only statements with at least this many appearances (the appearances
            of their member articles; 2 by default: reported more than once; 1: every statement).
        limit: at most this many (``None``: all); offset: skip this many.

    Returns:
        Dicts ``id``, ``text`` (the earliest full form's content), ``speaker_id`` (corpus speaker,
        ``None`` when not named), ``speaker_name``, ``n_members`` (attributions), ``n_articles``,
        ``n_appearances``, ``n_outlets``, ``outlets`` (sorted), ``first_published``,
        ``last_published``, ``drift`` (the members' drift classes), ``canonical`` (``article_id``,
        ``attribution_id``, ``title``, ``outlet``, ``published``, ``url`` of the earliest full
        form) and ``updated_at``; most outlets first, then most appearances, then the earliest.
        They are as of the last ``track``.

    Raises:
        InputError: an unknown drift class.
    """
    wanted = _drift_class(drift)
    where, args = ["s.merged_into IS NULL", "s.n_appearances >= ?"], [int(min_appearances)]
    if min_outlets:
        where.append("s.n_outlets >= ?")
        args.append(int(min_outlets))
    if wanted:
        where.append("EXISTS (SELECT 1 FROM json_each(s.drift_classes) j WHERE j.value = ?)")
        args.append(wanted)
    if speaker is not None:
        ids = [int(speaker)] if isinstance(speaker, int) else find_speakers(store, str(speaker))
        if not ids:
            return []
        where.append("s.id IN (SELECT m2.statement_id FROM statement_members m2 JOIN attributions a ON "
                     "a.article_id = m2.article_id AND a.attribution_id = m2.attribution_id "
                     f"WHERE a.entity_id IN ({','.join('?' * len(ids))}))")
        args.extend(ids)
    rows = store.conn.execute(
        f"{_STATEMENT_SQL} WHERE {' AND '.join(where)} ORDER BY s.n_outlets DESC, s.n_appearances DESC, "
        "s.first_published NULLS LAST, s.id LIMIT ? OFFSET ?", (*args, -1 if limit is None else int(limit), int(offset)))
    return [_statement_row(r) for r in rows]


def statement(store: Store, statement_id: int | str) -> dict[str, Any] | None:
    """One statement with every member and appearance; ``None`` when there is none. A statement
    that a later ``track`` merged into another (a report joined both) gives that other one (its
    ``id`` then differs from ``statement_id``).

    Returns:
        The row of :func:`statements`, plus:

        ``members``: the attributions that report it, the earliest full form first, then by date:
        ``article_id``, ``attribution_id``, ``title``, ``outlet`` and ``published`` (the article's
        earliest appearance), ``url``, ``type``, ``cue_class``, ``negated``, ``question``,
        ``speaker_id``, ``speaker_name``, ``speaker_kind``, ``source``, ``cue`` (texts), ``content``
        (``Span.to_dict()``, offsets in characters of the article's text), ``text`` (what the
        statement compares: the content's text, a split quote's pieces joined), ``canonical``,
        ``drift`` (``classes``, ``added``, ``dropped``, ``kept``: see
        :class:`saidwhat.statements.Drift`) and ``appearances`` (the article's, as
        :func:`appearances`);

        ``timeline``: every appearance of every member article, earliest first (undated last):
        ``outlet``, ``published``, ``url``, ``source``, ``article_id``, ``attribution_id``, ``title``;

        ``first_appearance``: the first of ``timeline`` (``None`` when empty);

        ``by_outlet``: ``[{"outlet", "first_published", "last_published", "appearances": [...]}]``,
        the timeline grouped by outlet (``None`` for an unknown one), the earliest outlet first.
    """
    from .statements import content_for_statements

    def pieces(content: dict[str, Any] | None) -> str | None:
        return json.dumps(content["pieces"]) if content and content.get("pieces") else None

    try:
        sid = int(statement_id)
    except (TypeError, ValueError):
        return None
    c = store.conn
    r = c.execute(f"{_STATEMENT_SQL} WHERE s.id = ?", (sid,)).fetchone()
    for _ in range(100):  # a merged statement: the one that holds its members now
        if r is None or r["merged_into"] is None:
            break
        sid = int(r["merged_into"])
        r = c.execute(f"{_STATEMENT_SQL} WHERE s.id = ?", (sid,)).fetchone()
    if r is None or r["merged_into"] is not None:
        return None
    out = _statement_row(r)
    members = []
    for m in c.execute(
            f"SELECT m.article_id, m.attribution_id, m.outlet, m.published, m.canonical, m.drift, m.seq, a.record, a.entity_id, "
            f"{_KIND_SQL} AS k, COALESCE(e.name, s.name) AS speaker_name, {_TITLE_SQL} AS title, ar.url "
            "FROM statement_members m JOIN attributions a ON a.article_id = m.article_id AND a.attribution_id = m.attribution_id "
            "JOIN articles ar ON ar.id = m.article_id LEFT JOIN entities e ON e.id = a.entity_id "
            "LEFT JOIN speakers s ON s.article_id = a.article_id AND s.speaker_id = a.speaker_id "
            "WHERE m.statement_id = ? ORDER BY m.canonical DESC, m.published IS NULL, m.published, m.seq", (sid,)):
        rec = json.loads(m["record"])
        members.append({
            "article_id": m["article_id"], "attribution_id": m["attribution_id"], "title": display_title(m["title"]),
            "outlet": m["outlet"], "published": m["published"], "url": m["url"], "type": rec.get("type"),
            "cue_class": rec.get("cue_class"), "negated": bool(rec.get("negated")), "question": bool(rec.get("question")),
            "speaker_id": m["entity_id"], "speaker_name": m["speaker_name"], "speaker_kind": m["k"],
            "source": (rec.get("source") or {}).get("text"), "cue": (rec.get("cue") or {}).get("text"),
            "content": rec.get("content"), "text": content_for_statements((rec.get("content") or {}).get("text", ""),
                                                                            pieces(rec.get("content"))),
            "canonical": bool(m["canonical"]), "drift": json.loads(m["drift"]),
            "appearances": store.appearances(m["article_id"])})
    timeline = []
    for mem in members:
        for ap in mem["appearances"]:
            timeline.append({"outlet": ap["outlet"], "published": ap["published"], "url": ap["url"], "source": ap["source"],
                             "article_id": mem["article_id"], "attribution_id": mem["attribution_id"], "title": mem["title"]})
    timeline.sort(key=lambda t: (t["published"] is None, t["published"] or "", t["outlet"] is None, t["outlet"] or ""))
    by_outlet: dict[str | None, list[dict[str, Any]]] = {}
    for t in timeline:
        by_outlet.setdefault(t["outlet"], []).append(t)
    out.update({
        "members": members, "timeline": timeline, "first_appearance": timeline[0] if timeline else None,
        "by_outlet": [{"outlet": o, "first_published": next((t["published"] for t in ts if t["published"]), None),
                       "last_published": max((t["published"] for t in ts if t["published"]), default=None),
                       "appearances": ts} for o, ts in by_outlet.items()]})
    return out
