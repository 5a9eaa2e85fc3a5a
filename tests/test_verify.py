"""Verdicts: each rule with a hand-made group of claims."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims import Claim, Kind, Party, PartyKind, Speaker, Verdict
from factcheck.match import Frame, Proposition
from factcheck.verify import judge

_next = iter(range(10**6))


def party_(pid: str) -> Party | None:
    """A party record for an id as the gold writes it ("unknown": None)."""
    if pid == "unknown":
        return None
    kind = PartyKind.STATE if len(pid) == 2 and pid.isupper() else PartyKind.ORGANISATION
    return Party(id=pid, kind=kind, name=pid)


def said(text: str, name: str, party: str, stance: str = "asserts", article: str = "a1",
         date: str | None = None, kind: str = "indirect", cid: str | None = None) -> Claim:
    """One claim; each gets its own span so that no two are read as one statement."""
    start = next(_next) * 1000
    return Claim(id=cid or f"{article}#{start}", article=article, start=start,
                 end=start + len(text), text=text, speaker=Speaker(name=name, party=party_(party)),
                 stance=stance, kind=kind, date=date)


def verdict(group: Sequence[Claim]) -> Verdict:
    (cluster,) = judge([group], [])
    return cluster.verdict


ARMS = "North Korea has given Russia artillery shells"


def test_asserted_by_one_party_and_denied_by_another_is_contested() -> None:
    """One party asserts, another denies: contested."""
    assert verdict([said(ARMS, "John Kirby", "US"),
                    said(ARMS, "Russia", "RU", "denies")]) is Verdict.CONTESTED


def test_two_independent_parties_asserting_is_corroborated() -> None:
    """Two parties assert, none denies: corroborated."""
    assert verdict([said(ARMS, "John Kirby", "US"),
                    said(ARMS, "Ukraine", "UA")]) is Verdict.CORROBORATED


def test_officials_of_one_government_are_one_party() -> None:
    """Kirby, Blinken and Miller are all the US: uncorroborated, however many of them."""
    assert verdict([said(ARMS, "John Kirby", "US"), said(ARMS, "Antony Blinken", "US"),
                    said(ARMS, "Matthew Miller", "US", article="a2")]) is Verdict.UNCORROBORATED


def test_a_party_named_two_ways_is_one_party() -> None:
    """'Russia' and 'RU' as party names are one party."""
    assert verdict([said(ARMS, "Kremlin", "Russia"),
                    said(ARMS, "Dmitry Peskov", "RU")]) is Verdict.UNCORROBORATED


def test_one_speaker_in_two_articles_is_one_source() -> None:
    """A named speaker of unknown party quoted by two outlets is still one source."""
    text = "she felt sicker than she had ever felt"
    assert verdict([said(text, "Yulia Navalnaya", "unknown", article="a1"),
                    said(text + " in her life", "Yulia Navalnaya", "unknown", article="a2"),
                    ]) is Verdict.UNCORROBORATED


def test_two_named_people_of_unknown_party_are_two_sources() -> None:
    """Unknown parties are told apart by the speakers' names."""
    assert verdict([said(ARMS, "Yulia Navalnaya", "unknown"),
                    said(ARMS, "Evan Medeiros", "unknown")]) is Verdict.CORROBORATED


@pytest.mark.parametrize("name", ["Yulia Navalnaya", "Foreign and Expatriates Ministry"])
def test_a_named_speaker_of_unknown_party_adds_no_second_party(name: str) -> None:
    """Beside a known party, a speaker whose party the text does not give may be one of
    that party's own people: uncorroborated, not corroborated."""
    assert verdict([said(ARMS, "John Kirby", "US"),
                    said(ARMS, name, "unknown")]) is Verdict.UNCORROBORATED


@pytest.mark.parametrize("name", ["resident of Soro", "head of the GKNB", "a senior official"])
def test_a_described_voice_is_no_named_source(name: str) -> None:
    """A description ("resident of Soro") names nobody, whatever place or body it
    mentions: with another unknown voice it corroborates nothing."""
    assert verdict([said(ARMS, "Yulia Navalnaya", "unknown"),
                    said(ARMS, name, "unknown")]) is Verdict.UNCORROBORATED


def test_unnamed_voices_never_corroborate() -> None:
    """'Analysts' and 'reports' add no independent party."""
    assert verdict([said(ARMS, "John Kirby", "US"),
                    said(ARMS, "analysts", "unknown")]) is Verdict.UNCORROBORATED


def test_wire_copy_is_one_source() -> None:
    """The same agency text in two outlets, attributed differently, counts once."""
    wire = "North Korea has shipped more than a million artillery shells to Russia since August"
    assert verdict([said(wire, "officials", "US", article="yonhap"),
                    said(wire, "Seoul officials", "KR", article="herald")]) \
        is Verdict.UNCORROBORATED


def test_short_repeated_words_are_not_wire_copy() -> None:
    """'All this is a lie' from two parties in two articles stays two sources."""
    assert verdict([said("it is true", "US", "US", article="x"),
                    said("it is true", "UA", "UA", article="y")]) is Verdict.CORROBORATED


def test_only_denials_is_denied() -> None:
    """Parties deny it and none asserts it: denied."""
    assert verdict([said(ARMS, "Russia", "RU", "denies"),
                    said(ARMS, "North Korea", "KP", "denies")]) is Verdict.DENIED


def test_editorial_claims_never_count() -> None:
    """The journalist's narration adds no party: one official remains uncorroborated."""
    assert verdict([said(ARMS, "John Kirby", "US"),
                    said(ARMS, "The Herald", "The Herald", kind=Kind.EDITORIAL)]) \
        is Verdict.UNCORROBORATED


def test_one_party_asserting_and_denying_is_not_contested() -> None:
    """Contested needs another party to deny; a side that says and unsays is not that."""
    assert verdict([said(ARMS, "Russia", "RU"), said(ARMS, "Russia", "RU", "denies"),
                    said(ARMS, "Dmitry Peskov", "RU", "denies")]) is Verdict.DENIED


def test_two_sides_that_each_say_and_unsay_it_still_contest_it() -> None:
    """One side asserting what another denies is contested, even when stray claims put each
    side on both sides: the "says and unsays" rule is for one side alone."""
    assert verdict([said(ARMS, "Ruritania", "RT"), said(ARMS, "Borduria", "BO"),
                    said(ARMS, "Borduria", "BO", "denies"),
                    said(ARMS, "Ruritanian minister", "RT", "denies")]) is Verdict.CONTESTED


def test_party_roles_carry_speakers_claims_articles_and_dates() -> None:
    """Each side lists who spoke for it, in which claims and articles, and when."""
    group = [said(ARMS, "John Kirby", "US", date="2023-09-13", cid="k1"),
             said(ARMS, "Antony Blinken", "US", article="a2", date="2023-09-14", cid="b1"),
             said(ARMS, "Russia", "RU", "denies", cid="r1")]
    (cluster,) = judge([group], [])
    (us,) = cluster.asserted_by
    assert (us.party, us.speakers, us.claims, us.articles) == (
        "US", ("John Kirby", "Antony Blinken"), ("k1", "b1"), ("a1", "a2"))
    assert us.dates == (dt.date(2023, 9, 13), dt.date(2023, 9, 14))
    assert [r.party for r in cluster.denied_by] == ["RU"]
    assert (cluster.first_date, cluster.last_date) == (dt.date(2023, 9, 13),
                                                        dt.date(2023, 9, 14))


def test_the_explanation_names_parties_speakers_and_dates() -> None:
    """One line a reader can check: parties, their named speakers with dates, then denials."""
    group = [said(ARMS, "John Kirby", "US", date="2023-09-13"), said(ARMS, "Ukraine", "UA"),
             said(ARMS, "Russia", "RU", "denies"), said(ARMS, "North Korea", "KP", "denies")]
    (cluster,) = judge([group], [])
    assert cluster.explain() == ("contested: asserted by US (John Kirby, 2023-09-13), UA; "
                                 "denied by KP, RU")


def test_opinions_are_marked() -> None:
    """A cluster of concern is an opinion; the flag and the explanation say so."""
    (cluster,) = judge([[said("we are deeply concerned about the pact", "John Kirby", "US")]],
                       [])
    assert cluster.opinion
    assert "opinion" in cluster.explain()


def test_facts_are_not_opinions() -> None:
    """A transfer of shells is a checkable statement."""
    (cluster,) = judge([[said(ARMS, "John Kirby", "US")]], [])
    assert not cluster.opinion


def test_the_representative_states_it_with_its_parties() -> None:
    """The statement is an assertion that names who did what, not a bare denial."""
    group = [said("that's all lies", "Russia", "RU", "denies"),
             said(ARMS, "Ukraine", "UA"), said("it is true", "Ukraine", "UA")]
    (cluster,) = judge([group], [])
    assert cluster.statement == ARMS


@pytest.mark.parametrize("reverse", [False, True])
def test_cluster_ids_come_from_the_claims(reverse: bool) -> None:
    """The id depends only on the claim ids, not on the order of groups or claims."""
    g1 = [said(ARMS, "John Kirby", "US", cid="x1"), said(ARMS, "Ukraine", "UA", cid="x2")]
    g2 = [said("Iran sent drones to Russia", "John Kirby", "US", cid="y1")]
    groups = [g2, list(reversed(g1))] if reverse else [g1, g2]
    ids = {tuple(c.claims): c.id for c in judge(groups, [])}
    assert ids == {("x1", "x2"): ids[("x1", "x2")], ("y1",): ids[("y1",)]}
    assert ids[("x1", "x2")] == judge([g1], [])[0].id


parties = st.sampled_from(["US", "UA", "RU", "KP", "NATO", "unknown"])
claim_st = st.tuples(parties, st.sampled_from(["asserts", "denies"]),
                     st.sampled_from(["a1", "a2", "a3"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(claim_st, min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_the_verdict_does_not_depend_on_claim_order(items: list[tuple[str, str, str]],
                                                    rnd: object) -> None:
    """Shuffling a group's claims changes neither verdict, parties nor explanation."""
    group = [said(f"{ARMS} ({n})", p.title(), p, s, a, cid=f"c{n}")
             for n, (p, s, a) in enumerate(items)]
    shuffled = list(group)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    (one,) = judge([group], [])
    (two,) = judge([shuffled], [])
    assert (one.verdict, one.asserted_by, one.denied_by, one.explanation, one.id) == (
        two.verdict, two.asserted_by, two.denied_by, two.explanation, two.id)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(claim_st, min_size=1, max_size=4), min_size=1, max_size=5))
def test_one_cluster_per_group_holding_its_claims(groups: list[list[tuple[str, str, str]]],
                                                  ) -> None:
    """Every group becomes exactly one cluster with exactly its claims."""
    built = [[said(ARMS, p.title(), p, s, a, cid=f"g{i}c{n}") for n, (p, s, a) in enumerate(g)]
             for i, g in enumerate(groups)]
    clusters = judge(built, [])
    assert sorted(sorted(cl.claims) for cl in clusters) == sorted(
        sorted(c.id for c in g) for g in built)


def test_rival_accounts_are_linked_clusters_with_their_own_verdicts() -> None:
    """Two propositions that name rival culprits for one event list each other as rivals,
    and each keeps the verdict of its own claims."""
    ua = said("Russia blew up the dam", "Volodymyr Zelensky", "UA", cid="a#0")
    ru = said("Ukraine blew up the dam", "Dmitry Peskov", "RU", cid="b#0")
    ru_denies = said("Russia blew up the dam", "Dmitry Peskov", "RU", "denies", cid="a#1")
    props = [Proposition(claims=(ua, ru_denies), frames={}, rivals=(1,)),
             Proposition(claims=(ru,), frames={}, rivals=(0,))]
    first, second = sorted(judge(props, []), key=lambda cl: cl.claims[0])
    assert first.rivals == (second.id,) and second.rivals == (first.id,)
    assert (first.verdict, second.verdict) == (Verdict.CONTESTED, Verdict.UNCORROBORATED)


def test_verdicts_read_the_frames_matching_found() -> None:
    """A proposition's frames are read, not parsed again: an opinion frame makes an
    opinion cluster whatever the words."""
    claim = said(ARMS, "John Kirby", "US", cid="o#0")
    opinion = Frame(klass="concern", mode="topic", opinion=True)
    (plain,) = judge([[claim]], [])
    (read,) = judge([Proposition(claims=(claim,), frames={claim.id: opinion})], [])
    assert (plain.opinion, read.opinion) == (False, True)


def test_plain_groups_have_no_rivals() -> None:
    """Groups given as plain lists of claims are judged as before, with no rivals."""
    (cluster,) = judge([[said(ARMS, "John Kirby", "US")]], [])
    assert cluster.rivals == ()
