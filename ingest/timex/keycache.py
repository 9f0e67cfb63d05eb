"""The rules' start keys (scan.py), kept on disk between runs.

Reading every rule's keys out of its pattern takes about a sixth of a short
`dateline tag` run, and they depend only on the grammar files and the code that
reads them. So they are stored in the user's cache directory under a hash of
both, and read back while nothing changed. A missing, corrupt or unwritable
cache only costs that time: the keys are then computed as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from . import scan

Keys = frozenset[str] | None


def cache_dir() -> Path:
    """$DATELINE_CACHE, else $XDG_CACHE_HOME/dateline, else ~/.cache/dateline."""
    if os.environ.get("DATELINE_CACHE"):
        return Path(os.environ["DATELINE_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dateline"


def cached_start_keys(patterns: Sequence[str], word_lists: str, compute: Callable[[], list[Keys]]) -> list[Keys]:
    """The keys `compute` gives for the rule patterns written with the word lists
    (their regexes, as one string), from the cache when an earlier run stored them."""
    path = None
    try:
        path = cache_dir() / f"start-keys-{_digest(patterns, word_lists)}.json"
        stored = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(stored, list) and len(stored) == len(patterns):
            return [None if keys is None else frozenset(keys) for keys in stored]
    except (OSError, ValueError, TypeError, RuntimeError):  # RuntimeError: no home directory
        pass
    keys = compute()
    if path is not None:
        _store(path, [None if found is None else sorted(found) for found in keys])
    return keys


def _digest(patterns: Sequence[str], word_lists: str) -> str:
    """A hash of the grammar and of the code that derives keys from it."""
    whole = hashlib.sha256()
    for code in (scan.__file__, Path(__file__).with_name("rules.py")):
        whole.update(Path(code).read_bytes())
    for text in (word_lists, *patterns):
        whole.update(text.encode("utf-8") + b"\0")
    return whole.hexdigest()[:24]


def _store(path: Path, keys: list) -> None:
    """Write atomically (another process may be reading) in place of the keys of
    earlier grammars; give up quietly if the disk says no."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob("start-keys-*.json"):
            stale.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp", encoding="utf-8") as out:
            json.dump(keys, out)
        os.replace(out.name, path)
    except OSError:
        pass
