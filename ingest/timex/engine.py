"""Apply the grammar to a text: match every rule, keep the winners, resolve them.

Precedence between overlapping matches (written down here, tested in
tests/test_rules.py): the longest span wins; on equal length the higher rule
priority; then the smaller rule id. A winning negative rule tags nothing but
blocks whatever it overlaps ("in 90 percent", "a 25-year-old").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .meaning import Underspecified, build_meaning, reads_tense
from .model import Settings, Timex
from .periods import Period, period_ending
from .resolve import COUNTED_FROM_PREVIOUS, ReferenceContext, Resolved, resolve
from .rules import Grammar, Rule, default_grammar, lexicon_pattern
from .tense import tense_near
from ..sentences import split_sentences


# What joins the two ends of a range or pair (lexicon list range_joiner), spaced or not: "June-July".
_RANGE_JOINER = r"\s*{range_joiner}\s*"
# The end of a stretch that the clause began with a date: "will begin on 6 December and last until 4 January".
_LIST_COMMA = re.compile(r",\s*")  # days listed: "on 12th, 19th and 26th September"
_STRETCH_END = re.compile(r"[^.;!?\n]{0,60}\b(?:until|till|through)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Previous:
    """The expression before the current one: where it lies, what it states, the period it names."""

    start: int
    end: int
    meaning: Underspecified
    period: Period | None


@dataclass(frozen=True)
class NamedDay:
    """An expression naming one day, and whether it names that day's night."""

    start: int
    end: int
    day: date
    night: bool


@dataclass(frozen=True)
class Candidate:
    """One match of one rule, before precedence picks the winners."""

    start: int
    end: int
    rule: Rule
    meaning: Underspecified | None  # None for negative rules


def tag(text: str, settings: Settings) -> list[Timex]:
    """Find and normalise the temporal expressions of `text`, in text order."""
    grammar = default_grammar()
    chosen = select(find_candidates(text, grammar))
    sentences = split_sentences(text)
    sentence_starts = [start for start, _ in sentences]
    timexes: list[Timex] = []
    context = ReferenceContext(settings.dct, doc_type=settings.doc_type)
    days: list[NamedDay] = []  # the days named so far, in text order
    recurring: list[Candidate] = []  # the sets recurring daily or on a weekday ("daily", "on Sundays")
    # A time of day alone waits for the whole text: the day its clause names may follow it.
    bare_times: list[tuple[Candidate, tuple[int, int], ReferenceContext]] = []
    previous: Previous | None = None
    ending: Period | None = None  # the quarter or half the previous expression closed ("the six months to June")
    for candidate in chosen:
        if candidate.rule.negative:
            continue
        sentence_start, sentence_end = _sentence_of(candidate, sentences, sentence_starts, len(text))
        sentence = text[sentence_start:sentence_end]
        tense = tense_near(sentence, candidate.start - sentence_start, candidate.end - sentence_start) \
            if reads_tense(candidate.meaning) else None
        meaning, step = candidate.meaning, replace(context, tense=tense)
        if _is_bare_time(meaning):
            bare_times.append((candidate, (sentence_start, sentence_end), step))
            continue
        if meaning.type == "SET" and (meaning.unit == "day" or meaning.weekday is not None):
            recurring.append(candidate)
        if meaning.type == "TIME" and meaning.anchor == "previous":
            step = replace(step, day_spoken_of=_day_told_of(text, candidate, sentence_start, days))
        said_on = _day_of_saying(text, candidate, sentence_start, days) if tense == "future" else None
        if said_on is not None and meaning.weekday is not None and meaning.anchor == "publication":
            # "said on Thursday that he would decide by Friday": the Friday after that Thursday
            meaning, step = replace(meaning, anchor="previous"), replace(step, last_mentioned=Period("day", said_on))
        if _ends_range(text, previous, candidate):
            # the year that follows the range's start: "from November 2023 to February" is 2024's
            meaning = replace(meaning, anchor="previous")
            step = replace(step, tense="future", last_mentioned=previous.period)
        elif _in_frame_of_sentence(text, previous, candidate, sentence_start):
            # "In 2019, the dam broke in April": the year the sentence opens with; "In the
            # winter of 2023-24, the peak came in January": the month nearest that season
            meaning = replace(meaning, anchor="previous", year_offset=0 if previous.period.unit == "year" else None)
            step = replace(step, tense=None, last_mentioned=previous.period)
        if meaning.anchor == "comparable" and ending is None and _month_just_before(previous, sentence_start):
            # "rose 9% in June from a year earlier": June a year back, not the quarter reported on
            step = replace(step, comparison_period=previous.period)
        resolved = _resolve_or_none(meaning, step)
        if resolved is None:
            continue
        timexes.append(_timex(text, candidate, resolved))
        context = remember(context, candidate.meaning, resolved)
        ending = _stretch_ending(text, previous, candidate, resolved)
        if ending is not None:
            context = replace(context, comparison_period=ending)
        previous = Previous(candidate.start, candidate.end, candidate.meaning, resolved.period)
        if resolved.period is not None and resolved.period.unit == "day":
            days.append(NamedDay(candidate.start, candidate.end, resolved.period.first, meaning.time == "NI"))
    opening: tuple[Candidate, date] | None = None  # the last time of day placed on a day
    # a timetable recurs daily: "the 17:30 sailing will leave at 16:45" names no day, nor its new time
    recurring += [candidate for candidate, _, _ in bare_times if _names_service(text, candidate)]
    for candidate, sentence, step in bare_times:
        habit = _nearest_in_clause(text, candidate, sentence, recurring)
        named = _nearest_in_clause(text, candidate, sentence, days)
        if habit is not None and (named is None or habit < named):
            # "open daily from 8am", "matinees at 2.30pm on Wednesdays": a time of no day in particular
            day, step = None, replace(step, dct=None)
        else:
            day = _day_of_clause(text, candidate, sentence, days) or _narrated_day(text, candidate, days, step)
            day = _range_end_day(text, opening, candidate, day)
        resolved = _resolve_or_none(candidate.meaning, replace(step, day_spoken_of=day))
        if resolved is not None:
            timexes.append(_timex(text, candidate, resolved))
            opening = (candidate, resolved.period.first) if resolved.period is not None else None
    return sorted(timexes, key=lambda timex: timex.start)


def _resolve_or_none(meaning: Underspecified, context: ReferenceContext) -> Resolved | None:
    """resolve(), or None for an impossible date such as "September 31" or one past the calendar's year 9999."""
    try:
        return resolve(meaning, context)
    except (ValueError, OverflowError):
        return None


def _is_bare_time(u: Underspecified) -> bool:
    """A time of day naming no day ("at 3 p.m.", "by noon"): the text around it says which."""
    return (u.type == "TIME" and u.anchor == "publication" and u.unit is None
            and (u.year, u.month, u.day, u.weekday) == (None, None, None, None))


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A time right after an article names a thing of that time: "the 7 p.m. show".
_ATTRIBUTIVE_TIME = re.compile(r"\b(?:the|a|an)\s+\Z", re.IGNORECASE)
_SERVICE = r"{service_noun}|(?:from|to) (?-i:[A-Z])\w*"  # after the time: "the 7.42 from Brighton"
_SPACE = re.compile(r"\s+")
_BACKGROUND = re.compile(r"\b(?:after|since|because|although|though)\b", re.IGNORECASE)
_NOON = "12:00"
_DAY_OF_SAYING = r"{reporting_verb}\s+(?:\w+\s+)?\Z"  # "said on " before "Friday that ..."
_MIDNIGHT = "24:00"


def _names_service(text: str, time: Candidate) -> bool:
    """Whether a time names a scheduled service: "the 7.42 from Brighton", "the 8pm ferry"."""
    space = _SPACE.match(text, time.end)
    return (space is not None and _ATTRIBUTIVE_TIME.search(text, max(0, time.start - 5), time.start) is not None
            and lexicon_pattern(_SERVICE).match(text, space.end()) is not None)


def _day_of_clause(text: str, time: Candidate, sentence: tuple[int, int], days: list[NamedDay]) -> date | None:
    """The day named nearest a time of day in its sentence, before or after it
    ("on Tuesday night, shortly before midnight"; "at 2:40 a.m. on Tuesday"), not
    across a reported or relative clause's opening ("said on Friday that ...").
    A day named later in another clause is not the time's either: after a
    verb of saying ("from 6am and said the room set up on Thursday"), after a
    conjunction and a new subject ("at 8pm and the curfew may run until Friday"),
    or after the verb of a thing the time names ("the 7 p.m. show sold out on Tuesday").
    A morning after a night is the next day's ("sheltered overnight; at 8am ...")."""
    nearest, gap = None, None
    first = bisect.bisect_left(days, sentence[0], key=lambda named: named.start)
    attributive = _ATTRIBUTIVE_TIME.search(text, sentence[0], time.start) is not None
    for named in days[first:bisect.bisect_right(days, sentence[1], key=lambda named: named.end)]:
        between = _gap(named, time)
        if lexicon_pattern("{complementizer}").search(text, *between) is not None:
            continue
        if named.start >= time.end and (lexicon_pattern("{reporting_verb}").search(text, *between) is not None
                                        or lexicon_pattern("{coordinated_clause}").search(text, *between) is not None
                                        or attributive and lexicon_pattern("{past_cue}").search(text, *between) is not None):
            continue
        length = between[1] - between[0]
        # at equal distance the day after the time is its own: "from 10pm on Friday to 5am on Sunday"
        if gap is None or length < gap or length == gap and named.start >= time.end:
            nearest, gap = named, length
    if nearest is None:
        return None
    after_night = nearest.night and nearest.end <= time.start and time.meaning.time < _NOON
    if after_night and nearest.day < date.max:
        return nearest.day + timedelta(days=1)
    return nearest.day


def _range_end_day(text: str, opening: tuple[Candidate, date] | None, time: Candidate, day: date | None) -> date | None:
    """The day of a time that closes a range at an earlier clock time than the
    range's start, on the start's day ("on Saturday, between 10pm and 4am"): the
    next, as the range runs past midnight. Midnight opening a range is the day's
    start ("between midnight and 5am on Sunday")."""
    if opening is None:
        return day
    start, start_day = opening
    joined = lexicon_pattern(_RANGE_JOINER).fullmatch(text[start.end:time.start]) is not None
    earlier = time.meaning.time < start.meaning.time.replace(_MIDNIGHT, "00:00")
    if joined and earlier and day in (None, start_day) and start_day < date.max:
        return start_day + timedelta(days=1)
    return day


def _gap(one: NamedDay | Candidate, other: NamedDay | Candidate) -> tuple[int, int]:
    """The text between two expressions, whichever comes first."""
    return (one.end, other.start) if one.end <= other.start else (other.end, one.start)


def _nearest_in_clause(text: str, time: Candidate, sentence: tuple[int, int],
                       others: list[NamedDay] | list[Candidate]) -> int | None:
    """How many characters lie between a time and the nearest of `others` in its
    sentence with no clause opening between them; None when there is none."""
    gaps = [between[1] - between[0] for other in others if sentence[0] <= other.start < sentence[1]
            for between in [_gap(other, time)]
            if lexicon_pattern("{complementizer}").search(text, *between) is None]
    return min(gaps, default=None)


def _narrated_day(text: str, time: Candidate, days: list[NamedDay], context: ReferenceContext) -> date | None:
    """The last day named before a time of day while its paragraph goes on
    telling of that day ("He left on Oct. 2. At 10 p.m. he called."); a new
    paragraph leaves it ("Sunday morning, forecasters said. || At 3 p.m. the eye was ..."),
    and so does a clause whose tense points the other way from the publication
    day ("The centre stays open until Sunday. The road has been shut since 07:45")."""
    before = bisect.bisect_right(days, time.start, key=lambda named: named.end)
    while before and _in_background(text, days[before - 1]):
        before -= 1
    if before == 0 or _PARAGRAPH_BREAK.search(text, days[before - 1].end, time.start):
        return None
    day = days[before - 1].day
    if context.dct is not None and ((context.tense == "past" and day > context.dct)
                                    or (context.tense == "future" and day < context.dct)):
        return None
    return day


def _in_background(text: str, named: NamedDay) -> bool:
    """Whether a day is named in a clause giving background, opened by "after",
    "since" or "because" ("the third storm since Christmas Eve, after snow on
    New Year's Day"): the narration stays on the day it told of before."""
    sentence_start = max(text.rfind(". ", 0, named.start), text.rfind("\n", 0, named.start)) + 1
    return _BACKGROUND.search(text, sentence_start, named.start) is not None


def _day_told_of(text: str, candidate: Candidate, sentence_start: int, days: list[NamedDay]) -> date | None:
    """The day "that night" or "the next morning" counts from: the last named in
    its sentence, else the last named before it; "said on Friday that ... that
    night" tells of the night the text described, not of the day of saying
    ("the disorder on Sunday was blamed on fights that began the previous evening" is Sunday's).
    "In the morning" after a night is the next day's ("the night before, ... in the morning")."""
    for named in reversed(days):  # all named before the candidate
        said_then = lexicon_pattern(_DAY_OF_SAYING).search(text, sentence_start, named.start) is not None
        if named.start < sentence_start or not said_then \
                or lexicon_pattern("{complementizer}").search(text, named.end, candidate.start) is None:
            morning_after = named.night and candidate.meaning.time == "MO" and candidate.meaning.offset == 0
            return named.day + timedelta(days=1) if morning_after else named.day
    return None


def _day_of_saying(text: str, candidate: Candidate, sentence_start: int, days: list[NamedDay]) -> date | None:
    """The day its sentence says a clause holding the expression was said on
    ("said on Thursday that ..."), else None."""
    for named in reversed(days):
        if named.start < sentence_start:
            return None
        if lexicon_pattern(_DAY_OF_SAYING).search(text, sentence_start, named.start) is not None \
                and lexicon_pattern("{complementizer}").search(text, named.end, candidate.start) is not None:
            return named.day
    return None


def _yearless(u: Underspecified) -> bool:
    """A month, day, season or quarter named without its year, whose year the context picks."""
    return (u.type == "DATE" and u.year is None and u.offset is None and u.ref is None
            and u.weekday is None and u.nth is None and u.feast is None
            and u.year_offset is None and u.direction == "tense"
            and (u.month or u.season or u.quarter) is not None)


# Words a sentence may open with before the year that frames it: "In 2019,", "Back in 2019,".
_MAX_WORDS_BEFORE_FRAME = 2


def _in_frame_of_sentence(text: str, previous: Previous | None, candidate: Candidate, sentence_start: int) -> bool:
    """Whether a yearless date follows the year or the season of a year its sentence
    opens with ("In 2019, the dam broke in April"); a year inside the sentence may
    belong to a clause of its own ("a barrier built in 2014 failed on August 15"),
    but the months of a season's sentence are that season's wherever it stands
    ("the harsh winter of 2009-10 brought snow from Dec. 3")."""
    if previous is None or previous.period is None or previous.period.unit not in ("year", "season") \
            or previous.meaning.type != "DATE" or not _yearless(candidate.meaning):
        return False
    opens_sentence = len(text[sentence_start:previous.start].split()) <= _MAX_WORDS_BEFORE_FRAME
    season_of_year = previous.period.unit == "season" and previous.meaning.year is not None
    return previous.start >= sentence_start and (opens_sentence or season_of_year)


def _ends_range(text: str, previous: Previous | None, candidate: Candidate) -> bool:
    """Whether a month, day or season without its year closes a range or pair that a
    calendar date of the same kind opens ("from November to February", "late June or
    early July", "begins on 6 December and lasts until 4 January") or a list of days
    ("on 12th, 19th and 26th May"); not "a revision Friday to December's figures"."""
    if previous is None or previous.period is None or previous.meaning.type not in ("DATE", "TIME"):
        return False
    first, u = previous.meaning, candidate.meaning
    if first.month is not None:
        same_kind = (first.day is None) == (u.day is None)  # two months or two days
    else:
        same_kind = (first.season is not None or first.quarter is not None) and u.day is None
    between = text[previous.end:candidate.start]
    listed = u.day is not None and _LIST_COMMA.fullmatch(between) is not None
    joined = lexicon_pattern(_RANGE_JOINER).fullmatch(between) or _STRETCH_END.fullmatch(between)
    return same_kind and _yearless(u) and (joined is not None or listed)


def _month_just_before(previous: Previous | None, sentence_start: int) -> bool:
    """Whether the expression before this one, in its sentence, names a month: a
    comparison right after it is with that month. A month named in an earlier
    sentence is no figure's period ("began trading in August. ... up from seven a year ago")."""
    return (previous is not None and previous.end > sentence_start and previous.period is not None
            and previous.period.unit == "month")


def _timex(text: str, candidate: Candidate, resolved: Resolved) -> Timex:
    return Timex(
        start=candidate.start, end=candidate.end, text=text[candidate.start:candidate.end],
        type=candidate.rule.type, value=resolved.value, mod=candidate.meaning.mod,
        date_start=resolved.date_start, date_end=resolved.date_end,
        granularity=resolved.granularity, anchor=resolved.anchor, rule=candidate.rule.id,
    )


# Lengths of a quarter or a half year: "the three months to June" is still the quarter reported on.
_QUARTER_OR_HALF_MONTHS = {3: "quarter", 6: "half"}
_ENDING_ON = re.compile(r"\s+(?:to|ended|ending|through)\s+")


def _stretch_ending(text: str, previous: Previous | None, candidate: Candidate, resolved: Resolved) -> Period | None:
    """The quarter or half that "the six months to December 31" reports on: what
    a comparison after it ("down from $5 million a year earlier") is with."""
    if previous is None or resolved.period is None or resolved.period.unit not in ("day", "month"):
        return None
    stretch = previous.meaning
    if stretch.type != "DURATION" or stretch.unit != "month" or stretch.amount not in _QUARTER_OR_HALF_MONTHS:
        return None
    if _ENDING_ON.fullmatch(text, previous.end, candidate.start) is None:
        return None
    return period_ending(resolved.period.last, _QUARTER_OR_HALF_MONTHS[stretch.amount])


def remember(context: ReferenceContext, meaning: Underspecified, resolved: Resolved) -> ReferenceContext:
    """The context for the next expression: this one becomes the last mentioned date.

    A "year earlier" comparison is not itself a new reference point, or a chain
    of them would walk back one year each time. It compares with the last
    quarter or half named, until the text turns to a whole year ("for 1988")
    or to another stretch of months ("in the first nine months"): then a year
    earlier is that year's, not the quarter's. "Two days later" is the length
    and names the day it reaches, which the next "the next day" counts from.
    """
    counted = meaning.range in COUNTED_FROM_PREVIOUS
    if meaning.type == "DURATION" and not counted and meaning.unit == "month" \
            and meaning.amount not in _QUARTER_OR_HALF_MONTHS:
        return replace(context, comparison_period=None)
    if (meaning.type not in ("DATE", "TIME") and not counted) or resolved.period is None \
            or meaning.anchor == "comparable":
        return context
    period = resolved.period
    if period.unit in ("quarter", "half"):
        comparison_period = period
    else:
        comparison_period = None if period.unit == "year" else context.comparison_period
    return replace(
        context, last_mentioned=period, comparison_period=comparison_period,
        last_quarter=period if period.unit == "quarter" else context.last_quarter,
    )


def _sentence_of(candidate: Candidate, sentences: list[tuple[int, int]], starts: list[int],
                 text_length: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding the candidate; the whole text before the first."""
    index = bisect.bisect_right(starts, candidate.start) - 1
    if index < 0:
        return 0, text_length
    return sentences[index]


def find_candidates(text: str, grammar: Grammar) -> list[Candidate]:
    """Every match of every rule whose meaning can be built."""
    candidates = []
    for number, match in grammar.starts.finditer(text):
        rule = grammar.rules[number]
        start, end = match.span(rule.span) if rule.span else match.span()
        if start == end:
            continue
        meaning = None if rule.negative else build_meaning(rule, match, grammar)
        if rule.negative or meaning is not None:
            candidates.append(Candidate(start, end, rule, meaning))
    return candidates


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping winners by precedence (longest, then priority, then rule id), in text order."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.rule.id, c.start))
    # Winners never overlap, so kept in start order only the neighbours of a
    # candidate's position can collide with it: linear in the text, not quadratic.
    starts: list[int] = []
    taken: list[Candidate] = []
    for candidate in ranked:
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and taken[index - 1].end > candidate.start:
            continue
        if index < len(taken) and taken[index].start < candidate.end:
            continue
        starts.insert(index, candidate.start)
        taken.insert(index, candidate)
    return taken
