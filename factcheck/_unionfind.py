"""One union-find for the whole package: groups of hashable, ordered keys.

The root of a group is always its smallest key, so the result never depends
on the order in which unions happen (matching and verdicts both rely on it).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar


class _Ordered(Hashable, Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


K = TypeVar("K", bound=_Ordered)

__all__ = ["UnionFind"]


class UnionFind(Generic[K]):
    """Disjoint sets over keys (added on first use); ``find`` gives the smallest member."""

    def __init__(self, keys: Iterable[K] = ()) -> None:
        self._parent: dict[K, K] = {k: k for k in keys}

    def find(self, k: K) -> K:
        parent = self._parent
        parent.setdefault(k, k)
        root = k
        while parent[root] != root:
            root = parent[root]
        while parent[k] != root:  # path compression
            parent[k], k = root, parent[k]
        return root

    def union(self, a: K, b: K) -> K:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        lo, hi = (ra, rb) if ra < rb else (rb, ra)
        self._parent[hi] = lo
        return lo

    def __iter__(self) -> Iterator[K]:
        """Every key seen so far, in the order first seen."""
        return iter(self._parent)

    def groups(self) -> list[list[K]]:
        """Every group, each sorted, groups ordered by their smallest key."""
        out: dict[K, list[K]] = {}
        for k in sorted(self._parent):
            out.setdefault(self.find(k), []).append(k)
        return [out[r] for r in sorted(out)]
