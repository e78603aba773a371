"""jieba's part-of-speech tagger, made fast enough to run on every name window.

:func:`tagger` returns ``jieba.posseg``'s tokenizer with its slowest step,
tagging runs of characters missing from the dictionary (names, mostly) with a
256-state HMM, done by :func:`viterbi`: the same result as jieba's, reached
by following only the transitions the model has (about 20 of 256 per state)
instead of trying every pair of states.  Each run's tags are also kept, as
the same names come back in many windows.

>>> [(p.word, p.flag) for p in tagger().cut("锦州市工商联主席杨红杰介绍")][-2:]
[('杨红杰', 'nr'), ('介绍', 'v')]
"""
from __future__ import annotations

import logging
from functools import lru_cache

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


@lru_cache(maxsize=1)
def tagger():
    """``jieba.posseg``'s tokenizer, sharing its loaded dictionary, with the faster HMM step."""
    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(logging.WARNING)

    class Tagger(posseg.POSTokenizer):
        @lru_cache(maxsize=65536)
        def _POSTokenizer__cut(self, sentence: str) -> tuple:  # posseg's private HMM step, redone
            _, pos_list = viterbi(sentence, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
            out, begin, nexti = [], 0, 0
            for i, char in enumerate(sentence):
                pos = pos_list[i][0]
                if pos == "B":
                    begin = i
                elif pos == "E":
                    out.append(posseg.pair(sentence[begin:i + 1], pos_list[i][1]))
                    nexti = i + 1
                elif pos == "S":
                    out.append(posseg.pair(char, pos_list[i][1]))
                    nexti = i + 1
            if nexti < len(sentence):
                out.append(posseg.pair(sentence[nexti:], pos_list[nexti][1]))
            return tuple(out)

    shared = Tagger.__new__(Tagger)
    shared.__dict__.update(posseg.dt.__dict__)  # posseg's dictionary and tags, not a second copy
    return shared
