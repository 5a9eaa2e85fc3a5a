"""The Gherkin step library (factcheck.pytest_plugin), used from fresh projects made with pytester.

Each project has only factcheck installed: pytest loads the plugin through the
``pytest11`` entry point, never through ``-p`` or ``pytest_plugins``. Scenarios
that need claims run on a prepared result (a conftest overrides the
``factcheck_analyses`` fixture), so they test the steps, not the extractor;
scenarios about articles and paths run the real pipeline on tiny articles.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
import factcheck._steps._analyses as analyses_module
from factcheck._steps import entities, party_id, rank_clusters, similarity
from factcheck.claims import Article, Claim, Cluster, PartyRole, Result, Speaker, Verdict

pytest_plugins = ["pytester"]

ARTICLE = """\
title: Record salmon sales
outlet: Example Wire
published: 2024-03-05

Fisheries minister Ola Berg said on Monday that Norway sold record amounts of salmon to Japan
last year. Japanese officials confirmed the record salmon sales.
"""

TEST_MODULE = """\
from pytest_bdd import scenarios

scenarios("salmon.feature")
"""

# A hand-made result: what a good extractor and matcher would make of a small story.
PREPARED = '''\
import datetime as dt

import pytest

from factcheck.claims import Article, Claim, Cluster, PartyRole, Result, Skipped, Speaker

BODY = (
    "Fisheries minister Ola Berg said on Monday that Norway sold record amounts of salmon to "
    "Japan last year. Japanese officials confirmed the record salmon sales. The European "
    "Commission denied that Norway sold record amounts of salmon. Berg said prices will fall. "
    "Japan said it will buy more salmon next year. Berg said salmon prices were high in Japan."
)
ART = Article(id="salmon", source="news/salmon.txt", body=BODY, published="2024-03-05")
MONDAY = dt.date(2024, 3, 4)
BERG = Speaker(name="Ola Berg", party="NO", role="Fisheries minister")


def claim(cid, text, speaker, cluster, stance="asserts", date=MONDAY):
    start = BODY.index(text)
    return Claim.of(ART, start, start + len(text), id=cid, speaker=speaker, stance=stance,
                    date=date, cluster=cluster)


CLAIMS = [
    claim("c1", "Norway sold record amounts of salmon to Japan last year", BERG, "C1"),
    claim("c2", "the record salmon sales", Speaker(name="Japan", party="JP"), "C1", date=None),
    claim("c3", "Norway sold record amounts of salmon",
          Speaker(name="European Commission", party="EU"), "C1", stance="denies", date=None),
    claim("c4", "prices will fall", BERG, "C2"),
    claim("c5", "it will buy more salmon next year", Speaker(name="Japan", party="JP"), "C3",
          date=None),
    claim("c6", "salmon prices were high in Japan", BERG, "C4"),
]


def role(party, *claims):
    return PartyRole(party=party, speakers=sorted({c.speaker.name for c in claims}),
                     claims=[c.id for c in claims], articles=["salmon"],
                     dates=[c.date for c in claims if c.date])


c1, c2, c3, c4, c5, c6 = CLAIMS
CLUSTERS = [
    Cluster(id="C1", claims=["c1", "c2", "c3"], representative="c1", statement=c1.text,
            verdict="contested", asserted_by=[role("NO", c1), role("JP", c2)],
            denied_by=[role("EU", c3)]),
    Cluster(id="C2", claims=["c4"], representative="c4", statement=c4.text,
            verdict="uncorroborated", asserted_by=[role("NO", c4)]),
    Cluster(id="C3", claims=["c5"], representative="c5", statement=c5.text,
            verdict="uncorroborated", asserted_by=[role("JP", c5)]),
    Cluster(id="C4", claims=["c6"], representative="c6", statement=c6.text,
            verdict="uncorroborated", asserted_by=[role("NO", c6)]),
]
RESULT = Result(articles=[ART], claims=CLAIMS, clusters=CLUSTERS,
                skipped=[Skipped(source="news/broken.txt",
                                 reason="news/broken.txt: the file is empty")])


class Prepared:
    """Stands in for the analysis of every path: the hand-made result above."""

    def get(self, path):
        return RESULT


@pytest.fixture(scope="session")
def factcheck_analyses():
    return Prepared()
'''


def _project(pytester: pytest.Pytester, feature: str, prepared: bool = True) -> None:
    """A project with one article in news/, a feature file and the module that runs it."""
    pytester.mkdir("news")
    (pytester.path / "news" / "salmon.txt").write_text(ARTICLE, encoding="utf-8")
    pytester.makefile(".feature", salmon=textwrap.dedent(feature))
    pytester.makepyfile(test_salmon=TEST_MODULE)
    if prepared:
        pytester.makeconftest(PREPARED)


def _scenario(*steps: str, given_line: str = 'Given the articles in "news"') -> str:
    body = "\n".join(f"    {s}" for s in (given_line, *steps))
    return f"Feature: Salmon\n  Scenario: Checking the salmon story\n{body}\n"


# -- the plugin is there ----------------------------------------------------------------------

def test_marker_is_registered(pytester: pytest.Pytester) -> None:
    """The plugin registers the ``factcheck`` marker, so ``--strict-markers`` accepts it."""
    result = pytester.runpytest("--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.factcheck:*"])


def test_tagged_feature_runs_under_strict_markers(pytester: pytest.Pytester) -> None:
    """A feature tagged @factcheck runs with --strict-markers and is selected by -m factcheck."""
    _project(pytester, "@factcheck\n" + _scenario("Then 1 article is analyzed"), prepared=False)
    result = pytester.runpytest("--strict-markers", "-m", "factcheck")
    result.assert_outcomes(passed=1)


# -- the real pipeline on a tiny folder -------------------------------------------------------

def test_articles_are_read_from_a_folder_beside_the_feature(pytester: pytest.Pytester) -> None:
    """A Given path is taken relative to the feature file; article steps then pass."""
    _project(pytester, _scenario('Then the article "salmon" was published on 2024-03-05',
                                 "And 1 article is analyzed",
                                 'And the article "salmon.txt" is analyzed'), prepared=False)
    pytester.runpytest().assert_outcomes(passed=1)


def test_articles_are_read_relative_to_rootdir(pytester: pytest.Pytester) -> None:
    """A path that is not beside the feature file is looked up under pytest's rootdir."""
    pytester.mkdir("corpus")
    (pytester.path / "corpus" / "salmon.txt").write_text(ARTICLE, encoding="utf-8")
    pytester.mkdir("specs")
    (pytester.path / "specs" / "salmon.feature").write_text(
        _scenario("Then 1 article is analyzed", given_line='Given the articles in "corpus"'))
    pytester.makepyfile(test_salmon='from pytest_bdd import scenarios\n\n'
                                    'scenarios("specs/salmon.feature")\n')
    pytester.makeini("[pytest]\n")
    pytester.runpytest().assert_outcomes(passed=1)


def test_missing_path_fails_naming_where_it_looked(pytester: pytest.Pytester) -> None:
    """A Given path that exists nowhere fails with the places it tried."""
    _project(pytester, _scenario("Then 1 article is analyzed",
                                 given_line='Given the articles in "nowhere"'), prepared=False)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*articles 'nowhere'*", "*expected: a file or folder*",
                                 f"*found:    nothing at {pytester.path / 'nowhere'}*"])


def test_each_path_is_analyzed_once_per_session(pytester: pytest.Pytester,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Two scenarios on the same folder share one analysis."""
    calls: list[object] = []
    real = factcheck.analyze

    def counting(paths: list[Path]) -> Result:
        calls.append(paths)
        return real(paths)

    monkeypatch.setattr(analyses_module, "analyze", counting)
    feature = _scenario("Then 1 article is analyzed") + (
        '  Scenario: Again\n    Given the articles in "news"\n    Then 1 article is analyzed\n')
    _project(pytester, feature, prepared=False)
    pytester.runpytest().assert_outcomes(passed=2)
    assert len(calls) == 1


def test_then_step_without_articles_says_what_is_missing(pytester: pytest.Pytester) -> None:
    """A Then step before any Given fails telling the writer to start with the articles."""
    pytester.makefile(".feature", salmon="Feature: S\n  Scenario: No given\n"
                                         "    Then 1 article is analyzed\n")
    pytester.makepyfile(test_salmon=TEST_MODULE)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(['*no articles yet*Given the articles in "PATH"*'])


# -- steps over a prepared result -------------------------------------------------------------

PASSING_STEPS = [
    ('Then the claim "Norway sold record amounts of salmon to Japan" is contested',
     'And it is asserted by "Norway", "Tokyo" and "Japanese"',
     'And it is denied by "European Union"',
     'And it is not denied by "Japan"',
     'And "Ola Berg" said it on 2024-03-04',
     'And "European Commission" denied it'),
    ('Then the claim "Berg says prices will fall" is uncorroborated',
     "And nobody denies it"),
    ('Then "Ola Berg" is quoted in "salmon"', 'And he speaks for "NO"',
     "And his statements are dated 2024-03-04"),
    ('Then "Japan" says "the record salmon sales"', "And it has no date"),
    ('Then "European Commission" denies "Norway sold record amounts of salmon"',
     'And it speaks for "EU"'),
    ('Then the input "broken.txt" is skipped as empty',),
]


@pytest.mark.parametrize("steps", PASSING_STEPS, ids=lambda s: s[0][5:40])
def test_steps_pass_on_what_the_result_holds(pytester: pytest.Pytester,
                                             steps: tuple[str, ...]) -> None:
    """Each step holds on a result that says what it checks."""
    _project(pytester, _scenario(*steps))
    pytester.runpytest().assert_outcomes(passed=1)


@pytest.mark.parametrize("wording", [
    "Norway sold record amounts of salmon to Japan",  # a shorter form
    "Japan got record amounts of salmon that Norway sold",  # other words, other order
    "record salmon sales from Norway to Japan",
])
def test_claim_is_found_by_meaning_not_exact_wording(pytester: pytest.Pytester,
                                                     wording: str) -> None:
    """A step's own wording of a claim finds the proposition that says it."""
    _project(pytester, _scenario(f'Then the claim "{wording}" is contested'))
    pytester.runpytest().assert_outcomes(passed=1)


def test_wrong_verdict_shows_expected_found_and_closest(pytester: pytest.Pytester) -> None:
    """A failing verdict step says what it expected, what it found, and the top three candidates."""
    _project(pytester, _scenario(
        'Then the claim "Norway sold record amounts of salmon to Japan" is corroborated'))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        '*claim "Norway sold record amounts of salmon to Japan"',
        "*expected: corroborated",
        "*found:    contested [[]asserted by NO, JP; denied by EU[]] for C1*",
        "*closest candidates:",
        "*1. 100.0  C1 contested*",
        "*2. *C4 uncorroborated*salmon prices were high in Japan*",
        "*3. *C3 uncorroborated*",
    ])
    assert "4. " not in result.stdout.str()


def test_claim_nobody_made_fails_below_threshold(pytester: pytest.Pytester) -> None:
    """Wording that matches no claim well enough fails, listing the closest with their scores."""
    _project(pytester, _scenario('Then the claim "Volcanoes erupted in Iceland" is made'))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*expected: a proposition matching it (score >= 60)",
                                 "*found:    no match among 4 propositions from 6 claims*",
                                 "*1. * C*"])


def test_threshold_is_set_in_ini(pytester: pytest.Pytester) -> None:
    """``factcheck_threshold`` raises the bar a loose wording must clear."""
    _project(pytester, _scenario('Then the claim "record salmon sales from Norway" is made'))
    pytester.makeini("[pytest]\nfactcheck_threshold = 99\n")
    pytester.runpytest().assert_outcomes(failed=1)


@pytest.mark.parametrize(("step", "lines"), [
    ('And it is denied by "Norway"',
     ["*expected: denied by Norway (NO)", "*found:    denied by EU*"]),
    ('And "Ola Berg" said it on 2024-03-05',
     ["*expected: Ola Berg said it on 2024-03-05", "*found:    Ola Berg said it on 2024-03-04",
      "*claims of it by Ola Berg:", "*1. Ola Berg (NO) asserts on 2024-03-04*"]),
    ('And "Kari Nordmann" said it',
     ["*expected: Kari Nordmann said it",
      "*found:    said by European Commission (denies), Japan (asserts), Ola Berg (asserts)"]),
])
def test_party_and_speaker_failures_say_what_was_found(pytester: pytest.Pytester, step: str,
                                                       lines: list[str]) -> None:
    """Steps about a proposition's parties and speakers fail with what the proposition has."""
    _project(pytester, _scenario(
        'Then the claim "Norway sold record amounts of salmon to Japan" is contested', step))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(lines)


def test_unknown_speaker_fails_with_closest_names(pytester: pytest.Pytester) -> None:
    """A misspelt speaker fails listing the speakers that are there, closest first."""
    _project(pytester, _scenario('Then "Ola Bergg" is quoted'))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*expected: at least one claim attributed to Ola Bergg",
                                 "*closest speakers: Ola Berg (*"])


def test_input_not_skipped_fails(pytester: pytest.Pytester) -> None:
    """An input that was analyzed, not skipped, fails the skipped step saying so."""
    _project(pytester, _scenario('Then the input "salmon.txt" is skipped'))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*found:    it was analyzed as article salmon*"])


# -- pytest-bdd's reports ---------------------------------------------------------------------

def test_cucumber_json_report_records_steps(pytester: pytest.Pytester) -> None:
    """``--cucumberjson`` writes a Cucumber JSON file with each step's status and the failure."""
    feature = _scenario('Then the claim "Berg says prices will fall" is uncorroborated') + (
        '  Scenario: Wrong\n    Given the articles in "news"\n'
        '    Then the claim "Berg says prices will fall" is contested\n')
    _project(pytester, feature)
    report = pytester.path / "cucumber.json"
    pytester.runpytest(f"--cucumberjson={report}").assert_outcomes(passed=1, failed=1)
    data = json.loads(report.read_text(encoding="utf-8"))
    [feat] = data
    statuses = {el["name"]: [s["result"]["status"] for s in el["steps"]]
                for el in feat["elements"]}
    assert statuses == {"Checking the salmon story": ["passed", "passed"],
                        "Wrong": ["passed", "failed"]}
    failed = feat["elements"][1]["steps"][1]["result"]["error_message"]
    assert "expected: contested" in failed and "closest candidates" in failed


def test_gherkin_terminal_reporter_shows_scenarios(pytester: pytest.Pytester) -> None:
    """``--gherkin-terminal-reporter`` prints the features, scenarios and plugin steps run."""
    _project(pytester, _scenario('Then the claim "Berg says prices will fall" is uncorroborated'))
    result = pytester.runpytest("--gherkin-terminal-reporter", "-vv")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*Feature: Salmon*", "*Scenario: Checking the salmon story*",
                                 '*Then the claim "Berg says prices will fall" is uncorroborated*',
                                 "*PASSED*"])


# -- the matching underneath ------------------------------------------------------------------

@pytest.mark.parametrize(("name", "party"), [
    ("United States", "US"), ("the United States", "US"), ("US", "US"), ("U.S.", "US"),
    ("Washington", "US"), ("American", "US"), ("Russia", "RU"), ("Moscow", "RU"),
    ("Kremlin", "RU"), ("RU", "RU"), ("RUS", "RU"), ("North Korea", "KP"), ("Pyongyang", "KP"),
    ("North Korean", "KP"), ("NATO", "NATO"), ("United Nations", "UN"),
    ("Georgetown University", "Georgetown University"), ("North Korea's UN envoy", "KP"),
    ("Kenya's defence ministry", "KE"), ("the Ethiopian army", "ET"), ("american", "US"),
    ("Putin", "Putin"),
])
def test_party_names_map_to_party_ids(name: str, party: str) -> None:
    """Countries, capitals, demonyms, codes, bodies and phrases naming one (a state's organ,
    an envoy) map to one party id, a name typed in lower case too; other names, people's
    included, stay names."""
    assert party_id(name) == party


def test_lower_case_words_are_not_codes() -> None:
    """The word "us" is no party, though "US" is."""
    assert party_id("us") == "us"


def test_entities_of_a_sentence() -> None:
    """Entity overlap sees parties by any of their names, and other proper nouns."""
    found = entities("Pyongyang and Moscow said Kim met Putin in Vostochny.")
    assert {"kp", "ru", "kim", "putin", "vostochny"} <= found


def _cluster_result(texts: list[str]) -> Result:
    body = " ".join(texts)
    art = Article(id="a", source="a.txt", body=body)
    claims, clusters, at = [], [], 0
    for i, text in enumerate(texts):
        claims.append(Claim.of(art, at, at + len(text), id=f"c{i}", cluster=f"C{i}",
                               speaker=Speaker(name="X", party="US")))
        clusters.append(Cluster(id=f"C{i}", claims=[f"c{i}"], representative=f"c{i}",
                                statement=text, verdict=Verdict.UNCORROBORATED,
                                asserted_by=[PartyRole(party="US", speakers=["X"],
                                                       claims=[f"c{i}"], articles=["a"],
                                                       dates=[dt.date(2024, 1, 1)])]))
        at += len(text) + 1
    return Result(articles=[art], claims=claims, clusters=clusters)


SENTENCES = [
    "Russia will help North Korea develop satellites",
    "North Korea has given Russia artillery shells",
    "The relationship violates UN Security Council resolutions",
    "Prices of salmon will fall next year",
]


@given(st.permutations(SENTENCES), st.sampled_from(SENTENCES))
def test_a_claims_own_words_find_its_proposition(order: list[str], wanted: str) -> None:
    """Whatever the order of propositions, a claim's exact text ranks its own first."""
    ranked = rank_clusters(_cluster_result(order), wanted)
    assert ranked[0].text == wanted


@given(st.text(max_size=60), st.text(max_size=60))
def test_similarity_is_a_score_out_of_100(a: str, b: str) -> None:
    """Similarity stays within 0..100 for any texts."""
    assert 0.0 <= similarity(a, b) <= 100.0

