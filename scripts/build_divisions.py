"""Build ``resolve/data/divisions.tsv`` from the division table that cpca ships.

cpca (MIT licence) carries China's county-level and higher divisions with
their codes.  fedgraph only needs names, codes, levels and parents, so this
script writes them to a small TSV once; at run time no pandas is needed.

Run: python scripts/build_divisions.py  (with cpca installed)
"""
from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/fedgraph/resolve/data/divisions.tsv"
ETHNIC = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,3}?族)+自治(?:县|州|旗)$")
MUNICIPALITY_CODES = {"110000", "120000", "310000", "500000"}
PLACEHOLDERS = {"市辖区", "县", "郊区", "矿区"}
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区",
            "地区", "林区", "省", "市", "区", "县", "盟", "旗")


def short_name(name: str) -> str:
    ethnic = ETHNIC.match(name)
    if ethnic:
        return ethnic.group(1)
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def main() -> None:
    spec = importlib.util.find_spec("cpca")
    source = Path(spec.submodule_search_locations[0]) / "resources" / "adcodes.csv"
    rows = {}
    with source.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            code = rec["adcode"][:6]
            if rec["name"] in PLACEHOLDERS or "直辖" in rec["name"]:
                continue  # statistical groupings, not places
            rows[code] = rec["name"]
    out = []
    for code, name in rows.items():
        if code.endswith("0000"):
            level, parent = "province", ""
        elif code.endswith("00"):
            level, parent = "prefecture", code[:2] + "0000"
        else:
            level = "county"
            parent = code[:4] + "00" if code[:4] + "00" in rows else code[:2] + "0000"
        if level == "prefecture" and code[:2] + "0000" in MUNICIPALITY_CODES:
            continue
        out.append((code, name, short_name(name), level, parent))
    out.sort()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# China's administrative divisions (county level and above), from cpca's adcodes.csv\n")
        fh.write("code\tname\tshort\tlevel\tparent\n")
        for row in out:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(out)} divisions to {OUT}")


if __name__ == "__main__":
    main()
