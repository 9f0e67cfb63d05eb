"""Public value types of the date engine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DOC_TYPES = ("news", "narrative")


@dataclass(frozen=True)
class Settings:
    """How to read one text. Always passed explicitly; nothing reads the clock.

    dct: the document creation (publication) date that relative expressions
    resolve against; None when unknown, in which case relative expressions keep
    an underspecified value (XXXX-...) and no date range.
    """

    dct: date | None = None
    doc_type: str = "news"

    def __post_init__(self) -> None:
        if self.dct is not None and not isinstance(self.dct, date):
            raise TypeError(f"Settings.dct must be a datetime.date, not {type(self.dct).__name__}")
        if self.doc_type not in DOC_TYPES:
            raise ValueError(f"Settings.doc_type must be one of {DOC_TYPES}, not {self.doc_type!r}")


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text, normalised as TimeML TIMEX3."""

    start: int  # character offsets into the text given to tag()
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str  # TIMEX3 value: 2021-10-31, 2021-W43, 2021-08, P6M, XXXX-WXX-7, PRESENT_REF
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, ...
    date_start: date | None = None  # inclusive day range the value covers (DATE/TIME only)
    date_end: date | None = None
    granularity: str | None = None  # day, week, weekend, month, quarter, half, season, year, decade, century, time
    anchor: str = "absolute"  # absolute, publication, previous (last mentioned date), unresolved
    rule: str = ""  # id of the rule that produced it, for debugging

    def to_json(self) -> dict:
        """The `dateline tag` record: {start, end, text, type, value, mod, date_start, date_end}."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
        }
