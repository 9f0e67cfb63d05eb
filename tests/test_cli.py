"""The `dateline` command line: ingest our own articles, bad input, tag, serve."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
import sqlite_utils
from click.testing import CliRunner

from ingest.cli import (
    NO_PROSE,
    cli,
    datasette_command,
    find_metadata,
    metadata_for_database,
    metadata_for_file,
)
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


# An undated article and a dated report of the same happening (written for these tests).
UNDATED_NOTES = ("Kessmoor Notes", "", "Green win",
                 "Green win\n\nThe Green Alliance won the Kessmoor regional election in November 2021.\n"
                 "Its leader Orla Vance thanked volunteers at a rally yesterday.\n")
DATED_HERALD = ("Kessmoor Herald", "2021-11-05", "Greens take Kessmoor",
                "Greens take Kessmoor\n\nThe Green Alliance won the Kessmoor regional election on "
                "November 3, 2021, taking 31 of the 60 seats.\n")


def test_an_undated_article_is_dated_by_an_estimate_from_what_it_reports(write_corpus, tmp_path):
    folder = write_corpus(tmp_path / "kessmoor", {"notes.txt": UNDATED_NOTES, "herald.txt": DATED_HERALD})
    db_path = tmp_path / "events.db"
    result = run("ingest", folder, "--db", db_path)
    assert result.exit_code == 0, result.output
    # The notes' "November 2021" is the herald's November 3: published in the week after it.
    assert "publication date estimated from content: notes.txt (2021-11-03..2021-11-10)" in result.stdout
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select published, published_estimate_start, published_estimate_end from documents "
                            "where source = 'notes.txt'").fetchone() == (None, "2021-11-03", "2021-11-10")
        rally = conn.execute("select anchor, date_start, date_end, event_id is not null from mentions "
                             "where expression = 'yesterday'").fetchone()
        assert rally == ("estimate", "2021-11-02", "2021-11-09", 1)
        [(sources,)] = conn.execute("select source_count from events where date_start = '2021-11-03'").fetchall()
        assert sources == 2


def test_ingesting_one_by_one_or_all_at_once_gives_the_same_database(write_corpus, tmp_path, dump_database):
    notes = write_corpus(tmp_path / "notes", {"notes.txt": UNDATED_NOTES})
    herald = write_corpus(tmp_path / "herald", {"herald.txt": DATED_HERALD})
    together, one_by_one = tmp_path / "together.db", tmp_path / "one_by_one.db"
    assert run("ingest", notes, herald, "--db", together).exit_code == 0
    assert run("ingest", notes, "--db", one_by_one).exit_code == 0
    result = run("ingest", herald, "--db", one_by_one)
    assert "re-dated against a new publication estimate: notes.txt" in result.stdout
    first, second = dump_database(together), dump_database(one_by_one)
    for table in TABLES:
        assert without_rowid(first[table]) == without_rowid(second[table]), table


def without_rowid(rows):
    return sorted(({k: v for k, v in row.items() if k != "rowid"} for row in rows), key=lambda row: row["id"])


def test_reingesting_an_estimated_article_changes_nothing(write_corpus, tmp_path, dump_database):
    folder = write_corpus(tmp_path / "kessmoor", {"notes.txt": UNDATED_NOTES, "herald.txt": DATED_HERALD})
    db_path = tmp_path / "events.db"
    run("ingest", folder, "--db", db_path)
    first = dump_database(db_path)
    assert run("ingest", folder, "--db", db_path).exit_code == 0
    assert dump_database(db_path) == first


def test_a_database_from_before_events_were_merged_is_upgraded_and_its_articles_read_again(corpus_dir, tmp_path):
    db_path = tmp_path / "events.db"
    old = sqlite_utils.Database(db_path)  # the shape and rows the previous version wrote
    old["documents"].insert({"id": "old", "title": "Pier", "publisher": "Pier News", "published": "2021-03-02",
                             "published_source": "manifest", "url": None, "source": "pier.txt",
                             "text": "The pier closed on 1 March 2021."}, pk="id")
    old["mentions"].insert({"id": "old:19:31", "expression": "1 March 2021", "value": "2021-03-01", "type": "DATE",
                            "date_start": "2021-03-01", "date_end": "2021-03-01", "granularity": "day",
                            "mod": None, "anchor": "absolute", "sentence": "The pier closed on 1 March 2021.",
                            "document_id": "old", "event_id": None, "start_char": 19, "end_char": 31}, pk="id")
    old.close()
    assert run("ingest", corpus_dir, "--db", db_path).exit_code == 0
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("select e.source_count, e.publishers from mentions m join events e on e.id = m.event_id "
                           "where m.document_id = 'old'").fetchone()
        assert row == (1, '["Pier News"]')


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


def test_an_article_that_is_only_page_furniture_is_reported_and_not_stored(corpus_dir, tmp_path):
    db_path = tmp_path / "events.db"
    (corpus_dir / "promo.txt").write_text("Advertisement\nShare this article\n4 min read\n", encoding="utf-8")
    result = run("ingest", corpus_dir, "--db", db_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: promo.txt: {NO_PROSE}"]
    assert "ingested 3 documents" in result.stdout and "skipped 1" in result.stdout
    assert count(db_path, "documents") == 3


def test_the_same_text_under_two_names_is_stored_once_and_said_so(corpus_dir, tmp_path):
    db_path = tmp_path / "events.db"
    (corpus_dir / "zz-copy.txt").write_bytes((corpus_dir / "lanterns.txt").read_bytes())
    result = run("ingest", corpus_dir, "--db", db_path)
    assert result.exit_code == 0, result.output
    assert "ingested 3 documents" in result.stdout
    assert "same text as an earlier input, stored once: zz-copy.txt (= lanterns.txt)" in result.stdout
    with sqlite3.connect(db_path) as conn:
        assert "lanterns.txt" in [row[0] for row in conn.execute("select source from documents")]


def test_a_missing_manifest_option_is_a_usage_error_before_anything_is_written(corpus_dir, tmp_path):
    db_path = tmp_path / "events.db"
    result = run("ingest", corpus_dir, "--db", db_path, "--manifest", tmp_path / "missing.csv")
    assert result.exit_code == 2
    assert "missing.csv" in result.output and "does not exist" in result.output
    assert not db_path.exists()


def _text_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my own notes, not a database\n", encoding="utf-8")
    return path, "not a SQLite database"


def _missing_folder(tmp_path):
    return tmp_path / "nowhere" / "events.db", f"folder {tmp_path / 'nowhere'} does not exist"


@pytest.mark.parametrize("make_db_path", [_text_file, _missing_folder])
def test_ingest_into_a_path_that_cannot_hold_the_database_fails_in_one_line(make_db_path, corpus_dir, tmp_path):
    db_path, message = make_db_path(tmp_path)
    before = db_path.read_bytes() if db_path.exists() else None
    result = run("ingest", corpus_dir, "--db", db_path)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {db_path}: {message}") and len(result.output.splitlines()) == 1
    assert (db_path.read_bytes() if db_path.exists() else None) == before  # a user's file is never overwritten


def test_serve_refuses_a_file_that_is_not_a_database(tmp_path):
    db_path, message = _text_file(tmp_path)
    (tmp_path / "metadata.yml").write_text("title: x\n", encoding="utf-8")
    result = run("serve", db_path)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {db_path}: {message}")


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


def test_tag_jsonl_reports_a_bad_line_and_answers_the_others(tmp_path):
    lines = tmp_path / "in.jsonl"
    lines.write_bytes(
        (json.dumps({"doc_id": "a", "text": "It closed on 2 March 2021.", "dct": None}) + "\n"
         + "{not json\n"
         + json.dumps({"doc_id": "c", "text": "It closed.", "dct": "2021-02-30"}) + "\n"
         + json.dumps({"doc_id": "d", "text": "It closed on 3 March 2021.", "dct": None}) + "\n").encode("utf-8")
        + b"caf\xe9\n"
    )
    result = run("tag", "--jsonl", lines)
    assert result.exit_code == 1
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["a", "d"]
    errors = result.stderr.splitlines()
    assert [error.split(": ")[1] for error in errors] == [f"{lines}:{number}" for number in (2, 3, 5)]
    assert "not JSON" in errors[0] and "dct must be YYYY-MM-DD, got '2021-02-30'" in errors[1]


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    ("The caf\u00e9 closed on 2 March 2021.".encode("latin-1"), "not UTF-8 (byte 0xe9 at offset 7)"),
])
def test_tag_reports_a_file_it_cannot_read_in_one_line(tmp_path, content, message):
    article = tmp_path / "a.txt"
    article.write_bytes(content)
    result = run("tag", article, "--published", "2021-03-10")
    assert result.exit_code == 1
    assert result.output == f"Error: {article}: {message}\n"


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


def test_a_database_not_named_events_is_served_with_the_metadata_for_events(corpus_dir, tmp_path, repo_root):
    db_path = tmp_path / "news.db"
    run("ingest", corpus_dir, "--db", db_path)
    metadata = metadata_for_file(db_path, repo_root / "metadata.yml")
    command = datasette_command(db_path, metadata, "127.0.0.1", 8001)
    completed = subprocess.run(command + ["--get", "/news/events_between.json?start=0000-01-01&end=9999-12-31&_shape=array"],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr  # the canned query of metadata.yml answers under /news
    assert len(json.loads(completed.stdout)) == count(db_path, "events")
    metadata.unlink()


@pytest.mark.parametrize("config, name, expected", [
    ({"title": "t", "databases": {"events": {"tables": {}}}}, "news", {"title": "t", "databases": {"news": {"tables": {}}}}),
    ({"databases": {"events": {"tables": {}}}}, "events", {"databases": {"events": {"tables": {}}}}),
    ({"databases": {"a": {}, "b": {}}}, "news", {"databases": {"a": {}, "b": {}}}),  # which one is meant is unknown
    ({"title": "t"}, "news", {"title": "t"}),
])
def test_metadata_for_database_moves_the_one_database_entry_to_the_served_name(config, name, expected):
    assert metadata_for_database(config, name) == expected


def test_the_served_metadata_file_is_the_given_one_when_the_names_match(tmp_path, repo_root):
    assert metadata_for_file(tmp_path / "events.db", repo_root / "metadata.yml") == repo_root / "metadata.yml"


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_documents_itself_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and f"dateline {command}" in result.output


def test_starting_the_command_reads_no_grammar():
    """`dateline --help` or an empty input start fast: the date grammar is read when the
    first text is tagged, not when a module of the engine is imported."""
    probe = "import ingest.cli\nfrom ingest.timex.rules import default_grammar\nprint(default_grammar.cache_info().currsize)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0"
