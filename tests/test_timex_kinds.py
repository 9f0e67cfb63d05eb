"""Expression kinds of issue 3, one table per kind: the exact span TimeML draws,
the value, type and mod, and the texts that hold no temporal expression at all.

Each row: text, DCT, expected span, value, type, mod. A row fails when the span
is drawn differently ("within a week" instead of "a week"), so the tables pin
down what lies inside an expression and what stays outside. Sentences are
written for these tests.
"""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from ingest.timex import Settings, tag
from ingest.timex.cued_days import COUNTRY_DAYS_PATH
from ingest.timex.rules import default_grammar

THU = "2021-10-28"  # a Thursday
MON = "2021-11-01"
WALL_STREET = "1989-11-02"  # financial reports of the third quarter

SPANS = [
    # a preposition is a signal, outside the expression
    # "late" after an amount belongs to the amount ("two hours late"), not to the day
    ("The ferry docked three hours late on Tuesday.", THU, "Tuesday", "2021-10-26", "DATE", None),
    # "full" and a possessive "last" belong to the expression; so do "the end of" a quarter and "most"
    ("Over the full tax year 2019-20, receipts grew.", THU, "the full tax year 2019-20", "2020", "DATE", None),
    ("He spent his last five years in Lisbon.", THU, "his last five years", "P5Y", "DURATION", None),
    ("Repairs should finish by the end of Q3.", THU, "the end of Q3", "2021-Q3", "DATE", "END"),
    ("The ward was short-staffed most Sundays.", THU, "most Sundays", "XXXX-WXX-7", "SET", None),
    # the weather a part of the day needs recurs with it
    ("Volunteers count bats every dry evening.", THU, "every dry evening", "XXXX-XX-XXTEV", "SET", None),
    # a weekday's part glued to a programme it names recurs
    ("He presented a Friday-evening phone-in show.", THU, "Friday-evening", "XXXX-WXX-5TEV", "SET", None),
    ("They booked a nine-night tour of the fjords.", THU, "nine-night", "P9D", "DURATION", None),
    ("The mill closed in the year 1999.", "2024-05-01", "the year 1999", "1999", "DATE", None),
    ("The inquiry will report within a year.", THU, "a year", "P1Y", "DURATION", None),
    ("Troops could leave within a few days.", THU, "a few days", "PXD", "DURATION", None),
    # units after the events told: the bare unit is the vague length, as the gold draws it
    ("In the months that followed, the bakery doubled its staff.", THU, "months", "PXM", "DURATION", None),
    ("Shares must be sold within 18 months.", THU, "18 months", "P18M", "DURATION", None),
    # a modifier of the amount belongs to it
    ("The talks lasted about two weeks.", THU, "about two weeks", "P2W", "DURATION", "APPROX"),
    ("Prices were cut for at least the past 18 months.", THU, "at least the past 18 months", "P18M", "DURATION",
     "EQUAL_OR_MORE"),
    ("Residents had barely four weeks to respond.", THU, "barely four weeks", "P4W", "DURATION", "EQUAL_OR_LESS"),
    ("The drought lasted almost two years.", THU, "almost two years", "P2Y", "DURATION", "LESS_THAN"),
    ("The loan is repaid in a little under three years.", THU, "a little under three years", "P3Y", "DURATION", "LESS_THAN"),
    ("The vigil went on for a little over a week.", THU, "a little over a week", "P1W", "DURATION", "MORE_THAN"),
    ("The lease ran for exactly nine years.", THU, "exactly nine years", "P9Y", "DURATION", "EQUAL"),
    ("The ward lost a whole month of bookings.", THU, "a whole month", "P1M", "DURATION", None),
    ("Rebuilding the pier took an entire year.", THU, "an entire year", "P1Y", "DURATION", None),
    ("The plant stays shut over the next two years or so.", THU, "the next two years or so", "P2Y", "DURATION", None),
    # "over" is "more than" after a word that takes an amount, else a preposition like "within"
    ("The strike has lasted over three weeks.", THU, "over three weeks", "P3W", "DURATION", "MORE_THAN"),
    ("It was the first rise in over a decade.", THU, "over a decade", "P10Y", "DURATION", "MORE_THAN"),
    # a decade ahead that something lasts for is a length, as "the past decade"; "in the next decade" a date
    ("The new tariff will fund the sea wall for the next decade.", THU, "the next decade", "P10Y", "DURATION", None),
    ("The talks ran for just over an hour.", THU, "over an hour", "PT1H", "DURATION", "MORE_THAN"),
    ("Prices rose over three days of heavy trading.", THU, "three days", "P3D", "DURATION", None),
    ("The loan is to be repaid over five years.", THU, "five years", "P5Y", "DURATION", None),
    ("Over two days, the army advanced 20 km.", THU, "two days", "P2D", "DURATION", None),
    # a hyphenated or singular-unit count is an adjective: the article belongs to its noun
    ("Analysts blamed the third-quarter loss on storms.", WALL_STREET, "third-quarter", "1989-Q3", "DATE", None),
    ("Net rose in the fiscal second-quarter period.", WALL_STREET, "fiscal second-quarter", "1989-Q2", "DATE", None),
    ("Crowds gathered for the two day festival.", THU, "two day", "P2D", "DURATION", None),
    ("The first nine months brought a loss.", THU, "The first nine months", "P9M", "DURATION", None),
    # a part of the vote's day keeps its word, as a part of a weekday does
    ("Voting ended on Sunday 4 May, and counting started early on polling day.", "2025-05-06",
     "early on polling day", "2025-05-04", "DATE", "START"),
    # the final unit of an event is a length, as its first; of a month it is a date
    ("Volunteers staffed the booth in the final fortnight of the fair.", THU, "the final fortnight", "P2W", "DURATION",
     None),
    ("The candidate toured the coast in the final week of her campaign.", THU, "the final week", "P1W", "DURATION", None),
    # "to" ends a period only before the month it runs to
    ("Sales rose 8% in the year to June.", THU, "the year", "P1Y", "DURATION", None),
    ("Profit fell in the third quarter. Revenue rose 4% in the quarter to $2 billion.", WALL_STREET, "the quarter",
     "1989-Q3", "DATE", None),
    # "that" opening a clause whose subject is the month is no determiner
    ("Ms Ortiz said on Tuesday that March had been the busiest month.", THU, "March", "2021-03", "DATE", None),
    # "trailing" and "most recent" count back from now, as "the past" does
    ("Revenue over the trailing 12 months topped $1 billion.", THU, "the trailing 12 months", "P12M", "DURATION",
     None),
    ("Counts for the most recent seven days are provisional.", THU, "the most recent seven days", "P7D", "DURATION",
     None),
    ("The rollout will be finished by the end of calendar 2023.", THU, "the end of calendar 2023", "2023", "DATE",
     "END"),
    # "this year" after a date stands apart but names its year; "last year" stays joined
    ("The recall began on Feb. 3 this year.", THU, "Feb. 3", "2021-02-03", "DATE", None),
    ("The recall began on Feb. 3 this year.", THU, "this year", "2021", "DATE", None),
    ("The ferry resumes on 14th December this year.", "2021-03-02", "14th December", "2021-12-14", "DATE", None),
    ("Bookings closed in mid-January this year.", "2021-11-20", "mid-January", "2021-01", "DATE", "MID"),
    # a term's edge with its date beside it is that date (and the date itself)
    ("Marks are due by the end of term on 9 April.", "2021-03-02", "the end of term", "2021-04-09", "DATE", None),
    ("Marks are due by the end of term on 9 April.", "2021-03-02", "9 April", "2021-04-09", "DATE", None),
    ("Halls open at the start of the semester on Aug. 23.", "2021-06-02", "the start of the semester", "2021-08-23",
     "DATE", None),
    ("The ferry last sailed on 14th December last year.", "2021-03-02", "14th December last year", "2020-12-14",
     "DATE", None),
    # an adjective of length or era: the article belongs to its noun; "her" after "gave" is no determiner
    ("The town held a week-long festival.", THU, "week-long", "P1W", "DURATION", None),
    ("The old 1930s-style lido reopened.", THU, "1930s", "193", "DATE", None),
    ("The judge gave her 90 days to sell the house.", THU, "90 days", "P90D", "DURATION", None),
    # a weekday named as a bank holiday, with its date; days of two months joined by a dash
    ("The gala is on Bank Holiday Monday, 30 May.", "2022-05-10", "Bank Holiday Monday, 30 May", "2022-05-30",
     "DATE", None),
    ("The exhibition runs Nov. 28-Dec. 6, 2026.", THU, "Nov. 28", "2026-11-28", "DATE", None),
    ("The exhibition runs Nov. 28-Dec. 6, 2026.", THU, "Dec. 6, 2026", "2026-12-06", "DATE", None),
    # an anniversary of the day itself is one expression
    ("Two years ago tonight the dam broke.", "2023-05-10", "Two years ago tonight", "2021-05-10", "DATE", None),
    ("The inquiry reports a fortnight from now.", THU, "a fortnight from now", "2021-11-11", "DATE", None),
    # "earlier" and "later" before a weekday stay outside it; "late" is its part
    ("The ministry said later on Wednesday that talks would resume.", THU, "Wednesday", "2021-10-27", "DATE", None),
    ("Earlier Tuesday, the two leaders spoke by phone.", THU, "Tuesday", "2021-10-26", "DATE", None),
    # the part of a century named with its article inside, as "the end of the century"
    ("Glaciers may vanish by the end of the 21st century.", THU, "the end of the 21st century", "20", "DATE", "END"),
    # a bare hour after "tonight at" is an evening clock of that night, the day its own expression
    ("Tonight at 10 on Channel 5, the quiz returns.", THU, "10", "2021-10-28T22:00", "TIME", None),
    # a 24-hour clock with "hours" before the day word is one time, as "17:30 today"
    ("Gates at the weir open from 06:00 hours tomorrow.", THU, "06:00 hours tomorrow", "2021-10-29T06:00", "TIME", None),
    ("Payments will clear by month-end.", THU, "month-end", "2021-10", "DATE", "END"),
    ("The pool reopened on Easter Monday, 5 April.", THU, "Easter Monday, 5 April", "2021-04-05", "DATE", None),
    # a predicative "long" stays outside; "the better part of" bounds the amount from above
    ("The new timetable is nine weeks long.", THU, "nine weeks", "P9W", "DURATION", None),
    ("The feud lasted the better part of a decade.", THU, "the better part of a decade", "P10Y", "DURATION",
     "LESS_THAN"),
    ("The valley was without power for most of a week.", THU, "most of a week", "P1W", "DURATION", "LESS_THAN"),
    ("Output lagged for most of the past three years.", THU, "the past three years", "P3Y", "DURATION", None),
    # a negation before "than" turns the bound round: "no longer than" is at most
    ("Each inspection must take no longer than three hours.", THU, "no longer than three hours", "PT3H", "DURATION",
     "EQUAL_OR_LESS"),
    ("The ferry was idle for no fewer than 40 days.", THU, "no fewer than 40 days", "P40D", "DURATION",
     "EQUAL_OR_MORE"),
    ("Appeals are heard within not more than six weeks.", THU, "not more than six weeks", "P6W", "DURATION",
     "EQUAL_OR_LESS"),
    ("Schools lost up to 10 teaching days.", THU, "up to 10 teaching days", "P10D", "DURATION", "EQUAL_OR_LESS"),
    # an anniversary's week is one expression; a part of the new year, of a month a year back, keeps its part
    ("Fifty years ago this week, the levee failed.", "2019-06-15", "Fifty years ago this week", "1969-W24", "DATE",
     None),
    ("Talks should resume early in the new year.", "2022-12-30", "early in the new year", "2023", "DATE", "START"),
    ("The festival fell in late January last year.", THU, "late January last year", "2020-01", "DATE", "END"),
    # "the month of", "around" before a holiday and a month's first or last week belong to the date
    ("Sales were the best for the month of May.", THU, "the month of May", "2021-05", "DATE", None),
    ("Results will be clear around Thanksgiving.", THU, "around Thanksgiving", "2021-11-25", "DATE", "APPROX"),
    ("Exams were held in the final week of June.", THU, "the final week of June", "2021-W25", "DATE", None),
    # ... but a weekday after "next" is its own, the date set off after it another; a hyphened part
    # before a noun leaves the article to the noun; "that" opening a clause is no determiner
    ("The fete is next Saturday, 30 October.", THU, "next Saturday", "2021-10-30", "DATE", None),
    ("The fete is next Saturday, 30 October.", THU, "30 October", "2021-10-30", "DATE", None),
    ("Officials called the mid-May rise unusual.", THU, "mid-May", "2021-05", "DATE", "MID"),
    ("Unions are demanding that March wages be paid.", THU, "March", "2022-03", "DATE", None),
    ("Negative prices hit 30% of half-hour intervals.", THU, "half-hour", "PT30M", "DURATION", None),
    # "early" or "late" after a length or "too" is how far off schedule: the day or year stays whole
    ("The ferry will sail an hour late today.", THU, "today", "2021-10-28", "DATE", None),
    ("The swallows came about ten days early this year.", THU, "this year", "2021", "DATE", None),
    ("The rain came too late this year for the wheat.", THU, "this year", "2021", "DATE", None),
    ("The count ended late last night.", THU, "late last night", "2021-10-27TNI", "TIME", None),
    # "half a century ago" is a year, as "a decade ago"
    ("The canal was drained half a century ago.", THU, "half a century ago", "1971", "DATE", None),
    # nothing joins across a blank line: a heading's date, then a chronology's first entry
    ("TODAY IN HISTORY: 3 March\n\n1791: The toll bridge opens.", "2021-03-03", "3 March", "2021-03-03", "DATE", None),
    ("TODAY IN HISTORY: 3 March\n\n1791: The toll bridge opens.", THU, "1791", "1791", "DATE", None),
    ("Milestones\n\n1846: The first mill burns down.\n\n1902: It is rebuilt.", THU, "1846", "1846", "DATE", None),
    # "c." and "circa" mark a date of history approximate, inside its span
    ("The ferry house was built c. 1760 on the old quay.", THU, "c. 1760", "1760", "DATE", "APPROX"),
    ("A helmet from circa 900 BC heads the display.", THU, "circa 900 BC", "BC0900", "DATE", "APPROX"),
    ("The tour runs from the Iron Age to the present day.", THU, "the present day", "PRESENT_REF", "DATE", None),
    ("They reached Liverpool in the Christmas of 1961.", THU, "the Christmas of 1961", "1961-12-25", "DATE", None),
    # "the" of a season named with a bare year belongs to the noun after it
    ("Traders sold the winter 2022 contract.", THU, "winter 2022", "2022-WI", "DATE", None),
    ("Episode notes: 12:40 The summer 2019 drought", THU, "summer 2019", "2019-SU", "DATE", None),
    # a season of a year named relative to now is one expression
    ("The ferry returns in the spring of next year.", THU, "the spring of next year", "2022-SP", "DATE", None),
    # a tax year told as ending is the current year, as "the financial year ends"
    ("Advisers are busy, with the tax year ending on Saturday.", "2025-04-01", "the tax year", "2025", "DATE", None),
    # a new year told as begun is the publication's year, whenever it is said
    ("Ticket sales have slowed since the new year began.", "2022-07-04", "the new year", "2022", "DATE", None),
    # a season as the subject of a clause about it
    ("Farmers say the summer has been the driest they remember.", "2018-08-12", "the summer", "2018-SU", "DATE", None),
    # an almanac's ordinal day of the year, in apposition to the date, is that date
    ("Today is Tuesday, May 4, the 124th day of 2027.", "2027-05-04", "124th day of 2027", "2027-05-04", "DATE", None),
    # a weekday in apposition to a date keeps its bare article
    ("The quay flooded on 9 May 1998, a Saturday.", THU, "a Saturday", "1998-05-09", "DATE", None),
]

DURATIONS = [
    # a company's half year told by the day it ends is six months of accounts
    ("Revenue for the half-year ended March 31 fell 2 per cent.", THU, "the half-year", "P6M", "DURATION", None),
    ("She sang with the choir for a quarter of a century.", THU, "a quarter of a century", "P25Y", "DURATION", None),
    ("Episode 12. Listen time: 38 min.", THU, "38 min", "PT38M", "DURATION", None),
    ("The bypass took 3 hrs to clear.", THU, "3 hrs", "PT3H", "DURATION", None),
    # a count of three figures before "hours" is no four-figure clock
    ("A miner was brought up after 118 hours underground.", THU, "118 hours", "PT118H", "DURATION", None),
    # a vague count of decades is counted in decades, as our annotators write it
    ("The two families had not spoken for decades.", THU, "decades", "PXDE", "DURATION", None),
    # "or more" after a length bounds it from below
    ("Claims for stays of three weeks or more rose.", THU, "three weeks or more", "P3W", "DURATION", "EQUAL_OR_MORE"),
    # nights counted are days counted
    ("The climbers spent four nights on the ridge.", THU, "four nights", "P4D", "DURATION", None),
    # a year to a day is a fiscal year, a length; the day is a date of its own
    ("It lost £3m in the year to 30 June 2020.", THU, "the year", "P1Y", "DURATION", None),
    ("It lost £3m in the year to 30 June 2020.", THU, "30 June 2020", "2020-06-30", "DATE", None),
    ("Targets cover the next three school years.", THU, "the next three school years", "P3Y", "DURATION", None),
    # "full" and "calendar" qualify the unit and belong to the length
    ("Many pupils will take a full fortnight off.", THU, "a full fortnight", "P2W", "DURATION", None),
    ("No club has won more trophies in a calendar year.", THU, "a calendar year", "P1Y", "DURATION", None),
    ("The talks dragged on for a year and a half.", THU, "a year and a half", "P1Y6M", "DURATION", None),
    ("The pilot radioed an hour and a half later.", THU, "an hour and a half", "PT1H30M", "DURATION", None),
    ("Deals are planned for the next 12 to 18 months.", THU, "the next 12 to 18 months", "PXM", "DURATION", None),
    ("Rates should fall within one to three years.", THU, "one to three years", "PXY", "DURATION", None),
    ("Loans run 6 to 12 months.", THU, "6 to 12 months", "PXM", "DURATION", None),
    ("It would take a year or two to rebuild.", THU, "a year or two", "PXY", "DURATION", None),
    ("Prisoners were taken in the first hours of the offensive.", THU, "the first hours", "PTXH", "DURATION", None),
    ("He ruled for more than a decade.", THU, "more than a decade", "P10Y", "DURATION", "MORE_THAN"),
    ("He was barred for a period of five years.", THU, "a period of five years", "P5Y", "DURATION", None),
    # a bound on how long ago names no year
    ("The mine shut more than three decades ago.", THU, "more than three decades ago", "P30Y", "DURATION",
     "MORE_THAN"),
    ("Sales fell over the past three years.", THU, "the past three years", "P3Y", "DURATION", None),
    ("Over the years, the mill changed hands four times.", THU, "the years", "PXY", "DURATION", None),
    ("The rebels may fall within days or weeks.", THU, "days or weeks", "PXD", "DURATION", None),
    ("The meeting lasted half an hour.", THU, "half an hour", "PT30M", "DURATION", None),
    ("The dam has stood for half a century.", THU, "half a century", "P50Y", "DURATION", None),
    ("The feud lasted two and a half decades.", THU, "two and a half decades", "P25Y", "DURATION", None),
    ("Power was off for two-and-a-half hours at a time.", THU, "two-and-a-half hours", "PT2H30M", "DURATION", None),
    ("The flight took an hour and a half.", THU, "an hour and a half", "PT1H30M", "DURATION", None),
    # two lengths added, the second in a shorter unit, are one length
    ("The talks lasted three years and two months.", THU, "three years and two months", "P3Y2M", "DURATION", None),
    ("The final ran 2 hours and 40 minutes.", THU, "2 hours and 40 minutes", "PT2H40M", "DURATION", None),
    ("The siege went on for two weeks and three days.", THU, "two weeks and three days", "P17D", "DURATION", None),
    ("Rescuers dug for a day and six hours.", THU, "a day and six hours", "P1DT6H", "DURATION", None),
    ("The job takes between two hours and three hours.", THU, "three hours", "PT3H", "DURATION", None),
    ("He served 10 years and several months.", THU, "10 years", "P10Y", "DURATION", None),
    # a bare plural measured against an event or another length: vague, the signal outside
    ("The levee broke hours after the warning.", THU, "hours", "PTXH", "DURATION", None),
    ("Minutes later, a second blast shook the port.", THU, "Minutes", "PTXM", "DURATION", None),
    ("The ballots arrived hours late.", THU, "hours", "PTXH", "DURATION", None),
    ("A deal is weeks away.", THU, "weeks", "PXW", "DURATION", None),
    ("The strike went on for days.", THU, "days", "PXD", "DURATION", None),
    ("Police sealed the area within hours.", THU, "hours", "PTXH", "DURATION", None),
    ("We have weeks, not months, to find a buyer.", THU, "weeks", "PXW", "DURATION", None),
    ("We have weeks, not months, to find a buyer.", THU, "months", "PXM", "DURATION", None),
    # a vague stretch up to now or from now, like "the past few weeks"
    ("Prices have risen in recent months.", THU, "recent months", "PXM", "DURATION", None),
    ("Funds may sell bonds in the weeks ahead.", THU, "the weeks ahead", "PXW", "DURATION", None),
    ("Rates will fall in coming years.", THU, "coming years", "PXY", "DURATION", None),
    # the first stretch of something new: a length, like "the first nine months"
    ("Tolls are waived for the first month.", THU, "the first month", "P1M", "DURATION", None),
    ("Several acts stayed only for the first fortnight.", THU, "the first fortnight", "P2W", "DURATION", None),
    # the stretch from an event to now, as long as its unit
    ("Bookings tripled in the fortnight since the fares were cut.", THU, "the fortnight", "P2W", "DURATION", None),
    ("The port has reopened two berths in the month since the blast.", THU, "the month", "P1M", "DURATION", None),
    # two lengths with no "and", as race and match times are written
    ("She won the marathon in 2 hours 19 minutes.", THU, "2 hours 19 minutes", "PT2H19M", "DURATION", None),
    ("Patients were tracked for a median of 6.4 years.", THU, "6.4 years", "P6.4Y", "DURATION", None),
    ("The carrier signed a multi-year lease.", THU, "multi-year", "PXY", "DURATION", None),
    # a millennium counted in years, as centuries are
    ("People have farmed this valley for at least a millennium.", THU, "at least a millennium", "P1000Y",
     "DURATION", "EQUAL_OR_MORE"),
    # "a month earlier" in a story is the length; after a figure, a month compared with (anchoring tests)
    ("The mill closed in May 2016. A month earlier, it had flooded.", THU, "A month", "P1M", "DURATION", None),
    # "another" counts one, as "a" does; a unit and "long" in one word
    ("Divers will search for at least another week.", THU, "at least another week", "P1W", "DURATION",
     "EQUAL_OR_MORE"),
    ("The senators left for a weeklong recess.", THU, "weeklong", "P1W", "DURATION", None),
    # a number in words joined by a hyphen is one number, not a range
    ("Thirty-two years on, the ferry still runs.", THU, "Thirty-two years", "P32Y", "DURATION", None),
    ("The lighthouse keeper served twenty-six years.", THU, "twenty-six years", "P26Y", "DURATION", None),
    ("Repairs could take 12-18 months.", THU, "12-18 months", "PXM", "DURATION", None),
    # a quarter-century is 25 years, back from now with "ago"
    ("The choir sang there again after a quarter-century away.", THU, "a quarter-century", "P25Y", "DURATION", None),
    ("A quarter-century ago the quarry employed 300 men.", THU, "A quarter-century ago", "1996", "DATE", None),
    # a bound makes "the next decade" a length
    ("The treaty should hold for at least the next decade.", THU, "at least the next decade", "P10Y", "DURATION",
     "EQUAL_OR_MORE"),
    # weekends counted are a length in weekends
    ("The slip road shuts for three weekends in May.", THU, "three weekends", "P3WE", "DURATION", None),
    ("Engineers have worked the past two weekends.", THU, "the past two weekends", "P2WE", "DURATION", None),
    # an adjective of how the time went, or "a good", belongs to the amount
    ("Teachers endured five lean years of pay freezes.", THU, "five lean years", "P5Y", "DURATION", None),
    ("The fix came a good three years late.", THU, "a good three years", "P3Y", "DURATION", None),
    ("The kiosk keeps the first hour after opening for carers.", THU, "the first hour", "PT1H", "DURATION", None),
    # a year counted to a quarter is twelve months of figures; a rate's comma is no amount's
    ("Salaries rose 3 per cent in the year to the March quarter.", THU, "the year", "P1Y", "DURATION", None),
    ("The term now starts on Feb. 8, a week later than usual.", THU, "a week", "P1W", "DURATION", None),
    # "within" bounds a length: a month from now, not next calendar month
    ("Inspectors will report within the next month.", THU, "the next month", "P1M", "DURATION", None),
]

SETS = [
    ("In 2019 a year of floods began.", THU, "a year", "P1Y", "DURATION", None),  # a year is no amount
    ("The council meets twice a month.", THU, "twice a month", "P1M", "SET", None),  # the count belongs to it
    ("Nurses check the ward three times a day.", THU, "three times a day", "P1D", "SET", None),
    ("Fees are paid annually.", THU, "annually", "P1Y", "SET", None),
    ("A storm this strong strikes once every 50 years.", THU, "once every 50 years", "P50Y", "SET", None),
    ("The choir meets each Monday.", THU, "each Monday", "XXXX-WXX-1", "SET", None),
    ("Bins are emptied every week.", THU, "every week", "P1W", "SET", None),
    ("The museum rotates its loans on a twice-yearly cycle.", THU, "twice-yearly", "P1Y", "SET", None),
    # a count joined to the adjective is the length of each repeat
    ("The ferry sails three-hourly in winter.", THU, "three-hourly", "PT3H", "SET", None),
    ("Divers inspect the piers on a six-monthly rota.", THU, "six-monthly", "P6M", "SET", None),
    ("The orchard was watered all summer.", THU, "summer", "2021-SU", "DATE", None),
    ("Bins are emptied every two weeks.", THU, "every two weeks", "P2W", "SET", None),
    ("Buses leave every 10 minutes.", THU, "every 10 minutes", "PT10M", "SET", None),
    ("The census is taken every few years.", THU, "every few years", "PXY", "SET", None),
    ("The council meets fortnightly.", THU, "fortnightly", "P2W", "SET", None),
    ("Guards patrol the border every night.", THU, "every night", "XXXX-XX-XXTNI", "SET", None),
    ("The market opens on weekends.", THU, "weekends", "XXXX-WXX-WE", "SET", None),
    ("Volunteers clean the beach every weekend.", THU, "every weekend", "XXXX-WXX-WE", "SET", None),
    # working days counted in a week: how often the week recurs
    ("Rehearsals run five days a week.", THU, "five days a week", "P1W", "SET", None),
    ("The library now opens only two afternoons a week.", THU, "two afternoons a week", "P1W", "SET", None),
    # how often per unit, in words of any kind: the count belongs to the set
    ("The drops are given twice daily.", THU, "twice daily", "P1D", "SET", None),
    # hours before "daily" are a length at each recurrence, not a rate
    ("The road reopens for two hours daily to let trucks through.", THU, "daily", "P1D", "SET", None),
    ("The road reopens for two hours daily to let trucks through.", THU, "two hours", "PT2H", "DURATION", None),
    ("Power is cut for four hours nightly.", THU, "nightly", "XXXX-XX-XXTNI", "SET", None),
    ("He walks the dog most evenings.", THU, "most evenings", "XXXX-XX-XXTEV", "SET", None),
    # the days a week or weekend is made of, as a rule: any week's days, as our files
    ("Here the working week starts on Sunday and ends on Thursday.", THU, "Sunday", "XXXX-WXX-7", "DATE", None),
    ("Here the working week starts on Sunday and ends on Thursday.", THU, "Thursday", "XXXX-WXX-4", "DATE", None),
    ("Ten years ago the republic moved its weekend to Friday and Saturday.", THU, "Saturday", "XXXX-WXX-6", "DATE",
     None),
    # a week that starts on a day of its own is that day
    ("The talks start on Sunday in Geneva.", THU, "Sunday", "2021-10-31", "DATE", None),
    # a plural weekday's part of the day is the part named
    ("The café serves brunch on Sunday mornings.", THU, "Sunday mornings", "XXXX-WXX-7TMO", "SET", None),
    # a clock time with a plural weekday right after it, or after a plural weekday and "at"
    ("The quiz moves to 7 p.m. Tuesdays in March.", THU, "7 p.m. Tuesdays", "XXXX-WXX-2T19:00", "SET", None),
    ("The drama airs Fridays at 10 p.m. on cable.", THU, "Fridays at 10 p.m.", "XXXX-WXX-5T22:00", "SET", None),
    # ... but before "daily" or "every night" the clock and the set are two, the clock of no day
    ("The ferry sails at 06:45 daily from the pier.", THU, "06:45", "XXXX-XX-XXT06:45", "TIME", None),
    ("The ferry sails at 06:45 daily from the pier.", THU, "daily", "P1D", "SET", None),
    ("The kiosk takes calls from 9 am to 6 pm daily.", THU, "6 pm", "XXXX-XX-XXT18:00", "TIME", None),
    ("The kiosk takes calls from 9 am to 6 pm daily.", THU, "daily", "P1D", "SET", None),
    ("Bars may now serve until 3am every night.", THU, "3am", "XXXX-XX-XXT03:00", "TIME", None),
    ("Bars may now serve until 3am every night.", THU, "every night", "XXXX-XX-XXTNI", "SET", None),
    # a curfew's or ban's hours recur until lifted: no day, unless one is named after them
    ("Hammering is banned between 7 pm and 8 am in the old town.", THU, "8 am", "XXXX-XX-XXT08:00", "TIME", None),
    ("The mayor shut the bars on Monday and set a curfew from 11 p.m. to 5 a.m.", THU, "11 p.m.",
     "XXXX-XX-XXT23:00", "TIME", None),
    ("Police set a curfew from 11 p.m. on Monday.", THU, "11 p.m.", "2021-10-25T23:00", "TIME", None),
    ("A dusk curfew, from 9pm to 6am, still holds in the port.", THU, "6am", "XXXX-XX-XXT06:00", "TIME", None),
    # a curfew from a clock on one day to one on another is one stretch: days paired beside it are dates
    ("Markets will stay shut Monday and Tuesday, with a curfew from 9 p.m. Tuesday to 5 a.m. Thursday.", THU,
     "Monday", "2021-11-01", "DATE", None),
    # hours that hold from a day on, till a date, until at least one, or for the next days
    ("The shop will cut its trading hours to 8am-8pm from Monday.", THU, "8pm", "XXXX-XX-XXT20:00", "TIME", None),
    ("Cafes may stay open until 11pm from Saturday, Nov 6.", THU, "11pm", "XXXX-XX-XXT23:00", "TIME", None),
    ("Gyms must shut at 9 p.m. for the next 14 days.", THU, "9 p.m.", "XXXX-XX-XXT21:00", "TIME", None),
    ("The bakery will stay open until 9pm from tomorrow until Sunday.", THU, "9pm", "XXXX-XX-XXT21:00", "TIME", None),
    ("Its help desk will take calls from 8 a.m. to 8 p.m. through Friday.", THU, "8 a.m.", "XXXX-XX-XXT08:00",
     "TIME", None),
    ("Doctors urged runners to avoid training between 12:00 and 16:00.", THU, "16:00", "XXXX-XX-XXT16:00", "TIME", None),
    ("The council barred street vendors between 10pm and 6am.", THU, "10pm", "XXXX-XX-XXT22:00", "TIME", None),
    ("Skyway Jet's 7.05am flight to Dunmore has been dropped.", THU, "7.05am", "XXXX-XX-XXT07:05", "TIME", None),
    ("Saturday's 7.05am flight to Dunmore was full.", THU, "7.05am", "2021-10-23T07:05", "TIME", None),
    ("The line will be staffed from 8 am to 8 pm on all working days till 15th December.", THU, "8 am",
     "XXXX-XX-XXT08:00", "TIME", None),
    ("He said the curfew from 9pm to 6am would remain until at least 20 November.", THU, "9pm",
     "XXXX-XX-XXT21:00", "TIME", None),
    ("The office closes at 5pm until 3 January.", THU, "5pm", "2021-10-28T17:00", "TIME", None),
    # a curfew's hours after an aside naming the day it was first imposed
    ("The curfew, first imposed on 3rd March, will now run from 21:00 to 06:00.", THU, "21:00",
     "XXXX-XX-XXT21:00", "TIME", None),
    ("The curfew, in force since May, will run from 9pm to 5am.", THU, "5am", "XXXX-XX-XXT05:00", "TIME", None),
    # hours after a range of days hold on each of them
    ("Early voting runs Nov. 8-12 at the library from 9 a.m. to 5 p.m.", THU, "9 a.m.", "XXXX-XX-XXT09:00",
     "TIME", None),
    ("From Monday to Wednesday the office opens 10am-4pm.", THU, "4pm", "XXXX-XX-XXT16:00", "TIME", None),
    # "every weekday" is the working days' set, and the clock after it names no day
    ("Tallies are posted every weekday at 5:15 p.m.", THU, "every weekday", "XXXX-WXX-WD", "SET", None),
    ("Tallies are posted every weekday at 5:15 p.m.", THU, "5:15 p.m.", "XXXX-XX-XXT17:15", "TIME", None),
    # a timeline's 24-hour clock with a three-letter weekday; the early hours of a month-first date
    ("Log (all times GMT): 22:10 Tue - pumps failed; 01:55 Wed - power back.", THU, "01:55 Wed",
     "2021-10-27T01:55", "TIME", None),
    ("The depot was looted in the early hours of Oct. 3, police said.", THU, "the early hours of Oct. 3",
     "2021-10-03TMO", "TIME", "START"),
    # a ban's months are this year's, whatever its hours
    ("Outdoor work is banned between 12:30 pm and 3 pm from June 15 to September 15.", THU, "June 15",
     "2021-06-15", "DATE", None),
    # a day of every year: a holiday, or a date said with "each year" before or after it
    ("The street is lit up every Christmas.", THU, "every Christmas", "XXXX-12-25", "SET", None),
    ("Reports are due by 30 April each year.", THU, "30 April each year", "XXXX-04-30", "SET", None),
    ("The regatta is held each year on Aug. 9.", THU, "each year on Aug. 9", "XXXX-08-09", "SET", None),
    ("Hotels fill up in August of each year.", THU, "August of each year", "XXXX-08", "SET", None),
    ("The lake freezes every winter.", THU, "every winter", "XXXX-WI", "SET", None),
    # "thrice" counts like "twice"; every other weekday is that weekday's set (TIMEX3 has no value
    # for every second one); every half hour is thirty minutes; a decade recurs in years, as the gold counts it
    ("The sleeper now runs thrice a week.", THU, "thrice a week", "P1W", "SET", None),
    ("The parish council sits every other Thursday.", THU, "every other Thursday", "XXXX-WXX-4", "SET", None),
    ("Water samples are taken every half hour.", THU, "every half hour", "PT30M", "SET", None),
    ("A drought this severe used to come once a decade.", THU, "once a decade", "P10Y", "SET", None),
    # TIMEX3 has no value for the nth weekday of each month: that weekday's set
    ("The library board meets on the third Monday of every month.", THU, "the third Monday of every month",
     "XXXX-WXX-1", "SET", None),
    # an approximate recurrence keeps its modifier in the span
    ("The mountain railway is repainted about every four years.", THU, "about every four years", "P4Y", "SET",
     "APPROX"),
    ("Shuttles leave the depot roughly every 10 minutes.", THU, "roughly every 10 minutes", "PT10M", "SET", "APPROX"),
    # "nightly" saying when is every night; before a noun it is daily
    ("The left lane closes nightly from 10 p.m.", THU, "nightly", "XXXX-XX-XXTNI", "SET", None),
    ("Testers download the nightly builds.", THU, "nightly", "P1D", "SET", None),
    # "quarterly" the adverb recurs every three months
    ("Members report in June and quarterly after that.", THU, "quarterly", "P3M", "SET", None),
    # part of a month before how often it recurs: any year's part, and the set
    ("The fair has been held in early May every year since 1990.", THU, "early May", "XXXX-05", "DATE", "START"),
    ("The fair has been held in early May every year since 1990.", THU, "every year", "P1Y", "SET", None),
    # the weekdays a timetable's recurring service runs on
    ("The shuttle will run every 15 minutes between 06:30 and 22:00 from Monday to Friday.", THU, "Monday",
     "XXXX-WXX-1", "SET", None),
    ("The office answers calls on all business days.", THU, "all business days", "XXXX-WXX-WD", "SET", None),
    ("Trustees set the fees before each school year.", THU, "each school year", "P1Y", "SET", None),
    ("The club meets the second and last Tuesday of each month.", THU,
     "the second and last Tuesday of each month", "XXXX-WXX-2", "SET", None),
]

TIMES = [
    # "overnight" as an adverb before a preposition: the night before
    ("Firefighters worked overnight to contain the blaze.", THU, "overnight", "2021-10-27TNI", "TIME", None),
    ("Police searched overnight for the missing walker.", THU, "overnight", "2021-10-27TNI", "TIME", None),
    ("The derby is on Saturday 30 October, kick-off 12:30.", THU, "12:30", "2021-10-30T12:30", "TIME", None),
    # a hedge before dawn belongs to it
    ("The vigil lasted until about dawn.", THU, "about dawn", "2021-10-28TMO", "TIME", "APPROX"),
    # hours or minutes back: a time of the article's day; a live blog's "2h ago"
    ("Firefighters reached the warehouse 40 minutes ago.", THU, "40 minutes ago", "2021-10-28", "TIME", None),
    ("2h ago: the ferry operator cancels the evening sailing.", THU, "2h ago", "2021-10-28", "TIME", None),
    ("15 min ago The airport reopens its north runway.", THU, "15 min ago", "2021-10-28", "TIME", None),
    ("Moments ago, the referee confirmed the result.", THU, "Moments ago", "PAST_REF", "TIME", None),
    ("The station has been shut since the morning.", THU, "the morning", "2021-10-28TMO", "TIME", None),
    ("He met the envoy Tuesday night.", THU, "Tuesday night", "2021-10-26TNI", "TIME", None),
    ("The blast came at 3 p.m.", THU, "3 p.m.", "2021-10-28T15:00", "TIME", None),
    ("The storm hit early Tuesday morning.", THU, "early Tuesday morning", "2021-10-26TMO", "TIME", "START"),
    ("The polls closed around 8 p.m. Tuesday.", THU, "around 8 p.m. Tuesday", "2021-10-26T20:00", "TIME", "APPROX"),
    # a time zone, abbreviated or spelt out, is part of the clock time
    ("Voting ends at 8 p.m. Eastern time.", THU, "8 p.m. Eastern time", "2021-10-28T20:00", "TIME", None),
    ("The summit opens at 10 a.m. Moscow time.", THU, "10 a.m. Moscow time", "2021-10-28T10:00", "TIME", None),
    ("Kick-off is at 19:45 Lisbon time.", THU, "19:45 Lisbon time", "2021-10-28T19:45", "TIME", None),
    # a clock in a clause that recurs daily is of every day, of none in particular
    ("The pharmacy is open daily from 8am.", THU, "8am", "XXXX-XX-XXT08:00", "TIME", None),
    # a bare 24-hour clock after a preposition of time; "about" is part of it, "at least" not
    ("The tunnel has been shut since 05:40.", THU, "05:40", "2021-10-28T05:40", "TIME", None),
    ("The body was found at about 23:10.", THU, "about 23:10", "2021-10-28T23:10", "TIME", "APPROX"),
    ("Roads stay shut until at least 16:00.", THU, "16:00", "2021-10-28T16:00", "TIME", None),
    ("The clinic saw 40 patients between 00:00 and 23:59 on Tuesday.", THU, "23:59", "2021-10-26T23:59", "TIME", None),
    # an hour without am or pm: o'clock, or the part of a named day after it
    ("At 9 o'clock the doors were opened.", THU, "9 o'clock", "2021-10-28T09:00", "TIME", None),
    ("Good evening, it's eleven o'clock and here is the news.", THU, "eleven o'clock", "2021-10-28T11:00", "TIME",
     None),
    # a clock read aloud: minutes past or to the hour
    ("The first bus leaves at half six, the driver said.", THU, "half six", "2021-10-28T06:30", "TIME", None),
    ("Our guest joins us at twenty to ten, after the weather.", THU, "twenty to ten", "2021-10-28T09:40", "TIME", None),
    ("The shift began at about quarter past seven in the evening.", THU,
     "about quarter past seven in the evening", "2021-10-28T19:15", "TIME", "APPROX"),
    # "about" alone before a clock of a named part of the day, or a 24-hour clock and its weekday
    ("A van hit a cyclist in the high street about 3.50 this afternoon.", THU, "about 3.50 this afternoon",
     "2021-10-28T15:50", "TIME", "APPROX"),
    ("Sirens sounded around 02:30 Tuesday.", THU, "around 02:30 Tuesday", "2021-10-26T02:30", "TIME", "APPROX"),
    ("The index slipped on Monday afternoon New York time.", THU, "Monday afternoon New York time", "2021-10-25TAF",
     "TIME", None),
    # a zone's name in capitals belongs to the clock time, as a place's "time" does
    ("Tallying ended at 6pm West Africa Time on Thursday.", THU, "6pm West Africa Time", "2021-10-28T18:00", "TIME", None),
    # a heading's clock and its full date, year and all, are one time
    ("Evening edition, 6pm BST, Friday 3 May 2024", THU, "6pm BST, Friday 3 May 2024", "2024-05-03T18:00", "TIME",
     None),
    # two 24-hour clocks joined by a dash are two times, the zone with the end
    ("Recess 10:05-10:20 (court reporter's note).", THU, "10:05", "2021-10-28T10:05", "TIME", None),
    ("Late bulletin, 22:00-22:15 GMT.", THU, "22:15 GMT", "2021-10-28T22:15", "TIME", None),
    # a bare hour announced after "tomorrow" or "tonight" is a clock on that day
    ("The minister will speak again tomorrow at 11.", THU, "11", "2021-10-29T11:00", "TIME", None),
    ("Tonight at eight, a film about the river.", THU, "eight", "2021-10-28T20:00", "TIME", None),
    ("The raid began at 6 this morning.", THU, "6 this morning", "2021-10-28T06:00", "TIME", None),
    ("Talks resume at 2.30 tomorrow afternoon.", THU, "2.30 tomorrow afternoon", "2021-10-29T14:30", "TIME", None),
    ("Offers close at noon ET Friday.", THU, "noon ET Friday", "2021-10-29T12:00", "TIME", None),
    # a clock with its weekday and date, or an ISO date, is one point in time
    ("Bus lanes close from 9 p.m. Saturday, Oct. 30.", THU, "9 p.m. Saturday, Oct. 30", "2021-10-30T21:00", "TIME",
     None),
    ("Prices are as of 2021-10-27 16:00 BST.", THU, "2021-10-27 16:00 BST", "2021-10-27T16:00", "TIME", None),
    ("Last updated 27 October 2021, 16:05 BST", THU, "27 October 2021, 16:05 BST", "2021-10-27T16:05", "TIME",
     None),
    ("Posted Oct. 27, 2021 9:40 a.m. ET", THU, "Oct. 27, 2021 9:40 a.m. ET", "2021-10-27T09:40", "TIME", None),
    # a part of the day before a day with its own part is no part of that day
    ("Crowds gathered for a third night on Saturday night.", THU, "Saturday night", "2021-10-23TNI", "TIME", None),
    # a clock time before "tonight" is on that day, as before "tomorrow"
    ("A curfew runs from 9 pm tonight.", THU, "9 pm tonight", "2021-10-28T21:00", "TIME", None),
    ("Claims must be lodged by midnight tonight.", THU, "midnight tonight", "2021-10-28T24:00", "TIME", None),
    # a clock after "instead of" is a time like the one it replaces
    ("The final now kicks off at 20:00 instead of 17:15.", THU, "17:15", "2021-10-28T17:15", "TIME", None),
    # a clock naming a scheduled service is a timetable's, of no day, and so is the new time it is given
    ("The 06:50 sailing to the island will leave at 06:35.", THU, "06:50", "XXXX-XX-XXT06:50", "TIME", None),
    ("The 06:50 sailing to the island will leave at 06:35.", THU, "06:35", "XXXX-XX-XXT06:35", "TIME", None),
    ("Commuters on the 8.12 from Crewe face delays.", THU, "8.12", "XXXX-XX-XXT08:12", "TIME", None),
    ("The 9pm bus was full again.", THU, "9pm", "XXXX-XX-XXT21:00", "TIME", None),
    # "overnight" before "through" is the adverb
    ("The phone line stays open overnight through Friday.", THU, "overnight", "2021-10-28TNI", "TIME", None),
    # a live blog's entry opens with its clock time on a line of its own, or before a dash
    ("Live: storm\n\n16:20\nThe pier has been closed.", THU, "16:20", "2021-10-28T16:20", "TIME", None),
    ("Live: storm\n\n08:05 - Trains are cancelled.", THU, "08:05", "2021-10-28T08:05", "TIME", None),
    ("Live: storm\n\nUPDATE 13:45 - The pier has reopened.", THU, "13:45", "2021-10-28T13:45", "TIME", None),
    ("LATEST UPDATE 18:05 - Two roads remain shut.", THU, "18:05", "2021-10-28T18:05", "TIME", None),
    # "around" alone before a two-figure 24-hour clock
    ("The alarm was raised around 22:40 by a neighbour.", THU, "around 22:40", "2021-10-28T22:40", "TIME",
     "APPROX"),
    # lunchtime is the middle of a day; a date after the weekday keeps the weekday to itself
    ("The strike starts at lunchtime on Monday.", THU, "lunchtime on Monday", "2021-11-01TMI", "TIME", None),
    ("Sales were brisk on Saturday lunchtime.", THU, "Saturday lunchtime", "2021-10-23TMI", "TIME", None),
    ("She had queued since evening on Friday, October 22.", THU, "Friday, October 22", "2021-10-22", "DATE", None),
    # a night across two dated days is one night, the first's (one dated day is left to its date)
    ("Drones flew over on the night of 3-4 September.", THU, "the night of 3-4 September", "2021-09-03TNI", "TIME",
     None),
    ("The clip dates from the night of Aug. 9-10.", THU, "the night of Aug. 9-10", "2021-08-09TNI", "TIME", None),
    # an hour before "tonight" is an evening's
    ("The fireworks begin at 9:45 tonight.", THU, "9:45 tonight", "2021-10-28T21:45", "TIME", None),
    # a clock in a clause of something recurring, nearer to it than to a day, is of no day in
    # particular, even when its sentence recurs on one weekday (our files' majority)
    ("Matinees are at 2.30pm on Wednesdays.", THU, "2.30pm", "XXXX-XX-XXT14:30", "TIME", None),
    ("Texts go out by 5:30 a.m. ET each school day.", THU, "5:30 a.m. ET", "XXXX-XX-XXT05:30", "TIME", None),
    ("Texts go out by 5:30 a.m. ET each school day.", THU, "each school day", "P1D", "SET", None),
    ("Labs file their counts by 16:00 UTC each week.", THU, "16:00 UTC", "XXXX-XX-XXT16:00", "TIME", None),
    ("The chart is refreshed weekly at 06:00 GMT on Mondays.", THU, "06:00 GMT", "XXXX-XX-XXT06:00", "TIME", None),
    ("Matinees are at 2.30pm on Wednesdays and Saturdays.", THU, "2.30pm", "XXXX-XX-XXT14:30", "TIME", None),
    ("The pantry is open every Tuesday, 9 a.m. to noon.", THU, "noon", "XXXX-XX-XXT12:00", "TIME", None),
    ("The pool is shut on Mondays and opens at 7am on the other days.", THU, "7am", "XXXX-XX-XXT07:00", "TIME",
     None),
    # "every" distributes over "and", and its times are of neither day alone
    ("Lessons run every Monday and Thursday at 6pm.", THU, "Thursday", "XXXX-WXX-4", "SET", None),
    ("Lessons run every Monday and Thursday at 6pm.", THU, "6pm", "XXXX-XX-XXT18:00", "TIME", None),
    ("Visitor centres open 10am-4pm in winter.", THU, "10am", "XXXX-XX-XXT10:00", "TIME", None),
    # a range's opening clock goes with its closing one, nearer the habit than the day before
    ("The depot will stay open until 12 November, from 7 am to 9 pm every day.", THU, "7 am",
     "XXXX-XX-XXT07:00", "TIME", None),
    # a range of hours holding until a date is each day's
    ("Ada Finch presents the late show from 10pm to 1am until 5 January.", THU, "10pm", "XXXX-XX-XXT22:00",
     "TIME", None),
    # hours before two days joined hold on each: of no one day
    ("The book fair runs from 11am to 7pm on Friday and Saturday.", THU, "11am", "XXXX-XX-XXT11:00", "TIME", None),
    ("The book fair runs from 11am to 7pm on Friday and Saturday.", THU, "7pm", "XXXX-XX-XXT19:00", "TIME", None),
    ("The talks ran from 10am to 6pm on Tuesday, and a deal came on Wednesday.", THU, "10am", "2021-10-26T10:00",
     "TIME", None),
    # "a Sunday" is a set only where its sentence states a habit; else any such day, once
    ("The final was played on a Sunday in 2011.", THU, "a Sunday", "XXXX-WXX-7", "DATE", None),
    # an occasion said now to fall on a weekday: its coming turn, today included
    ("This year the fair falls on a Monday, so the market moves.", THU, "a Monday", "2021-11-01", "DATE", None),
    ("The fast begins at dusk on a Thursday for once.", THU, "a Thursday", "2021-10-28", "DATE", None),
    ("The match fell on a Monday in 2011.", THU, "a Monday", "XXXX-WXX-1", "DATE", None),
    ("The bakery queue on a Friday morning usually reaches the bank.", THU, "a Friday morning", "XXXX-WXX-5TMO",
     "SET", None),
    # how often, hyphenated before a noun or with a range of counts
    ("She takes a twice-a-day tablet.", THU, "twice-a-day", "P1D", "SET", None),
    ("Crews flush the pipes four or five times a year.", THU, "four or five times a year", "P1Y", "SET", None),
    # the working days of every week, whose clock times are of no one day (counted, no set: negative.toml)
    ("The gallery opens at 10am on weekdays.", THU, "weekdays", "XXXX-WXX-WD", "SET", None),
    ("The gallery opens at 10am on weekdays.", THU, "10am", "XXXX-XX-XXT10:00", "TIME", None),
    # the clock of each event of a series is of no one day, whatever day the text names
    ("The cup starts on Friday, 8 March, with all matches kicking off at 6pm.", THU, "6pm", "XXXX-XX-XXT18:00",
     "TIME", None),
    ("Floodlights are needed for the 8 pm fixtures.", THU, "8 pm", "XXXX-XX-XXT20:00", "TIME", None),
    # an accounting year's bounds are any year's, as a pair
    ("The trust's financial year runs from April 1 to March 31.", THU, "April 1", "XXXX-04-01", "DATE", None),
    ("The trust's financial year runs from April 1 to March 31.", THU, "March 31", "XXXX-03-31", "DATE", None),
    ("The quiz returns on Monday, airing nightly at 11:35 p.m.", THU, "11:35 p.m.", "XXXX-XX-XXT23:35", "TIME",
     None),
    # joined by a preposition, the clock and the day are two expressions; the clock is on that day
    ("The sirens sounded at 04:10 local time on Monday.", THU, "04:10 local time", "2021-10-25T04:10", "TIME", None),
    ("The sirens sounded at 04:10 local time on Monday.", THU, "Monday", "2021-10-25", "DATE", None),
    ("Smoke rose from the depot at about 16:20 UTC.", THU, "about 16:20 UTC", "2021-10-28T16:20", "TIME", "APPROX"),
    ("Bids close on Friday at 5 pm.", THU, "5 pm", "2021-10-29T17:00", "TIME", None),
    ("Bids close on Friday at 5 pm.", THU, "Friday", "2021-10-29", "DATE", None),
    # a day after "until" ends what began at the clock, and does not date it
    ("The council adjourned at 9.50 pm until tomorrow.", THU, "9.50 pm", "2021-10-28T21:50", "TIME", None),
    # a clock without am or pm before "on" and its day; with a dot only after a word introducing a time
    ("Counts are as of 08:00 on 26 October.", THU, "08:00", "2021-10-26T08:00", "TIME", None),
    ("Entries must be in by 17.30 on Saturday.", THU, "17.30", "2021-10-30T17:30", "TIME", None),
    ("Entries must be in by 17.30 on Saturday.", THU, "Saturday", "2021-10-30", "DATE", None),
    # opening hours: two clock times of no day in particular (a schedule: habits.py)
    ("The library is open 9am-5pm.", THU, "9am", "XXXX-XX-XXT09:00", "TIME", None),
    ("The library is open 9am-5pm.", THU, "5pm", "XXXX-XX-XXT17:00", "TIME", None),
    ("The tip is open from 8am to 4pm, Monday to Friday.", THU, "4pm", "XXXX-XX-XXT16:00", "TIME", None),
    ("The tip is open from 8am to 4pm, Monday to Friday.", THU, "Monday", "XXXX-WXX-1", "SET", None),
    ("The tip is open from 8am to 4pm, Monday to Friday.", THU, "Friday", "XXXX-WXX-5", "SET", None),
    ("Supper is served Wednesday through Saturday, 6 p.m. to 10 p.m.", THU, "Saturday", "XXXX-WXX-6", "SET", None),
    ("Supper is served Wednesday through Saturday, 6 p.m. to 10 p.m.", THU, "6 p.m.", "XXXX-XX-XXT18:00", "TIME",
     None),
    ("Opening hours are 9.30am to 4pm; last entry 3.15pm.", THU, "3.15pm", "XXXX-XX-XXT15:15", "TIME", None),
    # terse hours: each end of a weekday range before a clock, and an abbreviated weekday before one, is weekly
    ("The depot now opens Tue.-Sat. 8 a.m.-6 p.m., Sun. 10 a.m.-2 p.m.", THU, "Tue.", "XXXX-WXX-2", "SET", None),
    ("The depot now opens Tue.-Sat. 8 a.m.-6 p.m., Sun. 10 a.m.-2 p.m.", THU, "Sat.", "XXXX-WXX-6", "SET", None),
    ("The depot now opens Tue.-Sat. 8 a.m.-6 p.m., Sun. 10 a.m.-2 p.m.", THU, "Sun.", "XXXX-WXX-7", "SET", None),
    ("The depot now opens Tue.-Sat. 8 a.m.-6 p.m., Sun. 10 a.m.-2 p.m.", THU, "10 a.m.", "XXXX-XX-XXT10:00", "TIME",
     None),
    ("Its new hours are Wed-Sun 7am-3pm.", THU, "Wed", "XXXX-WXX-3", "SET", None),
    ("Its new hours are Wed-Sun 7am-3pm.", THU, "Sun", "XXXX-WXX-7", "SET", None),
    ("The museum shop trades Tuesday-Friday 11am-5pm.", THU, "Friday", "XXXX-WXX-5", "SET", None),
    # hours in bare numbers after a word of hours: a start of 7-11 is am, an end of 1-9 pm
    ("The swap shop is open Sundays 11-3.", THU, "11", "XXXX-XX-XXT11:00", "TIME", None),
    ("The swap shop is open Sundays 11-3.", THU, "3", "XXXX-XX-XXT15:00", "TIME", None),
    ("The garden centre is open weekends 9-5.30 through the winter.", THU, "5.30", "XXXX-XX-XXT17:30", "TIME", None),
    ("Reception hours are 8.30 to 4.", THU, "8.30", "XXXX-XX-XXT08:30", "TIME", None),
    ("Reception hours are 8.30 to 4.", THU, "4", "XXXX-XX-XXT16:00", "TIME", None),
    ("The food bank opens Tue-Thu 10-2.", THU, "2", "XXXX-XX-XXT14:00", "TIME", None),
    ("The food bank opens Tue-Thu 10-2.", THU, "Thu", "XXXX-WXX-4", "SET", None),
    # a start hour without am/pm before a pm end, joined by a bare dash; hours before a range of weekdays
    ("The repair café is open 10-1pm this Saturday.", THU, "10", "2021-10-30T10:00", "TIME", None),
    ("The bakery is open 7-2:30pm Tuesday to Saturday.", THU, "7", "XXXX-XX-XXT07:00", "TIME", None),
    ("The bakery is open 7-2:30pm Tuesday to Saturday.", THU, "2:30pm", "XXXX-XX-XXT14:30", "TIME", None),
    ("The depot answers calls 8am to 4pm, Monday through Friday.", THU, "8am", "XXXX-XX-XXT08:00", "TIME", None),
    # a usual time is of no day; a range's closing time is of no day when its opening is
    ("On Sunday the ferry leaves at 9 am instead of the usual 7.30 am.", THU, "7.30 am", "XXXX-XX-XXT07:30", "TIME",
     None),
    ("The pantry, open every Monday from 9 a.m. to 2 p.m., will skip Nov. 1 and open Wednesday instead.", THU,
     "2 p.m.", "XXXX-XX-XXT14:00", "TIME", None),
    ("Lessons run from 9 a.m. to 3 p.m. instead of the usual 8 a.m. to 4 p.m. on Friday.", THU, "4 p.m.",
     "XXXX-XX-XXT16:00", "TIME", None),
    # both clocks of a change told ahead are standing hours, unless a day is named
    ("From next month the first tram will leave at 05:20 instead of 05:50.", THU, "05:20", "XXXX-XX-XXT05:20",
     "TIME", None),
    ("From next month the first tram will leave at 05:20 instead of 05:50.", THU, "05:50", "XXXX-XX-XXT05:50",
     "TIME", None),
    ("On Saturday the market will open at 10am rather than 8am.", THU, "8am", "2021-10-30T08:00", "TIME", None),
    ("The reform would make night shifts start at 8 p.m. instead of 10 p.m.", THU, "10 p.m.", "XXXX-XX-XXT22:00",
     "TIME", None),
    # noon or midnight before "and" opens a range with a 24-hour clock
    ("Most of the thefts were reported between noon and 15:00.", THU, "15:00", "2021-10-28T15:00", "TIME", None),
    # a weekday before a range of clock times stays apart from its first clock time
    ("The book fair runs Friday and Saturday, 9 a.m. to 6 p.m. both days.", THU, "Saturday", "2021-10-30", "DATE",
     None),
    ("The book fair runs Friday and Saturday, 9 a.m. to 6 p.m. both days.", THU, "9 a.m.", "XXXX-XX-XXT09:00", "TIME",
     None),
    ("The bridge shuts Sunday 7 a.m. until 3 p.m. for repairs.", THU, "7 a.m.", "2021-10-31T07:00", "TIME", None),
    ("The night bus usually leaves the square at 11.40pm.", THU, "11.40pm", "XXXX-XX-XXT23:40", "TIME", None),
    ("The car park is often full by 8.30am.", THU, "8.30am", "XXXX-XX-XXT08:30", "TIME", None),
    # office, working and trading hours are a schedule's too
    ("A new decree sets office hours at 8am to 2pm for ministries.", THU, "2pm", "XXXX-XX-XXT14:00", "TIME", None),
    ("The bourse trades from Sunday to Thursday, 09:30 to 13:30.", THU, "09:30", "XXXX-XX-XXT09:30", "TIME", None),
    ("The bourse trades from Sunday to Thursday, 09:30 to 13:30.", THU, "Sunday", "XXXX-WXX-7", "SET", None),
    ("Brokers moved to shorter sessions, trading from 09:00 to 13:00.", THU, "13:00", "XXXX-XX-XXT13:00", "TIME",
     None),
    # a leading zero is a 24-hour clock, which "every night" does not make p.m.
    ("A curfew runs from 21:00 to 05:00 every night.", THU, "05:00", "XXXX-XX-XXT05:00", "TIME", None),
    ("\"I get in at 5.30am and we close at 3pm,\" the baker said.", THU, "5.30am", "XXXX-XX-XXT05:30", "TIME",
     None),
    # "would" before rising tells a past routine
    ("In those years my mother would be up at 5am to bake.", THU, "5am", "XXXX-XX-XXT05:00", "TIME", None),
    # ... but a day of its own dates a schedule's time, and a weekday range with no schedule stays dated
    ("On Saturday we start at 9am sharp.", THU, "9am", "2021-10-30T09:00", "TIME", None),
    ("The pool is open until 9pm on Friday for the gala.", THU, "9pm", "2021-10-29T21:00", "TIME", None),
    ("The gallery reopens on Saturday at 10am.", THU, "10am", "2021-10-30T10:00", "TIME", None),
    ("The match starts at 7pm.", THU, "7pm", "2021-10-28T19:00", "TIME", None),
    ("Polls are open from 7am to 10pm on Thursday.", THU, "7am", "2021-10-28T07:00", "TIME", None),
    ("The bridge will be shut Monday to Wednesday for repairs.", THU, "Monday", "2021-11-01", "DATE", None),
    # a weekday naming a weekly occasion recurs, and so do its hours; not one told in the past
    ("Sunday lunch at the Anchor is the best in town.", THU, "Sunday", "XXXX-WXX-7", "SET", None),
    ("Saturday opening, 10am-1pm, stays; the Friday story hour moves to 4pm.", THU, "1pm", "XXXX-XX-XXT13:00",
     "TIME", None),
    ("Saturday opening, 10am-1pm, stays; the Friday story hour moves to 4pm.", THU, "4pm", "XXXX-XX-XXT16:00",
     "TIME", None),
    ("The Saturday market was called off because of the gales.", THU, "Saturday", "2021-10-23", "DATE", None),
    # months and seasons a schedule or a yearly habit holds for are any year's
    ("The kiosk is open 8am-8pm in summer and 9am-5pm from October to April.", THU, "summer", "XXXX-SU", "DATE",
     None),
    ("The kiosk is open 8am-8pm in summer and 9am-5pm from October to April.", THU, "April", "XXXX-04", "DATE",
     None),
    ("The fund pays out twice a year, in June and December.", THU, "December", "XXXX-12", "DATE", None),
    ("The best time to see the whales is July to September.", THU, "July", "XXXX-07", "DATE", None),
    ("The monsoon usually runs from June to September.", THU, "September", "XXXX-09", "DATE", None),
    ("The pool gets crowded in summer and stays empty in winter.", THU, "winter", "XXXX-WI", "DATE", None),
    # ... not a plan, nor a schedule's end, nor a season with its article
    ("The tunnel will reopen in spring.", THU, "spring", "2022-SP", "DATE", None),
    ("Pupils will sit the test twice a year, in June and December, from next year.", THU, "June", "2022-06",
     "DATE", None),
    ("The kiosk is open 8am-8pm until March.", THU, "March", "2022-03", "DATE", None),
    ("The cafe has been shut since the spring and is open from 9am to 2pm.", THU, "the spring", "2021-SP", "DATE",
     None),
    # a start with no a.m. or p.m. shares the range end's, unless later on the clock
    ("Confession is heard Saturdays from 3:30 to 4:30 p.m.", THU, "3:30", "XXXX-XX-XXT15:30", "TIME", None),
    ("The gallery keeps winter hours of 11 to 3 p.m. on weekdays.", THU, "11", "XXXX-XX-XXT11:00", "TIME", None),
    # "to" after a clock closes its range, whatever the end's figures
    ("Early swim runs every morning from 6:15 to 7:45.", THU, "7:45", "XXXX-XX-XXT07:45", "TIME", None),
    # a live blog's key-events list puts each stamp before its headline
    ("Key events\n21:10 Another tremor felt in the valley\n", THU, "21:10", "2021-10-28T21:10", "TIME", None),
    ("The bake sale runs Friday from 4 to 7 p.m.", THU, "4", "2021-10-29T16:00", "TIME", None),
    # an hour with no a.m. or p.m. before "every morning" is in that half of the day, of no day in particular
    ("The baker starts at 5.15 every morning.", THU, "5.15", "XXXX-XX-XXT05:15", "TIME", None),
    ("The baker starts at 5.15 every morning.", THU, "every morning", "XXXX-XX-XXTMO", "SET", None),
    ("The chimes sound at 9 each evening.", THU, "9", "XXXX-XX-XXT21:00", "TIME", None),
    # four-figure military clocks: a Zulu suffix, or a zone closing a pair
    ("The drone was seen at 2250Z near the bridge.", THU, "2250Z", "2021-10-28T22:50", "TIME", None),
    ("Traffic stopped between 0300 and 0515 GMT.", THU, "0300", "2021-10-28T03:00", "TIME", None),
    # a part of the day on its own is that of the day the text speaks of
    ("The march began on Saturday and ended in the afternoon.", THU, "the afternoon", "2021-10-23TAF", "TIME", None),
    ("The raid came on Monday. It began in the early hours, officials said.", THU, "the early hours",
     "2021-10-25TMO", "TIME", "START"),
    # noon or midnight closing or opening a range of clock times; each end is a time of its own
    ("Fitting sessions (Saturday, 9.30am-noon) are free.", THU, "9.30am", "2021-10-30T09:30", "TIME", None),
    ("Fitting sessions (Saturday, 9.30am-noon) are free.", THU, "noon", "2021-10-30T12:00", "TIME", None),
    ("The beer tent is open noon-11pm.", THU, "noon", "XXXX-XX-XXT12:00", "TIME", None),
    # midnight or a 24-hour clock right before its date or weekday is one point in time, as "9 p.m. Saturday" is
    ("The assembly must rise by midnight Nov. 15.", THU, "midnight Nov. 15", "2021-11-15T24:00", "TIME", None),
    ("Lanes will shut from 21:00 Friday, Oct. 29, to 06:00 Monday.", THU, "21:00 Friday, Oct. 29", "2021-10-29T21:00",
     "TIME", None),
    ("Lanes will shut from 21:00 Friday, Oct. 29, to 06:00 Monday.", THU, "06:00 Monday", "2021-11-01T06:00", "TIME",
     None),
    ("The office is open 09:00 to 17:00, Monday to Friday.", THU, "17:00", "XXXX-XX-XXT17:00", "TIME", None),
    # ... and so is a clock before "last night" or "this morning"
    ("The council sat until 11pm last night.", THU, "11pm last night", "2021-10-27T23:00", "TIME", None),
    # just after midnight is a day's start, not its end
    ("The convoy was stopped shortly after midnight on Tuesday.", THU, "midnight", "2021-10-26T00:00", "TIME", None),
    # dawn on a day is the start of its morning
    ("The relief crew arrived at dawn Sunday.", THU, "dawn Sunday", "2021-10-24TMO", "TIME", "START"),
    # a four-figure clock after a scheduled service; "hrs" after a clock is part of it
    ("Ferries after 1500 were cancelled because of the swell.", THU, "1500", "2021-10-28T15:00", "TIME", None),
    ("Briefings begin at 09:30 hrs sharp.", THU, "09:30 hrs", "2021-10-28T09:30", "TIME", None),
    # a clock after a range of plural weekdays is of every day of the range
    ("Recitals are Thursdays through Saturdays at 8 p.m.", THU, "8 p.m.", "XXXX-XX-XXT20:00", "TIME", None),
    ("Recitals are Thursdays through Saturdays at 8 p.m.", THU, "Saturdays", "XXXX-WXX-6", "SET", None),
    # a meal served on a range of weekdays is a schedule
    ("The kitchen serves dinner Wednesday through Sunday from 6 to 9 p.m.", THU, "Wednesday", "XXXX-WXX-3", "SET",
     None),
    ("The kitchen serves dinner Wednesday through Sunday from 6 to 9 p.m.", THU, "9 p.m.", "XXXX-XX-XXT21:00", "TIME",
     None),
    # clocks a schedule keeps from a day on, or except on one, are of no day in particular; the day is its own
    ("The ramp will close nightly from 10 p.m. to 4 a.m. starting Monday, Nov. 8.", THU, "4 a.m.",
     "XXXX-XX-XXT04:00", "TIME", None),
    ("The ramp will close nightly from 10 p.m. to 4 a.m. starting Monday, Nov. 8.", THU, "Monday, Nov. 8",
     "2021-11-08", "DATE", None),
    ("Lessons would begin at 8:40 a.m. starting in the next school year.", THU, "8:40 a.m.", "XXXX-XX-XXT08:40",
     "TIME", None),
    ("The park opens at 8am daily and the rides run until 10pm, except on Friday, Nov. 5, when all closes at 5pm.",
     THU, "10pm", "XXXX-XX-XXT22:00", "TIME", None),
    ("The park opens at 8am daily and the rides run until 10pm, except on Friday, Nov. 5, when all closes at 5pm.",
     THU, "5pm", "2021-11-05T17:00", "TIME", None),
    # a day another event is counted from does not date the clock before it
    ("The jury returned at 3:20pm, two days after the trial ended on 26th October.", THU, "3:20pm",
     "2021-10-28T15:20", "TIME", None),
    # ... and so are a schedule's clocks before a day named in a clause of its own
    ("Stalls may open between 6 am and 10 am, while the curfew in force since 3rd October stays.", THU, "6 am",
     "XXXX-XX-XXT06:00", "TIME", None),
    ("Stalls may open between 6 am and 10 am while the curfew runs next Saturday and Sunday.", THU,
     "next Saturday", "2021-10-30", "DATE", None),
    # a schedule's clocks: no day, not the date it holds until, nor the publication day
    ("The ticket office is open daily from 9 a.m. to 6 p.m. until Jan. 15.", THU, "6 p.m.",
     "XXXX-XX-XXT18:00", "TIME", None),
    ("The bakery opens at 6 am and closes at 7 pm six days a week.", THU, "7 pm", "XXXX-XX-XXT19:00", "TIME", None),
    # a curfew's hours are kept every night, unless its clause names the day
    ("The court set a curfew from 8pm to 6am for two months.", THU, "6am", "XXXX-XX-XXT06:00", "TIME", None),
    ("The army imposed a curfew from 9pm tonight.", THU, "9pm tonight", "2021-10-28T21:00", "TIME", None),
    ("The shuttle will run every 15 minutes between 06:30 and 22:00 from Monday to Friday.", THU, "22:00",
     "XXXX-XX-XXT22:00", "TIME", None),
    # three clocks listed for one service are a timetable's, as is one from the date a timetable starts
    ("The night bus leaves the square at 23:40, 00:40 and 01:40.", THU, "00:40", "XXXX-XX-XXT00:40", "TIME", None),
    ("The pier cafe is open from 08:00 to 16:00 from 1 November.", THU, "16:00", "XXXX-XX-XXT16:00", "TIME", None),
    # a fixture list: a shortened weekday with its date, kick-offs after the teams; a log's weekday heading
    ("Sun 31 Oct - Rovers v Albion 15:00; Town v City 12:30.", THU, "Sun 31 Oct", "2021-10-31", "DATE", None),
    ("Sun 31 Oct - Rovers v Albion 15:00; Town v City 12:30.", THU, "12:30", "2021-10-31T12:30", "TIME", None),
    ("Log. Tuesday, 21:15: a van was stolen from a drive.", THU, "21:15", "2021-10-26T21:15", "TIME", None),
    # "overnight on Tuesday" is that day's night, the weekday an expression of its own
    ("The squad travelled overnight on Tuesday.", THU, "overnight", "2021-10-26TNI", "TIME", None),
    ("The squad travelled overnight on Tuesday.", THU, "Tuesday", "2021-10-26", "DATE", None),
]

PERIODS = [
    # after an amount "more than" compares amounts: the date alone, with no mod
    ("Heating oil costs roughly 14 percent more than a year ago.", THU, "a year ago", "2020", "DATE", None),
    ("Rents were 6% more than two years earlier, the survey said.", THU, "two years earlier", "2019", "DATE", None),
    # "end <Month>" without "of" after a preposition, as British business copy writes it
    ("The chain expects to finish the refit by end September 2022.", THU, "end September 2022", "2022-09", "DATE",
     "END"),
    ("Shares were priced at the close on 4 May, and the offer will end May 30.", THU, "May 30", "2022-05-30", "DATE",
     None),
    # the fiscal year said to end or begin is the current one (taken for the calendar year)
    ("The fiscal year ends on Sept. 30, the agency said.", THU, "The fiscal year", "2021", "DATE", None),
    ("Staff may strike before the financial year closes.", THU, "the financial year", "2021", "DATE", None),
    # a half or quarter of a fiscal year written "FY22" is one expression
    ("Costs rose in the second half of FY22, the miner said.", THU, "the second half of FY22", "2022-H2", "DATE", None),
    # a market's trading day is counted as a working day
    ("Shares closed at a record on the last trading day of September.", THU, "the last trading day of September", "2021-09-30", "DATE", None),
    # a month's first or last day is one expression, the day
    ("The orchard stops picking on the last day of September.", THU, "the last day of September", "2021-09-30", "DATE", None),
    ("A new toll applies from the first day of April 2023.", THU, "the first day of April 2023", "2023-04-01", "DATE", None),
    ("Licences lapse on the final day of February.", THU, "the final day of February", "2022-02-28", "DATE", None),
    # one year named before "financial year" is that year, the phrase one expression
    ("The grocer plans 20 new stores in the 2023 financial year.", THU, "the 2023 financial year", "2023", "DATE", None),
    ("The 2022 fiscal year closed with a loss.", THU, "The 2022 fiscal year", "2022", "DATE", None),
    # a day over 12 first is a day; after a slash, two figures may end the date
    ("Quote reference 118 of 14/10/21 when calling.", THU, "14/10/21", "2021-10-14", "DATE", None),
    # listed days and months sharing one month or year: each is an expression of its own
    ("Staff will walk out on 12, 14 and 16 December.", THU, "12", "2021-12-12", "DATE", None),
    ("Staff will walk out on 12, 14 and 16 December.", THU, "14", "2021-12-14", "DATE", None),
    ("Staff will walk out on 12, 14 and 16 December.", THU, "16 December", "2021-12-16", "DATE", None),
    ("A second flight is planned for March-April 2025.", THU, "March", "2025-03", "DATE", None),
    ("A second flight is planned for March-April 2025.", THU, "April 2025", "2025-04", "DATE", None),
    # a stretch of days is two expressions, the first taking the month (and year) of the second
    ("The book fair runs Oct. 12-14 in the town hall.", THU, "Oct. 12", "2021-10-12", "DATE", None),
    ("The book fair runs Oct. 12-14 in the town hall.", THU, "14", "2021-10-14", "DATE", None),
    ("The course runs from 8-11 November 2022.", THU, "8", "2022-11-08", "DATE", None),
    ("The course runs from 8-11 November 2022.", THU, "11 November 2022", "2022-11-11", "DATE", None),
    ("Entries are taken from 2nd to 6th December.", THU, "2nd", "2021-12-02", "DATE", None),
    # a dash between full years is a plain stretch, two expressions; a two-digit end stays one
    ("Rainfall was 30% below the 1981-2010 mean.", THU, "1981", "1981", "DATE", None),
    ("Rainfall was 30% below the 1981-2010 mean.", THU, "2010", "2010", "DATE", None),
    ("The club's 2019-20 accounts show a loss.", THU, "2019-20", "2020", "DATE", None),
    # a bare span of two years is a budget's year, named by its last; a season's by its first
    ("The state expects a surplus in 2025-26 and a deficit in 2027-28.", THU, "2027-28", "2028", "DATE", None),
    ("Rovers won the league in their 2018/19 season.", THU, "2018/19", "2018", "DATE", None),
    ("Growers expect a bigger 2024/25 maize harvest.", THU, "2024/25", "2024", "DATE", None),
    # ... and a pay rise's, as a pay round
    ("Cleaners accepted a 5% pay rise for 2024-25.", THU, "2024-25", "2024", "DATE", None),
    ("Porters turned down a rise for 2019/20.", THU, "2019/20", "2019", "DATE", None),
    # a season graded against others of its kind, and a part of one
    ("Reservoirs are low after the driest spring since 1976.", "2022-08-20", "spring", "2022-SP", "DATE", None),
    ("Forecasters expect a milder than average winter.", "2022-10-20", "winter", "2022-WI", "DATE", None),
    ("Calls have doubled since the start of the summer.", "2022-08-20", "the start of the summer", "2022-SU", "DATE",
     "START"),
    # a season counted in a run is the latest one; a season's start graded; a season told by its weather
    ("Orchards have been short of water for a fourth consecutive summer.", "2024-08-25",
     "a fourth consecutive summer", "2024-SU", "DATE", None),
    ("The resort has had its snowiest start to winter since 2009.", "2023-12-28", "winter", "2023-WI", "DATE", None),
    ("Growers replanted after a wet spring.", "2021-09-14", "spring", "2021-SP", "DATE", None),
    # a school year, a disease's season or a marketing year takes its noun (and a part before it)
    ("The 2024-25 flu season was the worst in a decade.", "2025-03-01", "The 2024-25 flu season", "2024", "DATE",
     None),
    ("Two days were added to the end of the 2017-18 school year.", "2018-02-18",
     "the end of the 2017-18 school year", "2017", "DATE", "END"),
    ("Fees for the academic year 2016-2017 went up.", THU, "the academic year 2016-2017", "2016", "DATE", None),
    ("Soy sales in the 2019-20 marketing year are running ahead.", "2019-11-05", "the 2019-20 marketing year",
     "2020", "DATE", None),
    ("Rain failed twice in the 2022/23 season.", THU, "the 2022/23 season", "2022", "DATE", None),
    ("Fertiliser for the 2026/27 planting season is late.", THU, "the 2026/27 planting season", "2026", "DATE",
     None),
    # an academic year counted from now is named by the year it began in, late in the summer
    ("Pupils missed more lessons this academic year.", "2019-03-16", "this academic year", "2018", "DATE", None),
    ("The district closed twice in the previous school year.", "2018-02-18", "the previous school year", "2016",
     "DATE", None),
    # a week by its number in a health report: near enough the ISO week
    ("Cases rose in epidemiological week 33.", "2021-08-31", "epidemiological week 33", "2021-W33", "DATE", None),
    # an energy trader's calendar-year contract
    ("Cal-26 power traded higher on Friday.", "2025-11-22", "Cal-26", "2026", "DATE", None),
    # a season a market trades for, one spent, or a whole one
    ("A cold snap tightened winter supply.", "2025-11-22", "winter", "2025-WI", "DATE", None),
    ("Traders spent the summer selling gas.", "2025-11-22", "the summer", "2025-SU", "DATE", None),
    ("Owners booked ships for the whole winter.", "2021-02-14", "the whole winter", "2020-WI", "DATE", None),
    ("Tickets for the spring season go on sale today.", "2026-02-14", "the spring season", "2026-SP", "DATE", None),
    # a working day of a year is one of its January; a month "around" is approximate
    ("Tolls rise on the first working day of 2022.", THU, "the first working day of 2022", "2022-01-03", "DATE",
     None),
    ("The cold should ease around February.", THU, "around February", "2022-02", "DATE", "APPROX"),
    ("Gales will batter the coast over the weekend ahead.", THU, "the weekend ahead", "2021-W43-WE", "DATE", None),
    # halves: an adjective before a figure, a half "of the year", a half of a fiscal year
    ("The bank reported first-half profit of $40m.", THU, "first-half", "2021-H1", "DATE", None),
    ("Demand should recover in the back half of the year.", THU, "the back half of the year", "2021-H2", "DATE", None),
    ("Losses narrowed in H2 FY24.", THU, "H2 FY24", "2024-H2", "DATE", None),
    # a financial year across two years is named by the year it ends in
    ("Fraud was found in the 2017-18 financial year.", THU, "the 2017-18 financial year", "2018", "DATE", None),
    ("Staff costs rose in the previous financial year.", THU, "the previous financial year", "2020", "DATE", None),
    ("The plant should open by the end of the fiscal year.", THU, "the end of the fiscal year", "2021", "DATE", "END"),
    # quarters
    ("For the quarter ended Sept. 30, net income rose.", WALL_STREET, "the quarter", "1989-Q3", "DATE", None),
    ("Output fell in the April-June period.", WALL_STREET, "the April-June period", "1989-Q2", "DATE", None),
    # what is left of the current period is that period
    ("Snow will fall for the rest of the day.", THU, "the rest of the day", "2021-10-28", "DATE", None),
    ("Shops stay shut for the rest of the week.", THU, "the rest of the week", "2021-W43", "DATE", None),
    ("The index is up 9% year-to-date.", THU, "year-to-date", "2021", "DATE", None),
    ("Bond sales are up 4% year to date.", THU, "year to date", "2021", "DATE", None),
    # weekly columns: the week ahead or to come is the next week, the week that was this one
    ("Here are the fixtures for the week ahead.", "2021-10-31", "the week ahead", "2021-W44", "DATE", None),
    ("The week to come brings two council votes.", "2021-10-30", "The week to come", "2021-W44", "DATE", None),
    ("The week that was: a bridge shut and a school reopened.", THU, "The week", "2021-W43", "DATE", None),
    # a day counted on from a weekday or from today is one expression
    ("The depot reopens a week on Friday.", "2021-10-31", "a week on Friday", "2021-11-12", "DATE", None),
    ("Jurors return a week from Wednesday.", "2021-10-30", "a week from Wednesday", "2021-11-10", "DATE", None),
    ("The vote is the Monday after next.", THU, "the Monday after next", "2021-11-08", "DATE", None),
    ("Applications close Thursday fortnight.", "2021-10-31", "Thursday fortnight", "2021-11-18", "DATE", None),
    ("Tickets go on sale a week today.", THU, "a week today", "2021-11-04", "DATE", None),
    ("The replay is this day week.", THU, "this day week", "2021-11-04", "DATE", None),
    ("The weekend just gone was the driest since May.", MON, "The weekend just gone", "2021-W43-WE", "DATE", None),
    # a markets wrap closes the week or month it is written in
    ("The euro closed the week 0.8% lower.", "2021-10-29", "the week", "2021-W43", "DATE", None),
    ("Wheat futures finished the month up 6%.", "2021-10-29", "the month", "2021-10", "DATE", None),
    ("Rain is due midweek, with sunshine at the start of the week after.", "2021-10-30", "the start of the week after",
     "2021-W45", "DATE", "START"),
    # "around" a date is part of it
    ("Cut-off dates fall around Dec. 12.", THU, "around Dec. 12", "2021-12-12", "DATE", "APPROX"),
    ("Sales fell in the quarter ending March 31.", "2021-05-10", "the quarter", "2021-Q1", "DATE", None),
    ("In the year-ago third quarter, the bank earned $2 million.", WALL_STREET, "the year-ago third quarter",
     "1988-Q3", "DATE", None),
    ("The plant opens in the third quarter of next year.", THU, "the third quarter of next year", "2022-Q3", "DATE",
     None),
    ("The vote is due in the first half of next year.", THU, "the first half of next year", "2022-H1", "DATE", None),
    # a calendar year's first or last three or six months are its quarter or half; a fiscal year's stay a length
    ("Orders fell sharply in the final three months of 2017.", THU, "the final three months of 2017", "2017-Q4", "DATE", None),
    ("Fares climbed in the first six months of this year.", THU, "the first six months of this year", "2021-H1", "DATE", None),
    ("Costs rose in the first six months of fiscal 2020.", THU, "the first six months", "P6M", "DURATION", None),
    ("Brokers see losses in the first two quarters of 2022.", THU, "the first two quarters of 2022", "2022-H1", "DATE", None),
    ("The plan for the year two thousand was dropped.", THU, "the year two thousand", "2000", "DATE", None),
    ("The vote is due in the second half.", THU, "the second half", "2021-H2", "DATE", None),
    # a half of the year without its article, in headlines and after superlatives
    ("Tourism posts busiest first half of year", "2018-07-09", "first half of year", "2018-H1", "DATE", None),
    ("It was the driest first half of the year on record.", "2022-07-02", "first half of the year", "2022-H1",
     "DATE", None),
    # a quarter named by its months, or by the holidays in it
    ("The firm reports on the April-June quarter next month.", "2025-06-10", "the April-June quarter", "2025-Q2",
     "DATE", None),
    ("Exports fell in the July–September quarter of 2019.", THU, "the July–September quarter of 2019", "2019-Q3",
     "DATE", None),
    ("Retailers raised their outlook for the holiday quarter.", "2024-10-24", "the holiday quarter", "2024-Q4",
     "DATE", None),
    # "the quarter to <month>" ends in that month, the latest such quarter
    ("Card spending climbed in the quarter to September.", "2019-11-20", "the quarter", "2019-Q3", "DATE", None),
    ("Arrears eased in the quarter to March, the regulator said.", "2020-06-02", "the quarter", "2020-Q1", "DATE", None),
    ("Costs rose in the fiscal-first quarter.", WALL_STREET, "the fiscal-first quarter", "1989-Q1", "DATE", None),
    ("Net income fell from $5 million in the 1988 period.", WALL_STREET, "the 1988 period", "1988", "DATE", None),
    # a quarter or half named by the month it ends in (Australian and US business news)
    ("Coal exports slumped in the June quarter.", "2024-08-20", "the June quarter", "2024-Q2", "DATE", None),
    ("The miner lifted output in the December half.", "2025-02-15", "the December half", "2024-H2", "DATE", None),
    # weekly figures: the seven days ending on a day, valued as the ISO week holding most of them
    ("Flu cases doubled in the week ending Sunday.", "2022-01-04", "the week ending Sunday", "2021-W52", "DATE", None),
    # ... but after "the week to" only the day is marked (our files' majority)
    ("Flu cases doubled in the week to Sunday.", "2022-01-04", "Sunday", "2022-01-02", "DATE", None),
    ("Store sales rose 4% in the week to 12 March.", "2023-03-16", "12 March", "2023-03-12", "DATE", None),
    ("Store sales rose in the week ending 5 March.", "2023-03-09", "the week ending 5 March", "2023-W09", "DATE",
     None),
    ("Jobless claims fell in the week ended Jan. 7.", "2022-01-13", "the week ended Jan. 7", "2022-W01", "DATE", None),
    # a weekday or working day counted within a month
    ("Parliament returns on the first Monday of September.", "2023-08-10", "the first Monday of September",
     "2023-09-04", "DATE", None),
    ("New tariffs apply from the first working day of April.", "2023-03-30", "the first working day of April",
     "2023-04-03", "DATE", None),
    # the quarter a results report is about: the one it named, else the calendar
    # quarter most of the three months up to the day it ended fall in
    ("In the quarter ended July 31, the chain had 5.6 million shares out.", "1989-10-30", "the quarter", "1989-Q2",
     "DATE", None),
    ("The maker earned $5 million in its fiscal first quarter. Sales rose 9% for the quarter ended Sept. 29.",
     "1989-10-26", "the quarter", "1989-Q1", "DATE", None),  # the fiscal quarter the text named
    ("The chain raised its outlook for the holiday quarter. Sales for the quarter ended Sept. 27 rose 12%.",
     "2024-10-24", "the quarter", "2024-Q3", "DATE", None),  # not one that began after the day it ended
    ("Net for the six months ended Oct. 1 slipped 5%, with no one-time gains in the latest period.", WALL_STREET,
     "the latest period", "1989-Q3", "DATE", None),
    ("The publisher lost $8 million in the third quarter. This quarter's loss includes write-offs.", "1989-11-01",
     "This quarter", "1989-Q3", "DATE", None),
    ("The publisher lost $8 million in the third quarter. It expects a profit this quarter.", "1989-11-01",
     "this quarter", "1989-Q4", "DATE", None),
    ("Orders are strong this quarter.", "1989-11-01", "this quarter", "1989-Q4", "DATE", None),
    ("The chain expects to break even in the quarter.", "1989-11-01", "the quarter", "1989-Q4", "DATE", None),
    # the same quarter in the year compared with, though a year came between
    ("The mill's third-quarter net rose. In the 1989 period, rates were lower.", "1989-11-01", "the 1989 period",
     "1989-Q3", "DATE", None),
    ("Third-quarter sales fell from $21 million last year. Exports for last year's quarter were $3 million.",
     "1989-11-01", "last year's quarter", "1988-Q3", "DATE", None),
    ("Third-quarter profit fell below last year's. The firm earned $2 million in the 1988 quarter.", "1989-10-30",
     "the 1988 quarter", "1988-Q3", "DATE", None),
    # "by year-end" is late this year; a change "since year-end" counts from last Dec. 31
    ("The bank hopes to complete the sale by year-end.", WALL_STREET, "year-end", "1989", "DATE", "END"),
    ("The index is up 12% since year-end.", WALL_STREET, "year-end", "1988-12-31", "DATE", None),
    ("The purchase should close around year end.", WALL_STREET, "around year end", "1989", "DATE", "APPROX"),
    # seasons
    ("The dam was finished late last summer.", MON, "late last summer", "2021-SU", "DATE", "END"),
    ("Work starts early this spring.", "2021-03-01", "early this spring", "2021-SP", "DATE", "START"),
    # a name between "this" and the season is the season's
    ("Ski resorts hope this La Nina winter brings snow.", "2021-11-20", "this La Nina winter", "2021-WI", "DATE", None),
    # a season as the subject of its arrival or end, capitalised at a sentence's start
    ("The harvest is in. Autumn officially began on Wednesday.", "2021-09-25", "Autumn", "2021-FA", "DATE", None),
    ("Oil last fell this low in the winter of nineteen ninety-four.", THU, "the winter of nineteen ninety-four",
     "1994-WI", "DATE", None),
    # decades and centuries: "the 1800s" is a century, "the 2000s" a decade
    ("The utility plans to shut its coal plants by mid-decade.", "2022-06-12", "mid-decade", "202", "DATE", "MID"),
    ("The mill was built in the 1800s.", THU, "the 1800s", "18", "DATE", None),
    ("Trams ran here in the early 1900s.", THU, "the early 1900s", "19", "DATE", "START"),
    ("Phones shrank in the 2000s.", THU, "the 2000s", "200", "DATE", None),
    ("Rents rose in the 1890s.", THU, "the 1890s", "189", "DATE", None),
    # years left open at one end
    ("The mine will not turn a profit until 2024 or later.", THU, "2024 or later", "2024", "DATE", "ON_OR_AFTER"),
    ("The outlook for 2022 and beyond is bright.", THU, "2022 and beyond", "2022", "DATE", "ON_OR_AFTER"),
    ("Racing resumes on the last weekend of September 2022.", THU, "the last weekend of September 2022",
     "2022-W38-WE", "DATE", None),
    # centuries with a hyphened part, a thousand years back, years of the common era
    ("The chapel dates from the mid-15th century.", THU, "the mid-15th century", "14", "DATE", "MID"),
    ("A millennium ago the bay was dry land.", THU, "A millennium ago", "1021", "DATE", None),
    ("The hoard was buried around AD 120.", THU, "around AD 120", "0120", "DATE", "APPROX"),
    ("The abbey was consecrated in 1147 CE.", THU, "1147 CE", "1147", "DATE", None),
    # analysts' period codes with a two-digit year: the period of the year named
    ("Brokers see margins widening in H2'25.", THU, "H2'25", "2025-H2", "DATE", None),
    ("Chip orders bottomed out in Q4'23.", THU, "Q4'23", "2023-Q4", "DATE", None),
    ("The foundry should be running by the end of Q1'22.", THU, "the end of Q1'22", "2022-Q1", "DATE", "END"),
    ("The modem ships in 1H22, a year late.", THU, "1H22", "2022-H1", "DATE", None),
    ("Dealers sold fewer vans in CY2020.", THU, "CY2020", "2020", "DATE", None),
    ("Brokers cut their FY'22 estimates.", THU, "FY'22", "2022", "DATE", None),
    # whose fiscal calendar it is cannot be known: the quarter of the year named
    ("Its Q2FY22 profit doubled.", THU, "Q2FY22", "2022-Q2", "DATE", None),
    # a half alone is the half of the year spoken of, where its clause ends
    ("Ticket sales picked up after a quiet H1.", THU, "H1", "2021-H1", "DATE", None),
    # months joined by a dash are two expressions, as a stretch of days is
    ("Freight volumes rose 4 percent in July-August.", THU, "July", "2021-07", "DATE", None),
    ("Freight volumes rose 4 percent in July-August.", THU, "August", "2021-08", "DATE", None),
    ("For the January-September period, exports fell.", THU, "September", "2021-09", "DATE", None),
    # a part spanning two parts takes the outer one
    ("Frost is likely in mid-to-late November.", THU, "mid-to-late November", "2021-11", "DATE", "END"),
    ("The hay was cut in early-to-mid June.", THU, "early-to-mid June", "2021-06", "DATE", "START"),
    # a half of a month is its start or end; the part of a quarter or half belongs to it
    ("Lambing peaked in the first half of March.", THU, "the first half of March", "2021-03", "DATE", "START"),
    ("Road works fill the second half of August.", THU, "the second half of August", "2021-08", "DATE", "END"),
    ("Showers clear in the first half of the month.", THU, "the first half of the month", "2021-10", "DATE", "START"),
    ("The new line will be running by the end of the first quarter.", MON, "the end of the first quarter",
     "2022-Q1", "DATE", "END"),
    ("Orders slowed early in the second half.", THU, "early in the second half", "2021-H2", "DATE", "START"),
    ("The refinery restarts in the back half of 2023.", THU, "the back half of 2023", "2023-H2", "DATE", None),
    # the last quarter of the year is its fourth; months joined by "-to-" are two expressions
    ("Hiring will slow in the final quarter of the year.", THU, "the final quarter of the year", "2021-Q4", "DATE", None),
    ("Rents fell in the June-to-August period.", THU, "June", "2021-06", "DATE", None),
    ("Rents fell in the June-to-August period.", THU, "August", "2021-08", "DATE", None),
    # a day of the month alone may open a clause
    ("Prices rose all month, and on the 19th the mill shut.", THU, "the 19th", "2021-10-19", "DATE", None),
]

# named days of several countries: a fixed date, a weekday rule or Easter's
HOLIDAYS = [
    # a holiday and its date after it are two expressions; one named by a weekday is joined
    ("The beach cafe stays open until Memorial Day, May 27.", "2024-04-10", "Memorial Day", "2024-05-27", "DATE", None),
    ("The beach cafe stays open until Memorial Day, May 27.", "2024-04-10", "May 27", "2024-05-27", "DATE", None),
    ("Ferries run a Sunday timetable on Whit Monday, 9 June.", "2025-05-20", "Whit Monday, 9 June", "2025-06-09",
     "DATE", None),
    ("Crowds gathered on Anzac Day.", THU, "Anzac Day", "2021-04-25", "DATE", None),
    ("Ottawa's markets were shut on Thanksgiving Monday.", THU, "Thanksgiving Monday", "2021-10-11", "DATE", None),
    ("Fireworks are planned for Canada Day.", THU, "Canada Day", "2022-07-01", "DATE", None),
    ("Paris held its parade on Bastille Day.", THU, "Bastille Day", "2021-07-14", "DATE", None),
    ("Bonfire Night passed quietly.", "2021-11-08", "Bonfire Night", "2021-11-05", "DATE", None),
    ("Unions marched on May Day.", THU, "May Day", "2021-05-01", "DATE", None),
    ("Schools closed for Victoria Day.", THU, "Victoria Day", "2021-05-24", "DATE", None),
    ("Pancake races were run on Shrove Tuesday.", THU, "Shrove Tuesday", "2021-02-16", "DATE", None),
    # the US shopping days: the Friday after Thanksgiving, the Monday after it
    ("Malls open at 5am on Black Friday.", THU, "Black Friday", "2021-11-26", "DATE", None),
    ("Malls open at 5am on Black Friday.", "2018-11-20", "Black Friday", "2018-11-23", "DATE", None),
    ("Online orders peaked on Cyber Monday.", "2018-12-03", "Cyber Monday", "2018-11-26", "DATE", None),
    # Canada's Family Day: the third Monday of February in most provinces
    ("Ski hills were busy over Family Day.", "2024-02-22", "Family Day", "2024-02-19", "DATE", None),
    # South Africa's Heritage Day, 24 September
    ("Braai fires were lit across Durban on Heritage Day.", "2023-09-27", "Heritage Day", "2023-09-24", "DATE", None),
    # days of history: the day itself, not this year's anniversary
    ("Wreaths were laid on the beaches to mark D-Day.", "2024-06-06", "D-Day", "1944-06-06", "DATE", None),
    ("Bunting went up for the anniversary of VE Day.", "2025-05-07", "VE Day", "1945-05-08", "DATE", None),
    # a day of a month in the year before or this year
    ("The inquiry sat until 3 March last year.", THU, "3 March last year", "2020-03-03", "DATE", None),
    # English quarter days, still named in farm leases and rents
    ("Tenants must quit the farm by Michaelmas.", "2021-08-20", "Michaelmas", "2021-09-29", "DATE", None),
    ("The next rent falls due on Lady Day.", THU, "Lady Day", "2022-03-25", "DATE", None),
    ("The levy ends on the 30th of June this year.", THU, "the 30th of June", "2021-06-30", "DATE", None),
    # Japan's Golden Week: its days, and the ISO week holding most of it
    ("Trains were packed on Showa Day.", "2025-05-03", "Showa Day", "2025-04-29", "DATE", None),
    ("Traffic peaked on Constitution Memorial Day.", "2025-05-03", "Constitution Memorial Day", "2025-05-03", "DATE",
     None),
    ("Resorts are booked out for Golden Week.", "2025-04-20", "Golden Week", "2025-W18", "DATE", None),
    ("Rallies marked the Bengali New Year.", "2022-04-16", "the Bengali New Year", "2022-04-14", "DATE", None),
    ("The hunt met on St Stephen's Day.", "2022-01-05", "St Stephen's Day", "2021-12-26", "DATE", None),
    # "New Year" alone is the holiday beside Christmas; a year after a holiday is its own
    ("Wards stay fully staffed over Christmas and New Year.", "2020-12-10", "New Year", "2021-01-01", "DATE", None),
    ("Ferries are full over the Christmas and New Year holidays.", THU, "Christmas", "2021-12-25", "DATE", None),
    ("The square has not been this busy since the Fourth of July in 2019.", THU, "the Fourth of July in 2019",
     "2019-07-04", "DATE", None),
    ("They last won away on Thanksgiving weekend of 2015.", THU, "Thanksgiving weekend of 2015", "2015-W48-WE",
     "DATE", None),
    # a national day is the one of the country the text names: in its sentence, before
    # or after it, else earlier in the text (a dateline's city too), else the US one
    ("Banks in Nigeria will shut for Independence Day.", "2024-09-20", "Independence Day", "2024-10-01", "DATE", None),
    ("Independence Day parades in Jakarta drew big crowds.", "2024-08-20", "Independence Day", "2024-08-17", "DATE",
     None),
    ("ACCRA - Traders counted losses. The markets reopen after Republic Day.", "2024-06-20", "Republic Day",
     "2024-07-01", "DATE", None),
    ("Ankara's stock market was quiet. It reopens after Republic Day.", "2024-10-25", "Republic Day", "2024-10-29",
     "DATE", None),
    ("A Kenyan court was told. Hearings halt until after Heroes' Day.", "2024-10-10", "Heroes' Day", "2024-10-20",
     "DATE", None),
    ("Lusaka's offices close on Heroes' Day.", "2024-06-20", "Heroes' Day", "2024-07-01", "DATE", None),
    # the sentence goes on past an abbreviation's full stop
    ("Independence Day parades begin at 9 a.m. across Zambia.", "2025-10-20", "Independence Day", "2025-10-24",
     "DATE", None),
    ("Pretoria said the buses will run on Freedom Day.", "2024-04-20", "Freedom Day", "2024-04-27", "DATE", None),
    ("Emirati families booked trips for National Day.", "2023-11-20", "National Day", "2023-12-02", "DATE", None),
    ("Bangladesh marked Victory Day with a parade.", "2023-12-20", "Victory Day", "2023-12-16", "DATE", None),
    ("The bridge opened on Independence Day.", "2023-07-10", "Independence Day", "2023-07-04", "DATE", None),
    ("Peru's Latin American partners sent envoys for Independence Day.", "2024-08-01", "Independence Day",
     "2024-07-28", "DATE", None),
    # Teachers' Day is India's 5 September and Mexico's 15 May
    ("Pupils in Kolkata brought flowers on Teachers' Day.", "2023-09-01", "Teachers' Day", "2023-09-05", "DATE", None),
    ("Mexican schools closed early for Teachers' Day.", "2022-05-20", "Teachers' Day", "2022-05-15", "DATE", None),
    # a national day no country named dates is the date set before it
    ("The choir sang on 2nd March 2018, Teachers' Day, at the town hall.", "2018-03-10", "Teachers' Day",
     "2018-03-02", "DATE", None),
]

# A country without such a day in the table dates none ("Liberation Day" in US trade news).
UNDATED_NATIONAL_DAYS = [
    ("Washington said the Liberation Day tariffs stay.", "2025-05-01"),
    ("Freedom Day rallies were held, organisers said.", "2024-04-28"),
]


@pytest.mark.parametrize("text, dct", UNDATED_NATIONAL_DAYS)
def test_a_national_day_of_no_known_country_is_undated(text, dct):
    assert [timex.text for timex in tag(text, Settings(dct=date.fromisoformat(dct)))] == []


def test_country_days_name_each_country_once_and_only_national_days():
    countries = tomllib.loads(COUNTRY_DAYS_PATH.read_text(encoding="utf-8"))
    national_days = set(default_grammar().lexicon.lists["national_day"].forms.values())
    names = [name for country in countries.values() for name in country["names"]]
    assert len(names) == len(set(names))
    for country in countries.values():
        assert set(country["days"]) <= national_days
        assert all(len(day) in (2, 3, 4) for day in country["days"].values())

# feasts of lunar and lunisolar calendars (ingest/timex/calendars.toml): the
# direction word or tense picks the occurrence, even in a year with two Eids;
# a year the table lacks keeps the year, not a day
FEASTS = [
    # the Malay names of the two Eids
    ("Hawker stalls will close over Hari Raya Puasa.", "2024-03-20", "Hari Raya Puasa", "2024-04-10", "DATE", None),
    # "Easter Saturday" in news is the day before Easter Sunday
    ("The club will add a matinee on Easter Saturday.", "2022-01-15", "Easter Saturday", "2022-04-16", "DATE", None),
    # a bare "Eid" (Nigeria's "Sallah") is the one the text named or led up to before
    # it, else the nearer of the two in the tense's direction; "last Eid" either
    ("Families bought new clothes for Eid.", "2024-06-25", "Eid", "2024-06-16", "DATE", None),
    ("Ramadan ended in April, and families bought new clothes for Eid.", "2024-06-25", "Eid", "2024-04-10", "DATE",
     None),
    ("Goat prices rose after the Day of Arafah was announced. Eid prayers drew crowds.", "2024-06-25", "Eid",
     "2024-06-16", "DATE", None),
    ("The Eid holiday will start on a Wednesday.", "2025-03-10", "Eid", "2025-03-30", "DATE", None),
    ("Ferries are full, as they were last Eid.", "2024-05-20", "last Eid", "2024-04-10", "DATE", None),
    ("Offices in Kano reopen after the second day of Sallah.", "2024-04-05", "the second day of Sallah", "2024-04-11",
     "DATE", None),
    # "the holy month" once Ramadan is named
    ("Ramadan begins on Monday. Cafes open after sunset during the holy month.", "2024-03-08", "the holy month",
     "2024-03", "DATE", None),
    # the day the text gives a feast wins over the table's, a moon's sighting away
    ("Butchers are busy before Eid al-Adha, which will be celebrated on Monday.", "2024-06-12", "Eid al-Adha",
     "2024-06-17", "DATE", None),
    ("Bonuses are due before Eid-ul-Fitr, expected on April 11.", "2024-04-01", "Eid-ul-Fitr", "2024-04-11", "DATE",
     None),
    ("Ferries were busy before Eid al-Adha, on June 30.", "2024-07-03", "Eid al-Adha", "2024-06-16", "DATE", None),
    # a feast in the year its sentence opens with, or after "last year" in its clause
    ("Last year, Eid al-Fitr fell on a Wednesday.", "2025-03-20", "Eid al-Fitr", "2024-04-10", "DATE", None),
    ("In 2019, Diwali came early.", "2025-03-20", "Diwali", "2019-10-27", "DATE", None),
    ("Mosques were packed for Eid al-Fitr prayers.", "2023-05-02", "Eid al-Fitr", "2023-04-21", "DATE", None),
    # the Bengali and Urdu spelling; Bhai Dooj two days after Diwali in most years
    ("Cattle prices rose before Eid-ul-Azha.", "2023-06-20", "Eid-ul-Azha", "2023-06-28", "DATE", None),
    ("Sisters will tie threads on Bhai Dooj.", "2021-10-30", "Bhai Dooj", "2021-11-06", "DATE", None),
    ("Livestock markets will be busy before Eid ul-Adha.", "2024-05-20", "Eid ul-Adha", "2024-06-16", "DATE", None),
    ("The Islamic New Year passed quietly.", "2021-08-20", "The Islamic New Year", "2021-08-09", "DATE", None),
    ("Sweet shops stayed open late before Diwali.", "2023-11-20", "Diwali", "2023-11-12", "DATE", None),
    ("Colour powder sold out days before Holi.", "2024-03-30", "Holi", "2024-03-25", "DATE", None),
    ("Factories will shut for Chinese New Year.", "2023-12-01", "Chinese New Year", "2024-02-10", "DATE", None),
    ("Fireworks lit up the harbour on Lunar New Year's Eve.", "2023-02-01", "Lunar New Year's Eve", "2023-01-21",
     "DATE", None),
    ("Migrant workers head home for the Chinese Spring Festival.", "2025-01-10", "the Chinese Spring Festival",
     "2025-01-29", "DATE", None),
    ("Synagogues filled for Rosh Hashanah.", "2023-09-20", "Rosh Hashanah", "2023-09-16", "DATE", None),
    ("Many offices will close on Yom Kippur.", "2024-09-01", "Yom Kippur", "2024-10-12", "DATE", None),
    ("Families gathered for Passover.", "2024-05-01", "Passover", "2024-04-23", "DATE", None),
    ("Candles will be lit for Hanukkah.", "2024-11-15", "Hanukkah", "2024-12-26", "DATE", None),
    ("Lantern sellers are busy before the Mid-Autumn Festival.", "2022-08-30", "the Mid-Autumn Festival",
     "2022-09-10", "DATE", None),
    # feasts counted from another: Chuseok is the Mid-Autumn full moon, the Lantern Festival
    # the 15th day of the lunar year, the Day of Arafah the eve of Eid al-Adha, Dhanteras two days before Diwali
    ("Gift sets sold out ahead of Chuseok.", "2019-09-08", "Chuseok", "2019-09-13", "DATE", None),
    ("The parade ends with the Lantern Festival.", "2026-02-14", "the Lantern Festival", "2026-03-03", "DATE", None),
    # its Hokkien name; Lakshmi Puja is the day India gazettes as Diwali
    ("Hawker stalls will stay open late until Chap Goh Mei.", "2024-02-05", "Chap Goh Mei", "2024-02-24", "DATE", None),
    ("Gold sales peaked on the eve of Lakshmi Puja.", "2022-10-30", "Lakshmi Puja", "2022-10-24", "DATE", None),
    ("Pilgrims prayed on the Day of Arafah.", "2023-06-30", "the Day of Arafah", "2023-06-27", "DATE", None),
    ("Gold sales jumped on Dhanteras.", "2024-11-01", "Dhanteras", "2024-10-29", "DATE", None),
    ("The Islamic new year falls next month.", "2023-06-30", "The Islamic new year", "2023-07-19", "DATE", None),
    # a feast naming a holiday, its week; Ramadan as the month holding most of it
    ("Plants shut for a nine-day Lunar New Year holiday.", "2026-02-14", "Lunar New Year", "2026-02-17", "DATE",
     None),
    ("Ports were quiet over the Lunar New Year holiday.", "2021-02-14", "Lunar New Year", "2021-02-12", "DATE",
     None),
    ("Jewellers had their best Diwali week in years.", "2024-11-04", "Diwali week", "2024-W44", "DATE", None),
    ("Malls were busy during Ramadan.", "2024-04-06", "Ramadan", "2024-03", "DATE", None),
    ("Street stalls trade late on the nights of Ramadan.", "2022-04-10", "Ramadan", "2022-04", "DATE", None),
    # Turkish, Central Asian and West African names of the two Eids
    ("Bus stations were crowded before Kurban Bayrami.", "2023-06-20", "Kurban Bayrami", "2023-06-28", "DATE", None),
    ("The government declared a holiday for Ramazan Bayrami.", "2019-05-30", "Ramazan Bayrami", "2019-06-04",
     "DATE", None),
    ("Livestock traders expect a busy Kurban Ait.", "2022-06-25", "Kurban Ait", "2022-07-09", "DATE", None),
    ("Rams were sold out ahead of Eid-el-Fitr.", "2023-04-15", "Eid-el-Fitr", "2023-04-21", "DATE", None),
    # Nowruz on Iran's equinox day, Sizdah Bedar its 13th day; Central Asia's spelling on 21 March
    ("Flights to Shiraz are full for Nowruz.", "2024-03-01", "Nowruz", "2024-03-20", "DATE", None),
    ("Parks filled with picnickers on Sizdah Bedar.", "2023-04-10", "Sizdah Bedar", "2023-04-02", "DATE", None),
    ("Banks will close for Nauryz.", "2022-03-10", "Nauryz", "2022-03-21", "DATE", None),
    # Ethiopia's New Year, a day later before a Gregorian leap year, and Meskel 16 days after it
    ("Sheep prices climb before Enkutatash.", "2023-09-01", "Enkutatash", "2023-09-12", "DATE", None),
    ("Bonfires were lit in the square for Meskel.", "2022-10-02", "Meskel", "2022-09-27", "DATE", None),
    # days of the Islamic calendar: the Hijri year picks the Gregorian one; without it the
    # tense picks the nearest month of the name
    ("The royal order is dated 15 Shaban 1443.", "2022-05-01", "15 Shaban 1443", "2022-03-18", "DATE", None),
    ("The mosque opened on 1 Rajab 1420.", "2024-05-01", "1 Rajab 1420", "1999-10-10", "DATE", None),
    ("Ministries will close from 25 Ramadan.", "2025-03-01", "25 Ramadan", "2025-03-25", "DATE", None),
    ("Fasting ended early on the 29th day of Ramadan.", "2023-05-01", "the 29th day of Ramadan", "2023-04-20",
     "DATE", None),
    ("Traffic eased on the second day of Shawwal.", "2024-05-01", "the second day of Shawwal", "2024-04-11", "DATE",
     None),
    ("Camps at Mina fill on 8 Zul Hajj.", "2025-05-20", "8 Zul Hajj", "2025-06-04", "DATE", None),
    # Carnival's Monday, the one before Ash Wednesday; Holy Week as the ISO week holding its weekdays
    ("Banks close on Carnival Monday.", "2023-02-01", "Carnival Monday", "2023-02-20", "DATE", None),
    ("Fewer pilgrims came during Holy Week.", "2023-05-01", "Holy Week", "2023-W14", "DATE", None),
    # a southern or austral season: the months of the northern opposite, named by the year of the first
    ("Reservoirs fell again this southern summer.", "2024-01-20", "this southern summer", "2023-SU", "DATE", None),
    ("Penguins return to the bay in the austral spring.", "2022-07-10", "the austral spring", "2022-SP", "DATE",
     None),
    ("Whale sightings peaked last austral winter.", "2020-01-15", "last austral winter", "2019-WI", "DATE", None),
    # a year of a solar calendar, as the Gregorian year it begins in
    ("Fuel prices were set for the Iranian year 1404.", "2025-04-01", "the Iranian year 1404", "2025", "DATE", None),
    ("Crowds marked the start of the Bengali year 1431.", "2024-04-15", "the Bengali year 1431", "2024", "DATE", None),
    # fixed days of Latin America and Spain
    ("Marigold growers expect record sales for the Day of the Dead.", "2023-10-20", "the Day of the Dead",
     "2023-11-02", "DATE", None),
    ("Toy shops stay open late before Three Kings' Day.", "2024-01-02", "Three Kings' Day", "2024-01-06", "DATE",
     None),
    # a year of a Japanese era is one Gregorian year
    ("The shrine was rebuilt in Heisei 10.", THU, "Heisei 10", "1998", "DATE", None),
    ("The ward's plan runs to the end of Reiwa 8.", THU, "Reiwa 8", "2026", "DATE", None),
    ("Sales were weaker than last Diwali.", "2024-01-05", "last Diwali", "2023-11-12", "DATE", None),
    ("Airlines added flights for next Lunar New Year.", "2024-03-01", "next Lunar New Year", "2025-01-29", "DATE",
     None),
    ("Traders said sales slumped after Eid al-Fitr.", "2024-02-01", "Eid al-Fitr", "2023-04-21", "DATE", None),
    ("Traders expect sales to rise after Eid al-Fitr.", "2024-02-01", "Eid al-Fitr", "2024-04-10", "DATE", None),
    ("Crowds filled the mosques on Eid al-Fitr.", "2000-06-01", "Eid al-Fitr", "2000-01-08", "DATE", None),
    ("Crowds will fill the mosques on Eid al-Fitr.", "2000-06-01", "Eid al-Fitr", "2000-12-27", "DATE", None),
    ("The port will close for Eid al-Adha 2031.", THU, "Eid al-Adha 2031", "2031-04-02", "DATE", None),
    ("Eid al-Fitr 2000 was celebrated twice.", THU, "Eid al-Fitr 2000", "2000-XX-XX", "DATE", None),
    ("Planners are already booking venues for Diwali 2040.", THU, "Diwali 2040", "2040-XX-XX", "DATE", None),
    ("Lamps were lit across the city for Diwali.", "2040-11-20", "Diwali", "XXXX-XX-XX", "DATE", None),
    ("Bus stations were crowded over the Eid al-Adha holiday weekend.", "2024-06-20",
     "the Eid al-Adha holiday weekend", "2024-W24-WE", "DATE", None),
    ("Hotels are full for the Lunar New Year weekend.", "2024-01-20", "the Lunar New Year weekend", "2024-W06-WE",
     "DATE", None),
    # the seven days up to the holiday: the ISO week holding most of them
    ("Footfall jumped in the week before Christmas.", "2022-01-06", "the week before Christmas", "2021-W51", "DATE",
     None),
    # "over" after "phased in" is across the length, no amount modifier
    ("The new fares will be phased in over three years.", THU, "three years", "P3Y", "DURATION", None),
    ("It was the club's first title in over a decade.", THU, "over a decade", "P10Y", "DURATION", "MORE_THAN"),
    # the first or last days of a month: one expression, early or late in it
    ("Exams will run in the first days of June.", THU, "the first days of June", "2022-06", "DATE", "START"),
    ("Crowds will peak in the first fortnight of August.", THU, "the first fortnight of August", "2022-08", "DATE",
     "START"),
    ("The refit is due by the end of FY26.", THU, "the end of FY26", "2026", "DATE", "END"),
    ("Jazz clubs thrived in the '50s.", THU, "the '50s", "195", "DATE", None),
    ("Carol singers gather on Christmas Eve evening.", THU, "Christmas Eve evening", "2021-12-24TEV", "TIME", None),
    ("The church stays open from Maundy Thursday evening.", "2023-03-12", "Maundy Thursday evening",
     "2023-04-06TEV", "TIME", None),
    ("Claims must be lodged within 20 working days.", THU, "20 working days", "P20D", "DURATION", None),
    ("Buyers may get an extra week to pay.", THU, "an extra week", "P1W", "DURATION", None),
    ("A bus left the square every hour.", THU, "every hour", "PT1H", "SET", None),
    ("Roads were quiet over the bank holiday weekend.", "2019-05-07", "the bank holiday weekend", "2019-W18-WE",
     "DATE", None),
    # a number sharing its unit with the next one
    ("Profit rose in the three and six months ended June 30.", THU, "three", "P3M", "DURATION", None),
    # a quarter ended on a dated day is that day's quarter, not one of a year named before
    ("Output has doubled since 2018. Profit for the quarter ended 31st March 2021 rose.", THU, "the quarter",
     "2021-Q1", "DATE", None),
]

REFERENCES = [
    ("The bridge is now closed.", THU, "now", "PRESENT_REF", "DATE", None),
    ("He currently lives abroad.", THU, "currently", "PRESENT_REF", "DATE", None),
    ("The mill recently reopened.", THU, "recently", "PAST_REF", "DATE", None),
    ("The town will grow in the future.", THU, "the future", "FUTURE_REF", "DATE", None),
    ("The tramlines were torn up decades ago.", THU, "decades ago", "PAST_REF", "DATE", None),
    # "or two" leaves the length open, counted from now: not the year after 2030
    ("The games are due in 2030. Venues will be chosen in the next year or two.", THU, "the next year or two",
     "FUTURE_REF", "DATE", None),
    # vague times of news speech: "the long term" as the gold's "the near term"
    ("In the long term the council will sell the depot.", THU, "the long term", "FUTURE_REF", "DATE", None),
    ("I met the new vicar the other day.", THU, "the other day", "PAST_REF", "DATE", None),
    ("Back then the harbour held forty boats.", THU, "Back then", "PAST_REF", "DATE", None),
    ("Ferry fares also rose in past years.", THU, "past years", "PAST_REF", "DATE", None),
    ("Members may buy seats at the then-current rate.", THU, "then-current", "PAST_REF", "DATE", None),
    ("The envoy said calm was vital at this tense moment.", THU, "this tense moment", "PRESENT_REF", "DATE", None),
    ("Wages have stalled in recent years.", THU, "recent years", "PAST_REF", "DATE", None),
    # "calendar" sets the year apart from a fiscal one: still the year
    ("The fund has returned 6% this calendar year.", THU, "this calendar year", "2021", "DATE", None),
    ("Rates will stay on hold for the rest of the calendar year.", THU, "the rest of the calendar year", "2021",
     "DATE", None),
    # the hour just gone is a length, not a clock hour
    ("Three more aftershocks were felt in the last hour.", THU, "the last hour", "PT1H", "DURATION", None),
    # the preposition is outside; a clause naming the time is no reference ("At the time the dam broke, ...")
    ("At the time we had no radio on board.", THU, "the time", "PAST_REF", "DATE", None),
    ("Is the pool open at the moment?", THU, "the moment", "PRESENT_REF", "DATE", None),
    # "one day" as someday, not a length
    ("The family hopes the farm will one day pass to a trust.", THU, "one day", "FUTURE_REF", "DATE", None),
    ("Will the pier reopen? Perhaps one day.", THU, "one day", "FUTURE_REF", "DATE", None),
    ("The strike will last one day.", THU, "one day", "P1D", "DURATION", None),
    # "today" opening a clause set against a time long past is the present age
    ("Thirty years ago the village had four pubs. Today it has one.", THU, "Today", "PRESENT_REF", "DATE", None),
    ("In 1995 a ticket cost 50p; today it costs three pounds.", THU, "today", "PRESENT_REF", "DATE", None),
]

KINDS = SPANS + DURATIONS + SETS + TIMES + PERIODS + HOLIDAYS + FEASTS + REFERENCES


@pytest.mark.parametrize("text, dct, expression, value, type_, mod", KINDS,
                         ids=[f"{case[0]}|{case[2]}" for case in KINDS])
def test_expression_kind(text, dct, expression, value, type_, mod):
    found = {t.text: t for t in tag(text, Settings(dct=date.fromisoformat(dct)))}
    assert expression in found, f"{expression!r} not found; got {[(t.text, t.value) for t in found.values()]}"
    timex = found[expression]
    assert (timex.value, timex.type, timex.mod) == (value, type_, mod)


# Forecast windows: after "within" or "in", in a clause that looks ahead
# (future or modal), a length counts from the publication date, like "the past
# week" counts back from it. The value stays TimeML's duration; the days are
# ours. A free length ("for six to 12 months") or a past clause ("was sold
# within a year", counted from an event) covers no known days.
# Each row: text, DCT, expression, value, first day, last day.
FORECAST_WINDOWS = [
    ("Officials said the group could attack the West within six to 12 months.", THU, "six to 12 months", "PXM",
     "2022-04-28", "2022-10-28"),
    ("Rebels could have the means to strike within one to three years.", THU, "one to three years", "PXY",
     "2022-10-28", "2024-10-28"),  # "could have" + noun looks ahead; "could have been" would not
    ("The group could “rebuild its strength” within two to four months.", THU, "two to four months", "PXM",
     "2021-12-28", "2022-02-28"),  # a modal before a quotation
    ("The fire could have been started within two hours of closing.", THU, "two hours", "PT2H", None, None),
    ("The plant will reopen in one to two years.", THU, "one to two years", "PXY", "2022-10-28", "2023-10-28"),
    ("Talks will resume within the next two weeks.", THU, "the next two weeks", "P2W", "2021-10-28", "2021-11-10"),
    ("The bank must sell the stake within a year.", THU, "a year", "P1Y", "2021-10-28", "2022-10-28"),
    ("The mill will reopen in six months.", THU, "six months", "P6M", "2022-04-01", "2022-04-30"),
    ("He said the vote may come in two weeks.", THU, "two weeks", "P2W", "2021-11-08", "2021-11-14"),
    ("Loans ran for six to 12 months.", THU, "six to 12 months", "PXM", None, None),
    ("The firm was sold within a year.", THU, "a year", "P1Y", None, None),
    ("Sales rose 5% in six months.", THU, "six months", "P6M", None, None),
    ("Analysts expect the merger to close in the next 12 to 36 months.", THU, "the next 12 to 36 months", "PXM",
     "2021-10-28", "2024-10-27"),  # the longer length from now, like "the next two weeks"
    ("Prices will fall over the next two to three years.", THU, "the next two to three years", "PXY",
     "2021-10-28", "2024-10-27"),
    ("Prices fell over the next two to three years.", THU, "the next two to three years", "PXY", None, None),
    ("Rents have doubled over the past 12 to 18 months.", THU, "the past 12 to 18 months", "PXM",
     "2020-04-29", "2021-10-28"),  # up to now whatever the tense, like "the past three weeks"
    ("The plant will reopen in 6 months to a year.", THU, "6 months to a year", "PXM", "2022-04-28", "2022-10-28"),
    ("The plant could reopen within six months to a year.", THU, "six months to a year", "PXM",
     "2022-04-28", "2022-10-28"),
    ("Loans ran for six months to a year.", THU, "six months to a year", "PXM", None, None),
    ("A cure could come in somewhere between six or 12 months.", THU, "six or 12 months", "PXM",
     "2022-04-28", "2022-10-28"),
    ("The depot will reopen within between six and 12 months.", THU, "six and 12 months", "PXM",
     "2022-04-28", "2022-10-28"),
    ("Loans ran for between six and 12 months.", THU, "six and 12 months", "PXM", None, None),
    ("The vaccine could be ready in as little as six months.", THU, "six months", "P6M",
     "2021-10-28", "2022-04-28"),  # a bound reached early: by then at best
    ("The vaccine was ready in as little as six months.", THU, "six months", "P6M", None, None),
]


@pytest.mark.parametrize("text, dct, expression, value, first, last", FORECAST_WINDOWS,
                         ids=[case[0] for case in FORECAST_WINDOWS])
def test_forecast_window(text, dct, expression, value, first, last):
    found = {t.text: t for t in tag(text, Settings(dct=date.fromisoformat(dct)))}
    timex = found[expression]
    days = (timex.date_start, timex.date_end)
    assert (timex.value, timex.type) == (value, "DURATION")
    assert days == (first and date.fromisoformat(first), last and date.fromisoformat(last))


# Words that look like dates and are not: a newspaper called a daily, "today"
# and "tomorrow" meaning the present and the coming age, a vague degree, a
# newspaper title, a change from one length to another, a rate (the gold corpora
# leave most unmarked), the hours of a timetable, the half or season of a
# match, a month as an adjective, a year in a name, a day two countries date apart.
NOT_TIMEXES = [
    ("He scored a first-half goal.", "first-half"),
    ("The Gulf state keeps a Friday-Saturday weekend.", "Friday"),  # a kind of weekend, no hours after it
    ("Sun 10 readers wrote in about the column.", "Sun"),  # a newspaper, not an opening day
    # bare numbers with no word of hours before them: scores, ages, ratios and votes
    ("The visitors won 10-4 on a wet pitch.", "10"),
    ("The club takes children aged 8-11 after school.", "8"),
    ("The motion passed 9-2 with one abstention.", "9"),
    ("Staff ratios on the ward fell to 1 to 8.", "8"),
    ("Rovers were beaten 7-1 at home on Sunday.", "7"),
    ("Nurses now work more than 45 hours a week.", "more than 45 hours"),  # a rate, with its modifier
    ("COMMODITIES WEEKLY Copper edged up on Monday.", "WEEKLY"),  # a column's name
    ("Annual passes for the gardens go on sale soon.", "Annual"),
    ("Monthly tickets will cost more from spring.", "Monthly"),  # a product priced per month
    ("Overnight lows will sink into the 40s by Thursday.", "the 40s"),
    ("Ticket sales beat those of the same weeks of 2019.", "weeks"),
    ("The audit covers the period to the end of June.", "the period"),
    ("The present drought is the worst on record.", "The present"),
    ("She top-scored in the county one-day competition.", "one-day"),
    ("The rally stalled in the back half of the race.", "back half"),
    ("The story ran in the state daily Pravda.", "daily"),
    ("The staff-to-pupil ratio was cut to 1:25.", "1:25"),
    ("The index fell 12 this morning.", "12 this morning"),
    ("The case matters to today's youth.", "today"),
    ("In today's world, news travels fast.", "today"),
    ("We are training the leaders of tomorrow.", "tomorrow"),
    ("It was the worst storm in a long time.", "a long time"),
    ("He told the Daily Mail he would quit.", "Daily"),
    ("The council cut the term from six months to a year.", "six months to a year"),
    ("The cuts save $500 million a year.", "a year"),
    ("The airline runs four flights a week to Perth.", "a week"),
    ("Guards watch the gate 24 hours a day.", "a day"),
    ("Police take hundreds of calls a day.", "a day"),
    ("Prices rose 3% a year.", "a year"),
    ("Labs hope to run 1,500 a day by May.", "a day"),
    ("The plant will make 10,000 units annually.", "annually"),
    ("The average monthly rent rose 8%.", "monthly"),
    ("The museum extended its opening hours after complaints.", "hours"),
    ("Office hours are posted online.", "hours"),
    ("Doctors cut working hours after the strike.", "hours"),
    ("Crews logged 400 man-hours on the repair.", "hours"),
    ("Shares rose in after-hours trading.", "hours"),
    ("Sparks flew minutes apart.", "minutes"),
    ("Ndlovu scored twice in the first half.", "half"),
    ("The first half of the match was dull.", "half"),
    ("The hosts led at half-time but faded in the second half.", "half"),
    ("The visitors went an hour without conceding until the second half.", "half"),
    ("Coaches say the first half of the season decides the title.", "half"),
    # a concert's or a show's half, named by a word of performance near it
    ("The orchestra raced through the symphony, and the second half dragged.", "half"),
    ("The first half was a string of mumbled lyrics.", "half"),
    # the years of a league's season or fixture list
    ("Rovers finished third in the 2022/23 Premier League season.", "2022"),
    ("The board published the 2019-20 fixture list on Friday.", "2019"),
    ("Rovers have two games left this season.", "season"),
    ("The striker scored 11 goals last season.", "season"),
    ("The harvest was 8% smaller than the previous season.", "season"),
    ("The coach will stay on for next season.", "season"),
    ("The town had its coolest June day in years.", "June"),
    ("The port is part of the kingdom's Vision 2030.", "2030"),
    ("Fans travelled to Euro 2024.", "2024"),
    ("The Expo 2020 site reopened.", "2020"),
    ("The African Union's Agenda 2063 sets goals.", "2063"),
    ("Offices shut for Human Rights Day.", "Human Rights Day"),  # 10 December for the UN, 21 March in South Africa
    ("Night markets close early on Tibetan New Year's Eve.", "New Year"),  # a lunar date, never 31 December
    ("Hotels were full during the holy month.", "holy month"),  # Ramadan only once the text names it
    ("The Brighton Spring Festival opens its doors.", "Spring Festival"),  # an arts festival, not Lunar New Year
    ("Holiday bookings rose sharply.", "Holi"),
    ("Candidates must declare donations under the Electoral Act 2022.", "2022"),
    ("The figures come from the Household Income Survey 2019.", "2019"),
    ("Turnover averaged 2 million shares over the past five sessions.", "the past"),
    ("The tourists lost all three one-day internationals.", "one-day"),
    ("Households will pay $9 more a month.", "a month"),
    # rates per hour, of things counted in two words, or in lakh and crore
    ("The line carries 36 trains an hour at peak.", "an hour"),
    ("The islands keep two return sailings a day in winter.", "a day"),
    ("The closure costs each stall Rs 2.5 lakh a month.", "a month"),
    ("The state set aside Rs 4 crore annually for the fair.", "annually"),
    # a price or a decimal after "the" names no service
    ("Shares fell back to the 7.45 level.", "7.45"),
    ("Towns were cut off in the 2014 year-end floods.", "year-end"),
    # a month that is a first name; half of a school term; rates, not recurring times
    ("Festival headliner April Moreno sold out both nights.", "April"),
    ("He is survived by his wife, the former June Tillard.", "June"),
    ("Exams fill the second half of the spring term.", "half"),
    ("Calls ran at a daily average of 900.", "daily"),
    ("The app has two million monthly active users.", "monthly"),
    ("Payrolls posted their first monthly decline on record.", "monthly"),
    ("The core gives the record yearly resolution.", "yearly"),
    ("Pupils spend an average of 40 minutes a day on the app.", "minutes"),
    # a month with "a" before a record is any such month; series of monthly figures; an
    # adjective before a number or a name; British Summer Time is a clock regime
    ("Orland saw 38C on Sunday, a May record for the town.", "May"),
    ("Monthly series before 2010 were revised.", "Monthly"),
    ("The present 90-seat chamber will be enlarged.", "present"),
    ("Curfews begin an hour earlier from the end of summer time.", "summer"),
    # "before" with an event after it counts from the event, not from the year just named
    ("The race, first run in 1923, moved to the week before the final in 2015.", "week"),
    ("Refunds are due the day after the courier collects the box.", "day"),
    ("The shop was busy the day before its doors opened.", "day"),
    ("Queues formed the day after they announced the offer.", "day"),
    ("Stores shut early on 24 December, the day before Christmas.", "day"),
    # catalogue designations, rates, and names
    ("Telescopes picked up the comet 2022 LM last night.", "2022"),
    ("The capsule re-entered at 8km a second.", "second"),
    ("Branches closed at a rate of one a fortnight.", "fortnight"),
    ("Camps supply 12 litres per person per day.", "day"),
    ("The band played up to 150 nights a year.", "nights"),
    ("The trio plays five nights a week.", "nights"),
    ("Readers wrote to the Sunday column about the ferry.", "Sunday"),
    # a feast's school holidays and its vigil are no feast day
    ("Most pupils are off for the Easter holidays.", "Easter"),
    ("Candles are lit at the Easter Vigil.", "Easter"),
    ("Police logged 300 calls in the last 12 hours of the period.", "period"),
    ("The dry months of May and June bring fires.", "months"),
    ("Seats for the last days before the refit sold out.", "days"),
    # a year of another calendar; names and nouns built on time words
    ("Pilgrims mark the start of the Hijri year 1448.", "1448"),
    ("The tomb dates from 1120 AH.", "1120"),
    ("The dam is one of 40 projects in the 14th Five-Year Plan.", "Five-Year"),
    ("Ski resorts hope the Winter Olympics bring visitors.", "Winter"),
    ("The novel is being adapted as a period drama.", "period"),
    ("Fans prefer a day game in August.", "day"),
    ("The agency's weekly dashboard showed more admissions.", "weekly"),
    ("Admissions hit the highest weekly count of the outbreak.", "weekly"),
    ("Daily moves of 3% have unsettled traders.", "Daily"),
    ("Markets await the monthly report from the statistics office.", "monthly"),
    # a change against the year before, a fraction, an anniversary to the day
    ("Car exports were up 6% on the year.", "year"),
    ("The tram fleet grew by a quarter.", "quarter"),
    ("Forty years to the day after the blaze, the hall reopened.", "the day"),
    ("The poet wrote little in the middle years of the war.", "years"),
    # an age, a band's name, the ordinal "a second", a year named after a sign, the end of a feast
    ("Skipper Ada Moss, now 79, will lead the parade.", "now"),
    ("The former keeper, now in his early 80s, still rows daily.", "now"),
    ("Divers say the hull is roughly 2,100 years old.", "years"),
    ("Fans cheered as the Sunday Drifters took the stage.", "Sunday"),
    ("Infants get one dose at 12 months and a second at age four.", "second"),
    ("Lanterns mark the start of the Year of the Rooster.", "Year"),
    ("Malls stay open late in the last days of Ramadan.", "days"),
    # a bare numbered week is most often a fixture round; Ramadan as the fast that begins is no date
    ("The Eagles host the Giants in Week 12.", "Week 12"),
    ("Ramadan began on Thursday in most of the Gulf.", "Ramadan"),
    # an age range; a period the dates after it name
    ("Adults aged 18 to 44 years may book a jab.", "years"),
    ("The figures cover the period 1 July to 30 September.", "period"),
    ("Thefts rose compared with the same period in 2019.", "period"),
    # a quantity per unit is a rate, even of one
    ("By 1990 the branch line was down to a single train a week.", "week"),
    # an adjective "quarterly" tells what is counted; a kind of market; days counted
    ("The firm raised its quarterly dividend.", "quarterly"),
    ("Residents asked for a Saturday night market.", "Saturday"),
    ("The fair ran on three Sundays before it closed.", "Sundays"),
    # "as recently as" grades the date after it; a mid-year review is a report's name
    ("As recently as the war the pit employed 900 men.", "recently"),
    ("The mid-year review will be published soon.", "mid-year"),
    # "some nights" opening a clause counts occasions, no length
    ("The hut was cold, and some nights the stove went out.", "some nights"),
    # a feast naming a kind of thing, a column's title, records kept to this day
    ("Fresh Christmas trees arrive at the garden centre next week.", "Christmas"),
    ("The Christmas market closes at six.", "Christmas"),
    ("THIS WEEK IN SPORT Rowing: the club won two medals.", "WEEK"),
    ("The river rose higher than at any time since current records began.", "current"),
    # titles of programmes and films built on time words
    ("The minister told Radio 4's Today programme the plan would work.", "Today"),
    ("The envoy, speaking on ABC's \"This Week,\" said talks would resume.", "Week"),
    ("The film \"High Noon\" opens the festival.", "Noon"),
    # a weekday's pay, timetable, prayers or weekend is a kind of thing
    ("Nurses were promised better Sunday pay.", "Sunday"),
    ("Ferries will follow the Saturday timetable during the strike.", "Saturday"),
    ("The imam spoke after Friday prayers.", "Friday"),
    ("Banks there still observe the Friday weekend.", "Friday"),
    # a shop's usual hours, a monthly price change, a count of years, the latest one
    ("The pharmacy is back to its usual hours.", "hours"),
    ("Monthly inflation eased to 0.3%.", "Monthly"),
    ("Rainfall was below average in two of five years.", "years"),
    ("The most recent one sold for $4m.", "recent"),
    ("Each village may send a day scholar to the college.", "day"),
    # a counted day told in the past or in a headline without a verb is left unmarked
    ("The tenth day of the siege was the worst.", "day"),
    # a figure with a dot before "on" and a day is a price unless a word introducing a time precedes it
    ("The stock closed 14.20 on Monday.", "14.20"),
    # "to" between two amounts, a price after "today at"
    ("Output could rise by five to ten.", "ten"),
    ("Tickets sold at half five times their face value.", "half"),
    ("The shares closed today at 4.55.", "4.55"),
    ("Day 9 of the strike: talks resume", "Day"),
    # a capitalised count of units inside a sentence is a title
    ("Tonight the cast of the sitcom Seven Years takes a bow.", "Years"),
    # a break named by its season is the break, not the season
    ("The council will rise for the summer recess on 24 July.", "summer"),
    ("Pupils return from the winter holidays on Monday.", "winter"),
    # ... nor what is worn or held in a season told by its weather
    ("The shop sold out of a warm winter jacket.", "winter"),
    # days of a kind, after a superlative, are no length
    ("Bakers expect their busiest days ahead of the fair.", "days"),
    ("The 4-H show opens on Friday.", "4-H"),
    # a meeting's minutes are a document
    ("Two members wanted a cut, according to minutes of the bank's last meeting.", "minutes"),
    ("The minutes showed the vote was close.", "minutes"),
    # a past that feels near, a drop after a superlative of size, a place in the year's cycle
    ("Ten years on, the crash still seems like yesterday to her.", "yesterday"),
    ("Copper prices saw their biggest fall since the pandemic.", "fall"),
    ("Reservoirs are unusually full for this point of the year.", "year"),
    # the hours a place keeps, followed by its clock times
    ("Trustees plan to trim the opening hours of their museum.", "hours"),
    ("The kiosk keeps hours of 8 to 2 in winter.", "hours"),
    # time or amounts per unit are rates; after "the week to" only the day is marked
    ("Guards put in an extra 1.5 hours a week.", "hours"),
    ("Fees will climb by half a point a year.", "year"),
    ("Inmates are allowed one phone call a day.", "day"),
    ("Claims rose 4% in the week to 9 October.", "week"),
    ("The fund paid staff for hours not worked.", "hours"),
    ("The depot has been working half-days since the flood.", "half"),
    # a rate after counted things with their length or a data amount; "some time" before a point
    ("The bakery runs three 8-hour shifts a day.", "a day"),
    ("The average customer used 35GB a month.", "month"),
    ("The bridge should reopen some time between May and July.", "some time"),
    ("Pupils cheered on the last day of term.", "last day"),
]


@pytest.mark.parametrize("text, word", NOT_TIMEXES, ids=[case[0] for case in NOT_TIMEXES])
def test_not_a_temporal_expression(text, word):
    found = [t.text for t in tag(text, Settings(dct=date.fromisoformat(THU)))]
    assert not any(word in expression for expression in found), found


# A year in words followed by what it counts is an amount, not a year.
COUNTS_NOT_YEARS = [
    "The glassmakers kept their craft secret for two thousand years.",
    "Some two thousand and five troops crossed the river.",
]


@pytest.mark.parametrize("text", COUNTS_NOT_YEARS)
def test_a_count_in_words_is_no_year(text):
    found = tag(text, Settings(dct=date.fromisoformat(THU)))
    assert not [t for t in found if t.type == "DATE"], found


# The same words where they do name a time.
STILL_TIMEXES = [
    ("From February to May it sold no tickets.", "May", "2021-05"),  # the month after "to", no wish
    ("The paper is published daily.", "daily", "P1D"),
    ("Unemployment was high in the eighties.", "the eighties", "198"),
    ("The ferry sails daily Monday to Friday.", "daily", "P1D"),
    ("Today's meeting was short.", "Today", "2021-10-28"),
    ("The vote is tomorrow.", "tomorrow", "2021-10-29"),
    ("For a second, nobody moved.", "a second", "PT1S"),
    ("Unions called a 24-hour strike.", "24-hour", "PT24H"),
    ("The council opened a 24-hour helpline for tenants.", "24-hour", "PT24H"),
    ("In the future, prices will rise.", "the future", "FUTURE_REF"),
    # a year before a weekday stays a year unless "at", "between" or "from" makes it a clock
    ("The miner raised its copper outlook for 2021 on Tuesday.", "2021", "2021"),
    # "today" after a long-past year, told in the past: the day
    ("The mill was built in 1990. Today it announced job cuts.", "Today", "2021-10-28"),
    # a quoted answer is no title
    ('Asked when she last saw him, she said: "Last Tuesday."', "Last Tuesday", "2021-10-26"),
    ('"Next week," the mayor said, "we vote."', "Next week", "2021-W44"),
    # a weekday before other nouns, and recent days, still name a time
    ("Sunday voting drew long queues.", "Sunday", "2021-10-24"),
    ("Sales fell in the most recent weeks.", "recent weeks", "PXW"),
    ("Growers expect the wettest fall in a decade.", "fall", "2021-FA"),
    # "the New Year holiday" (singular) marks the feast; "Lunar New Year" stays whole
    ("Post offices were shut for the New Year holiday.", "New Year", "2021-01-01"),
    ("The opening hours of the siege were chaotic.", "The opening hours", "PTXH"),
    # after a preposition of time a bare "New Year" is the feast
    ("Trains were packed after New Year celebrations.", "New Year", "2021-01-01"),
]


@pytest.mark.parametrize("text, expression, value", STILL_TIMEXES, ids=[case[0] for case in STILL_TIMEXES])
def test_still_a_temporal_expression(text, expression, value):
    found = {t.text: t.value for t in tag(text, Settings(dct=date.fromisoformat(THU)))}
    assert found.get(expression) == value, found
