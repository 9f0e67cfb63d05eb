"""Which way a sentence points in time, from the verb chains around an expression.

HeidelTime reads the tense off part-of-speech tags; without a tagger we use the
lexicon's future_cue, intention_cue, open_end_cue, past_perfect_cue, past_cue
and present_cue lists. Cues at most two words apart form one verb chain ("will
be held"), which is future if any of its cues is, unless a clause opens between
them ("said the talks would") or a comma parts them ("the sale, which had been
expected, is part of a plan"). The chain before the expression governs it
("will leave Thursday, officials said" is future; "said Monday it will ..." is
past for "Monday"); a chain after it decides only when none comes before, and
only if near or the expression opens the sentence ("On Friday, the court
ruled"), or when a reported or relative clause opens between the chain before
and the expression ("said on Monday that the vote on Sunday will go ahead").
A verb of saying set off by commas governs nothing after it (", she said last
week, but not before the May 9 vote"), nor does a chain across a semicolon
("go on sale Monday; tickets for Friday's semifinal sold out").

An intention ("agreed to buy", "an agreement to buy") points ahead to what
follows it and is a past event for what precedes it ("On Monday, the council
voted to close"). "Until" and "through" ("loans through January") point ahead
unless a past verb shares their chain ("remained in jail until Friday");
opening the sentence they are the expression's preposition, no verb ("Until
Thursday, police had not named a suspect"). A present-tense chain ("when the
case is heard") points neither way, unless it opens with "if" or "when" in a
sentence with a future ("if it is rejected Friday, they will strike"); nor does
a plan in the past perfect ("had been due to expire").

A clause opened about the time itself (time_clause) tells its side before any
chain: "warnings for Friday, when crowds will be out" lies ahead. The two ends
of a range or pair of days or months ("from Tuesday through Thursday",
"in April or May", "Nov 5-7") are read as one expression, so they share one side.

A month naming a futures contract is a delivery month, ahead whatever the verbs
say ("the January contract fell", lexicon delivery_contract). A chain after the
expression in a clause of its own (", and ...") does not govern it.

A day's possessive speaks for itself, whatever the verbs say: after a word of
waiting (the anticipation list) it lies ahead ("awaiting Thursday's decision"),
after one of looking back (aftermath) behind ("the fallout from Thursday's
vote"), and a reported outcome (reported_outcome) lies behind ("will appeal
Wednesday's ruling", "over Friday's closing price"). After "until" the chains
decide, as above ("the offer runs until Friday's close"). A day's thing called
off in the past (called_off: "Sunday's fair had been cancelled") may lie on
either side of today: the nearest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .rules import default_grammar, lexicon_pattern

_MAX_WORDS_IN_CHAIN = 2
# A chain after the expression governs it when the expression opens the
# sentence ("In January, a week after ..., a bomb killed"), else only when this
# close: "a judge on Wednesday set a date, rejecting a request to delay the
# case until after" is no future.
_MAX_WORDS_TO_LATER_CHAIN = 6
_MAX_WORDS_BEFORE_OPENING = 2  # "In", "Late on"
_STRENGTH = ("present", "open_end", "past", "intention", "future")  # a chain takes its strongest cue
_CUES = (*_STRENGTH, "past_perfect")
# What a chain's cue says of an expression after it and of one before it.
_READING_AFTER_CHAIN = {"intention": "future", "open_end": "future"}
_READING_BEFORE_CHAIN = {"intention": "past", "open_end": "future"}


# Future first: at the same position "expected to" is a future cue, not a past "-ed".
_CUE = "{future_cue}|{intention_cue}|{past_perfect_cue}|{past_cue}|{present_cue}|{open_end_cue}"
_RANGE_CLOSE = "{range_joiner} (?:{weekday}|{month_name})"  # " through Thursday", " or May"
_DAYS_CLOSE = re.compile(r"[-–]\d{1,2}\b")  # "Nov 5-7"
_RANGE_OPEN = r"(?:{weekday}|{month_name}) {range_joiner} $"  # "Tuesday through ", "April or "
_POSSESSIVE_LEAD = r"{possessive_lead}\s*$"
_POSSESSIVE = re.compile(r"['’]s\s+")
# A present tense after these, with a future in the sentence, is the future's: "if it is approved Friday, ... will"
_CONDITION_OPENS = re.compile(r"\b(?:if|unless|once|when|as soon as)\s", re.IGNORECASE)
_THINGS_FOR = re.compile(r"[a-z]s\s+for\s+\Z")  # "flights for ", "classes for "
_SPACE = re.compile(r"\s*")
_SPACE_OR_COMMA = re.compile(r"[\s,]*")
_LEFT_TO_CHAINS = "chains"  # the possessive_lead value of "until"
# How far back a range's start may begin: "Wednesday through " is 17 characters.
_MAX_RANGE_START_CHARS = 24
# How far back a cue right before the expression may begin: "since the ", "flights for ".
_MAX_CUE_CHARS = 32


@lru_cache(maxsize=64)
def _cues(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, cue name) of every tense cue in the sentence; a sentence with
    several expressions is searched once (this search is most of tense's cost)."""
    cues = ((match.start(), match.end(), next(name for name in _CUES if match.group(f"{name}_cue")))
            for match in lexicon_pattern(_CUE).finditer(sentence))
    asides = [aside.span() for aside in _AS_ANNOUNCED.finditer(sentence)]
    return tuple((start, end, cue) for start, end, cue in cues if cue != "past" or not (
        _WITH_SUBJECT.search(sentence, max(0, start - _MAX_CUE_CHARS), start)
        or any(aside_start <= start < aside_end for aside_start, aside_end in asides)))


# A participle after "with" and its noun tells no tense: "will close on July 24, with schools closed from June 11";
# nor does one of comparison: "would begin on October 27 as earlier announced"
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:the\s+|its\s+|their\s+|all\s+)?[a-z]+\s+\Z")
_AS_ANNOUNCED = re.compile(r"\bas\s+(?:earlier\s+|previously\s+|first\s+)?(?:announced|planned|scheduled|agreed|promised)\b")


def _chains(sentence: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of the verb chains outside sentence[start:end]."""
    chains: list[list] = []
    for cue_start, cue_end, cue in _cues(sentence):
        if cue_start < end and cue_end > start:
            continue  # the expression's own words ("last Friday") are not a cue
        if chains:
            previous = chains[-1]
            between = sentence[previous[1]:cue_start]
            crosses_expression = previous[1] <= start and cue_start >= end
            one_clause = not lexicon_pattern("{clause_opener}").search(between) and "," not in between
            if len(between.split()) <= _MAX_WORDS_IN_CHAIN and not crosses_expression and one_clause:
                previous[1] = cue_end
                previous[2].add(cue)
                continue
        chains.append([cue_start, cue_end, {cue}])
    return [(chain_start, chain_end, _chain_tense(cues)) for chain_start, chain_end, cues in chains]


def _chain_tense(cues: set[str]) -> str:
    """The strongest cue; but a plan in the past perfect ("had been due to expire")
    says nothing of which side of today it lies on, and a bare "had" is past."""
    if "past_perfect" in cues:
        return "present" if cues & {"future", "intention"} else "past"
    return max(cues, key=_STRENGTH.index)


def _possessive_reading(sentence: str, start: int, end: int) -> str | None:
    """'future' for a possessive something waits for ("ahead of Thursday's vote"),
    'past' for one looked back on ("the fallout from Thursday's vote") or naming
    a reported outcome ("Wednesday's ruling"), else None: the verb chains decide."""
    possessive = _POSSESSIVE.match(sentence, end)
    if possessive is None:
        return None
    lead = lexicon_pattern(_POSSESSIVE_LEAD).search(sentence, 0, start)
    if lead:
        reading = default_grammar().lexicon.value("possessive_lead", lead.group("possessive_lead"))
        return None if reading == _LEFT_TO_CHAINS else reading
    if lexicon_pattern("{reported_outcome}").match(sentence, possessive.end()):
        return "past"
    return None


def _names_called_off_thing(sentence: str, start: int, end: int) -> bool:
    """Whether the expression is a day's possessive, or a day things are for, whose thing
    its clause calls off: "Sunday's fair had been cancelled", "the city cancelled Sunday's
    fair", "flights for Sunday were cancelled"."""
    if _POSSESSIVE.match(sentence, end) is None and _THINGS_FOR.search(sentence, max(0, start - _MAX_CUE_CHARS), start) is None:
        return False
    clause_start = sentence.rfind(",", 0, start) + 1
    clause_end = sentence.find(",", end)
    clause_end = len(sentence) if clause_end < 0 else clause_end
    return lexicon_pattern("{called_off}").search(sentence, clause_start, clause_end) is not None


def _range_extent(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span of the range or pair the expression opens or closes, else its own."""
    close = _DAYS_CLOSE.match(sentence, end) or \
        lexicon_pattern(_RANGE_CLOSE).match(sentence, _SPACE.match(sentence, end).end())
    if close:
        return start, close.end()
    opening = lexicon_pattern(_RANGE_OPEN).search(sentence, max(0, start - _MAX_RANGE_START_CHARS), start)
    return (opening.start(), end) if opening else (start, end)


def _time_clause_reading(sentence: str, end: int, chains: list[tuple[int, int, str]]) -> str | None:
    """'past' or 'future' from the first verb chain of a clause opened about the
    time that ends at `end` ("Thursday, when crowds will be out"), else None."""
    opener = lexicon_pattern("{time_clause}").match(sentence, _SPACE_OR_COMMA.match(sentence, end).end())
    if opener is None:
        return None
    # the clause's own verb only: "Thursday, when the teams meet, and critics have said" is no past
    next_clause = _NEXT_CLAUSE.search(sentence, opener.end())
    own_end = next_clause.start() if next_clause else len(sentence)
    tense = next((_READING_BEFORE_CHAIN.get(kind, kind)
                  for chain_start, _, kind in chains if opener.end() <= chain_start < own_end), None)
    return tense if tense in ("past", "future") else None


def tense_near(sentence: str, start: int, end: int) -> str | None:
    """'past', 'future' or None for an expression at sentence[start:end]."""
    if lexicon_pattern("{delivery_contract}").match(sentence, _SPACE.match(sentence, end).end()):
        return "future"  # "the January contract traded": a delivery month lies ahead
    if _SINCE_BEFORE.search(sentence, max(0, start - _MAX_CUE_CHARS), start):
        return "past"  # "have warned of action since the spring": a start gone by, whatever the verbs
    if _PERIOD_TO_BEFORE.search(sentence, max(0, start - _MAX_CUE_CHARS), start):
        return "past"  # "hiring will pick up, after adding staff in the nine months to December": accounts closed
    possessive = _possessive_reading(sentence, start, end)
    if possessive is not None:
        return possessive
    if _SAYING_AFTER.match(sentence, end) and _ON_BEFORE.search(sentence, max(0, start - 4), start) \
            and lexicon_pattern("{weekday}").fullmatch(sentence, start, end):
        return "past"  # "cut its forecast on Tuesday, saying it now expects": an act reported with its reason
    called_off = _names_called_off_thing(sentence, start, end)
    start, end = _range_extent(sentence, start, end)
    if lexicon_pattern("{month_pay}").match(sentence, _SPACE.match(sentence, end).end()):
        return None  # "December and January salaries would be paid": a month's pay, the nearest such month
    chains = _chains(sentence, start, end)
    tense = _time_clause_reading(sentence, end, chains) or _chain_reading(sentence, start, end, chains)
    if tense == "present" and any(kind == "future" for _, _, kind in chains) \
            and _CONDITION_OPENS.search(sentence, sentence.rfind(",", 0, start) + 1, start):
        return "future"  # "If the deal is rejected when the votes are counted Friday, they will strike"
    if tense == "present" or (tense == "past" and called_off):
        return None
    return tense


_SAYING_AFTER = re.compile(r",\s+(?:saying|adding|citing|claiming|arguing)\b")
_ON_BEFORE = re.compile(r"\bon\s+\Z")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?\Z", re.IGNORECASE)
# The month or day a reported period ends: "the nine months to December" (our files 29:3, the three within weeks)
_PERIOD_TO_BEFORE = re.compile(r"\b(?:months|weeks|year|quarter|half(?:-|\s)year)\s+(?:to|ended|ending)\s+(?:the\s+end\s+of\s+)?\Z",
                               re.IGNORECASE)
_REPORTED_SUBJECT = r"{reporting_verb} $"
_DETERMINER_THE = re.compile(r"the\s", re.IGNORECASE)


def _clause_opens_between(sentence: str, chain_end: int, start: int, end: int, later_start: int) -> bool:
    """Whether a reported or relative clause opens between a verb chain and the
    expression: after "that" or "which", or without "that" where the expression
    is the reported clause's subject ("said the weekend would be calmer", "said
    Sunday would be wetter"; not "said Monday it would", the day of saying)."""
    if lexicon_pattern("{complementizer}").search(sentence, chain_end, start):
        return True
    subject = _DETERMINER_THE.match(sentence, start) is not None or _SPACE.match(sentence, end).end() == later_start
    return subject and lexicon_pattern(_REPORTED_SUBJECT).search(sentence, 0, start) is not None


# A clause of its own after the expression: "arrive in January, and many shops have extended" is no past.
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s")
# ... and one opened before the expression leaves the chain before it to its own clause: "took office
# in 2022, and elections on October 29 will test him", "is forecast to be dry, after rain in December fell short".
# Not "after lowering its orbit over the summer so that it will": a clause without a subject of its own.
_OWN_CLAUSE = re.compile(r",\s+(?:and|but|while|(?:after|before)(?!\s+\w+ing\b))\s")
_DEADLINE_BEFORE = re.compile(r"\b(?:before|by)\s+\Z", re.IGNORECASE)
_THWARTED = re.compile(r",\s+but\s")  # a plan, then what came of it
_SPEAKER_AFTER_COMMA = re.compile(r",\s*(?:[\w.’'-]+\s+){1,3}\Z")  # ", Barnett ", ", the minister "
# A quotation mark parts a quote's words from the narrator's: '"Maybe in September," she said' is no past.
_QUOTE_MARK = re.compile(r"[\"“”]|``|''")


def _parenthetical_report(sentence: str, chain_start: int, chain_end: int) -> bool:
    """Whether the chain is a verb of saying set off by commas: ", she said last
    week, but not before the May 9 vote" tells who spoke, not when the rest happens."""
    return sentence.startswith(",", chain_end) \
        and lexicon_pattern("{reporting_verb}").match(sentence, chain_start) is not None \
        and _SPEAKER_AFTER_COMMA.search(sentence, 0, chain_start) is not None


# A relative clause set off by commas: "Kessel, who skipped the debates, flies in on Sunday";
# not a list within it: "who quit as chairman, president and chief executive in March".
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose|which)\s[^,;]*,(?![^,;]*\b(?:and|or)\b)", re.IGNORECASE)


def _chain_reading(sentence: str, start: int, end: int, chains: list[tuple[int, int, str]]) -> str | None:
    """The tense of the chain that governs the expression, or None if none does; a chain
    in a relative clause set off by commas before it governs nothing after the clause."""
    opens_sentence = len(sentence[:start].split()) <= _MAX_WORDS_BEFORE_OPENING
    # "until" or "through" in the subject, the sentence's verb right after the expression:
    # "The average temperature through Friday was 84" is no stretch ahead
    in_subject = bool(chains) and chains[0][2] == "open_end" and chains[0][1] <= start \
        and any(chain_start >= end and not sentence[end:chain_start].strip(" ,") for chain_start, _, _ in chains)
    asides = [aside.span() for aside in _RELATIVE_ASIDE.finditer(sentence, 0, start)]
    before = [(chain_end, tense) for chain_start, chain_end, tense in chains
              if chain_end <= start and not ((opens_sentence or in_subject) and tense == "open_end")
              and not _parenthetical_report(sentence, chain_start, chain_end)
              and not any(aside_start < chain_start < aside_end for aside_start, aside_end in asides)
              and ";" not in sentence[chain_end:start]]
    later = [(chain_start, tense) for chain_start, _, tense in chains
             if chain_start >= end and ";" not in sentence[end:chain_start]]
    later_governs = bool(later) and (opens_sentence
                                     or len(sentence[end:later[0][0]].split()) <= _MAX_WORDS_TO_LATER_CHAIN
                                     and not _NEXT_CLAUSE.search(sentence, end, later[0][0])) \
        and not _QUOTE_MARK.search(sentence, end, later[0][0])
    # a deadline in the subject takes the verb right after it: "Returns filed before midnight Tuesday will count"
    if later and _DEADLINE_BEFORE.search(sentence, max(0, start - _MAX_CUE_CHARS), start) \
            and not sentence[end:later[0][0]].strip():
        return _READING_BEFORE_CHAIN.get(later[0][1], later[0][1])
    # "was meant to finish last summer, but a flood in November set it back": what befell the plan, its own verb's
    thwarted = bool(before) and before[-1][1] in ("future", "intention") \
        and _THWARTED.search(sentence, before[-1][0], start) is not None
    if before and not thwarted and not (later_governs and (
            _clause_opens_between(sentence, before[-1][0], start, end, later[0][0])
            or _OWN_CLAUSE.search(sentence, before[-1][0], start))):
        return _READING_AFTER_CHAIN.get(before[-1][1], before[-1][1])
    if later_governs:
        return _READING_BEFORE_CHAIN.get(later[0][1], later[0][1])
    return None
