"""The day a statement was made, resolved against the publication date (GUIDELINES: Date).

Only the attribution words are searched (the content's own dates are about
what is said, not when): "said Wednesday", "on February 3, 2023", "today",
"the following day". A statement placed only in a month or year ("in July",
"last year", "this week") has no knowable day.
"""

from __future__ import annotations

import datetime as dt
import re

import dateparser

from factcheck.claims import DateSource

__all__ = ["find_date"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_EXPLICIT = re.compile(
    rf"\b(?P<md>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?)\b"
    rf"|\b(?P<dm>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<y2>\d{{4}}))?)\b")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                      r"(?!['’]s)")
_RELATIVE = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "yesterday": -1, "last night": -1,
}
_RELATIVE_RX = re.compile(r"\b(" + "|".join(sorted(_RELATIVE, key=len, reverse=True)) + r")\b",
                          re.IGNORECASE)
_FOLLOWING = re.compile(r"\bthe\s+(?:following|next)\s+day\b|\ba\s+day\s+later\b",
                        re.IGNORECASE)
_VAGUE = re.compile(
    rf"\b(?:in|since|during|earlier\s+in|late\s+in|early\s+in)\s+{_MONTH}(?!\s+\d)"
    rf"|\b(?:in\s+)?(?:late|early|mid)[\s-]+{_MONTH}(?!\s+\d)"
    r"|\b(?:last|this|earlier\s+this|later\s+this|next)\s+(?:month|year)\b"
    r"|\b(?:in|since)\s+(?:19|20)\d\d\b|\ba\s+week\s+or\s+so\s+ago\b|\brecently\b",
    re.IGNORECASE)
_SETTINGS = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}


def _shift(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``; None past the calendar's ends (year 1, year 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _weekday(name: str, published: dt.date) -> dt.date | None:
    """The last such weekday on or before publication ("Friday" in a Friday article is today)."""
    back = (published.weekday() - _WEEKDAYS.index(name.lower())) % 7
    return _shift(published, -back)


def _explicit(match: re.Match[str], published: dt.date | None) -> dt.date | None:
    text = match.group("md") or match.group("dm")
    year = match.group("y1") or match.group("y2")
    if year is None:
        if published is None:
            return None
        text = f"{text} {published.year}"
    parsed = dateparser.parse(text.replace("Sept.", "Sep.").replace("Sept ", "Sep "),
                              languages=["en"], settings=_SETTINGS)  # type: ignore[arg-type]
    if parsed is None:
        return None
    day: dt.date = parsed.date()
    if year is None and published is not None and day > published:
        # "on March 22" in an April article (no year 0, no February 29 in 2023)
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:
            return None
    return day


def find_date(text: str, published: dt.date | None,
              previous: dt.date | None) -> tuple[dt.date | None, DateSource] | None:
    """The statement date the attribution words ``text`` give, or None if they give none.

    Returns ``(None, UNKNOWN)`` when the words place the statement at an
    unknowable day ("in July", "last week") or need a publication date that
    the article lacks.
    """
    m = _EXPLICIT.search(text)
    if m:
        day = _explicit(m, published)
        return (day, DateSource.EXPLICIT if day else DateSource.UNKNOWN)
    m = _WEEKDAY.search(text)
    if m:
        if published is None:
            return (None, DateSource.UNKNOWN)
        day = _weekday(m.group(1), published)
        return (day, DateSource.WEEKDAY if day else DateSource.UNKNOWN)
    m = _RELATIVE_RX.search(text)
    if m:
        if published is None:
            return (None, DateSource.UNKNOWN)
        day = _shift(published, _RELATIVE[m.group(1).lower()])
        return (day, DateSource.RELATIVE if day else DateSource.UNKNOWN)
    if _FOLLOWING.search(text) and previous is not None:
        day = _shift(previous, 1)
        return (day, DateSource.RELATIVE if day else DateSource.UNKNOWN)
    if _VAGUE.search(text):
        return (None, DateSource.UNKNOWN)
    return None
