"""Cross-article claim matching: each signal alone, then the grouping it drives."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims import Article, Claim, Kind, Party, PartyKind, Speaker
from factcheck.match import (
    blocking_keys,
    cluster_claims,
    components,
    frame_of,
    is_opinion,
    party_of,
    propositions,
)
from factcheck.match._features import NAT, UNNAMED, site_of
from factcheck.match._linkage import _average_linkage, frames_agree
from factcheck.match._similarity import compatible
from factcheck.match._stories import lead

Said = tuple[str, str, str, str]  # (speaker, party, stance, content)


def party(pid: str) -> Party | None:
    """A party record for an id as the gold writes it ("unknown": None)."""
    if pid == "unknown":
        return None
    kind = PartyKind.STATE if len(pid) == 2 and pid.isupper() else PartyKind.ORGANISATION
    return Party(id=pid, kind=kind, name=pid)


def article(aid: str, said: Sequence[Said], lead: str = "") -> tuple[Article, list[Claim]]:
    """An article whose body reports each statement as '<speaker> said <content>.'."""
    body, spans = lead, []
    for speaker, side, stance, content in said:
        prefix = f" {speaker} said that "
        start = len(body) + len(prefix)
        body += prefix + content + "."
        spans.append((start, start + len(content), speaker, side, stance))
    art = Article(id=aid, source=f"{aid}.txt", body=body)
    claims = [Claim.of(art, s, e, id=f"{aid}#{n}", stance=stance,
                       speaker=Speaker(name=name, party=party(pid)))
              for n, (s, e, name, pid, stance) in enumerate(spans)]
    return art, claims


def groups_of(claims: Sequence[Claim], articles: Sequence[Article]) -> list[set[str]]:
    return [{c.id for c in g} for g in cluster_claims(claims, articles)]


def together(groups: list[set[str]], *ids: str) -> bool:
    return any(set(ids) <= g for g in groups)


# -- signals -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Russia", "Moscow", "Kremlin", "Russian", "Russian Federation"])
def test_capitals_demonyms_and_seats_of_government_are_one_party(name: str) -> None:
    """A country, its capital, its seat of government and its demonym all read as one id."""
    assert party_of(name) == "RU"


@pytest.mark.parametrize("text", [
    "North Korea has already given Russia large quantities of artillery shells",
    "North Korea supplied artillery shells to Russia",
    "Russia bought artillery shells from North Korea",
    "Russia fired North Korean ballistic missiles",
    "Russia's war is being propped up materially by North Korea",
])
def test_every_wording_of_a_transfer_reads_the_same_direction(text: str) -> None:
    """Give, supply, buy from, fire X's missiles, be propped up by: North Korea to Russia."""
    frame = frame_of(text)
    assert frame.klass == "transfer"
    assert "KP" in frame.givers and frame.receivers == {"RU"}


def test_who_helps_whom_is_kept() -> None:
    """'Russia helps North Korea' runs from Russia to North Korea, not the other way."""
    frame = frame_of("Russia will help North Korea develop satellites")
    assert (set(frame.givers), set(frame.receivers)) == ({"RU"}, {"KP"})


@pytest.mark.parametrize(("text", "culprits"), [
    ("Israel was behind the attack on the hospital in central Gaza", {"IL"}),
    ("the hospital was hit by a rocket fired by Islamic Jihad", {"Palestinian Islamic Jihad"}),
    ("were shot dead by Russian soldiers", {"RU"}),
    ("the missile was fired from a field in eastern Ukraine controlled by pro-Russian rebels",
     {"RU"}),
    ("blamed Ukraine", {"UA"}),
    ("two Russian men attempted to murder the defector", {"RU" + NAT}),
    ("the damage was caused by a Ukrainian air defence missile", {"UA"}),
    ("deliberate sabotage by the Ukrainian side", {"UA"}),
])
def test_the_culprit_is_the_one_who_acted(text: str, culprits: set[str]) -> None:
    """A place, a victim or an accuser is never the culprit; nationals are not their state."""
    assert frame_of(text).culprits == culprits


@pytest.mark.parametrize(("text", "culprits"), [
    ("Belarusian inspectors have video footage of the killing", set()),
    ("the minister approved an operation in Minsk, Belarus to kill the dissident", set()),
    ("the editor, a Washington Post contributor, was deliberately killed", set()),
])
def test_witnesses_places_and_newspapers_are_not_culprits(text: str, culprits: set[str]) -> None:
    """Investigators hold evidence, 'in Minsk, Belarus' is a place and the Washington Post is
    a newspaper: none of them acted."""
    assert frame_of(text).culprits == culprits


@pytest.mark.parametrize(("a", "b"), [
    ("Iranian hackers broke into the email servers of the party",
     "Iran interfered in the parliamentary election"),
    ("Iran still possesses chemical weapons", "Iran used chemical weapons against the village"),
])
def test_hacking_interference_and_possession_are_different_propositions(a: str, b: str) -> None:
    """Breaking into servers is not meddling in a vote, and holding weapons is not using them."""
    fa, fb = frame_of(a), frame_of(b)
    assert fa.strong and fb.strong and fa.klass != fb.klass
    assert not compatible(fa, fb)


def test_a_denial_of_possession_is_the_deniers_own() -> None:
    """'It no longer possesses any chemical weapons', denied by Iran, is about Iran's stocks."""
    frame = frame_of("it no longer possesses any chemical weapons", denial=True, speakers=["IR"])
    assert frame.klass == "possession" and frame.culprits == {"IR"}


def test_denied_hacking_attacks_are_hacking_by_the_denier() -> None:
    """'No evidence of these hacking attacks', denied by Iran, is Iran denying the hacking,
    not an armed attack."""
    frame = frame_of("Washington never presented any evidence of these hacking attacks",
                     denial=True, speakers=["IR"])
    assert frame.klass == "intrusion" and frame.culprits == {"IR"}


def test_a_long_history_of_an_act_is_another_claim() -> None:
    """'Iran has a long history of interfering in elections' is not the claim that it
    interfered in this one."""
    habit = frame_of("Iran has a long history of interfering in elections")
    plain = frame_of("Iran interfered in the election")
    assert habit.klass == plain.klass == "interference"
    assert not compatible(habit, plain)


def test_the_author_of_an_allegation_is_not_its_culprit() -> None:
    """'Russia's allegations that the attack was linked to Ukraine' accuses Ukraine."""
    frame = frame_of("Russia's allegations that the attack was linked to Ukraine", denial=True,
                     speakers=["US"])
    assert frame.culprits == {"UA"}
    assert "RU" in frame.accusers


@pytest.mark.parametrize(("text", "objects"), [
    ("Iran sent drones to Russia", {"drones"}),
    ("North Korea sent troops to Russia", {"troops"}),
    ("North Korea sent artillery shells and ballistic missiles", {"munitions", "missiles"}),
])
def test_object_classes(text: str, objects: set[str]) -> None:
    """The goods a claim is about fall into an object class."""
    assert frame_of(text).objects == objects


def test_troops_and_weapons_are_different_goods() -> None:
    """Sending troops and sending shells are two propositions, even between the same parties."""
    assert not compatible(frame_of("North Korea sent troops to Russia"),
                          frame_of("North Korea sent artillery shells to Russia"))


@pytest.mark.parametrize(("text", "opinion"), [
    ("we obviously have concerns about the defense relationship", True),
    ("the unacceptable comments by Moscow", True),
    ("the US will impose costs and consequences", True),
    ("North Korea has given Russia artillery shells", False),
    ("any weapons deal would violate UN Security Council resolutions", False),
])
def test_opinions_are_told_from_checkable_statements(text: str, opinion: bool) -> None:
    """Concern, condemnation and promises are opinions; transfers and violations are not."""
    assert is_opinion(text) is opinion


def test_an_opinion_verb_in_the_attribution_makes_an_opinion() -> None:
    """'The EU condemned | the attack on the dam' is an opinion, though its content is a fact."""
    assert frame_of("the attack on the Kakhovka dam", cue="condemned").opinion


def test_an_accusing_verb_in_the_attribution_names_the_culprit() -> None:
    """'Russia blamed | Ukraine': the content alone names no action, the cue does."""
    assert frame_of("Ukraine", cue="blamed").culprits == {"UA"}


def test_a_denial_voices_no_opinion() -> None:
    """Words of concern inside a denial do not make it an opinion."""
    assert not frame_of("the concerns about the attack are lies", denial=True).opinion


def test_compatibility_is_symmetric_for_reversed_direction() -> None:
    """Reversed direction is incompatible whichever claim comes first."""
    a, b = frame_of("Russia helps North Korea"), frame_of("North Korea supplies arms to Russia")
    assert compatible(a, b) is compatible(b, a) is False


@pytest.mark.parametrize(("text", "site"), [
    ("Russian forces blew up the Kakhovka hydroelectric power plant", "dam"),
    ("Ukrainian forces shelled the Zaporizhzhia nuclear power plant", "nuclear plant"),
    ("divers planted explosives on the Nord Stream pipelines", "pipeline"),
    ("China agreed to build an eavesdropping station on the island", "base"),
])
def test_the_site_of_an_event_is_read_longest_name_first(text: str, site: str) -> None:
    """A hydroelectric power plant is the dam, a nuclear power plant is not a power plant."""
    assert frame_of(text).sites == {site}


def test_a_bare_site_word_is_the_articles_own_site() -> None:
    """'The plant' in a report on the nuclear plant is the nuclear plant."""
    assert frame_of("Ukraine shelled the plant", site="nuclear plant").sites == {
        "nuclear plant"}


def test_an_attackers_aircraft_is_no_site() -> None:
    """'Warplanes bombed the hospital': the warplanes are the means, not the target."""
    assert frame_of("Israeli warplanes bombed the hospital").sites == {"hospital"}


def test_an_article_is_about_the_site_its_headline_and_lead_name() -> None:
    """The site named in the headline and lead wins over an aside in the body."""
    body = ("Ukraine accused Russia of blowing up the dam on the Dnipro on Tuesday.\n\n"
            "The IAEA said the nuclear power plant upstream was safe.")
    assert site_of("Dam on the Dnipro destroyed", lead(body), body) == "dam"


def test_a_time_qualifier_sets_a_claim_apart() -> None:
    """'Months before the war' is another claim than the plain transfer; the war it names
    has no invader."""
    before = frame_of("We gave a limited number of drones to Russia months before the war",
                      speakers=["IR"])
    plain = frame_of("Iran supplied drones to Russia")
    assert before.scope == {"before"} and before.givers == {"IR"}
    assert not compatible(before, plain)
    assert frame_of("they were supplied months before Moscow's invasion").klass == "transfer"


@pytest.mark.parametrize("war", ["Moscow's invasion", "Ethiopia's war", "Kigali’s offensive",
                                 "the conflict", "its invasion"])
def test_any_partys_war_sets_the_before_scope(war: str) -> None:
    """'Before X's war' is read by its shape, not by the name of one belligerent."""
    frame = frame_of(f"The drones were supplied to the rebels weeks before {war}")
    assert frame.scope == {"before"}


def test_an_old_facility_is_not_a_new_one_but_both_restate_the_plain_claim() -> None:
    """'Since 2019' and 'a new spy station' clash; either may restate 'China spies on Cuba'."""
    old = frame_of("China has had a spy facility in Cuba since at least 2019")
    new = frame_of("China agreed to build a new spy station in Cuba")
    plain = frame_of("China spies on the United States from Cuba")
    assert not compatible(old, new)
    assert compatible(old, plain) and compatible(new, plain)


def test_a_condition_asserts_nothing() -> None:
    """'If it is proven that Russia used Iranian drones, we will act' states no use of drones."""
    frame = frame_of("If it is proven to us that Russia used Iranian drones in the war, "
                     "we will not remain indifferent", speakers=["IR"])
    assert not frame.givers and frame.klass != "transfer"


def test_we_is_the_speakers_side() -> None:
    """'We gave drones to Russia', said by Iran, runs from Iran to Russia."""
    frame = frame_of("We gave drones to Russia", speakers=["IR"])
    assert (set(frame.givers), set(frame.receivers)) == ({"IR"}, {"RU"})


@pytest.mark.parametrize("text", [
    "the drones are Iranian, there is no doubt about it",
    "components recovered in Ukraine matched those of Iranian-made Shahed drones",
    "Ukrainian forces were shooting down at least 10 Iranian drones every day",
    "Iranian drones are being used in Ukraine",
])
def test_whose_goods_they_are_says_who_supplied_them(text: str) -> None:
    """Iranian drones in Ukraine (made, shot down, used) say Iran supplied them; the one
    who shoots them down is no party to it."""
    frame = frame_of(text, speakers=["UA"])
    assert frame.klass == "transfer" and frame.givers == {"IR"}
    assert "UA" not in frame.receivers


def test_ones_own_goods_name_no_supplier() -> None:
    """Russia saying its troops use Russian-made equipment names no supplier."""
    assert not frame_of("Russian troops use Russian-made equipment", denial=True,
                        speakers=["RU"]).strong


def test_a_denied_act_with_no_actor_is_the_deniers_own() -> None:
    """'(Moscow) denies shelling the plant' denies Russia shelled it; 'the attack was staged'
    judges a story and names no culprit."""
    assert frame_of("denies shelling the plant", denial=True, speakers=["RU"]).culprits == {
        "RU"}
    assert not frame_of("the attack was staged", denial=True, speakers=["RU"]).culprits


@pytest.mark.parametrize(("text", "culprits"), [
    ("Ukraine was blamed for the attack", {"UA"}),
    ("Ukraine and Russia blamed each other for the attack", set()),
    ("Moscow blamed Ukrainian shelling for the breach", {"UA"}),
])
def test_who_blames_is_not_who_is_blamed(text: str, culprits: set[str]) -> None:
    """The party before 'blamed' is the accuser, unless the verb is passive."""
    assert frame_of(text).culprits == culprits


def test_striking_a_deal_is_no_strike() -> None:
    """'China has struck a secret deal' names no attack."""
    assert frame_of("China has struck a secret deal with Cuba").klass != "harm"


def test_a_pronoun_subject_is_the_party_just_named() -> None:
    """'(Ukrainian forces fired shells, claiming) they had targeted power lines': Ukraine."""
    frame = frame_of("they had targeted power lines", speakers=["RU"],
                     context="Russia's defence ministry said Ukrainian forces had fired "
                             "12 shells at the plant, claiming ")
    assert frame.culprits == {"UA"}


def test_an_act_nobody_is_named_for_is_one_proposition() -> None:
    """'The blasts were deliberate' and 'the blasts were gross sabotage' name no culprit:
    they agree with each other, and with no claim that names one."""
    a, b = frame_of("the blasts were deliberate"), frame_of('the blasts were "gross sabotage"')
    assert a.culprits == b.culprits == {UNNAMED} and compatible(a, b)
    assert not compatible(a, frame_of("Ukraine blew up the pipelines"))


def test_personnel_on_the_ground_are_not_the_drones() -> None:
    """Iranian trainers in Crimea and Iranian drones for Russia are two propositions."""
    assert not compatible(frame_of('Iranian trainers were "directly engaged on the ground"'),
                          frame_of("Iran is supplying drones to Russia"))


# -- grouping -------------------------------------------------------------------------------


def _arms_story() -> tuple[list[Article], list[Claim]]:
    a1, c1 = article("a1", [
        ("Jens Stoltenberg", "NATO", "asserts",
         "the Russian war in Ukraine is being propped up materially by North Korea"),
        ("United States", "US", "asserts",
         "North Korea has already given Russia large quantities of artillery shells"),
        ("Russia", "RU", "denies", "Both Russia and North Korea deny those assertions"),
        ("Vladimir Putin", "RU", "asserts", "Russia will help North Korea develop satellites"),
    ], lead="Russia and North Korea signed a pact on artillery shells and ballistic missiles.")
    a2, c2 = article("a2", [
        ("John Kirby", "US", "asserts", "Russia fired North Korean ballistic missiles"),
        ("John Kirby", "US", "asserts", "we are concerned about the North Korea Russia pact"),
    ], lead="North Korea and Russia: ballistic missiles and artillery shells for the war.")
    return [a1, a2], c1 + c2


def test_one_meaning_in_different_words_is_one_proposition() -> None:
    """Given, propped up by, fired X's missiles and the denial that points back meet."""
    arts, claims = _arms_story()
    groups = groups_of(claims, arts)
    assert together(groups, "a1#0", "a1#1", "a1#2", "a2#0")


def test_a_bare_staging_claim_joins_the_one_that_names_who_staged_it() -> None:
    """'The incident was a staged provocation' in one article and 'Britain organised the
    provocation' in another state one proposition, apart from who carried out the attack."""
    lead = "The gas attack on the town of Zabad: chemical weapons, inspectors and a provocation."
    b1, c1 = article("b1", [
        ("France", "FR", "asserts", "Iranian forces carried out the gas attack on Zabad"),
        ("Russia", "RU", "asserts", "Britain had organised the provocation in Zabad"),
    ], lead=lead)
    b2, c2 = article("b2", [
        ("Iran", "IR", "denies", "Iran was never involved in the gas attack on Zabad"),
        ("Russia", "RU", "asserts", "the Zabad incident had been a staged provocation"),
        ("Russia", "RU", "asserts", "the gas attack on Zabad was staged by local volunteers"),
    ], lead=lead)
    groups = groups_of(c1 + c2, [b1, b2])
    assert together(groups, "b1#1", "b2#1", "b2#2")
    assert not together(groups, "b1#0", "b2#1")


def test_direction_keeps_look_alikes_apart() -> None:
    """'Russia helps North Korea' and 'North Korea arms Russia' stay apart."""
    arts, claims = _arms_story()
    groups = groups_of(claims, arts)
    assert not together(groups, "a1#1", "a1#3")


def test_opinions_stay_apart_from_facts() -> None:
    """Concern about the pact is not the transfer itself."""
    arts, claims = _arms_story()
    assert not together(groups_of(claims, arts), "a1#1", "a2#1")


def test_the_actor_keeps_look_alikes_apart_even_through_a_bridge() -> None:
    """Iran's drones and North Korea's missiles never meet, not even via 'Iran and North Korea'."""
    art, claims = article("b1", [
        ("John Kirby", "US", "asserts", "Iran supplies drones to Russia"),
        ("Jens Stoltenberg", "NATO", "asserts",
         "the war is being propped up by Iran and North Korea"),
        ("Antony Blinken", "US", "asserts", "North Korea supplies missiles to Russia"),
    ], lead="Drones and missiles for Russia's war.")
    groups = groups_of(claims, [art])
    assert not together(groups, "b1#0", "b1#2")


def test_a_back_reference_overrides_the_wording() -> None:
    """A denial with ``refers_to`` lands in its referent's cluster whatever it says."""
    art, claims = article("c1", [
        ("Ukraine", "UA", "asserts", "North Korea has given Russia artillery shells"),
        ("Russia", "RU", "denies", "the weather was fine"),
    ])
    claims[1] = Claim(**{**{f: getattr(claims[1], f) for f in (
        "id", "article", "start", "end", "text", "speaker", "stance")},
        "refers_to": claims[0].id})
    assert together(groups_of(claims, [art]), "c1#0", "c1#1")


def test_two_speakers_of_one_statement_share_its_cluster() -> None:
    """Two Claim records over one span (two speakers) are always in one cluster."""
    art, claims = article("d1", [
        ("Russia", "RU", "asserts", "Russia will help North Korea develop satellites"),
        ("Evan Medeiros", "Georgetown University", "asserts", "it could give Kim confidence"),
    ])
    twin = Claim.of(art, claims[0].start, claims[0].end, id="d1#0b",
                    speaker=Speaker(name="North Korea", party=party("KP")))
    assert together(groups_of([*claims, twin], [art]), "d1#0", "d1#0b")


def test_editorial_claims_stay_alone() -> None:
    """Narration never joins a proposition, so it can never affect a verdict."""
    art, claims = article("e1", [
        ("Ukraine", "UA", "asserts", "Russian soldiers killed civilians in Bucha"),
        ("The Outlet", "The Outlet", "asserts", "Russian soldiers killed civilians in Bucha"),
    ])
    claims[1] = Claim.of(art, claims[1].start, claims[1].end, id=claims[1].id,
                         speaker=claims[1].speaker, kind=Kind.EDITORIAL)
    assert {"e1#1"} in groups_of(claims, [art])


def test_the_same_words_in_two_stories_stay_apart() -> None:
    """'Russia denied involvement' about Skripal never meets the same words about MH17."""
    a1, c1 = article("skripal", [
        ("Britain", "GB", "asserts", "Russia was behind the Skripal poisoning in Salisbury"),
        ("Russia", "RU", "denies", "Russia has always denied its involvement"),
    ], lead="Salisbury: the Skripal poisoning with Novichok, the Skripal case in Salisbury.")
    a2, c2 = article("mh17", [
        ("Joint Investigation Team", "JIT", "asserts",
         "Russia shot down the MH17 Boeing over Donetsk"),
        ("Russia", "RU", "denies", "Russia has always denied its involvement"),
    ], lead="MH17: the Boeing 777 of Malaysia Airlines fell near Donetsk, MH17 victims.")
    groups = groups_of(c1 + c2, [a1, a2])
    assert not together(groups, "skripal#1", "mh17#1")
    assert together(groups, "skripal#0", "skripal#1")


def test_one_story_in_two_outlets_is_linked() -> None:
    """The same allegation and denial in two reports of one story share a proposition."""
    lead = "Prigozhin plane crash: Wagner chief Yevgeny Prigozhin died in the Tver crash."
    a1, c1 = article("i24", [
        ("Joe Biden", "US", "asserts", "Moscow was behind the Prigozhin plane crash"),
    ], lead=lead)
    a2, c2 = article("tass", [
        ("Dmitry Peskov", "RU", "denies",
         "claims that the Kremlin was involved in the Prigozhin plane crash are lies"),
    ], lead=lead)
    assert together(groups_of(c1 + c2, [a1, a2]), "i24#0", "tass#0")


def test_a_bare_denial_answers_the_lead_allegation_against_its_side() -> None:
    """'That's all codswallop' from Russia joins the first allegation against Russia."""
    art, claims = article("f1", [
        ("CNN", "CNN", "asserts", "Russia's FSB poisoned Navalny with Novichok"),
        ("CNN", "CNN", "asserts", "FSB agents followed Navalny to Omsk"),
        ("Vladimir Putin", "RU", "denies", "that's all codswallop"),
        ("Vladimir Putin", "RU", "asserts", "Bellingcat is a cover for US intelligence"),
    ])
    groups = groups_of(claims, [art])
    assert together(groups, "f1#0", "f1#2")
    assert not together(groups, "f1#1", "f1#2")


def test_a_denial_that_points_back_answers_the_allegation_just_before() -> None:
    """'Both deny those assertions' joins the allegation right before it, not the lead one."""
    art, claims = article("f2", [
        ("Vladimir Putin", "RU", "asserts", "Russia will help North Korea develop satellites"),
        ("Ukraine", "UA", "asserts", "North Korea has given Russia artillery shells"),
        ("Russia", "RU", "denies", "Both Russia and North Korea deny those assertions"),
    ])
    groups = groups_of(claims, [art])
    assert together(groups, "f2#1", "f2#2")


def test_a_denial_of_the_act_alone_joins_the_act_against_its_side() -> None:
    """'Who needs to poison him' (Russia) joins the poisoning, not the tailing."""
    art, claims = article("f3", [
        ("CNN", "CNN", "asserts", "FSB agents followed Navalny to Omsk"),
        ("CNN", "CNN", "asserts", "Russia's FSB poisoned Navalny with Novichok"),
        ("Vladimir Putin", "RU", "denies", "Who needs to poison him"),
    ])
    assert together(groups_of(claims, [art]), "f3#1", "f3#2")


def test_a_side_defending_its_ally_joins_the_allegation_of_that_kind() -> None:
    """Russia calling the Douma attack staged answers the allegation against Syria."""
    art, claims = article("f4", [
        ("United States", "US", "asserts",
         "the Syrian government carried out the chemical attack in Douma"),
        ("Sergei Lavrov", "RU", "denies", "the attack was staged"),
    ])
    assert together(groups_of(claims, [art]), "f4#0", "f4#1")


def test_a_denial_naming_the_allegations_author_joins_that_allegation() -> None:
    """'Bortnikov's allegations nonsense' joins what Bortnikov alleged."""
    art, claims = article("g1", [
        ("Alexander Bortnikov", "RU", "asserts",
         "the United States, the UK and Ukraine were behind the terrorist attack"),
        ("David Cameron", "GB", "denies", "Bortnikov's allegations nonsense"),
    ])
    assert together(groups_of(claims, [art]), "g1#0", "g1#1")


@pytest.mark.parametrize(("text", "denial", "speakers", "site"), [
    ("Eritrean forces in Tigray", False, [], "tigray"),
    ("its soldiers are in Tigray", True, ["ER"], "tigray"),
    ("there were no Eritrean troops in Tigray", True, ["ER"], "tigray"),
    ("Eritrea's soldiers are operating inside Tigray", False, [], "tigray"),
    ("troops from neighbouring Eritrea entered the Tigray region", False, [], "tigray"),
    ("denied the presence of Eritrean troops", True, ["ET"], None),
])
def test_a_partys_forces_in_a_place_are_its_presence(
        text: str, denial: bool, speakers: list[str], site: str | None) -> None:
    """A party's forces in a place state its presence there (the party is the culprit,
    the place the site), whatever the verb: none, a copula, 'entered', a denial."""
    frame = frame_of(text, denial=denial, speakers=speakers)
    assert (frame.klass, set(frame.culprits)) == ("presence", {"ER"})
    assert frame.sites == ({site} if site else set())


def test_forces_with_no_place_state_no_presence() -> None:
    """'Eritrean soldiers looted homes' is about the act, not where the forces are."""
    assert frame_of("Eritrean soldiers looted homes").klass != "presence"


def test_a_presence_and_its_denials_are_one_proposition() -> None:
    """'Eritrean forces in Tigray' and Eritrea denying 'its soldiers are in Tigray' are
    one presence proposition across articles."""
    a1, c1 = article("pr1", [
        ("the State Department", "US", "asserts", "it had credible reports of Eritrean "
         "forces in Tigray"),
        ("Eritrea", "ER", "denies", "its soldiers are in Tigray")])
    a2, c2 = article("pr2", [
        ("Abiy Ahmed", "ET", "asserts", "troops from neighbouring Eritrea entered the "
         "Tigray region")])
    assert together(groups_of(c1 + c2, [a1, a2]), "pr1#0", "pr1#1", "pr2#0")


def test_dismissing_a_named_bodys_report_answers_that_bodys_claim() -> None:
    """'dismissed the Amnesty report' answers what Amnesty alleged, not another claim
    against the same side."""
    art, claims = article("am", [
        ("Abiy Ahmed", "ET", "asserts", "Eritrean forces entered the Tigray region"),
        ("Amnesty International", "Amnesty International", "asserts",
         "Eritrean forces had killed hundreds of civilians in the city"),
        ("Eritrea", "ER", "denies", "its soldiers are in Tigray"),
        ("Yemane Gebremeskel", "ER", "denies", "the Amnesty report as preposterous"),
    ])
    assert together(groups_of(claims, [art]), "am#1", "am#3")


def test_denying_the_act_happened_to_anyone_names_no_culprit() -> None:
    """'Nobody was attacked' denies the event, not the denier's own part in it (unlike
    '(Moscow) denies shelling the plant'), so it is left to answer the allegation."""
    assert not frame_of("Nobody was attacked", denial=True, speakers=["EC"]).culprits
    assert not frame_of("no one was hurt in the raid", denial=True, speakers=["EC"]).strong
    assert frame_of("denies shelling the plant", denial=True, speakers=["RU"]).culprits == {
        "RU"}


@pytest.mark.parametrize(("b", "agree"), [
    ("we are present in the area near the ship", True),
    ("Sweden is present in the area near the ship", False),
    ("Denmark seized the ship", False),
])
def test_anchored_groups_agree_by_act_and_actor(b: str, agree: bool) -> None:
    """Two anchored groups may merge only when their frames state one act class by the
    same party (here Denmark's presence), never another party's or another act."""
    fa = frame_of("Denmark is present in the area around the ship", speakers=["DK"])
    fb = frame_of(b, speakers=["DK"])
    assert fa.strong and fb.strong
    assert frames_agree([fa], [fb]) is agree


def test_two_anchored_groups_merge_only_when_their_frames_agree() -> None:
    """Average linkage joins two anchored groups above the bar when their frames agree,
    and keeps them apart otherwise."""
    dk = frame_of("Denmark is present in the area", speakers=["DK"])
    se = frame_of("Sweden is present in the area", speakers=["SE"])
    edges: dict[tuple[int, int], float | None] = {(0, 1): 0.9}
    root = {0: 0, 1: 1}
    assert _average_linkage(edges, root, {0, 1}, {0: [dk], 1: [dk]}) == [(0, 1)]
    assert _average_linkage(edges, root, {0, 1}, {0: [dk], 1: [se]}) == []


def test_the_same_words_reported_twice_join() -> None:
    """One speaker's sentence reported by two outlets is one proposition (near-duplicate)."""
    lead = "Prigozhin plane crash: Wagner chief Yevgeny Prigozhin died in the Tver crash."
    a1, c1 = article("x", [("Dmitry Peskov", "RU", "asserts",
                            "Of course, in the West, all these speculations are presented "
                            "from a certain angle")], lead=lead)
    a2, c2 = article("y", [("Dmitry Peskov", "RU", "asserts",
                            "Of course, the West is selling these speculations from a "
                            "certain angle")], lead=lead)
    assert together(groups_of(c1 + c2, [a1, a2]), "x#0", "y#0")


def test_a_denial_restating_the_allegation_joins_it() -> None:
    """'The Commission denied that <the same words>' is the same proposition, whoever says it."""
    art, claims = article("r1", [
        ("Ola Berg", "NO", "asserts", "salmon exports to Japan reached a record last year"),
        ("European Commission", "EU", "denies",
         "Norway's salmon exports to Japan reached a record"),
    ])
    assert together(groups_of(claims, [art]), "r1#0", "r1#1")


def test_restated_words_never_join_reversed_directions() -> None:
    """Near-identical wording with the parties swapped stays two propositions."""
    art, claims = article("r2", [
        ("Ukraine", "UA", "asserts", "Russia will supply North Korea with ballistic missiles"),
        ("Ukraine", "UA", "asserts", "North Korea will supply Russia with ballistic missiles"),
    ])
    assert not together(groups_of(claims, [art]), "r2#0", "r2#1")


def test_an_opinion_without_a_topic_joins_the_same_opinion_nearby() -> None:
    """'It's incredibly concerning' joins the concern about the pact next to it."""
    art, claims = article("h1", [
        ("Matthew Miller", "US", "asserts",
         "Putin's offer to supply North Korea with weapons is incredibly concerning"),
        ("Matthew Miller", "US", "asserts", "It's incredibly concerning"),
        ("Matthew Miller", "US", "asserts", "Russia is seeking arms from North Korea"),
    ])
    groups = groups_of(claims, [art])
    assert together(groups, "h1#0", "h1#1")
    assert not together(groups, "h1#1", "h1#2")


def test_an_aside_about_another_event_links_no_stories() -> None:
    """A dam report that mentions the nuclear plant in passing stays apart from the plant
    reports, and from the plant's propositions: 'Ukraine shelled it' is two claims."""
    dam1, c1 = article("dam1", [
        ("Ukraine", "UA", "asserts", "Russian forces blew up the Kakhovka dam"),
        ("Russia", "RU", "asserts", "Ukrainian shelling destroyed the dam"),
    ], lead="The Kakhovka dam on the Dnipro was destroyed; floods on the Dnipro. The IAEA "
            "said the Zaporizhzhia nuclear plant, which draws water from the reservoir, "
            "is safe.")
    dam2, c2 = article("dam2", [
        ("Vassily Nebenzia", "RU", "asserts", "Kiev deliberately destroyed the Kakhovka dam"),
    ], lead="Putin calls the Kakhovka dam destruction a barbaric act; the Dnipro dam.")
    znpp, c3 = article("znpp", [
        ("Russian defence ministry", "RU", "asserts", "Ukrainian forces shelled the plant"),
        ("Dmytro Kuleba", "UA", "denies", "the Russian account is absurd"),
    ], lead="Shelling at the Zaporizhzhia nuclear plant: the Zaporizhzhia nuclear plant "
            "was shelled again, the IAEA said of the Zaporizhzhia plant.")
    groups = groups_of(c1 + c2 + c3, [dam1, dam2, znpp])
    assert together(groups, "dam1#1", "dam2#0")
    assert not together(groups, "dam1#1", "znpp#0")


def test_a_story_is_not_split_by_what_else_is_in_the_batch() -> None:
    """The groups of one story are the same alone and next to an unrelated story."""
    arts, claims = _arms_story()
    other, more = article("o1", [
        ("Dmitry Peskov", "RU", "denies", "claims that the Kremlin killed Prigozhin are lies"),
        ("Joe Biden", "US", "asserts", "Moscow was behind the Prigozhin plane crash"),
    ], lead="Prigozhin plane crash: Wagner chief Yevgeny Prigozhin died in the crash.")
    alone = groups_of(claims, arts)
    batch = [g for g in groups_of(claims + more, [*arts, other]) if not g & {"o1#0", "o1#1"}]
    assert sorted(map(sorted, alone)) == sorted(map(sorted, batch))


def test_a_bare_denial_answers_its_own_articles_allegation_first() -> None:
    """'Moscow dismissed the story' answers the report its article is about, not an older
    allegation against Russia in another article."""
    lead = "Nord Stream pipelines: the Nord Stream pipeline blasts in the Baltic Sea."
    a1, c1 = article("n1", [
        ("Kremlin", "RU", "denies", "suggestions that Russia blew up its own pipelines"),
    ], lead=lead)
    a2, c2 = article("n2", [
        ("The New York Times", "The New York Times", "asserts",
         "a pro-Ukrainian group carried out the attack on the pipelines"),
        ("Russia", "RU", "denies", "Moscow dismissed the story"),
    ], lead=lead)
    groups = groups_of(c1 + c2, [a1, a2])
    assert together(groups, "n2#0", "n2#1")
    assert not together(groups, "n1#0", "n2#1")


def test_a_denial_naming_the_author_by_role_joins_the_authors_claim() -> None:
    """'The minister was lying' joins what the minister said, not the first allegation."""
    art, claims = article("m1", [
        ("John Kirby", "US", "asserts", "Iran is supplying drones to Russia"),
        ("Hossein Amir-Abdollahian", "IR", "asserts",
         "We gave a few drones to Russia months before the war"),
        ("Volodymyr Zelensky", "UA", "denies", "the minister was lying"),
    ])
    claims[1] = attrs.evolve(claims[1], speaker=attrs.evolve(
        claims[1].speaker, role="Iranian Foreign Minister"))
    groups = groups_of(claims, [art])
    assert together(groups, "m1#1", "m1#2")
    assert not together(groups, "m1#0", "m1#2")


def test_the_officials_remarks_are_the_officials_claim() -> None:
    """'Cuba rejected the official's remarks' joins the claim of the unnamed official."""
    art, claims = article("o2", [
        ("The Wall Street Journal", "The Wall Street Journal", "asserts",
         "China agreed to build a new eavesdropping station in Cuba"),
        ("Biden administration official", "US", "asserts",
         "China has had a spy facility in Cuba since at least 2019"),
        ("Cuba", "CU", "denies", "Cuba rejected the official's remarks"),
    ])
    groups = groups_of(claims, [art])
    assert together(groups, "o2#1", "o2#2")
    assert not together(groups, "o2#0", "o2#2")


def test_a_speakers_denial_goes_on_in_the_next_claim() -> None:
    """'..., and that there was no military base on the island' continues the same
    speaker's denial before it."""
    art, claims = article("o3", [
        ("Biden administration official", "US", "asserts",
         "China has had a spy facility in Cuba since at least 2019"),
        ("The Wall Street Journal", "The Wall Street Journal", "asserts",
         "China and Cuba agreed to build a new eavesdropping station"),
        ("Carlos de Cossio", "CU", "denies", "Washington was spreading slanderous speculation"),
        ("Carlos de Cossio", "CU", "denies", "there was no Chinese military base on the island"),
    ])
    assert together(groups_of(claims, [art]), "o3#0", "o3#2", "o3#3")


def test_a_back_reference_to_an_aside_is_not_trusted() -> None:
    """A denial whose ``refers_to`` names a remark that states nothing checkable ('the
    report was a compliment') answers the allegation instead."""
    art, claims = article("p1", [
        ("The New York Times", "The New York Times", "asserts",
         "a pro-Ukrainian group carried out the attack on the pipelines"),
        ("Oleksii Reznikov", "UA", "asserts", "the report was a kind of compliment"),
        ("Russia", "RU", "denies", "dismissed the story"),
    ])
    claims[2] = attrs.evolve(claims[2], refers_to=claims[1].id)
    groups = groups_of(claims, [art])
    assert together(groups, "p1#0", "p1#2")
    assert not together(groups, "p1#1", "p1#2")


def test_one_persons_remark_in_two_outlets_is_one_claim() -> None:
    """The same spokesman's words, reported in other words by two outlets, join."""
    lead = "Chinese spy base in Cuba: the spy base report, the Cuba spy base."
    a1, c1 = article("q1", [
        ("Wang Wenbin", "CN", "denies",
         "spreading rumours and slander is a common tactic of the US"),
    ], lead=lead)
    a2, c2 = article("q2", [
        ("Wang Wenbin", "CN", "denies", "the United States is spreading rumours and slander"),
    ], lead=lead)
    assert together(groups_of(c1 + c2, [a1, a2]), "q1#0", "q2#0")


def test_no_claims_no_groups() -> None:
    """An empty input gives no groups."""
    assert cluster_claims([]) == []


def test_blocking_gives_the_exhaustive_clusters() -> None:
    """Candidate blocks change nothing against comparing every pair."""
    arts, claims = _arms_story()
    blocked = cluster_claims(claims, arts)
    assert blocked == cluster_claims(claims, arts, exhaustive=True)


def test_article_bodies_are_optional() -> None:
    """Without article bodies, the claims' own texts are the context."""
    _, claims = _arms_story()
    groups = [{c.id for c in g} for g in cluster_claims(claims)]
    assert together(groups, "a1#0", "a1#1")


# -- invariants ------------------------------------------------------------------------------

COUNTRIES = ["Russia", "North Korea", "Iran", "Ukraine", "China", "Israel"]
PARTIES = {"Russia": "RU", "North Korea": "KP", "Iran": "IR", "Ukraine": "UA", "China": "CN",
           "Israel": "IL"}
TEMPLATES = [
    "{a} supplied {obj} to {b}", "{b} bought {obj} from {a}", "{a} was behind the attack",
    "{a} has denied any involvement", "we are concerned about {a} and {b}",
    "these accusations are lies", "{a} shot down the airliner over {b}",
]
statement = st.tuples(st.sampled_from(TEMPLATES), st.sampled_from(COUNTRIES),
                      st.sampled_from(COUNTRIES), st.sampled_from(["drones", "missiles"]),
                      st.sampled_from(COUNTRIES), st.sampled_from(["asserts", "denies"]),
                      st.integers(0, 2))


def _corpus(items: list[tuple[str, str, str, str, str, str, int]],
            lead: str = "The arms affair and the airliner.",
            ) -> tuple[list[Article], list[Claim]]:
    by_article: dict[int, list[Said]] = {}
    for template, a, b, obj, speaker, stance, where in items:
        text = template.format(a=a, b=b, obj=obj)
        by_article.setdefault(where, []).append((speaker, PARTIES[speaker], stance, text))
    arts: list[Article] = []
    claims: list[Claim] = []
    for n, said in sorted(by_article.items()):
        art, cs = article(f"art{n}", said, lead=lead)
        arts.append(art)
        claims.extend(cs)
    return arts, claims


@settings(max_examples=40, deadline=None)
@given(st.lists(statement, min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_input_order(items: list[tuple[str, str, str, str, str, str,
                                                                   int]], rnd: object) -> None:
    """Any permutation of the claims (and of the articles) gives the same groups."""
    arts, claims = _corpus(items)
    shuffled = list(claims)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert cluster_claims(claims, arts) == cluster_claims(shuffled, list(reversed(arts)))


@settings(max_examples=40, deadline=None)
@given(st.lists(statement, min_size=1, max_size=12))
def test_every_claim_is_in_exactly_one_group(
        items: list[tuple[str, str, str, str, str, str, int]]) -> None:
    """The groups partition the claims."""
    arts, claims = _corpus(items)
    ids = [c.id for g in cluster_claims(claims, arts) for c in g]
    assert sorted(ids) == sorted(c.id for c in claims)


@settings(max_examples=60, deadline=None)
@given(statement, statement)
def test_compatibility_is_symmetric(x: tuple[str, str, str, str, str, str, int],
                                    y: tuple[str, str, str, str, str, str, int]) -> None:
    """Whether two claims can state one proposition does not depend on which comes first."""
    fa = frame_of(x[0].format(a=x[1], b=x[2], obj=x[3]), denial=x[5] == "denies",
                  speakers=[PARTIES[x[4]]])
    fb = frame_of(y[0].format(a=y[1], b=y[2], obj=y[3]), denial=y[5] == "denies",
                  speakers=[PARTIES[y[4]]])
    if fa.strong and fb.strong:
        assert compatible(fa, fb) == compatible(fb, fa)


@settings(max_examples=30, deadline=None)
@given(st.lists(statement, min_size=1, max_size=10))
def test_blocking_never_changes_the_groups(
        items: list[tuple[str, str, str, str, str, str, int]]) -> None:
    """Blocked matching equals exhaustive matching."""
    arts, claims = _corpus(items)
    assert cluster_claims(claims, arts) == cluster_claims(claims, arts, exhaustive=True)



@pytest.mark.parametrize(("text", "transfer"), [
    ("Iran is backing the Houthi rebels", True),
    ("Iran backs the Houthi rebels", True),
    ("Iran was backing down from the deal", False),
])
def test_backing_a_party_is_support_and_backing_down_is_not(text: str, transfer: bool) -> None:
    """'X is backing Y' gives from X to Y; 'backing down' is no transfer at all."""
    frame = frame_of(text)
    assert (frame.klass == "transfer" and frame.givers == {"IR"}) is transfer


def test_a_denial_of_one_sides_claims_answers_its_allegation_against_the_denier() -> None:
    """'rejected Washington's claims' by China joins what Washington alleged against China,
    not Washington's nearer allegation against someone else."""
    art, claims = article("d1", [
        ("Antony Blinken", "US", "asserts", "China hacked American power grids"),
        ("Antony Blinken", "US", "asserts", "Iran supplied drones to Russia"),
        ("Wang Wenbin", "CN", "denies", "the ministry rejected Washington's claims as groundless"),
    ])
    groups = groups_of(claims, [art])
    assert together(groups, "d1#0", "d1#2")
    assert not together(groups, "d1#1", "d1#2")


@pytest.mark.parametrize(("second", "same"), [
    (("Foreign ministry", "CN"), True),
    (("Jake Sullivan", "US"), False),
])
def test_one_side_restating_a_point_in_other_words_is_one_claim(
        second: tuple[str, str], same: bool) -> None:
    """Two claims with no known action, worded alike, join when one side makes them in one
    article; another side's alike wording stays apart."""
    art, claims = article("r1", [
        ("Foreign ministry", "CN", "asserts",
         "the dispute over the fishing fleet is an internal domestic matter"),
        (*second, "asserts", "the fishing fleet issue is a domestic matter for Beijing to settle"),
    ])
    assert together(groups_of(claims, [art]), "r1#0", "r1#1") is same


@pytest.mark.parametrize(("text", "same"), [
    ("it had independently confirmed the leaks", True),
    ("it had independently examined the leaks", False),
])
def test_a_confirmation_joins_the_claim_it_confirms(text: str, same: bool) -> None:
    """'X confirmed the leaks' states what the claim about the leaks just before states;
    a mere look at them does not."""
    art, claims = article("c1", [
        ("Greenpeace", "Greenpeace", "asserts", "it had found traces of the leaks on 12 tankers"),
        ("Bellingcat", "Bellingcat", "asserts", text),
    ])
    assert together(groups_of(claims, [art]), "c1#0", "c1#1") is same


@pytest.mark.parametrize(("text", "klass"), [
    ("Canada had not shared any information with India about the killing", None),
    ("Poland opened an inquiry into the attack", None),
    ("Russia was behind the killing", "harm"),
])
def test_what_a_claim_is_about_is_no_act_it_states(text: str, klass: str | None) -> None:
    """'information about the killing' speaks of the killing without saying who did it."""
    assert frame_of(text).klass == klass


# -- blocking keys, components, disputes, lexicon ------------------------------------------


def test_a_claims_blocking_keys_depend_on_the_claim_alone() -> None:
    """Keying a claim alone or among others gives the same keys (a store keys new claims
    without touching old ones)."""
    arts, claims = _arms_story()
    together_keys = blocking_keys(claims, arts)
    for c in claims:
        assert blocking_keys([c], arts)[c.id] == together_keys[c.id]


def test_blocking_keys_pair_a_party_with_what_happened() -> None:
    """'Russia ... the cables' in two articles share a key; a party's own name is no
    content word."""
    _, c1 = article("k1", [("Germany", "DE", "asserts", "Russia attacked the undersea cables")])
    _, c2 = article("k2", [("Russia", "RU", "denies", "Russia had nothing to do with the cables")])
    k1, k2 = blocking_keys(c1)["k1#0"], blocking_keys(c2)["k2#0"]
    assert "who:RU|cabl" in k1 & k2
    assert not any(k.endswith("|russia") for k in k1 | k2)


def test_claims_of_one_article_share_a_key() -> None:
    """A bare denial ('All this is a lie') and the allegation of its article always meet."""
    _, claims = article("k3", [("Ukraine", "UA", "asserts", "Russia shelled the dam"),
                               ("Russia", "RU", "denies", "All this is a lie")])
    keys = blocking_keys(claims)
    assert keys["k3#0"] & keys["k3#1"]


def test_unrelated_stories_are_separate_components() -> None:
    """Claims that share no key are matched apart."""
    _, c1 = article("u1", [("Ukraine", "UA", "asserts", "Russia shelled the dam")])
    _, c2 = article("u2", [("Chile", "CL", "asserts", "the copper mine flooded in March")])
    assert len(components(c1 + c2)) == 2


def test_two_reports_of_one_story_meet_through_their_leads() -> None:
    """Articles whose headline and lead name the same party and event share a key, even
    when their claims have no word in common."""
    lead = "Chinese spy base in Cuba: the spy base report."
    a1, c1 = article("l1", [("Wang Wenbin", "CN", "denies", "that is pure slander")], lead=lead)
    a2, c2 = article("l2", [("John Kirby", "US", "asserts", "Beijing has operated it for years")],
                     lead=lead)
    assert len(components(c1 + c2, [a1, a2])) == 1


@pytest.mark.parametrize("denial", [
    "Ukraine blew up the dam itself",
    "it was Ukraine that blew up the dam",
])
def test_rival_accounts_of_one_event_are_one_dispute(denial: str) -> None:
    """'Russia blew up the dam' and 'Ukraine blew up the dam' stay two propositions, each
    with its own verdict, linked as rivals."""
    a1, c1 = article("r1", [("Volodymyr Zelensky", "UA", "asserts", "Russia blew up the dam")],
                     lead="The Kakhovka dam was destroyed.")
    a2, c2 = article("r2", [("Dmitry Peskov", "RU", "asserts", denial)],
                     lead="The Kakhovka dam was destroyed.")
    props = propositions(c1 + c2, [a1, a2])
    assert len(props) == 2
    assert props[0].rivals == (1,) and props[1].rivals == (0,)


def test_a_proposition_carries_the_frames_matching_read() -> None:
    """Each claim's frame comes with its proposition, so verdicts need not parse again."""
    arts, claims = _arms_story()
    for p in propositions(claims, arts):
        assert set(p.frames) == {c.id for c in p.claims}


scattered = st.tuples(st.sampled_from(TEMPLATES), st.sampled_from(COUNTRIES),
                      st.sampled_from(COUNTRIES), st.sampled_from(["drones", "missiles"]),
                      st.sampled_from(COUNTRIES), st.sampled_from(["asserts", "denies"]),
                      st.integers(0, 9))


@settings(max_examples=30, deadline=None)
@given(st.lists(scattered, min_size=1, max_size=14), st.randoms(use_true_random=False))
def test_matching_is_local_to_components_and_independent_of_order(
        items: list[tuple[str, str, str, str, str, str, int]], rnd: object) -> None:
    """Clustering a claim set equals clustering each connected component of its key graph
    on its own, in any order: a store may re-cluster only the components new claims touch.
    (No shared lead, so that the articles fall into several components.)"""
    arts, claims = _corpus(items, lead="")
    whole = sorted(sorted(c.id for c in g) for g in cluster_claims(claims, arts))
    comps = components(claims, arts)
    rnd.shuffle(comps)  # type: ignore[attr-defined]
    parts: list[list[str]] = []
    for comp in comps:
        shuffled = list(comp)
        rnd.shuffle(shuffled)  # type: ignore[attr-defined]
        parts.extend(sorted(c.id for c in g) for g in cluster_claims(shuffled, arts))
    assert whole == sorted(parts)


def _lexicon_file() -> dict[str, object]:
    path = resources.files("factcheck.lexicons").joinpath("en/match_frames.json")
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}
# plain words and phrases: no regular-expression syntax outside ``token_patterns``
_PLAIN = {"type": "array", "items": {"type": "string", "pattern": r"^[^\\()\[\]{}|^$*?+]+$"}}
_LEXICON_SCHEMA = {
    "type": "object",
    "required": ["actions", "denial_cues", "nouns", "prepositions", "accuser_verbs", "objects",
                 "sites", "generic_sites", "scopes", "instance_markers", "stopwords",
                 "object_families", "story_stopwords", "grammar", "irregular_verbs",
                 "predicate_classes"],
    "additionalProperties": False,
    "properties": {
        "_doc": {"type": "string"},
        "actions": {"type": "array", "items": {
            "type": "object", "required": ["class", "mode", "priority", "words"],
            "additionalProperties": False,
            "properties": {
                "class": {"type": "string"},
                "mode": {"enum": ["culprit", "direction", "agent", "topic"]},
                "subject": {"enum": ["agent", "culprit", "giver", "receiver", "none"]},
                "act": {"type": "string"}, "priority": {"type": "integer"},
                "opinion": {"type": "boolean"}, "object_first": {"type": "boolean"},
                "requires_owner": {"type": "boolean"}, "of_agent": {"type": "boolean"},
                "presupposes": {"type": "boolean"}, "in_denials": {"type": "boolean"},
                "fallback": {"type": "boolean"}, "keeps_recipient": {"type": "boolean"},
                "words": _PLAIN, "token_patterns": _WORDS}}},
        "nouns": {"type": "object", "additionalProperties": _WORDS},
        "prepositions": {"type": "object", "additionalProperties": _WORDS},
        "objects": {"type": "object", "additionalProperties": _PLAIN},
        "sites": {"type": "object", "additionalProperties": _PLAIN},
        "object_families": {"type": "object", "additionalProperties": _WORDS},
        "grammar": {"type": "object", "additionalProperties": _WORDS},
        "irregular_verbs": {"type": "object", "additionalProperties": _WORDS},
        # plain words only: a class is a set of English words, not patterns
        "predicate_classes": {"type": "object", "additionalProperties": {
            "type": "array", "items": {"type": "string", "pattern": "^[a-z]+$"}}},
        "scopes": {"type": "object", "additionalProperties": {
            "type": "object", "required": ["strict"], "additionalProperties": False,
            "properties": {"strict": {"type": "boolean"}, "words": _PLAIN,
                           "token_patterns": _WORDS}}},
        **{k: _PLAIN for k in ("denial_cues", "accuser_verbs", "generic_sites",
                               "instance_markers", "stopwords", "story_stopwords")},
    },
}


def test_the_match_lexicon_follows_its_schema() -> None:
    """match_frames.json has the sections and entry shapes the loader reads: plain words
    and phrases everywhere, regular expressions only as an entry's ``token_patterns``."""
    jsonschema.validate(_lexicon_file(), _LEXICON_SCHEMA)


def test_token_patterns_are_few_and_compile() -> None:
    """The constructions a word list cannot say stay rare, and each is a valid pattern."""
    data = _lexicon_file()
    holders = [*data["actions"], *data["scopes"].values()]  # type: ignore[attr-defined]
    patterns = [p for h in holders for p in h.get("token_patterns", [])]
    assert 0 < len(patterns) <= 40  # 32 today, beside some 2,600 plain entries
    for p in patterns:
        re.compile(p)


def _entries(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [e for v in node.values() for e in _entries(v)]
    if isinstance(node, list):
        return [e for v in node for e in _entries(v)]
    return []


@pytest.mark.parametrize("word", ["novichok", "buk", "concert", "codswallop", "witch hunt",
                                  "slamm", "crocus", "nord stream", "skripal"])
def test_the_match_lexicon_holds_no_story_words(word: str) -> None:
    """Named weapons, sites, events and one article's phrases are no lexicon entries."""
    assert not any(word in e.lower() for e in _entries(_lexicon_file()))


def test_claims_no_frame_knows_join_by_their_shared_words() -> None:
    """Two reports of one story whose claims name no act the lexicon knows still join
    when their words are alike (content linkage), and stay apart from another point."""
    lead = "Chile and Peru quarrel over the fishing quota and the seized trawler."
    a1, c1 = article("w1", [
        ("Chile", "CL", "asserts",
         "the seized trawler was fishing illegally inside Chilean waters"),
        ("Peru", "PE", "asserts", "the new quota talks will resume in Lima next month"),
    ], lead=lead)
    a2, c2 = article("w2", [
        ("Chile", "CL", "asserts", "the trawler had been fishing illegally in its waters"),
    ], lead=lead)
    groups = groups_of(c1 + c2, [a1, a2])
    assert together(groups, "w1#0", "w2#0")
    assert not together(groups, "w1#1", "w2#0")


def test_content_linkage_keeps_who_acted() -> None:
    """'Canada expelled an Indian diplomat' and 'New Delhi expelled a Canadian diplomat'
    share their words but not their actor: two propositions."""
    lead = "Canada and India expel diplomats in a row over the killing."
    a1, c1 = article("x1", [
        ("Melanie Joly", "CA", "asserts", "Canada had expelled a senior Indian diplomat"),
    ], lead=lead)
    a2, c2 = article("x2", [
        ("Arindam Bagchi", "IN", "asserts", "New Delhi expelled a senior Canadian diplomat"),
    ], lead=lead)
    assert not together(groups_of(c1 + c2, [a1, a2]), "x1#0", "x2#0")


@pytest.mark.parametrize(("text", "giver"), [
    ("the shells were of North Korean origin", "KP"),
    ("the missile came from Russia", "RU"),
])
def test_where_goods_came_from_says_who_supplied_them(text: str, giver: str) -> None:
    """An origin construction ('of X origin', 'came from X') reads as a transfer from X."""
    frame = frame_of(text)
    assert frame.klass == "transfer" and frame.givers == {giver}


@pytest.mark.parametrize("text", [
    'the case of the "Havana syndrome" worried diplomats',
    "cases of Havana Syndrome were reported",
])
def test_a_place_name_that_names_a_thing_is_no_party(text: str) -> None:
    """A capital that only qualifies a name ('Havana Syndrome') is not its government."""
    assert "CU" not in frame_of(text).entities


@pytest.mark.parametrize(("one", "other"), [
    ("Mexico abused the immunities of its mission", "a misuse of diplomatic asylum"),
    ("the embassy was used to shelter a convict", "the embassy harboured a convict"),
    ("the raid violated the convention", "the raid was a breach of the convention"),
    ("two diplomats were hurt", "a diplomat was assaulted"),
])
def test_one_predicate_in_other_words_shares_its_class(one: str, other: str) -> None:
    """Content linkage reads the words of one general predicate class as one word."""
    from factcheck.match._linkage import word_stems

    shared = word_stems(one) & word_stems(other)
    assert any(s.startswith("=") for s in shared)


def test_unrelated_predicates_share_no_class() -> None:
    """Words of two predicate classes stay apart ('sheltered' is no 'violation')."""
    from factcheck.match._linkage import word_stems

    one, other = word_stems("Mexico sheltered a convict"), word_stems("Mexico violated a treaty")
    assert not {s for s in one & other if s.startswith("=")}


def test_claims_stating_one_act_in_other_words_join() -> None:
    """Two reports whose claims name no act a frame knows, but state one act in other
    general words ('abused' / 'a misuse'), join; another point of the story stays apart."""
    lead = "Chile and Peru quarrel over the fishing quota and the seized trawler."
    a1, c1 = article("y1", [
        ("Chile", "CL", "asserts", "the crew abused the fishing licence it was granted"),
        ("Peru", "PE", "asserts", "the new quota talks will resume in Lima next month"),
    ], lead=lead)
    a2, c2 = article("y2", [
        ("Chile", "CL", "asserts", "it was a misuse of the fishing licence"),
    ], lead=lead)
    groups = groups_of(c1 + c2, [a1, a2])
    assert together(groups, "y1#0", "y2#0")
    assert not together(groups, "y1#1", "y2#0")


def test_a_denial_nothing_placed_joins_what_it_denies_by_content() -> None:
    """A denial the frames and the article left unanswered ('rejected that the crew was
    assaulted') joins the allegation it denies in another report by what it denies,
    its words of denial aside."""
    lead = "Chile and Peru quarrel over the fishing quota and the seized trawler."
    a1, c1 = article("z1", [
        ("Peru", "PE", "asserts", "the trawler crew had been assaulted by coastguards"),
    ], lead=lead)
    a2, c2 = article("z2", [
        ("Chile", "CL", "denies", "she rejected the version that the trawler crew were hurt"),
    ], lead=lead)
    assert together(groups_of(c1 + c2, [a1, a2]), "z1#0", "z2#0")


@pytest.mark.parametrize(("text", "culprit", "place"), [
    ("Afghan forces targeted Pakistani military posts", "AF", "PK"),
    ("Russian troops shelled Ukrainian checkpoints", "RU", "UA"),
    ("Sudanese jets bombed the Chadian border districts", "SD", "TD"),
])
def test_a_place_named_by_its_country_is_not_the_culprit(text: str, culprit: str,
                                                          place: str) -> None:
    """'Pakistani military posts' is where an act happened, not who did it."""
    assert frame_of(text).culprits == {culprit}
    assert place not in frame_of(text).culprits


def test_a_bare_denial_answers_the_allegation_of_its_own_act() -> None:
    """A denial naming no culprit ('claims of meddling were unfounded') answers
    the allegation whose act it names in general words (meddling: 'a long history of
    interfering'), not the article's lead about another act of the same party."""
    a1, c1 = article("m1", [
        ("John Kirby", "US", "asserts", "Iran ordered an influence campaign aimed at the vote"),
        ("John Kirby", "US", "asserts", "Iran has a long history of interfering in elections"),
        ("Nasser Kanaani", "IR", "denies", "claims of meddling were absolutely unfounded"),
    ])
    groups = groups_of(c1, [a1])
    assert together(groups, "m1#1", "m1#2")
    assert not together(groups, "m1#0", "m1#2")
