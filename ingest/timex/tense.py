"""Which way a sentence points in time, from the cue words nearest an expression.

HeidelTime reads the tense off part-of-speech tags; without a tagger we use the
lexicon's future_cue and past_cue lists. Cues at most two words apart form one
verb chain ("will be held"), which is future if any of its cues is; the chain
nearest the expression decides ("said Monday it will ..." is past for "Monday").
"""

from __future__ import annotations

import re
from functools import cache

from .rules import compile_pattern, default_grammar

_MAX_WORDS_IN_CHAIN = 2


@cache
def _cue_pattern() -> re.Pattern:
    # Future first: at the same position "expected to" is a future cue, not a past "-ed".
    regex, _ = compile_pattern("{future_cue}|{past_cue}", default_grammar().lexicon, "tense cues")
    return regex


def _chains(sentence: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of the verb chains outside sentence[start:end]."""
    chains: list[list] = []
    for match in _cue_pattern().finditer(sentence):
        if match.start() < end and match.end() > start:
            continue  # the expression's own words ("last Friday") are not a cue
        tense = "future" if match.group("future_cue") else "past"
        if chains:
            previous = chains[-1]
            between = sentence[previous[1]:match.start()]
            crosses_expression = previous[1] <= start and match.start() >= end
            if len(between.split()) <= _MAX_WORDS_IN_CHAIN and not crosses_expression:
                previous[1] = match.end()
                previous[2] = "future" if "future" in (previous[2], tense) else "past"
                continue
        chains.append([match.start(), match.end(), tense])
    return [tuple(chain) for chain in chains]


def tense_near(sentence: str, start: int, end: int) -> str | None:
    """'past', 'future' or None for an expression at sentence[start:end]."""
    best: tuple[int, str] | None = None
    for chain_start, chain_end, tense in _chains(sentence, start, end):
        distance = start - chain_end if chain_end <= start else chain_start - end
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None
