"""A generator of news-like text for fuzzing saidwhat, built from the pieces articles are made of.

Random characters never reach the rules; this grammar composes what the rules were written for
and the ways real text breaks them (issue 10):

- quotes of every mark kind (straight, curly, single, ``''`` and backticks, guillemets both ways,
  low-9 marks, primes) and mixed pairs; split quotes, unbalanced and nested quotes, quotes over
  several paragraphs with and without re-opening marks, apostrophes that look like marks
  ("the ’90s", "voters’ choice", "rock 'n' roll");
- cue frames before, after and inside the quote, inverted cues ("said Caddell"), colon lead-ins
  (``Of X: "…"``, ``X: "…"``, a ``From X:`` line), dash sign-offs, "according to", parentheticals,
  questions, negations and refusals, nominal cues, evidence ("in a CNN poll"), transcript labels;
- layout: headlines (``Name: claim``), bylines, datelines, captions and photo credits,
  boilerplate, duplicated lines, related-story lists;
- text-level noise: HTML remnants and entities, CRLF and other line breaks, NBSP, zero-width and
  bidi marks, emoji, very long and one-word paragraphs, text starting or ending inside a quote, a
  lone mark at the very end, ~1 MB texts (rare, :func:`huge`);
- mutations of real PolNeAR train texts (:class:`Corpus`): paragraphs windowed, shuffled, dropped,
  duplicated, merged and split; quote marks deleted, inserted and swapped; cut at random points.

Everything is driven by one :class:`random.Random`, so a seed reproduces an input; the same code
runs under hypothesis (:func:`articles`), whose ``randoms()`` draws shrink. Choices are written so
that the *first* option is the simplest and a probability test is false for a draw of 0.0: a
shrunk example loses its optional noise.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

#: spaCy's ``nlp.max_length`` and ``Config.max_input_chars`` by default: the largest text the
#: engine accepts.
MAX_CHARS = 1_000_000

ROOT = Path(__file__).resolve().parents[2]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"

# -- vocabulary ---------------------------------------------------------------------------------
FIRST = ["Ann", "Bashar", "Jane", "Ravi", "Lena", "Donald", "Hillary", "Jeb", "Bernie", "Mike", "Maria", "José",
         "Zoë", "Kim", "Olu", "Li", "Dmitry", "Sean", "Mary-Kate", "J.", "Abdul", "Nancy", "Chuck", "Ben"]
LAST = ["Lee", "Assad", "Doe", "Menon", "Ortiz", "Trump", "Clinton", "Bush", "Sanders", "Pence", "O'Neill",
        "O’Brien", "al-Assad", "de la Cruz", "Van Buren", "Smith-Jones", "Müller", "Ng", "Peskov", "Caddell",
        "Carson", "Pelosi", "Schumer", "Lavrov", "Sarandon", "Kamin", "Tapper"]
HONORIFIC = ["Mr.", "Ms.", "Mrs.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "President", "Mayor", "Prime Minister",
             "Secretary of State", "Judge", "Rev.", "Sheriff", "Chairman"]
ROLE_BEFORE = ["Syrian President", "Kremlin spokesman", "Transit Commissioner", "council chair", "White House press secretary",
               "Senate Majority Leader", "Defense Secretary", "former FBI Director", "state Rep.", "campaign manager"]
APPOSITIVE = ["a spokesman for the Kremlin", "the city's transit commissioner", "42", "a Democrat from Ohio",
              "who owns a bakery", "the Syrian leader", "a senior U.S. official", "69", "R-Texas", "D-Calif.",
              "the group’s founder", "an adviser to the campaign"]
ORGS = ["the Pentagon", "the White House", "Reuters", "the council", "the State Department", "Amnesty International",
        "the ministry", "NATO", "the company", "the U.N.", "Breitbart News", "the Trump campaign", "CNN", "Fox News",
        "the Syrian government", "the FBI", "Planned Parenthood", "the city"]
ANON = ["one official", "a spokeswoman", "officials", "a source familiar with the talks", "critics", "the mayor's office",
        "analysts", "residents", "two people briefed on the matter", "a senior administration official", "experts",
        "the official", "a witness", "the Syrian leader", "the former secretary of state", "his lawyer"]
PRONOUNS = ["he", "she", "they", "it", "I", "we", "you", "who"]
PLACES = ["Damascus", "Washington", "Beirut", "Ohio", "the bakery", "Iowa", "New York", "the Capitol", "Moscow", "Syria",
          "Des Moines", "the border", "Aleppo", "the town hall"]
TOPICS = ["the council", "the budget", "immigration", "the report", "the war", "Syria", "the allegations", "taxes",
          "the bridge", "Bush's Facebook post", "the investigation", "the lawsuit", "the poll", "the election"]

#: Reporting verbs and cue phrases (after the source): tense, aspect, negation, addressee.
CUES = ["said", "says", "told reporters", "added", "noted", "explained", "argued", "insisted", "warned", "wrote",
        "tweeted", "announced", "claimed", "stressed", "recalled", "asked", "replied", "adds", "has said",
        "had said", "will say", "continued", "went on", "quipped", "admitted", "conceded", "denied", "did not say",
        "has not said", "never said", "said in a statement", "told The Associated Press", "told Yahoo News on Monday",
        "said Tuesday", "wrote on Twitter", "posted on Facebook", "said at a news conference", "tells CNN",
        "would later say", "is quoted as saying", "was heard saying", "confirmed", "suggested", "pointed out"]
INVERTED = ["said", "says", "added", "asked", "wrote", "explained", "continued", "said Monday", "replied"]
BELIEF = ["believes", "thinks", "hopes", "fears", "expects", "knows", "wants", "plans", "doubts", "said he believes",
          "does not think", "appeared to suggest", "seems to think"]
REFUSALS = ["would not comment on", "declined to comment on", "did not respond to", "did not answer questions about",
            "refused to discuss", "did not immediately reply to a request for comment on"]
NOMINAL = ["claim", "statement", "declaration", "warning", "promise", "assertion", "remark", "allegation", "admission"]
LABELS = ["called it", "described the deal as", "labeled the plan", "dubbed it", "branded him"]

SUBJECTS = ["prices", "the plan", "the council", "we", "they", "the war", "the economy", "this", "nobody", "the bridge",
            "our troops", "Washington", "the election", "the deal", "I", "you", "the system", "it", "the president",
            "everyone", "the American people", "Russia", "the FBI", "none of us", "my opponent"]
PREDICATES = ["are up", "will fail", "never listen", "is over", "has been a disaster", "will open next year",
              "must leave Syria", "is not for sale", "did nothing wrong", "was rigged", "can't be trusted", "is working",
              "won't last", "should resign", "don't know what they're doing", "are not going anywhere",
              "have to win this", "will not back down", "is a fraud", "made a mistake", "support the troops",
              "need more time", "will be back", "is the best in the world", "lied to us", "got it wrong",
              "are invaders", "are illegal and they must leave", "is going to happen", "can do better"]
TAILS = ["", "", "", " anyway", " again", " by spring", " right now", " at all", ", frankly", " in 2017",
         " for 90% of people", " — and everyone knows it", " (and they know it)", "; that's the truth",
         " on Jan. 5", " in the U.S.", ", period", " — believe me", " in the ’90s", " like it's the '70s",
         " whether you like it or not", ", Mr. Smith", " at 3 p.m.", " for $1.5 billion"]
QUESTIONS = ["Why would we do that?", "Who pays for it?", "What did they expect?", "Is this a joke?", "Are you serious?",
             "Where is the money?", "How could they?", "Do you think they care?"]
SHORT_SAYINGS = ["No.", "Yes.", "Never.", "Absolutely.", "We'll see.", "No comment.", "Wrong!", "Sad!", "Hmm …", "OK"]
NARRATIVE = ["{name} runs a bakery.", "{name} was born in {place}.", "The bridge opened in 1998.",
             "Prices rose 4 percent last year.", "{name} arrived in {place} on Monday.", "The vote is set for Tuesday.",
             "The meeting lasted three hours.", "Shares fell 2% in early trading.", "{name} has lived in {place} since 2004.",
             "It was not clear when the talks would resume.", "Dozens of people gathered outside.",
             "The report was released late Friday.", "{name}'s campaign has raised $12 million.",
             "U.S. forces entered {place} in 2015.", "The rally drew about 5,000 people."]
HEADLINES = ["Council delays vote on bridge", "Assad says U.S. troops are invaders", "Trump: 'We will win'",
             "Sanders: Wall Street is the problem", "WATCH: Mayor responds to critics", "The Latest: Talks resume",
             "Bakery owner fears rising prices", "Exclusive — Carson: ‘I’m not going anywhere’", "Analysis: Why it matters",
             "Pence on Syria: “They must leave”", "Breaking News", "Fact Check: Did she say that?",
             "Clinton’s ‘deplorables’ remark draws fire", "Residents: 'Nobody listened'"]
DATELINES = ["BEIRUT (AP) — ", "WASHINGTON — ", "HEMPSTEAD, N.Y., Sept. 26 (UPI) — ", "NEWPORT NEWS, Va. - ",
             "DAMASCUS, Syria (AP) -- ", "MOSCOW (Reuters) ― ", "DES MOINES, Iowa — ", "LONDON—", "PARIS – "]
BYLINES = ["By Jane Doe", "By JANE DOE and RAVI MENON, Associated Press", "Jane Doe, Reuters",
           "By Ann Lee | The Associated Press", "By Kim Ng — Staff Writer", "BY MIKE PENCE"]
CAPTIONS = ["In this Feb. 10, 2017 photo, {name} speaks in {place}. (AP Photo/Hassan Ammar)",
            "{name} speaks during an interview in {place}. SANA via AP",
            "{name} waves to supporters in {place}, Jan. 5, 2017. REUTERS/Kevin Lamarque",
            "{name} gestures as he speaks. THOMAS COEX/AFP/Getty Images",
            "“We will win,” {name} said at a rally. (AP Photo/Evan Vucci)",
            "FILE — {name} arrives in {place}. (AP Photo)", "Photo: Jane Doe", "(AP Photo/Hassan Ammar)",
            "THOMAS COEX/AFP/Getty Images", "{name} poses for a photo.<br>Photo credit: Ann Lee"]
BOILERPLATE = ["Updated: 3:45 p.m.", "Copyright 2017 The Associated Press. All rights reserved.",
               "Ann Lee contributed to this report.", "Reporting by Jane Doe; Editing by Ravi Menon",
               "Advertisement", "Read more: Assad says U.S. troops are invaders", "Follow Jane Doe on Twitter @janedoe",
               "Click here to subscribe", "Share this article", "Published 5 hours ago", "Loading...", "© 2016",
               "Sign up for our newsletter", "Watch:", "Comments"]
RELATED_HEADS = ["Related:", "RELATED STORIES", "Related Coverage", "Read more:", "More from AP:", "See also"]
BULLETS = ["- ", "• ", "* ", "— ", "", "» ", "1. "]
EMOJI = ["😀", "👍🏽", "🇺🇸", "👨‍👩‍👧", "❤️", "🔥", "🙏", "😂😂😂", "🤔", "#️⃣", "👩🏿‍⚖️"]
INVISIBLE = ["\u00a0", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202e",
             "\u2066", "\u2069", "\ufeff", "\u00ad", "\u2060", "\u202f", "\u3000", "\t"]
LINE_BREAKS = ["\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\n \n", "\n\t\n"]
HTML_BITS = ["<p>", "</p>", "<br>", "<br/>", "<br />", '<a href="https://example.com/x?a=1&b=2">', "</a>", "<em>",
             "</em>", "<strong>", "</strong>", "<div class=\"caption\">", "</div>", "<script>var x = 1;</script>",
             "<!-- comment -->", "<img src=\"x.jpg\" alt=\"“photo”\">", "<b", "</", "<>"]
ENTITIES = ["&amp;", "&quot;", "&#8220;", "&#8221;", "&#x201C;", "&ldquo;", "&rdquo;", "&nbsp;", "&#39;", "&rsquo;",
            "&mdash;", "&hellip;", "&lt;", "&gt;", "&", "&#;", "&#x;"]
SCRIPTS = ["قال الرئيس", "נאמר", "他说", "Он сказал", "e\u0301te\u0301", "ＡＢＣ", "＂全角＂", "ﬁnance", "Ⅻ", "𝐁𝐨𝐥𝐝"]

#: Quotation-mark pairs ``(open, close)``; the first of each list is the plainest.
DOUBLE_PAIRS = [('"', '"'), ("“", "”"), ("''", "''"), ("``", "''"), ("«", "»"), ("»", "«"), ("„", "“"),
                ("„", "”"), ("“", '"'), ('"', "”"), ("”", "”"), ("“", "“"), ("″", "″"), ("« ", " »"),
                ("«\u00a0", "\u00a0»"), ("‟", "”"), ("“ ", " ”"), ('" ', ' "')]
SINGLE_PAIRS = [("'", "'"), ("‘", "’"), ("‚", "‘"), ("‹", "›"), ("‘", "'"), ("'", "’"), ("’", "’"), ("`", "'")]
DASH_MARKS = ["—", "–", "―", "-", "--", " — ", " - ", "—\u00a0", "~"]
ALL_MARKS = "\"“”„‟«»″'‘’‚‹›`"


@dataclass
class Sample:
    """One generated input: its text and the names of the constructs that made it."""

    text: str
    tags: list[str] = field(default_factory=list)


class _Gen:
    """The grammar, over one random source (a seeded ``random.Random`` or hypothesis' ``randoms()``)."""

    def __init__(self, rng: random.Random, corpus: "Corpus | None" = None) -> None:
        self.r = rng
        self.corpus = corpus
        self.tags: list[str] = []

    # -- primitives (shrink-friendly: draw 0 -> first option / False) ---------------------------
    def p(self, prob: float) -> bool:
        return self.r.random() >= 1.0 - prob

    def pick(self, seq: Sequence[str]) -> str:
        return self.r.choice(seq)

    def n(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def weighted(self, options: Sequence[tuple[float, Callable[[], object]]]) -> object:
        total = sum(w for w, _ in options)
        x = self.r.random() * total
        for w, fn in options:
            if x < w:
                return fn()
            x -= w
        return options[-1][1]()

    def tag(self, name: str) -> None:
        self.tags.append(name)

    # -- words ------------------------------------------------------------------------------
    def name(self) -> str:
        first, last = self.pick(FIRST), self.pick(LAST)
        return self.weighted([
            (5, lambda: f"{first} {last}"),
            (2, lambda: last),
            (2, lambda: f"{self.pick(HONORIFIC)} {last}"),
            (2, lambda: f"{self.pick(ROLE_BEFORE)} {first} {last}"),
            (1, lambda: f"{first} {self.pick(FIRST)[:1]}. {last}"),
            (1, lambda: f"{first} {last} Jr."),
            (0.5, lambda: f"{first.upper()} {last.upper()}"),
        ])  # type: ignore[return-value]

    def source(self) -> str:
        return self.weighted([
            (5, self.name),
            (2, lambda: self.pick(PRONOUNS)),
            (2, lambda: self.pick(ANON)),
            (2, lambda: self.pick(ORGS)),
            (2, lambda: f"{self.name()}, {self.pick(APPOSITIVE)},"),
            (0.5, lambda: f"{self.pick(ORGS).capitalize()} spokesman {self.name()}"),
            (0.5, lambda: f"{self.name()} and {self.name()}"),
            (0.3, lambda: f"{self.name()}'s lawyer"),
        ])  # type: ignore[return-value]

    def sentence(self, *, end: str = ".") -> str:
        s = self.weighted([
            (8, lambda: f"{self.pick(SUBJECTS)} {self.pick(PREDICATES)}{self.pick(TAILS)}"),
            (1, lambda: f"I don't think {self.pick(SUBJECTS)} {self.pick(PREDICATES)}"),
            (1, lambda: f"if {self.pick(SUBJECTS)} {self.pick(PREDICATES)}, {self.pick(SUBJECTS)} {self.pick(PREDICATES)}"),
            (1, lambda: f"{self.pick(SUBJECTS)} {self.pick(PREDICATES)} and {self.pick(SUBJECTS)} {self.pick(PREDICATES)}"),
            (0.5, lambda: f"it's the voters’ choice, not {self.pick(ORGS)}'s"),
            (0.5, lambda: "rock 'n' roll never died, y'all"),
            (0.5, lambda: f"{self.name()} said {self.pick(SUBJECTS)} {self.pick(PREDICATES)}"),
        ])
        s = str(s)
        s = s[:1].upper() + s[1:]
        return s + end

    def speech(self, *, end: str = ".") -> str:
        """The inside of a quote: one to three sentences, sometimes a question or a fragment."""
        k = self.weighted([(7, lambda: 1), (2.5, lambda: 2), (0.6, lambda: 3), (0.15, lambda: self.n(4, 10))])
        sents = [self.sentence() for _ in range(int(k))]  # type: ignore[arg-type]
        if self.p(0.12):
            sents.append(self.pick(QUESTIONS))
        if self.p(0.05):
            sents = [self.pick(SHORT_SAYINGS)]
        text = " ".join(sents)
        if end != "." and text.endswith("."):
            text = text[:-1] + end
        return text

    def fragment(self) -> str:
        return self.pick(["a disaster", "an American sovereignty issue", "fake news", "totally unacceptable",
                          "the worst deal ever", "deplorables", "a witch hunt", "slow cinema", "not ready", "illegal"])

    def qpair(self) -> tuple[str, str]:
        x = self.r.random()
        if x < 0.72:
            return self.r.choice(DOUBLE_PAIRS[:2]) if self.p(0.6) else self.r.choice(DOUBLE_PAIRS)
        if x < 0.9:
            return self.r.choice(SINGLE_PAIRS)
        return self.r.choice(DOUBLE_PAIRS + SINGLE_PAIRS)[0], self.r.choice(DOUBLE_PAIRS + SINGLE_PAIRS)[1]

    def quoted(self, inner: str) -> str:
        o, c = self.qpair()
        return f"{o}{inner}{c}"

    def cue(self) -> str:
        return self.pick(CUES)

    def narrative(self) -> str:
        return self.pick(NARRATIVE).format(name=self.name(), place=self.pick(PLACES))

    # -- paragraphs: each returns one or more paragraphs ------------------------------------------
    def p_quote_after(self) -> list[str]:
        self.tag("quote_after")
        o, c = self.qpair()
        body = self.speech(end=self.pick([",", ",", "?", "!", ".", "…", " —", ""]))
        src, cue = self.source(), self.cue()
        frame = self.weighted([
            (5, lambda: f"{src} {cue}"),
            (2, lambda: f"{self.pick(INVERTED)} {src}"),
            (1, lambda: f"{src} {cue} {self.pick(['on Monday', 'in an interview', 'to applause', 'with a laugh'])}"),
            (1, lambda: f"{self.name()}, {self.pick(APPOSITIVE)}, {cue}"),
            (0.5, lambda: f"{src} {cue}, adding that {self.sentence(end='')[:1].lower()}{self.sentence(end='')[1:]}"),
        ])
        return [f"{o}{body}{c} {frame}{self.pick(['.', '.', '', '!', '. ' + self.narrative()])}"]

    def p_quote_before(self) -> list[str]:
        self.tag("quote_before")
        src, cue = self.source(), self.cue()
        sep = self.pick([", ", ": ", " ", ":\u00a0", " — ", ",\n", ":\n\n", ": \n"])
        lead = self.pick(["", "", "And ", "But ", "Later, ", "On Monday, "])
        return [f"{lead}{src[:1].upper() + src[1:] if lead == '' else src} {cue}{sep}{self.quoted(self.speech())}"]

    def p_split(self) -> list[str]:
        self.tag("split_quote")
        o, c = self.qpair()
        src, cue = self.source(), self.cue()
        first = self.speech(end=",")
        second = self.speech()
        mid = self.pick([f" {src} {cue}. ", f" {src} {cue}, ", f" {self.pick(INVERTED)} {src}. ", f" {src} {cue} — "])
        o2, c2 = (o, c) if self.p(0.8) else self.qpair()
        second_text = second if mid.endswith(". ") else second[:1].lower() + second[1:]
        out = f"{o}{first}{c}{mid}{o2}{second_text}{c2}"
        if self.p(0.2):
            out += f" {self.quoted(self.speech())}"
        return [out]

    def p_colon_lead_in(self) -> list[str]:
        self.tag("colon_lead_in")
        who, topic = self.name(), self.pick(TOPICS)
        q = self.quoted(self.speech())
        return self.weighted([  # type: ignore[return-value]
            (3, lambda: [f"{who} runs a bakery.", f"{self.quoted(self.speech(end=','))} {self.pick(PRONOUNS)} says. Of {topic}: {q}"]),
            (2, lambda: [f"Of {topic}: {q}"]),
            (2, lambda: [f"{who}: {q}"]),
            (2, lambda: [f"From {topic}: {q}"]),
            (2, lambda: [f"From {who}:", q]),
            (2, lambda: [f"And from council chair {who}:", q]),
            (1, lambda: [f"{who} made the following comment: {q}"]),
            (1, lambda: [f"On {topic}, {who} was blunt: {q}"]),
            (1, lambda: [f"Asked about {topic}: {q}"]),
            (1, lambda: [f"As for {topic}, {self.source()} {self.cue()}: {q}"]),
            (1, lambda: [f"{self.pick(ORGS).capitalize()}'s statement read:", q, self.narrative()]),
            (1, lambda: [f"From {who}'s Facebook post: {q}"]),
            (1, lambda: [f"{who} {self.cue()}:", "", q]),
            (0.5, lambda: [f"Of {topic}:", q]),
            (0.5, lambda: [f"{self.narrative()} Of {topic}: {q} {self.pick(PRONOUNS)} said."]),
        ])

    def p_dash_signoff(self) -> list[str]:
        self.tag("dash_signoff")
        d = self.pick(DASH_MARKS)
        who = self.weighted([(3, self.name), (1, lambda: f"{self.pick(ROLE_BEFORE).title()} {self.name()}"),
                             (1, lambda: f"{self.name()}, {self.pick(PLACES)}"), (0.5, lambda: self.pick(ORGS))])
        return [f"{self.quoted(self.speech())} {d}{who}" if self.p(0.7) else f"{self.quoted(self.speech())}{d}{who}"]

    def p_according_to(self) -> list[str]:
        self.tag("according_to")
        src = self.weighted([(3, self.name), (2, lambda: self.pick(ORGS)), (1, lambda: "a CNN poll"),
                             (1, lambda: f"{self.name()}'s office")])
        s = self.sentence(end="")
        return [self.weighted([
            (3, lambda: f"{s}, according to {src}."),
            (2, lambda: f"According to {src}, {s[:1].lower() + s[1:]}."),
            (1, lambda: f"{s[:len(s) // 2]}, according to {src}, {s[len(s) // 2:]}."),
            (1, lambda: f"According to {src}: {self.quoted(self.speech())}"),
            (0.5, lambda: f"{self.quoted(self.speech())} according to {src}."),
            (0.5, lambda: "According to"),
        ])]  # type: ignore[list-item]

    def p_indirect(self) -> list[str]:
        self.tag("indirect")
        src, s = self.source(), self.sentence(end="")
        low = s[:1].lower() + s[1:]
        return [self.weighted([
            (4, lambda: f"{src[:1].upper() + src[1:]} {self.cue()} {self.pick(['that ', '', ''])}{low}."),
            (2, lambda: f"{s}, {src} {self.cue()}."),
            (2, lambda: f"{s}, {src} {self.pick(['said', 'says', 'added'])}, {self.sentence(end='').lower()}."),
            (1, lambda: f"{src[:1].upper() + src[1:]} {self.pick(['told', 'assured', 'reminded'])} {self.pick(ORGS)} {low}."),
            (1, lambda: f"{self.narrative()[:-1]}, saying {low}."),
            (2, lambda: f"{src[:1].upper() + src[1:]} {self.pick(BELIEF)} {low}."),
            (1, lambda: f"{self.name()}'s {self.pick(NOMINAL)} that {low} drew criticism."),
            (1, lambda: f"{self.name()} held a 24-point lead in a CNN national poll."),
            (1, lambda: f"({src} {self.cue()} {low}.)"),
            (1, lambda: f"{src[:1].upper() + src[1:]} {self.pick(LABELS)} {self.quoted(self.fragment())}."),
            (1, lambda: f"{src[:1].upper() + src[1:]} accused {self.name()} of lying about {self.pick(TOPICS)}."),
            (1, lambda: f"{self.name()} endorsed {self.name()} on Tuesday."),
        ])]  # type: ignore[list-item]

    def p_mixed(self) -> list[str]:
        self.tag("mixed")
        src = self.source()
        return [self.weighted([
            (3, lambda: f"{src[:1].upper() + src[1:]} {self.cue()} the plan was {self.quoted(self.fragment())}."),
            (2, lambda: f"{src[:1].upper() + src[1:]} {self.cue()} that {self.pick(SUBJECTS)} {self.quoted(self.pick(PREDICATES))}."),
            (1, lambda: f"{src[:1].upper() + src[1:]} told staff the plan {self.quoted(self.fragment())}."),
            (1, lambda: f"{self.quoted(self.fragment())} is how {src} {self.cue()} it."),
        ])]  # type: ignore[list-item]

    def p_question_negation(self) -> list[str]:
        self.tag("question_negation")
        src = self.source()
        cap = src[:1].upper() + src[1:]
        return [self.weighted([
            (2, lambda: f"{self.quoted(self.pick(QUESTIONS))} {src} asked."),
            (2, lambda: f"When asked if {self.sentence(end='').lower()}, {src} said, {self.quoted(self.pick(SHORT_SAYINGS))}"),
            (2, lambda: f"{cap} {self.pick(REFUSALS)} {self.pick(TOPICS)}."),
            (2, lambda: f"{cap} did not say whether {self.sentence(end='').lower()}."),
            (1, lambda: f"Do you think {self.sentence(end='').lower()}?"),
            (1, lambda: f"{cap} has not said when {self.sentence(end='').lower()}."),
            (1, lambda: f"{cap} appeared to make a gesture toward {self.pick(ORGS)}."),
            (1, lambda: f"{self.quoted(self.speech(end='?'))} {self.pick(INVERTED)} {src}, {self.pick(['smiling', 'shrugging'])}."),
            (1, lambda: f"Lawmakers asked whether {self.sentence(end='').lower()}."),
            (1, lambda: f"It is not true that {self.sentence(end='').lower()}, {src} said."),
        ])]  # type: ignore[list-item]

    def p_nested(self) -> list[str]:
        self.tag("nested")
        o, c = self.qpair()
        so, sc = self.r.choice(SINGLE_PAIRS) if self.p(0.7) else self.qpair()
        inner = f"{self.name()} told me, {so}{self.speech()}{sc}"
        tail = self.pick(["", " It was a shock.", f"{sc}"])
        return [f"{self.source()} {self.cue()}: {o}{inner}{tail}{c}" if self.p(0.5)
                else f"{o}{inner},{c} {self.source()} {self.cue()}."]

    def p_multi_paragraph(self) -> list[str]:
        self.tag("multi_paragraph_quote")
        o, c = self.qpair()
        k = self.n(2, 5)
        cont = self.p(0.6)  # re-opening mark at each new paragraph (AP style)
        paras = [f"{self.source()} {self.cue()}: {o}{self.speech()}"]
        for i in range(1, k):
            last = i == k - 1
            paras.append(f"{o if cont else ''}{self.speech()}{c if last and self.p(0.85) else ''}")
        if self.p(0.3):
            paras.append(f"{self.pick(PRONOUNS).capitalize()} {self.cue()}.")
        return paras

    def p_unbalanced(self) -> list[str]:
        self.tag("unbalanced_quote")
        o, c = self.qpair()
        body, src = self.speech(end=","), self.source()
        return [self.weighted([
            (2, lambda: f"{body}{c} {src} {self.cue()}."),
            (2, lambda: f"{o}{body} {src} {self.cue()}."),
            (1, lambda: f"{o}{body}{c} {src} {self.cue()}. {o}{self.speech()}"),
            (1, lambda: f"{src} {self.cue()} {o}{self.speech()} {o}{self.speech()}{c}"),
            (1, lambda: f"{c}{self.speech()}{o}"),
            (1, lambda: f"{o}{o}{self.speech()}{c}{c}{c}"),
            (1, lambda: f"{self.speech()} {o}"),
            (1, lambda: f"{o}"),
            (1, lambda: f"{o}{c}, {src} {self.cue()}."),
            (1, lambda: f"{o} {c} {o} {c}"),
        ])]  # type: ignore[list-item]

    def p_apostrophes(self) -> list[str]:
        self.tag("apostrophes")
        return [self.pick([
            f"The ’90s were different, {self.source()} {self.cue()}.",
            f"It's the voters’ choice, {self.name()} said of the candidates’ plans.",
            f"{self.name()}'s 'rock 'n' roll' tour starts in '17.",
            "'Tis the season, the stores’ owners say.",
            f"{self.name()} said 'no' to the deal, and 'yes' to the '70s.",
            f"Dinesh D’Souza’s ‘Stealing America,’ Part 3.",
            f"O'Neill's team wasn‘t ready, {self.name()} said.",
            f"The '16 race, the '08 race and the ‘20 race — all 'rigged', {self.source()} says.",
            "Ma'am, y'all can't park here, the officers’ union said.",
        ])]

    def p_transcript(self) -> list[str]:
        self.tag("transcript")
        a, b = self.pick(LAST).upper(), self.pick(LAST).upper()
        lines = [f"{a}: {self.speech()}", f"{b}: {self.speech()}"]
        if self.p(0.4):
            lines += [f"Q: {self.pick(QUESTIONS)}", f"A: {self.speech()}"]
        if self.p(0.3):
            lines.append(f"{self.name()}: {self.speech()}")
        return lines

    def p_narrative(self) -> list[str]:
        self.tag("narrative")
        return [" ".join(self.narrative() for _ in range(self.n(1, 3)))]

    def p_one_word(self) -> list[str]:
        self.tag("one_word")
        return [self.pick(["Yes.", "No", "—", "***", "(AP)", "“", "\"", "Advertisement", "...", "Said.", "”", "’",
                           "“”", "1.", "•", ":", "'", "-", "Trump", "Updated"])]

    def p_long(self) -> list[str]:
        self.tag("long_paragraph")
        gens = [self.p_quote_after, self.p_indirect, self.p_narrative, self.p_according_to, self.p_split, self.p_mixed]
        return [" ".join(" ".join(self.r.choice(gens)()) for _ in range(self.n(15, 50)))]

    def p_caption(self) -> list[str]:
        self.tag("caption")
        return [self.pick(CAPTIONS).format(name=self.name(), place=self.pick(PLACES))]

    def p_related(self) -> list[str]:
        self.tag("related")
        bullet = self.pick(BULLETS)
        items = [f"{bullet}{self.pick(HEADLINES)}" for _ in range(self.n(1, 4))]
        return [self.pick(RELATED_HEADS)] + items

    def p_boilerplate(self) -> list[str]:
        self.tag("boilerplate")
        return [self.pick(BOILERPLATE)]

    def p_scripts(self) -> list[str]:
        self.tag("other_scripts")
        return [f"{self.pick(SCRIPTS)} {self.quoted(self.pick(SCRIPTS))}, {self.source()} {self.cue()}."]

    def paragraph(self) -> list[str]:
        return self.weighted([  # type: ignore[return-value]
            (10, self.p_quote_after), (6, self.p_quote_before), (4, self.p_split), (5, self.p_colon_lead_in),
            (3, self.p_dash_signoff), (3, self.p_according_to), (7, self.p_indirect), (3, self.p_mixed),
            (3, self.p_question_negation), (2, self.p_nested), (2, self.p_multi_paragraph), (3, self.p_unbalanced),
            (2, self.p_apostrophes), (1.5, self.p_transcript), (6, self.p_narrative), (1.5, self.p_one_word),
            (0.05, self.p_long), (1.5, self.p_caption), (0.7, self.p_related), (1, self.p_boilerplate),
            (0.5, self.p_scripts),
        ])

    # -- an article ---------------------------------------------------------------------------
    def article(self) -> str:
        lines: list[str] = []
        if self.p(0.35):
            self.tag("headline")
            lines.append(self.pick(HEADLINES) if self.p(0.7) else f"{self.name()}: {self.sentence(end='')}")
            if self.p(0.15):
                lines.append(lines[-1])  # duplicated headline
                self.tag("duplicate_line")
        if self.p(0.1):
            self.tag("byline")
            lines.append(self.pick(BYLINES))
        if self.p(0.08):
            lines.append(self.pick(BOILERPLATE))
        # mostly short (speed: the accurate tagger costs about 0.35 ms a wordpiece), a tail of longer ones
        n_body = int(self.weighted([(60, lambda: 1), (25, lambda: 2), (10, lambda: 3), (4, lambda: self.n(4, 6)),
                                    (1, lambda: self.n(7, 12))]))  # type: ignore[arg-type]
        body: list[str] = []
        for _ in range(n_body):
            body.extend(self.paragraph())
        if body and self.p(0.12):
            self.tag("dateline")
            body[0] = self.pick(DATELINES) + body[0]
        if body and self.p(0.06):
            self.tag("duplicate_line")
            i = self.n(0, len(body) - 1)
            body.insert(self.n(i, len(body)), body[i])
        lines.extend(body)
        if self.p(0.08):
            lines.extend(self.p_related() if self.p(0.5) else self.p_boilerplate())
        out = lines[0] if lines else ""
        for line in lines[1:]:
            out += self.separator() + line
        return out

    def separator(self) -> str:
        x = self.r.random()
        if x < 0.72:
            return "\n\n"
        if x < 0.92:
            return "\n"
        return self.pick(["\n\n\n", "\n \n", " \n\n", "\n\n ", "\n\u00a0\n", "\n\n\n\n\n"])

    # -- noise --------------------------------------------------------------------------------
    def noise(self, text: str) -> str:
        r = self.r
        if self.p(0.06):
            self.tag("html")
            text = self._html(text)
        if self.p(0.05):
            self.tag("crlf")
            text = text.replace("\n", "\r\n") if self.p(0.6) else self._sprinkle(text, lambda: self.pick(LINE_BREAKS), k=self.n(1, 3), at="\n")
        if self.p(0.07):
            self.tag("invisible")
            text = self._sprinkle(text, lambda: self.pick(INVISIBLE), k=self.n(1, 6))
        if self.p(0.04):
            self.tag("nbsp_spaces")
            text = "".join("\u00a0" if ch == " " and r.random() < 0.5 else ch for ch in text)
        if self.p(0.04):
            self.tag("emoji")
            text = self._sprinkle(text, lambda: self.pick(EMOJI), k=self.n(1, 4))
        if self.p(0.03):
            self.tag("mark_next_to_invisible")
            text = self._sprinkle(text, lambda: self.pick(INVISIBLE), k=self.n(1, 4), at=ALL_MARKS)
        if self.p(0.03):
            self.tag("whitespace_runs")
            text = self._sprinkle(text, lambda: self.pick(["  ", "\t", " \t ", "   ", "\n"]), k=self.n(1, 5), at=" ")
        if self.p(0.02):
            self.tag("upper_case")
            text = text.upper()
        if self.p(0.02):
            self.tag("no_spaces_after_punct")
            text = re.sub(r"([.,:]) ", r"\1", text, count=self.n(1, 5))
        if self.p(0.02):
            self.tag("spaced_punct")
            text = re.sub(r"([.,!?:;])", r" \1", text)
        return text

    def _html(self, text: str) -> str:
        x = self.r.random()
        if x < 0.35:
            return "\n\n".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        if x < 0.6:
            return self._sprinkle(text, lambda: self.pick(HTML_BITS + ENTITIES), k=self.n(1, 6))
        if x < 0.8:
            return re.sub(r'["“”]', lambda m: self.pick(["&quot;", "&#8220;", "&ldquo;", "&rdquo;", m.group()]), text)
        return text.replace("\n", self.pick(["<br>", "<br>\n", "<br />\n", "\n<br>"]))

    def _sprinkle(self, text: str, piece: Callable[[], str], *, k: int, at: str | None = None) -> str:
        """Insert ``k`` pieces at random places (before a character of ``at`` when given)."""
        for _ in range(k):
            if at:
                spots = [i for i, ch in enumerate(text) if ch in at]
                if not spots:
                    return text
                i = self.r.choice(spots)
                if at == "\n" or at == " ":
                    text = text[:i] + piece() + text[i + 1:]
                    continue
                i += self.n(0, 1)
            else:
                i = self.n(0, len(text))
            text = text[:i] + piece() + text[i:]
        return text

    def edges(self, text: str) -> str:
        """Cuts and stray marks at the ends: text that starts or ends inside a quote, a lone
        mark at the very end, leading and trailing blank lines."""
        if self.p(0.04) and len(text) > 4:
            self.tag("starts_mid_quote")
            marks = [i for i, ch in enumerate(text) if ch in ALL_MARKS]
            cut = self.r.choice(marks) + self.n(1, 12) if marks else self.n(1, len(text) - 1)
            text = text[min(cut, len(text) - 1):]
        if self.p(0.04) and len(text) > 4:
            self.tag("ends_mid_quote")
            marks = [i for i, ch in enumerate(text) if ch in ALL_MARKS]
            cut = self.r.choice(marks) + self.n(1, 20) if marks else self.n(1, len(text) - 1)
            text = text[:max(1, min(cut, len(text)))]
        if self.p(0.04):
            self.tag("lone_mark_at_end")
            text += self.pick(["\"", "“", "”", "'", "’", "«", " \"", "\n\"", "\n\n“", "''", "``", "‘", " —", ":"])
        if self.p(0.03):
            self.tag("lone_mark_at_start")
            text = self.pick(["\"", "”", "'", "’", "“\n\n", "» ", ":"]) + text
        if self.p(0.03):
            self.tag("padding")
            text = self.pick(["\n\n", " ", "\ufeff", "\n \n", "\t"]) + text + self.pick(["\n", "\n\n", " ", "\n\n\n  "])
        return text


# -- PolNeAR mutations ----------------------------------------------------------------------------
class Corpus:
    """Real article texts to mutate (PolNeAR train by default), loaded once."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = [t for t in texts if t.strip()]

    @classmethod
    def load(cls, folder: Path | str | None = None) -> "Corpus | None":
        """The ``*.txt`` texts of ``folder`` (PolNeAR train by default), or ``None`` if it is absent."""
        path = Path(folder) if folder is not None else POLNEAR / "train" / "text"
        files = sorted(path.glob("*.txt")) if path.is_dir() else []
        return cls([f.read_text(encoding="utf-8") for f in files]) if files else None


def _mutate(g: _Gen, text: str, *, whole: bool = False) -> str:
    """A mutation of one real article: mostly a window of a few paragraphs (speed), then 1–4
    structural and quote-mark edits, sometimes a generated paragraph spliced in."""
    g.tag("polnear")
    paras = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    if not whole and len(paras) > 1 and not g.p(0.015):
        k = int(g.weighted([(65, lambda: 1), (25, lambda: 2), (8, lambda: 3), (2, lambda: g.n(4, 5))]))  # type: ignore[arg-type]
        i = g.n(0, max(0, len(paras) - k))
        paras = paras[i:i + k]
        g.tag("polnear_window")
        if len(paras) == 1 and len(paras[0]) > 250 and g.p(0.75):
            # a few sentences of a long paragraph
            cuts = [0] + [m.end() for m in re.finditer(r"[.!?][”\"’']?\s+", paras[0])] + [len(paras[0])]
            a = g.n(0, len(cuts) - 2)
            b = min(len(cuts) - 1, a + int(g.weighted([(3, lambda: 1), (2, lambda: 2), (1, lambda: 3)])))  # type: ignore[arg-type]
            paras = [paras[0][cuts[a]:cuts[b]].strip() or paras[0]]
    else:
        g.tag("polnear_whole")
    ops = g.n(0, 4)
    for _ in range(ops):
        op = g.n(0, 11)
        if op == 0 and len(paras) > 1:
            g.tag("mut_shuffle")
            g.r.shuffle(paras)
        elif op == 1 and len(paras) > 1:
            g.tag("mut_drop")
            del paras[g.n(0, len(paras) - 1)]
        elif op == 2:
            g.tag("mut_duplicate")
            i = g.n(0, len(paras) - 1)
            paras.insert(g.n(0, len(paras)), paras[i])
        elif op == 3 and len(paras) > 1:
            g.tag("mut_merge")
            i = g.n(0, len(paras) - 2)
            paras[i:i + 2] = [paras[i] + g.pick([" ", "", "\n"]) + paras[i + 1]]
        elif op == 4:
            g.tag("mut_split")
            i = g.n(0, len(paras) - 1)
            p = paras[i]
            cuts = [m.end() for m in re.finditer(r"[.!?:,”\"] ", p)]
            if cuts:
                c = g.r.choice(cuts)
                paras[i:i + 1] = [p[:c].rstrip(), p[c:]]
        elif op == 5:
            g.tag("mut_splice_generated")
            paras.insert(g.n(0, len(paras)), "\n\n".join(g.paragraph()))
        else:
            joined = "\n\n".join(paras)
            if op == 6:
                g.tag("mut_delete_marks")
                joined = _edit_marks(g, joined, "delete")
            elif op == 7:
                g.tag("mut_insert_marks")
                joined = _insert_marks(g, joined)
            elif op == 8:
                g.tag("mut_swap_marks")
                joined = _edit_marks(g, joined, "swap")
            elif op == 9:
                g.tag("mut_cut")
                if len(joined) > 2:
                    a = g.n(0, len(joined) // 2) if g.p(0.5) else 0
                    b = g.n(a + 1, len(joined)) if g.p(0.7) else len(joined)
                    joined = joined[a:b]
            elif op == 10:
                g.tag("mut_straighten_or_curl")
                joined = joined.translate(str.maketrans("“”‘’", "\"\"''")) if g.p(0.5) else re.sub(
                    r'"(\S)', "“\\1", re.sub(r'(\S)"', "\\1”", joined))
            else:
                g.tag("mut_noise")
                joined = g.noise(joined)
            paras = [p for p in joined.split("\n\n")] or [joined]
    return g.separator().join(paras) if g.p(0.2) else "\n\n".join(paras)


def _edit_marks(g: _Gen, text: str, how: str) -> str:
    idx = [i for i, ch in enumerate(text) if ch in ALL_MARKS]
    if not idx:
        return text
    k = g.n(1, min(4, len(idx)))
    chosen = sorted(set(g.r.sample(idx, k)), reverse=True)
    chars = list(text)
    for i in chosen:
        if how == "delete":
            del chars[i]
        else:
            chars[i] = g.pick(list("\"“”'‘’«»„"))
    return "".join(chars)


def _insert_marks(g: _Gen, text: str) -> str:
    spots = [m.start() for m in re.finditer(r"(?<=\s)\S|\S(?=\s)|$", text)]
    for _ in range(g.n(1, 3)):
        i = g.r.choice(spots) if spots else 0
        text = text[:i] + g.pick(list("\"“”'‘’«»")) + text[i:]
    return text


# -- entry points -----------------------------------------------------------------------------
def generate_sample(rng: random.Random, *, corpus: Corpus | None = None, polnear_rate: float = 0.2,
                    huge_rate: float = 0.0) -> Sample:
    """One input. ``polnear_rate``: share of mutated real articles (when ``corpus`` is given);
    ``huge_rate``: share of ~1 MB texts (keep it 0 under hypothesis and in CI)."""
    g = _Gen(rng, corpus)
    if huge_rate and rng.random() < huge_rate:
        return Sample(huge(rng, corpus), ["huge"])
    if corpus is not None and g.p(polnear_rate):
        text = _mutate(g, g.r.choice(corpus.texts))
    else:
        text = g.article()
    text = g.noise(text)
    text = g.edges(text)
    if not text.strip():
        text = text + "No."
        g.tag("was_blank")
    return Sample(text, g.tags)


def generate(rng: random.Random, **kw: object) -> str:
    """The text of :func:`generate_sample`."""
    return generate_sample(rng, **kw).text  # type: ignore[arg-type]


def huge(rng: random.Random, corpus: Corpus | None = None, *, size: int | None = None) -> str:
    """A text of about 1 MB (up to :data:`MAX_CHARS` characters, sometimes exactly that many):
    generated articles or real ones back to back, sometimes one line with no break at all."""
    g = _Gen(rng, corpus)
    target = size or (MAX_CHARS if g.p(0.3) else g.n(MAX_CHARS * 9 // 10, MAX_CHARS))
    sep = "\n\n" if not g.p(0.15) else " "
    parts: list[str] = []
    total = 0
    while total < target:
        piece = (g.r.choice(corpus.texts) if corpus is not None and g.p(0.5) else g.article())
        if sep == " ":
            piece = piece.replace("\n", " ")
        parts.append(piece)
        total += len(piece) + len(sep)
    return sep.join(parts)[:target]


def stream(seed: int, *, corpus: Corpus | None = None, polnear_rate: float = 0.2, huge_rate: float = 0.0,
           start: int = 0):
    """Endless ``(index, Sample)`` pairs; input ``i`` depends only on ``(seed, i)``, so any one
    is regenerated alone with :func:`sample_at`."""
    i = start
    while True:
        yield i, sample_at(seed, i, corpus=corpus, polnear_rate=polnear_rate, huge_rate=huge_rate)
        i += 1


def sample_at(seed: int, index: int, *, corpus: Corpus | None = None, polnear_rate: float = 0.2,
              huge_rate: float = 0.0) -> Sample:
    """Input number ``index`` of the stream of ``seed``."""
    return generate_sample(random.Random(f"{seed}:{index}"), corpus=corpus, polnear_rate=polnear_rate,
                           huge_rate=huge_rate)


# -- hypothesis ---------------------------------------------------------------------------------
def articles(*, corpus: Corpus | None = None, polnear_rate: float = 0.2):
    """A hypothesis strategy of generated inputs. The grammar draws from ``st.randoms()``, whose
    draws hypothesis records and shrinks, so a failing input shrinks to fewer paragraphs, plainer
    marks and no noise."""
    from hypothesis import strategies as st

    return st.randoms(use_true_random=False).map(
        lambda r: generate_sample(r, corpus=corpus, polnear_rate=polnear_rate).text)


def paragraphs():
    """A hypothesis strategy of single constructs (one paragraph generator, no article around it)."""
    from hypothesis import strategies as st

    return st.randoms(use_true_random=False).map(lambda r: "\n\n".join(_Gen(r).paragraph()))
