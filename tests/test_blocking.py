"""Matching story by story: the same propositions and verdicts as the whole component at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Article, Claim, load
from factcheck._pipeline import Options, analyze_articles, judged, match_groups
from factcheck.match import article_stories, propositions, story_propositions
from factcheck.verify import judge

ROOT = Path(__file__).resolve().parents[1]
_SHARED = ROOT.parent / "shared"
DEV = ([_SHARED / "seeds", _SHARED / "eval" / "articles"]
       if (_SHARED / "eval" / "articles").is_dir()
       else [ROOT / "examples", ROOT / "eval" / "heldout3" / "articles"])


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Article], list[Claim]]:
    result = analyze_articles(sorted(load(DEV).articles, key=lambda a: a.id),
                              options=Options(jobs=1))
    return list(result.articles), list(result.claims)


def test_story_by_story_gives_the_propositions_of_the_whole(
        corpus: tuple[list[Article], list[Claim]]) -> None:
    """The stories' propositions, put together, are the component's: the same claims,
    frames and rival accounts (re-indexed)."""
    articles, claims = corpus
    parts = list(story_propositions(claims, articles))
    whole = propositions(claims, articles)
    assert len(parts) > 1
    flat = sorted((p for part in parts for p in part), key=lambda p: p.claims[0].id)
    assert [(p.claims, p.frames) for p in flat] == [(p.claims, p.frames) for p in whole]
    where = {p.claims[0].id: n for n, p in enumerate(whole)}
    for part in parts:
        for p in part:
            assert tuple(where[part[r].claims[0].id] for r in p.rivals) == \
                whole[where[p.claims[0].id]].rivals


def test_each_list_is_one_story(corpus: tuple[list[Article], list[Claim]]) -> None:
    """A list of ``story_propositions`` holds the claims of one story, whole."""
    articles, claims = corpus
    story = article_stories(claims, articles)
    seen: set[str] = set()
    for part in story_propositions(claims, articles):
        ids = {story[c.article] for p in part for c in p.claims}
        assert len(ids) == 1 and not ids & seen
        seen |= ids
    assert seen == set(story.values())


def test_judging_story_by_story_equals_judging_all(
        corpus: tuple[list[Article], list[Claim]]) -> None:
    """The clusters judged as each story is matched are those of judging every
    proposition at once, in the same order."""
    articles, claims = corpus
    assert judged(articles, claims) == judge(match_groups(articles, claims), articles)


def test_a_subset_of_whole_stories_matches_as_in_the_whole(
        corpus: tuple[list[Article], list[Claim]]) -> None:
    """Given the stories of the whole, the claims of some stories give those stories'
    propositions (what a store re-matching the stories an add changes relies on)."""
    articles, claims = corpus
    story = article_stories(claims, articles)
    chosen = set(sorted(set(story.values()))[::2])
    some = [c for c in claims if story[c.article] in chosen]
    whole = {p.claims for part in story_propositions(claims, articles) for p in part
             if story[p.claims[0].article] in chosen}
    again = {p.claims for part in story_propositions(some, articles, stories=story)
             for p in part}
    assert again == whole
