"""Validate a set's gold YAML and write its JSON twins (run with the main venv).

    python eval/build_gold.py eval/heldout1
"""
import collections, datetime, json, pathlib, sys, yaml

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
GOLD, ARTS = ROOT / "gold", ROOT / "articles"
FIELDS = ["id", "speakers", "party", "stance", "kind", "date", "prop", "text"]

def body(path):
    raw = path.read_text()
    first = raw.splitlines()[0] if raw else ""
    if ":" in first and first.split(":")[0] in ("url", "outlet", "published", "title"):
        return raw.split("\n\n", 1)[1]
    return raw

def fix(x):
    if isinstance(x, (datetime.date, datetime.datetime)):
        return x.isoformat()
    if isinstance(x, dict):
        return {k: fix(v) for k, v in x.items()}
    if isinstance(x, list):
        return [fix(v) for v in x]
    return x

props = collections.defaultdict(list)
n_req = n_opt = 0
ids = set()
for y in sorted(GOLD.glob("*.yaml")):
    data = fix(yaml.safe_load(y.read_text()))
    y.with_suffix(".json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    if "verdicts" in data:
        verdicts = data["verdicts"]
        continue
    text = body(ARTS / data["article"])
    for c in data["claims"]:
        for f in FIELDS:
            assert f in c, (y.name, c.get("id"), f)
        assert c["id"] not in ids, c["id"]; ids.add(c["id"])
        assert c["stance"] in ("asserts", "denies"), c["id"]
        assert len(c["party"]) == len(c["speakers"]), c["id"]
        assert c["text"] in text, f"NOT VERBATIM {c['id']}: {c['text']}"
        assert c["date"] is None or (isinstance(c["date"], str) and len(c["date"]) == 10), c["id"]
        if data["published"] is None and c["date"] is not None:
            print("note: dated claim in undated article", c["id"], c["date"])
        if c.get("optional"):
            n_opt += 1
        else:
            n_req += 1
            props[c["prop"]].append((data["article"][:3], c["party"], c["stance"]))
print("required", n_req, "optional", n_opt)
for p, v in sorted(props.items()):
    if p.startswith("P_"):
        print(p, len(v), sorted({a for a, _, _ in v}), verdicts.get(p, "-"))
for p in verdicts:
    assert p in props and p.startswith("P_"), p
