"""Schema checks of the extraction lexicons in ``factcheck/lexicons/en/``.

Each file must hold general English as plain words or phrases (no regex
fragments, no stray markup), in the shape its loader expects. The page-furniture
lexicon keeps its documented ``*_pattern(s)`` entries as regular expressions:
those must compile, and everything else in it is plain text.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import pytest

from factcheck.extract._lexicon import LANGUAGE

EXTRACTION = ("reporting_verbs", "denial_cues", "roles", "furniture")
# a plain entry: words, with apostrophes, hyphens, inner dots (U.S.), spaces and quote marks
PLAIN = re.compile(r"[\w’'.\-&+“”\"‘ ]+")
REGEX_CHARS = re.compile(r"[\\()\[\]{}|^$*?]")


def load(name: str) -> Any:
    folder = resources.files("factcheck.lexicons").joinpath(LANGUAGE)
    return json.loads(folder.joinpath(f"{name}.json").read_text("utf-8"))


def strings(value: Any, path: str = "") -> list[tuple[str, str]]:
    """Every string in a lexicon with its key path, ``_doc`` notes and regex keys left out."""
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v, path)]
    if isinstance(value, dict):
        out = []
        for k, v in value.items():
            if k.startswith("_") or k.endswith(("_pattern", "_patterns")):
                continue
            if path.endswith((".verbs", ".heads")):
                out.append((f"{path}.{k}", k))  # a lemma or head is an entry too
            out += strings(v, f"{path}.{k}")
        return out
    return []


def test_lexicons_live_in_the_language_folder() -> None:
    """The extraction lexicons are in ``lexicons/<language>/``, so a language is a sibling."""
    folder = resources.files("factcheck.lexicons")
    for name in EXTRACTION:
        assert folder.joinpath(LANGUAGE).joinpath(f"{name}.json").is_file(), name
        assert not folder.joinpath(f"{name}.json").is_file(), f"{name}.json left at top level"


@pytest.mark.parametrize("name", EXTRACTION)
def test_lexicon_is_documented(name: str) -> None:
    """Every lexicon says what its keys mean in a ``_doc`` note."""
    data = load(name)
    assert isinstance(data, dict) and isinstance(data.get("_doc"), str) and data["_doc"]


@pytest.mark.parametrize("name", EXTRACTION)
def test_entries_are_plain_words(name: str) -> None:
    """Entries are plain words or phrases: no regex fragments, no blank or padded entries."""
    for path, entry in strings(load(name), name):
        assert entry and entry == entry.strip(), (path, entry)
        assert PLAIN.fullmatch(entry), (path, entry)
        assert not REGEX_CHARS.search(entry), (path, entry)


def test_furniture_patterns_compile() -> None:
    """The furniture lexicon's pattern entries (the documented exception) are valid regexes."""
    data = load("furniture")
    keys = [k for k in data if k.endswith(("_pattern", "_patterns"))]
    assert keys
    for key in keys:
        for pattern in data[key] if isinstance(data[key], list) else [data[key]]:
            re.compile(pattern)


def test_reporting_verbs_shape() -> None:
    """Each verb lists lower-case forms; stance and object flags have known values."""
    data = load("reporting_verbs")
    seen: dict[str, str] = {}
    for lemma, spec in data["verbs"].items():
        assert set(spec) <= {"forms", "stance", "object", "that"}, lemma
        assert isinstance(spec.get("that", False), bool), lemma
        assert spec["forms"] and all(f == f.lower() for f in spec["forms"]), lemma
        assert spec.get("stance", "asserts") in {"asserts", "denies", "denies_claims"}, lemma
        assert isinstance(spec.get("object", False), bool), lemma
        for form in spec["forms"]:
            assert seen.setdefault(form, lemma) == lemma, f"{form} under {seen[form]} and {lemma}"
    forms = set(seen)
    assert set(data["noun_forms"]) <= forms, "a noun form must be a verb form"
    for key in ("passive_quote", "statement_nouns", "infinitive_frames", "narrative_participles",
                "claim_nouns"):
        assert isinstance(data[key], list) and data[key], key


def test_denial_cues_shape() -> None:
    """Denial cues are lists of lower-case phrases without duplicates."""
    data = load("denial_cues")
    for key in ("predicate", "anywhere", "linkers", "backref", "deeds", "evidence_nouns",
                "lack_words", "not_denials", "own_negations", "lawful_conduct", "own_organs",
                "improbable", "presence", "lawful_qualities", "violations", "norms",
                "prohibitions"):
        words = data[key]
        assert isinstance(words, list) and words, key
        assert len(words) == len(set(words)), f"duplicates in {key}"
        assert all(w == w.lower() for w in words), key


def test_roles_shape() -> None:
    """Role heads map to lists of role words; word lists hold strings."""
    data = load("roles")
    assert all(isinstance(v, list) and v for v in data["heads"].values())
    for key in ("titles", "role_heads", "group_heads", "org_heads", "org_nouns",
                "collective_nouns", "abbreviations", "not_name_words", "relations"):
        assert isinstance(data[key], list) and data[key], key


# words of one story that must not come back (issue 8): named weapons, sites, one phrase
@pytest.mark.parametrize("word", ["codswallop", "witch hunt", "novichok", "buk", "slammed into",
                                  "concert hall", "talented", "single piece of evidence"])
def test_no_story_words(word: str) -> None:
    """No lexicon, extraction or matching, holds a word or phrase that only one story uses."""
    for name in (*EXTRACTION, "match_frames", "parties"):
        assert all(entry.lower() != word for _, entry in strings(load(name), name)), (name, word)
