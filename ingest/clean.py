"""Page furniture: keep the article prose of a scraped page, drop what the page
put around it (badges, share bars, teasers, comment widgets, sidebars).

The text is read line by line. Each line gets a kind from its shape (is it a
sentence? Title Case? a date stamp?) and from the generic vocabulary in
furniture.toml. Then the layout is found: the article starts at the headline,
its body at the first prose line, and it ends at the first end marker ("Read
more:", "Published in X, DATE", a date stamp, ...) that is followed by mostly
non-prose. clean_text() keeps the headline and the body's prose.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from importlib import resources

# Line kinds.
PROSE = "prose"  # a sentence-like line
OTHER = "other"  # short or unpunctuated text that may belong to the article (subheads, quotes)
HEADING = "heading"  # Title Case line without a sentence ending: headlines and teasers
FURNITURE = "furniture"  # badges, share bars, bylines, calls to action
PUBLICATION = "publication"  # the page's own date line: "Published: ...", "Updated ..."
DATE_STAMP = "date_stamp"  # a line that is only a date, as sidebars print them
END_MARKER = "end_marker"  # "Read more:", "Comments", "Opinion", copyright notices

# Kinds of line that may end the article.
ENDINGS = (END_MARKER, PUBLICATION, DATE_STAMP)

_VOCABULARY = tomllib.loads(resources.files("ingest").joinpath("furniture.toml").read_text("utf-8"))


def _alternation(patterns: list[str]) -> str:
    # Longest first, so "last updated" is tried before "updated".
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


def _whole_line(patterns: list[str], tail: str = "") -> re.Pattern:
    return re.compile(rf"(?:{_alternation(patterns)}){tail}", re.IGNORECASE)


_MIN_WORDS = _VOCABULARY["prose"]["min_words"]
_MIN_LOWERCASE_SHARE = _VOCABULARY["prose"]["min_lowercase_share"]
_LABEL = _whole_line(_VOCABULARY["furniture"]["labels"])
_CALL_TO_ACTION = re.compile(_alternation(_VOCABULARY["furniture"]["calls_to_action"]), re.IGNORECASE)
_END_MARKER = _whole_line(
    _VOCABULARY["end"]["markers"], rf"(?:\s*[{re.escape(_VOCABULARY['end']['separators'])}].*)?"
)
_NOTICE = _whole_line(_VOCABULARY["end"]["notices"])
PUBLICATION_KEYWORDS = {
    keyword: kind for kind in ("published", "updated") for keyword in _VOCABULARY["publication"][kind]
}
PUBLICATION_KEYWORD = rf"\b(?P<keyword>{_alternation(list(PUBLICATION_KEYWORDS))})\b"
_PUBLICATION_LINE = re.compile(PUBLICATION_KEYWORD, re.IGNORECASE)
# A byline: "By" and a capitalised name, then perhaps "| date" or ", agency".
_NAME_WORD = rf"(?:[A-Z][\w.'’-]*|{_alternation(_VOCABULARY['furniture']['name_particles'])})"
BYLINE = re.compile(rf"By\s+[A-Z][\w.'’-]*(?:\s+{_NAME_WORD})*(?:\s*[,|·•–—-].*)?")
_TERMINAL_PUNCTUATION = re.compile(r"[.!?…][\"'”’»)\]]*$")
_CLOSING_QUOTE = re.compile(r"[\"'”’»]$")

# Printed dates with day, month and year: "November 3rd, 2021", "3 Nov. 2021",
# "04 Mar, 2025", "2021-11-03". Group names carry the order (mdy, dmy, iso).
_MONTH_NUMBERS = {
    name: number for number, names in enumerate(_VOCABULARY["dates"]["months"], 1) for name in names
}
_MONTH = _alternation(list(_MONTH_NUMBERS))
WEEKDAY = _alternation(_VOCABULARY["dates"]["weekdays"])
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
PRINTED_DATE = (
    rf"\b(?:(?P<mdy_month>{_MONTH})\.?\s+(?P<mdy_day>{_DAY}),?\s+(?P<mdy_year>\d{{4}})"
    rf"|(?P<dmy_day>{_DAY})\s+(?:of\s+)?(?P<dmy_month>{_MONTH})\.?,?\s+(?P<dmy_year>\d{{4}})"
    rf"|(?P<iso_year>\d{{4}})-(?P<iso_month>\d{{2}})-(?P<iso_day>\d{{2}}))(?!\d)"
)
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
_DATE_STAMP = re.compile(
    rf"(?:(?:{WEEKDAY})\.?,?\s+)?{PRINTED_DATE}(?:,?\s+(?:at\s+)?{_TIME}|T[\d:.+Z-]+)?", re.IGNORECASE
)


def printed_date(match: re.Match) -> date | None:
    """The date a PRINTED_DATE match names, or None when it is no calendar day (Feb 30)."""
    for order in ("mdy", "dmy", "iso"):
        if match.group(f"{order}_year"):
            month = match.group(f"{order}_month").lower()
            day = re.match(r"\d+", match.group(f"{order}_day")).group()
            try:
                return date(
                    int(match.group(f"{order}_year")),
                    int(month) if month.isdigit() else _MONTH_NUMBERS[month],
                    int(day),
                )
            except ValueError:
                return None
    return None


@dataclass(frozen=True)
class Line:
    """One non-blank line of the text, spaces trimmed, with its offsets."""

    text: str
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Layout:
    """Where the article sits among the lines of a page (indexes into lines).

    first_prose: the first prose line (None when nothing reads as prose).
    body_end: one past the article's last sentence.
    end: the end marker that closes the article, or len(lines) when none does.
    """

    lines: tuple[Line, ...]
    first_prose: int | None
    body_end: int
    end: int


def ends_sentence(text: str) -> bool:
    """Ends like a sentence: terminal punctuation, or a closing quote (quoted speech)."""
    return bool(_TERMINAL_PUNCTUATION.search(text) or _CLOSING_QUOTE.search(text))


def _lowercase_share(words: list[str]) -> float:
    initials = [match.group() for word in words if (match := re.search(r"[^\W_]", word))]
    if not initials:
        return 0.0
    return sum(initial.islower() for initial in initials) / len(initials)


def classify(text: str) -> str:
    """The kind of one trimmed line, from its shape and the furniture vocabulary."""
    if not re.search(r"[^\W_]", text):
        return FURNITURE  # punctuation only, like ", , , ,"
    if _CALL_TO_ACTION.search(text) or _LABEL.fullmatch(text):
        return FURNITURE
    words = text.split()
    share = _lowercase_share(words)
    if ends_sentence(text) and len(words) >= _MIN_WORDS and share >= _MIN_LOWERCASE_SHARE:
        return PROSE
    if _PUBLICATION_LINE.match(text):
        return PUBLICATION
    if BYLINE.fullmatch(text) and not ends_sentence(text):
        return FURNITURE
    if _DATE_STAMP.fullmatch(text):
        return DATE_STAMP
    if _END_MARKER.fullmatch(text) or _NOTICE.fullmatch(text):
        return END_MARKER
    # A closing quote does not make a sentence of a Title Case line: teasers quote too.
    if share < _MIN_LOWERCASE_SHARE and not _TERMINAL_PUNCTUATION.search(text):
        return HEADING
    return OTHER


def split_lines(text: str) -> list[Line]:
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().index(stripped)
            lines.append(Line(stripped, start, start + len(stripped), classify(stripped)))
    return lines


def _mostly_non_prose(lines: tuple[Line, ...]) -> bool:
    return sum(line.kind == PROSE for line in lines) * 2 <= len(lines)


def _closes_article(line: Line, before_end_marker: bool) -> bool:
    return line.kind in (PROSE, OTHER) and (ends_sentence(line.text) or not before_end_marker)


def find_layout(text: str) -> Layout:
    lines = tuple(split_lines(text))
    first_prose = next((i for i, line in enumerate(lines) if line.kind == PROSE), None)
    if first_prose is None:
        return Layout(lines, None, len(lines), len(lines))
    end = next(
        (
            i
            for i in range(first_prose + 1, len(lines))
            if lines[i].kind in ENDINGS and _mostly_non_prose(lines[i + 1:])
        ),
        len(lines),
    )
    # Lines just above an end marker that close no sentence (a box's heading)
    # introduce the furniture; with no end marker only furniture is trimmed, so
    # a closing table of figures stays with the article.
    body_end = end
    while body_end > first_prose + 1 and not _closes_article(lines[body_end - 1], end < len(lines)):
        body_end -= 1
    return Layout(lines, first_prose, body_end, end)


def _article_lines(layout: Layout) -> list[Line]:
    lines = layout.lines
    headline = next((i for i, line in enumerate(lines) if line.kind in (PROSE, OTHER, HEADING)), None)
    kept = []
    in_inserted_box = False
    for index, line in enumerate(lines[: layout.body_end]):
        if line.kind == PROSE:
            in_inserted_box = False
        elif line.kind == END_MARKER and layout.first_prose is not None and index > layout.first_prose:
            in_inserted_box = True  # a "Read more:" box inside the article: drop it and its teasers
        if not in_inserted_box and (line.kind in (PROSE, OTHER) or index == headline):
            kept.append(line)
    return kept


def clean_text(text: str) -> str:
    """The article prose of a scraped page: its headline and body paragraphs,
    one kept line per paragraph joined with blank lines, each line unchanged."""
    return "\n\n".join(line.text for line in _article_lines(find_layout(text)))
