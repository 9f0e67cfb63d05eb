"""Events: each dated sentence of a document becomes an event (pure functions).

A sentence with dated mentions of several distinct datings (a value and its day
range: "early March" and "late March" share a value, not a range) yields one
event per dating: the sentence tells of a happening at each of them. A mention
dates an event when it places it on the calendar: a DATE or TIME with a day
range, or a duration anchored to one ("over the past week"). Free durations and
sets say how long or how often, not when; "now" and "recently" are not a date;
and a relative date without a publication date has no day range. Those stay in
the mentions table only. Merging the same event across sources is a later
stage; here every event has exactly one source document.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from datetime import date

from .timex import Timex

EVENT_TYPES = frozenset({"DATE", "TIME", "DURATION"})
REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

Span = tuple[int, int]


def makes_event(timex: Timex) -> bool:
    """Whether the timex places its sentence on the calendar (see the module docstring)."""
    return (timex.type in EVENT_TYPES and timex.date_start is not None
            and timex.value not in REFERENCE_VALUES)


def event_id(document_id: str, sentence_start: int, timex: Timex) -> str:
    """Stable id: the same sentence dated the same way keeps its id across runs."""
    dating = [timex.value, iso_day(timex.date_start), iso_day(timex.date_end)]
    key = "\x1f".join([document_id, str(sentence_start), *dating])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


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


def build_events(
    document: dict, text: str, sentences: list[Span], timexes: list[Timex]
) -> tuple[list[dict], list[str | None]]:
    """Event rows for one document, and for each timex the id of its event (None if none).

    document is the document row (id, publisher); text is the text the timexes and
    sentence spans point into.
    """
    events: dict[str, dict] = {}
    event_ids: list[str | None] = []
    for timex in timexes:
        if not makes_event(timex):
            event_ids.append(None)
            continue
        sentence_start, sentence_end = containing_sentence(sentences, timex.start)
        identifier = event_id(document["id"], sentence_start, timex)
        event_ids.append(identifier)
        if identifier in events:
            events[identifier]["mention_count"] += 1
            continue
        events[identifier] = event_row(
            identifier, document, text[sentence_start:sentence_end], timex
        )
    return list(events.values()), event_ids


def event_row(identifier: str, document: dict, sentence: str, timex: Timex) -> dict:
    """The events row for a sentence dated by timex, as its first mention finds it."""
    publisher = document.get("publisher")
    return {
        "id": identifier,
        "date_start": iso_day(timex.date_start),
        "date_end": iso_day(timex.date_end),
        "summary": summarize(sentence),
        "value": timex.value,
        "granularity": timex.granularity,
        **calendar_buckets(timex.date_start, timex.date_end),
        "publishers": [publisher] if publisher else [],
        "mention_count": 1,
        "source_count": 1,
        "document_id": document["id"],
    }


def iso_day(day: date | None) -> str | None:
    """A day as the ISO string stored in the database; None stays NULL."""
    return day.isoformat() if day else None
