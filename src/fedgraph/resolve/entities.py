"""Resolve mentions in one document into entities with stable keys.

Abbreviations are read against the article's home place: the division it
mentions most (永川区 in an article about 永川).  ``区工商联`` there is
永川区工商联, ``市工商联`` is 重庆市工商联 (the city above it) and ``省联`` the
province's.  Each entity gets a *key* that names it across documents: the
division code for places, federations and Party/state bodies, the name
otherwise; the graph turns keys into IRIs.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from fedgraph.extract import lexicon
from fedgraph.extract.names import PARTIES, ZONE, is_place_word, starts_with_place
from fedgraph.resolve.divisions import MUNICIPALITIES, NO_FEDERATION, Division, divisions, resident_place

FEDERATION_SUFFIXES = ("工商联(总商会)", "工商业联合会", "工商联合会", "工商联", "总商会", "联")
# Party and state bodies of a place: surface suffix -> (kind, canonical suffix)
BODY_KINDS = (
    ("委统战部", ("统战部", "委统战部")), ("统战部", ("统战部", "委统战部")),
    ("人民政府", ("政府", "人民政府")), ("特区政府", ("政府", "人民政府")), ("政府", ("政府", "人民政府")),
    ("人大常委会", ("人大", "人大常委会")), ("人大", ("人大", "人大常委会")),
    ("政协", ("政协", "政协")), ("地委", ("委", "委")), ("委", ("委", "委")),
    ("行政公署", ("政府", "行政公署")), ("行署", ("政府", "行政公署")),  # a prefecture (地区)'s government
)
ABBR_LEVEL = {"省": "province", "市": "prefecture", "县": "county", "区": "county", "州": "prefecture"}
_SPACE = re.compile(r"[\s\u3000]+")
_SCOPE_LEVEL = {"全省": "province", "全市": "prefecture", "全县": "county"}  # the whole of the article's place
QUOTES = re.compile(r"[“”‘’\"'「」『』]")
#: a town's name, alone or opening another (白塔镇, 白塔镇|商会; not 乡镇商会)
_TOWN_NAME = re.compile(r"(?![省市县区州城镇乡])[\u3400-\u9fff]{1,3}?(?:镇|乡)(?![村镇])")
_TOWN_ENDS = ("镇", "乡", "村", "街道", "社区")
_TOWN_LEVEL = re.compile(r"街道|镇|乡(?!村)|社区")
_LEVEL_ENDS = set("省市县区州旗")  # where a division's name ends and a town's may begin
#: a zone's federation that no division code names (河北|雄安新区|工商业联合会): labelled by the zone alone
_ZONE_FEDERATION = re.compile(rf"({ZONE.pattern})(?:工商业联合会|工商联合会|工商联)")
_MEMBER_BODY = re.compile(r"(?:工商联|工商业联合会|商会|协会|促进会|公司|集团)$")
_TOWN_BODIES = ("党委", "政府", "人民政府", "人大", "纪委", "商会")  # 镇政府: the town's
#: a town named by its suffix at the start of an organisation's name (洞泾镇|商会)
_TOWN_WITHIN = re.compile(r"(?![省市县区州城])[\u3400-\u9fff]{1,4}?(?:镇(?!镇)|乡(?!村)|街道)(?=[\u3400-\u9fff]{2,4}$)")


@dataclass
class Entity:
    key: str
    type: str
    label: str
    names: set[str] = field(default_factory=set)
    division: str = ""  # code of the place it is, or is in


@lru_cache(maxsize=None)
def full_names(kind: str) -> dict[str, str]:
    """Every name in ``data/{kind}_names.tsv`` (short or full) -> the full name.

    ``kind`` is "department" (市场监管局: 市场监督管理局) or "organisation" (光彩会: 光彩事业促进会).
    """
    text = resources.files("fedgraph.resolve").joinpath("data", f"{kind}_names.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            full, shorts = line.split("\t")
            out.update({name: full for name in [full, *shorts.split()]})
    return out


def surface(name: str) -> str:
    """The name as written, without the spaces PDF layout puts inside it."""
    return _SPACE.sub("", name)


class Resolver:
    """Resolves the names of one document, given the places it mentions."""

    def __init__(self, place_mentions: dict[tuple[int, int], list[str]], ents: list[tuple[int, str, str]],
                 trips: list[tuple[int, int, str]] = ()) -> None:
        self.divs = divisions()
        self.home: Division | None = None
        self.chain: list[Division] = []
        self._counties: list[str] = []  # the counties the article names
        self._prefectures: list[str] = []  # and the cities
        self._provinces: list[str] = []  # and the provinces
        self._in_names: Counter[str] = Counter()  # the places other names begin with: 洛阳|栾川钼业集团…
        self._shared_counties: set[str] = set()  # county names the article writes that several places share
        self._leading: dict[str, tuple[Division | None, str]] | None = None  # answers depend on home
        self.home = self._home(place_mentions, ents, trips)
        self.chain = self.divs.chain(self.home) if self.home else []
        self._resolved: dict[tuple, Entity] = {}
        self._leading, self._within = {}, {}  # an article names its entities many times
        self._town = self._only_town(ents)
        self._zones = self._only_zones(ents)

    # -- the article's place -------------------------------------------------
    def _home(self, place_mentions, ents, trips) -> Division | None:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}  # where each place is first named

        def count(code: str, at: int) -> None:
            counts[code] += 1
            first[code] = min(first.get(code, at), at)

        origins = self._origins(place_mentions, ents)
        for (start, end), codes in place_mentions.items():
            if len(codes) == 1 and (start, end) not in origins:
                count(codes[0], start)
            elif len({(d.name, d.level) for d in map(self.divs.get, codes) if d is not None}) == 1:
                d = self.divs.get(codes[0])  # 江北区, of 重庆 or of 宁波: which one, the article may not say
                if d is not None and d.level == "county":
                    self._shared_counties.add(d.name)
        for start, name, type_ in ents:
            if type_ in ("Company", "Organization"):
                d, _ = self.leading_place(name)
                if d is not None and not self._guessed(name, d):
                    self._in_names[d.code] += 1
            if type_ in ("Federation", "GovernmentBody", "Chamber", "Place"):
                d, rest = self.leading_place(name)
                if d is not None and type_ == "Chamber" and rest == "商会":
                    d = self._hosting_city(name, d) or d
                if d is not None and not self._guessed(name, d):
                    count(d.code, start)
            elif type_ == "Event":  # 温州市鹿城区工商联(总商会)第十次会员代表大会: the innermost place it names
                inside = [code for _, _, code in self._places_within(name) if code]
                if len(inside) > 1:
                    count(inside[-1], start)
        self._counties = sorted(c for c in counts if (d := self.divs.get(c)) is not None and d.level == "county")
        self._prefectures = sorted(c for c in counts if (d := self.divs.get(c)) is not None and d.level == "prefecture")
        self._provinces = sorted(c for c in counts if (d := self.divs.get(c)) is not None and d.level == "province")
        if not counts:
            return None
        # (Taiwan, Hong Kong and Macau are where visitors come from, never the home whose 市委 and 工商联 an
        # article abbreviates; of places named as often and as precisely, the one named first)
        best = max(sorted(counts), key=lambda c: (c[:2] not in NO_FEDERATION, counts[c], c[4:] != "00",
                                                  c[2:] != "0000", -first[c]))
        return self._traveller(self.divs.get(best), ents, trips) or self.divs.get(best)

    def _origins(self, place_mentions, ents) -> set[tuple[int, int]]:
        """The places chambers of this city are named for (市|温州|商会): where their members come from,
        which says nothing of where the article is.  (Where the chamber's place is named, 上海市|许昌商会,
        the article is as often about the place its members come from.)"""
        return {(start + 1, start + len(name) - 2) for start, name, type_ in ents
                if type_ == "Chamber" and name[:1] in ABBR_LEVEL and name.endswith("商会")} & place_mentions.keys()

    def _hosting_city(self, name: str, d: Division) -> Division | None:
        """The city a chamber of people from its county ``d`` is named with (泉州市|石狮|商会: the county by its
        short name after its city's full one): where the chamber is, not where its members come from."""
        parent = self.divs.parent(d)
        if parent is None or not d.short or d.short == d.name or name != parent.name + d.short + "商会":
            return None
        return parent

    def _traveller(self, best: Division | None, ents, trips) -> Division | None:
        """Where an organisation that went to ``best`` came from (芜湖市总商会组织企业家赴|杭州): an article
        about a trip names where it goes most, but is written where the trip starts."""
        for sentence, verb, code in trips:
            goal = self.divs.get(code)
            if best is None or goal is None or not self.divs.is_within(best, goal):
                continue
            for start, name, type_ in ents:
                if sentence <= start < verb and type_ in ("Federation", "GovernmentBody", "Chamber"):
                    d, _ = self.leading_place(name)
                    if (d is not None and not self._guessed(name, d) and not self.divs.is_within(d, goal)
                            and d.code[:2] not in NO_FEDERATION
                            and not self.divs.is_within(goal, d)):
                        return d
        return None

    def _guessed(self, name: str, d: Division) -> bool:
        """Whether ``d`` was one guess among divisions sharing the name ``name`` begins with (江北区).

        Such a name says nothing about where the article is until its home is
        known; a division written inside its parent (重庆市|江北区) is no guess.
        """
        found = self.divs.by_name(self.divs.first_name(name, lexicon.words("place_stops.txt")))
        return len(found) > 1 and any(f.code == d.code for f in found)

    def _scope(self, scope: str) -> Division | None:
        """The place ``scope`` (全省, 全市, 全县, 全区) stands for: the whole of the article's place of that level;
        全区 is an autonomous region's whole, or a district's."""
        if scope == "全区":
            region = self.at_level("province")
            if region is not None and region.name.endswith("自治区"):
                return region
            district = self.at_level("county")
            return district if district is not None and district.name.endswith("区") else None
        return self.at_level(_SCOPE_LEVEL[scope]) if scope in _SCOPE_LEVEL else None

    def at_level(self, level: str) -> Division | None:
        """The home place's division of ``level`` (a municipality serves as the city of its districts)."""
        for d in self.chain:
            if d.level == level:
                return d
        if level == "prefecture":
            for d in self.chain:
                if d.code in MUNICIPALITIES:
                    return d
            # 市工商联 in an article whose home is its province (named in a company's name and a guest's
            # federation), that names one of its cities alone (湛江市) and no other province: that city's
            if self.home is not None and set(self._provinces) <= {self.home.code}:
                within = [c for c in self._prefectures if self.divs.is_within(self.divs.get(c), self.home)]
                if len(within) == 1:
                    return self.divs.get(within[0])
        # 我市|8家企业入选… with the city named only in its companies' names: the one they name most
        below = [c for c in sorted(self._in_names) if (d := self.divs.get(c)) is not None and d.level == level
                 and (self.home is None or self.divs.is_within(d, self.home))]
        return self.divs.get(max(below, key=self._in_names.__getitem__)) if below else None

    def leading_place(self, name: str) -> tuple[Division | None, str]:
        """The division a name begins with, and the rest of the name."""
        if self._leading is None:
            return self._leading_place(name)
        if name not in self._leading:
            self._leading[name] = self._leading_place(name)
        return self._leading[name]

    def _leading_place(self, name: str) -> tuple[Division | None, str]:
        head = self.divs.first_name(name, lexicon.words("place_stops.txt"))
        if not head:
            return None, name
        found = self.divs.by_name(head)
        if all(d.name != head for d in found) and _TOWN_LEVEL.match(name, len(head)):
            return None, name  # 龙门|镇商会: a town's name that a county's short name shares
        d, rest = self._pick(found), name[len(head):]
        inner, inner_rest = self._leading_child(d, rest)
        return (inner, inner_rest) if inner is not None else (d, rest)

    def _leading_child(self, parent: Division, name: str) -> tuple[Division | None, str]:
        """A division inside ``parent`` written right after it (北京市|东城区, 乐山市|夹江县)."""
        for n in range(min(len(name) - 1, 12), 1, -1):
            for d in self.divs.by_name(name[:n]):
                if d.code != parent.code and self.divs.is_within(d, parent):
                    deeper, rest = self._leading_child(d, name[n:])
                    return (deeper, rest) if deeper is not None else (d, name[n:])
        return None, name

    def places_within(self, name: str) -> list[tuple[int, int, str]]:
        """Places written at the start of an organisation's name, as ``(start, end, code)``.

        Divisions count when written in full or, for provinces and cities, by
        their short name (重庆|新泰机械公司); a town counts by its suffix
        (洞泾镇|商会).  County short names inside names are too often words.
        """
        if name not in self._within:
            self._within[name] = self._places_within(name)
        return list(self._within[name])

    def _places_within(self, name: str) -> list[tuple[int, int, str]]:
        out, pos = [], 0
        while pos < len(name):
            for n in range(min(len(name) - pos - 1, 12), 1, -1):
                part = name[pos:pos + n]
                found = [d for d in self.divs.by_name(part) if d.name == part or d.level != "county"]
                if out and out[-1][2]:
                    outer = self.divs.get(out[-1][2])
                    found = [d for d in found if d.code != outer.code and self.divs.is_within(d, outer)]
                if found and all(d.name != part for d in found) and _TOWN_LEVEL.match(name, pos + n):
                    found = []  # 玉林|街道商会: a street's or town's name that a city's short name shares
                if found and part not in lexicon.words("place_stops.txt"):
                    out.append((pos, pos + n, self._pick(found).code))
                    pos += n
                    break
            else:
                town = _TOWN_WITHIN.match(name, pos)
                # (温岭市|松门镇|商会: a town after its county, written in full; 中山市|古镇镇|商会: after a
                # city of towns)
                outer = self.divs.get(out[-1][2]) if out and out[-1][2] else None
                if town and (not out or outer and (outer.level == "county" or not self.divs.has_parts(outer))) \
                        and not self._no_town(town.group()):
                    out.append((pos, town.end(), ""))
                break
        return out

    def _no_town(self, name: str) -> bool:
        """Whether a name ending in a town's suffix is a word (浙江省|同乡|会), not a town (海城|街道 is one)."""
        own = name[len(self.divs.first_name(name)):]
        return own in lexicon.words("generic_names.txt") and own not in ("镇", "乡", "街道")

    def _only_town(self, ents: list[tuple[int, str, str]]) -> str:
        """The one town (镇, 乡) the article names, alone or opening a name (麻城市|白塔镇|商会); '' for none or several."""
        towns = set()
        for _, text, _ in ents:
            for at in [0, *(i + 1 for i, c in enumerate(text) if c in _LEVEL_ENDS)]:
                if (town := _TOWN_NAME.match(text, at)) and not self.divs.by_name(town.group()):
                    towns.add(town.group())
        return next(iter(towns)) if len(towns) == 1 else ""

    @staticmethod
    def _only_zones(ents: list[tuple[int, str, str]]) -> list[tuple[str, str, str]]:
        """The one zone of each kind the article names (成都高新区|工商联) as (the kind's short form, the
        zone's fullest name, its place), longest short form first; kinds it names several zones of are left
        out (合肥经开区 and 合肥经济技术开发区 are one zone: one place)."""
        zones: dict[str, dict[str, str]] = {}
        for _, text, _ in ents:
            for short, endings in lexicon.zone_kinds().items():
                for ending in endings:
                    at = text.find(ending)
                    if at >= 2 and (is_place_word(text[:at]) or starts_with_place(text[:at])):
                        names = zones.setdefault(short, {})
                        names[text[:at]] = max(names.get(text[:at], ""), text[:at + len(ending)], key=len)
                        break
        found = [(short, zone, place) for short, names in zones.items() if len(names) == 1
                 for place, zone in names.items()]
        return sorted(found, key=lambda z: (-len(z[0]), z[0]))

    def _pick(self, found: list[Division]) -> Division:
        """Of several divisions with one name (朝阳区), the one in the article's province."""
        for d in found:
            if self.home and any(x.code == self.home.code for x in self.divs.chain(d)):
                return d
        for d in found:
            if self.chain and self.divs.is_within(d, self.chain[-1]):
                return d
        return sorted(found, key=lambda d: d.code)[0]

    def expand(self, name: str) -> str:
        """Replace a leading abbreviation (区/市/省/我县) by the home division it means."""
        for prefix, level in (("我县", "county"), ("我区", "county"), ("我市", "prefecture"), ("我省", "province"),
                              ("自治区", "province")):
            if name.startswith(prefix):
                d = self.at_level(level)
                if prefix == "自治区" and not (d and d.name.endswith(prefix)):
                    return name  # 自治区 stands for the article's region only where it is one
                return d.name + name[len(prefix):] if d else name
        for short, zone, place in self._zones:
            if name.startswith(zone):
                break
            if name.startswith(short):
                return zone + name[len(short):]  # 园区工商联 in an article about 苏州工业园区
            if name.startswith(place + short):
                return zone + name[len(place + short):]  # 合肥经开区工商联: 合肥经济技术开发区工商联
        if name[:1] in "镇乡" and self._town and name[1:] in _TOWN_BODIES:
            return self._town + name[1:]  # 镇政府 in an article about 白塔镇: 白塔镇政府
        if (resident := resident_place(name)) is not None:
            return resident.name + name[2:]  # 在沪温州商会: 上海市温州商会
        if len(name) == 3 and name[0] == "团" and name[1] in ABBR_LEVEL and name[2] == "委":
            expanded = self.expand(name[1:])  # 团市委: the Youth League's committee of the article's city
            return "共青团" + expanded if expanded != name[1:] else name
        if name.startswith("省联"):
            d = self.at_level("province")
            return d.name + "工商联" if d else name
        head = name[:1]
        short = self.divs.by_name(name[:2])  # 市中|区工商联 is a district's; 市中级人民法院 is the city's court
        if head in ABBR_LEVEL and len(name) >= 2 and name[1] != "级" and not any(name.startswith(d.name) for d in short):
            # (省级“四好”商会 names a level, not the province)
            # in an article about 晋江市, a county-level city, 市工商联 is its own (not one a company's name
            # opens with, in an article about its prefecture: 福建福安|闽东亚南电机 where the home is 宁德市)
            county = next((d for d in self.chain if d.level == "county"), None)
            if head == "市" and county is not None and county.name.endswith("市"):
                return county.name + name[1:]
            d = self.at_level(ABBR_LEVEL[head])
            if d is not None and not (head == "县" and d.name.endswith("区")):
                # (县工商联 is no district's: 南浔区, named in a company's name, is not the county meant)
                return d.name + name[1:]
            region = self.at_level("province")
            if head == "区" and d is None and region and region.name.endswith("自治区"):
                return region.name + name[1:]  # 区工商联 in an article about 广西 with no district in view
            if head in "县区" and d is None and (county_name := self._only_county(head)):
                return county_name + name[1:]
        return name

    def _only_county(self, ends: str) -> str:
        """The name of the one county ending with a character of ``ends`` the article names, with no home of
        that level: 县委 in an article about 湛江市 that names 遂溪县 alone; 区工商联 in one that names
        江北区 alone, whichever city's; '' where it names none or several."""
        named = [c for c in self._counties if self.divs.get(c).name.endswith(tuple(ends))]
        if len(named) == 1:
            return self.divs.get(named[0]).name
        shared = [n for n in self._shared_counties if n.endswith(tuple(ends))]
        return shared[0] if not named and len(shared) == 1 else ""

    # -- entities --------------------------------------------------------------
    def resolve(self, name: str, type_: str, place_codes: list[str] | None = None) -> Entity:
        """The entity ``name`` (of ``type_``) stands for in this document: a fresh object each time."""
        key = (name, type_, tuple(place_codes) if place_codes else None)
        if key not in self._resolved:  # an article names its entities many times
            self._resolved[key] = self._resolve(name, type_, place_codes)
        ent = self._resolved[key]
        return Entity(ent.key, ent.type, ent.label, set(ent.names), ent.division)

    def _resolve(self, name: str, type_: str, place_codes: list[str] | None = None) -> Entity:
        raw = surface(name)
        folded = raw
        if type_ == "Place":
            return self._place(folded, place_codes)
        national = lexicon.national_bodies().get(QUOTES.sub("", folded))
        if national:
            ntype, canonical = national
            return Entity(f"national/{canonical}", ntype, canonical, {raw, canonical})
        full = self.expand(folded)
        party = next((p for p in PARTIES if full.startswith(p)), "") if type_ == "Organization" else ""
        if party and full[len(party):len(party) + 1] in ABBR_LEVEL:
            full = party + self.expand(full[len(party):])  # 民革市委会 in an article about 扬州: 民革扬州市委会
        if full.startswith("中国共产党") and type_ == "GovernmentBody":
            full = "中共" + full[5:]
        if full.startswith("中国人民政治协商会议") and type_ == "GovernmentBody" and full.endswith("委员会"):
            full = full[10:-3] + "政协"  # 中国人民政治协商会议武义县委员会: 武义县政协
        if full.startswith("中共") and (type_ == "GovernmentBody" or full.endswith("党校")):  # (中共湖南省委党校)
            full = full[2:]
            if type_ == "GovernmentBody" and (d := self.leading_place(full)[0]) and full == d.name + "委员会":
                full = d.name + "委"  # 中共武义县委员会: 武义县委
            if type_ == "GovernmentBody" and full.endswith("委员会") and _MEMBER_BODY.search(full[:-3]):
                full = full[:-3] + "党委"  # 中共温州市总商会委员会: 温州市总商会党委, the chamber's Party committee
        if type_ == "Federation":
            ent = self._federation(full)
            if ent:
                ent.names.add(raw)
                return ent
            full = full.replace("(总商会)", "")  # 县工商联(总商会) is 县工商联, wherever that is
            if zone := _ZONE_FEDERATION.fullmatch(full):  # 河北雄安新区工商业联合会: 雄安新区工商联, no division's
                own, head = zone.group(1), self.divs.first_name(zone.group(1))
                if head and any(d.level == "province" for d in self.divs.by_name(head)):
                    own = own[len(head):]
                full = own + "工商联"
        if type_ == "GovernmentBody":
            ent = self._body(full)
            if ent:
                ent.names.add(raw)
                return ent
            d, rest = self.leading_place(full)
            department = full_names("department").get(rest) if d is not None else None
            if department:  # 昆明市市场监管局: 昆明市市场监督管理局
                label = d.name + department
                return Entity(f"body/{d.code}/{department}", type_, label, {raw, full, label}, d.code)
        if type_ == "Event" and (d := self._scope(full[:2])):
            full = d.name + full[2:]  # 全省民营经济发展大会 in an article about 青海: 青海省民营经济发展大会
        if type_ in ("Programme", "Event", "Award"):
            key = QUOTES.sub("", full)
            return Entity(f"{type_.lower()}/{key}", type_, full, {raw, full})
        d, rest = self.leading_place(full)
        kind = full_names("organisation").get(rest) if d is not None and type_ in ("Chamber", "Organization") else None
        if kind:  # 浙江省光彩会: 浙江省光彩事业促进会
            full = d.name + kind
        return Entity(f"{type_.lower()}/{full}", type_, full, {raw, full}, d.code if d else "")

    def _federation(self, name: str) -> Entity | None:
        if name.startswith("全国"):
            return Entity("national/全国工商联", "Federation", "全国工商联", {name, "全国工商联"})
        d, rest = self.leading_place(name)
        if d is None or rest not in FEDERATION_SUFFIXES:
            return None
        label = d.name + "工商联"
        return Entity(f"federation/{d.code}", "Federation", label, {name, label, d.name + "工商业联合会"}, d.code)

    def _body(self, name: str) -> Entity | None:
        if name == "统战部":
            d = self.chain[0] if self.chain else None
            rest = "委统战部"
        else:
            d, rest = self.leading_place(name)
        if d is None:
            return None
        if len(rest) > 1 and rest[0] == d.name[-1] and rest[0] in ABBR_LEVEL:
            rest = rest[1:]  # 四川省省委, 锦州市市政府: the level written again
        for suffix, (kind, canonical) in BODY_KINDS:
            if rest == suffix or (suffix == "委" and rest in ("委", "党委")):
                if d.name.endswith("自治区") and canonical.startswith("委"):
                    canonical = "党" + canonical  # 广西壮族自治区党委, not …自治区委
                elif canonical.startswith("委") and len(d.name) == 2 and d.level == "county":
                    canonical = d.name[-1] + canonical  # 攸县县委: a two-character county says its level twice
                elif kind == "政府" and d.name.endswith("特别行政区"):
                    canonical = "政府"  # 香港特别行政区政府: no people's government
                label = d.name + canonical
                if canonical == "委" and d.name.endswith("地区"):
                    label = d.name[:-2] + "地委"  # 喀什地委, the Party committee of 喀什地区
                names = {name, label}
                if kind == "政府":
                    names.add(d.name + "政府")
                if kind == "委":
                    names.add("中共" + d.name + "委")
                return Entity(f"body/{d.code}/{kind}", "GovernmentBody", label, names, d.code)
        return None

    def _place(self, name: str, codes: list[str] | None) -> Entity:
        d = None
        if codes:
            found = [self.divs.get(c) for c in codes if self.divs.get(c)]
            d = self._pick(found) if found else None
        if d is None:
            # a town or zone: drop the divisions written before it (辽宁省锦州市经济开发区)
            inside = self.places_within(name)
            written = name
            if inside and inside[-1][2] and inside[-1][1] < len(name) - 1 and name.endswith(_TOWN_ENDS):
                name = name[inside[-1][1]:]  # 金寨县|花石乡, 花垣县|十八洞村: the town or village alone
            elif len(inside) > 1 and inside[-1][1] < len(name):
                name = name[inside[-1][0]:]
            found = self.divs.by_name(name)
            if found:
                d = self._pick(found)
            elif written != name:
                return Entity(f"place/{name}", "Place", name, {name, written})
        if d is not None:
            return Entity(f"place/{d.code}", "Place", d.name, {name, d.name}, d.code)
        return Entity(f"place/{name}", "Place", name, {name})

    def implied(self, pattern: str, division: str = "", before: str = "") -> Entity | None:
        """The body a role implies (``{province}人民政府`` for 省长), in the place named before
        the role (``division``) where it is of the role's level, else in the home place; a town's
        (镇政府 for 镇长) is that of the town the body named before (``before``) opens with, else the
        article's one town."""
        if pattern[:1] in "镇乡":
            town = _TOWN_NAME.match(before)
            full = town.group() + pattern[1:] if town else self.expand(pattern)
            return self.resolve(full, "GovernmentBody") if full != pattern else None
        m = re.match(r"\{(province|city|county)\}(.*)", pattern)
        if not m:
            national = lexicon.national_bodies().get(pattern)
            return self.resolve(pattern, national[0]) if national else None
        level = {"city": "prefecture"}.get(m.group(1), m.group(1))
        named = self.divs.get(division) if division else None
        fits = named is not None and (named.level == level or level == "prefecture" and named.name.endswith("市"))
        d = named if fits else self.at_level(level)  # (市长 of a county-level city: 永安市人民政府)
        if d is None and level == "county" and (county_name := self._only_county("县区")):
            return self._body(county_name + m.group(2))  # 副区长 in an article about 嘉兴市 that names 南湖区 alone
        county = next((c for c in self.chain if c.level == "county"), None)
        if not fits and level == "prefecture" and county is not None and county.name.endswith("市"):
            d = county  # in an article about 龙泉市, its 市长 (as its 市委 and 市工商联)
        return self._body(d.name + m.group(2)) if d else None
