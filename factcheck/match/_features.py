"""What a claim's content states, as a small frame: the matcher's features.

A frame names the action class (from the lexicon's cues) and fills its
slots with normalized party ids: who did it (``culprits``), who gives to whom
(``givers`` -> ``receivers``), who acts (``agents``) or what an opinion is
about (``topic``). Entities get a role from the words around them, so that a
place ("in eastern Ukraine"), a victim ("Ukrainian civilians"), nationals
("two Russian men") and an accuser ("Russia's allegations") never count as
the one who acted.

Besides who does what, a frame keeps what a proposition is about and when:
the ``sites`` the event happened to (the dam, the nuclear plant, the
pipelines; a bare "the plant" is the site the article is about, and so is a
claim that names none) and its time ``scope`` ("months before the war",
"since 2019", "a new base"). Some readings fill a party the words leave
implicit: "we" is the speaker's side, "they" and "the divers" the party last
named as acting in the text before, whose goods they are says who supplied
them ("the drones are Iranian"), a denied act with no actor is the denier's
own ("denies shelling the plant"), and an act no one is named for
("the blasts were deliberate") has the culprit :data:`UNNAMED`. A leading
condition ("If it is proven that ...") asserts nothing.

General constructions read the same way in any story: "the X side" is the
party X; entering, crossing into or an incursion is presence by whoever
enters (a noun's "of" or "by" names them); harbouring, backing or fighting
alongside a group is a transfer from its backer; whoever orders or asks for
an act is behind it; condemning an act, or calling it a violation, states
the act; a known person's surname alone stands for their side; and a harm
act keeps what it was done to (``targets``: a mosque struck is not an
airport shelled). An act in a clause of circumstance after a main clause
("a sailor lost his thumb when a boat rammed ...") says when, not what the
claim states, and the party of "the border with X" is a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple

import attrs

from factcheck.match._lexicon import Action, Lexicon, lexicon, stem

__all__ = ["SITE_MIN", "UNNAMED", "Frame", "Mention", "Token", "frame_of", "mentions", "site_of",
           "tokenize"]

NAT = "~nat"  # suffix of a party id that names a country's nationals, not its government
UNNAMED = "?"  # the culprit of an act whose actor no one names ("the blasts were deliberate")

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K., U.N.
    r"|[A-Z]\.(?=\s*[A-Z])"  # N. Korea
    r"|['’]s\b"  # possessive / "it's"
    r"|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:['’](?!s\b)[a-z]+)?"  # words, don't, Kim Jong-un
    r"|[^\sA-Za-z0-9]")
_STOP_SCAN = frozenset(".;:!?()[]\"“”")  # the scan for a role or a group stops here


class Token(NamedTuple):
    """A word or punctuation mark, with its offsets in the text."""

    text: str
    low: str
    start: int
    end: int
    capital: bool


@attrs.frozen(kw_only=True)
class Mention:
    """A party named in the text: tokens ``[i, j)``, its id and its role there."""

    pid: str
    i: int
    j: int
    role: str = "agent"
    possessive: bool = False
    person: bool = False  # a leader's name standing for their government


@attrs.frozen(kw_only=True)
class Frame:
    """The checkable content of one claim, as the matcher keys it."""

    klass: str | None = None
    mode: str | None = None
    opinion: bool = False
    acts: frozenset[str] = frozenset()
    culprits: frozenset[str] = frozenset()
    givers: frozenset[str] = frozenset()
    receivers: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()
    topic: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    instance: bool = False
    sites: frozenset[str] = frozenset()  # what the event happened to (dam, plant, pipeline)
    targets: frozenset[str] = frozenset()  # what a harm act was done to ("mosque", "airport")
    scope: frozenset[str] = frozenset()  # time qualifiers ("before the war", "since 2019")
    accusers: frozenset[str] = frozenset()  # party ids and names whose allegation it answers
    entities: frozenset[str] = frozenset()

    @property
    def strong(self) -> bool:
        """Whether the frame alone says which proposition the claim states."""
        if self.mode == "culprit":
            return bool(self.culprits)
        if self.mode == "direction":
            return bool(self.givers or self.receivers)
        if self.mode == "topic":
            return bool(self.topic)
        return self.mode == "agent"


def tokenize(text: str) -> list[Token]:
    """Words and punctuation with their character offsets."""
    return [Token(w, w.lower(), m.start(), m.end(), w[:1].isupper())
            for m in _TOKEN.finditer(text) for w in (m.group(0),)]


def _name_at(toks: Sequence[Token], i: int, lex: Lexicon) -> tuple[str, ...] | None:
    """The longest entity or demonym name starting at token ``i``."""
    for key in lex.starts.get(toks[i].text, ()):
        n = len(key)
        if i + n <= len(toks) and all(toks[i + k].text == key[k] for k in range(1, n)):
            return key
    return None


def _role_from_neighbours(toks: Sequence[Token], i: int, j: int, demonym: bool,
                          lex: Lexicon) -> str:
    """The role a mention plays, read from the words right before and after it."""
    nouns = lex.nouns
    after = [t.low for t in toks[j:j + 3]]
    before = [t.low for t in toks[max(0, i - 2):i] if t.low not in ("the", "a", "an")]
    if demonym and before[-1:] == ["by"]:
        return "byagent"  # "by the Ukrainian side": the side acted
    if demonym or (after and after[0] in nouns["places"]):
        # "Russian soldiers" act, "Ukrainian civilians" suffer, "the Ukrainian city" is a place
        for n, word in enumerate(after[:2]):
            if word in nouns["sides"]:
                break  # "the Kyrgyz side opened fire": the side is the party itself
            if word in nouns["places"]:
                if after[n + 1:n + 2] and after[n + 1] in lex.grammar["compound_heads"]:
                    break  # "the Chinese coast guard": a body, not a place
                return "location"
            if word in nouns["victims"]:
                return "victim"
            if word in nouns["nationals"]:
                return "nationals"
            if word in nouns["observers"]:
                return "observer"  # "Turkish investigators" found or hold evidence, did not act
            if not word.isalpha():
                break
        if demonym and j < len(toks) and toks[j].capital and (toks[j].text,) not in lex.entities:
            return "nationals"  # "a Ukrainian Leonid Kharchenko": a person, not the state
    if (i >= 3 and toks[i - 1].low == "," and toks[i - 2].capital
            and toks[i - 3].low in lex.preps["location"]):
        return "location"  # "in Istanbul, Turkey": the country of a place named before it
    for k in range(i - 1, max(-1, i - 5), -1):
        low = toks[k].low
        if low in _STOP_SCAN or low in lex.grammar["scan_barriers"]:
            break
        for role, words in lex.preps.items():
            if low in words:
                if role == "partner" and k and toks[k - 1].low in nouns["places"]:
                    return "location"  # "near the border with Tajikistan": a place
                return "byagent" if role == "agent" else role
        if toks[k].capital and low not in ("the",):
            break
    return "agent"


def mentions(toks: Sequence[Token], lex: Lexicon | None = None) -> list[Mention]:
    """Every party named in the tokens, with its role."""
    lex = lex or lexicon()
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        pid: str | None = None
        key = _name_at(toks, i, lex)
        n = len(key) if key else 0
        demonym = False
        person = False
        if key in lex.entities:
            pid, kind = lex.entities[key]
            person = kind == "person"
            if kind == "name":
                i += n  # "the Washington Post" names a newspaper, not the US
                continue
        elif key is not None:
            pid, demonym = lex.demonyms[key], True
        elif tok.text in lex.surnames and (i + 1 >= len(toks) or not toks[i + 1].capital):
            pid, person, n = lex.surnames[tok.text], True, 1  # "Arce had asked him"
        if pid is None and "-" in tok.text:
            # "pro-Russian rebels" act for Russia; "Russian-made" only says where from
            head, _, tail = tok.text.partition("-")
            if head.lower() == "pro" and ((tail,) in lex.demonyms or (tail,) in lex.entities):
                pid = lex.demonyms.get((tail,)) or lex.entities[(tail,)][0]
                role = _role_from_neighbours(toks, i, i + 1, False, lex)
                out.append(Mention(pid=pid, i=i, j=i + 1, role=role))
            elif (head,) in lex.demonyms and tail.lower() in ("made", "built", "produced"):
                out.append(Mention(pid=lex.demonyms[(head,)], i=i, j=i + 1, role="owner"))
            i += 1
            continue
        if pid is None:
            i += 1
            continue
        j = i + n
        role = _role_from_neighbours(toks, i, j, demonym, lex)
        if demonym and toks[j - 1].text in lex.plurals and role == "agent":
            role = "nationals"
        if not demonym and _names_a_thing(toks, i, j, lex):
            i = j  # "Havana Syndrome", a "Moscow Metro": a name, not a government
            continue
        possessive = j < len(toks) and toks[j].low in ("'s", "’s")
        out.append(Mention(pid=pid, i=i, j=j, role=role, possessive=possessive, person=person))
        i = j
    return _accusers(toks, _owners(toks, out, lex), lex)


_OPEN_QUOTES = frozenset({'"', "“", "‘", "'"})


def _names_a_thing(toks: Sequence[Token], i: int, j: int, lex: Lexicon) -> bool:
    """Whether a place name only qualifies the noun after it: a capital before a
    capitalised word that names nothing itself ("Havana Syndrome") or before the noun of
    an instrument or a meeting ("the Caracas convention"), or a place name opening a
    quoted term ('the "Havana syndrome"')."""
    if j >= len(toks) or not toks[j].text.isalpha() or toks[j].low in ("s",):
        return False
    nxt = toks[j]
    quoted = i > 0 and toks[i - 1].text in _OPEN_QUOTES and not nxt.capital
    capital = tuple(t.text for t in toks[i:j]) in lex.capitals
    named = (capital and nxt.capital
             and (nxt.text,) not in lex.entities and (nxt.text,) not in lex.demonyms
             and nxt.low not in lex.role_words)
    # "the Caracas convention", "the Minsk agreements": the instrument, in any case
    instrument = capital and nxt.low in lex.grammar["instrument_nouns"]
    return quoted or named or instrument


_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got"})
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been"})
_DETERMINERS = frozenset({"the", "a", "an", "these", "those", "this", "that", "such", "its",
                          "their", "his", "her", "our", "any", "all"})


def _owners(toks: Sequence[Token], found: list[Mention], lex: Lexicon) -> list[Mention]:
    """Mark a party whose weapon is named ("North Korean missiles", "Iran's drones")."""
    weapons = [pat for name, pat in lex.objects if lex.families[name] == "materiel"]
    out = []
    for m in found:
        k = m.j + (1 if m.possessive else 0)
        tail = " ".join(t.low for t in toks[k:k + 3])
        demonym = tuple(t.text for t in toks[m.i:m.j]) in lex.demonyms
        if m.role == "agent" and (demonym or m.possessive) and any(
                p.match(tail) or p.match(tail.split(" ", 1)[-1]) for p in weapons):
            m = attrs.evolve(m, role="owner")
        elif demonym and m.i >= 2 and toks[m.i - 1].low in _COPULAS:
            # "the drones are Iranian": the goods named just before belong to the party
            head = " ".join(t.low for t in toks[max(0, m.i - 4):m.i - 1])
            if any(p.search(head) for p in weapons):
                m = attrs.evolve(m, role="owner")
        out.append(m)
    return out


def _accusers(toks: Sequence[Token], found: list[Mention], lex: Lexicon) -> list[Mention]:
    """Mark a party that made the allegation the claim answers, not the one accused."""
    accusations = lex.nouns["accusations"]
    out: list[Mention] = []
    for m in found:
        before = [t.low for t in toks[max(0, m.i - 4):m.i]]
        accuser = (
            _possessor_of(toks, m.j, accusations)
            or (any(w in accusations for w in before[-3:-1]) and before[-1:] in (
                ["by"], ["from"]))
            or _claimed_of(before, m, accusations)
            or (m.j < len(toks) and toks[m.j].low in accusations and (
                tuple(t.text for t in toks[m.i:m.j]) in lex.demonyms  # "the Russian account"
                or before[-1:] == ["the"]))  # "the Amnesty report": Amnesty's allegation
            or before[-2:] == ["according", "to"]
            or (m.role in ("agent", "byagent") and _accuser_verb_follows(toks, m.j, lex)))
        if not accuser and before[-2:] == ["including", "from"]:
            accuser = bool(out) and out[-1].role == "accuser"
        out.append(attrs.evolve(m, role="accuser") if accuser else m)
    return out


def _claimed_of(before: Sequence[str], m: Mention, accusations: frozenset[str]) -> bool:
    """Whether the mention owns the allegation it follows: "the allegations of the Kyrgyz
    side", "claims by the ministry" ("allegations of Russian interference" names the
    accused: without "the", a party after "of" is what the allegation is about)."""
    if m.possessive or len(before) < 3 or before[-1] != "the":
        return False
    return before[-2] in ("of", "by", "from") and before[-3] in accusations


def _possessor_of(toks: Sequence[Token], j: int, nouns: frozenset[str]) -> bool:
    """Whether ``X ('s | army's | officials') <noun>`` follows: X owns the allegation."""
    for k in range(j, min(j + 4, len(toks))):
        if toks[k].low in ("'s", "’s"):
            return any(t.low in nouns for t in toks[k + 1:k + 3])
        if not toks[k].low.isalpha() or toks[k].capital:
            return False
    return False


def _accuser_verb_follows(toks: Sequence[Token], j: int, lex: Lexicon) -> bool:
    """Whether the party goes on to allege ("Ukraine and its sponsors disclosed ...")."""
    window: list[str] = []
    for t in toks[j:j + 6]:
        if t.low in _STOP_SCAN:
            break
        # "denies the claims": a noun after a determiner, not the party's verb
        window.append("_" if window and window[-1] in _DETERMINERS else t.low)
    text = " ".join(window)
    return bool(lex.accuser_verbs.search(text)) and not any(
        a.pattern.search(text) for a in lex.actions if a.mode in ("culprit", "direction"))


def _names_accused_by(toks: Sequence[Token], lex: Lexicon) -> set[str]:
    """Surnames of people whose allegation the claim answers ("Bortnikov's allegations")."""
    accusations = lex.nouns["accusations"]
    names: set[str] = set()
    for k, t in enumerate(toks):
        if t.low in ("'s", "’s") and k and toks[k - 1].low.isalpha() and any(
                w.low in accusations for w in toks[k + 1:k + 3]):
            names.add(toks[k - 1].text)  # "Bortnikov's allegations", "the official's remarks"
        if t.low in accusations and toks[k + 1:k + 2] and toks[k + 1].low == "by":
            run = []
            for w in toks[k + 2:k + 8]:
                if not w.capital:
                    break
                run.append(w.text)
            if run:
                names.add(run[-1])
    for k in [0] + [k + 1 for k, t in enumerate(toks[:8]) if t.low == "that"]:
        # "(said that) the minister was lying": whoever the minister is
        if (len(toks) > k + 3 and toks[k].low == "the" and toks[k + 1].low.isalpha()
                and not toks[k + 1].capital and toks[k + 1].low not in accusations
                and toks[k + 2].low in _COPULAS
                and lex.denial.search(" ".join(t.low for t in toks[k + 3:k + 6]))):
            names.add(toks[k + 1].low)
    return {n for n in names if (n,) not in lex.entities and (n,) not in lex.demonyms}


@attrs.frozen(kw_only=True)
class _Cue:
    action: Action
    i: int  # first token
    j: int  # token after the cue


def _cues(toks: Sequence[Token], text: str, lex: Lexicon, found: Sequence[Mention],
          denial: bool) -> list[_Cue]:
    """Action cues in the text, outside entity names, in text order."""
    low = text.lower()
    starts = {t.start: k for k, t in enumerate(toks)}
    ends = {t.end: k + 1 for k, t in enumerate(toks)}
    inside = {k for m in found for k in range(m.i, m.j)}
    cues: list[_Cue] = []
    for action in lex.actions:
        if denial and (action.opinion or (action.mode == "topic" and not action.in_denials)):
            # a denial rejects a statement; it voices no opinion and judges nothing
            # ("the attack was staged"), though what it denies may be a violation
            continue
        for m in action.pattern.finditer(low):
            i, j = starts.get(m.start()), ends.get(m.end())
            if i is None or j is None or any(k in inside for k in range(i, j)):
                continue
            if _topic_of(toks, i, lex):
                continue  # "information about the killing" is about information
            if j < len(toks) and toks[j].low in lex.grammar["modifier_heads"]:
                continue  # "a supply ship", "attack helicopters": a kind of thing, no act
            if action.requires_owner and not any(
                    mm.role == "owner" and (j <= mm.i <= j + 4 or 0 <= i - mm.j <= 4)
                    for mm in found):
                continue
            cues.append(_Cue(action=action, i=i, j=j))
    return sorted(cues, key=lambda c: (c.i, -c.action.priority))


def _topic_of(toks: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """Whether the cue at ``i`` is what something is about ("information about the
    killing", "an inquiry into the attack"), not an act the claim states."""
    before = [t.low for t in toks[max(0, i - 3):i] if t.low not in ("the", "a", "an", "this")]
    return bool(before) and before[-1] in lex.grammar["topic_prepositions"]


_ELIGIBLE = frozenset({"agent", "byagent", "source", "owner", "nationals"})


def _pid(m: Mention) -> str:
    return m.pid + NAT if m.role == "nationals" else m.pid


def _group(found: Sequence[Mention], anchor: Mention, toks: Sequence[Token]) -> set[str]:
    """The anchor and the parties coordinated with it ("the US, the UK and Ukraine")."""
    group = {_pid(anchor)}
    coord = lexicon().grammar["coordination"]
    ordered = sorted(found, key=lambda m: m.i)
    k = ordered.index(anchor)
    for step in (-1, 1):
        cur = anchor
        n = k + step
        while 0 <= n < len(ordered):
            nxt = ordered[n]
            lo, hi = (nxt.j, cur.i) if step < 0 else (cur.j, nxt.i)
            between = toks[lo:hi]
            if nxt.role not in _ELIGIBLE or not all(
                    t.low in coord or t.capital for t in between):
                break
            group.add(_pid(nxt))
            cur, n = nxt, n + step
    return group


def _before(found: Sequence[Mention], toks: Sequence[Token], i: int,
            reach: int = 14) -> set[str]:
    """The nearest eligible party before token ``i``, with its coordinated group."""
    cands = [m for m in found if m.j <= i and m.role in ("agent", "nationals", "owner")
             and i - m.j <= reach]
    if not cands:
        return set()
    best = max(cands, key=lambda m: m.j)
    if any(t.low in (".", ";", "?", "!") for t in toks[best.j:i]):
        return set()
    if toks[best.i].low in _WE and any(t.low in _OTHERS for t in toks[best.j:i]):
        return set()  # "we don't know that they are tracking": they, not we
    return _group(found, best, toks)


def _after(found: Sequence[Mention], toks: Sequence[Token], j: int, roles: Iterable[str],
           reach: int = 8) -> set[str]:
    """The first party after token ``j`` in one of ``roles``, with its group."""
    wanted = set(roles)
    for m in sorted(found, key=lambda m: m.i):
        if m.i >= j and m.i - j <= reach and m.role in wanted:
            if any(t.low in (".", ";", "?", "!") for t in toks[j:m.i]):
                return set()
            return _group(found, m, toks)
    return set()


def _objects(text: str, lex: Lexicon) -> frozenset[str]:
    """The object classes the text names (munitions, drones, troops, ...)."""
    low = text.lower()
    return frozenset(name for name, pat in lex.objects if pat.search(low))


def _instance(toks: Sequence[Token], lex: Lexicon) -> bool:
    """Whether the claim is about another instance ("a second balloon", "another one")."""
    for k, t in enumerate(toks):
        if t.low in lex.instance and t.low not in ("other", "new", "further"):
            return True
        if t.low == "another" or (t.low in lex.instance and t.low != "new" and k
                                   and toks[k - 1].low in ("a", "the")):
            return True
    return False


def _segment(text: str, lex: Lexicon) -> str:
    """For a denial: the content before its denial word, when that part states an action."""
    m = lex.denial.search(text.lower())
    if m is None or m.start() == 0:
        return text
    head = text[:m.start()]
    low = head.lower()
    if any(a.pattern.search(low) for a in lex.actions
           if not a.opinion and a.mode in ("culprit", "direction")):
        return head
    return text


STANCE_PRIORITY = 65  # cues from here up (opinions, responses, violations) win by priority


def frame_of(text: str, *, denial: bool = False, speakers: Iterable[str] = (),
             context: str = "", cue: str | None = None, site: str | None = None) -> Frame:
    """The frame of a claim's content.

    ``speakers`` are the speaking parties (an opinion is about others, a
    promise binds the speaker's side); ``context`` is the text just before the
    claim in its article, where "the isolated, communist country" is named;
    ``cue`` is the attribution: an opinion verb makes the claim an opinion
    ("the EU condemned | the attack on the dam"), and an accusing verb gives
    the culprit when the content names no action ("blamed | Russia"). A
    denial is read up to its denial word and voices no opinion; when it names
    no culprit the matcher finds the allegation it answers (``_clustering``).
    ``site`` is what the article is mostly about (see :func:`site_of`): "the
    plant" is that site, and a claim that names no site is about it.
    """
    said = _frame(cue, False, (), "", None) if cue and not denial else None
    if said is not None and said.opinion and said.mode == "topic":
        # "condemned | the attack on the dam": an opinion about what the content says
        return _frame(f"{cue} {text}", denial, speakers, context, site)
    frame = _frame(text, denial, speakers, context, site)
    if frame.klass is None and cue and not (denial and lexicon().denial.search(text.lower())):
        # ("accused) the United States of spreading rumours": a denial names no culprit
        cued = _frame(f"{cue} {text}", denial, speakers, context, site)
        if cued.klass is not None and cued.mode == "culprit":
            return cued  # "blamed | Russia for the poisonings"
    return frame


def _site_hits(low: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Sites named in lower-cased text, longest name first: "hydroelectric power plant"
    is the dam, not a power plant."""
    if not lex.any_site.search(low):
        return []
    hits = sorted(((m.start(), m.end(), name) for name, pat in lex.sites
                   for m in pat.finditer(low)), key=lambda h: (h[0] - h[1], h[0]))
    kept: list[tuple[int, int, str]] = []
    for start, end, name in hits:
        if all(end <= a or start >= b for a, b, _ in kept):
            kept.append((start, end, name))
    return kept


def _sites(text: str, lex: Lexicon, site: str | None) -> frozenset[str]:
    """The sites the text names; a generic "the plant" is the article's own site."""
    low = text.lower()
    kept = _site_hits(low, lex)
    out = {name for _, _, name in kept if not name.startswith("_")}
    if site and any(all(m.end() <= a or m.start() >= b for a, b, _ in kept)
                    for m in lex.generic_sites.finditer(low)):
        out.add(site)
    return frozenset(out)


SITE_MIN = 2  # weighted mentions from which a site is what an article is about


def site_of(title: str, lead: str, body: str) -> str | None:
    """The site an article is about: the one named most (headline and lead count more),
    at least :data:`SITE_MIN` times and more often than any other; else None."""
    lex = lexicon()
    weight: dict[str, int] = {}
    for text, w in ((title, 3), (lead, 2), (body, 1)):
        for _, _, name in _site_hits(text.lower(), lex):
            if not name.startswith("_"):
                weight[name] = weight.get(name, 0) + w
    ranked = sorted(weight.values(), reverse=True)
    if not ranked or ranked[0] < SITE_MIN or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return max(weight, key=lambda k: (weight[k], k))


def _scoped(text: str, lex: Lexicon) -> tuple[str, frozenset[str]]:
    """The text with its time qualifiers blanked out, and their tags: "months before the
    invasion" says when, and names no invasion and no invader."""
    low = text.lower().replace("’", "'")
    tags = set()
    chars = list(text)
    for tag, _strict, pat in lex.scopes:
        for m in pat.finditer(low):
            tags.add(tag)
            if tag == "before":
                chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars), frozenset(tags)


_IF = re.compile(r"""^\W*(?:if|unless)\b[^,;:.!?]*,""", re.IGNORECASE)


def _unconditional(text: str) -> str:
    """An assertion without its leading condition: "If it is proven that Russia used
    Iranian drones, we will not remain indifferent" asserts no use of drones. (A denial
    keeps it: "If Russian agents had wanted to poison him, they would have" denies.)"""
    m = _IF.match(text)
    return " " * m.end() + text[m.end():] if m else text


# an act judged under these is not taken as done ("supplies would violate the resolutions")
_HYPOTHETICAL = frozenset({"would", "could", "may", "might", "if", "potential",
                           "potentially", "possible"})
# what may stand before a denied act whose subject is the denier: "it does not", "we
# never", or nothing ("harbouring the group")
_OWN_SUBJECT = frozenset({"it", "we", "does", "do", "did", "has", "have", "had", "is", "are",
                          "was", "were", "will", "would", "not", "n't", "never", "no",
                          "longer", "ever", "also", "and"})
_OPEN = frozenset({"not", "no", "never", "n't", "who", "whoever", "whether", "if"})
_SOMEONE_ELSE = frozenset({"whoever", "those", "someone", "somebody", "others"})
_NO_ONE = frozenset({"nobody", "noone"})  # and "no one": nobody the act was done to
_WE = frozenset({"we", "our", "ours", "ourselves"})
_OTHERS = frozenset({"they", "them", "their"})


def _own_mentions(toks: Sequence[Token], found: list[Mention], own: frozenset[str],
                  lex: Lexicon) -> list[Mention]:
    """"We" and "our" in a speaker's words stand for the speaker's side."""
    if len(own) != 1:
        return found
    pid = next(iter(own))
    extra = [Mention(pid=pid, i=k, j=k + 1, role=_role_from_neighbours(toks, k, k + 1, False,
                                                                          lex))
             for k, t in enumerate(toks) if t.low in _WE]
    return sorted([*found, *extra], key=lambda m: m.i) if extra else found


def _frame(text: str, denial: bool, speakers: Iterable[str], context: str,
           site: str | None) -> Frame:
    lex = lexicon()
    own = frozenset(p for p in speakers if p and p != "unknown")
    seg = _segment(text, lex) if denial else _unconditional(text)
    seg, scope = _scoped(seg, lex)
    toks = tokenize(seg)
    found = _own_mentions(toks, mentions(toks, lex), own, lex)
    accusers = {m.pid for m in found if m.role == "accuser"} | _names_accused_by(toks, lex)
    # a claim that names no site is about the article's ("a bomb dropped by an army
    # plane caused the tragedy": the plane is a means, the hospital the site)
    sites = _sites(seg, lex, site) or (frozenset({site}) if site else frozenset())
    base = Frame(objects=_objects(seg, lex), instance=_instance(toks, lex), sites=sites,
                 scope=scope, accusers=frozenset(accusers),
                 entities=frozenset(m.pid for m in found))
    cues = _main_cues(toks, _cues(toks, seg, lex, found, denial), lex)
    if not cues:
        return _present(base, toks, found, own, lex) or _owned(base, found, own)
    stance = [c for c in cues if c.action.priority >= STANCE_PRIORITY]
    if stance:
        # an opinion or a response frames everything it is about
        top = max(c.action.priority for c in stance)
        head = next(c for c in stance if c.action.priority == top)
        frame = _fill(base, head, cues, toks, found, own, context)
        if head.action.presupposes and not any(t.low in _HYPOTHETICAL for t in toks):
            frame = _judged_act(base, head, cues, toks, found, own, context) or frame
    else:
        # the first action that names its party is the claim's main predicate
        frames = [_fill(base, c, cues, toks, found, own, context) for c in cues]
        # ("Putin ordered a campaign to influence the vote": the ordering is a fallback)
        frame = next((f for f, c in zip(frames, cues, strict=True)
                      if f.strong and not c.action.fallback), None) or next(
            (f for f in frames if f.strong), frames[0])
        verdict = lex.denial.search(text.lower())
        if (denial and not frame.strong and own and not (verdict and verdict.start() > 0)
                and not any(t.low in _SOMEONE_ELSE for t in toks)):
            # "(Moscow) denies shelling the plant": a denied act with no actor named is
            # the denier's own ("the attack was staged" judges a story instead)
            acted = [f for f in frames if f.mode == "culprit" and f.acts]
            given = [f for f, c in zip(frames, cues, strict=True) if f.mode == "direction"
                     and c.action.subject == "giver" and not f.givers
                     and all(t.low in _OWN_SUBJECT for t in toks[:c.i])]
            if acted and not _no_one(toks):
                frame = attrs.evolve(acted[0], culprits=own)
            elif given and verdict is None:
                # "(Kabul) does not allow anyone to use its soil": a denied giving with
                # no giver named is the denier's own (not "no evidence supported the
                # claims": a lack of evidence denies someone else's claim)
                frame = attrs.evolve(given[0], givers=own - given[0].receivers)
    if denial and frame.mode == "topic" and not frame.topic and found:
        # "the reports that Tajik units violated the ceasefire are a fabrication" (said by
        # Tajikistan): a denial is about whoever it names, its own side included
        frame = attrs.evolve(frame, topic=frozenset(m.pid for m in found))
    if frame.strong:
        return frame
    return _present(base, toks, found, own, lex) or _owned(frame, found, own)


_CIRCUMSTANCE = frozenset({"when", "while", "whereas", "because"})


def _main_cues(toks: Sequence[Token], cues: list[_Cue], lex: Lexicon) -> list[_Cue]:
    """The cues of the claim's main clause: an act in a clause of circumstance after a
    main clause with a verb of its own ("a sailor lost his thumb when a boat rammed
    ...") is when it happened, not what the claim states."""
    for s, t in enumerate(toks):
        if t.low in _CIRCUMSTANCE and s >= 3 and any(
                w.low in _AUXILIARIES or w.low.endswith("ed") or w.low in lex.irregular
                for w in toks[1:s]):
            return [c for c in cues if c.j <= s]
    return cues


def _judged_act(base: Frame, head: _Cue, cues: Sequence[_Cue], toks: Sequence[Token],
                found: Sequence[Mention], own: frozenset[str], context: str) -> Frame | None:
    """The act a judgement takes as done, when it names who did it: "condemned the entry
    of Venezuelan naval vessels into Guyana's waters", "the incursion was unacceptable",
    "the incursion by X's vessel was a violation of international law" state the act
    (the judgement aside); a hypothetical one ("would violate") states nothing."""
    for cue in cues:
        if cue.action.priority >= STANCE_PRIORITY:
            continue
        frame = _fill(base, cue, cues, toks, found, own, context)
        if frame.strong and frame.mode in ("culprit", "direction") and not frame.opinion:
            return frame
    return None


_PRESENCE_REACH = 6  # tokens from the forces to the place they are in


def _present(base: Frame, toks: Sequence[Token], found: Sequence[Mention],
             own: frozenset[str], lex: Lexicon) -> Frame | None:
    """Presence read by structure: a party's forces in a place ("Eritrean forces in
    Tigray", "its soldiers are in Tigray", "X had fighters in Y", "the presence of
    Eritrean troops", "no Eritrean troops in Tigray"). The party whose forces they are
    is the culprit, the place (when named) the site."""
    forces = lex.nouns["forces"]
    links, heads = lex.grammar["presence_links"], lex.grammar["presence_heads"]
    for k, t in enumerate(toks):
        if t.low not in forces:
            continue
        party, after = _force_owner(toks, k, found, own, links)
        if not party:
            continue
        place = _presence_place(toks, after, found, links, heads)
        if place is None and not any(w.low in lex.grammar["presence_nouns"]
                                     for w in toks[max(0, k - 4):k]):
            continue  # "the presence of Eritrean troops" needs no place
        sites = frozenset({place}) if place else base.sites
        return attrs.evolve(base, klass="presence", mode="culprit", culprits=frozenset(party),
                            acts=frozenset(), sites=sites)
    return None


def _force_owner(toks: Sequence[Token], k: int, found: Sequence[Mention],
                 own: frozenset[str], links: frozenset[str]) -> tuple[set[str], int]:
    """Whose forces the noun at ``k`` names, and the token after the phrase: "Eritrean
    forces", "Eritrea's forces", "its/their soldiers" (the speaker's side), "X had
    fighters", "troops from Eritrea"."""
    for m in found:
        if m.role in ("location", "victim", "accuser", "observer"):
            continue
        gap = [t.low for t in toks[m.j + (1 if m.possessive else 0):k]]
        if m.j <= k and (not gap or (m.role == "agent" and len(gap) <= 2
                                     and all(w in links for w in gap))):
            return {_pid(m).removesuffix(NAT)}, k + 1
    if k and toks[k - 1].low in ("its", "their") and len(own) == 1:
        return set(own), k + 1
    if k + 1 < len(toks) and toks[k + 1].low == "from":
        for m in found:
            if k + 2 <= m.i <= k + 3:
                return {m.pid.removesuffix(NAT)}, m.j
    return set(), k + 1


def _presence_place(toks: Sequence[Token], j: int, found: Sequence[Mention],
                    links: frozenset[str], heads: frozenset[str]) -> str | None:
    """The place named after forces ("... are present in Tigray"): the party id or the
    capitalised name after "in", "inside" or "entered"; "" for a place not named ("in
    the area"); None when no place follows."""
    k = j
    while k < len(toks) and k - j < _PRESENCE_REACH and toks[k].low in links:
        k += 1
    if k >= len(toks) or toks[k].low not in heads:
        return None
    for n in range(k + 1, min(len(toks), k + 6)):
        tok = toks[n]
        if tok.low in _STOP_SCAN or tok.low == ",":
            break
        m = next((m for m in found if m.i == n), None)
        if m is not None:
            return m.pid.removesuffix(NAT)
        if tok.capital:
            return tok.low
    return ""


def _no_one(toks: Sequence[Token]) -> bool:
    """Whether the claim denies that the act happened to anyone ("Nobody was attacked",
    "no one was hurt"): that denies the event, not the denier's own part in it, so the
    denial answers whoever is accused of it."""
    lows = [t.low for t in toks]
    return bool(_NO_ONE & set(lows)) or any(
        a == "no" and b in ("one", "body") for a, b in pairwise(lows))


def _owned(frame: Frame, found: Sequence[Mention], own: frozenset[str]) -> Frame:
    """A claim that only says whose goods they are ("the drones are Iranian", "debris
    of Iranian-made drones") says that party supplied them; one's own goods say nothing."""
    owners = frozenset(m.pid for m in found if m.role == "owner") - own
    if not owners or frame.opinion:
        return frame
    return attrs.evolve(frame, klass="transfer", mode="direction", givers=owners,
                        receivers=frozenset(), acts=frozenset())


def _fill(base: Frame, cue: _Cue, cues: Sequence[_Cue], toks: Sequence[Token],
          found: Sequence[Mention], own: frozenset[str], context: str) -> Frame:
    """The frame ``cue`` heads, its slots filled from the parties around it."""
    action = cue.action
    same = [c for c in cues if c.action.klass == action.klass]
    best = max(c.action.priority for c in same)
    acts = frozenset(c.action.act for c in same if c.action.act and c.action.priority == best)
    frame = attrs.evolve(base, klass=action.klass, mode=action.mode,
                         opinion=action.opinion, acts=acts)
    if action.mode == "topic":
        return attrs.evolve(frame, topic=frozenset(m.pid for m in found) - own)
    if action.mode == "agent":
        agents = _before(found, toks, cue.i, reach=6) or set(own)
        return attrs.evolve(frame, agents=frozenset(agents))
    # the cue's own phrase ends where the next action begins ("provide ... that the strike
    # was done by X": X did the strike, not the providing)
    nxt = min((c.i for c in cues if c.i >= cue.j), default=len(toks))
    reach = max(0, min(10, nxt - cue.j))
    by = _after(found, toks, cue.j, ("byagent",), reach=reach)
    # a party before an earlier cue is that cue's ("X blamed each other for the attack":
    # X did the blaming, not the attack)
    # (but one ordering it is its author: "Putin ordered an influence campaign")
    prev = max((c.j for c in cues if c.j <= cue.i and not c.action.fallback), default=0)
    back = _before([m for m in found if m.i >= prev], toks, cue.i)
    if action.mode == "culprit":
        if action.object_first:
            # "X was blamed" names the culprit before the cue; "X blamed" its accuser
            passive = cue.i > 0 and toks[cue.i - 1].low in _PASSIVE
            culprits = _after(found, toks, cue.j, ("agent", "nationals", "owner",
                                                   "destination", "target"), reach=reach) or (
                back if passive else set())
        elif action.of_agent and toks[cue.j:cue.j + 1] and toks[cue.j].low == "of" and (
                of := _after(found, toks, cue.j + 1, ("agent", "nationals", "owner"),
                             reach=4)):
            # "the entry of Venezuelan vessels": the noun of an act with no patient takes
            # its actor after "of", whoever is named before it
            culprits = of
        else:
            culprits = by or back or _after(found, toks, cue.i, ("source",), reach=10)
        if not culprits:
            culprits = _accused_by_noun(found, toks, cue.i)
        if not culprits:
            culprits = _subject_antecedent(toks, cue.i, context, own)
        if (not culprits and not found and action.klass == "harm"
                and any(t.low in lexicon().nouns["events"] for t in toks)
                and not any(t.low in _OPEN for t in toks)):
            # "the blasts were deliberate": an act, its actor unnamed (not "it could not
            # confirm who was behind the blasts": that says nothing)
            culprits = {UNNAMED}
        # (what an act was done to; "behind", "ordered" and the like name no act)
        targets = (_targets(toks, cue.j) if action.klass == "harm" and action.act
                   else frozenset())
        return attrs.evolve(frame, culprits=frozenset(culprits), targets=targets)
    # direction: the subject gives (or receives); "by X" makes it passive
    forward = _after(found, toks, cue.j, ("agent",), reach=min(6, reach))
    subject, obj = (by, back) if by else (back, forward)
    if not subject:
        subject = _pronoun_subject(found, toks, cue.i, own)
    near = [m for m in found if cue.i <= m.i <= cue.j + 8]
    to = {m.pid for m in near if m.role == "destination"}
    src = {m.pid for m in near if m.role in ("source", "partner")}
    owners = {m.pid for m in found if m.role == "owner" and m.i >= cue.j}
    if action.requires_owner:
        # "Iranian drones are being used": the maker of the goods is not their user, and
        # one's own goods ("our troops use Russian-made equipment") name no supplier
        made = {m.pid for m in found if m.role == "owner"}
        subject, owners = subject - made, made - own
    if action.subject == "none":
        subject = set()  # "shooting down Iranian drones": the shooter is no party to it
    if _anaphor_after(toks, cue.j) and not obj:
        to = _antecedent(context, own | subject) or to
    if action.subject == "giver":
        givers, receivers = subject | src, (obj or to)
    else:
        receivers, givers = subject, (obj - subject) | src | owners
    frame = attrs.evolve(frame, givers=frozenset(givers - receivers),
                         receivers=frozenset(receivers),
                         targets=_recipient(toks, cue.j) if action.keeps_recipient
                         else frozenset())
    if not frame.givers and not frame.objects:
        return attrs.evolve(frame, receivers=frozenset())  # "give X confidence": no goods
    return frame


_TARGET_LEADS = frozenset({"on", "at", "against", "upon", "only", "directly", "deliberately",
                           "indiscriminately", "repeatedly"})
_CLOSE_QUOTES = frozenset({'"', "”", "’", "'"})
_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me", "you", "himself", "herself",
                       "themselves", "itself", "anyone", "anybody", "everyone", "nobody"})
_PEOPLE = "_people"  # the target of a harm act done to people of any kind


_GROUP, _INDIVIDUALS = "_group", "_individuals"  # whom backing is given to
_RECIPIENT_LEADS = frozenset({"for", "to"})  # "a haven for terrorists"


def _recipient(toks: Sequence[Token], j: int) -> frozenset[str]:
    """Whom the backing after token ``j`` is given to, as a kind: an armed group
    ("shelters the rebel group", "a haven for terrorists") or individuals ("sheltering
    the plotters of a failed coup", "harbouring a fugitive wanted for fraud"): the last
    word of the phrase of either kind. Harbouring a movement and harbouring a few people
    are two allegations; a name or another noun says neither."""
    if j < len(toks) and toks[j].low in _RECIPIENT_LEADS:
        j += 1
    nouns = lexicon().nouns
    for t in reversed(_phrase(toks, j)):
        if t.low in nouns["armed_groups"]:
            return frozenset({_GROUP})
        if t.low in nouns["individuals"]:
            return frozenset({_INDIVIDUALS})
    return frozenset()


def _targets(toks: Sequence[Token], j: int) -> frozenset[str]:
    """What the harm act after token ``j`` was done to: the last word of the noun phrase
    that follows it ("struck a mosque in the village": mosque; "fired on Tajik villages":
    village; "a strike by a drone on the mosque": mosque), stemmed. People of any kind are
    one target; a name (capitalised) or no phrase gives none."""
    head = _phrase_head(toks, j)
    grammar = lexicon().grammar
    if (head is None or head.capital or head.low.endswith(("ing", "ly", "ed"))
            or head.low in grammar["country_words"] or head.low in _PRONOUNS):
        return frozenset()  # a name, a pronoun, no noun, or the country as a whole
    nouns = lexicon().nouns
    people = nouns["victims"] | nouns["nationals"]
    return frozenset({_PEOPLE if head.low in people else stem(head.low)})


def _phrase_head(toks: Sequence[Token], j: int) -> Token | None:
    """The last word of the noun phrase after token ``j`` (after "by <agent>" and any
    preposition or adverb that leads to it); "hundreds of X" has X as its head."""
    words = _phrase(toks, j)
    return words[-1] if words else None


def _phrase(toks: Sequence[Token], j: int) -> list[Token]:
    """The words (no determiners or numbers) of the noun phrase after token ``j``."""
    lex = lexicon()
    grammar = lex.grammar
    ends = grammar["phrase_ends"]
    k = j
    if k < len(toks) and toks[k].low == "by":  # "a strike by a Kyrgyz drone on ..."
        k += 1
        while k < len(toks) and toks[k].low not in ends and toks[k].low not in _STOP_SCAN:
            k += 1
    adverbs = grammar["adverbs"]
    while k < len(toks) and (toks[k].low in _TARGET_LEADS or toks[k].low in adverbs
                             or toks[k].low.endswith("ly")):
        k += 1
    words: list[Token] = []
    while k < len(toks):
        t = toks[k]
        if t.text in _OPEN_QUOTES or t.text in _CLOSE_QUOTES:
            k += 1  # 'killed "many hundreds" of civilians'
            continue
        if (t.low in _STOP_SCAN or t.low in ends or t.low in adverbs
                or not t.text[:1].isalnum()):
            if t.low == "of" and words and words[-1].low in grammar["quantity_nouns"]:
                words, k = [], k + 1  # "hundreds of civilians": the civilians
                continue
            break
        if t.low not in _DETERMINERS and not t.low.isdigit():
            words.append(t)
        k += 1
    return words


def _accused_by_noun(found: Sequence[Mention], toks: Sequence[Token], i: int) -> set[str]:
    """The party an allegation is "against" ("the accusations against Russia of
    involvement"): the accused, named before the act."""
    accusations = lexicon().nouns["accusations"]
    for m in sorted(found, key=lambda m: -m.i):
        if (m.j <= i and m.i >= 2 and toks[m.i - 1].low == "against"
                and toks[m.i - 2].low in accusations):
            return {m.pid}
    return set()


_PRONOUN_REACH = 4  # tokens from a subject pronoun to the act it does


def _pronoun_subject(found: Sequence[Mention], toks: Sequence[Token], i: int,
                     own: frozenset[str]) -> set[str]:
    """Who "they" or "them" before an act are: the party named last before the
    pronoun in the claim ("use our leverage with the UAE and get them to stop aiding
    the RSF": the UAE aids), never the speaker's own side."""
    for k in range(i - 1, max(-1, i - 1 - _PRONOUN_REACH), -1):
        if toks[k].low in _STOP_SCAN:
            return set()
        if toks[k].low in _OTHERS - {"their"}:
            cands = [m for m in found if m.j <= k and m.pid not in own and not m.person
                     and m.role in ("agent", "partner", "nationals")]
            return {cands[-1].pid} if cands else set()
    return set()


def _anaphor_after(toks: Sequence[Token], j: int) -> bool:
    """Whether a definite description ("to the isolated, communist country") follows."""
    nouns = lexicon().nouns["anaphora"]
    window = [t.low for t in toks[j:j + 7]]
    return "the" in window[:3] and any(w in nouns for w in window)


_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "been", "be",
                          "would", "will", "did", "also", "then", "again"})
_TIME_ADVERBS = frozenset({"since", "then", "later", "also", "again", "already", "still"})
_SELF = frozenset({"it", "we"})  # the subject of reported speech that is the speaker's side
_SUBJECT_REACH = 4  # tokens from the claim's start to its cue, for a pronoun subject


def _subject_antecedent(toks: Sequence[Token], i: int, context: str,
                        own: frozenset[str]) -> set[str]:
    """Who "they" or "the divers" before the cue are, from the text before the claim:
    the party last named as acting ("Ukrainian forces had fired ..., claiming they had
    targeted"; "U.S. Navy divers destroyed ... the divers planted explosives")."""
    if not 0 < i <= _SUBJECT_REACH:
        return set()  # only the subject right before the cue: "they had targeted"
    if (toks[0].low in _SELF and len(own) == 1
            and all(t.low in _AUXILIARIES or t.low.endswith("ly") for t in toks[1:i])):
        return set(own)  # "(Denmark said) it is currently present in the area": its own act
    if not context:
        return set()
    lex = lexicon()
    ctx = tokenize(context[-400:])
    found = [m for m in mentions(ctx, lex) if m.role in ("agent", "nationals")
             and not m.person]
    head = toks[0].low
    if head in _AUXILIARIES and all(
            (t.low in _AUXILIARIES or t.low in _TIME_ADVERBS or t.low.endswith("ly"))
            and t.low not in _PASSIVE for t in toks[:i]):
        # "(X's forces had opened fire on ... and) had since shelled villages": an active
        # predicate with no subject of its own shares the one before it in its sentence
        sentence = context[max(context.rfind(". "), context.rfind("\n")) + 1:]
        last = [m for m in mentions(tokenize(sentence), lex)
                if m.role in ("agent", "nationals") and not m.person and not m.possessive]
        return {last[-1].pid.removesuffix(NAT)} if last else set()
    if head in _OTHERS and all(t.low in _AUXILIARIES for t in toks[1:i]):
        cands = [m for m in found if m.pid.removesuffix(NAT) not in own]
        return {cands[-1].pid} if cands else set()
    if (head != "the" or i < 2 or not toks[1].low.isalpha() or toks[1].capital
            or not all(t.low in _AUXILIARIES for t in toks[2:i])):
        return set()
    noun = toks[1].low
    for m in reversed(found):
        if any(t.low == noun for t in ctx[m.j:m.j + 3]):
            return {m.pid.removesuffix(NAT)}
    return set()


def _antecedent(context: str, exclude: Iterable[str]) -> set[str]:
    """The last state named in the context that is not excluded."""
    if not context:
        return set()
    skip = set(exclude)
    lex = lexicon()
    found = mentions(tokenize(context[-400:]), lex)
    for m in reversed(found):
        if (m.pid not in skip and lex.kinds.get(m.pid) == "state" and not m.person
                and m.role != "nationals"):
            return {m.pid}
    return set()
