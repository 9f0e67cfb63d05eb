"""Properties of cleaning, publication dates, sentences, analysis rows, input
readers and ingest on generated input (hypothesis): cleaning keeps lines of the
page, sentences cover the text, rows stay consistent, bad input becomes a problem
rather than a crash, and ingesting twice changes nothing. Derandomized."""

from __future__ import annotations

import json
import re
import tempfile
from datetime import date
from itertools import pairwise
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, strategies as st

from ingest.analyze import analyze
from ingest.article import Article
from ingest.clean import PRINTED_DATE, clean_text, printed_date
from ingest.cli import NO_PROSE, cli
from ingest.published import find_published
from ingest.sources import decode_text, parse_jsonl_line, parse_manifest
from ingest.sentences import split_sentences
from strategies import (
    FEW, MONTHS, PROSE_LINES, SOME, arbitrary_text, date_sentence, modern_dct, news_day,
    page_text,
)

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
    for (_, end), (start, _) in pairwise(spans):
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
    for mention in analysis.mentions:
        assert document_text[mention["start_char"]:mention["end_char"]] == mention["expression"]
        assert " ".join(mention["expression"].split()) in mention["sentence"]
        # A mention carries a clause reading when it dates something, or when its article has
        # no publication date (estimate.py matches those readings); events are made later.
        if mention["clause"] is not None:
            assert mention["clause"].strip()
            assert mention["date_start"] or published is None
        assert mention["event_id"] is None


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
def test_ingesting_twice_changes_nothing(articles, dump_database):
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
        # The only skip: a text that is all page furniture ("Share this article").
        assert first.exit_code == 0 or all(NO_PROSE in line for line in first.stderr.splitlines()), first.output
        dump = dump_database(db)
        second = runner.invoke(cli, ["ingest", str(folder), "--db", db])
        assert (second.exit_code, second.stderr) == (first.exit_code, first.stderr)
        assert dump_database(db) == dump
