"""The embedded corpus store: add articles day by day, re-judge what they touch.

    >>> import factcheck
    >>> with factcheck.Store("desk.sqlite") as store:        # doctest: +SKIP
    ...     report = store.add(["today/"])
    ...     result = store.result(since="2023-09-01", party="RU")

One SQLite file (standard library), in WAL mode; every :meth:`Store.add` is
one transaction, so a run killed at any point leaves the store as it was
after the last add that returned. The schema has a version (table
``schema_version``) and each version a migration from the one before.

An add reads and extracts only what is new: an article already in the store
(the same URL, or the same outlet and text) is skipped and said so. The
store keeps every article, its fingerprint (``_copies``) and the claims as
extracted; then the cross-corpus stages run again over what the new claims
touch: wire copy, one side per speaker (``harmonize_parties``), matching and
verdicts. With a matcher that exposes ``blocking_keys`` (component
locality: matching a set of claims is matching each connected component of
the key-sharing graph), the store keeps what story linking reads of each
article (its *story document*: word counts, site, blocking keys, component),
made once when the article comes in; an add links stories again over the
components the new documents reach, from the kept documents, and matches and
judges again only the stories that change (a new or changed claim, other
articles than before), reading back only their claims; without it,
everything is. Either way :meth:`Store.result` equals a one-shot ``analyze``
over the same articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from os import PathLike
from pathlib import Path
from types import TracebackType
from typing import Any

import attrs

import factcheck
from factcheck import match as _match
from factcheck._copies import Fingerprint, bands, dedupe_claims, is_copy, link_copies, normalize
from factcheck._errors import StoreError
from factcheck._parallel import Failure, extract_each
from factcheck._pipeline import (
    Options,
    apply_parties,
    assemble,
    known_parties,
)
from factcheck._unionfind import UnionFind
from factcheck.claims import (
    Article,
    Claim,
    Cluster,
    Notice,
    Party,
    Result,
    Skipped,
    converter,
)
from factcheck.ingest import DEFAULT_MAX_BYTES, load
from factcheck.knowledge import Knowledge, current
from factcheck.match import _stories
from factcheck.match._features import site_of
from factcheck.verify import judge

__all__ = ["SCHEMA_VERSION", "AddReport", "Store"]

SCHEMA_VERSION = 5

Step = str | Callable[[sqlite3.Connection], None]


def _backfill_copies(db: sqlite3.Connection) -> None:
    """Version 2 keeps copy detection's LSH bands and links: fill them for what is stored."""
    rows = db.execute("SELECT id, fp_digest, fp_shingles, fp_signature FROM articles "
                      "ORDER BY id").fetchall()
    prints = {r[0]: Fingerprint(digest=r[1], shingles=r[2], signature=bytes(r[3]))
              for r in rows}
    db.executemany("INSERT OR IGNORE INTO copy_bands (band, bucket, article) VALUES (?, ?, ?)",
                   [(b, key, aid) for aid, fp in prints.items() for b, key in bands(fp)])
    db.executemany("INSERT OR IGNORE INTO copy_links (a, b) VALUES (?, ?)",
                   [tuple(sorted((aid, root))) for aid, root in link_copies(prints).items()])


# MIGRATIONS[n] takes a store from version n - 1 to n (version 0: an empty file): SQL
# statements, or functions of the connection for what SQL alone cannot do.
MIGRATIONS: dict[int, tuple[Step, ...]] = {
    1: (
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        "INSERT INTO schema_version (version) VALUES (0)",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY, url TEXT, digest TEXT NOT NULL, added TEXT NOT NULL,
            published TEXT, record TEXT NOT NULL,
            fp_digest TEXT NOT NULL, fp_shingles INTEGER NOT NULL, fp_signature BLOB NOT NULL,
            copy_of TEXT)""",
        "CREATE INDEX articles_url ON articles (url)",
        "CREATE INDEX articles_digest ON articles (digest)",
        """CREATE TABLE claims (
            id TEXT PRIMARY KEY, article TEXT NOT NULL REFERENCES articles (id),
            ord INTEGER NOT NULL, speaker TEXT NOT NULL, party TEXT NOT NULL,
            raw TEXT NOT NULL, final TEXT, cluster TEXT)""",
        "CREATE INDEX claims_article ON claims (article, ord)",
        "CREATE INDEX claims_speaker ON claims (speaker)",
        "CREATE INDEX claims_cluster ON claims (cluster)",
        """CREATE TABLE claim_keys (key TEXT NOT NULL, claim TEXT NOT NULL,
            PRIMARY KEY (key, claim)) WITHOUT ROWID""",
        "CREATE INDEX claim_keys_claim ON claim_keys (claim)",
        """CREATE TABLE clusters (
            id TEXT PRIMARY KEY, first_article TEXT NOT NULL, first_start INTEGER NOT NULL,
            record TEXT NOT NULL)""",
        "CREATE INDEX clusters_order ON clusters (first_article, first_start, id)",
        """CREATE TABLE notices (source TEXT NOT NULL, message TEXT NOT NULL,
            PRIMARY KEY (source, message))""",
    ),
    2: (
        """CREATE TABLE copy_bands (band INTEGER NOT NULL, bucket BLOB NOT NULL,
            article TEXT NOT NULL, PRIMARY KEY (band, bucket, article)) WITHOUT ROWID""",
        """CREATE TABLE copy_links (a TEXT NOT NULL, b TEXT NOT NULL,
            PRIMARY KEY (a, b)) WITHOUT ROWID""",
        "CREATE INDEX copy_links_b ON copy_links (b)",
        "CREATE INDEX articles_fp_digest ON articles (fp_digest)",
        _backfill_copies,
    ),
    # version 3 keeps each article's story: an add re-matches only the stories that
    # change (none known yet: the first add after migrating re-matches what it reaches)
    3: (
        "ALTER TABLE articles ADD COLUMN story TEXT",
        "CREATE INDEX articles_story ON articles (story)",
    ),
    # version 4 keeps what story linking reads of each article (``story_docs``: its
    # words, site and blocking keys, its component), so that an add neither reads nor
    # tokenises the stored articles again; filled by the first add after migrating
    4: (
        "DROP TABLE IF EXISTS claim_keys",  # the components are kept per article now
        """CREATE TABLE story_docs (
            article TEXT PRIMARY KEY, comp TEXT NOT NULL, site TEXT, keys TEXT NOT NULL,
            views TEXT NOT NULL)""",
        "CREATE INDEX story_docs_comp ON story_docs (comp)",
        """CREATE TABLE doc_keys (key TEXT NOT NULL, article TEXT NOT NULL,
            PRIMARY KEY (key, article)) WITHOUT ROWID""",
        "CREATE INDEX doc_keys_article ON doc_keys (article)",
        "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    # version 5 records which extractor made each article's claims (NULL: one from before
    # the store kept it), so that a store outliving an upgrade says so and can extract them
    # again (``Store.refresh``)
    5: (
        "ALTER TABLE articles ADD COLUMN extractor TEXT",
    ),
}


def _skips(items: Iterable[Skipped]) -> tuple[Skipped, ...]:
    return tuple(items)


def _notices(items: Iterable[Notice]) -> tuple[Notice, ...]:
    return tuple(items)


def _ids(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class AddReport:
    """What one :meth:`Store.add` did."""

    added: tuple[str, ...] = attrs.field(default=(), converter=_ids)  # new article ids
    duplicates: tuple[Skipped, ...] = attrs.field(default=(), converter=_skips)  # in store
    skipped: tuple[Skipped, ...] = attrs.field(default=(), converter=_skips)  # unreadable
    warnings: tuple[Notice, ...] = attrs.field(default=(), converter=_notices)  # kept
    claims: int = 0  # claims extracted from the new articles
    rejudged: int = 0  # propositions judged again (new or touched)
    articles: int = 0  # articles in the store after the add
    refreshed: tuple[str, ...] = attrs.field(default=(), converter=_ids)  # extracted again
    stale: int = 0  # articles left whose claims another extractor made (see Store.refresh)


def _digest(article: Article) -> str:
    """The same article: one outlet, one text (another outlet's copy is wire copy, kept)."""
    text = f"{article.outlet or ''}\0{normalize(article.body)}"
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def _party_id(claim: Claim) -> str:
    """The id of the claim's party, '' when unknown (an indexed column)."""
    return claim.speaker.party.id if claim.speaker.party is not None else ""


def _dump(record: Any) -> str:
    return json.dumps(converter.unstructure(record), ensure_ascii=False, sort_keys=True)


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


BlockingKeys = Callable[[Sequence[Claim], Mapping[str, Article]], Mapping[str, frozenset[str]]]


def _blocking_keys() -> BlockingKeys | None:
    """The matcher's blocking keys, if this matcher has them (else: re-cluster all)."""
    keys: BlockingKeys | None = getattr(_match, "blocking_keys", None)
    return keys


@cache
def _docs_fingerprint() -> str:
    """What the kept story documents were made by: this factcheck's version, the
    matcher's code and lexicons. Another fingerprint: they are all made again."""
    return _tree_digest("factcheck.match", "factcheck.lexicons")


@cache
def extractor_fingerprint() -> str:
    """What a stored article's claims were made by: this factcheck's version, the
    extractor's code, its lexicons and the bundled knowledge base. Another fingerprint: the
    claims are another extractor's (``Store.stale``, ``Store.refresh``)."""
    return _tree_digest("factcheck.extract", "factcheck.lexicons", "factcheck.knowledge")


def _tree_digest(*packages: str) -> str:
    digest = hashlib.sha1(factcheck.__version__.encode(), usedforsecurity=False)
    roots = [resources.files(name) for name in packages]
    for root in roots:
        stack = [root]
        while stack:
            node = stack.pop()
            for item in sorted(node.iterdir(), key=lambda i: i.name):
                if item.is_dir():
                    if item.name != "__pycache__":
                        stack.append(item)
                elif item.name.endswith((".py", ".json", ".txt", ".yaml", ".tsv", ".csv")):
                    digest.update(item.name.encode())
                    digest.update(item.read_bytes())
    return digest.hexdigest()


@attrs.frozen(kw_only=True)
class _Loaded:
    """Claims read back for matching (whole copy groups), harmonized, and their articles;
    ``reps`` the claims matching sees, ``repeats`` what each stands for."""

    claims: dict[str, Claim]
    articles: dict[str, Article]
    reps: list[Claim]
    repeats: dict[str, list[Claim]]


class Store:
    """A corpus kept in one SQLite file: :meth:`add` articles, read :meth:`result`.

    ``options`` says how extraction runs (``jobs``); ``copies`` is always on.
    ``knowledge``: the knowledge base adds read (give the same one to every add).
    """

    def __init__(self, path: str | PathLike[str], *, options: Options | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, knowledge: Knowledge | None = None,
                 ) -> None:
        self.path = Path(os.fspath(path))
        self.options = options or Options()
        self.max_bytes = max_bytes
        self.knowledge = knowledge
        try:
            # another add holds the write lock for one transaction: wait for it
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=300)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"not a factcheck store: {exc}", source=str(self.path)) from None

    # --- lifecycle ------------------------------------------------------------------

    def close(self) -> None:
        """Close the file (the store stays as the last add left it)."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def version(self) -> int:
        """The schema version of the file (0: empty)."""
        has = self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name = 'schema_version'").fetchone()
        if not has:
            return 0
        row = self._db.execute("SELECT version FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        current = self.version()
        if current > SCHEMA_VERSION:
            raise StoreError(f"store schema {current} is newer than this factcheck "
                             f"({SCHEMA_VERSION}); upgrade factcheck", source=str(self.path))
        if current == SCHEMA_VERSION:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for step in MIGRATIONS[version]:
                    if isinstance(step, str):
                        self._db.execute(step)
                    else:
                        step(self._db)
                self._db.execute("UPDATE schema_version SET version = ?", (version,))
            if current < 4 <= SCHEMA_VERSION:
                self._fill_docs()
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    # --- adding ---------------------------------------------------------------------

    def add(self, paths: Iterable[str | PathLike[str]] | str | PathLike[str]) -> AddReport:
        """Read the files under ``paths`` and add the articles not yet in the store."""
        loaded = load(paths, max_bytes=self.max_bytes)
        report = self.add_articles(loaded.articles, warnings=loaded.warnings)
        return attrs.evolve(report, skipped=(*loaded.skipped, *report.skipped))

    def add_articles(self, articles: Sequence[Article],
                     warnings: Sequence[Notice] = ()) -> AddReport:
        """Add articles (already read); those in the store already are reported, not added.
        ``warnings``: what reading them noticed, kept for the new articles' sources."""
        if self.knowledge is not None:
            with self.knowledge.active():
                return self._add(articles, warnings)
        return self._add(articles, warnings)

    def _add(self, articles: Sequence[Article], warnings: Sequence[Notice]) -> AddReport:
        kb = current()
        fresh, duplicates = self._new(articles)
        ordered = sorted(fresh, key=lambda a: a.id)
        extracted = extract_each(ordered, jobs=self.options.workers(len(ordered)),
                                 chunksize=self.options.chunksize, copies=True,
                                 knowledge=None if kb is Knowledge.default() else kb)
        found: list[tuple[Article, list[Claim], Fingerprint]] = []
        failed: list[Skipped] = []  # an article whose extraction raised is skipped, alone
        for art, outcome in zip(ordered, extracted, strict=True):
            if isinstance(outcome, Failure) or outcome[1] is None:
                reason = outcome.reason if isinstance(outcome, Failure) else "no fingerprint"
                failed.append(Skipped(source=art.source, reason=f"{art.source}: {reason}"))
                continue
            found.append((art, outcome[0], outcome[1]))
        ordered = [a for a, _, _ in found]
        old_sources = {d.source for d in duplicates}
        kept = [w for w in warnings if w.source not in old_sources]
        added = sum(len(c) for _, c, _ in found)
        if not found:
            total = self._db.execute("SELECT count(*) FROM articles").fetchone()[0]
            return AddReport(duplicates=duplicates, skipped=failed, articles=total,
                             stale=len(self.stale()))
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._insert(found)
            self._db.executemany("INSERT OR IGNORE INTO notices (source, message) VALUES (?, ?)",
                                 [(w.source, w.message) for w in kept])
            rejudged = self._rejudge([c.id for _, claims, _ in found for c in claims],
                                     [(a.id, fp) for a, _, fp in found])
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        total = self._db.execute("SELECT count(*) FROM articles").fetchone()[0]
        return AddReport(added=[a.id for a in ordered], duplicates=duplicates, skipped=failed,
                         warnings=kept, claims=added, rejudged=rejudged, articles=total,
                         stale=len(self.stale()))

    def _new(self, articles: Sequence[Article]) -> tuple[list[Article], list[Skipped]]:
        """The articles not in the store (ids made unique against it), and the others."""
        fresh: list[Article] = []
        duplicates: list[Skipped] = []
        taken: set[str] = set()
        for art in sorted(articles, key=lambda a: (a.id, a.source)):
            digest = _digest(art)
            row = self._db.execute(
                "SELECT id, url = ? FROM articles WHERE digest = ? OR (url IS NOT NULL AND "
                "url = ?) LIMIT 1", (art.url, digest, art.url)).fetchone()
            if row is not None:
                how = "the same URL" if row[1] else "the same outlet and text"
                duplicates.append(Skipped(source=art.source, reason=(
                    f"{art.source}: already in the store as {row[0]} ({how})")))
                continue
            if art.id in taken or self._db.execute(
                    "SELECT 1 FROM articles WHERE id = ?", (art.id,)).fetchone():
                suffix = hashlib.sha1(art.source.encode(), usedforsecurity=False).hexdigest()
                art = attrs.evolve(art, id=f"{art.id}~{suffix[:8]}")
            taken.add(art.id)
            fresh.append(art)
        return fresh, duplicates

    def _insert(self, found: Sequence[tuple[Article, list[Claim], Fingerprint]]) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        for art, claims, fp in found:
            self._db.execute(
                "INSERT INTO articles (id, url, digest, added, published, record, fp_digest, "
                "fp_shingles, fp_signature, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (art.id, art.url, _digest(art), now,
                 art.published.isoformat() if art.published else None, _dump(art),
                 fp.digest, fp.shingles, fp.signature, self._extractor()))
            self._insert_claims(claims)

    def _insert_claims(self, claims: Sequence[Claim]) -> None:
        self._db.executemany(
            "INSERT INTO claims (id, article, ord, speaker, party, raw) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(c.id, c.article, n, c.speaker.name, _party_id(c), _dump(c))
             for n, c in enumerate(claims)])

    def _extractor(self) -> str:
        """The fingerprint of what extracts here: the package's extractor, and the user's
        knowledge base when one is given (its entries change the claims)."""
        if self.knowledge is None or self.knowledge is Knowledge.default():
            return extractor_fingerprint()
        return f"{extractor_fingerprint()}+{self.knowledge.digest()}"

    # --- another extractor's claims -------------------------------------------------

    def stale(self) -> tuple[str, ...]:
        """The stored articles whose claims another extractor made (an older factcheck, or
        another knowledge base), or one the store did not record: :meth:`refresh` extracts
        them again."""
        return tuple(r[0] for r in self._db.execute(
            "SELECT id FROM articles WHERE extractor IS NULL OR extractor != ? ORDER BY id",
            (self._extractor(),)))

    def refresh(self) -> AddReport:
        """Extract the :meth:`stale` articles again, from their stored text, and judge the
        whole store again (one transaction); an article whose extraction fails keeps its
        claims and is reported skipped."""
        if self.knowledge is not None:
            with self.knowledge.active():
                return self._refresh()
        return self._refresh()

    def _refresh(self) -> AddReport:
        kb = current()
        ids = self.stale()
        articles = list(self._articles(ids).values())
        extracted = extract_each(articles, jobs=self.options.workers(len(articles)),
                                 chunksize=self.options.chunksize, copies=False,
                                 knowledge=None if kb is Knowledge.default() else kb)
        done: list[tuple[Article, list[Claim]]] = []
        failed: list[Skipped] = []
        for art, outcome in zip(articles, extracted, strict=True):
            if isinstance(outcome, Failure):
                failed.append(Skipped(source=art.source, reason=f"{art.source}: {outcome.reason}"))
            else:
                done.append((art, outcome[0]))
        rejudged = 0
        if done:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for art, claims in done:
                    self._db.execute("DELETE FROM claims WHERE article = ?", (art.id,))
                    self._insert_claims(claims)
                    self._db.execute("UPDATE articles SET extractor = ? WHERE id = ?",
                                     (self._extractor(), art.id))
                # the story documents read the claims: the next add makes them all again
                self._db.execute("DELETE FROM meta WHERE name = 'story_docs'")
                rejudged = self._rejudge_all()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        total = self._db.execute("SELECT count(*) FROM articles").fetchone()[0]
        return AddReport(refreshed=[a.id for a, _ in done], skipped=failed,
                         claims=sum(len(c) for _, c in done), rejudged=rejudged,
                         articles=total, stale=len(self.stale()))

    # --- re-judging -----------------------------------------------------------------

    def _articles(self, ids: Iterable[str] | None = None) -> dict[str, Article]:
        if ids is None:
            rows = self._db.execute("SELECT record, copy_of FROM articles").fetchall()
        else:
            wanted = sorted(set(ids))
            rows = [r for chunk in _chunks(wanted) for r in self._db.execute(
                f"SELECT record, copy_of FROM articles WHERE id IN ({_marks(chunk)})",
                chunk).fetchall()]
        out = {}
        for record, copy_of in rows:
            art = attrs.evolve(converter.structure(json.loads(record), Article),
                               copy_of=copy_of)
            out[art.id] = art
        return dict(sorted(out.items()))

    def _raw_claims(self, ids: Iterable[str] | None = None) -> list[Claim]:
        if ids is None:
            rows = self._db.execute("SELECT raw FROM claims ORDER BY article, ord").fetchall()
        else:
            wanted = sorted(set(ids))
            rows = [r for chunk in _chunks(wanted) for r in self._db.execute(
                f"SELECT raw, article, ord FROM claims WHERE id IN ({_marks(chunk)})",
                chunk).fetchall()]
            rows.sort(key=lambda r: (r[1], r[2]))
        return [converter.structure(json.loads(r[0]), Claim) for r in rows]

    def _relink_copies(self, new: Sequence[tuple[str, Fingerprint]]) -> set[str]:
        """Copy links of the new articles (their LSH bands against the stored ones), the
        groups they join regrouped; the articles whose ``copy_of`` changed."""
        self._db.executemany(
            "INSERT OR IGNORE INTO copy_bands (band, bucket, article) VALUES (?, ?, ?)",
            [(b, key, aid) for aid, fp in new for b, key in bands(fp)])
        links: set[tuple[str, str]] = set()
        for aid, fp in new:
            found = {r[0] for r in self._db.execute(
                "SELECT id FROM articles WHERE fp_digest = ? AND id != ?", (fp.digest, aid))}
            candidates = {r[0] for b, key in bands(fp) for r in self._db.execute(
                "SELECT article FROM copy_bands WHERE band = ? AND bucket = ? AND article != ?",
                (b, key, aid))} - found
            for other in sorted(candidates):
                row = self._db.execute("SELECT fp_digest, fp_shingles, fp_signature FROM "
                                       "articles WHERE id = ?", (other,)).fetchone()
                if is_copy(fp, Fingerprint(digest=row[0], shingles=row[1],
                                           signature=bytes(row[2]))):
                    found.add(other)
            links |= {(min(aid, o), max(aid, o)) for o in found}
        self._db.executemany("INSERT OR IGNORE INTO copy_links (a, b) VALUES (?, ?)",
                             sorted(links))
        # the groups the new articles are in, whole: the first id of each is its root
        members = {aid for aid, _ in new}
        fresh = set(members)
        while fresh:
            marks = sorted(fresh)
            linked = {r[0] for chunk in _chunks(marks) for r in self._db.execute(
                f"SELECT b FROM copy_links WHERE a IN ({_marks(chunk)}) UNION "
                f"SELECT a FROM copy_links WHERE b IN ({_marks(chunk)})", [*chunk, *chunk])}
            fresh = linked - members
            members |= fresh
        groups: UnionFind[str] = UnionFind()
        for chunk in _chunks(sorted(members)):
            for a, b in self._db.execute(
                    f"SELECT a, b FROM copy_links WHERE a IN ({_marks(chunk)})", chunk):
                groups.union(a, b)
        changed = set()
        for chunk in _chunks(sorted(members)):
            for aid, copy_of in self._db.execute(
                    f"SELECT id, copy_of FROM articles WHERE id IN ({_marks(chunk)})", chunk):
                root = groups.find(aid)
                want = root if root != aid else None
                if want != copy_of:
                    changed.add(aid)
                    self._db.execute("UPDATE articles SET copy_of = ? WHERE id = ?",
                                     (want, aid))
        return changed

    def _rejudge(self, new_claims: Sequence[str],
                 new_articles: Sequence[tuple[str, Fingerprint]]) -> int:
        """Copies, parties, matching and verdicts again where the new claims reach."""
        moved = self._relink_copies(new_articles) - {aid for aid, _ in new_articles}
        keys_of = _blocking_keys()
        if keys_of is None:
            self._db.execute("DELETE FROM meta WHERE name = 'story_docs'")  # kept no more
            return self._rejudge_all()
        # one side per speaker is cross-corpus: the claims of unknown party of a name
        # whose one known party the new claims change, and every claim of an article
        # whose copy group moved
        changed = self._sides_changed(new_claims, {aid for aid, _ in new_articles})
        changed |= set(new_claims)
        changed |= {r[0] for chunk in _chunks(sorted(moved)) for r in self._db.execute(
            f"SELECT id FROM claims WHERE article IN ({_marks(chunk)})", chunk)}
        # what story linking reads of an article changes only with its copy group's
        # claims (which of them are repeats): those groups' documents are made again
        if self._meta("story_docs") == _docs_fingerprint():
            redo = self._groups({r[0] for chunk in _chunks(sorted(changed)) for r in
                                 self._db.execute("SELECT DISTINCT article FROM claims "
                                                  f"WHERE id IN ({_marks(chunk)})", chunk)})
        else:  # never kept, or kept by another matcher: all of them
            redo = {r[0] for r in self._db.execute("SELECT id FROM articles")}
        old_comps, seeds, loaded = self._refresh_docs(redo, keys_of)
        self._db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('story_docs', ?)",
                         (_docs_fingerprint(),))
        story = self._relink(old_comps, seeds)
        return self._regroup(story, changed, loaded)

    def _fill_docs(self) -> None:
        """Every article's story document and component, made now (schema 4 keeps
        them); the stories stay as they were kept."""
        keys_of = _blocking_keys()
        if keys_of is None:
            return
        everything = {r[0] for r in self._db.execute("SELECT id FROM articles")}
        _, seeds, _ = self._refresh_docs(everything, keys_of)
        self._relink(set(), seeds, link=False)
        self._db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('story_docs', ?)",
                         (_docs_fingerprint(),))

    def _meta(self, name: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def _sides_changed(self, new_claims: Sequence[str], new_articles: set[str]) -> set[str]:
        """The stored claims whose party the new claims change: those of unknown party
        of a name whose one party (``apply_parties``) is not what it was."""
        names = sorted({r[0] for chunk in _chunks(sorted(new_claims)) for r in self._db.execute(
            f"SELECT DISTINCT speaker FROM claims WHERE id IN ({_marks(chunk)})", chunk)})
        rows = [(r[0], r[1], converter.structure(json.loads(r[2]), Party))
                for chunk in _chunks(names) for r in self._db.execute(
                    "SELECT DISTINCT speaker, article, json_extract(raw, '$.speaker.party') "
                    f"FROM claims WHERE party != '' AND speaker IN ({_marks(chunk)})", chunk)]
        before = known_parties((n, p) for n, a, p in rows if a not in new_articles)
        after = known_parties((n, p) for n, _, p in rows)

        def side(known: Mapping[str, Party]) -> Party | None:
            return next(iter(known.values())) if len(known) == 1 else None

        moved = sorted(n for n in names if side(before.get(n, {})) != side(after.get(n, {})))
        return {r[0] for chunk in _chunks(moved) for r in self._db.execute(
            f"SELECT id FROM claims WHERE party = '' AND speaker IN ({_marks(chunk)})", chunk)}

    def _groups(self, arts: set[str]) -> set[str]:
        """The articles of the copy groups of ``arts`` (a group: a root and its copies)."""
        roots = {r[0] or r[1] for chunk in _chunks(sorted(arts)) for r in self._db.execute(
            f"SELECT copy_of, id FROM articles WHERE id IN ({_marks(chunk)})", chunk)}
        return {r[0] for chunk in _chunks(sorted(roots)) for r in self._db.execute(
            f"SELECT id FROM articles WHERE id IN ({_marks(chunk)}) OR copy_of IN "
            f"({_marks(chunk)})", [*chunk, *chunk])}

    def _loaded(self, arts: set[str]) -> _Loaded:
        """The claims of ``arts`` (whole copy groups), harmonized, their articles, and
        which of them matching sees (the first of each repeated statement)."""
        ids = [r[0] for chunk in _chunks(sorted(arts)) for r in self._db.execute(
            f"SELECT id FROM claims WHERE article IN ({_marks(chunk)})", chunk)]
        claims = self._harmonized(ids)
        articles = self._articles(arts)
        copy_of = {a.id: a.copy_of for a in articles.values() if a.copy_of}
        reps, repeats = dedupe_claims(claims, copy_of)
        return _Loaded(claims={c.id: c for c in claims}, articles=articles, reps=reps,
                       repeats=repeats)

    def _refresh_docs(self, arts: set[str], keys_of: BlockingKeys,
                      ) -> tuple[set[str], set[str], _Loaded]:
        """Make again what story linking reads of the articles ``arts`` (whole copy
        groups): each article with a claim matching sees, its words (``_stories.views``),
        site and blocking keys (those of those claims). Returns the components they were
        in, the articles now kept, and what was read."""
        old = {r[0] for chunk in _chunks(sorted(arts)) for r in self._db.execute(
            f"SELECT DISTINCT comp FROM story_docs WHERE article IN ({_marks(chunk)})", chunk)}
        for chunk in _chunks(sorted(arts)):
            self._db.execute(f"DELETE FROM story_docs WHERE article IN ({_marks(chunk)})", chunk)
            self._db.execute(f"DELETE FROM doc_keys WHERE article IN ({_marks(chunk)})", chunk)
        loaded = self._loaded(arts)
        keys = keys_of(loaded.reps, loaded.articles)
        by_article: dict[str, list[Claim]] = {}
        for c in loaded.reps:
            by_article.setdefault(c.article, []).append(c)
        docs: list[tuple[str, str, str | None, str, str]] = []
        pairs: list[tuple[str, str]] = []
        for aid in sorted(by_article):
            art = loaded.articles[aid]
            held = sorted(set().union(*(keys[c.id] for c in by_article[aid])))
            doc = _stories.Document(body=art.body, title=art.title or "",
                                    outlet=art.outlet or "")
            site = site_of(doc.title, _stories.lead(doc.body), doc.body)
            seen = _stories.views(doc, {c.speaker.name for c in by_article[aid]})
            # the counts in their own order: word weights are summed in it, to the bit
            docs.append((aid, aid, site, json.dumps(held), json.dumps(seen)))
            pairs.extend((k, aid) for k in held)
        self._db.executemany("INSERT INTO story_docs (article, comp, site, keys, views) "
                             "VALUES (?, ?, ?, ?, ?)", docs)
        self._db.executemany("INSERT OR IGNORE INTO doc_keys (key, article) VALUES (?, ?)",
                             pairs)
        return old, set(by_article), loaded

    def _relink(self, old_comps: set[str], seeds: set[str], link: bool = True,
                ) -> dict[str, str]:
        """Link stories again over the components the ``seeds`` (articles whose documents
        were made again) are in now, and those they were in (``old_comps``): each
        article's story there (named by its first article, as ``article_stories``
        names them), the components kept."""
        own: dict[str, list[str]] = {}  # the keys of each seed
        for chunk in _chunks(sorted(seeds)):
            for key, aid in self._db.execute(
                    f"SELECT key, article FROM doc_keys WHERE article IN ({_marks(chunk)})", chunk):
                own.setdefault(key, []).append(aid)
        holders: dict[str, set[str]] = {}  # the components holding each of those keys
        for chunk in _chunks(sorted(own)):
            for key, c in self._db.execute(
                    "SELECT DISTINCT k.key, d.comp FROM doc_keys k JOIN story_docs d ON "
                    f"d.article = k.article WHERE k.key IN ({_marks(chunk)})", chunk):
                holders.setdefault(key, set()).add(c)
        comps = set(old_comps) | seeds | {c for cs in holders.values() for c in cs}
        seen: dict[str, _stories.Views] = {}
        site: dict[str, str | None] = {}
        comp: dict[str, str] = {}
        held: dict[str, list[str]] = {}
        # only new documents (none changed or gone): components only merge, through the
        # new documents' keys; else the components they touch are split again, key by key
        whole = bool(old_comps)
        what = "article, comp, site" + (", keys" if whole else "") + (", views" if link else "")
        for chunk in _chunks(sorted(comps)):
            for row in self._db.execute(
                    f"SELECT {what} FROM story_docs WHERE comp IN ({_marks(chunk)})", chunk):
                aid = row[0]
                comp[aid], site[aid] = row[1], row[2]
                if whole:
                    held[aid] = json.loads(row[3])
                if link:
                    words, named = json.loads(row[-1])
                    seen[aid] = (Counter(words), Counter(named))
        order = sorted(comp)
        forest: UnionFind[str] = UnionFind(order)
        if whole:
            first: dict[str, str] = {}
            for aid in order:
                for key in held[aid]:
                    forest.union(first.setdefault(key, aid), aid)
        else:
            for key, cs in holders.items():
                nodes = [*own[key], *cs]
                for node in nodes[1:]:
                    forest.union(nodes[0], node)
            for aid in order:  # each stored component is whole (its label: an article)
                forest.union(comp[aid], aid)
        parts: dict[str, list[str]] = {}
        for aid in order:
            parts.setdefault(forest.find(aid), []).append(aid)
        story: dict[str, str] = {}
        moved = []
        for part in parts.values():
            found = _stories.link({a: seen[a] for a in part}, {a: site[a] for a in part}) \
                if link else {}
            first_of: dict[str, str] = {}
            for aid in part:  # sorted: a story is named by its first article
                if link:
                    story[aid] = first_of.setdefault(found[aid], aid)
                if comp[aid] != part[0]:
                    moved.append((part[0], aid))
        self._db.executemany("UPDATE story_docs SET comp = ? WHERE article = ?", moved)
        return story

    def _harmonized(self, ids: Iterable[str]) -> list[Claim]:
        """The raw claims ``ids`` (in article order), with one side per speaker as the
        whole store says (``harmonize_parties`` over every stored claim of their names)."""
        base = self._raw_claims(ids)
        names = sorted({c.speaker.name for c in base})
        records = [(r[0], converter.structure(json.loads(r[1]), Party))
                   for chunk in _chunks(names) for r in self._db.execute(
                       "SELECT DISTINCT speaker, json_extract(raw, '$.speaker.party') FROM "
                       f"claims WHERE party != '' AND speaker IN ({_marks(chunk)})", chunk)]
        return apply_parties(base, known_parties(records))

    def _regroup(self, story: Mapping[str, str], changed: set[str], loaded: _Loaded) -> int:
        """Match and judge again the stories that change: those with a ``changed`` claim,
        and those whose articles are not the story they were. ``story``: each article's
        story over the components linked again; ``loaded``: the claims read so far."""
        members: dict[str, set[str]] = {}
        for art, sid in story.items():
            members.setdefault(sid, set()).add(art)
        stored: dict[str, set[str]] = {}
        before: dict[str, str | None] = {}
        for chunk in _chunks(sorted(story)):
            before.update(self._db.execute(
                f"SELECT id, story FROM articles WHERE id IN ({_marks(chunk)})", chunk))
        for chunk in _chunks(sorted(members.keys() | {s for s in before.values() if s})):
            for sid, aid in self._db.execute(
                    f"SELECT story, id FROM articles WHERE story IN ({_marks(chunk)})", chunk):
                stored.setdefault(sid, set()).add(aid)
        dirty = {sid for sid, arts in members.items() if stored.get(sid) != arts}
        claims = dict(loaded.claims)
        articles = dict(loaded.articles)
        reps = list(loaded.reps)
        repeats = dict(loaded.repeats)
        rep_of = {r.id: rid for rid, rs in repeats.items() for r in rs}

        def absorb(more: _Loaded) -> None:
            # stored claims and articles read back for the stories being judged again
            claims.update(more.claims)
            articles.update(more.articles)
            reps.extend(more.reps)
            repeats.update(more.repeats)
            rep_of.update({r.id: rid for rid, rs in more.repeats.items() for r in rs})

        dirty |= {story[claims[rep_of.get(cid, cid)].article] for cid in changed}
        while True:  # an old cluster is re-judged whole (so never left half-written)
            wanted = {a for sid in dirty for a in members.get(sid, ())} - articles.keys()
            if wanted:  # the claims of the dirty stories, with their copies' repeats
                absorb(self._loaded(self._groups(wanted) - articles.keys()))
            of_story: dict[str, list[Claim]] = {}
            for c in reps:
                if c.article in story:
                    of_story.setdefault(story[c.article], []).append(c)
            redo = {c.id for sid in dirty for rep in of_story.get(sid, ())
                    for c in (rep, *repeats.get(rep.id, ()))}
            old = {r[0] for chunk in _chunks(sorted(redo)) for r in self._db.execute(
                f"SELECT DISTINCT cluster FROM claims WHERE id IN ({_marks(chunk)}) "
                "AND cluster IS NOT NULL", chunk)}
            held = {r[0]: r[1] for chunk in _chunks(sorted(old)) for r in self._db.execute(
                f"SELECT id, article FROM claims WHERE cluster IN ({_marks(chunk)})", chunk)}
            outside = {a for cid, a in held.items() if cid not in claims}
            if outside - story.keys():
                # a cluster reaching past the components linked again (a claim's keys
                # changed since): too rare to be clever about
                return self._rejudge_all()
            if outside:
                absorb(self._loaded(self._groups(outside) - articles.keys()))
            found = {story.get(claims[rep_of.get(cid, cid)].article) for cid in held}
            if None in found:
                return self._rejudge_all()
            grow = {s for s in found if s is not None} - dirty
            if not grow and not outside:
                break
            dirty |= grow
        clusters: list[Cluster] = []
        chosen = [c for sid in sorted(dirty) for c in of_story.get(sid, ())]
        for part in _match.story_propositions(chosen, articles, stories=story):
            groups = [p.with_repeats(repeats) for p in part]
            arts = sorted({c.article for p in groups for c in p.claims} & articles.keys())
            clusters.extend(judge(groups, [articles[a] for a in arts]))
        for chunk in _chunks(sorted(old)):
            self._db.execute(f"DELETE FROM clusters WHERE id IN ({_marks(chunk)})", chunk)
        self._write([claims[cid] for cid in sorted(redo)], clusters)
        # the articles that now hold no claim matching sees are in no story
        gone = [r[0] for chunk in _chunks(sorted(loaded.articles.keys() - story.keys()))
                for r in self._db.execute(f"SELECT id FROM articles WHERE id IN "
                                          f"({_marks(chunk)}) AND story IS NOT NULL", chunk)]
        self._db.executemany("UPDATE articles SET story = ? WHERE id = ?",
                             [(story[aid], aid) for aid in sorted(story)
                              if before.get(aid) != story[aid]]
                             + [(None, aid) for aid in gone])
        return len(clusters)

    def _rejudge_all(self) -> int:
        articles = self._articles()
        claims = self._raw_claims()
        result = assemble(list(articles.values()), claims, None)
        self._db.execute("DELETE FROM clusters")
        self._db.execute("UPDATE articles SET story = NULL")  # not known: re-match next time
        self._write(list(result.claims), list(result.clusters), clustered=True)
        return len(result.clusters)

    def _write(self, claims: Sequence[Claim], clusters: Sequence[Cluster],
               clustered: bool = False) -> None:
        where = {cid: cl.id for cl in clusters for cid in cl.claims}
        rows = []
        for c in claims:
            final = c if clustered else attrs.evolve(c, cluster=where.get(c.id))
            rows.append((_dump(final), final.cluster, c.id))
        self._db.executemany("UPDATE claims SET final = ?, cluster = ? WHERE id = ?", rows)
        by_id = {c.id: c for c in claims}
        out = []
        for cl in clusters:
            first = min((by_id[i] for i in cl.claims), key=lambda c: (c.article, c.start))
            out.append((cl.id, first.article, first.start, _dump(cl)))
        self._db.executemany("INSERT OR REPLACE INTO clusters (id, first_article, first_start,"
                             " record) VALUES (?, ?, ?, ?)", out)

    # --- reading --------------------------------------------------------------------

    def result(self, since: str | dt.date | None = None, story: str | None = None,
               party: str | None = None) -> Result:
        """The whole store as one :class:`Result`, or a slice of it.

        ``since``: propositions with a claim dated on or after that day; ``story``:
        propositions with a claim in an article whose title has these words
        (case-insensitive), or in the article of that id; ``party``: propositions
        that party asserts or denies. Each slice keeps the claims of its
        propositions and their articles.
        """
        articles = self._articles()
        claims = [converter.structure(json.loads(r[0]), Claim) for r in self._db.execute(
            "SELECT final FROM claims ORDER BY article, ord")]
        clusters = [converter.structure(json.loads(r[0]), Cluster) for r in self._db.execute(
            "SELECT record FROM clusters ORDER BY first_article, first_start, id")]
        notices = [Notice(source=r[0], message=r[1]) for r in self._db.execute(
            "SELECT source, message FROM notices ORDER BY rowid")]
        result = Result(articles=articles.values(), claims=claims, clusters=clusters,
                        warnings=notices)
        if since is None and story is None and party is None:
            return result
        return _slice(result, _date(since), story, party)


def _slice(result: Result, since: dt.date | None, story: str | None,
           party: str | None) -> Result:
    by_claim = {c.id: c for c in result.claims}
    arts = {a.id: a for a in result.articles}

    def keep(cl: Cluster) -> bool:
        if since is not None and (cl.last_date is None or cl.last_date < since):
            return False
        if party is not None:
            wanted = party.casefold()
            if not any(r.party.casefold() == wanted for r in (*cl.asserted_by, *cl.denied_by)):
                return False
        if story is not None:
            words = story.casefold()
            ids = {by_claim[i].article for i in cl.claims}
            if story not in ids and not any(words in (arts[a].title or "").casefold()
                                            for a in ids):
                return False
        return True

    clusters = [cl for cl in result.clusters if keep(cl)]
    kept = {i for cl in clusters for i in cl.claims}
    claims = [c for c in result.claims if c.id in kept]
    used = {c.article for c in claims}
    articles = [a for a in result.articles if a.id in used]
    sources = {a.source for a in articles}
    return Result(articles=articles, claims=claims, clusters=clusters,
                  warnings=[w for w in result.warnings if w.source in sources])


_CHUNK = 500  # SQLite host parameters per statement (the limit is 999 on old builds)


def _chunks(items: Sequence[str]) -> list[list[str]]:
    return [list(items[i:i + _CHUNK]) for i in range(0, len(items), _CHUNK)]


def _marks(chunk: Sequence[str]) -> str:
    return ", ".join("?" * len(chunk))
