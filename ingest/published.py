"""The publication date a page prints about its own article.

Only lines where a page states its own date count: a date line such as
"Published: 3 Nov 2021", "First published on Wed 3 Nov 2021 10.00 GMT", "Posted:
Nov 3, 2021 / 10:15 AM EDT", "Published in X, November 3rd, 2021", "Nov 3, 2021
Updated Nov 4, 2021" or "Updated 10:15 AM ET, Wed November 3, 2021"; a label over
its date ("Published" then "3 November 2021"); a byline with a date, on its line
or the next ("By Jane Doe | November 3, 2021"); or a dateline opening the first
paragraph, "LONDON, November 3, 2021 --" or "Nov 3, 2021 (AP) -". They must sit
in the article's head (before its second paragraph) or at its end (between its
last sentence and the end marker that closes it), so dates of other stories in
sidebars after the article never count, nor do dates inside the prose. The date
must name a day, month and year: a dateline without a year ("WASHINGTON, Nov 3
(Reuters) -") gives nothing, nor does a relative stamp ("3 hours ago"). Nothing
is guessed. A publication date beats a dateline (the day the story was filed),
which beats an update time: text written before an update still speaks from
the day it was first published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .clean import (
    BYLINE,
    DATE_STAMP,
    PRINTED_DATE,
    PROSE,
    PUBLICATION,
    PUBLICATION_KEYWORD,
    PUBLICATION_KEYWORDS,
    WEEKDAY,
    Layout,
    Line,
    find_layout,
    printed_date,
)

# Kinds of date line, most trusted first: an update date only counts when the
# page prints no publication date.
KINDS = ("published", "dateline", "byline", "updated")

# "Published in Dawn, November 3rd, 2021", "Updated: 2021-11-03", and the same
# after a separator on a longer line ("By X | Published 3 Nov 2021").
_KEYWORD_DATE = re.compile(rf"{PUBLICATION_KEYWORD}[^|•·]{{0,60}}?{PRINTED_DATE}", re.IGNORECASE)
_DATE = re.compile(PRINTED_DATE, re.IGNORECASE)
# A date label whose date is printed on the next line: "Published", "Updated on:".
_KEYWORD_ALONE = re.compile(rf"{PUBLICATION_KEYWORD}(?:\s+on)?\s*:?", re.IGNORECASE)
# A stamp followed by its update: the first date is the publication date
# ("Nov 3, 2021 Updated Nov 4, 2021", "November 3, 2021 10:15 AM UTC Updated 2 hours ago").
_UPDATED = "|".join(keyword for keyword, kind in PUBLICATION_KEYWORDS.items() if kind == "updated")
_DATE_BEFORE_UPDATE = re.compile(
    rf"(?:(?:{WEEKDAY})\.?,?\s+)?{PRINTED_DATE}.{{0,30}}?\b(?:{_UPDATED})\b", re.IGNORECASE
)
# A place in capitals or Title Case, perhaps with its state or country, the
# date, perhaps the agency in brackets, then a dash or colon. Without a place
# the agency must be there ("Nov 3, 2021 (AP) -"): a bare date and a dash may
# open any sentence.
_PLACE = r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE}(?:,\s*{_PLACE})?,\s+)?(?:(?:{WEEKDAY})\.?,?\s+)?{PRINTED_DATE}"
    r"\s*(?P<agency>\([^)]{1,40}\)\s*)?(?:--?|[–—:])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PublishedLine:
    """A publication date printed in the text and where it was found.

    start, end: offsets of the date line in the text (of the label and the
    line under it for a label over its date, of the dateline prefix for a
    dateline). kind: one of KINDS.
    """

    date: date
    start: int
    end: int
    kind: str


def _dates_on_line(line: Line, next_line: Line | None) -> list[PublishedLine]:
    found = []
    # A dateline opens a paragraph; other date lines are never sentences.
    dateline = _DATELINE.match(line.text)
    if dateline and (dateline.group("place") or dateline.group("agency")) and (day := printed_date(dateline)):
        found.append(PublishedLine(day, line.start, line.start + dateline.end(), "dateline"))
    if line.kind == PROSE:
        return found
    for match in _KEYWORD_DATE.finditer(line.text):
        if day := printed_date(match):
            kind = PUBLICATION_KEYWORDS[match.group("keyword").lower()]
            found.append(PublishedLine(day, line.start, line.end, kind))
    stamp = _DATE_BEFORE_UPDATE.match(line.text)
    if stamp and (day := printed_date(stamp)):
        found.append(PublishedLine(day, line.start, line.end, "published"))
    byline_date = _DATE.search(line.text) if BYLINE.fullmatch(line.text) else None
    if byline_date and (day := printed_date(byline_date)):
        found.append(PublishedLine(day, line.start, line.end, "byline"))
    # A label over its date: "Published" then "3 November 2021", "By Jane Doe" then "Nov. 3, 2021".
    label_kind = _label_kind(line.text) if byline_date is None else None
    next_date = _DATE.search(next_line.text) if next_line and next_line.kind == DATE_STAMP else None
    if label_kind and next_date and (day := printed_date(next_date)):
        found.append(PublishedLine(day, line.start, next_line.end, label_kind))
    return found


def _label_kind(text: str) -> str | None:
    if keyword_alone := _KEYWORD_ALONE.fullmatch(text):
        return PUBLICATION_KEYWORDS[keyword_alone.group("keyword").lower()]
    return "byline" if BYLINE.fullmatch(text) else None


def _end_of_date_block(layout: Layout) -> int:
    """The last line of the page's own date lines when one of them closes the
    article ("Updated: ..." then "Published: ..."); else the closing line."""
    last = layout.end
    while (
        last + 1 < len(layout.lines)
        and layout.lines[last].kind == PUBLICATION
        and layout.lines[last + 1].kind == PUBLICATION
    ):
        last += 1
    return last


def _date_line_places(layout: Layout) -> list[int]:
    """The head (up to the second prose paragraph, so a date line under a
    one-sentence standfirst counts) and the end (after the last sentence, up to
    the page's own date lines that close the article)."""
    if layout.first_prose is None:
        return list(range(len(layout.lines)))
    second_prose = next(
        (i for i in range(layout.first_prose + 1, layout.body_end) if layout.lines[i].kind == PROSE),
        layout.body_end,
    )
    tail_end = min(_end_of_date_block(layout) + 1, len(layout.lines))
    return sorted(set(range(second_prose)) | set(range(layout.body_end, tail_end)))


def find_published(text: str) -> PublishedLine | None:
    """The publication date the text prints about itself, or None when it prints none.

    text: the article as read, page furniture included (the date lines are
    furniture to clean_text, so search before cleaning).
    """
    layout = find_layout(text)
    lines = layout.lines
    found = [
        published
        for i in _date_line_places(layout)
        for published in _dates_on_line(lines[i], lines[i + 1] if i + 1 < len(lines) else None)
    ]
    return min(found, key=lambda published: (KINDS.index(published.kind), published.start), default=None)
