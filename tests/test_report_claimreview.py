"""ClaimReview JSON-LD: Google's required and recommended fields, options, CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import lxml.html
import pytest

import factcheck
import factcheck.claims as claims
from factcheck import cli
from factcheck.claims import Article, Claim, Cluster, Result, Speaker, Verdict

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "reports"
EXAMPLES = ROOT / "examples"
DAY = "2024-03-01"


def _load(name: str) -> Result:
    return claims.loads((FIXTURES / name).read_text(encoding="utf-8"), Result)


RESULT = _load("result.json")
HOSTILE = _load("hostile.json")
CHECKABLE = [c for c in RESULT.clusters if not c.opinion]

_ORG = {"type": "object", "required": ["@type", "name"],
        "properties": {"@type": {"const": "Organization"},
                       "name": {"type": "string", "minLength": 1}}}
_AUTHOR = {"type": "object", "required": ["@type", "name"],
           "properties": {"@type": {"enum": ["Person", "Organization"]},
                          "name": {"type": "string", "minLength": 1}}}
_WORK = {"type": "object", "required": ["@type"], "minProperties": 2,
         "properties": {"@type": {"const": "CreativeWork"},
                        "url": {"type": "string", "pattern": "^https?://"},
                        "datePublished": {"type": "string", "format": "date"}}}
# Google's ClaimReview structured data: required claimReviewed, reviewRating
# (alternateName), url; recommended author, datePublished, itemReviewed (Claim with
# author, datePublished, appearance, firstAppearance).
SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["@context", "@type", "url", "claimReviewed", "reviewRating", "author",
                     "datePublished", "itemReviewed"],
        "properties": {
            "@context": {"const": "https://schema.org"},
            "@type": {"const": "ClaimReview"},
            "url": {"type": "string", "pattern": "^https?://[^#]+#.+"},
            "claimReviewed": {"type": "string", "minLength": 1},
            "datePublished": {"type": "string", "format": "date"},
            "author": _ORG,
            "reviewRating": {
                "type": "object", "required": ["@type", "alternateName", "ratingExplanation"],
                "properties": {"@type": {"const": "Rating"},
                               "alternateName": {"enum": [v.value for v in Verdict]},
                               "ratingExplanation": {"type": "string", "minLength": 1}}},
            "itemReviewed": {
                "type": "object",
                "required": ["@type", "author", "datePublished", "appearance",
                             "firstAppearance"],
                "properties": {"@type": {"const": "Claim"}, "author": _AUTHOR,
                               "datePublished": {"type": "string", "format": "date"},
                               "appearance": {"type": "array", "minItems": 1, "items": _WORK},
                               "firstAppearance": _WORK}},
        },
    },
}


def _reviews(result: Result = RESULT, **options: Any) -> list[dict[str, Any]]:
    options.setdefault("date", DAY)
    data: list[dict[str, Any]] = json.loads(factcheck.render(result, "claimreview", **options))
    return data


def test_render_from_library_meets_googles_required_and_recommended_fields() -> None:
    """With a base URL every review has every required and recommended field, well typed."""
    jsonschema.validate(_reviews(base_url="https://checks.example/report.html"), SCHEMA,
                        format_checker=jsonschema.FormatChecker())


def test_one_review_per_checkable_proposition_and_none_for_opinions() -> None:
    """Each non-opinion cluster gets one review, in report order; opinions get none."""
    reviewed = [r["claimReviewed"] for r in _reviews()]
    assert sorted(reviewed) == sorted(c.statement for c in CHECKABLE)
    assert next(c.statement for c in RESULT.clusters if c.opinion) not in reviewed


@pytest.mark.parametrize("cluster", CHECKABLE, ids=lambda c: c.id)
def test_rating_is_the_verdict_and_its_explanation(cluster: Cluster) -> None:
    """reviewRating.alternateName is the verdict and ratingExplanation is explain()."""
    review = next(r for r in _reviews() if r["claimReviewed"] == cluster.statement)
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": cluster.verdict.value,
                                      "ratingExplanation": cluster.explain()}


def test_claim_author_date_and_appearances_come_from_the_articles() -> None:
    """The claim's author is the representative speaker; appearances are its articles."""
    shells = next(r for r in _reviews() if r["claimReviewed"].startswith("North Korea has"))
    item = shells["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "John Kirby",
                              "jobTitle": "NSC strategic communications coordinator",
                              "affiliation": {"@type": "Organization",
                                              "name": "United States"}}
    assert item["datePublished"] == "2023-09-13"
    assert [w.get("url") for w in item["appearance"]] == [
        "https://www.koreaherald.com/view.php?ud=20230914000001", None]
    assert item["firstAppearance"] == item["appearance"][0]


def test_a_local_file_appears_by_identifier_not_url() -> None:
    """An article read from a file is named by its path, never passed off as a URL."""
    nuclear = next(r for r in _reviews() if "nuclear test" in r["claimReviewed"])
    work = nuclear["itemReviewed"]["firstAppearance"]
    assert "url" not in work
    assert work["identifier"] == "corpus/yonhap/2023-09-16 report.txt"
    assert work["publisher"] == {"@type": "Organization", "name": "Yonhap"}


def _single(name: str, party: str, role: str | None = None) -> Result:
    article = Article(id="a", source="https://news.example/a", body="X said it rains.")
    claim = Claim.of(article, 7, 15, id="c", speaker=Speaker(name=name, party=party, role=role))
    cluster = Cluster(id="P", claims=("c",), representative="c", statement=claim.text,
                      verdict=Verdict.UNCORROBORATED)
    return Result(articles=(article,), claims=(attrs.evolve(claim, cluster="P"),),
                  clusters=(cluster,))


@pytest.mark.parametrize(("name", "party", "kind"), [
    ("John Kirby", "US", "Person"),
    ("Dmitry Peskov", "RU", "Person"),
    ("South Korean defence ministry official", "KR", "Person"),
    ("Kremlin", "RU", "Organization"),
    ("Russia", "RU", "Organization"),
    ("North Korea", "KP", "Organization"),
    ("South Korean defence ministry", "KR", "Organization"),
    ("The White House", "US", "Organization"),
    ("NATO", "NATO", "Organization"),
    ("Georgetown University", "Georgetown University", "Organization"),
])
def test_claim_author_is_a_person_or_an_organisation(name: str, party: str, kind: str) -> None:
    """A speaker who is a body is an Organization; a named person is a Person."""
    author = _reviews(_single(name, party))[0]["itemReviewed"]["author"]
    assert (author["@type"], author["name"]) == (kind, name)


def test_reviewer_is_the_organisation_option() -> None:
    """author is an Organization named by the organisation option, with its URL if given."""
    reviews = _reviews(organisation="Example Checks", organisation_url="https://checks.example")
    assert {json.dumps(r["author"]) for r in reviews} == {json.dumps(
        {"@type": "Organization", "name": "Example Checks", "url": "https://checks.example"})}
    assert {r["author"]["name"] for r in _reviews()} == {"factcheck"}


@pytest.mark.parametrize("date", [DAY, dt.date(2024, 3, 1), dt.datetime(2024, 3, 1, 12, 30)])
def test_date_option_sets_date_published(date: object) -> None:
    """datePublished is the date option, given as a string, date or datetime."""
    assert {r["datePublished"] for r in _reviews(date=date)} == {DAY}


def test_date_published_defaults_to_today() -> None:
    """Without a date option the reviews are dated today."""
    before = dt.date.today().isoformat()
    dates = {r["datePublished"] for r in _reviews(date=None)}
    assert dates <= {before, dt.date.today().isoformat()} and dates


def test_url_only_with_a_base_url_and_it_points_at_the_html_report() -> None:
    """With base_url each review's url is the HTML report's anchor for that proposition."""
    assert all("url" not in r for r in _reviews())
    page = lxml.html.document_fromstring(factcheck.render(RESULT, "html"))
    for review in _reviews(base_url="https://checks.example/r.html#top"):
        base, fragment = review["url"].split("#")
        assert base == "https://checks.example/r.html"
        assert page.get_element_by_id(fragment).findtext(".//h3") == review["claimReviewed"]


def test_hostile_text_survives_as_data() -> None:
    """Markup in a statement or name is kept verbatim as JSON string data."""
    review = _reviews(HOSTILE)[0]
    assert review["claimReviewed"] == HOSTILE.clusters[0].statement
    assert review["itemReviewed"]["author"]["name"] == HOSTILE.claims[0].speaker.name
    assert "url" not in review["itemReviewed"]["firstAppearance"]  # javascript: is no URL


def test_same_input_same_output() -> None:
    """With a fixed date, rendering twice gives the same text."""
    assert factcheck.render(RESULT, "claimreview", date=DAY) == \
        factcheck.render(RESULT, "claimreview", date=DAY)


def test_unknown_options_are_ignored() -> None:
    """An option the renderer does not know changes nothing."""
    assert _reviews(colour="teal") == _reviews()


def test_cli_writes_claimreview_with_the_organisation(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """factcheck analyze --format claimreview --organisation NAME writes the array."""
    monkeypatch.setattr(cli, "analyze_articles", lambda articles, progress=None: RESULT)
    out = tmp_path / "reviews.json"
    assert cli.main(["analyze", str(EXAMPLES), "--format", "claimreview", "-o", str(out), "-q",
                     "--organisation", "Example Checks"]) == 0
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == len(CHECKABLE)
    assert {r["author"]["name"] for r in reviews} == {"Example Checks"}


def test_cli_renders_the_real_pipeline_output(tmp_path: Path) -> None:
    """ClaimReview renders whatever the real pipeline finds: one per checkable cluster."""
    out = tmp_path / "reviews.json"
    assert cli.main(["analyze", str(EXAMPLES), "--format", "claimreview", "-o", str(out),
                     "-q"]) == 0
    result = factcheck.analyze([EXAMPLES])
    assert len(json.loads(out.read_text(encoding="utf-8"))) == \
        sum(not c.opinion for c in result.clusters)
