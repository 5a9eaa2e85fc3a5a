"""The JSON report: articles, claims (with speaker, stance, date, span, cluster) and clusters.

Its shape is fixed by ``report.schema.json`` beside this module; the
evaluation scorer and every other consumer read this format. It is written
as a stream (:func:`chunks`): one record is encoded at a time, so a report of
any size never exists as one string in memory. :func:`render` joins the same
chunks, so the streamed file and the rendered text are byte-identical.

Every ``<`` is written as ``\\u003c`` (same JSON value), so the text can be
pasted into an HTML ``<script>`` element without ending it. Each article
carries its ``body``, so :func:`load` gives back the very :class:`Result`
and a saved analysis can be re-rendered in any format.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any

from factcheck._errors import ReportError
from factcheck.claims import (
    Article,
    Claim,
    Cluster,
    Notice,
    PartyRole,
    Result,
    Skipped,
    Speaker,
    converter,
)

__all__ = [
    "SCHEMA_VERSION", "chunks", "load", "party_id", "render", "schema", "script_safe", "to_dict",
]

SCHEMA_VERSION = "1.0"
_INDENT = 2


def party_id(party: object) -> str:
    """A party as reports write it: its id (``"unknown"`` for none), whether the model
    holds the id itself or a record with an ``id``."""
    pid = getattr(party, "id", party)
    return str(pid) if pid else "unknown"


def _article(a: Article) -> dict[str, Any]:
    return {"id": a.id, "source": a.source, "outlet": a.outlet, "byline": a.byline,
            "title": a.title, "published": a.published.isoformat() if a.published else None,
            "url": a.url, "length": len(a.body), "copy_of": a.copy_of, "body": a.body}


def _claim(c: Claim) -> dict[str, Any]:
    return {"id": c.id, "article": c.article, "text": c.text, "span": [c.start, c.end],
            "speaker": {"name": c.speaker.name, "party": party_id(c.speaker.party),
                        "role": c.speaker.role},
            "stance": c.stance.value, "kind": c.kind.value,
            "date": c.date.isoformat() if c.date else None,
            "date_source": c.date_source.value, "cue": c.cue,
            "refers_to": c.refers_to, "cluster": c.cluster}


def _party(p: PartyRole) -> dict[str, Any]:
    out: dict[str, Any] = converter.unstructure(p)
    out["party"] = party_id(p.party)
    return out


def _cluster(cl: Cluster) -> dict[str, Any]:
    return {"id": cl.id, "verdict": cl.verdict.value, "opinion": cl.opinion,
            "statement": cl.statement, "representative": cl.representative,
            "claims": list(cl.claims),
            "asserted_by": [_party(p) for p in cl.asserted_by],
            "denied_by": [_party(p) for p in cl.denied_by],
            "first_date": cl.first_date.isoformat() if cl.first_date else None,
            "last_date": cl.last_date.isoformat() if cl.last_date else None,
            "explanation": cl.explanation, "rivals": list(cl.rivals)}


def _skipped(s: Skipped) -> dict[str, Any]:
    return {"source": s.source, "reason": s.reason}


def _notice(n: Notice) -> dict[str, Any]:
    return {"source": n.source, "message": n.message}


def _sections(result: Result) -> list[tuple[str, Any]]:
    """The report's top-level keys in order; lists are lazy, one record at a time."""
    return [("schema_version", SCHEMA_VERSION),
            ("articles", (_article(a) for a in result.articles)),
            ("claims", (_claim(c) for c in result.claims)),
            ("clusters", (_cluster(c) for c in result.clusters)),
            ("skipped", (_skipped(s) for s in result.skipped)),
            ("warnings", (_notice(n) for n in result.warnings))]


def to_dict(result: Result) -> dict[str, Any]:
    """The report as plain JSON-ready data (all in memory: prefer :func:`chunks`)."""
    return {key: value if isinstance(value, str) else list(value)
            for key, value in _sections(result)}


_UNSAFE = re.compile("[<\ud800-\udfff]")


def script_safe(text: str) -> str:
    """JSON text that can sit in an HTML ``<script>`` and be written as UTF-8.

    ``<`` and lone surrogates (which no UTF-8 file can hold) only occur inside JSON
    strings, where their ``\\uXXXX`` escapes are the same characters.
    """
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@cache
def _encoder(indent: int | None) -> json.JSONEncoder:
    return json.JSONEncoder(ensure_ascii=False, indent=indent)


def _encode(value: Any, indent: int | None, level: int) -> str:
    text = _encoder(indent).encode(value)
    if indent is not None and level:  # nest it: json.dumps never puts a raw newline in a string
        text = text.replace("\n", "\n" + " " * (indent * level))
    return script_safe(text)


def chunks(result: Result, indent: int | None = _INDENT) -> Iterator[str]:
    """The report's text in pieces of one record each; ``"".join`` them for the whole.

    Byte-identical to ``json.dumps(to_dict(result), ensure_ascii=False, indent=indent)``
    with ``<`` escaped.
    """
    nl = "" if indent is None else "\n"
    pad1 = "" if indent is None else " " * indent
    pad2 = pad1 * 2
    key_sep, item_sep = (": ", ", ") if indent is None else (": ", ",")
    yield "{"
    for i, (key, value) in enumerate(_sections(result)):
        yield f"{item_sep if i else ''}{nl}{pad1}{_encode(key, indent, 1)}{key_sep}"
        if isinstance(value, str):
            yield _encode(value, indent, 1)
            continue
        empty = True
        for record in value:
            yield f"{'[' if empty else item_sep}{nl}{pad2}{_encode(record, indent, 2)}"
            empty = False
        yield "[]" if empty else f"{nl}{pad1}]"
    yield nl + "}"


def render(result: Result, options: object = None) -> str:
    """The report as indented JSON text."""
    return "".join(chunks(result, indent=_indent(options)))


def _indent(options: object) -> int | None:
    value = getattr(options, "indent", _INDENT)
    return value if value is None else int(value)


# -- loading a report back ----------------------------------------------------------------------

def _structure_article(d: Mapping[str, Any]) -> Article:
    if "body" not in d:
        raise ReportError(f"article {d.get('id')!r} has no body: the report was written by an "
                          "older factcheck; run `factcheck analyze` again")
    return Article(id=d["id"], source=d["source"], body=d["body"], outlet=d.get("outlet"),
                   byline=d.get("byline"), title=d.get("title"), published=d.get("published"),
                   url=d.get("url"), copy_of=d.get("copy_of"))


def _speaker(d: Mapping[str, Any]) -> Speaker:
    pid = d.get("party")
    party: Any = None if pid in (None, "", "unknown") else str(pid)
    return Speaker(name=d["name"], party=party, role=d.get("role"))  # the id is read as a Party


def _structure_claim(d: Mapping[str, Any]) -> Claim:
    start, end = d["span"]
    return Claim(id=d["id"], article=d["article"], start=start, end=end, text=d["text"],
                 speaker=_speaker(d["speaker"]),
                 stance=d["stance"], kind=d["kind"], date=d.get("date"),
                 date_source=d["date_source"], cue=d.get("cue"), refers_to=d.get("refers_to"),
                 cluster=d.get("cluster"))


def _structure_role(d: Mapping[str, Any]) -> PartyRole:
    return PartyRole(party=d["party"], speakers=d["speakers"], claims=d["claims"],
                     articles=d["articles"],
                     dates=[dt.date.fromisoformat(x) for x in d["dates"]])


def _structure_cluster(d: Mapping[str, Any]) -> Cluster:
    return Cluster(id=d["id"], claims=d["claims"], representative=d["representative"],
                   statement=d["statement"], verdict=d["verdict"],
                   asserted_by=[_structure_role(p) for p in d["asserted_by"]],
                   denied_by=[_structure_role(p) for p in d["denied_by"]],
                   opinion=d["opinion"], first_date=d.get("first_date"),
                   last_date=d.get("last_date"), explanation=d.get("explanation", ""),
                   rivals=d.get("rivals", ()))


def _records(data: Mapping[str, Any], key: str) -> Iterable[Mapping[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ReportError(f"{key!r} must be a list")
    return value


def _warnings(data: Mapping[str, Any]) -> dict[str, Any]:
    notices = list(_records(data, "warnings"))
    if not notices:
        return {}
    return {"warnings": [Notice(source=n["source"], message=n["message"]) for n in notices]}


def load(data: Any, source: str | None = None) -> Result:
    """The :class:`Result` a parsed JSON report holds (ReportError naming ``source`` if not)."""
    if not isinstance(data, Mapping) or "schema_version" not in data:
        raise ReportError("not a factcheck JSON report (no schema_version)", source=source)
    if str(data["schema_version"]).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise ReportError(f"schema_version {data['schema_version']!r} is not readable by this "
                          f"factcheck (it reads {SCHEMA_VERSION})", source=source)
    try:
        return Result(articles=[_structure_article(a) for a in _records(data, "articles")],
                      claims=[_structure_claim(c) for c in _records(data, "claims")],
                      clusters=[_structure_cluster(c) for c in _records(data, "clusters")],
                      skipped=[Skipped(source=s["source"], reason=s["reason"])
                               for s in _records(data, "skipped")],
                      **_warnings(data))
    except ReportError as exc:
        raise ReportError(exc.message, source=source) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ReportError(f"not a valid factcheck JSON report: {type(exc).__name__}: {exc}",
                          source=source) from None


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every report validates against."""
    text = resources.files("factcheck.report").joinpath("report.schema.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data
