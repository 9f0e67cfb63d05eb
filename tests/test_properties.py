"""Properties of the whole pipeline, checked on generated input (hypothesis).

Each test states something a user relies on whatever the text: the engine never
crashes and its offsets point at what it reports, dates resolve near the
publication date, cleaning keeps lines of the page, sentences cover the text,
rows stay consistent, bad input files become problems rather than crashes, and
ingesting twice changes nothing. Examples are derandomized so CI sees the same
cases on every run.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from ingest.analyze import analyze
from ingest.article import Article
from ingest.clean import PRINTED_DATE, clean_text, printed_date
from ingest.cli import cli
from ingest.events import build_events
from ingest.published import find_published
from ingest.sources import decode_text, parse_jsonl_line, parse_manifest
from ingest.sentences import split_sentences
from ingest.timex import Settings, Timex, tag

FEW = settings(max_examples=40, deadline=None, derandomize=True)
SOME = settings(max_examples=120, deadline=None, derandomize=True)

# ------------------------------------------------------------------ the TIMEX3 value grammar

_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4]\d|5[0-3]|XX)"
_TIME = r"T(?:(?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d)?|MO|AF|EV|NI|DT)"
_YEAR_PART = (
    rf"-{_MONTH}(?:-{_DAY})?"  # month, day
    rf"|-W{_WEEK}(?:-(?:[1-7]|WE))?"  # week, day of week, weekend
    r"|-Q(?:[1-4]|X)|-H(?:[12]|X)|-(?:SP|SU|FA|WI)"  # quarter, half, season
)
_CALENDAR = rf"(?:\d{{4}}|XXXX)(?:{_YEAR_PART})?(?:{_TIME})?|(?:\d{{3}}|XXX)|(?:\d{{2}}|XX)"
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = rf"P(?=.)(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE))*(?:T(?=.)(?:{_AMOUNT}[HMS])+)?"
TIMEX3_VALUE = re.compile(rf"{_CALENDAR}|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF")

TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}

# ------------------------------------------------------------------ generators

# Strings that have broken date parsers: impossible days, huge numbers, edge years.
TRICKY = [
    "31/02/2021", "Feb 30", "February 29, 2100", "0000-00-00", "9999-99-99", "12/31/99999",
    "99999999999999999999", "Dec 31, 9999", "January 1, 0001", "the year 10000", "Q4 9999",
    "the 1990s", "the 21st century", "last week", "next year", "tomorrow", "3 days ago",
    "in 10 days", "2021-11-03T22:15:00-05:00", "10:75 p.m.", "25:00", "Nov 3-1", "2021/20",
    "every Monday", "the fourth Thursday of November", "mid-August", "Sept. 31", "1 1/2 years",
    "\x00", "\u2028", "\r\n", "\t", "March", "May", "may", "Mr.", "U.S.", "a.m.", "\u00a0",
]
EDGE_DCTS = [date(1, 1, 1), date(1, 1, 7), date(9999, 12, 31), date(9999, 12, 25), date(2000, 2, 29)]

any_dct = st.one_of(st.none(), st.sampled_from(EDGE_DCTS), st.dates())
modern_dct = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
# Days a news article may name, the ends of the range included.
news_day = st.one_of(st.sampled_from([date(1900, 1, 1), date(2099, 12, 31), date(2100, 3, 5)]), modern_dct)

arbitrary_text = st.lists(
    st.one_of(st.text(max_size=20), st.sampled_from(TRICKY), st.from_regex(r"\d{1,25}", fullmatch=True)),
    max_size=12,
).flatmap(lambda parts: st.sampled_from([" ", "", "\n", ". ", ", "]).map(lambda sep: sep.join(parts)))

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Filler of our own that neither names a date nor joins one ("the council said ... that").
OPENINGS = ["The council said", "Residents reported", "A spokesperson confirmed", "Officials met"]
CLOSINGS = ["that the road would close.", "after the vote.", "in the town hall.", "as planned."]


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_shift(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


@dataclass(frozen=True)
class Expression:
    """A date expression to embed in a sentence, and what it must resolve to.

    lead: a preposition written before it but no part of it ("on" Monday).
    check(dct, timex): whether the timex found for it is right for that publication date.
    """

    phrase: str
    check: Callable[[date, Timex], bool]
    lead: str = ""


def _one_day(timex: Timex, day: date) -> bool:
    return timex.date_start == timex.date_end == day


def _whole_month(timex: Timex, year: int, month: int) -> bool:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return (timex.date_start, timex.date_end) == (date(year, month, 1), last)


def _whole_years(timex: Timex, first: int, last: int) -> bool:
    return (timex.date_start, timex.date_end) == (date(first, 1, 1), date(last, 12, 31))


def _days_away(phrase_days):
    # "3 days ago", "two weeks ago", "yesterday": one day, counted from publication.
    phrase, days = phrase_days
    return Expression(phrase, lambda dct, t: _one_day(t, dct + timedelta(days=days)))


def _month_away(phrase_months):
    phrase, months = phrase_months
    return Expression(phrase, lambda dct, t: _whole_month(t, *_month_shift(dct, months)))


def _year_away(phrase_years):
    phrase, years = phrase_years
    return Expression(phrase, lambda dct, t: _whole_years(t, dct.year + years, dct.year + years))


def _week_away(phrase_weeks):
    phrase, weeks = phrase_weeks

    def check(dct, timex):
        monday = _week_start(dct) + timedelta(weeks=weeks)
        return (timex.date_start, timex.date_end) == (monday, monday + timedelta(days=6))

    return Expression(phrase, check)


def _weekday(index):
    # A bare weekday is the nearest one before or after publication, within a week.
    def check(dct, timex):
        return timex.date_start == timex.date_end and timex.date_start.weekday() == index \
            and abs((timex.date_start - dct).days) <= 7

    return Expression(WEEKDAYS[index], check, lead="on ")


def _last_next_weekday(direction_index):
    direction, index = direction_index
    sign = -1 if direction == "last" else 1

    def check(dct, timex):
        return timex.date_start == timex.date_end and timex.date_start.weekday() == index \
            and 1 <= sign * (timex.date_start - dct).days <= 14

    return Expression(f"{direction} {WEEKDAYS[index]}", check)


def _month_day(month_day):
    month, day = month_day

    def check(dct, timex):
        return timex.date_start == timex.date_end and abs(timex.date_start.year - dct.year) <= 1 \
            and (timex.date_start.month, timex.date_start.day) == (month, day)

    return Expression(f"{MONTHS[month - 1]} {day}", check)


def _month_alone(month):
    def check(dct, timex):
        year = timex.date_start.year
        return abs(year - dct.year) <= 1 and _whole_month(timex, year, month)

    return Expression(MONTHS[month - 1], check, lead="in ")


def _full_date(day):
    return Expression(f"{MONTHS[day.month - 1]} {day.day}, {day.year}", lambda dct, t: _one_day(t, day))


def _day_month_year(day):
    return Expression(f"{day.day} {MONTHS[day.month - 1]} {day.year}", lambda dct, t: _one_day(t, day))


def _in_year(year):
    return Expression(str(year), lambda dct, t: _whole_years(t, year, year), lead="in ")


def _decade(decade):
    return Expression(f"the {decade}s", lambda dct, t: _whole_years(t, decade, decade + 9), lead="in ")


def _part_of_month(part_offset):
    # "early last month": the part's days within that month, with its TimeML mod.
    (part, mod), offset = part_offset

    def check(dct, timex):
        year, month = _month_shift(dct, offset)
        first, last = date(year, month, 1), date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return timex.mod == mod and first <= timex.date_start <= timex.date_end <= last

    word = {-1: "last", 0: "this", 1: "next"}[offset]
    return Expression(f"{part} {word} month", check)


THIS_NEXT_LAST = [("last", -1), ("this", 0), ("next", 1)]
PARTS = [("early", "START"), ("late", "END")]


def _this_next_last(unit):
    return st.sampled_from([(f"{word} {unit}", offset) for word, offset in THIS_NEXT_LAST])


date_expressions = st.one_of(
    st.integers(2, 60).map(lambda n: (f"{n} days ago", -n)).map(_days_away),
    st.integers(2, 10).map(lambda n: (f"{n} weeks ago", -7 * n)).map(_days_away),
    st.sampled_from([("two days ago", -2), ("twenty-one days ago", -21), ("the day before yesterday", -2),
                     ("yesterday", -1), ("today", 0), ("tomorrow", 1)]).map(_days_away),
    _this_next_last("week").map(_week_away),
    _this_next_last("month").map(_month_away),
    st.integers(2, 11).map(lambda n: (f"{n} months ago", -n)).map(_month_away),
    _this_next_last("year").map(_year_away),
    st.integers(2, 50).map(lambda n: (f"{n} years ago", -n)).map(_year_away),
    st.integers(0, 6).map(_weekday),
    st.tuples(st.sampled_from(["last", "next"]), st.integers(0, 6)).map(_last_next_weekday),
    st.tuples(st.integers(1, 12), st.integers(1, 28)).map(_month_day),
    st.integers(1, 12).map(_month_alone),
    news_day.map(_full_date),
    news_day.map(_day_month_year),
    st.one_of(st.sampled_from([1900, 2099, 2100]), st.integers(1900, 2100)).map(_in_year),
    st.sampled_from(range(1900, 2100, 10)).map(_decade),
    st.tuples(st.sampled_from(PARTS), st.sampled_from([-1, 0, 1])).map(_part_of_month),
)

# Lines of the shapes a scraped page has: prose, headlines, furniture, date lines.
PROSE_LINES = [
    "The ferry company said the new timetable would start once repairs were finished.",
    "Volunteers planted two hundred trees along the river bank over the weekend.",
    "\u201cWe are glad the bridge is open again,\u201d said one shop owner on the quay.",
    "The council will publish its budget after a public consultation in the spring.",
]
PAGE_LINES = PROSE_LINES + [
    "Harbour Bridge Reopens To Traffic", "Share this article", "Advertisement", "Read more:",
    "By Jane Doe", "By Jane Doe | March 3, 2021", "Published: 3 Nov 2021", "Updated 4 Nov 2021",
    "Nov 3, 2021", "3 hours ago", "Comments", "\u2022 Ferries on Tuesdays", "Related stories",
    "PORT ALDER, March 3, 2021 (AP) -- Work began on the quay.", "\u00a9 2021 Harbour Gazette",
    "Caption", "Image caption", "Published", "3 November 2021", "Reporting by Jane Doe", "Opinion",
    "News", "It was late.", "hello there", "Published: 31 December 9999", "", "   ", "\t",
]
# Lines assembled from words that steer line classification: case, sentence
# endings, date parts, furniture labels.
LINE_WORDS = [
    "the", "ferry", "said", "Harbour", "Bridge", "Published:", "Updated", "By", "Jane", "Nov", "3,", "2021",
    "Read", "more:", "caption", "\u2022", "\u2014", "ago", "hours", ".", "?", "\u201d", "(AP)", "--",
]
word_line = st.lists(st.sampled_from(LINE_WORDS), min_size=1, max_size=12).map(" ".join)
# One sentence with one date expression, or with two ("began ... and ended ...").
date_sentence = st.tuples(
    st.sampled_from(OPENINGS),
    st.lists(date_expressions, min_size=1, max_size=2).map(
        lambda expressions: " and ".join(f"{e.lead}{e.phrase}" for e in expressions)),
    st.sampled_from(CLOSINGS),
).map(" ".join)
page_line = st.one_of(st.sampled_from(PAGE_LINES), word_line, date_sentence, st.text(max_size=40))
page_text = st.lists(page_line, max_size=14).flatmap(
    lambda lines: st.sampled_from(["\n", "\n\n", "\r\n"]).map(lambda sep: sep.join(lines))
)


# ------------------------------------------------------------------ the date engine


def _assert_consistent_timexes(text, dct):
    timexes = tag(text, Settings(dct=dct))
    for timex in timexes:
        assert text[timex.start:timex.end] == timex.text
        assert timex.type in TIMEX_TYPES
        assert TIMEX3_VALUE.fullmatch(timex.value), timex.value
        assert (timex.date_start is None) == (timex.date_end is None)
        if timex.date_start is not None:
            assert timex.date_start <= timex.date_end
        if dct is None:
            assert timex.anchor != "publication"
    for before, after in zip(timexes, timexes[1:]):
        assert before.end <= after.start


@SOME
@given(text=st.one_of(arbitrary_text, page_text), dct=any_dct)
def test_tag_never_raises_and_reports_consistent_timexes(text, dct):
    _assert_consistent_timexes(text, dct)


@pytest.mark.parametrize("dct", [None, *EDGE_DCTS], ids=str)
@pytest.mark.parametrize("text", TRICKY)
def test_tag_handles_tricky_strings_at_the_edges_of_the_calendar(text, dct):
    _assert_consistent_timexes(f"It happened {text}.", dct)


@FEW
@given(text=arbitrary_text, dct=any_dct)
def test_tag_is_deterministic(text, dct):
    assert tag(text, Settings(dct=dct)) == tag(text, Settings(dct=dct))


@SOME
@given(expression=date_expressions, dct=modern_dct,
       opening=st.sampled_from(OPENINGS), closing=st.sampled_from(CLOSINGS))
def test_date_expressions_are_found_and_resolved_near_publication(expression, dct, opening, closing):
    text = f"{opening} {expression.lead}{expression.phrase} {closing}"
    start = len(opening) + 1 + len(expression.lead)
    span = (start, start + len(expression.phrase))
    found = [timex for timex in tag(text, Settings(dct=dct)) if (timex.start, timex.end) == span]
    assert found, f"{expression.phrase!r} not found in {text!r}"
    assert expression.check(dct, found[0]), found[0]


# ------------------------------------------------------------------ cleaning and publication dates


@SOME
@given(text=page_text)
def test_clean_text_keeps_whole_input_lines_in_order(text):
    cleaned = clean_text(text)
    lines = [line.strip() for line in text.split("\n")]
    position = 0
    for paragraph in cleaned.split("\n\n") if cleaned else []:
        assert paragraph in lines[position:], paragraph
        position = lines.index(paragraph, position) + 1


@SOME
@given(lines=st.lists(st.one_of(st.sampled_from(PROSE_LINES), date_sentence), min_size=1, max_size=6),
       headline=st.sampled_from([[], ["Harbour Bridge Reopens To Traffic"]]),
       separator=st.sampled_from(["\n", "\n\n"]))
def test_a_page_without_furniture_comes_back_unchanged(lines, headline, separator):
    assert clean_text(separator.join(headline + lines)) == "\n\n".join(headline + lines)


@SOME
@given(text=page_text)
def test_clean_text_is_idempotent(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned


@SOME
@given(text=st.one_of(page_text, arbitrary_text))
def test_found_publication_date_is_printed_within_its_span(text):
    found = find_published(text)
    if found is not None:
        span = text[found.start:found.end]
        printed = [printed_date(match) for match in re.finditer(PRINTED_DATE, span, re.IGNORECASE)]
        assert found.date in printed, (found, span)


@SOME
@given(day=news_day,
       body=st.lists(st.sampled_from(PROSE_LINES), min_size=1, max_size=4))
def test_a_published_line_under_the_headline_gives_the_publication_date(day, body):
    published_line = f"Published: {day.day} {MONTHS[day.month - 1]} {day.year}"
    text = "\n".join(["Harbour Bridge Reopens To Traffic", published_line, *body])
    found = find_published(text)
    assert found is not None and found.date == day


# ------------------------------------------------------------------ sentences


@SOME
@given(text=st.one_of(arbitrary_text, page_text))
def test_sentences_are_ordered_trimmed_and_cover_the_text(text):
    spans = split_sentences(text)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start
    covered = {i for start, end in spans for i in range(start, end)}
    assert all(i in covered for i, char in enumerate(text) if not char.isspace())


# ------------------------------------------------------------------ analysis rows


article_text = st.one_of(
    st.lists(date_sentence, min_size=1, max_size=5).map(" ".join),
    st.lists(date_sentence, min_size=1, max_size=5).map("\n\n".join),
    page_text,
)


@SOME
@given(text=article_text, published=st.one_of(st.none(), modern_dct))
def test_analysis_rows_are_consistent(text, published):
    analysis = analyze(Article(text=text, source="generated.txt", published=published,
                               published_source="option" if published else "unknown"))
    document_text = analysis.document["text"]
    events = {event["id"]: event for event in analysis.events}
    for mention in analysis.mentions:
        assert document_text[mention["start_char"]:mention["end_char"]] == mention["expression"]
        assert " ".join(mention["expression"].split()) in mention["sentence"]
        if mention["event_id"] is not None:
            event = events[mention["event_id"]]
            assert (event["value"], event["date_start"], event["date_end"]) == (
                mention["value"], mention["date_start"], mention["date_end"])
    for event in analysis.events:
        dating = [mention for mention in analysis.mentions if mention["event_id"] == event["id"]]
        assert event["mention_count"] == len(dating) >= 1
        start, end = date.fromisoformat(event["date_start"]), date.fromisoformat(event["date_end"])
        assert start <= end
        assert event["year"] == (f"{start.year:04d}" if start.year == end.year else None)
        same_month = (start.year, start.month) == (end.year, end.month)
        assert event["month"] == (f"{start.year:04d}-{start.month:02d}" if same_month else None)
        (start_year, start_week, _), (end_year, end_week, _) = start.isocalendar(), end.isocalendar()
        same_week = (start_year, start_week) == (end_year, end_week)
        assert event["week"] == (f"{start_year:04d}-W{start_week:02d}" if same_week else None)


# Mentions that share a value but not a day range ("early March", "late March"),
# several to a sentence, to hand to build_events directly.
DATINGS = [
    ("2021-03", date(2021, 3, 1), date(2021, 3, 31)), ("2021-03", date(2021, 3, 1), date(2021, 3, 10)),
    ("2021-03", date(2021, 3, 21), date(2021, 3, 31)), ("2021-03-08", date(2021, 3, 8), date(2021, 3, 8)),
]
WORDS_TEXT = "Crews worked here. Crews worked there. Crews rested."
WORD_SPANS = [match.span() for match in re.finditer(r"\w+", WORDS_TEXT)]
dated_words = st.lists(st.tuples(st.sampled_from(WORD_SPANS), st.sampled_from(DATINGS)),
                       unique_by=lambda mention: mention[0])


@SOME
@given(mentions=dated_words)
def test_every_mention_points_at_an_event_with_its_dating(mentions):
    timexes = [Timex(start, end, WORDS_TEXT[start:end], "DATE", value, date_start=first, date_end=last)
               for (start, end), (value, first, last) in sorted(mentions)]
    document = {"id": "doc", "publisher": None}
    events, event_ids = build_events(document, WORDS_TEXT, split_sentences(WORDS_TEXT), timexes)
    by_id = {event["id"]: event for event in events}
    for timex, event_id in zip(timexes, event_ids):
        event = by_id[event_id]
        assert (event["value"], event["date_start"], event["date_end"]) == (
            timex.value, timex.date_start.isoformat(), timex.date_end.isoformat())
    assert sum(event["mention_count"] for event in events) == len(timexes)


# ------------------------------------------------------------------ reading inputs

# Inputs that have broken readers: a field past the csv module's size limit, an
# unclosed quote, JSON nested past the recursion limit, numbers past float range.
HUGE_CELL = "x" * 200_000
csv_cell = st.one_of(st.text(max_size=12), st.sampled_from(["a.txt", "2021-11-03", "soon", '"', HUGE_CELL]))
manifest_text = st.lists(st.lists(csv_cell, max_size=5).map(",".join), max_size=5).map(
    lambda rows: "\n".join(["file,publisher,published,title", *rows])
)
json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)
jsonl_line = st.one_of(
    st.dictionaries(st.sampled_from(["text", "title", "publisher", "url", "published", "id"]), json_value)
    .map(json.dumps),
    st.text(max_size=30),
    st.sampled_from(["[" * 100_000, '{"text": "x", "published": 1e999}', '{"text": "x", "title": NaN}']),
)


@SOME
@given(data=st.one_of(st.binary(max_size=60), st.text(max_size=60).map(lambda text: text.encode("utf-8"))))
def test_decoding_any_bytes_gives_text_or_a_reason(data):
    text, why_not = decode_text(data)
    assert (text is None) != (why_not is None)
    assert text is None or "\r" not in text


@SOME
@given(text=manifest_text)
def test_any_manifest_gives_rows_or_problems(text):
    rows, problems = parse_manifest(text, "manifest.csv")
    assert all(row is None or row.file == name for name, row in rows.items())
    assert all(problem.path == "manifest.csv" for problem in problems)


@SOME
@given(line=jsonl_line)
def test_a_jsonl_line_is_an_article_or_a_value_error(line):
    try:
        article = parse_jsonl_line(line, "input.jsonl:1")
    except ValueError:
        return
    assert article.text.strip() and "\r" not in article.text


# ------------------------------------------------------------------ ingesting twice


def _dump(db_path: Path) -> dict:
    connection = sqlite3.connect(db_path)
    try:
        rows = {
            table: connection.execute(f"select * from {table} order by id").fetchall()
            for table in ("documents", "events", "mentions")
        }
        schema = connection.execute("select type, name, sql from sqlite_master order by name").fetchall()
        return rows | {"schema": schema}
    finally:
        connection.close()


corpus = st.dictionaries(
    keys=st.from_regex(r"[a-z]{1,8}", fullmatch=True),
    values=st.tuples(
        article_text.filter(lambda text: text.strip() and "\x00" not in text),  # else not an article file
        st.one_of(st.just(""), modern_dct.map(date.isoformat)),
    ),
    min_size=1, max_size=3,
)


@FEW
@given(articles=corpus)
def test_ingesting_twice_changes_nothing(articles):
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "articles", str(Path(tmp) / "events.db")
        folder.mkdir()
        manifest = ["file,publisher,published,title"]
        for name, (text, published) in articles.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            manifest.append(f"{name}.txt,Harbour Gazette,{published},")
        (folder / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
        runner = CliRunner()
        first = runner.invoke(cli, ["ingest", str(folder), "--db", db])
        assert first.exit_code == 0, first.output
        dump = _dump(Path(db))
        second = runner.invoke(cli, ["ingest", str(folder), "--db", db])
        assert second.exit_code == 0, second.output
        assert _dump(Path(db)) == dump
