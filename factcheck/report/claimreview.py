"""ClaimReview: schema.org JSON-LD, one ``ClaimReview`` per disputed proposition.

The markup search engines read from fact-check pages
(https://developers.google.com/search/docs/appearance/structured-data/factcheck):
``claimReviewed`` is the sentence of the article that states the proposition
(a whole sentence, not the bare claim span), ``reviewRating.alternateName``
its verdict and ``ratingExplanation`` the verdict's explanation,
``itemReviewed`` the claim with its author (the representative speaker), where
it appeared and when. Opinions are not checkable and get no review.

By default only contested and denied propositions are reviewed, the ones a
reader needs a fact-check for; ``include_all`` reviews every checkable one.
Options read from :class:`~factcheck.report.ReportOptions`:

- ``organisation``, ``organisation_url``: the reviewing organisation;
- ``review_date``: the reviews' ``datePublished`` (default today);
- ``base_url``: the page that publishes the reviews, e.g. the HTML report online;
  each review's ``url`` is that page at the proposition's anchor. Every review has
  a ``url``: without ``base_url`` it is the anchor alone (``#prop-...``), which
  resolves against the page the markup is embedded in;
- ``include_all``: review corroborated and uncorroborated propositions too.

An anonymous source ("a senior US official", "officials", "sources") is never
given as a ``Person``: the claim's author is then the government or body it
speaks for, or is left out when that is unknown. Every ``<`` is written
``\\u003c``, so the array can be pasted into
``<script type="application/ld+json">`` as it is.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import pycountry

from factcheck.claims import Result, Verdict
from factcheck.report import _view
from factcheck.report._options import ReportOptions
from factcheck.report._view import ArticleView, ClaimView, PropositionView
from factcheck.report.json_report import script_safe

__all__ = ["is_anonymous", "render", "reviews", "sentence"]

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
# Words for a person that are no one's name: when a speaker's name ends in one (or its
# plural), or starts with a word that counts rather than names ("a", "two", "some"),
# the source is anonymous.
_ROLE_WORDS = _PERSON_WORDS | frozenset({
    "insider", "investigator", "observer", "people", "person", "researcher", "resident",
    "scientist", "spokespeople", "staffer", "witness", "worker",
})
_VAGUE_FIRST = frozenset({
    "a", "an", "another", "anonymous", "few", "many", "multiple", "one", "other", "several",
    "some", "two", "three", "four", "five", "unidentified", "unnamed", "various",
})
_REVIEWED = frozenset({Verdict.CONTESTED, Verdict.DENIED})
SENTENCE_CHARS = 400  # a claim's sentence may reach this far on each side
_WORD = re.compile(r"[^\W\d_]+")


def _role_word(word: str) -> bool:
    return any(word.endswith(suffix) and word[:len(word) - len(suffix)] in _ROLE_WORDS
               for suffix in ("", "s", "es")) or word in _ROLE_WORDS


def is_anonymous(name: str) -> bool:
    """Whether a speaker's name describes a source rather than naming one."""
    words = _WORD.findall(name)
    if not words:
        return True
    lower = [w.casefold() for w in words]
    if lower[0] in _VAGUE_FIRST or name == name.lower():
        return True
    return _role_word(lower[-1])


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


def _author(c: ClaimView) -> dict[str, Any] | None:
    if is_anonymous(c.speaker):
        if c.party == "unknown":
            return None
        return {"@type": "Organization", "name": _view.party_label(c.party)}
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


def sentence(body: str, start: int, end: int, statement: str) -> str:
    """The sentence of ``body`` around ``body[start:end]``; ``statement`` if it runs too long."""
    q = _view.quote_in_context(body, start, end, SENTENCE_CHARS)
    if q.cut_before or q.cut_after:
        return statement
    return f"{q.before}{q.text}{q.after}".strip()


def _review(p: PropositionView, organisation: dict[str, Any], date: dt.date,
            base_url: str | None, claimed: str) -> dict[str, Any]:
    rep = p.representative
    claim: dict[str, Any] = {"@type": "Claim"}
    author = _author(rep)
    if author:
        claim["author"] = author
    when = rep.date or p.first_date
    if when:
        claim["datePublished"] = when.isoformat()
    works = [_work(a) for a in p.articles]  # earliest first
    if works:
        claim["appearance"] = works
        claim["firstAppearance"] = works[0]
    page = base_url.split("#", 1)[0] if base_url else ""
    return {
        "@context": CONTEXT, "@type": "ClaimReview", "url": f"{page}#{quote(p.anchor)}",
        "claimReviewed": claimed,
        "datePublished": date.isoformat(),
        "author": organisation,
        "itemReviewed": claim,
        "reviewRating": {"@type": "Rating", "alternateName": p.verdict.value,
                         "ratingExplanation": p.explanation or p.verdict.value},
    }


def _claimed(p: PropositionView, claims: Mapping[str, tuple[int, int, str]],
             bodies: Mapping[str, str]) -> str:
    rep = p.representative
    where = claims.get(rep.id)
    body = bodies.get(where[2]) if where else None
    if where is None or body is None:
        return p.statement
    return sentence(body, where[0], where[1], p.statement)


def reviews(result: Result, options: ReportOptions | None = None) -> list[dict[str, Any]]:
    """One ClaimReview object per reviewed proposition, as JSON-ready data."""
    options = options or ReportOptions()
    view = _view.build(result)
    organisation: dict[str, Any] = {"@type": "Organization", "name": options.organisation}
    if options.organisation_url:
        organisation["url"] = options.organisation_url
    date = options.review_date or dt.date.today()
    bodies = {a.id: a.body for a in result.articles}
    spans = {c.id: (c.start, c.end, c.article) for c in result.claims}
    return [_review(p, organisation, date, options.base_url, _claimed(p, spans, bodies))
            for p in view.checkable if options.include_all or p.verdict in _REVIEWED]


def render(result: Result, options: ReportOptions | None = None) -> str:
    """The reviews as a JSON array (JSON-LD), indented, with ``<`` escaped."""
    options = options or ReportOptions()
    text = json.dumps(reviews(result, options), ensure_ascii=False, indent=options.indent)
    return script_safe(text) + "\n"
