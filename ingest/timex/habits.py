"""Times of a schedule or a habit, not of one day (pure): "The museum is open
Tuesday to Sunday, 10am to 5pm", "open 9am-6pm in summer". TimeML writes what
recurs without the day or year it would otherwise get from the publication
date: XXXX-WXX-2 (a SET), XXXX-XX-XXT10:00, XXXX-WXX-7T10:00, XXXX-SU.

A sentence states one when it holds a word of the lexicon list habit_cue:
opening hours and a thing served as a rule (schedule_cue), or a frequency
adverb (frequency_cue: "the ferry usually leaves at 7am"). A day named in the
clause still dates its times ("is open until 5pm on Friday"; engine.py).
Months take more (any_year): a frequency adverb makes a pair of months any year's
("usually lasts from May to November"), not one month alone, as our annotators read
"usually starts in late April" as this April.
Hours of no one day also come without a cue: a range before two days joined or
until a date, the clock of each event of a series ("all games starting at 7 pm").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .named_days import RANGE_JOINER, NamedDay, joins_range
from .rules import lexicon_pattern

if TYPE_CHECKING:  # the engine's match type; it imports this module
    from .engine import Candidate

# A month or season right after another, joined: "November [to March]", "summer [and winter]".
_PAIRED = RANGE_JOINER + r"(?:(?:early|mid|late)[ -])?(?:{month}|{season})"
_OCCASION = r"\s+(?:[a-z]+['’]s\s+)?{weekly_occasion}"  # "the Sunday [children's] story hour"
_BARE_SEASON = re.compile(r"[a-z]+")  # "summer", not "the summer"
_IN = re.compile(r"\bin\s+\Z")  # a season after bare "in" is any year's: "runs hourly in summer"
_NEAR = 12  # characters a yearly set's months may follow it by: "twice a year, in November"


def states_habit(sentence: str) -> bool:
    """Whether a sentence states a schedule or a habit (lexicon list habit_cue)."""
    return lexicon_pattern("{habit_cue}").search(sentence) is not None


def weekday_ranges(text: str, chosen: list[Candidate]) -> set[int]:
    """The starts of the weekdays that open or close a range of weekdays with no
    date of their own ("Monday to Friday", "Wednesday through Sunday"): a schedule's
    days when their sentence states one."""
    ends = set()
    named = [candidate for candidate in chosen if not candidate.rule.negative and _bare_weekday(candidate)]
    for first, second in zip(named, named[1:]):
        if joins_range(text[first.end:second.start]):
            ends.update((first.start, second.start))
    return ends


def names_occasion(text: str, candidate: Candidate) -> bool:
    """Whether a weekday names a weekly occasion it modifies (lexicon list
    weekly_occasion): "Sunday brunch", "the Saturday children's story hour"."""
    following = text[candidate.end:candidate.end + 40]
    return _bare_weekday(candidate) and lexicon_pattern(_OCCASION).match(following) is not None


# A cue of the week's make-up, then weekdays listed up to this one: "weekend to Friday and [Saturday]",
# "week starts on Sunday and ends on [Thursday]".
_WEEK_DAYS = (r"{week_makeup}\s+(?:on\s+|from\s+)?"
              r"(?:{weekday}\s*(?:,|{range_joiner}|and|or)\s*(?:(?:ends|closes|finishes)\s+(?:on\s+)?)?)*\Z")


def names_week_makeup(text: str, candidate: Candidate, sentence_start: int) -> bool:
    """Whether a weekday is one a week or weekend is made of as a rule ("the
    working week starts on Sunday", "moved its weekend to Friday and Saturday"):
    any week's day, XXXX-WXX-7."""
    return _bare_weekday(candidate) and lexicon_pattern(_WEEK_DAYS).search(text, sentence_start,
                                                                           candidate.start) is not None


_INDEFINITE = re.compile(r"an? ", re.IGNORECASE)


def a_weekday_once(text: str, candidate: Candidate, sentence: str) -> bool:
    """Whether "a Sunday" names any such day once, in a sentence stating no habit
    ("the run-off took place on a Sunday": DATE XXXX-WXX-7); with one it recurs
    ("the queue on a Saturday morning usually stretches ...": a set)."""
    u = candidate.meaning
    return u.type == "SET" and u.weekday is not None and _INDEFINITE.match(text, candidate.start) is not None \
        and not states_habit(sentence)


def _bare_weekday(candidate: Candidate) -> bool:
    """A weekday named alone: not "next Saturday", which is one date."""
    u = candidate.meaning
    return (u.type == "DATE" and u.weekday is not None and u.time is None and u.offset is None
            and u.direction == "tense"
            and (u.year, u.month, u.day, u.nth, u.feast) == (None, None, None, None, None))


def any_year(text: str, candidate: Candidate, sentence: tuple[int, int], before: Candidate | None,
             generic_end: int | None, tense: str | None) -> bool:
    """Whether a month or season named without its year is any year's (XXXX-11,
    XXXX-SU): a pair of months a schedule's hours hold for ("open 10am-4pm from
    November to March") or a habit spans ("the rains typically last from May to
    November"), an accounting year's bounds ("the fiscal year runs from July 1
    to June 30"), the months of advice ("the best time to visit is October
    to March"), and the month a generic one's range or pair goes on to
    (`generic_end`: where the last such month ended). Unless told of ahead (a
    plan: "will test three times a year, in September, ..., starting this fall";
    "will reopen in spring"), so are a season after bare "in" ("runs six trips a
    day in summer", "too long in winter"; "in the spring" may be this year's)
    and the months of a yearly habit ("twice a year, in November and May"). A
    month right before how often it recurs is any year's, told of ahead or not
    ("held in late April every year")."""
    if generic_end is not None and joins_range(text[generic_end:candidate.start]):
        return True
    stated = text[sentence[0]:sentence[1]]
    paired = lexicon_pattern(_PAIRED).match(text[candidate.end:candidate.end + 40]) is not None
    in_season = candidate.meaning.season is not None and _BARE_SEASON.fullmatch(text, candidate.start, candidate.end) \
        and _IN.search(text, max(0, candidate.start - 8), candidate.start) is not None
    advice = lexicon_pattern("{any_year_cue}").search(text, sentence[0], candidate.start)
    usual = lexicon_pattern("{frequency_cue}").search(stated) is not None
    # a month right before how often it recurs: "in late April every year"
    recurs = text.startswith(" ", candidate.end) \
        and lexicon_pattern("{frequency_adverb}").match(text, candidate.end + 1) is not None
    bounds = lexicon_pattern("{year_bounds_cue}").search(text, sentence[0], candidate.start) is not None
    if (states_schedule(stated) or usual or bounds) and paired or advice or recurs:
        return True
    if tense == "future":
        return False
    yearly = before is not None and before.meaning.type == "SET" and before.meaning.unit == "year"
    return in_season or yearly and before.start >= sentence[0] and len(text[before.end:candidate.start]) <= _NEAR


def clock_ranges(text: str, times: list[Candidate]) -> dict[int, Candidate]:
    """The clock time closing the range each time opens, by the opening one's start ("from
    8 am [to 8 pm] every day", "between 9am [and midnight]"): the hours are read together.
    `times` are the text's bare clock times, in text order."""
    return {time.start: later for time, later in zip(times, times[1:]) if joins_range(text[time.end:later.start])}


def _opening_of(time: Candidate, ranges: dict[int, Candidate]) -> int | None:
    """The start of the clock time whose range (clock_ranges) `time` closes; None if it closes none."""
    return next((start for start, closing in ranges.items() if closing is time), None)


# Up to the first day after a clock time: "[ on ]Saturday", "[, ]today".
_TO_DAY = re.compile(r",?\s*(?:on\s+)?")
_AND_DAY = re.compile(r",?\s*(?:and|or|&)\s*")


def holds_for_days(text: str, time: Candidate, days: list[NamedDay]) -> bool:
    """Whether a clock time (or the last of its range) comes right before two days
    joined ("from 10am to 6pm on Saturday and Sunday", "at 9am on Monday or Tuesday"):
    its hours hold on each, no one day (XXXX-XX-XXT10:00)."""
    after = [named for named in days if named.start >= time.end]
    return len(after) > 1 and _TO_DAY.fullmatch(text, time.end, after[0].start) is not None \
        and _AND_DAY.fullmatch(text, after[0].end, after[1].start) is not None


def holds_over_days(text: str, time: Candidate, ranges: dict[int, Candidate], days: list[NamedDay],
                    sentence: tuple[int, int]) -> bool:
    """Whether a range of hours (clock_ranges) comes after a range of days in its sentence,
    with no day between ("voting runs Oct. 24-Nov. 1 at City Hall from 9 a.m. to 6 p.m."),
    or right before one ("open 9am-5pm Monday to Friday"): its hours hold on each day, no
    one day (XXXX-XX-XXT09:00)."""
    opening = _opening_of(time, ranges)
    if opening is None and time.start in ranges:  # the range it opens, if it closes none
        opening = time.start
    if opening is None:
        return False
    before = [named for named in days if sentence[0] <= named.start and named.end <= opening]
    after = [named for named in days if ranges[opening].end <= named.start < sentence[1]]
    return len(before) > 1 and joins_range(text[before[-2].end:before[-1].start]) \
        or len(after) > 1 and _TO_DAY.fullmatch(text, ranges[opening].end, after[0].start) is not None \
        and joins_range(text[after[0].end:after[1].start])


# or the time a thing keeps as a rule: "instead of the usual 6 am", "its normal 9pm start"
_SERIES_BEFORE = r"\b{series_events} (?:start|starting|begin|beginning|kick off|kicking off) (?:at|from) \Z" \
    r"|\b(?:the|its|their) (?:usual|normal|regular) \Z"
_SPACE = re.compile(r" +")
_REPLACES_CLOCK = re.compile(r",? (?:instead of|rather than) \d")  # "[will leave at 8am] instead of 7.30am"
_REPLACED = re.compile(r"\b(?:instead of|rather than) \Z")  # "will leave at 8am instead of [7.30am]"
_MODAL = re.compile(r"\b(?:will|would|shall)\b", re.IGNORECASE)
# "from 9 am to 6 pm[ on all working days ]till 30th November"
_GAP = re.compile(r",? *(?:on (?:all )?(?:working |week)?days,? *)?")


def times_series(text: str, time: Candidate, undated: int | None = None) -> bool:
    """Whether a clock time is that of each event of a series ("day games starting at
    1.30 pm", "the 7 pm games") or a usual one ("the usual 6 am"): XXXX-XX-XXT13:30,
    whatever day the text names. So are both clocks of a change told ahead, in a sentence
    starting at `undated` whose clause names no day ("will leave at 8am instead of 7.30am");
    "now kicks off at 8pm instead of 5pm" moves one event."""
    return lexicon_pattern(_SERIES_BEFORE).search(text, max(0, time.start - 40), time.start) is not None \
        or undated is not None and _MODAL.search(text, undated, time.start) is not None \
        and (_REPLACES_CLOCK.match(text, time.end)
             or _REPLACED.search(text, max(0, time.start - 12), time.start)) is not None \
        or (space := _SPACE.match(text, time.end)) is not None \
        and lexicon_pattern("{series_events}").match(text, space.end()) is not None


def holds_to_date(text: str, time: Candidate, ranges: dict[int, Candidate]) -> bool:
    """Whether a range of hours (clock_ranges) holds from or until a date named right after
    it ("hosts the show from 6am to 9am until 3 January"), or a clock from a day on or for
    the next days ("stays open until 10pm from Monday", "at 10 p.m. for the next 14 days"):
    each day's hours, of no one day."""
    closing = ranges.get(time.start)
    single = closing is None and _opening_of(time, ranges) is None
    space = _GAP.match(text, (closing or time).end)
    found = lexicon_pattern("{schedule_end}|{schedule_span}").match(text, space.end())
    # a single clock until a date may be of one day: "closes at 5pm until 3 January"
    return found is not None and (not single or not found.group().startswith(("until", "till")))


def states_schedule(sentence: str) -> bool:
    """Whether a sentence states a schedule's hours (lexicon list schedule_cue)."""
    return lexicon_pattern("{schedule_cue}").search(sentence) is not None
