"""How fast Dateline reads news: one comparable line per fixed corpus.

    python benchmarks/speed.py [--seeds DIR] [--data DIR]

Corpora: `dateline ingest` of examples/ and, when present, the seed articles (each into
a fresh temporary database), then the bare date engine over the texts of the gold
TIMEX3 files (*.jsonl). Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path

import sqlite_utils

from ingest.cli import cli
from ingest.timex import Settings, tag

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
LINE = "{corpus:<22} {stage:<7} {documents:>6} docs {characters:>10,} chars {seconds:>8.2f} s {rate:>10,.0f} chars/s {mentions:>7,} mentions"


def print_line(corpus: str, stage: str, documents: int, characters: int, seconds: float, mentions: int) -> None:
    rate = characters / seconds if seconds else 0.0
    print(LINE.format(corpus=corpus, stage=stage, documents=documents, characters=characters,
                      seconds=seconds, rate=rate, mentions=mentions))


def time_ingest(corpus: Path) -> None:
    """Run the real CLI in-process (no interpreter start-up in the figure) into a temp DB."""
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "events.db"
        quiet = io.StringIO()
        started = time.perf_counter()
        # ingest always ends with sys.exit; a non-zero status only means some input was skipped.
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet), \
                contextlib.suppress(SystemExit):
            cli.main(["ingest", str(corpus), "--db", str(db_path)], standalone_mode=False)
        seconds = time.perf_counter() - started
        db = sqlite_utils.Database(db_path)
        documents = db["documents"].count
        characters = db.execute("select coalesce(sum(length(text)), 0) from documents").fetchone()[0]
        print_line(corpus.name, "ingest", documents, characters, seconds, db["mentions"].count)


def time_engine(gold: Path) -> None:
    """The date engine alone over each gold document's text, resolved against its DCT."""
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    mentions = 0
    started = time.perf_counter()
    for record in records:
        mentions += len(tag(record["text"], Settings(dct=date.fromisoformat(record["dct"]))))
    seconds = time.perf_counter() - started
    print_line(gold.name, "engine", len(records), sum(len(r["text"]) for r in records), seconds, mentions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=Path(os.environ.get("DATELINE_SEEDS", SHARED / "seeds")),
                        help="folder of seed articles (skipped when absent)")
    parser.add_argument("--data", type=Path, default=SHARED / "data",
                        help="folder of gold *.jsonl files (skipped when absent)")
    arguments = parser.parse_args()
    # Warm up lazily loaded language data so it does not land in the first corpus' figure.
    tag("The vote was held on 3 Nov 2021, a week ago.", Settings(dct=date(2021, 11, 10)))
    for corpus in (REPO / "examples", arguments.seeds):
        if corpus.is_dir():
            time_ingest(corpus)
    for gold in sorted(arguments.data.glob("*.jsonl")) if arguments.data.is_dir() else ():
        time_engine(gold)


if __name__ == "__main__":
    main()
