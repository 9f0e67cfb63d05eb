"""Which way a sentence points in time, from the verb chains around an expression.

HeidelTime reads the tense off part-of-speech tags; without a tagger we use the
lexicon's future_cue, intention_cue, past_perfect_cue, past_cue and present_cue
lists. Cues at most two words apart form one verb chain ("will be held"), which
is future if any of its cues is, unless a clause opens between them ("said the
talks would"). The chain before the expression governs it ("will leave
Thursday, officials said" is future; "said Monday it will ..." is past for
"Monday"); a chain after it decides only when none comes before, and only if
near or the expression opens the sentence ("On Friday, the court ruled"). An
intention ("agreed to buy") points ahead to what follows it and is a past event
for what precedes it ("On Monday, the council voted to close"). A present-tense
chain ("when the case is heard") points neither way, nor does a plan in the
past perfect ("had been due to expire").
"""

from __future__ import annotations

import re
from functools import cache

from .rules import compile_pattern, default_grammar

_MAX_WORDS_IN_CHAIN = 2
# A chain after the expression governs it when the expression opens the
# sentence ("In January, a week after ..., a bomb killed"), else only when this
# close: "a judge on Wednesday set a date, rejecting a request to delay the
# case until after" is no future.
_MAX_WORDS_TO_LATER_CHAIN = 6
_MAX_WORDS_BEFORE_OPENING = 2  # "In", "Late on"
_STRENGTH = ("present", "past", "intention", "future")  # a chain takes its strongest cue
_CUES = (*_STRENGTH, "past_perfect")


@cache
def _cue_pattern() -> re.Pattern:
    # Future first: at the same position "expected to" is a future cue, not a past "-ed".
    cues = "{future_cue}|{intention_cue}|{past_perfect_cue}|{past_cue}|{present_cue}"
    regex, _ = compile_pattern(cues, default_grammar().lexicon, "tense cues")
    return regex


@cache
def _clause_opener_pattern() -> re.Pattern:
    regex, _ = compile_pattern("{clause_opener}", default_grammar().lexicon, "clause openers")
    return regex


def _chains(sentence: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of the verb chains outside sentence[start:end]."""
    chains: list[list] = []
    for match in _cue_pattern().finditer(sentence):
        if match.start() < end and match.end() > start:
            continue  # the expression's own words ("last Friday") are not a cue
        cue = next(name for name in _CUES if match.group(f"{name}_cue"))
        if chains:
            previous = chains[-1]
            between = sentence[previous[1]:match.start()]
            crosses_expression = previous[1] <= start and match.start() >= end
            one_clause = not _clause_opener_pattern().search(between)
            if len(between.split()) <= _MAX_WORDS_IN_CHAIN and not crosses_expression and one_clause:
                previous[1] = match.end()
                previous[2].add(cue)
                continue
        chains.append([match.start(), match.end(), {cue}])
    return [(chain_start, chain_end, _chain_tense(cues)) for chain_start, chain_end, cues in chains]


def _chain_tense(cues: set[str]) -> str:
    """The strongest cue; but a plan in the past perfect ("had been due to expire")
    says nothing of which side of today it lies on, and a bare "had" is past."""
    if "past_perfect" in cues:
        return "present" if cues & {"future", "intention"} else "past"
    return max(cues, key=_STRENGTH.index)


def tense_near(sentence: str, start: int, end: int) -> str | None:
    """'past', 'future' or None for an expression at sentence[start:end]."""
    chains = _chains(sentence, start, end)
    before = [tense for _, chain_end, tense in chains if chain_end <= start]
    if before:
        tense = "future" if before[-1] == "intention" else before[-1]
    elif chains and (len(sentence[:start].split()) <= _MAX_WORDS_BEFORE_OPENING
                     or len(sentence[end:chains[0][0]].split()) <= _MAX_WORDS_TO_LATER_CHAIN):
        tense = "past" if chains[0][2] == "intention" else chains[0][2]
    else:
        return None
    return None if tense == "present" else tense
