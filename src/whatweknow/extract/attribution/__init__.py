"""Who said what: attributed statements with a speaker, a cue and content.

The stages run in the order of BBC Citron's attribution pipeline, each in its own module:

1. cue (`cues`): a token that introduces a statement, and by which construction;
2. source (`speakers.speaker_of`): the tokens of who speaks, from the parse;
3. content (`content`, `quotes`): what the cue attributes, by the construction's rule; then
   quotes that no cue claimed (dash and "from X:" sources, "Name: words" turns, a quote
   paragraph going on with the previous speaker) and posts the page embeds
   (`quotes.embedded_posts`);
4. coreference (`speakers.speaker`): the source named through the entity index (pronouns,
   surnames, titles, roles, capitals), then statements nested in the statements that report
   them (`nesting`), and the certainty of each (`extract.certainty`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ... import lexicon
from ...model import Document, Speaker, Statement
from .. import certainty
from ..entities import EntityIndex
from . import credits, cues, exclusions, quotes, reported, shapes, speakers
from .content import (
    RULES,
    through_a_colon,
    within_a_join,
    without_a_conjunct_above,
    without_the_cues_mark,
    without_trailing_frames,
    without_trailing_time,
    without_writers_background,
)
from .context import Candidate, Context
from .nesting import nest

__all__ = ["statements", "with_certainty"]


def statements(doc: Doc, document: Document, index: EntityIndex) -> tuple[Statement, ...]:
    ctx = Context(doc, document, index)
    found = _by_cue(ctx)
    for candidate in quotes.colon_speakers(ctx):
        found.setdefault(candidate.cue, candidate)
    for key, candidate in credits.credited_quotes(ctx):
        found.setdefault(key, candidate)
    for key, candidate in quotes.embedded_posts(ctx):
        found.setdefault(key, candidate)
    quotes.without_others_quotes(ctx, list(found.values()))
    quotes.continue_quotes(ctx, list(found.values()))
    for key, candidate in list(quotes.relayed(ctx, found.values())):
        found.setdefault(key, candidate)
    for key, candidate in list(quotes.unclaimed(ctx, found.values())):
        found.setdefault(key, candidate)
    for key, candidate in quotes.reported_inside(ctx):
        if exclusions.is_statement(ctx, ctx.doc.char_span(*key)[0], candidate):
            candidate.negated = exclusions.negated(ctx.doc.char_span(*key)[0])
            found.setdefault(key, candidate)
    ordered = sorted(
        (c for c in found.values() if not _in_headline(ctx, c)),
        key=lambda c: min(s for s, _ in c.content),
    )
    return with_certainty(doc, _resolved(ctx, ordered))


def _by_cue(ctx: Context) -> dict[tuple[int, int] | None, Candidate]:
    """Stages 1–3 per token: its construction, then that construction's source and content."""
    found: dict[tuple[int, int] | None, Candidate] = {}
    # words a speaker held back, told in the content of their own cue ("said …, though did
    # not say whether …"), by the index of the verbs that tell it -> that speaker
    held: dict[int, list[Token]] = {}
    for token in ctx.doc:
        if ctx.document.in_caption(token.idx) or ctx.inside_quote(token):
            continue
        construction = cues.construction(token)
        candidate = RULES[construction](ctx, token) if construction else None
        if candidate is None:
            continue
        if candidate.speaker_tokens is None and token.i in held:
            candidate.speaker_tokens = held[token.i]
        for start, end in candidate.content if candidate.speaker_tokens else ():
            verb = exclusions.held_back(ctx, token, start, end)
            if verb is not None:
                near = (t for t in verb.subtree if t == verb or verb in list(t.ancestors)[:3])
                held.update((t.i, candidate.speaker_tokens) for t in near)
        content = within_a_join(ctx, token, without_trailing_frames(ctx, token, candidate.content))
        content = through_a_colon(ctx, token, without_trailing_time(ctx, token, content))
        content = without_the_cues_mark(ctx, token, without_a_conjunct_above(ctx, token, content))
        content = without_writers_background(ctx, token, content)
        content = exclusions.without_words_held_back(ctx, token, content)
        content = exclusions.without_the_question(ctx, token, content)
        candidate.content = [c for c in (ctx.trim(s, e) for s, e in content) if c]
        if candidate.content and exclusions.is_statement(ctx, token, candidate):
            candidate.negated = exclusions.negated(token)
            found.setdefault(candidate.cue, candidate)
    return found


def _resolved(ctx: Context, candidates: list[Candidate]) -> tuple[Statement, ...]:
    """Stage 4: each candidate's source named, in text order (a pronoun reads the speakers
    before it), then nested."""
    results: list[Statement] = []
    speech: set[str] = set()
    framing: set[str] = set()
    asides: set[str] = set()
    supposed: set[str] = set()
    said: set[tuple[str | None, tuple[tuple[int, int], ...]]] = set()
    for candidate in candidates:
        if candidate.inside_quote:
            speaker = reported.quoted(ctx, candidate, results)
            if speaker.name is None:
                continue  # no one the text names: not identifiable
        else:
            speaker = speakers.speaker(ctx, candidate, results)
        if speaker.kind == "unresolved" and speaker.mention is None:
            # no source anywhere in the text: a quote nobody is said to have said, "Asked
            # whether …" by an unnamed interviewer, "noting that …" hung on no one
            continue
        if _generic_you(speaker) and not candidate.inside_quote:
            # "you want to believe that …": a generic "you" is nobody's claim (inside a quote,
            # "you" is whom the quote addresses, or no statement: `reported.quoted`)
            continue
        if not candidate.inside_quote and _writers_or_anyones(ctx, speaker, candidate):
            continue
        if not candidate.inside_quote and _a_things_pronoun(ctx, speaker, candidate):
            continue
        key = (speaker.name, tuple(candidate.content))
        if key in said:
            continue  # "the team responded by noting that …": two cues, one statement
        said.add(key)
        fragments = tuple(ctx.span(s, e) for s, e in candidate.content)
        results.append(
            Statement(
                id=f"s{len(results) + 1}",
                speaker=speaker,
                cue=ctx.span(*candidate.cue) if candidate.cue else None,
                content=ctx.span(fragments[0].start, fragments[-1].end),
                fragments=fragments if len(fragments) > 1 else (),
                form=ctx.form(fragments),
                negated=candidate.negated,
            )
        )
        if cues.speech_cue(ctx.doc, candidate.cue):
            speech.add(results[-1].id)
        if candidate.negated or cues.framing_cue(ctx.doc, candidate.cue):
            framing.add(results[-1].id)
        if cues.aside_cue(ctx.doc, candidate.cue):
            asides.add(results[-1].id)
        if results[-1].form == "indirect" and _only_supposed(ctx, candidate):
            supposed.add(results[-1].id)  # words quoted were said: "“…,” he would say"
    return nest(results, speech, framing, asides, supposed)


# The modals by which a cue tells a speech act someone should, could or would make, not one
# made: "the president should insist that …", "he would have known …", "could cite …".
_SUPPOSING = frozenset({"should", "could", "would", "might", "may", "must", "ought", "'d"})


def _only_supposed(ctx: Context, candidate: Candidate) -> bool:
    """The cue is a speech act under a modal of duty or chance ("should demand", "could
    cite"), or the second of two verbs such a modal governs ("should insist … and demand").
    Only for words not quoted: PolNeAR dev gives quotes under "would" to their speaker."""
    if candidate.cue is None:
        return False
    span = ctx.doc.char_span(*candidate.cue, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("VERB", "AUX"):
        return False
    verb = span.root
    own = [c for c in verb.children if c.dep_ == "aux"]
    if not own and verb.dep_ == "conj":
        own = [c for c in verb.head.children if c.dep_ == "aux"]
    return any(c.tag_ == "MD" and c.lower_ in _SUPPOSING for c in own)


def _in_headline(ctx: Context, candidate: Candidate) -> bool:
    """The title line's verbs are the editor's: "NRA urges states to allow more armed
    officers in schools" is no statement of the NRA's (the article tells what it urged). In
    a headline with a deck (`context.deck_head`) only its acts are: "Ginsburg apologizes
    for Trump comments; Justice vows to be 'more circumspect'", "Sanders wins R.I., vows to
    press on", "she attacks rival's foreign policy inexperience" (no statements in the story
    gold: 3 stories), while "Sanders says he's riding momentum", "Critics charge that she
    skewed foreign policy" and "Clinton: Trump's view of the world is 'dangerously wrong'"
    are (4 stories)."""
    at = candidate.cue[0] if candidate.cue else min(s for s, _ in candidate.content)
    return ctx.in_headline(at) or (ctx.in_deck_head(at) and not _says_a_claim(ctx, candidate))


# The complements of a verb's act on a thing: "vows to be 'more circumspect'" (an
# infinitive the complement shapes miss when it is "to be"), "apologizes for …", "attacks …".
_ACT_COMPLEMENTS = frozenset("xcomp dobj dative prep advcl".split())


def _says_a_claim(ctx: Context, candidate: Candidate) -> bool:
    """The candidate's cue is no verb (a colon: "Clinton: Trump's view …") or a verb with a
    claim after it (a clause, "says he's riding momentum"; a quote, `shapes.shape`), or with
    no complement after it, as an aside ("Win or not, candidate says, campaign aims to …")."""
    span = ctx.doc.char_span(*candidate.cue, alignment_mode="expand") if candidate.cue else None
    if span is None or span.root.pos_ not in ("VERB", "AUX"):
        return True
    verb = span.root
    after = [c.dep_ for c in verb.children if c.i > verb.i]
    return (
        "ccomp" in after
        or "parataxis" in after
        or shapes.shape(verb) == "quote"
        or not _ACT_COMPLEMENTS.intersection(after)
    )


def _generic_you(speaker: Speaker) -> bool:
    return speaker.mention is not None and speaker.mention.text.lower() in ("you", "your")


# The writer's own "we", which takes the reader in: "Yes, we know that Sanders grew up in a
# rent-controlled apartment", "I guess we can all agree now that he was joking".
_WRITERS_WE = frozenset({"we", "us"})


def _writers_or_anyones(ctx: Context, speaker: Speaker, candidate: Candidate) -> bool:
    """ "Yes, we know that Sanders grew up in a rent-controlled apartment in Brooklyn", "I
    guess we can all agree now that he was joking", "one might think the senator would fill
    the stadium": outside quotes a "we" is the writer with the reader, and a "one" under a
    modal of chance is anyone at all; what they know, agree or might think is the writer's
    own telling, no source's (the story gold's "writer's narration", "writer's hypothetical":
    3 stories). A "we" inside quotes is the speaker's; what the paper's "we" asks or tells
    is its act as a reporter ("We asked whether …": PolNeAR dev marks it); "one" with no
    modal may be one of several people named ("Two aides spoke; one said …")."""
    mention = speaker.mention
    span = ctx.doc.char_span(*candidate.cue, alignment_mode="expand") if candidate.cue else None
    if mention is None or span is None or cues.lemma(span.root) not in lexicon.BELIEF_VERBS:
        return False
    word = mention.text.lower()
    if word in _WRITERS_WE:
        return True
    return word == "one" and _only_supposed(ctx, candidate)


# Pronouns that stand for a thing or a state of things (not the relative "that" of "a poll
# that shows …").
_THINGS = frozenset("it this that nothing".split())


def _a_things_pronoun(ctx: Context, speaker: Speaker, candidate: Candidate) -> bool:
    """ "That shows how nearly impossible it will be for him to win mega-states", "But it
    reveals that dozens in her caucus voted against her in secret ballots", "Nothing in the
    emails supports theories that …", "But this only explains why …", "That said, Cruz
    cannot realistically get enough delegates …": a pronoun for a thing that the text names
    no source for is the writer arguing from a fact, no one's statement (the story gold: 7
    times in 6 stories, none a statement). A thing pronoun that resolves ("It said Scalise
    would need further operations": the hospital) keeps its source, and so does a cue whose
    own subject is someone else ("That prompted Rubio to make a joke about yoga and call Trump
    “very flexible”": Rubio's words, the pronoun only the resolver's guess)."""
    if speaker.kind != "unresolved" or speaker.mention is None or candidate.cue is None:
        return False
    span = ctx.doc.char_span(speaker.mention.start, speaker.mention.end, alignment_mode="expand")
    cue = ctx.doc.char_span(*candidate.cue, alignment_mode="expand")
    if span is None or cue is None:
        return False
    pronoun = span.root
    return (
        pronoun.lower_ in _THINGS
        and pronoun.tag_ != "WDT"
        and pronoun.dep_ in ("nsubj", "nsubjpass")
        and pronoun.head == cue.root
    )


def with_certainty(doc: Doc, found: tuple[Statement, ...]) -> tuple[Statement, ...]:
    return tuple(replace(s, certainty=certainty.for_statement(doc, s)) for s in found)
