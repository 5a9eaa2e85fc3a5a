"""The package surface: lazy imports, the public names, the version, no stray import names."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata

import pytest

import factcheck

HEAVY = ["factcheck._pipeline", "factcheck.extract", "factcheck.match", "factcheck.ingest",
         "factcheck.report", "rapidfuzz", "numpy", "dateparser", "trafilatura"]


def _imported_after(code: str) -> list[str]:
    probe = (f"import sys\n{code}\nimport json\n"
             f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    found: list[str] = json.loads(done.stdout.splitlines()[-1])
    return found


@pytest.mark.parametrize("code", ["import factcheck", "import factcheck.pytest_plugin"])
def test_importing_the_package_or_its_pytest_plugin_loads_no_stage(code: str) -> None:
    """pytest imports the step plugin in every run wherever factcheck is installed: neither
    it nor ``import factcheck`` may import the pipeline or its libraries."""
    assert _imported_after(code) == []


def test_the_probe_sees_a_stage_once_it_is_used() -> None:
    """Using a name imports its stage (the test above can fail)."""
    assert "factcheck._pipeline" in _imported_after("import factcheck; factcheck.analyze")


@pytest.mark.parametrize("name", factcheck.__all__)
def test_every_public_name_resolves(name: str) -> None:
    """Each name in __all__ is an attribute of the package, and dir() lists it."""
    assert getattr(factcheck, name) is not None
    assert name in dir(factcheck)


def test_an_unknown_name_is_an_attribute_error() -> None:
    """A name the package does not export raises AttributeError, not ImportError."""
    with pytest.raises(AttributeError, match="no_such_thing"):
        factcheck.no_such_thing  # noqa: B018


def test_version_comes_from_the_package_metadata() -> None:
    """__version__ is the installed distribution's version."""
    assert factcheck.__version__ == metadata.version("factcheck-news")


def test_the_distribution_installs_no_top_level_name_but_factcheck() -> None:
    """Only ``factcheck`` is importable from the distribution: a user's own claims.py or
    PyPI's ``claims`` cannot collide with it."""
    dist = metadata.distribution("factcheck-news")
    top = (dist.read_text("top_level.txt") or "").split()
    assert top in ([], ["factcheck"])
    entry = {e.name: e.value for e in dist.entry_points if e.group == "pytest11"}
    assert entry == {"factcheck": "factcheck.pytest_plugin"}


def test_run_time_dependencies_leave_test_tools_to_extras() -> None:
    """jsonschema and the test tools are extras, never run-time dependencies."""
    requires = metadata.requires("factcheck-news") or []
    runtime = {r.split(";")[0].split(">")[0].split("=")[0].split("[")[0].strip().lower()
               for r in requires if "extra ==" not in r}
    assert not runtime & {"jsonschema", "pytest", "hypothesis", "ruff", "mypy", "playwright"}


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("first", [
    "import factcheck.extract._speakers",
    "import factcheck.extract._speakers as S",
    "from factcheck.extract import _speakers",
    "import factcheck.extract",
    "import factcheck; factcheck.extract",
])
def test_factcheck_extract_stays_the_function_whatever_is_imported_first(first: str) -> None:
    """Loading the ``factcheck.extract`` subpackage, through any of its submodules, never
    rebinds the public ``factcheck.extract`` to the module: it stays the function."""
    out = _run(f"{first}\nimport sys, types, factcheck\nfrom factcheck import extract\n"
               "fn = sys.modules['factcheck.extract'].extract\n"
               "print(factcheck.extract is fn and extract is fn"
               " and isinstance(fn, types.FunctionType))")
    assert out == "True"


@pytest.mark.parametrize("code", [
    "import factcheck.extract._speakers as S",
    "import factcheck; factcheck.extract; import factcheck.extract._speakers as S",
    "import factcheck.extract; import factcheck.extract._speakers as S",
])
def test_a_submodule_of_extract_imports_under_an_alias(code: str) -> None:
    """``import factcheck.extract._speakers as S`` binds the submodule, before or after the
    package or the function was used."""
    out = _run(f"{code}\nimport sys\nprint(S is sys.modules['factcheck.extract._speakers'])")
    assert out == "True"


def test_a_submodule_loaded_later_is_reachable_through_the_function() -> None:
    """A submodule the subpackage loads after it was first imported (lazily) is found by the
    attribute walk of ``import factcheck.extract.<name> as X`` too."""
    out = _run("import sys, types, factcheck.extract\n"
               "late = types.ModuleType('factcheck.extract._late')\n"
               "sys.modules['factcheck.extract._late'] = late\n"
               "setattr(sys.modules['factcheck.extract'], '_late', late)\n"
               "import factcheck.extract._late as L\nprint(L is late)")
    assert out == "True"


@pytest.mark.parametrize(("code", "stage"), [
    ("import factcheck.report", "factcheck.extract"),
    ("from factcheck.report._view import party_label; party_label('KP')", "factcheck.extract"),
    ("from factcheck._steps._parties import party_id, same_party; party_id('the Kremlin'); "
     "same_party('Kyiv', 'UA')", "factcheck.extract"),
    ("from factcheck._steps import entities; entities('Moscow and Kyiv')", "factcheck.extract"),
])
def test_report_and_step_names_do_not_import_extract(code: str, stage: str) -> None:
    """The report and the step library's name reading use the records and the knowledge
    base, not the extractor's modules."""
    out = _run(f"import sys\n{code}\nprint({stage!r} in sys.modules)")
    assert out == "False"
