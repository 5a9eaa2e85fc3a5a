"""Extraction rules, each on a small hand-written article (see GUIDELINES.md)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract
from factcheck.claims import Article, Claim, DateSource, Kind, Stance

THURSDAY = dt.date(2023, 9, 14)


def article(body: str, published: dt.date | None = THURSDAY) -> Article:
    return Article(id="t", source="t.txt", body=body, published=published)


def claims_of(body: str, published: dt.date | None = THURSDAY) -> list[Claim]:
    return extract(article(body, published))


def only(body: str, needle: str, published: dt.date | None = THURSDAY) -> Claim:
    found = [c for c in claims_of(body, published) if needle in c.text]
    assert len(found) == 1, [c.text for c in claims_of(body, published)]
    return found[0]


# -- direct quotations ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    '"We will respond to any attack," Jane Doe, the defence minister of France, said.',
    "\u201cWe will respond to any attack,\u201d Jane Doe, the defence minister of France, said.",
    '\u201cWe will respond to any attack," Jane Doe, the defence minister of France, said.',
    'French defence minister Jane Doe said: "We will respond to any attack."',
])
def test_direct_quote_in_straight_curly_and_mixed_marks(body: str) -> None:
    """A quotation in any quote marks is a direct claim of the person the sentence names."""
    claim = only(body, "respond to any attack")
    assert claim.kind is Kind.DIRECT
    assert claim.speaker.name == "Jane Doe"
    assert claim.speaker.party_id == "FR"


def test_quote_split_at_sentence_ends_keeps_speaker() -> None:
    """A multi-sentence quotation becomes one claim per sentence, all by the same speaker."""
    body = ('"The talks failed. We will not return to the table," said Jane Doe, '
            "a spokeswoman for the French Foreign Ministry.")
    texts = {c.text: c.speaker.name for c in claims_of(body)}
    assert texts == {"The talks failed.": "Jane Doe",
                     "We will not return to the table": "Jane Doe"}


def test_attribution_inside_quote_and_continuation() -> None:
    """'"A," he said. "B."': the second quotation belongs to the same speaker."""
    body = ("Foreign Minister Jan Novak of Poland spoke on Monday.\n\n"
            '"The border is secure," he said. "No troops have crossed it."')
    speakers = {c.text: c.speaker.name for c in claims_of(body)}
    assert speakers["The border is secure"] == "Jan Novak"
    assert speakers["No troops have crossed it."] == "Jan Novak"


def test_unbalanced_quote_spoils_only_its_paragraph() -> None:
    """An unclosed quote mark does not swallow the paragraphs after it."""
    body = ('Jane Doe, a French diplomat, said "the deal is off and nothing will change.\n\n'
            '"We are ready to talk," said John Roe, a spokesman for the British Foreign Office.')
    claim = only(body, "ready to talk")
    assert claim.speaker.name == "John Roe"
    assert claim.speaker.party_id == "GB"


def test_quoted_words_inside_reported_speech_are_not_direct_claims() -> None:
    """Scare quotes inside indirect speech stay part of the indirect claim."""
    body = 'John Roe, a British spokesman, said the talks were "very productive" and would go on.'
    found = claims_of(body)
    # "said A and would B" is two statements (issue 8); neither is a direct quotation
    assert [c.text for c in found] == ['the talks were "very productive"', "would go on"]
    assert all(c.kind is Kind.INDIRECT for c in found)


# -- indirect speech -------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["said", "warned", "stressed", "underscored", "reiterated",
                                  "noted", "alleged", "claimed", "insisted", "argued"])
def test_reporting_verbs_with_that_clause(verb: str) -> None:
    """'X <verb> that C': C is the claim, without the attribution."""
    body = f"Chinese Foreign Minister Wang Yi {verb} that the balloon was a civilian airship."
    claim = only(body, "balloon")
    assert claim.text == "the balloon was a civilian airship"
    assert claim.speaker.name == "Wang Yi"
    assert claim.speaker.party_id == "CN"
    assert claim.kind is Kind.INDIRECT


def test_content_first_then_attribution() -> None:
    """'C, a ministry official said Wednesday.': content before, speaker after."""
    body = "The convoy was attacked near the border, a Turkish defence ministry official said."
    claim = only(body, "convoy")
    assert claim.text == "The convoy was attacked near the border"
    assert claim.speaker.party_id == "TR"


def test_said_a_adding_b_gives_two_claims() -> None:
    """'X said A, adding B' holds two statements by the same speaker."""
    body = ("Russian Foreign Minister Sergey Lavrov said the sanctions had failed, "
            "adding that Moscow would not change course.")
    texts = {c.text: c.speaker.name for c in claims_of(body)}
    assert texts == {"the sanctions had failed": "Sergey Lavrov",
                     "Moscow would not change course": "Sergey Lavrov"}


def test_according_to_at_either_end() -> None:
    """'According to X, C' and 'C, according to X' attribute C to X."""
    first = only("According to the Pentagon, the drone was shot down over the sea.", "drone")
    last = only("The drone was shot down over the sea, according to the Pentagon.", "drone")
    assert first.speaker.party_id == last.speaker.party_id == "US"
    assert "according" not in first.text and "according" not in last.text


def test_told_addressee_that() -> None:
    """'X told reporters that C': the addressee is not part of the content."""
    claim = only("Kremlin spokesman Dmitry Peskov told reporters that the meeting was useful.",
                 "meeting")
    assert claim.text == "the meeting was useful"
    assert claim.speaker.name == "Dmitry Peskov"
    assert claim.speaker.party_id == "RU"


def test_describe_as_and_call() -> None:
    """'described X as Y' and 'called X Y' are statements about X."""
    body = ("Israeli army spokesman Daniel Hagari described the video as authentic. "
            "Hamas called the report a fabrication.")
    found = claims_of(body)
    assert [c.speaker.party_id for c in found] == ["IL", "Hamas"]


def test_coordinated_reporting_verbs_split() -> None:
    """'X denied A and blamed B' holds two claims with their own stances."""
    claim_a, claim_b = claims_of("Russia has always denied its involvement and blamed Ukraine.")
    assert claim_a.stance is Stance.DENIES
    assert claim_b.stance is Stance.ASSERTS
    assert "Ukraine" in claim_b.text


# -- speakers --------------------------------------------------------------------------

def test_surname_title_pronoun_and_role_resolve_to_full_name() -> None:
    """'Kirby', 'Mr. Kirby', 'he' and 'the NSC official' all name John Kirby."""
    body = ("John Kirby, NSC strategic communications coordinator, said the talks were useful.\n\n"
            "Kirby said the meeting was long. Mr. Kirby said the mood was good.\n\n"
            "The NSC official said the visit was short. He said the envoy left early.")
    names = {c.speaker.name for c in claims_of(body)}
    assert names == {"John Kirby"}
    assert {c.speaker.party_id for c in claims_of(body)} == {"US"}


def test_collective_speaker_gives_one_claim_per_member() -> None:
    """'Pyongyang and Moscow said C': one claim for each government, same span."""
    found = claims_of("Pyongyang and Moscow said the summit was a success.")
    assert [(c.speaker.name, c.speaker.party_id) for c in found] == [
        ("North Korea", "KP"), ("Russia", "RU")]
    assert found[0].span == found[1].span


@pytest.mark.parametrize(("subject", "party"), [
    ("The Kremlin", "RU"), ("The White House", "US"), ("Beijing", "CN"),
    ("North Korea's UN envoy Kim Song", "KP"),
    ("Iranian Foreign Ministry spokesman Ali Reza", "IR"),
    ("NATO", "NATO"), ("The European Union", "EU"),
    ("Georgetown University", "Georgetown University"),
])
def test_party_from_capitals_bodies_demonyms_and_organisations(subject: str, party: str) -> None:
    """Party: ISO code for governments, acronym for bodies, name for other organisations."""
    claim = only(f"{subject} said the report was accurate.", "report")
    assert claim.speaker.party_id == party


def test_unknown_party_when_text_does_not_say() -> None:
    """A private person with no stated affiliation has no party (None)."""
    claim = only("Maria Lopez said the water had risen overnight.", "water")
    assert claim.speaker.party is None


# -- stance ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Kremlin denied that its troops had crossed the border.",
    "The Kremlin rejected claims that its troops had crossed the border.",
    "The Kremlin dismissed reports that its troops had crossed the border.",
    "The Kremlin said reports that its troops had crossed the border were groundless.",
    "The Kremlin said claims that its troops had crossed the border are an absolute lie.",
    "The Kremlin called the claims that its troops crossed the border nonsense.",
])
def test_denials(sentence: str) -> None:
    """Denial verbs and cues ('groundless', 'lie', 'nonsense') give stance 'denies'."""
    assert only(sentence, "troops").stance is Stance.DENIES


def test_passing_mention_of_lies_is_not_a_denial() -> None:
    """'Lies' used in passing, not said of a claim, leaves the stance 'asserts'."""
    claim = only("Hamas said the enemy spreads its usual fabrication of lies to hide the attack.",
                 "enemy")
    assert claim.stance is Stance.ASSERTS


def test_back_pointing_denial_links_to_the_claim_it_denies() -> None:
    """'Both X and Y deny those assertions' refers to the assertion before it."""
    body = ("Both the United States and Ukraine have alleged that North Korea gave Russia "
            "artillery shells. Both Russia and North Korea deny those assertions.")
    found = claims_of(body, None)
    alleged = [c for c in found if c.stance is Stance.ASSERTS]
    denials = [c for c in found if c.stance is Stance.DENIES]
    assert {c.speaker.party_id for c in alleged} == {"US", "UA"}
    assert {c.speaker.party_id for c in denials} == {"RU", "KP"}
    assert {c.refers_to for c in denials} == {alleged[0].id}
    assert "deny those assertions" in denials[0].text


# -- dates -----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected", "source"), [
    ("Jan Novak, a Polish minister, said Wednesday the deal was off.",
     dt.date(2023, 9, 13), DateSource.WEEKDAY),
    ("Jan Novak, a Polish minister, said on Thursday the deal was off.",
     dt.date(2023, 9, 14), DateSource.WEEKDAY),
    ("On September 2, 2023, Jan Novak, a Polish minister, said the deal was off.",
     dt.date(2023, 9, 2), DateSource.EXPLICIT),
    ("Jan Novak, a Polish minister, said yesterday the deal was off.",
     dt.date(2023, 9, 13), DateSource.RELATIVE),
    ("Jan Novak, a Polish minister, said the deal was off.",
     THURSDAY, DateSource.PUBLISHED),
    ("In July, Jan Novak, a Polish minister, said the deal was off.",
     None, DateSource.UNKNOWN),
])
def test_claim_dates_resolve_against_publication(sentence: str, expected: dt.date | None,
                                                  source: DateSource) -> None:
    """Weekdays, explicit and relative dates resolve against the publication date."""
    claim = only(sentence, "deal")
    assert (claim.date, claim.date_source) == (expected, source)


def test_same_speaker_carry_over() -> None:
    """A statement with no day of its own takes the speaker's last dated statement."""
    body = ("Jan Novak, a Polish minister, said Tuesday the deal was off.\n\n"
            "Novak also said the talks would resume.")
    claim = only(body, "talks")
    assert (claim.date, claim.date_source) == (dt.date(2023, 9, 12), DateSource.SPEAKER)


def test_no_publication_date_gives_null_for_weekdays() -> None:
    """Without a publication date a weekday cannot be resolved: the date is None."""
    claim = only("Jan Novak, a Polish minister, said Wednesday the deal was off.", "deal", None)
    assert claim.date is None


def test_date_inside_the_content_is_not_the_statement_date() -> None:
    """'said the attack happened on Monday' is said on the publication day, not on Monday."""
    claim = only("Jan Novak, a Polish minister, said the attack happened on Monday.", "attack")
    assert claim.date == THURSDAY


# -- narration is not a claim --------------------------------------------------------------

def test_narration_yields_no_claims() -> None:
    """The journalist's own sentences are not attributed claims."""
    assert claims_of("Putin visited North Korea for the first time in 24 years. "
                     "The two leaders signed a treaty.") == []


# -- invariants ---------------------------------------------------------------------------

_TEXT = st.lists(st.sampled_from([*"abcdeXYZ .,;:!?\"“”‘’'-\n", "said", " that ", "Kirby",
                                  "he ", "denied", "\n\n", "Mr. ", "according to "]),
                 min_size=1, max_size=120).map("".join)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_spans_are_views_into_the_body(body: str) -> None:
    """For any text: no crash, every span inside the body, text == body[span]."""
    if not body.strip():
        return
    art = article(body)
    for claim in extract(art):
        assert 0 <= claim.start < claim.end <= len(art.body)
        assert claim.text == art.body[claim.start:claim.end]


@settings(max_examples=50, deadline=None)
@given(_TEXT)
def test_extraction_is_deterministic(body: str) -> None:
    """The same article always gives the same claims."""
    if not body.strip():
        return
    assert extract(article(body)) == extract(article(body))


# -- more shapes met in wire copy ----------------------------------------------------------

def test_quote_running_over_paragraphs_keeps_its_speaker() -> None:
    """A quotation left open at a paragraph's end and reopened in the next is one speaker's."""
    body = ("Polish Prime Minister Jan Novak said: \u201cWe will defend every inch of our border."
            "\n\n\u201cNobody will be allowed to cross it illegally.\u201d")
    speakers = {c.text: (c.speaker.name, c.speaker.party_id) for c in claims_of(body)}
    assert speakers["Nobody will be allowed to cross it illegally."] == ("Jan Novak", "PL")
    assert speakers["We will defend every inch of our border."] == ("Jan Novak", "PL")


def test_dateline_is_not_the_speaker() -> None:
    """'KYIV, Ukraine (AP) — X said ...': the dateline is furniture, X is the speaker."""
    claim = only("KYIV, Ukraine (AP) \u2014 Ukraine's air force said Thursday that 30 drones "
                 "were shot down.", "drones")
    assert claim.speaker.party_id == "UA"
    assert claim.date == dt.date(2023, 9, 14)


def test_told_reporters_without_that() -> None:
    """'told reporters the agency was concerned': the addressee is left out."""
    claim = only("UN spokesman Stephane Dujarric told reporters the agency was concerned.",
                 "agency")
    assert claim.text == "the agency was concerned"
    assert claim.speaker.party_id == "UN"


def test_role_naming_a_body_introduced_before() -> None:
    """'a spokesperson for the ministry, X,' speaks for the ministry the article named."""
    body = ("The Polish Interior Ministry said guards were attacked. A spokesperson for the "
            "ministry, Stanislaw Zaryn, said the attacks were coordinated.")
    assert only(body, "coordinated").speaker.party_id == "PL"


def test_possessive_role_speaks_for_the_person_named() -> None:
    """'Her spokesman said' speaks for the side of the person just named."""
    body = ("German Chancellor Angela Merkel spoke with the president on Monday. "
            "Her spokesman said they discussed aid.")
    claim = only(body, "aid")
    assert claim.speaker.party_id == "DE"
    assert "Angela Merkel" in claim.speaker.name


def test_name_with_particles_after_titles() -> None:
    """'European Commission President Ursula von der Leyen' is Ursula von der Leyen (EU)."""
    claim = only("European Commission President Ursula von der Leyen said sanctions would grow.",
                 "sanctions")
    assert (claim.speaker.name, claim.speaker.party_id) == ("Ursula von der Leyen", "EU")


def test_relative_clause_date_is_not_the_statement_date() -> None:
    """'X, who visited the front on Monday, said ...': Monday dates the visit, not the words."""
    claim = only("Jan Novak, a Polish minister who visited on Monday, said the deal was off.",
                 "deal")
    assert claim.date == THURSDAY


def test_charge_denied_in_apposition_answers_the_claim_before() -> None:
    """'X said C, a charge the Kremlin denies': a denial by the Kremlin pointing back at C."""
    found = claims_of("Navalny's team said he was poisoned on Putin's orders, "
                      "a charge the Kremlin denies.")
    assert [(c.speaker.name, c.stance) for c in found] == [
        ("Navalny's team", Stance.ASSERTS), ("Kremlin", Stance.DENIES)]
    assert found[1].text == "a charge the Kremlin denies"
    assert found[1].refers_to == found[0].id


def test_denial_with_its_own_content_does_not_point_back() -> None:
    """'Russia denies it destroyed the dam' states what it denies: no back-reference."""
    found = claims_of("The EU condemned the attack. Russia denies it destroyed the dam.")
    denial = next(c for c in found if c.stance is Stance.DENIES)
    assert denial.refers_to is None


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Israeli army spokesman Daniel Hagari said the Israeli army was not conducting air "
     "operations near the hospital.", Stance.DENIES),
    ('"We have never sent weapons to either side," said Nasser Kanaani, an Iranian spokesman.',
     Stance.DENIES),
    ("White House spokesman John Kirby said the US does not have full visibility on the talks.",
     Stance.ASSERTS),
    ("Iranian spokesman Nasser Kanaani said Russia did not send troops.", Stance.ASSERTS),
])
def test_own_side_not_doing_a_deed_is_a_denial(sentence: str, stance: Stance) -> None:
    """A speaker saying their own side did not do a deed denies it; other negations assert."""
    found = claims_of(sentence)
    assert [c.stance for c in found] == [stance]


def test_quote_after_a_paragraph_ending_in_a_colon() -> None:
    """'X said:' closing a paragraph attributes the quotation that opens the next."""
    body = ("In a statement, Rafael Grossi, the IAEA's director general, said:\n\n"
            "\u201cThe news from our team was extremely disturbing.\u201d")
    claim = only(body, "disturbing")
    assert (claim.speaker.name, claim.speaker.party_id) == ("Rafael Grossi", "IAEA")


def test_lede_description_resolves_to_the_person_named_later() -> None:
    """'Iran's foreign minister said ...' then 'Hossein Amir-Abdollahian told ...': one person."""
    body = ("Iran's foreign minister said on Saturday that Tehran had sent drones to Russia.\n\n"
            '"We gave a limited number of drones," Hossein Amir-Abdollahian told reporters.')
    speakers = {c.speaker.name for c in claims_of(body)}
    assert speakers == {"Hossein Amir-Abdollahian"}


@pytest.mark.parametrize(("sentence", "speakers"), [
    ("Ukraine blamed Russia for the blast, with President Volodymyr Zelensky accusing Moscow "
     "of terror.", ["Ukraine", "Volodymyr Zelensky"]),
    ("Kyiv accused Russian forces of shelling the plant, while Moscow blamed Ukrainian "
     "troops.", ["Ukraine", "Russia"]),
])
def test_with_and_while_introduce_a_second_speaker(sentence: str, speakers: list[str]) -> None:
    """', with X accusing ...' and ', while X blamed ...' are statements of another speaker."""
    assert [c.speaker.name for c in claims_of(sentence)] == speakers


def test_said_that_a_and_that_b_are_two_claims() -> None:
    """'said that A, and that B' holds two statements by the same speaker."""
    found = claims_of("The official, a US diplomat, said that the base was old, and that "
                      "Washington had known about it.")
    assert [c.text for c in found] == ["the base was old", "Washington had known about it"]


def test_parenthetical_attribution_inside_the_sentence() -> None:
    """'Russia, he added, had turned the site into a base.' is the added statement."""
    body = ("Ukraine's ambassador, Sergiy Kyslytsya, spoke on Thursday. "
            "Russia, he added, had turned the site into a military base.")
    claim = only(body, "military base")
    assert (claim.speaker.name, claim.speaker.party_id) == ("Sergiy Kyslytsya", "UA")


def test_question_headings_are_not_claims() -> None:
    """'Who says Iran supplied them?' is a subheading, not a statement."""
    assert claims_of("Who says Iran supplied them?") == []


@pytest.mark.parametrize("sentence", [
    'CIA spokeswoman Tammy Thorp said the claim was "completely and utterly false."',
    'The Kremlin called suggestions that Russia blew up the pipeline "predictably stupid."',
    "Kremlin spokesman Dmitry Peskov said Russia \u201ccategorically\u201d rejected the "
    "accusations.",
    'Chinese spokesman Wang Wenbin said the US was "spreading rumours and slander."',
])
def test_dismissals_in_the_content_are_denials(sentence: str) -> None:
    """Dismissive words said of a claim, however worded, make a denial."""
    assert [c.stance for c in claims_of(sentence)] == [Stance.DENIES]


def test_false_flag_is_not_a_denial() -> None:
    """'a "false flag" action' names an operation; it does not call anything false."""
    claim = only("German minister Boris Pistorius said the operation was a false flag action.",
                 "false flag")
    assert claim.stance is Stance.ASSERTS


def test_organ_takes_the_country_its_attribution_names() -> None:
    """'the Ministry of Foreign Affairs said in a statement carried by the Saudi Press Agency'."""
    claim = only("In a statement carried by the Saudi Press Agency, the Ministry of Foreign "
                 "Affairs said the report was wrong.", "report")
    assert claim.speaker.party_id == "SA"


def test_a_name_that_looks_like_a_modal() -> None:
    """'British Prime Minister Theresa May said ...' is a statement by Theresa May."""
    claim = only('British Prime Minister Theresa May said "all the indications" were that '
                 "the regime was responsible.", "indications")
    assert (claim.speaker.name, claim.speaker.party_id) == ("Theresa May", "GB")
    assert claim.kind is Kind.INDIRECT


@pytest.mark.parametrize(("body", "speaker", "party"), [
    ("Microsoft said on Wednesday that the group targeted routers. The tech giant said the "
     "attacks continued.", "Microsoft", "Microsoft"),
    ("The report, published on Friday by the Office of the Director of National Intelligence, "
     "claims that the campaign was ordered in Moscow.", "Office of the Director of National "
     "Intelligence", "US"),
])
def test_bodies_named_by_description_or_issuer(body: str, speaker: str, party: str) -> None:
    """'the tech giant' is the company just quoted; a report speaks for whoever issued it."""
    last = claims_of(body)[-1]
    assert (last.speaker.name, last.speaker.party_id) == (speaker, party)


def test_along_with_extends_a_collective_speaker() -> None:
    """'Washington and London, along with Canada, ... warning that C': one claim per government."""
    found = claims_of("Washington and London, along with Canada, published an advisory, "
                      "warning that hackers had entered power grids.")
    assert [c.speaker.party_id for c in found] == ["US", "GB", "CA"]


# -- general attribution shapes (issue 8) ---------------------------------------------

def test_relative_clause_attributes_its_clause() -> None:
    """'..., which the U.S. says killed 20 civilians': the U.S. claims the relative clause."""
    claim = only("The two sides exchanged fire, which the U.S. says killed 20 civilians.",
                 "killed 20 civilians")
    assert claim.speaker.party_id == "US"
    assert claim.annotation is not None and claim.annotation.frame.value == "relative"


def test_naming_verb_in_relative_clause_is_no_claim() -> None:
    """'the group, which it calls Volt Typhoon': a name, not a statement."""
    body = "The company said the group, which it calls Storm Cloud, had been active since 2021."
    assert not [c for c in claims_of(body) if c.text.startswith("Storm Cloud")]


@pytest.mark.parametrize("body, owner", [
    ("Moscow rejected Kyiv's accusation that it shelled the plant.", "UA"),
    ("Moscow rejected the claim by Kyiv that it shelled the plant.", "UA"),
])
def test_nominal_attribution_is_the_owners_claim(body: str, owner: str) -> None:
    """'X's accusation that C' and 'the claim by X that C': C is X's claim, beside the denial."""
    found = [c for c in claims_of(body) if c.text == "it shelled the plant"]
    assert [c.speaker.party_id for c in found] == [owner]
    assert found[0].annotation is not None and found[0].annotation.frame.value == "nominal"
    assert any(c.stance is Stance.DENIES and c.speaker.party_id == "RU"
               for c in claims_of(body))


@pytest.mark.parametrize("body", [
    "The drones came from Iran, CNN reports.",
    "The drones, CNN reports, came from Iran.",
])
def test_parenthetical_attribution(body: str) -> None:
    """'..., CNN reports, ...' attributes the sentence around it to CNN."""
    claim = only(body, "drones")
    assert claim.speaker.name == "CNN"


def test_said_a_and_modal_b_are_two_claims() -> None:
    """'said A and should be B': two statements by one speaker."""
    body = ("John Smith, a senator from Ohio, said the ship was Chinese and should be "
            "investigated by the navy.")
    texts = {c.text for c in claims_of(body)}
    assert {"the ship was Chinese", "should be investigated by the navy"} <= texts


def test_there_was_statement_keeps_its_opening() -> None:
    """'There was no evidence of sabotage, they said': 'There was' is content, not an adverbial."""
    body = ("Danish investigators said the cable was cut. "
            "There was no evidence of sabotage, they said.")
    claim = only(body, "no evidence of sabotage")
    assert claim.text.startswith("There was")


# -- the real speaker over the relay ---------------------------------------------------

def test_relay_of_a_quotation_is_the_quoted_speakers() -> None:
    """'"C," Peskov told reporters, Interfax reported': Peskov's claim, not Interfax's."""
    body = ('Kremlin spokesman Dmitry Peskov spoke on Monday. '
            '"We had nothing to do with it," Peskov told reporters, Interfax reported.')
    claim = only(body, "nothing to do with it")
    assert claim.speaker.name == "Dmitry Peskov"
    assert claim.text == "We had nothing to do with it"


def test_reported_as_saying_is_the_quoted_officials() -> None:
    """'media reported U.S. officials as saying that C': the officials' claim."""
    claim = only("Local media reported U.S. officials as saying that the drones came from Iran.",
                 "drones came from Iran")
    assert claim.speaker.party_id == "US"
    assert claim.text == "the drones came from Iran"
    assert claim.annotation is not None and claim.annotation.frame.value == "relayed"


# -- what a speaker can be -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Back in December 2022, British prosecutors said the suspect had fled the country.",
    "Despite the delay, British prosecutors said the suspect had fled the country.",
    "A day before the hearing, British prosecutors said the suspect had fled the country.",
    "Referring to the report, British prosecutors said the suspect had fled the country.",
])
def test_leading_adverbial_is_never_the_speaker(body: str) -> None:
    """A leading adverbial or participle phrase is skipped: the speaker is the clause's subject."""
    claim = only(body, "suspect had fled")
    assert claim.speaker.party_id == "GB"
    assert "prosecutors" in claim.speaker.name


def test_report_by_author_is_the_authors_claim() -> None:
    """'A report by X states that C': the report's author speaks."""
    claim = only("A report by Amnesty International states that the vessel left port on Monday.",
                 "vessel left port")
    assert claim.speaker.name == "Amnesty International"


def test_the_report_later_is_its_authors() -> None:
    """'the Microsoft report ... The report detailed that C': the author named with the report."""
    body = ("The Iranian mission denied the accusations in the Microsoft report. "
            "The report detailed that a group sent a phishing email to an adviser.")
    claim = only(body, "phishing email")
    assert claim.speaker.name == "Microsoft"


@pytest.mark.parametrize("body", [
    "Kyiv, Ukraine : The ministry said the dam was destroyed on purpose.",
    "KYIV, Ukraine (AP) — The ministry said the dam was destroyed on purpose.",
])
def test_dateline_is_never_the_speaker(body: str) -> None:
    """A dateline ("Kyiv, Ukraine :") is no speaker and no part of one."""
    claim = only(body, "dam was destroyed")
    assert "Kyiv" not in claim.speaker.name


def test_unnamed_official_is_the_description() -> None:
    """'An unnamed senior US official remarked to X that "..."': the official, not "An"."""
    body = ('An unnamed senior US official remarked to the New York Times that '
            '"the mystery remained."')
    claim = only(body, "mystery remained")
    assert claim.speaker.name != "An"
    assert claim.speaker.party_id == "US"


def test_clause_is_never_a_speaker_name() -> None:
    """A subject phrase that is a whole clause yields the clause's own subject or nothing."""
    body = ("European officials stopped short of accusing Russia but Germany, Poland and "
            "others said it was likely an act of sabotage.")
    claim = [c for c in claims_of(body) if "sabotage" in c.text]
    assert claim and {c.speaker.party_id for c in claim} <= {"DE", "PL", None}
    assert all(len(c.speaker.name.split()) <= 3 for c in claim)


# -- descriptions and pronouns ------------------------------------------------------------

def test_description_resolves_to_the_body_it_heads() -> None:
    """'the mission' is the Iranian mission named before, not the UN or New York in its name."""
    body = ("The Iranian mission to the United Nations in New York stated that Iran does not "
            "plan to launch cyber attacks. In response to the accusations, the mission added: "
            '"The elections are an internal matter of the United States."')
    found = claims_of(body)
    assert found and all(c.speaker.party_id == "IR" for c in found)
    assert all("mission" in c.speaker.name.lower() for c in found)


def test_collective_description_resolves_to_the_earlier_group() -> None:
    """'Researchers at X ... The researchers stated that C': X's researchers."""
    body = ("Researchers at Microsoft revealed on Friday that hackers tried to breach an account. "
            "The researchers stated in a report that the breaches were part of a campaign.")
    claim = only(body, "breaches were part")
    assert claim.speaker.party_id == "Microsoft"
    assert claim.text.startswith("the breaches")


def test_pronoun_of_relative_clause_is_the_sentence_speaker() -> None:
    """'its foreign ministry said A, which it said was B': 'it' is the ministry."""
    body = ("Ecuador insists it acted within the law. In a statement, its foreign ministry said "
            "that Mexico had used its embassy to shelter a convict, which it said was a misuse "
            "of diplomatic asylum.")
    claim = only(body, "misuse of diplomatic asylum")
    assert claim.speaker.party_id == "EC"


def test_office_domain_is_not_part_of_the_name() -> None:
    """'Minister of Information Yemane Gebremeskel': the person is Yemane Gebremeskel."""
    body = 'Minister of Information Yemane Gebremeskel said the report was biased.'
    assert only(body, "biased").speaker.name == "Yemane Gebremeskel"


# -- sentences ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russia attacked Ukraine.In a statement, he said so.",
     ["Russia attacked Ukraine.", "In a statement, he said so."]),
    ("The U.S. Embassy said it. He left.", ["The U.S. Embassy said it.", "He left."]),
    ("He lives in the U.S. The president said no.",
     ["He lives in the U.S.", "The president said no."]),
    ("See Politico.com today. Fine.", ["See Politico.com today.", "Fine."]),
    ("Mr. J. Doe left. Dr. Smith stayed.", ["Mr. J. Doe left.", "Dr. Smith stayed."]),
    ("Brig. Gen. Ana Ruiz left. Cmdr. Li stayed.", ["Brig. Gen. Ana Ruiz left.",
                                                     "Cmdr. Li stayed."]),
    ("Cpl. Ruiz and Pte. Li left. Amb. Tan stayed.", ["Cpl. Ruiz and Pte. Li left.",
                                                       "Amb. Tan stayed."]),
])
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    """A stop glued to the next sentence splits; 'U.S. Embassy' and domains do not."""
    from factcheck.extract._text import sentences
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == expected


@given(st.lists(st.sampled_from(["The U.S. Embassy said it.", "Russia left.In May it came.",
                                 "Dr. Smith spoke.", "No."]), min_size=1, max_size=6))
@settings(max_examples=50, deadline=None)
def test_sentences_cover_the_text_in_order(parts: list[str]) -> None:
    """Sentence spans are ordered, disjoint and keep every non-space character."""
    from factcheck.extract._text import sentences
    text = " ".join(parts)
    spans = sentences(text, 0, len(text))
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


# -- stance ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body, needle", [
    ('Russian Foreign Minister Sergei Lavrov said: "Russia has not supplied any weapons."',
     "has not supplied"),
    ('Iran\'s mission said the Iranian government has no intention to interfere in the vote.',
     "no intention"),
    ('Ecuador insists it acted within the law.', "acted within the law"),
    ('Mexico\'s foreign minister Alicia Barcena said Mexico had acted in accordance with the '
     'convention.', "acted in accordance"),
    ('Interior Minister Jan Novak of Poland said: "Nobody was attacked."', "Nobody was attacked"),
    ("Interior Minister Jan Novak of Poland said the police did not use excessive force against "
     "the protesters.", "excessive force"),
    ("Taliban spokesman Zabihullah Mujahid said the group was not present in Afghanistan.",
     "not present"),
    ('Kremlin spokesman Dmitry Peskov said Russia "had no favorites" in the race.', "favorites"),
])
def test_own_side_denial(body: str, needle: str) -> None:
    """A side saying its own side did not do a deed, has no intention, or acted lawfully denies."""
    assert only(body, needle).stance is Stance.DENIES


@pytest.mark.parametrize("body, needle", [
    ('The ministry said the report "lacks any scientific or objective evidence."', "lacks any"),
    ("Russian Deputy Foreign Minister Sergei Ryabkov said Washington has not presented a single "
     "piece of evidence.", "single piece"),
    ("The Kremlin said the findings were lacking credible evidence.", "lacking credible"),
    ("The Kremlin said the move was a purely political act.", "purely political act"),
    ('The ministry said its investigation was "unprofessional" and politically motivated.',
     "politically motivated"),
    ("Indian spokesman Arindam Bagchi said Canada had not shared any specific information.",
     "specific information"),
    ("The council said it is very unlikely a foreign adversary is responsible for the incidents.",
     "unlikely"),
    ('Ukrainian President Volodymyr Zelensky said: "It is impossible to blow it up by shelling."',
     "impossible"),
    ("A Saudi official said the men had been sent to persuade him to return, not to kill him.",
     "not to kill"),
    ("The Cuban foreign ministry said there was no Chinese military base on the island.",
     "military base"),
    ('The company said: "The numbers in the list are not related to the company in any way."',
     "not related"),
    ("The information minister said the report is a rehash of rebel propaganda.", "rehash"),
    ("The company said the reporting was full of wrong assumptions and uncorroborated theories.",
     "uncorroborated"),
])
def test_denial_in_general_words(body: str, needle: str) -> None:
    """A lack of evidence in any wording, or 'a political act', denies."""
    assert only(body, needle).stance is Stance.DENIES


@pytest.mark.parametrize("body, needle", [
    ("The Pentagon neither confirmed nor denied that the drone was shot down.", "drone was shot"),
    ("Washington dismissed Moscow's denials as propaganda.", "denials"),
    ("The minister questioned Sudan's willingness to return to peace talks.", "willingness"),
    ('Turkish Foreign Minister Mevlut Cavusoglu said Ankara would not allow the case to be '
     '"covered up."', "would not allow"),
    ('"Rwanda should not be used as a scapegoat," the Rwandan government said.', "scapegoat"),
    ("The Chinese foreign ministry said it was not aware of the situation.", "not aware"),
    ("The ministry said the incident was staged by the rebels.", "staged by"),
    ("The company said it would no longer respond to inquiries about what it called a "
     "slanderous campaign.", "no longer respond"),
    ('Kremlin spokesman Dmitry Peskov said there is "a lot of speculation" around the crash.',
     "speculation"),
    ("The White House said it is unlikely that the talks will resume this year.", "talks"),
])
def test_not_a_denial(body: str, needle: str) -> None:
    """'Neither confirmed nor denied', dismissing a denial, a promise or a passive is no denial."""
    found = [c for c in claims_of(body) if needle in c.text]
    assert found and all(c.stance is Stance.ASSERTS for c in found)


@pytest.mark.parametrize("body, needle", [
    ("Kremlin spokesman Dmitry Peskov said the shells came from domestic stockpiles.",
     "domestic"),
    ("The Kremlin says Russian troops use Russian-made equipment.", "Russian-made"),
    ("The ministry said the weapons were made locally.", "made locally"),
    ("Julian Assange insisted his source was not the Russian government.", "source"),
    ("Kremlin spokesman Dmitry Peskov said the drones are Russian-made.", "Russian-made"),
])
def test_counter_claim_of_origin_denies(body: str, needle: str) -> None:
    """Items of the user's own making, or a source denied, counter a charge of supply."""
    assert only(body, needle).stance is Stance.DENIES


@pytest.mark.parametrize("body, needle", [
    ("The Ukrainian army said its troops use Western-made tanks.", "Western-made"),
    ("The agency said the source was not named.", "not named"),
    ("Ukrainian President Volodymyr Zelensky said the drones are Iranian-made.", "Iranian-made"),
])
def test_origin_of_another_maker_asserts(body: str, needle: str) -> None:
    """Items made by someone else, or an unnamed source, deny nothing."""
    assert only(body, needle).stance is Stance.ASSERTS


def test_questioning_a_claim_denies_it() -> None:
    """A verb that disputes only claims ('questioned') denies when its object is a claim."""
    assert only("The minister questioned the findings of the panel.",
                "findings").stance is Stance.DENIES


def test_back_pointing_denial_is_the_denial_sentence() -> None:
    """'Iran's mission to the UN rejected the allegations': the claim is the denial sentence."""
    body = ("Washington accused Tehran of hacking the campaign. "
            "Iran's mission to the UN rejected the allegations.")
    claim = only(body, "rejected the allegations")
    assert claim.text.startswith("Iran")
    assert claim.stance is Stance.DENIES


# -- annotations ------------------------------------------------------------------------------

def test_annotation_records_frame_speaker_span_and_mentions() -> None:
    """Each claim carries what extraction found: frame, where the speaker is named, entities."""
    body = "Ukrainian officials said Russia fired missiles at Kyiv."
    claim = only(body, "fired missiles")
    ann = claim.annotation
    assert ann is not None and ann.frame.value == "reported"
    assert ann.speaker_start is not None and ann.speaker_end is not None
    assert body[ann.speaker_start:ann.speaker_end] == "Ukrainian officials"
    assert [(m.text, m.party) for m in ann.mentions] == [("Russia", "RU"), ("Kyiv", "UA")]
    assert all(body[m.start:m.end] == m.text for m in ann.mentions)


def test_annotation_does_not_change_equality() -> None:
    """Claims compare equal whatever their annotation (reports do not carry it)."""
    import attrs
    claim = only("Ukrainian officials said Russia fired missiles at Kyiv.", "fired missiles")
    assert attrs.evolve(claim, annotation=None) == claim


def test_relative_clause_of_a_body_is_the_bodys_claim() -> None:
    """'dismissed by X's government, which has also denied C': the government denies C."""
    body = ("The report was dismissed by Ethiopia's government, which has also denied the "
            "presence of Eritrean troops.")
    claim = only(body, "presence of Eritrean troops")
    assert claim.speaker.party_id == "ET"
    assert claim.stance is Stance.DENIES


def test_accounts_that_x_rejected_point_back() -> None:
    """'C, accounts that X and Y have rejected': the first speaker's C; X and Y deny it."""
    body = "Amnesty said soldiers killed hundreds of civilians, accounts that Ethiopia and " \
           "Eritrea have rejected."
    found = claims_of(body)
    assert any(c.text == "soldiers killed hundreds of civilians" for c in found)
    denials = [c for c in found if c.stance is Stance.DENIES]
    assert {c.speaker.party_id for c in denials} == {"ET", "ER"}


def test_his_office_speaks_for_the_person_named() -> None:
    """'His office said': the office of the person just named, with their party."""
    body = ("Secretary of State Antony Blinken spoke on Friday. "
            "His office said the killings must stop.")
    claim = only(body, "killings must stop")
    assert claim.speaker.name == "Antony Blinken's office"
    assert claim.speaker.party_id == "US"


@pytest.mark.parametrize("verb", ["led", "headed", "chaired"])
def test_head_in_apposition_is_not_the_speaker(verb: str) -> None:
    """'The EHRC, led by X, said C': the body speaks; the head named in apposition does not."""
    body = ("The Ethiopian Human Rights Commission (EHRC) opened an inquiry on Monday. "
            f"The EHRC, {verb} by Daniel Bekele, said soldiers killed civilians in the town.")
    claim = only(body, "soldiers killed civilians")
    assert claim.speaker.name == "Ethiopian Human Rights Commission"


def test_acronym_resolves_to_the_name_it_abbreviates() -> None:
    """'the X Team (IIT) of the OPCW ... The IIT said C': the full name, the owner's party."""
    body = ("The Investigation and Identification Team (IIT) of the Organisation for the "
            "Prohibition of Chemical Weapons met on Monday. "
            "The IIT said a helicopter dropped two cylinders on the town.")
    claim = only(body, "helicopter dropped")
    assert claim.speaker.name == "Investigation and Identification Team"
    assert claim.speaker.party_id == "OPCW"


@pytest.mark.parametrize("body, owner, party", [
    ("Secretary of State Antony Blinken has raised the matter with Prime Minister Abiy Ahmed "
     "of Ethiopia, according to a statement from his office.", "Antony Blinken", "US"),
    ("Prime Minister Abiy Ahmed of Ethiopia visited the front on Friday. The army had "
     "withdrawn from the town, according to a statement from his office.", "Abiy Ahmed", "ET"),
])
def test_his_office_in_according_to_is_the_subjects(body: str, owner: str, party: str) -> None:
    """'X raised it with Y, according to a statement from his office': the subject's office;
    with no person in the sentence, the office of the person named last."""
    claim = next(c for c in claims_of(body) if "office" in c.speaker.name)
    assert claim.speaker.name == f"{owner}'s office"
    assert claim.speaker.party_id == party


@pytest.mark.parametrize("intro", [
    "Human Rights Watch published a report on Tuesday.",
    "Human Rights Watch said in a report released on Tuesday that the town fell.",
    "A report by Human Rights Watch was released on Tuesday.",
])
def test_the_report_based_on_is_its_authors(intro: str) -> None:
    """'The report, based on ..., said C': the author the text named with the report."""
    body = f"{intro} The report, based on interviews with 50 witnesses, said soldiers shot men."
    claim = only(body, "soldiers shot men")
    assert claim.speaker.name == "Human Rights Watch"


def test_report_with_no_author_is_the_report() -> None:
    """'The report, based on ..., found C' with no author named: the report speaks."""
    claim = only("The report, based on interviews with 50 witnesses, found that soldiers "
                 "shot men.", "soldiers shot men")
    assert claim.speaker.name == "report"


@pytest.mark.parametrize("name", ["Dominic LeBlanc", "Ronan McDonald", "Anna DeSantis"])
def test_name_with_inner_capital_is_whole(name: str) -> None:
    """'Minister Dominic LeBlanc said': a surname with a second capital stays whole."""
    claim = only(f"Canada's Public Safety Minister {name} said on Wednesday that the "
                 "inquiry would continue.", "inquiry would continue")
    assert claim.speaker.name == name


def test_office_of_a_role_is_the_office_not_its_holder() -> None:
    """'the Office of the Government Spokesperson said': the office (headed by "office"),
    speaking for the government the article named, not the spokesperson named later."""
    body = ("The Government of Rwanda on Thursday dismissed a report by a UN group of experts. "
            '"Rwanda should not be used as a scapegoat," the Office of the Government '
            "Spokesperson said in a statement. Government spokesperson Yolande Makolo said the "
            "experts had ignored the threat.")
    claim = only(body, "scapegoat")
    assert claim.speaker.name == "Office of the Government Spokesperson"
    assert claim.speaker.party_id == "RW"


def test_capitalized_modifier_of_a_document_names_its_author() -> None:
    """'The IIT report, released on Friday, claimed C': the author the modifier names."""
    body = ("The Syrian ministry rejected the findings of the Investigation and Identification "
            "Team (IIT) of the Organisation for the Prohibition of Chemical Weapons. "
            "The IIT report, released on Friday, claimed that a helicopter dropped two "
            "cylinders.")
    claim = only(body, "helicopter dropped")
    assert claim.speaker.name == "Investigation and Identification Team"
    assert claim.speaker.party_id == "OPCW"


def test_who_heads_the_body_speaks_for_it() -> None:
    """'X, who heads the lab, said C': X speaks for the lab's owner named before."""
    body = ("Amnesty International's Security Lab examined 67 phones. Claudio Guarnieri, who "
            "heads the lab, said the findings showed that no phone was safe.")
    claim = only(body, "no phone was safe")
    assert claim.speaker.party_id == "Amnesty International"


@pytest.mark.parametrize("called", ["sabotage,", "\u201csabotage,\u201d"])
def test_possessive_subject_of_a_while_clause(called: str) -> None:
    """'X called it A, while his Finnish counterpart Y said C': Y says C."""
    body = (f"German Defense Minister Boris Pistorius called the incident {called} while his "
            "Finnish counterpart Antti Virtanen said that Russia has the capacity to do it.")
    claim = only(body, "capacity to do it")
    assert claim.speaker.name == "Antti Virtanen"
    assert claim.speaker.party_id == "FI"


def test_coordinated_counterpart_is_not_the_first_persons_role() -> None:
    """'X's ambassador, A, and his Emirati counterpart, B': A keeps X's side."""
    body = ("The argument broke out between Sudan's ambassador, Al-Harith Idris, and his "
            "Emirati counterpart, Mohamed Abushahab. Idris said the militia was stealing gold.")
    claim = only(body, "stealing gold")
    assert claim.speaker.party_id == "SD"


def test_indefinite_description_is_someone_new() -> None:
    """'a naval spokesman said C' after a named spokesman: not that spokesman."""
    body = ("Kremlin spokesman Dmitry Peskov said the claims were absurd. "
            "The navy is helping the police, a naval spokesman said on Wednesday.")
    claim = only(body, "helping the police")
    assert claim.speaker.name != "Dmitry Peskov"


def test_the_ministry_is_the_ministry_named_head_first() -> None:
    """'The Ministry of Foreign Affairs of X ...; according to a statement by the ministry':
    the ministry the article named, with its owner's party."""
    body = ("The Ministry of Foreign Affairs of Ecuador summoned the envoy on Monday and "
            "handed him a letter, according to a statement by the ministry.")
    claim = claims_of(body)[0]
    assert claim.speaker.name == "Ministry of Foreign Affairs of Ecuador"
    assert claim.speaker.party_id == "EC"


@pytest.mark.parametrize(("body", "party"), [
    ("Warsaw: Poland has closed two crossings on its eastern border. Sources in the security "
     "establishment said the closures would last a month. Poland's government called it a "
     "precaution.", "PL"),
    ("Poland has closed two crossings on its eastern border. Sources in the security "
     "establishment said the closures would last a month. Poland's government called it a "
     "precaution.", None),
])
def test_unnamed_sources_under_a_place_colon_dateline(body: str, party: str | None) -> None:
    """ "Warsaw: ..." is a dateline too; unnamed sources in a story from the state it is
    about speak for that state, and without a dateline their side stays unknown."""
    claim = only(body, "would last a month")
    assert claim.speaker.party_id == party
