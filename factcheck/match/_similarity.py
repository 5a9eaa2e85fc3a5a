"""Whether two claims can state one proposition, and how alike they are.

``compatible`` is the hard test: the same action class, the same direction,
the same actor, no clash of object classes, one site (the dam is not the
plant) and no clash of time scope ("before the war" is its own claim). ``affinity`` ranks the
compatible candidates, combining slot overlap, act overlap and rapidfuzz
similarity of the wording; ``near_duplicate`` finds the same words reported
twice (one quote in two outlets, wire copy).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz import process as rf_process

from factcheck.match._features import NAT, Frame
from factcheck.match._lexicon import lexicon

__all__ = ["NEAR_DUPLICATE", "SPECIFIC_ACTS", "affinity", "compatible", "fuzzy",
           "near_duplicates", "normalize", "objects_meet", "recipients_meet", "scopes_meet",
           "sites_meet", "targets_meet", "topics_meet"]

NEAR_DUPLICATE = 80.0  # rapidfuzz token-sort ratio from which two wordings are the same words
SPECIFIC_ACTS = frozenset({"poison", "kill", "strike"})
_WORD = re.compile(r"[a-z0-9]+")
_POSSESSIVE = re.compile(r"'s\b")


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Lower-case content words, for fuzzy comparison."""
    stop = lexicon().stopwords
    low = _POSSESSIVE.sub("", text.lower().replace("’", "'"))
    return " ".join(w for w in _WORD.findall(low) if w not in stop)


def fuzzy(a: str, b: str) -> float:
    """rapidfuzz token-set ratio (0-100) of two normalized wordings."""
    return float(fuzz.token_set_ratio(a, b))


def near_duplicates(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Index pairs ``i < j`` of normalized texts at or above :data:`NEAR_DUPLICATE`.

    The token-sort ratio compares whole wordings, so a long sentence that
    contains two short claims (a standfirst) joins neither.
    """
    if len(texts) < 2:
        return []
    scores = rf_process.cdist(texts, texts, scorer=fuzz.token_sort_ratio,
                              score_cutoff=NEAR_DUPLICATE, workers=1)
    hits = np.argwhere(np.triu(scores >= NEAR_DUPLICATE, k=1))
    return [(int(i), int(j)) for i, j in hits if texts[i] and texts[j]]


def _meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Either side unknown, or a party in common."""
    return not a or not b or bool(a & b)


def _state(ids: frozenset[str]) -> frozenset[str]:
    return frozenset(i.removesuffix(NAT) for i in ids)


def _acts_meet(a: Frame, b: Frame) -> bool:
    sa, sb = a.acts & SPECIFIC_ACTS, b.acts & SPECIFIC_ACTS
    return not sa or not sb or bool(sa & sb)


def objects_meet(a: Frame, b: Frame) -> bool:
    """Goods of one family (shells, missiles, drones) may be one proposition; troops never."""
    if not a.objects or not b.objects:
        return True
    fam = lexicon().families
    return bool({fam[o] for o in a.objects} & {fam[o] for o in b.objects})


def _culprits_meet(a: Frame, b: Frame) -> bool:
    if a.culprits & b.culprits:
        return True
    nationals = any(i.endswith(NAT) for i in a.culprits | b.culprits)
    if not nationals:
        return False
    # "two Russian men" stand for Russia only where the act itself is the same
    sa, sb = a.acts & SPECIFIC_ACTS, b.acts & SPECIFIC_ACTS
    same_act = bool(sa & sb) or not sa or not sb
    return same_act and bool(_state(a.culprits) & _state(b.culprits))


def targets_meet(a: Frame, b: Frame) -> bool:
    """A mosque struck is not an airport shelled: two harm acts done to different things
    are two acts, even by one party in one story (either unknown: they may meet). Where a
    site is known (the dam, the plant) the site says what was hit, in whatever words."""
    if a.sites or b.sites or not a.targets or not b.targets:
        return True
    return bool(a.targets & b.targets)


def recipients_meet(a: Frame, b: Frame) -> bool:
    """Backing an armed group is not sheltering a few individuals (``targets`` of a
    backing frame is the kind it backs); either unknown: they may meet."""
    return not a.targets or not b.targets or bool(a.targets & b.targets)


def topics_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b or a <= b or b <= a:
        return True
    return len(a & b) / len(a | b) >= 0.5


def sites_meet(a: Frame, b: Frame) -> bool:
    """The dam is not the nuclear plant: an event happens to one site."""
    return _meet(a.sites, b.sites)


def scopes_meet(a: Frame, b: Frame) -> bool:
    """"Months before the war" is another claim than the plain one; "since 2019" (an old
    facility) is another than "a new one", but either may restate the plain claim."""
    if a.scope == b.scope:
        return True
    strict = lexicon().strict_scopes
    if (a.scope | b.scope) & strict:
        return False
    return not a.scope or not b.scope


def compatible(a: Frame, b: Frame) -> bool:
    """Whether two strong frames can state one proposition."""
    if a.klass != b.klass or a.instance != b.instance or not objects_meet(a, b):
        return False
    if not sites_meet(a, b) or not scopes_meet(a, b):
        return False
    if a.mode == "culprit":
        return _acts_meet(a, b) and _culprits_meet(a, b) and targets_meet(a, b)
    if a.mode == "direction":
        if (a.givers & b.receivers and not a.givers & b.givers) or (
                a.receivers & b.givers and not a.receivers & b.receivers):
            return False  # who gives to whom is reversed
        return (_meet(a.givers, b.givers) and _meet(a.receivers, b.receivers)
                and recipients_meet(a, b))
    if a.mode == "agent":
        return bool(a.agents & b.agents)
    return topics_meet(a.topic, b.topic)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def affinity(a: Frame, b: Frame, words_a: str, words_b: str) -> float:
    """How alike two compatible frames are: slot overlap, act overlap and wording."""
    slots = (_jaccard(a.culprits, b.culprits) + _jaccard(a.givers, b.givers)
             + _jaccard(a.receivers, b.receivers) + _jaccard(a.agents, b.agents)
             + _jaccard(a.topic, b.topic))
    acts = _jaccard(a.acts, b.acts)
    objects = _jaccard(a.objects, b.objects)
    return slots + 0.5 * acts + 0.25 * objects + fuzzy(words_a, words_b) / 100
