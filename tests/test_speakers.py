"""Who a subject phrase names: general rules of the speaker resolver (extract/_speakers.py)."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck.claims import Article
from factcheck.extract._speakers import _NAME_RUN, _dateline_name, _not_a_name, titled_person
from factcheck.knowledge import Knowledge, on_day


def _claims(body: str, published: str = "2025-03-03") -> list[tuple[str, str | None]]:
    article = Article(id="a", source="a.txt", body=body,
                      published=dt.date.fromisoformat(published))
    return [(c.speaker.name, c.speaker.party_id) for c in factcheck.extract(article)]


def _speakers(body: str, published: str = "2025-03-03") -> set[str]:
    return {name for name, _ in _claims(body, published)}


@pytest.mark.parametrize(("text", "want"), [
    ("the London-based rights group said", []),
    ("the Kremlin-backed Denis Pushilin said", ["Denis Pushilin"]),
    ("Karine Jean-Pierre said", ["Karine Jean-Pierre"]),
    ("President Bashar al-Assad said", ["President Bashar al-Assad"]),
    ("General Abdel Fattah al-Burhan said", ["General Abdel Fattah al-Burhan"]),
])
def test_a_name_run_is_not_a_compound_modifier(text: str, want: list[str]) -> None:
    """ "X-based" is a modifier, not a name; "Jean-Pierre" and "al-Assad" are names."""
    assert [m.group(0) for m in _NAME_RUN.finditer(text)] == want


def test_a_description_of_the_body_just_quoted_is_that_body() -> None:
    """ "the London-based rights group" after Amnesty spoke is Amnesty, not a name."""
    body = ("Amnesty International said the prisoners had been tortured. The killings were "
            "\"a grave crime under international law,\" the London-based rights group said.")
    assert _claims(body) == [("Amnesty International", "Amnesty International")] * 2


def test_a_given_name_that_is_a_place_is_a_name_beside_a_role() -> None:
    """ "Lima Hassan, Amnesty's regional director": a person, not Peru's capital."""
    body = ("\"The authorities must release every detained journalist,\" said Lima Hassan, "
            "Amnesty International's regional director. She said the trials were unfair.")
    assert set(_claims(body)) == {("Lima Hassan", "Amnesty International")}


def test_a_capitalized_run_after_a_bodys_of_is_no_person() -> None:
    """ "the Bureau of Industry and Security": the run after "Bureau of" names a body."""
    body = ("On Monday, the U.S. Commerce Department's Bureau of Industry and Security said "
            "that exporters must apply for licences.")
    found = _claims(body)
    assert len(found) == 1
    assert found[0][0].endswith("Bureau of Industry and Security") and found[0][1] == "US"


def test_a_titled_surname_is_the_one_known_person_with_that_title() -> None:
    """ "President Ali" with no full name in the article: the known person of that surname
    whose role that day is a presidency."""
    assert _claims("President Ali said the border was not up for negotiation.") == [
        ("Irfaan Ali", "GY")]


def test_a_titled_surname_shared_by_two_people_is_nobody() -> None:
    """Two known presidents called Sousa: the title and surname name neither."""
    rows = [{"id": f"{first} Sousa", "kind": "person", "name": f"{first} Sousa",
             "roles": [{"title": "President of Portugal", "party": "PT", "from": "2016-03-09"}]}
            for first in ("Ana", "Rui")]
    kb = Knowledge.default().extend(rows)
    with kb.active(), on_day(dt.date(2025, 1, 1)):
        assert titled_person("President", "Sousa") is None
    with on_day(dt.date(2025, 3, 3)):
        assert titled_person("President", "Ali") is not None


@pytest.mark.parametrize("subject", ["No vessel", "Such claims", "More", "Every one"])
def test_a_quantified_phrase_is_no_speaker(subject: str) -> None:
    """A negative or generic determiner names no one."""
    assert subject not in _speakers(f"{subject} said the patrol had been harassed.")


def test_a_fronted_object_is_not_the_subject() -> None:
    """ "Such claims, the diplomats said, are false": the diplomats speak."""
    body = ("The Ministry of Foreign Affairs of Mongolia denied the reports. Such claims, "
            "the diplomats said, \"are pure invention and insult the public.\"")
    assert {party for _, party in _claims(body)} == {"MN"}


def test_a_forward_description_names_the_titled_person() -> None:
    """ "Ruritania's president said ... President Ana Maria Lopes said": one person, even
    when the knowledge base does not know her."""
    body = ("MANILA (AP) - The Philippines' president said Saturday that a vessel had entered "
            "its waters.\n\nThe vessel came close to a research ship, President Maria Santos "
            "Reyes said in a video.")
    assert _speakers(body) == {"Maria Santos Reyes"}


def test_a_surname_after_the_full_name_is_the_same_person() -> None:
    """ "Senator Laura Van Buren ... Van Buren said": one person, with the first role."""
    body = ("U.S. Senator Laura Van Buren has presented a bill on farm subsidies.\n\n"
            "\"We must protect our growers from this collapse,\" Van Buren said.")
    assert _claims(body, "2024-11-22") == [("Laura Van Buren", "US")]


def test_a_rank_after_a_set_off_title_keeps_the_title() -> None:
    """ "Chief of Staff of the X, Brigadier A B": the title gives the side, not the rank."""
    body = ("Chief of Staff of the Jamaica Defence Force, Brigadier Marcus Reid, said the "
            "vessel had been escorted out of the area.")
    assert _claims(body) == [("Marcus Reid", "JM")]


def test_an_articles_own_acronym_wins_over_the_knowledge_bases() -> None:
    """ "Australian Federal Police (AFP)": here "the AFP" is the police, not the news
    agency of that name."""
    body = ("CANBERRA, Australia — Australian Federal Police (AFP) Commissioner Dana "
            "Whitfield said on Wednesday that the boats had been boarded.\n\n"
            "The rifles were taken from the boats, the AFP said.")
    assert {party for _, party in _claims(body, "2024-06-19")} == {"AU"}


def test_a_surname_that_is_a_place_is_the_person() -> None:
    """ "Justice Minister Ana Paris ... Paris said": the minister, not France's capital."""
    body = ("\"She is lying,\" Justice Minister Ana Paris told reporters on Monday.\n\n"
            "Paris said the colonel would face charges of sedition.")
    assert _speakers(body, "2024-06-27") == {"Ana Paris"}


def test_a_service_name_is_no_persons_name() -> None:
    """ "the China Coast Guard said": a body of China's, not a person called Coast Guard."""
    body = "The ship \"illegally intruded\" into the waters, the China Coast Guard said."
    assert _claims(body, "2024-06-17") == [("China Coast Guard", "CN")]


def test_content_fronted_before_the_body_that_says_it() -> None:
    """ "The Indonesians, the AFP said, threatened ...": the AFP speaks, not the
    Indonesians."""
    body = ("The Australian Federal Police (AFP) released photos of the raid.\n\n"
            "The Indonesians, the AFP said, threatened the officers with knives.")
    assert ("Indonesians", "ID") not in _claims(body, "2024-06-19")


def test_it_is_the_body_the_sentence_opens_with() -> None:
    """ "On Tuesday, the OAS Permanent Council adopted ... what it called": the OAS."""
    body = ("Leaders across the hemisphere condemned the takeover.\n\n"
            "On Tuesday, the OAS Permanent Council adopted a declaration denouncing what it "
            "called \"the unlawful seizure of power\" in Haiti.")
    assert "OAS" in {party for _, party in _claims(body, "2024-06-27")}


def test_a_dateline_before_the_subject_is_no_speaker() -> None:
    """ "Geneva — The Netherlands has objected": the Netherlands, not Geneva."""
    body = ("Geneva — The Netherlands has objected to what it calls \"unfounded "
            "accusations\" made by the envoy of Belgium.")
    assert _speakers(body, "2024-04-23") == {"Netherlands"}


def test_a_list_of_portfolios_is_no_persons_name() -> None:
    """ "the Minister of Homeland Security, Civic Affairs and Disaster Management, NAME":
    the name is the minister's, the portfolios no one's."""
    body = ("Malawi has closed its borders, the Minister of Homeland Security, Civic "
            "Affairs and Disaster Management, Grace Phiri, announced on Monday. "
            "\"We have closed the borders because smugglers come from there,\" the minister said.")
    assert _speakers(body, "2024-01-12") == {"Grace Phiri"}


def test_a_second_surname_finds_the_known_person() -> None:
    """ "Rodrigo Chaves Robles": the known Rodrigo Chaves, with his side that day."""
    body = "The Head of State, Rodrigo Chaves Robles, said the strike had ended."
    assert _claims(body, "2024-06-27") == [("Rodrigo Chaves", "CR")]


@pytest.mark.parametrize(("body", "want"), [
    ("Swedish outlet SVT reported that the ship had anchored near the cable.", "SVT"),
    ("Finnish network company Cinia said the cable had been cut on Monday.", "Cinia"),
])
def test_a_described_body_goes_by_its_proper_name(body: str, want: str) -> None:
    """ "Swedish outlet SVT": the body is SVT; "Swedish outlet" describes it."""
    assert _speakers(body, "2024-11-20") == {want}


def test_the_text_is_the_document_of_the_body_that_issued_it() -> None:
    """ "the text reads" after a state issued a statement: that state's words."""
    body = ("Ankara said the drill was carried out in its own airspace. \"Turkey rejects the "
            "baseless statements of the neighbouring government,\" the text reads.")
    assert {party for _, party in _claims(body, "2025-03-02")} == {"TR"}


@pytest.mark.parametrize("body", [
    "Paraguayan President Santiago Peña said the border would reopen on Monday.",
    "The head of state, Santiago Peña, said the border would reopen on Monday.",
])
def test_a_known_person_whose_given_name_is_a_capital_is_found_whole(body: str) -> None:
    """A given name that is also a capital's ("Santiago") does not make a known person a
    place: the knowledge base's person is the speaker, with their own side."""
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2024, 6, 27))
    assert [(c.speaker.name, c.speaker.party_id) for c in factcheck.extract(article)] == [
        ("Santiago Peña", "PY")]


@pytest.mark.parametrize("body", [
    '"The bridge is open," the spokeswoman for the Peruvian navy, Ana Ruiz, said.',
    "The spokeswoman for the Peruvian navy, Ana Ruiz, said the bridge was open.",
])
def test_a_role_set_off_before_a_name_after_a_quotation_gives_the_side(body: str) -> None:
    """ '"C," the spokeswoman for X's navy, NAME, said': the role between the closing
    quotation mark and the name is hers, and gives her side."""
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2024, 5, 15))
    assert [(c.speaker.name, c.speaker.party_id) for c in factcheck.extract(article)] == [
        ("Ana Ruiz", "PE")]


def test_a_description_of_an_armed_group_is_the_armed_group_named_last() -> None:
    """ "The militant group said": the armed group the text named, not the government
    quoted just before."""
    body = ("Somalia's government accused al Shabaab of bombing a market on Monday. The "
            "militant group said in a statement that it had targeted a military base.")
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2024, 5, 14))
    assert [c.speaker.party_id for c in factcheck.extract(article)] == ["SO", "al-Shabaab"]


def test_an_untitled_official_takes_the_dateline_state_only_if_the_story_is_its() -> None:
    """A wire filed from a neighbour's capital ("NAIROBI (Reuters) - Somalia's ...") gives
    a bare "spokesman" no Kenyan side."""
    body = ("NAIROBI, May 14 (Reuters) - Somalia's government accused al Shabaab of bombing "
            "a market. The militant group said it had targeted a base. Spokesman Ali Nur "
            "said most of the victims were traders.")
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2024, 5, 14))
    assert "KE" not in [c.speaker.party_id for c in factcheck.extract(article)]


@pytest.mark.parametrize(("body", "want"), [
    ("The ministry said the Valdor rebels were responsible for the bombing, but the group "
     "denied any involvement.", "Valdor"),
    ("Peru accused Chile of backing the Valdor rebel group. The group said it had attacked "
     "a police post.", "Valdor"),
])
def test_the_group_after_a_state_spoke_is_the_armed_group_named(body: str, want: str) -> None:
    """A bare "the group" when a state was just quoted (no one calls a state a group) is
    the armed group the text named, even one the knowledge base does not know."""
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2024, 5, 15))
    assert factcheck.extract(article)[-1].speaker.party_id == want


@pytest.mark.parametrize(("body", "want"), [
    ("In an interview with Reuters, Peruvian Foreign Minister Ana Ruiz said the border was "
     "closed.", "PE"),
    ("In an interview with the BBC, Foreign Minister Ana Ruiz of Peru said the border was "
     "closed.", "PE"),
])
def test_the_outlet_interviewing_an_official_is_not_their_side(body: str, want: str) -> None:
    """ "In an interview with Reuters, X": whom the official spoke to is no part of their
    title and gives no side."""
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2024, 6, 27))
    assert [c.speaker.party_id for c in factcheck.extract(article)] == [want]


def test_an_acronym_the_article_defines_beats_the_knowledge_bases() -> None:
    """ "the National Security Committee (NSC) ... The NSC said": the article's own body,
    not the knowledge base's body of that acronym in another state."""
    body = ("Ministers met at the National Security Committee (NSC), the country's top forum. "
            "The NSC said the treaty was binding.")
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2025, 4, 25))
    assert [(c.speaker.name, c.speaker.party_id) for c in factcheck.extract(article)] == [
        ("National Security Committee", None)]


def test_an_all_capitals_dateline_with_a_colon_is_no_part_of_the_speaker() -> None:
    """ "LIMA: Peru said ...": the dateline before the colon is not the speaker's name."""
    article = Article(id="a", source="a.txt", published=dt.date(2025, 4, 25),
                      body="LIMA: Peru on Thursday said the decision had no legal basis.")
    assert [c.speaker.name for c in factcheck.extract(article)] == ["Peru"]


def test_a_short_form_of_a_named_person_is_that_person() -> None:
    """ "Ana María Ruiz ... Ana María said": the first words of a person the article named
    are that person, with their side."""
    body = ("Peru's Foreign Minister Ana María Ruiz said the deal was illegal. Ana María "
            "later said the deal was an act of aggression.")
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2024, 1, 3))
    assert [(c.speaker.name, c.speaker.party_id) for c in factcheck.extract(article)] == [
        ("Ana María Ruiz", "PE"), ("Ana María Ruiz", "PE")]


@pytest.mark.parametrize("body", [
    "Lima - Peru's Foreign Minister Ana Ruiz said the deal was illegal.",
    "Port-au-Prince - Peru's Foreign Minister Ana Ruiz said the deal was illegal.",
])
def test_a_dateline_set_off_by_a_dash_is_no_part_of_the_title(body: str) -> None:
    """ "Mogadishu - Somalia's President X": the dateline is not part of the role."""
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2024, 1, 3))
    assert [(c.speaker.name, c.speaker.role) for c in factcheck.extract(article)] == [
        ("Ana Ruiz", "Peru's Foreign Minister")]


@pytest.mark.parametrize(("body", "name"), [
    ("A shadowy armed group, The Northern Shield, claimed responsibility for the blast on "
     "Monday, officials said.", "The Northern Shield"),
    ("An obscure rebel group, The Valley Guard, said on Monday it had seized the town.",
     "The Valley Guard"),
])
def test_a_description_then_an_apposed_name_is_the_named_body(body: str, name: str) -> None:
    """ "a little-known militant group, X,": the speaker is X, its own side, not the
    description."""
    assert any(got.endswith(name.removeprefix("The ")) and party is not None
               and party.endswith(name.removeprefix("The ")) for got, party in _claims(body))


def test_the_group_after_a_defined_armed_group_is_that_group() -> None:
    """ "X (ABC), an armed group that ..., said" then "the group said": the named group, not
    the state quoted before."""
    body = ("Norway denies the charge.\n\nThe Hill Brigade (THB), an armed group that had "
            "claimed the raid, on Sunday disowned it. \"THB had no part in the raid,\" the "
            "group said in a statement.")
    assert ("The Hill Brigade", "The Hill Brigade") in _claims(body)


@pytest.mark.parametrize("surname", ["Álvarez", "Öztürk", "Ñúñez"])
def test_a_name_may_open_with_an_accented_capital(surname: str) -> None:
    """ "Foreign Minister Rodrigo Álvarez": the accented surname belongs to the name run."""
    m = _NAME_RUN.search(f"said Rodrigo {surname} on Monday")
    assert m is not None and m.group(0) == f"Rodrigo {surname}"


def test_a_titled_description_is_the_person_with_that_title_not_the_latest() -> None:
    """ "the Foreign Secretary said" after "Foreign Secretary X ... Prime Minister Y": X, whose
    role shares the description's words, not the latest person whose head fits."""
    body = ("LONDON, May 2 (Reuters) - Foreign Secretary Alan Pemberton said on Thursday the "
            "plan would go ahead, after a cabinet meeting chaired by Prime Minister Clara "
            "Voss. Britain will act soon.\n\nThe border will close on Friday, the Foreign "
            "Secretary said.")
    assert _claims(body, "2024-05-02")[-1][0] == "Alan Pemberton"


def test_the_ministry_is_the_ministry_the_article_named_by_its_full_name() -> None:
    """ "the ministry said" after "the Ministry of Foreign Affairs and Trade" names that
    ministry, not the bare word."""
    body = ("The Ruritanian government on Monday defended the dam. In a note released by the "
            "Ministry of Foreign Affairs and Trade, the government said the dam was legal. "
            "The dam harms no one, the ministry said.")
    names = {name for name, _ in _claims(body)}
    assert "ministry" not in names
    assert names & {"Ministry of Foreign Affairs and Trade", "Ministry of Foreign Affairs"}


def _roles(body: str) -> dict[str, str | None]:
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2025, 3, 3))
    return {c.speaker.name: c.speaker.role for c in factcheck.extract(article)}


@pytest.mark.parametrize("title", ["Deputy Assistant Minister for Economic Affairs at the "
                                   "Ministry of Foreign Affairs",
                                   "Minister for Regional Development"])
def test_a_portfolio_is_no_speakers_name(title: str) -> None:
    """ "Anna Berg, Deputy Minister for Trade, said": the speaker is the person, not the
    portfolio after "Minister for"."""
    body = f'Anna Lindqvist, {title}, said on Thursday that the request "lacks any basis".'
    assert _speakers(body) == {"Anna Lindqvist"}


def test_an_office_set_off_before_a_named_spokesman_is_no_speaker() -> None:
    """ "the Minister of X, government spokesman Colonel Y, said": Y speaks, not "X"."""
    body = ("In a statement read on television, the Minister of Regional Development, "
            "government spokesman Colonel Moussa Diarra, said the drone lost contact at night.")
    assert _speakers(body) == {"Moussa Diarra"}


@pytest.mark.parametrize("rank", ["Lieutenant General", "Major General", "Rear Admiral"])
def test_a_bare_rank_yields_to_the_appositive_role(rank: str) -> None:
    """ "Lt Gen X, the ministry's spokeswoman, said": the appositive is X's role, the rank
    before the name only X's grade."""
    body = f'"The boats were unarmed," {rank} Ana Cruz, the ministry\'s spokeswoman, said.'
    assert _roles(body)["Ana Cruz"] == "ministry's spokeswoman"


@pytest.mark.parametrize("circumstance", ["in a letter to the president of the council",
                                          "at a briefing of the foreign press",
                                          "speaking to the prime minister's envoy"])
def test_a_circumstance_after_a_name_is_no_role(circumstance: str) -> None:
    """ "X, in a letter to the president of the council, said": how X spoke, not X's role."""
    body = f"Ana Cruz, {circumstance}, said the boats were unarmed."
    assert _roles(body)["Ana Cruz"] is None


@pytest.mark.parametrize("name", ["lodged in Geneva on Monday", "filed at The Hague",
                                  "in Brussels", "signed in Vienna last week"])
def test_place_phrase_is_no_speaker(name: str) -> None:
    """A place phrase ("lodged in Geneva on Monday") says where, never who speaks."""
    assert _not_a_name(name)


@pytest.mark.parametrize("name", ["Costa Verde", "Ruritania", "Inland Revenue"])
def test_proper_names_are_names(name: str) -> None:
    """A proper name is not mistaken for a place phrase."""
    assert not _not_a_name(name)


@pytest.mark.parametrize(("name", "body"), [
    ("PORT ALBA", "PORT ALBA, 3 Oct — The rebels fired first, said the colonel."),
    ("Port Alba", "Port Alba, October 3 — The rebels fired first, said the colonel."),
    ("VELMORA", "VELMORA (Agency) - The army denied it."),
])
def test_dateline_is_no_speaker(name: str, body: str) -> None:
    """The dateline opening a dispatch, in any date format, is never a speaker."""
    assert _dateline_name(name, body)


@pytest.mark.parametrize(("name", "body"), [
    ("Ruritania", "Ruritania, which denies it, said the shells were not its own."),
    ("VELMORA", "The army said VELMORA, 3 Oct was quiet."),
])
def test_subject_opening_body_is_no_dateline(name: str, body: str) -> None:
    """A state opening the first sentence without a date or capitals is a speaker still."""
    assert not _dateline_name(name, body)


@pytest.mark.parametrize("opening", ["Late Friday", "Early on Monday", "On Sunday evening",
                                     "Last week", "This morning"])
def test_a_time_phrase_before_the_subject_is_no_speaker(opening: str) -> None:
    """ "Late Friday, the ministry said": the ministry speaks, the day does not."""
    body = (f"Portugal faced new charges.\n\n{opening}, the Portuguese foreign ministry said "
            "the charges were false.")
    assert _speakers(body) == {"Portuguese foreign ministry"}


def test_a_modifier_sets_a_description_apart_from_an_earlier_body() -> None:
    """ "The foreign ministry" after "the Public Ministry" is another ministry; "the ministry"
    after it is the same one."""
    body = ("Portugal faced new charges.\n\nThe Public Ministry said it had opened an inquiry."
            "\n\nThe foreign ministry said the charges were false.\n\nThe ministry added that "
            "it would appeal.")
    assert [name for name, _ in _claims(body)] == ["Public Ministry", "foreign ministry",
                                                   "foreign ministry"]


@pytest.mark.parametrize(("body", "role"), [
    ("Jane Roe, the U.S. envoy to the talks, said the vote was fair.", "U.S. envoy to the talks"),
    ('"We will not talk," Kremlin aide Ivan Petrov told reporters.', "Kremlin aide"),
])
def test_roles_with_abbreviations_and_aides(body: str, role: str) -> None:
    """An appositive reads through an abbreviation's full stops ("the U.S. envoy"), and an
    aide is a title ("Kremlin aide X")."""
    assert role in _roles(body).values()


def test_the_statement_is_its_issuers_and_an_accuser_inside_it_is_not_the_next_referent(
        ) -> None:
    """ "The Ministry ... issued today the following statement": "the statement said" is the
    ministry's; the accuser named inside its sentence ("Spain's accusation that ...") is not
    who "the ministry" or "the statement" next refers to."""
    body = ("Lisbon, 6 October 2025 – The Ministry of Foreign Affairs issued today the "
            "following press statement.\n\nThe statement described as baseless the Spanish "
            "government's accusation that Portugal shelters the rebels. Portugal does not "
            "shelter any armed group, the statement said.\n\nThe ministry added that the "
            "border was calm.")
    claims = dict(_claims(body, "2025-10-06"))
    assert claims["Spanish government"] == "ES"
    assert {name for name, party in claims.items() if party == "PT"} >= {
        "Portuguese Ministry of Foreign Affairs"}
    assert set(claims) <= {"Spanish government", "Portuguese Ministry of Foreign Affairs"}


def test_a_plural_possessive_body_names_the_title_and_its_demonym_is_no_side() -> None:
    """ "The Organization of American States' secretary general X": the title is the body's,
    and "American" inside the body's name is not the United States."""
    body = ("Guatemala faced criticism.\n\nThe Organization of American States' secretary "
            "general Juan Perez said on Thursday that the case was an attempted coup.")
    assert dict(_claims(body, "2023-09-01"))["Juan Perez"] == "OAS"


def test_a_body_named_with_on_is_one_name_and_not_a_newspaper_inside_it() -> None:
    """ "The Kenya National Commission on Human Rights" is one body's name (not a person
    "Human Rights"); "the Independent Policing Oversight Authority" is not The Independent."""
    body = ("Kenya faced protests.\n\nThe Kenya National Commission on Human Rights said 39 "
            "people had been killed.\n\nThe Independent Policing Oversight Authority said it "
            "was investigating.")
    claims = dict(_claims(body, "2024-07-01"))
    assert "Kenya National Commission on Human Rights" in claims
    assert claims["Independent Policing Oversight Authority"] != "The Independent"
