"""Which occurrence a text means of a weekday, a day of the month, or a day, month,
quarter, season or feast named without its year (pure): the one a direction word
("last", "next") picks, else the one the tense points to, else the nearest to the
reference date.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .meaning import Underspecified
from .periods import Period, add_months, calendar_period, feast_days, nth_weekday, nth_working_day

# How far a yearless date may lie on the "wrong" side of the DCT before the
# tense moves it a year: past-tense news still names deadlines a few weeks
# ahead ("asked it to respond by Oct. 31"), future-tense news cut-off days a few
# weeks back ("will count votes cast through Sept. 29"), and a future "third
# quarter" read in November is this year's; a future "Feb. 20" or "January"
# read in April is next year's.
PAST_TENSE_SLACK = timedelta(days=31)
FUTURE_TENSE_SLACK = timedelta(days=92)
DAY_FUTURE_TENSE_SLACK = timedelta(days=31)  # for a day or a month


def weekday_day(u: Underspecified, ref: date, tense: str | None) -> date:
    """A weekday alone: strictly before or after for last/next, on or after for "ahead of
    Sunday's vote", else the side the tense points to."""
    ahead = (u.weekday - ref.isoweekday()) % 7  # 0..6 days forward to that weekday
    if u.direction == "before":  # "last Friday": strictly before
        delta = ahead - 7
    elif u.direction == "after":  # "next Friday": strictly after
        delta = ahead or 7
    elif u.direction == "ahead" or tense == "future":  # "ahead of Sunday's vote": on or after
        delta = ahead
    elif tense == "past":
        delta = ahead - 7 if ahead else 0
    else:
        delta = ahead if ahead <= 3 else ahead - 7
    return ref + timedelta(days=delta)


def month_day(u: Underspecified, ref: date, tense: str | None) -> date:
    """A day of the month alone ("the 6th"): in the reference month or the one the tense points to."""
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
    return day


def yearless_period(u: Underspecified, ref: date, anchor: str, tense: str | None) -> Period | None:
    """A day, month, quarter, season or feast without its year: of its occurrences in
    the years around the reference, the latest wholly before it for "last", the
    earliest after it for "next", else the one the tense points to, else the nearest;
    None for a feast in years outside its table."""
    if u.year_offset is not None:
        year = ref.year + u.year_offset
        # "this winter" said in January, or in March just after it, began the year before;
        # "that winter" after a day of January too
        slack = PAST_TENSE_SLACK if anchor == "publication" else timedelta(0)
        if u.season is not None and year == ref.year and period_in(u, year - 1).last >= ref - slack:
            year -= 1
        return period_in(u, year)
    # two years back too: "last winter" said in February, a winter under way, is the one before
    around = {shift_by: _occurrences(u, ref.year + shift_by) for shift_by in (-2, -1, 0, 1)}
    # a day's slack may cross the year's end: "counting from the December 29 vote will
    # run until Friday", said on 3 January, is the December just gone
    near_day = around if u.day is not None or u.feast is not None else {-1: [], 1: []}
    if u.direction == "before":
        picked = [p for p in around[-2] + around[-1] + around[0] if p.last < ref][-1:]
    elif u.direction == "after":
        picked = [p for p in around[0] + around[1] if p.first > ref][:1]
    elif u.direction == "begun":  # "figures for December will be published", said in January
        picked = [p for p in around[-1] + around[0] if p.first <= ref][-1:]
    elif tense == "past":
        picked = [p for p in around[-1] + around[0] + near_day[1] if p.first <= ref + PAST_TENSE_SLACK][-1:]
    elif tense == "future":
        # a season over is no future one: "the next round opens in the fall", said in December
        slack = DAY_FUTURE_TENSE_SLACK if (u.day or u.month or u.feast) is not None \
            else timedelta(0) if u.season else FUTURE_TENSE_SLACK
        picked = [p for p in near_day[-1] + around[0] + around[1] if p.last >= ref - slack][:1]
    else:  # this year's on a tie
        picked = sorted(around[0] + around[-1] + around[1], key=lambda p: _distance(p, ref))[:1]
    return picked[0] if picked else None


def _distance(period: Period, day: date) -> int:
    """Days between a day and the nearest day of a period (0 inside it)."""
    if day < period.first:
        return (period.first - day).days
    return max((day - period.last).days, 0)


def _occurrences(u: Underspecified, year: int) -> list[Period]:
    """The stated period in the given year: a feast of a lunar calendar may fall
    twice in it or, in a year outside its table, on no day known."""
    if u.feast is None:
        return [period_in(u, year)]
    calendar_key, offset = u.feast
    return [Period("day", day + timedelta(days=offset)) for day in feast_days(calendar_key, year)]


def period_in(u: Underspecified, year: int) -> Period:
    """The stated day, month, quarter, season or holiday in the given year; the
    year itself for a feast that does not fall on one known day of it."""
    if u.feast is not None:
        occurrences = _occurrences(u, year)
        return occurrences[0] if len(occurrences) == 1 else Period("year", date(year, 1, 1))
    if u.nth is not None and u.weekday is None:
        return Period("day", nth_working_day(year, u.month, u.nth))
    if u.nth is not None:
        return Period("day", nth_weekday(year, u.month, u.weekday, u.nth, u.day or 1))
    day = u.day
    if u.month == 2 and day == 29 and not calendar.isleap(year):
        day = 28  # a Feb 29 in a year without one: keep the month, not an error
    return calendar_period(year, u.month, day, u.quarter, u.season, u.half, u.iso_week)


def unknown_year_value(u: Underspecified) -> str:
    """The TIMEX3 value of a yearless expression when there is nothing to anchor it to."""
    if u.nth is not None or u.feast is not None:
        return "XXXX-XX-XX"
    if u.month is not None:
        return f"XXXX-{u.month:02d}" + (f"-{u.day:02d}" if u.day is not None and u.day > 0 else "")
    if u.quarter is not None:
        return f"XXXX-Q{u.quarter}"
    if u.half is not None:
        return f"XXXX-H{u.half}"
    if u.iso_week is not None:
        return f"XXXX-W{u.iso_week:02d}"
    return f"XXXX-{u.season}"
