"""Whose a figure is that stands in one item of a series of parallel clauses a report lists.

A writer lists what one report found as clauses set off by semicolons, each with its own
subject and the same verb, and attributes the series once: by a cue before its first item
("The researchers reported that Apple holds $214.9 billion offshore …; Nike holds $10.7
billion offshore and would owe $3.6 billion in United States taxes; Goldman Sachs holds $28.6
billion offshore") or by a phrase after its last ("Trump International Golf Club … was paid
$29,715; Trump National Golf Club …, was paid $35,845; and Trump Restaurants LLC was paid
$125,080, according to FEC records"). The statement finder takes the one item the cue stands
beside for the content; a figure in another item of the same series, which no content holds,
is that statement's too: the story gold gives "$10.7 billion" to the researchers and
"$35,845" to the FEC records.

Only a series: three items or more split by semicolons in one sentence (two are as often a
contrast: "The company reported that it earned $2 billion; rival Apple earned $10 billion"),
the statement's content within the first item with its cue before it or within the last with
its cue after it, the cue and the speaker in that item too, the content holding a figure of its
own; every other item a clause with the content's verb (not a copula: "Analysts said the deal
was dead; the final vote was 52 to 48 in the Senate" lists nothing in parallel) and a subject
of its own that is a name or a noun (not a pronoun: "…; it will still employ 3,000" goes on in
the writer's words), the subject opening the item but for the first ("…; in fact, the
United States pays $12 billion" is the writer's correction, not the list). Not a figure after
another statement's cue or content in its own item ("…; Goldman Sachs holds $28.6 billion
offshore, and the report says the company reports having 987 subsidiaries": "987" is the
report's), and not across a quotation mark, whose words are a speaker's of their own. The
caller leaves out statements whose speakers a poll counted ("36 percent of Democrats said …;
62 percent of those were Sanders supporters": the poll's results). Left: items parallel in
form but not in meaning ("Police said the gunman killed 5 people; the shooting in Orlando
killed 49 people; …") read as the list.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..model import Statement

# What may stand beside a series' item where it is cut from the content: spaces, the
# semicolon, a conjunction opening the last item and the punctuation closing the sentence.
_EDGE = " \t\n;,.:\u2014\u2013-"
_OPENING = ("and ", "or ")
_QUOTES = ('"', "\u201c", "\u201d", "''")


def _items(sentence: SpacySpan) -> list[tuple[int, int]]:
    """The sentence's stretches between semicolons, as offsets into the text."""
    text = sentence.doc.text
    start, end = sentence.start_char, sentence.end_char
    items, at = [], start
    for i in range(start, end):
        if text[i] == ";":
            items.append((at, i))
            at = i + 1
    items.append((at, end))
    return items if len(items) > 1 else []


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """An item's offsets past its spaces, its punctuation and a conjunction that opens it."""
    while start < end and text[start] in _EDGE:
        start += 1
    for word in _OPENING:
        if text.startswith(word, start) and start + len(word) < end:
            start += len(word)
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _top_verb(sentence: SpacySpan, start: int, end: int) -> Token | None:
    """The verb heading the clause in [start, end): the highest verb whose head lies outside
    the stretch (or is itself), None where that word is no verb."""
    inside = [t for t in sentence if start <= t.idx < end]
    tops = [t for t in inside if t.head.i == t.i or not start <= t.head.idx < end]
    verbs = [t for t in tops if t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1 or verbs[0].lemma_.lower() == "be":
        return None  # a copula: "was dead; the vote was 52-48" lists nothing in parallel
    return verbs[0]


def _own_subject(verb: Token) -> bool:
    """Whether a clause's verb has a subject of its own that names something: a noun or a
    name, not a pronoun, which may go on about the report's subject in the writer's words."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.pos_ in ("NOUN", "PROPN") for s in subjects)


def series_statement(token: Token, statements: Iterable[Statement]) -> Statement | None:
    """The statement that attributes the series of parallel clauses a figure (`token`)
    stands in, where its content is another item of the series (the module docstring), or
    None."""
    sentence = token.sent
    items = _items(sentence)
    if len(items) < 3:
        return None
    text = sentence.doc.text
    mine = next((i for i, (s, e) in enumerate(items) if s <= token.idx < e), None)
    if mine is None:
        return None
    verb = _top_verb(sentence, *_trimmed(text, *items[mine]))
    if verb is None:
        return None
    start = _trimmed(text, *items[mine])[0]
    statements = list(statements)
    if any(
        start <= s.content.start < token.idx
        or (s.cue is not None and start <= s.cue.start < token.idx)
        for s in statements
    ):
        return None  # another report opens in the figure's own item before it
    found = []
    for s in statements:
        if s.negated or s.cue is None or s.speaker.mention is None:
            continue
        if s.speaker.kind == "unresolved" or not s.speaker.name:
            continue
        theirs = [
            i for i, (a, b) in enumerate(items) if a <= s.content.start and s.content.end <= b
        ]
        if len(theirs) != 1 or theirs[0] == mine:
            continue
        before = s.cue.start < s.content.start
        if theirs[0] != (0 if before else len(items) - 1):
            continue  # a report opens the series or closes it, not one in its middle
        a, b = items[theirs[0]]
        if not (a <= s.cue.start < b and a <= s.speaker.mention.start < b):
            continue  # the cue or the speaker outside the item: not a report of it alone
        if not _reaches(text, s, *_trimmed(text, a, b)):
            continue  # words of the writer's beside the content in its item
        said = _top_verb(sentence, *_trimmed(text, s.content.start, s.content.end))
        if said is None or not _own_subject(said) or not _counts(said, s):
            continue  # "Trump said Mexico would pay for the wall; …": no figure listed
        if not _parallel(sentence, items, theirs[0], said.lemma_.lower()):
            continue
        between = text[min(b, token.idx) : max(a, token.idx)]
        if any(q in between for q in _QUOTES):
            continue
        found.append(s)
    if len({(s.speaker.name, s.speaker.kind) for s in found}) != 1:
        return None
    return found[0]


def _parallel(sentence: SpacySpan, items: list[tuple[int, int]], report: int, lemma: str) -> bool:
    """Whether every item but the report's is a clause with the verb `lemma` and a noun or a
    name for its subject, which opens the item but for the first ("On May 18, Trump
    International Golf Club … was paid $29,715; …"; not "…; in fact, the United States pays
    $12 billion")."""
    text = sentence.doc.text
    for i, item in enumerate(items):
        if i == report:
            continue
        start, end = _trimmed(text, *item)
        verb = _top_verb(sentence, start, end)
        if verb is None or verb.lemma_.lower() != lemma or not _own_subject(verb):
            return False
        subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        if i > 0 and subject.left_edge.idx != start:
            return False
    return True


def _counts(verb: Token, statement: Statement) -> bool:
    """Whether the statement's content holds a number of its own."""
    low, high = statement.content.start, statement.content.end
    return any(low <= t.idx < high and (t.like_num or t.pos_ == "NUM") for t in verb.sent)


def _reaches(text: str, statement: Statement, low: int, high: int) -> bool:
    """Whether the content runs to the item's end, or starts where the item does (past
    "that"), the cue and the speaker on the other side of it."""
    start, end = _trimmed(text, statement.content.start, statement.content.end)
    if text.startswith("that ", start):
        start += len("that ")
    return end >= high or start <= low
