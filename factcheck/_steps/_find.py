"""Finding what a step means in a result: a proposition by its wording, a speaker, an article.

A step names a claim in its own words, so claims are ranked by meaning, not
looked up by exact text: rapidfuzz's ``token_set_ratio`` over each claim's
text, blended with how far the two name the same parties and proper nouns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from factcheck._steps._defaults import DEFAULT_THRESHOLD
from factcheck._steps._parties import find
from factcheck.claims import Article, Claim, Cluster, Result, Skipped

__all__ = [
    "DEFAULT_THRESHOLD",
    "Candidate",
    "closest_names",
    "entities",
    "find_article",
    "find_skipped",
    "rank_claims",
    "rank_clusters",
    "similarity",
]

TEXT_WEIGHT = 0.8  # the rest of the score is entity overlap
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")


@attrs.frozen(kw_only=True)
class Candidate:
    """A proposition (cluster) or claim a step's wording may mean, and how well it matches."""

    score: float
    text: str  # the claim text that matched best
    cluster: Cluster | None = None
    claim: Claim | None = None


def entities(text: str) -> frozenset[str]:
    """Party ids and other proper nouns named in ``text`` (casefolded)."""
    found: set[str] = set()
    taken: list[tuple[int, int]] = []
    for start, end, party in find(text):
        found.add(party.casefold())
        taken.append((start, end))
    for m in _CAPITALISED.finditer(text):
        inside = any(s <= m.start() < e for s, e in taken)
        # The first word of a sentence is capitalised whatever it is.
        sentence_start = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ".!?\"“"
        if not inside and not sentence_start:
            found.add(m.group().casefold())
    return frozenset(found)


def similarity(query: str, text: str, query_entities: frozenset[str] | None = None) -> float:
    """How well ``text`` says what ``query`` says, 0 to 100."""
    words = fuzz.token_set_ratio(query, text, processor=default_process)
    wanted = entities(query) if query_entities is None else query_entities
    if not wanted:
        return float(words)
    named = entities(text)
    overlap = len(wanted & named) / len(wanted | named)
    return TEXT_WEIGHT * words + (1 - TEXT_WEIGHT) * 100 * overlap


def _tiebreak(query: str, text: str) -> float:
    # token_set_ratio scores every text that contains the query's words alike;
    # between those, the one closest in full wins.
    return float(fuzz.token_sort_ratio(query, text, processor=default_process))


def rank_claims(claims: Iterable[Claim], query: str) -> list[Candidate]:
    """Claims by how well they say ``query``, best first."""
    wanted = entities(query)
    scored = [(similarity(query, c.text, wanted), _tiebreak(query, c.text), c) for c in claims]
    scored.sort(key=lambda t: (-t[0], -t[1], t[2].id))
    return [Candidate(score=s, text=c.text, claim=c) for s, _, c in scored]


def rank_clusters(result: Result, query: str) -> list[Candidate]:
    """Propositions by how well their best-matching claim says ``query``, best first."""
    by_cluster: dict[str, list[Claim]] = {}
    for claim in result.claims:
        if claim.cluster is not None:
            by_cluster.setdefault(claim.cluster, []).append(claim)
    wanted = entities(query)
    scored: list[tuple[float, float, int, Cluster, str]] = []
    for cluster in result.clusters:
        texts = [c.text for c in by_cluster.get(cluster.id, [])] or [cluster.statement]
        best = max(texts, key=lambda t: (similarity(query, t, wanted), _tiebreak(query, t)))
        scored.append((similarity(query, best, wanted), _tiebreak(query, best),
                       len(cluster.claims), cluster, best))
    scored.sort(key=lambda t: (-t[0], -t[1], -t[2], t[3].id))
    return [Candidate(score=s, text=text, cluster=cl) for s, _, _, cl, text in scored]


def closest_names(name: str, choices: Iterable[str], limit: int = 3) -> list[tuple[str, float]]:
    """The ``limit`` choices most like ``name``, with scores."""
    unique = sorted(set(choices))
    found = process.extract(name, unique, scorer=fuzz.WRatio, processor=default_process,
                            limit=limit)
    return [(choice, float(score)) for choice, score, _ in found]


def _names_of(source: str) -> set[str]:
    path = Path(source)
    return {source, path.name, path.stem}


def find_article(articles: Sequence[Article], name: str) -> Article | None:
    """The article whose id, file name or stem is ``name``."""
    for article in articles:
        if name in {article.id, *_names_of(article.source)}:
            return article
    return None


def find_skipped(skipped: Sequence[Skipped], name: str) -> Skipped | None:
    """The skipped input whose path is or ends with ``name``."""
    for item in skipped:
        if name in _names_of(item.source) or Path(item.source).as_posix().endswith(
                "/" + name.lstrip("/")):
            return item
    return None
