"""Raw page text to body and metadata: furniture, captions, bylines and bios come out.

Text copied from a news page carries more than the article: the outlet's name, the
headline (often twice), a byline, a "Published :" line, share buttons ("Link copied"),
photo captions with a credit ("... (Yonhap)"), a contributor line ("Reuters contributed
to this report.") and an author bio. Each line is classified on its own with the cues
in ``lexicons/en/furniture.json``; then position decides the rest: the lines before the
first full paragraph (the head) hold the outlet, the headline, a standfirst and a bare
byline; the lines after the last one (the tail) hold credits and bios.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence

import attrs

from factcheck.ingest._cues import Cues, cues, squash
from factcheck.ingest._dates import DATE_SPAN, parse_date
from factcheck.ingest._fields import Meta

__all__ = ["Kind", "Line", "classify", "clean_page", "name_shaped"]

LONG = 20  # words: a line this long is article prose, not a headline, byline or standfirst
SENTENCE = 8  # words: without a long line, the first sentence this long starts the body
DATE_LINE_WORDS = 12  # a date line is short: "Published : Sept. 14, 2023 - 09:17"
_TERMINAL = re.compile(r"[.!?\"”’»]$")
_DATE_FILLER = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}[:.]\d{2}\b|\b(?:am|pm|a\.m\.|p\.m\.)"
    r"|\b(?:gmt|utc|et|est|edt|kst|cet|cest|bst|msk)\b|\b(?:at|on)\b|[+-]\d{2}:?\d{2}",
    re.IGNORECASE)


class Kind(enum.Enum):
    TEXT = "text"
    FURNITURE = "furniture"
    CREDIT = "credit"  # a photo or wire credit on its own: "(Yonhap)"
    CREDITED = "credited"  # prose ending in a credit: a caption, or a last paragraph
    CAPTION = "caption"
    CONTRIB = "contrib"
    BIO = "bio"
    BYLINE = "byline"
    DATE = "date"


@attrs.frozen(kw_only=True)
class Line:
    """One line of the page and what it is."""

    text: str
    kind: Kind
    name: str | None = None  # the byline, or the author a bio is about
    outlet: str | None = None  # the outlet a bio names
    date: dt.date | None = None
    rank: int = 99  # date cue rank: published before updated


def _words(text: str) -> int:
    return len(text.split())


def _credit(text: str, cue: Cues) -> re.Match[str] | None:
    """The credit closing ``text`` ("(KCNA via Reuters)"), if it names a credit."""
    found = cue.credit.search(text)
    if not found:
        return None
    parts = re.split(r"\s*(?:/|,|;|:|&|\bvia\b|\band\b|\bby\b)\s*", found["credit"].casefold())
    whole = found["credit"].casefold()
    if whole in cue.credit_words or any(p in cue.credit_words for p in parts if p):
        return found
    return None


def _date_line(text: str, cue: Cues) -> tuple[dt.date, int] | None:
    """The date a short dateline holds ("Published : Sept. 14, 2023 - 09:17")."""
    if _words(text) > DATE_LINE_WORDS:
        return None
    lead = cue.date_cue.match(text)
    if lead:
        day = parse_date(text[lead.end():])
        return (day, cue.date_cues[lead["cue"].casefold()]) if day else None
    span = DATE_SPAN.search(text)
    if not span:
        return None
    # A dateline opens with its date ("Thu 20 Jun 2024 12.15 BST", "June 21, 2024 4:50 PM
    # Updated 2 hours ago"); prose that merely holds a date has words before it.
    before = _DATE_FILLER.sub(" ", text[:span.start()])
    if _words(re.sub(r"[^\w]+", " ", before)) > 1:
        return None
    day = parse_date(span.group(0))
    return (day, min(cue.date_cues.values(), default=0) + 1) if day else None


def _byline(text: str, cue: Cues) -> str | None:
    found = cue.byline.match(text)
    if not found:
        return None
    name = found["name"]
    for trim in cue.byline_trim:
        name = trim.sub("", name)
    name = name.strip(" ,.;:|-–—")
    words = name.replace(",", " ").split()
    if not words or len(words) > 10 or words[0] in cue.not_name_words:
        return None
    joins = {"and", "&", "with"} | cue.name_particles
    if not all(w[0].isupper() or w in joins for w in words):
        return None
    return name


def name_shaped(text: str, cue: Cues | None = None) -> bool:
    """Whether a line is a person's name and nothing else: "Jack Phillips"."""
    cue = cue or cues()
    words = text.split()
    named = [w for w in words if w not in cue.name_particles]
    if not 2 <= len(named) <= 4 or len(words) > 6:
        return False
    return all(w[0].isupper() and w not in cue.not_name_words
               and re.fullmatch(r"[^\W\d_][^\W\d_'’.\-]*(?:['’.\-][^\W\d_]*)*\.?", w)
               for w in named)


def _bare_byline(text: str, cue: Cues) -> str | None:
    """The name in a byline line without "By": "Jack Phillips", "Shaun Walker in Moscow"."""
    if name_shaped(text, cue):
        return text
    name, sep, place = text.partition(" in ")
    if sep and name_shaped(name, cue) and 1 <= _words(place) <= 3 and place[:1].isupper():
        return name
    return None


def _outlet_shaped(text: str) -> bool:
    """Short, capitalised, no sentence: "The Korea Herald", "i24NEWS"."""
    words = text.split()
    return (1 <= len(words) <= 6 and not _TERMINAL.search(text) and ":" not in text
            and not any(w.isdigit() for w in words)
            and all(any(ch.isupper() for ch in w) or w in {"of", "the", "and", "&", "de"}
                    for w in words))


def _title_shaped(text: str) -> bool:
    """A headline does not end in a full stop (an ellipsis is fine)."""
    return 1 <= _words(text) <= 40 and (not text.endswith(".") or text.endswith("..."))


def classify(text: str, cue: Cues | None = None) -> Line:
    """What one line is, from its own words alone."""
    cue = cue or cues()
    plain = squash(text)
    if not plain or plain in cue.furniture_lines or cue.furniture.search(text):
        return Line(text=text, kind=Kind.FURNITURE)
    if plain in cue.credit_words or (cue.credit.fullmatch(text) and _credit(text, cue)):
        return Line(text=text, kind=Kind.CREDIT)
    if cue.contrib.search(text):
        return Line(text=text, kind=Kind.CONTRIB)
    for pattern in cue.bio:
        found = pattern.search(text)
        if found:
            outlet = next((m["outlet"].rstrip(".") for m in (p.search(text) for p in cue.bio_outlet)
                           if m), None)
            name = found.groupdict().get("name")
            return Line(text=text, kind=Kind.BIO, name=name, outlet=outlet)
    if cue.caption.search(text):
        return Line(text=text, kind=Kind.CAPTION)
    byline = _byline(text, cue)
    if byline:
        return Line(text=text, kind=Kind.BYLINE, name=byline)
    dated = _date_line(text, cue)
    if dated:
        return Line(text=text, kind=Kind.DATE, date=dated[0], rank=dated[1])
    if _credit(text, cue):
        return Line(text=text, kind=Kind.CREDITED)
    return _segments(text, cue)


def _segments(text: str, cue: Cues) -> Line:
    """A line of several furniture items ("By Jane Doe | June 3, 2024"), or prose."""
    if _words(text) > 3 * DATE_LINE_WORDS:
        return Line(text=text, kind=Kind.TEXT)
    parts = [p for p in cue.separator.split(text) if p.strip()]
    if len(parts) < 2:
        return Line(text=text, kind=Kind.TEXT)
    found = [classify(p, cue) for p in parts]
    if any(f.kind not in {Kind.FURNITURE, Kind.BYLINE, Kind.DATE, Kind.CREDIT} for f in found):
        return Line(text=text, kind=Kind.TEXT)
    name = next((f.name for f in found if f.name), None)
    dated = min((f for f in found if f.date), key=lambda f: f.rank, default=None)
    kind = Kind.BYLINE if name else Kind.DATE if dated else Kind.FURNITURE
    return Line(text=text, kind=kind, name=name, date=dated.date if dated else None,
                rank=dated.rank if dated else 99)


# Lines that only a page head has: seeing one before the first paragraph means a head.
_HEAD_MARKS = frozenset({Kind.FURNITURE, Kind.BYLINE, Kind.DATE, Kind.CAPTION, Kind.CREDITED})


def _body_start(lines: Sequence[Line]) -> int:
    """Index of the first line of article prose: everything before it is the head."""
    texts = [(i, ln) for i, ln in enumerate(lines) if ln.kind is Kind.TEXT]
    for i, ln in texts:
        if _words(ln.text) >= LONG:
            return i
    for i, ln in texts:
        if _words(ln.text) >= SENTENCE and _TERMINAL.search(ln.text):
            return i
    return 0


def _tail_start(lines: Sequence[Line], start: int, short_credits: bool) -> int:
    """Index just after the last line of article prose: credits and bios follow it.

    With ``short_credits`` a short closing line that is no sentence ("Prensa Latina")
    counts as a credit too.
    """
    end = len(lines)
    while end > start:
        ln = lines[end - 1]
        short = (short_credits and ln.kind is Kind.TEXT and _words(ln.text) <= 5
                 and not _TERMINAL.search(ln.text))
        if ln.kind in {Kind.TEXT, Kind.CREDITED} and not short:
            break
        end -= 1
    return end


def clean_page(lines: Sequence[str], known: Meta | None = None, *,
               find_head: bool | None = True) -> tuple[list[str], Meta]:
    """The body paragraphs of a page and the metadata its furniture gives away.

    ``known`` metadata (a header's, an HTML page's tags) wins over what the text
    suggests. ``find_head`` says whether the text may open with a page head (outlet,
    headline, standfirst, byline): True for raw page text; None (auto) for text whose
    producer usually cleaned it (a header file, a JSON record), where a head is assumed
    only if furniture such as a byline or dateline comes before the first paragraph, so
    that a clean body's short first paragraph is never taken for a headline.
    """
    cue = cues()
    known = known or Meta()
    items = [classify(t, cue) for t in lines]
    start = _body_start(items)
    if find_head is None:
        find_head = any(ln.kind in _HEAD_MARKS for ln in items[:start])
    if not find_head:
        start = 0
    end = _tail_start(items, start, short_credits=find_head)
    head = [i for i in range(start) if items[i].kind is Kind.TEXT]

    outlet, title = None, known.title
    if title is None and head:
        first = items[head[0]].text
        later = [squash(ln.text) for ln in items[head[0] + 1:]]
        if (len(head) >= 2 and _outlet_shaped(first) and _title_shaped(items[head[1]].text)
                and _words(items[head[1]].text) > _words(first) and squash(first) not in later):
            outlet, title = first, items[head[1]].text
        elif _title_shaped(first):
            title = first
    title_key = squash(title) if title else None

    bylines = [ln.name for ln in items if ln.kind is Kind.BYLINE and ln.name]
    bios = [ln for ln in items if ln.kind is Kind.BIO]
    bio_names = {ln.name for ln in bios if ln.name}
    byline = known.byline or (bylines[0] if bylines else None)

    body: list[str] = []
    for i, ln in enumerate(items):
        # Prose that ends in a credit is a caption on a page, except in the last paragraph
        # (a wire story's closing "(Yonhap)"); in cleaned text captions are gone already.
        if ln.kind is Kind.CREDITED and i >= start and (i == end - 1 or not find_head):
            found = _credit(ln.text, cue)
            kept = ln.text[:found.start()].rstrip() if found else ln.text
            if kept:
                body.append(kept)
            continue
        if ln.kind is not Kind.TEXT or i >= end:
            continue
        text = ln.text
        if (title_key and squash(text) == title_key) or text in (outlet, title):
            continue
        bare = _bare_byline(text, cue)
        if bare:
            if i < start and byline is None and title is not None:
                byline = bare  # a byline under the headline without "By": "Jack Phillips"
                continue
            if bare == byline or bare in bio_names:
                continue
        body.append(text)

    if byline is None and bio_names:
        byline = sorted(bio_names)[0]
    dated = min((ln for ln in items if ln.date),
                key=lambda ln: ln.rank, default=None)
    outlet = outlet or next((b.outlet for b in bios if b.outlet), None)
    found_meta = Meta(title=title, outlet=outlet, byline=byline,
                      published=dated.date if dated else None)
    return body, known.fill(found_meta)
