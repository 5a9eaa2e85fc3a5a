"""Attribution frames of general English reporting (issue 8, section 2), each on a small
hand-written article: coordination inside reported speech, relative and nominal
attributions inside another statement, state-media statement formats, statement dates."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import extract
from factcheck.claims import Article, Claim, Stance
from factcheck.extract._frames import find_frames

SATURDAY = dt.date(2024, 4, 27)


def claims_of(body: str, published: dt.date | None = SATURDAY) -> list[Claim]:
    return extract(Article(id="t", source="t.txt", body=body, published=published))


def texts(body: str) -> list[str]:
    return [c.text for c in claims_of(body)]


def by_text(body: str, needle: str) -> Claim:
    found = [c for c in claims_of(body) if needle in c.text]
    assert len(found) == 1, [c.text for c in claims_of(body)]
    return found[0]


# -- coordination inside reported speech ----------------------------------------------

@pytest.mark.parametrize(("sentence", "pieces"), [
    ("The inspectors said they had questioned 40 residents by video link, and had examined "
     "photos shared by witnesses.",
     ["they had questioned 40 residents by video link", "had examined photos shared by witnesses"]),
    ("The border guards said the other side had opened fire on an outpost and had since shelled "
     "seven villages.",
     ["the other side had opened fire on an outpost", "had since shelled seven villages"]),
    ("According to the committee, the situation remained tense but stable, and the navy was "
     "strictly respecting the truce.",
     ["the situation remained tense but stable", "the navy was strictly respecting the truce"]),
    ("The office said the leaders had discussed the border and agreed that it should be settled "
     "by peaceful means.",
     ["the leaders had discussed the border", "it should be settled by peaceful means"]),
])
def test_coordinated_statements_split(sentence: str, pieces: list[str]) -> None:
    """A second predicate after an auxiliary, a second clause with its own subject and
    "and agreed that" are statements of their own, by the same speaker."""
    assert texts(sentence) == pieces


def test_second_charge_after_and_of() -> None:
    """"accused X of A and of B": two charges, the second kept although it opens with "of"."""
    found = texts("The minister accused the president of acting as a spokesman for a company "
                  "and of seeking to drag other countries into the dispute.")
    assert found == ["the president of acting as a spokesman for a company",
                     "of seeking to drag other countries into the dispute"]


def test_noun_phrase_coordination_does_not_split() -> None:
    """"Russia and Belarus have ..." inside content: a coordinated subject, one statement."""
    assert texts("The ministry said the army and the police were on alert.") == [
        "the army and the police were on alert"]


# -- relative and nominal attributions inside another statement ------------------------

def test_who_clause_inside_a_denial_is_the_antecedents_claim() -> None:
    """"rejected the statements of President X, who claimed that C": X claims C."""
    body = ("The government on Saturday categorically rejected the statements of President "
            "Jane Roe, who claimed that a navy vessel had violated the country's waters.")
    denial = by_text(body, "statements")
    claim = by_text(body, "vessel")
    assert denial.stance is Stance.DENIES and denial.text.endswith("President Jane Roe")
    assert (claim.speaker.name, claim.stance) == ("Jane Roe", Stance.ASSERTS)
    assert claim.text == "a navy vessel had violated the country's waters"


def test_document_released_by_its_author_that_accused() -> None:
    """"rejected a report released by X on Thursday that accused the army of Z": X accuses,
    dated by its own clause; the main clause's next verb is not X's."""
    body = ("The interim cabinet on Saturday rejected a report released by the Committee to "
            "Protect Journalists on Thursday that accused the police of torturing detainees, and "
            "expelled two diplomats.")
    found = claims_of(body)
    denial = next(c for c in found if c.text.startswith("a report"))
    charge = next(c for c in found if c.text.startswith("the police"))
    assert denial.stance is Stance.DENIES and denial.date == SATURDAY
    assert not denial.text.endswith("diplomats")
    assert charge.speaker.name == "Committee to Protect Journalists"
    assert charge.text == "the police of torturing detainees"
    assert charge.date == dt.date(2024, 4, 25)


def test_trailing_aside_with_participle() -> None:
    """"C, he stressed, calling ...": the aside's speaker says C, then goes on."""
    body = ("Defence Minister John Doe spoke on Saturday. The vessel followed its usual route, "
            "he stressed, calling the reports a show.")
    claim = by_text(body, "usual route")
    assert claim.speaker.name == "John Doe"
    assert claim.text == "The vessel followed its usual route"


def test_passive_coordination_is_not_a_reporting_verb() -> None:
    """"was detained or threatened": a passive participle, not "threatened" as a statement."""
    s = "No reporter was detained or threatened during the inspection, he stressed."
    frames = find_frames(s, 0, len(s), [])
    assert [f.cue for f in frames] == ["stressed"]


# -- state-media statement formats ----------------------------------------------------

def test_according_to_the_statement_with_a_fronted_date() -> None:
    """"According to the statement, on 3 March, C": C is the issuer's, not a topic."""
    body = ("The Ministry of Foreign Affairs of Ruritania has issued a statement on the border.\n\n"
            "According to the statement, on 3 March troops of the neighbour shelled a customs "
            "post without any warning.")
    claim = by_text(body, "shelled")
    assert claim.speaker.name.startswith("Ministry of Foreign Affairs")


def test_the_statement_notes() -> None:
    """", the statement notes.": "notes" after a document's noun is the verb, not a noun."""
    s = "The country has always stood for peaceful negotiations, the statement notes."
    frames = find_frames(s, 0, len(s), [])
    assert [(f.cue, s[f.content[0]:f.content[1]]) for f in frames] == [
        ("notes", "The country has always stood for peaceful negotiations")]


@pytest.mark.parametrize(("sentence", "content"), [
    ("The release recalls that the killings were the subject of a criminal inquiry.",
     "the killings were the subject of a criminal inquiry"),
    ("The committee informed that, following the talks, a ceasefire had been established.",
     "following the talks, a ceasefire had been established"),
])
def test_that_only_verbs_report_a_that_clause(sentence: str, content: str) -> None:
    """"recalls that", "informed that" (a comma may follow "that") report a statement."""
    frames = find_frames(sentence, 0, len(sentence), [])
    assert [sentence[f.content[0]:f.content[1]] for f in frames] == [content]


@pytest.mark.parametrize("sentence", [
    "Mexico recalled its ambassador from the capital on Friday.",
    "The embassy informed its citizens about the curfew.",
])
def test_that_only_verbs_without_a_clause_report_nothing(sentence: str) -> None:
    """"recalled its ambassador" is an act, not a statement."""
    assert find_frames(sentence, 0, len(sentence), []) == []


# -- dates -------------------------------------------------------------------------------

def test_second_statement_is_dated_by_the_attribution_not_the_first_content() -> None:
    """"said on Friday that A happened on Wednesday and that B": B is Friday's statement."""
    found = claims_of("The prosecutor said on Friday that 170 people had been killed on "
                      "Wednesday and that an investigation had been opened.")
    assert [c.date for c in found] == [dt.date(2024, 4, 26)] * 2


def test_time_closing_a_denied_noun_phrase_dates_the_denial() -> None:
    """"denied any link to that ambush last month": the denial's day is unknown, and "to
    that ambush" is no that-clause."""
    claim = by_text("Moldova denied any link to that ambush last month.", "link")
    assert claim.text == "any link to that ambush"
    assert claim.date is None and claim.stance is Stance.DENIES


def test_verb_inside_a_new_speakers_content_is_not_a_new_speaker() -> None:
    """", while Moscow insists the aircraft never left airspace it considers its own":
    "considers" sits inside Moscow's statement; it opens no third claim."""
    found = texts("Norway has accused Russia of sending a spy plane into its airspace, while "
                  "Moscow insists the aircraft never left airspace it considers its own.")
    assert found == ["Russia of sending a spy plane into its airspace",
                     "the aircraft never left airspace it considers its own"]


def test_and_said_after_a_long_first_predicate() -> None:
    """"The Government defended on Monday the raid ..., and said that C": the
    sentence's subject says C, however long the first predicate."""
    body = ("The Federal Government defended on Monday the raid in which the army detained a "
            "former governor, who had hidden in the consulate of a neighbouring country since "
            "March 3, 2022, after a court had sentenced him twice, and said that the measure "
            "was lawful.")
    claim = by_text(body, "measure")
    assert claim.speaker.name == "Federal Government"


def test_adverb_between_and_and_the_verb() -> None:
    """"Belarus is outraged by, and categorically rejects, the accusations": Belarus denies."""
    claim = by_text("Belarus is outraged by, and categorically rejects, the absurd "
                    "accusations levelled against it by Human Rights Watch.", "accusations")
    assert (claim.speaker.name, claim.stance) == ("Belarus", Stance.DENIES)


@pytest.mark.parametrize("sentence", [
    "Militiamen deliberately burned dozens of homes in the valley over three days, Human Rights "
    "Watch said in a report released Tuesday, in what could amount to a war crime.",
    "The number of displaced has risen to nearly 5,000, Human Rights Watch said, as a truce "
    "agreed on Monday evening appeared to be holding.",
])
def test_trailing_attribution_before_the_writers_aside(sentence: str) -> None:
    """", X said, in what could amount to ..." / ", as a truce appeared to hold": the
    content comes first; the aside after the attribution is the writer's, not a claim."""
    found = claims_of(sentence)
    assert [c.speaker.name for c in found] == ["Human Rights Watch"]
    assert not found[0].text.startswith(("in what", "as a"))


def test_main_verb_after_a_which_clause() -> None:
    """"X, which has also denied Y, said in a statement that C": X denies Y and says C."""
    found = claims_of("Serbia's government, which has also denied the use of hired "
                      "fighters, said in a statement that the reports would be examined.")
    assert [(c.text, c.stance) for c in found] == [
        ("the use of hired fighters", Stance.DENIES),
        ("the reports would be examined", Stance.ASSERTS)]


def test_zero_relative_inside_content_is_no_speaker() -> None:
    """"camps of rebels it blames for bombings, its defence ministry said": "it blames"
    qualifies a noun; the statement is the defence ministry's."""
    s = ("Turkey carried out drone strikes on Sunday targeting camps of rebels it blames "
         "for a series of bombings, its defence ministry said.")
    frames = find_frames(s, 0, len(s), [])
    assert [(f.cue, s[f.subject[0]:f.subject[1]]) for f in frames if f.subject] == [
        ("said", "its defence ministry")]


def test_dash_and_returns_to_the_narration() -> None:
    """"blamed Serbia for the outage — and cast more doubt on Belgrade": the content ends at
    the dash."""
    assert texts("Foreign Minister John Doe blamed Serbia for the outage — and cast more "
                 "doubt on Belgrade over the fires.") == ["Serbia for the outage"]


def test_yet_opens_a_coordinated_reporting_verb() -> None:
    """"stated that C yet expressed D": two statements, the second by the same speaker."""
    found = claims_of("Spokesperson Wei Lan stated that the ministry had no details "
                      "regarding the aircraft yet insisted that the pilots had acted lawfully.")
    assert [c.text for c in found] == ["the ministry had no details regarding the aircraft",
                                       "the pilots had acted lawfully"]
    assert {c.speaker.name for c in found} == {"Wei Lan"}


def test_second_clause_without_a_comma_after_a_finite_first() -> None:
    """"told a briefing that the navy was not conducting patrols and the mines that hit the
    ferry did not match theirs": two statements."""
    found = texts("Spokesman John Doe told a press briefing that the navy was not conducting "
                  "patrols near the harbour and the mines that hit the ferry did not match "
                  "theirs.")
    assert found == ["the navy was not conducting patrols near the harbour",
                     "the mines that hit the ferry did not match theirs"]


def test_passive_denial_appositive_answers_the_claim_before() -> None:
    """"..., saying it was diverting the Danube -- accusations denied by the Slovaks": the
    agent denies the claim just made."""
    found = claims_of("Hungary took Slovakia to court, saying it was diverting the Danube -- "
                      "accusations denied by the Slovaks.")
    assert [(c.text, c.stance) for c in found] == [
        ("it was diverting the Danube", Stance.ASSERTS),
        ("accusations denied by the Slovaks", Stance.DENIES)]
    assert found[1].refers_to == found[0].id


def test_continues_to_is_no_subject() -> None:
    """"Japan continues to stress its commitment to the rules": Japan's statement."""
    claim = by_text("Japan continues to stress its commitment to international trade rules.",
                    "commitment")
    assert claim.speaker.name == "Japan"


def test_who_clause_after_an_appositive() -> None:
    """"echoed the claim of Admiral X, the former chief, who said as he was detained that C":
    X says C, and "as he was detained" is not content."""
    claim = by_text("Her remarks echoed the claim of Admiral John Doe, the former navy "
                    "chief now in custody, who said as he was detained that the minister "
                    "had asked him to move the ships away.", "ships")
    assert claim.speaker.name == "John Doe"
    assert claim.text == "the minister had asked him to move the ships away"


def test_capitalised_hyphenated_name_is_no_dateline() -> None:
    """"She said that RED-Tabara operates ...": an all-caps word and a hyphen inside a
    sentence are no dateline ("KYIV - " still is)."""
    s = "She said that RED-Tabara operates from eastern Congo."
    assert [s[f.content[0]:f.content[1]] for f in find_frames(s, 0, len(s), [])] == [
        "RED-Tabara operates from eastern Congo"]


def test_non_restrictive_who_clause_in_the_subject() -> None:
    """"Valdez, who had called on his followers to ..., said C": Valdez says C; the
    relative clause's content ends before the main verb."""
    s = ("Valdez, who had initially called on his followers on Friday to march, said he "
         "had since decided that the protests were rigged.")
    frames = find_frames(s, 0, len(s), [])
    assert [(s[f.subject[0]:f.subject[1]], s[f.content[0]:f.content[1]]) for f in frames] == [
        ("Valdez", "on his followers on Friday to march"),
        ("Valdez", "he had since decided that the protests were rigged")]


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    ("Interior Minister John Doe said the colonel had been told on Monday that he would be "
     "dismissed, after the colonel said in an interview that he would defy the new "
     "cabinet.", "colonel", "he would defy the new cabinet"),
    ('The spokesman, John Doe, urged Britain to stop "stirring up trouble", after the British '
     'Foreign Office claimed that the drills were provocative.', "Foreign Office",
     "the drills were provocative"),
])
def test_new_speaker_in_a_subordinate_clause(sentence: str, speaker: str, content: str) -> None:
    """", after the colonel said that C" inside another statement: the colonel says C."""
    claim = by_text(sentence, content)
    assert claim.speaker.name.endswith(speaker) and claim.text == content


def test_aside_before_a_quoted_participle() -> None:
    """'C, Lin said, adding that "Q"': C is Lin's, not only the quotation."""
    body = ('Spokesperson Lin Jian spoke on Tuesday. The patrol carried out near the reef was '
            'routine and lawful, Lin said, adding that "the country will defend its interests."')
    claim = by_text(body, "patrol")
    assert claim.text == "The patrol carried out near the reef was routine and lawful"
    assert claim.speaker.name == "Lin Jian"


def test_pronoun_claim_in_a_that_relative_clause() -> None:
    """"The navy released photos that it said showed X": the navy claims X."""
    claim = by_text("The Indonesian navy released photos on Friday that it said showed "
                    "fishermen carrying rifles.", "rifles")
    assert claim.speaker.name.endswith("navy")
    assert claim.text == "showed fishermen carrying rifles"


def test_relative_clause_of_a_naming_verb_inside_a_noun_phrase() -> None:
    """"a raid that leaders across the continent have condemned as an affront": narration."""
    assert claims_of("The troops stormed the parliament, in a raid that leaders across the "
                     "continent have condemned as an affront to the norms that protect "
                     "lawmakers.") == []


def test_comma_and_opens_a_new_speaker() -> None:
    """"X offered no proof for the charge, and police officials promptly dismissed it": the
    officials deny, pointing back."""
    claim = by_text("The colonel offered no proof for the charge, and police officials "
                    "promptly dismissed it.", "dismissed")
    assert claim.speaker.name == "police officials"
    assert claim.stance is Stance.DENIES


def test_what_x_called() -> None:
    """"in what the prime minister called an attempted insurrection": the prime minister's
    label."""
    claim = by_text("Protesters smashed the gates of the parliament on Monday in what "
                    "Prime Minister John Doe called an attempted insurrection.", "insurrection")
    assert (claim.speaker.name, claim.text) == ("John Doe", "an attempted insurrection")


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    ("The country has closed all its ports, the Minister of Homeland Security, Civic Affairs "
     "and Disaster Management, Grace Phiri, announced on Monday.",
     "Grace Phiri", "The country has closed all its ports"),
    ("The vessel left the area on Monday, Sue Hemming, the director of legal services, said.",
     "Sue Hemming", "The vessel left the area on Monday"),
])
def test_trailing_subject_in_an_appositive_chain(sentence: str, speaker: str,
                                                 content: str) -> None:
    """"C, the Minister of X, NAME, announced": the named person says C."""
    found = claims_of(sentence)
    assert [(c.speaker.name, c.text) for c in found] == [(speaker, content)]


def test_leading_appositive_subject_is_no_content() -> None:
    """"The Latvian foreign minister, Ilze Ozola, dismissed the account": a subject, not
    a statement followed by its speaker."""
    found = claims_of('The Latvian foreign minister, Ilze Ozola, dismissed the Belarusian '
                      'account as "absurd".')
    assert [c.speaker.name for c in found] == ["Ilze Ozola"]
    assert "account" in found[0].text


def test_according_to_x_who_said() -> None:
    """"C, according to a group of EU monitors, who said in a study that D": both are the
    monitors'."""
    s = ("The militia is based in the south of the country, according to a group of EU "
         "monitors, who said in a study this year that the militia has several hundred members.")
    frames = find_frames(s, 0, len(s), [])
    assert [(s[f.subject[0]:f.subject[1]], s[f.content[0]:f.content[1]]) for f in frames] == [
        ("a group of EU monitors", "The militia is based in the south of the country"),
        ("a group of EU monitors", "the militia has several hundred members")]


def test_as_clause_before_the_subject_is_a_time() -> None:
    """"As he was being escorted out, Col. X told reporters that C": X says C ("As X noted, C"
    still names a source)."""
    s = ("As he was being escorted out on Monday morning, Col. John Doe told reporters that the "
         "minister had asked him to stage the mutiny.")
    frames = find_frames(s, 0, len(s), [])
    assert [(f.cue, s[f.subject[0]:f.subject[1]]) for f in frames if f.subject] == [
        ("told", "Col. John Doe")]
    s = "As the minister noted, the deal is off."
    assert [f.shape for f in find_frames(s, 0, len(s), [])] == ["according_to"]


@pytest.mark.parametrize(("sentence", "content"), [
    ("The junta denies harbouring the NDRF, a separate group allied with it that has waged "
     "a rebellion for more than 10 years.", "harbouring the NDRF"),
    ("The firm said the hackers had targeted companies in Gibraltar, a British overseas "
     "territory that is home to a naval base.", "the hackers had targeted companies in Gibraltar"),
])
def test_writers_gloss_on_a_name_ends_the_content(sentence: str, content: str) -> None:
    """", a separate group allied with ..." after a name is the writer's gloss."""
    s = sentence
    assert [s[f.content[0]:f.content[1]] for f in find_frames(s, 0, len(s), [])] == [content]


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    ("Earlier, the BBC suspected the security services of involvement in the thefts.",
     "suspected", "the security services of involvement in the thefts"),
    ("The study, a three-year inquiry by two newspapers, implicated a police surveillance unit.",
     "implicated", "a police surveillance unit"),
    ("The release recalls that the killings were the subject of an inquiry.",
     "recalls", "the killings were the subject of an inquiry"),
])
def test_accusing_and_recalling_verbs(sentence: str, cue: str, content: str) -> None:
    """"suspected X of Y", "implicated X", "recalls that C" report statements."""
    s = sentence
    assert [(f.cue, s[f.content[0]:f.content[1]]) for f in find_frames(s, 0, len(s), [])] == [
        (cue, content)]


def test_the_suspect_is_a_noun() -> None:
    """"the suspect said ...": "suspect" after a determiner is the noun."""
    s = "The suspect said he had been at home."
    assert [f.cue for f in find_frames(s, 0, len(s), [])] == ["said"]


def test_objecting_to_allegations_denies_them() -> None:
    """"objected to what it calls "unfounded accusations" made by X, in which he accused Y of Z":
    a denial of the allegations, which end before the relative clause."""
    claim = by_text('The Netherlands has objected to what it calls "unfounded '
                    'accusations" made by the envoy of Belgium on March 3, in which he accused '
                    'The Hague of funding the protesters.', "accusations")
    assert claim.stance is Stance.DENIES
    assert claim.text.endswith("on March 3")


def test_told_a_correspondent_when_asked_about() -> None:
    """"C, X told the correspondent during a briefing when asked about Y": C is X's, Y is the
    question's topic."""
    found = claims_of("The United Kingdom is worried about the conduct of Belarus in the region, "
                      "Foreign Office spokesperson Jane Roe told a Warsaw correspondent during "
                      "Tuesday briefing when asked about the recent incidents.")
    assert [(c.speaker.name, c.text) for c in found] == [
        ("Jane Roe", "The United Kingdom is worried about the conduct of Belarus in the region")]


def test_document_by_author_with_a_participle() -> None:
    """"dismissed a report by an EU panel of auditors alleging that C, saying D": the
    auditors allege C inside the dismissed report; D is the dismisser's."""
    found = claims_of("The Government of Malawi on Monday dismissed a report by an EU panel of "
                      "auditors alleging that the police protect the smugglers, saying the matter "
                      "is a domestic issue.")
    by = {c.text: c for c in found}
    assert by["the police protect the smugglers"].stance is Stance.ASSERTS
    assert by["the matter is a domestic issue"].speaker.name == "Government of Malawi"
    denial = next(c for c in found if c.text.startswith("a report"))
    assert denial.stance is Stance.DENIES and "alleging" in denial.text


def test_multiword_participle_and_the_writers_manner_note() -> None:
    """"..., pinning the blame on Belarus without providing evidence": the blame is the
    claim; "without providing evidence" is the writer's note."""
    s = ("The party acknowledged that some of its servers were breached, pinning the "
         "blame on Belarus without providing evidence.")
    assert [(f.cue, s[f.content[0]:f.content[1]]) for f in find_frames(s, 0, len(s), [])] == [
        ("acknowledged", "some of its servers were breached"),
        ("pinning the blame on", "Belarus")]


def test_which_clause_after_contrary_to() -> None:
    """"contrary to French police officials' statements, which deemed it unlikely that C":
    the statements' authors deem it."""
    s = ("It alleged the agency planted the devices, contrary to French police officials "
         "statements, which deemed it unlikely that a criminal gang was involved.")
    frames = find_frames(s, 0, len(s), [])
    assert (s[frames[-1].subject[0]:frames[-1].subject[1]],
            s[frames[-1].content[0]:frames[-1].content[1]]) == (
        "French police officials statements",
        "it unlikely that a criminal gang was involved")


def test_according_to_the_report_at_the_end() -> None:
    """"C, according to the report.": "report" is the source's noun, not a verb that would
    leave the sentence to another attribution."""
    s = ("The arrests appear to have been made in retaliation for a protest that week, "
         "according to the report.")
    frames = find_frames(s, 0, len(s), [])
    assert [(f.shape, s[f.subject[0]:f.subject[1]]) for f in frames] == [
        ("according_to", "the report")]


@pytest.mark.parametrize("sentence", [
    "Several leaders in the region condemned the blockade.",
    "Latin American governments condemned the uprising on Wednesday.",
    "The president expressed solidarity with his counterpart.",
    "The former president called for an international investigation.",
])
def test_gestures_are_not_claims(sentence: str) -> None:
    """A condemnation of a bare noun phrase, an expressed sentiment, a call for something:
    nothing to check."""
    assert find_frames(sentence, 0, len(sentence), []) == []


@pytest.mark.parametrize("sentence", [
    "Secretary of State John Doe condemned the entry of naval vessels into the country's waters.",
    "The ministry condemned what it said was a violation of its airspace.",
    "The ministry urged both sides to respect the ceasefire.",
])
def test_condemnations_with_content_and_calls_to_act_remain(sentence: str) -> None:
    """A condemnation that describes what happened, and an urging, are statements."""
    assert find_frames(sentence, 0, len(sentence), []) != []


@pytest.mark.parametrize("sentence", [
    "The governor did not immediately respond to requests for comment on Monday.",
    "The acting head of mission, who was pushed to the ground, described a scene of chaos.",
    "The ministry issued a statement in response to the report on alleged events in the city.",
])
def test_narration_with_a_reporting_verb_is_not_a_claim(sentence: str) -> None:
    """No comment given, a scene described, "alleged" as an adjective: no statement."""
    assert find_frames(sentence, 0, len(sentence), []) == []


@pytest.mark.parametrize("sentence", [
    "In 2019, cases of the illness among soldiers were also reported in Latvia.",
    "It was first reported among base personnel in the north in 2015.",
    "Other symptoms were later reported by base staff in two provinces.",
    "The Commerce Department announced tariffs related to the dispute.",
])
def test_passives_with_an_adverb_and_announced_acts(sentence: str) -> None:
    """"were also reported", "was first reported": passives; "announced sanctions": an act."""
    assert find_frames(sentence, 0, len(sentence), []) == []


def test_echoed_this_sentiment_leaves_the_participle() -> None:
    """"Another ministry echoed this view, suggesting C": the claim is C, not the pointer."""
    s = "Another ministry echoed this view, suggesting a roughly even chance of a deal."
    frames = find_frames(s, 0, len(s), [])
    assert [(f.cue, s[f.content[0]:f.content[1]]) for f in frames] == [
        ("suggesting", "a roughly even chance of a deal")]


def test_days_after_closes_the_content() -> None:
    """"accused Belarus on Monday of X, days after two posts were stormed": the time frame
    is the writer's."""
    s = ("Baltic governments accused Belarus on Monday of staging migrant pushes on "
         "Poland's borders, days after two border posts were stormed.")
    frames = find_frames(s, 0, len(s), [])
    assert s[frames[0].content[0]:frames[0].content[1]].endswith("Poland's borders")


def test_warned_of_something_happening_is_a_statement() -> None:
    """"warned of reprisals being carried out in the province": a statement ("warned of
    possible consequences" stays a topic)."""
    found = texts("Assistant Secretary-General Ilse Brandt warned of reprisals being carried out "
                  "along religious lines in the province. Brandt also warned of possible "
                  "consequences.")
    assert found == ["reprisals being carried out along religious lines in the province"]


@pytest.mark.parametrize("body", [
    "The port authority said the freighter had struck the pier first, which Valmont denied.",
    "The port authority said the freighter had struck the pier first, which Valmont has "
    "rejected.",
    "The port authority said the freighter had struck the pier first, which Valmont's "
    "shipping agency denied.",
])
def test_which_x_denied_answers_the_claim_just_made(body: str) -> None:
    """ "..., which X denied.": a relative clause with a denial verb and nothing after it
    is X's denial of the claim just made, not part of it."""
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2024, 5, 15))
    found = [(c.speaker.name, c.stance) for c in extract(article)]
    assert found[0][1] is Stance.ASSERTS and found[1][0].startswith("Valmont") \
        and found[1][1] is Stance.DENIES


@pytest.mark.parametrize(("body", "speaker"), [
    ('The port authority said the freighter had struck the pier first, a claim Valmont '
     'described as "a fantasy".', "Valmont"),
    ('The port authority said the freighter had struck the pier first, an account the '
     'shipowners called "absurd".', "shipowners"),
])
def test_a_charge_labelled_as_false_is_a_denial_of_it(body: str, speaker: str) -> None:
    """ "..., a claim X described as 'a fantasy'": X labels the claim just made, and a
    label that dismisses it denies it."""
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2024, 5, 15))
    found = [(c.speaker.name, c.stance) for c in extract(article)]
    assert found[0][1] is Stance.ASSERTS and found[1] == (speaker, Stance.DENIES)


@pytest.mark.parametrize("body", [
    '"The convoy never crossed the river," the navy spokeswoman, Ana Ruiz, told Reuters.',
    '"The convoy never crossed the river," the navy spokeswoman, Ana Ruiz, told reporters.',
])
def test_told_never_inverts_its_addressee_is_not_the_speaker(body: str) -> None:
    """ "..., X, told Reuters.": whoever was told is no speaker; the subject before the
    verb is."""
    article = Article(id="a", source="a.txt", body=body, published=dt.date(2024, 5, 15))
    assert [(c.speaker.name, c.text) for c in extract(article)] == [
        ("Ana Ruiz", "The convoy never crossed the river")]


# -- attribution shapes of unseen stories (bare plural sources, long circumstances, ...) --

@pytest.mark.parametrize(("body", "speaker"), [
    ("Two of the men, Karl Dunmore and Pieter Vask, are foreign nationals, police said.",
     "police"),
    ("The convoy was hit by two drones, officials said.", "officials"),
    ("The convoy was hit by two drones, security sources told reporters.", "security sources"),
])
def test_bare_plural_source_after_the_content(body: str, speaker: str) -> None:
    """ "C, police said.": a bare plural source without an article still speaks C."""
    claim = by_text(body, "the men" if "men" in body else "convoy was hit")
    assert claim.speaker.name == speaker
    assert "said" not in claim.text and "told" not in claim.text


@pytest.mark.parametrize("body", [
    "Norland has shut its northern border with immediate effect, Interior Minister Ada Voss "
    "announced after a meeting of the national security council chaired by President Ola "
    "Lind on Monday, a day after gunmen killed 12 people in the capital.",
    "Norland has shut its northern border with immediate effect, Interior Minister Ada Voss "
    "said during a visit to the border crossing at Fennick on Monday.",
])
def test_a_long_circumstance_after_a_trailing_verb_takes_no_content(body: str) -> None:
    """ "C, X announced after a meeting of ... on Monday, a day after ...": the phrase after
    the verb is when and where X spoke; C, before it, is what X said."""
    assert texts(body) == ["Norland has shut its northern border with immediate effect"]


def test_according_to_after_a_passive_reporting_verb() -> None:
    """ "A have been declared persona non grata, and B will be cut, according to X": a
    passive "declared" reports nothing, so "according to" attributes both clauses."""
    body = ("The military attaches at the embassy have been declared persona non grata, and the "
            "staff of the mission will be cut to 20, according to the foreign minister.")
    found = [(c.speaker.name, c.text) for c in claims_of(body)]
    assert [t for _, t in found] == [
        "The military attaches at the embassy have been declared persona non grata",
        "the staff of the mission will be cut to 20"]
    assert all("minister" in s for s, _ in found)


@pytest.mark.parametrize(("body", "speaker", "text"), [
    ("Officials said the bombing was carried out by members of the Northern Front, which "
     "claimed the attack on Monday.", "Northern Front", "claimed the attack"),
    ("The Valley Brigade (TVB), an armed group that had claimed the bombing hours after it "
     "took place, on Saturday disowned it.", "The Valley Brigade",
     "had claimed the bombing hours after it took place"),
    ("The Valley Brigade, which claimed responsibility for the ambush, is a splinter group.",
     "Valley Brigade", "claimed responsibility for the ambush"),
])
def test_a_group_that_claimed_an_attack_claims_it(body: str, speaker: str, text: str) -> None:
    """ "X, which claimed the attack": claiming an act is X's own statement that it did it;
    the claiming verb belongs to the claim."""
    claim = by_text(body, text)
    assert claim.speaker.name == speaker
    assert claim.text.startswith(text)


@pytest.mark.parametrize("body", [
    "The floods, which claimed the lives of 20 people, hit the north on Monday.",
    "The storm claimed at least 20 lives in the province.",
])
def test_a_disaster_that_claimed_lives_claims_nothing(body: str) -> None:
    """ "claimed the lives of 20 people": a toll, not a statement."""
    assert claims_of(body) == []


@pytest.mark.parametrize("body", [
    "Norland, which declared independence from Sudland in 1990, is not recognised abroad.",
    "On Thursday, Sudland declared Norland's ambassador, Jan Berg, persona non grata over "
    "comments the president made.",
    "The council closed the border post and declared the military attaches persona non grata.",
    "The provincial police announced a reward of 20,000 dollars each for information on the "
    "two suspects.",
])
def test_declaring_or_announcing_an_act_states_nothing(body: str) -> None:
    """ "declared independence", "declared X persona non grata", "announced a reward of ...":
    acts the narration reports, not statements to check."""
    assert claims_of(body) == []


def test_declaring_a_judgement_still_states_it() -> None:
    """ "declared the election a fraud" is a claim about the election."""
    assert texts("The opposition leader declared the election a fraud.") == [
        "the election a fraud"]



@pytest.mark.parametrize(("body", "pieces"), [
    ('According to the minister, the accord bars works that alter the river, and the dam '
     '"would cut the flow by half" in summer.',
     ["the accord bars works that alter the river",
      'the dam "would cut the flow by half" in summer']),
    ("The envoy said the talks had stalled, and the overall strength of the mission in Arden "
     "will be cut to 30.",
     ["the talks had stalled", "the overall strength of the mission in Arden will be cut to 30"]),
])
def test_second_clause_with_a_quoted_or_long_subject_is_split(body: str,
                                                              pieces: list[str]) -> None:
    """ ", and the dam 'would cut ...'": a clause whose verb is quoted, or whose subject runs
    to seven words, is a second statement."""
    assert texts(body) == pieces


@pytest.mark.parametrize(("body", "text"), [
    ('The asylum granted by Norland, Berg said, was "plainly unlawful."',
     'was "plainly unlawful."'),
    ("The convoy, the ministry said, had crossed the border twice.",
     "had crossed the border twice"),
    ("A sailor was hurt in the clash, the navy said, and two boats were damaged.",
     "A sailor was hurt in the clash, the navy said, and two boats were damaged"),
])
def test_a_sentence_split_by_she_said_keeps_the_predicate(body: str, text: str) -> None:
    """ "A, she said, was B": the claim is the predicate after the split; a sentence that
    goes on with "and ..." after the split keeps both sides."""
    assert texts(body) == [text]


@pytest.mark.parametrize("body", [
    "Norland police have arrested 17 people over the failed coup, the government has said, as "
    "doubts about the plot grew among opposition politicians.",
    "Norland police have arrested 17 people over the failed coup, the government said, while "
    "opposition politicians questioned the account.",
])
def test_trailing_attribution_before_a_writers_clause_is_no_aside(body: str) -> None:
    """ "C, the government has said, as ...": the attribution closes C; what follows is the
    writer's, so the verb is not an aside splitting one statement."""
    claim = by_text(body, "arrested 17 people")
    assert claim.text == "Norland police have arrested 17 people over the failed coup"
    assert claim.speaker.name == "government"


@pytest.mark.parametrize("adverb", ["consistently", "flatly", "long", "repeatedly"])
def test_manner_adverb_inside_a_relative_denial(adverb: str) -> None:
    """"X, which has <adverb> denied Y, says C": any adverb may sit between the auxiliary
    and the verb; X denies Y and says C."""
    found = claims_of(f"The Valdor militia, which has {adverb} denied receiving arms from "
                      "Ostravia, says its rifles were captured from the army.")
    denial = [c for c in found if "receiving arms from Ostravia" in c.text]
    assert len(denial) == 1 and denial[0].stance is Stance.DENIES
    assert any("rifles were captured" in c.text for c in found)


@pytest.mark.parametrize("span", ["for months", "for the past two years", "in recent weeks",
                                  "for decades"])
def test_span_of_time_between_auxiliary_and_verb_is_not_the_speaker(span: str) -> None:
    """"X has for months accused Y of Z": the span of time is no part of the speaker."""
    claim = by_text(f"Ostravia's government has {span} accused Valdor of arming the rebels.",
                    "arming the rebels")
    assert claim.speaker.name == "Ostravia's government"


@pytest.mark.parametrize("channel", ["in a statement carried by the Zentra news agency",
                                     "in a post published on its website",
                                     "in an interview aired by state television"])
def test_channel_of_a_denial_is_not_its_content(channel: str) -> None:
    """"X denied any involvement in a statement carried by Y": the statement is where the
    denial came, not what is denied."""
    claim = by_text(f"The Northern Brigades denied any involvement {channel} on Thursday.",
                    "involvement")
    assert claim.stance is Stance.DENIES
    assert "statement" not in claim.text and "post" not in claim.text \
        and "interview" not in claim.text


# -- the speaker's own coordinated predicate; datelines --------------------------------

@pytest.mark.parametrize(("sentence", "claim", "narration"), [
    ("Brevania says the only lawful council in Ostmark is the one led by Mayor Tolan and has "
     "frozen its trade credits.",
     "the only lawful council in Ostmark is the one led by Mayor Tolan",
     "frozen its trade credits"),
    ("Minister Hal Orvis has said the harbour was sold illegally and has refused to meet the "
     "new owners.",
     "the harbour was sold illegally", "refused to meet the new owners"),
])
def test_has_predicate_after_present_cue_is_the_speakers(sentence: str, claim: str,
                                                         narration: str) -> None:
    """A coordinated "and has VERBed" agreeing with a present or perfect reporting verb is
    the speaker's own act: narration, not a second statement."""
    found = texts(sentence)
    assert claim in found
    assert not any(narration in t for t in found)


def test_has_reporting_predicate_after_present_cue_is_kept() -> None:
    """A coordinated "and has claimed ..." is still reporting, so its words remain a claim."""
    found = texts("Brevania says the dam is safe and has repeatedly claimed that the "
                  "survey was forged.")
    assert any("the survey was forged" in t for t in found)


@pytest.mark.parametrize(("body", "claim"), [
    ("KELDORA CITY, 14 Sept — The Tarn Front fired the rockets that hit the depot, said "
     "Colonel Ivo Marsh.", "The Tarn Front fired the rockets that hit the depot"),
    ("Port Velin, March 8/2022 (NWA) - The river patrol has crossed into Ostmark waters, the "
     "Ministry of Defence said today.", "The river patrol has crossed into Ostmark waters"),
])
def test_dateline_with_day_first_or_slashed_year_is_not_content(body: str, claim: str) -> None:
    """A dateline ending in a dash after a day-first date ("20 Sept —") or carrying a
    slashed year ("January 12/2021 (ENA) -") is not part of the first statement."""
    found = texts(body)
    assert claim in found, found


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Minister Ana Pell said about 30 Ostmark guards had crossed the river.",
     "about 30 Ostmark guards had crossed the river"),
    ("The coast guard said over 120 migrants were rescued near the reef.",
     "over 120 migrants were rescued near the reef"),
])
def test_said_about_a_number_is_a_statement(sentence: str, claim: str) -> None:
    """ "said about 30 guards had crossed": an approximate number opening the reported clause,
    not the topic of the saying."""
    assert claim in texts(sentence)


def test_warned_about_a_number_without_a_clause_stays_a_topic() -> None:
    """ "warned about 30 new tariffs" has no reported clause: nothing is claimed."""
    assert texts("Ana Pell warned about 30 new tariffs.") == []
