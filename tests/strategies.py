"""Hypothesis strategies and expectations shared by the property tests: date
expressions with the day range a reader gives them, scraped-page lines, and
the TIMEX3 value grammar."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from hypothesis import settings, strategies as st

from ingest.timex import Timex

FEW = settings(max_examples=40, deadline=None, derandomize=True)
SOME = settings(max_examples=120, deadline=None, derandomize=True)

# ------------------------------------------------------------------ the TIMEX3 value grammar

_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4]\d|5[0-3]|XX)"
_TIME = r"T(?:(?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d)?|MO|AF|EV|NI|DT)"
_YEAR_PART = (
    rf"-{_MONTH}(?:-{_DAY})?"  # month, day
    rf"|-W{_WEEK}(?:-(?:[1-7]|WE))?"  # week, day of week, weekend
    r"|-Q(?:[1-4]|X)|-H(?:[12]|X)|-(?:SP|SU|FA|WI)"  # quarter, half, season
)
_CALENDAR = rf"BC\d{{4}}|BC\d{{2}}|(?:\d{{4}}|XXXX)(?:{_YEAR_PART})?(?:{_TIME})?|(?:\d{{3}}|XXX)|(?:\d{{2}}|XX)"
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = rf"P(?=.)(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE))*(?:T(?=.)(?:{_AMOUNT}[HMS])+)?"
TIMEX3_VALUE = re.compile(rf"{_CALENDAR}|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF")

TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}

# ------------------------------------------------------------------ generators

# Strings that have broken date parsers: impossible days, huge numbers, edge years.
TRICKY = [
    "31/02/2021", "Feb 30", "February 29, 2100", "0000-00-00", "9999-99-99", "12/31/99999",
    "99999999999999999999", "Dec 31, 9999", "January 1, 0001", "the year 10000", "Q4 9999",
    "the 1990s", "the 21st century", "last week", "next year", "tomorrow", "3 days ago",
    "in 10 days", "2021-11-03T22:15:00-05:00", "10:75 p.m.", "25:00", "Nov 3-1", "2021/20",
    "every Monday", "the fourth Thursday of November", "mid-August", "Sept. 31", "1 1/2 years",
    "\x00", "\u2028", "\r\n", "\t", "March", "May", "may", "Mr.", "U.S.", "a.m.", "\u00a0",
]
EDGE_DCTS = [date(1, 1, 1), date(1, 1, 7), date(9999, 12, 31), date(9999, 12, 25), date(2000, 2, 29)]

any_dct = st.one_of(st.none(), st.sampled_from(EDGE_DCTS), st.dates())
modern_dct = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
# Days a news article may name, the ends of the range included.
news_day = st.one_of(st.sampled_from([date(1900, 1, 1), date(2099, 12, 31), date(2100, 3, 5)]), modern_dct)

arbitrary_text = st.lists(
    st.one_of(st.text(max_size=20), st.sampled_from(TRICKY), st.from_regex(r"\d{1,25}", fullmatch=True)),
    max_size=12,
).flatmap(lambda parts: st.sampled_from([" ", "", "\n", ". ", ", "]).map(lambda sep: sep.join(parts)))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Filler of our own that neither names a date nor joins one ("the council said ... that").
OPENINGS = ["The council said", "Residents reported", "A spokesperson confirmed", "Officials met"]
CLOSINGS = ["that the road would close.", "after the vote.", "in the town hall.", "as planned."]


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_shift(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


@dataclass(frozen=True)
class Expression:
    """A date expression to embed in a sentence, and what it must resolve to.

    lead: a preposition written before it but no part of it ("on" Monday).
    check(dct, timex): whether the timex found for it is right for that publication date.
    """

    phrase: str
    check: Callable[[date, Timex], bool]
    lead: str = ""


def _one_day(timex: Timex, day: date) -> bool:
    return timex.date_start == timex.date_end == day


def _whole_month(timex: Timex, year: int, month: int) -> bool:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return (timex.date_start, timex.date_end) == (date(year, month, 1), last)


def _whole_years(timex: Timex, first: int, last: int) -> bool:
    return (timex.date_start, timex.date_end) == (date(first, 1, 1), date(last, 12, 31))


def _days_away(phrase_days):
    # "3 days ago", "two weeks ago", "yesterday": one day, counted from publication.
    phrase, days = phrase_days
    return Expression(phrase, lambda dct, t: _one_day(t, dct + timedelta(days=days)))


def _month_away(phrase_months):
    phrase, months = phrase_months
    return Expression(phrase, lambda dct, t: _whole_month(t, *_month_shift(dct, months)))


def _year_away(phrase_years):
    phrase, years = phrase_years
    return Expression(phrase, lambda dct, t: _whole_years(t, dct.year + years, dct.year + years))


def _week_away(phrase_weeks):
    phrase, weeks = phrase_weeks

    def check(dct, timex):
        monday = _week_start(dct) + timedelta(weeks=weeks)
        return (timex.date_start, timex.date_end) == (monday, monday + timedelta(days=6))

    return Expression(phrase, check)


def _weekday(index):
    # A bare weekday is the nearest one before or after publication, within a week.
    def check(dct, timex):
        return timex.date_start == timex.date_end and timex.date_start.weekday() == index \
            and abs((timex.date_start - dct).days) <= 7

    return Expression(WEEKDAYS[index], check, lead="on ")


def _last_next_weekday(direction_index):
    direction, index = direction_index
    sign = -1 if direction == "last" else 1

    def check(dct, timex):
        return timex.date_start == timex.date_end and timex.date_start.weekday() == index \
            and 1 <= sign * (timex.date_start - dct).days <= 14

    return Expression(f"{direction} {WEEKDAYS[index]}", check)


def _month_day(month_day):
    month, day = month_day

    def check(dct, timex):
        return timex.date_start == timex.date_end and abs(timex.date_start.year - dct.year) <= 1 \
            and (timex.date_start.month, timex.date_start.day) == (month, day)

    return Expression(f"{MONTHS[month - 1]} {day}", check)


def _month_alone(month):
    def check(dct, timex):
        year = timex.date_start.year
        return abs(year - dct.year) <= 1 and _whole_month(timex, year, month)

    return Expression(MONTHS[month - 1], check, lead="in ")


def _full_date(day):
    return Expression(f"{MONTHS[day.month - 1]} {day.day}, {day.year}", lambda dct, t: _one_day(t, day))


def _day_month_year(day):
    return Expression(f"{day.day} {MONTHS[day.month - 1]} {day.year}", lambda dct, t: _one_day(t, day))


def _in_year(year):
    return Expression(str(year), lambda dct, t: _whole_years(t, year, year), lead="in ")


def _decade(decade):
    return Expression(f"the {decade}s", lambda dct, t: _whole_years(t, decade, decade + 9), lead="in ")


def _part_of_month(part_offset):
    # "early last month": the part's days within that month, with its TimeML mod.
    (part, mod), offset = part_offset

    def check(dct, timex):
        year, month = _month_shift(dct, offset)
        first, last = date(year, month, 1), date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return timex.mod == mod and first <= timex.date_start <= timex.date_end <= last

    word = {-1: "last", 0: "this", 1: "next"}[offset]
    return Expression(f"{part} {word} month", check)


THIS_NEXT_LAST = [("last", -1), ("this", 0), ("next", 1)]
PARTS = [("early", "START"), ("late", "END")]


def _this_next_last(unit):
    return st.sampled_from([(f"{word} {unit}", offset) for word, offset in THIS_NEXT_LAST])


date_expressions = st.one_of(
    st.integers(2, 60).map(lambda n: (f"{n} days ago", -n)).map(_days_away),
    st.integers(2, 10).map(lambda n: (f"{n} weeks ago", -7 * n)).map(_days_away),
    st.sampled_from([("two days ago", -2), ("twenty-one days ago", -21), ("the day before yesterday", -2),
                     ("yesterday", -1), ("today", 0), ("tomorrow", 1)]).map(_days_away),
    _this_next_last("week").map(_week_away),
    _this_next_last("month").map(_month_away),
    st.integers(2, 11).map(lambda n: (f"{n} months ago", -n)).map(_month_away),
    _this_next_last("year").map(_year_away),
    st.integers(2, 50).map(lambda n: (f"{n} years ago", -n)).map(_year_away),
    st.integers(0, 6).map(_weekday),
    st.tuples(st.sampled_from(["last", "next"]), st.integers(0, 6)).map(_last_next_weekday),
    st.tuples(st.integers(1, 12), st.integers(1, 28)).map(_month_day),
    st.integers(1, 12).map(_month_alone),
    news_day.map(_full_date),
    news_day.map(_day_month_year),
    st.one_of(st.sampled_from([1900, 2099, 2100]), st.integers(1900, 2100)).map(_in_year),
    st.sampled_from(range(1900, 2100, 10)).map(_decade),
    st.tuples(st.sampled_from(PARTS), st.sampled_from([-1, 0, 1])).map(_part_of_month),
)

# Lines of the shapes a scraped page has: prose, headlines, furniture, date lines.
PROSE_LINES = [
    "The ferry company said the new timetable would start once repairs were finished.",
    "Volunteers planted two hundred trees along the river bank over the weekend.",
    "\u201cWe are glad the bridge is open again,\u201d said one shop owner on the quay.",
    "The council will publish its budget after a public consultation in the spring.",
]
PAGE_LINES = PROSE_LINES + [
    "Harbour Bridge Reopens To Traffic", "Share this article", "Advertisement", "Read more:",
    "By Jane Doe", "By Jane Doe | March 3, 2021", "Published: 3 Nov 2021", "Updated 4 Nov 2021",
    "Nov 3, 2021", "3 hours ago", "Comments", "\u2022 Ferries on Tuesdays", "Related stories",
    "PORT ALDER, March 3, 2021 (AP) -- Work began on the quay.", "\u00a9 2021 Harbour Gazette",
    "Caption", "Image caption", "Published", "3 November 2021", "Reporting by Jane Doe", "Opinion",
    "News", "It was late.", "hello there", "Published: 31 December 9999", "", "   ", "\t",
]
# Lines assembled from words that steer line classification: case, sentence
# endings, date parts, furniture labels.
LINE_WORDS = [
    "the", "ferry", "said", "Harbour", "Bridge", "Published:", "Updated", "By", "Jane", "Nov", "3,", "2021",
    "Read", "more:", "caption", "\u2022", "\u2014", "ago", "hours", ".", "?", "\u201d", "(AP)", "--",
]
word_line = st.lists(st.sampled_from(LINE_WORDS), min_size=1, max_size=12).map(" ".join)
# One sentence with one date expression, or with two ("began ... and ended ...").
date_sentence = st.tuples(
    st.sampled_from(OPENINGS),
    st.lists(date_expressions, min_size=1, max_size=2).map(
        lambda expressions: " and ".join(f"{e.lead}{e.phrase}" for e in expressions)),
    st.sampled_from(CLOSINGS),
).map(" ".join)
page_line = st.one_of(st.sampled_from(PAGE_LINES), word_line, date_sentence, st.text(max_size=40))
page_text = st.lists(page_line, max_size=14).flatmap(
    lambda lines: st.sampled_from(["\n", "\n\n", "\r\n"]).map(lambda sep: sep.join(lines))
)
