"""Extraction on every core: a process pool over a stream of articles.

Extraction is a pure map, so workers need nothing but the article. Articles
go to the pool in windows of a few chunks per worker (never the whole corpus
at once: the parent holds each body once, the pipe a few chunks), and come
back in input order, so the output is the same with one worker or many.
Each worker also computes the article's copy fingerprint (``_copies``).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice
from typing import NamedTuple, TypeVar

from factcheck._copies import Fingerprint, fingerprint
from factcheck._errors import debugging
from factcheck.claims import Article, Claim
from factcheck.extract import extract
from factcheck.knowledge import Knowledge

__all__ = ["Extracted", "Failure", "available_cores", "extract_each", "extract_stream"]

Extracted = tuple[list[Claim], Fingerprint | None]
_T = TypeVar("_T")
DEFAULT_CHUNKSIZE = 8  # articles per task: amortises pickling without starving a worker
_WINDOW_CHUNKS = 4  # chunks per worker in flight at once


def available_cores() -> int:
    """The cores this process may run on (affinity and cgroup-aware where Python knows)."""
    count = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if count is not None:
        return int(count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _work(article: Article, copies: bool, knowledge: Knowledge | None = None) -> Extracted:
    return extract(article, knowledge), fingerprint(article.body) if copies else None


class Failure(NamedTuple):
    """An article whose extraction raised: the error, as the article's skip reason."""

    reason: str


def _try_work(article: Article, copies: bool,
              knowledge: Knowledge | None = None) -> Extracted | Failure:
    try:
        return _work(article, copies, knowledge)
    except Exception as exc:  # one article's failure is its own, never the batch's
        if debugging():
            raise
        return Failure(f"extraction failed: {type(exc).__name__}: {exc}")


def _windows(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while window := list(islice(it, size)):
        yield window


def extract_stream(articles: Iterable[Article], *, jobs: int = 1,
                   chunksize: int = DEFAULT_CHUNKSIZE, copies: bool = True,
                   knowledge: Knowledge | None = None) -> Iterator[Extracted]:
    """Each article's claims (and fingerprint, with ``copies``), in input order.

    ``jobs`` > 1 runs extraction in that many worker processes; the results
    are the same as with one. ``knowledge``: a user's knowledge base (None: the
    one in force), sent to the workers.
    """
    yield from _map(partial(_work, copies=copies, knowledge=knowledge), articles, jobs,
                    chunksize)


def extract_each(articles: Iterable[Article], *, jobs: int = 1,
                 chunksize: int = DEFAULT_CHUNKSIZE, copies: bool = True,
                 knowledge: Knowledge | None = None) -> Iterator[Extracted | Failure]:
    """As :func:`extract_stream`, with a :class:`Failure` in place of each article whose
    extraction raised, so one article cannot stop a batch."""
    yield from _map(partial(_try_work, copies=copies, knowledge=knowledge), articles, jobs,
                    chunksize)


def _map(work: Callable[[Article], _T], articles: Iterable[Article], jobs: int,
         chunksize: int) -> Iterator[_T]:
    if jobs <= 1:
        yield from map(work, articles)
        return
    # forkserver: workers fork from a clean process that has imported the extractor,
    # never from a parent that may run threads (progress bars, Dask)
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["factcheck.extract", "factcheck._copies"])
    with ctx.Pool(processes=jobs) as pool:
        for window in _windows(articles, jobs * chunksize * _WINDOW_CHUNKS):
            yield from pool.imap(work, window, chunksize=chunksize)
