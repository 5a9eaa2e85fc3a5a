"""Matching precision: who acts, who undergoes the act, and the sides of a two-sided act
decide whether two claims' parties let them be one proposition (``_linkage``)."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from factcheck.claims import Article, Claim, Party, PartyKind, Speaker
from factcheck.match import frame_of
from factcheck.match._features import mentions, tokenize
from factcheck.match._linkage import (
    _content_of,
    _Pair,
    agentless_passive,
    attribution,
    content,
    parties,
    predicate,
    setting_stems,
    word_stems,
)
from factcheck.match._similarity import compatible
from factcheck.match._units import Unit, build_units


def _unit(content: str, side: str, aid: str = "a") -> Unit:
    """The unit of one claim, '<side> said that <content>.', in an article of its own."""
    prefix = f"Officials of {side} said that "
    art = Article(id=aid, source=f"{aid}.txt", body=prefix + content + ".")
    speaker = Speaker(name=f"{side} officials",
                      party=Party(id=side, kind=PartyKind.STATE, name=side))
    claim = Claim.of(art, len(prefix), len(prefix) + len(content), id=f"{aid}#0",
                     speaker=speaker)
    return build_units([claim], {art.id: art})[0]


def _pair(a: tuple[str, str], b: tuple[str, str]) -> _Pair:
    ua, ub = _unit(*a, aid="a"), _unit(*b, aid="b")
    df = Counter(s for u in (ua, ub) for s in word_stems(_content_of(u)))
    return _Pair(a=ua, b=ub, weight={s: math.log(3 / k) for s, k in df.items()})


@pytest.mark.parametrize(("a", "b"), [
    # another party acting
    (("Tajik troops shelled Kyrgyz villages", "KG"),
     ("Kyrgyz troops shelled Tajik villages", "TJ")),
    # one party acting in one claim, undergoing the act in the other
    (("Russian forces shelled the town", "UA"),
     ("the shelling of Russian villages was deliberate", "RU")),
])
def test_parties_veto_other_or_reversed_roles(a: tuple[str, str], b: tuple[str, str],
                                             ) -> None:
    """A party that acts in one claim and is not the actor, or undergoes the act, in the
    other makes them two propositions, though they may name the same states."""
    assert parties(_pair(a, b)) is None


@pytest.mark.parametrize(("a", "b"), [
    # the role read from a party's neighbours is a guess: "Bolivia had suffered" is not
    # Bolivia acting
    (("Bolivia had suffered an attempted coup", "CL"),
     ("the attempted coup in Bolivia failed", "AR")),
    # a two-sided act: each side names the other, the speaker is the side not named
    (("he had agreed with his Tajik counterpart on a ceasefire", "KG"),
     ("the agreement on a ceasefire was reached between its chairman and the chairman "
      "of the Kyrgyz Republic", "TJ")),
])
def test_parties_allow_same_parties_in_other_words(a: tuple[str, str], b: tuple[str, str],
                                                  ) -> None:
    """Claims whose parties may play the same roles are not set apart by them."""
    assert parties(_pair(a, b)) is not None


@pytest.mark.parametrize(("b", "same"), [
    (("the agreement on a ceasefire was reached between its chairman and the chairman "
      "of the Kyrgyz Republic", "TJ"), 1.0),
    (("the agreement on a ceasefire was reached between its chairman and the chairman "
      "of Uzbekistan", "TJ"), 0.0),
])
def test_two_sided_act_between_same_sides_is_one_predicate(b: tuple[str, str], same: float,
                                                          ) -> None:
    """"He agreed with his Tajik counterpart" (Kyrgyz speaker) and "the agreement between
    its chairman and the Kyrgyz chairman" (Tajik speaker) state one two-sided act; an
    agreement with a third side is another."""
    a = ("he had agreed with his Tajik counterpart on a ceasefire", "KG")
    assert predicate(_pair(a, b)) == same


@pytest.mark.parametrize(("noun", "verb"), [
    ("the agreement", "they agreed"),
    ("the deployment of troops", "troops were deployed"),
    ("the harassment of fishermen", "fishermen were harassed"),
])
def test_noun_of_an_act_shares_its_verb_stem(noun: str, verb: str) -> None:
    """The noun of an act ("agreement") is its verb ("agreed") among the content stems."""
    assert word_stems(noun) & word_stems(verb)


@pytest.mark.parametrize(("text", "setting"), [
    ("vessels had threatened tankers in Guyana's exclusive economic zone",
     {"guyana", "exclus", "econom", "zone"}),
    ("troops fired on villages near the border of the province", {"border", "provinc"}),
    ("the army shelled the airport", set()),
])
def test_setting_stems_are_the_place_phrase(text: str, setting: set[str]) -> None:
    """The words of a place phrase ("in X", "near X", "... of Y" inside it) are its
    setting; a place phrase ends at the next preposition, conjunction or verb."""
    assert setting_stems(text) == setting


@pytest.mark.parametrize(("b", "lower"), [
    ("patrol boats were operating lawfully in Guyana's exclusive economic zone", True),
    ("vessels threatened tankers in Guyana's exclusive economic zone", False),
])
def test_words_shared_only_in_place_phrases_count_less(b: str, lower: bool) -> None:
    """Two claims sharing only where ("in Guyana's exclusive economic zone") score less
    than their plain word overlap; one more shared word of what was done removes the
    discount."""
    a = "vessels had threatened tankers in Guyana's exclusive economic zone"
    p = _pair((a, "US"), (b, "VE"))
    sa, sb = word_stems(a), word_stems(b)
    w = p.weight
    plain = sum(w[s] ** 2 for s in sa & sb) / math.sqrt(
        sum(w[s] ** 2 for s in sa) * sum(w[s] ** 2 for s in sb))
    assert (content(p) < plain - 1e-9) is lower


@pytest.mark.parametrize(("text", "klass", "agentless"), [
    ("some of its internal communications were hacked", "intrusion", True),
    ("the campaign was hacked by Iranian operatives", "intrusion", False),
    ("Iran hacked some of the campaign's internal communications", "intrusion", False),
    # a passive in a side clause is not the claim's act
    ("the group, which claimed the attack in which 20 people were killed", "harm", False),
])
def test_agentless_passive(text: str, klass: str, agentless: bool) -> None:
    """An act of the class said in the passive with no "by" names no one who did it."""
    assert agentless_passive(text, klass) is agentless


@pytest.mark.parametrize(("b", "apart"), [
    ("Iran hacked some of the campaign's internal communications", True),
    ("some of the campaign's emails were hacked", False),
])
def test_act_done_is_not_who_did_it(b: str, apart: bool) -> None:
    """"Its communications were hacked" and "Iran hacked its communications" state two
    things (that it happened; who did it); two claims that it happened may be one."""
    a = ("some of its internal communications were hacked", "US")
    assert (attribution(_pair(a, (b, "GB"))) is None) is apart


@pytest.mark.parametrize(("text", "role"), [
    ("Kyrgyz troops shelled villages near the border with Tajikistan", "location"),
    ("Kyrgyzstan agreed with Tajikistan on a ceasefire", "partner"),
])
def test_party_after_border_with_is_a_place(text: str, role: str) -> None:
    """"The border with X" places an act; "agreed with X" names the other side."""
    found = [m for m in mentions(tokenize(text)) if m.pid == "TJ"]
    assert [m.role for m in found] == [role]


@pytest.mark.parametrize(("text", "culprits"), [
    # the act is in a clause of circumstance after a main clause: not what is stated
    ("a fisherman broke his arm when a Chinese vessel rammed his boat", set()),
    ("a fisherman was injured while a Chinese vessel rammed his boat", set()),
    # the main clause's own act stays
    ("Chinese vessels rammed the boat when it approached the shoal", {"CN"}),
])
def test_act_in_clause_of_circumstance_is_not_the_claim(text: str, culprits: set[str],
                                                       ) -> None:
    """"X happened when Y did Z" states X; Z only says when (no frame from it)."""
    assert set(frame_of(text).culprits) == culprits


@pytest.mark.parametrize(("a", "b", "same"), [
    ("the attack by Tajikistan on the border was prepared in advance",
     "Tajikistan had planned an attack on its neighbour", True),
    ("Tajikistan had planned an attack on its neighbour",
     "Tajik troops had shelled the airport", False),
    ("a premeditated attack by Russia", "Russian troops attacked the town", False),
])
def test_planning_an_act_is_not_doing_it(a: str, b: str, same: bool) -> None:
    """That an act was planned or prepared in advance is its own proposition: it joins
    other claims of planning, never a claim that the act was done."""
    assert compatible(frame_of(a), frame_of(b)) is same
