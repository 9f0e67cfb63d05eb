"""Shared fixtures: an in-memory database, a dump of a whole database, the repository
paths, and a small corpus of articles written for these tests (fiction; the seed
articles are read in place only)."""

from __future__ import annotations

import contextlib
import csv
import os
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from ingest.db import TABLES
from ingest.timex import Timex

REPO_ROOT = Path(__file__).resolve().parents[1]

# file -> (publisher, published, title, text). Written for the tests; dates chosen so a
# careful reader resolves each one without doubt.
CORPUS = {
    "bridge.txt": (
        "Harbour Gazette",
        "2021-03-10",
        "Swing bridge reopens in Port Alder",
        "Swing bridge reopens in Port Alder\n\n"
        "The swing bridge in Port Alder reopened to traffic last week.\n"
        "Engineers closed it on 14 September 2020 when a cable snapped.\n"
        "The repairs took six months.\n",
    ),
    "ferry.txt": (
        "Valley Post",
        "2021-03-12",
        "",
        "Ferry sailings resume\n\n"
        "The island ferry resumed sailings on 8 March 2021.\n"
        "Its crew trained in February 2021 and again on 8 March 2021 before the first crossing.\n",
    ),
    "lanterns.txt": (
        "Lantern Weekly",
        "",
        "",
        "Lantern festival to return\n\n"
        "Organisers said the lantern festival would return next summer.\n"
        "The festival was first held in 1998.\n",
    ),
}


def _write_corpus(folder: Path, corpus: dict = CORPUS) -> Path:
    """Write the articles and their manifest.csv into folder; return folder."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as manifest:
        writer = csv.writer(manifest)
        writer.writerow(["file", "publisher", "published", "title"])
        for name, (publisher, published, title, text) in corpus.items():
            (folder / name).write_text(text, encoding="utf-8")
            writer.writerow([name, publisher, published, title])
    return folder


@pytest.fixture
def fresh_db():
    return sqlite_utils.Database(memory=True)


def _dump_database(db: sqlite_utils.Database | Path | str) -> dict:
    """Every row of every table in id order, rowid included, and the schema: equal dumps
    mean a run changed nothing, not even by deleting and re-inserting a row."""
    with contextlib.ExitStack() as stack:
        if not isinstance(db, sqlite_utils.Database):
            db = sqlite_utils.Database(db)
            stack.callback(db.close)
        rows = {table: list(db.query(f"select rowid, * from [{table}] order by id")) for table in TABLES}
        return rows | {"schema": db.schema}


@pytest.fixture(scope="session")
def dump_database():
    """dump_database(db or path) -> {table: rows, "schema": sql}, to compare before and after."""
    return _dump_database


@pytest.fixture(scope="session")
def repo_root():
    return REPO_ROOT


@pytest.fixture
def corpus():
    return dict(CORPUS)


@pytest.fixture
def write_corpus():
    return _write_corpus


@pytest.fixture
def corpus_dir(tmp_path):
    return _write_corpus(tmp_path / "corpus")


def _timex_at(text: str, phrase: str, type_: str, value: str, start: date | None = None,
              end: date | None = None, granularity: str | None = "day", occurrence: int = 0) -> Timex:
    """A Timex for the occurrence-th appearance of phrase in text."""
    offset = -1
    for _ in range(occurrence + 1):
        offset = text.index(phrase, offset + 1)
    return Timex(offset, offset + len(phrase), phrase, type_, value,
                 date_start=start, date_end=end, granularity=granularity)


@pytest.fixture
def timex_at():
    """Build Timex objects by hand, to test rows and events apart from the date engine."""
    return _timex_at


@pytest.fixture(scope="session")
def seeds_dir():
    path = Path(os.environ.get("DATELINE_SEEDS", REPO_ROOT.parent / "shared" / "seeds"))
    if not path.is_dir():
        pytest.skip(f"seed articles not found at {path} (set DATELINE_SEEDS)")
    return path


@pytest.fixture(scope="session")
def examples_dir():
    path = REPO_ROOT / "examples"
    if not any(path.glob("*.txt")):
        pytest.skip("examples/ has no articles yet")
    return path
