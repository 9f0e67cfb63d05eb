"""Browse the example timeline as a user would: real ingest, a real `datasette serve`
subprocess and Debian's headless Chromium driven by Playwright (never a downloaded browser).

Screenshots of each step are saved as test artifacts; the folder is named at the end
of the test output (set DATELINE_ARTIFACTS to choose it)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ingest.cli import cli, datasette_command

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
MAP_ARTICLES = REPO / "tests" / "fixtures" / "map"  # our own storm report naming Lisbon, Porto, Madrid, Seville
METADATA = REPO / "metadata.yml"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
# The Sunday 2024-03-10 sea wall breach, reported by three publishers in examples/.
BREACH_WEEKEND = ("2024-03-09", "2024-03-10")
BREACH_PUBLISHERS = ("The Harbour Courier", "Coastal Ledger", "Eastline Wire")
SEARCH_PREFIX = "footbr"  # typed part of "footbridge", in exactly one dated clause of examples/
# Year and typed word of the timeline journey: several 2024 events in examples/ tell of the sea wall.
JOURNEY_YEAR, JOURNEY_PREFIX = "2024", "wal"
ROW_COUNT = re.compile(r"^\s*([\d,]+) rows?\b")
TIMELINE_LINK = "Timeline, events per week and map"
# An article whose text, title and publisher carry markup: every page must show it as text.
HOSTILE_ARTICLE = (
    "Council <b>approves</b> the <script>window.pwned = 1</script> budget\n\n"
    "The council approved the <em>harbour</em> budget on 12 March 2024, after a "
    "<script>window.pwned = 2</script> long debate.\n"
    'Residents said the <img src=x onerror="window.pwned = 3"> vote on 12 March 2024 was fair.\n'
)
# Map facts for the examples plus MAP_ARTICLES: places far from any coast (land under
# them even in a 1:110m outline) and (latitude, longitude) points out at sea, in the
# Atlantic west of Portugal and in the Mediterranean between the Balearics and Sardinia.
INLAND_PLACES = ("Madrid", "Seville")
SEA_POINTS = [(40.0, -15.0), (39.0, 6.0)]
HOSTILE_MANIFEST = (
    "file,publisher,published,title\n"
    "tags.txt,The <i>Tag</i> Times,2024-03-14,Council <b>approves</b> <script>window.pwned = 4</script> budget\n"
)


def unavailable(reason: str) -> None:
    """CI must run these tests, so a missing browser fails there; elsewhere it skips."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}: run `make test`, which installs it", pytrace=False)
    pytest.skip(f"{reason} (run `make test`, which installs it)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(base_url: str, process: subprocess.Popen, log: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"datasette exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{base_url}/-/versions.json", timeout=1):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    pytest.fail(f"datasette did not answer within {seconds}s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@contextlib.contextmanager
def serving(folder: Path, *articles: Path):
    """Base URL of Datasette serving a database ingested from the articles folders."""
    db_path = folder / "events.db"
    result = CliRunner().invoke(cli, ["ingest", *map(str, articles), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    base_url = f"http://127.0.0.1:{(port := free_port())}"
    log = folder / "datasette.log"
    with open(log, "wb") as output:
        # The command line `dateline serve` runs, so the browser sees what a user sees.
        process = subprocess.Popen(datasette_command(db_path, METADATA, "127.0.0.1", port),
                                   stdout=output, stderr=subprocess.STDOUT)
    try:
        wait_until_serving(base_url, process, log)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("site"), EXAMPLES) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (articles := folder / "articles").mkdir()
    (articles / "tags.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (articles / "manifest.csv").write_text(HOSTILE_MANIFEST, encoding="utf-8")
    with serving(folder, articles) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def map_site(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("map"), EXAMPLES, MAP_ARTICLES) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory, pytestconfig):
    chosen = os.environ.get("DATELINE_ARTIFACTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    if any(folder.iterdir()):
        # Past output capture, so the folder is named in the test output whatever the verdict.
        with pytestconfig.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
            print(f"\nbrowser screenshots: {folder}")


def stay_on_this_machine(route) -> None:
    # The events page's map asks OpenStreetMap for tiles, as a user's browser does;
    # tests reach only the local server (markers are drawn without tiles).
    if urllib.parse.urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost"):
        route.continue_()
    else:
        route.abort()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route("**/*", stay_on_this_machine)
    yield context.new_page()
    context.close()


def screenshot(page, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def shown_row_count(page) -> int:
    heading = page.locator("h3").filter(has_text=ROW_COUNT).first.inner_text()
    return int(ROW_COUNT.match(heading).group(1).replace(",", ""))


def column(page, name: str) -> list[str]:
    """The visible cells of one column; empty (NULL) cells come out as ''."""
    return [text.strip() for text in page.locator(f"td.col-{name}").all_inner_texts()]


def click_facet(page, facet: str, value: str | None = None) -> str:
    """Click a value of a facet (the first listed unless named); the value clicked."""
    links = page.locator(f"#facet-{facet} li a")
    link = links.get_by_text(value, exact=True) if value else links.first
    value = link.inner_text()
    with page.expect_navigation():
        link.click()
    return value


def test_events_page_lists_events_in_date_order(page, site):
    table = yaml.safe_load(METADATA.read_text())["databases"]["events"]["tables"]["events"]
    assert "date_start" in (table.get("sort"), table.get("sort_desc")), "metadata.yml sorts events by date"
    page.goto(f"{site}/events/events")
    dates = [day for day in column(page, "date_start") if day]
    assert len(dates) > 10
    assert dates == sorted(dates, reverse=table.get("sort_desc") == "date_start")


def test_clicking_a_month_facet_filters_the_table(page, site):
    page.goto(f"{site}/events/events")
    everything = shown_row_count(page)
    facet_value = page.locator("#facet-month li").filter(has=page.locator("a")).first
    expected = int(facet_value.inner_text().split()[-1].replace(",", ""))
    month = click_facet(page, "month")
    assert f"month={month}" in page.url
    assert shown_row_count(page) == expected < everything
    assert set(column(page, "month")) == {month}


def test_event_links_to_its_source_document(page, site):
    page.goto(f"{site}/events/events")
    link = page.locator("td.col-document_id a").first
    title = link.inner_text()
    with page.expect_navigation():
        link.click()
    assert "/events/documents/" in page.url
    assert page.locator("td.col-title").first.inner_text().strip() == title


def test_search_box_finds_events_from_the_start_of_a_word(page, site):
    page.goto(f"{site}/events/events")
    everything = shown_row_count(page)
    page.fill("#_search", SEARCH_PREFIX)
    with page.expect_navigation():
        page.press("#_search", "Enter")
    assert f"_search={SEARCH_PREFIX}" in page.url
    assert page.locator("#_search").input_value() == SEARCH_PREFIX  # the box shows what was typed
    summaries = column(page, "summary")
    assert summaries and all(SEARCH_PREFIX in summary.lower() for summary in summaries)
    assert shown_row_count(page) == len(summaries) < everything


def test_events_between_form_returns_overlapping_events(page, site):
    start, end = BREACH_WEEKEND
    page.goto(f"{site}/events/events_between")
    page.fill("input[name=start]", start)
    page.fill("input[name=end]", end)
    with page.expect_navigation():
        page.click("form.sql input[type=submit]")
    assert f"start={start}" in page.url and f"end={end}" in page.url
    starts, ends = column(page, "date_start"), column(page, "date_end")
    assert starts and len(starts) == len(ends)
    assert all(first <= end and last >= start for first, last in zip(starts, ends, strict=True))
    results = page.locator("table.rows-and-columns").inner_text()
    for publisher in BREACH_PUBLISHERS:
        assert publisher in results


def test_facet_search_then_timeline_shows_the_selection_in_date_order(page, site, artifacts):
    page.goto(f"{site}/events/events?_size=1")  # a page of one row: the timeline must still show every row
    screenshot(page, artifacts, "1-events")
    year = click_facet(page, "year", JOURNEY_YEAR)
    screenshot(page, artifacts, "2-facet")
    page.fill("#_search", JOURNEY_PREFIX)
    with page.expect_navigation():
        page.press("#_search", "Enter")
    matching = shown_row_count(page)
    assert matching > 1 and re.search(rf"year(__exact)?={year}", page.url)  # the form keeps the facet
    screenshot(page, artifacts, "3-search")

    with page.expect_navigation():
        page.get_by_role("link", name=TIMELINE_LINK).click()
    assert "/events/events/-/timeline?" in page.url
    screenshot(page, artifacts, "4-timeline")
    events = page.locator("ol.timeline li.event")
    assert events.count() == matching
    assert page.locator("#dateline-count").inner_text() == f"{matching} dated events"
    spans = [(item.get_attribute("data-date-start"), item.get_attribute("data-date-end")) for item in events.all()]
    assert spans == sorted(spans) and all(start.startswith(year) for start, _ in spans)
    summaries = [text.lower() for text in events.locator(".summary").all_inner_texts()]
    assert all(JOURNEY_PREFIX in summary for summary in summaries)
    # What a person sees: each bar starts (each dot is centred) further right the later
    # its event, and a range is drawn longer than a single day's dot.
    boxes = [item.locator(".mark").bounding_box() for item in events.all()]
    single_day = [item.locator(".mark.day").count() == 1 for item in events.all()]
    starts = [round(box["x"] + box["width"] / 2 if day else box["x"], 1) for box, day in zip(boxes, single_day)]
    assert starts == sorted(starts)
    ranges = [box["width"] for box, day in zip(boxes, single_day) if not day]
    days = [box["width"] for box, day in zip(boxes, single_day) if day]
    if ranges and days:
        assert max(ranges) > max(days)
    # The week chart counts the same selection.
    weeks = page.locator("svg.dateline-weeks rect.week")
    assert sum(int(bar.get_attribute("data-count")) for bar in weeks.all()) <= matching


def test_article_markup_is_shown_as_text_everywhere(page, hostile_site, artifacts):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    def visit(path: str, name: str) -> str:
        page.goto(f"{hostile_site}{path}")
        screenshot(page, artifacts, f"markup-{name}")
        assert page.evaluate("typeof window.pwned") == "undefined", path  # no script ran
        assert page.locator("img").count() == 0, path  # no element came from the text
        return page.locator("body").inner_text()

    assert "<script>window.pwned = 4</script>" in visit("/events/documents", "documents")
    visit("/events/events", "events")
    summaries = column(page, "summary")
    assert any("<" in summary for summary in summaries)  # the clauses keep some of the markup
    timeline = visit("/events/events/-/timeline", "timeline")
    assert all(summary in timeline for summary in summaries)
    page.goto(f"{hostile_site}/events/documents")
    with page.expect_navigation():
        page.locator("td.col-id a").first.click()
    text = visit(page.url.removeprefix(hostile_site), "document")
    assert "<script>window.pwned = 1</script>" in text and "<b>approves</b>" in text and "The <i>Tag</i> Times" in text
    assert dialogs == []


def api_rows(base_url: str, path: str, **arguments: str) -> list[dict]:
    query = urllib.parse.urlencode({"_shape": "array", **arguments})
    with urllib.request.urlopen(f"{base_url}{path}.json?{query}", timeout=10) as response:
        return json.load(response)


def linear_fit(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    """Slope and intercept of the least-squares line through (value, position) pairs."""
    mean_value = sum(value for value, _ in pairs) / len(pairs)
    mean_position = sum(position for _, position in pairs) / len(pairs)
    slope = (sum((value - mean_value) * (position - mean_position) for value, position in pairs)
             / sum((value - mean_value) ** 2 for value, _ in pairs))
    return slope, mean_position - slope * mean_value


def on_land(page, x: float, y: float) -> bool:
    """Whether the map's land outline is painted at this point of the viewport."""
    return page.evaluate("([x, y]) => document.elementsFromPoint(x, y).some(e => e.matches('use.land'))", [x, y])


def test_timeline_map_draws_each_place_over_land_where_it_is(page, map_site, artifacts):
    places = {row["place"]: (row["latitude"], row["longitude"]) for row in api_rows(
        map_site, "/events", sql="select distinct place, latitude, longitude from events where latitude is not null")}
    assert set(INLAND_PLACES) <= set(places)
    page.goto(f"{map_site}/events/events/-/timeline")
    picture = page.locator("svg.dateline-map")
    picture.scroll_into_view_if_needed()
    screenshot(page, artifacts, "map-timeline")
    markers = picture.locator("g.place")
    assert sorted(markers.evaluate_all("gs => gs.map(g => g.dataset.place)")) == sorted(places)  # one per place
    centres = {}
    for marker in markers.all():
        box = marker.locator("circle").bounding_box()
        centres[marker.get_attribute("data-place")] = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    # East is right and north is up, for every place.
    assert sorted(places, key=lambda place: places[place][1]) == sorted(places, key=lambda place: centres[place][0])
    assert sorted(places, key=lambda place: -places[place][0]) == sorted(places, key=lambda place: centres[place][1])
    # The outline under the points is the world's: land under inland cities, sea off the coasts.
    assert all(on_land(page, *centres[place]) for place in INLAND_PLACES)
    x_slope, x_start = linear_fit([(places[place][1], centres[place][0]) for place in places])
    y_slope, y_start = linear_fit([(places[place][0], centres[place][1]) for place in places])
    for latitude, longitude in SEA_POINTS:
        assert not on_land(page, x_slope * longitude + x_start, y_slope * latitude + y_start), (latitude, longitude)


def cluster_map_markers(page) -> int:
    """Events the zoomable map shows: single markers plus the counts on cluster markers."""
    page.wait_for_selector(".leaflet-container .leaflet-marker-icon")
    page.wait_for_load_state("networkidle")  # every page of rows fetched and drawn
    icons = page.locator(".leaflet-marker-icon")
    clusters = [int(text) for text in page.locator(".leaflet-marker-icon.marker-cluster").all_inner_texts()]
    return icons.count() - len(clusters) + sum(clusters)


def test_events_page_has_a_zoomable_map_with_every_placed_event(page, map_site, artifacts):
    [placed] = api_rows(map_site, "/events", _shape="arrayfirst",
                        sql="select count(*) from events where latitude is not null")
    page.goto(f"{map_site}/events/events")
    assert cluster_map_markers(page) == placed > 1
    page.locator(".leaflet-container").screenshot(path=str(artifacts / "map-events.png"))


def test_map_query_popup_shows_an_event_and_links_to_it(page, map_site, artifacts):
    events = {row["summary"]: row for row in api_rows(map_site, "/events/events_map")}
    page.goto(f"{map_site}/events/events_map")
    assert cluster_map_markers(page) == len(events)
    single = page.locator(".leaflet-marker-icon:not(.marker-cluster)")
    for _ in range(10):  # clicking a cluster zooms in until its markers stand apart
        if single.count():
            break
        page.locator(".leaflet-marker-icon.marker-cluster").first.click()
        page.wait_for_timeout(500)
    single.first.click()
    popup = page.locator(".leaflet-popup-content")
    summary = popup.locator("strong").inner_text()
    event = events[summary]
    assert event["date_start"] in popup.inner_text() and event["place"] in popup.inner_text()
    screenshot(page, artifacts, "map-popup")
    with page.expect_navigation():
        popup.locator("a").click()
    assert page.url == f"{map_site}/events/events/{event['id']}"
    assert page.locator("td.col-summary").inner_text().strip() == summary
