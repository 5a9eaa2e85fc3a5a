"""The Markdown report: the HTML report's content, for a terminal or a repository.

A summary table, one section per proposition (verdict, statement, the parties
that assert and deny it with speakers, dates, outlets and quotes), the
single-claim propositions as a list, opinions apart, the articles and any
skipped input. Every value from the articles is escaped, so a claim reads as
text and never as Markdown or HTML.

Options read from :class:`~factcheck.report.ReportOptions`: ``organisation``
(shown as the author), ``title``, ``context`` (characters of context on each
side of a quote).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import jinja2

from factcheck.claims import Result
from factcheck.report import _view
from factcheck.report._options import ReportOptions
from factcheck.report._view import Quote

__all__ = ["escape", "render"]

# Backslash-escaping any ASCII punctuation is plain CommonMark; these are the ones that
# could start markup inline (emphasis, links, HTML, tables, entities, headings).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#&])")
_SPACE = re.compile(r"\s+")
_TICKS = re.compile(r"`+")


def escape(text: object) -> str:
    """``text`` as literal Markdown on one line."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", str(text)).strip())


def _code(text: object) -> str:
    """A code span that holds ``text`` whatever backticks it contains."""
    s = _SPACE.sub(" ", str(text))
    fence = "`" * (max((len(m) for m in _TICKS.findall(s)), default=0) + 1)
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def _url(href: str) -> str:
    # link() already percent-encoded spaces and angle brackets; parentheses would end
    # the link early in renderers that do not balance them
    return href.replace("(", "%28").replace(")", "%29")


def _quote(q: Quote) -> str:
    text = q.text.strip()
    return ("…" if q.cut_before else "") + escape(q.before) + (" " if q.before.endswith(" ")
            else "") + f"**{escape(text)}**" + (" " if q.after.startswith(" ") else "") \
        + escape(q.after) + ("…" if q.cut_after else "")


def _isodate(value: dt.date | None) -> str:
    return value.isoformat() if value else "undated"


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.report", "templates"),
        autoescape=False,  # Markdown, not HTML: values go through the md filter instead
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    env.filters.update(md=escape, code=_code, url=_url, quote=_quote)
    env.globals["isodate"] = _isodate
    return env


def render(result: Result, options: ReportOptions | None = None) -> str:
    """``result`` as a Markdown document."""
    options = options or ReportOptions()
    view = _view.build(result, context=options.context)
    text = _environment().get_template("report.md").render(
        view=view, organisation=options.organisation,
        title=options.title or "factcheck report")
    # the template's blocks leave runs of blank lines; one is enough
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
