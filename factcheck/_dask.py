"""The same stages on Dask, for archives that outgrow one machine.

    >>> import dask.bag as db
    >>> from factcheck._dask import analyze_bag, paths_bag
    >>> result = analyze_bag(paths_bag(["archive/"]))      # doctest: +SKIP

Needs the optional extra ``factcheck-news[dask]`` (``dask[distributed]``);
this module is imported only when used. Each stage runs where its data is:

- ingestion and extraction: a bag map over files (or records), each worker
  reading, cleaning and extracting its own articles and fingerprinting them;
- what is small and cross-corpus goes to the driver as ids: copy groups
  (fingerprints, ``_copies``), one side per speaker (name -> party), and the
  connected components of the blocking-key graph (claim id -> keys);
- matching: the claims and the articles they need are shuffled by
  component (``Bag.groupby``), and each component is matched and judged on
  its own (the matcher's locality contract: matching a corpus is matching
  each component). Without ``factcheck.match.blocking_keys`` the whole
  corpus is one component.

The result equals a single-process ``analyze`` over the same articles.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import attrs

from factcheck import match as _match
from factcheck._copies import Fingerprint, fingerprint, link_copies, normalize
from factcheck._errors import InputError
from factcheck._pipeline import known_parties, match_groups
from factcheck._unionfind import UnionFind
from factcheck.claims import Article, Claim, Cluster, Notice, Party, Result, Skipped
from factcheck.extract import extract
from factcheck.ingest import DEFAULT_MAX_BYTES, read_articles, read_record
from factcheck.verify import judge

if TYPE_CHECKING:
    import dask.bag

__all__ = ["analyze_bag", "analyze_on", "paths_bag"]

_ALL = "*"  # the one key of every claim when the matcher has no blocking keys


def paths_bag(paths: Iterable[str | PathLike[str]], npartitions: int | None = None,
              ) -> dask.bag.Bag:
    """A bag of the files under ``paths`` (folders walked as ``load`` walks them)."""
    import dask.bag as db

    from factcheck.ingest import _walk
    files: list[str] = []
    for p in paths:
        path = Path(os.fspath(p))
        if path.is_dir():
            files.extend(str(f) for f in _walk(path)[0])
        else:
            files.append(os.fspath(p))
    parts = npartitions or max(1, min(len(files), 64))
    return db.from_sequence(files, npartitions=parts)


# --- stages run on the workers (module-level: they are pickled by reference) ---------------

def _read(item: object, max_bytes: int) -> list[Article | Skipped | Notice]:
    """The articles of one bag item: a path, an Article or a record (dict)."""
    if isinstance(item, Article):
        return [item]
    try:
        if isinstance(item, Mapping):
            return [read_record(item)]
        loaded = read_articles(os.fspath(cast("str | PathLike[str]", item)),
                               max_bytes=max_bytes)
    except InputError as exc:
        return [Skipped(source=exc.source or "", reason=str(exc))]
    return [*loaded.articles, *loaded.skipped, *loaded.warnings]


def _rename(outs: list[Article | Skipped | Notice],
            renames: Mapping[tuple[str, str], list[str]]) -> list[Article | Skipped | Notice]:
    """Clashing ids replaced as ``load`` replaces them (one file's records in order)."""
    if not renames:
        return outs
    seen: Counter[tuple[str, str]] = Counter()
    fixed: list[Article | Skipped | Notice] = []
    for o in outs:
        if isinstance(o, Article) and (o.id, o.source) in renames:
            key = (o.id, o.source)
            o = attrs.evolve(o, id=renames[key][seen[key]])
            seen[key] += 1
        fixed.append(o)
    return fixed


def _extract(article: Article) -> tuple[Article, list[Claim] | str, Fingerprint]:
    try:
        return article, extract(article), fingerprint(article.body)
    except Exception as exc:  # one article's failure is its own, never the batch's
        return article, f"extraction failed: {type(exc).__name__}: {exc}", \
            fingerprint(article.body)


def _keyed(item: tuple[Article, list[Claim] | str, Fingerprint], copy_of: Mapping[str, str],
           known: Mapping[str, Party]) -> tuple[Article, list[tuple[Claim, frozenset[str]]]]:
    """The article (with its copy link) and its harmonized claims with their keys."""
    art, found, _ = item
    art = attrs.evolve(art, copy_of=copy_of.get(art.id))
    if isinstance(found, str):
        return art, []
    claims = [c if c.speaker.party is not None or c.speaker.name not in known else
              attrs.evolve(c, speaker=attrs.evolve(c.speaker, party=known[c.speaker.name]))
              for c in found]
    keys_of = getattr(_match, "blocking_keys", None)
    keys = keys_of(claims, {art.id: art}) if keys_of is not None else {}
    root = art.copy_of or art.id
    out = []
    for c in claims:
        # a statement and its repeats (in copies) are matched together: a shared key
        dup = "\0".join((root, normalize(c.text), c.speaker.name, c.stance.value,
                         c.kind.value))
        digest = hashlib.sha1(dup.encode("utf-8"), usedforsecurity=False).hexdigest()
        out.append((c, frozenset(keys.get(c.id, {_ALL})) | {f"dup:{digest}"}))
    return art, out


def _route(item: tuple[Article, list[tuple[Claim, frozenset[str]]]],
           component: Mapping[str, str]) -> list[tuple[str, str, Any]]:
    """(component, kind, record) for each claim, and the article once per component."""
    art, claims = item
    out: list[tuple[str, str, Any]] = [(component[c.id], "claim", c) for c, _ in claims]
    out += [(comp, "article", art) for comp in sorted({component[c.id] for c, _ in claims})]
    return out


def _judge_component(group: tuple[str, list[tuple[str, str, Any]]],
                     ) -> list[tuple[str, int, Cluster]]:
    """Match and judge one component: its clusters with their first claim's place."""
    _, records = group
    articles = {r[2].id: r[2] for r in records if r[1] == "article"}
    claims = sorted((r[2] for r in records if r[1] == "claim"),
                    key=lambda c: (c.article, c.start, c.end, c.id))
    groups = match_groups(dict(sorted(articles.items())), claims)
    clusters = judge(groups, list(articles.values()))
    by_id = {c.id: c for c in claims}
    out = []
    for cl in clusters:
        first = min((by_id[i] for i in cl.claims), key=lambda c: (c.article, c.start))
        out.append((first.article, first.start, cl))
    return out


# --- the driver -------------------------------------------------------------------------

def _renames(metas: Sequence[Sequence[tuple[str, str]]]) -> dict[tuple[str, str], list[str]]:
    """New ids for ids that clash in the batch, as ``factcheck.ingest.load`` gives them."""
    counts = Counter(aid for item in metas for aid, _ in item)
    if all(n == 1 for n in counts.values()):
        return {}
    seen: Counter[tuple[str, str]] = Counter()
    out: dict[tuple[str, str], list[str]] = {}
    for item in metas:
        for aid, source in item:
            if counts[aid] > 1:
                key = (aid, source)
                digest = hashlib.sha1(f"{source}\0{seen[key]}".encode(),
                                      usedforsecurity=False).hexdigest()[:8]
                seen[key] += 1
                out.setdefault(key, []).append(f"{aid}~{digest}")
    return out


def _one_side(pairs: Iterable[tuple[str, Party]]) -> dict[str, Party]:
    """The speakers one party is known for (as ``harmonize_parties`` decides)."""
    return {name: next(iter(parties.values()))
            for name, parties in known_parties(pairs).items() if len(parties) == 1}


def analyze_bag(items: dask.bag.Bag, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Result:
    """Analyze a bag of paths (files), ``Article`` records or JSON-style dicts on Dask.

    Runs on the current Dask scheduler (a ``distributed.Client`` if one is
    active). The result equals ``factcheck.analyze`` over the same inputs.
    """
    read = items.map(_read, max_bytes)
    metas = read.map(lambda outs: [(o.id, o.source) for o in outs
                                   if isinstance(o, Article)]).compute()
    renames = _renames(metas)
    outcomes = read.map(_rename, renames).flatten()
    skipped = list(outcomes.filter(lambda o: isinstance(o, Skipped)).compute())
    warnings = list(outcomes.filter(lambda o: isinstance(o, Notice)).compute())
    extracted = outcomes.filter(lambda o: isinstance(o, Article)).map(_extract).persist()

    prints = dict(extracted.map(lambda t: (t[0].id, t[2])).compute())
    copy_of = link_copies(prints)
    parties = (extracted.map(lambda t: [] if isinstance(t[1], str) else
                             [(c.speaker.name, c.speaker.party) for c in t[1]
                              if c.speaker.party is not None])
               .flatten().distinct(key=lambda p: (p[0], p[1].id)).compute())
    known = _one_side(parties)
    keyed = extracted.map(_keyed, copy_of, known).persist()

    union: UnionFind[str] = UnionFind()
    for cid, keys in keyed.map(lambda t: [(c.id, sorted(k)) for c, k in t[1]]) \
            .flatten().compute():
        union.find(cid)
        for key in keys:
            union.union(f"\x00{key}", cid)
    claim_ids = [k for k in union if not k.startswith("\x00")]
    roots: dict[str, str] = {}
    for cid in sorted(claim_ids):
        roots.setdefault(union.find(cid), cid)  # a component is named by its first claim
    component = {cid: roots[union.find(cid)] for cid in claim_ids}

    judged = (keyed.map(_route, component).flatten()
              .groupby(lambda r: r[0], shuffle="tasks")
              .map(_judge_component).flatten().compute())
    judged.sort(key=lambda t: (t[0], t[1], t[2].id))
    clusters = [cl for _, _, cl in judged]
    where = {cid: cl.id for cl in clusters for cid in cl.claims}

    final = sorted(keyed.compute(), key=lambda t: t[0].id)
    failed = {t[0].id: t[1] for t in extracted.compute() if isinstance(t[1], str)}
    articles = [art for art, _ in final if art.id not in failed]
    claims = [attrs.evolve(c, cluster=where.get(c.id)) for _, cs in final for c, _ in cs]
    skipped += [Skipped(source=art.source, reason=f"{art.source}: {failed[art.id]}")
                for art, _ in final if art.id in failed]
    return Result(articles=articles, claims=claims, clusters=clusters, skipped=skipped,
                  warnings=warnings)


def analyze_on(scheduler: str, articles: Sequence[Article] | None = None, *,
               paths: Iterable[str | PathLike[str]] | None = None) -> Result:
    """Analyze on the Dask scheduler at ``scheduler`` (``"local"``: a cluster of this
    machine's cores), from loaded ``articles`` or from files under ``paths``."""
    import dask.bag as db
    from distributed import Client, LocalCluster
    if scheduler == "local":
        from factcheck._parallel import available_cores
        cluster: LocalCluster | None = LocalCluster(n_workers=available_cores(),
                                                    threads_per_worker=1)
        client = Client(cluster)
    else:
        cluster, client = None, Client(scheduler)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        if articles is not None:
            bag = db.from_sequence(list(articles),
                                   npartitions=max(1, min(len(articles), workers * 4)))
        else:
            bag = paths_bag(paths or [])
        return analyze_bag(bag)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
