"""Backing keeps whom it backs: sheltering an armed group and sheltering a few individuals
are two allegations against one backer (``_features._recipient``, ``recipients_meet``)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from factcheck.claims import Article, Claim, Party, PartyKind, Speaker
from factcheck.match import cluster_claims, frame_of
from factcheck.match._similarity import compatible


def _article(aid: str, said: Sequence[tuple[str, str, str]],
             lead: str) -> tuple[Article, list[Claim]]:
    """An article whose body reports each (speaker, party, content) as '<speaker> said
    that <content>.', every claim asserted."""
    body, spans = lead, []
    for speaker, side, content in said:
        prefix = f" {speaker} said that "
        start = len(body) + len(prefix)
        body += prefix + content + "."
        spans.append((start, start + len(content), speaker, side))
    art = Article(id=aid, source=f"{aid}.txt", body=body)
    return art, [Claim.of(art, s, e, id=f"{aid}#{n}", speaker=Speaker(
        name=name, party=Party(id=pid, kind=PartyKind.STATE, name=name)))
        for n, (s, e, name, pid) in enumerate(spans)]


def _together(groups: list[set[str]], *ids: str) -> bool:
    return any(set(ids) <= g for g in groups)


@pytest.mark.parametrize(("text", "kind"), [
    ("Freedonia finances and shelters the rebel group", "_group"),
    ("Freedonia is harbouring the militants who attacked the town", "_group"),
    ("Freedonia offers a safe haven for terrorists", "_group"),
    ("Freedonia was sheltering the plotters of a failed coup", "_individuals"),
    ("Freedonia is harbouring a fugitive wanted for fraud", "_individuals"),
])
def test_backing_keeps_the_kind_it_backs(text: str, kind: str) -> None:
    """The head of the phrase after a backing verb is the kind it backs: an armed group
    or individuals."""
    assert frame_of(text).targets == {kind}


@pytest.mark.parametrize("text", [
    "Freedonia shelters the Red Dawn",
    "Freedonia supplies drones to Ruritania",
    "Freedonia is harbouring the weapons",
])
def test_a_name_giving_or_another_noun_names_no_recipient_kind(text: str) -> None:
    """A name, plain giving and a noun of neither kind leave the recipient unknown."""
    assert frame_of(text).targets == set()


@pytest.mark.parametrize(("a", "b", "meet"), [
    ("France was sheltering the plotters of a failed coup",
     "France finances and shelters the rebel group", False),
    ("France was sheltering the plotters of a failed coup",
     "France is harbouring the conspirators", True),
    ("France finances and shelters the rebel group",
     "France shelters the Red Dawn", True),
])
def test_backing_of_a_group_and_of_individuals_do_not_meet(a: str, b: str,
                                                           meet: bool) -> None:
    """Two backing frames of one backer meet unless one backs a group and the other
    individuals; an unknown recipient meets either."""
    assert compatible(frame_of(a), frame_of(b)) is meet


def test_sheltering_plotters_and_a_rebel_group_are_two_propositions() -> None:
    """One backer accused of sheltering coup plotters and of sheltering a rebel group:
    two propositions, each told twice."""
    lead = "France and Spain quarrel over rebels on their border."
    a1, c1 = _article("rc1", [
        ("Spain", "ES", "France was sheltering the plotters of a failed coup"),
        ("Spain", "ES", "France finances and shelters the rebel group")],
        lead=lead)
    a2, c2 = _article("rc2", [
        ("Spain", "ES", "France is harbouring the plotters of the coup"),
        ("Spain", "ES", "France shelters the rebel group")],
        lead=lead)
    groups = [{c.id for c in g} for g in cluster_claims(c1 + c2, [a1, a2])]
    assert not _together(groups, "rc1#0", "rc1#1")
    assert not _together(groups, "rc2#0", "rc2#1")
