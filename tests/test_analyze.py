"""analyze(): one article we wrote in, the rows for documents, mentions and events out."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from ingest.analyze import NO_PUBLICATION_DATE, analyze, headline
from ingest.article import Article

BRIDGE = (
    "Swing bridge reopens in Port Alder\n\n"
    "The swing bridge reopened to traffic last week.\n"
    "Engineers closed it on 14 September 2020 when a cable snapped.\n"
    "The repairs took six months.\n"
)


def article(text=BRIDGE, **metadata) -> Article:
    return Article(text, "bridge.txt", **metadata)


def mention(analysis, expression: str) -> dict:
    [row] = [m for m in analysis.mentions if m["expression"].endswith(expression)]
    return row


def test_a_manifest_date_anchors_relative_dates_and_is_recorded_with_its_source():
    analysis = analyze(article(published=date(2021, 3, 10), published_source="manifest"))
    assert (analysis.document["published"], analysis.document["published_source"]) == ("2021-03-10", "manifest")
    assert analysis.notes == []
    last_week = mention(analysis, "last week")
    assert (last_week["date_start"], last_week["date_end"]) == ("2021-03-01", "2021-03-07")


def test_a_publication_date_printed_in_the_text_is_used_when_metadata_has_none():
    text = "Published: 3 Nov 2021\n\nThe market opened on Monday.\n"
    analysis = analyze(article(text))
    assert (analysis.document["published"], analysis.document["published_source"]) == ("2021-11-03", "text")
    monday = mention(analysis, "Monday")
    assert monday["date_start"] == "2021-11-01"


def test_without_a_publication_date_relative_dates_stay_unresolved_and_a_note_says_so():
    analysis = analyze(article())
    assert (analysis.document["published"], analysis.document["published_source"]) == (None, "unknown")
    assert analysis.notes == [NO_PUBLICATION_DATE]
    last_week = mention(analysis, "last week")
    assert (last_week["date_start"], last_week["date_end"]) == (None, None)
    # An absolute date needs no anchor and still resolves.
    closed = mention(analysis, "14 September 2020")
    assert (closed["date_start"], closed["date_end"]) == ("2020-09-14", "2020-09-14")


def test_the_document_id_comes_from_the_text_not_the_metadata():
    plain = analyze(article())
    described = analyze(article(publisher="Harbour Gazette", title="Bridge", published=date(2021, 3, 10),
                                published_source="manifest"))
    other = analyze(article(BRIDGE + "Tolls return in April.\n"))
    assert plain.document["id"] == described.document["id"] == hashlib.sha256(BRIDGE.encode()).hexdigest()[:16]
    assert other.document["id"] != plain.document["id"]


def test_metadata_fills_the_document_row():
    analysis = analyze(article(publisher="Harbour Gazette", title="Bridge back", url="https://example.org/b",
                               published=date(2021, 3, 10), published_source="manifest"))
    document = analysis.document
    assert (document["title"], document["publisher"], document["url"], document["source"]) == (
        "Bridge back", "Harbour Gazette", "https://example.org/b", "bridge.txt")
    assert "reopened to traffic" in document["text"]


def test_the_headline_is_the_title_when_metadata_has_none():
    assert analyze(article()).document["title"] == "Swing bridge reopens in Port Alder"


@pytest.mark.parametrize("text,title", [
    ("Swing bridge reopens\n\nThe bridge reopened.", "Swing bridge reopens"),
    ("Will the ferry sail again?\nIt will.", "Will the ferry sail again?"),
    ("The bridge reopened to traffic on Monday, officials said.\nMore follows.", None),
    ("Bridge\n\nThe bridge reopened.", None),  # one word is a label, not a headline
    ("Swing bridge reopens", None),  # nothing follows: the whole text, not a headline
])
def test_a_first_line_is_a_headline_only_when_it_reads_as_one(text, title):
    assert headline(text) == title


def test_mentions_point_into_the_document_text_and_carry_their_sentence():
    analysis = analyze(article(published=date(2021, 3, 10), published_source="manifest"))
    text = analysis.document["text"]
    assert analysis.mentions
    for row in analysis.mentions:
        assert text[row["start_char"]:row["end_char"]] == row["expression"]
        assert row["expression"] in row["sentence"]
        assert row["id"] == f"{analysis.document['id']}:{row['start_char']}:{row['end_char']}"
        assert row["document_id"] == analysis.document["id"]


def test_dated_mentions_belong_to_events_and_durations_to_none():
    analysis = analyze(article(published=date(2021, 3, 10), published_source="manifest"))
    event_ids = {event["id"] for event in analysis.events}
    assert mention(analysis, "six months")["event_id"] is None
    for expression in ("last week", "14 September 2020"):
        assert mention(analysis, expression)["event_id"] in event_ids
    summaries = {event["summary"] for event in analysis.events}
    assert summaries == {"The swing bridge reopened to traffic last week.",
                         "Engineers closed it on 14 September 2020 when a cable snapped."}


def test_analysis_is_repeatable():
    one = analyze(article(published=date(2021, 3, 10), published_source="manifest"))
    two = analyze(article(published=date(2021, 3, 10), published_source="manifest"))
    assert one == two
