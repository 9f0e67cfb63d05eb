"""Dated sentences become events: built here from hand-made Timex lists, so these
tests pin the event rules independently of the date engine."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.events import build_events, calendar_buckets
from ingest.sentences import split_sentences
from ingest.timex import Timex

DOCUMENT = {"id": "doc1", "publisher": "Harbour Gazette"}


def events_of(text: str, timexes: list[Timex], document=DOCUMENT):
    return build_events(document, text, split_sentences(text), timexes)


def test_a_dated_sentence_becomes_one_event_with_its_date_and_source(timex_at):
    text = "Rain fell all night.  The   bridge reopened on 8 March 2021.\nNobody was hurt."
    mention = timex_at(text, "8 March 2021", "DATE", "2021-03-08", date(2021, 3, 8), date(2021, 3, 8))
    events, ids = events_of(text, [mention])
    assert events == [{
        "id": ids[0],
        "summary": "The bridge reopened on 8 March 2021.",
        "date_start": "2021-03-08",
        "date_end": "2021-03-08",
        "value": "2021-03-08",
        "granularity": "day",
        "year": "2021",
        "month": "2021-03",
        "week": "2021-W10",
        "publishers": ["Harbour Gazette"],
        "mention_count": 1,
        "source_count": 1,
        "document_id": "doc1",
    }]


def test_the_same_date_twice_in_a_sentence_is_one_event_with_two_mentions(timex_at):
    text = "It opened on Monday and closed on Monday evening."
    monday = dict(type_="DATE", value="2021-03-08", start=date(2021, 3, 8), end=date(2021, 3, 8))
    mentions = [timex_at(text, "Monday", **monday), timex_at(text, "Monday", occurrence=1, **monday)]
    events, ids = events_of(text, mentions)
    assert len(events) == 1 and ids == [events[0]["id"]] * 2
    assert events[0]["mention_count"] == 2


def test_different_dates_in_one_sentence_make_one_event_each_with_the_same_summary(timex_at):
    text = "The crew trained in February 2021 and sailed on 8 March 2021."
    mentions = [
        timex_at(text, "February 2021", "DATE", "2021-02", date(2021, 2, 1), date(2021, 2, 28), "month"),
        timex_at(text, "8 March 2021", "DATE", "2021-03-08", date(2021, 3, 8), date(2021, 3, 8)),
    ]
    events, ids = events_of(text, mentions)
    assert [e["value"] for e in events] == ["2021-02", "2021-03-08"]
    assert {e["summary"] for e in events} == {text}
    assert ids == [e["id"] for e in events]


def test_the_same_date_in_two_sentences_makes_two_events(timex_at):
    text = "The ferry sailed on 8 March 2021. The bridge opened on 8 March 2021."
    day = dict(type_="DATE", value="2021-03-08", start=date(2021, 3, 8), end=date(2021, 3, 8))
    events, ids = events_of(text, [timex_at(text, "8 March 2021", **day),
                                   timex_at(text, "8 March 2021", occurrence=1, **day)])
    assert len(events) == 2 and ids[0] != ids[1]


@pytest.mark.parametrize("type_,value", [("DURATION", "P6M"), ("SET", "XXXX-WXX-1")])
def test_free_durations_and_sets_make_no_event(type_, value, timex_at):
    text = "The repairs took six months every Monday."
    phrase = "six months" if type_ == "DURATION" else "every Monday"
    events, ids = events_of(text, [timex_at(text, phrase, type_, value, granularity=None)])
    assert events == [] and ids == [None]


def test_a_time_makes_an_event(timex_at):
    text = "The ferry left at 6 a.m. on 8 March 2021."
    mention = timex_at(text, "6 a.m. on 8 March 2021", "TIME", "2021-03-08T06:00",
                    date(2021, 3, 8), date(2021, 3, 8), "time")
    events, _ = events_of(text, [mention])
    assert [e["value"] for e in events] == ["2021-03-08T06:00"]


@pytest.mark.parametrize("phrase,value,start", [
    ("next summer", "XXXX-SU", None),  # no publication date: no day range
    ("now", "PRESENT_REF", date(2021, 3, 8)),  # the present is not a happening's date
])
def test_a_mention_that_places_nothing_on_the_calendar_makes_no_event(phrase, value, start, timex_at):
    text = "The festival is now set to return next summer."
    mention = timex_at(text, phrase, "DATE", value, start, start, granularity=None)
    events, ids = events_of(text, [mention])
    assert events == [] and ids == [None]


def test_a_duration_anchored_to_days_makes_an_event(timex_at):
    text = "Over the past week crews pumped water from the square."
    mention = timex_at(text, "the past week", "DURATION", "P1W", date(2024, 3, 8), date(2024, 3, 14), "week")
    events, _ = events_of(text, [mention])
    assert [(e["date_start"], e["date_end"]) for e in events] == [("2024-03-08", "2024-03-14")]


def test_event_ids_are_stable_and_depend_on_document_sentence_and_value(timex_at):
    text = "It opened on 8 March 2021."
    mention = timex_at(text, "8 March 2021", "DATE", "2021-03-08", date(2021, 3, 8), date(2021, 3, 8))
    first, _ = events_of(text, [mention])
    again, _ = events_of(text, [mention])
    other_document, _ = events_of(text, [mention], {"id": "doc2", "publisher": None})
    other_value, _ = events_of(text, [Timex(mention.start, mention.end, mention.text, "DATE", "2021-03",
                                             date_start=date(2021, 3, 1), date_end=date(2021, 3, 31))])
    assert first[0]["id"] == again[0]["id"]
    assert len({first[0]["id"], other_document[0]["id"], other_value[0]["id"]}) == 3


def test_an_event_from_a_document_without_publisher_has_no_publishers(timex_at):
    text = "It opened on 8 March 2021."
    mention = timex_at(text, "8 March 2021", "DATE", "2021-03-08", date(2021, 3, 8), date(2021, 3, 8))
    events, _ = events_of(text, [mention], {"id": "doc2", "publisher": None})
    assert events[0]["publishers"] == []


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
