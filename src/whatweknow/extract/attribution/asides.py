"""Words beside an unnamed source that tell no more of who it is.

An unnamed source is named by its own words ("a former U.S. law enforcement official who
oversaw counterintelligence investigations", "half a dozen Senate Republicans"). Two kinds of
words the parse hangs on it run on past who it is into what the sentence says of it:
- a modifier set off by a comma after the noun, an aside the writer drops in: "A handful of
  Republican Party insiders, long dismissive of attempts to block Trump, are now more
  convinced …" (Politico 2016-06), "Only half a dozen Senate Republicans, of 54 total, even
  expressed a willingness …" (The Washington Post 2016-03);
- a second verb of saying joined to the relative clause that says who the source is, telling
  what the source said besides: "said a former U.S. law enforcement official who oversaw
  counterintelligence investigations and described the email controversy as “a lesser set of
  circumstances”" (The Washington Post 2016-07), where the description would otherwise hold
  the words of a statement of its own, or one of the terms it speaks on ("… and spoke
  anonymously because of the diplomatic sensitivities": the story gold's name stops before
  it); a second verb of another kind ("… and now works for Cruz") still says who it is.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ... import lexicon

# The modifiers a comma may set off after a noun: an adjective phrase, a prepositional phrase,
# an adverb ("insiders, long dismissive of …", "Republicans, of 54 total,"). A conjunct after a
# comma is a list ("Nebraska, Oklahoma and Kansas"), an apposition or clause is cut already.
_SET_OFF_MODIFIERS = frozenset("amod prep advmod".split())
# Prepositions that join more speakers to the noun, set off or not: "some aides, along with many
# law enforcement officials, …" speak together.
_JOINING = frozenset("along together alongside with plus".split())
# Prepositions that say where a source comes from or who made it: "the statement on her health,
# from Dr. Lisa Bardack, …", "A senior official, from the State Department,": who it is.
_WHOSE = frozenset("from by".split())
# Adjectives a comma may set off that still say who a source is: "Two people, familiar with the
# negotiations,", "Officials, both current and former,".
_KNOWING = frozenset("familiar close knowledgeable current former senior".split())
# A second verb that tells the terms a source speaks on, not who it is: "… and spoke anonymously
# because of the diplomatic sensitivities", "… and asked not to be named".
_TERMS_VERBS = frozenset("speak talk ask request insist decline".split())
_ANONYMITY = frozenset("anonymously anonymity named identified".split())
# What a clause's verb takes before a second verb joined to it: its own object or complement
# ("who oversaw counterintelligence investigations and described …"); with none, the two verbs
# share what follows ("people who live and work in the city").
_COMPLEMENTS = frozenset("dobj dative attr acomp oprd prep xcomp ccomp agent".split())


def before_a_set_off_modifier(
    head: Token, keep: list[Token], in_name: Callable[[Token], bool]
) -> list[Token]:
    """The words of a source up to the first modifier of its noun that a comma sets off after
    it, where the modifier is no part of a name that covers the noun (`in_name(child)`: "the
    University of California, Berkeley") and joins no more speakers to it ("some aides, along
    with many law enforcement officials,"); a person the text names keeps its mention."""
    doc = head.doc
    if head.ent_type_ == "PERSON":
        return keep  # a person is named by the name, whatever the mention holds
    for child in head.rights:
        if child.dep_ not in _SET_OFF_MODIFIERS or child.lower_ in _JOINING:
            continue
        comma = child.left_edge.i - 1
        if comma <= head.i or doc[comma].text != "," or doc[comma].head.i != head.i:
            continue
        if in_name(child) or _says_who(child):
            continue
        return [t for t in keep if t.i < comma]
    return keep


def _on_terms(verb: Token) -> bool:
    """Whether a verb tells the terms a source speaks on: "spoke anonymously because of the
    diplomatic sensitivities", "asked not to be named", "spoke on condition of anonymity"."""
    return verb.lemma_.lower() in _TERMS_VERBS and any(t.lower_ in _ANONYMITY for t in verb.subtree)


def _says_who(modifier: Token) -> bool:
    """Whether a set-off modifier still says who the source is: where it comes from or who made
    it ("statement on her health, from Dr. Lisa Bardack,"), a name or a group of people after
    its preposition ("Supporters, of both candidates,"), or what it knows or was ("Two people,
    familiar with the negotiations,", "Officials, both current and former,")."""
    if modifier.dep_ == "prep":
        if modifier.lower_ in _WHOSE:
            return True
        objects = [c for c in modifier.children if c.dep_ == "pobj"]
        return any(
            o.pos_ == "PROPN"
            or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or o.lemma_.lower() in lexicon.PERSON_NOUNS | lexicon.GROUP_NOUNS
            for o in objects
        )
    if modifier.dep_ == "amod":
        words = [modifier, *(c for c in modifier.children if c.dep_ == "conj")]
        return any(c.dep_ == "cc" for c in modifier.children) or any(
            w.lemma_.lower() in _KNOWING for w in words
        )
    return False


def before_a_second_verb(words: list[Token], clause: Token) -> list[Token]:
    """A relative clause's words up to a second verb joined to its own by "and", where its own
    verb has taken its object or complement before the "and": "who oversaw counterintelligence
    investigations [and described …]", not "who live and work in the city", nor a verb a "but"
    joins, which qualifies the first ("who supports Clinton but is not working for her"), nor
    a second relative clause with its own pronoun ("who worshiped at the Islamic Center here
    and who didn't want to be named"), nor participles ("slides from an internal presentation
    intended for NSA senior analysts and obtained by the Washington Post"), which both tell
    who or what the source is."""
    if clause.dep_ != "relcl":
        return words  # "slides … intended for NSA senior analysts and obtained by the Post"
    for child in clause.rights:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.tag_ in ("WP", "WDT") for c in child.lefts):
            return words  # "and who didn't want to be named": a second clause of who it is
        joint = next(
            (c for c in clause.rights if c.dep_ == "cc" and c.lower_ == "and" and c.i < child.i),
            None,
        )
        if joint is None:
            continue
        if not any(c.dep_ in _COMPLEMENTS and clause.i < c.i < joint.i for c in clause.children):
            continue
        if _on_terms(child):
            pass  # "… and spoke anonymously because of …": the terms it speaks on, not who
        elif child.lemma_.lower() not in lexicon.SPEECH_VERBS:
            return words  # "… and now works for Cruz": who it is
        stop = joint.i - 1 if joint.i > 0 and clause.doc[joint.i - 1].text == "," else joint.i
        return [w for w in words if w.i < stop]
    return words
