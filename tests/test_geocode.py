"""Offline geocoding (ingest.geocode): place names as news writes them -> coordinates."""

from __future__ import annotations

import pytest

from ingest.geocode import canonical_name, is_demonym, is_place_noun, locate, name_key


@pytest.mark.parametrize("name, expected, country, latitude, longitude", [
    # countries, placed at their capital
    ("Afghanistan", "Afghanistan", "AF", 34.5, 69.2),
    ("Afghanistan’s", "Afghanistan", "AF", 34.5, 69.2),
    ("the United States", "United States", "US", 38.9, -77.0),
    ("U.S.", "United States", "US", 38.9, -77.0),
    ("US", "United States", "US", 38.9, -77.0),
    ("Britain", "United Kingdom", "GB", 51.5, -0.1),
    # cities by name, the most populous of the namesakes
    ("Kabul", "Kabul", "AF", 34.5, 69.2),
    ("Gardez", "Gardez", "AF", 33.6, 69.2),
    ("Paris", "Paris", "FR", 48.9, 2.3),
    ("Washington", "Washington", "US", 38.9, -77.0),
    # a US state, placed at its largest city
    ("Texas", "Texas", "US", 29.8, -95.4),
])
def test_locate(name, expected, country, latitude, longitude):
    location = locate(name)
    assert location is not None
    assert (location.name, location.country) == (expected, country)
    assert location.latitude == pytest.approx(latitude, abs=0.1)
    assert location.longitude == pytest.approx(longitude, abs=0.1)


@pytest.mark.parametrize("name", ["Port Averley", "Taliban", "Senate", "IS", "KBL", "", "the"])
def test_unknown_names_and_codes_do_not_geocode(name):
    assert locate(name) is None


def test_alternate_names_geocode_but_keep_their_spelling():
    """"Qarabagh" is an alternate name of Qarah Bagh: located, but named as written."""
    location = locate("Qarabagh")
    assert location is not None and location.country == "AF"
    assert canonical_name("Qarabagh") == "Qarabagh"


@pytest.mark.parametrize("name, canonical", [
    ("U.S.", "United States"),
    ("UK", "United Kingdom"),
    ("Kandahar", "Kandahar"),
    ("Linwick", "Linwick"),
])
def test_canonical_name(name, canonical):
    assert canonical_name(name) == canonical


def test_name_key_ignores_case_accents_article_and_possessive():
    assert name_key("The Qarah Bāgh’s") == name_key("qarah bagh") == "qarah bagh"
    assert name_key("U.S.") == name_key("US")


def test_demonyms_and_place_nouns():
    assert is_demonym("Afghan") and is_demonym("Pakistanis")
    assert not is_demonym("Afghanistan")
    assert is_place_noun("province") and is_place_noun("Airport")
    assert not is_place_noun("forces")
