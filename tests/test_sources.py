"""Reading inputs: folders with manifests, single files, JSON Lines, bad inputs."""

from __future__ import annotations

import codecs
import json
from datetime import date
from pathlib import Path

import pytest

from ingest.article import Article, Problem
from ingest.sources import parse_day, parse_manifest, read_articles

GOOD_TEXT = "Harbour Works Resume\n\nCrews returned to the eastern pier on Monday to finish the repairs.\n"
HEADER = "file,publisher,published,title,url\n"


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def split(results) -> tuple[list[Article], list[Problem]]:
    results = list(results)
    return (
        [r for r in results if isinstance(r, Article)],
        [r for r in results if isinstance(r, Problem)],
    )


def test_folder_manifest_is_picked_up_and_describes_its_files(tmp_path):
    folder = write(tmp_path / "news", {
        "a.txt": GOOD_TEXT,
        "b.txt": GOOD_TEXT,
        "manifest.csv": HEADER
        + "a.txt,Harbour Courier,2024-03-14,Harbour Works Resume,https://example.org/a\n"
        + "b.txt,Valley Post,,,\n",
        "README.md": "Not an article.\n",
    })
    articles, problems = split(read_articles([folder]))
    assert problems == []
    assert articles == [
        Article(GOOD_TEXT, "a.txt", "Harbour Works Resume", "Harbour Courier", "https://example.org/a",
                date(2024, 3, 14), "manifest"),
        Article(GOOD_TEXT, "b.txt", None, "Valley Post", None, None, "unknown"),
    ]


def test_manifest_may_omit_optional_columns_and_add_its_own(tmp_path):
    folder = write(tmp_path / "news", {
        "a.txt": GOOD_TEXT,
        "manifest.csv": "notes,file,published\nchecked,a.txt,2024-03-14\n",
    })
    articles, problems = split(read_articles([folder]))
    assert problems == []
    assert (articles[0].published, articles[0].publisher, articles[0].title) == (date(2024, 3, 14), None, None)


# (case, files written beside a good good.txt, problem path, problem line, words in the message)
BAD_INPUTS = [
    ("binary", {"photo.txt": b"\x89PNG\x00\x00\x01"}, "photo.txt", None, "binary"),
    ("not utf-8", {"latin.txt": "Caf\u00e9 owners met on Friday.".encode("latin-1")}, "latin.txt", None,
     "not UTF-8 (byte 0xe9 at offset 3)"),
    ("utf-16 without a byte order mark", {"wide.txt": "Crews left on Monday.".encode("utf-16-le")}, "wide.txt",
     None, "binary"),
    ("utf-16 cut in the middle of a character", {"cut.txt": codecs.BOM_UTF16_LE + b"C\x00r"}, "cut.txt", None,
     "not UTF-16-LE"),
    ("empty", {"empty.txt": b""}, "empty.txt", None, "empty"),
    ("whitespace only", {"blank.txt": " \n\t\r\n"}, "blank.txt", None, "empty"),
    ("manifest row with too few columns",
     {"short.txt": GOOD_TEXT, "manifest.csv": HEADER + "good.txt,P,,,\nshort.txt,P\n"},
     "manifest.csv", 3, "expected 5 columns, found 2; short.txt skipped"),
    ("manifest row without file name",
     {"manifest.csv": HEADER + "good.txt,P,,,\n,P,2024-03-14,,\n"}, "manifest.csv", 3, "no file name"),
    ("manifest row naming a missing file",
     {"manifest.csv": HEADER + "ghost.txt,P,2024-03-14,,\ngood.txt,P,,,\n"}, "manifest.csv", 2,
     "ghost.txt, which is not a .txt article"),
    ("manifest date out of range",
     {"dated.txt": GOOD_TEXT, "manifest.csv": HEADER + "dated.txt,P,2021-13-45,,\n"},
     "manifest.csv", 2, "'2021-13-45' is not a date (YYYY-MM-DD); dated.txt skipped"),
    ("manifest date in words",
     {"dated.txt": GOOD_TEXT, "manifest.csv": HEADER + "dated.txt,P,yesterday,,\n"},
     "manifest.csv", 2, "'yesterday' is not a date"),
    ("manifest naming a file twice",
     {"twice.txt": GOOD_TEXT, "manifest.csv": HEADER + "twice.txt,P,,,\ntwice.txt,Q,,,\n"},
     "manifest.csv", 3, "twice.txt is already listed on line 2"),
    ("manifest without header", {"manifest.csv": "good.txt,P,2024-03-14,,\n"}, "manifest.csv", 1,
     "no header row"),
    ("jsonl line that is not JSON", {"wire.jsonl": '{"text": "Crews left the pier on Monday."}\n{oops\n'},
     "wire.jsonl", 2, "not JSON"),
    ("jsonl record without text", {"wire.jsonl": '{"title": "Pier closed"}\n'}, "wire.jsonl", 1, '"text"'),
    ("jsonl record with a bad date", {"wire.jsonl": '{"text": "Crews left.", "published": "2024-02-30"}\n'},
     "wire.jsonl", 1, "'2024-02-30' is not a date"),
    ("jsonl line that is not an object", {"wire.jsonl": '["Crews left."]\n'}, "wire.jsonl", 1,
     "not a JSON object"),
]


@pytest.mark.parametrize("files, path, line, message", [case[1:] for case in BAD_INPUTS],
                         ids=[case[0] for case in BAD_INPUTS])
def test_each_bad_input_is_one_problem_and_good_files_still_come_through(tmp_path, files, path, line, message):
    folder = write(tmp_path / "news", {"good.txt": GOOD_TEXT, **files})
    articles, problems = split(read_articles([folder]))
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert problem.path == str(folder / path)
    assert problem.line == line
    assert message in problem.message
    assert "good.txt" in [article.source for article in articles]
    assert str(problem).startswith(f"{folder / path}:{line}: " if line else f"{folder / path}: ")


def test_a_skipped_article_is_reported_once_and_not_read(tmp_path):
    folder = write(tmp_path / "news", {
        "dated.txt": b"\xff\xfe not text either",
        "manifest.csv": HEADER + "dated.txt,P,2021-13-45,,\n",
    })
    articles, problems = split(read_articles([folder]))
    assert articles == []
    assert [(p.path, p.line) for p in problems] == [(str(folder / "manifest.csv"), 2)]


def test_jsonl_records_become_articles_with_their_metadata(tmp_path):
    records = [
        {"id": "w1", "title": "Pier Reopens", "publisher": "Wire", "url": "https://example.org/w1",
         "published": "2024-03-14", "text": "The pier reopened on Monday."},
        {"text": "Ferries resumed last week.", "published": "2024-03-15T22:15:00-05:00", "title": ""},
    ]
    lines = [json.dumps(records[0]), "", json.dumps(records[1])]
    folder = write(tmp_path / "news", {"wire.jsonl": "\n".join(lines) + "\n"})
    articles, problems = split(read_articles([folder]))
    assert problems == []
    assert articles == [
        Article("The pier reopened on Monday.", "wire.jsonl:1", "Pier Reopens", "Wire", "https://example.org/w1",
                date(2024, 3, 14), "jsonl"),
        Article("Ferries resumed last week.", "wire.jsonl:3", None, None, None, date(2024, 3, 15), "jsonl"),
    ]


def test_manifest_option_replaces_the_folder_manifest(tmp_path):
    folder = write(tmp_path / "news", {
        "a.txt": GOOD_TEXT,
        "manifest.csv": HEADER + "a.txt,Folder Press,2024-03-14,,\n",
    })
    other = write(tmp_path / "meta", {
        "list.csv": HEADER + "a.txt,Other Press,2024-03-20,,\nmissing.txt,Other Press,,,\n",
    })
    articles, problems = split(read_articles([folder], manifest=other / "list.csv"))
    assert [(a.publisher, a.published, a.published_source) for a in articles] == [
        ("Other Press", date(2024, 3, 20), "manifest")
    ]
    assert [(p.path, p.line) for p in problems] == [(str(other / "list.csv"), 3)]
    assert "missing.txt, which is not a .txt article among the inputs" in problems[0].message


def test_manifest_option_describes_a_single_file(tmp_path):
    folder = write(tmp_path / "news", {"a.txt": GOOD_TEXT, "list.csv": HEADER + "a.txt,Press,2024-03-14,,\n"})
    articles, problems = split(read_articles([folder / "a.txt"], manifest=folder / "list.csv"))
    assert problems == []
    assert (articles[0].source, articles[0].published) == ("a.txt", date(2024, 3, 14))


def test_published_option_replaces_every_date(tmp_path):
    folder = write(tmp_path / "news", {
        "a.txt": GOOD_TEXT,
        "b.txt": GOOD_TEXT,
        "manifest.csv": HEADER + "a.txt,P,2024-03-14,,\n",
        "wire.jsonl": json.dumps({"text": "Ferries resumed.", "published": "2024-03-15"}) + "\n",
    })
    articles, _ = split(read_articles([folder], published=date(2024, 4, 1)))
    assert [(a.source, a.published, a.published_source) for a in articles] == [
        ("a.txt", date(2024, 4, 1), "option"),
        ("b.txt", date(2024, 4, 1), "option"),
        ("wire.jsonl:1", date(2024, 4, 1), "option"),
    ]


def test_bom_is_stripped_and_line_endings_become_lf(tmp_path):
    raw = "Pier Reopens\r\n\r\nThe pier reopened on Monday.\r\nFerries follow.\r"
    folder = write(tmp_path / "news", {
        "a.txt": codecs.BOM_UTF8 + raw.encode("utf-8"),
        "manifest.csv": codecs.BOM_UTF8 + (HEADER + "a.txt,Press,2024-03-14,,\r\n").encode("utf-8"),
    })
    articles, problems = split(read_articles([folder]))
    assert problems == []
    assert articles[0].text == "Pier Reopens\n\nThe pier reopened on Monday.\nFerries follow.\n"
    assert articles[0].publisher == "Press"


def test_order_is_by_file_name_and_repeatable(tmp_path):
    folder = write(tmp_path / "news", {name: GOOD_TEXT for name in ["c.txt", "a.jsonl", "b.txt", "A2.txt"]})
    (folder / "a.jsonl").write_text(json.dumps({"text": "One."}) + "\n" + json.dumps({"text": "Two."}) + "\n")
    first = [a.source for a in read_articles([folder])]
    assert first == ["A2.txt", "a.jsonl:1", "a.jsonl:2", "b.txt", "c.txt"]
    assert [a.source for a in read_articles([folder])] == first


def test_non_article_files_hidden_files_and_subfolders_are_ignored_silently(tmp_path):
    folder = write(tmp_path / "news", {
        "a.txt": GOOD_TEXT,
        "B.TXT": GOOD_TEXT,
        "README.md": "# notes\n",
        "data.csv": "x,y\n",
        ".draft.txt": GOOD_TEXT,
        "._a.txt": b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X",  # a resource fork left by macOS
    })
    write(folder / "drafts", {"old.txt": GOOD_TEXT})
    articles, problems = split(read_articles([folder]))
    assert ([a.source for a in articles], problems) == (["B.TXT", "a.txt"], [])


def test_a_folder_without_articles_is_a_problem_not_an_empty_success(tmp_path):
    folder = write(tmp_path / "news", {"README.md": "# notes\n"})
    write(folder / "2021", {"a.txt": GOOD_TEXT})  # one subfolder per year: not read
    articles, problems = split(read_articles([folder]))
    assert articles == []
    assert [(p.path, p.line) for p in problems] == [(str(folder), None)]
    assert "subfolders are not read" in problems[0].message


def test_a_hidden_file_named_as_an_input_is_read(tmp_path):
    folder = write(tmp_path / "news", {".draft.txt": GOOD_TEXT})
    assert [a.source for a in read_articles([folder / ".draft.txt"])] == [".draft.txt"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_its_byte_order_mark_is_read_like_utf8(tmp_path, encoding):
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[encoding]
    folder = write(tmp_path / "news", {"a.txt": bom + GOOD_TEXT.replace("\n", "\r\n").encode(encoding)})
    articles, problems = split(read_articles([folder]))
    assert problems == []
    assert articles[0].text == GOOD_TEXT


def test_single_files_and_missing_paths(tmp_path):
    folder = write(tmp_path / "news", {"a.txt": GOOD_TEXT, "notes.md": "# notes\n"})
    articles, problems = split(read_articles([folder / "a.txt", tmp_path / "nowhere", folder / "notes.md"]))
    assert [(a.source, a.published_source) for a in articles] == [("a.txt", "unknown")]
    assert [(p.path, p.message) for p in problems] == [
        (str(tmp_path / "nowhere"), "no such file or folder"),
        (str(folder / "notes.md"), "not a .txt or .jsonl file"),
    ]


@pytest.mark.parametrize("value, expected", [
    ("2024-03-14", date(2024, 3, 14)),
    ("2024-03-14T23:30:00Z", date(2024, 3, 14)),
    ("2024-03-14 08:00:00+05:00", date(2024, 3, 14)),
])
def test_parse_day_accepts_iso_days_and_timestamps(value, expected):
    assert parse_day(value) == expected


@pytest.mark.parametrize("value", ["2021-13-45", "yesterday", "14/03/2024", "20240314", "2024-W11"])
def test_parse_day_rejects_everything_else(value):
    with pytest.raises(ValueError):
        parse_day(value)


def test_a_manifest_row_repeated_exactly_is_passed_over():
    rows, problems = parse_manifest(HEADER + "a.txt,P,2024-03-14,Pier,\nb.txt,Q,,,\na.txt,P,2024-03-14,Pier,\n", "m.csv")
    assert problems == []
    assert (rows["a.txt"].publisher, rows["a.txt"].published, rows["a.txt"].line) == ("P", date(2024, 3, 14), 2)


def test_parse_manifest_keys_rows_by_file_and_marks_bad_rows():
    rows, problems = parse_manifest(HEADER + 'a.txt,P,2024-03-14,"Pier, Reopened",\nb.txt,P,soon,,\n', "m.csv")
    assert rows["a.txt"].published == date(2024, 3, 14)
    assert rows["a.txt"].title == "Pier, Reopened"
    assert rows["b.txt"] is None
    assert [str(p) for p in problems] == ["m.csv:3: published 'soon' is not a date (YYYY-MM-DD); b.txt skipped"]
