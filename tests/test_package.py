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
