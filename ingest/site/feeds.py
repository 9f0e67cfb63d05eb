"""iCalendar and Atom documents for a selection of events (pure).

iCalendar (RFC 5545): an event's day range becomes an all-day event,
DTSTART;VALUE=DATE on its first day and DTEND on the day after its last (DTEND
is exclusive), so it shows on the right days in every time zone; datasette-ics
writes timed UTC midnights instead. Atom (RFC 4287): every entry carries an id,
an updated time with a zone and text content, and an empty selection is still a
valid feed; datasette-atom fails on the last two.
"""

from __future__ import annotations

import json
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import timedelta

from .pictures import day_range, range_wording

PRODUCT_ID = "-//Dateline//Dateline events//EN"
ATOM = "http://www.w3.org/2005/Atom"
# Names under which a selection may carry a publication date (the events table,
# or a query joining documents).
PUBLISHED_COLUMNS = ("first_published", "published")


def publishers(row: dict) -> list[str]:
    """The row's publishers: its JSON publishers array, else its publisher column."""
    try:
        names = json.loads(row.get("publishers") or "[]")
    except (TypeError, ValueError):
        names = []
    if isinstance(names, list) and names:
        return [str(name) for name in names]
    return [row["publisher"]] if row.get("publisher") else []


def published_day(row: dict) -> str | None:
    return next((row[column] for column in PUBLISHED_COLUMNS if row.get(column)), None)


def describe(row: dict) -> str:
    """The facts a calendar or feed reader shows under the summary, one per line."""
    span = day_range(row)
    lines = []
    if span:
        precision = f" ({row['granularity']})" if row.get("granularity") else ""
        lines.append(f"When: {range_wording(*span)}{precision}")
    if row.get("place"):
        lines.append(f"Where: {row['place']}")
    if names := publishers(row):
        lines.append(f"Reported by: {', '.join(names)}")
    return "\n".join(lines)


def icalendar(name: str, rows: list[dict], link: Callable[[dict], str]) -> str:
    """A VCALENDAR with one all-day VEVENT per row that has a day range."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT_ID}", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{_ics_text(name)}"]
    for row in rows:
        if not (span := day_range(row)):
            continue
        start, end = span
        # DTSTAMP is required; the publication day keeps the feed the same on every request.
        stamp = (published_day(row) or start.isoformat()).replace("-", "")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{row.get('id') or uuid.uuid5(uuid.NAMESPACE_URL, json.dumps(row, sort_keys=True, default=str))}@dateline",
            f"DTSTAMP:{stamp}T000000Z",
            f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_ics_text(row.get('summary') or '')}",
            f"DESCRIPTION:{_ics_text(describe(row))}",
            f"URL:{link(row)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_folded(line) + "\r\n" for line in lines)


def _ics_text(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _folded(line: str, limit: int = 75) -> str:
    """RFC 5545 line folding: at most 75 octets a line, never inside a UTF-8 character."""
    parts, current = [], b""
    for character in line:
        encoded = character.encode("utf-8")
        if len(current) + len(encoded) > (limit if not parts else limit - 1):
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def atom_feed(title: str, selection: str, self_url: str, rows: list[dict], link: Callable[[dict], str],
              fallback_updated: str) -> str:
    """An Atom feed with one entry per row that has a publication date, in row order.
    selection (the path and query string) names the feed; fallback_updated
    (YYYY-MM-DD) dates the feed when no entry does."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _child(feed, "title", title)
    _child(feed, "id", _urn(f"dateline:feed:{selection}"))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _child(author, "name", "Dateline")
    dated = [(row, day) for row in rows if (day := published_day(row))]
    _child(feed, "updated", _instant(max((day for _, day in dated), default=fallback_updated)))
    for row, day in dated:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        span = day_range(row)
        when = f"{range_wording(*span)}: " if span else ""
        _child(entry, "title", when + (row.get("summary") or ""))
        _child(entry, "id", _urn(f"dateline:event:{row.get('id') or json.dumps(row, sort_keys=True, default=str)}"))
        _child(entry, "updated", _instant(day))
        _child(entry, "published", _instant(day))
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=row.get("document_url") or link(row))
        for name in publishers(row):
            _child(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", name)
        _child(entry, "content", f"{row.get('summary') or ''}\n\n{describe(row)}", type="text")
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)


def _child(parent: ET.Element, tag: str, text: str, **attributes) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", **attributes)
    element.text = text
    return element


def _urn(name: str) -> str:
    """A stable IRI for an id: the same name gives the same id on every host."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def _instant(day: str) -> str:
    """A publication day as an RFC 3339 instant (midnight UTC): Atom requires a zone."""
    return f"{day[:10]}T00:00:00Z"
