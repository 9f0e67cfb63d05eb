"""Page furniture: keep the article prose of a scraped page, drop what the page
put around it (badges, share bars, teasers, comment widgets, sidebars).

The text is read line by line. Each line gets a kind from its shape (is it a
sentence? Title Case? a date stamp?) and from the generic vocabulary in
furniture.toml. Then the layout is found: the article's body starts at the first
prose line (past a standfirst over the page's date lines), and it ends at the
first end marker ("Read more:", "Published in X, DATE", "Reporting by ...", a
copyright notice, a date stamp, ...) followed by mostly non-prose, unless it is
a promotion box after which the article's prose resumes. clean_text() keeps,
above the body, the headline with its standfirst, and in the body its prose and
other text lines (subheads, short sentences, list items), less the boxes a page
inserts in it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from importlib import resources

from .timex.rules import default_grammar

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
_HEADLINE_MIN_WORDS = _VOCABULARY["prose"]["headline_min_words"]
_MASTHEAD_MAX_WORDS = _VOCABULARY["prose"]["masthead_max_words"]
_PHRASE_LINE_MAX_WORDS = _VOCABULARY["prose"]["phrase_line_max_words"]
_LABEL = _whole_line(_VOCABULARY["furniture"]["labels"])
_INTRODUCER = _whole_line(_VOCABULARY["furniture"]["introducers"])
_FURNITURE_PHRASE = re.compile(_alternation(_VOCABULARY["furniture"]["phrases"]), re.IGNORECASE)
_MARKER_TAIL = rf"(?:\s*[{re.escape(_VOCABULARY['end']['separators'])}].*)?"
_MARKERS = _VOCABULARY["end"]["markers"] + _VOCABULARY["end"]["promos"]
_END_MARKER = _whole_line(_MARKERS, _MARKER_TAIL)
_PROMO = _whole_line(_VOCABULARY["end"]["promos"], _MARKER_TAIL)
_LIST_HEADER = _whole_line(_MARKERS, r"\s*:?")
_SIGN_OFF = re.compile(_alternation(_VOCABULARY["end"]["sign_offs"]), re.IGNORECASE)
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
# Month and weekday names are the date engine's, so both stages read dates alike.
_DATE_WORDS = default_grammar().lexicon.lists
_MONTH_NUMBERS = {form.rstrip("."): number for form, number in _DATE_WORDS["month"].forms.items()}
_MONTH = _alternation(list(_MONTH_NUMBERS))
WEEKDAY = _alternation(list({form.rstrip(".") for form in _DATE_WORDS["weekday"].forms}))
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
PRINTED_DATE = (
    rf"\b(?:(?P<mdy_month>{_MONTH})\.?\s+(?P<mdy_day>{_DAY}),?\s+(?P<mdy_year>\d{{4}})"
    rf"|(?P<dmy_day>{_DAY})\s+(?:of\s+)?(?P<dmy_month>{_MONTH})\.?,?\s+(?P<dmy_year>\d{{4}})"
    rf"|(?P<iso_year>\d{{4}})-(?P<iso_month>\d{{2}})-(?P<iso_day>\d{{2}}))(?!\d)"
)
# An item of a list or a timeline: "• Freight on Tuesdays", "Oct. 28: Storm Hits Coast".
_LIST_ITEM = re.compile(
    rf"[•▪◦*–—-]\s"
    rf"|(?:(?:(?:{_MONTH})\.?\s+{_DAY}|{_DAY}\s+(?:{_MONTH})\.?)(?:,?\s+\d{{4}})?|\d{{4}})\s*[:–—-]\s",
    re.IGNORECASE,
)
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
_DATE_STAMP = re.compile(
    rf"(?:(?:{WEEKDAY})\.?,?\s+)?{PRINTED_DATE}(?:,?\s+(?:at\s+)?{_TIME}|T[\d:.+Z-]+)?"
    rf"|(?:\d+|an?)\s*(?:{_alternation(_VOCABULARY['dates']['ago_units'])})s?\.?\s+ago",
    re.IGNORECASE,
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

    first_prose: the body's first prose line (None when nothing reads as
    prose); a standfirst over the page's date lines is not the body.
    body_end: one past the article's last line of text.
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
    words = text.split()
    judged_by_phrase = len(words) <= _PHRASE_LINE_MAX_WORDS
    # An introducer ("Image caption") is a label too: kept as a headline, it would
    # turn the next kept line into its caption when the cleaned text is read again.
    is_label = _LABEL.fullmatch(text) or _INTRODUCER.fullmatch(text)
    if (judged_by_phrase and _FURNITURE_PHRASE.search(text)) or is_label:
        return FURNITURE
    if judged_by_phrase and _SIGN_OFF.search(text):
        return END_MARKER
    share = _lowercase_share(words)
    if ends_sentence(text) and len(words) >= _MIN_WORDS and share >= _MIN_LOWERCASE_SHARE:
        return PROSE
    if _PUBLICATION_LINE.match(text):
        return PUBLICATION
    if BYLINE.fullmatch(text) and not ends_sentence(text):
        return FURNITURE
    if _DATE_STAMP.fullmatch(text):
        return DATE_STAMP
    if _END_MARKER.fullmatch(text):
        return END_MARKER
    # A closing quote does not make a sentence of a Title Case line: teasers quote
    # too. A list or timeline item names things ("• Monday, Wednesday and Friday").
    title_case = share < _MIN_LOWERCASE_SHARE and not _TERMINAL_PUNCTUATION.search(text)
    if title_case and not _LIST_ITEM.match(text):
        return HEADING
    return OTHER


def split_lines(text: str) -> list[Line]:
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().index(stripped)
            introduced = bool(lines) and _INTRODUCER.fullmatch(lines[-1].text)
            kind = FURNITURE if introduced else classify(stripped)
            lines.append(Line(stripped, start, start + len(stripped), kind))
    return lines


def _counts_against_prose(line: Line) -> bool:
    """Text that is not the article's: other lines that are not prose, and the
    header of a list ("Most Popular"). Known furniture, one-line promos ("READ
    MORE: <headline>") and sign-offs are left out: pages sprinkle them through
    the body as well as after it."""
    if line.kind == END_MARKER:
        return bool(_LIST_HEADER.fullmatch(line.text))
    return line.kind not in (PROSE, FURNITURE)


def _mostly_non_prose(lines: tuple[Line, ...]) -> bool:
    prose = sum(line.kind == PROSE for line in lines)
    return prose <= sum(_counts_against_prose(line) for line in lines)


def _next_prose(lines: tuple[Line, ...], start: int) -> int | None:
    return next((i for i in range(start, len(lines)) if lines[i].kind == PROSE), None)


def _first_body_prose(lines: tuple[Line, ...]) -> int | None:
    """The first prose line, or the one after it when the first is a standfirst:
    a sentence under the headline followed by the page's date lines (with
    bylines, author names, credits) before the body starts."""
    first = _next_prose(lines, 0)
    following = _next_prose(lines, first + 1) if first is not None else None
    if following is None:
        return first
    between = [line.kind for line in lines[first + 1 : following]]
    date_block = {PUBLICATION, DATE_STAMP} & set(between) and set(between) <= {
        PUBLICATION, DATE_STAMP, FURNITURE, HEADING,
    }
    return following if date_block else first


def _is_inserted_box(lines: tuple[Line, ...], marker: int) -> bool:
    """A promotion box inside the article: its marker carries a teaser ("Also
    Read | <headline>") or heads teaser lines, and after them the article's
    prose resumes and runs, with nothing but furniture between its lines, to
    the next line that may end the article. Teasers with summaries alternate
    headlines and sentences instead."""
    if not _PROMO.fullmatch(lines[marker].text):
        return False
    resumes = next((i for i in range(marker + 1, len(lines)) if lines[i].kind in (PROSE, *ENDINGS)), len(lines))
    if resumes == len(lines) or lines[resumes].kind != PROSE:
        return False
    if resumes == marker + 1 and _LIST_HEADER.fullmatch(lines[marker].text):
        return False  # a list of sentence teasers under its header
    next_ending = next((i for i in range(resumes, len(lines)) if lines[i].kind in ENDINGS), len(lines))
    return all(line.kind in (PROSE, FURNITURE) for line in lines[resumes:next_ending])


def find_layout(text: str) -> Layout:
    lines = tuple(split_lines(text))
    first_prose = _first_body_prose(lines)
    if first_prose is None:
        return Layout(lines, None, len(lines), len(lines))
    end = next(
        (
            i
            for i in range(first_prose + 1, len(lines))
            if lines[i].kind in ENDINGS and _mostly_non_prose(lines[i + 1:]) and not _is_inserted_box(lines, i)
        ),
        len(lines),
    )
    # The article closes on its last line of text: furniture and headings just
    # above the end (a box's heading) go with what follows.
    body_end = end
    while body_end > first_prose + 1 and lines[body_end - 1].kind not in (PROSE, OTHER):
        body_end -= 1
    return Layout(lines, first_prose, body_end, end)


def _is_masthead(text: str) -> bool:
    """A site's name as pages print it over the headline: a few capitalised words."""
    words = text.split()
    return len(words) <= _MASTHEAD_MAX_WORDS and all(word[0].isupper() for word in words)


def _find_headline(lines: tuple[Line, ...]) -> int | None:
    """The first text line long enough for a headline (shorter ones are section
    names, author names, menu items), passing over a masthead when a longer
    headline follows; else the first text line."""
    candidates = [i for i, line in enumerate(lines) if line.kind in (PROSE, OTHER, HEADING)]
    long_enough = [i for i in candidates if len(lines[i].text.split()) >= _HEADLINE_MIN_WORDS]
    if len(long_enough) > 1:
        first, following = (lines[i].text for i in long_enough[:2])
        if _is_masthead(first) and len(following.split()) > len(first.split()) and not ends_sentence(following):
            return long_enough[1]
    return (long_enough or candidates or [None])[0]


def _head_lines(head: tuple[Line, ...]) -> list[Line]:
    """The article's lines above its first prose line: the headline, the
    standfirst right under it (lines of prose length; further down such a line
    is a photo caption) and lines that end a sentence ("It was 4 a.m.")."""
    headline = _find_headline(head)
    if headline is None:
        return []
    kept = [head[headline]]
    under_headline = True
    for line in head[headline + 1:]:
        standfirst = under_headline and line.kind in (PROSE, OTHER) and len(line.text.split()) >= _MIN_WORDS
        if standfirst or (line.kind == OTHER and ends_sentence(line.text)):
            kept.append(line)
        else:
            under_headline = False
    return kept


def _body_lines(body: tuple[Line, ...]) -> list[Line]:
    """The article's lines from its first prose line on: prose and other text,
    less the boxes inserted in it ("Read more:" and its teasers)."""
    kept = []
    in_inserted_box = False
    for line in body:
        if line.kind == PROSE:
            in_inserted_box = False
        elif line.kind == END_MARKER:
            in_inserted_box = True
        if not in_inserted_box and line.kind in (PROSE, OTHER):
            kept.append(line)
    return kept


def _article_lines(layout: Layout) -> list[Line]:
    lines = layout.lines
    if layout.first_prose is None:
        # No prose at all: the headline and every other text line are all there is.
        headline = _find_headline(lines)
        return [line for index, line in enumerate(lines) if line.kind == OTHER or index == headline]
    return _head_lines(lines[: layout.first_prose]) + _body_lines(lines[layout.first_prose : layout.body_end])


def clean_text(text: str) -> str:
    """The article prose of a scraped page: its headline and body paragraphs,
    one kept line per paragraph joined with blank lines, each line unchanged."""
    return "\n\n".join(line.text for line in _article_lines(find_layout(text)))
