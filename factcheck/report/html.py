"""The HTML report: one self-contained page (inline CSS, JS and SVG; nothing fetched).

Every proposition with its verdict, the parties that assert and deny it, and each
quote in its sentence; a summary, a timeline of claims by date and a map of
parties to propositions, both drawn as SVG here in Python; verdict and party
filters in a few lines of plain JS over ``data-`` attributes. Templates live in
``templates/`` and are autoescaped; a Content-Security-Policy with hashes of
the page's own script and style forbids anything else from running or loading.

Options (others are ignored): ``organisation`` (shown as the author),
``title``, ``context`` (characters of context on each side of a quote).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

import attrs
import jinja2

from claims import Result, Stance
from factcheck.report import _view
from factcheck.report._view import ClaimView, PropositionView, ReportView

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
TEXT_CHARS = 78  # a proposition's label in the map; the full text is in its <title>


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
    anchor: str
    verdict: str
    parties: str  # filter tokens of the dot's proposition
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


def _dated(view: ReportView) -> list[tuple[PropositionView, ClaimView]]:
    return [(p, c) for p in view.all_propositions for c in p.all_claims]


def _ticks(first: dt.date, span: int, x0: float, plot_w: float) -> tuple[Tick, ...]:
    n = min(MAX_TICKS, span + 1)
    fmt = "%Y-%m-%d" if span < 3 * 365 else "%Y-%m"
    days = sorted({round(i * span / (n - 1)) for i in range(n)} if n > 1 else {0})
    return tuple(Tick(x=round(x0 + (d / span if span else 0.5) * plot_w, 1),
                      label=(first + dt.timedelta(days=d)).strftime(fmt)) for d in days)


def timeline(view: ReportView) -> Timeline:
    """Each dated claim a dot: x its date, y its party's lane, colour its verdict."""
    pairs = _dated(view)
    dated = [(p, c) for p, c in pairs if c.date]
    summary = {s.key: s for s in view.parties}
    keys = {s.party: s.key for s in view.parties}
    lane_keys = sorted({keys[c.party] for _, c in dated}, key=lambda k: int(k[1:]))
    lanes = tuple(Lane(y=10 + LANE_H * (i + 0.5), label=summary[k].party, key=k)
                  for i, k in enumerate(lane_keys))
    height = 10 + LANE_H * len(lanes) + AXIS_H
    if not dated:
        return Timeline(height=height, ticks=(), lanes=lanes, dots=(), undated=len(pairs))
    first = min(c.date for _, c in dated if c.date)
    span = max((c.date - first).days for _, c in dated if c.date)
    x0, plot_w = LABEL_W + 20, WIDTH - LABEL_W - 70
    lane_y = {lane.key: lane.y for lane in lanes}
    stacked: defaultdict[tuple[str, dt.date], int] = defaultdict(int)
    dots = []
    for p, c in sorted(dated, key=lambda pc: (pc[1].date or dt.date.max, pc[0].id, pc[1].id)):
        assert c.date is not None
        key = keys[c.party]
        k = stacked[key, c.date]
        stacked[key, c.date] += 1
        # several claims on one day and lane: fan out vertically, never off the date
        step = k % 5
        dy = (step + 1) // 2 * 5 * (-1 if step % 2 else 1)  # 0, -5, +5, -10, +10
        x = x0 + ((c.date - first).days / span if span else 0.5) * plot_w
        verb = "denies" if c.stance is Stance.DENIES else "asserts"
        dots.append(Dot(x=round(x, 1), y=lane_y[key] + dy, anchor=p.anchor,
                        verdict=p.verdict.value, parties=" ".join(p.party_keys),
                        denies=c.stance is Stance.DENIES,
                        title=f"{c.date.isoformat()} · {c.speaker} ({c.party}) {verb}: "
                              f"{_short(p.statement, 140)} [{p.verdict.value}]"))
    return Timeline(height=height, ticks=_ticks(first, span, x0, plot_w), lanes=lanes,
                    dots=tuple(dots), undated=len(pairs) - len(dated))


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
    text = loader.get_source(_environment(), name)[0]
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"'sha256-{digest}'"


def _party_options(view: ReportView) -> Sequence[Any]:
    return [s for s in view.parties if s.claims]


def render(result: Result, **options: Any) -> str:
    """``result`` as one self-contained HTML page."""
    view = _view.build(result, context=int(options.get("context", _view.CONTEXT_CHARS)))
    css, css_hash = _asset("report.css")
    js, js_hash = _asset("report.js")
    return _environment().get_template("report.html").render(
        view=view, timeline=timeline(view), claim_map=claim_map(view),
        party_options=_party_options(view), verdicts=_view.VERDICT_ORDER,
        organisation=str(options.get("organisation") or "factcheck"),
        title=str(options.get("title") or "factcheck report"),
        css=css, js=js, csp=f"default-src 'none'; style-src {css_hash}; "
                            f"script-src {js_hash}; img-src data:; base-uri 'none'; "
                            f"form-action 'none'",
        width=WIDTH, label_w=LABEL_W, map_party_w=MAP_PARTY_W, map_prop_x=MAP_PROP_X)
