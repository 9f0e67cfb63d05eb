"""What the pictures of a selection of events show, worked out in Python (pure).

The timeline, the events-per-week chart and the map are drawn by the plugin's
templates from these numbers alone (positions in percent or SVG units), so the
pages need no script and every text reaches the browser through Jinja's escaping.
Rows are dicts as Datasette's JSON gives them; columns a selection lacks are None.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MAX_TICKS = 6  # labels on the timeline's axis, which has about a third of the page's width
MAX_WEEK_LABELS = 12
# (unit, step), finest first: the first that needs at most MAX_TICKS ticks labels the axis.
TICK_STEPS = [("day", 1), ("week", 1), ("month", 1), ("month", 3), ("month", 6)] + [
    ("year", step) for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)
]
CHART_WIDTH, CHART_HEIGHT = 800, 160
WIDEST_WEEK = 40  # chart units: a few weeks are drawn as bars, not as blocks filling the chart
MAP_WIDTH, MAP_HEIGHT, MAP_MARGIN = 800, 420, 40
MIN_MAP_PADDING = 3.0  # degrees around the places, so even one city shows the coasts and borders near it


def day_range(row: dict) -> tuple[date, date] | None:
    """The row's inclusive day range, None when it has none or it is not ISO."""
    try:
        start, end = date.fromisoformat(row.get("date_start") or ""), date.fromisoformat(row.get("date_end") or "")
    except ValueError:
        return None
    return (start, end) if start <= end else None


def range_wording(start: date, end: date) -> str:
    """A day range as a reader says it: 10 Mar 2024, 4–10 Mar 2024, Mar 2024, 2024, 1890s."""
    if start == end:
        return f"{start.day} {MONTHS[start.month - 1]} {start.year}"
    whole_months = start.day == 1 and (end + timedelta(days=1)).day == 1
    if whole_months and (start.month, end.month) == (1, 12):
        if start.year == end.year:
            return str(start.year)
        if start.year % 10 == 0 and end.year == start.year + 9:
            return f"{start.year}s"
        return f"{start.year}–{end.year}"
    if whole_months:
        if (start.year, start.month) == (end.year, end.month):
            return f"{MONTHS[start.month - 1]} {start.year}"
        if start.year == end.year:
            return f"{MONTHS[start.month - 1]}–{MONTHS[end.month - 1]} {start.year}"
        return f"{MONTHS[start.month - 1]} {start.year} – {MONTHS[end.month - 1]} {end.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {end.day} {MONTHS[end.month - 1]} {end.year}"
    return f"{range_wording(start, start)} – {range_wording(end, end)}"


@dataclass(frozen=True)
class Tick:
    label: str
    left: float  # percent of the axis


@dataclass(frozen=True)
class Bar:
    row: dict
    wording: str
    left: float  # percent of the axis where the range starts
    width: float  # percent of the axis the range covers
    single_day: bool


@dataclass(frozen=True)
class Timeline:
    bars: list[Bar]
    ticks: list[Tick]
    undated: int  # rows without a day range, listed but not drawn
    years: list[int]  # the years events start in, to zoom to one


def timeline(rows: list[dict]) -> Timeline:
    """Every dated row as a bar on one shared axis, in date order (earliest start,
    then earliest end; ties keep the selection's order)."""
    dated = sorted(((row, span) for row in rows if (span := day_range(row))), key=lambda item: item[1])
    if not dated:
        return Timeline([], [], len(rows), [])
    first = min(start for _, (start, _) in dated)
    after_last = max(end for _, (_, end) in dated) + timedelta(days=1)
    days = (after_last - first).days

    def percent(day: date) -> float:
        return round(100 * (day - first).days / days, 3)

    bars = [
        Bar(row, range_wording(start, end), percent(start),
            round(100 * ((end - start).days + 1) / days, 3), start == end)
        for row, (start, end) in dated
    ]
    years = sorted({start.year for _, (start, _) in dated})
    return Timeline(bars, _ticks(first, after_last, percent), len(rows) - len(dated), years)


def _ticks(first: date, after_last: date, percent) -> list[Tick]:
    for unit, step in TICK_STEPS:
        days = list(islice(_tick_days(first, after_last, unit, step), MAX_TICKS + 1))  # enough to decide
        if len(days) <= MAX_TICKS:
            return [Tick(_tick_label(day, unit), percent(day)) for day in days]
    return []


def _tick_days(first: date, after_last: date, unit: str, step: int):
    if unit in ("day", "week"):
        day = first if unit == "day" else first + timedelta(days=-first.weekday() % 7)
        while day < after_last:
            yield day
            day += timedelta(days=1 if unit == "day" else 7)
        return
    months = 1 if unit == "month" else 12
    index = first.year * 12 + first.month - 1 + (first.day > 1)  # the first month start on the axis
    while index % (step * months):
        index += 1
    while index // 12 <= date.max.year and (day := date(index // 12, index % 12 + 1, 1)) < after_last:
        yield day
        index += step * months


def _tick_label(day: date, unit: str) -> str:
    if unit in ("day", "week"):
        return f"{day.day} {MONTHS[day.month - 1]}"
    if unit == "month":
        return f"{MONTHS[day.month - 1]} {day.year}"
    return str(day.year)


@dataclass(frozen=True)
class WeekBar:
    week: str  # ISO week, 2024-W10
    wording: str  # its days, 4–10 Mar 2024
    count: int
    x: float
    width: float
    height: float


@dataclass(frozen=True)
class WeekChart:
    bars: list[WeekBar]  # every week from the first to the last with an event, empty weeks included
    labels: list[Tick]  # left is in chart units here
    most: int
    coarser: int  # dated rows whose range is longer than one ISO week: not counted


def weeks_chart(rows: list[dict]) -> WeekChart:
    """Events per ISO week: a row counts in the week its whole day range falls in;
    rows dated only to a month, a year or across weeks are counted apart."""
    counts: Counter[date] = Counter()
    coarser = 0
    for row in rows:
        if not (span := day_range(row)):
            continue
        monday, last_monday = (day - timedelta(days=day.weekday()) for day in span)
        if monday == last_monday:
            counts[monday] += 1
        else:
            coarser += 1
    if not counts:
        return WeekChart([], [], 0, coarser)
    mondays = _mondays(min(counts), max(counts))
    slot = min(CHART_WIDTH / len(mondays), WIDEST_WEEK)
    most = max(counts.values())
    bars = [
        WeekBar(_iso_week(monday), range_wording(monday, monday + timedelta(days=6)), counts[monday],
                round(index * slot, 2), round(max(slot - 1, 0.5), 2),
                round(CHART_HEIGHT * counts[monday] / most, 2))
        for index, monday in enumerate(mondays)
    ]
    return WeekChart(bars, _week_labels(mondays, slot), most, coarser)


def _mondays(first: date, last: date) -> list[date]:
    return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _week_labels(mondays: list[date], slot: float) -> list[Tick]:
    """Labels where a month (or, over long spans, a year) begins; thinned to MAX_WEEK_LABELS."""
    by_year = len(mondays) > 60
    marks = [
        (index, monday) for index, monday in enumerate(mondays)
        if index == 0 or (monday.year != mondays[index - 1].year if by_year else monday.month != mondays[index - 1].month)
    ]
    every = math.ceil(len(marks) / MAX_WEEK_LABELS)
    return [
        Tick(str(monday.year) if by_year else f"{MONTHS[monday.month - 1]} {monday.year}", round(index * slot, 2))
        for index, monday in marks[::every]
    ]


@dataclass(frozen=True)
class Point:
    place: str
    count: int
    x: float
    y: float
    radius: float


@dataclass(frozen=True)
class Projection:
    """Equirectangular: x = x_scale * longitude + x_offset, y = y_offset - y_scale * latitude."""

    x_scale: float
    y_scale: float
    x_offset: float
    y_offset: float

    def x(self, longitude: float) -> float:
        return round(self.x_scale * longitude + self.x_offset, 2)

    def y(self, latitude: float) -> float:
        return round(self.y_offset - self.y_scale * latitude, 2)

    def longitude(self, x: float) -> float:
        return (x - self.x_offset) / self.x_scale

    def latitude(self, y: float) -> float:
        return (self.y_offset - y) / self.y_scale

    @property
    def svg_transform(self) -> str:
        """Places static/world.svg, drawn in (longitude, -latitude), under the points."""
        return f"matrix({self.x_scale:.5f} 0 0 {self.y_scale:.5f} {self.x_offset:.3f} {self.y_offset:.3f})"


@dataclass(frozen=True)
class Map:
    points: list[Point]  # largest first, so small circles are drawn on top
    meridians: list[Tick]  # left = x in SVG units, label = degrees
    parallels: list[Tick]  # left = y in SVG units
    unplaced: int
    projection: Projection | None  # None when no row has coordinates


def events_map(rows: list[dict]) -> Map:
    """Rows with a latitude and longitude as circles (one per place, sized by count) on
    an equirectangular projection that fits the area they cover and fills the picture,
    with a graticule; the template draws the world outline with the same projection."""
    places: Counter[tuple[float, float, str]] = Counter()
    for row in rows:
        lat, lon = row.get("latitude"), row.get("longitude")
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            places[(round(lat, 4), round(lon, 4), row.get("place") or f"{lat:.2f}, {lon:.2f}")] += 1
    unplaced = len(rows) - sum(places.values())
    if not places:
        return Map([], [], [], unplaced, None)
    south, north = _padded(min(p[0] for p in places), max(p[0] for p in places), -90, 90)
    west, east = _padded(min(p[1] for p in places), max(p[1] for p in places), -180, 180)
    stretch = math.cos(math.radians((south + north) / 2))  # degrees of longitude are shorter away from the equator
    scale = min((MAP_WIDTH - 2 * MAP_MARGIN) / ((east - west) * stretch), (MAP_HEIGHT - 2 * MAP_MARGIN) / (north - south))
    # Centred on the places' area, so the picture shows land and sea to all four edges.
    projection = Projection(stretch * scale, scale, MAP_WIDTH / 2 - (west + east) / 2 * stretch * scale,
                            MAP_HEIGHT / 2 + (south + north) / 2 * scale)
    points = sorted(
        (Point(name, count, projection.x(lon), projection.y(lat), round(4 + 3 * math.sqrt(count), 2))
         for (lat, lon, name), count in places.items()),
        key=lambda point: (-point.count, point.place),
    )
    shown_west, shown_east = max(projection.longitude(0), -180), min(projection.longitude(MAP_WIDTH), 180)
    shown_south, shown_north = max(projection.latitude(MAP_HEIGHT), -90), min(projection.latitude(0), 90)
    meridians = [Tick(_degrees(lon, "E", "W"), projection.x(lon)) for lon in _graticule(shown_west, shown_east)]
    parallels = [Tick(_degrees(lat, "N", "S"), projection.y(lat)) for lat in _graticule(shown_south, shown_north)]
    return Map(points, meridians, parallels, unplaced, projection)


def _padded(low: float, high: float, floor: float, ceiling: float) -> tuple[float, float]:
    """The span with a margin around it, at least MIN_MAP_PADDING degrees, inside the globe."""
    pad = max((high - low) * 0.15, MIN_MAP_PADDING)
    return max(low - pad, floor), min(high + pad, ceiling)


def _graticule(low: float, high: float) -> list[float]:
    step = next(s for s in (0.5, 1, 2, 5, 10, 20, 30, 45, 90) if (high - low) / s <= 8)
    return [n * step for n in range(math.ceil(low / step), math.floor(high / step) + 1)]


def _degrees(value: float, positive: str, negative: str) -> str:
    return f"{abs(value):g}°{positive if value >= 0 else negative}"
