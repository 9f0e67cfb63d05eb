"""Who and where: the actors and places a clause names (pure functions of a parsed doc).

Actors are the people, organisations and groups the language model finds (PERSON,
ORG, NORP used as a noun: "the Greens", not the modifier in "Afghan army") and
countries or cities that act ("the U.S. withdrew"); an organisation that is part of
a person's title ("Secretary of Defence Colin Kahl") is not one. Places are the other
countries, cities, regions and facilities (GPE, LOC, FAC); "Kessmoor and Dunmere"
is two places. Names are cleaned ("the Taliban" -> "Taliban", possessives dropped),
places take their gazetteer name ("U.S." -> "United States"), a person named by
surname takes the full name the document gave them ("Kahl" -> "Colin Kahl") and an
organisation named by its first word takes its full name ("Norvik" -> "Norvik
Foods"), so sources that write a name differently agree. A name of two words or
more that the model recognised once is a name wherever the article writes it again
(named_spans): the model does not always tag it twice.

The small model mistakes some place names for people or organisations ("the depot
in Gardez", "a bridge at Harrow Cross"). A name after "at", "near" or "outside" (and
a PERSON after "in") is a place, and so is a name a "where" clause refers to ("off
Rendham, where dockers walked out"). A PERSON is also a place when the gazetteer knows it
and it stands after a preposition of place ("from", "across", ...) or it is a single
word that is the own name of a sizeable place; never when the document uses it as
somebody's surname ("Petra Lund" ... "Lund said").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .event_types import vocabulary
from .geocode import canonical_name, is_demonym, is_place_noun, locate, name_key

ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Dependencies by which a country or city is the one acting: "the U.S. withdrew".
_ACTING = frozenset({"nsubj", "nsubjpass"})
_MODIFYING = frozenset({"compound", "poss", "nmod", "npadvmod", "amod"})
_PLACE_PREPOSITIONS = frozenset({
    "in", "at", "near", "from", "outside", "around", "across", "into", "inside",
    "towards", "toward", "through", "throughout",
})
# Prepositions after which a name is a site, whatever the model says: "a bridge at
# Harrow Cross" (tagged ORG), "the depot in Gardez" (tagged PERSON; "in" for people only).
_SITE_PREPOSITIONS = frozenset({"at", "near", "outside"})
# A one-word PERSON that is the name of a place this big is taken to be that place.
PLACE_NAME_MIN_POPULATION = 15000
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
_EDGE_CHARACTERS = " \t\n\"'“”‘’()[],.:;-–—"


def actors_and_places(doc: Doc, tokens: set[int]) -> tuple[list[str], list[str]]:
    """The actors and places among the names (named_spans) that start at one of the
    token indexes, each once, in order of appearance."""
    surnames = _surnames(doc)
    short_names = {**_organisation_short_names(doc), **surnames}
    person_starts = {entity.start for entity in doc.ents if entity.label_ == "PERSON"}
    actors: list[str] = []
    places: list[str] = []
    for entity in named_spans(doc):
        if entity.start not in tokens:
            continue
        if entity.label_ == "ORG" and entity.end in person_starts:
            continue  # part of a person's title: "Under Secretary of Defence Colin Kahl"
        role = _role(entity, surnames)
        if role == "place":
            for part in re.split(r"\s+(?:and|&)\s+", entity.text):
                _add(places, place_name(part))
        elif role == "actor":
            _add(actors, _actor_name(entity, short_names))
    return actors, places


def named_spans(doc: Doc) -> list[Span]:
    """The model's entities, and the other places in the document where a name of two
    words or more that it recognised is written again but was missed there: a name
    keeps its meaning within one article ("Norvik Foods" in the headline and, untagged,
    as the subject of the first sentence)."""
    spans = list(doc.ents)
    taken = {i for entity in doc.ents for i in range(entity.start, entity.end)}
    for entity in doc.ents:
        name = clean_name(entity.text)
        if entity.label_ not in ACTOR_LABELS | PLACE_LABELS or len(name.split()) < 2:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
            span = doc.char_span(match.start(), match.end(), label=entity.label_)
            if span is not None and not taken & set(range(span.start, span.end)):
                spans.append(span)
                taken.update(range(span.start, span.end))
    return sorted(spans, key=lambda span: span.start)


def place_name(text: str) -> str:
    """The cleaned name, as the gazetteer names the place when it knows it as such."""
    return canonical_name(clean_name(text))


def clean_name(text: str) -> str:
    """An entity's text as a name: one line, no leading "the", no possessive, no quotes;
    the final period of an abbreviation stays ("N.Y.")."""
    words = " ".join(text.split()).strip(_EDGE_CHARACTERS.replace(".", "")).split(" ")
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    name = " ".join(words)
    for possessive in ("'s", "’s", "'", "’"):
        name = name.removesuffix(possessive)
    edges = _EDGE_CHARACTERS if name.count(".") < 2 else _EDGE_CHARACTERS.replace(".", "")
    return name.strip(edges)


def _role(entity: Span, surnames: dict[str, str]) -> str | None:
    label = entity.label_
    if label == "PERSON" and _misread_place(entity, surnames):
        return "place"
    if label in ACTOR_LABELS and _has_where_clause(entity):
        return "place"
    if label == "ORG" and _after_preposition(entity, _SITE_PREPOSITIONS):
        return "place"
    if label == "NORP" or (label == "GPE" and is_demonym(entity.text)):
        root = entity.root
        return None if root.tag_ in _ADJECTIVE_TAGS or root.dep_ in {"amod", "compound"} else "actor"
    if label in ACTOR_LABELS:
        return "actor"
    if label == "GPE" and _acts(entity):
        return "actor"
    if label in PLACE_LABELS:
        return "place"
    return None


def _acts(entity: Span) -> bool:
    """A country or city that acts, or is a party ("US forces", "Afghanistan's army"):
    a subject, an agent, or the modifier of a noun that names neither a place nor a
    happening ("the Kabul airport", "the Nairobi bombing" are places)."""
    root = entity.root
    if root.dep_ in _ACTING or (root.dep_ == "pobj" and root.head.dep_ == "agent"):
        return True
    head = root.head
    return (root.dep_ in _MODIFYING and head.pos_ in {"NOUN", "PROPN", "VERB"}
            and head.ent_type_ not in PLACE_LABELS and not is_place_noun(head.lemma_)
            and not vocabulary().noun_type(head.lemma_.lower()))


def _misread_place(entity: Span, surnames: dict[str, str]) -> bool:
    name = clean_name(entity.text)
    if name in surnames:
        return False
    if _after_preposition(entity, _SITE_PREPOSITIONS | {"in"}):
        return True
    location = locate(name)
    if location is None:
        return False
    if _after_preposition(entity, _PLACE_PREPOSITIONS):
        return True
    return (len(entity) == 1 and name_key(location.name) == name_key(name)
            and location.population >= PLACE_NAME_MIN_POPULATION)


def _has_where_clause(entity: Span) -> bool:
    """Whether a "where" clause hangs from the name: "off Rendham, where dockers walked
    out" (what "where" refers to is a place, whatever the model took it for)."""
    return any(child.dep_ == "relcl" and any(word.lower_ == "where" for word in child.children)
               for child in entity.root.children)


def _after_preposition(entity: Span, prepositions: frozenset[str]) -> bool:
    root = entity.root
    return root.dep_ == "pobj" and root.head.lower_ in prepositions


def _surnames(doc: Doc) -> dict[str, str]:
    """Last word -> full name, for the full names (two words or more) the document gives
    people; the first full name with a last word keeps it."""
    full_names: dict[str, str] = {}
    for entity in doc.ents:
        if entity.label_ == "PERSON" and len(entity) > 1:
            full_names.setdefault(entity[-1].text, clean_name(entity.text))
    return full_names


def _organisation_short_names(doc: Doc) -> dict[str, str]:
    """First word -> full name, for the organisations of two words or more the document
    names ("Norvik" -> "Norvik Foods"); the first full name with a first word keeps it."""
    full_names: dict[str, str] = {}
    for entity in doc.ents:
        name = clean_name(entity.text)
        if entity.label_ == "ORG" and len(name.split()) > 1:
            full_names.setdefault(name.split()[0], name)
    return full_names


def _actor_name(entity: Span, short_names: dict[str, str]) -> str:
    """The actor's name; a person or organisation named by one word gets the full name
    the document gave them ("Kahl" -> "Colin Kahl", "Norvik" -> "Norvik Foods"), so
    one actor is one name."""
    if entity.label_ == "GPE":
        return place_name(entity.text)
    name = clean_name(entity.text)
    return short_names.get(name, name) if entity.label_ in {"PERSON", "ORG"} else name


def _add(names: list[str], name: str) -> None:
    if name and name not in names:
        names.append(name)
