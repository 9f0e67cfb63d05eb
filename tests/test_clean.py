"""Page furniture: what survives clean_text and what does not."""

from __future__ import annotations

import pytest

from ingest.clean import clean_text
from site_pages import SITE_PAGES, marked_page

HEADLINE = "Harbour Repairs Run Into Winter"
LEAD = "The harbour authority said on Monday that repairs to the eastern pier would take most of the winter."
MIDDLE = "Workers began clearing debris from the quay last week, after the storm had passed."
QUOTE = "\u201cWe will rebuild the pier stone by stone,\u201d the harbour master told reporters."
LAST = "Ferry services to the islands will run from the western berth until the work is done in March."


def page(*parts: str) -> str:
    return "\n\n".join(parts)


# (case, raw page, lines that must survive, text that must not)
CASES = [
    ("badges under the headline",
     page(HEADLINE, "Published: Updated:\nRead Mode\n100% Font Size\n4 min read", LEAD, MIDDLE, LAST),
     [HEADLINE, LEAD, LAST], ["Published:", "Read Mode", "Font Size", "min read"]),
    ("call to action between paragraphs",
     page(HEADLINE, LEAD, "For breaking news follow our WhatsApp channel or get the app.", MIDDLE, LAST),
     [LEAD, MIDDLE], ["WhatsApp"]),
    ("comment widget at the end",
     page(LEAD, MIDDLE, LAST, "3 Comments", "Notify of", "Inline Feedbacks", "View all comments"),
     [LEAD, LAST], ["Comments", "Notify of", "Feedbacks", "View all"]),
    ("read-more list of other headlines",
     page(LEAD, MIDDLE, LAST, "Read more:", "Council Approves Budget For Next Year",
          "Storm surge floods lower town for the second time in March", "Top Stories Today"),
     [LEAD, LAST], ["Read more", "Council Approves", "Storm surge", "Top Stories"]),
    ("another story's headline inserted mid-article",
     page(HEADLINE, LEAD, "Singer Cancels Summer Tour After Stage Fall On Friday", MIDDLE, QUOTE, LAST),
     [HEADLINE, LEAD, MIDDLE, QUOTE, LAST], ["Singer Cancels"]),
    ("teaser headline ending in a quotation",
     page(LEAD, "Mayor Vows To Stay: 'I Will Not Resign Over This'", MIDDLE, LAST),
     [LEAD, MIDDLE, LAST], ["Mayor Vows"]),
    ("article ending on a quotation without a full stop",
     page(LEAD, MIDDLE, "\u201cWe will be back on the water by the summer\u201d", "Related", "Harbour Festival Returns"),
     [LEAD, "\u201cWe will be back on the water by the summer\u201d"], ["Related", "Festival"]),
    ("related box inside the article",
     page(LEAD, "Related: Port Strike Ends After Nine Days", "Ferry Timetable Changes From April", MIDDLE, LAST),
     [LEAD, MIDDLE, LAST], ["Related", "Port Strike", "Ferry Timetable"]),
    ("publisher blurb, source line and punctuation debris",
     page(LEAD, MIDDLE, LAST,
          "The Harbour Courier is the coast's oldest daily. Support our journalism by becoming a member.",
          "Source: Harbour Courier", ", , , , ,"),
     [LEAD, LAST], ["oldest daily", "Source:", ", ,"]),
    ("correction box and standards note",
     page(LEAD, MIDDLE, LAST, "Truth and Accuracy", "Submit a Correction \u2192",
          "We check every story before it runs. Read our editorial standards."),
     [LEAD, LAST], ["Truth and Accuracy", "Correction", "standards"]),
    ("publication line, then other stories with their own dates",
     page(HEADLINE, LEAD, MIDDLE, LAST, "Published in The Harbour Courier, March 14th, 2024",
          "Opinion", "Tides Of Change", "The town must decide what kind of harbour it wants to keep.",
          "Editorial", "Budget worries\nUpdated 04 Mar, 2025", "Budget worries",
          "The provincial budget leaves little room for new spending this year...",
          "Rail delays\n04 Mar, 2025", "Rail delays", "COMMUTERS have waited long enough for the promised timetable..."),
     [HEADLINE, LEAD, LAST], ["Published in", "Opinion", "Tides", "2025", "Budget", "COMMUTERS"]),
    ("copyright notice", page(LEAD, MIDDLE, LAST, "\u00a9 2024 Harbour Courier. All rights reserved."),
     [LEAD, LAST], ["\u00a9", "rights reserved"]),
    ("bylines and credits",
     page(HEADLINE, "By Ana Ruiz | March 14, 2024", LEAD, "Photo: Harbour Courier archive", MIDDLE, LAST,
          "Reporting by Ana Ruiz; Editing by Tom Bell"),
     [HEADLINE, LEAD, MIDDLE, LAST], ["Ana Ruiz", "Photo:", "Editing"]),
    ("subheads inside the body are the article's",
     page(HEADLINE, LEAD, "What the repairs will cost", MIDDLE, "Ferries move west", LAST),
     [HEADLINE, LEAD, "What the repairs will cost", MIDDLE, "Ferries move west", LAST], []),
    ("a marker word opening a sentence is prose",
     page(LEAD, "Comments from the ministry were not returned by Friday evening.", "Opinion polls show the "
          "harbour plan is popular with most residents of the town.", LAST),
     [LEAD, "Comments from the ministry", "Opinion polls show", LAST], []),
    ("furniture words inside sentences are prose",
     page(LEAD, "Share prices in the ferry operator fell 3% on Wednesday.",
          "Copyright lawyers said the ruling over the harbour crest would be appealed.",
          "Watch parties were held across the town on Sunday night.",
          "Updated figures show freight volumes down by a third since the storm.", LAST),
     [LEAD, "Share prices", "Copyright lawyers", "Watch parties", "Updated figures", LAST], []),
    ("site name printed over the headline",
     page("Harbour Town Courier\nNews\nFerry crews prepare for a winter of repairs at the pier", LEAD, MIDDLE, LAST),
     ["Ferry crews prepare for a winter of repairs", LEAD, LAST], ["Harbour Town Courier"]),
    ("a Title Case headline under a short section name stays the headline",
     page("Local News", HEADLINE, LEAD, MIDDLE, LAST), [HEADLINE, LEAD, LAST], ["Local News"]),
    ("read-more list named after its site",
     page(LEAD, MIDDLE, LAST, "Read more from the Courier", "Pier Festival Set For December", "Sep 30, 2024"),
     [LEAD, LAST], ["Read more", "Pier Festival", "2024"]),
    ("related list with summaries after the article",
     page(LEAD, MIDDLE, LAST, "Related Stories", "Council Approves Budget",
          "The council approved its budget for next year after a long debate on Tuesday.",
          "Ferry Timetable Changes", "The ferry company announced a new winter timetable for the islands on Monday."),
     [LEAD, LAST], ["Related", "council approved", "ferry company announced"]),
    ("one-line promos inside the article, a long sidebar after it",
     page(LEAD, "Also Read | Council Approves Budget For Next Year", MIDDLE,
          "READ | Ferry Timetable Changes From April", LAST, "(With inputs from agencies)",
          "Trending Topics", "Harbour Festival", "Pier Repairs", "Ferry Fares", "Latest News",
          "Council Approves Budget", "2 hours ago", "Rail Delays Continue", "3 hours ago"),
     [LEAD, MIDDLE, LAST], ["Also Read", "READ |", "inputs", "Trending", "Latest"]),
    ("a standfirst over the date lines",
     page(HEADLINE, "Engineers expect the pier to reopen by the summer season, the harbour authority said.",
          "By Ana Ruiz", "Published: March 14, 2024 10:15 PM IST", "Updated: Mar 15, 2024, 09:40 IST",
          "Representative image", LEAD, MIDDLE, LAST, "Latest News", "Council Approves Budget",
          "Ferry Timetable Changes", "Pier Festival Returns", "Rail Delays Continue"),
     [HEADLINE, "Engineers expect the pier", LEAD, MIDDLE, LAST], ["Ana Ruiz", "Published", "Updated", "image"]),
    ("short sentences of the article stay",
     page(LEAD, "He declined.", QUOTE, "\u201cNot yet,\u201d she said.", LAST),
     [LEAD, "He declined.", "\u201cNot yet,\u201d she said.", LAST], []),
]


@pytest.mark.parametrize("raw, kept, dropped", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_clean_text(raw, kept, dropped):
    cleaned = clean_text(raw)
    for text in kept:
        assert text in cleaned
    for text in dropped:
        assert text not in cleaned


@pytest.mark.parametrize("raw", [case[1] for case in CASES], ids=[case[0] for case in CASES])
def test_kept_paragraphs_are_lines_of_the_page_unchanged(raw):
    page_lines = {line.strip() for line in raw.split("\n")}
    assert all(paragraph in page_lines for paragraph in clean_text(raw).split("\n\n"))


@pytest.mark.parametrize("marked", SITE_PAGES.values(), ids=SITE_PAGES.keys())
def test_site_page_keeps_exactly_its_article_lines(marked):
    raw, article = marked_page(marked)
    assert clean_text(raw).split("\n\n") == article


def test_a_page_without_furniture_comes_back_unchanged():
    raw = page(HEADLINE, LEAD, MIDDLE, QUOTE, LAST)
    assert clean_text(raw) == raw
    _, paragraphs = marked_page(SITE_PAGES["blog without furniture"])
    assert clean_text(page(*paragraphs)) == page(*paragraphs)
    assert clean_text("  " + LEAD + "  \n" + LAST + "\n") == page(LEAD, LAST)


SEED_FURNITURE = ["min read", "Font Size", "Read Mode", "Published:", "Notify of", "View all comments",
                  "Read more", "2025", "Submit a Correction", "Top Content", "Source:", "follow our",
                  "becoming a", "editorial standards", ", , ,", "Opinion", "Editorial", "IMF"]
# Body facts each seed reports; the sentences that carry them must survive.
SEED_FACTS = {
    "000_": ["last week", "September 28"],
    "001_": ["on Sunday", "a week ago", "Last week"],
    "002_": ["last few weeks"],
    "003_": ["in 2015", "in the past week"],
    "004_": ["on Monday", "January 2015", "Aug 15", "Aug 26", "a week ago", "last week"],
}


@pytest.mark.parametrize("prefix", sorted(SEED_FACTS))
def test_seed_loses_its_furniture_and_keeps_its_prose(prefix, seeds_dir):
    (seed,) = seeds_dir.glob(f"{prefix}*.txt")
    raw = seed.read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    for furniture in SEED_FURNITURE:
        assert furniture not in cleaned
    sentences_with_facts = [line.strip() for line in raw.splitlines() if any(f in line for f in SEED_FACTS[prefix])]
    assert sentences_with_facts, "the seed no longer mentions these facts"
    for sentence in sentences_with_facts:
        assert sentence in cleaned
    # Most of the page is the article: cleaning removes furniture, not the story.
    assert len(cleaned) > 0.6 * len(raw)
