"""run.py TAG SET... -- score with a broader own-negated-deed rule (any verb form)"""
import sys, re, pathlib, subprocess, functools
import factcheck.extract._stance as ST
from factcheck.extract._lexicon import lexicon
deeds = lexicon("denial_cues")["deeds"]
alt = "|".join(re.escape(w) for w in sorted(deeds, key=len, reverse=True))
VERB = r"(?:" + alt + r"|(?-i:[a-z][a-z-]{2,}(?:ing|ed)))"
BASE = r"(?-i:[a-z][a-z-]{2,})"
rx = re.compile(
    r"(?:^|,\s+|\b(?:which|that|where|whom)\s+)(?P<subject>(?:[\w’'-]+\s+){0,6}?)"
    r"(?:(?:was|were|is|are|has|have|had|will|would)?\s*(?P<neg>not|never|n[o’']t|no\s+longer)\s+(?P<passive>been\s+|be\s+)?(?:ever\s+)?(?P<deed>" + VERB + r")"
    r"|(?:did|does|do|can|could)\s*(?P<neg2>not|never|n[o’']t)\s+(?:ever\s+)?(?P<deed2>" + alt + "|" + BASE + r"))\b",
    re.IGNORECASE)
class Wrap:
    def finditer(self, text):
        for m in rx.finditer(text):
            yield M(m)
class M:
    def __init__(self, m): self.m = m
    def groupdict(self):
        d = dict(self.m.groupdict())
        if d.get("deed") is None: d["deed"] = d.get("deed2") or ""
        if d.get("neg") is None: d["neg"] = d.get("neg2")
        return d
    def group(self, k): return self.m.group(k)
    def start(self, k):
        if k == "neg" and self.m.group("neg") is None: return self.m.start("neg2")
        return self.m.start(k)
ST._own_negated_deed = lambda: Wrap()
from factcheck.cli import main
tag = sys.argv[1]
for s in sys.argv[2:]:
    if s == "dev": arts, gold = ["/work/shared/seeds", "/work/shared/eval/articles"], "/work/shared/eval/dev"
    else: arts, gold = [f"/work/main/eval/{s}/articles"], f"/work/main/eval/{s}/gold"
    out = f"/tmp/stx/{tag}_{s}.json"
    try: main(["analyze", *arts, "--format", "json", "-o", out, "-q"])
    except SystemExit: pass
    txt = subprocess.run([sys.executable, "/work/shared/eval/score.py", gold, out], capture_output=True, text=True).stdout
    open(f"/tmp/stx/{tag}_{s}.txt", "w").write(txt)
    print(subprocess.run(["python3", "/tmp/summ.py", s, f"/tmp/stx/{tag}_{s}.txt"], capture_output=True, text=True).stdout, end="", flush=True)
