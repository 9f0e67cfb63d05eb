"""The schema owner and the writer: shape, idempotence, isolation between documents.

Analyses are built by the real row code from hand-made Timex lists, so these tests
do not depend on the date engine."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date

import pytest

from ingest.analyze import build_analysis
from ingest.article import Article
from ingest.db import ensure_db_shape, save_analysis

BRIDGE = "Bridge reopens\n\nThe bridge reopened on 8 March 2021. Repairs took six months."
FERRY = "Ferry returns\n\nThe ferry sailed in February 2021. It sails again next week."

# The data model the README documents; changing it is a deliberate, documented act.
COLUMNS = {
    "documents": ["id", "title", "publisher", "published", "published_source", "url", "source", "text"],
    "events": ["id", "date_start", "date_end", "summary", "value", "granularity", "year", "month",
               "week", "publishers", "mention_count", "source_count", "document_id"],
    "mentions": ["id", "expression", "value", "type", "date_start", "date_end", "granularity", "mod",
                 "anchor", "sentence", "document_id", "event_id", "start_char", "end_char"],
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
        return build_analysis(article, BRIDGE, article.published, "manifest", timexes)
    return build


@pytest.fixture
def ferry(timex_at):
    article = Article(FERRY, "ferry.txt", publisher="Valley Post",
                      published=date(2021, 3, 12), published_source="manifest")
    timexes = [
        timex_at(FERRY, "February 2021", "DATE", "2021-02", date(2021, 2, 1), date(2021, 2, 28), "month"),
        timex_at(FERRY, "next week", "DATE", "2021-W11", date(2021, 3, 15), date(2021, 3, 21), "week"),
    ]
    return build_analysis(article, FERRY, article.published, "manifest", timexes)


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


def test_analysis_rows_have_exactly_the_table_columns(bridge):
    analysis = bridge()
    assert list(analysis.document) == COLUMNS["documents"]
    assert all(list(row) == COLUMNS["events"] for row in analysis.events)
    assert all(list(row) == COLUMNS["mentions"] for row in analysis.mentions)


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
    ("events", "week"), ("events", "granularity"), ("events", "document_id"),
    ("documents", "published"), ("documents", "publisher"),
    ("mentions", "document_id"), ("mentions", "event_id"),
])
def test_filtered_and_faceted_columns_are_indexed(db, table, column):
    assert [column] in [index.columns for index in db[table].indexes]


def test_events_and_documents_have_full_text_search(db, bridge, ferry):
    save_analysis(db, bridge())
    save_analysis(db, ferry)
    assert db["events"].detect_fts() == "events_fts"
    assert db["documents"].detect_fts() == "documents_fts"
    assert [row["summary"] for row in db["events"].search("ferry")] == ["The ferry sailed in February 2021."]
    assert [row["title"] for row in db["documents"].search("bridge")] == ["Bridge reopens"]


def test_saving_the_same_analysis_twice_changes_nothing(db, bridge, ferry, dump):
    save_analysis(db, bridge())
    save_analysis(db, ferry)
    before = dump()
    save_analysis(db, bridge())
    save_analysis(db, ferry)
    assert dump() == before
    assert [len(before[table]) for table in COLUMNS] == [2, 3, 4]


def test_changed_metadata_updates_the_document_in_place(db, bridge, dump):
    save_analysis(db, bridge())
    save_analysis(db, bridge(publisher="Harbour Times", title="Swing bridge reopens"))
    rows = dump()
    assert [(d["publisher"], d["title"]) for d in rows["documents"]] == [("Harbour Times", "Swing bridge reopens")]
    assert [e["publishers"] for e in rows["events"]] == ['["Harbour Times"]']
    assert len(rows["mentions"]) == 2
    assert [row["summary"] for row in db["events"].search("reopened")]  # the index followed the update


def test_events_no_longer_produced_are_deleted_with_their_mentions(db, bridge, dump):
    save_analysis(db, bridge(value="2021-03-08"))
    old_event = dump()["events"][0]["id"]
    save_analysis(db, bridge(value="2022-03-08"))
    rows = dump()
    assert [e["value"] for e in rows["events"]] == ["2022-03-08"]
    assert old_event not in {m["event_id"] for m in rows["mentions"]}
    assert len(rows["mentions"]) == 2


def test_saving_one_document_never_touches_another(db, bridge, ferry, dump):
    save_analysis(db, bridge())
    document_id = bridge().document["id"]
    before = rows_of(dump(), document_id)
    save_analysis(db, ferry)
    save_analysis(db, dataclasses.replace(ferry, mentions=[], events=[]))
    assert rows_of(dump(), document_id) == before


def test_a_failed_save_leaves_the_document_as_it_was(db, bridge, dump):
    save_analysis(db, bridge())
    before = dump()
    broken = bridge(publisher="Harbour Times")
    broken.mentions[0]["not_a_column"] = 1
    with pytest.raises(sqlite3.OperationalError):
        save_analysis(db, broken)
    assert dump() == before
