"""Wire copy: the same agency text carried by several outlets, found once.

Articles are compared as sets of word shingles (runs of :data:`SHINGLE`
words). Identical bodies are grouped by hash; the rest are compared through
MinHash signatures (``datasketch``) and locality-sensitive hashing (LSH bands
of those signatures, :func:`bands`), so that candidates come from shared bands,
never from all pairs. A candidate pair
is a copy when most of the shorter text's shingles are in the longer one
(containment, estimated from the signatures): a copy trimmed to its first
paragraphs, or with a paragraph of local reaction added, is still a copy.

Copies form groups (union-find); every member but the first by id gets
``Article.copy_of`` set to that first member's id. Later stages read it:
matching sees the claims of one copy only, verdicts count a group as one
source, and the report shows which outlets carried which copy.

    >>> from factcheck._copies import copy_groups
    >>> copy_groups([("a", "Same text of six words here."), ("b", "Same text of six words here.")])
    {'b': 'a'}
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence

import attrs
import numpy as np

from factcheck._unionfind import UnionFind
from factcheck.claims import Article, Claim

__all__ = ["CONTAINMENT", "Fingerprint", "bands", "copy_groups", "dedupe_claims", "expand",
           "fingerprint", "is_copy", "link_copies", "normalize"]

SHINGLE = 5  # words per shingle: long enough that two reports of one event rarely share many
NUM_PERM = 128  # MinHash permutations: containment estimated within a few hundredths
# LSH bands x rows: pairs of Jaccard 0.2 (a copy trimmed to a quarter of the text) become
# candidates 93% of the time, pairs of 0.3 all but always, unrelated texts (< 0.01) almost never
LSH_BANDS, LSH_ROWS = 64, 2
CONTAINMENT = 0.7  # share of the shorter text's shingles in the longer one: a copy
MIN_SHINGLES = 20  # shorter texts are copies only when identical (too little to compare)
_SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures depend on it
_DTYPE = np.uint32
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def normalize(text: str) -> str:
    """Lower-case words separated by one space: what two copies of one text share."""
    return " ".join(m.group(0) for m in _WORD.finditer(text.casefold()))


@attrs.frozen(kw_only=True)
class Fingerprint:
    """What copy detection keeps of an article: a hash of its text and its MinHash."""

    digest: str  # of the normalized body: identical copies
    shingles: int  # number of distinct shingles
    signature: bytes  # MinHash hash values (uint32), empty for short texts


def fingerprint(body: str) -> Fingerprint:
    """The fingerprint of one article body (pure; runs in the extraction workers)."""
    words = normalize(body).split()
    digest = hashlib.sha1(" ".join(words).encode("utf-8"), usedforsecurity=False).hexdigest()
    grams = {" ".join(words[i:i + SHINGLE]).encode("utf-8")
             for i in range(max(1, len(words) - SHINGLE + 1))}
    if len(grams) < MIN_SHINGLES:
        return Fingerprint(digest=digest, shingles=len(grams), signature=b"")
    # imported here: datasketch's package imports all its sketches and scipy (half a
    # second), which a process that only links fingerprints (the pool's parent) never needs
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME)
    mh.update_batch(sorted(grams))
    return Fingerprint(digest=digest, shingles=len(grams),
                       signature=np.asarray(mh.hashvalues, dtype=_DTYPE).tobytes())


def bands(fp: Fingerprint) -> list[tuple[int, bytes]]:
    """The LSH band keys of a fingerprint: (band, its rows' hash values as bytes). Two
    fingerprints sharing one are candidates, exactly as in ``MinHashLSH``."""
    if not fp.signature:
        return []
    width = LSH_ROWS * np.dtype(_DTYPE).itemsize
    return [(b, fp.signature[b * width:(b + 1) * width]) for b in range(LSH_BANDS)]


def is_copy(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two fingerprints are copies: the same text, or most of the shorter in the
    longer (candidates only: call it on texts sharing an LSH band)."""
    if a.digest == b.digest:
        return True
    if not a.signature or not b.signature:
        return False
    return _contained(a, b, np.frombuffer(a.signature, dtype=_DTYPE),
                      np.frombuffer(b.signature, dtype=_DTYPE))


def _contained(a: Fingerprint, b: Fingerprint, ha: np.ndarray, hb: np.ndarray) -> bool:
    """Whether the shorter text is mostly inside the longer (containment from Jaccard)."""
    jaccard = float(np.count_nonzero(ha == hb)) / len(ha)
    small, big = sorted((a.shingles, b.shingles))
    inter = jaccard * (small + big) / (1 + jaccard)
    return inter / small >= CONTAINMENT


def link_copies(prints: Mapping[str, Fingerprint]) -> dict[str, str]:
    """``{article id: id of the copy it repeats}`` for every copy but the first of its group.

    Order-independent: groups and roots depend on the ids and texts only.
    """
    groups: UnionFind[str] = UnionFind()
    first_of: dict[str, str] = {}
    for aid in sorted(prints):
        fp = prints[aid]
        if fp.digest in first_of:
            groups.union(first_of[fp.digest], aid)
        else:
            first_of[fp.digest] = aid
    uniques = [aid for aid in sorted(first_of.values()) if prints[aid].signature]
    # LSH: each text is compared with the earlier texts sharing one of its bands (as
    # datasketch's MinHashLSH would find them, without importing it)
    buckets: dict[tuple[int, bytes], list[str]] = {}
    values = {aid: np.frombuffer(prints[aid].signature, dtype=_DTYPE) for aid in uniques}
    for aid in uniques:
        keys = bands(prints[aid])
        for other in sorted({o for key in keys for o in buckets.get(key, ())}):
            if _contained(prints[aid], prints[other], values[aid], values[other]):
                groups.union(aid, other)
        for key in keys:
            buckets.setdefault(key, []).append(aid)
    out = {}
    for aid in sorted(prints):
        root = groups.find(aid)
        if root != aid:
            out[aid] = root
    return out


def copy_groups(texts: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``{id: id of the copy it repeats}`` over ``(id, body)`` pairs."""
    return link_copies({aid: fingerprint(body) for aid, body in texts})


def mark_copies(articles: Sequence[Article], copy_of: Mapping[str, str]) -> list[Article]:
    """The articles with ``copy_of`` set from the mapping (and cleared where absent)."""
    return [a if a.copy_of == copy_of.get(a.id) else attrs.evolve(a, copy_of=copy_of.get(a.id))
            for a in articles]


def _key(claim: Claim, root: str) -> tuple[str, str, str, str, str]:
    return (root, normalize(claim.text), claim.speaker.name, claim.stance.value,
            claim.kind.value)


def dedupe_claims(claims: Sequence[Claim], copy_of: Mapping[str, str],
                  ) -> tuple[list[Claim], dict[str, list[Claim]]]:
    """The claims matching needs to see, and the repeats each of them stands for.

    One statement (same words, speaker, stance, kind) repeated in one article
    or in the copies of one agency text is matched once: by its first claim
    (article, position). Returns the representatives, and per representative
    id the other claims that join its cluster.
    """
    first: dict[tuple[str, str, str, str, str], Claim] = {}
    repeats: dict[str, list[Claim]] = {}
    for c in sorted(claims, key=lambda c: (c.article, c.start, c.end, c.id)):
        key = _key(c, copy_of.get(c.article, c.article))
        rep = first.setdefault(key, c)
        if rep is not c:
            repeats.setdefault(rep.id, []).append(c)
    order = {c.id: n for n, c in enumerate(claims)}
    reps = sorted(first.values(), key=lambda c: order[c.id])
    return reps, repeats


def expand(groups: Iterable[Sequence[Claim]], repeats: Mapping[str, Sequence[Claim]],
           ) -> list[list[Claim]]:
    """Groups of representatives with the repeats they stand for added back."""
    out = []
    for g in groups:
        members = [c for rep in g for c in (rep, *repeats.get(rep.id, ()))]
        out.append(sorted(members, key=lambda c: c.id))
    return sorted(out, key=lambda g: g[0].id)
