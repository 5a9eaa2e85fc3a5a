"""One knowledge base of states, bodies, organisations, outlets and people, read by every stage.

    >>> from factcheck.knowledge import Knowledge
    >>> kb = Knowledge.default()
    >>> kb.party_of("the Kremlin").id, kb.party_of("Kenya's defence ministry").id
    ('RU', 'KE')

The data are JSON Lines files (``data/states.jsonl`` generated from pycountry
and countryinfo by ``scripts/build_states.py``; ``data/world.jsonl`` and
``data/people.jsonl`` written by hand), and a user extends them with files of
the same rows: ``Knowledge.load("mine.jsonl")``. See ``docs/knowledge.md``.
"""

from factcheck.knowledge._base import (
    DATA_FILES,
    Knowledge,
    Mention,
    alternation,
    as_of,
    current,
    dotted_initialisms,
    on_day,
    organ_words,
    per_knowledge,
    unaccented,
)
from factcheck.knowledge._records import Entry, EntryKind, Role

__all__ = [
    "DATA_FILES",
    "Entry",
    "EntryKind",
    "Knowledge",
    "Mention",
    "Role",
    "alternation",
    "as_of",
    "current",
    "dotted_initialisms",
    "on_day",
    "organ_words",
    "per_knowledge",
    "unaccented",
]
