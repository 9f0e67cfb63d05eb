"""The only owner of the database schema, and its only writer.

The schema is data (TABLES, FOREIGN_KEYS, INDEXES, FTS); ensure_db_shape() creates
whatever is missing and is safe to call on every run. Rows are keyed by stable ids
(content hashes and offsets), so saving the same analysis twice changes nothing.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import sqlite_utils

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
        "url": str,
        "source": str,
        "text": str,
    },
    "events": {
        "id": str,
        "date_start": str,
        "date_end": str,
        "summary": str,
        "value": str,
        "granularity": str,
        "year": str,
        "month": str,
        "week": str,
        "publishers": str,  # JSON array of publisher names
        "mention_count": int,
        "source_count": int,
        "document_id": str,
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
    "documents": ["published", "publisher", "published_source"],
    "events": ["date_start", "date_end", "year", "month", "week", "granularity", "document_id"],
    "mentions": ["date_start", "date_end", "granularity", "type", "anchor", "document_id", "event_id"],
}

FTS = {
    "events": ["summary"],
    "documents": ["title", "text"],
}


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create the missing tables, foreign keys, indexes and full-text indexes."""
    for table, columns in TABLES.items():
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
        # replace=True recreates the index only when its configuration changed.
        db[table].enable_fts(columns, create_triggers=True, tokenize="porter", replace=True)


def save_analysis(db: sqlite_utils.Database, analysis: Analysis) -> None:
    """Write one document's rows in one transaction.

    Its mentions and events that the new analysis no longer produces are deleted;
    the rest are upserted in place. Other documents' rows are never touched.
    """
    document_id = analysis.document[PRIMARY_KEY]
    with db.atomic():
        db["documents"].upsert(analysis.document, pk=PRIMARY_KEY)
        _delete_stale(db["mentions"], document_id, analysis.mentions)
        _delete_stale(db["events"], document_id, analysis.events)
        db["events"].upsert_all(analysis.events, pk=PRIMARY_KEY)
        db["mentions"].upsert_all(analysis.mentions, pk=PRIMARY_KEY)


def _delete_stale(table: sqlite_utils.db.Table, document_id: str, rows: list[dict]) -> None:
    keep = json.dumps(sorted(row[PRIMARY_KEY] for row in rows))
    table.delete_where(
        "document_id = ? and id not in (select value from json_each(?))", [document_id, keep]
    )
