"""The five real seed articles, read in place from ../shared/seeds.

Expected dates are the lead's own careful reading of each article against its
publication date (calendar arithmetic checked with datetime). Only short date
expressions are named here; the articles' text is never copied into the project.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from ingest.cli import cli
from ingest.events import dates_a_happening

AL_ARABIYA = "001_fd42614e9732ccd6.txt"
DAILY_WIRE = "000_3947e9363db9dbc4.txt"
DAWN = "004_3e951e8a6bcac83d.txt"
UNDATED = "002_f00ec1c1c499ee3c.txt"

# file -> (expression, first day, last day) a careful reader resolves.
EXPECTED = {
    "000_3947e9363db9dbc4.txt": [  # The Daily Wire, Monday 2021-11-01
        ("mid-August", "2021-08-11", "2021-08-20"),
        ("last week", "2021-10-25", "2021-10-31"),
        ("September 28", "2021-09-28", "2021-09-28"),
        ("August", "2021-08-01", "2021-08-31"),
    ],
    "001_fd42614e9732ccd6.txt": [  # Al Arabiya, Monday 2021-11-01
        ("Sunday", "2021-10-31", "2021-10-31"),
        ("September", "2021-09-01", "2021-09-30"),
        ("2014", "2014-01-01", "2014-12-31"),
        ("October", "2021-10-01", "2021-10-31"),
        ("last week", "2021-10-25", "2021-10-31"),
        ("last month", "2021-10-01", "2021-10-31"),
    ],
    "003_aaa74d191cc2fdd1.txt": [  # OpIndia, Monday 2021-11-01
        ("2015", "2015-01-01", "2015-12-31"),
    ],
    DAWN: [  # Dawn: date printed only in the text, Wednesday 2021-11-03
        ("Monday", "2021-11-01", "2021-11-01"),
        ("January 2015", "2015-01-01", "2015-01-31"),
        ("Aug 15", "2021-08-15", "2021-08-15"),
        ("Aug 26", "2021-08-26", "2021-08-26"),
        ("last week", "2021-10-25", "2021-10-31"),
    ],
}

# "a week ago": about seven days before publication; a short range around that day is a fair reading.
WEEK_AGO = {
    "001_fd42614e9732ccd6.txt": date(2021, 10, 25),
    DAWN: date(2021, 10, 27),
}


@pytest.fixture(scope="module")
def seeds_db(seeds_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("seeds") / "events.db"
    result = CliRunner().invoke(cli, ["ingest", str(seeds_dir), "--db", str(path)])
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    yield result, conn
    conn.close()


def _mentions(conn, source):
    return conn.execute(
        "select m.* from mentions m join documents d on d.id = m.document_id where d.source = ?",
        [source],
    ).fetchall()


def _expressed_as(mention, key):
    # "on Sunday", "the Aug 26", "in mid-August" all express the key.
    prefix = r"(?:(?:in|on|at|since|during|by|until)\s+)?(?:the\s+)?"
    return re.fullmatch(prefix + re.escape(key.lower()), mention["expression"].lower()) is not None


def test_every_seed_is_ingested_without_problems(seeds_db):
    result, conn = seeds_db
    assert result.exit_code == 0, result.output
    assert conn.execute("select count(*) from documents").fetchone()[0] == 5


@pytest.mark.parametrize(
    "source,key,first,last",
    [pytest.param(source, *row, id=f"{source[:3]}:{row[0]}") for source, rows in EXPECTED.items() for row in rows],
)
def test_seed_dates_resolve_as_a_careful_reader_would(seeds_db, source, key, first, last):
    _, conn = seeds_db
    found = [m for m in _mentions(conn, source) if _expressed_as(m, key)]
    assert found, f"{key!r} not found in {source}"
    for mention in found:
        assert (mention["date_start"], mention["date_end"]) == (first, last), dict(mention)


@pytest.mark.parametrize("source,day", WEEK_AGO.items())
def test_a_week_ago_is_about_seven_days_before_publication(seeds_db, source, day):
    _, conn = seeds_db
    found = [m for m in _mentions(conn, source) if _expressed_as(m, "a week ago")]
    assert found
    for mention in found:
        start, end = date.fromisoformat(mention["date_start"]), date.fromisoformat(mention["date_end"])
        assert start <= day <= end and end - start <= timedelta(days=6), dict(mention)


def test_the_past_week_covers_the_days_before_publication(seeds_db):
    _, conn = seeds_db
    found = [m for m in _mentions(conn, "003_aaa74d191cc2fdd1.txt") if _expressed_as(m, "past week")]
    assert found
    for mention in found:
        assert mention["date_start"] in ("2021-10-25", "2021-10-26"), dict(mention)
        assert mention["date_end"] in ("2021-10-31", "2021-11-01"), dict(mention)


def test_publication_date_printed_in_the_text_is_used(seeds_db):
    _, conn = seeds_db
    row = conn.execute("select published, published_source from documents where source = ?", [DAWN]).fetchone()
    assert tuple(row) == ("2021-11-03", "text")


def test_unknowable_publication_date_stays_unknown_and_is_reported(seeds_db):
    result, conn = seeds_db
    row = conn.execute("select published, published_source from documents where source = ?", [UNDATED]).fetchone()
    assert tuple(row) == (None, "unknown")
    assert UNDATED in result.output
    mentions = _mentions(conn, UNDATED)
    assert any(_expressed_as(m, "last few weeks") for m in mentions)
    # The article prints no absolute date, so a day range can only come from the estimate.
    assert all(m["anchor"] == "estimate" for m in mentions if m["date_start"] is not None)


def test_undated_article_is_estimated_from_the_happening_it_shares_with_dated_sources(seeds_db):
    """It reports what Colin Kahl "said recently"; the dated sources put his Senate
    testimony in the week of 25-31 October 2021, so the article appeared after that
    week began and, as news does, within a week of its end."""
    result, conn = seeds_db
    row = conn.execute("select published, published_estimate_start, published_estimate_end"
                       " from documents where source = ?", [UNDATED]).fetchone()
    assert tuple(row) == (None, "2021-10-25", "2021-11-07")
    assert f"{UNDATED} (2021-10-25..2021-11-07)" in result.output


def test_page_furniture_makes_no_mention_and_no_event(seeds_db):
    _, conn = seeds_db
    texts = [row[0] for row in conn.execute("select text from documents")]
    for furniture in ("min read", "Font Size", "Read more", "Notify of", "View all comments",
                      "Top Content", "Submit a Correction", "Editorial"):
        assert not any(furniture in text for text in texts), furniture
    # The Dawn sidebar lists other stories dated 2025.
    assert not any("2025" in text for text in texts)
    for table in ("mentions", "events"):
        assert conn.execute(f"select count(*) from {table} where date_start >= '2025'").fetchone()[0] == 0
    assert conn.execute("select count(*) from mentions where expression like '%min%'").fetchone()[0] == 0


def test_dated_sentences_become_events_linked_to_their_source(seeds_db):
    _, conn = seeds_db
    rows = conn.execute(
        "select e.summary, d.publisher from events e join documents d on d.id = e.document_id "
        "where e.date_start = '2021-08-26' and e.date_end = '2021-08-26'"
    ).fetchall()
    assert [r["publisher"] for r in rows] == ["Dawn"]
    assert "Kabul airport" in rows[0]["summary"]


# ------------------------------------------------------------------ one event per happening


def _event_of(conn, source, key, containing=""):
    """The event of the mention in source expressed as key whose clause contains the words."""
    [event_id] = {m["event_id"] for m in _mentions(conn, source)
                  if _expressed_as(m, key) and containing in (m["clause"] or "")}
    return conn.execute("select * from events where id = ?", [event_id]).fetchone()


def _sources(conn, event) -> set[str]:
    rows = conn.execute("select distinct d.source from mentions m join documents d on d.id = m.document_id "
                        "where m.event_id = ?", [event["id"]])
    return {row[0] for row in rows}


def test_the_officers_killing_told_by_several_papers_is_one_event(seeds_db):
    _, conn = seeds_db
    killing = _event_of(conn, DAWN, "a week ago")
    assert killing["id"] == _event_of(conn, AL_ARABIYA, "a week ago")["id"]
    assert {AL_ARABIYA, DAWN} <= _sources(conn, killing)
    assert killing["event_type"] == "killing" and killing["kind"] == "happened"
    assert "Taliban" in killing["actors"] and "Gardez" in killing["places"]
    # Published two days apart, the papers' "a week ago" are two days apart: recorded, not dropped.
    assert killing["date_disagreement"] is not None


def test_the_senate_testimony_of_the_same_week_is_another_event(seeds_db):
    _, conn = seeds_db
    testimony = _event_of(conn, DAWN, "last week")
    killing = _event_of(conn, DAWN, "a week ago")
    assert testimony["id"] != killing["id"]
    assert testimony["date_start"] <= killing["date_start"] <= testimony["date_end"]  # the same week
    assert testimony["id"] == _event_of(conn, DAILY_WIRE, "last week", "Senate")["id"]
    assert testimony["event_type"] == "testimony" and "Kahl" in testimony["actors"]
    assert testimony["source_count"] >= 2


def test_a_report_dated_sunday_by_one_paper_and_monday_by_another_is_one_event(seeds_db):
    _, conn = seeds_db
    report = _event_of(conn, AL_ARABIYA, "Sunday")
    assert report["id"] == _event_of(conn, DAWN, "Monday")["id"]
    assert report["source_count"] == 2
    datings = [report["date_start"], *(d["date_start"] for d in json.loads(report["date_disagreement"]))]
    assert sorted(datings) == ["2021-10-31", "2021-11-01"]


def test_every_dated_clause_is_in_exactly_one_event_and_counts_add_up(seeds_db):
    _, conn = seeds_db
    columns = [column[1] for column in conn.execute("pragma table_info(mentions)")]
    rows = [dict(zip(columns, row)) for row in conn.execute("select * from mentions")]
    assert [row for row in rows if dates_a_happening(row) and row["event_id"] is None] == []
    [(mentions, events_total)] = conn.execute(
        "select (select count(*) from mentions where event_id is not null), (select sum(mention_count) from events)")
    assert mentions == events_total


def test_a_forecast_window_is_an_event_of_its_own_resolved_against_publication(seeds_db):
    """Dawn (3 November 2021) reports the warning that IS could have the capacity to attack
    within six to 12 months: a forecast for 3 May to 3 November 2022, apart from the
    testimony in which it was made."""
    _, conn = seeds_db
    forecast = _event_of(conn, DAWN, "six to 12 months")
    assert (forecast["kind"], forecast["date_start"], forecast["date_end"]) == ("forecast", "2022-05-03", "2022-11-03")
    testimony = _event_of(conn, DAWN, "last week")
    assert testimony["kind"] == "happened" and testimony["id"] != forecast["id"]
