"""ClaimReview: schema.org JSON-LD, one ``ClaimReview`` per checkable proposition.

The markup search engines read from fact-check pages
(https://developers.google.com/search/docs/appearance/structured-data/factcheck):
``claimReviewed`` is the proposition's statement, ``reviewRating.alternateName``
its verdict and ``ratingExplanation`` the verdict's explanation, ``itemReviewed``
the claim with its author (the representative speaker), where it appeared and
when. Opinions are not checkable and get no review.

Options (others are ignored):

- ``organisation``: the reviewing organisation's name (default ``"factcheck"``);
- ``organisation_url``: its web site;
- ``date``: the reviews' ``datePublished`` (a date or ISO string; default today);
- ``base_url``: the page that publishes the reviews, e.g. the HTML report online;
  each review's ``url`` is then that page at the proposition's anchor. Google
  requires ``url``: without ``base_url`` the markup is valid schema.org but not
  eligible for its fact-check results.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any
from urllib.parse import quote

import pycountry

from factcheck.claims import Result
from factcheck.report import _view
from factcheck.report._view import ArticleView, ClaimView, PropositionView

__all__ = ["render", "reviews"]

CONTEXT = "https://schema.org"

# A speaker is an Organization rather than a Person when its name says so: these
# words name bodies, not people (canonical person names are full names, so a
# one-word speaker such as "Kremlin", "Russia" or "Hamas" is a body too).
_BODY_WORDS = frozenset({
    "administration", "agency", "alliance", "army", "assembly", "authorities", "authority",
    "bureau", "cabinet", "command", "committee", "council", "court", "department",
    "embassy", "forces", "government", "group", "house", "kremlin", "media", "ministry",
    "mission", "navy", "office", "organisation", "organization", "parliament", "party",
    "pentagon", "police", "presidency", "prosecutors", "secretariat", "service",
    "spokespeople", "state", "union", "university",
})
# ... unless the name ends in a word for a person: "defence ministry official".
_PERSON_WORDS = frozenset({
    "adviser", "advisor", "aide", "ambassador", "analyst", "chairman", "chief", "commander",
    "diplomat", "director", "envoy", "expert", "general", "leader", "minister",
    "negotiator", "officer", "official", "president", "prosecutor", "secretary", "senator",
    "source", "spokesman", "spokesperson", "spokeswoman",
})
_WORD = re.compile(r"[^\W\d_]+")


def _is_body(speaker: ClaimView) -> bool:
    name = speaker.speaker.strip()
    words = [w.casefold() for w in _WORD.findall(name)]
    if words and words[-1] in _PERSON_WORDS:
        return False
    if len(words) <= 1 or name == speaker.party or name.isupper():
        return True
    if any(w in _BODY_WORDS for w in words):
        return True
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def _author(c: ClaimView) -> dict[str, Any]:
    if _is_body(c):
        return {"@type": "Organization", "name": c.speaker}
    person: dict[str, Any] = {"@type": "Person", "name": c.speaker}
    if c.role:
        person["jobTitle"] = c.role
    if c.party != "unknown":
        person["affiliation"] = {"@type": "Organization", "name": _view.party_label(c.party)}
    return person


def _work(a: ArticleView) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if a.web:
        work["url"] = a.web
    else:  # a local file: name it, but it is no URL a search engine could visit
        work["identifier"] = a.source
    if a.title:
        work["headline"] = a.title
    if a.published:
        work["datePublished"] = a.published.isoformat()
    if a.outlet:
        work["publisher"] = {"@type": "Organization", "name": a.outlet}
    return work


def _review(p: PropositionView, organisation: dict[str, Any], date: dt.date,
            base_url: str | None) -> dict[str, Any]:
    rep = p.representative
    claim: dict[str, Any] = {"@type": "Claim", "author": _author(rep)}
    when = rep.date or p.first_date
    if when:
        claim["datePublished"] = when.isoformat()
    works = [_work(a) for a in p.articles]  # earliest first
    if works:
        claim["appearance"] = works
        claim["firstAppearance"] = works[0]
    review: dict[str, Any] = {"@context": CONTEXT, "@type": "ClaimReview"}
    if base_url:
        review["url"] = f"{base_url.split('#', 1)[0]}#{quote(p.anchor)}"
    review.update({
        "claimReviewed": p.statement,
        "datePublished": date.isoformat(),
        "author": organisation,
        "itemReviewed": claim,
        "reviewRating": {"@type": "Rating", "alternateName": p.verdict.value,
                         "ratingExplanation": p.explanation or p.verdict.value},
    })
    return review


def _date(value: object) -> dt.date:
    if value is None or value == "":
        return dt.date.today()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def reviews(result: Result, **options: Any) -> list[dict[str, Any]]:
    """One ClaimReview object per checkable proposition, as JSON-ready data."""
    view = _view.build(result)
    organisation: dict[str, Any] = {"@type": "Organization",
                                    "name": str(options.get("organisation") or "factcheck")}
    if options.get("organisation_url"):
        organisation["url"] = str(options["organisation_url"])
    date = _date(options.get("date"))
    base_url = str(options["base_url"]) if options.get("base_url") else None
    return [_review(p, organisation, date, base_url) for p in view.checkable]


def render(result: Result, **options: Any) -> str:
    """The reviews as a JSON array (JSON-LD), indented."""
    return json.dumps(reviews(result, **options), ensure_ascii=False,
                      indent=options.get("indent", 2)) + "\n"
