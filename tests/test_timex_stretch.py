"""join_stretches(): the two ends of a stretch of days are one dating for the timeline,
while tag() keeps them as TimeML's two expressions. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.timex import Settings, join_stretches, tag

DCT = date(2024, 11, 1)  # a Friday

CASES = [
    # (sentence, [(expression, first day, last day)] after joining)
    ("The craft fair runs Nov. 18-20 in the old mill.",
     [("Nov. 18-20", "2024-11-18", "2024-11-20")]),
    ("The craft fair runs from 18 to 20 November.",
     [("18 to 20 November", "2024-11-18", "2024-11-20")]),
    ("The pool was shut from March 3 to March 5.",
     [("March 3 to March 5", "2024-03-03", "2024-03-05")]),
    ("Ferries were cancelled from Monday through Wednesday.",
     [("Monday through Wednesday", "2024-10-28", "2024-10-30")]),
    ("The mayor served between 2015 and 2019.",
     [("2015 and 2019", "2015-01-01", "2019-12-31")]),
    ("Rents rose in the years 2016-2018.",
     [("2016-2018", "2016-01-01", "2018-12-31")]),
    # Two days named, not a stretch: each is a dating of its own.
    ("The hearings were held on April 24 and 25.",
     [("April 24", "2024-04-24", "2024-04-24"), ("25", "2024-04-25", "2024-04-25")]),
    ("Sowing starts in late June or early July.",
     [("late June", "2025-06-21", "2025-06-30"), ("early July", "2025-07-01", "2025-07-10")]),
    # An end before its start is no stretch.
    ("Output fell from 2019 to 2017 levels.",
     [("2019", "2019-01-01", "2019-12-31"), ("2017", "2017-01-01", "2017-12-31")]),
    # Clock times of one day are not a stretch of days.
    ("The exhibition is open from 9am to 5pm on Sunday.",
     None),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[case[0] for case in CASES])
def test_the_ends_of_a_stretch_are_one_dating(sentence, expected):
    timexes = tag(sentence, Settings(dct=DCT))
    joined = join_stretches(sentence, timexes)
    if expected is None:
        assert joined == timexes
        return
    assert [(t.text, t.date_start.isoformat(), t.date_end.isoformat()) for t in joined] == expected


def test_a_joined_stretch_keeps_the_value_of_its_start():
    sentence = "The pool was shut from March 3 to March 5."
    [stretch] = join_stretches(sentence, tag(sentence, Settings(dct=DCT)))
    assert (stretch.value, stretch.type, sentence[stretch.start:stretch.end]) == (
        "2024-03-03", "DATE", "March 3 to March 5")
