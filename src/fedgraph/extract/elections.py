"""Elections, appointments and notices' lists: the posts a person is given, read for ``fedgraph_relations``.

``person 当选 organisation [committee] role`` (褚浚当选全国工商联第十三届执委会常委: the post is in
the organisation), ``appointment-verb person 为 organisation role`` (增补李明华为市工商联副主席;
``data/appointment_verbs.txt``), a chamber's role with no organisation named (林国栋当选为首任会长:
the chamber named last), roles taken respectively (分别当选为会长、监事长) or named before 由
(监事长由…李国庆担任), and a notice's appointees listed under their post (增补以下同志为市工商联常委:,
then a name a line).  :class:`ElectionReader` is a part of :class:`fedgraph.extract.posts.PostReader`,
whose chains of posts (``_chain``) and look-ups of the entities before a place it uses.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from fedgraph.extract import lexicon
from fedgraph.extract.extensions import ORG_TYPES, Relation, span_of
from fedgraph.extract.layouts import ASIDE, LIST_ITEM, appointee_headings, follows_appointment, line_post
from fedgraph.extract.persons import COUNTED

#: a chamber's own roles: 会长, 常务副会长, 秘书长 …
CHAMBER_ROLE = re.compile(r"(?:常务|执行|名誉|荣誉|首席荣誉|永远名誉|创会|首席|轮值|驻会)?副?(?:会长|秘书长|监事长)")
CHAMBER_TOO = re.compile(r"\((?:总商会)?((?:常务|执行|名誉)?副?会长)\)")  # 主席(总商会会长): one post, two names
NOTE = re.compile(r"\([^()\n]{1,40}\)")  # a note in brackets after a name: (女), (…有限公司总经理)
# the organisation's committee between it and the role: 全国工商联|第十三届执委会|常委
COMMITTEE = re.compile(r"(?:第[一二三四五六七八九十百0-9]+届)?(?:执委会|执行委员会|常委会|常务委员会|理事会)$"
                       r"|第[一二三四五六七八九十百0-9]+届$")  # (商会|第七届|会长: the term alone)
# an organisation, then a role: the post a person is elected or appointed to
_POST_AFTER = (r"(?:新一届|第[一二三四五六七八九十0-9]+届)?([\u3400-\u9fff()]{2,30}?)"
               r"(?=(?:党组|党委)副?(?:书记|成员)|(?:常务|第一|执行|名誉|荣誉)?(?:副)?"
               r"(?:主席|会长|理事长|书记|部长|主任|秘书长|董事长|常委(?!会)|执委(?!会)|常务委员(?!会)|委员(?!会)"
               r"|(?:常年)?(?:法律)?顾问))")  # (聘任…为…商会|常年法律顾问)
_MANNER = r"(?:荣誉|光荣|高票|全票|再次|继续|正式|成功)?"  # how one is elected: 高票|当选
# 被增补为执委: appointed, told in the passive
_PASSIVE = r"|被(?:增补|增选|补选|选举|推选|推举|任命|聘任|聘请|聘)"
# (曹建伟、庞欣元|增补为|区工商联副主席: the appointment's verb after the names)
_ELECTED = re.compile(r"(?:同志)?" + _MANNER + r"(?:当选|连任|出任|接任|担任|兼任|任|(?:增补|增选|补选|递补)(?=为)"
                      + _PASSIVE + r")(?:为)?" + _POST_AFTER)
# 增补李明华为市工商联副主席: the verb before the person (data/appointment_verbs.txt), 为 after
_APPOINTED = re.compile(r"(?:同志)?为" + _POST_AFTER)
# 林国栋当选为首任会长: a chamber's role with no organisation named: the chamber named last before
# (a federation where none is; 主席 and the Party group's roles, 当选党组书记: the federation)
_BARE_ROLE = (r"(?:新一届|首任|首届|第[一二三四五六七八九十0-9]+届)?(?:(?<=届)(?:协会|商会))?"
              r"(?:理事会|监事会(?!副?主席)|执行委员会|执委会)?"  # (为第二届理事会|会长, 为新一届协会会长, 为第十二届执行委员会|副主席)
              r"((?:常务|执行|名誉|荣誉|驻会)?副?(?:会长|秘书长|理事长|监事长|主席)|监事会副?主席|执委|常委"
              r"|(?:党组|党委|党支部)(?:副?书记|成员))(?![\u3400-\u9fff])")
_ELECTED_CHAMBER_ROLE = re.compile(_MANNER + r"(?:当选|连任|出任|接任|任|(?:增补|增选|补选|递补)(?=为)" + _PASSIVE + r")(?:为)?"
                                   + _BARE_ROLE)
_BARE_ROLE_RE = re.compile(_BARE_ROLE)
# 分别当选为会长、监事长: roles listed in the order of the people named before
_EACH_ELECTED = re.compile(r"分别" + _MANNER + r"(?:当选为?|担任|出任|任)((?:" + _BARE_ROLE + r"、)+" + _BARE_ROLE + ")")
_ETC_ELECTED = re.compile(r"等(?=" + _MANNER + r"(?:当选|连任))")
# 并当选: an election told after what else the person did (…出席大会,并当选为…)
_LATER_ELECTED = re.compile(r"[,，]?(?:并|随后|后|同时)(?=" + _MANNER + r"(?:当选|连任))")
_APPOINTED_CHAMBER_ROLE = re.compile(r"(?:同志)?为" + _BARE_ROLE)  # 选举陈春生为会长
# 监事长由…李国庆担任: the role before 由, who holds it named after
_GIVEN_TO = re.compile(r"((?:监事会|理事会)?(?:" + CHAMBER_ROLE.pattern + r"|副?主席))(?:一职|职务)?由$")
_TAKES = re.compile(r"(?:同志)?(?:担任|出任|兼任)(?![\u3400-\u9fff])")
# a list, one item a line (persons.LIST_ITEM): a part's heading, a table's header, what separates items
# on a line, who signs it
# (一、市级商会(5家): with how many it lists)
_SUBHEADING = re.compile(r"[ \u3000]*[一二三四五六七八九十]{1,3}、[^\n:：,，。0-9()]{1,14}"
                         r"(?:\([0-9一二三四五六七八九十百]+[个家名位]\))?(?=\n)")
_TABLE_HEADER = re.compile(r"[ \u3000]*(?:序号|编号)\t[^\n]*\n")
_BETWEEN_NAMES = re.compile(r"[、 \u3000]*")
# an organisation's congress, named right after it: the body whose congress elects the officers
# named after (晋江市总商会(工商联)第十三届会员代表大会, …商会召开第四届会员大会, …商会换届)
_CONGRESS_AFTER = re.compile(r"(?:\([^()\n]{1,12}\))?(?:日前|近日|近期|今天|今日|昨天|昨日|于?[0-9]{1,2}月[0-9]{1,2}日)?"
                             r"(?:隆重)?(?:召开|举行|举办|进行)?(?:了)?"
                             r"(?:第[一二三四五六七八九十百0-9]+(?:届|次))*(?:会员代表|会员|代表|换届选举|换届|成立)?大会|换届")
_OTHER_NAME = re.compile(r"\((?:总商会|商会|工商联)\)$")  # the organisation's other name, in brackets before the role
# a role held before, of a term or by one who left it (第一届会长, 原秘书长), between an appointment's verb and
# its appointee
_FORMER_TITLE = re.compile(r"(?:原|前|首任|首届|上届|第[一二三四五六七八九十0-9]+届)(?:常务|执行)?副?(?:会长|秘书长|理事长|监事长|主席)$")
_SIGNED_DATE = re.compile(r"[ \u3000]*\n[ \u3000]*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日[ \u3000]*(?:\n|$)")


@lru_cache(maxsize=1)
def role_after_re() -> re.Pattern:
    alts = lexicon.alternation(lexicon.roles())
    """A role (or roles joined by 兼) at the start of the text it is matched on."""
    return re.compile(rf"^((?:{alts})(?:兼(?:{alts}))*)")


class ElectionReader:
    """The posts of elections and appointments (a mix-in of ``PostReader``, which holds ``text``,
    the entities by start and end, and the chains of posts before a person)."""

    def _elected(self, p: Span, sent: tuple[int, int], at: int | None = None):
        """Posts ``p`` (and the people enumerated right before) is elected or appointed to.

        王曦当选第九届东城区工商联主席, 增补李明华为市工商联副主席, and a chamber's
        role with no organisation named (林国栋当选为首任会长): the chamber named last
        (the federation where no chamber is, or for 主席 and 党组书记).  ``at`` is where the verb
        phrase starts, when not right after the name (…出席大会,并|当选为…).
        """
        at = p.end_char if at is None else at
        if (aside := NOTE.match(self.text, at)) and at == p.end_char:
            at = aside.end()  # 李强(常务)|当选为副主席, 谭丽娟(…有限公司总经理)|当选为…
        if (each := _EACH_ELECTED.match(self.text, at)) is not None:
            # 沈建英、朱丽华|分别当选为|会长、监事长: each the role in the same place of the list
            people, roles = self._enumerated_before(p), _BARE_ROLE_RE.findall(each.group(1))
            if len(people) == len(roles) > 1:
                for q, role in zip(people, roles):
                    if (org := self._bare_role_org(role, p.start_char)) is not None:
                        yield Relation("post", span_of(q), span_of(org), sent, role=role)
            return
        # 徐萍等9人|当选副会长, 吴金兴、钱永明等|当选副主席: one or some named, the others counted
        counted = COUNTED.match(self.text, at) or _ETC_ELECTED.match(self.text, at)
        at = counted.end() if counted else at
        elected = _ELECTED.match(self.text, at)
        first = self._enumerated_before(p)[0]
        chain, begin = self._chain(first.start_char)  # 增补|…公司董事长|孙爱保|为: across the person's own post
        appointed = self._appointed(first.start_char) or bool(chain) and self._appointed(begin)  # 增补|王红、张宏伟|为
        if not elected and appointed:
            elected = _APPOINTED.match(self.text, at)
        org, roles = self._post_named(elected) if elected else (None, None)
        if org is None or not roles:
            bare = _ELECTED_CHAMBER_ROLE.match(self.text, at) or (
                appointed and _APPOINTED_CHAMBER_ROLE.match(self.text, at))  # 选举陈春生为会长
            org = self._bare_role_org(bare.group(1), p.start_char) if bare else None
            roles = [bare.group(1)] if bare else None
            elected = None
        if org is not None and roles:
            posts = [(org, r) for r in roles] + self._more_posts(org, elected.end(1) if elected else bare.start(1))
            for q in self._enumerated_before(p):
                for at, r in posts:
                    yield Relation("post", span_of(q), span_of(at), sent, role=r)

    def _taken_by(self, p: Span, sent: tuple[int, int], begin: int):
        """The role named before 由 that ``p`` takes (监事长由|…总经理|李国庆|担任), in the organisation
        named with it, or the chamber (the federation, for 主席) named last before."""
        aside = ASIDE.match(self.text, p.end_char)
        if not _TAKES.match(self.text, aside.end() if aside else p.end_char):
            return
        given = _GIVEN_TO.search(self.text, max(sent[0], begin - 12), begin)
        if given is None:
            return
        role = given.group(1)
        org = self._org_ending_at(given.start()) or self._bare_role_org(role, given.start())
        if org is not None:
            yield Relation("post", span_of(p), span_of(org), sent, role=role)

    def _bare_role_org(self, role: str, pos: int) -> Span | None:
        """The organisation of a role named with none, before ``pos``: the federation for its own roles
        (主席, 执委, 常委, 党组书记), else the chamber named last (the one whose congress elects:
        南通市家纺行业协会|第四届会员大会), or the federation where no chamber is; a board's chair
        (监事会主席) is the chamber's."""
        if role.endswith(("主席", "执委", "常委")) and not role.startswith(("监事会", "理事会")) or role.startswith("党组"):
            # (an association chaired, not a federation, where its own congress elects: 香港广东社团总会第九届会员大会)
            return self._electing(pos, ("Federation",)) or self._last_before(pos, ("Federation",), inner=True) \
                or self._electing(pos, ("Organization", "Chamber"))
        return self._electing(pos, ("Chamber", "Federation", "Organization")) \
            or self._last_before(pos, ("Chamber",), inner=True) \
            or self._last_before(pos, ("Federation",), inner=True)

    def _electing(self, pos: int, types: tuple[str, ...]) -> Span | None:
        """The organisation of one of ``types`` whose congress is named last before ``pos``, where a
        guest named between (泉州市工商联主席…出席大会) does not elect."""
        found = None
        for ent in (*self.ents, *self.inner):
            if ent.end_char <= pos and ent.label_ in types and _CONGRESS_AFTER.match(self.text, ent.end_char) \
                    and (found is None or ent.end_char > found.end_char):
                found = ent
        return found

    def _post_named(self, elected: re.Match) -> tuple[Span | None, list[str] | None]:
        """The organisation and roles of a :data:`_POST_AFTER` match: 市工商联|第十四届执委会|常委."""
        org = self._org_ending_at(elected.end(1))
        if org is None and (other := _OTHER_NAME.search(elected.group(1))):
            org = self._org_ending_at(elected.start(1) + other.start())  # 合肥高新区工商联|(商会)|主席(会长)
        department = self._department_before(elected.end(1)) if org is None else None
        org = department[0] if department else org
        committee = COMMITTEE.search(elected.group(1))
        if org is None and committee:
            org = self._org_ending_at(elected.end(1) - len(committee.group()))
        role = role_after_re().match(self.text[elected.end(1):elected.end(1) + 12])
        roles = [(department[1] if department else "") + r for r in role.group(1).split("兼")] if role else None
        return org, roles

    def listed_appointees(self, doc: Doc):
        """A notice's appointees, listed after the post: 增补以下同志为市工商联常委:\n黄志明(…董事长)\n…"""
        for heading in appointee_headings(self.text):
            post = _APPOINTED.match(self.text, heading.start(1) - 1)
            org, roles = self._post_named(post) if post else (None, None)
            if org is None or not roles:
                continue
            for person in self._listed_below(heading.end(), ("Person",)):
                for role in roles:
                    yield Relation("post", span_of(person), span_of(org), self._sent(doc, person.start_char), role=role)

    def _listed_below(self, pos: int, types: tuple[str, ...], part: bool = False) -> list[Span]:
        """The entities of ``types`` that open the lines of a list from ``pos`` (numbered or not), and
        those after them on their line (王红、张宏伟, 李建国  赵小平); never who signs the list.  ``part``:
        the list of one part of a notice, which the next part's heading ends."""
        out, numbered = [], None
        if header := _TABLE_HEADER.match(self.text, pos):
            pos = header.end()  # 序号\t企业名称\t所属商会: a table's header; its rows name one each, first
        while pos < len(self.text):
            if heading := _SUBHEADING.match(self.text, pos):
                if part:
                    break
                pos = heading.end() + 1  # 一、市级商会: a heading of a part of the list
                continue
            item = LIST_ITEM.match(self.text, pos)
            ent = self.by_start.get(item.end())
            if ent is None or ent.label_ not in types or numbered not in (None, bool(item.group(1))):
                break  # (a numbered list ends at the first line with no number: the signature after it)
            line_end = self.text.find("\n", ent.end_char)
            line_end = len(self.text) if line_end < 0 else line_end
            if not item.group(1) and (_SIGNED_DATE.match(self.text, ent.end_char)
                                      or _SIGNED_DATE.match(self.text, line_end)):
                break  # 浙江省工商联\n2024年12月20日, 中共台州市委 台州市人民政府\n…: who signs the notice
            numbered = bool(item.group(1))
            aside = ASIDE.match(self.text, ent.end_char)
            own = self.by_start.get(aside.end() if aside else ent.end_char) if ent.label_ == "Federation" else None
            if own is not None and own.label_ == "Chamber":
                ent = own  # 肥西县工商联(总商会)|金桥商会: a chamber under the federation, named with it
            while ent is not None and ent.label_ in types:
                out.append(ent)
                if ent.label_ == "Person" and line_post(self.text, ent.start_char, ent.end_char):
                    break  # 王振华 常州天合光能有限公司董事长: the rest of the line is the post
                noted = NOTE.match(self.text, ent.end_char)  # 王建设|(城关镇商会会长)|、李红霞
                after = _BETWEEN_NAMES.match(self.text, noted.end() if noted else ent.end_char).end()
                ent = self.by_start.get(after) if ent.end_char < after < line_end else None
            pos = line_end + 1
        return out

    def _elected_later(self, doc: Doc):
        """``章小华作为代表出席大会,并当选为全国工商联…常委``: the person named last in the sentence is elected."""
        for m in _LATER_ELECTED.finditer(self.text):
            sent = self._sent(doc, m.start())
            subject = self._last_before(m.start(), ("Person",))
            if subject is not None and subject.start_char >= sent[0]:
                yield from self._elected(subject, sent, at=m.end())

    def _more_posts(self, org: Span, roles_at: int | None) -> list[tuple[Span, str]]:
        """The posts listed after the first one a person is elected to: …主席、总商会会长, 副主席、副会长."""
        if roles_at is None:
            return []
        first = role_after_re().match(self.text[roles_at:roles_at + 12])
        pos, out = roles_at + len(first.group(1)) if first else roles_at, []
        while self.text[pos:pos + 1] == "、":
            nxt = self.by_start.get(pos + 1)
            at, start = (nxt, nxt.end_char) if nxt is not None and nxt.label_ in ORG_TYPES else (org, pos + 1)
            role = role_after_re().match(self.text[start:start + 12])
            if role is None:
                break
            out.extend((at, r) for r in role.group(1).split("兼"))
            pos = start + len(role.group(1))
        return out + [(org, r) for r in self._bracketed_roles(pos)]

    def _bracketed_roles(self, pos: int) -> list[str]:
        """The federation's role as its chamber of commerce, in brackets at ``pos``: 主席|(总商会会长), 副主席|(副会长)."""
        m = CHAMBER_TOO.match(self.text, pos)
        return [m.group(1)] if m else []

    def _enumerated_before(self, p: Span) -> list[Span]:
        """``p`` and the people enumerated right before it (郑海燕、|吴建军), also named with their
        posts (…董事长陈建华、南通大东有限公司总经理|杨卫东等9人当选…)."""
        people = [p]
        while True:
            at = people[0].start_char
            if self.text[at - 1:at] != "、":
                chain, begin = self._chain(at)
                if chain and self.text[begin:begin + 1] == "、":
                    at = begin + 1  # the chain ran back to the 、 after the person before
                elif chain and self.text[begin - 1:begin] in (",", "，"):
                    at = begin  # …董事长王吉岳,|…公司董事长钱海为…: people named with their posts, a comma apart
                else:
                    break
            prev = self.by_end.get(at - 1) or self._prev_aside(at)  # (蓝春华(女,畲族)、|周永康)
            if prev is None or prev.label_ != "Person":
                break
            if self.text[at - 1] in ",，" and not self._chain(prev.start_char)[0]:
                break  # (…公司董事长王吉岳,|…公司董事长钱海为…: a comma parts people named with their posts alone)
            people.insert(0, prev)
        return people

    def _appointed(self, pos: int) -> bool:
        """Whether an appointment verb stands right before ``pos`` (增补|李明华), or ``pos`` opens
        a clause that goes on from an appointment (选举张伟祥为会长,|王文斌为秘书长)."""
        verbs = lexicon.words("appointment_verbs.txt")
        if title := _FORMER_TITLE.search(self.text, max(0, pos - 12), pos):
            pos = title.start()  # 聘请|第一届会长|陈国华为名誉会长: the role the appointee held before
        return any(self.text.endswith(v, max(0, pos - len(v)), pos) for v in verbs) or follows_appointment(self.text, pos)
