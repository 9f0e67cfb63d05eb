"""The `dateline` command line: ingest our own articles, bad input, tag, serve."""

from __future__ import annotations

import json
import sqlite3
import subprocess

import pytest
from click.testing import CliRunner

from ingest.cli import cli, datasette_command, find_metadata
from ingest.db import TABLES


def run(*args):
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def count(db_path, table) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]


def test_ingest_writes_documents_mentions_and_events_and_summarises(corpus_dir, tmp_path):
    db_path = tmp_path / "events.db"
    result = run("ingest", corpus_dir, "--db", db_path)
    assert result.exit_code == 0, result.output
    documents, events, mentions = (count(db_path, table) for table in TABLES)
    assert documents == 3 and mentions > events > 0
    assert f"ingested 3 documents, {mentions} mentions, {events} events; skipped 0" in result.stdout
    assert "no publication date (relative dates unresolved): lanterns.txt" in result.stdout
    assert result.stderr == ""


def test_ingesting_the_same_input_again_changes_nothing(corpus_dir, tmp_path, dump_database):
    db_path = tmp_path / "events.db"
    run("ingest", corpus_dir, "--db", db_path)
    first = dump_database(db_path)
    assert run("ingest", corpus_dir, "--db", db_path).exit_code == 0
    assert dump_database(db_path) == first


def test_a_changed_manifest_updates_documents_in_place(corpus, corpus_dir, write_corpus, tmp_path):
    db_path = tmp_path / "events.db"
    run("ingest", corpus_dir, "--db", db_path)
    publisher, _, title, text = corpus["lanterns.txt"]
    corpus["lanterns.txt"] = (publisher, "2021-06-01", title, text)
    write_corpus(corpus_dir, corpus)
    result = run("ingest", corpus_dir, "--db", db_path)
    assert result.exit_code == 0, result.output
    assert "no publication date" not in result.stdout
    assert count(db_path, "documents") == 3
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("select published, published_source from documents where source = 'lanterns.txt'")
        assert row.fetchone() == ("2021-06-01", "manifest")


def test_published_option_dates_articles_without_a_date(corpus_dir, tmp_path):
    db_path = tmp_path / "events.db"
    result = run("ingest", corpus_dir / "lanterns.txt", "--db", db_path, "--published", "2021-06-01")
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select published, published_source from documents").fetchall() == [
            ("2021-06-01", "option")
        ]


def _binary(folder):
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    return "photo.txt: "


def _empty(folder):
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return "empty.txt: "


def _latin1(folder):
    (folder / "cafe.txt").write_bytes("The caf\u00e9 opened on 8 March 2021.\n".encode("latin-1"))
    return "cafe.txt: "


def _manifest_row(folder):
    with open(folder / "manifest.csv", "a", encoding="utf-8") as manifest:
        manifest.write("notes.txt,Harbour Gazette,2021-03-01,Notes,one column too many\n")
    (folder / "notes.txt").write_text("Notes\n\nThe pier closed on 1 March 2021.\n", encoding="utf-8")
    return "manifest.csv:5: "


def _manifest_date(folder):
    with open(folder / "manifest.csv", "a", encoding="utf-8") as manifest:
        manifest.write("notes.txt,Harbour Gazette,March the first,\n")
    (folder / "notes.txt").write_text("Notes\n\nThe pier closed on 1 March 2021.\n", encoding="utf-8")
    return "manifest.csv:5: "


def _jsonl_line(folder):
    good = {"text": "The pier closed on 1 March 2021.", "publisher": "Harbour Gazette", "published": "2021-03-02"}
    (folder / "more.jsonl").write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    return "more.jsonl:2: "


@pytest.mark.parametrize("make_bad_input", [_binary, _empty, _latin1, _manifest_row, _manifest_date, _jsonl_line])
def test_bad_input_is_reported_in_one_line_and_the_rest_is_ingested(make_bad_input, corpus_dir, tmp_path,
                                                                   dump_database):
    db_path = tmp_path / "events.db"
    assert run("ingest", corpus_dir, "--db", db_path).exit_code == 0
    before = dump_database(db_path)
    where = make_bad_input(corpus_dir)
    result = run("ingest", corpus_dir, "--db", db_path)
    assert result.exit_code == 1, result.output
    errors = result.stderr.splitlines()
    assert len(errors) == 1 and errors[0].startswith("error: ") and where in errors[0], result.stderr
    assert "skipped 1" in result.stdout
    after = dump_database(db_path)
    for table in TABLES:
        lost = [row for row in before[table] if row not in after[table]]
        assert lost == [], table  # nothing from the earlier run lost
    assert count(db_path, "documents") >= 3


def test_a_bad_file_does_not_stop_the_first_run_either(corpus_dir, tmp_path):
    db_path = tmp_path / "events.db"
    _empty(corpus_dir)
    result = run("ingest", corpus_dir, "--db", db_path)
    assert result.exit_code == 1
    assert count(db_path, "documents") == 3


def test_an_invalid_published_option_is_a_usage_error(corpus_dir, tmp_path):
    result = run("ingest", corpus_dir, "--db", tmp_path / "events.db", "--published", "yesterday")
    assert result.exit_code == 2
    assert "--published must be YYYY-MM-DD" in result.output


def test_tag_prints_one_json_object_per_expression(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The pier closed on 1 March 2021 for six months.", encoding="utf-8")
    result = run("tag", article, "--published", "2021-03-10")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    day = next(r for r in records if r["text"].endswith("1 March 2021"))
    assert (day["type"], day["value"], day["date_start"], day["date_end"]) == ("DATE", "2021-03-01", "2021-03-01", "2021-03-01")
    assert set(day) == {"start", "end", "text", "type", "value", "mod", "date_start", "date_end"}


def test_tag_jsonl_answers_each_line_with_its_doc_id(tmp_path):
    lines = tmp_path / "in.jsonl"
    lines.write_text(
        json.dumps({"doc_id": "a", "text": "It closed last week.", "dct": "2021-03-10"}) + "\n"
        + json.dumps({"doc_id": "b", "text": "Nothing dated here.", "dct": None}) + "\n",
        encoding="utf-8",
    )
    result = run("tag", "--jsonl", lines)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["a", "b"]
    assert [t["value"] for t in records[0]["timexes"]] == ["2021-W09"]
    assert records[1]["timexes"] == []


def test_serve_refuses_a_missing_database(tmp_path):
    result = run("serve", tmp_path / "events.db")
    assert result.exit_code == 1
    assert "no database at" in result.output and "dateline ingest" in result.output


def test_serve_explains_a_missing_metadata_file(corpus_dir, tmp_path, monkeypatch):
    db_path = tmp_path / "events.db"
    run("ingest", corpus_dir, "--db", db_path)
    monkeypatch.chdir(tmp_path)
    result = run("serve", db_path)
    assert result.exit_code == 1
    assert "no metadata.yml" in result.output and "--metadata" in result.output


def test_metadata_next_to_the_database_wins_over_the_current_directory(tmp_path):
    beside, cwd = tmp_path / "data", tmp_path / "cwd"
    for folder in (beside, cwd):
        folder.mkdir()
        (folder / "metadata.yml").write_text("title: x\n", encoding="utf-8")
    assert find_metadata(beside / "events.db", cwd) == beside / "metadata.yml"
    (beside / "metadata.yml").unlink()
    assert find_metadata(beside / "events.db", cwd) == cwd / "metadata.yml"


def test_the_serve_command_line_is_one_datasette_accepts(corpus_dir, tmp_path, repo_root):
    db_path = tmp_path / "events.db"
    run("ingest", corpus_dir, "--db", db_path)
    command = datasette_command(db_path, repo_root / "metadata.yml", "127.0.0.1", 8001)
    # --get answers one request without starting a server, and exits non-zero on an error.
    completed = subprocess.run(command + ["--get", "/events/events.json?_shape=array"],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert len(json.loads(completed.stdout)) == count(db_path, "events")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_documents_itself_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and f"dateline {command}" in result.output
