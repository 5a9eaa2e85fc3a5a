"""Stories: articles about one event, the outer block of matching.

Two claims can state one proposition only if their articles report the same
story, so that "Russia has always denied its involvement" about MH17 never
meets the same words about Skripal. Articles are compared by TF-IDF cosine
over two views of their text (all content words; names and numbers), with
the speakers' own names left out (who talks is not what the story is about)
and the names of countries and bodies weighing less (many stories share them).
Candidate pairs come from an inverted index: an article is compared only
with the articles that share one of its highest-weighted words, when that
word is rare enough, so that 10,000 articles are not compared pairwise.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

from factcheck.match._lexicon import lexicon

__all__ = ["STORY_SIMILARITY", "stories"]

STORY_SIMILARITY = 0.125  # mean cosine of the two views from which two articles share a story
PARTY_WEIGHT = 0.4  # country and body names weigh less: many stories share them
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")
_TOP_WORDS = 15  # an article proposes pairs through its highest-weighted words...
_RARE_MIN = 25  # ...found in at most this many articles (or the square root of the corpus)


def _views(text: str, skip: frozenset[str]) -> tuple[Counter[str], Counter[str]]:
    lex = lexicon()
    stop = lex.stopwords | lex.story_stopwords
    words: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        raw = m.group(0)
        w = _POSSESSIVE.sub("", raw.lower())
        if len(w) < 2 or w in stop or w in skip:
            continue
        words[w] += 1
        if raw[0].isupper() or raw[0].isdigit():
            names[w] += 1
    return words, names


@cache
def _party_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset(_POSSESSIVE.sub("", w.lower()) for key in [*lex.entities, *lex.demonyms]
                     for w in key)


def _tfidf(counts: Mapping[str, Counter[str]]) -> dict[str, dict[str, float]]:
    df: Counter[str] = Counter(w for c in counts.values() for w in c)
    n = len(counts)
    party = _party_words()
    out = {}
    for key, c in counts.items():
        vec = {w: (1 + math.log(k)) * (math.log((1 + n) / (1 + df[w])) + 1)
               * (PARTY_WEIGHT if w in party else 1.0) for w, k in c.items()}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        out[key] = {w: x / norm for w, x in vec.items()}
    return out


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def _pairs(words: Mapping[str, Mapping[str, float]], names: Mapping[str, Mapping[str, float]],
           exhaustive: bool) -> Iterable[tuple[str, str]]:
    """Article pairs worth comparing: those sharing one of the rarer words either stands on."""
    keys = sorted(words)
    if exhaustive:
        return ((a, b) for i, a in enumerate(keys) for b in keys[i + 1:])
    index: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        for w in words[key]:
            index[w].append(key)
    cap = max(_RARE_MIN, int(math.sqrt(len(keys))))
    pairs: set[tuple[str, str]] = set()
    for key in keys:
        weight = {w: x + names[key].get(w, 0.0) for w, x in words[key].items()}
        top = sorted(weight, key=lambda w: (-weight[w], w))[:_TOP_WORDS]
        for w in top:
            posting = index[w]
            if len(posting) <= cap:
                pairs.update((min(key, o), max(key, o)) for o in posting if o != key)
    return sorted(pairs)


def stories(texts: Mapping[str, str], speakers: Mapping[str, Iterable[str]] | None = None,
            exhaustive: bool = False) -> dict[str, str]:
    """Story id (its first article id) of each article id in ``texts``.

    ``speakers`` gives the names quoted in each article: left out of its text.
    """
    speakers = speakers or {}
    views = {}
    for key, text in texts.items():
        skip = frozenset(w.lower() for name in speakers.get(key, ()) for w in _WORD.findall(name))
        views[key] = _views(text, skip)
    words = _tfidf({k: v[0] for k, v in views.items()})
    names = _tfidf({k: v[1] for k, v in views.items()})
    parent = {k: k for k in texts}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in _pairs(words, names, exhaustive):
        score = (_cosine(words[a], words[b]) + _cosine(names[a], names[b])) / 2
        if score >= STORY_SIMILARITY:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {k: find(k) for k in texts}
