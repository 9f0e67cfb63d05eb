"""What events Dateline makes, and what making them costs: one line per corpus.

    python benchmarks/events.py [--seeds DIR]

Corpora: examples/ and, when present, the seed articles, each ingested into a fresh
temporary database. Per corpus: documents; event-making mentions -> events (how much
merging folded them); events per document; events reported by more than one document
and the most sources any has; then the time per document the clause reading (spaCy
parse + read_clause) adds to the date engine, and the time of one merge of the whole
corpus. Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import tempfile
import time
from datetime import date
from pathlib import Path

import sqlite_utils

from ingest.analyze import analyze_document
from ingest.cli import cli
from ingest.db import rebuild_events
from ingest.nlp import pipeline
from ingest.timex import Settings, tag

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
LINE = ("{corpus:<10} {documents:>4} docs {mentions:>5} dated mentions -> {events:>4} events "
        "({per_document:.1f}/doc) {multi:>3} multi-source (max {most} sources) | "
        "clause reading {enrich_ms:>6.1f} ms/doc, date engine {engine_ms:>6.1f} ms/doc, merge {merge_ms:>6.1f} ms")


def ingest(corpus: Path, db_path: Path) -> sqlite_utils.Database:
    """The real CLI in-process, its output swallowed."""
    quiet = io.StringIO()
    # ingest always ends with sys.exit; a non-zero status only means some input was skipped.
    with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet), contextlib.suppress(SystemExit):
        cli.main(["ingest", str(corpus), "--db", str(db_path)], standalone_mode=False)
    return sqlite_utils.Database(db_path)


def engine_seconds(documents: list[dict]) -> float:
    """The date engine alone over each stored document, as analyze runs it."""
    started = time.perf_counter()
    for document in documents:
        published = document["published"] or document["published_estimate_start"]
        tag(document["text"], Settings(dct=date.fromisoformat(published) if published else None))
    return time.perf_counter() - started


def analysis_seconds(documents: list[dict]) -> float:
    """The whole analysis (date engine, parse, clause readings) of each stored document."""
    started = time.perf_counter()
    for document in documents:
        analyze_document(document)
    return time.perf_counter() - started


def report(corpus: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = ingest(corpus, Path(folder) / "events.db")
        documents = list(db["documents"].rows)
        engine = engine_seconds(documents)
        enrich = analysis_seconds(documents) - engine
        started = time.perf_counter()
        rebuild_events(db)
        merge = time.perf_counter() - started
        [(dated, events, multi, most)] = db.execute(
            "select (select count(*) from mentions where event_id is not null), count(*), "
            "sum(source_count > 1), coalesce(max(source_count), 0) from events").fetchall()
        count = len(documents) or 1
        print(LINE.format(corpus=corpus.name, documents=len(documents), mentions=dated, events=events,
                          per_document=events / count, multi=multi or 0, most=most,
                          enrich_ms=1000 * enrich / count, engine_ms=1000 * engine / count,
                          merge_ms=1000 * merge))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=SHARED / "seeds", help="folder of the seed articles")
    options = parser.parse_args()
    pipeline()  # loaded once, up front: its second of start-up is no document's cost
    for corpus in (REPO / "examples", options.seeds):
        if corpus.is_dir():
            report(corpus)


if __name__ == "__main__":
    main()
