"""The typed claim model: validation, views into the article, JSON round trips."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck.claims as claims
from factcheck.claims import (
    Article,
    Claim,
    Cluster,
    DateSource,
    Kind,
    PartyRole,
    Result,
    Speaker,
    Stance,
)

BODY = "Kirby said the talks were useful. Peskov denied it."
ARTICLE = Article(id="a1", source="a1.txt", body=BODY, outlet="Wire",
                  published=dt.date(2023, 9, 14))


def make_claim(start: int = 11, end: int = 32) -> Claim:
    return Claim.of(ARTICLE, start, end, id="a1#001", speaker=Speaker(name="John Kirby",
                    party="US", role="NSC coordinator"), stance=Stance.ASSERTS,
                    kind=Kind.INDIRECT, date=dt.date(2023, 9, 13),
                    date_source=DateSource.WEEKDAY)


def test_claim_text_is_the_article_slice() -> None:
    """Claim.of slices the text from the article body: the claim is a view."""
    claim = make_claim()
    assert claim.text == BODY[claim.start:claim.end] == "the talks were useful"


@pytest.mark.parametrize(("start", "end"), [(-1, 5), (5, 5), (10, 5), (0, len(BODY) + 1)])
def test_claim_span_outside_the_article_is_rejected(start: int, end: int) -> None:
    """A span that is empty or leaves the body is refused at construction."""
    with pytest.raises(ValueError):
        make_claim(start, end)


def test_claim_text_must_match_its_span() -> None:
    """A hand-built claim whose text does not fit its span is refused."""
    with pytest.raises(ValueError, match="body"):
        Claim(id="x", article="a1", start=0, end=5, text="toolong", speaker=Speaker(name="X"))


def test_records_are_frozen() -> None:
    """Records cannot be changed in place; evolve() makes a changed copy."""
    claim = make_claim()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        claim.stance = Stance.DENIES  # type: ignore[misc]
    assert attrs.evolve(claim, stance=Stance.DENIES).stance is Stance.DENIES


@pytest.mark.parametrize("value", ["2023-09-14", "2023-09-14T08:00:00", dt.date(2023, 9, 14),
                                   dt.datetime(2023, 9, 14, 8)])
def test_published_date_is_parsed_at_the_boundary(value: object) -> None:
    """ISO strings and datetimes become a date; records keep a date."""
    art = attrs.evolve(ARTICLE, published=value)
    assert art.published == dt.date(2023, 9, 14)


def test_empty_article_body_is_rejected() -> None:
    """An article needs text."""
    with pytest.raises(ValueError):
        Article(id="a", source="a.txt", body="   ")


def test_speaker_party_defaults_to_unknown() -> None:
    """A speaker whose side is not known has no party (None), whatever blank id is given."""
    assert Speaker(name="Maria Lopez").party is None
    assert Speaker(name="Maria Lopez", party="").party is None
    assert Speaker(name="Maria Lopez", party="unknown").party is None


def test_result_round_trips_through_json() -> None:
    """Every record survives dumps/loads unchanged (cattrs)."""
    claim = make_claim()
    cluster = Cluster(id="C1", claims=[claim.id], representative=claim.id,
                      statement=claim.text, verdict="uncorroborated",
                      asserted_by=[PartyRole(party="US", speakers=["John Kirby"],
                                             claims=[claim.id], articles=["a1"],
                                             dates=[dt.date(2023, 9, 13)])],
                      first_date="2023-09-13", last_date="2023-09-13",
                      explanation="asserted by US (John Kirby, 2023-09-13)")
    result = Result(articles=[ARTICLE], claims=[claim], clusters=[cluster],
                    skipped=[claims.Skipped(source="bad.txt", reason="empty")])
    assert claims.loads(claims.dumps(result), Result) == result


@given(st.text(min_size=1).filter(str.strip), st.data())
def test_any_valid_span_round_trips(body: str, data: st.DataObject) -> None:
    """For any body and span inside it, the claim's JSON round trip is lossless."""
    start = data.draw(st.integers(0, len(body) - 1))
    end = data.draw(st.integers(start + 1, len(body)))
    art = Article(id="h", source="h.txt", body=body)
    claim = Claim.of(art, start, end, id="h#1", speaker=Speaker(name="S"))
    assert claims.loads(claims.dumps(claim), Claim) == claim
    assert claim.text == body[start:end]
