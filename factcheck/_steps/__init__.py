"""The machinery behind :mod:`factcheck.pytest_plugin`: matching, checks and messages."""

from factcheck._steps import _expect as expect
from factcheck._steps._analyses import Analyses, resolve
from factcheck._steps._expect import Statements, StepFailed
from factcheck._steps._find import (
    DEFAULT_THRESHOLD,
    Candidate,
    entities,
    rank_claims,
    rank_clusters,
    similarity,
)
from factcheck._steps._parties import party_id, same_party

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
