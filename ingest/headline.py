"""A clause's tokens as a headline-style summary (pure functions of a parsed doc).

The summary keeps the words of the clause in their order, minus a dateline
("WASHINGTON:"), quotation marks and the auxiliaries of a passive verb ("officer
killed", as headlines write it). While it is longer than SUMMARY_MAX_WORDS it
loses optional pieces, group by group and the longest first: appositions and
subordinate clauses, then participles and coordinated phrases, then prepositional
phrases and adverbs, then relative clauses, then reported clauses; never the words
between the date and the clause's verb. Spacing is the text's own; punctuation
left dangling where a piece was cut out goes, and so do a leading "But" and article.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .nlp import MODALS, is_quote, subtree

SUMMARY_MAX_WORDS = 24
# Pieces a long summary loses, group by group (see the module docstring).
_PRUNABLE = (
    frozenset({"appos", "parataxis", "advcl"}),
    frozenset({"acl", "conj"}),
    frozenset({"prep", "advmod", "npadvmod", "dative"}),
    frozenset({"relcl"}),
    frozenset({"ccomp"}),
)
_PIECE_EDGES = frozenset({",", "(", ")", "-", "–", "—"})


def headline(doc: Doc, tokens: set[int], path: list[Token], dated: set[int]) -> str:
    """The tokens of a clause as a headline; path runs from the date's word to the
    clause's verb, dated holds the date's tokens."""
    kept = tokens - _dateline(doc, tokens) - _passive_auxiliaries(path[-1])
    kept = {i for i in kept if not is_quote(doc[i]) and not doc[i].is_space}
    essential = {token.i for token in path}
    essential |= {child.i for child in path[-1].children if child.dep_ == "ccomp"}
    clause = subtree(path[-1])
    kept = _shorten(doc, kept, essential, clause)
    # a subject borrowed from later in the sentence ("Set up in 2015, IS ...") goes first
    borrowed_later = sorted(i for i in kept if i not in clause and i > path[-1].i)
    return _join(doc, borrowed_later + sorted(kept - set(borrowed_later)), dated)


def _dateline(doc: Doc, tokens: set[int]) -> set[int]:
    """A dateline opening the sentence ("WASHINGTON:", "PORT AVERLEY -")."""
    if not tokens:
        return set()
    first = doc[min(tokens)].sent.start
    for token in doc[first:first + 5]:
        spaced = token.i > first and (token.whitespace_ if token.text == ":" else doc[token.i - 1].whitespace_)
        if token.text in {":", "-", "–", "—"} and spaced:
            return set(range(first, token.i + 1))
        if not (token.is_alpha and token.is_upper):
            break
    return set()


def _passive_auxiliaries(verb: Token) -> set[int]:
    """"was", "had been" of a passive verb, dropped as headlines do ("officer killed");
    kept after a modal ("will be reconnected") and in the active ("has spoken")."""
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if not any(child.dep_ == "auxpass" for child in auxiliaries):
        return set()
    if any(child.lower_ in MODALS or child.lower_ == "to" for child in auxiliaries):
        return set()
    return {child.i for child in auxiliaries if child.lemma_ in {"be", "have"}}


def _shorten(doc: Doc, kept: set[int], essential: set[int], clause: set[int]) -> set[int]:
    """Drop optional pieces, the least needed and longest first, until the summary fits;
    a piece takes the commas around it along. A piece of a borrowed subject never takes
    the clause with it, even where the parser hung the clause from it."""
    for group in _PRUNABLE:
        while _word_count(doc, kept) > SUMMARY_MAX_WORDS:
            pieces = [piece for i in kept if doc[i].dep_ in group
                      if not (piece := _piece(doc[i], kept, clause)) & essential]
            if not pieces:
                break
            piece = max(pieces, key=len)
            kept -= piece | {i for i in (min(piece) - 1, max(piece) + 1)
                             if 0 <= i < len(doc) and (doc[i].text in _PIECE_EDGES or doc[i].dep_ == "cc")}
    if _word_count(doc, kept) > SUMMARY_MAX_WORDS:
        words = [i for i in sorted(kept) if not doc[i].is_punct]
        kept = {i for i in kept if i <= words[SUMMARY_MAX_WORDS - 1]}
    return kept


def _piece(token: Token, kept: set[int], clause: set[int]) -> set[int]:
    piece = subtree(token) & kept
    return piece if token.i in clause else piece - clause


def _word_count(doc: Doc, kept: set[int]) -> int:
    return sum(1 for i in kept if not doc[i].is_punct)


def _join(doc: Doc, ordered: list[int], dated: set[int]) -> str:
    """The tokens as text, in the given order: original spacing between neighbours, one
    space across gaps, no punctuation left dangling at either end or doubled where a
    piece was cut out, no conjunction ("But"), article or demonstrative first."""
    while ordered and (doc[ordered[0]].is_punct or doc[ordered[0]].dep_ == "cc"):
        ordered = ordered[1:]
    if len(ordered) > 1 and doc[ordered[0]].dep_ == "det" and doc[ordered[0]].head.i not in dated:
        ordered = ordered[1:]
    parts: list[str] = []
    for position, index in enumerate(ordered):
        token = doc[index]
        text = token.text
        if position == 0 and token.is_sent_start is False and token.pos_ != "PROPN":
            text = text[:1].lower() + text[1:]
        elif position > 0 and token.is_sent_start and token.pos_ != "PROPN" and not token.is_upper:
            text = text[:1].lower() + text[1:]
        following = ordered[position + 1] if position + 1 < len(ordered) else None
        parts.append(text + (token.whitespace_ if following == index + 1 else " "))
    text = " ".join("".join(parts).split())
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    text = re.sub(r"\s+([,;:.)\]])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"([,;:])(\s*[,;:])+", r"\1", text)
    text = _balanced_brackets(text).strip(" ,;:-–—.")
    return text[:1].upper() + text[1:]


def _balanced_brackets(text: str) -> str:
    """The text without brackets whose partner was cut out with a piece."""
    opening_of = {")": "(", "]": "["}
    open_positions: list[int] = []
    unmatched: set[int] = set()
    for position, char in enumerate(text):
        if char in "([":
            open_positions.append(position)
        elif char in opening_of:
            if open_positions and text[open_positions[-1]] == opening_of[char]:
                open_positions.pop()
            else:
                unmatched.add(position)
    unmatched.update(open_positions)
    kept = "".join(char for position, char in enumerate(text) if position not in unmatched)
    return " ".join(kept.split())
