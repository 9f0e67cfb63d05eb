"""The scoring of benchmarks/timex.py on small hand-made gold and system lists (TempEval-3
rules as ../shared/data/SOURCES.md states them), HeidelTime's offset re-anchoring, the
baseline's offset finding, and one run of the script over a two-document corpus."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest


def _load_benchmark():
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "timex.py"
    spec = importlib.util.spec_from_file_location("benchmark_timex", script)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


bench = _load_benchmark()


def timex(start, end, value="2021-10-26", type="DATE", text=None):
    return {"start": start, "end": end, "text": text or "x" * (end - start), "type": type, "value": value}


# (gold, system, (strict_system, strict_gold, relaxed_system, relaxed_gold, value_system, value_gold,
#                 type_system, type_gold))
SCORE_CASES = {
    "exact match": ([timex(0, 5)], [timex(0, 5)], (1, 1, 1, 1, 1, 1, 1, 1)),
    "partial overlap counts relaxed and value, not strict": (
        [timex(10, 20)], [timex(12, 20)], (0, 0, 1, 1, 1, 1, 1, 1)),
    "touching spans do not overlap": ([timex(0, 5)], [timex(5, 9)], (0, 0, 0, 0, 0, 0, 0, 0)),
    "wrong value": ([timex(0, 5, "1998-Q3")], [timex(0, 5, "1998")], (1, 1, 1, 1, 0, 0, 1, 1)),
    "wrong type": ([timex(0, 5, "P1Y", "DURATION")], [timex(0, 5, "P1Y", "DATE")], (1, 1, 1, 1, 1, 1, 0, 0)),
    "two system pieces of one gold": (
        [timex(0, 20, "P6M", "DURATION")], [timex(0, 8, "P6M", "DURATION"), timex(12, 20, "P1Y", "DURATION")],
        (0, 0, 2, 1, 1, 1, 2, 1)),
    "one system span over two gold": (
        [timex(0, 4, "1995"), timex(8, 12, "1998")], [timex(0, 12, "1998")], (0, 0, 1, 2, 1, 1, 1, 2)),
    "spurious and missed": ([timex(0, 5)], [timex(30, 35)], (0, 0, 0, 0, 0, 0, 0, 0)),
}


@pytest.mark.parametrize("gold, system, expected", SCORE_CASES.values(), ids=SCORE_CASES)
def test_score_document_counts_each_measure_on_both_sides(gold, system, expected):
    score = bench.score_document(gold, system)
    assert (score.gold, score.system) == (len(gold), len(system))
    assert (score.strict_system, score.strict_gold, score.relaxed_system, score.relaxed_gold,
            score.value_system, score.value_gold, score.type_system, score.type_gold) == expected


def test_precision_is_over_system_and_recall_over_gold():
    # Two documents: one hit, one spurious expression, one missed gold expression.
    score = (bench.score_document([timex(0, 5)], [timex(0, 5), timex(40, 45)])
             + bench.score_document([timex(0, 5)], []))
    assert score.strict() == pytest.approx((1 / 2, 1 / 2, 1 / 2))
    assert score.value() == pytest.approx((1 / 2, 1 / 2, 1 / 2))


@pytest.mark.parametrize("counts, expected", [
    ((0, 0, 0, 3), (0.0, 0.0, 0.0)),  # a system that finds nothing
    ((0, 4, 0, 0), (0.0, 0.0, 0.0)),  # a document without gold expressions
    ((3, 4, 3, 6), (0.75, 0.5, 0.6)),
])
def test_prf(counts, expected):
    assert bench.prf(*counts) == pytest.approx(expected)


ERROR_CASES = {
    "missed": ([timex(0, 5)], [], ["missed"]),
    "spurious": ([], [timex(0, 5)], ["spurious"]),
    "right": ([timex(0, 5)], [timex(0, 5)], []),
    "value and extent": ([timex(0, 10, "1998-Q3")], [timex(4, 10, "1998")], ["wrong value", "wrong extent"]),
    "type only": ([timex(0, 5, "P1D", "DURATION")], [timex(0, 5, "P1D", "SET")], ["wrong type"]),
    "one right piece is enough": ([timex(0, 10, "1998")], [timex(0, 10, "1998"), timex(2, 6, "1997")], []),
}


@pytest.mark.parametrize("gold, system, kinds", ERROR_CASES.values(), ids=ERROR_CASES)
def test_find_errors_names_every_kind_of_loss(gold, system, kinds):
    assert [error.kind for error in bench.find_errors(gold, system)] == kinds


def test_find_errors_shows_what_the_system_found_for_a_gold_expression():
    gold, found = timex(0, 10, "1998-Q3"), timex(4, 10, "1998")
    (value_error, _) = bench.find_errors([gold], [found])
    assert (value_error.expression, value_error.found) == (gold, (found,))


TEXT = "\n\nSales rose on Monday. On Monday, or the Monday after, they fell last year."


def at(text, substring, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(substring, start + 1)
    return {"start": start, "end": start + len(substring), "text": substring, "type": "DATE", "value": "v"}


def shifted(timex_, by):
    return {**timex_, "start": timex_["start"] + by, "end": timex_["end"] + by}


REANCHOR_CASES = {
    # HeidelTime drops the two leading newlines: every offset runs two short.
    "leading newlines": ([shifted(at(TEXT, "Monday"), -2), shifted(at(TEXT, "last year"), -2)],
                         [at(TEXT, "Monday"), at(TEXT, "last year")]),
    "repeated text goes to the nearest occurrence": (
        [shifted(at(TEXT, "Monday", 1), -2), shifted(at(TEXT, "Monday", 2), -2)],
        [at(TEXT, "Monday", 1), at(TEXT, "Monday", 2)]),
    "offsets already right": ([at(TEXT, "Monday", 2)], [at(TEXT, "Monday", 2)]),
    "text not found nearby stays as reported": (
        [{**at(TEXT, "Monday"), "text": "Tuesday"}], [{**at(TEXT, "Monday"), "text": "Tuesday"}]),
}


@pytest.mark.parametrize("reported, expected", REANCHOR_CASES.values(), ids=REANCHOR_CASES)
def test_reanchor_moves_expressions_onto_their_text(reported, expected):
    assert bench.reanchor(TEXT, reported) == expected


def test_reanchor_carries_the_shift_forward_beyond_the_window():
    # A shift larger than the window is still followed once the first expression found it.
    text = " " * 30 + "in May and in June"
    first, second = at(text, "May"), at(text, "June")
    reported = [shifted(first, -30), shifted(second, -30)]
    assert bench.reanchor(text, reported, window=30) == [first, second]


def test_dateparser_hits_are_located_in_order_as_day_dates():
    from datetime import datetime

    text = "on May 3 and again on May 3, then Friday"
    found = [("on May 3", datetime(2021, 5, 3)), ("on May 3", datetime(2021, 5, 3)),
             ("Sunday", datetime(2021, 5, 9)), ("Friday", datetime(2021, 5, 7, 15, 30))]
    timexes = bench.dateparser_timexes(text, found)
    assert [(t["start"], t["end"], t["value"], t["type"]) for t in timexes] == [
        (0, 8, "2021-05-03", "DATE"), (19, 27, "2021-05-03", "DATE"), (34, 40, "2021-05-07", "DATE")]
    assert bench.dateparser_timexes(text, None) == []


def test_a_run_restricted_to_some_documents_is_timed_only_when_each_was_timed():
    documents = [{"corpus": "a"}, {"corpus": "b"}, {"corpus": "a"}]
    per_document = bench.Run("s", documents, [[], [], []], 6.0, [1.0, 2.0, 3.0])
    whole_only = bench.Run("s", documents, [[], [], []], 6.0)
    assert per_document.select(lambda doc: doc["corpus"] == "a").seconds == 4.0
    assert whole_only.select(lambda doc: doc["corpus"] == "a").seconds is None
    assert whole_only.select(lambda doc: True).seconds == 6.0


def test_dateline_answers_are_matched_to_documents_in_order():
    # The same text under two creation dates, as AQUAINT holds one article twice.
    text = "The plant closed yesterday."
    documents = [{"doc_id": "same", "text": text, "dct": "2000-01-07"},
                 {"doc_id": "same", "text": text, "dct": "2000-01-15"}]
    run = bench.tag_with_dateline(documents)
    assert [[t["value"] for t in timexes] for timexes in run.tagged] == [["2000-01-06"], ["2000-01-14"]]


def test_the_script_prints_a_row_per_system_and_corpus(tmp_path, capsys):
    for corpus, dct in (("timebank", "1998-01-08"), ("aquaint", "1998-08-07")):
        text = "Prices fell on Tuesday."
        gold = {"start": 15, "end": 22, "text": "Tuesday", "type": "DATE", "value": "bogus"}
        record = {"doc_id": corpus, "corpus": corpus, "dct": dct, "text": text, "timexes": [gold]}
        (tmp_path / f"{corpus}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert bench.main(["--data", str(tmp_path), "--heideltime-limit", "0", "--errors"]) == 0
    output = capsys.readouterr().out
    rows = [line.split() for line in output.splitlines() if line.startswith(("dateline ", "dateparser "))]
    assert [row[:5] for row in rows] == [
        [system, corpus, count, count, count]
        for system in ("dateline", "dateparser") for corpus, count in (("timebank", "1"), ("aquaint", "1"), ("all", "2"))]
    # Both systems find "Tuesday"; no value can match the bogus gold value.
    assert all(row[10:13] == ["1.000", "1.000", "1.000"] and row[14] == "0.000" for row in rows)
    assert "wrong value      2" in output


def test_the_script_scores_every_jsonl_file_of_a_directory_as_a_corpus_named_after_it(tmp_path, capsys):
    text = "Prices fell on Tuesday."
    gold = {"start": 15, "end": 22, "text": "Tuesday", "type": "DATE", "value": "2021-10-26"}
    for corpus in ("news", "aquaint"):
        record = {"doc_id": corpus, "corpus": "ignored", "dct": "2021-10-27", "text": text, "timexes": [gold]}
        (tmp_path / f"{corpus}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("not a corpus", encoding="utf-8")
    assert bench.main(["--data", str(tmp_path), "--heideltime-limit", "0"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines() if line.startswith("dateline ")]
    assert [row[1:3] for row in rows] == [["aquaint", "1"], ["news", "1"], ["all", "2"]]
    assert [row[14] for row in rows] == ["1.000", "1.000", "1.000"]
