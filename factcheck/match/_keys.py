"""Blocking keys: which claims can be about one proposition, and so which can be
clustered apart.

A claim's keys derive from the claim alone (its article id and its text):

- ``art:<article>``: claims of one article meet (a bare denial answers its own
  article's allegation; one side restates its point);
- ``who:<party>|<stem>`` for each party the claim names and each content stem,
  the predicate's own words left out: "Russia ... cables" in one article meets
  "Russia ... damaged cables" in another (an entity paired with what happened);
- ``who:-|<stem>`` when the claim names no party at all ("the incident might
  have been an act of sabotage").

The connected components of the graph joining claims that share a key are
clustered independently (the locality contract of
:func:`factcheck.match.cluster_claims`): a corpus store re-clusters only the
components that new claims touch. A key as common as "who:US|war" joins
large components; that costs the store work, never correctness, because
each component is clustered as a whole and nothing is computed across two.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.claims import Claim, Kind
from factcheck.match._features import NAT, mentions, tokenize
from factcheck.match._lexicon import lexicon, stem

__all__ = ["claim_keys", "content_stems", "stem"]

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
@lru_cache(maxsize=65536)
def content_stems(text: str) -> frozenset[str]:
    """Stems of a text's content words: no function words, no predicate, attribution
    or stance words (every allegation has them), no names of parties."""
    lex = lexicon()
    skip = lex.stopwords | lex.story_stopwords | lex.stance_words
    low = text.lower().replace("’", "'")
    for pat in (*(a.pattern for a in lex.actions), lex.denial, lex.accuser_verbs):
        # the predicate says what kind of act, not which event
        low = pat.sub(" ", low)
    out = set()
    for w in _WORD.findall(low):
        w = w.removesuffix("'s")
        if len(w) < 3 or w in skip or (w,) in lex.lower_names:
            continue
        out.add(stem(w))
    return frozenset(out - lex.stance_stems)


@lru_cache(maxsize=65536)
def _parties(text: str) -> frozenset[str]:
    return frozenset(m.pid.removesuffix(NAT) for m in mentions(tokenize(text)))


def claim_keys(claim: Claim) -> frozenset[str]:
    """The blocking keys of one claim (see the module docstring)."""
    keys = {f"art:{claim.article}"}
    if claim.kind is Kind.EDITORIAL:
        return frozenset(keys)
    stems = content_stems(claim.text)
    for p in sorted(_parties(claim.text)) or ["-"]:
        keys.update(f"who:{p}|{s}" for s in stems)
    return frozenset(keys)
