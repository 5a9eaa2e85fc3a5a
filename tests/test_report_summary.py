"""The terminal summary table (factcheck.report.summary): counts, cut text, inert user data."""

from __future__ import annotations

import io
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

import factcheck.claims as claims
from factcheck.claims import Result
from factcheck.report.summary import STATEMENT_CHARS, cut, shown, summary

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reports"
RESULT = claims.loads((FIXTURES / "result.json").read_text(encoding="utf-8"), Result)


def _printed(result: Result, width: int = 200) -> str:
    out = io.StringIO()
    Console(file=out, width=width, force_terminal=True, color_system=None).print(summary(result))
    return out.getvalue()


def test_title_says_how_many_propositions_are_shown_of_how_many() -> None:
    """The title counts the rows shown and all propositions, claims and articles."""
    rows = sum(shown(c) for c in RESULT.clusters)
    assert 0 < rows < len(RESULT.clusters)
    text = _printed(RESULT)
    assert (f"{rows} of {len(RESULT.clusters)} propositions (stated twice or more, or denied) "
            f"from "
            f"{len(RESULT.claims)} claims in {len(RESULT.articles)} articles") in text
    assert "left out" in text  # the caption says where the others are


def test_only_repeated_or_denied_propositions_are_rows() -> None:
    """A row per proposition with several claims or a denial; single claims are left out."""
    text = _printed(RESULT, width=400)
    for cl in RESULT.clusters:
        assert (cut(cl.statement) in text) == shown(cl), cl.id


@given(st.text(alphabet=st.sampled_from("ab c\u00e9  ,."), max_size=300),
       st.integers(min_value=10, max_value=120))
def test_cut_is_short_ends_in_an_ellipsis_and_keeps_whole_words(text: str, limit: int) -> None:
    """cut() never exceeds the limit; a cut text ends in "…" at a word boundary when one is
    near, and what it keeps is the start of the text."""
    one = " ".join(text.split())
    short = cut(text, limit)
    assert len(short) <= limit
    if len(one) <= limit:
        assert short == one
    else:
        kept = short.removesuffix("…")
        assert short.endswith("…") and one.startswith(kept)
        if " " in one[limit // 2: limit - 1]:
            assert one[len(kept)] in " ,.;:-" or one[len(kept):].startswith(" ")


def test_a_long_statement_is_cut_at_a_word() -> None:
    """A statement longer than the column is cut after a whole word, with an ellipsis."""
    words = "North Korea has already given Russia large quantities of artillery shells and " \
            "ballistic missiles for the war in Ukraine, officials said"
    assert len(words) > STATEMENT_CHARS
    assert cut(words) == "North Korea has already given Russia large quantities of artillery " \
                         "shells and ballistic…"


def test_markup_and_escape_sequences_in_the_data_print_as_text() -> None:
    """Rich markup in a statement or party is shown literally; control characters are dropped."""
    cl = RESULT.clusters[0]
    evil = attrs.evolve(cl, statement="[bold red]loud[/] [/bold] \x1b]0;pwned\x07 end")
    text = _printed(attrs.evolve(RESULT, clusters=(evil, *RESULT.clusters[1:])), width=400)
    assert "[bold red]loud[/] [/bold]" in text
    assert "\x1b]0;" not in text and "\x07" not in text
