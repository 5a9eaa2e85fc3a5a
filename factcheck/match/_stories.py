"""Stories: articles about one event, the outer block of matching.

Two claims can state one proposition only if their articles report the same
story, so that "Russia has always denied its involvement" about MH17 never
meets the same words about Skripal. Articles are compared by TF-IDF cosine
over two views of their text (all content words; names and numbers). What
an article is about is said first: the headline and the lead paragraph
count more than the rest. Left out: the speakers' own names (who talks is
not what the story is about), the outlet's, and the words of the
allegation itself (blame, deny, report: every story of this kind has them);
the names of countries and bodies weigh less (many stories share them).

Similar wording is not enough. An article links to another only if that one
is about as close (:data:`STORY_MARGIN`) as the closest article either of
them has: the aside about another event ("the Zaporizhzhia plant, which
draws water from the reservoir") makes a dam report somewhat like a plant
report, never as like it as another report on the dam. And a story is about
one site (``Document.site``: the dam, the nuclear plant, the pipelines):
articles about two sites never share a story, however alike their words.

Candidate pairs come from an inverted index: an article is compared only
with the articles that share one of its highest-weighted words, when that
word is rare enough, so that 10,000 articles are not compared pairwise.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

import attrs

from factcheck._unionfind import UnionFind
from factcheck.match._lexicon import lexicon

__all__ = ["STORY_MARGIN", "STORY_SIMILARITY", "Document", "Views", "lead", "link", "stories",
           "views"]

STORY_SIMILARITY = 0.10  # mean cosine of the two views from which two articles share a story
STORY_MARGIN = 0.75  # ...and at least this share of the closer one's best match
PARTY_WEIGHT = 0.4  # country and body names weigh less: many stories share them
TITLE_WEIGHT = 3  # the headline says what the story is about...
LEAD_WEIGHT = 2  # ...and so does the lead paragraph (counted again in the body)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_TOP_WORDS = 15  # an article proposes pairs through its highest-weighted words...
_RARE_MIN = 25  # ...found in at most this many articles (or the square root of the corpus)


@attrs.frozen(kw_only=True)
class Document:
    """What story linking reads of an article."""

    body: str
    title: str = ""
    outlet: str = ""
    site: str | None = None  # what the article is about (the dam, the plant), if it says


def _stem(word: str) -> str:
    """Plural to singular, roughly ("pipelines", "drones"): one event, one term."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


def lead(body: str) -> str:
    """The lead paragraph: the first of eight words or more."""
    for para in _PARAGRAPH.split(body):
        if len(para.split()) >= 8:
            return para
    return ""


def _views(doc: Document, skip: frozenset[str]) -> tuple[Counter[str], Counter[str]]:
    lex = lexicon()
    stop = lex.stopwords | lex.story_stopwords
    words: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for text, weight in ((doc.title, TITLE_WEIGHT), (lead(doc.body), LEAD_WEIGHT),
                         (doc.body, 1)):
        for m in _WORD.finditer(text):
            raw = m.group(0)
            low = _POSSESSIVE.sub("", raw.lower())
            if len(low) < 2 or low in stop or low in skip:
                continue
            w = _stem(low)
            words[w] += weight
            if raw[0].isupper() or raw[0].isdigit():
                names[w] += weight
    return words, names


@cache
def _party_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset(_stem(_POSSESSIVE.sub("", w.lower())) for key in [*lex.entities,
                                                                        *lex.demonyms]
                     for w in key)


def _tfidf(counts: Mapping[str, Counter[str]]) -> dict[str, dict[str, float]]:
    df: Counter[str] = Counter(w for c in counts.values() for w in c)
    n = len(counts)
    party = _party_words()
    # each factor once per word and per count, not per article: the same products, in
    # the same order, as (1 + log k) * (log((1 + n) / (1 + df)) + 1) * party weight
    idf = {w: math.log((1 + n) / (1 + d)) + 1 for w, d in df.items()}
    scale = {w: PARTY_WEIGHT if w in party else 1.0 for w in df}
    tf = {k: 1 + math.log(k) for k in {k for c in counts.values() for k in c.values()}}
    out = {}
    for key, c in counts.items():
        vec = {w: tf[k] * idf[w] * scale[w] for w, k in c.items()}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        out[key] = {w: x / norm for w, x in vec.items()}
    return out


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # in the smaller vector's own order: the same sum, to the last bit, in every run
    return sum(x * b[w] for w, x in a.items() if w in b)


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
        top = heapq.nsmallest(_TOP_WORDS, weight, key=lambda w: (-weight[w], w))
        for w in top:
            posting = index[w]
            if len(posting) <= cap:
                pairs.update((min(key, o), max(key, o)) for o in posting if o != key)
    return sorted(pairs)


def _skip(doc: Document, speakers: Iterable[str]) -> frozenset[str]:
    names = [*speakers, doc.outlet]
    return frozenset(w.lower() for name in names for w in _WORD.findall(name))


Views = tuple[Counter[str], Counter[str]]  # an article's weighted words, and names


def views(doc: Document, speakers: Iterable[str] = ()) -> Views:
    """What story linking counts of one article (its words, its names), the names of
    ``speakers`` left out: it depends on that article alone, so a store can keep it."""
    return _views(doc, _skip(doc, speakers))


def stories(docs: Mapping[str, Document],
            speakers: Mapping[str, Iterable[str]] | None = None,
            exhaustive: bool = False) -> dict[str, str]:
    """Story id (its first article id) of each article id in ``docs``.

    ``speakers`` gives the names quoted in each article: left out of its text.
    """
    speakers = speakers or {}
    return link({k: views(d, speakers.get(k, ())) for k, d in docs.items()},
                {k: d.site for k, d in docs.items()}, exhaustive=exhaustive)


def link(counted: Mapping[str, Views], site: Mapping[str, str | None],
         exhaustive: bool = False) -> dict[str, str]:
    """:func:`stories` from each article's :func:`views` and site (the corpus-wide part:
    word weights, candidate pairs, links)."""
    words = _tfidf({k: v[0] for k, v in counted.items()})
    names = _tfidf({k: v[1] for k, v in counted.items()})
    scores = {}
    best: dict[str, float] = defaultdict(float)
    for a, b in _pairs(words, names, exhaustive):
        score = (_cosine(words[a], words[b]) + _cosine(names[a], names[b])) / 2
        if score >= STORY_SIMILARITY:
            scores[(a, b)] = score
            best[a], best[b] = max(best[a], score), max(best[b], score)
    forest: UnionFind[str] = UnionFind(counted)
    find = forest.find
    sites = {k: {s} if s else set() for k, s in site.items()}

    # closest pairs first, so that a story's own articles join before a weak link can
    for (a, b), score in sorted(scores.items(), key=lambda p: (-p[1], p[0])):
        # one of the two must find the other about as close as its closest article
        if score < STORY_MARGIN * min(best[a], best[b]):
            continue
        ra, rb = find(a), find(b)
        # a story is about one site: the dam and the nuclear plant are two stories
        if ra != rb and len(sites[ra] | sites[rb]) <= 1:
            root = forest.union(ra, rb)
            sites[root] |= sites[rb if root == ra else ra]
    return {k: find(k) for k in counted}
