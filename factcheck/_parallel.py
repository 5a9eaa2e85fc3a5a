"""Extraction on every core: a process pool over a stream of articles.

Extraction is a pure map, so workers need nothing but the article. Articles
go to the pool in chunks, a few chunks per worker in flight (never the whole
corpus at once: the parent holds each body once, the pipe a few chunks), and
come back in input order, so the output is the same with one worker or many.
Each worker also computes the article's copy fingerprint (``_copies``).

Workers fork from a server that has imported the extractor and run it once
(``_warmup``), so none pays the first call's half second of lexicons and
patterns. The server itself takes a second or so to start: until it is up,
this process extracts the first articles itself, so a short run costs no more
than with one job, and a long one has every core busy from the start.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice
from multiprocessing.pool import AsyncResult
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


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
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
    # forkserver: workers fork from a clean process that has imported the extractor and
    # run it once (``_warmup``: lexicons, knowledge, compiled patterns), so each starts
    # warm; never from a parent that may run threads (progress bars, Dask)
    ctx = multiprocessing.get_context("forkserver")
    ready = _server_ready(ctx)
    it = iter(articles)
    # the server takes a second or so to start and warm: this process extracts the
    # first articles itself meanwhile, in order, so no core idles while it waits
    while not ready.is_set():
        article = next(it, None)
        if article is None:
            return
        yield work(article)
    with ctx.Pool(processes=jobs) as pool:
        # a sliding window of chunks in flight: a new chunk goes out as each result comes
        # back, so no worker waits for the slowest chunk of a batch
        pending: deque[AsyncResult[list[_T]]] = deque()
        for chunk in _chunks(it, chunksize):
            pending.append(pool.apply_async(_each, (work, chunk)))
            if len(pending) >= jobs * _WINDOW_CHUNKS:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _each(work: Callable[[Article], _T], chunk: list[Article]) -> list[_T]:
    return [work(article) for article in chunk]


_READY = threading.Event()  # the fork server of this process has started, warm
_STARTING = threading.Lock()
_started = False


def _server_ready(ctx: multiprocessing.context.ForkServerContext) -> threading.Event:
    """An event set once the fork server can fork warm workers (started on first call).

    Forking a first process blocks until the server has run its preload, so a
    background thread does it and sets the event; nothing waits for that thread.
    """
    global _started
    with _STARTING:
        if not _started:
            _started = True
            # "__main__": the script that runs (the CLI) is imported once, in the server,
            # not again in every worker
            ctx.set_forkserver_preload(["__main__", "factcheck._warmup"])
            threading.Thread(target=_start_server, args=(ctx,), name="factcheck-forkserver",
                             daemon=True).start()
    return _READY


def _start_server(ctx: multiprocessing.context.ForkServerContext) -> None:
    probe = ctx.Process(target=_nothing, daemon=True)
    try:
        probe.start()  # returns once the server has forked it: preload done
        probe.join()
    except Exception:  # a server that cannot start: this process extracts everything
        return
    _READY.set()


def _nothing() -> None:
    """The probe process's work: none (its start shows the server is up)."""
