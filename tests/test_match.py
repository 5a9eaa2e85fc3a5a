"""Cross-article claim matching: each signal alone, then the grouping it drives."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import Article, Claim, Kind, Speaker
from factcheck.match import cluster_claims, frame_of, is_opinion, party_of
from factcheck.match._features import NAT
from factcheck.match._similarity import compatible

Said = tuple[str, str, str, str]  # (speaker, party, stance, content)


def article(aid: str, said: Sequence[Said], lead: str = "") -> tuple[Article, list[Claim]]:
    """An article whose body reports each statement as '<speaker> said <content>.'."""
    body, spans = lead, []
    for speaker, party, stance, content in said:
        prefix = f" {speaker} said that "
        start = len(body) + len(prefix)
        body += prefix + content + "."
        spans.append((start, start + len(content), speaker, party, stance))
    art = Article(id=aid, source=f"{aid}.txt", body=body)
    claims = [Claim.of(art, s, e, id=f"{aid}#{n}", stance=stance,
                       speaker=Speaker(name=name, party=party))
              for n, (s, e, name, party, stance) in enumerate(spans)]
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
])
def test_the_culprit_is_the_one_who_acted(text: str, culprits: set[str]) -> None:
    """A place, a victim or an accuser is never the culprit; nationals are not their state."""
    assert frame_of(text).culprits == culprits


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
                    speaker=Speaker(name="North Korea", party="KP"))
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
            ) -> tuple[list[Article], list[Claim]]:
    by_article: dict[int, list[Said]] = {}
    for template, a, b, obj, speaker, stance, where in items:
        text = template.format(a=a, b=b, obj=obj)
        by_article.setdefault(where, []).append((speaker, PARTIES[speaker], stance, text))
    arts: list[Article] = []
    claims: list[Claim] = []
    for n, said in sorted(by_article.items()):
        art, cs = article(f"art{n}", said, lead="The arms affair and the airliner.")
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

