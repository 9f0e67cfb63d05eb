"""One article in, its database rows out: a pure function, so analyses can run in
any order (or in parallel) while a single writer (db.save_analysis) owns the database."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from .article import Article
from .clean import clean_text
from .events import Span, build_events, containing_sentence, iso_day, summarize
from .published import find_published
from .sentences import split_sentences
from .timex import Settings, Timex, tag

NO_PUBLICATION_DATE = "no publication date: relative dates left unresolved"

# A first line with more words than this is prose; with fewer, a label ("Bridge").
_HEADLINE_MAX_WORDS = 30
_HEADLINE_MIN_WORDS = 2


@dataclass(frozen=True)
class Analysis:
    """One article's rows for the documents, mentions and events tables, and notes
    for the person running ingest (NO_PUBLICATION_DATE)."""

    document: dict
    mentions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def analyze(article: Article) -> Analysis:
    """Clean the article, date it, find its date expressions and build its rows."""
    text = clean_text(article.text)
    published, published_source = publication_date(article)
    timexes = tag(text, Settings(dct=published))
    return build_analysis(article, text, published, published_source, timexes)


def build_analysis(
    article: Article, text: str, published: date | None, published_source: str, timexes: list[Timex]
) -> Analysis:
    """The rows for one article, given its cleaned text and the timexes found in it."""
    document = document_row(article, text, published, published_source)
    sentences = split_sentences(text)
    events, event_ids = build_events(document, text, sentences, timexes)
    mentions = [
        mention_row(document["id"], text, sentences, timex, event)
        for timex, event in zip(timexes, event_ids, strict=True)
    ]
    notes = [] if published else [NO_PUBLICATION_DATE]
    return Analysis(document=document, mentions=mentions, events=events, notes=notes)


def publication_date(article: Article) -> tuple[date | None, str]:
    """The date relative expressions resolve against, and where it came from."""
    if article.published is not None:
        return article.published, article.published_source
    found = find_published(article.text)
    if found is not None:
        return found.date, "text"
    return None, "unknown"


def content_id(raw_text: str) -> str:
    """Content hash of the text as read: re-ingesting the same article keeps its id
    even when its metadata (manifest row) changes."""
    return hashlib.sha256(raw_text.encode("utf-8")).hexdigest()[:16]


def document_row(article: Article, text: str, published: date | None, published_source: str) -> dict:
    """The documents row: metadata from the article, text as cleaned, id from the text as read."""
    return {
        "id": content_id(article.text),
        "title": article.title or headline(text),
        "publisher": article.publisher,
        "published": iso_day(published),
        "published_source": published_source,
        "url": article.url,
        "source": article.source,
        "text": text,
    }


def headline(text: str) -> str | None:
    """The first line, when it reads as a headline: short, on its own line, not a sentence."""
    lines = [line.strip() for line in text.strip().splitlines()]
    if len(lines) < 2:
        return None
    words = lines[0].split()
    if not _HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_MAX_WORDS:
        return None
    if lines[0].endswith((".", ",", ";", ":")):
        return None
    return lines[0]


def mention_row(
    document_id: str, text: str, sentences: list[Span], timex: Timex, event_id: str | None
) -> dict:
    """The mentions row of one timex in text, with its sentence and the event it dates."""
    sentence_start, sentence_end = containing_sentence(sentences, timex.start)
    return {
        "id": f"{document_id}:{timex.start}:{timex.end}",
        "expression": timex.text,
        "value": timex.value,
        "type": timex.type,
        "date_start": iso_day(timex.date_start),
        "date_end": iso_day(timex.date_end),
        "granularity": timex.granularity,
        "mod": timex.mod,
        "anchor": timex.anchor,
        "sentence": summarize(text[sentence_start:sentence_end]),
        "document_id": document_id,
        "event_id": event_id,
        "start_char": timex.start,
        "end_char": timex.end,
    }
