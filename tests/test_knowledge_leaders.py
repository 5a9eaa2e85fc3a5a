"""The leaders table (knowledge/data/leaders.jsonl) and name lookups without accents."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from factcheck.claims import PartyKind
from factcheck.knowledge import DATA_FILES, Knowledge, unaccented

KB = Knowledge.default()


def _rows(name: str) -> list[dict[str, object]]:
    text = resources.files("factcheck.knowledge").joinpath(f"data/{name}").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


LEADERS = _rows("leaders.jsonl")


def test_leaders_are_shipped() -> None:
    """The leaders table is one of the shipped data files, loaded after people.jsonl."""
    assert DATA_FILES.index("leaders.jsonl") > DATA_FILES.index("people.jsonl")


def test_leaders_do_not_repeat_people() -> None:
    """A leader is written once: no id of people.jsonl again, no id twice."""
    ids = [row["id"] for row in LEADERS]
    assert len(ids) == len(set(ids))
    assert not set(ids) & {row["id"] for row in _rows("people.jsonl")}


@pytest.mark.parametrize("row", LEADERS, ids=lambda row: str(row["id"]))
def test_every_leader_role_is_dated_and_names_a_known_side(row: dict[str, object]) -> None:
    """Each role has a start date, ends after it starts, and speaks for a known entry."""
    roles = row["roles"]
    assert isinstance(roles, list) and roles
    for role in roles:
        start = dt.date.fromisoformat(role["from"])
        if "to" in role:
            assert dt.date.fromisoformat(role["to"]) >= start
        if "party" in role:
            assert KB.entry(role["party"]) is not None


@pytest.mark.parametrize(("name", "day", "want"), [
    ("Irfaan Ali", dt.date(2025, 3, 1), "GY"),
    ("Evo Morales", dt.date(2015, 1, 1), "BO"),
    ("Agnès Callamard", dt.date(2019, 1, 1), "UN"),
    ("Agnes Callamard", dt.date(2023, 1, 1), "Amnesty International"),
    ("Macky Sall", dt.date(2020, 1, 1), "SN"),
])
def test_a_leader_speaks_for_the_side_of_the_day(name: str, day: dt.date, want: str) -> None:
    """A leader's party follows the article's day."""
    party = KB.party_of(name, day)
    assert party is not None and party.id == want


@pytest.mark.parametrize(("plain", "want"), [
    ("Ibrahim Traore", "BF"), ("Evariste Ndayishimiye", "BI"), ("Bogota", "CO"),
])
def test_a_name_without_its_accents_is_the_same_entry(plain: str, want: str) -> None:
    """News copy that drops accents ("Traore") finds the accented entry ("Traoré")."""
    party = KB.party_of(plain, dt.date(2024, 4, 28))
    assert party is not None and party.id == want and party.kind is PartyKind.STATE


@pytest.mark.parametrize(("text", "want"), [("Traoré", "Traore"), ("Nicolás", "Nicolas"),
                                            ("Gaborone", "Gaborone")])
def test_unaccented_drops_only_accents(text: str, want: str) -> None:
    """Accents go; letters stay."""
    assert unaccented(text) == want
