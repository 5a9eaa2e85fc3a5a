"""The knowledge base: its data files, its lookups, user extensions and the Party record."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.claims import Article, Party, PartyKind, Speaker, dumps, loads
from factcheck.knowledge import DATA_FILES, EntryKind, Knowledge, current
from factcheck.knowledge._records import read_rows
from factcheck.report import render

ROOT = Path(__file__).resolve().parents[1]
KB = Knowledge.default()


def _data(name: str) -> str:
    return resources.files("factcheck.knowledge").joinpath("data", name).read_text("utf-8")


# -- the shipped files ----------------------------------------------------------------------

@pytest.mark.parametrize("name", DATA_FILES)
def test_every_row_of_every_shipped_file_meets_the_schema(name: str) -> None:
    """Each shipped file loads on top of the ones before it: new ids have kind and name,
    every field has its type (a row that breaks the schema raises KnowledgeError)."""
    upto = DATA_FILES[:DATA_FILES.index(name) + 1]
    kb = Knowledge({}).extend(*([row for _, row in read_rows(f, _data(f))] for f in upto))
    assert len(kb.entries) >= len([r for _, r in read_rows(name, _data(name)) if "kind" in r])


@pytest.mark.parametrize("name", DATA_FILES)
def test_no_file_defines_one_id_twice(name: str) -> None:
    """Within one file an id is new at most once (a second full row would be a slip)."""
    new = [row["id"] for _, row in read_rows(name, _data(name)) if "kind" in row]
    assert len(new) == len(set(new))


def test_every_party_named_in_the_data_is_an_entry() -> None:
    """Organs, outlets, breakaway regions and roles speak for parties the base knows."""
    missing = [(e.id, pid) for e in KB.entries
               for pid in (e.party, *(r.party for r in e.roles)) if pid and KB.entry(pid) is None]
    assert missing == []


def test_every_person_has_ordered_roles() -> None:
    """People have at least one role, and no role ends before it starts."""
    people = [e for e in KB.entries if e.kind is EntryKind.PERSON]
    assert len(people) > 100
    bad = [e.name for e in people if not e.roles or any(
        r.start and r.end and r.end < r.start for r in e.roles)]
    assert bad == []


def test_the_generated_states_file_is_current() -> None:
    """states.jsonl is what scripts/build_states.py makes from pycountry and countryinfo."""
    pytest.importorskip("countryinfo")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_states.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_every_iso_country_is_a_state() -> None:
    """Every ISO 3166-1 code from pycountry is a state entry with that id."""
    kinds = {c.alpha_2: getattr(KB.entry(c.alpha_2), "kind", None) for c in pycountry.countries}
    missing = [code for code, kind in kinds.items() if kind is not EntryKind.STATE]
    assert missing == []


# -- lookups --------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "party"), [
    ("Kosovo", "XK"), ("Taiwan", "TW"), ("Palestine", "PS"), ("Somaliland", "Somaliland"),
    ("Western Sahara", "EH"), ("Northern Cyprus", "Northern Cyprus"),
    ("Donetsk People's Republic", "RU"), ("the self-proclaimed Luhansk People's Republic", "RU"),
])
def test_disputed_and_breakaway_states_speak_for_themselves_or_their_patron(
        name: str, party: str) -> None:
    """Partly recognised states are their own party; installed 'republics' are their patron's."""
    assert KB.party_of(name).id == party  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "party"), [
    ("the Kremlin", "RU"), ("the White House", "US"), ("Downing Street", "GB"),
    ("the Élysée", "FR"), ("Zhongnanhai", "CN"), ("Miraflores", "VE"), ("Casa Rosada", "AR"),
    ("Planalto", "BR"), ("Aso Villa", "NG"), ("Bani Gala", "PK"), ("Pyongyang", "KP"),
    ("Caracas", "VE"), ("Nairobi", "KE"), ("Washington", "US"),
])
def test_capitals_and_seats_of_power_speak_for_their_government(name: str, party: str) -> None:
    """A capital or a seat of power stands for its state."""
    assert KB.party_of(name).id == party  # type: ignore[union-attr]


@pytest.mark.parametrize(("word", "party"), [
    ("Russian", "RU"), ("Venezuelans", "VE"), ("Britons", "GB"), ("Chinese", "CN"),
    ("Kenyans", "KE"), ("Pakistanis", "PK"), ("Kosovar", "XK"),
])
def test_demonyms_and_plural_nationals_name_their_state(word: str, party: str) -> None:
    """Adjectives and plural nationals map to the state."""
    assert KB.demonym(word) == party


@pytest.mark.parametrize(("phrase", "party"), [
    ("Kenya's defence ministry", "KE"), ("the Ethiopian army", "ET"),
    ("the Pakistani military", "PK"), ("the parliament of Ghana", "GH"),
    ("Chile's foreign ministry", "CL"), ("the Bolivian armed forces", "BO"),
    ("Ugandan state media", "UG"), ("Moscow's foreign ministry", "RU"),
    ("the Ministry of Foreign Affairs of Peru", "PE"),
])
def test_a_state_organ_is_found_by_pattern(phrase: str, party: str) -> None:
    """Ministries, forces, services, parliaments and state media of any state need no row."""
    found = KB.organ(phrase)
    assert found is not None and found.entry.id == party


@pytest.mark.parametrize(("phrase", "party"), [
    ("The Chinese Foreign Office said", "CN"), ("a Pakistani foreign office spokesperson", "PK"),
    ("the British Foreign Office", "GB"), ("Peru's Congress voted", "PE"),
])
def test_an_organ_word_shared_by_many_states_goes_with_the_state_named(
        phrase: str, party: str) -> None:
    """ "Foreign Office", "Congress": generic organ names belong to the state the text names."""
    assert [m.entry.id for m in KB.organs(phrase)] == [party]


@pytest.mark.parametrize("name", ["Foreign Office", "Congress", "National Intelligence Service"])
def test_a_generic_organ_name_alone_is_no_state(name: str) -> None:
    """Many states have one: alone, the name says nothing of whose it is."""
    assert KB.party_of(name) is None


_WITH_DEMONYM = sorted(e.id for e in KB.entries
                       if e.kind is EntryKind.STATE and e.demonyms and not e.party)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_WITH_DEMONYM),
       st.sampled_from(["army", "foreign ministry", "intelligence service", "parliament"]))
def test_any_state_s_organ_named_by_demonym_speaks_for_that_state(code: str, organ: str) -> None:
    """ "the <demonym> <organ>" resolves to the state for every state with a demonym."""
    entry = KB.entry(code)
    assert entry is not None
    found = KB.organ(f"the {entry.demonyms[0]} {organ}")
    assert found is not None
    assert KB.demonym(entry.demonyms[0]) == found.entry.party_id()


@pytest.mark.parametrize(("name", "party"), [
    ("UN special rapporteur", "UN"), ("the UN panel of experts", "UN"),
    ("Security Council", "UN"), ("UNHCR", "UN"), ("ECOWAS", "ECOWAS"), ("the OAS", "OAS"),
    ("ASEAN", "ASEAN"), ("Shanghai Cooperation Organisation", "SCO"), ("OSCE", "OSCE"),
    ("OPCW", "OPCW"), ("International Court of Justice", "ICJ"), ("Interpol", "Interpol"),
    ("World Health Organization", "WHO"), ("European Commission", "EU"),
    ("African Union", "African Union"),
])
def test_intergovernmental_bodies_and_their_organs_speak_for_the_body(
        name: str, party: str) -> None:
    """Bodies are their own party (by acronym); their organs speak for them."""
    found = KB.party_of(name)
    assert found is not None and found.id == party and found.kind is PartyKind.BODY


@pytest.mark.parametrize(("name", "party", "kind"), [
    ("Reuters", "Reuters", PartyKind.MEDIA), ("KCNA", "KP", PartyKind.STATE),
    ("state broadcaster CCTV", "CN", PartyKind.STATE),
    ("Al Jazeera", "Al Jazeera", PartyKind.MEDIA),
])
def test_outlets_speak_for_themselves_and_state_outlets_for_their_state(
        name: str, party: str, kind: PartyKind) -> None:
    """An outlet is its own party unless it is its government's voice."""
    found = KB.party_of(name)
    assert found is not None and (found.id, found.kind) == (party, kind)


@pytest.mark.parametrize(("day", "party"), [
    (dt.date(2023, 5, 1), "NL"), (dt.date(2024, 8, 15), "NL"), (dt.date(2025, 1, 10), "NATO"),
    (None, "NATO"), (dt.date(2001, 1, 1), "NL"),
])
def test_a_person_speaks_for_the_party_of_the_role_held_that_day(
        day: dt.date | None, party: str) -> None:
    """Mark Rutte: Dutch PM to July 2024, NATO Secretary-General from October 2024; between
    roles the last one, before the first the first, with no day the current one."""
    assert KB.party_of("Rutte", day).id == party  # type: ignore[union-attr]


def test_mentions_finds_names_longest_first_without_overlap() -> None:
    """ "North Korea" is one mention, not "Korea"; organs are one mention of their state."""
    found = KB.mentions("North Korea's foreign ministry and South Korean officials met "
                        "Volodymyr Zelensky in Kyiv.")
    assert [(m.text, m.form, m.party_id()) for m in found] == [
        ("North Korea's foreign ministry", "organ", "KP"),
        ("South Korean officials", "organ", "KR"),
        ("Volodymyr Zelensky", "person", "UA"),
        ("Kyiv", "capital", "UA"),
    ]


def test_an_unknown_id_is_an_organisation_and_unknown_is_none() -> None:
    """party() of an id the base does not know is an organisation of that name."""
    assert KB.party("Georgetown Lab") == Party(id="Georgetown Lab", kind=PartyKind.ORGANISATION,
                                               name="Georgetown Lab")
    assert KB.party("unknown") is None
    assert KB.party(None) is None


# -- extending it ---------------------------------------------------------------------------

def test_a_user_file_adds_entries_extends_known_ones_and_replaces_fields(tmp_path: Path) -> None:
    """New ids are added; a known id's lists grow and its other fields are replaced."""
    path = tmp_path / "mine.jsonl"
    path.write_text("# my additions\n" + "\n".join(json.dumps(r) for r in [
        {"id": "LMC", "kind": "body", "name": "Lusophone Maritime Commission", "names": ["LMC"]},
        {"id": "RU", "seats": ["Staraya Square"], "name": "Russian Federation"},
    ]) + "\n", encoding="utf-8")
    kb = Knowledge.load(path)
    assert kb.party_of("LMC").kind is PartyKind.BODY  # type: ignore[union-attr]
    assert kb.party_of("Staraya Square").id == "RU"  # type: ignore[union-attr]
    assert kb.party_of("the Kremlin").name == "Russian Federation"  # type: ignore[union-attr]
    assert KB.party_of("Staraya Square") is None  # the shipped base is unchanged


@pytest.mark.parametrize(("row", "message"), [
    ('{"id": "X"}', "needs a 'kind' and a 'name'"),
    ('{"id": "X", "kind": "planet", "name": "X"}', "unknown kind"),
    ('{"id": "X", "kind": "body", "name": "X", "names": "X"}', "list of strings"),
    ('{"id": "X", "kind": "body", "name": "X", "colour": "red"}', "unknown field"),
    ('{"id": "AU", "kind": "body", "name": "African Union"}', "already a state"),
    ('{"id": "X", "kind": "person", "name": "X", "roles": [{"party": "RU", "from": "May"}]}',
     "bad role"),
    ("not json", "not a JSON object"),
])
def test_a_bad_row_raises_knowledge_error_naming_file_and_line(
        tmp_path: Path, row: str, message: str) -> None:
    """The error names the file and the line of the row that breaks the schema."""
    path = tmp_path / "bad.jsonl"
    path.write_text("# fine\n" + row + "\n", encoding="utf-8")
    with pytest.raises(factcheck.KnowledgeError, match=message) as err:
        Knowledge.load(path)
    assert f"{path}:2" in str(err.value)


def test_extraction_reads_the_knowledge_base_it_is_given() -> None:
    """A user's person speaks for their party with that base, and only with it."""
    kb = KB.extend([{"id": "Ana Souza", "kind": "person", "name": "Ana Souza",
                     "roles": [{"title": "spokeswoman", "party": "BR"}]}])
    article = Article(id="a", source="a.txt", published="2025-06-03",
                      body="Ana Souza said on Monday that the tanker had left port.")
    assert [c.speaker.party_id for c in factcheck.extract(article, kb)] == ["BR"]
    assert [c.speaker.party_id for c in factcheck.extract(article)] == [None]
    assert current() is KB


def test_a_knowledge_base_sent_to_a_worker_is_restored_once() -> None:
    """Pickled twice (two tasks to one worker), it comes back as one object, so its
    indexes are built once per process."""
    kb = KB.extend([{"id": "LMC", "kind": "body", "name": "LMC"}])
    first, second = pickle.loads(pickle.dumps(kb)), pickle.loads(pickle.dumps(kb))
    assert first is second and first.party("LMC") == kb.party("LMC")


# -- the Party record -----------------------------------------------------------------------

def test_party_round_trips_through_json() -> None:
    """A speaker's party survives dumps/loads as a record; a bare id or 'unknown' is read."""
    speaker = Speaker(name="Sergey Lavrov", party=KB.party("RU"), role="Foreign Minister")
    assert loads(dumps(speaker), Speaker) == speaker
    assert loads('{"name": "X", "party": "RU", "role": null}', Speaker).party == KB.party("RU")
    assert loads('{"name": "X", "party": "unknown", "role": null}', Speaker).party is None


def test_parties_are_equal_by_id() -> None:
    """Two records with one id are one party, whatever name a user file gives it."""
    assert Party(id="RU", kind="state", name="Russia") == Party(id="RU", kind="state",
                                                                name="Russian Federation")
    assert len({Party(id="RU", kind="state", name="a"),
                Party(id="RU", kind="state", name="b")}) == 1


def test_the_json_report_writes_the_party_id_and_unknown() -> None:
    """score.py reads speaker.party as an id string: 'RU', or 'unknown' for none."""
    article = Article(id="a", source="a.txt", published="2024-03-01",
                      body="Sergei Lavrov said on Monday that the claims were lies. "
                           "Maria Lopez said the water had risen overnight.")
    result = factcheck.analyze_articles([article])
    report = json.loads(render(result, "json"))
    assert {c["speaker"]["name"]: c["speaker"]["party"] for c in report["claims"]} == {
        "Sergey Lavrov": "RU", "Maria Lopez": "unknown"}


def test_the_cli_reads_a_knowledge_file(tmp_path: Path) -> None:
    """factcheck analyze --knowledge FILE: the file's person speaks for their party."""
    from factcheck import cli

    mine = tmp_path / "mine.jsonl"
    mine.write_text(json.dumps({"id": "Ana Souza", "kind": "person", "name": "Ana Souza",
                                "roles": [{"title": "spokeswoman", "party": "BR"}]}) + "\n",
                    encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a1.txt").write_text("published: 2025-06-03\n\nAna Souza said on Monday that "
                                     "the tanker had left port.\n", encoding="utf-8")
    out = tmp_path / "r.json"
    code = cli.main(["analyze", str(articles), "--knowledge", str(mine), "--format", "json",
                     "-o", str(out), "-q"])
    assert code == 0
    claims = json.loads(out.read_text("utf-8"))["claims"]
    assert [c["speaker"]["party"] for c in claims] == ["BR"]


def test_the_cli_names_a_bad_knowledge_file(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A knowledge file that breaks the schema stops the run with an error naming it."""
    from factcheck import cli

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "X"}\n', encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a1.txt").write_text("Ana Souza said the tanker had left port.\n",
                                     encoding="utf-8")
    assert cli.main(["analyze", str(articles), "--knowledge", str(bad), "-q"]) == 3
    assert f"{bad}:1" in capsys.readouterr().err
