"""Parties by general rules: never a piece of the text, and the story's state for offices
that name none (extract/_parties.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_parties import _parties

from factcheck.extract._parties import _body_of_named_owner, is_organisation_name
from factcheck.knowledge import Knowledge

KB = Knowledge.default()


def _claims(body: str, published: str = "2024-05-02") -> list[tuple[str, str | None]]:
    return _parties(body, published)  # (speaker, party) per claim, as in test_parties


def _party_ids(body: str, published: str = "2024-05-02") -> set[str | None]:
    return {party for _, party in _claims(body, published)}


@pytest.mark.parametrize("name", ["Government Spokesperson", "Minister", "President Ali",
                                  "Captain Ibrahim Traore", "New York-based",
                                  "London-based group", "country's", "Culture Minister's",
                                  "culture", "Survivors", "Reports", ""])
def test_a_piece_of_the_text_is_no_organisation(name: str) -> None:
    """Titles, titled surnames, compound modifiers, possessives and lower-case words are
    never an organisation's name, so never a party."""
    assert not is_organisation_name(name)


@pytest.mark.parametrize("name", ["Georgetown University", "ExxonMobil", "60 Minutes",
                                  "Trump campaign", "Nordic Beekeepers Association of Finland",
                                  "Antiy Labs", "VesselFinder.com", "Forbidden Stories"])
def test_an_organisation_name_is_a_party(name: str) -> None:
    """Proper names of organisations the knowledge base does not know are parties."""
    assert is_organisation_name(name)


_SUBJECTS = ["The Minister", "The Government Spokesperson", "The New York-based group",
             "Culture, Arts and Tourism, Government Spokesperson, Ana Lima, the Government",
             "No official", "Such claims, the diplomats", "The country's regulator",
             "President Ali", "Hours later, the Bureau of Consular Affairs", "The junta",
             "Tensions", "More", "Survivors", "The two sides", "Its foreign ministry"]


@settings(max_examples=40, deadline=None)
@given(subject=st.sampled_from(_SUBJECTS),
       context=st.sampled_from(["", "Peru and Chile disagree. ", "Mali's army moved. "]))
def test_every_party_is_a_known_id_or_an_organisation_name(subject: str, context: str) -> None:
    """Whatever the subject, a party that goes out is the knowledge base's id, an
    organisation's proper name, or unknown: never a fragment of the sentence."""
    body = f"{context}{subject} said the border had been closed on Monday."
    for _, party in _claims(body):
        assert party is None or KB.entry(party) is not None or is_organisation_name(party)


def test_an_unnamed_government_is_the_storys_state() -> None:
    """ "The junta" in a story about one state (filed from another) is that state's."""
    body = ("DAKAR (AFP) - Mali's army has been accused of killing civilians near Mopti. "
            "Mali has denied it before.\n\n"
            "The junta rejected the accusations and said the army had killed only fighters.")
    assert _party_ids(body) == {"ML"}


def test_an_office_with_an_unknown_town_is_the_storys_state() -> None:
    """ "The public prosecutor in <a town the knowledge base does not know>" in a story
    about one state is that state's office."""
    body = ("Niger's army said it repelled an attack. Niger's government declared mourning.\n\n"
            "The public prosecutor in Tillakoira, Amadou Sani, said an investigation had been "
            "opened.")
    assert ("Amadou Sani", "NE") in _claims(body)


def test_a_national_office_in_a_story_about_two_states_stays_unknown() -> None:
    """No state leads the story: an untitled office is not given to either."""
    body = ("Peru and Chile traded accusations. Chile said Peru moved troops; Peru said Chile "
            "did.\n\nThe attorney general said an inquiry had been opened.")
    assert ("attorney general", None) in _claims(body)


def test_the_countrys_body_is_the_last_named_states() -> None:
    """ "The country's media regulator, the High Council, said": the body by its name, for
    the state named last before it."""
    body = ("Niger suspended two radio stations on Friday.\n\n"
            "The country's media regulator, the High Council of Communication, said their "
            "coverage was biased.")
    found = _claims(body)
    assert ("High Council of Communication", "NE") in found


def test_the_two_sides_are_the_two_states_named() -> None:
    """ "The two sides said" is the two states the article has named."""
    body = ("Armenia accused Azerbaijan of shelling villages. Azerbaijan blamed Armenia.\n\n"
            "The two sides said they would pull back their troops.")
    assert {"AM", "AZ"} <= _party_ids(body)


def test_a_bodys_acronym_does_not_end_a_title() -> None:
    """ "Chief of Staff of the X (XYZ), General A B": the bracket is the body's acronym, not
    a closing quotation, so the title still gives the side."""
    body = ("Chief of Staff of the Kenya Defence Forces (KDF), General Amani Waweru, said the "
            "patrol had been ambushed.")
    assert _claims(body) == [("Amani Waweru", "KE")]


def test_a_persons_campaign_is_a_side_of_its_own() -> None:
    """ "A spokesperson for Trump's campaign" speaks for the Trump campaign, not a state."""
    body = ("Jane Roe, a spokesperson for Donald Trump's campaign, said the documents had been "
            "stolen.")
    assert _party_ids(body, "2024-08-10") == {"Trump campaign"}


def test_an_unowned_organ_after_a_state_spoke_is_that_states() -> None:
    """ "Lima said ... The foreign ministry said": the ministry of the state just quoted."""
    body = ("Lima said the vessel had entered its waters without permission.\n\n"
            "The foreign ministry said the ambassador had been summoned.")
    assert _party_ids(body) == {"PE"}


def test_its_organ_belongs_to_the_state_the_sentence_opens_with() -> None:
    """ "Chile closed the crossing on Monday, its interior ministry said": Chile's."""
    body = ("SANTIAGO, May 2 (Reuters) - Chile closed a border crossing with Bolivia on Monday, "
            "its interior ministry said.")
    assert _party_ids(body) == {"CL"}


def test_a_unit_of_a_named_body_speaks_for_that_bodys_side() -> None:
    """ "the border service, which is part of X's security committee": X's."""
    body = ("\"The shelling of our positions continues through the night,\" the border service, "
            "which is part of Kazakhstan's National Security Committee, said in a statement.")
    assert _party_ids(body) == {"KZ"}


def test_a_representative_of_an_unknown_named_body_speaks_for_it() -> None:
    """ "the spokesperson of LIB-Sonaro, NAME": the body the knowledge base does not know."""
    body = ("Contacted on Tuesday, the spokesperson of LIB-Sonaro, Odile Marangu, denied "
            "that the movement receives any arms from abroad.")
    assert _party_ids(body, "2024-01-12") == {"LIB-Sonaro"}


def test_the_campaign_is_the_campaign_named_before() -> None:
    """ "The campaign said" after "Donald Trump's campaign": the Trump campaign."""
    body = ("Microsoft said hackers had targeted Donald Trump's campaign in June.\n\n"
            "The campaign said the documents had been obtained illegally.")
    assert _claims(body, "2024-08-10")[-1][1] == "Trump campaign"


@pytest.mark.parametrize(("demonym", "want"), [("Philippine", "PH"), ("Lao", "LA"),
                                               ("Maldivian", "MV"), ("Cape Verdean", "CV")])
def test_adjective_demonyms_name_their_state(demonym: str, want: str) -> None:
    """Adjectives that differ from the demonym the generated table has ("Philippine" for
    Filipino) still name the state."""
    party = KB.party_of(f"{demonym} officials")
    assert party is not None and party.id == want


def test_an_agency_dateline_with_a_full_stop_is_a_home_dateline() -> None:
    """ "Montevideo, March 4, 2025 (ANU).- The Minister of the Interior ...": Uruguay's."""
    body = ("Montevideo, March 4, 2025 (ANU).- The Minister of the Interior, Rodrigo Benitez, "
            "said on Tuesday that the leaders of the smuggling ring had been arrested in "
            "Uruguay.")
    assert _party_ids(body, "2025-03-04") == {"UY"}


def test_its_minister_is_the_state_last_named() -> None:
    """ "Eritrea has not commented. Its information minister, X, had dismissed ...": no body
    has spoken, so "its" is the state last named."""
    body = ("Eritrea has not commented on the remarks. Its information minister, Yemane "
            "Gebremeskel, had previously dismissed the report as \"preposterous\".")
    assert ("Yemane Gebremeskel", "ER") in _claims(body, "2021-03-24")


def test_a_un_rank_speaks_for_the_un() -> None:
    """ "Assistant Secretary-General X": a rank held only in the UN secretariat."""
    body = ("Assistant Secretary-General Ilse Brandt warned of reprisals being carried out "
            "along religious lines in the province.")
    assert _party_ids(body, "2024-06-19") == {"UN"}


@pytest.mark.parametrize(("body", "published", "want"), [
    ("Former Bolivian President Evo Morales said the uprising had been staged.",
     "2024-06-27", ("Evo Morales", "Evo Morales")),
    ("Former Peruvian interior minister Ana Ruiz said the police had been ordered to "
     "withdraw.", "2024-06-27", ("Ana Ruiz", "Ana Ruiz")),
    ("Peru's former interior minister, Ana Ruiz, said the police had been ordered to "
     "withdraw.", "2024-06-27", ("Ana Ruiz", "Ana Ruiz")),
])
def test_a_former_official_no_longer_speaks_for_the_state(
        body: str, published: str, want: tuple[str, str]) -> None:
    """ "Former Bolivian President X": not Bolivia's side; the knowledge base's side that
    day, or the person's own."""
    assert _claims(body, published) == [want]


@pytest.mark.parametrize("role", ["press secretary in Prime Minister Narendra Modi's office",
                                  "a spokesman at Prime Minister Narendra Modi's office"])
def test_an_official_of_a_known_persons_office_speaks_for_that_persons_side(role: str) -> None:
    """ "X, press secretary in Prime Minister Y's office, said": Y's side, by what the
    knowledge base knows of Y."""
    body = f"Asha Raghavan, {role}, said on Monday the talks had failed."
    assert ("Asha Raghavan", "IN") in _claims(body)


@pytest.mark.parametrize("office", ["Foreign Secretary", "Defence Secretary"])
def test_a_secretary_of_state_office_is_the_datelined_states(office: str) -> None:
    """ "NEW DELHI: Foreign Secretary X said": an office that names no country, in a dispatch
    from one state about that state, is that state's."""
    body = (f"New Delhi: India will close the crossing, {office} Ravi Menon said on "
            "Wednesday after a meeting in India's capital.")
    assert ("Ravi Menon", "IN") in _claims(body)


def _outlet_parties(body: str, outlet: str | None) -> dict[str, str | None]:
    import datetime as dt

    import factcheck
    from factcheck.claims import Article
    article = Article(id="a", source="a.txt", body=body, outlet=outlet,
                      published=dt.date(2024, 5, 2))
    return {c.speaker.name: c.speaker.party_id for c in factcheck.extract(article)}


_NATIONAL_PAPER = [
    ("Kyodo", "JP", "The navy on Monday rejected China's claims that Japanese boats fired "
                    "first, insisting that Chinese ships opened fire.", "navy"),
    ("Kyodo", "JP", "Navy spokesman Rear Adm Kenji Oda said Japanese boats had only answered "
                    "shots from Chinese ships.", "Kenji Oda"),
    ("Yonhap", "KR", "The army on Tuesday dismissed North Korea's claims that South Korean "
                     "drones had crossed the border.", "army"),
    ("Kyodo", "JP", "US President Joe Biden said he had spoken to both sides. Acting Prime "
                    "Minister Taro Sato said Japan wanted calm.", "Taro Sato"),
]


@pytest.mark.parametrize(("outlet", "want", "body", "speaker"), _NATIONAL_PAPER)
def test_an_unowned_organ_in_a_national_papers_undatelined_story_is_the_papers_country(
        outlet: str, want: str, body: str, speaker: str) -> None:
    """ "The army rejected X's claims", "Army spokesman Gen Y", "acting Prime Minister Z" in
    a national outlet's story with no dateline: the outlet's country, not the state the
    sentence names nor the previous speaker's."""
    assert _outlet_parties(body, outlet)[speaker] == want


@pytest.mark.parametrize("outlet", [None, "Reuters"])
def test_an_outlet_whose_country_the_story_never_names_gives_no_party(
        outlet: str | None) -> None:
    """A wire's own country (Reuters, GB) is not the side of an army in a story about two
    other states: the rule needs the outlet's country named in the story."""
    body = ("The navy on Monday rejected China's claims that Japanese boats fired first, "
            "insisting that Chinese ships opened fire.")
    assert _outlet_parties(body, outlet).get("navy") != "GB"


def test_a_dateline_outranks_the_outlet() -> None:
    """A datelined dispatch is from its dateline's state, whatever its outlet's country."""
    body = ("SEOUL, May 2 (Kyodo) - The army on Tuesday dismissed North Korea's claims that "
            "South Korean drones had crossed the border, South Korea's officials said.")
    assert _outlet_parties(body, "Kyodo").get("army") != "JP"


@pytest.mark.parametrize(("rank", "owner", "want"), [
    ("Lieutenant General", "the ministry's spokeswoman", "PH"),
    ("Major General", "the ministry's spokeswoman", "PH"),
    ("General", "the ministry's spokesman", "PH"),
])
def test_a_ranked_spokesperson_speaks_for_the_ministry(rank: str, owner: str,
                                                       want: str) -> None:
    """ "Lt Gen X, the ministry's spokeswoman, said": the rank is no office; the ministry
    the article named says whose official X is."""
    body = ("The Philippines' Ministry of National Defence on Friday accused China of ramming "
            f'a supply boat.\n\n"The boat was unarmed," {rank} Ramon Dizon, {owner}, said '
            "at a briefing.")
    assert _outlet_parties(body, None)["Ramon Dizon"] == want


@pytest.mark.parametrize("circumstance", [
    "in a letter to the president of the UN Security Council",
    "in a speech at the UN General Assembly",
    "at a summit of the European Union",
])
def test_a_prepositional_phrase_after_a_name_is_no_role(circumstance: str) -> None:
    """ "X, in a letter to the president of the UN Security Council, said": how X spoke,
    not whom X speaks for; a known person keeps the side of their office."""
    body = (f"Prime Minister Li Qiang, {circumstance}, accused Japan of provocations.")
    assert _outlet_parties(body, None)["Li Qiang"] == "CN"


def test_a_national_agency_datelined_at_home_gives_its_country_to_an_unowned_ministry() -> None:
    """ "TOKYO (Kyodo) - ... The Ministry of Defence denied Beijing's allegations": a
    national agency filing from its own country; the ministry is that country's, not the
    state its sentence names."""
    body = ("TOKYO, May 2 (Kyodo) - Japan rejects the claims, Prime Minister Taro Sato said.\n\n"
            "The Ministry of Defence said in a statement that it denied Beijing's allegations "
            "that the drones had come from Japan.")
    assert _outlet_parties(body, "Kyodo")["Japanese Ministry of Defence"] == "JP"


def test_an_organ_the_story_named_with_its_owner_outranks_the_outlet() -> None:
    """ "China's defence ministry said ... The ministry said" in a Japanese paper: the
    ministry is the one the article named, not the paper's country's."""
    body = ("China's defence ministry on Monday accused Japanese boats of firing first.\n\n"
            "The ministry said the Chinese ships had only answered shots from Japan.")
    assert set(_outlet_parties(body, "Kyodo").values()) == {"CN"}


@pytest.mark.parametrize(("office", "want"), [
    ("Ministry of Foreign Affairs", "Algerian Ministry of Foreign Affairs"),
    ("Ministry of Defence", "Algerian Ministry of Defence"),
])
def test_an_unowned_ministry_is_named_with_its_states_demonym(office: str, want: str) -> None:
    """A ministry's proper name settled as one state's takes that state's demonym, so two
    states' ministries are never one speaker."""
    body = (f"ALGIERS, May 2 (APS) - The {office} on Monday rejected the allegations made by "
            "Morocco, Algeria said.")
    assert want in _outlet_parties(body, None)


@pytest.mark.parametrize("people", ["Sources at", "Officials in", "Senior officials at"])
def test_unnamed_people_of_an_organ_speak_for_the_organs_state(people: str) -> None:
    """ "Sources at the Ministry of Defence said": unnamed people of an organ take the
    party the organ itself would have (here, the home state of a datelined story)."""
    body = ("ANKARA\n\nTurkey rejected the claims on Monday.\n\n"
            f"{people} the Ministry of National Defense said Turkish units had not fired.")
    found = _outlet_parties(body, None)
    assert [party for name, party in found.items() if "Ministry" in name] == ["TR"]


@pytest.mark.parametrize(("name", "body", "party"), [
    ("Truth Team", "Gen X, the head of the Truth Team of the State Administration Council, "
     "spoke. The Truth Team said the army held.", "MM"),
    ("Media Office", "The Media Office of the State Administration Council said so.", "MM"),
])
def test_body_named_as_part_of_known_owner(name: str, body: str, party: str) -> None:
    """A body first named as part of a known body ("X of the ... Council") is that owner's."""
    found = _body_of_named_owner(name, body)
    assert found is not None and found.id == party


@pytest.mark.parametrize(("name", "body"), [
    ("Truth Team", "The Truth Team said the army held."),
    ("Truth Team", "The Truth Team of Nowhere Town said so."),
])
def test_body_without_known_owner_has_none(name: str, body: str) -> None:
    """No owner named, or one the knowledge base does not know: no party."""
    assert _body_of_named_owner(name, body) is None


@pytest.mark.parametrize("body", [
    "In its complaint, lodged in Geneva on Friday, Ruritania says the troops crossed the "
    "border. Foreign Minister Ana Vela said the court was the only route left.",
    "In its appeal, filed in The Hague on Monday, Ruritania says the dam harmed the river. "
    "President Jon Arno said the case was strong.",
])
def test_place_phrase_gives_no_speaker(body: str) -> None:
    """A place phrase ("lodged in Geneva on Friday") is no speaker."""
    found = _parties(body)
    assert found
    assert not any(name.startswith(("lodged", "filed")) for name, _ in found)


@pytest.mark.parametrize(("body", "want"), [
    ("The shells fell on the territory of Ruritania, said Major General Ed Vance, the "
     "spokesman of Freedonia's army.", None),
])
def test_content_before_said_is_no_role(body: str, want: str | None) -> None:
    """'the territory of Ruritania, said Major General X': the clause before the verb is the
    content, so X is not given Ruritania's side by it."""
    assert all(party != "Ruritania" for name, party in _parties(body) if "Vance" in name)
