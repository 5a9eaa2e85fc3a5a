"""Generate ``factcheck/knowledge/data/states.jsonl`` from maintained packages.

Build-time only (the generated file is committed; nothing here runs when the
library does):

- pycountry (ISO 3166-1): every state's code and its ISO names;
- countryinfo (MIT): short English name, capital, demonym, other spellings.

News copy names a state in more forms than either package lists, so each name
also yields the forms made from it by general rules (``variants``): an ISO
inverted name read in order ("Korea, Republic of" -> "Republic of Korea", its
head "Korea" a short name), a leading "the" dropped ("the State of Eritrea"),
an inner "the" optional ("Republic of the Congo" -> "Republic of Congo"), a
parenthesis dropped ("Holy See (Vatican City State)"), "Saint", "St" and "St."
each other, "and" also "&", a hyphen between two names also a space
("Guinea Bissau") and an initialism also dotted ("DRC" -> "D.R.C.": the
knowledge base's lookup does this for every entry; here it reaches every
reader of a state's names). A name two states share goes to the state the news
mean when it stands alone (``SHARED``), else to neither.

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
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import countryinfo
import pycountry

from factcheck.knowledge import dotted_initialisms

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

# A name or demonym two states share, and the state it names in the news when it stands
# alone: news copy says "Congo" and "Congolese" for the Democratic Republic of the Congo and
# always qualifies the other ("Republic of Congo", "Congo-Brazzaville"). A shared name not
# listed here names neither ("Korea", "Virgin Islands").
SHARED = {"Congo": "CD", "Congolese": "CD", "Dominican": "DO"}

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


_THE = re.compile(r"^[Tt]he\s+")
_INNER_THE = re.compile(r"\b(of) the (?=[A-Z])")  # "Republic of the Congo"
_PAREN = re.compile(r"\s*\([^)]*\)")
_SAINT = re.compile(r"\b(?:Saint|St\.?)(?= [A-Z])")
_HYPHENATED = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")  # "Guinea-Bissau" -> "Guinea Bissau"
_UNAPOSTROPHE = re.compile(r"(\w)'(?!s\b)(\w)")  # "Sana'a", "N'Djamena"; not "St George's"


def _unapostrophe(m: re.Match[str]) -> str:
    # "N'Djamena" -> "Ndjamena", "Sana'a" -> "Sanaa"
    return m[1] + (m[2].lower() if m[1].isupper() else m[2])


def _inverted(name: str) -> list[str]:
    """An ISO inverted name in reading order, and its head as a short name:
    "Korea, Republic of" -> "Republic of Korea", "Korea"; "Virgin Islands, British" ->
    "British Virgin Islands". A tail that is neither a long form ("... of") nor one word
    is not an inversion ("Taiwan, Province of China", "Bonaire, Sint Eustatius and Saba")."""
    head, _, tail = name.partition(", ")
    tail = _THE.sub("", tail.strip())
    if not tail or "," in tail:
        return [name]
    if tail.endswith((" of", " of the")):
        return [f"{tail} {head}", head]
    if " " not in tail:
        return [f"{tail} {head}"]
    return [name]


def variants(name: str) -> list[str]:
    """``name`` and the other forms news copy writes it in, by general rules (see the
    module docstring); the first is the name itself, less a leading "the"."""
    forms = [_THE.sub("", name).strip()]  # not " the Abode of Peace": a fragment
    if ", " in forms[0]:
        forms = _inverted(forms[0])
    forms += [_PAREN.sub("", f) for f in forms if "(" in f]
    forms += [_INNER_THE.sub(r"\1 ", f) for f in forms if _INNER_THE.search(f)]
    # a short name only (no long "X of Y" form): "St Kitts and Nevis", "Trinidad & Tobago"
    short = forms[-1] if " of " not in forms[-1] else ""
    forms += [_SAINT.sub(s, short) for s in ("Saint", "St", "St.") if _SAINT.search(short)]
    forms += [short.replace(" and ", " & ")] if " and " in short and not _SAINT.search(short) \
        else []
    forms += [short.replace("-", " ")] if _HYPHENATED.fullmatch(short) else []
    forms += [_ascii(f) for f in forms if _ascii(f) != f]
    return list(dict.fromkeys(f for f in forms if f))


def _plural(demonym: str) -> str | None:
    if demonym.endswith(_NO_S) and not demonym.endswith("ino"):  # "Filipinos"
        return None
    return demonym + "s"


def _demonyms(code: str, name: str, raw: str, taken: set[str]) -> list[str]:
    out = []
    for demonym in (d.strip() for d in raw.split(",")):
        if not demonym or demonym == name or not _latin(demonym) or " and " in demonym:
            continue
        if SHARED.get(demonym, code) != code:
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
        name = variants(name)[0]
        raw = [str(ci.get("name") or "")]
        raw += [str(getattr(country, a)) for a in ("name", "common_name", "official_name")
                if getattr(country, a, None)]
        # not a lower-case fragment of a split spelling (" the Abode of Peace")
        raw += [str(s) for s in ci.get("altSpellings", []) or []  # type: ignore[attr-defined]
                if str(s).strip()[:1].isupper()]
        names = [v for n in raw for v in variants(n)]
        names = [n for n in dict.fromkeys(names) if n != name and _name_ok(n, codes)]
        names += [d for d in map(dotted_initialisms, names) if d not in names]
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
            # "Bogota", "St George's", "Sanaa" and "Ndjamena": the spellings news copy uses
            plain = [_UNAPOSTROPHE.sub(_unapostrophe, capital)] \
                if _UNAPOSTROPHE.search(capital) else []
            names += [v for c in (capital, *plain) for v in variants(c) if v != capital]
        out.append({k: v for k, v in row.items() if v not in (None, [])})
    return _unshared(out)


def _unshared(out: list[dict[str, object]]) -> list[dict[str, object]]:
    """Each name to one state: a name two states share stays only with the state in
    ``SHARED`` ("Congo" -> CD), else with neither ("Korea", "Virgin Islands")."""
    def all_names(row: dict[str, object]) -> list[str]:
        return [str(n) for n in row.get("names", []) or []]  # type: ignore[attr-defined]

    owners = Counter(n for row in out for n in {str(row["name"]), *all_names(row)})
    for row in out:
        names = [n for n in all_names(row) if owners[n] == 1 or SHARED.get(n) == row["id"]]
        if SHARED.get(str(row["name"]), row["id"]) != row["id"]:
            # its own short name is another state's when unqualified: use a long form
            row["name"], names = names[0], names[1:]
        row["names"] = names
    return [{k: v for k, v in row.items() if v != []} for row in out]


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
