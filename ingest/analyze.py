"""One article in, its database rows out: a pure function, so analyses can run in
any order (or in parallel) while a single writer (db.save_analysis) owns the database.

Each mention that dates something carries this source's reading of the clause around
it (clauses.read_clause: summary, kind, event type, actors, places); merging those
readings across documents into events happens later, over the whole database (merge.py).
A document with no publication date has its relative dates resolved against the
window its publication was estimated in (estimate.py), when it has one."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date

from .article import Article
from .clauses import FORECAST, Clause, read_clause
from .clean import clean_text
from .estimate import ESTIMATE_ANCHOR, Window, estimate_columns
from .events import Span, containing_sentence, iso_day, makes_event, summarize
from .nlp import parse
from .published import find_published
from .sentences import split_sentences
from .timex import Settings, Timex, join_stretches, tag

PUBLICATION_ANCHOR = "publication"

# A first line with more words than this is prose; with fewer, a label ("Bridge").
_HEADLINE_MAX_WORDS = 30
_HEADLINE_MIN_WORDS = 2


@dataclass(frozen=True)
class Analysis:
    """One article's rows for the documents and mentions tables. Mentions have no
    event_id yet: events are made across documents (db.rebuild_events)."""

    document: dict
    mentions: list[dict] = field(default_factory=list)


def analyze(article: Article, estimate: Window | None = None) -> Analysis:
    """Clean the article, date it, find its date expressions and build its rows.

    estimate: the window an undated article was probably published in, if known;
    ignored when the article has a publication date.
    """
    text = clean_text(article.text)
    published, published_source = publication_date(article)
    document = document_row(article, text, published, published_source, None if published else estimate)
    return analyze_document(document)


def analyze_document(document: dict) -> Analysis:
    """The rows for a documents row as stored: its text dated against its publication
    date, or else against its estimated window. Re-dating a stored document after its
    estimate changed needs nothing else."""
    text = document["text"]
    if document["published"]:
        timexes = tag(text, Settings(dct=date.fromisoformat(document["published"])))
    elif (window := Window.of(document)) is not None:
        timexes = resolve_against_window(text, window)
    else:
        timexes = tag(text, Settings(dct=None))
    return build_analysis(document, timexes)


def build_analysis(document: dict, timexes: list[Timex]) -> Analysis:
    """The rows for one document row, given the timexes found in its text. The two
    ends of a stretch ("from March 3 to March 5") are one mention: one dating."""
    text = document["text"]
    timexes = join_stretches(text, timexes)
    sentences = split_sentences(text)
    latest_publication = document["published"] or document["published_estimate_end"]
    # An article with no publication date is read whole (estimated or not, so what is
    # read does not change with the estimate): what it reports "recently" or "now" is how
    # estimate.py finds the dated reports of the same happenings.
    read = [makes_event(timex) or not document["published"] for timex in timexes]
    parsed = parse(text) if any(read) else None
    mentions = []
    for timex, reads_clause in zip(timexes, read, strict=True):
        sentence = containing_sentence(sentences, timex.start)
        clause = None
        if reads_clause:
            clause = read_clause(parsed, sentence, (timex.start, timex.end))
            if latest_publication and timex.date_start and iso_day(timex.date_start) > latest_publication:
                # Whatever the grammar says, what starts after publication had not happened yet.
                clause = replace(clause, kind=FORECAST)
        mentions.append(mention_row(document["id"], text, sentence, timex, clause))
    return Analysis(document=document, mentions=mentions)


def resolve_against_window(text: str, window: Window) -> list[Timex]:
    """The timexes of text resolved against every day of window: a relative date gets
    the range from its reading on the first day to its reading on the last, and anchor
    "estimate"; a date that reads the same either way is left as it is."""
    earliest = tag(text, Settings(dct=window.start))
    latest = {(timex.start, timex.end): timex for timex in tag(text, Settings(dct=window.end))}
    return [widened(timex, latest.get((timex.start, timex.end), timex)) for timex in earliest]


def widened(earliest: Timex, latest: Timex) -> Timex:
    """One timex read on the window's first and last day, as one reading."""
    if earliest == latest and earliest.anchor != PUBLICATION_ANCHOR:
        return earliest
    reading = replace(earliest, anchor=ESTIMATE_ANCHOR)
    if earliest.date_start is None or latest.date_end is None:
        return reading
    reading = replace(reading, date_end=max(earliest.date_end, latest.date_end))
    if earliest.value != latest.value:  # a duration ("the past week") keeps its value; a date cannot
        value, granularity = covering_value(reading.date_start, reading.date_end)
        reading = replace(reading, value=value, granularity=granularity)
    return reading


def covering_value(first: date, last: date) -> tuple[str, str | None]:
    """The TIMEX3 value of the smallest calendar month, year, decade or century holding both days."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", "month"
    first_year, last_year = f"{first.year:04d}", f"{last.year:04d}"
    for digits, granularity in ((4, "year"), (3, "decade"), (2, "century")):
        if first_year[:digits] == last_year[:digits]:
            return first_year[:digits], granularity
    return "XXXX", None  # across millennia: no calendar value holds both


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


def document_row(
    article: Article, text: str, published: date | None, published_source: str, estimate: Window | None = None
) -> dict:
    """The documents row: metadata from the article, text as cleaned, id from the text as read."""
    return {
        "id": content_id(article.text),
        "title": article.title or headline(text),
        "publisher": article.publisher,
        "published": iso_day(published),
        "published_source": published_source,
        **estimate_columns(estimate),
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


def mention_row(document_id: str, text: str, sentence: Span, timex: Timex, clause: Clause | None) -> dict:
    """The mentions row of one timex in text, with its sentence and, when it dates
    something, this source's reading of the clause it dates."""
    sentence_start, sentence_end = sentence
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
        "clause": clause.summary if clause else None,
        "kind": clause.kind if clause else None,
        "event_type": clause.event_type if clause else None,
        "actors": clause.actors if clause else None,
        "places": clause.places if clause else None,
        "document_id": document_id,
        "event_id": None,
        "start_char": timex.start,
        "end_char": timex.end,
    }
