"""The event-type vocabulary (event_types.toml) and reading a clause's type with it.

The file documents its own format and the order in which a clause's words are
consulted; this module loads and checks it, once. `types()` lists the type names
with their one-line meanings, in the file's order, followed by "other".
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from .nlp import CORE_ARGUMENTS, is_quote

VOCABULARY_PATH = Path(__file__).with_name("event_types.toml")
OTHER = "other"
# Dependents that leave a verb's complement bare: "burst its banks", "give way".
_DETERMINERS = frozenset({"det", "poss"})
_KEYS = {"meaning", "verbs", "speech_verbs", "nouns", "refines", "context"}


class VocabularyError(ValueError):
    """event_types.toml is malformed; the message names the type and the problem."""


@dataclass(frozen=True)
class Vocabulary:
    """Word -> type lookups built from event_types.toml."""

    meanings: dict[str, str]
    verbs: dict[str, str]
    speech_verbs: dict[str, str]
    nouns: dict[str, str]
    light_verbs: frozenset[str]
    refinements: dict[str, list[tuple[str, frozenset[str]]]]  # type -> [(narrower type, context)]

    def verb_type(self, lemma: str, introduces_speech: bool) -> str | None:
        """The type a verb signals; a speech verb only when it introduces what was said."""
        if introduces_speech and lemma in self.speech_verbs:
            return self.speech_verbs[lemma]
        return self.verbs.get(lemma)

    def is_speech_verb(self, lemma: str) -> bool:
        """Whether the verb reports what someone said ("say", "tell", "add")."""
        return lemma in self.speech_verbs

    def noun_type(self, lemma: str) -> str | None:
        return self.nouns.get(lemma)

    def refine(self, event_type: str, clause_lemmas: set[str]) -> str:
        """The narrower type whose context the clause names ("told the committee"), if any."""
        for narrower, context in self.refinements.get(event_type, []):
            if context & clause_lemmas:
                return narrower
        return event_type


def types() -> dict[str, str]:
    """Every event type with its meaning, in the vocabulary's order, then "other"."""
    return {**vocabulary().meanings, OTHER: "none of the types above: the clause names no signal word"}


@cache
def vocabulary() -> Vocabulary:
    with VOCABULARY_PATH.open("rb") as handle:
        return build_vocabulary(tomllib.load(handle))


def build_vocabulary(table: dict) -> Vocabulary:
    """Check the parsed file and index its words; the first type to list a word keeps it."""
    light_verbs = frozenset(table.get("light_verbs", []))
    entries = {name: entry for name, entry in table.items() if name != "light_verbs"}
    meanings: dict[str, str] = {}
    verbs: dict[str, str] = {}
    speech_verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    refinements: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for name, entry in entries.items():
        _check_entry(name, entry, entries)
        meanings[name] = entry["meaning"]
        for verb in entry.get("verbs", []):
            verbs.setdefault(verb, name)
        for verb in entry.get("speech_verbs", []):
            speech_verbs.setdefault(verb, name)
        for noun in entry.get("nouns", []):
            nouns.setdefault(noun, name)
        if "refines" in entry:
            refinements.setdefault(entry["refines"], []).append((name, frozenset(entry["context"])))
    return Vocabulary(meanings, verbs, speech_verbs, nouns, light_verbs, refinements)


def _check_entry(name: str, entry: object, entries: dict) -> None:
    if not isinstance(entry, dict):
        raise VocabularyError(f"{name}: expected a [{name}] table")
    if name == OTHER:
        raise VocabularyError(f"{OTHER}: reserved for clauses no type fits")
    unknown = set(entry) - _KEYS
    if unknown:
        raise VocabularyError(f"{name}: unknown keys {sorted(unknown)}")
    if not isinstance(entry.get("meaning"), str) or not entry["meaning"]:
        raise VocabularyError(f"{name}: needs a one-line meaning")
    if not entry.get("verbs") and not entry.get("speech_verbs") and not entry.get("nouns"):
        raise VocabularyError(f"{name}: lists no verbs and no nouns")
    if ("refines" in entry) != ("context" in entry):
        raise VocabularyError(f"{name}: refines and context go together")
    if "refines" in entry and entry["refines"] not in entries:
        raise VocabularyError(f"{name}: refines unknown type {entry['refines']!r}")


def read_event_type(path: list[Token], tokens: set[int], dated: set[int]) -> str:
    """The type signalled by the clause's verb, else by the words between it and the
    date, else by its subject and objects, else by any of its nouns (see
    event_types.toml), refined by the clause's other words; "other" when none does.

    path runs from the word the date attaches to up to the clause's verb; tokens are
    the clause's token indexes and dated the date's."""
    words = vocabulary()
    doc = path[0].doc
    predicate = path[-1]
    arguments = [child for child in predicate.children if child.dep_ in CORE_ARGUMENTS or child.dep_ == "prep"]
    nouns = [doc[i] for i in sorted(tokens) if doc[i].pos_ == "NOUN" and doc[i].dep_ != "compound"]
    for token in [predicate, *path[:-1], *arguments, *nouns]:
        found = None if token.i in dated else _word_type(token, dated, words)
        if found:
            return words.refine(found, {doc[i].lemma_.lower() for i in tokens})
    return OTHER


def _word_type(token: Token, dated: set[int], words: Vocabulary) -> str | None:
    if token.dep_ == "prep":
        objects = [child for child in token.children if child.dep_ == "pobj" and child.i not in dated]
        return next((found for child in objects if (found := _word_type(child, dated, words))), None)
    if token.pos_ in {"NOUN", "PROPN"}:
        return noun_type(token, words)
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    forms = _verb_forms(token)
    if forms[-1] in words.light_verbs:
        for child in token.children:
            if child.i in dated:
                continue
            if child.dep_ in CORE_ARGUMENTS and (found := noun_type(child, words)):
                return found
            if child.dep_ in {"xcomp", "advcl"} and (found := _word_type(child, dated, words)):
                return found
    introduces_speech = any(child.dep_ in {"ccomp", "parataxis"} for child in token.children) or (
        token.dep_ in {"parataxis", "ROOT"} and any(is_quote(t) for t in token.sent))
    return next((found for form in forms if (found := words.verb_type(form, introduces_speech))), None)


def noun_type(noun: Token, words: Vocabulary) -> str | None:
    """The type of a noun with its compound modifier ("drone strike"), else of the noun
    alone, else of the modifier, which then says what kind of thing the noun is
    ("takeover offer", "strike action")."""
    lemma = noun.lemma_.lower()
    modifiers = [child.lemma_.lower() for child in noun.children if child.dep_ == "compound"]
    forms = [f"{modifier} {lemma}" for modifier in modifiers] + [lemma] + modifiers
    return next((found for form in forms if (found := words.noun_type(form))), None)


def _verb_forms(verb: Token) -> list[str]:
    """The verb's lemma with its particle ("take over"), its preposition ("break
    through") or a complement that is a bare word ("give way", "shoot dead") or has
    only a determiner ("burst its banks": "burst banks"), most specific first, then
    the lemma alone."""
    lemma = verb.lemma_.lower()
    # The parser often takes a particle for an adverb: "walked out" (advmod).
    particles = [f"{lemma} {child.lower_}" for child in verb.children if child.dep_ in {"prt", "advmod"}]
    complements = [f"{lemma} {child.lower_}" for child in verb.children
                   if child.dep_ == "prep" or (child.dep_ in {"dobj", "acomp"} and all(
                       grandchild.dep_ in _DETERMINERS for grandchild in child.children))]
    return particles + complements + [lemma]
