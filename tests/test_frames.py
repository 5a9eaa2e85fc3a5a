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
    ("The monitors said they had interviewed 23 people by telephone, and had analysed videos "
     "shared by survivors.",
     ["they had interviewed 23 people by telephone", "had analysed videos shared by survivors"]),
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
    """"According to the statement, on 14 September, C": C is the issuer's, not a topic."""
    body = ("The Ministry of Foreign Affairs of Ruritania has issued a statement on the border.\n\n"
            "According to the statement, on 14 September troops of the neighbour opened fire on "
            "a border post without any reason.")
    claim = by_text(body, "opened fire")
    assert claim.speaker.name.startswith("Ministry of Foreign Affairs")


def test_the_statement_notes() -> None:
    """", the statement notes.": "notes" after a document's noun is the verb, not a noun."""
    s = "The country has always stood for peaceful negotiations, the statement notes."
    frames = find_frames(s, 0, len(s), [])
    assert [(f.cue, s[f.content[0]:f.content[1]]) for f in frames] == [
        ("notes", "The country has always stood for peaceful negotiations")]


@pytest.mark.parametrize(("sentence", "content"), [
    ("The release recalls that the attacks were the subject of a judicial investigation.",
     "the attacks were the subject of a judicial investigation"),
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
    found = claims_of("Spokesperson Lin Jian stated that the government had no information "
                      "regarding the vessel yet insisted that the crew had acted lawfully.")
    assert [c.text for c in found] == ["the government had no information regarding the vessel",
                                       "the crew had acted lawfully"]
    assert {c.speaker.name for c in found} == {"Lin Jian"}


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
    """"Morales, who had called on his supporters to ..., said C": Morales says C; the
    relative clause's content ends before the main verb."""
    s = ("Morales, who had initially called on his supporters on Wednesday to mobilise, said he "
         "had since concluded that the events were staged.")
    frames = find_frames(s, 0, len(s), [])
    assert [(s[f.subject[0]:f.subject[1]], s[f.content[0]:f.content[1]]) for f in frames] == [
        ("Morales", "on his supporters on Wednesday to mobilise"),
        ("Morales", "he had since concluded that the events were staged")]


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    ("Defence Minister John Doe said the general had been informed on Tuesday that he would be "
     "relieved, after the general said in an interview that he would arrest the former "
     "president.", "general", "he would arrest the former president"),
    ('The spokesman, John Doe, urged the US to stop "sowing discord", after the US State '
     'Department claimed that the actions were escalatory.', "State Department",
     "the actions were escalatory"),
])
def test_new_speaker_in_a_subordinate_clause(sentence: str, speaker: str, content: str) -> None:
    """", after the general said that C" inside another statement: the general says C."""
    claim = by_text(sentence, content)
    assert claim.speaker.name.endswith(speaker) and claim.text == content


def test_aside_before_a_quoted_participle() -> None:
    """'C, Lin said, adding that "Q"': C is Lin's, not only the quotation."""
    body = ('Spokesperson Lin Jian spoke on Tuesday. The measures taken on site were legitimate '
            'and lawful, Lin said, adding that "the country will safeguard its rights."')
    claim = by_text(body, "measures")
    assert claim.text == "The measures taken on site were legitimate and lawful"
    assert claim.speaker.name == "Lin Jian"


def test_pronoun_claim_in_a_that_relative_clause() -> None:
    """"The military released videos that it said showed X": the military claims X."""
    claim = by_text("The Philippine military released videos on Wednesday that it said showed "
                    "coast guard personnel brandishing knives.", "knives")
    assert claim.speaker.name.endswith("military")
    assert claim.text == "showed coast guard personnel brandishing knives"


def test_relative_clause_of_a_naming_verb_inside_a_noun_phrase() -> None:
    """"a raid that governments across the region have condemned as a breach": narration."""
    assert claims_of("The police stormed the embassy, in a raid that governments across the "
                     "region have condemned as a breach of the rules that protect missions.") == []


def test_comma_and_opens_a_new_speaker() -> None:
    """"X gave no evidence for the claim, and government officials quickly dismissed it": the
    officials deny, pointing back."""
    claim = by_text("The general gave no evidence for the claim, and government officials "
                    "quickly dismissed it.", "dismissed")
    assert claim.speaker.name == "government officials"
    assert claim.stance is Stance.DENIES


def test_what_x_called() -> None:
    """"in what the president called an attempted coup": the president's label."""
    claim = by_text("Armored vehicles rammed the doors of the palace on Wednesday in what "
                    "President John Doe called an attempted coup.", "coup")
    assert (claim.speaker.name, claim.text) == ("John Doe", "an attempted coup")


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    ("The country has closed all its border crossings, the Minister of the Interior, Community "
     "Development and Public Security, Martin Niteretse, announced on Thursday.",
     "Martin Niteretse", "The country has closed all its border crossings"),
    ("The vessel left the area on Monday, Sue Hemming, the director of legal services, said.",
     "Sue Hemming", "The vessel left the area on Monday"),
])
def test_trailing_subject_in_an_appositive_chain(sentence: str, speaker: str,
                                                 content: str) -> None:
    """"C, the Minister of X, NAME, announced": the named person says C."""
    found = claims_of(sentence)
    assert [(c.speaker.name, c.text) for c in found] == [(speaker, content)]


def test_leading_appositive_subject_is_no_content() -> None:
    """"The Ukrainian foreign minister, Dmytro Kuleba, dismissed the account": a subject, not
    a statement followed by its speaker."""
    found = claims_of('The Ukrainian foreign minister, Dmytro Kuleba, dismissed the Russian '
                      'account as "absurd".')
    assert [c.speaker.name for c in found] == ["Dmytro Kuleba"]
    assert "account" in found[0].text


def test_according_to_x_who_said() -> None:
    """"C, according to a group of UN experts, who said in a report that D": both are the
    experts'."""
    s = ("The group is based in the east of the country, according to a group of UN experts, "
         "who said in a report this year that the rebels have several hundred fighters.")
    frames = find_frames(s, 0, len(s), [])
    assert [(s[f.subject[0]:f.subject[1]], s[f.content[0]:f.content[1]]) for f in frames] == [
        ("a group of UN experts", "The group is based in the east of the country"),
        ("a group of UN experts", "the rebels have several hundred fighters")]


def test_as_clause_before_the_subject_is_a_time() -> None:
    """"As he was being led away, Gen. X told reporters that C": X says C ("As X noted, C"
    still names a source)."""
    s = ("As he was being led away on Wednesday evening, Gen. John Doe told reporters that the "
         "president had asked him to stage the uprising.")
    frames = find_frames(s, 0, len(s), [])
    assert [(f.cue, s[f.subject[0]:f.subject[1]]) for f in frames if f.subject] == [
        ("told", "Gen. John Doe")]
    s = "As the minister noted, the deal is off."
    assert [f.shape for f in find_frames(s, 0, len(s), [])] == ["according_to"]


@pytest.mark.parametrize(("sentence", "content"), [
    ("The Taliban deny harbouring the TTP, a separate movement allied with them that has waged "
     "an insurgency for more than 15 years.", "harbouring the TTP"),
    ("The company said the group had targeted organisations in Guam, a Pacific island territory "
     "that is home to military bases.", "the group had targeted organisations in Guam"),
])
def test_writers_gloss_on_a_name_ends_the_content(sentence: str, content: str) -> None:
    """", a separate movement allied with ..." after a name is the writer's gloss."""
    s = sentence
    assert [s[f.content[0]:f.content[1]] for f in find_frames(s, 0, len(s), [])] == [content]


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    ("Earlier, CBS News suspected the intelligence agencies of involvement in the cases.",
     "suspected", "the intelligence agencies of involvement in the cases"),
    ("The report, a five-year probe by three outlets, implicated a military intelligence unit.",
     "implicated", "a military intelligence unit"),
    ("The release recalls that the attacks were the subject of an investigation.",
     "recalls", "the attacks were the subject of an investigation"),
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
    """"objected to what it calls "baseless allegations" made by X, in which he accused Y of Z":
    a denial of the allegations, which end before the relative clause."""
    claim = by_text('The United Arab Emirates has objected to what it calls "baseless '
                    'allegations" made by the envoy of Sudan on April 19, in which he accused '
                    'Abu Dhabi of supporting the rebels.', "allegations")
    assert claim.stance is Stance.DENIES
    assert claim.text.endswith("on April 19")


def test_told_a_correspondent_when_asked_about() -> None:
    """"C, X told the correspondent during a briefing when asked about Y": C is X's, Y is the
    question's topic."""
    found = claims_of("The United States is concerned with the actions of Russia in the region, "
                      "State Department spokesperson Matthew Miller told a Washington "
                      "correspondent during Monday "
                      "briefing when asked about the latest reports.")
    assert [(c.speaker.name, c.text) for c in found] == [
        ("Matthew Miller", "The United States is concerned with the actions of Russia in the "
                           "region")]


def test_document_by_author_with_a_participle() -> None:
    """"dismissed a report by a UN group of experts alleging that C, saying D": the experts
    allege C inside the dismissed report; D is the dismisser's."""
    found = claims_of("The Government of Rwanda on Thursday dismissed a report by a UN group of "
                      "experts alleging that the army supports the rebels, saying the conflict "
                      "is an internal problem.")
    by = {c.text: c for c in found}
    assert by["the army supports the rebels"].stance is Stance.ASSERTS
    assert by["the conflict is an internal problem"].speaker.name == "Government of Rwanda"
    denial = next(c for c in found if c.text.startswith("a report"))
    assert denial.stance is Stance.DENIES and "alleging" in denial.text


def test_multiword_participle_and_the_writers_manner_note() -> None:
    """"..., pinning the blame on Iran without providing evidence": the blame is the claim;
    "without providing evidence" is the writer's note."""
    s = ("The campaign acknowledged that some of its communications were hacked, pinning the "
         "blame on Iran without providing evidence.")
    assert [(f.cue, s[f.content[0]:f.content[1]]) for f in find_frames(s, 0, len(s), [])] == [
        ("acknowledged", "some of its communications were hacked"),
        ("pinning the blame on", "Iran")]


def test_which_clause_after_contrary_to() -> None:
    """"contrary to US intelligence agencies' statements, which deemed it unlikely that C":
    the statements' authors deem it."""
    s = ("It alleged the unit used the weapons, contrary to US intelligence agencies statements, "
         "which deemed it unlikely that a foreign adversary was responsible.")
    frames = find_frames(s, 0, len(s), [])
    assert (s[frames[-1].subject[0]:frames[-1].subject[1]],
            s[frames[-1].content[0]:frames[-1].content[1]]) == (
        "US intelligence agencies statements",
        "it unlikely that a foreign adversary was responsible")


def test_according_to_the_report_at_the_end() -> None:
    """"C, according to the report.": "report" is the source's noun, not a verb that would
    leave the sentence to another attribution."""
    s = ("The massacres appear to have been carried out in reprisal for an attack that morning, "
         "according to the report.")
    frames = find_frames(s, 0, len(s), [])
    assert [(f.shape, s[f.subject[0]:f.subject[1]]) for f in frames] == [
        ("according_to", "the report")]


@pytest.mark.parametrize("sentence", [
    "Several governments in the region condemned the raid.",
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
    "The ministry condemned what it said was an incursion into its waters.",
    "The ministry urged both sides to respect the ceasefire.",
])
def test_condemnations_with_content_and_calls_to_act_remain(sentence: str) -> None:
    """A condemnation that describes what happened, and an urging, are statements."""
    assert find_frames(sentence, 0, len(sentence), []) != []


@pytest.mark.parametrize("sentence", [
    "The minister did not immediately respond to a request for comment on Friday.",
    "The acting head of mission, who was pushed to the ground, described a scene of chaos.",
    "The ministry issued a statement in response to the report on alleged events in the city.",
])
def test_narration_with_a_reporting_verb_is_not_a_claim(sentence: str) -> None:
    """No comment given, a scene described, "alleged" as an adjective: no statement."""
    assert find_frames(sentence, 0, len(sentence), []) == []


@pytest.mark.parametrize("sentence", [
    "In 2021, cases of the syndrome among diplomats were also reported in Austria.",
    "It was first reported among embassy personnel in the capital in 2016.",
    "Other symptoms were later reported by embassy staff in three countries.",
    "The Treasury Department announced sanctions related to the hacking.",
])
def test_passives_with_an_adverb_and_announced_acts(sentence: str) -> None:
    """"were also reported", "was first reported": passives; "announced sanctions": an act."""
    assert find_frames(sentence, 0, len(sentence), []) == []


def test_echoed_this_sentiment_leaves_the_participle() -> None:
    """"Another agency echoed this sentiment, suggesting C": the claim is C, not the pointer."""
    s = "Another agency echoed this sentiment, suggesting a roughly even chance of a weapon."
    frames = find_frames(s, 0, len(s), [])
    assert [(f.cue, s[f.content[0]:f.content[1]]) for f in frames] == [
        ("suggesting", "a roughly even chance of a weapon")]


def test_days_after_closes_the_content() -> None:
    """"accused Russia on Tuesday of X, days after two cables were cut": the time frame is
    the writer's."""
    s = ("European governments accused Russia on Tuesday of escalating hybrid attacks on "
         "Ukraine's allies, days after two data cables were cut.")
    frames = find_frames(s, 0, len(s), [])
    assert s[frames[0].content[0]:frames[0].content[1]].endswith("Ukraine's allies")


def test_warned_of_something_happening_is_a_statement() -> None:
    """"warned of atrocities being committed in the region": a statement ("warned of possible
    consequences" stays a topic)."""
    found = texts("Assistant Secretary-General Martha Pobee warned of atrocities being committed "
                  "along ethnic lines in the region. Pobee also warned of possible consequences.")
    assert found == ["atrocities being committed along ethnic lines in the region"]
