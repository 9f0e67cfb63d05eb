"""The schema owner and the writer: shape, upgrades, idempotence, isolation between
documents, and events rebuilt from the mentions of all documents.

Analyses are built by the real row code from hand-made Timex lists, so these tests
do not depend on the date engine."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date

import pytest
import sqlite_utils

from ingest.analyze import build_analysis, document_row
from ingest.article import Article
from ingest.db import ensure_db_shape, rebuild_events, save_analysis
from ingest.merge import merge_events

BRIDGE = "Bridge reopens\n\nThe bridge reopened on 8 March 2021. Repairs took six months."
FERRY = "Ferry returns\n\nThe ferry sailed in February 2021. It sails again next week."
# The same reopening, as another paper told it.
BRIDGE_AGAIN = "Swing bridge back\n\nThe swing bridge over the Alder reopened on 8 March 2021 after repairs."

# The data model the README documents; changing it is a deliberate, documented act.
# Before issue 4 (databases built then are upgraded in place):
PREVIOUS_COLUMNS = {
    "documents": ["id", "title", "publisher", "published", "published_source", "url", "source", "text"],
    "events": ["id", "date_start", "date_end", "summary", "value", "granularity", "year", "month",
               "week", "publishers", "mention_count", "source_count", "document_id"],
    "mentions": ["id", "expression", "value", "type", "date_start", "date_end", "granularity", "mod",
                 "anchor", "sentence", "document_id", "event_id", "start_char", "end_char"],
}
# Now:
COLUMNS = {
    "documents": ["id", "title", "publisher", "published", "published_source", "published_estimate_start",
                  "published_estimate_end", "url", "source", "text"],
    "events": ["id", "date_start", "date_end", "summary", "kind", "event_type", "actors", "places", "place",
               "latitude", "longitude", "value", "granularity", "year", "month", "week", "date_disagreement",
               "publishers", "mention_count", "source_count", "first_published", "document_id"],
    "mentions": ["id", "expression", "value", "type", "date_start", "date_end", "granularity", "mod",
                 "anchor", "sentence", "clause", "kind", "event_type", "actors", "places", "document_id",
                 "event_id", "start_char", "end_char"],
}


@pytest.fixture
def db(fresh_db):
    ensure_db_shape(fresh_db)
    return fresh_db


@pytest.fixture
def bridge(timex_at):
    def build(publisher="Harbour Gazette", title=None, value="2021-03-08"):
        article = Article(BRIDGE, "bridge.txt", title=title, publisher=publisher,
                          published=date(2021, 3, 10), published_source="manifest")
        timexes = [
            timex_at(BRIDGE, "8 March 2021", "DATE", value, date(2021, 3, 8), date(2021, 3, 8)),
            timex_at(BRIDGE, "six months", "DURATION", "P6M", granularity=None),
        ]
        return build_analysis(document_row(article, BRIDGE, article.published, "manifest"), timexes)
    return build


@pytest.fixture
def ferry(timex_at):
    article = Article(FERRY, "ferry.txt", publisher="Valley Post",
                      published=date(2021, 3, 12), published_source="manifest")
    timexes = [
        timex_at(FERRY, "February 2021", "DATE", "2021-02", date(2021, 2, 1), date(2021, 2, 28), "month"),
        timex_at(FERRY, "next week", "DATE", "2021-W11", date(2021, 3, 15), date(2021, 3, 21), "week"),
    ]
    return build_analysis(document_row(article, FERRY, article.published, "manifest"), timexes)


@pytest.fixture
def bridge_again(timex_at):
    article = Article(BRIDGE_AGAIN, "bridge-again.txt", publisher="Alder Post",
                      published=date(2021, 3, 9), published_source="manifest")
    timexes = [timex_at(BRIDGE_AGAIN, "8 March 2021", "DATE", "2021-03-08", date(2021, 3, 8), date(2021, 3, 8))]
    return build_analysis(document_row(article, BRIDGE_AGAIN, article.published, "manifest"), timexes)


def save_all(db, *analyses):
    """What an ingest run does: save each analysis, then rebuild the events."""
    for analysis in analyses:
        save_analysis(db, analysis)
    rebuild_events(db)


@pytest.fixture
def dump(db, dump_database):
    """dump() -> the test database's rows and schema as they are now."""
    return lambda: dump_database(db)


def rows_of(dumped: dict, document_id: str) -> dict:
    """The rows of one document, its events and its mentions in a dump."""
    return {
        table: [row for row in dumped[table] if document_id in (row["id"], row.get("document_id"))]
        for table in COLUMNS
    }


def test_the_tables_have_exactly_the_documented_columns(db):
    for table, columns in COLUMNS.items():
        assert list(db[table].columns_dict) == columns, table


def test_rows_have_exactly_the_table_columns(bridge, ferry):
    analysis = bridge()
    assert list(analysis.document) == COLUMNS["documents"]
    assert all(list(row) == COLUMNS["mentions"] for row in analysis.mentions)
    documents = {a.document["id"]: a.document for a in (analysis, ferry)}
    events, _ = merge_events([m for a in (analysis, ferry) for m in a.mentions if m["clause"]], documents)
    assert events and all(list(row) == COLUMNS["events"] for row in events)


def test_ensure_db_shape_twice_changes_nothing(db):
    schema = db.schema
    ensure_db_shape(db)
    assert db.schema == schema


def test_foreign_keys_link_mentions_and_events_to_their_document(db):
    found = {(fk.table, fk.column, fk.other_table, fk.other_column)
             for table in COLUMNS for fk in db[table].foreign_keys}
    assert found == {
        ("events", "document_id", "documents", "id"),
        ("mentions", "document_id", "documents", "id"),
        ("mentions", "event_id", "events", "id"),
    }


@pytest.mark.parametrize("table,column", [
    ("events", "date_start"), ("events", "date_end"), ("events", "year"), ("events", "month"),
    ("events", "week"), ("events", "granularity"), ("events", "document_id"), ("events", "kind"),
    ("events", "event_type"), ("events", "place"), ("events", "source_count"), ("events", "first_published"),
    ("documents", "published"), ("documents", "publisher"), ("documents", "published_estimate_start"),
    ("mentions", "document_id"), ("mentions", "event_id"), ("mentions", "kind"), ("mentions", "event_type"),
])
def test_filtered_and_faceted_columns_are_indexed(db, table, column):
    assert [column] in [index.columns for index in db[table].indexes]


def test_events_mentions_and_documents_have_full_text_search(db, bridge, ferry):
    save_all(db, bridge(), ferry)
    assert [db[table].detect_fts() for table in ("events", "mentions", "documents")] == [
        "events_fts", "mentions_fts", "documents_fts"]
    [ferry_event] = [row for row in db["events"].search("ferry")]
    assert ferry_event["date_start"] == "2021-02-01"
    assert [row["expression"] for row in db["mentions"].search("ferry sailed")] == ["February 2021"]
    assert [row["title"] for row in db["documents"].search("bridge")] == ["Bridge reopens"]


def test_saving_and_rebuilding_twice_changes_nothing(db, bridge, ferry, dump):
    save_all(db, bridge(), ferry)
    before = dump()
    save_all(db, bridge(), ferry)
    assert dump() == before
    assert [len(before[table]) for table in COLUMNS] == [2, 3, 4]


def test_saving_leaves_events_to_the_rebuild_which_links_every_dated_mention(db, bridge, dump):
    save_analysis(db, bridge())
    assert dump()["events"] == []
    rebuild_events(db)
    rows = dump()
    [event] = rows["events"]
    dated = {m["expression"]: m["event_id"] for m in rows["mentions"]}
    assert dated == {"8 March 2021": event["id"], "six months": None}


def test_reports_of_one_happening_in_two_documents_become_one_event(db, bridge, bridge_again, dump):
    save_all(db, bridge(), bridge_again)
    [event] = dump()["events"]
    assert (event["source_count"], event["mention_count"]) == (2, 2)
    assert json.loads(event["publishers"]) == ["Alder Post", "Harbour Gazette"]  # the first to report first
    assert (event["first_published"], event["document_id"]) == ("2021-03-09", bridge_again.document["id"])


def test_ingesting_documents_one_by_one_or_together_gives_the_same_events(fresh_db, bridge, bridge_again, ferry,
                                                                          dump_database):
    ensure_db_shape(fresh_db)
    for analysis in (ferry, bridge_again, bridge()):
        save_all(fresh_db, analysis)
    together = sqlite_utils.Database(memory=True)
    ensure_db_shape(together)
    save_all(together, bridge(), ferry, bridge_again)
    one_by_one, all_at_once = dump_database(fresh_db), dump_database(together)
    for table in ("events", "mentions"):
        assert without_rowid(one_by_one[table]) == without_rowid(all_at_once[table])


def without_rowid(rows: list[dict]) -> list[dict]:
    return [{column: value for column, value in row.items() if column != "rowid"} for row in rows]


def test_changed_metadata_updates_the_document_and_its_events_in_place(db, bridge, dump):
    save_all(db, bridge())
    save_all(db, bridge(publisher="Harbour Times", title="Swing bridge reopens"))
    rows = dump()
    assert [(d["publisher"], d["title"]) for d in rows["documents"]] == [("Harbour Times", "Swing bridge reopens")]
    assert [e["publishers"] for e in rows["events"]] == ['["Harbour Times"]']
    assert len(rows["mentions"]) == 2
    assert [row["title"] for row in db["documents"].search("swing")]  # the index followed the update


def test_events_no_longer_reported_are_deleted_and_unlinked(db, bridge, dump):
    save_all(db, bridge())
    save_all(db, dataclasses.replace(bridge(), mentions=[]))
    rows = dump()
    assert (rows["events"], rows["mentions"]) == ([], [])
    save_all(db, bridge(value="2022-03-08"))
    [event] = dump()["events"]
    assert event["value"] == "2022-03-08"


def test_saving_one_document_never_touches_another(db, bridge, ferry, dump):
    save_analysis(db, bridge())
    document_id = bridge().document["id"]
    before = rows_of(dump(), document_id)
    save_analysis(db, ferry)
    save_analysis(db, dataclasses.replace(ferry, mentions=[]))
    assert rows_of(dump(), document_id) == before


def test_a_failed_save_leaves_the_document_as_it_was(db, bridge, dump):
    save_analysis(db, bridge())
    before = dump()
    broken = bridge(publisher="Harbour Times")
    broken.mentions[0]["not_a_column"] = 1
    with pytest.raises(sqlite3.OperationalError):
        save_analysis(db, broken)
    assert dump() == before


def test_a_database_built_by_the_previous_version_is_upgraded_in_place(fresh_db, dump_database):
    for table, columns in PREVIOUS_COLUMNS.items():
        fresh_db[table].create({column: str for column in columns}, pk="id")
    fresh_db["documents"].insert({"id": "d1", "title": "Bridge reopens", "text": "The bridge reopened."})
    fresh_db["mentions"].insert({"id": "d1:4:10", "expression": "Monday", "document_id": "d1"})
    ensure_db_shape(fresh_db)
    for table, columns in COLUMNS.items():
        assert list(fresh_db[table].columns_dict) == columns, table
    assert fresh_db["documents"].get("d1")["title"] == "Bridge reopens"
    assert fresh_db["mentions"].get("d1:4:10")["expression"] == "Monday"
    assert [row["id"] for row in fresh_db["documents"].search("bridge")] == ["d1"]
    upgraded = dump_database(fresh_db)
    ensure_db_shape(fresh_db)
    assert dump_database(fresh_db) == upgraded
