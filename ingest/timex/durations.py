"""TIMEX3 values of durations (P3W, PT2H) and sets (P1W, XXXX-WXX-1), and the
days a duration covers when the text ties it to a date: pure, no clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from .meaning import Underspecified
from .periods import TIME_UNITS, YEARS_PER, Period, calendar_period, containing, shift

DURATION_LETTER = {"day": "D", "week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
                   "hour": "H", "minute": "M", "second": "S"}
# A half of each unit, as TIMEX3 duration parts ("2 1/2 years" -> P2Y6M).
HALF_OF = {"year": ("6M", ""), "month": ("15D", ""), "week": ("3D", "12H"), "day": ("", "12H"),
           "hour": ("", "30M"), "minute": ("", "30S")}


def _in_years(unit: str, amount: int | str) -> tuple[str, int | str]:
    """Decades and centuries as years ("two decades" -> 20 years); other units unchanged."""
    if unit in YEARS_PER:
        return "year", amount if amount == "X" else amount * YEARS_PER[unit]
    return unit, amount


def duration_value(u: Underspecified) -> str:
    """The TIMEX3 duration: P2Y6M, PT48H, PXD for a vague amount, PT30M for half an hour."""
    if u.and_unit is not None:
        return _added_lengths_value([(u.unit, u.amount), (u.and_unit, u.and_amount)])
    if u.unit in YEARS_PER and u.amount != "X":  # "two and a half decades": 25 whole years
        half = YEARS_PER[u.unit] // 2 if u.plus_half else 0
        return f"P{u.amount * YEARS_PER[u.unit] + half}Y"
    if u.unit == "decade" and u.amount == "X":  # "for decades": our annotators' TIMEX3 decade, PXDE
        return "PXDE"
    unit, amount = _in_years(u.unit, u.amount)
    whole = f"{amount}{DURATION_LETTER[unit]}" if amount != 0 else ""  # 0: half a unit alone
    date_part, time_part = ("", whole) if unit in TIME_UNITS else (whole, "")
    if u.plus_half and unit in HALF_OF:
        date_part += HALF_OF[unit][0]
        time_part += HALF_OF[unit][1]
    return "P" + date_part + ("T" + time_part if time_part else "")


def _added_lengths_value(lengths: list[tuple[str, int]]) -> str:
    """Counted lengths added up: "three years and two months" P3Y2M, "two hours and 40 minutes"
    PT2H40M, "a day and six hours" P1DT6H. ISO 8601 writes weeks alone, so weeks with days
    are days: "two weeks and three days" P17D."""
    totals: dict[str, int] = {}
    for unit, amount in lengths:
        unit, amount = _in_years(unit, amount)
        totals[unit] = totals.get(unit, 0) + amount
    if "week" in totals and "day" in totals:
        totals["day"] += 7 * totals.pop("week")
    date_part = "".join(f"{totals[unit]}{DURATION_LETTER[unit]}" for unit in ("year", "quarter", "month", "week", "day")
                        if unit in totals)
    time_part = "".join(f"{totals[unit]}{DURATION_LETTER[unit]}" for unit in TIME_UNITS if unit in totals)
    return "P" + date_part + ("T" + time_part if time_part else "")


def duration_days(u: Underspecified, dct: date | None, tense: str | None = None) -> tuple[str, date, date] | None:
    """(unit, first day, last day) a duration covers, or None when it covers no known days.

    range past/future: the days ending or starting at the publication date
    ("the past three weeks"; of a range of lengths the longer, "the past 12 to
    18 months"); first/last: the start or end of the stated month or year
    ("the first two months of 2021"). Vague amounts and hours cover no whole days.

    A forecast window counts from the publication date only in a clause that
    looks ahead ("will report within a year"; "was sold within a year" counts
    from an event): within one length, up to it ("within a year"); a range of
    lengths, from the lower bound to the upper ("within six to 12 months", "in one
    to two years", "within six months to a year": not before six months are
    out); in one length, the unit that holds the day it points to ("in six months").
    """
    if u.range in ("within", "ahead"):
        return _window_days(u, dct) if tense == "future" else None
    if u.most is not None and u.range in ("past", "future"):
        # a range of lengths up to or from now spans the longer; "the next 12 to 36
        # months" counts from the publication date only where the clause looks ahead
        if u.range == "future" and tense != "future":
            return None
        u = replace(u, amount=u.most)
    if u.range is None or u.amount == "X" or u.unit in TIME_UNITS:
        return None
    unit, count = _in_years(u.unit, u.amount)
    if u.range in ("first", "last"):
        period = calendar_period(u.year, u.month)
        if u.range == "first":
            return unit, period.first, _shift_day(period.first, unit, count) - timedelta(days=1)
        return unit, _shift_day(period.last + timedelta(days=1), unit, -count), period.last
    if dct is None:
        return None
    if u.range == "past":
        return unit, _shift_day(dct, unit, -count) + timedelta(days=1), dct
    return unit, dct, _shift_day(dct, unit, count) - timedelta(days=1)


def _window_days(u: Underspecified, dct: date | None) -> tuple[str, date, date] | None:
    """The days of a forecast window (see duration_days)."""
    least, most = (u.least, u.most) if u.most is not None else (u.amount, u.amount)
    most_unit = u.most_unit or u.unit  # "six months to a year": each bound in its own unit
    if dct is None or not (isinstance(least, int) and isinstance(most, int)):
        return None
    if u.unit in TIME_UNITS or most_unit in TIME_UNITS:
        return None
    unit, least = _in_years(u.unit, least)
    try:
        earliest, latest = _shift_day(dct, unit, least), _shift_day(dct, *_in_years(most_unit, most))
        if earliest > latest:  # "in 12 to 6 months" is no range
            return None
        if earliest < latest:  # a range of lengths: not before the lower bound is out
            return unit, earliest, latest
        if u.range == "within":
            return unit, dct, latest
        around = containing(latest, unit)  # "in six months": somewhere in the month six months on
        return unit, around.first, around.last
    except (ValueError, OverflowError):  # past the calendar's year 9999: still a length, with no days
        return None


def _shift_day(day: date, unit: str, count: int) -> date:
    return shift(Period(unit, day), count).first


def set_value(u: Underspecified) -> str:
    """The TIMEX3 value of a recurring time: XXXX-WXX-1TNI, XXXX-10, XXXX-10-03, XXXX-SP, XXXX-WXX-WE,
    XXXX-XX-XXTNI (every night), P1W, P2W (every two weeks), PXY (every few years), PT1H."""
    if u.weekday is not None:
        return f"XXXX-WXX-{u.weekday}" + (f"T{u.time}" if u.time else "")
    if u.month is not None:
        return f"XXXX-{u.month:02d}" + (f"-{u.day:02d}" if u.day else "")
    if u.season is not None:
        return f"XXXX-{u.season}"
    if u.unit == "weekend":  # a weekend is no length of time: every week's weekend
        return "XXXX-WXX-WE"
    if u.unit == "weekdays":  # the working days of every week
        return "XXXX-WXX-WD"
    if u.unit is None:  # a part of every day
        return f"XXXX-XX-XXT{u.time}"
    # decades and centuries in years, as the gold counts them ("two decades" P20Y): "once a decade" P10Y
    unit, every = _in_years(u.unit, 1 if u.amount is None else u.amount)
    return f"PT{every}{DURATION_LETTER[unit]}" if unit in TIME_UNITS else f"P{every}{DURATION_LETTER[unit]}"
