"""Statements a quoted speaker reports: "He says he is a Christian," inside Santorum's words.

The cue is a saying verb inside the quote (`quotes.reported_inside`); who "he" or "she" is
comes from the people the text refers to just before it, never the quote's own speaker: the
nearest one of that sex, named ("… said he believes Obama is a Christian. “He says …”") or
by a role ("I believe the president's Christian -- he says he's Christian"), and only where
nobody else in that sentence could be meant. Otherwise there is no identifiable source and no
statement.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ... import lexicon
from ...model import Entity, Speaker, Statement
from ...names import roles, sex_of_given_name
from . import cues
from .context import Candidate, Context
from .speakers import entity_for, speaker

# How far back "he" inside a quote looks for whom it means, in characters: about the sentence
# before the quote.
WINDOW = 400


def quoted(ctx: Context, candidate: Candidate, earlier: list[Statement]) -> Speaker:
    """Whom a quoted speaker says said something, or an unresolved speaker."""
    head = candidate.speaker_tokens[0]
    quoter = _quoter(earlier, head.idx)
    if quoter is None:
        return Speaker(None, "unresolved", None)
    own = quoter.speaker
    if head.lower_ == "you":
        return _addressee(ctx, quoter, head)
    if head.lower_ == "they":
        return _body(ctx, head, own)
    if head.pos_ in ("PROPN", "NOUN") or head.lower_ not in ("he", "she"):
        said = speaker(ctx, candidate, earlier)
        if said.name == own.name or (said.entity and said.entity == own.entity):
            return Speaker(None, "unresolved", None)
        return said
    nearest = _nearest(ctx, head, own, lexicon.PRONOUN_SEX[head.lower_], _words(quoter))
    if nearest is None:
        return Speaker(None, "unresolved", None)
    span = ctx.span(head.idx, head.idx + len(head))
    return Speaker(nearest.name, "person", span, nearest.id)


def _nearest(
    ctx: Context,
    head: Token,
    own: Speaker,
    gender: str | None,
    words: tuple[tuple[int, int], ...],
) -> Entity | None:
    """The person the text refers to last before `head`, other than the quote's own speaker
    `own` and of `gender` where one is given; None when nobody is, or when another such person
    is referred to in that same sentence (two people it could be). The quoted speaker's own
    `words` before `head` are read too (`_visible`)."""
    references = [
        (at, entity)
        for at, entity in _references(ctx, head, words)
        if entity.id != own.entity and entity.name != own.name and _fits(ctx, entity, gender)
    ]
    if not references:
        return None
    at, nearest = max(references, key=lambda r: r[0])
    sentence = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if sentence is not None:
        bounds = (sentence.sent.start_char, sentence.sent.end_char)
        if any(bounds[0] <= a < bounds[1] and e.id != nearest.id for a, e in references):
            return None
    return nearest


def _addressee(ctx: Context, quoter: Statement, head: Token) -> Speaker:
    """Whom "you" inside a quote means: the person its cue says it was told or said to ("…,”
    Kennedy told lawyer Joseph Sellers"; "he told the plaintiffs’ lawyer, Joseph M. Sellers"),
    or else the one person other than its speaker the text names just before ("Romney has
    said that Perry provided a magnet … “You said I don't want to build a fence,” Romney
    said"; "Responding to Gorsuch’s stated belief …, Sen. Al Franken explained, “… you said
    earlier, …”")."""
    span = ctx.span(head.idx, head.idx + len(head))
    cue = ctx.doc.char_span(quoter.cue.start, quoter.cue.end) if quoter.cue else None
    for token in _told(cue[0]) if cue is not None else ():
        person = entity_for(ctx, token)
        if person is not None and person.type == "person" and person.name != quoter.speaker.name:
            return Speaker(person.name, "person", span, person.id)
    # "you" reads only its own quote and the text outside quotes, not the speaker's earlier
    # pieces ("he" and "she" do: `quoted`)
    nearest = _nearest(ctx, head, quoter.speaker, None, ())
    if nearest is None:
        return Speaker(None, "unresolved", None)
    return Speaker(nearest.name, "person", span, nearest.id)


def _body(ctx: Context, head: Token, own: Speaker) -> Speaker:
    """Whom "they" inside a quote means: the one organisation the text names last before it,
    other than the quote's speaker, with no plural subject between that "they" might stand
    for ("the White House Counsel’s Office has advised him otherwise. “Now they’re saying I
    can do it just with an executive order,” Mr. Trump said"); else no one identifiable."""
    found = [
        (at, entity)
        for at, entity in _mentions(ctx, head, ("organization",), ())  # its own quote only
        if entity.id != own.entity and entity.name != own.name
    ]
    if not found:
        return Speaker(None, "unresolved", None)
    at, nearest = max(found, key=lambda r: r[0])
    named = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    before = ctx.doc[named.sent.start : head.i] if named is not None else []
    subjects = [
        t
        for t in before
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ in ("NOUN", "PROPN")
        and t.head.tag_ != "VB"  # "I want the public to see my email": no one acting
    ]
    its = [
        t
        for t in before
        if _in_mention(nearest, t)
        and (
            t.dep_ in ("nsubj", "nsubjpass")
            # "she had asked the State Department to release those communications. … “They
            # said …”": the body asked, whose answer it is
            or (t.dep_ == "dobj" and cues.lemma(t.head) == "ask")
        )
    ]
    others = [
        t
        for t in subjects
        if not _in_mention(nearest, t)
        and not ((person := entity_for(ctx, t)) is not None and person.type == "person")
    ]
    verbs = {t.head.i for t in its}
    if not its or any(
        t.idx > its[-1].idx
        or t.tag_ in ("NNS", "NNPS")
        or (t.head.i in verbs and any(_in_mention(e, t) for _, e in found))
        for t in others
    ):
        # "the Democrats met with the White House. “They said …”": the body named last is
        # not the last one named doing something (a person cannot be "they"), a plural is,
        # or another body is the subject of its verb ("Google sued Microsoft")
        return Speaker(None, "unresolved", None)
    span = ctx.span(head.idx, head.idx + len(head))
    return Speaker(nearest.name, nearest.type, span, nearest.id)


def _in_mention(entity: Entity, token: Token) -> bool:
    """Whether `token` is in one of the places the text names `entity`."""
    return any(m.start <= token.idx < m.end for m in entity.mentions)


def _mentions(
    ctx: Context, head: Token, types: tuple[str, ...], words: tuple[tuple[int, int], ...]
) -> list[tuple[int, Entity]]:
    """Where the text names an entity of `types` in the `WINDOW` before `head`, outside quotes
    or inside its own or its speaker's `words` before it."""
    visible = _visible(ctx, head, words)
    return [
        (mention.start, entity)
        for entity in ctx.index.entities
        if entity.type in types
        for mention in entity.mentions
        if visible(mention.start)
    ]


def _visible(
    ctx: Context, head: Token, words: tuple[tuple[int, int], ...]
) -> Callable[[int], bool]:
    """Whether an offset is in the `WINDOW` before `head`, outside quotes or inside its own,
    or inside the `words` of its speaker's that the quote goes on from: in "“The FBI said that
    she did nothing illegal and that [Comey] had no knowledge …,” Davis said. “He said it was
    possible …”" (Politico 2016, PolNeAR train) "he" is Comey, named in Davis's quote before."""
    quote = ctx.quote_at(head.idx)
    start = head.idx - WINDOW

    def visible(at: int) -> bool:
        held = ctx.quote_at(at)
        return start <= at < head.idx and (
            held is None
            or (quote is not None and held.start == quote.start)
            or any(s <= at < e for s, e in words)
        )

    return visible


def _told(cue: Token) -> list[Token]:
    """The words naming whom a cue was said to: its object ("told Sellers"), or what "to"
    after it governs ("said to Sellers"), with what is put beside them ("the lawyer, Joseph
    Sellers")."""
    heads = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    heads += [g for p in cue.children if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    named = []
    for token in heads:
        named += [token] + [c for c in token.children if c.dep_ == "appos"]
    return named


def _words(quoter: Statement) -> tuple[tuple[int, int], ...]:
    """Where the quote that holds a reported statement has its speaker's words: its pieces,
    where it is told in pieces ("“A,” Davis said. “B.”")."""
    return tuple((f.start, f.end) for f in quoter.fragments or (quoter.content,))


def _quoter(earlier: list[Statement], at: int) -> Statement | None:
    """The statement of the quote that holds `at`: the longest holding it."""
    holding = [
        s
        for s in earlier
        if s.speaker.name and any(f.start <= at < f.end for f in (s.fragments or (s.content,)))
    ]
    return max(holding, key=lambda s: s.content.end - s.content.start, default=None)


def _references(
    ctx: Context, head: Token, words: tuple[tuple[int, int], ...]
) -> list[tuple[int, Entity]]:
    """The people referred to in the `WINDOW` before `head`, outside quotes or inside its own
    or its speaker's `words` before it: by name, or by a role the text gave one of them ("the
    president")."""
    visible = _visible(ctx, head, words)
    found = _mentions(ctx, head, ("person",), words)
    named = {at for at, _ in found}
    titled = {e.id: roles(e.aliases) for e in ctx.index.entities if e.type == "person"}
    for token in ctx.doc[max(0, head.i - 120) : head.i]:
        if token.pos_ == "PROPN" and token.idx not in named and visible(token.idx):
            # "Trump ordered the end of DACA", where the tagger saw no name: a person of the
            # article by their words
            person = entity_for(ctx, token)
            if person is not None and person.type == "person":
                found.append((token.idx, person))
        if (
            token.tag_ == "NN"
            and token.text.islower()
            and token.lemma_.lower() in lexicon.ROLE_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and visible(token.idx)
        ):
            # the one person the text titles so ("President Obama")
            holders = [
                e for e in ctx.index.entities if token.lemma_.lower() in titled.get(e.id, ())
            ]
            if len(holders) == 1:
                found.append((token.idx, holders[0]))
    return found


def _fits(ctx: Context, entity: Entity, gender: str | None) -> bool:
    """A person "he" or "she" may be: known as a person beyond the tagger's word (a full name,
    a title, a sex the text gives: not "Another leading Dem"), and not one the text, or else
    the census, gives the other sex."""
    known = ctx.index.gender(entity.id)
    if len(entity.name.split()) < 2 and known is None and not roles(entity.aliases):
        return False
    if gender is None:
        return True
    if known is None and len(entity.name.split()) > 1:
        known = sex_of_given_name(entity.name.split()[0])
    return known is None or known == gender
