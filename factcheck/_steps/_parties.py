"""Party names as the step library reads them: "Russia", "Moscow", "Russian", "RU" are one party.

The library's own reading of names is reused, so a step reads a name as the
extractor does: ``factcheck.extract.party_of_phrase`` and the entity lexicon
behind it (the knowledge base, ``factcheck.knowledge``: names, capitals, seats,
demonyms, bodies). Country codes and, should the lexicon be missing, country names come
from pycountry.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import attrs
import pycountry

__all__ = ["PartyNames", "names", "party_id", "place_party", "same_party"]

# Tokens for the pycountry-only fallback scan: words, dotted abbreviations ("U.S.").
_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")
_MAX_WORDS = 4  # longest alias the fallback scan tries ("United States of America")


@attrs.frozen(kw_only=True)
class PartyNames:
    """Every name that stands for a party, and how to find such names in text."""

    exact: dict[str, str]  # alias as written ("U.S.", "Moscow") -> party id
    folded: dict[str, str]  # casefolded alias -> party id, for names typed in a step
    patterns: tuple[tuple[re.Pattern[str], dict[str, str]], ...]  # finders over text
    phrase: Callable[[str], str | None] | None = None  # the extractor's role/body reader

    def party(self, name: str) -> str | None:
        """The party id a name stands for, or None if it is no known party."""
        found = self.place(name)
        if found is None and self.phrase is not None:
            found = self.phrase(name)
            if found == name.strip():
                return None
        return found

    def place(self, name: str) -> str | None:
        """The party a country, capital, code or body name stands for (not a person's)."""
        name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
        if name in self.exact:
            return self.exact[name]
        undotted = name.replace(".", "")
        # Codes are upper case: "US" is a party, the word "us" is not.
        if undotted.isupper() and 2 <= len(undotted) <= 3:
            country = pycountry.countries.get(alpha_2=undotted) or pycountry.countries.get(
                alpha_3=undotted)
            if country is not None:
                return str(country.alpha_2)
        return self.folded.get(name.casefold())

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """``(start, end, party)`` for each party name in ``text``."""
        for pattern, table in self.patterns:
            for m in pattern.finditer(text):
                group = 1 if m.groups() else 0
                party = table.get(m.group(group))
                if party is not None:
                    yield m.start(group), m.end(group), party


def _pycountry_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                out.setdefault(str(value), str(country.alpha_2))
    return out


def _library_phrase() -> Callable[[str], str | None] | None:
    """The extractor's party-of-a-phrase reader, if this version of factcheck has one."""
    try:
        module = importlib.import_module("factcheck.extract")
    except ImportError:
        return None
    found: Callable[[str], str | None] | None = getattr(module, "party_of_phrase", None)
    return found


def _library_index() -> Any | None:
    """The extractor's entity index, if this version of factcheck has one."""
    try:
        module = importlib.import_module("factcheck.extract._lexicon")
        return module.entities()
    except (ImportError, AttributeError, OSError):
        return None


@cache
def names() -> PartyNames:
    """The party names, loaded once."""
    exact = _pycountry_names()
    patterns: list[tuple[re.Pattern[str], dict[str, str]]] = []
    index = _library_index()
    if index is not None:
        by_alias = {alias: str(ent.party) for alias, ent in index.by_alias.items()}
        demonyms = {str(k): str(v) for k, v in index.demonyms.items()}
        exact.update(demonyms)
        exact.update(by_alias)
        patterns = [(index.pattern, by_alias), (index.demonym_pattern, demonyms)]
    else:
        alternation = "|".join(re.escape(n) for n in sorted(exact, key=len, reverse=True)
                               if "," not in n and len(n.split()) <= _MAX_WORDS)
        patterns = [(re.compile(rf"(?<![\w-])({alternation})(?![\w-])"), exact)]
    folded: dict[str, str] = {}
    for alias, party in exact.items():
        # An all-caps alias ("US", "WHO") only counts when typed in capitals.
        if not alias.replace(".", "").isupper():
            folded.setdefault(alias.casefold(), party)
    return PartyNames(exact=exact, folded=folded, patterns=tuple(patterns),
                      phrase=_library_phrase())


def party_id(name: str) -> str:
    """The party id for a name a user typed: a code, country, capital, demonym or body.

    Any other name (a university, a newspaper) is its own party.

        >>> party_id("Moscow"), party_id("North Korean"), party_id("the United States")
        ('RU', 'KP', 'US')
        >>> party_id("Georgetown University")
        'Georgetown University'
    """
    found = names().party(name)
    return found if found is not None else name.strip()


def place_party(name: str) -> str | None:
    """The party of a name that is itself a country, capital, code or body ("Pyongyang")."""
    return names().place(name)


def same_party(a: str, b: str) -> bool:
    """Whether two party names or ids stand for the same party."""
    return party_id(a).casefold() == party_id(b).casefold()
