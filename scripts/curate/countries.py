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

Names in the region's languages (kk, uz, uz-Cyrl, ky, tg, tk, ru, zh, and en) come from the Unicode
CLDR territory names in the npm package cldr-localenames-full (a devDependency; its version is the
source record unicode-cldr-48-2-0): one record per country in data/country-names.json, and the same
names in each full profile (profile.names).

Usage: npm ci && python3 scripts/curate/countries.py
"""
import glob
import json
import re
from pathlib import Path

root = Path(__file__).resolve().parents[2]
CLDR_PACKAGE = root / "node_modules/cldr-localenames-full"
CLDR_SOURCE = "unicode-cldr-48-2-0"
CLDR_LANGS = ["en", "kk", "ky", "ru", "tg", "tk", "uz", "uz-Cyrl", "zh"]
cldr_version = json.load(open(CLDR_PACKAGE / "package.json"))["version"]
assert CLDR_SOURCE == "unicode-cldr-" + cldr_version.replace(".", "-"), (
    f"cldr-localenames-full is {cldr_version}: add a source record for it and update CLDR_SOURCE"
)
cldr = {
    lang: json.load(open(CLDR_PACKAGE / "main" / lang / "territories.json"))["main"][lang]["localeDisplayNames"]["territories"]
    for lang in CLDR_LANGS
}
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
local_names = []
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
    local = {lang: cldr[lang][code] for lang in CLDR_LANGS}  # KeyError: CLDR lacks a name: say so, never guess
    local_names.append({"country": code, "names": local, "source": CLDR_SOURCE})
    if prof:
        prof["names"] = local
        prof["namesSource"] = CLDR_SOURCE
        rec["profile"] = prof
    rec["sources"] = ["iso-codes-4-15-0"]
    records.append(rec)

out = {"$schema": "./json-schema/data-countries.json", "records": records}
(root / "data/countries.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
print(f"wrote {len(records)} countries")

# A name may denote one country only (folded roughly as src/datasets/index-by.ts folds names).
def fold(name):
    import unicodedata
    n = unicodedata.normalize("NFD", name)
    n = "".join(ch for ch in n if not unicodedata.category(ch).startswith("M"))
    n = re.sub(r"[\u02bb\u02bc\u2018\u2019'`]", "", n.lower())
    return re.sub(r"[^\w]+", " ", n).strip()

owner = {}
for r in local_names:
    for lang, name in r["names"].items():
        prev = owner.setdefault(fold(name), r["country"])
        assert prev == r["country"], f"CLDR name {name!r} ({lang}) folds like a name of {prev}"
out = {"$schema": "./json-schema/data-country-names.json", "records": local_names}
(root / "data/country-names.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
print(f"wrote {len(local_names)} country name records (CLDR {cldr_version})")
