"""Publication dates: ISO first, then dateparser (English only, configured once)."""

from __future__ import annotations

import datetime as dt
import re

from dateparser.date import DateDataParser

__all__ = ["DATE_SPAN", "parse_date", "read_date"]

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
# No "relative-time" parser: "yesterday" or "2 hours ago" would resolve against the day
# the tool runs, so the same article would be dated differently from one day to the next.
_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
}
_PARSER = DateDataParser(languages=["en"], settings={
    **_SETTINGS, "PARSERS": ["timestamp", "custom-formats", "absolute-time"]})
_RELATIVE = DateDataParser(languages=["en"], settings={"PARSERS": ["relative-time"]})
_EARLIEST, _LATEST = dt.date(1800, 1, 1), dt.date(2200, 1, 1)


def _parse(parser: DateDataParser, text: str) -> dt.date | None:
    try:
        parsed = parser.get_date_data(text).date_obj
    except Exception:  # dateparser raises assorted errors on odd input; unreadable is None
        return None
    return parsed.date() if parsed is not None else None


def read_date(text: str) -> tuple[dt.date | None, str | None]:
    """The calendar date in ``text``, and why none was taken when ``text`` holds
    something date-like that is refused: not a calendar day ("2023-02-30"), outside
    1800-2199 ("9999-12-31"), or relative ("yesterday"). ``(None, None)``: no date."""
    text = text.strip()
    if not text:
        return None, None
    if _ISO.match(text):
        try:
            day: dt.date | None = dt.date.fromisoformat(text[:10])
        except ValueError:
            return None, f"{text[:40]!r} is not a calendar date"
    else:
        found = DATE_SPAN.search(text)
        candidate = found.group(0) if found else text
        if len(candidate) > 60:  # not a date, and dateparser is slow on long strings
            return None, None
        day = _parse(_PARSER, candidate)
        if day is None:
            if _parse(_RELATIVE, candidate) is not None:
                return None, (f"{candidate!r} is relative (it would count from the day "
                              "this tool runs)")
            # A day, month and year that dateparser refuses is no calendar day.
            return None, (f"{candidate!r} is not a calendar date" if found else None)
    if day is not None and not _EARLIEST <= day < _LATEST:
        return None, (f"{text[:40]!r} is implausible (outside "
                      f"{_EARLIEST.year}-{_LATEST.year - 1})")
    return day, None


def parse_date(text: str) -> dt.date | None:
    """The calendar date in ``text`` (a datetime keeps its date), or None if it has none."""
    return read_date(text)[0]
