"""Units: the claims over one span, with the frame and context the matcher needs.

A claim with two speakers is two Claim records over the same span; the
matcher handles them as one unit so that they always land together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs

from factcheck.claims import Article, Claim, Kind, Stance
from factcheck.match._features import Frame, frame_of, site_of
from factcheck.match._lexicon import lexicon
from factcheck.match._similarity import normalize
from factcheck.match._stories import Document, lead, stories

__all__ = ["Unit", "build_units", "story_map"]


@attrs.frozen(kw_only=True)
class Unit:
    """One span of one article, and everything matching reads from it."""

    claims: tuple[Claim, ...]
    article: str
    start: int
    end: int
    rank: int  # position in the corpus: articles by id, then spans
    story: str
    parties: frozenset[str]
    names: frozenset[str]
    roles: frozenset[str]  # lower-cased words of the speakers' roles ("foreign", "minister")
    denial: bool
    editorial: bool
    frame: Frame
    words: str  # normalized content words, for fuzzy comparison


def _stance(claims: Sequence[Claim]) -> bool:
    """Whether the unit denies (the majority of its speakers deny)."""
    denies = sum(c.stance is Stance.DENIES for c in claims)
    return denies * 2 > len(claims)


def story_map(claims: Sequence[Claim], articles: Mapping[str, Article],
              exhaustive: bool = False) -> dict[str, str]:
    """The story of each article the claims are in, the claims taken as one component."""
    spans, by_article = _spans(claims)
    docs, speakers, _ = _documents(claims, articles, spans, by_article)
    return stories(docs, speakers, exhaustive=exhaustive)


def _spans(claims: Sequence[Claim]) -> tuple[dict[tuple[str, int, int], list[Claim]],
                                             dict[str, list[tuple[str, int, int]]]]:
    spans: dict[tuple[str, int, int], list[Claim]] = defaultdict(list)
    for c in claims:
        spans[(c.article, c.start, c.end)].append(c)
    by_article: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for key in sorted(spans):
        by_article[key[0]].append(key)
    return spans, by_article


def _documents(claims: Sequence[Claim], articles: Mapping[str, Article],
               spans: Mapping[tuple[str, int, int], list[Claim]],
               by_article: Mapping[str, list[tuple[str, int, int]]],
               ) -> tuple[dict[str, Document], dict[str, set[str]], dict[str, str | None]]:
    """What story linking reads of each article (with its site), its speakers, its site."""
    docs = {}
    for art, members in by_article.items():
        known = articles.get(art)
        docs[art] = Document(body=known.body, title=known.title or "",
                             outlet=known.outlet or "") if known is not None else Document(
            body=" ".join(spans[k][0].text for k in members))
    speakers: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        speakers[c.article].add(c.speaker.name)
    site = {art: site_of(d.title, lead(d.body), d.body) for art, d in docs.items()}
    docs = {art: attrs.evolve(d, site=site[art]) for art, d in docs.items()}
    return docs, speakers, site


def build_units(claims: Sequence[Claim], articles: Mapping[str, Article],
                exhaustive: bool = False, story: Mapping[str, str] | None = None,
                ) -> list[Unit]:
    """Units in corpus order, each with its story and frame. ``story``: each article's
    story as :func:`story_map` gave it over a larger claim set (whole stories of it),
    else the stories of these claims."""
    spans, by_article = _spans(claims)
    keys = sorted(spans)
    docs, speakers, site = _documents(claims, articles, spans, by_article)
    if story is None:
        story = stories(docs, speakers, exhaustive=exhaustive)
    units = []
    for rank, key in enumerate(keys):
        group = sorted(spans[key], key=lambda c: c.id)
        first = group[0]
        parties = frozenset(_party(party_id(c.speaker.party)) for c in group)
        denial = _stance(group)
        context = _context(first, articles.get(first.article), spans, by_article[first.article])
        frame = frame_of(first.text, denial=denial, speakers=parties, context=context,
                         cue=first.cue, site=site[first.article])
        units.append(Unit(
            claims=tuple(group), article=first.article, start=first.start, end=first.end,
            rank=rank, story=story[first.article], parties=parties,
            names=frozenset(c.speaker.name for c in group),
            roles=frozenset(w.lower() for c in group for w in (c.speaker.role or "").split()),
            denial=denial,
            editorial=all(c.kind is Kind.EDITORIAL for c in group),
            frame=frame, words=normalize(first.text)))
    return units


def party_id(party: object) -> str:
    """A speaker's party as an id string ("unknown" when not known)."""
    return "unknown" if party is None else str(party)


def _party(name: str) -> str:
    """A party id as the frames use it ("Russia" given as a party reads as "RU")."""
    return lexicon().party(name) or name


_CONTEXT_CHARS = 600  # enough for the sentence before a claim and its own lead-in


def _context(claim: Claim, article: Article | None,
             spans: Mapping[tuple[str, int, int], list[Claim]],
             members: Sequence[tuple[str, int, int]]) -> str:
    """The text just before the claim: from the article body if given, else earlier claims."""
    if article is not None and article.body[claim.start:claim.end] == claim.text:
        return article.body[max(0, claim.start - _CONTEXT_CHARS):claim.start]
    earlier = [spans[k][0].text for k in members if k[1] < claim.start]
    return " ".join(earlier[-3:])
