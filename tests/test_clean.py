"""Page furniture: what survives clean_text and what does not."""

from __future__ import annotations


import pytest

from ingest.clean import clean_text

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


# Scraped pages in the style of common news sites, written for these tests (fiction).
# Each line is marked: "+ " a line of the article, which clean_text keeps unchanged;
# "- " page furniture, which it drops. Blank lines are part of the page as scraped.
SITE_PAGES = {
    "wire service, Reuters style": """
- Skip to main content
+ Ferry operators warn of winter delays after storm damages south coast piers
- By Jane Doe and Tom Bell
- 3 min read
- November 3, 2021 10:15 AM UTC Updated 2 hours ago

+ LONDON, Nov 3 (Reuters) - Britain's largest ferry operators warned on Wednesday that crossings to the islands would face delays through the winter after last month's storm damaged two piers on the south coast.

+ The operators said repairs at Port Ellis would not be finished before March, and that freight would move to a temporary berth in the meantime.

- Register now for FREE unlimited access to Reuters.com
- Register

+ "We are doing everything we can to keep goods moving," a spokesperson for one operator said.

+ Shares in the two listed operators fell about 2% in early trading.

- Reporting by Jane Doe and Tom Bell; Editing by Mark Green
- Our Standards: The Trust Principles.
- Acquire Licensing Rights, opens new tab
- Read Next
- Business
- Shipping firms raise freight rates as fuel costs climb
- 2 hours ago
- Markets
- Sterling steadies ahead of central bank decision
- 4 hours ago
""",
    "wire service, AP style": """
+ Storm-hit harbour town counts the cost of a wrecked pier
- By JANE DOE
- Associated Press
- Nov 3, 2021
- Fishing boats crowd the western berth in Port Ellis on Tuesday, a week after the storm

+ PORT ELLIS, Maine, Nov 3, 2021 (AP) — The storm that tore through this fishing town last month left more than a wrecked pier behind.

+ Boats that once tied up at the eastern pier now crowd the western berth, and some crews have stopped going out at all.

+ "You can't fish if you can't land the catch," said one captain, who has worked out of the harbour for 30 years.

+ Who will pay for the repairs?

+ That question hangs over a town meeting set for next week.

- Associated Press writer Tom Bell in Boston contributed to this report.

- Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
""",
    "public broadcaster, BBC style": """
+ Port Ellis: Eastern pier to stay shut all winter after storm
- Published
- 3 November 2021
- Share
- close panel
- Share page
- Copy link
- About sharing
- Related Topics
- Port Ellis
- Image source, Getty Images
- Image caption,
- The eastern pier was badly damaged in last month's storm
+ The eastern pier at Port Ellis will stay closed until the spring, the harbour authority has said.
+ Engineers found cracks along its whole length when the water went down.
+ "It is heartbreaking to see it like this," said harbour master Anna Ruiz.
- Image caption, Fishing boats have moved to the western berth
+ Local councillor Tom Bell asked: "Who is going to pay for all of this?"
+ The authority said it would publish a full repair plan next month.
- Related Topics
- Port Ellis
- Flooding
- More on this story
- Storm leaves trail of damage along coast
- 28 October 2021
- Ferry firm cancels winter crossings
- 30 October 2021
- Related Internet Links
- Port Ellis Harbour Authority
- The BBC is not responsible for the content of external sites.
- Top Stories
- Ministers set out plans for coastal defences
- 3 hours ago
""",
    "national daily, Guardian style": """
- Port Ellis
- This article is more than 3 years old
+ Harbour pier repairs will take all winter, authority says
+ Engineers find cracks along the eastern pier as ferry firms move to the western berth
- Jane Doe
- Wed 3 Nov 2021 10.00 GMT
- Share on Facebook
- Share on Twitter
- Share via Email
+ Repairs to the storm-damaged eastern pier at Port Ellis will take the whole winter, the harbour authority has said, leaving ferry firms to share a single berth until March.
+ Engineers who inspected the pier after the storm found cracks along its entire length.
- Fishing boats at the western berth on Tuesday. Photograph: Jane Doe/The Guardian
+ "We have never seen damage like it," the authority's chief engineer said.
- Sign up to First Edition, our free daily newsletter – every weekday morning at 7am
+ The cost of the repairs has not yet been published.
- Explore more on these topics
- Port Ellis
- Shipping
- news
- Share
- Reuse this content
- Most viewed
- Ministers set out plans for coastal defences
""",
    "cable news, CNN style": """
- Skip to content
- Sign in
+ A harbour town faces a long winter after a storm wrecked its pier
- By Jane Doe, CNN
- Updated 10:15 AM ET, Wed November 3, 2021
+ Port Ellis, Maine (CNN) - The eastern pier in this small harbour town will stay closed until spring, local officials said on Wednesday.
- Story continues below advertisement
- Advertisement
+ The storm last month tore away a long section of decking and left deep cracks in the stone below it.
- Sign up for our newsletter to get the top stories delivered to your inbox.
- Subscribe
+ "We will rebuild it," the town's harbour master said. "It will just take time."
- CNN's Tom Bell contributed to this report.
- Paid Content
- Search CNN...
""",
    "local news CMS": """
- We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.
- Accept
- Menu
- Local News
+ Council approves $2 million for storm-damaged pier
- By Jane Doe | Staff writer
- Posted: Nov 3, 2021 / 10:15 AM EDT / Updated: Nov 3, 2021 / 04:30 PM EDT
- (Photo by Tom Bell/Getty Images)
+ PORT ELLIS, Maine (WXYZ) — The town council voted on Tuesday night to spend $2 million on repairs to the eastern pier.
+ The vote was 5-2.
- RELATED: Storm damage closes Port Ellis pier for the season
+ Council members who voted against the plan said the town should wait for a state grant.
- WATCH: Drone footage shows the damage to the pier
- READ MORE: Ferry firm cancels winter crossings
+ "We can't wait," the council chair said. "The fishing season starts in April."
- Click here to sign up for breaking news alerts.
- Follow us on Twitter @PortEllisNews
+ Work is expected to begin next month.
- Tags: Port Ellis, harbour, town council, storm
- Jane Doe is a reporter covering local government and the coast for the Courier.
- Contact the author at jdoe@example.com.
- 12 comments
""",
    "newspaper of record, NYT style": """
- Supported by
- Continue reading the main story
+ A Storm Wrecked Their Pier. Now a Fishing Town Has to Decide What Comes Next.
+ The eastern pier in Port Ellis, Maine, will be closed all winter, and the town is split over how to pay for it.
- Send any friend a story
- Share full article
- 12
- Fishing boats crowded the western berth on Tuesday.Credit...Jane Doe for The Chronicle
- By Tom Bell
- Nov. 3, 2021
+ PORT ELLIS, Maine — For a hundred years, the eastern pier has been where this town lands its catch.
+ Last month, a storm tore away most of its decking.
- Advertisement
- SKIP ADVERTISEMENT
+ “It felt like losing a member of the family,” said Anna Ruiz, who has fished here since she was a girl.
+ The town will vote next week on a $2 million repair plan.
- A version of this article appears in print on Nov. 4, 2021, Section A, Page 14 of the New York edition with the headline: Storm Leaves a Town Divided.
- Order Reprints | Today’s Paper | Subscribe
- See more on: Port Ellis
""",
    "cable news, Fox style": """
+ Maine harbor town divided over $2M pier repair after storm
- By Jane Doe | Fox News
- Facebook
- Twitter
- Flipboard
- Comments
- Print
- Email
- close
- Video
- Storm damage in Maine harbor town
+ A small Maine harbor town is divided over whether to spend $2 million repairing a pier wrecked by last month's storm.
- CLICK HERE TO GET THE FOX NEWS APP
+ The town's council will vote on the plan next week.
- Jane Doe is a reporter for Fox News Digital covering the Northeast. Follow her on Twitter at @janedoe.
""",
    "WordPress blog with comments": """
+ Our pier, one month on
- Posted on November 3, 2021 by harbourwatcher
+ A month after the storm, the eastern pier is still closed and the boats are still crowded at the western berth.
- FILE - In this Oct. 28, 2021, file photo, workers clear debris from the eastern pier. (AP Photo/Tom Bell, File)
+ Here is what we know so far.
+ The council meets next Tuesday
+ The repair plan will cost about $2 million, and the vote is expected to be close.
- Share this:
- Twitter
- Facebook
- Like this:
- Like Loading...
- Related
- Posted in News | Tagged harbour, pier, storm
- Leave a Reply Cancel reply
- Your email address will not be published. Required fields are marked *
- Comment
- Name *
- Email *
- Save my name, email, and website in this browser for the next time I comment.
""",
    "regional paper with tweet embed": """
- Home
- News
+ Divers begin survey of storm-damaged pier
- Jane Doe
- Staff Writer
- Nov 3, 2021 Updated Nov 4, 2021
- 0
+ Divers began a survey of the eastern pier's foundations on Tuesday, the harbour authority said.
- Divers prepare to inspect the pier. (Courtesy photo)
+ The authority posted a short video of the dive on social media.
- Divers are in the water this morning at the eastern pier. pic.twitter.com/abc123
- — Port Ellis Harbour (@PortEllisHarbour) November 2, 2021
+ The results are expected by the end of the month.
- Have a news tip? Email us at news@example.com.
- Get local news delivered to your inbox!
- Sign up
- Email Address
- Privacy Policy
- Terms of Use
- Contact Us
""",
    "feature opening on short lines": """
- Features
+ The night the pier fell
- By Jane Doe
- 5 min read
+ It was 4 a.m.
+ The phone rang twice.
+ By the time the harbour master reached the quay, the eastern pier was already half gone, its decking scattered across the water like matchsticks.
+ Nobody was hurt.
""",
    "paywalled regional with agency captions": """
- Home > News > Coast
+ Ferry firm cuts winter crossings as pier repairs drag on
- Listen to article 3 min
- Workers clear debris from the eastern pier. Tom Bell/Getty Images
+ The island ferry will run three days a week until March, its operator said on Tuesday.
+ Share prices in the operator rose 4% after the announcement.
+ Updated figures released by the harbour authority show freight volumes down by a third.
- Already a subscriber? Log in
- Subscribe to continue reading.
+ Related talks with the unions are due to start next week.
+ • Crossings on Monday, Wednesday and Friday
+ • Freight on Tuesdays only
+ Opinion polls suggest islanders are split on the plan.
- This website uses cookies to improve your experience.
- Accept all cookies
""",
    "article with a closing list and a related list": """
+ What the pier closure means for you
+ The eastern pier will stay closed until March. Here is what changes for ferry passengers.
+ Which services are affected?
+ All crossings to the outer islands, and the weekend service to the mainland.
+ Key dates
+ 1 December: winter timetable begins
+ 15 March: Pier Due To Reopen
- Related Stories
- Storm wrecks eastern pier
- Town council approves repair fund
- Divers survey pier foundations
""",
    "comments without a marker": """
+ Pier repair vote delayed again
+ The town council has delayed its vote on the pier repairs for a second time, officials said on Monday.
+ Members want more time to study the engineers' report before they decide.
- 12 Comments
- Jane Smith
- 2 days ago
- This is ridiculous. The council should have fixed the pier years ago.
- Reply
- harbourfan
- 1 day ago
- Agreed, the whole thing has been handled badly from the start.
- Reply
""",
    "sidebar of sentence teasers between markers": """
+ Pier repair vote delayed again
+ The town council has delayed its vote on the pier repairs for a second time, officials said on Monday.
+ Members want more time to study the engineers' report before they decide.
- Most Popular
- Council approves new harbour budget after a long debate on Tuesday.
- Read more
- Ferry company announces a new winter timetable for the islands.
- Read more
- Fishermen count the cost of a month without the eastern pier.
- Read more
""",
    "comment author lines that say": """
+ Pier repair vote delayed again
+ The town council has delayed its vote on the pier repairs for a second time, officials said on Monday.
+ Members want more time to study the engineers' report before they decide.
- 2 thoughts on “Pier repair vote delayed again”
- Jane Smith says:
- November 3, 2021 at 10:15 am
- This is ridiculous. The council should have fixed the pier years ago.
- Reply
- Tom Bell says:
- November 4, 2021 at 8:02 am
- Agreed, the whole thing has been handled badly from the start.
- Reply
""",
    "blog without furniture": """
+ Why the old pier still matters
+ Every town on this coast has a pier, but few have one as old as ours.
+ It was built in stone, by hand, over six summers.
+ Will it survive another storm?
+ "Nobody knows," the engineer told me.
+ I hope she is wrong about that
""",
}


def marked_page(marked: str) -> tuple[str, list[str]]:
    """The page as scraped, and its article lines in order."""
    lines = marked.strip("\n").split("\n")
    assert all(line[:2] in ("+ ", "- ") or not line for line in lines)
    return "\n".join(line[2:] for line in lines), [line[2:] for line in lines if line.startswith("+ ")]


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
