"""Report renderers: each takes the typed :class:`claims.Result` and nothing else."""

from __future__ import annotations

import importlib
from typing import Any

from factcheck._errors import ReportError
from factcheck.claims import Result

__all__ = ["FORMATS", "render"]

# format name -> module under factcheck.report with a ``render(result, **options) -> str``
FORMATS: dict[str, str] = {
    "json": "json_report",
    "markdown": "markdown",
    "html": "html",
    "claimreview": "claimreview",
}


def render(result: Result, fmt: str = "json", **options: Any) -> str:
    """``result`` as text in format ``fmt`` (one of :data:`FORMATS`)."""
    try:
        module = importlib.import_module(f"factcheck.report.{FORMATS[fmt]}")
    except KeyError:
        raise ReportError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    text: str = module.render(result, **options)
    return text
