"""The matcher's knowledge, read once from ``factcheck/lexicons/match_*``.

Entities (countries, capitals, agencies, bodies, leaders) map to party ids;
pycountry supplies every country's own names and this package's TSV files
what it lacks. Actions, roles, objects and opinion cues come from
``match_frames.json``.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

import attrs
import pycountry
import snowballstemmer  # type: ignore[import-untyped]

from factcheck.knowledge import current, per_knowledge

__all__ = ["Action", "Lexicon", "lexicon", "stem"]


@attrs.frozen(kw_only=True)
class Action:
    """One family of cue words for an action class (see match_frames.json)."""

    klass: str
    mode: str  # culprit | direction | agent | topic
    subject: str  # role of the entity before the cue (or after "by")
    act: str | None
    priority: int
    opinion: bool
    object_first: bool
    requires_owner: bool
    of_agent: bool  # "the entry of X's vessels": the party after "of" acts
    presupposes: bool  # an opinion that takes the act it judges as done ("condemned")
    in_denials: bool  # a topic cue a denial may deny ("violated the ceasefire")
    fallback: bool  # frames the claim only when no other cue names its party ("ordered")
    keeps_recipient: bool  # backing keeps whom it backs: an armed group or individuals
    pattern: re.Pattern[str]


@attrs.frozen(kw_only=True)
class Lexicon:
    """Everything the feature extractor looks up."""

    # token tuple (as written) -> (party id, kind); matched longest first
    entities: dict[tuple[str, ...], tuple[str, str]]
    demonyms: dict[tuple[str, ...], str]
    # first word -> (names starting with it, longest first): the scan's index
    starts: dict[str, tuple[tuple[str, ...], ...]]
    plurals: dict[str, str]  # "Russians" -> "RU"
    max_words: int
    kinds: dict[str, str]  # party id -> kind (state, body, org, bloc)
    actions: tuple[Action, ...]
    denial: re.Pattern[str]
    accuser_verbs: re.Pattern[str]
    nouns: dict[str, frozenset[str]]
    preps: dict[str, frozenset[str]]
    objects: tuple[tuple[str, re.Pattern[str]], ...]
    families: dict[str, str]  # object class -> family (materiel, personnel, or itself)
    sites: tuple[tuple[str, re.Pattern[str]], ...]  # what an event happened to: dam, plant
    any_site: re.Pattern[str]  # every site name at once: a quick test for none
    generic_sites: re.Pattern[str]  # "the plant", "the site": the article's own site
    scopes: tuple[tuple[str, bool, re.Pattern[str]], ...]  # (tag, strict, pattern)
    instance: frozenset[str]
    stopwords: frozenset[str]
    story_stopwords: frozenset[str]  # days, months, titles: no sign of which story
    grammar: dict[str, frozenset[str]]  # coordination, scan_barriers, anaphora_determiners
    irregular: dict[str, str]  # irregular inflection -> base form ("shot" -> "shoot")
    predicates: dict[str, str]  # word stem -> predicate class ("misus" -> "misuse")
    lower_names: frozenset[tuple[str, ...]]  # one-word party names, lower-cased ("russia")
    capitals: frozenset[tuple[str, ...]]  # capital cities, as tokens ("Havana")
    role_words: frozenset[str]  # words after a capital that make it the government's organ
    surnames: dict[str, str]  # a person's surname alone -> their party ("Arce" -> "BO")

    @property
    def strict_scopes(self) -> frozenset[str]:
        """Scope tags that set a claim apart even from the plain claim ("before the war")."""
        return frozenset(tag for tag, strict, _ in self.scopes if strict)

    def collective(self, name: str) -> bool:
        """Whether a name is a country, capital, agency or body ("Moscow"), not a person."""
        words = tuple(tokens_of(name))
        if words in self.entities:
            return self.entities[words][1] not in ("person", "name")
        return words in self.demonyms

    def party(self, name: str) -> str | None:
        """The party id a whole name stands for ("Moscow" -> "RU"), or None."""
        words = tuple(tokens_of(name))
        if words in self.entities:
            pid, kind = self.entities[words]
            return None if kind == "name" else pid
        if words in self.demonyms:
            return self.demonyms[words]
        return None


_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*\.?|[^\sA-Za-z0-9]")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-cased word, irregular forms first
    ("shot" -> "shoot", "gave" -> "give"): one key for every inflection."""
    base = lexicon().irregular.get(word, word)
    return str(_STEMMER.stemWord(base))


def tokens_of(text: str) -> list[str]:
    """Words (keeping "U.S.", "Kim Jong-un", "Russia's") and single punctuation marks."""
    return _WORD.findall(text)


def _data(name: str) -> str:
    return resources.files("factcheck.lexicons").joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    lines = [ln for ln in _data(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t")]


def _alternation(words: list[str], token_patterns: list[str] | None = None) -> re.Pattern[str]:
    """One pattern for a list of plain words and phrases (matched whole, in the file's
    order) and the few ``token_patterns`` a word list cannot say (a gap of up to N words,
    "unless followed by"), which are regular expressions over the lower-cased text."""
    body = "|".join([*(re.escape(w) for w in words), *(f"(?:{p})" for p in token_patterns or ())])
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def _entry(entry: Mapping[str, Any]) -> re.Pattern[str]:
    return _alternation(entry.get("words", []), entry.get("token_patterns"))


def _pycountry() -> dict[tuple[str, ...], tuple[str, str]]:
    out: dict[tuple[str, ...], tuple[str, str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in str(value):
                out[tuple(tokens_of(str(value)))] = (str(country.alpha_2), "state")
    return out


_SURNAME = 4  # letters a surname needs to stand alone for its person ("Un", "Ali" do not)
_KINDS = {"state": "state", "body": "body", "organisation": "org", "bloc": "bloc",
          "media": "name", "person": "person"}  # knowledge kinds -> the frames' kinds


def _knowledge_names(entities: dict[tuple[str, ...], tuple[str, str]],
                     demonyms: dict[tuple[str, ...], str], plurals: dict[str, str],
                     capitals: set[tuple[str, ...]], alone: dict[str, str]) -> bool:
    """Add the knowledge base's names (states, capitals, seats of power, bodies, organs,
    outlets, people) and demonyms; False when there is no knowledge base."""
    kb = current()  # the knowledge base in force: the shipped one or the user's
    kind_of = {e.id: str(e.kind) for e in kb.entries}
    surnames: dict[tuple[str, ...], set[str]] = {}
    for e in kb.entries:
        kind = str(e.kind)
        pid = e.party_id()
        if not pid:
            continue
        if kind == "organ":
            kind = kind_of.get(pid, "state")  # the FSB speaks for its state
        if e.capital:
            capitals.add(tuple(tokens_of(e.capital)))
        for name in (e.name, *e.names, *([e.capital] if e.capital else []), *e.seats):
            entities.setdefault(tuple(tokens_of(name)), (pid, _KINDS.get(kind, "org")))
        if kind == "person":
            for name in (e.name, *e.names):
                words = tokens_of(name)
                if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) >= _SURNAME:
                    surnames.setdefault((words[-1],), set()).add(pid)
        for word in e.demonyms:
            demonyms.setdefault(tuple(tokens_of(word)), pid)
        for word in e.nationals:
            plurals.setdefault(word, pid)
            demonyms.setdefault(tuple(tokens_of(word)), pid)
    # after the first mention news calls a person by surname ("Arce had asked him"): a
    # surname stands for its person's party when no other name and no other party has it
    # (for frames only: stories and blocking keys keep reading names in full)
    for key, pids in sorted(surnames.items()):
        if len(pids) == 1 and key not in entities and key not in demonyms:
            alone[key[0]] = next(iter(pids))
    return True


@per_knowledge
def lexicon() -> Lexicon:
    """The lexicon, loaded on first use."""
    entities = _pycountry()
    demonyms: dict[tuple[str, ...], str] = {}
    plurals: dict[str, str] = {}
    # every name the knowledge base knows (states, capitals, seats, bodies, people)
    capitals: set[tuple[str, ...]] = set()
    surnames: dict[str, str] = {}
    _knowledge_names(entities, demonyms, plurals, capitals, surnames)
    kinds = {pid: kind for pid, kind in sorted(set(entities.values()))
             if kind not in ("person", "name")}
    frames: dict[str, Any] = json.loads(_data("en/match_frames.json"))
    actions = tuple(
        Action(klass=a["class"], mode=a["mode"], subject=a.get("subject", "agent"),
               act=a.get("act"), priority=int(a["priority"]), opinion=bool(a.get("opinion")),
               object_first=bool(a.get("object_first")),
               requires_owner=bool(a.get("requires_owner")),
               of_agent=bool(a.get("of_agent")),
               presupposes=bool(a.get("presupposes")),
               in_denials=bool(a.get("in_denials")),
               fallback=bool(a.get("fallback")),
               keeps_recipient=bool(a.get("keeps_recipient")),
               pattern=_entry(a))
        for a in frames["actions"])
    irregular = {form: base for base, forms in frames["irregular_verbs"].items()
                 for form in forms}
    # stems depend on the irregular table, which the lexicon itself carries: stem plainly
    predicates = {str(_STEMMER.stemWord(irregular.get(w, w))): klass
                  for klass, words in frames["predicate_classes"].items() for w in words}
    max_words = max(len(k) for k in [*entities, *demonyms])
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for key in [*entities, *demonyms]:
        by_first.setdefault(key[0], set()).add(key)
    starts = {w: tuple(sorted(keys, key=lambda k: (-len(k), k))) for w, keys in by_first.items()}
    return Lexicon(
        entities=entities, demonyms=demonyms, starts=starts, plurals=plurals,
        max_words=max_words,
        kinds=kinds, actions=actions,
        denial=_alternation(frames["denial_cues"]),
        accuser_verbs=_alternation(frames["accuser_verbs"]),
        nouns={k: frozenset(v) for k, v in frames["nouns"].items()},
        preps={k: frozenset(v) for k, v in frames["prepositions"].items()},
        objects=tuple((k, _alternation(v)) for k, v in frames["objects"].items()),
        families={**{k: k for k in frames["objects"]},
                  **{o: fam for fam, objs in frames["object_families"].items() for o in objs}},
        sites=tuple((k, _alternation(v)) for k, v in frames["sites"].items()),
        any_site=_alternation([p for v in frames["sites"].values() for p in v]),
        generic_sites=_alternation(frames["generic_sites"]),
        scopes=tuple((k, bool(v["strict"]), _entry(v))
                     for k, v in frames["scopes"].items()),
        instance=frozenset(frames["instance_markers"]),
        stopwords=frozenset(frames["stopwords"]),
        story_stopwords=frozenset(frames["story_stopwords"]),
        grammar={k: frozenset(v) for k, v in frames["grammar"].items()},
        irregular=irregular,
        predicates=predicates,
        capitals=frozenset(capitals),
        role_words=frozenset(frames["grammar"]["government_words"]),
        surnames=surnames,
        lower_names=frozenset(tuple(w.lower() for w in key) for key in [*entities, *demonyms]
                              if len(key) == 1),
    )
