"""What each dated clause of examples/ and of the seed articles tells: a table written
from reading the articles, checked against clauses.read_clause.

A row names a document, a date expression as the date engine finds it (and which
occurrence), and what a careful reader takes from the clause around it: words the
summary must contain, the kind, the event type, actors that must be among the
actors, and the places exactly (None: not checked). The seeds are read in place
and only short phrases of them appear here.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from ingest.clauses import FORECAST, HAPPENED, ONGOING, read_clause
from ingest.clean import clean_text
from ingest.nlp import parse
from ingest.sentences import split_sentences
from ingest.timex import Settings, tag

DAILY_WIRE = "000_3947e9363db9dbc4.txt"
AL_ARABIYA = "001_fd42614e9732ccd6.txt"
WESTERN_JOURNAL = "002_f00ec1c1c499ee3c.txt"
OPINDIA = "003_aaa74d191cc2fdd1.txt"
DAWN = "004_3e951e8a6bcac83d.txt"
WIRE_SEA_WALL = "wire.jsonl#eastline-averley-sea-wall"
WIRE_RECALL = "wire.jsonl#eastline-corvane-fourth-batch"

# (document, expression, occurrence, summary contains, kind, event type, actors among, places)
EXAMPLES = [
    ("flood-courier.txt", "Sunday", 0, ["harbour wall", "gave way"], HAPPENED, "collapse", [], ["Port Averley"]),
    ("flood-courier.txt", "last week", 0, ["wall", "inspected"], HAPPENED, "inspection", [], []),
    ("flood-courier.txt", "yesterday", 0, ["council met"], HAPPENED, "meeting", [], []),
    ("flood-courier.txt", "next Tuesday", 0, ["will present a repair plan"], FORECAST, None, [], []),
    ("flood-ledger.txt", "last weekend", 0, ["storm surge broke through"], HAPPENED, "collapse", [], []),
    ("flood-ledger.txt", "two days ago", 0, ["moved most of the fleet"], HAPPENED, None, [], None),
    ("flood-ledger.txt", "2019", 0, ["raised and strengthened"], HAPPENED, "construction", [], []),
    ("flood-ledger.txt", "March 2020", 0, ["gales wrecked the marina"], HAPPENED, "disaster", [], ["Kelby Head"]),
    ("harbour-wall-plan.txt", "last month", 0, ["harbour wall collapsed"], HAPPENED, "collapse", [], []),
    ("harbour-wall-plan.txt", "next week", 0, ["due to begin"], FORECAST, None, [], []),
    ("harbour-wall-plan.txt", "mid-August", 0, ["expects the new wall to be finished"], FORECAST, None, [], []),
    ("election-herald.txt", "November 3, 2021", 0, ["Green Alliance won control"], HAPPENED, "election",
     ["Green Alliance"], []),
    ("election-herald.txt", "yesterday", 0, ["results published by the electoral commission"], HAPPENED,
     "report", [], []),
    ("election-herald.txt", "mid-August", 0, ["called the snap election"], HAPPENED, "election",
     ["Hal Petrossian"], []),
    ("election-herald.txt", "Aug 26", 0, ["campaign", "opened"], HAPPENED, "election", [], []),
    ("election-herald.txt", "September 28", 0, ["televised debate"], HAPPENED, "meeting", [], []),
    ("election-herald.txt", "November 15", 0, ["will hold its opening session"], FORECAST, "meeting", [], []),
    ("election-notes.txt", "3 Nov 2021", 0, ["Green Alliance's victory"], HAPPENED, "election",
     ["Green Alliance"], ["Kessmoor", "Dunmere"]),
    ("election-notes.txt", "2019", 0, ["line closed to passengers"], HAPPENED, "closure", [], []),
    ("bridge-collapse.txt", "Tuesday", 0, ["footbridge", "collapsed"], HAPPENED, "collapse", [],
     ["River Tarrow", "Linwick"]),
    ("bridge-collapse.txt", "early March", 0, ["inspectors reported cracks"], HAPPENED, "report", [], []),
    ("bridge-collapse.txt", "a week ago", 0, ["bridge closed"], HAPPENED, "closure", [], []),
    ("bridge-collapse.txt", "the past week", 0, ["examining the wreckage"], HAPPENED, "inspection", [], []),
    ("bridge-collapse.txt", "late last year", 0, ["road bridge", "closed"], HAPPENED, "closure", [],
     ["Harrow Cross"]),
    ("vaccine-recall.txt", "September 28", 0, ["noticed the problem"], HAPPENED, "inspection", [], ["Harwick"]),
    ("vaccine-recall.txt", "next Tuesday", 0, ["replacement stock would be shipped"], FORECAST, None, [], []),
    ("vaccine-recall.txt", "2016", 0, ["opened its Harwick plant"], HAPPENED, "founding", [], ["Harwick"]),
    ("winter-storm.txt", "yesterday", 0, ["still without electricity"], ONGOING, None, [], ["Orrin Valley"]),
    ("winter-storm.txt", "December 30", 0, ["storm brought down power lines"], HAPPENED, "disaster", [], []),
    ("winter-storm.txt", "Friday", 0, ["customers will be reconnected"], FORECAST, None, [], []),
    ("winter-storm.txt", "This year", 0, ["this year has started badly"], HAPPENED, None, [], []),
    (WIRE_SEA_WALL, "March 10", 0, ["storm surge breached the sea wall"], HAPPENED, "collapse", [],
     ["Port Averley"]),
    (WIRE_SEA_WALL, "early March", 0, ["forecasters", "warned"], HAPPENED, "statement", [], []),
    (WIRE_SEA_WALL, "Monday", 0, ["board said"], HAPPENED, "statement", [], []),
    (WIRE_RECALL, "Thursday", 0, ["Corvane added a fourth batch"], HAPPENED, "recall", ["Corvane"], []),
    (WIRE_RECALL, "next week", 0, ["publish a full list"], FORECAST, "report", [], []),
    (WIRE_RECALL, "September 28", 0, ["detected low fill volumes"], HAPPENED, "inspection", [], []),
]

SEEDS = [
    (DAILY_WIRE, "mid-August", 0, ["Taliban took over"], HAPPENED, "takeover", ["Taliban"], []),
    (DAILY_WIRE, "last week", 0, ["officer", "killed"], HAPPENED, "killing", ["Taliban"], []),
    (DAILY_WIRE, "last week", 1, ["Kahl told the Senate"], HAPPENED, "testimony", ["Colin Kahl"], None),
    (DAILY_WIRE, "last week", 2, ["Kahl", "told lawmakers"], HAPPENED, "testimony", ["Colin Kahl"], []),
    (DAILY_WIRE, "September 28", 0, ["Milley", "told the committee"], HAPPENED, "testimony",
     ["Mark Milley"], None),
    (DAILY_WIRE, "August", 0, ["Taliban took over Afghanistan"], HAPPENED, "takeover", ["Taliban"],
     ["Afghanistan"]),
    (DAILY_WIRE, "six or 12 months", 0, ["ISIS-K"], FORECAST, None, ["ISIS-K"], []),
    (DAILY_WIRE, "one to three years", 0, ["capability to attack"], FORECAST, "attack", [], None),
    (AL_ARABIYA, "Sunday", 0, ["Wall Street Journal reported"], HAPPENED, "report",
     ["Wall Street Journal"], []),
    (AL_ARABIYA, "a week ago", 0, ["officer", "Gardez", "killed in a clash"], HAPPENED, "killing",
     ["Taliban"], ["Gardez", "Paktia province"]),
    (AL_ARABIYA, "September", 0, ["disappeared"], HAPPENED, "disappearance", [], []),
    (AL_ARABIYA, "October", 0, ["suicide bombing"], HAPPENED, "attack", ["ISIS-K"],
     ["Afghanistan", "Kunduz province"]),
    (AL_ARABIYA, "Last week", 0, ["Pentagon officials said"], HAPPENED, "statement", ["ISIS-K"], None),
    (AL_ARABIYA, "last month", 0, ["statements made by American officials"], HAPPENED, "statement", [], []),
    (WESTERN_JOURNAL, "the last few weeks", 0, ["responsible for several bombings"], HAPPENED, "attack",
     ["ISIS-K"], ["Afghanistan"]),
    (OPINDIA, "the past week", 0, ["army officer killed"], HAPPENED, "killing", [], []),
    (OPINDIA, "2015", 0, ["Taliban offensive"], HAPPENED, "fighting", ["Taliban"], []),
    (DAWN, "Monday", 0, ["joining", "Wall Street Journal reported"], HAPPENED, "report",
     ["Wall Street Journal"], []),
    (DAWN, "Aug 15", 0, ["fall of Kabul"], HAPPENED, "takeover", [], ["Kabul"]),
    (DAWN, "Aug 26", 0, ["suicide bombing at the Kabul airport"], HAPPENED, "attack", [], ["Kabul"]),
    (DAWN, "a week ago", 0, ["officer", "Gardez", "killed in a clash"], HAPPENED, "killing", ["Taliban"],
     ["Gardez"]),
    (DAWN, "last week", 0, ["Senate testimony", "Colin Kahl warned"], HAPPENED, "testimony",
     ["Colin Kahl"], None),
    (DAWN, "six to 12 months", 0, ["attack"], FORECAST, "attack", [], None),
]


@pytest.fixture(scope="module")
def documents(examples_dir, seeds_dir):
    """Document name -> its text as read (examples, the wire records, the seeds)."""
    texts = {path.name: path.read_text(encoding="utf-8") for path in examples_dir.glob("*.txt")}
    for line in (examples_dir / "wire.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[f"wire.jsonl#{record['id']}"] = record["text"]
    texts.update({path.name: path.read_text(encoding="utf-8") for path in seeds_dir.glob("*.txt")})
    return texts


@cache
def _reading(raw_text: str):
    text = clean_text(raw_text)
    return text, parse(text), split_sentences(text), tag(text, Settings(dct=None))


def read_at(raw_text: str, expression: str, occurrence: int):
    """The clause read for the occurrence-th timex whose text is expression."""
    text, doc, sentences, timexes = _reading(raw_text)
    matches = [timex for timex in timexes if timex.text == expression]
    assert len(matches) > occurrence, f"the date engine found {len(matches)} {expression!r}"
    timex = matches[occurrence]
    sentence = next(span for span in sentences if span[0] <= timex.start < span[1])
    return read_clause(doc, sentence, (timex.start, timex.end))


@pytest.mark.parametrize(
    "document, expression, occurrence, contains, kind, event_type, actors, places",
    [pytest.param(*row, id=f"{row[0]}:{row[1]}#{row[2]}") for row in EXAMPLES + SEEDS],
)
def test_reading_of_dated_clause(documents, document, expression, occurrence, contains, kind,
                                 event_type, actors, places):
    clause = read_at(documents[document], expression, occurrence)
    for phrase in contains:
        assert phrase.lower() in clause.summary.lower(), clause.summary
    assert clause.kind == kind, clause.summary
    if event_type is not None:
        assert clause.event_type == event_type, clause.summary
    assert set(actors) <= set(clause.actors), clause.actors
    if places is not None:
        assert clause.places == places


@pytest.mark.parametrize("document, expression, occurrence", [
    pytest.param(DAILY_WIRE, "last week", 0, id="Daily Wire killing"),
    pytest.param(AL_ARABIYA, "a week ago", 0, id="Al Arabiya killing"),
    pytest.param(DAWN, "a week ago", 0, id="Dawn killing"),
])
def test_summaries_leave_out_attribution_and_date(documents, document, expression, occurrence):
    """The killing reads as what happened, not who reported it or when."""
    summary = read_at(documents[document], expression, occurrence).summary
    for left_out in ("report added", "according to", "the outlet", expression, "“", "”", '"'):
        assert left_out not in summary, summary


def test_same_killing_reads_alike_across_sources(documents):
    """Two sources that tell of the Gardez officer's killing give the same type and place."""
    readings = [read_at(documents[AL_ARABIYA], "a week ago", 0), read_at(documents[DAWN], "a week ago", 0)]
    assert {reading.event_type for reading in readings} == {"killing"}
    assert all("Gardez" in reading.places for reading in readings)
