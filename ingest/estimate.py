"""When was an undated document probably published? A window read from its content (pure).

An article is published after the happenings it reports, and news reports them soon after.
So for a document with no known publication date:

- start: the latest first day among the happenings it reports, from its own absolute dates
  ("on 3 Nov 2021") and, for a happening it shares with dated sources, the dating the
  merged event settles on (a vague "in November" of ours, told as "on November 3"
  elsewhere, counts as November 3). Forecasts are not happenings: an article may
  announce something years ahead.
- end: that happening's last day plus REPORTING_DAYS.
- no window when that latest happening is dated more vaguely than a month ("in 1998"
  says the article is later than 1998, not when it appeared), or when it reports none.

The window is stored as documents.published_estimate_start/_end, never as published.
Relative dates are then resolved against both ends of it (analyze.resolve_against_window):
their range covers every day they could mean, and their mentions get anchor "estimate".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from .clauses import FORECAST
from .merge import merge_events

# News reports a happening within about a week of it.
REPORTING_DAYS = 7
# A happening dated more vaguely than this says too little about when the article appeared.
LONGEST_USEFUL_RANGE_DAYS = 31

ESTIMATE_ANCHOR = "estimate"


@dataclass(frozen=True)
class Window:
    """The days a document was probably published on (inclusive)."""

    start: date
    end: date

    @classmethod
    def of(cls, document: dict) -> Window | None:
        """The window stored on a documents row, None when it has none."""
        start, end = document.get("published_estimate_start"), document.get("published_estimate_end")
        return cls(date.fromisoformat(start), date.fromisoformat(end)) if start and end else None


def estimate_columns(window: Window | None) -> dict:
    """The documents columns that store a window (both NULL for none)."""
    return {
        "published_estimate_start": window.start.isoformat() if window else None,
        "published_estimate_end": window.end.isoformat() if window else None,
    }


def estimate_windows(mentions: Iterable[dict], documents: Mapping[str, dict]) -> dict[str, Window | None]:
    """For every document without a publication date, its estimated window (None when
    its content gives none). mentions: the candidate mentions rows of all documents."""
    # Only what does not itself depend on an estimate, so estimates never feed themselves.
    evidence = [m for m in mentions if m["anchor"] != ESTIMATE_ANCHOR and m["kind"] != FORECAST]
    events, event_of = merge_events(evidence, documents)
    sources: dict[str, set[str]] = {}
    for mention in evidence:
        sources.setdefault(event_of[mention["id"]], set()).add(mention["document_id"])
    dated_events = {
        event["id"]: (event["date_start"], event["date_end"])
        for event in events
        if any(documents[document_id].get("published") for document_id in sources[event["id"]])
    }
    happenings: dict[str, list[tuple[str, str]]] = {
        document_id: [] for document_id, document in documents.items() if not document.get("published")
    }
    for mention in evidence:
        if mention["document_id"] in happenings:
            shared = dated_events.get(event_of[mention["id"]])
            happenings[mention["document_id"]].append(shared or (mention["date_start"], mention["date_end"]))
    return {document_id: window_after(days) for document_id, days in happenings.items()}


def window_after(happenings: list[tuple[str, str]]) -> Window | None:
    """The window after the latest of these (first day, last day) ranges; see the module docstring."""
    if not happenings:
        return None
    start, end = max(happenings, key=lambda days: (days[0], -_length(days)))
    if _length((start, end)) > LONGEST_USEFUL_RANGE_DAYS:
        return None
    return Window(date.fromisoformat(start), date.fromisoformat(end) + timedelta(days=REPORTING_DAYS))


def _length(days: tuple[str, str]) -> int:
    start, end = days
    return (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
