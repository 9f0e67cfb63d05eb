"""Which earlier expression a yearless date is read against (pure): the year or
season its sentence opens with ("In 2019, the dam broke in April"), the first end
of a range ("from November 2023 to February"), a day it restates ("Last Easter,
which fell on 16 April"), "last year" in its clause, the month "the month" means,
and the month or day a "year earlier" comparison is with; and "today" set against a time
long past, the present age ("A decade ago ... Today it is 15"); and the side of a dated
month "after" or "before" puts a yearless one ("in June 2012 after the wettest April");
and the season of a feast after a dated month ("The strike, in December 2014, ran over Christmas").
engine.tag asks; each answer is about the expression just before (`Previous`). A story
told in a past year is stories.py's.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..sentences import sentences_of
from .meaning import Underspecified
from .named_days import ends_stretch, joins_stretch
from .rules import lexicon_pattern
from .tense import tense_near

if TYPE_CHECKING:  # the engine's types; it imports this module
    from .engine import Candidate, Previous

_LIST_COMMA = re.compile(r",\s*")  # days listed: "on 12th, 19th and 26th September"
# A date set off after a day it restates: "Last Easter, which fell on 16 April", "last Easter, on 16 April",
# "when Easter fell on 31 March"; a weekday too: "With Diwali falling on Sunday".
# Words within one clause: no punctuation (nor a word of lexicon list clause_turn, below).
_SAME_CLAUSE = re.compile(r"[^,;:.!?\n]*")
_WHEN_CLAUSE = re.compile(r",\s+when\s[^,;:.!?\n]*", re.IGNORECASE)  # ", when the fair fell in "
_AND_THEN_PAST = re.compile(r"\s+and\s+(?:[a-z]+\s+){1,3}(?:in|on)\s+")  # "hit in 2016 and made landfall on "
_RESTATED_DAY = re.compile(r"(?:,\s+(?:(?:which|that)\s+(?:fell|falls|was|is)\s+)?|\s+(?:fell|falls|falling)\s+)on\s+",
                           re.IGNORECASE)


def yearless(u: Underspecified) -> bool:
    """A month, day, season or quarter named without its year, whose year the context picks."""
    return (u.type == "DATE" and u.year is None and u.offset is None and u.ref is None
            and u.weekday is None and u.nth is None and u.feast is None
            and u.year_offset is None and u.direction == "tense"
            and (u.month or u.season or u.quarter or u.half or u.iso_week) is not None)


YEAR_PARTS = ("half", "quarter")  # a year's part read as the year itself frames a part of the same kind
# Words a sentence may open with before the year that frames it: "In 2019,", "Back in 2019,".
_MAX_WORDS_BEFORE_FRAME = 2
# A year that modifies a noun names the occasion the clause is about: "the original 1969 festival",
# "its 2026 edition"; a year after a preposition ("built in 2014") dates only its own clause, and
# a model year ("the 2026 model year crossover") runs ahead of the calendar, as does a fiscal
# year, which frames no month ("its fiscal 2025 budget, approved in June", said in October 2024).
_FISCAL_YEAR = re.compile(r"(?:the\s+\d{4}\s+)?(?:fiscal|financial|model)\b|FY", re.IGNORECASE)
# A budget is drawn up ahead of its year: "The 2023 budget, adopted in mid-December" (said in January 2023).
_PLAN_NOUN = re.compile(r"\s+(?:budgets?|spending plans?|estimates)\b", re.IGNORECASE)
_BEFORE_YEAR_AS_MODIFIER = re.compile(r"\b(?:the|its|this|that|their|his|her|our)\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE)
_AFTER_YEAR_AS_MODIFIER = re.compile(r"\s+(?!model\b)(?-i:[a-z])")
# A year set off by commas after the subject dates what the subject did: "The last strike, in 2024, ended in May".
_SET_OFF_YEAR = re.compile(r",\s+in\s+\Z", re.IGNORECASE)
# Past a colon or semicolon the sentence says something else: "first shipped in spring 2019,
# is still used: 40% of firms ran it at the end of June" is this year's June.
_CLAUSE_BREAK = re.compile(r"[;:]")
# What befell in a year, then its cause: "fell 12% in 2020, she said, partly because of delays in the spring"
_CAUSE_OF_YEAR = re.compile(r"(?:,\s+\w+(?:\s+\w+)?\s+said)?,?\s+(?:(?:partly|largely|mainly|in\s+part)\s+)?"
                            r"(?:because\s+of|due\s+to|owing\s+to|amid)\s[^.;:]*", re.IGNORECASE)
# What the thing of a year did, told in a relative clause: "was Belen in 2016, which made landfall on Nov. 9"
_RELATIVE_OF_YEAR = re.compile(r",\s+(?:which|who)\s[^,;:.!?\n]*", re.IGNORECASE)


def in_frame_of_sentence(text: str, previous: Previous | None, candidate: Candidate, sentence_start: int,
                          tense: str | None) -> bool:
    """Whether a yearless date or feast follows the year or the season of a year its sentence
    opens with ("In 2019, the dam broke in April"; "Last year, Eid fell on a Wednesday"); a year inside the sentence may
    belong to a clause of its own ("a barrier built in 2014 failed on August 15"),
    but the months of a season's sentence are that season's wherever it stands
    ("the harsh winter of 2009-10 brought snow from Dec. 3"), and so are those of
    a year naming what the sentence is about ("the 1969 festival ran Aug. 15-17"); a
    half or quarter of a year frames only another of its kind (_other_part); a
    clause turning to what lies ahead leaves the frame (_turns_ahead), and a colon or
    semicolon leaves any frame but the opening one's."""
    if previous is None or previous.period is None or previous.meaning.type != "DATE" \
            or previous.start < sentence_start or not _may_frame(previous) \
            or not (yearless(candidate.meaning) or yearless_feast(candidate.meaning)) \
            or candidate.meaning.month is not None and _frames_no_month(text, previous):
        return False
    if previous.period.unit in YEAR_PARTS:
        framed = _other_part(previous, candidate)
    elif _passes_year_on(previous.meaning):  # "Last year, the Sallah holiday ran from April 21"
        framed = _CLAUSE_BREAK.search(text, previous.end, candidate.start) is None
    else:
        opens_sentence = len(text[sentence_start:previous.start].split()) <= _MAX_WORDS_BEFORE_FRAME
        season_of_year = previous.period.unit == "season" and previous.meaning.year is not None
        framed = opens_sentence or (season_of_year or _year_as_modifier(text, previous) or _set_off(text, previous)
                                    or _CAUSE_OF_YEAR.fullmatch(text, previous.end, candidate.start)
                                    or tense == "past" and _RELATIVE_OF_YEAR.fullmatch(text, previous.end, candidate.start)) \
            and _CLAUSE_BREAK.search(text, previous.end, candidate.start) is None
    return framed and not _turns_ahead(text, previous, candidate, tense) and _near_season(previous, candidate)


def _may_frame(previous: Previous) -> bool:
    """A year, a season or a part of a year; or a feast placed in a year ("Last year, the
    Sallah holiday ran from April 21 to 25"), which passes that year on."""
    unit = previous.period.unit
    return unit in ("year", "season", *YEAR_PARTS) or unit == "day" and _passes_year_on(previous.meaning)


def _passes_year_on(u: Underspecified) -> bool:
    """A feast without its year, or a holiday a direction word places ("Last Christmas, fog shut it on 22 December")."""
    return yearless_feast(u) or u.day is not None and u.year is None and u.direction in ("before", "after")


def _frames_no_month(text: str, previous: Previous) -> bool:
    """Whether a year dates no month after it: a fiscal year's, a year across two ("The
    2023/24 session ends in July") or a plan's ("The 2023 budget, adopted in mid-December")."""
    return _FISCAL_YEAR.match(text, previous.start) is not None or previous.meaning.end_year is not None \
        or _PLAN_NOUN.match(text, previous.end) is not None


def _near_season(previous: Previous, candidate: Candidate) -> bool:
    """Whether a month a season frames lies in it or a month either side: "Last spring,
    the lawyers asked for time; in January, the government" is the January nearest by
    the tense, not the one before that spring."""
    month = candidate.meaning.month
    if previous.period.unit != "season" or month is None:
        return True
    first, last = previous.period.first.month, previous.period.last.month
    return (month - first + 1) % 12 <= (last - first + 2) % 12


def _other_part(previous: Previous, candidate: Candidate) -> bool:
    """Whether a half or quarter without its year follows one of the same kind with its
    year: "slow in the first half of 2026 and pick up in the second half" is 2026's."""
    u = candidate.meaning
    kind = "half" if u.half else "quarter" if u.quarter else None
    return previous.meaning.year is not None and previous.period.unit == kind


def _turns_ahead(text: str, dated: Previous, candidate: Candidate, tense: str | None) -> bool:
    """Whether the sentence turns from its frame to what lies ahead: "Last summer brought
    fires, but crews have warned those heading away for Christmas" is this Christmas."""
    return tense == "future" and lexicon_pattern("{time_turn}").search(text, dated.end, candidate.start) is not None


def _year_as_modifier(text: str, previous: Previous) -> bool:
    """Whether a stated year modifies the noun after it ("the 2026 edition, which moves to ...")."""
    return (previous.period.unit == "year" and text[previous.start:previous.end].isdigit()  # not "2021-22"
            and _BEFORE_YEAR_AS_MODIFIER.search(text, max(0, previous.start - 30), previous.start) is not None
            and _AFTER_YEAR_AS_MODIFIER.match(text, previous.end) is not None)


def _set_off(text: str, previous: Previous) -> bool:
    """Whether a stated year stands between commas after "in" ("The strike, in 2024, ...")."""
    return (previous.period.unit == "year" and text.startswith(",", previous.end)
            and _SET_OFF_YEAR.search(text, max(0, previous.start - 8), previous.start) is not None)


def last_year_of_clause(text: str, previous: Previous | None, candidate: Candidate, tense: str | None) -> bool:
    """Whether a yearless date told in the past follows "last year" in its clause: "we did
    the same last year and went 3-0 in December" is last year's December; or lies in a
    clause told of a year just named: "up on last year, when the festival fell in March",
    "hit in 2016 and made landfall on Nov. 9",
    as is a feast in either ("Last year, when Easter fell in March"; "last year Ramadan
    began in March")."""
    if previous is None or previous.period is None or previous.meaning.type != "DATE" \
            or not (yearless(candidate.meaning) or yearless_feast(candidate.meaning)):
        return False
    if previous.period.unit == "year" and (_WHEN_CLAUSE.fullmatch(text, previous.end, candidate.start)
                                           or tense == "past"
                                           and _AND_THEN_PAST.fullmatch(text, previous.end, candidate.start)):
        return True
    return (previous.meaning.unit == "year" and previous.meaning.offset == -1 and tense == "past"
            and _SAME_CLAUSE.fullmatch(text, previous.end, candidate.start) is not None
            and lexicon_pattern("{clause_turn}").search(text, previous.end, candidate.start) is None)


def feast_of_dated_month(text: str, dated: Previous | None, candidate: Candidate, sentence_start: int,
                         tense: str | None) -> bool:
    """Whether a feast without its year, not told as ahead, follows a month stated with its
    year in its clause, set off after the subject or opening the sentence; or a feast joined
    to it: "The last strike, in December 2014, ran over Christmas and New Year" is that
    Christmas and the New Year right after it ("The fair, first held in May 2019, returns at Easter" is not)."""
    if dated is None or dated.period is None or dated.start < sentence_start or tense == "future" \
            or not _names_feast(text, candidate.start, candidate.end, candidate.meaning):
        return False
    between = text[dated.end:candidate.start]
    if dated.period.unit == "month" and dated.meaning.year is not None:
        opens_sentence = len(text[sentence_start:dated.start].split()) <= _MAX_WORDS_BEFORE_FRAME
        set_off = text.startswith(",", dated.end) and _SET_OFF_YEAR.search(text, max(0, dated.start - 8), dated.start)
        return (opens_sentence or set_off or "," not in between) and _CLAUSE_BREAK.search(between) is None
    return _names_feast(text, dated.start, dated.end, dated.meaning) and _FEAST_PAIR.fullmatch(between) is not None


_FEAST_PAIR = re.compile(r"\s+(?:and|or)\s+")


def _names_feast(text: str, start: int, end: int, u: Underspecified) -> bool:
    """Whether a yearless expression names a feast, movable ("Easter") or on a fixed day ("Christmas")."""
    return yearless_feast(u) or yearless(u) and lexicon_pattern("{holiday}").fullmatch(text, start, end) is not None


def yearless_feast(u: Underspecified) -> bool:
    """A feast named without its year ("Easter", not "Easter 2019" nor "last Easter")."""
    return u.feast is not None and u.year is None and u.offset is None and u.year_offset is None


# An expression ending in "the month" or "the year" ("by the end of the month"), not "this month".
THE_UNIT = re.compile(r"\bthe (?:month|year)\Z", re.IGNORECASE)


def unit_just_named(text: str, dated: Previous | None, candidate: Candidate, sentence_start: int,
                     tense: str | None, dct: date | None) -> bool:
    """Whether "the month" or "the year" follows, in its sentence, the month or year it
    means ("in January ... by the end of the month"), not the publication's ("this month");
    unless the tense points to the other side of publication ("rose in December and
    would peak by the end of the month" is this month's end)."""
    if dated is None or dated.period is None or dated.end <= sentence_start \
            or dated.period.unit != candidate.meaning.unit or candidate.meaning.offset != 0 \
            or THE_UNIT.search(text, candidate.start, candidate.end) is None:
        return False
    return dct is None or not (tense == "future" and dated.period.last < dct
                               or tense == "past" and dated.period.first > dct)


def restates_day(text: str, previous: Previous | None, candidate: Candidate) -> bool:
    """Whether a yearless date gives the date of the day just named, and so its year;
    or a weekday its weekday ("closed on New Year's Day, Thursday")."""
    if previous is None or previous.period is None or previous.period.unit != "day":
        return False
    between = text[previous.end:candidate.start]
    if yearless(candidate.meaning):
        return _RESTATED_DAY.fullmatch(between) is not None
    u = candidate.meaning
    return (u.weekday == previous.period.first.isoweekday() and u.direction == "tense"
            and u.offset is None and u.day is None and u.month is None
            and (_RESTATED_DAY.fullmatch(between) or _LIST_COMMA.fullmatch(between)) is not None)


def ends_range(text: str, previous: Previous | None, candidate: Candidate) -> bool:
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
    return same_kind and yearless(u) and (joins_stretch(between) or listed)


def crosses_year_end(text: str, previous: Previous, candidate: Candidate) -> bool:
    """Whether a day closing a range comes earlier in the calendar than the day opening it
    ("from Oct. 1 to Sept. 30"): the range ends after its start, the next year; not a day
    after a clause of its own ("update on Dec. 28, covering the season through Dec. 27")."""
    u, first = candidate.meaning, previous.period.first
    return u.day is not None and u.month is not None and (u.month, u.day) < (first.month, first.day) \
        and "," not in text[previous.end:candidate.start]


def years_from_range_ends(text: str, chosen: list[Candidate]) -> dict[int, int]:
    """The year of each yearless month or day that opens a range or pair whose other end
    gives its year, by where it starts: "between 1st January and 31st December 2023" is
    2023's, "from Dec. 20 to Jan. 5, 2024" the year before (ends_range reads the other way)."""
    dated = [c for c in chosen if not c.rule.negative]
    years = {}
    for first, last in zip(dated, dated[1:]):
        u, v = first.meaning, last.meaning
        if yearless(u) and u.month is not None and v.type == "DATE" and v.year is not None \
                and v.month is not None and (u.day is None) == (v.day is None) \
                and v.offset is None and v.year_offset is None and joins_stretch(text[first.end:last.start]):
            years[first.start] = v.year - ((u.month, u.day or 0) > (v.month, v.day or 0))
    return years


def weekday_after_day(text: str, previous: Previous | None, candidate: Candidate, dct: date | None) -> bool:
    """Whether a weekday closes a range or pair that a day ahead of publication opens:
    "next Saturday and Sunday", "from Nov. 29 to Sunday", "opens on Monday 1 October
    and runs until Thursday" is the first such weekday on or after it. Days gone by
    may be listed in any order ("statements made Friday and Thursday"): the tense places them."""
    u = candidate.meaning
    if previous is None or previous.period is None or previous.period.unit != "day" or u.weekday is None \
            or dct is None or previous.period.first <= dct \
            or u.direction != "tense" or (u.offset, u.year, u.month, u.day) != (None, None, None, None):
        return False
    return joins_stretch(text[previous.end:candidate.start])


def day_after_day_ahead(text: str, previous: Previous | None, candidate: Candidate, sentence_start: int,
                        dct: date | None, tense: str | None) -> bool:
    """Whether a yearless day not told in the past opens a range that follows, in its
    sentence, a range ending on a day ahead of publication: successive terms or stages
    run on in time ("the spring term runs from 3 January 2024 to 22 March, and the
    summer term from 8 April", said in August 2023). Days joined otherwise may go back
    ("will end on June 15, and the spring break, set for March 26-30, ...")."""
    u = candidate.meaning
    return previous is not None and previous.period is not None and previous.period.unit == "day" \
        and dct is not None and previous.period.first > dct and previous.start >= sentence_start \
        and tense != "past" and yearless(u) and u.day is not None \
        and _RANGE_END.search(text, max(0, previous.start - 8), previous.start) is not None \
        and _AND_FROM.fullmatch(text, previous.end, candidate.start) is not None


_RANGE_END = re.compile(r"(?:\b(?:to|until|till|through)\s+|[-–])\Z")
_AND_FROM = re.compile(r"[^.;:]*\band\b[^.;:]*\bfrom\s+")


def in_week_of_sentence(text: str, dated: Previous | None, candidate: Candidate, sentence_start: int) -> bool:
    """Whether a bare weekday falls in the week its sentence opens with ("Next week, 40
    firms report, two of them on Tuesday": that week's Tuesday), as a yearless month
    falls in the year a sentence opens with (in_frame_of_sentence)."""
    u = candidate.meaning
    if dated is None or dated.period is None or dated.period.unit != "week" or dated.meaning.type != "DATE" \
            or dated.start < sentence_start or u.weekday is None or u.direction != "tense" \
            or (u.offset, u.year, u.month, u.day) != (None, None, None, None):
        return False
    return len(text[sentence_start:dated.start].split()) <= _MAX_WORDS_BEFORE_FRAME \
        and _CLAUSE_BREAK.search(text, dated.end, candidate.start) is None


def month_or_day_just_before(text: str, dated: Previous | None, sentence_start: int) -> bool:
    """Whether the last date before this one (amounts of time aside: "took 47 days
    in March, up from 34 a year earlier"), in its sentence, names a month or a date:
    a comparison right after it is with that month or day ("94% on 20 November,
    against 90% a year earlier"; after "on Wednesday" the year's). A month named in
    an earlier sentence is no figure's period ("began trading in August. ... up from
    seven a year ago"), nor is the part of a month a deadline names ("had paid by the
    end of September, against 55% a year ago") or the day a quarter ended ("for the
    quarter ended Sept. 30, up from $2 a year earlier" compares quarters)."""
    if dated is None or dated.end <= sentence_start or dated.period is None or dated.meaning.part is not None:
        return False
    return dated.period.unit == "month" or (dated.period.unit == "day" and dated.meaning.month is not None
                                            and not ends_stretch(text, dated.start))


# "Today" opening a sentence or a clause after a semicolon or colon, quotes aside.
_OPENS_CLAUSE = re.compile(r"(?:\A|[;:])[\s\"“‘'(]*\Z")
_LONG_PAST_UNITS = ("year", "decade", "century")
_LONG_PAST_YEARS = 2  # how long before publication the time set against "today" ended


def means_nowadays(text: str, dated: Previous | None, candidate: Candidate, dct: date | None) -> bool:
    """Whether "today" is the present age, not the day: opening its clause in the present
    tense after a year or more long past, named in its sentence or the one before: "A
    decade ago it was worth £2bn; today it is worth £410m"; not "The firm was founded in
    1990. Today it announced a merger"."""
    u = candidate.meaning
    if u.unit != "day" or u.offset != 0 or u.part or u.time or dct is None or dated is None or dated.period is None:
        return False
    sentences = sentences_of(text)
    index = sentences.index_of(candidate.start)
    if index < 0 or dated.start < sentences.starts[max(index - 1, 0)]:
        return False
    if dated.period.unit not in _LONG_PAST_UNITS or dated.period.last.year > dct.year - _LONG_PAST_YEARS:
        return False
    sentence_start, sentence_end = sentences.spans[index]
    opener = _OPENS_CLAUSE.search(text[sentence_start:candidate.start])
    if opener is None:
        return False
    clause = text[sentence_start + opener.start():sentence_end]  # its tense, not the long past's before ";"
    offset = candidate.start - sentence_start - opener.start()
    return tense_near(clause, offset, offset + candidate.end - candidate.start) is None


# "lifted in June 2012 after the wettest April on record": the side of the date the month lies on
_ORDER_WORD = re.compile(r",?\s+(?P<order>after|before)\s+(?:the\s+)?(?:[a-z]+\s+)?\Z", re.IGNORECASE)


def side_of_dated(text: str, dated: Previous | None, candidate: Candidate) -> str | None:
    """"past" or "future" when a yearless date follows, after "after" or "before", a month
    or day stated with its year: "lifted in June 2012 after the wettest April on
    record" is the April before it."""
    if dated is None or dated.period is None or dated.meaning.year is None \
            or dated.period.unit not in ("day", "month") or not yearless(candidate.meaning):
        return None
    found = _ORDER_WORD.match(text, dated.end, candidate.start)
    return None if found is None else "past" if found["order"].lower() == "after" else "future"
