"""Scraped pages in the style of common news sites, written for the tests of
clean_text and find_published (fiction). Each line is marked: "+ " a line of
the article, which clean_text keeps unchanged; "- " page furniture, which it
drops. Blank lines are part of the page as scraped."""

from __future__ import annotations

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
    # South Asian, Gulf, UK, Irish and Australian site styles.
    "Indian national daily": """
- Home / India News
+ Heavy rain delays opening of new metro line in the capital
+ The elevated section will now open in December after water damaged signalling equipment at two stations.
- By Priya Sharma
- Published: November 3, 2021 10:15 PM IST
- Updated: Nov 4, 2021, 09:40 IST
- Representative image
+ NEW DELHI: The opening of the new metro line in the capital has been delayed by at least a month after heavy rain flooded two stations, officials said on Wednesday.
+ The metro corporation said inspections of the damaged section would be completed by next week.
- Also Read | Commuters face long queues as bus services are cut
+ "Safety comes first, and we will not open the line until every check is done," a spokesperson said.
+ The line was originally due to open in October.
- (With inputs from PTI)
- Topics: Metro rail, Monsoon, Delhi
- Follow us on Google News
- Download the app
- Trending Topics
- Stock Market Today
- Weather Update
- Latest News
- Cricket fans queue overnight for final tickets
- 2 hours ago
""",
    "Indian broadcaster with agency copy": """
- Trending
+ Farmers Block Highway Over Delayed Crop Payments
- Reported by: Rahul Verma
- Edited by: Anjali Singh
- Updated: November 03, 2021 10:15 pm IST
- Share this article on
- Facebook
- Twitter
- WhatsApp
- Print
- Farmers said they had not been paid for the last harvest. (File photo)
+ Chandigarh: Hundreds of farmers blocked a national highway for six hours on Wednesday, demanding payment for crops sold to the state agency in September.
+ The protest ended in the evening after district officials promised that the dues would be cleared within a week.
- READ | Cold wave grips the north as temperatures drop
+ Farmer leaders said they would return to the highway if the money did not arrive by the end of the month.
- (ANI)
- Comments (12)
- Featured Video Of The Day
- Next Story
- Dense fog delays flights at the airport
""",
    "Indian portal with poll and author box": """
+ City to get 50 new electric buses by March
- First Published: 03 Nov 2021, 10:15 AM
- Last Updated: 04 Nov 2021, 09:40 AM
- Photo: Reuters
+ MUMBAI: The city's transport undertaking will add 50 electric buses to its fleet by March, its general manager said on Wednesday.
+ The buses will run on four routes in the western suburbs at first.
- Also Read:
- Auto fares to rise from next month
- Local trains to run extra services on Sunday
+ Officials said charging stations were being built at three depots.
- Poll
- Should the city replace all diesel buses with electric ones?
- Yes
- No
- Can't say
- Vote
- View Results
- About the Author
- Neha Rao
- Neha Rao is a senior correspondent who writes on transport and urban affairs.
- Join our WhatsApp channel
- Click here to subscribe to our newsletter
""",
    "Pakistani daily, Dawn style": """
- Newspaper
- Front Page
+ Power tariff raised by Rs1.5 per unit
+ ISLAMABAD: The power regulator on Tuesday approved an increase of Rs1.5 per unit in electricity tariffs for the next three months, citing higher fuel costs.
+ The increase will apply to all consumers except those using fewer than 100 units a month.
+ A spokesman for the regulator said the decision would be reviewed in January.
- Published in The Morning Ledger, November 3rd, 2021
- Most Read
- Wheat flour prices climb for the third week
- Updated 02 Nov, 2021
- Cricket board names new selection committee
- 02 Nov, 2021
""",
    "Pakistani opinion page": """
- Opinion
+ The trouble with quick fixes
+ Every budget season the same promises are made, and every year the same problems return with a vengeance.
- Ali Khan
- November 03, 2021
+ Governments in a hurry like quick fixes. A subsidy here, a tax exemption there, and the problem seems to go away for a few months.
+ The real work of reform is slow and rarely wins elections.
- READ MORE
- Why the rupee keeps falling
+ Until that changes, we should not expect the results to change either.
- Disclaimer: The views expressed in this piece are the writer's own and do not necessarily reflect the views of this newspaper.
- The writer is a former civil servant.
- Comments (12)
- Comments are moderated and generally will be approved if they are on-topic and not abusive.
- Like Opinion & Editorial on Facebook, follow us on Twitter to receive all updates.
""",
    "Gulf daily": """
- UAE
+ UAE announces one-year visa for remote workers
- Published: Wed 3 Nov 2021, 10:15 PM
- Last updated: Thu 4 Nov 2021, 09:30 AM
- By: Staff Reporter
- Image used for illustrative purpose. (Photo: Reuters)
+ DUBAI: Remote workers will be able to apply for a one-year residence visa from next month, the authorities announced on Wednesday.
+ Applicants will need to show proof of employment and a minimum monthly income.
- Also Read:
- Metro to run longer hours during the festival
+ The scheme is part of a wider effort to attract skilled workers to the country.
- Read Full Article
- Follow us on Google News
- Copyright © 2021 The Gulf Ledger. All rights reserved.
""",
    "Gulf broadcaster, Al Arabiya style": """
+ Saudi Arabia opens tourist visas to residents of Gulf states: Ministry
- Published: Updated:
- Read Mode
- 100% Font Size
- 2 min read
- 10:15 PM IST
+ Residents of Gulf states will be able to apply for a Saudi tourist visa online from next week, the tourism ministry said on Wednesday.
- For the latest headlines follow our Google News channel online or via the app.
+ The visa will allow stays of up to 90 days, the ministry said in a statement.
- Read more:
- Kingdom launches new airline for the capital
- Trending Topics
- Top Content Trending
""",
    "UK tabloid": """
- Home | News | Sport
+ Seaside town's pier to close for winter after storm damage
+ Council says repairs could cost £2 million and take until spring
- By JANE DOE FOR THE DAILY POST
- PUBLISHED: 10:15 GMT, 3 November 2021 | UPDATED: 09:30 GMT, 4 November 2021
- Share this article
- 12 shares
- The pier was badly damaged during last month's storm (file photo)
+ A Victorian pier will be closed all winter after storm damage left parts of it unsafe, the local council has said.
+ Engineers found that two of the supporting columns had cracked.
- Next Story
+ The council said it would apply for government funding to cover the cost of the repairs.
- Share or comment on this article:
- Comments (12)
- Share what you think
- Most Read
- Man rescued from cliff after six hours
""",
    "Irish broadcaster": """
+ Council to trial car-free streets in city centre
- Updated / Wednesday, 3 Nov 2021 22:15
- Jane Doe
- Share
+ Dublin City Council is to close four streets in the city centre to cars for a six-month trial from January.
+ Councillors approved the plan at a meeting last night by 40 votes to 12.
- Read more:
- Bus fares to be cut from next month
+ Businesses on the streets will be consulted before the trial begins, the council said.
- Copyright © 2021 Irish Broadcaster
""",
    "Irish news site, posted by": """
+ Hospital waiting lists fall for the first time this year
- Posted by Jane Doe on Nov 3rd 2021, 10:15 PM
- 12 Comments
- Share this article
+ The number of people waiting for hospital treatment fell last month for the first time this year, new figures show.
+ The health service said extra clinics at the weekend had helped to cut the lists.
- Tags: health, hospitals
- Next Story
""",
    "Australian broadcaster": """
- ABC News
+ Fire season starts early as crews battle blazes in the north
- By Jane Doe
- Posted Wed 3 Nov 2021 at 10:15pm, updated Thu 4 Nov 2021 at 6:02am
- Firefighters have been working through the night. (Supplied)
+ Crews are battling three large fires in the state's north, a month before the fire season usually begins.
+ Residents of two towns have been told to leave their homes.
- Help keep family and friends informed by sharing this article
- Related Stories
- Dry winter raises fire risk, forecasters warn
- Posted Tue 2 Nov 2021 at 8:00am
- Top Stories
""",
    "Indian regional with a related sidebar": """
+ Two Tigers Spotted Near Village, Forest Officials Step Up Patrols
- Published on: Wednesday, November 03, 2021
- By Express News Service
- Tiger
- Representative image
+ NAGPUR: Forest officials have stepped up patrols around a village on the edge of the reserve after two tigers were seen near its fields this week.
+ Villagers have been asked not to go into the forest after dark.
- Also Read: Leopard rescued from well after eight-hour operation
+ Officials said camera traps had been set up along the river.
- Related Stories
- Elephant herd damages crops in border villages
- November 2, 2021
- Forest guard injured in attack by wild boar
- November 1, 2021
""",
}


def marked_page(marked: str) -> tuple[str, list[str]]:
    """The page as scraped, and its article lines in order."""
    lines = marked.strip("\n").split("\n")
    assert all(line[:2] in ("+ ", "- ") or not line for line in lines)
    return "\n".join(line[2:] for line in lines), [line[2:] for line in lines if line.startswith("+ ")]
