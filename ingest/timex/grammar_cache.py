"""What the grammar costs to derive, kept on disk between runs.

Two things depend only on the grammar files and the code that reads them, yet take
most of the start-up of `dateline tag`: the rules' start keys (scan.py) and their
compiled regular expressions. Python compiles a regex in Python code (re._parser,
re._compiler) into a list of integer codes that its C matcher runs; those codes are
what is stored here, per Python version, and handed back to the matcher, which
validates them. Both are kept in the user's cache directory and read back while
nothing changed; so are the regexes the engine's helpers write in the lexicon's list
names (rules.lexicon_pattern), stored when the process ends. A missing, corrupt or
unwritable cache only costs that time: the keys and regexes are then derived as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import _sre
from re import _compiler as sre_compile
from re import _parser as sre_parse

Keys = frozenset[str] | None
_CODE_FILES = ("scan.py", "rules.py")  # the code that derives keys from the grammar
# The regex codes change with the Python that compiled them.
_PYTHON = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}".encode()).hexdigest()[:16]
_REGEXES = f"regexes-{_PYTHON}.json"


def cache_dir() -> Path:
    """$DATELINE_CACHE, else $XDG_CACHE_HOME/dateline, else ~/.cache/dateline."""
    if os.environ.get("DATELINE_CACHE"):
        return Path(os.environ["DATELINE_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dateline"


def cached_start_keys(patterns: Sequence[str], word_lists: str, compute: Callable[[], list[Keys]]) -> list[Keys]:
    """The keys `compute` gives for the rule patterns written with the word lists
    (their regexes, as one string), from the cache when an earlier run stored them."""
    name = f"start-keys-{_digest(patterns, word_lists)}.json"
    stored = _read(name)
    if isinstance(stored, list) and len(stored) == len(patterns) \
            and all(keys is None or isinstance(keys, list) for keys in stored):
        return [None if keys is None else frozenset(keys) for keys in stored]
    keys = compute()
    _store(name, "start-keys-*.json", [None if found is None else sorted(found) for found in keys])
    return keys


class RegexCache:
    """Compiles regexes, reusing the codes an earlier run stored; save() stores the
    codes of every regex compiled through it, when any was new. A cache of regexes
    compiled as they are first needed keeps those stored too (keep_stored): one run
    may not need them all. Its name then tells one grammar's from another's."""

    def __init__(self, name: str = _REGEXES, keep_stored: bool = False) -> None:
        self._name, self._keep_stored = name, keep_stored
        self._stored: dict[str, list] | None = None
        self._used: dict[str, list] = {}
        self._new = False

    def compile(self, source: str, flags: int) -> re.Pattern:
        """re.compile(source, flags), raising re.error as it does."""
        key = f"{flags}:{source}"
        program = self._stored_programs().get(key)
        if program is not None:
            try:
                compiled = _compiled(source, program)
                self._used[key] = program
                return compiled
            except (TypeError, ValueError, RuntimeError, IndexError):  # not codes this Python can run
                pass
        program = _program(source, flags)
        self._used[key], self._new = program, True
        return _compiled(source, program)

    def save(self) -> None:
        if self._new:
            kept = {**self._stored_programs(), **self._used} if self._keep_stored else self._used
            _store(self._name, self._name.split("-")[0] + "-*.json", kept)
            self._new = False

    def _stored_programs(self) -> dict[str, list]:
        if self._stored is None:
            stored = _read(self._name)
            self._stored = stored if isinstance(stored, dict) else {}
        return self._stored


def _program(source: str, flags: int) -> list:
    """What re._compiler.compile hands to the C matcher: flags, codes, group count and names."""
    tree = sre_parse.parse(source, flags)
    index_to_group = [None] * tree.state.groups
    for name, index in tree.state.groupdict.items():
        index_to_group[index] = name
    return [flags | tree.state.flags, sre_compile._code(tree, flags), tree.state.groups - 1,
            tree.state.groupdict, index_to_group]


def _compiled(source: str, program: list) -> re.Pattern:
    """The regex the C matcher makes of a program (_program's list)."""
    flags, code, groups, group_index, index_to_group = program
    return _sre.compile(source, flags, code, groups, group_index, tuple(index_to_group))


def lexicon_regexes_name(lexicon_text: str) -> str:
    """The cache file of the regexes written in one lexicon's list names, for this Python."""
    whole = hashlib.sha256(f"{_PYTHON}|{lexicon_text}".encode())
    for code in _CODE_FILES:
        whole.update(Path(__file__).with_name(code).read_bytes())
    return f"lexicon-patterns-{whole.hexdigest()[:24]}.json"


def _digest(patterns: Sequence[str], word_lists: str) -> str:
    """A hash of the grammar and of the code that derives keys from it."""
    whole = hashlib.sha256()
    for code in _CODE_FILES:
        whole.update(Path(__file__).with_name(code).read_bytes())
    for text in (word_lists, *patterns):
        whole.update(text.encode("utf-8") + b"\0")
    return whole.hexdigest()[:24]


def _read(name: str) -> object | None:
    """The JSON stored as `name` in the cache directory; None when missing or unreadable."""
    try:
        return json.loads((cache_dir() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError, RuntimeError):  # RuntimeError: no home directory
        return None


def _store(name: str, stale: str, data: object) -> None:
    """Write `name` atomically (another process may be reading) in place of the files of
    earlier grammars or Pythons (glob `stale`); give up quietly if the disk says no."""
    try:
        path = cache_dir() / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(stale):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(out.name, path)
    except (OSError, RuntimeError):  # RuntimeError: no home directory
        pass
