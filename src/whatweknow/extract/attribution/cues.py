"""Stage 1, the cue: which word introduces a statement, and by which construction.

The word lists live in `whatweknow.lexicon`; this module says how a token becomes a cue. Each
construction is a row of `CONSTRUCTIONS`: its name and the test a token passes to be its cue.
The tests exclude one another (a reporting verb is never also read as an object verb), so a
token has at most one construction and the rows' order does not matter, but for "cast by"
(below).

| construction | example |
| --- | --- |
| according to | "according to X, …", "…, according to X" |
| reporting verb | "Cancian believes that …", "…, Lankov adds.", "“…,” he said" |
| giving verb | "offered his assessment of …" (else read as an object verb: "offered to help") |
| object verb | "accused the North of …", "called for a ban", "wants to build a wall" |
| as verb | "voters see Clinton as the stronger candidate" |
| blame for | "ripped Comey for acting as “the judge and the jury”" (not "ripped away") |
| cue noun | "X's claim that …" (else read as a stance noun: "her promise of …") |
| stance noun | "Trump's call for a ban", "her support for the deal" |
| stance adjective | "Mr. Fox has been critical of the plan", "a post critical of …" |
| clause adjective | "his donors remain confident that he will win" |
| table noun | "his suggestion that …", "expressed doubt that …" (the cue table's nouns) |
| make clear | "officials made it clear that …", "she has made clear she will run" |
| make the case | "Pelosi and her deputies have made the case that …" (the "make clear" rule) |
| reported adverb | "Abedin reportedly forwarded State Department emails to a personal account" |
| to someone | "To Rep. Zoe Lofgren, D-Calif., the bill “grabs power away from the elites”" |
| in a poll | "In a CNN/ORC poll released Monday, 31% of Republicans …", "… in a Fox News poll" |
| in one's view | "In Ash's view, the change would …", "…, in Bolton's view", "in the words of X" |
| cast by | "an option seen by organizers as a “lifeboat”", "deemed insufficient by Democrats" |

"cast by" is the one row tested first and taken over the others: a participle hung on a noun is
read by what it casts that noun as, whichever list names its verb ("called", "seen", "deemed").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ... import lexicon
from . import shapes
from .cue_table import (
    COMMON_CLAUSE_VERBS,
    CUE_TABLE,
    NOUN_CUE_TABLE,
    RARE_CLAUSE_VERBS,
    SOURCE_VERBS,
)

CUE_LEMMAS = (
    lexicon.REPORTING_VERBS
    | lexicon.OBJECT_CUE_VERBS
    | lexicon.XCOMP_CUE_VERBS
    | frozenset(lexicon.PREP_CUES)
    | frozenset(lexicon.PARTICLE_CUES)
)
# What a poll, a study or records do with their findings: "A 2014 study found 31 incidents".
EVIDENCE_VERBS = frozenset("show find reveal indicate suggest".split())
# Verbs whose object or "at" phrase is a figure someone gives: "estimates this at $2,000".
ESTIMATE_VERBS = frozenset("estimate put calculate project forecast value".split())


def lemma(token: Token) -> str:
    """The token's lemma, with the sm model's slips on cue verbs put right ("hopes" -> "hop")."""
    lowered = token.lemma_.lower()
    return lexicon.LEMMA_FIXES.get((lowered, token.lower_[: len(lowered) + 1]), lowered)


def put_at(verb: Token) -> Token | None:
    """The "at" of "Gallup’s own tracking poll puts Obama’s approval during the first four
    months of this year at 49.5 percent on average", "A Field Poll of the Democratic race in
    May 2015 put his overall support among likely Democratic voters at 5 percent": "put" in
    the active voice with a subject, an object and then "at" a figure gives an estimate, the
    subject's, as "estimates this at $2,000" does (the story gold takes all 3 such clauses as
    the poll's statements, 2 stories; PolNeAR train's "put" with an object is a cue 16 times in
    108, mostly "as Trump put it"). Not "puts her at odds with her father", "put jobs at risk",
    "put the town hall meeting at the center of his candidacy" (no figure after "at"), nor a
    time ("put the meeting at 3 p.m.")."""
    if lemma(verb) != "put" or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    for at in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i):
        figure = next((c for c in at.children if c.dep_ == "pobj"), None)
        if figure is not None and (figure.ent_type_ in lexicon.FIGURE_ENTITIES or figure.like_num):
            return at
    return None


def verb_tagged_noun(token: Token) -> bool:
    """ "But Trump claims that he …": a verb the tagger took for a plural noun, still heading a
    subject and a clause."""
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ == "ccomp" for c in token.children)
    )


def _according_to(token: Token, word: str) -> bool:
    return token.lower_ == "according" and token.i + 1 < len(token.doc)


def _reporting_verb(token: Token, word: str) -> bool:
    return word in lexicon.REPORTING_VERBS and (
        token.pos_ in ("VERB", "AUX") or verb_tagged_noun(token)
    )


def _giving_verb(token: Token, word: str) -> bool:
    return token.pos_ == "VERB" and (
        word in lexicon.GIVING_VERBS or (word == "make" and made_speech_act(token))
    )


# What a speech act made tells of itself after its noun: what it is about ("comments about
# the biblical arguments", "statements of support for victims").
_TOLD_ABOUT = frozenset("about of on against for".split())


def made_speech_act(verb: Token) -> bool:
    """ "Obama himself has even made comments supportive of Clinton’s bid", "he also met with
    local reporters and made several statements affirming the United States' commitment there":
    "make" with a speech act for object that carries what was said (a phrase of what it is
    about, an adjective or a participle after the noun) gives that speech act, as "offered his
    assessment of …" does. Not a speech act named only by when or where it was made ("Holder
    made the comments during a meeting", "made his comments in an interview": the story gold's
    narration, 4 stories) or only by the question it was on ("made conflicting statements about
    how he would tackle Social Security"), none made ("made no comment on the ruling"), nor
    "made it clear", "made his views very clear", "made the case that …" (`_make_clear`). Nor
    the writer's characterisation of someone by what they say: a gerund "making" under a
    preposition or a noun ("a long history of making controversial statements", "before making a
    public endorsement of his own": a habit or a plan, not an act told), or a present perfect in
    a relative clause that describes the person ("The GOP front-runner, who has made many
    outrageous comments about Latinos, …")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if (
        obj is None
        or (verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "acl"))
        or (
            verb.dep_ == "relcl"
            and any(
                c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                for c in verb.children
            )
        )
        or obj.tag_ not in ("NN", "NNS")
        or obj.lemma_.lower() not in lexicon.SPEECH_ACT_NOUNS
        or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
        or clear_of(verb) is not None
        or any(t.lower_ in ("clear", "known") for t in verb.subtree if t.i > obj.i)
    ):
        return False
    return any(
        c.i > obj.i
        and (
            (c.dep_ == "prep" and c.lower_ in _TOLD_ABOUT and not _a_question(c))
            or (c.dep_ == "amod" and c.pos_ == "ADJ")
            or (c.dep_ == "acl" and c.tag_ == "VBG")
        )
        for c in obj.children
    )


def _a_question(prep: Token) -> bool:
    """ "statements about how he would tackle Social Security": a phrase whose object is a
    question names what the speech act was on, not what it told."""
    words = [t for t in prep.subtree if t is not prep]
    return bool(words) and (words[0].tag_ in ("WRB", "WP", "WDT") or words[0].lower_ == "whether")


def with_particle(token: Token, word: str) -> bool:
    """ "weighed in", "pushed back": a verb of `lexicon.PARTICLE_CUES` with its particle."""
    particle = lexicon.PARTICLE_CUES.get(word, ("",))[0]
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in token.children)


def _object_verb(token: Token, word: str) -> bool:
    return (
        token.pos_ == "VERB"
        and (
            word in lexicon.OBJECT_CUE_VERBS
            or word in lexicon.XCOMP_CUE_VERBS
            or word in lexicon.PREP_CUES
            or with_particle(token, word)
        )
        and not _reporting_verb(token, word)
        and not _giving_verb(token, word)
    )


def _as_verb(token: Token, word: str) -> bool:
    return (
        token.pos_ == "VERB"
        and word in lexicon.AS_VERBS
        and not _reporting_verb(token, word)
        and not _giving_verb(token, word)
        and not _object_verb(token, word)
        and not _blame_for(token, word)
    )


def _blame_for(token: Token, word: str) -> bool:
    """ "ripped FBI Director James Comey for acting as …": a verb of `lexicon.BLAME_FOR_VERBS`
    with the one blamed and a fault after "for" (`fault_for`)."""
    return token.pos_ == "VERB" and word in lexicon.BLAME_FOR_VERBS and fault_for(token) is not None


def blamed(verb: Token) -> Token | None:
    """Who is blamed: the verb's object, or the one after "into" ("ripped into Sanders")."""
    into = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" and c.i > verb.i]
    return next(
        (
            c
            for c in [*verb.children, *(o for p in into for o in p.children)]
            if c.dep_ in ("dobj", "pobj") and c.i > verb.i
        ),
        None,
    )


# What a "for" gives that is no fault: how long ("hammering Republicans for months"), how
# much, or for whom.
_NO_FAULT_ENTITIES = frozenset("DATE TIME MONEY CARDINAL QUANTITY PERCENT".split())


def fault_for(verb: Token) -> Token | None:
    """The "for" of "ripped Comey for acting …", "chastised Snyder for refusing …", "for her
    vote": after the one blamed, with a deed (a gerund, or a noun that is not a time, an
    amount or someone who can speak) for object. Not past a particle, which makes the verb
    a deed of hands ("Workers ripped up the road for repairs", "ripped off the label")."""
    from .speakers import can_speak  # speakers reads this module

    held = blamed(verb)
    if held is None or any(c.dep_ == "prt" for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        deed = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if deed is None or prep.i < held.i:
            continue
        if deed.dep_ == "pcomp" or deed.tag_ == "VBG":
            return prep
        if deed.ent_type_ in _NO_FAULT_ENTITIES or deed.like_num or can_speak(deed):
            continue
        return prep
    return None


def _cue_noun(token: Token, word: str) -> bool:
    return token.pos_ == "NOUN" and word in lexicon.CUE_NOUNS and not _reporting_verb(token, word)


def _stance_noun(token: Token, word: str) -> bool:
    """ "Trump's call for a ban", "her vow to reject"; a noun of asking with who is asked and
    what to do, or what to do ("a request for the network to give to charities",
    `shapes.asked`)."""
    stance = token.lower_ in lexicon.STANCE_NOUNS or (
        token.lower_ in lexicon.ASKING_NOUNS and shapes.asked(token) is not None
    )
    return (
        token.pos_ == "NOUN"
        and stance
        and not _reporting_verb(token, word)
        and not _cue_noun(token, word)
    )


def _stance_adjective(token: Token, word: str) -> bool:
    """ "has been sharply critical of Mr. Obama’s treatment of …": an adjective of a stance
    (`lexicon.STANCE_ADJECTIVES`) with its preposition, said of someone by a copula or of a
    noun it follows ("a Facebook post critical of the first daughters")."""
    return (
        token.pos_ == "ADJ"
        and token.dep_ in ("acomp", "amod")
        and stance_preposition(token) is not None
    )


def _clause_adjective(token: Token, word: str) -> bool:
    """ "loyalists were adamant that he has no plans to run": an adjective of a view held
    (`lexicon.CLAUSE_ADJECTIVES`) with a clause for complement (`held_clause`)."""
    return (
        token.pos_ == "ADJ"
        and token.lower_ in lexicon.CLAUSE_ADJECTIVES
        and held_clause(token) is not None
    )


def held_clause(adjective: Token) -> Token | None:
    """The clause of "confident that he will win": the adjective's, or one the parser hung on
    the copula after it ("were hopeful Tuesday that the opening day's problems would be
    forgotten"), with a subject of its own. Not a result after "enough" ("are concerned
    enough that they have begun looking …") and not under "if" ("If his core supporters were
    worried … that he was softening": no one holds it)."""
    if any(c.lower_ == "enough" for c in adjective.children):
        return None
    clauses = [c for c in adjective.children if c.dep_ == "ccomp" and c.i > adjective.i]
    head = adjective.head
    if not clauses and adjective.dep_ in ("acomp", "oprd"):
        clauses = [c for c in head.children if c.dep_ == "ccomp" and c.i > adjective.i]
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children):
        return None
    return next(
        (c for c in clauses if any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)),
        None,
    )


def stance_preposition(adjective: Token) -> Token | None:
    """The "of" of "critical of X", with its object, after the adjective."""
    words = lexicon.STANCE_ADJECTIVES.get(adjective.lower_, ())
    return next(
        (
            c
            for c in adjective.children
            if c.dep_ == "prep"
            and c.i > adjective.i
            and c.lower_ in words
            and any(o.dep_ == "pobj" for o in c.children)
        ),
        None,
    )


def _table_noun(token: Token, word: str) -> bool:
    """A noun the word lists say nothing of, with a proposition for complement
    (`shapes.PROPOSITION_SHAPES`), in a shape where PolNeAR train finds it a cue
    (`NOUN_CUE_TABLE`): "his suggestion that the rules were rigged", "expressed doubt that
    the deal would hold"."""
    if token.pos_ != "NOUN" or word not in _TABLE_NOUNS or token.lower_ in lexicon.STANCE_NOUNS:
        return False
    if _reporting_verb(token, word) or not token.doc.has_annotation("DEP"):
        return False  # a verb tagged a noun ("Trump doubts that …"); no parse, no shape
    shape = shapes.noun_shape(token)
    row = NOUN_CUE_TABLE.get((word, shape))
    return shape in shapes.PROPOSITION_SHAPES and row is not None and row[2]


# The nouns the table finds a cue with a proposition for complement, less those the word lists
# read (`_cue_noun`): the only nouns whose shape `_table_noun` reads.
_TABLE_NOUNS = (
    frozenset(
        word
        for (word, shape), (_, _, cue) in NOUN_CUE_TABLE.items()
        if cue and shape in shapes.PROPOSITION_SHAPES
    )
    - lexicon.CUE_NOUNS
)


def lends_subject(verb: Token) -> bool:
    """A verb whose subject is the source of the cue noun it takes as object ("issued a
    warning that …", "has a message for …"), as PolNeAR train finds it (`SOURCE_VERBS`);
    not "faced criticism that …", "received a warning"."""
    row = SOURCE_VERBS.get((lemma(verb), "subject"))
    return row is not None and row[2]


# What may stand between "made" and "clear": "made it clear", "made it very clear".
_CLEAR_BETWEEN = frozenset("it very quite abundantly perfectly crystal absolutely".split())


def clear_of(token: Token) -> Token | None:
    """The "clear" of "made (it) clear", if `token` is that "made"."""
    doc = token.doc
    for i in range(token.i + 1, min(token.i + 4, token.sent.end)):
        if doc[i].lower_ == "clear":
            return doc[i]
        if doc[i].lower_ not in _CLEAR_BETWEEN:
            return None
    return None


def case_that(token: Token) -> Token | None:
    """The clause of "made the case that …", "make his case to superdelegates that …",
    "making an increasingly explicit, urgent and desperate case to the party's electorate that
    …", if `token` is that "made": its object "case", then (past whom it was made to) a clause
    that "that" opens and a subject follows (`_opened_by_that`; not a relative clause on the
    case: "It’s a case that Cruz has pushed for months"). Making the case that X is arguing X:
    PolNeAR train and dev mark the pair a cue 9 times in 11, the story gold has its clause
    said 5 times in 5 (4 stories)."""
    case = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "case"), None)
    if case is None:
        return None
    for word in token.doc[case.i + 1 : token.sent.end]:
        if word.lower_ == "that":
            clause = word.head
            return clause if word.dep_ == "mark" and _opened_by_that(clause) else None
        if word.pos_ in ("VERB", "AUX") or word.is_punct:
            return None  # a "that" past another verb or a comma is that verb's or the writer's
    return None


def _make_clear(token: Token, word: str) -> bool:
    return (
        word == "make"
        and token.pos_ in ("VERB", "AUX")
        and (clear_of(token) is not None or case_that(token) is not None)
    )


# Adverbs that say a clause is what reports say: "Cowan reportedly quit earlier this month".
# PolNeAR train's first annotator marks "reportedly" a cue 19 times in 29; the story gold
# takes its clause as a statement 8 times in 9 (7 stories), the ninth on no clause ("The ad,
# reportedly to air in Miami, …"). "allegedly" is not one: the gold calls its one use the
# writer's narration ("under fire for allegedly censoring accounts").
REPORTED_ADVERBS = frozenset({"reportedly"})


def _reported_adverb(token: Token, word: str) -> bool:
    """ "ISIS reportedly claimed responsibility": the adverb on a verb with a clause of its
    own (a subject, or the subject of the verb it is joined to), not on an infinitive that
    modifies a noun ("The ad, reportedly to air in Miami")."""
    if token.lower_ not in REPORTED_ADVERBS or token.dep_ != "advmod":
        return False
    verb = token.head
    return verb.pos_ in ("VERB", "AUX") and (
        verb.dep_ == "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _to_someone(token: Token, word: str) -> bool:
    """ "To the Republican leader, it was a way to ease much of the pressure": a sentence that
    opens on "To" and someone who can speak, then a comma, tells how things look to them. The
    story gold takes the clause as theirs 3 times in 3 (3 stories); PolNeAR train's first
    annotator marks such a "To" a cue 7 times in 10 where a person or a group follows."""
    if token.lower_ != "to" or token.dep_ != "prep" or token.head.dep_ != "ROOT":
        return False
    before = [t for t in token.sent if t.i < token.i]
    if any(t.lower_ not in ("but", "and", "yet") for t in before):
        return False
    person = next((c for c in token.children if c.dep_ == "pobj"), None)
    end = token.right_edge.i + 1
    if person is None or end >= len(token.doc) or token.doc[end].text != ",":
        return False
    from .speakers import can_speak  # speakers reads this module

    return can_speak(person) and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > end for c in token.head.children
    )


# The nouns of a survey whose findings a clause can be "in": "In a Fox News poll, …".
POLL_NOUNS = frozenset({"poll", "survey"})


def _in_a_poll(token: Token, word: str) -> bool:
    """ "In an ABC News/Washington Post Poll released Sunday, three of four Americans
    disapproved …", "Clinton led Sanders more than 2-1 in an NBC News/Wall Street Journal
    poll": a clause opened or closed by "in" one poll or survey (a determiner on the singular
    noun: "in the polls" is a candidate's standing, not a finding) is that poll's finding. The
    story gold takes 11 of the 12 clauses so read as attributions (6 stories), the twelfth a
    writer's claim "borne out in" a poll; PolNeAR train's first annotator marks "in" a cue 29
    times in 58 before a singular poll noun that is not a bare "the poll", 13 times in 98
    otherwise (most of them "in the polls")."""
    return token.lower_ == "in" and poll_phrase(token) is not None


def poll_phrase(token: Token) -> tuple[Token, str] | None:
    """The poll of "in a poll" (`_in_a_poll`) and where the phrase stands in its clause:
    "opens" (the sentence begins with it, then a comma) or "closes" (a clause before it, and
    after it the sentence's end or an aside with no subject of its own: ", his worst showing
    in the survey in two years")."""
    if token.dep_ != "prep":
        return None
    poll = next((c for c in token.children if c.dep_ == "pobj"), None)
    if (
        poll is None
        or poll.lemma_.lower() not in POLL_NOUNS
        or poll.tag_ not in ("NN", "NNP")
        or not any(c.dep_ in ("det", "poss") for c in poll.children)
    ):
        return None
    sentence = token.sent
    end = token.right_edge.i + 1
    before = [t for t in sentence if t.i < token.i and not t.is_space]
    if all(t.lower_ in ("but", "and", "yet") for t in before):
        after = [t for t in sentence if t.i > end and not (t.is_punct or t.is_space)]
        if end < sentence.end and token.doc[end].text == "," and after:
            return poll, "opens"
        return None
    if _bare(poll):
        # "… with 6 percent in the poll": a bare "the poll" names no poll; only opening a
        # sentence ("In the poll, Gingrich garnered 11 percent") does it go back to the one
        # just named, as `results` reads it
        return None
    rest = [t for t in sentence if t.i >= end and not t.is_space]
    if rest and not rest[0].is_punct:
        return None
    if rest and rest[0].text not in (",", ".", "!", "?"):
        return None
    if rest and rest[0].text == "," and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in rest):
        return None
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in before):
        return None
    return poll, "closes"


def _bare(poll: Token) -> bool:
    """ "the poll", "this survey", "the new poll": a definite poll noun with no capitalised
    word before it to say whose it is ("the new Post-ABC poll")."""
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in poll.children
    ) and not any(
        t.text[:1].isupper() and t.pos_ != "ADJ"
        for c in poll.children
        if c.i < poll.i and c.dep_ != "det"
        for t in c.subtree
    )


# The nouns of a view held or of words said that a clause can be "in": "In Ash's view, …",
# "in the words of a senior adviser".
VIEW_NOUNS = frozenset("view opinion estimation judgment judgement words".split())
# What may stand before a phrase opening its sentence: "But in his view, …".
_JOINERS = frozenset(("but", "and", "yet"))


def _in_ones_view(token: Token, word: str) -> bool:
    return token.lower_ == "in" and view_phrase(token) is not None


def view_phrase(into: Token) -> tuple[Token, str] | None:
    """Who holds the view of "In Ash's view, the change would have a profound impact …", "The
    only other necessary action, in Professor Knittel's view, would be …", "“… it’s an
    across-the-board failure” from diplomacy to the defense budget, in Bolton’s view." or says
    the words of "Clinton was, in the words of a senior adviser, ''the torchbearer'' of his
    legacy", and where the phrase stands: "opens" the sentence (then a comma) or sits "inside"
    its main clause between commas, on the sentence's main verb; or "closes" the sentence
    after a comma, as "according to X" does. Its noun of a view or of words has someone who
    can speak for its owner ("Ash's", "his") or after its "of". The story gold takes the
    clause as theirs 7 times in 7 (6 stories). Not a view the writer holds ("In my view", "in
    the view of many of us"), nor one inside what a verb reports ("He also says the email
    scandal … was dealt with appropriately in his view": the verb's speaker's), nor a phrase
    not set off ("in the public's mind", "in his view of the case": a view held of something,
    no words told)."""
    from .speakers import can_speak  # speakers reads this module

    if into.dep_ != "prep":
        return None
    noun = next((c for c in into.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lower_ not in VIEW_NOUNS:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    if holder is not None:
        of = []  # "in his view of the case": a view held of something, its owner the holder
    elif of:
        holder = next((c for c in of[0].children if c.dep_ == "pobj"), None)
    if holder is None or not can_speak(holder):
        return None
    if any(t.lower_ in lexicon.FIRST_PERSON for t in holder.subtree):
        return None
    if any(c.dep_ == "prep" and c not in of for c in noun.children):
        return None  # "in his view of the case"
    if any(construction(t) is not None for t in into.ancestors):
        return None  # "In their view, they argue that …", "says … in his view": the verb's
    sentence = into.sent
    before = [t for t in sentence if t.i < into.i and not t.is_space]
    while before and before[-1].text in lexicon.CLOSING_QUOTES:
        before.pop()  # "doesn't like “surprises,” in the words of …": the quote's comma
    after = [t for t in sentence if t.i > into.right_edge.i and not t.is_space]
    if before and before[-1].text == "," and all(t.is_punct for t in after):
        return holder, "closes"
    main = into.head.dep_ == "ROOT" and into.head.pos_ in ("VERB", "AUX")
    if not main or not after or after[0].text not in (",", ";"):
        return None
    if all(t.lower_ in _JOINERS for t in before):
        return holder, "opens"
    return (holder, "inside") if before[-1].text == "," else None


def _cast_by(token: Token, word: str) -> bool:
    return cast_by(token) is not None


def cast_by(verb: Token) -> tuple[Token, Token | None] | None:
    """Whose view is "an option seen by organizers as a “lifeboat” for conservatives", "Some
    Republican gun control measures - deemed insufficient by Democrats - have also failed",
    "the Constitution’s right to bear arms, considered sacrosanct by gun advocates": a past
    participle of a verb that casts its object (`lexicon.CAST_VERBS`) hung on a noun, with
    "by" someone who can speak and what the noun is cast as (an "as" phrase, on the verb or on
    the one after "by", or a predicate: "called a disaster by Republicans"). The one after
    "by", and that "as" (None for a predicate). Not a participle with no "as" or predicate
    ("The country described by the president on Tuesday night …", "the memo seen by Reuters":
    what was done, no view told), nor a writer's own "by me" or "by us"."""
    from .speakers import can_speak  # speakers reads this module

    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBN", "VBD")
        or lemma(verb) not in lexicon.CAST_VERBS
        or verb.head.pos_ not in ("NOUN", "PROPN")
        or verb.i < verb.head.i
    ):
        return None
    by_word = next(
        (c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")),
        None,
    )
    who = next((c for c in by_word.children if c.dep_ == "pobj"), None) if by_word else None
    if who is None or not can_speak(who) or who.lower_ in lexicon.FIRST_PERSON:
        return None
    as_ = next((c for c in (*verb.children, *who.children) if _cast_as(c)), None)
    predicate = ("oprd", "dobj") if lemma(verb) in _NAMING_VERBS else ("oprd",)
    if as_ is None and not any(c.dep_ in predicate for c in verb.children):
        return None
    return who, as_


def _cast_as(word: Token) -> bool:
    """An "as" phrase that says what something is cast as ("seen by organizers as a
    “lifeboat”"), not one of time, example or part ("the memo seen by Reuters as of Tuesday",
    "analysts such as Smith", "considered by the Senate as part of the budget bill")."""
    if word.dep_ != "prep" or word.lower_ != "as" or not any(word.children):
        return False
    doc = word.doc
    after = doc[word.i + 1].lower_ if word.i + 1 < len(doc) else ""
    before = doc[word.i - 1].lower_ if word.i else ""
    return after not in ("of", "part", "well", "such") and before != "such"


# Verbs of naming, whose participle the parser may give the name as an object: "The plan,
# called a disaster by Republicans, …".
_NAMING_VERBS = frozenset("call brand label dub term".split())


CONSTRUCTIONS: tuple[tuple[str, Callable[[Token, str], bool]], ...] = (
    ("cast by", _cast_by),
    ("according to", _according_to),
    ("reporting verb", _reporting_verb),
    ("giving verb", _giving_verb),
    ("object verb", _object_verb),
    ("as verb", _as_verb),
    ("blame for", _blame_for),
    ("cue noun", _cue_noun),
    ("stance noun", _stance_noun),
    ("stance adjective", _stance_adjective),
    ("clause adjective", _clause_adjective),
    ("table noun", _table_noun),
    ("make clear", _make_clear),
    ("reported adverb", _reported_adverb),
    ("to someone", _to_someone),
    ("in a poll", _in_a_poll),
    ("in one's view", _in_ones_view),
)


def construction(token: Token) -> str | None:
    """The construction `token` is the cue of, if any: by the word lists, then by what PolNeAR
    train says of the verb in its shape (`verdict`): a pair it finds no cue is none, a pair it
    finds a cue is one even where the lists lack the word."""
    word = lemma(token)
    if approves_someone(token, word):
        return None
    found = [name for name, test in CONSTRUCTIONS if test(token, word)]
    said = verdict(token, word)
    if found and said is False and found[0] in _TABLE_DECIDES and put_at(token) is None:
        return None
    if not found and table_cue(token, word):
        return _BY_SHAPE.get(shapes.shape(token).partition(":")[0], "object verb")
    if not found and said_after_a_quote(token, word):
        return "reporting verb"
    return found[0] if found else None


# Verbs of telling a thing true whose other sense approves a person: "confirm" a nominee.
_APPROVING_VERBS = frozenset(("confirm",))


def approves_someone(verb: Token, word: str) -> bool:
    """A verb of `_APPROVING_VERBS` whose object is a person, with no clause of what is told:
    "Democrats controlled the Senate and had confirmed 68 judicial nominees by this point",
    "Republicans are already confirming judges at the slowest pace in more than 50 years"
    (the story gold: the writer's narration of votes, no statement, 2 figures in 1 story), "to
    confirm Judge Gorsuch": a vote on a nominee, not a fact told. Not "confirmed the meeting",
    "confirmed his death" or "confirmed that the judge resigned", which tell something true
    (the passive, "was confirmed by the Senate", is read where its agent is)."""
    if word not in _APPROVING_VERBS or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and _a_person_word(c) for c in verb.children)


def a_person(token: Token) -> bool:
    """A person's name or a pronoun for one."""
    return token.ent_type_ == "PERSON" or token.lower_ in lexicon.PERSON_PRONOUNS


def _a_person_word(token: Token) -> bool:
    """A name of a person, a pronoun for one (`a_person`) or a noun for one ("judges",
    "nominees")."""
    return a_person(token) or (
        token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.PERSON_NOUNS
    )


def table_cue(token: Token, word: str) -> bool:
    """A cue by the table alone: a verb the word lists say nothing of ("hit Clinton for her
    vote", "vouched for him"), in a shape PolNeAR train finds a cue. A verb the lists name
    keeps their reading: "seemed to" passes to the verb it raises (`RAISING_VERBS`: PolNeAR
    marks the writer's own hedge, 57 times in 79), "push" is a cue only with "back"
    (`PARTICLE_CUES`: PolNeAR marks "pushing for" 12 times in 16, the story gold calls it
    advocacy)."""
    if word in _LISTED or not verdict(token, word):
        return False
    if shapes.shape(token) == "obj:speech":
        # "released a statement saying …" says what; "released a 225-page report on school
        # safety" and "walked back his remarks" hand over or take back a speech act whose
        # words the text gives elsewhere, if at all (as "issued a statement" does)
        obj = next(c for c in token.children if c.dep_ in ("dobj", "dative") and c.i > token.i)
        return any(c.dep_ in ("acl", "relcl", "ccomp") for c in obj.children)
    return True


# What a verb that tells how a quote was said may take after it: where, when, how, to whom
# ("exclaimed upon seeing him", "beamed Donald Hartley of Madison, Alabama, who …").
_HOW_SAID = frozenset("prep advmod npadvmod advcl agent punct cc conj relcl acl".split())


def said_after_a_quote(token: Token, word: str) -> bool:
    """ "“This is fantastic!” beamed Donald Hartley", "“Oh, my God,” a young woman exclaimed
    upon seeing him", "“Gun owners should leave their weapons at home,” opined Cleveland's
    Plain Dealer": a verb the word lists and the cue table say nothing of, as the sentence's
    own verb in the clause that a quote closing on a comma, "!" or "?" opens, with no object
    or clause of its own and a subject that can speak or is a document (after it, as English
    puts it when the quote comes first, or before it): the verb tells how the quote was said.
    PolNeAR train annotates the quote as content every time this reads it (8 of 8 in the
    first 434 articles: "beamed", "barked", "retaliated", "fumed", …; after a quote closing so,
    its text shows a verb with no object before content 94 times in 102, the rest titles with
    an object: "“Scandal,” thanked Obama"); the story gold has such quotes said in 4 stories,
    none a not-statement."""
    from .speakers import can_speak, inverted_after_quote  # speakers reads this module

    if (
        token.pos_ != "VERB"
        or token.tag_ not in ("VBD", "VBZ", "VBP")
        or token.dep_ != "ROOT"
        or word in _LISTED
        or verdict(token, word) is False
    ):
        return False
    # what the verb takes, past the quote's words the parser may hang on it
    others = [
        c
        for c in token.children
        if c.dep_ not in _HOW_SAID and (c.i > token.i or c.dep_ == "nsubj")
    ]
    subject = next((c for c in others if c.dep_ == "nsubj"), None)
    if subject is None:
        # "“…,” opined Cleveland's Plain Dealer": the subject after the verb, which the parser
        # may take for its object
        subject = inverted_after_quote(token)
    if subject is None or any(c not in (subject, *subject.subtree) for c in others):
        return False
    doc = token.doc
    start = min(token.i, subject.left_edge.i)
    if start < token.sent.start + 2:
        return False
    closing, before = doc[start - 1], doc[start - 2]
    if closing.text not in lexicon.CLOSING_QUOTES or before.text not in (",", "!", "?"):
        return False
    if subject.dep_ != "nsubj" and not _a_long_quote(doc, start - 1):
        return False  # "“Scandal,” thanked Obama": a title, and who was thanked
    from .content import is_document  # content reads this module

    return can_speak(subject) or is_document(subject)


def _a_long_quote(doc: Doc, closing: int) -> bool:
    """The quote closing at `closing` holds at least four words (a title is shorter)."""
    words = 0
    for token in reversed(doc[:closing]):
        if token.text in QUOTE_OPENING:
            return words >= 4
        words += not token.is_punct
    return False


# The marks that close and open a quote, as the parser leaves them.
QUOTE_OPENING = frozenset(("“", '"', "''", "‘"))


def verdict(token: Token, word: str) -> bool | None:
    """What PolNeAR train says of `token`, a verb, in its complement shape (`cue_table`): a
    cue (True), no cue (False), or nothing (None: too rare, or annotated either way)."""
    if token.pos_ != "VERB":
        return None
    key, shape = shapes.key(token, word), shapes.shape(token)
    row = CUE_TABLE.get((key, shape))
    if shape != "as" and shapes.as_elsewhere(token) is not None:
        # "are seen by many Democrats as giveaways": an "as" the parser hung on the object or
        # the one after "by", which the table counts under the verb's other complements
        # ("see", "none": 9 cues in 59, mostly "we'll see"); what it says of the verb with
        # "as", else only a cue it finds there ("bemoaned the decision as a giveaway")
        row = CUE_TABLE.get((key, "as")) or (row if row is not None and row[2] else None)
    if row is None and shape == "clause" and key not in COMMON_CLAUSE_VERBS and said_that(token):
        # a verb PolNeAR train shows too rarely with a clause to say alone ("alerted reporters
        # that …", "have certified that …"): what it says of all such verbs together
        row = RARE_CLAUSE_VERBS
    return None if row is None else row[2]


def said_that(verb: Token) -> bool:
    """ "The committee alerted reporters that …", "Officials have certified that …": a clause
    that "that" opens after the verb, a subject that can speak (`speakers.can_speak`), only
    people told between the two, and no "after", "when" or "because" opening the verb's own.
    The cue table pools the verbs it sees rarely with a clause where this holds
    (`RARE_CLAUSE_VERBS`)."""
    from .speakers import can_speak  # speakers reads this module

    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not can_speak(subject) or any(c.dep_ == "mark" for c in verb.children):
        # no verb of a time or a cause ("said after the reports broke that he would …")
        return False
    # an object between that is no one told: the clause is the object's, hung on the verb by
    # the parser ("fueled fears in the 1950s that Communist spies had infiltrated …")
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and _opened_by_that(c)
        and all(can_speak(o) for o in verb.children if o.dep_ == "dobj" and o.i < c.i)
        for c in verb.children
    )


def _opened_by_that(clause: Token) -> bool:
    """ "that Obama was born in that state": "that", then the clause's subject; not "that" of a
    time the parser made the mark ("earned $13 million … that May; Mr. Clinton listed …")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i + 1 == subject.left_edge.i
        for m in clause.children
    )


# Every verb the word lists have a reading of.
_LISTED = (
    CUE_LEMMAS
    | lexicon.AS_VERBS
    | lexicon.BLAME_FOR_VERBS
    | lexicon.GIVING_VERBS
    | lexicon.RAISING_VERBS
    | lexicon.PLAN_VERBS
    | lexicon.STANCE_VERBS
    | lexicon.TOPIC_VERBS
    | frozenset(lexicon.PARTICLE_CUES)
)
# The constructions of verbs, which the table may overrule.
_TABLE_DECIDES = frozenset(("reporting verb", "giving verb", "object verb", "as verb"))
# The construction of a verb the table alone makes a cue, by its shape.
_BY_SHAPE = {"clause": "reporting verb", "quote": "reporting verb", "none": "reporting verb"}
_BY_SHAPE["as"] = "as verb"


def speech_cue(doc: Doc, cue: tuple[int, int] | None) -> bool:
    """A cue that reports speech ("said", "saying", ":"), not a stance ("wants")."""
    if cue is None:
        return True
    span = doc.char_span(*cue, alignment_mode="expand")
    if span is None or not span.text.strip(" :"):
        return True
    return lemma(span.root) in lexicon.SPEECH_VERBS


def framing_cue(doc: Doc, cue: tuple[int, int] | None) -> bool:
    """A cue of what someone wants, plans or refuses ("refused", "wants") or knows or believes
    ("would have known", "thinks"), not a claim: what they said inside it ("known Flynn lied …
    when he asked Comey to lay off …") is a second act of theirs."""
    root = _root(doc, cue)
    return root is not None and lemma(root) in _FRAMING_VERBS


_FRAMING_VERBS = lexicon.PLAN_VERBS | lexicon.BELIEF_VERBS


def aside_cue(doc: Doc, cue: tuple[int, int] | None) -> bool:
    """A cue in an "as" aside after what it is about: "calling the senator a liar, as he has
    alleged before": the aside says he said so before, the clause is still what he did now."""
    root = _root(doc, cue)
    return root is not None and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < root.i for c in root.children
    )


def _root(doc: Doc, cue: tuple[int, int] | None) -> Token | None:
    span = doc.char_span(*cue, alignment_mode="expand") if cue is not None else None
    return span.root if span is not None else None
