"""The `dateline` command: a thin click layer over the pipeline functions."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import click
import sqlite_utils

from . import __version__
from .analyze import NO_PUBLICATION_DATE, analyze
from .article import Problem
from .db import ensure_db_shape, save_analysis
from .sources import parse_day, read_articles
from .timex import Settings, tag as tag_text

METADATA_FILE = "metadata.yml"


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
@click.argument("file", type=click.File("r", encoding="utf-8"), required=False)
@click.option("--published", help="Publication date YYYY-MM-DD to resolve relative dates against.")
@click.option("--jsonl", "jsonl", type=click.File("r", encoding="utf-8"),
              help='Read lines {"doc_id","text","dct"} from this file (- for stdin).')
def tag(file, published, jsonl):
    """Print the date expressions the engine finds in one text.

    With FILE: one JSON object per expression,
    {start, end, text, type, value, mod, date_start, date_end}.
    With --jsonl: one line {"doc_id", "timexes": [...]} per input line.

    Example:

        dateline tag article.txt --published 2021-11-01
    """
    if jsonl is not None:
        for number, line in enumerate(jsonl, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                settings = Settings(dct=_parse_day(record.get("dct"), "dct"))
                text = record["text"]
            except (ValueError, KeyError, TypeError, click.BadParameter) as error:
                raise click.ClickException(f"{jsonl.name}:{number}: {error}") from None
            timexes = [t.to_json() for t in tag_text(text, settings)]
            click.echo(json.dumps({"doc_id": record.get("doc_id"), "timexes": timexes}))
        return
    if file is None:
        raise click.UsageError("give a FILE or --jsonl IN")
    settings = Settings(dct=_parse_day(published, "--published"))
    for timex in tag_text(file.read(), settings):
        click.echo(json.dumps(timex.to_json()))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite database to create or update.")
@click.option("--manifest", type=click.Path(dir_okay=False, path_type=Path),
              help="CSV (file,publisher,published,title,url) describing the articles; "
                   "a manifest.csv beside them is used by default.")
@click.option("--published", help="Publication date YYYY-MM-DD of every article in this run.")
def ingest(paths, db_path, manifest, published):
    """Read articles, resolve their dates and save documents, mentions and events.

    PATH is a folder of .txt articles, a .txt file or a JSON Lines file.
    Each unusable input is reported on stderr as "error: path:line: message";
    the rest are still ingested and the exit status is 1. Re-ingesting the
    same input changes nothing.

    Example:

        dateline ingest examples --db events.db
    """
    published_day = _parse_day(published, "--published")
    db = sqlite_utils.Database(db_path)
    # Before the first save, so the tables get their foreign keys, indexes and
    # full-text triggers; saves never change the shape.
    ensure_db_shape(db)
    documents = mentions = events = skipped = 0
    undated = []
    for item in read_articles(paths, manifest=manifest, published=published_day):
        if isinstance(item, Problem):
            click.echo(f"error: {item}", err=True)
            skipped += 1
            continue
        try:
            analysis = analyze(item)
        except Exception as error:  # one article the engine cannot handle must not stop the batch
            click.echo(f"error: {Problem(item.source, f'analysis failed: {error!r}')}", err=True)
            skipped += 1
            continue
        save_analysis(db, analysis)
        documents += 1
        mentions += len(analysis.mentions)
        events += len(analysis.events)
        if NO_PUBLICATION_DATE in analysis.notes:
            undated.append(item.source)
    click.echo(f"ingested {documents} documents, {mentions} mentions, {events} events; skipped {skipped}")
    if undated:
        click.echo(f"no publication date (relative dates unresolved): {', '.join(undated)}")
    sys.exit(1 if skipped else 0)


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
    metadata = metadata or find_metadata(db_path, Path.cwd())
    command = datasette_command(db_path, metadata, host, port)
    # Become Datasette rather than wrap it, so Ctrl-C and kill reach the server itself.
    os.execv(command[0], command)


def find_metadata(db_path: Path, cwd: Path) -> Path:
    """metadata.yml next to the database, else in cwd; a usage error when neither has one."""
    for folder in (db_path.parent, cwd):
        candidate = folder / METADATA_FILE
        if candidate.is_file():
            return candidate
    raise click.ClickException(
        f"no {METADATA_FILE} next to {db_path} or in {cwd}; pass --metadata FILE"
    )


def datasette_command(db_path: Path, metadata: Path, host: str, port: int) -> list[str]:
    """The Datasette 0.65 command line; the database is named after the file stem."""
    return [sys.executable, "-m", "datasette", "serve", str(db_path),
            "-m", str(metadata), "-h", host, "-p", str(port)]


if __name__ == "__main__":
    sys.exit(cli())
