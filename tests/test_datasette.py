"""Datasette 0.65 over a database built by the real ingest, with the real metadata.yml
and the project's plugin (loaded through its entry point, as `datasette serve` loads it).

Always ask for _shape=array or _shape=objects: the default JSON shape differs in 1.0."""

from __future__ import annotations

import html
import re
import sqlite3
import urllib.parse
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
import yaml
from click.testing import CliRunner
from datasette.app import Datasette

from ingest.cli import cli
from ingest.db import TABLES
from ingest.event_types import types as event_types

ATOM = "{http://www.w3.org/2005/Atom}"


def build(folder, *paths) -> str:
    db_path = folder / "events.db"  # the file stem names the database: /events
    result = CliRunner().invoke(cli, ["ingest", *map(str, paths), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    return str(db_path)


def metadata(repo_root) -> dict:
    with open(repo_root / "metadata.yml", encoding="utf-8") as file:
        return yaml.safe_load(file)


def table_config(repo_root) -> dict:
    return metadata(repo_root)["databases"]["events"]["tables"]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    # The shared test corpus, built once for this module (the write_corpus fixture is per test).
    from conftest import _write_corpus
    folder = tmp_path_factory.mktemp("corpus")
    return build(folder, _write_corpus(folder / "articles"))


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory, examples_dir):
    return build(tmp_path_factory.mktemp("examples"), examples_dir)


@pytest.fixture
def corpus_ds(corpus_db, repo_root):
    return Datasette([corpus_db], metadata=metadata(repo_root))


@pytest.fixture
def examples_ds(examples_db, repo_root):
    return Datasette([examples_db], metadata=metadata(repo_root))


@pytest.fixture(params=["corpus", "examples"])
def any_ds(request, repo_root):
    """Datasette over our test corpus, then over the shipped examples."""
    return Datasette([request.getfixturevalue(f"{request.param}_db")], metadata=metadata(repo_root))


def sql(db_path, query, *params) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(query, params).fetchall()


async def get(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response


async def get_json(ds, path):
    return (await get(ds, path)).json()


def facet_counts(data, name) -> dict:
    return {row["value"]: row["count"] for row in data["facet_results"][name]["results"]}


@pytest.mark.asyncio
async def test_events_have_every_facet_the_issue_asks_for(examples_ds):
    data = await get_json(examples_ds, "/events/events.json?_shape=objects&_size=0")
    assert set(data["facet_results"]) == {
        "year", "month", "week", "granularity", "kind", "event_type", "publishers", "actors", "places"}
    for name in ("actors", "places", "publishers"):  # arrays count each name, not each JSON string
        assert all(not value.startswith("[") for value in facet_counts(data, name)), name


@pytest.mark.asyncio
async def test_date_facets_count_partial_dates(corpus_ds, corpus_db):
    # Datasette's own date facet drops "February 2021" and misreads "1998"; the derived columns do not.
    data = await get_json(corpus_ds, "/events/events.json?_shape=objects&_size=0")
    for column in ("year", "month", "week"):
        expected = dict(sql(corpus_db, f"select {column}, count(*) from events where {column} is not null group by 1"))
        assert facet_counts(data, column) == expected, column
    assert facet_counts(data, "month")["2021-02"] >= 1 and facet_counts(data, "year")["1998"] >= 1


@pytest.mark.asyncio
async def test_events_between_returns_events_overlapping_the_range(corpus_ds):
    # A mid-February range overlaps the month-long "February 2021" and nothing else.
    rows = await get_json(corpus_ds, "/events/events_between.json?start=2021-02-10&end=2021-02-15&_shape=array")
    assert [(r["value"], r["date_start"], r["date_end"]) for r in rows] == [("2021-02", "2021-02-01", "2021-02-28")]
    assert rows[0]["publisher"] == "Valley Post"


@pytest.mark.asyncio
@pytest.mark.parametrize("typed", ["ferry", "ferr", "ferr*", "FERRY", '"island ferry"', "isl ferr"])
async def test_search_finds_events_as_users_type(corpus_ds, typed):
    events = await get_json(corpus_ds, f"/events/events.json?_shape=array&_search={typed}")
    assert events and all("ferry" in event["summary"].lower() for event in events)


@pytest.mark.asyncio
@pytest.mark.parametrize("typed", ['"ferry', "ferry AND", "NEAR(", "*", "^ferry", "ferry OR"])
async def test_search_box_never_answers_an_error(corpus_ds, typed):
    await get_json(corpus_ds, f"/events/events.json?_shape=array&_search={typed}")


@pytest.mark.asyncio
async def test_raw_search_mode_still_takes_fts5_syntax(corpus_ds):
    either = await get_json(corpus_ds, "/events/events.json?_shape=array&_searchmode=raw&_search=ferry OR bridge")
    assert {"ferry", "bridge"} <= {word for e in either for word in ("ferry", "bridge") if word in e["summary"].lower()}


@pytest.mark.asyncio
async def test_documents_and_mentions_are_searchable(corpus_ds):
    documents = await get_json(corpus_ds, "/events/documents.json?_search=lant&_shape=array")
    assert [d["source"] for d in documents] == ["lanterns.txt"]
    mentions = await get_json(corpus_ds, "/events/mentions.json?_search=ferr&_shape=array")
    assert mentions and all("ferry" in m["sentence"].lower() for m in mentions)


@pytest.mark.asyncio
async def test_events_are_sorted_as_a_timeline(corpus_ds):
    events = await get_json(corpus_ds, "/events/events.json?_shape=array&date_start__notblank=1")
    days = [e["date_start"] for e in events]
    assert days == sorted(days) and days[0] == "1998-01-01"


@pytest.mark.asyncio
async def test_events_and_mentions_link_to_their_document_by_title(corpus_ds):
    for table in ("events", "mentions"):
        rows = await get_json(corpus_ds, f"/events/{table}.json?_shape=array&_labels=on&document_id__notblank=1")
        labels = {row["document_id"]["label"] for row in rows}
        assert labels <= {"Swing bridge reopens in Port Alder", "Ferry sailings resume", "Lantern festival to return"}
        assert len(labels) >= 2
    # The events table page links each row to its document, labelled with the title.
    [event] = await get_json(corpus_ds, "/events/events.json?_shape=array&_search=island ferry")
    page = await corpus_ds.client.get("/events/events?_search=island ferry")
    assert f'<a href="/events/documents/{event["document_id"]}">Ferry sailings resume</a>' in page.text
    # A mention's event is labelled with the event's summary.
    [mention] = await get_json(corpus_ds, f"/events/mentions.json?_shape=array&_labels=on&event_id={event['id']}&_size=1")
    assert mention["event_id"] == {"value": event["id"], "label": event["summary"]}
    # The document's row page links back to its events and mentions.
    page = await corpus_ds.client.get(f"/events/documents/{event['document_id']}")
    for table in ("events", "mentions"):
        assert f'href="/events/{table}?document_id={event["document_id"]}"' in page.text


@pytest.mark.asyncio
async def test_every_table_page_loads_with_its_metadata(any_ds):
    for table in TABLES:
        data = await get_json(any_ds, f"/events/{table}.json?_shape=objects")
        assert data["rows"], table
        await get(any_ds, f"/events/{table}")


@pytest.mark.asyncio
async def test_events_between_over_all_time_returns_every_dated_event(any_ds):
    rows = await get_json(any_ds, "/events/events_between.json?start=0001-01-01&end=9999-12-31&_shape=array")
    dated = await get_json(any_ds, "/events.json?_shape=array&sql=select count(*) as n from events where date_start is not null")
    assert len(rows) == dated[0]["n"]
    assert [r["date_start"] for r in rows] == sorted(r["date_start"] for r in rows)


@pytest.mark.asyncio
@pytest.mark.parametrize("query,parameter,column", [("actor_timeline", "actor", "actors"),
                                                   ("place_timeline", "place", "places")])
async def test_one_actors_or_places_timeline(examples_ds, examples_db, query, parameter, column):
    [(name, count)] = sql(examples_db, f"select j.value, count(*) from events, json_each(events.{column}) j "
                                       "group by j.value order by count(*) desc, j.value limit 1")
    rows = await get_json(examples_ds, f"/events/{query}.json?{parameter}={name}&_shape=array&_json={column}")
    assert len(rows) == count and all(name in row[column] for row in rows)
    assert [(r["date_start"], r["date_end"]) for r in rows] == sorted((r["date_start"], r["date_end"]) for r in rows)


@pytest.mark.asyncio
async def test_event_sources_shows_each_report_with_its_own_date_wording(examples_ds, examples_db):
    [(event_id, reports)] = sql(examples_db, "select event_id, count(*) from mentions where event_id is not null "
                                             "group by event_id order by count(*) desc, event_id limit 1")
    rows = await get_json(examples_ds, f"/events/event_sources.json?event={event_id}&_shape=array")
    assert len(rows) == reports
    texts = dict(sql(examples_db, "select id, text from documents"))
    wordings = sql(examples_db, "select document_id, start_char, end_char from mentions where event_id = ?", event_id)
    assert sorted(r["date_wording"] for r in rows) == sorted(texts[d][s:e] for d, s, e in wordings)
    assert all(r["publisher"] and r["date_start"] for r in rows)


@pytest.mark.asyncio
async def test_events_by_week_counts_every_week_dated_event(examples_ds, examples_db):
    rows = await get_json(examples_ds, "/events/events_by_week.json?_shape=array")
    assert [(r["week"], r["events"]) for r in rows] == sql(
        examples_db, "select week, count(*) from events where week is not null group by week order by week")
    for row in rows:  # the days of each row lie in its ISO week
        year, week = map(int, row["week"].split("-W"))
        monday = date.fromisocalendar(year, week, 1)
        assert monday <= date.fromisoformat(row["first_day"]) <= date.fromisoformat(row["last_day"]) <= monday + timedelta(days=6)


def vevents(calendar: str) -> list[dict]:
    lines = calendar.replace("\r\n ", "").split("\r\n")
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            key, value = line.split(":", 1)
            current[key] = value
    return events


@pytest.mark.asyncio
async def test_calendar_of_a_selection_has_every_row_as_an_all_day_event(examples_ds, examples_db):
    # _size=5 shows a page of five rows; the calendar still holds the whole selection.
    response = await get(examples_ds, "/events/events.ics?_size=5&year=2024")
    assert response.headers["content-type"].startswith("text/calendar")
    events = vevents(response.text)
    expected = sql(examples_db, "select id, date_start, date_end from events where year = '2024' order by date_start, id")
    assert sorted((e["UID"], e["DTSTART;VALUE=DATE"], e["DTEND;VALUE=DATE"]) for e in events) == sorted(
        (f"{id_}@dateline", start.replace("-", ""), (date.fromisoformat(end) + timedelta(days=1)).strftime("%Y%m%d"))
        for id_, start, end in expected)


@pytest.mark.asyncio
async def test_latest_events_atom_feed(examples_ds, examples_db):
    response = await get(examples_ds, "/events/latest_events.atom")
    feed = ET.fromstring(response.text)
    entries = feed.findall(f"{ATOM}entry")
    published = [day for (day,) in sql(examples_db, "select first_published from events where first_published "
                                                    "is not null order by first_published desc limit 50")]
    assert [entry.find(f"{ATOM}updated").text for entry in entries] == [f"{day}T00:00:00Z" for day in published]
    assert feed.find(f"{ATOM}updated").text == f"{published[0]}T00:00:00Z"
    empty = ET.fromstring((await get(examples_ds, "/events/events.atom?id=none")).text)
    assert empty.findall(f"{ATOM}entry") == []


def timeline_rows(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<li class="timeline-row event[^"]*" data-date-start="([^"]*)" data-date-end="([^"]*)"', html)


@pytest.mark.asyncio
async def test_timeline_draws_every_row_of_the_selection_in_date_order(examples_ds, examples_db):
    page = await get(examples_ds, "/events/events/-/timeline?_size=3&granularity__in=day,week")
    expected = sql(examples_db, "select date_start, date_end from events where granularity in ('day', 'week') "
                                "order by date_start, date_end")
    assert timeline_rows(page.text) == expected and len(expected) > 3
    for stylesheet in re.findall(r'<link rel="stylesheet" href="([^"?]+)', page.text):  # served, no CDN
        assert stylesheet.startswith("/-/") and (await get(examples_ds, stylesheet)).text
    # The same for a canned query's rows.
    page = await get(examples_ds, "/events/events_between/-/timeline?start=2024-03-01&end=2024-03-31")
    assert timeline_rows(page.text) == sql(examples_db, "select date_start, date_end from events where date_end >= "
                                                        "'2024-03-01' and date_start <= '2024-03-31' order by 1, 2")


@pytest.mark.asyncio
async def test_timeline_of_an_sql_query(examples_ds, examples_db):
    query = urllib.parse.urlencode({"sql": "select id, date_start, date_end, summary from events where granularity = 'day'"})
    results = await get(examples_ds, f"/events?{query}")
    assert f'href="/events/-/timeline?{html.escape(query)}"' in results.text
    page = await get(examples_ds, f"/events/-/timeline?{query}")
    assert timeline_rows(page.text) == sql(examples_db, "select date_start, date_end from events "
                                                        "where granularity = 'day' order by 1, 2")


@pytest.mark.asyncio
async def test_timeline_zooms_to_the_events_of_one_year(examples_ds, examples_db):
    page = await get(examples_ds, "/events/events/-/timeline")
    links = re.findall(r'href="([^"]*date_end__gte=(\d{4})-01-01[^"]*)"', page.text)
    assert [int(year) for _, year in links] == [
        year for (year,) in sql(examples_db, "select distinct cast(substr(date_start, 1, 4) as integer) from events order by 1")]
    url, year = links[-1]
    zoomed = await get(examples_ds, html.unescape(url))
    assert timeline_rows(zoomed.text) == sql(examples_db, "select date_start, date_end from events where date_end >= ? "
                                                          "and date_start <= ? order by 1, 2", f"{year}-01-01", f"{year}-12-31")


@pytest.mark.asyncio
@pytest.mark.parametrize("path,status", [("/events/-/timeline?sql=select+nonsense", 400),
                                         ("/events/no_such_table/-/timeline", 404),
                                         ("/no_such_database/events/-/timeline", 404)])
async def test_timeline_of_a_selection_that_does_not_exist_says_so(examples_ds, path, status):
    assert (await examples_ds.client.get(path)).status_code == status


@pytest.mark.asyncio
async def test_selection_pages_link_to_their_timeline(examples_ds):
    table = await get(examples_ds, "/events/events?month=2024-03")
    assert 'href="/events/events/-/timeline?month=2024-03"' in table.text
    assert 'href="/events/events.ics?month=2024-03' in table.text
    query = await get(examples_ds, "/events/events_between?start=2024-03-01&end=2024-03-31")
    assert 'href="/events/events_between/-/timeline?start=2024-03-01&amp;end=2024-03-31"' in query.text
    documents = await get(examples_ds, "/events/documents")
    assert "/-/timeline" not in documents.text


def test_every_metadata_facet_sort_and_label_column_exists(corpus_db, repo_root):
    with sqlite3.connect(corpus_db) as conn:
        for table, config in table_config(repo_root).items():
            columns = {row[1] for row in conn.execute(f"pragma table_info({table})")}
            named = [facet if isinstance(facet, str) else next(iter(facet.values()))
                     for facet in config.get("facets", [])]
            named += [config[key] for key in ("sort", "sort_desc", "label_column") if key in config]
            assert set(named) <= columns, table
            if "fts_table" in config:
                assert conn.execute("select count(*) from sqlite_master where name = ?",
                                    [config["fts_table"]]).fetchone()[0] == 1


def test_every_metadata_facet_and_sort_column_is_indexed(corpus_db, repo_root):
    # Facet counts and sorted pages scan the whole table without one. Array facets
    # read JSON, which an index on the column does not help.
    with sqlite3.connect(corpus_db) as conn:
        for table, config in table_config(repo_root).items():
            indexed = {
                conn.execute(f"pragma index_info([{index[1]}])").fetchone()[2]
                for index in conn.execute(f"pragma index_list({table})")
            }
            named = [facet for facet in config.get("facets", []) if isinstance(facet, str)]
            named += [config[key] for key in ("sort", "sort_desc") if key in config]
            assert set(named) <= indexed, table


def test_every_table_and_column_is_described(corpus_db, repo_root):
    config = table_config(repo_root)
    with sqlite3.connect(corpus_db) as conn:
        for table in TABLES:
            assert config[table]["description"].strip(), table
            columns = [row[1] for row in conn.execute(f"pragma table_info({table})")]
            described = config[table]["columns"]
            assert list(described) == columns, table  # none missing, none stale, same order
            assert all(str(text).strip() for text in described.values()), table


def test_event_type_description_lists_the_vocabulary(repo_root):
    described = table_config(repo_root)["events"]["columns"]["event_type"]
    assert described.rsplit(": ", 1)[1].split(", ") == list(event_types())


@pytest.mark.asyncio
async def test_every_canned_query_is_described_and_runs(examples_ds, repo_root):
    queries = metadata(repo_root)["databases"]["events"]["queries"]
    assert {"events_between", "actor_timeline", "place_timeline", "event_sources", "events_by_week",
            "latest_events"} <= set(queries)
    for name, query in queries.items():
        assert query["title"].strip() and query["description"].strip(), name
        parameters = "&".join(f"{p}=x" for p in re.findall(r":(\w+)", query["sql"]))
        await get_json(examples_ds, f"/events/{name}.json?_shape=array&{parameters}")


def test_the_site_says_what_it_is_and_under_which_terms(repo_root):
    site = metadata(repo_root)
    for key in ("title", "description", "source", "license"):
        assert str(site[key]).strip(), key


def readme_curl_paths(repo_root) -> list[str]:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    return re.findall(r"curl 'http://127\.0\.0\.1:8001(/[^']+)'", readme)


def example_values(db_path) -> dict:
    """Values the README's placeholders stand for, taken from the examples database."""
    [(document_id,)] = sql(db_path, "select id from documents order by id limit 1")
    [(event_id,)] = sql(db_path, "select event_id from mentions where event_id is not null "
                                 "group by event_id order by count(*) desc, event_id limit 1")
    return {"DOCUMENT_ID": document_id, "EVENT_ID": event_id}


@pytest.mark.asyncio
async def test_every_readme_curl_example_answers_with_rows_on_the_examples(examples_ds, examples_db, repo_root):
    paths = readme_curl_paths(repo_root)
    assert len(paths) >= 15
    values = example_values(examples_db)
    for path in paths:
        for placeholder, value in values.items():
            path = path.replace(placeholder, value)
        response = await get(examples_ds, path)
        if ".ics" in path:
            assert "BEGIN:VEVENT" in response.text, path
        elif ".atom" in path:
            assert ET.fromstring(response.text).findall(f"{ATOM}entry"), path
        elif "_size=0" in path:  # facet counts only
            assert all(facet["results"] for facet in response.json()["facet_results"].values()), path
        else:
            data = response.json()
            rows = data["rows"] if isinstance(data, dict) else data
            assert rows, path
