"""A story told in a past year (pure): a text that opens at a date of an earlier year
("The first cheque bounced on 3 March 2009") goes on telling it in yearless dates,
feasts, "the Sunday" and bare clocks ("On 12 March ...", "That summer", "by the Tuesday
morning"), which take the story's year, week or day until a date of the present ends
it (story_date, in_story, placed_in_story); and the days of an event the text dated
ahead ("Friday 13 July ... Sunday 15 July ... the Saturday night headliner").
engine.tag keeps where the story stands (`narrated`) and asks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .frames import THE_UNIT, yearless, yearless_feast
from .meaning import Underspecified
from .named_days import NamedDay

if TYPE_CHECKING:  # the engine's types; it imports this module
    from .engine import Candidate, Previous

_STORY_UNITS = ("day", "month", "season")  # a full date or a season with its year sets a story in its year


def in_story(text: str, narrated: Previous | None, candidate: Candidate, sentence_start: int,
             tense: str | None) -> bool:
    """Whether a yearless date, feast or holiday ("Labor Day": the nth weekday of a month)
    not told as ahead goes on with a story set in a past year (`narrated`, story_date):
    "The first cheque bounced on 3 March 2009. On 12 March a whistleblower wrote. That
    summer the director left; by Christmas ..." are 2009's. Inside the sentence of the
    date that sets the story, the sentence's own frame decides (in_frame_of_sentence)."""
    u = candidate.meaning
    holiday = u.nth is not None and u.month is not None and (u.year, u.offset, u.year_offset) == (None, None, None)
    return narrated is not None and tense != "future" \
        and (yearless(u) or yearless_feast(u) or holiday or _weekday_of_story_day(text, candidate, narrated)
             or _unit_of_story(text, candidate, narrated)) \
        and (narrated.start < sentence_start or narrated.meaning.year is None)


_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)


def _after_the(text: str, candidate: Candidate) -> bool:
    """Whether "the" comes right before the expression: "by the Tuesday morning"."""
    return _THE_BEFORE.search(text, max(0, candidate.start - 8), candidate.start) is not None  # "the" and spaces


def _unit_of_story(text: str, candidate: Candidate, narrated: Previous) -> bool:
    """"The month" or "the year" ("By the end of the month, 140 had been laid off") in a
    story standing at a day or month: the story's; "this month" stays the publication's."""
    u = candidate.meaning
    return u.type == "DATE" and u.unit in ("month", "year") and u.offset == 0 \
        and narrated.period.unit in ("day", "month") \
        and THE_UNIT.search(text, candidate.start, candidate.end) is not None


def _weekday_of_story_day(text: str, candidate: Candidate, narrated: Previous) -> bool:
    """A weekday after "the" ("by the Tuesday morning") in a story standing at a day: that
    day's week; a weekday without it ("confirmed on Wednesday") is the publication's."""
    u = candidate.meaning
    return narrated.period.unit == "day" and u.weekday is not None and u.type != "SET" \
        and _after_the(text, candidate) \
        and (u.month, u.nth, u.year, u.offset, u.year_offset) == (None,) * 5 and u.direction == "tense"


def day_of_dated_event(text: str, candidate: Candidate, days: list[NamedDay], dct: date | None) -> date | None:
    """The day of a weekday after "the" ("the Saturday night headliner") between the last
    two days named, when both lie ahead within a week ("Friday 13 July ... Sunday 15 July":
    an event's days), else None."""
    u = candidate.meaning
    if dct is None or u.weekday is None or u.type == "SET" or u.direction != "tense" \
            or (u.offset, u.day, u.month) != (None, None, None) \
            or not _after_the(text, candidate):
        return None
    before = [named.day for named in days if named.end <= candidate.start][-2:]
    if len(before) < 2 or min(before) <= dct or abs((before[1] - before[0]).days) > 6:
        return None
    first = min(before)
    day = date.fromordinal(first.toordinal() + (u.weekday - first.isoweekday()) % 7)
    return day if day <= max(before) else None


def placed_in_story(narrated: Previous, u: Underspecified) -> Underspecified:
    """A date of the story, in_story: in the year of the date the story stands at; a holiday
    ("by Thanksgiving", a weekday of a month) is given that year, as no date inside a season
    or a month can be counted from it; a bare weekday is the one nearest the story's day."""
    if u.weekday is not None and u.month is None:
        return replace(u, anchor="previous")
    if u.weekday is not None:
        return replace(u, year=narrated.period.first.year)
    # "the following spring" still lies after the story's date, not in its year
    return replace(u, anchor="previous", year_offset=u.year_offset if u.direction in ("after", "before") else 0)


def story_date(dated: Previous, anchor: str, narrated: Previous | None, dct: date | None,
               present_told: bool) -> Previous | None:
    """The date a story set in a past year stands at after `dated`. A text that opens in
    the past, before any date of the publication's year (`present_told`), sets its story
    at a day, month or season stated with its year before that year; a date placed from
    the story or stated with its year moves it on; any other date ("in 1999", "last
    month", "now") ends it, as a date of the present ends a story told as background."""
    if dated.meaning.type == "SET":  # "It was a Saturday", "every weekend": no date of its own
        return narrated
    period = dated.period
    if dct is None or period is None or period.last.year >= dct.year:
        return None
    if dated.meaning.year is not None:
        return dated if period.unit in _STORY_UNITS and (narrated is not None or not present_told) else None
    # "all that autumn" of a story standing at a day of it stays there; "by the end of that year" moves it on
    if narrated is not None and narrated.period.unit == "day" and period.first <= narrated.period.first <= period.last \
            and (dated.meaning.part or dated.meaning.mod) is None:
        return narrated
    return dated if narrated is not None and anchor == "previous" else None


def tells_present(dated: Previous, dct: date | None) -> bool:
    """Whether a date lies in the publication's year or after it, or is the present ("now")."""
    return dct is not None and (dated.meaning.ref == "PRESENT_REF"
                                or dated.period is not None and dated.period.last.year >= dct.year)
