"""How matching scales: time, peak memory and claims/s at 1k, 10k and 100k claims, one core.

``seconds``, ``claims/s`` and ``peak MB`` are for ``propositions`` (peak RSS is
measured before judging); ``judge s`` is ``judge`` on its propositions, for scale;
``largest`` is the size of the largest component of the blocking-key graph (what a
corpus store re-clusters at most when one claim arrives).

    python benchmarks/match_scale.py                 # 1k, 10k, 100k
    python benchmarks/match_scale.py --sizes 1000    # one size
    python benchmarks/match_scale.py --check         # also: blocked == exhaustive (dev, 1k)

The corpus is synthetic but shaped like the real one: stories of two to four
articles from different outlets, each a handful of attributed claims
(allegations with their actor, arms transfers with a direction, denials,
bare denials that point back, opinions) between paragraphs of filler
narration, with real country names. The pair F1 against the generator's
propositions shows that the clusters are meaningful at every size. Each size runs in a fresh process
pinned to one core, so peak memory (max RSS) is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from factcheck.claims import Article, Claim, Party, PartyKind, Speaker


def _party(code: str) -> Party:
    return Party(id=code, kind=PartyKind.STATE, name=code)


COUNTRIES = [("Russia", "RU"), ("Ukraine", "UA"), ("North Korea", "KP"), ("Iran", "IR"),
             ("China", "CN"), ("Israel", "IL"), ("Britain", "GB"), ("France", "FR"),
             ("Germany", "DE"), ("Poland", "PL"), ("Belarus", "BY"), ("Syria", "SY"),
             ("Turkey", "TR"), ("Japan", "JP"), ("South Korea", "KR"), ("India", "IN"),
             ("Pakistan", "PK"), ("Egypt", "EG"), ("Qatar", "QA"), ("Venezuela", "VE"),
             ("Cuba", "CU"), ("Georgia", "GE"), ("Iraq", "IQ"), ("Lebanon", "LB")]
OBJECTS = ["artillery shells", "ballistic missiles", "drones", "troops", "weapons",
           "ammunition", "rockets", "military equipment"]
SYLLABLES = ["ka", "lo", "mir", "zan", "tev", "or", "bu", "shel", "gra", "vin", "dro", "pel"]
OUTLETS = ["Wire One", "Daily Post", "Herald", "Tribune", "Courier", "Gazette"]

def _anchor(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def _statements(place: str, event: str, a: tuple[str, str], b: tuple[str, str],
                c: tuple[str, str], obj: str) -> list[tuple[str, str, tuple[str, str], str]]:
    """(proposition, stance, speaking country, content) that one story can report."""
    return [
        ("harm", "asserts", b, f"{a[0]} was behind the {event} attack in {place}"),
        ("harm", "asserts", b, f"the {event} strike on {place} was carried out by {a[0]}"),
        ("harm", "asserts", c, f"{a[0]}'s forces bombed the {event} depot"),
        ("harm", "denies", a, f"{a[0]} had nothing to do with the {event} attack"),
        ("harm", "denies", a, "these accusations are absolute lies"),
        ("arms", "asserts", b, f"{a[0]} has supplied {c[0]} with {obj} since the {event} talks"),
        ("arms", "asserts", b, f"{c[0]} is buying {obj} from {a[0]}"),
        ("arms", "denies", c, f"{c[0]} has never bought {obj} from {a[0]}"),
        ("concern", "asserts", b, f"we are deeply concerned about the {event} escalation"),
        ("concern", "asserts", c, f"the {event} escalation in {place} is worrying"),
        ("talks", "asserts", a, f"the {event} negotiations in {place} will resume next week"),
    ]


def _narration(rng: random.Random, words: Sequence[str]) -> str:
    return " " + " ".join(rng.choice(words) for _ in range(rng.randint(8, 16))).capitalize() + "."


def corpus(n_claims: int, seed: int = 7) -> tuple[list[Article], list[Claim], dict[str, str]]:
    """About ``n_claims`` claims in stories of 2-4 articles, and each claim's proposition."""
    rng = random.Random(seed)
    words = [_anchor(rng, rng.randint(2, 3)).lower() for _ in range(3000)]
    articles: list[Article] = []
    claims: list[Claim] = []
    truth: dict[str, str] = {}
    story = 0
    while len(claims) < n_claims:
        story += 1
        place, event = _anchor(rng, 4), _anchor(rng, 4)
        a, b, c = rng.sample(COUNTRIES, 3)
        pool = _statements(place, event, a, b, c, rng.choice(OBJECTS))
        for k in range(rng.randint(2, 4)):
            picked = rng.sample(pool, rng.randint(5, len(pool)))
            parts: list[str] = [f"{place} ({OUTLETS[k % len(OUTLETS)]}): the {event} crisis"
                                f" in {place} went on this week."]
            spans = []
            for prop, stance, (name, code), content in picked:
                parts.append(_narration(rng, words))
                speaker = f"Minister {_anchor(rng)}"
                lead = f" {speaker} of {name} said that "
                start = sum(len(p) for p in parts) + len(lead)
                parts.append(lead + content + ".")
                spans.append((start, start + len(content), stance, speaker, code, prop))
            body = "".join(parts)
            art = Article(id=f"s{story:06d}_{k}", source=f"synthetic/{story}/{k}.txt",
                          body=body, outlet=OUTLETS[k % len(OUTLETS)])
            articles.append(art)
            for n, (s, e, stance, speaker, code, prop) in enumerate(spans):
                cid = f"{art.id}_{n:02d}"
                claims.append(Claim.of(art, s, e, id=cid, stance=stance,
                                       speaker=Speaker(name=speaker, party=_party(code))))
                truth[cid] = f"{story}:{prop}"
    return articles, claims, truth


def _pair_f1(groups: Sequence[Sequence[Claim]], truth: dict[str, str]) -> float:
    """Pairwise F1 of the clusters against the synthetic propositions."""
    from collections import Counter

    def pairs(sizes: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in sizes.values())

    pred = {c.id: n for n, g in enumerate(groups) for c in g}
    tp = pairs(Counter((pred[i], truth[i]) for i in truth))
    p_all = pairs(Counter(pred[i] for i in truth))
    t_all = pairs(Counter(truth[i] for i in truth))
    prec, rec = tp / max(1, p_all), tp / max(1, t_all)
    return 2 * prec * rec / max(1e-9, prec + rec)


def _measure(n: int) -> dict[str, float]:
    from factcheck.match import components, propositions
    from factcheck.verify import judge

    articles, claims, truth = corpus(n)
    t0 = time.perf_counter()
    props = propositions(claims, articles)
    secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    groups = [list(p.claims) for p in props]
    t1 = time.perf_counter()
    judge(props, articles)
    judge_secs = time.perf_counter() - t1
    largest = max(len(c) for c in components(claims))
    return {"claims": len(claims), "articles": len(articles), "clusters": len(groups),
            "seconds": secs, "claims_per_s": len(claims) / secs, "peak_rss_mb": rss,
            "pair_f1": _pair_f1(groups, truth), "judge_seconds": judge_secs,
            "largest_component": largest}


def _check() -> None:
    """Blocked and exhaustive matching give the same clusters (dev gold, synthetic 1k)."""
    from factcheck.match import cluster_claims

    sys.path.insert(0, str(Path(__file__).parent))
    import gold_claims

    dev_articles, dev_claims, _ = gold_claims.load()
    for name, (arts, cls) in (("dev", (dev_articles, dev_claims)),
                              ("synthetic 1k", corpus(1000)[:2])):
        blocked = cluster_claims(cls, arts)
        full = cluster_claims(cls, arts, exhaustive=True)
        same = [[c.id for c in g] for g in blocked] == [[c.id for c in g] for g in full]
        print(f"{name}: blocked == exhaustive: {same} ({len(blocked)} clusters)")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 10_000, 100_000])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    if args.one:
        print(json.dumps(_measure(args.one)))
        return 0
    if args.check:
        _check()
    print(f"{'claims':>8} {'articles':>8} {'clusters':>8} {'seconds':>8} "
          f"{'claims/s':>9} {'peak MB':>8} {'pair F1':>8} {'judge s':>8} {'largest':>8}")
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], check=True,
                             capture_output=True, text=True).stdout
        r = json.loads(out)
        print(f"{r['claims']:>8} {r['articles']:>8} {r['clusters']:>8} {r['seconds']:>8.2f} "
              f"{r['claims_per_s']:>9.0f} {r['peak_rss_mb']:>8.0f} {r['pair_f1']:>8.3f}"
              f" {r['judge_seconds']:>8.2f} {r['largest_component']:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
