"""Publication dates printed in the text: which lines count and which never do."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from ingest.published import find_published

HEADLINE = "Harbour Repairs Run Into Winter"
BODY = (
    "The harbour authority said repairs to the eastern pier would take most of the winter.\n\n"
    "Workers began clearing debris from the quay after the storm had passed, officials said.\n\n"
    "Ferry services to the islands will run from the western berth until the work is done."
)
SIDEBAR = (
    "Editorial\n\n"
    "Budget Worries\nUpdated 04 Mar, 2025\n\nBudget Worries\n\n"
    "The provincial budget leaves little room for new spending this year...\n"
    "Rail Delays\n04 Mar, 2025\n\nRail Delays\n\n"
    "COMMUTERS have waited long enough for the promised timetable...\n"
)


def page(*parts: str) -> str:
    return "\n\n".join(parts)


# (case, text, expected date, expected kind)
CASES = [
    ("trailing published-in line",
     page(HEADLINE, BODY, "Published in The Harbour Courier, March 14th, 2024"), date(2024, 3, 14), "published"),
    ("published colon, day month year",
     page(HEADLINE, "Published: 14 Mar 2024", BODY), date(2024, 3, 14), "published"),
    ("published on, with time",
     page(HEADLINE, "Published on Mar. 14, 2024 10:15 AM", BODY), date(2024, 3, 14), "published"),
    ("posted", page(HEADLINE, "Posted March 14, 2024", BODY), date(2024, 3, 14), "published"),
    ("updated only", page(HEADLINE, "Updated: 2024-03-15", BODY), date(2024, 3, 15), "updated"),
    ("published preferred over an earlier updated line",
     page(HEADLINE, "Updated: 2024-03-15\nPublished: 2024-03-14", BODY), date(2024, 3, 14), "published"),
    ("published preferred on a shared line",
     page(HEADLINE, "Updated 15 March 2024 | Published 14 March 2024", BODY), date(2024, 3, 14), "published"),
    ("date line under a one-sentence standfirst",
     page(HEADLINE, "Engineers expect the pier to reopen by the summer season.", "By Ana Ruiz",
          "Published: 14 Mar 2024", BODY), date(2024, 3, 14), "published"),
    ("dateline with year",
     "LONDON, March 14, 2024 -- " + BODY, date(2024, 3, 14), "dateline"),
    ("dateline with region, weekday and agency",
     page(HEADLINE, "PORT ELLIS, Maine, Thursday, March 14, 2024 (Wire) \u2014 " + BODY),
     date(2024, 3, 14), "dateline"),
    ("byline with date", page(HEADLINE, "By Jane Doe | March 14, 2024", BODY), date(2024, 3, 14), "byline"),
    ("published line closing the article, then a sidebar of other stories",
     page(HEADLINE, BODY, "Published in The Harbour Courier, March 14th, 2024", SIDEBAR),
     date(2024, 3, 14), "published"),
    ("updated dates in a trailing sidebar are not the publication date",
     page(HEADLINE, BODY, SIDEBAR), None, None),
    ("dateline without a year", "WASHINGTON, Mar 14 (Wire) - " + BODY, None, None),
    ("date line without a year", page(HEADLINE, "Posted Mar 14", BODY), None, None),
    ("body sentence about another publication",
     page(HEADLINE, BODY, "The survey was published on May 3, 2019 by the ministry.", BODY), None, None),
    ("date line deep inside the body belongs to something else",
     page(HEADLINE, BODY, "Posted March 1, 2020", BODY), None, None),
    ("empty date labels", page(HEADLINE, "Published: Updated:", BODY), None, None),
    ("impossible day", page(HEADLINE, "Published: 31 Feb 2024", BODY), None, None),
    ("a bare date under the headline is not said to be the publication date",
     page(HEADLINE, "March 14, 2024", BODY), None, None),
    ("nothing printed", page(HEADLINE, BODY), None, None),
]


@pytest.mark.parametrize("text, expected, kind", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_find_published(text, expected, kind):
    found = find_published(text)
    assert (found and found.date, found and found.kind) == (expected, kind)


@pytest.mark.parametrize("text", [case[1] for case in CASES if case[2]], ids=[case[0] for case in CASES if case[2]])
def test_span_is_the_date_line_or_the_dateline_prefix(text):
    found = find_published(text)
    line_start = text.rfind("\n", 0, found.start) + 1
    line_end = text.find("\n", found.start)
    line_end = len(text) if line_end == -1 else line_end
    if found.kind == "dateline":
        assert found.start == line_start
        assert text[found.start:found.end].rstrip().endswith(("--", "\u2014"))
    else:
        assert (found.start, found.end) == (line_start, line_end)


def seeds_dir() -> Path:
    folder = Path(os.environ.get("DATELINE_SEEDS") or Path(__file__).parents[1] / ".." / "shared" / "seeds")
    folder = folder.resolve()
    if not folder.is_dir():
        pytest.skip(f"seed articles not found at {folder}")
    return folder


@pytest.mark.parametrize("prefix, expected", [("004_", date(2021, 11, 3)), ("002_", None)])
def test_seed_publication_lines(prefix, expected):
    (seed,) = seeds_dir().glob(f"{prefix}*.txt")
    found = find_published(seed.read_text(encoding="utf-8"))
    assert (found and found.date) == expected
