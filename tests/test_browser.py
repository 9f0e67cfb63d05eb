"""Browse the example timeline as a user would: real ingest, a real `datasette serve`
subprocess and Debian's headless Chromium driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ingest.cli import cli, datasette_command

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
METADATA = REPO / "metadata.yml"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
# The Sunday 2024-03-10 sea wall breach, reported by three publishers in examples/.
BREACH_WEEKEND = ("2024-03-09", "2024-03-10")
BREACH_PUBLISHERS = ("The Harbour Courier", "Coastal Ledger", "Eastline Wire")
SEARCH_WORD = "footbridge"  # in exactly one dated sentence of examples/
ROW_COUNT = re.compile(r"^\s*([\d,]+) rows?\b")


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


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Base URL of Datasette serving a database ingested from examples/."""
    folder = tmp_path_factory.mktemp("site")
    db_path = folder / "events.db"
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--db", str(db_path)])
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


@pytest.fixture
def page(browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


def shown_row_count(page) -> int:
    heading = page.locator("h3").filter(has_text=ROW_COUNT).first.inner_text()
    return int(ROW_COUNT.match(heading).group(1).replace(",", ""))


def column(page, name: str) -> list[str]:
    """The visible cells of one column; empty (NULL) cells come out as ''."""
    return [text.strip() for text in page.locator(f"td.col-{name}").all_inner_texts()]


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
    month = facet_value.locator("a").inner_text()
    expected = int(facet_value.inner_text().split()[-1].replace(",", ""))
    with page.expect_navigation():
        facet_value.locator("a").click()
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


def test_search_box_finds_matching_events(page, site):
    page.goto(f"{site}/events/events")
    everything = shown_row_count(page)
    page.fill("#_search", SEARCH_WORD)
    with page.expect_navigation():
        page.press("#_search", "Enter")
    assert f"_search={SEARCH_WORD}" in page.url
    summaries = column(page, "summary")
    assert summaries and all(SEARCH_WORD in summary.lower() for summary in summaries)
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
