"""Publication-date estimates for undated documents, on hand-made rows (the window rule
is in ingest/estimate.py's docstring)."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.estimate import Window, estimate_windows, window_after

DOCUMENTS = {
    "herald": {"id": "herald", "publisher": "Kessmoor Herald", "published": "2021-11-05"},
    "notes": {"id": "notes", "publisher": "Kessmoor Notes", "published": None},
}


def mention(document, at, dating, clause="Green Alliance won the regional election", *, kind="happened",
            anchor="absolute"):
    value, start, end = dating
    return {
        "id": f"{document}:{at}:{at + 5}", "expression": value, "value": value, "type": "DATE",
        "date_start": start, "date_end": end, "granularity": None, "mod": None, "anchor": anchor,
        "sentence": f"{clause}.", "clause": clause, "kind": kind, "event_type": "election",
        "actors": ["Green Alliance"], "places": ["Kessmoor"], "document_id": document, "event_id": None,
        "start_char": at, "end_char": at + 5,
    }


NOVEMBER_3 = ("2021-11-03", "2021-11-03", "2021-11-03")
NOVEMBER = ("2021-11", "2021-11-01", "2021-11-30")


@pytest.mark.parametrize("happenings,window", [
    ([("2021-11-03", "2021-11-03")], Window(date(2021, 11, 3), date(2021, 11, 10))),
    ([("2021-11-01", "2021-11-30")], Window(date(2021, 11, 1), date(2021, 12, 7))),  # a month: its end + a week
    ([("2019-05-02", "2019-05-02"), ("2021-11-03", "2021-11-03")], Window(date(2021, 11, 3), date(2021, 11, 10))),
    ([("2021-11-03", "2021-11-03"), ("2022-01-01", "2022-12-31")], None),  # latest is a year: too vague
    ([], None),
])
def test_the_window_follows_the_latest_happening_reported(happenings, window):
    assert window_after(happenings) == window


def test_an_undated_document_is_estimated_from_its_own_dates():
    windows = estimate_windows([mention("notes", 10, NOVEMBER_3)], DOCUMENTS)
    assert windows == {"notes": Window(date(2021, 11, 3), date(2021, 11, 10))}  # dated documents get none


def test_a_happening_shared_with_a_dated_source_lends_it_that_sources_date():
    mentions = [mention("notes", 10, NOVEMBER), mention("herald", 10, NOVEMBER_3)]
    assert estimate_windows(mentions, DOCUMENTS)["notes"] == Window(date(2021, 11, 3), date(2021, 11, 10))


def test_forecasts_and_dates_resolved_against_an_estimate_are_no_evidence():
    mentions = [
        mention("notes", 10, NOVEMBER_3),
        mention("notes", 50, ("2030", "2030-01-01", "2030-12-31"), "the line will reopen", kind="forecast"),
        mention("notes", 90, ("2021-11", "2021-11-09", "2021-11-16"), "a rally was held", anchor="estimate"),
    ]
    assert estimate_windows(mentions, DOCUMENTS)["notes"] == Window(date(2021, 11, 3), date(2021, 11, 10))


def test_a_document_reporting_nothing_datable_gets_no_window():
    assert estimate_windows([], DOCUMENTS) == {"notes": None}


UNDATED = ("PAST_REF", None, None)  # "recently"


def test_a_happening_told_without_a_date_takes_the_date_dated_sources_give_it():
    """"The Green Alliance recently won the regional election": no date of its own, but the
    dated Herald reports that election on 3 November, so the notes appeared after it."""
    mentions = [mention("notes", 10, UNDATED, anchor="unresolved"), mention("herald", 10, NOVEMBER_3)]
    assert estimate_windows(mentions, DOCUMENTS)["notes"] == Window(date(2021, 11, 3), date(2021, 11, 10))


def test_an_undated_happening_shares_nothing_with_a_different_one():
    mentions = [
        mention("notes", 10, UNDATED, "a ferry ran aground off Dunmere", anchor="unresolved")
        | {"actors": [], "places": ["Dunmere"], "event_type": "accident"},
        mention("herald", 10, NOVEMBER_3),
    ]
    assert estimate_windows(mentions, DOCUMENTS)["notes"] is None
