"""Ingestion: files and folders to :class:`claims.Article` records (PLACEHOLDER, being rewritten)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from os import PathLike
from pathlib import Path

import attrs

from claims import Article, Skipped
from factcheck._errors import InputError, PathNotFoundError

__all__ = ["Loaded", "load", "read_article"]


@attrs.frozen(kw_only=True)
class Loaded:
    articles: tuple[Article, ...] = attrs.field(converter=tuple)
    skipped: tuple[Skipped, ...] = attrs.field(converter=tuple)


def read_article(path: str | PathLike[str]) -> Article:
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    head, sep, rest = text.partition("\n\n")
    lines = head.splitlines()
    if sep and lines and all(":" in ln and ln.split(":", 1)[0].strip().isidentifier() for ln in lines):
        header = {k.strip(): val.strip() for k, val in (ln.split(":", 1) for ln in lines)}
        text = rest
    return Article(id=p.stem, source=str(p), body=text.strip(), outlet=header.get("outlet"),
                   title=header.get("title"), published=header.get("published"))


def load(paths: Iterable[str | PathLike[str]]) -> Loaded:
    arts, skipped = [], []
    for given in paths:
        p = Path(given)
        if not p.exists():
            raise PathNotFoundError("no such file or directory", source=str(p))
        files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in files:
            if f.suffix != ".txt" or f.name.isupper():
                continue
            try:
                arts.append(read_article(f))
            except InputError as exc:
                skipped.append(Skipped(source=str(f), reason=str(exc)))
    _ = hashlib
    return Loaded(articles=arts, skipped=skipped)
