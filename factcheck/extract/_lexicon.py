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

# a generational suffix after a person's name: "Jr.", "Sr", "III"
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")

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


def _person(entry: Entry, day: dt.date | None) -> Person:
    role = entry.role_at(day)  # (a person's party is their role's: Entry.party_id)
    return Person(name=entry.name, party=role.party if role else entry.party,
                  aliases=entry.names, role=role.title or None if role else None)


@attrs.frozen(kw_only=True)
class _People:
    """The people of a knowledge base indexed once; only the roles change with the day."""

    entries: tuple[Entry, ...]
    keys: dict[str, int]  # every name a person is found by -> their index in ``entries``
    fixed: tuple[Person | None, ...]  # the person whatever the day (at most one role)


@lru_cache(maxsize=8)
def _people_index(kb: Knowledge) -> _People:
    entries = tuple(e for e in kb.entries if e.kind is EntryKind.PERSON)
    keys: dict[str, int] = {}
    later: list[tuple[str, int]] = []
    for i, entry in enumerate(entries):
        for key in (entry.name, *entry.names):
            keys.setdefault(key, i)
            plain = unaccented(key)  # "Ibrahim Traore" for Ibrahim Traoré
            later.append((plain, i))
            bare = _SUFFIX.sub("", key)  # "Ferdinand Marcos" for Ferdinand Marcos Jr.
            if bare != key and " " in bare:
                later.append((bare, i))
    for key, i in later:  # variants never shadow a name as written
        keys.setdefault(key, i)
    fixed = tuple(_person(e, None) if len(e.roles) <= 1 else None for e in entries)
    return _People(entries=entries, keys=keys, fixed=fixed)


@lru_cache(maxsize=64)
def _people(kb: Knowledge, day: dt.date | None) -> dict[str, Person]:
    index = _people_index(kb)
    persons = [p if p is not None else _person(e, day)
               for e, p in zip(index.entries, index.fixed, strict=True)]
    return {key: persons[i] for key, i in index.keys.items()}


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
