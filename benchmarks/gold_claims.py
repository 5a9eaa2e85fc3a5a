"""Dev helper: gold claims as :class:`claims.Claim` records, and matching scored on them.

Matching and verdicts can be measured without the extractor: each gold claim
becomes one Claim per speaker (same span), over the article body the library
reads, and the result is scored exactly as ``score.py`` scores a report.

    python benchmarks/gold_claims.py                      # figures
    python benchmarks/gold_claims.py -v                   # plus every cluster and miss
    python benchmarks/gold_claims.py --optional           # gold optional claims too
    python benchmarks/gold_claims.py --no-articles        # matcher without article bodies
    python benchmarks/gold_claims.py --gold /work/heldout/gold --articles /work/heldout/articles
    python benchmarks/gold_claims.py --gold ../shared/eval/dev --gold /work/heldout/gold \
        --articles examples --articles ../shared/eval/articles --articles /work/heldout/articles
                                                          # one batch, each gold dir scored

Nothing here is used by the library: it only reads the gold to feed it.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from factcheck.claims import Article, Claim, Result, Speaker
from factcheck.ingest import read_article
from factcheck.match import cluster_claims
from factcheck.report.json_report import to_dict
from factcheck.verify import judge

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
GOLD_DIR = SHARED / "dev"
ARTICLE_DIRS = (ROOT / "examples", SHARED / "articles")

__all__ = ["GoldClaim", "load", "run", "score_module"]

GoldClaim = dict[str, Any]


def _find(body: str, text: str) -> tuple[int, int] | None:
    """The span of ``text`` in ``body``, tolerant of quote styles and runs of spaces."""
    at = body.find(text)
    if at >= 0:
        return at, at + len(text)
    quotes = "\"'“”‘’"
    parts = [re.escape(w) for w in re.split(r"\s+", text.strip()) if w]
    pattern = r"\s+".join(parts)
    for q in quotes:
        pattern = pattern.replace(re.escape(q), "[" + re.escape(quotes) + "]")
    m = re.search(pattern, body)
    return (m.start(), m.end()) if m else None


def _article_path(name: str, dirs: Sequence[Path]) -> Path:
    for d in dirs:
        if (d / name).exists():
            return d / name
    raise FileNotFoundError(name)


def load(gold_dir: Path = GOLD_DIR, optional: bool = False,
         article_dirs: Sequence[Path] = ARTICLE_DIRS,
         ) -> tuple[list[Article], list[Claim], dict[str, GoldClaim]]:
    """Articles, gold claims as Claims (one per speaker), and gold records by claim id."""
    articles: list[Article] = []
    claims: list[Claim] = []
    gold: dict[str, GoldClaim] = {}
    for path in sorted(gold_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text())
        if "claims" not in data:
            continue
        art = read_article(_article_path(data["article"], article_dirs))
        articles.append(art)
        for g in data["claims"]:
            if g.get("optional") and not optional:
                continue
            span = _find(art.body, g["text"])
            if span is None:
                print(f"gold text not in body: {art.id} {g['id']}", file=sys.stderr)
                continue
            parties = list(g["party"])
            for i, name in enumerate(g["speakers"]):
                party = parties[i] if i < len(parties) else parties[-1]
                cid = f"{g['id']}" if len(g["speakers"]) == 1 else f"{g['id']}.{i}"
                kind = g.get("kind") if g.get("kind") in ("direct", "indirect") else "indirect"
                claims.append(Claim.of(art, span[0], span[1], id=cid,
                                       speaker=Speaker(name=name, party=party),
                                       stance=g["stance"], kind=kind, date=g.get("date")))
                gold[cid] = dict(g, _article=art.id)
    return articles, claims, gold


def score_module() -> ModuleType:
    """The shared scorer, imported from its file."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(articles: Sequence[Article], claims: Sequence[Claim],
        use_articles: bool = True) -> tuple[Result, float]:
    """Match and judge; the result and the seconds it took."""
    t0 = time.perf_counter()
    groups = cluster_claims(claims, articles if use_articles else None)
    clusters = judge(groups, articles)
    secs = time.perf_counter() - t0
    where = {cid: cl.id for cl in clusters for cid in cl.claims}
    import attrs

    out = [attrs.evolve(c, cluster=where.get(c.id)) for c in claims]
    return Result(articles=articles, claims=out, clusters=clusters), secs


def _align(claims: Sequence[Claim], gold: dict[str, GoldClaim],
           articles: Sequence[Article]) -> dict[str, GoldClaim]:
    """Each extracted claim's gold record (by token overlap >= 0.5), for the listing."""
    score = score_module()
    out: dict[str, GoldClaim] = {}
    by_article: dict[str, list[GoldClaim]] = {}
    for g in {id(g): g for g in gold.values()}.values():
        by_article.setdefault(g["_article"], []).append(g)
    for c in claims:
        cands = [(score.token_f1(g["text"], c.text), g["id"])
                 for g in by_article.get(c.article, [])]
        best = max(cands, default=(0.0, ""))
        if best[0] >= 0.5:
            out[c.id] = next(g for g in by_article[c.article] if g["id"] == best[1])
    return out


def _show(result: Result, gold: dict[str, GoldClaim]) -> None:
    by_id = {c.id: c for c in result.claims}
    for cl in sorted(result.clusters, key=lambda c: (-len(c.claims), c.id)):
        props = sorted({gold[i]["prop"] for i in cl.claims if i in gold})
        flag = "" if len(props) == 1 else "  <-- MIXED"
        print(f"{cl.id} {cl.verdict.value:14} opinion={cl.opinion!s:5} {props}{flag}")
        print(f"    {cl.explain()}")
        for i in cl.claims:
            c = by_id[i]
            print(f"    {i:9} {gold[i]['prop'] if i in gold else '?':28} "
                  f"{c.stance.value[:3]} {c.speaker.party_id or 'unknown':8} {c.text[:80]}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--optional", action="store_true", help="include optional gold claims")
    ap.add_argument("--no-articles", action="store_true", help="match without article bodies")
    ap.add_argument("--extract", action="store_true",
                    help="claims from the library's extractor instead of the gold")
    ap.add_argument("--gold", action="append", type=Path,
                    help="gold directory (repeat for one batch over several; default: dev)")
    ap.add_argument("--articles", action="append", type=Path,
                    help="where the gold's articles are (repeatable; default: the dev dirs)")
    args = ap.parse_args(argv)
    gold_dirs = args.gold or [GOLD_DIR]
    article_dirs = args.articles or list(ARTICLE_DIRS)
    articles: list[Article] = []
    claims: list[Claim] = []
    gold: dict[str, GoldClaim] = {}
    for gold_dir in gold_dirs:
        arts, cls, gd = load(gold_dir, optional=args.optional, article_dirs=article_dirs)
        articles += arts
        claims += cls
        gold.update(gd)
    if args.extract:
        from factcheck.extract import extract

        claims = [c for art in articles for c in extract(art)]
        gold = _align(claims, gold, articles)
    result, secs = run(articles, claims, use_articles=not args.no_articles)
    score = score_module()
    report = to_dict(result)
    if args.verbose:
        _show(result, gold)
    print(f"{len(claims)} claims, {len(result.clusters)} clusters in {secs * 1000:.0f} ms")
    for gold_dir in gold_dirs:
        gold_articles, verdicts = score.load_gold(gold_dir)
        figures, log = score.score(gold_articles, verdicts, report)
        if args.verbose:
            print("\n".join(line for line in log if not line.startswith("WRONG")))
        cl = figures["cluster_pairs"]
        if len(gold_dirs) > 1:
            print(f"[{gold_dir}]")
        print(f"clusters   P {cl['precision']:.3f}  R {cl['recall']:.3f}  F1 {cl['f1']:.3f}"
              f"  cross-article recall {cl['cross_article_recall']:.3f}")
        print(f"verdicts   {figures['verdicts']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
