"""Build ``resolve/data/divisions.tsv`` from the division tables that jionlp ships.

jionlp (Apache License 2.0) carries China's divisions as they stand now
(``dictionary/china_location.zip``: provinces, prefectures and counties with
their codes) and the changes that led there (``china_location_change.txt``:
长乐市 => 长乐区, 襄樊市 => 襄阳市).  fedgraph needs names, codes, levels,
parents and the names a division had before, so this script writes them to a
small TSV once; nothing is read from jionlp at run time.  Former names already
in the TSV are carried over, so a rebuild from newer data loses none.

Run: python scripts/build_divisions.py JIONLP_WHEEL_OR_FOLDER
(``pip download jionlp --no-deps`` fetches the wheel.)
"""
from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/fedgraph/resolve/data/divisions.tsv"
ETHNIC = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,3}?族)+自治(?:县|州|旗)$")
MUNICIPALITY_CODES = {"110000", "120000", "310000", "500000"}
PLACEHOLDER = re.compile(r"直辖|^(?:市辖区|县|郊区|矿区)$")
GENERIC = {"城区", "郊区", "矿区", "新区", "市区", "县城"}  # former names that name no one place
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区",
            "地区", "林区", "省", "市", "区", "县", "盟", "旗")


def short_name(name: str, code: str = "") -> str:
    if code[4:5] == "7":
        return name  # development zones (石家庄高新技术产业开发区): no short form
    ethnic = ETHNIC.match(name)
    if ethnic:
        return ethnic.group(1)
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def read_source(source: Path) -> tuple[str, str]:
    """The location table and the change list, from jionlp's wheel or its package folder."""
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as whl:
            table = whl.read("jionlp/dictionary/china_location.zip")
            changes = whl.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
    else:
        folder = source / "dictionary"
        table = (folder / "china_location.zip").read_bytes()
        changes = (folder / "china_location_change.txt").read_text(encoding="utf-8")
    with zipfile.ZipFile(io.BytesIO(table)) as inner:
        return inner.read("china_location.txt").decode("utf-8"), changes


def current(table: str) -> dict[str, tuple[str, str, str]]:
    """``code -> (name, level, parent code)`` for every division at county level and above."""
    rows: dict[str, tuple[str, str, str]] = {}
    path: list[str] = []  # codes of the divisions enclosing the current line
    for line in table.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if depth > 2 or len(parts) < 2:
            continue  # towns and villages; Taiwan's districts carry no code
        name, code = parts[0], parts[1]
        del path[depth:]
        path.append(code)
        if PLACEHOLDER.search(name) or code in rows:
            continue  # statistical groupings, not places; 香港's districts share its code
        if depth == 0:
            rows[code] = (name, "province", "")
        elif depth == 1:
            if code[:2] + "0000" not in MUNICIPALITY_CODES:
                rows[code] = (name, "prefecture", path[0])
        else:
            parent = path[1] if path[1] in rows else path[0]
            rows[code] = (name, "county", parent)
    return rows


def _names_now(rows: dict[str, tuple[str, str, str]]) -> set[str]:
    """Every full and short name some division has now: no former name may take one."""
    return {n for name, _, _ in rows.values() for n in (name, short_name(name))}


def former_names(changes: str, rows: dict[str, tuple[str, str, str]]) -> dict[str, set[str]]:
    """``code -> names it had before`` (长乐市 for 长乐区), where no other division has them now."""
    by_path = {}
    for code, (name, level, parent) in rows.items():
        by_path[(rows[parent][0] if parent else "", name)] = code
    taken = _names_now(rows)
    out: dict[str, set[str]] = {}
    for line in changes.splitlines():
        if "=>" not in line:
            continue
        before, after = line.split("=>")
        old = before.split("\t")[2:]
        new = after.split("\t")
        old_name, new_name = old[-2], new[-1]
        parent = new[-2] if len(new) > 1 else ""
        code = by_path.get((parent, new_name)) or by_path.get((new[0], new_name))
        if code is None or old_name == new_name:
            continue
        for name in (old_name, short_name(old_name)):
            if name not in taken and len(name) >= 2 and not PLACEHOLDER.search(name) and name not in GENERIC:
                out.setdefault(code, set()).add(name)
    return out


def carried_over(rows: dict[str, tuple[str, str, str]]) -> dict[str, set[str]]:
    """Former names from the table this one replaces (``OUT`` as it is), so that none is lost.

    A division of the old table whose name no division has now joins the one
    in its province with the same short name (长乐市 -> 长乐区, 章丘市 -> 章丘区).
    """
    if not OUT.exists():
        return {}
    taken = _names_now(rows)
    by_short: dict[tuple[str, str], list[str]] = {}
    for code, (name, _, _) in rows.items():
        by_short.setdefault((code[:2], short_name(name, code)), []).append(code)
    out: dict[str, set[str]] = {}
    for line in OUT.read_text(encoding="utf-8").splitlines()[2:]:
        code, name, short, *rest = line.split("\t")
        former = set(rest[2].split()) if len(rest) > 2 else set()
        target = code if code in rows and rows[code][0] == name else None
        if target is None and name not in taken:
            found = by_short.get((code[:2], short), [])
            target = found[0] if len(found) == 1 else None
            former |= {name, short}
        if target is not None:
            out.setdefault(target, set()).update(n for n in former if n not in taken and len(n) >= 2)
    return out


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__.strip().splitlines()[-2])
    table, changes = read_source(Path(sys.argv[1]))
    rows = current(table)
    former = former_names(changes, rows)
    for code, names in carried_over(rows).items():
        former.setdefault(code, set()).update(names)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# China's administrative divisions (county level and above) and their former names, from jionlp\n")
        fh.write("code\tname\tshort\tlevel\tparent\tformer\n")
        for code in sorted(rows):
            name, level, parent = rows[code]
            fh.write("\t".join((code, name, short_name(name, code), level, parent, " ".join(sorted(former.get(code, ()))))) + "\n")
    print(f"wrote {len(rows)} divisions ({sum(map(len, former.values()))} former names) to {OUT}")


if __name__ == "__main__":
    main()
