"""Every example in README.md, docs/ and claims/ runs: the documentation cannot rot.

- ``pycon`` blocks are doctests: docs/*.md through pytest's ``--doctest-glob``
  (pyproject.toml), README.md and claims/README.md here;
- ``gherkin`` blocks run as pytest-bdd features on the bundled articles, with the
  plugin loaded the way a user's project loads it (entry point);
- ``python`` blocks run (the README's library example) or compile;
- ``sh`` lines that call ``factcheck`` run through the CLI on a copy of the
  bundled articles (``news/`` in the examples is that copy);
- ``json`` and ``ini`` blocks parse, and a claim shown in the docs meets the
  published claim contract.
"""

from __future__ import annotations

import configparser
import contextlib
import doctest
import io
import json
import re
import shlex
import shutil
from pathlib import Path

import jsonschema
import pytest

from factcheck import cli

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DOCS = sorted((ROOT / "docs").glob("*.md"))
PAGES = [ROOT / "README.md", ROOT / "claims" / "README.md", *DOCS]
_FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.S | re.M)


def _blocks(lang: str) -> list[tuple[str, str]]:
    """(id, text) of every fenced block in ``lang`` across the pages."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for n, match in enumerate(m for m in _FENCE.finditer(text) if m.group(1) == lang):
            found.append((f"{page.relative_to(ROOT)}#{n}", match.group(2)))
    return found


def _news(where: Path) -> None:
    """The bundled articles where the docs' examples look for articles."""
    for name in ("examples", "news", "archive", "today", "specs/news/nk-russia"):
        shutil.copytree(EXAMPLES, where / name)


# -- doctests -------------------------------------------------------------------------------

@pytest.mark.parametrize("page", ["README.md", "claims/README.md"])
def test_pycon_examples_outside_docs_pass(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pycon examples of the READMEs run as doctests (docs/*.md run through pytest)."""
    monkeypatch.chdir(ROOT)
    failed, _ = doctest.testfile(str(ROOT / page), module_relative=False,
                                 optionflags=doctest.ELLIPSIS)
    assert failed == 0


def test_docs_pages_are_collected_as_doctests() -> None:
    """pytest runs docs/*.md as doctests: the ini options say so, and pages have examples."""
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "--doctest-glob='docs/*.md'" in config and '"docs"' in config
    assert sum(">>> " in p.read_text(encoding="utf-8") for p in DOCS) >= 3


# -- Gherkin --------------------------------------------------------------------------------

GHERKIN = _blocks("gherkin")


@pytest.mark.parametrize(("where", "feature"), GHERKIN, ids=[g[0] for g in GHERKIN])
def test_gherkin_example_passes_on_the_bundled_articles(pytester: pytest.Pytester, where: str,
                                                        feature: str) -> None:
    """Each Gherkin example passes, run by pytest-bdd with factcheck's step plugin."""
    _news(pytester.path)
    (pytester.path / "specs" / "example.feature").write_text(feature, encoding="utf-8")
    pytester.makepyfile(test_specs='from pytest_bdd import scenarios\n\n'
                                   'scenarios("specs/example.feature")\n')
    scenarios = len(re.findall(r"^\s*Scenario", feature, re.M))
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=scenarios)


def test_there_are_gherkin_examples_in_readme_and_docs() -> None:
    """The README and the docs each show Gherkin (the test above is not vacuous)."""
    pages = {where.split("#")[0] for where, _ in GHERKIN}
    assert {"README.md", "docs/steps.md", "docs/index.md"} <= pages


# -- Python ---------------------------------------------------------------------------------

# a python block written as a session (">>>") is a doctest, run with its page
PYTHON = [(w, c) for w, c in _blocks("python") if not c.lstrip().startswith(">>>")]


@pytest.mark.parametrize(("where", "code"), PYTHON, ids=[p[0] for p in PYTHON])
def test_python_example_compiles(where: str, code: str) -> None:
    """Every python block (not a doctest) is valid Python."""
    compile(code, where, "exec")


def test_readme_library_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's library example runs on the bundled articles and prints verdicts."""
    code = next(c for w, c in PYTHON if w.startswith("README.md") and "analyze(" in c)
    _news(tmp_path)
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert re.search(r"^(contested|corroborated|uncorroborated|denied) ", out.getvalue(), re.M)
    assert (tmp_path / "out" / "report.html").read_text(encoding="utf-8").startswith("<!DOC")


# -- the command line -----------------------------------------------------------------------

def _commands() -> list[tuple[str, list[list[str]]]]:
    """The ``factcheck ...`` commands of each sh block, as argv lists (comments dropped).

    A block's commands run in order in one folder (``add`` then ``report``). Dask
    commands (``--scheduler``) are left out: a cluster takes 20 s to start, and
    tests/test_dask.py runs that path.
    """
    found = []
    for where, text in _blocks("sh"):
        runs = []
        for line in text.replace("\\\n", " ").splitlines():
            for part in line.split("&&"):
                argv = shlex.split(part, comments=True)
                cut = [i for i, a in enumerate(argv) if a in {">", ">>", "|", "2>", "<"}]
                argv = argv[:cut[0]] if cut else argv  # output redirection: captured instead
                if argv[:1] == ["factcheck"] and "--scheduler" not in argv and not any(
                        "shared" in a or a.startswith("eval/") for a in argv):
                    runs.append(argv[1:])
        if runs:
            found.append((where, runs))
    return found


COMMANDS = _commands()


@pytest.mark.parametrize(("where", "runs"), COMMANDS, ids=[c[0] for c in COMMANDS])
def test_cli_examples_run(where: str, runs: list[list[str]], tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Each factcheck command of the docs exits 0 on the bundled articles, in block order."""
    _news(tmp_path)
    monkeypatch.chdir(tmp_path)
    for argv in runs:
        assert cli.main(argv) == cli.EXIT_OK, f"{where}: factcheck {shlex.join(argv)}"


def test_there_are_cli_examples() -> None:
    """The sh blocks do show factcheck commands (the test above is not vacuous)."""
    assert sum(len(runs) for _, runs in COMMANDS) >= 5


# -- data -----------------------------------------------------------------------------------

JSON = _blocks("json")


@pytest.mark.parametrize(("where", "text"), JSON, ids=[j[0] for j in JSON])
def test_json_example_parses_and_a_claim_meets_the_contract(where: str, text: str) -> None:
    """Every json block is JSON; one that shows a claim validates against claims/."""
    data = json.loads(text)
    if isinstance(data, dict) and {"span", "speaker", "stance"} <= set(data):
        schema = json.loads((ROOT / "claims" / "claim.schema.json").read_text(encoding="utf-8"))
        jsonschema.validate(data, schema)


@pytest.mark.parametrize(("where", "text"), _blocks("ini"), ids=[i[0] for i in _blocks("ini")])
def test_ini_example_parses(where: str, text: str) -> None:
    """Every ini block is a valid ini file."""
    configparser.ConfigParser().read_string(text)
