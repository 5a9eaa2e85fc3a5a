"""The project's own acceptance specs: every scenario in features/, run by pytest-bdd.

The steps come from factcheck's pytest plugin (factcheck/pytest_plugin.py),
which pytest loads through the package's ``pytest11`` entry point: the specs
use the step library exactly as a user's project would.
"""

from pytest_bdd import scenarios

scenarios(".")  # relative to bdd_features_base_dir (features/, set in pyproject.toml)
