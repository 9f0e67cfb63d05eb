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

from .habits import (a_weekday_once, any_year, clock_ranges, holds_for_days, holds_over_days, holds_to_date,
                     names_occasion, names_week_makeup, states_habit, times_series, weekday_ranges)
from .meaning import Underspecified, build_meaning, reads_tense
from .model import Settings, Timex
from .clock_days import (in_other_zone, names_timetable_service, narrated_clock_day, not_run_into, of_later_clock,
                         range_end_day, small_hours_after)
from .cued_days import election_day, event_start, stated_feast_day
from .frames import (YEAR_PARTS, crosses_year_end, day_after_day_ahead, ends_range, feast_of_dated_month,
                     in_frame_of_sentence, in_week_of_sentence, last_year_of_clause, means_nowadays,
                     month_or_day_just_before, restates_day, side_of_dated, unit_just_named, weekday_after_day,
                     yearless, years_from_range_ends)
from .named_days import (PARAGRAPH_BREAK, NamedDay, dating_days, day_counted_from, day_of_clause, day_told_of,
                         heads_entry, is_bare_time, nearest_in_clause)
from .periods import Period, period_ending
from .resolve import COUNTED_FROM_PREVIOUS, ReferenceContext, Resolved, resolve
from .rules import Grammar, Rule, default_grammar
from .stories import day_of_dated_event, in_story, placed_in_story, story_date, tells_present
from .tense import tense_near
from .weekdays import day_it_follows, day_of_saying, day_recalled, falls_on_coming, week_of_list, weekdays_of_dates
from ..sentences import sentences_of


@dataclass(frozen=True)
class Previous:
    """The expression before the current one: where it lies, what it states, the period it names."""

    start: int
    end: int
    meaning: Underspecified
    period: Period | None


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
    chosen = read_day_first(text, select(find_candidates(text, grammar)))
    sentences = sentences_of(text)
    timexes: list[Timex] = []
    context = ReferenceContext(settings.dct, doc_type=settings.doc_type)
    days: list[NamedDay] = []  # the days named so far, in text order
    recurring: list[Candidate] = []  # the sets recurring daily or weekly ("daily", "every night", "on Sundays")
    # A time of day alone waits for the whole text: the day its clause names may follow it.
    bare_times: list[tuple[Candidate, tuple[int, int], ReferenceContext]] = []
    # "polling day", "Day 12 of the siege": the vote's day, the day the siege began, may be given after it
    given_later: list[tuple[Candidate, ReferenceContext]] = []
    feasts: list[int] = []  # where in timexes a feast's day is: the text may give it after it
    previous: Previous | None = None
    # the last expression that is no amount of time: "the 1969 festival ran over three days, Aug. 15-17"
    dated: Previous | None = None
    narrated: Previous | None = None  # where a story set in a past year stands ("On 3 March 2009 ...")
    present_told = False  # whether a date of the publication's year came before
    in_weekday_range = weekday_ranges(text, chosen)
    range_years = years_from_range_ends(text, chosen)  # "between 1st January and 31st December 2023"
    generic_end: int | None = None  # where the last month of any year ended ("from [November] to March")
    ending: Period | None = None  # the quarter or half the previous expression closed ("the six months to June")
    for candidate in chosen:
        if candidate.rule.negative:
            continue
        sentence_start, sentence_end = sentences.around(candidate.start)
        sentence = text[sentence_start:sentence_end]
        tense = tense_near(sentence, candidate.start - sentence_start, candidate.end - sentence_start) \
            if reads_tense(candidate.meaning) else None
        if candidate.start in in_weekday_range and (states_habit(sentence)
                                                    or recurring and recurring[-1].start >= sentence_start) \
                or tense not in ("past", "future") and names_occasion(text, candidate):
            # "open Tuesday to Sunday", "every 12 minutes from Monday to Friday", "the Sunday
            # story hour": every such day, a set
            candidate = replace(candidate, meaning=replace(candidate.meaning, type="SET"))
        meaning, step = candidate.meaning, replace(context, tense=tense)
        if candidate.start in range_years:
            meaning = replace(meaning, year=range_years[candidate.start])
        if names_week_makeup(text, candidate, sentence_start):
            step = replace(step, dct=None)  # "the working week starts on Sunday": any week's
        elif a_weekday_once(text, candidate, sentence):  # "took place on a Sunday": any such day, no set
            meaning = replace(meaning, type="TIME" if meaning.time else "DATE")
            step = replace(step, tense="future") if falls_on_coming(text, candidate) else replace(step, dct=None)
            candidate = replace(candidate, meaning=meaning)
        if is_bare_time(meaning):
            if narrated is not None and narrated.period.unit == "day" and tense != "future":
                step = replace(step, day_spoken_of=narrated.period.first)  # the story's day, if none is named
            bare_times.append((candidate, (sentence_start, sentence_end), step))
            continue
        if meaning.of_the_vote or meaning.counted_day is not None:
            given_later.append((candidate, step))
            continue
        if meaning.type == "SET" and (meaning.unit in ("day", "week", "weekdays", "hour", "minute")
                                      or meaning.weekday is not None or meaning.time):
            recurring.append(candidate)
        if meaning.type == "TIME" and meaning.anchor == "previous":
            step = replace(step, day_spoken_of=day_told_of(text, candidate, sentence_start, days, step))
        said_on = None
        if tense == "future":
            said_on = (day_of_saying(text, candidate, sentence_start, days)
                       or day_it_follows(text, candidate, sentence_start, days, settings.dct))
        if said_on is not None and meaning.weekday is not None and meaning.anchor == "publication":
            # "said on Thursday that he would decide by Friday": the Friday after that Thursday;
            # "will close on Nov. 29 and reopen Sunday": the Sunday after it
            meaning, step = replace(meaning, anchor="previous"), replace(step, last_mentioned=Period("day", said_on))
        recalled = day_recalled(text, candidate, days, settings.dct) \
            or day_of_dated_event(text, candidate, days, settings.dct)
        if recalled is not None:  # "voted on Tuesday ... Under Tuesday's resolution": that Tuesday
            meaning = replace(meaning, anchor="previous")
            step = replace(step, tense=None, last_mentioned=Period("day", recalled))
        closes_range = ends_range(text, previous, candidate)
        if closes_range or weekday_after_day(text, previous, candidate, settings.dct) \
                or day_after_day_ahead(text, previous, candidate, sentence_start, settings.dct, tense):
            # the year that follows the range's start: "from November 2023 to February" is 2024's,
            # "from Oct. 1 to Sept. 30" ends after it; the weekday that follows a coming day: "next Saturday and Sunday"
            crosses = closes_range and crosses_year_end(text, previous, candidate)
            meaning = replace(meaning, anchor="previous", direction="after" if crosses else meaning.direction)
            step = replace(step, tense="future", last_mentioned=previous.period)
        elif (in_frame_of_sentence(text, dated, candidate, sentence_start, tense)
              or restates_day(text, dated, candidate) or last_year_of_clause(text, dated, candidate, tense)
              or feast_of_dated_month(text, dated, candidate, sentence_start, tense)):
            # "In 2019, the dam broke in April": the year the sentence opens with; "In the
            # winter of 2023-24, the peak came in January": the month nearest that season;
            # "Last Easter, which fell on 16 April": the day just named
            meaning = replace(meaning, anchor="previous",
                              year_offset=0 if dated.period.unit in ("year", *YEAR_PARTS) else None)
            step = replace(step, tense=None, last_mentioned=dated.period)
        elif (listed := week_of_list(text, candidate, timexes, settings.dct)) is not None \
                or in_week_of_sentence(text, dated, candidate, sentence_start):
            # "Next week, 40 firms report, two on Tuesday": that week's Tuesday; "THE WEEK AHEAD ...
            # Thursday: The Bank publishes": the coming Thursday
            meaning = replace(meaning, anchor="previous", direction="ahead")
            step = replace(step, tense=None, last_mentioned=Period("day", listed or dated.period.first))
        elif unit_just_named(text, dated, candidate, sentence_start, tense, settings.dct):
            # "the January window ... signed by the middle of the month": January's middle
            meaning, step = replace(meaning, anchor="previous"), replace(step, tense=None, last_mentioned=dated.period)
        elif (side := side_of_dated(text, dated, candidate)) is not None:
            # "lifted in June 2012 after the wettest April on record": the April before it
            meaning, step = replace(meaning, anchor="previous"), replace(step, tense=side, last_mentioned=dated.period)
        elif in_story(text, narrated, candidate, sentence_start, tense):
            # "bounced on 3 March 2009. On 12 March a whistleblower wrote": the story's year
            meaning = placed_in_story(narrated, meaning)
            step = replace(step, tense=None, last_mentioned=narrated.period)
        if (counted_from := day_counted_from(meaning, step.last_mentioned and step.last_mentioned.unit, days)):
            step = replace(step, last_mentioned=Period("day", counted_from))  # "the same day" after a year: the day
        if means_nowadays(text, dated, candidate, settings.dct):
            # "A decade ago the wait was nine weeks. Today it is 15": the present age, not the day
            meaning = replace(meaning, ref="PRESENT_REF")
        if meaning.anchor == "comparable" and ending is None and month_or_day_just_before(text, dated, sentence_start):
            # "rose 9% in June from a year earlier": June a year back, not the quarter reported on
            step = replace(step, comparison_period=dated.period)
        if yearless(meaning) and any_year(text, candidate, (sentence_start, sentence_end), previous, generic_end,
                                              tense):
            # "open 9am-6pm in summer", "twice a year, in November and May": any year's
            meaning, step, generic_end = replace(meaning, anchor="publication"), replace(step, dct=None), candidate.end
        resolved = _resolve_or_none(meaning, step)
        if resolved is None:
            continue
        if meaning.feast is not None and resolved.granularity == "day":
            feasts.append(len(timexes))
        timexes.append(_timex(text, candidate, resolved))
        context = remember(context, candidate.meaning, resolved)
        ending = _stretch_ending(text, previous, candidate, resolved)
        if ending is not None:
            context = replace(context, comparison_period=ending)
        previous = Previous(candidate.start, candidate.end, candidate.meaning, resolved.period)
        if meaning.type != "DURATION":
            dated = previous
            narrated = story_date(dated, resolved.anchor, narrated, settings.dct, present_told)
            present_told = present_told or tells_present(dated, settings.dct)
        # an amount of days names none ("in the past ten days"), unless counted to one ("20 minutes earlier")
        if resolved.period is not None and resolved.period.unit == "day" \
                and (meaning.type != "DURATION" or meaning.range in ("later", "earlier")):
            days.append(NamedDay(candidate.start, candidate.end, resolved.period.first, meaning.time == "NI"))
    for index in feasts:  # "Eid al-Adha, which falls on Tuesday": the text's day, if the moon moved it
        feast = timexes[index]
        stated = stated_feast_day(text, feast.end, feast.date_start, days)
        if stated is not None:
            timexes[index] = replace(feast, value=stated.isoformat(), date_start=stated, date_end=stated)
    for candidate, step in given_later:
        if candidate.meaning.of_the_vote:
            day = election_day(text, candidate.start, candidate.end, days)
        else:  # day n of an event is its start plus n - 1
            began = event_start(text, candidate.start, candidate.end, days, grammar.lexicon)
            day = None if began is None else began + timedelta(days=candidate.meaning.counted_day - 1)
        if day is not None:
            resolved = _resolve_or_none(replace(candidate.meaning, anchor="previous"),
                                        replace(step, last_mentioned=Period("day", day)))
        else:  # none given: a count told in the present is the publication day; anything else, nothing
            resolved = None if candidate.meaning.anchor == "previous" else _resolve_or_none(candidate.meaning, step)
        if resolved is not None:
            timexes.append(_timex(text, candidate, resolved))
    opening: tuple[Candidate, date] | None = None  # the last time of day placed on a day
    # a timetable recurs daily: "the 17:30 sailing will leave at 16:45" names no day, nor its new time
    recurring += [candidate for candidate, _, _ in bare_times if names_timetable_service(text, candidate)]
    clocks = [candidate for candidate, _, _ in bare_times]
    ranges = clock_ranges(text, clocks)
    dayless: set[int] = set()  # closing times of ranges whose opening is of no one day: theirs too
    for candidate, sentence, step in bare_times:
        # "buses run every 20 minutes from 7 a.m.": a habit; "will run every 20 minutes" on the day told of
        habitual = recurring if step.tense is None else \
            [other for other in recurring if other.meaning.unit not in ("hour", "minute")]
        closing = ranges.get(candidate.start, candidate)  # "from 8 am to 8 pm every day"
        habit = min((nearest for end in (candidate, closing)
                     if (nearest := nearest_in_clause(text, end, sentence, habitual)) is not None), default=None)
        ours = [named for named in dating_days(text, candidate, sentence, days)
                if not of_later_clock(text, candidate, named, clocks) and not in_other_zone(text, candidate, named)]
        named = nearest_in_clause(text, candidate, sentence, ours)
        if habit is not None and (named is None or habit < named) or holds_for_days(text, closing, ours) \
                or times_series(text, candidate, sentence[0] if named is None else None) \
                or holds_to_date(text, candidate, ranges) \
                or holds_over_days(text, candidate, ranges, ours, sentence) or candidate.start in dayless \
                or named is None and states_habit(text[sentence[0]:sentence[1]]):
            # "open daily from 8am", "open 10am-5pm": a time of no day in particular, even of
            # the one weekday its sentence recurs on ("Saturdays from 3:30 to 4:30 p.m."), as our files mark it
            day, step = None, replace(step, dct=None)
            dayless.add(closing.start)
            candidate = replace(candidate, meaning=replace(candidate.meaning, weekday=None))
        else:
            if heads_entry(text, candidate):  # a blog stamp: not of a day its entry goes on to name
                ours = [named for named in ours if named.end <= candidate.start]
            day = day_of_clause(text, candidate, sentence, ours) \
                or narrated_clock_day(text, candidate, ours, step) or step.day_spoken_of
            day = range_end_day(text, opening, candidate, day, sentence)
            day = small_hours_after(text, candidate, sentence, not_run_into(text, ours), day)
        resolved = _resolve_or_none(candidate.meaning, replace(step, day_spoken_of=day))
        if resolved is not None:
            timexes.append(_timex(text, candidate, resolved))
            opening = (candidate, resolved.period.first) if resolved.period is not None else None
    return weekdays_of_dates(text, sorted(timexes, key=lambda timex: timex.start))


# Slash or dash dates with a year: a first number over 12 shows the writer puts the day first.
_NUMERIC_DATE = re.compile(r"\b(\d\d?)([/-])(\d\d?)\2(?:\d{4}|\d\d)\b")


def read_day_first(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The candidates with "5/11/2024" read as 5 November when the text also writes
    "19/12/2024" (and never "12/19/2024"): a writer keeps one order in a document."""
    ambiguous = [index for index, candidate in enumerate(chosen)
                 if candidate.rule.id == "date.numeric" and candidate.meaning.day <= 12]
    if not ambiguous:
        return chosen
    fields = [(int(match[1]), int(match[3])) for match in _NUMERIC_DATE.finditer(text)]
    if not any(first > 12 for first, _ in fields) or any(second > 12 for _, second in fields):
        return chosen
    chosen = list(chosen)
    for index in ambiguous:
        meaning = chosen[index].meaning
        chosen[index] = replace(chosen[index], meaning=replace(meaning, month=meaning.day, day=meaning.month))
    return chosen


def _resolve_or_none(meaning: Underspecified, context: ReferenceContext) -> Resolved | None:
    """resolve(), or None for an impossible date such as "September 31" or one past the calendar's year 9999."""
    try:
        return resolve(meaning, context)
    except (ValueError, OverflowError):
        return None


def _timex(text: str, candidate: Candidate, resolved: Resolved) -> Timex:
    return Timex(
        start=candidate.start, end=candidate.end, text=text[candidate.start:candidate.end],
        type=candidate.meaning.type, value=resolved.value, mod=candidate.meaning.mod,
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
    if meaning.type == "DURATION" and meaning.range == "past" and meaning.unit in ("day", "week") \
            and resolved.anchor == "publication" and resolved.date_end is not None:
        # "over the past seven days 312 cases, down from 388 the week before": days up to today
        return replace(context, last_mentioned=Period("day", resolved.date_end))
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
    last = context.last_mentioned
    # "takes office Jan. 4 ... the 2021 budget ... that month": the year holding the
    # day just named adds nothing to count from, unless it moves on to a part of it ("By the end of that year")
    within = last is not None and period.unit == "year" and (meaning.part or meaning.mod) is None \
        and period.first <= last.first and last.last <= period.last
    return replace(
        context, last_mentioned=last if within else period, comparison_period=comparison_period,
        last_quarter=period if period.unit == "quarter" else context.last_quarter,
    )


def find_candidates(text: str, grammar: Grammar) -> list[Candidate]:
    """Every match of every rule whose meaning can be built; none runs across a blank
    line: such a match is tried again, up to the break."""
    candidates = []
    # a heading and the entry under it: "27 September", a blank line, then "1825: ..."
    breaks = [found.start() for found in PARAGRAPH_BREAK.finditer(text)]
    for number, match in grammar.starts.finditer(text):
        rule = grammar.rules[number]
        index = bisect.bisect_right(breaks, match.start())
        if index < len(breaks) and breaks[index] < match.end():
            match = rule.regex.match(text, match.start(), breaks[index])
            if match is None:
                continue
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
