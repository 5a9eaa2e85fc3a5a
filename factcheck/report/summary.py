"""The terminal summary: a rich table of the propositions worth a first look.

Shown: every proposition stated by more than one claim, and every one somebody
denies; single uncontested claims are counted but left to the full reports.
The title says how many are shown of how many. Statements are cut at a word
with an ellipsis. Every value from the articles is a plain :class:`rich.text.Text`
with control characters removed: a name like ``[/bold]`` or an escape sequence
in an article prints as itself and never as markup or a terminal command.
"""

from __future__ import annotations

import re

from rich.table import Table
from rich.text import Text

from factcheck.claims import Cluster, Result
from factcheck.report._view import VERDICT_ORDER, party_id

__all__ = ["STATEMENT_CHARS", "cut", "plain", "shown", "summary"]

STATEMENT_CHARS = 90
# C0 and C1 controls (ESC starts terminal sequences) but tab and newline, and the
# bidirectional overrides that can make a printed name read as another
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain(text: object) -> Text:
    """``text`` as inert terminal text: no markup; control characters and lone
    surrogates become U+FFFD."""
    safe = _CONTROL.sub("\ufffd", str(text)).encode("utf-8", "replace").decode("utf-8")
    return Text(safe)


def cut(text: str, limit: int = STATEMENT_CHARS) -> str:
    """``text`` on one line, at most ``limit`` characters, cut at a word with "…"."""
    one = " ".join(text.split())
    if len(one) <= limit:
        return one
    head = one[: limit - 1]
    space = head.rfind(" ")
    if space >= limit // 2:  # a word boundary not too far back
        head = head[:space]
    return head.rstrip(" ,;:-–—") + "…"


def shown(cluster: Cluster) -> bool:
    """Whether the summary lists a proposition: several claims, or somebody denies it."""
    return len(cluster.claims) > 1 or bool(cluster.denied_by)


def _order(cl: Cluster) -> tuple[bool, int, str]:
    return (cl.opinion, VERDICT_ORDER.index(cl.verdict), cl.id)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def summary(result: Result, limit: int = STATEMENT_CHARS) -> Table:
    """The summary table of ``result``."""
    rows = sorted((cl for cl in result.clusters if shown(cl)), key=_order)
    total = len(result.clusters)
    table = Table(title=plain(
        f"{len(rows)} of {_count(total, 'proposition')} (stated twice or more, or denied) "
        f"from {_count(len(result.claims), 'claim')} in "
        f"{_count(len(result.articles), 'article')}"),
        caption=plain("single claims nobody denies are left out: see -f html, markdown "
                      "or json") if len(rows) < total else None)
    for col in ("verdict", "statement", "asserted by", "denied by"):
        table.add_column(col)
    for cl in rows:
        table.add_row(plain(f"{cl.verdict.value}{' (opinion)' if cl.opinion else ''}"),
                      plain(cut(cl.statement, limit)),
                      plain(", ".join(party_id(p.party) for p in cl.asserted_by)),
                      plain(", ".join(party_id(p.party) for p in cl.denied_by)))
    return table
