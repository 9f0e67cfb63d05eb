"""End to end: `dateline ingest` on ten modern news pages it was not built on.

tests/fixtures/news/ holds our own invented pages, scraped as sites print them:
a wire story, a court case, a conflict live page, an election preview, an earnings
report, a flood across a year end, a health study, a cup final, a council timeline
and an opinion column, each with its site's furniture around it. SHEET is what a
careful reader takes from each page, worked out by hand with the calendar; the
conventions are those of tests/test_examples.py (ISO weeks, thirds for early/mid/
late, "the past year" = the twelve months up to the publication day, meteorological
seasons, "overnight" in a past sentence = the night before publication). Phrases
anchored on an event rather than a date ("two days after the vote") are not listed.
"""

from __future__ import annotations

import calendar
import csv
import re
from datetime import date
from pathlib import Path

import pytest
from reading_sheet import (
    Reading,
    assert_no_mention_in,
    assert_nothing_from_furniture,
    assert_read_as,
    documents_by_source,
    events_of,
    ingest_folder,
    mentions_of,
)

NEWS = Path(__file__).resolve().parent / "fixtures" / "news"


def day(iso: str) -> tuple[str, str]:
    return iso, iso


def week(year: int, number: int) -> tuple[str, str]:
    return date.fromisocalendar(year, number, 1).isoformat(), date.fromisocalendar(year, number, 7).isoformat()


def month(year: int, number: int, first: int = 1, last: int | None = None) -> tuple[str, str]:
    last = last or calendar.monthrange(year, number)[1]
    return date(year, number, first).isoformat(), date(year, number, last).isoformat()


def year(number: int) -> tuple[str, str]:
    return f"{number}-01-01", f"{number}-12-31"


UNRESOLVED = (None, None)

SHEET = {
    # Wednesday; the dateline prints no year, so the manifest dates the page.
    "port-strike-wire.txt": Reading(
        published="2025-03-05",
        published_source="manifest",
        dates=(
            ("March 5", *day("2025-03-05")),
            ("on Monday", *day("2025-03-03")),
            ("since Feb. 17", *day("2025-02-17")),
            ("this year", *year(2025)),
            ("in 2026", *year(2026)),
            ("late Tuesday", *day("2025-03-04")),
            ("on Friday", *day("2025-03-07")),  # "would return to mediation": ahead
            ("on Wednesday morning", *day("2025-03-05")),
            ("the start of last month", *month(2025, 2, 1, 10)),
            ("by next week", *week(2025, 11)),
            ("in 2019", *year(2019)),
        ),
        furniture=(
            "Updated 2 hours ago",
            "Share | Tweet | Email",
            "(Reporting by Jonas Ferreby; Editing by Maren Holt)",
            "Our Standards: The Eastline Wire Trust Principles.",
            "Related coverage",
            "Breska port operator posts record profit",
            "February 12, 2025",
            "Union sets strike ballot at Breska Harbour",
            "February 3, 2025",
        ),
        not_dates=("71 percent of members", "40 million crowns"),
    ),
    # The date is printed only in the byline (a Wednesday).
    "fraud-trial-verdict.txt": Reading(
        published="2025-04-02",
        published_source="text",
        dates=(
            ("yesterday", *day("2025-04-01")),
            ("from 2017", *year(2017)),
            ("in June 2019", *month(2019, 6)),
            ("on Jan. 14, 2023", *day("2023-01-14")),
            ("in August 2023", *month(2023, 8)),
            ("on March 18", *day("2025-03-18")),
            ("over two days", *UNRESOLVED),  # "two days before returning its verdict": a duration
            ("for May 20", *day("2025-05-20")),
            ("by Friday", *day("2025-04-04")),
            ("in 2026", *year(2026)),
            ("last year", *year(2024)),
        ),
        furniture=(
            "Home > Local > Courts",
            "By Priya Nandakumar | April 2, 2025",
            "Photo: The Ashby County Courthouse. (Tribune file photo)",
            "5 min read",
            "Advertisement",
            "Related stories",
            "Clinic billing probe widens to second county",
            "March 21, 2025",
            "Ashby jury selection begins in fraud case",
            "March 17, 2025",
            "14 comments",
            "Sign up for our Courts newsletter",
        ),
        not_dates=("Corinne Valdane, 52,", "nine counts"),
    ),
    # Wednesday. "Three days later" and "The following week" count from Feb. 24,
    # a date the text names (Monday of ISO week 9).
    "frontline-shelling.txt": Reading(
        published="2025-03-12",
        published_source="manifest",
        dates=(
            ("overnight", *day("2025-03-11")),
            ("on Tuesday night", *day("2025-03-11")),
            ("midnight", *day("2025-03-11")),  # "on Tuesday night, shortly before midnight"
            ("early Wednesday", *day("2025-03-12")),
            ("In the past 24 hours", *UNRESOLVED),  # PT24H has no day range (tests/test_timex.py)
            ("earlier this month", *month(2025, 3, 1, 10)),
            ("since February 2022", *month(2022, 2)),
            ("on Feb. 24", *day("2025-02-24")),
            ("Three days", *day("2025-02-27")),  # "Three days later": the length, dated where it reaches
            ("The following week", *week(2025, 10)),
            ("the end of the month", *month(2025, 3, 21)),
            ("on Thursday", *day("2025-03-13")),
            ("next week", *week(2025, 12)),
            ("over the past year", "2024-03-13", "2025-03-12"),
        ),
        furniture=(
            "Live updates",
            "From our correspondent in Varnow",
            "Updated 11:05 GMT",
            "Image caption: Firefighters at the Orlek power station",
            "Share this story",
            "Facebook  X  WhatsApp",
            "Most read",
            "Grain ships resume sailing from southern ports",
            "Power cuts planned across the capital",
        ),
    ),
    # Tuesday, four weeks before a Tuesday election.
    "county-election-preview.txt": Reading(
        published="2024-10-08",
        published_source="manifest",
        dates=(
            ("last week", *week(2024, 40)),
            ("Nov. 5", *day("2024-11-05")),
            ("four years ago", *year(2020)),
            ("in 2020", *year(2020)),
            ("in 2022", *year(2022)),
            ("on Saturday", *day("2024-10-05")),
            ("on Thursday", *day("2024-10-10")),
            ("until Oct. 15", *day("2024-10-15")),
            ("on Oct. 21", *day("2024-10-21")),
            ("next month", *month(2024, 11)),  # in the headline: "next month's vote"
        ),
        furniture=(
            "By Owen Castellano",
            "Published Oct. 8, 2024 at 6:00 a.m.",
            "Listen to this article 6 min",
            "Sign up for our Election 2024 newsletter",
            "Get results delivered straight to your inbox.",
            "Read more from the Record",
            "County budget vote set for December",
            "Sep 30, 2024",
            "School board candidates answer our questionnaire",
            "Sep 26, 2024",
            "Comments (22)",
        ),
        not_dates=("margin of error of 4 points",),
    ),
    # Thursday. "a year earlier" is the third quarter of the year before; "the
    # first half", in a past sentence about this year, is January-June.
    "retailer-earnings.txt": Reading(
        published="2024-10-24",
        published_source="manifest",
        dates=(
            ("on Wednesday", *day("2024-10-23")),
            ("the third quarter", "2024-07-01", "2024-09-30"),
            ("a year earlier", "2023-07-01", "2023-09-30"),
            ("the end of September", *month(2024, 9, 21)),
            ("in the quarter", "2024-07-01", "2024-09-30"),  # after "next year": still the third quarter
            ("the same period last year", "2023-07-01", "2023-09-30"),
            ("fiscal 2024", *year(2024)),
            ("the first half", "2024-01-01", "2024-06-30"),
            ("since July", *month(2024, 7)),
            ("next year", *year(2025)),
            ("in March", *month(2024, 3)),
            ("this year", *year(2024)),
            ("FY2025", *year(2025)),
            ("on Feb. 20", *day("2025-02-20")),
        ),
        furniture=(
            "Markets | Retail",
            "Ledgerline Business Desk",
            "Oct 24, 2024 7:45 AM UTC Updated 3 hours ago",
            "ORVL +6.1% | Market data delayed 15 minutes",
            "Reporting by Anika Voss",
            "Copyright 2024 Ledgerline. All rights reserved.",
            "Trending",
            "Chip maker cuts jobs after weak orders",
            "Oct 23, 2024",
        ),
        not_dates=("2,000 euros",)  # "52-week" is a duration, as TimeBank marks it,
    ),
    # Printed only in the "Posted:" stamp: Friday 3 January, so the past lies in
    # December, and the "Monday" of a past sentence is Dec. 30 while the Monday
    # schools were due back is Jan. 6.
    "new-year-floods.txt": Reading(
        published="2025-01-03",
        published_source="text",
        dates=(
            ("yesterday", *day("2025-01-02")),
            ("last week", *week(2024, 52)),
            ("in mid-December", *month(2024, 12, 11, 20)),
            ("on Dec. 29", *day("2024-12-29")),
            ("on Monday", *day("2024-12-30")),
            ("New Year's Eve", *day("2024-12-31")),
            ("this weekend", "2025-01-04", "2025-01-05"),
            ("on Monday", *day("2025-01-06")),
            ("on Wednesday", *day("2025-01-08")),
            ("next week", *week(2025, 2)),
            ("by Jan. 12", *day("2025-01-12")),
            ("this month", *month(2025, 1)),
            ("of 2007", *year(2007)),
        ),
        furniture=(
            "Posted: Fri, Jan 3, 2025 6:15 AM",
            "By Hollis Brandt, Staff Writer",
            "Share on Facebook | Share on X",
            "Caption: Volunteers fill sandbags at the Carrow fire station. (Gazette photo)",
            "Get the Gazette's morning briefing",
            "Sign up for our newsletter and get the day's top stories delivered to your inbox.",
            "More from Weather",
            "Frost warning issued for high ground",
            "2 days ago",
            "Snow closes hill road above Carrow",
            "Dec 14, 2024",
        ),
        not_dates=("around the clock",),
    ),
    # Wednesday; the evaluation "in the autumn" and the trial "next spring" lie ahead.
    "dementia-screening.txt": Reading(
        published="2025-06-18",
        published_source="manifest",
        dates=(
            ("on Monday", *day("2025-06-16")),
            # "more than ten years before they were diagnosed" counts from the diagnosis: a duration
            ("more than ten years", *UNRESOLVED),
            ("in the 1990s", "1990-01-01", "1999-12-31"),
            ("Over the past decade", "2015-06-19", "2025-06-18"),
            ("last year", *year(2024)),
            ("by 2030", *year(2030)),
            ("in 2023", *year(2023)),
            ("in the autumn", "2025-09-01", "2025-11-30"),
            ("next spring", "2026-03-01", "2026-05-31"),
        ),
        furniture=(
            "Health | Research",
            "By Dr. Imogen Farrant, Health Correspondent",
            "7 min read",
            "Image: A laboratory technician prepares blood samples. (Healthwise Review)",
            "Related",
            "Why memory clinics have long waiting lists",
            "June 2, 2025",
            "New drug slows decline in early Alzheimer's",
            "May 14, 2025",
            "Sign up to our health newsletter",
        ),
        not_dates=("2,000 volunteers", "For the first time", "aged 55 to 80"),
    ),
    # Monday after a Saturday final, in the summer break between two league seasons.
    "cup-final-report.txt": Reading(
        published="2024-07-15",
        published_source="manifest",
        dates=(
            ("Saturday", *day("2024-07-13")),  # "Saturday's final"
            ("the winter", "2023-12-01", "2024-02-29"),
            ("in November", *month(2023, 11)),
            ("on Sunday", *day("2024-07-14")),
            ("in the autumn", "2023-09-01", "2023-11-30"),
            ("in 2019", *year(2019)),
            ("2022", *year(2022)),  # "the 2022 World Cup"
            ("next month", *month(2024, 8)),
            ("on Wednesday evening", *day("2024-07-17")),
            ("the 2024-25 season", "2024-01-01", "2025-12-31"),  # both years, as 2021/22 in test_timex
            ("on Aug. 17", *day("2024-08-17")),
        ),
        furniture=(
            "By Kieran Moss",
            "Published 15 July 2024, 09:30",
            "Share this article",
            "Photo: Harrowgate players celebrate with the trophy. (Touchline/Sam Ridley)",
            "Watch next",
            "Highlights: every goal from the cup run",
            "3 days ago",
            "Comments (87)",
        ),
        not_dates=("last season",),  # a league season is no calendar period
    ),
    # Wednesday; the timeline's month-days are this year's, June 2 still ahead.
    "council-bus-depot.txt": Reading(
        published="2025-05-21",
        published_source="manifest",
        dates=(
            ("on Tuesday", *day("2025-05-20")),
            ("by 2032", *year(2032)),
            ("in 2018", *year(2018)),
            ("March 3", *day("2025-03-03")),
            ("April 12", *day("2025-04-12")),
            ("May 6", *day("2025-05-06")),
            ("June 2", *day("2025-06-02")),  # the vote "pushed back to June 2", and the timeline's last row
            ("next week", *week(2025, 22)),
            ("the end of the year", "2025-09-01", "2025-12-31"),
            ("Tuesday", *day("2025-05-20")),  # "at Tuesday's meeting"
        ),
        furniture=(
            "By Farida Lowell",
            "Updated May 21, 2025",
            "4 min read",
            "Tags: Transport, City Council, Kingsmead",
            "Recommended for you",
            "Library hours cut at two branches",
            "May 15, 2025",
            "New bike lanes open on Harbour Street",
            "May 9, 2025",
        ),
        not_dates=("during school hours",),
    ),
    # No publication date anywhere: only the absolute year resolves.
    "opinion-quiet-streets.txt": Reading(
        published=None,
        published_source="unknown",
        dates=(
            ("in 1987", *year(1987)),
            ("Last year", *UNRESOLVED),
        ),
        furniture=(
            "Opinion",
            "Columnists",
            "By Dana Whitlock",
            "3 min read",
            "Dana Whitlock is a columnist for the Review covering city life and neighbourhoods.",
            "112 comments",
            "Join the conversation",
        ),
        not_dates=("Time and again", "at the same time"),
    ),
}

_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingest_folder(NEWS, tmp_path_factory.mktemp("news") / "news.db")[1]


@pytest.fixture(scope="module")
def documents(db):
    return documents_by_source(db)


def test_sheet_describes_the_pages():
    """Guards the sheet: every page is listed, every phrase is on it, and each
    weekday named in an expression is the weekday of the day the sheet gives."""
    with open(NEWS / "manifest.csv", newline="", encoding="utf-8") as manifest:
        rows = {row["file"]: row for row in csv.DictReader(manifest)}
    assert set(rows) == set(SHEET) == {path.name for path in NEWS.glob("*.txt")}
    for source, reading in SHEET.items():
        text = (NEWS / source).read_text(encoding="utf-8")
        assert 250 <= len(text.split()) <= 500, source
        assert (rows[source]["published"] or None) == (reading.published if reading.published_source == "manifest" else None)
        lines = {line.strip() for line in text.splitlines()}
        for expression, start, end in reading.dates:
            assert expression in text, f"{source}: {expression!r} not on the page"
            weekday = _WEEKDAY.search(expression)
            if weekday and start == end:
                assert date.fromisoformat(start).strftime("%A").lower() == weekday.group(1).lower(), expression
        for phrase in reading.not_dates:
            assert phrase in text, f"{source}: {phrase!r} not on the page"
        for line in reading.furniture:
            assert line in lines, f"{source}: furniture line {line!r} not on the page"


def test_every_page_is_ingested(documents):
    assert set(documents) == set(SHEET)


@pytest.mark.parametrize("source", SHEET)
def test_publication_date(documents, source):
    reading = SHEET[source]
    document = documents[source]
    assert (document["published"], document["published_source"]) == (reading.published, reading.published_source)


@pytest.mark.parametrize(
    "source, expression, date_start, date_end",
    [(source, *expected) for source, reading in SHEET.items() for expected in reading.dates],
    ids=[f"{source}[{expected[0]}:{expected[1]}]" for source, reading in SHEET.items() for expected in reading.dates],
)
def test_expression_resolves_as_a_careful_reader_would(db, documents, source, expression, date_start, date_end):
    assert_read_as(mentions_of(db, documents[source]), expression, date_start, date_end)


@pytest.mark.parametrize("source", SHEET)
def test_no_mention_or_event_comes_from_page_furniture(db, documents, source):
    document = documents[source]
    assert_nothing_from_furniture(document, mentions_of(db, document), events_of(db, document),
                                  SHEET[source].furniture)


@pytest.mark.parametrize("source", [source for source, reading in SHEET.items() if reading.not_dates])
def test_phrases_that_name_no_time_give_no_mention(db, documents, source):
    document = documents[source]
    assert_no_mention_in(document, mentions_of(db, document), SHEET[source].not_dates)
