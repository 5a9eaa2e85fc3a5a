"""Cross-article claim matching: claims that state one checkable thing, grouped.

    >>> from factcheck.match import cluster_claims
    >>> groups = cluster_claims(claims, articles)          # doctest: +SKIP

Each claim's content becomes a small frame (``_features``): the action
class and its direction, the parties normalized to ids, the object class,
the site of the event and its time scope. Articles are grouped into stories
(``_stories``: one event, one site). Claims are compared only within
candidate blocks (``_blocking``: one story, one action class), tested for
compatibility and ranked by affinity (``_similarity``), then grouped
(``_clustering``). The result is the same for any order of the input.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factcheck.claims import Article, Claim
from factcheck.match._clustering import cluster_units
from factcheck.match._features import Frame, frame_of
from factcheck.match._lexicon import lexicon
from factcheck.match._units import build_units

__all__ = ["Frame", "cluster_claims", "collective", "frame_of", "is_opinion", "party_of"]


def _article_map(articles: Sequence[Article] | Mapping[str, Article] | None,
                 ) -> Mapping[str, Article]:
    if articles is None:
        return {}
    if isinstance(articles, Mapping):
        return articles
    return {a.id: a for a in articles}


def cluster_claims(claims: Sequence[Claim],
                   articles: Sequence[Article] | Mapping[str, Article] | None = None,
                   *, exhaustive: bool = False) -> list[list[Claim]]:
    """Group claims that state the same checkable thing, across articles.

    ``articles`` (optional) gives the article bodies: they tell which
    articles report one story and what "the isolated country" in a claim
    refers to; without them the claims' own texts are used. Every claim is
    in exactly one group; claims over one span (one statement, two
    speakers) share it; editorial claims stay alone. ``exhaustive`` compares
    every pair instead of candidate blocks (for checking the blocking).
    """
    units = build_units(claims, _article_map(articles), exhaustive=exhaustive)
    groups = cluster_units(units, exhaustive=exhaustive)
    out = [sorted((c for n in g for c in units[n].claims), key=lambda c: c.id)
           for g in groups]
    return sorted(out, key=lambda g: g[0].id)


def is_opinion(text: str) -> bool:
    """Whether a claim's content voices an opinion (concern, condemnation, praise, ...)."""
    return frame_of(text).opinion


def party_of(name: str) -> str | None:
    """The party id a name stands for ("Moscow", "Russian", "Kremlin" -> "RU"), or None."""
    return lexicon().party(name)


def collective(name: str) -> bool:
    """Whether a speaker name is a country, capital or body ("Ukraine"), not a person."""
    return lexicon().collective(name)
