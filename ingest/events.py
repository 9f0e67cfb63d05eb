"""Which mentions date an event, and the calendar columns events are faceted on (pure).

A mention dates an event when it places it on the calendar: a DATE or TIME with a
day range, or a duration anchored to one ("over the past week"). Free durations and
sets say how long or how often, not when; "now" and "recently" are not a date; and a
relative date without a publication date (or an estimate of it) has no day range.
Those stay in the mentions table only. Which dated mentions report the same
happening, within a document and across documents, is merge.py's business.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from .timex import Timex

EVENT_TYPES = frozenset({"DATE", "TIME", "DURATION"})
REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

Span = tuple[int, int]


def makes_event(timex: Timex) -> bool:
    """Whether the timex places its sentence on the calendar (see the module docstring)."""
    return dates_a_happening({"type": timex.type, "value": timex.value, "date_start": timex.date_start})


def dates_a_happening(mention: dict) -> bool:
    """makes_event for a mentions row (or any mapping with type, value and date_start)."""
    return (mention["type"] in EVENT_TYPES and mention["date_start"] is not None
            and mention["value"] not in REFERENCE_VALUES)


def containing_sentence(sentences: list[Span], offset: int) -> Span:
    """The sentence span containing offset (sentences sorted, non-overlapping, non-empty)."""
    index = bisect_right(sentences, offset, key=lambda span: span[0]) - 1
    return sentences[max(index, 0)]


def calendar_buckets(date_start: date | None, date_end: date | None) -> dict:
    """year / month / ISO week columns, each set only when the whole range falls in one.

    They exist because Datasette cannot facet partial dates (a month-only value
    is dropped from a date facet), so facets use these derived columns instead.
    """
    buckets = {"year": None, "month": None, "week": None}
    if date_start is None or date_end is None:
        return buckets
    if date_start.year == date_end.year:
        buckets["year"] = f"{date_start.year:04d}"
        if date_start.month == date_end.month:
            buckets["month"] = f"{date_start.year:04d}-{date_start.month:02d}"
    start_week, end_week = date_start.isocalendar(), date_end.isocalendar()
    if (start_week.year, start_week.week) == (end_week.year, end_week.week):
        buckets["week"] = f"{start_week.year:04d}-W{start_week.week:02d}"
    return buckets


def summarize(sentence: str) -> str:
    """The sentence on one line: line breaks and runs of spaces from the page collapsed."""
    return " ".join(sentence.split())


def iso_day(day: date | None) -> str | None:
    """A day as the ISO string stored in the database; None stays NULL."""
    return day.isoformat() if day else None
