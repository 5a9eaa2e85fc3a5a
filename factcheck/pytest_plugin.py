'''Gherkin steps that check what factcheck finds in articles: a pytest plugin for pytest-bdd.

Installing factcheck registers this module with pytest (entry point
``pytest11: factcheck``), so in any project a feature file can say::

    Feature: Arms between North Korea and Russia
      Scenario: The arms claim is contested
        Given the articles in "news/nk-russia"
        Then the claim "North Korea gave Russia artillery shells" is contested
        And it is asserted by "United States", "Ukraine" and "NATO"
        And it is denied by "Russia"

      Scenario: Only the United States says Russia seeks an arms deal
        Given the articles in "news/nk-russia"
        Then the claim "Russia is seeking an arms deal with North Korea" is uncorroborated
        And "John Kirby" said it on 2023-09-13

and a test module binds it with ``scenarios("my.feature")``. Paths are taken
relative to the feature file's folder, then to pytest's rootdir; each path is
analyzed once per test session. Claims are found by meaning, not exact wording
(see :func:`factcheck._steps.rank_clusters`); the ini option
``factcheck_threshold`` (default 60, of 100) sets how close a step's wording
must be. Steps pass what they found to later steps through the fixtures
``factcheck_result``, ``factcheck_proposition`` and ``factcheck_statements``.
The full vocabulary is in docs/steps.md.
'''

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from pytest_bdd import given, parsers, then

from factcheck._steps._defaults import DEFAULT_THRESHOLD

if TYPE_CHECKING:
    from pytest_bdd.parser import Feature, Scenario

    from factcheck._steps import Analyses, Statements, StepFailed
    from factcheck.claims import Cluster, Result, Stance, Verdict

# pytest imports this module in every run of every project where factcheck is
# installed: the library (the pipeline, rapidfuzz, numpy...) is imported by the
# first step that needs it, never here.

__all__ = [
    "Analyses",
    "Statements",
    "StepFailed",
    "factcheck_analyses",
    "factcheck_proposition",
    "factcheck_result",
    "factcheck_statements",
    "factcheck_threshold",
]

T = TypeVar("T")
_LAZY = frozenset({"Analyses", "Statements", "StepFailed"})  # names from factcheck._steps


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(_steps(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _steps() -> ModuleType:
    from factcheck import _steps  # on first use: it imports the library

    return _steps


def _expect() -> Any:
    return _steps().expect


def _stance(name: str) -> Stance:
    from factcheck.claims import Stance

    return Stance(name)


def _verdict(text: str) -> Verdict:
    from factcheck.claims import Verdict

    return Verdict(text)

FEATURE_DIR = pytest.StashKey[Path]()
_QUOTED = re.compile(r'"([^"]+)"')
_DATE = r"(?P<date>\d{4}-\d{2}-\d{2})"
_NAMES = r'(?P<names>"[^"]+"(?:(?:,\s*|\s+and\s+|,\s+and\s+)"[^"]+")*)'
_HE = r"(?:he|she|it|they)"
_STATEMENTS = r"(?:(?:his|her|its|their) statements|they|it)"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("factcheck_threshold", type="string", default=str(DEFAULT_THRESHOLD),
                  help="factcheck steps: how close (0-100) a step's wording must be to a claim")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "factcheck: a test or scenario that checks factcheck's analysis of articles "
                   "(tag a feature @factcheck to select its scenarios with -m factcheck)")


@pytest.hookimpl(optionalhook=True)
def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Feature,
                               scenario: Scenario) -> None:
    # Steps resolve article paths against the feature file's folder.
    request.node.stash[FEATURE_DIR] = Path(feature.filename).parent


@contextlib.contextmanager
def _step() -> Iterator[None]:
    """Report a failed expectation as its message alone: no traceback into the library."""
    __tracebackhide__ = True
    try:
        yield
    except _steps().StepFailed as exc:
        raise pytest.fail.Exception(str(exc), pytrace=False) from None


def _need(value: T | None, what: str, how: str) -> T:
    if value is None:
        pytest.fail(f"no {what} yet: a scenario must first say {how}", pytrace=False)
    return value


def _result(value: Result | None) -> Result:
    return _need(value, "articles", 'Given the articles in "PATH"')


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


# -- fixtures ---------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def factcheck_analyses() -> Analyses:
    """The session's analyses, by path: each folder of articles is analyzed once."""
    analyses: Analyses = _steps().Analyses()
    return analyses


@pytest.fixture
def factcheck_threshold(pytestconfig: pytest.Config) -> float:
    """How close (0-100) a step's wording must be to a claim (ini ``factcheck_threshold``)."""
    return float(str(pytestconfig.getini("factcheck_threshold")))


@pytest.fixture
def factcheck_result() -> Result | None:
    """The analysis the scenario's ``Given the articles in ...`` step produced."""
    return None


@pytest.fixture
def factcheck_proposition() -> Cluster | None:
    """The proposition the last ``Then the claim ...`` step found ("it" in later steps)."""
    return None


@pytest.fixture
def factcheck_statements() -> Statements | None:
    """The claims of the speaker the last ``"NAME" is quoted`` step found ("he", "she")."""
    return None


# -- Given ------------------------------------------------------------------------------------

@given(parsers.re(r'the articles? (?:in|at|from) "(?P<path>[^"]+)"'),
       target_fixture="factcheck_result")
@given(parsers.re(r'the article "(?P<path>[^"]+)"'), target_fixture="factcheck_result")
def _articles(path: str, request: pytest.FixtureRequest,
              factcheck_analyses: Analyses) -> Result:
    bases = [request.node.stash.get(FEATURE_DIR, None), request.config.rootpath]
    with _step():
        where = _steps().resolve(path, [b for b in bases if b is not None])
        result: Result = factcheck_analyses.get(where)
        return result


# -- propositions and their parties -----------------------------------------------------------

@then(parsers.re(r'the claim "(?P<text>.+)" is '
                 r"(?P<verdict>contested|corroborated|uncorroborated|denied)"),
      converters={"verdict": _verdict}, target_fixture="factcheck_proposition")
def _claim_verdict(text: str, verdict: Verdict, factcheck_result: Result | None,
                   factcheck_threshold: float) -> Cluster:
    with _step():
        found: Cluster = _expect().proposition(_result(factcheck_result), text, verdict,
                                               factcheck_threshold)
        return found


@then(parsers.re(r'the claim "(?P<text>.+)" is made'), target_fixture="factcheck_proposition")
def _claim_made(text: str, factcheck_result: Result | None,
                factcheck_threshold: float) -> Cluster:
    with _step():
        found: Cluster = _expect().proposition(_result(factcheck_result), text, None,
                                               factcheck_threshold)
        return found


def _proposition(value: Cluster | None) -> Cluster:
    return _need(value, "claim", 'Then the claim "..." is contested (or made, ...)')


@then(parsers.re(rf"it is (?P<negated>not )?(?P<verb>asserted|denied) by {_NAMES}"))
def _parties(negated: str | None, verb: str, names: str,
             factcheck_proposition: Cluster | None) -> None:
    stance = _stance("asserts" if verb == "asserted" else "denies")
    with _step():
        _expect().parties(_proposition(factcheck_proposition), _QUOTED.findall(names),
                          stance, present=not negated)


@then(parsers.re(r"(?:nobody|no one|no party) (?P<verb>asserts|denies) it"))
def _nobody(verb: str, factcheck_proposition: Cluster | None) -> None:
    stance = _stance("asserts" if verb == "asserts" else "denies")
    with _step():
        _expect().nobody(_proposition(factcheck_proposition), stance)


@then(parsers.re(rf'"(?P<speaker>[^"]+)" (?P<verb>said|asserted|denied) it(?: on {_DATE})?'))
def _said(speaker: str, verb: str, date: str | None, factcheck_result: Result | None,
          factcheck_proposition: Cluster | None) -> None:
    stance = {"said": None, "asserted": _stance("asserts"), "denied": _stance("denies")}[verb]
    with _step():
        _expect().said(_result(factcheck_result), _proposition(factcheck_proposition),
                       speaker, _day(date), stance=stance, dated=date is not None)


# -- speakers ---------------------------------------------------------------------------------

@then(parsers.re(r'"(?P<speaker>[^"]+)" is quoted(?: in "(?P<article>[^"]+)")?'),
      target_fixture="factcheck_statements")
def _quoted(speaker: str, article: str | None, factcheck_result: Result | None) -> Statements:
    with _step():
        found: Statements = _expect().statements(_result(factcheck_result), speaker, article)
        return found


@then(parsers.re(r'"(?P<speaker>[^"]+)" (?P<verb>says|asserts|denies) "(?P<text>.+)"'),
      target_fixture="factcheck_statements")
def _says(speaker: str, verb: str, text: str, factcheck_result: Result | None,
          factcheck_threshold: float) -> Statements:
    stance = {"says": None, "asserts": _stance("asserts"), "denies": _stance("denies")}[verb]
    with _step():
        found: Statements = _expect().says(_result(factcheck_result), speaker, text, stance,
                                           factcheck_threshold)
        return found


def _statements(value: Statements | None) -> Statements:
    return _need(value, "speaker", 'Then "NAME" is quoted')


@then(parsers.re(rf'{_HE} speaks? for "(?P<party>[^"]+)"'))
def _speaks_for(party: str, factcheck_statements: Statements | None) -> None:
    with _step():
        _expect().speaks_for(_statements(factcheck_statements), party)


@then(parsers.re(r'"(?P<speaker>[^"]+)" speaks for "(?P<party>[^"]+)"'))
def _named_speaks_for(speaker: str, party: str, factcheck_result: Result | None) -> None:
    with _step():
        _expect().speaks_for(_expect().statements(_result(factcheck_result), speaker), party)


@then(parsers.re(rf"{_STATEMENTS} (?:is|are) dated {_DATE}"))
def _dated(date: str, factcheck_statements: Statements | None) -> None:
    with _step():
        _expect().statements_dated(_statements(factcheck_statements), _day(date))


@then(parsers.re(rf"{_STATEMENTS} (?:has|have) no date"))
def _undated(factcheck_statements: Statements | None) -> None:
    with _step():
        _expect().statements_dated(_statements(factcheck_statements), None)


# -- articles and inputs ----------------------------------------------------------------------

@then(parsers.re(r'the article "(?P<name>[^"]+)" has no publication date'))
def _no_publication_date(name: str, factcheck_result: Result | None) -> None:
    with _step():
        _expect().published(_result(factcheck_result), name, None)


@then(parsers.re(rf'the article "(?P<name>[^"]+)" was published on {_DATE}'))
def _published_on(name: str, date: str, factcheck_result: Result | None) -> None:
    with _step():
        _expect().published(_result(factcheck_result), name, _day(date))


@then(parsers.re(r'the article "(?P<name>[^"]+)" is analyzed'))
def _article_analyzed(name: str, factcheck_result: Result | None) -> None:
    with _step():
        _expect().article(_result(factcheck_result), name)


@then(parsers.re(r"(?P<count>\d+) articles? (?:is|are) analyzed"), converters={"count": int})
def _count_analyzed(count: int, factcheck_result: Result | None) -> None:
    with _step():
        _expect().analyzed(_result(factcheck_result), count)


@then(parsers.re(r'the input "(?P<name>[^"]+)" is skipped(?: as (?P<why>.+))?'))
def _input_skipped(name: str, why: str | None, factcheck_result: Result | None) -> None:
    with _step():
        _expect().skipped(_result(factcheck_result), name, why)
