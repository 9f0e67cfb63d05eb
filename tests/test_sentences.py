"""Sentence boundaries (ingest.sentences): what the date engine's tense and context
readers and event building take as one sentence."""

import pytest

from ingest.sentences import Sentences, split_sentences

SPLITS = [
    ("The port reopened. Ships queued.", ["The port reopened.", "Ships queued."]),
    # an abbreviation's full stop goes on: a month, a title, a company
    ("Talks resume on Nov. 5 in Geneva. Both sides agreed.", ["Talks resume on Nov. 5 in Geneva.", "Both sides agreed."]),
    ("Dr. Osei said Acme Corp. would appeal.", ["Dr. Osei said Acme Corp. would appeal."]),
    # a clock's "p.m." ends one when a word that only opens a sentence follows
    ("It closed at 7 p.m. The crowd left.", ["It closed at 7 p.m.", "The crowd left."]),
    ("It closed at 7 p.m. Tuesday.", ["It closed at 7 p.m. Tuesday."]),
    # a line of its own is a sentence: a heading, a dateline, a list entry
    ("Weather warning\nRain is due on Friday.", ["Weather warning", "Rain is due on Friday."]),
    ('"We are ready." She left.', ['"We are ready."', "She left."]),
    ("  \n ", []),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_split_sentences(text, expected):
    assert [text[start:end] for start, end in split_sentences(text)] == expected


AROUND = [
    # (text, a word inside the sentence asked about, that sentence)
    ("Talks resume on Nov. 5 in Geneva. Both sides agreed.", "Geneva", "Talks resume on Nov. 5 in Geneva."),
    ("Talks resume on Nov. 5 in Geneva. Both sides agreed.", "sides", "Both sides agreed."),
    ("One.  Two.", "  ", "One."),  # between sentences: the one before
]


@pytest.mark.parametrize("text, word, expected", AROUND)
def test_the_sentence_around_a_position(text, word, expected):
    start, end = Sentences(text).around(text.index(word))
    assert text[start:end] == expected


def test_before_the_first_sentence_is_the_whole_text():
    text = "   Rain fell."
    assert Sentences(text).around(0) == (0, len(text))
    assert Sentences(text).index_of(0) == -1
