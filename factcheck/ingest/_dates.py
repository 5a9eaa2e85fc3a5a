"""Publication dates: ISO first, then dateparser (English only, configured once)."""

from __future__ import annotations

import datetime as dt
import re

from dateparser.date import DateDataParser

__all__ = ["DATE_SPAN", "parse_date"]

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# Where a full date (day, month and year) sits in a line; dateparser then reads that span
# alone, so times, weekdays and words around it cannot confuse it.
DATE_SPAN = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}[/.]\d{1,2}[/.]\d{1,2}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4})\b",
    re.IGNORECASE)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?![\d])")

# Built once: a DateDataParser with a fixed language skips the 10 ms language detection,
# and requiring day, month and year stops it from filling a missing year with this one.
_PARSER = DateDataParser(languages=["en"], settings={
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
})
_EARLIEST, _LATEST = dt.date(1800, 1, 1), dt.date(2200, 1, 1)


def parse_date(text: str) -> dt.date | None:
    """The calendar date in ``text`` (a datetime keeps its date), or None if it has none."""
    text = text.strip()
    if not text:
        return None
    if _ISO.match(text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
    found = DATE_SPAN.search(text)
    candidate = found.group(0) if found else text
    if len(candidate) > 60:  # not a date, and dateparser is slow on long strings
        return None
    try:
        parsed = _PARSER.get_date_data(candidate).date_obj
    except Exception:  # dateparser raises assorted errors on odd input; unreadable is None
        return None
    if parsed is None:
        return None
    day = parsed.date()
    return day if _EARLIEST <= day < _LATEST else None
