"""Extraction on every core: the same output with one process or many, streamed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from factcheck import Article, load
from factcheck._parallel import available_cores, extract_stream
from factcheck._pipeline import PARALLEL_FROM, Options
from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
DEV = [ROOT / "examples", ROOT.parent / "shared" / "eval" / "articles"]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return sorted(load([p for p in DEV if p.exists()]).articles, key=lambda a: a.id)


def test_two_workers_extract_what_one_does(articles: list[Article]) -> None:
    """The pool returns each article's claims and fingerprint, in input order."""
    one = list(extract_stream(articles, jobs=1))
    two = list(extract_stream(articles, jobs=2, chunksize=2))
    assert two == one


def test_cli_jobs_2_writes_the_report_of_jobs_1(tmp_path: Path) -> None:
    """``--jobs 2`` writes a JSON report byte-identical to ``--jobs 1``."""
    paths = [str(p) for p in DEV if p.exists()]
    for jobs in ("1", "2"):
        assert main(["analyze", *paths, "--jobs", jobs, "-f", "json", "-q",
                     "-o", str(tmp_path / f"j{jobs}.json")]) == 0
    assert (tmp_path / "j2.json").read_bytes() == (tmp_path / "j1.json").read_bytes()


def test_the_pool_reads_articles_as_it_goes(articles: list[Article]) -> None:
    """Articles are pulled from the input a window at a time, not all at once."""
    pulled = 0

    def stream() -> Iterator[Article]:
        nonlocal pulled
        for n in range(120):
            pulled += 1
            yield attrs.evolve(articles[n % len(articles)], id=f"a{n:04d}")

    results = extract_stream(stream(), jobs=2, chunksize=2)
    next(results)
    assert pulled < 120
    assert sum(1 for _ in results) == 119
    results.close()


def test_available_cores_is_at_least_one() -> None:
    """The default number of jobs is a positive count of usable cores."""
    assert available_cores() >= 1


@pytest.mark.parametrize(("jobs", "articles", "expected"), [
    (None, PARALLEL_FROM - 1, 1), (3, 1, 3), (1, 10_000, 1)])
def test_options_choose_workers(jobs: int | None, articles: int, expected: int) -> None:
    """Few articles run in-process unless jobs are given; given jobs are kept."""
    assert Options(jobs=jobs).workers(articles) == expected


@pytest.mark.parametrize("jobs", [0, -2])
def test_options_refuse_no_workers(jobs: int) -> None:
    """Zero or negative jobs is an error, not a silent single process."""
    with pytest.raises(ValueError, match="jobs"):
        Options(jobs=jobs)


def test_claims_from_workers_share_records(articles: list[Article]) -> None:
    """Claims from different worker chunks share their speaker records (one as extracted,
    one with the party harmonization gave), and name their article with the article's own
    id string: held once, not once per chunk."""
    from factcheck._pipeline import analyze_articles

    result = analyze_articles(articles, options=Options(jobs=2, chunksize=1))
    ids = {a.id: a.id for a in result.articles}
    assert all(c.article is ids[c.article] for c in result.claims)
    records = {id(c.speaker) for c in result.claims}
    assert len(records) <= 2 * len({c.speaker for c in result.claims})


def test_a_run_shorter_than_the_server_start_is_extracted_here(
        articles: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the fork server is up, this process extracts the articles itself, in order:
    with the server never ready, ``jobs=2`` gives what ``jobs=1`` gives."""
    import threading

    import factcheck._parallel as parallel

    monkeypatch.setattr(parallel, "_server_ready", lambda ctx: threading.Event())
    assert list(extract_stream(articles[:5], jobs=2)) == list(extract_stream(articles[:5]))


def test_the_warm_up_article_exercises_extraction() -> None:
    """The sample the fork server extracts at start gives claims of several speakers
    (a sample that gave none would leave the workers' lexicons cold)."""
    from factcheck._warmup import SAMPLE
    from factcheck.extract import extract

    claims = extract(SAMPLE)
    assert len({c.speaker.name for c in claims}) >= 5
    assert any(c.speaker.party is not None for c in claims)
