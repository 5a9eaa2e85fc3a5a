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
DISPUTED = [c for c in CHECKABLE if c.verdict in (Verdict.CONTESTED, Verdict.DENIED)]

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


def _review_of(cluster_id: str, **options: Any) -> dict[str, Any]:
    options.setdefault("all", True)
    return next(r for r in _reviews(**options) if r["url"].endswith(f"#prop-{cluster_id}"))


def test_render_from_library_meets_googles_required_and_recommended_fields() -> None:
    """With a base URL every review has every required and recommended field, well typed."""
    jsonschema.validate(_reviews(base_url="https://checks.example/report.html", all=True),
                        SCHEMA, format_checker=jsonschema.FormatChecker())


def test_by_default_only_contested_and_denied_propositions_are_reviewed() -> None:
    """Without include_all, one review per contested or denied proposition, nothing else."""
    urls = [r["url"] for r in _reviews()]
    assert sorted(urls) == sorted(f"#prop-{c.id}" for c in DISPUTED)
    assert {r["reviewRating"]["alternateName"] for r in _reviews()} == {"contested", "denied"}


def test_all_reviews_every_checkable_proposition_and_no_opinion() -> None:
    """include_all (the CLI's --all) adds the rest of the checkable ones; opinions never."""
    urls = [r["url"] for r in _reviews(all=True)]
    assert sorted(urls) == sorted(f"#prop-{c.id}" for c in CHECKABLE)
    assert not any(r["url"].endswith("P_concern") for r in _reviews(include_all=True))


@pytest.mark.parametrize("cluster", CHECKABLE, ids=lambda c: c.id)
def test_rating_is_the_verdict_and_its_explanation(cluster: Cluster) -> None:
    """reviewRating.alternateName is the verdict and ratingExplanation is explain()."""
    review = _review_of(cluster.id)
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": cluster.verdict.value,
                                      "ratingExplanation": cluster.explain()}


@pytest.mark.parametrize("cluster", CHECKABLE, ids=lambda c: c.id)
def test_claim_reviewed_is_the_sentence_that_states_it(cluster: Cluster) -> None:
    """claimReviewed is the whole sentence around the representative claim."""
    claim = RESULT.claim(cluster.representative)
    reviewed = _review_of(cluster.id)["claimReviewed"]
    assert claim.text in reviewed
    assert reviewed[0].isupper() or reviewed[0] in "\"“"
    assert reviewed.rstrip("\"”’'").endswith((".", "!", "?"))
    assert reviewed in " ".join(RESULT.article(claim.article).body.split())


def test_a_fragment_claim_is_reviewed_as_its_sentence() -> None:
    """A claim span that is no sentence ("Russia for the poisonings") is given whole."""
    body = "Britain has blamed Russia for the poisonings. Moscow denies any role."
    article = Article(id="a", source="https://news.example/a", body=body)
    start = body.index("Russia for")
    claim = Claim.of(article, start, start + len("Russia for the poisonings"), id="c",
                     speaker=Speaker(name="Britain", party="GB"), cluster="P")
    cluster = Cluster(id="P", claims=("c",), representative="c", statement=claim.text,
                      verdict=Verdict.CONTESTED)
    result = Result(articles=(article,), claims=(claim,), clusters=(cluster,))
    assert _reviews(result)[0]["claimReviewed"] == "Britain has blamed Russia for the poisonings."


def test_claim_author_date_and_appearances_come_from_the_articles() -> None:
    """The claim's author is the representative speaker; appearances are its articles."""
    item = _review_of("P_shells")["itemReviewed"]
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
    work = _review_of("S_nuclear")["itemReviewed"]["firstAppearance"]
    assert "url" not in work
    assert work["identifier"] == "corpus/yonhap/2023-09-16 report.txt"
    assert work["publisher"] == {"@type": "Organization", "name": "Yonhap"}


def _single(name: str, party: str | None, role: str | None = None) -> Result:
    article = Article(id="a", source="https://news.example/a", body="X said it rains.")
    claim = Claim.of(article, 7, 15, id="c", speaker=Speaker(name=name, party=party, role=role))
    cluster = Cluster(id="P", claims=("c",), representative="c", statement=claim.text,
                      verdict=Verdict.CONTESTED)
    return Result(articles=(article,), claims=(attrs.evolve(claim, cluster="P"),),
                  clusters=(cluster,))


@pytest.mark.parametrize(("name", "party", "kind"), [
    ("John Kirby", "US", "Person"),
    ("Dmitry Peskov", "RU", "Person"),
    ("Van Hollen", "US", "Person"),
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


@pytest.mark.parametrize("name", [
    "South Korean defence ministry official", "a senior US official", "Officials",
    "US officials", "Pentagon officials", "sources", "two people familiar with the matter",
    "Western diplomats", "an intelligence source", "health officials", "analysts",
])
def test_an_anonymous_source_is_never_a_person(name: str) -> None:
    """An unnamed source is given as the government it speaks for, never as a Person."""
    author = _reviews(_single(name, "US"))[0]["itemReviewed"]["author"]
    assert author == {"@type": "Organization", "name": "United States"}


def test_an_anonymous_source_of_unknown_side_has_no_author() -> None:
    """With no party to name, an anonymous source's claim carries no author at all."""
    assert "author" not in _reviews(_single("officials", None))[0]["itemReviewed"]


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
    assert {r["datePublished"] for r in _reviews(review_date=date)} == {DAY}


def test_date_published_defaults_to_today() -> None:
    """Without a date option the reviews are dated today."""
    before = dt.date.today().isoformat()
    dates = {r["datePublished"] for r in _reviews(date=None)}
    assert dates <= {before, dt.date.today().isoformat()} and dates


def test_every_review_has_a_url_at_its_proposition_in_the_html_report() -> None:
    """Each url is the HTML report's anchor for the proposition: absolute with base_url,
    the anchor alone without."""
    assert all(r["url"].startswith("#prop-") for r in _reviews())
    page = lxml.html.document_fromstring(factcheck.render(RESULT, "html"))
    for review in _reviews(base_url="https://checks.example/r.html#top", all=True):
        base, fragment = review["url"].split("#")
        assert base == "https://checks.example/r.html"
        cluster = next(c for c in RESULT.clusters if f"prop-{c.id}" == fragment)
        assert page.get_element_by_id(fragment).findtext(".//h3") == cluster.statement


def test_hostile_text_survives_as_data_and_cannot_end_a_script_element() -> None:
    """Markup in a statement or name is kept verbatim as JSON data; no raw "<" is written."""
    text = factcheck.render(HOSTILE, "claimreview", date=DAY)
    assert "<" not in text and "\\u003c" in text
    review = json.loads(text)[0]
    assert HOSTILE.clusters[0].statement in review["claimReviewed"]
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
    monkeypatch.setattr(cli, "analyze_articles",
                        lambda articles, **_: attrs.evolve(RESULT, skipped=()))
    out = tmp_path / "reviews.json"
    assert cli.main(["analyze", str(EXAMPLES), "--format", "claimreview", "-o", str(out), "-q",
                     "--organisation", "Example Checks"]) == 0
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == len(DISPUTED)
    assert {r["author"]["name"] for r in reviews} == {"Example Checks"}


def test_cli_publishing_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--base-url, --organisation-url, --review-date and --all reach the markup."""
    monkeypatch.setattr(cli, "analyze_articles",
                        lambda articles, **_: attrs.evolve(RESULT, skipped=()))
    out = tmp_path / "reviews.json"
    assert cli.main(["analyze", str(EXAMPLES), "--format", "claimreview", "-o", str(out), "-q",
                     "--base-url", "https://checks.example/r.html",
                     "--organisation-url", "https://checks.example",
                     "--review-date", DAY, "--all"]) == 0
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == len(CHECKABLE)
    assert all(r["url"].startswith("https://checks.example/r.html#prop-") for r in reviews)
    assert {r["author"]["url"] for r in reviews} == {"https://checks.example"}
    assert {r["datePublished"] for r in reviews} == {DAY}


def test_cli_rejects_a_review_date_that_is_no_date(capsys: pytest.CaptureFixture[str]) -> None:
    """--review-date must be YYYY-MM-DD: anything else is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as exc:
        cli.main(["analyze", str(EXAMPLES), "-f", "claimreview", "--review-date", "soon"])
    assert exc.value.code == 2
    assert "soon" in capsys.readouterr().err


def test_cli_renders_the_real_pipeline_output(tmp_path: Path) -> None:
    """ClaimReview renders whatever the real pipeline finds: one per disputed cluster."""
    out = tmp_path / "reviews.json"
    assert cli.main(["analyze", str(EXAMPLES), "--format", "claimreview", "-o", str(out),
                     "-q"]) == 0
    result = factcheck.analyze([EXAMPLES])
    assert len(json.loads(out.read_text(encoding="utf-8"))) == sum(
        not c.opinion and c.verdict in (Verdict.CONTESTED, Verdict.DENIED)
        for c in result.clusters)
