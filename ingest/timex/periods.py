"""Calendar periods: the day range and TIMEX3 value of a day, week, month ...

Pure date arithmetic; a Period is identified by its unit and first day. The
feasts of other calendars are looked up in calendars.toml (read once).
"""

from __future__ import annotations

import calendar
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

CALENDARS_PATH = Path(__file__).parent / "calendars.toml"
# The season of the same months in the other hemisphere: the southern summer is December to February.
OPPOSITE_SEASON = {"SP": "FA", "SU": "WI", "FA": "SP", "WI": "SU"}

UNITS = ("day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century")
MONTHS_PER = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}
YEARS_PER = {"decade": 10, "century": 100, "millennium": 1000}
# Units shorter than a day: durations and offsets, never a period of their own.
TIME_UNITS = ("hour", "minute", "second")

# First month of each meteorological season; winter starts in December.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# The TIMEX3 value of a period of each unit when the year is unknown.
UNKNOWN_VALUE = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX",
}


@dataclass(frozen=True)
class Period:
    """One calendar period: a unit of UNITS and the period's first day."""

    unit: str
    first: date

    @property
    def last(self) -> date:
        """The period's last day (a weekend's Sunday)."""
        after = shift(self, 1).first
        return after - timedelta(days=1 if self.unit != "weekend" else 6)

    @property
    def value(self) -> str:
        """The TIMEX3 value: 2021-11-01, 2021-W44, 2021-W44-WE, 2021-11, 2021-Q4, 2021-H2, 2021-FA, 2021, 202, 20."""
        d = self.first
        if self.unit == "day":
            return d.isoformat()
        if self.unit in ("week", "weekend"):
            iso_year, week, _ = d.isocalendar()
            return f"{iso_year:04d}-W{week:02d}" + ("-WE" if self.unit == "weekend" else "")
        if self.unit == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.unit == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.unit == "half":
            return f"{d.year:04d}-H{1 if d.month < 7 else 2}"
        if self.unit == "season":
            season = next(name for name, month in SEASON_START.items() if month == d.month)
            return f"{d.year:04d}-{season}"
        if self.unit == "year":
            return f"{d.year:04d}"
        if self.unit == "decade":
            return f"{d.year // 10:03d}"
        return f"{d.year // 100:02d}"


def easter_sunday(year: int) -> date:
    """Western Easter: the anonymous Gregorian computus."""
    golden = year % 19
    century, year_in_century = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    moon_correction = (century + 8) // 25
    epact = (19 * golden + century - leap_centuries - (century - moon_correction + 1) // 3 + 15) % 30
    leap_years, year_rest = divmod(year_in_century, 4)
    weekday_shift = (32 + 2 * century_rest + 2 * leap_years - epact - year_rest) % 7
    late = (golden + 11 * epact + 22 * weekday_shift) // 451
    month, day = divmod(epact + weekday_shift - 7 * late + 114, 31)
    return date(year, month, day + 1)


# 1 Muharram of year 1 of the tabular Islamic calendar, in the proleptic Gregorian calendar.
HIJRI_EPOCH = date(622, 7, 19)


def hijri_month_year(hijri_year: int, hijri_month: int) -> int:
    """The Gregorian year a Hijri month begins in, by the tabular (arithmetic)
    calendar: within a day or two of the sighted one, enough to pick the year
    whose row of calendars.toml holds the month's start."""
    days = (hijri_year - 1) * 354 + (3 + 11 * hijri_year) // 30 + -(-59 * (hijri_month - 1) // 2)
    return (HIJRI_EPOCH + timedelta(days=days)).year


@cache
def calendar_days() -> dict[str, dict[int, list[date]]]:
    """The feasts of calendars.toml, by calendar key and Gregorian year."""
    table = tomllib.loads(CALENDARS_PATH.read_text(encoding="utf-8"))
    by_key: dict[str, dict[int, list[date]]] = {}
    for key, section in table.items():
        years = by_key.setdefault(key, {})
        for day in map(date.fromisoformat, section["days"]):
            years.setdefault(day.year, []).append(day)
    return by_key


def feast_days(calendar_key: str, year: int) -> list[date]:
    """The days a calendar's feast falls on in a Gregorian year: Easter's computed,
    the others' from the table, where a lunar feast may fall twice (Eid al-Fitr in
    2000) and a year outside the table has none; "eid" is both Eids'."""
    if calendar_key == "easter":
        return [easter_sunday(year)]
    if calendar_key == "eid":  # a bare "Eid" the text does not tie to one: either
        return sorted(feast_days("eid_al_fitr", year) + feast_days("eid_al_adha", year))
    return calendar_days()[calendar_key].get(year, [])


def nth_weekday(year: int, month: int, weekday: int, nth: int, from_day: int = 1) -> date:
    """The nth ISO weekday of a month (nth -1: its last) on or after from_day: Thanksgiving
    is the 4th Thursday; US Election Day the first Tuesday from November 2."""
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, from_day)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def nth_working_day(year: int, month: int | None, nth: int) -> date:
    """The nth day of a month (of the year when month is None) that falls Monday to
    Friday (nth -1: its last). Public holidays differ by country and are not known
    here, save New Year's Day, kept wherever the year begins on 1 January."""
    if month is None:
        month = 1 if nth > 0 else 12
    days = [date(year, month, day) for day in range(1, calendar.monthrange(year, month)[1] + 1)]
    working = [day for day in days if day.isoweekday() <= 5 and (day.month, day.day) != (1, 1)]
    return working[nth - 1] if nth > 0 else working[nth]


def week_of_month(month: Period, nth: int) -> Period:
    """The ISO week holding the middle day of a month's nth seven days (its last seven for -1)."""
    middle = month.first + timedelta(days=7 * (nth - 1) + 3) if nth > 0 else month.last - timedelta(days=3)
    return containing(middle, "week")


def week_ending(day: date) -> Period:
    """The ISO week holding most of the seven days that end on `day`: the week
    to Sunday is that Sunday's week, the week ended Friday the Friday's, the
    week to Monday the week before it."""
    return containing(day - timedelta(days=3), "week")


def weekend_nearest(day: date) -> Period:
    """The weekend nearest `day`, as a holiday's weekend: Thanksgiving's (a
    Thursday) follows it, Memorial Day's (a Monday) goes before it."""
    return containing(day - timedelta(days=2), "weekend")


def add_months(d: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end (Jan 31 + 1 -> Feb 28/29)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def containing(d: date, unit: str) -> Period:
    """The period of `unit` that contains day d (for weekend: that ISO week's weekend)."""
    if unit == "day":
        return Period(unit, d)
    if unit == "week":
        return Period(unit, d - timedelta(days=d.weekday()))
    if unit == "weekend":
        return Period(unit, d - timedelta(days=d.weekday()) + timedelta(days=5))
    if unit == "month":
        return Period(unit, d.replace(day=1))
    if unit == "quarter":
        return Period(unit, date(d.year, (d.month - 1) // 3 * 3 + 1, 1))
    if unit == "half":
        return Period(unit, date(d.year, 1 if d.month < 7 else 7, 1))
    if unit == "season":
        start = add_months(d.replace(day=1), -((d.month - 3) % 3))
        return Period(unit, start)
    if unit == "year":
        return Period(unit, date(d.year, 1, 1))
    if unit == "decade":
        return Period(unit, date(d.year // 10 * 10, 1, 1))
    if unit == "century":
        return Period(unit, date(max(d.year // 100 * 100, 1), 1, 1))
    raise ValueError(f"unknown unit {unit!r}")


def period_ending(day: date, unit: str) -> Period:
    """The calendar quarter (or half) holding most of the three (six) months that end on `day`.

    Companies close quarters on other days than the calendar's: one ended July 31
    is mostly the second quarter, one ended Sept. 29 or Oct. 1 the third.
    """
    start = add_months(day, -MONTHS_PER[unit])
    return containing(start + timedelta(days=(day - start).days // 2), unit)


def shift(period: Period, count: int) -> Period:
    """The period `count` units after (negative: before) this one."""
    if period.unit == "day":
        return Period("day", period.first + timedelta(days=count))
    if period.unit in ("week", "weekend"):
        return Period(period.unit, period.first + timedelta(weeks=count))
    return Period(period.unit, add_months(period.first, count * MONTHS_PER[period.unit]))


def calendar_period(year: int, month: int | None = None, day: int | None = None,
                    quarter: int | None = None, season: str | None = None, half: int | None = None,
                    iso_week: int | None = None) -> Period:
    """The period named by calendar fields; raises ValueError for impossible dates."""
    if iso_week is not None:
        return Period("week", date.fromisocalendar(year, iso_week, 1))
    if day is not None and month is not None:  # day -1: the month's last
        return Period("day", date(year, month, day if day > 0 else calendar.monthrange(year, month)[1]))
    if month is not None:
        return Period("month", date(year, month, 1))
    if quarter is not None:
        return Period("quarter", date(year, (quarter - 1) * 3 + 1, 1))
    if half is not None:
        return Period("half", date(year, (half - 1) * 6 + 1, 1))
    if season is not None:
        return Period("season", date(year, SEASON_START[season], 1))
    return Period("year", date(year, 1, 1))


def narrow(period: Period, part: str | None) -> tuple[date, date]:
    """The day range of the START, MID or END third of a period (whole period otherwise).

    Months split 1-10 / 11-20 / 21-end, years Jan-Apr / May-Aug / Sep-Dec;
    other units split their days into thirds.
    """
    first, last = period.first, period.last
    if part not in ("START", "MID", "END"):
        return first, last
    if period.unit == "month":
        bounds = {"START": (1, 10), "MID": (11, 20), "END": (21, last.day)}[part]
        return first.replace(day=bounds[0]), first.replace(day=bounds[1])
    if period.unit in ("year", "decade", "century"):
        months = (last.year - first.year + 1) * 12
        third = months // 3
        start_offset = {"START": 0, "MID": third, "END": 2 * third}[part]
        start = add_months(first, start_offset)
        return start, add_months(start, third) - timedelta(days=1)
    days = (last - first).days + 1
    third = max(days // 3, 1)
    start_offset = {"START": 0, "MID": third, "END": days - third}[part]
    length = days - 2 * third if part == "MID" else third
    start = first + timedelta(days=start_offset)
    return start, start + timedelta(days=max(length, 1) - 1)
