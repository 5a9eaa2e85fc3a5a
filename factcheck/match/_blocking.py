"""Candidate blocks, so that matching 100,000 claims never compares all pairs.

Units are compared only inside a block: the same story (see ``_stories``)
and the same action class for the assignment of strong frames; the same
story for near-duplicate wording. With
``exhaustive=True`` every block is the whole corpus (the compatibility tests
then reject what blocking would have kept apart): the reference the blocked
run must equal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from factcheck.match._similarity import near_duplicates
from factcheck.match._units import Unit

__all__ = ["class_blocks", "near_duplicate_pairs"]


def class_blocks(units: Sequence[Unit], live: Sequence[int], exhaustive: bool = False,
                 ) -> list[list[int]]:
    """The ``live`` unit indices grouped by (story, action class), each in corpus order."""
    if exhaustive:
        return [list(live)]
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n in live:
        blocks[(units[n].story, units[n].frame.klass or "")].append(n)
    return [blocks[k] for k in sorted(blocks)]


def near_duplicate_pairs(units: Sequence[Unit], exhaustive: bool = False,
                         ) -> list[tuple[int, int]]:
    """Index pairs of non-editorial units with near-identical wording, inside one story."""
    live = [n for n, u in enumerate(units) if not u.editorial]
    if exhaustive:
        blocks = [live]
    else:
        keyed: dict[str, list[int]] = defaultdict(list)
        for n in live:
            keyed[units[n].story].append(n)
        blocks = [keyed[k] for k in sorted(keyed)]
    pairs: set[tuple[int, int]] = set()
    for block in blocks:
        texts = [units[n].words for n in block]
        pairs.update((block[i], block[j]) for i, j in near_duplicates(texts))
    return sorted(pairs)
