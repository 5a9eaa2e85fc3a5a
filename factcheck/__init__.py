"""factcheck: who claims what, when, and which claims are corroborated or contested.

    >>> import factcheck
    >>> result = factcheck.analyze(["examples"])          # doctest: +SKIP
    >>> [c.verdict for c in result.clusters][:3]          # doctest: +SKIP
"""

from factcheck._errors import (
    BinaryInputError,
    DecodeInputError,
    EmptyInputError,
    FactCheckError,
    InputError,
    MalformedInputError,
    PathNotFoundError,
    ReportError,
    TooLargeInputError,
    UnsupportedInputError,
)
from factcheck._pipeline import analyze, analyze_articles
from factcheck.claims import (
    Article,
    Claim,
    Cluster,
    DateSource,
    Kind,
    PartyRole,
    Result,
    Skipped,
    Speaker,
    Stance,
    Verdict,
)
from factcheck.extract import extract
from factcheck.ingest import Loaded, load, read_article, read_articles
from factcheck.match import cluster_claims
from factcheck.report import render
from factcheck.verify import judge

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BinaryInputError",
    "Claim",
    "Cluster",
    "DateSource",
    "DecodeInputError",
    "EmptyInputError",
    "FactCheckError",
    "InputError",
    "Kind",
    "Loaded",
    "MalformedInputError",
    "PartyRole",
    "PathNotFoundError",
    "ReportError",
    "Result",
    "Skipped",
    "Speaker",
    "Stance",
    "TooLargeInputError",
    "UnsupportedInputError",
    "Verdict",
    "__version__",
    "analyze",
    "analyze_articles",
    "cluster_claims",
    "extract",
    "judge",
    "load",
    "read_article",
    "read_articles",
    "render",
]
