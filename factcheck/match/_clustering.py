"""Units to propositions: complete-linkage assignment inside blocks, then attachments.

1. Units whose frame names its parties ("strong") are assigned, those with
   a specific act first and then in corpus order, to the best cluster of
   their block whose every member is compatible (complete linkage: "Iran
   supplies drones" and "North Korea supplies missiles" never meet through
   "Iran, North Korea and China prop up Russia's war"); opinions join the
   topic their cluster has grown to.
2. The same words reported twice (near-duplicates) are joined: one side in
   two outlets, wire copy, or a denial restating the allegation; so is one
   person's remark that two outlets report in other words.
3. The rest attach where the article points: a denial that names the
   allegation's author ("Bortnikov's allegations", "the official's remarks",
   "the minister was lying") joins that author's claim (its allegation
   against the denier first: "rejected Canada's claims"; in another article, the
   author's lead allegation: "Amnesty's narrative is propaganda"); a bare denial
   set in the sentence of the statement it follows ("he is persecuted, a charge the
   authorities deny": nothing of its own left once the words of denial, allegation
   nouns, adverbs and parties are set aside) joins that statement; a denial right after
   the same speaker's denial continues it; any other bare denial joins the
   allegation its own article reports against the denier's side (one its
   side already denies, else the article's lead); an opinion with no topic
   of its own joins the same opinion nearby; a judgement of the event that
   names no one ("the incident was staged") joins the story's one that names
   a party, in any article; a claim set apart by its time
   qualifier joins the story's claims with that qualifier; a fragment
   continues its speaker's claim about the same object.
4. Claims whose frame knows no action (a story whose verbs the lexicon
   lacks) and that nothing above placed: one side restating its point in
   other words within one article joins (shared content words and a
   rapidfuzz token-set ratio of at least 60, the same parties named), and a
   confirmation ("independently confirmed the infections") joins the nearby
   claim it confirms.
5. One side's bare denials of the charge in every article of a story ("denied any
   role", "rejected the allegations", "has nothing to do with it") deny one thing, the
   charge against that side: their groups are one proposition (a bare denial keeping a
   word of what it denies, "the hacking allegations", denies the charge that word
   names). Backing an armed group and being behind its attack are one charge too: "X
   is behind the attack" and "X backs the gunmen" (a state's backing of no state) join.
6. ``refers_to`` (the extractor's back-reference) overrides everything when
   it names an allegation that says who did what; one that names an aside
   or an opinion is ignored.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

import attrs

from factcheck._unionfind import UnionFind
from factcheck.match._blocking import class_blocks, near_duplicate_pairs
from factcheck.match._features import NAT, UNNAMED, Frame
from factcheck.match._lexicon import lexicon
from factcheck.match._linkage import (
    link_by_content,
    predicate_classes,
    stems_of,
    subject,
    word_list,
)
from factcheck.match._similarity import (
    SPECIFIC_ACTS,
    affinity,
    compatible,
    fuzzy,
    objects_meet,
    scopes_meet,
    sites_meet,
    topics_meet,
)
from factcheck.match._units import Unit

__all__ = ["Grouping", "cluster_units"]


@cache
def _anaphor() -> re.Pattern[str]:
    """'those assertions', 'this accusation': a denial pointing at the allegation before it."""
    lex = lexicon()
    nouns = "|".join(sorted(lex.nouns["accusations"]))
    dets = "|".join(sorted(lex.grammar["anaphora_determiners"]))
    return re.compile(rf"\b(?:{dets})\s+(?:\w+\s+){{0,2}}?(?:{nouns})\b")


class _Forest(UnionFind[int]):
    """Union-find over unit indices; the root is the smallest index.

    ``anchored[root]`` says whether the group holds a unit whose frame names
    its parties (the attachments of step 3 only move groups that do not).
    """

    def __init__(self, n: int) -> None:
        super().__init__(range(n))
        self.anchored = [False] * n

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        root = super().union(a, b)
        self.anchored[root] = self.anchored[ra] or self.anchored[rb]
        return root

    def is_anchored(self, i: int) -> bool:
        return self.anchored[self.find(i)]


def _fits(u: Unit, members: Sequence[Unit]) -> bool:
    """Whether ``u`` may join a cluster of ``members``.

    Opinions are about a topic: one fits if it fits the topic the cluster
    has grown to ("begging Kim" and "Putin scrounging" are both about the
    Russia-North Korea pact). Everything else needs every member compatible.
    """
    if any(o.story != u.story for o in members):
        return False
    if u.frame.mode == "topic":
        return all(o.frame.klass == u.frame.klass and o.frame.instance == u.frame.instance
                   for o in members) and topics_meet(u.frame.topic, _topic(members))
    return all(compatible(u.frame, o.frame) for o in members)


def _topic(members: Iterable[Unit]) -> frozenset[str]:
    return frozenset(p for o in members for p in o.frame.topic)


def _assign_strong(units: Sequence[Unit], strong: Sequence[int], forest: _Forest,
                   exhaustive: bool) -> None:
    """Step 1: each strong unit to the best cluster it fits in its block, or a new one."""
    for block in class_blocks(units, strong, exhaustive):
        clusters: list[list[int]] = []
        # claims naming a specific act (poisoned, shot down) found the propositions; the
        # generic ones ("was behind the attack") then join the one that fits them best
        for i in sorted(block, key=lambda n: (not units[n].frame.acts & SPECIFIC_ACTS, n)):
            u = units[i]
            best, best_score = -1, -1.0
            for c, members in enumerate(clusters):
                others = [units[m] for m in members]
                if not _fits(u, others):
                    continue
                score = sum(affinity(u.frame, o.frame, u.words, o.words)
                            + 0.3 * (o.article == u.article) for o in others) / len(others)
                if score > best_score:
                    best, best_score = c, score
            if best < 0:
                clusters.append([i])
            else:
                clusters[best].append(i)
        _merge_topics(units, clusters)
        for members in clusters:
            for m in members[1:]:
                forest.union(members[0], m)


def _merge_topics(units: Sequence[Unit], clusters: list[list[int]]) -> None:
    """Opinion clusters whose grown topics meet are one opinion (in place)."""
    merged = True
    while merged:
        merged = False
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                ua, ub = [units[m] for m in clusters[a]], [units[m] for m in clusters[b]]
                if ua[0].frame.mode != "topic" or not all(_fits(o, ua) for o in ub):
                    continue
                if topics_meet(_topic(ua), _topic(ub)):
                    clusters[a] = sorted(clusters[a] + clusters[b])
                    del clusters[b]
                    merged = True
                    break
            if merged:
                break


def _conflict(a: Unit, b: Unit) -> bool:
    return a.frame.strong and b.frame.strong and not compatible(a.frame, b.frame)


def _other_actor(a: Unit, b: Unit) -> bool:
    """Whether the two open with different parties acting ("Canada expelled an Indian
    diplomat" / "New Delhi expelled a Canadian diplomat")."""
    sa, sb = subject(a.claims[0].text), subject(b.claims[0].text)
    return bool(sa and sb and sa != sb)


_RESTATED_WORDS = 4  # content words from which the same wording by two sides is one claim


def _join_duplicates(units: Sequence[Unit], forest: _Forest, exhaustive: bool) -> None:
    """Step 2: the same words reported twice: by one side in two outlets (or wire copy),
    or by another side restating them ("The Commission denied that <the same words>")."""
    for i, j in near_duplicate_pairs(units, exhaustive):
        a, b = units[i], units[j]
        same_side = bool(a.parties & b.parties - {"unknown"} or a.names & b.names)
        restated = min(len(a.words.split()), len(b.words.split())) >= _RESTATED_WORDS
        if (a.story == b.story and (same_side or restated) and not _conflict(a, b)
                and not _other_actor(a, b)):
            forest.union(i, j)
    for i, j in _same_remark_pairs(units):
        if not _conflict(units[i], units[j]):
            forest.union(i, j)


_REMARK_WORDS = 3  # content words two reports of one person's remark share, at least...
_REMARK_SHARE = 0.6  # ...and at least this share of the shorter report's words


def _same_remark_pairs(units: Sequence[Unit]) -> list[tuple[int, int]]:
    """One person's remark reported by two outlets in other words: the same named
    speaker, one story, two articles, the remark's distinctive words in common
    ("spreading rumours and slander is a common tactic of the US" and "accused the
    United States of spreading rumours and slander"), and each the other's closest
    remark in its article (one quote never bridges two)."""
    lex = lexicon()
    by_speaker: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, u in enumerate(units):
        if u.editorial:
            continue
        for name in u.names:
            if len(name.split()) > 1 and not lex.collective(name):
                by_speaker[(u.story, name)].append(n)
    pairs = set()
    for members in by_speaker.values():
        words = {n: set(units[n].words.split()) for n in members}
        score: dict[tuple[int, int], float] = {}
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                a, b = units[i], units[j]
                if a.article == b.article or a.denial != b.denial:
                    continue
                common = len(words[i] & words[j])
                share = common / max(1, min(len(words[i]), len(words[j])))
                if common >= _REMARK_WORDS and share >= _REMARK_SHARE:
                    score[(i, j)] = score[(j, i)] = share

        best: dict[tuple[int, str], tuple[float, int]] = {}
        for (i, j), share in score.items():
            key = (i, units[j].article)
            best[key] = max(best.get(key, (share, -j)), (share, -j))
        for i, j in score:
            if (i < j and best[(i, units[j].article)][1] == -j
                    and best[(j, units[i].article)][1] == -i):
                pairs.add((i, j))
    return sorted(pairs)


def _involved(u: Unit, parties: Iterable[str]) -> int:
    """How many of ``parties`` the frame accuses or has take part (culprit, giver, receiver)."""
    f = u.frame
    involved = {p.removesuffix(NAT) for p in f.culprits | f.givers | f.receivers}
    return len(involved & set(parties))


def _accused(u: Unit, parties: Iterable[str]) -> bool:
    """Whether the frame names one of ``parties`` itself, not only its nationals."""
    f = u.frame
    return bool((f.culprits | f.givers | f.receivers) & set(parties))


def _nearest(u: Unit, cands: Sequence[int], units: Sequence[Unit]) -> int:
    """The candidate closest to ``u``: same article first, earlier text before later."""
    def key(i: int) -> tuple[int, int, int]:
        c = units[i]
        same = c.article == u.article
        return (0 if same else 1, 0 if c.rank < u.rank else 1, abs(c.rank - u.rank))
    return min(cands, key=key)


def _lead(u: Unit, cands: Sequence[int], units: Sequence[Unit]) -> int:
    """The first candidate in ``u``'s article (its lead allegation), else in the story."""
    return min(cands, key=lambda i: (units[i].article != u.article, units[i].rank))


_GOES_ON = 2  # claims back, at most, to the same speaker's denial that one continues


def _attach_denial(i: int, units: Sequence[Unit], strong: Sequence[int],
                   everyone: Sequence[int], forest: _Forest) -> bool:
    """A denial that names no culprit of its own joins the allegation it answers."""
    u = units[i]
    story = [k for k in strong if k != i]
    accusers = u.frame.accusers
    if accusers:
        # "Bortnikov's allegations nonsense", "the official's remarks": the claim of
        # whoever made them
        named = {a.lower() for a in accusers}
        authors = [k for k in story if not units[k].denial and (
            units[k].parties & accusers or named & units[k].roles or any(
                n.split()[-1].lower() in named for n in units[k].names))]
        if authors:
            # "rejected Canada's claims": Canada's allegation against the denier, if any
            against = [k for k in authors if _involved(units[k], u.parties)] or authors
            # the author's claim next to it, else (a report denied in another article)
            # the author's lead one: what the report is known for
            local = [k for k in against if units[k].article == u.article]
            forest.union(i, _nearest(u, local, units) if local else _lead(u, against, units))
            return True
    # what it denies, in general words ("nobody was attacked" / "were assaulted")
    acts = predicate_classes(lexicon().denial.sub(" ", u.claims[0].text.lower()))
    for k in range(i - 1, max(-1, i - 1 - _GOES_ON), -1):
        prev = units[k]
        if (prev.article == u.article and prev.denial and not accusers
                and prev.names & u.names and objects_meet(prev.frame, u.frame)
                and sites_meet(prev.frame, u.frame)
                and (not acts or acts & predicate_classes(prev.claims[0].text))):
            # "..., and that there was no base on the island": the same speaker's denial
            # goes on
            forest.union(i, k)
            return True
    if bare_denial(u):
        # "a charge the government denies", "X is lying": it says nothing of its own, so
        # it answers the statement its article reported just before it
        before = _answered(i, units, everyone)
        if before is not None:
            forest.union(i, before)
            return True
    # (a denial that is itself still looking for its allegation is no answer to find)
    cands = [k for k in story if not units[k].frame.opinion
             and units[k].frame.mode in ("culprit", "direction")
             and not (units[k].denial and not forest.is_anchored(k))]
    if acts and not any(acts & predicate_classes(units[k].claims[0].text) for k in cands):
        # a deed no framed allegation names ("No vessel was harassed") answers another
        # side's statement of it, framed or not, wherever the story reported it: one
        # naming the denier's side if any
        deeds = [k for k in everyone if k != i and _states_deed(units[k], acts)
                 and not units[k].parties & u.parties]
        against = [k for k in deeds if u.parties & {
            p.removesuffix(NAT) for p in units[k].frame.entities}]
        cands = against or deeds or cands
    if not cands:
        return False
    # Parties deny their own side's part ("Who needs to poison him"), and the parties
    # they name ("Both Russia and North Korea deny those assertions"); failing that,
    # a side denies the allegation against its ally: the lead one of its kind.
    sides = u.parties | {p.removesuffix(NAT) for p in u.frame.entities}
    denied = {forest.find(k) for k in everyone
              if k != i and units[k].denial and units[k].parties & u.parties}

    fam = lexicon().families
    goods = {fam[o] for o in u.frame.objects}
    named = {p.removesuffix(NAT) for p in u.frame.culprits | u.frame.givers} - {UNNAMED}

    def rank(k: int) -> tuple[int, ...]:
        # what the article itself reports first: a denial answers its own story
        c = units[k]
        return (_accused(c, named), c.article == u.article,
                bool(acts & predicate_classes(units[k].claims[0].text)),
                _involved(c, u.parties) > 0,
                _accused(c, u.parties),
                _involved(c, sides), bool(goods & {fam[o] for o in c.frame.objects}),
                c.frame.klass == u.frame.klass, bool(c.frame.acts & u.frame.acts),
                forest.find(k) in denied)

    if _anaphor().search(u.claims[0].text.lower()):
        # "those assertions", "this accusation": the allegation just before
        top = max(rank(k) for k in cands)
        forest.union(i, _nearest(u, [k for k in cands if rank(k) == top], units))
        return True
    # "that's all codswallop": the proposition it answers, as first reported (the lead)
    best: dict[int, tuple[int, ...]] = {}
    for k in cands:
        root = forest.find(k)
        best[root] = max(best.get(root, rank(k)), rank(k))
    top = max(best.values())
    roots = {r for r, v in best.items() if v == top}
    forest.union(i, _lead(u, [k for k in cands if forest.find(k) in roots], units))
    return True


def _states_deed(c: Unit, acts: frozenset[str]) -> bool:
    """Whether ``c`` is a plain statement (no denial, opinion or editorial) of one of the
    general predicate classes ``acts``."""
    return (not c.denial and not c.editorial and not c.frame.opinion
            and bool(acts & predicate_classes(c.claims[0].text)))


_APPOSED = 5  # characters, at most, between a bare denial and what it follows (", ", " -- ")
_BARE_STEMS = 1  # content stems, at most, left in a denial that says nothing of its own


def bare_denial(u: Unit) -> bool:
    """Whether a denial names nothing it denies beyond the allegation itself ("a charge
    the authorities deny", "The government rejected the accusation", "X is lying", "It
    is absolutely false"): its content words, once the words of denial, the nouns for
    an allegation, adverbs, parties and government words are set aside, are at most
    one."""
    if not u.denial or u.frame.strong or u.frame.objects:
        return False
    return len(_denied_stems(u)) <= _BARE_STEMS


def _denied_stems(u: Unit) -> frozenset[str]:
    """The stems of what a denial names of its own: its content words once the words of
    denial, the nouns for an allegation or for a part in it ("any role"), adverbs,
    parties and government words are set aside."""
    lex = lexicon()
    skip = lex.nouns["accusations"] | lex.nouns["involvement"] | lex.role_words
    left = [w for w in word_list(_denied_words(u))
            if w not in skip and not w.endswith("ly") and lex.party(w.title()) is None]
    return stems_of(left)


def _answered(i: int, units: Sequence[Unit], everyone: Sequence[int]) -> int | None:
    """The statement a bare denial answers: the nearest one before it in its article
    that another speaker made and that is no denial itself, if it comes right before."""
    u = units[i]
    before = [k for k in everyone if units[k].article == u.article and units[k].start < u.start
              and not units[k].denial and not units[k].editorial
              and not units[k].names & u.names]
    if not before:
        return None
    k = max(before, key=lambda k: units[k].start)
    # only a statement right before it in its own sentence ("..., a charge X denies":
    # the denial opens mid-sentence); a sentence of its own ("The ministry rejected the
    # allegations") answers the allegation against the denier, found by what it names
    mid = u.claims[0].text[:1].islower()
    return k if mid and u.start - units[k].end <= _APPOSED else None


def _lone_generic_denial(n: int, units: Sequence[Unit], strong: Sequence[int],
                         forest: _Forest) -> bool:
    """A denial of someone's part in general ("allegations of the UAE's involvement",
    "any role by his country") that no allegation of its own kind took in: it answers
    the allegation against the same party, whatever act that names."""
    u = units[n]
    if not u.denial or u.frame.acts or u.frame.mode != "culprit" or u.frame.opinion:
        return False
    root = forest.find(n)
    return not any(forest.find(k) == root and not units[k].denial for k in strong)


def _attach_opinion(i: int, units: Sequence[Unit], story: Sequence[int],
                    forest: _Forest) -> bool:
    u = units[i]
    same = [k for k in story if k != i and units[k].frame.klass == u.frame.klass
            and not units[k].editorial]
    if not same:
        return False
    if not u.frame.opinion:
        # a judgement of the event ("it was staged") joins the one that names a party,
        # in whichever article, before a bare one beside it
        same = [k for k in same if units[k].frame.strong] or same
    local = [k for k in same if units[k].article == u.article]
    if local:
        forest.union(i, _nearest(u, local, units))
        return True
    sizes: dict[int, int] = defaultdict(int)
    for k in same:
        sizes[forest.find(k)] += 1
    root = min(sizes, key=lambda r: (-sizes[r], r))
    forest.union(i, root)
    return True


def _attach_scoped(i: int, units: Sequence[Unit], strong: Sequence[int],
                   forest: _Forest) -> bool:
    """A claim whose time qualifier sets it apart ("they were supplied months before the
    invasion") states what the story's claims of that kind and qualifier state, even
    when it names no party itself: it joins the nearest of them."""
    u = units[i]
    strict = lexicon().strict_scopes
    if not u.frame.scope & strict or u.frame.klass is None:
        return False
    same = [k for k in strong if k != i and units[k].frame.klass == u.frame.klass
            and units[k].frame.scope == u.frame.scope and sites_meet(units[k].frame, u.frame)]
    if not same:
        return False
    forest.union(i, _nearest(u, same, units))
    return True


_CONTINUE_REACH = 3  # claims apart in the article, at most


def _continue(i: int, units: Sequence[Unit], article: Sequence[int], forest: _Forest) -> bool:
    """A fragment about the same object continues its speaker's claim next to it.

    "We expect there could be other types of munitions" continues Kirby's
    "ammunition that Mr. Putin is seeking"; "a second balloon" continues
    "another Chinese spy balloon" (and not the first balloon).
    """
    u = units[i]
    if not u.frame.objects:
        return False
    near = sorted((k for k in article if k != i and not units[k].editorial
                   and abs(k - i) <= _CONTINUE_REACH
                   and (units[k].names & u.names or units[k].parties & u.parties - {"unknown"})),
                  key=lambda k: (abs(k - i), k > i))
    for k in near:
        o = units[k].frame
        if (o.objects & u.frame.objects and o.instance == u.frame.instance
                and (u.frame.klass is None or o.klass is None or o.klass == u.frame.klass)):
            forest.union(i, k)
            return True
    return False


_RESTATE_SHARED = 2  # content words two weak claims of one side share, at least...
_RESTATE_RATIO = 60.0  # ...and their rapidfuzz token-set ratio, at least


def _restated_pairs(units: Sequence[Unit], loose: Sequence[int]) -> list[tuple[int, int]]:
    """Claims whose frame names no known action, by one side in one article, that make
    one point in other words ("an internal Congolese problem", "a Congolese problem
    for the DRC to solve"): the same speaking party, the same parties named (or none
    on one side), shared content words and a close token-set ratio. Each joins only
    its closest such claim, so a chain of loose likenesses never grows a topic."""
    by_side: dict[tuple[str, frozenset[str]], list[int]] = defaultdict(list)
    for n in loose:
        u = units[n]
        side = u.parties - {"unknown"}
        if side and u.frame.klass is None and not u.denial:
            by_side[(u.article, side)].append(n)
    best: dict[int, tuple[float, int]] = {}
    for members in by_side.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                a, b = units[i], units[j]
                ea, eb = a.frame.entities, b.frame.entities
                if ea and eb and not (ea <= eb or eb <= ea):
                    continue  # another party named: another point
                shared = set(a.words.split()) & set(b.words.split())
                score = fuzzy(a.words, b.words)
                if len(shared) < _RESTATE_SHARED or score < _RESTATE_RATIO:
                    continue
                for k, o in ((i, j), (j, i)):
                    best[k] = max(best.get(k, (score, -o)), (score, -o))
    return sorted({(min(k, -o), max(k, -o)) for k, (_, o) in best.items()})


_WORDS = re.compile(r"[a-z0-9]+")


def _confirmed(i: int, units: Sequence[Unit], article: Sequence[int]) -> int | None:
    """The claim a confirmation points back to: "Citizen Lab independently confirmed the
    infections" states what the nearest earlier claim of its article that speaks of
    "infections" states (another source, so it corroborates)."""
    grammar = lexicon().grammar
    toks = _WORDS.findall(units[i].claims[0].text.lower())
    nouns = set()
    for x, t in enumerate(toks):
        if t in grammar["confirmation_verbs"]:
            rest = toks[x + 1:x + 4]
            for y, d in enumerate(rest[:-1]):
                if d in grammar["anaphora_determiners"]:
                    nouns.add(rest[y + 1])
    if not nouns:
        return None
    earlier = [k for k in article if k < i and i - k <= _CONTINUE_REACH
               and not units[k].editorial and nouns & set(units[k].words.split())]
    return max(earlier, default=None)


def _pointed(u: Unit, ids: Mapping[str, int], units: Sequence[Unit]) -> int | None:
    """The allegation a denial's back-reference (the extractor's ``refers_to``) names.

    Trusted only when it names an allegation whose frame says who did what: a
    denial answers an allegation, never an opinion or an aside ("the report was a
    kind of compliment"), and a denial naming the allegation's author
    ("the official's remarks") is matched by the author instead.
    """
    if u.frame.accusers:
        return None
    targets = sorted(ids[c.refers_to] for c in u.claims
                     if c.refers_to is not None and c.refers_to in ids)
    for t in targets:
        f = units[t].frame
        if f.strong and not f.opinion and f.mode in ("culprit", "direction"):
            return t
    return None


@attrs.frozen(kw_only=True)
class Grouping:
    """Unit indices grouped into propositions, and the disputes between groups."""

    groups: list[list[int]]  # each sorted; groups ordered by first index
    rivals: list[tuple[int, int]]  # pairs of group indices that name rival culprits


def cluster_units(units: Sequence[Unit], exhaustive: bool = False) -> Grouping:
    """Unit indices grouped into propositions, and the rival accounts among them."""
    groups = _groups(units, exhaustive)
    return Grouping(groups=groups, rivals=_rivals(units, groups))


def _rival(a: Unit, b: Unit) -> bool:
    """Two accounts of one event that name different culprits ("Russia blew up the
    dam" / "Ukraine blew up the dam"): one story, one act class and site, both
    asserted, no culprit in common."""
    fa, fb = a.frame, b.frame
    ca, cb = ({p.removesuffix(NAT) for p in f.culprits} - {UNNAMED} for f in (fa, fb))
    return (a.story == b.story and not a.denial and not b.denial and not a.editorial
            and not b.editorial and not fa.opinion and not fb.opinion
            and fa.mode == fb.mode == "culprit" and fa.klass == fb.klass
            and bool(ca) and bool(cb) and not ca & cb and fa.instance == fb.instance
            and sites_meet(fa, fb) and scopes_meet(fa, fb) and _acts_agree(fa, fb))


def _acts_agree(a: Frame, b: Frame) -> bool:
    sa, sb = a.acts & SPECIFIC_ACTS, b.acts & SPECIFIC_ACTS
    return not sa or not sb or bool(sa & sb)


def _rivals(units: Sequence[Unit], groups: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """Pairs of groups (by index) holding rival accounts of one event."""
    where = {n: g for g, members in enumerate(groups) for n in members}
    by_story: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for n, u in enumerate(units):
        if u.frame.mode == "culprit" and u.frame.culprits and not u.denial:
            by_story[(u.story, u.frame.klass)].append(n)
    pairs = set()
    for members in by_story.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                gi, gj = where[i], where[j]
                if gi != gj and _rival(units[i], units[j]):
                    pairs.add((min(gi, gj), max(gi, gj)))
    return sorted(pairs)


def _groups(units: Sequence[Unit], exhaustive: bool = False) -> list[list[int]]:
    """Unit indices grouped into propositions (each group sorted, groups by first index)."""
    forest = _Forest(len(units))
    ids = {c.id: n for n, u in enumerate(units) for c in u.claims}
    pointing = {n: t for n, u in enumerate(units)
                if (t := _pointed(u, ids, units)) is not None}
    live = [n for n, u in enumerate(units) if not u.editorial and n not in pointing]
    strong = [n for n in live if units[n].frame.strong]
    by_story: dict[str, list[int]] = defaultdict(list)
    by_article: dict[str, list[int]] = defaultdict(list)
    strong_by_story: dict[str, list[int]] = defaultdict(list)
    for n, u in enumerate(units):
        by_story[u.story].append(n)
        by_article[u.article].append(n)
    for n in strong:
        strong_by_story[units[n].story].append(n)
    _assign_strong(units, strong, forest, exhaustive)
    _join_duplicates(units, forest, exhaustive)
    for n in strong:
        if not _lone_generic_denial(n, units, strong, forest):
            forest.anchored[forest.find(n)] = True
    for n in live:
        u = units[n]
        if forest.is_anchored(n):
            continue  # already with a unit whose frame names its parties
        if u.denial:
            _attach_denial(n, units, strong_by_story[u.story], by_story[u.story], forest)
        elif u.frame.klass and (u.frame.opinion or u.frame.mode == "topic"):
            # "the attack was staged" judges the story's event, as an opinion does
            _attach_opinion(n, units, by_story[u.story], forest)
        elif not _attach_scoped(n, units, strong_by_story[u.story], forest):
            _continue(n, units, by_article[u.article], forest)
    size: dict[int, int] = defaultdict(int)
    for n in range(len(units)):
        size[forest.find(n)] += 1
    loose = [n for n in live if size[forest.find(n)] == 1]  # not attached anywhere
    restated = _restated_pairs(units, loose)
    for i, j in restated:
        forest.union(i, j)
    paired = {n for pair in restated for n in pair}
    for n in loose:
        u = units[n]
        if u.frame.klass is None and not u.denial and n not in paired:
            k = _confirmed(n, units, by_article[u.article])
            if k is not None:
                forest.union(n, k)
    anchors: dict[int, list[Frame]] = defaultdict(list)
    for n in strong:
        if not units[n].denial:
            anchors[forest.find(n)].append(units[n].frame)
    for a, b in link_by_content(units, live, forest, forest.is_anchored, anchors):
        forest.union(a, b)
    _join_charges(units, live, forest)
    _join_proxies(units, live, forest)
    for n in sorted(pointing):
        forest.union(n, pointing[n])
    groups: dict[int, list[int]] = defaultdict(list)
    for n in range(len(units)):
        groups[forest.find(n)].append(n)
    return [groups[r] for r in sorted(groups)]


def _denied_words(u: Unit) -> str:
    return lexicon().denial.sub(" ", u.claims[0].text.lower())


def _join_charges(units: Sequence[Unit], live: Sequence[int], forest: _Forest) -> None:
    """One side's bare denials of the charge ("denied any role", "rejected the
    allegations", "has nothing to do with it"), in every article of a story, deny one
    thing: the charge against that side, so their groups are one proposition. A bare
    denial that keeps a word of what it denies ("the hacking allegations were baseless")
    denies the charge that word names."""
    first: dict[tuple[str, frozenset[str], frozenset[str]], int] = {}
    for n in live:
        u = units[n]
        sides = u.parties - {"unknown"}
        if not sides or u.editorial or u.frame.opinion or not bare_denial(u):
            continue
        key = (u.story, frozenset(sides), _denied_stems(u))
        if key in first:
            forest.union(first[key], n)
        else:
            first[key] = n


def _words(u: Unit) -> frozenset[str]:
    return frozenset(_WORDS.findall(u.claims[0].text.lower()))


_WORDS = re.compile(r"[a-z]+")


def _join_proxies(units: Sequence[Unit], live: Sequence[int], forest: _Forest) -> None:
    """Backing an armed group and being behind its attack are one charge: within a story,
    "X is behind the attack" / "X is attacking us through the group" (a harm said of a
    state in words of responsibility) and "X backs the gunmen" / "X arms the rebels" (a
    state backing a group or a named non-state receiver) name one side responsible for
    what the group did, so their groups are one proposition."""
    lex = lexicon()
    g = lex.grammar

    def state(pid: str) -> bool:
        return lex.kinds.get(pid.removesuffix(NAT)) == "state"

    harms: dict[tuple[str, str], list[int]] = defaultdict(list)
    backs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n in live:
        u = units[n]
        f = u.frame
        if u.denial or u.editorial or f.opinion:
            continue
        words = _words(u)
        if f.mode == "culprit" and f.klass == "harm" and words & g["responsibility_words"]:
            for c in sorted(f.culprits):
                if state(c):
                    harms[(u.story, c.removesuffix(NAT))].append(n)
        elif (f.mode == "direction" and f.klass == "transfer"
              and words & g["backing_words"]
              and not any(state(r) for r in f.receivers)
              and (f.receivers - {UNNAMED} or words & lex.nouns["armed_groups"])):
            for giver in sorted(f.givers):
                if state(giver):
                    backs[(u.story, giver.removesuffix(NAT))].append(n)
    for key, found in sorted(backs.items()):
        for n in found:
            for k in harms.get(key, ()):
                forest.union(k, n)
