"""Load the language data in ``factcheck/lexicons`` once, and index the knowledge base
(``factcheck.knowledge``: states, bodies, organisations, people) for the extractor."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import attrs

from factcheck.claims import Party
from factcheck.knowledge import (
    Entry,
    EntryKind,
    Knowledge,
    alternation,
    as_of,
    current,
    per_knowledge,
    unaccented,
)

__all__ = ["LANGUAGE", "Entity", "Person", "as_party", "country_name", "entities", "lexicon",
           "people", "word_set"]


# The language of the lexicons: each language is a sibling folder of ``factcheck/lexicons``.
LANGUAGE = "en"


@cache
def lexicon(name: str) -> Any:
    """The parsed JSON lexicon ``factcheck/lexicons/<LANGUAGE>/<name>.json``."""
    folder = resources.files("factcheck.lexicons").joinpath(LANGUAGE)
    return json.loads(folder.joinpath(f"{name}.json").read_text("utf-8"))


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """A word list of a lexicon, as a set for membership tests."""
    return frozenset(lexicon(name)[key])


@attrs.frozen(kw_only=True)
class Person:
    """A public figure from the knowledge base, with the role held on the day read."""

    name: str
    party: str | None  # the party id of that role; None when it speaks for none
    aliases: tuple[str, ...]
    role: str | None


@lru_cache(maxsize=8)
def _person_keys(kb: Knowledge) -> tuple[tuple[Entry, tuple[str, ...]], ...]:
    """The people of a knowledge base with every key they are found by, once (the keys do
    not change with the day; _people runs for every new article day)."""
    out = []
    for entry in (e for e in kb.entries if e.kind is EntryKind.PERSON):
        keys = [entry.name, *entry.names]
        for key in list(keys):
            keys.append(unaccented(key))  # "Ibrahim Traore" for Ibrahim Traoré
            bare = re.sub(r",?\s+(?:Jr|Sr|II|III|IV)\.?$", "", key)  # "Ferdinand Marcos"
            if bare != key and " " in bare:
                keys.append(bare)
        out.append((entry, tuple(keys)))
    return tuple(out)


@lru_cache(maxsize=64)
def _people(kb: Knowledge, day: dt.date | None) -> dict[str, Person]:
    out: dict[str, Person] = {}
    later: list[tuple[str, Person]] = []
    for entry, keys in _person_keys(kb):
        role = entry.role_at(day)
        person = Person(name=entry.name, party=entry.party_id(day), aliases=entry.names,
                        role=role.title or None if role else None)
        n = 1 + len(entry.names)
        for key in keys[:n]:
            out.setdefault(key, person)
        later.extend((key, person) for key in keys[n:])
    for key, person in later:  # variants never shadow a name as written
        out.setdefault(key, person)
    return out


def people() -> dict[str, Person]:
    """Known people by every name they go by, with their role on the article's day
    (``factcheck.knowledge.on_day``)."""
    return _people(current(), as_of())


def as_party(party_id: str | None) -> Party | None:
    """The :class:`Party` record for a party id found in the text (None: unknown)."""
    return current().party(party_id)


@attrs.frozen(kw_only=True)
class Entity:
    """A name that stands for a party: a state, a body, an organ, an organisation, an outlet."""

    name: str  # canonical display name ("North Korea", "NATO", "Bellingcat", "Kremlin")
    party: str  # the party id it speaks for: ISO alpha-2, body acronym or organisation name
    kind: str  # the knowledge base's kind (factcheck.knowledge.EntryKind)


@attrs.frozen(kw_only=True)
class EntityIndex:
    """Every alias of every entity, and a regex that finds them, longest first."""

    by_alias: dict[str, Entity]
    demonyms: dict[str, str]
    pattern: re.Pattern[str]
    demonym_pattern: re.Pattern[str]


def country_name(code: str) -> str:
    """The short English name of a party id ("KP" -> "North Korea"; unknown ids as they are)."""
    return current().name_of(code)


def _alternation(words: list[str]) -> str:
    return alternation(words)  # a trie: as fast with thousands of names as with a few


@per_knowledge
def entities() -> EntityIndex:
    """The entity index of the knowledge base in force (``factcheck.knowledge.current``)."""
    kb = current()
    by_alias: dict[str, Entity] = {}
    demonyms: dict[str, str] = {}
    for entry in kb.entries:
        if entry.kind in (EntryKind.PERSON, EntryKind.BLOC):
            continue  # people are read by name; a bloc is no speaker's party ("the West")
        # the static parent: a dated one (the Taliban -> AF from 2021) is read on the
        # article's day when the id becomes a Party (as_party)
        party = entry.party or entry.id
        ent = Entity(name=entry.name, party=party, kind=entry.kind.value)
        for alias in (entry.name, *entry.names):
            by_alias[alias] = ent
        if entry.capital:
            by_alias[entry.capital] = ent
        for seat in entry.seats:  # the Kremlin speaks under its own name, for its state
            by_alias[seat] = Entity(name=seat, party=party, kind=entry.kind.value)
        for word in entry.nationals:  # "the Russians said": the state speaks
            by_alias[word] = ent
        for word in entry.demonyms:
            demonyms[word] = party
    pattern = re.compile(r"(?<![\w-])(?:the\s+)?(" + _alternation(list(by_alias)) + r")(?![\w-])")
    demonym_pattern = re.compile(r"(?<![\w-])(" + _alternation(list(demonyms)) + r")(?![\w-])")
    return EntityIndex(by_alias=by_alias, demonyms=demonyms, pattern=pattern,
                       demonym_pattern=demonym_pattern)
