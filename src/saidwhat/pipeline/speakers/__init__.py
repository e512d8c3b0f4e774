"""Speaker resolution: source mention → speaker (names, roles, pronouns, nominals).

A light coreference for sources, after the heuristics of news quote attribution systems
(Pouliquen et al. 2007; Pareti 2015, ch. 6; the Gender Gap Tracker's name merging, Asr et al.
2021): a full personal name is the canonical form; a surname alone links to the nearest full name
that ends with it; a pronoun links to the previous attribution's speaker, else to the nearest
person named before it; a definite nominal ("the Syrian leader") links to a named person whose
role shares a word with it ("Syrian President Bashar Assad"). Indefinite sources ("one
official") are ``anonymous``; what cannot be resolved is ``unresolved``; neither is ever given a
name.

One module per stage (the learned ranker that scores candidates is :mod:`saidwhat.pipeline.coref`):

* :mod:`.entities`: what a name or mention is (person, organisation and its kind, pronoun), the
  speaker records and the registry that merges a person's names;
* :mod:`.names`: personal names in the text (NER PERSON entities and the ones it misses), titles,
  honorifics and roles; the name rules;
* :mod:`.organisations`: the article's organisations, their kinds and the names it writes them by;
* :mod:`.org_descriptions`: organisation descriptions ("the regulator", "his campaign"; one owner:
  ``OrgDescriptionRules._org_description``);
* :mod:`.documents`: documents and their owners; the possessor of a possessive source;
* :mod:`.nominals`: descriptions and epithets of a person (roles, nationality, age, club);
* :mod:`.pronouns`: pronouns (agreement, binding, the person a pronoun continues);
* :mod:`.groups`: anonymous sources, unnamed people, "the two", a team's leader;
* :mod:`.resolver`: :class:`SpeakerResolver`, the cascade that asks them in order.
"""

from __future__ import annotations

from ..coref import load_ranker
from .entities import (DESC_KINDS, NON_PERSON_HEADS, OCCUPATIONS, ORG_HEADS, ORG_KIND_OF, ORG_TYPE_WORDS, PRONOUNS,
                       occupation_led, org_typed)
from .groups import ANON_DETS, ANON_HEADS, GENERIC_PRONOUNS
from .names import HONORIFICS, QUESTION_OPENERS, TITLE_WORDS, UK_TITLES, NamedMention, named_mentions
from .nominals import OFFICE_MODIFIERS, TITLE_SYNONYMS, commanding_subjects, genre_demonym
from .organisations import OrgRef
from .resolver import SpeakerResolver

__all__ = ["ANON_DETS", "ANON_HEADS", "DESC_KINDS", "GENERIC_PRONOUNS", "HONORIFICS", "NON_PERSON_HEADS", "OCCUPATIONS",
           "OFFICE_MODIFIERS", "ORG_HEADS", "ORG_KIND_OF", "ORG_TYPE_WORDS", "PRONOUNS", "QUESTION_OPENERS",
           "TITLE_SYNONYMS", "TITLE_WORDS", "UK_TITLES", "NamedMention", "OrgRef", "SpeakerResolver",
           "commanding_subjects", "genre_demonym", "load_ranker", "named_mentions", "occupation_led", "org_typed"]
