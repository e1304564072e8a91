"""Stage 3, the content: what a cue attributes, found by the cue's construction.

Each construction of `cues.CONSTRUCTIONS` has its rule in `RULES`; a rule takes the cue token
and returns a candidate (cue, source tokens, content) or None. A reporting verb's content is
read by the first of `SPEECH_READINGS` that applies, from the most specific shape of sentence
to the most general.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ... import lexicon
from . import cues
from .context import EDGE, Candidate, Context
from .quotes import adjacent_quote, with_quote
from .speakers import a_person, can_speak, evidence, speaker_of, speaker_span
from .syntax import (
    agent,
    agent_by,
    clause,
    infinitive,
    leading_clauses,
    object_after,
    parenthetical,
    passive,
    set_off,
)

Span = tuple[int, int]

# Words before "that" that make it open a purpose or a result: "so that", "in order that".
_PURPOSE_THAT = frozenset("so order such".split())


# -- reporting verbs -------------------------------------------------------------------------


@dataclass
class _Said:
    """A reporting verb as the readings see it."""

    ctx: Context
    verb: Token
    lemma: str
    speaker: list[Token] | None
    complement: list[Token]  # its clausal complements
    shown: bool  # evidence that shows: "A 2014 study found …"


@dataclass
class _Reading:
    content: list[Span]
    clause: bool = False  # the content is a clause the verb governs
    speaker: list[Token] | None = None  # a source the reading found (the "by" agent)
    cue: Span | None = None  # a wider cue ("put at … by")


def _evidence_with_object(said: _Said) -> _Reading | None:
    """ "A 2014 study found 31 incidents … out of more than a billion ballots cast"."""
    if said.shown and object_after(said.verb) is not None:
        return _Reading(said.ctx.after(said.verb))
    return None


def _complement(said: _Said) -> _Reading | None:
    """ "Cancian believes that …": the clause the verb governs."""
    if said.complement:
        return _Reading([said.ctx.tokens_span(clause(said.complement[0]))])
    return None


def _set_off_cue(said: _Said) -> _Reading | None:
    """ "…, Lankov adds." or "The talks, officials said, had collapsed."."""
    verb = said.verb
    if not (set_off(verb) and said.speaker is not None):
        return None
    leading = {t.i for c in leading_clauses(verb) for t in c.subtree}
    cue_clause = {t.i for t in verb.subtree} - leading
    sentence = verb.sent
    if verb.i > verb.head.i and all(t.is_punct for t in sentence if t.i > max(cue_clause)):
        # "A told B that …, one person close to the talks said.": the cue closes the
        # sentence, and all before it is what was said, wherever the parser hung the cue
        edge = min(cue_clause)
        return _Reading(said.ctx.runs([t for t in sentence if t.i < edge]))
    head_tokens = [t for t in verb.head.subtree if t.i not in cue_clause]
    return _Reading(said.ctx.runs(head_tokens))


def _parenthetical_root(said: _Said) -> _Reading | None:
    """ "Though the transition was seamless, he said, replacing Clinton would be …": the
    parser made the cue the root; what it reports is the rest of the sentence."""
    verb = said.verb
    if said.speaker is None or not parenthetical(verb, said.speaker[0]):
        return None
    subject = said.speaker[0]
    cue_clause = {verb.i, *(t.i for t in subject.subtree)}
    cue_clause |= {t.i for t in verb.children if t.dep_ in ("npadvmod", "advmod")}
    return _Reading(said.ctx.runs([t for t in verb.sent if t.i not in cue_clause]))


def _that_clause(said: _Said) -> _Reading | None:
    """A misparsed "adding that …" or "said in a statement that …": the clause runs from
    "that" to the sentence end."""
    verb = said.verb
    if said.lemma not in lexicon.SPEECH_VERBS or (that := _that_after(verb)) is None:
        return None
    if that.head.i > that.i and that.head.pos_ in ("VERB", "AUX"):
        words = [t for t in clause(that.head) if t.i >= that.i and not t.is_punct]
    else:
        words = [t for t in verb.sent if t.i >= that.i and not t.is_punct]
    return _Reading([(that.idx, words[-1].idx + len(words[-1]))] if words else [])


def _loose_clause_reading(said: _Said) -> _Reading | None:
    """ "economists say taxing consumption encourages savings": a clause parsed as xcomp."""
    if said.lemma not in lexicon.SPEECH_VERBS or said.lemma in lexicon.XCOMP_CUE_VERBS:
        return None
    found = _loose_clause(said.verb)
    if found is None:
        return None
    return _Reading([said.ctx.tokens_span(list(found.subtree))], clause=True)


def _said_object_reading(said: _Said) -> _Reading | None:
    """ "… the candidate said no", "49 percent say the same of Trump", "said so"."""
    if said.lemma != "say" or said.speaker is None:
        return None
    found = _said_object(said.verb)
    return _Reading([said.ctx.tokens_span(list(found.subtree))]) if found is not None else None


def _shown(said: _Said) -> _Reading | None:
    """ "A Fox News poll shows Sanders with 47 percent": all that follows the verb."""
    return _Reading(said.ctx.after(said.verb)) if said.shown else None


def _estimate(said: _Said) -> _Reading | None:
    """ "estimates this at $2,000", "put at about 11,000 by the Pentagon"."""
    verb = said.verb
    if said.lemma not in cues.ESTIMATE_VERBS or (said.lemma == "put" and agent(verb) is None):
        return None
    by = agent(verb)
    if by is None:
        deps = ("dobj", "prep", "oprd", "attr")
        return _Reading(_object_content(said.ctx, verb, deps, prep_only=True))
    # "put at about 11,000 by the Pentagon": the figure, not its "at", and a cue that does not
    # run over it ("put", unless nothing stands between the verb and "by")
    at = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > verb.i]
    tokens = [t for p in at for t in p.subtree if t is not p]
    parts = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr") and c.i > verb.i]
    tokens += [t for p in parts for t in p.subtree]
    content = [said.ctx.tokens_span(tokens)] if tokens else []
    by_word = agent_by(verb)
    between = by_word.i > verb.i + 1
    cue = (verb.idx, verb.idx + len(verb)) if between else (verb.idx, by_word.idx + 2)
    return _Reading(content, speaker=[by], cue=cue)


def _object_cue(said: _Said) -> _Reading | None:
    """A speech verb that also takes its content as an object, infinitive or preposition:
    "denied the report", "promised to resign", "warned of a crisis"."""
    lemma = said.lemma
    if said.speaker is None or not can_speak(said.speaker[-1]):
        return None
    if not (
        lemma in lexicon.OBJECT_CUE_VERBS
        or lemma in lexicon.XCOMP_CUE_VERBS
        or lemma in lexicon.PREP_CUES
    ):
        return None
    content = _complement_content(said.ctx, said.verb, lemma)
    return _Reading(content, clause=bool(content))  # "hopes to win": what is said


SPEECH_READINGS: tuple[Callable[[_Said], _Reading | None], ...] = (
    _evidence_with_object,
    _complement,
    _set_off_cue,
    _parenthetical_root,
    _that_clause,
    _loose_clause_reading,
    _said_object_reading,
    _shown,
    _estimate,
    _object_cue,
)


def reporting_verb(ctx: Context, verb: Token) -> Candidate | None:
    lemma = cues.lemma(verb)
    if (passive(verb) or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"))) and not agent(verb):
        return None  # "men believed to be North Koreans", "it has been widely reported"
    speaker = speaker_of(verb)
    complement = [c for c in verb.children if c.dep_ in ("ccomp",) and c.i != verb.i]
    if len(complement) > 1 and not set_off(verb):
        # "“You should resign,” Warren told Stumpf, after he admitted he hadn’t …": the quote;
        # "… paying off: He said he’s raised …": the clause after the cue
        quoted = [c for c in complement if ctx.quote_at(c.left_edge.idx) is not None]
        complement = quoted or [c for c in complement if c.i > verb.i] or complement
    shown = lemma in cues.EVIDENCE_VERBS and speaker is not None and evidence(speaker[-1])
    said = _Said(ctx, verb, lemma, speaker, complement, shown)
    reading = next((r for r in (read(said) for read in SPEECH_READINGS) if r is not None), None)
    reading = reading or _Reading([])
    content = reading.content
    cue = reading.cue or (verb.idx, verb.idx + len(verb))
    speaker = reading.speaker or speaker
    governs_clause = bool(complement) or reading.clause

    quote = adjacent_quote(ctx, verb)
    if (
        quote is not None
        and quote.end <= verb.idx
        and content
        and content[0][0] < quote.start
        and ctx.text[content[0][0] : quote.start].rstrip().endswith(":")
    ):
        # "McCaskill scolded him: “…,” she said": what she said is the quote
        content = []
    if (
        quote is not None
        and quote.end <= verb.idx
        and content
        and content[0][0] > verb.idx
        and (after := ctx.quote_at(content[0][0])) is not None
    ):
        # "“A,” Scott said, “B.”" parsed with B as the clause: both quotes are what he said
        return Candidate(cue, [*quote.fragments, *after.fragments], speaker)
    if quote is not None:
        content = with_quote(content or [(quote.inner_start, quote.inner_end)], quote)
    content = [c for c in (ctx.trim(s, e) for s, e in content) if c]
    belief_only = lemma in lexicon.BELIEF_VERBS and lemma not in lexicon.SPEECH_VERBS
    if shown and content:
        belief_only = False
    if not content or (belief_only and not governs_clause and quote is None):
        return None
    if lemma == "ask" and not governs_clause and quote is None:
        return None
    return Candidate(cue, content, speaker)


# -- other verbs -----------------------------------------------------------------------------


def object_verb(ctx: Context, verb: Token) -> Candidate | None:
    lemma = cues.lemma(verb)
    if lemma in lexicon.RAISING_VERBS and any(
        c.dep_ == "xcomp" and cues.lemma(c) in lexicon.REPORTING_VERBS for c in verb.children
    ):
        return None  # "seemed to suggest that …": the statement is the suggestion's
    speaker = speaker_of(verb)
    by = agent(verb)
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if (
        passive(verb)
        and by is not None
        and patient is not None
        and by.pos_ in ("NOUN", "PROPN")
        and lemma in lexicon.OBJECT_CUE_VERBS
    ):
        # "Clinton has been endorsed by dozens of papers": the papers endorse Clinton
        cue = (verb.idx, agent_by(verb).idx + 2)
        return Candidate(cue, [speaker_span(ctx, patient)], [by])
    if speaker is None or passive(verb) or not can_speak(speaker[-1]):
        return None  # "The pact promises help": a pact promises nothing
    if lemma in lexicon.RAISING_VERBS and not a_person(speaker[-1]):
        return None  # "The army appears to have lost …" is the writer's hedge
    content = _complement_content(ctx, verb, lemma)
    return Candidate((verb.idx, verb.idx + len(verb)), content, speaker) if content else None


def giving_verb(ctx: Context, verb: Token) -> Candidate | None:
    """ "Trump also offered his early assessment of Super Bowl 50": a speech act given; else
    the verb's object or infinitive, when it also attributes one ("offered to help")."""
    obj = object_after(verb)
    if obj is not None and obj.lemma_.lower() in lexicon.SPEECH_ACT_NOUNS:
        speaker = speaker_of(verb)
        if speaker is not None and can_speak(speaker[-1]):
            return Candidate(
                (verb.idx, verb.idx + len(verb)), [ctx.tokens_span(list(obj.subtree))], speaker
            )
    lemma = cues.lemma(verb)
    if (
        lemma in lexicon.OBJECT_CUE_VERBS
        or lemma in lexicon.XCOMP_CUE_VERBS
        or lemma in lexicon.PREP_CUES
    ):
        return object_verb(ctx, verb)
    return None


def as_verb(ctx: Context, verb: Token) -> Candidate | None:
    """ "Democratic voters see Clinton as the candidate with the better chance": a view."""
    obj = object_after(verb)
    as_ = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i),
        None,
    )
    speaker = speaker_of(verb)
    if obj is None or as_ is None or speaker is None or passive(verb):
        return None
    if not can_speak(speaker[-1]):
        return None
    tokens = [*obj.subtree, *as_.subtree]
    return Candidate((verb.idx, verb.idx + len(verb)), [ctx.tokens_span(tokens)], speaker)


def according_to(ctx: Context, according: Token) -> Candidate | None:
    to = ctx.doc[according.i + 1]
    if to.lower_ != "to":
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    cue = (according.idx, to.idx + len(to))
    sentence = according.sent
    name_end = speaker_span(ctx, source)[1]
    before = ctx.text[sentence.start_char : according.idx].strip(EDGE + '“"')
    if not before or before.lower() in ("and", "but", "so", "yet"):
        # "According to X, CONTENT."
        return Candidate(cue, [(name_end, sentence.end_char)], [source])
    after = ctx.text[name_end : sentence.end_char].strip(EDGE + '.”"')
    if not after:
        # "CONTENT, according to X."
        return Candidate(cue, [(sentence.start_char, according.idx)], [source])
    phrase = {t.i for t in according.subtree} | {t.i for t in to.subtree}
    attached = according.head
    tokens = [t for t in attached.subtree if t.i not in phrase and t.sent == sentence]
    return Candidate(cue, [ctx.tokens_span(tokens)], [source]) if tokens else None


# -- nouns -----------------------------------------------------------------------------------


def cue_noun(ctx: Context, noun: Token) -> Candidate | None:
    """ "X's claim that …"; else a stance the noun names ("her promise of …")."""
    found = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if (
        found is not None
        and any(t.lower_ == "that" and t.dep_ == "mark" for t in found.children)
        and owner is not None
    ):
        return Candidate(
            (noun.idx, noun.idx + len(noun)), [ctx.tokens_span(list(found.subtree))], [owner]
        )
    return stance_noun(ctx, noun) if noun.lower_ in lexicon.STANCE_NOUNS else None


def stance_noun(ctx: Context, noun: Token) -> Candidate | None:
    """ "Trump's recent call to ban all Muslim immigrants", "her support for the deal": a
    stance with its owner and its object."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in lexicon.THING_PRONOUNS:
        return None
    words = lexicon.STANCE_NOUNS[noun.lower_]
    target = next(
        (
            c
            for c in noun.children
            if c.i > noun.i
            and (
                (c.dep_ == "prep" and c.lower_ in words)
                or (c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children))
            )
        ),
        None,
    )
    if target is None:
        return None
    tokens = list(target.subtree)
    if target.dep_ == "prep":
        tokens = [t for t in tokens if t is not target]  # "for" is part of the cue
    if not tokens:
        return None
    return Candidate((noun.idx, noun.idx + len(noun)), [ctx.tokens_span(tokens)], [owner])


# Each construction's rule (cues.CONSTRUCTIONS names them; no two apply to one token).
RULES: dict[str, Callable[[Context, Token], Candidate | None]] = {
    "according to": according_to,
    "reporting verb": reporting_verb,
    "giving verb": giving_verb,
    "object verb": object_verb,
    "as verb": as_verb,
    "cue noun": cue_noun,
    "stance noun": stance_noun,
}


# -- content through an object, an infinitive or a preposition -------------------------------


def _complement_content(ctx: Context, verb: Token, lemma: str) -> list[Span]:
    """What a verb attributes through its object, infinitive or preposition."""
    after = [c for c in verb.children if c.i > verb.i]
    if any(c.dep_ == "ccomp" for c in after):
        parts = [c for c in after if c.dep_ in ("ccomp", "dobj", "dative")]
    elif lemma in lexicon.XCOMP_CUE_VERBS and any(c.dep_ == "xcomp" for c in after):
        parts = [c for c in after if c.dep_ in ("xcomp", "dobj")]
    elif lemma in lexicon.PREP_CUES:
        words = lexicon.PREP_CUES[lemma]
        prep = [c for c in after if c.dep_ in ("prep", "prt") and c.lower_ in words]
        # "calling for the United States to take …": "for" marking a clause
        prep += [
            c
            for c in after
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words for m in c.children)
        ]
        parts = [
            c for c in after if c.dep_ in ("dobj", "oprd") and lemma in lexicon.OBJECT_CUE_VERBS
        ]
        if prep:
            # "called on fellow Muslims to “stand up …”", "called for the secretary to
            # release …": the infinitive belongs with it
            parts += [
                *prep,
                *(c for c in after if c.dep_ in ("xcomp", "oprd") or infinitive(c)),
                # "referred to Rubio as “a bright, charismatic leader”"
                *(c for c in after if c.dep_ == "prep" and c.lower_ == "as"),
            ]
        elif parts:
            # "calling him “the most ignorant president”": object and predicate together
            parts += [c for c in after if c.dep_ == "xcomp"]
    elif lemma in lexicon.OBJECT_CUE_VERBS and any(c.dep_ in ("dobj", "xcomp") for c in after):
        parts = [
            c
            for c in after
            if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp")
            or (c.dep_ == "prep" and c.lower_ in ("of", "for", "as", "about", "over"))
        ]
    else:
        parts = []
    if not parts:
        return []
    tokens = [t for p in parts for t in p.subtree]
    if lemma in lexicon.PREP_CUES and parts[0].dep_ in ("prep", "prt") and len(tokens) > 1:
        # "complained about his mic", "pointed to the 1994 crime bill": the preposition
        # belongs to the cue
        tokens = [t for t in tokens if t is not parts[0]]
    span = ctx.trim(*ctx.unquoted(*ctx.tokens_span(tokens)))
    return [span] if span else []


def _object_content(
    ctx: Context, verb: Token, deps: tuple[str, ...], prep_only: bool = False
) -> list[Span]:
    parts = [c for c in verb.children if c.dep_ in deps and c.i > verb.i]
    if not parts or not (prep_only or any(p.dep_ != "prep" for p in parts)):
        return []
    tokens = [t for p in parts for t in p.subtree]
    return [ctx.tokens_span(tokens)]


def _loose_clause(verb: Token) -> Token | None:
    """A clause after a speech verb that the parser hung on it as an xcomp: "say taxing
    consumption encourages savings", "He said legalizing it could put thousands to work"."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "xcomp" and child.tag_ in ("VBG", "VBZ", "VBD"):
            return child
        if (
            child.dep_ == "advcl"
            and any(c.dep_ == "nsubj" for c in child.children)
            and not any(c.dep_ == "mark" for c in child.children)
            and not any(  # "said when she resigned": a time, not what was said
                c.dep_ == "advmod" and c.tag_ == "WRB" for c in child.children
            )
        ):
            return child  # "Trump said after the convention he would not accept …"
    return None


def _said_object(verb: Token) -> Token | None:
    """What "say" takes as a plain object: "said no", "say the same of Trump", "said so"."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if (child.dep_ == "dobj" and child.pos_ != "PRON") or child.dep_ == "intj":
            return child
        if child.dep_ == "advmod" and child.lower_ == "so":
            return child
    return None


def _that_after(verb: Token) -> Token | None:
    """ "that" after the verb, past its adverbs and prepositional phrases ("says in a statement
    that …", "said following a vote in 2001 that …"), when the parser left the clause loose."""
    skip = {
        t.i
        for c in verb.children
        if c.i > verb.i and c.dep_ in ("prep", "npadvmod", "advmod", "dative", "dobj")
        for t in c.subtree
    }
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.lower_ == "that" and token.dep_ in ("mark", "advmod"):
            # "announced a plan … so that negotiations may continue": a purpose, not content
            return None if token.nbor(-1).lower_ in _PURPOSE_THAT else token
        if token.i not in skip and token.text != ",":
            return None
    return None
