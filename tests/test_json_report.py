"""The JSON report: the shape the scorer and other tools read, checked by its JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import factcheck
from factcheck.report import json_report

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def report() -> dict[str, object]:
    result = factcheck.analyze([EXAMPLES])
    data: dict[str, object] = json.loads(factcheck.render(result, "json"))
    return data


def test_schema_is_itself_valid() -> None:
    """The shipped schema is a valid draft 2020-12 schema."""
    jsonschema.Draft202012Validator.check_schema(json_report.schema())


def test_report_on_examples_validates(report: dict[str, object]) -> None:
    """The report on the example articles validates against the schema."""
    jsonschema.validate(report, json_report.schema())


def test_report_fails_schema_when_a_field_is_wrong(report: dict[str, object]) -> None:
    """The schema is strict: a bad stance is caught (the check can fail)."""
    bad = json.loads(json.dumps(report))
    bad["claims"][0]["stance"] = "maybe"  # type: ignore[index]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json_report.schema())


def test_every_claim_points_to_its_article_and_cluster(report: dict[str, object]) -> None:
    """Claims name an article in the report and a cluster that lists them back."""
    articles = {a["id"] for a in report["articles"]}  # type: ignore[attr-defined]
    members = {cid: cl["id"] for cl in report["clusters"]  # type: ignore[attr-defined]
               for cid in cl["claims"]}
    for claim in report["claims"]:  # type: ignore[attr-defined]
        assert claim["article"] in articles
        assert members[claim["id"]] == claim["cluster"]


def test_articles_carry_their_source_file_name(report: dict[str, object]) -> None:
    """The scorer finds articles by the file name in `source`."""
    names = {Path(a["source"]).name for a in report["articles"]}  # type: ignore[attr-defined]
    assert names == {"000_4cc6572603486089.txt", "003_b02aed5dc7adf1a3.txt"}


def test_report_is_deterministic() -> None:
    """Two runs over the same input give byte-identical reports."""
    first = factcheck.render(factcheck.analyze([EXAMPLES]), "json")
    assert factcheck.render(factcheck.analyze([EXAMPLES]), "json") == first


def test_unknown_format_is_a_report_error() -> None:
    """Asking for a format that does not exist raises ReportError (a ValueError)."""
    with pytest.raises(factcheck.ReportError, match="unknown format"):
        factcheck.render(factcheck.Result(), "pdf")
