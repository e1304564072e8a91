"""Shares of those a poll asked, told by what they said: the poll's answers.

An article that reports a poll goes on telling its results long after naming it, as what those
asked said: "Just 28 percent of voters said they had a positive view of Mrs. Clinton", "with 30
percent of voters saying they have a positive view of him", "compared with 23 percent who said
using a private server was improper", "More than six in 10 said they were not looking forward
to …". A share that speaks is no one the writer met: it is a count of the poll's respondents,
and what it says is the answer they gave the poll. A reader asked who gives "28 percent"
answers "the poll", and the story gold does so in most stories that tell them (a New York
Times/CBS News poll of July 2016 at the article's far end; Iowa's exit polls; a USA TODAY/Rock
the Vote survey after a Reuters/Ipsos poll it compares with).

`results.document_results` gives such a share the poll the article told before it as saying
or finding something (or as the frame of its sentence, "In exit polls, …"), where no run of a
document's results reaches it (the poll named several paragraphs and other people's quotes
before); here: which figures are such answers (`answers_a_poll`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Figure
from ..nlp import token_at

# Verbs by which those asked give a poll their answer: "28 percent said", "53% describe
# themselves as liberal", "32% call themselves conservative". Not verbs of acts or stances
# ("38 percent back Sanders", "65 percent supported his call"), which the writer may tell of
# any count of people, and not "found", "showed" (a poll's own verbs, its account).
_ANSWERING = frozenset("say tell describe call answer".split())
# Words in the answer's own clause that set it in an earlier poll: "Last month, 26 percent said
# the same", "after 55 percent said so in December", "in the earlier poll", "By the time those
# primaries concluded, as many as 40 percent of Clinton voters said …" (of 2008), "by then".
_EARLIER = frozenset("earlier previous prior before ago then time last".split())
# Clauses on the answer that set it at another time: "When Mr. Bush ran, 60 percent … said".
_AT_A_TIME = frozenset("when while as once".split())
# Nouns of a count the writer made, whose share is of that count: "In a study of 500 emergency
# room doctors, 60 percent said …"; "Of the 40 voters interviewed …, 30 percent said …".
_COUNTED_BY = frozenset("study survey poll interview sample analysis review".split())
# How the answer hangs on the share: its subject ("28 percent said"), a relative clause or a
# participle on it ("23 percent who said", "three in 10 saying").
_ON_THE_SHARE = frozenset("relcl acl".split())
# What the answer says: its own clause, where a date is the answer's, not when it was given
# ("said they would vote in November").
_WHAT_IS_SAID = frozenset("ccomp xcomp dobj oprd acomp".split())
# Words on a noun that say which one it is: "the earlier poll", "last month".
_ON_A_NOUN = frozenset("amod compound".split())


def answers_a_poll(doc: Doc, figure: Figure) -> bool:
    """Whether a figure is a share of those a poll asked, told by the answer they gave: a share
    (a percent, "six in 10", "nine of 10", "two-thirds") that is the subject of a verb of
    saying, or that such a verb qualifies ("who said", "saying"). Not a vague share ("a strong
    majority of voters say"), which counts no answer; not a count of people ("two aides
    said"), who speak for themselves; and not an answer told as given earlier ("Last month, 26
    percent said the same": the earlier poll's, which the article may not name)."""
    if figure.qualifier == "vague":
        return False
    if figure.unit != "%" and not (figure.quantity or {}).get("odds"):
        return False
    share = token_at(doc, figure.span.end - 1)
    if share is None:
        return False
    if share.dep_ == "pobj" and share.head.lower_ in ("in", "of") and share.head.head.like_num:
        share = share.head.head  # "six in 10", "nine of 10": the count of the odds
    if share.dep_ == "nummod":
        share = share.head  # "More than 6 in 10 Republicans … described themselves as …"
    verb = _answer(share)
    if verb is None or _given_earlier(verb) or _dated(share) or _told_someone(verb):
        return False
    return not _own_base(share, verb)


def _answer(share: Token) -> Token | None:
    """The verb of saying whose subject the share is, or that qualifies it."""
    if share.dep_ == "nsubj" and share.head.lemma_.lower() in _ANSWERING:
        return share.head
    for child in share.children:
        if child.dep_ in _ON_THE_SHARE and child.lemma_.lower() in _ANSWERING:
            return child
    return None


def _given_earlier(verb: Token) -> bool:
    """A date or an earlier poll on the verb of the answer, outside what was said: "Last
    month, 26 percent said the same", "after 55 percent said so in December", "said so in the
    earlier poll", "By the time those primaries concluded, …"; only the verb's own modifiers
    and their objects, not a comparison set beside them ("described themselves as evangelical
    Christians, a slightly higher percentage than four years ago")."""
    for child in verb.children:
        if child.dep_ in _WHAT_IS_SAID:
            continue
        if child.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in _AT_A_TIME for m in child.children
        ):
            return True  # "When Mr. Bush ran, 60 percent … said …"
        heads = [child, *(c for c in child.children if c.dep_ == "pobj")]
        words = [*heads, *(c for h in heads for c in h.children if c.dep_ in _ON_A_NOUN)]
        if any(w.ent_type_ == "DATE" or w.lower_ in _EARLIER for w in words):
            return True
    return False


def _dated(share: Token) -> bool:
    """A date on the share itself: "Forty percent of Republican voters in 2012 said …"."""
    return any(t.ent_type_ == "DATE" for t in share.subtree)


def _told_someone(verb: Token) -> bool:
    """An answer told to someone the text names ("70 percent told The Associated Press they
    would back …"): that one's account, not the poll's."""
    return any(c.dep_ in ("dative", "dobj") and c.pos_ == "PROPN" for c in verb.children)


def _own_base(share: Token, verb: Token) -> bool:
    """The share's sentence gives the count it is a share of: "Of the 40 voters interviewed by
    The Times outside the arena, 30 percent said …", "In a study of 500 emergency room doctors,
    60 percent said …" (a code reviewer's near-misses: that count's share, not the poll's)."""
    for prep in (c for t in (share, verb) for c in t.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if any(c.dep_ == "nummod" for c in obj.children):
                return True  # "Of the 40 voters interviewed"
            if obj.lemma_.lower() in _COUNTED_BY and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in obj.children
            ):
                return True  # "In a study of 500 … doctors"
    return False
