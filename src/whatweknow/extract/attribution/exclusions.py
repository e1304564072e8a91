"""What a cue finds that is not a statement, and a statement the text denies was made.

A statement is a claim, belief, accusation, denial, warning, question or report by a source.
Each row of `NOT_STATEMENTS` names a kind of sentence a cue also finds that is none of those,
with its test; a candidate any test fits is dropped, so the order of the rows does not matter.
`negated` marks a statement the text says was not made ("did not say that …").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ... import lexicon
from . import cues, shapes
from .content import Span, no_sign_that, resuming_noun
from .context import EDGE, Candidate, Context
from .speakers import can_speak, evidence, gone_so_far
from .syntax import (
    FINITE_TAGS,
    SUBJECTS,
    answer_after_asked,
    finite,
    has_to,
    object_after,
    passive,
    phrase_of_object,
    words_given_after,
)

# The dependencies a clause climbs through to the verb it belongs to (not "conj": a second
# verb of the same subject is its own act).
_UP = frozenset("ccomp xcomp advcl pcomp pobj prep".split())  # not a relative clause: its
# own speaker asserts it ("whether he had anything in his hands, which he said were …")
# Refusing to speak is a negated report, not a plan: "declined to say whether", "refused to say";
# refusing to talk about a topic says nothing at all (`_declined_to_talk`).
_REFUSALS = frozenset("decline refuse".split())
_SPEAKING = lexicon.SPEECH_VERBS | frozenset(
    "comment discuss elaborate answer speculate specify talk speak identify name disclose".split()
)
_WITHHOLDING = lexicon.WITHHOLDING_VERBS
# Stance verbs that are speech acts: a denied one ("didn't recommend any specific kind of
# firearm", "have not announced any increased security measures") is a report the text
# denies, kept and marked negated, not an act toward a thing.
_SAYING_STANCES = frozenset("propose announce recommend mention identify describe list".split())
# Verbs of answering: not done, nothing was said ("did not respond to questions").
_ANSWERS = frozenset("respond reply answer".split())
# Particles that turn a cue verb into an act: "Hutchinson called up Mark Mattioli" (phoned
# him), "called off the parade", "called in the Guard", "called back the reporter", "were
# scrambling to figure out what … they could do", "trying to find out who fired", "tried to
# back up that statement by saying …" (what he said is the "saying"). Speech keeps
# its particle: "pointed out that …", "called out", "spoke out".
_ACTION_PARTICLES = {
    "call": frozenset("up off in back".split()),
    "back": frozenset({"up"}),  # "tried to back up that statement … by saying": support
    "figure": frozenset({"out"}),
    "find": frozenset({"out"}),
}


def _plan(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "wants to build a wall", "sought to curb immigration", "refused to sign the bill", "plans
    a vote": what someone wants, plans, tries or refuses to do (a refusal to speak is not one:
    `negated`, `_declined_to_talk`)."""
    if cues.lemma(cue) not in lexicon.PLAN_VERBS or _refusal_to_speak(cue):
        return False
    if no_sign_that(cue) is not None:
        return False  # "offered no indication that …": what was not said
    after = [c for c in cue.children if c.i > cue.i]
    if any(c.dep_ == "ccomp" for c in after):
        return False  # "agreed that …", "hopes that …", "expects them to become …"
    obj = object_after(cue)
    if obj is not None and obj.lemma_.lower() in lexicon.SPEECH_ACT_NOUNS:
        return False  # "offered his assessment of …": a speech act given, not an offer
    wanted = next((c for c in after if c.dep_ == "xcomp"), None)
    # "wants Congress to act": a demand on others
    return obj is None or wanted is None


def _refusal_to_speak(cue: Token) -> bool:
    """ "declined to comment", "refused to disclose his records"."""
    return cues.lemma(cue) in _REFUSALS and any(
        c.dep_ == "xcomp" and cues.lemma(c) in _SPEAKING for c in cue.children
    )


# Nouns of refusing, whose infinitive tells what was refused ("Trump's refusal to endorse Ryan").
_REFUSAL_NOUNS = frozenset({"refusal"})
# Speech acts of condemning or disputing, outside `_SPEAKING` and the reporting verbs, that a
# refusal holds back as "refused to condemn the remarks" does (a negated statement, `_withheld`).
_CONDEMNING = frozenset("condemn denounce decry dispute".split())


def _refused_act(cue: Token) -> Token | None:
    """The infinitive a refusal named by a noun refuses: "endorse" of "Trump's refusal to
    endorse Ryan"."""
    if cue.pos_ != "NOUN" or cue.lemma_.lower() not in _REFUSAL_NOUNS:
        return None
    return next((c for c in cue.children if c.dep_ in ("acl", "xcomp") and has_to(c)), None)


def _refusal_noun_to_speak(cue: Token) -> bool:
    """ "her refusal to say where she stood", "his refusal to acknowledge the court's role",
    "Trump's refusal to condemn the remarks": words held back, as "refused to say" holds them
    (`negated`)."""
    act = _refused_act(cue)
    return act is not None and (
        cues.lemma(act) in _SPEAKING
        or cues.lemma(act) in lexicon.REPORTING_VERBS
        or cues.lemma(act) in _CONDEMNING
    )


def _refusal_to_act(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Trump's refusal to endorse Ryan", "the FBI's refusal to prosecute Clinton", "his
    refusal to give hearings to Garland": a refusal named by a noun tells what someone will
    not do, as "refused to endorse" does (`_plan`), no words said (the story gold's "action":
    3 stories). A refusal to speak or to report ("her refusal to say where she stood", "his
    refusal to acknowledge the court's role", "Trump's refusal to condemn the remarks") is
    still about words held back: a statement the text denies (`_refusal_noun_to_speak`)."""
    return _refused_act(cue) is not None and not _refusal_noun_to_speak(cue)


# Verbs of talking about a topic: refused, they leave a topic and no claim, not even one denied.
_TALKING = lexicon.TOPIC_VERBS | frozenset("comment elaborate weigh".split())
# Verbs of giving what was asked for, an answer or a name: refused with a plain object ("refused
# to answer any question directly", "declined to name the three delegates", "declined to
# identify any individuals involved"), they hold back what was asked, no claim.
_GIVING_WHAT_WAS_ASKED = frozenset("answer name identify".split())


def _declined_to_talk(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "A spokesman for Mr. Clinton declined to comment.", "declined to comment on the reaction
    to Trump's appearance", "declined to elaborate on his planned message", "declined to weigh
    in on the merits": a refusal to talk about a topic says nothing (the story gold's "refusal to
    comment, no content", in 5 stories), for the refusal's cue and the talking verb's alike. One
    that holds back a claim, "refused to say he supports …", stays a negated statement. So
    for a refusal named by a noun: "her refusal to comment" says nothing. So too a refusal to
    give what was asked for ("refused to answer questions on who Cameron would like to see
    win", "declined to name the three delegates", "declined to identify any individuals
    involved in the writing of Melania Trump's speech": the story gold's "refusal, no
    content", 5 stories); with a clause ("declined to identify who …") it holds back a claim."""
    if cues.lemma(cue) in _REFUSALS:
        talk = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    elif cue.pos_ == "NOUN" and cue.lemma_.lower() in _REFUSAL_NOUNS:
        talk = _refused_act(cue)
    elif cue.dep_ == "xcomp" and cues.lemma(cue.head) in _REFUSALS:
        talk = cue
    else:
        return False
    return (
        talk is not None
        and cues.lemma(talk) in _TALKING | _GIVING_WHAT_WAS_ASKED
        and not any(c.dep_ in ("ccomp", "csubj") for c in talk.children)
        and not any(ctx.overlaps_quote(s, e) for s, e in candidate.content)
    )


def _called_alone(ctx: Context, cue: Token) -> Token | None:
    """ "A year later, Mr. Obama called Naghmeh Abedini.", "Canova said he … never called a
    donor to ask for money", "On Friday night, Palin called a pro-Trump delegate candidate,
    Clara Powers, and encouraged her to take the slot": a call made to one person or body.
    The parser makes the one called a predicate with no object before it, the shape of "called
    him a liar" (PolNeAR train: 3 articles, each read as a naming). A predicate is the second
    of two noun phrases: "called Oz a quack", "called the mogul turned candidate an obvious
    phony" (a determiner inside), "Biden calls Trump risk to U.S." (a name before a common
    noun), "called Braynard “a real smart guy.”" (quoted), "called bigoted" (an adjective);
    with none of these the one noun phrase is whom the call went to. Not where the verb has
    an object or a passive subject elsewhere ("which he called a hoax", "was called a liar")."""
    if cue.dep_ in ("relcl", "acl") or any(
        c.dep_ in ("dobj", "dative", "nsubjpass", "attr") for c in cue.children
    ):
        return None
    predicates = [c for c in cue.children if c.dep_ == "oprd" and c.i > cue.i]
    if len(predicates) != 1 or predicates[0].pos_ not in ("NOUN", "PROPN"):
        return None
    called = predicates[0]
    words = [t for t in called.subtree if t.dep_ not in ("appos", "punct") and t.i <= called.i]
    if any(ctx.inside_quote(t) or t.is_quote for t in called.subtree):
        return None
    if any(t.dep_ in ("det", "poss") and t.i > called.left_edge.i for t in words):
        return None  # "called Oz a quack": a second noun phrase begins inside
    if called.pos_ == "NOUN" and any(t.pos_ == "PROPN" for t in words[:1]):
        return None  # "calls Trump risk": a name, then what it is called
    return called


def _stance_toward_a_thing(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "praised the president", "rejected the offer", "announced her bid", "issued a
    statement", "offered support", "acknowledged them", "discussed the possibility of …": an
    act toward a thing or a topic, no claim about it. A clause, a predicate or a reason
    ("denounced the offer as …", "criticized Colorado for not tracking …") or quoted words
    make it one."""
    lemma = cues.lemma(cue)
    tokens = [t for t in cue.sent if any(s <= t.idx < e for s, e in candidate.content)]
    if lemma == "refer" and _explains_words(cue) and _pointed_at_only(ctx, cue, tokens):
        # what words pointed at, told by the writer, quoted words in it included ("referring
        # to more Trump appearances in ''formal settings''"); "as" casts it as something
        return not any(_casts_as(t) and not _in_a_relative(t, cue) for t in tokens)
    if any(ctx.overlaps_quote(s, e) for s, e in candidate.content):
        return False
    if lemma in _SAYING_STANCES and negated(cue):
        return False
    if lemma in lexicon.TOPIC_VERBS:
        if side_taken(cue) is not None:
            return words_given_after(cue)
        return not any(c.dep_ in ("ccomp", "csubj") for c in cue.children)
    if lemma == "refer":
        # "he told reporters, referring to an exchange with Speaker Nancy Pelosi", "Ryan
        # referred to the weight on Biden's shoulders": what the words were about, the
        # writer's gloss; "referred to Rubio as a bright, charismatic leader" says what of it
        return not any(_predicates(t) for t in tokens)
    obj = object_after(cue)
    if obj is None and lemma == "call" and (called := _called_alone(ctx, cue)) is not None:
        # "A year later, Mr. Obama called Naghmeh Abedini.": a call made to whom the parser
        # took for a predicate
        return {t.i for t in called.subtree} >= {t.i for t in tokens}
    if obj is None and lemma in _SIDING:
        gerund = _gerund_after(cue)
        if gerund is not None:
            # "Mr. Cruz supports squeezing out undocumented immigrants by tightening
            # enforcement", "He also supports expanding foreign worker visa programs", "Mr.
            # Enzi opposes legalizing same-sex marriage": a side taken on an act, as "supports
            # a path to legal status" (the story gold's "writer's description of a policy
            # position", "writer's narration of a stance": 3 stories); a clause in it says
            # what of it
            inside = {t.i for t in gerund.subtree}
            return inside >= {t.i for t in tokens} and not any(
                t.dep_ in ("ccomp", "csubj") for t in gerund.subtree
            )
    if obj is None or any(_predicates(t) and not _in_a_relative(t, cue) for t in tokens):
        return False
    if shapes.shape(cue) == "as":
        return False  # "called the idea illegal and offensive": the adjective parsed on the noun
    bare = {t.i for t in obj.subtree} >= {t.i for t in tokens}
    if lemma == "call":
        # "Mateen also called 911", "Ms. Lane called the sheriff on Sunday night": a call
        # made; "called the deal a disaster" names it (the predicate is in what it takes)
        if any(ctx.inside_quote(t) for t in cue.subtree if t.i > obj.i):
            return False  # "called his rhetoric “well over the line.”"
        when = {
            t.i
            for c in cue.children
            if c.i > obj.i
            and (
                c.dep_ in ("npadvmod", "advmod", "cc")
                or (
                    c.dep_ in ("prep", "conj")
                    and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
                )
            )
            for t in c.subtree
        }
        return {t.i for t in obj.subtree} | when >= {t.i for t in tokens}
    if obj.lower_ in lexicon.PERSON_PRONOUNS | lexicon.GROUP_PRONOUNS:
        return bare  # "acknowledged them"; "accused him of wrongdoing" says what
    if lemma in lexicon.GIVING_VERBS:
        # "offered his assessment of Super Bowl 50" says what; "issued a statement" does not
        # (or "expressed sympathy for her sentiments", the phrase hung on the verb)
        return not any(
            c.dep_ in ("prep", "acl", "relcl") and c.i > obj.i for c in obj.children
        ) and (
            obj.lemma_.lower() not in lexicon.SPEECH_ACT_NOUNS or phrase_of_object(cue, obj) is None
        )
    if (
        lemma in _ACCOUNTS
        and not has_to(cue)
        and any(c.dep_ in ("prep", "acl", "relcl") for c in obj.children)
        and obj.lemma_.lower() not in _NO_ACCOUNT
    ):
        # "Rekola also described in detail the congressman’s alleged abusive behavior toward
        # staff members", "He mentioned freedom of religion taken from parishioners killed at a
        # South Carolina church": an account of something; but "described the plan" tells
        # nothing of it, "spoke on the condition of anonymity to describe sensitive
        # discussions" gives no account, and "mentioned Clinton’s remarks" or "the Wisconsin
        # Republican’s name" point to words without telling them
        return False
    word = obj.lemma_.lower()
    if (
        lemma in _REPEATING
        and word in lexicon.SPEECH_ACT_NOUNS
        and not any(c.dep_ == "poss" for c in obj.children)
    ):
        # "Mr. Sasse echoed that sentiment": he said it again; "Mike Elliott echoed Tvert's
        # sentiments" points to another's words, which the text goes on to give (a framing in
        # the BASIL story gold)
        return False
    return lemma in lexicon.STANCE_VERBS and (
        word not in lexicon.PROPOSITION_NOUNS or _criminal_charges(obj)
    )


def side_taken(verb: Token) -> Token | None:
    """The "against" of "has spoken out against the measure", "has spoken against Mr. Cruz",
    "speaking out against the bill", or the "for" of "spoke out for ''shotgun marriages''": a
    verb of talking (`lexicon.TOPIC_VERBS`) with a side taken says what of its object, as
    "railed against" does, where "spoke about the bill" names a topic. "for" only after "out":
    "Ben Carson spoke for Trump" (on his behalf), "spoke for 45 minutes", "let the post speak
    for itself" take no side. The story gold calls the side a statement in 6 stories and a
    not-statement in none; this finds it in 4 (BASIL 58ed2376, 11c9f251; PolNeAR
    schlafly-2016-09, iowa-2016-02), where its speaker is one who can speak and the parse no
    passive ("he’s spoken out against …", `syntax.has_read_as_is`). "Against" a backdrop
    sets the scene ("He spoke against the majestic bronze backdrop of the museum": The New
    York Times, 2016), and "for" a time tells when ("spoke out for the first time since the
    election"): no side."""
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.i > verb.i
            and (c.lower_ == "against" or (out and c.lower_ == "for"))
            and any(
                o.dep_ == "pobj"
                and o.lemma_.lower() not in lexicon.SETTING_NOUNS
                and not _a_time(o)
                for o in c.children
            )
        ),
        None,
    )


def _a_time(noun: Token) -> bool:
    """ "spoke out for the first time since the election", "spoke out for 45 minutes": a time
    or a stretch of it, no side."""
    return noun.lemma_.lower() == "time" or noun.ent_type_ in ("DATE", "TIME")


# Verbs of taking a side, for or against: with an act for object ("supports expanding visa
# programs", "opposes legalizing same-sex marriage") a stance, no claim. Not the stance verbs
# that tell of words given about the act: "defended keeping the embargo", "recommended
# requiring background checks", "described being at Joint Base Andrews" (statements in the
# story gold).
_SIDING = frozenset("support back endorse oppose".split())


def _gerund_after(verb: Token) -> Token | None:
    """The gerund a verb takes for its object, with no subject nor "to" of its own:
    "supports expanding foreign worker visa programs"."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "ccomp")
            and c.i > verb.i
            and c.tag_ == "VBG"
            and not any(g.dep_ in (*SUBJECTS, "aux", "mark") for g in c.children)
        ),
        None,
    )


def _act_named_by_a_noun(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Grassley downplayed Trump's attack on a federal judge's Mexican heritage", "She
    needs to calibrate her attacks on Sanders", "His rejection of those measures left …": a
    noun of an act against or for a thing (`lexicon.ACT_NOUNS`) with a bare object names the
    act, as "praised the president" does (`_stance_toward_a_thing`), and says nothing of it.
    Quoted words, a predicate or a clause ("Her attack on Sanders … as an opponent of the
    auto bailout"), a reason ("her attacks on Sanders for …") or a claim for object ("his
    rejection of the claim") make it one."""
    if cue.pos_ != "NOUN" or cue.lower_ not in lexicon.ACT_NOUNS:
        return False
    if any(ctx.overlaps_quote(s, e) for s, e in candidate.content):
        return False
    words = lexicon.STANCE_NOUNS.get(cue.lower_, ())
    prep = next(
        (c for c in cue.children if c.dep_ == "prep" and c.lower_ in words and c.i > cue.i), None
    )
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None:
        return False
    after = [t for t in cue.subtree if t.i > cue.i]
    if any(_predicates(t) and not _in_a_relative(t, cue) for t in after):
        return False
    if any(t.dep_ == "prep" and t.lower_ == "for" and t.head == cue for t in after):
        return False  # "her attacks on Sanders for …": what he is blamed for
    return obj.lemma_.lower() not in lexicon.PROPOSITION_NOUNS or _criminal_charges(obj)


# Verbs whose plain object is a thing someone recognises: done, a statement in PolNeAR train
# ("acknowledge", "obj": 15 cues in 22) and in the story gold ("acknowledged the president's
# change, but said …").
_RECOGNISING = frozenset({"acknowledge"})


def _recognition_to_come(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "took the stage Tuesday night to acknowledge his victory", "gave Trump its award in
    part to acknowledge his ability to raise money", "will almost certainly force Sen. Bernie
    Sanders to acknowledge a hard reality": an infinitive of a purpose or of what someone is
    made to do, with a plain object, tells what is meant or bound to happen, no words anyone
    said (the story gold's "writer's prediction" or no statement, 3 stories). Under a verb of
    holding back it is a report withheld ("refused to acknowledge the court's role")."""
    if cues.lemma(cue) not in _RECOGNISING or not _still_ahead(cue):
        return False
    obj = object_after(cue)
    if obj is None or not has_to(cue) or cues.lemma(cue.head) in _WITHHOLDING:
        return False
    if any(ctx.overlaps_quote(s, e) for s, e in candidate.content):
        return False
    tokens = {t.i for t in cue.sent if any(s <= t.idx < e for s, e in candidate.content)}
    return {t.i for t in obj.subtree} >= tokens


# Verbs of meaning, deciding or expecting to do something: a cue in their infinitive tells
# words meant, decided on or expected, not said ("planned to challenge those assumptions",
# "decided not to recommend indicting Clinton", "is expected to argue that …"). Not verbs of
# trying: "attempted to explain Sunday that …", "sought to clarify …" tell words said (the
# story gold takes them). Not "prefer": "preferred to describe the techniques as enhanced
# interrogation" tells how someone speaks.
_MEANING = frozenset("want plan intend aim decide expect hope wish".split())


def _meant_to_say(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Sanders planned to challenge those assumptions immediately.", "Comey decided not to
    recommend indicting Clinton", "she's expected to argue that the longtime senator has
    fallen out of touch", "Sanders wants voters to recall that …": what someone means,
    decides or is expected to say, or wants others to, is not yet said (the story gold's
    "plan", "decision/action", "prediction of a future argument": 4 stories; PolNeAR marks a
    cue in such an infinitive only 10 times in train and dev). Three stay: quoted words
    (written or said), wanting to know ("Republicans wanted to know who else …": a question
    asked) and a speaker's own "I want to ask you, …" (said as it is told)."""
    if cue.dep_ not in ("xcomp", "ccomp") or not has_to(cue):
        return False
    if cues.lemma(cue.head) not in _MEANING or cues.lemma(cue) == "know":
        return False
    if _unwilling_to_say(cue):
        return False  # "did not want to say whether …": held back, as "declined to say"
    if any(c.dep_ in SUBJECTS and c.lower_ in lexicon.FIRST_PERSON for c in cue.head.children):
        return False
    return not any(ctx.overlaps_quote(s, e) for s, e in candidate.content)


def _unwilling_to_say(cue: Token) -> bool:
    """ "Lind did not want to say whether he would run": words held back, as "declined to say
    whether …" holds them (`negated`); not wanting to talk about a topic ("did not want to
    comment") says nothing."""
    return (
        cue.dep_ == "xcomp"
        and cues.lemma(cue.head) == "want"
        and _denied(cue.head)
        and cues.lemma(cue) in _SPEAKING
        and cues.lemma(cue) not in _TALKING
    )


def _still_ahead(cue: Token) -> bool:
    """An infinitive of a purpose ("took the stage … to acknowledge his victory") or of what
    someone is made to do ("force Sanders to acknowledge"), not one of what was done next
    ("went on to acknowledge the error": the acknowledging happened)."""
    if cue.dep_ not in ("xcomp", "advcl"):
        return False
    head = cue.head
    particles = [c.lower_ for c in head.children if c.dep_ == "prt"]
    verb = " ".join([head.lemma_.lower(), *particles])
    return verb not in lexicon.DONE_NEXT and head.lemma_.lower() not in lexicon.DONE_NEXT


def _criminal_charges(noun: Token) -> bool:
    """ "Rosenstein announced the charges during a Friday press conference", "decided
    against recommending charges against her": charges brought are an act of the law, not a
    claim (PolNeAR train and dev mark none of the 5 "recommend charges" as a cue); "the charge
    that he lied" says what it is."""
    return noun.lemma_.lower() == "charge" and not any(
        c.dep_ in ("acl", "ccomp", "relcl") for c in noun.children
    )


# Verbs of giving an account, whose object is what the account told, where the object carries
# more than a bare noun. "mention": PolNeAR train marks it a cue with an object 35 times in 46;
# the story gold takes "mentioned his personal connections to the faith", "mentioned the
# violence in his Chicago hometown", "specifically mentioned a recent Texas case of a female
# teacher …" (4 in 3 stories) and leaves "barely even mentioned Clinton’s remarks" and
# "mentioned the Wisconsin Republican’s name".
_ACCOUNTS = frozenset({"describe", "mention"})
# Objects that point to words or a name without telling them.
_NO_ACCOUNT = lexicon.SPEECH_ACT_NOUNS | lexicon.PROPOSITION_NOUNS | {"name", "names"}
# Verbs of saying again what someone said: with a speech act as object ("echoed that comment",
# "echoed the criticism", "echo the message") a cue each of the 4 times in PolNeAR train.
_REPEATING = frozenset({"echo"})


def _predicates(token: Token) -> bool:
    """A clause, a predicate or a reason inside what a stance verb takes."""
    return _casts_as(token) or token.dep_ in ("ccomp", "csubj", "pcomp", "xcomp", "oprd", "advcl")


def _casts_as(token: Token) -> bool:
    """ "as" with what it casts its object as: "referred to Rubio as a bright leader"."""
    return token.dep_ == "prep" and token.lower_ == "as"


def _explains_words(cue: Token) -> bool:
    """ "he told reporters, referring to an exchange with Speaker Nancy Pelosi during a meeting
    earlier Friday to try to negotiate an end to the shutdown", "He was referring to a 2006
    controversy over a state-owned Dubai company seeking to manage operations at six ports",
    "The lawmaker was apparently referring to a 2005 video that came to light ahead of the 2016
    presidential election": "referring to" in the progressive, or as a participle set off
    after the words it explains, is the writer telling what words pointed at, whatever
    clauses the thing pointed at carries (the story gold's "writer's clarification", "writer's
    inference"). The simple past reports a mention ("Mr. Trump also referred to the case of a
    Navy sailor who was jailed for taking pictures", a statement in the story gold)."""
    if cue.tag_ != "VBG" or cue.dep_ == "conj":
        # "Carson said that he did not, but was referring to the \"same kind of attitude\"":
        # a clause joined to the speaker's own words is the speaker clarifying them
        return False
    # "was referring", "he’s referring": before a participle in -ing, "’s" is "is"
    progressive = any(
        c.dep_ == "aux" and (c.lemma_.lower() == "be" or c.lower_ in _CONTRACTED_BE)
        for c in cue.children
    )
    return progressive or cue.dep_ == "advcl"


_CONTRACTED_BE = frozenset("'s ’s 're ’re 'm ’m".split())


def _pointed_at_only(ctx: Context, cue: Token, tokens: list[Token]) -> bool:
    """Every quoted word of the content is in what "to" points at ("referring to comments
    unearthed from 1993 in which Reid said that “no sane country” would …"), none in words
    the parser gave the cue after it (a quote that follows, which may be the speaker's)."""
    heads = [
        o
        for c in cue.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if any(ctx.quote_at(o.idx) is not None for o in heads):
        # the thing itself quoted ("was referring to “a cover-up”") is the subject's words
        return False
    pointed = {t.i for o in heads for t in o.subtree}
    quoted = [t for t in tokens if not t.is_punct and ctx.quote_at(t.idx) is not None]
    return all(t.i in pointed for t in quoted)


def _in_a_relative(token: Token, cue: Token) -> bool:
    """ "announced a plan that will reopen the government … so that talks may continue": a
    clause inside a relative clause describes the object, it says nothing of it."""
    for node in (token, *token.ancestors):
        if node == cue:
            return False
        if node.dep_ in ("relcl", "acl") and node is not token:
            return True
    return False


def _passive_support(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Clinton has been endorsed by dozens of papers": support for someone, no claim; "Pelosi
    was challenged by Ohio Rep. Tim Ryan in a secret-ballot vote": an act on someone, whose
    name is all the cue would report."""
    by = next((c for c in cue.children if c.dep_ == "agent"), None)
    return (
        by is not None
        and (cues.lemma(cue) in lexicon.STANCE_VERBS or _a_name_only(ctx, cue, candidate))
        and len(candidate.content) == 1
        and not ctx.overlaps_quote(*candidate.content[0])
        and not any(
            c.dep_ in ("ccomp", "xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as")
            for c in cue.children
        )  # "was described by critics as a giveaway" says what
    )


def _a_name_only(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """The content is the passive's subject and nothing more: a name or a pronoun."""
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    return (
        subject is not None
        and _only(ctx, subject, candidate)
        and (subject.pos_ == "PROPN" or subject.lower_ in lexicon.PERSON_PRONOUNS)
    )


def _only(ctx: Context, phrase: Token, candidate: Candidate) -> bool:
    """The content is `phrase` and nothing more (its edge marks aside: "Sen. Mike Enzi
    (R-Wyo.)")."""
    if len(candidate.content) != 1:
        return False
    words = [t for t in phrase.subtree if not t.is_punct]
    start, end = ctx.tokens_span(list(phrase.subtree))
    return candidate.content[0] in (ctx.tokens_span(words), ctx.trim(start, end))


def _a_name_acted_on(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Lynch … will challenge Mr. Markey", "The elder Cheney daughter is challenging Sen.
    Mike Enzi (R-Wyo.) in next year's Republican primary", "Mrs. Clinton was more explicit in
    challenging Mr. Obama": the active voice of `_passive_support`'s act on someone, whose
    name is all the cue would report (a person's, with no clause of its own), where PolNeAR
    train does not find the verb with a plain object a cue (`cues.verdict`; "criticized Mr.
    Braley" and "praised Lieberman" it does, 42 times in 60 and 30 in 35, and they stay). A
    verb of praise or blame the table is silent on is no act on the person either: "he
    congratulated Florida primary winner Donald Trump" (a statement in the story gold, 2
    stories), as "praised Lieberman" (`_someone_praised_or_blamed` leaves the words that
    follow to say it). Not thanks, which with a name alone say nothing of the person
    ("thanking Republican National Committee Chairman Reince Priebus": an action in the story
    gold), nor one named by a gerund after a preposition, whose doer the sentence may only
    compare ("neither Merkel nor Hollande have gone as far as Cameron in chiding Trump")."""
    obj = object_after(cue)
    return (
        obj is not None
        and (cues.lemma(cue) not in _JUDGING_SOMEONE or cue.dep_ == "pcomp")
        and obj.pos_ == "PROPN"
        and obj.ent_type_ == "PERSON"  # "did not reference radical Islam" names a thing
        and not any(t.pos_ in ("VERB", "AUX") for t in obj.subtree)  # "shows Obama leading"
        and cue.pos_ == "VERB"
        and not passive(cue)
        and _only(ctx, obj, candidate)
        and not ctx.overlaps_quote(*candidate.content[0])
        and cues.verdict(cue, cues.lemma(cue)) is not True
    )


# Verbs of praise and blame, whose plain object is whom they praise or blame ("praised Cowan",
# "criticized Clinton during a rally"). Not "attack": PolNeAR dev marks "attacked Machado"
# and "attacked law enforcement officers nationwide" (the dev floor falls without them).
_PRAISE_AND_BLAME = frozenset(
    """
praise laud commend applaud congratulate thank salute criticize criticise blast slam bash knock
chide rebuke scold castigate berate excoriate lambaste assail deride mock ridicule denounce condemn
""".split()
)


# The verbs of praise and blame that say something of the person by a name alone, in words:
# congratulations and rebukes; not thanks, nor verbs that may be acts ("The court condemned
# Timothy McVeigh to death", "Republicans applauded Paul Ryan as he entered the chamber").
_JUDGING_SOMEONE = frozenset("congratulate chide rebuke scold berate upbraid".split())


def _someone_praised_or_blamed(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Frank praised Cowan in a brief statement Wednesday. / "I know Mr. Cowan is committed
    …," he said.", "Donald Trump also criticized Clinton during a rally Friday …. / “Hillary
    Clinton is a joke,” he said.", "she praised the president, saying she hoped …": a verb
    of praise or blame whose content is only the person it is aimed at (a name, a noun for a
    person, "each other", or several of them) says nothing of them where the text goes on to
    give the words (`_words_follow`), which are the statement (the story gold: none of the 10
    this finds over the tuning stories is a statement; 10 stories, BASIL and PolNeAR). A
    reason, a predicate or a clause ("criticized Clinton for having ties to Wall Street",
    "mocking Rubio as a neophyte"), a relative clause on the person ("praised the senators
    who held it up through their filibuster"), quoted words, a thing for object ("praised
    Christie's leadership"), and a person with no words of theirs after ("Republicans, by
    contrast, praised Lieberman": a statement in the story gold) keep it; PolNeAR train
    marks the verb with a plain object (`_a_name_acted_on`), which the story gold does only
    where no words follow."""
    if cues.lemma(cue) not in _PRAISE_AND_BLAME or cue.pos_ != "VERB" or passive(cue):
        return False
    obj = object_after(cue)
    if obj is None or len(candidate.content) != 1 or ctx.overlaps_quote(*candidate.content[0]):
        return False
    if any(_predicates(c) and not _saying(c) for c in cue.children if c.i > cue.i):
        return False
    if any(_a_reason(c) for c in cue.children if c.i > obj.i):
        return False  # "criticized Netanyahu over his plans to address Congress"
    inside = {t.i for t in cue.sent if candidate.content[0][0] <= t.idx < candidate.content[0][1]}
    people = [obj, *(c for c in obj.conjuncts if c.i > obj.i)]
    return (
        {t.i for t in obj.subtree} >= inside
        and all(_a_person_alone(ctx, p, inside) for p in people)
        and _words_follow(ctx, cue, obj)
    )


def _words_follow(ctx: Context, cue: Token, obj: Token) -> bool:
    """The text goes on to give the words of the praise or blame: a verb of saying after the
    person in the same sentence ("she praised the president, saying she hoped …"), or a next
    sentence that opens with a quote no one else is said to say ("“I know Mr. Cowan is
    committed …,” he said."). Where it gives none, or another's ("Republicans, by contrast,
    praised Lieberman. Sen. Marco Rubio (R-Fla.) expressed “great admiration” …"; "Other
    Republicans quickly criticized Mr. Braley."), the verb is all that tells what was said
    (the story gold takes it as the statement); where the next sentence tells another act
    ("And Trump slammed Bush and Cruz. / Kicking off the day …, Trump accused Cruz …") the
    verb stays too, as what a pronoun after it goes back to."""
    if any(_saying(t) for t in cue.children if t.i > obj.i):
        return True
    sent = cue.sent
    if sent.end >= len(ctx.doc):
        return False
    after = ctx.doc[sent.end].sent
    first = next((t for t in after if not t.is_space), None)
    if first is None or first.text not in cues.QUOTE_OPENING:
        return False  # "… Trump slammed Bush and Cruz. / Kicking off the day …, Trump accused …"
    subject = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    if subject is None and cue.dep_ == "conj":
        subject = next((c for c in cue.head.children if c.dep_ in SUBJECTS), None)
    others = [
        c
        for t in after
        if t.pos_ == "VERB" and not ctx.inside_quote(t) and cues.construction(t) is not None
        for c in t.children
        if c.dep_ in SUBJECTS
    ]
    return all(_the_same_speaker(ctx, c, subject) for c in others)


def _saying(verb: Token) -> bool:
    """A verb of saying hung on the cue after its object: ", saying she hoped …", ", calling
    him a “loser.”"."""
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and cues.lemma(verb) in lexicon.SPEECH_VERBS
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


def _the_same_speaker(ctx: Context, said_by: Token, subject: Token | None) -> bool:
    """The subject of the next sentence's verb of saying is the praiser again: a pronoun for a
    person not of the other sex ("Trump has frequently denounced former President George W.
    Bush …. / “But you’re not going to beat Hillary Clinton …,” she said": Fiorina's words),
    or the same head word ("Trump … Trump said"). A pronoun only for a person the text names:
    after "She praised Obama" or "Democrats criticized Paul Ryan" a "he said" may be the one
    praised answering (the code review of round 65)."""
    if said_by.lower_ in lexicon.PERSON_PRONOUNS | lexicon.GROUP_PRONOUNS:
        entity = ctx.index.containing(subject.idx) if subject is not None else None
        sex = lexicon.PRONOUN_SEX.get(said_by.lower_)
        if entity is None or entity.type != "person":
            return False
        return not ctx.index.other_sex(entity.id, sex)
    return subject is not None and said_by.lower_ == subject.lower_


# Prepositions that give what someone is praised or blamed for.
_REASONS = frozenset("for over about on as by".split())
_RECIPROCALS = frozenset({"other", "another"})


def _a_reason(prep: Token) -> bool:
    """The "over" of "criticized Netanyahu over his plans", the "by" of "attacked Fiorina by
    reminding voters …"; not a time ("on Tuesday")."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in _REASONS
        and not any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)
    )


def _a_person_alone(ctx: Context, noun: Token, inside: set[int]) -> bool:
    """A person named or meant, with no words of their own said of them in the content
    (`inside`): "Cowan", "billionaire Donald Trump", "the president", "his rivals", "each
    other"; not "the senators who held it up" (a relative clause says what of them) nor
    "Clinton's positions" (a thing)."""
    if any(c.dep_ in ("relcl", "acl", "appos", "prep") and c.i in inside for c in noun.children):
        return False
    if noun.lower_ in _RECIPROCALS:
        return any(c.lower_ in ("each", "one") for c in noun.children)
    if noun.pos_ == "PROPN":
        return _named_person(ctx, noun)
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.PERSON_NOUNS


def _named_person(ctx: Context, noun: Token) -> bool:
    """A person's name: the tagger's, or a person of the article's entity index."""
    entity = ctx.index.containing(noun.idx)
    return noun.ent_type_ == "PERSON" or (entity is not None and entity.type == "person")


# Verbs of turning down: with a plain object that is no claim nor speech act (`shapes.shape`
# "obj") they tell a decision on a plan, an offer or a measure; with a claim ("obj:speech":
# "rejected the notion that …", "rejected reports that …") a cue 14 times in 17 in PolNeAR train.
_TURNING_DOWN = frozenset({"reject"})


def _turned_down(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Democrats rejected the plan even before Trump announced it", "House Democrats rejected
    Obama's trade agenda Friday by blocking a measure …", "Clinton has rejected a Fox News
    proposal for one final debate", "a candidate who has largely rejected the party's
    orthodoxy": turning down a plan, an offer, a measure or a creed is a decision or a vote,
    no claim (the story gold's "vote", "decision/action", "action (declining an invitation)",
    or no statement: 9 stories). A claim turned down ("rejected the notion that …", "rejected
    the allegation", "rejected Mr. Trump's suggestion"), a thing cast as something
    ("rejecting several of Trump's comments … as not being representative"), quoted words and
    a pronoun, which may stand for a claim ("Pelosi rejected it"), stay, and so does an
    infinitive, a turning down asked, vowed or promised ("pleaded with them to reject his brand
    of politics", "urged the governor to reject the measure"): the plea is the statement."""
    if cues.lemma(cue) not in _TURNING_DOWN or cue.pos_ != "VERB" or passive(cue) or has_to(cue):
        return False
    if shapes.shape(cue) != "obj" or any(ctx.overlaps_quote(s, e) for s, e in candidate.content):
        return False
    obj = object_after(cue)
    return obj is not None and obj.pos_ in ("NOUN", "PROPN")


def _unanswered(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "did not respond to questions about whether he had fulfilled that promise", "did not
    respond to a request for comment": no answer was given, so nothing was said (what the
    questions ask is the writer's)."""
    return (
        cues.lemma(cue) in _ANSWERS
        and negated(cue)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children)
        and not any(ctx.overlaps_quote(s, e) for s, e in candidate.content)
    )


def _asked_or_supposed(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Asked whether he was suggesting that …", "asked about his claims that …", "if she
    said that …": a cue inside a question or a condition reports nothing."""
    node = cue
    while True:
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in node.children):
            return True
        if node is not cue and cues.lemma(node) == "ask" and not _a_request(node):
            return True
        if node.dep_ not in _UP or node.head is node or answer_after_asked(node.head) == node:
            return False  # "X, asked if …, said …": the answer is the main clause
        node = node.head


def _put_to_the_subject(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Mr. O’Rourke, asked if he supported impeaching Mr. Trump, said …", "Asked why he
    opposed civil unions, he explained …", "When asked whether Obama flip-flopped, the
    nominee acknowledged …", "Clinton has been asked to release the transcripts": the question
    an interviewer put to the subject frames the answer; the subject asked nothing. PolNeAR
    train's first annotator marks 66 of the 78 passive "asked" cues with no source at all and
    the other 12 with the one after "by" or the interview, never the subject; the story gold
    calls each one a question framing an interview (16 in 10 stories). So is an interviewer's
    question told as a clause with the one asked named after "asked" ("Rose asked Rubio what
    he thought of …", "prompted Vieira to ask Trump if he had people on the ground"): the story
    gold calls it the same (3 in 2 stories), while a question with no one asked ("he asked
    whether a “double standard” was at play") stays."""
    return (
        answer_after_asked(cue) is not None
        or asked_in_the_passive(cue)
        or _question_to_someone(ctx, cue, candidate)
    )


# What opens a question put as a clause: "asked Rubio what …", "asked Trump if …".
_WH_OPENERS = frozenset("if whether what why how who whom which when where".split())


def _question_to_someone(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """An active "asked" with the one asked as its object and a question told as a clause: a
    wh-clause, "whether" or "if". A question quoted stays the asker's words, as PolNeAR marks
    them ("asking Clinton, “I just want to know, where do we go from here?”", "The chief
    justice also asked Mr. Sellers “how many examples of abuse need to be shown …?”")."""
    if cues.lemma(cue) != "ask" or passive(cue) or _a_request(cue):
        return False
    asked = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
    if asked is None or asked.lower_ in _WH_OPENERS or not can_speak(asked):
        return False
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > asked.i]
    return any(
        c.left_edge.lower_ in _WH_OPENERS and not ctx.overlaps_quote(c.left_edge.idx, c.idx)
        for c in clauses
    )


def asked_in_the_passive(cue: Token) -> bool:
    """A passive "asked": with its auxiliary or its passive subject ("was asked whether …"), or
    a participle with no subject of its own ("Asked why …, he said", "When asked if …")."""
    if cues.lemma(cue) != "ask" or cue.tag_ not in ("VBN", "VBD"):
        return False
    if passive(cue):
        return True
    # the tagger reads "Asked" opening a sentence as a past tense as often as a participle
    return cue.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("nsubj", "aux") for c in cue.children
    )


def _a_request(ask: Token) -> bool:
    """ "Nebraska and Oklahoma asked the Supreme Court to declare it unconstitutional, saying
    …": asking someone to do something is a request, not a question."""
    return any(c.dep_ == "xcomp" and has_to(c) for c in ask.children)


# Verbs that ask an act of the one named after them ("urged the governor to reject the
# measure", "calling on the movement's leaders to repudiate bigotry").
_REQUESTS = frozenset("urge ask call push press pressure implore beg encourage challenge".split())


def _asked_of_someone(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """A cue in the infinitive of a request, with the one asked named: "urged the governor to
    reject the measure" (BASIL 2742e9c1), "calling on the movement's leaders to repudiate
    bigotry" and "asking them to repudiate bigots" (BASIL 97b1305c, Fox), "urged the Vermont
    senator to apologize" and "is pushing fellow Senate Democrats to reject the … deal"
    (PolNeAR train, Politico): the act is asked of them, not done, and the brief listed it as
    their statement (or the asker's: "NAACP — repudiate: bigotry"). The request itself stays
    the asker's statement. PolNeAR train marks 2 cues after such a request, none of these
    verbs."""
    request = cue.head
    if cue.dep_ != "xcomp" or request is cue or cues.lemma(request) not in _REQUESTS:
        return False
    if not has_to(cue):
        return False
    return any(
        c.i < cue.i
        and (c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon")))
        for c in request.children
    )


def _nobodys(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "there is no way to know how much …": an infinitive hung on a thing speaks for no one;
    not "went out of his way to say …", the way one went (`speakers.gone_so_far`)."""
    return (
        cue.dep_ in ("relcl", "acl")
        and has_to(cue)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
        and not can_speak(cue.head)
        and gone_so_far(cue) is None
    )


def _what_an_infinitive_is_about(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "And he’ll have at least one fewer opponent to worry about: Mike Huckabee … suspended
    his campaign": an infinitive on a noun whose preposition has no object of its own has the
    noun for that object (the opponent is what one worries about), so the noun says nothing
    (the brief listed "At least one fewer opponent" as worrying "about: Mike Huckabee, …");
    one whose noun does it keeps it: "the first senator to speak about the deal"."""
    return (
        cue.dep_ in ("relcl", "acl")
        and has_to(cue)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
        and any(
            c.dep_ == "prep"
            and c.i > cue.i
            and not any(o.dep_ in ("pobj", "pcomp") for o in c.children)
            for c in cue.children
        )
    )


# Estimates that give no value are acts of reckoning: "Illinois was still calculating turnout
# Wednesday" ("put" is also a way of speaking: "as Trump put it, …").
_RECKONING = cues.ESTIMATE_VERBS - {"put"}


def _reckoning_without_a_value(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Illinois was still calculating turnout Wednesday, but the United States Elections
    Project estimated that …": a verb of estimating whose plain object holds no number, with
    no clause and no "at" for the value, tells of the reckoning, not of what it found (the
    brief listed "Illinois" as saying "turnout"); "estimated the cost at $2,000", "projects
    5,000 jobs" and "estimated that …" say what it came to."""
    if cues.lemma(cue) not in _RECKONING or cue.pos_ != "VERB":
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in cue.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "at" for c in cue.children):
        return False
    if not any(c.dep_ == "dobj" for c in cue.children):
        return False
    # the value may hang on the verb beside its object: "projected smaller increases but no
    # less than at least 0.5 percentage point"; a verb joined after is its own act
    own = [c for c in cue.children if not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    return not any(t.like_num or t.tag_ == "$" for c in own for t in c.subtree)


def _impersonal(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "it was impossible to say what exactly motivated the attackers", "it is too early to
    tell": an infinitive on an impersonal "it" and an adjective; nobody says anything."""
    head = cue.head
    return (
        cue.dep_ == "xcomp"
        and has_to(cue)
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
        and any(c.dep_ == "acomp" for c in head.children)
    )


def _mute(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "a pact between Pyongyang and Moscow, which promises the two countries will help each
    other", "As the brawl over Medicare continued, …", "The comments signal Ryan is prepared
    to fight": a thing that is not a person, a group, an institution, a document or evidence
    says nothing (what it "signals" is the writer's reading)."""
    tokens = candidate.speaker_tokens or []
    if not tokens:
        return False
    if tokens[0].lower_ != "which" and not (
        cues.lemma(cue) in lexicon.THING_SENSE_VERBS or _as_clause(cue)
    ):
        return False
    source = tokens[-1]
    if source.pos_ != "NOUN" or source.ent_type_:
        return False
    word = source.lemma_.lower()
    if word in lexicon.SPEECH_ACT_NOUNS and word not in lexicon.DOCUMENT_NOUNS:
        return True  # "The comments signal …": what they signal is the writer's reading
    return not (
        can_speak(source)
        or word in lexicon.DOCUMENT_NOUNS
        or word in lexicon.EVIDENCE_NOUNS
        or word in lexicon.ORGANIZATION_WORDS
    )


# Words that open what a picture shows as a claim: "footage shows that …", "shows how …".
_CLAUSE_OPENERS = frozenset("that how why whether if what".split())


def _a_scene_shown(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "News footage from the scene of the Nice incident showed the truck's windshield riddled
    with bullet holes", "Photos showed horror-stricken mourners crouched over blanket-covered
    bodies", "The cover shows Bachmann standing against a stark blue background": a picture
    (`lexicon.PICTURE_NOUNS`) shows a scene, the writer's description of it, no claim (the
    story gold's "description", "narration (footage shows)": 4 stories). What a picture shows
    that says something stays (`_a_finding_shown`): a clause ("Footage from the game shows
    that several students dressed up …", "Footage shows the man was unarmed"), a finding
    denied ("The video did not show the officer drawing his weapon", "showed no sign of a
    struggle"), a count ("The photos show 3,000 people at the rally") or quoted words ("“People
    love you and you win,” the video showed Tlaib telling supporters")."""
    if cues.lemma(cue) != "show":
        return False
    if cue.dep_ in ("acl", "relcl"):
        picture = cue.head  # "a video showing her holding …", "a picture … that showed …"
    else:
        picture = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if picture is None or picture.pos_ != "NOUN":
        return False
    if picture.lemma_.lower() not in lexicon.PICTURE_NOUNS:
        return False
    if any(ctx.overlaps_quote(s, e) for s, e in candidate.content):
        return False
    tokens = [t for t in cue.sent if any(s <= t.idx < e for s, e in candidate.content)]
    return bool(tokens) and not _a_finding_shown(cue, tokens)


def _a_finding_shown(cue: Token, tokens: list[Token]) -> bool:
    """Whether what a picture shows is a finding, not a scene (`_a_scene_shown`): the showing
    negated or its object "nothing", "none" or "no …"; a finite clause ("shows the man was
    unarmed", "shows Officer Smith shot Brown twice": a verb in the past tense with an object,
    where a scene's participle has none: "mourners crouched over … bodies"); an opener of a
    clause on the showing or its complement ("shows that …", "shows how deeply …", not one
    deep inside the scene: "her holding what looks like …"); or a number."""
    if negated(cue) or any(c.dep_ == "neg" for c in cue.children):
        return True
    complements = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
    for c in complements:
        if c.dep_ == "dobj" and (
            c.lower_ in ("nothing", "none") or any(d.lower_ == "no" for d in c.children)
        ):
            return True
        if c.dep_ == "ccomp" and _told_finite(c):
            return True
    near = {cue.i} | {c.i for c in complements}
    near |= {a.i for c in complements for a in c.children if a.dep_ == "advmod"}
    if any(t.lower_ in _CLAUSE_OPENERS and t.head.i in near for t in tokens):
        return True
    return any(t.like_num or t.pos_ == "NUM" for t in tokens)


def _told_finite(verb: Token) -> bool:
    """Whether a clause's verb is finite: present or modal, with a helping verb, a copula, or
    a past tense with an object."""
    if verb.tag_ in ("VBZ", "VBP", "MD") or verb.lemma_.lower() == "be":
        return True
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    return verb.tag_ == "VBD" and any(c.dep_ == "dobj" for c in verb.children)


def _anonymity(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Both insisted on anonymity to describe the private gathering", "requested anonymity",
    "said the woman, who asked not to be named", "who asked not to be identified because he
    was not authorized to speak", "requested that his name not be used": the terms on which a
    source speaks, not what it says (a fixer saw "woman — asked: not to be named")."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    objects += [g for c in cue.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() == "anonymity" for o in objects) or any(
        _not_to_be_named(c) for c in cue.children if c.dep_ in ("xcomp", "ccomp")
    )


# What a source asks not to be: the terms it speaks on.
_NAMING = frozenset("name identify quote cite".split())
# ... and what its name is not to be: "that his name not be used".
_NAME_USED = frozenset("use publish print reveal disclose give".split())


def _not_to_be_named(verb: Token) -> bool:
    """ "not to be named", "not to be quoted by name" (the infinitive of the source itself),
    "that his name not be used" (its name's): a passive of naming, negated; not "said she was
    not named in the lawsuit" (what was said) nor "asked that the report not be published"."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    own = verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if own:
        return verb.lemma_.lower() in _NAMING
    # the source's own name, not used or printed: not "roughly 1,100 foreign donor names
    # weren't disclosed" (what Bloomberg reported)
    return verb.lemma_.lower() in _NAME_USED and any(
        c.dep_ == "nsubjpass"
        and c.lemma_.lower() in ("name", "identity")
        and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
        for c in verb.children
    )


def _as_clause(cue: Token) -> bool:
    """ "As the brawl over Medicare continued, …", "…, as the Post reported": a cue in a
    clause opened by "as"."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


def _none_given(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "offered no explanation for his surrender", "gave no details", "made no comment": a
    speech act the text says was not given; nothing was said ("showed no sign that …" says
    what was not said: a negated statement)."""
    if no_sign_that(cue) is not None:
        return False
    obj = object_after(cue)
    if obj is None or not any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return False
    if not (
        cues.lemma(cue) in lexicon.GIVING_VERBS or obj.lemma_.lower() in lexicon.SPEECH_ACT_NOUNS
    ):
        return False  # "found no evidence that …" is a finding
    inside = {t.idx for t in obj.subtree}
    return all(
        t.idx in inside for t in cue.sent if any(s <= t.idx < e for s, e in candidate.content)
    )


# Pronouns of an amount that a cue's object gives in place of what was said: how much, not
# what ("said little about how", "revealed nothing new about Clinton's handling of the matter").
_AMOUNTS_TOLD = frozenset({"little", "nothing"})


def amount_told(cue: Token) -> Token | None:
    """The cue's object where it is only an amount of what was said, "little" or "nothing",
    with its adverb, adjective or topic ("very little", "nothing new about …") and no clause
    of its own: "said little about how", "has said little about Mr. Trump's plan", "revealed
    nothing new about Clinton's handling of the matter". Not a subject of the cue's clause
    ("said little had changed", "said nothing would stop him": what was said)."""
    if cue.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("ccomp", "xcomp", "oprd") for c in cue.children
    ):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i < cue.i or obj.lower_ not in _AMOUNTS_TOLD:
        return None
    if any(c.dep_ in ("relcl", "acl", "ccomp") for c in obj.children):
        return None  # "said nothing that would suggest …": words that tell something
    return obj


def _little_told(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Sanders pledged Saturday to rid the world of “this barbarous organization” but said
    little about how" (The Washington Post), "While the Mexican government has said little
    about Mr. Trump's plan to beef up border security" (The New York Times), both 2016: "little"
    for object gives how much was said and tells none of it (the story gold's "writer's
    narration (no content)", or no statement). "Nothing" says none was: a statement the text
    denies (`negated`); quoted words stay what was said."""
    obj = amount_told(cue)
    return (
        obj is not None
        and obj.lower_ == "little"
        and not any(ctx.overlaps_quote(s, e) for s, e in candidate.content)
    )


# Words that stand for a clause told before: "said so", "said yes", "saying as much".
_CLAUSE_PRO_FORMS = frozenset("so yes no".split())


def pro_form_told(cue: Token) -> Token | None:
    """The cue's complement where it only stands for words told before it and adds nothing of
    its own: "so" ("after 55 percent said so in December"), "yes" or "no" ("46 percent of
    voters said yes"), "as much" ("a celebratory White House memo saying as much after a bank
    deregulation bill passed"), with no clause of the cue's. Not "the same" with what it is
    said of ("64 percent who say the same of Trump": a new claim about Trump, which the story
    gold takes), nor a noun ("the same thing"), nor "so" or "as much" that measures another
    word ("said so many times that …", "said as much as $5 million")."""
    if cue.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("ccomp", "xcomp", "oprd", "parataxis") for c in cue.children
    ):
        return None
    for word in (c for c in cue.children if c.i > cue.i):
        if word.lower_ in _CLAUSE_PRO_FORMS and word.dep_ in ("advmod", "intj", "dobj"):
            return None if list(word.children) else word
        if word.lower_ == "much" and word.dep_ in ("dobj", "advmod"):
            return word if any(c.lower_ == "as" for c in word.lefts) else None
    return None


def _pro_form(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "And 64 percent call him competent, after 55 percent said so in December" (Breitbart
    2016), "Asked if her email practices were illegal, 46 percent of voters said yes" (The New
    York Times and The Western Journal 2016, poll respondents), "Frank cites a celebratory
    White House memo saying as much after a bank deregulation bill passed" (HuffPost 2016): a
    word standing for what was told before tells nothing in a statement of its own ("55
    percent — said: so"); the story gold takes none of them (3 stories). Quoted words stay
    ("Trump replied, “Yes.”")."""
    return pro_form_told(cue) is not None and not any(
        ctx.overlaps_quote(s, e) for s, e in candidate.content
    )


def _as_a_preposition(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "described the ad as “dishonest,” considering Ryan's own proposals": "considering"
    with an object and no subject of its own means "given"; nobody considers anything."""
    return (
        cue.lower_ == "considering"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in cue.children)
        and not any(_predicates(c) for c in cue.children)
    )


def _found_in_a_state(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "McConnell found Mr. Trump eager to end the impasse", "found it difficult", "found
    himself embroiled": someone met with a state of things, no finding was reported. A clause
    ("found that …") or evidence ("the study found 31 incidents") is a finding."""
    if cues.lemma(cue) != "find" or any(c.dep_ == "dobj" and evidence(c) for c in cue.children):
        return False
    source = (candidate.speaker_tokens or [None])[-1]
    if source is not None and evidence(source):
        return False
    after = [c for c in cue.children if c.i > cue.i]
    clauses = [c for c in after if c.dep_ == "ccomp"]
    if any(_finite(c) for c in clauses):
        return False
    return bool(clauses) or any(c.dep_ in ("oprd", "xcomp") for c in after)


def _finite(head: Token) -> bool:
    """A clause with a tense of its own (`syntax.finite`) or opened by a conjunction."""
    return finite(head) or any(c.dep_ == "mark" for c in head.children)


def _standing_stance(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "the American Federation of Teachers, which supports broader gun control measures and
    strongly opposes arming educators": a stance verb in the writer's relative clause says
    where the organisation stands, not what it said (a clause or quoted words would)."""
    verb = cue
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ != "relcl" or cues.lemma(cue) not in lexicon.STANCE_VERBS:
        return False
    if resuming_noun(cue) is not None:
        return False  # "…, something she opposed as a senator": the clause before is its object
    if cues.lemma(cue) in lexicon.GIVING_VERBS:
        # "Reid, who has long expressed his admiration for Warren", "who openly expressed
        # concern about …": a speech act given, wherever the clause stands (the story gold, 2
        # stories)
        return False
    if any(ctx.overlaps_quote(s, e) for s, e in candidate.content):
        return False
    return not any(c.dep_ in ("ccomp", "csubj") for c in cue.children)


def _phrasal_act(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Hutchinson called up Mark Mattioli", "scrambling to figure out what, if anything,
    they could do": a cue verb whose particle makes it an act. The parser may tag the
    particle right after the verb an adverb ("the Senate panel quietly called back for another
    interview with Jared Kushner")."""
    particles = _ACTION_PARTICLES.get(cues.lemma(cue), frozenset())
    return any(
        c.lower_ in particles and (c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == cue.i + 1))
        for c in cue.children
    )


def _open_question(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "a grand jury began hearing evidence to determine whether Wilson should be charged",
    "trying to figure whether …": what someone sets out to find out; nothing is known yet."""
    if cues.lemma(cue) not in lexicon.BELIEF_VERBS:
        return False
    if not has_to(cue):
        return False
    return any(
        c.dep_ in ("ccomp", "xcomp")
        and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
        for c in cue.children
    )


# Verbs of knowing: with a question for their clause they tell that someone has (or lacks) an
# answer, not what it is.
_KNOWING = frozenset("know understand".split())


def _answer_not_told(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "it knows how effective it can be" (HuffPost on the 2012 Medicare fight), "without
    knowing who will win the election" (NYT on the Clinton Foundation, 2016), "focus on
    understanding exactly how companies keep money offshore" (NYT on Trump's taxes, 2016): a
    verb of knowing with a wh-clause, "whether" or "if" for its clause says someone has (or
    lacks) the answer, and the text does not give it; the story gold takes none of these
    clauses as a statement. PolNeAR train marks "know" and "understand" with a wh-clause a cue
    20 times in 147. Knowing wished for, supposed or asked about stays (`_had_or_lacked`), as
    do quoted words ("knows “how effective it can be”")."""
    if cues.lemma(cue) not in _KNOWING or not _had_or_lacked(cue):
        return False
    if any(ctx.overlaps_quote(s, e) for s, e in candidate.content):
        return False
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    return bool(clauses) and all(_a_question(c) for c in clauses)


def _had_or_lacked(verb: Token) -> bool:
    """Knowing told as a fact, not wished for ("Republicans wanted to know who else …": a
    question they put), supposed under a modal ("voters should know what those questions
    are", "we would know exactly what loopholes …": the writer's demand) or asked about ("How
    do you know when …?"); PolNeAR dev marks these a cue 4 times in 6."""
    if verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return not verb.sent.text.rstrip().rstrip("”\"'’").endswith("?")


def _a_question(clause: Token) -> bool:
    """The clause opens on a wh-word, "whether" or "if", past any adverb before it ("exactly
    how …")."""
    opener = next((t for t in clause.subtree if t.pos_ != "ADV" or t.lower_ in _WH_OPENERS), None)
    return opener is not None and opener.lower_ in _WH_OPENERS


# Belief verbs that, with the first person for subject, hedge what follows rather than report
# a belief: "I guess the results would be the same", "so I'm guessing you're coming up short".
_HEDGES = frozenset({"guess"})


def _hedge(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "If he had a drinking or gambling problem, I guess the results would be the same inane
    comments" (a USA Today reader), "I guess we can all agree now that he was joking" (a USA
    Today column), "so I'm guessing you're coming up a little short in the 'good role model'
    department" (a post HuffPost prints, BASIL): a first-person "guess" softens the claim it
    opens; no one is reported believing anything (the story gold takes none of them, 3
    stories; PolNeAR train marks "I guess" or "we guess" a cue 1 time in 10). "Trump guessed
    that …" stays a statement, and a hedge inside quoted words is part of them."""
    return cues.lemma(cue) in _HEDGES and any(
        c.dep_ in SUBJECTS and c.lower_ in lexicon.FIRST_PERSON for c in cue.children
    )


def _nothing_said(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "He did not comment at length on Sunday" (content "Sunday"), "the kind of plan Hale is
    calling for" (content "for"): content that is only a time or a preposition says nothing;
    the cue's object is elsewhere or nowhere."""
    words = [
        t
        for s, e in candidate.content
        for t in ctx.doc.char_span(s, e, alignment_mode="expand") or []
        if not t.is_punct
    ]
    return bool(words) and all(
        t.ent_type_ in ("DATE", "TIME") or t.tag_ in ("IN", "RP") for t in words
    )


# Verbs of asking: the question they put is what they say ("So why, he asked, does …").
_ASKING = frozenset("ask wonder inquire question".split())


def _words_named(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "the difference between what Trump says his tax plan would do and …" (Politico), "he
    means what he says he means" (Perry in The Western Journal), "he says what people wish
    they could say" (Rubio in the NYT), all 2016: a "what" that stands for the object of the
    clause a speech verb reports names the words someone says without telling them; the
    story gold takes none as a statement (3 stories). A "what" that is the clause's subject
    is told something of ("denying what some have said was a signal that …", "said what
    they wanted was a deal"), and a question asked is the asker's statement. A "what" the
    clause after the cue does with no speech verb of its own is what is told ("has not said
    what he will do, but …", "Clinton told reporters what she would do": BASIL and PolNeAR
    gold). A "how" joined to such words names their manner untold the same way ("… and how
    experts say it would shape tax law"), but not alone: "That is how officials say the
    attack unfolded" tells the unfolding."""
    if not _speaks(cue) or cues.lemma(cue) in _ASKING:
        # "talks about how she pushed Mr. Obama to arm …": the pushing is told; "trying to
        # do what many Democrats felt President Obama failed to against Mitt Romney" (Fox on
        # the 2012 vice-presidential debate, BASIL): a belief of a failure, in the gold
        return False
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    if any(_names_words(cue, c) for c in clauses):
        return True  # "what Trump says his plan would do", "says what people wish …"
    if _how_joined_to_named_words(cue):
        return True  # "what Trump says … and how experts say it would shape tax law"
    what = _object_what(cue)
    # "what he says he means": the cue's own "what", standing for the object its clause lacks
    return what is not None and what.i < cue.i and any(_lacks_an_object(c) for c in clauses)


def _names_words(cue: Token, clause: Token) -> bool:
    """The "what" of the cue's clause stands for words: it comes before the cue ("what Trump
    says his tax plan would do"), or after it, for the object of a speech verb within ("says
    what people wish they could say"). "has not said what he will do" tells the doing."""
    what = _object_what(clause)
    if what is None or _reports(clause):
        return False
    return what.i < cue.i or any(
        c.dep_ == "ccomp" and _speaks(c) and _lacks_an_object(c) for c in clause.children
    )


def _how_joined_to_named_words(cue: Token) -> bool:
    """ "what Trump says his tax plan would do and how experts say it would shape tax law":
    a "how" cue joined to a clause whose words are named; alone, "That is how officials say
    the attack unfolded" tells the unfolding."""
    clause = cue.head
    return (
        cue.dep_ == "conj"
        and any(c.dep_ == "advmod" and c.lower_ == "how" and c.i < cue.i for c in cue.children)
        and clause.dep_ == "ccomp"
        and _speaks(clause.head)
        and _names_words(clause.head, clause)
    )


def _speaks(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and cues.lemma(verb) in lexicon.SPEECH_VERBS


def _reports(verb: Token) -> bool:
    """A reporting verb (its "what" in a reporting clause tells what it stands for: "denying
    what some have said was a signal that …" denies the signal)."""
    return verb.pos_ in ("VERB", "AUX") and cues.lemma(verb) in lexicon.REPORTING_VERBS


def _object_what(head: Token) -> Token | None:
    return next(
        (c for c in head.children if c.dep_ == "dobj" and c.lower_ == "what" and c.tag_ == "WP"),
        None,
    )


def _lacks_an_object(clause: Token) -> bool:
    """A clause with its own subject and no object: "(what) he means"."""
    return any(c.dep_ in SUBJECTS for c in clause.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in clause.children
    )


def _verdict_on_words(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Everything Trump says is a lie unless proven otherwise" (a reader's post in USA
    Today's letters, PolNeAR dev 2016-09-16: it read as Trump saying "is a lie unless proven
    otherwise"), "Nothing the president said was true": a pronoun of quantity opening the
    sentence, the cue's clause on it with no mark, and after the cue a clause with no subject
    of its own. That clause is the sentence's predicate, the writer's verdict on the words,
    not what was said (as "What the senator said was simply wrong" is)."""
    if cue.dep_ == "relcl":
        filler = cue.head
    else:  # the parser took the pronoun for a part of the cue's subject: "Everything Trump"
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        filler = next((c for c in subject.lefts if c.dep_ in _FILLERS), None) if subject else None
    if filler is None or filler.lower_ not in _QUANTITY_PRONOUNS or filler.i != filler.sent.start:
        return False
    predicate = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    return (
        predicate is not None
        and predicate.tag_ in FINITE_TAGS
        and ctx.quote_at(predicate.idx) is None
        and not any(c.dep_ in (*SUBJECTS, "expl", "mark", "ccomp") for c in predicate.children)
    )  # "Everything Trump said was that the deal is rigged" tells what he said


# Pronouns of quantity that a bare relative clause hangs on ("everything he says").
_QUANTITY_PRONOUNS = frozenset("everything nothing anything something all much".split())
# How the parser hangs that pronoun on the cue's subject: "Everything Trump", "All the senator".
_FILLERS = frozenset(("compound", "predet"))


# The auxiliaries of the future: "will", "'ll", "wo" of "won't", "shall".
_FUTURE = frozenset({"will", "'ll", "’ll", "wo", "shall"})
# The plain verbs of saying, whose future gives words all the same: a speech's text released
# before it is given ("the two-term president will say, according to excerpts"), or what
# someone says as a rule ("His campaign and much of the media will tell you that …").
_PLAIN_SAYING = frozenset({"say", "tell"})


def _still_to_come(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Mr. Obama will also promise to act on his own to reduce gun violence", "On Thursday,
    Comey will testify before the House Oversight Committee about the decision", "Republicans
    will pledge to appoint strict constructionists", "the caucuses will show if a sitting
    senator can run against the system": a cue under the future "will" tells an act or words
    still to come, nothing said yet (the story gold's "plan (future action)", "writer's
    prediction"). Quoted words are given ("In his speech, he will promise to use American
    power “to oppose any violations …”": excerpts out before the speech), and so is what a
    plain verb of saying tells (`_PLAIN_SAYING`); a relative clause tells what someone is ("a
    flip-flopping politician who will say whatever makes the most political sense"); and a
    plain object names what the act will be about, as PolNeAR dev marks it ("Perhaps the
    debate moderators will demand more details")."""
    if cue.tag_ != "VB" or cue.dep_ == "relcl" or cues.lemma(cue) in _PLAIN_SAYING:
        return False  # the future takes a bare verb: not "she will not be voting for Mr.
        # Trump and considers him a racist", "will retain his title, but … was seen by some as"
    if any(c.dep_ == "dobj" for c in cue.children):
        return False
    own = [c for c in cue.children if c.dep_ == "aux"]
    if not own and cue.dep_ == "conj":
        own = [c for c in cue.head.children if c.dep_ == "aux"]
    if not any(c.tag_ == "MD" and c.lower_ in _FUTURE for c in own):
        return False
    return not any(ctx.overlaps_quote(s, e) for s, e in candidate.content)


# Verbs of committing oneself: "pledged", "promised", "vowed".
_COMMITTING = frozenset("pledge promise vow".split())


def _backing_pledged(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "he officially pledged his support to the Trump campaign", "superdelegates who had
    publicly pledged their support to Clinton", "national-delegate candidates who pledged
    their support on the second vote": a pledge of one's support (a noun of siding) gives it
    to someone, an endorsement, as "endorsed Clinton" is (the story gold's "action", "action
    (endorsement)"), no claim. Not a vote ("Nancy Worley pledged her vote to Clinton", a
    not-statement too): the statement dropped there was the speaker the next "she said" reads
    (a right speaker lost in the story gold). Support for a cause says where the speaker
    stands ("pledged his continued support for DREAMers": a statement in the story gold), and
    allegiance or a commitment is no support given ("had pledged his allegiance to the Islamic
    State", "pledged her commitment to some of the causes": statements), nor are quoted
    words."""
    if cues.lemma(cue) not in _COMMITTING:
        return False
    obj = object_after(cue)
    if obj is None or obj.lemma_.lower() not in _SIDING:
        return False
    if any(c.dep_ not in ("det", "poss", "amod", "advmod") for c in obj.children):
        return False  # "his continued support for DREAMers": for what
    if any(c.dep_ in ("ccomp", "xcomp", "csubj", "oprd") for c in cue.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in cue.children):
        return False
    return not any(ctx.overlaps_quote(s, e) for s, e in candidate.content)


def _given_the_floor(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    """ "Mr. Schumer interjected, calling on Ms. Pelosi, who disputed Ms. Nielsen", "Mr. Trump
    argued for his wall and called on Kirstjen Nielsen, the homeland security secretary":
    calling on a person with nothing asked of them gives them the floor, and says nothing (a
    story reader saw "Two of the officials — calling on: Ms. Pelosi", BASIL 0d10341a). What
    is asked keeps the demand ("called on Mr. Barr to publicly testify", "calling on Rep.
    Adam Schiff (D-Calif.) to resign", "called on him for an apology"), as quoted words do."""
    if cues.lemma(cue) != "call":
        return False
    on = [c for c in cue.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"]
    person = next((o for c in on for o in c.children if o.dep_ == "pobj"), None)
    if person is None:
        return False
    named = _named_person(ctx, person)
    # "called on a reporter"; "Kirstjen Nielsen, the homeland security secretary", which the
    # tagger may call an organisation
    described = [person, *(c for c in person.children if c.dep_ == "appos")]
    if not (named or any(t.lemma_.lower() in lexicon.PERSON_NOUNS for t in described)):
        return False
    asked = ("xcomp", "ccomp", "advcl", "oprd", "dobj")
    if any(c.dep_ in asked or (c.dep_ == "prep" and c.lower_ == "for") for c in cue.children):
        return False
    if any(c.dep_ in ("xcomp", "acl") for c in person.children):
        return False  # "called on Obama to resign", hung on the name
    return not any(ctx.overlaps_quote(s, e) for s, e in candidate.content)


NOT_STATEMENTS: tuple[tuple[str, Callable[[Context, Token, Candidate], bool]], ...] = (
    ("what someone sets out to find out", _open_question),
    ("an answer someone knows, not told", _answer_not_told),
    ("a plan or a wish", _plan),
    ("a refusal to act, named by a noun", _refusal_to_act),
    ("words meant, decided on or expected, not said", _meant_to_say),
    ("a stance toward a thing", _stance_toward_a_thing),
    ("an act toward a thing, named by a noun", _act_named_by_a_noun),
    ("a recognition meant or made to come", _recognition_to_come),
    ("support by an agent", _passive_support),
    ("an act on someone named", _a_name_acted_on),
    ("praise or blame of someone, nothing said of them", _someone_praised_or_blamed),
    ("a plan, an offer or a measure turned down", _turned_down),
    ("inside a question or a condition", _asked_or_supposed),
    ("a question put to the one who answers", _put_to_the_subject),
    ("an act asked of someone", _asked_of_someone),
    ("an infinitive nobody speaks", _nobodys),
    ("the thing an infinitive is about", _what_an_infinitive_is_about),
    ("a reckoning that gives no value", _reckoning_without_a_value),
    ("an infinitive on an impersonal it", _impersonal),
    ("a thing that says nothing", _mute),
    ("a scene a picture shows", _a_scene_shown),
    ("a speech act not given", _none_given),
    ('only how much was said: "little"', _little_told),
    ("the terms of speaking: anonymity", _anonymity),
    ("a participle used as a preposition", _as_a_preposition),
    ("a state of things met with", _found_in_a_state),
    ("a phrasal verb of an act", _phrasal_act),
    ("a stance in the writer's relative clause", _standing_stance),
    ("an answer not given", _unanswered),
    ("a refusal to talk about a topic", _declined_to_talk),
    ("only a time or a preposition where the content goes", _nothing_said),
    ("a first-person hedge", _hedge),
    ("a word standing for what was told before", _pro_form),
    ('words named by a "what", not told', _words_named),
    ("the writer's verdict on what was said", _verdict_on_words),
    ("an act or words still to come", _still_to_come),
    ("one's support pledged to someone", _backing_pledged),
    ("a person given the floor", _given_the_floor),
)


def is_statement(ctx: Context, cue: Token, candidate: Candidate) -> bool:
    return not any(test(ctx, cue, candidate) for _, test in NOT_STATEMENTS)


def negated(cue: Token) -> bool:
    """ "did not say that …", "hasn't accused him", "never claimed", "nobody has said", "nor
    did he acknowledge", "neither confirmed nor denied", "at no point did she claim": the text
    denies the statement was made. "said he did not oppose …" is not negated: the negation
    is what was said."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in cue.children):
        return True
    if _seemed_not(cue):
        return True  # "did not appear to suggest that …"
    if (gone := gone_so_far(cue)) is not None and (
        any(c.dep_ == "neg" or c.lower_ == "never" for c in gone.children) or negated(gone)
    ):
        return True  # "did not go so far as to say that …", "declined to go so far as to say"
    if _refusal_to_speak(cue) or _nor(cue) or _fronted_negation(cue) or _withheld(cue):
        return True  # "declined to say whether …", "refused to apologize"
    if _refusal_noun_to_speak(cue):
        return True  # "her refusal to say where she stood"
    if no_sign_that(cue) is not None:
        return True  # "showed no sign that he was planning to apologize"
    if (told := amount_told(cue)) is not None and told.lower_ == "nothing":
        return True  # "revealed nothing new about Clinton's handling of the matter"
    if cue.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in cue.children):
        return True  # "he expressed no concern that …": a stance the text says was not voiced
    if cue.dep_ == "acomp" and any(c.dep_ == "neg" for c in cue.head.children):
        return True  # "Fox, however, isn't worried that Trump will actually win": the copula's
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("neither", "nor"):
        return True  # "neither has said …"
    if subject is not None and any(
        c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in subject.children
    ):
        return True  # "Neither the White House nor the Pentagon had yet identified which …"
    return subject is not None and (
        subject.lower_ in ("nobody", "none", "noone")
        or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
        or (subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children))
    )


def _seemed_not(cue: Token) -> bool:
    """ "Smith did not appear to suggest that the inquiry should end", "Jones never seemed to
    say that the budget was balanced", "Green did not try to explain that the tweet was a
    joke": a verb of seeming or trying (`_LENDING_VERBS`) lends the cue its subject, and its
    negation denies the cue as the cue's own would (a refusal's is `_withheld`'s: "did not
    decline to say" says it)."""
    head = cue.head
    return (
        cue.dep_ == "xcomp"
        and cues.lemma(head) in _LENDING_VERBS
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children)
    )


# Verbs of seeming or trying whose infinitive a cue may be: "appear to suggest", "try to
# explain".
_LENDING_VERBS = lexicon.RAISING_VERBS | frozenset("try attempt seek intend plan mean".split())


# Words that deny what follows when they open a clause with the auxiliary before the subject:
# "nor did he acknowledge", "at no point did she claim", "not once has he said".
_NEGATIVE_OPENERS = frozenset("no not never nowhere nor neither none".split())
# ... unless they open a phrase that denies nothing: "not only did he say …, he also …".
_NOT_DENIALS = frozenset({("not", "only"), ("no", "sooner")})


def _withheld(cue: Token) -> bool:
    """ "had refused to apologize for the message", "failed to mention", "refrained from
    saying", "stopped short of calling on Mr. Trump to cancel", "did not want to say whether":
    a cue its speaker held back."""
    head = cue.head
    if cue.dep_ == "xcomp":
        return (cues.lemma(head) in _WITHHOLDING and not _denied(head)) or _unwilling_to_say(cue)
    if cue.dep_ != "pcomp" or head.lower_ not in ("from", "of"):
        return False
    holder = head.head
    if holder.lower_ == "short" and head.lower_ == "of":
        return cues.lemma(holder.head) in ("stop", "fall") and not _denied(holder.head)
    return head.lower_ == "from" and cues.lemma(holder) in _WITHHOLDING and not _denied(holder)


# What opens a question put in the asker's own words: "“Is this the final language …,”".
_ASKING_AUXILIARIES = frozenset(
    "is are was were do does did will would can could should shall has have had".split()
)


def without_the_question(ctx: Context, cue: Token, spans: list[Span]) -> list[Span]:
    """ "When asked point-blank by a reporter … if Lieberman was the leading contender, Trump
    replied, “Yes.”", "Asked by one of Ms. Rice’s aides, “Is this the final language you want
    to use on Benghazi,” Mr. Rhodes replied with a single word": the question an "asked"
    participle puts before the cue is the asker's, not the answer (`_put_to_the_subject`): the
    participle's words go (one with no subject or auxiliary of its own: "If he is asked
    questions he is unable to answer, he would …" is what was said), and so does what follows
    them before the cue where it tells the question (outside quotes, or a quote that asks), and
    a quote after the cue is the answer where nothing else is. An answer quoted before the cue
    stays ("Asked whether he would run, “I have not decided,” Mr. Smith said")."""
    ask = next(
        (
            t
            for t in cue.sent
            if t.i < cue.i
            and t.dep_ == "advcl"
            and cue in t.ancestors
            and asked_in_the_passive(t)
            and not any(c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in t.children)
        ),
        None,
    )
    if ask is None:
        return spans
    asked_end = max(t.idx + len(t) for t in ask.subtree)
    cut = []
    for start, end in spans:
        if start < asked_end and end > asked_end:
            start = asked_end
        if start < cue.idx and end > start and _a_question_told(ctx, start, cue.idx):
            start = cue.idx + len(cue)
        if start < end and (trimmed := ctx.trim(start, end)) is not None:
            cut.append(trimmed)
    if cut or not spans:
        return cut
    # "… Mr. Rhodes replied with a single word: “Yup.”": the answer is the quote after the cue
    sent_end = cue.sent.end_char
    answer = next((q for q in ctx.quotes_touching(cue.idx, sent_end) if q.start > cue.idx), None)
    return [(answer.inner_start, answer.inner_end)] if answer is not None else []


def _a_question_told(ctx: Context, start: int, end: int) -> bool:
    """The words from `start` to the cue tell a question: outside quotes, or a quote that asks
    ("…?", or its first word an auxiliary: "“Is this …,”")."""
    start += len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip(EDGE))
    quote = ctx.quote_at(start)
    if quote is None:
        return not ctx.overlaps_quote(start, end)
    said = ctx.text[quote.inner_start : quote.inner_end].strip(EDGE)
    first = said.split(maxsplit=1)[0].lower() if said else ""
    return ctx.text[quote.inner_start : quote.inner_end].rstrip(EDGE + "”\"’'").endswith("?") or (
        first in _ASKING_AUXILIARIES
    )


def without_words_held_back(ctx: Context, cue: Token, spans: list[Span]) -> list[Span]:
    """ "He previously had said he supported equal rights for same-sex couples but stopped short
    of endorsing gay marriage", "said the massacre is being investigated as an “act of terror,”
    though did not say whether it was tied to radical Islam", "said … but still declined to
    say whether she supports or opposes the legislation": a verb in what was said with no
    subject of its own, telling that the speaker held words back (`held_back`), is the writer
    telling of the speaker, not what they said. The content stops before it and its "but",
    "and" or comma."""
    cut = []
    for start, end in spans:
        verb = held_back(ctx, cue, start, end)
        if verb is not None:
            first = verb.left_edge
            while first.i > cue.i + 1 and (first.nbor(-1).dep_ == "cc" or first.nbor(-1).is_punct):
                first = first.nbor(-1)
            end = min(end, first.idx)
        cut.append((start, end))
    return cut


def held_back(ctx: Context, cue: Token, start: int, end: int) -> Token | None:
    """The verb in the cue's content, after the cue and outside quotes, with no subject of its
    own, that tells of words the speaker held back ("did not say", "declined to say", "stopped
    short of endorsing"): the speaker's, as the cue is."""
    for verb in ctx.doc.char_span(start, end, alignment_mode="expand") or []:
        if verb.i <= cue.i or verb.idx <= start or ctx.inside_quote(verb):
            continue
        if verb.dep_ not in ("conj", "advcl", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in SUBJECTS for c in verb.children) and _holds_back(verb):
            return verb
    return None


def _holds_back(verb: Token) -> bool:
    """ "did not say", "declined to say", "stopped short of endorsing", "refrained from
    mentioning": the verb tells of words not said."""
    if cues.lemma(verb) in lexicon.SPEECH_VERBS and _denied(verb):
        return True
    if _refusal_to_speak(verb):
        return True
    near = [t for t in verb.subtree if t.i > verb.i and verb in list(t.ancestors)[:3]]
    return any(t.dep_ in ("xcomp", "pcomp") and _withheld(t) for t in near)


def _denied(verb: Token) -> bool:
    """ "did not refuse to say": the holding back is itself denied."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _nor(cue: Token) -> bool:
    """ "He neither confirmed nor denied that …", "offered no explanation, nor did he
    acknowledge that …": a cue joined by "nor", or opened by "neither"."""
    if any(c.dep_ in ("preconj", "cc") and c.lower_ == "neither" for c in cue.children):
        return True
    joined = [c for c in cue.children if c.dep_ == "cc" and c.i < cue.i]
    if cue.dep_ == "conj":
        joined += [c for c in cue.head.children if c.dep_ == "cc" and cue.head.i < c.i < cue.i]
    return any(c.lower_ == "nor" for c in joined)


def _fronted_negation(cue: Token) -> bool:
    """ "At no point did the senator claim that …", "Not once has he said …": a negative
    phrase before the auxiliary, the auxiliary before the subject."""
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    aux = next((c for c in cue.children if c.dep_ in ("aux", "auxpass") and c.i < subject.i), None)
    if aux is None:
        return False
    doc = cue.doc
    i = aux.i - 1
    while i >= cue.sent.start and doc[i].text not in (",", ";", ":", "—", "–"):
        following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if doc[i].lower_ in _NEGATIVE_OPENERS and (doc[i].lower_, following) not in _NOT_DENIALS:
            return True
        i -= 1
    return False
