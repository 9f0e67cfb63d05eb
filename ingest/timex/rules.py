"""Load the grammar: lexicon.toml word lists and rules/*.toml, compiled once.

Each [[rule]] of a rules file has:

    id        unique across files, "<type>.<what>": date.month_day
    type      DATE (the default), TIME, DURATION or SET
    priority  an integer; breaks ties between equal spans (see engine.py)
    pattern   a regular expression with placeholders: `{month}` becomes
              `(?P<month>January|Jan\\.|...)` and `{end:month}` a second group
              `end` drawing on the same list
    value     what the match states: keys of meaning.VALUE_KEYS (documented
              in meaning.py) mapped to constants or to "{group}" ("-{group}":
              the group's value negated)
    mod       optional TimeML mod: a constant or "{group}"
    span      optional named group that is the expression; the rest is context
    negative  true for a rule that tags nothing and blocks what it overlaps
    examples  texts with their dct and expected value (and mod, type), run by
              tests/test_rules.py; a negative rule lists `rejects` instead

A space in a pattern or a form matches any run of whitespace, an apostrophe
either ' or ’. Patterns match case-insensitively; lists marked case_sensitive
keep their case inside `(?-i:...)`. The loader rejects unknown placeholders,
value keys and group references, duplicate ids and rules without examples.
Nothing else is declared for speed: Grammar.starts reads from each pattern
what its matches must begin with (scan.py), and tag() tries a rule only there.
"""
from __future__ import annotations

import atexit
import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from .grammar_cache import RegexCache, cached_start_keys, lexicon_regexes_name
from .meaning import REFERENCE, VALUE_KEYS
from .scan import ASCII_EQUIVALENTS, StartIndex, start_keys, trie_regex

HERE = Path(__file__).parent
LEXICON_PATH = HERE / "lexicon.toml"
RULES_DIR = HERE / "rules"

TYPES = ("DATE", "TIME", "DURATION", "SET")
# Whole words only, and no part of a larger number: "1462.93" is an index level, not a year.
_BEFORE = r"(?<![\w$£€#@/.-])"
_AFTER = r"(?![\w%$£€]|-\w|/\d|\.\d)"
_STAND_IN_BASE = 0xF0000  # Supplementary Private Use Area-A, for pattern_start_keys
_PLACEHOLDER = re.compile(r"\{(?:(?P<group>[a-z_][a-z0-9_]*):)?(?P<list>[a-z_][a-z0-9_]*)\}")


class GrammarError(ValueError):
    """A lexicon or rule file that cannot be compiled; the message names the culprit."""


@dataclass(frozen=True)
class WordList:
    """One named list: its regex alternative and how matched text maps to a value."""

    name: str
    regex: str
    forms: dict[str, object] = field(default_factory=dict)  # lower-cased form -> value
    convert: str | None = None  # for regex lists: "int", or None to keep the text
    members: tuple[str, ...] = ()  # for unions


@dataclass(frozen=True)
class Lexicon:
    """The named word lists that rule placeholders draw on."""

    lists: dict[str, WordList]

    def value(self, name: str, text: str) -> object:
        """The value of `text` matched by list `name`."""
        word_list = self.lists[name]
        if word_list.members:
            for member in word_list.members:
                if re.fullmatch(self.lists[member].regex, text, re.IGNORECASE):
                    return self.value(member, text)
            raise KeyError(f"{text!r} matches no member of {name}")
        if word_list.forms:
            return word_list.forms[_normalise(text)]
        if word_list.convert == "int":
            return int(re.search(r"\d[\d,]*", text).group().replace(",", ""))
        if word_list.convert == "decade":
            return int(re.match(r"\d+", text).group()) // 10
        return text


@dataclass(frozen=True)
class Example:
    """A text a rule must win on, and what it must yield (run by tests/test_rules.py)."""

    text: str
    dct: str | None
    value: str
    mod: str | None = None
    type: str | None = None


@dataclass(frozen=True)
class Rule:
    """One compiled rule of rules/*.toml; the README documents its fields."""

    id: str
    type: str
    priority: int
    regex: re.Pattern
    pattern: str  # as written, placeholders and all
    groups: dict[str, str]  # group name -> list name
    value: dict
    mod: str | None = None
    span: str | None = None  # named group that is the expression; the rest is context
    negative: bool = False
    examples: tuple[Example, ...] = ()
    rejects: tuple[str, ...] = ()


# Web text writes the apostrophe as ’ as often as ': "New Year’s Day", "the ’90s".
_APOSTROPHE = "['’]"


def _normalise(form: str) -> str:
    # As IGNORECASE matched it: "ſix" is "six", not a form the lexicon lacks.
    return re.sub(r"\s+", " ", form.translate(ASCII_EQUIVALENTS).strip().lower()).replace("’", "'")


def _spaced(literal: str) -> str:
    return re.escape(literal).replace(r"\ ", r"\s+").replace("'", _APOSTROPHE)


_SINGLE_SPACES = re.compile(r"\S*(?: \S+)*")


def _alternation(forms: list[str], case_sensitive: bool) -> str:
    """Any of the forms, longer first ("Aug." before "Aug").

    Written as a trie (scan.trie_regex), it matches exactly as the plain
    longest-first alternation, only faster: branches that part ways spell
    different letters, so only forms that are prefixes of one another can match
    at one place, and of those the longer is tried first. That holds for ASCII
    forms with single spaces; any other list keeps the plain alternation."""
    if all(form.isascii() and _SINGLE_SPACES.fullmatch(form) for form in forms):
        body = trie_regex((form if case_sensitive else form.lower() for form in forms), _spaced)
    else:
        body = "|".join(_spaced(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _compound_numbers(entries: list[dict]) -> tuple[dict[str, int], str]:
    """"twenty-four" / "twenty four" for every tens word and unit numeral (the first
    form of each entry: "one", not "a"): their values, and one pattern for them all
    (tens, separator, unit), far shorter than spelling each out."""
    tens = [e for e in entries if isinstance(e["value"], int) and 20 <= e["value"] <= 90 and e["value"] % 10 == 0]
    units = [e for e in entries if isinstance(e["value"], int) and 1 <= e["value"] <= 9]
    values = {f"{ten['forms'][0]}{sep}{unit['forms'][0]}": ten["value"] + unit["value"]
              for ten in tens for unit in units for sep in ("-", " ")}
    pattern = (f"(?:{'|'.join(ten['forms'][0] for ten in tens)})(?:-|\\s+)"
               f"(?:{'|'.join(unit['forms'][0] for unit in units)})")
    return values, pattern


def _right_after(words: list[str]) -> str:
    """Zero width, true right after any of the words and one space. Python's lookbehind
    takes fixed widths only, so each word gets its own."""
    escaped = (re.escape(word).replace(r"\ ", r"\s") for word in sorted(set(words)))
    return "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in escaped) + ")"


def _word_list(name: str, spec: dict) -> WordList:
    if "after" in spec:
        return WordList(name, _right_after(spec["after"]))
    if "union" in spec:
        return WordList(name, "", members=tuple(spec["union"]))
    if "regex" in spec:
        return WordList(name, f"(?:{spec['regex']})", convert=spec.get("convert"))
    if "entries" not in spec:
        raise GrammarError(f"lexicon list {name!r} needs entries, regex or union")
    entries = spec["entries"]
    case_sensitive = spec.get("case_sensitive", False)
    forms: dict[str, object] = {}
    surface: list[str] = []
    for entry in entries:
        for form in entry["forms"]:
            forms[_normalise(form)] = entry["value"]
            surface += [form, form.upper()] if case_sensitive else [form]
    if spec.get("compound"):
        compounds, pattern = _compound_numbers(entries)
        forms |= compounds
        return WordList(name, f"(?:{pattern}|{_alternation(surface, case_sensitive)})", forms=forms)
    return WordList(name, _alternation(surface, case_sensitive), forms=forms)


def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Compile every list of a lexicon file; unions are joined once their members exist."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    lists = {name: _word_list(name, spec) for name, spec in data.items()}
    for name, word_list in lists.items():
        missing = [m for m in word_list.members if m not in lists]
        if missing:
            raise GrammarError(f"lexicon list {name!r}: union of unknown lists {missing}")
        if word_list.members:
            regex = "|".join(lists[m].regex for m in word_list.members)
            lists[name] = WordList(name, f"(?:{regex})", members=word_list.members)
    return Lexicon(lists)


def _loosen(pattern: str) -> str:
    """Outside a character class a space matches a run of whitespace ("a ?b": optional)
    and an apostrophe either apostrophe."""
    out, in_class, escaped = [], False, False
    for index, char in enumerate(pattern):
        if char == "?" and out and out[-1] == r"\s+" and pattern[index - 1] == " ":
            out[-1] = r"\s*"
            continue
        if char == " " and not in_class and not escaped:
            out.append(r"\s+")
            continue
        if char == "'" and not in_class and not escaped:
            out.append(_APOSTROPHE)
            continue
        if not escaped:
            in_class = (in_class or char == "[") and not (in_class and char == "]")
        escaped = char == "\\" and not escaped
        out.append(char)
    return "".join(out)


def compile_pattern(pattern: str, lexicon: Lexicon, where: str,
                    regexes: RegexCache | None = None) -> tuple[re.Pattern, dict[str, str]]:
    """Turn placeholders into named groups; error on unknown lists or reused group names.
    regexes: where compiled regexes are kept between runs, if anywhere."""
    groups: dict[str, str] = {}

    def substitute(match: re.Match) -> str:
        list_name = match.group("list")
        group = match.group("group") or list_name
        if list_name not in lexicon.lists:
            raise GrammarError(f"{where}: unknown placeholder {{{list_name}}} in pattern {pattern!r}")
        if group in groups:
            raise GrammarError(f"{where}: group {group!r} used twice in {pattern!r}; write {{other:{list_name}}}")
        groups[group] = list_name
        return f"(?P<{group}>{lexicon.lists[list_name].regex})"

    body = _PLACEHOLDER.sub(substitute, _loosen(pattern))
    try:
        source = f"{_BEFORE}(?:{body}){_AFTER}"
        return (regexes.compile(source, re.IGNORECASE) if regexes else re.compile(source, re.IGNORECASE)), groups
    except re.error as error:
        raise GrammarError(f"{where}: bad pattern {pattern!r}: {error}") from None


def pattern_start_keys(pattern: str, lexicon: Lexicon) -> frozenset[str] | None:
    """The start keys (scan.py) of what compile_pattern makes of `pattern`. Each
    placeholder is one private-use character standing for its list, so a list
    that many rules share is read once."""
    if any(ord(char) >= _STAND_IN_BASE for char in pattern):
        return None  # such a character would be taken for a list; unindexed, the rule runs everywhere
    names = list(lexicon.lists)
    stand_ins: dict[str, str] = {}

    def stand_in(match: re.Match) -> str:
        char = chr(_STAND_IN_BASE + names.index(match.group("list")))
        stand_ins[char] = lexicon.lists[match.group("list")].regex
        return f"({char})"

    return start_keys(_PLACEHOLDER.sub(stand_in, _loosen(pattern)), re.IGNORECASE, stand_ins)


def _check_value(rule_id: str, value: dict, groups: dict[str, str]) -> None:
    unknown_keys = set(value) - VALUE_KEYS
    if unknown_keys:
        raise GrammarError(f"rule {rule_id}: unknown value keys {sorted(unknown_keys)}")
    for key, item in value.items():
        _check_reference(rule_id, key, item, groups)


def _check_reference(rule_id: str, key: str, item: object, groups: dict[str, str]) -> None:
    """A "{group}" or "-{group}" string must name a group of the pattern."""
    if isinstance(item, str) and item.startswith(("{", "-{")):
        reference = REFERENCE.match(item)
        if not reference or reference.group("group") not in groups:
            raise GrammarError(f"rule {rule_id}: value {key} = {item!r} names no group of the pattern")


def _rule(entry: dict, lexicon: Lexicon, where: str, regexes: RegexCache | None) -> Rule:
    rule_id = entry.get("id")
    if not rule_id:
        raise GrammarError(f"{where}: a rule without an id")
    where = f"{where}: rule {rule_id}"
    negative = entry.get("negative", False)
    if not negative and not entry.get("examples"):
        raise GrammarError(f"{where} has no examples")
    if negative and not entry.get("rejects"):
        raise GrammarError(f"{where} is negative but has no rejects")
    rule_type = entry.get("type", "DATE")
    if rule_type not in TYPES:
        raise GrammarError(f"{where}: type {rule_type!r} is not one of {TYPES}")
    if not isinstance(entry.get("priority"), int):
        raise GrammarError(f"{where}: priority must be an integer")
    regex, groups = compile_pattern(entry["pattern"], lexicon, where, regexes)
    value = entry.get("value", {})
    _check_value(rule_id, value, groups)
    _check_reference(rule_id, "mod", entry.get("mod"), groups)
    span = entry.get("span")
    if span and span not in groups and span not in regex.groupindex:
        raise GrammarError(f"{where}: span {span!r} is not a group of the pattern")
    examples = tuple(
        Example(e["text"], e.get("dct"), e["value"], e.get("mod"), e.get("type"))
        for e in entry.get("examples", [])
    )
    return Rule(
        id=rule_id, type=rule_type, priority=entry["priority"], regex=regex, pattern=entry["pattern"],
        groups=groups, value=value, mod=entry.get("mod"), span=span,
        negative=negative, examples=examples, rejects=tuple(entry.get("rejects", ())),
    )


def load_rules(paths: list[Path], lexicon: Lexicon, regexes: RegexCache | None = None) -> tuple[Rule, ...]:
    """Compile the rules of each file in order; rule ids must be unique across files.
    regexes: where compiled regexes are kept between runs, if anywhere."""
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for path in paths:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for entry in data.get("rule", []):
            rule = _rule(entry, lexicon, path.name, regexes)
            if rule.id in seen:
                raise GrammarError(f"{path.name}: duplicate rule id {rule.id!r} (also in {seen[rule.id].name})")
            seen[rule.id] = path
            rules.append(rule)
    return tuple(rules)


@dataclass(frozen=True)
class Grammar:
    """A lexicon and the rules compiled against it."""

    lexicon: Lexicon
    rules: tuple[Rule, ...]

    @cached_property
    def starts(self) -> StartIndex:
        """Where in a text each rule may match (scan.py), derived from the patterns on
        first use (or read from grammar_cache.py's cache of an earlier run's derivation)."""
        patterns = [rule.pattern for rule in self.rules]
        word_lists = json.dumps({name: word_list.regex for name, word_list in self.lexicon.lists.items()})
        keys = cached_start_keys(patterns, word_lists,
                                 lambda: [pattern_start_keys(pattern, self.lexicon) for pattern in patterns])
        return StartIndex([rule.regex for rule in self.rules], keys, _BEFORE)


@cache
def lexicon_pattern(pattern: str) -> re.Pattern:
    """A pattern written in the packaged lexicon's list names ("{complementizer}"),
    compiled as a rule's is, once: the engine's helpers read context with these."""
    regex, _ = compile_pattern(pattern, default_grammar().lexicon, f"pattern {pattern!r}", _lexicon_regexes())
    return regex


@cache
def _lexicon_regexes() -> RegexCache:
    """Where lexicon_pattern's regexes are kept between runs. The helpers compile theirs
    when they first need one, so what was new is stored when the process ends."""
    regexes = RegexCache(lexicon_regexes_name(LEXICON_PATH.read_text(encoding="utf-8")), keep_stored=True)
    atexit.register(regexes.save)
    return regexes


@cache
def default_grammar() -> Grammar:
    """The packaged grammar, compiled on first use (or read from grammar_cache.py's
    cache of an earlier run's compilation) and shared (it is immutable)."""
    lexicon = load_lexicon()
    regexes = RegexCache()
    grammar = Grammar(lexicon, load_rules(sorted(RULES_DIR.glob("*.toml")), lexicon, regexes))
    regexes.save()
    return grammar
