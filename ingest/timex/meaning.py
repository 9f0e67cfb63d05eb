"""What a rule's match states: the value-key vocabulary of rules/*.toml and
the Underspecified it builds, before any anchoring to a reference date.

A rule's `value` table maps keys to constants or to `{group}` references
(`-{group}` negates the matched value). Two kinds of key exist:

- field keys (FIELD_KEYS) name a field of Underspecified and are copied into
  it; the comments on its fields below say what each means;
- derived keys (DERIVED_KEYS, described there) are read by build_meaning to
  compute fields: the clock time, a holiday's month and day, a year in words.

The loader (rules.py) rejects any other key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from .cued_days import country_day, eid_named_before, fiscal_start_month
from .periods import hijri_month_year

if TYPE_CHECKING:  # only for annotations: rules.py imports this module
    from .rules import Grammar, Rule

# A value that names a pattern group: "{month}", or "-{count}" for its negation.
REFERENCE = re.compile(r"^(?P<sign>-?)\{(?P<group>[a-z_][a-z0-9_]*)\}$")

# Full dates only: dateparser must find day, month and year in the string, so it
# never fills a missing part from its reference date.
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "MDY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "RELATIVE_BASE": datetime(2000, 1, 1),  # never consulted for full dates; set so the clock is not
}


@dataclass(frozen=True)
class Underspecified:
    """What an expression states. None means the text does not say."""

    type: str  # DATE, TIME, DURATION, SET
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None  # 1 or 2: a half year
    season: str | None = None  # SP, SU, FA, WI
    # a southern season: `season` is the northern one of its months, the value names it as the south does
    southern: bool = False
    iso_week: int | None = None  # a week by its ISO number: "epidemiological week 22"
    decade: int | None = None  # first three digits: 199 for the 1990s
    century: int | None = None  # first two digits: 19 for the 1900s
    # the year was written with two digits ("'69"): the century nearest publication is meant
    two_digit_year: bool = False
    before_common_era: bool = False  # the year or century counts back from 1 BC: "44 BC", "the 5th century BC"
    weekday: int | None = None  # ISO, Monday = 1
    # with weekday and month: the 4th Thursday of November (-1: the last); with a
    # day too, counted from that day (US Election Day: the 1st Tuesday from Nov 2);
    # with a month alone, its nth working day, Monday to Friday
    nth: int | None = None
    year_offset: int | None = None  # "last year's third quarter": year relative to the reference
    unit: str | None = None  # for relative expressions, durations and sets
    offset: int | None = None  # units from the reference period; None = not relative
    distance: bool = False  # offset counts from the reference day ("a week ago"), not by calendar week
    amount: int | str | None = None  # duration length; "X" when vague
    least: int | None = None  # the bounds of a count range: "six to 12 months" is 6 to 12
    most: int | None = None
    most_unit: str | None = None  # the upper bound's unit where it differs: "six months to a year"
    plus_half: bool = False  # duration plus half a unit ("2 1/2 years")
    and_amount: int | str | None = None  # a second, smaller length added: "three years and [two] months"
    and_unit: str | None = None  # its unit: "three years and two [months]"
    # tense, before, after, ahead (a weekday on or after the reference, whatever
    # the tense) or begun (the latest begun by then): which way an incomplete date lies
    direction: str = "tense"
    # publication; previous (the last mentioned date); comparable (the last
    # mentioned quarter or half, shifted: "a year earlier" after "the third quarter",
    # or in the stated year: "the 1988 period"); reported (the quarter a results
    # report is about: "the latest period", "the quarter ended July 31", "this quarter")
    anchor: str = "publication"
    ref: str | None = None  # PRESENT_REF, PAST_REF, FUTURE_REF
    # for durations that cover days: past (ending at ref) or future (starting
    # there); first or last (the start or end of the stated month or year);
    # within or ahead, a forecast window ("will report within a year", "in two weeks");
    # later or earlier, the day that far from the last mentioned one ("three days later")
    range: str | None = None
    part: str | None = None  # START, MID, END: narrows the day range
    time: str | None = None  # TIMEX3 time suffix: "15:00", "MO", "NI"
    mod: str | None = None  # TimeML mod: the rule's, else the part
    end_year: int | None = None  # a span of years: "2021/22"
    week_of_month: int | None = None  # with month: its nth week (the first and last are its START and END)
    week_of_day: bool = False  # the ISO week holding the stated day: "the week of March 6"
    month_of_day: bool = False  # the month holding the stated day: Ramadan's, by its middle day
    of_the_vote: bool = False  # the day of a vote the text gives elsewhere: "polling day"
    counted_day: int | None = None  # the nth day of an event the text may say began on a day: "Day 12 of the siege"
    school_year: bool = False  # a year counted as academic years are, named by the year it begins in
    week_ending: bool = False  # the seven days ending on the stated day: "the week to Sunday"
    week_before: bool = False  # the seven days before the stated day: "the week before Christmas"
    weekend_of_day: bool = False  # the weekend nearest the stated day: "the Thanksgiving weekend"
    # a feast as (calendar, days from its day): Good Friday ("easter", -2), Lunar
    # New Year's Eve ("lunar_new_year", -1) (calendar keys: periods.feast_days)
    feast: tuple[str, int] | None = None


DERIVED_KEYS = {
    "named_by_end": "true: a span of two years is named by its last (fiscal years: FY2024-25 is 2025)",
    "parse": "true: dateparser reads the whole span (or `span`) as a full date",
    "clock": "a TIMEX3 time suffix as is: noon is 12:00",
    "hour": "hour of the day, with minute and meridiem making the time suffix",
    "minute": "minutes past the hour (0 when absent), negated for minutes to it: twenty to nine",
    "meridiem": "AM or PM",
    "until_hour": "the hour (1-12) of a range's end whose meridiem the start shares if not later in the day",
    "part_of_day": "MO, AF, EV, NI ...: the time suffix when no clock time is given",
    "fraction": "present when the duration adds half a unit (2 1/2 years)",
    "month_day": "a fixed holiday as [month, day]: [12, 25]; a day of history as [year, month, day]",
    "nth_weekday": "a floating holiday as [month, weekday, nth]: [11, 4, 4] (Thanksgiving), nth -1 the last;"
                   " a fourth item is the day of the month counting starts on: [11, 2, 1, 2] (US Election Day)",
    "century_ordinal": "the ordinal of a century: 20 for the twentieth (the 1900s)",
    "hundreds": "the hundreds of a year said in words: 19 for nineteen ninety-six",
    "year_in_century": "the rest of that year: 96",
    "short_year": "a year written with its last two digits: 69 for '69 (its century is read against publication)",
    "era": "the Gregorian year an era began, its year 1: 2019 for Reiwa",
    "year_of_era": "the year counted in that era: 6 in Reiwa 6 (2024)",
    "hijri_month": "a month of the Islamic calendar, 1-12: 9 for Ramadan",
    "hijri_day": "its day in figures: 4 in 4 Ramadan",
    "hijri_day_of": "its day as an ordinal: 29 in the 29th day of Ramadan",
    "hijri_year": "its Hijri year: 1445",
    "after_ramadan": "true: the match is a date only after the text named Ramadan or Eid al-Fitr",
    "day_of_feast": "a feast's nth day as an ordinal: 2 in the second day of Eid",
    "counted_day_figure": "the nth day of a counted event in figures: 12 in Day 12 of the siege (as counted_day)",
    "counted_unit": "the days a counted event's unit holds: 7 in the third week of the strike (its day 15's week)",
    "national_day": "a national day whose date depends on the country the text names (country_days.toml): independence",
    "fiscal": "true: a quarter of the fiscal year named by its end, the calendar quarter it covers when the text"
              " says in which month that year begins (cued_days.fiscal_start_month)",
}
# Fields that only build_meaning sets, from the derived keys or the rule itself.
_COMPUTED_FIELDS = {"type", "time", "plus_half", "mod", "century", "two_digit_year"}
FIELD_KEYS = tuple(f.name for f in fields(Underspecified) if f.name not in _COMPUTED_FIELDS)
VALUE_KEYS = frozenset(FIELD_KEYS) | frozenset(DERIVED_KEYS)


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
    if "national_day" in values:  # "Independence Day": the country's, as a fixed or floating holiday
        start, end = match.span(rule.span) if rule.span else match.span()
        day = country_day(values.pop("national_day"), match.string, start, end)
        if day is None:
            return None
        values["month_day" if len(day) == 2 else "nth_weekday"] = day
    if "counted_day_figure" in values:
        values["counted_day"] = values.pop("counted_day_figure")
    if "counted_unit" in values:  # "the third week of the strike": the week holding its 15th day
        values["counted_day"] = (values["counted_day"] - 1) * values["counted_unit"] + 1
        values["week_of_day"] = values.pop("counted_unit") == 7
    if "month_day" in values:
        *year, values["month"], values["day"] = values["month_day"]
        if year:  # a day of history: [1944, 6, 6]
            values["year"] = year[0]
    if "nth_weekday" in values:
        values["month"], values["weekday"], values["nth"], *counted_from = values["nth_weekday"]
        if counted_from:
            values["day"] = counted_from[0]
    if values.pop("after_ramadan", False) and eid_named_before(match.string, match.start(), grammar.lexicon) \
            != "eid_al_fitr":
        return None  # "the holy month" with no Ramadan named before it
    if "feast" in values:  # as the lexicon's list, but hashable
        calendar_key, offset = values["feast"]
        if calendar_key == "eid" and "direction" not in values:  # "Eid" after Ramadan is Eid al-Fitr
            calendar_key = eid_named_before(match.string, match.start(), grammar.lexicon) or calendar_key
        values["feast"] = (calendar_key, offset + values.get("day_of_feast", 1) - 1)
    if "hijri_month" in values:  # "4 Ramadan 1445": days on from the month's first (calendars.toml)
        day = values.get("hijri_day") or values.get("hijri_day_of", 1)
        values["feast"] = (f"hijri_month_{values['hijri_month']}", day - 1)
        if "hijri_year" in values:  # the Gregorian year the month begins in
            values["year"] = hijri_month_year(values["hijri_year"], values["hijri_month"])
    stated = {key: values[key] for key in FIELD_KEYS if key in values}
    if "end_year" in stated:
        stated["end_year"] = _full_end_year(stated["year"], stated["end_year"])
        if stated["end_year"] is None:
            return None
        if values.get("named_by_end"):  # "FY2024-25" is the year it ends in, as "FY25"
            stated["year"] = stated["end_year"]
    if "and_unit" in stated and not _adds_up(stated):
        return None  # "between two hours and three hours": two lengths, not one
    if isinstance(stated.get("offset"), str):  # "several years ago": a vague distance
        stated = {"ref": "PAST_REF" if stated["offset"].startswith("-") else "FUTURE_REF"}
    if "century_ordinal" in values:
        stated["century"] = values["century_ordinal"] - 1
    time = _time_of_day(values)
    if time is False:
        return None
    mod = _mod(rule, match, grammar, values)
    if "hundreds" in values:  # "nineteen ninety-six"
        year_in_century = values.get("year_in_century", 0)
        if not isinstance(year_in_century, int):
            return None  # "nineteen several": a vague count is no year
        stated["year"] = values["hundreds"] * 100 + year_in_century
    if "era" in values:  # "Reiwa 6": an era's years count from 1
        stated["year"] = values["era"] + values["year_of_era"] - 1
    if "short_year" in values:  # a placeholder century until resolve reads it against publication
        stated["year"] = 1900 + values["short_year"]
    if values.get("fiscal") and "quarter" in stated:  # "Q1 FY26" of a year begun in July 2025 is 2025-Q3
        start = fiscal_start_month(match.string, grammar.lexicon)
        if start in (4, 7, 10):
            first = start - 1 + 3 * (stated["quarter"] - 1)  # months after the January of the year before
            stated["year"] += first // 12 - 1
            stated["quarter"] = first % 12 // 3 + 1
    return Underspecified(type=rule.type, time=time or None, plus_half="fraction" in values, mod=mod,
                          two_digit_year="short_year" in values, **stated)


# Units a length is written in, longest first: "three years and two months", never the reverse.
_LENGTH_ORDER = ("century", "decade", "year", "quarter", "month", "week", "day", "hour", "minute", "second")


def _adds_up(stated: dict) -> bool:
    """A length and a second one added to it: both counted, the second in a shorter unit."""
    counted = isinstance(stated.get("amount"), int) and isinstance(stated["and_amount"], int)
    return counted and _LENGTH_ORDER.index(stated["and_unit"]) > _LENGTH_ORDER.index(stated["unit"])


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
        if minute < 0:  # minutes to the hour: "twenty to nine" is 8:40
            hour, minute = (hour - 1) % 12 or 12, minute + 60
        meridiem = values.get("meridiem")
        if hour % 12 > values.get("until_hour", hour) % 12:  # "from 10 to 2 p.m.": the morning's 10
            meridiem = None
        if meridiem == "PM" and hour < 12:
            hour += 12
        elif meridiem == "AM" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return False
        return f"{hour:02d}:{minute:02d}"
    return values.get("part_of_day")


def _mod(rule: Rule, match: re.Match, grammar: Grammar, values: dict) -> str | None:
    """The TimeML mod: the rule's constant or its group's value, else the part (START, MID, END) stated."""
    if rule.mod is None:
        return values.get("part")
    reference = REFERENCE.match(rule.mod)
    if reference is None:
        return rule.mod
    matched = match.group(reference.group("group"))
    return grammar.lexicon.value(rule.groups[reference.group("group")], matched) if matched else values.get("part")


@lru_cache(maxsize=4096)
def _parse_full_date(candidate: str) -> date | None:
    """The date dateparser reads in a string naming day, month and year; None if it does not."""
    import dateparser  # here: its import and language data cost more than most texts take to tag

    parsed = dateparser.parse(candidate, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None


def names_its_period(u: Underspecified) -> bool:
    """Whether u names its decade, century or year outright ("this day in 1944"
    counts from the reference day instead)."""
    return u.decade is not None or u.century is not None or (u.year is not None and u.offset is None)


def reads_tense(u: Underspecified) -> bool:
    """Whether resolving u may depend on the sentence's tense: not for a set, a
    vague reference, a date naming its year or a free length (the engine then
    spares itself reading the verbs)."""
    if u.type == "SET" or u.ref is not None:
        return False
    if u.type == "DURATION":
        return u.range is not None
    return not names_its_period(u) or u.anchor == "comparable"
