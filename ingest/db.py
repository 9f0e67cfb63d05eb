"""The only owner of the database schema, and its only writer.

The schema is data (TABLES, FOREIGN_KEYS, INDEXES, FTS); ensure_db_shape() creates
whatever is missing and is safe to call on every run. Rows are keyed by stable ids
(content hashes and offsets), so saving the same analysis twice changes nothing.
Documents and mentions are saved one document at a time (save_analysis); events are
derived data, rewritten from the mentions of all documents by rebuild_events().
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import sqlite_utils

from .events import dates_a_happening
from .merge import merge_events

if TYPE_CHECKING:  # the writer needs only the rows, not the analysis pipeline
    from .analyze import Analysis

# Column order is the order Datasette shows: what a reader wants first comes first.
TABLES: dict[str, dict[str, type]] = {
    "documents": {
        "id": str,
        "title": str,
        "publisher": str,
        "published": str,
        "published_source": str,
        # Only for a document with no known publication date: the window it was
        # probably published in, read from its content (ingest/estimate.py).
        "published_estimate_start": str,
        "published_estimate_end": str,
        "url": str,
        "source": str,
        "text": str,
    },
    # Derived data: rewritten from the mentions by rebuild_events() after every ingest run.
    "events": {
        "id": str,
        "date_start": str,
        "date_end": str,
        "summary": str,
        "kind": str,  # happened | ongoing | forecast
        "event_type": str,  # from ingest/event_types.toml
        "actors": str,  # JSON array, most frequent first
        "places": str,  # JSON array, most frequent first
        "place": str,  # the main place
        "latitude": float,
        "longitude": float,
        "value": str,
        "granularity": str,
        "year": str,
        "month": str,
        "week": str,
        "date_disagreement": str,  # JSON array of the other datings, NULL when sources agree
        "publishers": str,  # JSON array of publisher names
        "mention_count": int,
        "source_count": int,
        "first_published": str,
        "document_id": str,  # the earliest-published document reporting it
    },
    "mentions": {
        "id": str,
        "expression": str,
        "value": str,
        "type": str,
        "date_start": str,
        "date_end": str,
        "granularity": str,
        "mod": str,
        "anchor": str,
        "sentence": str,
        # This source's reading of the clause the date belongs to; NULL when it dates nothing.
        "clause": str,
        "kind": str,
        "event_type": str,
        "actors": str,
        "places": str,
        "document_id": str,
        "event_id": str,
        "start_char": int,
        "end_char": int,
    },
}

PRIMARY_KEY = "id"

# (table, column, other_table, other_column); tables above are created in FK order.
FOREIGN_KEYS = [
    ("events", "document_id", "documents", "id"),
    ("mentions", "document_id", "documents", "id"),
    ("mentions", "event_id", "events", "id"),
]

# The columns users filter, facet and sort on, plus every foreign key.
INDEXES = {
    "documents": ["published", "publisher", "published_source", "published_estimate_start"],
    "events": ["date_start", "date_end", "kind", "event_type", "place", "year", "month", "week",
               "granularity", "source_count", "first_published", "document_id"],
    "mentions": ["date_start", "date_end", "granularity", "type", "anchor", "kind", "event_type",
                 "document_id", "event_id"],
}

FTS = {
    "events": ["summary", "actors", "places"],
    "mentions": ["sentence", "clause"],
    "documents": ["title", "text"],
}

def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create the missing tables, columns, foreign keys, indexes, and full-text indexes.

    A database built by an earlier version is upgraded in place: missing columns
    are added and the columns put in TABLES order; rows are kept.
    """
    for table, columns in TABLES.items():
        if db[table].exists():
            _upgrade_columns(db, table, columns)
        db[table].create(
            columns,
            pk=PRIMARY_KEY,
            foreign_keys=[
                (column, other_table, other_column)
                for fk_table, column, other_table, other_column in FOREIGN_KEYS
                if fk_table == table
            ],
            if_not_exists=True,
        )
    for table, columns in INDEXES.items():
        for column in columns:
            db[table].create_index([column], if_not_exists=True)
    for table, columns in FTS.items():
        # replace=True recreates the index only when its configuration (or a trigger) changed.
        db[table].enable_fts(columns, create_triggers=True, tokenize="porter", replace=True)


def _upgrade_columns(db: sqlite_utils.Database, table: str, columns: dict[str, type]) -> None:
    existing = db[table].columns_dict
    if list(existing) == list(columns):
        return
    for column, column_type in columns.items():
        if column not in existing:
            db[table].add_column(column, column_type)
    db[table].transform(
        column_order=list(columns), drop={column for column in existing if column not in columns}
    )


def analysed_by_an_earlier_version(db: sqlite_utils.Database) -> list[str]:
    """Ids of the stored documents whose mentions carry no reading of their clause because
    an earlier version (before issue 4) wrote them: call before ensure_db_shape upgrades
    the database, then analyse them again, or their events would be lost."""
    if not db["mentions"].exists() or "clause" in db["mentions"].columns_dict:
        return []
    return [row[PRIMARY_KEY] for row in db.query("select id from documents order by id")]


def save_analysis(db: sqlite_utils.Database, analysis: Analysis) -> None:
    """Write one document's rows in one transaction.

    Its mentions that the new analysis no longer produces are deleted; the rest are
    upserted in place. Other documents' rows are never touched. Events are not
    written here: rebuild_events() makes them from the mentions of all documents.
    """
    document_id = analysis.document[PRIMARY_KEY]
    with db.atomic():
        db["documents"].upsert(analysis.document, pk=PRIMARY_KEY)
        _delete_stale(db["mentions"], "document_id = ?", [document_id], analysis.mentions)
        db["mentions"].upsert_all(analysis.mentions, pk=PRIMARY_KEY)


def documents_by_id(db: sqlite_utils.Database) -> dict[str, dict]:
    """Every documents row but its text, by id: what merging and estimating read."""
    columns = ", ".join(column for column in TABLES["documents"] if column != "text")
    return {row[PRIMARY_KEY]: row for row in db.query(f"select {columns} from documents")}


def candidate_mentions(db: sqlite_utils.Database) -> list[dict]:
    """The mentions with a reading of their clause: those that date something, and in an
    article with no date at all, every mention (what estimate.py matches on)."""
    return list(db.query("select * from mentions where clause is not null order by id"))


def rebuild_events(db: sqlite_utils.Database) -> None:
    """Rewrite the events table, and every mention's event_id, from the mentions of all
    documents (merge.merge_events). Rows that come out the same are left untouched,
    so rebuilding an unchanged database changes nothing."""
    mentions = [mention for mention in candidate_mentions(db) if dates_a_happening(mention)]
    events, event_of = merge_events(mentions, documents_by_id(db))
    with db.atomic():
        _delete_stale(db["events"], "1", [], events)
        db["events"].upsert_all(events, pk=PRIMARY_KEY)
        moved = [m[PRIMARY_KEY] for m in mentions if m["event_id"] != event_of[m[PRIMARY_KEY]]]
        # A mention no event holds any more (its document was re-dated) loses its event.
        db.execute("update mentions set event_id = null where event_id is not null"
                   " and id not in (select value from json_each(?))", [json.dumps(sorted(event_of))])
        db.conn.executemany("update mentions set event_id = ? where id = ?", [(event_of[i], i) for i in moved])


def _delete_stale(table: sqlite_utils.db.Table, where: str, where_args: list, rows: list[dict]) -> None:
    """Delete the rows matching where that are not among rows."""
    keep = json.dumps(sorted(row[PRIMARY_KEY] for row in rows))
    table.delete_where(f"({where}) and id not in (select value from json_each(?))", [*where_args, keep])
