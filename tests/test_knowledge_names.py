"""The forms news copy names a state in: each rule of scripts/build_states.py and of the
knowledge base's index, tested over many states (the data are the shipped knowledge base)."""

from __future__ import annotations

import re
from importlib import resources

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.knowledge import EntryKind, Knowledge, dotted_initialisms
from factcheck.knowledge._records import read_rows

KB = Knowledge.default()
STATES = [e for e in KB.entries if e.kind is EntryKind.STATE]


def _id(name: str) -> str | None:
    found = KB.lookup(name)
    return found[0].id if found else None


def _iso(attr: str, pattern: str) -> list[tuple[str, str]]:
    """(ISO name, code) for every pycountry country whose ``attr`` matches ``pattern``."""
    return [(str(getattr(c, attr)), str(c.alpha_2)) for c in pycountry.countries
            if re.search(pattern, str(getattr(c, attr, "") or ""))]


def _generated() -> list[dict[str, object]]:
    """The rows of the generated states.jsonl."""
    text = resources.files("factcheck.knowledge").joinpath("data", "states.jsonl")
    return [row for _, row in read_rows("states.jsonl", text.read_text("utf-8"))]


@pytest.mark.parametrize("name", [
    "Gambia", "Philippines", "Netherlands", "Bahamas", "Democratic Republic of Congo",
    "United Arab Emirates", "Central African Republic", "Maldives", "Comoros", "Seychelles",
    "Solomon Islands", "Marshall Islands", "Czech Republic", "Dominican Republic",
    "United States", "United Kingdom", "Republic of Congo", "Holy See", "DRC",
])
def test_a_leading_the_is_optional(name: str) -> None:
    """"the Gambia" and "Gambia", "The Netherlands" and "Netherlands" are one state."""
    assert _id(name) is not None
    assert _id(f"the {name}") == _id(f"The {name}") == _id(name)


@pytest.mark.parametrize(("name", "party"), [("The Hague", "NL"), ("the Hague", "NL")])
def test_a_the_that_belongs_to_a_name_is_kept(name: str, party: str) -> None:
    """A name that starts with "The" is still found whole ("The Hague" is no "Hague")."""
    assert _id(name) == party


@pytest.mark.parametrize(("name", "code"), sorted(
    {(n, e.id) for e in STATES for n in (e.name, *e.names) if re.fullmatch(r"[A-Z]{2,4}", n)
     and KB.lookup(n)[0].id == e.id}))  # type: ignore[index]
def test_a_state_s_initialism_is_also_found_dotted(name: str, code: str) -> None:
    """Every initialism a state goes by is found as US style dots it ("UAE" -> "U.A.E.")."""
    assert _id(".".join(name) + ".") == code


@pytest.mark.parametrize(("name", "code"), sorted(
    (str(n), str(row["id"])) for row in _generated() for n in row.get("names", [])  # type: ignore[attr-defined]
    if re.search(r"\b[A-Z]{2,4}\b", str(n))))
def test_a_generated_initialism_is_written_dotted_in_the_data(name: str, code: str) -> None:
    """The generated rows carry the dotted form of every initialism ("DR Congo" and
    "D.R. Congo"), so every reader of a state's names finds it, not only the lookup."""
    row = next(r for r in _generated() if r["id"] == code)
    assert dotted_initialisms(name) in row["names"]  # type: ignore[operator]


@pytest.mark.parametrize(("name", "party"), [
    ("U.S.", "US"), ("the U.S.", "US"), ("U.K.", "GB"), ("U.A.E.", "AE"), ("D.R. Congo", "CD"),
    ("D.R.C.", "CD"), ("D.P.R.K.", "KP"), ("P.R.C.", "CN"), ("U.N.", "UN"), ("E.U.", "EU"),
])
def test_a_dotted_initialism_keeps_its_final_full_stop(name: str, party: str) -> None:
    """The last dot of "U.S." is part of the name, not a sentence's full stop."""
    assert _id(name) == party
    bare = name.removeprefix("the ")
    assert [m.text for m in KB.mentions(f"Officials in {name} said so.")] == [bare]


@given(st.text(alphabet="ABCDEFGHXYZ .abc", max_size=30))
def test_dotting_initialisms_is_idempotent_and_only_adds_dots(text: str) -> None:
    """Dotting twice is dotting once, and takes the dots out to give the name back."""
    once = dotted_initialisms(text)
    assert dotted_initialisms(once) == once
    assert once.replace(".", "") == text.replace(".", "")


@pytest.mark.parametrize(("name", "code"), _iso("official_name", r" of the [A-Z]"))
def test_the_inside_a_long_form_is_optional(name: str, code: str) -> None:
    """"Republic of the Congo" is also "Republic of Congo", "Kingdom of the Netherlands"
    also "Kingdom of Netherlands": every ISO long form with an inner "the"."""
    assert _id(name) == code
    assert _id(name.replace(" of the ", " of ")) == code


@pytest.mark.parametrize(("name", "code"), _iso("name", r", .* of( the)?$"))
def test_an_iso_inverted_long_form_is_found_in_reading_order(name: str, code: str) -> None:
    """"Korea, Republic of" is found as "Republic of Korea", "Iran, Islamic Republic of" as
    "Islamic Republic of Iran": every ISO name written head first."""
    head, _, tail = name.partition(", ")
    tail = re.sub(r"^The ", "", tail)
    assert _id(f"{tail} {head}") == code


@pytest.mark.parametrize(("name", "code"), [
    ("Micronesia", "FM"), ("Bolivia", "BO"), ("Iran", "IR"), ("Moldova", "MD"),
    ("Tanzania", "TZ"), ("Venezuela", "VE"), ("Palestine", "PS"), ("British Virgin Islands", "VG"),
    ("U.S. Virgin Islands", "VI"),
])
def test_the_head_of_an_iso_inverted_name_is_a_short_name(name: str, code: str) -> None:
    """The head of "Micronesia, Federated States of" names the state alone, and a one-word
    tail is read before it ("Virgin Islands, British" -> "British Virgin Islands")."""
    assert _id(name) == code


@pytest.mark.parametrize(("name", "code"), sorted(
    (e.name, e.id) for e in STATES if e.name.startswith("Saint ")))
def test_saint_is_also_st_and_st_dot(name: str, code: str) -> None:
    """Every state or territory named "Saint ..." is also "St ..." and "St. ..."."""
    rest = re.sub(r"\s*\(.*\)", "", name).removeprefix("Saint ")  # "(French part)"
    assert _id(f"St {rest}") == _id(f"St. {rest}") == code


@pytest.mark.parametrize(("name", "code"), sorted(
    (e.name, e.id) for e in STATES
    if " and " in e.name and "," not in e.name and not e.name.startswith("Saint")))
def test_and_in_a_short_name_is_also_an_ampersand(name: str, code: str) -> None:
    """"Trinidad & Tobago", "Bosnia & Herzegovina": "&" for "and" in every short name."""
    assert _id(name.replace(" and ", " & ")) == code


@pytest.mark.parametrize(("name", "code"), sorted(
    (n, e.id) for e in Knowledge.load(base=False).extend(_generated()).entries
    for n in (e.name, *e.names) if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", n)))
def test_a_hyphen_between_two_names_is_also_a_space(name: str, code: str) -> None:
    """"Guinea Bissau", "Timor Leste", "Congo Brazzaville": every two-word hyphenated name
    of the generated states."""
    assert _id(name.replace("-", " ")) == code


@pytest.mark.parametrize(("name", "code"), [
    ("Congo", "CD"), ("Congolese", "CD"), ("Dominican", "DO"),
    ("Republic of Congo", "CG"), ("Republic of the Congo", "CG"), ("Congo-Brazzaville", "CG"),
    ("Congo Republic", "CG"), ("Brazzaville", "CG"), ("Dominica", "DM"),
])
def test_a_name_two_states_share_alone_is_the_one_news_mean(name: str, code: str) -> None:
    """News copy says "Congo" and "Congolese" for the DRC and always qualifies the other
    Congo; the qualified forms and the capital still name the other."""
    assert _id(name) == code


@pytest.mark.parametrize("name", ["Korea", "Virgin Islands"])
def test_a_shared_name_with_no_rule_names_no_state(name: str) -> None:
    """A name two states share and news do not settle names neither."""
    assert _id(name) is None


# Brussels names the EU in news copy (world.jsonl), not Belgium's government
@pytest.mark.parametrize(("capital", "code"), sorted(
    (e.capital, e.id) for e in STATES if e.capital and e.capital != "Brussels"))
def test_every_state_s_capital_speaks_for_its_government(capital: str, code: str) -> None:
    """Each state's capital, as written and unaccented, is a mention of that state."""
    assert KB.party_of(capital).id == KB.entry(code).party_id()  # type: ignore[union-attr]
    plain = capital.encode("ascii", "ignore").decode() if not capital.isascii() else capital
    if len(plain) == len(capital):
        assert _id(plain) == code


@pytest.mark.parametrize(("name", "code"), [
    ("Sanaa", "YE"), ("Ndjamena", "TD"), ("Nukualofa", "TO"), ("St George's", "GD"),
    ("St. John's", "AG"), ("Bogota", "CO"), ("Mbabane", "SZ"), ("Kinshasa", "CD"),
])
def test_a_capital_is_found_as_news_copy_spells_it(name: str, code: str) -> None:
    """Capitals without apostrophes or accents, with "St" for "Saint", name their state."""
    assert _id(name) == code


@pytest.mark.parametrize(("name", "code"), [
    ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Cote d'Ivoire", "CI"), ("Czechia", "CZ"),
    ("Czech Republic", "CZ"), ("Türkiye", "TR"), ("Turkiye", "TR"), ("Turkey", "TR"),
    ("Myanmar", "MM"), ("Burma", "MM"), ("Eswatini", "SZ"), ("Swaziland", "SZ"),
    ("Cabo Verde", "CV"), ("Cape Verde", "CV"), ("Timor-Leste", "TL"), ("East Timor", "TL"),
    ("North Macedonia", "MK"), ("South Korea", "KR"), ("Republic of Korea", "KR"),
    ("North Korea", "KP"), ("DPRK", "KP"), ("Democratic People's Republic of Korea", "KP"),
    ("Russian Federation", "RU"), ("Syrian Arab Republic", "SY"), ("Viet Nam", "VN"),
    ("Lao People's Democratic Republic", "LA"), ("Bosnia", "BA"), ("Holland", "NL"),
    ("Britain", "GB"), ("America", "US"), ("Emirates", "AE"), ("Brunei Darussalam", "BN"),
    ("Sao Tome and Principe", "ST"), ("State of Palestine", "PS"), ("Ulan Bator", "MN"),
    ("KSA", "SA"), ("Guinea Bissau", "GW"),
])
def test_common_names_in_news_copy_resolve(name: str, code: str) -> None:
    """The short, long, old and new names news copy uses for a state all name it."""
    assert _id(name) == code


@pytest.mark.parametrize(("word", "code"), [
    ("Ivorian", "CI"), ("Ivorians", "CI"), ("Burmese", "MM"), ("Czech", "CZ"), ("Czechs", "CZ"),
    ("Turkish", "TR"), ("Turks", "TR"), ("Swazi", "SZ"), ("Cape Verdean", "CV"),
    ("Timorese", "TL"), ("North Macedonian", "MK"), ("North Macedonians", "MK"),
    ("South Korean", "KR"), ("North Koreans", "KP"), ("Congolese", "CD"), ("Filipinos", "PH"),
    ("Dutch", "NL"), ("Gambians", "GM"), ("Bahamian", "BS"), ("Emiratis", "AE"),
    ("Azeri", "AZ"), ("Azeris", "AZ"), ("Salvadorean", "SV"),
])
def test_adjectives_and_plural_nationals_in_news_copy_name_their_state(
        word: str, code: str) -> None:
    """The adjective and the plural of a state's people, in the forms news copy uses."""
    assert KB.demonym(word) == code


@pytest.mark.parametrize("entry", [e for e in STATES if e.capital or e.names],
                         ids=lambda e: e.id)
def test_every_name_of_a_state_names_that_state(entry: object) -> None:
    """No state's name or other name is taken by another entry: each resolves to it."""
    names = (entry.name, *entry.names)  # type: ignore[attr-defined]
    lost = [n for n in names if _id(n) != entry.id]  # type: ignore[attr-defined]
    assert lost == []


def _renamed() -> list[tuple[str, str]]:
    """(generated name, id) of every state that world.jsonl gives a new name."""
    data = resources.files("factcheck.knowledge").joinpath("data")
    generated = {str(row["id"]): str(row["name"]) for row in _generated()}
    return sorted((generated[row["id"]], row["id"]) for _, row in read_rows(
        "world.jsonl", data.joinpath("world.jsonl").read_text("utf-8"))
        if "kind" not in row and "name" in row and row["id"] in generated
        and row["name"] != generated[row["id"]])


@pytest.mark.parametrize(("old", "code"), _renamed())
def test_a_state_given_a_new_name_keeps_its_old_one(old: str, code: str) -> None:
    """A row that renames a state for the reader ("Eswatini") leaves the old name
    ("Swaziland", "Republic of Macedonia") naming it."""
    assert _id(old) == code
