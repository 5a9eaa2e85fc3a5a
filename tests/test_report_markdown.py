"""The Markdown report: its sections, its escaping, its tables, determinism, the CLI."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import attrs
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import factcheck
import factcheck.claims as claims
from factcheck import cli
from factcheck.claims import Result
from factcheck.report.markdown import escape

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "reports"
EXAMPLES = ROOT / "examples"

# CommonMark with tables, as GitHub and most viewers read it; raw HTML passes through, so
# any markup that escaped the escaping would show up in the parsed tree.
MD = MarkdownIt("commonmark", {"html": True}).enable("table")


def _load(name: str) -> Result:
    return claims.loads((FIXTURES / name).read_text(encoding="utf-8"), Result)


RESULT = _load("result.json")
HOSTILE = _load("hostile.json")


def _md(result: Result = RESULT, **options: Any) -> str:
    return factcheck.render(result, "markdown", **options)


def _html(text: str) -> Any:
    return lxml.html.document_fromstring(f"<html><body>{MD.render(text)}</body></html>")


def _section(text: str, heading: str) -> str:
    """The text under one level-2 heading, up to the next."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, heading
    return match.group(1)


def test_render_from_library_has_every_section() -> None:
    """factcheck.render(result, "markdown") has the title and one section per part."""
    text = _md()
    assert text.startswith("# factcheck report\n")
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings == ["Summary", "Propositions", "Single claims", "Opinions", "Articles",
                        "Skipped inputs"]


def test_summary_table_counts_checkable_propositions_per_verdict() -> None:
    """The summary table has a row per verdict and one for opinions, counted apart."""
    tables = _html(_md()).xpath("//table")
    rows = {tr.xpath("td[1]")[0].text: tr.xpath("td[2]")[0].text
            for tr in tables[0].xpath(".//tbody/tr")}
    assert rows == {"contested": "1", "corroborated": "1", "denied": "2", "uncorroborated": "2",
                    "opinion (not checkable)": "1"}


@pytest.mark.parametrize(("cluster_id", "heading"), [
    ("P_shells", "### CONTESTED: North Korea has already given Russia large quantities of "
                 "artillery shells"),
    ("P_satellites", "### CORROBORATED: Russia will help North Korea develop satellites"),
    ("P_talks", "### DENIED: Russia and North Korea are not negotiating any arms deal"),
    ("P_ammunition", "### UNCORROBORATED: Russia is seeking to buy more ammunition from North "
                     "Korea for its war in Ukraine"),
])
def test_each_proposition_has_a_section_with_verdict_and_statement(cluster_id: str,
                                                                   heading: str) -> None:
    """A multi-claim proposition gets its own heading: verdict, then statement."""
    props = _section(_md(), "Propositions")
    assert heading + "\n" in props
    assert f"`{cluster_id}`" in props


def test_sides_list_parties_with_speakers_dates_outlets_and_quotes() -> None:
    """Under a proposition, each side lists its parties, then each claim with its quote."""
    text = _section(_md(), "Propositions")
    shells = text.split("### ")[1]
    asserted, denied = shells.split("**Denied by**")
    assert re.findall(r"^- \*\*(\w+)\*\*", asserted, re.M) == ["US", "KR"]
    assert re.findall(r"^- \*\*(\w+)\*\*", denied, re.M) == ["KP", "RU"]
    assert ("  - John Kirby, NSC strategic communications coordinator · 2023-09-13 · "
            "[The Korea Herald](https://www.koreaherald.com/view.php?ud=20230914000001)") \
        in asserted
    assert ("    > John Kirby, NSC strategic communications coordinator, said **North Korea "
            "has already given Russia large quantities of artillery shells**.") in asserted


@pytest.mark.parametrize("claim", RESULT.claims, ids=lambda c: c.id)
def test_every_claim_is_quoted_with_its_words_in_bold(claim: claims.Claim) -> None:
    """Nothing is dropped: each claim's words appear in bold inside a quote."""
    assert f"**{escape(claim.text)}**" in _md()


def test_a_claim_whose_article_is_missing_is_still_shown() -> None:
    """A claim that points at an article the result lacks keeps its words and source id."""
    text = _md(attrs.evolve(RESULT, articles=RESULT.articles[:2]))
    assert "Matthew Miller, State Department spokesman · undated · yonhap-0916" in text
    assert "> …**Russia is seeking ammunition from North Korea**…" in text


def test_single_claim_propositions_are_listed_compactly() -> None:
    """Propositions of one claim are a list under Single claims, not sections."""
    singles = _section(_md(), "Single claims")
    items = re.findall(r"^- \*\*(\w+)\*\* `(\w+)`", singles, re.M)
    assert items == [("DENIED", "S_missiles"), ("UNCORROBORATED", "S_nuclear")]
    assert "S_nuclear" not in _section(_md(), "Propositions")


def test_opinions_are_apart_from_propositions() -> None:
    """An opinion cluster is under Opinions, marked so, and not under Propositions."""
    text = _md()
    assert "### CORROBORATED (opinion): We obviously have concerns" in _section(text, "Opinions")
    assert "P_concern" not in _section(text, "Propositions")


def test_skipped_inputs_are_listed() -> None:
    """Each skipped input is listed with its reason."""
    assert _section(_md(), "Skipped inputs").strip() == \
        "- `corpus/broken.html`: corpus/broken.html (offset 812): not valid UTF-8"


def test_tables_are_well_formed() -> None:
    """Every table row has as many cells as its header, even with hostile text in cells."""
    for result in (RESULT, HOSTILE):
        for table in _html(_md(result)).xpath("//table"):
            width = len(table.xpath(".//thead/tr/th"))
            assert width > 0
            assert all(len(tr.xpath("td")) == width for tr in table.xpath(".//tbody/tr"))


def test_hostile_text_reads_as_text_not_markup() -> None:
    """Markup in claims, names, outlets and reasons renders as literal text, never as HTML."""
    text = _md(HOSTILE)
    tree = _html(text)
    assert not tree.xpath("//script | //img | //svg | //iframe | //b | //i")
    for el in tree.iter():
        for name, value in getattr(el, "attrib", {}).items():
            assert not name.lower().startswith("on")
            assert not value.strip().lower().startswith("javascript:")
    strong = [" ".join(s.text_content().split()) for s in tree.xpath("//blockquote//strong")]
    assert HOSTILE.claims[0].text in strong
    assert "<script>" not in re.sub(r"`[^`]*`", "", text)  # code spans are literal


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
               max_size=60)
       | st.text(alphabet=st.sampled_from("\\`*_[]()<>|~#&!:/ abc1.-=+;\""), max_size=40))
def test_escaped_text_renders_back_to_itself(text: str) -> None:
    """Any text, escaped, renders in CommonMark as exactly that text (spaces collapsed)."""
    html = MD.renderInline(escape(text))
    shown = lxml.html.fragment_fromstring(f"<p>{html}</p>").text_content() if html else ""
    assert shown == " ".join(text.split())


def test_options_set_organisation_and_title_and_unknown_ones_are_ignored() -> None:
    """organisation and title appear; an unknown option is ignored."""
    text = _md(organisation="Example *Checks*", title="Arms deal", colour="teal")
    assert text.startswith("# Arms deal\n\nBy Example \\*Checks\\* · 3 articles")


def test_empty_result_renders() -> None:
    """A result with nothing in it renders every section, saying there is nothing."""
    text = _md(Result())
    assert "No proposition is stated by more than one claim." in text
    assert _section(text, "Articles").strip() == "None."


def test_same_input_same_output() -> None:
    """Rendering twice gives the same text."""
    assert _md() == _md()


@settings(max_examples=15, deadline=None)
@given(st.permutations(RESULT.articles), st.permutations(RESULT.claims),
       st.permutations(RESULT.clusters))
def test_input_order_does_not_change_the_report(articles: list[claims.Article],
                                                claim_list: list[claims.Claim],
                                                clusters: list[claims.Cluster]) -> None:
    """The report depends on what the result holds, not on the order it holds it in."""
    shuffled = attrs.evolve(RESULT, articles=tuple(articles), claims=tuple(claim_list),
                            clusters=tuple(clusters))
    assert _md(shuffled) == _md()


def test_cli_prints_markdown_to_stdout(monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """factcheck analyze --format markdown prints the report on stdout."""
    monkeypatch.setattr(cli, "analyze_articles",
                        lambda articles, **_: attrs.evolve(RESULT, skipped=()))
    assert cli.main(["analyze", str(EXAMPLES), "--format", "markdown", "-q"]) == 0
    # the CLI lists what it skipped itself, so the report's skipped inputs are the loader's
    assert capsys.readouterr().out == _md(attrs.evolve(RESULT, skipped=()))


def test_cli_renders_the_real_pipeline_output(tmp_path: Path) -> None:
    """The Markdown report renders whatever the real pipeline finds in the examples."""
    out = tmp_path / "r.md"
    assert cli.main(["analyze", str(EXAMPLES), "--format", "markdown", "-o", str(out),
                     "-q"]) == 0
    text = out.read_text(encoding="utf-8")
    for article in factcheck.analyze([EXAMPLES]).articles:
        assert escape(article.id) in _section(text, "Articles")
