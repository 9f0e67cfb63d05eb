"""Stretches of days written as two date expressions: "Nov. 18-20", "from March 3 to
March 5", "between 2018 and 2021".

TimeML annotates each end as an expression of its own ("Nov. 18" and "20"), and tag()
does the same. A timeline wants the stretch as one dating, from the first day of its
start to the last day of its end: join_stretches() gives it. The words that make two
expressions one stretch are data (lexicon lists stretch_joiner and stretch_opener).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Timex
from .rules import lexicon_pattern

_JOINED = r"\s*{stretch_joiner}\s*"
# "between" right before the start makes "and" a stretch joiner.
_OPENED = r"{stretch_opener}\s+\Z"
_OPENED_JOINER = re.compile(r"\s*and\s*", re.IGNORECASE)
_OPENER_WINDOW = 20  # characters before the start that can hold the opener


def join_stretches(text: str, timexes: list[Timex]) -> list[Timex]:
    """timexes (in text order) with each stretch's two ends as one Timex: spanning both,
    dated from the start's first day to the end's last, valued as its start (a TIMEX3
    value names one period). Everything else is returned as it is."""
    joined: list[Timex] = []
    index = 0
    while index < len(timexes):
        start = timexes[index]
        end = timexes[index + 1] if index + 1 < len(timexes) else None
        if end is not None and is_stretch(text, start, end):
            joined.append(replace(start, end=end.end, text=text[start.start:end.end], date_end=end.date_end,
                                  rule=f"{start.rule}+{end.rule}"))
            index += 2
        else:
            joined.append(start)
            index += 1
    return joined


def is_stretch(text: str, start: Timex, end: Timex) -> bool:
    """Whether two dates, the second right after the first, are the ends of one stretch:
    joined by "-", "to", "through" or "until" (or "and" after "between"), and the
    second not earlier than the first."""
    if start.type != "DATE" or end.type != "DATE" or start.date_start is None or end.date_start is None:
        return False
    if not (start.date_start <= end.date_start and start.date_end <= end.date_end):
        return False
    gap = text[start.end:end.start]
    if lexicon_pattern(_JOINED).fullmatch(gap):
        return True
    return (_OPENED_JOINER.fullmatch(gap) is not None
            and lexicon_pattern(_OPENED).search(text, max(start.start - _OPENER_WINDOW, 0), start.start) is not None)
