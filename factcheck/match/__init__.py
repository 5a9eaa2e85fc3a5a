"""Cross-article claim matching: claims that state one checkable thing, grouped.

    >>> from factcheck.match import cluster_claims, propositions
    >>> groups = cluster_claims(claims, articles)          # doctest: +SKIP
    >>> props = propositions(claims, articles)             # doctest: +SKIP

Claims are first split into components (``_keys``): claims that share a
blocking key (their article, or a party they name paired with a content
stem) are linked, and each connected component is matched on its own.
Inside a component each claim's content becomes a small frame
(``_features``): the action class and its direction, the parties normalized
to ids, the object class, the site of the event and its time scope. The
component's articles are grouped into stories (``_stories``: one event, one
site). Claims are compared only within candidate blocks (``_blocking``: one
story, one action class), tested for compatibility and ranked by affinity
(``_similarity``), then grouped (``_clustering``); the groups of a story
that no frame set apart are joined by average linkage over named, weighted
content signals (``_linkage``: shared words weighted by the story's own IDF,
a shared general predicate class, the parties named), and rival accounts of
one event (different culprits) are linked as disputes.

Locality contract (the corpus store and the Dask path rely on it):
``cluster_claims`` on any claim set equals the union of ``cluster_claims``
over the connected components of the graph joining claims that share a key
(:func:`blocking_keys`), whatever the input order. No statistic (story
TF-IDF included) is taken over more than one component.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import overload

import attrs

from factcheck._unionfind import UnionFind
from factcheck.claims import Article, Claim
from factcheck.match._clustering import cluster_units
from factcheck.match._features import Frame, frame_of
from factcheck.match._keys import claim_keys
from factcheck.match._lexicon import lexicon
from factcheck.match._units import Unit, build_units, story_map

__all__ = ["Frame", "Proposition", "UnionFind", "article_stories", "blocking_keys",
           "cluster_claims", "collective", "components", "frame_of", "is_opinion", "party_of",
           "propositions", "story_propositions"]

Articles = Sequence[Article] | Mapping[str, Article] | None


@attrs.frozen(kw_only=True)
class Proposition(Sequence[Claim]):
    """One group of claims that state one checkable thing, as matching read it.

    ``frames`` holds each claim's frame by claim id (later stages read it
    instead of parsing the text again); ``rivals`` are the indices, in the
    list :func:`propositions` returns, of the propositions that name another
    culprit for the same event (one dispute).
    """

    claims: tuple[Claim, ...]
    frames: Mapping[str, Frame]
    rivals: tuple[int, ...] = ()

    def __iter__(self) -> Iterator[Claim]:
        """A proposition reads as its group of claims."""
        return iter(self.claims)

    def __len__(self) -> int:
        return len(self.claims)

    @overload
    def __getitem__(self, index: int) -> Claim: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Claim]: ...

    def __getitem__(self, index: int | slice) -> Claim | Sequence[Claim]:
        return self.claims[index]

    def with_repeats(self, repeats: Mapping[str, Sequence[Claim]]) -> Proposition:
        """The proposition with the repeats each of its claims stands for added (a
        statement matched once for all its copies); a repeat shares its claim's frame."""
        extra = [(r, self.frames[c.id]) for c in self.claims for r in repeats.get(c.id, ())]
        if not extra:
            return self
        return attrs.evolve(
            self, claims=tuple(sorted([*self.claims, *(r for r, _ in extra)],
                                      key=lambda c: c.id)),
            frames={**self.frames, **{r.id: f for r, f in extra}})

    @property
    def opinion(self) -> bool:
        """Whether most of its asserting claims voice an opinion."""
        from factcheck.claims import Kind, Stance

        counted = [c for c in self.claims if c.kind is not Kind.EDITORIAL]
        votes = sum(self.frames[c.id].opinion for c in counted if c.stance is Stance.ASSERTS)
        return bool(counted) and votes * 2 > len(counted)


def _article_map(articles: Articles) -> Mapping[str, Article]:
    if articles is None:
        return {}
    if isinstance(articles, Mapping):
        return articles
    return {a.id: a for a in articles}


def blocking_keys(claims: Sequence[Claim], articles: Articles = None,
                  ) -> dict[str, frozenset[str]]:
    """Each claim's blocking keys (claim id -> keys). A claim's keys depend on that
    claim and its article alone, so a store can key new claims without touching old
    ones (pass the articles the matcher will be given)."""
    amap = _article_map(articles)
    return {c.id: claim_keys(c, amap.get(c.article)) for c in claims}


def components(claims: Sequence[Claim], articles: Articles = None) -> list[list[Claim]]:
    """The claims split into connected components of the shared-key graph (each
    sorted by id, components by their first id)."""
    amap = _article_map(articles)
    # every claim holds its article's key, so an article lies in one component: join
    # articles (by index) through the keys their claims hold
    by_article: dict[str, set[str]] = {}
    for c in claims:
        by_article.setdefault(c.article, set()).update(claim_keys(c, amap.get(c.article)))
    names = sorted(by_article)
    forest: UnionFind[int] = UnionFind(range(len(names)))
    first: dict[str, int] = {}
    for n, art in enumerate(names):
        for k in by_article[art]:
            forest.union(first.setdefault(k, n), n)
    index = {art: n for n, art in enumerate(names)}
    by_root: dict[int, list[Claim]] = {}
    for c in sorted(claims, key=lambda c: c.id):
        by_root.setdefault(forest.find(index[c.article]), []).append(c)
    return sorted(by_root.values(), key=lambda comp: comp[0].id)


def article_stories(claims: Sequence[Claim], articles: Articles = None) -> dict[str, str]:
    """The story of each article the claims are in (named by its first article id), as
    matching links them: over each component of the key graph, never across two."""
    amap = _article_map(articles)
    out: dict[str, str] = {}
    for comp in components(claims, amap):
        found = story_map(comp, amap)
        first: dict[str, str] = {}
        for art in sorted(found):
            first.setdefault(found[art], art)
        out.update((art, first[found[art]]) for art in found)
    return out


def story_propositions(claims: Sequence[Claim], articles: Articles = None, *,
                       stories: Mapping[str, str] | None = None,
                       ) -> Iterator[list[Proposition]]:
    """The propositions of :func:`propositions`, one story at a time (each list one
    story's, ordered by first claim id, ``rivals`` indexing that list), stories in
    order of their id.

    Each story's frames are built, clustered and handed over before the next story's
    are built, so that the working set is one story's, not the corpus's (clustering
    reads nothing across stories). ``stories``: :func:`article_stories` of a larger
    claim set that ``claims`` hold whole stories of (a store re-matching some stories).
    """
    amap = _article_map(articles)
    story = article_stories(claims, amap) if stories is None else stories
    by_story: dict[str, list[Claim]] = {}
    for c in sorted(claims, key=lambda c: c.id):
        by_story.setdefault(story[c.article], []).append(c)
    for key in sorted(by_story):
        units = build_units(by_story.pop(key), amap, story=story)
        yield _merge([_grouped(units, exhaustive=False)])


def _grouped(units: Sequence[Unit], exhaustive: bool) -> list[Proposition]:
    """The propositions of one set of units (rivals index this list), in group order."""
    grouping = cluster_units(units, exhaustive=exhaustive)
    rivals: dict[int, set[int]] = {}
    for a, b in grouping.rivals:
        rivals.setdefault(a, set()).add(b)
        rivals.setdefault(b, set()).add(a)
    out = []
    for g, members in enumerate(grouping.groups):
        cs = tuple(sorted((c for n in members for c in units[n].claims), key=lambda c: c.id))
        frames = {c.id: units[n].frame for n in members for c in units[n].claims}
        out.append(Proposition(claims=cs, frames=frames,
                               rivals=tuple(sorted(rivals.get(g, ())))))
    return out


def _merge(parts: Iterable[list[Proposition]]) -> list[Proposition]:
    """Lists of propositions (rivals local to each) as one, ordered by first claim id."""
    built: list[tuple[Proposition, set[int]]] = []
    for part in parts:
        base = len(built)
        built.extend((p, {base + r for r in p.rivals}) for p in part)
    order = sorted(range(len(built)), key=lambda k: built[k][0].claims[0].id)
    new = {old: n for n, old in enumerate(order)}
    return [attrs.evolve(built[k][0], rivals=tuple(sorted(new[r] for r in built[k][1])))
            for k in order]


def propositions(claims: Sequence[Claim], articles: Articles = None, *,
                 exhaustive: bool = False) -> list[Proposition]:
    """Group claims that state the same checkable thing, across articles.

    ``articles`` (optional) gives the article bodies: they tell which articles
    report one story and what "the isolated country" in a claim refers to;
    without them the claims' own texts are used. Every claim is in exactly
    one group; claims over one span (one statement, two speakers) share it;
    editorial claims stay alone. ``exhaustive`` compares every pair of a
    component instead of candidate blocks (for checking the blocking; the
    component's units are then clustered at once, not story by story). Groups
    come ordered by their first claim id.
    """
    if not exhaustive:
        return _merge(story_propositions(claims, articles))
    amap = _article_map(articles)
    return _merge(_grouped(build_units(comp, amap, exhaustive=True), exhaustive=True)
                  for comp in components(claims, amap))


def cluster_claims(claims: Sequence[Claim], articles: Articles = None, *,
                   exhaustive: bool = False) -> list[list[Claim]]:
    """The claims of each proposition (see :func:`propositions`), groups by first id."""
    return [list(p.claims) for p in propositions(claims, articles, exhaustive=exhaustive)]


def is_opinion(text: str) -> bool:
    """Whether a claim's content voices an opinion (concern, condemnation, praise, ...)."""
    return frame_of(text).opinion


def party_of(name: str) -> str | None:
    """The party id a name stands for ("Moscow", "Russian", "Kremlin" -> "RU"), or None."""
    return lexicon().party(name)


def collective(name: str) -> bool:
    """Whether a speaker name is a country, capital or body ("Ukraine"), not a person."""
    return lexicon().collective(name)
