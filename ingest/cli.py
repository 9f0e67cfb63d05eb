"""The `dateline` command: a thin click layer over the pipeline functions."""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from . import __version__
from .timex import Settings, tag as tag_text


def _parse_day(value: str | None, what: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{what} must be YYYY-MM-DD, got {value!r}")


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
                raise click.ClickException(f"{jsonl.name}:{number}: {error}")
            timexes = [t.to_json() for t in tag_text(text, settings)]
            click.echo(json.dumps({"doc_id": record.get("doc_id"), "timexes": timexes}))
        return
    if file is None:
        raise click.UsageError("give a FILE or --jsonl IN")
    settings = Settings(dct=_parse_day(published, "--published"))
    for timex in tag_text(file.read(), settings):
        click.echo(json.dumps(timex.to_json()))


if __name__ == "__main__":
    sys.exit(cli())
