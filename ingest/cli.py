"""The `dateline` command: a thin click layer over the pipeline functions."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .article import Problem
from .sources import decode_text, parse_day, read_articles
from .timex import Settings
from .timex import tag as tag_text

if TYPE_CHECKING:
    import sqlite_utils

    from .estimate import Window

METADATA_FILE = "metadata.yml"
NO_PROSE = "no article prose left once page furniture is removed; not stored"


def _parse_day(value: str | None, what: str) -> date | None:
    """A date option or field as a date, None when not given; a usage error otherwise."""
    if value in (None, ""):
        return None
    try:
        return parse_day(value)
    except ValueError:
        raise click.BadParameter(f"{what} must be YYYY-MM-DD, got {value!r}") from None


@click.group()
@click.version_option(__version__, prog_name="dateline")
def cli():
    """Dateline: build a dated event timeline from news articles."""


@cli.command()
@click.argument("file", type=click.File("rb"), required=False)
@click.option("--published", help="Publication date YYYY-MM-DD to resolve relative dates against.")
@click.option("--jsonl", "jsonl", type=click.File("rb"),
              help='Read lines {"doc_id","text","dct"} from this file (- for stdin).')
def tag(file, published, jsonl):
    """Print the date expressions the engine finds in one text.

    With FILE: one JSON object per expression,
    {start, end, text, type, value, mod, date_start, date_end}.
    With --jsonl: one line {"doc_id", "timexes": [...]} per input line; a bad
    line is reported on stderr as "error: name:line: message", the other lines
    are still answered and the exit status is 1.

    Example:

        dateline tag article.txt --published 2021-11-01
    """
    if jsonl is not None:
        bad_lines = sum(not _tag_jsonl_line(line, jsonl.name, number) for number, line in enumerate(jsonl, 1))
        sys.exit(1 if bad_lines else 0)
    if file is None:
        raise click.UsageError("give a FILE or --jsonl IN")
    settings = Settings(dct=_parse_day(published, "--published"))
    # The same decoding as ingest: UTF-8 (or UTF-16 with a BOM), never a guess.
    text, why_not = decode_text(file.read())
    if why_not:
        raise click.ClickException(f"{file.name}: {why_not}")
    for timex in tag_text(text, settings):
        click.echo(json.dumps(timex.to_json()))


def _tag_jsonl_line(line: bytes, name: str, number: int) -> bool:
    """Answer one --jsonl input line; False (after reporting it) when it is unusable."""
    if not line.strip():
        return True
    try:
        record = json.loads(line.decode("utf-8"))
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise ValueError('not a JSON object with a "text" string')
        if not isinstance(record.get("dct"), (str, type(None))):
            raise ValueError('"dct" must be a YYYY-MM-DD string or null')
        settings = Settings(dct=_parse_day(record.get("dct"), "dct"))
    except json.JSONDecodeError as error:
        return _report_bad_line(name, number, f"not JSON ({error.msg} at column {error.colno})")
    except RecursionError:
        return _report_bad_line(name, number, "not JSON this reader can load (nested too deeply)")
    except (ValueError, click.BadParameter) as error:
        return _report_bad_line(name, number, error.message if isinstance(error, click.BadParameter) else str(error))
    timexes = [t.to_json() for t in tag_text(record["text"], settings)]
    click.echo(json.dumps({"doc_id": record.get("doc_id"), "timexes": timexes}))
    return True


def _report_bad_line(name: str, number: int, message: str) -> bool:
    _report(Problem(name, message, number))
    return False


def _report(problem: Problem) -> None:
    """One line on stderr naming the input (and line) that was skipped."""
    click.echo(f"error: {problem}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite database to create or update.")
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV (file,publisher,published,title,url) describing the articles; "
                   "a manifest.csv beside them is used by default.")
@click.option("--published", help="Publication date YYYY-MM-DD of every article in this run.")
def ingest(paths, db_path, manifest, published):
    """Read articles, resolve their dates, save documents and mentions, and merge
    the mentions of every document in the database into events.

    PATH is a folder of .txt articles, a .txt file or a JSON Lines file.
    Each unusable input is reported on stderr as "error: path:line: message";
    the rest are still ingested and the exit status is 1. An article with no
    publication date is dated by an estimate from what it reports, never as
    published. Re-ingesting the same input changes nothing, and ingesting
    articles one run at a time gives the same events as one run for all.

    Example:

        dateline ingest examples --db events.db
    """
    # Imported here, not at the top: `dateline tag` needs none of the pipeline (spaCy alone
    # takes longer to import than the engine takes to tag the whole gold corpus).
    import sqlite_utils

    from .analyze import analyze, analyze_document, content_id
    from .db import analysed_by_an_earlier_version, ensure_db_shape, rebuild_events, save_analysis
    published_day = _parse_day(published, "--published")
    db = sqlite_utils.Database(check_database_path(db_path))
    earlier = analysed_by_an_earlier_version(db)
    # Before the first save, so the tables get their foreign keys, indexes and
    # full-text triggers; saves never change the shape.
    ensure_db_shape(db)
    mentions = skipped = 0
    first_source: dict[str, str] = {}  # document id -> the input it was first read from in this run
    saved: dict[str, str] = {}  # the same, for the documents stored
    repeats = []
    for item in read_articles(paths, manifest=manifest, published=published_day):
        if isinstance(item, Problem):
            _report(item)
            skipped += 1
            continue
        # One document per text: a copy under another name would overwrite the first's source and metadata.
        document_id = content_id(item.text)
        if document_id in first_source:
            repeats.append(f"{item.source} (= {first_source[document_id]})")
            continue
        first_source[document_id] = item.source
        try:
            # The estimate a previous run settled on, so re-ingesting reproduces its rows.
            analysis = analyze(item, estimate=stored_estimate(db, document_id))
        except Exception as error:  # one article the engine cannot handle must not stop the batch
            _report(Problem(item.source, f"analysis failed: {error!r}"))
            skipped += 1
            continue
        if not analysis.document["text"].strip():
            _report(Problem(item.source, NO_PROSE))
            skipped += 1
            continue
        save_analysis(db, analysis)
        saved[document_id] = item.source
        mentions += len(analysis.mentions)
    for document_id in earlier:
        if document_id not in saved:
            save_analysis(db, analyze_document(db["documents"].get(document_id)))
    redated = settle_estimates(db)
    rebuild_events(db)
    _summarise_ingest(db, saved, mentions, skipped, redated)
    if repeats:
        click.echo(f"same text as an earlier input, stored once: {', '.join(repeats)}")
    sys.exit(1 if skipped else 0)


def stored_estimate(db: sqlite_utils.Database, document_id: str) -> Window | None:
    """The publication window a previous run estimated for this document, if any."""
    from .estimate import Window
    row = next(db.query("select published_estimate_start, published_estimate_end from documents where id = ?",
                        [document_id]), None)
    return Window.of(row) if row else None


def settle_estimates(db: sqlite_utils.Database) -> list[str]:
    """Estimate anew when each undated document in the database was published (estimate.py)
    and re-date those whose window changed; their ids."""
    from .analyze import analyze_document
    from .db import candidate_mentions, documents_by_id, save_analysis
    from .estimate import Window, estimate_columns, estimate_windows
    documents = documents_by_id(db)
    redated = []
    for document_id, window in sorted(estimate_windows(candidate_mentions(db), documents).items()):
        if window != Window.of(documents[document_id]):
            document = db["documents"].get(document_id) | estimate_columns(window)
            save_analysis(db, analyze_document(document))
            redated.append(document_id)
    return redated


def _summarise_ingest(db: sqlite_utils.Database, saved: dict[str, str], mentions: int, skipped: int,
                      redated: list[str]) -> None:
    """The lines ingest ends with: counts, then the documents whose dating needs a word."""
    ids = json.dumps(list(saved))
    in_run = "document_id in (select value from json_each(?))"
    [events] = db.execute(f"select count(distinct event_id) from mentions where {in_run}", [ids]).fetchone()
    click.echo(f"ingested {len(saved)} documents, {mentions} mentions, {events} events; skipped {skipped}")
    undated = list(db.query(
        "select id, source, published_estimate_start, published_estimate_end from documents "
        "where published is null and id in (select value from json_each(?)) order by source", [ids]))
    estimated = [f"{d['source']} ({d['published_estimate_start']}..{d['published_estimate_end']})"
                 for d in undated if d["published_estimate_start"]]
    if estimated:
        click.echo(f"publication date estimated from content: {', '.join(estimated)}")
    unresolved = [d["source"] for d in undated if not d["published_estimate_start"]]
    if unresolved:
        click.echo(f"no publication date (relative dates unresolved): {', '.join(unresolved)}")
    from_earlier_runs = [db["documents"].get(i)["source"] for i in redated if i not in saved]
    if from_earlier_runs:
        click.echo(f"re-dated against a new publication estimate: {', '.join(from_earlier_runs)}")


@cli.command()
@click.argument("db_path", default="events.db", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option("--metadata", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help=f"Datasette metadata; default: {METADATA_FILE} next to DB_PATH, else in the current directory.")
def serve(db_path, host, port, metadata):
    """Serve the database with Datasette: browse, facet, search and query it as JSON.

    Example:

        dateline serve events.db --port 8001
    """
    if not db_path.is_file():
        raise click.ClickException(
            f"no database at {db_path}; build it first: dateline ingest PATH... --db {db_path}"
        )
    check_database_path(db_path)
    metadata = metadata_for_file(db_path, metadata or find_metadata(db_path, Path.cwd()))
    command = datasette_command(db_path, metadata, host, port)
    # Become Datasette rather than wrap it, so Ctrl-C and kill reach the server itself.
    os.execv(command[0], command)


def check_database_path(db_path: Path) -> Path:
    """db_path when it can hold the database: a SQLite file, or a new file in an
    existing folder. Otherwise a one-line error that leaves the file untouched."""
    if not db_path.parent.is_dir():
        raise click.ClickException(f"{db_path}: folder {db_path.parent} does not exist; create it first")
    if db_path.exists():
        # Reading the schema is the check SQLite itself makes; it writes nothing.
        try:
            with closing(sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
                conn.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.DatabaseError as error:
            raise click.ClickException(f"{db_path}: not a SQLite database ({error}); left unchanged") from None
    return db_path


def find_metadata(db_path: Path, cwd: Path) -> Path:
    """metadata.yml next to the database, else in cwd; a usage error when neither has one."""
    for folder in (db_path.parent, cwd):
        candidate = folder / METADATA_FILE
        if candidate.is_file():
            return candidate
    raise click.ClickException(
        f"no {METADATA_FILE} next to {db_path} or in {cwd}; pass --metadata FILE"
    )


def metadata_for_file(db_path: Path, metadata: Path) -> Path:
    """The metadata file to serve db_path with: metadata itself when it configures
    the database by db_path's name, else a copy in the temporary folder that does."""
    import yaml
    try:
        config = yaml.safe_load(metadata.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise click.ClickException(f"{metadata}: not readable as YAML metadata ({error})") from None
    renamed = metadata_for_database(config, db_path.stem)
    if renamed is config:
        return metadata
    # Named by its content, so serving again reuses the copy instead of adding one.
    content = json.dumps(renamed, sort_keys=True)
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
    copy = Path(tempfile.gettempdir()) / f"dateline-{db_path.stem}-{digest}.json"
    copy.write_text(content, encoding="utf-8")
    return copy


def metadata_for_database(config: dict, name: str) -> dict:
    """config with its one database entry under name. Datasette names a database
    after its file stem, so news.db is /news, and settings written for /events
    (facets, sort order, labels, search, the canned query) would not reach it."""
    databases = config.get("databases") if isinstance(config, dict) else None
    if not isinstance(databases, dict) or len(databases) != 1 or name in databases:
        return config
    (settings,) = databases.values()
    return {**config, "databases": {name: settings}}


def datasette_command(db_path: Path, metadata: Path, host: str, port: int) -> list[str]:
    """The Datasette 0.65 command line; the database is named after the file stem."""
    return [sys.executable, "-m", "datasette", "serve", str(db_path),
            "-m", str(metadata), "-h", host, "-p", str(port)]


if __name__ == "__main__":
    sys.exit(cli())
