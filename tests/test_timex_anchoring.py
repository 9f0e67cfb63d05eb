"""How a date without its year is placed: anchoring, tense and year inference.

One table per behaviour a reader relies on. Each row: the expression, a
sentence holding it, the DCT, the TIMEX3 value and the inclusive day range the
expression covers. Sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.timex import Settings, tag

WED = "2021-11-03"  # a Wednesday
FRI = "2021-10-29"
WALL_STREET = "1989-11-02"  # financial reports of the third quarter

SUN = "2021-11-07"
_WEEK_LIST = ("WHAT TO WATCH NEXT WEEK\n\nMonday: The harbour board publishes its accounts at 10am.\n\n"
              "Wednesday: Ferry fares rose in May, and the operator reported a loss.\n\n"
              "Later in the week, the pier closed for repairs.")
_REOPENING = ("The museum will reopen on Saturday.\n\nPainters finished the last room on Monday, ahead of the "
              "deadline of 30 November.\n\nThe mayor will cut the ribbon at 11am, and a band will play in the "
              "afternoon. Tours resume the following week.")

# "the next day", "the following week", "two years earlier", "that month":
# counted from the last date the text mentioned, not from the publication date
ANCHORED_TO_LAST_MENTIONED = [
    # "that Sunday" is the Sunday of the story told, on or after its last day
    ("that Sunday", "The regatta began on Thursday, 14 July 1994, in a gale. By that Sunday, half the fleet "
     "had retired.", WED, "1994-07-17", "1994-07-17", "1994-07-17"),
    ("That Friday", "The kiln was lit on 2 April 2009, a Thursday. That Friday, the first pots came out.", WED,
     "2009-04-03", "2009-04-03", "2009-04-03"),
    # "It was a Sunday" after a day told of is that day, no habit
    ("a Sunday", "The quarry wall gave way on 19 June 2011. It was a Sunday, so the site was empty.", WED,
     "2011-06-19", "2011-06-19", "2011-06-19"),
    # "polling day" is the day the text gives the vote: restated after it, else the day
    # nearest a word of the vote in the last sentence about it
    ("polling day", "Posters go up on Friday. Polling day will be Thursday 9 June, and counting starts "
     "the morning after polling day.", WED, "2022-06-09", "2022-06-09", "2022-06-09"),
    ("polling day", "The board will hold the mayoral election on Saturday, 12 March, it said on Monday. "
     "Leaflets must stop two days before polling day.", WED, "2022-03-12", "2022-03-12", "2022-03-12"),
    # not a day counted from it
    ("polling day", "Voting in the ward closes at 9pm today. Postal ballots arriving by 30 May, ten days after "
     "polling day, will be counted.", "2022-05-20", "2022-05-20", "2022-05-20", "2022-05-20"),
    ("voting day", "Ballots were counted after the polls closed on Sunday. Turnout on voting day was low.", WED,
     "2021-10-31", "2021-10-31", "2021-10-31"),
    # "election night" is the night of that day; a later day in its own sentence is no vote's
    ("election night", "Polls shut at 9 p.m. on Tuesday, 2 November. By Friday her margin had halved from 600 "
     "on election night.", WED, "2021-11-02TNI", "2021-11-02", "2021-11-02"),
    ("election night", "Two days after Election Day, clerks were still counting votes on Thursday. The "
     "mayor's lead was 90 votes, down from 400 on election night.", "2020-11-06", "2020-11-03TNI",
     "2020-11-03", "2020-11-03"),
    ("The next day", "The plant closed on Oct. 12. The next day, workers marched.", WED,
     "2021-10-13", "2021-10-13", "2021-10-13"),
    ("The following week", "The plant closed on Oct. 12. The following week, it reopened.", WED,
     "2021-W42", "2021-10-18", "2021-10-24"),
    # "N units later/earlier" is the length, as TimeML marks it, dated where it reaches
    ("Two years", "The mill was sold in 2016. Two years earlier, it had flooded.", WED,
     "P2Y", "2014-01-01", "2014-12-31"),
    ("Three days", "The mill was sold on March 3, 2016. Three days later, it closed.", WED,
     "P3D", "2016-03-06", "2016-03-06"),
    ("Later that month", "The mill was sold in May 2016. Later that month, it closed.", WED,
     "2016-05", "2016-05-01", "2016-05-31"),
    # "the month" and "the year" of a story told in a past year are the story's
    ("the end of the month", "The lake froze on 3 February 2012. By the end of the month, the ferry had "
     "stopped.", WED, "2012-02", "2012-02-21", "2012-02-29"),
    ("the end of the year", "The quarry flooded on 8 May 2013. Its owners had sold it by the end of the year.",
     WED, "2013", "2013-09-01", "2013-12-31"),
    # a year naming a thing ("its 2022 budget") that holds the day just named leaves that day to count from
    ("later that month", "The mayor is sworn in on Jan. 3, and the council sets its 2022 budget later that month.", WED,
     "2022-01", "2022-01-01", "2022-01-31"),
    ("The previous month", "The mill was sold in May 2016. The previous month, it had flooded.", WED,
     "2016-04", "2016-04-01", "2016-04-30"),
    # "the next year" is anaphoric; bare "next year" counts from the publication date
    ("The next year", "The mill was sold in 2016. The next year, it closed.", WED,
     "2017", "2017-01-01", "2017-12-31"),
    ("next year", "The mill was sold in 2016. It will reopen next year.", WED,
     "2022", "2022-01-01", "2022-12-31"),
    ("The year after", "The mill was sold in 2016. The year after, it closed.", WED,
     "2017", "2017-01-01", "2017-12-31"),
    ("Two days", "The mill was sold on March 3, 2016. Two days after, it closed.", WED,
     "P2D", "2016-03-05", "2016-03-05"),
    ("Five years", "The mill was sold in 2016. Five years on, it is a museum.", WED,
     "P5Y", "2021-01-01", "2021-12-31"),
    ("A day", "The mill was sold on March 3, 2016. A day earlier, it had flooded.", WED,
     "P1D", "2016-03-02", "2016-03-02"),
    # and the day it reaches is the last mentioned date for what follows
    ("The next day", "The mill was sold on March 3, 2016. Two days later, it closed. The next day, it burned.", WED,
     "2016-03-06", "2016-03-06", "2016-03-06"),
    # a weekday or season named from the last mentioned date: strictly after or before it
    ("The following Monday", "The plant closed on Oct. 12. The following Monday, it reopened.", WED,
     "2021-10-18", "2021-10-18", "2021-10-18"),
    ("the previous Friday", "Shares closed higher on Oct. 29, up 4% from the previous Friday.", WED,
     "2021-10-22", "2021-10-22", "2021-10-22"),
    # after a month the day is unknown: the answer is no finer than the month
    ("The following Monday", "The plant closed in March. The following Monday, it reopened.", WED,
     "2021-03", "2021-03-01", "2021-03-31"),
    ("the following Monday", "In 2019 the count ended on a Friday; the 2022 count took until the following "
     "Monday.", WED, "2022", "2022-01-01", "2022-12-31"),
    ("the following spring", "The dam burst in 2019. By the following spring, the valley was rebuilt.", WED,
     "2020-SP", "2020-03-01", "2020-05-31"),
    ("That summer", "The dam burst in 2019. That summer, the valley flooded.", WED,
     "2019-SU", "2019-06-01", "2019-08-31"),
    # a winter told after a day of its January is the one under way; after a year, its December's
    ("That winter", "The pier was swept away on 12 January 2015. That winter was the stormiest on record.",
     WED, "2014-WI", "2014-12-01", "2015-02-28"),
    ("That winter", "The ferry began sailing in 2016. That winter, ice closed the strait.", WED,
     "2016-WI", "2016-12-01", "2017-02-28"),
    # the end of the year named moves the story on: the spring after it is the next year's
    ("The following spring", "The mill burned on Feb. 3, 2012. By the end of that year, the owners had "
     "rebuilt it. The following spring, it reopened.", WED, "2013-SP", "2013-03-01", "2013-05-31"),
    ("August that year", "The dam burst in July 2019. In August that year, the valley flooded.", WED,
     "2019-08", "2019-08-01", "2019-08-31"),
    ("the third quarter of that year", "The kiln was meant to fire in early 2023; it will now fire in the third "
     "quarter of that year.", WED, "2023-Q3", "2023-07-01", "2023-09-30"),
    # a time of day alone falls on the last day the text named while it goes on telling of that day
    ("10 p.m.", "The mayor left on Oct. 12. At 10 p.m. he called the police.", WED,
     "2021-10-12T22:00", "2021-10-12", "2021-10-12"),
    # "that night" is the night the text told of, not the day a statement about it was made
    ("that night", "The depot burned late on Oct. 12.\n\nThe army said on Friday that it had shot down "
     "two drones that night.", WED, "2021-10-12TNI", "2021-10-12", "2021-10-12"),
    ("That night", "The depot burned on Oct. 12. That night the roads were shut.", WED,
     "2021-10-12TNI", "2021-10-12", "2021-10-12"),
    # a day of its sentence not told by a verb of saying is the one counted from, across "that"
    ("the previous evening", "The depot burned on Oct. 10.\n\nPolice said the arrests on Oct. 12 were of "
     "men that had fled the previous evening.", WED, "2021-10-11TEV", "2021-10-11", "2021-10-11"),
    # "the night before" is the night before the day just named; a morning after a night the next day's
    ("the night before", "The shed burned on May 4. Staff smelled smoke the night before.", WED,
     "2021-05-03TNI", "2021-05-03", "2021-05-03"),
    ("the morning", "The shed burned on May 4. Staff smelled smoke the night before, and a fitter vowed "
     "to come in the morning.", WED, "2021-05-04TMO", "2021-05-04", "2021-05-04"),
    # after "the past seven days" (up to publication), "the week before" is the week before this one
    ("the week before", "Rents rise on Jan. 1.\n\nIn the past seven days the shelter took in 40 dogs, up from "
     "31 the week before.", WED, "2021-W43", "2021-10-25", "2021-10-31"),
    # a bare weekday falls in the week its sentence opens with
    ("Tuesday", "Next week, 30 more chains report, two of them on Tuesday.", WED,
     "2021-11-09", "2021-11-09", "2021-11-09"),
    ("Monday", "Last week, the inspectors came back on Monday.", WED, "2021-10-25", "2021-10-25", "2021-10-25"),
    # a weekday heading a list item under a heading naming the week ahead lies in that week, whatever
    # the item's tense, and so does a part of the week opening a paragraph after such items
    ("Wednesday", _WEEK_LIST, SUN, "2021-11-10", "2021-11-10", "2021-11-10"),
    ("10am", _WEEK_LIST, SUN, "2021-11-08T10:00", "2021-11-08", "2021-11-08"),
    ("Later in the week", _WEEK_LIST, SUN, "2021-W45", "2021-11-13", "2021-11-14"),
    # within a paragraph, a day reached "by" is still the day told of
    ("the previous evening", "Rescuers reached the cave by nightfall on Friday. The boys had heard drilling "
     "the previous evening.", WED, "2021-10-28TEV", "2021-10-28", "2021-10-28"),
    # a plan's day is the one told of: not a deadline, nor a past day of an earlier paragraph
    ("the afternoon", _REOPENING, WED, "2021-11-06TAF", "2021-11-06", "2021-11-06"),
    # a part of "that year" belongs to it
    ("the end of that year", "The clinic opened in 2013. By the end of that year, it had 900 patients.", WED,
     "2013", "2013-01-01", "2013-12-31"),
    # dawn, nightfall and "by the evening" are parts of the day told of
    ("nightfall", "The dinghy capsized on Sunday. By nightfall, two sailors were still missing.", WED,
     "2021-10-31TEV", "2021-10-31", "2021-10-31"),
    ("daybreak", "The hunt began on 12 March. Beaters were out from daybreak.", WED,
     "2021-03-12TMO", "2021-03-12", "2021-03-12"),
    ("the evening", "Counting of the ballots starts on Friday, and a winner should be known by the evening.", WED,
     "2021-11-05TEV", "2021-11-05", "2021-11-05"),
    ("the following week", _REOPENING, WED, "2021-W45", "2021-11-08", "2021-11-14"),
    # "the same day last year" is one expression: the day just named, a year back
    ("the same day last year", "Crowds on Boxing Day were up 9% on the same day last year.", "2025-12-28",
     "2024-12-26", "2024-12-26", "2024-12-26"),
    ("the same date last year", "The lake stood at 61% on 3 June, down from 74% on the same date last year.",
     "2025-06-05", "2024-06-03", "2024-06-03", "2024-06-03"),
    # ... and "the same weekend last year" the weekend of the day just named, 52 weeks back
    ("the same weekend last year", "Footfall in the mall on Saturday was down on the same weekend last year.",
     "2025-03-17", "2024-W11-WE", "2024-03-16", "2024-03-17"),
    ("the same weekend last year", "Police will patrol the coast road on Saturday; there were 40 crashes over "
     "the same weekend last year.", "2023-07-03", "2022-W27-WE", "2022-07-09", "2022-07-10"),
    # a weekday in apposition to a date is that date, not a habit; its bare article is part of it
    ("a Friday", "The blaze began on Jan. 23, a Friday, crews said.", "2026-02-08",
     "2026-01-23", "2026-01-23", "2026-01-23"),
    ("Tuesday", "On March 4, a wet Tuesday, the bridge shut.", "2025-05-25",
     "2025-03-04", "2025-03-04", "2025-03-04"),
    # a season of a stated year frames the yearless dates of its sentence, wherever it stands
    ("March 2", "The harsh winter of 2009-10 brought snow from Dec. 3 to March 2.", "2023-11-16",
     "2010-03-02", "2010-03-02", "2010-03-02"),
    ("Dec. 3", "The harsh winter of 2009-10 brought snow from Dec. 3 to March 2.", "2023-11-16",
     "2009-12-03", "2009-12-03", "2009-12-03"),
    # a possessive weekday recalls the day named before on that weekday, whatever the tense
    ("Monday", "The board on Monday approved the plan, first drafted in 2019. Under Monday's plan, rents "
     "will be frozen.", WED, "2021-11-01", "2021-11-01", "2021-11-01"),
]

# A time of day naming no day takes the day its clause names, before or after
# it; else the day its paragraph is telling of; else, as news has it, the
# publication day.
CLOCK_TIME_DAY = [
    # the day of a figure compared with is no day the story goes on to tell of
    ("9 a.m.", "Members backed the merger at a meeting on Monday, with 71% in favour, up from 64% at the "
     "vote held on 3 May 2019. The session opened at 9 a.m.", WED, "2021-11-01T09:00", "2021-11-01", "2021-11-01"),
    # a future clock keeps to the coming day the lede set, past a deadline and a day gone by
    ("11am", _REOPENING, WED, "2021-11-06T11:00", "2021-11-06", "2021-11-06"),
    # ... but not to the day a state lasts until: the clock is of the publication day
    ("9pm", "Police ordered a curfew from 10pm tonight until 6am on Tuesday.\n\nThe riots began after "
     "Friday's ruling.\n\nFighting went on into the early hours of Saturday.\n\nBuses will stop at 9pm, "
     "officials said.", "2021-10-31", "2021-10-31T21:00", "2021-10-31", "2021-10-31"),
    # an amount of days is no day: a later evening has none to be of
    ("that evening", "The clinic has answered 900 calls in the past ten days. Nurses will take calls that "
     "evening.", WED, "2021-11-03TEV", "2021-11-03", "2021-11-03"),
    ("about 2:40 a.m.", "The freight train left the rails at about 2:40 a.m. on Tuesday.", WED,
     "2021-11-02T02:40", "2021-11-02", "2021-11-02"),
    ("11:05 a.m.", "The dam gave way at 11:05 a.m. (0905 GMT) Monday, officials said.", WED,
     "2021-11-01T11:05", "2021-11-01", "2021-11-01"),
    # told in a later sentence, the afternoon after a night is the next day's
    ("early afternoon", "Flooding cut the main road on Monday night, residents said.\n\nThe road had not "
     "reopened by early afternoon.", WED, "2021-11-02TAF", "2021-11-02", "2021-11-02"),
    # a clock in brackets is an aside on the day named before it, not the one named after
    ("7.30pm", "The club host Dunmore on Friday night in the league (7.30pm), then visit Carrow next Tuesday.",
     WED, "2021-11-05T19:30", "2021-11-05", "2021-11-05"),
    ("2pm", "The semi-final (2pm) is on Saturday.", WED, "2021-11-06T14:00", "2021-11-06", "2021-11-06"),
    # a clock in brackets restating it in another zone is an expression of its own, on the same day
    ("0905 GMT", "The dam gave way at 11:05 a.m. (0905 GMT) Monday, officials said.", WED,
     "2021-11-01T09:05", "2021-11-01", "2021-11-01"),
    # the day a stretch of figures ended is no day the text goes on telling of
    ("10:30", "Results came out on Wednesday. Sales for the six months ended 30 September rose. "
     "The board met at 10:30.", WED, "2021-11-03T10:30", "2021-11-03", "2021-11-03"),
    ("midnight", "Crews worked on Tuesday night, shortly before midnight, to clear the road.", WED,
     "2021-11-02T24:00", "2021-11-02", "2021-11-02"),
    # the morning after a night is the next day's
    ("7am", "Campers sheltered in the hall overnight and left at 7am.", WED,
     "2021-11-03T07:00", "2021-11-03", "2021-11-03"),
    # a new paragraph no longer tells of the day the last one named
    ("2 p.m.", "Forecasters expect the storm to reach the coast on Sunday.\n\n"
     "The weather office said at 2 p.m. that winds had eased.", WED,
     "2021-11-03T14:00", "2021-11-03", "2021-11-03"),
    # nor does a day the clause's tense cannot reach: a past clock after a coming day
    ("05:40", "The shelter stays open until Sunday. The tunnel has been shut since 05:40.", WED,
     "2021-11-03T05:40", "2021-11-03", "2021-11-03"),
    # nor does a day named in a clause of background ("since", "after"): the text goes on
    # telling of the day it told of before, the publication day or the lede's
    ("2.45pm", "Gales closed the harbour this morning. It was the worst storm since Christmas Eve, after "
     "floods on 20 December. The harbour reopened at 2.45pm.", WED,
     "2021-11-03T14:45", "2021-11-03", "2021-11-03"),
    ("6 p.m.", "The minister quit on Tuesday.\n\nThe vote came a week after a rebellion that began on Oct. 20. "
     "The premier spoke at 6 p.m. to reporters.", WED,
     "2021-11-02T18:00", "2021-11-02", "2021-11-02"),
    # an abbreviated month's full stop ends no sentence: the clause of "since" goes on past it
    ("4 p.m.", "Gold has gained 6% since Oct. 4, with most of the rise over Oct. 11-13. "
     "It was quoted at $1,802 an ounce at 4 p.m. in London.", WED,
     "2021-11-03T16:00", "2021-11-03", "2021-11-03"),
    # the past day the lede tells of (its first paragraph of sentences, below the headline)
    # dates the story's later past clocks, across paragraphs ...
    ("7 p.m.", "Pool plan backed\n\nThe council voted on Monday night to build a pool.\n\n"
     "The meeting, which began at 7 p.m., ran late.", WED, "2021-11-01T19:00", "2021-11-01", "2021-11-01"),
    # ... but a day named in a later paragraph does not carry across one
    ("4 p.m.", "The council met on Monday.\n\nThe mayor resigned on Tuesday.\n\nShe left the hall at 4 p.m.", WED,
     "2021-11-03T16:00", "2021-11-03", "2021-11-03"),
    # the lede's coming day dates the clocks of the event it announces, too
    ("7 a.m.", "Some 900 riders will set off from the pier on Saturday.\n\nThe first group leaves at 7 a.m.", WED,
     "2021-11-06T07:00", "2021-11-06", "2021-11-06"),
    # a day heading a section dates the clocks below it
    ("1pm", "Tomorrow\n\nThe county final throws in at 1pm.", WED, "2021-11-04T13:00", "2021-11-04", "2021-11-04"),
    # after a range of days, the clock is its first day's
    ("9 a.m.", "The book fair runs Nov. 8-10. Doors open at 9 a.m.", WED,
     "2021-11-08T09:00", "2021-11-08", "2021-11-08"),
    # nor is a day a state lasts until, or a deadline, the day the text goes on telling of
    ("3pm", "Shelters will stay open until at least Tuesday. Next update at 3pm.", WED,
     "2021-11-03T15:00", "2021-11-03", "2021-11-03"),
    ("5pm", "Forms must be in by Friday. The office shuts at 5pm.", WED,
     "2021-11-03T17:00", "2021-11-03", "2021-11-03"),
    # a live blog's stamp, alone on its line, is of the day it is posted
    ("16:10", "Live: floods\n\nRain is due on Friday, forecasters said.\n\n16:10\nThe river has reached its banks.",
     WED, "2021-11-03T16:10", "2021-11-03", "2021-11-03"),
    # a stamp opening an update's line is of the day it is posted, whatever day its entry tells of
    ("08:30", "UPDATE 08:30 - The blaze on the moor began on Monday night, the fire service said.", WED,
     "2021-11-03T08:30", "2021-11-03", "2021-11-03"),
    ("11:20 a.m. EDT", "UPDATED 11:20 a.m. EDT: Crews said the main broke late Tuesday.", WED,
     "2021-11-03T11:20", "2021-11-03", "2021-11-03"),
    # ... but an agenda's line under its day's heading is of that day
    ("10:00", "Saturday 6 November\n10:00 - Parade on the green\n14:00 - Dog show", WED,
     "2021-11-06T10:00", "2021-11-06", "2021-11-06"),
    # a time naming a scheduled service, and the new time it is given, are a timetable's: no day
    ("06:35", "Under the new timetable the 06:50 sailing to the island will leave at 06:35.", WED,
     "XXXX-XX-XXT06:35", None, None),
    # the small hours of a night told of are the next day's
    ("01:40", "Gunfire was heard overnight into Tuesday near the bridge. Witnesses said it stopped at 01:40.", WED,
     "2021-11-02T01:40", "2021-11-02", "2021-11-02"),
    ("3 a.m.", "Storms battered the coast on Monday night. Power failed at 3 a.m. across the county.", WED,
     "2021-11-02T03:00", "2021-11-02", "2021-11-02"),
    ("04:10", "Drones circled the port overnight into Tuesday and the barrage went on until 04:10.", WED,
     "2021-11-02T04:10", "2021-11-02", "2021-11-02"),
    # a clock "on the first day" or "on the last day" of the days just named is on that one
    ("10am", "The book fair runs Nov. 12-14, and doors open at 10am on the first day.", WED,
     "2021-11-12T10:00", "2021-11-12", "2021-11-12"),
    ("4 p.m.", "The regatta is held 20 to 22 November, with prizes given at 4 p.m. on the final day.", WED,
     "2021-11-22T16:00", "2021-11-22", "2021-11-22"),
    # a day joined to a clock time: one expression, one point in time
    ("4pm next Sunday", "The last match is played at 4pm next Sunday.", WED,
     "2021-11-07T16:00", "2021-11-07", "2021-11-07"),
    # a day named later in another clause is not the clock's: after a verb of saying,
    # or after the verb of the thing the clock names
    ("9pm", "Police set a curfew from 9pm and said the checkpoint set up on Monday would stay.", WED,
     "2021-11-03T21:00", "2021-11-03", "2021-11-03"),
    ("8 p.m.", "Seats for the 8 p.m. concert sold out in an hour on Monday.", WED,
     "2021-11-03T20:00", "2021-11-03", "2021-11-03"),
    # joined by a preposition, the clock is its own expression on the day before it
    ("4pm", "The last match is played next Sunday at 4pm.", WED,
     "2021-11-07T16:00", "2021-11-07", "2021-11-07"),
    # a clock between two days as near is on the one after it
    ("5am", "The road will close from 10pm on Friday to 5am on Sunday.", WED,
     "2021-11-07T05:00", "2021-11-07", "2021-11-07"),
    # nor after a conjunction and a new subject
    ("8pm", "Buses stop at 8pm and the ban may last until Friday.", WED,
     "2021-11-03T20:00", "2021-11-03", "2021-11-03"),
    # a range that closes at an earlier clock time runs past midnight
    ("3am", "On Saturday the bars stayed open from 9pm to 3am.", WED,
     "2021-10-31T03:00", "2021-10-31", "2021-10-31"),
    ("03:40", "Talks that began at 15:00 on Monday ran until 03:40, an aide said.", WED,
     "2021-11-02T03:40", "2021-11-02", "2021-11-02"),
    ("02:15", "The raid started at about 22:30 on Sunday and went on until shortly after 02:15.", WED,
     "2021-11-01T02:15", "2021-11-01", "2021-11-01"),
    # a clock heading a live blog's entry is the blog's day, not a day its entry names
    ("6:05 p.m.", "Live\n\n6:05 p.m. - Ballots mailed between Oct. 1 and Oct. 20 are counted first.\n", WED,
     "2021-11-03T18:05", "2021-11-03", "2021-11-03"),
    ("10:40 p.m. ET", "Live\n\n10:40 p.m. ET - The count stops until 8 a.m. Thursday.\n", WED,
     "2021-11-03T22:40", "2021-11-03", "2021-11-03"),
    # a small-hours clock after an evening one in its sentence is past midnight
    ("about 3 a.m.", "Counters hope to finish the first ward by 11pm and the last one at about 3 a.m.", WED,
     "2021-11-04T03:00", "2021-11-04", "2021-11-04"),
    ("04:30", "Crews expect to reach the village at 21:00 and to clear the road by 04:30.", WED,
     "2021-11-04T04:30", "2021-11-04", "2021-11-04"),
    # but not a morning clock told before the evening one
    ("5am", "The market opens at 5am and stays open until 9pm.", WED,
     "2021-11-03T05:00", "2021-11-03", "2021-11-03"),
    # a stretch on a day named before it that lasts past a small-hours clock ends the next day
    ("2 a.m.", "The budget debate on Oct. 28 dragged on past 2 a.m.", WED,
     "2021-10-29T02:00", "2021-10-29", "2021-10-29"),
    ("4am", "The wedding party on Saturday lasted until 4am, neighbours said.", WED,
     "2021-10-31T04:00", "2021-10-31", "2021-10-31"),
    # unless the day is named after the clock
    ("1 a.m.", "The vote ran past 1 a.m. on Tuesday.", WED,
     "2021-11-02T01:00", "2021-11-02", "2021-11-02"),
    ("5am", "The bridge was shut between midnight and 5am on Sunday.", WED,
     "2021-10-31T05:00", "2021-10-31", "2021-10-31"),
    # "overnight into Saturday" is the night before that day
    ("overnight", "Gales battered the coast overnight into Monday.", WED,
     "2021-10-31TNI", "2021-10-31", "2021-10-31"),
    # four-figure military clocks take the day named right after them
    ("1900", "Shelling went on between 1900 on Saturday and 0500 on Monday.", WED,
     "2021-10-30T19:00", "2021-10-30", "2021-10-30"),
    ("0500", "Shelling went on between 1900 on Saturday and 0500 on Monday.", WED,
     "2021-11-01T05:00", "2021-11-01", "2021-11-01"),
    # "p.m." then a sentence opener ends the sentence: the next one's day is not the clock's
    ("6 p.m.", "The results will be read out at 6 p.m. A party is planned for Friday evening.", WED,
     "2021-11-03T18:00", "2021-11-03", "2021-11-03"),
    # "two weeks later than usual" is a delay, not a day the clock time moves to
    ("9 a.m. ET", "The bank holds its call on December 2 at 9 a.m. ET, two weeks later than usual.", WED,
     "2021-12-02T09:00", "2021-12-02", "2021-12-02"),
    # a day whose figure the clock's is compared with, or quoted before it, does not date it
    ("6pm", "There were 512 patients in hospital as of 6pm, nearly twice the figure on Boxing Day.", WED,
     "2021-11-03T18:00", "2021-11-03", "2021-11-03"),
    ("6pm", "The queue reached 300 people by 6pm, compared with 120 on Monday.", WED,
     "2021-11-03T18:00", "2021-11-03", "2021-11-03"),
    # another zone's day, given in brackets as a conversion, is not the local clock's
    ("about 3:30 a.m. local time", "Early on Tuesday, the first drones struck the fuel depot at about 3:30 a.m. "
     "local time (19:30 GMT on Monday).", WED, "2021-11-02T03:30", "2021-11-02", "2021-11-02"),
    ("07:10", "Drones struck the depot on Saturday at 05:50 local time (22:50 GMT on Friday), and a second "
     "wave came at 07:10.", WED, "2021-10-30T07:10", "2021-10-30", "2021-10-30"),
    # small hours told after a night spanning two days are the second day's
    ("04:20", "Drones circled the port through the night of 6 to 7 October. The first blast was heard at 04:20.",
     WED, "2021-10-07T04:20", "2021-10-07", "2021-10-07"),
    ("23:15", "Drones circled the port through the night of 6 to 7 October. The first blast was heard at 23:15.",
     WED, "2021-10-06T23:15", "2021-10-06", "2021-10-06"),
    # a deadline in reported words does not date the clock of the saying
    ("2 p.m.", "The storm could reach the islands by Friday night, the weather office said in its 2 p.m. "
     "advisory.", WED, "2021-11-03T14:00", "2021-11-03", "2021-11-03"),
    ("14:40 local time", "The town recorded 41.2C at 14:40 local time, beating the record of 40.1C set on "
     "2 August 2018.", WED, "2021-11-03T14:40", "2021-11-03", "2021-11-03"),
    ("5 pm IST", '"The rains came on 2nd June this year," the minister told reporters at 5 pm IST.', WED,
     "2021-11-03T17:00", "2021-11-03", "2021-11-03"),
    # the day a state begun at the clock lasts to is not the clock's
    ("6am", "The ban took effect at 6am and will stay in place at least through Christmas Day.", WED,
     "2021-11-03T06:00", "2021-11-03", "2021-11-03"),
    # a conversion joined by "or" names another zone's day, not the local clock's
    ("about 4:15 a.m. local time", "The raid began at about 4:15 a.m. local time, or 8:15 p.m. ET Tuesday, "
     "officials said.", WED, "2021-11-03T04:15", "2021-11-03", "2021-11-03"),
    # the day news was said on, after the event's day in its sentence, is not the day told of
    ("07:12", "A fault in the ticket system on Monday stranded 4,000 commuters, the operator said in a "
     "statement on Tuesday.\n\nThe system crashed at 07:12, engineers said.", WED, "2021-11-01T07:12",
     "2021-11-01", "2021-11-01"),
    # "the next day" after a later clock is that clock's, counted from the earlier one's day
    ("23:40", "The first sailing, on Monday 1 November, docks at 9.10pm; the return leaves at 23:40 and "
     "arrives back at 02:15 the next day.", WED, "2021-11-01T23:40", "2021-11-01", "2021-11-01"),
    ("02:15", "The first sailing, on Monday 1 November, docks at 9.10pm; the return leaves at 23:40 and "
     "arrives back at 02:15 the next day.", WED, "2021-11-02T02:15", "2021-11-02", "2021-11-02"),
    # a background clause ends at ", and": the night named after it is the one told of
    ("8.45pm", "It was the choir's first concert since the roof fell in, and last night the hall was full. "
     "Coming on at 8.45pm, the soloist sang for an hour.", WED, "2021-11-02T20:45", "2021-11-02", "2021-11-02"),
]

# Counted from the publication date: the calendar period, not a span of days back.
FROM_PUBLICATION = [
    # a weekday counted within "the month" is in the month of publication
    ("the last Friday of the month", "Dockers will walk out on Friday 26 November, the last Friday of the month.",
     WED, "2021-11-26", "2021-11-26", "2021-11-26"),
    # "this month" after a story told in a past year is still the publication's
    ("the end of this month", "The quarry flooded on 8 May 2013. It will be drained by the end of this month.",
     WED, "2021-11", "2021-11-21", "2021-11-30"),
    # "that" opening a clause before a weekday is no determiner
    ("Sunday", "The race began on 3 May 2015. Forecasters warned that Sunday will be wet.", WED,
     "2021-11-07", "2021-11-07", "2021-11-07"),
    ("last week", "The plant closed last week.", WED, "2021-W43", "2021-10-25", "2021-10-31"),
    ("a week ago", "The plant closed a week ago.", WED, "2021-10-27", "2021-10-27", "2021-10-27"),
    # "the following" with no date before it counts from the publication date
    ("The following Monday", "The following Monday, the plant reopened.", WED,
     "2021-11-08", "2021-11-08", "2021-11-08"),
    ("the week after next", "The plant reopens the week after next.", WED, "2021-W46", "2021-11-15", "2021-11-21"),
    # "the last weekend of the month" is the publication month's, not the weekend just gone
    ("the last weekend of the month", "Allotment plots are judged on the last weekend of the month.", WED,
     "2021-W47-WE", "2021-11-27", "2021-11-28"),
    ("the first weekend of the month", "The jumble sale is on the first weekend of the month.", WED,
     "2021-W44-WE", "2021-11-06", "2021-11-07"),
    ("the weekend before last", "The fair was held the weekend before last.", WED,
     "2021-W42-WE", "2021-10-23", "2021-10-24"),
    # British "Sunday week": that weekday of the week after this one
    ("Friday week", "The exhibition opens on Friday week.", WED, "2021-11-12", "2021-11-12", "2021-11-12"),
    # the coming weekend is the first to arrive: said midweek, that week's own
    ("the coming weekend", "Stalls are booked for the coming weekend.", WED,
     "2021-W44-WE", "2021-11-06", "2021-11-07"),
    # over the new year, the holiday: said just after it, the one just gone
    ("the new year", "Two ferries were cancelled over the new year.", "2022-01-05",
     "2022-01-01", "2022-01-01", "2022-01-01"),
    ("last Tuesday", "The day before last Tuesday's hearing, he fled.", WED, "2021-11-02", "2021-11-02", "2021-11-02"),
    # "or so" reckons from now, whatever year was named before
    ("the next year or so", "The mill was sold in 2016. It will stay shut for the next year or so.", WED,
     "2022", "2022-01-01", "2022-12-31"),
    # the seven days ending on the day, valued as the ISO week holding most of them
    ("the week ended Friday", "Jobless claims fell in the week ended Friday.", WED,
     "2021-W43", "2021-10-23", "2021-10-29"),
    # a war's or strike's day counted in the present is the day of publication
    ("its 100th day", "The port blockade enters its 100th day.", WED, "2021-11-03", "2021-11-03", "2021-11-03"),
    ("the sixth day", "It is the sixth day of the bus strike.", WED, "2021-11-03", "2021-11-03", "2021-11-03"),
    ("its ninth day", "Talks resume today as the dock walkout enters its ninth day.", WED, "2021-11-03", "2021-11-03",
     "2021-11-03"),
    ("fourth day", "Hospital strike enters fourth day\n\nClinics stayed shut.", WED, "2021-11-03", "2021-11-03",
     "2021-11-03"),
    ("the 15th day", "Today is the 15th day of \"Operation Harbour Watch\".", WED, "2021-11-03", "2021-11-03",
     "2021-11-03"),
    ("day 40", "The village is now in day 40 of the curfew.", WED, "2021-11-03", "2021-11-03", "2021-11-03"),
]

# Tense and reporting context decide which way a bare weekday or month lies.
TENSE = [
    ("Monday", "The minister resigned on Monday.", WED, "2021-11-01", "2021-11-01", "2021-11-01"),
    ("Monday", "The minister will resign on Monday.", WED, "2021-11-08", "2021-11-08", "2021-11-08"),
    # a list item's weekday with no week ahead named keeps its tense
    ("Wednesday", "Council notes\n\nMonday: Nothing.\n\nWednesday: Councillors approved the budget.", SUN,
     "2021-11-03", "2021-11-03", "2021-11-03"),
    ("Friday", "The minister said Friday that he would resign.", FRI, "2021-10-29", "2021-10-29", "2021-10-29"),
    ("Sunday", "The minister said on Monday that the vote on Sunday will go ahead.", WED,
     "2021-11-07", "2021-11-07", "2021-11-07"),
    ("Sunday", "Candidates campaigned ahead of Sunday's election.", WED, "2021-11-07", "2021-11-07", "2021-11-07"),
    # a decision, as a verb or a noun, points ahead to what follows it
    ("February", "The council agreed to close the mill in February.", WED, "2022-02", "2022-02-01", "2022-02-28"),
    ("February", "The bank announced an agreement to buy the mill in February.", WED,
     "2022-02", "2022-02-01", "2022-02-28"),
    ("Friday", "The offer to buy the shares expired Friday.", WED, "2021-10-29", "2021-10-29", "2021-10-29"),
    # a modal of possibility looks ahead; a guess about the past and a past inability do not
    ("Friday", "Officials said the strike could end on Friday.", WED, "2021-11-05", "2021-11-05", "2021-11-05"),
    ("Friday", "The storm may have peaked on Friday.", WED, "2021-10-29", "2021-10-29", "2021-10-29"),
    ("Friday", "Police said they could not reach him on Friday.", WED, "2021-10-29", "2021-10-29", "2021-10-29"),
    # "until" points ahead, unless a past verb shares its chain or it opens the sentence
    ("Friday", "The offer runs until Friday.", WED, "2021-11-05", "2021-11-05", "2021-11-05"),
    ("Friday", "He remained in jail until Friday.", WED, "2021-10-29", "2021-10-29", "2021-10-29"),
    ("Tuesday", "Until Tuesday, police had not named a suspect.", WED, "2021-11-02", "2021-11-02", "2021-11-02"),
    # a comma parts two clauses: the past perfect of the first does not reach the second
    ("February", "The sale, which had been expected, is part of an effort to repay the loan by February.", WED,
     "2022-02", "2022-02-01", "2022-02-28"),
    ("September", "The plant closed in September.", WED, "2021-09", "2021-09-01", "2021-09-30"),
    ("February", "Elections will be held in February.", WED, "2022-02", "2022-02-01", "2022-02-28"),
    ("Aug. 26", "The court ruled on Aug. 26.", WED, "2021-08-26", "2021-08-26", "2021-08-26"),
    ("last summer", "He resigned last summer.", "2012-11-20", "2012-SU", "2012-06-01", "2012-08-31"),
    ("last February", "He resigned last February.", WED, "2021-02", "2021-02-01", "2021-02-28"),
    ("next March", "He will resign next March.", WED, "2022-03", "2022-03-01", "2022-03-31"),
    # a weekday right before a date it agrees with is that date, whatever the tense
    ("Saturday", "The board has met 20 times this year, including a special Saturday meeting on Oct. 16.", WED,
     "2021-10-16", "2021-10-16", "2021-10-16"),
    # a yearless date given with its weekday is in the year they agree, whatever the tense
    ("Thursday, March 9", "The spring exhibition closed on Thursday, March 9.", "2023-01-15",
     "2023-03-09", "2023-03-09", "2023-03-09"),
    ("Monday 4 November", "Postal voting closed on Monday 4 November.", "2024-09-15",
     "2024-11-04", "2024-11-04", "2024-11-04"),
    # ... but not a second day of a list
    ("Sunday", "The panel will meet on Sunday and again on Nov. 14.", WED, "2021-11-07", "2021-11-07", "2021-11-07"),
    # a part of this week already over, said of what is to come, is the coming week's
    ("the middle of the week", "The festival falls in the middle of the week.", "2021-11-07",
     "2021-W45", "2021-11-10", "2021-11-12"),
    ("the middle of the week", "The festival fell in the middle of the week.", "2021-11-07",
     "2021-W44", "2021-11-03", "2021-11-05"),
    # ... but "earlier this week" is this week's, whatever the verb ("agreed to" reads as a plan)
    ("earlier this week", "The council agreed to a review earlier this week.", "2021-11-07",
     "2021-W44", "2021-11-01", "2021-11-02"),
]

# Quarters, halves, seasons, decades and parts of a period: the year they lie in.
YEAR_INFERENCE = [
    # "last" with a holiday is the one before, and passes its year on to the dates of its sentence
    ("Last Christmas", "Last Christmas, ice shut the ring road on 12 December, and buses were cancelled.",
     "2023-12-15", "2022-12-25", "2022-12-25", "2022-12-25"),
    ("12 December", "Last Christmas, ice shut the ring road on 12 December, and buses were cancelled.",
     "2023-12-15", "2022-12-12", "2022-12-12", "2022-12-12"),
    # a year joined by "and" to a past verb frames its date; not one ahead
    ("Nov. 9", "The ferry sank in 2016 and was raised on Nov. 9.", "2022-05-10", "2016-11-09", "2016-11-09",
     "2016-11-09"),
    ("March", "The mill opened in 2009 and will close in March.", "2024-06-01", "2025-03", "2025-03-01", "2025-03-31"),
    # the end of a range of days comes after its start, a year on if its day comes earlier
    ("Aug. 31", "The grazing permit, which runs from Sept. 1 to Aug. 31, is renewed online.", "2022-01-10",
     "2022-08-31", "2022-08-31", "2022-08-31"),
    ("Sept. 3", "The works went on from Aug. 20 to Sept. 3.", "2022-10-10", "2022-09-03", "2022-09-03", "2022-09-03"),
    ("Jan. 10", "The board meets on Jan. 12, reviewing every claim filed through Jan. 10.", "2022-01-03",
     "2022-01-10", "2022-01-10", "2022-01-10"),
    # a year naming a budget frames no month: the budget is drawn up the year before
    ("late November", "The town's 2024 budget, approved in late November, is already short.", "2024-01-15",
     "2023-11", "2023-11-21", "2023-11-30"),
    # a year across two frames no month: it may lie in either
    ("January", "The 2023-24 flu season peaked in January.", "2024-05-06", "2024-01", "2024-01-01", "2024-01-31"),
    # a feast of unknown day framed by the year a sentence opens with passes the frame on
    ("June 27", "Last year, the Sallah break lasted from June 27 to 30.", "2024-09-01",
     "2023-06-27", "2023-06-27", "2023-06-27"),
    # a feast after a month stated with its year, set off after the subject, is that season's,
    # and so is a feast paired with it; not when the month is another clause's
    ("Christmas", "The flood, in December 2017, cut off the valley over Christmas and New Year.", WED,
     "2017-12-25", "2017-12-25", "2017-12-25"),
    ("New Year", "The flood, in December 2017, cut off the valley over Christmas and New Year.", WED,
     "2018-01-01", "2018-01-01", "2018-01-01"),
    ("Easter", "The choir, formed in May 2015, will sing again at Easter.", "2021-02-10",
     "2021-04-04", "2021-04-04", "2021-04-04"),
    ("the third quarter", "Profit rose in the third quarter.", "1997-11-04", "1997-Q3", "1997-07-01", "1997-09-30"),
    ("the second quarter", "The plant will open in the second quarter.", WED, "2022-Q2", "2022-04-01", "2022-06-30"),
    ("the fiscal first quarter", "Sales rose in the fiscal first quarter.", WALL_STREET,
     "1989-Q1", "1989-01-01", "1989-03-31"),
    ("the first half", "Sales fell in the first half.", WED, "2021-H1", "2021-01-01", "2021-06-30"),
    ("the 1990s", "The town grew in the 1990s.", WED, "199", "1990-01-01", "1999-12-31"),
    ("the 19th century", "The mill was built in the 19th century.", WED, "18", "1800-01-01", "1899-12-31"),
    ("earlier this year", "Prices rose earlier this year.", WED, "2021", "2021-01-01", "2021-04-30"),
    ("later this month", "The vote is due later this month.", WED, "2021-11", "2021-11-21", "2021-11-30"),
    ("the end of the year", "The deal should close by the end of the year.", WED, "2021", "2021-09-01", "2021-12-31"),
    ("this week", "Talks resumed this week.", WED, "2021-W44", "2021-11-01", "2021-11-07"),
    ("the winter", "Talks will resume in the winter.", WED, "2021-WI", "2021-12-01", "2022-02-28"),
    # a fiscal year named first frames no month: it need not run with the calendar
    ("May", "The port's fiscal 2022 plan, agreed in May, adds two cranes.", WED, "2021-05", "2021-05-01",
     "2021-05-31"),
    ("March", "In FY2022 the council raised fees in March.", WED, "2021-03", "2021-03-01", "2021-03-31"),
    # a sentence that opens with a year sets the year of the dates it goes on to name ...
    ("April", "In 2019, the dam broke in April.", WED, "2019-04", "2019-04-01", "2019-04-30"),
    ("15th July", "Back in 2018, the lake was at 9% on 15th July.", WED, "2018-07-15", "2018-07-15", "2018-07-15"),
    ("January", "Last year, the river froze in January.", WED, "2020-01", "2020-01-01", "2020-01-31"),
    # the first end of a range takes its year from the second: the year before if it comes later in a year
    ("2nd March", "Entries sent between 2nd March and 30th November 2019 were judged.", WED, "2019-03-02",
     "2019-03-02", "2019-03-02"),
    ("Nov. 28", "The sale ran from Nov. 28 to Jan. 3, 2016, the chain said.", WED, "2015-11-28", "2015-11-28",
     "2015-11-28"),
    # ... or with a season of a year: the month nearest it
    ("the second week of January", "In the winter of 2016-17, the flu peaked in the second week of January.", WED,
     "2017-W02", "2017-01-09", "2017-01-15"),
    ("August", "In the summer of 2015, the lake dried up in August.", WED, "2015-08", "2015-08-01", "2015-08-31"),
    # ... but a year inside the sentence may belong to a clause of its own
    ("August 15", "A barrier built in 2014 failed on August 15.", WED, "2021-08-15", "2021-08-15", "2021-08-15"),
    # what the thing of a year did, told in a relative clause after it: that year's date
    ("June 2", "The worst spill was the Carrow tanker in 2011, which ran aground on June 2.", WED, "2011-06-02",
     "2011-06-02", "2011-06-02"),
    # what befell in a year, then its cause: the cause's dates are that year's
    ("the autumn", "Ticket sales dropped in 2018, the club said, largely because of roadworks in the autumn.", WED,
     "2018-FA", "2018-09-01", "2018-11-30"),
    ("March", "Output slipped in 2017 due to a fire at the smelter in March.", WED, "2017-03", "2017-03-01", "2017-03-31"),
    # ... while a year modifying what the sentence is about frames it, across an amount of time
    ("May", "Their 2012 tour opened in May and closed in Oslo.", WED, "2012-05", "2012-05-01", "2012-05-31"),
    ("Aug. 8", "The first 1987 regatta ran for two days, Aug. 8 and 9.", WED,
     "1987-08-08", "1987-08-08", "1987-08-08"),
    # ... as "last year" frames the past dates of its own clause, not those of the next sentence
    ("December", "We ran the same drills last year and went unbeaten in December.", "2024-11-24",
     "2023-12", "2023-12-01", "2023-12-31"),
    ("March", "The mill closed last year. It reopened in March.", "2024-11-24", "2024-03", "2024-03-01", "2024-03-31"),
    ("December", "We ran the same drills last year and went unbeaten in December.", None, "XXXX-12", None, None),
    # ... but not a model year, which runs ahead of the calendar
    ("October", "Dealers say the 2023 model year pickup reaches showrooms in October.", "2022-08-10",
     "2022-10", "2022-10-01", "2022-10-31"),
    # a date set off after a named day restates that day, and takes its year
    ("12 April", "Last Easter, which fell on 12 April, the ferry was full.", "2021-03-20",
     "2020-04-12", "2020-04-12", "2020-04-12"),
    # ... and a weekday set off after a named day restates it when it is that day's weekday
    ("Thursday", "The exchange shuts on Christmas Day, Thursday, and reopens on Friday.", "2025-12-20",
     "2025-12-25", "2025-12-25", "2025-12-25"),
    # a half or quarter without its year, after one of the same kind with its year, is that year's
    ("the second half", "Analysts see sales flat in the first half of 2027 and rising in the second half.",
     "2026-12-10", "2027-H2", "2027-07-01", "2027-12-31"),
    ("the fourth quarter", "Output fell in the third quarter of 2019 and recovered in the fourth quarter.", WED,
     "2019-Q4", "2019-10-01", "2019-12-31"),
    # ... but a month after it is read as usual
    ("January", "Profit fell in the third quarter of 2021 and will recover in January.", WED,
     "2022-01", "2022-01-01", "2022-01-31"),
    # "the month" or "the year" after the month or year it means, in its sentence
    ("the end of the month", "Bids open in the February auction and must be settled by the end of the month.", WED,
     "2022-02", "2022-02-21", "2022-02-28"),
    ("the end of the year", "Exports slumped in 2019 but recovered by the end of the year.", WED,
     "2019", "2019-09-01", "2019-12-31"),
    # ... unless the tense points to the other side of publication
    ("the end of the year", "The dam, begun in 2018, will be finished by the end of the year.", WED,
     "2021", "2021-09-01", "2021-12-31"),
    # a year set off by commas after the subject frames what the subject did
    ("March", "The first ferry strike, in 2017, lasted a week and ended in March.", WED,
     "2017-03", "2017-03-01", "2017-03-31"),
    # ... but a clause set off with its own verb dates only itself
    ("October", "The dam, begun in 2018, will be finished in October.", WED, "2021-10", "2021-10-01", "2021-10-31"),
    # a date in a clause told of a year just named is that year's
    ("June", "Turnout beat last year, when the fair moved to June.", WED, "2020-06", "2020-06-01", "2020-06-30"),
    ("August", "Bookings are up on a year ago, when storms hit in August.", WED,
     "2020-08", "2020-08-01", "2020-08-31"),
    # ... and so is a feast there, and the date that feast "fell on"
    ("Easter", "Last year, when Easter fell early, the ferries were full.", WED,
     "2020-04-12", "2020-04-12", "2020-04-12"),
    ("4 April", "Last year, when Easter fell on 4 April, hotels were full.", "2022-03-20",
     "2021-04-04", "2021-04-04", "2021-04-04"),
    # a day counted from a year, which holds no day to count from, is counted from the day named last
    ("the same day", "Fares went up on May 3, a decade after the zones were drawn in 2014. Parking fees rose"
     " the same day.", WED, "2021-05-03", "2021-05-03", "2021-05-03"),
    # a weekday a feast is "falling on" is the feast's day, whatever the tense
    ("Monday", "With Christmas falling on Monday, most shops shut early on Sunday.", "2023-12-21",
     "2023-12-25", "2023-12-25", "2023-12-25"),
    # the start of a stretch takes the year written after its end
    ("early June", "The line was closed from early June to late August 2019.", WED,
     "2019-06", "2019-06-01", "2019-06-10"),
    # the new year, said in December, is the next
    ("the new year", "Tickets go on sale in the new year.", "2021-12-15", "2022", "2022-01-01", "2022-12-31"),
    # said in January, the year begun; after a December or a winter told in the past, the year it ran into
    ("the new year", "Queues at the clinic grew as the new year began.", "2023-01-09",
     "2023", "2023-01-01", "2023-12-31"),
    ("the new year", "The strike began in the winter of 2001-02 and dragged on well into the new year.", WED,
     "2002", "2002-01-01", "2002-12-31"),
    ("the new year", "Talks stalled before Christmas 2016 and resumed in the new year.", WED,
     "2017", "2017-01-01", "2017-12-31"),
    # the end of a stretch begun on a date lies after it
    ("4 January", "The ban will begin on 6 December and last until 4 January.", WED,
     "2022-01-04", "2022-01-04", "2022-01-04"),
    # figures are published after the month they count: the latest month begun, whatever the tense
    ("October", "Retail sales figures for October will be released on Friday.", WED,
     "2021-10", "2021-10-01", "2021-10-31"),
    ("November", "Trade data for November are expected later this month.", WED,
     "2021-11", "2021-11-01", "2021-11-30"),
    # a quarter a firm reports is the latest such quarter begun, reported before it ends or after
    ("fourth-quarter", "The brewer will report fourth-quarter volumes on Jan. 19.", "2022-01-05",
     "2021-Q4", "2021-10-01", "2021-12-31"),
    ("second-quarter", "The carrier releases second-quarter traffic figures next Tuesday.", "2022-06-24",
     "2022-Q2", "2022-04-01", "2022-06-30"),
    # ... while a month ahead is read as usual
    ("December", "The board will meet in December.", WED, "2021-12", "2021-12-01", "2021-12-31"),
    # a text that opens on a day or season of a past year tells a story in that year: its
    # yearless dates, feasts and holidays follow it until a date of the present comes
    ("9 May", "The lock gates jammed on the night of 2 May 2012. On 9 May divers found a cracked hinge.", WED,
     "2012-05-09", "2012-05-09", "2012-05-09"),
    ("the autumn", "The lock gates jammed on 2 May 2012. On 9 May divers found a cracked hinge. By the autumn "
     "the canal had drained.", WED, "2012-FA", "2012-09-01", "2012-11-30"),
    ("Thanksgiving", "In the summer of 2013 the orchard lost half its trees. By Thanksgiving the family had sold "
     "the land.", WED, "2013-11-28", "2013-11-28", "2013-11-28"),
    ("Christmas", "The lock gates jammed on 2 May 2012. Repairs dragged on, and by Christmas boats were still "
     "stranded.", WED, "2012-12-25", "2012-12-25", "2012-12-25"),
    # ... and "the" weekday of it is the one nearest the day it stands at, which a season
    # or month of the story ("all that summer") holding that day leaves it at
    ("Saturday", "The dam gave way on 14 March 2011. Rain had fallen since the Saturday, and by the "
     "Sunday night the spillway was overflowing.", WED, "2011-03-12", "2011-03-12", "2011-03-12"),
    ("Sunday night", "The dam gave way on 14 March 2011. Rain had fallen since the Saturday, and by the "
     "Sunday night the spillway was overflowing.", WED, "2011-03-13TNI", "2011-03-13", "2011-03-13"),
    ("Thursday", "The barn burned on 3 August 2015. It had been dry all that summer, and by the Thursday "
     "the well was empty.", WED, "2015-08-06", "2015-08-06", "2015-08-06"),
    # ... and a clock of it told after a paragraph break, with no day of its own, is that day's
    ("about 23:10", "Ten years ago, the dam at Holm gave way.\n\nThe water rose on 14 March 2011, after weeks "
     "of rain.\n\nA farmer heard the first crack at about 23:10.", WED, "2011-03-14T23:10", "2011-03-14", "2011-03-14"),
    # ... but not a clock ahead
    ("10:00", "The barn burned on 3 August 2015.\n\nThe new barn will open at 10:00.", WED,
     "2021-11-03T10:00", "2021-11-03", "2021-11-03"),
    # ... while a weekday without "the" is the publication's week, as news tells its own days
    ("Thursday", "The barn burned on 3 August 2015. Its owner said on Thursday that he would rebuild.", WED,
     "2021-10-28", "2021-10-28", "2021-10-28"),
    # a day closing a participle's aside dates only the aside: the clock after it is the story's
    ("01:55", "The pump failed at 02:10 on March 3. The maintenance report, published Tuesday, shows an alarm "
     "sounded at 01:55.", WED, "2021-03-03T01:55", "2021-03-03", "2021-03-03"),
    # "after" in "the week after next" opens no background clause: the clock after is the day's
    ("9 p.m.", "The council will vote the week after next, and the mayor wants a deal before the Dec. 1 "
     "referendum. Polls for that referendum close at 9 p.m.", WED, "2021-12-01T21:00", "2021-12-01", "2021-12-01"),
    # "the" weekday between two days ahead the text named, within a week, is that event's day ...
    ("Saturday", "The fair opens on Friday 12 November and closes on Sunday 14 November. Organisers say the "
     "Saturday parade will start at noon.", WED, "2021-11-13", "2021-11-13", "2021-11-13"),
    ("noon", "The fair opens on Friday 12 November and closes on Sunday 14 November. Organisers say the "
     "Saturday parade will start at noon.", WED, "2021-11-13T12:00", "2021-11-13", "2021-11-13"),
    # ... and with no such days, the coming one
    ("Saturday", "Organisers say the Saturday parade will start at noon.", WED,
     "2021-11-06", "2021-11-06", "2021-11-06"),
    # ... not once a date of the present has come, in the lede or after the story
    ("9 May", "The council voted on Monday to close the canal. The lock gates jammed on 2 May 2012. On 9 May "
     "divers found a cracked hinge.", WED, "2021-05-09", "2021-05-09", "2021-05-09"),
    ("March", "The lock gates jammed on 2 May 2012. Last month the council voted to close it; the trust had "
     "asked for money in March.", WED, "2021-03", "2021-03-01", "2021-03-31"),
    # ... and nothing ahead: "will reopen in June" is the coming June
    ("June", "The lock gates jammed on 2 May 2012. The canal will reopen in June.", WED,
     "2022-06", "2022-06-01", "2022-06-30"),
    # a month after "after" or "before" a month or day stated with its year lies on that side of it
    ("March", "The hosepipe ban ended in May 2014 after the wettest March in decades.", WED,
     "2014-03", "2014-03-01", "2014-03-31"),
    ("October", "The bridge reopened on 2 September 2015, before the busy October half-term.", WED,
     "2015-10", "2015-10-01", "2015-10-31"),
    # a month of a period across a year end is in its second year when that period ends later in the year
    ("That January", "The trouble began in the winter of 2016-17. That January, the pipes froze.", WED,
     "2017-01", "2017-01-01", "2017-01-31"),
]

# Financial news compares with the same period a year before.
A_YEAR_EARLIER = [
    # Australian reports' "prior corresponding period" is the same half a year back
    ("the prior corresponding period", "Net profit for the half-year to June 30 rose 7% on the prior corresponding period.",
     WED, "2020-H1", "2020-01-01", "2020-06-30"),
    # a figure told for the point compared with: that many units before the date just named
    ("three years earlier", "Turnout fell to 58% in 2022 from 71% three years earlier.", WED,
     "2019", "2019-01-01", "2019-12-31"),
    ("two years earlier", "Only 40 per cent had broadband in 2012, against 25 per cent two years earlier.", WED,
     "2010", "2010-01-01", "2010-12-31"),
    ("a year earlier", "Third-quarter profit rose 10% from a year earlier.", WALL_STREET,
     "1988-Q3", "1988-07-01", "1988-09-30"),
    ("a year earlier", "Sales rose in the first half from a year earlier.", WED, "2020-H1", "2020-01-01", "2020-06-30"),
    ("a year ago", "Prices are up 3% from a year ago.", WED, "2020", "2020-01-01", "2020-12-31"),
    ("a year earlier", "The firm reported first-half sales of $2m, up 4% on a year earlier.", WED,
     "2020-H1", "2020-01-01", "2020-06-30"),
    # a chain of comparisons does not walk back one year each time
    ("A year earlier", "Net rose in the third quarter from a year earlier. A year earlier, it fell.", WALL_STREET,
     "1988-Q3", "1988-07-01", "1988-09-30"),
    # once the text turns to a whole year or another stretch of months, it compares with that
    ("a year earlier", "Net rose in the third quarter. For 1989, sales rose 5% from a year earlier.", WALL_STREET,
     "1988", "1988-01-01", "1988-12-31"),
    ("a year earlier", "Net rose in the third quarter. In the nine months, sales rose 5% from a year earlier.",
     WALL_STREET, "1988", "1988-01-01", "1988-12-31"),
    ("a year earlier", "Net rose in the third quarter. In the three months, sales rose 5% from a year earlier.",
     WALL_STREET, "1988-Q3", "1988-07-01", "1988-09-30"),
    # a month just named in the sentence is the figure's period, and so is the stretch a date closes
    ("a year earlier", "Home sales rose 6% in March from a year earlier.", WED, "2020-03", "2020-03-01", "2020-03-31"),
    ("a year earlier", "In March the voyage took 12 days, up from nine a year earlier.", WED,
     "2020-03", "2020-03-01", "2020-03-31"),
    ("a year earlier", "The reservoir was 61% full on 2 October, against 70% a year earlier.", WED,
     "2020-10-02", "2020-10-02", "2020-10-02"),
    # ... but the day a quarter ended names no figure's day: the quarter is compared
    ("a year earlier", "For the quarter ended Sept. 30, net rose to $5 million from $4 million a year earlier.",
     WALL_STREET, "1988-Q3", "1988-07-01", "1988-09-30"),
    # after a weekday the comparison is with the year before
    ("a year ago", "Gold rose to a record on Monday, up 20% from a year ago.", WED, "2020", "2020-01-01", "2020-12-31"),
    ("a year earlier", "The shares listed in August. Sales rose 5% from a year earlier.", WED,
     "2020", "2020-01-01", "2020-12-31"),
    # ... but a deadline is no figure's period
    ("a year ago", "Most had paid by the end of June, against 40% a year ago.", WED,
     "2020", "2020-01-01", "2020-12-31"),
    ("a year earlier", "Profit for the six months to June 30 fell 8% from a year earlier.", WED,
     "2020-H1", "2020-01-01", "2020-06-30"),
    ("a year earlier", "Sales in the three months to September fell 4% from a year earlier.", WED,
     "2020-Q3", "2020-07-01", "2020-09-30"),
    # a month compared with: the one before the month named, else before the publication month
    ("a month earlier", "Rents rose 1.2% in September from a month earlier.", WED,
     "2021-08", "2021-08-01", "2021-08-31"),
    ("a month earlier", "The index stood at 104.2, up from 101.7 a month earlier.", WED,
     "2021-10", "2021-10-01", "2021-10-31"),
    ("the same month a year ago", "Trips from 2021-09-01 through 2021-09-30 beat the same month a year ago.", WED,
     "2020-09", "2020-09-01", "2020-09-30"),
]

# Without a publication date nothing relative can be placed: the value keeps
# what the text says and covers no days.
# Counted from an event the text gives no date, a length names no day: publication is not its anchor.
FROM_AN_UNDATED_EVENT = [
    ("Three days", "Three days later, the company announced losses.", WED, "P3D", None, None),
    ("Two weeks", "Two weeks on, the town is quiet.", WED, "P2W", None, None),
    ("A decade", "A decade on, the site is still empty.", WED, "P10Y", None, None),
    ("A decade", "The plant opened in 2010. A decade on, the site is empty.", WED, "P10Y", "2020-01-01", "2020-12-31"),
]

# Day n of a war, siege or strike is the day the text says it began plus n - 1, that
# statement before or after the count (or a day it gives another count of the event),
# the nearest for the same event; its nth week
# is the ISO week holding day 7(n - 1) + 1. With no start given, a count told in the
# present is the publication day (and otherwise no date: COUNTED_DAY_WITHOUT_START).
COUNTED_FROM_STATED_START = [
    ("the 40th day", "The blockade began on 3 March 2023. Ships were still waiting on the 40th day of the "
     "blockade.", WED, "2023-04-11", "2023-04-11", "2023-04-11"),
    ("Day 9", "Day 9 of the walkout: the canteen closed. The walkout started on Monday, 6 February 2023.", WED,
     "2023-02-14", "2023-02-14", "2023-02-14"),
    ("day 100", "On day 100 of the occupation, which began on 1 June 2022, the mayor resigned.", WED,
     "2022-09-08", "2022-09-08", "2022-09-08"),
    ("the 30th day", "Since the invasion on 10 May 2021, refugees have crossed daily; on the 30th day of the "
     "invasion the border closed.", WED, "2021-06-08", "2021-06-08", "2021-06-08"),
    ("the fifth day", "The rail strike began on 9 May 2022. The siege of the port began on 2 May 2022. By the fifth "
     "day of the rail strike, trains had stopped; by the tenth day of the siege, food had run out.", WED,
     "2022-05-13", "2022-05-13", "2022-05-13"),
    ("the tenth day", "The rail strike began on 9 May 2022. The siege of the port began on 2 May 2022. By the fifth "
     "day of the rail strike, trains had stopped; by the tenth day of the siege, food had run out.", WED,
     "2022-05-11", "2022-05-11", "2022-05-11"),
    ("Its third day", "The first strike began on 3 January 2021 and lasted a week. The second strike began on "
     "1 March 2021. Its third day saw clashes.", WED, "2021-03-03", "2021-03-03", "2021-03-03"),
    # a stated start wins over the publication day, even for a count told in the present
    ("its 12th day", "The stand-off began on 20 October and is now in its 12th day.", WED,
     "2021-10-31", "2021-10-31", "2021-10-31"),
    ("the second week", "The lockdown began on 20 October. By the second week of the lockdown, schools had shut.",
     WED, "2021-W43", "2021-10-25", "2021-10-31"),
    # a day given for another count of the same event tells its day 1
    ("the fifth day", "Monday was the 30th day of the strike. Pickets said the fifth day of the strike had been "
     "the hardest.", WED, "2021-10-07", "2021-10-07", "2021-10-07"),
    ("Day 4", "Day 4 of the curfew: markets shut\n\nSaturday was day 4 of the curfew in the port city.", WED,
     "2021-10-30", "2021-10-30", "2021-10-30"),
    # a start with no counted day is just that day
    ("7 October 2021", "The war broke out on 7 October 2021 and has not stopped.", WED,
     "2021-10-07", "2021-10-07", "2021-10-07"),
    ("the 50th day", "Today is the 50th day of the standoff.", WED, "2021-11-03", "2021-11-03", "2021-11-03"),
]

# A count told in the past or in a headline, whose event's start the text does not give,
# names no day; nor does the day of something no one counts as an event.
COUNTED_DAY_WITHOUT_START = [
    ("Day 12", "Day 12 of the siege brought no relief."),
    ("the third day", "Talks stalled on the third day of the strike."),
    ("the second day", "The curfew was imposed on 4 April 2021. On the second day of the festival, the streets "
     "were empty."),
]

UNKNOWN_DCT = [
    ("The following Monday", "The following Monday, the plant reopened.", None, "XXXX-WXX-1", None, None),
    ("last week", "The plant closed last week.", None, "XXXX-WXX", None, None),
    ("March 3", "The plant closed on March 3.", None, "XXXX-03-03", None, None),
]

CASES = (ANCHORED_TO_LAST_MENTIONED + CLOCK_TIME_DAY + FROM_PUBLICATION + TENSE + YEAR_INFERENCE + A_YEAR_EARLIER
         + FROM_AN_UNDATED_EVENT + COUNTED_FROM_STATED_START + UNKNOWN_DCT)


def _found(expression: str, sentence: str, dct: str | None):
    """The timex the sentence's expression yields; the last one when it occurs twice."""
    settings = Settings(dct=date.fromisoformat(dct) if dct else None)
    matches = [t for t in tag(sentence, settings) if t.text == expression]
    assert matches, f"{expression!r} not found in {sentence!r}: {[t.text for t in tag(sentence, settings)]}"
    return matches[-1]


@pytest.mark.parametrize("expression, sentence, dct, value, first, last", CASES,
                         ids=[f"{case[0]}|{case[1]}" for case in CASES])
def test_expression_is_placed_in_time(expression, sentence, dct, value, first, last):
    timex = _found(expression, sentence, dct)
    day_range = (timex.date_start.isoformat() if timex.date_start else None,
                 timex.date_end.isoformat() if timex.date_end else None)
    assert (timex.value, day_range) == (value, (first, last))


@pytest.mark.parametrize("expression, sentence, dct, value, first, last", ANCHORED_TO_LAST_MENTIONED,
                         ids=[f"{case[0]}|{case[1]}" for case in ANCHORED_TO_LAST_MENTIONED])
def test_anchored_expression_says_what_it_counts_from(expression, sentence, dct, value, first, last):
    """The anchor field tells a reader whether a date was counted from the text or from the DCT."""
    timex = _found(expression, sentence, dct)
    assert timex.anchor == ("publication" if expression == "next year" else "previous")


@pytest.mark.parametrize("expression, sentence", COUNTED_DAY_WITHOUT_START,
                         ids=[f"{case[0]}|{case[1]}" for case in COUNTED_DAY_WITHOUT_START])
def test_counted_day_without_a_start_names_no_day(expression, sentence):
    assert [timex.text for timex in tag(sentence, Settings(dct=date.fromisoformat(WED)))
            if expression in timex.text] == []
