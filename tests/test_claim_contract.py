"""The published contract of a claim record (top-level claims/): schema, examples, model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import factcheck
from factcheck.report import json_report

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT / "claims"
EXAMPLES = ROOT / "examples"
SCHEMA: dict[str, Any] = json.loads((CONTRACT / "claim.schema.json").read_text(encoding="utf-8"))
RECORDS: list[dict[str, Any]] = [
    json.loads(line) for line in
    (CONTRACT / "examples" / "claims.jsonl").read_text(encoding="utf-8").splitlines()]


def test_claim_schema_is_a_valid_schema() -> None:
    """claims/claim.schema.json is a valid draft 2020-12 JSON Schema."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_claim_schema_is_the_reports_definition_of_a_claim() -> None:
    """The published schema and the report schema's $defs/claim never drift apart."""
    report = json_report.schema()
    in_report = report["$defs"]["claim"]
    for key in ("type", "additionalProperties", "required", "properties"):
        assert SCHEMA[key] == in_report[key], key
    assert SCHEMA["$defs"]["date"] == report["$defs"]["date"]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"])
def test_example_record_validates_and_is_a_view_into_its_article(record: dict[str, Any]) -> None:
    """Each example validates, and its text is its article's body at its span."""
    jsonschema.validate(record, SCHEMA)
    article = factcheck.read_article(EXAMPLES / f"{record['article']}.txt")
    start, end = record["span"]
    assert article.body[start:end] == record["text"]


@pytest.mark.parametrize("change", [
    {"stance": "maybe"}, {"span": [1]}, {"speaker": {"name": "", "party": "US", "role": None}},
    {"extra": 1}, {"date": "14 September 2023"},
])
def test_schema_rejects_a_broken_record(change: dict[str, Any]) -> None:
    """The contract is strict: a wrong stance, span, name, field or date fails it."""
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**RECORDS[0], **change}, SCHEMA)


def test_every_claim_the_model_outputs_meets_the_contract() -> None:
    """Every claim of the JSON report on the example articles validates."""
    report = json.loads(factcheck.render(factcheck.analyze([EXAMPLES]), "json"))
    assert report["claims"]
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for record in report["claims"]:
        validator.validate(record)
