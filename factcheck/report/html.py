"""The HTML report: one self-contained page (inline CSS, JS and SVG; nothing fetched).

Every proposition with its verdict, the parties that assert and deny it, and each
quote in its sentence; a summary, a timeline of claims by date and a map of
parties to propositions, both drawn as SVG here in Python; verdict and party
filters in a few lines of plain JS over ``data-`` attributes. Templates live in
``templates/`` and are autoescaped; a Content-Security-Policy with hashes of
the page's own script and style forbids anything else from running or loading.

Options read from :class:`~factcheck.report.ReportOptions`: ``organisation``
(shown as the author), ``title``, ``context`` (characters of context on each
side of a quote).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections import defaultdict
from functools import cache

import attrs
import jinja2

from factcheck.claims import Result, Stance
from factcheck.report import _view
from factcheck.report._options import ReportOptions
from factcheck.report._view import ClaimView, PartyView, PropositionView, ReportView

__all__ = ["render"]

# Geometry of the two figures, in SVG user units (the SVGs scale to the page width).
WIDTH = 960
LABEL_W = 150  # party labels left of the timeline
LANE_H = 30
AXIS_H = 34
MAX_TICKS = 7
MAP_ROW = 28
MAP_PARTY_W = 190
MAP_PROP_X = 430
TEXT_CHARS = 74  # a proposition's label in the map; the full text is in its <title>
SINGLES_OPEN_UPTO = 12  # more single-claim propositions than this start collapsed
SPEAKERS_SHOWN = 5  # a party's speakers listed in the summary before "+ N more"


@attrs.frozen(kw_only=True)
class Tick:
    x: float
    label: str


@attrs.frozen(kw_only=True)
class Lane:
    y: float
    label: str
    key: str


@attrs.frozen(kw_only=True)
class Dot:
    x: float
    y: float
    r: float
    count: int  # claims the dot stands for
    anchor: str  # the first one's proposition
    verdict: str
    parties: str  # filter tokens of its propositions
    denies: bool
    title: str


@attrs.frozen(kw_only=True)
class Timeline:
    height: float
    ticks: tuple[Tick, ...]
    lanes: tuple[Lane, ...]
    dots: tuple[Dot, ...]
    undated: int


@attrs.frozen(kw_only=True)
class MapNode:
    x: float
    y: float
    label: str
    title: str
    key: str  # party key, or the proposition's anchor
    verdict: str = ""
    parties: str = ""


@attrs.frozen(kw_only=True)
class MapEdge:
    path: str
    denies: bool
    verdict: str
    parties: str
    title: str


@attrs.frozen(kw_only=True)
class ClaimMap:
    height: float
    parties: tuple[MapNode, ...]
    propositions: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]
    singles: int  # single-claim propositions, counted on the party nodes only


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _placed(view: ReportView) -> list[tuple[PropositionView, PartyView, ClaimView]]:
    """Every claim with its proposition and the party it was counted for."""
    return [(p, party, c) for p in view.all_propositions
            for party in (*p.asserting, *p.denying) for c in party.claims]


def _ticks(first: dt.date, span: int, x0: float, plot_w: float) -> tuple[Tick, ...]:
    n = min(MAX_TICKS, span + 1)
    fmt = "%Y-%m-%d" if span < 3 * 365 else "%Y-%m"
    days = sorted({round(i * span / (n - 1)) for i in range(n)} if n > 1 else {0})
    return tuple(Tick(x=round(x0 + (d / span if span else 0.5) * plot_w, 1),
                      label=(first + dt.timedelta(days=d)).strftime(fmt)) for d in days)


def timeline(view: ReportView) -> Timeline:
    """Dated claims as dots: x the date, y the party's lane, colour the verdict.

    Claims of one party on one day with the same verdict and stance share a dot
    that grows with their number, so a busy day stays legible.
    """
    placed = _placed(view)
    dated = sorted(((p, party, c) for p, party, c in placed if c.date),
                   key=lambda x: (x[2].date or dt.date.max, x[1].key, x[0].id, x[2].id))
    lane_keys = sorted({party.key for _, party, _ in dated}, key=lambda k: int(k[1:]))
    names = {party.key: party.party for _, party, _ in dated}
    lanes = tuple(Lane(y=10 + LANE_H * (i + 0.5), label=_short(names[k], 20), key=k)
                  for i, k in enumerate(lane_keys))
    height = 10 + LANE_H * len(lanes) + AXIS_H
    if not dated:
        return Timeline(height=height, ticks=(), lanes=lanes, dots=(), undated=len(placed))
    days = [c.date for _, _, c in dated if c.date]
    first, span = min(days), (max(days) - min(days)).days
    x0, plot_w = LABEL_W + 20, WIDTH - LABEL_W - 70
    lane_y = {lane.key: lane.y for lane in lanes}
    groups: dict[tuple[str, dt.date, str, bool], list[tuple[PropositionView, ClaimView]]] = {}
    for p, party, c in dated:
        assert c.date is not None
        groups.setdefault((party.key, c.date, p.verdict.value, c.stance is Stance.DENIES),
                          []).append((p, c))
    in_cell: defaultdict[tuple[str, dt.date], int] = defaultdict(int)
    dots = []
    for (key, day, verdict, denies), members in groups.items():
        k = in_cell[key, day] % 5
        in_cell[key, day] += 1
        dy = (k + 1) // 2 * 6 * (-1 if k % 2 else 1)  # 0, -6, +6, -12, +12: never off the day
        x = x0 + ((day - first).days / span if span else 0.5) * plot_w
        verb = "deny" if denies else "assert"
        lines = [f"{c.speaker}: {_short(p.statement, 110)}" for p, c in members[:4]]
        if len(members) > 4:
            lines.append(f"… and {len(members) - 4} more")
        dots.append(Dot(
            x=round(x, 1), y=lane_y[key] + dy, r=round(min(5 + 2 * (len(members) - 1) ** 0.5,
                                                            13), 1),
            count=len(members), anchor=members[0][0].anchor, verdict=verdict,
            parties=" ".join(sorted({k for p, _ in members for k in p.party_keys})),
            denies=denies,
            title=f"{day.isoformat()} · {names[key]} · {len(members)} claim"
                  f"{'s' if len(members) != 1 else ''} ({verb}, {verdict})\n"
                  + "\n".join(lines)))
    return Timeline(height=height, ticks=_ticks(first, span, x0, plot_w), lanes=lanes,
                    dots=tuple(dots), undated=len(placed) - len(dated))


def claim_map(view: ReportView) -> ClaimMap:
    """Parties (left) linked to the propositions they assert (solid) or deny (dashed).

    Propositions of one claim are not drawn, only counted: they would bury the
    propositions that several parties take a side on.
    """
    props = list(view.propositions)
    order = {s.key: i for i, s in enumerate(view.parties)}

    def barycentre(p: PropositionView) -> tuple[float, str]:
        idx = [order[k] for k in p.party_keys]
        return (sum(idx) / len(idx) if idx else 0.0, p.id)

    props.sort(key=barycentre)  # fewer crossings: a proposition sits near its parties
    singles: defaultdict[str, int] = defaultdict(int)
    for p in view.singles:
        for k in p.party_keys:
            singles[k] += 1
    involved = {k for p in props for k in p.party_keys} | set(singles)
    parties = [s for s in view.parties if s.key in involved]
    rows = max(len(props), len(parties), 1)
    height = 20 + rows * MAP_ROW
    prop_y = {p.anchor: 20 + MAP_ROW * (i + 0.5) * rows / max(len(props), 1)
              for i, p in enumerate(props)}
    party_y = {s.key: 20 + MAP_ROW * (i + 0.5) * rows / max(len(parties), 1)
               for i, s in enumerate(parties)}
    party_nodes = tuple(
        MapNode(x=10, y=round(party_y[s.key], 1),
                label=_short(f"{s.party} · {s.label}" if s.label != s.party else s.party, 24)
                + (f" (+{singles[s.key]})" if singles[s.key] else ""),
                title=f"{s.label}: asserts {s.asserts}, denies {s.denies} proposition(s); "
                      f"{singles[s.key]} single-claim; speakers: {', '.join(s.speakers)}",
                key=s.key)
        for s in parties)
    prop_nodes = tuple(
        MapNode(x=MAP_PROP_X, y=round(prop_y[p.anchor], 1), label=_short(p.statement, TEXT_CHARS),
                title=f"[{p.verdict.value}] {p.statement}", key=p.anchor,
                verdict=p.verdict.value, parties=" ".join(p.party_keys))
        for p in props)
    edges = []
    x1, x2 = 10 + MAP_PARTY_W, MAP_PROP_X - 8
    for p in props:
        y2 = prop_y[p.anchor]
        for side, denies in ((p.asserting, False), (p.denying, True)):
            for party in side:
                y1 = party_y[party.key]
                bend = (x2 - x1) / 2
                edges.append(MapEdge(
                    path=f"M{x1} {y1:.1f} C{x1 + bend:.1f} {y1:.1f} {x2 - bend:.1f} {y2:.1f} "
                         f"{x2} {y2:.1f}",
                    denies=denies, verdict=p.verdict.value, parties=" ".join(p.party_keys),
                    title=f"{party.party} {'denies' if denies else 'asserts'}: "
                          f"{_short(p.statement, 140)}"))
    return ClaimMap(height=height, parties=party_nodes, propositions=prop_nodes,
                    edges=tuple(edges), singles=len(view.singles))


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.report", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",),
                                            default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    env.globals["isodate"] = _isodate
    return env


def _isodate(value: dt.date | None) -> str:
    return value.isoformat() if value else "undated"


@cache
def _asset(name: str) -> tuple[str, str]:
    """An inline asset's text and the CSP source that allows exactly that text."""
    loader = _environment().loader
    assert loader is not None
    # HTML parsing turns CR LF into LF before the browser hashes the element's text
    text = loader.get_source(_environment(), name)[0].replace("\r\n", "\n")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"'sha256-{digest}'"


def render(result: Result, options: ReportOptions | None = None) -> str:
    """``result`` as one self-contained HTML page."""
    options = options or ReportOptions()
    view = _view.build(result, context=options.context)
    css, css_hash = _asset("report.css")
    js, js_hash = _asset("report.js")
    return _environment().get_template("report.html").render(
        view=view, timeline=timeline(view), claim_map=claim_map(view),
        party_options=view.parties, verdicts=_view.VERDICT_ORDER,
        singles_open=len(view.singles) <= SINGLES_OPEN_UPTO or not view.propositions,
        organisation=options.organisation, title=options.title or "factcheck report",
        css=css, js=js, csp=f"default-src 'none'; style-src {css_hash}; "
                            f"script-src {js_hash}; img-src data:; base-uri 'none'; "
                            f"form-action 'none'",
        speakers_shown=SPEAKERS_SHOWN, width=WIDTH, label_w=LABEL_W, map_party_w=MAP_PARTY_W,
        map_prop_x=MAP_PROP_X)
