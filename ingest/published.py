"""The publication date a page prints about its own article.

Only lines where a page states its own date count: a date line such as
"Published: 3 Nov 2021", "Posted November 3, 2021", "Published in X, November
3rd, 2021" or "Updated: 2021-11-03"; a byline with a date, "By Jane Doe |
November 3, 2021"; or a dateline opening the first paragraph, "LONDON, November
3, 2021 --". They must sit in the article's head (before its second paragraph) or
at its end (between its last sentence and the end marker that closes it), so
dates of other stories in sidebars after the article never count, nor do dates
inside the prose. The date must name a day, month and year: a dateline without
a year ("WASHINGTON, Nov 3 (Reuters) -") gives nothing. Nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .clean import (
    BYLINE,
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
# A place in capitals or Title Case, perhaps with its state or country, the
# date, perhaps the agency in brackets, then a dash or colon.
_PLACE = r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
_DATELINE = re.compile(
    rf"{_PLACE}(?:,\s*{_PLACE})?,\s+(?:(?:{WEEKDAY})\.?,?\s+)?{PRINTED_DATE}"
    r"\s*(?:\([^)]{1,40}\)\s*)?(?:--?|[–—:])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PublishedLine:
    """A publication date printed in the text and where it was found.

    start, end: offsets of the date line in the text (of the dateline prefix
    for a dateline). kind: one of KINDS.
    """

    date: date
    start: int
    end: int
    kind: str


def _dates_on_line(line: Line) -> list[PublishedLine]:
    found = []
    # A dateline opens a paragraph; other date lines are never sentences.
    dateline = _DATELINE.match(line.text)
    if dateline and (day := printed_date(dateline)):
        found.append(PublishedLine(day, line.start, line.start + dateline.end(), "dateline"))
    if line.kind == PROSE:
        return found
    for match in _KEYWORD_DATE.finditer(line.text):
        if day := printed_date(match):
            kind = PUBLICATION_KEYWORDS[match.group("keyword").lower()]
            found.append(PublishedLine(day, line.start, line.end, kind))
    if BYLINE.fullmatch(line.text) and (byline_date := _DATE.search(line.text)):
        if day := printed_date(byline_date):
            found.append(PublishedLine(day, line.start, line.end, "byline"))
    return found


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


def _date_line_places(layout: Layout) -> list[Line]:
    """The head (up to the second prose paragraph, so a date line under a
    one-sentence standfirst counts) and the end (after the last sentence, up to
    the page's own date lines that close the article)."""
    if layout.first_prose is None:
        return list(layout.lines)
    second_prose = next(
        (i for i in range(layout.first_prose + 1, layout.body_end) if layout.lines[i].kind == PROSE),
        layout.body_end,
    )
    tail_end = min(_end_of_date_block(layout) + 1, len(layout.lines))
    places = set(range(second_prose)) | set(range(layout.body_end, tail_end))
    return [layout.lines[i] for i in sorted(places)]


def find_published(text: str) -> PublishedLine | None:
    """The publication date the text prints about itself, or None when it prints none.

    text: the article as read, page furniture included (the date lines are
    furniture to clean_text, so search before cleaning).
    """
    layout = find_layout(text)
    found = [published for line in _date_line_places(layout) for published in _dates_on_line(line)]
    return min(found, key=lambda published: (KINDS.index(published.kind), published.start), default=None)
