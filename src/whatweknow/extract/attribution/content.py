"""Stage 3, the content: what a cue attributes, found by the cue's construction.

Each construction of `cues.CONSTRUCTIONS` has its rule in `RULES`; a rule takes the cue token
and returns a candidate (cue, source tokens, content) or None. A reporting verb's content is
read by the first of `SPEECH_READINGS` that applies, from the most specific shape of sentence
to the most general.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ... import lexicon
from ..quotes import Quote
from . import cues, descriptions, shapes
from .context import EDGE, QUOTE_OPENERS, Candidate, Context
from .cue_table import CUE_TABLE
from .cues import a_person
from .quotes import adjacent_quote, report_after, with_quote
from .speakers import (
    bodies_of_a_kind,
    can_speak,
    conjunct_of,
    document_participle,
    evidence,
    hung_on_a_things_relative,
    hung_on_its_subject,
    it_for_a_speaker,
    speaker_of,
    speaker_span,
)
from .syntax import (
    FINITE_TAGS,
    SUBJECTS,
    agent,
    agent_by,
    clause,
    finite,
    has_to,
    infinitive,
    leading_clauses,
    left_edge,
    object_after,
    parenthetical,
    passive,
    phrase_of_object,
    set_off,
    that_conjuncts,
    words_given_after,
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
    set_off: bool = False  # the content is the clause the cue is set off in ("X, many think, Y")


def _relative_gap(said: _Said) -> _Reading | None:
    """ "a project Democratic lawmakers say is a firm deal-breaker", "the bill, which Democrats
    say is unconstitutional": the cue in a relative clause, what it reports about the noun
    the clause hangs on. The content runs from that noun to the end of the predicate, over
    the cue: the story gold takes the relative clause with its cue, with the noun ("a project
    Democratic lawmakers say is …") or without it ("Mrs. Clinton's Iraq war vote, which she
    has repeatedly said was a mistake", "a delicate minuet that Clinton and leading Democrats
    hope will soothe tensions": 4 stories), and the noun and predicate alone, split around
    the cue, cover too little of the second."""
    verb = said.verb
    antecedent = verb.head
    if verb.dep_ != "relcl" or said.speaker is None or antecedent.pos_ not in ("NOUN", "PROPN"):
        return None
    own_subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own_subject is None or own_subject.lower_ in lexicon.RELATIVE_PRONOUNS:
        return None  # "officials, who said …": the noun is the speaker, not the topic
    relative = {t.i for t in verb.subtree}
    noun = [t for t in antecedent.subtree if t.i < min(relative) and not t.is_punct]
    if said.complement:
        own = said.complement[0]
        subject = next((c for c in own.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        gap = subject is not None and subject.lower_ in lexicon.RELATIVE_PRONOUNS
        if said.ctx.quote_at(own.idx) is not None and not (gap and subject.i < verb.i):
            # "the story Kennedy told about his father who wired, “Don't buy …”"; but "the
            # bill, which he said “threatens to undermine the spirit of inclusion”" is the gap
            return None
        if subject is not None and not (gap and subject.i < verb.i):
            return None  # "a man who says he was there": the clause has its own subject
        predicate = [t for t in clause(own) if t.i > verb.i]
    elif antecedent.dep_ in ("nsubj", "nsubjpass") and antecedent.head.i > max(relative):
        predicate = [t for t in clause(antecedent.head) if t.i > max(relative)]
    else:
        return None
    predicate = [t for t in predicate if not (t.is_punct and t.i == predicate[-1].i)]
    if not noun or not predicate:
        return None
    return _Reading([said.ctx.tokens_span(noun + predicate)], clause=True)


def _relative_charge(said: _Said) -> _Reading | None:
    """ "Democrats in Congress whom he accused of trying to squelch testimony", "Nunes, whom
    Democrats have accused of many of the same abuses", "Teddy Roosevelt -- the latter of whom
    Beck accused of launching the modern progressive movement": the cue in a relative clause
    whose object is the noun it hangs on, and what it holds against that noun ("of …", "for
    …") after it. The content runs from the noun to the end of that phrase, over the cue, as
    for a gap (`_relative_gap`)."""
    verb = said.verb
    antecedent = verb.head
    if verb.dep_ != "relcl" or said.speaker is None or said.complement:
        return None
    nominal = antecedent.pos_ == "ADJ" and any(c.dep_ == "det" for c in antecedent.children)
    if antecedent.pos_ not in ("NOUN", "PROPN") and not nominal:
        return None  # an adjective stands for a noun only with its article: "the latter"
    own_subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own_subject is None or own_subject.lower_ in lexicon.RELATIVE_PRONOUNS:
        return None  # "officials, who accused him of …": the noun is the speaker
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lower_ not in lexicon.RELATIVE_PRONOUNS for o in objects):
        return None  # "abuses that Republicans accused Mr. Schiff of": the object is another
    charge = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.i > verb.i and c.lower_ in _OBJECT_PREPS and any(c.children)
    ]
    if not charge or not _charges_its_object(verb, said.lemma, charge[0]):
        return None
    relative = {t.i for t in verb.subtree}
    noun = [t for t in antecedent.subtree if t.i < min(relative) and not t.is_punct]
    while noun and (noun[-1].lower_ in lexicon.RELATIVE_PRONOUNS or noun[-1].dep_ == "prep"):
        noun.pop()  # "the latter of whom"
    tokens = [t for t in charge[0].subtree]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not noun or not tokens:
        return None
    return _Reading([said.ctx.tokens_span(noun + tokens)], clause=True)


def _relative_claim(said: _Said) -> _Reading | None:
    """ "the accusations, which Farenthold has repeatedly denied", "a charge that Colorado
    Republican leaders strongly denied", "allegations that he assaulted Ivana Trump, which he
    has denied": the cue in a relative clause whose object is the relative pronoun, standing
    for a claim named before it (`lexicon.PROPOSITION_NOUNS`), as in "Farenthold denied the
    accusations". The content is that claim, without the clause. The parser may hang the
    clause on the claim's last word ("Ivana Trump"): the claim is the nearest claim noun above."""
    verb = said.verb
    if verb.dep_ != "relcl" or said.speaker is None or said.complement:
        return None
    own_subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own_subject is None or own_subject.lower_ in lexicon.RELATIVE_PRONOUNS:
        return None  # "officials, who denied …": the noun is the speaker
    pronoun = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in lexicon.RELATIVE_PRONOUNS),
        None,
    )
    if pronoun is None or pronoun.lower_ in lexicon.PERSON_RELATIVES:
        return None  # "the claim about Mr. Hale, whom Democrats have criticized": a person
    claim = None
    for above in list(verb.ancestors)[:_CLAIM_REACH]:
        if above.pos_ == "NOUN" and above.lemma_.lower() in lexicon.PROPOSITION_NOUNS:
            claim = above
            break
        if above.dep_ in ("prep", "pobj"):
            return None  # "the story about the senator, which …": the clause is the senator's
    if claim is None:
        return None
    first = min(t.i for t in verb.subtree)
    tokens = [t for t in claim.subtree if t.i < first]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in lexicon.RELATIVE_PRONOUNS):
        tokens.pop()
    return _Reading(said.ctx.runs(tokens), clause=True) if tokens else None


def _resumed(said: _Said) -> _Reading | None:
    """ "One of his sons is a Marine, a fact he frequently mentions on the campaign trail", "…
    because of Romney's criticism - a claim Romney rejected": the clause a noun set off after
    it resumes (`resumed`)."""
    content = resumed(said.ctx, said.verb)
    return _Reading(content, clause=True) if content else None


# How far above a relative clause its claim may be: the clause's head, or the last word of the
# claim's own clause ("allegations that he assaulted Ivana Trump, which he has denied").
_CLAIM_REACH = 3


def resumed(ctx: Context, verb: Token) -> list[Span]:
    """The clause a noun set off after it resumes, with that noun and its relative clause, where
    the cue is that clause's verb with the noun for its object (`resuming_noun`): "One of his
    sons is a Marine, a fact he frequently mentions on the campaign trail", "The Democratic
    National Committee now relies on Mrs. Clinton's fund-raising …, an arrangement the Sanders
    campaign has criticized", "Clinton has singled out Sanders's 2005 vote for a bill …,
    something she opposed as a senator", "… because of Romney's criticism - a claim Romney
    rejected", "…, a point Feinstein also acknowledged to Bloomberg". The story gold takes what
    goes before the noun (4 stories) or the noun with its clause (6 stories): the content is
    both, from the clause the noun hangs on to the sentence's end; where that clause is a
    cue's, from what the cue tells ("accused Clinton of implying …", "Ryan was referring to a
    claim …": the cue's source says it in a statement of its own)."""
    noun = resuming_noun(verb)
    if noun is None:
        return []
    doc = noun.doc
    above = noun.head
    while above.pos_ not in ("VERB", "AUX") and above.head is not above:
        above = above.head
    if above.pos_ not in ("VERB", "AUX"):
        return []
    start = above.left_edge.i
    if cues.construction(above):
        start = above.i + 1
        while doc[start].dep_ == "prt" and doc[start].head == above:
            start += 1
    span = ctx.trim(*ctx.tokens_span(list(doc[start : noun.right_edge.i + 1])))
    return [span] if span else []


def resuming_noun(verb: Token) -> Token | None:
    """The noun set off after a clause, at the sentence's end, that a cue's relative clause
    hangs on with the noun for the cue's object: "…, a fact he frequently mentions …". Not a
    noun inside its clause ("Her turn against the trade pact - a deal she once supported -
    makes sense"), a clause with an object or a predicate of its own ("something a 911 caller
    also told a dispatcher", "a response that Mr. Trump's advisers have argued privately is a
    central objective": a gap, `_relative_gap`), nor a negated or a supposed one ("something
    they aren't proposing", "a thought that a real person … would say": nothing they said)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ not in _RESUMING or noun.pos_ not in ("NOUN", "PRON"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in lexicon.RELATIVE_PRONOUNS:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return None
    if any(
        c.dep_ in _OWN_OBJECTS and c.lower_ not in lexicon.RELATIVE_PRONOUNS for c in verb.children
    ):
        return None
    if any(c.i > verb.i and c.pos_ in ("VERB", "AUX") for c in noun.children):
        return None
    doc = noun.doc
    before = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    after = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else None
    if before is None or before.text not in _SETTING_OFF:
        return None
    if after is not None and not (after.is_sent_end or after.is_sent_start) and after.text != ".":
        return None
    return noun


# How a noun that resumes the clause before it hangs on that clause, and what sets it off.
_RESUMING = frozenset(("appos", "npadvmod"))
_SETTING_OFF = frozenset((",", "-", "--", "—", "–"))
# A relative clause's objects of its own: then the noun is not what its verb says.
_OWN_OBJECTS = frozenset(("dobj", "dative", "ccomp", "xcomp", "oprd", "attr"))


def _charges_its_object(verb: Token, lemma: str, prep: Token) -> bool:
    """PolNeAR train finds the verb a cue with an object and that preposition ("accused … of":
    64 in 75, "blamed … for": 18 in 21), or with a plain object ("criticized"): so a charge,
    not an act ("whom he fired in February for lying to the vice president")."""
    key = shapes.key(verb, lemma)
    rows = (CUE_TABLE.get((key, f"obj+prep:{prep.lower_}")), CUE_TABLE.get((key, "obj")))
    return any(row is not None and row[2] for row in rows)


def _by_agent(said: _Said) -> _Reading | None:
    """ "had been accused of sexual harassment by Lauren Greene", "has been criticized by civil
    libertarians over First Amendment concerns", "was told by aides that …": a passive speech
    verb's source is its "by" agent, not its subject; what it says is its clause, or what it
    holds against the subject ("of …", "over …") and calls it ("as …")."""
    verb = said.verb
    by = agent(verb)
    if by is None or not passive(verb) or not can_speak(by) or said.lemma in cues.ESTIMATE_VERBS:
        return None  # "put at about 11,000 by the Pentagon" is an estimate's (`_estimate`)
    if said.lemma in _NO_SPEECH_IN_THE_PASSIVE:
        return None  # "Mr. Comey, who was fired by Mr. Trump as director of the F.B.I."
    if said.complement:
        return _Reading([said.ctx.tokens_span(clause(said.complement[0]))], True, [by])
    parts = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS + _LIKENED_TO.get(said.lemma, ()))
            or c.dep_ in ("xcomp", "oprd")
        )
    ]
    tokens = [t for p in parts for t in p.subtree]
    if not tokens and (patient := _said_patient(said)) is not None:
        return _Reading([speaker_span(said.ctx, patient)], speaker=[by])
    return _Reading(said.ctx.runs(tokens) if tokens else [], bool(tokens), [by])


# Speech verbs whose passive is another sense: "fire" speaks only actively ("fired back",
# "fired off a letter"); someone "was fired" is dismissed and shots "were fired" (all 25
# passives of "fire" in PolNeAR train and dev and BASIL, none speech; BASIL d16050b3 read
# "Donald Trump — fired: as director of the F.B.I." from "who was fired by Mr. Trump as …").
_NO_SPEECH_IN_THE_PASSIVE = frozenset(("fire",))


# Speech verbs whose passive subject is what the "by" agent said: verbs that tell a thing true
# or false ("Her death was confirmed by the Eagle Forum", "The legislation was immediately
# dismissed by Republican leadership", "Both incidents were claimed by the so-called Islamic
# State": statements in the story gold, 3 stories). Not "reject" ("The proposal was rejected by
# voters" is a vote) nor the verbs of praise and blame ("The bill was praised by Democrats"
# tells nothing of the bill: the plain-object class the gold reads both ways).
_PASSIVE_VERDICT_VERBS = frozenset(
    "confirm deny dismiss dispute claim report announce reveal disclose acknowledge admit".split()
)


def _said_patient(said: _Said) -> Token | None:
    """The passive subject of a speech verb that is what its "by" agent said: a thing named
    before the verb, not someone ("The nominee was confirmed by the Senate" is a vote), in the
    verb's sense of telling (`_told`), not a pronoun ("it was first reported by …" says
    nothing) nor a relative ("the attacks, which were claimed by …": the gold's fragment is the
    clause, not the noun)."""
    verb = said.verb
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if patient is None or said.lemma not in _PASSIVE_VERDICT_VERBS or not _told(said, patient):
        return None
    return patient if patient.pos_ == "NOUN" and not _someone(patient) else None


def _told(said: _Said, patient: Token) -> bool:
    """Whether the verb tells its subject true, not its other sense: "confirmed" by a body that
    votes is a vote ("Her appointment was confirmed by the Senate on Tuesday"), and what is
    "claimed" is an act owned up to ("Both incidents were claimed by …"), not a thing taken
    ("The seat was claimed by Republicans in 2010", "The bodies were claimed by relatives")."""
    if said.lemma == "confirm":
        by = agent(said.verb)
        return by is None or by.lemma_.lower() not in lexicon.VOTING_BODIES
    if said.lemma == "claim":
        return patient.lemma_.lower() in lexicon.CLAIMED_ACTS
    return True


# Nouns for those who can speak, by their lexicon lists (`can_speak` also takes plurals by
# their ending, "protesters", which takes things too: "Both incidents were claimed by …").
_SOMEONE_NOUNS = (
    lexicon.GROUP_NOUNS
    | lexicon.ROLE_NOUNS
    | lexicon.PERSON_NOUNS
    | lexicon.INSTITUTION_NOUNS
    | lexicon.ANONYMOUS_NOUNS
)


def _someone(noun: Token) -> bool:
    """A noun for a person, a group or a body: a name's entity, or a noun of those lists."""
    named = noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    return named or noun.lemma_.lower() in _SOMEONE_NOUNS or a_person(noun)


def is_document(token: Token) -> bool:
    return (
        token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.DOCUMENT_NOUNS
    ) or descriptions.generic_document(token)


def _its_document(verb: Token) -> bool:
    """A document whose own words the verb gives: its subject ("The missive accused …, and
    urged …") or the document a participle hangs on ("approved a resolution condemning …"); not
    one whose purpose a clause tells ("The suit doesn't contain statistics to support the
    claim")."""
    head = verb.head if verb.dep_ == "conj" else verb
    own = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(is_document(c) for c in own) or document_participle(verb) is not None


def _its_body(verb: Token, subject: Token) -> bool:
    """ "it" for the body that is the subject of the clause the verb's is joined to: "The NRA
    said it needs “time to digest” the findings, but it commended Hutchinson …"."""
    if subject.lower_ != "it" or verb.dep_ != "conj":
        return False
    first = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return first is not None and first.pos_ == "PROPN" and can_speak(first)


def _evidence_with_object(said: _Said) -> _Reading | None:
    """ "A 2014 study found 31 incidents … out of more than a billion ballots cast"."""
    if said.shown and object_after(said.verb) is not None:
        return _Reading(said.ctx.after(said.verb))
    return None


def _complement(said: _Said) -> _Reading | None:
    """ "Cancian believes that …": the clause the verb governs; two clauses after it, when the
    parser split one ("he says they should not be cannon fodder – to add such a
    characterization is “Ukrainian bravado”"), both."""
    if not said.complement:
        return None
    after = [c for c in said.complement if c.i > said.verb.i]
    if len(after) > 1 and len(after) == len(said.complement):
        return _Reading([said.ctx.tokens_span([t for c in after for t in clause(c)])])
    head = said.complement[0]
    subject = _subject_read_as_object(said, head)
    return _Reading([said.ctx.tokens_span([*(subject.subtree if subject else ()), *clause(head)])])


# Verbs whose object is whom they address or what they call it ("told reporters …", "asked
# them to …", "called the report “outrageous”"): their object is never the clause's subject.
_OBJECT_NOT_SUBJECT_VERBS = frozenset(
    "tell ask assure remind inform advise warn urge promise call brand label dub term".split()
)


def _subject_read_as_object(said: _Said, head: Token) -> Token | None:
    """ "said his Democratic opponent for president, Hillary Clinton, suffered no consequences",
    "argued the Keystone XL pipeline, which is widely supported by Republicans, "wouldn't go 10
    feet"": the parser took the clause's subject, long or set off by commas, for the verb's
    object and left the clause with no subject; a finite clause right after the object, with
    nothing but punctuation between, has it for its subject, so the content begins with it."""
    verb = said.verb
    obj = object_after(verb)
    if (
        obj is None
        or said.lemma in _OBJECT_NOT_SUBJECT_VERBS
        or head.i < obj.i
        or head.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in (*SUBJECTS, "expl") for c in head.children)
        or not finite(head)
    ):
        return None
    between = verb.doc[obj.right_edge.i + 1 : head.left_edge.i]
    return obj if all(t.is_punct for t in between) else None


def _clause_past_a_time(said: _Said) -> _Reading | None:
    """ "Farenthold said after the reports broke that he would repay the $84,000": a time
    clause between the cue and its "that" clause, which the parser then hung on the time
    clause's verb (a verb that reports nothing itself)."""
    if said.lemma not in lexicon.SPEECH_VERBS or said.complement:
        return None
    for time in (c for c in said.verb.children if c.dep_ == "advcl" and c.i > said.verb.i):
        if cues.lemma(time) in cues.CUE_LEMMAS or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in _SUBORDINATORS for m in time.children
        ):
            continue
        that = next(
            (
                c
                for c in time.children
                if c.dep_ == "ccomp"
                and c.i > time.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if that is not None:
            return _Reading([said.ctx.tokens_span(clause(that))], clause=True)
    return None


def _object_then_clause(said: _Said) -> _Reading | None:
    """ "he also claimed the “hope and change campaign of '08 has become the blame and attack
    campaign of 2012”": a clause the parser read as the verb's object and a second verb."""
    verb = said.verb
    if said.lemma not in lexicon.SPEECH_VERBS or said.complement:
        return None
    obj = object_after(verb)
    if obj is not None and any(t.pos_ in ("VERB", "AUX") for t in obj.subtree):
        return None  # "criticized a pact …, which promises …": a phrase with its own clause
    joined = next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj"
            and obj is not None
            and c.i > obj.i
            and c.pos_ in ("VERB", "AUX")
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            and any(a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_TAGS for a in c.children)
            and c.left_edge.i == obj.right_edge.i + 1  # nothing between them
        ),
        None,
    )
    if joined is None:
        return None
    return _Reading([said.ctx.tokens_span([*obj.subtree, *joined.subtree])], clause=True)


def _set_off_cue(said: _Said) -> _Reading | None:
    """ "…, Lankov adds." or "The talks, officials said, had collapsed."."""
    verb = said.verb
    if not (set_off(verb) and said.speaker is not None):
        return None
    leading = {t.i for c in leading_clauses(verb) for t in c.subtree}
    cue_clause = {t.i for t in verb.subtree} - leading
    speaker = said.speaker[0]
    if verb.head.i < speaker.i < verb.i and speaker.i not in cue_clause:
        # "“Basically all of my relationships are …,” Butz, 49, told The Huffington Post.":
        # the cue's subject, hung on the quote's verb, is no word of the quote
        cue_clause |= {t.i for t in speaker.subtree}
    sentence = verb.sent
    if verb.i > verb.head.i and all(
        t.is_punct or t.is_space for t in sentence if t.i > max(cue_clause)
    ):
        # "A told B that …, one person close to the talks said.": the cue closes the
        # sentence (the paragraph break after it is still the sentence's), and all before it
        # is what was said, wherever the parser hung the cue
        edge = min(cue_clause)
        return _Reading(said.ctx.runs([t for t in sentence if t.i < edge]), set_off=True)
    head_tokens = [t for t in verb.head.subtree if t.i not in cue_clause]
    runs = said.ctx.runs(head_tokens)
    # "At another point, Mr. Smythe said, “We assume …”", "But, as Mr. Smythe pointed out,
    # “…”": a lead-in with no subject and no verb of its own is the writer's, not the quote's
    if len(runs) > 1 and runs[0][1] <= verb.idx and _lead_in(said.ctx, *runs[0]):
        runs = [_inside_quote(said.ctx, *run) for run in runs[1:]]
    return _Reading(runs, set_off=True)


def _inside_quote(ctx: Context, start: int, end: int) -> Span:
    """A run that is one quote (its closing mark hung on the cue): the quote's inside."""
    quote = ctx.quote_at(start)
    if quote is not None and quote.start == start and quote.end >= end:
        return quote.inner_start, quote.inner_end
    return start, end


def _lead_in(ctx: Context, start: int, end: int) -> bool:
    words = ctx.doc.char_span(start, end, alignment_mode="expand")
    return words is not None and not any(
        t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") or t.pos_ in ("VERB", "AUX")
        for t in words
    )


def _parenthetical_root(said: _Said) -> _Reading | None:
    """ "Though the transition was seamless, he said, replacing Clinton would be …": the
    parser made the cue the root; what it reports is the rest of the sentence."""
    verb = said.verb
    if said.speaker is None or not parenthetical(verb, said.speaker[0]):
        return None
    subject = said.speaker[0]
    cue_clause = {verb.i, *(t.i for t in subject.subtree)}
    cue_clause |= {t.i for t in verb.children if t.dep_ in ("npadvmod", "advmod")}
    return _Reading(said.ctx.runs([t for t in verb.sent if t.i not in cue_clause]), set_off=True)


def _that_clause(said: _Said) -> _Reading | None:
    """A misparsed "adding that …" or "said in a statement that …": the clause runs from
    "that" to the sentence end."""
    verb = said.verb
    if said.lemma not in lexicon.SPEECH_VERBS or (that := _that_after(verb)) is None:
        return None
    start = that
    if (relative := _relative_without_gap(that)) is not None:
        words = [t for t in clause(relative) if t.i >= that.i and not t.is_punct]
    elif (claim := _claim_the_clause_tells(verb, that)) is not None or (
        that.head.i > that.i and that.head.pos_ in ("VERB", "AUX")
    ):
        # "Bush pointedly rejected the notion that he was part of the so-called Republican
        # establishment": what he rejected is the notion, the clause only what it holds
        start = claim.left_edge if claim is not None else that
        words = [t for t in clause(that.head) if t.i >= that.i and not t.is_punct]
    else:
        words = [t for t in verb.sent if t.i >= that.i and not t.is_punct]
    return _Reading([(start.idx, words[-1].idx + len(words[-1]))] if words else [])


def _claim_the_clause_tells(verb: Token, that: Token) -> Token | None:
    """The claim noun, the verb's object, whose own clause "that" opens ("rejected the notion
    that …", "denied the notion that a campaign shakeup is coming", "repeated his claim that
    …", PolNeAR train): the noun a statement's content keeps, as the verb reports the claim
    (the clause alone would give "Bush: that he was part of the establishment", the claim he
    rejected as if it were his own)."""
    if that.dep_ != "mark" or that.head.dep_ != "acl" or that.head.i < that.i:
        return None
    noun = that.head.head
    if noun.dep_ != "dobj" or noun.head != verb or noun.i != that.i - 1:
        return None
    return noun if noun.lemma_.lower() in lexicon.CLAIM_NOUNS else None


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
    """ "estimates this at $2,000", "put at about 11,000 by the Pentagon", "Gallup’s own
    tracking poll puts Obama’s approval … at 49.5 percent" (`cues.put_at`)."""
    verb = said.verb
    if said.lemma not in cues.ESTIMATE_VERBS:
        return None
    if said.lemma == "put" and agent(verb) is None and cues.put_at(verb) is None:
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
    if not _can_say(said):
        return None  # "The lawsuit … accused Colorado officials of participating in a scheme"
    if not (
        lemma in lexicon.OBJECT_CUE_VERBS
        or lemma in lexicon.XCOMP_CUE_VERBS
        or lemma in lexicon.PREP_CUES
    ):
        return None
    content = _complement_content(said.ctx, said.verb, lemma)
    if content and lemma in _NAMING:
        # "He called it “a very good night,” and said …", the quote parsed as an adverb: the
        # name given is the quote right after the object
        after = len(said.ctx.text[content[-1][1] :]) - len(said.ctx.text[content[-1][1] :].lstrip())
        quote = said.ctx.quote_at(content[-1][1] + after)
        if quote is not None and quote.start == content[-1][1] + after:
            content = [*content[:-1], (content[-1][0], quote.end)]
    if not content:
        return None  # another reading may find it (`_in_the_tables_shape`)
    return _Reading(content, clause=True)  # "hopes to win": what is said


def _cast_as(said: _Said) -> _Reading | None:
    """ "He has repeatedly characterized him as a person of unredeemable callousness",
    "Fiorina routinely characterizes herself as a “change warrior”": a reporting verb that
    casts its object as something (`lexicon.AS_VERBS`) and takes no object for what is said
    (not `lexicon.OBJECT_CUE_VERBS`, which `_object_cue` reads) says what it casts the object
    as, as the verbs of seeing as do (`as_verb`)."""
    if said.lemma not in lexicon.AS_VERBS or said.lemma in lexicon.OBJECT_CUE_VERBS:
        return None
    if said.complement or said.speaker is None:
        return None
    found = as_verb(said.ctx, said.verb)
    return _Reading(found.content) if found is not None else None


def _can_say(said: _Said) -> bool:
    """The verb's subject is one who can say something, or a document, bodies of a kind or an
    "it" standing for a speaker."""
    return said.speaker is not None and (
        can_speak(said.speaker[-1])
        or is_document(said.speaker[-1])
        or bodies_of_a_kind(said.speaker)
        or it_for_a_speaker(said.ctx, said.verb, said.speaker[-1])
    )


def _in_the_tables_shape(said: _Said) -> _Reading | None:
    """ "lawmakers who have warned Obama not to overstep his bounds", "He would warn voters not
    to vote for false or squishy Republicans", "many liberal Democrats warned the Fed not to
    act this year": a verb of speech the word lists read in other shapes ("warn of" a crisis,
    "warned that …"), with an object and an infinitive, a shape PolNeAR train finds a cue
    (`cues.verdict`: "warn" so 4 times in 4), where no other reading found what it says: what
    the object is told to do. Not a verb the lists read by its object or infinitive
    (`lexicon.OBJECT_CUE_VERBS`, `lexicon.XCOMP_CUE_VERBS`): where they find nothing there,
    nothing was said. Only this shape: a plain object may be only what a report is about
    ("reported the issue", "recalling a visit to his church": no statement in the story gold),
    and an infinitive alone may run on into one the parser hung inside it ("a woman who
    claimed to be undecided to cast her ballot for him")."""
    lemma = said.lemma
    if lemma not in lexicon.SPEECH_VERBS or not _can_say(said):
        return None
    if lemma in lexicon.OBJECT_CUE_VERBS or lemma in lexicon.XCOMP_CUE_VERBS:
        return None
    if shapes.shape(said.verb) != "obj+to" or cues.verdict(said.verb, lemma) is not True:
        return None
    content = _complement_content(said.ctx, said.verb, lemma, by_table=True)
    return _Reading(content, clause=True) if content else None


def _said_about(said: _Said) -> _Reading | None:
    """ "House Minority Leader Nancy Pelosi (D-Calif.) tweeted about her opposition to the
    restaurant", "Trump has mused about abandoning decades of nuclear security policy", "Jeb
    Bush … tweeted about the contrast between his disclosures and Clinton's secrecy": a verb of
    speech the word lists read by no "about" (`lexicon.PREP_CUES` reads "talked about", "wrote
    about", "complained about"), with an "about" phrase and nothing else it says, says what
    the phrase names, as those do. Only with its own speaker, and with no object, clause or
    infinitive anywhere: an object gapped ("what he said about …", "anything to say about …")
    is what was said, the phrase its topic; a report owed ("will likely have to report to a
    judge … about its lapse") is none yet, and a quote the verb sets off is what was said
    ("“Why in the world would you try to cozy up to George W. Bush?” Lichtman said about
    McCain's effort …"), as are the words a colon after the phrase hands on ("the Democrat
    convention committee said about its specific inclusion of Planned Parenthood’s abortion
    business in the latest draft of its platform:" then a quote). The phrase is no clause the
    verb governs, so "asked about …" stays a question put, no statement (`reporting_verb`)."""
    verb, lemma = said.verb, said.lemma
    if lemma not in lexicon.SPEECH_VERBS or "about" in lexicon.PREP_CUES.get(lemma, ()):
        return None
    if not _can_say(said) or said.complement or has_to(verb) or verb.dep_ == "pcomp":
        return None
    if adjacent_quote(said.ctx, verb) is not None:
        return None  # "“Why in the world would you …?” Lichtman said about McCain's effort …"
    if any(c.dep_ in _SAID_PARTS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ in ("relcl", "acl") and (
        subject is None or subject.lower_ not in lexicon.RELATIVE_PRONOUNS
    ):
        return None  # the noun the clause hangs on is what was said: "the things he said about …"
    head = verb.head if verb.dep_ == "conj" else verb
    # (a relative clause on the subject is the subject's: "Jeb Bush, who released …, tweeted")
    subjects = {t.i for c in head.children if c.dep_ in SUBJECTS for t in c.subtree if t.i != c.i}
    own = subject.i if subject is not None else -1
    if any(
        t.tag_ in ("WP", "WDT") and t.i != own and t.i < verb.i and t.i not in subjects
        for t in head.subtree
    ):
        return None  # "what the Sanders campaign may or may not be implying about Clinton"
    about = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > verb.i),
        None,
    )
    tokens = [t for t in about.subtree if t is not about] if about is not None else []
    if not tokens:
        return None
    end = tokens[-1].i + 1
    if end < len(verb.doc) and verb.doc[end].text == ":":
        return None  # "the committee said about its specific inclusion of …:" then its words
    return _Reading([said.ctx.tokens_span(tokens)])


# What a verb may say besides an "about" phrase: an object, a clause, an infinitive, whom it
# tells.
_SAID_PARTS = frozenset(("dobj", "ccomp", "xcomp", "dative", "oprd", "attr", "advcl"))


def _speech_act_told(said: _Said) -> _Reading | None:
    """ "he told the story of an older supporter in the Miami area …", "Mr. Ryan suggested few
    ideas for how to appeal to voters …", "different media sources were reporting different
    numbers of cases where …": a verb of speech whose plain object is a speech act or a claim
    (`lexicon.SPEECH_ACT_NOUNS`, `lexicon.PROPOSITION_NOUNS`) gives it, as "offered his
    assessment of …" does (`giving_verb`), and the object is what was said; only with what the
    object is of or about ("read a statement", "posted a message" say nothing) and a speaker
    that can speak. Verbs whose plain object is already what they attribute
    (`lexicon.OBJECT_CUE_VERBS`) keep their own reading."""
    verb, lemma = said.verb, said.lemma
    if said.complement or said.speaker is None or lemma in lexicon.OBJECT_CUE_VERBS:
        return None
    if lemma not in lexicon.SPEECH_VERBS:
        return None  # "Sanders probably will find very little sympathy for …": met with
    if has_to(verb) or verb.dep_ == "pcomp":
        # "voters that Republicans have depended on to counter the large numbers of …",
        # "made a career out of shocking her public by telling stories of …": an act meant,
        # or one named as a kind
        return None
    if words_given_after(verb):
        return None  # "posted an apology for her “hurtful” words, saying she had …"
    if lemma in lexicon.PREP_CUES or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None
    obj = object_after(verb)
    if obj is None or obj.lemma_.lower() not in _TOLD_OBJECTS:
        return None
    if obj.lemma_.lower() in lexicon.STANCE_VERBS:
        # "showed her support for Chick-fil-A", "signaling his support for a filibuster": a
        # stance toward a thing, as "her support for the deal" is (`lexicon.STANCE_NOUNS`)
        return None
    if not (can_speak(said.speaker[-1]) or is_document(said.speaker[-1])):
        return None
    about = [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in _TOLD_OF]
    hung = phrase_of_object(verb, obj)
    hung = hung if hung is not None and hung.lower_ in _TOLD_OF else None
    if not about and hung is None:
        return None
    tokens = [*obj.subtree, *(hung.subtree if hung is not None else ())]
    return _Reading([said.ctx.tokens_span(sorted(tokens, key=lambda t: t.i))], clause=True)


_TOLD_OBJECTS = lexicon.SPEECH_ACT_NOUNS | lexicon.PROPOSITION_NOUNS
# What a speech act is of or about: "the story of …", "ideas for how to …".
_TOLD_OF = frozenset(("of", "about", "for", "against", "regarding"))


# Verbs that give a thing a name: "called it “a very good night”".
_NAMING = frozenset("call brand label dub term".split())


# Verbs by which a body or a person gives out its own figures: "The state reported a 2.8
# percent unemployment rate in June", "Trump reported between $5,000 and $15,000 in interest
# income".
_FIGURE_REPORTS = frozenset("report disclose".split())
# What is published, not counted: "reported three stories on the scandal".
_PUBLISHED = (
    lexicon.DOCUMENT_NOUNS
    | lexicon.SPEECH_ACT_NOUNS
    | lexicon.CLAIM_NOUNS
    | lexicon.PROPOSITION_NOUNS
)


def _figure_reported(said: _Said) -> _Reading | None:
    """ "The state reported a 2.8 percent unemployment rate in June", "The company reported
    earnings of $8.42 a share", "authorities reported at least 20 victims at a nonprofit
    center", "German police reported 906 attacks against asylum seeker homes": "report" or
    "disclose" with a plain object that holds a figure gives the figure as the speaker's own
    count, whoever the subject is (a state, casinos, a company). PolNeAR train marks the verb a
    cue in 6 of the 7 such sentences, and the story gold takes them as statements in 5 stories
    (none found before). A plain object without a figure may be only what a report is about
    ("Police reported the incident", "reported the theft of her car in 2014":
    `_in_the_tables_shape`); a thing or someone reported "to" an authority is an act of
    telling on it ("reported 12 officers to internal affairs"), as people reported "for"
    something are ("reported three employees for misconduct"), a count of stories is what was
    published ("men reported 65% of U.S. political stories in 2014"), and a relative clause in
    the object is the writer's gloss ("a nonprofit center that works with …", "earnings,
    which rose 5 percent": no figure of the object's). A report still to come, owed or asked
    about gives nothing yet ("will report", "must report", "Did the company report …?"; the
    round-64 code review)."""
    verb = said.verb
    if said.lemma not in _FIGURE_REPORTS or said.complement or said.speaker is None:
        return None
    if not (_can_say(said) or said.speaker[-1].pos_ in ("NOUN", "PROPN")):
        return None  # "the remaining casinos reported $2.17 billion in gaming revenue"
    if passive(verb) or has_to(verb) or verb.dep_ in ("pcomp", "amod", "acl"):
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "dative", "neg") for c in verb.children):
        return None  # "has not disclosed his $10 million in debts": nothing given
    if any(c.tag_ == "MD" for c in verb.children) or verb.sent.text.rstrip().endswith("?"):
        return None  # "will report", "must report", "Did the company report …?": none given yet
    obj = object_after(verb)
    if obj is None:
        return None
    of = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
    counted = [obj, *(o for p in of for o in p.children if o.dep_ == "pobj")]
    if any(t.lemma_.lower() in _PUBLISHED for t in counted):
        return None  # "men reported 65% of U.S. political stories in 2014": stories written
    after = [c for c in verb.children if c.i > obj.i and c.dep_ in ("prep", "npadvmod")]
    # a relative clause is the writer's gloss on what was counted ("at least 20 victims at a
    # nonprofit center that works with individuals with developmental disabilities")
    parts = [t for p in (obj, *after) for t in p.subtree]
    glossed = {t.i for r in parts if r.dep_ == "relcl" for t in r.subtree}
    if not any(
        t.ent_type_ in lexicon.FIGURE_ENTITIES and t.i not in glossed and _near(t, obj)
        for t in obj.subtree
    ):
        return None  # "its work on behalf of government interests in …, one of the …"
    telling = ("to", "for") if _people(obj) else ("to",)
    if any(c.dep_ == "prep" and c.lower_ in telling for c in (*verb.children, *obj.children)):
        return None  # "disclosed to the Justice Department …", "reported three employees for …"
    tokens = [t for t in parts if t.i not in glossed]
    return _Reading(said.ctx.runs(tokens)[:1])


def _people(obj: Token) -> bool:
    """Whether what was reported is people ("three employees for misconduct"): one who reports
    them "for" something tells on them, as "to" an authority."""
    return obj.lemma_.lower() in lexicon.PERSON_NOUNS or obj.ent_type_ == "PERSON"


def _near(figure: Token, obj: Token) -> bool:
    """The figure is the object's own count, at most three steps down the parse from it ("906
    attacks", "a 2.8 percent unemployment rate", "earnings of $8.42 a share"), not a number
    deep in a phrase that only describes it."""
    steps, token = 0, figure
    while token != obj and steps <= 3:
        token, steps = token.head, steps + 1
    return token == obj and steps <= 3


def _claimed(said: _Said) -> _Reading | None:
    """ "Islamic State claimed responsibility for the attack", "a man claiming allegiance to
    ISIS", "claimed self-defense": "claim" with a plain object that is an act owned up to, a
    side or a plea (`lexicon.CLAIMED_OF_ONESELF`) says so; with another ("claimed the
    nomination") it takes a thing won and says nothing."""
    if said.lemma != "claim" or said.complement or said.speaker is None:
        return None
    verb = said.verb
    obj = object_after(verb)
    if obj is None or obj.lemma_.lower() not in lexicon.CLAIMED_OF_ONESELF:
        return None
    # what it is owed to or for, where the parser hung it on the verb ("for the attack")
    owed = [c for c in verb.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in _OWED]
    tokens = [*obj.subtree, *(t for p in owed for t in p.subtree)]
    return _Reading([said.ctx.tokens_span(sorted(tokens, key=lambda t: t.i))], clause=True)


_OWED = frozenset(("for", "to"))


def _what_said_is(said: _Said) -> _Reading | None:
    """ "denying what some have said was a signal that …", "at what he has said is the
    country's apparent willingness to …", "that's what Ryan had argued is the problem": the
    cue's object is a "what" before it, and the predicate "what" is the subject of the parser
    hung beside the cue, with no clause of its own. The content is that predicate. Only where
    a word governs the "what" ("What he said was true" opening a sentence is the writer's
    verdict on it)."""
    verb = said.verb
    if said.complement or said.speaker is None:
        return None
    what = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.lower_ == "what"),
        None,
    )
    doc = verb.doc
    if what is None or what.i == 0 or verb.right_edge.i + 1 >= len(doc):
        return None
    if doc[what.i - 1].pos_ not in ("ADP", "VERB", "AUX"):
        return None
    after = doc[verb.right_edge.i + 1]
    predicate = after.head if after.dep_ == "aux" else after
    if after.pos_ not in ("AUX", "VERB") or predicate.i < after.i or verb in predicate.ancestors:
        return None
    if any(c.dep_ in (*SUBJECTS, "expl") and c.i > verb.i for c in predicate.children):
        return None  # "what he said, he meant": a clause of its own
    tokens = [t for t in predicate.subtree if t.i > verb.right_edge.i]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    span = said.ctx.trim(*said.ctx.tokens_span(tokens)) if tokens else None
    return _Reading([span], clause=True) if span else None


# What may stand between a verb and the colon that hands its words to the next paragraph:
# "he said:", "Fox News reports:", "Soerens argued that:", "said in a statement Monday:",
# "told reporters:" (someone told).
_BEFORE_THE_COLON = frozenset(("advmod", "npadvmod", "prep", "pobj", "det", "amod", "compound"))


def _paragraph_after_colon(said: _Said) -> _Reading | None:
    """ "In a speech last July, he said:" then a paragraph of his words without quotation
    marks ("Let no one be mistaken – Donald Trump’s candidacy is a cancer on conservatism …"),
    "The governor added:", "Hewitt writes:": a verb of speech that ends its paragraph on a
    colon, with nothing it reports in its own sentence, says the next paragraph (a quote there
    is `quotes._introduced_by`'s; a post is `quotes.embedded_posts`'). The story gold takes
    such a paragraph as the speaker's 3 times in 3 (3 stories); PolNeAR train and dev mark it
    content 8 times in 8 after "said", "added", "wrote", "writes", "reports" or "argued that"
    (never a post's markup)."""
    verb, ctx = said.verb, said.ctx
    if said.lemma not in lexicon.SPEECH_VERBS or said.speaker is None:
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or ctx.inside_quote(verb):
        return None
    doc, text = verb.doc, ctx.text
    i = verb.i + 1
    while i < len(doc) and doc[i].text != ":":
        word = doc[i]
        told = word.dep_ in ("dobj", "dative") and word.head == verb and can_speak(word)
        if word.is_space or not (
            word.dep_ in _BEFORE_THE_COLON or told or (word.lower_ == "that" and i == verb.i + 1)
        ):
            return None
        if verb not in word.ancestors and word.lower_ != "that":
            return None
        i += 1
    if i == len(doc):
        return None
    colon_end = doc[i].idx + 1
    start = colon_end + len(text[colon_end:]) - len(text[colon_end:].lstrip())
    if "\n" not in text[colon_end:start] or start == len(text):
        return None  # the words go on in the colon's own paragraph (`through_a_colon`)
    if text[start] in QUOTE_OPENERS or text[start] == "<":
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if len(text[start:end].split()) < MIN_PARAGRAPH_WORDS:
        return None
    return _Reading([(start, end)], clause=True)


# The fewest words a paragraph handed on by a colon has to be someone's words ("9:42 p.m."
# after "(all times Eastern Standard Time):" is a time stamp).
MIN_PARAGRAPH_WORDS = 4


SPEECH_READINGS: tuple[Callable[[_Said], _Reading | None], ...] = (
    _by_agent,
    _paragraph_after_colon,
    _relative_gap,
    _relative_charge,
    _relative_claim,
    _resumed,
    _what_said_is,
    _evidence_with_object,
    _object_then_clause,
    _complement,
    _clause_past_a_time,
    _set_off_cue,
    _parenthetical_root,
    _that_clause,
    _loose_clause_reading,
    _said_object_reading,
    _shown,
    _estimate,
    _figure_reported,
    _claimed,
    _speech_act_told,
    _cast_as,
    _object_cue,
    _in_the_tables_shape,
    _said_about,
)


def reporting_verb(ctx: Context, verb: Token) -> Candidate | None:
    lemma = cues.lemma(verb)
    if (sign := no_sign_that(verb)) is not None:
        return _denied_sign(ctx, verb, sign)
    participle = (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not hung_on_its_subject(verb)
    )
    if (passive(verb) or participle) and not agent(verb):
        return None  # "men believed to be North Koreans", "it has been widely reported"
    speaker = speaker_of(verb)
    complement = [
        c
        for c in verb.children
        if c.dep_ in ("ccomp",)
        and c.i != verb.i
        and not _report_before(ctx, c, verb)
        and not report_after(ctx, c, verb)
        and not _a_nouns_clause(c)
    ]
    if len(complement) > 1 and not set_off(verb):
        # "“You should resign,” Warren told Stumpf, after he admitted he hadn’t …": the quote;
        # "… paying off: He said he’s raised …": the clause after the cue
        quoted = [c for c in complement if ctx.quote_at(c.left_edge.idx) is not None]
        complement = quoted or [c for c in complement if c.i > verb.i] or complement
    shown = lemma in cues.EVIDENCE_VERBS and speaker is not None and evidence(speaker[-1])
    said = _Said(ctx, verb, lemma, speaker, complement, shown)
    reading = next((r for r in (read(said) for read in SPEECH_READINGS) if r is not None), None)
    reading = reading or _Reading([])
    content = _with_that_conjuncts(verb, reading.content)
    cue = reading.cue or (verb.idx, verb.idx + len(verb))
    speaker = reading.speaker or speaker
    content = _before_its_speaker(ctx, verb, speaker, content)
    # "Ryan's endorsement, many think, is only a matter of time", "So why, he asked, does Cuba
    # not have Toyotas …?": a belief or a question set off in the clause it reports, as a
    # set-off "said" is (the story gold takes such a clause 10 times in 10 outside a quote, 6
    # stories); not where a dash after the verb opens the writer's words and the parse hangs
    # the cue on them ("…, Clinton allies believe — backers she will need come November")
    governs_clause = (
        bool(complement) or reading.clause or (reading.set_off and not _dash_after(verb))
    )

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
    if quote is not None and quote.end <= verb.idx and content and content[-1][1] <= quote.start:
        content = _quoted_conjunct(ctx, complement, quote) or content
    if quote is not None:
        content = with_quote(content or [(quote.inner_start, quote.inner_end)], quote)
    if content and hung_on_its_subject(verb) and verb.head.dep_ in ("ROOT", "nsubj"):
        # "… called Trump's proposal "one-sided and ineffective."": what the parser hung on
        # the subject after the verb is the verb's
        later = [
            t for c in verb.head.children if c.i > verb.i and not c.is_punct for t in c.subtree
        ]
        if verb.sent.root.i > verb.i and verb.sent.root.pos_ in ("NOUN", "PROPN"):
            # "The campaign called AP's report a “rush to judgment,” because …": the parser
            # made a root of a noun after the verb; the rest of the sentence is the verb's
            later = [t for t in verb.sent if t.i > verb.i and not t.is_punct]
        if later:
            end = max(content[-1][1], *(t.idx + len(t) for t in later))
            content = [(content[0][0], end)]
    content = [c for c in (ctx.trim(s, e) for s, e in content) if c]
    belief_only = lemma in lexicon.BELIEF_VERBS and lemma not in lexicon.SPEECH_VERBS
    if shown and content:
        belief_only = False
    if not content or (belief_only and not governs_clause and quote is None):
        return None
    if lemma == "ask" and not governs_clause and quote is None:
        return None
    return Candidate(cue, content, speaker)


def _with_that_conjuncts(verb: Token, content: list[Span]) -> list[Span]:
    """ "saying he would deploy up to 30,000 American soldiers …, and that he won’t rule out
    accepting outside contributions", "told the audience … that he and Fox News had multiple
    conversations Thursday but that nothing could change his mind": a second "that" clause
    the parser joined to the cue (`syntax.that_conjuncts`) is what the cue says too; the
    content after the cue runs to its end."""
    if not content or content[-1][0] < verb.idx:
        return content
    more = [c for c in that_conjuncts(verb) if c.idx >= content[-1][1]]
    if not more:
        return content
    last = [t for t in more[-1].subtree if not t.is_punct] or [more[-1]]
    return [*content[:-1], (content[-1][0], last[-1].idx + len(last[-1]))]


def _before_its_speaker(
    ctx: Context, verb: Token, speaker: list[Token] | None, content: list[Span]
) -> list[Span]:
    """ "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland,
    wearing a cowboy hat and “Ted Cruz” campaign pins, said": where the parser hung the
    speaker set off before the cue on the quote's verb (`speakers.set_off_subject` finds
    them), the clause it gives the cue holds the speaker; what was said is the quote before
    them. Words before the speaker that are no quote are left as they are."""
    if not speaker or any(c.dep_ in SUBJECTS for c in verb.children):
        return content
    start = speaker[0].left_edge.idx
    if speaker[0].i > verb.i:
        return content
    cut = []
    for s, e in content:
        if s < start < e and (trimmed := ctx.trim(s, start)) is not None:
            inside = _inside_quote(ctx, *trimmed)  # the quote alone, without its marks
            if inside != trimmed:
                s, e = inside
        cut.append((s, e))
    return cut


def _dash_after(verb: Token) -> bool:
    return verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text in ("—", "–", "--")


def _quoted_conjunct(ctx: Context, complement: list[Token], quote: Quote) -> list[Span]:
    """ "Debate was mostly closed to the public, but the final version “calls on the tea party
    …,” said Hilary Shelton": the quote beside the cue is what he said, in the second clause
    the parser joined to the first (which `clause` cuts as the speaker's own act); the clause
    before ", but" is the writer's."""
    for head in complement:
        for conj in (c for c in head.children if c.dep_ == "conj"):
            if conj.left_edge.idx <= quote.start <= conj.right_edge.idx:
                return [ctx.tokens_span(list(conj.subtree))]
    return []


# -- other verbs -----------------------------------------------------------------------------


def object_verb(ctx: Context, verb: Token) -> Candidate | None:
    lemma = cues.lemma(verb)
    if told_by_its_participle(verb):
        return None
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
    if speaker is None or passive(verb):
        return None
    if not (
        can_speak(speaker[-1])
        or _its_document(verb)
        or _its_body(verb, speaker[-1])
        or bodies_of_a_kind(speaker)
        or it_for_a_speaker(ctx, verb, speaker[-1])
    ):
        return None  # "The pact promises help": a pact promises nothing; a letter can
    if lemma in lexicon.RAISING_VERBS and not a_person(speaker[-1]):
        return None  # "The army appears to have lost …" is the writer's hedge
    content = _complement_content(ctx, verb, lemma) or resumed(ctx, verb)
    return Candidate((verb.idx, verb.idx + len(verb)), content, speaker) if content else None


def told_by_its_participle(verb: Token) -> bool:
    """ "Clinton released a statement unequivocally calling the massacre an “act of terror”",
    "Liz Cheney issued a statement voicing her opposition to same-sex marriage": the statement
    handed out is an act (the story gold calls "released a statement" no statement in three
    stories); what it says is told by the cue participle on its noun, which is the statement,
    with the same speaker (`nesting` keeps one of the two, the outer, when both are there)."""
    obj = object_after(verb)
    return (
        obj is not None
        and obj.lemma_.lower() in lexicon.SPEECH_ACT_NOUNS
        and any(
            c.dep_ == "acl" and c.tag_ == "VBG" and c.i > obj.i and cues.construction(c)
            for c in obj.children
        )
    )


# What someone gives or shows none of when they did not say a thing: "showed no sign that".
_SIGNS = frozenset("indication sign hint suggestion assurance".split())


def no_sign_that(verb: Token) -> Token | None:
    """ "Mr. Sanders showed no sign that he was planning to apologize": the "no sign" object
    of a giving or showing verb, with a that-clause of its own."""
    obj = object_after(verb)
    if (
        obj is None
        or obj.lemma_.lower() not in _SIGNS
        or not any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
    ):
        return None
    said = next((c for c in obj.children if c.dep_ in ("acl", "ccomp") and c.i > obj.i), None)
    marked = said is not None and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in said.children
    )
    return obj if marked else None


def _denied_sign(ctx: Context, verb: Token, sign: Token) -> Candidate | None:
    """A statement the text says was not made: what follows "that" (marked negated)."""
    speaker = speaker_of(verb)
    if speaker is None or not can_speak(speaker[-1]):
        return None
    said = next(c for c in sign.children if c.dep_ in ("acl", "ccomp") and c.i > sign.i)
    return Candidate(
        (verb.idx, sign.idx + len(sign)), [ctx.tokens_span(list(said.subtree))], speaker
    )


def giving_verb(ctx: Context, verb: Token) -> Candidate | None:
    """ "Trump also offered his early assessment of Super Bowl 50": a speech act given; else
    the verb's object or infinitive, when it also attributes one ("offered to help")."""
    if (sign := no_sign_that(verb)) is not None:
        return _denied_sign(ctx, verb, sign)
    if told_by_its_participle(verb):
        return None
    obj = object_after(verb)
    if obj is not None and obj.lemma_.lower() in lexicon.SPEECH_ACT_NOUNS:
        speaker = speaker_of(verb)
        # "It has also expressed “serious concern” over a pact": "it" that gives a speech
        # act is a country, a company or an institution; "a gunman who expressed sympathy
        # for …": "who" stands for someone
        if speaker is not None and (
            can_speak(speaker[-1]) or speaker[-1].lower_ == "it" or speaker[0].lower_ == "who"
        ):
            # "… over a pact between Pyongyang and Moscow, which promises …": the writer's
            # description of the pact after the comma is not part of the concern
            described = {
                t.i
                for r in obj.subtree
                if r.dep_ == "relcl" and r.left_edge.i > 0 and r.doc[r.left_edge.i - 1].text == ","
                for t in r.subtree
            }
            tokens = [t for t in obj.subtree if t.i not in described]
            # "expressed frustration at …": what it is about, hung on the verb
            about = phrase_of_object(verb, obj)
            tokens += list(about.subtree) if about is not None else []
            return Candidate((verb.idx, verb.idx + len(verb)), [ctx.tokens_span(tokens)], speaker)
    lemma = cues.lemma(verb)
    if (
        lemma in lexicon.OBJECT_CUE_VERBS
        or lemma in lexicon.XCOMP_CUE_VERBS
        or lemma in lexicon.PREP_CUES
    ):
        return object_verb(ctx, verb)
    return None


def as_verb(ctx: Context, verb: Token) -> Candidate | None:
    """ "Democratic voters see Clinton as the candidate with the better chance": a view. With
    the object fronted as "what" or "which" ("not to let go of what they see as a deeply
    troubling pattern of wrongdoing", "a new border wall, which Democrats view as ineffective
    and overly costly"), the view is the "as" phrase, as in "what officials described as …";
    with the object left out of a relative clause ("the candidate she regards as America’s best
    hope"), the noun the clause hangs on and the "as" phrase (`_relative_object_gap`).
    The parser may hang the "as" on the object ("Many Democrats see both provisions as
    giveaways to the rich"); in the passive the one after "by" holds the view ("the cuts are
    seen by many Democrats as giveaways")."""
    if passive(verb):
        return _passive_as(ctx, verb)
    obj = object_after(verb)
    as_ = _as_after(verb)
    if as_ is None and obj is not None:
        as_ = shapes.as_elsewhere(verb) or _as_further(verb, obj)
    speaker = speaker_of(verb)
    handling = cues.lemma(verb) in _HANDLING_AS
    fronted = obj is None and _fronted_object(verb) and not handling
    gapped = (
        obj is None
        and not fronted  # "which Democrats view as …": the view is the "as" phrase alone
        and as_ is not None
        and not handling
        and _relative_object_gap(verb)
        and not _as_of_the_viewer(verb, as_)
    )
    if (obj is None and not fronted and not gapped) or as_ is None or speaker is None:
        return None
    if not can_speak(speaker[-1]):
        return None
    if gapped:
        # "the candidate she regards as America’s best hope", "an administration that they
        # widely view as ineffective": the noun the clause hangs on is what is viewed
        clause_start = min(t.i for t in verb.subtree)
        noun = [t for t in verb.head.subtree if t.i < clause_start and not t.is_punct]
        view = verb.doc[as_.i + 1 : _as_phrase_end(verb, as_) + 1]
        return Candidate((verb.idx, verb.idx + len(verb)), ctx.runs([*noun, *view]), speaker)
    if fronted:
        tokens = [t for t in as_.subtree if t is not as_]
    else:
        # an "as" that marks a clause ("sees Mr. Netanyahu as captured by …") heads no words
        phrase = as_.head if as_.dep_ == "mark" else as_
        rest = verb.doc[phrase.right_edge.i + 1 : _as_phrase_end(verb, phrase) + 1]
        tokens = sorted({*obj.subtree, *phrase.subtree, *rest}, key=lambda t: t.i)
    if not tokens:
        return None
    return Candidate((verb.idx, verb.idx + len(verb)), [ctx.tokens_span(tokens)], speaker)


# Verbs whose "as" tells how someone handles a thing, not how they see it: "the rules that he
# treats as optional", "what she presents as a victory" (the story gold calls "treat Sanders as
# a diminished threat" and "present herself as the victor" no statements; a plain object keeps
# its reading here, which the gold has not decided in three stories).
_HANDLING_AS = frozenset("treat present rate".split())


def _relative_object_gap(verb: Token) -> bool:
    """ "the candidate she regards as …", "an administration that they view as …": the verb
    opens a relative clause on a noun, has its own subject (not the relative pronoun: "voters
    who see him as …" hang on the viewers) and no object but a relative pronoun, so the noun is
    what it views. The story gold takes the noun and the "as" phrase as the view of the
    clause's subject (3 stories). A "which" or "what" fronted as the object ("the plan, which
    he sees as …") is `as_verb`'s fronted reading instead: the "as" phrase alone."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in lexicon.RELATIVE_PRONOUNS:
        return False
    return all(c.lower_ in lexicon.RELATIVE_PRONOUNS for c in verb.children if c.dep_ == "dobj")


def _as_of_the_viewer(verb: Token, as_: Token) -> bool:
    """ "the movie he saw as a child in Queens", "the house she regarded as a teenager": an
    "as" phrase that names a person or an age (`lexicon.PERSON_NOUNS`, `lexicon.AGE_GROUPS`)
    while the noun the clause hangs on is no person tells when the subject did it, not what the
    noun is seen as ("the candidate she regards as a leader" stays a view)."""
    named = next((c for c in as_.children if c.dep_ == "pobj"), None)
    return named is not None and _names_a_person(named) and not _names_a_person(verb.head)


# Nouns for a person by role or by age: "the candidate", "a teenager".
_PERSON_WORDS = lexicon.PERSON_NOUNS | lexicon.AGE_GROUPS


def _names_a_person(noun: Token) -> bool:
    """A person by name, role or age: "Clinton", "the candidate", "a teenager"."""
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in _PERSON_WORDS


def _as_further(verb: Token, obj: Token) -> Token | None:
    """The "as" of "see X as Y" that the parser hung further off than the verb or its object
    (`shapes.as_elsewhere`): as the mark of a clause on the verb ("Mr. Obama sees Mr.
    Netanyahu as captured by a hard-line philosophy"), or on a phrase inside the object or
    after it ("see the elections held Sunday as a test of …", "see Mr. Kerry's determination
    to broker a cease-fire as driven by …", "doesn’t see the department’s role in enforcing
    anti-discrimination laws as antiquated", its "in" hung on the verb). Never an "as" clause
    with a subject of its own, which tells when ("painted a dire portrait … as he accepted
    the nomination"), nor an "as" past a clause with its own subject ("the man who served as
    mayor", "the possibility that Rule 40 works as intended"), nor one of a comparison
    ("anything as complicated as this"), nor one that names a person or an age, which tells
    when (`_as_of_the_viewer`). Not a view under a modal, which someone expects of the viewer
    ("The senator is betting that Republican voters will see her choice to avoid the Trump
    campaign as a sign of independence": the story gold's not-statement, the writer's)."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    for token in verb.doc[obj.i + 1 : verb.right_edge.i + 1]:
        if token.lower_ != "as" or token.dep_ not in ("prep", "mark"):
            continue
        if token.head.pos_ in ("ADJ", "ADV") or _has_subject(token.head):
            return None
        named = next((c for c in token.children if c.dep_ == "pobj"), token)
        if token.dep_ == "prep" and (not any(token.children) or _names_a_person(named)):
            return None  # "present an immigration plan … within his first 100 days as president"
        path = token.head
        while path not in (obj, verb) and not _has_subject(path):
            path = path.head
        return token if path in (obj, verb) else None
    return None


def _has_subject(head: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)


def _as_after(verb: Token) -> Token | None:
    """The "as" the parser hung on the verb, after it ("see Clinton as the candidate")."""
    return next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i),
        None,
    )


# Verbs whose clause tells a view someone hopes or expects others to hold, not one held.
_HOPED_FOR = frozenset("hope want wish expect bet".split())


def as_predicate(verb: Token) -> Token | None:
    """The "as" of "describe X as Y" where Y is an adjective or a participle that the parser
    made a clause of its own on the verb, "as" its adverb or mark ("describe her as likable and
    inspiring", "describe foreign political parties as covered under the law", "described the
    country as beset by illegal immigrants"): the predicate the verb's object is cast as, after
    the object, for the object verbs that cast as (`_complement_content`). The verbs of seeing
    as (`as_verb`) do not read it: "they see their own party as insufficiently committed",
    "they see Trump as most likely to deliver it" are the writer's account of voters in the
    story gold (2 stories). Not a clause with a subject of its own ("as he accepted the
    nomination": when), nor a comparison ("as quickly as it could"), nor a view someone expects
    or hopes others will hold ("Clinton is hoping voters describe her as ready": the story
    gold's not-statement on "see", the writer's reading of a hope)."""
    obj = object_after(verb)
    if obj is None or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    if verb.dep_ == "ccomp" and cues.lemma(verb.head) in _HOPED_FOR:
        return None
    for clause_ in (c for c in verb.children if c.dep_ == "advcl" and c.i > obj.i):
        if clause_.tag_ not in ("JJ", "VBN", "VBG") or _has_subject(clause_):
            continue
        as_ = clause_.left_edge
        if as_.lower_ != "as" or as_.head != clause_ or as_.dep_ not in ("advmod", "mark"):
            continue
        if any(c.lower_ == "as" for c in clause_.children if c.i > clause_.i):
            continue  # "as quickly as it could"
        return as_
    return None


# Prepositions of when, where and why, which end what an "as" phrase says.
_CIRCUMSTANCE = frozenset(
    "in on at during after before since until while amid throughout by via because".split()
)


def _as_phrase_end(verb: Token, as_: Token) -> int:
    """Where the "as" phrase ends: its own last word, or the last of the phrases right after
    it that the parser hung on the verb ("as giveaways to the rich"), up to one of when,
    where or why."""
    end = as_.right_edge.i
    for rest in (c for c in verb.children if c.i > end and c.dep_ == "prep"):
        if rest.lower_ in _CIRCUMSTANCE or rest.left_edge.i != end + 1:
            break
        end = rest.right_edge.i
    return end


def _passive_as(ctx: Context, verb: Token) -> Candidate | None:
    """ "Both provisions are seen by many Democrats as giveaways to the rich": the one after
    "by" sees the subject as the "as" phrase, whether the parser hangs the "as" on them or the
    "by" on the "as" phrase ("was seen as a significant development by people on all
    sides"); without "by" ("is seen as a front-runner") no one is named."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    as_ = _as_after(verb) or shapes.as_elsewhere(verb)
    if patient is None or as_ is None or patient.lower_ in lexicon.RELATIVE_PRONOUNS:
        return None  # "which is seen by many as …": what "which" stands for is elsewhere
    by_word = agent_by(verb) or next(
        (b for t in as_.children for b in t.children if b.dep_ == "prep" and b.lower_ == "by"),
        None,
    )
    by = next((c for c in by_word.children if c.dep_ == "pobj"), None) if by_word else None
    if by is None or not can_speak(by):
        return None
    # the "as" phrase without a "by" phrase hung inside it; where the parser hung the "as" on
    # the one after "by", to the end of the clause, whose rest it hung on the verb ("as
    # giveaways to the rich that will do little to help the economy")
    own = range(by_word.i, by_word.right_edge.i + 1) if by_word.i > as_.i else range(0)
    end = verb.right_edge.i if as_.head == by else _as_phrase_end(verb, as_)
    as_words = [t for t in verb.doc[as_.i : end + 1] if t.i not in own]
    while as_words and as_words[-1].is_punct:
        as_words.pop()
    named = [t for t in by.subtree if t.i < as_.i] if as_.head == by else list(by.subtree)
    content = [ctx.tokens_span(list(patient.subtree)), ctx.tokens_span(as_words)]
    return Candidate(
        (verb.idx, verb.idx + len(verb)), content, [by], speaker_text=ctx.tokens_span(named)
    )


def blame_for(ctx: Context, verb: Token) -> Candidate | None:
    """ "Corey Lewandowski … ripped FBI Director James Comey for acting as “the judge and the
    jury”": the one blamed and what for (`cues.fault_for`)."""
    speaker = speaker_of(verb)
    held, fault = cues.blamed(verb), cues.fault_for(verb)
    if speaker is None or held is None or fault is None or passive(verb):
        return None
    if not can_speak(speaker[-1]):
        return None
    tokens = sorted({*held.subtree, *fault.subtree}, key=lambda t: t.i)
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
    phrase_end = _phrase_end(to)
    before = ctx.text[sentence.start_char : according.idx].strip(EDGE + '“"')
    if not before or before.lower() in ("and", "but", "so", "yet"):
        # "According to X, CONTENT."
        return Candidate(cue, [(_past_apposition(ctx, phrase_end), sentence.end_char)], [source])
    after = ctx.text[phrase_end : sentence.end_char].strip(EDGE + '.”"')
    if not after:
        # "CONTENT, according to X."
        return Candidate(cue, [(_final_scope(ctx, according), according.idx)], [source])
    phrase = {t.i for t in according.subtree} | {t.i for t in to.subtree}
    attached = according.head
    tokens = [t for t in attached.subtree if t.i not in phrase and t.sent == sentence]
    phrase_end = max(phrase)
    lead = [t for t in tokens if t.i < according.i]
    if lead and all(t.is_punct or t.tag_ in _OPENERS for t in lead):
        # "the Nevada caucus, in which, according to entrance polls, Trump won 44 percent",
        # "because, according to Trump, the media would call him …": what X tells starts
        # after X; the words opening the clause say nothing of it
        tokens = [t for t in tokens if t.i > phrase_end]
    if not tokens:
        return None
    before = [t for t in tokens if t.i < according.i and not (t.is_punct or t.is_space)]
    after = [t for t in tokens if t.i > phrase_end and not (t.is_punct or t.is_space)]
    if before and after:
        # "The emergency declaration, according to White House officials, enables the
        # president to divert $3.6 billion …": what X tells is the clause around "according
        # to X", in two parts, never the cue and X inside it
        return Candidate(cue, [ctx.tokens_span(before), ctx.tokens_span(after)], [source])
    told = any(cues.construction(t) for t in ctx.doc[to.i + 1 : phrase_end + 1])
    if (before or after) and not told:
        # "… have come from women, according to Crowdpac, the most of any presidential
        # candidate by far.": X's own phrase runs to the sentence's end, and what X tells is
        # the words on one side of it, never a span from them to the full stop across "according
        # to X" (BASIL 914c6884; PolNeAR train 1709de86, 09bb51bd, b5dba293, bc019e09, …); not
        # where X's phrase has a cue of its own, whose words the span kept from standing alone
        # ("according to even his own supporters, who are offering increasingly candid
        # assessments of his chances": no statement in the story gold)
        return Candidate(cue, [ctx.tokens_span(before or after)], [source])
    return Candidate(cue, [ctx.tokens_span(tokens)], [source])


# Words that only open a clause: a preposition or subordinator ("in", "because", "that") and
# a relative ("which", "who", "where").
_OPENERS = frozenset("IN WDT WP WP$ WRB".split())


# An appositive after an opening "According to X": ", the ratings agency," (no verb in it).
_APPOSITION = re.compile(r"\s*,\s*(?:the|a|an)\s[^,;:]{1,60}?,\s")
# A dash that opens an aside running to the sentence's end: "… savings — roughly $700
# billion from 2013 to 2022, according to the CBO".
_DASH = re.compile(r"\s(?:—|--|–)\s|—")
# Concessions the writer makes before a claim: "Though he doesn’t use the word “cuts,” …".
_CONCESSIVE = frozenset("though although".split())


def _phrase_end(to: Token) -> int:
    """The end of "according to X", with X's own phrases ("people familiar with the
    discussions who were not authorized to discuss them") up to the first comma."""
    end, last = to.idx + len(to), to.i
    for token in sorted(to.subtree, key=lambda t: t.i):
        if token.i <= to.i:
            continue
        if token.text == "," or token.i != last + 1:
            break
        end, last = token.idx + len(token), token.i
    return end


def _past_apposition(ctx: Context, end: int) -> int:
    """Where the content starts after "According to an analysis from S&P, the ratings
    agency, …": past the source's appositive."""
    match = _APPOSITION.match(ctx.text, end)
    if match is None:
        return end
    words = ctx.doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if words is None or any(t.pos_ in ("VERB", "AUX") for t in words):
        return end
    return match.end()


def _final_scope(ctx: Context, according: Token) -> int:
    """Where a sentence-final "according to X" begins to attribute: the clause after the last
    semicolon, an aside after an unclosed dash, and never a concession the writer makes
    first ("Though he doesn’t use the word “cuts,” the plan would slow …, according to the
    CBO": the CBO speaks of the plan, not of his words)."""
    sentence = according.sent
    start = sentence.start_char
    text = ctx.text[start : according.idx]
    if ";" in text:
        start += text.rindex(";") + 1
        text = ctx.text[start : according.idx]
    # the writer's dashes, not a quote's ("“… policy — a leader from yesterday …,” Rubio
    # said, according to the prepared text": the prepared text reports the whole quote)
    dashes = [d for d in _DASH.finditer(text) if ctx.quote_at(start + d.start()) is None]
    if len(dashes) % 2 == 1:
        start += dashes[-1].end()
    first = next((t for t in sentence if t.idx >= start and not t.is_space), None)
    if first is None:
        return start
    for clause_ in (c for c in first.ancestors if c.dep_ == "advcl"):
        if clause_.left_edge == first and any(
            m.dep_ == "mark" and m.lower_ in _CONCESSIVE for m in clause_.children
        ):
            rest = [
                t for t in sentence if t.i > clause_.right_edge.i and not (t.is_punct or t.is_space)
            ]
            if rest and rest[0].idx < according.idx:
                start = rest[0].idx
            break
    return start


# Words that open a clause needing a main clause after it: "after X revealed that …, …".
_SUBORDINATORS = frozenset("after before when while because since although though once if".split())


def within_a_join(ctx: Context, cue: Token, spans: list[Span]) -> list[Span]:
    """ "But after the United States revealed that troops have engaged Ukrainian
    soldierstheir role is reassessed": the cue's clause is subordinate, so a main clause
    follows it, and where the scraper glued two words is where it begins."""
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opener = [t for t in cue.sent if t.i < (subject or cue).i][-3:]
    if not ctx.joins or not any(t.lower_ in _SUBORDINATORS for t in opener):
        return spans
    cut = []
    for start, end in spans:
        join = next((j for j in ctx.joins if start < j < end and j > cue.idx), None)
        cut.append((start, join) if join is not None else (start, end))
    return cut


def without_a_conjunct_above(ctx: Context, cue: Token, spans: list[Span]) -> list[Span]:
    """ "Obama said economists predict … if Congress passes the agreement and urged lawmakers
    to …": a verb the parser hung inside the content that goes with the cue's own clause
    (`conjunct_of`) is the speaker's next act, not what they said; the content stops before
    its "and"."""
    said_too = that_conjuncts(cue)  # "…, and that …": a second clause of what is said
    cut = []
    for start, end in spans:
        for token in ctx.doc.char_span(start, end, alignment_mode="expand") or []:
            if token.i <= cue.i or token.idx <= start or ctx.inside_quote(token):
                continue
            if _the_cues_participle(token, cue):
                end = token.nbor(-1).idx  # "disputed that …, saying that …": at the comma
                break
            if token.dep_ != "conj" or token in said_too:
                continue
            goes_with = conjunct_of(token)
            if goes_with == token.head or not (goes_with == cue or goes_with in cue.ancestors):
                continue
            joint = [c for c in token.head.children if c.dep_ == "cc" and c.i < token.i]
            end = (joint[-1] if joint else token).idx
            break
        cut.append((start, end))
    return cut


def _the_cues_participle(token: Token, cue: Token) -> bool:
    """ "Mr. Obama disputed that Democrats feel betrayed by his deal, saying that …": a saying
    participle after a comma, hung on the cue's clause, is the cue's speaker's next words."""
    return (
        token.tag_ == "VBG"
        and token.dep_ == "advcl"
        and token.head.dep_ == "ccomp"
        and token.head.head == cue
        and token.i > 0
        and token.nbor(-1).text == ","
        and cues.lemma(token) in lexicon.SPEECH_VERBS
        and cues.lemma(cue) not in lexicon.REPORTING_VERBS
    )


def without_trailing_frames(ctx: Context, cue: Token, spans: list[Span]) -> list[Span]:
    """Content that ends in another source's frame ("…that the plan includes $700 billion in
    savings, according to the CBO", "…, as the Post reported") stops before it: that frame
    is its own statement."""
    cut = []
    for start, end in spans:
        for token in ctx.doc.char_span(start, end, alignment_mode="expand") or []:
            if token.i == cue.i or token.idx <= start:
                continue
            frame = _frame_end(token)
            if frame is not None and not ctx.text[frame:end].strip(EDGE + ".”\"'"):
                end = token.idx
                break
            if _writers_assessment(ctx, token) or _writers_consequence(ctx, token):
                end = token.idx
                break
            if _writers_background(ctx, token, end):
                end = token.nbor(-1).idx
                break
            if token.i > cue.i and _writers_comment(ctx, token, end):
                end = token.idx
                break
            if _another_sources_contrast(ctx, token):
                end = token.nbor(-1).idx
                break
            if hung_on_a_things_relative(token):
                joiner = token.doc[token.i - 1]  # "… “reprehensible” and said …"
                end = joiner.idx if joiner.dep_ == "cc" else token.idx
                break
        cut.append((start, end))
    return cut


# Words that open a time clause, and the words that make what was said something to come.
_TIME_OPENERS = frozenset(("after", "when", "as"))
_TO_COME = frozenset("would will should could must might may".split())


def without_trailing_time(ctx: Context, cue: Token, spans: list[Span]) -> list[Span]:
    """ "called for President Trump to cancel his meeting with Mr. Putin after indictments
    were announced Friday", "announced that he would not seek re-election …, when reports of
    sexual misconduct first surfaced": a past event closing what someone wants or will do is
    the writer telling when they said it, not what they said (the BASIL story gold ends the
    content before it in four articles of two stories, and PolNeAR train far more often ends
    it there than takes it in). A past told in the past stays: "he had fired her after she
    complained"."""
    cut = []
    for start, end in spans:
        for opener in ctx.doc.char_span(start, end, alignment_mode="expand") or []:
            if _past_time_clause(ctx, opener, start, end) and _to_come(ctx, start, opener):
                end = opener.head.left_edge.idx  # "a day after …": the measure goes too
                break
        cut.append((start, end))
    return cut


def without_the_cues_mark(ctx: Context, cue: Token, spans: list[Span]) -> list[Span]:
    """ "called for the report to be made public": the parser makes "for" the mark of the
    clause, not a preposition, yet it is the cue's as much as in "called for the release of
    the report" (`lexicon.PREP_CUES`); left in the content, a brief read "called: for the
    report …", a call that was made, beside "called for: the release …" (BASIL e71d149d,
    c6a0e65c, 70c75d68, 68748e7f, b7021938, ed8c136f)."""
    words = lexicon.PREP_CUES.get(cues.lemma(cue), ())
    if not spans or not words:
        return spans
    (start, end), rest = spans[0], spans[1:]
    tokens = ctx.doc.char_span(start, end, alignment_mode="expand") or []
    if len(tokens) < 2:
        return spans
    mark = tokens[0]
    if mark.idx != start or mark.dep_ != "mark" or mark.lower_ not in words:
        return spans
    if mark.head.dep_ != "advcl" or mark.head.head != cue:
        return spans
    return [(tokens[1].idx, end), *rest]


def through_a_colon(ctx: Context, cue: Token, spans: list[Span]) -> list[Span]:
    """ "He made clear that the group’s willingness to discuss cuts comes with conditions:
    Reductions in benefits should be “minimal,” they should not affect current recipients …":
    what follows a colon closing the content, to the end of the sentence, spells it out and is
    said too (PolNeAR train takes a colon and what follows into the content 59 times and ends
    it at the colon 18), unless another cue with a subject of its own says it. So does one
    closing a content that runs over its cue ("the arguments that they believe worked in Iowa,
    where Trump came in second behind Cruz: …", `_relative_gap`)."""
    if not spans or (cue.idx > spans[-1][0] and cue.idx >= spans[-1][1]):
        return spans
    start, end = spans[-1]
    colon = end + len(ctx.text[end:]) - len(ctx.text[end:].lstrip(" ”\"’'"))
    if ctx.text[colon : colon + 1] != ":" or ctx.quote_at(colon) is not None:
        return spans
    words = [t for t in cue.sent if t.idx > colon and not t.is_punct and not t.is_space]
    mark = next((t for t in cue.sent if t.idx == colon), None)
    if not words:
        return spans
    if mark is not None and _writers_comment(ctx, mark, words[-1].idx + len(words[-1])):
        return spans  # "cast himself as a defense hawk: a position that could help him …"
    if any(
        cues.lemma(t) in lexicon.SPEECH_VERBS
        and any(c.dep_ in SUBJECTS for c in t.children)
        and not ctx.inside_quote(t)
        for t in words
    ):
        return spans
    return [*spans[:-1], (start, words[-1].idx + len(words[-1]))]


def _past_time_clause(ctx: Context, opener: Token, start: int, end: int) -> bool:
    """ "after X did Y", "a day after X did Y", ", when X did Y" or "as X did Y" to the end of
    the content, outside quotes (a "when" with no comma more often tells a time of what was
    said: "to use a private email server when she was at State", PolNeAR train)."""
    if opener.lower_ not in _TIME_OPENERS or opener.idx <= start:
        return False
    if ctx.inside_quote(opener):
        return False
    if opener.lower_ == "when" and (opener.i == 0 or opener.nbor(-1).text != ","):
        return False
    verb = opener.head
    if opener.dep_ not in ("mark", "advmod") or not _opens(opener, verb):
        return False
    if opener.lower_ == "as" and not _as_the_speaker_went(opener, verb):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    past = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had")
            for c in verb.children
        )
    )
    return past and verb.right_edge.idx + len(verb.right_edge) >= ctx.trim(start, end)[1]


def _as_the_speaker_went(opener: Token, verb: Token) -> bool:
    """ "as he made a one-day swing through …": "as" and a person's pronoun doing something,
    which tells when they spoke ("as the Post reported" is a frame of its own, `_frame_end`;
    "as consumers spent more" may be what was said)."""
    return (
        opener.dep_ == "mark"
        and cues.lemma(verb) not in lexicon.SPEECH_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in verb.children)
    )


def _opens(opener: Token, verb: Token) -> bool:
    """The opener begins its clause, or follows only a measure of time on it ("a day after
    it emerged …")."""
    if verb.left_edge == opener:
        return True
    measure = {t.i for c in verb.children if c.dep_ == "npadvmod" for t in c.subtree}
    return all(i in measure for i in range(verb.left_edge.i, opener.i))


# Present tenses that tell what holds now, not a perfect ("has said …").
_PRESENT = frozenset(("VBZ", "VBP"))
_PERFECT = frozenset(("has", "have", "'s", "'ve"))


def _to_come(ctx: Context, start: int, opener: Token) -> bool:
    """What comes before the time clause is wanted or to come ("to cancel", "would not seek"),
    or holds now ("he understands why …", "he is bowing out as the moderator"): a past event
    after it is when it was said, not part of it."""
    before = ctx.doc.char_span(start, opener.idx, alignment_mode="expand") or []
    return any(
        t.lower_ in _TO_COME
        or (t.tag_ == "TO" and t.dep_ == "aux")
        or (t.tag_ in _PRESENT and t.lower_ not in _PERFECT and not ctx.inside_quote(t))
        for t in before
    )


# Words that set a clause against the one before it: "…, while others said …".
_CONTRASTS = frozenset(("while", "whereas"))


def _another_sources_contrast(ctx: Context, mark: Token) -> bool:
    """ "Many said they showed up because they agreed with the position of its president,
    while others said they wanted to support freedom of expression" (Fox on Chick-fil-A 2012),
    "Trump has said that $5 billion for the wall is non-negotiable, while Democrats have said
    they will fund more general border security" (HuffPost on the shutdown 2019): a ", while"
    clause whose own subject says something is the writer setting a second source beside the
    first, its own statement, not what the first said."""
    if mark.lower_ not in _CONTRASTS or mark.dep_ != "mark" or mark.i == 0:
        return False
    if mark.nbor(-1).text != "," or ctx.inside_quote(mark):
        return False
    verb = mark.head
    return (
        verb.i > mark.i
        and cues.lemma(verb) in lexicon.SPEECH_VERBS
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _writers_assessment(ctx: Context, dash: Token) -> bool:
    """ "announced that they would oppose those efforts — essentially shielding him from any
    official political consequence": a dash, an adverb of degree and a participle after what
    was said is the writer's reading of it ("effectively ending", "all but guaranteeing")."""
    doc = dash.doc
    if dash.text not in ("—", "–", "--") or dash.i + 2 >= len(doc) or ctx.quote_at(dash.idx):
        return False
    adverb, verb = doc[dash.i + 1], doc[dash.i + 2]
    return (
        adverb.tag_ == "RB"
        and adverb.lower_.endswith("ly")
        and verb.tag_ == "VBG"
        and cues.lemma(verb) not in lexicon.SPEECH_VERBS
    )


# Verbs of what a statement set off: "…, renewing questions of whether …", "… -- spurring new
# questions over whether …", "…, raising fears …", "…, drawing boos from the crowd". PolNeAR
# train and dev end the content before such a participle 15 times and take it in 4 (3 inside
# a quote, which stays whole).
_CONSEQUENCES = frozenset(
    "renew spur raise prompt fuel spark trigger draw reignite ignite stoke provoke deepen "
    "intensify heighten".split()
)


def _writers_consequence(ctx: Context, mark: Token) -> bool:
    """ "Trump and his lawyer now claim that the president already knew …, renewing questions
    of whether Trump obstructed justice", "said the violence would have been a “massacre” …
    -- spurring new questions over whether …": a comma or a dash, then a participle with no
    subject of its own telling what the words set off, is the writer's, not what was said."""
    doc = mark.doc
    if mark.text not in (",", "—", "–", "--") or mark.i + 1 >= len(doc) or ctx.quote_at(mark.idx):
        return False
    verb = doc[mark.i + 1]
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() in _CONSEQUENCES
        and verb.dep_ in ("advcl", "conj", "xcomp")
        and not any(c.dep_ in SUBJECTS for c in verb.children)
        and not ctx.inside_quote(verb)
    )


def _writers_background(ctx: Context, who: Token, end: int) -> bool:
    """ "said he felt “very badly” for Mr. Flynn, whom he fired in February for lying to the
    vice president", "said he feels “badly” for Flynn, who pleaded guilty on Friday to …": a
    relative clause in the past on a person named last, after a comma and to the end of the
    content, is the writer telling who the person is (PolNeAR train ends the content before
    ", who …ed" 12 times and takes it in 8; the BASIL story gold leaves it out)."""
    if who.lower_ not in lexicon.PERSON_RELATIVES or who.i == 0 or who.nbor(-1).text != ",":
        return False
    verb = who.head
    person = verb.head
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBD"
        and who.dep_ in ("nsubj", "dobj")
        and person.ent_type_ == "PERSON"
        and not ctx.inside_quote(who)
        and not ctx.overlaps_quote(who.idx, end)
        and verb.right_edge.idx + len(verb.right_edge) >= ctx.trim(who.idx, end)[1]
    )


# Who a writer's aside on a name can be about: a name the tagger knows.
_NAMED = frozenset("PERSON ORG NORP GPE".split())


def without_writers_background(ctx: Context, cue: Token, spans: list[Span]) -> list[Span]:
    """ "Trump was referring to U.S. Navy Sailor Kristian Saucier, who was put in prison for
    taking unauthorized photos inside a nuclear submarine", "According to the Times, Mary
    Cheney, who is openly gay and married her partner …, took to Facebook …", "reported
    Friday that the AARP, which opposed President George W. Bush's push …, has decided to
    accept cuts": a ", who"/", which" clause on a name inside what was said, outside quotes
    and saying nothing itself, is the writer telling the reader who that is; it is cut out
    (the story gold lists it as the writer's narration in 4 stories), and what was said goes
    on around it in two fragments."""
    cut: list[Span] = []
    for start, end in spans:
        pieces = [(start, end)]
        for who in ctx.doc.char_span(start, end, alignment_mode="expand") or []:
            aside = _background_aside(ctx, cue, who, start, end)
            if aside is None:
                continue
            last_start, last_end = pieces.pop()
            if not last_start <= aside[0] < aside[1] <= last_end:
                pieces.append((last_start, last_end))
                continue
            pieces.extend(p for p in ((last_start, aside[0]), (aside[1], last_end)) if p[0] < p[1])
        cut.extend(p for p in (ctx.trim(*p) for p in pieces) if p)
    return cut


def _background_aside(
    ctx: Context, cue: Token, who: Token, start: int, end: int
) -> tuple[int, int] | None:
    """The characters of ", who/which …" on a name (from its comma to the clause's last word)
    that is the writer's background, or None. Past the end of the content only a clause told
    in the past ("who was put in prison", "which opposed …") is cut: PolNeAR train takes a
    clause in the present there as often as not; `_writers_background` handles the rest."""
    if who.lower_ not in ("who", "which") or who.i == 0 or who.nbor(-1).text != ",":
        return None
    verb, name = who.head, who.head.head
    if verb.dep_ != "relcl" or who.dep_ not in SUBJECTS or name.ent_type_ not in _NAMED:
        return None
    if cue.i in (t.i for t in verb.subtree) or ctx.inside_quote(who):
        return None
    words = list(verb.subtree)
    if any(_reports_a_clause(t) for t in words):
        return None  # "…, who were interviewed by F.B.I. agents and told them that …"
    first, last = who.nbor(-1), words[-1]
    aside = (first.idx, last.idx + len(last))
    if aside[0] <= start or ctx.overlaps_quote(who.idx, aside[1]):
        return None
    after = ctx.text[aside[1] : end].strip(EDGE + "”\"'")
    if not after:
        told_in_the_past = verb.tag_ == "VBD" or any(
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children
        )
        return aside if told_in_the_past else None
    return aside if ctx.text[aside[1] : aside[1] + 1] == "," else None


def _reports_a_clause(verb: Token) -> bool:
    """A speech verb with a clause of its own ("told them that …"), not "put in prison"."""
    return cues.lemma(verb) in lexicon.SPEECH_VERBS and any(
        c.dep_ in ("ccomp", "xcomp") for c in verb.children
    )


# What sets off the writer's comment on what was said: ", which …", "-- a statistic that …".
_COMMENT_MARKS = frozenset((",", "—", "–", "--", ":"))
# What a clause of its own on an indefinite appositive hangs by: "a spread that has not
# changed", "a right enshrined in the 14th Amendment".
_CLAUSE_ON_A_NOUN = frozenset(("relcl", "acl"))


def _writers_comment(ctx: Context, mark: Token, end: int) -> bool:
    """ "Cruz vehemently denied the rumors, which rippled through the Washington media
    establishment on Friday", "a poll found that voters favored a Democratic-controlled Congress
    46 percent to 41 percent, a spread that has not changed much all year", "pointed out that
    Trump likely won among Hispanics -- a statistic that has a few caveats": after a comma, a
    dash or a colon, outside quotes and to the end of the content, a non-restrictive "which"
    clause or an indefinite appositive with a clause of its own is the writer's comment on what
    was said, not part of it. PolNeAR train (content that runs to the mark, the aside to the
    sentence's end) ends the content before ", which …" 108 times and takes it in 47, and
    before ", a …" with a clause of its own 67 times and takes it in 27 (a bare ", a …"
    appositive it takes in as often as not, and that stays)."""
    doc = mark.doc
    if mark.text not in _COMMENT_MARKS or mark.i + 1 >= len(doc):
        return False
    first = doc[mark.i + 1]
    if first.is_quote and first.i + 1 < len(doc):
        first = doc[first.i + 1]  # "what he called “legitimate rape,” a remark that …"
    if ctx.inside_quote(first) or ctx.overlaps_quote(first.idx, end):
        return False
    if first.lower_ == "which" and first.head.dep_ == "relcl":
        aside = first.head
    elif first.lower_ in ("a", "an") and first.dep_ == "det":
        aside = first.head
        if not any(c.dep_ in _CLAUSE_ON_A_NOUN for c in aside.children):
            return False
    else:
        return False
    if aside.left_edge.i < first.i:
        return False
    trimmed = ctx.trim(first.idx, end)
    return trimmed is not None and aside.right_edge.idx + len(aside.right_edge) >= trimmed[1]


def _frame_end(token: Token) -> int | None:
    """Where "according to X" or "as X noted" that starts at `token` ends."""
    doc = token.doc
    if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        return max(t.idx + len(t) for t in doc[token.i + 1].subtree)
    if token.lower_ == "as" and token.dep_ == "mark":
        verb = token.head
        if verb.dep_ == "advcl" and cues.lemma(verb) in lexicon.SPEECH_VERBS and verb.i > token.i:
            return max(t.idx + len(t) for t in verb.subtree)
    return None


# -- nouns -----------------------------------------------------------------------------------


def cue_noun(ctx: Context, noun: Token) -> Candidate | None:
    """ "X's claim that …", "Democratic criticism that he should immediately resign"; else a
    stance the noun names ("her promise of …")."""
    found = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i), None)
    found = found if found is not None else shapes.clause_past_a_time(noun)
    found = found if found is not None else shapes.clause_hung_above(noun)
    # "that" opens the clause, whether the parser made it its mark or (in "criticism that he
    # should resign") its object
    that = found is not None and any(
        t.lower_ == "that" and (t.dep_ == "mark" or t.i == noun.i + 1) for t in found.children
    )
    source = holders(noun) if that else None
    if source is not None:
        return Candidate(
            (noun.idx, noun.idx + len(noun)), [ctx.tokens_span(list(found.subtree))], source
        )
    held = _held_that(noun)
    if held is not None:
        source, clause_ = held
        span = ctx.tokens_span(list(clause_.subtree))
        return Candidate((noun.idx, noun.idx + len(noun)), [span], [source])
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        return _claim_is(ctx, noun)
    claimed = _claimed_to(ctx, noun)
    if claimed is not None:
        return claimed
    return stance_noun(ctx, noun) if noun.lower_ in lexicon.STANCE_NOUNS else None


def _claimed_to(ctx: Context, noun: Token) -> Candidate | None:
    """ "bolster Rubio's claim to be the GOP establishment's strongest alternative",
    "rubbished Trump's claim to understand the middle class": an infinitive right after
    "claim" is what is claimed, as a "that" clause is; not one further on ("his claim of
    Clinton's super-qualifications to be president"), nor "a claim to the land"."""
    doc = noun.doc
    if cues.lemma(noun) != "claim" or noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "to":
        return None
    verb = doc[noun.i + 1].head
    if verb.dep_ != "acl" or verb.head != noun or verb.pos_ not in ("VERB", "AUX"):
        return None
    found = owner(noun)
    source = [found] if found is not None else holders(noun)
    if source is None:
        return None
    tokens = [t for t in verb.subtree if t.i > noun.i]
    return Candidate((noun.idx, noun.idx + len(noun)), [ctx.tokens_span(tokens)], source)


def _held_that(noun: Token) -> tuple[Token, Token] | None:
    """ "accusations from other aides that he set the tone for a hostile work environment",
    "criticism from fellow Democrats that the president has caved": whose the noun is and the
    clause it holds, where the parser hung the clause on the source ("aides that he set …") or
    on the verb; not a relative clause of the source ("criticism from groups that argue …").
    PolNeAR train marks the source and the clause of such nouns (five in eight)."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ not in ("from", "by"):
        return None
    source = next((c for c in doc[noun.i + 1].children if c.dep_ == "pobj"), None)
    if source is None or not can_speak(source):
        return None
    # the first "that" past the source's own words ("from Democrats and Republicans in
    # Congress that …")
    that = next((t for t in doc[source.i + 1 : source.sent.end] if t.lower_ == "that"), None)
    if that is None or that.dep_ != "mark" or that.head.left_edge != that:
        return None
    if any(t.is_punct for t in doc[source.i + 1 : that.i]):
        return None
    verb = that.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (source, verb) if subject is not None and subject.i > that.i else None


# Nouns whose "of" phrase holds them, not their target: "one concern of civil libertarians"
# (but "criticism of the Fed" is aimed at the Fed).
_HELD_OF = frozenset("concern complaint fear worry view belief position argument hope".split())


def _claim_is(ctx: Context, noun: Token) -> Candidate | None:
    """ "Another criticism among rank-and-file House Democrats was that the top posts are …",
    "One concern of civil libertarians is the bill’s inclusion of …": a claim noun, whose
    holders the sentence names, as the subject of "is"; what it is is what they say."""
    holders = ("among", "from", "by", "of") if cues.lemma(noun) in _HELD_OF else ("among",)
    owner = next(
        (
            c
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in holders and p.i > noun.i
            for c in p.children
            if c.dep_ == "pobj" and can_speak(c)
        ),
        None,
    )
    # "his concern is that …", not "his main concern is the cost"
    deps = ("ccomp", "attr") if owner is not None else ("ccomp",)
    owner = owner or next((c for c in noun.children if c.dep_ == "poss"), None)
    verb = noun.head
    said = [c for c in verb.children if c.dep_ in deps and c.i > verb.i]
    if owner is None or not said:
        return None
    # "…, which would require all organizations to disclose donors": the writer's account of
    # the thing they are concerned about
    aside = {
        t.i
        for r in said[0].subtree
        if r.dep_ == "relcl" and r.left_edge.i > 0 and r.doc[r.left_edge.i - 1].text == ","
        for t in r.subtree
    }
    tokens = [t for t in said[0].subtree if t.i not in aside]
    return Candidate((noun.idx, noun.idx + len(noun)), [ctx.tokens_span(tokens)], [owner])


def owner(noun: Token) -> Token | None:
    """Whose claim or stance a noun is: "Trump's call", "Democrats’ vow", "Democratic
    criticism" (a party or a nation's adjective), "criticism from civil libertarians"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return None if owner.lower_ in lexicon.THING_PRONOUNS else owner
    party = next(
        (c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and c.ent_type_ == "NORP"),
        None,
    )
    if party is not None:
        return party
    held = next(
        (
            c
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in ("from", "by") and p.i > noun.i
            for c in p.children
            if c.dep_ == "pobj" and can_speak(c)
        ),
        None,
    )
    if held is not None or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return held
    # "Mr. McCarthy said in a speech on Friday, in an attack on “this new … majority”": the
    # speaker of the verb the phrase hangs on
    # (of a verb of speech: "was injured in an attack on the base" is no one's attack)
    verb = noun.head.head
    speaking = verb.pos_ == "VERB" and cues.lemma(verb) in cues.CUE_LEMMAS and not passive(verb)
    speaker = speaker_of(verb) if speaking else None
    return speaker[-1] if speaker and can_speak(speaker[-1]) else None


def holders(noun: Token) -> list[Token] | None:
    """Whose claim or stance a noun is: its owner (`owner`), or the subject of the verb whose
    object it is where PolNeAR train finds that subject the source (`cues.lends_subject`:
    "Fox has a message for …", "the group issued a warning that …"; not "faced criticism")."""
    found = owner(noun)
    if found is not None:
        return [found]
    verb = shapes.light_verb(noun)
    if verb is None or not cues.lends_subject(verb) or passive(verb):
        return None
    speaker = speaker_of(verb)
    return speaker if speaker and can_speak(speaker[-1]) else None


def table_noun(ctx: Context, noun: Token) -> Candidate | None:
    """A noun the cue table finds a cue in its shape (`cues._table_noun`): what its
    complement holds, said by its holder. "his suggestion that the rules were rigged": the
    clause; "…: Mexico won't pay": what follows the colon."""
    source = holders(noun)
    if source is None:
        return None
    tokens = _noun_complement(ctx, noun)
    if not tokens:
        return None
    return Candidate((noun.idx, noun.idx + len(noun)), [ctx.tokens_span(tokens)], source)


def _noun_complement(ctx: Context, noun: Token) -> list[Token]:
    """The words of a noun's complement, whose shape `cues._table_noun` has read as one of
    `shapes.PROPOSITION_SHAPES` (not read again here): tried in `shapes.noun_shape`'s order,
    a clause, a quote, what follows a colon."""
    doc = noun.doc
    clause = shapes.that_clause(noun)
    if clause is not None:
        return list(clause.subtree)
    if shapes.opens_quote(noun):
        quote = ctx.quote_at(doc[noun.i + 1].idx)
        return [t for t in noun.sent if quote.start <= t.idx < quote.end] if quote else []
    colon = shapes.colon_after(noun)
    words = list(doc[colon.i + 1 : noun.sent.end])
    while words and words[-1].is_punct:
        words.pop()
    return words


def stance_noun(ctx: Context, noun: Token) -> Candidate | None:
    """ "Trump's recent call to ban all Muslim immigrants", "her support for the deal": a
    stance with its owner and its object (not the subject of a verb it is the object of:
    "took calls for additional security a step further", "made an attack on Trump" tell
    what was done); an infinitive tells what its holder wants, vows or refuses, and a verb
    that lends its subject says whose ("Trump, who has voiced the desire to run": `holders`).
    """
    asked = shapes.asked(noun) if noun.lower_ in lexicon.ASKING_NOUNS else None
    if asked is not None:
        return _request(ctx, noun, *asked)
    if noun.lower_ not in lexicon.STANCE_NOUNS:
        return None
    if noun.lower_ in lexicon.MADE_KNOWN_NOUNS and noun.dep_ != "dobj":
        return None  # a want the writer ascribes, not one made known
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
    if target is None and "to" in words:
        # "Despite Democrats’ vow to reject the measure, it could …": the parser hung the
        # infinitive on the main clause instead
        target = shapes.noun_infinitive(noun)
    if target is None:
        return None
    found = owner(noun)
    source = [found] if found is not None else None
    if source is None and target.dep_ != "prep":
        source = holders(noun)
    if source is None:
        return None
    tokens = [t for t in target.subtree if t.i > noun.i]
    if target.dep_ == "prep":
        tokens = [t for t in tokens if t is not target]  # "for" is part of the cue
    if not tokens:
        return None
    return Candidate((noun.idx, noun.idx + len(noun)), [ctx.tokens_span(tokens)], source)


def _request(ctx: Context, noun: Token, first: Token, verb: Token) -> Candidate | None:
    """ "Trump issued a call for President Obama to resign", "their calls for D.C. to end the
    deadlock": who is asked and what to do, from `first` to the end of the infinitive, asked
    by the noun's holder (`holders`: its owner, or the subject of a verb that lends it, as
    "issued" does)."""
    source = holders(noun)
    if source is None:
        return None
    tokens = list(noun.doc[first.i : verb.right_edge.i + 1])
    return Candidate((noun.idx, noun.idx + len(noun)), [ctx.tokens_span(tokens)], source)


def stance_adjective(ctx: Context, adjective: Token) -> Candidate | None:
    """ "Mr. Fox has been critical of Mr. Trump’s plan to build a wall": the object of the
    adjective's preposition is what its holder holds against; the holder is the subject of
    the copula ("who have been critical of …": the relative's antecedent) or, after a noun,
    that noun where it can speak or is a document ("a Facebook post critical of …"). A
    copula the text denies ("has not been critical of") tells no stance, and a name alone
    carries no content ("Senator Roger Katz, a Republican who has been critical of Mr.
    LePage": the writer's background; PolNeAR train marks "critical of" a cue 2 times in 6
    before a bare name, 7 in 9 before more)."""
    prep = cues.stance_preposition(adjective)
    head = adjective.head
    if prep is None or all(t.pos_ == "PROPN" or t.is_punct for t in prep.subtree if t != prep):
        return None
    if adjective.dep_ == "amod":
        speaker = [head] if head.i < adjective.i else None
    elif any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children):
        return None
    else:
        speaker = speaker_of(head)
    if not speaker or not (can_speak(speaker[-1]) or is_document(speaker[-1])):
        return None
    tokens = [t for t in prep.subtree if t is not prep]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    cue = (adjective.idx, prep.idx + len(prep))
    return Candidate(cue, [ctx.tokens_span(tokens)], speaker) if tokens else None


def clause_adjective(ctx: Context, adjective: Token) -> Candidate | None:
    """ "his donors remain confident that he will win", "Clinton aides also spent Saturday
    delivering pep talks …, confident that Democrats would be drawn to Mrs. Clinton's plans":
    the clause (`cues.held_clause`) is the view of who the adjective is said of, the subject
    of its copula or of the clause it closes (or of what it is joined to: "were exuberant -
    thrilled with … and confident that …"). A denied copula is a view too, doubt: "many
    Democrats … are not confident that Mrs. Clinton understands their frustrations", "Fox,
    however, isn't worried that Trump will actually win" (both statements, not negated, in
    the story gold)."""
    clause = cues.held_clause(adjective)
    head = adjective
    while head.dep_ == "conj" and head.head.dep_ in ("acomp", "oprd", "advcl", "conj"):
        head = head.head
    if clause is None or head.dep_ not in ("acomp", "oprd", "advcl"):
        return None
    speaker = speaker_of(head.head)
    if not speaker or speaker[-1].lower_ in lexicon.THING_PRONOUNS:
        return None  # "it seems hopeful that …": no one holds it ("party bosses" do)
    words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.i == clause.left_edge.i)]
    while words and words[-1].is_punct:
        words.pop()
    cue = (adjective.idx, adjective.idx + len(adjective))
    return Candidate(cue, [ctx.tokens_span(words)], speaker) if words else None


def made_clear(ctx: Context, verb: Token) -> Candidate | None:
    """ "Other senior administration officials made it clear that part of Mr. Trump’s strategy
    was …", "they made it clear that the reforms would be their No. 1 priority": what follows
    "clear", when it is a clause."""
    clear = cues.clear_of(verb)
    speaker = speaker_of(verb)
    if speaker is None or not can_speak(speaker[-1]):
        return None
    if has_to(verb):
        return None  # "blasted Oversight for failing to make clear that …": not made clear
    if clear is None:
        # "Ms. Pelosi and her deputies have repeatedly made the case that it is too early to
        # consider impeachment": the clause is what they argue
        argued = cues.case_that(verb)
        if argued is None:
            return None
        words = [t for t in argued.subtree if not (t.dep_ == "mark" and t.lower_ == "that")]
        return Candidate((verb.idx, verb.idx + len(verb)), [ctx.tokens_span(words)], speaker)
    end = min(verb.right_edge.i, verb.sent.end - 1)
    words = [t for t in verb.doc[clear.i + 1 : end + 1]]
    while words and words[-1].is_punct:
        words.pop()
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # "made clear his opposition": a stance shown, not a claim
    cue = (verb.idx, clear.idx + len(clear))
    return Candidate(cue, [ctx.tokens_span(words)], speaker)


# Each construction's rule (cues.CONSTRUCTIONS names them; no two apply to one token).
def reported_adverb(ctx: Context, adverb: Token) -> Candidate | None:
    """ "Abedin reportedly forwarded State Department emails to a personal account": the
    clause the adverb sits in, with its subject, is what unnamed reports say (the adverb is
    their mention); a concession or contrast the writer adds ("…, though it's unclear if …")
    and a clause joined after it are not in it."""
    verb = adverb.head
    left = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            (c.dep_ == "advcl" and any(m.lower_ in _CONCESSIVE | {"while"} for m in c.children))
            or (c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
        )
    ]
    end = min((c.left_edge.i for c in left), default=verb.right_edge.i + 1)
    tokens = [t for t in verb.subtree if t.i < end and not (t.dep_ == "cc" and t.head == verb)]
    tokens = [t for t in tokens if t.sent == adverb.sent]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    return Candidate((adverb.idx, adverb.idx + len(adverb)), [ctx.tokens_span(tokens)], [adverb])


def to_someone(ctx: Context, to: Token) -> Candidate | None:
    """ "To Rep. Zoe Lofgren, D-Calif., the bill “grabs power away from the elites”": the main
    clause after the comma is how things look to the one "To" names (`cues._to_someone`)."""
    person = next(c for c in to.children if c.dep_ == "pobj")
    after = to.right_edge.i + 1
    tokens = [t for t in to.head.subtree if t.i > after and t.sent == to.sent]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    return Candidate((to.idx, to.idx + len(to)), [ctx.tokens_span(tokens)], [person])


def in_a_poll(ctx: Context, into: Token) -> Candidate | None:
    """ "In a CNN/ORC poll released Monday, 31% of Republicans …", "Clinton led Sanders more
    than 2-1 in an NBC News/Wall Street Journal poll": the clause the phrase opens (all after
    its comma) or closes (from the clause's start to "in") is the poll's finding
    (`cues._in_a_poll`)."""
    found = cues.poll_phrase(into)
    if found is None:
        return None
    poll, where = found
    sentence = into.sent
    if where == "opens":
        tokens = [t for t in sentence if t.i > into.right_edge.i + 1]
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens.pop()
        if not tokens:
            return None
        span = ctx.tokens_span(tokens)
    else:
        span = (max(_final_scope(ctx, into), _reported_clause_start(into)), into.idx)
    return Candidate((into.idx, into.idx + len(into)), [span], [poll])


def _reported_clause_start(into: Token) -> int:
    """Where the clause "in a poll" closes starts when it is a clause someone's verb reports
    ("Mr. Trump boasted that he was leading in a new Fox News poll": the poll finds "he was
    leading", not that Trump boasted): the innermost complement clause above it, past its
    "that"; else the sentence's start."""
    clause = next((a for a in into.ancestors if a.dep_ == "ccomp"), None)
    if clause is None:
        return into.sent.start_char
    words = [
        t
        for t in clause.subtree
        if t.i < into.i and not (t.dep_ == "mark" and t.i == clause.left_edge.i)
    ]
    return words[0].idx if words else into.sent.start_char


# The constructions that tell the words of a whole clause, as a view's phrase would.
_TELLING = frozenset(("reporting verb", "according to"))


def in_ones_view(ctx: Context, into: Token) -> Candidate | None:
    """ "In Ash's view, the change would have a profound impact …", "The only other necessary
    action, in Professor Knittel's view, would be more government support …", "But she
    doesn't like “surprises,” in the words of one top staffer, and bristled when …": the main
    clause the phrase is set off in, on either side of it, is the view or the words of the
    one it names (`cues.view_phrase`), and a verb joined to the clause after the phrase is the
    writer's next telling ("and bristled when …"); a phrase closing the sentence, what comes
    before it (as for "…, according to X.")."""
    found = cues.view_phrase(into)
    if found is None:
        return None
    holder, where = found
    phrase = {t.i for t in into.subtree}
    if any(
        cues.construction(t) in _TELLING and not ctx.inside_quote(t)
        for t in into.sent
        if t.i not in phrase
    ):
        return None  # "The plan, he said, would fail, in his view": the words he said
    cue = (into.idx, into.idx + len(into))
    if where == "closes":
        return Candidate(cue, [(_final_scope(ctx, into), into.idx)], [holder])
    clause, last = into.head, into.right_edge.i
    joined = {
        t.i for c in clause.children if c.dep_ in ("conj", "cc") and c.i > last for t in c.subtree
    }
    tokens = [
        t for t in clause.subtree if t.i not in phrase and t.i not in joined and t.sent == into.sent
    ]
    spans = []
    for side in ([t for t in tokens if t.i < into.i], [t for t in tokens if t.i > last]):
        while side and (side[0].is_punct or side[0].is_space or side[0].dep_ == "cc"):
            side.pop(0)
        while side and (side[-1].is_punct or side[-1].is_space):
            side.pop()
        if side:
            spans.append(ctx.tokens_span(side))
    return Candidate(cue, spans, [holder]) if spans else None


def cast_by(ctx: Context, verb: Token) -> Candidate | None:
    """ "an option seen by organizers as a “lifeboat” for conservatives", "Some Republican gun
    control measures - deemed insufficient by Democrats - have also failed": the one after
    "by" holds the view the participle casts (`cues.cast_by`); its words are the noun it hangs
    on and the participle's phrase, as the passive "the cuts are seen by many Democrats as
    giveaways" tells the subject and the "as" phrase."""
    found = cues.cast_by(verb)
    if found is None:
        return None
    who, as_ = found
    noun = verb.head
    tokens = [t for t in noun.subtree if t.i <= verb.right_edge.i and t.sent == verb.sent]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    named = [t for t in who.subtree if as_ is None or as_.head != who or t.i < as_.i]
    return Candidate(
        (verb.idx, verb.idx + len(verb)),
        [ctx.tokens_span(tokens)],
        [who],
        speaker_text=ctx.tokens_span(named),
    )


RULES: dict[str, Callable[[Context, Token], Candidate | None]] = {
    "according to": according_to,
    "reporting verb": reporting_verb,
    "giving verb": giving_verb,
    "object verb": object_verb,
    "as verb": as_verb,
    "blame for": blame_for,
    "cue noun": cue_noun,
    "stance noun": stance_noun,
    "stance adjective": stance_adjective,
    "clause adjective": clause_adjective,
    "table noun": table_noun,
    "make clear": made_clear,
    "reported adverb": reported_adverb,
    "to someone": to_someone,
    "in a poll": in_a_poll,
    "in one's view": in_ones_view,
    "cast by": cast_by,
}


# -- content through an object, an infinitive or a preposition -------------------------------


# The prepositions whose phrase says what an object verb holds against or for its object:
# "accused X of Y", "blamed X for Y", "criticized X over Y", "described X as Y".
_OBJECT_PREPS = ("of", "for", "as", "about", "over")
# ... and what a comparison likens it to: "likened the rules to burning the Constitution".
_LIKENED_TO = {"liken": ("to",), "compare": ("to", "with")}


def _complement_content(
    ctx: Context, verb: Token, lemma: str, by_table: bool = False
) -> list[Span]:
    """What a verb attributes through its object, infinitive or preposition; with `by_table`,
    what its complement shape holds, the word lists aside (`_in_the_tables_shape`)."""
    after = [
        c for c in verb.children if c.i > verb.i and not (c.dep_ == "ccomp" and _a_nouns_clause(c))
    ]
    if cues.with_particle(verb, lemma) and not any(c.dep_ in ("ccomp", "dobj") for c in after):
        return _after_particle(ctx, verb, lemma)
    if by_table:
        parts = _shape_parts(verb, after)
    elif any(c.dep_ == "ccomp" for c in after):
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
        preps = _OBJECT_PREPS + _LIKENED_TO.get(lemma, ())
        # "describing the security team as highly accomplished": the predicate "as" opens
        cast = as_predicate(verb) if lemma in lexicon.AS_VERBS else None
        parts = [
            c
            for c in after
            if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp")
            or (c.dep_ == "prep" and c.lower_ in preps)
            or (cast is not None and c == cast.head)
        ]
    elif _fronted_object(verb) and (lemma in lexicon.AS_VERBS or cues.verdict(verb, lemma)):
        # "in what officials described as a necessary national security measure", "the
        # assailant, who authorities have identified as James Hodgkinson": the object fronted
        # as "what" or "who", the "as" phrase is what the verb says of it (a shape PolNeAR
        # train finds a cue, or a verb of casting as: "in what some are criticizing as just
        # another senseless photo op")
        parts = [c for c in after if c.dep_ == "prep" and c.lower_ == "as"]
    elif cues.table_cue(verb, lemma):
        # a cue by PolNeAR train in its shape alone: "hit Clinton for her vote", "vouched for
        # him", "bemoaned the decision"
        parts = _shape_parts(verb, after)
    else:
        parts = []
    if not parts:
        return []
    parts += _stranded_predicate(verb, after, parts)
    aside = {t.i for p in parts for r in p.subtree if _writers_aside(r) for t in r.subtree}
    tokens = [t for p in parts for t in p.subtree if t.i not in aside]
    if (
        (lemma in lexicon.PREP_CUES or lemma not in cues.CUE_LEMMAS or _fronted_object(verb))
        and parts[0].dep_ in ("prep", "prt")
        and len(tokens) > 1
    ):
        # "complained about his mic", "pointed to the 1994 crime bill": the preposition
        # belongs to the cue
        tokens = [t for t in tokens if t is not parts[0]]
    span = ctx.trim(*ctx.unquoted(*ctx.tokens_span(tokens)))
    return [span] if span else []


def _stranded_predicate(verb: Token, after: list[Token], parts: list[Token]) -> list[Token]:
    """ "Pelosi accused Republicans of holding government workers hostage for the separate
    demand of a wall": the parser hangs the predicate of the content's own object ("hostage",
    "accountable") on the cue as a clause of its own, right where the content stops; left out,
    the content says something else ("of holding government workers"). A noun or adjective
    clause of the cue at the next word is that predicate; one past a comma or another word
    is the cue's own ("accused him of lying, furious")."""
    last = max(t.i for p in parts for t in p.subtree)
    return [c for c in after if c.dep_ == "advcl" and c.pos_ in ("NOUN", "ADJ") and c.i == last + 1]


def _shape_parts(verb: Token, after: list[Token]) -> list[Token]:
    """What the verb's complement shape (`shapes.shape`) holds: its object, predicate,
    infinitive or clause, and the preposition the shape names."""
    preposition = shapes.shape(verb).partition(":")[2]
    return [
        c
        for c in after
        if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp")
        or (c.dep_ == "prep" and c.lower_ in (preposition, "as"))
    ]


def _fronted_object(verb: Token) -> bool:
    """The verb's object is a "what", "which" or "who" before it."""
    return any(c.dep_ == "dobj" and c.i < verb.i and c.tag_ in ("WP", "WDT") for c in verb.children)


def _after_particle(ctx: Context, verb: Token, lemma: str) -> list[Span]:
    """What a verb with its particle answers: "pushed back against Mr. Sanders's attack" (the
    phrase after the preposition), "weighed in to defend the Tea Party movement" (the
    infinitive); nothing where it is only supposed ("would push back")."""
    if any(c.tag_ == "MD" for c in verb.children):
        return []  # "it seems unlikely that the federal government would push back against …"
    particle, preps = lexicon.PARTICLE_CUES[lemma]
    holders = [verb, *(c for c in verb.children if c.lower_ == particle)]
    prep = next(
        (
            c
            for h in holders
            for c in h.children
            if c.i > verb.i and c.dep_ == "prep" and c.lower_ in preps
        ),
        None,
    )
    if prep is not None:
        tokens = [t for t in prep.subtree if t is not prep]
    else:
        done = next(
            (c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "advcl")),
            None,
        )
        if done is None or not has_to(done):
            return []  # "weighed in to defend …"; not "weighed in at 40 pounds"
        tokens = list(done.subtree)
    span = ctx.trim(*ctx.unquoted(*ctx.tokens_span(tokens))) if tokens else None
    return [span] if span else []


def _writers_aside(token: Token) -> bool:
    """ "urged him to resign over the accusations, which Farenthold has repeatedly denied": a
    relative clause after a comma whose own subject is someone else is the writer's aside."""
    if token.dep_ != "relcl" or token.left_edge.i == 0:
        return False
    if token.doc[token.left_edge.i - 1].text != ",":
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in lexicon.RELATIVE_PRONOUNS


def _object_content(
    ctx: Context, verb: Token, deps: tuple[str, ...], prep_only: bool = False
) -> list[Span]:
    parts = [c for c in verb.children if c.dep_ in deps and c.i > verb.i]
    if not parts or not (prep_only or any(p.dep_ != "prep" for p in parts)):
        return []
    tokens = [t for p in parts for t in p.subtree]
    return [ctx.tokens_span(tokens)]


def _a_nouns_clause(clause_: Token) -> bool:
    """ "urged state lawmakers to change the bill …, in the face of criticism that it could
    allow businesses to discriminate": the parser hung the claim noun's "that" clause on the
    verb; it says what the criticism is, not what was urged."""
    mark = next((c for c in clause_.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0:
        return False
    noun = mark.doc[mark.i - 1]
    claim = noun.lemma_.lower() in lexicon.CLAIM_NOUNS
    return claim and noun.dep_ == "pobj" and mark.i == clause_.left_edge.i


def _report_before(ctx: Context, clause_: Token, verb: Token) -> bool:
    """ "he said Obama’s borrowing is dragging down growth – he also claimed …": a report of its
    own before the cue, parted from it by a dash or a semicolon, is not what the cue says; nor
    is any clause of the writer's parted from it by a semicolon ("A dozen officers … stood
    watch as he spoke; one warned photographers to …")."""
    if clause_.i > verb.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause_.children):
        return False
    between = ctx.text[clause_.right_edge.idx : left_edge(verb).idx]
    if ";" in between and ctx.quote_at(clause_.right_edge.idx) is None:
        return True
    if cues.lemma(clause_) not in lexicon.REPORTING_VERBS:
        return False
    return any(mark in between for mark in ("–", "—", "--"))


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
        if token.lower_ == "that" and (
            token.dep_ in ("mark", "advmod") or _relative_without_gap(token) is not None
        ):
            # "announced a plan … so that negotiations may continue": a purpose, not content
            return None if token.nbor(-1).lower_ in _PURPOSE_THAT else token
        if token.i not in skip and token.text != ",":
            return None
    return None


def _relative_without_gap(that: Token) -> Token | None:
    """ "announced Thursday on the Senate floor that Trump planned to sign the bill": "that"
    the parser read as the relative pronoun of a clause on the noun just before it, when the
    clause has no place for it (its subject opens right after "that", and the word "that"
    hangs on already has another dependent of the same role: "sign" its object "the bill",
    and no preposition in it lacks its object), so it is a "that" clause, not a relative one
    ("the interview that she gave to CNN", "the abuses that Republicans accused Mr. Schiff
    of").
    The clause's verb, if so."""
    relative = next((a for a in that.ancestors if a.dep_ == "relcl"), None)
    if relative is None or relative.head.i != that.i - 1 or that.dep_ in ("mark", "advmod"):
        return None
    subject = next((c for c in relative.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject == that or subject.left_edge.i != that.i + 1:
        return None
    filled = any(c != that and c.dep_ == that.dep_ for c in that.head.children)
    stranded = any(  # "the abuses that Republicans accused Mr. Schiff of": its gap is there
        t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in t.children)
        for t in relative.subtree
    )
    return relative if filled and not stranded else None
