"""The one-way flow: paths -> articles -> claims -> clusters -> verdicts.

Extraction is a map over articles (run in a process pool with ``jobs`` > 1,
see ``_parallel``); matching is a keyed group-by over claims. Between them,
wire copy is found (``_copies``): matching sees one copy of a statement that
several copies, or one article, repeat, and the repeats join its cluster
afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from os import PathLike
from typing import Any

import attrs
from attrs import validators as v

from factcheck._copies import Fingerprint, dedupe_claims, link_copies, mark_copies
from factcheck._parallel import DEFAULT_CHUNKSIZE, Failure, available_cores, extract_each
from factcheck.claims import Article, Claim, Cluster, Party, Result, Skipped, Speaker
from factcheck.ingest import DEFAULT_MAX_BYTES, load
from factcheck.knowledge import Knowledge, current
from factcheck.match import Proposition, propositions, story_propositions
from factcheck.verify import judge

__all__ = ["Options", "analyze", "analyze_articles", "apply_parties", "assemble",
           "group_claims", "harmonize_parties", "judged", "known_parties", "match_groups"]

PARALLEL_FROM = 64  # articles; below this starting worker processes costs more than it saves


def _positive(instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, not {value}")


@attrs.frozen(kw_only=True)
class Options:
    """How an analysis runs (never what it finds, except ``copies``).

    ``jobs``: extraction processes (None: the cores available, from
    :data:`PARALLEL_FROM` articles; 1: in this process). ``chunksize``:
    articles per task sent to a worker. ``copies``: find wire copy and count
    it once (off only to measure the matcher on a replicated corpus).
    """

    jobs: int | None = attrs.field(default=None, validator=_positive)
    chunksize: int = attrs.field(default=DEFAULT_CHUNKSIZE,
                                 validator=[v.instance_of(int), _positive])
    copies: bool = True

    def workers(self, articles: int) -> int:
        """The worker processes to use for this many articles (``jobs`` if given)."""
        if self.jobs is not None:
            return self.jobs
        return available_cores() if articles >= PARALLEL_FROM else 1


def known_parties(pairs: Iterable[tuple[str, Party]]) -> dict[str, dict[str, Party]]:
    """Each speaker name's parties by id, from (name, party) pairs. Parties are equal by
    id; of two records of one id the first by (name, kind) is kept, whatever the order."""
    known: dict[str, dict[str, Party]] = {}
    for name, party in pairs:
        seen = known.setdefault(name, {})
        if party.id not in seen or (party.name, party.kind) < (seen[party.id].name,
                                                               seen[party.id].kind):
            seen[party.id] = party
    return known


def apply_parties(claims: Sequence[Claim], known: Mapping[str, Mapping[str, Party]],
                  ) -> list[Claim]:
    """Claims of unknown party given the one party their speaker is known for."""
    out = []
    given: dict[tuple[str, str | None], Speaker] = {}  # one record per speaker, not per claim
    for c in claims:
        parties = known.get(c.speaker.name, {})
        if c.speaker.party is None and len(parties) == 1:
            key = (c.speaker.name, c.speaker.role)
            if key not in given:
                given[key] = attrs.evolve(c.speaker, party=next(iter(parties.values())))
            c = attrs.evolve(c, speaker=given[key])
        out.append(c)
    return out


def harmonize_parties(claims: Sequence[Claim]) -> list[Claim]:
    """One speaker, one side across the corpus: a person whose party one article states
    keeps it where another article leaves it unknown (a keyed group-by on the name)."""
    return apply_parties(claims, known_parties(
        (c.speaker.name, c.speaker.party) for c in claims if c.speaker.party is not None))


def match_groups(articles: Sequence[Article] | Mapping[str, Article],
                 claims: Sequence[Claim]) -> list[Proposition]:
    """Groups of (harmonized) claims: a statement repeated in one article or in copies
    of it (``Article.copy_of``) is matched once and its repeats added back."""
    arts = articles.values() if isinstance(articles, Mapping) else articles
    copy_of = {a.id: a.copy_of for a in arts if a.copy_of}
    reps, repeats = dedupe_claims(claims, copy_of)
    # the matcher's propositions carry their frames and rival accounts on to the verdicts
    return [p.with_repeats(repeats) for p in propositions(reps, articles)]


def judged(articles: Sequence[Article] | Mapping[str, Article],
           claims: Sequence[Claim]) -> list[Cluster]:
    """``judge(match_groups(articles, claims), articles)``, one story at a time: each
    story's propositions are judged as soon as they are matched and their frames let go,
    so the frames of the whole corpus never coexist. The same clusters in the same
    order (verdicts are per proposition; rival accounts are of one story)."""
    arts = list(articles.values()) if isinstance(articles, Mapping) else list(articles)
    amap = {a.id: a for a in arts}
    copy_of = {a.id: a.copy_of for a in arts if a.copy_of}
    reps, repeats = dedupe_claims(claims, copy_of)
    order = {aid: n for n, aid in enumerate(sorted(amap))}
    ranked: list[tuple[tuple[int, str, int, str], Cluster]] = []
    for part in story_propositions(reps, amap):
        groups = [p.with_repeats(repeats) for p in part]
        by_id = {c.id: c for p in groups for c in p.claims}
        mine = sorted({c.article for c in by_id.values()} & amap.keys())
        for cl in judge(groups, [amap[a] for a in mine]):
            # where judge() would place it among all clusters: by its first claim
            first = min((order.get(c.article, len(order)), c.article, c.start)
                        for c in (by_id[i] for i in cl.claims))
            ranked.append(((*first, cl.id), cl))
    ranked.sort(key=lambda r: r[0])
    return [cl for _, cl in ranked]


def group_claims(articles: Sequence[Article], claims: Sequence[Claim],
                 ) -> tuple[list[Claim], list[Proposition]]:
    """Harmonized claims (of the whole corpus), and their groups."""
    claims = harmonize_parties(claims)
    return claims, match_groups(articles, claims)


def assemble(articles: Sequence[Article], claims: Sequence[Claim],
             prints: Mapping[str, Fingerprint] | None = None) -> Result:
    """The cross-corpus stages over extracted claims: copies, parties, matching, verdicts.

    ``articles`` sorted by id, ``claims`` in article order as extracted;
    ``prints`` the articles' fingerprints (None: ``Article.copy_of`` is taken as given).
    """
    return _assemble(articles, list(claims), prints)


def _assemble(articles: Sequence[Article], claims: list[Claim],
              prints: Mapping[str, Fingerprint] | None) -> Result:
    """As :func:`assemble`, consuming ``claims`` (emptied): each claim is replaced by its
    final record as it is placed, so two sets of every claim never exist at once."""
    ordered = mark_copies(articles, link_copies(prints)) if prints is not None else articles
    placed = harmonize_parties(claims)
    claims.clear()
    clusters = judged(ordered, placed)
    where = {cid: cl.id for cl in clusters for cid in cl.claims}
    for n, c in enumerate(placed):
        placed[n] = attrs.evolve(c, cluster=where.get(c.id))
    return Result(articles=ordered, claims=placed, clusters=clusters)


class _Shared:
    """One record for equal values that come back from the workers in separate pickles: a
    speaker quoted in a thousand articles, a party, a cue or a day is held once, not once
    per chunk of articles, and each claim names its article with the article's own id.
    The claim's annotation is dropped (see :meth:`claim`)."""

    def __init__(self) -> None:
        self._values: dict[object, Any] = {}

    def _one(self, key: object, value: Any) -> Any:
        return self._values.setdefault(key, value)

    def _speaker(self, sp: Speaker) -> Speaker:
        party = sp.party
        pkey = None if party is None else ("party", party.id, party.kind, party.name)
        key = ("speaker", sp.name, sp.role, pkey)
        shared: Speaker | None = self._values.get(key)
        if shared is None:
            shared = self._one(key, attrs.evolve(
                sp, name=self._one(sp.name, sp.name),
                party=None if party is None else self._one(pkey, party)))
        return shared

    def claim(self, c: Claim, article: Article) -> Claim:
        return attrs.evolve(
            c, article=article.id if c.article == article.id else c.article,
            speaker=self._speaker(c.speaker),
            cue=None if c.cue is None else self._one(c.cue, c.cue),
            date=None if c.date is None else self._one(("date", c.date), c.date),
            # no later stage reads the annotation (matching frames the text itself): a
            # third of a claim's memory; keep it here once matching or verdicts read it
            annotation=None)


def analyze_articles(articles: Sequence[Article],
                     progress: Callable[[Iterable[Article]], Iterable[Article]] | None = None,
                     *, options: Options | None = None,
                     knowledge: Knowledge | None = None) -> Result:
    """Extract, match and judge the claims of already-loaded articles.

    ``knowledge``: the knowledge base every stage reads (default: the shipped one,
    ``Knowledge.default()``, or the one made active by the caller).
    """
    if knowledge is not None:
        with knowledge.active():
            return analyze_articles(articles, progress, options=options)
    opts = options or Options()
    kb = current()
    ordered = sorted(articles, key=lambda a: a.id)
    stream = progress(ordered) if progress else ordered
    claims: list[Claim] = []
    prints: dict[str, Fingerprint] | None = {} if opts.copies else None
    extracted = extract_each(stream, jobs=opts.workers(len(ordered)),
                             # one article has no copy: no fingerprint (nor its import)
                             chunksize=opts.chunksize, copies=opts.copies and len(ordered) > 1,
                             knowledge=None if kb is Knowledge.default() else kb)
    kept: list[Article] = []
    shared = _Shared()
    failed: list[Skipped] = []  # an article whose extraction raised is skipped, alone
    for art, outcome in zip(ordered, extracted, strict=True):
        if isinstance(outcome, Failure):
            failed.append(Skipped(source=art.source, reason=f"{art.source}: {outcome.reason}"))
            continue
        found, fp = outcome
        kept.append(art)
        claims.extend(shared.claim(c, art) for c in found)
        if prints is not None and fp is not None:
            prints[art.id] = fp
    return attrs.evolve(_assemble(kept, claims, prints), skipped=failed)


def analyze(paths: Iterable[str | PathLike[str]],
            progress: Callable[[Iterable[Article]], Iterable[Article]] | None = None,
            *, options: Options | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
            knowledge: Knowledge | None = None) -> Result:
    """Load every readable file under ``paths`` and analyze it.

    Unreadable files do not stop the batch: they are listed in
    ``Result.skipped`` with the reason. ``knowledge``: a knowledge base to read
    names, parties and people with (``Knowledge.load("mine.jsonl")``; default:
    the shipped one).
    """
    loaded = load(paths, max_bytes=max_bytes)
    result = analyze_articles(loaded.articles, progress=progress, options=options,
                              knowledge=knowledge)
    return attrs.evolve(result, skipped=(*loaded.skipped, *result.skipped),
                        warnings=(*loaded.warnings, *result.warnings))
