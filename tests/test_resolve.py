"""Date arithmetic: periods, shifts, thirds, and anchoring underspecified values."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.timex.meaning import Underspecified
from ingest.timex.periods import (Period, add_months, calendar_period, containing, easter_sunday, narrow,
                                  nth_weekday, shift, week_of_month)
from ingest.timex.resolve import ReferenceContext, resolve

D = date.fromisoformat


@pytest.mark.parametrize(
    "day, unit, value, first, last",
    [
        ("2021-11-01", "week", "2021-W44", "2021-11-01", "2021-11-07"),
        ("2021-01-01", "week", "2020-W53", "2020-12-28", "2021-01-03"),  # ISO week of the old year
        ("2019-12-30", "week", "2020-W01", "2019-12-30", "2020-01-05"),  # ISO week of the new year
        ("2021-11-03", "weekend", "2021-W44-WE", "2021-11-06", "2021-11-07"),
        ("2024-02-10", "month", "2024-02", "2024-02-01", "2024-02-29"),  # leap year
        ("2023-02-10", "month", "2023-02", "2023-02-01", "2023-02-28"),
        ("2021-11-01", "quarter", "2021-Q4", "2021-10-01", "2021-12-31"),
        ("2021-05-15", "season", "2021-SP", "2021-03-01", "2021-05-31"),
        ("2021-01-15", "season", "2020-WI", "2020-12-01", "2021-02-28"),  # winter spans the new year
        ("2021-11-01", "year", "2021", "2021-01-01", "2021-12-31"),
        ("2021-11-01", "half", "2021-H2", "2021-07-01", "2021-12-31"),
        ("1994-06-01", "decade", "199", "1990-01-01", "1999-12-31"),
        ("1994-06-01", "century", "19", "1900-01-01", "1999-12-31"),
    ],
)
def test_containing_period(day, unit, value, first, last):
    period = containing(D(day), unit)
    assert (period.value, period.first, period.last) == (value, D(first), D(last))


@pytest.mark.parametrize(
    "day, unit, count, value",
    [
        ("2021-01-04", "week", -1, "2020-W53"),
        ("2020-12-31", "day", 1, "2021-01-01"),
        ("2021-03-31", "month", -1, "2021-02"),
        ("2021-02-15", "quarter", -1, "2020-Q4"),
        ("2021-07-01", "season", -2, "2020-WI"),
        ("2021-11-01", "year", -3, "2018"),
        ("1998-02-06", "decade", -1, "198"),
    ],
)
def test_shift(day, unit, count, value):
    assert shift(containing(D(day), unit), count).value == value


@pytest.mark.parametrize(
    "day, months, expected",
    [("2021-01-31", 1, "2021-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2021-03-31", -13, "2020-02-29"),
     ("2021-12-15", 1, "2022-01-15")],
)
def test_add_months_clamps_to_month_end(day, months, expected):
    assert add_months(D(day), months) == D(expected)


@pytest.mark.parametrize(
    "period, part, start, end",
    [
        (Period("month", D("2021-08-01")), "START", "2021-08-01", "2021-08-10"),
        (Period("month", D("2021-08-01")), "MID", "2021-08-11", "2021-08-20"),
        (Period("month", D("2021-08-01")), "END", "2021-08-21", "2021-08-31"),
        (Period("month", D("2024-02-01")), "END", "2024-02-21", "2024-02-29"),
        (Period("year", D("2015-01-01")), "START", "2015-01-01", "2015-04-30"),
        (Period("year", D("2015-01-01")), "MID", "2015-05-01", "2015-08-31"),
        (Period("year", D("2015-01-01")), "END", "2015-09-01", "2015-12-31"),
        (Period("decade", D("1990-01-01")), "END", "1996-09-01", "1999-12-31"),
        (Period("week", D("2021-11-01")), "START", "2021-11-01", "2021-11-02"),
        (Period("week", D("2021-11-01")), "END", "2021-11-06", "2021-11-07"),
        (Period("week", D("2021-11-01")), None, "2021-11-01", "2021-11-07"),
    ],
)
def test_narrow_to_thirds(period, part, start, end):
    assert narrow(period, part) == (D(start), D(end))


@pytest.mark.parametrize(
    "year, easter",
    [(2019, "2019-04-21"), (2021, "2021-04-04"), (2022, "2022-04-17"), (2024, "2024-03-31"), (2038, "2038-04-25"),
     (2285, "2285-03-22")],  # the latest and earliest possible dates
)
def test_easter_sunday(year, easter):
    assert easter_sunday(year) == D(easter)


@pytest.mark.parametrize(
    "month, nth, value",
    [
        ("2022-03-01", 1, "2022-W09"),  # March 1-7 2022, middle Friday the 4th
        ("2021-08-01", 2, "2021-W32"),  # August 8-14, middle Wednesday the 11th
    ],
)
def test_week_of_month_holds_the_middle_of_its_seven_days(month, nth, value):
    assert week_of_month(Period("month", D(month)), nth).value == value


@pytest.mark.parametrize(
    "year, month, weekday, nth, day",
    [
        (2021, 11, 4, 4, "2021-11-25"),  # Thanksgiving
        (2021, 9, 1, 1, "2021-09-06"),  # Labor Day
        (2021, 5, 1, -1, "2021-05-31"),  # Memorial Day, the last Monday of May
        (2024, 5, 1, -1, "2024-05-27"),  # a May with only four Mondays
    ],
)
def test_nth_weekday(year, month, weekday, nth, day):
    assert nth_weekday(year, month, weekday, nth) == D(day)


@pytest.mark.parametrize(
    "year, day",
    [
        (2024, "2024-11-05"),
        (2022, "2022-11-08"),  # November opens on a Tuesday: Election Day is the next one
        (2026, "2026-11-03"),  # November opens on a Sunday
    ],
)
def test_us_election_day_is_the_first_tuesday_from_november_2(year, day):
    assert nth_weekday(year, 11, 2, 1, from_day=2) == D(day)


def test_calendar_period_rejects_impossible_dates():
    with pytest.raises(ValueError):
        calendar_period(2021, 9, 31)


NOV_1 = ReferenceContext(dct=D("2021-11-01"))


@pytest.mark.parametrize(
    "meaning, context, value, start, end, anchor",
    [
        (Underspecified("DATE", month=8, day=26), NOV_1, "2021-08-26", "2021-08-26", "2021-08-26", "publication"),
        (Underspecified("DATE", month=12, day=30), ReferenceContext(D("2022-01-03"), "past"),
         "2021-12-30", "2021-12-30", "2021-12-30", "publication"),
        (Underspecified("DATE", month=1, day=4), ReferenceContext(D("2021-12-20"), "future"),
         "2022-01-04", "2022-01-04", "2022-01-04", "publication"),
        (Underspecified("DATE", month=2, day=29), ReferenceContext(D("2021-03-01"), "past"),
         "2021-02-28", "2021-02-28", "2021-02-28", "publication"),
        (Underspecified("DATE", month=4, direction="before"), ReferenceContext(D("2021-04-15")),
         "2020-04", "2020-04-01", "2020-04-30", "publication"),
        (Underspecified("DATE", quarter=3), ReferenceContext(D("1989-11-02"), "past"),
         "1989-Q3", "1989-07-01", "1989-09-30", "publication"),
        (Underspecified("DATE", season="SU", direction="before"), NOV_1, "2021-SU", "2021-06-01", "2021-08-31", "publication"),
        (Underspecified("DATE", unit="week", offset=-1), NOV_1, "2021-W43", "2021-10-25", "2021-10-31", "publication"),
        # "Friday of last week": that weekday of the relative week
        (Underspecified("DATE", unit="week", offset=-1, weekday=5), NOV_1, "2021-10-29", "2021-10-29", "2021-10-29", "publication"),
        (Underspecified("DATE", unit="year", offset=-1, part="END"), NOV_1, "2020", "2020-09-01", "2020-12-31", "publication"),
        (Underspecified("DATE", weekday=7), ReferenceContext(D("2021-11-01"), "past"),
         "2021-10-31", "2021-10-31", "2021-10-31", "publication"),
        (Underspecified("DATE", weekday=1), ReferenceContext(D("2021-11-01"), "past"),
         "2021-11-01", "2021-11-01", "2021-11-01", "publication"),
        (Underspecified("DATE", weekday=1, direction="before"), NOV_1, "2021-10-25", "2021-10-25", "2021-10-25", "publication"),
        (Underspecified("DATE", weekday=5), ReferenceContext(D("2021-11-01"), "future"),
         "2021-11-05", "2021-11-05", "2021-11-05", "publication"),
        # "ahead of Sunday's vote": on or after the reference day, even in a past sentence
        (Underspecified("DATE", weekday=7, direction="ahead"), ReferenceContext(D("2021-11-01"), "past"),
         "2021-11-07", "2021-11-07", "2021-11-07", "publication"),
        (Underspecified("DATE", weekday=1, direction="ahead"), ReferenceContext(D("2021-11-01"), "past"),
         "2021-11-01", "2021-11-01", "2021-11-01", "publication"),
        (Underspecified("DATE", unit="day", offset=2, anchor="previous"),
         ReferenceContext(D("2021-11-01"), last_mentioned=Period("day", D("2021-05-03"))), "2021-05-05", "2021-05-05", "2021-05-05", "previous"),
        (Underspecified("DATE", unit="day", offset=2, anchor="previous"), NOV_1, "2021-11-03", "2021-11-03", "2021-11-03", "publication"),
        (Underspecified("DATE", year=2015, month=1), ReferenceContext(None), "2015-01", "2015-01-01", "2015-01-31", "absolute"),
        (Underspecified("DATE", unit="year", offset=-1, anchor="comparable"),
         ReferenceContext(D("1989-11-02"), comparison_period=Period("quarter", D("1989-07-01"))),
         "1988-Q3", "1988-07-01", "1988-09-30", "previous"),
        (Underspecified("DATE", unit="year", offset=-1, anchor="comparable"),
         ReferenceContext(D("1989-11-02"), last_mentioned=Period("day", D("1989-10-02"))),
         "1988", "1988-01-01", "1988-12-31", "publication"),
        (Underspecified("DATE", year=1989, half=2), NOV_1, "1989-H2", "1989-07-01", "1989-12-31", "absolute"),
        (Underspecified("DATE", decade=199), NOV_1, "199", "1990-01-01", "1999-12-31", "absolute"),
        (Underspecified("TIME", unit="day", offset=0, time="MO"), NOV_1, "2021-11-01TMO", "2021-11-01", "2021-11-01", "publication"),
        (Underspecified("DURATION", amount=2, unit="week", range="past"), NOV_1, "P2W", "2021-10-19", "2021-11-01", "publication"),
        (Underspecified("DURATION", amount=1, unit="year", range="future"), NOV_1, "P1Y", "2021-11-01", "2022-10-31", "publication"),
        # a day of the month alone: the tense picks the month, a missing 31st is skipped
        (Underspecified("DATE", day=28), ReferenceContext(D("2021-11-01"), "past"),
         "2021-10-28", "2021-10-28", "2021-10-28", "publication"),
        (Underspecified("DATE", day=6), ReferenceContext(D("2021-11-01"), "future"),
         "2021-11-06", "2021-11-06", "2021-11-06", "publication"),
        (Underspecified("DATE", day=31), ReferenceContext(D("2021-11-15"), "future"),
         "2021-12-31", "2021-12-31", "2021-12-31", "publication"),
        (Underspecified("DATE", day=2), NOV_1, "2021-11-02", "2021-11-02", "2021-11-02", "publication"),
        # a span of years: the value is the start, the days cover both
        (Underspecified("DATE", year=2021, end_year=2022), NOV_1, "2021", "2021-01-01", "2022-12-31", "absolute"),
        # movable feasts follow the tense like any year-less date
        (Underspecified("DATE", feast=("easter", -2)), ReferenceContext(D("2021-11-01"), "past"),
         "2021-04-02", "2021-04-02", "2021-04-02", "publication"),
        (Underspecified("DATE", feast=("easter", 0)), ReferenceContext(D("2021-11-01"), "future"),
         "2022-04-17", "2022-04-17", "2022-04-17", "publication"),
        # a lunar feast falling twice in a year: the tense picks one, a stated year neither;
        # a year outside its table: the year is known, the day not
        (Underspecified("DATE", feast=("eid_al_fitr", 0)), ReferenceContext(D("2000-06-01"), "past"),
         "2000-01-08", "2000-01-08", "2000-01-08", "publication"),
        (Underspecified("DATE", feast=("eid_al_fitr", 0)), ReferenceContext(D("2000-06-01"), "future"),
         "2000-12-27", "2000-12-27", "2000-12-27", "publication"),
        (Underspecified("DATE", year=2000, feast=("eid_al_fitr", 0)), NOV_1, "2000-XX-XX", "2000-01-01", "2000-12-31",
         "absolute"),
        (Underspecified("DATE", year=2070, feast=("diwali", 0)), NOV_1, "2070-XX-XX", "2070-01-01", "2070-12-31",
         "absolute"),
        (Underspecified("DATE", feast=("lunar_new_year", -1), direction="after"), NOV_1,
         "2022-01-31", "2022-01-31", "2022-01-31", "publication"),
        # "last winter" in February: the one before the winter under way
        (Underspecified("DATE", season="WI", direction="before"), ReferenceContext(D("2026-02-15")),
         "2024-WI", "2024-12-01", "2025-02-28", "publication"),
        # distances: hours fall on a day, decades count years
        (Underspecified("DATE", unit="hour", offset=48, anchor="previous", distance=True),
         ReferenceContext(D("2021-11-01"), last_mentioned=Period("day", D("2021-03-02"))),
         "2021-03-04", "2021-03-04", "2021-03-04", "previous"),
        (Underspecified("DATE", unit="decade", offset=-2, distance=True), NOV_1, "2001", "2001-01-01", "2001-12-31", "publication"),
        (Underspecified("DATE", unit="day", offset=0, year_offset=-1), NOV_1, "2020-11-01", "2020-11-01", "2020-11-01", "publication"),
        # "overnight": the night before a past-tense day, else the coming one
        (Underspecified("TIME", unit="day", time="NI"), ReferenceContext(D("2021-11-01"), "past"),
         "2021-10-31TNI", "2021-10-31", "2021-10-31", "publication"),
        (Underspecified("TIME", unit="day", time="NI"), NOV_1, "2021-11-01TNI", "2021-11-01", "2021-11-01", "publication"),
        # "this weekend" in a past sentence read on a weekday is the one just gone
        (Underspecified("DATE", unit="weekend", offset=0), ReferenceContext(D("2021-11-03"), "past"),
         "2021-W43-WE", "2021-10-30", "2021-10-31", "publication"),
        (Underspecified("DATE", unit="weekend", offset=0), ReferenceContext(D("2021-11-03")),
         "2021-W44-WE", "2021-11-06", "2021-11-07", "publication"),
        # weeks of a month and of a day
        (Underspecified("DATE", month=3, week_of_month=1), ReferenceContext(D("2021-11-01"), "future"),
         "2022-W09", "2022-02-28", "2022-03-06", "publication"),
        (Underspecified("DATE", year=2000, month=3, day=6, week_of_day=True), NOV_1,
         "2000-W10", "2000-03-06", "2000-03-12", "absolute"),
        # the first or last units of a stated period
        (Underspecified("DURATION", amount=2, unit="month", range="first", year=2021), NOV_1,
         "P2M", "2021-01-01", "2021-02-28", "absolute"),
        (Underspecified("DURATION", amount=3, unit="week", range="last", year=2020, month=3), NOV_1,
         "P3W", "2020-03-11", "2020-03-31", "absolute"),
        # a last mentioned month or year is no day to count from: the day lies somewhere in it
        (Underspecified("DATE", unit="day", offset=1, anchor="previous"),
         ReferenceContext(D("2021-11-01"), last_mentioned=Period("month", D("2021-03-01"))),
         "2021-03-XX", "2021-03-01", "2021-03-31", "previous"),
        (Underspecified("TIME", unit="day", offset=1, time="MO", anchor="previous"),
         ReferenceContext(D("2021-11-01"), last_mentioned=Period("year", D("1990-01-01"))),
         "1990-XX-XX", "1990-01-01", "1990-12-31", "previous"),
        (Underspecified("DATE", unit="week", offset=0, anchor="previous"),
         ReferenceContext(D("2021-11-01"), last_mentioned=Period("year", D("1974-01-01"))),
         "1974-WXX", "1974-01-01", "1974-12-31", "previous"),
        (Underspecified("DATE", unit="year", offset=0, anchor="previous"),
         ReferenceContext(D("2021-11-01"), last_mentioned=Period("month", D("2019-03-01"))),
         "2019", "2019-01-01", "2019-12-31", "previous"),
        # a clock time alone falls on the day named earlier in its sentence
        (Underspecified("TIME", time="24:00"), ReferenceContext(D("2021-11-03"), day_spoken_of=D("2021-10-31")),
         "2021-10-31T24:00", "2021-10-31", "2021-10-31", "previous"),
        (Underspecified("TIME", time="24:00"), ReferenceContext(D("2021-11-03")),
         "2021-11-03T24:00", "2021-11-03", "2021-11-03", "publication"),
        # "the quarter" is the last quarter named, not a quarter of a later year or half
        (Underspecified("DATE", unit="quarter", offset=0, anchor="previous"),
         ReferenceContext(D("2021-11-01"), last_mentioned=Period("year", D("2022-01-01")),
                          comparison_period=Period("half", D("2021-01-01")), last_quarter=Period("quarter", D("2021-07-01"))),
         "2021-Q3", "2021-07-01", "2021-09-30", "previous"),
    ],
)
def test_resolve(meaning, context, value, start, end, anchor):
    resolved = resolve(meaning, context)
    assert (resolved.value, resolved.date_start, resolved.date_end, resolved.anchor) == (value, D(start), D(end), anchor)


@pytest.mark.parametrize(
    "meaning, value",
    [
        (Underspecified("DATE", unit="week", offset=-1), "XXXX-WXX"),
        (Underspecified("DATE", month=8, day=26), "XXXX-08-26"),
        (Underspecified("DATE", weekday=5), "XXXX-WXX-5"),
        (Underspecified("DATE", quarter=3), "XXXX-Q3"),
        (Underspecified("DATE", unit="day", offset=-1), "XXXX-XX-XX"),
        (Underspecified("TIME", time="15:00"), "XXXX-XX-XXT15:00"),
        (Underspecified("DATE", day=28), "XXXX-XX-28"),
        (Underspecified("DATE", feast=("easter", 0)), "XXXX-XX-XX"),
        (Underspecified("DATE", month=3, week_of_month=2), "XXXX-WXX"),
        (Underspecified("TIME", unit="day", time="NI"), "XXXX-XX-XXTNI"),
    ],
)
def test_unknown_dct_keeps_value_underspecified(meaning, value):
    resolved = resolve(meaning, ReferenceContext(None))
    assert (resolved.value, resolved.date_start, resolved.date_end, resolved.anchor) == (value, None, None, "unresolved")


@pytest.mark.parametrize(
    "meaning, value",
    [
        (Underspecified("DURATION", amount=6, unit="month"), "P6M"),
        (Underspecified("DURATION", amount="X", unit="week"), "PXW"),
        (Underspecified("DURATION", amount=24, unit="hour"), "PT24H"),
        (Underspecified("DURATION", amount=2, unit="year", plus_half=True), "P2Y6M"),
        (Underspecified("DURATION", amount=5, unit="hour", plus_half=True), "PT5H30M"),
        (Underspecified("DURATION", amount=2, unit="decade"), "P20Y"),
        (Underspecified("SET", unit="day"), "P1D"),
        (Underspecified("SET", unit="hour"), "PT1H"),
        (Underspecified("SET", weekday=2, time="NI"), "XXXX-WXX-2TNI"),
    ],
)
def test_duration_and_set_values(meaning, value):
    assert resolve(meaning, NOV_1).value == value
