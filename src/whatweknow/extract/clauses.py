"""Who did what in the clause a date hangs on: its predicate, actor, target and place, a label
in the text's own words, and how the text holds it (`mode`).

The predicate is the verb the date modifies ("announced" in "Trump on Saturday announced a
plan"), or an event noun ("invasion", "tweet"), found by climbing the parse from the date. A
date in a preposition beside a verb ("despite a day earlier saying …") belongs to that verb.

The label is who did what, every word taken from the sentence in its order: the actor (a
person by their name, a pronoun by the name it stands for), the verb group as written (its
auxiliaries, "not", "never", "no longer", its particle) and what it was done to (its object,
its clause, a passive's "by" phrase); a verb without a subject of its own takes its
controller's ("Ryan, … since being named Saturday" is Ryan's naming), a participle after a
noun takes that noun ("tax returns released Friday"), and a relative clause on what its verb
was done to is that noun phrase with its relative pronoun ("the same approach that Trump
rejected"; the clause's own pronoun never the noun: "Mr. Flynn, whom he fired"). A date
that ends a span or sets a deadline on the verb ("until Feb. 15", "by April 2") stays in the
label with its word: it is not when the act happened ("Trump restoring normal operations
until Feb. 15"). A verb of saying with nothing said in the label takes the quotation beside
it, in its marks ("… Jail!” Trump tweeted early Tuesday": "Trump tweeted “Crooked Hillary
Clinton’s top aide …”").

`mode` says whether the clause tells a happening: `asserted`, or `negated` ("did not show
up"), `conditional` ("if … cannot reach agreement by the February deadline", and what follows
from such an "if"), `hypothetical` ("could take place on Tuesday", or what someone hopes,
believes or fears: "I hope that the articles of impeachment are the subject of hearings …
early in 2019", `held.held`), `generic` ("the benefits
they rely on today": a present habit, not a day's event; a named day a clause makes a holiday,
`undated.day_in_general`) or `fragment` (nobody does anything, or a year only says which thing:
"the 2010 health law", or a year the act comes before: "ahead of 2020", `undated.before_a_year`,
or the date signing an embedded post:
"— Morning Joe (@Morning_Joe) December 4, 2017", or "be" or "do" says nothing but the date:
"far more than it was a decade ago", "who their favorite speaker was during the opening
night"). Only asserted events go on a timeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import takewhile
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..lexicon import (
    CLOSING_DOUBLE_QUOTES,
    OBJECT_DEED_VERBS,
    OPENING_DOUBLE_QUOTES,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
)
from ..model import Span
from ..nlp import next_token, text_of
from . import undated
from .attribution.context import DATELINE
from .entities import EntityIndex
from .held import held

# A pronoun token -> the name it stands for (None when the text does not say).
Resolver = Callable[[Token], str | None]

EVENT_NOUNS = frozenset(
    """invasion attack war election vote summit meeting rally pact treaty deal agreement visit
    talks strike offensive launch test ceasefire protest coup crash explosion blast deployment
    order decision ruling announcement speech referendum inauguration annexation occupation
    withdrawal bombing shooting arrest trial hearing sale merger purchase statement interview
    tweet briefing conference press call appearance campaign practice game shutdown""".split()
)
MODES = ("asserted", "negated", "conditional", "hypothetical", "generic", "fragment")
_CONDITIONS = frozenset("if unless".split())
_MAYBE = frozenset("could might may should ’d 'd".split())  # "would" is a plan told later
_NOW = frozenset("today now nowadays".split())
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Words a cut-off label must not end on.
_DANGLING_WORDS = frozenset("of in on at to for from by with and or the a an".split())
_DANGLING = re.compile(r"(?:\s+(?:" + "|".join(sorted(_DANGLING_WORDS)) + r"))+$")
_CLITICS = frozenset("'s 'll 're 've 'd 'm n't".split())
_PERSONAL = frozenset("he she him her his it its they them their".split())
_NP_DEPS = frozenset(
    "det amod compound nummod poss nmod quantmod case cc conj flat prep pobj advmod".split()
)


# --- the predicate ---------------------------------------------------------------------------


def predicate(span: SpacySpan) -> Token:
    """The verb (or event noun) the date hangs on; else the noun it modifies, else the root."""
    node = span.root
    told = _when_clause(span)
    if told is not None:
        return told
    noun = None
    for _ in range(6):
        if node.head.i == node.i:
            break
        came_from, node = node, node.head
        if node.dep_ == "prep" or node.pos_ == "ADP":  # "despite a day earlier saying …"
            beside = [
                c
                for c in node.children
                if c.dep_ == "pcomp" and c.pos_ == "VERB" and c.i != came_from.i and c.i >= span.end
            ]
            after = span.doc[span.end] if span.end < len(span.doc) else None
            if (
                after is not None
                and came_from.dep_ == "pcomp"  # an adverb of time, not "on Friday asking"
                and after.tag_ == "VBG"
                and after.head.i in (node.i, node.head.i)
            ):
                beside.insert(0, after)  # the parse may hang "saying" on the clause instead
            if beside:
                return beside[0]
        if node.dep_ == "prep" and node.pos_ == "VERB":
            continue  # "according to", "including": a preposition
        if node.pos_ == "VERB" or (node.pos_ == "AUX" and _clause_head(node)):
            return node
        if node.pos_ == "NOUN" and node.lemma_.lower() in EVENT_NOUNS:
            setting = node.head  # "discussed it in a news conference on Friday": the verb
            if (
                setting.dep_ == "prep"
                and setting.lower_ in ("in", "at", "during", "on")
                and setting.head.pos_ == "VERB"
                and node.dep_ == "pobj"
            ):
                return setting.head
            return node
        if noun is None and node.pos_ in ("NOUN", "PROPN") and node.ent_type_ != "DATE":
            noun = node
    if noun is not None:
        return noun
    return span.root.sent.root


def _when_clause(span: SpacySpan) -> Token | None:
    """ "since April, when she began her second presidential campaign": what the "when"
    clause after the date tells happened then (not a clause inside the span: "from 1977,
    when they entered public life, through 2006")."""
    for child in span.root.children:
        if (
            child.dep_ == "relcl"
            and child.i >= span.end
            and verbal(child)
            and any(c.lower_ == "when" for c in child.children if c.i < child.i)
        ):
            return child
    return None


def _clause_head(token: Token) -> bool:
    """A form of "be" or "have" heading its own clause ("he is no longer the biggest wimp"),
    not a helper of another verb."""
    return token.dep_ not in ("aux", "auxpass") and any(
        c.dep_ in _SUBJECTS or c.dep_ in ("attr", "acomp") for c in token.children
    )


def predicate_text(token: Token) -> str:
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    return " ".join([token.lemma_.lower(), *particles])


def verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


# --- participants ----------------------------------------------------------------------------


def actor(token: Token) -> Token | None:
    """Who does it: the subject, a passive's agent, a possessor of an event noun, or, for a
    verb without a subject of its own, the one it is said of (its controller; the noun a
    participle follows)."""
    if token.pos_ in ("NOUN", "PROPN"):
        return next((c for c in token.children if c.dep_ == "poss"), None)
    clause = _object_participle(token)
    if clause is not None:
        return actor(clause)
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    if agent is not None:
        found = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if found is not None:
            return found
    return subject(token)


def _object_participle(token: Token) -> Token | None:
    """ "failed to get the 60 votes needed on Thursday": a participle after the object of a
    verb that has a doer is told as part of that verb's clause (the verb returned)."""
    noun = token.head
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBG") or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if not verbal(verb) or verb.i > noun.i:
        return None
    found = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return verb if found is not None or verb.dep_ in ("xcomp", "conj") else None


def _dated_apart(verb: Token, participle: Token, date: SpacySpan) -> bool:
    """ "Gov. Asa Hutchinson on Wednesday urged state lawmakers to change a controversial
    religious freedom bill sent to his desk a day earlier": the participle's date is its own,
    and the verb its object hangs on has another one; the two are two happenings, and the
    participle's is not told in the verb's clause (the timeline said "Asa Hutchinson urged
    state lawmakers …" on the day before he did). The verbs read for a date run up through
    infinitives and conjuncts, not past a conjunct with its own subject ("Democrats rejected
    the plan on Monday, and a Senate version failed to get the 60 votes needed on Thursday":
    Monday is another clause's)."""
    phrase = {t.i for t in participle.subtree}
    if not all(t.i in phrase for t in date):
        return False
    node, verbs = verb, [verb]
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:  # "urged … to change"
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break  # "…, and a Senate version failed to get the 60 votes needed": its own clause
        node = node.head
        verbs.append(node)
    return any(
        t.ent_type_ in ("DATE", "TIME")
        for v in verbs
        for c in v.children
        if c.dep_ in ("prep", "npadvmod", "tmod")
        for t in c.subtree
    )


def subject(verb: Token) -> Token | None:
    """The verb's subject as written, or the one its clause borrows (up to three clauses up):
    "… and on Friday, she said" (a conjunct), "plans to vote" (a controller), "the documents,
    released Friday" (a participle's noun), "accused Corey Lewandowski of grabbing her" (the
    object of the verb a gerund's preposition hangs on: `_object_controller`); a subject the
    parse gave a "whose" apposition ("Mark Mattioli, whose son, James Mattioli, was killed")
    gives way to the name in it for that clause's own verb, never for the main verb after it
    (`_whose_noun`, `_after_a_comma`)."""
    noun = _participle_after_its_noun(verb)
    if noun is not None:
        return noun
    node, in_whose_clause = verb, True
    for _ in range(4):
        found = _own_subject(node)
        if in_whose_clause:
            found = _whose_noun(found, node)
        if found is not None and found.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
            return node.head  # "Pelosi, who is in line to be elected": Pelosi
        if found is not None:
            return None if found.tag_ in ("WP", "WDT") else found  # "what he said was": no one
        if (
            node.dep_ == "acl"
            and node.tag_ in ("VBN", "VBG")
            and node.head.pos_
            in (
                "NOUN",
                "PROPN",
                "PRON",
            )
        ):
            return node.head
        if node.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep") or node.head.i == node.i:
            return None
        controller = _object_controller(node)
        if controller is not None:
            return controller
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            return None  # "if the government re-opens": its own clause
        in_whose_clause = in_whose_clause and not _after_a_comma(node)
        node = node.head
        while node.pos_ == "ADP" and node.head.i != node.i:  # "since being named": the verb
            node = node.head
    return None


def _participle_after_its_noun(verb: Token) -> Token | None:
    """ "Combined with $1.375 billion authorized for fencing in the spending package passed on
    Thursday night, Mr. Trump would have …": the parse tags "passed" a past and hangs it on
    "have" (or on "Combined") as an adverbial clause, so it borrowed Mr. Trump's subject and
    the timeline said "Donald Trump passed". A past form with no subject, auxiliary nor mark
    of its own, right after a preposition's object, hung on a clause after it or on the
    subjectless participle phrase the noun is in, is a participle on that noun (a reduced
    relative: the package passed); the noun returned. So is a past participle set off by
    commas right after a preposition's object, hung on the clause before it: "Trump leads
    Clinton among men by 8 percentage points … in the survey, taken July 11-14, …" (the
    timeline said "Trump taken"; the survey was taken)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBN") or verb.i < 2:
        return None
    if any(c.dep_ in (*_SUBJECTS, "aux", "auxpass", "mark", "expl") for c in verb.children):
        return None
    doc, head = verb.doc, verb.head
    noun = doc[verb.i - 1]
    if noun.text == "," and verb.tag_ == "VBN" and head.i < verb.i:
        noun, closed = doc[verb.i - 2], doc[verb.right_edge.i + 1 : verb.right_edge.i + 2]
        set_off = len(closed) == 1 and closed[0].text in (",", ";", ".")
        return noun if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and set_off else None
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    # the clause it hangs on comes after it, or is the participle phrase the noun is in
    if head.i > verb.i or (head.tag_ in ("VBN", "VBG") and _own_subject(head) is None):
        return noun
    return None


def _whose_noun(found: Token | None, verb: Token) -> Token | None:
    """ "Mark Mattioli, whose 6-year-old son, James Mattioli, was killed in December": where
    the parse made the name the subject and its "whose" noun an apposition, the noun (or the
    name beside it) is who the "whose" clause's verb, the first after it, is about; the
    timeline said "Mark Mattioli was killed". A later verb is the name's own ("…, called for
    more guards on Monday": Mark Mattioli called)."""
    if found is None:
        return None
    for noun in found.children:
        if noun.dep_ == "appos" and any(c.lower_ == "whose" for c in noun.children):
            between = verb.doc[noun.right_edge.i + 1 : verb.i]
            if any(t.pos_ == "VERB" for t in between):
                return found
            name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            return name or noun
    return found


def _after_a_comma(conjunct: Token) -> bool:
    """ "Dorothy Woods, whose husband … was killed in the 2012 attack, spoke at the
    convention": a conjunct set off by a comma alone, with no "and", is the sentence's main
    verb that the parse hung on the "whose" clause's, not a second deed of that clause ("was
    shot and killed")."""
    if conjunct.dep_ != "conj":
        return False
    joined = list(conjunct.children) + list(conjunct.head.children)
    return not any(c.dep_ == "cc" and conjunct.head.i < c.i < conjunct.i for c in joined)


# The prepositions after which a verb's object does the deed of the gerund that follows.
_OBJECT_CONTROL = frozenset({"of", "for", "from"})


def _object_controller(gerund: Token) -> Token | None:
    """ "Fields accused Corey Lewandowski of grabbing her", "Christie blamed Clinton for
    introducing charges", "chastised Snyder for refusing": after a verb of
    `lexicon.OBJECT_DEED_VERBS` the gerund is the named or personal object's deed (the person
    accused, blamed, praised, kept from it), never the subject's (the timeline said "Michelle
    Fields grabbing her")."""
    preposition = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or preposition.lower_ not in _OBJECT_CONTROL:
        return None
    verb = preposition.head
    if not verbal(verb) or preposition.i < verb.i or verb.lemma_ not in OBJECT_DEED_VERBS:
        return None  # "Clinton knows Sanders from serving": Clinton served
    person = next((c for c in verb.children if c.dep_ == "dobj" and c.i < preposition.i), None)
    if person is None or not (person.pos_ == "PROPN" or person.lower_ in _PERSONAL_OBJECTS):
        return None  # "She learned it from reading the report": no "it reading"
    return person


# The object pronouns that stand for people ("thanked them for coming"), not "it" or "this".
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "me", "us", "you"})


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject; where the parse took the dateline's place that opens the paragraph
    for it, the subject after the dash ("WASHINGTON -- Real estate tycoon Donald Trump said
    Thursday": Trump; "NEW YORK -- U.S. Sen. Marco Rubio (R-Fla.) set forth": Rubio, parsed
    as the place's conjunct; "WASHINGTON —House Majority Whip Steve Scalise": its apposition)."""
    found = [c for c in verb.children if c.dep_ in _SUBJECTS]
    end = _dateline_end(verb.sent)
    if end is None or not found or found[0].i >= end:
        return found[0] if found else None
    after = [c for c in found[1:] if c.i >= end]
    after += [c for c in found[0].children if c.dep_ in ("appos", "conj") and c.i >= end]
    return after[0] if after else found[0]


def _dateline_end(sentence: SpacySpan) -> int | None:
    """Where the words start after a dateline opening the sentence's paragraph (`DATELINE`,
    as attribution reads it: "WASHINGTON --", "LIVINGSTON, N.J. —", "NEW YORK --")."""
    doc, start = sentence.doc, sentence.start
    if start and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        return None
    found = DATELINE.match(doc.text, sentence.start_char, sentence.end_char)
    if found is None:
        return None
    return next((t.i for t in sentence if t.idx >= found.end()), None)


def target(token: Token) -> Token | None:
    if token.pos_ in ("NOUN", "PROPN"):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return next((c for c in token.children if c.dep_ in ("dobj", "attr")), None)


def noun_phrase(token: Token, date: SpacySpan | None = None) -> list[Token]:
    """A participant's words: modifiers, conjuncts and "of" phrases; no clauses, no date."""
    keep = [token]
    for child in token.children:
        if _hyphen(child):
            keep.append(child)  # "four-page", "re-election"
        if child.is_space or child.dep_ not in _NP_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ not in ("of", "but"):
            continue  # "anything but conventional" keeps its "but": not "anything conventional"
        if child.dep_ == "conj" and not _coordinated(token, child):
            continue  # "The Wednesday attack injured Scalise; Matt Mika, …": no "and", no list
        keep.extend(noun_phrase(child, date))
    if date is not None:
        keep = [t for t in keep if not (date.start <= t.i < date.end)]
        keep = [t for t in keep if not (t.dep_ == "case" and date.start <= t.head.i < date.end)]
    return sorted(keep, key=lambda t: t.i)


def _coordinated(head: Token, conjunct: Token) -> bool:
    """Whether a conjunct is joined to its head by a coordinator ("and", "or", "but", "nor")
    somewhere in its list: "A and B", "A, B and C" (the parse puts the "and" on B). One with
    none is a phrase the parse joined by mistake: in "The Wednesday attack injured Scalise;
    Matt Mika, a lobbyist for Tyson Foods; …" (Fox News 2017-06-15) the parse took "injured"
    for an adjective and made "Matt Mika" a conjunct of "attack", and the timeline read "The
    attack Matt Mika"."""
    chain = [head, conjunct]
    while chain[-1] is not None and len(chain) < 12:
        chain.append(next((c for c in chain[-1].children if c.dep_ == "conj"), None))
    return any(
        c.dep_ in ("cc", "preconj") for node in chain if node is not None for c in node.children
    )


def _kept(token: Token) -> bool:
    """A word of a name or phrase: not punctuation, but "’s", the hyphen of "half-dozen", the
    slash of "ABC News/Washington Post" and a number's "%" ("17% of eligible Republican
    voters": the label read "More than 17 of eligible Republican voters")."""
    return not token.is_punct or token.tag_ == "POS" or _hyphen(token) or _percent(token)


def _percent(token: Token) -> bool:
    """ "%" glued to the number before it ("17%", "the 46% turnout record")."""
    doc = token.doc
    return token.text == "%" and token.i > 0 and not doc[token.i - 1].whitespace_


def _hyphen(token: Token) -> bool:
    """A hyphen or slash glued to the words on both sides: "re-election", "half-dozen",
    "Des Moines Register/Bloomberg Politics poll", "CNN/ORC"."""
    doc = token.doc
    return (
        token.text in ("-", "/")
        and not token.whitespace_
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
    )


def participant(
    doc: Doc,
    index: EntityIndex,
    token: Token | None,
    date: SpacySpan | None = None,
    resolve: Resolver | None = None,
) -> dict[str, Any] | None:
    if token is None:
        return None
    words = noun_phrase(token, date)
    if not words:
        return None  # the participant is the date itself ("2019 saw …")
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    mention = Span(start, end, text_of(doc)[start:end])
    entity = index.containing(token.idx)
    if token.pos_ == "PRON":
        name = resolve(token) if resolve is not None else None
        return {"name": name or mention.text, "entity": None, "mention": mention.to_dict()}
    if token.conjuncts or entity is None:
        name = re.sub(r"(?i)^(?:the|a|an)\s+", "", mention.text)  # "the summit" -> "summit"
        return {"name": name, "entity": None, "mention": mention.to_dict()}
    name = entity.stands_for or entity.name
    return {"name": name, "entity": entity.id, "mention": mention.to_dict()}


def place(doc: Doc, index: EntityIndex, token: Token, date: SpacySpan) -> dict[str, Any] | None:
    """A place the predicate happens in: "in Pyongyang", "near Kursk"."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "near", "around", "outside"):
            continue
        for word in prep.children:
            if (
                word.dep_ == "pobj"
                and word.ent_type_ in ("GPE", "LOC", "FAC")
                and not (date.start <= word.i < date.end)
            ):
                return participant(doc, index, word)
    return None


def phrase(token: Token, date: SpacySpan) -> str:
    """ "blow up parts of two roads": the predicate and its object, date and clauses left out."""
    words = [predicate_text(token)]
    found = target(token)
    if found is not None and token.pos_ in ("NOUN", "PROPN"):
        words.append("of")  # "invasion of ukraine"
    if found is not None:
        words.extend(t.lower_ for t in noun_phrase(found, date)[:8] if not t.is_punct)
    else:
        doer = actor(token)
        if doer is not None and doer.pos_ == "NOUN":
            words.insert(0, doer.lower_)  # "rumors emerge"
    return " ".join(words)


# --- how the text holds it -------------------------------------------------------------------


def mode(token: Token, date: SpacySpan, who: Token | None) -> str:
    """asserted, negated, conditional, hypothetical, generic or fragment (see the module)."""
    if who is not None and _in(who, date):
        who = None  # "Thursday’s votes": the date is no one
    if _qualifies_a_thing(date) or _in_a_dateline(date, token, who) or _signs_a_post(date):
        return "fragment"
    if undated.before_a_year(date):  # "a campaign platform ahead of 2020": not in 2020
        return "fragment"
    if undated.day_in_general(date):  # "makes Election Day a federal holiday": every year's
        return "generic"
    if not verbal(token):
        words = [t for t in noun_phrase(token, date) if not t.is_punct and t.pos_ != "DET"]
        return "asserted" if who is not None or len(words) >= 2 else "fragment"
    if _reaches_back(token, date):
        return "fragment"
    clause = _object_participle(token)
    if clause is not None:
        return mode(clause, date, who)
    if _conditional(token):
        return "conditional"
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in _helpers(token)):
        return "negated"
    if _maybe(token):
        return "hypothetical"
    if _generic(token, date):
        return "generic"
    if _says_nothing(token, date) and not _date_is_what_it_says(token, date):
        return "fragment"
    if held(token):  # "I hope that the articles … are the subject of hearings … in 2019"
        return "hypothetical"
    return "asserted" if who is not None else "fragment"


def _reaches_back(verb: Token, date: SpacySpan) -> bool:
    """ "released their tax returns dating back to 1977", "An analysis … of presidential
    elections going back to 1972 showed …", "a D.C. tradition dating back to 1909": a
    participle "back to" the date tells how far back its noun's thing reaches; the date
    bounds it, and nothing the label could say happened then (the timeline read "1977:
    Clintons have previously released their tax returns dating", "1972: analysis showed the
    party"). A finite verb ("dates back to January, when LePage claimed …") is not this."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
        return False
    back = [c for c in verb.children if c.lower_ == "back" and c.dep_ in ("advmod", "prt")]
    if not back:
        return False
    phrases = [*verb.children, *(c for b in back for c in b.children)]
    return any(p.dep_ == "prep" and p.lower_ == "to" and _in_any(p, date) for p in phrases)


def _says_nothing(verb: Token, date: SpacySpan) -> bool:
    """ "still far more than it was a decade ago", "less commentary than it did eight years
    ago", "as it is today", "who their favorite speaker was during the opening night", "How
    are you today?", "he wished it was 1825": "be" or "do" with nothing of its own but its
    subject and the date (the standard of a comparison, a question, the time itself) tells
    no happening; the timeline showed "it was", "it did", "their favorite speaker was". A
    relative clause has its noun ("the things he did in 2008"); anything else the verb has
    ("were away from their home this week", "The turnout was about 35% on Tuesday") is said."""
    if not verbal(verb) or verb.lemma_.lower() not in ("be", "do") or verb.dep_ == "relcl":
        return False
    if _stands_for_a_verb(verb, date):
        return True
    return not any(_said_beside(c, date) for c in verb.children)


def _stands_for_a_verb(verb: Token, date: SpacySpan) -> bool:
    """ "would help him politically — as it did President Bill Clinton in the 1990s", "just as
    Clinton did in 2008", "than it did in 2008 or 2012": "do" in a comparison ("as", "than")
    stands for the verb compared, told elsewhere; what it has beside its subject and its date,
    the person it was done to or a phrase ("for the first time"), says nothing of what was
    done (the timeline showed "1990s: it did President Bill Clinton", BASIL 86e6e27d, NYT).
    A "do" with a thing done ("as he did his rounds on Monday") or the way it was done ("as he
    did two years ago by announcing the release …") says it."""
    if verb.lemma_.lower() != "do" or not any(
        c.dep_ == "mark" and c.lower_ in ("as", "than") for c in verb.children
    ):
        return False
    for child in verb.children:
        whom = child.tag_ == "PRP" or child.ent_type_ == "PERSON"
        if child.dep_ == "dobj" and not _in(child, date) and not whom:
            return False  # a thing done
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            return False  # the way it was done
        if child.dep_ in ("advcl", "xcomp", "ccomp"):
            return False
    return True


def _said_beside(word: Token, date: SpacySpan) -> bool:
    """Whether a word the verb has says something beside its subject and its date: not a
    helper, a question word, the date or a preposition of the date ("on the actual Election
    Day", "like what")."""
    if word.dep_ in _NOT_SAID or _in(word, date) or _asking(word):
        return False
    if word.dep_ == "prep":
        objects = [o for o in word.children if o.dep_ == "pobj"]
        return not objects or not all(_in(o, date) or _asking(o) for o in objects)
    return True


def _asking(word: Token) -> bool:
    return word.tag_ in ("WP", "WDT", "WRB")


# A verb's words that say nothing of their own: its subject, helpers, a comparison's "than".
_NOT_SAID = frozenset("nsubj nsubjpass expl aux auxpass neg mark cc punct".split())


def _date_is_what_it_says(verb: Token, date: SpacySpan) -> bool:
    """ "The election is Thursday", "The vote is on Thursday", "Sanders' largest event was two
    weeks ago when he drew about 7,000 people": "be" whose only complement is the date (or a
    preposition of the date alone: `_only_the_date`) says when its subject, a
    thing named by a noun, happens; the label is that thing ("election"), not "election is".
    A pronoun ("that was a decade ago") or a complement with words of its own beside the
    date ("The crowd was smaller Friday", where the parse took "smaller" for the date's) is
    no such thing."""
    if not verbal(verb) or verb.lemma_.lower() != "be":
        return False
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if who is None or who.pos_ not in ("NOUN", "PROPN") or _in(who, date):
        return False
    held = [c for c in verb.children if c.dep_ not in _BESIDE_A_COMPLEMENT]
    return bool(held) and all(_only_the_date(c, date) for c in held)


def _only_the_date(word: Token, date: SpacySpan) -> bool:
    """Whether a complement is the date and nothing else: the date's words, or "on", "in" or
    "at" with the date its only object ("The vote is on Thursday", "The last debate was in
    October"); not a preposition that makes the date a bound ("The ban was until 2015", "The
    sale is through Sunday", "The record was since 2010")."""
    if word.dep_ == "prep":
        if word.lower_ not in ("on", "in", "at"):
            return False
        objects = [c for c in word.children if c.dep_ == "pobj"]
        return len(objects) == len(list(word.children)) == 1 and all(
            _in(t, date) for t in objects[0].subtree
        )
    return all(_in(t, date) for t in word.subtree)


# What "be" may have beside the date that is all it says: its subject, helpers, a clause.
_BESIDE_A_COMPLEMENT = frozenset("nsubj aux neg advcl mark cc conj punct".split())


def _in_a_dateline(date: SpacySpan, token: Token, who: Token | None) -> bool:
    """ "NEW YORK, Nov. 19 (UPI) — Former Secretary of State …": the dateline's date says when
    and where the wire filed the story, no happening where the words it would label are the
    dateline's own (the timeline showed "NEW YORK" as that day's event), nor where the lede's
    verb has a date of its own ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — … Jill Stein was escorted
    off the premises … on Monday afternoon": the Monday tells it); the date stays a date of the
    article. A lede with no date of its own happened on the dateline's day, as the wire tells
    it ("WASHINGTON, June 10 (UPI) — … Hillary Clinton told a Planned Parenthood gathering …",
    "NEW YORK, Dec. 22 (UPI) — Chelsea Clinton announced …": "this summer" is the child's)."""
    sentence = date.sent
    doc, start = sentence.doc, sentence.start
    if start and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        return False
    found = DATELINE.match(doc.text, sentence.start_char, sentence.end_char)
    if found is None or date.end_char > found.end():
        return False
    if token.idx < found.end() or (who is not None and who.idx < found.end()):
        return True
    return any(
        e.label_ in ("DATE", "TIME") and e.start_char >= found.end() and verb_above(e.root) == token
        for e in sentence.ents
    )


def _signs_a_post(date: SpacySpan) -> bool:
    """ "#MorningJoe pic.twitter.com/tBp5aXWhBj — Morning Joe (@Morning_Joe) December 4,
    2017": the date that signs an embedded post, after a dash, its author and their handle,
    says when it was posted; the post's words have their own sentence, and the words the
    label would take are its link (the timeline read "MorningJoe pic.twitter.com/tBp5aXWhBj",
    BASIL 0c78e748, HuffPost)."""
    text = date.doc.text
    start = text.rfind("\n", 0, date.start_char) + 1
    return _SIGNATURE.search(text, start, date.start_char) is not None


# A post's signature before its date: a dash, the author's name and their handle.
_SIGNATURE = re.compile(r"[—–]\s*[^—–\n]{1,80}\(@\w{1,15}\)\s*$")


def verb_above(token: Token, through_nouns: bool = True) -> Token | None:
    """The first verb above a word: the one the parse makes it a dependent of (for a date's
    word, the verb it is the time of); with `through_nouns` false, none past a noun (the
    word is then a thing's: "Monday's decision will reverberate")."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
        if not through_nouns and node.pos_ in ("NOUN", "PROPN"):
            return None
    return None


def _qualifies_a_thing(date: SpacySpan) -> bool:
    """A year that only says which thing ("the 2010 health law", "his 2013 speaking fees",
    "the Clintons' 2014 tax rate"): no happening of that year is told."""
    root, head = date.root, date.root.head
    return (
        len(date) == 1
        and root.like_num
        and root.dep_ in ("compound", "amod", "nummod", "nmod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() not in EVENT_NOUNS
    )


def _conditional(verb: Token) -> bool:
    """In an "if" clause, or what follows from one ("If we don't get a fair deal, the
    government will either shut down on Feb. 15, or …"); saying so is not conditional."""
    node = verb
    for _ in range(6):
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in node.children
        ):
            return True
        if node.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in SPEECH_VERBS:
            break
    if verb.lemma_.lower() in SPEECH_VERBS:
        return False
    if any(c.lower_ == "then" and c.dep_ == "advmod" for c in verb.children) and any(
        t.lower_ in _CONDITIONS and t.dep_ == "mark" for t in verb.sent if t.i < verb.i
    ):
        return True  # "if the government re-opens then it could take place on Tuesday"
    heads = [verb, *(verb.head for _ in [0] if verb.dep_ == "conj")]
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
        for head in heads
        for c in head.children
    )


def _helpers(verb: Token) -> list[Token]:
    """The verb's auxiliaries and negation, with those of the verb a "to" clause hangs on
    ("did not want to use it")."""
    found = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")]
    if verb.dep_ == "xcomp" and verbal(verb.head):
        found += [c for c in verb.head.children if c.dep_ in ("aux", "neg", "advmod")]
    return found


def _maybe(verb: Token) -> bool:
    """ "could take place", "might be", "may vote": a possibility, not a plan ("will",
    "would" in reported speech)."""
    return any(c.lower_ in _MAYBE for c in _helpers(verb) if c.dep_ == "aux")


def _generic(verb: Token, date: SpacySpan) -> bool:
    """ "the guaranteed benefits they rely on today": "today" on a plain present verb is how
    things are now, not a day's event (speech and "be" excepted: "the deadline is today")."""
    if date.text.strip().lower() not in _NOW or verb.tag_ not in ("VBP", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.lemma_.lower() not in SPEECH_VERBS and verb.lemma_ != "be"


# --- the label -------------------------------------------------------------------------------


def label(
    doc: Doc, index: EntityIndex, token: Token, date: SpacySpan, resolve: Resolver | None = None
) -> str:
    """Who did what, in the text's own words (see the module): "Senate overrode the veto",
    "plan was approved by the House Budget Committee", "Sanders confirmed Hodgkinson had
    volunteered for his presidential campaign"; a quote told before its speaker keeps that
    order ("This bill includes the most extreme changes, Kerri Talbot said")."""
    if not verbal(token):
        words = _cut([t for t in noun_phrase(token, date) if _kept(t)], 10)
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        head = _render(words, _names(index, owner, words, resolve))
        verb = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and verbal(verb):
            rest = _finished(_verb_group(verb, date) + _what(verb, date), date)
            return " ".join(p for p in (head, _render(rest)) if p)
        return head  # "Wednesday's baseball practice shooting"
    clause = _object_participle(token)
    if clause is not None and not _dated_apart(clause, token, date):
        # "… failed to get the 60 votes needed"
        return f"{label(doc, index, clause, date, resolve)} {token.text}"
    main = _while_doing(token)
    if main is not None:  # "Speaking at the White House on Friday, Mr. Trump praised …"
        return label(doc, index, main, date, resolve)
    told = _clefts_clause(token)
    if told is not None:  # "It was on Saturday that the younger Mr. Hutchinson wrote …"
        return label(doc, index, told, date, resolve)
    who = subject(token)
    antecedent = token.head if token.dep_ == "relcl" else None
    if who is not None and who.i == token.head.i:
        antecedent = None  # "Harris, who announced her bid": Harris did
    words = _verb_group(token, date)
    if token.dep_ == "xcomp" and verbal(token.head):
        words += _verb_group(token.head, date) + _asked(token, date)
        words += [c for c in token.children if c.lower_ == "to"]
    what = [t for t in _what(token, date) if t.tag_ not in ("WP", "WDT")]
    if antecedent is not None and not what:  # "the same approach that he rejected"
        what = _cut(noun_phrase(antecedent, date), 8) + _relative_word(token)
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    if agent is not None:
        what += [agent, *_cut(noun_phrase(next(iter(agent.children), agent), date), 6)]
    bound = _bound(token, date)
    if who is None:
        return _render(_bounded(_finished(words + what, date), bound))
    # "Noting that Tuesday is the deadline": the date itself is who
    people = list(date) if _in(who, date) else _noun_words(who, date)
    names = _names(index, who, people, resolve)
    if quoted_first(token, what, people):  # "…, Pence told Politico": its listener after it
        heard = [c for c in token.children if _listener(c) and c.i > token.i][:1]
        listener = _cut(noun_phrase(heard[0], date), 4) if heard else []
        if token.tag_ == "VBN" and who.head.i != token.i:  # "Asked …, Carney said": asked
            return f"{_render(what)}, {_render(people + words + listener, names)}"
        who_said = _render(people, names)  # "said Reid": who first
        told = _told_first(token) or _quotation_beside(token, people + words, listener, date)
        return f"{who_said} {_render(words + listener)} {told}".strip()
    said = _said(token)
    quote = _quoted_after(said) if said is not None and said.i > token.i else ""
    if quote:  # 'Mary Cheney wrote: “For the record, I love my sister, …”': in its marks
        heard = [c for c in token.children if _listener(c) and c.i < said.i][:1]
        listener = _cut(noun_phrase(heard[0], date), 4) if heard else []
        return f"{_render(people, names)} {_render(words + listener)} {quote}".strip()
    if who.i > token.i and who.head.i != token.i:  # a subject borrowed from a later clause
        return " ".join(
            p
            for p in (
                _render(people, names),
                _render(_bounded(_finished(words + what, date), bound)),
            )
            if p
        )
    if _date_is_what_it_says(token, date):  # "The election is Thursday": the election
        return _render(people, names)
    told = _finished(people + words + what, date)
    heard = [c for c in token.children if _listener(c)][:1]
    listener = _cut(noun_phrase(heard[0], date), 4) if heard else []
    bare = {t.i for t in told} <= {t.i for t in people + words + listener}
    quote = _quotation_beside(token, people + words, listener, date) if bare else ""
    if quote:  # nothing said in the label: the quotation the verb closes or opens
        return f"{_render(people, names)} {_render(words + listener)} {quote}"
    return _render(_bounded(told, bound), names)


def _bound(verb: Token, date: SpacySpan) -> list[Token]:
    """The date with its word, where the date, or the thing it dates, ends a span or sets a
    deadline on the verb's act ("until", "till", "through", "by") rather than telling when it
    happened: the label keeps them, "Trump restoring normal operations at … until Feb. 15",
    "Schiff demanding the full Mueller report by April 2", "funded the government through the
    Friday deadline", where the timeline showed "Trump restoring normal operations" and
    "Schiff demanding the full Mueller report" on the day the span ends or the deadline falls
    (BASIL 1e41e98b, b7021938). Not a span with its start ("from 2013 to 2022", "taken
    Thursday through Monday": one event over the span), a passive's doer, nor a word on
    another verb ("did not learn of her status until 2008, when she applied": the applying
    is of 2008)."""
    doc, root = date.doc, date.root
    thing = root
    if root.dep_ in ("compound", "poss", "nmod", "amod") and root.head.i >= date.end:
        thing = root.head  # "through the Friday deadline"
    word = thing.head
    # a date is no passive's doer: "made public by Jan. 29" is a deadline the parse took for one
    kinds = ("prep", "agent") if thing.i == root.i else ("prep",)
    if thing.dep_ != "pobj" or word.dep_ not in kinds or word.lower_ not in _BOUNDS:
        return []
    on = word.head.head if word.head.dep_ == "aux" else word.head  # "have until March 1 to reach"
    # six words at most from the word to its noun: a bound on a wrong attachment, not tuned
    if on.i != verb.i or thing.i - word.i > 6 or word.i >= date.start:
        return []
    if word.i and doc[word.i - 1].ent_type_ in ("DATE", "TIME"):
        return []  # "taken Thursday through Monday"
    if any(c.lower_ in _RANGE_STARTS and c.i < word.i and _holds_a_date(c) for c in verb.children):
        return []  # "from 2006 to 2012"; not "took donations from donors until 2008"
    return list(doc[word.i : max(thing.i + 1, date.end)])


def _holds_a_date(word: Token) -> bool:
    """Whether a preposition's object is a date or a time ("from 2006", "since Monday")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in word.children)


def _bounded(words: list[Token], bound: list[Token]) -> list[Token]:
    """The label's words with the date's bound (`_bound`). A cut phrase that would end on a
    dangling word just before the bound drops that word ("to process 15 percent of the roughly
    54,000 pages by July 31", not "… pages of by July 31")."""
    if not bound:
        return words
    before = sorted((t for t in words if t.i < bound[0].i), key=_at)
    while before and before[-1].lower_ in _DANGLING_WORDS and before[-1].i + 1 < bound[0].i:
        before.pop()
    return before + [t for t in words if t.i > bound[-1].i] + bound


# Words before a date that ends a span or sets a deadline (`_bound`), and those that open a span
# with its start.
_BOUNDS = frozenset("until till til through by".split())
_RANGE_STARTS = frozenset("from between since".split())


def _relative_word(verb: Token) -> list[Token]:
    """The relative pronoun a clause on its object's noun opens with, as written: the label of
    such a clause is that noun phrase, "the same approach that Trump rejected", "Mr. Flynn
    whom he fired in February", and without the pronoun it read as a clause of its own
    with a noun before it ("the same approach Trump rejected", BASIL 1e41e98b; "Mr. Flynn
    Michael T. Flynn fired", 0c78e748). A clause with none keeps the text's words ("the
    comments he made")."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "attr", "oprd") and c.tag_ in ("WDT", "WP") and c.i < verb.i
    ][:1]


def _asked(infinitive: Token, date: SpacySpan) -> list[Token]:
    """Whom the verb above an infinitive asks to do it: its object, or "on" and its object
    ("urged lawmakers to move on …", "called on Schiff to resign", "asked the congressional
    leaders to return"), between the two verbs, where the date is the infinitive's; the
    timeline read "Barack Obama urged to move on …", "Trump called to resign", "president
    asked to return", as if they were the ones asked (BASIL 17783c1a, 90379db0, 1f72f6ec,
    7a75b884, e888d03a)."""
    verb = infinitive.head
    for child in verb.children:
        if not verb.i < child.i < infinitive.i or _in_any(child, date):
            continue
        if child.dep_ == "dobj":
            return _cut(noun_phrase(child, date), 5)
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") and objects:
            return [child, *_cut(noun_phrase(objects[0], date), 5)]
    return []


def thing_label(token: Token, date: SpacySpan) -> str:
    """A thing done that a date names, in its words ("Fox News/Washington Examiner debate"),
    without the things joined to it, which have their own dates ("… and Saturday's Ames Straw
    Poll")."""
    joined = {t.i for c in token.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    words = [t for t in noun_phrase(token, date) if _kept(t) and t.i not in joined]
    return _render(_cut(words, 10))


def _quoted_after(clause: Token, most: int = 12) -> str:
    """What a speech verb says after it, where the text opens quotation marks on it: its
    first `most` words as written, in the marks ('wrote: “For the record, I love my sister,
    but she is dead wrong …”'), not its verb's words picked out with the marks left off
    ("Mary Cheney wrote I love my sister", someone else's "I" read as the label's); "" for
    reported speech ("said he fired Flynn")."""
    doc = clause.doc
    words = [t for t in doc[clause.left_edge.i : clause.right_edge.i + 1] if not t.is_space]
    opened = clause.left_edge.i > 0 and doc[clause.left_edge.i - 1].is_quote
    while words and (words[0].is_punct or words[0].is_quote or words[0].dep_ == "mark"):
        opened = opened or words[0].is_quote
        words = words[1:]
    words = _trimmed(words, _punct_or_quote)
    if not opened or any(t.is_quote for t in words):
        return ""
    return _in_marks(words, most)


def _quotation_beside(
    verb: Token, told: list[Token], listener: list[Token], date: SpacySpan, most: int = 12
) -> str:
    """What a verb of saying says where the parse hung none of it on the verb: the quotation
    in marks that closes right before the words of its clause, with the comma, full stop,
    question or exclamation mark a quote closes on (“If Judge Gorsuch can’t achieve 60 votes
    in the Senate, could any judge … be approved …?” Senate Majority Leader Mitch McConnell
    asked on Tuesday; the parse often breaks the sentence at the mark: "… Jail!” Trump tweeted
    early Tuesday."), or that opens right after the verb, its date, its listener and a comma
    or colon ("tweeted Saturday: “I had to fire General Flynn …”", 'replied, "Yes."'); its
    first `most` words as written, in its marks. The timeline read "Mitch McConnell asked",
    "Trump tweeted", "Trump’s account tweeted" (BASIL 47a209b0, 87609973, 0c78e748). A
    quotation of another paragraph, or a title in marks ("“Meet the Press” host Chuck Todd"),
    is none: "", as for a verb not of saying."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return ""
    quotation = _quotation_closed_before(told)
    if quotation is None:
        quotation = _quotation_opened_after(verb, told, listener, date)
    if quotation is None:
        return ""
    words = _trimmed([t for t in quotation if not t.is_space], _trimmed_punct)
    return _in_marks(words, most, as_written=True)


def _quotation_closed_before(told: list[Token]) -> SpacySpan | None:
    """The words inside the quotation whose closing mark, after the punctuation a quotation
    closes on, stands right before the label's first word, where its opening mark opens a
    sentence of its paragraph (`_quotation_beside`)."""
    doc = told[0].doc
    close = min(t.i for t in told) - 1
    while close >= 0 and doc[close].is_space and not _paragraph_break(doc[close]):
        close -= 1
    inside = close - 1
    if inside > 0 and doc[inside].text in ("’", "'"):
        inside -= 1  # a quotation within it closed with it: "go nuclear,'”"
    if close > 0 and doc[close].text in CLOSING_DOUBLE_QUOTES and doc[inside].text in _QUOTE_ENDS:
        start = _opened_at(doc, close)
        if start is not None and _opens_a_sentence(doc, start):
            return doc[start + 1 : close]
    return None


def _quotation_opened_after(
    verb: Token, told: list[Token], listener: list[Token], date: SpacySpan
) -> SpacySpan | None:
    """The words inside the quotation that opens right after the verb, past its date, its
    listener, the label's words and a comma or colon, to its closing mark or its paragraph's
    end (`_quotation_beside`)."""
    doc = verb.doc
    passed = {t.i for t in told} | {t.i for t in listener}
    at = verb.i + 1
    while at < len(doc) and not _paragraph_break(doc[at - 1]):
        token = doc[at]
        if token.text in OPENING_DOUBLE_QUOTES:
            return doc[at + 1 : _closed_at(doc, at)]
        steers = token.dep_ == "prep" and all(_in(c, date) for c in token.children)
        if not (token.i in passed or _in(token, date) or steers or token.text in (",", ":")):
            break
        at += 1
    return None


# What a quotation closed before its speaker's name ends on, inside its marks.
_QUOTE_ENDS = frozenset(",.?!")


def _paragraph_break(token: Token) -> bool:
    return "\n" in token.text + token.whitespace_


def _glued(before: Token, after: Token) -> bool:
    """Two tokens of one word as written: "can" and "not" of "cannot", "did" and "n't"."""
    return after.i == before.i + 1 and not before.whitespace_ and (after.is_alpha or _clitic(after))


def _opened_at(doc: Doc, close: int) -> int | None:
    """Where the quotation that closes at `close` opens, within its paragraph, a quotation
    inside it in double marks skipped (curly or straight: `_closes`); None where the
    paragraph has no mark that opens it."""
    back = takewhile(lambda t: not _paragraph_break(t), (doc[i] for i in range(close - 1, -1, -1)))
    return _mate(back, inner=_closes, outer=_opens)


def _closed_at(doc: Doc, start: int) -> int:
    """Where the quotation opened at `start` closes, a quotation inside it in double marks
    skipped; else where its paragraph ends (after its last word, before its break)."""
    end = start + 1
    while end < len(doc) and not _paragraph_break(doc[end]):
        end += 1
    close = _mate(doc[start + 1 : end + 1], inner=_opens, outer=_closes)
    if close is not None:
        return close
    return end if end == len(doc) or doc[end].is_space else end + 1


def _mate(
    marks: Iterable[Token], inner: Callable[[Token], bool], outer: Callable[[Token], bool]
) -> int | None:
    """The index of the first of `marks` (walked away from a quotation mark) that pairs with
    it: an `outer` mark not taken by an `inner` one before it (a quotation inside)."""
    depth = 0
    for token in marks:
        if inner(token):
            depth += 1
        elif outer(token):
            if not depth:
                return token.i
            depth -= 1
    return None


def _opens(token: Token) -> bool:
    """A double mark that opens a quotation: “, or a straight one that does not close."""
    return token.text == "“" or (token.text == '"' and not _closes(token))


def _closes(token: Token) -> bool:
    """A double mark that closes a quotation: ”, or a straight one written against the word
    or punctuation before it ('… amazing," Trump'), not one after a space, a paragraph's
    break or an opening bracket or mark ('called it "a disgrace"')."""
    if token.text == "”":
        return True
    if token.text != '"' or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return not (before.whitespace_ or before.is_space or before.is_left_punct)


def _opens_a_sentence(doc: Doc, start: int) -> bool:
    """A mark that opens its paragraph or a sentence ("… Jail!” Trump tweeted"), not a title
    or a phrase quoted within one ("So I called it, “The Art of the Deal.” Trump said")."""
    before = start - 1
    while before >= 0 and doc[before].is_space and not _paragraph_break(doc[before]):
        before -= 1
    return before < 0 or _paragraph_break(doc[before]) or doc[before].text in _SENTENCE_ENDS


# What a quotation that opens a sentence follows: a sentence's end, a quotation's, a colon.
_SENTENCE_ENDS = frozenset(".?!:”")


def _in_marks(words: list[Token], most: int, as_written: bool = False) -> str:
    """`words` in quotation marks: their first `most` (`_first_words`: no punctuation or
    dangling word last) and " …" where they go on; `as_written`, all of them as written where
    they fit, a question or exclamation mark that ends them kept (“Is it over?”); "" for
    none."""
    if not words:
        return ""
    if as_written and _after_words(words, most) >= len(words):
        text = words[0].doc.text[words[0].idx : words[-1].idx + len(words[-1].text)]
        return "“" + re.sub(r"\s+", " ", text) + "”"
    return "“" + _first_words(words, most)[1] + "”"


def _trimmed(words: list[Token], loose: Callable[[Token], bool]) -> list[Token]:
    """`words` without the `loose` ones at either end."""
    start, end = 0, len(words)
    while start < end and loose(words[start]):
        start += 1
    while end > start and loose(words[end - 1]):
        end -= 1
    return words[start:end]


def _punct_or_quote(token: Token) -> bool:
    return token.is_punct or token.is_quote


def _trimmed_punct(token: Token) -> bool:
    """The comma, full stop, colon or dash a quotation's words lose at either end, not the
    question or exclamation mark that ends one."""
    return token.is_punct and token.text in _TRIMMED


# Punctuation a quotation's words lose at either end (`_trimmed_punct`).
_TRIMMED = frozenset(",.;:—–-")


def _first_words(words: list[Token], most: int) -> tuple[list[Token], str]:
    """The first `most` of `words` (`_after_words`), no punctuation or dangling word last: the
    words kept, and their text as written with single spaces and " …" where the words go on.
    A word the parse split is never cut inside: "they cannot believe" read "they can …"."""
    end = _after_words(words, most)
    while 0 < end < len(words) and _glued(words[end - 1], words[end]):
        end += 1
    kept = words[:end]
    while len(kept) > 1 and (kept[-1].is_punct or kept[-1].lower_ in _DANGLING_WORDS):
        kept = kept[:-1]
    text = words[0].doc.text[kept[0].idx : kept[-1].idx + len(kept[-1].text)]
    return kept, re.sub(r"\s+", " ", text) + (" …" if end < len(words) else "")


def _while_doing(token: Token) -> Token | None:
    """The verb of the main clause where the date's verb is a participle set before it that
    tells what its subject was doing at the time ("Speaking at the White House on Friday, Mr.
    Trump praised law enforcement officials", "Sen. Bernie Sanders of Vermont, campaigning in
    San Francisco on Sunday, told the large crowd that …"): the label tells what they did
    then, not "Trump Speaking at the White House"; None for any other verb ("since calling
    state Rep. Drew Gattine …", a participle after a preposition, is the event)."""
    if token.tag_ not in ("VBG", "VBN") or _own_subject(token) is not None:
        return None
    if any(c.dep_ in ("mark", "aux", "auxpass") for c in token.children):
        return None
    if token.dep_ == "advcl":
        main = token.head
    elif token.dep_ == "acl" and token.head.dep_ in ("nsubj", "nsubjpass"):
        main = token.head.head
    else:
        return None
    if token.i > main.i or not verbal(main) or _own_subject(main) is None:
        return None
    return main


def _told_first(verb: Token, most: int = 12) -> str:
    """What a speaker said before the sentence names them, as the text runs, its first `most`
    words: in quotation marks where the text has them (“It’s destructive to the fabric of the
    relationship,” Rice said: “It’s destructive to the fabric of the relationship”), else
    reported after the verb ("…, Senator Richard J. Durbin said": "the Israeli prime minister
    himself has turned down …"). Read first, the bare words named no one: "It's destructive,
    Susan Rice said", "I love my dad, Seth Hutchinson said"."""
    # a clause of its own, not a participle the parse hung there ("Asked later in the day
    # whether it was fair …, Jay Carney said": he was asked, he did not ask)
    told = [c for c in verb.children if c.dep_ == "ccomp" and _own_subject(c) is not None]
    if not told:
        return ""
    clause = told[0]
    doc = verb.doc
    words = [t for t in doc[clause.left_edge.i : clause.right_edge.i + 1] if not t.is_space]
    words = _trimmed(words, _punct_or_quote)
    if not words:
        return ""
    kept, text = _first_words(words, most)
    between = doc[words[-1].i + 1 : verb.i]
    if any(t.is_quote for t in between) or (kept[0].i > 0 and doc[kept[0].i - 1].is_quote):
        return f"“{text}”"
    first = kept[0]
    if first.pos_ != "PROPN" and not first.ent_type_ and first.text != "I":
        text = text[:1].lower() + text[1:]
    return text


def quoted_first(verb: Token, what: list[Token], who: list[Token]) -> bool:
    """ "This bill includes the most extreme changes, Kerri Talbot said": what is said comes
    before who says it."""
    return (
        bool(what and who)
        and verb.lemma_.lower() in SPEECH_VERBS
        and any(t.dep_ == "ccomp" and t.head.i == verb.i for t in what)
        and max(t.i for t in what) < min(t.i for t in who)
    )


def _noun_words(token: Token, date: SpacySpan) -> list[Token]:
    """The actor's words without a leading article: "Senate" of "The Senate"; but a region
    named with it keeps it ("the North blew up parts of two roads", the BBC; the label read
    "North blew up …", a name)."""
    words = [t for t in noun_phrase(token, date) if _kept(t)]
    region = token.ent_type_ == "LOC" and token.pos_ == "PROPN"
    if words and words[0].lower_ in ("the", "a", "an") and not region:
        words = words[1:]
    return _cut(words, 8)


def _names(
    index: EntityIndex, who: Token | None, words: list[Token], resolve: Resolver | None
) -> dict[int, str]:
    """What to print for the actor's words (index -> text, "" to leave a word out): a pronoun
    by the name it stands for ("he" -> "Trump", "its" -> "Russia’s"); a person by their name
    alone ("the commentator Ann Coulter" -> "Ann Coulter", "Mr. Trump" -> "Trump")."""
    if who is None or not words:
        return {}
    if who.pos_ == "PRON":
        name = resolve(who) if resolve is not None and who.lower_ in _PERSONAL else None
        if not name:
            return {}
        possessive = who.tag_ == "PRP$" or who.dep_ == "poss"
        return {who.i: f"{name}’s" if possessive else name}
    entity = index.containing(who.idx)
    if who.pos_ != "PROPN" or who.conjuncts or entity is None or entity.type != "person":
        return {}
    own = {t.i for t in noun_phrase(who)} & {t.i for t in words}
    possessive = any(t.tag_ == "POS" and t.head.i == who.i for t in words)
    names = dict.fromkeys(own, "")
    names[min(own)] = entity.name + ("’s" if possessive else "")
    return names


def _verb_group(verb: Token, date: SpacySpan | None = None) -> list[Token]:
    """The verb as written, with its auxiliaries, negation ("not", "never", "no longer"),
    particle and the adverbs set within it (`_adverbs`): "did not vote", "is no longer", "took
    on", "likely won", "did well". A "not" the verb has after it is its own: a copula's or
    an auxiliary's the parse made the head ("Mr. LaPierre was not present", "Florida isn't a
    Super Tuesday state", "Obama did not"; the label read "Wayne LaPierre was present",
    "Trump’s tweets were the first time" of "were not the first time he has accused"), with
    the words it holds ("not only")."""
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    for c in verb.children:
        if c.dep_ == "neg" and verb.i < c.i < verb.i + 3:
            # with what it holds: "was not only the front-runner but …"
            words += [t for t in c.subtree if c.i <= t.i <= c.i + 1]
        elif c.dep_ == "advmod" and c.i < verb.i + 3:
            if c.lower_ == "never":
                words.append(c)
            elif c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
                words += [*(g for g in c.children if g.lower_ == "no"), c]
    particles = [
        c
        for c in verb.children
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1 and _particle(c))
    ]  # "pushed back", parsed as an adverb
    group = [*words, verb, *particles]
    return sorted([*group, *_adverbs(verb, group, date)], key=_at)


def _adverbs(verb: Token, group: list[Token], date: SpacySpan | None) -> list[Token]:
    """The verb's adverbs set within its group as written, that a label read without them
    asserts more, or other, than the text: a hedge between its subject and its verb ("Donald
    Trump likely won among Hispanics", "has reportedly said"), an adverb right after the verb
    ("Donald J. Trump did well with Hispanic voters"; the timeline read "Donald Trump won
    among Hispanics", "Donald J. Trump did with Hispanic voters", BASIL d4a4bc34). Not one
    set off by a comma ("Trump, however, said"), nor one before the subject ("Later, Trump
    said"), a question word ("when"), or one in the date; an adverb after the verb, or after
    the pronoun it was done to ("viewed him favorably"), is one word of its own ("did well",
    not "went as far as"), or that with its degree ("went too far", `_by_degree`)."""
    if date is None:
        return []
    held = {t.i for t in group}
    found: list[Token] = []
    for c in sorted(verb.children, key=_at, reverse=True):
        if c.dep_ != "advmod" or c.i in held or c.tag_ == "WRB" or _in_any(c, date):
            continue
        words = list(c.subtree)
        if c.i < verb.i:
            between = range(words[-1].i + 1, verb.i)
            if len(words) > 3 or any(t.is_punct for t in words):
                continue
            if not all(i in held for i in between):
                continue  # not within the group: before its subject, or set off
            found += words
            held |= {t.i for t in words}
        elif (
            # "were also not": before it too; "went too far": its degree; "viewed him
            # favorably": the pronoun it was done to
            all(
                i in held or i in {t.i for t in words} or _pronoun_object(verb.doc[i], verb)
                for i in range(verb.i + 1, c.i)
            )
            and (len(words) == 1 or _by_degree(c, words))
            and c.tag_ in ("RB", "RBR", "RBS")
            and c.lower_ not in _PARTICLES  # `_particle` says: "declared back in December"
        ):
            found += words
            held |= {t.i for t in words}
    return found


def _by_degree(adverb: Token, words: list[Token]) -> bool:
    """Whether an adverb after its verb is said with its words of degree right before it and
    nothing else ("went too far", "did very well", "went much too far"): they are what the
    verb did; the timeline read "Kathy Griffin admitted she went on her latest photo shoot" of
    'admitted Tuesday she "went too far" on her latest photo shoot' (BASIL d16050b3). Not an
    adverb a comparison with "as" goes on from ("went so far as to call it a hoax", "went as
    far as he could"): the label would stop before what the comparison says ("did very well
    as a senator" is no comparison)."""
    doc = adverb.doc
    degree = words[:-1]
    if not 1 <= len(degree) <= 2 or words[-1].i != adverb.i:
        return False
    if any(t.i != adverb.i - len(degree) + n for n, t in enumerate(degree)):
        return False  # right before it, one after another
    comparison = degree[0].lower_ in ("so", "as")  # "went so far as", "went as far as"
    if comparison and adverb.i + 1 < len(doc) and doc[adverb.i + 1].lower_ == "as":
        return False
    return all(t.dep_ == "advmod" and t.tag_ == "RB" and t.lower_ != "as" for t in degree)


def _particle(token: Token) -> bool:
    """An adverb that is its verb's particle ("pushed back against these criticisms", "dates
    back to 1989", "stepped down in February"), not one that says when ("declared back in
    December"). Only "back" says when before a date: "down", "off", "out", "up" and "away"
    before one are the verb's ("Flynn stepped down in February", HuffPost 2017-12-04; the
    timeline read "Michael Flynn stepped")."""
    if token.lower_ not in _PARTICLES:
        return False
    after = next_token(token)
    if token.lower_ != "back" or after is None:
        return True
    return not (
        after.lower_ in ("in", "on") and any(c.ent_type_ in ("DATE", "TIME") for c in after.subtree)
    )


# Adverbs right after a verb that may be its particle (`_particle`).
_PARTICLES = frozenset("back away down off out up".split())


def _what(verb: Token, date: SpacySpan, depth: int = 0) -> list[Token]:
    """What the predicate was done to: its object (with what it is left as: "keep the
    government open"), else its clause, else its first phrase."""
    children = list(verb.children)
    said = _said(verb)
    if said is not None and _of_time(said, date):  # "two days after the Times reported that"
        said = next((c for c in children if c.dep_ == "ccomp" and verbal(c) and c.i > said.i), None)
    found: list[Token] = []
    for c in children:
        if said is not None and _listener(c):
            continue  # "told reporters that …": what is said, not who heard it
        if _the_time_taken(verb, c, date):
            found += list(date)  # "Trump spent the past week meeting with NATO allies"
            continue
        if c.dep_ in ("dobj", "attr", "oprd", "acomp") and not _in(c, date):
            if c.tag_ in ("WDT", "WP") and c.i < verb.i and verb.dep_ != "relcl":
                continue  # "testified that Trump had requested": "that" parsed as the object
            if _possessed_after_a_phrase(verb, c):
                continue  # "Brat said on Fox News’ “America’s News HQ”": the show is Fox's
            found += _cut(noun_phrase(c, date), 8) if c.dep_ != "acomp" else _degree(c, date)
    if found:
        return found
    clause = said or next(
        (c for c in children if c.dep_ in ("ccomp", "xcomp") and not _of_time(c, date)), None
    )
    closed = _phrase_a_colon_closes(verb, clause) if said is None and clause is not None else None
    if closed is not None:  # "joined, for a moment, in a bipartisan rebuttal: Play ball": in it
        objects = [c for c in closed.children if c.dep_ == "pobj"]
        return [closed, *_cut(noun_phrase(objects[0], date), 6)] if objects else []
    if clause is not None and clause.dep_ == "ccomp" and clause.pos_ == "NOUN":
        # a noun the parse took for a clause is the object: "made his first “Crooked
        # Hillary” Twitter post" (the marks made "post" a clause), with its own subject
        # where it has one ("will make him Senate majority leader")
        who = [c for c in clause.children if c.dep_ in _SUBJECTS]
        head = _cut(noun_phrase(who[0], date), 5) if who else []
        return [*head, *_cut(noun_phrase(clause, date), 8)]
    if clause is not None and depth < 2 and verbal(clause):
        who = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        head = _cut(noun_phrase(who, date), 5) if who is not None else []
        # "told NBC’s Lester Holt that he fired …": the listener before what is said
        heard = [c for c in children if _listener(c) and c.i < clause.i] if said else []
        listener = _cut(noun_phrase(heard[0], date), 4) if heard else []
        # the clause's verb as written: "will no longer speak", "step down", "could neither
        # confirm nor deny"
        group = _verb_group(clause, date) + _denials(clause) + _neither(clause)
        group += [c for c in clause.children if c.dep_ == "neg" and c.i > clause.i]  # "’m not"
        route = _destination(verb, clause, date) if said is None else []
        route += _asked(clause, date) if clause.dep_ == "xcomp" and said is None else []
        opener = [clause.left_edge] if _asks(clause) else []
        if said is None and not _cleft(verb):
            # "rumors first emerged that North Korean troops were …", "found that 28 percent
            # …": its "that" too, as a speech verb's is not ("said he would run")
            opener += [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"][:1]
        return [*listener, *route, *opener, *head, *group, *_what(clause, date, depth + 1)]
    for prep in children:
        if prep.dep_ != "prep" or _in(prep, date) or prep.i < verb.i:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and not any(_in(o, date) for o in objects):
            if objects[0].ent_type_ in ("DATE", "TIME"):
                continue
            return [prep, *_cut(noun_phrase(objects[0], date), 6)]
        # "Grassley is up for re-election in November": what "be" says is a preposition
        # whose object is a phrase of its own ("up for re-election", "out of office"); the
        # label read "Grassley is". A verb of its own keeps its phrase as it was ("walked out
        # of the courthouse full of confidence")
        phrased = any(c.dep_ == "prep" for c in prep.children)
        if not objects and verb.lemma_ == "be" and phrased and not _in_any(prep, date):
            return _cut([t for t in prep.subtree if _kept(t)], 6)
    return []


def _asks(clause: Token) -> bool:
    """A clause opened by a question word or "whether": the word stays in the label, "was
    explaining why he should go to the Senate" (BASIL 22b6e900, NYT; it read "was explaining
    he should go to the Senate", a claim the text does not make)."""
    first = clause.left_edge
    return first.i < clause.i and (
        first.tag_ == "WRB" or (first.dep_ == "mark" and first.lower_ == "whether")
    )


def _possessed_after_a_phrase(verb: Token, obj: Token) -> bool:
    """Whether the verb's object follows one of its prepositional phrases whose last word is
    a possessive ("on Fox News’ “America’s News HQ”", "on CNN's State of the Union"): what is
    possessed is the phrase's, a name the parse hung on the verb; the label read "Brat said
    America's News HQ"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or not verb.i < prep.i < obj.i:
            continue
        end = prep.right_edge.i
        doc = verb.doc
        mark = doc[end + 1] if end + 1 < len(doc) else None
        possessive = doc[end].tag_ == "POS" or (
            mark is not None and mark.text in ("’", "'") and not doc[end].whitespace_
        )
        if possessive and obj.left_edge.i <= end + 3:
            return True
    return False


def _phrase_a_colon_closes(verb: Token, clause: Token) -> Token | None:
    """The verb's prepositional phrase that a colon closes before a clause hung on the verb:
    "joined, for a moment, in a bipartisan rebuttal: Play ball" (The New York Times
    2017-06-15): the clause says what the phrase's noun is, and the label read "joined Play
    ball"; it is "joined in a bipartisan rebuttal"."""
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or not verb.i < prep.i < clause.i:
            continue
        between = doc[prep.right_edge.i + 1 : clause.left_edge.i]
        if any(t.text == ":" for t in between) and all(t.is_punct for t in between):
            return prep
    return None


def _in_any(token: Token, date: SpacySpan) -> bool:
    """Whether any word of the token's phrase is in the date."""
    return any(_in(t, date) for t in token.subtree)


def _degree(adjective: Token, date: SpacySpan) -> list[Token]:
    """An adjective with the words before it that say how much: "just how weak", "about 10
    points higher" (the label read "results showed weak that establishment is", "Both are
    higher"); not a phrase holding the date."""
    words = [adjective]
    for child in adjective.lefts:
        if child.dep_ in ("advmod", "npadvmod") and not any(_in(t, date) for t in child.subtree):
            words += [t for t in child.subtree if _kept(t)]
    return sorted(words, key=_at)


def _destination(verb: Token, clause: Token, date: SpacySpan) -> list[Token]:
    """Where the verb went before the clause that says what for: "took [to the House floor]
    Friday to oppose trade legislation", "took [to Twitter], though, to push back", "went [to
    Flint] last week to talk"; the label read "Pelosi took to oppose trade legislation".
    Over the 37 BASIL and PolNeAR articles with a verb, "to" and a place, then an infinitive,
    3 dated labels change, all from a verb cut from its place (BASIL 8dac6c12 and 7a97de89,
    PolNeAR Politico 2016-07-06). Not a phrase holding the date."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to" or not verb.i < prep.i < clause.i:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and not any(_in(t, date) for t in prep.subtree):
            return [prep, *_cut(noun_phrase(objects[0], date), 5)]
    return []


def _finished(words: list[Token], date: SpacySpan, most: int = 8) -> list[Token]:
    """`words` with what their last word takes after it, where that word is an adjective or a
    verb the label would otherwise stop at: "it will be able [to pay 74 percent of promised
    benefits]", "said it was open [to modest reductions in benefits]", "would support allowing
    [undocumented immigrants to stay in the U.S.]", "would put [to rest the Benghazi issue]",
    "called [for lifting the economic embargo of Cuba]" (cut to `most` words; a clause
    `_what` reaches no deeper than two levels ends there too), or a pronoun its verb was done
    to (`_pronoun_object`: "had asked him [to veto the legislation]"). A phrase holding the
    date is not added: the label stops before it, as it did."""
    if not words:
        return words
    last = max(words, key=_at)
    past = last.i
    if last.dep_ == "advmod" and verbal(last.head) and last.head.i in {t.i for t in words}:
        last = last.head  # "went online [to express regret]": what the verb takes after it
    elif _pronoun_object(last, last.head) and last.head.i in {t.i for t in words}:
        last = last.head  # "had asked him [to veto the legislation]": the same
    noun = last.pos_ == "NOUN" and last.i + 1 < len(last.doc) and last.nbor().lower_ == "to"
    if last.pos_ not in ("ADJ", "VERB") and not noun:
        return words
    held = {t.i for t in words}
    # a noun and what opens on the "to" right after it, the noun's or its verb's (the parse
    # hangs an infinitive on either): "the first major court challenge [to marijuana
    # legalization]", "doesn't have the resources [to police all violations of federal
    # marijuana law]"
    after = [*last.rights, *last.head.rights] if noun else list(last.rights)
    for child in after:
        infinitive = child.dep_ == "advcl" and child.left_edge.lower_ == "to"  # "put to rest"
        if noun:
            if child.left_edge.i != last.i + 1 or child.i in held:
                continue
            if child.dep_ not in ("prep", "acl", "relcl", "xcomp", "advcl"):
                continue
        elif (child.dep_ not in _COMPLEMENTS and not infinitive) or child.i in held:
            continue
        if child.i < past:
            continue  # before the adverb that ended the label: not after it
        if any(_in(t, date) for t in child.subtree):
            continue  # the date's own phrase is not what the verb takes: "went online on
            # Tuesday night to express regret" reads on to "to express regret"
        kept = []
        for t in child.subtree:
            if t.is_punct and t.text in ",;:—–()[]":
                break  # one stretch of text: not "… of Cuba, which would have helped"
            if _kept(t):
                kept.append(t)
        if any(not t.is_stop for t in kept):
            cut = _cut(kept, most)
            if len(cut) < len(kept):
                cut = _before_a_lost_verb(cut)  # "the embargo [that the president …]"
            while (
                len(cut) > 1
                and cut[-1].dep_ in _MODIFIERS
                and cut[-1].head.i > cut[-1].i
                and cut[-1].head not in cut
            ):
                cut.pop()  # "74 percent of promised [benefits]": no modifier without its word
            while len(cut) > 1 and len(cut) < len(kept) and _opens_more(cut[-1]):
                cut.pop()  # "would send [because of …]", "in Alabama [where she was …]"
            return words + cut
    return words


def _opens_more(word: Token) -> bool:
    """A function word that opens or holds up what a cut left out: a preposition, a
    conjunction, a determiner, an auxiliary, a pronoun other than a personal one a verb or a
    preposition takes ("where [she] was", "[his] aides", "that [which]"), or a relative word
    ("where"). Never a personal pronoun a verb or a preposition takes, which ends its phrase
    ("allowing the governor to ask him"), nor a verb's particle ("point out"), nor a negation,
    which the label keeps ("would not"), nor a possessive's mark ("by the GOP's
    [front-runner]": without it the label names another owner)."""
    if word.tag_ == "PRP" and word.dep_ in ("dobj", "dative", "pobj"):
        return False  # a personal pronoun a verb or a preposition takes: "to ask him"
    if word.dep_ == "prt":
        return False  # "point out": its verb's particle
    return word.pos_ in _FUNCTION_POS or word.tag_ in ("WRB", "WDT", "WP")


def _before_a_lost_verb(cut: list[Token]) -> list[Token]:
    """A cut label up to the word that opens a clause whose verb the cut left out: "Jones
    called for lifting the embargo that the president" of "… the embargo that the president
    had promised them" ends at "the embargo", "happened to point out that Clinton’s
    double-digit lead" at "point out" (the words of a clause without its verb say nothing).
    The clause is one a word opens ("that", "which", "where", "because"): a noun the parse
    makes a later verb's subject ("had a rift going back many years") stays. A cut that would
    keep one word or none stays as it is."""
    held = {t.i for t in cut}
    for n, token in enumerate(cut):
        head = token.head
        opens = token.dep_ == "mark" or token.tag_ in ("WDT", "WP", "WP$", "WRB")
        if opens and head.i not in held and head.i > token.i and head.pos_ in ("VERB", "AUX"):
            return cut[:n] if n > 1 else cut
    return cut


# The parts of speech of a word a cut label does not end on (`_opens_more`).
_FUNCTION_POS = frozenset("ADP SCONJ CCONJ DET AUX PRON".split())


def _pronoun_object(token: Token, verb: Token) -> bool:
    """Whether a word is a personal pronoun the verb was done to ("had asked him", "threatened
    to strip it"): a pronoun is no phrase of its own, so a label ending on one stopped there
    and left out what the verb goes on to take ("Hutchinson said his son had asked him" of
    "… had asked him to veto the legislation", "LePage threatened to strip it" of "… to
    strip it of its funding", BASIL 2742e9c1, 7a97de89)."""
    return (
        token.dep_ in ("dobj", "dative")
        and token.tag_ == "PRP"
        and token.head.i == verb.i
        and verbal(verb)
    )


# What an adjective or verb that ends a label takes after it (`_finished`).
_COMPLEMENTS = frozenset("prep xcomp ccomp acomp prt dobj oprd attr dative".split())
# Words that modify one after them: a label cut before that word leaves them out.
_MODIFIERS = frozenset("amod compound det poss nummod quantmod nmod advmod cc predet".split())


def _cleft(verb: Token) -> bool:
    """ "It was on Saturday that the younger Mr. Hutchinson wrote …": "be" with "it" for its
    subject, whose clause is what happened."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children
    )


def _clefts_clause(verb: Token) -> Token | None:
    """The clause a cleft is about, opened by its "that" ("It was in 2015 that Trump first
    floated a wall": "Trump first floated a wall", never "It was Trump first floated a wall",
    which says it was Trump who did; the round-64 code review), where what it puts first is a
    time or a place, not who did it."""
    if not _cleft(verb) or any(c.dep_ == "attr" for c in verb.children):
        return None  # "it was the review of … documents last summer that … set off": its who
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "advcl", "relcl")
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _said(verb: Token) -> Token | None:
    """What a speech verb says, a clause of its own, where it has one: the label tells it
    rather than the listener or the programme ("said on NBC’s “Meet the Press” on Sunday that
    the panel has begun to see …", "told reporters", "told Politico")."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and verbal(c)), None)


# The words that open a clause telling when, never what a verb says or does.
_TIME_MARKS = frozenset("before after since until till".split())


def _of_time(clause: Token, date: SpacySpan) -> bool:
    """ "Late Wednesday night, two days after The New York Times first reported that …, Mrs.
    Clinton announced that …": a clause opened by "before" or "after" that the parse hung the
    date before it on, and hung on the verb as its clause, tells when, not what was announced
    (the label read "Clinton announced Late Wednesday night, two days after The New York Times
    first reported …"). A distance that ends on the mark is the clause's own ("the speech two
    weeks before the Israeli elections has “injected …”": the parse's clause, kept)."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in _TIME_MARKS]
    return bool(marks) and date.end < marks[0].i and clause.left_edge.i <= date.start


def _listener(token: Token) -> bool:
    """Who was told: the object of "tell" ("told reporters", "told NBC’s Lester Holt")."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() == "tell"


def _neither(verb: Token) -> list[Token]:
    """ "could neither confirm nor deny": the verb's "neither" and the "nor" verb with it."""
    if not any(c.dep_ == "preconj" and c.lower_ in ("neither", "either") for c in verb.children):
        return []
    found = [c for c in verb.children if c.dep_ in ("preconj", "cc")]
    return found + [c for c in verb.children if c.dep_ == "conj" and verbal(c)][:1]


def _denials(verb: Token) -> list[Token]:
    """ "This was in no way a concession": a phrase that denies the clause, kept with it."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i > verb.i:
            for noun in prep.children:
                if noun.dep_ == "pobj" and any(d.lower_ == "no" for d in noun.children):
                    return [prep, *noun_phrase(noun)]
    return []


def _cut(words: list[Token], most: int) -> list[Token]:
    """The first `most` words of a phrase, never ending inside a name: "the state's Religious
    Freedom Restoration Act" whole, not "the state's Religious" (a name of up to four words
    more is finished, a longer one left out). Words are counted as read: "work-related" and
    "Barr's" are one each ("about 3,000 of Ms. Abedin's work-related emails" whole, not cut
    before "emails")."""
    first = _after_words(words, most)
    if first >= len(words):
        return words
    end = first
    while end < len(words) and end < first + 4 and _same_name(words[end - 1], words[end]):
        end += 1
    if end < len(words) and _same_name(words[end - 1], words[end]):
        end = first
        while end > 1 and _same_name(words[end - 2], words[end - 1]):
            end -= 1
        end -= 1
        return words[: max(end, 1)]
    return words[: _with_its_noun(words, end)]


def _with_its_noun(words: list[Token], end: int, more: int = 3) -> int:
    """Where a phrase cut before `end` ends when its last word modifies a noun after the cut:
    at that noun, up to `more` words on ("28 percent of likely Republican [caucus goers]", not
    "28 percent of likely Republican"); else at `end`."""
    last = words[end - 1]
    if last.dep_ not in _MODIFIERS or last.head.i <= last.i:
        return end
    at = {t.i: n for n, t in enumerate(words)}
    stop = at.get(last.head.i)
    if (
        stop is None
        or stop >= end + more
        or any(t.i != last.i + 1 + k for k, t in enumerate(words[end : stop + 1]))
    ):
        return end
    return stop + 1


def _after_words(words: list[Token], most: int) -> int:
    """The index after the first `most` words of `words`, a hyphen, the word it glues on and
    "’s" counting as none."""
    seen = 0
    for n, token in enumerate(words):
        glued = token.tag_ == "POS" or _hyphen(token) or (n > 0 and _hyphen(words[n - 1]))
        if glued or token.is_punct:
            continue
        seen += 1
        if seen > most:
            return n
    return len(words)


def _same_name(before: Token, after: Token) -> bool:
    """Two neighbouring words of one name: of one entity the tagger found, or capitalised
    words of which the first modifies one after it ("Religious Freedom Reformation Act")."""
    if after.i != before.i + 1:
        return False
    if after.ent_iob_ == "I" and before.ent_type_ != "":
        return True
    capitals = all(t.text[:1].isupper() for t in (before, after))
    return capitals and before.dep_ in ("compound", "flat") and before.head.i >= after.i


def _the_time_taken(verb: Token, child: Token, date: SpacySpan) -> bool:
    """Whether the date is the verb's own object, a stretch of time it takes ("Trump spent
    the past week meeting with NATO allies", "Sullivan called the night “a solid win for
    Biden”"): the label keeps it, where without it the verb stood with nothing ("Trump spent
    meeting", "Andrew Sullivan called a solid win"). A noun phrase with its determiner only,
    not a bare day the parse may take for an object ("announced Friday that …"), and no
    verb of saying, whose time it is ("said this week that …")."""
    return (
        child.dep_ == "dobj"
        and child.i == date.root.i
        and date[0].pos_ == "DET"
        and verb.lemma_.lower() not in SPEECH_VERBS
    )


def _in(token: Token, date: SpacySpan) -> bool:
    return date.start <= token.i < date.end


def _at(token: Token) -> int:
    return token.i


def _render(tokens: list[Token], names: dict[int, str] | None = None) -> str:
    """Tokens in their text's order and spacing ("$25 billion", "Trump’s", "re-election"), one
    space across a gap, quote marks and loose punctuation left out; `names` replaces a token's
    text (or leaves it out: "")."""
    names = names or {}
    tokens = sorted({t.i: t for t in _whole(tokens) if not t.is_space}.values(), key=_at)
    tokens = [t for t in tokens if not _loose(t)]
    quoted = _quoted_words(tokens, names)
    out = []
    for n, token in enumerate(tokens):
        text = names.get(token.i, token.text)
        if not text:
            continue
        if token.i in quoted:  # 'first “Crooked Hillary” Twitter post'
            mark = quoted[token.i][1]
            if n == 0 or not _one_quotation(tokens[n - 1], token, quoted):
                text = _OPENING.get(mark, "“") + text
            if n + 1 == len(tokens) or not _one_quotation(token, tokens[n + 1], quoted):
                text += _CLOSING.get(mark, "”")
            elif _words_left_out(token, tokens[n + 1]):
                text += " …"  # “Republicans … won't give … any credit”
        if out and _clitic(token) and names.get(token.i - 1) and _contracted(token):
            text = _in_full(token)  # "Hillary Clinton will present", not "Clinton’ll"
        elif out and _clitic(token):
            out[-1] = out[-1].rstrip()  # "Christie’ll make", not "Christie ’ll"
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        joined = following is not None and following.i == token.i + 1 and token.i not in names
        if following is not None and _list_comma(token, following):
            out.append(text + ", ")  # "Mr. Trump, Mr. Kushner and Mr. Pence"
            continue
        out.append(text + (token.whitespace_ if joined else " "))
    text = re.sub(r"\s+", " ", "".join(out)).strip(" ,")
    if text[-1:] in ("”", "“"):  # “the blame and attack campaign of” [2012]: inside it
        inner = _DANGLING.sub("", text[:-1])
        return inner[:-1].rstrip() if inner[-1:] in ("“", "„") else inner + text[-1]
    return _DANGLING.sub("", text)  # "the blame and attack campaign of [2012]"


def _quoted_words(tokens: list[Token], names: dict[int, str]) -> dict[int, tuple[int, str]]:
    """The words of a label that stand inside quotation marks in the text -> where the mark
    that opened them stands, and the mark, so the label keeps the marks around them: the
    timeline read "Trump made his first Crooked Hillary Twitter post" of 'his first “Crooked
    Hillary” Twitter post' (BASIL 87609973), the brief's own words where the text's are
    quoted. A word the label names in its place (`names`) is the brief's own and stands
    outside them."""
    if not tokens:
        return {}
    opened = _quote_marks(tokens[0].doc)
    return {t.i: opened[t.i] for t in tokens if t.i in opened and t.i not in names}


def _one_quotation(before: Token, after: Token, quoted: dict[int, tuple[int, str]]) -> bool:
    """Whether two words of a label, one after the other, stand in one quotation."""
    return before.i in quoted and after.i in quoted and quoted[before.i][0] == quoted[after.i][0]


def _words_left_out(before: Token, after: Token) -> bool:
    """Whether a label leaves out words of the text between two of its words: inside a
    quotation it says so with an ellipsis ('“big blue wave … will make him Senate majority
    leader”' of "“The big blue wave that Schumer hopes will make him Senate majority leader in
    2019 …”"), never making words the text does not say together read as said together."""
    doc = before.doc
    return not all(doc[k].is_punct or doc[k].is_space for k in range(before.i + 1, after.i))


def _quote_marks(doc: Doc) -> dict[int, tuple[int, str]]:
    """Each word of `doc` inside a pair of double quotation marks -> where the mark that
    opened its quotation stands, and the mark, read within a paragraph: a curly mark says
    which way it faces; a straight one (", '', ``) opens after a space or at a paragraph's
    start and closes before one. A word after a closing mark no opening one came before is
    left outside (a quotation carried on from an earlier paragraph has no mark to show)."""
    cached = doc.user_data.get("wwk_quote_marks")
    if cached is not None:
        return cached
    found: dict[int, tuple[int, str]] = {}
    opened: tuple[int, str] | None = None
    for token in doc:
        if "\n" in token.text or (token.i and "\n" in doc[token.i - 1].whitespace_):
            opened = None  # a paragraph ends every quotation it does not close
        if token.text in _DOUBLE_QUOTES:
            if opened is None and _opening(token):
                opened = (token.i, token.text)
            elif opened is not None and token.text not in _OPENING_ONLY:
                opened = None
            continue
        if opened is not None and not token.is_space:
            found[token.i] = opened
    doc.user_data["wwk_quote_marks"] = found
    return found


def _opening(mark: Token) -> bool:
    """Whether a double quotation mark opens a quotation (see `_quote_marks`)."""
    if mark.text in _OPENING_ONLY:
        return True
    if mark.text in _CLOSING_ONLY:
        return False
    doc = mark.doc
    before = doc[mark.i - 1] if mark.i else None
    after_space = before is None or bool(before.whitespace_) or before.text in "([—–-"
    return after_space and bool(mark.i + 1 < len(doc) and not mark.whitespace_)


# Double quotation marks (`_quote_marks`), the ones that face one way, and the marks a label
# puts around words the text quotes (`_render`): the text's own, curly where it used straight.
_DOUBLE_QUOTES = frozenset({"“", "”", '"', "''", "``", "„"})
_OPENING_ONLY = frozenset({"“", "``", "„"})
_CLOSING_ONLY = frozenset({"”"})
_OPENING = {"“": "“", "„": "„"}
_CLOSING = {"„": "“"}


def _list_comma(before: Token, after: Token) -> bool:
    """The comma alone between two words of a label that opens the next member of a list:
    "spoke to Mr. Trump, Mr. Kushner and Mr. Pence" (BASIL 70c75d68; the label read "Mr.
    Trump Mr. Kushner and Mr. Pence"), "A, B, and C"; not a comma before a clause, which the
    label leaves out with the clause."""
    if after.i != before.i + 2:
        return False
    comma = before.doc[before.i + 1]
    if comma.text != ",":
        return False
    if after.dep_ == "cc":  # "B, and C": the comma after a member
        return any(t.dep_ == "conj" and t.right_edge.i == before.i for t in before.ancestors) or (
            before.dep_ == "conj"
        )
    # a member, the words it opens with ("Mr." of "Mr. Kushner") included
    return any(t.dep_ == "conj" and t.left_edge.i == after.i for t in (after, *after.ancestors))


def _whole(tokens: list[Token]) -> list[Token]:
    """Each word glued to another by a hyphen kept whole: "Republican-controlled" of
    "-controlled state legislature", "decade-old", "Benghazi-related" (the parse hangs the
    first half on the second as an adverb a phrase leaves out); never into a date."""
    found = {t.i: t for t in tokens}
    for token in tokens:
        doc = token.doc
        for step in (-1, 1):
            at = token.i
            while 0 <= at + 2 * step < len(doc) and _hyphen(doc[at + step]):
                after = doc[at + 2 * step]
                if after.is_space or (after.ent_type_ in ("DATE", "TIME") and not token.ent_type_):
                    break  # "10-year-old" whole, one date; a date the label leaves out, out
                found.setdefault(at + step, doc[at + step])
                found.setdefault(at + 2 * step, after)
                at += 2 * step
        if _hyphen(token):
            found.setdefault(token.i - 1, doc[token.i - 1])
            found.setdefault(token.i + 1, doc[token.i + 1])
    return list(found.values())


def _contracted(token: Token) -> bool:
    """A verb contracted onto the word before it ("’ll", "’s" for "is"), not a possessive."""
    return token.tag_ != "POS" and token.lower_.replace("’", "'") in _IN_FULL


def _in_full(token: Token) -> str:
    """A contracted verb written out, for a name put for the pronoun it was glued to: "She’ll
    present" is "Hillary Clinton will present" (it read "Hillary Clinton’ll present"), "he’s
    said" is "Donald Trump has said"."""
    short = token.lower_.replace("’", "'")
    if short == "'d":
        return "would" if token.tag_ == "MD" else "had"
    if short == "'s":
        return "has" if token.lemma_.lower() == "have" else "is"
    return _IN_FULL[short]


# Contracted verbs a pronoun carries, written out (`_in_full`).
_IN_FULL = {"'ll": "will", "'re": "are", "'ve": "have", "'m": "am", "'d": "would", "'s": "is"}


def _clitic(token: Token) -> bool:
    """A contraction or possessive glued to the word before it ("’ll", "'s", "n't")."""
    before = token.doc[token.i - 1] if token.i else None
    return (
        before is not None and not before.whitespace_ and token.lower_.replace("’", "'") in _CLITICS
    )


def _loose(token: Token) -> bool:
    """Punctuation a label leaves out: quote marks, commas, dashes between words (not the
    hyphen of "re-election", nor the apostrophe of "Clintons’")."""
    if token.tag_ == "POS":
        return False
    if token.is_quote:
        return True
    if _hyphen(token):
        return False
    return token.is_punct and token.text in "—–-,;:()[]"


def short(name: str, most: int) -> str:
    words = name.split()
    return " ".join(words[:most]) + ("…" if len(words) > most else "")
