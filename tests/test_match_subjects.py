"""A claim that opens with its verb ("... and had since shelled villages") shares the
subject of the clause before it in its sentence (``_features._subject_antecedent``)."""

from __future__ import annotations

import pytest

from factcheck.match import frame_of

_BEFORE = ("Chile's border guards said Peruvian forces had opened fire on a Chilean "
           "outpost on Monday and ")


@pytest.mark.parametrize("text", [
    "had since shelled four Chilean villages",
    "had repeatedly shelled four Chilean villages",
    "had then fired on the villages",
])
def test_a_subjectless_active_predicate_shares_the_subject_before_it(text: str) -> None:
    """An active predicate with no subject of its own ('had since shelled ...') is done by
    the party acting in the clause before it in its sentence."""
    assert frame_of(text, context=_BEFORE).culprits == {"PE"}


@pytest.mark.parametrize("text", [
    "were killed in the shelling",
    "had been shelled overnight",
])
def test_a_subjectless_passive_takes_no_subject_from_before(text: str) -> None:
    """A passive with no 'by' ('were killed', 'had been shelled') says nothing of who did
    it: the party acting before it is not its culprit."""
    assert "PE" not in frame_of(text, context=_BEFORE).culprits
