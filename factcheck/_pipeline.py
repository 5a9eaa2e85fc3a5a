"""The one-way flow: paths -> articles -> claims -> clusters -> verdicts.

Extraction is a map over articles and matching a keyed group-by over claims,
so each stage could run in a process pool unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from os import PathLike

import attrs

from factcheck.claims import Article, Claim, Result
from factcheck.extract import extract
from factcheck.ingest import load
from factcheck.match import cluster_claims
from factcheck.verify import judge

__all__ = ["analyze", "analyze_articles", "harmonize_parties"]


def harmonize_parties(claims: Sequence[Claim]) -> list[Claim]:
    """One speaker, one side across the corpus: a person whose party one article states
    keeps it where another article leaves it unknown (a keyed group-by on the name)."""
    known: dict[str, set[str]] = {}
    for c in claims:
        if c.speaker.party != "unknown":
            known.setdefault(c.speaker.name, set()).add(c.speaker.party)
    out = []
    for c in claims:
        parties = known.get(c.speaker.name, set())
        if c.speaker.party == "unknown" and len(parties) == 1:
            c = attrs.evolve(c, speaker=attrs.evolve(c.speaker, party=next(iter(parties))))
        out.append(c)
    return out


def analyze_articles(articles: Sequence[Article],
                     progress: Callable[[Iterable[Article]], Iterable[Article]] | None = None,
                     ) -> Result:
    """Extract, match and judge the claims of already-loaded articles."""
    ordered = sorted(articles, key=lambda a: a.id)
    stream = progress(ordered) if progress else ordered
    claims: list[Claim] = harmonize_parties([c for art in stream for c in extract(art)])
    groups = cluster_claims(claims, ordered)
    clusters = judge(groups, ordered)
    where = {cid: cl.id for cl in clusters for cid in cl.claims}
    claims = [attrs.evolve(c, cluster=where.get(c.id)) for c in claims]
    return Result(articles=ordered, claims=claims, clusters=clusters)


def analyze(paths: Iterable[str | PathLike[str]],
            progress: Callable[[Iterable[Article]], Iterable[Article]] | None = None,
            ) -> Result:
    """Load every readable file under ``paths`` and analyze it.

    Unreadable files do not stop the batch: they are listed in
    ``Result.skipped`` with the reason.
    """
    loaded = load(paths)
    result = analyze_articles(loaded.articles, progress=progress)
    return attrs.evolve(result, skipped=loaded.skipped)
