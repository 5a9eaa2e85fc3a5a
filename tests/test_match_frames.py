"""Proposition frames read by general English constructions (one behaviour per test)."""

from __future__ import annotations

import pytest

# the same articles as the matcher's own tests: '<speaker> said that <content>.'
from test_match import article

from factcheck.match import cluster_claims, frame_of


def together(groups: list[set[str]], *ids: str) -> bool:
    return any(set(ids) <= g for g in groups)


@pytest.mark.parametrize(("text", "culprits"), [
    ("the Serbian side opened fire first", {"RS"}),
    ("The Albanian side keeps shelling our outposts", {"AL"}),
])
def test_the_x_side_is_the_party_itself(text: str, culprits: set[str]) -> None:
    """'The Kyrgyz side' acting is Kyrgyzstan, not a place on its side of the border."""
    assert frame_of(text).culprits == culprits


def test_on_the_x_side_of_the_border_is_still_a_place() -> None:
    """'Shells fell on the Kyrgyz side of the border': the side is where, not who."""
    assert frame_of("shells fell on the Kyrgyz side of the border").culprits == set()


@pytest.mark.parametrize(("text", "culprits"), [
    ("a Peruvian navy patrol boat had entered Chilean waters", {"PE"}),
    ("the Peruvian coastguard cutter had sailed into the gulf near Chile's shore", {"PE"}),
    ("the incursion by a Peruvian naval vessel into Chile's waters", {"PE"}),
    ("Peruvian troops had entered several villages", {"PE"}),
    ("Peruvian forces pushed into Chilean villages", {"PE"}),
    ("Peruvian soldiers crossed the border into Chile", {"PE"}),
    ("the entry of Peruvian naval vessels into Chile's waters", {"PE"}),
])
def test_entering_a_place_is_presence_by_whoever_enters(text: str, culprits: set[str]) -> None:
    """Entry, incursion and crossing state the party's presence where it entered, in any
    wording, the noun's 'of' or 'by' naming who entered."""
    frame = frame_of(text)
    assert (frame.klass, set(frame.culprits)) == ("presence", culprits)


@pytest.mark.parametrize("text", [
    "the treaty entered into force in 1995",
    "the two sides entered talks on Monday",
])
def test_entering_into_force_or_talks_is_no_presence(text: str) -> None:
    """A treaty entering into force or parties entering talks go nowhere."""
    assert frame_of(text).klass != "presence"


def test_the_allegations_of_a_party_name_their_author_not_the_culprit() -> None:
    """'the allegations of the Greek side about the entry of Turkish jets': Greece alleges,
    Turkey is the one said to have entered."""
    frame = frame_of("rejects the baseless allegations of the Greek side about the "
                     "alleged entry of Turkish jets into Greek airspace", denial=True,
                     speakers=["TR"])
    assert frame.culprits == {"TR"}
    assert "GR" in frame.accusers


@pytest.mark.parametrize("text", [
    "condemned the entry of Peruvian naval vessels into Chile's waters",
    "The United States condemned the incursion by Peruvian troops",
])
def test_condemning_an_act_states_the_act(text: str) -> None:
    """Condemning an act takes it as done: the claim states the act and who did it."""
    frame = frame_of(text)
    assert (frame.klass, set(frame.culprits), frame.opinion) == ("presence", {"PE"}, False)


def test_a_concern_about_an_act_stays_an_opinion() -> None:
    """A concern may be about what has not happened: it stays an opinion."""
    assert frame_of("we are concerned about the potential entry of Peruvian troops").opinion


@pytest.mark.parametrize("text", [
    "Peruvian units had broken the truce signed on Monday",
    "Peruvian units had violated the ceasefire three times",
])
def test_breaking_a_truce_is_a_violation(text: str) -> None:
    """Breaking a truce, a ceasefire or an agreement is violating it."""
    assert frame_of(text).klass == "violation"


def test_a_denial_may_deny_a_violation() -> None:
    """'the reports that its units violated the ceasefire are a fabrication' denies a
    violation (unlike an opinion, which a denial never voices)."""
    frame = frame_of("the reports that Peruvian units had violated the ceasefire are a "
                     "fabrication", denial=True, speakers=["PE"])
    assert frame.klass == "violation"


@pytest.mark.parametrize(("text", "givers"), [
    ("Norway had become a safe haven for militants", {"NO"}),
    ("Peru harbours the rebels", {"PE"}),
    ("Peruvian troops are fighting alongside the rebels", {"PE"}),
    ("Bolivia was collaborating with the militia", {"BO"}),
    ("Chile does not allow any group to use its territory against a neighbour", {"CL"}),
])
def test_harbouring_or_backing_a_group_is_a_transfer_from_its_backer(
        text: str, givers: set[str]) -> None:
    """Harbouring, backing or fighting alongside an armed group: the backer gives."""
    frame = frame_of(text)
    assert (frame.klass, set(frame.givers)) == ("transfer", givers)


@pytest.mark.parametrize("text", [
    "Greece harbors neither the intention nor the wish to escalate",
    "Ukraine and its Western sponsors disclosed the images",
])
def test_harbouring_an_intention_or_naming_sponsors_backs_no_one(text: str) -> None:
    """'Harbours no intention' and a noun 'sponsors' state no backing."""
    assert frame_of(text).klass != "transfer"


def test_entry_and_its_denial_are_one_proposition_across_articles() -> None:
    """'entered Chilean waters' (Chile), 'an incursion into Chile's waters by a Peruvian
    vessel' (a third party) and Peru denying its boat entered are one proposition."""
    a1, c1 = article("en1", [
        ("Chile", "CL", "asserts", "a Peruvian navy patrol boat had entered Chilean waters"),
        ("Peru", "PE", "denies", "the boat had entered Chile's waters")])
    a2, c2 = article("en2", [
        ("Argentina", "AR", "asserts", "the incursion by a Peruvian naval vessel into "
         "Chile's waters was unacceptable")])
    groups = [{c.id for c in g} for g in cluster_claims(c1 + c2, [a1, a2])]
    assert together(groups, "en1#0", "en1#1", "en2#0")


@pytest.mark.parametrize("text", [
    "it does not allow any group to use its soil against a neighbour",
    "harbouring the rebels",
])
def test_a_denied_giving_with_no_giver_is_the_deniers_own(text: str) -> None:
    """'(Chile) does not allow anyone to use its soil': the denier denies its own part."""
    frame = frame_of(text, denial=True, speakers=["CL"])
    assert (frame.klass, set(frame.givers)) == ("transfer", {"CL"})


def test_a_lack_of_evidence_for_a_giving_is_not_the_deniers_own() -> None:
    """'no credible evidence supported such claims' denies another's claim; the denier
    gives nothing."""
    frame = frame_of("no credible evidence supported such claims", denial=True,
                     speakers=["RU"])
    assert "RU" not in frame.givers


def test_a_known_persons_surname_alone_stands_for_their_party() -> None:
    """After the first mention news names a person by surname: 'Kagame's government' and
    'Arce had ordered the attack' name the person's side (the knowledge base's people)."""
    assert frame_of("Arce had ordered the attack on the palace").culprits == {"BO"}


def test_a_surname_before_another_capitalised_word_is_not_the_person() -> None:
    """'Arce Street' or 'Silva Ltd' name a place or a firm, not the person."""
    assert "BO" not in frame_of("the attack on Arce Street was deliberate").culprits


@pytest.mark.parametrize(("text", "culprits"), [
    ("Lukashenko had asked him to move the tanks out of the barracks", {"BY"}),
    ("President Nayib Bukele had ordered the deployment", {"SV"}),
    ("Kagame authorized them to cross the river", {"RW"}),
])
def test_who_orders_or_asks_for_an_act_is_responsible(text: str, culprits: set[str]) -> None:
    """Ordering, authorising or asking someone to act names who is behind the act."""
    frame = frame_of(text)
    assert (frame.klass, set(frame.culprits)) == ("harm", culprits)


def test_ordering_an_act_the_lexicon_knows_is_that_act() -> None:
    """'Xi ordered an influence campaign': the act is the influence, Xi its author
    (the ordering frames a claim only when nothing else does)."""
    frame = frame_of("Xi Jinping ordered an influence campaign")
    assert (frame.klass, set(frame.culprits)) == ("interference", {"CN"})


def test_being_ordered_to_act_names_no_culprit() -> None:
    """'the clinic had been ordered to evacuate' says nothing of who did harm."""
    assert frame_of("the clinic had been ordered to evacuate").culprits == set()


def test_calling_an_act_a_violation_states_the_act() -> None:
    """'the incursion by X's vessel was a gross violation of international law' states
    the incursion and who made it."""
    frame = frame_of("the incursion by a Peruvian naval vessel into Chile's waters was a "
                     "gross violation of international law")
    assert (frame.klass, set(frame.culprits)) == ("presence", {"PE"})


@pytest.mark.parametrize("text", [
    "supplies by Russia would violate the resolutions",
    "the entry of Peruvian troops could be condemned",
])
def test_a_hypothetical_act_under_judgement_is_not_stated(text: str) -> None:
    """'would violate', 'could be condemned': the act is not taken as done."""
    assert frame_of(text).klass in ("violation", "condemnation")


@pytest.mark.parametrize(("text", "target"), [
    ("a Peruvian drone had struck a church in the village", "church"),
    ("Peruvian servicemen had fired on Chilean villages", "villag"),
    ("After a strike by a Peruvian drone on the church, six were wounded", "church"),
    ('Peruvian soldiers killed "many hundreds" of civilians', "_people"),
])
def test_a_harm_act_keeps_what_it_was_done_to(text: str, target: str) -> None:
    """The last word of the phrase after a harm verb (past a 'by' phrase and 'on') is
    what the act was done to; people of any kind are one target."""
    assert frame_of(text).targets == {target}


@pytest.mark.parametrize("text", [
    "the Peruvian side opened fire first",
    "Peru had planned a strike on the neighbouring country",
    "Peru ordered the operation",
])
def test_adverbs_whole_countries_and_orders_name_no_target(text: str) -> None:
    """'opened fire first', 'a strike on the neighbouring country' and an order name no
    particular thing hit."""
    assert frame_of(text).targets == set()


def test_two_harm_acts_of_one_party_on_different_targets_are_two_propositions() -> None:
    """'struck a church' and 'struck the airport', both by Peru in one story, are two
    acts; 'struck a church' told twice is one."""
    lead = "Peru and Chile clash on their border; drones and artillery used."
    a1, c1 = article("tg1", [
        ("Chile", "CL", "asserts", "a Peruvian drone had struck a church in the village"),
        ("Chile", "CL", "asserts", "a Peruvian drone had struck the airport in the town")],
        lead=lead)
    a2, c2 = article("tg2", [
        ("Chile", "CL", "asserts", "Peruvian drones struck the church of the village")],
        lead=lead)
    groups = [{c.id for c in g} for g in cluster_claims(c1 + c2, [a1, a2])]
    assert together(groups, "tg1#0", "tg2#0")
    assert not together(groups, "tg1#0", "tg1#1")


@pytest.mark.parametrize("text", [
    "Chinese fishing vessels had rammed and blocked the patrol boats",
    "a Chinese vessel collided with the Philippine boat",
])
def test_ramming_and_colliding_are_harm(text: str) -> None:
    """Ramming or colliding with a vessel is an attack by whoever rammed."""
    frame = frame_of(text)
    assert (frame.klass, set(frame.culprits)) == ("harm", {"CN"})


def test_a_supply_boat_supplies_nothing() -> None:
    """'a Philippine supply boat approached' names a kind of boat, not a transfer."""
    assert frame_of("a Philippine supply boat had approached a Chinese vessel").klass != (
        "transfer")


@pytest.mark.parametrize("text", ["Who needs to poison him", "a hit squad employed by the service"])
def test_pronouns_and_participles_are_no_target(text: str) -> None:
    """'poison him' and 'a hit squad employed by' name no thing the act was done to."""
    assert frame_of(text).targets == set()


def test_a_denial_of_ones_own_violation_is_about_ones_own_side() -> None:
    """Serbia denying 'Serbian units violated the truce' is about Serbia: its topic keeps
    the denier's own side (an assertion's topic leaves the speaker out)."""
    frame = frame_of("the reports that Serbian units had violated the truce are a lie",
                     denial=True, speakers=["RS"])
    assert (frame.klass, set(frame.topic)) == ("violation", {"RS"})


@pytest.mark.parametrize("text", [
    "the Vienna convention on consular relations does not protect spies",
    "the ceasefire breaks the spirit of the Minsk agreements",
    "the Doha talks ended without a deal",
])
def test_a_capital_before_an_instrument_names_the_instrument(text: str) -> None:
    """'the Vienna convention', 'the Minsk agreements': a capital before the noun of a
    treaty or a meeting names that, not the government seated there."""
    assert not frame_of(text).entities


def test_a_capital_acting_is_still_its_government() -> None:
    """'Moscow violated the agreements': a capital before a verb is its government."""
    assert frame_of("Moscow violated the agreements").entities == {"RU"}


@pytest.mark.parametrize("text", [
    "Chilean attack helicopters flew over the border",
    "the Chilean supply convoy reached the town",
])
def test_an_act_word_before_a_kind_of_thing_names_no_act(text: str) -> None:
    """'attack helicopters', 'a supply convoy': the act word says what kind of thing it
    is; nobody attacked or supplied anything."""
    assert frame_of(text).klass is None


def test_the_act_word_itself_still_states_the_act() -> None:
    """'Chile attacked the border post' states the attack, by Chile."""
    assert frame_of("Chile attacked the border post").culprits == {"CL"}


@pytest.mark.parametrize(("text", "culprits"), [
    ("Chile of sending a navy vessel into its territorial waters", {"CL"}),
    ("Peru had deployed troops into the disputed valley", {"PE"}),
])
def test_sending_forces_into_a_place_is_presence(text: str, culprits: set[str]) -> None:
    """'Sending a vessel into its waters' says the sender's vessel is there (presence),
    as 'the vessel entered its waters' does; nothing changes hands."""
    frame = frame_of(text)
    assert (frame.klass, frame.culprits) == ("presence", culprits)


def test_sending_goods_into_a_country_stays_a_transfer() -> None:
    """'sent weapons into Peru' moves goods: a transfer from the sender."""
    frame = frame_of("Chile sent weapons into Peru")
    assert (frame.klass, frame.givers) == ("transfer", {"CL"})


@pytest.mark.parametrize("text", [
    "Chilean soldiers remained on the island",
    "Chilean troops have occupied an area of the island",
    "Chilean troops have entered the island",
])
def test_being_on_occupying_or_entering_a_place_is_one_presence(text: str) -> None:
    """Troops 'on' a place, occupying it or entering it: one presence, by their side."""
    frame = frame_of(text)
    assert (frame.klass, frame.culprits) == ("presence", {"CL"})


def test_an_ambush_is_an_attack_and_a_time_word_no_target() -> None:
    """'ambushed Peruvian troops last month': an attack by the ambushers on the troops
    (the month is when, not whom)."""
    frame = frame_of("Chilean forces ambushed Peruvian troops last month")
    assert (frame.klass, frame.culprits) == ("harm", {"CL"})
    assert "month" not in frame.targets
