"""Anchor an underspecified expression to a reference date: pure, no clock.

Matching yields an Underspecified (the fields the text states, plus unit,
offset and direction); resolve() turns it into a TIMEX3 value and an inclusive
day range, given the publication date (DCT), the sentence's tense and, for
narrative text or phrases like "two days later", the last mentioned date.
Which occurrence of a weekday or of a date without its year is meant is
occurrence.py's choice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from .durations import duration_days, duration_value, set_value
from .meaning import Underspecified, names_its_period
from .occurrence import month_day, period_in, unknown_year_value, weekday_day, yearless_period
from .periods import (MONTHS_PER, OPPOSITE_SEASON, TIME_UNITS, UNITS, UNKNOWN_VALUE, YEARS_PER, Period, add_months,
                      calendar_period, containing, narrow, period_ending, shift, week_ending, week_of_month, weekend_nearest)

TIME_UNITS_PER_DAY = {"hour": 24, "minute": 24 * 60, "second": 24 * 3600}

# Duration ranges counted from the last mentioned date: "three days later", "a day earlier".
COUNTED_FROM_PREVIOUS = ("later", "earlier")
# Academic years begin in late summer in most of the north: "this academic year" read
# in March is the one begun eight months or so before (a southern one, the calendar
# year, is missed).
SCHOOL_YEAR_LAG_MONTHS = 8


@dataclass(frozen=True)
class ReferenceContext:
    """What an expression is read against; engine.tag carries it from one expression to the next."""

    dct: date | None
    tense: str | None = None  # past, future or None
    last_mentioned: Period | None = None
    # what "a year earlier" compares with: the last quarter or half named, or a month just named
    comparison_period: Period | None = None
    last_quarter: Period | None = None  # the last mentioned quarter itself
    # the day a time of day falls on when it names none: the day its clause names,
    # else the day the text is narrating (engine.tag decides which)
    day_spoken_of: date | None = None
    doc_type: str = "news"


@dataclass(frozen=True)
class Resolved:
    """A TIMEX3 value, the inclusive days it covers and what it was anchored to."""

    value: str
    date_start: date | None = None
    date_end: date | None = None
    granularity: str | None = None
    anchor: str = "absolute"
    period: Period | None = None  # the period named, before any START/MID/END narrowing


def reference_date(u: Underspecified, ctx: ReferenceContext) -> tuple[date | None, str]:
    """The date a relative expression counts from, and what it is."""
    if (u.anchor == "previous" or ctx.doc_type == "narrative") and ctx.last_mentioned is not None:
        # "the following spring" lies after the whole period named ("in 2019")
        last = ctx.last_mentioned
        # a month of a period across a year end is in its second year if its end month comes later:
        # "the winter of 2017-18 ... That January" is 2018's
        in_second_year = u.month is not None and last.first.year < last.last.year and u.month <= last.last.month
        # "in 2019 ... That winter" is the one beginning in its December, not the one its January ends
        season_of_year = u.season is not None and last.unit == "year"
        return (last.last if u.direction == "after" or in_second_year or season_of_year else last.first), "previous"
    if u.direction == "after" and u.unit == "year" and ctx.dct is not None:
        # "the new year": the one a winter or a December told in the past ran into ("the
        # winter of 1995-96, when it took 17 days into the new year"); said in January, the one begun
        last = ctx.last_mentioned
        if ctx.tense == "past" and last is not None and last.unit in ("day", "week", "month", "season") \
                and last.last.year < ctx.dct.year and (last.last.month == 12 or last.first.year < last.last.year):
            return last.first, "previous"
        if ctx.dct.month == 1:
            return date(ctx.dct.year - 1, 12, 31), "publication"
    if ctx.dct is not None:
        return (add_months(ctx.dct, -SCHOOL_YEAR_LAG_MONTHS) if u.school_year else ctx.dct), "publication"
    return None, "unresolved"


def _coarser(period: Period, unit: str | None) -> bool:
    """Whether the period is longer than the unit counted from it (a month, for "the next day")."""
    unit = "day" if unit in TIME_UNITS else unit
    return unit in UNITS and UNITS.index(period.unit) > UNITS.index(unit)


def resolve(u: Underspecified, ctx: ReferenceContext) -> Resolved:
    """The TIMEX3 value and day range of what an expression states, read against ctx.

    Raises ValueError for a date the calendar does not have ("September 31") and
    OverflowError for one past year 9999.
    """
    if u.two_digit_year and ctx.dct is not None:
        u = replace(u, year=_nearest_century(u.year % 100, ctx.dct.year), two_digit_year=False)
    if u.ref is not None:
        return _reference(u, ctx)
    if u.type == "DURATION":
        return _duration(u, ctx)
    if u.type == "SET":
        return Resolved(set_value(u))
    if u.before_common_era:  # no day range: our calendar starts at year 1
        return Resolved(f"BC{u.year:04d}" if u.year is not None else f"BC{u.century:02d}")
    resolved = _extend(_date(u, ctx), u)
    if u.time is None or resolved.granularity not in ("day", None):
        return resolved
    return replace(resolved, value=f"{resolved.value}T{u.time}", granularity="time")


def _nearest_century(year_in_century: int, reference_year: int) -> int:
    """The year ending in those two digits nearest the reference, at most ten years after it."""
    year = reference_year - reference_year % 100 + year_in_century
    return year - 100 if year > reference_year + 10 else year


def _duration(u: Underspecified, ctx: ReferenceContext) -> Resolved:
    """A duration's value, with the days it covers when the text ties it to a date."""
    value = duration_value(u)
    if u.range in COUNTED_FROM_PREVIOUS:
        # "three days later": TimeML marks the length; the day it reaches still dates the
        # event. Counted from no date the text gave ("A decade on, the site is empty"), it
        # is counted from an event, not from publication: no days.
        if not isinstance(u.amount, int) or ctx.last_mentioned is None:
            return Resolved(value)
        offset = u.amount if u.range == "later" else -u.amount
        reached = _date(replace(u, type="DATE", offset=offset, distance=True, range=None), ctx)
        return replace(reached, value=value)
    days = duration_days(u, ctx.dct, ctx.tense)
    if days is None:
        return Resolved(value)
    unit, first, last = days
    anchor = "absolute" if u.range in ("first", "last") else "publication"
    return Resolved(value, first, last, unit, anchor, Period(unit, first))


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
    if u.week_ending or u.week_before:
        if resolved.period is None:
            return replace(resolved, value=UNKNOWN_VALUE["week"])
        last = resolved.period.first - timedelta(days=1 if u.week_before else 0)
        week = week_ending(last)
        return Resolved(week.value, last - timedelta(days=6), last, "week", resolved.anchor, week)
    if u.month_of_day and resolved.period is not None and resolved.period.unit == "day":
        month = containing(resolved.period.first, "month")
        return Resolved(month.value, month.first, month.last, "month", resolved.anchor, month)
    if u.weekend_of_day:
        if resolved.period is None:
            return replace(resolved, value=UNKNOWN_VALUE["weekend"])
        if resolved.period.unit != "day":  # a feast's day unknown in its year: 2070-WXX-WE
            return replace(resolved, value=_somewhere_in(resolved.period, "weekend"))
        weekend = weekend_nearest(resolved.period.first)
        return Resolved(weekend.value, weekend.first, weekend.last, "weekend", resolved.anchor, weekend)
    if u.end_year is not None:
        return replace(resolved, date_end=date(u.end_year, 12, 31))
    return resolved


def _reference(u: Underspecified, ctx: ReferenceContext) -> Resolved:
    """PRESENT_REF covers the publication day; the past and the future cover no known days."""
    if u.ref == "PRESENT_REF" and ctx.dct is not None:
        return Resolved(u.ref, ctx.dct, ctx.dct, "day", "publication")
    return Resolved(u.ref, anchor="publication" if ctx.dct else "unresolved")


def _finish(period: Period, u: Underspecified, anchor: str) -> Resolved:
    """The period's value, with its days narrowed to the START, MID or END third the
    text names; a feast whose day its year does not tell is a day unknown in it (2070-XX-XX)."""
    start, end = narrow(period, u.part)
    value = _somewhere_in(period, "day") if u.feast is not None else period.value
    if u.southern:  # named by the year its first month is in, as the northern winter
        value = value[:-2] + OPPOSITE_SEASON[value[-2:]]
    return Resolved(value, start, end, period.unit, anchor, period)


def _date(u: Underspecified, ctx: ReferenceContext) -> Resolved:
    """The period of a DATE or TIME: as stated when it names its year, else anchored."""
    compared = _compared_period(u, ctx) if u.anchor == "comparable" else None
    if compared is not None and u.year is not None:
        # "the 1988 period" after "the third quarter": that quarter of 1988
        years = u.year - compared.first.year
        return _finish(shift(compared, years * 12 // MONTHS_PER[compared.unit]), u, "previous")
    stated = _stated_period(u)
    if stated is not None:
        return _finish(stated, u, "absolute")
    return _anchored(u, ctx)


def _stated_period(u: Underspecified) -> Period | None:
    """The period of an expression naming its year, decade or century; None for the others."""
    if not names_its_period(u):
        return None
    if u.decade is not None:
        return Period("decade", date(max(u.decade * 10, 1), 1, 1))
    if u.century is not None:
        return Period("century", date(max(u.century * 100, 1), 1, 1))
    if u.nth is not None or u.feast is not None:
        return period_in(u, u.year)
    return calendar_period(u.year, u.month, u.day, u.quarter, u.season, u.half, u.iso_week)


def _anchored(u: Underspecified, ctx: ReferenceContext) -> Resolved:
    """An expression without its year, read from the reference date, tense and last mentioned period."""
    if u.anchor == "reported":
        return _reported(u, ctx)
    if u.anchor == "previous" and u.unit == "quarter" and ctx.last_quarter is not None:
        # "in the quarter" after "the first half" or "next year" is still the
        # quarter the report is about
        return _relative(u, ctx.last_quarter.first, "previous")
    if u.anchor == "previous" and u.time is not None and ctx.day_spoken_of is not None:
        # "that night", "the next morning": from the day the clause or the text before it names
        return _relative(u, ctx.day_spoken_of, "previous")
    ref, anchor = reference_date(u, ctx)
    if anchor == "previous" and _coarser(ctx.last_mentioned, "weekend" if u.weekday is not None else u.unit):
        # "The next day" after "in March" lies somewhere in March: no finer than that, as
        # TIMEX3 writes it (2021-03-XX); "the following Monday" is the month (or year) itself.
        period = ctx.last_mentioned
        return Resolved(_somewhere_in(period, None if u.weekday is not None else u.unit),
                        period.first, period.last, period.unit, anchor, period)
    compared = _compared_period(u, ctx)
    if u.anchor == "comparable" and compared is not None:
        return _comparable(u, compared)
    # "over the weekend", and "this weekend" in a past sentence: the tense picks which,
    # unless it is said on the weekend itself ("stay indoors through the weekend")
    if u.unit == "weekend" and (u.offset is None or (u.offset == 0 and ctx.tense == "past")):
        if ref is None:
            return Resolved(UNKNOWN_VALUE["weekend"], anchor="unresolved")
        weekend_day = ref if ref.weekday() >= 5 \
            else _weekday(replace(u, weekday=6), ref, anchor, ctx.tense).date_start
        # "the same weekend last year": the weekend of that week number a year back (52 weeks)
        weekend_day += timedelta(weeks=52 * (u.year_offset or 0))
        return _finish(containing(weekend_day, "weekend"), u, anchor)
    if u.unit == "week" and u.offset is None:  # "by midweek": the week of the Wednesday the tense points to
        if ref is None:
            return Resolved(UNKNOWN_VALUE["week"], anchor="unresolved")
        day = _weekday(replace(u, weekday=3), ref, anchor, ctx.tense)
        return _finish(containing(day.date_start, "week"), u, anchor)
    if u.unit == "day" and u.offset is None:  # "overnight": the night before a past-tense day
        return _relative(replace(u, offset=-1 if ctx.tense == "past" else 0), ref, anchor)
    if u.unit == "week" and u.offset == 0 and u.part is not None and anchor == "publication" and ref is not None \
            and ctx.tense != "past" and u.direction == "tense" and narrow(containing(ref, "week"), u.part)[1] < ref:
        # "the feast falls in the middle of the week", said on a Sunday: that part of this week is over
        u = replace(u, offset=1)
    if u.offset is not None:
        return _relative(u, ref, anchor)
    if u.weekday is not None and u.nth is None:
        return _weekday(u, ref, anchor, ctx.tense)
    if u.month is not None or u.quarter is not None or u.season is not None or u.half is not None \
            or u.feast is not None or u.iso_week is not None:
        return _without_year(u, ref, anchor, ctx.tense)
    if u.day is not None:
        return _day_of_month(u, ref, anchor, ctx.tense)
    # Only a time of day ("at 3 p.m."): the day its clause names ("at 2:40 a.m.
    # on Tuesday") or the text narrates ("He left on Oct. 2. At 10 p.m. he
    # called."), else the reference day: "at 3 p.m." in news is today's.
    if ctx.day_spoken_of is not None:
        return _relative(replace(u, unit="day", offset=0), ctx.day_spoken_of, "previous")
    return _relative(replace(u, unit="day", offset=0), ref, anchor)


def _relative(u: Underspecified, ref: date | None, anchor: str) -> Resolved:
    """The period `offset` units from the one holding the reference date ("last week", "two days later")."""
    if u.distance and u.unit == "week":  # "a week ago" is the day seven days back, not last week
        u = replace(u, unit="day", offset=u.offset * 7)
    if u.distance and u.unit in YEARS_PER:  # "a decade ago" is one year, ten back
        u = replace(u, unit="year", offset=u.offset * YEARS_PER[u.unit])
    if u.unit in TIME_UNITS:  # "48 hours later": the day it falls on
        u = replace(u, unit="day", offset=int(u.offset / TIME_UNITS_PER_DAY[u.unit]))
    if ref is not None and u.year_offset:  # "this time last year"
        ref = add_months(ref, 12 * u.year_offset)
    if ref is not None and u.year is not None:  # "this day in 1944"
        ref = add_months(ref, 12 * (u.year - ref.year))
    if ref is None:
        return Resolved(UNKNOWN_VALUE[u.unit], anchor="unresolved")
    period = shift(containing(ref, u.unit), u.offset)
    if u.weekday is not None and period.unit == "week":  # "Tuesday next week": its day
        period = Period("day", period.first + timedelta(days=u.weekday - 1))
    elif u.weekday is not None and period.unit == "day":  # "Sunday week": that weekday on or after the day a week on
        period = Period("day", period.first + timedelta(days=(u.weekday - period.first.isoweekday()) % 7))
    elif u.nth is not None and period.unit == "month":  # "the last weekend of the month": its last Saturday's
        period = period_in(replace(u, month=period.first.month), period.first.year)
    return _finish(period, u, anchor)


def _reported(u: Underspecified, ctx: ReferenceContext) -> Resolved:
    """The quarter a results report is about: the quarter the text named (its own,
    perhaps fiscal, name for it), else the calendar quarter ending about the day
    stated ("the quarter ended July 31") or, for "the latest period", the day
    the report speaks from. "This quarter" (direction tense) in a clause that
    looks ahead, and any quarter looked ahead to with none named, is the current one.
    A quarter named that had not begun by the day stated is another one: the
    quarter ended Sept. 28 is not the holiday quarter an outlook spoke of."""
    looks_ahead = ctx.tense == "future"
    ended = None
    if u.day is not None:
        ended = _without_year(Underspecified("DATE", month=u.month, day=u.day), ctx.dct, "publication", ctx.tense)
    named = ctx.last_quarter
    if named is not None and ended is not None and ended.period is not None and named.first > ended.period.first:
        named = None
    if named is not None and not (looks_ahead and u.direction == "tense"):
        return _finish(named, u, "previous")
    if ended is not None:
        if ended.period is None:
            return Resolved(UNKNOWN_VALUE["quarter"], anchor="unresolved")
        return _finish(period_ending(ended.period.first, "quarter"), u, ended.anchor)
    if looks_ahead or u.direction == "tense":
        return _relative(u, ctx.dct, "publication")
    as_previous = replace(u, anchor="previous")
    ref, anchor = reference_date(as_previous, ctx)
    if ref is None or (anchor == "previous" and ctx.last_mentioned.unit != "day"):
        return _anchored(as_previous, ctx)  # after "in 1989" or "in April": the period named decides
    return _finish(period_ending(ref, "quarter"), u, anchor)


def _compared_period(u: Underspecified, ctx: ReferenceContext) -> Period | None:
    """The period a comparison is with: the last quarter or half named (or the
    month just named, engine.tag); for "last year's quarter" the last quarter,
    even if a year or a half came after."""
    if u.unit == "quarter" and ctx.last_quarter is not None:
        return ctx.last_quarter
    if u.unit == "month" and (ctx.comparison_period is None or ctx.comparison_period.unit != "month"):
        return None  # "a month earlier" compares months only
    return ctx.comparison_period


def _comparable(u: Underspecified, last: Period) -> Resolved:
    """The last mentioned quarter or half (or the month or day a figure is of),
    `offset` units (years) away: same granularity."""
    months = u.offset * MONTHS_PER.get(u.unit, 12)
    if last.unit == "day":
        return _finish(Period("day", add_months(last.first, months)), u, "previous")
    return _finish(shift(last, months // MONTHS_PER[last.unit]), u, "previous")


def _weekday(u: Underspecified, ref: date | None, anchor: str, tense: str | None) -> Resolved:
    if ref is None:
        return Resolved(f"XXXX-WXX-{u.weekday}", anchor="unresolved")
    return _finish(Period("day", weekday_day(u, ref, tense)), u, anchor)


def _day_of_month(u: Underspecified, ref: date | None, anchor: str, tense: str | None) -> Resolved:
    if ref is None:
        return Resolved(f"XXXX-XX-{u.day:02d}", anchor="unresolved")
    return _finish(Period("day", month_day(u, ref, tense)), u, anchor)


def _without_year(u: Underspecified, ref: date | None, anchor: str, tense: str | None) -> Resolved:
    if ref is None:
        return Resolved(unknown_year_value(u), anchor="unresolved")
    period = yearless_period(u, ref, anchor, tense)
    if period is None:  # a feast in years outside its table
        return Resolved(UNKNOWN_VALUE["day"], anchor="unresolved")
    return _finish(period, u, anchor)


def _somewhere_in(period: Period, unit: str | None) -> str:
    """The value of an unknown unit inside a known year or month: 1974-WXX ("that
    week" of 1974), 1998-10-XX ("that same day" of October 1998)."""
    unknown = UNKNOWN_VALUE.get("day" if unit in TIME_UNITS else unit)
    if unknown is None or period.unit not in ("year", "month") or (period.unit == "month" and unit != "day"):
        return period.value
    return period.value + unknown[len("XXXX-XX"):] if period.unit == "month" else period.value + unknown[len("XXXX"):]
