"""Stance rules of general English (issue 8, section 2): denials by negative quantifier,
by counter-claim and by label, each on a small hand-written article or content."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import extract
from factcheck.claims import Article, Claim, Stance
from factcheck.extract._stance import counter_claim, stance_of


def claims_of(body: str) -> list[Claim]:
    return extract(Article(id="t", source="t.txt", body=body, published=dt.date(2025, 3, 2)))


def stance_of_claim(body: str, needle: str) -> Stance:
    found = [c for c in claims_of(body) if needle in c.text]
    assert len(found) == 1, [c.text for c in claims_of(body)]
    return found[0].stance


@pytest.mark.parametrize("content", [
    "No fisherman was detained or questioned during the inspection",
    "Not a single serviceman crossed the state border",
    "not one soldier has entered the village",
    "Nobody was attacked",
])
def test_negative_quantifier_with_a_deed_denies(content: str) -> None:
    """A deed denied of everyone ("no vessel was harassed", "not a single soldier crossed")."""
    assert stance_of(content) is Stance.DENIES


@pytest.mark.parametrize("content", [
    "No agreement has been reached on the border",
    "no talks were held on Friday",
])
def test_negative_quantifier_without_a_deed_asserts(content: str) -> None:
    """"No agreement has been reached" states a fact; it denies no charge."""
    assert stance_of(content) is Stance.ASSERTS


@pytest.mark.parametrize("content", [
    "Such claims do not correspond to reality",
    "the report does not correspond to the facts",
])
def test_not_corresponding_to_reality_denies(content: str) -> None:
    """"do not correspond to reality": a general denial phrase."""
    assert stance_of(content) is Stance.DENIES


def test_calling_someones_claim_a_quoted_label_denies() -> None:
    """"calling Ali's version "a media show"": a claim given a scare-quoted label."""
    assert stance_of('Ali\'s version "a media show."', lemma="call") is Stance.DENIES
    assert stance_of("the suspension unacceptable", lemma="call") is Stance.ASSERTS


def test_negated_echo_of_a_rejected_claim_denies() -> None:
    """"rejected claims that the area is pending delimitation" ... "There are no waters
    pending delimitation": the speaker's negated echo of what it rejected."""
    body = ('Foreign Minister John Doe on Sunday rejected claims by the neighbour that the area '
            'is "pending delimitation".\n\n'
            '"There are no waters pending delimitation," Doe told reporters.')
    assert stance_of_claim(body, "no waters") is Stance.DENIES


def test_echo_needs_shared_words_and_a_negation() -> None:
    """A negated statement on another matter, or an echo without negation, asserts."""
    denied = "claims that the area is pending delimitation"
    assert counter_claim("There is no money for schools", denied=denied) is False
    assert counter_claim("the area is pending delimitation", denied=denied) is False


def test_accused_sides_negated_reply_denies() -> None:
    """"X accused Russia of sending a plane, while Moscow insists the aircraft never left its
    airspace": the accused's negated reply in the same sentence denies."""
    body = ("Norway has accused Russia of sending a spy plane into its airspace, while "
            "Moscow insists the aircraft never left airspace it considers its own.")
    assert stance_of_claim(body, "never left") is Stance.DENIES


def test_third_partys_negated_remark_after_an_accusation_asserts() -> None:
    """Only the accused answers a charge: a third party's negation is its own statement."""
    assert counter_claim("the talks never started", accusation="Venezuela of sending a vessel",
                         party="BR") is False


@pytest.mark.parametrize("content", [
    "the raid was carried out in strict compliance with national and maritime law",
    "the operation was carried out in accordance with international law",
])
def test_own_act_said_to_be_lawful_denies(content: str) -> None:
    """A side's act called lawful ("the measure was taken in compliance with the law")
    answers the charge against it."""
    assert stance_of(content) is Stance.DENIES


def test_anothers_act_said_to_be_lawful_is_not_enough() -> None:
    """The lawful act must be the speaker's: "the vote was held" is no act of a side."""
    assert stance_of("the vote was held in accordance with the rules") is Stance.ASSERTS


@pytest.mark.parametrize(("content", "party"), [
    ("the navy's operation against the trawlers was proportionate and justified", "CN"),
    ("The measures taken at the crossing were legitimate and lawful", "CN"),
])
def test_own_measures_called_lawful_deny(content: str, party: str) -> None:
    """A side calling its own measures lawful, proportionate or justified answers the
    charge against them."""
    assert stance_of(content, party=party) is Stance.DENIES


def test_anothers_measures_called_lawful_assert() -> None:
    """Measures of another side called lawful are an opinion, not a denial of a charge."""
    assert stance_of("Russia's actions were legitimate", party="UA") is Stance.ASSERTS


@pytest.mark.parametrize("content", [
    'its police took no "coercive action" against the migrants',
    "the trawlers were on a lawful mission in their own zone",
    "We receive nothing from the neighbouring country",
    "Uganda has no association whatsoever with any militia",
    "Ana Vidal is repeating the lie of a rogue colonel.",
])
def test_general_denials(content: str) -> None:
    """Acts against someone denied, a lawful mission, "we receive nothing from", "no
    association with", "repeating the lie"."""
    party = "UG" if content.startswith("Uganda") else "CN"
    assert stance_of(content, party=party) is Stance.DENIES


def test_deed_denied_of_both_sides_asserts() -> None:
    """"No rockets were launched by either side" answers no one's charge."""
    assert stance_of("No rockets were launched by either side") is Stance.ASSERTS


def test_quote_opening_with_a_denial_denies_throughout() -> None:
    """'"X is lying. He is trying to cover up a crime ..."': the quotation is one denial."""
    body = ('"Colonel Varga is lying. He is trying to cover up a crime for which he will have '
            'to answer in court," Interior Minister Lena Holt said.')
    assert {c.stance for c in claims_of(body)} == {Stance.DENIES}


def test_quote_with_a_later_denial_keeps_each_sentence() -> None:
    """'"Naturally, these rumours are told with a certain slant. All this is an absolute
    lie"': each sentence keeps its own stance."""
    body = ('"Naturally, in the opposition press, all these rumours are told with a certain '
            'slant. All this is an absolute lie," spokesman John Doe said.')
    assert [c.stance for c in claims_of(body)] == [Stance.ASSERTS, Stance.DENIES]


def test_label_for_what_was_just_rejected_denies() -> None:
    """"rejected the rumour ... and described it as an attempt to distract": the label
    given to the rejected claim denies too."""
    body = ("The minister, Jane Roe, rejected the rumour about a secret deal and "
            "described it as an attempt to distract from the crisis.")
    assert [c.stance for c in claims_of(body)] == [Stance.DENIES, Stance.DENIES]


@pytest.mark.parametrize("content", [
    "Who needs to poison him",
    "Why would we attack our own people?",
    "If our agents had wanted to poison him, they would have finished the job",
    "But that's all nonsense",
    "this is all fiction",
])
def test_rhetorical_and_counterfactual_denials(content: str) -> None:
    """A deed denied by a rhetorical question or a counterfactual, and "that's all X" said of
    what was just reported."""
    assert stance_of(content) is Stance.DENIES


@pytest.mark.parametrize("content", [
    "Who will pay for the reconstruction",
    "If the talks had failed, the fighting would have resumed",
    "that is all we know",
])
def test_questions_and_conditionals_that_deny_nothing(content: str) -> None:
    """An ordinary question or conditional, or "that is all we know", denies nothing."""
    assert stance_of(content) is Stance.ASSERTS


def test_quotation_after_a_counterfactual_denies() -> None:
    """'If the agents had wanted to silence her, "they would have succeeded"': the
    quotation completes a counterfactual, a denial."""
    body = ('President John Doe spoke on Thursday. If the agents had wanted to silence her, "then '
            'they surely would have succeeded," he said.')
    assert [c.stance for c in claims_of(body)] == [Stance.DENIES]


@pytest.mark.parametrize("content", [
    "the seizure was carried out in strict compliance with national and maritime law",
    "the arrest was made in strict compliance with the law",
    "the inspection was performed in accordance with international law",
])
def test_any_act_noun_called_lawful_denies(content: str) -> None:
    """An act noun of any kind (seizure, arrest, inspection) done or made lawfully, said by
    the side that did it, answers the charge against it."""
    assert stance_of(content, party="CN") is Stance.DENIES


@pytest.mark.parametrize(("content", "party", "want"), [
    ('its border police took no "coercive action" against the migrants', "CN", Stance.DENIES),
    ("the Kyrgyz police took no action against the migrants", "TJ", Stance.ASSERTS),
])
def test_an_organ_with_a_plain_modifier_is_the_speakers_own(content: str, party: str,
                                                            want: Stance) -> None:
    """ "its border police": a lower-case modifier keeps the organ the speaker's own; a
    named owner ("the Kyrgyz police") does not."""
    assert stance_of(content, party=party) is want


@pytest.mark.parametrize(("content", "party"), [
    ("the pipeline deal violates no nation's sovereignty", "NO"),
    ("The accord signed between Chile and Peru does not violate the law of any state", "CL"),
    ("it has broken no rule", "NO"),
    ("No treaties are being breached.", "NO"),
    ("Nothing is being violated.", "NO"),
    ("the border fence doesn't infringe the rights of anyone", "NO"),
])
def test_own_act_said_to_break_no_norm_denies(content: str, party: str) -> None:
    """A side saying its act breaks no law, treaty or sovereignty answers the charge."""
    assert stance_of(content, party=party) is Stance.DENIES


@pytest.mark.parametrize(("content", "party"), [
    ("Sweden has never respected the rules and does not violate them only by accident", "NO"),
    ("we will not violate the truce", "NO"),
])
def test_norm_kept_by_another_side_or_promised_asserts(content: str, party: str) -> None:
    """Another side's conduct, or a promise about the future, is no denial of a charge."""
    assert stance_of(content, party=party) is Stance.ASSERTS


@pytest.mark.parametrize("content", [
    "the 1958 convention does not forbid such dams",
    'The accord "in no way prohibits" the new harbour',
    "nothing in the charter bars the deployment",
])
def test_norm_said_not_to_prohibit_denies(content: str) -> None:
    """A norm said to allow the act ("the treaty does not prohibit it") denies that the act
    is unlawful."""
    assert stance_of(content, party="CL") is Stance.DENIES


@pytest.mark.parametrize("content", [
    "Lisbon's move to close the port had no legal basis",
    "the decree has no legal grounds",
])
def test_no_legal_basis_is_a_charge_not_a_lack_of_evidence(content: str) -> None:
    """"no legal basis" calls an act unlawful: an accusation, not a lack of evidence."""
    assert stance_of(content, party="ES") is Stance.ASSERTS


@pytest.mark.parametrize(("content", "want"), [
    ("Lisbon had not shared any evidence with Madrid", Stance.ASSERTS),
    ("Lisbon has not presented a single piece of evidence of the sabotage", Stance.DENIES),
    ("Lisbon has not presented a single piece of evidence", Stance.DENIES),
    ("Lisbon had not shared any specific information with Madrid about the fire", Stance.DENIES),
    ("the allegations are made without any evidence", Stance.DENIES),
])
def test_another_sides_negated_evidence(content: str, want: Stance) -> None:
    """Another side's evidence withheld from someone accuses it; evidence *of* the charge, or
    evidence said to be missing outright, denies the charge."""
    assert stance_of(content, party="ES") is want


@pytest.mark.parametrize(("content", "party"), [
    ("no promise to stop the drilling was ever made by the Finnish government", "FI"),
    ("The President has not given any order of that kind.", "FI"),
    ("There was no massacre.", "FI"),
    ("The dam poses no threat to the valley downstream", "FI"),
    ("The Northern Alliance Front firmly denies any role in the blast", "Northern Alliance Front"),
    ("NAF denies any role in the blast", "Northern Alliance Front"),
])
def test_general_denials_of_a_side(content: str, party: str) -> None:
    """A promise never made by the speaker's own government, an order never given by its
    president, an event that never took place, a threat denied, a side's denial in the
    third person."""
    assert stance_of(content, party=party) is Stance.DENIES


@pytest.mark.parametrize(("content", "party"), [
    ("no promise to stop the drilling was ever made by the Swedish government", "FI"),
    ("Finland rejects all foreign bases in the region", "FI"),
    ("There was a coup attempt and it failed", "FI"),
])
def test_look_alike_statements_assert(content: str, party: str) -> None:
    """Another side's unkept promise, a rejected policy (not a claim) and a plain account of
    events are statements, not denials."""
    assert stance_of(content, party=party) is Stance.ASSERTS


def test_own_version_after_a_denial_asserts() -> None:
    """'"There was no massacre. There was a clash, and everyone saw it"': the quotation's
    second sentence is the speaker's own version, not part of the denial."""
    body = ('"There was no massacre. There was a clash between two armed groups, and everyone '
            'saw it," Interior Minister Lena Holt said.')
    assert [c.stance for c in claims_of(body)] == [Stance.DENIES, Stance.ASSERTS]


@pytest.mark.parametrize(("content", "party"), [
    ("Finland carries out its anti-smuggling operations in line with international law", "FI"),
    ("it carried out all its strikes in accordance with international law", None),
])
def test_own_operations_carried_out_lawfully_deny(content: str, party: str | None) -> None:
    """A side saying it carries out its operations in line with the law answers the charge."""
    assert stance_of(content, party=party) is Stance.DENIES


@pytest.mark.parametrize("content", [
    "no rifles were on the trucks",
    "no soldiers were aboard the ferry",
])
def test_cargo_denied_on_board_denies(content: str) -> None:
    """A cargo or a crew denied on board denies the supply or the presence."""
    assert stance_of(content) is Stance.DENIES


@pytest.mark.parametrize("content", [
    "Nordland's forces only target Ostland military positions",
    "the air strikes had been directed solely at military targets",
    "our troops had only responded to attacks",
    "the navy merely returned fire",
])
def test_only_combatants_or_only_a_response_denies(content: str) -> None:
    """Hitting only military targets denies harming civilians; only responding denies
    starting the fight."""
    assert stance_of(content) is Stance.DENIES


def test_only_military_targets_described_further_asserts() -> None:
    """'fired only at military targets from which the attacks came': an account of where the
    other side's fire came from, a statement of its own."""
    assert stance_of("the units had fired only at military targets from which the shelling "
                     "came") is Stance.ASSERTS


@pytest.mark.parametrize(("content", "party"), [
    ("Finland \"never started this war\"", "FI"),
    ("Nordland would not let itself be blamed for something it had not done", "NL"),
    ("he had acted without the knowledge of the Nordland government", None),
    ("the naval exercises near the strait are routine", None),
])
def test_deed_disowned_or_downplayed_denies(content: str, party: str | None) -> None:
    """A war never started by the speaker's side, a deed it did not do, an act done without a
    state's knowledge, an activity called routine."""
    assert stance_of(content, party=party) is Stance.DENIES


@pytest.mark.parametrize("content", [
    "the routine checks found no weapons in the cars",
    "it is routine for the coast guard to board fishing boats",
    "the works were done without the participation of the state",
])
def test_routine_or_participation_in_passing_asserts(content: str) -> None:
    """'routine' before a noun or 'routine for', and an act done without someone's
    participation, state rather than deny."""
    assert stance_of(content) is Stance.ASSERTS


@pytest.mark.parametrize("content", [
    "This is nothing more than a shameless publicity stunt",
    "the inspectors had relied on rumours spread by opposition websites",
])
def test_stunt_or_unsound_claim_denies(content: str) -> None:
    """A publicity stunt, findings resting on rumours."""
    assert stance_of(content) is Stance.DENIES


def test_a_denial_of_a_denial_asserts() -> None:
    """Calling false another side's statement that its troops had not fired asserts that
    they fired."""
    content = ('as "lies" the statement of the Ostland side that Ostland units had not opened '
               'fire on Monday')
    assert stance_of(content, "asserts", "described", "describe") is Stance.ASSERTS


@pytest.mark.parametrize(("content", "denied", "want"), [
    ("the raiders were local farmers who no longer wanted to pay the tax",
     "that the capital had any part in the raid, saying the raiders were local farmers who no "
     "longer wanted to pay the tax", False),
    ("the shells that hit the school did not match theirs",
     "the army was not firing near the school and the shells that hit the school did not match "
     "theirs", True),
])
def test_negation_in_a_relative_clause_is_no_counter_claim(content: str, denied: str,
                                                           want: bool) -> None:
    """A negation inside a relative clause describes someone ("locals who no longer wanted");
    only a negated main clause echoes the denial."""
    assert counter_claim(content, denied=denied) is want


@pytest.mark.parametrize(("content", "party"), [
    ("We have not touched a single house in the valley", "PT"),
    ("Portugal is not occupying anyone's land", "PT"),
    ("We are not interfering.", "PT"),
    ("The Portuguese side did not block the convoy as claimed", "PT"),
    ("the Portuguese army was not responsible", "PT"),
    ("we are not taking instructions from any foreign capital", None),
])
def test_own_side_denying_a_common_deed_denies(content: str, party: str | None) -> None:
    """Everyday deeds (touch, occupy, interfere, block, be responsible, take orders) denied of
    the speaker's own side deny the charge."""
    assert stance_of(content, party=party) is Stance.DENIES


@pytest.mark.parametrize(("content", "party"), [
    ("We did not invite these people here.", "PT"),
    ("Portugal has not deployed a single soldier against its neighbour", "PT"),
    ("we are not organising the marches in the capital", None),
    ("Our army did not burn the village", None),
])
def test_any_verb_of_the_own_side_negated_denies(content: str, party: str | None) -> None:
    """Not only the listed deeds: any verb the speaker's side is said not to have done
    (invite, deploy, organise, recruit) denies it."""
    assert stance_of(content, party=party) is Stance.DENIES


@pytest.mark.parametrize(("content", "party"), [
    ("We do not want a war with anyone.", "PT"),
    ("Of course, we are not saying it was done on purpose", "PT"),
    ("Portugal had not received any explanation from its neighbour", "PT"),
    ("the government did not seek a confrontation", None),
    ("We have never denied their right to fish in these waters", "PT"),
])
def test_a_negated_state_of_mind_or_speech_is_no_denial(content: str, party: str | None) -> None:
    """Not wanting, not saying, not receiving: the speaker's side states its mind, it denies
    no deed."""
    assert stance_of(content, party=party) is Stance.ASSERTS


@pytest.mark.parametrize(("content", "party"), [
    ("Portugal had released no prisoners in the north", "PT"),
    ("we fired no shots at the patrol boat", None),
])
def test_own_deed_with_a_negated_object_denies(content: str, party: str | None) -> None:
    """ "Portugal released no prisoners" said by Portugal: the deed denied through its object."""
    assert stance_of(content, party=party) is Stance.DENIES


@pytest.mark.parametrize("content", [
    "the depot had been moved to another site rather than demolished",
    "the old barracks were relocated, not razed",
    "the raid was the work of \"armed bandits\" and not of the national army",
    "the blast was caused by a gas leak, not by the rebels",
])
def test_what_was_done_set_against_the_charge_denies(content: str) -> None:
    """A correction ("relocated, not razed", "the work of bandits and not of the army") sets
    what happened against the charged deed or agent, and so denies it."""
    assert stance_of(content) is Stance.DENIES


@pytest.mark.parametrize("content", [
    "Not one Portuguese soldier is on Spanish territory",
    "not a single gunman was in the building",
])
def test_presence_denied_of_everyone_denies(content: str) -> None:
    """ "Not one soldier is on X's territory": a presence denied outright."""
    assert stance_of(content) is Stance.DENIES


@pytest.mark.parametrize(("content", "party", "want"), [
    ("the troops were on Portuguese soil", "PT", Stance.DENIES),
    ("the jets operated within Portugal's own airspace during the drill", "PT", Stance.DENIES),
    ("our units remained inside our own territory", None, Stance.DENIES),
    ("Spanish troops are on Portuguese soil", "PT", Stance.ASSERTS),
    ("the troops were on Portuguese soil", "ES", Stance.ASSERTS),
])
def test_presence_on_own_ground_answers_an_incursion(content: str, party: str | None,
                                                     want: Stance) -> None:
    """A presence or act placed on the speaker's own ground denies an incursion; another side's
    troops on it, or someone else's ground, is an accusation or a plain statement."""
    assert stance_of(content, party=party) is want


@pytest.mark.parametrize(("content", "party"), [
    ("the Portuguese consul was denied entry to the prison", "PT"),
    ("Portuguese reporters were denied access to the site", "PT"),
])
def test_being_denied_something_is_no_denial(content: str, party: str) -> None:
    """ "X was denied access": X was refused something, which the speaker asserts."""
    assert stance_of(content, party=party) is Stance.ASSERTS


def test_another_craft_on_own_ground_is_no_denial() -> None:
    """ "the drone was inside Portuguese airspace" said by Portugal places someone else's craft
    on its ground: an accusation, not a denial of an incursion."""
    assert stance_of("the drone was inside Portuguese airspace when it was hit",
                     party="PT") is Stance.ASSERTS


@pytest.mark.parametrize("content", [
    "the shooting was the work of border gangs acting on their own",
    "the gunmen had acted on their own",
    "the raiders were bandits acting outside the control of the government",
])
def test_doers_acting_on_their_own_deny_the_states_part(content: str) -> None:
    """Doers said to act on their own, outside anyone's control, disown the deed for the side
    charged with it."""
    assert stance_of(content) is Stance.DENIES


_NONE_STORY = ("Spain accused Portugal of sheltering the rebels. Portugal denied the accusation "
               "on Monday.\n\n\"{said},\" the Portuguese defence ministry said in a statement.\n\n"
               "The UN mission said there was no immediate risk to civilians in the area.")


@pytest.mark.parametrize(("said", "want"), [
    ("There were no rebels at the post", Stance.DENIES),
    ("None of the men held at the border belonged to any armed group", Stance.DENIES),
    ("Nobody in Lisbon gives orders to the fighters", Stance.DENIES),
    ("There is no justification for these accusations", Stance.ASSERTS),
    ("There is no doubt the convoy came from the south", Stance.ASSERTS),
])
def test_a_denying_side_saying_there_was_none_denies(said: str, want: Stance) -> None:
    """A side that denies the charge and says a thing or a person did not exist denies it;
    "no justification", "no doubt" are judgements; an observer's "there was no risk" is no
    denial."""
    by_text = {c.text: c.stance for c in claims_of(_NONE_STORY.format(said=said))}
    assert by_text[said] is want
    assert by_text["there was no immediate risk to civilians in the area"] is Stance.ASSERTS


@pytest.mark.parametrize(("said", "want"), [
    ("The patrols on the border were lawful and proportionate", Stance.DENIES),
    ("Our marches have always been peaceful", Stance.DENIES),
    ("The vote in the north was free, fair and transparent", Stance.DENIES),
    ("The ministry is taking legal action against the smugglers", Stance.ASSERTS),
    ("The vote in the north had not been free", Stance.ASSERTS),
])
def test_a_denying_side_calling_its_own_acts_proper_denies(said: str, want: Stance) -> None:
    """A side that denies the charge and calls what it did lawful, peaceful or fair denies
    it; a quality before a noun ("legal action") or negated says no such thing."""
    by_text = {c.text: c.stance for c in claims_of(_NONE_STORY.format(said=said))}
    assert by_text[said] is want


@pytest.mark.parametrize(("body", "needle", "want"), [
    ("Spain accused the former general of ordering the raid. The general said he never "
     "ordered any raid on the village.", "he never ordered", Stance.DENIES),
    ("Spain accused the coast guard of killing smugglers. \"He was a fisherman. He did not "
     "carry drugs,\" his brother said.", "He did not carry drugs", Stance.ASSERTS),
])
def test_he_in_reported_speech_is_the_speaker(body: str, needle: str, want: Stance) -> None:
    """In reported speech "X said he never ordered ..." is X's own deed denied; in quoted
    words "he" is someone else."""
    assert stance_of_claim(body, needle) is want
