"""Properties of the date engine on generated input (hypothesis): it never
crashes, its offsets point at what it reports, its values are TIMEX3, and real
date expressions resolve where a reader puts them. Derandomized, so CI sees the
same cases on every run."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, strategies as st

from ingest.timex import Settings, tag
from strategies import (
    CLOSINGS, EDGE_DCTS, FEW, OPENINGS, SOME, TIMEX3_VALUE, TIMEX_TYPES, TRICKY, any_dct,
    arbitrary_text, date_expressions, modern_dct, page_text,
)


# ------------------------------------------------------------------ the date engine


def _assert_consistent_timexes(text, dct):
    timexes = tag(text, Settings(dct=dct))
    for timex in timexes:
        assert text[timex.start:timex.end] == timex.text
        assert timex.type in TIMEX_TYPES
        assert TIMEX3_VALUE.fullmatch(timex.value), timex.value
        assert (timex.date_start is None) == (timex.date_end is None)
        if timex.date_start is not None:
            assert timex.date_start <= timex.date_end
        if dct is None:
            assert timex.anchor != "publication"
    for before, after in pairwise(timexes):
        assert before.end <= after.start


@SOME
@given(text=st.one_of(arbitrary_text, page_text), dct=any_dct)
def test_tag_never_raises_and_reports_consistent_timexes(text, dct):
    _assert_consistent_timexes(text, dct)


@pytest.mark.parametrize("dct", [None, *EDGE_DCTS], ids=str)
@pytest.mark.parametrize("text", TRICKY)
def test_tag_handles_tricky_strings_at_the_edges_of_the_calendar(text, dct):
    _assert_consistent_timexes(f"It happened {text}.", dct)


@FEW
@given(text=arbitrary_text, dct=any_dct)
def test_tag_is_deterministic(text, dct):
    assert tag(text, Settings(dct=dct)) == tag(text, Settings(dct=dct))


@SOME
@given(expression=date_expressions, dct=modern_dct,
       opening=st.sampled_from(OPENINGS), closing=st.sampled_from(CLOSINGS))
def test_date_expressions_are_found_and_resolved_near_publication(expression, dct, opening, closing):
    text = f"{opening} {expression.lead}{expression.phrase} {closing}"
    start = len(opening) + 1 + len(expression.lead)
    span = (start, start + len(expression.phrase))
    found = [timex for timex in tag(text, Settings(dct=dct)) if (timex.start, timex.end) == span]
    assert found, f"{expression.phrase!r} not found in {text!r}"
    assert expression.check(dct, found[0]), found[0]
