"""claims: the typed claim model of factcheck (attrs records, cattrs JSON)."""

from factcheck.claims._json import converter, dumps, loads
from factcheck.claims._model import (
    Article,
    Claim,
    Cluster,
    DateSource,
    Kind,
    Notice,
    Party,
    PartyKind,
    PartyRole,
    Result,
    Skipped,
    Speaker,
    Stance,
    Verdict,
)

__all__ = [
    "Article",
    "Claim",
    "Cluster",
    "DateSource",
    "Kind",
    "Notice",
    "Party",
    "PartyKind",
    "PartyRole",
    "Result",
    "Skipped",
    "Speaker",
    "Stance",
    "Verdict",
    "converter",
    "dumps",
    "loads",
]
