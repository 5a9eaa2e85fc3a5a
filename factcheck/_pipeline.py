"""The one-way flow: paths -> articles -> claims -> clusters -> verdicts.

Extraction is a map over articles and matching a keyed group-by over claims,
so each stage could run in a process pool unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from os import PathLike

import attrs

from claims import Article, Claim, Result
from factcheck.extract import extract
from factcheck.ingest import load
from factcheck.match import cluster_claims
from factcheck.verify import judge

__all__ = ["analyze", "analyze_articles"]


def analyze_articles(articles: Sequence[Article],
                     progress: Callable[[Iterable[Article]], Iterable[Article]] | None = None,
                     ) -> Result:
    """Extract, match and judge the claims of already-loaded articles."""
    ordered = sorted(articles, key=lambda a: a.id)
    stream = progress(ordered) if progress else ordered
    claims: list[Claim] = [c for art in stream for c in extract(art)]
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
