"""Which day a weekday or a reported clause means, from the days the text named before
it (pure): the day a clause was said on ("said on Thursday that he would decide by
Friday"), the day a next step follows ("will close on Nov. 29 and reopen Sunday"), a
weekday named again in a possessive ("voted on Tuesday ... Under Tuesday's resolution"),
a weekday right before its own date ("a rare Saturday session on Oct. 11") and the days
of a week-ahead list ("THE WEEK AHEAD ... Thursday: The Bank publishes").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .model import Timex
from .named_days import DAY_OF_SAYING, POSSESSIVE, NamedDay
from .rules import default_grammar, lexicon_pattern

if TYPE_CHECKING:  # the engine's match type; it imports this module
    from .engine import Candidate

# A verb joined by "and" to one told on the day just named: "on May 9, banks shut, and trading resumes at 9:00 on "
_AND_THEN = re.compile(r"(?:,[^.;!?]{0,60})?,?\s+and\s+(?:(?!that\b)[a-z]+\s+){1,3}"
                       r"(?:at\s+[\d:.]+(?:\s+[A-Z]{2,4})?\s+)?(?:on\s+)?\Z")


def day_of_saying(text: str, candidate: Candidate, sentence_start: int, days: list[NamedDay]) -> date | None:
    """The day its sentence says a clause holding the expression was said on
    ("said on Thursday that ..."), else None."""
    for named in reversed(days):
        if named.start < sentence_start:
            return None
        if lexicon_pattern(DAY_OF_SAYING).search(text, sentence_start, named.start) is not None \
                and lexicon_pattern("{complementizer}").search(text, named.end, candidate.start) is not None:
            return named.day
    return None


def day_it_follows(text: str, candidate: Candidate, sentence_start: int, days: list[NamedDay],
                   dct: date | None) -> date | None:
    """The day ahead of publication named just before a weekday told as what happens
    next ("will close early on Nov. 29 and reopen Sunday evening": the Sunday after
    it), else None."""
    if not days or days[-1].start < sentence_start or dct is None or days[-1].day <= dct:
        return None
    return days[-1].day if _AND_THEN.fullmatch(text, days[-1].end, candidate.start) else None



def day_recalled(text: str, candidate: Candidate, days: list[NamedDay], dct: date | None) -> date | None:
    """The day of the publication's week named before on the weekday a possessive names
    again ("the council voted on Tuesday ... Under Tuesday's resolution": that Tuesday,
    whatever the tense around it), else None."""
    u = candidate.meaning
    if u.weekday is None or u.offset is not None or u.day is not None or u.direction != "tense" \
            or dct is None or POSSESSIVE.match(text, candidate.end) is None:
        return None
    return next((named.day for named in reversed(days)
                 if named.day.isoweekday() == u.weekday and abs((named.day - dct).days) < 7), None)


# "a rare Saturday session on Oct. 11"; not a second day ("on Sunday and again on Feb. 1")
_WEEKDAY_THEN_ITS_DATE = re.compile(r"(?:\s+(?!(?:and|or|but|then|again|until|to|from)\b)[a-z][\w-]*){0,2}\s+on\s+")


def weekdays_of_dates(text: str, timexes: list[Timex]) -> list[Timex]:
    """The timexes, in text order, with a weekday that the date right after it shares
    taken for that date, whatever the tense: "a rare Saturday session on Oct. 11"
    (a Saturday) was on Oct. 11; and a yearless date in the year its weekday agrees with."""
    agreed = list(timexes)
    for index, (weekday, dated) in enumerate(zip(timexes, timexes[1:])):
        if weekday.rule == "date.weekday" and dated.granularity == "day" and None not in (
                weekday.date_start, dated.date_start) and dated.date_start != weekday.date_start \
                and dated.date_start.isoweekday() == weekday.date_start.isoweekday() \
                and _WEEKDAY_THEN_ITS_DATE.fullmatch(text, weekday.end, dated.start) is not None:
            agreed[index] = replace(weekday, value=dated.value, date_start=dated.date_start,
                                    date_end=dated.date_end, anchor=dated.anchor)
    return [_year_of_weekday(timex) for timex in agreed]


# A yearless date given with its weekday ("ending on Friday, April 12"): the weekday
# tells the year where the tense guessed wrong.
_OPENING_WEEKDAY = "(?:bank holiday )?{listed_weekday}"


def _year_of_weekday(timex: Timex) -> Timex:
    """The timex, moved to the year before or after where its weekday and date disagree."""
    if timex.rule not in ("date.month_day", "date.day_month") or timex.date_start is None \
            or timex.date_start != timex.date_end or timex.mod is not None or timex.value[5:10] == "02-29":
        return timex
    opening = lexicon_pattern(_OPENING_WEEKDAY).match(timex.text)
    if opening is None:
        return timex
    weekday = default_grammar().lexicon.value("listed_weekday", opening.group("listed_weekday"))
    for year in (timex.date_start.year - 1, timex.date_start.year + 1):
        if timex.date_start.isoweekday() != weekday and timex.date_start.replace(year=year).isoweekday() == weekday:
            day = timex.date_start.replace(year=year)
            return replace(timex, value=day.isoformat() + timex.value[10:], date_start=day, date_end=day)
    return timex


# An occasion said in the present to fall on a weekday: "the holiday falls on a Monday",
# "the fast begins at sundown on a Saturday": its coming turn, the nearest such day ahead.
_FALLS_ON = re.compile(r"\b(?:falls|lands|begins|starts)\s+(?:[\w-]+\s+){0,2}?on\s+\Z")


def falls_on_coming(text: str, candidate: Candidate) -> bool:
    """Whether "a Monday" is the day an occasion falls on this time ("falls on a Monday")."""
    return _FALLS_ON.search(text, max(0, candidate.start - 40), candidate.start) is not None


# A list item's head: the line holds nothing before it ("\nThursday: The Bank publishes ...")
_OPENS_LINE = re.compile(r"(?:\A|\n)[ \t]*\Z")


def _heads_item(text: str, start: int, end: int) -> bool:
    return _OPENS_LINE.search(text, max(0, start - 80), start) is not None and text.startswith(":", end)


def week_of_list(text: str, candidate: Candidate, timexes: list[Timex], dct: date | None) -> date | None:
    """The Monday of the week after publication, for a weekday heading a list item
    ("Thursday: The Bank publishes ...") or a part of the week opening a paragraph after
    such items ("Later in the week, ..."), in a column that named that week before
    ("THE WEEK AHEAD", "what to watch next week") and whose earlier items lie in it;
    else None. The items of a Sunday week-ahead list are the coming days, whatever
    the tense of each item."""
    u = candidate.meaning
    heads = u.weekday is not None and u.direction == "tense" and text.startswith(":", candidate.end) \
        and (u.offset, u.year, u.month, u.day) == (None, None, None, None)
    part_of_week = u.unit == "week" and u.offset == 0 and u.part is not None and u.weekday is None
    # the meaning first: the line's start is looked for only for what may head an item
    if dct is None or not (heads or part_of_week) \
            or _OPENS_LINE.search(text, max(0, candidate.start - 80), candidate.start) is None:
        return None
    ahead = dct + timedelta(days=8 - dct.isoweekday())
    if not any(t.granularity == "week" and t.date_start == ahead for t in timexes):
        return None
    items = [t for t in timexes if t.rule == "date.weekday" and _heads_item(text, t.start, t.end)]
    if not items:  # the list's first item
        return ahead if heads else None
    return ahead if ahead <= items[-1].date_start < ahead + timedelta(days=7) else None
