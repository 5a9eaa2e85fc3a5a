"""The Dask path: the same result as one process, on an in-process LocalCluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from factcheck import Result, analyze, load
from factcheck._pipeline import Options

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from factcheck._dask import analyze_bag, paths_bag  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# The shared dev corpus when the checkout sits beside it, else the project's own copies of
# real-style articles: the equality tests run either way instead of skipping.
_SHARED = ROOT.parent / "shared"
SEEDS, ARTICLES = ((_SHARED / "seeds", _SHARED / "eval" / "articles")
                   if (_SHARED / "eval" / "articles").is_dir()
                   else (ROOT / "examples", ROOT / "eval" / "heldout3" / "articles"))
DEV = [SEEDS, ARTICLES]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def single() -> Result:
    return analyze(DEV, options=Options(jobs=1))


def test_a_bag_of_paths_gives_the_single_process_result(client: object, single: Result) -> None:
    """Ingestion, extraction, keyed matching and verdicts on Dask equal ``analyze``."""
    result = analyze_bag(paths_bag(DEV, npartitions=4))
    assert result == single


def test_a_bag_of_records_gives_the_single_process_result(client: object,
                                                          single: Result) -> None:
    """Articles already read can be given as the bag's records."""
    articles = load(DEV).articles
    result = analyze_bag(dask_bag.from_sequence(articles, npartitions=3))
    assert result == attrs.evolve(single, skipped=(), warnings=())
