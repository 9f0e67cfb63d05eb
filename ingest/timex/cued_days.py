"""Days a name leaves to the text around it (pure).

A national day whose date depends on the country ("Independence Day", "National
Day", "Heroes' Day") is that of the country the text names (the table
country_days.toml is read once): the one named in the day's own sentence,
nearest before it, else first after it ("Independence Day celebrations in Ghana"),
else the nearest before it in the text, a dateline's city too ("KAMPALA —"). A text
naming no country keeps the US day of the name, if any ("Independence Day" is
4 July); a country without such a day in the table dates nothing.

A bare "Eid" (or Nigeria's "Sallah") is the Eid the text named last before it:
Eid al-Adha after "Eid al-Adha" or "the Day of Arafah", Eid al-Fitr after Ramadan.

"Polling day" is the day of the vote the text gives (election_day); a feast is the
day the text gives it, if that is within two days of the table's (stated_feast_day).

Day n of a war, siege or strike counts from the day the text says it began
(event_start): "Day 12 of the siege ... the siege began on 17 February" is 28 February.

A fiscal quarter ("Q1 FY26") is the calendar quarter it covers when the text says
when the fiscal year begins ("Its fiscal 2026 began on July 1": fiscal_start_month).
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..sentences import sentences_of

if TYPE_CHECKING:  # rules.py imports meaning.py, which imports this module
    from .rules import Lexicon

COUNTRY_DAYS_PATH = Path(__file__).parent / "country_days.toml"
_DEFAULT_COUNTRY = "us"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, dict[str, list[int]]], re.Pattern, dict[str, str]]:
    """Each country's days, one pattern finding any country's name, and name -> country."""
    countries = tomllib.loads(COUNTRY_DAYS_PATH.read_text(encoding="utf-8"))
    # a dateline writes the city in capitals: "LUSAKA —"
    country_of = {form: key for key, country in countries.items() for name in country["names"]
                  for form in (name, name.upper())}
    names = sorted(country_of, key=len, reverse=True)  # "South Africa" before a shorter name inside it
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return {key: country["days"] for key, country in countries.items()}, pattern, country_of


def country_day(day: str, text: str, start: int, end: int) -> list[int] | None:
    """The [month, day] or [month, weekday, nth(, from)] of national day `day` (a key
    of the lexicon list national_day) named at text[start:end]; None if unknown."""
    days, pattern, country_of = _table()
    before = list(pattern.finditer(text, 0, start))
    sentence_start, sentence_end = sentences_of(text).around(start)
    after = pattern.search(text, end, sentence_end)
    if before and before[-1].start() >= sentence_start or after is None and before:
        named = before[-1].group()
    elif after is not None:
        named = after.group()
    else:
        return days[_DEFAULT_COUNTRY].get(day)
    return days[country_of[named]].get(day)


# The Islamic months that lead up to each Eid: Ramadan and Shawwal to the first, Dhu al-Hijjah to the second.
_EID_OF_MONTH = {9: "eid_al_fitr", 10: "eid_al_fitr", 12: "eid_al_adha"}
_EIDS = ("eid_al_fitr", "eid_al_adha")


def eid_named_before(text: str, start: int, lexicon: Lexicon) -> str | None:
    """The calendar key of the Eid (eid_al_fitr, eid_al_adha) the text last named or
    led up to before `start`; None if it named neither."""
    feasts, months = lexicon.lists["movable_feast"].regex, lexicon.lists["hijri_month"].regex
    for match in reversed(list(_feast_or_month(feasts, months).finditer(text, 0, start))):
        if match.lastgroup == "feast":
            calendar_key = lexicon.value("movable_feast", match.group())[0]
            if calendar_key in _EIDS:
                return calendar_key
        elif (month := lexicon.value("hijri_month", match.group())) in _EID_OF_MONTH:
            return _EID_OF_MONTH[month]
    return None


@lru_cache(maxsize=1)
def _feast_or_month(feasts: str, months: str) -> re.Pattern:
    return re.compile(rf"\b(?:(?P<feast>{feasts})|(?P<month>{months}))\b", re.IGNORECASE)


class _Day(Protocol):
    """A day the text named, and where (named_days.NamedDay)."""

    start: int
    end: int
    day: date


# A day restated as the vote's: "polling day will be Thursday 7 May".
_VOTE_DAY_NAME = r"(?:polling|voting|election) day"
_RESTATED = rf"{_VOTE_DAY_NAME}\s+(?:will be|is|was|falls on|fell on)\s+"
# A sentence about the vote: "Polls closed at 10pm on Thursday", "fixed 14 February for the election".
_OF_THE_VOTE = re.compile(rf"{_RESTATED}|\b(?:(?:by-)?elections?|polls|votes?|voting|ballots?|polling)\b(?! (?:day|night))",
                          re.IGNORECASE)
_VOTE_DAY = re.compile(_VOTE_DAY_NAME, re.IGNORECASE)
_SAYING_CHARS = len("acknowledged on ")
_RESTATED_BEFORE = re.compile(rf"{_RESTATED}(?:on\s+)?\Z", re.IGNORECASE)
# A day counted from the vote's: "up to 3 June, 13 days after polling day"
_COUNTED_TO = re.compile(r",?\s+(?:[\w-]+\s+){1,2}(?:after|before)\s+(?:the\s+)?\Z", re.IGNORECASE)


def election_day(text: str, start: int, end: int, days: list[_Day]) -> date | None:
    """The day "polling day" at text[start:end] names: the day the text restates as
    the vote's ("Polling day will be Thursday 7 May"), else, in the last sentence
    about the vote before it, the day named nearest a word of the vote ("has fixed
    Saturday, 14 February for the election, it announced on Friday"); None if the
    text gives none."""
    restated = [named for named in days if _RESTATED_BEFORE.search(text, max(0, named.start - 40), named.start)
                or _VOTE_DAY.fullmatch(text, named.start, named.end)]  # "election night" after "Election Day"
    if restated:
        return restated[0].day
    from .rules import lexicon_pattern  # here: rules.py imports this module's importer

    saying = lexicon_pattern(r"{reporting_verb}\s+(?:on\s+)?\Z")
    # not the day it was said on: "it announced on Friday", nor one counted from the vote's
    before = [named for named in days if named.end <= start
              and saying.search(text, max(0, named.start - _SAYING_CHARS), named.start) is None
              and _COUNTED_TO.fullmatch(text, named.end, start) is None]
    while before:
        first, last = sentences_of(text).around(before[-1].start)
        words = [match.span() for match in _OF_THE_VOTE.finditer(text, first, last)]
        in_sentence = [named for named in before if named.start >= first]
        if words:
            return min(in_sentence, key=lambda named: min(max(named.start - word_end, word_start - named.end)
                                                          for word_start, word_end in words)).day
        before = before[:len(before) - len(in_sentence)]
    return None


# What joins a feast to the day the text gives it: "Eid, which will be celebrated on Tuesday",
# "Eid-ul-Fitr, expected on May 3", "Eid falls on Monday".
_STATING_DAY = re.compile(r",?\s*(?:(?:which|that)\s+)?(?:(?:is|was|will(?:\s+be)?|to\s+be)\s+)?"
                          r"(?:expected|celebrated|observed|marked|falls?|fell)?\s*on\s+(?:the\s+)?", re.IGNORECASE)
_SIGHTING_DAYS = 2  # a moon sighted a day or two from the computed one moves a lunar feast


def stated_feast_day(text: str, end: int, table_day: date, days: list[_Day]) -> date | None:
    """The day the text gives a feast named up to `end`, where its own day may differ
    from the table's by a moon's sighting ("Eid al-Adha, which falls on Monday"); None
    if it gives none."""
    for named in days:
        if named.start >= end and _STATING_DAY.fullmatch(text, end, named.start):
            return named.day if abs((named.day - table_day).days) <= _SIGHTING_DAYS else None
    return None


# A fiscal year's first month as the text states it: "Its fiscal 2026 began on July 1",
# "the company's financial year starts in April".
_FISCAL_START = r"\b(?:fiscal|financial)(?: year)?(?: \d{{4}}| FY ?\d{{2}})? (?:began|begins|started|starts|runs from)(?: on| in)? ((?-i:{}))\b"


def fiscal_start_month(text: str, lexicon: Lexicon) -> int | None:
    """The month the text says its fiscal years begin in; None if it says none."""
    match = _fiscal_start(lexicon.lists["month_name"].regex).search(text)
    return None if match is None else lexicon.value("month_name", match.group(1))


@lru_cache(maxsize=1)
def _fiscal_start(months: str) -> re.Pattern:
    return re.compile(_FISCAL_START.format(months), re.IGNORECASE)


# An event as the text names it: "the dock strike", "the siege of the old town", "the strike at the plant".
_EVENT = (r"(?:the|its|their|this)\s+(?:[\w-]+\s+){{0,3}}?(?P<{}>{})\b"
          r"(?:\s+(?:of|at|in|on|against)(?:\s+[\w'-]+){{1,3}}?)?")
_SAYS_BEGAN_CHARS = 120  # "since the invasion on", "the strike, which started in earnest on": within a line or two


def event_start(text: str, start: int, end: int, days: list[_Day], lexicon: Lexicon) -> date | None:
    """The day the event whose day is counted at text[start:end] ("Day 12 of the
    siege", "its 400th day") began, as the text states it before or after ("the siege
    began on 17 February", "since the invasion on Feb. 24, 2022") or gives a day of
    its count ("Monday was the 30th day of the strike"); the statement nearest the
    count wins; None if the text states none."""
    of_event, named_event, began, equated = _event_patterns(lexicon.lists["counted_event"].regex,
                                                            lexicon.lists["event_beginning"].regex,
                                                            lexicon.lists["counted_day_ordinal"].regex)
    named = of_event.match(text, end)  # "day 12 of the siege"; else the event named last ("Its 250th day")
    if named is None:
        named = next(reversed(list(named_event.finditer(text, 0, start))), None)
        if named is None:
            return None
    event = named.group("event").lower()
    starts = [(day.start, day.day) for day in days
              if (said := began.search(text, max(0, day.start - _SAYS_BEGAN_CHARS), day.start))
              and (said.group("since") or said.group("event")).lower() == event]
    for day in days:  # "Tuesday was Day 12 of the siege": its day 1 was 11 days before
        count = equated.match(text, day.end)
        if count is not None and count.group("event").lower() == event:
            nth = lexicon.value("counted_day_ordinal", count["nth"]) if count["nth"] else int(count["figure"])
            starts.append((day.start, day.day - timedelta(days=nth - 1)))
    if not starts:
        return None
    return min(starts, key=lambda found: abs(found[0] - start))[1]


@lru_cache(maxsize=1)
def _event_patterns(events: str, beginnings: str, ordinals: str) -> tuple[re.Pattern, ...]:
    """The event a count names after it, an event's name, a statement of its start
    just before the day it gives ("since the invasion on", "the war broke out on"),
    and a count a day is said to be just after it ("[Tuesday] was Day 12 of the siege")."""
    of_event = rf"\s+of\s+(?:(?:the|an?|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?(?P<event>{events})\b"
    named_event = re.compile(rf"\b(?P<event>{events})\b", re.IGNORECASE)
    began = re.compile(rf"(?:\bsince\s+{_EVENT.format('since', events)}|\b{_EVENT.format('event', events)}"
                       rf"(?:,?\s+(?:which|that))?\s+(?:{beginnings}))\s+(?:(?:on|in)\s+)?\Z", re.IGNORECASE)
    equated = re.compile(rf"\s+(?:was|is|marked|marks|became)\s+(?:the\s+(?P<nth>{ordinals})\s+"
                         rf"(?:straight\s+|consecutive\s+)?day|day\s+(?P<figure>[0-9]{{1,4}})){of_event}",
                         re.IGNORECASE)
    return re.compile(of_event, re.IGNORECASE), named_event, began, equated
