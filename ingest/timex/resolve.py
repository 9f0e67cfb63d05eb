"""Anchor an underspecified expression to a reference date: pure, no clock.

Matching yields an Underspecified (the fields the text states, plus unit,
offset and direction); resolve() turns it into a TIMEX3 value and an inclusive
day range, given the publication date (DCT), the sentence's tense and, for
narrative text or phrases like "two days later", the last mentioned date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from .periods import (MONTHS_PER, UNITS, UNKNOWN_VALUE, Period, add_months, calendar_period, containing, easter_sunday,
                      narrow, shift, week_of_month)

DURATION_LETTER = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y",
                   "hour": "H", "minute": "M", "second": "S"}
TIME_UNITS = ("hour", "minute", "second")
TIME_UNITS_PER_DAY = {"hour": 24, "minute": 24 * 60, "second": 24 * 3600}
YEARS_PER = {"decade": 10, "century": 100}
# A half of each unit, as TIMEX3 duration parts ("2 1/2 years" -> P2Y6M).
HALF_OF = {"year": ("6M", ""), "month": ("15D", ""), "week": ("3D", "12H"), "day": ("", "12H"),
           "hour": ("", "30M"), "minute": ("", "30S")}
REFERENCES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# How far a yearless date may lie on the "wrong" side of the DCT before the
# tense moves it a year: past-tense news still names deadlines a few weeks
# ahead ("asked it to respond by Oct. 31"), and a future "third quarter" read
# in November is this year's.
PAST_TENSE_SLACK = timedelta(days=31)
FUTURE_TENSE_SLACK = timedelta(days=92)


@dataclass(frozen=True)
class Underspecified:
    """What an expression states. None means the text does not say."""

    type: str  # DATE, TIME, DURATION, SET
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None  # 1 or 2: a half year
    season: str | None = None
    decade: int | None = None  # first three digits: 199 for the 1990s
    century: int | None = None  # first two digits: 19 for the 1900s
    weekday: int | None = None  # ISO, Monday = 1
    nth: int | None = None  # with weekday and month: the 4th Thursday of November
    year_offset: int | None = None  # "last year's third quarter": year relative to the reference
    unit: str | None = None  # for relative expressions, durations and sets
    offset: int | None = None  # units from the reference period; None = not relative
    distance: bool = False  # offset counts from the reference day ("a week ago"), not by calendar week
    amount: int | str | None = None  # duration length; "X" when vague
    plus_half: bool = False  # duration plus half a unit ("2 1/2 years")
    direction: str = "tense"  # tense, before, after: which way an incomplete date lies
    # publication; previous (the last mentioned date); comparable (the last
    # mentioned quarter or half, shifted: "a year earlier" after "the third quarter")
    anchor: str = "publication"
    ref: str | None = None  # PRESENT_REF, PAST_REF, FUTURE_REF
    # for durations that cover days: past (ending at ref) or future (starting
    # there); first or last (the start or end of the stated month or year)
    range: str | None = None
    part: str | None = None  # START, MID, END: narrows the day range
    time: str | None = None  # TIMEX3 time suffix: "15:00", "MO", "NI"
    mod: str | None = None
    end_day: int | None = None  # a range of days within the month: "Nov 1-3"
    end_year: int | None = None  # a span of years: "2021/22"
    week_of_month: int | None = None  # with month: its nth week (-1: the last)
    week_of_day: bool = False  # the ISO week holding the stated day: "the week of March 6"
    easter_offset: int | None = None  # days from Easter Sunday: Good Friday is -2


@dataclass(frozen=True)
class ReferenceContext:
    dct: date | None
    tense: str | None = None  # past, future or None
    last_mentioned: Period | None = None
    last_quarter: Period | None = None  # the last mentioned quarter or half year
    quarter: Period | None = None  # the last mentioned quarter itself
    day_in_sentence: date | None = None  # a day named earlier in the same sentence
    doc_type: str = "news"


@dataclass(frozen=True)
class Resolved:
    value: str
    date_start: date | None = None
    date_end: date | None = None
    granularity: str | None = None
    anchor: str = "absolute"
    period: Period | None = None  # the period named, before any START/MID/END narrowing


def reference_date(u: Underspecified, ctx: ReferenceContext) -> tuple[date | None, str]:
    """The date a relative expression counts from, and what it is."""
    if u.anchor == "previous" or ctx.doc_type == "narrative":
        if ctx.last_mentioned is not None:
            return ctx.last_mentioned.first, "previous"
    if ctx.dct is not None:
        return ctx.dct, "publication"
    return None, "unresolved"


def _coarser(period: Period, unit: str | None) -> bool:
    """Whether the period is longer than the unit counted from it (a month, for "the next day")."""
    unit = "day" if unit in TIME_UNITS else unit
    return unit in UNITS and UNITS.index(period.unit) > UNITS.index(unit)


def resolve(u: Underspecified, ctx: ReferenceContext) -> Resolved:
    if u.ref is not None:
        return _reference(u, ctx)
    if u.type == "DURATION":
        return _duration(u, ctx)
    if u.type == "SET":
        return Resolved(_set_value(u))
    resolved = _extend(_date(u, ctx), u)
    if u.time is None or resolved.granularity not in ("day", None):
        return resolved
    return replace(resolved, value=f"{resolved.value}T{u.time}", granularity="time")


def _extend(resolved: Resolved, u: Underspecified) -> Resolved:
    """A week instead of the stated month or day; the last day of a range."""
    if u.week_of_month is not None or u.week_of_day:
        if resolved.period is None:
            return replace(resolved, value=UNKNOWN_VALUE["week"])
        if u.week_of_day:
            week = containing(resolved.period.first, "week")
        else:
            week = week_of_month(resolved.period, u.week_of_month)
        return Resolved(week.value, week.first, week.last, "week", resolved.anchor, week)
    if u.end_day is not None and resolved.date_start is not None:
        return replace(resolved, date_end=resolved.date_start.replace(day=u.end_day))
    if u.end_year is not None:
        return replace(resolved, date_end=date(u.end_year, 12, 31))
    return resolved


def _reference(u: Underspecified, ctx: ReferenceContext) -> Resolved:
    if u.ref == "PRESENT_REF" and ctx.dct is not None:
        return Resolved(u.ref, ctx.dct, ctx.dct, "day", "publication")
    return Resolved(u.ref, anchor="publication" if ctx.dct else "unresolved")


def _duration_value(u: Underspecified) -> str:
    unit, amount = u.unit, u.amount
    if unit in ("decade", "century"):
        amount = amount if amount == "X" else amount * (10 if unit == "decade" else 100)
        unit = "year"
    whole = f"{amount}{DURATION_LETTER[unit]}"
    date_part, time_part = ("", whole) if unit in TIME_UNITS else (whole, "")
    if u.plus_half and unit in HALF_OF:
        date_part += HALF_OF[unit][0]
        time_part += HALF_OF[unit][1]
    return "P" + date_part + ("T" + time_part if time_part else "")


def _duration(u: Underspecified, ctx: ReferenceContext) -> Resolved:
    value = _duration_value(u)
    if u.range in ("first", "last"):
        return _edge_of_period(u, value)
    if u.range is None or u.amount == "X" or u.unit in TIME_UNITS or ctx.dct is None:
        return Resolved(value)
    count = u.amount * {"decade": 10, "century": 100}.get(u.unit, 1)
    unit = u.unit if u.unit not in ("decade", "century") else "year"
    if u.range == "past":
        end = ctx.dct
        start = _shift_day(end, unit, -count) + timedelta(days=1)
    else:
        start = ctx.dct
        end = _shift_day(start, unit, count) - timedelta(days=1)
    return Resolved(value, start, end, unit, "publication", Period(unit, start))


def _edge_of_period(u: Underspecified, value: str) -> Resolved:
    """The first or last `amount` units of the stated month or year."""
    period = calendar_period(u.year, u.month)
    if u.range == "first":
        start = period.first
        end = _shift_day(start, u.unit, u.amount) - timedelta(days=1)
    else:
        end = period.last
        start = _shift_day(end + timedelta(days=1), u.unit, -u.amount)
    return Resolved(value, start, end, u.unit, "absolute", Period(u.unit, start))


def _shift_day(d: date, unit: str, count: int) -> date:
    if unit == "day":
        return d + timedelta(days=count)
    if unit == "week":
        return d + timedelta(weeks=count)
    return add_months(d, count * {"month": 1, "quarter": 3, "year": 12}[unit])


def _set_value(u: Underspecified) -> str:
    if u.weekday is not None:
        return f"XXXX-WXX-{u.weekday}" + (f"T{u.time}" if u.time else "")
    if u.month is not None:
        return f"XXXX-{u.month:02d}"
    if u.quarter is not None:
        return f"XXXX-Q{u.quarter}"
    if u.season is not None:
        return f"XXXX-{u.season}"
    if u.time is not None and u.unit is None:
        return f"XXXX-XX-XXT{u.time}"
    letter = DURATION_LETTER[u.unit] if u.unit in DURATION_LETTER else {"decade": "DE", "century": "CE"}[u.unit]
    return f"PT1{letter}" if u.unit in TIME_UNITS else f"P1{letter}"


def _finish(period: Period, u: Underspecified, anchor: str) -> Resolved:
    start, end = narrow(period, u.part)
    return Resolved(period.value, start, end, period.unit, anchor, period)


def _date(u: Underspecified, ctx: ReferenceContext) -> Resolved:
    if u.decade is not None or u.century is not None:
        first_year = u.decade * 10 if u.decade is not None else u.century * 100
        period = Period("decade" if u.decade is not None else "century", date(max(first_year, 1), 1, 1))
        return _finish(period, u, "absolute")
    if u.year is not None and (u.nth is not None or u.easter_offset is not None):
        return _finish(_period_in(u, u.year), u, "absolute")
    if u.year is not None:
        period = calendar_period(u.year, u.month, u.day, u.quarter, u.season, u.half)
        return _finish(period, u, "absolute")
    if u.anchor == "previous" and u.unit == "quarter" and ctx.quarter is not None:
        # "in the quarter" after "the first half" or "next year" is still the
        # quarter the report is about
        return _relative(u, ctx.quarter.first, "previous")
    ref, anchor = reference_date(u, ctx)
    if anchor == "previous" and _coarser(ctx.last_mentioned, u.unit):
        # "The next day" after "in March" lies somewhere in March: no finer than that.
        period = ctx.last_mentioned
        return Resolved(period.value, period.first, period.last, period.unit, anchor, period)
    if u.anchor == "comparable" and ctx.last_quarter is not None:
        return _comparable(u, ctx.last_quarter)
    # "over the weekend", and "this weekend" in a past sentence: the tense picks which
    if u.unit == "weekend" and (u.offset is None or (u.offset == 0 and ctx.tense == "past")):
        if ref is None:
            return Resolved(UNKNOWN_VALUE["weekend"], anchor="unresolved")
        day = _weekday(replace(u, weekday=6), ref, anchor, ctx.tense)
        return _finish(containing(day.date_start, "weekend"), u, anchor)
    if u.unit == "day" and u.offset is None:  # "overnight": the night before a past-tense day
        return _relative(replace(u, offset=-1 if ctx.tense == "past" else 0), ref, anchor)
    if u.offset is not None:
        return _relative(u, ref, anchor)
    if u.weekday is not None and u.nth is None:
        return _weekday(u, ref, anchor, ctx.tense)
    if u.month is not None or u.quarter is not None or u.season is not None or u.half is not None \
            or u.easter_offset is not None:
        return _without_year(u, ref, anchor, ctx.tense)
    if u.day is not None:
        return _day_of_month(u, ref, anchor, ctx.tense)
    # Only a time of day ("at 3 p.m."): the day the sentence names before it
    # ("on Tuesday night, shortly before midnight"), else the reference day.
    if ctx.day_in_sentence is not None:
        return _relative(replace(u, unit="day", offset=0), ctx.day_in_sentence, "previous")
    return _relative(replace(u, unit="day", offset=0), ref, anchor)


def _relative(u: Underspecified, ref: date | None, anchor: str) -> Resolved:
    if u.distance and u.unit == "week":  # "a week ago" is the day seven days back, not last week
        u = replace(u, unit="day", offset=u.offset * 7)
    if u.distance and u.unit in YEARS_PER:  # "a decade ago" is one year, ten back
        u = replace(u, unit="year", offset=u.offset * YEARS_PER[u.unit])
    if u.unit in TIME_UNITS:  # "48 hours later": the day it falls on
        u = replace(u, unit="day", offset=int(u.offset / TIME_UNITS_PER_DAY[u.unit]))
    if ref is not None and u.year_offset:  # "this time last year"
        ref = add_months(ref, 12 * u.year_offset)
    if ref is None:
        return Resolved(UNKNOWN_VALUE[u.unit], anchor="unresolved")
    return _finish(shift(containing(ref, u.unit), u.offset), u, anchor)


def _comparable(u: Underspecified, last: Period) -> Resolved:
    """The last mentioned quarter or half, `offset` units (years) away: same granularity."""
    months = u.offset * MONTHS_PER.get(u.unit, 12)
    return _finish(shift(last, months // MONTHS_PER[last.unit]), u, "previous")


def _weekday(u: Underspecified, ref: date | None, anchor: str, tense: str | None) -> Resolved:
    if ref is None:
        return Resolved(f"XXXX-WXX-{u.weekday}", anchor="unresolved")
    ahead = (u.weekday - ref.isoweekday()) % 7  # 0..6 days forward to that weekday
    if u.direction == "before":  # "last Friday": strictly before
        delta = ahead - 7
    elif u.direction == "after":  # "next Friday": strictly after
        delta = ahead or 7
    elif tense == "past":
        delta = ahead - 7 if ahead else 0
    elif tense == "future":
        delta = ahead
    else:
        delta = ahead if ahead <= 3 else ahead - 7
    return _finish(Period("day", ref + timedelta(days=delta)), u, anchor)


def _day_of_month(u: Underspecified, ref: date | None, anchor: str, tense: str | None) -> Resolved:
    """A day of the month alone ("the 6th"): in the reference month or the one the tense points to."""
    if ref is None:
        return Resolved(f"XXXX-XX-{u.day:02d}", anchor="unresolved")
    candidates = []
    for months in (-2, -1, 0, 1, 2):  # two each way, so a 31st always has one on either side
        month = add_months(ref.replace(day=1), months)
        try:
            candidates.append(month.replace(day=u.day))
        except ValueError:
            continue  # no 31st in this month
    if tense == "past":
        day = max(d for d in candidates if d <= ref)
    elif tense == "future":
        day = min(d for d in candidates if d >= ref)
    else:
        day = min(candidates, key=lambda d: abs((d - ref).days))
    return _finish(Period("day", day), u, anchor)


def _without_year(u: Underspecified, ref: date | None, anchor: str, tense: str | None) -> Resolved:
    """Month-day, month, quarter or season: pick the year from the reference and tense."""
    if ref is None:
        return Resolved(_unknown_year_value(u), anchor="unresolved")
    if u.year_offset is not None:
        period = _period_in(u, ref.year + u.year_offset)
        return _finish(period, u, anchor)
    period = _period_in(u, ref.year)
    if u.direction == "before" and period.last >= ref:
        period = _period_in(u, ref.year - 1)
    elif u.direction == "after" and period.first <= ref:
        period = _period_in(u, ref.year + 1)
    elif u.direction == "tense" and tense == "past" and period.first > ref + PAST_TENSE_SLACK:
        period = _period_in(u, ref.year - 1)
    elif u.direction == "tense" and tense == "future" and period.last < ref - FUTURE_TENSE_SLACK:
        period = _period_in(u, ref.year + 1)
    elif u.direction == "tense" and tense is None:
        period = min((_period_in(u, ref.year + shift_by) for shift_by in (0, -1, 1)),
                     key=lambda p: _distance(p, ref))
    return _finish(period, u, anchor)


def _distance(period: Period, day: date) -> int:
    """Days between a day and the nearest day of a period (0 inside it)."""
    if day < period.first:
        return (period.first - day).days
    return max((day - period.last).days, 0)


def _period_in(u: Underspecified, year: int) -> Period:
    if u.easter_offset is not None:
        return Period("day", easter_sunday(year) + timedelta(days=u.easter_offset))
    if u.nth is not None:
        first = date(year, u.month, 1)
        return Period("day", first + timedelta(days=(u.weekday - first.isoweekday()) % 7 + 7 * (u.nth - 1)))
    day = u.day
    if u.month == 2 and day == 29 and not _is_leap(year):
        day = 28  # a Feb 29 in a year without one: keep the month, not an error
    return calendar_period(year, u.month, day, u.quarter, u.season, u.half)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _unknown_year_value(u: Underspecified) -> str:
    if u.nth is not None or u.easter_offset is not None:
        return "XXXX-XX-XX"
    if u.month is not None:
        return f"XXXX-{u.month:02d}" + (f"-{u.day:02d}" if u.day is not None else "")
    if u.quarter is not None:
        return f"XXXX-Q{u.quarter}"
    if u.half is not None:
        return f"XXXX-H{u.half}"
    return f"XXXX-{u.season}"
