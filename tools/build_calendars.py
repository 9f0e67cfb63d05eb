"""Write ingest/timex/calendars.toml: the Gregorian days of feasts of lunar and
lunisolar calendars, which the date engine looks up (periods.feast_days).

Run at development time only, when the table should change (the engine and CI
read the committed table and never import these packages):

    pip install -e '.[calendars]'
    python tools/build_calendars.py

Sources: hijridate (Umm al-Qura, the Saudi calendar most news follows) for the
Islamic feasts; convertdate.hebrew (the Hebrew calendar is exact arithmetic)
for the Jewish ones; convertdate.persian (Iran's solar year begins on the day
of the March equinox) for Nowruz; the Ethiopian calendar's rule for its New
Year; the `holidays` package for Diwali and Holi (India's
gazetted days), Lunar New Year (China's Spring Festival) and the Mid-Autumn
Festival.
"""

from __future__ import annotations

import warnings
from calendar import isleap
from datetime import date
from pathlib import Path

import holidays
from convertdate import hebrew, persian
from hijridate import Gregorian, Hijri

FIRST_YEAR, LAST_YEAR = 1990, 2050
TABLE = Path(__file__).resolve().parent.parent / "ingest" / "timex" / "calendars.toml"

HEADER = """\
# Gregorian days of feasts of lunar and lunisolar calendars, one section per
# calendar key of the lexicon list [movable_feast] (Easter is computed, not
# listed). Written by tools/build_calendars.py; edit that script, not this file.
# A year a section has no day for is outside its table: the engine then knows
# the year of the feast but not its day.
"""

SHAWWAL, DHU_AL_HIJJAH, MUHARRAM = 10, 12, 1
NISAN, TISHRI, KISLEV = 1, 7, 9
# The Hebrew year that begins in the autumn of Gregorian year Y.
HEBREW_YEAR_OFFSET = 3761
# The Persian (solar Hijri) year that begins in March of Gregorian year Y.
PERSIAN_YEAR_OFFSET = 621


def islamic_days(month: int, day: int) -> list[date]:
    """Every Umm al-Qura `day` of `month` falling in the Gregorian years of the table."""
    first_hijri = Gregorian(FIRST_YEAR, 1, 1).to_hijri().year
    last_hijri = Gregorian(LAST_YEAR, 12, 31).to_hijri().year
    days = [Hijri(year, month, day).to_gregorian() for year in range(first_hijri, last_hijri + 1)]
    return [date(d.year, d.month, d.day) for d in days if FIRST_YEAR <= d.year <= LAST_YEAR]


def hebrew_days(month: int, day: int, autumn: bool) -> list[date]:
    """The Gregorian day of a Hebrew `day` of `month` in each year of the table: the
    feasts from Tishri to Kislev fall in the Hebrew year beginning that autumn."""
    offset = HEBREW_YEAR_OFFSET if autumn else HEBREW_YEAR_OFFSET - 1
    return [date(*hebrew.to_gregorian(year + offset, month, day)) for year in range(FIRST_YEAR, LAST_YEAR + 1)]


def nowruz_days() -> list[date]:
    """1 Farvardin, Iran's New Year, in each year of the table."""
    return [date(*persian.to_gregorian(year - PERSIAN_YEAR_OFFSET, 1, 1)) for year in range(FIRST_YEAR, LAST_YEAR + 1)]


def ethiopian_new_year_days() -> list[date]:
    """1 Meskerem: 11 September, the 12th when the next Gregorian year is a leap year
    (the Ethiopian leap day closes the year before)."""
    return [date(year, 9, 12 if isleap(year + 1) else 11) for year in range(FIRST_YEAR, LAST_YEAR + 1)]


def named_days(country: type, name: str) -> list[date]:
    """The days a country's holiday table names exactly `name` (the first day of a
    holiday that lasts several); the package covers fewer years for some."""
    with warnings.catch_warnings():  # the package warns of the years it does not cover
        warnings.simplefilter("ignore")
        table = country(years=range(FIRST_YEAR, LAST_YEAR + 1))
    by_year: dict[int, date] = {}
    for day, names in sorted(table.items()):
        if name in names.split("; "):
            by_year.setdefault(day.year, day)
    return sorted(by_year.values())


# key -> (comment, days)
CALENDARS = {
    "eid_al_fitr": ("Eid al-Fitr, 1 Shawwal (Umm al-Qura, hijridate); an Islamic feast falls twice"
                    " in about one Gregorian year in 33.",
                    lambda: islamic_days(SHAWWAL, 1)),
    "eid_al_adha": ("Eid al-Adha, 10 Dhu al-Hijjah (Umm al-Qura, hijridate).", lambda: islamic_days(DHU_AL_HIJJAH, 10)),
    "islamic_new_year": ("Islamic (Hijri) New Year, 1 Muharram (Umm al-Qura, hijridate).",
                         lambda: islamic_days(MUHARRAM, 1)),
    "rosh_hashanah": ("Rosh Hashanah, 1 Tishri (convertdate.hebrew); it begins at sundown the evening before.",
                      lambda: hebrew_days(TISHRI, 1, autumn=True)),
    "yom_kippur": ("Yom Kippur, 10 Tishri (convertdate.hebrew); it begins at sundown the evening before.",
                   lambda: hebrew_days(TISHRI, 10, autumn=True)),
    "passover": ("Passover, its first day, 15 Nisan (convertdate.hebrew); it begins at sundown the evening before.",
                 lambda: hebrew_days(NISAN, 15, autumn=False)),
    "hanukkah": ("Hanukkah, its first day, 25 Kislev (convertdate.hebrew); it begins at sundown the evening before.",
                 lambda: hebrew_days(KISLEV, 25, autumn=True)),
    "nowruz": ("Nowruz, 1 Farvardin, the day of the March equinox in Iran (convertdate.persian).", nowruz_days),
    "ethiopian_new_year": ("Enkutatash, 1 Meskerem, the Ethiopian New Year (its calendar's leap-year rule).",
                           ethiopian_new_year_days),
    **{f"hijri_month_{month}": (f"The first day of Hijri month {month} (Umm al-Qura, hijridate), for dates"
                                f" written in the Islamic calendar.",
                                lambda month=month: islamic_days(month, 1))
       for month in range(1, 13)},
    "diwali": ("Diwali, the Lakshmi Puja day India gazettes (holidays.India); the package has 2001-2035 only.",
               lambda: named_days(holidays.India, "Diwali")),
    "holi": ("Holi, as India gazettes it (holidays.India); the package has 2001-2035 only, without 2002 and 2011.",
             lambda: named_days(holidays.India, "Holi")),
    "lunar_new_year": ("Lunar New Year, first day of the Chinese lunisolar year (holidays.China, Spring Festival).",
                       lambda: named_days(holidays.China, "Chinese New Year (Spring Festival)")),
    "mid_autumn": ("Mid-Autumn Festival, 15th day of the 8th lunar month (holidays.China), from 2008 only.",
                   lambda: named_days(holidays.China, "Mid-Autumn Festival")),
}


def section(key: str, comment: str, days: list[date]) -> str:
    """One TOML section: its comment, then its days, five to a line."""
    quoted = [f'"{day.isoformat()}"' for day in days]
    lines = [", ".join(quoted[i:i + 5]) + "," for i in range(0, len(quoted), 5)]
    body = "\n".join(f"  {line}" for line in lines)
    return f"# {comment}\n[{key}]\ndays = [\n{body}\n]\n"


def main() -> None:
    sections = [section(key, comment, days()) for key, (comment, days) in CALENDARS.items()]
    TABLE.write_text(HEADER + "\n" + "\n".join(sections), encoding="utf-8")
    print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
