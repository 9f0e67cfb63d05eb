"""End to end: `dateline ingest examples` on our own fictional news corpus.

SHEET below is the expectation sheet: for every example article, what a careful
reader gets out of it (publication date, and each date expression with the inclusive
day range it means), worked out by hand with calendar arithmetic, not by running the
engine. Conventions: ISO weeks run Monday-Sunday; a month covers the whole month;
early/mid/late of a month cover days 1-10/11-20/21-end and of a year Jan-Apr/May-Aug/
Sep-Dec; "a week ago" is the single day seven days back; "the past week" is the seven
days ending on the publication day; "in recent days" has no calendar extent (TimeML
PAST_REF). A weekday in a past-tense sentence is the most recent one before publication,
in a future-tense sentence the next one after it. With no publication date, the article
is dated by an estimate (ingest/estimate.py: from the latest happening it reports to a
week after it), and a relative expression covers every day it can mean when read on any
day of that window.

Events: the happenings several of our articles report, and how many sources each has,
are in the tests at the end.
"""

from __future__ import annotations

import csv
import json
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

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


SHEET = {
    # Publication date printed only at the end of the text (Thursday); heavy furniture.
    "flood-courier.txt": Reading(
        published="2024-03-14",
        published_source="text",
        dates=(
            ("on Sunday", "2024-03-10", "2024-03-10"),
            ("last week", "2024-03-04", "2024-03-10"),
            ("yesterday", "2024-03-13", "2024-03-13"),
            ("Over the past week", "2024-03-08", "2024-03-14"),
            ("next Tuesday", "2024-03-19", "2024-03-19"),
        ),
        furniture=(
            "4 min read",
            "Share on Facebook | Share on X | Email this story",
            "Advertisement",
            "Read more:",
            "Ferry timetable to change next month",
            "Harbour trust names new chair",
            "Fish market traders count the cost",
            "Comments (3)",
            "Join the discussion",
            "Notify of new replies",
            "J. Marlow · 2 days ago",
            "The wall was patched, not rebuilt. This was always coming.",
            "Sam T. · 1 day ago",
            "Thank you to the volunteers on Quay Street.",
            "View all comments",
            "More from the Courier",
            "Harbour master honoured for rescue at sea",
            "June 12, 2017",
            "Council approves new fish market lease",
            "Updated 03 Jul, 2017",
            "Holm Island ferry gets a new engine",
            "28 Aug, 2017",
        ),
        sidebar_year="2017",
    ),
    # Same happening as flood-courier.txt and wire.jsonl:1, published on a Monday.
    "flood-ledger.txt": Reading(
        published="2024-03-11",
        published_source="manifest",
        dates=(
            ("last weekend", "2024-03-09", "2024-03-10"),
            ("two days ago", "2024-03-09", "2024-03-09"),
            ("this year", "2024-01-01", "2024-12-31"),
            ("in 2019", "2019-01-01", "2019-12-31"),
            ("since March 2020", "2020-03-01", "2020-03-31"),
        ),
        furniture=("Share this article: Facebook · X · WhatsApp · Email",),
    ),
    # Follow-up (Wednesday); mid-August is in the future, the 1890s a decade.
    "harbour-wall-plan.txt": Reading(
        published="2024-04-03",
        published_source="manifest",
        dates=(
            ("last month", "2024-03-01", "2024-03-31"),
            ("next week", "2024-04-08", "2024-04-14"),
            ("in mid-August", "2024-08-11", "2024-08-20"),
            ("the past week", "2024-03-28", "2024-04-03"),
            ("in the 1890s", "1890-01-01", "1899-12-31"),
        ),
    ),
    # Friday after a Wednesday election; month-days without a year lie in the past.
    "election-herald.txt": Reading(
        published="2021-11-05",
        published_source="manifest",
        dates=(
            ("on November 3, 2021", "2021-11-03", "2021-11-03"),
            ("yesterday", "2021-11-04", "2021-11-04"),
            ("in mid-August", "2021-08-11", "2021-08-20"),
            ("on Aug 26", "2021-08-26", "2021-08-26"),
            ("on September 28", "2021-09-28", "2021-09-28"),
            ("last month", "2021-10-01", "2021-10-31"),
            ("on November 15", "2021-11-15", "2021-11-15"),
        ),
    ),
    # No publication date anywhere: estimated from the election of 3 Nov 2021 (a Wednesday)
    # as published 2021-11-03..2021-11-10; relative dates cover that whole window.
    "election-notes.txt": Reading(
        published=None,
        published_source="unknown",
        dates=(
            ("3 Nov 2021", "2021-11-03", "2021-11-03"),
            ("in 2019", "2019-01-01", "2019-12-31"),
            ("yesterday", "2021-11-02", "2021-11-09"),
            ("last week", "2021-10-25", "2021-11-07"),  # the ISO weeks before 3 and 10 Nov
            ("this year", "2021-01-01", "2021-12-31"),
            ("next Tuesday", "2021-11-09", "2021-11-16"),
        ),
    ),
    # Thursday; "late last year" is the last third of the previous year.
    "bridge-collapse.txt": Reading(
        published="2023-06-15",
        published_source="manifest",
        dates=(
            ("on Tuesday", "2023-06-13", "2023-06-13"),
            ("in early March", "2023-03-01", "2023-03-10"),
            ("a week ago", "2023-06-08", "2023-06-08"),
            ("the past week", "2023-06-09", "2023-06-15"),
            ("this year", "2023-01-01", "2023-12-31"),
            ("late last year", "2022-09-01", "2022-12-31"),
        ),
        not_dates=("as soon as they are complete",),
    ),
    # Thursday.
    "vaccine-recall.txt": Reading(
        published="2022-10-20",
        published_source="manifest",
        dates=(
            ("on September 28", "2022-09-28", "2022-09-28"),
            ("last month", "2022-09-01", "2022-09-30"),
            ("yesterday", "2022-10-19", "2022-10-19"),
            ("In recent days", None, None),
            ("next Tuesday", "2022-10-25", "2022-10-25"),
            ("in 2016", "2016-01-01", "2016-12-31"),
        ),
        not_dates=("a second dose",),
    ),
    # Tuesday in the first days of a year: the past crosses into the previous year.
    "winter-storm.txt": Reading(
        published="2022-01-04",
        published_source="manifest",
        dates=(
            ("yesterday", "2022-01-03", "2022-01-03"),
            ("on December 30", "2021-12-30", "2021-12-30"),
            ("last week", "2021-12-27", "2022-01-02"),
            ("by Friday", "2022-01-07", "2022-01-07"),
            ("last month", "2021-12-01", "2021-12-31"),
            ("This year", "2022-01-01", "2022-12-31"),
        ),
    ),
    # JSON Lines, Tuesday; the same sea wall breach as the two flood articles.
    "wire.jsonl:1": Reading(
        published="2024-03-12",
        published_source="jsonl",
        dates=(
            ("on March 10", "2024-03-10", "2024-03-10"),
            ("in early March", "2024-03-01", "2024-03-10"),
            ("A week ago", "2024-03-05", "2024-03-05"),
            ("on Monday", "2024-03-11", "2024-03-11"),
            ("In recent days", None, None),
        ),
    ),
    # JSON Lines, Friday; a follow-up to vaccine-recall.txt.
    "wire.jsonl:2": Reading(
        published="2022-10-21",
        published_source="jsonl",
        dates=(
            ("on Thursday", "2022-10-20", "2022-10-20"),
            ("next week", "2022-10-24", "2022-10-30"),
            ("on September 28", "2022-09-28", "2022-09-28"),
        ),
    ),
}

UNDATED = "election-notes.txt"
# The sea wall breach of Sunday 2024-03-10 as three publishers report it.
SAME_HAPPENING = ("2024-03-09", "2024-03-10", {"The Harbour Courier", "Coastal Ledger", "Eastline Wire"})

def raw_text(source: str) -> str:
    """The text of an example exactly as it sits in examples/."""
    if ":" in source:
        name, line = source.split(":")
        return json.loads((EXAMPLES / name).read_text(encoding="utf-8").splitlines()[int(line) - 1])["text"]
    return (EXAMPLES / source).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    return ingest_folder(EXAMPLES, tmp_path_factory.mktemp("examples") / "events.db")


@pytest.fixture(scope="module")
def db(ingested):
    return ingested[1]


@pytest.fixture(scope="module")
def documents(db):
    return documents_by_source(db)


def test_sheet_describes_the_corpus():
    """Guards the sheet against edits to examples/: everything it names is really there."""
    with open(EXAMPLES / "manifest.csv", newline="", encoding="utf-8") as manifest:
        rows = list(csv.DictReader(manifest))
    assert list(rows[0]) == ["file", "publisher", "published", "title", "url"]
    listed = {row["file"] for row in rows}
    assert listed == {path.name for path in EXAMPLES.glob("*.txt")}
    assert listed | {"wire.jsonl:1", "wire.jsonl:2"} == set(SHEET)
    assert all(row["url"] for row in rows)
    for source, reading in SHEET.items():
        text = raw_text(source)
        assert 150 <= len(text.split()) <= 400, source
        lines = {line.strip() for line in text.splitlines()}
        for expression in [expected[0] for expected in reading.dates] + list(reading.not_dates):
            assert expression in text, f"{source}: {expression!r} not in the article"
        for line in reading.furniture:
            assert line in lines, f"{source}: furniture line {line!r} not in the article"
        if reading.sidebar_year:
            body = "\n".join(line for line in text.splitlines() if line.strip() not in reading.furniture)
            assert reading.sidebar_year in text and reading.sidebar_year not in body


def test_ingest_reads_every_example(ingested, documents):
    result, _ = ingested
    assert set(documents) == set(SHEET)
    # The summary names the document whose relative dates could not be resolved.
    assert UNDATED in result.output


@pytest.mark.parametrize("source", SHEET)
def test_publication_date(documents, source):
    reading = SHEET[source]
    document = documents[source]
    assert (document["published"], document["published_source"]) == (reading.published, reading.published_source)


@pytest.mark.parametrize(
    "source, expression, date_start, date_end",
    [(source, *expected) for source, reading in SHEET.items() for expected in reading.dates],
    ids=[f"{source}[{expected[0]}]" for source, reading in SHEET.items() for expected in reading.dates],
)
def test_expression_resolves_as_a_careful_reader_would(db, documents, source, expression, date_start, date_end):
    assert_read_as(mentions_of(db, documents[source]), expression, date_start, date_end)


def test_the_undated_article_is_dated_by_an_estimate_never_as_published(db, documents):
    document = documents[UNDATED]
    assert (document["published"], document["published_estimate_start"], document["published_estimate_end"]) == (
        None, "2021-11-03", "2021-11-10")
    mentions = mentions_of(db, document)
    relative = [m for m in mentions if m["anchor"] not in ("absolute", "previous")]
    assert relative and {m["anchor"] for m in relative} == {"estimate"}


def test_mention_offsets_point_at_the_expression(db, documents):
    for document in documents.values():
        for mention in mentions_of(db, document):
            assert document["text"][mention["start_char"]:mention["end_char"]] == mention["expression"]
            assert mention["expression"] in mention["sentence"]


@pytest.mark.parametrize("source", [source for source, reading in SHEET.items() if reading.furniture])
def test_no_mention_or_event_comes_from_page_furniture(db, documents, source):
    reading = SHEET[source]
    document = documents[source]
    mentions = mentions_of(db, document)
    assert_nothing_from_furniture(document, mentions, events_of(db, document), reading.furniture)
    if reading.sidebar_year:
        dated = [(m["expression"], m["value"], m["date_start"]) for m in mentions]
        assert not [d for d in dated if reading.sidebar_year in (d[1] or "") + (d[2] or "")]
        assert not [e["summary"] for e in db["events"].rows if (e["date_start"] or "").startswith(reading.sidebar_year)]


@pytest.mark.parametrize("source", [source for source, reading in SHEET.items() if reading.not_dates])
def test_phrases_that_name_no_time_give_no_mention(db, documents, source):
    document = documents[source]
    assert_no_mention_in(document, mentions_of(db, document), SHEET[source].not_dates)


def event_sources(db) -> dict[str, dict]:
    """event id -> its events row, with the set of publishers of its mentions' documents."""
    events = {row["id"]: row | {"sources": set()} for row in db["events"].rows}
    for row in db.query("select m.event_id, d.publisher from mentions m join documents d on d.id = m.document_id "
                        "where m.event_id is not null"):
        events[row["event_id"]]["sources"].add(row["publisher"])
    return events


# (day the happening is dated, the publishers reporting it): one event each.
HAPPENINGS = [
    ("2024-03-10", {"The Harbour Courier", "Coastal Ledger", "Eastline Wire"}),  # the sea wall breach
    ("2021-11-03", {"The Kessmoor Herald", "Kessmoor Notes"}),  # the regional election
]


@pytest.mark.parametrize("day,publishers", HAPPENINGS, ids=["sea wall breach", "election"])
def test_a_happening_several_sources_report_is_one_event(db, day, publishers):
    [event] = [e for e in event_sources(db).values() if e["date_start"] == day and len(e["sources"]) > 1]
    assert event["sources"] == publishers
    assert event["source_count"] == len(publishers) and event["date_disagreement"] is None
    assert set(json.loads(event["publishers"])) == publishers


def test_the_same_happening_is_placed_on_the_same_day_by_all_its_sources(db):
    first, last, publishers = SAME_HAPPENING
    [breach] = [e for e in event_sources(db).values() if e["sources"] == publishers]
    assert first <= breach["date_start"] <= breach["date_end"] <= last
    assert json.loads(breach["places"])[0] == "Port Averley"


def test_other_happenings_of_the_same_days_stay_apart(db):
    # The water board's reassurance, the skippers moving the fleet, the council meeting:
    # the same week, the same town, not the breach.
    events = event_sources(db).values()
    same_week = [e for e in events if "2024-03-04" <= e["date_start"] <= "2024-03-14" and e["kind"] == "happened"]
    assert len(same_week) >= 5
    assert sum(e["source_count"] > 1 for e in same_week) == 1


def test_forecasts_are_kept_apart_from_what_happened(db):
    kinds = {}
    for row in db.query("select event_id, kind from mentions where event_id is not null"):
        kinds.setdefault(row["event_id"], set()).add(row["kind"] == "forecast")
    assert all(len(forecast) == 1 for forecast in kinds.values())
    forecasts = [e for e in db["events"].rows if e["kind"] == "forecast"]
    assert {e["date_start"] for e in forecasts} >= {"2021-11-15", "2024-03-19"}  # the assembly, the repair plan


def test_reingest_changes_nothing(tmp_path, dump_database):
    db_path = tmp_path / "events.db"
    ingest_folder(EXAMPLES, db_path)
    before = dump_database(db_path)
    assert all(before.values())
    ingest_folder(EXAMPLES, db_path)
    assert dump_database(db_path) == before
