"""Dateline's Datasette plugin, registered by the `datasette` entry point in
pyproject.toml, so `datasette serve`, `dateline serve` and Datasette(...) in
tests all load it. It adds:

- search as users type: every word in a search box is a prefix (search.py);
- /DB/TABLE/-/timeline?FILTERS (also /DB/QUERY/-/timeline?PARAMS and
  /DB/-/timeline?sql=...): the timeline, events-per-week chart and map of every
  row of that selection, not just one page of it (pictures.py, drawn server-side);
- .ics (all-day events) and .atom on any selection of events (feeds.py).

A selection "of events" is any table, view, canned query or SQL result with the
columns date_start, date_end and summary.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import BadRequest, Forbidden, NotFound, Response

from .feeds import PUBLISHED_COLUMNS, atom_feed, icalendar
from .pictures import events_map, timeline, weeks_chart
from .search import prefix_query

PLUGIN = "dateline"  # the distribution name, under which Datasette serves static/
EVENT_COLUMNS = {"date_start", "date_end", "summary"}
EVENTS_TABLE = "events"  # where an event row's own page is, whatever selection it came from
MAX_ROWS = 10_000  # a picture or feed of more rows than this asks the user to narrow the selection
# Arguments that shape one page of a selection rather than choose its rows; the
# JSON pages read here set their own.
PAGE_ARGUMENTS = {"_size", "_next", "_shape", "_facet", "_facet_array", "_facet_date", "_labels",
                  "_nl", "_json", "_col", "_nocol", "_nofacet", "_nocount", "_trace", "_dl", "_stream"}
ZOOM_ARGUMENTS = {"date_end__gte", "date_start__lte"}  # a zoom replaces the previous one
NO_PUBLICATION_DATE = "1970-01-01"  # dates an Atom feed with no entries


@dataclass(frozen=True)
class Selection:
    rows: list[dict]
    count: int | None  # rows matching, when Datasette counted them
    description: str  # Datasette's wording of the filters, e.g. 'where month = "2024-03"'
    truncated: bool  # more rows match than were read


@hookimpl(trylast=True)
def prepare_connection(conn):
    # Replaces Datasette's escape_fts, which every search box and ?_search= goes
    # through unless _searchmode=raw asks for FTS5 syntax as typed.
    conn.create_function("escape_fts", 1, prefix_query)


@hookimpl
def register_routes():
    return [(r"^/(?P<database>[^/.]+)(/(?P<resource>[^/.]+))?/-/timeline$", timeline_page)]


@hookimpl
def register_output_renderer():
    return [
        {"extension": "ics", "render": render_calendar, "can_render": is_event_selection},
        {"extension": "atom", "render": render_feed, "can_render": has_publication_dates},
    ]


@hookimpl
def extra_template_vars(columns, request, datasette):
    """dateline_timeline_url on the page of a selection of events (the plugin's
    table.html and query.html show it)."""
    if request is None or "pks" in request.url_vars or not is_event_selection(columns or []):
        return {}
    query = f"?{request.query_string}" if request.query_string else ""
    return {"dateline_timeline_url": datasette.urls.path(f"{resource_path(request.url_vars)}/-/timeline{query}")}


def is_event_selection(columns) -> bool:
    return EVENT_COLUMNS <= set(columns)


def has_publication_dates(columns) -> bool:
    return is_event_selection(columns) and any(column in columns for column in PUBLISHED_COLUMNS)


def resource_path(url_vars: dict) -> str:
    """/DB/TABLE (or /DB/QUERY, or /DB for SQL) as the request named it, unprefixed."""
    resource = url_vars.get("table") or url_vars.get("resource")
    return f"/{url_vars['database']}" + (f"/{resource}" if resource else "")


async def read_selection(datasette, request) -> Selection:
    """Every row (up to MAX_ROWS) of the selection the request's path and query
    string name, read through Datasette's own JSON, page after page."""
    path = resource_path(request.url_vars)
    chosen = [(key, value) for key, value in urllib.parse.parse_qsl(request.query_string, keep_blank_values=True)
              if key not in PAGE_ARGUMENTS]
    rows, token = [], None
    while True:
        query = chosen + [("_shape", "objects"), ("_size", "max"), ("_nofacet", "1")] + ([("_next", token)] if token else [])
        response = await datasette.client.get(f"{path}.json?{urllib.parse.urlencode(query)}", cookies=request.cookies)
        data = response.json()
        if response.status_code != 200:
            error = {404: NotFound, 403: Forbidden}.get(response.status_code, BadRequest)
            raise error(data.get("error") or f"{path}: status {response.status_code}")
        if token is None:
            count, description = data.get("filtered_table_rows_count"), data.get("human_description_en") or ""
        rows += data["rows"]
        token = data.get("next")
        if not token or len(rows) >= MAX_ROWS:
            truncated = bool(token) or bool(data.get("truncated")) or len(rows) > MAX_ROWS
            return Selection(rows[:MAX_ROWS], count, description, truncated)


async def _rendered_selection(datasette, request, rows, columns, data) -> Selection:
    """The renderer's selection: the page it was given when that is all of it."""
    if data.get("next"):
        return await read_selection(datasette, request)
    return Selection([dict(zip(columns, row)) for row in rows], data.get("filtered_table_rows_count"),
                     data.get("human_description_en") or "", bool(data.get("truncated")))


def _selection_name(request, selection: Selection) -> str:
    resource = request.url_vars.get("table") or request.url_vars.get("resource")
    name = tilde_decode(resource) if resource else "SQL query"
    return f"{tilde_decode(request.url_vars['database'])}: {name} {selection.description}".strip()


def _event_link(datasette, request, database: str):
    def link(row: dict) -> str:
        if row.get("id"):
            return datasette.absolute_url(request, datasette.urls.row(database, EVENTS_TABLE, tilde_encode(str(row["id"]))))
        return datasette.absolute_url(request, request.full_path)
    return link


async def render_calendar(datasette, request, database, rows, columns, data):
    selection = await _rendered_selection(datasette, request, rows, columns, data)
    body = icalendar(_selection_name(request, selection), selection.rows, _event_link(datasette, request, database))
    return Response(body, content_type="text/calendar; charset=utf-8")


async def render_feed(datasette, request, database, rows, columns, data):
    selection = await _rendered_selection(datasette, request, rows, columns, data)
    body = atom_feed(_selection_name(request, selection), request.full_path,
                     datasette.absolute_url(request, request.full_path), selection.rows,
                     _event_link(datasette, request, database), NO_PUBLICATION_DATE)
    return Response(body, content_type="application/atom+xml; charset=utf-8")


async def _zoom_links(datasette, request, database: str, years: list[int]) -> list[tuple[int, str]]:
    """(year, timeline of the events that overlap it) for each year events start in,
    when they start in more than one; tables and views only, whose pages take filters."""
    resource = request.url_vars.get("resource")
    db = datasette.get_database(database)
    if len(years) < 2 or not resource or tilde_decode(resource) not in {*await db.table_names(), *await db.view_names()}:
        return []
    kept = [(key, value) for key, value in urllib.parse.parse_qsl(request.query_string, keep_blank_values=True)
            if key not in ZOOM_ARGUMENTS]
    return [(year, datasette.urls.path(f"{resource_path(request.url_vars)}/-/timeline?" + urllib.parse.urlencode(
        kept + [("date_end__gte", f"{year}-01-01"), ("date_start__lte", f"{year}-12-31")]))) for year in years]


async def timeline_page(datasette, request):
    selection = await read_selection(datasette, request)
    database = datasette.get_database(route=tilde_decode(request.url_vars["database"])).name
    path = resource_path(request.url_vars)
    query = f"?{request.query_string}" if request.query_string else ""
    columns = set(selection.rows[0]) if selection.rows else set()
    drawn = timeline(selection.rows)
    context = {
        "database": database,
        "heading": _selection_name(request, selection),
        "selection": selection,
        "timeline": drawn,
        "zoom": await _zoom_links(datasette, request, database, drawn.years),
        "weeks": weeks_chart(selection.rows),
        "map": events_map(selection.rows),
        "selection_url": datasette.urls.path(f"{path}{query}"),
        "ics_url": datasette.urls.path(f"{path}.ics{query}"),
        "atom_url": datasette.urls.path(f"{path}.atom{query}") if has_publication_dates(columns) else None,
        "events_url": datasette.urls.table(database, EVENTS_TABLE),
        "event_url": lambda event_id: datasette.urls.row(database, EVENTS_TABLE, tilde_encode(str(event_id))),
        "css_url": datasette.urls.static_plugins(PLUGIN, "dateline.css"),
        "world_url": datasette.urls.static_plugins(PLUGIN, "world.svg"),  # land and borders under the map
    }
    return Response.html(await datasette.render_template("dateline_timeline.html", context, request=request))
