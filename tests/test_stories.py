"""Merging on news nobody tuned on: tests/fixtures/stories/ holds eleven short invented
articles from five publishers about three stories (a port strike and its settlement, a
takeover bid, a flood and its inquiry), and happenings.toml lists, from reading them,
every happening with the mentions that date it. `dateline ingest` must make each
happening exactly one event holding exactly those mentions, with the right dating,
kind, event type and source count, and keep look-alike happenings apart.
"""

from __future__ import annotations

import csv
import json
import tomllib
from pathlib import Path

import pytest
from reading_sheet import core, documents_by_source, ingest_folder

STORIES = Path(__file__).resolve().parent / "fixtures" / "stories"
SHEET = tomllib.loads((STORIES / "happenings.toml").read_text(encoding="utf-8"))
HAPPENINGS = {happening["name"]: happening for happening in SHEET["happening"]}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingest_folder(STORIES, tmp_path_factory.mktemp("stories") / "events.db")[1]


@pytest.fixture(scope="module")
def documents(db):
    return documents_by_source(db)


def mention(db, documents, file: str, expression: str) -> dict:
    """The one mention of the file that says expression (leading prepositions aside)."""
    found = [m for m in db["mentions"].rows_where("document_id = ?", [documents[file]["id"]])
             if core(m["expression"]) == core(expression)]
    assert len(found) == 1, f"{file}: {expression!r} found as {[m['expression'] for m in found]}"
    return found[0]


def event_of(db, documents, happening: dict) -> dict:
    """The event of the happening's first mention."""
    event_id = mention(db, documents, *happening["mentions"][0])["event_id"]
    assert event_id is not None, f"{happening['mentions'][0]} dates no event"
    return db["events"].get(event_id)


def test_sheet_describes_the_folder():
    """Guards the sheet against edits to the articles: everything it names is there."""
    with open(STORIES / "manifest.csv", newline="", encoding="utf-8") as manifest:
        listed = {row["file"] for row in csv.DictReader(manifest)}
    assert listed == {path.name for path in STORIES.glob("*.txt")}
    for happening in HAPPENINGS.values():
        for file, expression in happening["mentions"]:
            assert expression in (STORIES / file).read_text(encoding="utf-8"), (file, expression)
    assert all(name in HAPPENINGS for pair in SHEET["apart"] for name in pair["happenings"])


@pytest.mark.parametrize("happening", list(HAPPENINGS.values()), ids=list(HAPPENINGS))
def test_a_happening_is_one_event_holding_exactly_its_mentions(db, documents, happening):
    event = event_of(db, documents, happening)
    members = {(m["document_id"], m["start_char"]) for m in db["mentions"].rows_where("event_id = ?", [event["id"]])}
    listed = {(m["document_id"], m["start_char"]) for m in (mention(db, documents, *f) for f in happening["mentions"])}
    sources = {document["id"]: source for source, document in documents.items()}
    assert sorted(sources[d] for d, _ in members) == sorted(sources[d] for d, _ in listed)
    assert members == listed


@pytest.mark.parametrize("happening", list(HAPPENINGS.values()), ids=list(HAPPENINGS))
def test_the_event_reads_as_the_sheet_says(db, documents, happening):
    event = event_of(db, documents, happening)
    disagreement = [dating["value"] for dating in json.loads(event["date_disagreement"] or "[]")]
    assert {
        "dates": [event["date_start"], event["date_end"]],
        "kind": event["kind"],
        "event_type": event["event_type"],
        "source_count": event["source_count"],
        "date_disagreement": disagreement,
    } == {
        "dates": happening["dates"],
        "kind": happening["kind"],
        "event_type": happening["event_type"],
        "source_count": happening["source_count"],
        "date_disagreement": happening.get("date_disagreement", []),
    }


@pytest.mark.parametrize("pair", SHEET["apart"],
                         ids=[" / ".join(pair["happenings"]) for pair in SHEET["apart"]])
def test_look_alike_happenings_stay_apart(db, documents, pair):
    first, second = (HAPPENINGS[name] for name in pair["happenings"])
    first_events = {mention(db, documents, *m)["event_id"] for m in first["mentions"]}
    second_events = {mention(db, documents, *m)["event_id"] for m in second["mentions"]}
    assert not first_events & second_events


def test_the_undated_article_is_dated_by_an_estimate(documents):
    document = documents[SHEET["estimate"]["file"]]
    assert document["published"] is None
    assert [document["published_estimate_start"], document["published_estimate_end"]] == SHEET["estimate"]["dates"]
