"""Attributed-claim extraction (PLACEHOLDER)."""

from __future__ import annotations

from claims import Article, Claim

__all__ = ["extract"]


def extract(article: Article) -> list[Claim]:
    """The attributed claims of one article, in text order."""
    return []
