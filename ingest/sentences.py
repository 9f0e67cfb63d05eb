"""Sentence boundaries, shared by the date engine (tense) and event building."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

# Abbreviations whose trailing period does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "rep", "sen",
    "gov", "pres", "prof", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co",
    "ltd", "u.s", "u.n", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "a.m", "p.m", "e.g", "i.e", "approx", "est",
}

# A clock's "a.m."/"p.m." ends the sentence when a word that only opens one follows:
# "posted at 7 p.m. A meeting ..." ("7 p.m. Tuesday" and "7 p.m. ET" go on).
_CLOCK_ABBREVIATIONS = {"a.m", "p.m"}
_SENTENCE_OPENER = re.compile(r"\s+[\"“]?(?:A|An|The|It|He|She|They|We|I|This|There|Its|His|Her|Their)\b")

_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\S)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in text, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith(".") and _ends_with_abbreviation(text, match.start()) \
                and not _clock_then_new_sentence(text, match.start()):
            continue
        _append_trimmed(spans, text, start, match.end())
        start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


class Sentences:
    """The sentences of one text (split_sentences) and the one holding any position."""

    def __init__(self, text: str):
        self.spans = split_sentences(text)
        self.starts = [start for start, _ in self.spans]
        self._text_length = len(text)

    def index_of(self, position: int) -> int:
        """The number of the sentence holding `position`, or of the last before it; -1 before the first."""
        return bisect.bisect_right(self.starts, position) - 1

    def around(self, position: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding `position`; the whole text before the first."""
        index = self.index_of(position)
        return self.spans[index] if index >= 0 else (0, self._text_length)


@lru_cache(maxsize=2)
def sentences_of(text: str) -> Sentences:
    """The sentences of `text`, split once however many readers ask (the engine and its helpers)."""
    return Sentences(text)


def _ends_with_abbreviation(text: str, period: int) -> bool:
    word = re.search(r"([\w.]+)$", text[max(0, period - 12):period])
    if not word:
        return False
    token = word.group(1).lower()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _clock_then_new_sentence(text: str, period: int) -> bool:
    return text[max(0, period - 3):period].lower() in _CLOCK_ABBREVIATIONS \
        and _SENTENCE_OPENER.match(text, period + 1) is not None


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
