import json, glob, re, sys
import wnlite as W
import snowballstemmer
st = snowballstemmer.stemmer("english")
STOP = set("the a an of to in on and or but is are was were be been being has have had it its this that these those with by for from at as not no never any all he she they we you i his her their our your them us who which what said says say would could should will can may might did do does than then there here also into over after before about against between during while when where because if so such other some more most very just only own same too up down out off once again further new one two three four five six seven eight nine ten mr ms".split())
def toks(t):
    return [w for w in re.findall(r"[a-z]+", t.lower()) if w not in STOP and len(w) > 2]
def syn(ta, tb, k):
    A, B = toks(ta), toks(tb)
    sa = {st.stemWord(w) for w in A}; sb = {st.stemWord(w) for w in B}
    A2 = [w for w in set(A) if st.stemWord(w) not in sb]
    B2 = [w for w in set(B) if st.stemWord(w) not in sa]
    hits = 0
    usedb = set()
    for a in A2:
        ca = W.concepts(a, k)
        if not ca: continue
        for b in B2:
            if b in usedb: continue
            if ca & W.concepts(b, k):
                hits += 1; usedb.add(b); break
    return hits / max(1, min(len(set(A)), len(set(B)))) if A and B else 0.0
rows = []
for f in sorted(glob.glob("/tmp/pairs_*.jsonl")):
    for line in open(f):
        r = json.loads(line)
        if r["label"] is None: continue
        rows.append(r)
print(len(rows), sum(r["label"] for r in rows))
def auc(scores, labels):
    pos = [s for s, l in zip(scores, labels) if l]; neg = [s for s, l in zip(scores, labels) if not l]
    import bisect
    neg.sort(); tot = 0
    for p in pos:
        tot += bisect.bisect_left(neg, p) + 0.5 * (bisect.bisect_right(neg, p) - bisect.bisect_left(neg, p))
    return tot / (len(pos) * len(neg))
labels = [r["label"] for r in rows]
for k in (1, 2, 3):
    sy = [syn(r["ta"], r["tb"], k) for r in rows]
    print("k", k, "syn alone AUC", round(auc(sy, labels), 3), "mean syn pos", round(sum(s for s, l in zip(sy, labels) if l) / sum(labels), 3), "neg", round(sum(s for s, l in zip(sy, labels) if not l) / (len(labels) - sum(labels)), 3))
    for w in (0, 0.1, 0.2, 0.3, 0.5):
        sc = [(r["score"] if r["score"] is not None else -1) + w * s for r, s in zip(rows, sy)]
        tp = sum(1 for s, l in zip(sc, labels) if l and s >= 0.4); fp = sum(1 for s, l in zip(sc, labels) if not l and s >= 0.4)
        print("  w", w, "AUC", round(auc(sc, labels), 4), "tp", tp, "fp", fp)
