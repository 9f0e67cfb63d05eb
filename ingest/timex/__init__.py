"""The date engine: find temporal expressions in English news and normalise
them to TimeML TIMEX3 values with an inclusive day range.

    >>> from datetime import date
    >>> from ingest.timex import Settings, tag
    >>> [t.value for t in tag("The army officer was killed last week.", Settings(dct=date(2021, 11, 1)))]
    ['2021-W43']

The grammar is data (lexicon.toml, rules/*.toml) that rules.py compiles;
engine.py applies it, meaning.py turns each match into what it states, and
resolve.py anchors that to the publication date or the last mentioned one;
stretch.py joins the two ends of a stretch ("Nov. 18-20") into one dating.
"""

from .model import Settings, Timex
from .engine import tag
from .stretch import join_stretches

__all__ = ["Settings", "Timex", "join_stretches", "tag"]
