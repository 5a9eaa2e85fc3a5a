"""The checks behind the steps: each returns what it found or raises :class:`StepFailed`.

A failure message says what the step expected, what the analysis found, and
the closest candidates (top three, with scores), so a red scenario can be read
without a debugger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from factcheck._steps._find import (
    Candidate,
    closest_names,
    find_article,
    find_skipped,
    rank_claims,
    rank_clusters,
)
from factcheck._steps._parties import party_id, place_party, same_party
from factcheck.claims import Article, Claim, Cluster, PartyRole, Result, Skipped, Stance, Verdict

__all__ = [
    "Statements",
    "StepFailed",
    "analyzed",
    "article",
    "parties",
    "proposition",
    "published",
    "said",
    "says",
    "skipped",
    "speaks_for",
    "statements",
    "statements_dated",
]

TOP = 3  # candidates shown when a step fails
WIDTH = 100  # characters of a claim shown in a message


class StepFailed(AssertionError):
    """A step's expectation does not hold; the message says why."""


@attrs.frozen(kw_only=True)
class Statements:
    """The claims of one speaker a scenario is looking at ("he", "she", "they" in later steps)."""

    speaker: str
    claims: tuple[Claim, ...]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= WIDTH else f'"{text[: WIDTH - 1]}…"'


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else "no date"


def _candidates(found: Sequence[Candidate], title: str = "closest candidates") -> str:
    """The top candidates, one per line, with their scores."""
    if not found:
        return f"  {title}: none (the analysis found no claims)"
    lines = [f"  {title}:"]
    for i, cand in enumerate(found[:TOP], 1):
        if cand.cluster is not None:
            cl = cand.cluster
            lines.append(f"    {i}. {cand.score:5.1f}  {cl.id} {cl.verdict.value}"
                         f" {_parties_line(cl)}: {_short(cand.text)}")
        elif cand.claim is not None:
            lines.append(f"    {i}. {cand.score:5.1f}  {_claim_line(cand.claim)}")
    return "\n".join(lines)


def _party_of(c: Claim) -> str:
    """The claim's party id ("unknown" for none), whether the model holds an id or a record."""
    party: object = c.speaker.party
    pid = getattr(party, "id", party)
    return str(pid) if pid else "unknown"


def _claim_line(c: Claim) -> str:
    return (f"{c.speaker.name} ({_party_of(c)}) {c.stance.value} on {_date(c.date)}"
            f" in {c.article}: {_short(c.text)}")


def _listing(claims: Sequence[Claim], title: str) -> str:
    """Claims the step looked at (no scores: they were not ranked)."""
    lines = [f"  {title}:"]
    lines += [f"    {i}. {_claim_line(c)}" for i, c in enumerate(claims[:TOP], 1)]
    if len(claims) > TOP:
        lines.append(f"    ... and {len(claims) - TOP} more")
    return "\n".join(lines)


def _parties_line(cluster: Cluster) -> str:
    asserted = ", ".join(p.party for p in cluster.asserted_by) or "nobody"
    denied = ", ".join(p.party for p in cluster.denied_by) or "nobody"
    return f"[asserted by {asserted}; denied by {denied}]"


def proposition(result: Result, text: str, verdict: Verdict | None = None,
                threshold: float = 60.0) -> Cluster:
    """The proposition ``text`` means, checked to have ``verdict`` if one is given."""
    ranked = rank_clusters(result, text)
    best = ranked[0] if ranked else None
    want = f"a proposition that is {verdict.value}" if verdict else "a proposition"
    if best is None or best.score < threshold or best.cluster is None:
        raise StepFailed(
            f"claim {_short(text)}\n"
            f"  expected: {want} matching it (score >= {threshold:g})\n"
            f"  found:    no match among {len(result.clusters)} propositions from "
            f"{len(result.claims)} claims in {len(result.articles)} articles\n"
            + _candidates(ranked))
    cluster = best.cluster
    if verdict is not None and cluster.verdict is not verdict:
        raise StepFailed(
            f"claim {_short(text)}\n"
            f"  expected: {verdict.value}\n"
            f"  found:    {cluster.verdict.value} {_parties_line(cluster)} for {cluster.id} "
            f"{_short(best.text)} (score {best.score:.1f})\n"
            + _candidates(ranked))
    return cluster


def _roles(cluster: Cluster, stance: Stance) -> tuple[PartyRole, ...]:
    return cluster.asserted_by if stance is Stance.ASSERTS else cluster.denied_by


def parties(cluster: Cluster, names: Iterable[str], stance: Stance, present: bool = True) -> None:
    """Check that each named party asserts (or denies) the proposition, or that it does not."""
    verb = "asserted" if stance is Stance.ASSERTS else "denied"
    roles = _roles(cluster, stance)
    found = [p.party for p in roles]
    for name in names:
        has = any(same_party(name, p) for p in found)
        if has != present:
            expected = f"{verb} by {name} ({party_id(name)})"
            raise StepFailed(
                f"proposition {cluster.id} {_short(cluster.statement)}\n"
                f"  expected: {'' if present else 'not '}{expected}\n"
                f"  found:    {verb} by {', '.join(found) or 'nobody'}"
                f" (verdict {cluster.verdict.value}; {_parties_line(cluster)})")


def nobody(cluster: Cluster, stance: Stance) -> None:
    """Check that no party asserts (or denies) the proposition."""
    roles = _roles(cluster, stance)
    if roles:
        verb = "asserted" if stance is Stance.ASSERTS else "denied"
        who = "; ".join(f"{p.party} ({', '.join(p.speakers)})" for p in roles)
        raise StepFailed(f"proposition {cluster.id} {_short(cluster.statement)}\n"
                         f"  expected: {verb} by nobody\n"
                         f"  found:    {verb} by {who}")


def _same_speaker(wanted: str, name: str) -> bool:
    if wanted.casefold() == name.casefold():
        return True
    # "Pyongyang" and "North Korea" are one collective speaker; people are matched by name.
    party = place_party(wanted)
    return party is not None and place_party(name) == party


def said(result: Result, cluster: Cluster, speaker: str, day: dt.date | None = None,
         stance: Stance | None = None, dated: bool = False) -> list[Claim]:
    """Check that ``speaker`` made a claim of the proposition (on ``day``, if ``dated``)."""
    claims = result.claims_of(cluster)
    theirs = [c for c in claims if _same_speaker(speaker, c.speaker.name)
              and (stance is None or c.stance is stance)]
    verb = {None: "said", Stance.ASSERTS: "asserted", Stance.DENIES: "denied"}[stance]
    head = f"proposition {cluster.id} {_short(cluster.statement)}\n"
    if not theirs:
        who = sorted({f"{c.speaker.name} ({c.stance.value})" for c in claims})
        raise StepFailed(head + f"  expected: {speaker} {verb} it\n"
                         f"  found:    said by {', '.join(who) or 'nobody'}\n"
                         + _candidates(rank_claims([c for c in result.claims
                                                    if _same_speaker(speaker, c.speaker.name)],
                                                   cluster.statement)))
    if dated and not any(c.date == day for c in theirs):
        dates = ", ".join(sorted({_date(c.date) for c in theirs}))
        raise StepFailed(head + f"  expected: {speaker} {verb} it on {_date(day)}\n"
                         f"  found:    {speaker} {verb} it on {dates}\n"
                         + _listing(theirs, f"claims of it by {speaker}"))
    return theirs


def statements(result: Result, speaker: str, article_name: str | None = None) -> Statements:
    """The claims attributed to ``speaker`` (in one article, if named); at least one."""
    pool: Sequence[Claim] = result.claims
    where = ""
    if article_name is not None:
        art = article(result, article_name)
        pool = [c for c in result.claims if c.article == art.id]
        where = f" in {art.id}"
    theirs = [c for c in pool if _same_speaker(speaker, c.speaker.name)]
    if not theirs:
        near = closest_names(speaker, (c.speaker.name for c in pool))
        listed = ", ".join(f"{n} ({s:.0f})" for n, s in near) or "none"
        raise StepFailed(f"speaker {speaker!r}{where}\n"
                         f"  expected: at least one claim attributed to {speaker}\n"
                         f"  found:    none among {len(pool)} claims\n"
                         f"  closest speakers: {listed}")
    return Statements(speaker=speaker, claims=tuple(theirs))


def says(result: Result, speaker: str, text: str, stance: Stance | None = None,
         threshold: float = 60.0) -> Statements:
    """The claim by ``speaker`` that says ``text`` (with ``stance``, if given)."""
    ranked = rank_claims(result.claims, text)
    for cand in ranked:
        if cand.score < threshold:
            break
        c = cand.claim
        if c is not None and _same_speaker(speaker, c.speaker.name) and (
                stance is None or c.stance is stance):
            return Statements(speaker=speaker, claims=(c,))
    verb = {None: "says", Stance.ASSERTS: "asserts", Stance.DENIES: "denies"}[stance]
    best = ranked[0] if ranked else None
    found = ("no claim matches it" if best is None or best.score < threshold or best.claim is None
             else f"the best match ({best.score:.1f}) is by {best.claim.speaker.name}, "
                  f"{best.claim.stance.value}")
    theirs = [c for c in ranked if c.claim and _same_speaker(speaker, c.claim.speaker.name)]
    own = (_candidates(theirs, f"closest claims by {speaker}") if theirs
           else f"  closest claims by {speaker}: none (no claim is attributed to {speaker})")
    raise StepFailed(f"claim {_short(text)}\n"
                     f"  expected: {speaker} {verb} it (score >= {threshold:g})\n"
                     f"  found:    {found}\n" + _candidates(ranked) + "\n" + own)


def speaks_for(said_by: Statements, party: str) -> None:
    """Check that every claim of the speaker gives ``party`` as the side they speak for."""
    wrong = [c for c in said_by.claims if not same_party(party, _party_of(c))]
    if wrong:
        found = ", ".join(sorted({_party_of(c) for c in wrong}))
        raise StepFailed(f"speaker {said_by.speaker!r}\n"
                         f"  expected: speaks for {party} ({party_id(party)})\n"
                         f"  found:    speaks for {found} in {len(wrong)} of "
                         f"{len(said_by.claims)} claims\n"
                         + _listing(wrong, "those claims"))


def statements_dated(said_by: Statements, day: dt.date | None) -> None:
    """Check that every claim of the speaker is dated ``day`` (None: has no date)."""
    wrong = [c for c in said_by.claims if c.date != day]
    if wrong:
        found = ", ".join(sorted({_date(c.date) for c in wrong}))
        raise StepFailed(f"speaker {said_by.speaker!r}\n"
                         f"  expected: every statement dated {_date(day)}\n"
                         f"  found:    {found} in {len(wrong)} of {len(said_by.claims)} claims\n"
                         + _listing(wrong, "those claims"))


def article(result: Result, name: str) -> Article:
    """The analyzed article with this id, file name or stem."""
    found = find_article(result.articles, name)
    if found is None:
        near = closest_names(name, (a.id for a in result.articles))
        listed = ", ".join(f"{n} ({s:.0f})" for n, s in near) or "none"
        skipped_too = find_skipped(result.skipped, name)
        why = f"; it was skipped: {skipped_too.reason}" if skipped_too else ""
        raise StepFailed(f"article {name!r}\n"
                         f"  expected: an analyzed article of that id or file name\n"
                         f"  found:    none among {len(result.articles)} articles{why}\n"
                         f"  closest articles: {listed}")
    return found


def _published(day: dt.date | None) -> str:
    return f"published on {day.isoformat()}" if day else "no publication date"


def published(result: Result, name: str, day: dt.date | None) -> Article:
    """Check the article's publication date (None: it has none)."""
    art = article(result, name)
    if art.published != day:
        raise StepFailed(f"article {art.id} ({art.source})\n"
                         f"  expected: {_published(day)}\n"
                         f"  found:    {_published(art.published)}")
    return art


def skipped(result: Result, name: str, why: str | None = None) -> Skipped:
    """Check that the input ``name`` was skipped, with a message naming it (and ``why``)."""
    item = find_skipped(result.skipped, name)
    if item is None:
        listed = ", ".join(s.source for s in result.skipped) or "none"
        read = find_article(result.articles, name)
        found = (f"it was analyzed as article {read.id}" if read is not None
                 else f"it was neither skipped nor analyzed; skipped: {listed}")
        raise StepFailed(f"input {name!r}\n  expected: skipped\n  found:    {found}")
    base = name.rsplit("/", 1)[-1]
    if base not in item.reason:
        raise StepFailed(f"input {name!r}\n"
                         f"  expected: skipped with a message naming {base!r}\n"
                         f"  found:    message {item.reason!r}")
    if why is not None and why.casefold() not in item.reason.casefold():
        raise StepFailed(f"input {name!r}\n"
                         f"  expected: skipped as {why}\n"
                         f"  found:    message {item.reason!r}")
    return item


def analyzed(result: Result, count: int) -> None:
    """Check how many articles were analyzed."""
    if len(result.articles) != count:
        ids = ", ".join(a.id for a in result.articles) or "none"
        raise StepFailed(f"articles analyzed\n  expected: {count}\n"
                         f"  found:    {len(result.articles)} ({ids})")
