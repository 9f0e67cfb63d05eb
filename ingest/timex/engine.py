"""Apply the grammar to a text: match every rule, keep the winners, resolve them.

Precedence between overlapping matches (written down here, tested in
tests/test_rules.py): the longest span wins; on equal length the higher rule
priority; then the smaller rule id. A winning negative rule tags nothing but
blocks whatever it overlaps ("in 90 percent", "a 25-year-old").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .meaning import Underspecified, build_meaning
from .model import Settings, Timex
from .periods import Period
from .resolve import ReferenceContext, Resolved, resolve
from .rules import Grammar, Rule, default_grammar
from .tense import tense_near
from ..sentences import split_sentences


# What joins the two ends of a range or pair: "November to February", "late June or early July".
_RANGE_JOINER = re.compile(r"\s*(?:-|–|—|to|through|until|till|and|or|into)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Previous:
    """The expression before the current one: where it ends, what it states, the period it names."""

    end: int
    meaning: Underspecified
    period: Period | None


@dataclass(frozen=True)
class Candidate:
    """One match of one rule, before precedence picks the winners."""

    start: int
    end: int
    rule: Rule
    meaning: Underspecified | None  # None for negative rules


def tag(text: str, settings: Settings) -> list[Timex]:
    """Find and normalise the temporal expressions of `text`, in text order."""
    grammar = default_grammar()
    chosen = select(find_candidates(text, grammar))
    sentences = split_sentences(text)
    sentence_starts = [start for start, _ in sentences]
    timexes: list[Timex] = []
    context = ReferenceContext(settings.dct, doc_type=settings.doc_type)
    named_day = (None, None)  # (sentence start, day) of the last expression naming one day
    previous: Previous | None = None
    for candidate in chosen:
        if candidate.rule.negative:
            continue
        sentence_start, sentence_end = _sentence_of(candidate, sentences, sentence_starts, len(text))
        sentence = text[sentence_start:sentence_end]
        tense = tense_near(sentence, candidate.start - sentence_start, candidate.end - sentence_start)
        day_in_sentence = named_day[1] if named_day[0] == sentence_start else None
        meaning, step = candidate.meaning, replace(context, tense=tense, day_in_sentence=day_in_sentence)
        if _ends_range(text, previous, candidate):
            # the year that follows the range's start: "from November 2023 to February" is 2024's
            meaning = replace(meaning, anchor="previous")
            step = replace(step, tense="future", last_mentioned=previous.period)
        try:
            resolved = resolve(meaning, step)
        except (ValueError, OverflowError):
            continue  # an impossible date such as "September 31", or one past the calendar's year 9999
        timexes.append(_timex(text, candidate, resolved))
        context = remember(context, candidate.meaning, resolved)
        previous = Previous(candidate.end, candidate.meaning, resolved.period)
        if resolved.period is not None and resolved.period.unit == "day":
            named_day = (sentence_start, resolved.period.first)
    return timexes


def _ends_range(text: str, previous: Previous | None, candidate: Candidate) -> bool:
    """Whether a month, day or season without its year closes a range or pair that a
    calendar date of the same kind opens ("from November to February", "late June or
    early July"); not "a revision Friday to December's figures"."""
    if previous is None or previous.period is None or previous.meaning.type not in ("DATE", "TIME"):
        return False
    first, u = previous.meaning, candidate.meaning
    if first.month is not None:
        same_kind = (first.day is None) == (u.day is None)  # two months or two days
    else:
        same_kind = (first.season is not None or first.quarter is not None) and u.day is None
    yearless = (u.type == "DATE" and u.year is None and u.offset is None and u.ref is None
                and u.weekday is None and u.nth is None and u.easter_offset is None
                and u.direction == "tense" and (u.month or u.season or u.quarter) is not None)
    return same_kind and yearless and _RANGE_JOINER.fullmatch(text[previous.end:candidate.start]) is not None


def _timex(text: str, candidate: Candidate, resolved: Resolved) -> Timex:
    return Timex(
        start=candidate.start, end=candidate.end, text=text[candidate.start:candidate.end],
        type=candidate.rule.type, value=resolved.value, mod=candidate.meaning.mod,
        date_start=resolved.date_start, date_end=resolved.date_end,
        granularity=resolved.granularity, anchor=resolved.anchor, rule=candidate.rule.id,
    )


# Lengths of a quarter or a half year: "the three months to June" is still the quarter reported on.
_QUARTER_OR_HALF_MONTHS = (3, 6)


def remember(context: ReferenceContext, meaning: Underspecified, resolved: Resolved) -> ReferenceContext:
    """The context for the next expression: this one becomes the last mentioned date.

    A "year earlier" comparison is not itself a new reference point, or a chain
    of them would walk back one year each time. It compares with the last
    quarter or half named, until the text turns to a whole year ("for 1988")
    or to another stretch of months ("in the first nine months"): then a year
    earlier is that year's, not the quarter's.
    """
    if meaning.type == "DURATION" and meaning.unit == "month" and meaning.amount not in _QUARTER_OR_HALF_MONTHS:
        return replace(context, last_quarter_or_half=None)
    if meaning.type not in ("DATE", "TIME") or resolved.period is None or meaning.anchor == "comparable":
        return context
    period = resolved.period
    if period.unit in ("quarter", "half"):
        last_quarter_or_half = period
    else:
        last_quarter_or_half = None if period.unit == "year" else context.last_quarter_or_half
    return replace(
        context, last_mentioned=period, last_quarter_or_half=last_quarter_or_half,
        last_quarter=period if period.unit == "quarter" else context.last_quarter,
    )


def _sentence_of(candidate: Candidate, sentences: list[tuple[int, int]], starts: list[int],
                 text_length: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding the candidate; the whole text before the first."""
    index = bisect.bisect_right(starts, candidate.start) - 1
    if index < 0:
        return 0, text_length
    return sentences[index]


def find_candidates(text: str, grammar: Grammar) -> list[Candidate]:
    """Every match of every rule whose meaning can be built."""
    candidates = []
    for number, match in grammar.starts.finditer(text):
        rule = grammar.rules[number]
        start, end = match.span(rule.span) if rule.span else match.span()
        if start == end:
            continue
        meaning = None if rule.negative else build_meaning(rule, match, grammar)
        if rule.negative or meaning is not None:
            candidates.append(Candidate(start, end, rule, meaning))
    return candidates


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping winners by precedence (longest, then priority, then rule id), in text order."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.rule.id, c.start))
    # Winners never overlap, so kept in start order only the neighbours of a
    # candidate's position can collide with it: linear in the text, not quadratic.
    starts: list[int] = []
    taken: list[Candidate] = []
    for candidate in ranked:
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and taken[index - 1].end > candidate.start:
            continue
        if index < len(taken) and taken[index].start < candidate.end:
            continue
        starts.insert(index, candidate.start)
        taken.insert(index, candidate)
    return taken
