"""The day a statement was made, resolved against the publication date (GUIDELINES: Date).

The attribution words are searched (the content's own dates are about what is
said, not when): "said Wednesday", "on February 3, 2023", "told Tuesday's
briefing", "today", "two days ago", "the following day", "the previous day", "the
same day", "at the time", "in the statement" (the one just reported), "on Friday, a
day after the two sides said". Inside the content only a time that dates the verb
counts (``object_time``: "accused X, on Sunday, of ..."). A statement placed only in
a month or year ("in July", "in December 2023", "at the end of December", "last
year", "in the past") has no knowable day. ``settle_dates`` then gives each
statement with no day of its own the day of the same speaker's dated statement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache, lru_cache

import attrs
import dateparser

from factcheck.claims import DateSource
from factcheck.extract._lexicon import lexicon

__all__ = ["Dating", "find_date", "object_time", "same_speaker", "settle_dates"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_EXPLICIT = re.compile(
    rf"\b(?P<md>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?)\b"
    rf"|\b(?P<dm>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<y2>\d{{4}}))?)\b")
# "Monday's confrontation" dates an event; "told Thursday's briefing" the words said there
_OCCASION = (r"(?:session|meeting|briefing|(?:press|news)\s+conference|conference|summit|debate|"
             r"hearing|interview|speech|address|statement|call|remarks)\b")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                      rf"(?!['’]s(?!\s+(?:[\w-]+\s+)?{_OCCASION}))")
_RELATIVE = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "yesterday": -1, "last night": -1,
}
_RELATIVE_RX = re.compile(r"\b(" + "|".join(sorted(_RELATIVE, key=len, reverse=True)) + r")\b",
                          re.IGNORECASE)
_FOLLOWING = re.compile(r"\bthe\s+(?:following|next)\s+day\b|\ba\s+day\s+later\b",
                        re.IGNORECASE)
# "had said the previous day", "a day earlier" ("a day before the vote" dates the vote's eve)
_PREVIOUS_DAY = re.compile(r"\bthe\s+(?:previous|preceding)\s+day\b"
                           r"|\b(?:a\s+day\s+(?:earlier|before)|the\s+day\s+before)(?=\s*(?:[,.;]|$))",
                           re.IGNORECASE)
_AGO = re.compile(r"\b(?P<n>two|three|four|five|six|\d)\s+days\s+ago\b", re.IGNORECASE)
# words that point back to the time just told: "claimed the attack the same day", "said at
# the time" (after "in December": no day either); "at the time of the strike" dates an event
_SAME = re.compile(r"\b(?:(?:on\s+)?(?:the|that)\s+same\s+day|at\s+the\s+time(?!\s+of\b))\b",
                   re.IGNORECASE)
# "Gan Yu said in the statement", "the text reads": the statement just told, and its day
_THE_STATEMENT = re.compile(r"\b(?:the|that|this)\s+(?:same\s+)?(?:statement|communiqu[eé]|text|"
                            r"readout)\b(?!\s+(?:of|by|from)\b)", re.IGNORECASE)
# "on Friday, a day after the two sides said": the statement came that many days before
_DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+after\b",
                         re.IGNORECASE)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@cache
def _reporting() -> str:
    """Any one-word form of a reporting verb, as a regex alternation."""
    forms = sorted({f for v in lexicon("reporting_verbs")["verbs"].values() for f in v["forms"]
                    if " " not in f}, key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, forms)) + r")\b"


@cache
def _reported_after() -> re.Pattern[str]:
    """A reporting verb a few words after "after": the statement is what came before."""
    return re.compile(r"\s+(?:[\w’'-]+\s+){0,6}?" + _reporting())


def _counted_from(text: str, after: re.Match[str]) -> bool:
    """Whether "N days after" counts back to the statement reported after it: "on Friday, a
    day after the two sides said"; not where the words before report a statement of their
    own ("Russia said Wednesday, a day after Ukraine said": Wednesday is Russia's)."""
    return bool(_reported_after().match(text, after.end())) and \
        re.search(r"\b" + _reporting(), text[:after.start()]) is None


# "he said, referring to the explosions in September 2022": the time of what is referred to
_REFERRING = re.compile(r",?\s+(?:referring|alluding|in\s+reference)\s+to\b[^.;]*", re.IGNORECASE)
# its words, looked for first: on text with blanked-out quotes (long runs of spaces) the
# pattern's ",?\s+" backtracks quadratically, and almost no attribution has the words
_REFERRING_WORD = re.compile(r"referring|alluding|reference", re.IGNORECASE)
_VAGUE = re.compile(
    rf"\b(?:in|since|during|earlier\s+in|late\s+in|early\s+in)\s+{_MONTH}(?!\s+\d\d?\b)"
    rf"|\b(?:in\s+)?(?:late|early|mid)[\s-]+{_MONTH}(?!\s+\d\d?\b)"
    rf"|\b(?:at|by|towards?)\s+the\s+(?:end|start|beginning|middle)\s+of\s+"
    rf"(?:{_MONTH}(?!\s+\d\d?\b)|(?:the|last)\s+(?:month|year))"
    r"|\b(?:last|this|earlier\s+this|later\s+this|next)\s+(?:month|year)\b"
    r"|\b(?:in|since)\s+(?:19|20)\d\d\b|\ba\s+week\s+or\s+so\s+ago\b|\brecently\b"
    r"|\bin\s+the\s+past\b",
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


@lru_cache(maxsize=4096)
def _parsed(text: str) -> dt.date | None:
    """The day a full date names (kept: dateparser takes milliseconds a call)."""
    parsed = dateparser.parse(text.replace("Sept.", "Sep.").replace("Sept ", "Sep "),
                              languages=["en"], settings=_SETTINGS)  # type: ignore[arg-type]
    return parsed.date() if parsed is not None else None


def _explicit(match: re.Match[str], published: dt.date | None) -> dt.date | None:
    text = match.group("md") or match.group("dm")
    year = match.group("y1") or match.group("y2")
    if year is None:
        if published is None:
            return None
        text = f"{text} {published.year}"
    parsed = _parsed(text)
    if parsed is None:
        return None
    day: dt.date = parsed
    if year is None and published is not None and day > published:
        # "on March 22" in an April article (no year 0, no February 29 in 2023)
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:
            return None
    return day


def _absolute(text: str, published: dt.date | None, *,
              last: bool = False) -> tuple[dt.date | None, DateSource] | None:
    """The day a date (before any weekday) in ``text`` names, or None; with ``last``, the
    day the last date or weekday names ("on Wednesday and again on Friday, a day after")."""
    dates = list(_EXPLICIT.finditer(text))
    days = list(_WEEKDAY.finditer(text))
    if last and dates and days:
        dates, days = ((dates, []) if dates[-1].start() > days[-1].start() else ([], days))
    if dates:
        day = _explicit(dates[-1 if last else 0], published)
        return (day, DateSource.EXPLICIT if day else DateSource.UNKNOWN)
    if days:
        if published is None:
            return (None, DateSource.UNKNOWN)
        day = _weekday(days[-1 if last else 0].group(1), published)
        return (day, DateSource.WEEKDAY if day else DateSource.UNKNOWN)
    return None


def find_date(text: str, published: dt.date | None, previous: dt.date | None, *,
              said: dt.date | None = None) -> tuple[dt.date | None, DateSource] | None:
    """The statement date the attribution words ``text`` give, or None if they give none.

    ``previous`` is the last day the article told ("the following day" counts from
    it), ``said`` the day of the statement reported just before ("the statement said"
    is that statement). Returns ``(None, UNKNOWN)`` when the words
    place the statement at an unknowable day ("in July", "in the past") or need a
    publication date that the article lacks.
    """
    if _REFERRING_WORD.search(text):
        text = _REFERRING.sub(" ", text)
    after = _DAYS_AFTER.search(text)
    if after and _counted_from(text, after):
        anchor = _absolute(text[:after.start()], published, last=True)
        if anchor is not None and anchor[0] is not None:
            n = _NUMBERS.get(after.group("n").lower()) or int(after.group("n"))
            day = _shift(anchor[0], -n)
            return (day, anchor[1] if day else DateSource.UNKNOWN)
    found = _absolute(text, published)
    if found is not None:
        return found
    m = _RELATIVE_RX.search(text)
    if m:
        if published is None:
            return (None, DateSource.UNKNOWN)
        day = _shift(published, _RELATIVE[m.group(1).lower()])
        return (day, DateSource.RELATIVE if day else DateSource.UNKNOWN)
    m = _AGO.search(text)
    if m:
        n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        day = _shift(published, -n) if published else None
        return (day, DateSource.RELATIVE if day else DateSource.UNKNOWN)
    if _FOLLOWING.search(text) and previous is not None:
        day = _shift(previous, 1)
        return (day, DateSource.RELATIVE if day else DateSource.UNKNOWN)
    if _PREVIOUS_DAY.search(text) and previous is not None:
        day = _shift(previous, -1)
        return (day, DateSource.RELATIVE if day else DateSource.UNKNOWN)
    if _SAME.search(text):
        return (previous, DateSource.RELATIVE if previous else DateSource.UNKNOWN)
    if _THE_STATEMENT.search(text) and (said or previous) is not None:
        return (said or previous, DateSource.RELATIVE)
    if _VAGUE.search(text):
        return (None, DateSource.UNKNOWN)
    return None


# "accused his successor, Luis Arce, on Sunday of having deceived ...": a time set between
# the object and "of" dates the accusing, though the words are the content's
_TIME = (r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
         rf"|(?:on\s+)?{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
         rf"|(?:in|at\s+the\s+(?:end|start|beginning|middle)\s+of)\s+{_MONTH}(?:\s+\d{{4}})?"
         r"|(?:last|this)\s+(?:month|year)|yesterday|today|at\s+the\s+time")
_OBJECT_TIME = re.compile(r"^[^,.;:\"“”]{1,80}?(?:,\s+[^,.;:\"“”]{1,60})?,?\s+"
                          rf"(?P<time>{_TIME}),?\s+of\s")
# "claimed the attack in a post on X the same day", "dismissed those accusations at the
# time": an object that is a noun phrase, not a clause, leaves its time to the verb
_NOUN_PHRASE = re.compile(r"^(?:the|a|an|any|all|those|these|this|its|his|her|their|our|such)\s",
                          re.IGNORECASE)
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|be|been|had|has|have|will|would|could|can|did|does|do|should|"
    r"must|might|may|hit|shot|struck|fought|began|ran|took|made|sent|won|lost|went|came|saw|"
    r"held|led|left|met|put|set|cut|built|brought|fell|gave|got|knew|paid|rose|stood|threw|"
    r"told|said|broke|drove|found|kept|spent|thought)\b|\b(?!alleged\b)\w{3,}ed\b",
    re.IGNORECASE)
_ANAPHORIC = re.compile(r"\b(?:the\s+(?:following|next|same|previous|preceding)\s+day|"
                        r"a\s+day\s+(?:later|earlier)|at\s+the\s+time(?!\s+of\b))\b",
                        re.IGNORECASE)
_TAIL_TIME = re.compile(rf"\s(?P<time>{_TIME})[.\s]*$")


def object_time(content: str) -> str:
    """The time words inside reported content that date the reporting verb, or "".

    "accused X, in December, of Y": a time between an accusation's object and its
    "of". "claimed the attack ... the same day", "dismissed those accusations at the
    time": in an object that is a noun phrase, not a clause ("said the attack happened
    on Monday"), an anaphoric time anywhere, another time at its end.
    """
    m = _OBJECT_TIME.match(content)
    if m:
        return m.group("time")
    if not _NOUN_PHRASE.match(content) or _CLAUSE.search(content):
        return ""
    m = _ANAPHORIC.search(content) or _TAIL_TIME.search(content)
    return m.group(0).strip(" .") if m else ""


@attrs.frozen(kw_only=True)
class Dating:
    """One statement's date as first read, in text order: the input of ``settle_dates``."""

    speakers: tuple[str, ...]
    paragraph: int
    date: dt.date | None
    source: DateSource
    own: bool = attrs.field(default=False)  # its own words date it (find_date found them)


def same_speaker(a: str, b: str) -> bool:
    """Whether two speaker names are one speaker: equal but for case, or one ends the other
    in two words or more ("Del Castillo", "Eduardo del Castillo")."""
    x, y = a.casefold().split(), b.casefold().split()
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    return len(short) >= 2 and long[-len(short):] == short


def _shares(a: Dating, b: Dating) -> bool:
    return any(same_speaker(x, y) for x in a.speakers for y in b.speakers)


def settle_dates(datings: Sequence[Dating]) -> list[tuple[dt.date | None, DateSource]]:
    """Each statement's date once the whole article is read (GUIDELINES: Date).

    A statement with no day of its own takes the day of the same speaker's dated
    statement: the nearest one in its paragraph (one occasion, before or after it:
    "X reiterated that A. 'B,' she told reporters on Friday"; a day placed only in a
    month leaves it none), else the last one before it, else, when it fell back on
    the publication date, the first one after it whose words name its day (a lede's
    "X has accused ..." told in full, with its day, further down).
    """
    out: list[tuple[dt.date | None, DateSource]] = []
    owns = [j for j, e in enumerate(datings) if e.own]
    for i, d in enumerate(datings):
        if d.own or not d.speakers:
            out.append((d.date, d.source))
            continue
        same = [j for j in owns if _shares(d, datings[j])]
        near = [j for j in same if datings[j].paragraph == d.paragraph]
        before = [j for j in same if j < i and datings[j].date is not None]
        # (a later day counts only as its own words name it, not as "the statement" read
        # back to one before: "X has said A. ... the statement reads" is no later day)
        after = [j for j in same if j > i and datings[j].date is not None
                 and datings[j].source in (DateSource.EXPLICIT, DateSource.WEEKDAY)]
        pick: int | None = None
        if near:
            pick = max((j for j in near if j < i), default=min(near))
        elif d.source is DateSource.PUBLISHED and (before or after):
            pick = before[-1] if before else after[0]
        if pick is None:
            out.append((d.date, d.source))
        else:
            day = datings[pick].date
            out.append((day, DateSource.SPEAKER if day else DateSource.UNKNOWN))
    return out
