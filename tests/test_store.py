"""The corpus store: incremental adds equal a one-shot analysis; nothing committed is lost."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import factcheck.match
from factcheck import Article, Result, StoreError, load
from factcheck._pipeline import Options, analyze_articles
from factcheck.cli import main
from factcheck.knowledge import Knowledge
from factcheck.store import SCHEMA_VERSION, Store

ROOT = Path(__file__).resolve().parents[1]
# The shared dev corpus when the checkout sits beside it, else the project's own copies of
# real-style articles: the equality tests run either way instead of skipping.
_SHARED = ROOT.parent / "shared"
SEEDS, ARTICLES = ((_SHARED / "seeds", _SHARED / "eval" / "articles")
                   if (_SHARED / "eval" / "articles").is_dir()
                   else (ROOT / "examples", ROOT / "eval" / "heldout3" / "articles"))
DEV = [SEEDS, ARTICLES]
ONE_JOB = Options(jobs=1)



@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return sorted(load(DEV).articles, key=lambda a: a.id)


@pytest.fixture(scope="module")
def one_shot(articles: list[Article]) -> Result:
    return analyze_articles(articles, options=ONE_JOB)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "desk.sqlite"


# what takes a current store back to schema 4 (no extractor kept per article)
_UNDO_5 = ("ALTER TABLE articles DROP COLUMN extractor",)
# ... and back to schema 3 (no story documents kept)
_UNDO_4 = (*_UNDO_5, "DROP TABLE story_docs", "DROP TABLE doc_keys", "DROP TABLE meta",
           "CREATE TABLE claim_keys (key TEXT NOT NULL, claim TEXT NOT NULL, "
           "PRIMARY KEY (key, claim)) WITHOUT ROWID")


def _execute(db: Path, *statements: str) -> None:
    """Run raw SQL on a closed store file (to age or damage it for a test)."""
    con = sqlite3.connect(db)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def _one_key(claims: object, articles: object) -> dict[str, frozenset[str]]:
    """Blocking keys that join every claim: the store's incremental path, whole corpus."""
    return {c.id: frozenset({"*"}) for c in claims}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("keys", "reverse"), [
    ("matcher", False), ("matcher", True), ("none", True), ("one", False)])
def test_three_adds_equal_one_analysis(articles: list[Article], one_shot: Result, db: Path,
                                       reverse: bool, keys: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The dev corpus added in three batches, in two orders, reads back as one analysis
    (with the matcher's blocking keys, without them, and with one key for all)."""
    if keys == "none":
        monkeypatch.delattr(factcheck.match, "blocking_keys", raising=False)
    elif keys == "one":
        monkeypatch.setattr(factcheck.match, "blocking_keys", _one_key, raising=False)
    order = articles[::-1] if reverse else articles
    third = len(order) // 3
    with Store(db, options=ONE_JOB) as store:
        for batch in (order[:third], order[third:2 * third], order[2 * third:]):
            store.add_articles(batch)
        assert store.result() == one_shot


def test_an_add_re_judges_only_the_stories_it_changes(articles: list[Article],
                                                    one_shot: Result, db: Path) -> None:
    """One more article re-judges the propositions of the stories it changes, not the
    store's; the store still reads back as one analysis."""
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles[:-1])
        report = store.add_articles(articles[-1:])
        assert 0 < report.rejudged < len(one_shot.clusters)
        assert store.result() == one_shot


def test_an_add_reads_only_its_own_articles_words(articles: list[Article], one_shot: Result,
                                                  db: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """An add counts the words of the new articles (and their copy groups) only: the
    stored articles' story documents are read back, not made again."""
    counted: list[str] = []
    views = factcheck.match._stories.views

    def counting(doc: object, speakers: object = ()) -> object:
        counted.append(doc.body)  # type: ignore[attr-defined]
        return views(doc, speakers)  # type: ignore[arg-type]

    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles[:-1])
        monkeypatch.setattr(factcheck.match._stories, "views", counting)
        store.add_articles(articles[-1:])
        assert store.result() == one_shot
    last = one_shot.article(articles[-1].id)
    root = last.copy_of or last.id
    group = [a.body for a in one_shot.articles if (a.copy_of or a.id) == root]
    assert counted and set(counted) <= set(group) and len(counted) <= len(group)


def test_a_version_2_store_re_matches_once_then_by_story(articles: list[Article],
                                                        one_shot: Result, db: Path) -> None:
    """A store of schema 2 (no stories kept) migrates, and its next add still equals one
    analysis."""
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles[:-2])
    _execute(db, *_UNDO_4, "DROP INDEX articles_story",
             "ALTER TABLE articles DROP COLUMN story",
             "UPDATE schema_version SET version = 2")
    with Store(db, options=ONE_JOB) as store:
        assert store.version() == SCHEMA_VERSION
        store.add_articles(articles[-2:])
        assert store.result() == one_shot


def test_a_version_3_store_keeps_story_documents_after_its_next_add(
        articles: list[Article], one_shot: Result, db: Path) -> None:
    """A store of schema 3 (stories kept, story documents not) migrates; its next add
    makes every article's story document and still equals one analysis."""
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles[:-2])
    _execute(db, *_UNDO_4, "UPDATE schema_version SET version = 3")
    with Store(db, options=ONE_JOB) as store:
        assert store.version() == SCHEMA_VERSION
        store.add_articles(articles[-2:])
        assert store.result() == one_shot
    con = sqlite3.connect(db)
    kept = con.execute("SELECT count(*) FROM story_docs").fetchone()[0]
    con.close()
    assert kept > len(articles) // 2


def test_story_documents_of_another_matcher_are_made_again(
        articles: list[Article], one_shot: Result, db: Path) -> None:
    """Story documents kept by another matcher (another fingerprint), even wrong ones, are
    all made again by the next add: the store still equals one analysis."""
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles[:-1])
    _execute(db, "UPDATE story_docs SET views = '[{}, {}]', keys = '[]'",
             "DELETE FROM doc_keys",
             "UPDATE meta SET value = 'another matcher' WHERE name = 'story_docs'")
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles[-1:])
        assert store.result() == one_shot


def test_an_article_already_in_the_store_is_skipped(articles: list[Article], db: Path) -> None:
    """Adding an article again (same text, or same URL) adds nothing and says why."""
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles[:2])
        before = store.result()
        again = store.add_articles([articles[0], attrs.evolve(articles[1], id="renamed")])
        assert again.added == ()
        assert [d.reason.split("already in the store as ")[1] for d in again.duplicates] == [
            f"{articles[0].id} (the same outlet and text)",
            f"{articles[1].id} (the same outlet and text)"]
        assert store.result() == before


def test_a_clashing_id_with_new_text_is_kept_under_a_new_id(
        articles: list[Article], db: Path) -> None:
    """Another article under a stored id is added, with a suffix."""
    other = attrs.evolve(articles[1], id=articles[0].id, source="elsewhere.txt")
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles[:1])
        report = store.add_articles([other])
    assert len(report.added) == 1 and report.added[0].startswith(f"{articles[0].id}~")


def test_a_new_store_has_the_current_schema(db: Path) -> None:
    """A new file is created in WAL mode with the schema version recorded."""
    with Store(db) as store:
        assert store.version() == SCHEMA_VERSION
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_a_store_of_a_newer_schema_is_refused(db: Path) -> None:
    """A file written by a newer factcheck is not touched."""
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(db)


def test_a_version_1_store_migrates_to_the_current_schema(articles: list[Article],
                                                          db: Path) -> None:
    """Opening a store of schema 1 adds the copy-detection tables and fills them from the
    stored fingerprints; the store reads back the same, and later adds still find copies."""
    copy = attrs.evolve(articles[0], id="zz-copy", outlet="Another Outlet")
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles[:3])
        before = store.result()
    _execute(db, *_UNDO_4, "DROP TABLE copy_bands", "DROP TABLE copy_links",
             "DROP INDEX articles_fp_digest", "DROP INDEX articles_story",
             "ALTER TABLE articles DROP COLUMN story",
             "UPDATE schema_version SET version = 1")
    with Store(db, options=ONE_JOB) as store:
        assert store.version() == SCHEMA_VERSION
        assert store.result() == before
        store.add_articles([copy])
        assert store.result().article("zz-copy").copy_of == articles[0].id


def test_a_store_knows_which_extractor_made_its_claims(articles: list[Article],
                                                      db: Path) -> None:
    """Articles added by this factcheck are not stale; a knowledge base of another content
    made them another extractor's."""
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles[:2])
        assert store.stale() == ()
    other = Knowledge.default().extend([{"id": "Ruritania", "kind": "state", "name": "Ruritania"}])
    with Store(db, options=ONE_JOB, knowledge=other) as store:
        assert store.stale() == tuple(sorted(a.id for a in articles[:2]))


def test_refresh_extracts_another_versions_articles_again(articles: list[Article],
                                                          one_shot: Result, db: Path) -> None:
    """Claims an older extractor made (here: fewer, under another fingerprint) are made
    again from the stored text, and the store equals one analysis again."""
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles)
    older = [articles[0].id, articles[-1].id]
    _execute(db, f"DELETE FROM claims WHERE article IN ('{older[0]}', '{older[1]}')",
             f"UPDATE articles SET extractor = 'factcheck 0.0' WHERE id IN ('{older[0]}', "
             f"'{older[1]}')")
    with Store(db, options=ONE_JOB) as store:
        assert store.stale() == tuple(sorted(older))
        assert store.result() != one_shot
        report = store.refresh()
        assert (sorted(report.refreshed), report.stale) == (sorted(older), 0)
        assert store.stale() == ()
        assert store.result() == one_shot
        store.add_articles(articles[:1])  # the next add makes the story documents again
        assert store.result() == one_shot


def test_a_version_4_store_has_every_article_stale(articles: list[Article], db: Path) -> None:
    """A store from before extractors were recorded opens at the current schema; its
    articles are stale (whose claims they are is not known) and read back the same."""
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles[:3])
        before = store.result()
    _execute(db, *_UNDO_5, "UPDATE schema_version SET version = 4")
    with Store(db, options=ONE_JOB) as store:
        assert store.version() == SCHEMA_VERSION
        assert store.stale() == tuple(sorted(a.id for a in articles[:3]))
        assert store.result() == before


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    """A text file given as the store is an error naming it, not a crash."""
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match=r"notes\.sqlite"):
        Store(path)


def test_slices_keep_what_they_select(articles: list[Article], one_shot: Result,
                                      db: Path) -> None:
    """--party keeps the propositions that party takes part in, with their claims."""
    with Store(db, options=ONE_JOB) as store:
        store.add_articles(articles)
        part = store.result(party="RU")
        assert part.clusters and len(part.clusters) < len(one_shot.clusters)
        assert all(any(r.party == "RU" for r in (*c.asserted_by, *c.denied_by))
                   for c in part.clusters)
        assert {c.id for c in part.claims} == {i for cl in part.clusters for i in cl.claims}
        late = store.result(since="2100-01-01")
        assert late.clusters == () and late.claims == ()


_ADD = """
import sys, time
from factcheck._pipeline import Options
from factcheck.store import Store
stage = sys.argv[2]
def pause(method):
    real = getattr(Store, method)
    def paused(self, *args):
        out = real(self, *args)
        print("inside", flush=True)
        time.sleep(60)  # killed here, inside the add's transaction
        return out
    setattr(Store, method, paused)
if stage != "extracting":
    pause(stage)
print("started", flush=True)
with Store(sys.argv[1], options=Options(jobs=1)) as store:
    store.add(sys.argv[3:])
"""


@pytest.fixture(scope="module")
def committed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """A store after one completed add (of the seeds)."""
    db = tmp_path_factory.mktemp("committed") / "desk.sqlite"
    with Store(db, options=ONE_JOB) as store:
        store.add([SEEDS])
        return db, store.result()


@pytest.mark.parametrize("stage", ["extracting", "_insert", "_rejudge"])
def test_sigkill_during_add_loses_nothing_committed(
        tmp_path: Path, committed: tuple[Path, Result], stage: str) -> None:
    """An add killed while extracting, after its inserts or after re-judging (before the
    commit) leaves the store as the last completed add left it, and readable."""
    db = tmp_path / "desk.sqlite"
    shutil.copy(committed[0], db)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _ADD, str(db), stage, str(ARTICLES)],
        env=env, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    wanted = "started" if stage == "extracting" else "inside"
    for line in proc.stdout:
        if line.strip() == wanted:
            break
    if stage == "extracting":
        time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    proc.stdout.close()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    with Store(db) as store:
        assert store.result() == committed[1]


def test_cli_add_then_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`factcheck add --db` twice (the second adds nothing) and `report --db` write JSON."""
    db, out = tmp_path / "desk.sqlite", tmp_path / "report.json"
    seeds = str(SEEDS)
    assert main(["add", "--db", str(db), seeds, "--jobs", "1"]) == 0
    assert main(["add", "--db", str(db), seeds, "--jobs", "1"]) == 0
    assert "already in the store" in capsys.readouterr().err
    assert main(["report", "--db", str(db), "--format", "json", "-o", str(out), "-q"]) == 0
    assert out.read_text(encoding="utf-8").count('"copy_of"') == len(load([seeds]).articles)


def test_cli_warns_of_stale_articles_and_refreshes_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`report` and `add` say when stored claims are another version's; `add --refresh`
    extracts them again, and the warning goes."""
    db, out = tmp_path / "desk.sqlite", tmp_path / "report.json"
    assert main(["add", "--db", str(db), str(SEEDS), "--jobs", "1", "-q"]) == 0
    _execute(db, "UPDATE articles SET extractor = 'factcheck 0.0'")
    assert main(["report", "--db", str(db), "-o", str(out), "-q"]) == 0
    assert "extracted by another version" in capsys.readouterr().err
    assert main(["add", "--db", str(db), "--refresh", "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "extracted again" in err and "another version" not in err
    assert main(["report", "--db", str(db), "-o", str(out), "-q"]) == 0
    assert "another version" not in capsys.readouterr().err


def test_cli_add_needs_a_path_or_refresh(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`add --db` with nothing to read and no --refresh is a usage error (exit 2)."""
    assert main(["add", "--db", str(tmp_path / "desk.sqlite")]) == 2
    assert "--refresh" in capsys.readouterr().err


def test_cli_report_of_a_missing_store_is_an_error(tmp_path: Path) -> None:
    """Reporting a store that does not exist fails (exit 3) instead of creating one."""
    assert main(["report", "--db", str(tmp_path / "none.sqlite"), "-f", "json"]) == 3
    assert not (tmp_path / "none.sqlite").exists()


def test_copies_added_over_several_adds_equal_one_analysis(db: Path) -> None:
    """Copies of an article arriving over three adds (one with an id before the original's,
    which becomes the group's first) read back as one analysis of them all."""
    original = sorted(load([ROOT / "examples"]).articles, key=lambda a: a.id)
    copies = [attrs.evolve(original[0], id=i, outlet=f"Outlet {i}") for i in ("0", "zz")]
    everything = [*original, *copies]
    with Store(db, options=ONE_JOB) as store:
        for batch in ([copies[1]], original, [copies[0]]):
            store.add_articles(batch)
        result = store.result()
    assert result == analyze_articles(everything, options=ONE_JOB)
    assert {a.id: a.copy_of for a in result.articles}[original[0].id] == "0"
