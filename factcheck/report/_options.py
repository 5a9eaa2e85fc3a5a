"""The options every report format reads, as one typed record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from factcheck.claims._model import _optional_date as _date  # one date parser for records

__all__ = ["CONTEXT_CHARS", "ReportOptions"]

CONTEXT_CHARS = 100  # on each side of a quoted claim: about 200 characters of context in all

# Older keyword names that render(**kwargs) still accepts.
_ALIASES = {"date": "review_date", "all": "include_all"}




def _organisation(value: object) -> str:
    return str(value) if value else "factcheck"


def _optional_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _indent(value: object) -> int | None:
    return None if value is None else int(str(value))


@attrs.frozen(kw_only=True)
class ReportOptions:
    """How a report is rendered; each format reads the fields it uses and ignores the rest.

    - ``organisation``: the author shown, and the ClaimReview ``author``;
    - ``organisation_url``: its web site (ClaimReview);
    - ``base_url``: the page that publishes the reviews (ClaimReview ``url`` is that page
      at the proposition's anchor);
    - ``review_date``: the reviews' ``datePublished`` (default: today);
    - ``include_all``: ClaimReview for every checkable proposition, not only the
      contested and denied ones;
    - ``title``: the page title (HTML, Markdown);
    - ``context``: characters of context on each side of a quote (HTML, Markdown);
    - ``indent``: JSON indentation (None: one line).
    """

    organisation: str = attrs.field(default="factcheck", converter=_organisation)
    organisation_url: str | None = attrs.field(default=None, converter=_optional_str)
    base_url: str | None = attrs.field(default=None, converter=_optional_str)
    review_date: dt.date | None = attrs.field(default=None, converter=_date)
    include_all: bool = attrs.field(default=False, converter=bool)
    title: str | None = attrs.field(default=None, converter=_optional_str)
    context: int = attrs.field(default=CONTEXT_CHARS, converter=int,
                               validator=attrs.validators.ge(0))
    indent: int | None = attrs.field(default=2, converter=_indent)

    @classmethod
    def of(cls, options: Mapping[str, Any]) -> ReportOptions:
        """Options from keywords (``date`` and ``all`` accepted as aliases); unknown ones
        are ignored, so one set of keywords can serve every format."""
        names = {a.name for a in attrs.fields(cls)}
        known = {_ALIASES.get(k, k): v for k, v in options.items()}
        return cls(**{k: v for k, v in known.items() if k in names})
