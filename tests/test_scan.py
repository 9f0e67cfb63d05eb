"""What makes the date engine fast must not change what it finds: the start-key
index (ingest/timex/scan.py), with which tag() tries each rule only where one of
the keys read from its pattern occurs, and the word lists compiled as tries."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import given, strategies as st

from ingest.timex import Settings, tag
from ingest.timex.rules import _alternation, _spaced, default_grammar, pattern_start_keys
from ingest.timex.scan import canonical, start_keys
from strategies import SOME, arbitrary_text

GRAMMAR = default_grammar()
RULE_TEXTS = sorted({e.text for rule in GRAMMAR.rules for e in rule.examples}
                    | {text for rule in GRAMMAR.rules for text in rule.rejects})
# What IGNORECASE and the patterns' \s and \d also match, where an index could lose track.
LOOK_ALIKES = str.maketrans({"s": "ſ", "k": "\u212a", "i": "\u0130", " ": "\u00a0", "1": "\u0661", "'": "’"})


@pytest.mark.parametrize("pattern, keys", [
    ("last week", {"last w"}),  # as long as KEY_LENGTH
    ("(?:the )?weekend", {"the we", "weeken"}),
    (r"\d{4}s?", {"0000", "0000s"}),  # every digit is 0
    (r"’\d0s", {"’00s"}),  # caseless punctuation stands for itself
    ("Día|Şeker", {"dia", "seker"}),  # an accented Latin letter is its base letter
    ("MAY|[Jj]une", {"may", "june"}),  # lower case
    (r"(?<![\w-])mid-?\d", {"mid-0", "mid0"}),  # a lookbehind consumes nothing
    (r"[^x]y", None),  # may begin with anything
    (r"\w+ed", None),
    ("(?:last )?", None),  # may match nothing
])
def test_start_keys_are_what_every_match_begins_with(pattern, keys):
    assert start_keys(pattern, re.IGNORECASE) == (None if keys is None else frozenset(keys))


@pytest.mark.parametrize("text, expected", [
    ("Last WEEK", "last week"),
    ("\u017fix \u212a", "six k"),  # IGNORECASE matches these to s and k
    ("3\u00a0\u0663\t", "0 0 "),  # any digit, any whitespace
    ("\u0130n", "in"),  # one character for one, so offsets hold
    ("DÍA de Reyes, Å\u212b", "dia de reyes, aa"),  # accents: the base letter (and the Angstrom sign's)
])
def test_canonical_text_keeps_offsets_and_merges_what_the_regexes_merge(text, expected):
    assert canonical(text) == expected


@pytest.mark.parametrize("rule", GRAMMAR.rules, ids=lambda rule: rule.id)
def test_keys_read_through_placeholders_equal_keys_of_the_compiled_regex(rule):
    compiled = start_keys(rule.regex.pattern, rule.regex.flags)
    assert pattern_start_keys(rule.pattern, GRAMMAR.lexicon) == compiled


def _everywhere(text: str) -> list:
    """Each rule's own finditer over the whole text: what the index must reproduce."""
    return [(number, match.span(), match.groups())
            for number, rule in enumerate(GRAMMAR.rules) for match in rule.regex.finditer(text)]


def _indexed(text: str) -> list:
    return [(number, match.span(), match.groups()) for number, match in GRAMMAR.starts.finditer(text)]


@pytest.mark.parametrize("variant", [str, str.upper, lambda text: text.translate(LOOK_ALIKES)],
                         ids=["as written", "upper case", "look-alikes"])
def test_index_finds_every_match_of_every_rule_in_all_rule_texts(variant):
    text = variant(" ".join(RULE_TEXTS) + "\n" + ", ".join(RULE_TEXTS) + "(" + "\n\n".join(RULE_TEXTS))
    assert _indexed(text) == _everywhere(text)


rule_texts = st.lists(st.one_of(st.sampled_from(RULE_TEXTS), arbitrary_text), max_size=8).flatmap(
    lambda parts: st.sampled_from([" ", "", "\n", "-", "’", "."]).map(lambda sep: sep.join(parts))
)


@SOME
@given(text=rule_texts, variant=st.sampled_from([str, str.upper, lambda text: text.translate(LOOK_ALIKES)]))
def test_index_finds_every_match_of_every_rule_in_generated_text(text, variant):
    text = variant(text)
    assert _indexed(text) == _everywhere(text)


def test_look_alike_letters_are_read_as_the_letters_they_match():
    text = "It closed last week, six hours after the vote, and reopens this spring."
    settings = Settings(dct=date(2021, 11, 10))
    assert [t.value for t in tag(text.translate(LOOK_ALIKES), settings)] == [t.value for t in tag(text, settings)]


WORD_LISTS = {name: sorted(word_list.forms) for name, word_list in GRAMMAR.lexicon.lists.items() if word_list.forms}
# After a list: nothing, a required word boundary, or more text that a longer form would swallow.
CONTINUATIONS = ["", r"(?!\w)", r"(?:\.|\s+\w+)?(?!\w)", r"\s*\d"]


def _plain_alternation(forms: list[str]) -> str:
    """The longest-first alternation the tries stand for."""
    return "|".join(_spaced(form) for form in sorted(set(forms), key=lambda form: (-len(form), form)))


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_lists_compile_to_tries_that_match_as_the_plain_alternation(name):
    forms = WORD_LISTS[name]
    text = " ".join([*forms, *(form.upper() for form in forms), *(form[:-1] for form in forms),
                     *(f"{form}x {form}. {form}5" for form in forms)])
    for case_sensitive, flags in ((False, re.IGNORECASE), (True, re.IGNORECASE)):
        listed = forms + [form.upper() for form in forms] if case_sensitive else forms
        trie = _alternation(listed, case_sensitive)
        plain = f"(?-i:{_plain_alternation(listed)})" if case_sensitive else f"(?:{_plain_alternation(listed)})"
        for after in CONTINUATIONS:
            found = [m.span() for m in re.finditer(trie + after, text, flags)]
            assert found == [m.span() for m in re.finditer(plain + after, text, flags)], (name, after)


# The start keys are kept on disk between runs (grammar_cache.py): what comes back
# must be what was computed, and a bad or unwritable cache must only cost time.

def test_start_keys_come_back_from_the_cache_as_computed(tmp_path, monkeypatch):
    from ingest.timex.grammar_cache import cached_start_keys
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    computed = [frozenset({"mon", "tue"}), None, frozenset({"1"})]
    calls = []

    def compute():
        calls.append(1)
        return computed

    first = cached_start_keys(["a", "b", "c"], "lists", compute)
    second = cached_start_keys(["a", "b", "c"], "lists", compute)
    assert first == second == computed
    assert len(calls) == 1
    cached_start_keys(["a", "b", "changed"], "lists", compute)  # another grammar: computed anew
    assert len(calls) == 2


def test_a_corrupt_or_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    from ingest.timex.grammar_cache import cached_start_keys
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    computed = [frozenset({"may"})]
    cached_start_keys(["p"], "lists", lambda: computed)
    for stored in tmp_path.glob("start-keys-*.json"):
        stored.write_text("[[1, 2], 3", encoding="utf-8")
    assert cached_start_keys(["p"], "lists", lambda: computed) == computed
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("DATELINE_CACHE", str(blocked / "below-a-file"))
    assert cached_start_keys(["p"], "lists", lambda: computed) == computed


def test_the_packaged_grammar_reads_the_same_keys_from_its_cache(tmp_path, monkeypatch):
    from ingest.timex.rules import Grammar
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    grammar = default_grammar()
    fresh = Grammar(grammar.lexicon, grammar.rules).starts  # computes and stores
    cached = Grammar(grammar.lexicon, grammar.rules).starts  # reads back
    assert list(tmp_path.glob("start-keys-*.json"))
    assert cached._by_key == fresh._by_key and cached._unindexed == fresh._unindexed


# The rules' compiled regexes are kept on disk too: a regex read back must match
# exactly as the one compiled, and a bad cache must only cost time.
REGEX_CASES = [
    (r"(?<![\w$])(?:(?P<month>jan(?:uary|\.)?|feb(?:ruary)?) (?P<day>\d{1,2}))(?!\w)", re.IGNORECASE),
    (r"(?P<clock>\d{1,2})(?::(?P<minute>\d\d))?\s*(?-i:[AP]M)\b", re.IGNORECASE),
]
REGEX_TEXT = "On Jan. 5 and FEBRUARY 17, at 9:30 PM and 10 pm; Janus 3, Feb 299."


def _matches(regex: re.Pattern) -> list:
    return [(m.span(), m.groupdict()) for m in regex.finditer(REGEX_TEXT)]


def test_regexes_read_back_from_the_cache_match_as_compiled(tmp_path, monkeypatch):
    from ingest.timex.grammar_cache import RegexCache
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    first = RegexCache()
    compiled = [first.compile(source, flags) for source, flags in REGEX_CASES]
    first.save()
    assert list(tmp_path.glob("regexes-*.json"))
    again = [RegexCache().compile(source, flags) for source, flags in REGEX_CASES]
    for (source, flags), fresh, cached in zip(REGEX_CASES, compiled, again, strict=True):
        plain = re.compile(source, flags)
        assert _matches(cached) == _matches(fresh) == _matches(plain) != []
        assert (cached.groupindex, cached.groups, cached.flags) == (plain.groupindex, plain.groups, plain.flags)


def test_a_cache_of_regexes_compiled_when_needed_keeps_those_an_earlier_run_stored(tmp_path, monkeypatch):
    from ingest.timex.grammar_cache import RegexCache, lexicon_regexes_name
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    name = lexicon_regexes_name("[weekday]")
    (first_source, first_flags), (second_source, second_flags) = REGEX_CASES[:2]
    earlier = RegexCache(name, keep_stored=True)
    earlier.compile(first_source, first_flags)
    earlier.save()
    later = RegexCache(name, keep_stored=True)
    later.compile(second_source, second_flags)  # this run needs only the second
    later.save()
    stored = json.loads((tmp_path / name).read_text(encoding="utf-8"))
    assert {f"{first_flags}:{first_source}", f"{second_flags}:{second_source}"} <= set(stored)
    assert lexicon_regexes_name("[weekday]\nx") != name  # another lexicon, another file


def test_a_corrupt_regex_cache_only_costs_time(tmp_path, monkeypatch):
    from ingest.timex.grammar_cache import RegexCache
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    source, flags = REGEX_CASES[0]
    regexes = RegexCache()
    regexes.compile(source, flags)
    regexes.save()
    [stored] = tmp_path.glob("regexes-*.json")
    for damaged in ('{"broken', json.dumps({f"{flags}:{source}": [flags, [1, 2, 3], 2, {}, [None]]})):
        stored.write_text(damaged, encoding="utf-8")
        assert _matches(RegexCache().compile(source, flags)) == _matches(re.compile(source, flags))
    with pytest.raises(re.error):
        RegexCache().compile("(unclosed", 0)


def test_the_packaged_rules_read_back_from_the_regex_cache_match_as_compiled(tmp_path, monkeypatch):
    from ingest.timex.grammar_cache import RegexCache
    from ingest.timex.rules import RULES_DIR, load_lexicon, load_rules
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    lexicon, paths = load_lexicon(), sorted(RULES_DIR.glob("*.toml"))
    first = RegexCache()
    fresh = load_rules(paths, lexicon, first)
    first.save()
    cached = load_rules(paths, lexicon, RegexCache())
    text = "\n".join(example.text for rule in fresh for example in rule.examples) + "\n".join(
        reject for rule in fresh for reject in rule.rejects)
    for compiled, read_back in zip(fresh, cached, strict=True):
        assert [m.span() for m in read_back.regex.finditer(text)] == [m.span() for m in compiled.regex.finditer(text)]
