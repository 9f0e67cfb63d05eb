"""Which day a clock time belongs to, where named_days.py (full) does not tell (pure):
"the return leaves at 23:55 and arrives at 01:50 the next day" puts the next day on
the later clock only; "failed on Friday, the university said on Saturday. || The
system failed at 09:47" tells of Friday; "at 3:30 a.m. local time, or 6 p.m. ET Saturday"
names the other zone's day."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..sentences import sentences_of
from .named_days import NamedDay
from .rules import lexicon_pattern

if TYPE_CHECKING:  # the engine's match type; it imports this module
    from .engine import Candidate

# "said in a statement on [Saturday]", "told reporters on [Saturday]"
_SAID_ON = r"{reporting_verb}(?:\s+(?:in|at|to)\s+(?:an?\s+|the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+(?:on\s+)?\Z"
# ", or 6 p.m. ET [Saturday]": a conversion to another zone, whose day is not the local clock's
_OR_CONVERSION = re.compile(r",\s+or\s+(\d[\d:.]*\s*(?:[ap]\.?m\.?)?\s*(?-i:[A-Z]{2,4})\s+(?:on\s+)?)?\Z", re.IGNORECASE)
_ZONED_CLOCK = re.compile(r"\d[\d:.]*\s*(?:[ap]\.?m\.?)?\s*(?-i:[A-Z]{2,4})\b", re.IGNORECASE)  # "[6 p.m. ET] Saturday"
_NEXT_DAY = re.compile(r"(?:the\s+)?(?:next|following)\s+(?:day|morning)", re.IGNORECASE)


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
    """Whether a day closes a conversion to another zone joined by "or" that does not hold
    the time ("began at 3:30 a.m. local time, or 6 p.m. ET Saturday"): the other zone's day."""
    conversion = _OR_CONVERSION.search(text, max(0, named.start - 30), named.start)
    return conversion is not None and time.end <= conversion.start() \
        and (conversion.group(1) is not None or _ZONED_CLOCK.match(text, named.start) is not None)
