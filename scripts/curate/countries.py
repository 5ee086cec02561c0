"""Curation helper: (re)builds data/countries.json.

Basic records (codes, ISO short and official names) come from the iso-codes project's
iso_3166-1.json (Debian package iso-codes, /usr/share/iso-codes/json). Every alpha-2 code
referenced anywhere in data/ gets a record. Full profiles for the C5 and the US are kept
from data/country-profiles.json (hand-curated from the sources named in each field).
Aliases: the ISO common name, plus every row label USGS tables print for the country
(footnote marks and the 'e' estimate mark removed), except labels that qualify what the row
measures or mark it ("Peru (exports)", "Uzbekistan (est.)"): those are table labels, read by the
importer (src/usgs/import.ts), never names people use. USGS's own country names with a
parenthesis ("Congo (Kinshasa)") are names and stay.

Usage: python3 scripts/curate/countries.py
"""
import glob
import json
import re
from pathlib import Path

root = Path(__file__).resolve().parents[2]
iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
by_code = {c["alpha_2"]: c for c in iso}
profiles = json.load(open(root / "data/country-profiles.json"))["profiles"]

codes = set(profiles)
for prof in profiles.values():
    codes.update(b["country"] for b in prof["borders"])
aliases = {}
# USGS country names that carry a parenthesis and are names, not table qualifiers.
COUNTRY_NAMES_WITH_PARENTHESES = {"Congo (Kinshasa)", "Congo (Brazzaville)"}


def add_alias(code, name):
    aliases.setdefault(code, set()).add(name)


for f in glob.glob(str(root / "data/figures/**/*.json"), recursive=True):
    t = json.load(open(f))
    if t["table"].get("kind") == "alternative":
        continue  # company tables name companies, not countries
    for row in t["rows"]:
        c = row["country"]
        if c in ("WORLD", "OTHER"):
            continue
        codes.add(c)
        codes.update(row.get("excludes", []))
        label = re.sub(r"\(?\d+\)?$", "", row["printedName"]).strip()
        if row.get("estimated") and label.endswith("e"):
            label = label[:-1]
        if "(" in label and label not in COUNTRY_NAMES_WITH_PARENTHESES:
            continue  # a table label ("Peru (exports)"), not a name
        add_alias(c, label)
for name in ("partnerships.json", "corridors.json", "lists.json", "import-dependence.json", "facilities.json"):
    p = root / "data" / name
    if p.exists():
        text = p.read_text()
        for key in ("party", "country", "jurisdiction", "state"):
            codes.update(re.findall(rf'"{key}":\s*"([A-Z]{{2}})"', text))
        for arr in re.findall(r'"(?:participants|countries|bypasses)":\s*\[([^\]]*)\]', text):
            codes.update(re.findall(r'"([A-Z]{2})"', arr))
codes.discard("EU")

records = []
for code in sorted(codes):
    c = by_code[code]
    rec = {"alpha2": code, "alpha3": c["alpha_3"], "numeric": c["numeric"], "name": c["name"]}
    if "official_name" in c:
        rec["officialName"] = c["official_name"]
    names = set(aliases.get(code, set()))
    if "common_name" in c:
        names.add(c["common_name"])
    names.discard(rec["name"])
    names.discard(rec.get("officialName"))
    prof = profiles.get(code)
    if prof:
        names.update(prof.pop("_aliases", []))
    rec["aliases"] = sorted(names)
    if prof:
        rec["profile"] = prof
    rec["sources"] = ["iso-codes-4-15-0"]
    records.append(rec)

out = {"$schema": "./json-schema/data-countries.json", "records": records}
(root / "data/countries.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
print(f"wrote {len(records)} countries")
