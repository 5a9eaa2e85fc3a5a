"""Load the data files in ``factcheck/lexicons`` once, and index them for lookup."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

import attrs
import pycountry

__all__ = ["Entity", "Person", "country_name", "entities", "lexicon", "people", "word_set"]


@cache
def lexicon(name: str) -> Any:
    """The parsed JSON lexicon ``factcheck/lexicons/<name>.json``."""
    text = resources.files("factcheck.lexicons").joinpath(f"{name}.json").read_text("utf-8")
    return json.loads(text)


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """A word list of a lexicon, as a set for membership tests."""
    return frozenset(lexicon(name)[key])


@attrs.frozen(kw_only=True)
class Person:
    """A well-known public figure from ``people.tsv``."""

    name: str
    party: str
    aliases: tuple[str, ...]
    role: str | None


@cache
def people() -> dict[str, Person]:
    """Known people by every name they go by (full name and aliases)."""
    out: dict[str, Person] = {}
    text = resources.files("factcheck.lexicons").joinpath("people.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, party, aliases, role = [*line.split("\t"), "", "", ""][:4]
        person = Person(name=name, party=party or "unknown",
                        aliases=tuple(a for a in aliases.split(";") if a), role=role or None)
        for key in (name, *person.aliases):
            out.setdefault(key, person)
    return out


@attrs.frozen(kw_only=True)
class Entity:
    """A name that stands for a party: a country, a body or an organisation."""

    name: str  # canonical display name ("North Korea", "NATO", "Bellingcat")
    party: str  # ISO alpha-2, body acronym or organisation name
    kind: str  # "country", "body" or "organisation"


@attrs.frozen(kw_only=True)
class EntityIndex:
    """Every alias of every entity, and a regex that finds them, longest first."""

    by_alias: dict[str, Entity]
    demonyms: dict[str, str]
    pattern: re.Pattern[str]
    demonym_pattern: re.Pattern[str]



def country_name(code: str) -> str:
    """The short English name of a country code ("KP" -> "North Korea")."""
    short: dict[str, str] = lexicon("entities")["short_names"]
    if code in short:
        return short[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def entities() -> EntityIndex:
    """The entity index: pycountry's names plus the project's aliases and bodies."""
    data = lexicon("entities")
    by_alias: dict[str, Entity] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        ent = Entity(name=country_name(code), party=code, kind="country")
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                by_alias.setdefault(value, ent)
    institutions = set(data["institutions"])
    for alias, code in data["aliases"].items():
        name = alias if alias in institutions else country_name(code)
        by_alias[alias] = Entity(name=name, party=code, kind="country")
    for alias, acronym in data["bodies"].items():
        by_alias[alias] = Entity(name=alias, party=acronym, kind="body")
    for name, org in data["organisations"].items():
        ent = Entity(name=name, party=org["party"], kind="organisation")
        for alias in (name, *org["aliases"]):
            by_alias[alias] = ent
    pattern = re.compile(r"(?<![\w-])(?:the\s+)?(" + _alternation(list(by_alias)) + r")(?![\w-])")
    demonyms: dict[str, str] = data["demonyms"]
    demonym_pattern = re.compile(r"(?<![\w-])(" + _alternation(list(demonyms)) + r")(?![\w-])")
    return EntityIndex(by_alias=by_alias, demonyms=demonyms, pattern=pattern,
                       demonym_pattern=demonym_pattern)
