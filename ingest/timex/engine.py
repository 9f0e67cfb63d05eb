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
from datetime import date, datetime
from functools import lru_cache

import dateparser

from .model import Settings, Timex
from .resolve import ReferenceContext, Resolved, Underspecified, resolve
from .rules import REFERENCE, Grammar, Rule, default_grammar
from .tense import tense_near
from ..sentences import split_sentences

# Full dates only: dateparser must find day, month and year in the string, so it
# never fills a missing part from its reference date.
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "MDY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "RELATIVE_BASE": datetime(2000, 1, 1),  # never consulted for full dates; set so the clock is not
}
_FIELDS = ("year", "month", "day", "quarter", "half", "season", "decade", "weekday", "nth", "year_offset", "unit",
           "offset", "distance", "amount", "direction", "anchor", "ref", "range", "part",
           "end_day", "end_year", "week_of_month", "week_of_day", "easter_offset")


@dataclass(frozen=True)
class Candidate:
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
    for candidate in chosen:
        if candidate.rule.negative:
            continue
        sentence_start, sentence_end = _sentence_of(candidate, sentences, sentence_starts, len(text))
        sentence = text[sentence_start:sentence_end]
        tense = tense_near(sentence, candidate.start - sentence_start, candidate.end - sentence_start)
        day_in_sentence = named_day[1] if named_day[0] == sentence_start else None
        try:
            resolved = resolve(candidate.meaning, replace(context, tense=tense, day_in_sentence=day_in_sentence))
        except (ValueError, OverflowError):
            continue  # an impossible date such as "September 31", or one past the calendar's year 9999
        timex = Timex(
            start=candidate.start, end=candidate.end, text=text[candidate.start:candidate.end],
            type=candidate.rule.type, value=resolved.value, mod=candidate.meaning.mod,
            date_start=resolved.date_start, date_end=resolved.date_end,
            granularity=resolved.granularity, anchor=resolved.anchor, rule=candidate.rule.id,
        )
        timexes.append(timex)
        context = remember(context, candidate.meaning, resolved)
        if resolved.period is not None and resolved.period.unit == "day":
            named_day = (sentence_start, resolved.period.first)
    return timexes


def remember(context: ReferenceContext, meaning: Underspecified, resolved: Resolved) -> ReferenceContext:
    """The context for the next expression: this one becomes the last mentioned date.

    A "year earlier" comparison is not itself a new reference point, or a chain
    of them would walk back one year each time.
    """
    if meaning.type not in ("DATE", "TIME") or resolved.period is None or meaning.anchor == "comparable":
        return context
    if resolved.period.unit == "quarter":
        return replace(context, last_mentioned=resolved.period, last_quarter=resolved.period, quarter=resolved.period)
    if resolved.period.unit == "half":
        return replace(context, last_mentioned=resolved.period, last_quarter=resolved.period)
    return replace(context, last_mentioned=resolved.period)


def _sentence_of(candidate: Candidate, sentences, starts, text_length) -> tuple[int, int]:
    index = bisect.bisect_right(starts, candidate.start) - 1
    if index < 0:
        return 0, text_length
    return sentences[index]


def find_candidates(text: str, grammar: Grammar) -> list[Candidate]:
    """Every match of every rule whose meaning can be built."""
    candidates = []
    for rule in grammar.rules:
        for match in rule.regex.finditer(text):
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
    taken: list[Candidate] = []
    for candidate in ranked:
        if all(candidate.end <= other.start or candidate.start >= other.end for other in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _group_values(rule: Rule, match: re.Match, grammar: Grammar) -> dict:
    """The rule's value spec with each {group} reference replaced by its lexicon value."""
    values = {}
    for key, spec in rule.value.items():
        reference = REFERENCE.match(spec) if isinstance(spec, str) else None
        if reference is None:
            values[key] = spec
            continue
        group = reference.group("group")
        matched = match.group(group)
        if matched is None:
            continue  # an optional part of the pattern that is absent
        value = grammar.lexicon.value(rule.groups[group], matched)
        if reference.group("sign") and isinstance(value, int):
            value = -value
        elif reference.group("sign"):
            value = "-" + value
        values[key] = value
    return values


def build_meaning(rule: Rule, match: re.Match, grammar: Grammar) -> Underspecified | None:
    """The Underspecified a rule's match states, or None if it states nothing valid."""
    values = _group_values(rule, match, grammar)
    if values.pop("parse", False):
        parsed = _parse_full_date(match.group(rule.span) if rule.span else match.group())
        if parsed is None:
            return None
        values.update(year=parsed.year, month=parsed.month, day=parsed.day)
    if "month_day" in values:  # a holiday: "12-25"
        values["month"], values["day"] = (int(part) for part in values["month_day"].split("-"))
    if "nth_weekday" in values:  # a holiday on the nth weekday of a month: "11-4-4"
        values["month"], values["weekday"], values["nth"] = (int(p) for p in values["nth_weekday"].split("-"))
    fields = {key: values[key] for key in _FIELDS if key in values}
    if "end_year" in fields:
        fields["end_year"] = _full_end_year(fields["year"], fields["end_year"])
        if fields["end_year"] is None:
            return None
    if fields.get("end_day") is not None and fields["end_day"] <= fields["day"]:
        return None  # "Nov 3-1" is no range
    if isinstance(fields.get("offset"), str):  # "several years ago": a vague distance
        fields = {"ref": "PAST_REF" if fields["offset"].startswith("-") else "FUTURE_REF"}
    if "century_ordinal" in values:
        fields["century"] = values["century_ordinal"] - 1
    time = _time_of_day(values)
    if time is False:
        return None
    mod = _mod(rule, match, grammar, values)
    if "hundreds" in values:  # "nineteen ninety-six"
        fields["year"] = values["hundreds"] * 100 + values.get("year_in_century", 0)
    return Underspecified(type=rule.type, time=time or None, plus_half="fraction" in values, mod=mod, **fields)


def _full_end_year(year: int, end: int) -> int | None:
    """The last year of a span: "2021/22" ends in 2022, "1998-2003" in 2003.

    Two digits must name the next year (a season or fiscal year), four any later one.
    """
    if end < 100:
        return year + 1 if end == (year + 1) % 100 else None
    return end if end > year else None


def _time_of_day(values: dict) -> str | bool | None:
    """The TIMEX3 time suffix ("15:30", "MO"), None without one, False if impossible."""
    if "clock" in values:
        return values["clock"]
    if "hour" in values:
        hour, minute = values["hour"], values.get("minute", 0)
        meridiem = values.get("meridiem")
        if meridiem == "PM" and hour < 12:
            hour += 12
        elif meridiem == "AM" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return False
        return f"{hour:02d}:{minute:02d}"
    return values.get("part_of_day")


def _mod(rule: Rule, match: re.Match, grammar: Grammar, values: dict) -> str | None:
    if rule.mod is None:
        return values.get("part")
    reference = REFERENCE.match(rule.mod)
    if reference is None:
        return rule.mod
    matched = match.group(reference.group("group"))
    return grammar.lexicon.value(rule.groups[reference.group("group")], matched) if matched else values.get("part")


@lru_cache(maxsize=4096)
def _parse_full_date(candidate: str) -> date | None:
    parsed = dateparser.parse(candidate, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None

