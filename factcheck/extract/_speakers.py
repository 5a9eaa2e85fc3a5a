"""Speakers: who a noun phrase names, by canonical name, with role and party.

An article's people are registered once, in order of appearance, with the
role their title or appositive gives them ("John Kirby, NSC strategic
communications coordinator"). A subject phrase is then resolved against that
register: full names, surnames ("Mr. Kirby"), pronouns ("he"), definite
descriptions ("the NSC official", "the court"), collectives ("Pyongyang and
Moscow"), and bodies that stand for their government ("the Kremlin").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache, wraps
from typing import TypeVar

import attrs

from factcheck.claims import Party, PartyKind, Speaker
from factcheck.extract._lexicon import Person, as_party, entities, lexicon, people, word_set
from factcheck.knowledge import EntryKind, alternation, as_of, current, per_knowledge

__all__ = ["Mention", "Register", "Resolver", "local_acronyms", "party_of_phrase", "role_words",
           "states_named", "title_words", "titled_person"]

T = TypeVar("T")

# "LeBlanc", "McDonald", "DeSantis": a name may carry a second capital after its prefix
# "Jean-Pierre", "O'Brien", "d'Estaing"; a lower-case word after a hyphen makes a compound
# modifier, not a name ("New York-based", "Kremlin-backed")
# (an accented capital opens a name too: "Álvarez", "Öcalan")
_NAME_TOKEN = (r"(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)?(?:-[A-Z][a-zà-ÿ]+|'[A-Za-z][a-zà-ÿ]+)*"
               r"(?![\w-])|[A-Z]\.)")
_PARTICLE = r"(?:von|van|der|den|de|da|di|del|dos|du|la|le|al|bin|ibn|ben)"
# an Arabic family name with its article: "al-Assad", "el-Sisi", "bin-Salman"
_PREFIXED_TOKEN = r"(?:al|el|ad|as|ash|at|ar|az|an|bin|ibn|abu|ould)-[A-Z][a-zà-ÿ]+(?![\w-])"
_NAME_RUN = re.compile(
    rf"{_NAME_TOKEN}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,2}}(?:{_NAME_TOKEN}|{_PREFIXED_TOKEN}))"
    r"{1,7}")
_POSSESSIVE = re.compile(r"^['’]s\b")
_RELATION_APPOSITIVE = re.compile(
    r"\b(?:wife|husband|son|daughter|mother|father|brother|sister|spouse|widow|aide|lawyer)"
    r",\s+([A-Z][a-zà-ÿ]+)(?=,)")
_LEAD_WORDS = frozenset({"and", "but", "so", "also", "both", "then", "yet", "however",
                         "meanwhile", "likewise", "separately", "still"})
_DETERMINERS = re.compile(
    r"^(?:(?:the|a|an|some|other|several|many|both|all|local|senior|top|two|three)\s+)+",
    re.IGNORECASE)
_TRAILING_ADVERBIAL = re.compile(
    r"(?:[\s,]+(?:has|have|had|also|both|all|then|repeatedly|always|previously|recently|earlier|later|"
    r"now|still|further|once|again|too|first|publicly|reportedly|officially|on\s+\w+day|"
    r"today|yesterday|on\s+\w+|last\s+\w+|this\s+\w+|for\s+(?:its|his|her|their)\s+part|"
    r"in\s+the\s+past|in\s+recent\s+\w+|at\s+the\s+time|himself|herself|itself|themselves|"
    r"in\s+turn|in\s+response|however|meanwhile|would|will|could|did|does|do|is|are|was|"
    r"were|not|never|neither|long|quickly|immediately|separately|similarly|likewise|went\s+on\s+to|"
    r"goes\s+on\s+to|continued\s+to|proceeded\s+to|had\s+previously|"
    r"(?-i:(?!(?:family|assembly|ally|anomaly|monopoly|rally|supply)\b)[a-z]{3,}ly)|"
    r"in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|interview|post|letter|"
    r"briefing|speech|message|video|report))\s*,?)+$",
    re.IGNORECASE)
# "The EHRC, led by Daniel Bekele, said": the head named in apposition is not the speaker
_HEADED_BY = re.compile(
    r",\s*(?:which\s+is\s+|who\s+(?:is|are)\s+)?(?:led|headed|chaired|run|directed|founded|"
    r"co-founded|owned|funded|backed|commanded|presided\s+over)\s+by\s+[^,]*(?:,|$)",
    re.IGNORECASE)
_STATEMENT_FROM = re.compile(
    r"^(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:statement|report|post|tweet|letter|note|release|"
    r"investigation|briefing|transcript)\s+(?:from|by|of|issued\s+by|released\s+by)\s+(.+)$",
    re.IGNORECASE)
_OFFICIALS_OF = re.compile(
    r"^(?:other\s+|some\s+|several\s+|senior\s+|the\s+)?(?:officials|leaders|governments|"
    r"diplomats|investigators|prosecutors|authorities|police|"
    r"(?:foreign\s+|defence\s+|defense\s+)?ministers|heads\s+of\s+state)"
    r"\s+(?:in|from|of)\s+(.+)$", re.IGNORECASE)
# a description, then a one-word proper name: "Ukrainian state nuclear operator Energoatom"
# "compiled by the CIA, the FBI and the National Security Agency": every author
_PUBLISHED_BY = re.compile(r"\b(?:published|released|issued|compiled|prepared|produced)\s+"
                           r"(?:on\s+\w+\s+|\w+\s+)?by\s+(?:the\s+)?"
                           r"([^,]+(?:,\s+(?:and\s+)?(?:the\s+)?[A-Z][^,]*)*(?=,?\s*$)|[^,]+)")
_NAMED_BODY = re.compile(r"^(?:[\w’'-]+\s+){2,8}?(?:(?!(?:of|for|to|in|at|on|and|the|by)\b)"
                         r"[a-z][\w-]*,?\s+)([A-Z][a-z]+[A-Za-z]*)\s*$")
# a body's head noun before a phrase naming a place or another body: "the Iranian mission to
# the United Nations in New York" is the mission, not New York
_HEAD_BEFORE_PP = re.compile(r"^(?P<np>.*?\b(?P<head>[A-Za-z][\w-]*))\s+"
                             r"(?:to|in|at|near|of|for|from|"
                             r"with|on|based\s+in)\s+(?:the\s+)?[A-Z]")
# "the mission", "the Committee": a body named before by its head noun
_DEFINITE = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:(?P<mod>[\w-]+)\s+)?"
                       r"(?P<head>[A-Za-z][a-z-]*)$")
# words that cannot be a speaker on their own: a determiner, a preposition, a conjunction
_FUNCTION_ONLY = re.compile(r"^(?:the|a|an|this|that|these|those|some|any|no|such|every|each|"
                            r"none|neither|either|in|on|at|of|for|to|"
                            r"by|with|as|and|but|or|so|if|when|while|after|before|despite|"
                            r"although|though|because|since|back|nonetheless|however)$",
                            re.IGNORECASE)
_DATE_NAME = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\b")
_INSTALLED_BY = re.compile(
    r"\b([A-Z][\w.]+)-(?:installed|backed|appointed|run|led|controlled|allied|aligned)\b")
_ORG_PHRASE = re.compile(
    r"(?:[A-Z][\w’'&.-]*\s+){0,5}(?:University|Institute|College|Foundation|Center|Centre|"
    r"School|Council|Agency|Service|Ministry|Commission|Court|Party|Group|Bank|Company|"
    r"Corporation|Times|News|Post|Organization|Organisation|Committee|Movement)"
    r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)?")


def per_knowledge_and_day(fn: Callable[[], T]) -> Callable[[], T]:
    """Cache a function of no arguments once per knowledge base and article day (people's
    roles change with the day)."""
    values: dict[tuple[int, dt.date | None], tuple[object, T]] = {}

    @wraps(fn)
    def wrapper() -> T:
        kb, day = current(), as_of()
        hit = values.get((id(kb), day))
        if hit is None or hit[0] is not kb:
            hit = (kb, fn())
            values[(id(kb), day)] = hit
        return hit[1]

    return wrapper


@per_knowledge
def role_words() -> frozenset[str]:
    roles = lexicon("roles")
    words = {w.lower().strip(".") for w in roles["titles"]}
    words |= {w.lower() for w in entities().demonyms}
    words |= word_set("roles", "role_vocabulary")
    return frozenset(words)


@per_knowledge
def title_words() -> frozenset[str]:
    titles = {w.strip(".") for w in lexicon("roles")["titles"]}
    titles |= set(entities().demonyms)
    return frozenset(titles)


def party_of_phrase(text: str) -> str | None:
    """The party a role or body phrase names, first mention first; None if none.

    Countries, capitals, seats of government, demonyms, international bodies
    and known organisations count; an unknown organisation ("Georgetown
    University") is its own party.
    """
    return _party_of_phrase(current(), as_of(), text)


@lru_cache(maxsize=4096)
def _party_of_phrase(kb: object, day: dt.date | None, text: str) -> str | None:
    # (kept per knowledge base and day, which it reads through current() and people():
    # the same roles and names are asked again and again)
    idx = entities()
    # (rank, position, party): an organisation beats a country, a country beats a demonym
    hits: list[tuple[int, int, str]] = []
    # an envoy *to* a body speaks for the government that sent them ("North Korea's UN envoy")
    rank = {"organisation": 0, "organ": 0, "media": 0, "state": 1, "body": 3, "bloc": 3}
    spans: list[tuple[int, int]] = []  # where a named entity stands
    for m in idx.pattern.finditer(text):
        ent = idx.by_alias[m.group(1)]
        if ent.kind == "media" and m.group(1).startswith("The ") \
                and re.match(r"\s+[A-Z][a-z]", text[m.end(1):]):
            continue  # "The Independent Policing Oversight Authority": not the paper
        hits.append((rank[ent.kind], m.start(1), ent.party))
        spans.append((m.start(1), m.end(1)))
    for m in _ci_aliases().finditer(text):
        ent = idx.by_alias[_ci_keys()[m.group(1).lower()]]
        hits.append((rank[ent.kind], m.start(1), ent.party))
        spans.append((m.start(1), m.end(1)))
    for m in idx.demonym_pattern.finditer(text):
        if any(a <= m.start(1) and m.end(1) <= b and (a, b) != (m.start(1), m.end(1))
               for a, b in spans):
            continue  # "American" inside "the Organization of American States" is no one
        hits.append((2, m.start(1), idx.demonyms[m.group(1)]))
    for organ in current().organs(text):  # "the Chinese Foreign Office": that state's organ
        hits.append((0, organ.start, organ.entry.party_id() or organ.entry.id))
    for m in _INSTALLED_BY.finditer(text):  # "the Russian-installed mayor", "Kremlin-backed"
        side = idx.demonyms.get(m.group(1)) or (
            idx.by_alias[m.group(1)].party if m.group(1) in idx.by_alias else None)
        if side:
            hits.append((1, m.start(1), side))
    for pos, party in _people_in(text):
        hits.append((3, pos, party))
    if hits:
        return min(hits)[2]
    for org in _ORG_PHRASE.finditer(text):
        words = org.group(0).split()
        if {"Ministry", "Service", "Agency", "Council", "Committee", "Commission"} & set(words):
            continue  # a government's organ speaks for its government, never for itself
        if any(w.strip(".’'") not in title_words() for w in words[:-1]):
            return _strip_determiners(org.group(0).strip())  # "Georgetown University"
    # "Biden administration": a known leader's government
    lead = re.search(r"\b([A-Z][\w-]+)\s+(?:administration|government|cabinet)\b", text)
    if lead and lead.group(1) in people():
        return people()[lead.group(1)].party
    return None


@per_knowledge
def _ci_keys() -> dict[str, str]:
    # multi-word or long aliases are also found in lower case ("State department")
    return {a.lower(): a for a in entities().by_alias if " " in a or len(a) >= 7}


@per_knowledge
def _ci_aliases() -> re.Pattern[str]:
    # not the start of a longer name: "the Independent Policing Oversight Authority" is not
    # the newspaper The Independent
    return re.compile(r"(?<![\w-])(" + alternation(_ci_keys()) + r")(?![\w-])"
                      r"(?!\s+(?-i:[A-Z])[a-z])", re.IGNORECASE)


def _people_in(text: str) -> Iterable[tuple[int, str]]:
    known = people()
    for m in _NAME_RUN.finditer(text):
        person = known.get(m.group(0))
        if person and person.party is not None:
            yield m.start(), person.party


def _keys(text: str) -> set[str]:
    """Content words of a role, with the acronym of its capitalized run ("NSC")."""
    words = [w.strip(".,()’'") for w in text.split()]
    keys = {w.lower() for w in words if len(w) > 2} - {"the", "and", "for"}
    caps = [w for w in words if w[:1].isupper() and w.lower() not in {"the", "a", "an"}]
    for size in range(2, 5):
        for i in range(len(caps) - size + 1):
            keys.add("".join(w[0] for w in caps[i:i + size]).lower())
    return keys


def _strip_determiners(text: str) -> str:
    return _DETERMINERS.sub("", text).strip()


def role_head(role: str) -> str:
    """The noun a role is headed by: "director of Legal Services" -> "director"."""
    words = re.split(r"\s+(?:of|for|at|to|in|on)\s+", role, maxsplit=1)[0].split()
    words = [w.lower().strip(".,()’'") for w in words if not re.search(r"['’]s$", w)]
    if len(words) > 1 and words[-1] == "general":
        return words[-2]  # "director general", "secretary general": the head comes first
    if len(words) > 1 and words[-2:] == ["press", "secretary"]:
        return "spokesman"  # a press secretary speaks for the government
    return words[-1] if words else ""


def _possessive_free(word: str) -> str:
    return re.sub(r"['’]s$", "", word.lower().strip(".,"))




@cache
def _named_body_pattern(head: str) -> re.Pattern[str]:
    return re.compile(rf"((?:[A-Z][\w’'-]*\s+){{1,5}})(?i:{re.escape(head)})\b")


@cache
def _issuer_pattern(noun: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{re.escape(noun)}\s+(?:(?:was\s+)?(?:released|issued|published|posted|put\s+out|"
        rf"signed|read)"
        rf"\s+)?(?:by|from|on|of)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,4}})")


@cache
def _publisher_pattern(noun: str) -> re.Pattern[str]:
    """ "Human Rights Watch published a report", "Amnesty said in a report released Friday":
    the author as the subject of the act that made the document."""
    return re.compile(
        # after a dateline's dash too: "Asmara, 6 October – The Ministry issued ..."
        r"(?:^|(?<=[.,;–—-]\s)|(?<=\n))"
        r"(?:(?i:the)\s+)?([A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*[A-Z][\w’'&-]*)"
        r"{0,7})"
        r"\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:published|released|issued|compiled|"
        r"put\s+out|produced|said\s+in|says\s+in|wrote\s+in|found\s+in|stated\s+in)\s+"
        # "issued today the following statement": a time word before the document
        r"(?:(?:today|yesterday|tonight|late|early|on\s+\w+day)\s+)?"
        r"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?" + re.escape(noun) + r"s?\b")


@cache
def _author_pattern(noun: str) -> re.Pattern[str]:
    """ "the Microsoft report", "Amnesty's latest report": the author before the noun."""
    stems = {re.escape(noun), re.escape(noun.rstrip("s"))}
    return re.compile(
        r"\b(?:the|a|an|this|its|their)?\s*([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}?)(?:['’]s)?"
        rf"\s+(?:(?:new|latest|recent|own|annual|joint|final)\s+)?(?:{'|'.join(stems)})s?\b")


def qualified_mention(body: str, head: str, before: int) -> str | None:
    """The last capitalized name of a body with this head noun before ``before``:
    "the ministry" -> "Polish Interior Ministry", "the prosecutors" -> "British prosecutors"."""
    found = None
    for hit in _named_body_pattern(head).finditer(body, 0, max(0, before)):
        words = hit.group(1).split()
        while words and words[0] in {"The", "A", "An", "In", "On", "At", "But", "And"}:
            if words[0] == "The" and len(words) > 1 and f"The {words[1]}" in entities().by_alias:
                break
            words.pop(0)
        if words and all(w[:1].isupper() for w in words):
            found = " ".join([*words, hit.group(0).split()[-1]])
    return found


@attrs.define
class Mention:
    """A person (or body) the article names, as first introduced."""

    name: str
    start: int
    role: str | None = None
    party: str | None = None
    person: bool = True


def _office_free(run: str, before: str) -> str:
    """ "Minister of Information Yemane Gebremeskel": after "TITLE of", the run's first word
    names the office's domain, not the person."""
    words = run.split()
    if len(words) >= 3 and re.search(r"\b([A-Z][\w-]*)\s+(?:of|for)\s+$", before):
        title = re.search(r"\b([A-Z][\w-]*)\s+(?:of|for)\s+$", before)
        if title and title.group(1).strip(".") in title_words():
            return " ".join(words[1:])
    return run


def _given_name(word: str) -> bool:
    """Whether a capitalized word can be a given name: no title, place or body word."""
    return word[:1].isupper() and not word.endswith(".") and word.strip(".") not in \
        title_words() and word not in word_set("roles", "not_name_words") and \
        word not in entities().by_alias


def _clean_name(run: str) -> str | None:
    """The personal name inside a capitalized run, without titles; None if not a name."""
    # a person the knowledge base knows is found whole, even when a given name is also a
    # place's name: "Paraguayan President Santiago Peña" is Peña, not Chile's capital
    for mention in current().mentions(run):
        if mention.entry.kind is EntryKind.PERSON:
            return mention.text
    words = run.split()
    titles = title_words()
    idx = entities()
    # the name is what follows the last title or place word: "European Commission President
    # Ursula von der Leyen" -> "Ursula von der Leyen"
    not_name = word_set("roles", "not_name_words")
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if i == len(words) - 1 and i >= 1 and w in idx.by_alias and w not in not_name \
                and w.strip(".") not in titles and _given_name(words[i - 1]) \
                and (i == 1 or words[i - 2].strip(".") in titles):
            words = words[i - 1:]  # "Justice Minister Iván Lima": a surname that is a place
            break
        if w.strip(".") in titles or w in not_name or w in idx.by_alias:
            words = words[i + 1:]
            break
    while words and re.fullmatch(_PARTICLE, words[0]):
        words.pop(0)
    if len(words) > 2 and words[-1].strip(".,") in {"Jr", "Sr", "II", "III", "IV"}:
        words.pop()  # "Romeo Brawner Jr.": the name without its generational suffix
    if len(words) < 2:
        return None
    if any(w in idx.by_alias for w in words[:-1]) or words[-1].endswith("."):
        return None
    if words[-1] in idx.by_alias and not (len(words) == 2 and _given_name(words[0])):
        return None
    name = " ".join(words)
    return None if name in idx.by_alias else name


def _in_body_name(text: str, start: int, run: str) -> bool:
    """Whether a capitalized run at ``start`` continues a body's name after "of": "Bureau of
    Western Hemisphere Affairs", "University of Hong Kong", "Minister of the Interior,
    Community Development and Public Security" (no person's name), unless a title in it
    introduces a name ("Committee for National Security Kamchybek Tashiev")."""
    cap = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    after = text[start + len(run):]
    # a list of portfolios: the run goes on to "and X" ("Interior, Community Development and
    # Public Security") or ends it after commas; a name after the list does neither
    listed = re.search(
        rf"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?{cap}(?:,\s+{cap})*"
        + (r",\s+$" if re.match(rf"(?:,\s+{cap})*\s+and\s+[A-Z]", after) else
           rf"(?:,\s+{cap})+\s+and\s+$"), text[:start])
    if listed is not None and listed.group(1).strip(".") in title_words():
        return True
    # ("Minister of Information Yemane Gebremeskel": after a title's "of", the office's
    # domain and then a name, read by _office_free)
    m = re.search(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?$", text[:start]) or listed
    if m is None or (m.group(1).lower() not in _body_heads()
                     and m.group(1).lower() not in word_set("parties", "own_body_heads")):
        return False
    words = run.split()
    titled = [i for i, w in enumerate(words) if w.strip(".") in title_words()]
    return not titled or len(words) - titled[-1] - 1 < 2


def titled_person(title: str, surname: str) -> Person | None:
    """The one known person with this surname whose role on the article's day carries
    this title ("President", "Ali" -> Irfaan Ali in 2025); None if none or several."""
    return _titled_people().get((title.lower(), surname))


@per_knowledge_and_day
def _titled_people() -> dict[tuple[str, str], Person]:
    found: dict[tuple[str, str], list[Person]] = {}
    titles = {w.lower() for w in title_words()}
    for person in {id(p): p for p in people().values()}.values():
        surname = person.name.split()[-1]
        for word in re.findall(r"[\w-]+", person.role or ""):
            if word[:1].isupper() or word.lower() in titles:
                bucket = found.setdefault((word.lower(), surname), [])
                if person not in bucket:
                    bucket.append(person)
    return {key: ps[0] for key, ps in found.items() if len(ps) == 1}


def _place_first_name(run: str, sentence: str, start: int, end: int) -> str | None:
    """ "Tirana Hassan, HRW's executive director": a given name that is also a place's name,
    when a role stands beside the two words as it does beside a person's name."""
    words = run.split()
    if len(words) != 2 or words[0] not in entities().by_alias or \
            entities().by_alias[words[0]].kind != "state" or words[0] in title_words():
        return None
    if words[1] in entities().by_alias or words[1] in word_set("roles", "not_name_words") \
            or words[1].strip(".") in title_words():
        return None
    if _role_after(sentence, end, len(sentence)) is None and \
            _role_apposed_before(sentence, start, 0) is None:
        return None
    return run


def _role_before(text: str, start: int, floor: int) -> str | None:
    """Title words right before a name: "Secretary of State", "Kremlin spokesman"."""
    # a body's acronym in brackets is part of the title: "Armed Forces of the Philippines
    # (AFP) chief Gen. X" (masked to spaces, so positions hold)
    text = re.sub(r"\([A-Z][\w.&-]{1,12}\)", lambda m: " " * len(m.group(0)), text)
    words = list(re.finditer(r"[\w’'.-]+", text[floor:start]))
    roles = role_words()
    # words inside a body's name belong to the title: "Representative to the United Nations"
    in_alias = [(m.start(1), m.end(1)) for m in entities().pattern.finditer(text[floor:start])]
    in_alias += [(m.start(1), m.end(1)) for m in _ci_aliases().finditer(text[floor:start])]
    taken: list[re.Match[str]] = []
    for w in reversed(words):
        between = text[floor + w.end(): floor + (taken[-1].start() if taken else start - floor)]
        if between.strip():  # punctuation breaks a title
            break
        token = w.group(0)
        low = token.lower().strip(".")
        # a possessive, singular or plural ("the Kremlin's", "the Organization of American
        # States'"), belongs to the title
        if low in roles or token in entities().by_alias or re.search(r"(?:['’]s|s['’])$", token) \
                or any(a <= w.start() and w.end() <= b for a, b in in_alias):
            taken.append(w)
            continue
        if token[:1].isupper() and taken and re.search(r"['’]s$", taken[-1].group(0)):
            taken.append(w)  # "President Vladimir Putin's spokesman": names in a possessive
            continue
        break
    while taken and taken[-1].group(0).lower() in {"the", "of", "for", "to", "a", "an"}:
        taken.pop()
    if not taken:
        return None
    role = text[floor + taken[-1].start(): floor + taken[0].end()].strip()
    first = words.index(taken[-1])
    for w in reversed(words[max(0, first - 2):first]):
        extended = text[floor + w.start(): floor + taken[0].end()].strip()
        if re.search(r"[^\w\s’'.,-]|\s-\s", extended):
            # "Nairobi — U.S. Senator": a dateline's place is no part of the title ("In
            # Havana, Deputy Foreign Minister" is: where an official speaks from)
            break
        found = entities().pattern.match(extended) or _ci_aliases().match(extended)
        if found and "," in extended:
            alias = entities().by_alias.get(found.group(1) if found.groups() else found.group(0))
            if alias is None or alias.kind != "state":
                break  # "In an interview with Al Jazeera, X": whom X spoke to is no title
        if found:
            role = extended  # "European Council President": the body is part of the title
            break
    if party_of_phrase(role) is None:
        # "Norway's fisheries minister": the country may stand a few words before the title
        for w in reversed(words[max(0, first - 3):first]):
            token = re.sub(r"['’]s$", "", w.group(0))
            if re.search(r"[^\w\s’'.,-]|\s-\s", text[floor + w.start(): floor + taken[-1].start()]):
                break  # never across a dash or a bracket
            if token in entities().by_alias or token in entities().demonyms:
                across = "," in text[floor + w.start(): floor + taken[-1].start()]
                if across and token in entities().by_alias \
                        and entities().by_alias[token].kind != "state":
                    break  # "In an interview with the BBC, Foreign Minister X"
                role = text[floor + w.start(): floor + taken[0].end()].strip()
                break
    heads = word_set("roles", "role_heads") | role_words()
    role = " ".join(role.split())
    return role if any(t.group(0).lower().strip(".") in heads for t in taken) else None


# military and police ranks: a title that says what grade, never whose official one is
_RANKS = frozenset({"general", "gen", "lieutenant", "lt", "major", "maj", "colonel", "col",
                    "brigadier", "brig", "captain", "capt", "admiral", "adm", "rear", "vice",
                    "commander", "cmdr", "sergeant", "sgt", "marshal", "field", "air", "police",
                    "lieutenant-general", "major-general", "lieutenant-colonel", "rear-admiral",
                    "vice-admiral", "brigadier-general", "lt-gen", "maj-gen", "lt-col"})


def _bare_rank(role: str) -> bool:
    """"Lieutenant General", "Maj Gen": a rank alone, no office or owner."""
    words = [w.lower().strip(".") for w in role.split()]
    return bool(words) and all(w in _RANKS for w in words) and not {"police", "air"} >= set(words)


# a prepositional phrase after a name says where, when or how one spoke, not who one is
_CIRCUMSTANCE = r"(?:in|at|on|to|during|after|before|from|by|via|through|speaking|writing)\s"


def _portfolio(text: str, start: int) -> bool:
    """Whether the capitalized words at ``start`` are an office's portfolio: "Minister for
    [Economic Affairs]", "Minister of [Regional Development]"."""
    prev = re.search(r"([\w.-]+)\s+(?:of|for)\s+(?:the\s+)?$", text[:start])
    return prev is not None and prev.group(1).lower().strip(".") in role_words()


def _role_after(text: str, end: int, limit: int) -> str | None:
    """An appositive after a name: ", NSC strategic communications coordinator,"."""
    # a full stop inside an abbreviation ("the U.S. envoy") does not end the appositive
    m = re.match(r",\s+((?:a|an|the)\s+)?((?:[^,.;“”\"]|\.(?=\w|\s+[a-z])){3,120}?)"
                 r"(?=,|(?<!\b[A-Z])\.\s|\.$|$|;)", text[end:limit])
    if not m:
        return None
    phrase = m.group(2).strip()
    if re.match(r"(?:and|or|but|while|whereas|with)\s", phrase):
        return None  # "X, and his Emirati counterpart, Y": a second person, not X's role
    if m.group(1) is None and re.match(_CIRCUMSTANCE, phrase):
        return None  # "X, in a letter to the president of the council,": how X spoke
    heads = re.match(r"who\s+(?:heads|leads|runs|directs|chairs)\s+((?:the|its|their)\s+.+)$",
                     phrase)
    if heads:
        return f"head of {heads.group(1)}"  # "X, who heads the lab,": the lab's head
    words = {w.lower().strip("().") for w in phrase.split()}
    if words & word_set("roles", "role_heads") and \
            not re.search(r"\b(?:said|told|says|added)\b", phrase):
        return phrase
    return None


@cache
def _org_appositive() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(word_set("roles", "org_nouns"), key=len,
                                                   reverse=True))
    return re.compile(rf",\s+(?:a|an|the)\s+([^,.;]{{0,60}}?\b(?:{nouns}))\b", re.IGNORECASE)


def _role_apposed_before(text: str, start: int, floor: int) -> str | None:
    """A role set off before a name: "the advisor to the President's Office, Mikhail Podoliak"."""
    head = text[floor:start]
    # "..., Brigadier Omar Khan": a rank between the comma and the name is no role of its own
    for token in reversed(list(re.finditer(r"\S+", head))):
        if token.group(0).endswith(",") or token.group(0).strip(".") not in title_words():
            break
        head = head[:token.start()]
    if not head.rstrip().endswith(","):
        return None
    # "the Minister of the Interior, Community Development and Public Security, NAME": a
    # title whose domain is a list of capitalized portfolios
    # the phrase may follow a closing quotation mark: '"C," the spokesman for X, NAME, said'
    m = re.search(r"(?:^|[,:;.—–-][\"”’]?\s*|\b(?:by|to|from|with)\s+)((?:[Tt]he|[Aa]n?)\s+"
                  r"(?:[A-Z][\w-]*\s+)+(?:of|for)\s+"
                  r"(?:the\s+)?[A-Z][\w-]*(?:(?:\s+|,\s+|\s+and\s+|\s+(?:of|for|the)\s+)"
                  r"[A-Z][\w-]*)*),\s*$", head)
    if m is None:
        m = re.search(r"(?:^|[,:;.—–-][\"”’]?\s*|\b(?:by|to|from|with)\s+)((?:[Tt]he|[Aa]n?|[Ii]ts|"
                      r"[Hh]is|[Hh]er|[Tt]heir|"
                      r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}['’]s)\s+[^,;:]{3,100}),\s*$", head)
    if not m:
        # a capitalized title opening the sentence: "Chief of Staff of the Guyana Defence
        # Force (GDF), Brigadier Omar Khan"
        m = re.match(r"^\s*((?:[A-Z][\w.-]*\s+)+(?:(?:of|for)\s+(?:the\s+)?[A-Z][^,;:]{2,80}|"
                     r"[A-Z][\w.-]*)),\s*$", head)
        if not m or m.group(1).split()[0].strip(".") not in title_words():
            # "..., Government Spokesperson, NAME": a title set off by commas in a list
            m = re.search(r"[,:;]\s*((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*),\s*$", head)
            if not m or not all(w.lower() in role_words() for w in m.group(1).split()):
                return None
    phrase = m.group(1)
    words = {w.lower().strip("().") for w in phrase.split()}
    return phrase if words & word_set("roles", "role_heads") else None


@attrs.define
class Register:
    """The people and bodies of one article, and who spoke last."""

    body: str
    people: list[Mention] = attrs.field(factory=list)
    last_person: Mention | None = None
    last_speakers: list[Speaker] = attrs.field(factory=list)
    last_group: list[Speaker] = attrs.field(factory=list)
    lead_group: list[Speaker] = attrs.field(factory=list)  # the story's first body to speak
    groups_seen: list[Speaker] = attrs.field(factory=list)  # every body that spoke, in order
    group_paragraph: int = -1
    groups_in_paragraph: set[str] = attrs.field(factory=set)
    # bodies by the head noun of the description that named them ("mission", "magazine")
    heads: dict[str, list[Speaker]] = attrs.field(factory=dict)

    @classmethod
    def of(cls, body: str, sentences: list[tuple[int, int]]) -> Register:
        """Register every personal name in ``body``, with its role, in order."""
        reg = cls(body=body)
        for s, e in sentences:
            text = body[s:e]
            for m in _NAME_RUN.finditer(text):
                if _in_body_name(text, m.start(), m.group(0)):
                    continue
                if m.start() == 0 and re.match(r"\s+[—–]\s", text[m.end():]):
                    continue  # a dateline: "New York — The United Arab Emirates has"
                name = _clean_name(_office_free(m.group(0), text[:m.start()])) or \
                    _place_first_name(m.group(0), text, m.start(), m.end())
                if name is None:
                    continue
                start = s + m.start() + m.group(0).index(name.split()[0])
                reg._add(name, start, text, m.start() + m.group(0).index(name.split()[0]),
                         m.end())
            for m in _RELATION_APPOSITIVE.finditer(text):
                reg._add(m.group(1), s + m.start(1), text, m.start(1), m.end(1))
        return reg

    def _add(self, name: str, start: int, sentence: str, local_start: int,
             local_end: int) -> None:
        known = people().get(name)
        parts = name.split()
        if known is None and len(parts) >= 3 and people().get(" ".join(parts[:-1])) is not None:
            known = people()[" ".join(parts[:-1])]  # "Luis Arce Catacora": a second surname
        canonical = known.name if known else name
        # "Van Hollen" after "Chris Van Hollen": the same person by the end of the name
        fuller = [p for p in self.people if p.person and p.name != canonical
                  and p.name.lower().endswith(" " + canonical.lower()) and p.start <= start]
        # "Hassan Sheikh" after "Hassan Sheikh Mohamud": the same person by a short form
        fuller += [p for p in self.people if p.person and len(parts) >= 2
                   and p.name.lower().startswith(canonical.lower() + " ") and p.start <= start]
        if fuller and not known:
            canonical = fuller[-1].name
        if any(p.name == canonical for p in self.people):
            mention = next(p for p in self.people if p.name == canonical)
        else:
            mention = Mention(name=canonical, start=start)
            self.people.append(mention)
        org = _org_appositive().match(sentence[local_end:])
        if org and not {w.lower() for w in org.group(1).split()} & word_set("roles", "role_heads"):
            pass  # "X, a UK-based group": a body (not "X, a spokesman for the agency")
        else:
            org = None
        if org and mention.start == start and not known:
            # "Conflict Armament Research, a UK-based group that ...": a body, its own party
            mention.person = False
            mention.role = org.group(1)
            mention.party = canonical
            return
        of_country = re.match(r"\s+of\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)",
                              sentence[local_end:])
        if mention.role is None:
            # the first role that names a side wins over a bare rank: "Chief of Staff of the
            # Guyana Defence Force, Brigadier Omar Khan" is the GDF's, not just "Brigadier"
            roles = [r for r in (_role_before(sentence, local_start, 0),
                                 _role_after(sentence, local_end, len(sentence)),
                                 _role_apposed_before(sentence, local_start, 0)) if r]
            if len(roles) > 1 and _bare_rank(roles[0]):
                # "Lieutenant General X, the ministry's spokeswoman": the rank is no office;
                # the appositive says whose official X is
                roles = [*roles[1:], roles[0]]
            mention.role = next((r for r in roles if party_of_phrase(r) is not None),
                                roles[0] if roles else (known.role if known else None))
        if mention.party is None:
            from_role = party_of_phrase(mention.role) if mention.role else None
            if from_role is None and mention.role:
                # "a spokesperson for the ministry": the ministry the article named before
                m = re.search(r"\bthe\s+(\w+)\b", mention.role)
                if m and m.group(1).lower() in word_set("roles", "org_heads"):
                    named = qualified_mention(self.body, m.group(1), start)
                    from_role = party_of_phrase(named) if named else None
            if from_role is None and mention.role and of_country:
                # "Defence Minister Oleksii Reznikov of Ukraine"
                from_role = party_of_phrase(of_country.group(1))
            mention.party = from_role or (known.party if known else None)

    # -- lookups -----------------------------------------------------------------

    def by_name(self, name: str, before: int | None = None) -> Mention | None:
        """The registered person a full name or surname refers to."""
        cands = [p for p in self.people if before is None or p.start <= before] or self.people
        for p in reversed(cands):
            if p.name == name:
                return p
        words = name.split()
        for p in reversed(cands):  # "Luis Arce Catacora" for Luis Arce: a second surname
            if len(words) >= 3 and p.person and p.name == " ".join(words[:-1]):
                return p
        for p in reversed(cands):
            parts = p.name.split()
            # ("Del Castillo" opening a sentence for Eduardo del Castillo)
            if name == parts[-1] or (len(parts) > 2 and name.lower() == " ".join(
                    parts[-2:]).lower()):
                return p
        for p in reversed(cands):  # "Wang" for Wang Wenbin: the family name may come first
            if p.person and len(p.name.split()) == 2 and name == p.name.split()[0]:
                return p
        for p in reversed(cands):  # "Hassan Sheikh" for Hassan Sheikh Mohamud: a short form
            parts = p.name.split()
            if p.person and len(words) >= 2 and len(parts) > len(words) \
                    and parts[:len(words)] == words:
                return p
        known = people().get(name)
        if known:
            for p in reversed(cands):
                if p.name == known.name:
                    return p
            return Mention(name=known.name, start=-1, role=known.role, party=known.party)
        return None

    def by_description(self, description: str, before: int) -> Mention | None:
        """The person a definite description ("the NSC official") refers to."""
        # "the Office of the Government Spokesperson": a phrase "X of Y" is headed by X
        words = [_possessive_free(w) for w in re.split(r"\s+of\s+", description)[0].split()]
        heads = lexicon("roles")["heads"]
        head = next((w for w in reversed(words) if w in heads), None)
        if head is None:
            return None
        accepted = set(heads[head]) | {head}
        party = party_of_phrase(description)
        keys = _keys(description) - accepted
        # the words of the description's own noun phrase ("Foreign" in "the Foreign
        # Secretary"; nothing in "the head of state")
        own_keys = _keys(re.split(r"\s+of\s+", description)[0]) - accepted
        best: Mention | None = None
        # "a naval spokesman said": an indefinite description brings in someone new; it may
        # point forward to a name (a lede) but never back to a person already named
        indefinite = re.match(r"(?:a|an)\s", description, re.IGNORECASE) is not None
        for p in self.people:
            if not p.role or not self._fits(p, accepted, party):
                continue
            if p.start <= before:
                if indefinite:
                    continue
                if best is not None and own_keys and own_keys & _keys(best.role or "") \
                        and not own_keys & _keys(p.role):
                    continue  # "the Foreign Secretary": not the Prime Minister named since
                best = p  # the latest fitting mention before the description wins
            elif best is None and p.start - before < 1500 and (
                    keys & _keys(p.role) or (party is not None and p.party == party
                                             and head != "official")
                    or (party is not None and p.party is None and head != "official"
                        and p.start - before < 600 and role_head(p.role) == head)):
                # ("Guyana's president said ... President Irfaan Ali said": the title alone
                # names the same office, close by)
                # "a National Security Council official said ..." / "Iran's foreign minister
                # acknowledged ..." then names him: a lede's description may point forward
                return p
        return best

    @staticmethod
    def _fits(p: Mention, accepted: set[str], party: str | None) -> bool:
        if role_head(p.role or "") not in accepted:
            return False
        return not (party and p.party and p.party != party)

    def speaker(self, mention: Mention) -> Speaker:
        return Speaker(name=mention.name, party=as_party(mention.party), role=mention.role)

    def note_speakers(self, speakers: list[Speaker], person: bool, paragraph: int) -> None:
        """Remember who spoke last, for pronouns and continuations."""
        self.last_speakers = speakers
        if person and len(speakers) == 1:
            mention = self.by_name(speakers[0].name)
            if mention is not None:
                self.last_person = mention
        elif not person:
            self.last_group = speakers
            self.lead_group = self.lead_group or speakers
            self.groups_seen.extend(speakers)
            if paragraph != self.group_paragraph:
                self.group_paragraph, self.groups_in_paragraph = paragraph, set()
            self.groups_in_paragraph.update(sp.name for sp in speakers)

    def last_mentioned_person(self, before: int) -> Mention | None:
        """The person named most recently before ``before``."""
        best: Mention | None = None
        for m in _NAME_RUN.finditer(self.body, 0, before):
            name = _clean_name(m.group(0))
            if name:
                found = self.by_name(people()[name].name if name in people() else name)
                if found is not None:
                    best = found
        return best


_PRONOUN = re.compile(r"^(he|she|it|they|we|i|him|her)$", re.IGNORECASE)
_LAST_APPOSED_BODY = re.compile(
    r",\s+((?:the|The)\s+(?:[A-Z][\w-]*\s+)?(?i:government|ministry|presidency|army|"
    r"military|police|commission|council|committee|court|office|agency))\s*$")
_THEIR_PEOPLE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:diplomats|staff|spokespeople)")
_BOTH_SIDES = re.compile(r"(?i:the\s+two\s+(?:sides|countries|nations|neighbou?rs|governments|"
                         r"states)|both\s+(?:sides|countries|governments))")
_THE_COUNTRY = re.compile(r"(?i:the\s+(?:country|nation|state)['’]s)\s+(?P<rest>.+)$")


def states_named(body: str, before: int, since: int = 0) -> list[tuple[str, int]]:
    """The states the text names between ``since`` and ``before`` (by name, capital,
    demonym, seat, organ, or a body or person that speaks for one), with how often, most
    named first."""
    kb = current()
    counts: dict[str, int] = {}
    for mention in kb.mentions(body[since:max(since, before)]):
        party = kb.party(mention.party_id(as_of()))
        if party is not None and party.kind.value == "state":
            counts[party.id] = counts.get(party.id, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])


def _last_state(body: str, before: int) -> str | None:
    """The state named last before ``before``: the antecedent of "the country's"."""
    kb = current()
    for mention in reversed(kb.mentions(body[:max(0, before)])):
        party = kb.party(mention.party_id(as_of()))
        if party is not None and party.kind.value == "state":
            return party.id
    return None


def _sentence_opener(body: str, before: int) -> Speaker | None:
    """The body (not a state) a sentence opens with, after a leading time phrase ("On
    Thursday, the OAS Permanent Council ..."), when ``before`` is later in that sentence."""
    begin = max(body.rfind(". ", 0, before), body.rfind("\n", 0, before)) + 1
    opening = body[begin:before].lstrip(" \"“")
    lead = re.match(r"(?:(?:On|In|At|Late|Early|Earlier|Later)\b[^,]{0,30},\s+)?(?:[Tt]he\s+)?",
                    opening)
    kb = current()
    found = kb.mentions(opening[:80])
    if not found or lead is None or found[0].start != lead.end():
        return None
    party = kb.party(found[0].party_id(as_of()))
    if party is None or party.kind.value == "state" or found[0].form == "person":
        return None
    rest = opening[found[0].end:found[0].end + 40]
    if not re.match(r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:[a-z]+)", rest):
        return None
    return Speaker(name=party.name, party=party, role=None)


def _sentence_subject_state(body: str, before: int) -> Party | None:
    """The state a sentence opens with, when ``before`` is later in that sentence: the
    antecedent of "its" in "Pakistan carried out strikes, its foreign office said"."""
    begin = max(body.rfind(". ", 0, before), body.rfind("\n", 0, before)) + 1
    opening = body[begin:before].lstrip(" \"“")
    # "KABUL/ISLAMABAD, March 18 (Reuters) - Pakistan ...": the dateline opens no sentence
    opening = re.sub(r"^[^\n]{0,80}?\([A-Z][\w .]{0,20}\)\s*[-—–]+\s*", "", opening)
    kb = current()
    found = kb.mentions(opening[:60])
    if not found or found[0].start > 4:  # only "Pakistan" or "The Kremlin", not an aside
        return None
    party = kb.party(found[0].party_id(as_of()))
    return party if party is not None and party.kind.value == "state" else None


@lru_cache(maxsize=16)
def local_acronyms(body: str) -> dict[str, str]:
    """The acronyms an article defines, "Full Name (ACR)", by acronym (first definition)."""
    out: dict[str, str] = {}
    for m in re.finditer(r"([A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)*[A-Z][\w’'-]*)+)"
                         r"\s+\(([A-Z]{2,6})\)", body):
        words = m.group(1).split()
        while words and words[0] in {"The", "A", "An", "In", "On", "At", "But", "And"}:
            words.pop(0)
        out.setdefault(m.group(2), " ".join(words))
    return out


def _state_speaker(pid: str) -> Speaker:
    party = as_party(pid)
    return Speaker(name=party.name if party else pid, party=party, role=None)


_PART_OF = re.compile(r",?\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?(?:a\s+|an\s+)?"
                      r"(?:part|unit|branch|arm|division|subsidiary|wing|member|body|agency|organ)"
                      r"\s+of\s+(.+)$")
# a time adverbial set off before the subject: "Hours later,", "Two days earlier,"
_LEAD_TIME = re.compile(
    r"^(?:(?:(?:[A-Za-z]+|\d+)\s+){0,3}(?:later|earlier|afterwards|after|ago|thereafter|before)"
    # "Late Friday,", "Early on Monday,", "On Sunday evening,", "Last week,", "This morning,"
    r"|(?i:(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:(?:this|last|next)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|"
    r"morning|evening|night|afternoon)(?:\s+(?:morning|afternoon|evening|night))?))"
    r"\s*,\s+(?=\S)")
_INCLUDING = re.compile(r"\bincluding\s+(.+?)(?:,|$)")
_CUT_DESCRIPTION = re.compile(
    r"\s+(?:into|from|based\s+on|with|who|which|that|in\s+charge|according)\b.*$|,.*$")


# a description headed by a body's noun, then the body's proper name set off by a comma
_APPOSED_BODY_NAME = re.compile(
    r"(?:(?:a|an|the|A|An|The)\s+)?(?P<desc>(?:[\w’'-]+\s+){0,4}(?P<head>[a-z][\w-]*)),\s+"
    r"(?P<name>(?:The\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w.&’'-]*)){0,6})")


@cache
def _apposed_body_heads() -> frozenset[str]:
    """Nouns of a described body that an apposed proper name may follow: a group, a
    firm, rebels (not a person's role: "the group's leader, X" is X)."""
    return frozenset(word_set("roles", "org_nouns") | word_set("roles", "armed_group_heads")
                     | word_set("parties", "own_body_heads")) - word_set("roles", "role_heads")


def _not_a_name(name: str) -> bool:
    """Whether a resolved speaker's name is a function word or opens with a participle."""
    words = name.split()
    participle = len(words) > 1 and re.fullmatch(r"[A-Z][a-z]+ing", words[0]) is not None \
        and words[1][:1].islower()  # "Referring to", never "Beijing" or "King Charles"
    # a clause is no name: "Mexican diplomats have left Ecuador after ..."
    clause = len(words) > 10 or re.search(r"\s(?:have|has|had|was|were|is|are|will)\s", name)
    # "No vessel", "Such claims": a negative or generic determiner names no one
    quantified = re.match(r"(?i:no|such|every|each|neither|none)\s", name) is not None or \
        re.fullmatch(r"(?i:more|most|many|few|several|half|all|both|much)", name) is not None
    # "lodged in The Hague on Thursday", "in Geneva": a place phrase, where, not who
    place = re.match(r"(?:[a-z]+ed\s+)?(?:in|at|on|from|near|outside|inside)\s+(?:the\s+)?[A-Z]",
                     name) is not None
    return bool(_FUNCTION_ONLY.match(name) or participle or clause or quantified or place)


def _dateline_name(name: str, body: str) -> bool:
    """Whether a speaker's name is the dateline opening the body ("CITY, 20 Sept —",
    "CITY, Country (Agency) -"): where a dispatch is filed from, in any date format, never who
    speaks."""
    text = body.lstrip()
    place = name.strip()
    if not place or not text.startswith(place):
        return False
    rest = text[len(place):]
    dated = re.match(r",\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b", rest)
    capitals = place.upper() == place and re.search(r"[A-Z]{2}", place) is not None \
        and re.match(r"\s*(?:[,(:/]|[—–-])", rest) is not None
    return bool(dated or capitals)


@per_knowledge
def _body_heads() -> frozenset[str]:
    """Nouns that head a body's description ("mission", "ministry", "magazine", "bloc")."""
    return frozenset(word_set("roles", "org_heads") | word_set("roles", "org_nouns")
                     | word_set("roles", "collective_nouns") | word_set("roles", "group_heads"))


def _body_head(text: str) -> str | None:
    """The head noun of a body's description, if it has one: "Iran's UN mission" -> "mission"."""
    if "," in text or len(text.split()) > 10:
        return None  # only a plain description names a body for later reference
    pp = _HEAD_BEFORE_PP.match(text)
    words: list[str] = re.findall(r"[\w-]+", pp.group("np") if pp else text)
    if words and words[-1].lower() in _body_heads():
        return words[-1].lower()  # "the Ministry of National Defense" -> "ministry"
    return None


def _by_proper_name(speaker: Speaker) -> Speaker:
    """ "Swedish outlet SVT", "Finnish network company Cinia": a body by its proper name,
    the description its role."""
    m = re.fullmatch(r"(?P<desc>(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){1,3})"
                     r"(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})", speaker.name)
    if m is None or m.group("desc").split()[-1] not in word_set("roles", "org_nouns") | \
            word_set("parties", "own_body_heads"):
        return speaker
    return attrs.evolve(speaker, name=m.group("name"),
                        role=speaker.role or m.group("desc").strip())


def _entity(phrase: str) -> Speaker | None:
    """A country, body or organisation named by the whole phrase."""
    idx = entities()
    key = _strip_determiners(phrase).strip(" ,")
    ent = idx.by_alias.get(key) or idx.by_alias.get(_ci_keys().get(key.lower(), ""))
    if ent is None:
        return None
    return Speaker(name=ent.name, party=as_party(ent.party), role=None)


def _possessive_to_demonym(phrase: str) -> str:
    """ "Russia's Foreign Ministry" -> "Russian Foreign Ministry" (one name per body)."""
    m = re.match(r"^([A-Z][\w .]+?)['’]s\s+(.+)$", phrase)
    if not m:
        return phrase
    ent = entities().by_alias.get(m.group(1))
    if ent is None or ent.kind != "state":
        return phrase
    demonym = next((d for d, c in entities().demonyms.items()
                    if c == ent.party and " " not in d and not d.isupper()), None)
    return f"{demonym} {m.group(2)}" if demonym else phrase


@cache
def _named_armed_group() -> re.Pattern[str]:
    """ "the ELN rebels", "the RED-Tabara rebel group": a capitalised name before a head."""
    nouns = "|".join(sorted(word_set("roles", "armed_group_heads") | {"group", "movement",
                                                                         "army"}))
    adjectives = "|".join(sorted(word_set("roles", "armed_group_modifiers")))
    name = r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*"
    # also set off by commas: "a little-known militant group, The Resistance Front," and
    # "The Northern Front (TNF), an armed group that ..."
    return re.compile(rf"\b(?P<before>{name})(?:\s+(?:{adjectives}))?\s+(?:{nouns})\b"
                      rf"|\b(?:{adjectives})\s+(?:{nouns}),\s+(?P<after>{name})\s*,"
                      rf"|\b(?P<named>{name})\s+\([A-Z][\w-]{{1,10}}\),\s+(?:an?|the)\s+"
                      rf"(?:[\w-]+\s+)?(?:{adjectives})\s+(?:{nouns})\b")


def _armed_group(text: str, body: str, start: int, bare: bool = False) -> Speaker | None:
    """ "the rebels", "the militant group": the armed group the text named last before
    ``start``, not the body just quoted; a bare "the group" too when ``bare`` (what was
    just quoted is a state, which no one calls a group)."""
    words = text.lower().split()
    if len(words) < 2 or words[0] not in ("the", "this") or len(words) > 4:
        return None
    heads, modifiers = word_set("roles", "armed_group_heads"), \
        word_set("roles", "armed_group_modifiers")
    groupish = words[-1] in ("group", "movement", "organisation", "organization")
    if not (words[-1] in heads or (groupish and (
            any(w in modifiers for w in words[1:-1]) or (bare and len(words) == 2)))):
        return None
    window = body[max(0, start - 1500):start]
    named = [m for m in current().mentions(window) if m.entry.kind is EntryKind.ORGANISATION]
    # a group the knowledge base does not know, named by its head: "the ELN rebels",
    # "the RED-Tabara movement", "the Arakan Army"
    unknown = list(_named_armed_group().finditer(window))
    if unknown and (not named or unknown[-1].start() > named[-1].start):
        last = unknown[-1]
        name = last.group("before") or last.group("after") or last.group("named") or ""
        name = re.sub(r"^(?:A|An)\s+", "", name) if last.group("before") is None \
            else re.sub(r"^(?:The|A|An)\s+", "", name)
        if name and current().party_of(name, as_of()) is None:
            return Speaker(name=name, party=as_party(name), role=None)
    if not named:
        return None
    entry = named[-1].entry
    return Speaker(name=entry.name, party=current().party(entry.party_id(as_of()), as_of()),
                   role=None)


class Resolver:
    """Resolve subject phrases to speakers against a :class:`Register`."""

    def __init__(self, register: Register) -> None:
        self.reg = register

    def resolve(self, phrase: str, start: int) -> tuple[list[Speaker], bool]:
        """Speakers a subject phrase names, and whether they are people.

        A body named by a description ("the Iranian mission to the UN") is
        remembered by its head noun, so that "the mission" later is that body.
        """
        text = self._clean(phrase)
        if not text or _FUNCTION_ONLY.match(text):
            return [], False  # "The", "Despite": no speaker named
        if re.search(r"\w['’]s$", text) and self.reg.body[start:start + len(phrase)] == phrase:
            # a subject cut after its possessor ("The country's"): read on to the noun it
            # owns and a name set off after it ("media regulator, the Superior Council,")
            more = re.match(r"\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
                            r"(,\s+(?:the\s+)?[A-Z][^,;.]{2,80},)?",
                            self.reg.body[start + len(phrase):])
            if more:
                text = f"{text} {more.group(1)}{more.group(2) or ''}".strip(" ,")
        before = self.reg.body[max(0, start - 80):start]
        named = re.search(r"([A-Z][\w’'-]+)\s*,\s*$", before)
        if named and re.match(r"(?:an?|the)\s", text, re.IGNORECASE):
            # '"...," Mykhailo Podolyak, an adviser to ..., wrote': the appositive's person
            mention = self.reg.by_name(named.group(1), before=start)
            if mention is not None and mention.person and mention.start >= start - 80 \
                    and mention.role and _strip_determiners(mention.role).lower() \
                    == _strip_determiners(text).lower():
                return [self.reg.speaker(mention)], True
        definite = _DEFINITE.match(text)
        if definite and definite.group("head").lower() in self.reg.heads:
            known = self.reg.heads[definite.group("head").lower()]
            mod = definite.group("mod")
            # "the ministry" is the ministry named before; "the foreign ministry" is not the
            # "Public Ministry" (a modifier the antecedent's name lacks names another body)
            if mod is None or any(mod.lower() in sp.name.lower() for sp in known):
                return list(known), False
        found, person = self._resolve(text, start)
        found = [self._expanded(sp, start) for sp in found]
        if not person:
            found = [_by_proper_name(sp) for sp in found]
        if any(_not_a_name(sp.name) or _dateline_name(sp.name, self.reg.body) for sp in found):
            return [], False  # "Referring to", "Nonetheless": an adverbial, not a speaker
        head = _body_head(text)
        if found and not person and head and not _PRONOUN.match(text) and (
                found[0].party is not None or len(found[0].name.split()) > 1):
            self.reg.heads[head] = found
        return found, person

    def _resolve(self, text: str, start: int) -> tuple[list[Speaker], bool]:
        pron = _PRONOUN.match(text)
        if pron:
            return self._pronoun(pron.group(1).lower(), start)
        fronted = re.fullmatch(r"(?P<a>[^,]+),\s+(?:the|The)\s+(?P<b>[A-Z][\w-]*)"
                               r"(?:\s+(?:said|says|added|reported|claimed))?", text)
        if fronted and (current().demonym(_strip_determiners(fronted.group("a"))) is not None
                        or re.fullmatch(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+[a-z][\w\s-]*",
                                        fronted.group("a"))):
            # "The Chinese, the AFP said, threatened ...": the content's subject fronted
            # before the body that says it (not an appositive: "NSO Group, the firm")
            b_start = start + fronted.start("b")
            body_named = _entity(fronted.group("b")) or (
                Speaker(name=fronted.group("b"), party=None, role=None)
                if fronted.group("b") in local_acronyms(self.reg.body) else None)
            if body_named is not None:
                return [self._expanded(body_named, b_start)], False
        apposed = _LAST_APPOSED_BODY.search(text)
        if apposed and text.count(",") >= 2:
            # "... Tourism, Government Spokesperson, NAME, the Government": a list of titles
            # and a name set off before the subject; the subject is the body at the end
            found, person = self._resolve(apposed.group(1), start + apposed.start(1))
            if found:
                return found, person
        last_party = self.reg.last_group[0].party if len(self.reg.last_group) == 1 else None
        if _THEIR_PEOPLE.fullmatch(text) and last_party is not None \
                and last_party.kind.value == "state":
            # "the ministry denied ... the diplomats said": the body's own people
            return list(self.reg.last_group), False
        if _BOTH_SIDES.fullmatch(text):
            # "the two sides said": the two states the article has named most so far
            ranked = states_named(self.reg.body, start)
            if len(ranked) >= 2 and (len(ranked) == 2 or ranked[1][1] > ranked[2][1]):
                return [_state_speaker(pid) for pid, _ in ranked[:2]], False
        country = _THE_COUNTRY.match(text)
        if country:
            # "the country's media regulator, the Superior Council of Communication": a
            # body of the state the story is about, by the name its appositive gives
            state = _last_state(self.reg.body, start)
            if state is not None:
                rest = country.group("rest")
                called = re.search(r",\s+(?:the\s+)?([A-Z][^,]+?)\s*,?$", rest)
                name = called.group(1) if called else _strip_determiners(rest.split(",")[0])
                return [Speaker(name=name, party=as_party(state), role=None)], False
        if re.fullmatch(r"[A-Z][\w’'-]+", text):
            # "Lima said" after "Justice Minister Iván Lima": the person the article named
            # by that surname, before any place of that name
            mention = self.reg.by_name(text, before=start)
            if mention is not None and mention.person and mention.start >= 0:
                return [self.reg.speaker(mention)], True
        elif re.fullmatch(r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){1,2}", text):
            # "Hassan Sheikh said" after "President Hassan Sheikh Mohamud": a short form of
            # a person the article named
            mention = self.reg.by_name(text, before=start)
            if mention is not None and mention.person and mention.start >= 0 \
                    and mention.name != text and mention.name.startswith(text + " "):
                return [self.reg.speaker(mention)], True
        exact = _entity(text)
        bare = _strip_determiners(text)
        local = local_acronyms(self.reg.body).get(bare) \
            if re.fullmatch(r"[A-Z]{2,6}", bare) else None
        if exact is not None and local is not None \
                and entities().by_alias.get(local) is not entities().by_alias.get(bare):
            # "the National Security Committee (NSC) ... The NSC said": the article's own
            # definition of an acronym wins over the knowledge base's (a US council)
            exact = self._expanded(Speaker(name=bare, party=None, role=None), start)
        if exact is not None:
            return [exact], False  # "The Organisation for the Prohibition of Chemical Weapons"
        issued = _PUBLISHED_BY.search(text)
        if issued:  # "The declassified report, published on Friday by the ODNI,"
            found, person = self.resolve(issued.group(1), start + issued.start(1))
            if found:
                return found, person
        quoted = self.reg.last_group
        armed = _armed_group(text, self.reg.body, start, bare=len(quoted) == 1 and (
            quoted[0].party is None or quoted[0].party.kind is PartyKind.STATE))
        if armed is not None:
            return [armed], False  # "The militant group said": the armed group named last
        # "the tech giant", "the New York-based rights group": a description of the body
        # just quoted (common words, or compounds such as "X-based", before the head noun)
        generic = re.fullmatch(r"(?:[Tt]he|[Tt]his)\s+(?:(?:[a-z][\w-]*|[A-Z][\w ]*-[a-z]+)\s+)"
                               r"{0,3}(giant|company|firm|group|organisation|organization|outlet|"
                               r"newspaper|broadcaster|agency|watchdog|monitor|charity|NGO)", text)
        if generic and len(self.reg.last_group) == 1:
            return list(self.reg.last_group), False  # "the tech giant": the body just quoted
        inc = _INCLUDING.search(text)
        if inc:
            found, person = self.resolve(inc.group(1), start)
            if found and person:
                return found, True
        owned = re.match(r"^(?:its|their)\s+((?:[\w-]+\s+){0,2}([\w-]+))$", text, re.IGNORECASE)
        last = self.reg.last_group
        opener = _sentence_subject_state(self.reg.body, start) if owned else None
        if owned and owned.group(2).lower() in _body_heads() and opener is not None:
            # "Pakistan carried out air strikes ..., its foreign office said": the state
            # the sentence opens with owns the organ
            return [Speaker(name=f"{opener.name}'s {owned.group(1)}", party=opener,
                            role=None)], False
        if owned and owned.group(2).lower() in _body_heads() and len(last) == 1 \
                and last[0].party is not None:
            # "its foreign ministry" after Ecuador spoke: Ecuador's foreign ministry
            return [Speaker(name=f"{last[0].name}'s {owned.group(1)}", party=last[0].party,
                            role=None)], False
        owner = re.match(r"^(his|her|their)\s+([\w-]+)$", text, re.IGNORECASE)
        # "Her spokesman said": speaks for the person just named; in "X raised it with Y,
        # according to a statement from his office" the pronoun is bound by the subject
        boss = (self._possessor(start) or self.reg.last_person) if owner else None
        if owner and boss is not None and (
                owner.group(2).lower() in word_set("roles", "role_heads")
                or owner.group(2).lower() in word_set("roles", "org_heads")):
            return [Speaker(name=f"{boss.name}'s {owner.group(2).lower()}",
                            party=as_party(boss.party), role=owner.group(2).lower())], False
        source = _STATEMENT_FROM.match(text)
        if source:  # "a statement from the Ukrainian Air Force": who issued it
            return self.resolve(source.group(1), start + source.start(1))
        officials = _OFFICIALS_OF.match(text)
        if officials:
            group = self._collective(officials.group(1), start)
            if group:
                return group, False
        by_name = self._apposed_body(text, start)
        if by_name is not None:
            return [by_name], False
        named = self._person(text, start)
        if named is not None:
            return [named], True
        group = self._collective(text, start)
        if group:
            return group, False
        ent = _entity(text)
        if ent is not None:
            return [ent], False
        core = _CUT_DESCRIPTION.sub("", text).strip()
        words = [w.lower().strip(".,’'") for w in core.split()]
        if words and words[-1] in word_set("roles", "group_heads") and core.split()[-1].islower():
            # "the report" (not "the Federal Bureau of Investigation": a name)
            modifier = re.fullmatch(r"(?i:the|a|an|this|that)\s+([A-Z][\w’'&-]*"
                                    r"(?:\s+[A-Z][\w’'&-]*){0,3})\s+[a-z][\w-]*", core)
            if modifier and modifier.group(1).split()[0] not in title_words():
                # "The IIT report": the capitalized modifier names its author
                author = _entity(modifier.group(1)) or self._person(modifier.group(1), start)
                if author is None and re.fullmatch(r"[A-Z]{2,6}", modifier.group(1)):
                    author = Speaker(name=modifier.group(1), party=None, role=None)
                if author is not None:
                    return [author], False
            issuer = self._issuer(words[-1], start)
            if issuer:
                return issuer, False  # "the statement" released on the Kremlin website
            if self.reg.last_group and all(sp.party is not None for sp in self.reg.last_group):
                return list(self.reg.last_group), False  # "this week's reports"
            issuing = [sp for sp in self.reg.groups_seen if sp.party is not None]
            if issuing:
                # "Survivors told HRW ... according to the report": a document is a body's,
                # not the unnamed people who spoke last
                return [issuing[-1]], False
            if self.reg.last_group:
                return list(self.reg.last_group), False
        plural = bool(words) and words[-1].endswith("s") and not words[-1].endswith("ss")
        last = self.reg.last_speakers
        if words and len(last) == 1 and last[0].name.lower().split()[-1] == words[-1] \
                and words[0] in {"the", "this", "that"} and len(words) == 2:
            return list(last), False  # "A senior U.S. official said ... The official said"
        if not plural:
            described = self.reg.by_description(core or text, start)
            if described is not None:
                return [self.reg.speaker(described)], described.person
        qualified = self._qualified(core, start)
        if qualified is not None:
            return [qualified], False
        return [self._body(text)], False

    def _people_in_sentence(self, start: int) -> list[Mention]:
        """The registered people named in the sentence before ``start``, each once."""
        body = self.reg.body
        begin = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
        found: list[Mention] = []
        for m in _NAME_RUN.finditer(body, begin, start):
            name = _clean_name(_office_free(m.group(0), body[begin:m.start()]))
            mention = self.reg.by_name(name) if name else None
            if mention is not None and mention.person and mention not in found:
                found.append(mention)
        return found

    def _possessor(self, start: int) -> Mention | None:
        """Whom "his"/"her" at ``start`` refers to: the person the sentence opens with, else
        the person named last before it (None: no person named in the sentence)."""
        body = self.reg.body
        begin = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
        named: list[tuple[int, Mention]] = []
        for m in _NAME_RUN.finditer(body, begin, start):
            name = _clean_name(_office_free(m.group(0), body[begin:m.start()]))
            mention = self.reg.by_name(name) if name else None
            if mention is not None and mention.person:
                named.append((m.start(), mention))
        if not named:
            return None
        first_at, first = named[0]
        lead = body[begin:first_at]
        if all(w.strip(".’'") in title_words() or w.lower() in role_words()
               for w in lead.split()):
            return first  # the clause's subject: "Secretary of State Antony Blinken has ..."
        return named[-1][1]

    def _expanded(self, speaker: Speaker, start: int) -> Speaker:
        """ "The EHRC" after "the Ethiopian Human Rights Commission (EHRC)": the full name,
        with the party of the body it belongs to ("... (IIT) of the OPCW")."""
        acronym = speaker.name
        if not re.fullmatch(r"[A-Z]{2,6}", acronym):
            return speaker
        known = entities().by_alias.get(acronym)
        if known is not None:
            # "Armed Forces of the Philippines (AFP)": an article's own definition of an
            # acronym wins over the knowledge base's (Agence France-Presse)
            local = local_acronyms(self.reg.body).get(acronym)
            if local is None or entities().by_alias.get(local) is known:
                return speaker
        defined = re.search(
            rf"([A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)*[A-Z][\w’'-]*)+)\s+"
            rf"\({re.escape(acronym)}\)(?P<tail>\s+(?:of|at|in)\s+(?:the\s+)?"
            rf"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w’'-]*)*)?",
            self.reg.body[:max(0, start)])
        if defined is None:
            return speaker
        name = _strip_determiners(defined.group(1))
        owner = party_of_phrase(defined.group("tail")) if defined.group("tail") else None
        if owner is not None:
            return Speaker(name=name, party=as_party(owner), role=speaker.role)
        full = _entity(name)
        if full is not None:
            return full
        organ = current().party_of(name)
        if organ is not None:  # "Armed Forces of the Philippines": a state's organ
            return Speaker(name=name, party=organ, role=speaker.role)
        own = speaker.party is None or speaker.party.id == acronym
        return Speaker(name=name, party=as_party(name) if own else speaker.party,
                       role=speaker.role)

    # -- the cases -----------------------------------------------------------------

    def _clean(self, phrase: str) -> str:
        text = phrase.strip(" ,;:—–-\"“”")
        text = re.sub(r"\([^)]*\)", "", text).strip()
        text = _LEAD_TIME.sub("", text)  # "Hours later, the bureau": the bureau
        # a dateline before the subject: "New York — The United Arab Emirates has"
        text = re.sub(r"^[A-Z][\w .'’-]{1,40}?\s+[—–]\s+(?=[A-Z])", "", text)
        # "Such claims, the diplomats said": a fronted object before the subject
        text = re.sub(r"^(?i:such|these|those)\s+[^,]{1,40},\s+(?=\S)", "", text)
        text = _HEADED_BY.sub("", text).strip(" ,")
        words = text.split()
        while words and words[0].lower().strip(",") in _LEAD_WORDS:
            words.pop(0)
        text = " ".join(words)
        prev = None
        while prev != text:
            prev = text
            text = _TRAILING_ADVERBIAL.sub("", text).strip(" ,")
        return text

    def _pronoun(self, word: str, start: int = -1) -> tuple[list[Speaker], bool]:
        reg = self.reg
        if word in {"he", "she", "him", "her", "i"}:
            if reg.last_person is not None:
                return [reg.speaker(reg.last_person)], True
            named = self._people_in_sentence(start) if start >= 0 else []
            if len(named) == 1:
                # no one has spoken yet: "... made by the envoy, El Haris Idris, in which he
                # accused ...": the one person the sentence names before the pronoun
                return [reg.speaker(named[0])], True
            return [], False
        opener = _sentence_opener(reg.body, start) if word == "it" and start >= 0 else None
        if opener is not None:
            # "the OAS Permanent Council approved a resolution condemning what it called":
            # "it" later in a sentence is the body the sentence opens with
            return [opener], False
        if word == "it":
            if len(reg.groups_in_paragraph) >= 2 and len(reg.lead_group) == 1:
                # two bodies just spoke against each other: "it" is the story's protagonist
                return list(reg.lead_group), False
            if reg.last_group and len(reg.last_group) == 1:
                return list(reg.last_group), False
            return list(reg.last_speakers), False
        # they / we: the last group, else whoever spoke last
        return list(reg.last_group or reg.last_speakers), False

    def _apposed_body(self, text: str, start: int) -> Speaker | None:
        """ "a little-known militant group, The Northern Front": the body by the name set
        off after its description, the description its role (not the description alone)."""
        apposed = _APPOSED_BODY_NAME.fullmatch(text)
        if apposed is None or apposed.group("head") not in _apposed_body_heads() \
                or self.reg.by_name(apposed.group("name"), before=start) is not None:
            return None
        name, desc = apposed.group("name"), apposed.group("desc")
        known = _entity(name)
        if known is not None:
            return attrs.evolve(known, role=desc)
        # "Ukraine's state nuclear company, X": the state's; "a Pakistan-based group, X": its own
        owner = party_of_phrase(desc) if re.search(r"['’]s\s|\bstate\b", desc) else None
        return Speaker(name=name, party=as_party(owner or name), role=desc)

    def _person(self, text: str, start: int) -> Speaker | None:
        proper = re.fullmatch(r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+)*?(?P<head>[A-Z][a-z]+)\s+"
                              r"(?:on|of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?"
                              r"[A-Z][\w’'-]*)*", text.strip())
        if proper and proper.group("head").lower() in _body_heads() and not any(
                current().person(run.group(0)) is not None for run in _NAME_RUN.finditer(text)):
            # "The Kenya National Commission on Human Rights": a body's name, no one's
            # ("the Committee for National Security Kamchybek Tashiev" ends with a person)
            return None
        pp = _HEAD_BEFORE_PP.match(text)
        if pp and pp.group("head").islower() and pp.group("head") in _body_heads() \
                and "," not in text:
            return None  # "the Iranian mission to the United Nations in New York": a body
        # "NAME, the mayor of Nova Kakhovka": the head is before the appositive; "Russia's
        # UN ambassador, NAME": a role first, the name after it
        head, comma, rest = text.partition(",")
        head_names = [m for m in _NAME_RUN.finditer(head) if not _portfolio(head, m.start())]
        if comma and head_names and (re.match(r"\s*(?:the|a|an|[a-z])", rest) or (
                re.match(r"\s*[A-Z]", rest) and rest.split()[0].lower() in role_words()
                and head_names[0].group(0) == head.strip())):
            # "Xiao Xinguang, chief software architect at Antiy Labs", "Anna Berg, Deputy
            # Minister for Trade,": the name heads it (not "the Minister of Trade, NAME")
            text = head
        elif comma and re.fullmatch(r"(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?)?\s*[A-Z][\w’'-]+",
                                    head.strip()) \
                and (re.match(r"\s*[a-z]", rest) or self.reg.by_name(
                    head.strip().split()[-1], before=start) is not None):
            # "Hersh, writing on his newsletter and citing a source,": the surname heads it
            # (not "Culture, Arts and Tourism, ...": a list of words, no one's name)
            text = head
        names: list[str] = []
        portfolios: list[str] = []
        for m in _NAME_RUN.finditer(text):
            if _POSSESSIVE.match(text[m.end():]) or _in_body_name(text, m.start(), m.group(0)):
                continue  # "Putin's spokesman Peskov": the possessor is not the speaker
            name = _clean_name(_office_free(m.group(0), text[:m.start()]))
            if name:
                (portfolios if _portfolio(text, m.start()) else names).append(name)
        names = names or portfolios  # "Minister for Trade" names a portfolio, not a person
        if names:
            mention = self.reg.by_name(names[-1], before=None)
            if mention is not None:
                return self.reg.speaker(mention)
            return Speaker(name=names[-1], party=as_party(party_of_phrase(text)), role=None)
        org = _NAMED_BODY.search(text)
        if org and org.group(1) not in title_words() and org.group(1) not in entities().by_alias \
                and self.reg.by_name(org.group(1)) is None:
            # "Ukraine's state nuclear company, Energoatom": a body named after its description
            party = party_of_phrase(text[:org.start(1)]) or org.group(1)
            return Speaker(name=org.group(1), party=as_party(party),
                           role=text[:org.start(1)].strip(" ,"))
        # a surname, perhaps titled: "Kirby", "Mr. Kirby", "President Putin"
        words = [w for w in text.split() if w.strip(".") not in title_words()]
        if len(words) == 1 and words[0][:1].isupper() and not _POSSESSIVE.search(words[0]):
            mention = self.reg.by_name(words[0].strip(",."), before=start)
            if mention is not None:
                return self.reg.speaker(mention)
            titles = [w.strip(".") for w in text.split() if w.strip(".") in title_words()]
            known = titled_person(titles[-1], words[0].strip(",.")) if titles else None
            if known is not None:
                # "President Ali" with no full name in the article: the one known person of
                # that surname whose role that day has that title
                mention = Mention(name=known.name, start=start, role=known.role,
                                  party=known.party)
                self.reg.people.append(mention)
                return self.reg.speaker(mention)
        # a registered surname at the end of a longer phrase: "Commenting on ... Peskov"
        last = re.search(r"(?<![\w’'])([A-Z][\w-]+)\s*$", text)
        if last:
            mention = self.reg.by_name(last.group(1), before=start + len(text))
            if mention is not None and mention.start >= 0:
                return self.reg.speaker(mention)
        return None

    def _collective(self, text: str, start: int) -> list[Speaker]:
        m = re.search(r"\b(?:by|between)\s+(.+)$", text)
        if m and re.search(r"\band\b", m.group(1)):
            text = m.group(1)
        parts = [p for p in re.split(r",\s*(?:and\s+|along\s+with\s+|together\s+with\s+)?|"
                                     r"\s+and\s+|\s*&\s*", text) if p.strip()]
        if len(parts) < 2:
            return []
        out: list[Speaker] = []
        for part in parts:
            ent = _entity(part)
            if ent is None:
                person = self._person(part, start)
                if person is None:
                    return []
                ent = person
            out.append(ent)
        return out

    def _issuer(self, noun: str, start: int) -> list[Speaker]:
        """Who issued "the statement": "a statement released on the Kremlin website",
        "the Microsoft report", "Amnesty's report", "a letter by Ambassador X"."""
        hits = [m for rx in (_issuer_pattern(noun), _author_pattern(noun),
                             _publisher_pattern(noun))
                for m in rx.finditer(self.reg.body, 0, max(0, start))]
        # the latest that names someone: "a report on Tuesday" names a day, not an author
        for found in sorted(hits, key=lambda m: m.start(), reverse=True):
            if _DATE_NAME.match(found.group(1)):
                continue
            author = re.sub(r"['’]s$", "", found.group(1))
            ent = _entity(author)
            if ent is not None:
                return [ent]
            named = self._person(author, found.start(1))
            if named is not None:
                return [named]
            if _publisher_pattern(noun) is found.re:
                return [self._body(author)]  # "Human Rights Watch published a report"
            return []
        return []

    def _qualified(self, core: str, start: int) -> Speaker | None:
        """A bare "the prosecutors", "the court": the body the article named before."""
        m = re.fullmatch(r"(?:the\s+)?([a-z][\w-]+)", core, re.IGNORECASE)
        if not m:
            return None
        for spoke in reversed(self.reg.groups_seen):  # "the ministry" that spoke before
            if re.search(rf"\b{re.escape(m.group(1))}\b", spoke.name, re.IGNORECASE):
                return spoke
        found = qualified_mention(self.reg.body, m.group(1), start)
        if found is None:
            # "the Ministry of Foreign Affairs of the Islamic Emirate ... the ministry": the
            # body named head first, its owner in an "of" phrase
            head = re.escape(m.group(1).capitalize())
            named = re.findall(rf"\b({head}(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)+)",
                               self.reg.body[:max(0, start)])
            found = named[-1] if named else None
        party = party_of_phrase(found) if found is not None else None
        if found is not None:
            ent = _entity(found)
            if ent is not None:
                return ent
        if party is None:
            # "Foreign Ministry spokesperson Wang Wenbin said ... the ministry said": the body
            # in the role of the person who spoke for it
            for p in reversed([p for p in self.reg.people if p.start <= start]):
                if p.role and p.party and re.search(rf"\b{re.escape(m.group(1))}\b", p.role,
                                                    re.IGNORECASE):
                    return Speaker(name=found or m.group(1), party=as_party(p.party), role=None)
            if found is not None and re.match(rf"(?i:{re.escape(m.group(1))})\s+(?:of|for)\s",
                                              found):
                # "the ministry" after "the Ministry of Foreign Affairs": that body by its
                # name; whose it is, the party rules decide
                return Speaker(name=found, party=None, role=None)
            return None
        return Speaker(name=found or m.group(1), party=as_party(party), role=None)

    def _body(self, text: str) -> Speaker:
        """A body or group described in words ("the Russian foreign ministry")."""
        glossed = re.fullmatch(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*,\s+(?:an?|the)\s+"
                               r"((?:[\w-]+\s+){0,2}[\w-]+)", text.strip())
        if glossed and glossed.group(2).split()[-1] in word_set("roles", "armed_group_heads") \
                | {"group", "movement"} and set(glossed.group(2).split()) & word_set(
                    "roles", "armed_group_modifiers") \
                and current().party_of(glossed.group(1), as_of()) is None:
            # "The Northern Front (TNF), an armed group": named whole, as _armed_group does
            return Speaker(name=glossed.group(1), party=as_party(glossed.group(1)), role=None)
        name = _strip_determiners(_CUT_DESCRIPTION.sub("", text)) or text
        idx = entities()
        for m in idx.pattern.finditer(name):
            ent = idx.by_alias[m.group(1)]
            if ent.kind != "state" and name.endswith(m.group(1)) and not re.search(
                    r"\b(?:to|of|at|in|for|with|from|on|by)\s+(?:the\s+)?$", name[:m.start(1)]):
                return Speaker(name=ent.name, party=as_party(ent.party),
                               role=None)  # "militant group X", not "mission to the UN"
        name = _possessive_to_demonym(name)
        generic = word_set("roles", "org_heads") | {"officials", "media"}
        if re.fullmatch(r"(?:[A-Z][\w’'-]*\s?){1,4}", name) and \
                name.split()[-1].lower() not in generic:
            # a proper name that is no country or known body ("Antiy Labs"): its own party;
            # a relative clause describes it ("X, which is a Burundian rebel group,"), it
            # does not make it a state's
            own = re.sub(r",?\s+(?:who|which|that)\s.*$", "", text)
            return Speaker(name=name, party=as_party(party_of_phrase(own) or name), role=None)
        # "the border service, which is part of Tajikistan's State Committee ...": a unit
        # of a named body speaks for that body's side
        part_of = _PART_OF.search(text)
        if part_of is not None:
            owner_party = party_of_phrase(part_of.group(1))
            if owner_party is not None:
                return Speaker(name=name, party=as_party(owner_party), role=None)
        # "the Chinese embassy in Washington": the place after "in" is not the owner, and
        # "officials, who spoke to DD News": a relative clause names no side
        text = re.sub(r",?\s+(?:who|which|that)\s.*$", "", text)
        owner = re.split(r"\s+(?:in|at|near|based\s+in)\s+", text, maxsplit=1)[0]
        party = party_of_phrase(owner) or party_of_phrase(text)
        return Speaker(name=name, party=as_party(party), role=None)
