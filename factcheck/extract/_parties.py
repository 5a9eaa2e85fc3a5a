"""Whose side a speaker speaks for, settled once per claim from the speaker's own description.

The speaker resolver proposes a party from what it read; :func:`settle` (called from one
place, ``extract._add``) then decides it by general rules and normalises it:

1. A title ends at a closing quotation mark, bracket or dateline dash: in ``"...
   Afghanistan," foreign office spokeswoman Baloch said`` the country is inside the
   quotation, and in "MOSCOW (Xinhua) -- Russian President X" the agency is not his side.
2. "Its / their ministry" is the organ of the body just quoted (the antecedent).
3. A body with a proper name of its own keeps it even when a country is part of its name
   or description ("the Ethiopian Human Rights Commission", "Finnish network company
   Cinia"); a state's organ by pattern ("the Ethiopian army"), a state medium or a
   "National ..." body still speaks for the state.
4. With no party yet, the speaker's whole name is looked up in the knowledge base
   ("Ecuadorian authorities" -> EC, a known person -> their role's party that day).
5. Officials and representatives of an owner speak for it: "the embassy's head of
   mission", "a spokesman for Amnesty", "the commission's staff", "Glas's lawyer", "his
   defence team" (a client with no party of their own is their own side).
6. An organ that names no owner ("the Ministry of National Defense") is the organ of the
   government the article last named an organ of that kind for.
7. A national office that names no country ("the Minister of the Interior", "the
   Presidency of the Republic", "the chancellor") is the office of the state the dispatch is
   datelined in, when the story is that state's (it is named again in the body).
8. In a national outlet's article (an outlet the knowledge base gives a country, with no
   dateline or one in that country), an organ or office naming no owner ("The army
   said", "Army spokesman Maj Gen X", "acting Prime Minister X") is that country's when
   the story names it, unless the article named an organ of that kind with its owner;
   unnamed people inside an organ ("sources at the ministry") speak for the organ.
9. Every party that goes out is the knowledge base's canonical id (an alias, capital or
   seat becomes its state; an entry with a dated role, such as the Taliban since August
   2021, the party of that role on the article's day) or an organisation's proper name;
   unnamed people ("Survivors said") have no party.

A country that appears only in the claim's content, or elsewhere in the sentence, never
gives the party: these rules read the speaker's name and role, the antecedent, the
article's earlier naming of a body and the dateline only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import attrs

from factcheck.claims import Party, PartyKind, Speaker
from factcheck.extract._frames import DATELINE
from factcheck.extract._lexicon import as_party, lexicon, word_set
from factcheck.extract._speakers import (
    Register,
    local_acronyms,
    party_of_phrase,
    qualified_mention,
    role_head,
    states_named,
    title_words,
)
from factcheck.knowledge import (
    Entry,
    EntryKind,
    Knowledge,
    as_of,
    current,
    organ_words,
    per_knowledge,
    unaccented,
)

__all__ = ["dateline_party", "headline_state", "home_party", "is_organisation_name", "outlet_home",
           "settle"]

# a title ends at a closing quotation mark, a closing bracket or a dateline's dash: what
# comes before belongs to another phrase ('... Afghanistan," spokeswoman X'; "(Xinhua) --")
_QUOTE_MARKS = re.compile(r"[\"“”„)]|\s--\s|\s[—–]\s")
_DETERMINER = re.compile(r"^(?:(?:the|a|an|its|their|his|her)\s+)+", re.IGNORECASE)
# "QUITO, Ecuador (AP) —", "ISLAMABAD:", "Asmara, 27 February 2021 -", "Quito. The ..."
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .'/-]{1,40}?(?:,\s*[A-Z][\w .'-]{1,30}?)?)"
    r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?\s*"
    r"(?:\([^)]{1,30}\)\.?\s*)?(?:[—–:-]|\.\s)")  # "La Paz, June 27, 2024 (ABI).-"
_POSSESSOR = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<rest>[^'’]+)$")
_OWNER_AFTER = re.compile(r"\b(?:for|of|at|with)\s+(?P<owner>[^,]+)$")
_PRONOUN_OWNER = re.compile(r"^(?P<pronoun>its|their|his|her)\s+(?P<rest>.+)$", re.IGNORECASE)
_DESCRIBED_NAME = re.compile(r"^(?P<desc>(?:.*\s)?[a-z][\w-]*)\s+(?P<name>[A-Z][\w.&’'-]*"
                             r"(?:\s+[A-Z][\w.&’'-]*)*)$")
# two or three capitalized words that may be a person's name ("John Smith"): no body's name
_NAME_LIKE = re.compile(r"[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+){1,2}")
_ROLE_PP = re.compile(r"\s+(?:of|for|at|in|with|to|on)\s+")
_OFFICE_WORDS = frozenset({"the", "of", "republic", "state", "national", "federal", "foreign",
                           "affairs", "interior", "defence", "defense", "justice", "health",
                           "finance", "information", "home", "office", "general", "acting",
                           "deputy", "vice", "prime", "chief",
                           # the portfolios a government's ministries and offices are named by
                           "energy", "water", "education", "agriculture", "trade", "economy",
                           "transport", "environment", "labour", "labor", "culture", "planning",
                           "petroleum", "mines", "fisheries", "tourism", "youth", "sports",
                           "immigration", "treasury", "irrigation", "resources", "development",
                           "communications", "media", "operations", "public", "security",
                           "anticorruption", "anti-corruption", "staff", "headquarters",
                           "services", "service", "internal", "external", "relations"})


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("parties")[key])


@cache
def _word_pattern(key: str) -> re.Pattern[str]:
    """Any word of a list, whole (one pattern: a search per word was a hotspot)."""
    words = sorted(_words(key), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])"
                      if words else "(?!)")


def _has_word(text: str, key: str) -> bool:
    return _word_pattern(key).search(text.lower()) is not None


@cache
def _state_office_pattern() -> re.Pattern[str]:
    words = sorted(_words("national_offices") - _words("representatives"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


def _names_state_office(text: str) -> bool:
    """Whether a description names a state's office itself ("the Ministry of Water", "police
    chief", "chief of defence staff"), not only someone who speaks for one ("spokesman")."""
    return _state_office_pattern().search(text.lower()) is not None


def _head(text: str) -> str:
    """The last word of a phrase (two for "think tank"), lower case, no possessive."""
    words = re.findall(r"[\w’'-]+", text.lower())
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in _words("own_body_heads"):
        return f"{words[-2]} {words[-1]}"
    return re.sub(r"['’]s?$", "", words[-1]) if words else ""


# -- where the dispatch is from --------------------------------------------------------------


def dateline_party(dateline: str) -> str | None:
    """The state a dateline places a dispatch in ("QUITO, Ecuador (AP) —" -> EC,
    "BAGHDAD/ERBIL" -> IQ); None when it names places in several states ("KABUL/ISLAMABAD,
    March 18 (Reuters) -"): then no one place is whose officials speak untitled."""
    # the city only: a capital stands for its state, a regional hub ("DUBAI, United Arab
    # Emirates", where correspondents file from) does not
    place = dateline.split("(")[0].split(",")[0].strip(" .:—–-")
    if not place:
        return None
    if re.search(r"\s(?:and|&)\s", place):
        return None
    places = [p.strip() for p in place.split("/") if p.strip()]
    if len(places) > 1:
        if not all(p.isupper() and len(p.split()) <= 3 for p in places):
            return None  # a dateline's places are in capitals ("BAGHDAD/ERBIL")
        # "BAGHDAD/ERBIL": the places the knowledge base knows all in one state are that
        # state; "KABUL/ISLAMABAD" is two states: no one place is whose officials speak
        found = {_place_state(p) for p in places} - {None}
        return found.pop() if len(found) == 1 else None
    return _place_state(place)


def _place_state(place: str) -> str | None:
    """The state a dateline's one place stands for (its name or capital), if any."""
    kb = current()
    entry = kb.resolve(place.title()) or kb.resolve(place) or _unaccented(kb).get(_fold(place))
    if entry is not None and entry.kind is EntryKind.STATE:
        return entry.party_id() or entry.id
    return None


def _fold(text: str) -> str:
    """Lower case without accents: datelines drop them ("BOGOTA" for Bogotá)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


@lru_cache(maxsize=4)
def _unaccented(kb: Knowledge) -> dict[str, Entry]:
    """States by their names and capitals folded (see :func:`_fold`)."""
    out: dict[str, Entry] = {}
    for entry in kb.entries:
        if entry.kind is EntryKind.STATE:
            for name in (entry.name, *entry.names, *([entry.capital] if entry.capital else [])):
                out.setdefault(_fold(name), entry)
    return out


def home_party(body: str) -> str | None:
    """The state a dispatch is datelined in, if the story is that state's (it is named
    again after the dateline); else None ("NAIROBI, Kenya (AP)" on an Ethiopian story)."""
    return _home_party(body, current())


@lru_cache(maxsize=16)
def _home_party(body: str, kb: Knowledge) -> str | None:
    m = _DATELINE.match(body)
    if m is None:
        return None
    home = dateline_party(m.group("place"))
    if home is None:
        return None
    named = any(mention.party_id() == home for mention in kb.mentions(body[m.end():]))
    return home if named else None


def outlet_home(outlet: str | None, body: str) -> str | None:
    """The country of a national outlet ("Bangkok Post" -> TH) for a story of that country
    (it is named in the body) filed at home (no dateline, or one in that country); None
    for a dispatch from abroad or an outlet the knowledge base does not place."""
    if not outlet:
        return None
    return _outlet_home(outlet, body, current())


@lru_cache(maxsize=16)
def _outlet_home(outlet: str, body: str, kb: Knowledge) -> str | None:
    name = outlet.split("(")[0].strip()  # "France 24 (AFP)": the outlet, not its source
    entry = kb.resolve(name) if name else None
    country = entry.country if entry is not None and entry.kind is EntryKind.MEDIA else None
    if country is None:
        # "The Point (Banjul)", "Daily Nation (Nairobi)": a paper the knowledge base does not
        # know, placed by the town it is published in (a capital stands for its state)
        based = re.fullmatch(r"[^()]+\((?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\)\s*",
                             outlet)
        place = dateline_party(based.group("place")) if based else None
        country = place if place and re.fullmatch(r"[A-Z]{2}", place) else None
    if country is None:
        return None
    wire = DATELINE.match(body)
    loose = None if wire else _DATELINE.match(body)
    place = dateline_party(wire.group(0)) if wire else \
        dateline_party(loose.group("place")) if loose else None
    if (wire is not None or place is not None) and place != country:
        return None  # filed from abroad: the dateline, not the paper, says whose story it is
    named = any(m.party_id() == country for m in kb.mentions(body))
    return country if named else None


def headline_state(title: str | None, body: str) -> str | None:
    """The state a headline opens with as its subject ("Ruritania says ...", "Ruritanian
    prosecutors say ...", "Tehran condemns ..."), if the body names it too; else None."""
    if not title:
        return None
    return _headline_state(title, body, current())


@lru_cache(maxsize=16)
def _headline_state(title: str, body: str, kb: Knowledge) -> str | None:
    first = next(iter(kb.mentions(title)), None)
    state = first.party_id() if first is not None else None
    if first is None or state is None or not re.fullmatch(r"[A-Z]{2}", state):
        return None
    # the subject: the name opens the headline, or follows only a title's words
    opening = re.findall(r"[\w’'-]+", title[:first.start])
    if any(w.lower() not in _office_words() for w in opening):
        return None
    named = any(m.party_id() == state for m in kb.mentions(body))
    return state if named else None


def _unowned_office(speaker: Speaker, role: str | None) -> bool:
    """ "The army", "Army spokesman Maj Gen X", "acting Prime Minister X": an organ or a
    national office that names no owner (no state, body or person of the knowledge base)."""
    name = _DETERMINER.sub("", speaker.name.strip())
    text = " ".join(t for t in (role, name) if t)
    if not text or current().mentions(text) or re.search(r"['’]s?\s", text) \
            or current().person(speaker.name) is not None:
        return False
    if role is None:
        return _is_organ(name) or name.lower() in _GOVERNMENT_HEADS
    words = [w.lower().strip(".") for w in role.split()]
    titles = _office_words() | _organ_heads() | _GOVERNMENT_HEADS
    return all(w in titles for w in words) and (
        _has_word(role, "national_offices") or bool(set(words) & _organ_heads()))


def _organ_named_before(speaker: Speaker, role: str | None, body: str,
                        before: int) -> Party | None:
    """The owner of the last organ of the speaker's kind ("army", "ministry") the article
    named with its owner before ``before`` ("Ruritania's defence ministry ... the ministry")."""
    words = re.findall(r"[\w-]+", " ".join(t for t in (role, speaker.name) if t).lower())
    for word in words:
        if word in _organ_heads():
            found = _named_organ(attrs.evolve(speaker, name=word, role=None), body, before)
            if found is not None:
                return found
    return None


# -- the rules ------------------------------------------------------------------------------


def _kb_party(phrase: str) -> Party | None:
    """The party a whole phrase names, by the knowledge base or by pattern."""
    text = _DETERMINER.sub("", phrase.strip(" ,.;:")).strip()
    if not text:
        return None
    found = current().party_of(text, as_of())
    if found is not None:
        return found
    return as_party(party_of_phrase(text))


def _person_party(phrase: str) -> Party | None:
    """The side of a person the knowledge base knows, named with or without a title
    ("President Vladimir Putin")."""
    words = _DETERMINER.sub("", phrase.strip(" ,.;:")).split()
    for k in range(min(3, len(words))):
        person = current().person(" ".join(words[k:]))
        if person is not None:
            return current().party(person.party_id(as_of()))
    return None


def _owner_party(owner: str, register: Register, body: str, before: int,
                 representative: bool) -> Party | None:
    """Whom an owner named in a role stands for: a body by name or by pattern ("Amnesty",
    "the Mexican embassy"), a body named earlier by its head noun ("the embassy"), or a
    person of the article (a client with no party of their own is their own side)."""
    text = _DETERMINER.sub("", owner.strip(" ,.;:")).strip()
    if not text:
        return None
    if re.search(r"['’]s?\s", text):
        # "Trump's campaign": a body of its own ("Trump campaign"), not its owner's government
        return _person_body(text, register)
    if _is_own_body_name(text):
        return as_party(text)  # "chief software architect at Antiy Labs"
    words = text.split()
    while len(words) > 1 and words[0].strip(".") in title_words():
        words.pop(0)  # "President Daniel Noboa": the person
    text = " ".join(words)
    found = _kb_party(text)
    if found is not None:
        return found
    if re.fullmatch(r"[a-z][\w-]*", text):  # "the embassy": the body the article named
        named = qualified_mention(body, text, before)
        if named is not None:
            named = _DETERMINER.sub("", named)
            possessor = re.match(r"(.+?)['’]s\s", named)
            known = _kb_party(possessor.group(1)) if possessor else None
            if known is not None:
                return known  # "the lab" of "Amnesty International's Security Lab": Amnesty
            return as_party(named) if _is_own_body_name(named) else _kb_party(named)
        return None
    mention = register.by_name(text, before=before)
    if mention is not None:
        if mention.party is not None:
            return as_party(mention.party)
        if representative and mention.person:
            return as_party(mention.name)
        return None
    if representative and is_organisation_name(text) and not _NAME_LIKE.fullmatch(text):
        # "the spokesperson of RED-Tabara": a named body the knowledge base does not know
        return as_party(text)
    return None


def _person_body(text: str, register: Register) -> Party | None:
    """ "Trump's campaign", "the Biden campaign": a person's campaign is a side of its own,
    named by the person's surname ("Trump campaign"); None for anything else."""
    token = r"[A-Z][\w.-]*(?:['’][A-Z][\w.-]*)?"  # "O'Brien", never "Trump's"
    m = re.fullmatch(rf"(?:the\s+)?(?P<who>{token}(?:\s+{token}){{0,3}}?)(?:['’]s)?\s+"
                     r"(?P<head>[a-z][\w\s-]*)", text.strip())
    if m is None or m.group("head").lower() not in _words("person_bodies"):
        return None
    who = m.group("who")
    known = current().person(who) or current().person(unaccented(who))
    mention = register.by_name(who)
    if known is None and (mention is None or not mention.person):
        return None
    name = known.name if known is not None else mention.name if mention else who
    return as_party(f"{name.split()[-1]} {m.group('head').split()[-1]}")


def _person_body_named_before(name: str, register: Register, body: str,
                              before: int) -> Party | None:
    """ "The campaign said" after "Trump's campaign": the person's body named last."""
    head = _DETERMINER.sub("", name.strip()).lower()
    if head not in _words("person_bodies"):
        return None
    token = r"[A-Z][\w.-]*(?:['’][A-Z][\w.-]*)?"
    found = None
    for m in re.finditer(rf"({token}(?:\s+{token}){{0,3}}(?:['’]s)?\s+{re.escape(head)})\b",
                         body[:max(0, before)]):
        found = _person_body(m.group(1), register) or found
    return found


def _owned(speaker: Speaker, role: str | None, register: Register, body: str,
           before: int, strict: bool) -> Party | None:
    """Rule 2: "the embassy's head of mission", "a spokesman for Amnesty", "Glas's lawyer",
    "his defence team": the owner's party. ``strict`` (a party is already proposed): "X of
    Y" counts only when X is a role ("spokesman for Y"), not a body ("Institute for Y")."""
    for text in (role, speaker.name):
        if not text:
            continue
        text = text.strip(" ,")
        pronoun = _PRONOUN_OWNER.match(text)
        if pronoun:
            if pronoun.group("pronoun").lower() in {"his", "her"} and \
                    register.last_person is not None and _has_word(pronoun.group("rest"),
                                                                   "representatives"):
                boss = register.last_person
                if boss.party is not None:
                    return as_party(boss.party)
                return as_party(boss.name) if boss.person else None
            continue
        possessor = _POSSESSOR.match(text)
        if possessor and _has_word(possessor.group("rest"), "representatives"):
            # "press secretary in Prime Minister X's office": the office is the owner's
            inner = _ROLE_PP.split(possessor.group("owner"))[-1]
            found = _owner_party(inner, register, body, before, True) \
                if inner != possessor.group("owner") else None
            if found is not None:
                return found
        if possessor and not _ROLE_PP.search(possessor.group("owner")) and (
                _has_word(possessor.group("rest"), "representatives") or _is_organ(
                    possessor.group("rest"))
                or role_head(possessor.group("rest")) in word_set("roles", "role_heads")):
            found = _owner_party(possessor.group("owner"), register, body, before,
                                 _has_word(possessor.group("rest"), "representatives"))
            if found is not None:
                return found
        after = _OWNER_AFTER.search(text)
        lead = text[:after.start()] if after else ""
        if after and not re.search(r"\bto\b", lead) and (
                not strict or _has_word(lead, "representatives")
                or role_head(lead) in word_set("roles", "role_heads")):
            found = _owner_party(after.group("owner"), register, body, before,
                                 _has_word(text[:after.start()], "representatives"))
            if found is not None:
                return found
    return None


@cache
def _organ_heads() -> frozenset[str]:
    """Head nouns of one organ ("ministry", "army"): not plural crowds ("officials") nor
    words that name no one body ("intelligence", "media", "envoy")."""
    heads = {w.split()[-1].lower() for w in organ_words() if " of " not in w}
    return frozenset(h for h in heads if not h.endswith("s")) - {
        "intelligence", "media", "envoy", "leadership", "regime", "junta", "counterintelligence",
        "general", "prosecutor-general", "security"}


def _is_organ(phrase: str) -> bool:
    """Whether a phrase is headed by a state organ's word ("government", "ministry")."""
    return _head(_ROLE_PP.split(phrase.strip())[0]) in _organ_heads()


def _named_organ(speaker: Speaker, body: str, before: int) -> Party | None:
    """ "the ministry", "the Ministry of National Defense": an organ that names no owner is
    the organ of the government whose organ of that kind the article last named with its
    owner ("the Ministry of Foreign Affairs of the Islamic Emirate", "Pakistan's ministry")."""
    name = _DETERMINER.sub("", speaker.name.strip())
    head = _head(_ROLE_PP.split(name)[0]) if name else ""
    if not head or head not in _organ_heads() or current().mentions(name):
        return None
    # "the Office of the Government Spokesperson": failing an office named before, the
    # organ named inside it (the government the article named)
    inner = [w.lower() for w in re.findall(r"[\w-]+", name)[1:] if w.lower() in _organ_heads()]
    for word in [head, *inner]:
        found: Party | None = None
        for m in _organ_of_pattern(word).finditer(body, 0, max(0, before)):
            mentions = current().mentions(m.group(0))
            if mentions:
                found = current().party(mentions[-1].party_id(as_of()), as_of()) or found
        if found is not None:
            return found
    return None


# the heads of a state's government as a whole: untitled, they are the story's state's
_GOVERNMENT_HEADS = frozenset({"government", "junta", "regime", "authorities", "administration",
                               "presidency", "cabinet", "army", "military", "police"})


def _government_of_story(speaker: Speaker, role: str | None, body: str,
                         before: int) -> Party | None:
    """ "The military government", "the junta", "government spokesman X": a government
    that names no state is the government of the state the story is about, the state the
    article has named most so far, when one clearly leads (half again the next)."""
    text = " ".join(t for t in (role, speaker.name) if t)
    words = {w.lower() for w in re.findall(r"[\w-]+", text)}
    if not words & _GOVERNMENT_HEADS or current().mentions(text):
        return None
    return as_party(_story_state(body, before))


def _story_state(body: str, before: int, lead: float = 1.5) -> str | None:
    """The state the story is about: the only state the article has named before
    ``before`` (its dateline, a correspondent's base, aside), or the one named at least
    twice and ``lead`` times as often as the next; else None."""
    dateline = DATELINE.match(body)
    ranked = states_named(body, before, dateline.end() if dateline else 0)
    if not ranked or (len(ranked) > 1 and (ranked[0][1] < 2
                                           or ranked[0][1] < lead * ranked[1][1])):
        return None
    return ranked[0][0]


@cache
def _organ_of_pattern(head: str) -> re.Pattern[str]:
    """A named organ with its owner: "Afghan ministry", "Ministry of X of the Y"."""
    cap = r"[A-Z][\w’'.-]*"
    return re.compile(
        rf"(?:{cap}(?:['’]s)?\s+)?(?i:{re.escape(head)})\b"
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?{cap}(?:\s+{cap})*)*")


def _organ_of_last_state(speaker: Speaker, register: Register) -> Party | None:
    """ "Caracas said ... The foreign ministry said": an organ that names no owner, right
    after one state spoke, is that state's."""
    name = _DETERMINER.sub("", speaker.name.strip())
    if not name or not _is_organ(name) or current().mentions(name) or speaker.role:
        return None
    last = register.last_group or register.last_speakers
    if len(last) == 1 and last[0].party is not None and last[0].party.kind is PartyKind.STATE:
        return last[0].party
    return None


def _is_own_body_name(name: str) -> bool:
    """A proper name headed by a body's noun: "Antiy Labs", "University of Pennsylvania",
    "World Sikh Organization of Canada" (not a state's organ by pattern)."""
    proper = re.fullmatch(r"[A-Z][\w.&’'-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w.&’'-]*))+", name)
    return bool(proper) and current().organ(name) is None and \
        _head(_ROLE_PP.split(name)[0]) in _words("own_body_heads")


def _own_body(speaker: Speaker, role: str | None, register: Register) -> Party | None:
    """Rule 3: a body with a proper name of its own is its own side, whatever country its
    name or description mentions; a state's organ by pattern or a known entry is not."""
    kb = current()
    name = re.sub(r"^(?:[a-z][\w-]*\s+)+", "", _DETERMINER.sub("", speaker.name.strip()))
    if re.search(r"['’]s?\s", name) or re.search(r"\b(?:national|state|federal|government)\b",
                                               f"{role or ''} {name}", re.IGNORECASE):
        return None  # "Amnesty's Security Lab": its owner's (rule 2); "National ...": a state's
    tail = _DESCRIBED_NAME.match(name)
    if tail and role is None and _head(tail.group("desc")) in _words("own_body_heads"):
        role, name = tail.group("desc"), tail.group("name")  # "Swedish outlet SVT"
    mention = register.by_name(name)
    if mention is not None and mention.person:
        return None  # a person is no body, whatever their role's words
    described = f"{role} {name}" if role else speaker.name
    if role and re.search(r"\bstate\b|state-", role, re.IGNORECASE):
        return None  # "state broadcaster X", "state-run firm Y": the state's
    if name and kb.organ(name) is None and kb.organ(described) is None:
        known = kb.resolve(name)
        proper = re.fullmatch(r"[A-Z][\w.&’'-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w.&’'-]*))*",
                              name)
        if known is not None:
            if known.kind in (EntryKind.ORGANISATION, EntryKind.MEDIA, EntryKind.BODY):
                return kb.party(known.party_id(as_of()))
            return None
        if _is_own_body_name(name):
            return as_party(name)  # "Ethiopian Human Rights Commission"
        if proper and role and _head(_ROLE_PP.split(role)[0]) in _words("own_body_heads") \
                and not re.search(r"['’]s\b", role):
            return as_party(name)  # "Finnish network company Cinia"
    return None


# "former ...", also after the state it served: "Bolivia's former interior minister"
_FORMER = re.compile(r"(?i)(?:[\w.’'-]+(?:\s+[\w.’'-]+)?(?:’s|'s)\s+)?(?:the\s+|a\s+)?"
                     r"(?:former|ex-|one-time|onetime)\b")


def _former(speaker: Speaker, role: str, register: Register, body: str,
            before: int) -> Party | None:
    """The side of a former official: a role the knowledge base has them hold that day,
    else a body the role names after "of/for" that is no state ("former president,
    leader of X"), else the person's own. The text saying "former" outweighs the
    knowledge base's default of a past role's side."""
    known = current().person(speaker.name)
    day = as_of()
    held = [r for r in known.roles if day is not None and r.holds_on(day) and r.party] \
        if known else []
    if held:
        return current().party(held[-1].party, as_of())
    after = _OWNER_AFTER.search(role)
    if after is not None:
        owner = _owner_party(after.group("owner"), register, body, before, False)
        if owner is not None and owner.kind is not PartyKind.STATE:
            return owner
    if known is not None:  # a known person out of office speaks for themselves
        return Party(id=known.name, kind=PartyKind.ORGANISATION, name=known.name)
    mention = register.by_name(speaker.name)
    return as_party(speaker.name) if mention is not None and mention.person else None


def _antecedent(speaker: Speaker, role: str | None, register: Register, body: str,
                before: int) -> Party | None:
    """Rule 4: "its foreign ministry", "their spokesman": the body just quoted; failing
    one, the state last named by name ("Eritrea has not commented. Its information
    minister, X, ...")."""
    m = _PRONOUN_OWNER.match(speaker.name.strip()) or _PRONOUN_OWNER.match((role or "").strip())
    if not m or m.group("pronoun").lower() not in {"its", "their"}:
        return None
    last = register.last_group
    if len(last) == 1 and last[0].party is not None:
        return last[0].party
    if m.string == speaker.name.strip():
        return None  # the speaker's own name: the rule above, or the resolver's
    kb = current()
    for mention in reversed(kb.mentions(body[max(0, before - 400):before])):
        if mention.form in ("name", "capital"):
            party = kb.party(mention.party_id(as_of()))
            return party if party is not None and party.kind is PartyKind.STATE else None
    return None


def _national_office(speaker: Speaker, role: str | None, home: str | None) -> Party | None:
    """Rule 5: a national office that names no country, in a dispatch from one state."""
    if home is None:
        return None
    text = role or speaker.name
    if not _has_word(text, "national_offices") or current().mentions(text):
        return None
    allowed = _office_words()
    # "the public prosecutor in Ouahigouya": a town the knowledge base does not know is a
    # place in that state, not another owner
    text = re.sub(r"\s+(?:in|at|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*$", "", text)
    words = re.findall(r"[\w-]+", _DETERMINER.sub("", text.strip()))
    if any(w[:1].isupper() and w.lower() not in allowed for w in words):
        return None  # "the Minister of Health of Tigray": another owner is named
    if role is None and len(words) > 4:
        return None
    return as_party(home)


@per_knowledge
def _office_words() -> frozenset[str]:
    """The words of a national office that names no country (sets built once: hot path)."""
    return frozenset(_OFFICE_WORDS | {w for phrase in _words("national_offices")
                                      for w in phrase.split()}
                     | {w.lower() for w in title_words()})


@per_knowledge
def _office_titles() -> frozenset[str]:
    """Words that make a name an office, not a body ("Government Spokesperson")."""
    return frozenset({w.lower().strip(".") for w in title_words()} | _OFFICE_WORDS
                     | {"government"})


@cache
def _name_heads() -> frozenset[str]:
    return _words("own_body_heads") | word_set("roles", "org_heads")


@cache
def _generic() -> frozenset[str]:
    """Words for no one named ("survivors", "reports")."""
    return _words("unnamed_people") | word_set("roles", "collective_nouns") | word_set(
        "roles", "group_heads")


# a word that joins the words of an organisation's proper name ("University of Pennsylvania")
_NAME_JOINERS = frozenset({"of", "for", "and", "on", "the", "in", "de", "du", "des", "la",
                           "le", "el", "al", "van", "von", "&"})
# a person's title or honorific opening a name: "President Ali" is a person, not a body
_PERSON_TITLES = frozenset({"president", "minister", "premier", "chancellor", "king", "queen",
                            "prince", "princess", "emir", "sheikh", "mr", "mrs", "ms", "dr",
                            "captain", "capt", "colonel", "col", "general", "gen", "brigadier",
                            "brig", "major", "maj", "admiral", "adm", "lieutenant", "lt",
                            "senator", "sen", "governor", "gov", "mayor", "judge", "secretary",
                            "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
                            "commander", "marshal", "sergeant", "sgt", "professor", "prof"})


def is_organisation_name(name: str) -> bool:
    """Whether a party id the knowledge base does not know can be an organisation's proper
    name ("Georgetown University", "ExxonMobil", "60 Minutes", "Trump campaign"), not a
    piece of the text: a title alone or with a surname ("Government Spokesperson", "President
    Ali"), a compound modifier ("New York-based"), a possessive ("country's"), a lower-case
    word or a word that opens a sentence ("No", "Culture" in a list of portfolios)."""
    text = name.strip()
    tokens = text.split()
    if not tokens or len(tokens) > 10 or not (tokens[0][:1].isupper() or tokens[0][:1].isdigit()):
        return False
    if re.search(r"['’]s?$", text) or re.search(r"[A-Za-z]-[a-z]+(?:\s|$)", text):
        return False  # "country's", "New York-based": a modifier, not a name
    heads = _name_heads()
    for i, token in enumerate(tokens):
        low = token.lower().strip(".,")
        if token[:1].isupper() or token[:1].isdigit() or low in _NAME_JOINERS:
            continue
        if i == len(tokens) - 1 and low in heads:
            continue  # "Trump campaign": a named body with a common head noun
        return False
    words = [t.lower().strip(".,") for t in tokens]
    titles = _office_titles()
    if all(w in titles or w in _NAME_JOINERS for w in words):
        return False  # "Government Spokesperson", "Minister": an office, not a body
    if words[0] in _PERSON_TITLES and len(words) <= 4 and words[-1] not in heads:
        return False  # "President Ali", "Captain Ibrahim Traore": a titled person
    generic = _generic()
    return not (len(words) == 1 and words[0] in generic)  # "Survivors", "Reports"


def _canonical(party: Party | None, body: str) -> Party | None:
    """Rule 6: the knowledge base's id for a party; an alias as its entry; a common noun
    that merely opens a sentence ("Survivors") or a piece of the text that is no
    organisation's name (:func:`is_organisation_name`) as no party."""
    if party is None:
        return None
    kb = current()
    if kb.entry(party.id) is not None:
        return kb.party(party.id, as_of())
    entry = kb.resolve(party.id)
    if entry is not None:
        return kb.party(entry.party_id(as_of()), as_of())
    if not is_organisation_name(party.id):
        return None
    if party.id.lower() in _generic():
        return None  # "Survivors said", "Reports say": no one named, no side of their own
    if party.kind is PartyKind.ORGANISATION and " " not in party.id and \
            re.search(rf"(?<![\w-]){re.escape(party.id.lower())}(?![\w-])", body):
        return None  # written in lower case elsewhere: a common noun, not a name
    return party


def settle(speaker: Speaker, *, body: str, register: Register, before: int,
           outlet: str | None = None, title: str | None = None) -> Speaker:
    """The speaker with the party their own description gives (see the module's rules);
    ``outlet`` is the article's, whose country a story with no dateline is from, and
    ``title`` its headline, whose first state is whose story it is when nothing else says."""
    party, role = speaker.party, speaker.role
    if role and re.match(r"(?:in|at|on|during|via|through)\s", role):
        # "X, in a letter to the president of the council,": how X spoke, not who X is
        role = None
        person = current().person(speaker.name)
        party = current().party(person.party_id(as_of())) if person else None
    if role:  # "(GDF)" after a body's name is its acronym, not a closing bracket
        role = re.sub(r"\s*\([A-Z][\w.&-]{1,12}\)", "", role) or None
    if role and _QUOTE_MARKS.search(role):
        role = _QUOTE_MARKS.split(role)[-1].strip(" ,;:") or None
        party = _kb_party(role) if role else None
        if party is None:
            person = current().person(speaker.name)
            party = current().party(person.party_id(as_of())) if person else None
    said = re.match(r".*\b(?:said|says|told|added)\s+(?P<rest>.+)$", role) if role else None
    if said is not None:
        # "the territory of Ruritania, said Major General X": the clause before the verb is
        # the content, not X's role; the title after it is
        role = said.group("rest").strip(" ,;:") or None
        party = _kb_party(role) if role else None
        if party is None:
            person = current().person(speaker.name)
            party = current().party(person.party_id(as_of())) if person else None
    now = re.match(r"(?P<now>.+?),?\s+and\s+(?:a\s+|the\s+)?(?:former|ex-|one-time)\s", role) \
        if role else None
    if now is not None:
        # "a close aide to the president and former head of the Security Council": the
        # office held now says whose side; a former one does not
        held = re.sub(r"^(?:[\w-]+\s+){0,2}?(?:aide|adviser|advisor|assistant|envoy)\s+to\s+",
                      "", now.group("now"))
        current_party = _kb_party(held) or _person_party(held)
        if current_party is not None:
            party = current_party
    if role and _FORMER.match(role):
        # "Former Bolivian President Evo Morales": a former official no longer speaks for
        # that government; his side that day, a body his role names, or his own
        return attrs.evolve(speaker, party=_former(speaker, role, register, body, before),
                            role=role)
    antecedent = _antecedent(speaker, role, register, body, before)
    if antecedent is not None:
        party = antecedent
    home_state = outlet_home(outlet, body)
    if home_state is not None and antecedent is None and _unowned_office(speaker, role) \
            and _organ_named_before(speaker, role, body, before) is None:
        # "The army on Sunday rejected Ruritania's claims", "acting Prime Minister X" in a
        # national paper's story from home: that state's army and office, not a state the
        # sentence or the previous speaker names; an organ of that kind the article named
        # with its owner wins
        party = as_party(home_state)
    home = _national_office(speaker, None, home_party(body)) if re.fullmatch(
        r"(?:the\s+)?(?:National\s+\w+|(?:Government|Presidency)(?:\s+of\s+the\s+Republic)?)",
        speaker.name.strip(), re.IGNORECASE) else None
    if home is not None:
        # "QUITO. The National Government defended ... the Mexican Embassy ...": an office
        # that names no country is the dispatch's state's, whatever else the sentence names
        party = home
    own = _own_body(speaker, role, register) or _person_body(speaker.name, register) \
        or _person_body_named_before(speaker.name, register, body, before)
    if own is not None:
        party = own
    if party is None:  # the speaker's whole name, by the knowledge base
        party = current().party_of(speaker.name, as_of())
    owned = _owned(speaker, role, register, body, before, strict=party is not None)
    if owned is not None and (party is None or owned.kind is not PartyKind.STATE):
        party = owned  # "the commission's staff": the commission, not its country
    if party is not None and party.id in local_acronyms(body):
        # "Armed Forces of the Philippines (AFP) chief": the article's AFP, not the agency
        local = _kb_party(local_acronyms(body)[party.id])
        if local is not None and local.id != party.id:
            party = local
    # a proposed party that is a piece of the text ("Government Spokesperson") is no party:
    # the rules below may still find whose office it is
    party = _canonical(party, body)
    if party is None:
        party = _named_organ(speaker, body, before)
    if party is None:
        party = _organ_of_last_state(speaker, register)
    if party is None and role and _DETERMINER.sub("", role.strip()).lower() in _words("un_ranks"):
        party = current().party("UN")  # "Assistant Secretary-General X": a UN rank
    if party is None:
        party = _national_office(speaker, role, home_party(body))
    if party is None and not _has_word(role or speaker.name, "representatives"):
        # a national office in a story about one state, wherever it is filed from ("the
        # public prosecutor in Ouahigouya"); not a bare "spokesperson": whose, it does not say
        party = _national_office(speaker, role, _story_state(body, before, lead=2.0))
    if party is None:
        party = _government_of_story(speaker, role, body, before)
    if party is None and _names_state_office(role or speaker.name):
        # "Information Minister X", "the spokesman for the Ministry of Water, Y" in a story
        # that says whose it is only by its headline ("Ruritania says it never ...") or by
        # where it is published (the headline first: a state's broadcaster abroad covers
        # other states' stories)
        party = _national_office(speaker, role,
                                 headline_state(title, body) or outlet_home(outlet, body))
    inside = _PEOPLE_INSIDE.match(speaker.name.strip())
    if party is None and inside is not None and role is None:
        # "Sources at the Ministry of Defence": unnamed people of an organ speak for it
        party = settle(Speaker(name=inside.group("organ"), party=None, role=None), body=body,
                       register=register, before=before, outlet=outlet).party
    party = _canonical(party, body)
    if party is None and role is None:
        party = _body_of_named_owner(speaker.name, body)
    name = _qualified_organ(speaker.name, party)
    if party == speaker.party and role == speaker.role and name == speaker.name:
        return speaker
    return attrs.evolve(speaker, name=name, party=party, role=role)


def _body_of_named_owner(name: str, body: str) -> Party | None:
    """ "the Truth Team of the Governing Council ... the Truth Team said": a body the article
    named as part of a known body or state is that owner's (its first such naming)."""
    text = _DETERMINER.sub("", name.strip())
    if not re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}", text) \
            or current().person(text) is not None:
        return None
    m = re.search(rf"(?<![\w-]){re.escape(text)}\s+(?:of|for)\s+(?P<owner>(?:the\s+)?"
                  r"[A-Z][\w'’-]*(?:\s+(?:of|for|and|[A-Z][\w'’-]*))*)", body)
    if m is None:
        return None
    owner = re.sub(r"\s+(?:of|for|and)$", "", m.group("owner"))
    return _kb_party(owner)


# unnamed people of an organ: "sources at the ministry", "officials in the presidency"
_PEOPLE_INSIDE = re.compile(r"(?i:(?:senior\s+|military\s+|security\s+)?(?:sources?|officials?|"
                            r"aides?|people)\s+(?:at|in|of|from|within|close\s+to)\s+)"
                            r"(?P<organ>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|"
                            r"[A-Z][\w’'-]*))*)$")


def _qualified_organ(name: str, party: Party | None) -> str:
    """ "Ministry of Foreign Affairs" settled as Algeria's is the "Algerian Ministry of
    Foreign Affairs": an organ's proper name that names no owner takes its state's demonym,
    so that two states' ministries are never one speaker."""
    if party is None or party.kind is not PartyKind.STATE or not re.fullmatch(
            r"(?:the\s+)?(?:Ministry|Department|Office)\s+of\s+[A-Z][\w\s,&'’-]*", name.strip()):
        return name
    entry = current().entry(party.id)
    if entry is None or not entry.demonyms or current().mentions(name):
        return name
    return f"{entry.demonyms[0]} {_DETERMINER.sub('', name.strip())}"
