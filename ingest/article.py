"""The two values that travel between pipeline stages: an Article read from
an input, and a Problem that names the input (and line) that could not be used."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Where documents.published came from.
PUBLISHED_SOURCES = ("manifest", "jsonl", "option", "text", "unknown")


@dataclass(frozen=True)
class Article:
    """One article as read, before cleaning; metadata fields are None when not given."""

    text: str  # the text as read, page furniture included
    source: str  # file name, or "file.jsonl:LINE"
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None  # from metadata; the text is searched later
    published_source: str = "unknown"


@dataclass(frozen=True)
class Problem:
    """An input that could not be used, printed as "path:line: message"."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"
