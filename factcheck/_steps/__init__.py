"""The machinery behind :mod:`factcheck.pytest_plugin`: matching, checks and messages.

Imported on first use (module ``__getattr__``): the plugin is loaded by every
pytest run, and ``factcheck._steps._defaults`` is all it needs at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from factcheck._steps._defaults import DEFAULT_THRESHOLD

if TYPE_CHECKING:
    from factcheck._steps import _expect as expect
    from factcheck._steps._analyses import Analyses, resolve
    from factcheck._steps._expect import Statements, StepFailed
    from factcheck._steps._find import (
        Candidate,
        entities,
        rank_claims,
        rank_clusters,
        similarity,
    )
    from factcheck._steps._parties import party_id, same_party

_WHERE = {
    "expect": "factcheck._steps._expect",
    "Analyses": "factcheck._steps._analyses", "resolve": "factcheck._steps._analyses",
    "Statements": "factcheck._steps._expect", "StepFailed": "factcheck._steps._expect",
    "Candidate": "factcheck._steps._find", "entities": "factcheck._steps._find",
    "rank_claims": "factcheck._steps._find", "rank_clusters": "factcheck._steps._find",
    "similarity": "factcheck._steps._find",
    "party_id": "factcheck._steps._parties", "same_party": "factcheck._steps._parties",
}

__all__ = [
    "DEFAULT_THRESHOLD",
    "Analyses",
    "Candidate",
    "Statements",
    "StepFailed",
    "entities",
    "expect",
    "party_id",
    "rank_claims",
    "rank_clusters",
    "resolve",
    "same_party",
    "similarity",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(_WHERE[name])
    value = module if name == "expect" else getattr(module, name)
    globals()[name] = value
    return value
