"""Whose side a speaker speaks for, settled once per claim from the speaker's own description.

The speaker resolver proposes a party from whatever it read; :func:`settle` then decides it
by general rules, in this order, and normalises it to the knowledge base's id:

1. A title does not leak across a closing quotation mark: in ``"... Afghanistan,"
   foreign office spokeswoman Baloch said`` the country is inside the quotation, not in
   her title.
2. Officials and representatives of an owner speak for it: "the embassy's head of
   mission" for the embassy's state, "a spokesman for Amnesty" for Amnesty, "Glas's
   lawyer" and "his defence team" for their client.
3. A body in its own right keeps its own name even when a country is part of it or of its
   description: "the Ethiopian Human Rights Commission", "Finnish network company Cinia"
   (a state's organ by pattern, "the Ethiopian army", still speaks for the state).
4. "Its / their ministry" is the organ of the body just quoted (the antecedent), never of a
   country named elsewhere in the sentence.
5. A national office that names no country ("the Minister of the Interior", "the
   Presidency of the Republic", "the chancellor") is the office of the state the dispatch
   is datelined in, when that state is the story's (named again in the body).
6. Every party that goes out is the knowledge base's canonical id (an alias, a capital or
   a seat becomes its state; an entry with a dated role, such as the Taliban since 2021,
   the party of that role on the article's day) or an organisation's proper name; a
   common noun ("Survivors") is no party.

A country that appears only in the claim's content, or elsewhere in the sentence, never
gives the party: every rule here reads the speaker's name, role, the antecedent and the
dateline only.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import attrs

from factcheck.claims import Party, PartyKind, Speaker
from factcheck.extract._lexicon import as_party, lexicon
from factcheck.extract._speakers import Register, party_of_phrase, qualified_mention, title_words
from factcheck.knowledge import EntryKind, as_of, current

__all__ = ["dateline_party", "home_party", "settle"]

_QUOTE_MARKS = re.compile(r"[\"“”„]")
_DETERMINER = re.compile(r"^(?:(?:the|a|an|its|their|his|her)\s+)+", re.IGNORECASE)
# "QUITO, Ecuador (AP) —", "ISLAMABAD:", "Asmara, 27 February 2021 -", "Quito. The ..."
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .'/-]{1,40}?(?:,\s*[A-Z][\w .'-]{1,30}?)?)"
    r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?\s*"
    r"(?:\([^)]{1,30}\)\s*)?(?:[—–:-]|\.\s)")
_POSSESSOR = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<rest>[^'’]+)$")
_OWNER_AFTER = re.compile(r"\b(?:for|of|at|with)\s+(?P<owner>[^,]+)$")
_PRONOUN_OWNER = re.compile(r"^(?P<pronoun>its|their|his|her)\s+(?P<rest>.+)$", re.IGNORECASE)
_DESCRIBED_NAME = re.compile(r"^(?P<desc>.*\b[a-z][\w-]*)\s+(?P<name>[A-Z][\w.&’'-]*"
                             r"(?:\s+[A-Z][\w.&’'-]*)*)$")
_ROLE_PP = re.compile(r"\s+(?:of|for|at|in|with|to|on)\s+")
_OFFICE_WORDS = frozenset({"the", "of", "republic", "state", "national", "federal", "foreign",
                           "affairs", "interior", "defence", "defense", "justice", "health",
                           "finance", "information", "home", "office", "general", "acting",
                           "deputy", "vice", "prime", "chief"})


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("parties")[key])


def _has_word(text: str, key: str) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low) for w in _words(key))


def _head(text: str) -> str:
    """The last word of a phrase (two for "think tank"), lower case, no possessive."""
    words = re.findall(r"[\w’'-]+", text.lower())
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in _words("own_body_heads"):
        return f"{words[-2]} {words[-1]}"
    return re.sub(r"['’]s?$", "", words[-1]) if words else ""


# -- where the dispatch is from --------------------------------------------------------------


def dateline_party(dateline: str) -> str | None:
    """The state a dateline places a dispatch in ("QUITO, Ecuador (AP) —" -> EC); None when
    it names several places ("KABUL/ISLAMABAD, March 18 (Reuters) -"): then no one place is
    whose officials speak untitled."""
    place = dateline.split("(")[0]
    parts = [p.strip(" .:—–-") for p in place.split(",")[:2]]
    if not parts or re.search(r"/|\s(?:and|&)\s", parts[0]):
        return None
    kb = current()
    for part in parts:
        entry = kb.resolve(part.title()) or kb.resolve(part)
        if entry is not None and entry.kind is EntryKind.STATE:
            return entry.party_id() or entry.id
    return None


@lru_cache(maxsize=16)
def home_party(body: str) -> str | None:
    """The state a dispatch is datelined in, if the story is that state's (it is named
    again after the dateline); else None ("NAIROBI, Kenya (AP)" on an Ethiopian story)."""
    m = _DATELINE.match(body)
    if m is None:
        return None
    home = dateline_party(m.group("place"))
    if home is None:
        return None
    named = any(mention.party_id() == home for mention in current().mentions(body[m.end():]))
    return home if named else None


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


def _owner_party(owner: str, register: Register, body: str, before: int,
                 representative: bool) -> Party | None:
    """Whom an owner named in a role stands for: a body by name or by pattern ("Amnesty",
    "the Mexican embassy"), a body named earlier by its head noun ("the embassy"), or a
    person of the article (a client with no party of their own is their own side)."""
    text = _DETERMINER.sub("", owner.strip(" ,.;:")).strip()
    if not text:
        return None
    found = _kb_party(text)
    if found is not None:
        return found
    if re.fullmatch(r"[a-z][\w-]*", text):  # "the embassy": the body the article named
        named = qualified_mention(body, text, before)
        if named is not None:
            return _kb_party(named)
        return None
    mention = register.by_name(text, before=before)
    if mention is not None:
        if mention.party is not None:
            return as_party(mention.party)
        if representative and mention.person:
            return as_party(mention.name)
    return None


def _owned(speaker: Speaker, role: str | None, register: Register, body: str,
           before: int) -> Party | None:
    """Rule 2: "the embassy's head of mission", "a spokesman for Amnesty", "Glas's lawyer",
    "his defence team": the owner's party."""
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
        if possessor:
            found = _owner_party(possessor.group("owner"), register, body, before,
                                 _has_word(possessor.group("rest"), "representatives"))
            if found is not None:
                return found
        after = _OWNER_AFTER.search(text)
        if after and not re.search(r"\bto\b", text[:after.start()]):
            found = _owner_party(after.group("owner"), register, body, before,
                                 _has_word(text[:after.start()], "representatives"))
            if found is not None:
                return found
    return None


def _own_body(speaker: Speaker, role: str | None, register: Register) -> Party | None:
    """Rule 3: a body with a proper name of its own is its own side, whatever country its
    name or description mentions; a state's organ by pattern or a known entry is not."""
    kb = current()
    name = re.sub(r"^(?:[a-z][\w-]*\s+)+", "", _DETERMINER.sub("", speaker.name.strip()))
    tail = _DESCRIBED_NAME.match(name)
    if tail and role is None:  # "Swedish outlet SVT": a description, then the name
        role, name = tail.group("desc"), tail.group("name")
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
        if proper and len(name.split()) >= 2 and _head(name) in _words("own_body_heads"):
            return as_party(name)  # "Ethiopian Human Rights Commission"
        if proper and role and _head(_ROLE_PP.split(role)[0]) in _words("own_body_heads") \
                and not re.search(r"['’]s\b", role):
            return as_party(name)  # "Finnish network company Cinia"
    return None


def _antecedent(speaker: Speaker, register: Register) -> Party | None:
    """Rule 4: "its foreign ministry", "their spokesman": the body just quoted."""
    m = _PRONOUN_OWNER.match(speaker.name.strip())
    if not m or m.group("pronoun").lower() not in {"its", "their"}:
        return None
    last = register.last_group
    if len(last) == 1 and last[0].party is not None:
        return last[0].party
    return None


def _national_office(speaker: Speaker, role: str | None, home: str | None) -> Party | None:
    """Rule 5: a national office that names no country, in a dispatch from one state."""
    if home is None:
        return None
    text = role or speaker.name
    if not _has_word(text, "national_offices") or current().mentions(text):
        return None
    allowed = _OFFICE_WORDS | _words("national_offices") | {w.lower() for w in title_words()}
    words = re.findall(r"[\w-]+", _DETERMINER.sub("", text.strip()))
    if any(w[:1].isupper() and w.lower() not in allowed for w in words):
        return None  # "the Minister of Health of Tigray": another owner is named
    if role is None and len(words) > 4:
        return None
    return as_party(home)


def _canonical(party: Party | None, body: str) -> Party | None:
    """Rule 6: the knowledge base's id for a party; an alias as its entry; a common noun
    that merely opens a sentence ("Survivors") as no party."""
    if party is None:
        return None
    kb = current()
    if kb.entry(party.id) is not None:
        return kb.party(party.id, as_of())
    entry = kb.resolve(party.id)
    if entry is not None:
        return kb.party(entry.party_id(as_of()), as_of())
    if party.kind is PartyKind.ORGANISATION and " " not in party.id and \
            re.search(rf"(?<![\w-]){re.escape(party.id.lower())}(?![\w-])", body):
        return None  # written in lower case elsewhere: a common noun, not a name
    return party


def settle(speaker: Speaker, *, body: str, register: Register, before: int) -> Speaker:
    """The speaker with the party their own description gives (see the module's rules)."""
    party, role = speaker.party, speaker.role
    if role and _QUOTE_MARKS.search(role):
        role = _QUOTE_MARKS.split(role)[-1].strip(" ,;:") or None
        party = _kb_party(role) if role else None
        if party is None:
            person = current().person(speaker.name)
            party = current().party(person.party_id(as_of())) if person else None
    antecedent = _antecedent(speaker, register)
    if antecedent is not None:
        party = antecedent
    own = _own_body(speaker, role, register)
    if own is not None:
        party = own
    if party is None:
        party = _owned(speaker, role, register, body, before)
    if party is None:
        party = _national_office(speaker, role, home_party(body))
    party = _canonical(party, body)
    if party == speaker.party and role == speaker.role:
        return speaker
    return attrs.evolve(speaker, party=party, role=role)
