"""Wire copy: copies of one article are found, matched once and counted as one source."""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck._pipeline as pipeline
from factcheck import Article, Claim, Result, Speaker, analyze, analyze_articles, read_article
from factcheck._copies import copy_groups, dedupe_claims, expand
from factcheck._pipeline import Options
from factcheck.claims import Party, Verdict
from factcheck.match import Proposition
from factcheck.report import render
from factcheck.verify import judge

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "000_4cc6572603486089.txt"
ONE_JOB = Options(jobs=1)
US = Party(id="US", kind="state", name="United States")


@pytest.fixture(scope="module")
def original() -> Article:
    return read_article(EXAMPLE)


@pytest.fixture(scope="module")
def one_copy(original: Article) -> Result:
    return analyze_articles([original], options=ONE_JOB)


def propositions(result: Result) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """What a reader sees of each proposition: statement, verdict, asserting and denying parties."""
    return sorted((" ".join(c.statement.split()), c.verdict.value,
                   tuple(p.party for p in c.asserted_by), tuple(p.party for p in c.denied_by))
                  for c in result.clusters)


def copies(article: Article, n: int) -> list[Article]:
    return [attrs.evolve(article, id=f"copy{i:03d}", outlet=f"Outlet {i}") for i in range(n)]


@pytest.mark.parametrize("n", [1, 2, 25, 26, 200])
def test_identical_copies_give_the_propositions_of_one_copy(
        original: Article, one_copy: Result, n: int) -> None:
    """N identical copies (N from 1 to 200) give the propositions and verdicts of one copy."""
    result = analyze_articles(copies(original, n), options=ONE_JOB)
    assert propositions(result) == propositions(one_copy)
    assert sum(a.copy_of is None for a in result.articles) == 1


def test_copies_count_as_one_source(original: Article, one_copy: Result) -> None:
    """Every party role in a cluster of copies is one source: as many roles as in one copy."""
    result = analyze_articles(copies(original, 30), options=ONE_JOB)
    roles = sorted(len(c.asserted_by) + len(c.denied_by) for c in result.clusters)
    assert roles == sorted(len(c.asserted_by) + len(c.denied_by) for c in one_copy.clusters)


def _html(article: Article) -> str:
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in article.body.split("\n\n"))
    title = html.escape(article.title or "")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}'
            f'</title><meta property="og:site_name" content="{article.outlet}">'
            f'<meta property="article:published_time" content="{article.published}">'
            f"</head><body><article><h1>{title}</h1>\n{paras}\n</article></body></html>")


def test_txt_and_html_copies_give_the_propositions_of_one_pair(
        original: Article, tmp_path: Path) -> None:
    """30 txt and 30 html copies give the propositions of one txt and one html copy."""
    text, page = EXAMPLE.read_text(encoding="utf-8"), _html(original)
    for i in range(30):
        (tmp_path / f"t{i:02d}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"h{i:02d}.html").write_text(page, encoding="utf-8")
    many = analyze([tmp_path], options=ONE_JOB)
    pair = analyze([tmp_path / "t00.txt", tmp_path / "h00.html"], options=ONE_JOB)
    assert propositions(many) == propositions(pair)
    assert sum(a.copy_of is None for a in many.articles) == 1


def _paragraphs(article: Article) -> list[str]:
    return article.body.split("\n\n")


def test_a_trimmed_copy_is_a_copy(original: Article) -> None:
    """A copy cut after its first paragraphs repeats the full one."""
    trimmed = "\n\n".join(_paragraphs(original)[:6])
    assert copy_groups([("full", original.body), ("short", trimmed)]) == {"short": "full"}


def test_a_copy_with_an_added_paragraph_is_a_copy(original: Article) -> None:
    """Local reaction added to the agency text does not make a new article."""
    added = original.body + "\n\nThe mayor of a small town said residents were worried " \
        "about the news and hoped for calm, and a local teacher agreed with her."
    assert copy_groups([("a", original.body), ("b", added)]) == {"b": "a"}


def test_different_reports_of_one_story_are_not_copies() -> None:
    """Articles of the dev corpus, several about one story, are no copies of each other."""
    loaded = [read_article(p) for p in sorted((ROOT / "examples").glob("*.txt"))]
    assert copy_groups((a.id, a.body) for a in loaded) == {}


@settings(max_examples=25, deadline=None)
@given(st.permutations(list(range(6))))
def test_copy_groups_do_not_depend_on_order(order: list[int]) -> None:
    """Groups and their roots are the same in any input order."""
    texts = [(f"x{i}", " ".join(f"w{(i // 3) * 100 + k}" for k in range(60))) for i in range(6)]
    assert copy_groups([texts[i] for i in order]) == copy_groups(texts)


def test_copy_of_is_in_the_json_report(original: Article) -> None:
    """The JSON report says which article each copy repeats (with its outlet)."""
    result = analyze_articles(copies(original, 3), options=ONE_JOB)
    text = render(result, "json")
    assert text.count('"copy_of": "copy000"') == 2


def _claim(article: str, start: int, text: str, name: str = "John Kirby") -> Claim:
    return Claim(id=f"{article}#{start}", article=article, start=start, end=start + len(text),
                 text=text, speaker=Speaker(name=name, party=US))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 5),
                          st.sampled_from(["Russia sends shells", "Iran sends drones"]),
                          st.sampled_from(["Kirby", "Peskov"])),
                unique_by=lambda t: (t[0], t[1]), max_size=20))
def test_dedupe_then_expand_keeps_every_claim_once(
        rows: list[tuple[str, int, str, str]]) -> None:
    """Every claim is a representative or the repeat of exactly one."""
    claims = [_claim(a, pos * 100, text, name) for a, pos, text, name in rows]
    reps, repeats = dedupe_claims(claims, {"b": "a"})
    groups = expand([[r] for r in reps], repeats)
    assert sorted(c.id for g in groups for c in g) == sorted(c.id for c in claims)
    assert len(reps) == len({(("a" if c.article == "b" else c.article), c.text, c.speaker.name)
                             for c in claims})


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=1, max_value=400))
def test_a_repeated_statement_is_matched_once(n: int) -> None:
    """One line repeating a statement n times sends the matcher the same claims for any n."""
    sentence = ('"Russia is sending artillery shells to the front," John Kirby, a White House '
                "spokesman, told reporters. ")
    article = Article(id="long", source="long.txt", body=sentence * n)
    seen: list[int] = []
    real = pipeline.story_propositions  # type: ignore[attr-defined]  # what it matches with

    def counting(claims: Sequence[Claim], articles: object,
                 **kw: object) -> Iterator[list[Proposition]]:
        seen.append(len(claims))
        return real(claims, articles, **kw)  # type: ignore[arg-type]

    pipeline.story_propositions = counting  # type: ignore[attr-defined, assignment]
    try:
        result = analyze_articles([article], options=ONE_JOB)
    finally:
        pipeline.story_propositions = real  # type: ignore[attr-defined]
    assert seen == [1]
    assert len(result.clusters) == 1
    assert len(result.clusters[0].claims) == len(result.claims) == n


def test_a_statement_repeated_in_copies_counts_once() -> None:
    """One side says it once and unsays it in an article carried by three outlets: the
    denial is said once, not three times (one says, one unsays: uncorroborated)."""
    text = "The shells came from North Korea and were used at the front"
    group = [_claim("a", 0, text)]
    group += [attrs.evolve(_claim(a, 500, text), stance="denies") for a in ("a", "b", "c")]
    arts = [Article(id=i, source=i, body="x", copy_of=None if i == "a" else "a")
            for i in ("a", "b", "c")]
    (cluster,) = judge([group], arts)
    assert cluster.verdict is Verdict.UNCORROBORATED
    (apart,) = judge([group], [attrs.evolve(a, copy_of=None) for a in arts])
    assert apart.verdict is Verdict.DENIED


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_the_report_says_which_outlet_carried_a_copy(original: Article, fmt: str) -> None:
    """The articles table marks each copy with the article it repeats."""
    result = analyze_articles(copies(original, 2), options=ONE_JOB)
    assert "(copy of copy000)" in render(result, fmt).replace("\\_", "_")


def test_linking_finds_the_candidates_datasketch_lsh_finds() -> None:
    """``link_copies`` bands signatures as ``datasketch.MinHashLSH`` does: on texts that
    share some shingles, each text's earlier band-mates are the LSH query's answer."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from factcheck._copies import LSH_BANDS, LSH_ROWS, NUM_PERM, bands, fingerprint

    words = [f"w{n}" for n in range(400)]
    texts = {f"t{n:02d}": " ".join(words[n * 7:n * 7 + 60]) for n in range(40)}
    prints = {k: fingerprint(v) for k, v in texts.items()}
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(LSH_BANDS, LSH_ROWS))
    seen: dict[tuple[int, bytes], set[str]] = {}
    for key, fp in sorted(prints.items()):
        mh = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32",
                     hashvalues=np.frombuffer(fp.signature, dtype=np.uint32))
        ours = {o for band in bands(fp) for o in seen.get(band, ())}
        assert ours == set(lsh.query(mh)), key
        lsh.insert(key, mh)
        for band in bands(fp):
            seen.setdefault(band, set()).add(key)
    assert any(len(v) > 1 for v in seen.values())  # the texts overlap: candidates exist


def test_importing_copy_detection_does_not_import_scipy() -> None:
    """Linking fingerprints (the pool's parent) needs no datasketch, hence no scipy:
    ``import factcheck._copies`` stays cheap."""
    import subprocess
    import sys

    code = "import sys, factcheck._copies; print('scipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
