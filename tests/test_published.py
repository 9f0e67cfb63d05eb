"""Publication dates printed in the text: which lines count and which never do."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.published import find_published
from site_pages import SITE_PAGES, marked_page

HEADLINE = "Harbour Repairs Run Into Winter"
BODY = (
    "The harbour authority said repairs to the eastern pier would take most of the winter.\n\n"
    "Workers began clearing debris from the quay after the storm had passed, officials said.\n\n"
    "Ferry services to the islands will run from the western berth until the work is done."
)
SIDEBAR = (
    "Editorial\n\n"
    "Budget Worries\nUpdated 04 Mar, 2025\n\nBudget Worries\n\n"
    "The provincial budget leaves little room for new spending this year...\n"
    "Rail Delays\n04 Mar, 2025\n\nRail Delays\n\n"
    "COMMUTERS have waited long enough for the promised timetable...\n"
)


def page(*parts: str) -> str:
    return "\n\n".join(parts)


# (case, text, expected date, expected kind)
CASES = [
    ("trailing published-in line",
     page(HEADLINE, BODY, "Published in The Harbour Courier, March 14th, 2024"), date(2024, 3, 14), "published"),
    ("published colon, day month year",
     page(HEADLINE, "Published: 14 Mar 2024", BODY), date(2024, 3, 14), "published"),
    ("published on, with time",
     page(HEADLINE, "Published on Mar. 14, 2024 10:15 AM", BODY), date(2024, 3, 14), "published"),
    ("posted", page(HEADLINE, "Posted March 14, 2024", BODY), date(2024, 3, 14), "published"),
    ("updated only", page(HEADLINE, "Updated: 2024-03-15", BODY), date(2024, 3, 15), "updated"),
    ("published preferred over an earlier updated line",
     page(HEADLINE, "Updated: 2024-03-15\nPublished: 2024-03-14", BODY), date(2024, 3, 14), "published"),
    ("published preferred on a shared line",
     page(HEADLINE, "Updated 15 March 2024 | Published 14 March 2024", BODY), date(2024, 3, 14), "published"),
    ("date line under a one-sentence standfirst",
     page(HEADLINE, "Engineers expect the pier to reopen by the summer season.", "By Ana Ruiz",
          "Published: 14 Mar 2024", BODY), date(2024, 3, 14), "published"),
    ("dateline with year",
     "LONDON, March 14, 2024 -- " + BODY, date(2024, 3, 14), "dateline"),
    ("dateline with region, weekday and agency",
     page(HEADLINE, "PORT ELLIS, Maine, Thursday, March 14, 2024 (Wire) \u2014 " + BODY),
     date(2024, 3, 14), "dateline"),
    ("byline with date", page(HEADLINE, "By Jane Doe | March 14, 2024", BODY), date(2024, 3, 14), "byline"),
    ("published line closing the article, then a sidebar of other stories",
     page(HEADLINE, BODY, "Published in The Harbour Courier, March 14th, 2024", SIDEBAR),
     date(2024, 3, 14), "published"),
    ("updated dates in a trailing sidebar are not the publication date",
     page(HEADLINE, BODY, SIDEBAR), None, None),
    ("dateline without a year", "WASHINGTON, Mar 14 (Wire) - " + BODY, None, None),
    ("date line without a year", page(HEADLINE, "Posted Mar 14", BODY), None, None),
    ("body sentence about another publication",
     page(HEADLINE, BODY, "The survey was published on May 3, 2019 by the ministry.", BODY), None, None),
    ("date line deep inside the body belongs to something else",
     page(HEADLINE, BODY, "Posted March 1, 2020", BODY), None, None),
    ("empty date labels", page(HEADLINE, "Published: Updated:", BODY), None, None),
    ("impossible day", page(HEADLINE, "Published: 31 Feb 2024", BODY), None, None),
    ("a bare date under the headline is not said to be the publication date",
     page(HEADLINE, "March 14, 2024", BODY), None, None),
    ("nothing printed", page(HEADLINE, BODY), None, None),
    # Printed forms of common news sites.
    ("first published under a later stamp, Guardian style",
     page(HEADLINE, "Jane Doe", "Thu 4 Nov 2021 09.00 GMT", "First published on Wed 3 Nov 2021 10.00 GMT", BODY),
     date(2021, 11, 3), "published"),
    ("first published at the head, last modified at the end",
     page(HEADLINE, "First published on Wed 3 Nov 2021 10.00 GMT", BODY,
          "Last modified on Thu 4 Nov 2021 09.00 GMT", "Explore more on these topics", "Shipping"),
     date(2021, 11, 3), "published"),
    ("last modified alone at the end",
     page(HEADLINE, BODY, "Last modified on Thu 4 Nov 2021 09.00 GMT", "Explore more on these topics", "Shipping"),
     date(2021, 11, 4), "updated"),
    ("published label over its date, BBC style",
     page(HEADLINE, "Published\n3 November 2021", "Share", BODY), date(2021, 11, 3), "published"),
    ("published and a day month year on one line", page(HEADLINE, "Published 3 November 2021", BODY),
     date(2021, 11, 3), "published"),
    ("update time, CNN style",
     page(HEADLINE, "By Jane Doe, CNN", "Updated 10:15 AM ET, Wed November 3, 2021", BODY),
     date(2021, 11, 3), "updated"),
    ("posted and updated with times, local CMS style",
     page(HEADLINE, "By Jane Doe | Staff writer",
          "Posted: Nov 3, 2021 / 10:15 AM EDT / Updated: Nov 4, 2021 / 04:30 PM EDT", BODY),
     date(2021, 11, 3), "published"),
    ("published and updated in capitals, with times before the dates",
     page(HEADLINE, "PUBLISHED: 10:15 EDT, 3 November 2021 | UPDATED: 16:30 EDT, 4 November 2021", BODY),
     date(2021, 11, 3), "published"),
    ("published on, with a capital", page(HEADLINE, "Published On 3 Nov 2021", BODY), date(2021, 11, 3), "published"),
    ("posted on, blog style", page(HEADLINE, "Posted on November 3, 2021 by harbourwatcher", BODY),
     date(2021, 11, 3), "published"),
    ("a stamp and its update on one line",
     page(HEADLINE, "Jane Doe", "Nov 3, 2021 Updated Nov 4, 2021", BODY), date(2021, 11, 3), "published"),
    ("a stamp and a relative update",
     page(HEADLINE, "November 3, 2021 10:15 AM UTC Updated 2 hours ago", BODY), date(2021, 11, 3), "published"),
    ("byline over its date", page(HEADLINE, "By Tom Bell\nNov. 3, 2021", BODY), date(2021, 11, 3), "byline"),
    ("wire dateline with year and agency, no place", "Nov 3, 2021 (AP) - " + BODY, date(2021, 11, 3), "dateline"),
    ("wire dateline without a year, Reuters style",
     page(HEADLINE, "3 min read", "LONDON, Nov 3 (Reuters) - " + BODY), None, None),
    ("a date and a dash opening a sentence is no dateline",
     page(HEADLINE, "March 14, 2024 - a day the harbour will remember. " + BODY), None, None),
    ("relative stamps are no date",
     page(HEADLINE, "Published\n3 hours ago", "Updated 2 hours ago", BODY), None, None),
    ("dates of other stories after the article",
     page(HEADLINE, BODY, "More on this story", "Storm leaves trail of damage along coast",
          "Published\n28 October 2021", "Ferry firm cancels winter crossings", "30 October 2021"), None, None),
    ("dates of comments after the article",
     page(HEADLINE, BODY, "2 thoughts on \u201cHarbour Repairs Run Into Winter\u201d", "Jane Smith says:",
          "Posted November 3, 2021 at 10:15 am", "Great news for the town, finally some progress on this.", "Reply"),
     None, None),
    ("dateline preferred over a later update",
     page(HEADLINE, "Updated 10:15 AM ET, Thu November 4, 2021", "PORT ELLIS, Maine, Nov 3, 2021 (AP) \u2014 " + BODY),
     date(2021, 11, 3), "dateline"),
    ("first published preferred over update and dateline",
     page(HEADLINE, "Updated Nov 5, 2021", "First published Nov 3, 2021",
          "PORT ELLIS, Maine, Nov 4, 2021 (AP) \u2014 " + BODY), date(2021, 11, 3), "published"),
    # South Asian, Gulf, UK and Irish forms.
    ("published on, with a weekday", page(HEADLINE, "Published on: Wednesday, November 03, 2021", BODY),
     date(2021, 11, 3), "published"),
    ("published and updated with a time zone",
     page(HEADLINE, "Published: November 3, 2021 10:15 PM IST", "Updated: Nov 4, 2021, 09:40 IST", BODY),
     date(2021, 11, 3), "published"),
    ("first published over last updated, day first",
     page(HEADLINE, "First Published: 03 Nov 2021, 10:15 AM", "Last Updated: 04 Nov 2021, 09:40 AM", BODY),
     date(2021, 11, 3), "published"),
    ("updated after a slash", page(HEADLINE, "Updated / Wednesday, 3 Nov 2021 22:15", BODY),
     date(2021, 11, 3), "updated"),
    ("posted by, ordinal day without a comma", page(HEADLINE, "Posted by Jane Doe on Nov 3rd 2021, 10:15 PM", BODY),
     date(2021, 11, 3), "published"),
    ("posted and updated on one line",
     page(HEADLINE, "Posted Wed 3 Nov 2021 at 10:15pm, updated Thu 4 Nov 2021 at 6:02am", BODY),
     date(2021, 11, 3), "published"),
    ("date line under a standfirst, then a photo label",
     page(HEADLINE, "Engineers expect the pier to reopen by the summer season.",
          "Published: 14 Mar 2024", "Representative image", BODY), date(2024, 3, 14), "published"),
    ("published in a paper, then a most-read list with dates",
     page(HEADLINE, BODY, "Published in The Harbour Courier, November 3rd, 2021", "Most Read",
          "Ferry fares rise again", "Updated 02 Nov, 2021", "Pier festival cancelled", "01 Nov, 2021"),
     date(2021, 11, 3), "published"),
    ("a time stamp without a date", page(HEADLINE, "10:15 PM IST", BODY), None, None),
    ("capital dateline without a year", "ISLAMABAD: " + BODY, None, None),
    ("agency dateline without a year", "New Delhi [India], Nov 3 (WIRE): " + BODY, None, None),
]


@pytest.mark.parametrize("text, expected, kind", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_find_published(text, expected, kind):
    found = find_published(text)
    assert (found and found.date, found and found.kind) == (expected, kind)


@pytest.mark.parametrize("text", [case[1] for case in CASES if case[2]], ids=[case[0] for case in CASES if case[2]])
def test_span_is_the_date_lines_or_the_dateline_prefix(text):
    found = find_published(text)
    assert found.start == text.rfind("\n", 0, found.start) + 1
    if found.kind == "dateline":
        assert text[found.start:found.end].rstrip().endswith(("-", "\u2014"))
    else:
        assert text[found.end:].startswith("\n") or found.end == len(text)


@pytest.mark.parametrize("prefix, expected", [("004_", date(2021, 11, 3)), ("002_", None)])
def test_seed_publication_lines(prefix, expected, seeds_dir):
    (seed,) = seeds_dir.glob(f"{prefix}*.txt")
    found = find_published(seed.read_text(encoding="utf-8"))
    assert (found and found.date) == expected


# Publication dates of the scraped pages in test_clean.SITE_PAGES: (page, date, kind).
SITE_PAGE_DATES = [
    ("wire service, AP style", date(2021, 11, 3), "dateline"),
    ("public broadcaster, BBC style", date(2021, 11, 3), "published"),
    ("Indian national daily", date(2021, 11, 3), "published"),
    ("Indian broadcaster with agency copy", date(2021, 11, 3), "updated"),
    ("Indian portal with poll and author box", date(2021, 11, 3), "published"),
    ("Indian regional with a related sidebar", date(2021, 11, 3), "published"),
    ("Pakistani daily, Dawn style", date(2021, 11, 3), "published"),
    # An author's name over a bare date is not said to be a byline.
    ("Pakistani opinion page", None, None),
    ("Gulf daily", date(2021, 11, 3), "published"),
    # "10:15 PM IST" names no day.
    ("Gulf broadcaster, Al Arabiya style", None, None),
    ("UK tabloid", date(2021, 11, 3), "published"),
    ("Irish broadcaster", date(2021, 11, 3), "updated"),
    ("Irish news site, posted by", date(2021, 11, 3), "published"),
    ("Australian broadcaster", date(2021, 11, 3), "published"),
]


@pytest.mark.parametrize("name, expected, kind", SITE_PAGE_DATES, ids=[row[0] for row in SITE_PAGE_DATES])
def test_find_published_on_site_pages(name, expected, kind):
    raw, _ = marked_page(SITE_PAGES[name])
    found = find_published(raw)
    assert (found and found.date, found and found.kind) == (expected, kind)
