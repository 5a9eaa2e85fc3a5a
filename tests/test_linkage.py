"""Content linkage signals: the predicate nominal ("there was an attempted coup")."""

from __future__ import annotations

import pytest

from factcheck.claims import Article, Claim, Party, PartyKind, Speaker, Stance
from factcheck.match import cluster_claims
from factcheck.match._linkage import SIGNALS, WEIGHTS, nominal, predicate_classes, stems_of


@pytest.mark.parametrize(("text", "words"), [
    ("There was an attempted coup, and the country has seen it", ["attempted", "coup"]),
    ('Bolivia had suffered "an attempted coup"', ["attempted", "coup"]),
    ("What happened yesterday was an attempted coup against the government",
     ["attempted", "coup"]),
    ("an attempted coup", ["attempted", "coup"]),
    ("There was no self-coup.", ["self-coup"]),
    ("It was a self-coup, a show to win sympathy.", ["self-coup"]),
    ("the raid was a violation of international law", ["violation"]),
])
def test_a_predicate_nominal_names_what_the_claim_says_was(text: str, words: list[str]) -> None:
    """A copula, existential or 'suffered' before a determiner (or 'no'), and a claim that
    is an indefinite noun phrase, give the words of the thing said to have happened, up
    to the end of the noun phrase."""
    assert nominal(text) == stems_of(words)


@pytest.mark.parametrize("text", [
    "Pakistan's problems were internal",
    "the president ordered the uprising himself",
    "the government rejected the accusation",
])
def test_a_claim_without_a_predicate_nominal_has_none(text: str) -> None:
    """An adjective after the copula, a verb's object and a definite subject are no
    predicate nominal: the signal stays silent (unknown), it does not match anything."""
    assert nominal(text) == frozenset()


def test_every_signal_has_its_weight_in_one_place() -> None:
    """Each named signal has exactly one weight, declared beside the others."""
    assert set(SIGNALS) == set(WEIGHTS)
    assert all(w > 0 for w in WEIGHTS.values())


def _story(said: list[tuple[str, str, str]]) -> tuple[list[Article], list[Claim]]:
    """One article per statement, each '<speaker> said <content>.' under one headline."""
    arts, claims = [], []
    for n, (name, pid, text) in enumerate(said):
        body = f"Troops stormed the palace in the capital. {name} said {text}."
        art = Article(id=f"s{n}", source=f"s{n}.txt", body=body,
                      title="Troops storm the palace in the capital")
        start = body.index(text)
        arts.append(art)
        claims.append(Claim.of(art, start, start + len(text), id=f"s{n}#0",
                               stance=Stance.ASSERTS, speaker=Speaker(
                                   name=name, party=Party(id=pid, kind=PartyKind.STATE,
                                                          name=pid))))
    return arts, claims


def test_claims_naming_the_same_thing_as_having_happened_are_one_proposition() -> None:
    """'There was an attempted coup, and the country has seen it' and 'the country had
    suffered an attempted coup' (two speakers, two articles) state one thing."""
    arts, claims = _story([
        ("The minister", "XA", "there was an attempted coup, and the country has seen it"),
        ("The neighbour", "XB", 'the country had suffered "an attempted coup" by rogue units'),
    ])
    groups = [{c.id for c in g} for g in cluster_claims(claims, arts)]
    assert {"s0#0", "s1#0"} in groups


@pytest.mark.parametrize(("a", "b"), [
    ("the army had shelled three villages", "soldiers had fired on the villages"),
    ("troops used artillery against the settlements", "the town was bombarded overnight"),
    ("the patrol boats threatened the fishing fleet", "no trawler was harassed"),
    ("the crews were intimidated", "the coast guard made threats against the crews"),
])
def test_bombardment_and_intimidation_words_share_a_predicate_class(a: str, b: str) -> None:
    """Shelling, firing on and artillery are one general predicate (bombardment);
    threatening, harassing and intimidating are another (intimidation)."""
    assert predicate_classes(a) & predicate_classes(b)


@pytest.mark.parametrize(("a", "b"), [
    ("the dam would seriously harm farmers downstream", "it will cause no harm to anyone"),
    ("the spill endangers the wetlands", "the port would jeopardise the reef"),
    ("the ministry agreed to halt the works", "it had promised to suspend construction"),
    ("the talks stopped in March", "there was no freeze in the negotiations"),
])
def test_damage_and_stoppage_words_share_a_predicate_class(a: str, b: str) -> None:
    """Harming, endangering and jeopardising are one general predicate (damage);
    halting, suspending, stopping and freezing another (stoppage)."""
    assert predicate_classes(a) & predicate_classes(b)


@pytest.mark.parametrize("word", ["damage", "affect"])
def test_vague_damage_nouns_stay_out_of_the_class(word: str) -> None:
    """'the damage' often names the event itself (a cut cable) and 'affected' anything
    at all: neither states the act of harming, so neither joins the class."""
    assert not predicate_classes(f"the {word} was reported")



def test_a_word_every_claim_of_a_story_uses_still_weighs() -> None:
    """A story's own topic word (in every claim) keeps a weight: two paraphrases on an
    unseen story share mostly such words."""
    from factcheck.match._linkage import IDF_FLOOR, story_weights
    stems = [frozenset({"canal", "built"}), frozenset({"canal", "river"}),
             frozenset({"canal"})]
    weights = story_weights(stems)
    assert weights["canal"] >= IDF_FLOOR > 0
    assert weights["river"] > weights["canal"]
