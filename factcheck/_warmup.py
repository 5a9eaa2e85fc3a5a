"""Warm extraction caches at import: preloaded by the pool's fork server.

The first :func:`~factcheck.extract.extract` call of a process builds the
lexicons, the knowledge base and their compiled patterns (about half a second);
later calls take milliseconds. The extraction pool (``_parallel``) forks its
workers from a server that imports this module, so every worker starts warm
instead of paying that first call itself. Importing it anywhere else only
costs the same half second once.
"""

from __future__ import annotations

import gc

from factcheck._copies import fingerprint
from factcheck.claims import Article
from factcheck.extract import extract

__all__ = ["SAMPLE", "warm"]

# A short wire story touching each stage: attribution verbs before and after the
# quote, titles, a state, an organ, a body, an armed group, dates and a number.
SAMPLE = Article(
    id="warmup",
    source="<warmup>",
    outlet="Reuters",
    title="Minister says talks failed",
    published="2024-03-05",
    body=(
        "GENEVA, March 5 (Reuters) - Talks on the ceasefire failed on Tuesday, France's "
        "foreign minister Jean Dupont said, blaming the other side.\n\n"
        '"We will not accept this proposal," Dupont told reporters in Geneva. '
        "The Kremlin denied the report, calling it false, and a spokesman for the "
        "Russian defence ministry said 12 drones had been shot down overnight.\n\n"
        "According to the United Nations, at least 30 civilians were killed last week. "
        "Hamas said in a statement that it had not received any new proposal, while "
        "NATO Secretary General Mark Rutte told a news conference on Monday that the "
        'alliance "stands ready to help". The White House did not comment.\n\n'
        "U.S. officials, speaking on condition of anonymity, said the attack was "
        "planned weeks ago. Ukraine's President Volodymyr Zelenskiy accused Moscow "
        "of lying."
    ),
)


def warm() -> None:
    """Run one extraction and one fingerprint, so their lazy data is built."""
    extract(SAMPLE)
    fingerprint(SAMPLE.body)


warm()
# what is built now lives as long as the process: keep the collector from walking it
# (and, in forked workers, from touching, hence copying, every page of it)
gc.freeze()
