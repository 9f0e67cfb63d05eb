"""Reading inputs: folders of .txt articles with an optional manifest.csv, single
.txt files, and JSON Lines files. The only module that reads input files.

read_articles() yields an Article for every usable input and a Problem for every
input it skips, so one bad file never stops a batch.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from .article import Article, Problem

MANIFEST_NAME = "manifest.csv"
JSONL_FIELDS = ("title", "publisher", "url", "published")


@dataclass(frozen=True)
class ManifestRow:
    """What a manifest says about one article file; line is its line in the CSV."""

    file: str
    line: int
    publisher: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None


def parse_day(value: str) -> date:
    """An ISO day, "2021-11-03", or the day of an ISO timestamp as written
    ("2021-11-03T22:15:00-05:00" is 2021-11-03). Raises ValueError otherwise."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", value):
        return datetime.fromisoformat(value).date()
    raise ValueError(value)


def _stripped_or_none(value: str | None) -> str | None:
    """A metadata field without surrounding whitespace; None when nothing is left."""
    value = (value or "").strip()
    return value or None


def _unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Byte order marks that name their encoding: the text says what it is, nothing is guessed.
BOMS = [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]


def decode_text(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) for usable UTF-8, or UTF-16 that starts with its BOM (as
    Windows editors save "Unicode" text), or (None, why not). Strips the BOM,
    turns CRLF and CR into LF. Never guesses another encoding."""
    bom, encoding = next(((len(mark), name) for mark, name in BOMS if data.startswith(mark)), (0, "utf-8"))
    if encoding == "utf-8" and b"\x00" in data:
        return None, "binary file (contains NUL bytes), not a text article"
    try:
        text = data[bom:].decode(encoding)
    except UnicodeDecodeError as error:
        offset = bom + error.start
        return None, f"not {encoding.upper()} (byte 0x{data[offset]:02x} at offset {offset})"
    if "\x00" in text:
        return None, "binary file (contains NUL characters), not a text article"
    if not text.strip():
        return None, "empty file"
    return _unix_newlines(text), None


def _load_text(path: Path) -> tuple[str | None, str | None]:
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, f"cannot be read ({error.strerror})"
    return decode_text(data)


def parse_manifest(text: str, path: str) -> tuple[dict[str, ManifestRow | None], list[Problem]]:
    """Rows of a manifest CSV keyed by file name, and the problems of its bad rows.

    The header names the columns (file,publisher,published,title,url in any
    order; only file is required; other columns are ignored). A row that names
    its file but is otherwise wrong (wrong number of columns, a published value
    that is not YYYY-MM-DD, a second, different row for the same file) maps that
    file to None: its metadata cannot be trusted, so the article is skipped, and
    the Problem for the manifest line says so. A row repeated exactly says
    nothing new and is passed over.
    """
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    lines = _readable_rows(reader, path, problems)
    header = [name.strip().lower() for name in next(lines, [])]
    if "file" not in header:
        return {}, problems or [Problem(path, "no header row naming a 'file' column", 1)]
    rows: dict[str, ManifestRow | None] = {}
    first_lines: dict[str, int] = {}
    first_cells: dict[str, list[str]] = {}
    for cells in lines:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        values = dict(zip(header, (cell.strip() for cell in cells)))
        name = values.get("file", "")
        if not name:
            problems.append(Problem(path, "row has no file name", line))
            continue
        row, why_not = None, None
        if first_cells.get(name) == cells:
            continue
        if name in first_lines:
            why_not = f"{name} is already listed on line {first_lines[name]}"
        elif len(cells) != len(header):
            why_not = f"expected {len(header)} columns, found {len(cells)}"
        else:
            row, why_not = _manifest_row(values, name, line)
        if why_not:
            problems.append(Problem(path, f"{why_not}; {name} skipped", line))
        first_lines.setdefault(name, line)
        first_cells.setdefault(name, cells)
        rows[name] = row
    return rows, problems


def _readable_rows(reader, path: str, problems: list[Problem]) -> Iterator[list[str]]:
    """The reader's rows, up to one the csv module cannot read (a field over its
    size limit), which becomes a Problem instead of stopping the whole batch."""
    try:
        yield from reader
    except csv.Error as error:
        problems.append(Problem(path, f"not readable as CSV ({error}); this row and the rest are ignored",
                                reader.line_num))


def _manifest_row(values: dict[str, str], name: str, line: int) -> tuple[ManifestRow | None, str | None]:
    published = values.get("published", "")
    try:
        day = parse_day(published) if published else None
    except ValueError:
        return None, f"published {published!r} is not a date (YYYY-MM-DD)"
    fields = {column: _stripped_or_none(values.get(column)) for column in ("publisher", "title", "url")}
    return ManifestRow(name, line, published=day, **fields), None


def parse_jsonl_line(line: str, source: str, published: date | None = None) -> Article:
    """One JSON Lines record {"text", optional "id", "title", "publisher", "url",
    "published"} as an Article. Raises ValueError naming what is wrong. The id
    is accepted and not used: documents are identified by their content."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise ValueError("not JSON this reader can load (nested too deeply)") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('no "text" (a non-empty string)')
    for field in JSONL_FIELDS:
        if record.get(field) is not None and not isinstance(record[field], str):
            raise ValueError(f'"{field}" must be a string')
    printed = _stripped_or_none(record.get("published"))
    try:
        day = parse_day(printed) if printed else None
    except ValueError:
        raise ValueError(f"published {printed!r} is not a date (YYYY-MM-DD); article skipped") from None
    return _article(
        _unix_newlines(text),
        source,
        title=record.get("title"),
        publisher=record.get("publisher"),
        url=record.get("url"),
        published=(day, "jsonl"),
        override=published,
    )


def _article(
    text: str,
    source: str,
    title: str | None,
    publisher: str | None,
    url: str | None,
    published: tuple[date | None, str],
    override: date | None,
) -> Article:
    """published: the metadata's (date, published_source); override: --published."""
    day, day_source = (override, "option") if override else published
    return Article(
        text=text,
        source=source,
        title=_stripped_or_none(title),
        publisher=_stripped_or_none(publisher),
        url=_stripped_or_none(url),
        published=day,
        published_source=day_source if day else "unknown",
    )


@dataclass(frozen=True)
class _Manifest:
    path: str
    rows: dict[str, ManifestRow | None]
    problems: list[Problem]

    def unmatched(self, txt_names: set[str], where: str) -> Iterator[Problem]:
        """A Problem for each good row naming a file that is not among txt_names."""
        for name, row in self.rows.items():
            if row is not None and name not in txt_names:
                yield Problem(self.path, f"names {name}, which is not a .txt article {where}", row.line)


def _read_manifest(path: Path) -> _Manifest:
    if not path.is_file():
        return _Manifest(str(path), {}, [Problem(str(path), "manifest not found")])
    text, why_not = _load_text(path)
    if why_not:
        return _Manifest(str(path), {}, [Problem(str(path), why_not)])
    return _Manifest(str(path), *parse_manifest(text, str(path)))


def _read_txt(
    path: Path, manifest: _Manifest | None, published: date | None
) -> Iterator[Article | Problem]:
    source = path.name
    rows = manifest.rows if manifest is not None else {}
    if source in rows and rows[source] is None:
        return  # its manifest row is wrong; that line's Problem says the article is skipped
    text, why_not = _load_text(path)
    if why_not:
        yield Problem(str(path), why_not)
        return
    row = rows.get(source)
    if row is None:
        yield _article(text, source, None, None, None, (None, "unknown"), published)
    else:
        yield _article(
            text, source, row.title, row.publisher, row.url, (row.published, "manifest"), published
        )


def _read_jsonl(path: Path, published: date | None) -> Iterator[Article | Problem]:
    text, why_not = _load_text(path)
    if why_not:
        yield Problem(str(path), why_not)
        return
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            try:
                yield parse_jsonl_line(line, f"{path.name}:{number}", published)
            except ValueError as error:
                yield Problem(str(path), str(error), number)


def _is_txt(path: Path) -> bool:
    return path.suffix.lower() == ".txt"


def _is_article_file(path: Path) -> bool:
    return path.is_file() and (_is_txt(path) or path.suffix.lower() == ".jsonl")


def _is_listed(path: Path) -> bool:
    """Whether a file found in a folder is an input: hidden files (".notes.txt",
    the "._name.txt" resource forks macOS leaves on shared drives) are not."""
    return not path.name.startswith(".") and _is_article_file(path)


def read_articles(
    paths: Iterable[str | Path], manifest: str | Path | None = None, published: date | None = None
) -> Iterator[Article | Problem]:
    """Every article in paths, and a Problem for every input that cannot be used.

    A path is a folder (its .txt and .jsonl files in name order; other files,
    hidden files and subfolders are not articles and are ignored, and a folder
    with no articles is a Problem; a manifest.csv in it describes its .txt
    files), a .txt file, or a .jsonl file. `manifest` replaces the folders' own
    manifests and describes every .txt input, matched by file name. `published`
    replaces every publication date (published_source "option"); otherwise it
    comes from the manifest ("manifest") or the record ("jsonl"), or is None
    ("unknown") for the text to be searched later. Article.source is the file
    name, or "name.jsonl:LINE".
    """
    given = _read_manifest(Path(manifest)) if manifest is not None else None
    if given is not None:
        yield from given.problems
    txt_inputs: set[str] = set()
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted((file for file in path.iterdir() if _is_listed(file)), key=lambda f: f.name)
            if not files:
                # Say so: an empty run that exits 0 looks like success.
                yield Problem(str(path), "no .txt or .jsonl articles in this folder (subfolders are not read)")
            txt_names = {file.name for file in files if _is_txt(file)}
            folder_manifest = given
            if given is None and (path / MANIFEST_NAME).exists():
                folder_manifest = _read_manifest(path / MANIFEST_NAME)
                yield from folder_manifest.problems
                yield from folder_manifest.unmatched(txt_names, f"in {path}")
            txt_inputs |= txt_names
            for file in files:
                yield from _read_file(file, folder_manifest, published)
        elif _is_article_file(path):
            if _is_txt(path):
                txt_inputs.add(path.name)
            yield from _read_file(path, given, published)
        elif path.exists():
            yield Problem(str(path), "not a .txt or .jsonl file")
        else:
            yield Problem(str(path), "no such file or folder")
    if given is not None:
        yield from given.unmatched(txt_inputs, "among the inputs")


def _read_file(
    path: Path, manifest: _Manifest | None, published: date | None
) -> Iterator[Article | Problem]:
    return _read_txt(path, manifest, published) if _is_txt(path) else _read_jsonl(path, published)
