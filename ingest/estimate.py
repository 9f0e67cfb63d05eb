"""When was an undated document probably published? A window read from its content (pure).

An article is published after the happenings it reports, and news reports them soon after.
So for a document with no known publication date:

- start: the latest first day among the happenings it reports, from its own absolute dates
  ("on 3 Nov 2021") and, for a happening it shares with dated sources, the dating the
  merged event settles on (a vague "in November" of ours, told as "on November 3"
  elsewhere, counts as November 3). Forecasts are not happenings: an article may
  announce something years ahead.
  A happening it tells of without a date it can resolve ("Kahl said recently", "officers
  are now joining") is shared with a dated report when their readings share at least
  UNDATED_EVIDENCE points (merge.evidence; the most any dating needs, as there is no date
  to agree on).
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
from .events import dates_a_happening
from .merge import REQUIRED_EVIDENCE, Commonness, Reading, evidence, merge_events, reading_of

# News reports a happening within about a week of it.
REPORTING_DAYS = 7
# A happening dated more vaguely than this says too little about when the article appeared.
LONGEST_USEFUL_RANGE_DAYS = 31

ESTIMATE_ANCHOR = "estimate"

# A happening told without a date must share as much with a dated report as the
# vaguest dating needs to merge.
UNDATED_EVIDENCE = REQUIRED_EVIDENCE[-1][1]


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
    # Dates that depend on an estimate are no evidence, so estimates never feed themselves;
    # what such a mention says still is (below, as if undated).
    reports = [m for m in mentions if m["kind"] != FORECAST]
    dated = [m for m in reports if dates_a_happening(m) and m["anchor"] != ESTIMATE_ANCHOR]
    events, event_of = merge_events(dated, documents)
    sources: dict[str, set[str]] = {}
    for mention in dated:
        sources.setdefault(event_of[mention["id"]], set()).add(mention["document_id"])
    dated_events = {
        event["id"]: (event["date_start"], event["date_end"])
        for event in events
        if any(documents[document_id].get("published") for document_id in sources[event["id"]])
    }
    happenings: dict[str, list[tuple[str, str]]] = {
        document_id: [] for document_id, document in documents.items() if not document.get("published")
    }
    for mention in dated:
        if mention["document_id"] in happenings:
            shared = dated_events.get(event_of[mention["id"]])
            happenings[mention["document_id"]].append(shared or (mention["date_start"], mention["date_end"]))
    # What an undated mention could share: the reports of events dated by a dated source.
    published_reports = [m for m in dated if event_of[m["id"]] in dated_events
                         and documents[m["document_id"]].get("published")]
    undated = [m for m in reports if m["document_id"] in happenings and m["id"] not in event_of]
    commonness = Commonness.of([_reading_without_date(m) for m in reports])
    read_reports = [(report, reading_of(report)) for report in published_reports]
    for mention in undated:
        shared = shared_happening(_reading_without_date(mention), read_reports, commonness)
        if shared is not None:
            happenings[mention["document_id"]].append(dated_events[event_of[shared["id"]]])
    return {document_id: window_after(days) for document_id, days in happenings.items()}


def shared_happening(undated: Reading, dated_reports: list[tuple[dict, Reading]],
                     commonness: Commonness) -> dict | None:
    """The dated report (given with its reading) telling the happening an undated mention
    tells of: the one whose reading shares the most evidence with it, at least
    UNDATED_EVIDENCE; None if none. Evidence never looks at the dates."""
    best, best_score = None, UNDATED_EVIDENCE
    for report, reading in dated_reports:
        score = evidence(undated, reading, commonness)
        if score > best_score or (score == best_score and best is None):
            best, best_score = report, score
    return best


# Dates play no part in what two readings share; a reading needs one all the same.
_ANY_DATING = {"value": None, "date_start": "0001-01-01", "date_end": "0001-01-01"}


def _reading_without_date(mention: dict) -> Reading:
    """The mention as merging reads it, with a stand-in dating (it may have none)."""
    return reading_of({**mention, **_ANY_DATING})


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
