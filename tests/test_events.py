"""Which mentions date an event, and the calendar facet columns: pinned on hand-made
Timex objects, independently of the date engine. (Which mentions report the same
happening is tests/test_merge.py's subject.)"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.events import calendar_buckets, containing_sentence, makes_event
from ingest.sentences import split_sentences
from ingest.timex import Timex


def timex(type_="DATE", value="2021-03-08", start=date(2021, 3, 8), end=date(2021, 3, 8)) -> Timex:
    return Timex(0, 6, "Monday", type_, value, date_start=start, date_end=end, granularity="day")


@pytest.mark.parametrize("mention", [
    timex(),
    timex("TIME", "2021-03-08T06:00"),
    timex("DURATION", "P1W", date(2024, 3, 8), date(2024, 3, 14)),  # "over the past week": anchored
], ids=["date", "time", "anchored duration"])
def test_a_mention_with_a_day_range_dates_an_event(mention):
    assert makes_event(mention)


@pytest.mark.parametrize("mention", [
    timex("DURATION", "P6M", None, None),  # "six months": how long, not when
    timex("SET", "XXXX-WXX-1", None, None),  # "every Monday": how often
    timex("DATE", "XXXX-SU", None, None),  # "next summer" with no publication date
    timex("DATE", "PRESENT_REF"),  # "now" is not a happening's date
    timex("DATE", "PAST_REF"),  # "recently"
], ids=["free duration", "set", "unresolved", "now", "recently"])
def test_a_mention_that_places_nothing_on_the_calendar_dates_no_event(mention):
    assert not makes_event(mention)


def test_a_mention_belongs_to_the_sentence_around_it():
    text = "Rain fell all night. The bridge reopened on 8 March 2021.\nNobody was hurt."
    sentences = split_sentences(text)
    start, end = containing_sentence(sentences, text.index("8 March"))
    assert text[start:end].startswith("The bridge reopened")


@pytest.mark.parametrize(
    "start,end,year,month,week",
    [
        (date(2021, 3, 8), date(2021, 3, 8), "2021", "2021-03", "2021-W10"),
        (date(2021, 3, 1), date(2021, 3, 7), "2021", "2021-03", "2021-W09"),  # an ISO week
        (date(2021, 2, 1), date(2021, 2, 28), "2021", "2021-02", None),  # a month spans weeks
        (date(2021, 1, 1), date(2021, 12, 31), "2021", None, None),
        (date(2021, 1, 1), date(2021, 1, 1), "2021", "2021-01", "2020-W53"),  # ISO year differs
        (date(2020, 12, 28), date(2021, 1, 3), None, None, "2020-W53"),  # a week across years
        (date(2021, 3, 29), date(2021, 4, 4), "2021", None, "2021-W13"),  # across months
        (date(2010, 1, 1), date(2019, 12, 31), None, None, None),  # a decade
        (None, None, None, None, None),
    ],
)
def test_year_month_and_week_are_set_only_when_the_range_fits_in_one(start, end, year, month, week):
    assert calendar_buckets(start, end) == {"year": year, "month": month, "week": week}
