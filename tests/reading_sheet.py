"""Checks shared by the reading-sheet tests (test_examples, test_news_reading,
test_stories): a sheet says what a careful reader takes from each article, and these
helpers ingest the articles and compare the sheet with what `dateline ingest` stored."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from click.testing import CliRunner, Result

from ingest.cli import cli


@dataclass(frozen=True)
class Reading:
    """What a careful reader takes from one article."""

    published: str | None
    published_source: str
    dates: tuple[tuple[str, str | None, str | None], ...]  # (expression, date_start, date_end)
    furniture: tuple[str, ...] = ()  # whole lines of page furniture in the article
    sidebar_year: str | None = None  # year used only by other stories' dates in the furniture
    not_dates: tuple[str, ...] = ()  # prose phrases with time-like words that name no time


_LEADING_FUNCTION_WORD = re.compile(r"^(?:on|in|at|by|since|during|over|until|from|of|for|within|the)\s+", re.I)


def core(expression: str) -> str:
    """The expression without leading prepositions/articles, which annotators disagree on."""
    expression = expression.strip().lower()
    while (shorter := _LEADING_FUNCTION_WORD.sub("", expression)) != expression:
        expression = shorter
    return expression


def ingest_folder(folder: Path, db_path: Path) -> tuple[Result, sqlite_utils.Database]:
    """folder ingested by the real `dateline ingest` into db_path; the run must succeed."""
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    return result, sqlite_utils.Database(db_path)


def documents_by_source(db: sqlite_utils.Database) -> dict[str, dict]:
    """The documents rows by the input each was read from."""
    return {row["source"]: row for row in db["documents"].rows}


def mentions_of(db, document) -> list[dict]:
    return list(db["mentions"].rows_where("document_id = ?", [document["id"]], order_by="start_char"))


def events_of(db, document) -> list[dict]:
    return list(db["events"].rows_where("document_id = ?", [document["id"]], order_by="id"))


def assert_read_as(mentions: list[dict], expression: str, date_start: str | None, date_end: str | None) -> None:
    """Some mention says `expression` and covers exactly date_start..date_end."""
    found = [(m["expression"], m["date_start"], m["date_end"]) for m in mentions]
    same_words = [(start, end) for text, start, end in found if core(text) == core(expression)]
    assert same_words, f"{expression!r} not found; mentions: {found}"
    assert (date_start, date_end) in same_words, f"{expression!r} resolved to {same_words}"


def assert_nothing_from_furniture(document: dict, mentions: list[dict], events: list[dict],
                                  furniture: tuple[str, ...]) -> None:
    """No mention lies on a furniture line, and no sentence or event summary quotes one."""
    spans, offset = [], 0
    for line in document["text"].splitlines(keepends=True):
        if line.strip() in furniture:
            spans.append((offset, offset + len(line)))
        offset += len(line)
    for mention in mentions:
        inside = [(a, b) for a, b in spans if mention["start_char"] < b and a < mention["end_char"]]
        assert not inside, f"mention {mention['expression']!r} lies in furniture"
        assert not [line for line in furniture if line in mention["sentence"]], mention["sentence"]
    for event in events:
        assert not [line for line in furniture if line in event["summary"]], event["summary"]


def assert_no_mention_in(document: dict, mentions: list[dict], phrases: tuple[str, ...]) -> None:
    """Phrases with time-like words that name no time yield no mention."""
    for phrase in phrases:
        start = document["text"].index(phrase)
        end = start + len(phrase)
        assert not [m["expression"] for m in mentions if m["start_char"] < end and start < m["end_char"]], phrase
