"""The JSON report: articles, claims (with speaker, stance, date, span, cluster) and clusters.

Its shape is fixed by ``report.schema.json`` beside this module; the
evaluation scorer and every other consumer read this format.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from factcheck.claims import Article, Claim, Cluster, PartyRole, Result, converter

__all__ = ["SCHEMA_VERSION", "render", "schema", "to_dict"]

SCHEMA_VERSION = "1.0"


def _article(a: Article) -> dict[str, Any]:
    return {"id": a.id, "source": a.source, "outlet": a.outlet, "byline": a.byline,
            "title": a.title, "published": a.published.isoformat() if a.published else None,
            "url": a.url, "length": len(a.body)}


def _claim(c: Claim) -> dict[str, Any]:
    return {"id": c.id, "article": c.article, "text": c.text, "span": [c.start, c.end],
            "speaker": {"name": c.speaker.name, "party": c.speaker.party,
                        "role": c.speaker.role},
            "stance": c.stance.value, "kind": c.kind.value,
            "date": c.date.isoformat() if c.date else None,
            "date_source": c.date_source.value, "cue": c.cue,
            "refers_to": c.refers_to, "cluster": c.cluster}


def _party(p: PartyRole) -> dict[str, Any]:
    out: dict[str, Any] = converter.unstructure(p)
    return out


def _cluster(cl: Cluster) -> dict[str, Any]:
    return {"id": cl.id, "verdict": cl.verdict.value, "opinion": cl.opinion,
            "statement": cl.statement, "representative": cl.representative,
            "claims": list(cl.claims),
            "asserted_by": [_party(p) for p in cl.asserted_by],
            "denied_by": [_party(p) for p in cl.denied_by],
            "first_date": cl.first_date.isoformat() if cl.first_date else None,
            "last_date": cl.last_date.isoformat() if cl.last_date else None,
            "explanation": cl.explanation}


def to_dict(result: Result) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [_article(a) for a in result.articles],
        "claims": [_claim(c) for c in result.claims],
        "clusters": [_cluster(c) for c in result.clusters],
        "skipped": [{"source": s.source, "reason": s.reason} for s in result.skipped],
    }


def render(result: Result, **options: Any) -> str:
    """The report as indented JSON text."""
    return json.dumps(to_dict(result), ensure_ascii=False, indent=options.get("indent", 2))


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every report validates against."""
    text = resources.files("factcheck.report").joinpath("report.schema.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data
