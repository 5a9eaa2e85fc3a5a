"""The party a speaker speaks for: decided from their own description (extract/_parties.py)."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck.claims import Article
from factcheck.extract._parties import dateline_party, home_party
from factcheck.knowledge import Knowledge

KB = Knowledge.default()


def _parties(body: str, published: str = "2024-03-19") -> list[tuple[str, str | None]]:
    article = Article(id="a", source="a.txt", body=body,
                      published=dt.date.fromisoformat(published))
    return [(c.speaker.name, c.speaker.party_id) for c in factcheck.extract(article)]


def _party_ids(body: str, published: str = "2024-03-19") -> set[str | None]:
    return {party for _, party in _parties(body, published)}


@pytest.mark.parametrize(("body", "want"), [
    ("Pakistan's foreign office said the strikes targeted militants. \"Our patience with "
     'Afghanistan is running out," foreign office spokeswoman Mumtaz Zahra Baloch said.', "PK"),
    ("Ethiopia's foreign ministry said the findings were based on testimony gathered "
     "from refugees in Sudan.", "ET"),
    ("Kenya's interior ministry said the attackers had crossed from Somalia.", "KE"),
])
def test_country_in_the_content_never_gives_the_party(body: str, want: str) -> None:
    """A country named inside the claim (or inside a quotation) is not the speaker's side."""
    assert _party_ids(body) == {want}


def test_title_does_not_leak_across_a_dateline_bracket() -> None:
    """ "MOSCOW, June 7 (Xinhua) -- Russian President X": the agency is not the speaker's side."""
    body = ("MOSCOW, June 7 (Xinhua) -- Russian President Vladimir Putin on Wednesday said "
            "the dam had been destroyed by the other side, the Kremlin said.")
    assert _party_ids(body, "2023-06-07") == {"RU"}


@pytest.mark.parametrize(("body", "want"), [
    ("Ethiopian Prime Minister Abiy Ahmed said the troops would leave the region.", "ET"),
    ("Kenyan Interior Minister Amos Odhiambo said the border would stay closed.", "KE"),
])
def test_nationality_in_a_title_gives_the_party(body: str, want: str) -> None:
    """A demonym in a title gives the party, and the name stays the person's name."""
    found = _parties(body)
    assert [party for _, party in found] == [want]
    assert all(" " in name and "Minister" not in name for name, _ in found)


@pytest.mark.parametrize(("body", "want"), [
    ("The Taliban said the strikes had killed eight civilians.", "AF"),
    ("The Islamic Emirate rejected the claims and said it allows no one to use its soil.",
     "AF"),
    ("Taliban spokesman Zabihullah Mujahid said the strikes had killed eight civilians.",
     "AF"),
])
def test_de_facto_government_speaks_for_its_state(body: str, want: str) -> None:
    """Since August 2021 the Taliban are Afghanistan's government: their officials speak for AF."""
    assert _party_ids(body) == {want}


def test_de_facto_role_is_dated() -> None:
    """Before they took Kabul the Taliban were an armed group speaking for themselves."""
    assert KB.party_of("Taliban", dt.date(2019, 1, 1)).id == "Taliban"
    assert KB.party_of("the Islamic Emirate", dt.date(2024, 3, 1)).id == "AF"
    assert KB.party("Taliban", dt.date(2024, 3, 1)).id == "AF"


@pytest.mark.parametrize("alias", ["Taliban", "Islamic Emirate", "Asmara", "Amnesty", "Quito",
                                   "Kabul", "Ecuadorian authorities"])
def test_every_alias_normalises_to_a_canonical_id(alias: str) -> None:
    """Aliases, capitals and organs resolve to the knowledge base's id, never stay as text."""
    party = KB.party_of(alias, dt.date(2024, 3, 1))
    assert party is not None and KB.entry(party.id) is not None


def test_parties_that_go_out_are_canonical() -> None:
    """Every party extraction outputs is a knowledge-base id or an organisation's proper name."""
    body = ("Survivors said the soldiers went door to door. Reports said the town was "
            "empty. Amnesty said the killings may "
            "amount to crimes against humanity. Asmara said the report was baseless.")
    parties = _party_ids(body, "2021-02-26") - {None}
    assert parties and all(KB.entry(p) is not None for p in parties)


@pytest.mark.parametrize(("body", "want"), [
    ("Amnesty's regional director, Deprose Muchena, said the killings were systematic.",
     "Amnesty International"),
    ("A spokesman for Human Rights Watch said the report was credible.", "Human Rights Watch"),
    ("Xiao Xinguang, chief software architect at Antiy Labs, said the evidence was thin.",
     "Antiy Labs"),
    ("Human Rights Watch's Africa director, Mausi Segun, said troops had killed civilians "
     "in Mali.", "Human Rights Watch"),
    ("Mexican diplomats left the Mexican embassy in Quito. The embassy's acting head of "
     "mission, Roberto Canseco, said the police had assaulted him.", "MX"),
])
def test_officials_speak_for_their_organisation(body: str, want: str) -> None:
    """Officials and representatives of a body take its party ("Amnesty's director")."""
    assert want in _party_ids(body)


def test_a_lawyer_speaks_for_the_client() -> None:
    """A private person's lawyer speaks for that person."""
    body = ("Police arrested former vice president Jorge Glas on Friday. Glas's lawyer, "
            "Sonia Vera, said her client had been taken to a prison.")
    assert ("Sonia Vera", "Jorge Glas") in _parties(body)


@pytest.mark.parametrize(("body", "want"), [
    ("The Ethiopian Human Rights Commission said it was conducting its own inquiry.",
     "Ethiopian Human Rights Commission"),
    ("Finnish network company Cinia said it was investigating a broken cable.", "Cinia"),
    ("The World Sikh Organization of Canada said the announcement confirmed its fears.",
     "World Sikh Organization of Canada"),
])
def test_a_body_in_its_own_right_keeps_its_name(body: str, want: str) -> None:
    """A country inside a body's name or description is where it is, not whom it speaks for."""
    assert _party_ids(body) == {want}


@pytest.mark.parametrize(("body", "want"), [
    ("The Ethiopian army said the rebels had attacked first.", "ET"),
    ("State broadcaster CCTV said the ship had left port.", "CN"),
    ("The Chinese National Computer Virus Emergency Response Center said the group was "
     "a ransomware gang.", "CN"),
])
def test_a_state_organ_still_speaks_for_the_state(body: str, want: str) -> None:
    """An organ by pattern, a state medium or a national centre speaks for its state."""
    assert _party_ids(body) == {want}


def test_its_ministry_is_the_antecedents() -> None:
    """ "Its Ministry of Foreign Affairs" is the organ of the body just quoted."""
    body = ("Ethiopia said on Friday that it would investigate. Its Ministry of Foreign "
            "Affairs said the findings were based on testimony from refugees in Sudan.")
    assert _parties(body)[-1][1] == "ET"


def test_an_unowned_national_office_is_the_datelines_state() -> None:
    """ "The Minister of the Interior" in a dispatch datelined in one state is that state's."""
    body = ("Quito. The National Government defended the operation in Ecuador on Saturday. "
            "The Minister of the Interior, Mónica Palencia, said the police did not use "
            "excessive force.")
    assert ("Mónica Palencia", "EC") in _parties(body, "2024-04-06")


def _titled(body: str, title: str | None, outlet: str | None = None) -> dict[str, str | None]:
    article = Article(id="a", source="a.txt", body=body, title=title, outlet=outlet,
                      published=dt.date(2024, 10, 22))
    return {c.speaker.name: c.speaker.party_id for c in factcheck.extract(article)}


_TWO_STATES = ("Moldova's referendum on Sunday was marred by vote buying, and Russia has been "
               "accused of paying for it.\n\n{office} said the payments went through Russian "
               "banks.")


@pytest.mark.parametrize("office", ["Police chief Ion Rusu", "Health Minister Ion Rusu",
                                    "The spokesman for the Ministry of Water, Ion Rusu,",
                                    "The chief of defence staff, Ion Rusu,"])
@pytest.mark.parametrize(("title", "outlet", "want"), [
    ("Moldova says network paid voters", None, "MD"),
    ("Moldovan prosecutors say network paid voters", None, "MD"),
    ("Vote buying: what we know", "Ziarul National (Chisinau)", "MD"),
    ("Vote buying: what we know", None, None),
    ("Kremlin rejects Moldova's claims", None, "RU"),
    ("Why Moldova's vote matters", None, None),
])
def test_a_state_office_naming_no_state_is_the_headlines_or_the_papers(
        office: str, title: str, outlet: str | None, want: str | None) -> None:
    """An office of a state that names no state, in a story about two, is the state the
    headline opens with as its subject, else the one its paper is published in; a headline
    that opens otherwise, and no paper's place, say nothing."""
    assert _titled(_TWO_STATES.format(office=office), title, outlet)["Ion Rusu"] == want


def test_the_headline_comes_before_a_foreign_papers_home() -> None:
    """A state's agency covering another state's story: "the spokesman for the Ministry of
    Water" is the ministry of the state the headline is about, not the agency's."""
    body = _TWO_STATES.format(office="The spokesman for the Ministry of Water, Ion Rusu,")
    assert _titled(body, "Moldova says network paid voters", "TASS")["Ion Rusu"] == "MD"


def test_a_spokesman_alone_names_no_office() -> None:
    """ "The spokesman, X" says whose voice X is only with an owner; the headline gives none."""
    body = _TWO_STATES.format(office="The spokesman, Ion Rusu,")
    assert _titled(body, "Moldova says network paid voters")["Ion Rusu"] is None


def test_an_unowned_organ_is_the_last_named_owners() -> None:
    """ "The Ministry of National Defense" is the ministry of the government the article last
    named a ministry of."""
    body = ("The Ministry of Foreign Affairs of Pakistan summoned the envoy on Monday, "
            "officials said. Later, the Ministry of National Defense said its forces had "
            "returned fire.")
    assert _parties(body)[-1][1] == "PK"


@pytest.mark.parametrize(("dateline", "want"), [
    ("QUITO, Ecuador (AP) —", "EC"),
    ("ISLAMABAD:", "PK"),
    ("KABUL/ISLAMABAD, March 18 (Reuters) -", None),
    ("MOSCOW, June 7 (Xinhua) --", "RU"),
    ("BOGOTA, Colombia (AP) —", "CO"),
    ("LIMA/BOGOTA, June 7 (Reuters) -", None),
    ("MOSCOW/ST PETERSBURG, June 7 (Reuters) -", "RU"),
    ("ISLAMABAD/PESHAWAR, March 18 (Reuters) -", "PK"),
])
def test_dateline_party_is_one_place_only(dateline: str, want: str | None) -> None:
    """A dateline naming places in several states gives no state whose officials speak
    untitled; several places of one state (the others unknown or the same) give it."""
    assert dateline_party(dateline) == want


@pytest.mark.parametrize(("body", "want"), [
    ("Asmara, 27 February 2021 - The Ministry said Eritrea rejects the report.", "ER"),
    ("NAIROBI, Kenya (AP) — Soldiers from Eritrea killed civilians in Ethiopia.", None),
    ("The ministry said nothing.", None),
])
def test_home_party_needs_the_state_named_again(body: str, want: str | None) -> None:
    """A dispatch's home state is its dateline's only when the story is about that state."""
    assert home_party(body) == want


def test_staff_of_a_body_in_its_own_right_speak_for_it() -> None:
    """ "The commission's staff" is the commission named before, not the commission's country."""
    body = ("The Ethiopian Human Rights Commission published a report on Monday. The "
            "commission's staff said the killings were deliberate.")
    assert _party_ids(body) == {"Ethiopian Human Rights Commission"}


def test_a_role_to_a_body_speaks_for_the_sender() -> None:
    """ "Russia's UN ambassador": an envoy to a body speaks for the state that sent them."""
    body = "Russia's UN ambassador Vassily Nebenzia said the plant had been shelled."
    assert _party_ids(body, "2023-06-07") == {"RU"}


def test_a_user_row_can_give_any_entry_a_dated_parent() -> None:
    """The knowledge format's dated roles work for organisations too (a de facto government)."""
    kb = KB.extend([{"id": "Example Front", "kind": "organisation", "name": "Example Front",
                     "roles": [{"title": "de facto government", "party": "ML",
                                "from": "2030-01-01"}]}])
    assert kb.party_of("Example Front", dt.date(2029, 6, 1)).id == "Example Front"
    assert kb.party_of("Example Front", dt.date(2030, 6, 1)).id == "ML"


def test_the_office_held_now_says_whose_side_not_a_former_one() -> None:
    """ "an aide to President Putin and former head of the Security Council": the aide's side
    (the president's), not the former office's body."""
    body = ("Russia accused Ukraine of attacking civilians.\n\nIvan Petrov, a close aide to "
            "President Vladimir Putin and former head of the Security Council, said the "
            "operation was planned abroad.")
    assert ("Ivan Petrov", "RU") in _parties(body, "2024-08-10")
