"""Merging mentions of all documents into one event per happening, on hand-made rows:
these tests pin the merging rules independently of the date engine and the language model."""

from __future__ import annotations

import itertools
import json
from datetime import date

import pytest
from hypothesis import given, strategies as st

from ingest.merge import DATE_TOLERANCE_DAYS, content_words, merge_events
from strategies import SOME

DOCUMENTS = {
    "courier": {"id": "courier", "publisher": "Harbour Courier", "published": "2024-03-14"},
    "ledger": {"id": "ledger", "publisher": "Coastal Ledger", "published": "2024-03-11"},
    "wire": {"id": "wire", "publisher": "Eastline Wire", "published": "2024-03-12"},
    "notes": {"id": "notes", "publisher": "Kessmoor Notes", "published": None,
              "published_estimate_start": "2024-03-10", "published_estimate_end": "2024-03-17"},
}

DAYS = {"Saturday": "2024-03-09", "Sunday": "2024-03-10", "Monday": "2024-03-11", "Tuesday": "2024-03-12",
        "Wednesday": "2024-03-13"}


def mention(document, at, clause, day="Sunday", *, actors=(), places=(), event_type="other",
            kind="happened", sentence=None, dating=None):
    """A candidate mentions row; dating (value, first day, last day) overrides day."""
    value, start, end = dating or (DAYS[day], DAYS[day], DAYS[day])
    return {
        "id": f"{document}:{at}:{at + 6}", "expression": day, "value": value, "type": "DATE",
        "date_start": start, "date_end": end, "granularity": "day", "mod": None, "anchor": "publication",
        "sentence": sentence or f"{clause} on {day}.", "clause": clause, "kind": kind,
        "event_type": event_type, "actors": list(actors), "places": list(places),
        "document_id": document, "event_id": None, "start_char": at, "end_char": at + 6,
    }


BREACH = [
    mention("courier", 40, "harbour wall at Port Averley gave way", places=["Port Averley"],
            event_type="collapse"),
    mention("ledger", 90, "storm surge broke through the town's harbour wall", dating=(
        "2024-W10-WE", "2024-03-09", "2024-03-10"), places=["Port Averley"], event_type="collapse"),
    mention("wire", 12, "storm surge breached the sea wall of Port Averley", places=["Port Averley"],
            event_type="collapse"),
]


# Other news in the same database, months earlier: what the tested reports share is
# then rare among the documents, as it is in a real database (merge.Commonness).
BACKGROUND_DOCUMENTS = {f"other{n}": {"id": f"other{n}", "publisher": f"Other Paper {n}", "published": "2023-06-01"}
                        for n in range(4)}
BACKGROUND = [
    mention(f"other{n}", 10, clause, dating=("2023-05-20", "2023-05-20", "2023-05-20"))
    for n, clause in enumerate(["bakery won a prize", "school choir sang", "museum reopened", "orchard flowered"])
]


def merged(mentions):
    """merge_events over mentions and the background: the events and event ids of mentions."""
    events, event_of = merge_events([*mentions, *BACKGROUND], DOCUMENTS | BACKGROUND_DOCUMENTS)
    ours = {m["id"]: event_of[m["id"]] for m in mentions}
    return [event for event in events if event["id"] in ours.values()], ours


def test_three_sources_of_one_happening_become_one_event():
    [event], event_of = merged(BREACH)
    assert set(event_of.values()) == {event["id"]}
    assert (event["source_count"], event["mention_count"]) == (3, 3)
    assert event["publishers"] == ["Coastal Ledger", "Eastline Wire", "Harbour Courier"]  # first report first
    assert (event["first_published"], event["document_id"]) == ("2024-03-11", "ledger")
    assert event["summary"] == "storm surge broke through the town's harbour wall"  # the earliest report's
    assert (event["value"], event["date_start"], event["date_end"]) == ("2024-03-10", "2024-03-10", "2024-03-10")
    assert event["date_disagreement"] is None  # the weekend holds the Sunday: no contradiction
    assert (event["kind"], event["event_type"], event["places"]) == ("happened", "collapse", ["Port Averley"])


def test_two_happenings_in_the_same_week_stay_apart():
    killing = mention("wire", 10, "officer who ran the depot killed in a clash with the Taliban", "Monday",
                      actors=["Taliban"], places=["Gardez"], event_type="killing")
    testimony = mention("ledger", 10, "Kahl told the Senate the group could strike within months", "Tuesday",
                        actors=["Colin Kahl", "Senate"], event_type="testimony")
    events, event_of = merged([killing, testimony])
    assert len(events) == 2 and event_of[killing["id"]] != event_of[testimony["id"]]


def test_the_same_date_alone_never_merges():
    events, _ = merged([mention("wire", 10, "ferry resumed sailings"), mention("ledger", 10, "mayor opened a school")])
    assert len(events) == 2


def test_sources_a_day_apart_are_merged_and_their_disagreement_recorded():
    sunday = mention("courier", 10, "regional water board said wall was sound", "Sunday",
                     actors=["regional water board"], event_type="statement")
    also_sunday = mention("ledger", 10, "water board says wall was sound", "Sunday",
                          actors=["Regional Water Board"], event_type="statement")
    monday = mention("wire", 10, "regional water board said the wall was sound", "Monday",
                     actors=["regional water board"], event_type="statement")
    [event], _ = merged([sunday, also_sunday, monday])
    assert event["date_start"] == DAYS["Sunday"]  # what most sources say
    assert event["date_disagreement"] == [
        {"value": DAYS["Monday"], "date_start": DAYS["Monday"], "date_end": DAYS["Monday"],
         "publishers": ["Eastline Wire"]},
    ]


def test_dates_further_apart_than_a_day_or_two_are_different_happenings():
    first = mention("courier", 10, "water board said wall was sound", "Saturday", actors=["water board"],
                    event_type="statement")
    later = mention("wire", 10, "water board said wall was sound", "Tuesday", actors=["water board"],
                    event_type="statement")
    assert len(merged([first, later])[0]) == 2


def test_a_date_disagreement_is_believed_only_of_sources_telling_the_same_kind_of_happening():
    # A bid and the board's rejection of it, told by different papers two days apart
    # with the same parties and words: two happenings, whatever they share.
    parties = dict(actors=["Norvik Foods", "Dalby Dairies"])
    bid = mention("courier", 10, "Norvik Foods made a takeover offer for Dalby Dairies", "Saturday",
                  event_type="takeover", **parties)
    rejection = mention("wire", 10, "Dalby Dairies board rejected the takeover offer from Norvik Foods", "Monday",
                        event_type="decision", **parties)
    assert len(merged([bid, rejection])[0]) == 2
    told_later = mention("wire", 10, "Norvik Foods launched its takeover offer for Dalby Dairies", "Sunday",
                         event_type="takeover", **parties)
    assert len(merged([bid, told_later])[0]) == 1


def test_the_names_an_article_gives_elsewhere_tell_which_happening_its_clause_means():
    # "The strike began on Sunday" is the walkout at the port only because its article
    # names the union and the port authority elsewhere, as the other report does.
    def report(document, clause, other_clause):
        return [mention(document, 10, clause, event_type="protest"),
                mention(document, 90, other_clause, "Wednesday", actors=["dockers' union", "port authority"],
                        event_type="agreement")]

    walkout = report("wire", "dockworkers walked off the job", "union and port authority agreed a deal")
    strike = report("ledger", "the strike began", "union signed a deal with the port authority")
    events, event_of = merged([*walkout, *strike])
    assert event_of[walkout[0]["id"]] == event_of[strike[0]["id"]]
    unrelated = mention("ledger", 10, "the strike began", event_type="protest")
    assert len(merged([walkout[0], unrelated])[0]) == 2


def test_small_disagreements_do_not_chain_into_a_long_event():
    said = dict(actors=["water board"], event_type="statement")
    mentions = [mention(document, 10, "water board said wall was sound", day, **said)
                for document, day in zip(DOCUMENTS, ["Saturday", "Sunday", "Tuesday", "Wednesday"])]
    events, event_of = merged(mentions)
    assert len(events) == 2
    for event_id in set(event_of.values()):
        days = [date.fromisoformat(m["date_start"]) for m in mentions if event_of[m["id"]] == event_id]
        assert (max(days) - min(days)).days <= DATE_TOLERANCE_DAYS


def test_a_name_every_document_carries_says_less_than_one_only_two_share():
    documents = {name: {"id": name, "publisher": name, "published": "2021-11-03"} for name in "abcde"}
    week = ("2021-W43", "2021-10-25", "2021-10-31")
    others = [mention(name, 10, "Taliban patrols", dating=("2021-08", "2021-08-01", "2021-08-31"),
                      actors=["Taliban"]) for name in "cde"]

    def reports(*shared_places):
        return [mention("a", 50, "officer killed in a clash", dating=week, actors=["Taliban"],
                        places=list(shared_places), event_type="killing"),
                mention("b", 50, "Kahl testified to the Senate", dating=week, actors=["Taliban"],
                        places=list(shared_places), event_type="killing")]

    events, _ = merge_events([*reports(), *others], documents)
    assert len(events) == 2 + len(others)  # "Taliban", in every report, does not make them one
    events, _ = merge_events([*reports("Gardez"), *others], documents)
    assert len(events) == 1 + len(others)


def test_a_forecast_never_merges_with_a_happening():
    happened = mention("courier", 10, "council approved the new sea wall", actors=["council"], event_type="decision")
    forecast = mention("wire", 10, "council could approve the new sea wall", actors=["council"],
                       event_type="decision", kind="forecast")
    events, _ = merged([happened, forecast])
    assert sorted(event["kind"] for event in events) == ["forecast", "happened"]


def test_a_vague_dating_needs_more_evidence_than_a_day():
    march = ("2024-03", "2024-03-01", "2024-03-31")
    sunday = mention("courier", 10, "wall collapsed", places=["Port Averley"], event_type="collapse")
    vague = mention("wire", 10, "wall collapsed", dating=march, places=["Port Averley"], event_type="collapse")
    unrelated = mention("ledger", 10, "ferry timetable changed", dating=march, places=["Port Averley"])
    events, event_of = merged([sunday, vague, unrelated])
    assert event_of[sunday["id"]] == event_of[vague["id"]] != event_of[unrelated["id"]]
    [both] = [event for event in events if event["source_count"] == 2]
    assert both["value"] == "2024-03-10"  # nested datings: the narrower one


def test_one_sentence_with_one_dating_is_one_event_with_all_its_mentions():
    sentence = "It opened on Sunday and closed on Sunday evening."
    first = mention("courier", 10, "it opened", sentence=sentence)
    second = mention("courier", 30, "it closed", sentence=sentence)
    [event], _ = merged([first, second])
    assert (event["mention_count"], event["source_count"]) == (2, 1)


def test_one_sentence_with_two_datings_is_two_events():
    sentence = "The crew trained on Saturday and sailed on Sunday."
    events, _ = merged([mention("courier", 10, "crew trained", "Saturday", sentence=sentence, actors=["crew"]),
                        mention("courier", 40, "crew sailed", "Sunday", sentence=sentence, actors=["crew"])])
    assert len(events) == 2


def test_one_document_may_report_a_happening_twice():
    first = mention("courier", 10, "sea wall at Port Averley breached", places=["Port Averley"], event_type="collapse")
    again = mention("courier", 200, "the breach at Port Averley", places=["Port Averley"], event_type="collapse")
    [event], _ = merged([first, again])
    assert (event["mention_count"], event["source_count"], event["publishers"]) == (2, 1, ["Harbour Courier"])


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_events_do_not_depend_on_the_order_mentions_come_in(order):
    mentions = [*BREACH, mention("notes", 5, "ferry moved to the northern pier", "Monday")]
    assert merged([mentions[i] for i in order]) == merged(mentions)


def test_merging_rows_read_back_from_the_database_changes_nothing():
    events, event_of = merged(BREACH)
    stored = [m | {"event_id": event_of[m["id"]], "actors": json.dumps(m["actors"]),
                   "places": json.dumps(m["places"])} for m in BREACH]
    assert merged(stored) == (events, event_of)


def test_an_event_id_comes_from_its_members_not_from_other_events():
    [alone], _ = merged(BREACH)
    [with_other, _other], _ = merged([*BREACH, mention("notes", 5, "ferry moved to the northern pier", "Monday")])
    assert alone["id"] == with_other["id"]
    [shrunk], _ = merged(BREACH[1:])
    assert shrunk["id"] != alone["id"]


def test_names_are_united_most_reported_first_and_the_main_place_is_located():
    mentions = [
        mention("courier", 10, "the Taliban attacked the Kabul airport", actors=["the Taliban"],
                places=["Kabul airport", "Kabul"], event_type="attack"),
        mention("wire", 10, "Taliban and ISIS fighters attacked Kabul", actors=["ISIS", "Taliban"],
                places=["Kabul"], event_type="attack"),
    ]
    [event], _ = merged(mentions)
    assert event["actors"] == ["Taliban", "ISIS"]  # spelled as first reported (the wire's, a day earlier)
    assert event["places"] == ["Kabul", "Kabul airport"]
    assert event["place"] == "Kabul"
    assert (round(event["latitude"]), round(event["longitude"])) == (35, 69)


def test_an_event_without_a_known_place_has_no_coordinates():
    [event], _ = merged([mention("courier", 10, "the bakery reopened")])
    assert (event["place"], event["latitude"], event["longitude"]) == (None, None, None)


def test_content_words_ignore_inflection_case_and_function_words():
    assert content_words("The wall was breached") == content_words("walls breach")
    assert content_words("It was on the quay") == {"quay"}


# ------------------------------------------------------------------ properties on generated rows

generated_mention = st.builds(
    lambda document, at, day, actors, event_type, kind, words: mention(
        document, at, " ".join(words) or "it happened", day, actors=actors, event_type=event_type, kind=kind,
        places=["Port Averley"] if "wall" in words else []),
    document=st.sampled_from(sorted(DOCUMENTS)),
    at=st.integers(0, 400),
    day=st.sampled_from(sorted(DAYS)),
    actors=st.lists(st.sampled_from(["water board", "council", "coastguard"]), max_size=2, unique=True),
    event_type=st.sampled_from(["statement", "collapse", "other"]),
    kind=st.sampled_from(["happened", "forecast"]),
    words=st.lists(st.sampled_from(["wall", "breach", "storm", "ferry", "fund"]), max_size=3, unique=True),
)
generated_mentions = st.lists(generated_mention, max_size=12, unique_by=lambda m: m["id"])


@SOME
@given(mentions=generated_mentions, data=st.data())
def test_merging_is_a_partition_that_ignores_input_order(mentions, data):
    events, event_of = merged(mentions)
    assert set(event_of) == {m["id"] for m in mentions}  # every mention in exactly one event
    assert sum(event["mention_count"] for event in events) == len(mentions)
    for event in events:
        members = [m for m in mentions if event_of[m["id"]] == event["id"]]
        assert event["source_count"] == len({m["document_id"] for m in members})
        assert len({m["kind"] == "forecast" for m in members}) == 1
        days = [date.fromisoformat(m["date_start"]) for m in members]
        assert (max(days) - min(days)).days <= DATE_TOLERANCE_DAYS
    assert merged(data.draw(st.permutations(mentions))) == (events, event_of)
