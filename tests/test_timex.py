"""End-to-end table of sentences -> the one expression the engine must find.

Each row: text, DCT (None = unknown), expected text of the expression, value,
type, mod, date_start, date_end. Sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from ingest.timex import Settings, tag

MON = "2021-11-01"  # a Monday
WED = "2021-11-03"
NEW_YEAR = "2022-01-03"
THU = "2024-03-14"

CASES = [
    # full dates, every common format
    ("Signed on November 3, 2021 in Rome.", None, "November 3, 2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("Signed on Nov. 3, 2021.", MON, "Nov. 3, 2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("Signed on 3 November 2021.", MON, "3 November 2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("Signed on November 3rd, 2021.", MON, "November 3rd, 2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("Filed 2021-11-03 by the clerk.", MON, "2021-11-03", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("Filed 11/03/2021 by the clerk.", MON, "11/03/2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("Posted Wednesday, Nov 3, 2021.", MON, "Wednesday, Nov 3, 2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("Posted Nov 3 2021 at dawn.", MON, "Nov 3 2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("Born on 29 February 2024.", MON, "29 February 2024", "2024-02-29", "DATE", None, "2024-02-29", "2024-02-29"),
    ("The pact of July 4, 1776 endures.", MON, "July 4, 1776", "1776-07-04", "DATE", None, "1776-07-04", "1776-07-04"),
    # month and day, year inferred from the DCT and tense
    ("The Aug 26 suicide bombing killed dozens.", WED, "Aug 26", "2021-08-26", "DATE", None, "2021-08-26", "2021-08-26"),
    ("On September 28 the bridge was closed.", MON, "September 28", "2021-09-28", "DATE", None, "2021-09-28", "2021-09-28"),
    ("The court ruled on Aug. 26.", MON, "Aug. 26", "2021-08-26", "DATE", None, "2021-08-26", "2021-08-26"),
    ("The summit opens November 3rd.", MON, "November 3rd", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The law passed on the 26th of August.", MON, "the 26th of August", "2021-08-26", "DATE", None, "2021-08-26", "2021-08-26"),
    ("He was arrested on December 30.", NEW_YEAR, "December 30", "2021-12-30", "DATE", None, "2021-12-30", "2021-12-30"),
    ("The mayor said on December 28 that roads were shut.", NEW_YEAR, "December 28", "2021-12-28", "DATE", None, "2021-12-28", "2021-12-28"),
    ("The hearing will take place on January 10.", "2021-12-20", "January 10", "2022-01-10", "DATE", None, "2022-01-10", "2022-01-10"),
    ("The report is due on March 1.", NEW_YEAR, "March 1", "2022-03-01", "DATE", None, "2022-03-01", "2022-03-01"),
    ("The fire broke out on Sept. 30.", "1989-11-02", "Sept. 30", "1989-09-30", "DATE", None, "1989-09-30", "1989-09-30"),
    ("Sales peaked on June 5.", "2021-06-20", "June 5", "2021-06-05", "DATE", None, "2021-06-05", "2021-06-05"),
    ("Talks stalled on December 20.", MON, "December 20", "2020-12-20", "DATE", None, "2020-12-20", "2020-12-20"),
    # a past sentence may still name a deadline a few weeks ahead
    ("The firm was asked to respond by November 20.", MON, "November 20", "2021-11-20", "DATE", None, "2021-11-20", "2021-11-20"),
    # months
    ("January 2015 was the wettest month.", MON, "January 2015", "2015-01", "DATE", None, "2015-01-01", "2015-01-31"),
    ("Prices fell in Jan. 2015 sharply.", MON, "Jan. 2015", "2015-01", "DATE", None, "2015-01-01", "2015-01-31"),
    ("It began in August of 2021.", MON, "August of 2021", "2021-08", "DATE", None, "2021-08-01", "2021-08-31"),
    ("The attack happened in September.", MON, "September", "2021-09", "DATE", None, "2021-09-01", "2021-09-30"),
    ("The vote will be held in February.", MON, "February", "2022-02", "DATE", None, "2022-02-01", "2022-02-28"),
    ("The dam burst in December.", NEW_YEAR, "December", "2021-12", "DATE", None, "2021-12-01", "2021-12-31"),
    ("It was last April that he quit.", MON, "last April", "2021-04", "DATE", None, "2021-04-01", "2021-04-30"),
    ("Voters go to the polls next March.", MON, "next March", "2022-03", "DATE", None, "2022-03-01", "2022-03-31"),
    ("Troops left in mid-August.", MON, "mid-August", "2021-08", "DATE", "MID", "2021-08-11", "2021-08-20"),
    ("The deal closes at the end of October.", "2021-10-05", "the end of October", "2021-10", "DATE", "END", "2021-10-21", "2021-10-31"),
    ("Snow fell in early December.", NEW_YEAR, "early December", "2021-12", "DATE", "START", "2021-12-01", "2021-12-10"),
    ("The mill shut in late March 2020.", MON, "late March 2020", "2020-03", "DATE", "END", "2020-03-21", "2020-03-31"),
    ("He moved there in June last year.", MON, "June last year", "2020-06", "DATE", None, "2020-06-01", "2020-06-30"),
    # years, decades, centuries
    ("The plant opened in 2014.", MON, "2014", "2014", "DATE", None, "2014-01-01", "2014-12-31"),
    ("Output has doubled since 1998.", MON, "1998", "1998", "DATE", None, "1998-01-01", "1998-12-31"),
    ("Rates rose in early 2015.", MON, "early 2015", "2015", "DATE", "START", "2015-01-01", "2015-04-30"),
    ("Growth slowed in mid-2019.", MON, "mid-2019", "2019", "DATE", "MID", "2019-05-01", "2019-08-31"),
    ("The town boomed in the 1990s.", MON, "the 1990s", "199", "DATE", None, "1990-01-01", "1999-12-31"),
    ("Cars spread in the late 1920s.", MON, "the late 1920s", "192", "DATE", "END", "1926-09-01", "1929-12-31"),
    ("It was built in the 19th century.", MON, "the 19th century", "18", "DATE", None, "1800-01-01", "1899-12-31"),
    ("Results for fiscal 1989 were weak.", MON, "fiscal 1989", "1989", "DATE", None, "1989-01-01", "1989-12-31"),
    # before the common era: TIMEX3's BC values, no days (the calendar starts at year 1)
    ("Caesar reformed the calendar in 45 BC.", MON, "45 BC", "BC0045", "DATE", None, None, None),
    ("The wall was raised in the 5th century BC.", MON, "the 5th century BC", "BC04", "DATE", None, None, None),
    ("The frieze was carved between 480 and 450 B.C.", MON, "480", "BC0480", "DATE", None, None, None),
    # a year of two digits: the century nearest publication, at most ten years ahead
    ("It was the summer of '69 and the band played on.", MON, "the summer of '69", "1969-SU", "DATE", None,
     "1969-06-01", "1969-08-31"),
    ("He joined the club back in ’08.", MON, "’08", "2008", "DATE", None, "2008-01-01", "2008-12-31"),
    ("The 2016 election was close.", MON, "2016", "2016", "DATE", None, "2016-01-01", "2016-12-31"),
    # weekdays and tense
    ("The agency reported on Sunday that roads were flooded.", MON, "Sunday", "2021-10-31", "DATE", None, "2021-10-31", "2021-10-31"),
    ("Police reported on Monday that two men were held.", WED, "Monday", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    ("The minister resigned Friday.", MON, "Friday", "2021-10-29", "DATE", None, "2021-10-29", "2021-10-29"),
    ("The board will decide on Friday.", MON, "Friday", "2021-11-05", "DATE", None, "2021-11-05", "2021-11-05"),
    ("The board plans to meet Thursday.", MON, "Thursday", "2021-11-04", "DATE", None, "2021-11-04", "2021-11-04"),
    ("The board meets Tuesday.", MON, "Tuesday", "2021-11-02", "DATE", None, "2021-11-02", "2021-11-02"),
    ("Shares closed lower on Monday.", MON, "Monday", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    ("The strike ended last Friday.", MON, "last Friday", "2021-10-29", "DATE", None, "2021-10-29", "2021-10-29"),
    ("The rally is next Tuesday.", MON, "next Tuesday", "2021-11-02", "DATE", None, "2021-11-02", "2021-11-02"),
    ("The clinic closed last Monday.", MON, "last Monday", "2021-10-25", "DATE", None, "2021-10-25", "2021-10-25"),
    ("The officials said on Saturday they had agreed.", NEW_YEAR, "Saturday", "2022-01-01", "DATE", None, "2022-01-01", "2022-01-01"),
    ("He was freed late Sunday.", MON, "late Sunday", "2021-10-31", "DATE", "END", "2021-10-31", "2021-10-31"),
    # this / next / last units
    ("The army officer was killed last week.", MON, "last week", "2021-W43", "DATE", None, "2021-10-25", "2021-10-31"),
    ("Prices rose last month.", MON, "last month", "2021-10", "DATE", None, "2021-10-01", "2021-10-31"),
    ("Inflation eased last year.", MON, "last year", "2020", "DATE", None, "2020-01-01", "2020-12-31"),
    ("The plan starts next month.", MON, "next month", "2021-12", "DATE", None, "2021-12-01", "2021-12-31"),
    ("Profits fell this quarter.", MON, "this quarter", "2021-Q4", "DATE", None, "2021-10-01", "2021-12-31"),
    ("Profits fell last quarter.", MON, "last quarter", "2021-Q3", "DATE", None, "2021-07-01", "2021-09-30"),
    ("Crowds gathered last weekend.", MON, "last weekend", "2021-W43-WE", "DATE", None, "2021-10-30", "2021-10-31"),
    ("Talks resume this week.", MON, "this week", "2021-W44", "DATE", None, "2021-11-01", "2021-11-07"),
    ("The new year starts next week.", "2021-12-29", "next week", "2022-W01", "DATE", None, "2022-01-03", "2022-01-09"),
    ("He retired last week.", "2021-01-06", "last week", "2020-W53", "DATE", None, "2020-12-28", "2021-01-03"),
    # "the past year" is the twelve months up to the DCT; "last year" is the calendar year before
    ("Sales rose over the past year.", MON, "the past year", "P1Y", "DURATION", None, "2020-11-02", "2021-11-01"),
    ("Crews worked nights over the past week.", "2024-03-14", "the past week", "P1W", "DURATION", None, "2024-03-08", "2024-03-14"),
    ("Output fell late last year.", MON, "late last year", "2020", "DATE", "END", "2020-09-01", "2020-12-31"),
    ("Work began at the beginning of the year.", MON, "the beginning of the year", "2021", "DATE", "START", "2021-01-01", "2021-04-30"),
    ("Sales jumped earlier this month.", MON, "earlier this month", "2021-11", "DATE", "START", "2021-11-01", "2021-11-10"),
    # ago, later, earlier
    # "a week ago" counts seven days back from the DCT, whatever the weekday
    ("She left a week ago.", MON, "a week ago", "2021-10-25", "DATE", None, "2021-10-25", "2021-10-25"),
    ("She left a week ago.", "2024-03-14", "a week ago", "2024-03-07", "DATE", None, "2024-03-07", "2024-03-07"),
    ("The wall is expected to be finished in mid-August.", "2024-04-03", "mid-August", "2024-08", "DATE", "MID", "2024-08-11", "2024-08-20"),
    ("The mine closed two months ago.", MON, "two months ago", "2021-09", "DATE", None, "2021-09-01", "2021-09-30"),
    ("The war began three years ago.", MON, "three years ago", "2018", "DATE", None, "2018-01-01", "2018-12-31"),
    ("He arrived 10 days ago.", MON, "10 days ago", "2021-10-22", "DATE", None, "2021-10-22", "2021-10-22"),
    ("Rates were cut about two years ago.", MON, "about two years ago", "2019", "DATE", "APPROX", "2019-01-01", "2019-12-31"),
    ("He fled on May 3. Two days later he was caught.", MON, "Two days", "P2D", "DURATION", None, "2021-05-05", "2021-05-05"),
    ("They landed on March 3. The next day they left.", MON, "The next day", "2021-03-04", "DATE", None, "2021-03-04", "2021-03-04"),
    # day words, references
    ("The bridge collapsed yesterday.", MON, "yesterday", "2021-10-31", "DATE", None, "2021-10-31", "2021-10-31"),
    ("The bridge reopens today.", MON, "today", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    ("The bridge reopens tomorrow.", "2021-12-31", "tomorrow", "2022-01-01", "DATE", None, "2022-01-01", "2022-01-01"),
    ("The road is now open.", MON, "now", "PRESENT_REF", "DATE", None, "2021-11-01", "2021-11-01"),
    ("The park was recently restored.", MON, "recently", "PAST_REF", "DATE", None, None, None),
    ("Fares may rise in the future.", MON, "the future", "FUTURE_REF", "DATE", None, None, None),
    ("Prices have climbed in recent weeks.", MON, "recent weeks", "PXW", "DURATION", None, None, None),
    ("The office is currently closed.", MON, "currently", "PRESENT_REF", "DATE", None, "2021-11-01", "2021-11-01"),
    # quarters and seasons
    ("Profit fell in the third quarter.", "1989-11-02", "the third quarter", "1989-Q3", "DATE", None, "1989-07-01", "1989-09-30"),
    ("Losses grew in the fourth quarter of 1997.", MON, "the fourth quarter of 1997", "1997-Q4", "DATE", None, "1997-10-01", "1997-12-31"),
    ("Q3 revenue beat forecasts.", MON, "Q3", "2021-Q3", "DATE", None, "2021-07-01", "2021-09-30"),
    ("The floods came last summer.", MON, "last summer", "2021-SU", "DATE", None, "2021-06-01", "2021-08-31"),
    ("The park reopens this spring.", "2022-01-10", "this spring", "2022-SP", "DATE", None, "2022-03-01", "2022-05-31"),
    ("It opened in the summer of 2015.", MON, "the summer of 2015", "2015-SU", "DATE", None, "2015-06-01", "2015-08-31"),
    # durations
    ("The siege lasted six months.", MON, "six months", "P6M", "DURATION", None, None, None),
    ("He served 6 months in jail.", MON, "6 months", "P6M", "DURATION", None, None, None),
    ("The contract runs for a year.", MON, "a year", "P1Y", "DURATION", None, None, None),
    ("The trial took two years.", MON, "two years", "P2Y", "DURATION", None, None, None),
    ("Repairs will take several weeks.", MON, "several weeks", "PXW", "DURATION", None, None, None),
    ("The strike lasted 24 hours.", MON, "24 hours", "PT24H", "DURATION", None, None, None),
    ("Loans run 12 to 36 months.", MON, "12 to 36 months", "PXM", "DURATION", None, None, None),
    ("The talks lasted about two weeks.", MON, "about two weeks", "P2W", "DURATION", "APPROX", None, None),
    ("He waited more than three hours.", MON, "more than three hours", "PT3H", "DURATION", "MORE_THAN", None, None),
    ("The case dragged on for nearly five years.", MON, "nearly five years", "P5Y", "DURATION", "APPROX", None, None),
    ("Rents rose in the last two weeks.", MON, "the last two weeks", "P2W", "DURATION", None, "2021-10-19", "2021-11-01"),
    ("Sales fell in the past three months.", MON, "the past three months", "P3M", "DURATION", None, "2021-08-02", "2021-11-01"),
    ("The fund will grow over the next two years.", MON, "the next two years", "P2Y", "DURATION", None, "2021-11-01", "2023-10-31"),
    ("Revenue rose in the first nine months.", MON, "the first nine months", "P9M", "DURATION", None, None, None),
    ("The protest went on for weeks.", MON, "weeks", "PXW", "DURATION", None, None, None),
    ("He ran a twenty-six-mile race in 2 1/2 hours.", MON, "2 1/2 hours", "PT2H30M", "DURATION", None, None, None),
    # sets
    ("The ferry sails daily.", MON, "daily", "P1D", "SET", None, None, None),
    ("Bins are emptied every week.", MON, "every week", "P1W", "SET", None, None, None),
    ("Rates are reviewed annually.", MON, "annually", "P1Y", "SET", None, None, None),
    ("The board meets twice a year.", MON, "twice a year", "P1Y", "SET", None, None, None),
    ("The choir sings every Monday.", MON, "every Monday", "XXXX-WXX-1", "SET", None, None, None),
    ("The shop is shut on Sundays.", MON, "Sundays", "XXXX-WXX-7", "SET", None, None, None),
    ("The club meets every other weekend.", MON, "every other weekend", "XXXX-WXX-WE", "SET", None, None, None),
    # times
    ("The blast came at 3 p.m.", MON, "3 p.m.", "2021-11-01T15:00", "TIME", None, "2021-11-01", "2021-11-01"),
    ("Polls shut at 10:30 a.m. Sunday.", MON, "10:30 a.m. Sunday", "2021-10-31T10:30", "TIME", None, "2021-10-31", "2021-10-31"),
    ("The quake struck this morning.", MON, "this morning", "2021-11-01TMO", "TIME", None, "2021-11-01", "2021-11-01"),
    ("Fans will gather tonight.", MON, "tonight", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    ("Shots rang out last night.", MON, "last night", "2021-10-31TNI", "TIME", None, "2021-10-31", "2021-10-31"),
    ("The fire began Saturday night.", MON, "Saturday night", "2021-10-30TNI", "TIME", None, "2021-10-30", "2021-10-30"),
    ("The polls close at 8 pm.", "2021-11-02", "8 pm", "2021-11-02T20:00", "TIME", None, "2021-11-02", "2021-11-02"),
    # unknown publication date: absolute dates resolve, relative ones stay underspecified
    ("Signed on November 3, 2021.", None, "November 3, 2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The officer was killed last week.", None, "last week", "XXXX-WXX", "DATE", None, None, None),
    ("The court ruled on Aug 26.", None, "Aug 26", "XXXX-08-26", "DATE", None, None, None),
    ("The minister resigned Friday.", None, "Friday", "XXXX-WXX-5", "DATE", None, None, None),
    ("The bridge collapsed yesterday.", None, "yesterday", "XXXX-XX-XX", "DATE", None, None, None),
    ("Profit fell in the third quarter.", None, "the third quarter", "XXXX-Q3", "DATE", None, None, None),
    ("January 2015 was wet.", None, "January 2015", "2015-01", "DATE", None, "2015-01-01", "2015-01-31"),
    ("It began in the 1990s.", None, "the 1990s", "199", "DATE", None, "1990-01-01", "1999-12-31"),
]

# Modern news usage. Conventions: a stretch of days ("Nov 1-3") is two expressions,
# as TimeML has it ("Nov 1" and "3"); a season's span of years ("2021/22") has the value
# of its start and covers all its days; "the first two months of 2021" is a
# duration with its days; "the days before the vote" hangs on an event, not a
# date, and is not tagged; a time zone belongs to the expression but leaves the
# clock time as written; "the second week of March" is the ISO week holding the
# middle of March 8-14, its first and last weeks those of its first and last seven
# days; "three weeks
# later" counts days, as "three weeks ago" does.
MODERN_CASES = [
    ("In the years that followed, the port silted up.", MON, "years", "PXY", "DURATION", None, None, None),
    # parts of this week, month, year
    ("Prices climbed earlier this week.", WED, "earlier this week", "2021-W44", "DATE", "START", "2021-11-01", "2021-11-02"),
    ("Results are due later this month.", MON, "later this month", "2021-11", "DATE", "END", "2021-11-21", "2021-11-30"),
    ("The firm cut jobs earlier this year.", MON, "earlier this year", "2021", "DATE", "START", "2021-01-01", "2021-04-30"),
    ("Talks ended late last month.", MON, "late last month", "2021-10", "DATE", "END", "2021-10-21", "2021-10-31"),
    ("Rent is due at the end of the month.", MON, "the end of the month", "2021-11", "DATE", "END", "2021-11-21", "2021-11-30"),
    ("The scheme will close by end of March.", MON, "end of March", "2022-03", "DATE", "END", "2022-03-21", "2022-03-31"),
    ("Results will be announced in mid-December.", MON, "mid-December", "2021-12", "DATE", "MID", "2021-12-11", "2021-12-20"),
    # days, nights and parts of days
    ("Shots were fired on Tuesday night.", MON, "Tuesday night", "2021-10-26TNI", "TIME", None, "2021-10-26", "2021-10-26"),
    ("The suspect was freed late Sunday.", WED, "late Sunday", "2021-10-31", "DATE", "END", "2021-10-31", "2021-10-31"),
    ("Police raided the house early Monday.", WED, "early Monday", "2021-11-01", "DATE", "START", "2021-11-01", "2021-11-01"),
    ("Crowds gathered Sunday morning.", MON, "Sunday morning", "2021-10-31TMO", "TIME", None, "2021-10-31", "2021-10-31"),
    ("The fire started in the early hours of Sunday.", MON, "the early hours of Sunday", "2021-10-31TMO", "TIME", "START", "2021-10-31", "2021-10-31"),
    ("It left in the early hours of Sunday morning.", MON, "the early hours of Sunday morning", "2021-10-31", "DATE", "START", "2021-10-31", "2021-10-31"),
    ("The count ends in the early hours of Friday 5 November.", MON, "the early hours of Friday 5 November", "2021-11-05TMO", "TIME", "START", "2021-11-05", "2021-11-05"),
    ("Heavy rain fell overnight.", MON, "overnight", "2021-10-31TNI", "TIME", None, "2021-10-31", "2021-10-31"),
    ("Storms are expected overnight.", MON, "overnight", "2021-11-01TNI", "TIME", None, "2021-11-01", "2021-11-01"),
    # sunrise on a date is the start of that day's morning, one expression with the date
    ("The drone footage was shot soon after sunrise on October 29.", MON, "sunrise on October 29",
     "2021-10-29TMO", "TIME", "START", "2021-10-29", "2021-10-29"),
    # a headline ending in "overnight" is the night before too
    ("Rockfall closed mountain road overnight\n\nCrews began clearing it at dawn.", MON, "overnight",
     "2021-10-31TNI", "TIME", None, "2021-10-31", "2021-10-31"),
    ("The shop was robbed last Thursday night.", WED, "last Thursday night", "2021-10-28TNI", "TIME", None, "2021-10-28", "2021-10-28"),
    ("As of Monday, 500 cases had been reported.", WED, "Monday", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    ("Markets rallied on Monday's news.", WED, "Monday", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    # weekends and vague spans
    ("Protesters marched over the weekend.", MON, "the weekend", "2021-W43-WE", "DATE", None, "2021-10-30", "2021-10-31"),
    ("The festival opens this weekend.", WED, "this weekend", "2021-W44-WE", "DATE", None, "2021-11-06", "2021-11-07"),
    ("Officials will decide in the coming days.", MON, "the coming days", "PXD", "DURATION", None, None, None),
    ("More rain is forecast in the coming weeks.", MON, "the coming weeks", "PXW", "DURATION", None, None, None),
    # since, between, from ... to
    ("Prices have tripled since 2019.", MON, "2019", "2019", "DATE", None, "2019-01-01", "2019-12-31"),
    ("Cases have fallen since March.", MON, "March", "2021-03", "DATE", None, "2021-03-01", "2021-03-31"),
    ("Output grew between March and May.", MON, "March", "2021-03", "DATE", None, "2021-03-01", "2021-03-31"),
    ("Output grew between March and May.", MON, "May", "2021-05", "DATE", None, "2021-05-01", "2021-05-31"),
    ("Prices doubled from 2010 to 2015.", MON, "2010", "2010", "DATE", None, "2010-01-01", "2010-12-31"),
    ("Prices doubled from 2010 to 2015.", MON, "2015", "2015", "DATE", None, "2015-01-01", "2015-12-31"),
    # decades
    ("The band was big in the '90s.", MON, "the '90s", "199", "DATE", None, "1990-01-01", "1999-12-31"),
    ("Rents soared in the 2010s.", MON, "the 2010s", "201", "DATE", None, "2010-01-01", "2019-12-31"),
    # month and day in every news style
    ("The deadline passed on Jan. 6.", MON, "Jan. 6", "2021-01-06", "DATE", None, "2021-01-06", "2021-01-06"),
    ("Crowds stormed the building on Jan. 6, 2021.", MON, "Jan. 6, 2021", "2021-01-06", "DATE", None, "2021-01-06", "2021-01-06"),
    ("The hearing opens January 6th.", "2021-12-20", "January 6th", "2022-01-06", "DATE", None, "2022-01-06", "2022-01-06"),
    ("The rules changed on 6 January.", MON, "6 January", "2021-01-06", "DATE", None, "2021-01-06", "2021-01-06"),
    ("Voting closed on 1 Nov, officials said.", WED, "1 Nov", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    ("Ticket sales start on 3 Dec, the firm says.", MON, "3 Dec", "2021-12-03", "DATE", None, "2021-12-03", "2021-12-03"),
    ("The Oct. 31 deadline passed.", MON, "Oct. 31", "2021-10-31", "DATE", None, "2021-10-31", "2021-10-31"),
    ("Voters will go to the polls on Nov. 30.", MON, "Nov. 30", "2021-11-30", "DATE", None, "2021-11-30", "2021-11-30"),
    ("The rally will be held on the 6th.", MON, "the 6th", "2021-11-06", "DATE", None, "2021-11-06", "2021-11-06"),
    ("He was arrested on the 28th.", MON, "the 28th", "2021-10-28", "DATE", None, "2021-10-28", "2021-10-28"),
    ("The law took effect on Monday 1 November 2021.", WED, "Monday 1 November 2021", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    ("The results came on Thursday, Nov. 4.", "2021-11-08", "Thursday, Nov. 4", "2021-11-04", "DATE", None, "2021-11-04", "2021-11-04"),
    ("The panel met Thursday (Nov 4) in Rome.", "2021-11-08", "Thursday (Nov 4)", "2021-11-04", "DATE", None, "2021-11-04", "2021-11-04"),
    ("The bill passed on Tuesday, Oct. 26.", MON, "Tuesday, Oct. 26", "2021-10-26", "DATE", None, "2021-10-26", "2021-10-26"),
    ("The summit runs Nov 1-3.", "2021-10-20", "Nov 1", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    ("The summit runs Nov 1-3.", "2021-10-20", "3", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The fair ran from 12-14 March 2021.", MON, "12", "2021-03-12", "DATE", None, "2021-03-12", "2021-03-12"),
    ("The fair ran from 12-14 March 2021.", MON, "14 March 2021", "2021-03-14", "DATE", None, "2021-03-14", "2021-03-14"),
    ("Bids were taken on Oct. 3 to 5.", MON, "5", "2021-10-05", "DATE", None, "2021-10-05", "2021-10-05"),
    # the first day of a stretch takes the month and year written after the second
    ("The fair ran from 12-14 March 2021.", None, "12", "2021-03-12", "DATE", None, "2021-03-12", "2021-03-12"),
    ("The rally runs 2 to 10 September.", "2024-08-01", "2", "2024-09-02", "DATE", None, "2024-09-02", "2024-09-02"),
    # weeks of a month
    ("The trial opens in the first week of March.", MON, "the first week of March", "2022-W09", "DATE", None, "2022-02-28", "2022-03-06"),
    ("Exams were held in the second week of August.", MON, "the second week of August", "2021-W32", "DATE", None, "2021-08-09", "2021-08-15"),
    ("Bookings slumped in the last week of 2018.", "2019-01-06", "the last week of 2018", "2018-W52", "DATE", None, "2018-12-24", "2018-12-30"),
    # parts of years
    ("Growth slowed in mid-2020.", MON, "mid-2020", "2020", "DATE", "MID", "2020-05-01", "2020-08-31"),
    ("Rates will stay low until end-2022.", MON, "end-2022", "2022", "DATE", "END", "2022-09-01", "2022-12-31"),
    ("The plant closed in late 2019.", MON, "late 2019", "2019", "DATE", "END", "2019-09-01", "2019-12-31"),
    ("The virus spread in early 2020.", MON, "early 2020", "2020", "DATE", "START", "2020-01-01", "2020-04-30"),
    ("Sales soared in the summer of 2020.", MON, "the summer of 2020", "2020-SU", "DATE", None, "2020-06-01", "2020-08-31"),
    ("Sales soared in summer 2020.", MON, "summer 2020", "2020-SU", "DATE", None, "2020-06-01", "2020-08-31"),
    ("Work resumed in the spring.", MON, "the spring", "2021-SP", "DATE", None, "2021-03-01", "2021-05-31"),
    ("The bridge will reopen this spring.", "2022-02-07", "this spring", "2022-SP", "DATE", None, "2022-03-01", "2022-05-31"),
    ("Growth will pick up in the first half of 2022.", MON, "the first half of 2022", "2022-H1", "DATE", None, "2022-01-01", "2022-06-30"),
    ("Sales fell in the first two months of 2021.", MON, "the first two months", "P2M", "DURATION", None, "2021-01-01", "2021-02-28"),
    ("Sales fell in the first two months of 2021.", MON, "2021", "2021", "DATE", None, "2021-01-01", "2021-12-31"),
    # a vague count or hours at the edge of a period cover no known days (these raised)
    ("Snow fell in the first few days of 2021.", MON, "the first few days", "PXD", "DURATION", None, None, None),
    ("The outage hit in the first two hours of 2021.", MON, "the first two hours", "PT2H", "DURATION", None, None, None),
    ("Ticket sales rose in the weekend ended Sunday.", MON, "the weekend", "2021-W43-WE", "DATE", None, "2021-10-30", "2021-10-31"),
    # anchored to the last mentioned date
    ("He was hired on Oct. 4. Three weeks later he quit.", MON, "Three weeks", "P3W", "DURATION", None, "2021-10-25", "2021-10-25"),
    ("The strike began on June 7. The following week talks resumed.", MON, "The following week", "2021-W24", "DATE", None, "2021-06-14", "2021-06-20"),
    ("The storm hit on Aug. 29. The next day, power failed.", MON, "The next day", "2021-08-30", "DATE", None, "2021-08-30", "2021-08-30"),
    ("The ship sank on March 2. 48 hours later, divers arrived.", MON, "48 hours", "PT48H", "DURATION", None, "2021-03-04", "2021-03-04"),
    ("Profits fell in 2020 after rising the year before.", MON, "the year before", "2019", "DATE", None, "2019-01-01", "2019-12-31"),
    # distances from the publication date
    ("The mine closed a decade ago.", MON, "a decade ago", "2011", "DATE", None, "2011-01-01", "2011-12-31"),
    ("Prices are higher than this time last year.", MON, "this time last year", "2020-11-01", "DATE", "APPROX", "2020-11-01", "2020-11-01"),
    ("The ban ends two weeks from now.", MON, "two weeks from now", "2021-11-15", "DATE", None, "2021-11-15", "2021-11-15"),
    # durations
    ("Power was cut for 24 hours.", MON, "24 hours", "PT24H", "DURATION", None, None, None),
    ("The ceasefire held for 72 hours.", MON, "72 hours", "PT72H", "DURATION", None, None, None),
    ("The 48-hour strike ended.", MON, "48-hour", "PT48H", "DURATION", None, None, None),
    ("The feud has lasted two decades.", MON, "two decades", "P20Y", "DURATION", None, None, None),
    ("The government passed ten laws in its first 100 days.", MON, "its first 100 days", "P100D", "DURATION", None, None, None),
    ("Turnout rose in the past decade.", MON, "the past decade", "P10Y", "DURATION", None, "2011-11-02", "2021-11-01"),
    ("Deaths in the past 24 hours rose.", MON, "the past 24 hours", "PT24H", "DURATION", None, None, None),
    # quarters, fiscal years, seasons of sport
    ("Q3 2021 revenue rose.", MON, "Q3 2021", "2021-Q3", "DATE", None, "2021-07-01", "2021-09-30"),
    ("Profit fell in the third quarter of 2021.", "2022-02-01", "the third quarter of 2021", "2021-Q3", "DATE", None, "2021-07-01", "2021-09-30"),
    ("The budget for fiscal 2022 grew.", MON, "fiscal 2022", "2022", "DATE", None, "2022-01-01", "2022-12-31"),
    ("FY2022 revenue rose 8%.", MON, "FY2022", "2022", "DATE", None, "2022-01-01", "2022-12-31"),
    ("The club's 2021/22 season began.", MON, "2021/22", "2021", "DATE", None, "2021-01-01", "2022-12-31"),
    ("The 2020 election was close.", MON, "2020", "2020", "DATE", None, "2020-01-01", "2020-12-31"),
    # holidays, fixed and movable
    ("Shops shut on Christmas.", "2021-12-28", "Christmas", "2021-12-25", "DATE", None, "2021-12-25", "2021-12-25"),
    ("Crowds will gather on Christmas Eve.", MON, "Christmas Eve", "2021-12-24", "DATE", None, "2021-12-24", "2021-12-24"),
    ("Fireworks lit the sky on New Year's Day.", NEW_YEAR, "New Year's Day", "2022-01-01", "DATE", None, "2022-01-01", "2022-01-01"),
    ("Churches will be full at Easter.", "2022-02-01", "Easter", "2022-04-17", "DATE", None, "2022-04-17", "2022-04-17"),
    ("The protests began at Easter.", MON, "Easter", "2021-04-04", "DATE", None, "2021-04-04", "2021-04-04"),
    ("The march took place on Good Friday.", MON, "Good Friday", "2021-04-02", "DATE", None, "2021-04-02", "2021-04-02"),
    ("Parades marked Independence Day.", "2021-07-06", "Independence Day", "2021-07-04", "DATE", None, "2021-07-04", "2021-07-04"),
    ("Stores will open on Thanksgiving.", MON, "Thanksgiving", "2021-11-25", "DATE", None, "2021-11-25", "2021-11-25"),
    ("Florists are busy before Mother's Day.", "2022-04-20", "Mother's Day", "2022-05-08", "DATE", None, "2022-05-08", "2022-05-08"),
    ("Shops reopened on Boxing Day.", "2021-12-29", "Boxing Day", "2021-12-26", "DATE", None, "2021-12-26", "2021-12-26"),
    # England's bank holidays named by month: the first Monday of May, the last of May and of August
    ("Beaches filled up over the late May bank holiday.", "2022-06-01", "late May bank holiday", "2022-05-30", "DATE", None, "2022-05-30", "2022-05-30"),
    ("The depot stays shut on the early May bank holiday.", "2025-04-20", "early May bank holiday", "2025-05-05", "DATE", None, "2025-05-05", "2025-05-05"),
    ("Queues formed at the ferry port on the August bank holiday.", "2019-09-02", "August bank holiday", "2019-08-26", "DATE", None, "2019-08-26", "2019-08-26"),
    # "the May bank holiday" unqualified is the early one, its weekend the one before it
    ("Caravan sites are fully booked for the May bank holiday weekend.", "2024-04-21", "the May bank holiday weekend", "2024-W18-WE", "DATE", None, "2024-05-04", "2024-05-05"),
    ("The museum opened late on the May Bank Holiday.", "2017-05-09", "May Bank Holiday", "2017-05-01", "DATE", None, "2017-05-01", "2017-05-01"),
    # clock times and time zones
    ("Doors open at 10.30am.", MON, "10.30am", "2021-11-01T10:30", "TIME", None, "2021-11-01", "2021-11-01"),
    ("Trading resumes at 10:30 a.m. ET.", MON, "10:30 a.m. ET", "2021-11-01T10:30", "TIME", None, "2021-11-01", "2021-11-01"),
    ("The polls close at 3 p.m. EST.", "2021-11-02", "3 p.m. EST", "2021-11-02T15:00", "TIME", None, "2021-11-02", "2021-11-02"),
    ("Markets open at 15:00 GMT.", MON, "15:00 GMT", "2021-11-01T15:00", "TIME", None, "2021-11-01", "2021-11-01"),
    # a US zone without "Time" belongs to the clock, not the first word of a name
    ("The board meets by phone at 11 a.m. Pacific.", MON, "11 a.m. Pacific", "2021-11-01T11:00", "TIME", None, "2021-11-01", "2021-11-01"),
    ("The vigil starts at 6 p.m. Central Square.", MON, "6 p.m.", "2021-11-01T18:00", "TIME", None, "2021-11-01", "2021-11-01"),
    ("The vote will be at noon on Friday.", MON, "noon", "2021-11-05T12:00", "TIME", None, "2021-11-05", "2021-11-05"),
    ("He spoke at 9am on Tuesday.", WED, "9am", "2021-11-02T09:00", "TIME", None, "2021-11-02", "2021-11-02"),
    ("The store will open at 9 a.m. Saturday.", MON, "9 a.m. Saturday", "2021-11-06T09:00", "TIME", None, "2021-11-06", "2021-11-06"),
    ("The meeting starts at noon.", MON, "noon", "2021-11-01T12:00", "TIME", None, "2021-11-01", "2021-11-01"),
    ("The curfew begins at midnight.", MON, "midnight", "2021-11-01T24:00", "TIME", None, "2021-11-01", "2021-11-01"),
    # more of the week, the day and the clock
    ("The festival took place this past weekend.", WED, "this past weekend", "2021-W43-WE", "DATE", None, "2021-10-30", "2021-10-31"),
    ("The shop opened this weekend.", WED, "this weekend", "2021-W43-WE", "DATE", None, "2021-10-30", "2021-10-31"),
    ("Officials said late on Tuesday that the road was shut.", WED, "late on Tuesday", "2021-11-02", "DATE", "END", "2021-11-02", "2021-11-02"),
    ("The ceasefire began at 6 a.m. local time on Monday.", WED, "6 a.m. local time", "2021-11-01T06:00", "TIME", None, "2021-11-01", "2021-11-01"),
    ("The meeting will be on Saturday 6 November.", WED, "Saturday 6 November", "2021-11-06", "DATE", None, "2021-11-06", "2021-11-06"),
    ("He was arrested on Oct. 30. The next morning he was freed.", WED, "The next morning", "2021-10-31TMO", "TIME", None, "2021-10-31", "2021-10-31"),
    ("The fire broke out three hours ago.", WED, "three hours ago", "2021-11-03", "TIME", None, "2021-11-03", "2021-11-03"),
    ("The results will be known in two weeks' time.", WED, "in two weeks' time", "2021-11-17", "DATE", None, "2021-11-17", "2021-11-17"),
    ("Talks are set for the week of Nov. 15.", WED, "the week of Nov. 15", "2021-W46", "DATE", None, "2021-11-15", "2021-11-21"),
    ("Deaths peaked in the winter of 2020-21.", WED, "the winter of 2020-21", "2020-WI", "DATE", None, "2020-12-01", "2021-02-28"),
    ("H1 2022 sales will rise.", WED, "H1 2022", "2022-H1", "DATE", None, "2022-01-01", "2022-06-30"),
    ("The form was filed on 25/11/2021.", WED, "25/11/2021", "2021-11-25", "DATE", None, "2021-11-25", "2021-11-25"),
    ("The ruling was posted at 2021-11-02T10:00:00Z.", WED, "2021-11-02T10:00:00Z", "2021-11-02T10:00", "TIME", None, "2021-11-02", "2021-11-02"),
    ("Markets open at 06.00 GMT.", WED, "06.00 GMT", "2021-11-03T06:00", "TIME", None, "2021-11-03", "2021-11-03"),
    # the verb before an expression governs it, not a reporting clause after it
    ("The envoy will fly to Cairo on Thursday, officials said.", WED, "Thursday", "2021-11-04", "DATE", None, "2021-11-04", "2021-11-04"),
    ("Ministers met in Oslo on Friday, an aide will announce.", WED, "Friday", "2021-10-29", "DATE", None, "2021-10-29", "2021-10-29"),
    ("On Monday, the council voted to close the pool.", WED, "Monday", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    # names and adjectives are no verbs: "United", "an unscheduled date"
    ("Fans of Leeds United gather on Saturday.", WED, "Saturday", "2021-11-06", "DATE", None, "2021-11-06", "2021-11-06"),
    ("Voters will choose a mayor on an unscheduled date in March.", MON, "March", "2022-03", "DATE", None, "2022-03-01", "2022-03-31"),
    # plans and promises point ahead of the verb that states them
    ("The talks are supposed to end by May.", MON, "May", "2022-05", "DATE", None, "2022-05-01", "2022-05-31"),
    ("The court has scheduled a hearing on Friday.", WED, "Friday", "2021-11-05", "DATE", None, "2021-11-05", "2021-11-05"),
    ("The firm agreed to buy the mill in February.", MON, "February", "2022-02", "DATE", None, "2022-02-01", "2022-02-28"),
    ("The judge scheduled a hearing for Nov. 20.", WED, "Nov. 20", "2021-11-20", "DATE", None, "2021-11-20", "2021-11-20"),
    ("The court ordered the firm to pay by Friday.", WED, "Friday", "2021-11-05", "DATE", None, "2021-11-05", "2021-11-05"),
    ("Officials asked residents to leave by Sunday.", WED, "Sunday", "2021-11-07", "DATE", None, "2021-11-07", "2021-11-07"),
    ("Protesters planned a large rally on Saturday.", THU, "Saturday", "2024-03-16", "DATE", None, "2024-03-16", "2024-03-16"),
    ("The committee subpoenaed the aide to testify on April 20.", THU, "April 20", "2024-04-20", "DATE", None, "2024-04-20", "2024-04-20"),
    ("The law, signed in December, takes effect on July 1.", THU, "July 1", "2024-07-01", "DATE", None, "2024-07-01", "2024-07-01"),
    ("The deadline was extended to April 30.", THU, "April 30", "2024-04-30", "DATE", None, "2024-04-30", "2024-04-30"),
    ("The game was postponed to Sunday.", THU, "Sunday", "2024-03-17", "DATE", None, "2024-03-17", "2024-03-17"),
    # a present-tense verb points neither way, even after a past one
    ("The family said it would appeal when the case is heard in May.", THU, "May", "2024-05", "DATE", None, "2024-05-01", "2024-05-31"),
    ("A decision is not expected before June.", THU, "June", "2024-06", "DATE", None, "2024-06-01", "2024-06-30"),
    # a verb far after the expression governs it only if the expression opens the sentence
    ("A judge on Wednesday set a trial date, rejecting a request to delay the case until after the election.",
     THU, "Wednesday", "2024-03-13", "DATE", None, "2024-03-13", "2024-03-13"),
    ("In January, a week after the anniversary of the ruling, a bomb killed a guard.",
     "2023-10-25", "January", "2023-01", "DATE", None, "2023-01-01", "2023-01-31"),
    # a plan stated in the past perfect may lie on either side of today: the nearest
    ("The offer had been due to expire on Friday.", "2024-03-18", "Friday", "2024-03-15", "DATE", None, "2024-03-15", "2024-03-15"),
    ("The trial had been scheduled to begin on March 4.", "2024-01-05", "March 4", "2024-03-04", "DATE", None, "2024-03-04", "2024-03-04"),
    ("The firm said it had agreed and will close the plant in May.", THU, "May", "2024-05", "DATE", None, "2024-05-01", "2024-05-31"),
    # a subject between two verbs starts a new clause: "said" governs what precedes it
    ("The minister, speaking on Wednesday, said the talks would resume.", THU, "Wednesday", "2024-03-13", "DATE", None, "2024-03-13", "2024-03-13"),
    # "to last" is a verb, not "the last six weeks"
    ("The trial began Monday and is expected to last six weeks.", THU, "six weeks", "P6W", "DURATION", None, None, None),
    ("The walkout starts at noon and may not last 24 hours.", THU, "24 hours", "PT24H", "DURATION", None, None, None),
    ("Voting opens on Friday and should last three days.", THU, "three days", "P3D", "DURATION", None, None, None),
    ("The ferries sail at dawn and last 36 hours at sea.", THU, "36 hours", "PT36H", "DURATION", None, None, None),
    # the end of a range or pair takes the year that follows its start
    ("Its term ends in late June or early July.", "2024-01-05", "early July", "2024-07", "DATE", "START", "2024-07-01", "2024-07-10"),
    ("The season runs from November 2023 to February.", "2023-08-01", "February", "2024-02", "DATE", None, "2024-02-01", "2024-02-29"),
    ("After a revision Friday to December's figures, jobs rose.", "2024-01-05", "December", "2023-12", "DATE", None, "2023-12-01", "2023-12-31"),
    # web text writes the apostrophe as ’
    ("Fireworks lit the sky on New Year’s Day.", NEW_YEAR, "New Year’s Day", "2022-01-01", "DATE", None, "2022-01-01", "2022-01-01"),
    ("The band was big in the ’90s.", MON, "the ’90s", "199", "DATE", None, "1990-01-01", "1999-12-31"),
    # adjectives of length
    ("The months-long strike ended last week.", THU, "months-long", "PXM", "DURATION", None, None, None),
    # a participle after a possessive or "only" is an adjective, not a past verb
    ("They will hold their only televised debate on Thursday.", MON, "Thursday", "2021-11-04", "DATE", None, "2021-11-04", "2021-11-04"),
    # a clock time takes the day its sentence names before it
    ("The depot was hit on Sunday night, shortly before midnight.", WED, "midnight", "2021-10-31T24:00", "TIME", None, "2021-10-31", "2021-10-31"),
    # "N units before" an event counts from the event: only the duration is a timex
    ("Signs showed up ten years before they fell ill.", MON, "ten years", "P10Y", "DURATION", None, None, None),
    ("The jury sat for two days before returning a verdict.", MON, "two days", "P2D", "DURATION", None, None, None),
    # "the quarter" is the last quarter named, even after a half year or another year
    ("Sales rose in the third quarter but fell in the first half. Stores open next year. Online sales grew in the quarter.",
     MON, "the quarter", "2021-Q3", "DATE", None, "2021-07-01", "2021-09-30"),
    ("Profit rose in the third quarter from the same period last year.", MON, "the same period last year", "2020-Q3", "DATE", None, "2020-07-01", "2020-09-30"),
    # "the next day" after a month names a day of that month, no finer
    ("Voters backed the plan in March. The next day, shares rose.", MON, "The next day", "2021-03-XX", "DATE", None, "2021-03-01", "2021-03-31"),
    ("He was arrested on Oct. 30. The next day he was freed.", WED, "The next day", "2021-10-31", "DATE", None, "2021-10-31", "2021-10-31"),
    # climate horizons are years too
    ("Seas could rise a metre by 2100.", MON, "2100", "2100", "DATE", None, "2100-01-01", "2100-12-31"),
    # unknown publication date
    ("Heavy rain fell overnight.", None, "overnight", "XXXX-XX-XXTNI", "TIME", None, None, None),
    ("He was arrested on the 28th.", None, "the 28th", "XXXX-XX-28", "DATE", None, None, None),
    ("The protests began at Easter.", None, "Easter", "XXXX-XX-XX", "DATE", None, None, None),
    ("Churches filled at Easter 2019.", None, "Easter 2019", "2019-04-21", "DATE", None, "2019-04-21", "2019-04-21"),
    ("The summit ran Nov 1-3, 2021.", None, "Nov 1", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    ("The summit ran Nov 1-3, 2021.", None, "3, 2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
]


# English as UK, Irish, Australian, Indian, Pakistani, Gulf and African outlets
# write it: day before month, ordinals, "fortnight", "Monday last", fiscal years
# across two calendar years, clock times with a dot. DCT Wednesday 3 November 2021
# unless stated. Slashed dates: a first number over 12 can only be a day, so the
# date reads day-first; when both numbers could be the month, the engine keeps
# the US month-first reading.
WORLD_CASES = [
    # day, month and weekday in British order
    ("The talks ended on 3rd November.", "2021-11-08", "3rd November", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The order was signed on 3rd Nov 2021.", WED, "3rd Nov 2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The bill was tabled on 3 Nov. and passed later.", "2021-11-08", "3 Nov.", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("Polls open on Nov 3rd.", MON, "Nov 3rd", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The ceremony was held on the 3rd of November, 2021.", WED, "the 3rd of November, 2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The vote took place on November 3, 2021 (Wednesday).", WED, "November 3, 2021", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The minister spoke on Wednesday (November 3).", "2021-11-08", "Wednesday (November 3)", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The minister spoke on Wednesday, 3 November.", "2021-11-08", "Wednesday, 3 November", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The minister spoke on Wednesday 3rd November.", "2021-11-08", "Wednesday 3rd November", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("Results will be declared on Thursday, 11 November.", WED, "Thursday, 11 November", "2021-11-11", "DATE", None, "2021-11-11", "2021-11-11"),
    ("Schools reopen on Monday, 8 November 2021.", WED, "Monday, 8 November 2021", "2021-11-08", "DATE", None, "2021-11-08", "2021-11-08"),
    ("The 12th of October was a holiday.", WED, "The 12th of October", "2021-10-12", "DATE", None, "2021-10-12", "2021-10-12"),
    ("He was sworn in on 1st January 2020.", WED, "1st January 2020", "2020-01-01", "DATE", None, "2020-01-01", "2020-01-01"),
    ("Voting ends on 5th March, 2022.", WED, "5th March, 2022", "2022-03-05", "DATE", None, "2022-03-05", "2022-03-05"),
    ("On 31st August the last troops left.", WED, "31st August", "2021-08-31", "DATE", None, "2021-08-31", "2021-08-31"),
    ("The Budget was presented on 1 February.", WED, "1 February", "2021-02-01", "DATE", None, "2021-02-01", "2021-02-01"),
    ("Polling is on 14 February.", WED, "14 February", "2022-02-14", "DATE", None, "2022-02-14", "2022-02-14"),
    ("The stadium hosts the final on 14th November.", WED, "14th November", "2021-11-14", "DATE", None, "2021-11-14", "2021-11-14"),
    ("The accused was remanded till 15th November.", WED, "15th November", "2021-11-15", "DATE", None, "2021-11-15", "2021-11-15"),
    ("The hearing was adjourned to 22 Nov.", WED, "22 Nov.", "2021-11-22", "DATE", None, "2021-11-22", "2021-11-22"),
    ("The new rules come into force from 1st April.", WED, "1st April", "2022-04-01", "DATE", None, "2022-04-01", "2022-04-01"),
    ("The tournament runs from 3 to 7 November.", WED, "3", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The tournament runs from 3 to 7 November.", WED, "7 November", "2021-11-07", "DATE", None, "2021-11-07", "2021-11-07"),
    # numbers: slashes (see the rule above) and dots
    ("Filed 25/10/2021 by the clerk.", MON, "25/10/2021", "2021-10-25", "DATE", None, "2021-10-25", "2021-10-25"),
    ("The notice dated 13/01/2022 was served.", WED, "13/01/2022", "2022-01-13", "DATE", None, "2022-01-13", "2022-01-13"),
    ("Filed 3/11/2021 by the clerk.", MON, "3/11/2021", "2021-03-11", "DATE", None, "2021-03-11", "2021-03-11"),
    ("The order was passed on 18-10-2021 by the bench.", WED, "18-10-2021", "2021-10-18", "DATE", None, "2021-10-18", "2021-10-18"),
    ("The order was passed on 8-11-2021 by the bench.", WED, "8-11-2021", "2021-08-11", "DATE", None, "2021-08-11", "2021-08-11"),
    # a document keeps one order: a day over 12 elsewhere makes "4/10/2021" 4 October,
    # a second number over 12 keeps it April 10
    ("The claim of 4/10/2021 was heard with the appeal of 23/10/2021.", WED, "4/10/2021", "2021-10-04", "DATE",
     None, "2021-10-04", "2021-10-04"),
    ("The claim of 4/10/2021 was heard with the appeal of 10/23/2021.", WED, "4/10/2021", "2021-04-10", "DATE",
     None, "2021-04-10", "2021-04-10"),
    ("The claim of 4-10-2021 was heard on 23-10-2021.", WED, "4-10-2021", "2021-10-04", "DATE",
     None, "2021-10-04", "2021-10-04"),
    # a day over 12 and a month after a preposition: the year nearest publication
    ("Provisional results will be out on 19/11.", WED, "19/11", "2021-11-19", "DATE", None, "2021-11-19", "2021-11-19"),
    # an ISO year and month of a data note; a stretch of years stays one
    ("The monthly series runs from 2019-01 to 2021-09.", WED, "2019-01", "2019-01", "DATE", None,
     "2019-01-01", "2019-01-31"),
    ("Fees rose in 2013-14.", WED, "2013-14", "2014", "DATE", None, "2014-01-01", "2014-12-31"),
    ("The order of 30.09.2021 stands.", WED, "30.09.2021", "2021-09-30", "DATE", None, "2021-09-30", "2021-09-30"),
    # a fortnight is two weeks
    ("The body was found a fortnight ago.", WED, "a fortnight ago", "2021-10-20", "DATE", None, "2021-10-20", "2021-10-20"),
    ("The strike lasted a fortnight.", WED, "a fortnight", "P2W", "DURATION", None, None, None),
    ("Rain fell for about a fortnight.", WED, "about a fortnight", "P2W", "DURATION", "APPROX", None, None),
    ("Prices rose last fortnight.", WED, "last fortnight", "P2W", "DURATION", None, "2021-10-21", "2021-11-03"),
    ("The camp will shut within the next fortnight.", WED, "the next fortnight", "P2W", "DURATION", None, "2021-11-03", "2021-11-16"),
    # the direction after the weekday
    ("The shop was robbed on Monday last.", WED, "Monday last", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    ("The court sits on Friday next.", WED, "Friday next", "2021-11-05", "DATE", None, "2021-11-05", "2021-11-05"),
    ("He left on Monday last week.", WED, "Monday last week", "2021-10-25", "DATE", None, "2021-10-25", "2021-10-25"),
    # parts of days
    ("The fire broke out last night.", WED, "last night", "2021-11-02TNI", "TIME", None, "2021-11-02", "2021-11-02"),
    ("The suspect was held late last night.", WED, "late last night", "2021-11-02TNI", "TIME", None, "2021-11-02", "2021-11-02"),
    # "tonight" is the day itself, a DATE, as the gold corpora mark it
    ("The match is tonight.", WED, "tonight", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("Snow is forecast late tonight.", WED, "late tonight", "2021-11-03", "DATE", "END", "2021-11-03", "2021-11-03"),
    ("The minister said this morning that taxes would rise.", WED, "this morning", "2021-11-03TMO", "TIME", None, "2021-11-03", "2021-11-03"),
    ("The blast happened in the wee hours of Sunday.", WED, "the wee hours of Sunday", "2021-10-31TMO", "TIME", "START", "2021-10-31", "2021-10-31"),
    ("The body was recovered on Sunday morning.", WED, "Sunday morning", "2021-10-31TMO", "TIME", None, "2021-10-31", "2021-10-31"),
    ("Police said on Tuesday night that two men were held.", WED, "Tuesday night", "2021-11-02TNI", "TIME", None, "2021-11-02", "2021-11-02"),
    ("The minister said earlier today that taxes would rise.", WED, "earlier today", "2021-11-03", "DATE", "START", "2021-11-03", "2021-11-03"),
    ("The minister will speak later today.", WED, "later today", "2021-11-03", "DATE", "END", "2021-11-03", "2021-11-03"),
    ("The verdict is due the day after tomorrow.", WED, "the day after tomorrow", "2021-11-05", "DATE", None, "2021-11-05", "2021-11-05"),
    ("The accused was arrested the day before yesterday.", WED, "the day before yesterday", "2021-11-01", "DATE", None, "2021-11-01", "2021-11-01"),
    # clock times with a dot, and on a day named relative to today
    ("The blaze broke out at 2.30am on Sunday.", WED, "2.30am", "2021-10-31T02:30", "TIME", None, "2021-10-31", "2021-10-31"),
    ("The train left at 10.45 pm on Friday.", WED, "10.45 pm", "2021-10-29T22:45", "TIME", None, "2021-10-29", "2021-10-29"),
    ("The results will be announced at 11am tomorrow.", WED, "11am tomorrow", "2021-11-04T11:00", "TIME", None, "2021-11-04", "2021-11-04"),
    ("The polls close at 22:00 tonight.", WED, "22:00 tonight", "2021-11-03T22:00", "TIME", None, "2021-11-03", "2021-11-03"),
    ("The index closed at 41.20 today.", WED, "today", "2021-11-03", "DATE", None, "2021-11-03", "2021-11-03"),
    ("The fair opened at 10am on 1 November.", WED, "10am", "2021-11-01T10:00", "TIME", None, "2021-11-01", "2021-11-01"),
    ("The curfew starts at 1400 hours.", WED, "1400 hours", "2021-11-03T14:00", "TIME", None, "2021-11-03", "2021-11-03"),
    ("The minister landed yesterday at 4.30 pm.", WED, "4.30 pm", "2021-11-02T16:30", "TIME", None, "2021-11-02", "2021-11-02"),
    # fiscal years and seasons across two calendar years: when a fiscal year
    # starts differs by country, so the range covers both calendar years
    # a financial year is named by the year it ends in, a school year by the one it starts in
    ("Revenue rose in the financial year 2021-22.", WED, "the financial year 2021-22", "2022", "DATE", None, "2022-01-01", "2022-12-31"),
    ("Debt peaked in the 2019/20 tax year.", WED, "the 2019/20 tax year", "2020", "DATE", None, "2020-01-01", "2020-12-31"),
    ("Fees rise in the 2022-23 school year.", WED, "the 2022-23 school year", "2022", "DATE", None, "2022-01-01", "2023-12-31"),
    ("Exports fell in the last financial year.", WED, "the last financial year", "2020", "DATE", None, "2020-01-01", "2020-12-31"),
    ("Growth slowed in the current fiscal.", WED, "the current fiscal", "2021", "DATE", None, "2021-01-01", "2021-12-31"),
    # a bare span of two years, mostly a budget's or accounts' year, is named by its last as a fiscal year
    ("Revenue rose in 2021-22.", WED, "2021-22", "2022", "DATE", None, "2022-01-01", "2022-12-31"),
    ("He scored ten goals in his 2021-22 season.", WED, "2021-22", "2021", "DATE", None, "2021-01-01", "2022-12-31"),
    ("Rains failed in the 2021-22 season.", WED, "the 2021-22 season", "2021", "DATE", None, "2021-01-01",
     "2022-12-31"),
    ("The council set a deficit budget for 2023-24.", WED, "2023-24", "2024", "DATE", None, "2024-01-01", "2024-12-31"),
    # "FY" names the year a fiscal year ends in, written short or across two years
    ("Revenue rose in FY22.", WED, "FY22", "2022", "DATE", None, "2022-01-01", "2022-12-31"),
    ("Exports rose in FY2021-22.", WED, "FY2021-22", "2022", "DATE", None, "2022-01-01", "2022-12-31"),
    ("The line opens in FY 2025-26.", WED, "FY 2025-26", "2026", "DATE", None, "2026-01-01", "2026-12-31"),
    # a school year with its noun, a season after its years
    ("Fees rise in the 2022-23 academic year.", WED, "the 2022-23 academic year", "2022", "DATE", None, "2022-01-01", "2023-12-31"),
    ("The course began in the 2020-21 session.", WED, "the 2020-21 session", "2020", "DATE", None, "2020-01-01", "2021-12-31"),
    # the publication's day and month in the year named
    ("On this day in 1990, the wall came down.", WED, "this day in 1990", "1990-11-03", "DATE", None, "1990-11-03", "1990-11-03"),
    # a holiday's weekend is the one nearest it: after a Thursday, before a Monday
    ("Roads were jammed over the Thanksgiving weekend.", "2021-11-29", "the Thanksgiving weekend", "2021-W47-WE", "DATE", None, "2021-11-27", "2021-11-28"),
    ("Campsites are full for Labor Day weekend.", "2021-08-20", "Labor Day weekend", "2021-W35-WE", "DATE", None, "2021-09-04", "2021-09-05"),
    ("Dams ran dry in the 2018-19 summer.", WED, "the 2018-19 summer", "2018-SU", "DATE", None, "2018-06-01", "2018-08-31"),
    ("Profits doubled in Q2 FY22.", WED, "Q2 FY22", "2022-Q2", "DATE", None, "2022-04-01", "2022-06-30"),
    # a term named by its season and given its first day is that season of the day's year
    ("Classes for the autumn term, which begins on 2 September 2024, are full.", "2023-12-10", "the autumn term", "2024-FA", "DATE", None, "2024-09-01", "2024-11-30"),
    # a fiscal quarter is the calendar quarter it covers when the text says when the year begins
    ("Profits doubled in Q2 FY22. The brewer's fiscal year starts in July.", WED, "Q2 FY22", "2021-Q4", "DATE", None, "2021-10-01", "2021-12-31"),
    ("Its financial year began in April, and the third quarter of FY23 was its best.", WED, "the third quarter of FY23", "2022-Q4", "DATE", None, "2022-10-01", "2022-12-31"),
    ("Q4 FY24 was strong. The insurer's fiscal 2024 began on October 1.", WED, "Q4 FY24", "2024-Q3", "DATE", None, "2024-07-01", "2024-09-30"),
    # years and months named by reference
    ("This year's budget cut fuel subsidies.", WED, "This year", "2021", "DATE", None, "2021-01-01", "2021-12-31"),
    ("Last year's floods displaced thousands.", WED, "Last year", "2020", "DATE", None, "2020-01-01", "2020-12-31"),
    ("Output rose in 2019. The previous year it had fallen.", WED, "The previous year", "2018", "DATE", None, "2018-01-01", "2018-12-31"),
    ("Rains came in March 2019. Floods followed the same month.", WED, "the same month", "2019-03", "DATE", None, "2019-03-01", "2019-03-31"),
    ("The bridge will open by the end of the year.", WED, "the end of the year", "2021", "DATE", "END", "2021-09-01", "2021-12-31"),
    ("The bridge will open by year-end.", WED, "year-end", "2021", "DATE", "END", "2021-09-01", "2021-12-31"),
    ("The bridge will open by mid-2022.", WED, "mid-2022", "2022", "DATE", "MID", "2022-05-01", "2022-08-31"),
    ("Salaries are paid at the end of the month.", WED, "the end of the month", "2021-11", "DATE", "END", "2021-11-21", "2021-11-30"),
    ("The session was held in the first week of October.", WED, "the first week of October", "2021-W40", "DATE", None, "2021-10-04", "2021-10-10"),
    ("Over the weekend, floods hit the coast.", WED, "the weekend", "2021-W43-WE", "DATE", None, "2021-10-30", "2021-10-31"),
    # decades
    ("House prices soared in the noughties.", WED, "the noughties", "200", "DATE", None, "2000-01-01", "2009-12-31"),
    ("Growth slowed in the 2010s.", WED, "the 2010s", "201", "DATE", None, "2010-01-01", "2019-12-31"),
    ("The war ended in the mid-1990s.", WED, "the mid-1990s", "199", "DATE", "MID", "1993-05-01", "1996-08-31"),
    ("Crime rose in the late 1980s.", WED, "the late 1980s", "198", "DATE", "END", "1986-09-01", "1989-12-31"),
    # hours and long counts
    ("The blast happened 24 hours ago.", WED, "24 hours ago", "2021-11-02", "TIME", None, "2021-11-02", "2021-11-02"),
    ("The curfew will last 48 hours.", WED, "48 hours", "PT48H", "DURATION", None, None, None),
    ("Rain is expected in the next 48 hours.", WED, "the next 48 hours", "PT48H", "DURATION", None, None, None),
    ("The protest lasted 1,000 days.", WED, "1,000 days", "P1000D", "DURATION", None, None, None),
    ("A month-long campaign began on 2nd October.", WED, "2nd October", "2021-10-02", "DATE", None, "2021-10-02", "2021-10-02"),
]


@pytest.mark.parametrize(
    "text, dct, expression, value, type_, mod, start, end", CASES + MODERN_CASES + WORLD_CASES,
    ids=[f"{case[0]}|{case[1]}|{case[2]}" for case in CASES + MODERN_CASES + WORLD_CASES],
)
def test_expression(text, dct, expression, value, type_, mod, start, end):
    settings = Settings(dct=date.fromisoformat(dct) if dct else None)
    found = {t.text: t for t in tag(text, settings)}
    assert expression in found, f"{expression!r} not found; got {[(t.text, t.value) for t in found.values()]}"
    timex = found[expression]
    assert (timex.value, timex.type, timex.mod) == (value, type_, mod)
    expected_range = (date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None)
    assert (timex.date_start, timex.date_end) == expected_range
    assert timex.anchor == ("unresolved" if dct is None and start is None else timex.anchor)


NOTHING = [
    "Turnout reached 90 percent in the district.",
    "Support rose to 1500 percent of target, the poll said.",
    "The army sent in 1500 troops.",
    "Nearly 2,000 people marched.",
    "A 25-year-old man was arrested.",
    "The victim, a 7-year-old girl, survived.",
    "4 min read",
    "Call 555-2020 for tickets.",
    "Help is available 24/7.",
    "She won $2000 in the lottery.",
    "May God protect them.",
    "Prime Minister Theresa May spoke.",
    "He finished fourth in the race.",
    "The 3 men were charged.",
    "Room 1999 was booked.",
    "There were nineteen some in all.",  # a vague count is no year in words (this raised)
    "The share price fell to 1200 points.",
    "Rents rose 5% year-on-year.",
    "COVID-19 cases rose again.",
    "The court ruled in a 5-4 vote.",
    "They drove west on Route 66.",
    "He paid $2020 for the bike.",
    "The 2,000 residents were evacuated.",
    "See page 2021 of the report.",
    "The index closed at 1875.42 on heavy volume.",
    "She bought an iPhone 13.",
    "1 in 5 adults smoke.",
    "The 9/11 memorial was lit.",
    "Version 1.2.2024 was released.",
    "The win lifted them to 3-1 in the series.",
    "The committee voted 12-3 in favour.",
    "He lives on the 5th floor.",
    "He finished in the 20th minute of the game.",
    "He told the Sunday Times that he would quit.",
    "Markets have not fallen so far since Black Monday.",
    # a span hung on an event, not on a date
    "Tension rose in the days before the vote.",    # South Asian and Commonwealth news: laws, networks, attacks and sums named by numbers
    "Police patrolled the streets round-the-clock.",
    "The helpline runs 24x7.",
    "Police imposed Section 144 in the city.",
    "The repeal of Article 370 angered many.",
    "The 2G case was closed.",
    "The 26/11 attacks shook the city.",
    "The project costs Rs 2,021 crore.",
    "Turnout was 1,000 people.",
    "Ticket 2019-01-A was reissued.",  # a code, no year and month
    "The motion passed by 14/3 votes.",  # a margin, no day and month
    "Support is available from 24/7 desks.",
    "In this episode\n00:00 Welcome and news\n04:10 Building the boat\n",  # a recording's chapter offsets
]


@pytest.mark.parametrize("text", NOTHING)
def test_not_a_temporal_expression(text):
    assert [(t.text, t.value) for t in tag(text, Settings(dct=date(2021, 11, 1)))] == []


def test_unknown_dct_marks_relative_expressions_unresolved():
    (timex,) = tag("The officer was killed last week.", Settings(dct=None))
    assert (timex.anchor, timex.granularity) == ("unresolved", None)


def test_anchor_and_granularity():
    by_text = {t.text: t for t in tag("On Aug 26, 2021 a bomb exploded. Last month, talks failed.", Settings(dct=date(2021, 11, 1)))}
    assert (by_text["Aug 26, 2021"].anchor, by_text["Aug 26, 2021"].granularity) == ("absolute", "day")
    assert (by_text["Last month"].anchor, by_text["Last month"].granularity) == ("publication", "month")


def test_expressions_come_in_text_order_without_overlap():
    found = tag("Last week, on Monday, Nov. 3, 2021 and yesterday at 3 p.m. it rained.", Settings(dct=date(2021, 11, 4)))
    spans = [(t.start, t.end) for t in found]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))


def test_narrative_documents_anchor_on_the_last_mentioned_date():
    found = tag("The army entered the city on May 3, 1945. Yesterday the guns fell silent.",
                Settings(dct=date(2021, 11, 1), doc_type="narrative"))
    assert [t.value for t in found] == ["1945-05-03", "1945-05-02"]
    assert found[1].anchor == "previous"
