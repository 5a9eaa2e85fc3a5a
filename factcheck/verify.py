"""Verdicts: who asserts and who denies each proposition, decided by parties.

A proposition's verdict (GUIDELINES.md, "Verdict of a proposition") counts
independent sources, not quotes:

- all officials of one government are one party (the extractor gives them
  one party id; names such as "Moscow" or "Russia" are read as "RU" too);
- one speaker quoted in several articles is one source;
- a speaker whose party is ``unknown`` is a source of their own only when
  named ("Yulia Navalnaya"); unnamed voices ("analysts", "reports") together
  are one anonymous source, never enough to corroborate;
- wire copy (the same agency text in two outlets, found as near-identical
  claim text in two articles, or as copies of one article: ``Article.copy_of``)
  is one source, and a statement repeated in it is said once.

Editorial claims (the journalist's narration) never count.

    contested       a party asserts it and another party denies it
    corroborated    two or more independent sources assert it, none denies
    uncorroborated  one source asserts it, none denies
    denied          parties deny it and none asserts it
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import attrs
import numpy as np
from rapidfuzz import fuzz
from rapidfuzz import process as rf_process

from factcheck.claims import Article, Claim, Cluster, Kind, PartyRole, Stance, Verdict
from factcheck.match import Frame, Proposition, UnionFind, collective, frame_of, party_of

__all__ = ["WIRE_COPY", "judge"]

WIRE_COPY = 90.0  # rapidfuzz ratio of two claim texts in two articles that are one agency text
_WIRE_MIN_CHARS = 40  # shorter texts ("All this is a lie") repeat without being copied
ANONYMOUS = "unknown"
_GENERIC = frozenset({"analysts", "analyst", "reports", "report", "sources", "source", "many",
                      "officials", "official", "experts", "expert", "observers", "critics",
                      "media", "people", "residents", "witnesses", "some", "others"})


@attrs.frozen(kw_only=True)
class _Source:
    """Who a claim counts for: a party id, or a named person of unknown party."""

    key: str
    party: str  # as shown in the report


def _source(claim: Claim) -> _Source:
    party = "" if claim.speaker.party is None else str(claim.speaker.party).strip()
    if party and party.lower() != ANONYMOUS:
        pid = party_of(party) or party
        return _Source(key=pid.casefold(), party=pid)
    name = " ".join(claim.speaker.name.split())
    # a name starts with a capital; "resident of Soro" or "head of the GKNB" describes a
    # voice the text does not name, whatever place or body it mentions
    named = name[:1].isupper() and name.lower() not in _GENERIC
    if named:
        return _Source(key=f"{ANONYMOUS}:{name.casefold()}", party=ANONYMOUS)
    return _Source(key=ANONYMOUS, party=ANONYMOUS)


_Sources = UnionFind[str]  # over source keys: wire copy makes two attributions one source


def _wire_copies(claims: Sequence[Claim], sources: _Sources,
                 root: Mapping[str, str] | None = None) -> None:
    """Near-identical texts of one stance in two articles: one agency text, one source.

    Identical texts are compared once (a statement repeated N times costs N, not N²);
    in the copies of one article (``root``: article id -> its copy group) they are
    one source whatever their length.
    """
    root = root or {}
    same: dict[tuple[str, Stance], list[Claim]] = {}
    for c in claims:
        same.setdefault((" ".join(c.text.lower().split()), c.stance), []).append(c)
    keys = list(same)
    spread = [{c.article for c in same[k]} for k in keys]
    for (text, _), members, arts in zip(keys, same.values(), spread, strict=True):
        if len(arts) > 1 and (len(text) >= _WIRE_MIN_CHARS
                              or len({root.get(a, a) for a in arts}) < len(arts)):
            _one_source(members, sources)
    texts = [text for text, _ in keys]
    if len(texts) < 2:
        return
    scores = rf_process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=WIRE_COPY,
                              workers=1)
    for i, j in np.argwhere(np.triu(scores >= WIRE_COPY, k=1)):
        a, b = keys[int(i)], keys[int(j)]
        if (a[1] is b[1] and (len(spread[int(i)] | spread[int(j)]) > 1)
                and min(len(a[0]), len(b[0])) >= _WIRE_MIN_CHARS):
            _one_source([*same[a], *same[b]], sources)


def _one_source(copies: Sequence[Claim], sources: _Sources) -> None:
    """One text attributed to one source per article: those sources are one (the copy
    re-attributed). Several speakers of it in one article (a joint statement) stay apart."""
    per_article: dict[str, set[str]] = {}
    for c in copies:
        per_article.setdefault(c.article, set()).add(_source(c).key)
    singles = sorted({next(iter(keys)) for keys in per_article.values() if len(keys) == 1})
    for key in singles[1:]:
        sources.union(singles[0], key)


def _independent(keys: Iterable[str], sources: _Sources) -> set[str]:
    return {sources.find(k) for k in keys} - {ANONYMOUS}


def _verdict(asserting: set[str], denying: set[str], sources: _Sources,
             counts: Mapping[Stance, int]) -> Verdict:
    a, d = _independent(asserting, sources), _independent(denying, sources)
    anonymous_assert = ANONYMOUS in asserting
    if (a or anonymous_assert) and denying:
        if a and a == d and len(a) == 1 and not anonymous_assert:
            # one side both says and unsays it: no second party takes it up (two sides that
            # each say and unsay it still disagree with each other: contested)
            if counts[Stance.DENIES] > counts[Stance.ASSERTS]:
                return Verdict.DENIED
            return Verdict.UNCORROBORATED
        return Verdict.CONTESTED
    if denying:
        return Verdict.DENIED
    return Verdict.CORROBORATED if _corroborating(a) >= 2 else Verdict.UNCORROBORATED


def _corroborating(sources: set[str]) -> int:
    """How many independent sources the asserting ones are: a named speaker whose party
    the text does not give may be one of a known party's own people ("the head of the
    border service"), so beside a known party they add no second one; without any known
    party, named people of unknown party are told apart by name."""
    known = {s for s in sources if not s.startswith(f"{ANONYMOUS}:")}
    return len(known) if known else len(sources)


def _roles(claims: Sequence[Claim], stance: Stance) -> tuple[PartyRole, ...]:
    by_source: dict[str, list[Claim]] = defaultdict(list)
    shown: dict[str, str] = {}
    for c in claims:
        if c.stance is stance:
            src = _source(c)
            by_source[src.key].append(c)
            shown[src.key] = src.party
    roles = []
    for key, members in by_source.items():
        members.sort(key=lambda c: (c.date or dt.date.max, c.article, c.start, c.id))
        roles.append(PartyRole(
            party=shown[key],
            speakers=_unique(c.speaker.name for c in members),
            claims=_unique(c.id for c in members),
            articles=_unique(c.article for c in members),
            dates=sorted({c.date for c in members if c.date is not None})))
    return tuple(sorted(roles, key=_role_order))


def _role_order(role: PartyRole) -> tuple[dt.date, str, str]:
    return (role.dates[0] if role.dates else dt.date.max, role.party, role.speakers[0])


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _describe(role: PartyRole, claims: Mapping[str, Claim]) -> str:
    """``US (John Kirby, 2023-09-13; Antony Blinken, 2023-09-14)``: who spoke for a party."""
    people = []
    for name in role.speakers:
        if name.casefold() == role.party.casefold() or (
                collective(name) and party_of(name) == role.party):
            continue  # "Ukraine" speaking for UA says nothing more
        dates = sorted(c.date for c in claims.values()
                       if c.speaker.name == name and c.id in role.claims and c.date)
        people.append(f"{name}, {dates[0].isoformat()}" if dates else name)
    return f"{role.party} ({'; '.join(people)})" if people else role.party


def _explain(verdict: Verdict, asserted: Sequence[PartyRole], denied: Sequence[PartyRole],
             claims: Mapping[str, Claim], opinion: bool) -> str:
    parts = []
    if asserted:
        parts.append("asserted by " + ", ".join(_describe(r, claims) for r in asserted))
    if denied:
        parts.append("denied by " + ", ".join(_describe(r, claims) for r in denied))
    head = f"{verdict.value} (opinion, not tallied)" if opinion else verdict.value
    return f"{head}: " + "; ".join(parts) if parts else head


@lru_cache(maxsize=65536)
def _frame(text: str, cue: str | None) -> Frame:
    """A claim's frame as an assertion (for the opinion flag and the representative)."""
    return frame_of(text, cue=cue)


def _frame_of(c: Claim, frames: Mapping[str, Frame]) -> Frame:
    """The frame matching read for a claim, or (for plain groups) the claim read alone."""
    found = frames.get(c.id)
    return found if found is not None else _frame(c.text, c.cue)


def _representative(claims: Sequence[Claim], frames: Mapping[str, Frame]) -> Claim:
    """The claim that states the proposition best: asserted, with its parties named."""
    def score(c: Claim) -> tuple[int, int, int, str]:
        frame = _frame_of(c, frames)
        named = len(frame.culprits | frame.givers | frame.receivers | frame.topic)
        length = len(c.text)
        fits = 30 <= length <= 220
        return (int(c.stance is Stance.ASSERTS) * 2 + int(frame.strong),
                min(named, 3) + int(fits), -abs(length - 110), c.id)
    return max(claims, key=score)


def _cluster_id(claim_ids: Iterable[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted(claim_ids)).encode("utf-8")).hexdigest()
    return f"C{digest[:10]}"


def _judge_group(group: Sequence[Claim], root: Mapping[str, str] | None = None,
                 frames: Mapping[str, Frame] | None = None) -> Cluster:
    frames = frames or {}
    counted = [c for c in group if c.kind is not Kind.EDITORIAL]
    basis = counted or list(group)
    sources = _Sources()
    root = root or {}
    _wire_copies(counted, sources, root)
    asserting = {_source(c).key for c in counted if c.stance is Stance.ASSERTS}
    denying = {_source(c).key for c in counted if c.stance is Stance.DENIES}
    # a statement repeated in one article or in its wire copies is said once
    said = {(root.get(c.article, c.article), " ".join(c.text.lower().split()),
             c.speaker.name, c.stance) for c in counted}
    counts = {s: sum(k[3] is s for k in said) for s in Stance}
    verdict = _verdict(asserting, denying, sources, counts)
    opinions = sum(_frame_of(c, frames).opinion for c in counted
                   if c.stance is Stance.ASSERTS)
    opinion = bool(counted) and opinions * 2 > len(counted)
    asserted, denied = _roles(counted, Stance.ASSERTS), _roles(counted, Stance.DENIES)
    rep = _representative(basis, frames)
    dates = sorted(c.date for c in counted if c.date is not None)
    by_id = {c.id: c for c in counted}
    explanation = _explain(verdict, asserted, denied, by_id, opinion)
    if not counted:
        explanation = f"editorial only ({basis[0].speaker.name}): no attributed claim"
    return Cluster(
        id=_cluster_id(c.id for c in group), claims=[c.id for c in group],
        representative=rep.id, statement=rep.text, verdict=verdict,
        asserted_by=asserted, denied_by=denied, opinion=opinion,
        first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
        explanation=explanation)


def judge(groups: Sequence[Sequence[Claim] | Proposition], articles: Sequence[Article],
          ) -> list[Cluster]:
    """One :class:`Cluster` with its verdict per group of claims.

    ``groups`` are plain groups of claims or the matcher's
    :class:`~factcheck.match.Proposition` records, whose frames are read
    instead of parsing the claims again and whose rival accounts become each
    cluster's ``rivals``. Cluster ids derive from the sorted claim ids, so the
    same grouping gives the same ids in any run. Clusters come in the order of
    their first claim (article, then position).
    """
    order = {a.id: n for n, a in enumerate(sorted(articles, key=lambda a: a.id))}
    root = {a.id: a.copy_of for a in articles if a.copy_of}  # wire copy: one source
    props = [g if isinstance(g, Proposition) else Proposition(claims=tuple(g), frames={})
             for g in groups]
    ids = [_cluster_id(c.id for c in p.claims) for p in props]
    clusters = [attrs.evolve(
        _judge_group(sorted(p.claims, key=lambda c: c.id), root, p.frames),
        rivals=sorted({ids[r] for r in p.rivals if props[r].claims}))
        for p in props if p.claims]

    def first(cl: Cluster, members: Sequence[Claim]) -> tuple[int, str, int, str]:
        c = min(members, key=lambda c: (order.get(c.article, len(order)), c.article, c.start))
        return (order.get(c.article, len(order)), c.article, c.start, cl.id)

    members = [list(p.claims) for p in props if p.claims]
    ranked = sorted(zip(clusters, members, strict=True), key=lambda p: first(*p))
    return [cl for cl, _ in ranked]
