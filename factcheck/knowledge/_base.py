"""The knowledge base: every entry indexed by the names that stand for it.

One :class:`Knowledge` value holds the shipped data files (``data/*.jsonl``)
and any user files after them; it is immutable, so ``extend`` returns a new
one. Lookups are exact on the names as written (and case-insensitive for
longer names), longest first, so "North Korea" never reads as "Korea".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from functools import cache, cached_property, wraps
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import attrs

from factcheck.claims import Party, PartyKind
from factcheck.knowledge._records import Entry, EntryKind, entry_from_row, merge, read_rows

__all__ = ["DATA_FILES", "Form", "Knowledge", "Mention", "alternation", "as_of", "current",
           "dotted_initialisms", "on_day", "organ_words", "per_knowledge", "unaccented"]

T = TypeVar("T")

# Shipped files, in load order: later rows extend or override earlier ones.
DATA_FILES = ("states.jsonl", "world.jsonl", "people.jsonl", "leaders.jsonl")

Form = str  # how a name stands for its entry: see Mention.form


@attrs.frozen(kw_only=True)
class Mention:
    """A name found in a text, and the entry it stands for.

    ``form`` says how it stands for it: ``name`` (a name or alias), ``capital``,
    ``seat`` (a seat of power), ``demonym`` ("Russian"), ``national`` ("the
    Russians"), ``person`` (a person's name or alias) or ``organ`` (a state's
    ministry, army, service, parliament or state media by pattern: "Kenya's
    defence ministry", "the Ethiopian army"; ``entry`` is then the state).
    """

    start: int
    end: int
    text: str
    entry: Entry
    form: Form

    def party_id(self, day: dt.date | None = None) -> str | None:
        """The id of the party the mention speaks for."""
        return self.entry.party_id(day)


_NAME_FORMS = (("names", "name"), ("demonyms", "demonym"), ("nationals", "national"),
               ("seats", "seat"))
_PARTY_KINDS = frozenset(k.value for k in PartyKind)


def alternation(words: Iterable[str]) -> str:
    """A regex that matches any of ``words``, the longest first where several start at one
    place, as a character trie: thousands of names match as fast as a few, where a plain
    ``a|b|c`` alternation tries every name at every position."""
    trie: dict[str, Any] = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items())
                if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # a word ends here and longer ones go on: try the longer first (greedy)
        return f"(?:{body})?"
    return body


_alternation = alternation

_THE = re.compile(r"^(?:[Tt]he)\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
# how many answers a knowledge base keeps (see Knowledge._memo), and the longest text whose
# mentions it keeps (memory stays a few megabytes)
_MEMO_SIZE = 20_000
_MEMO_TEXT = 400
_MISSING = object()


# a generational suffix after a person's name: "Jr.", "Sr", "III"
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")


def unaccented(text: str) -> str:
    """``text`` without combining accents ("Traoré" -> "Traore", "Gaborone" unchanged)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


_INITIALISM = re.compile(r"\b[A-Z]{2,4}\b")


def dotted_initialisms(name: str) -> str:
    """``name`` with each initialism of two to four capitals dotted, as US news style writes
    it ("UAE" -> "U.A.E.", "DR Congo" -> "D.R. Congo"); other names unchanged."""
    return _INITIALISM.sub(lambda m: ".".join(m[0]) + ".", name)


@cache
def _organ_words() -> dict[str, Any]:
    text = resources.files("factcheck.knowledge").joinpath("data/organs.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def organ_words() -> tuple[str, ...]:
    """The English words for a state's organs ("foreign ministry", "army"): ``organs.json``."""
    return tuple(_organ_words()["organs"])


class Knowledge:
    """States, bodies, organisations, outlets and people, and the names for them.

    Build one with :meth:`default` (the shipped data), :meth:`load` (the
    shipped data and your files) or :meth:`extend` (a knowledge base and more
    rows). Look names up with :meth:`resolve`, :meth:`party_of` and
    :meth:`person`, find them in a text with :meth:`mentions`, and turn a
    party id into a :class:`~factcheck.claims.Party` with :meth:`party`.
    """

    _default: ClassVar[Knowledge | None] = None

    def __init__(self, entries: Mapping[str, Entry], sources: tuple[str, ...] = ()) -> None:
        self._entries = dict(entries)
        self.sources = sources  # the files it was built from, in order
        self._token = uuid.uuid4().hex
        # answers already given (a knowledge base never changes): extraction asks the same
        # names and sentences again and again; cleared when it grows large
        self._memo: dict[tuple[Any, ...], Any] = {}

    def __reduce__(self) -> tuple[Any, ...]:
        # to worker processes: the entries travel once per process, the indexes are rebuilt
        # there once (every later copy of this knowledge base is the one already restored)
        return (_restore, (self._token, self._entries, self.sources))

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Knowledge:
        """The shipped knowledge base (built once, then shared)."""
        if cls._default is None:
            base = resources.files("factcheck.knowledge").joinpath("data")
            kb = cls({})
            for name in DATA_FILES:
                kb = kb._with_rows(read_rows(f"factcheck/knowledge/data/{name}",
                                             base.joinpath(name).read_text("utf-8")), name)
            cls._default = kb
        return cls._default

    @classmethod
    def load(cls, *paths: str | Path, base: bool = True) -> Knowledge:
        """The shipped knowledge base (``base=False``: an empty one) extended by ``paths``.

        Raises :class:`~factcheck.KnowledgeError` naming the file and line of a bad row.
        """
        kb = cls.default() if base else cls({})
        return kb.extend(*paths)

    def extend(self, *sources: str | Path | Iterable[Mapping[str, Any]]) -> Knowledge:
        """A new knowledge base: this one and the rows of each source (a path, or rows).

        A row with a known id extends that entry; a new id needs ``kind`` and ``name``.
        """
        kb = self
        for source in sources:
            if isinstance(source, str | Path):
                kb = kb._with_rows(read_rows(source), str(source))
            else:
                rows = ((f"<row {i}>", dict(r)) for i, r in enumerate(source, 1))
                kb = kb._with_rows(rows, "<rows>")
        return kb

    def _with_rows(self, rows: Iterable[tuple[str, dict[str, Any]]], source: str) -> Knowledge:
        entries = dict(self._entries)
        for where, row in rows:
            rid = row.get("id")
            known = entries.get(rid) if isinstance(rid, str) else None
            entry = merge(known, row, where) if known else entry_from_row(row, where)
            entries[entry.id] = entry
        return Knowledge(entries, (*self.sources, source))

    @contextlib.contextmanager
    def active(self) -> Iterator[Knowledge]:
        """Make this the knowledge base every stage reads (:func:`current`) inside the block.

        The pipeline does this for ``analyze(..., knowledge=kb)``; the value is a
        context variable, so threads and tasks each see their own.
        """
        token = _CURRENT.set(self)
        try:
            yield self
        finally:
            _CURRENT.reset(token)

    def digest(self) -> str:
        """A fingerprint of the entries (same entries, same digest, in any process): what
        a corpus store records of the knowledge base that made its claims."""
        known = self._memo.get(("digest",))
        if known is None:
            sha = hashlib.sha1(usedforsecurity=False)
            for entry in self._entries.values():  # records of tuples: a stable repr
                sha.update(repr(entry).encode("utf-8"))
            known = self._remember(("digest",), sha.hexdigest())
        return str(known)

    # -- entries and parties ----------------------------------------------------------------

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every entry, in load order."""
        return tuple(self._entries.values())

    def entry(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        return self._entries.get(entry_id)

    def name_of(self, party_id: str) -> str:
        """A reader's name for a party id ("KP" -> "North Korea"); an unknown id as it is."""
        entry = self._entries.get(party_id)
        return entry.name if entry else party_id

    def party(self, party_id: str | None, date: dt.date | None = None) -> Party | None:
        """The :class:`Party` with this id on ``date`` (default: the day in force,
        :func:`as_of`); None for no id or ``"unknown"``.

        An id the knowledge base does not know is an organisation under that name
        ("Georgetown University"); an organ's id gives the party it speaks for, and an
        entry with a dated role the party of the role held that day ("Taliban" -> AF
        from August 2021).
        """
        if not party_id or party_id == "unknown":
            return None
        day = date or as_of()
        if day is None:  # (today's parties: not kept, the day may change)
            return _party(self, party_id, day)
        key = ("party", party_id, day)
        found = self._memo.get(key)
        if found is None:
            found = self._remember(key, _party(self, party_id, day))
        return found  # type: ignore[no-any-return]

    def _remember(self, key: tuple[Any, ...], value: T) -> T:
        if len(self._memo) >= _MEMO_SIZE:
            self._memo.clear()
        self._memo[key] = value
        return value

    # -- lookups by name --------------------------------------------------------------------

    @cached_property
    def _index(self) -> dict[str, tuple[Entry, Form]]:
        index: dict[str, tuple[Entry, Form]] = {}
        for entry in self._entries.values():  # later entries win a shared name
            form = "person" if entry.kind is EntryKind.PERSON else "name"
            for name in (entry.name, *entry.names):
                index[name] = (entry, form)
            if entry.capital:
                index[entry.capital] = (entry, "capital")
            for attr, form in _NAME_FORMS[1:]:
                for name in getattr(entry, attr):
                    index[name] = (entry, form)
        # news copy often drops accents ("Traore" for Traoré, "Bogota") and dots initialisms
        # ("U.A.E.", "D.R. Congo"): those spellings name the same entry, unless they are
        # another entry's own name
        for name, found in list(index.items()):
            plain = unaccented(name)
            if plain != name:
                index.setdefault(plain, found)
            if found[1] != "person":
                dotted = dotted_initialisms(name)
                if dotted != name:
                    index.setdefault(dotted, found)
            if found[1] == "person":  # "Ferdinand Marcos" for Ferdinand Marcos Jr.
                bare = _SUFFIX.sub("", name)
                if bare != name and " " in bare:
                    index.setdefault(bare, found)
                    index.setdefault(unaccented(bare), found)
        return index

    @cached_property
    def _folded(self) -> dict[str, str]:
        # longer names are also found whatever their case ("State department")
        return {n.casefold(): n for n in self._index if " " in n or len(n) >= 7}

    def lookup(self, name: str) -> tuple[Entry, Form] | None:
        """The entry a whole name stands for and how (see :class:`Mention`), or None.

        "the" before a name is optional ("the Gambia", "Gambia") unless it is part of a
        known name ("The Hague"); a final full stop is kept when it ends an initialism
        ("U.S."), and a final "'s" when it ends a name ("St John's").
        """
        memo = ("lookup", name)
        kept = self._memo.get(memo, _MISSING)
        if kept is not _MISSING:
            return kept  # type: ignore[no-any-return]
        key = name.strip().strip(",;:").strip()
        keys = [key, key.rstrip(".")]  # "St John's" is a name, "Kenya's" a possessive
        keys += [_POSSESSIVE.sub("", k) for k in keys if k.endswith(("'s", "’s"))]
        for candidate in dict.fromkeys(keys):
            for form in (candidate, _THE.sub("", candidate)):
                found = self._index.get(form)
                if found is None and form.casefold() in self._folded:
                    found = self._index[self._folded[form.casefold()]]
                if found is not None:
                    return self._remember(memo, found)
        return self._remember(memo, None)

    def resolve(self, name: str, date: dt.date | None = None) -> Entry | None:
        """The entry a whole name stands for ("the Kremlin" -> Russia, "Rutte" -> Mark
        Rutte), a state's organ by pattern ("Kenya's defence ministry" -> Kenya), or None.

        ``date`` is accepted for symmetry with :meth:`party_of`: a name's entry does not
        depend on the day, a person's party does.
        """
        found = self.lookup(name)
        if found is not None:
            return found[0]
        organ = self.organ(name)
        if organ is not None:
            return organ.entry
        # "state broadcaster CCTV", "the militant group Hamas": a description, then the name
        text = name.strip().strip(",.;:")
        tail = self.mentions(text)
        if tail and tail[-1].end == len(text) and text[:tail[-1].start].strip() \
                and text[:tail[-1].start].islower():
            return tail[-1].entry
        return None

    def party_of(self, name: str, date: dt.date | None = None) -> Party | None:
        """The party a whole name speaks for on ``date`` ("Mark Rutte" in 2023 -> NL, in
        2025 -> NATO; "the Ethiopian army" -> ET), or None when it is not known."""
        entry = self.resolve(name)
        return self.party(entry.party_id(date or as_of()), date) if entry is not None else None

    def person(self, name: str) -> Entry | None:
        """The person a name or alias stands for, or None."""
        found = self._index.get(name.strip())
        return found[0] if found and found[1] == "person" else None

    def demonym(self, word: str) -> str | None:
        """The party id a demonym or plural national stands for ("Venezuelans" -> "VE")."""
        found = self._index.get(word.strip())
        if found and found[1] in ("demonym", "national"):
            return found[0].party_id()
        return None

    # -- finding names in text --------------------------------------------------------------

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])(" + _alternation(self._index) + r")(?![\w-])")

    @cached_property
    def _organ_pattern(self) -> re.Pattern[str]:
        words = _organ_words()
        states = [n for n, (e, form) in self._index.items()
                  if e.kind is EntryKind.STATE and form in ("name", "demonym", "capital")]
        # names as written (a trie, case-sensitive: fast), organ words in any case
        owner = _alternation(states)
        organ = "(?i:" + _alternation(w.lower() for w in words["organs"]) + ")"
        return re.compile(
            rf"(?<![\w-])(?:(?P<owner>{owner})(?:['’]s)?\s+(?:(?i:own|new|top|main)\s+)?"
            rf"(?P<organ>{organ})|(?P<organ2>{organ})\s+of\s+(?:the\s+)?(?P<owner2>{owner}))"
            r"(?![\w-])")

    def organ(self, phrase: str) -> Mention | None:
        """A whole phrase that names a state's organ by pattern, as a mention of the state:
        "X's foreign ministry", "the Ethiopian army", "the parliament of Kenya"."""
        key = ("organ", phrase)
        kept = self._memo.get(key, _MISSING)
        if kept is not _MISSING:
            return kept  # type: ignore[no-any-return]
        text = _THE.sub("", phrase.strip().strip(",.;:"))
        m = self._organ_pattern.fullmatch(text)
        return self._remember(key, self._organ_mention(m) if m else None)

    def _organ_mention(self, m: re.Match[str]) -> Mention | None:
        owner = m.group("owner") or m.group("owner2")
        found = self._index.get(owner) or self._index.get(self._folded.get(owner.casefold(), ""))
        if found is None or found[0].kind is not EntryKind.STATE:
            return None
        return Mention(start=m.start(), end=m.end(), text=m.group(0), entry=found[0],
                       form="organ")

    def organs(self, text: str) -> list[Mention]:
        """Every state organ named by pattern in ``text`` ("the Pakistani foreign office",
        "Kenya's defence ministry"), as mentions of the state, in order."""
        found = (self._organ_mention(m) for m in self._organ_pattern.finditer(text))
        return [m for m in found if m is not None]

    def mentions(self, text: str) -> list[Mention]:
        """Every name in ``text`` that stands for an entry, in order, longest first where
        two overlap; a state's organ named by pattern is one mention of the state."""
        if len(text) > _MEMO_TEXT:  # a body or a long run of it: rarely asked twice
            return self._mentions(text)
        key = ("mentions", text)
        known = self._memo.get(key)
        if known is None:
            known = self._remember(key, tuple(self._mentions(text)))
        return list(known)

    def _mentions(self, text: str) -> list[Mention]:
        found = self.organs(text)
        for m in self._pattern.finditer(text):
            entry, form = self._index[m.group(1)]
            if entry.kind is EntryKind.MEDIA and m.group(1).startswith(("The ", "the ")) \
                    and _NAME_GOES_ON.match(text, m.end(1)):
                continue  # "the Independent Policing Oversight Authority": not the paper
            found.append(Mention(start=m.start(1), end=m.end(1), text=m.group(1), entry=entry,
                                 form=form))
        found.sort(key=lambda x: (x.start, -x.end))
        out: list[Mention] = []
        for mention in found:
            if out and mention.start < out[-1].end:
                continue  # inside a longer mention
            out.append(mention)
        return out


# a proper name going on after a match: another capitalised word
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")


def _party(kb: Knowledge, party_id: str, day: dt.date | None) -> Party:
    entry = kb.entry(party_id)
    seen = {party_id}
    while entry is not None and entry.kind.value not in _PARTY_KINDS:
        parent = entry.party_id(day)
        if not parent or parent in seen:
            break
        seen.add(parent)
        party_id, entry = parent, kb.entry(parent)
    if entry is None or entry.kind.value not in _PARTY_KINDS:
        return Party(id=party_id, kind=PartyKind.ORGANISATION, name=party_id)
    parent = entry.party_id(day)
    if parent and parent != entry.id and parent not in seen:
        # a state medium or breakaway region: its patron; a de facto government: its state
        return _party(kb, parent, day)
    return Party(id=entry.id, kind=PartyKind(entry.kind.value), name=entry.name)



_CURRENT: ContextVar[Knowledge | None] = ContextVar("factcheck_knowledge", default=None)


def current() -> Knowledge:
    """The knowledge base in force: the one made active by :meth:`Knowledge.active`, or
    the shipped one."""
    return _CURRENT.get() or Knowledge.default()


def per_knowledge(fn: Callable[[], T]) -> Callable[[], T]:
    """Cache a function of no arguments that reads :func:`current`, once per knowledge base
    (like :func:`functools.cache`, but a user's knowledge base gets its own value)."""
    values: dict[int, tuple[Knowledge, T]] = {}

    @wraps(fn)
    def wrapper() -> T:
        kb = current()
        hit = values.get(id(kb))
        if hit is None or hit[0] is not kb:
            hit = (kb, fn())
            values[id(kb)] = hit
        return hit[1]

    return wrapper


_DAY: ContextVar[dt.date | None] = ContextVar("factcheck_day", default=None)


@contextlib.contextmanager
def on_day(day: dt.date | None) -> Iterator[None]:
    """Read people's roles as of ``day`` inside the block (extraction sets the article's
    publication date, so "Rutte" is the Dutch prime minister in 2023 and NATO's chief in
    2025); None: their current roles."""
    token = _DAY.set(day)
    try:
        yield
    finally:
        _DAY.reset(token)


def as_of() -> dt.date | None:
    """The day people's roles are read for (see :func:`on_day`); None: today's roles."""
    return _DAY.get()


_RESTORED: dict[str, Knowledge] = {}


def _restore(token: str, entries: Mapping[str, Entry], sources: tuple[str, ...]) -> Knowledge:
    kb = _RESTORED.get(token)
    if kb is None:
        kb = Knowledge(entries, sources)
        kb._token = token
        _RESTORED[token] = kb
    return kb
