"""Verdicts per cluster (PLACEHOLDER)."""

from __future__ import annotations

from collections.abc import Sequence

from claims import Article, Claim, Cluster, Stance, Verdict

__all__ = ["judge"]


def judge(groups: Sequence[Sequence[Claim]], articles: Sequence[Article]) -> list[Cluster]:
    """One :class:`Cluster` with a verdict per group of claims."""
    out = []
    for i, group in enumerate(groups):
        asserts = {c.speaker.party for c in group if c.stance is Stance.ASSERTS}
        denies = {c.speaker.party for c in group if c.stance is Stance.DENIES}
        if asserts and denies:
            verdict = Verdict.CONTESTED
        elif denies:
            verdict = Verdict.DENIED
        elif len(asserts) > 1:
            verdict = Verdict.CORROBORATED
        else:
            verdict = Verdict.UNCORROBORATED
        out.append(Cluster(id=f"C{i + 1:04d}", claims=[c.id for c in group],
                           representative=group[0].id, statement=group[0].text,
                           verdict=verdict))
    return out
