"""Which day an expression tells of when it names none itself, read from the days the
text named around it (pure): the day of a bare clock time ("at 3 p.m." is on the day
its clause or paragraph is about) and of "that night" or "the next morning". The days
a weekday or a reported clause takes from them are weekdays.py's.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..sentences import sentences_of
from .meaning import Underspecified
from .resolve import ReferenceContext
from .rules import lexicon_pattern

if TYPE_CHECKING:  # the engine's match type; it imports this module
    from .engine import Candidate

# What joins the two ends of a range or pair (lexicon list range_joiner), spaced or not: "June-July".
RANGE_JOINER = r"\s*{range_joiner}\s*"
# The end of a stretch that the clause began with a date: "will begin on 6 December and last until 4 January".
# "until shortly after 04:30" ends it too.
_STRETCH_END = re.compile(r"[^.;!?\n]{0,60}\b(?:until|till|through)\s+(?:(?:shortly|just|soon)\s+(?:after|before)\s+)?",
                          re.IGNORECASE)
# A blank line: a new paragraph, or a heading parted from the entry under it.
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A clock "on the first day" or "on the last day" of the days named before it (not "of the month").
_EDGE_DAY = re.compile(r"\s+on\s+the\s+(first|opening|last|final|closing)\s+day\b(?!\s+of\b)", re.IGNORECASE)
# A time right after an article names a thing of that time: "the 7 p.m. show".
_ATTRIBUTIVE_TIME = re.compile(r"\b(?:the|a|an)\s+\Z", re.IGNORECASE)
_SERVICE = r"{service_noun}|(?:from|to) (?-i:[A-Z])\w*"  # after the time: "the 7.42 from Brighton"
_SPACE = re.compile(r"\s+")
_NOON = "12:00"
DAY_OF_SAYING = r"{reporting_verb}\s+(?:\w+\s+)?\Z"  # "said on " before "Friday that ..."
_EDGE_OF_STRETCH = re.compile(r"\b(?:ended|ending|as of|as at)\s+(?:the\s+)?\Z", re.IGNORECASE)
_EDGE_CHARS = len("ending the ")


@dataclass(frozen=True)
class NamedDay:
    """An expression naming one day, and whether it names that day's night."""

    start: int
    end: int
    day: date
    night: bool



# After a clock heading a live blog's entry: its zone, then a dash or the line's end.
_ENTRY_HEAD = re.compile(r"[ \t]*(?:(?-i:[A-Z]{2,4})[ \t]*)?(?:[-–—][ \t]|\n)")


def heads_entry(text: str, time: Candidate) -> bool:
    """Whether a clock heads a live blog's entry ("9:31 p.m. - Early votes, cast between
    Oct. 22 and Nov. 3, ..."): a time of the blog's day, not of a day its entry names."""
    return text[time.start - 1:time.start] in ("", "\n") and _ENTRY_HEAD.match(text, time.end) is not None


def is_bare_time(u: Underspecified) -> bool:
    """A time of day naming no day ("at 3 p.m.", "by noon"): the text around it says which.
    A vague one ("moments ago", PAST_REF) names no time of day."""
    return (u.type == "TIME" and u.anchor == "publication" and u.unit is None and u.ref is None
            and (u.year, u.month, u.day, u.weekday) == (None, None, None, None))


def names_service(text: str, time: Candidate) -> bool:
    """Whether a time names a scheduled service: "the 7.42 from Brighton", "the 8pm ferry"."""
    space = _SPACE.match(text, time.end)
    return (space is not None and _ATTRIBUTIVE_TIME.search(text, max(0, time.start - 5), time.start) is not None
            and lexicon_pattern(_SERVICE).match(text, space.end()) is not None)


def day_of_clause(text: str, time: Candidate, sentence: tuple[int, int], days: list[NamedDay]) -> date | None:
    """The day named nearest a time of day in its sentence, before or after it
    ("on Tuesday night, shortly before midnight"; "at 2:40 a.m. on Tuesday"), not
    across a reported or relative clause's opening ("said on Friday that ...").
    A day named later in another clause is not the time's either: after a
    verb of saying ("from 6am and said the room set up on Thursday"), after a
    conjunction and a new subject ("at 8pm and the curfew may run until Friday"),
    or after the verb of a thing the time names ("the 7 p.m. show sold out on Tuesday").
    A morning after a night is the next day's ("sheltered overnight; at 8am ...")."""
    if _is_stamp(text, time):
        return None
    first = bisect.bisect_left(days, sentence[0], key=lambda named: named.start)
    # "runs Sept 29-30, with gates opening at 8.30am on the first day": the first of the days named
    edge = _EDGE_DAY.match(text, time.end)
    before = edge and [named.day for named in days[first:] if named.end <= time.start]
    if before:
        return min(before) if edge.group(1).lower() in ("first", "opening") else max(before)
    nearest, shortest = None, None
    attributive = _ATTRIBUTIVE_TIME.search(text, sentence[0], time.start) is not None
    # a bracketed clock is an aside on the day before it: "a cup tie on Tuesday (7.45pm), then Saturday's"
    bracketed = text[time.start - 1:time.start] == "(" and text[time.end:time.end + 1] == ")"
    for named in days[first:bisect.bisect_right(days, sentence[1], key=lambda named: named.end)]:
        between = gap(named, time)
        if lexicon_pattern("{complementizer}").search(text, *between) is not None:
            continue
        # "could reach the coast by Tuesday night, the centre said in its 11 a.m. advisory": the saying's clock
        if named.end <= time.start and _is_deadline(text, named) \
                and lexicon_pattern("{reporting_verb}").search(text, *between) is not None:
            continue
        if named.start >= time.end and (bracketed and nearest is not None
                                        or lexicon_pattern("{reporting_verb}").search(text, *between) is not None
                                        or lexicon_pattern("{coordinated_clause}").search(text, *between) is not None
                                        or attributive and lexicon_pattern("{past_cue}").search(text, *between) is not None):
            continue
        length = between[1] - between[0]
        # at equal distance the day after the time is its own: "from 10pm on Friday to 5am on Sunday"
        if shortest is None or length < shortest or length == shortest and named.start >= time.end:
            nearest, shortest = named, length
    if nearest is None:
        return None
    after_night = nearest.night and nearest.end <= time.start and time.meaning.time < _NOON
    if after_night and nearest.day < date.max:
        return nearest.day + timedelta(days=1)
    return nearest.day


def dating_days(text: str, time: Candidate, sentence: tuple[int, int], days: list[NamedDay]) -> list[NamedDay]:
    """The named days that may date a time of day: not one named after it in its
    sentence that its schedule starts on or leaves out ("close nightly from 9 p.m.
    to 5 a.m. starting Sunday, March 17", "runs until 11pm, except on Sunday, July
    27") or that another event is counted from ("at 11:45am, a week after closing
    arguments ended on 22nd November"), nor one in a clause of its own ("open
    between 7 am and 11 am, while the curfew in force since 1st May ..."), nor one
    named before a curfew's hours: the order's ("imposed on Friday a curfew from 8 p.m."), nor
    one in an aside of a participle ("the log, released Monday, shows ... at 03:21"), nor one
    quoted before it in its sentence ("... on 31st October," he told a call at 4.30 pm)."""
    return [named for named in days if not _dates_aside(text, named, time)
            and not (sentence[0] <= named.start and _QUOTE_CLOSED.search(text, named.end, time.start))
            and (not time.end <= named.start < sentence[1]
            or lexicon_pattern("{not_the_clock_day}").search(text, time.end, named.end) is None
            and lexicon_pattern("{coordinated_clause}").search(text, time.end, named.start) is None)
            and not (sentence[0] <= named.start and named.end <= time.start
                     and lexicon_pattern("{standing_hours}").search(text, named.end, time.end) is not None)]


_QUOTE_CLOSED = re.compile(r"[,.!?][\"”](?=\s)")  # a quote closing, not opening: `,"` or `.”`
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:(?:first|[a-z]+ly)\s+)?[a-z]+(?:ed|en|wn)\s+(?:on\s+)?\Z")  # ", first imposed on"


def _dates_aside(text: str, named: NamedDay, time: Candidate) -> bool:
    """Whether a day closes an aside of a participle set off before the time ("the log, released Monday, shows")."""
    return named.end < time.start and text.startswith(",", named.end) \
        and _PARTICIPLE_ASIDE.search(text, max(0, named.start - 30), named.start) is not None


_SMALL_HOURS_END = "06:00"


def in_small_hours(clock: str | None) -> bool:
    """Whether a time value ("01:30", not "TNI") falls after midnight and before six."""
    return bool(clock) and clock[:1].isdigit() and "00:00" < clock < _SMALL_HOURS_END


def joins_range(between: str) -> bool:
    """Whether the text between two expressions joins them as a range or pair: "Nov. 5-7",
    "8 am to 8 pm", "Monday and Tuesday"."""
    return lexicon_pattern(RANGE_JOINER).fullmatch(between) is not None


def joins_stretch(between: str) -> bool:
    """Whether the text between two expressions makes them the two ends of a range or
    stretch: "from Monday to Thursday", "opens on 6 December and lasts until 4 January"."""
    return joins_range(between) or _STRETCH_END.fullmatch(between) is not None


def gap(one: NamedDay | Candidate, other: NamedDay | Candidate) -> tuple[int, int]:
    """The text between two expressions, whichever comes first."""
    return (one.end, other.start) if one.end <= other.start else (other.end, one.start)


def nearest_in_clause(text: str, time: Candidate, sentence: tuple[int, int],
                       others: list[NamedDay] | list[Candidate]) -> int | None:
    """How many characters lie between a time and the nearest of `others` in its
    sentence with no clause opening between them; None when there is none."""
    gaps = [between[1] - between[0] for other in others if sentence[0] <= other.start < sentence[1]
            for between in [gap(other, time)]
            if lexicon_pattern("{complementizer}").search(text, *between) is None]
    return min(gaps, default=None)


def narrated_day(text: str, time: Candidate, days: list[NamedDay], context: ReferenceContext) -> date | None:
    """The last day named before a time of day while its paragraph goes on
    telling of that day ("He left on Oct. 2. At 10 p.m. he called."); a new
    paragraph leaves it ("The mayor resigned on Tuesday. || She left at 4 p.m."),
    unless it is the day the lede tells of ("voted Monday night. || The meeting began
    at 6:30 p.m."; "will race on Sunday, April 30. || The elite field starts at 7 a.m.")
    or a heading names it ("Tomorrow || Kick-off is at 2pm"). A day on the other side
    of publication from where the clock's tense points is passed over, as a deadline is
    ("will open on Saturday. || Work finished on Friday, ahead of the deadline of 30 June.
    || She will arrive at 10am": Saturday's; "expect the storm on Sunday. || The office
    said at 2 p.m. ...": no day).
    The day a stretch of figures ends is no day told of ("profit for the three months
    ended 31st December. The board met at 11:30")."""
    before = bisect.bisect_right(days, time.start, key=lambda named: named.end)
    passed_over = False  # a day the tense rules out: the day reached back to must be one told of
    while before and (_in_background(text, days[before - 1]) or ends_stretch(text, days[before - 1].start)
                      or _is_deadline(text, days[before - 1]) or _other_way(days[before - 1].day, context)
                      or before > 1 and _closes_range(text, days[before - 2], days[before - 1], time)):
        passed_over = passed_over or _other_way(days[before - 1].day, context)
        before -= 1
    if before == 0 or _is_heading(text, time) or _is_stamp(text, time):
        return None  # a live blog's "14:05" stamp is of the day it is posted
    named = days[before - 1]
    day = named.day
    if PARAGRAPH_BREAK.search(text, named.end, time.start) and not (_is_heading(text, named)
                                                                     or _in_lede(text, named)):
        return None
    if passed_over and _UNTIL_CLOCK.search(text, max(0, named.start - _UNTIL_CLOCK_CHARS), named.start):
        return None  # "until 5am on Monday. || [past days] || Trams will stop at 8pm": no state's end
    return day


def _other_way(day: date, context: ReferenceContext) -> bool:
    """Whether a day lies on the other side of publication from where a clause's tense
    points: "will arrive at 10am" is on no day already past."""
    return context.dct is not None and ((context.tense == "past" and day > context.dct)
                                        or (context.tense == "future" and day < context.dct))


_DEADLINE = re.compile(r"\b(?:until|till|by|deadline\s+of)\s+(?:at\s+least\s+)?\Z", re.IGNORECASE)
_DEADLINE_CHARS = len("deadline of at least ")
# The day a state lasts until, at a clock: "a curfew from 9pm tonight until 5am on Monday".
_UNTIL_CLOCK = re.compile(r"\b(?:until|till)\s+\d[\d:.]*\s*(?:[ap]\.?m\.?\s+)?on\s+\Z", re.IGNORECASE)
_UNTIL_CLOCK_CHARS = len("until 10.30 a.m. on ")
POSSESSIVE = re.compile(r"['’]s\b")


def _is_deadline(text: str, named: NamedDay) -> bool:
    """Whether a day is one a state lasts until, or a deadline: "stays open until Tuesday.
    Next update at 3pm" is no Tuesday's, nor is "ahead of the deadline of 30 June. The
    Duchess will arrive at 10am" the deadline's; not a day's thing ("hit by Tuesday's storm")."""
    return _DEADLINE.search(text, max(0, named.start - _DEADLINE_CHARS), named.start) is not None \
        and POSSESSIVE.match(text, named.end) is None


_LEDE_END = re.compile(r"[.!?\"”]\s*\n\s*\n")  # a headline ends with no full stop


def _in_lede(text: str, named: NamedDay) -> bool:
    """Whether a day is named in the article's first paragraph of sentences: the
    day the story tells of, which its later clocks keep to ("voted on Monday night"
    ... || "The meeting, which started at 6:30 p.m., ...")."""
    lede_end = _LEDE_END.search(text)
    return lede_end is not None and named.end <= lede_end.start()


_NIGHT_OF = re.compile(r"\b(?:night|overnight)\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
_NIGHT_OF_CHARS = len("overnight of the ")


def _closes_range(text: str, first: NamedDay, last: NamedDay, time: Candidate) -> bool:
    """Whether a day closes a range a day just before opens ("runs Nov. 5-7"): a clock
    told of after it is on the range's first day; but a small-hours clock of a night
    spanning two days ("the night of 14 to 15 March ... at 01:12") is on the second."""
    night = _NIGHT_OF.search(text, max(0, first.start - _NIGHT_OF_CHARS), first.start) is not None \
        and (last.day - first.day).days == 1 and in_small_hours(time.meaning.time)
    return joins_range(text[first.end:last.start]) and not night


_LINE = re.compile(r"[^\S\n]*")  # spaces within a line


def _is_heading(text: str, named: NamedDay | Candidate) -> bool:
    """Whether an expression stands alone on its line, heading the section below it ("Tomorrow")."""
    line_start = text.rfind("\n", 0, named.start) + 1
    line_end = text.find("\n", named.end)
    line_end = len(text) if line_end < 0 else line_end
    return _LINE.fullmatch(text, line_start, named.start) is not None \
        and _LINE.fullmatch(text, named.end, line_end) is not None


_STAMP_LEAD = re.compile(r"[^\S\n]*(?:[A-Z]+ ){1,2}")  # "UPDATE ", "FIRST REPORT ": not an agenda's "10:00 - Parade"
_STAMP_END = re.compile(r"[^\S\n]*[-–—:]")


def _is_stamp(text: str, time: Candidate) -> bool:
    """Whether a time opens its line after a stamp word and before a dash or colon
    ("UPDATE 14:20 - ...", "UPDATED 12:50 p.m. CDT: ..."): when an update was posted,
    on the day of publication whatever day its entry goes on to tell of."""
    line_start = text.rfind("\n", 0, time.start) + 1
    return _STAMP_LEAD.fullmatch(text, line_start, time.start) is not None \
        and _STAMP_END.match(text, time.end) is not None


def ends_stretch(text: str, start: int) -> bool:
    """Whether the day named at `start` ends a stretch of figures: "the quarter ended 31 March"."""
    return _EDGE_OF_STRETCH.search(text, max(0, start - _EDGE_CHARS), start) is not None


_BACKGROUND_CHARS = 300
_DATE_AFTER = re.compile(r"\s+(?:next|tomorrow)\b", re.IGNORECASE)
_OPENS_BACKGROUND = "{background_opener}(?![^.;!?]*, (?:and|but) )"


def _in_background(text: str, named: NamedDay) -> bool:
    """Whether a day is named in a clause giving background, opened by "after", "since" or "because"
    ("the third storm since Christmas Eve, after snow on New Year's Day"), not closed by ", and" ("since
    they last played, and last night they ..."): the narration stays on the day it told of before."""
    sentence_start = max(sentences_of(text).around(named.start)[0], named.start - _BACKGROUND_CHARS)
    openers = lexicon_pattern(_OPENS_BACKGROUND).finditer(text, sentence_start, named.start)
    return any(_DATE_AFTER.match(text, opener.end()) is None for opener in openers)  # "the week after next" opens none


def day_told_of(text: str, candidate: Candidate, sentence_start: int, days: list[NamedDay],
                context: ReferenceContext) -> date | None:
    """The day "that night" or "the next morning" counts from: the last named in
    its sentence, else the last named before it; "said on Friday that ... that
    night" tells of the night the text described, not of the day of saying
    ("the disorder on Sunday was blamed on fights that began the previous evening" is Sunday's).
    "In the morning" after a night is the next day's ("the night before, ... in the morning"),
    as is the afternoon told in a later sentence.
    Deadlines and days its tense rules out are passed over, as for a clock (narrated_day),
    if named in an earlier paragraph: within one, "by nightfall on Friday ... the previous
    evening" counts from Friday, and a past story may tell of what was to come."""
    for named in reversed(days):  # all named before the candidate
        if (_is_deadline(text, named) or _other_way(named.day, context)) \
                and PARAGRAPH_BREAK.search(text, named.end, candidate.start) is not None:
            continue
        said_then = lexicon_pattern(DAY_OF_SAYING).search(text, sentence_start, named.start) is not None
        if named.start < sentence_start or not said_then \
                or lexicon_pattern("{complementizer}").search(text, named.end, candidate.start) is None:
            # told in a later sentence, the afternoon too: "gunfire overnight. ... restored by early afternoon"
            parts_after = ("MO", "AF") if named.start < sentence_start else ("MO",)
            morning_after = named.night and candidate.meaning.time in parts_after and candidate.meaning.offset == 0
            return named.day + timedelta(days=1) if morning_after else named.day
    return None


_WHOLE_YEARS = ("year", "decade", "century")


def day_counted_from(u: Underspecified, last_unit: str | None, days: list[NamedDay]) -> date | None:
    """The day named last, for a day counted from the date just mentioned ("on the same
    day", "the next day") when that date is a year or longer, which holds no day to count
    from: "rises from April 1, ten years after it was introduced in 2016 ... on the same
    day" is April 1's. Else None (a month's "that same day" stays a day of that month)."""
    if u.type != "DATE" or u.unit != "day" or u.anchor != "previous" or last_unit not in _WHOLE_YEARS or not days:
        return None
    return days[-1].day
