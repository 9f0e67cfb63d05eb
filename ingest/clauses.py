"""Reading the clause a date belongs to: what happened, of what kind and type, who
and where (pure functions of a parsed doc, see nlp.parse).

The clause of a date is found on the dependency parse: from the word the date
attaches to, up to the nearest verb that heads a clause of its own. Participles
and infinitives ("results published yesterday showed", "due to begin next week")
are not such heads; the clause is the one they sit in. Relative clauses ("the wall
that collapsed last month") and coordinated verbs ("joined IS and was killed a
week ago") borrow the subject they share. Reported speech is read without its
attribution ("..., the report added", "according to ..."). When the date belongs to
a noun rather than to the clause around it ("after the fall of Kabul on Aug 15",
"claimed the Aug 26 bombing"), the happening is that noun's phrase.

- summary: that clause, with its subject, without the date phrase and the other
  clauses of the sentence, written as a headline (see headline.py). Never
  empty: the sentence itself when no clause is found.
- kind: forecast when the clause or a verb governing it speaks of what will or
  could be (a modal, "expects", "plans", "due to"); ongoing when it is going
  on ("are joining", "still", "remains", "continues"); happened otherwise.
- event_type: from event_types.toml, see event_types.py.
- actors, places: see entities.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .entities import actors_and_places, named_spans
from .event_types import OTHER, Vocabulary, read_event_type, vocabulary
from .geocode import is_place_noun
from .headline import headline
from .nlp import MODALS, SUBJECTS, subtree

HAPPENED, ONGOING, FORECAST = "happened", "ongoing", "forecast"
KINDS = (HAPPENED, ONGOING, FORECAST)

# Verbs whose dependency says they are not the head of a clause of their own.
_NOT_CLAUSE_HEADS = frozenset({"acl", "xcomp", "amod", "aux", "auxpass", "compound", "nmod", "prep"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Dependencies a date has when it says when, rather than being what the clause is about.
_DATE_AS_SUBJECT_OR_OBJECT = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "csubj"})
_FORECAST_LEMMAS = frozenset({
    "expect", "plan", "schedule", "intend", "aim", "forecast", "predict", "project",
    "anticipate", "due", "hope", "going", "likely",
})
_ONGOING_LEMMAS = frozenset({"continue", "remain", "keep", "persist", "stay", "still"})
# Children of a verb that tell its time: auxiliaries, "still", "due" in "is due to".
_KIND_MARKERS = frozenset({"aux", "auxpass", "advmod", "acomp", "neg"})
# Prepositions that set a happening's time by another one: "after the fall of Kabul".
_RELATIVE_TIME = frozenset({"after", "before", "since", "until", "till", "following"})
# Dependencies of a date written before the noun it dates: "the October slaying".
_BEFORE_NOUN = frozenset({"compound", "nmod", "amod", "poss", "npadvmod", "nummod"})


@dataclass(frozen=True)
class Clause:
    """One source's reading of the clause around a date."""

    summary: str
    kind: str = HAPPENED
    event_type: str = OTHER
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


def read_clause(doc: Doc, sentence: tuple[int, int], date: tuple[int, int]) -> Clause:
    """Read the clause of doc that the date (character offsets) belongs to; the sentence
    (character offsets) is the summary when no clause can be read. See the module
    docstring."""
    fallback = " ".join(doc.text[sentence[0]:sentence[1]].split())
    date_span = doc.char_span(*date, alignment_mode="expand")
    if date_span is None or not len(date_span):
        return Clause(summary=fallback)
    words = vocabulary()
    dated = set(range(date_span.start, date_span.end))
    path = path_to_predicate(date_span)
    nominal = _nominal_happening(path, date_span, words)
    noun_phrase = subtree(nominal) - _date_phrase(date_span, nominal) if nominal is not None else set()
    if sum(1 for i in noun_phrase if doc[i].is_alpha) >= 2:  # one word is too little to go on
        path = path[:path.index(nominal) + 1]
        tokens = noun_phrase
        kind = HAPPENED
    else:
        tokens = clause_tokens(path[-1], date_span, words)
        kind = read_kind(path)
    actors, places = actors_and_places(doc, _entity_starts_in(doc, tokens | _where_antecedent(path[-1])))
    return Clause(
        summary=headline(doc, tokens, path, dated) or fallback,
        kind=kind,
        event_type=read_event_type(path, tokens, dated),
        actors=actors,
        places=places,
    )


def path_to_predicate(date_span: Span) -> list[Token]:
    """The words from the one the date attaches to up to the head of its clause.

    A date after "since", "until", "after" or "before" followed by a when-clause
    ("since March 2020, when gales wrecked the marina") dates that clause.
    """
    root = date_span.root
    token = root if root.dep_ == "ROOT" else root.head
    if token.lower_ in _RELATIVE_TIME:
        token = next((child for child in root.children if _is_when_clause(child)), token)
    path = [token]
    while not _heads_clause(token) and token.dep_ != "ROOT":
        token = token.head
        path.append(token)
    return path


def _is_when_clause(token: Token) -> bool:
    return token.dep_ == "relcl" and any(child.lower_ == "when" for child in token.children)


def _heads_clause(token: Token) -> bool:
    """Whether the verb heads a clause of its own. An infinitive ("the third to strike")
    and a participle that only elaborates ("won, taking 31 seats") are part of the
    clause they sit in."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ in _NOT_CLAUSE_HEADS:
        return False
    if any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children):
        return False
    return not (token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
        child.dep_ in SUBJECTS or child.dep_ == "mark" for child in token.children))


def _nominal_happening(path: list[Token], date_span: Span, words: Vocabulary) -> Token | None:
    """The noun the date belongs to when the rest of the clause is not what happened then:
    "after the fall of Kabul on Aug 15, they have focused on ..." dates the fall;
    "claimed the Aug 26 bombing", "probing last Friday's bombings" date the bombings;
    "echoing statements made by officials last month" dates the statements. A noun
    that is the clause's subject is what the clause tells of ("the Aug 7 bombings
    killed 200 people"): the clause is read whole."""
    dated = set(range(date_span.start, date_span.end))
    noun = path[0]
    root = date_span.root
    if (root.dep_ in _BEFORE_NOUN and root.i < noun.i and noun.pos_ == "NOUN"
            and noun.dep_ not in SUBJECTS):
        return noun
    for noun, preposition in zip(path, path[1:]):
        if (preposition.lower_ in _RELATIVE_TIME and noun.dep_ in {"pobj", "dobj"}
                and noun.i not in dated and noun.pos_ in {"NOUN", "PROPN"}):
            return noun
    participle = path[0]
    noun = participle.head
    says_more = any(child.dep_ != "punct" and not subtree(child) & dated for child in participle.children)
    if (participle.dep_ == "acl" and says_more and noun.dep_ not in SUBJECTS
            and words.noun_type(noun.lemma_.lower())):
        return noun
    return None


def clause_tokens(predicate: Token, date_span: Span, words: Vocabulary) -> set[int]:
    """Indexes of the tokens of the predicate's clause, with its subject, without the
    date phrase, the other clauses joined to it, and attributions."""
    root = _summary_root(predicate, words)
    tokens = subtree(root)
    subject = _own_subject(root)
    if subject is None or subject.lower_ in _RELATIVE_PRONOUNS:
        tokens -= {subject.i} if subject is not None else set()
        tokens |= _borrowed_subject(root)
    elif subject.dep_ != "expl":
        tokens = tokens - subtree(subject) | _subject_phrase(subject, date_span)
    shares_date = predicate.dep_ == "conj" and predicate.head == root  # "raised and strengthened in 2019"
    for head in {root, predicate}:
        for piece in _other_clauses(head, keep_coordinated=shares_date and head == root):
            tokens -= subtree(piece)
    tokens -= _attributions(root)
    tokens -= _date_phrase(date_span, root)
    tokens -= {child.i for child in root.children
               if child.dep_ == "mark" or (child.dep_ == "advmod" and child.tag_ == "WRB")}
    return tokens - _bare_participle(date_span, tokens)


def _bare_participle(date_span: Span, tokens: set[int]) -> set[int]:
    """A participle left with nothing once the date is gone ("the foundations, laid in
    the 1890s,"), with its commas."""
    head = date_span.root.head
    if head.dep_ == "prep":
        head = head.head
    if head.dep_ not in {"acl", "amod"} or any(child.i in tokens for child in head.children):
        return set()
    edges = (head.left_edge.i - 1, head.right_edge.i + 1)
    return {head.i} | {i for i in edges if 0 <= i < len(head.doc) and head.doc[i].is_punct}


def _summary_root(predicate: Token, words: Vocabulary) -> Token:
    """The clause a summary starts from: the predicate's; the first of coordinated verbs
    when the date is all the predicate adds ("raised and strengthened in 2019"); the
    saying verb's when the reported clause only has a pronoun for subject ("Skippers
    said they had moved ...")."""
    if predicate.dep_ == "conj" and all(
            child.dep_ in {"prep", "npadvmod", "advmod"} for child in predicate.children):
        return predicate.head
    subject = _own_subject(predicate)
    head = predicate.head
    if (subject is not None and subject.tag_ == "PRP" and predicate.dep_ == "ccomp"
            and words.is_speech_verb(head.lemma_)):
        return head
    return predicate


def _own_subject(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in SUBJECTS), None)


def _subject_phrase(subject: Token, date_span: Span | None = None) -> set[int]:
    """The subject's words; a vague head gives way to its apposition ("One such recruit,
    an Afghan army officer who ..." -> "an Afghan army officer who ..."), unless the
    apposition is the date."""
    apposition = next((child for child in subject.children if child.dep_ == "appos"), None)
    if (apposition is not None and subject.pos_ != "PROPN" and not subject.ent_type_
            and (date_span is None or apposition not in date_span)):
        return subtree(apposition)
    return subtree(subject)


def _borrowed_subject(verb: Token) -> set[int]:
    """The subject a verb shares: the first of coordinated verbs' ("joined ... and was
    killed"), a relative clause's antecedent ("the wall that collapsed"), or the
    subject of the clause a participle opens ("Set up in 2015, IS recruits")."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head
    subject = _own_subject(first)
    if first.dep_ in {"relcl", "acl"} and (subject is None or subject.lower_ in _RELATIVE_PRONOUNS):
        antecedent = _antecedent(first, subject)
        comma = {first.left_edge.i - 1} if _after_punctuation(first.left_edge) else set()
        return subtree(antecedent) - subtree(first) - _after(antecedent, first) - comma
    if subject is None and first.dep_ == "advcl":
        subject = _own_subject(first.head)
    if subject is not None and (first != verb or first.dep_ == "advcl"):
        return _subject_phrase(subject)
    return set()


def _antecedent(clause: Token, pronoun: Token | None) -> Token:
    """The noun a relative clause is about. "who" stacked after a place ("the depot in
    Gardez, the capital of the province, who joined ...") is about the person the
    first relative clause described: the parser attaches it to the nearest noun."""
    antecedent = clause.head
    if pronoun is None or pronoun.lower_ not in {"who", "whom"}:
        return antecedent
    if not antecedent.ent_type_ and not is_place_noun(antecedent.lemma_):
        return antecedent
    for ancestor in antecedent.ancestors:
        if ancestor.pos_ in {"NOUN", "PROPN"} and any(
                child.dep_ == "relcl" and child.i < clause.i for child in ancestor.children):
            return ancestor
    return antecedent


def _where_antecedent(verb: Token) -> set[int]:
    """The place a "where" clause happens at, its antecedent ("the strike at Vessholm,
    where dockworkers walked out last week": at Vessholm); nothing for other clauses."""
    if verb.dep_ != "relcl" or not any(child.lower_ == "where" for child in verb.children):
        return set()
    return {verb.head.i}


def _after_punctuation(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].is_punct


def _after(antecedent: Token, clause: Token) -> set[int]:
    """Tokens of the antecedent's phrase that come after the relative clause."""
    return {token.i for token in antecedent.subtree if token.i > clause.right_edge.i}


def _other_clauses(root: Token, keep_coordinated: bool) -> list[Token]:
    """Clauses joined to root that tell of something else: clauses opened by "after",
    "as", "when" ..., and coordinated verbs (with the conjunction and comma before
    them) unless the date is shared by them all."""
    marked = [child for child in root.children if child.dep_ == "advcl" and any(
        grandchild.dep_ == "mark" or grandchild.tag_ == "WRB" for grandchild in child.children)]
    if keep_coordinated:
        return marked
    verbs = [child for child in root.children if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}]
    joiners = [child for child in root.children if verbs and child.dep_ in {"cc", "punct"}
               and root.i < child.i < verbs[-1].left_edge.i]
    return marked + verbs + joiners


def _attributions(root: Token) -> set[int]:
    """"according to ..." inside the clause."""
    found: set[int] = set()
    for token in root.subtree:
        if token.lower_ == "according" and token.dep_ == "prep":
            found |= subtree(token)
    return found


def _date_phrase(date_span: Span, clause_root: Token) -> set[int]:
    """The date with what hangs from it ("as little as six months", "2019, when its
    operator said ...") and the preposition it hangs from, unless the date is what
    the clause is about ("This year has started badly")."""
    root = date_span.root
    if root.dep_ in _DATE_AS_SUBJECT_OR_OBJECT:
        return set()
    phrase = {token.i for token in date_span} | subtree(root)
    for child in root.children:
        if clause_root in child.subtree:
            phrase -= subtree(child)
    head = root.head
    if head.dep_ == "prep" and clause_root not in head.subtree and all(
            child.i in phrase for child in head.children if child.dep_ == "pobj"):
        phrase |= subtree(head)
    return phrase


def _entity_starts_in(doc: Doc, tokens: set[int]) -> set[int]:
    """Starts of entities that overlap the tokens (an entity cut by the date phrase)."""
    return {entity.start for entity in named_spans(doc) if any(i in tokens for i in range(entity.start, entity.end))}


def read_kind(path: list[Token]) -> str:
    """forecast, ongoing or happened, from the verbs on the path, the verb governing
    the clause ("expects the wall to be finished") and their auxiliaries and adverbs."""
    verbs = [token for token in path if token.pos_ in {"VERB", "AUX", "ADJ"}]
    predicate = path[-1]
    if predicate.dep_ in {"ccomp", "xcomp"} and predicate.head.pos_ in {"VERB", "AUX"}:
        verbs.append(predicate.head)
    markers = verbs + [child for verb in verbs for child in verb.children if child.dep_ in _KIND_MARKERS]
    if any(_is_forecast_marker(token) for token in markers):
        return FORECAST
    if any(token.lemma_ in _ONGOING_LEMMAS for token in markers) or any(
            _is_present_progressive(verb) for verb in verbs):
        return ONGOING
    return HAPPENED


def _is_forecast_marker(token: Token) -> bool:
    if token.dep_ == "aux" and token.lower_ in MODALS:
        return True
    return token.lemma_ in _FORECAST_LEMMAS


def _is_present_progressive(token: Token) -> bool:
    return token.tag_ == "VBG" and any(
        child.dep_ == "aux" and child.tag_ in {"VBP", "VBZ"} for child in token.children)


