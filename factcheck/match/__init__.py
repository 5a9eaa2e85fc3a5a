"""Cross-article claim matching (PLACEHOLDER: every claim its own cluster)."""

from __future__ import annotations

from collections.abc import Sequence

from claims import Claim

__all__ = ["cluster_claims"]


def cluster_claims(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Group claims that state the same checkable thing."""
    return [[c] for c in sorted(claims, key=lambda c: c.id)]
