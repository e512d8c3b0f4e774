"""Queries over the store: who is quoted, how often, where; their quotes."""

from __future__ import annotations

import itertools

import pytest
from test_corpus_fixtures import OUTLET_ARTICLES, seed_article

from saidwhat.corpus import query
from saidwhat.corpus.ingest import add_article
from saidwhat.corpus.store import Store


def _store(order: tuple[str, ...]) -> Store:
    store = Store(":memory:")
    for name in order:
        url, published, art = OUTLET_ARTICLES[name]
        add_article(store, art, {"url": url, "published": published, "title": name})
    return store


def _by_name(rows):
    return {r["name"]: r for r in rows if r["name"]}


@pytest.mark.parametrize("order", list(itertools.permutations(OUTLET_ARTICLES)))
def test_one_person_under_three_names_in_three_outlets_whatever_the_order(order):
    with _store(order) as store:
        rows = query.speakers(store)
        named = _by_name(rows)
        assad = named["Bashar al-Assad"]  # one use each: the longer full name is canonical
        assert (assad["n_attributions"], assad["n_articles"], assad["n_outlets"]) == (3, 3, 3)
        assert assad["outlets"] == {"apnews.com": 1, "bbc.co.uk": 1, "nytimes.com": 1}
        # people who share a surname stay apart; a bare "Trump" with no role joins neither
        assert named["Asma Assad"]["n_attributions"] == 1
        assert named["Donald Trump"]["n_attributions"] == 1
        assert named["Ivanka Trump"]["n_attributions"] == 1
        assert named["Trump"]["n_attributions"] == 1
        assert len(named) == 5
        assert rows[0]["name"] == "Bashar al-Assad"
        apart = [r for r in rows if r["kind"] in ("anonymous", "unresolved")]
        assert [(r["kind"], r["id"], r["name"], r["n_attributions"]) for r in apart] == [
            ("anonymous", None, None, 1), ("unresolved", None, None, 1)]
        assert all(r["kind"] in ("person", "organization") for r in rows if r["id"] is not None)
        detail = query.speaker(store, assad["id"])
        assert {a["name"] for a in detail["aliases"]} == {"Bashar Assad", "Bashar al-Assad", "President Assad"}
        assert len(detail["attributions"]) == 3


def test_speakers_filters_by_outlet_and_date():
    with _store(tuple(OUTLET_ARTICLES)) as store:
        bbc = query.speakers(store, outlet="bbc.co.uk")
        assert {r["name"] for r in bbc if r["name"]} == {"Bashar al-Assad", "Donald Trump"}
        assert _by_name(bbc)["Bashar al-Assad"]["n_attributions"] == 1
        assert [r["kind"] for r in bbc if r["id"] is None] == ["anonymous"]
        late = query.speakers(store, since="2017-02-12")
        assert _by_name(late)["Bashar al-Assad"]["outlets"] == {"apnews.com": 1}
        assert query.speakers(store, since="2030-01-01") == []
        assert len([r for r in query.speakers(store, limit=2) if r["id"] is not None]) == 2
        everyone = [r["id"] for r in query.speakers(store) if r["id"] is not None]
        assert [r["id"] for r in query.speakers(store, limit=2, offset=1) if r["id"] is not None] == everyone[1:3]


def test_quotes_by_speaker_name_variant_search_and_outlet():
    with _store(tuple(OUTLET_ARTICLES)) as store:
        for name in ("Bashar Assad", "bashar al-assad", "President Assad"):
            got = query.quotes(store, speaker=name)
            assert sorted(q["content"]["text"] for q in got) == [
                "the Russians were genuine", "the United States is welcome to fight terrorism", "the war would end this year"]
            assert {q["speaker_name"] for q in got} == {"Bashar al-Assad"}
        # a name some article used means that speaker; else one word means every person of that surname
        assert [q["speaker_name"] for q in query.quotes(store, speaker="Trump")] == ["Trump"]
        assert sorted({q["speaker_name"] for q in query.quotes(store, speaker="assad")}) == ["Asma Assad", "Bashar al-Assad"]
        assert {q["speaker_name"] for q in query.quotes(store, speaker="Ivanka")} == {"Ivanka Trump"}
        assert len(query.quotes(store, speaker="Ivanka Trump")) == 1
        assert query.quotes(store, speaker="Nobody Atall") == []
        hits = query.quotes(store, search="terrorism")
        assert sorted(q["outlet"] for q in hits) == ["apnews.com", "nytimes.com"]
        assert query.quotes(store, search="terrorism", outlet="apnews.com")[0]["speaker_name"] == "Trump"
        assert query.quotes(store, search='"war would end"')[0]["speaker_name"] == "Bashar al-Assad"
        assert query.quotes(store, search="AND OR (") == []  # FTS syntax in user text is not an error
        anon = query.quotes(store, speaker="anonymous")
        assert [(q["speaker_id"], q["speaker_name"], q["speaker_kind"]) for q in anon] == [(None, None, "anonymous")]
        assert len(query.quotes(store, limit=2)) == 2 and len(query.quotes(store, limit=None)) == 9
        q = query.quotes(store, speaker="Donald Trump")[0]
        assert q["article_speaker_id"] == "s2" and q["speaker_role"] == "President" and q["published"] == "2017-02-11"


def test_articles_listing():
    with _store(tuple(OUTLET_ARTICLES)) as store:
        rows = query.articles(store)
        assert [r["title"] for r in rows] == ["ap", "bbc", "nytimes"]  # newest first
        assert rows[0]["n_attributions"] == 4 and rows[0]["outlet"] == "apnews.com"
        assert [r["title"] for r in query.articles(store, outlet="bbc.co.uk")] == ["bbc"]
        assert query.article(store, "0" * 64) is None
        assert query.outlets(store)[0]["n_articles"] == 1


def test_seed_article_speakers_and_quotes():
    art = seed_article()
    with Store(":memory:") as store:
        add_article(store, art, {"url": "https://apnews.com/assad"})
        rows = query.speakers(store)
        named = _by_name(rows)
        n_assad = sum(1 for a in art.attributions if art.speaker(a.speaker_id).name == "Bashar Assad")
        assert rows[0]["name"] == "Bashar Assad" and rows[0]["n_attributions"] == n_assad == 18
        assert named["Dmitry Peskov"]["n_attributions"] == 2
        assert named["Kremlin"]["kind"] == "organization"
        assert set(named) == {"Bashar Assad", "Donald Trump", "Syrian government", "Kremlin", "Dmitry Peskov", "Numan Kurtulmus"}
        peskov = query.quotes(store, speaker="Peskov")
        assert [q["content"]["text"] for q in peskov][1] == "Erdogan is set to visit Russia next month"
        assert peskov[0]["speaker_role"] == "Kremlin spokesman"
        split = [q for q in query.quotes(store, speaker="Assad", limit=None) if q["content"].get("pieces")]
        assert split and all(len(q["content"]["pieces"]) == 2 for q in split)
        assert {q["speaker_name"] for q in query.quotes(store, search="sovereignty")} == {"Bashar Assad"}


def test_bare_surname_link_is_undone_when_a_second_person_makes_it_ambiguous():
    from test_corpus_fixtures import make_article

    a = make_article("Syrian President Bashar Assad said the war would end.", [("Bashar Assad", "person", "Syrian President")],
                     [(1, "the war would end")])
    b = make_article("President Assad said peace was near.", [("President Assad", "person", None)], [(1, "peace was near")])
    c = make_article("Former vice president Rifaat al-Assad said he would return.",
                     [("Rifaat al-Assad", "person", "former vice president")], [(1, "he would return")])
    with Store(":memory:") as store:
        add_article(store, a, {})
        add_article(store, b, {})
        assert query.quotes(store, search="peace")[0]["speaker_name"] == "Bashar Assad"
        add_article(store, c, {})
        # two Assads were presidents of something: "President Assad" is no longer known to be Bashar
        assert query.quotes(store, search="peace")[0]["speaker_name"] == "President Assad"
        names = {r["name"]: r["n_attributions"] for r in query.speakers(store)}
        assert names == {"Bashar Assad": 1, "Rifaat al-Assad": 1, "President Assad": 1}
        # replacing Rifaat's article with one where he has no role makes the link certain again
        c2 = make_article(c.text, [("Rifaat al-Assad", "person", None)], [(1, "he would return")])
        add_article(store, c2, {}, replace=True)
        assert query.quotes(store, search="peace")[0]["speaker_name"] == "Bashar Assad"


def test_plain_surname_joins_the_only_person_of_that_name_until_a_second_one_appears():
    from test_corpus_fixtures import make_article

    a = make_article("Bashar Assad said the war would end.", [("Bashar Assad", "person", None)], [(1, "the war would end")])
    b = make_article("Assad said peace was near.", [("Assad", "person", None)], [(1, "peace was near")])
    c = make_article("Asma Assad said the hospital reopened.", [("Asma Assad", "person", "first lady")], [(1, "the hospital reopened")])
    for order in itertools.permutations((a, b, c)):
        with Store(":memory:") as store:
            for art in order:
                add_article(store, art, {})
            names = {r["name"]: r["n_attributions"] for r in query.speakers(store)}
            assert names == {"Bashar Assad": 1, "Asma Assad": 1, "Assad": 1}
    with Store(":memory:") as store:
        add_article(store, b, {})
        add_article(store, a, {})
        assert {r["name"]: r["n_attributions"] for r in query.speakers(store)} == {"Bashar Assad": 2}
        add_article(store, c, {})
        assert {r["name"]: r["n_attributions"] for r in query.speakers(store)} == {"Bashar Assad": 1, "Asma Assad": 1, "Assad": 1}


# ---- titles, unknown outlets, date ranges, sorting and matches (issue 16) ----------------------

def test_an_untitled_article_is_stored_and_listed_under_its_headline():
    import web_fixtures as wf

    untitled = wf.untitled_article()
    with Store(":memory:") as store:
        add_article(store, untitled, {"source": "bridge.txt"})
        row = store.conn.execute("SELECT title, metadata FROM articles").fetchone()
        assert row["title"] == wf.UNTITLED_HEADLINE and '"title_source": "headline"' in row["metadata"]
        assert query.articles(store)[0]["title"] == wf.UNTITLED_HEADLINE
        assert query.article(store, untitled.text_sha256)[0].title == wf.UNTITLED_HEADLINE
        # a store written before: the title column empty, the headline still shown
        store.conn.execute("UPDATE articles SET title = NULL")
        assert query.articles(store)[0]["title"] == wf.UNTITLED_HEADLINE
        assert {q["title"] for q in query.quotes(store, limit=None)} == {wf.UNTITLED_HEADLINE}
    with Store(":memory:") as store:  # a given title wins
        add_article(store, untitled, {"title": "Bridge to reopen"})
        assert query.articles(store)[0]["title"] == "Bridge to reopen"
        assert "title_source" not in store.conn.execute("SELECT metadata FROM articles").fetchone()[0]
    from test_corpus_fixtures import make_article

    plain = make_article("\n\n  The mayor said   the bridge would reopen in May.\nMore text.", [("mayor", "person", None)],
                         [(1, "the bridge would reopen in May")])
    with Store(":memory:") as store:  # no headline either: the first line of the text
        add_article(store, plain, {})
        assert query.articles(store)[0]["title"] == "The mayor said the bridge would reopen in May."


def test_display_title_takes_the_first_line_and_cuts_it():
    assert query.display_title("  \n A  b \n c") == "A b"
    assert query.display_title(None) is None and query.display_title(" \n ") is None
    long = query.display_title("x" * 500)
    assert len(long) == query.TITLE_CHARS and long.endswith("…")


def test_speakers_count_attributions_of_unknown_outlets_in_a_bucket_of_their_own():
    from test_corpus_fixtures import make_article

    a = make_article("Ann Lee said the bridge would reopen.", [("Ann Lee", "person", None)], [(1, "the bridge would reopen")])
    b = make_article("Ann Lee said taxes would not rise.", [("Ann Lee", "person", None)], [(1, "taxes would not rise")])
    c = make_article("Ann Lee said the budget was balanced.", [("Ann Lee", "person", None)], [(1, "the budget was balanced")])
    with Store(":memory:") as store:
        add_article(store, a, {"url": "https://apnews.com/a"})
        add_article(store, b, {})
        add_article(store, c, {})
        lee = _by_name(query.speakers(store))["Ann Lee"]
        assert (lee["outlets"], lee["unknown_outlet"], lee["n_outlets"], lee["n_attributions"]) == ({"apnews.com": 1}, 2, 1, 3)
        assert _by_name(query.speakers(store, outlet="apnews.com"))["Ann Lee"]["unknown_outlet"] == 0
        one = query.speaker(store, lee["id"])
        assert (one["unknown_outlet"], one["n_outlets"]) == (2, 1)


def test_quotes_by_date_range_in_date_order_with_their_matches():
    from test_corpus_fixtures import make_article

    with Store(":memory:") as store:
        for day in ("2017-01-05", "2017-02-10", "2017-03-20", None):
            text = f"Mayor Ann Lee said the budget for {day or 'someday'} was balanced, a balanced budget."
            art = make_article(text, [("Ann Lee", "person", None)], [(1, f"the budget for {day or 'someday'} was balanced, a balanced budget")])
            add_article(store, art, {"published": day} if day else {})
        days = lambda **kw: [q["published"] for q in query.quotes(store, **kw)]  # noqa: E731
        assert days(since="2017-02-01", until="2017-03-20") == ["2017-03-20", "2017-02-10"]
        assert days(until="2017-02-10", sort="oldest") == ["2017-01-05", "2017-02-10"]
        assert days(sort="oldest") == ["2017-01-05", "2017-02-10", "2017-03-20", None]
        assert days(sort="newest", search="budget") == ["2017-03-20", "2017-02-10", "2017-01-05", None]
        hits = query.quotes(store, search="balanced budget")
        texts = {q["article_id"]: query.article(store, q["article_id"])[0].text for q in hits}
        for q in hits:
            assert [m["text"] for m in q["matches"]] == ["budget", "balanced", "balanced", "budget"]  # every word, in text order
            assert all(texts[q["article_id"]][m["start_char"]:m["end_char"]] == m["text"] for m in q["matches"])
        phrase = query.quotes(store, search='"balanced budget"')
        assert phrase and all([m["text"] for m in q["matches"]] == ["balanced budget"] for q in phrase)
        assert all(q["matches"] == [] for q in query.quotes(store))
        with pytest.raises(ValueError, match="sort"):
            query.quotes(store, sort="loudest")
        rows = query.quote_rows(hits)
        assert [tuple(r) for r in rows] == [query.QUOTE_COLUMNS] * len(hits)
        assert rows[0]["matched"].count("balanced") == 2 and rows[0]["content"] == hits[0]["content"]["text"]


# ---- classes= and negated= (issue 12): speech and writing by default -------------------------------

def _classed_store() -> Store:
    import web_fixtures as wf

    store = Store(":memory:")
    add_article(store, wf.classed_article(), wf.classed_metadata())
    add_article(store, seed_article(), {"url": "https://apnews.com/assad", "published": "2017-02-10"})
    return store


def test_speaker_counts_default_to_speech_and_writing_with_a_switch_for_all():
    with _classed_store() as store:
        default = {r["name"]: r for r in query.speakers(store)}
        assert default["Nora Cole"]["n_attributions"] == 4  # said, wrote, asked (a question) and an unclassified told
        assert default["Nora Cole"]["outlets"] == {"springfield.example": 4}
        assert "Raj Patel" not in default and "Dana Ruiz" not in default  # a thought, a stance; a refusal
        apart = {r["kind"]: r["n_attributions"] for r in query.speakers(store, classes=None, negated=True) if r["id"] is None}
        assert apart == {"unresolved": 1}  # the evidence with no speaker
        every = {r["name"]: r["n_attributions"] for r in query.speakers(store, classes="all", negated=True)}
        assert (every["Raj Patel"], every["Dana Ruiz"], every["Nora Cole"]) == (2, 1, 4)
        # the seed has no classes: all of it counts as speech, as before
        assert default["Bashar Assad"]["n_attributions"] == every["Bashar Assad"] == 18
        assert {r["name"]: r["n_attributions"] for r in query.speakers(store, classes="thought")} == {"Raj Patel": 1}
        assert {r["name"]: r["n_attributions"] for r in query.speakers(store, classes=["speech"], negated=True)
                if r["name"] in ("Nora Cole", "Dana Ruiz")} == {"Nora Cole": 3, "Dana Ruiz": 1}


def test_one_speaker_and_the_quote_search_follow_the_filter():
    with _classed_store() as store:
        patel = query.find_speakers(store, "Raj Patel")[0]
        one = query.speaker(store, patel)
        assert one is not None and (one["n_attributions"], one["attributions"], one["outlets"]) == (0, [], {})
        assert one["aliases"] == [{"name": "Raj Patel", "n_articles": 1}]  # names are every article's
        one = query.speaker(store, patel, classes=None, negated=True)
        assert one["n_attributions"] == 2 and [a["cue_class"] for a in one["attributions"]] == ["thought", "stance"]
        assert [q["id"] for q in query.quotes(store, speaker="Nora Cole")] == ["a1", "a2", "a7", "a8"]
        assert [q["id"] for q in query.quotes(store, speaker="Dana Ruiz")] == []
        refusal = query.quotes(store, speaker="Dana Ruiz", classes="speech", negated=True)
        assert [(q["id"], q["cue_class"], q["negated"]) for q in refusal] == [("a6", "speech", True)]
        assert query.quotes(store, search="spending") == []
        assert [q["id"] for q in query.quotes(store, search="spending", classes="evidence")] == ["a5"]
        rows = query.quote_rows(query.quotes(store, speaker="Nora Cole", search="council"))
        assert [(r["attribution_id"], r["cue_class"], r["negated"], r["question"]) for r in rows] == [("a7", "speech", False, True)]


def test_article_counts_follow_the_filter_and_an_unknown_class_is_refused():
    from saidwhat.errors import InputError

    with _classed_store() as store:
        counts = {a["outlet"]: a["n_attributions"] for a in query.articles(store)}
        assert counts == {"springfield.example": 4, "apnews.com": 25}
        counts = {a["outlet"]: a["n_attributions"] for a in query.articles(store, classes=None, negated=True)}
        assert counts == {"springfield.example": 8, "apnews.com": 25}
        for call in (lambda: query.speakers(store, classes="gossip"), lambda: query.quotes(store, classes=["speech", "x"]),
                     lambda: query.speaker(store, 1, classes="opinion"), lambda: query.articles(store, classes="")):
            with pytest.raises(InputError, match="use any of speech, writing, thought, stance, evidence, or all"):
                call()
