"""Party names as the step library reads them: "Russia", "Moscow", "Russian", "RU" are one party.

Names are read with the knowledge base the library itself reads them with
(``factcheck.knowledge.current()``: names, capitals, seats, demonyms, plural
nationals, bodies, and any state's organs by pattern), through its public
lookups, so a step reads a name as the extractor does. Country codes ("RU",
"RUS") come from pycountry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pycountry

from factcheck.knowledge import Entry, EntryKind, Mention, current, per_knowledge

__all__ = ["find", "party_id", "place_party", "same_party"]

# People are matched by name, not by side; a bloc ("the West") is no speaker's party.
_NO_PARTY = frozenset({EntryKind.PERSON, EntryKind.BLOC})
# Which name wins inside a phrase ("North Korea's UN envoy" speaks for KP): an
# organisation beats a state, a state beats a demonym, a body or bloc comes last.
_RANK = {EntryKind.ORGANISATION: 0, EntryKind.ORGAN: 0, EntryKind.MEDIA: 0,
         EntryKind.STATE: 1, EntryKind.BODY: 3, EntryKind.BLOC: 3}
_DEMONYM_RANK = 2
_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _side(entry: Entry) -> str:
    # the static side, as the extractor's entity index reads it (no dated roles)
    return entry.party or entry.id


@per_knowledge
def _folded() -> dict[str, str]:
    """Casefolded alias -> party id, for names typed in a step in any case."""
    out: dict[str, str] = {}
    for entry in current().entries:
        if entry.kind in _NO_PARTY:
            continue
        aliases = (entry.name, *entry.names, *((entry.capital,) if entry.capital else ()),
                   *entry.seats, *entry.nationals, *entry.demonyms)
        for alias in aliases:
            # An all-caps alias ("US", "WHO") only counts when typed in capitals.
            if not alias.replace(".", "").isupper():
                out.setdefault(alias.casefold(), _side(entry))
    return out


def _code(name: str) -> str | None:
    undotted = name.replace(".", "")
    # Codes are upper case: "US" is a party, the word "us" is not.
    if undotted.isupper() and 2 <= len(undotted) <= 3:
        country = pycountry.countries.get(alpha_2=undotted) or pycountry.countries.get(
            alpha_3=undotted)
        if country is not None:
            return str(country.alpha_2)
    return None


def place_party(name: str) -> str | None:
    """The party of a name that is itself a country, capital, seat, demonym, code or body
    ("Pyongyang", "the Kremlin", "RUS"); None for a person or any other name."""
    kb = current()
    name = _THE.sub("", name.strip())
    found = kb.lookup(name)
    if found is not None:
        return _side(found[0]) if found[0].kind not in _NO_PARTY else None
    return _code(name) or _folded().get(name.casefold())


def _ranked(mention: Mention) -> tuple[int, int]:
    rank = _DEMONYM_RANK if mention.form == "demonym" else _RANK.get(mention.entry.kind, 3)
    return rank, mention.start


def _party(name: str) -> str | None:
    found = place_party(name)
    if found is not None:
        return found
    kb = current()
    entry = kb.resolve(name)  # a whole description: "the Ethiopian army", "state broadcaster CCTV"
    if entry is not None and entry.kind not in _NO_PARTY:
        return _side(entry)
    named = [m for m in kb.mentions(name) if m.entry.kind not in _NO_PARTY]
    return _side(min(named, key=_ranked).entry) if named else None


def party_id(name: str) -> str:
    """The party id for a name a user typed: a code, country, capital, demonym or body, or
    a phrase that names one ("North Korea's UN envoy").

    Any other name (a university, a newspaper, a person) is its own party.

        >>> party_id("Moscow"), party_id("North Korean"), party_id("the United States")
        ('RU', 'KP', 'US')
        >>> party_id("Georgetown University")
        'Georgetown University'
    """
    found = _party(name)
    return found if found is not None else name.strip()


def same_party(a: str, b: str) -> bool:
    """Whether two party names or ids stand for the same party."""
    return party_id(a).casefold() == party_id(b).casefold()


def find(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, party)`` for each party name in ``text``, in order (people left out)."""
    for mention in current().mentions(text):
        if mention.entry.kind not in _NO_PARTY:
            yield mention.start, mention.end, _side(mention.entry)
