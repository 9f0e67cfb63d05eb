"""Where in a text each rule can match, found in one pass instead of one per rule.

Running every rule's regex over the whole text costs a regex step per rule per
character. Instead the loader reads, from each rule's pattern as the regex
parser sees it, the first few characters any match must begin with (its start
keys: "last w", "jan. 0", "the pa"); tag() finds where keys occur in one scan of
the text and tries each rule only there, with the rule's own regex, so the
matches are exactly those of running it everywhere. Nothing is declared by hand:
a new rule is indexed as soon as it is written.

Keys are written in a canonical alphabet that never separates what the regex
engine would match: lower case (under IGNORECASE "K" and the Kelvin sign are
"k"), every digit "0", every whitespace " ", an accented Latin letter its ASCII
base ("Día" is "dia"). Where a pattern allows something the alphabet cannot spell
(a negated class, "\\w", another non-ASCII letter) the key ends there: it stays a
prefix of every match, only a less selective one.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from re import _constants as sre
from re import _parser as sre_parse

KEY_LENGTH = 6  # longer keys tell rules apart better ("the past" / "the end") but index more strings
_MAX_KEYS = 2_000  # prefixes a pattern part may spell out before its keys stop there
_MAX_SHORT_KEYS = 20  # see _broad
_HEAD_LENGTH = 4  # characters of a key the text scan checks itself; the rest is a dict lookup
_SPACE, _DIGIT = re.compile(r"\s"), re.compile(r"\d")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)

# A set of (prefix, closed): closed when nothing more can be said of what follows.
Prefixes = set[tuple[str, bool]] | frozenset[tuple[str, bool]]
_EMPTY: Prefixes = frozenset({("", False)})
_ANYTHING: Prefixes = frozenset({("", True)})


def ascii_equivalent(char: str) -> str:
    """The ASCII letter IGNORECASE matches `char` to ("ſ" is "s", the Kelvin sign "k"), else `char`."""
    if char.isascii():
        return char
    return next((letter for letter in string.ascii_lowercase if re.fullmatch(letter, char, re.IGNORECASE)), char)


def _latin_base(char: str) -> str | None:
    """The ASCII letter an accented Latin letter is written on ("í" and "Í" are "i"), else
    None. Whatever IGNORECASE matches such a letter to is written on the same one (the
    Angstrom sign is "Å"), so the base may stand for them all."""
    if not ("\u00c0" <= char <= "\u024f" or char == "\u212b"):
        return None
    base = unicodedata.normalize("NFD", char)[0]
    return base.lower() if base.isascii() and base.isalpha() else None


def canonical_char(char: str) -> str:
    """The one character that stands for `char` and all it matches case-insensitively."""
    if _SPACE.match(char):
        return " "
    if _DIGIT.match(char):
        return "0"
    folded = ascii_equivalent(char)
    return folded.lower() if folded.isascii() else _latin_base(folded) or folded


class _TranslationTable(dict):
    """A str.translate table that maps each character on first sight."""

    def __init__(self, mapping: Callable[[str], str]):
        super().__init__()
        self._mapping = mapping

    def __missing__(self, code: int) -> str:
        self[code] = self._mapping(chr(code))
        return self[code]


ASCII_EQUIVALENTS = _TranslationTable(ascii_equivalent)
_CANONICAL = _TranslationTable(canonical_char)


def canonical(text: str) -> str:
    """`text` in the key alphabet, character for character (offsets are kept)."""
    return text.translate(_CANONICAL)


def start_keys(pattern: str, flags: int, stand_ins: Mapping[str, str] | None = None) -> frozenset[str] | None:
    """Keys (canonical strings of at most KEY_LENGTH characters) one of which begins
    every match of `pattern`; None when a match may begin with anything or be empty.

    A character of `stand_ins` in the pattern stands for the sub-pattern it maps
    to, which is read once however many patterns share it (a lexicon list)."""
    prefixes = _sequence(list(sre_parse.parse(pattern, flags)), _Reading(flags, stand_ins or {}))
    if any(prefix == "" for prefix, _ in prefixes):
        return None
    return frozenset(prefix for prefix, _ in prefixes)


@dataclass(frozen=True)
class _Reading:
    """How a pattern is being read: its flags and what stands for what."""

    flags: int
    stand_ins: Mapping[str, str]

    def stand_in(self, char: str) -> Prefixes:
        return _sub_pattern(self.stand_ins[char], self.flags)


@lru_cache(maxsize=None)
def _sub_pattern(pattern: str, flags: int) -> Prefixes:
    return _sequence(list(sre_parse.parse(pattern, flags)), _Reading(flags, {}))


def _sequence(items: list, reading: _Reading) -> Prefixes:
    prefixes = _EMPTY
    for op, argument in items:
        if all(closed for _, closed in prefixes):
            break
        prefixes = _concatenate(prefixes, _item(op, argument, reading))
    return prefixes


def _concatenate(heads: Prefixes, tails: Prefixes) -> Prefixes:
    """Each head followed by each tail. Where that would make more than _MAX_KEYS, the
    tails are cut shorter first: "[a-z]+" spells every word, so a key stops at its start."""
    if tails == _EMPTY or heads == _EMPTY:
        return heads if tails == _EMPTY else tails
    open_heads = sum(not closed for _, closed in heads)
    room = max(len(tail) for tail, _ in tails)
    while room > 0 and open_heads * len(tails) > _MAX_KEYS:
        room -= 1
        tails = {(tail[:room], closed or len(tail) > room) for tail, closed in tails}
    joined: Prefixes = set()
    for head, closed in heads:
        if closed:
            joined.add((head, True))
            continue
        for tail, tail_closed in tails:
            whole = head + tail
            joined.add((whole[:KEY_LENGTH], tail_closed or len(whole) >= KEY_LENGTH))
    return joined


def _item(op, argument, reading: _Reading) -> Prefixes:
    if op is sre.LITERAL and chr(argument) in reading.stand_ins:
        return reading.stand_in(chr(argument))
    if op is sre.LITERAL:
        char = _literal(chr(argument))
        return _ANYTHING if char is None else {(char, False)}
    if op is sre.IN:
        chars = _class(argument)
        return _ANYTHING if chars is None else {(char, False) for char in chars}
    if op is sre.BRANCH:
        return set().union(*(_sequence(list(branch), reading) for branch in argument[1]))
    if op is sre.SUBPATTERN:
        return _sequence(list(argument[3]), reading)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(argument), reading)
    if op in _REPEATS:
        return _repeat(*argument, reading)
    if op in _ZERO_WIDTH:
        return _EMPTY  # ignoring a condition only lets more text through
    return _ANYTHING  # ANY, NOT_LITERAL, back references: no key goes past them


def _repeat(least: int, most: int, body, reading: _Reading) -> Prefixes:
    """A repeat's prefixes. Past KEY_LENGTH iterations nothing new can be spelled, so
    the count is capped there; a larger minimum is read as that many or more."""
    once = _sequence(list(body), reading)
    prefixes = _EMPTY
    for _ in range(min(least, KEY_LENGTH)):
        prefixes = _concatenate(prefixes, once)
    optional = once | _EMPTY
    extra = KEY_LENGTH if most is sre.MAXREPEAT or least > KEY_LENGTH else min(most - least, KEY_LENGTH)
    for _ in range(extra):
        prefixes = _concatenate(prefixes, optional)
    return prefixes


def _literal(char: str) -> str | None:
    """A pattern character in the key alphabet; None for a letter outside ASCII and its
    accented letters, which keys never spell (punctuation such as "–" or "’" has no case and stands for itself)."""
    if _SPACE.match(char) or _DIGIT.match(char) or char.isascii() or _caseless_mark(char) or _latin_base(char):
        return canonical_char(char)
    return None


def _caseless_mark(char: str) -> bool:
    """Punctuation or a symbol without case, which IGNORECASE matches only to itself."""
    return unicodedata.category(char)[0] in "PS" and char.lower() == char == char.upper()


def _class(items) -> set[str] | None:
    """The key characters of a character class; None if it reaches beyond them."""
    chars: set[str] = set()
    for op, argument in items:
        if op is sre.LITERAL:
            char = _literal(chr(argument))
            if char is None:
                return None
            chars.add(char)
        elif op is sre.RANGE and argument[1] < 128:
            chars.update(canonical_char(chr(code)) for code in range(argument[0], argument[1] + 1))
        elif op is sre.CATEGORY and argument is sre.CATEGORY_DIGIT:
            chars.add("0")
        elif op is sre.CATEGORY and argument is sre.CATEGORY_SPACE:
            chars.add(" ")
        else:
            return None
    return chars


def trie_regex(strings: Iterable[str], piece: Callable[[str], str] = re.escape) -> str:
    """A regex for any of `strings` that shares their prefixes, "sep(?:t(?:\\.|ember|)|)",
    so that the regex engine tries one branch per character, not one per string. A
    string is tried before those that are prefixes of it; `piece` writes a character."""
    ordered = sorted(set(strings))
    branches = [piece(first) + trie_regex([rest[1:] for rest in group], piece)
                for first, group in groupby((string for string in ordered if string), key=lambda string: string[0])]
    if not branches:
        return ""
    if ordered[0] == "":
        return f"(?:{'|'.join(branches)}|)"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _broad(keys: frozenset[str] | None) -> bool:
    """Whether keys begin nearly every word ("[A-Z][a-z]+ May" has every letter):
    such a pattern is cheaper run over the whole text than tried at each of them."""
    return keys is not None and sum(len(key) < 3 for key in keys) > _MAX_SHORT_KEYS


class StartIndex:
    """Each pattern's start keys, and the matches they let through."""

    def __init__(self, patterns: Sequence[re.Pattern], keys: Sequence[frozenset[str] | None], before: str):
        """`keys` are each pattern's start keys; `before` is the lookbehind the patterns open
        with: no match starts where it fails. A pattern that does not open with it, or has
        no keys, is run over the whole text."""
        self._patterns = patterns
        keys = [found if pattern.pattern.startswith(before) and not _broad(found) else None
                for pattern, found in zip(patterns, keys)]
        self._unindexed = {number for number, found in enumerate(keys) if found is None}
        self._by_key: dict[str, set[int]] = {}
        for number, found in enumerate(keys):
            for key in found or ():
                self._by_key.setdefault(key, set()).add(number)
        self._lengths = sorted({len(key) for key in self._by_key})
        heads = trie_regex(key[:_HEAD_LENGTH] for key in self._by_key) or "(?!)"
        self._starts = re.compile(f"{before}(?={heads})(?=(.{{1,{KEY_LENGTH}}}))", re.DOTALL)
        self._seen: dict[str, tuple[int, ...]] = {}

    def finditer(self, text: str) -> Iterator[tuple[int, re.Match]]:
        """(pattern number, match) for every match of every pattern, pattern by pattern,
        each exactly as its own finditer() would find them."""
        positions = self._positions(text)
        for number, pattern in enumerate(self._patterns):
            if number in self._unindexed:
                yield from ((number, match) for match in pattern.finditer(text))
                continue
            resume = 0  # finditer goes on where the last match ended
            for start in positions.get(number, ()):
                if start >= resume and (match := pattern.match(text, start)):
                    resume = match.end()  # never empty: every key has a character
                    yield number, match

    def _positions(self, text: str) -> dict[int, list[int]]:
        """pattern number -> the ascending positions of `text` where one of its keys occurs."""
        by_pattern: dict[int, list[int]] = {}
        for match in self._starts.finditer(canonical(text)):
            start = match.start()
            for number in self._patterns_at(match.group(1)):
                by_pattern.setdefault(number, []).append(start)
        return by_pattern

    def _patterns_at(self, text_key: str) -> tuple[int, ...]:
        found = self._seen.get(text_key)
        if found is None:
            numbers: set[int] = set()
            for length in self._lengths:
                numbers |= self._by_key.get(text_key[:length], set())
            found = self._seen[text_key] = tuple(sorted(numbers))
            if len(self._seen) > 100_000:  # a long run meets ever new keys; keep memory flat
                self._seen = {text_key: found}
        return found
