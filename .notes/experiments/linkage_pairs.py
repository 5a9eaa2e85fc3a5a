"""pairs.py SET OUT.jsonl -- every pair content linkage scores, with signal values and the gold label"""
import sys, json, pathlib, importlib.util, collections
spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
import factcheck.match._linkage as L
rec = []
orig = L._score
def score(p):
    sig = {}
    for name, f in L.SIGNALS.items():
        v = f(p); sig[name] = v
    out = orig(p)
    rec.append(([(c.article, " ".join(S.tokens(c.text))) for c in p.a.claims], [(c.article, " ".join(S.tokens(c.text))) for c in p.b.claims], sig, out,
                p.a.denial, p.b.denial, p.a.article == p.b.article, sorted(p.a.parties), sorted(p.b.parties),
                L._content_of(p.a), L._content_of(p.b), p.a.frame.klass, p.b.frame.klass, sorted(L.roles(p.a).acting), sorted(L.roles(p.b).acting), sorted(L.roles(p.a).named), sorted(L.roles(p.b).named), sorted(L.word_stems(L._content_of(p.a))), sorted(L.word_stems(L._content_of(p.b))), {k: v for k, v in p.weight.items()}))
    return out
L._score = score
from factcheck.cli import main
s = sys.argv[1]
if s == "dev": arts, gold = ["/work/shared/seeds", "/work/shared/eval/articles"], "/work/shared/eval/dev"
else: arts, gold = [f"/work/main/eval/{s}/articles"], f"/work/main/eval/{s}/gold"
tmp = f"/tmp/pairs_{s}.json"
try:
    main(["analyze", *arts, "--format", "json", "-o", tmp, "-q"])
except SystemExit: pass
rep = json.load(open(tmp))
garts, _ = S.load_gold(pathlib.Path(gold))
prop = {}
for art in garts:
    preds, _ = S.group_predictions(rep, art["article"])
    golds = art["claims"]
    cands = sorted(((S.token_f1(g["text"], p["text"]), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)), reverse=True)
    ug, up = {}, set()
    for sc, gi, pi in cands:
        if sc < S.MATCH_AT: break
        if gi in ug or pi in up: continue
        ug[gi] = pi; up.add(pi)
    for gi, pi in ug.items():
        g = golds[gi]
        if g.get("optional"): continue
        aid = next(a["id"] for a in rep["articles"] if pathlib.PurePath(str(a.get("source",""))).name == art["article"])
        prop[(aid, " ".join(S.tokens(preds[pi]["text"])))] = g["prop"]
# map report claim ids by text: group_predictions merges multi-speaker duplicates; rebuild by text+article
bytext = {}
for art in garts:
    preds, _ = S.group_predictions(rep, art["article"])
with open(sys.argv[2], "w") as f:
    for a, b, sig, out, da, db, same, pa, pb, ta, tb, ka, kb, aa, ab, na, nb, sa, sb, w in rec:
        ga = next((prop[x] for x in a if x in prop), None); gb = next((prop[x] for x in b if x in prop), None)
        if ga is None or gb is None: lab = None
        else: lab = int(ga == gb and ga.startswith("P_"))
        f.write(json.dumps(dict(set=s, sig=sig, score=out, da=da, db=db, same=same, pa=pa, pb=pb, ta=ta, tb=tb, ka=ka, kb=kb, aa=aa, ab=ab, na=na, nb=nb, sa=sa, sb=sb, w={k: w[k] for k in set(sa) | set(sb) if k in w}, label=lab, ga=ga, gb=gb)) + "\n")
print(s, len(rec), "pairs", sum(1 for r in rec), file=sys.stderr)
