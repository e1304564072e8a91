"""Readings of the dependency parse that more than one stage of attribution shares: the cue's
subject and agent, the reported clause, and how a cue clause is set off from its content."""

from __future__ import annotations

from spacy.tokens import Token

from ... import lexicon
from .cues import CUE_LEMMAS, lemma
from .shapes import has_to

SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def agent(verb: Token) -> Token | None:
    """The noun after a passive verb's "by"."""
    by = agent_by(verb)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def agent_by(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "agent"), None)


# The tags of a verb with a tense of its own: past, present, a modal.
FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())


def finite(verb: Token) -> bool:
    """A verb with a tense of its own, itself or through its auxiliary ("suffered", "has been
    tested", "might be"), not a bare infinitive ("asked them prayerfully consider")."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )


def passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and not has_read_as_is(
        verb
    )


# The contracted auxiliary that is "has" as often as "is": "he's said", "it's said".
_CONTRACTED = frozenset(("'s", "’s"))


def has_read_as_is(verb: Token) -> bool:
    """ "he's expressed openness to legal status", "who’s called for big tax hikes on the
    rich", "he’s spoken out against North Carolina’s law": a contracted "has" the parser
    read as the "is" of a passive. Right before the participle, with no "by" after it, "'s" is
    "has" where the verb takes an object, or the preposition by which it takes what it says
    (`lexicon.PREP_CUES`): a passive has neither ("he's called a liar", "it's said that …")."""
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    if (
        verb.tag_ not in ("VBN", "VBD")
        or len(aux) != 1
        or aux[0].lower_ not in _CONTRACTED
        or aux[0].i != verb.i - 1
        or agent_by(verb) is not None
    ):
        return False
    words = lexicon.PREP_CUES.get(lemma(verb), ())
    return any(
        c.i > verb.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in words))
        for c in verb.children
    )


def object_after(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def infinitive(token: Token) -> bool:
    """A "to" clause hung on the verb as an adverbial ("called for X to release …")."""
    return token.dep_ == "advcl" and has_to(token)


def clause(head: Token) -> list[Token]:
    """The reported clause without a second clause the parser joined to it: in "Rubio said the
    extremist is Clinton, and he railed against …" or "she didn’t want to … and predicted
    that …" the railing and the predicting are the speaker's own acts, not what was said."""
    cut: set[int] = set()
    for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        subject = next((c for c in conj.children if c.dep_ in SUBJECTS), None)
        words = [t for t in head.doc[head.i : conj.i] if t.head == head or t.head == conj]
        comma = any(t.text in (",", ";") for t in words)
        but = any(t.dep_ == "cc" and t.lower_ in ("but", "yet") for t in words)
        own_act = subject is None and lemma(conj) in CUE_LEMMAS
        speaker_again = (
            comma
            and subject is not None
            and subject.lower_ in lexicon.PERSON_PRONOUNS | lexicon.GROUP_PRONOUNS
        )
        # "…, he needed assurance, one person close to the talks said": the attribution of
        # the whole sentence, not part of the clause
        set_apart = conj.left_edge.i > 0 and head.doc[conj.left_edge.i - 1].text == ","
        attribution = set_apart and subject is not None and lemma(conj) in lexicon.SPEECH_VERBS
        if _opened_by_that(conj):
            # "told Meredith Vieira that he had “real doubts” …, and that he has sent his own
            # investigators": a second "that" clause of the same verb, what was said too
            continue
        if own_act or (comma and but) or speaker_again or attribution:
            start = conj.left_edge.i
            while start - 1 > head.i and head.doc[start - 1].dep_ in ("cc", "punct"):
                start -= 1  # the ", and" or "but" that joins it
            cut |= set(range(start, conj.right_edge.i + 1))
    for participle in (c for c in head.children if _reporting_participle(c)):
        # "experts believe the language barrier would complicate any combat role, suggesting
        # instead that …": the suggesting is the speaker's own act, a statement of its own
        cut |= set(range(participle.left_edge.i - 1, participle.right_edge.i + 1))
    return [t for t in head.subtree if t.i not in cut]


def that_conjuncts(verb: Token) -> list[Token]:
    """Clauses opened by their own "that" that the parser joined to the cue itself, not to
    the clause it reports: "saying he would deploy up to 30,000 American soldiers …, and that
    he won’t rule out accepting outside contributions", "announced that Clinton was
    “extremely careless” … and would face some punishment …, but that her activity did not
    rise to the nature of a crime". Each is a second clause of what the cue says (PolNeAR
    annotates "said A and that B" as one content). The search goes on through a joined verb
    with no subject of its own that is no cue ("would face"), not through another act."""
    found = []
    stack = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
    while stack:
        conj = stack.pop()
        if conj.pos_ not in ("VERB", "AUX"):
            continue
        if _opened_by_that(conj) and any(c.dep_ in SUBJECTS for c in conj.children):
            found.append(conj)
        elif not any(c.dep_ in SUBJECTS for c in conj.children) and lemma(conj) not in CUE_LEMMAS:
            stack.extend(c for c in conj.children if c.dep_ == "conj")
    return sorted(found, key=lambda t: t.i)


def _opened_by_that(conj: Token) -> bool:
    """A joined clause whose first word is its own "that": "…, but that the Senate could move
    to the bill anyway"."""
    return any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i == conj.left_edge.i for c in conj.children
    )


def _reporting_participle(token: Token) -> bool:
    """ ", suggesting that …", ", citing …": a participle cue after a comma, no subject."""
    doc = token.doc
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.i > token.head.i
        and lemma(token) in CUE_LEMMAS
        and token.left_edge.i > 0
        and doc[token.left_edge.i - 1].text == ","
        and not any(c.dep_ in SUBJECTS for c in token.children)
    )


def clause_ids(head: Token) -> set[int]:
    return {t.i for t in clause(head)}


def left_edge(token: Token) -> Token:
    """Where the cue's own clause begins: its subject, or the verb itself when inverted.

    A quote before the subject that the parser hung on it ("“That’s a concern,” Sarandon told
    MSNBC": "’s" as a clause of "Sarandon") is not part of the subject. Of two subjects the
    parser gave the cue, one with a closing quotation mark between it and the cue is the
    quote's (a noun of the quote, "“… Underestimation of Cruz,” Robert Shrum, a veteran
    Democratic strategist, said") or of the words leading into it ("Nothing the president
    said "will assuage people's fears," the Florida senator said"): the cue's clause begins at
    the other, after the quote (3 stories of the story gold: the quote found, or found as the
    cue's)."""
    subjects = [c for c in token.children if c.dep_ in SUBJECTS and c.i < token.i]
    if len(subjects) > 1:
        subjects = [c for c in subjects if not quoted_before(c, token)] or subjects
    subject = subjects[0] if subjects else None
    if subject is None:
        return token
    stray = {
        t.i
        for c in subject.children
        if c.i < subject.i and c.dep_ in ("ccomp", "parataxis", "punct")
        for t in c.subtree
    }
    return min((t for t in subject.subtree if t.i not in stray), key=lambda t: t.i)


# Closing double marks as the tokenizer leaves them, with the typewriter's '' and a guillemet;
# not `QUOTE_MARKS`: a closing single mark may be an apostrophe ("the Joneses’ lawyer").
_CLOSING_QUOTES = frozenset("” '' \" »".split())


def quoted_before(subject: Token, verb: Token) -> bool:
    """A subject before the cue with a closing quotation mark between them: inside the quote,
    or the words leading into it."""
    return subject.i < verb.i and any(
        t.text in _CLOSING_QUOTES for t in subject.doc[subject.i + 1 : verb.i]
    )


def leading_clauses(verb: Token) -> list[Token]:
    """Clauses before the cue's subject that the parser hung on the cue ("Though the transition
    was seamless, he said, …"): part of what is reported, not of the cue."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.right_edge.i < subject.left_edge.i
        and verb.doc[subject.left_edge.i - 1].text == ","
    ]


def set_off(verb: Token) -> bool:
    """A short cue clause set off from its content: "…, Lankov adds." or "X, officials said, Y"."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return _as_clause(verb)  # "As Menendez pointed out, …", "…, as the Post reported."
    if verb.dep_ not in ("parataxis", "ccomp", "conj", "advcl") or verb.tag_ == "VBG":
        return False
    if verb.head.pos_ not in ("VERB", "AUX"):
        return False
    leading = set(leading_clauses(verb))
    if any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "advcl", "attr", "acomp")
        for c in verb.children
        if c not in leading and not _trailing_participle(c) and not _whom_told(c)
    ):
        return False
    edge = left_edge(verb)
    after_comma = edge.i > 0 and edge.nbor(-1).text in (",", "”", '"', "—", "–", ":")
    if verb.i > verb.head.i:
        return after_comma
    right = max(t.i for t in verb.subtree if not t.is_punct)
    return after_comma and right + 1 < len(verb.doc) and verb.doc[right + 1].text in (",", "—", "–")


def _whom_told(token: Token) -> bool:
    """ "…, his top aide, Tad Devine, told The Huffington Post.": the one "told" takes is
    whom it was told to (a name, or a pronoun), not what was said."""
    return (
        token.dep_ in ("dobj", "dative")
        and token.head.lemma_.lower() == "tell"
        and (token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP"))
    )


def _trailing_participle(clause: Token) -> bool:
    """ "…, one person close to the talks said, speaking on the condition of anonymity": a
    participle after the cue, with no subject of its own, tells how it was said."""
    return (
        clause.dep_ == "advcl"
        and clause.i > clause.head.i
        and clause.tag_ == "VBG"
        and not any(c.dep_ in SUBJECTS for c in clause.children)
    )


def _as_clause(verb: Token) -> bool:
    """ "As X reported, …" or "…, as X noted": a comma parts the clause from what it reports."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children):
        return False
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    while right > left and doc[right].is_punct:
        right -= 1
    if verb.i < verb.head.i:
        return right + 1 < len(doc) and doc[right + 1].text == ","
    return left > 0 and doc[left - 1].text in (",", "—", "–")


def parenthetical(verb: Token, subject: Token) -> bool:
    """ "A, he said, B": a speech verb the parser made the root, commas either side of its
    subject and itself, words on both sides, no object of its own. Or "A, police said.": such
    a verb closing its sentence after a comma, where what comes before holds a clause of its
    own (a subject and its verb), which the parser hung on the cue as a modifier ("As Trump
    prepared to speak …, a 15-year-old girl outside the venue was pepper-sprayed by another
    bystander, police said.", "If Obama was too cold, Biden at times bordered on too hot,
    analysts said afterward.")."""
    if verb.dep_ != "ROOT" or subject.i > verb.i or subject.dep_ not in SUBJECTS:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return False
    doc = verb.doc
    left = subject.left_edge.i
    right = max(
        [verb.i, *(c.right_edge.i for c in verb.children if c.dep_ in ("npadvmod", "advmod"))]
    )
    if left <= verb.sent.start + 1 or doc[left - 1].text != ",":
        return False
    if right + 2 < verb.sent.end and doc[right + 1].text == ",":
        return True
    return all(_closes_the_cue(t) for t in doc[verb.i + 1 : verb.sent.end]) and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and t.head.i < left
        for t in doc[verb.sent.start : left - 1]
    )


def _closes_the_cue(token: Token) -> bool:
    """What may follow a cue that closes its sentence: punctuation, a bare adverb ("said
    afterward") or a time ("said Tuesday"); not a phrase that makes the verb an act of its
    own ("Clinton supporters think warmly back to 2008": they remember)."""
    if token.is_punct or token.is_space:
        return True
    if token.dep_ == "advmod" and not list(token.children):
        return True
    return any(
        a.dep_ == "npadvmod" and a.ent_type_ in ("DATE", "TIME") for a in (token, *token.ancestors)
    )


# What opens the question put to someone: "asked if …", "asked whether …", "asked about …".
_QUESTION_OPENERS = frozenset("if whether about what why how who when".split())


def answer_after_asked(ask: Token) -> Token | None:
    """ "Mr. O’Rourke, asked if he supported impeaching Mr. Trump, said he believed …",
    "Representative Jim Jordan, …, asked if Mr. Trump should demand extradition of the hackers,
    said, “…”": a passive "asked" set off by commas after the subject tells what the subject was
    asked; the parser makes it the main verb, with the subject as its own, and hangs the answer's
    speech verb on it. The answer's verb, or None."""
    doc = ask.doc
    if lemma(ask) != "ask" or ask.tag_ not in ("VBN", "VBD") or ask.i == 0:
        return None
    if doc[ask.i - 1].text != "," or ask.i + 1 >= len(doc):
        return None
    if doc[ask.i + 1].lower_ not in _QUESTION_OPENERS:
        return None
    if not any(c.dep_ == "nsubj" and c.i < ask.i for c in ask.children):
        return None
    return next(
        (
            c
            for c in ask.children
            if c.i > ask.i
            and c.dep_ in ("ccomp", "conj", "parataxis")
            and lemma(c) in lexicon.SPEECH_VERBS
            and doc[c.i - 1].text == ","
            and not any(s.dep_ in SUBJECTS for s in c.children)
        ),
        None,
    )


# What a speech act is about or aimed at: "frustration at …", "sympathy for …".
_ABOUT = frozenset("about at over for with on toward towards regarding against".split())


def phrase_of_object(verb: Token, obj: Token) -> Token | None:
    """ "expressed frustration at the administration’s failure …", "expressed sympathy for her
    sentiments": the phrase right after the verb's object that the parser hung on the verb,
    which says what the object (a speech act) is about."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return None  # "offered no explanation for his retreat": nothing given, nothing about
    end = max(t.i for t in obj.subtree)
    after = next(
        (c for c in verb.children if c.i == end + 1 and c.dep_ in ("prep", "dative")), None
    )
    if after is None or after.lower_ not in _ABOUT or _a_time(after):
        return None  # "issued a statement on Friday afternoon": when, not what about
    return after


def _a_time(phrase: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ == "time" for t in phrase.subtree)


def words_given_after(verb: Token) -> bool:
    """ "Several lawmakers have spoken out against the speech, saying it could cause
    additional strain …", "spoke out sharply against Trump's influence, suggesting …", "later
    posted an apology for her “hurtful” words, saying she had …": the verb is the frame of the
    words a speech participle after it gives, which are the statement (the story gold takes
    only those: 3 stories)."""
    return any(
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and lemma(c) in lexicon.REPORTING_VERBS
        and any(g.dep_ == "ccomp" for g in c.children)
        for c in verb.children
    )
