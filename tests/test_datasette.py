"""Datasette 0.65 over a database built by the real ingest, with the real metadata.yml.

Always ask for _shape=array or _shape=objects: the default JSON shape differs in 1.0."""

from __future__ import annotations

import re
import sqlite3

import pytest
import yaml
from click.testing import CliRunner
from datasette.app import Datasette

from ingest.cli import cli
from ingest.db import TABLES


def build(tmp_path, *paths) -> str:
    db_path = tmp_path / "events.db"  # the file stem names the database: /events
    result = CliRunner().invoke(cli, ["ingest", *map(str, paths), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    return str(db_path)


def metadata(repo_root) -> dict:
    with open(repo_root / "metadata.yml", encoding="utf-8") as file:
        return yaml.safe_load(file)


def table_config(repo_root) -> dict:
    return metadata(repo_root)["databases"]["events"]["tables"]


@pytest.fixture
def corpus_ds(corpus_dir, tmp_path, repo_root):
    return Datasette([build(tmp_path, corpus_dir)], metadata=metadata(repo_root))


@pytest.fixture(params=["corpus", "examples"])
def any_ds(request, tmp_path, repo_root):
    """Datasette over our test corpus, then over the shipped examples (when present)."""
    folder = request.getfixturevalue("corpus_dir" if request.param == "corpus" else "examples_dir")
    return Datasette([build(tmp_path, folder)], metadata=metadata(repo_root))


async def get_json(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


def facet_counts(data, name) -> dict:
    return {row["value"]: row["count"] for row in data["facet_results"][name]["results"]}


@pytest.mark.asyncio
async def test_event_facets_count_years_months_granularities_and_publishers(corpus_ds):
    data = await get_json(corpus_ds, "/events/events.json?_shape=objects&_size=0")
    assert facet_counts(data, "year") == {"2021": 4, "2020": 1, "1998": 1}
    assert facet_counts(data, "month") == {"2021-03": 3, "2021-02": 1, "2020-09": 1}
    granularity = facet_counts(data, "granularity")
    assert {key: granularity.get(key) for key in ("day", "week", "month", "year")} == {
        "day": 3, "week": 1, "month": 1, "year": 1}
    # The undated Lantern Weekly article's "next summer" cannot be placed, so only 1998 is an event.
    assert facet_counts(data, "publishers") == {"Valley Post": 3, "Harbour Gazette": 2, "Lantern Weekly": 1}


@pytest.mark.asyncio
async def test_events_between_returns_events_overlapping_the_range(corpus_ds):
    # A mid-February range overlaps the month-long "February 2021" and nothing else.
    rows = await get_json(corpus_ds, "/events/events_between.json?start=2021-02-10&end=2021-02-15&_shape=array")
    assert [(r["value"], r["date_start"], r["date_end"]) for r in rows] == [("2021-02", "2021-02-01", "2021-02-28")]
    assert (rows[0]["document_title"], rows[0]["publisher"]) == ("Ferry sailings resume", "Valley Post")
    march = await get_json(corpus_ds, "/events/events_between.json?start=2021-03-01&end=2021-03-31&_shape=array")
    assert [r["date_start"] for r in march] == ["2021-03-01", "2021-03-08", "2021-03-08"]


@pytest.mark.asyncio
async def test_events_and_documents_are_searchable(corpus_ds):
    events = await get_json(corpus_ds, "/events/events.json?_search=ferry&_shape=array")
    assert [e["summary"] for e in events] == ["The island ferry resumed sailings on 8 March 2021."]
    documents = await get_json(corpus_ds, "/events/documents.json?_search=lantern&_shape=array")
    assert [d["source"] for d in documents] == ["lanterns.txt"]


@pytest.mark.asyncio
async def test_events_are_sorted_as_a_timeline(corpus_ds):
    events = await get_json(corpus_ds, "/events/events.json?_shape=array&date_start__notblank=1")
    days = [e["date_start"] for e in events]
    assert days == sorted(days) and days[0] == "1998-01-01"


@pytest.mark.asyncio
async def test_events_and_mentions_link_to_their_document_by_title(corpus_ds):
    for table in ("events", "mentions"):
        rows = await get_json(corpus_ds, f"/events/{table}.json?_shape=array&_labels=on&document_id__notblank=1")
        assert rows
        labels = {row["document_id"]["label"] for row in rows}
        assert labels == {"Swing bridge reopens in Port Alder", "Ferry sailings resume", "Lantern festival to return"}
    # The events table page links each row to its document, labelled with the title.
    [event] = await get_json(corpus_ds, "/events/events.json?_shape=array&_search=ferry")
    page = await corpus_ds.client.get("/events/events?_search=ferry")
    link = f'<a href="/events/documents/{event["document_id"]}">Ferry sailings resume</a>'
    assert link in page.text
    # The document's row page links back to its events and mentions.
    page = await corpus_ds.client.get(f"/events/documents/{event['document_id']}")
    assert "Links from other tables" in page.text
    for table in ("events", "mentions"):
        assert f'href="/events/{table}?document_id={event["document_id"]}"' in page.text


@pytest.mark.asyncio
async def test_every_table_page_loads_with_its_metadata(any_ds):
    for table in TABLES:
        data = await get_json(any_ds, f"/events/{table}.json?_shape=objects")
        assert data["rows"], table
        html = await any_ds.client.get(f"/events/{table}")
        assert html.status_code == 200


@pytest.mark.asyncio
async def test_every_event_links_to_an_existing_document(any_ds):
    rows = await get_json(any_ds, "/events.json?_shape=array&sql=" + (
        "select count(*) as orphans from events e left join documents d on d.id = e.document_id "
        "where d.id is null"))
    assert rows == [{"orphans": 0}]


@pytest.mark.asyncio
async def test_events_between_over_all_time_returns_every_dated_event(any_ds):
    rows = await get_json(any_ds, "/events/events_between.json?start=0001-01-01&end=9999-12-31&_shape=array")
    dated = await get_json(any_ds, "/events.json?_shape=array&sql=select count(*) as n from events where date_start is not null")
    assert len(rows) == dated[0]["n"]
    assert [r["date_start"] for r in rows] == sorted(r["date_start"] for r in rows)


def test_every_metadata_facet_sort_and_label_column_exists(corpus_dir, tmp_path, repo_root):
    with sqlite3.connect(build(tmp_path, corpus_dir)) as conn:
        for table, config in table_config(repo_root).items():
            columns = {row[1] for row in conn.execute(f"pragma table_info({table})")}
            named = [facet if isinstance(facet, str) else next(iter(facet.values()))
                     for facet in config.get("facets", [])]
            named += [config[key] for key in ("sort", "sort_desc", "label_column") if key in config]
            assert set(named) <= columns, table
            if "fts_table" in config:
                assert conn.execute("select count(*) from sqlite_master where name = ?",
                                    [config["fts_table"]]).fetchone()[0] == 1


def test_every_metadata_facet_and_sort_column_is_indexed(corpus_dir, tmp_path, repo_root):
    # Facet counts and sorted pages scan the whole table without one. Array facets
    # (publishers) read JSON, which an index on the column does not help.
    with sqlite3.connect(build(tmp_path, corpus_dir)) as conn:
        for table, config in table_config(repo_root).items():
            indexed = {
                conn.execute(f"pragma index_info([{index[1]}])").fetchone()[2]
                for index in conn.execute(f"pragma index_list({table})")
            }
            named = [facet for facet in config.get("facets", []) if isinstance(facet, str)]
            named += [config[key] for key in ("sort", "sort_desc") if key in config]
            assert set(named) <= indexed, table


def test_every_table_and_column_is_described(corpus_dir, tmp_path, repo_root):
    config = table_config(repo_root)
    with sqlite3.connect(build(tmp_path, corpus_dir)) as conn:
        for table in TABLES:
            assert config[table]["description"].strip(), table
            columns = [row[1] for row in conn.execute(f"pragma table_info({table})")]
            described = config[table]["columns"]
            assert list(described) == columns, table  # none missing, none stale, same order
            assert all(str(text).strip() for text in described.values()), table


def test_the_site_says_what_it_is_and_under_which_terms(repo_root):
    site = metadata(repo_root)
    for key in ("title", "description", "source", "license"):
        assert str(site[key]).strip(), key
    assert "events_between" in site["databases"]["events"]["queries"]


def readme_curl_paths(repo_root) -> list[str]:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    return re.findall(r"curl 'http://127\.0\.0\.1:8001(/[^']+)'", readme)


@pytest.mark.asyncio
async def test_every_readme_curl_example_answers_with_rows_on_the_examples(examples_dir, tmp_path, repo_root):
    ds = Datasette([build(tmp_path, examples_dir)], metadata=metadata(repo_root))
    with sqlite3.connect(tmp_path / "events.db") as conn:
        document_id = conn.execute("select id from documents order by id limit 1").fetchone()[0]
    paths = readme_curl_paths(repo_root)
    assert len(paths) >= 10
    for path in paths:
        data = await get_json(ds, path.replace("DOCUMENT_ID", document_id))
        rows = data["rows"] if isinstance(data, dict) else data
        assert rows, path
