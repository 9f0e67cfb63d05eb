"""Which day a clock time belongs to, beyond the days named_days.py finds around it (pure):
a range's end past midnight ("between 10pm and 4am" ends the next day), a stretch that
lasts into the small hours ("the party on Saturday went on until 3am");
"the return leaves at 23:55 and arrives at 01:50 the next day" puts the next day on
the later clock only; "failed on Friday, the university said on Saturday. || The
system failed at 09:47" tells of Friday; "at 3:30 a.m. local time, or 6 p.m. ET Saturday"
names the other zone's day."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..sentences import sentences_of
from .named_days import NamedDay, in_small_hours, joins_stretch, names_service, narrated_day
from .rules import lexicon_pattern

if TYPE_CHECKING:  # the engine's match type; it imports this module
    from .engine import Candidate
    from .resolve import ReferenceContext

# "said in a statement on [Saturday]", "told reporters on [Saturday]"
_SAID_ON = r"{reporting_verb}(?:\s+(?:in|at|to)\s+(?:an?\s+|the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+(?:on\s+)?\Z"
# "[(22:12 GMT on ]14 March)", ", or 6 p.m. ET [Saturday]": a conversion to another zone, whose day is not
# the local clock's
_BRACKETED_CONVERSION = re.compile(r"\(\s*\d[^()]*\Z")
_BRACKETED_CHARS = len("(10:30 p.m. GMT on Saturday, ")
_OR_CONVERSION = re.compile(r",\s+or\s+(\d[\d:.]*\s*(?:[ap]\.?m\.?)?\s*(?-i:[A-Z]{2,4})\s+(?:on\s+)?)?\Z", re.IGNORECASE)
_ZONED_CLOCK = re.compile(r"\d[\d:.]*\s*(?:[ap]\.?m\.?)?\s*(?-i:[A-Z]{2,4})\b", re.IGNORECASE)  # "[6 p.m. ET] Saturday"
_INTO = re.compile(r"\binto\s+\Z", re.IGNORECASE)  # "overnight [into] Sunday"
_NEXT_DAY = re.compile(r"(?:the\s+)?(?:next|following)\s+(?:day|morning)", re.IGNORECASE)
# "Coastline Air's [6.15am] service": a carrier's; not a day's ("Friday's 6pm train", "Tomorrow's 9am flight")
_OWNER = re.compile(r"\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|To|Yesterday)[A-Z][\w-]*['’]s \Z")


def of_later_clock(text: str, time: Candidate, named: NamedDay, clocks: list[Candidate]) -> bool:
    """Whether a day counted on ("the next day", "the following morning") follows a later
    clock than `time` in the text ("leaves at 23:55 and arrives at 01:50 the next day"):
    the later one's day, counted from `time`'s, so not `time`'s own."""
    return _NEXT_DAY.fullmatch(text, named.start, named.end) is not None \
        and any(time.end <= clock.start and clock.end <= named.start for clock in clocks)


def told_days(text: str, days: list[NamedDay]) -> list[NamedDay]:
    """The days a narration may go on telling of: not the day its news was said on when
    the same sentence names the day of the event before it ("an outage on Friday ...,
    the university said in a statement on Saturday"): later clocks are the event's."""
    return [named for named in days
            if not (lexicon_pattern(_SAID_ON).search(text, max(0, named.start - 40), named.start) is not None
                    and any(sentences_of(text).around(named.start)[0] <= other.start and other.day < named.day
                            for other in days if other.end <= named.start))]


def in_other_zone(text: str, time: Candidate, named: NamedDay) -> bool:
    """Whether a day closes a conversion to another zone that does not hold the time, in
    brackets ("at 01:12 local time (22:12 GMT on 14 March), and again at 01:30") or joined
    by "or" ("began at 3:30 a.m. local time, or 6 p.m. ET Saturday"): the other zone's day."""
    bracket = _BRACKETED_CONVERSION.search(text, max(0, named.start - _BRACKETED_CHARS), named.start)
    if bracket is not None and text.startswith(")", named.end) and not bracket.start() < time.start < named.start:
        return True
    conversion = _OR_CONVERSION.search(text, max(0, named.start - 30), named.start)
    return conversion is not None and time.end <= conversion.start() \
        and (conversion.group(1) is not None or _ZONED_CLOCK.match(text, named.start) is not None)


def names_timetable_service(text: str, time: Candidate) -> bool:
    """Whether a time names a scheduled service, run every day: "the 7.42 from Brighton",
    "the 8pm ferry" (named_days.names_service), or a carrier's ("Coastline Air's 6.15am flight")."""
    return names_service(text, time) or _OWNER.search(text, max(0, time.start - 40), time.start) is not None \
        and text.startswith(" ", time.end) and lexicon_pattern("{service_noun}").match(text, time.end + 1) is not None


def narrated_clock_day(text: str, time: Candidate, days: list[NamedDay], context: ReferenceContext) -> date | None:
    """The day a narration tells of at a clock (named_days.narrated_day, of told_days); the
    small hours of a night told of are the next day's ("clashes overnight into Sunday. ||
    Fire was reported from 02:00": Sunday's, as the night is Saturday's)."""
    told = told_days(text, days)
    day = narrated_day(text, time, told, context)
    night = any(named.night and named.day == day and named.end <= time.start for named in told) \
        and not any(not named.night and named.day == day and named.end <= time.start for named in told)
    return day + timedelta(days=1) if night and in_small_hours(time.meaning.time) else day


def not_run_into(text: str, days: list[NamedDay]) -> list[NamedDay]:
    """The days a stretch may last past midnight from (small_hours_after): not
    one a night runs into ("overnight into Sunday. Fire from 02:00 until 05:30": Sunday's)."""
    return [named for named in days if _INTO.search(text, max(0, named.start - 8), named.start) is None]


def range_end_day(text: str, opening: tuple[Candidate, date] | None, time: Candidate, day: date | None,
                  sentence: tuple[int, int]) -> date | None:
    """The day of a time that closes a range at an earlier clock time than the
    range's start, on the start's day ("on Saturday, between 10pm and 4am"; "began
    at 15:00 on Thursday and ran until 03:40"): the next, as the range runs past
    midnight. Midnight opening a range is the day's start ("between midnight and 5am on Sunday").
    So is a small-hours clock told after an evening one in its sentence: the night goes on
    past midnight ("first results by 10pm and the full count around 2 a.m.")."""
    if opening is None:
        return day
    start, start_day = opening
    joined = joins_stretch(text[start.end:time.start])
    overnight = start.start >= sentence[0] and start.meaning.time[:1].isdigit() \
        and _EVENING <= start.meaning.time < _MIDNIGHT and in_small_hours(time.meaning.time) \
        and lexicon_pattern(_DAY_NAMED).search(text, time.end, sentence[1]) is None  # "23:30, 00:30 and 01:30 on Sunday"
    earlier = time.meaning.time < start.meaning.time.replace(_MIDNIGHT, "00:00")
    if (joined or overnight) and earlier and day in (None, start_day) and start_day < date.max:
        return start_day + timedelta(days=1)
    return day


# A stretch lasting into the small hours: "a session on Oct. 11 that ran past 1 a.m.".
_LASTS_PAST = re.compile(r"\b(?:ran|runs?|running|went|going|goes|continued|continues|continuing|lasted|lasts?|lasting"
                         r"|dragged|stretched)\s+(?:on\s+)?(?:past|until|till|into|beyond)\s+"
                         r"(?:(?:about|around|shortly\s+after|just\s+after)\s+)?\Z", re.IGNORECASE)
_EVENING = "18:00"
_MIDNIGHT = "24:00"
_DAY_NAMED = r"\b(?:{weekday}|{day} {month}|{other_month:month} {other_day:day})\b"


def small_hours_after(text: str, time: Candidate, sentence: tuple[int, int], days: list[NamedDay],
                      day: date | None) -> date | None:
    """The day of a small-hours clock that a stretch on a day named before it lasts
    past ("a session on Oct. 11 that ran past 1 a.m.", "the party on Saturday went on
    until 3am"): the next day, as it ran through midnight; unless a day is named after it."""
    named_before = [named for named in days if sentence[0] <= named.start and named.end <= time.start]
    named_after = [named for named in days if time.end <= named.start < sentence[1]]
    if (day is None or not named_before or named_after or named_before[-1].day != day or day == date.max
            or not in_small_hours(time.meaning.time)):
        return day
    lasts = _LASTS_PAST.search(text, max(sentence[0], time.start - 40), time.start) is not None
    return day + timedelta(days=1) if lasts else day
