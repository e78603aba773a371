"""jieba's part-of-speech tagging, rebuilt to start fast and run fast.

:class:`Tagger` cuts and tags text exactly as ``jieba.posseg`` does, on
jieba's own dictionary and model files, with changes that leave the result
alone (the tests compare the two on random text):

- it reads the dictionary (word frequencies and tags) with one regular
  expression and never imports jieba: jieba unpickles a cache of the
  frequencies, ``jieba.posseg`` loops over the dictionary's 349,000 lines as
  it is imported, and jieba's import pulls in ``pkg_resources``; start-up is
  most of a second shorter;
- its slowest step, tagging runs of characters missing from the dictionary
  (names, mostly) with a 256-state HMM, is done by :func:`viterbi`, which
  follows only the transitions the model has (about 20 of 256 per state)
  instead of trying every pair of states, and remembers each run it tagged.

>>> tagger().cut("锦州市工商联主席杨红杰介绍")[-2:]
[('杨红杰', 'nr'), ('介绍', 'v')]
"""
from __future__ import annotations

import gc
import importlib.util
import math
import re
from functools import lru_cache
from pathlib import Path

MIN_FLOAT = -3.14e100  # jieba's floor for an unseen emission
MIN_INF = float("-inf")


def viterbi(obs: str, states: dict, start_p: dict, trans_p: dict, emit_p: dict) -> tuple[float, list]:
    """``jieba.posseg.viterbi``, visiting only the transitions ``trans_p`` holds.

    Ties and unreachable states are settled as jieba settles them, so the
    route is the same.
    """
    all_states = trans_p.keys()
    into = _transitions_into(trans_p)
    V = [{}]
    mem_path = [{}]
    for y in states.get(obs[0], all_states):
        V[0][y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        mem_path[0][y] = ""
    for t in range(1, len(obs)):
        prev, char = V[t - 1], obs[t]
        prev_states = [x for x in mem_path[t - 1] if trans_p[x]]
        reachable = set(prev_states)
        best: dict = {}
        for y in states.get(char, all_states):  # the states this character may take ...
            emit = emit_p[y].get(char, MIN_FLOAT)
            top = None
            for y0, p in into[y]:  # ... reached from a state it can follow
                if y0 in reachable:
                    cand = (prev[y0] + p + emit, y0)
                    if top is None or cand > top:
                        top = cand
            if top is not None:
                best[y] = top
        if not best:  # no state of this character follows: jieba widens the choice
            expect_next = {y for x in prev_states for y in trans_p[x]}
            best = dict.fromkeys(expect_next or all_states)
        now, path = {}, {}
        for y, found in best.items():
            if found is None or found[0] == MIN_INF:
                # no finite route: every state ties at -inf, and jieba's max picks among all of them
                emit = emit_p[y].get(char, MIN_FLOAT)
                found = max((prev[y0] + trans_p[y0].get(y, MIN_INF) + emit, y0) for y0 in prev_states)
            now[y], path[y] = found
        V.append(now)
        mem_path.append(path)
    prob, state = max((V[-1][y], y) for y in mem_path[-1])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = mem_path[i][state]
    return prob, route


_INTO: dict[int, dict] = {}


def _transitions_into(trans_p: dict) -> dict:
    """For each state, the states that may precede it and the transition's log-probability."""
    if id(trans_p) not in _INTO:  # one model in practice: jieba's
        into: dict = {y: [] for y in trans_p}
        for y0, nexts in trans_p.items():
            for y, p in nexts.items():
                into.setdefault(y, []).append((y0, p))
        _INTO[id(trans_p)] = into
    return _INTO[id(trans_p)]


# the character classes jieba.posseg splits text with
_HAN_INTERNAL = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_SKIP_INTERNAL = re.compile("(\r\n|\\s)")
_HAN_DETAIL = re.compile("([\u4E00-\u9FD5]+)")
_SKIP_DETAIL = re.compile("([\\.0-9]+|[a-zA-Z0-9]+)")
_ENG = re.compile("[a-zA-Z0-9]+")
_NUM = re.compile("[\\.0-9]+")


class Tagger:
    """Cuts text into ``(word, flag)`` pairs as ``jieba.posseg.cut`` does (with its HMM)."""

    def __init__(self) -> None:
        # jieba's data files, found without importing jieba (its import pulls in pkg_resources)
        folder = Path(importlib.util.find_spec("jieba").origin).parent
        self.freq, total, self.tags = _dictionary(folder / "dict.txt")
        self.log_total = math.log(total)
        self.model = tuple(_module(folder / "posseg" / f"{name}.py").P
                           for name in ("char_state_tab", "prob_start", "prob_trans", "prob_emit"))

    def cut(self, text: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for block in _HAN_INTERNAL.split(text):
            if _HAN_INTERNAL.match(block):
                out.extend(self._cut_words(block))
                continue
            for x in _SKIP_INTERNAL.split(block):
                if _SKIP_INTERNAL.match(x):
                    out.append((x, "x"))
                    continue
                for ch in x:  # jieba tests the whole piece for letters, each character for digits
                    out.append((ch, "m" if _NUM.match(ch) else "eng" if _ENG.match(x) else "x"))
        return out

    def _cut_words(self, block: str):
        """Dictionary words along jieba's best route; runs of single characters go to the HMM."""
        route = self._route(block)
        x, buf = 0, ""
        while x < len(block):
            y = route[x][1] + 1
            if y - x == 1:
                buf += block[x]
            else:
                yield from self._cut_run(buf)
                buf = ""
                yield block[x:y], self.tags.get(block[x:y], "x")
            x = y
        yield from self._cut_run(buf)

    def _route(self, block: str) -> dict[int, tuple[float, int]]:
        """jieba's best route through ``block``: for each position, where its word ends (``Tokenizer.calc``)."""
        freq, n = self.freq, len(block)
        dag = {}  # position -> ends of the dictionary words starting there (jieba's get_DAG)
        for k in range(n):
            ends, i, frag = [], k, block[k]
            while i < n and frag in freq:
                if freq[frag]:
                    ends.append(i)
                i += 1
                frag = block[k:i + 1]
            dag[k] = ends or [k]
        route = {n: (0, 0)}
        for idx in range(n - 1, -1, -1):
            route[idx] = max((math.log(freq.get(block[idx:x + 1]) or 1) - self.log_total + route[x + 1][0], x)
                             for x in dag[idx])
        return route

    def _cut_run(self, run: str):
        if len(run) == 1 or (run and self.freq.get(run)):
            for ch in run:  # known characters (or a known word jieba's route split): one by one
                yield ch, self.tags.get(ch, "x")
            return
        for block in _HAN_DETAIL.split(run):
            if _HAN_DETAIL.match(block):
                yield from self._unknown(block)
                continue
            for x in _SKIP_DETAIL.split(block):
                if x:
                    yield x, "m" if _NUM.match(x) else "eng" if _ENG.match(x) else "x"

    @lru_cache(maxsize=65536)
    def _unknown(self, run: str) -> tuple[tuple[str, str], ...]:
        """A run of characters outside the dictionary, cut and tagged by the HMM."""
        _, route = viterbi(run, *self.model)
        out, begin, nexti = [], 0, 0
        for i, ch in enumerate(run):
            pos, flag = route[i]
            if pos == "B":
                begin = i
            elif pos == "E":
                out.append((run[begin:i + 1], flag))
                nexti = i + 1
            elif pos == "S":
                out.append((ch, flag))
                nexti = i + 1
        if nexti < len(run):
            out.append((run[nexti:], route[nexti][1]))
        return tuple(out)


def _dictionary(path: Path) -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's dictionary read in one pass of a regular expression.

    Returns what jieba builds from it (each word's frequency, every prefix of
    a word at 0, the total) and what jieba.posseg builds (each word's tag),
    in about half the time the two take (jieba unpickles its cache, posseg
    loops over the lines).
    """
    text = path.read_text(encoding="utf-8")
    collecting = gc.isenabled()
    gc.disable()  # a million new objects, none in a cycle: the collector would walk the whole heap for nothing
    try:
        words, counts, flags = zip(*re.findall(r"^(\S+) (\S+) (\S+)\r?$", text, re.M))
        counts = tuple(map(int, counts))
        freq = dict(zip(words, counts))
        prefixes = {w[:i] for w in words if len(w) > 1 for i in range(1, len(w))}
        freq.update(dict.fromkeys(prefixes - freq.keys(), 0))
        return freq, sum(counts), dict(zip(words, flags))
    finally:
        if collecting:
            gc.enable()


def _module(path: Path):
    """Load one of jieba.posseg's model tables without importing jieba.posseg itself."""
    spec = importlib.util.spec_from_file_location(f"fedgraph_jieba_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """The shared :class:`Tagger` (its dictionary loads on first use)."""
    return Tagger()
