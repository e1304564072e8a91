"""The complement shape of a verb: what it takes after it, read from the dependency parse.

A cue word is a cue in some shapes and not in others: "denied that he knew" and "denied the
rumors" report what was said, "rejected Obama's trade agenda" is a vote. The cue table
(`cue_table.py`, counted on PolNeAR train by `evaluation/cue_table.py`) is keyed by a verb's
key (its lemma, with its particle: "shoot down", "push back") and this shape, so the extractor
and the count read a sentence the same way.

| shape | example |
| --- | --- |
| clause | "Cancian believes that …", "“…,” he said", "elaborated that …" |
| quote | "called it “a very good night”" (a quotation right after the verb or its object) |
| obj+to | "urging Congress to help schools", "has advised him to wait" |
| to | "pledged to support Trump", "refused to comment" |
| as | "attacking Obama as an elitist hypocrite", "protested as a naked abuse of power" |
| obj+prep:P | "chastising him for his failure", "accused the North of flying drones" |
| prep:P | "called for a ban" (prep:for), "warned of a crisis" (prep:of) |
| obj:speech | "gave his assessment", "denied the allegations" (a speech act or a claim) |
| obj | "rejected the agenda", "shot down the amendment", "gave sellers money" |
| none | "Mr. Trump disagreed.", "she declined." |
"""

from __future__ import annotations

from spacy.tokens import Token

from ... import lexicon
from .context import QUOTE_OPENERS

SHAPES = (
    "clause",
    "quote",
    "obj+to",
    "to",
    "as",
    "obj+prep:P",
    "prep:P",
    "obj:speech",
    "obj",
    "none",
)

# Objects that are themselves something said: "gave his assessment", "denied the allegations".
_SPEECH = lexicon.SPEECH_ACT_NOUNS | lexicon.PROPOSITION_NOUNS | lexicon.CUE_NOUNS
# Only the marks that open a quote: a quote after a verb or a noun opens there.
_OPENING_MARKS = frozenset(QUOTE_OPENERS)
# Prepositions that carry no complement of the verb: when, where and how long it was done.
_CIRCUMSTANCE = frozenset(
    "in on at during after before since until while amid throughout by via".split()
)


def key(verb: Token, lemma: str) -> str:
    """The verb's lemma with its particle: "shot down" -> "shoot down", "said" -> "say"."""
    particle = next((c for c in verb.children if c.dep_ == "prt" and c.i > verb.i), None)
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def has_to(verb: Token) -> bool:
    """The verb has its own "to": an infinitive ("to reject", "to release")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _quote_after(verb: Token, obj: Token | None) -> bool:
    """A quotation mark opens right after the verb, or right after its object."""
    doc = verb.doc
    end = obj.right_edge.i if obj is not None else verb.i
    # "called it “a very good night”", "called the idea “illegal”", "said: “…”"
    for i in range(end + 1, min(end + 3, verb.sent.end)):
        if doc[i].text in _OPENING_MARKS:
            return True
        if not doc[i].is_punct:
            return False
    return False


def _adjective_after(obj: Token) -> bool:
    """ "called the idea illegal and offensive": the parser hangs the predicate on the object
    as an adjective after it; English puts few adjectives after their noun, and none last."""
    last = obj.right_edge
    return any(
        c.dep_ == "amod" and c.i > obj.i and c.right_edge == last and c.pos_ == "ADJ"
        for c in obj.children
    )


def as_elsewhere(verb: Token) -> Token | None:
    """The "as" of "verb X as Y" that the parser hung on X rather than on the verb: on its
    object ("see both provisions as giveaways to the rich") or, in the passive, on the
    noun after "by" ("are seen by many Democrats as giveaways"). `shape` leaves these to the
    shape of what the parser hung on the verb, as the cue table was counted
    (`cues.verdict` reads them)."""
    holders = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    holders += [
        o for b in verb.children if b.dep_ == "agent" for o in b.children if o.dep_ == "pobj"
    ]
    return next(
        (
            c
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "as" and c.i > h.i and any(c.children)
        ),
        None,
    )


def shape(verb: Token) -> str:
    """The complement shape of `verb` (one of `SHAPES`, P the preposition), most telling
    first."""
    after = [c for c in verb.children if c.i > verb.i]
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and not has_to(c)]
    if clauses:
        return "clause"
    obj = next((c for c in after if c.dep_ in ("dobj", "dative")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass",)), None)
    if _quote_after(verb, obj):
        return "quote"
    infinitives = [
        c for c in after if c.dep_ in ("xcomp", "ccomp", "advcl") and has_to(c) and c.tag_ == "VB"
    ]
    # "urged Congress to act": an object, or a subject of the infinitive (parsed as ccomp)
    if infinitives and (obj is not None or any(c.dep_ == "nsubj" for c in infinitives[0].children)):
        return "obj+to"
    if infinitives:
        return "to"
    preps = [
        c for c in after if c.dep_ == "prep" and c.lower_ not in _CIRCUMSTANCE and any(c.children)
    ]
    predicate = any(
        c.dep_ == "oprd" or (c.dep_ == "xcomp" and c.pos_ in ("ADJ", "NOUN", "PROPN"))
        for c in after
    ) or (obj is not None and _adjective_after(obj))  # "called him a liar", "called it odd"
    if any(p.lower_ == "as" for p in preps) or predicate:
        return "as"
    if preps:
        # "accused the North of flying drones": the preposition is part of the shape
        shape = "obj+prep" if obj is not None or subject is not None else "prep"
        return f"{shape}:{preps[0].lower_}"
    if obj is not None:
        return "obj:speech" if obj.lemma_.lower() in _SPEECH else "obj"
    return "none"


# -- nouns -----------------------------------------------------------------------------------
#
# A noun is a cue, too, in some shapes: "his suggestion that the rules were rigged" (clause),
# "her pledge to testify" (to), "a message for Mr. Trump: …" (colon), "his mention of the
# deal" (prep:of). The cue table counts nouns as it counts verbs, by lemma and this shape, where
# the sentence names whose the noun is (its possessor, or the subject of `light_verb`: what
# the extractor needs to name a source).

NOUN_SHAPES = ("clause", "to", "quote", "colon", "prep:P", "none")
# The shapes whose complement is a proposition: what was claimed. With a preposition a noun
# names a stance toward a thing ("his endorsement of Perry", "a sign of its resonance"), as a
# stance verb with a bare object does (`lexicon.STANCE_VERBS`): an act, not a claim.
PROPOSITION_SHAPES = frozenset(("clause", "quote", "colon"))


def that_clause(head: Token) -> Token | None:
    """ "the claim that he lied", "doubts about whether …": a clause its mark opens (a
    relative clause's "that" is its subject or object, not its mark); right after the noun or
    past a time, the one the parser hung on the verb above the noun (`clause_hung_above`,
    `clause_past_a_time`)."""
    own = next(
        (
            c
            for c in head.children
            if c.dep_ in ("acl", "ccomp", "appos", "advcl")
            and c.i > head.i
            and any(t.dep_ == "mark" and t.lower_ in ("that", "whether", "if") for t in c.children)
        ),
        None,
    )
    if own is not None:
        return own
    past = clause_past_a_time(head)
    return past if past is not None else clause_hung_above(head)


# The entities of a time: "on Wednesday", "earlier this year", "in recent months".
_TIME_ENTITIES = frozenset(("DATE", "TIME"))


def clause_past_a_time(noun: Token) -> Token | None:
    """ "Trump’s statement earlier this year that women … should be punished", "his comment
    Monday that “Islam hates us”", "Clinton's argument in recent months that she was merely
    the victim …": only a time between a noun and "that", where the parser hangs the clause on
    a verb above the noun ("was", "stood", "undercut"). The story gold reads the clause as the
    noun's (3 stories)."""
    if noun.pos_ != "NOUN":
        return None
    doc = noun.doc
    between = []
    for token in doc[noun.i + 1 : min(noun.i + 8, noun.sent.end)]:
        if token.lower_ == "that":
            break
        between.append(token)
    else:
        return None
    that = doc[noun.i + 1 + len(between)]
    if not any(t.ent_type_ in _TIME_ENTITIES for t in between):
        return None
    if not all(t.ent_type_ in _TIME_ENTITIES or t.pos_ in ("ADP", "ADV") for t in between):
        return None
    return _clause_hung_above(noun, that)


def clause_hung_above(noun: Token) -> Token | None:
    """ "have asked questions about Clinton's assertion that 90 to 95 percent of the e-mails
    were in the State Department system", "will be targets for Trump's false claims that he's
    an advocate for working people …": "that" right after the noun, whose clause the parser
    hung on a verb above the noun ("asked", "be"), as it does past a time
    (`clause_past_a_time`). The story gold reads the clause as the noun's (3 stories)."""
    if noun.pos_ != "NOUN" or noun.i + 1 >= noun.sent.end:
        return None
    that = noun.doc[noun.i + 1]
    if that.lower_ != "that" or that.head.head.pos_ not in ("VERB", "AUX"):
        # "see Mr. Kerry's determination to broker a cease-fire as driven by their assessment
        # that the Russian offensive has reversed …": hung on a noun, the clause is that noun's
        return None
    if that.head.head.lemma_.lower() in lexicon.BELIEF_VERBS:
        # "We know from his financial disclosure statements that most of Mr. Trump's assets are
        # held in …": a verb of knowing takes the clause itself; the noun is where it was learnt
        return None
    return _clause_hung_above(noun, that)


def _clause_hung_above(noun: Token, that: Token) -> Token | None:
    """The clause "that" opens as its mark, hung on a verb above the noun, with a subject of
    its own after "that" (no relative clause's gap)."""
    clause = that.head
    if that.dep_ != "mark" or clause.left_edge != that or clause.head not in noun.ancestors:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return clause if subject is not None and subject.i > that.i else None


def noun_infinitive(noun: Token) -> Token | None:
    """ "her promise to repeal the law": the infinitive after the noun, hung on it or (the
    parser's slip) on the main clause with the noun right before its "to"."""
    hung = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and has_to(c)), None)
    if hung is not None:
        return hung
    doc = noun.doc
    if noun.i + 2 < noun.sent.end and doc[noun.i + 1].lower_ == "to":
        verb = doc[noun.i + 2]
        if verb.tag_ == "VB" and doc[noun.i + 1].head == verb:
            return verb
    return None


def asked(noun: Token) -> tuple[Token, Token] | None:
    """ "their calls for D.C. to end the deadlock", "a call for Obama to resign", "his call to
    release the report": where a noun of asking (`lexicon.ASKING_NOUNS`) says who is asked
    and what to do, the first word of that request and its infinitive. The parser hangs the
    infinitive on the noun, on the one asked or on the main verb, and makes "for" a
    preposition or the infinitive's mark; the words decide: "for", a noun phrase, "to" and a
    bare verb, or "to" and a bare verb right after the noun."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    if after is None or after.lower_ not in ("for", "to"):
        return None
    if after.lower_ == "to":
        verb = noun_infinitive(noun)
        return (after, verb) if verb is not None else None
    asked = _asked_one(after)
    if asked is None or asked.left_edge.i != after.i + 1:
        return None
    to = asked.right_edge.i + 1
    verb = doc[to + 1] if to + 1 < noun.sent.end else None
    if verb is not None and verb.is_quote and to + 2 < noun.sent.end:
        verb = doc[to + 2]  # "to “embrace” his candidacy"
    if doc[to].lower_ != "to" or verb is None or verb.tag_ != "VB" or doc[to].head != verb:
        return None
    return (doc[after.i + 1], verb)


def _asked_one(for_: Token) -> Token | None:
    """Who is asked after "for": its object, or the subject of the infinitive it marks."""
    if for_.dep_ == "prep":
        return next((c for c in for_.children if c.dep_ == "pobj"), None)
    if for_.dep_ == "mark":
        return next((c for c in for_.head.children if c.dep_ == "nsubj"), None)
    return None


def colon_after(noun: Token) -> Token | None:
    """ "a message for Mr. Trump: Mexico won't pay": the colon that ends the noun's phrase,
    with a clause after it."""
    doc = noun.doc
    end = noun.right_edge.i
    for i in range(noun.i + 1, min(end + 2, noun.sent.end)):
        if doc[i].text == ":":
            after = doc[i + 1 : noun.sent.end]
            return doc[i] if any(t.pos_ in ("VERB", "AUX") for t in after) else None
    return None


def noun_shape(noun: Token) -> str:
    """The complement shape of `noun` (one of `NOUN_SHAPES`)."""
    if that_clause(noun) is not None:
        return "clause"
    if noun_infinitive(noun) is not None:
        return "to"
    if opens_quote(noun):
        return "quote"
    if colon_after(noun) is not None:
        return "colon"
    prep = noun_preposition(noun)
    return f"prep:{prep.lower_}" if prep is not None else "none"


def opens_quote(noun: Token) -> bool:
    """Whether the mark after `noun` opens a quote: a curly opening mark, or a straight one
    after a space (a straight mark touching the noun closes it: 'called it a "threat" to')."""
    if noun.i + 1 >= noun.sent.end:
        return False
    mark = noun.doc[noun.i + 1].text
    return mark in _OPENING_MARKS and (mark != '"' or bool(noun.whitespace_))


def noun_preposition(noun: Token) -> Token | None:
    """The first preposition after `noun` that carries a complement, not a circumstance."""
    return next(
        (
            c
            for c in noun.children
            if c.i > noun.i
            and c.dep_ == "prep"
            and c.lower_ not in _CIRCUMSTANCE
            and any(c.children)
        ),
        None,
    )


def light_verb(noun: Token) -> Token | None:
    """ "issued a warning that …", "has a message for …": the verb whose object the noun is,
    when it has a subject (whether that subject is the noun's source is the cue table's
    `SOURCE_VERBS`)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if any(c.dep_ == "nsubj" for c in verb.children) else None
