"""Statement dates (GUIDELINES: Date): the words that date a statement, and the day an
undated statement inherits from its speaker (factcheck.extract._dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract
from factcheck.claims import Article, Claim, DateSource
from factcheck.extract._dates import Dating, find_date, object_time, same_speaker, settle_dates

THURSDAY = dt.date(2023, 9, 14)
MONDAY = dt.date(2023, 9, 11)


def claims_of(body: str, published: dt.date | None = THURSDAY) -> list[Claim]:
    return extract(Article(id="t", source="t.txt", body=body, published=published))


def only(body: str, needle: str, published: dt.date | None = THURSDAY) -> Claim:
    found = [c for c in claims_of(body, published) if needle in c.text]
    assert len(found) == 1, [c.text for c in claims_of(body, published)]
    return found[0]


# -- the attribution's own words -------------------------------------------------------

@pytest.mark.parametrize("words", [
    "the group claimed it in a post the same day, saying",
    "the group said on the same day",
    "he said at the time",
])
def test_same_day_words_take_the_previous_date(words: str) -> None:
    """'the same day', 'at the time' point back to the day just told."""
    assert find_date(words, THURSDAY, MONDAY) == (MONDAY, DateSource.RELATIVE)


def test_at_the_time_after_an_unknown_day_is_unknown() -> None:
    """'said in December ... He said at the time': the time told had no day, nor has this."""
    assert find_date("he said at the time", THURSDAY, None) == (None, DateSource.UNKNOWN)


def test_at_the_time_of_an_event_is_not_a_date() -> None:
    """'at the time of the strike' names an event's time, not the statement's."""
    assert find_date("told reporters that at the time of the explosion", THURSDAY, MONDAY) is None


@pytest.mark.parametrize("words", [
    "said in December 2023",
    "accused Moldova, at the end of December,",
    "said at the beginning of the month",
    "has in the past rejected",
])
def test_month_year_and_past_words_give_no_day(words: str) -> None:
    """A month with its year, 'the end of December', 'in the past': no knowable day."""
    assert find_date(words, THURSDAY, MONDAY) == (None, DateSource.UNKNOWN)


def test_a_month_and_day_is_still_a_day() -> None:
    """'in December 12' style dates keep their day: only a bare month is vague."""
    assert find_date("said on December 12, 2022", THURSDAY, None) == (
        dt.date(2022, 12, 12), DateSource.EXPLICIT)


@pytest.mark.parametrize("words", [
    "he said, referring to the pipeline explosions in September 2022",
    "she said, alluding to the attack on Monday",
])
def test_what_a_speaker_refers_to_does_not_date_the_statement(words: str) -> None:
    """', referring to X in September 2022': the time is X's, not the statement's."""
    assert find_date(words, THURSDAY, None) is None


@pytest.mark.parametrize(("words", "expected"), [
    ("fighting flared on Wednesday, a day after the two sides said", dt.date(2023, 9, 12)),
    ("talks resumed on Thursday, two days after the ministry announced",
     dt.date(2023, 9, 12)),
])
def test_days_after_a_statement_count_back_from_the_day_named(words: str,
                                                              expected: dt.date) -> None:
    """'on Wednesday, a day after the two sides said': they said it on Tuesday."""
    assert find_date(words, THURSDAY, None) == (expected, DateSource.WEEKDAY)


@pytest.mark.parametrize("words", [
    "X said on Monday, a day after the attack",
    "X said on Monday, a day after Y said",
])
def test_days_after_leave_a_statement_reported_before_them_its_own_day(words: str) -> None:
    """'X said on Monday, a day after the attack (or after Y said)': Monday is X's day."""
    assert find_date(words, THURSDAY, None) == (MONDAY, DateSource.WEEKDAY)


@pytest.mark.parametrize("words", [
    "Navy spokesperson Ilse Varga said in the statement",
    "the text reads",
    "the communique said",
])
def test_the_statement_told_before_gives_its_day(words: str) -> None:
    """'said in the statement', 'the text reads': the statement just told, dated before."""
    assert find_date(words, THURSDAY, MONDAY) == (MONDAY, DateSource.RELATIVE)


def test_a_statement_of_someone_names_no_earlier_one() -> None:
    """'the statement by the ministry' introduces a statement; it points back to none."""
    assert find_date("according to the statement by the ministry", THURSDAY, MONDAY) is None


@pytest.mark.parametrize(("words", "expected"), [
    ("Jan Novak told Tuesday's briefing", dt.date(2023, 9, 12)),
    ("Jan Novak said at Tuesday's emergency session", dt.date(2023, 9, 12)),
    ("after Monday's confrontation, Jan Novak said", None),
])
def test_a_weekday_s_occasion_dates_what_was_said_there(words: str,
                                                        expected: dt.date | None) -> None:
    """'told Tuesday's briefing' dates the words; 'Monday's confrontation' an event."""
    found = find_date(words, THURSDAY, None)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("words", [
    "Jan Novak had said the previous day",
    "Jan Novak said a day earlier.",
])
def test_the_previous_day_counts_back_from_the_day_just_told(words: str) -> None:
    """'the previous day', 'a day earlier': one day before the day just told."""
    assert find_date(words, THURSDAY, MONDAY) == (dt.date(2023, 9, 10), DateSource.RELATIVE)


def test_a_day_before_an_event_is_not_the_previous_day() -> None:
    """'a day before the vote, X said' counts from the vote, which is not told: no day."""
    assert find_date("a day before the vote, Jan Novak said", THURSDAY, MONDAY) is None


def test_days_ago_count_back_from_publication() -> None:
    """'said two days ago' in a Thursday article: Tuesday."""
    assert find_date("Jan Novak said two days ago", THURSDAY, None) == (
        dt.date(2023, 9, 12), DateSource.RELATIVE)


# -- times inside the reported words -------------------------------------------------

@pytest.mark.parametrize(("content", "expected"), [
    ("his rival, Tomas Berg, on Sunday of having misled the voters", "on Sunday"),
    ("Moldova, in December, of supporting the rebel group", "in December"),
    ("the bombing in a post on Telegram the same day", "the same day"),
    ("those accusations at the time", "at the time"),
    ("the sighting of a second drone the following day over Scandinavia",
     "the following day"),
    ("any link to that ambush last month", "last month"),
])
def test_time_of_an_object_dates_the_verb(content: str, expected: str) -> None:
    """A time between an accusation's object and 'of', or in a noun-phrase object."""
    assert object_time(content) == expected


@pytest.mark.parametrize("content", [
    "the attack happened on Monday",
    "the army shot at civilians on Monday",
    "Minsk of harbouring the rebels who attacked the depot last month",
    "Russia is to blame for the attack on Monday",
])
def test_time_of_a_clause_is_the_clause_s_own(content: str) -> None:
    """In a reported clause the time is what is said ('said the attack happened Monday')."""
    assert object_time(content) == ""


# -- one speaker, whatever the names ---------------------------------------------------

@pytest.mark.parametrize(("a", "b", "same"), [
    ("Del Castillo", "Eduardo del Castillo", True),
    ("Lin Jian", "lin jian", True),
    ("Rwanda", "Government of Rwanda", False),
    ("Lin Jian", "Gan Yu", False),
])
def test_same_speaker_by_case_and_a_name_s_end(a: str, b: str, same: bool) -> None:
    """Names are one speaker if equal but for case, or one ends the other in 2+ words."""
    assert same_speaker(a, b) is same


# -- the day an undated statement inherits --------------------------------------------

def dating(name: str, paragraph: int, date: dt.date | None, source: DateSource,
           own: bool = False) -> Dating:
    return Dating(speakers=(name,), paragraph=paragraph, date=date, source=source, own=own)


def test_a_lede_takes_the_day_its_speaker_is_dated_later() -> None:
    """'X has accused Y' in the lede, 'X said on Friday' below: the lede is Friday's."""
    days = settle_dates([dating("X", 0, THURSDAY, DateSource.PUBLISHED),
                         dating("X", 1, MONDAY, DateSource.WEEKDAY, own=True)])
    assert days[0] == (MONDAY, DateSource.SPEAKER)


def test_a_lede_does_not_take_a_later_day_read_back_from_another() -> None:
    """A later statement dated only by 'the statement reads' (another's day) gives none."""
    days = settle_dates([dating("X", 0, THURSDAY, DateSource.PUBLISHED),
                         dating("X", 2, MONDAY, DateSource.RELATIVE, own=True)])
    assert days[0] == (THURSDAY, DateSource.PUBLISHED)


def test_a_statement_takes_the_day_of_its_paragraph_s_dated_one() -> None:
    """'X reiterated A. "B," she told reporters on Monday': A is Monday's, not the day
    X was dated in an earlier paragraph."""
    tuesday = dt.date(2023, 9, 12)
    days = settle_dates([dating("X", 0, tuesday, DateSource.WEEKDAY, own=True),
                         dating("X", 1, tuesday, DateSource.SPEAKER),
                         dating("X", 1, MONDAY, DateSource.WEEKDAY, own=True)])
    assert days[1] == (MONDAY, DateSource.SPEAKER)


def test_a_statement_after_a_dayless_one_in_its_paragraph_has_no_day() -> None:
    """'X revealed earlier this year that A. The group said B': B has no day either."""
    days = settle_dates([dating("X", 0, None, DateSource.UNKNOWN, own=True),
                         dating("X", 0, THURSDAY, DateSource.PUBLISHED)])
    assert days[1] == (None, DateSource.UNKNOWN)


def test_a_carried_day_is_not_replaced_by_a_later_paragraph_s() -> None:
    """A statement already dated by its speaker's earlier day keeps it."""
    tuesday = dt.date(2023, 9, 12)
    days = settle_dates([dating("X", 0, tuesday, DateSource.WEEKDAY, own=True),
                         dating("X", 1, tuesday, DateSource.SPEAKER),
                         dating("X", 2, MONDAY, DateSource.WEEKDAY, own=True)])
    assert days[1] == (tuesday, DateSource.SPEAKER)


def test_no_publication_date_stays_unknown() -> None:
    """Without a publication date an undated statement stays null (GUIDELINES: Date)."""
    days = settle_dates([dating("X", 0, None, DateSource.UNKNOWN),
                         dating("X", 1, MONDAY, DateSource.EXPLICIT, own=True)])
    assert days[0] == (None, DateSource.UNKNOWN)


def test_another_speaker_s_day_is_not_taken() -> None:
    """Only the same speaker's dated statement gives a day."""
    days = settle_dates([dating("X", 0, THURSDAY, DateSource.PUBLISHED),
                         dating("Y", 0, MONDAY, DateSource.WEEKDAY, own=True)])
    assert days[0] == (THURSDAY, DateSource.PUBLISHED)


_DATINGS = st.lists(st.builds(
    Dating, speakers=st.lists(st.sampled_from(["X", "Y", "Jan Novak", "Novak"]), max_size=2)
    .map(tuple), paragraph=st.integers(0, 3),
    date=st.one_of(st.none(), st.dates(dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
    source=st.sampled_from(list(DateSource)), own=st.booleans()), max_size=8)


@settings(max_examples=200, deadline=None)
@given(_DATINGS)
def test_settled_days_are_own_kept_or_the_speaker_s(datings: list[Dating]) -> None:
    """For any article: a statement's own day is kept; any other comes from its speaker."""
    days = settle_dates(datings)
    assert len(days) == len(datings)
    for d, (day, source) in zip(datings, days, strict=True):
        if d.own:
            assert (day, source) == (d.date, d.source)
        elif (day, source) != (d.date, d.source):
            assert source is (DateSource.SPEAKER if day else DateSource.UNKNOWN)
            assert any(e.own and e.date == day and any(
                same_speaker(x, y) for x in d.speakers for y in e.speakers) for e in datings)


# -- through extraction ----------------------------------------------------------------

def test_extracted_lede_takes_its_speaker_s_later_day() -> None:
    """A lede's undated accusation is the one its speaker made on the day told below."""
    body = ("Jan Novak, a Polish minister, has accused the company of fraud.\n\n"
            "\"The company lied to us,\" Novak said on Tuesday.")
    claim = only(body, "fraud")
    assert (claim.date, claim.date_source) == (dt.date(2023, 9, 12), DateSource.SPEAKER)


def test_extracted_accusation_is_dated_by_the_time_in_its_object() -> None:
    """'accused his rival, Jan Kowal, on Monday of lying': Monday dates the accusing."""
    claim = only("Jan Novak, a Polish minister, accused his rival, Jan Kowal, on Monday of "
                 "lying about the deal.", "lying")
    assert claim.date == MONDAY


def test_extracted_statement_in_the_statement_takes_its_day() -> None:
    """'X said in the statement' after 'a statement released on Monday': Monday."""
    body = ("According to a statement released by the Polish government on Monday, the deal "
            "was off. Government spokesman Jan Novak said in the statement that the talks "
            "had failed.")
    claim = only(body, "talks")
    assert claim.date == MONDAY


def test_the_statement_is_the_one_just_reported_not_an_older_day() -> None:
    """'Y said on Monday A. X said in a statement B. The statement said C': C is X's
    statement, whose day is not told (publication), not Y's Monday."""
    body = ("Jan Kowal, a Czech minister, said on Monday the deal was off.\n\n"
            "The Polish government said in a statement that the talks had failed. "
            "The statement said the border would stay open.")
    claim = only(body, "border")
    assert claim.date == THURSDAY


def test_a_pronoun_s_relative_clause_takes_the_day_of_its_main_clause() -> None:
    """'The army released videos on Monday that it said showed X': said on Monday."""
    claim = only("The Polish army released videos on Monday that it said showed the border "
                 "guards being attacked.", "border")
    assert claim.date == MONDAY


def test_a_named_speaker_s_relative_clause_keeps_its_own_date() -> None:
    """'the attack on Monday, which the army said was ...': Monday dates the attack."""
    claim = only("Villagers described the attack on Monday, which the Polish army said was "
                 "carried out by rebels.", "rebels")
    assert claim.date == THURSDAY


def test_a_relative_clause_that_reports_is_dated_by_its_own_words() -> None:
    """'EU monitors, who said in a study this year that C': C has no known day."""
    claim = only("The militia is based in the forest, according to EU monitors, who said in a "
                 "study this year that the militia has several hundred members.", "hundred")
    assert (claim.date, claim.date_source) == (None, DateSource.UNKNOWN)


def test_an_appositive_s_clause_does_not_date_the_statement() -> None:
    """'X said C, a warship that Y grounded in 1999': 1999 is the grounding's, not X's."""
    claim = only("The Polish navy said the boats were rammed during a mission to the Orzel, "
                 "a warship that Poland grounded on the shoal in 1999.", "rammed")
    assert (claim.date, claim.date_source) == (THURSDAY, DateSource.PUBLISHED)
