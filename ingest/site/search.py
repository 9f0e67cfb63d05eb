"""What a search box query means: every word typed is a prefix, as users expect
while typing ("harb" finds harbour), and nothing typed can break FTS5's syntax.

Datasette's own escape_fts quotes each word, so FTS5 reads a typed `foot*` as
the literal token "foot*" and finds nothing (datasette#2373); raw mode reads
`foot*` right but answers `"sea` or `AND` with a syntax error.
"""

from __future__ import annotations

import re

# A complete "quoted phrase", or a run of anything else up to whitespace.
_PHRASE_OR_WORD = re.compile(r'"([^"]*)"|(\S+)')
MATCH_NOTHING = '""'  # an empty phrase: valid FTS5 that matches no row
# FTS5 reads a query only up to a NUL; no control character is part of a word anyway.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def prefix_query(typed: str | None) -> str:
    """An FTS5 query for what was typed: each word a quoted prefix ("harb"*), a
    "quoted phrase" kept as that exact phrase, all of them required."""
    terms = []
    for phrase, word in _PHRASE_OR_WORD.findall(_CONTROL.sub(" ", typed or "")):
        if phrase.strip():
            terms.append(_quoted(phrase))
            continue
        word = word.replace('"', "").rstrip("*")
        if any(character.isalnum() for character in word):
            terms.append(_quoted(word) + "*")
    return " ".join(terms) or MATCH_NOTHING


def _quoted(text: str) -> str:
    # Inside double quotes FTS5 reads every character literally; no quote is left in text.
    return f'"{text}"'
