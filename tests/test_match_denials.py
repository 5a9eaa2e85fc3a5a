"""Bare denials: a denial that names nothing of its own answers the statement it follows."""

from __future__ import annotations

import pytest

from factcheck.claims import Article, Claim, Party, PartyKind, Speaker, Stance
from factcheck.match import cluster_claims
from factcheck.match._clustering import bare_denial
from factcheck.match._linkage import predicate_classes
from factcheck.match._units import build_units


def _state(pid: str) -> Party:
    return Party(id=pid, kind=PartyKind.STATE, name=pid)


def _claims(body: str, parts: list[tuple[str, str, str, Stance]]) -> tuple[Article, list[Claim]]:
    """Claims over the given substrings of ``body`` (text, speaker, party id, stance)."""
    art = Article(id="a1", source="a1.txt", body=body)
    out = []
    for n, (text, name, pid, stance) in enumerate(parts):
        start = body.index(text)
        out.append(Claim.of(art, start, start + len(text), id=f"a1#{n}", stance=stance,
                            speaker=Speaker(name=name, party=_state(pid))))
    return art, out


@pytest.mark.parametrize(("text", "bare"), [
    ("a charge the authorities deny", True),
    ("The ministry rejected the accusation", True),
    ("It is absolutely false", True),
    ("accusations denied by the ministry", True),
    ("the guards did not use excessive force against the reporters", False),
    ("the rebels receive no weapons from abroad", False),
])
def test_a_bare_denial_names_nothing_of_its_own(text: str, bare: bool) -> None:
    """Once the words of denial, allegation nouns, adverbs and government words are set
    aside, a bare denial has at most one content word left; one that says what it
    denies is not bare."""
    art, claims = _claims(f"Officials said {text}.", [(text, "Officials", "XA", Stance.DENIES)])
    (unit,) = build_units(claims, {art.id: art})
    assert bare_denial(unit) is bare


@pytest.mark.parametrize("sep", [", ", " -- "])
def test_an_apposed_bare_denial_answers_the_statement_it_follows(sep: str) -> None:
    """'she is the victim of a judicial vendetta, a charge the authorities deny': the
    denial joins the statement before it in its sentence, not the article's lead."""
    lead = "the government had seized the consulate illegally"
    first = "she is the victim of a judicial vendetta"
    denial = "a charge the authorities deny"
    body = f"Norland said {lead}. The lawyer said {first}{sep}{denial}."
    art, claims = _claims(body, [(lead, "Norland", "NL", Stance.ASSERTS),
                                 (first, "Maren Oste", "XB", Stance.ASSERTS),
                                 (denial, "Valdoria", "VD", Stance.DENIES)])
    groups = [{c.id for c in g} for g in cluster_claims(claims, [art])]
    assert {"a1#1", "a1#2"} in [g & {"a1#1", "a1#2"} for g in groups]
    assert not any({"a1#0", "a1#2"} <= g for g in groups)


def test_a_bare_denial_never_answers_its_own_speaker() -> None:
    """A bare denial right after its own speaker's statement does not join it."""
    first = "the vote was fair"
    denial = "an allegation the council rejected"
    body = f"The council said {first}, {denial}."
    art, claims = _claims(body, [(first, "The council", "XC", Stance.ASSERTS),
                                 (denial, "The council", "XC", Stance.DENIES)])
    groups = [{c.id for c in g} for g in cluster_claims(claims, [art])]
    assert not any({"a1#0", "a1#1"} <= g for g in groups)


def _report(aid: str, said: list[tuple[str, str, Stance, str]]) -> tuple[Article, list[Claim]]:
    """An article reporting each statement as '<speaker> said that <content>.'."""
    body, spans = "Eritrean troops in Axum, Tigray.", []
    for name, pid, stance, text in said:
        prefix = f" {name} said that "
        spans.append((len(body) + len(prefix), text, name, pid, stance))
        body += prefix + text + "."
    art = Article(id=aid, source=f"{aid}.txt", body=body)
    kind = {"ER": PartyKind.STATE}
    return art, [Claim.of(art, s, s + len(t), id=f"{aid}#{n}", stance=st,
                          speaker=Speaker(name=name, party=Party(
                              id=pid, kind=kind.get(pid, PartyKind.ORGANISATION), name=pid)))
                 for n, (s, t, name, pid, st) in enumerate(spans)]


def test_a_denial_of_a_report_elsewhere_answers_its_lead_finding() -> None:
    """A denial naming a report's author in another article ("Amnesty's allegations")
    joins the author's lead allegation against the denier, not its latest one."""
    a1, c1 = _report("r1", [
        ("Amnesty International", "Amnesty International", Stance.ASSERTS,
         "Eritrean troops killed hundreds of civilians in Axum"),
        ("Amnesty International", "Amnesty International", Stance.ASSERTS,
         "Eritrea supplied weapons to militias in Tigray"),
    ])
    a2, c2 = _report("r2", [
        ("Eritrea", "ER", Stance.DENIES,
         "Amnesty's allegations about Axum in Tigray are a rehash of propaganda"),
    ])
    groups = [{c.id for c in g} for g in cluster_claims(c1 + c2, [a1, a2])]
    assert any({"r1#0", "r2#0"} <= g for g in groups)
    assert not any({"r1#1", "r2#0"} <= g for g in groups)


def _articles(parts: list[tuple[str, list[tuple[str, str, str, Stance]]]],
              lead: str) -> tuple[list[Article], list[Claim]]:
    """One article per (id, [(content, speaker, party id, stance)]), each content reported
    as '<speaker> said <content>.' after the shared lead."""
    arts, claims = [], []
    for aid, said in parts:
        body = lead + "".join(f" {name} said {text}." for text, name, _, _ in said)
        art = Article(id=aid, source=f"{aid}.txt", body=body)
        arts.append(art)
        for n, (text, name, pid, stance) in enumerate(said):
            start = body.index(f" said {text}.") + len(" said ")
            claims.append(Claim.of(art, start, start + len(text), id=f"{aid}#{n}",
                                   stance=stance, speaker=Speaker(name=name,
                                                                  party=_state(pid))))
    return arts, claims


_RAID = "Norland and Valdoria quarrel after police raided the Norland embassy in Valdoria."


@pytest.mark.parametrize("deed", ["Nobody was attacked", "no diplomat was assaulted"])
def test_a_denied_deed_answers_the_statement_naming_it_not_the_articles_lead(
        deed: str) -> None:
    """A denial that names a deed no framed allegation names ('Nobody was attacked')
    answers the statement of that deed reported elsewhere ('diplomats had been hurt'),
    not its own article's framed allegation, nor the same speaker's denial before it."""
    arts, claims = _articles([
        ("d1", [("Valdoria had violated the embassy's immunity", "Norland", "NL",
                 Stance.ASSERTS),
                ("several Norland diplomats had been hurt during the raid", "Norland", "NL",
                 Stance.ASSERTS)]),
        ("d2", [("Valdoria did not violate the embassy's immunity", "Valdoria", "VD",
                 Stance.DENIES),
                (deed, "Valdoria", "VD", Stance.DENIES)]),
    ], _RAID)
    groups = [{c.id for c in g} for g in cluster_claims(claims, arts)]
    assert any({"d1#1", "d2#1"} <= g for g in groups)
    assert not any({"d1#0", "d2#1"} <= g for g in groups)


@pytest.mark.parametrize(("word", "klass"), [
    ("executive", frozenset()),
    ("protective", frozenset()),
    ("executed", frozenset({"=harm"})),
    ("protected", frozenset({"=shelter"})),
])
def test_an_adjective_ending_names_no_predicate_class(word: str,
                                                      klass: frozenset[str]) -> None:
    """'executive' and 'protective' share a stem with 'execute' and 'protect' but name
    no act: only the verb and its nouns stand for the predicate class."""
    assert predicate_classes(f"the {word} council") == klass


def test_a_denied_deed_answers_the_other_sides_statement_not_its_own() -> None:
    """'No vessel was threatened' answers another side's 'Valdorian vessels had
    threatened ...', not the denier's own statement of the same deed in its article."""
    arts, claims = _articles([
        ("t1", [("Valdorian vessels had threatened the Norland supply ships", "Norland",
                 "NL", Stance.ASSERTS)]),
        ("t2", [("both countries had agreed to refrain from threats", "Valdoria", "VD",
                 Stance.ASSERTS),
                ("No vessel was threatened during the patrol", "Valdoria", "VD",
                 Stance.DENIES)]),
    ], _RAID)
    groups = [{c.id for c in g} for g in cluster_claims(claims, arts)]
    assert any({"t1#0", "t2#1"} <= g for g in groups)
    assert not any({"t2#0", "t2#1"} <= g for g in groups)


_BOMBING = "Valdoria and Norland quarrel after the bombing of a border market in Norland."


@pytest.mark.parametrize(("first", "second"), [
    ("denied any role", "rejected the charge"),
    ("has nothing to do with it", "called the allegations baseless"),
])
def test_one_sides_bare_denials_across_a_story_deny_one_charge(first: str,
                                                              second: str) -> None:
    """Two articles blame Valdoria for the bombing in other words, and in each Valdoria
    denies the charge as a whole: the bare denials deny one thing, so both allegations
    and both denials are one proposition."""
    arts, claims = _articles([
        ("b1", [("Valdoria was behind the bombing of the market", "Norland", "NL",
                 Stance.ASSERTS),
                (first, "Valdoria", "VD", Stance.DENIES)]),
        ("b2", [("the attackers were trained and armed across the border", "Norland",
                 "NL", Stance.ASSERTS),
                (second, "Valdoria", "VD", Stance.DENIES)]),
    ], _BOMBING)
    groups = [{c.id for c in g} for g in cluster_claims(claims, arts)]
    assert {"b1#1", "b2#1"} <= next(g for g in groups if "b1#1" in g)


def test_bare_denials_keeping_different_words_deny_different_charges() -> None:
    """'the hacking allegations were baseless' and 'the allegations of meddling were
    unfounded' each keep a word of what they deny: two charges, not one."""
    arts, claims = _articles([
        ("b1", [("the hacking allegations were baseless", "Valdoria", "VD",
                 Stance.DENIES)]),
        ("b2", [("the allegations of meddling were unfounded", "Valdoria", "VD",
                 Stance.DENIES)]),
    ], _BOMBING)
    groups = [{c.id for c in g} for g in cluster_claims(claims, arts)]
    assert not any({"b1#0", "b2#0"} <= g for g in groups)


@pytest.mark.parametrize("text", ["denied any role", "rejected any involvement",
                                  "said it had no link to it"])
def test_a_denial_of_a_part_in_general_is_bare(text: str) -> None:
    """'any role', 'any involvement', 'no link': a side's part in general names nothing
    it denies of its own."""
    art, claims = _claims(f"Officials {text}.", [(text, "Officials", "XA", Stance.DENIES)])
    (unit,) = build_units(claims, {art.id: art})
    assert bare_denial(unit)


_RAID_STORY = "Chile and Peru quarrel after gunmen attacked a border town in Peru."


@pytest.mark.parametrize(("behind", "backing"), [
    ("Chile is behind the attack on the town", "Chile backs the gunmen"),
    ("Chile is attacking us through the rebels", "Chile has armed the rebels"),
])
def test_backing_a_group_and_being_behind_its_attack_are_one_charge(behind: str,
                                                                   backing: str) -> None:
    """'X is behind the attack' and 'X backs the gunmen' in two articles of one story name
    one side responsible for what the group did: one proposition."""
    arts, claims = _articles([
        ("b1", [(behind, "Peru", "PE", Stance.ASSERTS)]),
        ("b2", [(backing, "Peru", "PE", Stance.ASSERTS)]),
    ], _RAID_STORY)
    groups = [{c.id for c in g} for g in cluster_claims(claims, arts)]
    assert any({"b1#0", "b2#0"} <= g for g in groups)


def test_supplying_a_state_is_no_backing_of_a_group() -> None:
    """'X supplies shells to Y' (a state receiving) is not the charge of being behind an
    armed group's attack."""
    arts, claims = _articles([
        ("b1", [("Chile is behind the attack on the town", "Peru", "PE",
                 Stance.ASSERTS)]),
        ("b2", [("Chile supplied shells to Bolivia", "Peru", "PE", Stance.ASSERTS)]),
    ], _RAID_STORY)
    groups = [{c.id for c in g} for g in cluster_claims(claims, arts)]
    assert not any({"b1#0", "b2#0"} <= g for g in groups)
