"""Every example of every rule, every reject of every negative rule, and the
loader's errors. `pytest -k date.month_day` runs one rule's examples."""

from __future__ import annotations

import re
from datetime import date
from itertools import combinations

import pytest

from ingest.timex import Settings, tag
from ingest.timex.engine import find_candidates
from ingest.timex.rules import GrammarError, default_grammar, load_lexicon, load_rules

GRAMMAR = default_grammar()
EXAMPLES = [(rule, example) for rule in GRAMMAR.rules for example in rule.examples]
REJECTS = [(rule, text) for rule in GRAMMAR.rules for text in rule.rejects]


def _settings(dct: str | None) -> Settings:
    return Settings(dct=date.fromisoformat(dct) if dct else None)


@pytest.mark.parametrize(
    "rule, example", EXAMPLES, ids=[f"{rule.id}[{example.text}]" for rule, example in EXAMPLES]
)
def test_rule_example(rule, example):
    found = tag(example.text, _settings(example.dct))
    by_rule = [t for t in found if t.rule == rule.id]
    assert by_rule, f"{rule.id} did not win on {example.text!r}: {[(t.text, t.rule) for t in found]}"
    timex = by_rule[0]
    assert timex.value == example.value
    assert timex.mod == example.mod
    assert timex.type == (example.type or rule.type)


@pytest.mark.parametrize("rule, text", REJECTS, ids=[f"{rule.id}[{text}]" for rule, text in REJECTS])
def test_negative_rule_rejects(rule, text):
    assert tag(text, Settings(dct=date(2021, 11, 1))) == []
    assert any(c.rule.id == rule.id for c in find_candidates(text, GRAMMAR)), f"{rule.id} does not match {text!r}"


def test_no_equal_priority_rules_claim_the_same_span():
    clashes = []
    for _, example in EXAMPLES:
        candidates = find_candidates(example.text, GRAMMAR)
        for a, b in combinations(candidates, 2):
            if (a.start, a.end) == (b.start, b.end) and a.rule.priority == b.rule.priority and a.rule.id != b.rule.id:
                clashes.append(f"{a.rule.id} and {b.rule.id} on {example.text[a.start:a.end]!r}")
    assert not clashes, "equal priority on one span: " + "; ".join(sorted(set(clashes)))


def _write(tmp_path, rules: str):
    path = tmp_path / "rules.toml"
    path.write_text(rules, encoding="utf-8")
    return [path]


GOOD = '''
[[rule]]
id = "date.weekday"
type = "DATE"
priority = 40
pattern = "{weekday}"
value = { weekday = "{weekday}" }
examples = [{ text = "Monday", value = "XXXX-WXX-1" }]
'''


@pytest.mark.parametrize(
    "rules, message",
    [
        (GOOD.replace("{weekday}\"\nvalue", "{weekdy}\"\nvalue"), "unknown placeholder {weekdy}"),
        (GOOD + GOOD, "duplicate rule id 'date.weekday'"),
        (GOOD.replace('examples = [{ text = "Monday", value = "XXXX-WXX-1" }]', ""), "has no examples"),
        (GOOD.replace('weekday = "{weekday}"', 'weekday = "{day}"'), "names no group"),
        (GOOD.replace('weekday = "{weekday}"', 'weekdya = "{weekday}"'), "unknown value keys"),
        (GOOD.replace("priority = 40", 'priority = "high"'), "priority must be an integer"),
    ],
    ids=["unknown placeholder", "duplicate id", "no examples", "unknown group", "unknown key", "priority"],
)
def test_loader_rejects_bad_rules(tmp_path, rules, message):
    with pytest.raises(GrammarError, match=message.replace("{", r"\{").replace("(", r"\(")):
        load_rules(_write(tmp_path, rules), load_lexicon())


def test_loader_accepts_a_good_rule(tmp_path):
    (rule,) = load_rules(_write(tmp_path, GOOD), load_lexicon())
    assert rule.groups == {"weekday": "weekday"}
    assert rule.regex.search("on Monday").group("weekday") == "Monday"


def test_lexicon_forms_map_to_values():
    lexicon = GRAMMAR.lexicon
    assert lexicon.value("month", "Sept.") == 9
    assert lexicon.value("count", "twenty-four") == 24
    assert lexicon.value("count", "36") == 36
    assert lexicon.value("count", "several") == "X"
    assert lexicon.value("decade_digits", "1990") == 199


@pytest.mark.parametrize("text, value", [("twenty-four", 24), ("ninety nine", 99), ("Thirty-One", 31), ("forty", 40)])
def test_tens_and_units_compound_into_one_number(text, value):
    number = re.compile(GRAMMAR.lexicon.lists["number"].regex, re.IGNORECASE)
    assert number.fullmatch(text) and GRAMMAR.lexicon.value("number", text) == value


def test_only_numerals_compound_not_articles():
    number = re.compile(GRAMMAR.lexicon.lists["number"].regex, re.IGNORECASE)
    assert number.fullmatch("twenty a") is None and number.fullmatch("twenty-an") is None
