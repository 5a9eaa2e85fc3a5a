"""Generate ``factcheck/knowledge/data/states.jsonl`` from maintained packages.

Build-time only (the generated file is committed; nothing here runs when the
library does):

- pycountry (ISO 3166-1): every state's code and its ISO names;
- countryinfo (MIT): short English name, capital, demonym, other spellings.

The plural of a demonym ("Venezuelans") is made by English morphology below;
irregular plurals, seats of power, short names and the states neither package
lists (Kosovo, Somaliland, ...) are written by hand in ``world.jsonl``, which
is loaded after this file and extends its rows.

    python scripts/build_states.py          # rewrite the file
    python scripts/build_states.py --check  # exit 1 if the file is out of date
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import unicodedata
from pathlib import Path

import countryinfo
import pycountry

OUT = Path(__file__).resolve().parents[1] / "factcheck" / "knowledge" / "data" / "states.jsonl"

# ISO 3166-1 entries that are dependent territories, not states: kept (they have
# names a text may use) but with no capital, whose names are often common words
# ("Stanley", "Douglas", "The Valley") and speak for no government.
_TERRITORY_CODES = ("AS AI AQ AW AX BL BM BQ BV CC CK CW CX FK FO GF GG GI GL GP GS GU HK HM IM IO "
                    "JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT")
TERRITORIES = frozenset(_TERRITORY_CODES.split())

# Capitals that are also common English words or given names: left out as metonyms.
AMBIGUOUS_CAPITALS = frozenset({"Male", "Malé", "Victoria"})
# Other spellings that are common English words or surnames ("Mann": the Isle of Man).
AMBIGUOUS_NAMES = frozenset({"Mann", "Male"})

# Where countryinfo's capital is out of date or not the seat of government.
CAPITALS = {"US": "Washington", "PS": "Ramallah", "KZ": "Astana", "VA": "Vatican City",
            "SM": "San Marino"}

# A demonym two states share, and the state it names in the news when unqualified.
SHARED_DEMONYMS = {"Congolese": "CD", "Dominican": "DO"}

# Demonym endings with no "-s" plural ("the Chinese", "the French"); irregular
# plurals ("Britons", "Poles", "Turks") are written by hand in world.jsonl.
_NO_S = ("ese", "ish", "ch", "sh", "ss", "z", "x", "s", "y", "ic", "a", "o")


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


def _latin(text: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in text)


def _countryinfo() -> dict[str, dict[str, object]]:
    root = Path(countryinfo.__file__).parent / "data"
    out: dict[str, dict[str, object]] = {}
    for path in sorted(glob.glob(str(root / "*.json"))):
        data = json.loads(Path(path).read_text("utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if code:
            out[str(code)] = data
    return out


def _name_ok(name: str, codes: set[str]) -> bool:
    name = name.strip()
    if not name or "," in name or not name[0].isupper() or not _latin(name):
        return False
    # "KP", "PRK": codes are not names in running text
    return name not in codes and name not in AMBIGUOUS_NAMES


def _plural(demonym: str) -> str | None:
    if demonym.endswith(_NO_S) and not demonym.endswith("ino"):  # "Filipinos"
        return None
    return demonym + "s"


def _demonyms(code: str, name: str, raw: str, taken: set[str]) -> list[str]:
    out = []
    for demonym in (d.strip() for d in raw.split(",")):
        if not demonym or demonym == name or not _latin(demonym) or " and " in demonym:
            continue
        if SHARED_DEMONYMS.get(demonym, code) != code:
            continue
        if code in TERRITORIES and demonym in taken:
            continue  # "French" (Réunion), "Chinese" (Hong Kong): the state's, not theirs
        out.append(demonym)
    return out


def rows() -> list[dict[str, object]]:
    info = _countryinfo()
    out: list[dict[str, object]] = []
    taken = {str(d).strip() for code, ci in info.items() if code not in TERRITORIES
             for d in str(ci.get("demonym") or "").split(",")}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = str(country.alpha_2)
        ci = info.get(code, {})
        codes = {code, str(country.alpha_3)}
        name = str(ci.get("name") or getattr(country, "common_name", None) or country.name)
        name = name.removeprefix("The ")
        names = [str(getattr(country, a)) for a in ("name", "common_name", "official_name")
                 if getattr(country, a, None)]
        names += [str(s).strip() for s in ci.get("altSpellings", []) or []]  # type: ignore[attr-defined]
        names = [n.removeprefix("The ") for n in names]
        names += [_ascii(n) for n in names if _ascii(n) != n]
        names = [n for n in dict.fromkeys(names) if n != name and _name_ok(n, codes)]
        row: dict[str, object] = {"id": code, "kind": "state", "name": name, "names": names}
        demonyms = _demonyms(code, name, str(ci.get("demonym") or ""), taken)
        row["demonyms"] = demonyms
        if code not in TERRITORIES:
            row["nationals"] = [p for p in map(_plural, demonyms) if p]
        capital = CAPITALS.get(code) or str(ci.get("capital") or "").strip()
        capital = "" if capital == name else capital
        if code in TERRITORIES:
            row["country"] = None
        elif capital and capital not in AMBIGUOUS_CAPITALS:
            row["capital"] = capital
            if _ascii(capital) != capital:
                names.append(_ascii(capital))
        out.append({k: v for k, v in row.items() if v not in (None, [])})
    return out


def render() -> str:
    head = ("# Generated by scripts/build_states.py from pycountry (ISO 3166-1) and countryinfo "
            "(MIT): do not edit; extend in world.jsonl.\n")
    return head + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the file is current")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = OUT.read_text("utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date: run python scripts/build_states.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} states)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
