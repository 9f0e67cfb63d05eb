"""One event per happening: cluster the dated mentions of all documents (pure functions).

Each candidate mention carries its source's reading of the clause around its date
(summary, kind, event_type, actors, places). Two mentions report the same happening
when their dates are compatible AND their readings share enough evidence; the date
alone never merges anything (one week holds many happenings).

- Dates are compatible when the day ranges overlap, or, across documents, lie within
  DATE_TOLERANCE_DAYS of each other (one source says Sunday, another Monday) and the
  two do not read different event types: a disagreement on the date is believed of
  sources that tell the same kind of happening, while a bid on Tuesday and a board's
  rejection on Thursday are two happenings. Within one document the ranges must
  overlap: a source does not disagree with itself.
- Evidence is scored from shared actors, shared places, the same event type, shared
  content words of the clause and, weighing less, of the rest of the sentence (see
  EVIDENCE): a clause read by a parser is short ("That army officer killed"), while
  its sentence still names the depot, the clash and the town. Across documents, the
  names both articles give anywhere in their dated clauses count too, at most as much as
  the same event type: "the strike began on March 3" is the walkout of the Vessholm
  dockworkers only because its article is about them (the story). Each shared name or
  word counts by its rarity among the documents (Commonness): "Taliban", in every
  report of a week of Afghan news, tells two reports apart less than "Gardez". A
  coarse dating ("in March", "in 2019") says less, so it needs more evidence
  (REQUIRED_EVIDENCE by range length).
- A forecast never merges with a happening (happened and ongoing may merge).
- Two mentions of one sentence with the same dating are one event (as before issue 4);
  two different datings in one sentence never are.

Clustering is deterministic and independent of ingest order: candidate links are taken
strongest first (ties by mention id) and two clusters join only if every pair across them
stays date- and kind-compatible, so a chain of weak links cannot drag a happening across
weeks. An event's id is a hash of its smallest member mention id.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from .clauses import FORECAST
from .event_types import OTHER as UNSPECIFIED_TYPE
from .events import calendar_buckets
from .geocode import Location, locate, name_key

# Two sources may date one happening this many days apart: "a week ago" in papers
# published on different days, one day late for a report from another time zone.
DATE_TOLERANCE_DAYS = 2

# Points each kind of shared evidence adds, and the most it may add in total.
EVIDENCE = {
    "actor": (2.0, 4.0),
    "place": (1.5, 3.0),
    "event_type": (1.5, 1.5),
    "clause_word": (0.5, 2.0),
    "sentence_word": (0.25, 2.0),
    "story_name": (1.0, 1.5),
}

# (longest range in days, evidence needed): a day or a week, a month, anything longer.
REQUIRED_EVIDENCE = [(7, 3.0), (31, 4.0), (None, 5.0)]

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Suffixes stripped so "breached", "breaches" and "breach" count as one content word.
_SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s")
_MIN_WORD_LENGTH = 3
# Words of attribution and of the calendar: every report has them, whatever happened.
_NOT_CONTENT = frozenset({"say", "said", "says", "tell", "told", "according", "add", "added",
                          "day", "days", "week", "weeks", "month", "months", "year", "years"})


@dataclass(frozen=True)
class Reading:
    """A candidate mention as merging sees it."""

    id: str
    document_id: str
    sentence: str  # two mentions with the same document and sentence text are in one sentence
    dating: tuple[str | None, date, date]  # value, first day, last day
    kind: str | None
    event_type: str | None
    actors: frozenset[str]
    places: frozenset[str]
    clause_words: frozenset[str]
    sentence_words: frozenset[str]  # the sentence's content words, without the date expression


def merge_events(mentions: Iterable[dict], documents: Mapping[str, dict]) -> tuple[list[dict], dict[str, str]]:
    """Events rows for the candidate mentions, and each mention's event id.

    mentions are mentions rows (actors/places as lists or JSON text) whose clause is
    set; documents maps document id -> documents row (publisher, published).
    """
    by_id = {row["id"]: row for row in mentions}
    events, event_of = [], {}
    for members in cluster([reading_of(row) for row in by_id.values()]):
        event = event_row([by_id[m] for m in sorted(members)], documents)
        events.append(event)
        event_of.update({member: event["id"] for member in members})
    events.sort(key=lambda event: (event["date_start"], event["id"]))
    return events, event_of


def reading_of(mention: dict) -> Reading:
    """What merging compares of a mentions row."""
    actors, places = as_list(mention.get("actors")), as_list(mention.get("places"))
    names = {*actors, *places}
    return Reading(
        id=mention["id"],
        document_id=mention["document_id"],
        sentence=mention["sentence"],
        dating=(mention["value"], *(date.fromisoformat(mention[end]) for end in ("date_start", "date_end"))),
        kind=mention.get("kind"),
        event_type=mention.get("event_type"),
        actors=frozenset(map(name_key, actors)),
        places=frozenset(map(name_key, places)),
        clause_words=content_words(mention.get("clause") or "") - content_words(" ".join(names)),
        sentence_words=content_words(mention["sentence"].replace(mention["expression"], " ")),
    )


def as_list(value) -> list[str]:
    """A JSON array column as a list (rows read back from SQLite hold JSON text)."""
    if value in (None, ""):
        return []
    return json.loads(value) if isinstance(value, str) else list(value)


def content_words(text: str) -> frozenset[str]:
    """The content words of text, lower-cased and stripped of inflection endings."""
    words = (word.casefold() for word in _WORD.findall(text))
    return frozenset(
        stem(word) for word in words
        if len(word) >= _MIN_WORD_LENGTH and word not in STOP_WORDS and word not in _NOT_CONTENT
    )


def stem(word: str) -> str:
    """word without its first matching inflection ending, if enough of it remains."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_WORD_LENGTH:
            return word[: -len(suffix)]
    return word


def dates_compatible(a: Reading, b: Reading) -> bool:
    """Overlapping day ranges; across documents, also ranges at most DATE_TOLERANCE_DAYS
    apart when the two do not read different event types."""
    (_, a_start, a_end), (_, b_start, b_end) = a.dating, b.dating
    gap = (max(a_start, b_start) - min(a_end, b_end)).days
    if gap <= 0:
        return True
    return a.document_id != b.document_id and gap <= DATE_TOLERANCE_DAYS and not types_differ(a, b)


def types_differ(a: Reading, b: Reading) -> bool:
    """Both readings name an event type, and not the same one."""
    typed = {a.event_type, b.event_type} - {None, UNSPECIFIED_TYPE}
    return len(typed) == 2


def kinds_compatible(a: Reading, b: Reading) -> bool:
    """A forecast goes with forecasts only; what happened and what is ongoing go together."""
    return (a.kind == FORECAST) == (b.kind == FORECAST)


def may_join(a: Reading, b: Reading) -> bool:
    """Whether a and b may be in one event at all (evidence aside)."""
    if a.document_id == b.document_id and a.sentence == b.sentence and a.dating != b.dating:
        return False  # one sentence, two datings: two happenings
    return dates_compatible(a, b) and kinds_compatible(a, b)


@dataclass(frozen=True)
class Commonness:
    """How many of the documents name each actor, place and word: a name every report
    of the week carries ("Taliban" in news of Afghanistan) tells two reports apart less
    than one only they share ("Gardez"). Also the names each document gives (its story)."""

    documents: int
    counts: Counter
    names: dict[str, frozenset[tuple[str, str]]]  # document id -> the names of all its dated clauses

    @classmethod
    def of(cls, readings: list[Reading]) -> Commonness:
        features: dict[str, set] = {}
        for reading in readings:
            features.setdefault(reading.document_id, set()).update(_features(reading))
        names = {document: frozenset(f for f in found if f[0] != "word") for document, found in features.items()}
        return cls(len(features), Counter(feature for found in features.values() for feature in found), names)

    def weight(self, feature: tuple[str, str]) -> float:
        """1 for a feature only the two compared documents have, falling to 1/(N-1) for
        one all N documents have."""
        if self.documents <= 2:
            return 1.0
        return 1 - max(self.counts[feature] - 2, 0) / (self.documents - 1)


def _features(reading: Reading) -> set[tuple[str, str]]:
    return ({("actor", name) for name in reading.actors} | {("place", name) for name in reading.places}
            | {("word", word) for word in reading.clause_words | reading.sentence_words})


def evidence(a: Reading, b: Reading, commonness: Commonness) -> float:
    """Points for what a and b share besides the date (see EVIDENCE), each shared name
    or word weighted by how rare it is (Commonness)."""
    def shared(kind: str, mine: frozenset[str], theirs: frozenset[str]) -> float:
        return sum(commonness.weight((kind, feature)) for feature in mine & theirs)


    found = {
        "actor": shared("actor", a.actors, b.actors),
        "place": shared("place", a.places, b.places),
        "event_type": float(a.event_type == b.event_type and a.event_type not in (None, UNSPECIFIED_TYPE)),
        "clause_word": shared("word", a.clause_words, b.clause_words),
        "sentence_word": shared("word", a.sentence_words, b.sentence_words),
        "story_name": sum(map(commonness.weight, story_names(a, b, commonness))),
    }
    return sum(min(amount * EVIDENCE[what][0], EVIDENCE[what][1]) for what, amount in found.items())


def story_names(a: Reading, b: Reading, commonness: Commonness) -> set[tuple[str, str]]:
    """The names both documents give in their dated clauses, besides those a and b
    themselves share (counted as actors and places); none within one document."""
    if a.document_id == b.document_id:
        return set()
    shared_here = ({("actor", name) for name in a.actors & b.actors}
                   | {("place", name) for name in a.places & b.places})
    return set(commonness.names[a.document_id] & commonness.names[b.document_id]) - shared_here


def required_evidence(a: Reading, b: Reading) -> float:
    """The evidence the vaguer of the two datings needs (see REQUIRED_EVIDENCE)."""
    longest = max((end - start).days + 1 for _, start, end in (a.dating, b.dating))
    return next(points for days, points in REQUIRED_EVIDENCE if days is None or longest <= days)


def link_strength(a: Reading, b: Reading, commonness: Commonness) -> float | None:
    """How strongly a and b are the same happening; None when they are not."""
    if not may_join(a, b):
        return None
    if a.document_id == b.document_id and a.sentence == b.sentence:
        return float("inf")  # one sentence, one dating
    score = evidence(a, b, commonness)
    return score if score >= required_evidence(a, b) else None


def cluster(readings: list[Reading]) -> list[set[str]]:
    """Groups of mention ids, one per happening (see the module docstring)."""
    links = []
    commonness = Commonness.of(readings)
    ordered = sorted(readings, key=lambda r: (r.dating[1], r.id))
    for index, a in enumerate(ordered):
        for b in ordered[index + 1:]:
            if (b.dating[1] - a.dating[2]).days > DATE_TOLERANCE_DAYS:
                break  # sorted by first day: every later reading starts too late for a as well
            strength = link_strength(a, b, commonness)
            if strength is not None:
                links.append((-strength, *sorted((a.id, b.id))))
    by_id = {reading.id: reading for reading in readings}
    cluster_of = {reading.id: {reading.id} for reading in readings}
    for _, first, second in sorted(set(links)):
        left, right = cluster_of[first], cluster_of[second]
        if left is right or not all(may_join(by_id[x], by_id[y]) for x in left for y in right):
            continue
        left |= right
        for member in right:
            cluster_of[member] = left
    unique = {id(group): group for group in cluster_of.values()}
    return sorted(unique.values(), key=min)


def event_row(members: list[dict], documents: Mapping[str, dict]) -> dict:
    """The events row of one cluster of mentions (members sorted by id)."""
    by_report = sorted(members, key=lambda m: (report_order(documents[m["document_id"]]), m["start_char"]))
    earliest_document = documents[by_report[0]["document_id"]]
    first_day = report_order(earliest_document)[0]
    first_reports = [m for m in by_report if report_order(documents[m["document_id"]])[0] == first_day]
    value, date_start, date_end, granularity = main_dating(by_report)
    actors, places = ranked_names(by_report, "actors"), ranked_names(by_report, "places")
    place, location = main_place(places)
    published = [documents[m["document_id"]]["published"] for m in by_report]
    return {
        "id": hashlib.sha256(members[0]["id"].encode("utf-8")).hexdigest()[:16],
        "date_start": date_start,
        "date_end": date_end,
        "summary": max(first_reports, key=lambda m: len(m["clause"]))["clause"],  # the fullest first report
        "kind": majority([m["kind"] for m in by_report]),
        "event_type": majority([m["event_type"] for m in by_report if m["event_type"] != UNSPECIFIED_TYPE])
        or UNSPECIFIED_TYPE,
        "actors": actors,
        "places": places,
        "place": place,
        "latitude": location.latitude if location else None,
        "longitude": location.longitude if location else None,
        "value": value,
        "granularity": granularity,
        **calendar_buckets(date.fromisoformat(date_start), date.fromisoformat(date_end)),
        "date_disagreement": date_disagreement(by_report, (value, date_start, date_end), documents),
        "publishers": unique(documents[m["document_id"]]["publisher"] for m in by_report),
        "mention_count": len(members),
        "source_count": len({m["document_id"] for m in members}),
        "first_published": min(filter(None, published), default=None),
        "document_id": earliest_document["id"],
    }


def report_order(document: dict) -> tuple:
    """Documents by publication date (an estimate's first day when that is all there is), then id."""
    when = document.get("published") or document.get("published_estimate_start") or "9999-12-31"
    return when, document["id"]


def main_dating(mentions: list[dict]) -> tuple[str | None, str, str, str | None]:
    """The dating most documents give; ties go to the narrowest range, then the earliest."""
    documents_of: dict[tuple, set[str]] = {}
    for mention in mentions:
        dating = (mention["value"], mention["date_start"], mention["date_end"], mention["granularity"])
        documents_of.setdefault(dating, set()).add(mention["document_id"])

    def preference(dating):
        value, start, end, _ = dating
        days = (date.fromisoformat(end) - date.fromisoformat(start)).days
        return -len(documents_of[dating]), days, start, value or ""

    return min(documents_of, key=preference)


def date_disagreement(mentions: list[dict], main: tuple, documents: Mapping[str, dict]) -> list[dict] | None:
    """The datings that contradict the main one (neither range inside the other), with who gave them."""
    _, main_start, main_end = main
    publishers_of: dict[tuple, list[str]] = {}
    for mention in mentions:
        start, end = mention["date_start"], mention["date_end"]
        nested = (start <= main_start and main_end <= end) or (main_start <= start and end <= main_end)
        if not nested:
            dating = (mention["value"], start, end)
            publishers = publishers_of.setdefault(dating, [])
            publisher = documents[mention["document_id"]]["publisher"]
            if publisher and publisher not in publishers:
                publishers.append(publisher)
    return [
        {"value": value, "date_start": start, "date_end": end, "publishers": publishers}
        for (value, start, end), publishers in sorted(publishers_of.items(), key=lambda item: item[0][1:])
    ] or None


def ranked_names(mentions: list[dict], column: str) -> list[str]:
    """The union of the mentions' names, most frequent first, then in report order;
    each spelled as first reported."""
    spelling: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for mention in mentions:
        for name in as_list(mention[column]):
            key = name_key(name)
            spelling.setdefault(key, name)
            counts[key] += 1
    # sorted() is stable: names as often reported keep their report order.
    return [spelling[key] for key in sorted(spelling, key=lambda key: -counts[key])]


def main_place(places: list[str]) -> tuple[str | None, Location | None]:
    """The first (most reported) place the gazetteer knows, with its location; else the first place."""
    for place in places:
        location = locate(place)
        if location is not None:
            return place, location
    return (places[0] if places else None), None


def majority(values: list[str | None]) -> str | None:
    """The most frequent value, ties to the one reported first."""
    counts = Counter(value for value in values if value is not None)
    if not counts:
        return None
    best = max(counts.values())
    return next(value for value in values if counts.get(value) == best)


def unique(values: Iterable[str | None]) -> list[str]:
    """The distinct values in order, without None."""
    return list(dict.fromkeys(value for value in values if value))
