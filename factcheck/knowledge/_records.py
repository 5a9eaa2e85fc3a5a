"""The knowledge base's records and the one row schema its data files use.

A knowledge file is JSON Lines: one JSON object per line; blank lines and
lines starting with ``#`` are comments. Every row has an ``id``; a row whose
``id`` is already known *extends* that entry (its lists are added to, its
other fields replace), so a user file can add an alias to Russia, a seat of
power to a state or a new role to a person without repeating the rest.

Row fields (only ``id`` is always required; ``kind`` and ``name`` for a new id):

=============  =====================================================================
``id``         a state's ISO 3166-1 alpha-2 code, a body's acronym, a name otherwise
``kind``       state | body | organisation | media | bloc | organ | person
``name``       the name a reader sees ("Russia", "NATO", "Mark Rutte")
``names``      other names it goes by, matched as written ("Russian Federation")
``demonyms``   adjectives of a state ("Russian"), matched as written
``nationals``  its people in the plural ("Russians"): they stand for the state
``capital``    the capital, which stands for the government ("Moscow")
``seats``      seats of power that stand for the government ("Kremlin")
``party``      whom the entry speaks for when not itself: an organ's state or body
               (FSB -> RU), a state medium's state, a patron (breakaway regions)
``country``    where an organisation or outlet is based (information only)
``roles``      ``[{"title", "party", "from", "to"}]``, dates ISO, open ends omitted: a
               person speaks for the party of the role held that day; any other entry
               speaks for a role's party while it holds (a de facto government), else
               for its ``party`` or itself
=============  =====================================================================
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
from attrs import validators as v

from factcheck._errors import KnowledgeError

__all__ = ["Entry", "EntryKind", "Role", "entry_from_row", "merge", "read_rows"]


class EntryKind(enum.StrEnum):
    """What an entry is: the one kind vocabulary of the knowledge base.

    The first five are also :class:`factcheck.claims.PartyKind` values: the
    kinds of side a speaker can speak for.
    """

    STATE = "state"  # a sovereign or de facto state, and its government
    BODY = "body"  # an intergovernmental body (UN, NATO, EU, AU, IAEA)
    ORGANISATION = "organisation"  # any other organisation (armed group, NGO, company, court)
    MEDIA = "media"  # a news agency or outlet
    BLOC = "bloc"  # a loose group of states ("the West"): a side a claim names, no speaker's
    ORGAN = "organ"  # a part of a state or body that speaks for it (FSB, Security Council)
    PERSON = "person"  # a public figure with dated roles


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for s in items if s))


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name} must be a non-empty string")


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if len(text) == 7:  # "2024-10": a month is enough for a term of office
        text += "-01"
    elif len(text) == 4:
        text += "-01-01"
    return dt.date.fromisoformat(text)


@attrs.frozen(kw_only=True)
class Role:
    """A role a person held, for a party, from one day to another (open ends: None).

    ``party`` is None for a role that speaks for no party (an opposition figure)."""

    title: str
    party: str | None = None
    start: dt.date | None = attrs.field(default=None, converter=_date)
    end: dt.date | None = attrs.field(default=None, converter=_date)

    def holds_on(self, day: dt.date) -> bool:
        """Whether the role was held on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _roles(items: Iterable[Role]) -> tuple[Role, ...]:
    return tuple(items)


def _by_start(roles: tuple[Role, ...]) -> tuple[Role, ...]:
    floor = dt.date.min
    return tuple(sorted(roles, key=lambda r: r.start or floor))  # stable: ties keep file order


@attrs.frozen(kw_only=True)
class Entry:
    """One thing the knowledge base knows: a state, body, organisation, outlet or person."""

    id: str = attrs.field(validator=_non_empty)
    kind: EntryKind = attrs.field(converter=EntryKind)
    name: str = attrs.field(validator=_non_empty)
    names: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    demonyms: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    nationals: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    capital: str | None = None
    seats: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    party: str | None = None
    country: str | None = None
    roles: tuple[Role, ...] = attrs.field(default=(), converter=_roles,
                                          validator=v.deep_iterable(v.instance_of(Role)))
    # the roles by start, sorted once: role_at runs for every person on every article day
    _ordered: tuple[Role, ...] = attrs.field(
        init=False, repr=False, eq=False,
        default=attrs.Factory(lambda self: _by_start(self.roles), takes_self=True))

    def role_at(self, day: dt.date | None = None) -> Role | None:
        """The role held on ``day``; with no day, or none held that day, the latest
        role begun before it (a former minister still speaks for that side), else the
        earliest."""
        ordered = self._ordered
        if len(ordered) <= 1:  # most people: their one role whatever the day
            return ordered[0] if ordered else None
        floor = dt.date.min
        if day is None:
            current = [r for r in ordered if r.end is None]
            return (current or ordered)[-1]
        held = [r for r in ordered if r.holds_on(day)]
        if held:
            return held[-1]
        before = [r for r in ordered if (r.start or floor) <= day]
        return before[-1] if before else ordered[0]

    def party_id(self, day: dt.date | None = None) -> str | None:
        """The id of the party this entry speaks for on ``day`` (None: today).

        A person speaks for the party of the role held (see :meth:`role_at`). Any other
        entry may also have dated roles: whom it speaks for *while* a role holds (the
        Taliban are Afghanistan's de facto government from August 2021); outside every
        role it speaks for its ``party``, else for itself.
        """
        if self.kind is EntryKind.PERSON:
            role = self.role_at(day)
            return role.party if role else self.party
        if not self.roles:
            return self.party or self.id
        held = [r for r in self.roles if r.holds_on(day or dt.date.today()) and r.party]
        if held:
            return held[-1].party
        return self.party or self.id


_LISTS = ("names", "demonyms", "nationals", "seats")
_SCALARS = ("kind", "name", "capital", "party", "country")
_FIELDS = frozenset({"id", "roles", *_LISTS, *_SCALARS})


def _role(raw: Any, where: str) -> Role:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("party", ""), str):
        raise KnowledgeError(f"a role is an object whose 'party' is a string: {raw!r}",
                             source=where)
    unknown = set(raw) - {"title", "party", "from", "to"}
    if unknown:
        raise KnowledgeError(f"unknown role field(s) {sorted(unknown)}", source=where)
    try:
        return Role(title=str(raw.get("title") or ""), party=raw.get("party") or None,
                    start=raw.get("from"), end=raw.get("to"))
    except ValueError as err:
        raise KnowledgeError(f"bad role {raw!r}: {err}", source=where) from err


def _check(row: Mapping[str, Any], where: str) -> None:
    unknown = set(row) - _FIELDS
    if unknown:
        raise KnowledgeError(f"unknown field(s) {sorted(unknown)}", source=where)
    if not isinstance(row.get("id"), str) or not row["id"].strip():
        raise KnowledgeError("every row needs a non-empty string 'id'", source=where)
    for key in _LISTS:
        value = row.get(key, [])
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise KnowledgeError(f"'{key}' must be a list of strings", source=where)
    for key in _SCALARS:
        if row.get(key) is not None and not isinstance(row[key], str):
            raise KnowledgeError(f"'{key}' must be a string", source=where)
    if "kind" in row and row["kind"] not in EntryKind.__members__.values():
        kinds = ", ".join(k.value for k in EntryKind)
        raise KnowledgeError(f"unknown kind {row['kind']!r} (one of: {kinds})", source=where)
    if not isinstance(row.get("roles", []), list):
        raise KnowledgeError("'roles' must be a list", source=where)


def entry_from_row(row: Mapping[str, Any], where: str = "<row>") -> Entry:
    """A new entry from one row (which must have ``kind`` and ``name``)."""
    _check(row, where)
    if "kind" not in row or "name" not in row:
        raise KnowledgeError(f"new id {row['id']!r} needs a 'kind' and a 'name'", source=where)
    try:
        return Entry(id=row["id"], kind=row["kind"], name=row["name"],
                     **{k: row.get(k, []) for k in _LISTS},
                     capital=row.get("capital"), party=row.get("party"),
                     country=row.get("country"),
                     roles=[_role(r, where) for r in row.get("roles", [])])
    except ValueError as err:
        raise KnowledgeError(str(err), source=where) from err


def merge(entry: Entry, row: Mapping[str, Any], where: str = "<row>") -> Entry:
    """``entry`` extended by a row with its id: lists grow, other fields are replaced (a
    replaced ``name`` stays one of its ``names``).

    A row may not change what kind of thing an id is: a clash of ids ("AU" is Australia,
    not the African Union) is an error, not a merge.
    """
    _check(row, where)
    if "kind" in row and row["kind"] != entry.kind.value:
        raise KnowledgeError(f"id {entry.id!r} is already a {entry.kind.value} "
                             f"({entry.name}); a {row['kind']} needs another id", source=where)
    changes: dict[str, Any] = {k: (*getattr(entry, k), *row[k]) for k in _LISTS if k in row}
    changes |= {k: row[k] for k in _SCALARS if k in row}
    if row.get("name") and row["name"] != entry.name:
        # a new name for the reader ("Eswatini"); the old one still names it ("Swaziland")
        changes["names"] = (*changes.get("names", entry.names), entry.name)
    if "roles" in row:
        changes["roles"] = (*entry.roles, *(_role(r, where) for r in row["roles"]))
    try:
        return attrs.evolve(entry, **changes)
    except ValueError as err:
        raise KnowledgeError(str(err), source=where) from err


def read_rows(path: str | Path, text: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """The rows of a knowledge file, each with where it is (``file:line``)."""
    name = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeError) as err:
            raise KnowledgeError(f"cannot read knowledge file: {err}", source=name) from err
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(stripped)
        except json.JSONDecodeError as err:
            raise KnowledgeError(f"not a JSON object: {err.msg}", source=where) from err
        if not isinstance(row, dict):
            raise KnowledgeError("each line must be one JSON object", source=where)
        yield where, row
