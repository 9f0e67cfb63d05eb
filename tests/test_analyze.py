"""analyze(): one article we wrote in, the rows for documents and mentions out."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from ingest.analyze import analyze, analyze_document, covering_value, headline
from ingest.article import Article
from ingest.estimate import Window

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
    last_week = mention(analysis, "last week")
    assert (last_week["date_start"], last_week["date_end"]) == ("2021-03-01", "2021-03-07")


def test_a_publication_date_printed_in_the_text_is_used_when_metadata_has_none():
    text = "Published: 3 Nov 2021\n\nThe market opened on Monday.\n"
    analysis = analyze(article(text))
    assert (analysis.document["published"], analysis.document["published_source"]) == ("2021-11-03", "text")
    monday = mention(analysis, "Monday")
    assert monday["date_start"] == "2021-11-01"


def test_without_a_publication_date_or_an_estimate_relative_dates_stay_unresolved():
    analysis = analyze(article())
    document = analysis.document
    assert (document["published"], document["published_source"], document["published_estimate_start"]) == (
        None, "unknown", None)
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


def test_mentions_that_date_something_carry_their_sources_reading_of_the_clause():
    analysis = analyze(article(published=date(2021, 3, 10), published_source="manifest"))
    six_months = mention(analysis, "six months")
    assert [six_months[column] for column in ("clause", "kind", "event_type", "actors", "places")] == [None] * 5
    closed = mention(analysis, "14 September 2020")
    assert "closed" in closed["clause"] and "14 September" not in closed["clause"]
    assert closed["kind"] == "happened" and isinstance(closed["places"], list)
    assert all(row["event_id"] is None for row in analysis.mentions)  # events are made across documents


def test_what_starts_after_publication_is_a_forecast_whatever_the_grammar_says():
    text = "Ferry returns\n\nThe ferry sails again on 8 April 2021.\n"
    analysis = analyze(article(text, published=date(2021, 3, 10), published_source="manifest"))
    assert mention(analysis, "8 April 2021")["kind"] == "forecast"


ESTIMATE = Window(date(2021, 3, 10), date(2021, 3, 17))


def test_an_undated_article_is_dated_against_its_estimated_window_and_marked_so():
    analysis = analyze(article(), estimate=ESTIMATE)
    document = analysis.document
    assert (document["published"], document["published_source"]) == (None, "unknown")
    assert (document["published_estimate_start"], document["published_estimate_end"]) == ("2021-03-10", "2021-03-17")
    last_week = mention(analysis, "last week")
    # the week before the window's first day up to the week before its last
    assert (last_week["date_start"], last_week["date_end"], last_week["anchor"]) == (
        "2021-03-01", "2021-03-14", "estimate")
    assert last_week["clause"]  # now dated, it may make an event
    closed = mention(analysis, "14 September 2020")
    assert (closed["date_start"], closed["anchor"]) == ("2020-09-14", "absolute")


def test_an_estimate_is_ignored_for_an_article_with_a_publication_date():
    analysis = analyze(article(published=date(2021, 3, 10), published_source="manifest"), estimate=ESTIMATE)
    assert analysis.document["published_estimate_start"] is None
    assert mention(analysis, "last week")["anchor"] == "publication"


def test_a_stored_document_is_dated_again_as_the_article_was():
    first = analyze(article(), estimate=ESTIMATE)
    assert analyze_document(first.document) == first


@pytest.mark.parametrize("first,last,value,granularity", [
    (date(2021, 3, 1), date(2021, 3, 14), "2021-03", "month"),
    (date(2021, 2, 22), date(2021, 3, 7), "2021", "year"),
    (date(2021, 12, 27), date(2022, 1, 9), "202", "decade"),
    (date(2019, 12, 23), date(2020, 1, 5), "20", "century"),
])
def test_a_reading_that_moves_with_the_window_gets_the_value_that_covers_it(first, last, value, granularity):
    assert covering_value(first, last) == (value, granularity)


def test_analysis_is_repeatable():
    one = analyze(article(published=date(2021, 3, 10), published_source="manifest"))
    two = analyze(article(published=date(2021, 3, 10), published_source="manifest"))
    assert one == two


def test_a_stretch_of_days_is_one_mention_dated_from_its_first_to_its_last_day():
    text = "Harbour festival returns\n\nThe harbour festival will run from June 3 to June 9, organisers said.\n"
    analysis = analyze(article(text, published=date(2025, 5, 20), published_source="manifest"))
    [festival] = [m for m in analysis.mentions if m["type"] == "DATE"]
    assert (festival["expression"], festival["date_start"], festival["date_end"]) == (
        "June 3 to June 9", "2025-06-03", "2025-06-09")
