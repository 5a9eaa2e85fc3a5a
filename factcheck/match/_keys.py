"""Blocking keys: which claims can be about one proposition, and so which can be
clustered apart.

A claim's keys derive from the claim and its article alone:

- ``art:<article>``: claims of one article meet (a bare denial answers its own
  article's allegation; one side restates its point);
- ``who:<party>|<stem>`` for each party the claim names and each content stem:
  "Russia ... cables" in one article meets "Russia ... damaged cables" in
  another (an entity paired with what happened);
- ``who:-|<stem>`` when the claim names no party at all ("the incident might
  have been an act of sabotage");
- the same party-stem keys of its article's headline and lead (when the
  article is given): what the story is about, so that two reports of one
  story always meet, whatever their claims' words.

The connected components of the graph joining claims that share a key are
clustered independently (the locality contract of
:func:`factcheck.match.cluster_claims`). A key as common as "who:US|war" joins
large components; that costs work, never correctness, because each component
is clustered as a whole and nothing is computed across two.

Why the keys are not finer: a component is also the set over which story
linking weighs words (``_stories``: IDF over the component's articles), and
stories decide everything matching does. Keys finer than that set change the
stories: each dev story linked on its own articles alone gives other groups
(2 of 13 stories split). So the work is made local one level down instead:
inside a component, each story is matched on its own (``story_propositions``),
and a corpus store re-matches only the stories an add changes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.claims import Article, Claim, Kind
from factcheck.match._lexicon import lexicon, stem, tokens_of
from factcheck.match._stories import lead

__all__ = ["claim_keys", "content_stems", "stem"]

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
@lru_cache(maxsize=65536)
def content_stems(text: str) -> frozenset[str]:
    """Stems of a text's content words: no function words, no attribution words, no
    names of parties (the keys pair them)."""
    lex = lexicon()
    skip = lex.stopwords | lex.story_stopwords
    low = text.lower().replace("’", "'")
    out = set()
    for w in _WORD.findall(low):
        w = w.removesuffix("'s")
        if len(w) < 3 or w in skip or (w,) in lex.lower_names:
            continue
        out.add(stem(w))
    return frozenset(out)


def _pairs(text: str) -> set[str]:
    stems = content_stems(text)
    return {f"who:{p}|{s}" for p in sorted(_parties(text)) or ["-"] for s in stems}


@lru_cache(maxsize=65536)
def _parties(text: str) -> frozenset[str]:
    """The parties a text names (longest name first), whatever their role."""
    lex = lexicon()
    words = tokens_of(text)
    out = set()
    i = 0
    while i < len(words):
        for key in lex.starts.get(words[i], ()):
            if tuple(words[i:i + len(key)]) == key:
                pid, kind = lex.entities.get(key) or (lex.demonyms[key], "state")
                if kind != "name":  # a newspaper's name is no party
                    out.add(pid)
                i += len(key) - 1
                break
        i += 1
    return frozenset(out)


@lru_cache(maxsize=4096)
def _article_keys(title: str, body: str) -> frozenset[str]:
    """What an article says it is about: its headline and lead, as party-stem keys."""
    words = lead(body).split()[:_LEAD_WORDS]
    return frozenset(_pairs(title) | _pairs(" ".join(words)))


_LEAD_WORDS = 40  # the lead says what the story is; the rest of the body need not


def claim_keys(claim: Claim, article: Article | None = None) -> frozenset[str]:
    """The blocking keys of one claim, from the claim and its article (see the module
    docstring)."""
    keys = {f"art:{claim.article}"}
    if article is not None:
        keys |= _article_keys(article.title or "", article.body)
    if claim.kind is not Kind.EDITORIAL:
        keys |= _pairs(claim.text)
    return frozenset(keys)
