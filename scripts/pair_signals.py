"""How well does a similarity separate same-proposition pairs? A research aid for issue 8.

    python scripts/pair_signals.py [--extra wordllama] SET...

SET is ``dev`` or a folder name under ``eval/`` (``fresh9``...). The script runs the
analysis with the linkage step recording every pair of claim groups it scores, labels
each pair from the gold (1: both claims belong to one shared proposition ``P_...``),
and prints, per set and overall, the ROC AUC of the linkage score and, with
``--extra``, of an outside similarity alone and added to the score. ``wordllama``
(pip ``wordllama``: static 256-d embeddings shipped in the wheel, loaded from the
wheel's own folder, never downloaded) is one such similarity; run the script where
both factcheck and wordllama import (e.g. ``pip install --target DIR wordllama`` and
``PYTHONPATH=DIR``).
Only the pairs the linkage compares are labelled (pairs the frames join or split
never reach it), so this measures the last step, not the whole matcher.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import contextlib
import importlib.util
import json
import pathlib
import sys
import tempfile
from collections.abc import Callable, Sequence
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _paths(name: str) -> tuple[list[str], pathlib.Path]:
    if name == "dev":
        return [str(SHARED / "seeds"), str(SHARED / "eval" / "articles")], SHARED / "eval" / "dev"
    return [str(ROOT / "eval" / name / "articles")], ROOT / "eval" / name / "gold"


def labelled_pairs(name: str) -> list[tuple[str, str, float, int]]:
    """(text a, text b, linkage score or -1 when vetoed, gold label) for one set."""
    import factcheck.match._linkage as linkage
    from factcheck.cli import main

    score = _scorer()
    seen: list[tuple[list[tuple[str, str]], list[tuple[str, str]], float]] = []
    original = linkage._score

    def recording(pair: Any) -> float | None:
        out = original(pair)
        seen.append(([(c.article, c.text) for c in pair.a.claims],
                     [(c.article, c.text) for c in pair.b.claims], -1.0 if out is None else out))
        return out

    linkage._score = recording  # type: ignore[assignment]  # research hook, never shipped
    try:
        arts, gold = _paths(name)
        with tempfile.TemporaryDirectory() as tmp:
            out = pathlib.Path(tmp) / "report.json"
            with contextlib.suppress(SystemExit):  # the CLI exits 1 on skips
                main(["analyze", *arts, "--format", "json", "-o", str(out), "-q"])
            report = json.loads(out.read_text("utf-8"))
    finally:
        linkage._score = original  # type: ignore[assignment]
    gold_articles, _ = score.load_gold(gold)
    ids = {pathlib.PurePath(str(a.get("source", ""))).name: a["id"] for a in report["articles"]}
    prop: dict[tuple[str, str], str] = {}
    for art in gold_articles:
        preds, _ = score.group_predictions(report, art["article"])
        golds = art["claims"]
        cands = sorted(((score.token_f1(g["text"], p["text"]), gi, pi)
                        for gi, g in enumerate(golds) for pi, p in enumerate(preds)), reverse=True)
        used_g: dict[int, int] = {}
        used_p: set[int] = set()
        for s, gi, pi in cands:
            if s < score.MATCH_AT:
                break
            if gi in used_g or pi in used_p:
                continue
            used_g[gi] = pi
            used_p.add(pi)
        for gi, pi in used_g.items():
            if not golds[gi].get("optional"):
                prop[(ids.get(art["article"], ""), preds[pi]["text"])] = golds[gi]["prop"]
    rows = []
    for a, b, s in seen:
        ga = next((prop[x] for x in a if x in prop), None)
        gb = next((prop[x] for x in b if x in prop), None)
        if ga is not None and gb is not None:
            rows.append((a[0][1], b[0][1], s, int(ga == gb and ga.startswith("P_"))))
    return rows


def auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    """ROC AUC: the chance that a random positive pair outscores a random negative one."""
    neg = sorted(s for s, y in zip(scores, labels, strict=True) if not y)
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    if not pos or not neg:
        return float("nan")
    wins = sum(bisect.bisect_left(neg, p) + 0.5 * (bisect.bisect_right(neg, p)
                                                     - bisect.bisect_left(neg, p)) for p in pos)
    return wins / (len(pos) * len(neg))


def wordllama_similarity() -> Callable[[list[str], list[str]], list[float]]:
    import wordllama  # type: ignore[import-not-found]  # optional, research only
    from wordllama import WordLlama  # type: ignore[import-not-found]

    # the wheel ships weights/ and tokenizers/ beside the module: a cache folder holding
    # both, so the loader finds them and never downloads
    model = WordLlama.load(cache_dir=pathlib.Path(wordllama.__file__).parent,
                           disable_download=True)

    def similarity(a: list[str], b: list[str]) -> list[float]:
        ea, eb = model.embed(a, norm=True), model.embed(b, norm=True)
        return [float(x) for x in (ea * eb).sum(1)]
    return similarity


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--extra", choices=["wordllama"], help="an outside similarity to compare")
    args = parser.parse_args(argv)
    extra = wordllama_similarity() if args.extra == "wordllama" else None
    every: list[tuple[float, float, int]] = []
    by_set: dict[str, list[tuple[float, float, int]]] = collections.defaultdict(list)
    for name in args.sets:
        rows = labelled_pairs(name)
        sims = extra([r[0] for r in rows], [r[1] for r in rows]) if extra and rows else \
            [0.0] * len(rows)
        for (_, _, s, y), x in zip(rows, sims, strict=True):
            by_set[name].append((s, x, y))
            every.append((s, x, y))
    print(f"{'set':10} {'pairs':>6} {'same':>5} {'linkage':>8}" +
          (f" {'extra':>6} {'sum':>6}" if extra else ""))
    for name, scored in [*by_set.items(), ("all", every)]:
        labels = [y for _, _, y in scored]
        base = auc([s for s, _, _ in scored], labels)
        line = f"{name:10} {len(scored):6} {sum(labels):5} {base:8.3f}"
        if extra:
            line += (f" {auc([x for _, x, _ in scored], labels):6.3f}"
                     f" {auc([s + 0.2 * x for s, x, _ in scored], labels):6.3f}")
        print(line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
