"""Which way a sentence points in time, from the verb chains around an expression.

HeidelTime reads the tense off part-of-speech tags; without a tagger we use the
lexicon's future_cue, intention_cue and past_cue lists. Cues at most two words
apart form one verb chain ("will be held"), which is future if any of its cues
is. The chain before the expression governs it ("will leave Thursday,
officials said" is future; "said Monday it will ..." is past for "Monday");
a chain after it decides only when none comes before ("On Friday, the court
ruled"). An intention ("agreed to buy") points ahead to what follows it and is
a past event for what precedes it ("On Monday, the council voted to close").
"""

from __future__ import annotations

import re
from functools import cache

from .rules import compile_pattern, default_grammar

_MAX_WORDS_IN_CHAIN = 2
_STRENGTH = ("past", "intention", "future")  # a chain takes its strongest cue


@cache
def _cue_pattern() -> re.Pattern:
    # Future first: at the same position "expected to" is a future cue, not a past "-ed".
    regex, _ = compile_pattern("{future_cue}|{intention_cue}|{past_cue}", default_grammar().lexicon, "tense cues")
    return regex


def _chains(sentence: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of the verb chains outside sentence[start:end]."""
    chains: list[list] = []
    for match in _cue_pattern().finditer(sentence):
        if match.start() < end and match.end() > start:
            continue  # the expression's own words ("last Friday") are not a cue
        tense = next(name for name in ("future", "intention", "past") if match.group(f"{name}_cue"))
        if chains:
            previous = chains[-1]
            between = sentence[previous[1]:match.start()]
            crosses_expression = previous[1] <= start and match.start() >= end
            if len(between.split()) <= _MAX_WORDS_IN_CHAIN and not crosses_expression:
                previous[1] = match.end()
                previous[2] = max(previous[2], tense, key=_STRENGTH.index)
                continue
        chains.append([match.start(), match.end(), tense])
    return [tuple(chain) for chain in chains]


def tense_near(sentence: str, start: int, end: int) -> str | None:
    """'past', 'future' or None for an expression at sentence[start:end]."""
    chains = _chains(sentence, start, end)
    before = [tense for _, chain_end, tense in chains if chain_end <= start]
    if before:
        return "future" if before[-1] == "intention" else before[-1]
    if chains:
        return "past" if chains[0][2] == "intention" else chains[0][2]
    return None
