"""The Datasette plugin's pure parts (ingest/site/): search queries, feeds, pictures."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ingest.site
from ingest.site.feeds import atom_feed, icalendar
from ingest.site.pictures import (
    MAP_HEIGHT,
    MAP_WIDTH,
    MIN_MAP_PADDING,
    events_map,
    range_wording,
    timeline,
    weeks_chart,
)
from ingest.site.search import prefix_query

ATOM = "{http://www.w3.org/2005/Atom}"
SVG = "{http://www.w3.org/2000/svg}"
WORLD = Path(ingest.site.__file__).with_name("static") / "world.svg"


def event(start, end, summary="Something happened", **columns) -> dict:
    return {"id": f"{start}-{end}-{summary}", "date_start": start, "date_end": end, "summary": summary, **columns}


def no_link(row):
    return "http://example.test/events"


@pytest.mark.parametrize("start,end,wording", [
    ("2024-03-10", "2024-03-10", "10 Mar 2024"),
    ("2024-03-04", "2024-03-10", "4–10 Mar 2024"),
    ("2024-03-28", "2024-04-03", "28 Mar – 3 Apr 2024"),
    ("2021-12-27", "2022-01-02", "27 Dec 2021 – 2 Jan 2022"),
    ("2024-03-01", "2024-03-31", "Mar 2024"),
    ("2024-02-01", "2024-02-29", "Feb 2024"),
    ("2022-09-01", "2022-12-31", "Sep–Dec 2022"),
    ("2021-11-01", "2022-02-28", "Nov 2021 – Feb 2022"),
    ("2024-01-01", "2024-12-31", "2024"),
    ("1890-01-01", "1899-12-31", "1890s"),
    ("2019-01-01", "2021-12-31", "2019–2021"),
])
def test_a_day_range_reads_as_people_write_dates(start, end, wording):
    assert range_wording(date.fromisoformat(start), date.fromisoformat(end)) == wording


@pytest.mark.parametrize("typed,query", [
    ("harb", '"harb"*'),  # a word being typed is a prefix
    ("harb*", '"harb"*'),  # so is one written with the asterisk
    ("sea harb", '"sea"* "harb"*'),  # every word must match
    ('"sea wall"', '"sea wall"'),  # a quoted phrase is that exact phrase
    ('"sea wall', '"sea"* "wall"*'),  # an unclosed quote is just words
    ("sea AND", '"sea"* "AND"*'),  # FTS5 operators are plain words
    ("NEAR(a b)", '"NEAR(a"* "b)"*'),
    ("co-op", '"co-op"*'),
    ("***", '""'),  # nothing searchable: matches nothing, no error
    ("", '""'),
])
def test_what_is_typed_becomes_a_prefix_query(typed, query):
    assert prefix_query(typed) == query


@pytest.fixture(scope="module")
def fts():
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table notes using fts5(body, tokenize='porter')")
    conn.executemany("insert into notes (body) values (?)", [
        ["The harbour wall gave way"], ["Footbridge collapsed"], ["Sea wall to be rebuilt"]])
    yield conn
    conn.close()


@pytest.mark.parametrize("typed,found", [
    ("harb", ["The harbour wall gave way"]),
    ("foot*", ["Footbridge collapsed"]),
    ("wall", ["The harbour wall gave way", "Sea wall to be rebuilt"]),
    ('"sea wall"', ["Sea wall to be rebuilt"]),
    ('"sea wa', ["Sea wall to be rebuilt"]),
    ("collapsing", ["Footbridge collapsed"]),  # the porter stemmer still applies
])
def test_prefix_queries_find_what_users_mean(fts, typed, found):
    rows = fts.execute("select body from notes where notes match ? order by rowid", [prefix_query(typed)])
    assert [body for (body,) in rows] == found


@given(st.text())
def test_no_typed_text_makes_an_fts5_syntax_error(typed):
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table notes using fts5(body, tokenize='porter')")
    conn.execute("select count(*) from notes where notes match ?", [prefix_query(typed)]).fetchone()


def unfolded(calendar: str) -> list[str]:
    assert all(len(line.encode("utf-8")) <= 75 for line in calendar.split("\r\n"))
    return calendar.replace("\r\n ", "").split("\r\n")


def test_calendar_events_are_all_day_and_end_the_day_after_their_last_day():
    rows = [event("2024-03-10", "2024-03-10"), event("2024-03-04", "2024-03-10"), event("2024-02-01", "2024-02-29")]
    lines = unfolded(icalendar("Storm", rows, no_link))
    assert [line for line in lines if line.startswith("DT") and not line.startswith("DTSTAMP")] == [
        "DTSTART;VALUE=DATE:20240310", "DTEND;VALUE=DATE:20240311",
        "DTSTART;VALUE=DATE:20240304", "DTEND;VALUE=DATE:20240311",
        "DTSTART;VALUE=DATE:20240201", "DTEND;VALUE=DATE:20240301",
    ]
    assert lines.count("BEGIN:VEVENT") == 3 and lines[-2] == "END:VCALENDAR" and lines[-1] == ""


def test_calendar_text_is_escaped_and_long_lines_folded_between_characters():
    summary = "Floods, storms; and\nmore — " + "ünïcödé " * 20
    [line] = [line for line in unfolded(icalendar("x", [event("2024-03-10", "2024-03-10", summary)], no_link))
              if line.startswith("SUMMARY:")]
    assert line == "SUMMARY:" + summary.replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def test_calendar_leaves_out_rows_without_a_day_range():
    rows = [event(None, None), event("2024-03", "2024-03"), event("2024-03-10", "2024-03-09")]
    assert "BEGIN:VEVENT" not in icalendar("x", rows, no_link)


def test_atom_entries_are_dated_with_a_zone_and_link_to_their_source():
    rows = [event("2024-03-10", "2024-03-10", "Wall gave way", first_published="2024-03-11",
                  document_url="https://paper.example/wall", publishers='["Coastal Ledger"]'),
            event("2024-03-12", "2024-03-12", "Not yet reported")]
    feed = ET.fromstring(atom_feed("Storm", "/events/events.atom", "http://x/events/events.atom", rows, no_link,
                                   "1970-01-01"))
    [entry] = feed.findall(f"{ATOM}entry")  # an entry needs a publication date
    assert feed.find(f"{ATOM}updated").text == "2024-03-11T00:00:00Z"
    assert entry.find(f"{ATOM}title").text == "10 Mar 2024: Wall gave way"
    assert entry.find(f"{ATOM}link").get("href") == "https://paper.example/wall"
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "Coastal Ledger"
    assert entry.find(f"{ATOM}id").text.startswith("urn:uuid:")


def test_an_empty_selection_is_still_a_valid_atom_feed():
    feed = ET.fromstring(atom_feed("Nothing", "/e", "http://x/e", [], no_link, "1970-01-01"))
    assert feed.find(f"{ATOM}updated").text == "1970-01-01T00:00:00Z" and not feed.findall(f"{ATOM}entry")


def test_timeline_draws_every_dated_row_in_date_order_on_one_axis():
    rows = [event("2024-03-10", "2024-03-10", "breach"), event(None, None, "undated"),
            event("2024-03-01", "2024-03-31", "march"), event("2024-03-04", "2024-03-10", "week")]
    drawn = timeline(rows)
    assert [bar.row["summary"] for bar in drawn.bars] == ["march", "week", "breach"]
    assert drawn.undated == 1
    march, week, breach = drawn.bars
    assert (march.left, march.width, march.single_day) == (0, 100, False)
    assert (week.left, week.width) == (round(100 * 3 / 31, 3), round(100 * 7 / 31, 3))
    assert breach.single_day and breach.wording == "10 Mar 2024"
    assert [tick.label for tick in drawn.ticks] == ["4 Mar", "11 Mar", "18 Mar", "25 Mar"]


def test_timeline_axis_labels_suit_its_span():
    years = timeline([event("1890-01-01", "1899-12-31"), event("2024-03-10", "2024-03-10")])
    assert [tick.label for tick in years.ticks] == ["1900", "1925", "1950", "1975", "2000"]
    assert all(0 <= tick.left <= 100 for tick in years.ticks)


def test_events_per_week_counts_only_rows_inside_one_week_and_shows_empty_weeks():
    rows = [event("2024-03-10", "2024-03-10"), event("2024-03-04", "2024-03-10"), event("2024-03-25", "2024-03-25"),
            event("2024-03-01", "2024-03-31"), event(None, None)]
    chart = weeks_chart(rows)
    assert [(bar.week, bar.count) for bar in chart.bars] == [
        ("2024-W10", 2), ("2024-W11", 0), ("2024-W12", 0), ("2024-W13", 1)]
    assert chart.coarser == 1 and chart.most == 2
    assert chart.bars[0].wording == "4–10 Mar 2024" and chart.bars[-1].height == chart.bars[0].height / 2


def test_map_puts_one_circle_per_place_inside_the_picture():
    rows = [event("2024-03-10", "2024-03-10", place="Hull", latitude=53.74, longitude=-0.33),
            event("2024-03-11", "2024-03-11", place="Hull", latitude=53.74, longitude=-0.33),
            event("2024-03-12", "2024-03-12", place="Leeds", latitude=53.8, longitude=-1.55),
            event("2024-03-13", "2024-03-13")]
    drawn = events_map(rows)
    assert [(point.place, point.count) for point in drawn.points] == [("Hull", 2), ("Leeds", 1)]
    assert drawn.unplaced == 1
    hull, leeds = drawn.points
    assert leeds.x < hull.x and leeds.y < hull.y  # west is left, north is up
    assert all(0 < point.x < MAP_WIDTH and 0 < point.y < MAP_HEIGHT for point in drawn.points)
    assert events_map([event("2024-03-13", "2024-03-13")]).projection is None


def world_rings(path_id: str) -> list[list[tuple[float, float]]]:
    """The rings of one path of the bundled outline as (longitude, latitude) points; its
    paths use M, l and z only, in longitude and minus latitude."""
    d = ET.parse(WORLD).getroot().find(f"{SVG}path[@id='{path_id}']").get("d")
    rings = []
    for command, numbers in re.findall(r"([Mlz])([^Mlz]*)", d):
        values = [float(number) for number in re.findall(r"-?\d*\.?\d+", numbers)]
        pairs = list(zip(values[::2], values[1::2]))
        if command == "M":
            rings.append([pairs[0]])
        for dx, dy in pairs[1:] if command == "M" else pairs:
            x, y = rings[-1][-1]
            rings[-1].append((x + dx, y + dy))
    return [[(x, -y) for x, y in ring] for ring in rings]


@pytest.fixture(scope="module")
def land():
    return world_rings("land")


def on_land(land, latitude: float, longitude: float) -> bool:
    """Even-odd rule over every ring, as the SVG fill paints them (lakes are holes)."""
    inside = False
    for ring in land:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > latitude) != (y2 > latitude) and longitude < x1 + (latitude - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def test_world_outline_is_small_and_names_its_source_and_licence(land):
    text = WORLD.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 200_000
    assert "Natural Earth" in text and "public domain" in text and "world-atlas" in text
    assert len(land) > 100 and world_rings("borders")


@pytest.mark.parametrize("latitude,longitude,is_land", [
    (40.4, -3.7, True),  # Madrid
    (-25.0, 134.0, True),  # the middle of Australia
    (66.0, -175.0, True),  # Chukotka, east of the antimeridian
    (-85.0, 100.0, True),  # inland Antarctica, near the pole
    (40.0, -15.0, False),  # the Atlantic west of Portugal
    (0.0, -140.0, False),  # the Pacific
    (-40.0, 80.0, False),  # the Indian Ocean
    (41.8, 50.5, False),  # the Caspian Sea, a hole in Asia
])
def test_world_outline_has_land_and_sea_where_the_world_does(land, latitude, longitude, is_land):
    assert on_land(land, latitude, longitude) is is_land


def transform_of(svg_transform: str):
    a, b, c, d, e, f = map(float, re.fullmatch(r"matrix\(([^)]*)\)", svg_transform).group(1).split())
    return lambda x, y: (a * x + c * y + e, b * x + d * y + f)


def test_map_draws_the_world_outline_with_the_points_projection():
    places = {"Lisbon": (38.72, -9.14), "Madrid": (40.42, -3.7), "Harwick": (51.94, 1.28)}
    drawn = events_map([event("2025-02-09", "2025-02-09", place=name, latitude=lat, longitude=lon)
                        for name, (lat, lon) in places.items()])
    outline = transform_of(drawn.projection.svg_transform)  # what the browser applies to world.svg
    for point in drawn.points:
        latitude, longitude = places[point.place]
        x, y = outline(longitude, -latitude)
        assert abs(x - point.x) < 0.05 and abs(y - point.y) < 0.05, point.place


def test_one_place_is_shown_centred_among_the_coasts_and_borders_around_it(land):
    drawn = events_map([event("2025-02-11", "2025-02-11", place="Madrid", latitude=40.42, longitude=-3.7)])
    [madrid] = drawn.points
    assert (madrid.x, madrid.y) == (MAP_WIDTH / 2, MAP_HEIGHT / 2)
    projection = drawn.projection
    assert projection.latitude(0) - projection.latitude(MAP_HEIGHT) >= 2 * MIN_MAP_PADDING
    seen = {on_land(land, projection.latitude(y), projection.longitude(x))
            for x in range(0, MAP_WIDTH + 1, 80) for y in range(0, MAP_HEIGHT + 1, 70)}
    assert seen == {True, False}  # land and sea, not a blank square of Spain
    assert drawn.meridians and drawn.parallels
