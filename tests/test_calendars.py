"""The feast table ingest/timex/calendars.toml: complete for the lexicon, well
formed, and plausible enough that a wrongly built table (a shifted year, a
wrong month, a mixed-up calendar) fails."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ingest.timex.periods import calendar_days, feast_days
from ingest.timex.rules import load_lexicon

TABLE = {key: sorted(day for days in years.values() for day in days) for key, years in calendar_days().items()}


def _named_by_lexicon() -> set[str]:
    lists = load_lexicon().lists
    feasts = {calendar_key for calendar_key, _ in lists["movable_feast"].forms.values()}
    return feasts | {f"hijri_month_{month}" for month in lists["hijri_month"].forms.values()}


def test_hijri_months_agree_with_the_islamic_feasts_on_them():
    assert TABLE["hijri_month_1"] == TABLE["islamic_new_year"]
    assert TABLE["hijri_month_10"] == TABLE["eid_al_fitr"]
    eid_al_adha = {day - timedelta(days=9) for day in TABLE["eid_al_adha"]}
    assert eid_al_adha - set(TABLE["hijri_month_12"]) <= {min(eid_al_adha)}  # the first may begin before 1990


def test_every_calendar_the_lexicon_names_is_in_the_table_and_no_other():
    assert _named_by_lexicon() - {"easter"} == set(TABLE)  # Easter is computed


@pytest.mark.parametrize("key", sorted(TABLE))
def test_days_are_sorted_distinct_and_in_the_years_1990_to_2050(key):
    days = TABLE[key]
    assert days == sorted(set(days))
    assert date(1990, 1, 1) <= days[0] and days[-1] <= date(2050, 12, 31)


def _next(days: list[date], after: date) -> date | None:
    return next((day for day in days if day > after), None)


@pytest.mark.parametrize(
    "key, earliest, latest",
    [("lunar_new_year", (1, 21), (2, 20)), ("diwali", (10, 17), (11, 15)), ("holi", (2, 25), (3, 31))],
)
def test_lunisolar_feasts_stay_in_their_season(key, earliest, latest):
    outside = [day for day in TABLE[key] if not date(day.year, *earliest) <= day <= date(day.year, *latest)]
    assert not outside


def test_consecutive_eids_are_a_lunar_year_apart():
    for key in ("eid_al_fitr", "eid_al_adha", "islamic_new_year"):
        days = TABLE[key]
        gaps = {(later - earlier).days for earlier, later in zip(days, days[1:])}
        assert gaps <= set(range(353, 357)), key


def test_eid_al_adha_follows_eid_al_fitr_by_two_lunar_months_and_nine_days():
    # 1 Shawwal to 10 Dhu al-Hijjah: Shawwal and Dhu al-Qadah have 29 or 30 days each
    gaps = {(_next(TABLE["eid_al_adha"], fitr) - fitr).days for fitr in TABLE["eid_al_fitr"]}
    assert gaps <= {67, 68, 69}


def test_islamic_new_year_follows_eid_al_adha_by_twenty_days():
    gaps = {(new_year - _next(TABLE["eid_al_adha"], new_year - timedelta(days=30))).days
            for new_year in TABLE["islamic_new_year"][1:]}
    assert gaps <= {20, 21}


def test_jewish_feasts_keep_their_distances():
    rosh_hashanah = TABLE["rosh_hashanah"]
    assert [day + timedelta(days=9) for day in rosh_hashanah] == TABLE["yom_kippur"]
    for passover in TABLE["passover"]:
        following = _next(rosh_hashanah, passover)
        assert following is None or (following - passover).days == 163
    # 25 Kislev: Heshvan and Kislev have 29 or 30 days each
    assert {(hanukkah - new_year).days for new_year, hanukkah in zip(rosh_hashanah, TABLE["hanukkah"])} <= {83, 84, 85}


def test_rosh_hashanah_falls_in_september_or_early_october():
    assert all(date(day.year, 9, 5) <= day <= date(day.year, 10, 5) for day in TABLE["rosh_hashanah"])


@pytest.mark.parametrize(
    "key, year, days",
    [
        ("easter", 2024, ["2024-03-31"]),  # computed for any year
        ("easter", 2285, ["2285-03-22"]),
        ("eid_al_fitr", 2000, ["2000-01-08", "2000-12-27"]),  # twice in one Gregorian year
        ("eid_al_fitr", 2001, ["2001-12-16"]),
        ("lunar_new_year", 2024, ["2024-02-10"]),
        ("diwali", 2040, []),  # outside the table
    ],
)
def test_feast_days(key, year, days):
    assert feast_days(key, year) == [date.fromisoformat(day) for day in days]
